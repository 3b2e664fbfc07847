// The database's roll-ups equal core's (the definition) on generated trees: units at any depth with validity
// windows, indicators of every aggregation, figures reported as cumulative codes, months, quarters and levels.

import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../core/scorecard';
import type {
  Aggregation,
  Figure,
  Indicator,
  IndicatorNature,
  ObservationKind,
  Unit,
  UnitKind,
} from '../core/types';
import { type Db, type Executor, rowsOf } from './database';
import { indicators as indicatorTable } from './indicator.schema';
import { observations as observationTable } from './observation.schema';
import { createRollupRepository, withRollupSettings } from './rollup.repository';
import { openedDatabase, testDatabases } from './testing';
import { units as unitTable } from './unit.schema';

const YEAR = 2025;

/** Every aggregation kind, a flow and a stock part of a ratio, and a ratio whose denominator is not there. */
const CATALOG: { code: string; nature: IndicatorNature; aggregation: Aggregation }[] = [
  { code: 'S_FLOW', nature: 'flow', aggregation: { kind: 'sum' } },
  { code: 'S_STOCK', nature: 'stock', aggregation: { kind: 'sum' } },
  { code: 'M_STOCK', nature: 'stock', aggregation: { kind: 'mean' } },
  { code: 'M_FLOW', nature: 'flow', aggregation: { kind: 'mean' } },
  { code: 'NUM', nature: 'flow', aggregation: { kind: 'sum' } },
  { code: 'DEN', nature: 'stock', aggregation: { kind: 'sum' } },
  {
    code: 'RATIO',
    nature: 'stock',
    aggregation: { kind: 'ratio', numeratorCode: 'NUM', denominatorCode: 'DEN', factor: 100 },
  },
  {
    code: 'RATIO_GAP',
    nature: 'stock',
    aggregation: { kind: 'ratio', numeratorCode: 'NUM', denominatorCode: 'NONE_SUCH', factor: 1 },
  },
  { code: 'NOT_ROLLED', nature: 'flow', aggregation: { kind: 'none' } },
];
const REPORTED = ['S_FLOW', 'S_STOCK', 'M_STOCK', 'M_FLOW', 'NUM', 'DEN', 'NOT_ROLLED'];

const PERIODS = [
  ...Array.from({ length: 12 }, (_, i) => `${YEAR}-M${i + 1}`),
  ...[1, 2, 3, 4].map((q) => `${YEAR}-Q${q}`),
  `${YEAR}-H1`,
  `${YEAR}-H2`,
  `${YEAR}-5M`,
  `${YEAR}-9M`,
  `${YEAR}`,
  `${YEAR}-YTD-${YEAR}-05-31`,
  `${YEAR}-YTD-${YEAR}-08-17`,
  `${YEAR - 1}`,
  `${YEAR - 1}-9M`,
];
const DATES = [
  null,
  '2024-06-30',
  '2025-01-31',
  '2025-03-31',
  '2025-05-31',
  '2025-08-17',
  '2025-09-30',
  '2026-01-01',
];
const KINDS: UnitKind[] = ['district_party', 'commune_party', 'commune_state', 'front'];

const unitArb = (index: number) =>
  fc.record({
    parent: fc.integer({ min: 0, max: index }),
    kind: fc.constantFrom(...KINDS),
    from: fc.constantFrom(...DATES),
    to: fc.constantFrom(...DATES),
  });

const figureArb = (unitCount: number) =>
  fc.record({
    unit: fc.integer({ min: 0, max: unitCount }),
    indicator: fc.constantFrom(...REPORTED),
    period: fc.constantFrom(...PERIODS),
    kind: fc.constantFrom<ObservationKind>('actual', 'actual', 'actual', 'estimate'),
    // Whole numbers: sums are exact in any order, so equality is exact too.
    value: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 })),
  });

const worldArb = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc.record({
    units: fc.tuple(...Array.from({ length: n }, (_, i) => unitArb(i))),
    figures: fc.array(figureArb(n), { maxLength: 120 }),
    // A ratio's parts at one period, so ratios (and zero denominators) roll up often enough to be tested.
    pairs: fc.array(
      fc.record({
        unit: fc.integer({ min: 0, max: n }),
        period: fc.constantFrom(`${YEAR}-9M`, `${YEAR}`, `${YEAR}-H1`),
        num: fc.integer({ min: 0, max: 5000 }),
        den: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })),
      }),
      { maxLength: 6 },
    ),
    asOf: fc.constantFrom(null, '2025-03-31', '2025-06-15', '2025-09-30'),
  }),
);

type WorldValue = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

/** One commune under the province whose ratio has a numerator and a zero denominator for the year. */
const ZERO_DENOMINATOR_WORLD: WorldValue = {
  units: [{ parent: 0, kind: 'commune_party', from: null, to: null }],
  figures: [],
  pairs: [{ unit: 1, period: `${YEAR}`, num: 5, den: 0 }],
  asOf: null,
};

