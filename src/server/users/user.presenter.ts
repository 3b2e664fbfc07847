import type { User } from '../../core/types';

/** The JSON of a user: never the password hash. */
export function presentUser(user: User) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scopeUnitId: user.scopeUnitId,
  };
}
