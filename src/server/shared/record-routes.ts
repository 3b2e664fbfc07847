// The routes every stored resource repeats (targets, indicators, units, visits…): list, read, create (201),
// change and delete (204). Each runs who asks → what was sent, as its schema parsed it → one use case → the
// answer, under the record's name where the caller gives one. The schemas stay the caller's, so each route's
// OpenAPI entry and the types its use case is checked against come from the contract as before.
import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { z } from 'zod';
import { IdempotencyHeadersSchema, IdParamsSchema, VersionQuerySchema } from '../../contract';
import type { User } from '../../core/types';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule, ServerContext, ZodApp } from '../context';
import type { CreateOnce, OnceTx } from './create-once';
import { versionRead } from './version-read';

export type Answers = { [status: number]: z.ZodType };
/** The body a route answers with `status`, as its response schema types it. */
export type Answer<R extends Answers, S extends number> = z.output<R[S]>;
/** What the use case gives: the whole answer, or the record the answer holds under `key`. */
export type Given<A, K> = [K] extends [undefined] ? A : A[K & keyof A];
export type Key<R extends Answers, S extends number> = keyof Answer<R, S> | undefined;

/** The request as its schema parsed it: Fastify validated it against these very schemas. */
interface Parsed {
  params: { id: number };
  query: { version?: number | undefined } & Record<string, unknown>;
  body: { version?: number | undefined } & Record<string, unknown>;
}

const answer = (key: PropertyKey | undefined, given: unknown) =>
  key === undefined ? given : { [key]: given };

/** The tags of the routes under `path`: its first segment ('/units/arrangements' → ['units']). */
const tagsOf = (path: string) => [path.split('/')[1] ?? ''];

/** What a record module builds its routes with: the app, the records' routes and their tags, the context. */
export interface RecordModule extends ServerContext {
  app: ZodApp;
  routes: RecordRoutes;
  /** For the routes built by hand on `app`, so the OpenAPI document groups them with the rest. */
  tags: string[];
}
export type RecordRoutes = ReturnType<typeof recordRoutes>;

/**
 * The route module of the records under `path`: every route it builds, through `routes` or by hand, is tagged
 * with the path's first segment, so a module declares its path once.
 */
export function recordModule(
  path: string,
  register: (module: RecordModule) => void | Promise<void>,
): RouteModule {
  return (app, context) => register({ ...context, app, routes: recordRoutes(app, path), tags: tagsOf(path) });
}

/**
 * Registers the routes of the records under `path` (e.g. '/targets', and '/targets/:id' for one), tagged
 * with its first segment unless `tags` are given.
 */
