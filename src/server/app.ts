// The app factory: plugins, the error handler and every route module, over a database the caller opened.
// The app keeps no state of its own (sessions live in the database), so several can run behind a proxy.
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createApplication } from '../app/application';
import type { ServerConfig, TrustProxy } from './config';
import type { ServerContext } from './context';
import { installErrorHandler, installNotFoundHandler } from './errors/error-handler';
import { registerOpenApi } from './openapi/openapi.plugin';
import { registerRoutes } from './routes';
import { installSecurityHeaders } from './security-headers';
import { installUploadSlots } from './uploads/upload-slots';
import { registerWebApp, wantsWebApp } from './web/web-app.plugin';

/** Uploads above this size answer 413 `too_large`. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface BuildAppOptions {
  db: ServerContext['db'];
  config: ServerConfig;
  /** Pino logger options; tests pass false. */
  logger?: boolean | Record<string, unknown>;
  /** Folder of the built web app to serve beside the API (dist/web); none in API tests. */
  webRoot?: string | null;
  /** Sees every route as it is registered: the contract test enumerates them. */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * Fastify trusts no peer for a bare hop count (a direct client could send enough hops itself), so a count
 * is written out as the rule it stands for: the nearest N hops, which suits an app port that only the
 * proxy can reach; a list of proxy addresses needs no such promise.
 */
function proxyTrust(trust: TrustProxy | undefined): FastifyServerOptions['trustProxy'] {
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return trust ?? false;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_UPLOAD_BYTES,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: believed from anyone, it
    // lets each login attempt claim a new client address.
    trustProxy: proxyTrust(options.config.trustProxy),
    // Integer path ids and query numbers are coerced by zod, not by ajv.
    ajv: { customOptions: { coerceTypes: false } },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  installErrorHandler(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  installSecurityHeaders(app, options.config);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 },
    throwFileSizeLimit: true,
  });
  installUploadSlots(app);
  await registerOpenApi(app);

  const context: ServerContext = {
    db: options.db,
    config: options.config,
    // A recompute runs after the request that started it: its failure is logged once, the old version stays served.
    services: createApplication(options.db, {
      onRecomputeError: (err, key) => app.log.error({ err, scorecard: key }, 'scorecard recompute failed'),
    }),
  };
  await app.register(async (api) => registerRoutes(api, context), { prefix: '/api' });
  const webApp = options.webRoot ? await registerWebApp(app, options.webRoot) : null;
  installNotFoundHandler(app, (request, reply) => (webApp && wantsWebApp(request) ? webApp(reply) : null));
  return app;
}
