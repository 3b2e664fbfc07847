// Serves the built web app (dist/web) beside the API; client routes such as /units/2 fall back to
// index.html so a reload or a shared link opens the right screen.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** dist/web of this package, wherever the process was started from. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../dist/web', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tiến Độ</title>
<p>Chưa có bản dựng giao diện web. Chạy <code>npm run build:web</code> rồi khởi động lại; API vẫn chạy tại /api.</p></html>`;

/** Whether a request that matched no route should get the web app rather than a JSON 404. */
export function wantsWebApp(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.url.startsWith('/api/') &&
    request.url !== '/api' &&
    !/\.[a-z0-9]+(\?|$)/i.test(request.url)
  );
}

export async function registerWebApp(
  app: FastifyInstance,
  root: string,
): Promise<(reply: FastifyReply) => FastifyReply> {
  if (!existsSync(join(root, 'index.html'))) {
    return (reply) => reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT);
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  return (reply) => reply.sendFile('index.html', root);
}
