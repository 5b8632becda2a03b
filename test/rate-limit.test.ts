/**
 * The per-key rate limit (issue 12, item 6) over real sockets: the request past the limit is 429
 * `rate_limited` with Retry-After; RateLimit-* headers on every counted response (JSON, SSE,
 * errors); another key is unaffected; the SDK's RateLimitError carries retryAfter; two
 * instances on one Redis share one limit; an unreachable Redis falls back to memory (logged
 * once) and a returning Redis is used again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parley, RateLimitError } from '@parley/client';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, loadConfig } from '../src/config.ts';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimitDecision } from '../src/http/rate-limit.ts';
import { createRedisClient } from '../src/redis.ts';
import { hashApiKey } from '../src/keys.ts';
import { createLogger } from '../src/log.ts';
import { unusedPort } from './helpers/local-redis.ts';
import { parseStrict, waitFor } from './helpers/sse.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 5;

const base = (url: string, channel = 'customer') => `${url}/api/v1/${channel}/conversations`;
const auth = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });

const create = (url: string, key: string, channel = 'customer') =>
  fetch(base(url, channel), { method: 'POST', headers: auth(key) });
const history = (url: string, key: string, id: string) => fetch(`${base(url)}/${id}/messages`, { headers: auth(key) });
const sendMessage = (url: string, key: string, id: string, message: string) =>
  fetch(`${base(url)}/${id}/messages`, { method: 'POST', headers: auth(key), body: JSON.stringify({ message }) });

async function conversationId(res: Response): Promise<string> {
  expect(res.status).toBe(201);
  return ((await res.json()) as { conversationId: string }).conversationId;
}

/** The RateLimit-* headers of a counted response, as numbers. */
function limits(res: Response) {
  const number = (name: string) => {
    const value = res.headers.get(name);
    expect(value, name).toMatch(/^\d+$/);
    return Number(value);
  };
  return { limit: number('ratelimit-limit'), remaining: number('ratelimit-remaining'), reset: number('ratelimit-reset') };
}

function expectNoLimitHeaders(res: Response): void {
  for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(res.headers.get(name), name).toBeNull();
}

/** A 429 `rate_limited` answer with Retry-After equal to RateLimit-Reset, and nothing left. */
async function expectRateLimited(res: Response): Promise<number> {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: string; code: string };
  expect(body.code).toBe('rate_limited');
  expect(body.error).toMatch(/too many requests/i);
  const { limit, remaining, reset } = limits(res);
  expect(limit).toBe(LIMIT);
  expect(remaining).toBe(0);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(retryAfter).toBe(reset);
  return retryAfter;
}

function expectCounted(res: Response, remaining: number): void {
  const got = limits(res);
  expect(got.limit).toBe(LIMIT);
  expect(got.remaining).toBe(remaining);
  expect(got.reset).toBeGreaterThanOrEqual(1);
  expect(got.reset).toBeLessThanOrEqual(60);
}


function captureLog() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger('info', sink) };
}

const matching = (lines: string[], text: string) => lines.filter((line) => line.includes(text));

