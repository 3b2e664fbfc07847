import { describe, expect, it } from 'vitest';
import { buildObservation, buildUnit } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { seededDatabase, testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { seedOneFigure } from '../testing/one-figure';
import { createScorecardService } from './scorecard.service';

const system = { userId: null };

describe.each(testDatabases())('scorecard service on $name', (database) => {
  const world = seededDatabase(database, seedOneFigure);

  it('computes once for requests that miss together', async () => {
    const service = createScorecardService(world.db);
    const together = await Promise.all(
      [1, 2, 3].map(() => service.scorecardOf({ unit: world.district, year: 2022, dataVersion: 7 })),
    );
    // One computation stamps one computedAt; on PostgreSQL a request that lost the advisory lock reads
    // the snapshot the winner wrote, an equal copy rather than the same object.
    expect(new Set(together.map((s) => s.computedAt)).size).toBe(1);
    expect(together[1]).toEqual(together[0]);
    expect(together[2]).toEqual(together[0]);
  });

  it('serves a repeated read from the scorecard it computed, and recomputes after a write', async () => {
    const service = createScorecardService(world.db);
    const first = await service.scorecardOf({ unit: world.district, year: 2023 });
    expect(first.rows[0]?.achievement[0]?.percent).toBeCloseTo((24_937 / 29_000) * 100, 9);
    expect(await service.scorecardOf({ unit: world.district, year: 2023 })).toBe(first);

    await createObservationRepository(world.db).updateWithVersion(
      world.figureId,
      { value: 29_000, version: 1 },
      system,
    );
    const after = await service.scorecardOf({ unit: world.district, year: 2023 });
    expect(after).not.toBe(first);
    expect(after.rows[0]?.actual?.value).toBe(29_000);
    expect(after.rows[0]?.achievement[0]?.percent).toBe(100);
  });

  it('compares a merged unit with its predecessors’ figures through the merge link', async () => {
    const units = createUnitRepository(world.db);
    const tom = (await createIndicatorRepository(world.db).findByCode('TS_TOM'))!;
    const a = await units.create(buildUnit({ code: 'HU_A', name: 'Huyện A' }), system);
    const b = await units.create(buildUnit({ code: 'HU_B', name: 'Huyện B' }), system);
    const merged = await units.create(
      buildUnit({ code: 'XA_M', name: 'Xã M', kind: 'commune_party' }),
      system,
    );
    for (const predecessor of [a, b]) {
      await units.linkSuccessor(
        { predecessorId: predecessor.id, successorId: merged.id, kind: 'merge', effectiveOn: '2025-07-01' },
        system,
      );
    }
    const observations = createObservationRepository(world.db);
    const figure = (unitId: number, period: string, value: number) =>
      observations.insert(buildObservation({ unitId, indicatorId: tom.id, period, value }), system);
    await figure(a.id, '2024', 26_000);
    await figure(b.id, '2024', 14_000);
    await figure(merged.id, '2025', 42_000);

    const card = await createScorecardService(world.db).scorecardOf({ unit: merged, year: 2025 });
    const change = card.rows.find((r) => r.indicator.code === 'TS_TOM')?.change;
    // 42.000 against 26.000 + 14.000 = 40.000 a year earlier: +5%.
    expect(change).toMatchObject({ prior: 40_000, percent: 5, priorObservationId: null });
    const oldUnit = await createScorecardService(world.db).scorecardOf({ unit: a, year: 2024 });
    expect(oldUnit.rows.find((r) => r.indicator.code === 'TS_TOM')?.actual?.value).toBe(26_000);
  });
});
