import { eq, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from './database';
import { scorecardSnapshots } from './scorecard-freshness.schema';

export interface FreshnessToken {
  /** `structure.counters`: changes whenever anything the scorecard reads changes, and never repeats. */
  token: string;
  structureVersion: number;
  dataVersion: number;
}

export interface ScorecardSnapshot {
  key: string;
  token: string;
  dataVersion: number;
  computedAt: string;
  body: string;
}

const list = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * The freshness of scorecards (counters per unit and year, migration 0010), the snapshots the app servers
 * share, and the advisory lock that lets one of them recompute a scorecard at a time.
 */
export function createScorecardFreshnessRepository(db: Executor) {
  return {
    /**
     * The token of a scorecard reading these units' figures of these years.
     * @example tokenOf({ unitIds: [2], fromYear: 2020, toYear: 2023 }) → { token: '4.17', structureVersion: 4, dataVersion: 31 }
     */
    async tokenOf(
      scope: { unitIds: readonly number[]; fromYear: number; toYear: number },
      ex: Executor = db,
    ): Promise<FreshnessToken> {
      const [row] = await rowsOf<{ v: string; s: string; c: string }>(
        ex,
        sql`select d.version as v, d.structure_version as s,
          coalesce((select sum(version) from unit_year_versions
            where unit_id in (${list(scope.unitIds)}) and year between ${scope.fromYear} and ${scope.toYear}), 0) as c
          from data_version d where d.id = 1`,
      );
      const structureVersion = Number(row?.s ?? 0);
      return {
        token: `${structureVersion}.${row?.c ?? 0}`,
        structureVersion,
        dataVersion: Number(row?.v ?? 0),
      };
    },

    /** The counter of one unit and year (0 when nothing was ever written there). */
    async counterOf(unitId: number, year: number, ex: Executor = db): Promise<number> {
      const [row] = await rowsOf<{ version: string }>(
        ex,
        sql`select version from unit_year_versions where unit_id = ${unitId} and year = ${year}`,
      );
      return Number(row?.version ?? 0);
    },

    /**
     * Takes the recompute lock of a scorecard until the transaction ends; false when another session holds it.
     * Transaction-scoped, so a crashed recompute cannot leave it taken.
     */
    async tryLockForRecompute(tx: Executor, key: string): Promise<boolean> {
      const [row] = await rowsOf<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(hashtextextended(${`scorecard:${key}`}, 0)) as locked`,
      );
      return row?.locked === true;
    },

    /** The stored snapshot's token and data version, without its body (cheap to ask on every stale read). */
    async findSnapshotHead(key: string, ex: Executor = db) {
      const [row] = await ex
        .select({ token: scorecardSnapshots.token, dataVersion: scorecardSnapshots.dataVersion })
        .from(scorecardSnapshots)
        .where(eq(scorecardSnapshots.key, key));
      return row ?? null;
    },

    async findSnapshot(key: string, ex: Executor = db): Promise<ScorecardSnapshot | null> {
      const [row] = await ex
        .select({
          key: scorecardSnapshots.key,
          token: scorecardSnapshots.token,
          dataVersion: scorecardSnapshots.dataVersion,
          computedAt: scorecardSnapshots.computedAt,
          body: scorecardSnapshots.body,
        })
        .from(scorecardSnapshots)
        .where(eq(scorecardSnapshots.key, key));
      return row ? { ...row, computedAt: new Date(row.computedAt).toISOString() } : null;
    },

    /** Stores a snapshot unless a newer one (by data version) is already there. */
    async saveSnapshot(snapshot: ScorecardSnapshot, ex: Executor = db): Promise<void> {
      await ex
        .insert(scorecardSnapshots)
        .values(snapshot)
        .onConflictDoUpdate({
          target: scorecardSnapshots.key,
          set: {
            token: sql`excluded.token`,
            dataVersion: sql`excluded.data_version`,
            computedAt: sql`excluded.computed_at`,
            body: sql`excluded.body`,
            updatedAt: sql`now()`,
          },
          setWhere: sql`excluded.data_version >= ${scorecardSnapshots.dataVersion}`,
        });
    },
  };
}

export type ScorecardFreshnessRepository = ReturnType<typeof createScorecardFreshnessRepository>;