describe('PARLEY_RATE_LIMIT_PER_MINUTE and REDIS_URL', () => {
  it('default to 600 per minute in memory; 0 and "off" turn the limit off; bad values are refused', () => {
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(600);
    const config = loadConfig({});
    expect(config.rateLimitPerMinute).toBe(600);
    expect(config.redisUrl).toBeUndefined();
    expect(config.redisPrefix).toBe('parley:');
    expect(loadConfig({ PARLEY_RATE_LIMIT_PER_MINUTE: 'off' }).rateLimitPerMinute).toBe(0);
    expect(loadConfig({ PARLEY_RATE_LIMIT_PER_MINUTE: 'OFF' }).rateLimitPerMinute).toBe(0);
    expect(loadConfig({ PARLEY_RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(loadConfig({ PARLEY_RATE_LIMIT_PER_MINUTE: '20' }).rateLimitPerMinute).toBe(20);
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).redisUrl).toBe('redis://127.0.0.1:6379/2');
    for (const bad of ['-1', '1.5', 'ten']) {
      expect(() => loadConfig({ PARLEY_RATE_LIMIT_PER_MINUTE: bad })).toThrow(/PARLEY_RATE_LIMIT_PER_MINUTE/);
    }
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
  });
});

describe('the in-memory window', () => {
  it('counts per key and reports what is left', () => {
    const limiter = new MemoryRateLimiter(2);
    const a = [limiter.consume('a'), limiter.consume('a'), limiter.consume('a')];
    expect(a.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(a.every((d) => d.resetSeconds >= 1 && d.resetSeconds <= 60)).toBe(true);
    expect(limiter.consume('b')).toMatchObject({ allowed: true, remaining: 1, limit: 2 });
  });
});

describe(`with PARLEY_RATE_LIMIT_PER_MINUTE=${LIMIT}, counters in memory`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { PARLEY_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  });
  afterAll(() => server.close());

  it('counts every request of a key (JSON, SSE, resume); the 6th is 429 rate_limited; another key still passes', async () => {
    const { url } = server;
    const { customerKey: key, managementKey } = await server.createOrg();

    const created = await create(url, key);
    expectCounted(created, 4);
    const id = await conversationId(created);

    const sent = await sendMessage(url, key, id, 'What are your opening hours?');
    expect(sent.status).toBe(200);
    expect(sent.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expectCounted(sent, 3);
    expect(parseStrict(await sent.text()).events.at(-1)?.data).toBe('[DONE]');

    const read = await history(url, key, id);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toMatch(/^application\/json/);
    expectCounted(read, 2);
    await read.json();

    const resumed = await fetch(`${base(url)}/${id}/stream`, { headers: auth(key) });
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expectCounted(resumed, 1);
    await resumed.text();

    // A refusal of a counted request carries the headers too.
    const unknown = await history(url, key, randomUUID());
    expect(unknown.status).toBe(404);
    expectCounted(unknown, 0);
    await unknown.json();

    await expectRateLimited(await history(url, key, id));
    await expectRateLimited(await create(url, key));
    await expectRateLimited(await sendMessage(url, key, id, 'Hello again'));

    // The same organization's other key, and another organization's key, have their own count.
    const management = await create(url, managementKey, 'management');
    expectCounted(management, 4);
    await management.json();
    const other = await server.createOrg();
    const otherCreated = await create(url, other.customerKey);
    expectCounted(otherCreated, 4);
    await otherCreated.json();
  });

  it('counts nothing without a valid key, and sends no RateLimit headers then', async () => {
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await create(server.url, `lxc_${'x'.repeat(40)}`);
      expect(res.status).toBe(401);
      expectNoLimitHeaders(res);
      await res.json();
    }
    const wrongChannel = await create(server.url, server.customerKey, 'management');
    expect(wrongChannel.status).toBe(403);
    expectNoLimitHeaders(wrongChannel);
    await wrongChannel.json();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expectNoLimitHeaders(health);
    await health.text();
    // None of those counted against the key.
    const created = await create(server.url, server.customerKey);
    expectCounted(created, LIMIT - 1);
    await created.json();
  });

  it("the SDK's RateLimitError carries code rate_limited and retryAfter from Retry-After", async () => {
    const { customerKey } = await server.createOrg();
    const conversations = new Parley({ baseUrl: server.url, apiKey: customerKey }).customer.conversations;
    for (let i = 0; i < LIMIT; i++) await conversations.create();
    const error = await conversations.create().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    const limited = error as RateLimitError;
    expect(limited.status).toBe(429);
    expect(limited.code).toBe('rate_limited');
    expect(Number.isInteger(limited.retryAfter)).toBe(true);
    expect(limited.retryAfter).toBe(Number(limited.headers?.get('retry-after')));
    expect(limited.retryAfter).toBeGreaterThanOrEqual(1);
    expect(limited.retryAfter).toBeLessThanOrEqual(60);
  });
});

