// Test kit of the reminder tests: a province's communes under a calendar monthly regime due on the 18th of
// the next month (November 2026 → 18/12/2026), one call per database.
import type { Unit } from '../../core/types';
import type { Db } from '../../db/database';
import { buildRegime, buildUnit } from '../../db/factories';
import { createRegimeRepository } from '../../db/regime.repository';
import { createUnitRepository } from '../../db/unit.repository';

const system = { userId: null };

/** The province (first) and the communes named [code, name], in that order. */
export async function provinceWithCommunes(db: Db, communes: readonly [string, string][]): Promise<Unit[]> {
  const repo = createUnitRepository(db);
  const top = buildUnit({ code: 'TU_CAMAU', name: 'Đảng ủy tỉnh Cà Mau', kind: 'province_party' });
  const province = await repo.create(top, system);
  const made = [province];
  for (const [code, name] of communes) {
    made.push(
      await repo.create(buildUnit({ code, name, kind: 'commune_party', parentId: province.id }), system),
    );
  }
  return made;
}

/** KTXH_THANG over the province's communes, by calendar month, due on the 18th of the next month. */
export async function calendarMonthlyRegime(db: Db, province: Unit): Promise<void> {
  const rules = { cutoff: 'calendar', deadline: { kind: 'day_of_month', day: 18, monthsAfter: 1 } } as const;
  const regime = buildRegime({ ...rules, reportingRootUnitId: province.id, approvalUnitIds: [province.id] });
  await createRegimeRepository(db).create(regime, system);
}
