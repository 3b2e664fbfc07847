// An audit entry shown to people names who made it: one lookup per author, not per entry.
import type { AuditEntry } from '../../db/audit.repository';
import type { UserRepository } from '../../db/user.repository';

/** One change, with the name of who made it (null when the system or the console made it). */
export type NamedAuditEntry = AuditEntry & { who: string | null };

export async function withAuthorNames(
  users: Pick<UserRepository, 'findById'>,
  entries: readonly AuditEntry[],
): Promise<NamedAuditEntry[]> {
  const names = new Map<number, string>();
  for (const id of new Set(entries.flatMap((e) => (e.userId === null ? [] : [e.userId])))) {
    const author = await users.findById(id);
    if (author) names.set(id, author.displayName);
  }
  return entries.map((e) => ({ ...e, who: e.userId === null ? null : (names.get(e.userId) ?? null) }));
}
