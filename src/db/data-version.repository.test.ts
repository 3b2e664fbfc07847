import { describe, expect, it } from 'vitest';
import { createDataVersionRepository } from './data-version.repository';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import { createObservationRepository } from './observation.repository';
import { createTargetRepository } from './target.repository';
import { openedDatabase, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const system = { userId: null };

describe.each(testDatabases())('data version on $name', (database) => {
  const world = openedDatabase(database);
  const version = () => createDataVersionRepository(world.db).current();

  it('counts one change per statement that touches what a scorecard reads', async () => {
    const start = await version();
    const unit = await createUnitRepository(world.db).create(buildUnit(), system);
    const indicator = await createIndicatorRepository(world.db).create(buildIndicator(), system);
    expect(await version()).toBe(start + 2);
    await createTargetRepository(world.db).create(
      buildTarget({ unitId: unit.id, indicatorId: indicator.id }),
      system,
    );
    const observations = createObservationRepository(world.db);
    const rows = ['2023-M1', '2023-M2', '2023-M3'].map((period) =>
      buildObservation({ unitId: unit.id, indicatorId: indicator.id, period, value: 100 }),
    );
    await world.db.transaction((tx) => observations.insertMany(rows, system, tx));
    // One target insert and one three-row bulk insert: two statements, two bumps.
    expect(await version()).toBe(start + 4);
  });

  it('does not move when nothing changes', async () => {
    const before = await version();
    await createUnitRepository(world.db).findAll();
    expect(await version()).toBe(before);
  });
});
