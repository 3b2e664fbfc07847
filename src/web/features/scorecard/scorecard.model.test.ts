import { describe, expect, it } from 'vitest';
import type { ScorecardRow } from '../../api/types';
import { filterRows, sortRows, sourcesIn } from './scorecard.model';

function row(code: string, name: string, overrides: Partial<ScorecardRow> = {}): ScorecardRow {
  return {
    indicator: { id: code.length, code, name, nameEn: code, measure: 'tấn', category: 'kinh_te' },
    targets: [],
    actual: null,
    estimate: null,
    achievement: [],
    change: null,
    status: 'no_target',
    projection: null,
    rollup: null,
    checks: [],
    ...overrides,
  };
}

const tom = row('TS_TOM', 'Sản lượng tôm', {
  actual: { value: 24937, period: '2023', observationId: 1 },
  achievement: [{ source: 'resolution', percent: 85.98 }],
  targets: [{ source: 'resolution', value: 29003, document: '12-NQ/HU', derivedFrom: null }],
  status: 'at_risk',
});
const thu = row('NS_THU', 'Thu ngân sách', {
  actual: { value: 64.77, period: '2023', observationId: 2 },
  achievement: [{ source: 'assigned', percent: 102.81 }],
  targets: [{ source: 'assigned', value: 63, document: null, derivedFrom: null }],
  status: 'achieved',
});
const dv = row('DV_KETNAP', 'Kết nạp đảng viên');
dv.indicator.category = 'xay_dung_dang';
const name = (r: ScorecardRow) => r.indicator.name;

describe('scorecard model', () => {
  it('sorts by achievement with rows lacking one last', () => {
    const up = sortRows([thu, dv, tom], { key: 'achievement', direction: 'asc' }, name);
    expect(up.map((r) => r.indicator.code)).toEqual(['TS_TOM', 'NS_THU', 'DV_KETNAP']);
    const down = sortRows([tom, dv, thu], { key: 'achievement', direction: 'desc' }, name);
    expect(down.map((r) => r.indicator.code)).toEqual(['NS_THU', 'TS_TOM', 'DV_KETNAP']);
  });

  it('sorts names the Vietnamese way and status worst first', () => {
    expect(
      sortRows([tom, thu, dv], { key: 'name', direction: 'asc' }, name).map((r) => r.indicator.code),
    ).toEqual(['DV_KETNAP', 'TS_TOM', 'NS_THU']);
    expect(sortRows([thu, tom], { key: 'status', direction: 'asc' }, name)[0]?.indicator.code).toBe('TS_TOM');
  });

  it('filters by category and status', () => {
    expect(filterRows([tom, thu, dv], { category: 'kinh_te', status: null }).length).toBe(2);
    expect(filterRows([tom, thu, dv], { category: null, status: 'achieved' })).toEqual([thu]);
  });

  it('lists target sources in glossary order', () => {
    expect(sourcesIn([thu, tom, dv])).toEqual(['resolution', 'assigned']);
  });
});
