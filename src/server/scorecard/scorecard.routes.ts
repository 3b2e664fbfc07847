// The scorecard of a unit for a year, as JSON and as an XLSX download.
import { z } from 'zod';
import { createUnitRepository } from '../../db/unit.repository';
import { buildScorecardXlsx } from '../../documents/scorecard-xlsx';
import { currentAuth } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { IdParamsSchema, IsoDateSchema, YearSchema } from '../shared/common.schema';
import { createVersionedUnitLookups } from '../shared/versioned-unit-lookups';
import { createEncodedJsonCache, matchesEtag, preferredEncoding } from './encoded-json';

const ScorecardQuerySchema = z.object({
  year: YearSchema,
  asOf: IsoDateSchema.optional().describe('Chỉ tính số liệu có kỳ kết thúc đến ngày này (YYYY-MM-DD)'),
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const scorecardRoutes: RouteModule = (app, { db, services }) => {
  // The hot path: with the data version read with the session, a repeated request costs one query.
  const lookups = createVersionedUnitLookups(createUnitRepository(db));
  const service = services.scorecards;
  // A province's scorecard is ~140 KB of JSON: encode (and compress) each cached scorecard once, not per request.
  const encoded = createEncodedJsonCache();
  const tags = ['scorecard'];
  const schema = { tags, params: IdParamsSchema, querystring: ScorecardQuerySchema };

  app.get('/units/:id/scorecard', { schema }, async (request, reply) => {
    const { user, dataVersion } = currentAuth(request);
    const unit = await requireUnit(lookups.at(dataVersion), user, request.params.id, 'read', 'id');
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    const scorecard = await service.scorecardOf({ unit, ...request.query, dataVersion });
    const etag = await encoded.etagOf(scorecard);
    // Only the signed-in browser may keep it, and it asks again each time: 304 until a figure changes.
    reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.type('application/json; charset=utf-8').send(await encoded.bytesOf(scorecard, encoding));
  });

  app.get('/units/:id/scorecard.xlsx', { schema }, async (request, reply) => {
    const { user, dataVersion } = currentAuth(request);
    const unit = await requireUnit(lookups.at(dataVersion), user, request.params.id, 'read', 'id');
    const scorecard = await service.scorecardOf({ unit, ...request.query, dataVersion });
    const fileName = `bang-chi-tieu-${unit.code}-${request.query.year}.xlsx`.replace(/[^\w.-]/g, '_');
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(await buildScorecardXlsx(scorecard));
  });
};
