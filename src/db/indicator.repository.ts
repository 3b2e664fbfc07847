import { asc, eq } from 'drizzle-orm';
import type { Indicator } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { DbError } from './errors';
import { indicators } from './indicator.schema';
import type { Versioned, VersionRead } from './versioned';
import { versionedRows } from './versioned-rows';

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

  const versioned = versionedRows(db, {
    table: indicators,
    what: 'indicator',
    notFound: 'unknown_indicator',
    toRecord: toIndicator,
    audit,
  });
  const { findById } = versioned;

  return {
    findById,

    async findAll(ex: Executor = db): Promise<StoredIndicator[]> {
      return (await ex.select().from(indicators).orderBy(asc(indicators.id))).map(toIndicator);
    },

    async findByCode(code: string, ex: Executor = db): Promise<StoredIndicator | null> {
      const [row] = await ex.select().from(indicators).where(eq(indicators.code, code));
      return row ? toIndicator(row) : null;
    },

    create: (input: IndicatorInput, actor: Actor, ex: Executor = db): Promise<StoredIndicator> =>
      versioned.create(input, actor, ex, duplicateCode(input.code)),

    /** Changes an indicator; with the version read, only if nobody changed it since (else `stale_version`). */
    update(
      id: number,
      patch: IndicatorPatch & VersionRead,
      actor: Actor,
      ex: Executor = db,
    ): Promise<StoredIndicator> {
      return versioned.update(id, patch, actor, ex, {
        duplicateMessage: duplicateCode(patch.code),
        refuse: () => {
          if (patch.parentId === id)
            throw new DbError('invalid_value', 'parentId: an indicator cannot be its own part');
        },
      });
    },

    /** Deletes an indicator; with the version read, only if it is still the one the caller read. */
    delete: versioned.delete,
  };
}

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>;
