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

/** The JSON of an account in the admin's list: the user and whether it may sign in. */
export function presentAccount(account: User & { active: boolean }) {
  return { ...presentUser(account), active: account.active };
}
