// Figures (số liệu): read within scope a page at a time; entered, corrected (with the version read) and
// deleted by the editors of their unit; each traced to where it came from and every change made to it.
import { validateValue } from '../../core/errors';
import { normalizePeriodCode } from '../../core/period';
import type { Observation, ObservationKind, User } from '../../core/types';
import { type AuditEntry, createAuditRepository } from '../../db/audit.repository';
import type { Db, Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import {
  createObservationRepository,
  type ObservationChange,
  type ObservationFilter,
  type ObservationKey,
} from '../../db/observation.repository';
import { createReportRepository } from '../../db/report.repository';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { type Access, notFoundRecord, requireIndicator, requireUnit } from '../access/unit-scope';
import { type NamedAuditEntry, withAuthorNames } from '../audit/named-entries';

export type { ObservationKey };

export interface FigureQuery {
  unitId?: number | undefined;
  indicatorId?: number | undefined;
  year?: number | undefined;
  period?: string | undefined;
  limit: number;
  after: ObservationKey | null;
}

export interface NewFigure {
  unitId: number;
  indicatorId: number;
  period: string;
  kind: ObservationKind;
  value: number;
  note?: string | null | undefined;
}

/** One entry of a figure's history, with the name of who made it. */
export type FigureHistoryEntry = NamedAuditEntry;

function repositories(ex: Executor) {
  return {
    observations: createObservationRepository(ex),
    units: createUnitRepository(ex),
    indicators: createIndicatorRepository(ex),
  };
}

async function unitIdsToRead(units: UnitRepository, user: User, unitId: number | undefined) {
  if (unitId !== undefined) {
    await requireUnit(units, user, unitId, 'read');
    return [unitId];
  }
  return user.scopeUnitId === null ? undefined : units.findSubtreeIds(user.scopeUnitId);
}

/** The figure use cases over one database. */
export function createFigureUseCases(db: Db) {
  const audit = createAuditRepository(db);
  const users = createUserRepository(db);
  const reports = createReportRepository(db);

  /** The figure, when it exists and its unit is in the user's scope for this access. */
  async function requireFigure(ex: Executor, user: User, id: number, access: Access): Promise<Observation> {
    const { observations, units } = repositories(ex);
    const observation = await observations.findById(id, ex);
    if (!observation) throw notFoundRecord('số liệu', id);
    await requireUnit(units, user, observation.unitId, access);
    return observation;
  }

  /** An imported figure's creation is its file's one entry: shown as this figure's creation. */
  async function importEntryOf(observation: Observation, changes: AuditEntry[]): Promise<AuditEntry[]> {
    const p = observation.provenance;
    if (p.kind !== 'imported' || p.importId === undefined) return [];
    const [entry] = await audit.historyOf('observation_import', p.importId);
    if (!entry) return [];
    // The value as imported: before the first change, or as it stands when there was none.
    const imported = (changes[0]?.before as { value?: number } | null)?.value ?? observation.value;
    const { file, row, importId } = p;
    return [{ ...entry, after: { value: imported, file, row, importId } }];
  }

  return {
    /** A page of the figures in scope (one unit's when named), in key order after the cursor. */
    async list(user: User, query: FigureQuery) {
      const { observations, units } = repositories(db);
      const filter: ObservationFilter = { year: query.year, indicatorId: query.indicatorId };
      filter.unitIds = await unitIdsToRead(units, user, query.unitId);
      if (query.period !== undefined) filter.period = normalizePeriodCode(query.period);
      return observations.findPage(filter, { limit: query.limit, after: query.after });
    },

    /** Enters a figure for a unit the user may write, within its indicator's range. */
    async record(user: User, input: NewFigure): Promise<Observation> {
      return db.transaction(async (tx) => {
        const { observations, units, indicators } = repositories(tx);
        await requireUnit(units, user, input.unitId, 'write');
        const period = normalizePeriodCode(input.period);
        validateValue(await requireIndicator(indicators, input.indicatorId), input.value);
        const provenance = { kind: 'entered' as const, userId: user.id };
        return observations.insert(
          { ...input, period, note: input.note ?? null, provenance },
          { userId: user.id },
          tx,
        );
      });
    },

    /** Corrects a figure the user read at `change.version`; a stale version is refused. */
    async correct(user: User, id: number, change: ObservationChange): Promise<Observation> {
      return db.transaction(async (tx) => {
        const before = await requireFigure(tx, user, id, 'write');
        validateValue(await requireIndicator(repositories(tx).indicators, before.indicatorId), change.value);
        return repositories(tx).observations.updateWithVersion(id, change, { userId: user.id }, tx);
      });
    },

    async remove(user: User, id: number, read: number | undefined): Promise<void> {
      await db.transaction(async (tx) => {
        await requireFigure(tx, user, id, 'write');
        await repositories(tx).observations.delete(id, read, { userId: user.id }, tx);
      });
    },

    /** Every change to a figure in scope, its import first, each with who made it. */
    async history(user: User, id: number): Promise<FigureHistoryEntry[]> {
      const observation = await requireFigure(db, user, id, 'read');
      const changes = await audit.historyOf('observation', observation.id);
      const entries = [...(await importEntryOf(observation, changes)), ...changes];
      return withAuthorNames(users, entries);
    },

    /** Where a figure in scope came from: who entered it, or the report sentence it was read from. */
    async provenance(user: User, id: number) {
      const observation = await requireFigure(db, user, id, 'read');
      const provenance = observation.provenance;
      const userId = 'userId' in provenance ? provenance.userId : null;
      const by = userId === null ? null : await users.findById(userId);
      const extracted = await reports.findStatementOfObservation(observation.id);
      const report = extracted && {
        id: extracted.report.id,
        title: extracted.report.title,
        text: extracted.report.text,
        span: [extracted.statement.spanStart, extracted.statement.spanEnd] as [number, number],
      };
      return { observation, provenance, user: by, report };
    },
  };
}

export type FigureUseCases = ReturnType<typeof createFigureUseCases>;
