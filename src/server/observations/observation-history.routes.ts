// Where a figure came from and every change made to it: each figure is traceable.
import type { FastifyRequest } from 'fastify';
import { IdParamsSchema, observationAnswers } from '../../contract';
import type { Observation } from '../../core/types';
import { type AuditEntry, createAuditRepository } from '../../db/audit.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createReportRepository } from '../../db/report.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { presentUser } from '../users/user.presenter';
import { requireObservation } from './observation.access';

export const observationHistoryRoutes: RouteModule = (app, { db }) => {
  const observations = createObservationRepository(db);
  const units = createUnitRepository(db);
  const audit = createAuditRepository(db);
  const users = createUserRepository(db);
  const reports = createReportRepository(db);
  const tags = ['observations'];

  const readable = (request: FastifyRequest & { params: { id: number } }) =>
    requireObservation(observations, units, currentUser(request), request.params.id, 'read');

  async function whoNames(ids: (number | null)[]) {
    const names = new Map<number, string>();
    for (const id of new Set(ids)) {
      const user = id === null ? null : await users.findById(id);
      if (user) names.set(user.id, user.displayName);
    }
    return names;
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

  app.get(
    '/observations/:id/history',
    { schema: { tags, params: IdParamsSchema, response: observationAnswers.history } },
    async (request) => {
      const observation = await readable(request);
      const changes = await audit.historyOf('observation', observation.id);
      const entries = [...(await importEntryOf(observation, changes)), ...changes];
      const names = await whoNames(entries.map((e) => e.userId));
      return {
        entries: entries.map((e) => ({
          id: e.id,
          at: e.at,
          action: e.action,
          userId: e.userId,
          who: e.userId === null ? null : (names.get(e.userId) ?? null),
          before: e.before,
          after: e.after,
        })),
      };
    },
  );

  app.get(
    '/observations/:id/provenance',
    { schema: { tags, params: IdParamsSchema, response: observationAnswers.provenance } },
    async (request) => {
      const observation = await readable(request);
      const provenance = observation.provenance;
      const userId = 'userId' in provenance ? provenance.userId : null;
      const user = userId === null ? null : await users.findById(userId);
      const extracted = await reports.findStatementOfObservation(observation.id);
      const report = extracted && {
        id: extracted.report.id,
        title: extracted.report.title,
        text: extracted.report.text,
        span: [extracted.statement.spanStart, extracted.statement.spanEnd] as [number, number],
      };
      return { observation, provenance, user: user && presentUser(user), report };
    },
  );
};
