/**
 * Slow requests are cut, long responses are not (issue 11, item 7): over real sockets, a body or
 * headers that stall get a 408 `{error, code}` and a closed socket within the configured timeouts
 * (PARLEY_REQUEST_TIMEOUT_MS, PARLEY_HEADERS_TIMEOUT_MS) while the server keeps answering others,
 * and an SSE reply that lasts longer than those timeouts still ends with `[DONE]`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { openSocket, parseResponse, readToClose, requestText } from './helpers/raw-http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, createConversation, parseStrict } from './helpers/sse.ts';

const REQUEST_TIMEOUT_MS = 600;
const HEADERS_TIMEOUT_MS = 300;

describe('timeout settings', () => {
  it('default to 30 s for a request and 10 s for its headers, and refuse headers longer than the request', () => {
    const config = loadConfig({});
    expect(config.requestTimeoutMs).toBe(30_000);
    expect(config.headersTimeoutMs).toBe(10_000);
    expect(loadConfig({ PARLEY_REQUEST_TIMEOUT_MS: '5000', PARLEY_HEADERS_TIMEOUT_MS: '2000' })).toMatchObject({
      requestTimeoutMs: 5000,
      headersTimeoutMs: 2000,
    });
    expect(() => loadConfig({ PARLEY_REQUEST_TIMEOUT_MS: '1000', PARLEY_HEADERS_TIMEOUT_MS: '2000' })).toThrow(/PARLEY_HEADERS_TIMEOUT_MS/);
    expect(() => loadConfig({ PARLEY_REQUEST_TIMEOUT_MS: '0' })).toThrow(/PARLEY_REQUEST_TIMEOUT_MS/);
  });
});

describe.each(DATABASES)('request timeouts on $name', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await create();
    server = await startTestServer({
      databaseUrl: db.url,
      env: {
        PARLEY_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        PARLEY_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        // Each delta of the offline model waits this long: a reply lasts well over the timeouts.
        PARLEY_OFFLINE_DELAY_MS: '700',
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
  });

  const messagesPath = (id: string) => `/api/v1/customer/conversations/${id}/messages`;

  it('cuts a body that stalls with 408 {error, code} while /healthz keeps answering', async () => {
    const id = await createConversation({ url: server.url, key: server.customerKey });
    const body = JSON.stringify({ message: 'hello there, friend' });
    const sockets = await Promise.all(Array.from({ length: 5 }, () => openSocket(server.url)));
    const answers = sockets.map((socket) => readToClose(socket, 20_000));
    for (const socket of sockets) {
      const head = requestText('POST', messagesPath(id), {
        authorization: `Bearer ${server.customerKey}`,
        'content-type': 'application/json',
        'content-length': String(body.length),
      });
      socket.write(head + body.slice(0, 5));
    }
    // While they stall, the server answers everyone else.
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const raw of await Promise.all(answers)) {
      const res = parseResponse(raw);
      expect(res.status).toBe(408);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(res.body)).toEqual({ error: expect.any(String), code: 'request_timeout' });
    }
    // Nothing was stored for the cut requests.
    expect(await server.store.listMessages(id)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('cuts headers that stall, and connections that send nothing', async () => {
    for (const sent of ['GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', '']) {
      const socket = await openSocket(server.url);
      const answer = readToClose(socket, 20_000);
      if (sent) socket.write(sent);
      const res = parseResponse(await answer);
      expect(res.status).toBe(408);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'request_timeout' });
    }
  });

  it('does not cut an SSE reply that lasts longer than the timeouts', async () => {
    const id = await createConversation({ url: server.url, key: server.customerKey });
    const body = JSON.stringify({ message: 'hello' });
    const socket = await openSocket(server.url);
    const answer = readToClose(socket, 30_000);
    const started = Date.now();
    socket.write(
      requestText('POST', messagesPath(id), { authorization: `Bearer ${server.customerKey}`, 'content-type': 'application/json' }, body),
    );
    const res = parseResponse(await answer);
    const lasted = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const stream = parseStrict(res.body);
    checkInvariants(stream);
    expect(stream.events.some((e) => e.data.includes('"error"'))).toBe(false);
    expect(stream.text.length).toBeGreaterThan(0);
    // The precondition of this test, not a speed claim: the stream outlived both timeouts.
    expect(lasted).toBeGreaterThan(REQUEST_TIMEOUT_MS * 1.5);
  });
});
