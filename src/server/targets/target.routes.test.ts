// Create, read, update and delete of units, indicators and targets, with the field-naming refusals.
import { describe, expect, it } from 'vitest';
import { buildUnitLink } from '../../core/testing/factories';
import { testDatabases } from '../../db/testing';
import { shrimpTarget, useTestApp } from '../testing';

describe.each(testDatabases())('catalog and targets on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin', 'nl.cainuoc']);
  const { seed } = testApp;
  const [admin, editor] = testApp.clients;

  it('sets a resolution target of 29.004 tấn, reads it by unit and year, corrects and deletes it', async () => {
    const created = await editor.request({
      method: 'POST',
      url: '/api/targets',
      payload: shrimpTarget(seed, { document: 'Nghị quyết 12-NQ/HU' }),
    });
    expect(created.statusCode).toBe(201);
    const target = created.json().target;
    expect(target).toMatchObject({ fromYear: 2023, toYear: 2023, value: 29004, derivedFrom: null });
    const listed = await editor.request({
      method: 'GET',
      url: `/api/targets?unitId=${seed.units.district.id}&year=2023`,
    });
    expect(listed.json().targets.map((t: { value: number }) => t.value)).toEqual([29004]);
    const patched = await editor.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { value: 29500 },
    });
    expect(patched.json().target.value).toBe(29500);
    expect((await editor.request({ method: 'DELETE', url: `/api/targets/${target.id}` })).statusCode).toBe(
      204,
    );
    expect((await editor.request({ method: 'DELETE', url: `/api/targets/${target.id}` })).statusCode).toBe(
      404,
    );
  });

  it('names the field of a target term that ends before it starts, and of a negative target', async () => {
    const base = { unitId: seed.units.district.id, indicatorId: seed.indicators.tom.id, source: 'plan' };
    const term = await editor.request({
      method: 'POST',
      url: '/api/targets',
      payload: { ...base, fromYear: 2025, toYear: 2020, value: 1 },
    });
    expect(term.statusCode).toBe(400);
    expect(term.json()).toMatchObject({ error: 'invalid_input', field: 'body.toYear' });
    const negative = await editor.request({
      method: 'POST',
      url: '/api/targets',
      payload: { ...base, fromYear: 2023, value: -1 },
    });
    expect(negative.statusCode).toBe(422);
    expect(negative.json().error).toBe('out_of_range');
    const source = await editor.request({
      method: 'POST',
      url: '/api/targets',
      payload: { ...base, fromYear: 2023, value: 1, source: 'wish' },
    });
    expect(source.json().field).toBe('body.source');
  });

  it('requires unitId and year to list targets', async () => {
    const response = await editor.request({ method: 'GET', url: '/api/targets?year=2023' });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('query.unitId');
  });

  it('lets only admins change the indicator catalog, and refuses a duplicate code with 409', async () => {
    const indicator = {
      code: 'DAN_SO',
      nameVi: 'Dân số',
      measure: 'người',
      nature: 'stock',
      aggregation: { kind: 'sum' },
      polarity: 'higher_is_better',
      minValue: 0,
    };
    expect(
      (await editor.request({ method: 'POST', url: '/api/indicators', payload: indicator })).statusCode,
    ).toBe(403);
    const created = await admin.request({ method: 'POST', url: '/api/indicators', payload: indicator });
    expect(created.statusCode).toBe(201);
    expect(created.json().indicator).toMatchObject({
      code: 'DAN_SO',
      decimals: 0,
      maxValue: null,
      synonyms: [],
    });
    const again = await admin.request({ method: 'POST', url: '/api/indicators', payload: indicator });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('duplicate');
    const range = await admin.request({
      method: 'PATCH',
      url: `/api/indicators/${created.json().indicator.id}`,
      payload: { minValue: 10, maxValue: 5 },
    });
    expect(range.json()).toMatchObject({ error: 'invalid_input', field: 'body.maxValue' });
    const ratio = await admin.request({
      method: 'POST',
      url: '/api/indicators',
      payload: {
        ...indicator,
        code: 'BHYT_X',
        aggregation: { kind: 'ratio', numeratorCode: 'BHYT_SONGUOI' },
      },
    });
    expect(ratio.statusCode).toBe(400);
  });

  it('renames, merges and refuses dates out of order on units', async () => {
    const unit = (
      await admin.request({
        method: 'POST',
        url: '/api/units',
        payload: {
          code: 'XA_CU',
          name: 'Đảng ủy xã Cũ',
          kind: 'commune_party',
          parentId: seed.units.district.id,
        },
      })
    ).json().unit;
    const renamed = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { name: 'Đảng ủy xã Mới' },
    });
    expect(renamed.json().unit.name).toBe('Đảng ủy xã Mới');
    const dates = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { validFrom: '2025-07-01', validTo: '2020-01-01' },
    });
    expect(dates.json()).toMatchObject({ error: 'invalid_input', field: 'body.validTo' });
    const merged = await admin.request({
      method: 'POST',
      url: `/api/units/${unit.id}/merge`,
      payload: { successorId: seed.units.tranThoi.id, effectiveOn: '2025-07-01', kind: 'merge' },
    });
    // A whole merge with no share, basis or document.
    expect(merged.json().link).toEqual(
      buildUnitLink({
        predecessorId: unit.id,
        successorId: seed.units.tranThoi.id,
        kind: 'merge',
        effectiveOn: '2025-07-01',
      }),
    );
    const read = (await admin.request({ method: 'GET', url: `/api/units/${seed.units.tranThoi.id}` })).json();
    expect(read.predecessors.map((l: { predecessorId: number }) => l.predecessorId)).toEqual([unit.id]);
    expect((await admin.request({ method: 'GET', url: '/api/units/abc' })).json().field).toBe('params.id');
    expect((await admin.request({ method: 'GET', url: '/api/units/9999' })).statusCode).toBe(404);
  });
});