describe('/openapi.json', () => {
  interface Response {
    description: string;
    content?: Record<string, { schema?: { properties?: Record<string, unknown> } }>;
    headers?: Record<string, { $ref?: string }>;
  }
  type Doc = {
    components: { headers?: Record<string, { description: string; schema: { type: string } }> };
    paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, Response> }>>;
  };
  const operations = (doc: Doc) =>
    Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ at: `${method} ${path}`, op })));
  const read = async (env: Record<string, string>) => {
    const server = await startTestServer({ env });
    try {
      return (await (await fetch(`${server.url}/openapi.json`)).json()) as Doc;
    } finally {
      await server.close();
    }
  };

  it('declares 429 rate_limited and the RateLimit headers on every operation that takes a key', async () => {
    const doc = await read({});
    for (const name of ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After']) {
      expect(doc.components.headers?.[name]?.schema.type, name).toBe('integer');
    }
    const secured = operations(doc).filter(({ op }) => op.security && op.security.length > 0);
    expect(secured.length).toBeGreaterThanOrEqual(10);
    for (const { at, op } of secured) {
      const limited = op.responses['429'];
      expect(limited?.description, at).toMatch(/rate_limited/);
      expect(Object.keys(limited?.content?.['application/json']?.schema?.properties ?? {}).sort(), at).toEqual(['code', 'error']);
      expect(limited?.headers?.['Retry-After']?.$ref, at).toBe('#/components/headers/Retry-After');
      for (const [status, response] of Object.entries(op.responses)) {
        const names = Object.keys(response.headers ?? {});
        if (status === '401' || status === '403') expect(names, `${at} ${status}`).not.toContain('RateLimit-Limit');
        else expect(names, `${at} ${status}`).toEqual(expect.arrayContaining(['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']));
      }
    }
    // Routes without a key (/healthz, /openapi.json are hidden) carry none.
    for (const { at, op } of operations(doc).filter(({ op }) => !op.security?.length)) {
      expect(JSON.stringify(op.responses), at).not.toContain('RateLimit-');
    }
  });

  it('declares none of it when the limit is off', async () => {
    const doc = await read({ PARLEY_RATE_LIMIT_PER_MINUTE: 'off' });
    expect(JSON.stringify(doc)).not.toContain('RateLimit-');
    expect(JSON.stringify(doc)).not.toContain('Retry-After"');
  });
});

describe('with PARLEY_RATE_LIMIT_PER_MINUTE=off', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { PARLEY_RATE_LIMIT_PER_MINUTE: 'off' } });
  });
  afterAll(() => server.close());

  it('counts nothing and sends no RateLimit headers', async () => {
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await create(server.url, server.customerKey);
      expect(res.status).toBe(201);
      expectNoLimitHeaders(res);
      await res.json();
    }
  });
});

