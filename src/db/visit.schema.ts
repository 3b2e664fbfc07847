// Working visits, directives and inspections: the follow-through of a higher committee's work with a unit.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import type {
  DirectiveSourceKind,
  ExtensionStatus,
  FindingStatus,
  InspectionKind,
  VisitAttachment,
  VisitStatus,
} from '../core/visit/visit.types';
import { isoDate, oneOf, requiredRef, timestampNow, versionColumn } from './columns';
import { recordTable } from './record-table';
import { units } from './unit.schema';
import { users } from './user.schema';

export const visits = recordTable(
  'visits',
  {
    date: isoDate('date').notNull(),
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title').notNull(),
    members: jsonb('members').$type<string[]>().notNull().default([]),
    organiserUnitId: requiredRef('organiser_unit_id', () => units.id),
    status: text('status').$type<VisitStatus>().notNull().default('planned'),
    minutes: text('minutes'),
    attachments: jsonb('attachments').$type<VisitAttachment[]>().notNull().default([]),
    createdAt: timestampNow('created_at'),
    version: versionColumn(),
  },
  (t) => [
    index('visits_organiser_idx').on(t.organiserUnitId, t.date),
    oneOf('visits_status_check', t.status, ['planned', 'held', 'concluded']),
  ],
);

/** Several meetings may be held in one day: position keeps their order. */
export const visitHosts = pgTable(
  'visit_hosts',
  {
    visitId: requiredRef('visit_id', () => visits.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.unitId] }), index('visit_hosts_unit_idx').on(t.unitId)],
);

/** Topic codes come from the catalog in src/core/visit/topic-catalog.ts. */
export const visitTopics = pgTable(
  'visit_topics',
  {
    visitId: requiredRef('visit_id', () => visits.id, 'cascade'),
    topicCode: text('topic_code').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.topicCode] })],
);

