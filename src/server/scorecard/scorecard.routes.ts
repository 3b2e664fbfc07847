// The scorecard of a unit for a year, as JSON and as an XLSX download.
import type { FastifyReply } from 'fastify';
import {
  dataYearsAnswers,
  ScorecardParamsSchema,
  ScorecardQuerySchema,
  scorecardAnswers,
  XLSX_TYPE,
} from '../../contract';
import { createDataYearsRepository } from '../../db/data-years.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { buildScorecardXlsx } from '../../documents/scorecard-xlsx';
import { currentAuth } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { createVersionedUnitLookups } from '../shared/versioned-unit-lookups';
import { createEncodedJsonCache, matchesEtag, preferredEncoding } from './encoded-json';

export const scorecardRoutes: RouteModule = (app, { db, services }) => {
  // The hot path: with the data version read with the session, a repeated request costs one query.
  const lookups = createVersionedUnitLookups(createUnitRepository(db));
  const service = services.scorecards;
  // A province's scorecard is ~140 KB of JSON: encode (and compress) each cached scorecard once, not per request.
  const encoded = createEncodedJsonCache();
  const tags = ['scorecard'];
  const input = { tags, params: ScorecardParamsSchema, querystring: ScorecardQuerySchema };

  app.get(
    '/units/:id/scorecard',
    { schema: { ...input, response: scorecardAnswers.json } },
    async (request, reply) => {
      const { user, dataVersion } = currentAuth(request);
      const unit = await requireUnit(lookups.at(dataVersion), user, request.params.id, 'read', 'id');
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      // Never waits on a recompute once the scorecard was computed: a stale one comes back, marked so.
      const { scorecard, stale } = await service.serve({ unit, ...request.query, dataVersion });
      const etag = await encoded.etagOf(scorecard);
      const age = Math.max(0, Math.floor((Date.now() - Date.parse(scorecard.computedAt)) / 1000));
      // Only the signed-in browser may keep it, and it asks again each time: 304 until a figure changes.
      reply
        .header('etag', etag)
        .header('age', String(age))
        .header('x-scorecard-stale', String(stale))
        .header('cache-control', 'private, no-cache')
        .header('vary', 'accept-encoding');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      // Bytes go out as they are: the response schema documents them, Fastify serialises only objects.
      return (reply as FastifyReply)
        .type('application/json; charset=utf-8')
        .send(await encoded.bytesOf(scorecard, encoding));
    },
  );

  // The first screen opens on the newest of these; the year picker marks them.
  const dataYears = createDataYearsRepository(db);
  app.get(
    '/units/:id/data-years',
    { schema: { tags, params: ScorecardParamsSchema, response: dataYearsAnswers.list } },
    async (request) => {
      const { user, dataVersion } = currentAuth(request);
      const unit = await requireUnit(lookups.at(dataVersion), user, request.params.id, 'read', 'id');
      return { years: await dataYears.findForSubtree(unit.id) };
    },
  );

  app.get(
    '/units/:id/scorecard.xlsx',
    { schema: { ...input, response: scorecardAnswers.xlsx } },
    async (request, reply) => {
      const { user, dataVersion } = currentAuth(request);
      const unit = await requireUnit(lookups.at(dataVersion), user, request.params.id, 'read', 'id');
      const scorecard = await service.scorecardOf({ unit, ...request.query, dataVersion });
      const fileName = `bang-chi-tieu-${unit.code}-${request.query.year}.xlsx`.replace(/[^\w.-]/g, '_');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(await buildScorecardXlsx(scorecard));
    },
  );
};
