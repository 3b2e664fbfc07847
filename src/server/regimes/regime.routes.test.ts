// Regimes over the API: admins set them up (bad rules refused with the field named), users read those
// touching their scope.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRegime } from '../../db/factories';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { useTestApp } from '../testing';

describe.each(testDatabases())('regimes on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin', 'nl.cainuoc', 'nl.damdoi'], { visitEditors: true });
  const { database, seed } = testApp;
  const [admin, districtEditor, damDoi] = testApp.clients;

  const monthly = () =>
    buildRegime({
      reportingRootUnitId: seed.units.district.id,
      approvalUnitIds: [seed.units.district.id],
      indicatorIds: [seed.indicators.bhyt.id, seed.indicators.tom.id],
    });
  const create = (payload: object, client = admin) =>
    client.request({ method: 'POST', url: '/api/regimes', payload });

  beforeEach(async () => {
    await emptyAllButSeed(database.db);
  });

  it('creates a regime and lists it with its reporting units and indicators in order', async () => {
    const created = await create(monthly());
    expect(created.statusCode).toBe(201);
    const { regimes } = (await districtEditor.request({ method: 'GET', url: '/api/regimes' })).json();
    const { reportingRootUnitId: _root, reportingUnitKind: _kind, ...fields } = monthly();
    expect(regimes).toEqual([
      {
        id: created.json().regime.id,
        ...fields,
        reportingUnits: {
          root: { id: seed.units.district.id, code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' },
          kind: 'commune_party',
        },
      },
    ]);
    expect(fields.indicatorIds).toEqual([seed.indicators.bhyt.id, seed.indicators.tom.id]);
  });

  it('shows a regime only to users whose scope it touches', async () => {
    await create(monthly());
    const seen = await damDoi.request({ method: 'GET', url: '/api/regimes' });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual({ regimes: [] });
  });

  it('lets only admins create one', async () => {
    const refused = await create(monthly(), districtEditor);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('forbidden');
  });

  it.each([
    [
      'a deadline before the cut-off',
      { deadline: { kind: 'day_of_month', day: 10, monthsAfter: 0 } },
      400,
      'invalid_input',
      'deadline: the report would be due on 10/01/2024, not after the cut-off ends on 14/01/2024',
    ],
    [
      'no reporting units',
      { reportingUnitKind: 'commune_state' },
      400,
      'invalid_input',
      'reportingUnitKind: no unit of kind commune_state under "Huyện ủy Cái Nước": the regime would have no reporting units',
    ],
    [
      'an unknown reporting root',
      { reportingRootUnitId: 9999 },
      404,
      'unknown_unit',
      'reportingRootUnitId: no unit with id 9999',
    ],
    [
      'an unknown indicator',
      { indicatorIds: [9999] },
      404,
      'unknown_indicator',
      'indicatorIds[0]: no indicator with id 9999',
    ],
    ['no approval level', { approvalUnitIds: [] }, 400, 'invalid_input', 'approvalUnitIds'],
  ])('refuses %s with the field named and writes nothing', async (_, change, status, error, message) => {
    const response = await create({ ...monthly(), ...change });
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toBe(error);
    expect(response.json().message).toContain(message);
    expect((await admin.request({ method: 'GET', url: '/api/regimes' })).json()).toEqual({ regimes: [] });
  });

  it('gives a period its NĐ 09 window, its deadline and the communes that must report', async () => {
    await create(monthly());
    const response = await districtEditor.request({
      method: 'GET',
      url: '/api/regimes/KTXH_THANG/periods/2024-M3',
    });
    expect(response.json()).toEqual({
      regime: 'KTXH_THANG',
      period: '2024-M3',
      window: { from: '2024-02-15', to: '2024-03-14' },
      deadline: '2024-03-18',
      units: [
        { code: 'DU_TRANTHOI', name: 'Đảng ủy xã Trần Thới' },
        { code: 'DU_TANHUNGDONG', name: 'Đảng ủy xã Tân Hưng Đông' },
        { code: 'DU_TTCAINUOC', name: 'Đảng ủy thị trấn Cái Nước' },
      ],
    });
  });

  it('refuses a period outside the regime’s frequency, and a regime outside the scope', async () => {
    await create(monthly());
    const quarter = await districtEditor.request({
      method: 'GET',
      url: '/api/regimes/KTXH_THANG/periods/2024-Q1',
    });
    expect(quarter.statusCode).toBe(400);
    expect(quarter.json()).toMatchObject({
      error: 'invalid_period',
      message: "period: '2024-Q1' is not a period of regime KTXH_THANG, which reports by month",
    });
    const hidden = await damDoi.request({ method: 'GET', url: '/api/regimes/KTXH_THANG/periods/2024-M3' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().message).toBe('code: no regime with code KTXH_THANG in your scope');
  });

  it('refuses a second regime with the same code', async () => {
    await create(monthly());
    const again = await create(monthly());
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('code: a regime with code KTXH_THANG already exists');
  });
});
