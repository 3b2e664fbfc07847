import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * One row counting every change to what a scorecard reads. Triggers bump it (migration 0003), so an app
 * server may keep a computed scorecard while the version it was computed at is still current.
 */
export const dataVersion = pgTable(
  'data_version',
  {
    id: integer('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
    /** Bumped by every change except figures (units, links, indicators, targets, statements): migration 0010. */
    structureVersion: bigint('structure_version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('data_version_single_row_check', sql`${t.id} = 1`)],
);
