import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { UNIT_KINDS, type UnitKind, type UnitLinkKind } from '../core/types';
import { isoDate, oneOf, requiredRef } from './columns';

// Also exported here: schema files on other branches import the list helper from unit.schema.
export { sqlList } from './columns';

const UNIT_LINK_KINDS: readonly UnitLinkKind[] = ['merge', 'split', 'rename'];

export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique('units_code_unique'),
    name: text('name').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    validFrom: isoDate('valid_from'),
    validTo: isoDate('valid_to'),
  },
  (t) => [
    index('units_parent_id_idx').on(t.parentId),
    oneOf('units_kind_check', t.kind, UNIT_KINDS),
    check(
      'units_valid_range_check',
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validFrom} <= ${t.validTo}`,
    ),
  ],
);

/** Merge, split and rename: old figures roll into successors only through these links. */
export const unitLinks = pgTable(
  'unit_links',
  {
    id: serial('id').primaryKey(),
    predecessorId: requiredRef('predecessor_id', () => units.id, 'cascade'),
    successorId: requiredRef('successor_id', () => units.id, 'cascade'),
    kind: text('kind').$type<UnitLinkKind>().notNull(),
    effectiveOn: isoDate('effective_on').notNull(),
  },
  (t) => [
    index('unit_links_predecessor_idx').on(t.predecessorId),
    index('unit_links_successor_idx').on(t.successorId),
    oneOf('unit_links_kind_check', t.kind, UNIT_LINK_KINDS),
    check('unit_links_not_self_check', sql`${t.predecessorId} <> ${t.successorId}`),
  ],
);
