// Importing an arrangement (the annex of a resolution like 1655/NQ-UBTVQH15): a preview that writes
// nothing, or the whole plan applied in one transaction: new units, predecessors ended, links recorded.
import { type ArrangementPlan, planArrangement } from '../../core/arrangement/arrangement-plan';
import { DomainError } from '../../core/errors';
import type { User } from '../../core/types';
import type { Db } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import { ARRANGEMENT_COLUMNS } from '../../documents/arrangement-columns';
import { readImportRows } from '../../documents/import-rows';
import { invalidRows } from '../import/import.service';
import {
  type DirectiveMove,
  directiveMoves,
  moveDirectives,
  requireReceivers,
} from './arrangement-directives';
import {
  type EndingAccount,
  endingAccounts,
  type InheritedFigures,
  inheritedFigures,
} from './arrangement-effects';

export interface ArrangementOptions {
  dryRun: boolean;
  effectiveOn?: string | null;
  document?: string | null;
}

export interface ArrangementOutcome extends ArrangementPlan {
  applied: boolean;
  /** Open directives led by a unit that ends, and the unit each moves to (moved when applied). */
  directiveMoves: DirectiveMove[];
  /** Per link: the predecessor's figures, and whether the successor's series takes them in. */
  inheritedFigures: InheritedFigures[];
  /** Accounts scoped to a unit that ends: to be moved to the new unit by an administrator. */
  endingAccounts: EndingAccount[];
}

/** Who arranges: a signed-in user, or the machine's operator at the command line (no account, id null). */
export type Arranger = Pick<User, 'role' | 'scopeUnitId'> & { id: number | null };

/** An arrangement changes the structure across a province: only an administrator of every unit. */
function requireWholeAdmin(actor: Arranger): void {
  if (actor.role !== 'admin' || actor.scopeUnitId !== null)
    throw new DomainError('forbidden', null, 'chỉ quản trị toàn hệ thống được nhập phương án sắp xếp');
}

export function createArrangementService(db: Db) {
  const units = createUnitRepository(db);

  async function preview(fileName: string, bytes: Uint8Array, options: ArrangementOptions) {
    const read = await readImportRows(fileName, bytes, ARRANGEMENT_COLUMNS);
    if (read.kind === 'invalid') throw invalidRows(read.problems);
    const all = await units.findAll();
    const links = (await Promise.all(all.map((u) => units.findLinks(u.id)))).flatMap((l) => l.successors);
    const result = planArrangement(read.rows, { units: all, links, ...options });
    if (result.kind === 'invalid') throw invalidRows(result.problems);
    const effects = {
      directiveMoves: await directiveMoves(db, result.plan, all),
      inheritedFigures: await inheritedFigures(db, result.plan, all),
      endingAccounts: await endingAccounts(db, result.plan, all),
    };
    return { plan: result.plan, effects };
  }

  async function apply(plan: ArrangementPlan, moves: DirectiveMove[], actor: Arranger): Promise<void> {
    const by = { userId: actor.id };
    await db.transaction(async (tx) => {
      const ids = new Map((await units.findAll(tx)).map((u) => [u.code, u.id]));
      for (const u of plan.newUnits) {
        const parentId = u.parentCode === null ? null : (ids.get(u.parentCode) ?? null);
        const created = await units.create({ ...u, parentId, validTo: null }, by, tx);
        ids.set(created.code, created.id);
      }
      for (const u of plan.endingUnits) await units.update(ids.get(u.code)!, { validTo: u.validTo }, by, tx);
      for (const l of plan.links) {
        const { scope, share, basis, effectiveOn, document } = l;
        const link = { predecessorId: ids.get(l.predecessorCode)!, successorId: ids.get(l.successorCode)! };
        const kind = scope === 'whole' ? 'merge' : 'split';
        await units.linkSuccessor({ ...link, kind, scope, share, basis, effectiveOn, document }, by, tx);
      }
      await moveDirectives(tx, plan, moves, ids, by);
    });
  }

  return {
    /** The plan of a file, applied unless `dryRun`; throws `invalid_rows` listing every bad row. */
    async arrange(
      actor: Arranger,
      file: { name: string; bytes: Uint8Array },
      options: ArrangementOptions,
    ): Promise<ArrangementOutcome> {
      requireWholeAdmin(actor);
      const { plan, effects } = await preview(file.name, file.bytes, options);
      if (options.dryRun || plan.alreadyApplied) return { ...plan, ...effects, applied: false };
      requireReceivers(effects.directiveMoves);
      await apply(plan, effects.directiveMoves, actor);
      return { ...plan, ...effects, applied: true };
    },
  };
}
