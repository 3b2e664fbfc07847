import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_THRESHOLDS, flowStatus, stockStatus, termStatus, yearStatus } from './status';

const SHARE = 321 / 365; // 17/11/2023, the day of the Cái Nước report
const higher = 'higher_is_better' as const;
const lower = 'lower_is_better' as const;

function summary(r: ReturnType<typeof flowStatus>) {
  return r.kind === 'ok' ? [r.status, r.ratio === null ? null : Math.round(r.ratio * 10000) / 10000] : r.kind;
}

describe('flowStatus: cumulative figure against the share of the year passed', () => {
  it('grades the Cái Nước figures at 321/365 of the year', () => {
    const shrimp = flowStatus({
      actual: 24937,
      target: 24937 / 0.8598,
      shareElapsed: SHARE,
      polarity: higher,
    });
    expect(summary(shrimp)).toEqual(['on_track', 0.9777]);
    const disbursed = flowStatus({ actual: 109.96, target: 134.113, shareElapsed: SHARE, polarity: higher });
    expect(summary(disbursed)).toEqual(['at_risk', 0.9323]);
    const revenue = flowStatus({
      actual: 64.77,
      target: 64.77 / 1.0281,
      shareElapsed: SHARE,
      polarity: higher,
    });
    expect(summary(revenue)).toEqual(['achieved', 1.0281]);
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

  it('treats a lower-is-better flow as a ceiling: off track once above it, achieved only at year end', () => {
    expect(summary(flowStatus({ actual: 30, target: 40, shareElapsed: 0.75, polarity: lower }))).toEqual([
      'on_track',
      1,
    ]);
    expect(summary(flowStatus({ actual: 36, target: 40, shareElapsed: 0.75, polarity: lower }))).toEqual([
      'at_risk',
      0.8333,
    ]);
    expect(summary(flowStatus({ actual: 41, target: 40, shareElapsed: 0.75, polarity: lower }))).toEqual([
      'off_track',
      0.9756,
    ]);
    expect(summary(flowStatus({ actual: 38, target: 40, shareElapsed: 1, polarity: lower }))).toEqual([
      'achieved',
      1.0526,
    ]);
  });
});

describe('stockStatus: level against target and trend', () => {
  it('grades coverage by level when there is no trend', () => {
    const r = stockStatus({ actual: 92.58, target: 95, polarity: higher, shareElapsed: SHARE });
    expect(summary(r)).toEqual(['on_track', 0.9745]);
    expect(
      summary(stockStatus({ actual: 92.58, target: 92.5, polarity: higher, shareElapsed: SHARE })),
    ).toEqual(['achieved', 1.0009]);
  });

  it('is on track when the trend reaches the target by the year end, a grade worse when it worsens', () => {
    const rising = stockStatus({
      actual: 80,
      target: 82,
      polarity: higher,
      shareElapsed: 0.5,
      prior: { value: 76, yearsBefore: 1 },
    });
    expect(summary(rising)).toEqual(['on_track', 0.9756]);
    const falling = stockStatus({
      actual: 93,
      target: 95,
      polarity: higher,
      shareElapsed: 0.5,
      prior: { value: 94, yearsBefore: 1 },
    });
    expect(summary(falling)).toEqual(['at_risk', 0.9789]);
  });

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
