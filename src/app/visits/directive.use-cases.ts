// Directives (kết luận, chỉ đạo): read within scope; issued, edited, completed and deleted by the issuing
// unit's editors; progress and extension requests by the lead unit's own editors; decisions by the
// issuer, never on its own request (core/visit/visit-access and directive-rules). Each change runs in one
// transaction with its checks, so a refused one writes nothing.
import { DomainError } from '../../core/errors';
import type { User } from '../../core/types';
import {
  confirmCompletion,
  decideExtension,
  type ProgressInput,
  recordProgress,
  requestExtension,
} from '../../core/visit/directive-rules';
import type { Directive, DirectiveUpdate, ExtensionRequest } from '../../core/visit/visit.types';
import { can } from '../../core/visit/visit-access';
import type { Db, Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import type { VersionRead } from '../../db/versioned';
import {
  createDirectiveRepository,
  type DirectiveFilter,
  type DirectiveInput,
  type StoredDirective,
} from '../../db/visit-directive.repository';
import { notFoundRecord, requireIndicator, requireUnit } from '../access/unit-scope';
import { allow, readableDirective, todayOr, visitViewer } from './visit-actor';

export type DirectiveReferences = Partial<
  Pick<Directive, 'issuerUnitId' | 'leadUnitId' | 'coordinatingUnitIds' | 'indicatorIds'>
>;

/** What an editor may change of a directive (its source and issuer stay). */
export type DirectiveChange = Partial<
  Pick<Directive, 'text' | 'leadUnitId' | 'coordinatingUnitIds' | 'deadline' | 'indicatorIds'>
> &
  VersionRead;

export type NewDirective = Omit<DirectiveInput, 'createdOn'> & { createdOn?: string | undefined };

function repositories(ex: Executor) {
  return {
    directives: createDirectiveRepository(ex),
    units: createUnitRepository(ex),
    indicators: createIndicatorRepository(ex),
    users: createUserRepository(ex),
  };
}

/**
 * Every unit and indicator a directive's body names is checked, on create and on change: an unchecked lead
 * or coordinating unit moved a district's directive into another province, whose editors could then read
 * it and report on it. The issuer must be a unit the user writes for; the lead and coordinating units
 * must lie in their scope; each indicator must exist. Refusals name the field
 * (`directives.0.coordinatingUnitIds.1`).
 */
export async function checkDirectiveReferences(
  { units, indicators }: Pick<ReturnType<typeof repositories>, 'units' | 'indicators'>,
  user: User,
  d: DirectiveReferences,
  at = '',
): Promise<void> {
  const field = (name: string) => (at ? `${at}.${name}` : name);
  if (d.issuerUnitId !== undefined)
    await requireUnit(units, user, d.issuerUnitId, 'write', field('issuerUnitId'));
  if (d.leadUnitId !== undefined) await requireUnit(units, user, d.leadUnitId, 'read', field('leadUnitId'));
  for (const [i, id] of (d.coordinatingUnitIds ?? []).entries())
    await requireUnit(units, user, id, 'read', field(`coordinatingUnitIds.${i}`));
  for (const [i, id] of (d.indicatorIds ?? []).entries())
    await requireIndicator(indicators, id, field(`indicatorIds.${i}`));
}

/**
 * A unit leads a directive or coordinates it, not both: listed twice, its progress would count as the
 * lead's and a coordinator's at once, and the issuer could not tell who answers for it.
 */
function refuseLeadAmongCoordinators(
  d: Pick<Directive, 'leadUnitId' | 'coordinatingUnitIds'>,
  at = '',
): void {
  const i = d.coordinatingUnitIds.indexOf(d.leadUnitId);
  if (i < 0) return;
  throw new DomainError(
    'invalid_input',
    `${at ? `${at}.` : ''}coordinatingUnitIds.${i}`,
    `đơn vị ${d.leadUnitId} đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp`,
  );
}

/** The directive use cases over one database. */
export function createDirectiveUseCases(db: Db) {
  /** A directive the user reads, under its transaction's repositories. */
  const readable = (ex: Executor, user: User, id: number) => {
    const { units, directives } = repositories(ex);
    return readableDirective(units, directives, user, id);
  };
  /**
   * A directive the user is about to change, read under its row lock: two changes at once each start from
   * what the other wrote, where reading first lost an edit, a progress report or let two decisions stand.
   */
  const changing = async (tx: Executor, user: User, id: number) => {
    await repositories(tx).directives.lockForChange(id, tx);
    return readable(tx, user, id);
  };

  return {
    /** Directives within the user's subtree (issued, led or coordinated there), as of a day. */
    async list(user: User, filter: Omit<DirectiveFilter, 'scopeUnitIds'>): Promise<StoredDirective[]> {
      const { units, directives } = repositories(db);
      const { scopeIds } = await visitViewer(units, user);
      return directives.list({ ...filter, scopeUnitIds: scopeIds });
    },

    /** The four-way counts by lead unit within the user's subtree. */
    async summary(user: User, filter: Omit<DirectiveFilter, 'scopeUnitIds'> & { dueSoonDays: number }) {
      const { units, directives } = repositories(db);
      const { scopeIds } = await visitViewer(units, user);
      return directives.summary({ ...filter, scopeUnitIds: scopeIds });
    },

    /** One directive with its progress reports (and who reported each) and its extension requests. */
    async detail(user: User, id: number) {
      const { directives, users } = repositories(db);
      const { directive } = await readable(db, user, id);
      const updates = await directives.updatesOf(directive.id);
      const names = new Map<number, string>();
      for (const userId of new Set(updates.flatMap((u) => (u.userId === null ? [] : [u.userId])))) {
        const reporter = await users.findById(userId);
        if (reporter) names.set(userId, reporter.displayName);
      }
      return {
        directive,
        updates: updates.map((u) => ({
          ...u,
          reportedBy: u.userId === null ? null : (names.get(u.userId) ?? null),
        })),
        extensions: await directives.extensionsOf(directive.id),
      };
    },

    /** Issues several directives at once (a visit's reviewed drafts): all or none. */
    async create(user: User, inputs: readonly NewDirective[], today: string): Promise<StoredDirective[]> {
      return db.transaction(async (tx) => {
        const repos = repositories(tx);
        for (const [n, d] of inputs.entries()) {
          refuseLeadAmongCoordinators(d, `directives.${n}`);
          await checkDirectiveReferences(repos, user, d, `directives.${n}`);
        }
        const rows = inputs.map((d) => ({ ...d, createdOn: d.createdOn ?? today }));
        return repos.directives.createMany(rows, { userId: user.id }, tx);
      });
    },

    /** Changes only what is sent, by the issuer; with the version read, a directive changed since is refused. */
    async change(user: User, id: number, change: DirectiveChange): Promise<StoredDirective> {
      return db.transaction(async (tx) => {
        const repos = repositories(tx);
        const { directive, actor } = await changing(tx, user, id);
        allow(can(actor, 'directive.edit', directive), `id: chỉ đơn vị ban hành được sửa kết luận ${id}`);
        const { version, ...values } = change;
        refuseLeadAmongCoordinators({ ...directive, ...values });
        await checkDirectiveReferences(repos, user, values);
        return repos.directives.save({ ...directive, ...values }, { userId: user.id }, tx, version);
      });
    },

    /** Deletes a directive, by the issuer. */
    async remove(user: User, id: number): Promise<void> {
      await db.transaction(async (tx) => {
        const { directive, actor } = await changing(tx, user, id);
        allow(can(actor, 'directive.delete', directive), `id: chỉ đơn vị ban hành được xóa kết luận ${id}`);
        await repositories(tx).directives.remove(directive.id, { userId: user.id }, tx);
      });
    },

    /** A progress report by the lead unit's own editors; the directive's progress moves with it. */
    async reportProgress(
      user: User,
      id: number,
      input: Omit<ProgressInput, 'reportedOn'> &
        Pick<DirectiveUpdate, 'evidence'> & { reportedOn?: string | undefined },
    ): Promise<{ update: DirectiveUpdate; directive: StoredDirective }> {
      return db.transaction(async (tx) => {
        const { directives } = repositories(tx);
        const { directive, actor } = await changing(tx, user, id);
        const reportedOn = todayOr(input.reportedOn);
        const after = recordProgress(directive, actor, { ...input, reportedOn });
        const row = { ...input, reportedOn, directiveId: id, unitId: directive.leadUnitId, userId: user.id };
        const update = await directives.addUpdate(row, after, { userId: user.id }, tx);
        return { update, directive: await directives.requireById(id, tx) };
      });
    },

    /** An extension request by the lead unit's own editors. */
    async requestExtension(
      user: User,
      id: number,
      input: { proposedDeadline: string; reason: string; requestedOn?: string | undefined },
    ): Promise<ExtensionRequest> {
      return db.transaction(async (tx) => {
        const { directive, actor } = await changing(tx, user, id);
        const draft = requestExtension(directive, actor, { ...input, today: todayOr(input.requestedOn) });
        return repositories(tx).directives.addExtension(draft, { userId: user.id }, tx);
      });
    },

    /** The issuer's decision on a request (never its own); an approval moves the deadline. */
    async decideExtension(
      user: User,
      id: number,
      extensionId: number,
      input: { decision: 'approved' | 'rejected'; decidedOn?: string | undefined },
    ): Promise<{ extension: ExtensionRequest; directive: StoredDirective }> {
      return db.transaction(async (tx) => {
        const { directives } = repositories(tx);
        const { directive, actor } = await changing(tx, user, id);
        const request = await directives.findExtension(extensionId, tx);
        if (!request || request.directiveId !== id) throw notFoundRecord('đề nghị gia hạn', extensionId);
        const today = todayOr(input.decidedOn);
        const decided = decideExtension(directive, request, actor, input.decision, today);
        const extension = await directives.saveDecision(
          decided.request,
          decided.directive,
          { userId: user.id },
          tx,
        );
        return { extension, directive: await directives.requireById(id, tx) };
      });
    },

    /** The issuer confirms the directive done on a day. */
    async complete(user: User, id: number, completedOn: string): Promise<StoredDirective> {
      return db.transaction(async (tx) => {
        const { directive, actor } = await changing(tx, user, id);
        const after = confirmCompletion(directive, actor, completedOn);
        return repositories(tx).directives.save(after, { userId: user.id }, tx);
      });
    },
  };
}

export type DirectiveUseCases = ReturnType<typeof createDirectiveUseCases>;
