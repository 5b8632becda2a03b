/**
 * Per-key rate limit (PARLEY_RATE_LIMIT_PER_MINUTE): every request authenticated by an API key
 * counts against that key in a fixed one-minute window that starts with the key's first request.
 * Requests without a valid key are not counted (they end in 401/403 before this runs, or need
 * no key at all, e.g. /healthz).
 *
 * Where the count lives:
 * - without REDIS_URL, in this process: one synchronous Map operation per request;
 * - with REDIS_URL, in Redis (rate-limiter-flexible's Lua script, one round trip), so every
 *   instance shares one limit. When Redis cannot answer, the request is counted in this
 *   instance's memory instead (never waits for a reconnect); the fault is logged once, and
 *   Redis is used again as soon as ioredis reconnects.
 *
 * Every counted response carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`
 * (seconds until the window ends); set in a hook, so error answers and SSE streams (which copy
 * `reply.getHeaders()`) carry them too. Over the limit: 429 `rate_limited` with `Retry-After`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { createRedisClient } from '../redis.ts';
import { metrics } from '../telemetry/metrics.ts';

const WINDOW_MS = 60_000;
/** After a Redis command fails on a live connection (a hung or overloaded Redis), count in memory this long before trying it again. */
const PAUSE_AFTER_FAULT_MS = 1000;

/** The state of one key's window after counting a request. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends (at least 1): RateLimit-Reset and Retry-After. */
  resetSeconds: number;
}

export interface RateLimiter {
  readonly limit: number;
  /**
   * Counts one request of `key`. Synchronous when the count is in memory; a promise (that never
   * rejects) when it goes to Redis.
   */
  consume(key: string): RateLimitDecision | Promise<RateLimitDecision>;
  close(): Promise<void>;
}

