import { describe, expect, it } from 'vitest';
import { buildUnitLink } from '../core/testing/factories';
import { buildUnit } from './factories';
import { seededDatabase, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const admin = { userId: null };

describe.each(testDatabases())('unit lineage on $name', (database) => {
  const world = seededDatabase(database, async (db) => ({ units: createUnitRepository(db) }));

  const unit = (code: string, overrides: Parameters<typeof buildUnit>[0] = {}) =>
    world.units.create(buildUnit({ code, name: code, kind: 'commune_party', ...overrides }), admin);

  it('stores a part with its share, basis and document, and a split as a part by default', async () => {
    const dongThoi = await unit('LN_DONGTHOI');
    const caiNuoc = await unit('LN_XA_CAINUOC');
    const other = await unit('LN_XA_KHAC');
    const input = buildUnitLink({
      predecessorId: dongThoi.id,
      successorId: caiNuoc.id,
      scope: 'part',
      share: 0.4,
      basis: 'population',
      document: '1655/NQ-UBTVQH15',
    });
    const part = await world.units.linkSuccessor(input, admin);
    const split = await world.units.linkSuccessor(
      { predecessorId: dongThoi.id, successorId: other.id, kind: 'split', effectiveOn: '2025-07-01' },
      admin,
    );
    expect(part).toEqual(input);
    expect([split.scope, split.share, split.basis]).toEqual(['part', null, null]);
    expect((await world.units.findLinks(dongThoi.id)).successors).toEqual([part, split]);
  });

  it('refuses a share outside (0, 1], on a whole, or without its basis, naming the field', async () => {
    const a = await unit('LN_BAD_A');
    const b = await unit('LN_BAD_B');
    const link = {
      predecessorId: a.id,
      successorId: b.id,
      kind: 'merge',
      effectiveOn: '2025-07-01',
    } as const;
    await expect(
      world.units.linkSuccessor({ ...link, scope: 'part', share: 1.2, basis: 'area' }, admin),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'share' });
    await expect(
      world.units.linkSuccessor({ ...link, scope: 'whole', share: 0.5, basis: 'area' }, admin),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'share' });
    await expect(
      world.units.linkSuccessor({ ...link, scope: 'part', share: 0.5 }, admin),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'basis',
    });
    expect((await world.units.findLinks(a.id)).successors).toEqual([]);
  });

  it('reads every link on a path into a unit, through a chain, and stops at a cycle', async () => {
    const a = await unit('LN_A');
    const b = await unit('LN_B');
    const c = await unit('LN_C');
    const d = await unit('LN_D');
    const link = (from: number, to: number, effectiveOn: string) =>
      world.units.linkSuccessor({ predecessorId: from, successorId: to, kind: 'merge', effectiveOn }, admin);
    await link(a.id, b.id, '2023-01-01');
    await link(b.id, d.id, '2025-07-01');
    await link(c.id, d.id, '2025-07-01');
    // A mistaken link back from D to A must not make the query loop.
    await link(d.id, a.id, '2026-01-01');
    const lineage = await world.units.findLineage(d.id);
    expect(lineage.map((l) => [l.predecessorId, l.successorId, l.effectiveOn])).toEqual([
      [a.id, b.id, '2023-01-01'],
      [b.id, d.id, '2025-07-01'],
      [c.id, d.id, '2025-07-01'],
      [d.id, a.id, '2026-01-01'],
    ]);
    expect((await world.units.findLineage(c.id)).length).toBe(0);
  });

  it('finds the units below a root at any depth, ended ones included', async () => {
    const province = await unit('LN_TINH', { kind: 'province_party' });
    const district = await unit('LN_HUYEN', {
      kind: 'district_party',
      parentId: province.id,
      validTo: '2025-06-30',
    });
    const oldCommune = await unit('LN_XA_CU', { parentId: district.id, validTo: '2025-06-30' });
    const newCommune = await unit('LN_XA_MOI', { parentId: province.id, validFrom: '2025-07-01' });
    const below = await world.units.findDescendants(province.id);
    expect(below.map((u) => [u.id, u.parentId, u.validFrom, u.validTo])).toEqual([
      [district.id, province.id, null, '2025-06-30'],
      [oldCommune.id, district.id, null, '2025-06-30'],
      [newCommune.id, province.id, '2025-07-01', null],
    ]);
    expect(await world.units.findDescendants(newCommune.id)).toEqual([]);
  });
});
