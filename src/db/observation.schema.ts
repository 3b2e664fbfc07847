import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, jsonb, text, unique } from 'drizzle-orm/pg-core';
import type { ObservationKind, Provenance } from '../core/types';
import { oneOf, requiredRef, timestampNow, versionColumn } from './columns';
import { indicators } from './indicator.schema';
import { recordTable } from './record-table';
import { units } from './unit.schema';
import { users } from './user.schema';

export const observations = recordTable(
  'observations',
  {
    unitId: requiredRef('unit_id', () => units.id),
    indicatorId: requiredRef('indicator_id', () => indicators.id),
    period: text('period').notNull(),
    // Derived in SQL so the scorecard can select by year without any caller parsing the period code.
    periodYear: integer('period_year').generatedAlwaysAs(
      sql`case when period ~ '^[0-9]{4}' then substring(period from 1 for 4)::integer end`,
    ),
    kind: text('kind').$type<ObservationKind>().notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note'),
    provenance: jsonb('provenance').$type<Provenance>().notNull(),
    version: versionColumn(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestampNow('created_at'),
    updatedAt: timestampNow('updated_at'),
  },
  (t) => [
    unique('observations_unit_indicator_period_kind_unique').on(t.unitId, t.indicatorId, t.period, t.kind),
    index('observations_unit_year_idx').on(t.unitId, t.periodYear),
    index('observations_period_unit_idx').on(t.period, t.unitId),
    index('observations_indicator_idx').on(t.indicatorId),
    // The roll-up's lookups (rollup.sql.ts): one indicator, period and kind across a subtree's units, the
    // value in the index so PostgreSQL reads no table page for it.
    index('observations_rollup_idx').on(t.indicatorId, t.period, t.kind, t.unitId, t.value),
    oneOf('observations_kind_check', t.kind, ['actual', 'estimate']),
    check('observations_period_check', sql`${t.period} ~ '^[0-9]{4}(-[0-9A-Za-z-]+)?$'`),
  ],
);
