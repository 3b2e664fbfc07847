// Every /api route carries its contract: a response schema for its success, and a schema for each part of
// the request it reads (params, query, body). The OpenAPI document and the web's types come from these.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenTestDatabase, testDatabases } from '../../db/testing';
import { buildApp } from '../app';
import { testConfig } from '../config';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

interface RouteSchema {
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  response?: Record<string, unknown>;
  hide?: boolean;
}

/** What a route lacks of its contract, in words naming the route; empty when it has all of it. */
function schemaGaps(route: Pick<RouteOptions, 'method' | 'url' | 'handler' | 'schema'>): string[] {
  const name = `${[route.method].flat().join(',')} ${route.url}`;
  const schema = (route.schema ?? {}) as RouteSchema;
  const reads = route.handler.toString();
  const gaps: string[] = [];
  if (!Object.keys(schema.response ?? {}).some((code) => /^2(\d\d|xx)$/.test(code)))
    gaps.push(`${name}: no response schema for its 2xx answer`);
  if ((route.url.includes(':') || reads.includes('request.params')) && !schema.params)
    gaps.push(`${name}: reads path params without a params schema`);
  if (reads.includes('request.query') && !schema.querystring)
    gaps.push(`${name}: reads the query string without a querystring schema`);
  const methods = [route.method].flat();
  if ((methods.some((m) => WITH_BODY.has(m)) || reads.includes('request.body')) && !schema.body)
    gaps.push(`${name}: takes a body without a body schema`);
  return gaps;
}

describe('the contract of every /api route', () => {
  let database: OpenTestDatabase;
  let app: FastifyInstance;
  const routes: RouteOptions[] = [];

  beforeAll(async () => {
    database = await testDatabases()[0]!.open();
    app = await buildApp({ db: database.db, config: testConfig(), onRoute: (r) => routes.push(r) });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const apiRoutes = () =>
    routes.filter((r) => r.url.startsWith('/api/') && !(r.schema as RouteSchema | undefined)?.hide);

  it('has a response schema and a schema for every part of the request it reads, on each route', () => {
    expect(apiRoutes().length).toBeGreaterThanOrEqual(60);
    expect(apiRoutes().flatMap(schemaGaps)).toEqual([]);
  });

  it('names a route that lacks them', () => {
    const bare = { method: 'PATCH' as const, url: '/api/things/:id', handler: async () => ({}) };
    expect(schemaGaps(bare)).toEqual([
      'PATCH /api/things/:id: no response schema for its 2xx answer',
      'PATCH /api/things/:id: reads path params without a params schema',
      'PATCH /api/things/:id: takes a body without a body schema',
    ]);
    const readsQuery = {
      method: 'GET' as const,
      url: '/api/things',
      schema: { response: { 200: {} } },
      handler: async (request: { query: unknown }) => request.query,
    };
    expect(schemaGaps(readsQuery as never)).toEqual([
      'GET /api/things: reads the query string without a querystring schema',
    ]);
  });

  it('documents the scorecard JSON and the downloads in OpenAPI from the same schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const scorecard = doc.paths['/api/units/{id}/scorecard'].get.responses;
    const json = scorecard['200'].content['application/json'].schema;
    expect(json.required).toEqual(['unit', 'year', 'asOf', 'rows', 'asOfVersion', 'computedAt']);
    expect(scorecard['4XX'].content['application/json'].schema.required).toEqual(['error', 'message']);
    const xlsx = doc.paths['/api/units/{id}/scorecard.xlsx'].get.responses['200'].content;
    expect(Object.keys(xlsx)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(Object.values(xlsx)[0]).toEqual({ schema: { type: 'string', format: 'binary' } });
    const patch = doc.paths['/api/directives/{id}'].patch.requestBody.content['application/json'].schema;
    expect(patch.required).toBeUndefined();
    expect(patch.properties.text.maxLength).toBe(20000);
  });
});
