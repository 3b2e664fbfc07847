import { describe, expect, it } from 'vitest';
import { computeChange, derivePriorFromChange } from './change';

describe('computeChange', () => {
  it('gives sản lượng tôm +1,25% over the prior figure the report implies', () => {
    const prior = derivePriorFromChange(24937, { direction: 'tăng', percent: 1.25 });
    expect(prior).toBeCloseTo(24629.1358025, 6);
    const c = computeChange(24937, prior);
    expect(c.kind).toBe('ok');
    expect(c.kind === 'ok' && c.percent).toBeCloseTo(1.25, 10);
    expect(c.kind === 'ok' && c.amount).toBeCloseTo(307.8641975, 6);
  });

  it('names a missing or zero prior', () => {
    expect(computeChange(130, null)).toEqual({ kind: 'no_prior' });
    expect(computeChange(130, 0)).toEqual({ kind: 'zero_prior', amount: 130, prior: 0 });
  });

  it('measures a fall against a negative prior by its size', () => {
    expect(computeChange(-5, -10)).toEqual({ kind: 'ok', percent: 50, amount: 5, prior: -10 });
  });
});

describe('derivePriorFromChange', () => {
  it('reads decreases, amounts, ratios and levels', () => {
    expect(derivePriorFromChange(90, { direction: 'giảm', percent: 10 })).toBe(100);
    expect(derivePriorFromChange(12, { direction: 'giảm', percent: null, amount: 3 })).toBe(15);
    expect(derivePriorFromChange(105, { direction: 'bằng', percent: 105 })).toBe(100);
    expect(derivePriorFromChange(45.3, { direction: 'tăng', percent: null, from: 42.5 })).toBe(42.5);
  });

  it('implies nothing when nothing is stated or the ratio is impossible', () => {
    expect(derivePriorFromChange(2.1, { direction: 'giảm', percent: null })).toBeNull();
    expect(derivePriorFromChange(10, { direction: 'giảm', percent: 100 })).toBeNull();
  });
});
