// Security headers on every answer (API, web app, errors). helmet builds them; @fastify/helmet rebuilt
// helmet's middleware, its CSP parsing included, on every request: ~4% of a cached scorecard's CPU for
// headers that never change. Built once here, and applied before routing so a 401 or 404 carries them too.
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

export function installSecurityHeaders(app: FastifyInstance, { secureCookies }: { secureCookies: boolean }) {
  const apply = helmet({
    // Scripts only from the app's own files: neither the web app nor Swagger UI (6.x) has an inline one.
    // Styles may be inline: Mantine and Swagger UI set style attributes.
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Over plain http (a commune office LAN) upgrading would break every asset.
        'upgrade-insecure-requests': secureCookies ? [] : null,
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) =>
    apply(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined)),
  );
}