function decide(limit: number, consumed: number, msLeft: number): RateLimitDecision {
  return {
    allowed: consumed <= limit,
    limit,
    remaining: Math.max(0, limit - consumed),
    resetSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}

interface Window {
  count: number;
  endsAt: number;
}

/** Fixed windows in this process. Expired windows are swept at most once a window. */
export class MemoryRateLimiter implements RateLimiter {
  readonly limit: number;
  readonly #windows = new Map<string, Window>();
  #nextSweep = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  consume(key: string): RateLimitDecision {
    const now = Date.now();
    if (now >= this.#nextSweep) this.#sweep(now);
    let window = this.#windows.get(key);
    if (window === undefined || window.endsAt <= now) {
      window = { count: 0, endsAt: now + WINDOW_MS };
      this.#windows.set(key, window);
    }
    window.count++;
    return decide(this.limit, window.count, window.endsAt - now);
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (window.endsAt <= now) this.#windows.delete(key);
    this.#nextSweep = now + WINDOW_MS;
  }

  async close(): Promise<void> {
    this.#windows.clear();
  }
}

export interface RedisRateLimiterOptions {
  limit: number;
  /** A `redis://` URL (the limiter owns the client it creates) or a client the caller owns. */
  redis: string | Redis;
  /** Prefix of the counters' keys; each key is `<prefix>rl:<API key id>`. */
  prefix: string;
  log: Logger;
}

/** Counts in Redis; falls back to a {@link MemoryRateLimiter} of this instance while Redis is away. */
export class RedisRateLimiter implements RateLimiter {
  readonly limit: number;
  readonly #client: Redis;
  readonly #ownsClient: boolean;
  readonly #shared: RateLimiterRedis;
  readonly #local: MemoryRateLimiter;
  readonly #log: Logger;
  /** The first connection attempt, which requests wait for (bounded by the connect timeout). */
  #connecting: Promise<void> | undefined;
  #degraded = false;
  /** Until then, a connected Redis is not asked (it just failed a command); see {@link PAUSE_AFTER_FAULT_MS}. */
  #pausedUntil = 0;

  constructor(options: RedisRateLimiterOptions) {
    this.limit = options.limit;
    this.#log = options.log;
    this.#ownsClient = typeof options.redis === 'string';
    this.#client = typeof options.redis === 'string' ? createRedisClient(options.redis) : options.redis;
    this.#local = new MemoryRateLimiter(options.limit);
    this.#shared = new RateLimiterRedis({
      storeClient: this.#client,
      points: options.limit,
      duration: WINDOW_MS / 1000,
      keyPrefix: `${options.prefix}rl`,
      // Not ready (connecting, reconnecting): reject at once, and this class counts in memory.
      rejectIfRedisNotReady: true,
    });
    // Without a listener ioredis prints every failed reconnect; one line per outage is enough.
    this.#client.on('error', (err: Error) => this.#fault(err));
  }

  /** Whether the last attempt to reach Redis failed (requests are then counted in memory). */
  get degraded(): boolean {
    return this.#degraded;
  }

  consume(key: string): RateLimitDecision | Promise<RateLimitDecision> {
    const status = this.#client.status;
    if (status === 'ready' && (this.#pausedUntil === 0 || Date.now() >= this.#pausedUntil)) {
      return this.#shared.consume(key).then(
        (res) => this.#counted(res),
        (err: unknown) => {
          // Over the limit, the library rejects with the count itself.
          if (err instanceof RateLimiterRes) return this.#counted(err);
          // e.g. the command timed out: the next requests do not wait for Redis for a while.
          this.#pausedUntil = Date.now() + PAUSE_AFTER_FAULT_MS;
          this.#fault(err);
          return this.#local.consume(key);
        },
      );
    }
    // The client connects on first use. Requests wait for that first attempt (at most the connect
    // timeout), so an instance's first requests are not counted apart from the other instances'.
    // After it, a Redis that is away never holds a request: ioredis reconnects in the background.
    if (status === 'wait' && this.#connecting === undefined) {
      const settled = () => {
        this.#connecting = undefined;
      };
      this.#connecting = this.#client.connect().then(settled, (err: unknown) => {
        settled();
        this.#fault(err);
      });
    }
    if (this.#connecting !== undefined) {
      return this.#connecting.then(() => (this.#client.status === 'ready' ? this.consume(key) : this.#local.consume(key)));
    }
    this.#fault(undefined);
    return this.#local.consume(key);
  }

  #counted(res: RateLimiterRes): RateLimitDecision {
    this.#pausedUntil = 0;
    if (this.#degraded) {
      this.#degraded = false;
      this.#log.info('rate limit: Redis is reachable again; counting requests in Redis');
    }
    return decide(this.limit, res.consumedPoints, res.msBeforeNext);
  }

  #fault(err: unknown): void {
    if (this.#degraded) return;
    this.#degraded = true;
    this.#log.error(
      { fault: err instanceof Error ? { message: err.message, code: (err as NodeJS.ErrnoException).code } : 'not connected' },
      'rate limit: Redis is unreachable; counting requests in this instance\'s memory until it returns',
    );
  }

  async close(): Promise<void> {
    await this.#local.close();
    if (!this.#ownsClient) return;
    if (this.#client.status === 'ready') await this.#client.quit().catch(() => this.#client.disconnect());
    else this.#client.disconnect();
  }
}

/** The per-key limiter the configuration asks for, or `undefined` when the limit is off. */
export function createRateLimiter(config: Config, log: Logger): RateLimiter | undefined {
  return createLimiter(config.rateLimitPerMinute, '', config, log);
}

/**
 * A limiter of `limit` requests per minute (in Redis when REDIS_URL is set, its keys under
 * `<PARLEY_REDIS_PREFIX><scope>rl:`), or `undefined` when `limit` is 0.
 */
export function createLimiter(limit: number, scope: string, config: Config, log: Logger): RateLimiter | undefined {
  if (limit <= 0) return undefined;
  if (config.redisUrl === undefined) return new MemoryRateLimiter(limit);
  return new RedisRateLimiter({ limit, redis: config.redisUrl, prefix: `${config.redisPrefix}${scope}`, log });
}

/** Counts one request of `key` and sets the RateLimit-* headers; throws `rate_limited` over the limit. */
export async function consumeOrRefuse(limiter: RateLimiter, key: string, reply: FastifyReply): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const finish = (d: RateLimitDecision) => apply(reply, d, (err) => (err ? reject(err) : resolve()));
    const decision = limiter.consume(key);
    if (decision instanceof Promise) decision.then(finish);
    else finish(decision);
  });
}

