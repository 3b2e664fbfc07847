// The scorecard of a unit for a year, as JSON and as an XLSX download.
import type { FastifyReply } from 'fastify';
import {
  dataYearsAnswers,
  ScorecardParamsSchema,
  ScorecardQuerySchema,
  scorecardAnswers,
  XLSX_TYPE,
} from '../../contract';
import { buildScorecardXlsx } from '../../documents/scorecard-xlsx';
import { currentAuth } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { createEncodedJsonCache, matchesEtag, preferredEncoding } from './encoded-json';

export const scorecardRoutes: RouteModule = (app, { services }) => {
  const scorecards = services.scorecardReads;
  // A province's scorecard is ~140 KB of JSON: encode (and compress) each cached scorecard once, not per request.
  const encoded = createEncodedJsonCache();
  const tags = ['scorecard'];
  const input = { tags, params: ScorecardParamsSchema, querystring: ScorecardQuerySchema };

  app.get(
    '/units/:id/scorecard',
    { schema: { ...input, response: scorecardAnswers.json } },
    async (request, reply) => {
      const { user, dataVersion } = currentAuth(request);
      // Never waits on a recompute once the scorecard was computed: a stale one comes back, marked so.
      const { scorecard, stale } = await scorecards.serve(user, {
        unitId: request.params.id,
        ...request.query,
        dataVersion,
      });
      const encoding = preferredEncoding(request.headers['accept-encoding']);
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
  app.get(
    '/units/:id/data-years',
    { schema: { tags, params: ScorecardParamsSchema, response: dataYearsAnswers.list } },
    async (request) => {
      const { user, dataVersion } = currentAuth(request);
      return { years: await scorecards.dataYears(user, request.params.id, dataVersion) };
    },
  );

  app.get(
    '/units/:id/scorecard.xlsx',
    { schema: { ...input, response: scorecardAnswers.xlsx } },
    async (request, reply) => {
      const { user, dataVersion } = currentAuth(request);
      const { unit, scorecard } = await scorecards.current(user, {
        unitId: request.params.id,
        ...request.query,
        dataVersion,
      });
      const fileName = `bang-chi-tieu-${unit.code}-${request.query.year}.xlsx`.replace(/[^\w.-]/g, '_');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(await buildScorecardXlsx(scorecard));
    },
  );
};
