// Every unit and indicator a directive's body names is checked, on create and on change: an unchecked
// lead or coordinating unit moved a district's directive into another province, whose editors could then
// read it and report on it.
import type { User } from '../../core/types';
import type { Directive } from '../../core/visit/visit.types';
import type { IndicatorRepository } from '../../db/indicator.repository';
import type { UnitRepository } from '../../db/unit.repository';
import { requireUnit } from '../auth/scope';
import { requireIndicator } from '../shared/lookup';

export type DirectiveReferences = Partial<
  Pick<Directive, 'issuerUnitId' | 'leadUnitId' | 'coordinatingUnitIds' | 'indicatorIds'>
>;

/**
 * The issuer must be a unit the user writes for; the lead and coordinating units must lie in their
 * scope; each indicator must exist. Refusals name the field (`directives.0.coordinatingUnitIds.1`).
 */
export async function checkDirectiveReferences(
  repositories: { units: UnitRepository; indicators: IndicatorRepository },
  user: User,
  d: DirectiveReferences,
  at = '',
): Promise<void> {
  const { units, indicators } = repositories;
  const field = (name: string) => (at ? `${at}.${name}` : name);
  if (d.issuerUnitId !== undefined)
    await requireUnit(units, user, d.issuerUnitId, 'write', field('issuerUnitId'));
  if (d.leadUnitId !== undefined) await requireUnit(units, user, d.leadUnitId, 'read', field('leadUnitId'));
  for (const [i, id] of (d.coordinatingUnitIds ?? []).entries())
    await requireUnit(units, user, id, 'read', field(`coordinatingUnitIds.${i}`));
  for (const [i, id] of (d.indicatorIds ?? []).entries())
    await requireIndicator(indicators, id, field(`indicatorIds.${i}`));
}
