// A change history as the API answers it, for figures and for every audited record alike.
import type { NamedAuditEntry } from '../../app/audit/named-entries';

export function presentHistory(entries: readonly NamedAuditEntry[]) {
  return {
    entries: entries.map(({ id, at, action, userId, who, before, after }) => ({
      id,
      at,
      action,
      userId,
      who,
      before,
      after,
    })),
  };
}
