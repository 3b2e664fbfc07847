import { asc, eq, or, sql } from 'drizzle-orm';
import type { Unit, UnitKind, UnitLink } from '../core/types';
import { completeUnitLink, type UnitLinkFields } from '../core/unit-link';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import { type Executor, rowsOf } from './database';
import { DbError, mappingErrors } from './errors';
import { foldSql, foldText } from './fold';
import { unitLinks, units } from './unit.schema';
import type { VersionRead } from './versioned';
import { versionedRows } from './versioned-rows';

/** `with recursive subtree(id)`: a unit and every unit below it, for a query to select from. */
export function subtreeSql(rootId: number) {
  return sql`
    with recursive subtree(id) as (
      select id from units where id = ${rootId}
      union
      select u.id from units u join subtree s on u.parent_id = s.id
    )`;
}

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export type UnitPatch = Partial<UnitInput>;

/** A link to record; scope defaults from the kind (a split passes a part), share, basis and document to null. */
export type UnitLinkInput = UnitLinkFields;

type UnitRow = typeof units.$inferSelect;

// The version column is stored (migration 0013) but not yet checked or answered for units.
function toUnit({ version: _version, ...row }: UnitRow): Unit {
  return row;
}

function toLink(row: typeof unitLinks.$inferSelect): UnitLink {
  return {
    predecessorId: row.predecessorId,
    successorId: row.successorId,
    kind: row.kind,
    effectiveOn: row.effectiveOn,
    scope: row.scope,
    share: row.share,
    basis: row.basis,
    document: row.document,
  };
}

const duplicateCode = (code: string | undefined) => `code: a unit with code ${code ?? ''} already exists`;

