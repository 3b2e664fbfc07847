// In-app notifications of regime periods and the e-mail each one still owes. Inserting meets the unique key
// (unit × regime × period × kind), so a reminder pass run twice, or by two servers at once, adds each once.
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { ReminderKind } from '../core/reminder';
import type { Executor } from './database';
import { notifications } from './notification.schema';
import { users } from './user.schema';

export interface NotificationInput {
  unitId: number;
  regimeId: number;
  period: string;
  kind: ReminderKind;
  subject: string;
  body: string;
}

export interface Notification extends NotificationInput {
  id: number;
  createdAt: string;
  emailedAt: string | null;
}

type Row = typeof notifications.$inferSelect;

function toNotification({ readAt: _, createdAt, emailedAt, ...row }: Row): Notification {
  return { ...row, createdAt: createdAt.toISOString(), emailedAt: emailedAt?.toISOString() ?? null };
}

export function createNotificationRepository(db: Executor) {
  return {
    /** Adds the notifications not yet made; returns only those this call added. */
    async insertNew(rows: readonly NotificationInput[], ex: Executor = db): Promise<Notification[]> {
      if (rows.length === 0) return [];
      const added = await ex
        .insert(notifications)
        .values([...rows])
        .onConflictDoNothing()
        .returning();
      return added.map(toNotification);
    },

    /** The notifications still owing their e-mail, locked so two passes at once never send one twice. */
    async lockUnmailed(tx: Executor): Promise<Notification[]> {
      const rows = await tx
        .select()
        .from(notifications)
        .where(isNull(notifications.emailedAt))
        .orderBy(asc(notifications.id))
        .for('update', { skipLocked: true });
      return rows.map(toNotification);
    },

    async markEmailed(id: number, at: Date, tx: Executor): Promise<void> {
      await tx.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
    },

    /** The e-mail addresses of the users whose scope is the unit itself: who reports for it. */
    async emailsOfUnits(unitIds: readonly number[], ex: Executor = db): Promise<Map<number, string[]>> {
      if (unitIds.length === 0) return new Map();
      const rows = await ex
        .select({ unitId: users.scopeUnitId, email: users.email })
        .from(users)
        .where(and(inArray(users.scopeUnitId, [...unitIds]), isNotNull(users.email)))
        .orderBy(asc(users.id));
      const found = new Map<number, string[]>();
      for (const r of rows) {
        if (r.unitId === null || r.email === null) continue;
        found.set(r.unitId, [...(found.get(r.unitId) ?? []), r.email]);
      }
      return found;
    },

    async findAll(ex: Executor = db): Promise<Notification[]> {
      const rows = await ex.select().from(notifications).orderBy(asc(notifications.id));
      return rows.map(toNotification);
    },
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
