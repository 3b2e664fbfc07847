import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { REPORT_SENTENCES } from './report-sentences';
import { scoreCorpus } from './score';

describe('the report-sentence test set', () => {
  it('has at least 40 cases, with figures and non-statements', () => {
    expect(REPORT_SENTENCES.length).toBeGreaterThanOrEqual(40);
    expect(REPORT_SENTENCES.filter((c) => c.statements.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  for (const c of REPORT_SENTENCES) {
    it(c.name, () => {
      const result = extract(c.text);
      expect(result.statements).toHaveLength(c.statements.length);
      c.statements.forEach((expected, k) => {
        const actual = result.statements[k];
        const { spanText, ...fields } = expected;
        expect(actual).toMatchObject(fields);
        if (spanText !== undefined) expect(c.text.slice(actual?.span[0], actual?.span[1])).toBe(spanText);
      });
      if (c.checks) expect(result.checks.map((x) => x.kind)).toEqual(c.checks);
    });
  }

  it('scores F1 1 on value and unit and gets every asserted attribute right', () => {
    const score = scoreCorpus(REPORT_SENTENCES);
    expect(score.expected).toBe(106);
    expect(score.f1).toBe(1);
    expect(score.attributesRight).toBe(score.attributesChecked);
  });
});
