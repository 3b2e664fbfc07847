// Pure helpers of the visits screens: labels and colours of the four buckets, and turning a reviewed draft
// into the requests that save it.
import { DIRECTIVE_STATUS_LABELS, type DirectiveStatus } from '../../../core/visit/directive-status';
import type { ProposedDirective } from '../../../core/visit/propose-directives';

export const STATUS_COLOUR: Record<DirectiveStatus, string> = {
  done_on_time: 'green',
  done_late: 'yellow',
  open_within_deadline: 'blue',
  open_overdue: 'red',
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
