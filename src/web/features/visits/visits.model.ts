// Pure helpers of the visits screens: labels and colours of the four buckets, and turning a reviewed draft
// into the requests that save it.

import type { Role } from '../../../core/types';
import { formatNumber } from '../../../core/vi/format';
import { DIRECTIVE_STATUS_LABELS, type DirectiveStatus } from '../../../core/visit/directive-status';
import type { ProposedDirective } from '../../../core/visit/propose-directives';
import type { Directive, ExtensionRequest, Inspection } from '../../../core/visit/visit.types';
import { type Actor, can } from '../../../core/visit/visit-access';
import { GOOD_TEXT, WARNING_TEXT } from '../../shared/labels';

/** Filled badge colours of the four buckets, dark enough for white text at AA contrast. */
export const STATUS_COLOUR: Record<DirectiveStatus, string> = {
  done_on_time: GOOD_TEXT,
  done_late: WARNING_TEXT,
  open_within_deadline: 'blue.9',
  open_overdue: 'red.9',
};

export const statusText = (s: DirectiveStatus): string => DIRECTIVE_STATUS_LABELS[s];

export interface UnitMatch {
  name: string;
  unitId: number | null;
  unitName: string | null;
}

export interface DraftDirectiveRow {
  /** Where the proposal starts in the text: a stable key for the review table. */
  key: number;
  text: string;
  include: boolean;
  leadUnitId: number | null;
  deadline: string | null;
}

/** Each proposed directive assigned to the host unit it addresses (when matched), all included. */
export function draftRows(
  proposals: readonly ProposedDirective[],
  hosts: readonly UnitMatch[],
): DraftDirectiveRow[] {
  return proposals.map((p) => ({
    key: p.span[0],
    text: p.text,
    include: true,
    leadUnitId: hosts.find((h) => h.name === p.addressee)?.unitId ?? hosts[0]?.unitId ?? null,
    deadline: null,
  }));
}

export interface DirectivePayload {
  text: string;
  source: { kind: 'visit'; visitId: number; number: null };
  issuerUnitId: number;
  leadUnitId: number;
  deadline: string | null;
  createdOn: string;
}

/** The POST /api/directives body for the included rows; a row without a lead unit is named in `missing`. */
export function directivePayloads(
  rows: readonly DraftDirectiveRow[],
  visit: { id: number; date: string; organiserUnitId: number },
): { directives: DirectivePayload[]; missing: number[] } {
  const missing: number[] = [];
  const directives: DirectivePayload[] = [];
  rows.forEach((r, i) => {
    if (!r.include) return;
    if (r.leadUnitId === null) {
      missing.push(i + 1);
      return;
    }
    directives.push({
      text: r.text,
      source: { kind: 'visit', visitId: visit.id, number: null },
      issuerUnitId: visit.organiserUnitId,
      leadUnitId: r.leadUnitId,
      deadline: r.deadline,
      createdOn: visit.date,
    });
  });
  return { directives, missing };
}

/** Who the user acts for, as the core rules see them: their scope root and the units the API lets them see. */
export function actorOf(
  user: { id: number; role: Role; scopeUnitId: number | null },
  visibleUnitIds: readonly number[],
): Actor {
  return {
    userId: user.id,
    role: user.role,
    unitId: user.scopeUnitId,
    scope:
      user.scopeUnitId === null ? { kind: 'all' } : { kind: 'subtree', unitIds: new Set(visibleUnitIds) },
  };
}

/** What the user may do on a directive: core's rules, the ones the server applies, so buttons match its answers. */
export function directiveRights(
  actor: Actor,
  d: Pick<Directive, 'issuerUnitId' | 'leadUnitId' | 'completedOn'>,
) {
  const open = d.completedOn === null;
  return {
    report: open && can(actor, 'progress.create', d),
    requestExtension: open && can(actor, 'extension.request', d),
    decide: open && can(actor, 'extension.decide', d),
    /** Whether this request is one the user may decide: never one their own unit made. */
    decides: (extension: Pick<ExtensionRequest, 'requestedByUnitId'>) =>
      open && can(actor, 'extension.decide', { ...d, extension }),
    complete: open && can(actor, 'directive.complete', d),
  };
}

/** The deadline first set, when approved extensions have moved it since; null when it never moved. */
export function originalDeadline(extensions: readonly ExtensionRequest[]): string | null {
  const approved = extensions
    .filter((e) => e.status === 'approved')
    .sort(
      (a, b) => (a.decidedOn ?? a.requestedOn).localeCompare(b.decidedOn ?? b.requestedOn) || a.id - b.id,
    );
  return approved[0]?.currentDeadline ?? null;
}

/** Counts written with two digits, as party reports print them ("08 đoàn"). */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Members typed one per line or separated by ";" or ",". */
export function memberList(text: string): string[] {
  return text
    .split(/[\n;,]/)
    .map((m) => m.trim())
    .filter((m) => m !== '');
}

export interface RemediationPayload {
  text: string;
  source: { kind: 'inspection'; inspectionId: number; findingId: number; number: string | null };
  issuerUnitId: number;
  leadUnitId: number;
  deadline: string | null;
}

/** A finding turned into a directive: issued by the team's organiser, led by the unit examined unless changed. */
export function remediationPayload(
  inspection: Pick<Inspection, 'id' | 'organiserUnitId' | 'conclusionNumber'>,
  findingId: number,
  input: { text: string; leadUnitId: number; deadline: string | null },
): RemediationPayload {
  return {
    text: input.text,
    source: {
      kind: 'inspection',
      inspectionId: inspection.id,
      findingId,
      number: inspection.conclusionNumber,
    },
    issuerUnitId: inspection.organiserUnitId,
    leadUnitId: input.leadUnitId,
    deadline: input.deadline,
  };
}

/** Evidence the server takes: these kinds (told by their bytes there), at most 10 MB each. */
export const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A file size as people read it, in vi-VN numbers.
 * @example fileSizeText(12_800) === '13 KB'; fileSizeText(1_572_864) === '1,5 MB'
 */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
