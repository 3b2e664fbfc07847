import { describe, expect, it } from 'vitest';
import type { Observation, Scorecard } from '../../api/types';
import {
  buildAchievement,
  buildFigure,
  buildScorecardTarget,
  buildRow as row,
} from '../../testing/scorecard-factories';
import { achievementBars, completeness, periodSlot, primaryAchievement, trendSeries } from './overview.model';

function obs(period: string, value: number): Observation {
  return {
    id: 1,
    unitId: 1,
    indicatorId: 2,
    period,
    kind: 'actual',
    value,
    note: null,
    provenance: { kind: 'entered', userId: 1 },
    version: 1,
  };
}

describe('overview model', () => {
  it('charts the first computable achievement of each row', () => {
    const tom = row({
      achievement: [buildAchievement('resolution', null), buildAchievement('assigned', 85.98)],
    });
    expect(primaryAchievement(tom)).toEqual({ source: 'assigned', percent: 85.98 });
    expect(achievementBars([tom, row({})], (r) => r.indicator.name)).toEqual([
      { label: 'Sản lượng tôm', value: 85.98 },
    ]);
  });

  it('places periods at the month they end', () => {
    expect(periodSlot('2023-M10')).toEqual({ key: 'M10', month: 10 });
    expect(periodSlot('2023-Q3')).toEqual({ key: 'Q3', month: 9 });
    expect(periodSlot('2023-H1')).toEqual({ key: 'H1', month: 6 });
    expect(periodSlot('2023-YTD-2023-11-17')).toEqual({ key: 'YTD', month: 11 });
    expect(periodSlot('2023')).toEqual({ key: 'Y', month: 12 });
    expect(periodSlot('năm ngoái')).toBeNull();
  });

  it('aligns this year and last year on shared slots', () => {
    const { slots, series } = trendSeries(
      [obs('2023-H1', 12000), obs('2023-YTD-2023-11-17', 24937)],
      [obs('2022-H1', 11500), obs('2022', 29003)],
      ['2023', '2022'],
    );
    expect(slots).toEqual(['H1', 'YTD', 'Y']);
    expect(series).toEqual([
      { name: '2023', values: [12000, 24937, null] },
      { name: '2022', values: [11500, null, 29003] },
    ]);
  });

  it('counts indicators with a target that have a figure', () => {
    const scorecard: Scorecard = {
      unit: { id: 1, code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' },
      asOf: null,
      year: 2023,
      rows: [
        row({
          targets: [buildScorecardTarget('resolution', 29003)],
          actual: buildFigure(24937, '2023', 5),
        }),
        row({ targets: [buildScorecardTarget('plan', 134.113)] }),
        row({ actual: buildFigure(8, '2023', 6) }),
      ],
    };
    expect(completeness(scorecard)).toEqual({ reported: 1, expected: 2 });
  });
});
