/**
 * The request side of the client against a scripted local server: paths, headers, bodies,
 * one error class per pre-stream status, idempotency keys and the single safe retry.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdempotencyKey } from '../src/internal/idempotency-key.ts';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  Parley,
  ParleyAPIError,
  ParleyConnectionError,
  ParleyTimeoutError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/index.ts';
import { parseRetryAfter } from '../src/errors.ts';
import { encodeStream, reply, delta } from './helpers/sse-encoder.ts';
import { sendJsonError, startScriptedServer, startSse, type ScriptedServer } from './helpers/scripted-server.ts';

let server: ScriptedServer;
let client: Parley;

beforeEach(async () => {
  server = await startScriptedServer();
  client = new Parley({ baseUrl: server.url, apiKey: 'lxc_test', timeoutMs: 2000 });
});
afterEach(() => server.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function answerJson(status: number, body: unknown) {
  server.handle((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
}

describe('JSON calls', () => {
  it('create() posts to the customer API with the bearer key and no body by default', async () => {
    answerJson(201, { conversationId: 'c-1' });
    expect(await client.customer.conversations.create()).toEqual({ conversationId: 'c-1' });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/api/v1/customer/conversations', body: '' });
    expect(request!.headers.authorization).toBe('Bearer lxc_test');
    // An empty body with a JSON content type is a 400 on most servers: neither is sent.
    expect(request!.headers['content-type']).toBeUndefined();
  });

  it('create() sends customerIdentifier as JSON', async () => {
    answerJson(201, { conversationId: 'c-2' });
    await client.customer.conversations.create({ customerIdentifier: 'user-42' });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ customerIdentifier: 'user-42' });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('management calls use the management paths; history and stop return the bodies', async () => {
    answerJson(200, { messages: [], stopped: false });
    await client.management.conversations.create();
    await client.management.conversations.history('a b/c');
    await client.management.conversations.stop('c-3');
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v1/management/conversations',
      'GET /api/v1/management/conversations/a%20b%2Fc/messages',
      'POST /api/v1/management/conversations/c-3/stop',
    ]);
  });

  it('accepts a baseUrl that already ends with /api/v1/', async () => {
    answerJson(200, { messages: [] });
    const prefixed = new Parley({ baseUrl: `${server.url}/api/v1/`, apiKey: 'k' });
    await prefixed.customer.conversations.history('x');
    expect(server.requests[0]!.url).toBe('/api/v1/customer/conversations/x/messages');
  });

  it('rejects a missing baseUrl or apiKey at construction, naming the option', () => {
    expect(() => new Parley({ baseUrl: '', apiKey: 'k' })).toThrow(/baseUrl/);
    expect(() => new Parley({ baseUrl: server.url, apiKey: '' })).toThrow(/apiKey/);
  });

  it('a JSON call slower than timeoutMs fails with ParleyTimeoutError', async () => {
    server.handle(() => {}); // never answers
    const slow = new Parley({ baseUrl: server.url, apiKey: 'k', timeoutMs: 100 });
    await expect(slow.customer.conversations.create()).rejects.toBeInstanceOf(ParleyTimeoutError);
  });

  it("a caller's abort signal rejects with the signal's reason", async () => {
    server.handle(() => {});
    const controller = new AbortController();
    const pending = client.customer.conversations.history('x', { signal: controller.signal });
    controller.abort(new Error('user gave up'));
    await expect(pending).rejects.toThrow('user gave up');
  });

  it('an unreachable server is a ParleyConnectionError naming the URL', async () => {
    const url = server.url;
    await server.close();
    const offline = new Parley({ baseUrl: url, apiKey: 'k' });
    const error = await offline.customer.conversations.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyConnectionError);
    expect((error as Error).message).toContain(url);
    server = await startScriptedServer(); // afterEach closes it
  });
});

describe('pre-stream errors: one class per status', () => {
  const cases = [
    [400, BadRequestError, 'invalid_request'],
    [401, AuthenticationError, 'unauthorized'],
    [402, PaymentRequiredError, 'payment_required'],
    [403, PermissionDeniedError, 'forbidden'],
    [404, NotFoundError, 'not_found'],
    [409, ConflictError, 'reply_in_progress'],
    [413, PayloadTooLargeError, 'payload_too_large'],
    [422, UnprocessableEntityError, 'idempotency_key_reused'],
    [429, RateLimitError, 'conversation_limit'],
    [500, InternalServerError, 'internal_error'],
    [503, InternalServerError, 'shutting_down'],
  ] as const;

  it.each(cases)('%i becomes %o with status, code and the server message (JSON call and stream)', async (status, ErrorClass, code) => {
    server.handle((_req, res) => sendJsonError(res, status, `Message for ${status}`, code));
    const fromJson = await client.customer.conversations.create().catch((e: unknown) => e);
    const fromStream = await client.customer.conversations.send('c', 'hi').text().catch((e: unknown) => e);
    for (const error of [fromJson, fromStream]) {
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(ParleyAPIError);
      expect(error).toMatchObject({ status, code, message: `Message for ${status}` });
    }
  });

  it('429 carries Retry-After in seconds', async () => {
    server.handle((_req, res) => sendJsonError(res, 429, 'Slow down', 'rate_limited', { 'Retry-After': '7' }));
    const error = await client.customer.conversations.send('c', 'hi').text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(7);
  });

  it('429 without Retry-After has retryAfter undefined', async () => {
    server.handle((_req, res) => sendJsonError(res, 429, 'Limit reached', 'conversation_limit'));
    const error = (await client.customer.conversations.create().catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfter).toBeUndefined();
  });

  it('parses Retry-After as an HTTP date too, never negative, and ignores garbage', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('a non-JSON error body (a proxy page) still gives the class, a status message and a code', async () => {
    server.handle((_req, res) => res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>'));
    const error = await client.customer.conversations.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: 'http_502', message: 'HTTP 502' });
  });

  it('an unlisted 4xx is the base ParleyAPIError', async () => {
    server.handle((_req, res) => sendJsonError(res, 418, 'Teapot', 'teapot'));
    const error = await client.customer.conversations.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyAPIError);
    expect(error).not.toBeInstanceOf(BadRequestError);
  });
});

describe('idempotent sends', () => {
  const okStream = encodeStream(reply(delta('ok')));

  it('send() attaches a fresh UUID Idempotency-Key per call and exposes it on the stream', async () => {
    server.handle((_req, res) => {
      startSse(res);
      res.end(okStream);
    });
    const first = client.customer.conversations.send('c-1', 'Hello');
    const second = client.customer.conversations.send('c-1', 'Hello');
    expect(await first.text()).toBe('ok');
    await second.text();
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual([first.idempotencyKey, second.idempotencyKey]);
    expect(first.idempotencyKey).toMatch(UUID);
    expect(first.idempotencyKey).not.toBe(second.idempotencyKey);
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/api/v1/customer/conversations/c-1/messages' });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ message: 'Hello' });
    expect(server.requests[0]!.headers.accept).toBe('text/event-stream');
  });

  it('makes UUID keys without crypto.randomUUID too (browsers hide it on plain-http pages)', () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
    try {
      const keys = Array.from({ length: 50 }, createIdempotencyKey);
      for (const key of keys) expect(key).toMatch(UUID);
      expect(new Set(keys).size).toBe(50);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('uses the caller’s idempotencyKey when given', async () => {
    server.handle((_req, res) => {
      startSse(res);
      res.end(okStream);
    });
    const stream = client.customer.conversations.send('c-1', 'Hello', { idempotencyKey: 'my-key' });
    await stream.text();
    expect(stream.idempotencyKey).toBe('my-key');
    expect(server.requests[0]!.headers['idempotency-key']).toBe('my-key');
  });

  it('retries a send once with the SAME key after a network error before any response', async () => {
    server.handle((_req, res) => {
      startSse(res);
      res.end(okStream);
    });
    const seen: string[] = [];
    let failures = 1;
    const flaky: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers).get('idempotency-key')!);
      if (failures-- > 0) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const flakyClient = new Parley({ baseUrl: server.url, apiKey: 'k', fetch: flaky });
    expect(await flakyClient.customer.conversations.send('c', 'hi').text()).toBe('ok');
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });

  it('gives up after the one retry with a ParleyConnectionError', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls++;
      throw new TypeError('fetch failed');
    };
    const downClient = new Parley({ baseUrl: server.url, apiKey: 'k', fetch: down });
    await expect(downClient.customer.conversations.send('c', 'hi').text()).rejects.toBeInstanceOf(ParleyConnectionError);
    expect(calls).toBe(2);
  });

  it('never retries create(): it is not idempotent', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls++;
      throw new TypeError('fetch failed');
    };
    const downClient = new Parley({ baseUrl: server.url, apiKey: 'k', fetch: down });
    await expect(downClient.customer.conversations.create()).rejects.toBeInstanceOf(ParleyConnectionError);
    expect(calls).toBe(1);
  });

  it('does not retry a send that got an HTTP error: the server answered', async () => {
    server.handle((_req, res) => sendJsonError(res, 500, 'Internal error', 'internal_error'));
    await expect(client.customer.conversations.send('c', 'hi').text()).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});
