import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';
import { existedOn, reportersFor } from './reporters';
import { buildUnit } from './testing/factories';

describe('reportersFor', () => {
  const tinh = buildUnit({ id: 1, kind: 'province_party' });
  const huyen = buildUnit({ id: 2, kind: 'district_party', parentId: 1, validTo: '2025-06-30' });
  const xaCu = buildUnit({ id: 3, kind: 'commune_party', parentId: 2, validTo: '2025-06-30' });
  const xaMoi = buildUnit({ id: 4, kind: 'commune_party', parentId: 1, validFrom: '2025-07-01' });
  const units = [tinh, huyen, xaCu, xaMoi];

  it('expects the units that existed at the period’s end, a district answering through its communes', () => {
    const ids = (r: { reporting: { id: number }[]; missing: { id: number }[] }) => [
      r.reporting.map((u) => u.id),
      r.missing.map((u) => u.id),
    ];
    expect(ids(reportersFor(units, 1, parsePeriod('2024'), (id) => id === 2))).toEqual([[2], []]);
    expect(ids(reportersFor(units, 1, parsePeriod('2024'), () => false))).toEqual([[], [3]]);
    expect(ids(reportersFor(units, 1, parsePeriod('2025-H1'), (id) => id === 3))).toEqual([[3], []]);
    expect(ids(reportersFor(units, 1, parsePeriod('2025'), () => true))).toEqual([[4], []]);
    expect(existedOn(huyen, '2025-06-30')).toBe(true);
    expect(existedOn(huyen, '2025-07-01')).toBe(false);
  });

  it('property: every leaf below the root is counted once, whether its parent reports or not', () => {
    // A province of districts, each with communes; a district that reports stands for all its communes.
    const tree = fc.array(fc.record({ communes: fc.integer({ min: 0, max: 4 }), reports: fc.boolean() }), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(tree, (districts) => {
        const all = districts.flatMap((d, i) => {
          const id = 100 + i;
          const communes = Array.from({ length: d.communes }, (_, c) =>
            buildUnit({ id: 1000 + i * 10 + c, kind: 'commune_party', parentId: id }),
          );
          return [buildUnit({ id, kind: 'district_party', parentId: 1 }), ...communes];
        });
        const reports = (id: number) => id < 1000 && districts[id - 100]!.reports;
        const r = reportersFor(all, 1, parsePeriod('2024'), reports);
        const expected = districts.reduce((n, d) => n + (d.reports ? 1 : Math.max(d.communes, 1)), 0);
        expect(r.reporting.length + r.missing.length).toBe(expected);
        expect(r.reporting.length).toBe(districts.filter((d) => d.reports).length);
      }),
    );
  });
});
