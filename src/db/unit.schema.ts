import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, doublePrecision, index, integer, text } from 'drizzle-orm/pg-core';
import {
  SHARE_BASES,
  type ShareBasis,
  UNIT_KINDS,
  UNIT_LINK_SCOPES,
  type UnitKind,
  type UnitLinkKind,
  type UnitLinkScope,
} from '../core/types';
import { codeColumn, isoDate, oneOf, requiredRef, sqlList, versionColumn } from './columns';
import { recordTable } from './record-table';

// Also exported here: schema files on other branches import the list helper from unit.schema.
export { sqlList } from './columns';

const UNIT_LINK_KINDS: readonly UnitLinkKind[] = ['merge', 'split', 'rename'];

export const units = recordTable(
  'units',
  {
    code: codeColumn('units'),
    name: text('name').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    validFrom: isoDate('valid_from'),
    validTo: isoDate('valid_to'),
    version: versionColumn(),
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
export const unitLinks = recordTable(
  'unit_links',
  {
    predecessorId: requiredRef('predecessor_id', () => units.id, 'cascade'),
    successorId: requiredRef('successor_id', () => units.id, 'cascade'),
    kind: text('kind').$type<UnitLinkKind>().notNull(),
    effectiveOn: isoDate('effective_on').notNull(),
    scope: text('scope').$type<UnitLinkScope>().notNull().default('whole'),
    share: doublePrecision('share'),
    basis: text('basis').$type<ShareBasis>(),
    document: text('document'),
  },
  (t) => [
    index('unit_links_predecessor_idx').on(t.predecessorId),
    index('unit_links_successor_idx').on(t.successorId),
    oneOf('unit_links_kind_check', t.kind, UNIT_LINK_KINDS),
    check('unit_links_not_self_check', sql`${t.predecessorId} <> ${t.successorId}`),
    check('unit_links_scope_check', sql`${t.scope} in (${sqlList(UNIT_LINK_SCOPES)})`),
    check('unit_links_basis_check', sql`${t.basis} is null or ${t.basis} in (${sqlList(SHARE_BASES)})`),
    // A whole passes everything; only a part has a share, and a share always says what it measures.
    check(
      'unit_links_share_check',
      sql`${t.share} is null or (${t.scope} = 'part' and ${t.share} > 0 and ${t.share} <= 1 and ${t.basis} is not null)`,
    ),
  ],
);
