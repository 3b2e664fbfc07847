import { beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from './audit.repository';
import { buildIndicator, buildTarget, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import { createTargetRepository } from './target.repository';
import { emptyAllButSeed, seededDatabase, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const actor = { userId: null };

describe.each(testDatabases())('indicator and target repositories on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const unitId = (await createUnitRepository(db).create(buildUnit(), actor)).id;
    const indicators = createIndicatorRepository(db);
    const fishery = (
      await indicators.create(
        buildIndicator({ code: 'TS_SANLUONG', nameVi: 'Tổng sản lượng thủy sản' }),
        actor,
      )
    ).id;
    const shrimp = (await indicators.create(buildIndicator({ parentId: fishery }), actor)).id;
    return { unitId, fishery, shrimp };
  });
  // Each test starts from the unit and the two indicators above, without targets.
  beforeEach(() => emptyAllButSeed(world.db, ['units', 'indicators', 'data_version']));

  it('stores an indicator with its aggregation, range and synonyms as given', async () => {
    const indicators = createIndicatorRepository(world.db);
    const input = buildIndicator({
      code: 'BHYT_TYLE',
      nameVi: 'Tỷ lệ tham gia bảo hiểm y tế',
      nameEn: 'Health insurance coverage',
      measure: '%',
      nature: 'stock',
      aggregation: { kind: 'ratio', numeratorCode: 'BHYT_SONGUOI', denominatorCode: 'DANSO', factor: 100 },
      decimals: 2,
      minValue: 0,
      maxValue: 100,
      synonyms: ['tỷ lệ tham gia Bảo hiểm y tế'],
    });
    const coverage = await indicators.create(input, actor);
    // Stored as given: the input's fields (polarity and category from the factory), no parent, version 1.
    expect(input).toMatchObject({ polarity: 'higher_is_better', category: 'kinh_te' });
    expect(await indicators.findByCode('BHYT_TYLE')).toEqual({
      id: coverage.id,
      ...input,
      parentId: null,
      version: 1,
    });
    expect((await indicators.findById(world.shrimp))?.parentId).toBe(world.fishery);
    expect((await indicators.findAll()).map((i) => i.code)).toEqual(['TS_SANLUONG', 'TS_TOM', 'BHYT_TYLE']);
  });

  it('rejects a duplicate indicator code, an unknown parent and a range upside down', async () => {
    const indicators = createIndicatorRepository(world.db);
    await expect(indicators.create(buildIndicator(), actor)).rejects.toMatchObject({
      code: 'duplicate',
      message: 'code: an indicator with code TS_TOM already exists',
    });
    await expect(
      indicators.create(buildIndicator({ code: 'X1', parentId: 777 }), actor),
    ).rejects.toMatchObject({
      code: 'unknown_indicator',
      message: 'parentId: no indicator with id 777',
    });
    await expect(
      indicators.create(buildIndicator({ code: 'X2', minValue: 100, maxValue: 0 }), actor),
    ).rejects.toMatchObject({
      code: 'invalid_value',
      message: 'violates indicators_range_check',
    });
    await expect(indicators.update(world.shrimp, { parentId: world.shrimp }, actor)).rejects.toMatchObject({
      code: 'invalid_value',
    });
  });

  it('keeps several targets per unit, indicator and year and finds year and term targets for a year', async () => {
    const targets = createTargetRepository(world.db);
    const resolution = await targets.create(
      buildTarget({ unitId: world.unitId, indicatorId: world.shrimp, value: 29_003 }),
      actor,
    );
    await targets.create(
      buildTarget({
        unitId: world.unitId,
        indicatorId: world.shrimp,
        source: 'plan',
        value: 28_500,
        document: 'Kế hoạch 45/KH-UBND',
      }),
      actor,
    );
    await targets.create(
      buildTarget({
        unitId: world.unitId,
        indicatorId: world.shrimp,
        fromYear: 2020,
        toYear: 2025,
        value: 32_000,
        document: 'Nghị quyết Đại hội XII',
      }),
      actor,
    );
    await targets.create(
      buildTarget({
        unitId: world.unitId,
        indicatorId: world.shrimp,
        fromYear: 2024,
        toYear: 2024,
        value: 30_000,
      }),
      actor,
    );
    const for2023 = await targets.findForUnitYear({ unitId: world.unitId, year: 2023 });
    expect(for2023.map((t) => [t.source, t.fromYear, t.toYear, t.value])).toEqual([
      ['resolution', 2023, 2023, 29_003],
      ['plan', 2023, 2023, 28_500],
      ['resolution', 2020, 2025, 32_000],
    ]);
    expect(for2023[0]).toEqual({ ...resolution, derivedFrom: null, document: 'Nghị quyết 12-NQ/HU' });
    expect((await targets.findForUnitYear({ unitId: world.unitId, year: 2026 })).length).toBe(0);
  });

  it('records a derived target with what it was derived from, and audits changes', async () => {
    const targets = createTargetRepository(world.db);
    const derived = await targets.create(
      buildTarget({
        unitId: world.unitId,
        indicatorId: world.fishery,
        value: 48_001.17,
        document: null,
        derivedFrom: '40.945 tấn, đạt 85,3% Nghị quyết',
      }),
      actor,
    );
    const updated = await targets.update(derived.id, { value: 48_000 }, { userId: null });
    expect(updated.value).toBe(48_000);
    const history = await createAuditRepository(world.db).historyOf('target', derived.id);
    expect(history.map((h) => [h.action, (h.before as { value: number } | null)?.value ?? null])).toEqual([
      ['create', null],
      ['update', 48_001.17],
    ]);
    await targets.delete(derived.id, actor);
    expect(await targets.findById(derived.id)).toBeNull();
    await expect(targets.delete(derived.id, actor)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('inserts many targets with one audit entry each, and names an unknown unit', async () => {
    const targets = createTargetRepository(world.db);
    const created = await targets.insertMany(
      [2027, 2028].map((year) =>
        buildTarget({
          unitId: world.unitId,
          indicatorId: world.fishery,
          fromYear: year,
          toYear: year,
          value: year,
        }),
      ),
      actor,
    );
    expect(created.map((t) => t.value)).toEqual([2027, 2028]);
    expect((await createAuditRepository(world.db).historyOf('target', created[1]!.id)).length).toBe(1);
    await expect(
      targets.insertMany([buildTarget({ unitId: 31_337, indicatorId: world.fishery })], actor),
    ).rejects.toMatchObject({ code: 'unknown_unit', message: 'unitId: no unit with id 31337' });
  });

  it('refuses to delete an indicator that has targets', async () => {
    await createTargetRepository(world.db).create(
      buildTarget({ unitId: world.unitId, indicatorId: world.shrimp, value: 29_003 }),
      actor,
    );
    await expect(createIndicatorRepository(world.db).delete(world.shrimp, actor)).rejects.toMatchObject({
      code: 'in_use',
    });
    expect((await createIndicatorRepository(world.db).findById(world.shrimp))?.code).toBe('TS_TOM');
  });
});
