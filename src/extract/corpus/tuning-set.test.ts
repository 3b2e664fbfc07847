import { describe, expect, it } from 'vitest';
import { scoreCorpus } from './score';
import { TUNING_SET } from './tuning-set';

describe('the tuning set of real passages', () => {
  it('holds 65 real passages with their source pages and 32 constructed ones, with 368 figures', () => {
    expect(TUNING_SET).toHaveLength(97);
    expect(TUNING_SET.reduce((n, p) => n + p.statements.length, 0)).toBe(368);
    // Real passages name their page; constructed ones say so and which kind of report they imitate.
    for (const p of TUNING_SET) expect(p.source, p.id).toMatch(/^(https?:\/\/[^ ]+|constructed: .+)$/);
    expect(TUNING_SET.filter((p) => p.source.startsWith('constructed: '))).toHaveLength(32);
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
  it('scores value F1 0.9905 and full F1 0.9607', () => {
    const score = scoreCorpus(TUNING_SET);
    expect({ ...score, f1: score.f1.toFixed(4), fullF1: score.fullF1.toFixed(4) }).toEqual({
      expected: 368,
      found: 369,
      matched: 365,
      f1: '0.9905',
      fullF1: '0.9607',
      attributesRight: 1979,
      attributesChecked: 1991,
      attributeErrors: {
        indicator: 8,
        approx: 0,
        estimate: 1,
        achievement: 1,
        change: 0,
        valueTo: 0,
        subject: 2,
      },
    });
  });
});
