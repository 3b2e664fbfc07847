import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/cai-nuoc-2023-11-17.statements.json';
import { caiNuocIndicators, withCaiNuocCodes } from './demo/cai-nuoc-demo';
import { figuresFromStatements, type Statement } from './figures-from-statements';

const indicators = caiNuocIndicators();
const statements = withCaiNuocCodes(fixture.statements as Statement[]);
const figures = figuresFromStatements({
  unitId: 2,
  period: '2023-YTD-2023-11-17',
  reportId: 7,
  statements,
  indicators,
  document: 'Báo cáo Ban Thường vụ Huyện ủy Cái Nước 17/11/2023',
});

function observation(code: string, period = '2023-YTD-2023-11-17', kind = 'actual') {
  return figures.observations.find((o) => o.indicatorCode === code && o.period === period && o.kind === kind);
}

describe('figuresFromStatements on the Cái Nước report', () => {
  it('records each of the 12 figures once, the year-end estimate for the year 2023', () => {
    const rows = figures.observations
      .filter((o) => o.provenance.kind === 'extracted')
      .map((o) => [o.indicatorCode, o.period, o.kind, o.value]);
    expect(rows).toEqual([
      ['TS_SANLUONG', '2023-YTD-2023-11-17', 'actual', 40945],
      ['TS_TOM', '2023-YTD-2023-11-17', 'actual', 24937],
      ['NTM_TIEUCHI_BQ', '2023-YTD-2023-11-17', 'actual', 15],
      ['DTC_GIAINGAN', '2023-YTD-2023-11-17', 'actual', 109.96],
      ['NS_THU', '2023-YTD-2023-11-17', 'actual', 64.77],
      ['NS_CHI', '2023-YTD-2023-11-17', 'actual', 553.6],
      ['BHYT_TYLE', '2023-YTD-2023-11-17', 'actual', 92.58],
      ['DV_KETNAP', '2023-YTD-2023-11-17', 'actual', 130],
      ['DV_KETNAP', '2023', 'estimate', 155],
      ['KTGS_DOAN', '2023-YTD-2023-11-17', 'actual', 8],
      ['KT_DOAN', '2023-YTD-2023-11-17', 'actual', 4],
      ['GS_DOAN', '2023-YTD-2023-11-17', 'actual', 4],
    ]);
    expect(figures.skipped).toEqual([]);
  });

  it('keeps where each figure came from and what the report said of it', () => {
    const chi = observation('NS_CHI');
    expect(chi?.provenance).toEqual({ kind: 'extracted', reportId: 7, span: [1916, 1975], userId: null });
    expect(chi?.note).toBe('Báo cáo: hơn 553,6 tỷ đồng, đạt 102,31% dự toán');
    expect(observation('TS_TOM')?.note).toBe(
      'Báo cáo: 24.937 tấn, đạt 85,98% nghị quyết, tăng 1,25% so với cùng kỳ',
    );
  });

  it('derives the targets known only through a stated achievement, and says so', () => {
    const tom = figures.targets.find((t) => t.indicatorCode === 'TS_TOM');
    expect(tom?.source).toBe('resolution');
    expect(tom?.value).toBeCloseTo(29003.2565713, 6);
    expect(tom?.derivedFrom).toBe('suy ra từ: đạt 85,98% Nghị quyết');
    const bySource = figures.targets.map((t) => [
      t.indicatorCode,
      t.source,
      Math.round(t.value * 1000) / 1000,
    ]);
    expect(bySource).toEqual([
      ['DTC_GIAINGAN', 'plan', 134.113],
      ['TS_SANLUONG', 'resolution', 48001.172],
      ['TS_TOM', 'resolution', 29003.257],
      ['NS_THU', 'assigned', 63],
      ['NS_CHI', 'budget', 541.101],
      ['BHYT_TYLE', 'resolution', 92.506],
      ['DV_KETNAP', 'assigned', 154.946],
    ]);
  });

  it('stores the stated plan amount as a real plan target of the disbursement', () => {
    const plan = figures.targets.find((t) => t.indicatorCode === 'DTC_GIAINGAN');
    expect(plan).toMatchObject({
      source: 'plan',
      value: 134.113,
      fromYear: 2023,
      toYear: 2023,
      derivedFrom: null,
      document: 'Báo cáo Ban Thường vụ Huyện ủy Cái Nước 17/11/2023',
    });
  });

  it('keeps every stated achievement, so 82,1% can be checked against 134,113', () => {
    const stated = figures.statedAchievements.map((a) => [a.indicatorCode, a.period, a.source, a.percent]);
    expect(stated).toContainEqual(['DTC_GIAINGAN', '2023-YTD-2023-11-17', 'plan', 82.1]);
    expect(stated).toContainEqual(['DV_KETNAP', '2023', 'assigned', 100]);
    expect(stated).toHaveLength(8);
  });

  it('implies the prior-year shrimp output from the stated +1,25%', () => {
    const prior = observation('TS_TOM', '2022-YTD-2022-11-17');
    expect(prior?.value).toBeCloseTo(24629.1358025, 6);
    expect(prior?.provenance).toEqual({ kind: 'derived', from: 'suy ra từ: tăng 1,25% so với cùng kỳ' });
  });

  it('says why a statement gave no figure', () => {
    const out = figuresFromStatements({
      unitId: 2,
      period: '2023-YTD-2023-11-17',
      reportId: 7,
      indicators,
      statements: [
        { ...statements[0]!, indicatorCode: undefined },
        { ...statements[7]!, value: 120 },
        { ...statements[1]!, indicatorCode: 'KHONG_CO' },
      ],
    });
    expect(out.skipped.map((s) => s.reason)).toEqual([
      'no indicatorCode: the phrase matched no catalog indicator',
      'value: 120 % is above the maximum 100 of BHYT_TYLE',
      'unknown indicator code KHONG_CO',
    ]);
  });
});
