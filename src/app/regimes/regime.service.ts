// Reporting regimes: admins set them up; everyone reads the regimes that touch their scope — those whose
// reporting units lie in it and those under which their own unit reports.

import { cutoffWindow } from '../../core/cutoff-window';
import { DomainError } from '../../core/errors';
import { checkDeadline, dueOn, type Regime, regimePeriod, regimeReporters } from '../../core/regime';
import type { Unit, User } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createRegimeRepository, type RegimeInput } from '../../db/regime.repository';
import { createUnitRepository } from '../../db/unit.repository';

/** One period of a regime: the days it covers, when reports are due, who must report. */
export interface RegimePeriodView {
  regime: string;
  period: string;
  window: { from: string; to: string };
  deadline: string;
  units: Pick<Unit, 'code' | 'name'>[];
}

/** A regime as the API and the CLI show it: the reporting units as their root and kind. */
export type RegimeView = Omit<Regime, 'reportingRootUnitId' | 'reportingUnitKind'> & {
  reportingUnits: { root: Pick<Unit, 'id' | 'code' | 'name'>; kind: Unit['kind'] };
};

/** Who asks: a signed-in user, or the operator at the command line (id null, every unit). */
export type RegimeActor = Pick<User, 'role' | 'scopeUnitId'> & { id: number | null };
type Actor = RegimeActor;

function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin')
    throw new DomainError('forbidden', null, 'Chỉ quản trị viên được lập chế độ báo cáo');
}

async function requireUnits(ex: Executor, ids: readonly number[], field: string): Promise<Map<number, Unit>> {
  const names = new Map((await createUnitRepository(ex).findAll(ex)).map((u) => [u.id, u]));
  ids.forEach((id, i) => {
    if (!names.has(id))
      throw new DomainError(
        'unknown_unit',
        ids.length > 1 ? `${field}[${i}]` : field,
        `no unit with id ${id}`,
      );
  });
  return names;
}

async function checkInput(ex: Executor, input: RegimeInput): Promise<void> {
  checkDeadline(input);
  const units = await requireUnits(ex, [input.reportingRootUnitId], 'reportingRootUnitId');
  await requireUnits(ex, input.approvalUnitIds, 'approvalUnitIds');
  const root = units.get(input.reportingRootUnitId)!;
  const subtree = await createUnitRepository(ex).findDescendants(root.id, ex);
  if (![root, ...subtree].some((u) => u.kind === input.reportingUnitKind)) {
    throw new DomainError(
      'invalid_input',
      'reportingUnitKind',
      `no unit of kind ${input.reportingUnitKind} under "${root.name}": the regime would have no reporting units`,
    );
  }
  const known = new Set((await createIndicatorRepository(ex).findAll(ex)).map((i) => i.id));
  input.indicatorIds.forEach((id, i) => {
    if (!known.has(id))
      throw new DomainError('unknown_indicator', `indicatorIds[${i}]`, `no indicator with id ${id}`);
  });
}

/** Whether the regime touches the actor's scope: its reporting units lie in it, or the actor's unit reports under it. */
async function touchesScope(ex: Executor, actor: Actor, regime: Regime): Promise<boolean> {
  if (actor.scopeUnitId === null) return true;
  const units = createUnitRepository(ex);
  const inScope = await units.findSubtreeIds(actor.scopeUnitId, ex);
  if (inScope.includes(regime.reportingRootUnitId)) return true;
  return (await units.findSubtreeIds(regime.reportingRootUnitId, ex)).includes(actor.scopeUnitId);
}

export function createRegimeService(db: Db) {
  const view = async (ex: Executor, regime: Regime): Promise<RegimeView> => {
    const { reportingRootUnitId, reportingUnitKind, ...rest } = regime;
    const root = (await createUnitRepository(ex).findAll(ex)).find((u) => u.id === reportingRootUnitId)!;
    const reportingUnits = {
      root: { id: root.id, code: root.code, name: root.name },
      kind: reportingUnitKind,
    };
    return { ...rest, reportingUnits };
  };

  return {
    /** Sets up a regime; admins only. Refuses a deadline not after the cut-off and a regime with no reporting units. */
    async create(actor: Actor, input: RegimeInput): Promise<RegimeView> {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        await checkInput(tx, input);
        return view(tx, await createRegimeRepository(tx).create(input, { userId: actor.id }, tx));
      });
    },

    /** The regimes that touch the actor's scope, by code. */
    async list(actor: Actor): Promise<RegimeView[]> {
      return db.transaction(async (tx) => {
        const all = await createRegimeRepository(tx).findAll(tx);
        const shown: RegimeView[] = [];
        for (const regime of all)
          if (await touchesScope(tx, actor, regime)) shown.push(await view(tx, regime));
        return shown;
      });
    },

    /**
     * One period of a regime: its cut-off window, the day reports are due and the units that must report
     * (valid at the period's end). Refuses a period outside the regime's frequency (invalid_period).
     */
    async period(actor: Actor, code: string, periodCode: string): Promise<RegimePeriodView> {
      return db.transaction(async (tx) => {
        const regime = await createRegimeRepository(tx).findByCode(code, tx);
        if (!regime || !(await touchesScope(tx, actor, regime))) {
          throw new DomainError('not_found', 'code', `no regime with code ${code} in your scope`);
        }
        const period = regimePeriod(regime, periodCode);
        const window = cutoffWindow(period, regime.cutoff);
        const units = await createUnitRepository(tx).findAll(tx);
        const reporting = regimeReporters(units, regime, period);
        return {
          regime: regime.code,
          period: period.code,
          window: { from: window.from, to: window.to },
          deadline: dueOn(regime.deadline, window),
          units: reporting.map((u) => ({ code: u.code, name: u.name })),
        };
      });
    },
  };
}

export type RegimeService = ReturnType<typeof createRegimeService>;
