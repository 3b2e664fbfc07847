import { bigint, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { requiredRef, timestampNow } from './columns';
import { units } from './unit.schema';

/**
 * A change counter per unit and year of the figures a scorecard reads: a figure written for a commune bumps its
 * own (unit, year) and those of its ancestors, in the writing transaction (triggers, migration 0010), so only
 * the scorecards of that subtree and year go stale.
 */
export const unitYearVersions = pgTable(
  'unit_year_versions',
  {
    unitId: requiredRef('unit_id', () => units.id, 'cascade'),
    year: integer('year').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/**
 * The last computed scorecard of a unit, year and asOf, shared by every app server: the one that holds the
 * recompute lock writes it, the others read it instead of computing it again.
 */
export const scorecardSnapshots = pgTable('scorecard_snapshots', {
  key: text('key').primaryKey(),
  /** The freshness token the scorecard was computed at (structure version and the subtree's counters). */
  token: text('token').notNull(),
  /** The data version read before its figures: a reader who wrote at version v sees its write when this ≥ v. */
  dataVersion: bigint('data_version', { mode: 'number' }).notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'string' }).notNull(),
  /** The scorecard's JSON, as text: read and parsed by the app, never queried. */
  body: text('body').notNull(),
  updatedAt: timestampNow('updated_at'),
});
