// The API fuzzer (issue 16): every operation of the OpenAPI document, as the district's editor and as an
// administrator, with requests fast-check draws from the contract's schemas — valid ones, then mutated ones
// (wrong types, missing or extra fields, huge and odd strings, ids out of int4, impossible dates, empty or
// malformed bodies, a wrong content type). No answer may be a 5xx, every 4xx carries a JSON message, and the
// editor never sees nor changes what belongs to Đầm Dơi or the province. Seeded, so a failure replays.
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { type Client, planCaiNuocVisit, type StartedTestApp, startTestApp } from '../testing';
import {
  acceptedBy,
  hostilePathId,
  hostileValue,
  type IdPool,
  type JsonSchema,
  mutatedObject,
} from './schema-arbitrary';

const SEED = 20231117;
const VALID_RUNS = 6;
const INVALID_RUNS = 8;
const SECRET = 'BÍ MẬT ĐẦM DƠI 7341';
const SECRET_VALUE = 987654.321;
/** Logging out or in would end the fuzzing session; a PDF needs LibreOffice and seconds per case. */
const SKIPPED = /^\/api\/auth\/|\.pdf$/;

interface Operation {
  method: string;
  path: string;
  parameters: { in: string; name: string; schema: JsonSchema; required?: boolean }[];
  body: JsonSchema | null;
  multipart: boolean;
}

interface OpenApiOperation {
  parameters?: Operation['parameters'];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]: [string, OpenApiOperation]) => {
      const content = op.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: content['application/json']?.schema ?? null,
        multipart: 'multipart/form-data' in content,
      };
    }),
  );
}

type Drawn = Pick<InjectOptions, 'method' | 'payload' | 'headers'> & { url: string };

function urlOf(op: Operation, path: Record<string, string>, query: Record<string, unknown>): string {
  const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => path[name] ?? '1');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) search.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  const text = search.toString();
  return text ? `${url}?${text}` : url;
}

