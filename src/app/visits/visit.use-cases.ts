// Working visits (đoàn công tác): read within scope; planned, recorded and deleted by the organiser's
// editors. Each change runs in one transaction with its checks, so a refused one writes nothing.
import { DomainError } from '../../core/errors';
import type { User } from '../../core/types';
import { formatDate } from '../../core/vi/format';
import { draftVisitFromText } from '../../core/visit/draft-visit';
import { unknownTopics } from '../../core/visit/topic-catalog';
import type { Db, Executor } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import type { VersionRead } from '../../db/versioned';
import {
  createVisitRepository,
  type StoredVisit,
  type VisitFilter,
  type VisitInput,
  type VisitPatch,
} from '../../db/visit.repository';
import { extract } from '../../extract/extract';
import { requireUnit, type UnitLookups } from '../access/unit-scope';
import { matchUnitNames } from './unit-match';
import { readableVisit, visitViewer } from './visit-actor';

type VisitUnits = Pick<VisitPatch, 'organiserUnitId' | 'hostUnitIds' | 'topicCodes'>;

/** The organiser must be a unit the user writes for, each host one they see, each topic in the catalog. */
export async function checkVisitReferences(units: UnitLookups, user: User, body: VisitUnits): Promise<void> {
  if (body.organiserUnitId !== undefined)
    await requireUnit(units, user, body.organiserUnitId, 'write', 'organiserUnitId');
  for (const id of body.hostUnitIds ?? []) await requireUnit(units, user, id, 'read', 'hostUnitIds');
  const unknown = unknownTopics(body.topicCodes ?? []);
  if (unknown.length > 0) {
    throw new DomainError('invalid_input', 'topicCodes', `không có trong danh mục: ${unknown.join(', ')}`);
  }
}

function directivesKept(visit: StoredVisit, directives: number): DomainError {
  return new DomainError(
    'in_use',
    null,
    `Đoàn công tác ngày ${formatDate(visit.date)} đã có ${directives} kết luận, chỉ đạo đang theo dõi; xóa đoàn thì các kết luận đó mất nguồn. Hãy xóa các kết luận đó trước, hoặc sửa đoàn thay vì xóa`,
    { directives },
  );
}

function repositories(ex: Executor) {
  return { visits: createVisitRepository(ex), units: createUnitRepository(ex) };
}

/** The visit use cases over one database. */
export function createVisitUseCases(db: Db) {
  return {
    /** Visits organised or hosted within the user's subtree, newest first. */
    async list(user: User, filter: Omit<VisitFilter, 'scopeUnitIds'>): Promise<StoredVisit[]> {
      const { visits, units } = repositories(db);
      const { scopeIds } = await visitViewer(units, user);
      return visits.list({ ...filter, scopeUnitIds: scopeIds });
    },

    /** One visit the user may see. */
    async get(user: User, id: number): Promise<StoredVisit> {
      const { visits, units } = repositories(db);
      return readableVisit(units, visits, user, id);
    },

    /** Plans a visit of a unit the user writes for; `ex` lets an idempotent request share its transaction. */
    async create(user: User, input: VisitInput, ex: Executor = db): Promise<StoredVisit> {
      return ex.transaction(async (tx) => {
        const { visits, units } = repositories(tx);
        await checkVisitReferences(units, user, input);
        return visits.create(input, { userId: user.id }, tx);
      });
    },

    /** Changes only what the patch names; with the version read, a visit changed since is refused. */
    async change(user: User, id: number, patch: VisitPatch & VersionRead): Promise<StoredVisit> {
      return db.transaction(async (tx) => {
        const { visits, units } = repositories(tx);
        const before = await readableVisit(units, visits, user, id);
        await requireUnit(units, user, before.organiserUnitId, 'write', 'organiserUnitId');
        await checkVisitReferences(units, user, patch);
        return visits.update(id, patch, { userId: user.id }, tx);
      });
    },

    /**
     * Deletes a visit the user organises (writes for), unless directives came from it: deleting it would leave
     * them followed up with no visit to say where they were given.
     */
    async remove(user: User, id: number): Promise<void> {
      await db.transaction(async (tx) => {
        const { visits, units } = repositories(tx);
        const before = await readableVisit(units, visits, user, id);
        await requireUnit(units, user, before.organiserUnitId, 'write', 'organiserUnitId');
        const kept = await visits.lockDirectiveCount(id, tx);
        if (kept > 0) throw directivesKept(before, kept);
        await visits.remove(id, { userId: user.id }, tx);
      });
    },

    /** A visit drafted from a news article or notice: its dates, units (matched in scope) and figures. */
    async draftFromText(user: User, text: string) {
      const { units } = repositories(db);
      const draft = draftVisitFromText(text);
      const { statements, checks } = extract(text);
      const hosts = await matchUnitNames(units, user, draft.hostNames);
      const organiser = draft.organiserName
        ? ((await matchUnitNames(units, user, [draft.organiserName]))[0] ?? null)
        : null;
      return { draft, organiser, hosts, statements, checks };
    },
  };
}

export type VisitUseCases = ReturnType<typeof createVisitUseCases>;
