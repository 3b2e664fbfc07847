import { describe, expect, it } from 'vitest';
import { periodNameWithoutYear } from '../../../core/period-words';
import type { Observation, Scorecard } from '../../api/types';
import { statusColour } from '../../shared/labels';
import {
  buildAchievement,
  buildFigure,
  buildScorecardTarget,
  buildRow as row,
} from '../../testing/scorecard-factories';
import {
  achievementBars,
  completeness,
  primaryAchievement,
  rollupOf,
  shownRows,
  trendSeries,
} from './overview.model';

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
      status: 'at_risk',
    });
    expect(primaryAchievement(tom)).toEqual({ source: 'assigned', percent: 85.98 });
    expect(achievementBars([tom, row({})], (r) => r.indicator.name)).toEqual([
      { label: 'Sản lượng tôm', value: 85.98, colour: '#a63a0b' },
    ]);
  });

  it('colours an achievement bar as its status badge, not by its own thresholds', () => {
    // 85,98% of the year's target at 321/365 of the year is on track: teal, as the status column says.
    const onTrack = row({ achievement: [buildAchievement('resolution', 85.98)], status: 'on_track' });
    const achieved = row({ achievement: [buildAchievement('resolution', 102.81)], status: 'achieved' });
    expect(achievementBars([onTrack, achieved], (r) => r.indicator.name).map((b) => b.colour)).toEqual([
      statusColour('on_track'),
      statusColour('achieved'),
    ]);
    expect([statusColour('on_track'), statusColour('achieved')]).toEqual(['#087f5b', '#22692f']);
  });

  it('keeps August (2023-M8) in the trend and orders single-digit months before M10', () => {
    const { slots, series } = trendSeries(
      [obs('2023-M10', 2600), obs('2023-M8', 2450), obs('2023-M9', 2500), obs('2023-M1', 1900)],
      [obs('2022-M8', 2300), obs('2022-M12', 2700)],
      ['2023', '2022'],
      2023,
    );
    expect(slots).toEqual(['2023-M1', '2023-M8', '2023-M9', '2023-M10', '2023-M12']);
    expect(slots.map((s) => periodNameWithoutYear(s))).toEqual([
      'Tháng 1',
      'Tháng 8',
      'Tháng 9',
      'Tháng 10',
      'Tháng 12',
    ]);
    expect(series).toEqual([
      { name: '2023', values: [1900, 2450, 2500, 2600, null] },
      { name: '2022', values: [null, 2300, null, null, 2700] },
    ]);
  });

  it('aligns this year and last year on the same periods, the longer span first at one end date', () => {
    const { slots, series } = trendSeries(
      [obs('2023-H1', 12000), obs('2023-Q2', 6100), obs('2023-YTD-2023-11-17', 24937), obs('2023-M08', 2450)],
      [obs('2022-H1', 11500), obs('2022-YTD-2022-11-17', 24629), obs('2022', 29003), obs('bad', 1)],
      ['2023', '2022'],
      2023,
    );
    expect(slots).toEqual(['2023-H1', '2023-Q2', '2023-M8', '2023-YTD-2023-11-17', '2023']);
    expect(series).toEqual([
      { name: '2023', values: [12000, 6100, 2450, 24937, null] },
      { name: '2022', values: [11500, null, null, 24629, 29003] },
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

  it("shows a province's row by its communes' sum when it has no figure of its own, and says it is a sum", () => {
    const rollup = {
      kind: 'ok' as const,
      value: 24_937,
      reporting: 1,
      expected: 1,
      period: '2023-9M',
      completeness: '1/1',
    };
    const summed = row({ rollup });
    const empty = row({ rollup: { ...rollup, kind: 'no_data', value: null, reporting: 0 } });
    const own = row({ actual: buildFigure(30_000), rollup });
    const scorecard = { unit: { id: 1, code: 'TU', name: 'Tỉnh ủy Cà Mau' }, year: 2023, asOf: null };
    expect(shownRows({ ...scorecard, rows: [summed, empty] })).toEqual([summed]);
    expect(rollupOf(summed)?.value).toBe(24_937);
    expect(rollupOf(empty)).toBeNull();
    // The unit's own figure is what the card shows; the sum stays in the scorecard's columns.
    expect(rollupOf(own)).toBeNull();
  });
});
