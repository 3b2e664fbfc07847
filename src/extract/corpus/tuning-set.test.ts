import { describe, expect, it } from 'vitest';
import { scoreCorpus } from './score';
import { TUNING_SET } from './tuning-set';

describe('the tuning set of real passages', () => {
  it('holds 21 passages from 10 provinces, each with its source page, with 63 figures', () => {
    expect(TUNING_SET).toHaveLength(21);
    expect(new Set(TUNING_SET.map((p) => p.province)).size).toBe(10);
    expect(TUNING_SET.reduce((n, p) => n + p.statements.length, 0)).toBe(63);
    for (const p of TUNING_SET) expect(p.source, p.id).toMatch(/^https?:\/\/[^ ]+$/);
  });

  it('is annotated in the format: NFC text, lower-case units and names', () => {
    for (const p of TUNING_SET) {
      expect(p.text.normalize('NFC'), p.id).toBe(p.text);
      for (const s of p.statements) {
        expect(s.unit, p.id).toBe(s.unit.toLowerCase());
        if (s.indicator !== undefined) expect(s.indicator, p.id).toBe(s.indicator.toLowerCase());
        expect(p.text.replace(/\./g, '').replace(/,/g, '.'), p.id).toContain(String(s.value));
      }
    }
  });

  // Today's scores, exactly, so that each fix shows what it moved.
  it('scores value F1 0.9921 and full F1 0.8346', () => {
    const score = scoreCorpus(TUNING_SET);
    expect({ ...score, f1: score.f1.toFixed(4), fullF1: score.fullF1.toFixed(4) }).toEqual({
      expected: 63,
      found: 64,
      matched: 63,
      f1: '0.9921',
      fullF1: '0.8346',
      attributesRight: 332,
      attributesChecked: 344,
      attributeErrors: {
        indicator: 8,
        approx: 0,
        estimate: 0,
        achievement: 1,
        change: 0,
        valueTo: 0,
        subject: 3,
      },
    });
  });
});
