// What every route module receives: the database and the configuration, nothing else (STYLE 6).
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/database';
import type { ServerConfig } from './config';

export interface ServerContext {
  db: Db;
  config: ServerConfig;
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
