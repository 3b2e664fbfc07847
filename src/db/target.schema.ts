import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, text } from 'drizzle-orm/pg-core';
import { TARGET_SOURCES, type TargetSource } from '../core/types';
import { oneOf, requiredRef, versionColumn } from './columns';
import { indicators } from './indicator.schema';
import { recordTable } from './record-table';
import { units } from './unit.schema';

/** Several targets may exist per unit, indicator and year: one per source document. */
export const targets = recordTable(
  'targets',
  {
    unitId: requiredRef('unit_id', () => units.id),
    indicatorId: requiredRef('indicator_id', () => indicators.id),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').$type<TargetSource>().notNull(),
    document: text('document'),
    derivedFrom: text('derived_from'),
    version: versionColumn(),
  },
  (t) => [
    index('targets_unit_years_idx').on(t.unitId, t.fromYear, t.toYear),
    oneOf('targets_source_check', t.source, TARGET_SOURCES),
    check('targets_years_check', sql`${t.fromYear} <= ${t.toYear}`),
  ],
);
