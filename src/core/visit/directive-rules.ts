// The life of a directive after it is given: progress, extensions, completion; every rule names who may act.

import { DomainError } from '../errors';
import type { Directive, DirectiveUpdate, ExtensionRequest } from './visit.types';
import { type Actor, can } from './visit-access';

/** Why a directive action was refused, carried in DomainError.extra.reason for the UI's words. */
export type DirectiveRuleReason =
  | 'not_issuer'
  | 'not_lead_unit'
  | 'own_request'
  | 'already_completed'
  | 'already_decided';

const WHO_REFUSALS: ReadonlySet<DirectiveRuleReason> = new Set([
  'not_issuer',
  'not_lead_unit',
  'own_request',
]);

function refuse(reason: DirectiveRuleReason, message: string): DomainError {
  const code = WHO_REFUSALS.has(reason) ? 'forbidden' : 'invalid_input';
  return new DomainError(code, null, message, { reason });
}

function requireOpen(d: Directive): void {
  if (d.completedOn !== null) {
    throw refuse('already_completed', `directive ${d.id}: completed on ${d.completedOn}`);
  }
}

export type ProgressInput = Pick<DirectiveUpdate, 'text' | 'percent' | 'reportedOn'>;

/**
 * Checks a progress update by the lead unit and returns the directive with its new progress.
 * @example recordProgress(d, actor, { text: 'Đã quán triệt 12/12 chi bộ', percent: 60, reportedOn: '2023-12-01' }).progressPercent === 60
 */
export function recordProgress(d: Directive, actor: Actor, update: ProgressInput): Directive {
  if (!can(actor, 'progress.create', d)) {
    throw refuse('not_lead_unit', `directive ${d.id}: only the lead unit reports progress`);
  }
  requireOpen(d);
  if (!Number.isFinite(update.percent) || update.percent < 0 || update.percent > 100) {
    throw new DomainError('out_of_range', 'percent', `${update.percent} is not between 0 and 100`);
  }
  if (update.text.trim() === '')
    throw new DomainError('invalid_input', 'text', 'a progress update needs words');
  return { ...d, progressPercent: update.percent };
}

/**
 * Evidence files (minutes, decisions, photos) back a progress update, so the same unit attaches them: the
 * lead unit. A completed directive still takes them, as proof filed after the issuer's confirmation.
 * @example checkEvidenceUpload(d, districtEditor) // passes when the district leads d; throws 'forbidden' otherwise
 */
export function checkEvidenceUpload(d: Directive, actor: Actor): void {
  if (!can(actor, 'evidence.create', d)) {
    throw refuse('not_lead_unit', `directive ${d.id}: only the lead unit attaches evidence to its progress`);
  }
}

/**
 * Checks an extension request by the lead unit: the new deadline must be later than the one in force.
 * @example requestExtension(d, actor, { proposedDeadline: '2024-03-31', reason: 'chờ vốn', today: '2023-12-20' }).status === 'pending'
 */
export function requestExtension(
  d: Directive,
  actor: Actor,
  input: { proposedDeadline: string; reason: string; today: string },
): Omit<ExtensionRequest, 'id'> {
  if (!can(actor, 'extension.request', d) || actor.unitId === null) {
    throw refuse('not_lead_unit', `directive ${d.id}: only the lead unit asks for an extension`);
  }
  requireOpen(d);
  if (d.deadline !== null && input.proposedDeadline <= d.deadline) {
    throw new DomainError(
      'invalid_input',
      'proposedDeadline',
      `${input.proposedDeadline} is not after the deadline ${d.deadline}`,
    );
  }
  return {
    directiveId: d.id,
    requestedByUnitId: actor.unitId,
    requestedOn: input.today,
    currentDeadline: d.deadline,
    proposedDeadline: input.proposedDeadline,
    reason: input.reason,
    status: 'pending',
    decidedOn: null,
    decidedByUserId: null,
  };
}

/**
 * The issuer approves or rejects a pending extension; approval moves the deadline.
 * @example decideExtension(d, request, issuer, 'approved', '2023-12-22').directive.deadline === '2024-03-31'
 */
export function decideExtension(
  d: Directive,
  request: ExtensionRequest,
  actor: Actor,
  decision: 'approved' | 'rejected',
  today: string,
): { directive: Directive; request: ExtensionRequest } {
  if (!can(actor, 'extension.decide', d)) {
    throw refuse('not_issuer', `directive ${d.id}: only the issuing unit decides on extensions`);
  }
  if (!can(actor, 'extension.decide', { ...d, extension: request })) {
    throw refuse('own_request', `extension ${request.id}: a unit does not decide its own request`);
  }
  if (request.status !== 'pending') {
    throw refuse('already_decided', `extension ${request.id}: already ${request.status}`);
  }
  requireOpen(d);
  const decided = { ...request, status: decision, decidedOn: today, decidedByUserId: actor.userId };
  return {
    directive: decision === 'approved' ? { ...d, deadline: request.proposedDeadline } : d,
    request: decided,
  };
}

/**
 * The issuer confirms a directive done on a date, which fixes its bucket (on time or late) for good.
 * @example confirmCompletion(d, issuer, '2023-12-30').completedOn === '2023-12-30'
 */
export function confirmCompletion(d: Directive, actor: Actor, completedOn: string): Directive {
  if (!can(actor, 'directive.complete', d)) {
    throw refuse('not_issuer', `directive ${d.id}: only the issuing unit confirms completion`);
  }
  requireOpen(d);
  if (completedOn < d.createdOn) {
    throw new DomainError('invalid_input', 'completedOn', `${completedOn} is before the directive was given`);
  }
  return { ...d, completedOn, progressPercent: 100 };
}
