import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAchievement, deriveTargetFromAchievement } from './achievement';
import { computeChange, derivePriorFromChange } from './change';
import {
  comparePeriods,
  isCumulative,
  parsePeriod,
  samePeriodPreviousYear,
  yearShareElapsed,
} from './period';
import { rollUp } from './rollup';

const periodCode = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-M${m}`),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 2 }))
    .map(([y, h]) => `${y}-H${h}`),
  fc.integer({ min: 2000, max: 2099 }).map((y) => `${y}-9M`),
  fc.integer({ min: 2000, max: 2099 }).map(String),
  fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => {
      const iso = d.toISOString().slice(0, 10);
      return `${iso.slice(0, 4)}-YTD-${iso}`;
    }),
);

describe('properties', () => {
  it('a period code parses to itself, inside its year, one year after its previous-year twin', () => {
    fc.assert(
      fc.property(periodCode, (code) => {
        const p = parsePeriod(code);
        expect(parsePeriod(p.code)).toEqual(p);
        expect(p.start <= p.end && p.start.startsWith(String(p.year))).toBe(true);
        const share = yearShareElapsed(p);
        expect(share > 0 && share <= 1).toBe(true);
        const prev = samePeriodPreviousYear(p);
        expect([prev.year, prev.kind, isCumulative(prev)]).toEqual([p.year - 1, p.kind, isCumulative(p)]);
        expect(comparePeriods(prev, p)).toBe(-1);
      }),
    );
  });

  it('the target derived from a stated achievement gives that achievement back, both polarities', () => {
    const polarity = fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        polarity,
        (value, percent, pol) => {
          const target = deriveTargetFromAchievement(value, percent, pol);
          const a = computeAchievement(value, target, pol);
          expect(a.kind === 'ok' && Math.abs(a.percent - percent) < 1e-9 * percent).toBe(true);
        },
      ),
    );
  });

  it('the prior implied by a stated change gives that change back', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 99, noNaN: true }),
        fc.constantFrom('tăng', 'giảm'),
        (value, percent, direction) => {
          const c = computeChange(value, derivePriorFromChange(value, { direction, percent }));
          const signed = direction === 'tăng' ? percent : -percent;
          expect(c.kind === 'ok' && Math.abs(c.percent - signed) < 1e-7).toBe(true);
        },
      ),
    );
  });

  it('a ratio rolled up by its parts lies between its children’s own ratios', () => {
    const child = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
      .map(([n, extra]) => [n, n + extra] as const);
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), (children) => {
        const r = rollUp(
          { kind: 'ratio', numeratorCode: 'N', denominatorCode: 'D', factor: 100 },
          {
            expected: children.length,
            numerators: children.map(([n], i) => ({ unitId: i, value: n })),
            denominators: children.map(([, d], i) => ({ unitId: i, value: d })),
          },
        );
        const ratios = children.map(([n, d]) => (n / d) * 100);
        expect(
          r.kind === 'ok' && r.value >= Math.min(...ratios) - 1e-9 && r.value <= Math.max(...ratios) + 1e-9,
        ).toBe(true);
      }),
    );
  });
});
