import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { CONVENTION_CASES, type Convention } from './convention-cases';

describe('the hard conventions of the format', () => {
  it('has at least three examples of every convention', () => {
    const counts = new Map<Convention, number>();
    for (const c of CONVENTION_CASES) counts.set(c.convention, (counts.get(c.convention) ?? 0) + 1);
    expect(counts.size).toBe(14);
    for (const [convention, n] of counts) expect([convention, n >= 3]).toEqual([convention, true]);
  });

  for (const c of CONVENTION_CASES) {
    it(`${c.convention}: ${c.text.slice(0, 70)}`, () => {
      const actual = extract(c.text).statements;
      const withoutSpans = actual.map(({ span: _span, ...rest }) => rest);
      expect(withoutSpans).toEqual(c.statements.map(({ spanText: _text, ...rest }) => rest));
      c.statements.forEach((e, k) => {
        const span = actual[k]?.span ?? [0, 0];
        if (e.spanText !== undefined) expect(c.text.slice(span[0], span[1])).toBe(e.spanText);
      });
    });
  }
});
