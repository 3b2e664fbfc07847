// The scorecard of a unit for a year, as JSON and as an XLSX download.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  dataYearsAnswers,
  ScorecardParamsSchema,
  ScorecardQuerySchema,
  scorecardAnswers,
} from '../../contract';
import { buildScorecardXlsx } from '../../documents/scorecard-xlsx';
import { currentAuth } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { sendXlsx } from '../shared/download';
import { createEncodedJsonCache, matchesEtag, preferredEncoding } from './encoded-json';

type ScorecardRequest = FastifyRequest & {
  params: z.output<typeof ScorecardParamsSchema>;
  query: z.output<typeof ScorecardQuerySchema>;
};

/** Who asks, and for which scorecard: the unit, the year and date asked, at the data version of the session. */
function scorecardAsk(request: ScorecardRequest) {
  const { user, dataVersion } = currentAuth(request);
  return { user, ask: { unitId: request.params.id, ...request.query, dataVersion } };
}

export const scorecardRoutes: RouteModule = (app, { services }) => {
  const scorecards = services.scorecardReads;
  // A province's scorecard is ~140 KB of JSON: encode (and compress) each cached scorecard once, not per request.
  const encoded = createEncodedJsonCache();
  const tags = ['scorecard'];
  /** GET `url`: one scorecard asked for, as JSON or as a file, answered by `send`. */
  const scorecardGet = (
    url: string,
    response: (typeof scorecardAnswers)['json' | 'xlsx'],
    send: (request: ScorecardRequest, reply: FastifyReply, asked: ReturnType<typeof scorecardAsk>) => unknown,
  ) =>
    app.get(
      url,
      { schema: { tags, params: ScorecardParamsSchema, querystring: ScorecardQuerySchema, response } },
      async (request, reply) => send(request, reply, scorecardAsk(request)),
    );

  scorecardGet('/units/:id/scorecard', scorecardAnswers.json, async (request, reply, { user, ask }) => {
    // Never waits on a recompute once the scorecard was computed: a stale one comes back, marked so.
    const { scorecard, stale } = await scorecards.serve(user, ask);
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
  });

  // The first screen opens on the newest of these; the year picker marks them.
  app.get(
    '/units/:id/data-years',
    { schema: { tags, params: ScorecardParamsSchema, response: dataYearsAnswers.list } },
    async (request) => {
      const { user, dataVersion } = currentAuth(request);
      return { years: await scorecards.dataYears(user, request.params.id, dataVersion) };
    },
  );

  scorecardGet('/units/:id/scorecard.xlsx', scorecardAnswers.xlsx, async (_request, reply, { user, ask }) => {
    const { unit, scorecard } = await scorecards.current(user, ask);
    return sendXlsx(
      reply,
      `bang-chi-tieu-${unit.code}-${ask.year}.xlsx`,
      await buildScorecardXlsx(scorecard),
    );
  });
};
