// Who may see visits and directives, and who may act on them: one rule per action, for the API and the web.
import type { Role } from '../types';
import type { Directive, ExtensionRequest, Inspection, Visit } from './visit.types';

/** The units a user may see: every unit, or the ids of one subtree. */
export type UnitScope = { kind: 'all' } | { kind: 'subtree'; unitIds: ReadonlySet<number> };

/** A user as the rules need them: role, the unit they act for, and the subtree they see. */
export interface Actor {
  userId: number;
  role: Role;
  /** The unit the user acts for (root of their scope); null for a global administrator. */
  unitId: number | null;
  scope: UnitScope;
}

/**
 * Whether a unit lies in the scope.
 * @example inScope({ kind: 'subtree', unitIds: new Set([2, 5]) }, 5) === true
 */
export function inScope(scope: UnitScope, unitId: number): boolean {
  return scope.kind === 'all' || scope.unitIds.has(unitId);
}

/**
 * A unit sees the visits it organised or hosted (or that a unit of its subtree did).
 * @example canSeeVisit(districtScope, { organiserUnitId: 1, hostUnitIds: [2, 5] }) === true when 2 is in scope
 */
export function canSeeVisit(
  scope: UnitScope,
  visit: Pick<Visit, 'organiserUnitId' | 'hostUnitIds'>,
): boolean {
  return inScope(scope, visit.organiserUnitId) || visit.hostUnitIds.some((id) => inScope(scope, id));
}

/**
 * A unit sees the directives it issued or that are assigned (lead or coordinating) within its subtree.
 * @example canSeeDirective(communeScope, { issuerUnitId: 1, leadUnitId: 2, coordinatingUnitIds: [5] }) === true when 5 is in scope
 */
export function canSeeDirective(
  scope: UnitScope,
  d: Pick<Directive, 'issuerUnitId' | 'leadUnitId' | 'coordinatingUnitIds'>,
): boolean {
  return (
    inScope(scope, d.issuerUnitId) ||
    inScope(scope, d.leadUnitId) ||
    d.coordinatingUnitIds.some((id) => inScope(scope, id))
  );
}

/**
 * A unit sees the inspections it organised or that examined a unit of its subtree.
 * @example canSeeInspection(scope, { organiserUnitId: 1, targetUnitId: 2 }) === inScope(scope, 1) || inScope(scope, 2)
 */
export function canSeeInspection(
  scope: UnitScope,
  i: Pick<Inspection, 'organiserUnitId' | 'targetUnitId'>,
): boolean {
  return inScope(scope, i.organiserUnitId) || inScope(scope, i.targetUnitId);
}

/**
 * Only the issuing unit's own editors (not its superiors, not administrators of other units) decide on a directive.
 * @example isIssuer({ userId: 3, role: 'editor', unitId: 1, scope }, { issuerUnitId: 1 }) === true
 */
export function isIssuer(actor: Actor, d: Pick<Directive, 'issuerUnitId'>): boolean {
  return actor.role !== 'viewer' && actor.unitId === d.issuerUnitId;
}

/**
 * The lead unit's own editors report for it: a superior whose subtree holds the lead unit does not, or the
 * province could report the district's progress and then approve the extension it asked for itself.
 * @example isLeadEditor({ userId: 4, role: 'editor', unitId: 2, scope: districtScope }, { leadUnitId: 2 }) === true
 */
export function isLeadEditor(actor: Actor, d: Pick<Directive, 'leadUnitId'>): boolean {
  return actor.role !== 'viewer' && actor.unitId === d.leadUnitId;
}

type DirectiveParties = Pick<Directive, 'issuerUnitId' | 'leadUnitId'>;
type Organised = Pick<Inspection, 'organiserUnitId'>;

/** What each action is asked about. */
export interface ActionSubjects {
  'directive.edit': DirectiveParties;
  'directive.delete': DirectiveParties;
  'directive.complete': DirectiveParties;
  'progress.create': DirectiveParties;
  'evidence.create': DirectiveParties;
  'extension.request': DirectiveParties;
  /** Without `extension`: whether the actor decides this directive's requests at all. */
  'extension.decide': DirectiveParties & { extension?: Pick<ExtensionRequest, 'requestedByUnitId'> };
  'visit.edit': Organised;
  'visit.delete': Organised;
  'inspection.create': Organised;
  'finding.create': Organised;
  'finding.edit': Organised;
}

export type Action = keyof ActionSubjects;

/** An editor (or admin) whose subtree holds the organiser: the programme is the organiser's own work. */
const organises = (actor: Actor, s: Organised) =>
  actor.role !== 'viewer' && inScope(actor.scope, s.organiserUnitId);

const RULES: { [A in Action]: (actor: Actor, subject: ActionSubjects[A]) => boolean } = {
  'directive.edit': isIssuer,
  'directive.delete': isIssuer,
  'directive.complete': isIssuer,
  'progress.create': isLeadEditor,
  'evidence.create': isLeadEditor,
  'extension.request': isLeadEditor,
  // Never on its own request: a unit that both issued and leads a directive cannot move its own deadline.
  'extension.decide': (actor, s) =>
    isIssuer(actor, s) && (s.extension === undefined || s.extension.requestedByUnitId !== actor.unitId),
  'visit.edit': organises,
  'visit.delete': organises,
  'inspection.create': organises,
  'finding.create': organises,
  'finding.edit': organises,
};

/**
 * Whether the actor may take the action on the subject: the one rule the API enforces and the web asks
 * before it offers a form.
 * @example can(districtEditor, 'progress.create', { issuerUnitId: 1, leadUnitId: 2 }) === true when districtEditor.unitId === 2
 */
export function can<A extends Action>(actor: Actor, action: A, subject: ActionSubjects[A]): boolean {
  return RULES[action](actor, subject);
}
