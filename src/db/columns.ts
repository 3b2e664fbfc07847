// Column and constraint shapes the schema files share, each written once: a required reference, an ISO date,
// a time stamped at insert, a text column limited to a list, a record's unique code. The SQL drizzle-kit
// generates from them is unchanged.
import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, integer, text, timestamp } from 'drizzle-orm/pg-core';

/** `'a', 'b'` for a CHECK constraint listing the allowed values of a text column. */
export function sqlList(values: readonly string[]): SQL {
  return sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));
}

type OnDelete = 'cascade' | 'set null';

/** A non-null integer column referencing another table's id; a child row goes with its parent on cascade. */
export function requiredRef(name: string, target: () => AnyPgColumn, onDelete?: OnDelete) {
  return integer(name)
    .notNull()
    .references(target, onDelete ? { onDelete } : {});
}

/** A date kept as the ISO string `2023-11-17`, the form core works in. */
export function isoDate(name: string) {
  return date(name, { mode: 'string' });
}

/** A moment that defaults to when the row was written, by the database's clock. */
export function timestampNow(name: string) {
  return timestamp(name, { withTimezone: true }).notNull().defaultNow();
}

/** CHECK that a text column holds one of the listed values. */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, sql`${column} in (${sqlList(values)})`);
}

/** The optimistic-locking counter: 1 when created, bumped by every update (a stale one answers 409). */
export function versionColumn() {
  return integer('version').notNull().default(1);
}

/** The code a unit, indicator or regime is known by in imports and links (`HU_CAINUOC`, `BHYT_TYLE`): unique. */
export function codeColumn(table: string) {
  return text('code').notNull().unique(`${table}_code_unique`);
}