export const inspections = recordTable(
  'inspections',
  {
    year: integer('year').notNull(),
    kind: text('kind').$type<InspectionKind>().notNull(),
    organiserUnitId: requiredRef('organiser_unit_id', () => units.id),
    targetUnitId: requiredRef('target_unit_id', () => units.id),
    members: jsonb('members').$type<string[]>().notNull().default([]),
    periodFrom: isoDate('period_from').notNull(),
    periodTo: isoDate('period_to').notNull(),
    content: text('content').notNull(),
    conclusionNumber: text('conclusion_number'),
  },
  (t) => [
    index('inspections_organiser_idx').on(t.organiserUnitId, t.year),
    index('inspections_target_idx').on(t.targetUnitId),
    oneOf('inspections_kind_check', t.kind, ['inspection', 'supervision']),
    check('inspections_period_check', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);

export const findings = recordTable(
  'findings',
  {
    inspectionId: requiredRef('inspection_id', () => inspections.id, 'cascade'),
    text: text('text').notNull(),
    status: text('status').$type<FindingStatus>().notNull().default('open'),
  },
  (t) => [
    index('findings_inspection_idx').on(t.inspectionId),
    oneOf('findings_status_check', t.status, ['open', 'remedied']),
  ],
);

export const directives = recordTable(
  'directives',
  {
    text: text('text').notNull(),
    sourceKind: text('source_kind').$type<DirectiveSourceKind>().notNull(),
    sourceVisitId: integer('source_visit_id').references((): AnyPgColumn => visits.id, {
      onDelete: 'set null',
    }),
    sourceInspectionId: integer('source_inspection_id').references(() => inspections.id, {
      onDelete: 'set null',
    }),
    sourceFindingId: integer('source_finding_id').references(() => findings.id, { onDelete: 'set null' }),
    sourceNumber: text('source_number'),
    issuerUnitId: requiredRef('issuer_unit_id', () => units.id),
    leadUnitId: requiredRef('lead_unit_id', () => units.id),
    deadline: isoDate('deadline'),
    indicatorIds: jsonb('indicator_ids').$type<number[]>().notNull().default([]),
    progressPercent: doublePrecision('progress_percent').notNull().default(0),
    completedOn: isoDate('completed_on'),
    createdOn: isoDate('created_on').notNull(),
    version: versionColumn(),
  },
  (t) => [
    index('directives_lead_idx').on(t.leadUnitId),
    index('directives_issuer_idx').on(t.issuerUnitId),
    index('directives_visit_idx').on(t.sourceVisitId),
    index('directives_deadline_idx').on(t.deadline),
    oneOf('directives_source_kind_check', t.sourceKind, ['visit', 'inspection', 'document']),
    check('directives_progress_check', sql`${t.progressPercent} between 0 and 100`),
  ],
);

/** Coordinating units of a directive (the lead unit is on the directive itself). */
export const directiveUnits = pgTable(
  'directive_units',
  {
    directiveId: requiredRef('directive_id', () => directives.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
  },
  (t) => [primaryKey({ columns: [t.directiveId, t.unitId] }), index('directive_units_unit_idx').on(t.unitId)],
);

export const directiveUpdates = recordTable(
  'directive_updates',
  {
    directiveId: requiredRef('directive_id', () => directives.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
    userId: integer('user_id').references(() => users.id),
    reportedOn: isoDate('reported_on').notNull(),
    text: text('text').notNull(),
    percent: doublePrecision('percent').notNull(),
    evidence: jsonb('evidence').$type<VisitAttachment[]>().notNull().default([]),
  },
  (t) => [index('directive_updates_directive_idx').on(t.directiveId, t.reportedOn)],
);

export const extensionRequests = recordTable(
  'extension_requests',
  {
    directiveId: requiredRef('directive_id', () => directives.id, 'cascade'),
    requestedByUnitId: requiredRef('requested_by_unit_id', () => units.id),
    requestedOn: isoDate('requested_on').notNull(),
    currentDeadline: isoDate('current_deadline'),
    proposedDeadline: isoDate('proposed_deadline').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<ExtensionStatus>().notNull().default('pending'),
    decidedOn: isoDate('decided_on'),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
  },
  (t) => [
    index('extension_requests_directive_idx').on(t.directiveId),
    oneOf('extension_requests_status_check', t.status, ['pending', 'approved', 'rejected']),
  ],
);

/** PostgreSQL bytea as a Buffer on both drivers (node-postgres gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/** The columns of a stored file (evidence, a visit's minutes): the bytes with what lists show of them. */
const storedFileColumns = () => ({
  /** As the user named it, in Unicode NFC. */
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedByUserId: integer('uploaded_by_user_id').references(() => users.id),
  uploadedAt: timestampNow('uploaded_at'),
});

/** The stored size is the size of the bytes, and a file has some. */
const sizeMatchesContent = (name: string, t: { size: AnyPgColumn; content: AnyPgColumn }) =>
  check(name, sql`${t.size} > 0 and ${t.size} = octet_length(${t.content})`);

/**
 * Evidence files of a progress update (minutes, decisions, photos). The bytes live in the database because
 * the app servers keep no files of their own; the checksum lets an auditor prove a file unchanged.
 */
export const directiveEvidence = recordTable(
  'directive_evidence',
  {
    directiveId: requiredRef('directive_id', () => directives.id, 'cascade'),
    updateId: requiredRef('update_id', () => directiveUpdates.id, 'cascade'),
    ...storedFileColumns(),
  },
  (t) => [
    index('directive_evidence_directive_idx').on(t.directiveId),
    index('directive_evidence_update_idx').on(t.updateId),
    sizeMatchesContent('directive_evidence_size_check', t),
  ],
);

/** Files kept with a visit (minutes, the host's report, photos): bytes in the database, no server state. */
export const visitFiles = recordTable(
  'visit_files',
  {
    visitId: requiredRef('visit_id', () => visits.id, 'cascade'),
    ...storedFileColumns(),
  },
  (t) => [index('visit_files_visit_idx').on(t.visitId), sizeMatchesContent('visit_files_size_check', t)],
);
