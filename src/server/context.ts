// What every route module receives: the database, the configuration and the use cases, nothing else (STYLE 6).
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Application } from '../app/application';
import type { Db } from '../db/database';
import type { ServerConfig } from './config';

export interface ServerContext {
  db: Db;
  config: ServerConfig;
  /** The use cases, built once for the app: one scorecard service, one cache. */
  services: Application;
}

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A resource's routes, registered under /api. */
export type RouteModule = (app: ZodApp, context: ServerContext) => void | Promise<void>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (health, login). */
    public?: boolean;
  }
}
