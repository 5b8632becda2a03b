/**
 * The admin console (issue 16): `GET /console` answers the built page (web/console, built by
 * vite into dist/web/console) and `/console/assets/…` its hashed files. The page signs in with a
 * management key kept in sessionStorage and calls the management JSON API like any client; these
 * routes need no key. Served with a strict Content-Security-Policy: only this origin's scripts,
 * styles and connections (no CDN, no inline script).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../../errors.ts';

/** Headers of the console's page and files. */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

/** The repository (or installed package) root: the nearest folder up with a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build` puts the console; `root` overrides it (tests). */
export const consoleDirectory = (root = packageRoot()) => join(root, 'dist', 'web', 'console');

export function registerConsoleRoutes(app: FastifyInstance, directory = consoleDirectory()): void {
  const index = join(directory, 'index.html');
  // Read once: the page is small and changes only with a new build (and a restart).
  const html = existsSync(index) ? readFileSync(index, 'utf8') : undefined;
  const page = (_request: unknown, reply: FastifyReply) => {
    if (html === undefined) throw new AppError('not_found', 'The console is not built: run npm run build.');
    // The page names its hashed assets, so it must never be cached; the assets may be, for long.
    return reply.headers({ ...PAGE_HEADERS, 'cache-control': 'no-cache' }).type('text/html; charset=utf-8').send(html);
  };
  if (html !== undefined) {
    // Its own scope: the hook below applies to the assets only.
    app.register(async (assets) => {
      // Hashed names never change content: cache them for a year (the app's default is no-store).
      assets.addHook('onSend', async (_request, reply, payload) => {
        reply.headers(PAGE_HEADERS);
        if (reply.statusCode === 200) reply.header('cache-control', 'public, max-age=31536000, immutable');
        return payload;
      });
      await assets.register(fastifyStatic, {
        root: join(directory, 'assets'),
        prefix: '/console/assets/',
        // The hosted chat's pages register @fastify/static too: none of them needs reply.sendFile.
        decorateReply: false,
        index: false,
        cacheControl: false,
        schemaHide: true,
      });
    });
  }
  app.get('/console', { schema: { hide: true } }, page);
  app.get('/console/', { schema: { hide: true } }, page);
}
