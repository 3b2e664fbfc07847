import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataVersionRepository } from './data-version.repository';
import type { Db } from './database';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import { createObservationRepository } from './observation.repository';
import { createTargetRepository } from './target.repository';
import { testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const system = { userId: null };

describe.each(testDatabases())('data version on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  const version = () => createDataVersionRepository(db).current();

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(() => close());

  it('counts one change per statement that touches what a scorecard reads', async () => {
    const start = await version();
    const unit = await createUnitRepository(db).create(buildUnit(), system);
    const indicator = await createIndicatorRepository(db).create(buildIndicator(), system);
    expect(await version()).toBe(start + 2);
    await createTargetRepository(db).create(
      buildTarget({ unitId: unit.id, indicatorId: indicator.id }),
      system,
    );
    const observations = createObservationRepository(db);
    const rows = ['2023-M1', '2023-M2', '2023-M3'].map((period) =>
      buildObservation({ unitId: unit.id, indicatorId: indicator.id, period, value: 100 }),
    );
    await db.transaction((tx) => observations.insertMany(rows, system, tx));
    // One target insert and one three-row bulk insert: two statements, two bumps.
    expect(await version()).toBe(start + 4);
  });

  it('does not move when nothing changes', async () => {
    const before = await version();
    await createUnitRepository(db).findAll();
    expect(await version()).toBe(before);
  });
});
