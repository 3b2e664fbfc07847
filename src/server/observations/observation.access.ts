import type { Observation, User } from '../../core/types';
import type { ObservationRepository } from '../../db/observation.repository';
import type { UnitRepository } from '../../db/unit.repository';
import { type Access, requireUnit } from '../auth/scope';
import { notFoundRecord } from '../shared/lookup';

/** The figure, when it exists and its unit is in the user's scope for this access. */
export async function requireObservation(
  observations: ObservationRepository,
  units: UnitRepository,
  user: User,
  id: number,
  access: Access,
): Promise<Observation> {
  const observation = await observations.findById(id);
  if (!observation) throw notFoundRecord('số liệu', id);
  await requireUnit(units, user, observation.unitId, access);
  return observation;
}
