import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_THRESHOLDS, flowStatus, stockStatus, termStatus, yearStatus } from './status';

const SHARE = 321 / 365; // 17/11/2023, the day of the Cái Nước report
const higher = 'higher_is_better' as const;
const lower = 'lower_is_better' as const;

function summary(r: ReturnType<typeof flowStatus>) {
  return r.kind === 'ok' ? [r.status, r.ratio === null ? null : Math.round(r.ratio * 10000) / 10000] : r.kind;
}

describe('flowStatus: cumulative figure against the share of the year passed', () => {
  it.each([
    { figure: 'sản lượng tôm', actual: 24937, target: 24937 / 0.8598, status: 'on_track', ratio: 0.9777 },
    { figure: 'giải ngân', actual: 109.96, target: 134.113, status: 'at_risk', ratio: 0.9323 },
    { figure: 'thu ngân sách', actual: 64.77, target: 64.77 / 1.0281, status: 'achieved', ratio: 1.0281 },
  ])('grades the Cái Nước $figure at 321/365 of the year: $status', ({ actual, target, status, ratio }) => {
    expect(summary(flowStatus({ actual, target, shareElapsed: SHARE, polarity: higher }))).toEqual([
      status,
      ratio,
    ]);
  });

  it('is off track below the at-risk threshold, and the thresholds are configurable', () => {
    expect(summary(flowStatus({ actual: 50, target: 100, shareElapsed: 0.75, polarity: higher }))).toEqual([
      'off_track',
      0.6667,
    ]);
    const lenient = { ...DEFAULT_STATUS_THRESHOLDS, pace: { onTrack: 0.6, atRisk: 0.5 } };
    expect(
      summary(
        flowStatus({ actual: 50, target: 100, shareElapsed: 0.75, polarity: higher, thresholds: lenient }),
      ),
    ).toEqual(['on_track', 0.6667]);
  });

  // A ceiling of 40: off track once above it, achieved only at year end.
  it.each([
    { actual: 30, shareElapsed: 0.75, status: 'on_track', ratio: 1 },
    { actual: 36, shareElapsed: 0.75, status: 'at_risk', ratio: 0.8333 },
    { actual: 41, shareElapsed: 0.75, status: 'off_track', ratio: 0.9756 },
    { actual: 38, shareElapsed: 1, status: 'achieved', ratio: 1.0526 },
  ])('treats a lower-is-better flow of $actual at $shareElapsed of the year as $status', (row) => {
    const { actual, shareElapsed, status, ratio } = row;
    expect(summary(flowStatus({ actual, target: 40, shareElapsed, polarity: lower }))).toEqual([
      status,
      ratio,
    ]);
  });
});

describe('stockStatus: level against target and trend', () => {
  it.each([
    { target: 95, status: 'on_track', ratio: 0.9745 },
    { target: 92.5, status: 'achieved', ratio: 1.0009 },
  ])(
    'grades coverage of 92,58% by level against $target when there is no trend',
    ({ target, status, ratio }) => {
      const r = stockStatus({ actual: 92.58, target, polarity: higher, shareElapsed: SHARE });
      expect(summary(r)).toEqual([status, ratio]);
    },
  );

  // Halfway through the year, against last year's figure: the trend decides, a grade worse when it worsens.
  it.each([
    { actual: 80, target: 82, prior: 76, status: 'on_track', ratio: 0.9756 },
    { actual: 93, target: 95, prior: 94, status: 'at_risk', ratio: 0.9789 },
  ])(
    'is $status at $actual of $target after $prior last year',
    ({ actual, target, prior, status, ratio }) => {
      const r = stockStatus({
        actual,
        target,
        polarity: higher,
        shareElapsed: 0.5,
        prior: { value: prior, yearsBefore: 1 },
      });
      expect(summary(r)).toEqual([status, ratio]);
    },
  );

  it('handles a poverty rate, lower being better', () => {
    expect(summary(stockStatus({ actual: 2, target: 2.5, polarity: lower, shareElapsed: SHARE }))).toEqual([
      'achieved',
      1.25,
    ]);
    const above = stockStatus({
      actual: 3,
      target: 2.5,
      polarity: lower,
      shareElapsed: 0.5,
      prior: { value: 3.2, yearsBefore: 1 },
    });
    expect(summary(above)).toEqual(['off_track', 0.8333]);
  });
});

describe('termStatus: observed ÷ required compound growth, as Open SDG', () => {
  const base = { baseline: { year: 2020, value: 85 }, target: { year: 2025, value: 95 }, polarity: higher };

  it('maps the four Open SDG levels onto the statuses and keeps the level', () => {
    const levels = [92.58, 89, 86, 84].map((v) => {
      const r = termStatus({ ...base, current: { year: 2023, value: v } });
      return r.kind === 'ok' ? [r.status, r.openSdgLevel, Math.round((r.ratio ?? 0) * 1000) / 1000] : r.kind;
    });
    expect(levels).toEqual([
      ['on_track', 'substantial_progress', 1.284],
      ['at_risk', 'moderate_progress', 0.687],
      ['off_track', 'limited_progress', 0.174],
      ['off_track', 'deterioration', -0.175],
    ]);
  });

  it('is achieved once met, and works for a falling poverty rate', () => {
    const met = termStatus({ ...base, current: { year: 2023, value: 95.2 } });
    expect(met.kind === 'ok' && [met.status, met.openSdgLevel]).toEqual(['achieved', 'target_achieved']);
    const poverty = termStatus({
      baseline: { year: 2020, value: 5 },
      current: { year: 2023, value: 3.2 },
      target: { year: 2025, value: 2.5 },
      polarity: lower,
    });
    expect(poverty.kind === 'ok' && [poverty.status, poverty.openSdgLevel]).toEqual([
      'on_track',
      'substantial_progress',
    ]);
  });

  it('needs a baseline before the current year', () => {
    expect(termStatus({ ...base, current: { year: 2020, value: 90 } })).toEqual({ kind: 'no_baseline' });
  });
});

describe('yearStatus', () => {
  it('dispatches on the nature of the indicator', () => {
    const input = { actual: 130, target: 155, shareElapsed: SHARE, polarity: higher };
    expect(summary(yearStatus('flow', input))).toEqual(['on_track', 0.9537]);
    expect(summary(yearStatus('stock', input))).toEqual(['off_track', 0.8387]);
  });
});
