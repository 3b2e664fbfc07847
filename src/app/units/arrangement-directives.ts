// The open directives whose lead unit an arrangement ends, and where each goes (the plan's receivers);
// on apply each moves to its new lead, audited, with a line in its history saying from where and when.
import type { ArrangementPlan } from '../../core/arrangement/arrangement-plan';
import { DomainError } from '../../core/errors';
import type { Unit } from '../../core/types';
import { formatDate } from '../../core/vi/format';
import type { Actor } from '../../db/audit.repository';
import type { Executor } from '../../db/database';
import { createDirectiveRepository } from '../../db/visit-directive.repository';

/** One open directive of a unit that ends: where it goes, or null (with why) when the file must say. */
export interface DirectiveMove {
  directiveId: number;
  text: string;
  fromCode: string;
  fromName: string;
  toCode: string | null;
  toName: string | null;
  reason: string;
}

/**
 * The open directives led by the units the plan ends, each with its receiving unit.
 * @example await directiveMoves(db, plan, units) → [{ directiveId: 3, fromCode: 'HU_CAINUOC', toCode: 'TU_CAMAU_MOI', … }]
 */
export async function directiveMoves(
  db: Executor,
  plan: ArrangementPlan,
  units: readonly Unit[],
): Promise<DirectiveMove[]> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const newNames = new Map(plan.newUnits.map((u) => [u.code, u.name]));
  const directives = createDirectiveRepository(db);
  const today = new Date().toISOString().slice(0, 10);
  const moves: DirectiveMove[] = [];
  for (const receiver of plan.directiveReceivers) {
    const from = byCode.get(receiver.fromCode);
    if (!from) continue;
    const open = (await directives.list({ scopeUnitIds: null, today, leadUnitId: from.id })).filter(
      (d) => d.completedOn === null,
    );
    const toName =
      receiver.toCode === null
        ? null
        : (byCode.get(receiver.toCode)?.name ?? newNames.get(receiver.toCode) ?? null);
    for (const d of open)
      moves.push({
        directiveId: d.id,
        text: d.text,
        fromCode: from.code,
        fromName: from.name,
        toCode: receiver.toCode,
        toName,
        reason: receiver.reason,
      });
  }
  return moves;
}

/** A move without a receiving unit cannot be applied: the file must name one (`directive_successor`). */
export function requireReceivers(moves: readonly DirectiveMove[]): void {
  const open = moves.filter((m) => m.toCode === null);
  if (open.length === 0) return;
  const first = open[0]!;
  throw new DomainError(
    'invalid_input',
    'Đơn vị nhận nhiệm vụ',
    `${open.length} chỉ đạo của ${first.fromName} chưa có đơn vị nhận (${first.reason}), chưa ghi gì`,
    { directives: open.map((m) => ({ directiveId: m.directiveId, fromCode: m.fromCode, reason: m.reason })) },
  );
}

/** Where a unit that ends hands over, by its effective date: from the plan's ending and dissolved units. */
function handOverDates(plan: ArrangementPlan): Map<string, { on: string; document: string | null }> {
  const dates = new Map<string, { on: string; document: string | null }>();
  for (const l of plan.links)
    if (!dates.has(l.predecessorCode))
      dates.set(l.predecessorCode, { on: l.effectiveOn, document: l.document });
  for (const d of plan.dissolutions) dates.set(d.code, { on: d.effectiveOn, document: d.document });
  return dates;
}

/**
 * Moves each directive to its receiving unit inside the arrangement's transaction: the lead changes
 * (audited as an update), the receiver stops being a coordinating unit, progress and history stay, and a
 * history line says "Chuyển từ Huyện ủy Cái Nước sang … ngày 01/07/2025".
 */
export async function moveDirectives(
  tx: Executor,
  plan: ArrangementPlan,
  moves: readonly DirectiveMove[],
  ids: ReadonlyMap<string, number>,
  actor: Actor,
): Promise<void> {
  const directives = createDirectiveRepository(tx);
  const dates = handOverDates(plan);
  for (const move of moves) {
    const leadUnitId = ids.get(move.toCode!)!;
    const before = await directives.requireById(move.directiveId, tx);
    if (before.leadUnitId === leadUnitId || before.completedOn !== null) continue;
    const coordinatingUnitIds = before.coordinatingUnitIds.filter((id) => id !== leadUnitId);
    const saved = await directives.save({ ...before, leadUnitId, coordinatingUnitIds }, actor, tx);
    const date = dates.get(move.fromCode);
    const on = date?.on ?? new Date().toISOString().slice(0, 10);
    const by = date?.document ? ` theo ${date.document}` : '';
    await directives.addUpdate(
      {
        directiveId: saved.id,
        unitId: leadUnitId,
        userId: actor.userId,
        reportedOn: on,
        text: `Chuyển từ ${move.fromName} sang ${move.toName} ngày ${formatDate(on)}${by}`,
        percent: saved.progressPercent,
        evidence: [],
      },
      saved,
      actor,
      tx,
    );
  }
}
