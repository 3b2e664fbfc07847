// The units the NQ 1655 fixture for xã Cái Nước names: the new province and the four old communes.
import { buildUnit } from '../../db/factories';
import type { UnitRepository } from '../../db/unit.repository';

/** Creates the new Đảng bộ tỉnh Cà Mau (from 1/7/2025) and the four communes xã Cái Nước is formed from. */
export async function seedCaiNuocPredecessors(units: UnitRepository): Promise<void> {
  const by = { userId: null };
  const province = buildUnit({
    code: 'TU_CAMAU_MOI',
    name: 'Đảng bộ tỉnh Cà Mau',
    kind: 'province_party',
    validFrom: '2025-07-01',
  });
  await units.create(province, by);
  for (const [code, name] of [
    ['DU_TT_CAINUOC', 'Đảng ủy thị trấn Cái Nước'],
    ['DU_TRANTHOI', 'Đảng ủy xã Trần Thới'],
    ['DU_DONGTHOI', 'Đảng ủy xã Đông Thới'],
    ['DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông'],
  ] as const)
    await units.create(buildUnit({ code, name, kind: 'commune_party' }), by);
}
