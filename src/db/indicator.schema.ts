import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, doublePrecision, integer, jsonb, text } from 'drizzle-orm/pg-core';
import type { Aggregation, IndicatorNature, Polarity } from '../core/types';
import { codeColumn, oneOf, versionColumn } from './columns';
import { recordTable } from './record-table';

export const indicators = recordTable(
  'indicators',
  {
    code: codeColumn('indicators'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    measure: text('measure').notNull(),
    nature: text('nature').$type<IndicatorNature>().notNull(),
    aggregation: jsonb('aggregation').$type<Aggregation>().notNull(),
    polarity: text('polarity').$type<Polarity>().notNull(),
    category: text('category').notNull(),
    decimals: integer('decimals').notNull().default(0),
    parentId: integer('parent_id').references((): AnyPgColumn => indicators.id),
    minValue: doublePrecision('min_value'),
    maxValue: doublePrecision('max_value'),
    synonyms: text('synonyms').array().notNull().default(sql`'{}'::text[]`),
    version: versionColumn(),
  },
  (t) => [
    oneOf('indicators_nature_check', t.nature, ['flow', 'stock']),
    oneOf('indicators_polarity_check', t.polarity, ['higher_is_better', 'lower_is_better']),
    check('indicators_decimals_check', sql`${t.decimals} between 0 and 6`),
    check(
      'indicators_range_check',
      sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`,
    ),
  ],
);
