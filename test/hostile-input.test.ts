/**
 * Hostile input cannot hurt other organizations (issue 11, item 7), on SQLite and PostgreSQL:
 * control characters are refused at the door, NUL that reaches a store anyway is dropped, a reply
 * whose final write fails is still closed, a row that cannot be recovered does not stop a start,
 * and the headers a careful API sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentStoreFor } from '../src/storage/create-store.ts';
import type { Store } from '../src/storage/types.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { rawExchange, requestText } from './helpers/raw-http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, createConversation, headers, history, parseStrict, postMessage, send, waitFor, type Api } from './helpers/sse.ts';

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u001f'];

describe.each(DATABASES)('hostile input on $name', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  let customer: Api;
  /** The next this-many `finishReply` calls fail (a database that refuses the final write). */
  let failFinishes = 0;

  const wrapStore = (store: Store): Store => {
    const finishReply = store.finishReply.bind(store);
    store.finishReply = async (input) => {
      if (failFinishes > 0) {
        failFinishes--;
        throw new Error('the database refused the write');
      }
      return finishReply(input);
    };
    return store;
  };

  beforeAll(async () => {
    db = await create();
    server = await startTestServer({ databaseUrl: db.url, wrapStore });
    customer = { url: server.url, key: server.customerKey };
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
  });

  const management = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${server.url}/api/v1/management${path}`, {
      method: init.method ?? 'GET',
      headers: headers(server.managementKey),
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  async function expectRefused(res: Response, field: string | undefined, value: string): Promise<void> {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    const body = JSON.parse(text) as { error: string; code: string };
    expect(body.code).toBe('invalid_request');
    if (field) expect(body.error).toContain(field);
    expect(body.error).toMatch(/control characters/);
    expect(text).not.toContain(value);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  }

  it('refuses NUL and other control characters in settings with 400 and stores nothing', async () => {
    const before = await (await management('/settings')).json();
    for (const c of CONTROL) {
      await expectRefused(await management('/settings', { method: 'PATCH', body: { businessContext: `We sell${c} tea.` } }), 'body.businessContext', `sell${c}`);
      await expectRefused(await management('/settings', { method: 'PATCH', body: { branding: { agentName: `Ann${c}ie` } } }), 'body.branding.agentName', `Ann${c}`);
    }
    expect(await (await management('/settings')).json()).toEqual(before);
    // Tab and line breaks are ordinary text.
    const ok = await management('/settings', { method: 'PATCH', body: { businessContext: 'We sell tea.\n\tAnd cakes.\r\n' } });
    expect(ok.status).toBe(200);
  });

  it('refuses NUL in a message, an article, a customerIdentifier, a path id, a query string and a body key', async () => {
    const id = await createConversation(customer);
    await expectRefused(await postMessage(customer, id, 'hello\u0000there'), 'body.message', 'hello\u0000');
    await expectRefused(await postMessage(customer, id, 'bell\u0007'), 'body.message', 'bell\u0007');
    await expectRefused(await management('/knowledge', { method: 'POST', body: { title: 'Re\u0000funds', content: 'Within 30 days.' } }), 'body.title', 'Re\u0000');
    await expectRefused(await management('/knowledge', { method: 'POST', body: { title: 'Refunds', content: 'Within\u0000 30 days.' } }), 'body.content', 'Within\u0000');
    const created = await fetch(`${server.url}/api/v1/customer/conversations`, {
      method: 'POST',
      headers: headers(server.customerKey),
      body: JSON.stringify({ customerIdentifier: 'cust\u0000omer@example.com' }),
    });
    await expectRefused(created, 'body.customerIdentifier', 'cust\u0000');
    const byPath = await fetch(`${server.url}/api/v1/customer/conversations/%00/messages`, { headers: headers(server.customerKey) });
    await expectRefused(byPath, 'params.id', '%00');
    await expectRefused(await management('/conversations/abc%00def'), 'params.id', 'abc');
    await expectRefused(await management('/knowledge?q=tea%00cake'), 'querystring.q', 'tea');
    // A key with NUL is no field of the schema: refused as unknown, without naming it.
    const badKey = await management('/settings', { method: 'PATCH', body: { 'tone\u0000x': 'formal' } });
    expect(badKey.status).toBe(400);
    const badKeyText = await badKey.text();
    expect(JSON.parse(badKeyText)).toEqual({ error: 'Invalid body: unknown field.', code: 'invalid_request' });
    // The conversation is untouched and still works.
    expect(await history(customer, id)).toEqual([]);
    const { stream } = await send(customer, id, 'hello\n\tthere');
    checkInvariants(stream);
    expect(stream.events.some((e) => e.data.includes('"error"'))).toBe(false);
  });

  it('a NUL already stored in the settings (written before these rules) does not break replies or restarts', async () => {
    const store = server.store as Store & { db: { insertInto: Function } };
    // What an older version stored: the JSON escape of NUL, which comes back raw when parsed.
    const data = JSON.stringify({ businessContext: 'We sell\u0000 tea.', branding: { agentName: 'Ann\u0000ie' } });
    await (store.db as any)
      .insertInto('agent_settings')
      .values({ org_id: server.orgId, data, updated_at: new Date().toISOString() })
      .onConflict((oc: any) => oc.column('org_id').doUpdateSet({ data, updated_at: new Date().toISOString() }))
      .execute();
    // Written behind the store's back: on PostgreSQL the settings cache learns of it from the
    // change notification, within milliseconds.
    await waitFor(async () => (await agentStoreFor(server.store).getSettings(server.orgId)).branding.agentName === 'Ann\u0000ie', 2000, 5);
    const id = await createConversation(customer);
    const { stream } = await send(customer, id, 'hello');
    checkInvariants(stream);
    expect(stream.events.some((e) => e.data.includes('"error"'))).toBe(false);
    const messages = await history(customer, id);
    expect(messages.map((m) => m.status)).toEqual(['complete', 'complete']);
    expect(messages[1]!.content).toContain('Annie');
    expect(messages[1]!.content).not.toContain('\u0000');
    // A second message in the same conversation is accepted (nothing was left streaming).
    expect((await send(customer, id, 'hello again')).res.status).toBe(200);
  });

  it('a reply whose final write fails is closed with an error, and its conversation takes the next message', async () => {
    const id = await createConversation(customer);
    for (const failures of [1, 3]) {
      failFinishes = failures;
      const { stream } = await send(customer, id, `hello ${failures}`);
      checkInvariants(stream);
      const error = JSON.parse(stream.events.at(-2)!.data) as { type: string; code: string };
      expect(error).toMatchObject({ type: 'error', code: 'internal_error' });
      expect(failFinishes).toBe(0);
      const messages = await history(customer, id);
      expect(messages.at(-1)).toMatchObject({ role: 'assistant', status: 'partial' });
      const latest = await server.store.getLatestReply(id);
      expect(latest?.status).toBe('partial');
    }
    // Three failures: the reply was closed without its text, but closed.
    expect((await history(customer, id)).at(-1)!.content).toBe('');
    const next = await send(customer, id, 'still there?');
    expect(next.res.status).toBe(200);
    expect((await history(customer, id)).at(-1)).toMatchObject({ status: 'complete' });
    expect(server.logs.join('')).toContain('storing the finished reply failed');
  });

  it('one bad row never stops a start: recovery closes the others, logs it and the server listens', async () => {
    // Replies of a server that died an hour ago (on PostgreSQL, start-up recovery closes only
    // replies whose owner's lease expired; these were never leased and are old).
    const now = new Date(Date.now() - 3_600_000).toISOString();
    const open = async (events: string[]) => {
      const id = await createConversation(customer);
      const started = await server.store.startReply({
        orgId: server.orgId,
        channel: 'customer',
        conversationId: id,
        content: 'hi',
        idempotencyKey: null,
        fingerprint: null,
        maxUserMessages: 50,
        now,
      });
      if (started.kind !== 'started') throw new Error(started.kind);
      await server.store.appendReplyEvents(events.map((data, i) => ({ messageId: started.reply.id, seq: i + 1, data })));
      return { id, replyId: started.reply.id };
    };
    const withNul = await open([JSON.stringify({ type: 'delta', text: 'Hel\u0000lo' })]);
    const corrupt = await open([JSON.stringify({ type: 'delta', text: 'Hi' }), '{not json']);
    const plain = await open([JSON.stringify({ type: 'delta', text: 'Good' })]);

    await server.close();
    server = await startTestServer({ databaseUrl: db.url, wrapStore });
    customer = { ...customer, url: server.url };
    const logs = server.logs.join('');
    expect(logs).toContain('could not rebuild an unfinished reply');
    expect(logs).toContain(corrupt.replyId);
    expect(logs).not.toContain(plain.replyId);

    const byId = async (replyId: string) => server.store.getMessage(replyId);
    expect(await byId(withNul.replyId)).toMatchObject({ status: 'partial', content: 'Hello' });
    expect(await byId(corrupt.replyId)).toMatchObject({ status: 'partial', content: '' });
    expect(await byId(plain.replyId)).toMatchObject({ status: 'partial', content: 'Good' });
    // Every one of them ends its event log and accepts the next message.
    for (const { id, replyId } of [withNul, corrupt, plain]) {
      const events = await server.store.listReplyEvents(replyId, 0);
      expect(events.at(-1)!.data).toBe('[DONE]');
      expect((await send(customer, id, 'hello')).res.status).toBe(200);
    }
    // And the server answers everyone: a health check and another organization.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe.each(DATABASES)('headers a careful API sends, on $name', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await create();
    server = await startTestServer({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
  });

  const customerBase = () => `${server.url}/api/v1/customer/conversations`;

  it('401 carries WWW-Authenticate: Bearer, with and without a key', async () => {
    for (const auth of [undefined, 'Bearer nope', 'Basic abc']) {
      const res = await fetch(customerBase(), { method: 'POST', headers: auth ? { authorization: auth } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toMatchObject({ code: 'unauthorized' });
    }
    const management = await fetch(`${server.url}/api/v1/management/settings`);
    expect(management.status).toBe(401);
    expect(management.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('nosniff on every response, the SSE stream included; no-store on private JSON', async () => {
    const api = { url: server.url, key: server.customerKey };
    const created = await fetch(customerBase(), { method: 'POST', headers: headers(server.customerKey) });
    expect(created.status).toBe(201);
    const { conversationId } = (await created.json()) as { conversationId: string };
    const stream = await postMessage(api, conversationId, 'hello');
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
    expect(stream.headers.get('cache-control')).toBe('no-cache');
    checkInvariants(parseStrict(await stream.text()));
    const resumed = await fetch(`${customerBase()}/${conversationId}/stream`, { headers: headers(server.customerKey) });
    expect(resumed.headers.get('x-content-type-options')).toBe('nosniff');
    await resumed.text();

    const privateJson = [
      created,
      await fetch(`${customerBase()}/${conversationId}/messages`, { headers: headers(server.customerKey) }),
      await fetch(`${server.url}/api/v1/management/settings`, { headers: headers(server.managementKey) }),
      await fetch(`${server.url}/api/v1/management/conversations/${conversationId}`, { headers: headers(server.managementKey) }),
      await fetch(`${server.url}/api/v1/management/knowledge`, { headers: headers(server.managementKey) }),
      await fetch(`${customerBase()}/${conversationId}/stop`, { method: 'POST', headers: headers(server.customerKey) }),
      await fetch(`${customerBase()}/00000000-0000-7000-8000-000000000000/messages`, { headers: headers(server.customerKey) }),
    ];
    for (const res of privateJson) {
      expect(res.status, res.url).toBeLessThan(500);
      expect(res.headers.get('cache-control'), res.url).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('405 with Allow for a known path and the wrong method; 404 for an unknown path', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/api/v1/customer/conversations', 'POST'],
      ['DELETE', '/api/v1/customer/conversations/abc/messages', 'GET, HEAD, POST'],
      ['GET', '/api/v1/customer/conversations/abc/stop', 'POST'],
      ['POST', '/api/v1/management/settings', 'GET, HEAD, PATCH'],
      ['PUT', '/api/v1/management/knowledge/abc', 'DELETE, GET, HEAD, PATCH'],
      ['POST', '/healthz', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${server.url}${path}?x=1`, { method, headers: headers(server.managementKey) });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.json()).toEqual({ error: expect.any(String), code: 'method_not_allowed' });
    }
    const unknown = await fetch(`${server.url}/api/v1/nothing-here`, { method: 'PUT' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('allow')).toBeNull();
    expect(await unknown.json()).toMatchObject({ code: 'not_found' });
  });

  it('refusals from below the routes come as {error, code} and echo nothing', async () => {
    const longId = 'L0ngIdEcho'.repeat(15);
    const cases: [string, number, string][] = [
      // An id over fastify's parameter limit (was a 414 that echoed the path).
      [requestText('GET', `/api/v1/customer/conversations/${longId}/messages`, { authorization: `Bearer ${server.customerKey}` }), 400, 'invalid_request'],
      // A malformed percent-encoding in the path (FST_ERR_BAD_URL).
      [requestText('GET', '/api/v1/customer/conversations/%E0%A4%A/messages', {}), 400, 'invalid_request'],
      // An unparsable request line (node's clientError path).
      ['GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'invalid_request'],
      ['GET / HTTP/1.1\r\nBad\u0001Header: x\r\n\r\n', 400, 'invalid_request'],
      // Headers over node's limit (16 KiB).
      [requestText('GET', '/healthz', { 'x-big': 'B1gHeaderEcho'.repeat(2000) }), 431, 'headers_too_large'],
    ];
    for (const [request, status, code] of cases) {
      const res = await rawExchange(server.url, request);
      expect(res.status, request.slice(0, 60)).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(JSON.parse(res.body)).toEqual({ error: expect.any(String), code });
      for (const marker of ['L0ngIdEcho', 'B1gHeaderEcho', '%E0', 'a b c', 'Bad']) expect(res.body).not.toContain(marker);
    }
  });
});
