// GET /api/submissions/warnings on both engines: the early warnings of a district's communes for March
// 2024 (read today, long after its deadline), scope refused outside the district, a bad period a 400.
import { beforeAll, describe, expect, it } from 'vitest';
import { daysLate, vietnamDay } from '../../core/submission';
import { buildObservation, buildRegime, buildTarget } from '../../db/factories';
import { createObservationRepository } from '../../db/observation.repository';
import { createRegimeRepository } from '../../db/regime.repository';
import { createTargetRepository } from '../../db/target.repository';
import { testDatabases } from '../../db/testing';
import { type Client, useTestApp } from '../testing';

const WARNINGS = '/api/submissions/warnings?regime=KTXH_THANG&period=2024-M3';
const read = (client: Client, url = WARNINGS) => client.request({ method: 'GET', url });

describe.each(testDatabases())('early warnings over the API on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'nl.damdoi'], { visitEditors: true });
  const { database, seed } = testApp;
  const [district, damDoi] = testApp.clients;

  beforeAll(async () => {
    const system = { userId: null };
    const { tom } = seed.indicators;
    await createRegimeRepository(database.db).create(
      buildRegime({
        reportingRootUnitId: seed.units.district.id,
        approvalUnitIds: [seed.units.district.id],
        indicatorIds: [tom.id],
      }),
      system,
    );
    const unit = { unitId: seed.units.tranThoi.id, indicatorId: tom.id };
    await createTargetRepository(database.db).create(
      buildTarget({ ...unit, fromYear: 2024, toYear: 2024, value: 100 }),
      system,
    );
    await createObservationRepository(database.db).insert(
      buildObservation({ ...unit, period: '2024-3M', value: 20 }),
      system,
    );
  });

  it('answers the district with each commune’s warnings and their reasons', async () => {
    const response = await read(district);
    expect(response.statusCode).toBe(200);
    const late = `late: quá hạn ${daysLate('2024-03-18', new Date().toISOString())} ngày (hạn 18/03/2024), chưa nộp báo cáo`;
    const body = response.json();
    expect([body.deadline, body.asOf]).toEqual(['2024-03-18', vietnamDay(new Date().toISOString())]);
    expect(
      body.units.map((u: { unit: { code: string }; warnings: { kind: string; reason: string }[] }) => [
        u.unit.code,
        u.warnings.map((w) => `${w.kind}: ${w.reason}`),
      ]),
    ).toEqual([
      ['DU_TRANTHOI', ['at_risk: ước cả năm 80,44 tấn (ước theo tiến độ), dưới chỉ tiêu 100 tấn', late]],
      ['DU_TANHUNGDONG', [late]],
      ['DU_TTCAINUOC', [late]],
    ]);
  });

  it('refuses another district’s editor with 403 naming the unit', async () => {
    const response = await read(damDoi, `${WARNINGS}&unit=HU_CAINUOC`);
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain('Huyện ủy Cái Nước');
  });

  it('answers a period outside the regime’s frequency with 400 naming the period', async () => {
    const response = await read(district, WARNINGS.replace('2024-M3', '2024-Q1'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'invalid_period',
      message: expect.stringContaining('2024-Q1'),
    });
  });
});
