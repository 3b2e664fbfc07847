import { describe, expect, it } from 'vitest';
import { achievementText } from '../../../core/words';
import type { ScorecardRow } from '../../api/types';
import {
  buildAchievement,
  buildFigure,
  buildOutcome,
  buildRow,
  buildScorecardTarget,
} from '../../testing/scorecard-factories';
import { filterRows, sortRows, sourcesIn, toggleSort } from './scorecard.model';

function row(code: string, name: string, overrides: Partial<ScorecardRow> = {}): ScorecardRow {
  return buildRow({ code, name, ...overrides });
}

const tom = row('TS_TOM', 'Sản lượng tôm', {
  actual: buildFigure(24937, '2023', 1),
  achievement: [buildAchievement('resolution', 85.98)],
  targets: [buildScorecardTarget('resolution', 29003)],
  status: 'at_risk',
});
const thu = row('NS_THU', 'Thu ngân sách', {
  actual: buildFigure(64.77, '2023', 2),
  achievement: [buildAchievement('assigned', 102.81)],
  targets: [buildScorecardTarget('assigned', 63)],
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

  it('sorts a lower-is-better figure of 0 as the best achievement, with its outcome in words', () => {
    const ngheo = row('TL_HONGHEO', 'Tỷ lệ hộ nghèo', {
      actual: buildFigure(0, '2023', 3),
      achievement: [buildOutcome('resolution', 'zero_actual')],
      status: 'achieved',
    });
    const down = sortRows([tom, ngheo, dv, thu], { key: 'achievement', direction: 'desc' }, name);
    expect(down.map((r) => r.indicator.code)).toEqual(['TL_HONGHEO', 'NS_THU', 'TS_TOM', 'DV_KETNAP']);
    expect(ngheo.achievement.map((a) => [achievementText(a), achievementText(a, 'en')])).toEqual([
      ['Đạt', 'Achieved'],
    ]);
    expect(
      [buildOutcome('plan', 'not_comparable'), buildOutcome('goal', 'zero_target')].map((a) =>
        achievementText(a),
      ),
    ).toEqual(['Không so sánh được', 'Chỉ tiêu bằng 0']);
  });

  it('sorts names the Vietnamese way and status worst first', () => {
    expect(
      sortRows([tom, thu, dv], { key: 'name', direction: 'asc' }, name).map((r) => r.indicator.code),
    ).toEqual(['DV_KETNAP', 'TS_TOM', 'NS_THU']);
    expect(sortRows([thu, tom], { key: 'status', direction: 'asc' }, name)[0]?.indicator.code).toBe('TS_TOM');
  });

  it('turns a column ascending when first clicked and reverses it when clicked again', () => {
    expect(toggleSort({ key: 'name', direction: 'asc' }, 'status')).toEqual({
      key: 'status',
      direction: 'asc',
    });
    expect(toggleSort({ key: 'status', direction: 'asc' }, 'status')).toEqual({
      key: 'status',
      direction: 'desc',
    });
    expect(toggleSort({ key: 'status', direction: 'desc' }, 'status')).toEqual({
      key: 'status',
      direction: 'asc',
    });
  });

  it('filters by category and status', () => {
    expect(filterRows([tom, thu, dv], { category: 'kinh_te', status: null }).length).toBe(2);
    expect(filterRows([tom, thu, dv], { category: null, status: 'achieved' })).toEqual([thu]);
  });

  it('lists target sources in glossary order', () => {
    expect(sourcesIn([thu, tom, dv])).toEqual(['resolution', 'assigned']);
  });
});
