// The small world the use-case tests run in: Tỉnh ủy Cà Mau over Huyện ủy Cái Nước (with, when asked,
// Đảng ủy xã Trần Thới under it) and Huyện ủy Đầm Dơi, and accounts scoped to any of them.
import type { Indicator, Role, Unit, User } from '../../core/types';
import { seedProvinceAndDistrict } from '../../db/ca-mau.testing';
import type { Db } from '../../db/database';
import { buildCommune, buildIndicator, buildUnit } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';

/** The actor of the seeding: no user, as the console writes it. */
export const SYSTEM = { userId: null };

export interface CaMau {
  province: Unit;
  district: Unit;
  other: Unit;
}

/**
 * Creates the units in this order: province, district, other.
 * @example const { district, other } = await seedCaMau(db) → district.code 'HU_CAINUOC', other 'HU_DAMDOI'
 */
export async function seedCaMau(db: Db): Promise<CaMau> {
  const { units, province, district } = await seedProvinceAndDistrict(db, SYSTEM);
  const other = await units.create(
    buildUnit({ code: 'HU_DAMDOI', name: 'Huyện ủy Đầm Dơi', parentId: province.id }),
    SYSTEM,
  );
  return { province, district, other };
}

/** Đảng ủy xã Trần Thới under the district. */
export function addTranThoi(db: Db, district: Unit): Promise<Unit> {
  return createUnitRepository(db).create(buildCommune({ parentId: district.id }), SYSTEM);
}

/** An account stored as is (no password to check), scoped to the unit or to everything. */
export function addAccount(
  db: Db,
  username: string,
  role: Role,
  scope: Unit | null,
  displayName = 'Cán bộ',
): Promise<User> {
  return createUserRepository(db).create(
    { username, passwordHash: 'x', displayName, role, scopeUnitId: scope?.id ?? null },
    SYSTEM,
  );
}

export interface CaiNuocDesk extends CaMau {
  tom: Indicator;
  editor: User;
  viewer: User;
}

/** Cà Mau with the shrimp indicator, and an editor and a viewer of Cái Nước who enter and read its figures. */
export async function seedCaiNuocDesk(db: Db): Promise<CaiNuocDesk> {
  const world = await seedCaMau(db);
  return {
    ...world,
    tom: await createIndicatorRepository(db).create(buildIndicator(), SYSTEM),
    editor: await addAccount(db, 'nl.cainuoc', 'editor', world.district, 'Nguyễn Văn Nhập'),
    viewer: await addAccount(db, 'xem.cainuoc', 'viewer', world.district, 'Cán bộ xem'),
  };
}
