/**
 * Operational routes (README: Operations): liveness, readiness, Prometheus metrics and the
 * OpenAPI document generated from the route schemas.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { createRedisClient } from '../../redis.ts';
import type { Store } from '../../storage/types.ts';
import { enableMetrics, metrics } from '../../telemetry/metrics.ts';

/** Paths that answer while the server drains (see app.ts): liveness says the process is up. */
export const ANSWERED_WHILE_DRAINING = '/healthz';

type Check = 'ok' | 'failed';

export function registerOpsRoutes(app: FastifyInstance, deps: { store: Store; config: Config }): void {
  const { store, config } = deps;
  // Liveness: the process is up and its event loop answers. Nothing external: a database
  // outage must not get every instance restarted.
  app.get(ANSWERED_WHILE_DRAINING, { schema: { hide: true } }, async () => ({ status: 'ok' }));

  // Readiness: the database answers, and Redis when REDIS_URL is set. While draining, the
  // onRequest hook of app.ts answers 503 shutting_down before this runs.
  const redis = config.redisUrl ? createRedisClient(config.redisUrl) : undefined;
  if (redis) {
    redis.on('error', () => {}); // a failed ping is the answer; the client reconnects by itself
    // Connected now, so that the first probe pays for no connection set-up.
    void redis.connect().catch(() => {});
    app.addHook('onClose', async () => void redis.disconnect());
  }
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const [database, cache] = await Promise.all([checkDatabase(store), redis ? pingRedis(redis) : undefined]);
    const checks: Record<string, Check> = { database };
    if (cache) checks.redis = cache;
    const ready = database === 'ok' && (cache === undefined || cache === 'ok');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', checks });
  });

  if (config.metricsToken) {
    const expected = digest(config.metricsToken);
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (!tokenMatches(request, expected)) throw new AppError('unauthorized', 'The metrics token is missing or invalid.');
      // startServer enables metrics when the token is set; an app built without it (a test) here.
      const { contentType, body } = await (metrics.enabled ? metrics : await enableMetrics()).expose();
      return reply.type(contentType).send(body);
    });
  }
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

async function checkDatabase(store: Store): Promise<Check> {
  try {
    await store.countOrganizations();
    return 'ok';
  } catch {
    return 'failed';
  }
}

/** One PING (at most commandTimeout); fails at once while the client is not connected. */
async function pingRedis(redis: Redis): Promise<Check> {
  try {
    return (await redis.ping()) === 'PONG' ? 'ok' : 'failed';
  } catch {
    return 'failed';
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares digests, so the time taken says nothing about the token (not even its length). */
function tokenMatches(request: FastifyRequest, expected: Buffer): boolean {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
  return timingSafeEqual(digest(match?.[1] ?? ''), expected);
}