/** Units of the hierarchy, their subtrees and their merge/split/rename links. */
export function createUnitRepository(db: Executor) {
  const audit = createAuditTrail(db, 'unit');
  const linkAudit = createAuditTrail(db, 'unit_link');

  const selectById = (ex: Executor) =>
    ex
      .select()
      .from(units)
      .where(eq(units.id, sql.placeholder('id')));
  // Every unit-scoped request reads its unit: prepared once, not built and planned per request.
  const findByIdPrepared = selectById(db).prepare('unit_find_by_id');

  async function findById(id: number, ex: Executor = db): Promise<Unit | null> {
    const [row] = await (ex === db ? findByIdPrepared : selectById(ex)).execute({ id });
    return row ? toUnit(row) : null;
  }

  const versioned = versionedRows(db, {
    table: units,
    what: 'unit',
    notFound: 'unknown_unit',
    toRecord: toUnit,
    audit,
  });

  /** The version a unit is at, for a route to answer with and a client to send back. */
  async function versionOf(id: number, ex: Executor = db): Promise<number | null> {
    const [row] = await ex.select({ version: units.version }).from(units).where(eq(units.id, id));
    return row?.version ?? null;
  }

  /** Whether `unitId` is `rootId` or below it: the scope check of an editor or viewer. */
  async function isInSubtree(rootId: number, unitId: number, ex: Executor = db): Promise<boolean> {
    const rows = await rowsOf<{ found: boolean }>(
      ex,
      sql`
      with recursive ancestors(id, parent_id) as (
        select id, parent_id from units where id = ${unitId}
        union
        select u.id, u.parent_id from units u join ancestors a on u.id = a.parent_id
      )
      select exists(select 1 from ancestors where id = ${rootId}) as found`,
    );
    return rows[0]?.found === true;
  }

  return {
    findById,

    async findAll(ex: Executor = db): Promise<Unit[]> {
      return (await ex.select().from(units).orderBy(asc(units.id))).map(toUnit);
    },

    /** These units (those that exist), in id order. */
    async findByIds(ids: readonly number[], ex: Executor = db): Promise<Unit[]> {
      if (ids.length === 0) return [];
      const rows = await ex
        .select()
        .from(units)
        .where(sql`${units.id} = any(${sql.param([...new Set(ids)])}::integer[])`)
        .orderBy(asc(units.id));
      return rows.map(toUnit);
    },

    /** Names of these units by id (those that exist). */
    async findNames(ids: readonly number[], ex: Executor = db): Promise<Map<number, string>> {
      if (ids.length === 0) return new Map();
      const rows = await ex
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(sql`${units.id} = any(${sql.param([...new Set(ids)])}::integer[])`);
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async findByCode(code: string, ex: Executor = db): Promise<Unit | null> {
      const [row] = await ex.select().from(units).where(eq(units.code, code));
      return row ? toUnit(row) : null;
    },

    /**
     * Units whose code equals the query or whose name contains it, ignoring case and diacritics
     * ("cai nuoc" finds "Huyện ủy Cái Nước"); exact code or name matches come first.
     */
    async findByCodeOrName(query: string, ex: Executor = db): Promise<Unit[]> {
      const folded = foldText(query);
      if (!folded) return [];
      const name = foldSql(units.name);
      const rows = await ex
        .select()
        .from(units)
        .where(
          or(eq(units.code, query.trim()), sql`${name} like ${`%${folded.replace(/[\\%_]/g, '\\$&')}%`}`),
        )
        .orderBy(
          sql`case when ${units.code} = ${query.trim()} then 0 when ${name} = ${folded} then 1 else 2 end`,
          sql`length(${units.name})`,
          asc(units.id),
        );
      return rows.map(toUnit);
    },

    async findChildren(parentId: number, ex: Executor = db): Promise<Unit[]> {
      return (await ex.select().from(units).where(eq(units.parentId, parentId)).orderBy(asc(units.id))).map(
        toUnit,
      );
    },

    /** The root and every unit below it, at any depth (recursive CTE). */
    async findSubtreeIds(rootId: number, ex: Executor = db): Promise<number[]> {
      const rows = await rowsOf<{ id: number }>(
        ex,
        sql`${subtreeSql(rootId)} select id from subtree order by id`,
      );
      return rows.map((r) => Number(r.id));
    },

    isInSubtree,
    versionOf,

    create: (input: UnitInput, actor: Actor, ex: Executor = db): Promise<Unit> =>
      versioned.create(input, actor, ex, duplicateCode(input.code)),

    /** Changes a unit; with the version read, only if nobody changed it since (else `stale_version`). */
    update: (id: number, patch: UnitPatch & VersionRead, actor: Actor, ex: Executor = db): Promise<Unit> =>
      versioned.update(id, patch, actor, ex, {
        duplicateMessage: duplicateCode(patch.code),
        refuse: async (tx) => {
          if (patch.parentId != null && (await isInSubtree(id, patch.parentId, tx))) {
            throw new DbError(
              'invalid_value',
              `parentId: unit ${patch.parentId} is inside unit ${id}'s subtree`,
            );
          }
        },
      }),

    /** Deletes a unit; with the version read, only if it is still the one the caller read. */
    delete: versioned.delete,

    /** Records that a unit passed into a successor (merge, split, rename) from a date on. */
    async linkSuccessor(link: UnitLinkInput, actor: Actor, ex: Executor = db): Promise<UnitLink> {
      const values = completeUnitLink(link);
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(
          () => tx.insert(unitLinks).values(values).returning(),
          'successorId: this link already exists',
        );
        const created = toLink(row!);
        // A link is audited under its predecessor: the unit whose history it changes.
        await linkAudit.record(actor, link.predecessorId, 'create', { before: null, after: created }, tx);
        return created;
      });
    },

    /**
     * Every link on a path into the unit, at any depth (recursive CTE): A → B then B + C → D gives D both.
     * A cycle stops at the first unit seen twice.
     */
    async findLineage(unitId: number, ex: Executor = db): Promise<UnitLink[]> {
      const rows = await ex
        .select()
        .from(unitLinks)
        .where(
          sql`${unitLinks.id} in (
            with recursive lineage(id, predecessor_id, path) as (
              select id, predecessor_id, array[successor_id] from unit_links where successor_id = ${unitId}
              union all
              select l.id, l.predecessor_id, g.path || l.successor_id
              from unit_links l join lineage g on l.successor_id = g.predecessor_id
              where not l.successor_id = any(g.path)
            )
            select id from lineage)`,
        )
        .orderBy(asc(unitLinks.effectiveOn), asc(unitLinks.id));
      return rows.map(toLink);
    },

    /** The units below a root at any depth, ended ones included (a roll-up picks those valid in its period). */
    async findDescendants(rootId: number, ex: Executor = db): Promise<Unit[]> {
      const found = await ex
        .select()
        .from(units)
        .where(
          sql`${units.id} in (
            with recursive subtree(id) as (
              select id from units where parent_id = ${rootId}
              union
              select u.id from units u join subtree s on u.parent_id = s.id
            )
            select id from subtree)`,
        )
        .orderBy(asc(units.id));
      return found.map(toUnit);
    },

    /** The links into a unit (its predecessors) and out of it (its successors). */
    async findLinks(
      unitId: number,
      ex: Executor = db,
    ): Promise<{ predecessors: UnitLink[]; successors: UnitLink[] }> {
      const rows = await ex
        .select()
        .from(unitLinks)
        .where(or(eq(unitLinks.predecessorId, unitId), eq(unitLinks.successorId, unitId)))
        .orderBy(asc(unitLinks.effectiveOn), asc(unitLinks.id));
      return {
        predecessors: rows.filter((r) => r.successorId === unitId).map(toLink),
        successors: rows.filter((r) => r.predecessorId === unitId).map(toLink),
      };
    },
  };
}

export type UnitRepository = ReturnType<typeof createUnitRepository>;
