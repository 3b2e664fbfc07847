import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/cai-nuoc-2023-11-17.statements.json';
import type { Statement } from './figures-from-statements';
import { buildScorecard } from './scorecard';
import { scorecardTable, scorecardToJson } from './scorecard-output';
import { caiNuocScorecardInput, SCORECARD_JSON_ROW_FIELDS } from './testing/cai-nuoc-scorecard';
import { buildIndicator, buildObservation, buildUnit } from './testing/factories';

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

describe('figures nobody reported', () => {
  const label = 'Kế thừa từ: Tỉnh ủy Cà Mau, Tỉnh ủy Bạc Liêu';
  const tom = buildIndicator({ id: 7, code: 'TS_TOM', nameVi: 'Sản lượng tôm', measure: 'tấn' });
  const inherited = {
    ...buildObservation({ id: 0, unitId: 2, indicatorId: 7, period: '2024', value: 3000, note: label }),
    inherited: { kind: 'inherited' as const, label, sources: [] },
  };
  const months = [1, 2].map((m) =>
    buildObservation({ id: 10 + m, unitId: 2, indicatorId: 7, period: `2025-M${m}`, value: 500 }),
  );
  const card = (year: number, observations: Parameters<typeof buildScorecard>[0]['observations']) =>
    buildScorecard({ unit: buildUnit({ id: 2 }), year, indicators: [tom], targets: [], observations });

  it('says in the JSON and marks in the table an inherited figure and a sum of months', () => {
    const before = card(2024, [inherited]);
    expect(scorecardToJson(before).rows[0]?.actual).toEqual({
      value: 3000,
      period: '2024',
      origin: 'inherited',
      note: label,
    });
    expect(scorecardTable(before).split('\n')[3]).toMatch(/\s3\.000 \(kế thừa\)\s/);
    const after = card(2025, months);
    expect(scorecardToJson(after).rows[0]?.actual).toEqual({
      value: 1000,
      period: '2025-2M',
      origin: 'computed',
      note: 'Cộng dồn tháng 1–2/2025',
    });
    expect(scorecardTable(after).split('\n')[3]).toMatch(/\s1\.000 \(cộng dồn\)\s/);
  });
});