function apply(reply: FastifyReply, decision: RateLimitDecision, done: (err?: Error) => void): void {
  const reset = String(decision.resetSeconds);
  reply.headers({
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': reset,
  });
  if (decision.allowed) done();
  else {
    metrics.rateLimited();
    done(new AppError('rate_limited', undefined, { 'retry-after': reset }));
  }
}

/**
 * Registers the counting hook (and closes the limiter with the app). `preParsing` runs after
 * every `onRequest` hook, route-level ones included, so the key check has set `request.auth`;
 * and before the body is read, so a refused request costs no parsing.
 */
export function registerRateLimit(app: FastifyInstance, deps: { config: Config; log: Logger }): void {
  const limiter = createRateLimiter(deps.config, deps.log);
  if (limiter === undefined) return;
  app.addHook('preParsing', (request: FastifyRequest, reply, _payload, done) => {
    const auth = request.auth;
    if (auth === null) return done();
    const decision = limiter.consume(auth.keyId);
    if (decision instanceof Promise) decision.then((d) => apply(reply, d, done));
    else apply(reply, decision, done);
  });
  app.addHook('onClose', () => limiter.close());
}

/** Response header objects for the OpenAPI document (components.headers). */
const HEADER_DOCS = {
  'RateLimit-Limit': 'Requests this API key may make per window (PARLEY_RATE_LIMIT_PER_MINUTE, one minute)',
  'RateLimit-Remaining': 'Requests left to this API key in the current window',
  'RateLimit-Reset': 'Seconds until the current window ends and the count starts again',
  'Retry-After': 'Seconds to wait before retrying',
} as const;

interface OpenApiDocument {
  components?: { headers?: Record<string, unknown> };
  paths?: Record<string, Record<string, { security?: unknown[]; responses?: Record<string, { description?: string; content?: unknown; headers?: Record<string, unknown> }> }>>;
}

/**
 * Declares the rate limit in the OpenAPI document (after @fastify/swagger built it): on every
 * operation that takes a key, a 429 answer (if the route did not declare one) and the
 * RateLimit-* headers on each response but 401 and 403, which are not counted.
 */
export function declareRateLimit<T extends object>(doc: T, config: Config): T {
  if (config.rateLimitPerMinute <= 0) return doc;
  const d = doc as OpenApiDocument;
  const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
  d.components ??= {};
  d.components.headers = {
    ...d.components.headers,
    ...Object.fromEntries(Object.entries(HEADER_DOCS).map(([name, description]) => [name, { description, schema: { type: 'integer', minimum: 0 } }])),
  };
  for (const methods of Object.values(d.paths ?? {})) {
    for (const op of Object.values(methods)) {
      if (!op.security || op.security.length === 0 || !op.responses) continue;
      const refused = op.responses['401'];
      op.responses['429'] ??= {
        description: 'Rate limited: this API key made PARLEY_RATE_LIMIT_PER_MINUTE requests in the current minute (`rate_limited`, with Retry-After)',
        ...(refused?.content ? { content: refused.content } : {}),
      };
      for (const [status, response] of Object.entries(op.responses)) {
        if (status === '401' || status === '403') continue;
        response.headers = {
          ...response.headers,
          'RateLimit-Limit': ref('RateLimit-Limit'),
          'RateLimit-Remaining': ref('RateLimit-Remaining'),
          'RateLimit-Reset': ref('RateLimit-Reset'),
          ...(status === '429' ? { 'Retry-After': ref('Retry-After') } : {}),
        };
      }
    }
  }
  return doc;
}