/** Requests of one operation: valid in every part when `valid`, else bad in one part. */
function requestsOf(op: Operation, ids: IdPool, pathIds: (op: Operation, name: string) => number[]) {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc.record(
    Object.fromEntries(pathParams.map((p) => [p.name, fc.constantFrom(...pathIds(op, p.name)).map(String)])),
  );
  const query = fc.record(
    Object.fromEntries(queryParams.map((p) => [p.name, acceptedBy(p.schema, ids, p.name)])),
    { requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const body = op.body ? acceptedBy(op.body, ids) : fc.constant(undefined);
  const valid = fc
    .tuple(path, query, body)
    .map(([p, q, b]): Drawn => ({ method: op.method as never, url: urlOf(op, p, q), payload: b as never }));
  const badPath = fc.tuple(path, query, fc.nat(), hostilePathId).map(([p, q, i, bad]) => {
    const name = pathParams[i % Math.max(pathParams.length, 1)]?.name;
    return { ...p, ...(name ? { [name]: bad } : {}), q };
  });
  const invalid = fc.oneof(
    fc
      .tuple(path, query, mutatedObject(body))
      .map(([p, q, b]): Drawn => ({ method: op.method as never, url: urlOf(op, p, q), payload: b as never })),
    fc.tuple(badPath, body).map(
      ([{ q, ...p }, b]): Drawn => ({
        method: op.method as never,
        url: urlOf(op, p as Record<string, string>, q),
        payload: b as never,
      }),
    ),
    fc.tuple(path, query, hostileValue, fc.nat(), body).map(([p, q, bad, i, b]): Drawn => {
      const name = queryParams[i % Math.max(queryParams.length, 1)]?.name ?? 'extra';
      return { method: op.method as never, url: urlOf(op, p, { ...q, [name]: bad }), payload: b as never };
    }),
    fc.tuple(path, query, fc.constantFrom('{"a":', '', 'null', '[]', '"x"', '\u0000')).map(
      ([p, q, raw]): Drawn => ({
        method: op.method as never,
        url: urlOf(op, p, q),
        payload: raw,
        headers: { 'content-type': 'application/json' },
      }),
    ),
    fc
      .tuple(
        path,
        query,
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'multipart/form-data',
          'multipart/form-data; boundary=abc',
        ),
      )
      .map(
        ([p, q, type]): Drawn => ({
          method: op.method as never,
          url: urlOf(op, p, q),
          payload: 'unitId=1&value=5',
          headers: { 'content-type': type },
        }),
      ),
  );
  return { valid, invalid };
}

interface Tally {
  cases: number;
  byStatus: Record<string, number>;
  failures: string[];
}

function judge(tally: Tally, role: string, request: Drawn, status: number, body: string, type: string) {
  tally.cases++;
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
  const name = `${role} ${request.method} ${request.url.slice(0, 200)} ${JSON.stringify(request.payload ?? null).slice(0, 300)}`;
  if (status >= 500) tally.failures.push(`${name} → ${status} ${body.slice(0, 300)}`);
  if (status >= 400 && status < 500) {
    const message = type.includes('json') ? (JSON.parse(body) as { message?: unknown }).message : undefined;
    if (typeof message !== 'string' || message.length === 0)
      tally.failures.push(`${name} → ${status} without a JSON message: ${body.slice(0, 200)}`);
  }
  if (role === 'editor' && status < 300 && (body.includes(SECRET) || body.includes(String(SECRET_VALUE))))
    tally.failures.push(`${name} → ${status} shows Đầm Dơi's data to the district's editor`);
}

/** Posts as the client and insists on 201: the fuzzer's fixtures must exist. */
async function created(client: Client, url: string, payload: Record<string, unknown>) {
  const response = await client.request({ method: 'POST', url, payload });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

describe.each(testDatabases())('the API fuzzer on $name', ({ open }) => {
  let started: StartedTestApp<readonly ['nl.cainuoc', 'admin', 'nl.tinhuy']>;
  let operations: Operation[];
  const ids = { visit: 0, directive: 0 };

  beforeAll(async () => {
    started = await startTestApp(open, ['nl.cainuoc', 'admin', 'nl.tinhuy'] as const, { visitEditors: true });
    const [, admin, province] = started.clients;
    const { units, indicators } = started.seed;
    ids.visit = await planCaiNuocVisit(province, units, []);
    // What the district's editor must never see: Đầm Dơi's visit, directive and figure.
    await created(admin, '/api/visits', {
      date: '2023-11-20',
      leader: { name: 'Nguyễn Tiến Hải', title: 'Bí thư Tỉnh ủy' },
      organiserUnitId: units.province.id,
      hostUnitIds: [units.otherDistrict.id],
      minutes: SECRET,
    });
    const source = { kind: 'document', number: '45-KL/TU' };
    const text = `${SECRET}: nâng sản lượng tôm`;
    const { directives } = await created(admin, '/api/directives', {
      directives: [{ text, source, issuerUnitId: units.province.id, leadUnitId: units.otherDistrict.id }],
    });
    ids.directive = directives[0].id;
    const figure = { period: '2023', kind: 'actual', value: SECRET_VALUE };
    await created(admin, '/api/observations', {
      ...figure,
      unitId: units.otherDistrict.id,
      indicatorId: indicators.tom.id,
    });
    operations = operationsOf((await started.app.inject({ url: '/api/openapi.json' })).json()).filter(
      (op) => !SKIPPED.test(op.path),
    );
  }, 60_000);
  afterAll(async () => started?.close());

  const pools = () => {
    const { units, indicators, users } = started.seed;
    const unitIds = Object.values(units).map((u) => u.id);
    const indicatorIds = Object.values(indicators).map((i) => i.id);
    const ids_: IdPool = (field) =>
      /unit/i.test(field)
        ? unitIds
        : /indicator/i.test(field)
          ? indicatorIds
          : /visit/i.test(field)
            ? [ids.visit]
            : null;
    const pathIds = (op: Operation, name: string): number[] => {
      if (name !== 'id') return [1, 2];
      if (op.path.startsWith('/api/units')) return unitIds;
      if (op.path.startsWith('/api/indicators')) return indicatorIds;
      if (op.path.startsWith('/api/visits')) return [ids.visit, ids.visit + 1];
      if (op.path.startsWith('/api/directives')) return [ids.directive, 1];
      // Never the fuzzing users themselves: a demotion or reset would end their sessions.
      if (op.path.startsWith('/api/users')) return [users.viewer.id, users.communeEditor.id];
      return [1, 2, 3];
    };
    return { ids: ids_, pathIds };
  };

  /** What an administrator reads of Đầm Dơi and the province: an editor of Cái Nước must not change it. */
  async function outsideScope(admin: Client): Promise<unknown[]> {
    const { units } = started.seed;
    const urls = [
      `/api/units/${units.otherDistrict.id}`,
      `/api/units/${units.province.id}`,
      `/api/visits?hostUnitId=${units.otherDistrict.id}`,
      `/api/directives?leadUnitId=${units.otherDistrict.id}`,
      `/api/directives?leadUnitId=${units.province.id}`,
      `/api/observations?unitId=${units.otherDistrict.id}`,
      `/api/targets?unitId=${units.otherDistrict.id}&year=2023`,
      `/api/inspections?targetUnitId=${units.otherDistrict.id}`,
    ];
    return Promise.all(urls.map(async (url) => [url, (await admin.request({ url })).body]));
  }

  async function fuzz(role: string, client: Client, tally: Tally) {
    const { ids: idPool, pathIds } = pools();
    for (const [index, op] of operations.entries()) {
      const { valid, invalid } = requestsOf(op, idPool, pathIds);
      const drawn = [
        ...fc.sample(valid, { seed: SEED + index, numRuns: VALID_RUNS }),
        ...fc.sample(invalid, { seed: SEED + index, numRuns: INVALID_RUNS }),
      ];
      for (const request of drawn) {
        const response = await client.request(request as InjectOptions);
        judge(
          tally,
          role,
          request,
          response.statusCode,
          response.body,
          String(response.headers['content-type']),
        );
      }
    }
  }

  it('answers every operation without a 5xx, each 4xx with a message, and keeps the editor in its scope', async () => {
    const [editor, admin] = started.clients;
    const tally: Tally = { cases: 0, byStatus: {}, failures: [] };
    const before = await outsideScope(admin);
    await fuzz('editor', editor, tally);
    expect(await outsideScope(admin)).toEqual(before);
    await fuzz('admin', admin, tally);
    console.info(
      `fuzzer: ${operations.length} operations, ${tally.cases} cases, ${tally.failures.length} failures, by status ${JSON.stringify(tally.byStatus)}`,
    );
    expect(tally.failures).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(60);
    expect(tally.byStatus['200'] ?? 0).toBeGreaterThan(100);
  }, 120_000);
});
