import { describe, expect, it } from 'vitest';
import { annotationProblems } from './annotation.testing';
import { scoreCorpus, scoreLine } from './score';
import { TUNING_SET } from './tuning-set';

describe('the tuning set of real passages', () => {
  it('holds 65 real passages with their source pages and 32 constructed ones, with 368 figures', () => {
    expect(TUNING_SET).toHaveLength(97);
    expect(TUNING_SET.reduce((n, p) => n + p.statements.length, 0)).toBe(368);
    // Real passages name their page; constructed ones say so and which kind of report they imitate.
    for (const p of TUNING_SET) expect(p.source, p.id).toMatch(/^(https?:\/\/[^ ]+|constructed: .+)$/);
    expect(TUNING_SET.filter((p) => p.source.startsWith('constructed: '))).toHaveLength(32);
  });

  it('is annotated in the format: NFC text, lower-case units and names, known bases', () => {
    expect(annotationProblems(TUNING_SET)).toEqual([]);
  });

  // Today's scores, exactly, so that each fix shows what it moved.
  it('scores value F1 0.9905 and full F1 0.9607', () => {
    expect(scoreLine(scoreCorpus(TUNING_SET))).toBe(
      '365/368 found (369 statements), value F1 0.9905, full F1 0.9607; attributes 1979/1991 right; ' +
        'wrong: indicator 8, estimate 1, achievement 1, subject 2',
    );
  });
});
