import { asc, eq } from 'drizzle-orm';
import type { Regime } from '../core/regime';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import { childRowsOf } from './child-rows';
import type { Executor } from './database';
import { mappingErrors } from './errors';
import { regimeIndicators, regimes } from './regime.schema';

export type RegimeInput = Omit<Regime, 'id'>;

/** Reporting regimes (chế độ báo cáo) with their indicator lists, in the order the regime lists them. */
export function createRegimeRepository(db: Executor) {
  const audit = createAuditTrail(db, 'regime');

  async function withIndicators(rows: (typeof regimes.$inferSelect)[], ex: Executor): Promise<Regime[]> {
    const ids = rows.map((r) => r.id);
    const links = await childRowsOf(
      ex,
      regimeIndicators,
      regimeIndicators.regimeId,
      ids,
      asc(regimeIndicators.position),
    );
    return rows.map(({ createdAt: _, ...row }) => ({
      ...row,
      indicatorIds: links.filter((l) => l.regimeId === row.id).map((l) => l.indicatorId),
    }));
  }

  return {
    async findAll(ex: Executor = db): Promise<Regime[]> {
      return withIndicators(await ex.select().from(regimes).orderBy(asc(regimes.code)), ex);
    },

    async findByCode(code: string, ex: Executor = db): Promise<Regime | null> {
      const rows = await ex.select().from(regimes).where(eq(regimes.code, code));
      return (await withIndicators(rows, ex))[0] ?? null;
    },

    async create(input: RegimeInput, actor: Actor, ex: Executor = db): Promise<Regime> {
      return ex.transaction(async (tx) => {
        const { indicatorIds, ...fields } = input;
        const [row] = await mappingErrors(
          () => tx.insert(regimes).values(fields).returning(),
          `code: a regime with code ${input.code} already exists`,
        );
        if (indicatorIds.length > 0) {
          await mappingErrors(() =>
            tx
              .insert(regimeIndicators)
              .values(
                indicatorIds.map((indicatorId, position) => ({ regimeId: row!.id, indicatorId, position })),
              ),
          );
        }
        const [regime] = await withIndicators([row!], tx);
        await audit.created(actor, regime!, tx);
        return regime!;
      });
    },
  };
}
