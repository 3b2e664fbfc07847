// Every record table opens the same way: its name, then `id`, a serial primary key that repositories, audit
// rows and routes address the record by. recordTable writes that key once; the SQL drizzle-kit generates is
// the same as pgTable's with the id column first.
import type { BuildExtraConfigColumns } from 'drizzle-orm';
import { type PgColumnBuilderBase, type PgTableExtraConfigValue, pgTable, serial } from 'drizzle-orm/pg-core';

function recordId() {
  return { id: serial('id').primaryKey() };
}

type WithRecordId<TColumns> = ReturnType<typeof recordId> & TColumns;

/** A table whose rows are records addressed by a serial `id`, followed by the columns given. */
export function recordTable<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  extraConfig?: (
    self: BuildExtraConfigColumns<TName, WithRecordId<TColumns>, 'pg'>,
  ) => PgTableExtraConfigValue[],
) {
  return pgTable<TName, WithRecordId<TColumns>>(name, { ...recordId(), ...columns }, extraConfig);
}
