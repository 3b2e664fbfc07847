// Working visits with their host units and topics; every write is audited in the same transaction.
import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Visit, VisitAttachment, VisitStatus } from '../core/visit/visit.types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import { childRowsOf, replaceChildRows } from './child-rows';
import type { Executor } from './database';
import { foundOr, mappingErrors } from './errors';
import { scopeCondition } from './scope-sql';
import { checkVersion, type Versioned, type VersionRead } from './versioned';
import { directives, visitHosts, visits, visitTopics } from './visit.schema';

/** A visit as stored, with the version an editor sends back to change it. */
export type StoredVisit = Versioned<Visit>;

export interface VisitInput {
  date: string;
  leader: { name: string; title: string };
  members?: string[];
  organiserUnitId: number;
  hostUnitIds: number[];
  topicCodes: string[];
  status?: VisitStatus;
  minutes?: string | null;
  attachments?: VisitAttachment[];
}

export type VisitPatch = Partial<VisitInput>;

export interface VisitFilter {
  /** Units whose visits (organised or hosted) are returned; null for every visit. */
  scopeUnitIds: number[] | null;
  status?: VisitStatus;
  from?: string;
  to?: string;
  hostUnitId?: number;
}

type VisitRow = typeof visits.$inferSelect;

function toVisit(row: VisitRow, hostUnitIds: number[], topicCodes: string[]): StoredVisit {
  return {
    id: row.id,
    date: row.date,
    leader: { name: row.leaderName, title: row.leaderTitle },
    members: row.members,
    organiserUnitId: row.organiserUnitId,
    hostUnitIds,
    topicCodes,
    status: row.status,
    minutes: row.minutes,
    attachments: row.attachments,
    version: row.version,
  };
}

function columnsOf(input: VisitPatch) {
  return {
    ...(input.date !== undefined && { date: input.date }),
    ...(input.leader !== undefined && { leaderName: input.leader.name, leaderTitle: input.leader.title }),
    ...(input.members !== undefined && { members: input.members }),
    ...(input.organiserUnitId !== undefined && { organiserUnitId: input.organiserUnitId }),
    ...(input.status !== undefined && { status: input.status }),
    ...(input.minutes !== undefined && { minutes: input.minutes }),
    ...(input.attachments !== undefined && { attachments: input.attachments }),
  };
}

/** Visits, each with its hosts in meeting order and its topics in agenda order. */
export function createVisitRepository(db: Executor) {
  const audit = createAuditTrail(db, 'visit');

  async function hydrate(rows: VisitRow[], ex: Executor): Promise<StoredVisit[]> {
    const ids = rows.map((r) => r.id);
    const hosts = await childRowsOf(ex, visitHosts, visitHosts.visitId, ids, asc(visitHosts.position));
    const topics = await childRowsOf(ex, visitTopics, visitTopics.visitId, ids, asc(visitTopics.position));
    return rows.map((r) =>
      toVisit(
        r,
        hosts.filter((h) => h.visitId === r.id).map((h) => h.unitId),
        topics.filter((t) => t.visitId === r.id).map((t) => t.topicCode),
      ),
    );
  }

  async function replaceLinks(id: number, input: VisitPatch, tx: Executor): Promise<void> {
    if (input.hostUnitIds !== undefined) {
      const hosts = input.hostUnitIds.map((unitId, position) => ({ visitId: id, unitId, position }));
      await replaceChildRows(tx, visitHosts, visitHosts.visitId, id, hosts);
    }
    if (input.topicCodes !== undefined) {
      const topics = input.topicCodes.map((topicCode, position) => ({ visitId: id, topicCode, position }));
      await replaceChildRows(tx, visitTopics, visitTopics.visitId, id, topics);
    }
  }

  async function findById(id: number, ex: Executor = db): Promise<StoredVisit | null> {
    const rows = await ex.select().from(visits).where(eq(visits.id, id));
    return (await hydrate(rows, ex))[0] ?? null;
  }

  async function requireById(id: number, ex: Executor): Promise<StoredVisit> {
    return foundOr(await findById(id, ex), 'not_found', `id: no visit with id ${id}`);
  }

  /** The visit under a row lock, checked against the version the caller read. */
  async function lockCurrent(id: number, read: number | undefined, tx: Executor): Promise<StoredVisit> {
    await tx.select({ id: visits.id }).from(visits).where(eq(visits.id, id)).for('update');
    return checkVersion('visit', id, await requireById(id, tx), read);
  }

  return {
    findById,

    /** Visits in scope (organised or hosted by a scope unit), newest first. */
    async list(filter: VisitFilter, ex: Executor = db): Promise<StoredVisit[]> {
      const conditions: (SQL | undefined)[] = [
        scopeCondition(filter.scopeUnitIds, (ids) => {
          const hosted = sql`exists (select 1 from ${visitHosts} where ${visitHosts.visitId} = ${visits.id} and ${inArray(visitHosts.unitId, ids)})`;
          return or(inArray(visits.organiserUnitId, ids), hosted);
        }),
      ];
      if (filter.status) conditions.push(eq(visits.status, filter.status));
      if (filter.from) conditions.push(gte(visits.date, filter.from));
      if (filter.to) conditions.push(lte(visits.date, filter.to));
      if (filter.hostUnitId !== undefined) {
        conditions.push(
          sql`exists (select 1 from ${visitHosts} where ${visitHosts.visitId} = ${visits.id} and ${visitHosts.unitId} = ${filter.hostUnitId})`,
        );
      }
      const rows = await ex
        .select()
        .from(visits)
        .where(and(...conditions))
        .orderBy(desc(visits.date), desc(visits.id));
      return hydrate(rows, ex);
    },

    async create(input: VisitInput, actor: Actor, ex: Executor = db): Promise<StoredVisit> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() =>
          tx
            .insert(visits)
            .values({
              status: 'planned',
              members: [],
              attachments: [],
              ...columnsOf(input),
            } as typeof visits.$inferInsert)
            .returning(),
        );
        await mappingErrors(() => replaceLinks(row!.id, input, tx), 'hostUnitIds: a unit is listed twice');
        const visit = await requireById(row!.id, tx);
        await audit.created(actor, visit, tx);
        return visit;
      });
    },

    /** Changes what the patch names; with the version read, only if nobody changed it since (else `stale_version`). */
    async update(
      id: number,
      patch: VisitPatch & VersionRead,
      actor: Actor,
      ex: Executor = db,
    ): Promise<StoredVisit> {
      return ex.transaction(async (tx) => {
        const before = await lockCurrent(id, patch.version, tx);
        // Host and topic changes bump the version too: they are edits of the same record.
        const columns = { ...columnsOf(patch), version: before.version + 1 };
        await mappingErrors(() => tx.update(visits).set(columns).where(eq(visits.id, id)));
        await mappingErrors(() => replaceLinks(id, patch, tx), 'hostUnitIds: a unit is listed twice');
        const after = await requireById(id, tx);
        await audit.updated(actor, id, before, after, tx);
        return after;
      });
    },

    /**
     * How many directives name the visit as their source, with the visit locked until the transaction ends, so
     * none is added between this count and a delete that depends on it.
     */
    async lockDirectiveCount(id: number, tx: Executor): Promise<number> {
      await tx.select({ id: visits.id }).from(visits).where(eq(visits.id, id)).for('update');
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(directives)
        .where(eq(directives.sourceVisitId, id));
      return row?.n ?? 0;
    },

    async remove(id: number, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        await tx.delete(visits).where(eq(visits.id, id));
        await audit.deleted(actor, id, before, tx);
      });
    },
  };
}

export type VisitRepository = ReturnType<typeof createVisitRepository>;
