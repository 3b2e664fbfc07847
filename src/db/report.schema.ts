import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text } from 'drizzle-orm/pg-core';
import { requiredRef, timestampNow } from './columns';
import { observations } from './observation.schema';
import { recordTable } from './record-table';
import { units } from './unit.schema';
import { users } from './user.schema';

export const reports = recordTable(
  'reports',
  {
    unitId: requiredRef('unit_id', () => units.id),
    period: text('period').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    fileName: text('file_name'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestampNow('created_at'),
  },
  (t) => [index('reports_unit_id_idx').on(t.unitId)],
);

/** A figure extracted from a report, with its character span; the observation it became, if any. */
export const reportStatements = recordTable(
  'report_statements',
  {
    reportId: requiredRef('report_id', () => reports.id, 'cascade'),
    statement: jsonb('statement').$type<Record<string, unknown>>().notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    observationId: integer('observation_id').references(() => observations.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('report_statements_report_id_idx').on(t.reportId),
    index('report_statements_observation_id_idx').on(t.observationId),
    check('report_statements_span_check', sql`${t.spanStart} <= ${t.spanEnd}`),
  ],
);