async function store(db: Db, world: WorldValue) {
  await db.execute(sql`delete from observations`);
  await db.execute(sql`delete from units`);
  await db.execute(sql`delete from indicators`);
  const indicators = (await db
    .insert(indicatorTable)
    .values(
      CATALOG.map((c) => ({
        ...c,
        nameVi: c.code,
        nameEn: c.code,
        measure: 'tấn',
        polarity: 'higher_is_better' as const,
        category: 'kinh_te',
      })),
    )
    .returning()) as unknown as Indicator[];
  const stored: Unit[] = [];
  const [root] = await db
    .insert(unitTable)
    .values({ code: 'ROOT', name: 'Tỉnh', kind: 'province_party' })
    .returning();
  stored.push(root as Unit);
  for (const [n, u] of world.units.entries()) {
    const [from, to] = u.from && u.to && u.from > u.to ? [u.to, u.from] : [u.from, u.to];
    const parentId = stored[u.parent]!.id;
    const [row] = await db
      .insert(unitTable)
      .values({ code: `U${n}`, name: `Đơn vị ${n}`, kind: u.kind, parentId, validFrom: from, validTo: to })
      .returning();
    stored.push(row as Unit);
  }
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  const paired = world.pairs.flatMap((p) => [
    { unit: p.unit, indicator: 'NUM', period: p.period, kind: 'actual' as const, value: p.num },
    { unit: p.unit, indicator: 'DEN', period: p.period, kind: 'actual' as const, value: p.den },
  ]);
  const rows = [...paired, ...world.figures].flatMap((f) => {
    const key = `${f.unit}|${f.indicator}|${f.period}|${f.kind}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const unitId = stored[f.unit]!.id;
    return [
      {
        unitId,
        indicatorId: byCode.get(f.indicator)!.id,
        period: f.period,
        kind: f.kind,
        value: f.value,
        provenance: { kind: 'entered' as const, userId: null },
      },
    ];
  });
  const figures = (rows.length
    ? await db.insert(observationTable).values(rows).returning()
    : []) as unknown as Figure[];
  return { root: stored[0]!, units: stored.slice(1), indicators, figures };
}

function coreRollups(data: Awaited<ReturnType<typeof store>>, asOf: string | null) {
  const { root, units, indicators, figures } = data;
  const ofYear = (f: Figure) => f.period.startsWith(String(YEAR));
  const own = figures.filter((f) => f.unitId === root.id);
  const scorecard = buildScorecard({
    unit: root,
    year: YEAR,
    asOf,
    indicators,
    targets: [],
    observations: own.filter(ofYear),
    priorYearsObservations: own.filter((f) => !ofYear(f)),
    childUnits: [...units].sort((a, b) => a.id - b.id),
    childObservations: figures.filter((f) => f.unitId !== root.id && ofYear(f) && f.kind === 'actual'),
  });
  return new Map(scorecard.rows.map((r) => [r.indicator.id, r.rollup]));
}

const jitOf = async (ex: Executor) =>
  (await rowsOf<{ jit: string }>(ex, sql`select current_setting('jit') as jit`))[0]?.jit;

describe.each(testDatabases())('roll-ups in SQL equal core on $name', (engine) => {
  const database = openedDatabase(engine);

  it('gives every indicator the roll-up, period and completeness core gives, on generated trees', async () => {
    const rollups = createRollupRepository(database.db);
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        const data = await store(database.db, world);
        const own = data.figures.filter((f) => f.unitId === data.root.id);
        const fromSql = await rollups.findForScorecard({
          unitId: data.root.id,
          year: YEAR,
          asOf: world.asOf,
          indicators: data.indicators,
          figures: own,
        });
        const fromCore = coreRollups(data, world.asOf);
        expect(Object.fromEntries(fromSql)).toEqual(Object.fromEntries(fromCore));
        for (const r of fromCore.values()) {
          const outcome = r ? r.kind : 'none';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
      }),
      // The random worlds reach a zero denominator in most runs, not all (a shuffled CI run missed it), so
      // one world that surely does is always tried first.
      { numRuns: Number(process.env.ROLLUP_RUNS ?? 60), examples: [[ZERO_DENOMINATOR_WORLD]] },
    );
    // The generator must reach every outcome, or the equality above proves little.
    expect([...outcomes.keys()].sort()).toEqual(['no_data', 'none', 'ok', 'zero_denominator']);
  }, 120_000);

  it("runs its queries without JIT and gives the caller's transaction its own value back", async () => {
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = on`);
      const inside = await withRollupSettings(tx, (inner) => jitOf(inner));
      return { inside, after: await jitOf(tx) };
    });
    expect(seen).toEqual({ inside: 'off', after: 'on' });
  });

  it('leaves the caller its value when a query fails, the savepoint undoing the change', async () => {
    const after = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = on`);
      const failed = withRollupSettings(tx, (inner) => inner.execute(sql`select 1 / 0`));
      await expect(failed).rejects.toThrow('Failed query: select 1 / 0');
      return jitOf(tx);
    });
    expect(after).toBe('on');
  });
});
