import { asc, eq } from 'drizzle-orm';
import type { Indicator } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { DbError, foundOr, mappingDeleteErrors, mappingErrors } from './errors';
import { indicators } from './indicator.schema';

export type IndicatorInput = Omit<Indicator, 'id' | 'parentId' | 'minValue' | 'maxValue' | 'synonyms'> &
  Partial<Pick<Indicator, 'parentId' | 'minValue' | 'maxValue' | 'synonyms'>>;

export type IndicatorPatch = Partial<IndicatorInput>;

// The version column is stored (migration 0013) but not yet checked or answered for indicators.
function toIndicator({ version: _version, ...row }: typeof indicators.$inferSelect): Indicator {
  return row;
}

const duplicateCode = (code: string | undefined) =>
  `code: an indicator with code ${code ?? ''} already exists`;

/** The indicator catalog (chỉ tiêu): what is measured and how it rolls up. */
export function createIndicatorRepository(db: Executor) {
  const audit = createAuditTrail(db, 'indicator');

  async function findById(id: number, ex: Executor = db): Promise<Indicator | null> {
    const [row] = await ex.select().from(indicators).where(eq(indicators.id, id));
    return row ? toIndicator(row) : null;
  }

  async function requireById(id: number, ex: Executor): Promise<Indicator> {
    return foundOr(await findById(id, ex), 'unknown_indicator', `id: no indicator with id ${id}`);
  }

  return {
    findById,

    async findAll(ex: Executor = db): Promise<Indicator[]> {
      return (await ex.select().from(indicators).orderBy(asc(indicators.id))).map(toIndicator);
    },

    async findByCode(code: string, ex: Executor = db): Promise<Indicator | null> {
      const [row] = await ex.select().from(indicators).where(eq(indicators.code, code));
      return row ? toIndicator(row) : null;
    },

    async create(input: IndicatorInput, actor: Actor, ex: Executor = db): Promise<Indicator> {
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

    async update(id: number, patch: IndicatorPatch, actor: Actor, ex: Executor = db): Promise<Indicator> {
      return ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        if (patch.parentId === id)
          throw new DbError('invalid_value', 'parentId: an indicator cannot be its own part');
        const [row] = await mappingErrors(
          () => tx.update(indicators).set(patch).where(eq(indicators.id, id)).returning(),
          duplicateCode(patch.code),
        );
        const indicator = toIndicator(row!);
        await audit.updated(actor, id, before, indicator, tx);
        return indicator;
      });
    },

    async delete(id: number, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        await mappingDeleteErrors(`indicator ${id}`, () =>
          tx.delete(indicators).where(eq(indicators.id, id)),
        );
        await audit.deleted(actor, id, before, tx);
      });
    },
  };
}

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>;
