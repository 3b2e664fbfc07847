// Units of the hierarchy: everyone reads their subtree; admins change the structure inside it. Each change
// runs in one transaction with its scope checks, so a refused one writes nothing.
import { DomainError } from '../../core/errors';
import type { Unit, UnitLink, User } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import {
  createUnitRepository,
  type UnitInput,
  type UnitLinkInput,
  type UnitPatch,
  type UnitRepository,
} from '../../db/unit.repository';
import { requireRole, requireUnit, type ScopedActor } from '../access/unit-scope';

export type UnitMerge = Omit<UnitLinkInput, 'predecessorId'>;

/** A new root, or a move to the root, is only for an admin of everything. */
async function requireParent(units: UnitRepository, user: User, parentId: number | null | undefined) {
  if (parentId === undefined) return;
  if (parentId === null) {
    if (user.scopeUnitId !== null)
      throw new DomainError('forbidden', 'parentId', 'chỉ quản trị toàn hệ thống được tạo đơn vị gốc');
    return;
  }
  await requireUnit(units, user, parentId, 'admin', 'parentId');
}

/** The unit use cases over one database. */
export function createUnitUseCases(db: Db) {
  const units = createUnitRepository(db);
  const inTransaction = <T>(work: (units: UnitRepository, tx: Executor) => Promise<T>) =>
    db.transaction((tx) => work(createUnitRepository(tx), tx));

  return {
    /** The units of the user's subtree (all of them for a user of everything). */
    async list(user: ScopedActor): Promise<Unit[]> {
      const all = await units.findAll();
      if (user.scopeUnitId === null) return all;
      const ids = new Set(await units.findSubtreeIds(user.scopeUnitId));
      return all.filter((u) => ids.has(u.id));
    },

    /**
     * A unit in scope with the links that carry it through merges and splits, and the units those links
     * name: a commune's predecessors sit under an ended district outside its editor's scope, yet its
     * lineage must read "trên cơ sở xã Trần Thới", and the names and dates of a resolution are public.
     */
    async get(
      user: User,
      id: number,
    ): Promise<{ unit: Unit; predecessors: UnitLink[]; successors: UnitLink[]; linked: Unit[] }> {
      const unit = await requireUnit(units, user, id, 'read', 'id');
      const links = await units.findLinks(unit.id);
      const others = [
        ...links.predecessors.map((l) => l.predecessorId),
        ...links.successors.map((l) => l.successorId),
      ];
      return { unit, ...links, linked: await units.findByIds(others) };
    },

    async create(user: User, input: UnitInput): Promise<Unit> {
      requireRole(user, 'admin');
      return inTransaction(async (repo, tx) => {
        await requireParent(repo, user, input.parentId);
        return repo.create(input, { userId: user.id }, tx);
      });
    },

    /** Changes a unit in scope; moving it needs admin rights over the new parent too. */
    async change(user: User, id: number, patch: UnitPatch): Promise<Unit> {
      return inTransaction(async (repo, tx) => {
        await requireUnit(repo, user, id, 'admin', 'id');
        await requireParent(repo, user, patch.parentId);
        return repo.update(id, patch, { userId: user.id }, tx);
      });
    },

    async remove(user: User, id: number): Promise<void> {
      await inTransaction(async (repo, tx) => {
        await requireUnit(repo, user, id, 'admin', 'id');
        await repo.delete(id, { userId: user.id }, tx);
      });
    },

    /** Links a unit to the one that carries it on (merge, split, rename); both must be the admin's. */
    async merge(user: User, id: number, merge: UnitMerge): Promise<UnitLink> {
      return inTransaction(async (repo, tx) => {
        await requireUnit(repo, user, id, 'admin', 'id');
        await requireUnit(repo, user, merge.successorId, 'admin', 'successorId');
        return repo.linkSuccessor({ predecessorId: id, ...merge }, { userId: user.id }, tx);
      });
    },
  };
}

export type UnitUseCases = ReturnType<typeof createUnitUseCases>;