export function recordRoutes(app: ZodApp, path: string, tags: readonly string[] = tagsOf(path)) {
  const one = `${path}/:id`;
  const user = (request: FastifyRequest) => currentUser(request);
  const parsed = (request: FastifyRequest) => request as FastifyRequest & Parsed;
  const add = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, schema: object, handler: Handler) =>
    app.route({
      method,
      url,
      schema: { tags: [...tags], ...schema },
      handler: handler as RouteHandlerMethod,
    });

  /** GET `url`: what the use case reads for the user, from the query where it has a schema. */
  const get = <R extends Answers, K extends Key<R, 200>, Q extends z.ZodType>(
    url: string,
    schema: { response: R; key?: K; querystring?: Q },
    run: (user: User, query: z.output<Q>) => Promise<Given<Answer<R, 200>, K>>,
  ) => {
    const { key, ...route } = schema;
    const handler: Handler = route.querystring
      ? async (request) => answer(key, await run(user(request), parsed(request).query as z.output<Q>))
      : async (request) => answer(key, await run(user(request), undefined as z.output<Q>));
    add('GET', url, route, handler);
  };
  return {
    /** GET path: the records the user may see, filtered by the query where it has a schema. */
    list<R extends Answers, K extends Key<R, 200> = undefined, Q extends z.ZodType = z.ZodUndefined>(
      schema: { response: R; key?: K; querystring?: Q },
      run: (user: User, query: z.output<Q>) => Promise<Given<Answer<R, 200>, K>>,
    ) {
      get(path, schema, run);
    },
    /** GET path/`view`: what the records add up to for the query (a summary, counts, a board's warnings). */
    view<R extends Answers, Q extends z.ZodType, K extends Key<R, 200> = undefined>(
      view: string,
      schema: { response: R; key?: K; querystring: Q },
      run: (user: User, query: z.output<Q>) => Promise<Given<Answer<R, 200>, K>>,
    ) {
      get(`${path}/${view}`, schema, run);
    },

    /** GET path/:id: one record. */
    read<R extends Answers, K extends Key<R, 200> = undefined>(
      schema: { response: R; key?: K },
      run: (user: User, id: number) => Promise<Given<Answer<R, 200>, K>>,
    ) {
      const { key, response } = schema;
      add('GET', one, { params: IdParamsSchema, response }, async (request) =>
        answer(key, await run(user(request), parsed(request).params.id)),
      );
    },

    /** POST path: a new record, answered 201. */
    create<R extends Answers, B extends z.ZodType, K extends Key<R, 201> = undefined>(
      schema: { body: B; response: R; key?: K },
      run: (user: User, body: z.output<B>) => Promise<Given<Answer<R, 201>, K>>,
    ) {
      const { key, ...route } = schema;
      add('POST', path, route, async (request, reply) => {
        const created = await run(user(request), parsed(request).body as z.output<B>);
        return reply.status(201).send(answer(key, created));
      });
    },

    /**
     * POST path, answered 201, with an Idempotency-Key: a double click on "Lưu" creates one record and the
     * repeat gets the first answer (see create-once).
     */
    createOnce<R extends Answers, B extends z.ZodType, K extends Key<R, 201> = undefined>(
      once: CreateOnce,
      schema: { body: B; response: R; key?: K },
      run: (user: User, body: z.output<B>, tx: OnceTx) => Promise<Given<Answer<R, 201>, K>>,
    ) {
      const { key, ...route } = schema;
      add('POST', path, { headers: IdempotencyHeadersSchema, ...route }, async (request, reply) => {
        const body = parsed(request).body as z.output<B>;
        return once(request, reply, async (tx) => ({
          status: 201,
          body: answer(key, await run(user(request), body, tx)),
        }));
      });
    },
    /**
     * PATCH path/:id: the fields sent change. A `versioned` change takes the version read from the body or
     * If-Match, so a stale one is refused.
     */
    change<R extends Answers, B extends z.ZodType, K extends Key<R, 200> = undefined>(
      schema: { body: B; response: R; key?: K; versioned?: boolean },
      run: (user: User, id: number, patch: z.output<B>) => Promise<Given<Answer<R, 200>, K>>,
    ) {
      const { key, versioned, ...route } = schema;
      add('PATCH', one, { params: IdParamsSchema, ...route }, async (request) => {
        const { params, body } = parsed(request);
        const patch = versioned ? { ...body, version: versionRead(request, body.version) } : body;
        return answer(key, await run(user(request), params.id, patch as z.output<B>));
      });
    },

    /**
     * POST path/:id/`action`: one record acted on (merged, completed, approved), answered 200, or 201 where
     * the action makes a record of its own (a progress update, a finding).
     */
    act<R extends Answers, B extends z.ZodType, S extends 200 | 201 = 200, K extends Key<R, S> = undefined>(
      action: string,
      schema: { body: B; response: R; key?: K; status?: S },
      run: (user: User, id: number, body: z.output<B>) => Promise<Given<Answer<R, S>, K>>,
    ) {
      const { key, status = 200, ...route } = schema;
      add('POST', `${one}/${action}`, { params: IdParamsSchema, ...route }, async (request, reply) => {
        const { params, body } = parsed(request);
        const done = await run(user(request), params.id, body as z.output<B>);
        return reply.status(status).send(answer(key, done));
      });
    },
    /**
     * POST path`under` (multipart): one uploaded file, answered 200 or `status`. `run` reads the file through
     * `file` when it asks for it, so a caller its scope refuses is refused before the bytes are read.
     */
    upload<
      R extends Answers,
      F,
      P extends z.ZodType = z.ZodUndefined,
      S extends 200 | 201 = 200,
      K extends Key<R, S> = undefined,
    >(
      under: string,
      schema: { params?: P; body: z.ZodType; response: R; key?: K; status?: S },
      file: (request: FastifyRequest) => Promise<F>,
      run: (user: User, params: z.output<P>, file: () => Promise<F>) => Promise<Given<Answer<R, S>, K>>,
    ) {
      const { key, status = 200, ...route } = schema;
      add(
        'POST',
        `${path}${under}`,
        { consumes: ['multipart/form-data'], ...route },
        async (request, reply) => {
          const params = parsed(request).params as unknown as z.output<P>;
          const done = await run(user(request), params, () => file(request));
          return reply.status(status).send(answer(key, done));
        },
      );
    },
    /**
     * DELETE path/:id, answered 204. A `versioned` delete names the version read in the query or If-Match,
     * so a stale one is refused.
     */
    remove<R extends Answers>(
      schema: { response: R; versioned?: boolean },
      run: (user: User, id: number, read?: number) => Promise<void>,
    ) {
      const { versioned, response } = schema;
      const removed = (reply: FastifyReply) => reply.status(204).send();
      const handler: Handler = versioned
        ? async (request, reply) => {
            const { params, query } = parsed(request);
            await run(user(request), params.id, versionRead(request, query.version));
            return removed(reply);
          }
        : async (request, reply) => {
            await run(user(request), parsed(request).params.id);
            return removed(reply);
          };
      const querystring = versioned ? { querystring: VersionQuerySchema } : {};
      add('DELETE', one, { params: IdParamsSchema, ...querystring, response }, handler);
    },
  };
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