describe('two instances sharing one Redis', () => {
  // A prefix of its own per run, so runs (and CI jobs on one Redis) never share counters.
  const prefix = `parley-test-${randomUUID()}:`;
  const env = { PARLEY_RATE_LIMIT_PER_MINUTE: String(LIMIT), REDIS_URL, PARLEY_REDIS_PREFIX: prefix };
  let a: TestServer;
  let b: TestServer;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    a = await startTestServer({ env });
    b = await startTestServer({ env, databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('3 requests through A and 2 through B use up the limit; the 6th is 429 on either instance', async () => {
    const key = a.customerKey;
    const created = await create(a.url, key);
    expectCounted(created, 4);
    const id = await conversationId(created);
    const through = [a, a, b, b];
    for (const [i, server] of through.entries()) {
      const res = await history(server.url, key, id);
      expect(res.status).toBe(200);
      expectCounted(res, 3 - i);
      await res.json();
    }
    await expectRateLimited(await history(b.url, key, id));
    await expectRateLimited(await history(a.url, key, id));

    // The counter is in Redis, under the prefix, and ends with its window.
    const found = await a.store.findApiKeyByHash(hashApiKey(key));
    const counter = `${prefix}rl:${found!.key.id}`;
    expect(await redis.get(counter)).toBe('7');
    const ttl = await redis.pttl(counter);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(matching([...a.logs, ...b.logs], 'Redis is unreachable')).toEqual([]);
  });

  it('another key is unaffected, and a stream on the other instance carries its count', async () => {
    const key = b.customerKey;
    const created = await create(a.url, key);
    expectCounted(created, 4);
    const id = await conversationId(created);
    const sent = await sendMessage(b.url, key, id, 'Do you ship abroad?');
    expect(sent.status).toBe(200);
    expect(sent.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expectCounted(sent, 3);
    expect(parseStrict(await sent.text()).events.at(-1)?.data).toBe('[DONE]');
  });
});

describe('Redis unreachable', () => {
  let server: TestServer;

  beforeAll(async () => {
    const port = await unusedPort();
    server = await startTestServer({
      env: { PARLEY_RATE_LIMIT_PER_MINUTE: String(LIMIT), REDIS_URL: `redis://127.0.0.1:${port}` },
    });
  });
  afterAll(() => server.close());

  it('requests still answer, counted in memory; the fault is logged once, not per request', async () => {
    const key = server.customerKey;
    for (let i = 0; i < LIMIT; i++) {
      const res = await create(server.url, key);
      expect(res.status).toBe(201);
      expectCounted(res, LIMIT - 1 - i);
      await res.json();
    }
    await expectRateLimited(await create(server.url, key));
    const other = await server.createOrg();
    const res = await create(server.url, other.customerKey);
    expectCounted(res, LIMIT - 1);
    await res.json();
    expect(matching(server.logs, 'Redis is unreachable')).toHaveLength(1);
    // The log names the fault, never the URL (it may hold a password).
    expect(matching(server.logs, 'redis://')).toEqual([]);
  });
});

describe('Redis that goes away and comes back', () => {
  let child: ChildProcess | undefined;
  let client: Redis;
  let limiter: RedisRateLimiter;

  afterAll(async () => {
    await limiter?.close();
    client?.disconnect();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('falls back to memory while Redis is down, then counts in Redis again without a restart', async () => {
    const port = await unusedPort();
    const prefix = `parley-test-${randomUUID()}:`;
    const { lines, log } = captureLog();
    client = createRedisClient(`redis://127.0.0.1:${port}`);
    limiter = new RedisRateLimiter({ limit: 3, redis: client, prefix, log });

    const down: RateLimitDecision[] = [];
    for (let i = 0; i < 4; i++) down.push(await limiter.consume('key-1'));
    expect(down.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(limiter.degraded).toBe(true);
    expect(matching(lines, 'Redis is unreachable')).toHaveLength(1);

    // Redis starts on that port; ioredis reconnects by itself.
    // (not events.once: it rejects on the 'error' events of the failing reconnects)
    const ready = new Promise((resolve) => client.once('ready', resolve));
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await ready;

    const back = await limiter.consume('key-1');
    expect(back).toMatchObject({ allowed: true, remaining: 2, limit: 3 });
    expect(limiter.degraded).toBe(false);
    const direct = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true });
    await direct.connect();
    expect(await direct.get(`${prefix}rl:key-1`)).toBe('1');
    expect(matching(lines, 'Redis is reachable again')).toHaveLength(1);
    expect(matching(lines, 'Redis is unreachable')).toHaveLength(1);

    // Connected but not answering (scripts held by CLIENT PAUSE): the command times out, the
    // request is counted in memory, and the next ones skip Redis for a while (answered at once).
    await direct.call('CLIENT', 'PAUSE', '5000', 'WRITE');
    const held = limiter.consume('key-3');
    expect(held).toBeInstanceOf(Promise);
    expect(await held).toMatchObject({ allowed: true, remaining: 2 });
    expect(limiter.degraded).toBe(true);
    expect(matching(lines, 'Redis is unreachable')).toHaveLength(2);
    const skipped = limiter.consume('key-3');
    expect(skipped).not.toBeInstanceOf(Promise);
    expect(skipped).toMatchObject({ allowed: true, remaining: 1 });
    await direct.call('CLIENT', 'UNPAUSE');
    await waitFor(
      async () => {
        const probe = limiter.consume('probe');
        if (probe instanceof Promise) await probe;
        return !limiter.degraded;
      },
      5000,
      100,
    );
    expect(matching(lines, 'Redis is reachable again')).toHaveLength(2);
    await direct.quit();

    // Gone again: the next request is answered from memory at once and logged once more.
    const closed = new Promise((resolve) => client.once('close', resolve));
    child.kill('SIGTERM');
    await once(child, 'exit');
    await closed;
    const again = await limiter.consume('key-2');
    expect(again).toMatchObject({ allowed: true, remaining: 2 });
    expect(limiter.degraded).toBe(true);
    expect(matching(lines, 'Redis is unreachable')).toHaveLength(3);
  }, 20_000);
});
