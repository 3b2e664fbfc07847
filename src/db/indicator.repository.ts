import { asc, eq } from 'drizzle-orm';
import type { Indicator } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { DbError, foundOr, mappingDeleteErrors, mappingErrors } from './errors';
import { indicators } from './indicator.schema';
import { bumped, checkVersion, type Versioned, type VersionRead } from './versioned';

export type IndicatorInput = Omit<Indicator, 'id' | 'parentId' | 'minValue' | 'maxValue' | 'synonyms'> &
  Partial<Pick<Indicator, 'parentId' | 'minValue' | 'maxValue' | 'synonyms'>>;

export type IndicatorPatch = Partial<IndicatorInput>;

/** An indicator as stored, with the version an admin sends back to change it. */
export type StoredIndicator = Versioned<Indicator>;

function toIndicator(row: typeof indicators.$inferSelect): StoredIndicator {
  return { ...row };
}

const duplicateCode = (code: string | undefined) =>
  `code: an indicator with code ${code ?? ''} already exists`;

/** The indicator catalog (chỉ tiêu): what is measured and how it rolls up. */
export function createIndicatorRepository(db: Executor) {
  const audit = createAuditTrail(db, 'indicator');

  async function findById(id: number, ex: Executor = db): Promise<StoredIndicator | null> {
    const [row] = await ex.select().from(indicators).where(eq(indicators.id, id));
    return row ? toIndicator(row) : null;
  }

  /** The row under a lock, checked against the version the caller read. */
  async function lockCurrent(id: number, read: number | undefined, tx: Executor) {
    const [row] = await tx.select().from(indicators).where(eq(indicators.id, id)).for('update');
    const current = foundOr(
      row ? toIndicator(row) : null,
      'unknown_indicator',
      `id: no indicator with id ${id}`,
    );
    return checkVersion('indicator', id, current, read);
  }

  return {
    findById,

    async findAll(ex: Executor = db): Promise<StoredIndicator[]> {
      return (await ex.select().from(indicators).orderBy(asc(indicators.id))).map(toIndicator);
    },

    async findByCode(code: string, ex: Executor = db): Promise<StoredIndicator | null> {
      const [row] = await ex.select().from(indicators).where(eq(indicators.code, code));
      return row ? toIndicator(row) : null;
    },

    async create(input: IndicatorInput, actor: Actor, ex: Executor = db): Promise<StoredIndicator> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(
          () => tx.insert(indicators).values(input).returning(),
          duplicateCode(input.code),
        );
        const indicator = toIndicator(row!);
        await audit.created(actor, indicator, tx);
        return indicator;
      });
    },

    /** Changes an indicator; with the version read, only if nobody changed it since (else `stale_version`). */
    async update(
      id: number,
      patch: IndicatorPatch & VersionRead,
      actor: Actor,
      ex: Executor = db,
    ): Promise<StoredIndicator> {
      return ex.transaction(async (tx) => {
        const before = await lockCurrent(id, patch.version, tx);
        if (patch.parentId === id)
          throw new DbError('invalid_value', 'parentId: an indicator cannot be its own part');
        const [row] = await mappingErrors(
          () => tx.update(indicators).set(bumped(patch, before)).where(eq(indicators.id, id)).returning(),
          duplicateCode(patch.code),
        );
        const indicator = toIndicator(row!);
        await audit.updated(actor, id, before, indicator, tx);
        return indicator;
      });
    },

    /** Deletes an indicator; with the version read, only if it is still the one the caller read. */
    async delete(id: number, actor: Actor, ex: Executor = db, read?: number): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await lockCurrent(id, read, tx);
        await mappingDeleteErrors(`indicator ${id}`, () =>
          tx.delete(indicators).where(eq(indicators.id, id)),
        );
        await audit.deleted(actor, id, before, tx);
      });
    },
  };
}

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>;
