// The years a unit's subtree holds data for: what the first screen opens on, within the reader's scope.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildObservation, buildTarget } from '../../db/factories';
import { createObservationRepository } from '../../db/observation.repository';
import { createTargetRepository } from '../../db/target.repository';
import { testDatabases } from '../../db/testing';
import { type Client, useTestApp } from '../testing';

describe.each(testDatabases())('data years route on $name', ({ open }) => {
  const testApp = useTestApp(open, ['xem.cainuoc', 'nl.tranthoi']);
  const { seed, database } = testApp;
  const [viewer, communeEditor] = testApp.clients;

  beforeAll(async () => {
    const actor = { userId: null };
    const tom = seed.indicators.tom.id;
    // A commune's figures of 2022 and 2023, the district's term target 2021–2025 and a 2026 plan.
    await createObservationRepository(database.db).insert(
      buildObservation({ unitId: seed.units.tranThoi.id, indicatorId: tom, period: '2023-9M' }),
      actor,
    );
    await createObservationRepository(database.db).insert(
      buildObservation({ unitId: seed.units.tranThoi.id, indicatorId: tom, period: '2022' }),
      actor,
    );
    await createTargetRepository(database.db).insertMany(
      [
        buildTarget({ unitId: seed.units.district.id, indicatorId: tom, fromYear: 2021, toYear: 2025 }),
        buildTarget({ unitId: seed.units.district.id, indicatorId: tom, fromYear: 2026, toYear: 2026 }),
      ],
      actor,
    );
  });

  const yearsOf = (client: Client, unitId: number | string) =>
    client.request({ method: 'GET', url: `/api/units/${unitId}/data-years` });

  it("lists the district's years newest first, its communes' figures included", async () => {
    const response = await yearsOf(viewer, seed.units.district.id);
    expect(response.statusCode).toBe(200);
    expect(response.json().years).toEqual([
      { year: 2026, figures: false, targets: true },
      { year: 2025, figures: false, targets: true },
      { year: 2024, figures: false, targets: true },
      { year: 2023, figures: true, targets: true },
      { year: 2022, figures: true, targets: true },
      { year: 2021, figures: false, targets: true },
    ]);
  });

  it("gives a commune only its own years, and none of the district's targets", async () => {
    const response = await yearsOf(communeEditor, seed.units.tranThoi.id);
    expect(response.json().years).toEqual([
      { year: 2023, figures: true, targets: false },
      { year: 2022, figures: true, targets: false },
    ]);
    expect((await yearsOf(viewer, seed.units.thiTran.id)).json().years).toEqual([]);
  });

  it('refuses a unit outside the scope, an unknown unit and a malformed id with a 4xx saying which', async () => {
    const outside = await yearsOf(communeEditor, seed.units.district.id);
    expect([outside.statusCode, outside.json().message]).toEqual([
      403,
      'id: đơn vị "Huyện ủy Cái Nước" nằm ngoài phạm vi của bạn',
    ]);
    const unknown = await yearsOf(viewer, 999_999);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('id');
    const malformed = await yearsOf(viewer, 'abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toContain('id');
    expect(
      (await testApp.app.inject({ method: 'GET', url: `/api/units/${seed.units.district.id}/data-years` }))
        .statusCode,
    ).toBe(401);
  });
});
