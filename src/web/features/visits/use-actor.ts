// The signed-in user as core's access rules see them, for screens to ask `can` before offering a form.
import type { Actor } from '../../../core/visit/visit-access';
import { useUnits } from '../../api/queries';
import { useUser } from '../../app/session';
import { actorOf } from './visits.model';

/** The user, their scope root and the units the API lets them see. */
export function useActor(): Actor {
  const user = useUser();
  const units = useUnits();
  return actorOf(
    user,
    (units.data ?? []).map((u) => u.id),
  );
}
