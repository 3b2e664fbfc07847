import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from './audit.repository';
import type { Db } from './database';
import { buildIndicator, buildTarget, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import { createTargetRepository } from './target.repository';
import { emptyAllButSeed, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const actor = { userId: null };

describe.each(testDatabases())('indicator and target repositories on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let unitId: number;
  let shrimp: number;
  let fishery: number;

  beforeAll(async () => {
    ({ db, close } = await open());
    unitId = (await createUnitRepository(db).create(buildUnit(), actor)).id;
    const indicators = createIndicatorRepository(db);
    fishery = (
      await indicators.create(
        buildIndicator({ code: 'TS_SANLUONG', nameVi: 'Tổng sản lượng thủy sản' }),
        actor,
      )
    ).id;
    shrimp = (await indicators.create(buildIndicator({ parentId: fishery }), actor)).id;
  });
  afterAll(() => close());
  // Each test starts from the unit and the two indicators above, without targets.
  beforeEach(() => emptyAllButSeed(db, ['units', 'indicators', 'data_version']));

  it('stores an indicator with its aggregation, range and synonyms as given', async () => {
    const indicators = createIndicatorRepository(db);
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
    expect((await indicators.findById(shrimp))?.parentId).toBe(fishery);
    expect((await indicators.findAll()).map((i) => i.code)).toEqual(['TS_SANLUONG', 'TS_TOM', 'BHYT_TYLE']);
  });

  it('rejects a duplicate indicator code, an unknown parent and a range upside down', async () => {
    const indicators = createIndicatorRepository(db);
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
    await expect(indicators.update(shrimp, { parentId: shrimp }, actor)).rejects.toMatchObject({
      code: 'invalid_value',
    });
  });

  it('keeps several targets per unit, indicator and year and finds year and term targets for a year', async () => {
    const targets = createTargetRepository(db);
    const resolution = await targets.create(
      buildTarget({ unitId, indicatorId: shrimp, value: 29_003 }),
      actor,
    );
    await targets.create(
      buildTarget({
        unitId,
        indicatorId: shrimp,
        source: 'plan',
        value: 28_500,
        document: 'Kế hoạch 45/KH-UBND',
      }),
      actor,
    );
    await targets.create(
      buildTarget({
        unitId,
        indicatorId: shrimp,
        fromYear: 2020,
        toYear: 2025,
        value: 32_000,
        document: 'Nghị quyết Đại hội XII',
      }),
      actor,
    );
    await targets.create(
      buildTarget({ unitId, indicatorId: shrimp, fromYear: 2024, toYear: 2024, value: 30_000 }),
      actor,
    );
    const for2023 = await targets.findForUnitYear({ unitId, year: 2023 });
    expect(for2023.map((t) => [t.source, t.fromYear, t.toYear, t.value])).toEqual([
      ['resolution', 2023, 2023, 29_003],
      ['plan', 2023, 2023, 28_500],
      ['resolution', 2020, 2025, 32_000],
    ]);
    expect(for2023[0]).toEqual({ ...resolution, derivedFrom: null, document: 'Nghị quyết 12-NQ/HU' });
    expect((await targets.findForUnitYear({ unitId, year: 2026 })).length).toBe(0);
  });

  it('records a derived target with what it was derived from, and audits changes', async () => {
    const targets = createTargetRepository(db);
    const derived = await targets.create(
      buildTarget({
        unitId,
        indicatorId: fishery,
        value: 48_001.17,
        document: null,
        derivedFrom: '40.945 tấn, đạt 85,3% Nghị quyết',
      }),
      actor,
    );
    const updated = await targets.update(derived.id, { value: 48_000 }, { userId: null });
    expect(updated.value).toBe(48_000);
    const history = await createAuditRepository(db).historyOf('target', derived.id);
    expect(history.map((h) => [h.action, (h.before as { value: number } | null)?.value ?? null])).toEqual([
      ['create', null],
      ['update', 48_001.17],
    ]);
    await targets.delete(derived.id, actor);
    expect(await targets.findById(derived.id)).toBeNull();
    await expect(targets.delete(derived.id, actor)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('inserts many targets with one audit entry each, and names an unknown unit', async () => {
    const targets = createTargetRepository(db);
    const created = await targets.insertMany(
      [2027, 2028].map((year) =>
        buildTarget({ unitId, indicatorId: fishery, fromYear: year, toYear: year, value: year }),
      ),
      actor,
    );
    expect(created.map((t) => t.value)).toEqual([2027, 2028]);
    expect((await createAuditRepository(db).historyOf('target', created[1]!.id)).length).toBe(1);
    await expect(
      targets.insertMany([buildTarget({ unitId: 31_337, indicatorId: fishery })], actor),
    ).rejects.toMatchObject({ code: 'unknown_unit', message: 'unitId: no unit with id 31337' });
  });

  it('refuses to delete an indicator that has targets', async () => {
    await createTargetRepository(db).create(
      buildTarget({ unitId, indicatorId: shrimp, value: 29_003 }),
      actor,
    );
    await expect(createIndicatorRepository(db).delete(shrimp, actor)).rejects.toMatchObject({
      code: 'in_use',
    });
    expect((await createIndicatorRepository(db).findById(shrimp))?.code).toBe('TS_TOM');
  });
});
