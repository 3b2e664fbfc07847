import { eq, sql } from 'drizzle-orm';
import { dataVersion } from './data-version.schema';
import type { Executor } from './database';

/** The change counter of everything a scorecard reads (bumped by triggers, migration 0004). */
export function createDataVersionRepository(db: Executor) {
  const select = (ex: Executor) =>
    ex
      .select({ version: dataVersion.version })
      .from(dataVersion)
      .where(eq(dataVersion.id, sql.placeholder('id')));
  // Read on every scorecard request: prepared once, so a request skips building and planning the query.
  const prepared = select(db).prepare('data_version_current');
  return {
    async current(ex: Executor = db): Promise<number> {
      const [row] = await (ex === db ? prepared : select(ex)).execute({ id: 1 });
      return row?.version ?? 0;
    },
  };
}

export type DataVersionRepository = ReturnType<typeof createDataVersionRepository>;
