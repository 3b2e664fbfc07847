// The two levels most database and use-case tests start from, stored: Tỉnh ủy Cà Mau and Huyện ủy Cái Nước
// under it. A test adds what it is about (communes, a second district) with the factories.
import type { Unit } from '../core/types';
import type { Actor } from './audit.repository';
import type { Db } from './database';
import { buildProvince, buildUnit } from './factories';
import { createUnitRepository, type UnitRepository } from './unit.repository';

export interface ProvinceAndDistrict {
  units: UnitRepository;
  province: Unit;
  district: Unit;
}

/**
 * Creates the province, then the district under it, written by the actor (the console unless given).
 * @example const { units, district } = await seedProvinceAndDistrict(db) → district.code 'HU_CAINUOC'
 */
export async function seedProvinceAndDistrict(
  db: Db,
  actor: Actor = { userId: null },
): Promise<ProvinceAndDistrict> {
  const units = createUnitRepository(db);
  const province = await units.create(buildProvince(), actor);
  const district = await units.create(buildUnit({ parentId: province.id }), actor);
  return { units, province, district };
}
