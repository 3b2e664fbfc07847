import { describe, expect, it } from 'vitest';
import { seedProvinceAndDistrict } from './ca-mau.testing';
import { buildCommune, buildIndicator, buildObservation, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import { createObservationRepository } from './observation.repository';
import { createScorecardFreshnessRepository } from './scorecard-freshness.repository';
import { seededDatabase, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const system = { userId: null };

describe.each(testDatabases())('scorecard freshness on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const { units, province, district } = await seedProvinceAndDistrict(db, system);
    const tranThoi = await units.create(buildCommune({ code: 'X_TRANTHOI', parentId: district.id }), system);
    const other = await units.create(
      buildUnit({ code: 'HU_NAMCAN', name: 'Huyện ủy Năm Căn', parentId: province.id }),
      system,
    );
    const tom = await createIndicatorRepository(db).create(buildIndicator(), system);
    return {
      ids: {
        province: province.id,
        district: district.id,
        tranThoi: tranThoi.id,
        otherDistrict: other.id,
        tom: tom.id,
      },
    };
  });

  const counters = async (year: number) => {
    const f = createScorecardFreshnessRepository(world.db);
    return {
      province: await f.counterOf(world.ids.province, year),
      district: await f.counterOf(world.ids.district, year),
      tranThoi: await f.counterOf(world.ids.tranThoi, year),
      otherDistrict: await f.counterOf(world.ids.otherDistrict, year),
    };
  };

  it('a figure of xã Trần Thới bumps it and its ancestors for its year only, not Năm Căn nor other years', async () => {
    const before2023 = await counters(2023);
    const before2024 = await counters(2024);
    const observations = createObservationRepository(world.db);
    await observations.insert(
      buildObservation({
        unitId: world.ids.tranThoi,
        indicatorId: world.ids.tom,
        period: '2023-M10',
        value: 1_250,
      }),
      system,
    );
    expect(await counters(2023)).toEqual({
      province: before2023.province + 1,
      district: before2023.district + 1,
      tranThoi: before2023.tranThoi + 1,
      otherDistrict: before2023.otherDistrict,
    });
    expect(await counters(2024)).toEqual(before2024);
  });

  it('a bulk insert of three months bumps each (unit, year) once, and an update moves the token', async () => {
    const f = createScorecardFreshnessRepository(world.db);
    const scope = { unitIds: [world.ids.district], fromYear: 2022, toYear: 2022 };
    const before = await counters(2022);
    const tokenBefore = await f.tokenOf(scope);
    const observations = createObservationRepository(world.db);
    const rows = ['2022-M1', '2022-M2', '2022-M3'].map((period) =>
      buildObservation({ unitId: world.ids.tranThoi, indicatorId: world.ids.tom, period, value: 100 }),
    );
    await world.db.transaction((tx) => observations.insertMany(rows, system, tx));
    const [first] = await observations.findMany({ unitIds: [world.ids.tranThoi], year: 2022 });
    expect(await counters(2022)).toEqual({
      province: before.province + 1,
      district: before.district + 1,
      tranThoi: before.tranThoi + 1,
      otherDistrict: 0,
    });
    const tokenAfter = await f.tokenOf(scope);
    expect(tokenAfter.structureVersion).toBe(tokenBefore.structureVersion);
    expect(tokenAfter.token).toBe(`${tokenBefore.structureVersion}.${before.district + 1}`);
    await observations.updateWithVersion(first!.id, { value: 120, version: 1 }, system);
    expect((await counters(2022)).district).toBe(before.district + 2);
  });

  it('a unit renamed moves the structure version: every token changes', async () => {
    const f = createScorecardFreshnessRepository(world.db);
    const scope = { unitIds: [world.ids.otherDistrict], fromYear: 2023, toYear: 2023 };
    const before = await f.tokenOf(scope);
    await createUnitRepository(world.db).update(
      world.ids.otherDistrict,
      { name: 'Huyện ủy Năm Căn (mới)' },
      system,
    );
    const after = await f.tokenOf(scope);
    expect(after.structureVersion).toBe(before.structureVersion + 1);
    expect(after.token).toBe(`${before.structureVersion + 1}.0`);
  });

  it('releases a scorecard recompute lock when its transaction ends', async () => {
    const f = createScorecardFreshnessRepository(world.db);
    expect(await world.db.transaction((tx) => f.tryLockForRecompute(tx, '2|2023|'))).toBe(true);
    expect(await world.db.transaction((tx) => f.tryLockForRecompute(tx, '2|2023|'))).toBe(true);
  });

  it('keeps the newer snapshot when an older recompute finishes last', async () => {
    const f = createScorecardFreshnessRepository(world.db);
    const at = '2026-12-03T16:00:00.000Z';
    await f.saveSnapshot({ key: 'k', token: '1.5', dataVersion: 9, computedAt: at, body: '{"v":9}' });
    await f.saveSnapshot({ key: 'k', token: '1.4', dataVersion: 8, computedAt: at, body: '{"v":8}' });
    expect(await f.findSnapshot('k')).toEqual({
      key: 'k',
      token: '1.5',
      dataVersion: 9,
      computedAt: at,
      body: '{"v":9}',
    });
    expect(await f.findSnapshotHead('k')).toEqual({ token: '1.5', dataVersion: 9 });
  });
});

// PGlite is one session in one process: its in-process single flight stands in for the lock there.
const servers = testDatabases().filter((d) => d.name === 'postgres');
describe.each(servers)('scorecard recompute lock on $name', ({ open }) => {
  it('refuses the lock to a second session while the first holds it', async () => {
    const { db, close } = await open();
    const f = createScorecardFreshnessRepository(db);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let taken = () => {};
    const isTaken = new Promise<void>((resolve) => {
      taken = resolve;
    });
    const first = db.transaction(async (tx) => {
      const locked = await f.tryLockForRecompute(tx, '7|2023|');
      taken();
      await held;
      return locked;
    });
    await isTaken;
    const second = await db.transaction((tx) => f.tryLockForRecompute(tx, '7|2023|'));
    const other = await db.transaction((tx) => f.tryLockForRecompute(tx, '8|2023|'));
    release();
    expect([await first, second, other]).toEqual([true, false, true]);
    await close();
  });
});
