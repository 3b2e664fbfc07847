// The person at the command line as the use cases see them: an administrator over every unit, or over
// one unit's subtree when a command names it (`--unit`), so a CLI list is the one that unit's users see.
// Only reading commands use it: it has no account, so nothing it does could be audited under a name.
import type { User } from '../core/types';

export function cliReader(scopeUnitId: number | null = null): User {
  return { id: 0, username: 'tiendo', displayName: 'Dòng lệnh', role: 'admin', scopeUnitId };
}
