// Targets of a unit (chỉ tiêu giao): read within scope, set, corrected and deleted by the editors and
// admins of that unit. Each change runs in one transaction with its checks, so a refused one writes nothing.
import { DomainError, validateValue } from '../../core/errors';
import type { User } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createTargetRepository, type TargetInput, type TargetPatch } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';
import type { VersionRead } from '../../db/versioned';
import { notFoundRecord, requireIndicator, requireUnit } from '../access/unit-scope';

export type NewTarget = Omit<TargetInput, 'toYear'> & { toYear?: number | undefined };

function repositories(ex: Executor) {
  return {
    targets: createTargetRepository(ex),
    units: createUnitRepository(ex),
    indicators: createIndicatorRepository(ex),
  };
}

/** A year sent alone is checked against the one stored: the database's check would answer in English. */
function checkYears(fromYear: number, toYear: number): void {
  if (toYear < fromYear)
    throw new DomainError('invalid_input', 'toYear', `năm cuối ${toYear} trước năm đầu ${fromYear}`);
}

/** The target use cases over one database. */
export function createTargetUseCases(db: Db) {
  async function requireTarget(ex: Executor, id: number) {
    const target = await createTargetRepository(ex).findById(id, ex);
    if (!target) throw notFoundRecord('chỉ tiêu giao', id);
    return target;
  }

  return {
    /** The targets of a unit in scope that apply to a year (term targets included). */
    async list(user: User, query: { unitId: number; year: number }) {
      const { targets, units } = repositories(db);
      await requireUnit(units, user, query.unitId, 'read');
      return targets.findForUnitYear(query);
    },

    /** Sets a target for a unit the user may write, within its indicator's range; a year target by default. */
    async create(user: User, input: NewTarget) {
      return db.transaction(async (tx) => {
        const { targets, units, indicators } = repositories(tx);
        await requireUnit(units, user, input.unitId, 'write');
        validateValue(await requireIndicator(indicators, input.indicatorId), input.value);
        return targets.create({ ...input, toYear: input.toYear ?? input.fromYear }, { userId: user.id }, tx);
      });
    },

    /** Corrects a target; moving it to another unit needs write access there too. */
    async change(user: User, id: number, patch: TargetPatch & VersionRead) {
      return db.transaction(async (tx) => {
        const { targets, units, indicators } = repositories(tx);
        const before = await requireTarget(tx, id);
        await requireUnit(units, user, before.unitId, 'write');
        if (patch.unitId !== undefined) await requireUnit(units, user, patch.unitId, 'write');
        const indicator = await requireIndicator(indicators, patch.indicatorId ?? before.indicatorId);
        validateValue(indicator, patch.value ?? before.value);
        checkYears(patch.fromYear ?? before.fromYear, patch.toYear ?? before.toYear);
        return targets.update(id, patch, { userId: user.id }, tx);
      });
    },

    /** Deletes a target of a unit the user may write; with a version, only the one the user read. */
    async remove(user: User, id: number, read?: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await requireTarget(tx, id);
        await requireUnit(repositories(tx).units, user, before.unitId, 'write');
        await repositories(tx).targets.delete(id, { userId: user.id }, tx, read);
      });
    },
  };
}

export type TargetUseCases = ReturnType<typeof createTargetUseCases>;
