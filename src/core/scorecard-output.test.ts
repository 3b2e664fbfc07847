import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/cai-nuoc-2023-11-17.statements.json';
import type { Statement } from './figures-from-statements';
import { buildScorecard } from './scorecard';
import { scorecardTable, scorecardToJson } from './scorecard-output';
import { caiNuocScorecardInput, SCORECARD_JSON_ROW_FIELDS } from './testing/cai-nuoc-scorecard';

const sc = buildScorecard({
  ...caiNuocScorecardInput(fixture.statements as Statement[]),
  options: { skipEmpty: true },
});

describe('scorecardToJson', () => {
  it('prints the fields of the CLI contract', () => {
    const tom = scorecardToJson(sc).rows.find((r) => r.indicator.code === 'TS_TOM');
    expect(tom).toMatchObject({
      indicator: { code: 'TS_TOM', name: 'Sản lượng tôm', measure: 'tấn' },
      actual: { value: 24937, period: '2023-YTD-2023-11-17' },
      estimate: null,
      status: 'on_track',
      projection: { method: 'linear' },
      checks: [],
    });
    expect(tom?.achievement).toEqual([
      { source: 'resolution', kind: 'ok', words: '85,98%', percent: expect.closeTo(85.98, 10) },
    ]);
    expect(tom?.change?.percent).toBe(1.25);
    expect(Object.keys(tom ?? {})).toEqual(SCORECARD_JSON_ROW_FIELDS);
  });
});

describe('scorecardTable', () => {
  it('writes a Vietnamese table with the checks below it', () => {
    const lines = scorecardTable(sc).split('\n');
    expect(lines[0]).toBe('Bảng chỉ tiêu năm 2023: Huyện ủy Cái Nước');
    const tom = lines.find((l) => l.startsWith('TS_TOM '));
    expect(tom).toMatch(
      /Sản lượng tôm\s+tấn\s+29\.003 \(Nghị quyết, suy ra\)\s+24\.937\s+85,98%\s+\+1,25%\s+Đúng tiến độ\s+28\.355$/,
    );
    expect(lines).toContain('Kiểm tra chéo:');
    expect(lines).toContain(
      '- Giải ngân vốn đầu tư công: báo cáo nêu đạt 82,1% kế hoạch, nhưng 109,96 ÷ 134,113 = 81,99% (chênh 0,11 điểm phần trăm)',
    );
    expect(lines.at(-1)).toBe('Kỳ số liệu: từ 01/01/2023 đến 17/11/2023');
  });
});
