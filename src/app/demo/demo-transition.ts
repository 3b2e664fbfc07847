// The demo lives through 1/7/2025: the province arrangement of NQ 202/2025/QH15 (Bạc Liêu and Cà Mau
// become the new Cà Mau; Huyện ủy Cái Nước ends, NQ 203/2025/QH15) and the commune arrangement of NQ 1655/
// NQ-UBTVQH15 for xã Cái Nước, applied through the same import an administrator uses, shipped files and all.
import { readFile } from 'node:fs/promises';
import type { Unit } from '../../core/types';
import type { Actor } from '../../db/audit.repository';
import type { Db } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import { CONSOLE_OPERATOR } from '../access/unit-scope';
import { type ArrangementOutcome, createArrangementService } from '../units/arrangement.service';

/** Under fixtures/arrangements/, in the order they take effect (the province before its communes). */
export const DEMO_ARRANGEMENT_FILES = ['202-ca-mau.csv', '1655-cai-nuoc.csv'] as const;

/** The predecessors the arrangements name that the 2023 example does not: they exist from before 2023. */
const PREDECESSORS = [
  { code: 'TU_BACLIEU', name: 'Tỉnh ủy Bạc Liêu', kind: 'province_party', parentCode: null },
  { code: 'DU_DONGTHOI', name: 'Đảng ủy xã Đông Thới', kind: 'commune_party', parentCode: 'HU_CAINUOC' },
] as const;

async function createPredecessors(db: Db, actor: Actor): Promise<void> {
  const units = createUnitRepository(db);
  for (const u of PREDECESSORS) {
    const parent: Unit | null = u.parentCode ? await units.findByCode(u.parentCode) : null;
    await units.create({ code: u.code, name: u.name, kind: u.kind, parentId: parent?.id ?? null }, actor);
  }
}

/**
 * Applies the 2025 arrangements to the loaded 2023 demo; open directives of the units that end move on.
 * @example await applyDemoTransition(db, system) → [{ newUnits: [TU_CAMAU_MOI], … }, { newUnits: [DU_XA_CAINUOC], … }]
 */
export async function applyDemoTransition(db: Db, actor: Actor): Promise<ArrangementOutcome[]> {
  await createPredecessors(db, actor);
  const arrangements = createArrangementService(db);
  const outcomes: ArrangementOutcome[] = [];
  for (const name of DEMO_ARRANGEMENT_FILES) {
    const bytes = await readFile(new URL(`../../../fixtures/arrangements/${name}`, import.meta.url));
    const operator = { ...CONSOLE_OPERATOR, id: actor.userId };
    outcomes.push(await arrangements.arrange(operator, { name, bytes }, { dryRun: false }));
  }
  return outcomes;
}
