import { eq } from 'drizzle-orm';
import { dataVersion } from './data-version.schema';
import type { Executor } from './database';

/** The change counter of everything a scorecard reads (bumped by triggers, migration 0004). */
export function createDataVersionRepository(db: Executor) {
  return {
    async current(ex: Executor = db): Promise<number> {
      const [row] = await ex
        .select({ version: dataVersion.version })
        .from(dataVersion)
        .where(eq(dataVersion.id, 1));
      return row?.version ?? 0;
    },
  };
}

export type DataVersionRepository = ReturnType<typeof createDataVersionRepository>;
