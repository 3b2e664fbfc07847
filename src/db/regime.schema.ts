import { integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { CutoffRule } from '../core/cutoff-window';
import { type DeadlineRule, REGIME_FREQUENCIES, type RegimeFrequency, type RegimeTree } from '../core/regime';
import { UNIT_KINDS, type UnitKind } from '../core/types';
import { codeColumn, oneOf, requiredRef, timestampNow } from './columns';
import { indicators } from './indicator.schema';
import { recordTable } from './record-table';
import { units } from './unit.schema';

export const regimes = recordTable(
  'regimes',
  {
    code: codeColumn('regimes'),
    name: text('name').notNull(),
    document: text('document').notNull(),
    tree: text('tree').$type<RegimeTree>().notNull(),
    frequency: text('frequency').$type<RegimeFrequency>().notNull(),
    cutoff: text('cutoff').$type<CutoffRule>().notNull(),
    deadline: jsonb('deadline').$type<DeadlineRule>().notNull(),
    reportingRootUnitId: requiredRef('reporting_root_unit_id', () => units.id),
    reportingUnitKind: text('reporting_unit_kind').$type<UnitKind>().notNull(),
    /** The approving units, lowest level first. */
    approvalUnitIds: integer('approval_unit_ids').array().notNull(),
    createdAt: timestampNow('created_at'),
  },
  (t) => [
    oneOf('regimes_tree_check', t.tree, ['party', 'state']),
    oneOf('regimes_frequency_check', t.frequency, REGIME_FREQUENCIES),
    oneOf('regimes_cutoff_check', t.cutoff, ['nd09', 'calendar']),
    oneOf('regimes_reporting_unit_kind_check', t.reportingUnitKind, UNIT_KINDS),
  ],
);

export const regimeIndicators = pgTable(
  'regime_indicators',
  {
    regimeId: requiredRef('regime_id', () => regimes.id, 'cascade'),
    indicatorId: requiredRef('indicator_id', () => indicators.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ name: 'regime_indicators_pk', columns: [t.regimeId, t.indicatorId] })],
);
