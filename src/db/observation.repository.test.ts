import { type SQLWrapper, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from './audit.repository';
import { type Db, rowsOf } from './database';
import { buildIndicator, buildObservation, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import {
  createObservationRepository,
  type ObservationInput,
  scorecardQuery,
  totalsQuery,
} from './observation.repository';
import { emptyAllButSeed, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const actor = { userId: null };

describe.each(testDatabases())('observation repository on $name', ({ name, open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let district: number;
  let communes: number[];
  let shrimp: number;
  let other: number;

  beforeAll(async () => {
    ({ db, close } = await open());
    const units = createUnitRepository(db);
    district = (await units.create(buildUnit(), actor)).id;
    communes = [];
    for (const [code, name] of [
      ['DU_TRANTHOI', 'Đảng ủy xã Trần Thới'],
      ['DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông'],
    ] as const) {
      communes.push(
        (await units.create(buildUnit({ code, name, kind: 'commune_party', parentId: district }), actor)).id,
      );
    }
    const indicators = createIndicatorRepository(db);
    shrimp = (await indicators.create(buildIndicator(), actor)).id;
    other = (
      await indicators.create(
        buildIndicator({ code: 'TS_SANLUONG', nameVi: 'Tổng sản lượng thủy sản' }),
        actor,
      )
    ).id;
  });
  afterAll(() => close());
  // Each test starts from the units and indicators above and no figure, whatever ran before it.
  beforeEach(() => emptyAllButSeed(db));

  it('inserts a figure at version 1 with its provenance and an audit entry', async () => {
    const observations = createObservationRepository(db);
    const created = await observations.insert(buildObservation({ unitId: district, indicatorId: shrimp }), {
      userId: null,
    });
    expect(created).toEqual({
      id: created.id,
      unitId: district,
      indicatorId: shrimp,
      period: '2023-YTD-2023-11-17',
      kind: 'actual',
      value: 24937,
      note: null,
      provenance: { kind: 'entered', userId: null },
      version: 1,
    });
    expect(await observations.findById(created.id)).toEqual(created);
    const history = await createAuditRepository(db).historyOf('observation', created.id);
    expect(history.map((h) => [h.action, h.before, (h.after as { value: number }).value])).toEqual([
      ['create', null, 24937],
    ]);
  });

  it('maps a duplicate figure, an unknown unit or indicator and a bad period to domain codes', async () => {
    const observations = createObservationRepository(db);
    await observations.insert(buildObservation({ unitId: district, indicatorId: shrimp }), actor);
    await expect(
      observations.insert(buildObservation({ unitId: district, indicatorId: shrimp }), actor),
    ).rejects.toMatchObject({
      code: 'duplicate',
      message: `period: unit ${district} already has a figure (actual) of indicator ${shrimp} for 2023-YTD-2023-11-17`,
    });
    await expect(
      observations.insert(buildObservation({ unitId: 98765, indicatorId: shrimp }), actor),
    ).rejects.toMatchObject({
      code: 'unknown_unit',
      message: 'unitId: no unit with id 98765',
    });
    await expect(
      observations.insert(buildObservation({ unitId: district, indicatorId: 4321 }), actor),
    ).rejects.toMatchObject({
      code: 'unknown_indicator',
      message: 'indicatorId: no indicator with id 4321',
    });
    await expect(
      observations.insert(
        buildObservation({ unitId: district, indicatorId: shrimp, period: 'tháng 10' }),
        actor,
      ),
    ).rejects.toMatchObject({ code: 'invalid_period' });
  });

  it('updates only from the current version and answers a stale one with the current row', async () => {
    const observations = createObservationRepository(db);
    const created = await observations.insert(
      buildObservation({
        unitId: district,
        indicatorId: shrimp,
        period: '2023',
        kind: 'estimate',
        value: 29_000,
      }),
      actor,
    );
    const updated = await observations.updateWithVersion(
      created.id,
      { value: 29_100, version: 1 },
      { userId: null },
    );
    expect([updated.value, updated.version, updated.note]).toEqual([29_100, 2, null]);
    const stale = observations.updateWithVersion(created.id, { value: 1, version: 1 }, actor);
    await expect(stale).rejects.toMatchObject({
      code: 'stale_version',
      details: { current: { id: created.id, value: 29_100, version: 2 } },
    });
    await expect(observations.delete(created.id, 1, actor)).rejects.toMatchObject({ code: 'stale_version' });
    const history = await createAuditRepository(db).historyOf('observation', created.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]).toMatchObject({
      before: { value: 29_000, version: 1 },
      after: { value: 29_100, version: 2 },
    });
    await observations.delete(created.id, 2, actor);
    expect(await observations.findById(created.id)).toBeNull();
    await expect(
      observations.updateWithVersion(created.id, { value: 1, version: 2 }, actor),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  /**
   * The district's 24.937 tấn of shrimp to 17/11/2023 and 24.629 tấn a year before, an older 2021 figure,
   * and the communes' October: 9.000 and 7.500 tấn of shrimp, 12.000 tấn of the other indicator.
   */
  const insertScorecardFigures = async () => {
    const observations = createObservationRepository(db);
    await observations.insert(buildObservation({ unitId: district, indicatorId: shrimp }), actor);
    const rows: ObservationInput[] = [
      buildObservation({
        unitId: district,
        indicatorId: shrimp,
        period: '2022-YTD-2022-11-17',
        value: 24_629,
      }),
      buildObservation({ unitId: district, indicatorId: shrimp, period: '2021', value: 20_000 }),
      buildObservation({ unitId: communes[0]!, indicatorId: shrimp, period: '2023-M10', value: 9_000 }),
      buildObservation({ unitId: communes[1]!, indicatorId: shrimp, period: '2023-M10', value: 7_500 }),
      buildObservation({ unitId: communes[1]!, indicatorId: other, period: '2023-M10', value: 12_000 }),
    ];
    expect(await observations.insertMany(rows, actor)).toBe(5);
  };

  it('selects own, children and prior-year figures for a scorecard, and nothing older or elsewhere', async () => {
    const observations = createObservationRepository(db);
    await insertScorecardFigures();
    const found = await observations.findForScorecard({
      unitIds: [district, ...communes],
      fromYear: 2022,
      toYear: 2023,
    });
    const byKey = (o: { unitId: number; indicatorId: number; period: string }) =>
      `${o.unitId}|${o.indicatorId}|${o.period}`;
    // In no particular order: the test sorts.
    const sorted = [...found].sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1));
    expect(sorted.map((o) => [o.unitId, o.indicatorId, o.period, o.value])).toEqual([
      [district, shrimp, '2022-YTD-2022-11-17', 24_629],
      [district, shrimp, '2023-YTD-2023-11-17', 24_937],
      [communes[0], shrimp, '2023-M10', 9_000],
      [communes[1], shrimp, '2023-M10', 7_500],
      [communes[1], other, '2023-M10', 12_000],
    ]);
    const communesOnly = await observations.findForScorecard({
      unitIds: [communes[0]!],
      fromYear: 2023,
      toYear: 2023,
    });
    expect(communesOnly.map((o) => o.value)).toEqual([9_000]);
  });

  it('sums children per period in SQL with the number reporting', async () => {
    await insertScorecardFigures();
    const totals = await createObservationRepository(db).totalsForPeriods({
      unitIds: communes,
      periods: ['2023-M10', '2023-M09'],
    });
    expect(totals).toEqual([
      { indicatorId: shrimp, period: '2023-M10', kind: 'actual', total: 16_500, reporting: 2 },
      { indicatorId: other, period: '2023-M10', kind: 'actual', total: 12_000, reporting: 1 },
    ]);
  });

  it('filters figures by unit, year, period and indicator', async () => {
    const observations = createObservationRepository(db);
    await insertScorecardFigures();
    const byYear = await observations.findMany({ unitIds: [district], year: 2022 });
    expect(byYear.map((o) => o.value)).toEqual([24_629]);
    const byPeriod = await observations.findMany({ period: '2023-M10', indicatorId: shrimp });
    expect(byPeriod.map((o) => o.value)).toEqual([9_000, 7_500]);
  });

  it('inserts 12,001 rows across chunks with one audit entry each, and rolls all back on one bad row', async () => {
    const observations = createObservationRepository(db);
    const rows = Array.from({ length: 12_001 }, (_, i) =>
      buildObservation({ unitId: communes[i % 2]!, indicatorId: other, period: `2020-X${i}`, value: i }),
    );
    expect(await db.transaction((tx) => observations.insertMany(rows, actor, tx))).toBe(12_001);
    const [counted] = await rowsOf<{ n: number; audited: number }>(
      db,
      sql`select (select count(*)::int from observations where period like '2020-X%') as n,
        (select count(*)::int from audit_entries a join observations o on o.id = a.entity_id
          where a.entity = 'observation' and o.period like '2020-X%') as audited`,
    );
    expect(counted).toEqual({ n: 12_001, audited: 12_001 });

    const bad = [
      buildObservation({ unitId: district, indicatorId: other, period: '2019-M01', value: 1 }),
      buildObservation({ unitId: 55555, indicatorId: other, period: '2019-M02', value: 2 }),
    ];
    const attempt = db.transaction((tx) => observations.insertMany(bad, actor, tx));
    await expect(attempt).rejects.toMatchObject({
      code: 'unknown_unit',
      message: 'unitId: no unit with id 55555 (rows from 1)',
    });
    expect(await observations.findMany({ year: 2019 })).toEqual([]);
  });

  it('can record a bulk insert as one audit entry that each imported figure names', async () => {
    const observations = createObservationRepository(db);
    const rows = [1, 2, 3].map((m) =>
      buildObservation({
        unitId: district,
        indicatorId: other,
        period: `2018-M0${m}`,
        value: m * 100,
        provenance: { kind: 'imported', file: 'quy-1.csv', row: m + 1, userId: null },
      }),
    );
    const inserted = await db.transaction((tx) =>
      observations.insertMany(rows, { userId: null }, tx, { audit: 'summary' }),
    );
    expect(inserted).toBe(3);
    const stored = await observations.findMany({ year: 2018 });
    expect(stored.map((o) => o.value)).toEqual([100, 200, 300]);
    expect(await createAuditRepository(db).historyOf('observation', stored[0]!.id)).toEqual([]);
    const importIds = stored.map((o) => (o.provenance.kind === 'imported' ? o.provenance.importId : null));
    expect(new Set(importIds).size).toBe(1);
    const importId = importIds[0]!;
    expect(stored[2]!.provenance).toEqual({
      kind: 'imported',
      file: 'quy-1.csv',
      row: 4,
      userId: null,
      importId,
    });
    const [entry] = await createAuditRepository(db).historyOf('observation_import', importId);
    expect(entry).toMatchObject({ id: importId, entityId: importId, action: 'create', userId: null });
    expect(entry?.after).toEqual({ count: 3, files: ['quy-1.csv'] });
  });

  it('writes an import exactly as given, and a bad row fails all of it naming the row on a server', async () => {
    const observations = createObservationRepository(db);
    const imported = (period: string, note: string | null, row: number) =>
      buildObservation({
        unitId: district,
        indicatorId: other,
        period,
        value: row * 1.25,
        note,
        provenance: { kind: 'imported', file: 'báo cáo\\quý\t4.csv', row, userId: null },
      });
    const rows = [
      imported('2016-M01', 'tôm\tthẻ\nchân trắng \\ "sú"', 2),
      imported('2016-M02', null, 3),
      imported('2016-M03', '\\N', 4),
    ];
    const inserted = await db.transaction((tx) =>
      observations.insertMany(rows, { userId: null }, tx, { audit: 'summary' }),
    );
    expect(inserted).toBe(3);
    const stored = await observations.findMany({ year: 2016 });
    expect(stored.map((o) => [o.period, o.note, o.value])).toEqual([
      ['2016-M01', 'tôm\tthẻ\nchân trắng \\ "sú"', 2.5],
      ['2016-M02', null, 3.75],
      ['2016-M03', '\\N', 5],
    ]);
    expect(stored[0]!.provenance).toMatchObject({ file: 'báo cáo\\quý\t4.csv', row: 2 });

    const bad = [
      imported('2015-M01', null, 2),
      imported('2015-M02', null, 3),
      { ...imported('2015-M03', null, 4), unitId: 55555 },
    ];
    const attempt = db.transaction((tx) =>
      observations.insertMany(bad, { userId: null }, tx, { audit: 'summary' }),
    );
    // PGlite's chunked insert names the chunk's first row; a server's COPY checks foreign keys at its end.
    await expect(attempt).rejects.toMatchObject({
      code: 'unknown_unit',
      message: `unitId: no unit with id 55555${name === 'postgres' ? '' : ' (rows from 1)'}`,
    });
    const repeated = [imported('2015-M01', null, 2), imported('2015-M01', null, 3)];
    const repeating = db.transaction((tx) =>
      observations.insertMany(repeated, { userId: null }, tx, { audit: 'summary' }),
    );
    // A server's COPY names the line of the clash.
    await expect(repeating).rejects.toMatchObject({
      code: 'duplicate',
      message: expect.stringMatching(name === 'postgres' ? /\(row 2\)$/ : /\(rows from 1\)$/),
    });
    expect(await observations.findMany({ year: 2015 })).toEqual([]);
  });

  it('finds which keys of an import already have a figure, by position', async () => {
    const observations = createObservationRepository(db);
    const stored = { unitId: district, indicatorId: other, period: '2017-M05', kind: 'actual' as const };
    await observations.insert(buildObservation({ ...stored, value: 5 }), actor);
    const keys = [
      { ...stored, period: '2017-M04' },
      stored,
      { ...stored, kind: 'estimate' as const },
      { ...stored, unitId: communes[0]! },
      stored,
    ];
    expect(await observations.findStoredKeys(keys)).toEqual([1, 4]);
    expect(await observations.findStoredKeys([])).toEqual([]);
  });

  it('reads the scorecard and children totals through their indexes', async () => {
    const plan = (query: SQLWrapper) =>
      db.transaction(async (tx) => {
        // Tiny test tables favour a sequential scan; turning it off asks whether the index can serve the query.
        await tx.execute(sql`set local enable_seqscan = off`);
        const rows = await rowsOf<Record<string, string>>(tx, sql`explain ${query}`);
        return rows.map((r) => Object.values(r)[0]).join('\n');
      });
    const scope = { unitIds: [district, ...communes], fromYear: 2022, toYear: 2023 };
    expect(await plan(scorecardQuery(db, scope))).toContain('observations_unit_year_idx');
    expect(await plan(totalsQuery({ unitIds: communes, periods: ['2023-M10'] }))).toContain(
      'observations_period_unit_idx',
    );
  });

  it('keeps the audit trail append-only', async () => {
    // A figure's audit entry to forge: the trigger runs for each row, so an empty trail would prove nothing.
    await createObservationRepository(db).insert(
      buildObservation({ unitId: district, indicatorId: shrimp }),
      actor,
    );
    const refused = { cause: { message: 'audit_entries is append-only' } };
    await expect(db.execute(sql`update audit_entries set action = 'forged'`)).rejects.toMatchObject(refused);
    await expect(db.execute(sql`delete from audit_entries`)).rejects.toMatchObject(refused);
    const [trail] = await rowsOf<{ n: number; forged: number }>(
      db,
      sql`select count(*)::int as n, count(*) filter (where action = 'forged')::int as forged from audit_entries`,
    );
    expect(trail).toEqual({ n: 1, forged: 0 });
  });
});
