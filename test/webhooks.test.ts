/**
 * Webhooks end to end over real sockets, on SQLite and PostgreSQL: an endpoint registered with
 * the JSON API, a real receiver on 127.0.0.1, payload and both signatures (SEC-10), retries
 * against 500s and a stalled receiver with the same webhook-id, delivery after a restart,
 * disabling after repeated failures, redelivery, and the SSRF guard (SEC-11).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { api } from './agents/sse.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { waitFor } from './helpers/sse.ts';
import { freePort, startReceiver, type Receiver } from './helpers/webhook-receiver.ts';

const FAST = { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true', PARLEY_WEBHOOK_RETRY_BASE_MS: '100' };

/** The original's check: HMAC-SHA256 of the raw body, hex, compared in constant time. */
function lexeyValid(secret: string, body: string, header: string | string[] | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const got = Buffer.from(String(header));
  return got.length === expected.length && timingSafeEqual(got, expected);
}

describe.each(DATABASES)('webhooks on $name', ({ create }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  afterAll(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function database(): Promise<TestDatabase> {
    const db = await create();
    cleanups.push(() => db.cleanup());
    return db;
  }
  async function server(env: Record<string, string>, databaseUrl?: string): Promise<TestServer> {
    const s = await startTestServer({ env, databaseUrl: databaseUrl ?? (await database()).url });
    cleanups.push(() => s.close());
    return s;
  }
  async function receiver(script?: Parameters<typeof startReceiver>[0], port?: number): Promise<Receiver> {
    const r = await startReceiver(script, port);
    cleanups.push(() => r.close());
    return r;
  }
  const register = (s: TestServer, url: string, events = ['conversation.escalated'], secret?: string) =>
    api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url, events, ...(secret ? { secret } : {}) });
  const deliveries = async (s: TestServer, id: string) =>
    (await api(s.url, s.managementKey, 'GET', `/api/v1/management/webhooks/${id}/deliveries`)).body.deliveries as any[];

  async function escalate(s: TestServer, customer = 'ada@example.com'): Promise<string> {
    const created = await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations', { customerIdentifier: customer });
    const id = created.body.conversationId as string;
    const sent = await fetch(`${s.url}/api/v1/customer/conversations/${id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.customerKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'I want to talk to a human please' }),
    });
    expect(await sent.text()).toContain('"status":"escalated"');
    return id;
  }

  it('SEC-10: sends conversation.escalated with the original payload and both signatures', async () => {
    const s = await server(FAST);
    const r = await receiver();
    const created = await register(s, r.url, ['conversation.escalated'], 'my-shared-secret');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: r.url, events: ['conversation.escalated'], enabled: true, disabledReason: null, secret: 'my-shared-secret' });
    const listed = await api(s.url, s.managementKey, 'GET', '/api/v1/management/webhooks');
    expect(listed.body.webhooks).toHaveLength(1);
    expect(listed.body.webhooks[0]).not.toHaveProperty('secret');

    const conversationId = await escalate(s);
    await waitFor(() => r.received.length === 1, 10_000);
    const { headers, body } = r.received[0]!;
    const event = JSON.parse(body);
    expect(Object.keys(event).sort()).toEqual(['conversation', 'event', 'messages', 'payload', 'timestamp']);
    expect(event.event).toBe('conversation.escalated');
    expect(event.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(event.conversation).toEqual({
      id: conversationId,
      status: 'escalated',
      customerIdentifier: 'ada@example.com',
      createdAt: expect.stringMatching(/Z$/),
    });
    expect(event.messages.map((m: any) => [m.role, Object.keys(m).sort()])).toEqual([
      ['user', ['content', 'createdAt', 'role']],
      ['assistant', ['content', 'createdAt', 'role']],
    ]);
    expect(event.messages[0].content).toBe('I want to talk to a human please');
    expect(event.payload).toEqual({ reason: expect.any(String) });
    expect(event.payload.reason.length).toBeGreaterThan(0);

    expect(headers['content-type']).toBe('application/json');
    expect(lexeyValid('my-shared-secret', body, headers['x-lexey-signature'])).toBe(true);
    expect(lexeyValid('another-secret', body, headers['x-lexey-signature'])).toBe(false);
    // The reference Standard Webhooks verifier (a non-whsec secret is used as its UTF-8 bytes).
    const verifier = new Webhook(Buffer.from('my-shared-secret').toString('base64'));
    const h = { 'webhook-id': String(headers['webhook-id']), 'webhook-timestamp': String(headers['webhook-timestamp']), 'webhook-signature': String(headers['webhook-signature']) };
    expect(verifier.verify(body, h)).toEqual(event);
    expect(() => verifier.verify(body.replace('human', 'Human'), h)).toThrow();

    await waitFor(async () => (await deliveries(s, created.body.id))[0]?.status === 'delivered', 5000);
    const log = await deliveries(s, created.body.id);
    expect(log).toEqual([
      expect.objectContaining({ event: 'conversation.escalated', status: 'delivered', attempts: 1, lastResponseCode: 200, lastError: null, eventId: h['webhook-id'] }),
    ]);
  });

  it('SEC-10: a generated whsec_ secret verifies with the reference verifier', async () => {
    const s = await server(FAST);
    const r = await receiver();
    const created = await register(s, r.url);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await escalate(s);
    await waitFor(() => r.received.length === 1, 10_000);
    const { headers, body } = r.received[0]!;
    expect(new Webhook(created.body.secret).verify(body, headers as Record<string, string>)).toMatchObject({ event: 'conversation.escalated' });
    expect(lexeyValid(created.body.secret, body, headers['x-lexey-signature'])).toBe(true);
  });

  it('DEL-13: retries after 500s with back-off and the same webhook-id, then delivers', async () => {
    const s = await server(FAST);
    const r = await receiver((n) => (n < 2 ? 500 : 200));
    const created = await register(s, r.url);
    await escalate(s);
    await waitFor(() => r.received.length === 3, 15_000);
    const ids = new Set(r.received.map((x) => x.headers['webhook-id']));
    expect(ids.size).toBe(1);
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    // Back-off: ≥ base before the 2nd attempt, ≥ 2 × base before the 3rd.
    expect(r.received[1]!.at - r.received[0]!.at).toBeGreaterThanOrEqual(90);
    expect(r.received[2]!.at - r.received[1]!.at).toBeGreaterThanOrEqual(190);
    await waitFor(async () => (await deliveries(s, created.body.id))[0]?.status === 'delivered', 5000);
    expect((await deliveries(s, created.body.id))[0]).toMatchObject({ attempts: 3, lastResponseCode: 200 });
  });

  it('DEL-13: a receiver that stalls is cut at the timeout and retried', async () => {
    const s = await server({ ...FAST, PARLEY_WEBHOOK_TIMEOUT_MS: '500' });
    const r = await receiver((n) => (n === 0 ? 'stall' : 200));
    const created = await register(s, r.url);
    await escalate(s);
    await waitFor(() => r.received.length === 2, 15_000);
    expect(r.received[1]!.at - r.received[0]!.at).toBeGreaterThanOrEqual(500);
    expect(r.received[1]!.headers['webhook-id']).toBe(r.received[0]!.headers['webhook-id']);
    await waitFor(async () => (await deliveries(s, created.body.id))[0]?.status === 'delivered', 5000);
  });

  it('a stalled endpoint holds up only its own deliveries', async () => {
    const s = await server({ ...FAST, PARLEY_WEBHOOK_TIMEOUT_MS: '5000' });
    const stalled = await receiver(() => 'stall');
    const healthy = await receiver();
    await register(s, stalled.url);
    await register(s, healthy.url);
    await escalate(s);
    await waitFor(() => stalled.received.length === 1 && healthy.received.length === 1, 10_000);
    // Both attempts began together: the healthy one did not wait for the stalled one's timeout.
    expect(Math.abs(healthy.received[0]!.at - stalled.received[0]!.at)).toBeLessThan(2500);
    await escalate(s, 'bob@example.com');
    await waitFor(() => healthy.received.length === 2, 2500);
  });

  it('DEL-13: an event pending at a restart is delivered after it', async () => {
    const db = await database();
    const port = await freePort();
    const first = await startTestServer({ env: { ...FAST, PARLEY_WEBHOOK_RETRY_BASE_MS: '300' }, databaseUrl: db.url });
    let firstClosed = false;
    cleanups.push(async () => {
      if (!firstClosed) await first.close();
    });
    const created = await register(first, `http://127.0.0.1:${port}/hook`);
    await escalate(first);
    await waitFor(async () => (await deliveries(first, created.body.id))[0]?.attempts >= 1, 10_000);
    expect((await deliveries(first, created.body.id))[0]).toMatchObject({ status: 'pending', lastResponseCode: null });
    await first.server.shutdown(); // keeps the database
    firstClosed = true;

    const r = await receiver(() => 200, port);
    const second = await server({ ...FAST, PARLEY_WEBHOOK_RETRY_BASE_MS: '300' }, db.url);
    await waitFor(() => r.received.length === 1, 15_000);
    expect(r.events()[0].event).toBe('conversation.escalated');
    const log = async () => (await api(second.url, first.managementKey, 'GET', `/api/v1/management/webhooks/${created.body.id}/deliveries`)).body.deliveries;
    await waitFor(async () => (await log())[0]?.status === 'delivered', 5000);
    expect((await log())[0].attempts).toBeGreaterThanOrEqual(2);
  });

  it('DEL-13: an attempt cut short by a shutdown is sent by the next process at once, same webhook-id', async () => {
    const db = await database();
    // The receiver stalls on its first request, past the shutdown.
    const r = await receiver((n) => (n === 0 ? 'stall' : 200));
    const first = await startTestServer({ env: FAST, databaseUrl: db.url });
    let firstClosed = false;
    cleanups.push(async () => {
      if (!firstClosed) await first.close();
    });
    await register(first, r.url);
    await escalate(first);
    await waitFor(() => r.received.length === 1, 10_000);
    await first.server.shutdown(); // the attempt under way is given up and its claim released
    firstClosed = true;
    const startedAt = Date.now();
    await server(FAST, db.url);
    await waitFor(() => r.received.length === 2, 10_000);
    // Not after the claim would have lapsed (the 10 s timeout + 5 s): at once.
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(r.received[1]!.headers['webhook-id']).toBe(r.received[0]!.headers['webhook-id']);
  });

  it('delivers to a DNS name (localhost) when private targets are allowed', async () => {
    const s = await server(FAST);
    const r = await receiver();
    const created = await register(s, `http://localhost:${r.port}/hook`);
    expect(created.status).toBe(201);
    await escalate(s);
    await waitFor(() => r.received.length === 1, 10_000);
  });

  it('disables an endpoint after repeated failed deliveries, says so, and enables it again', async () => {
    const s = await server({ ...FAST, PARLEY_WEBHOOK_MAX_ATTEMPTS: '2', PARLEY_WEBHOOK_DISABLE_AFTER: '2' });
    const r = await receiver(() => 500);
    const created = await register(s, r.url);
    const path = `/api/v1/management/webhooks/${created.body.id}`;
    await escalate(s);
    await escalate(s, 'bob@example.com');
    await waitFor(async () => (await api(s.url, s.managementKey, "GET", path)).body.enabled === false, 15_000);
    const disabled = (await api(s.url, s.managementKey, 'GET', path)).body;
    expect(disabled.disabledReason).toMatch(/failed deliveries/);
    const log = await deliveries(s, created.body.id);
    expect(log.map((d) => [d.status, d.attempts, d.lastResponseCode])).toEqual([
      ['failed', 2, 500],
      ['failed', 2, 500],
    ]);
    expect(r.received).toHaveLength(4);

    // A disabled endpoint is sent nothing; enabled again (reason cleared), it gets new events.
    await escalate(s, 'carol@example.com');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(r.received).toHaveLength(4);
    expect(await deliveries(s, created.body.id)).toHaveLength(2);
    const enabled = await api(s.url, s.managementKey, 'PATCH', path, { enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
    await escalate(s, 'dan@example.com');
    await waitFor(() => r.received.length === 5, 10_000);
    expect(JSON.parse(r.received[4]!.body).conversation.customerIdentifier).toBe('dan@example.com');
  });

  it('redelivers a delivery with the same body and webhook-id', async () => {
    const s = await server(FAST);
    const r = await receiver();
    const created = await register(s, r.url);
    await escalate(s);
    await waitFor(() => r.received.length === 1, 10_000);
    const [delivery] = await deliveries(s, created.body.id);
    const again = await api(s.url, s.managementKey, 'POST', `/api/v1/management/webhooks/${created.body.id}/deliveries/${delivery.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body.delivery).toMatchObject({ id: delivery.id, status: 'pending', attempts: 0 });
    await waitFor(() => r.received.length === 2, 10_000);
    expect(r.received[1]!.body).toBe(r.received[0]!.body);
    expect(r.received[1]!.headers['webhook-id']).toBe(r.received[0]!.headers['webhook-id']);
    const unknown = await api(s.url, s.managementKey, 'POST', `/api/v1/management/webhooks/${created.body.id}/deliveries/nope/redeliver`);
    expect(unknown.status).toBe(404);
  });

  it('manages endpoints: validation, patch, delete, other organizations see nothing', async () => {
    const s = await server(FAST);
    const r = await receiver();
    for (const bad of [{ url: r.url, events: [] }, { url: r.url, events: ['nope'] }, { url: 'ftp://example.com/x', events: ['conversation.created'] }, { url: r.url, events: ['conversation.created'], secret: 'short' }]) {
      const answer = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.code).toBe('invalid_request');
    }
    const fallback = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: r.url });
    expect(fallback.body.events).toEqual(['conversation.escalated']);
    expect((await api(s.url, s.managementKey, 'DELETE', `/api/v1/management/webhooks/${fallback.body.id}`)).status).toBe(204);
    const created = await register(s, r.url, ['conversation.created', 'conversation.resolved']);
    const path = `/api/v1/management/webhooks/${created.body.id}`;
    const patched = await api(s.url, s.managementKey, 'PATCH', path, { events: ['conversation.created'], enabled: false });
    expect(patched.body).toMatchObject({ events: ['conversation.created'], enabled: false });
    const other = await s.createOrg({ name: 'Other' });
    expect((await api(s.url, other.managementKey, 'GET', path)).status).toBe(404);
    expect((await api(s.url, other.managementKey, 'DELETE', path)).status).toBe(404);
    expect((await api(s.url, other.managementKey, 'GET', '/api/v1/management/webhooks')).body.webhooks).toEqual([]);
    expect((await api(s.url, s.customerKey, 'GET', '/api/v1/management/webhooks')).status).toBe(403);
    expect((await api(s.url, s.managementKey, 'DELETE', path)).status).toBe(204);
    expect((await api(s.url, s.managementKey, 'GET', path)).status).toBe(404);
  });

  it('sends conversation.created for a new customer conversation, only to subscribers', async () => {
    const s = await server(FAST);
    const subscribed = await receiver();
    const other = await receiver();
    await register(s, subscribed.url, ['conversation.created']);
    await register(s, other.url, ['conversation.resolved']);
    const created = await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations', { customerIdentifier: 'x@example.com' });
    await api(s.url, s.managementKey, 'POST', '/api/v1/management/conversations'); // a management conversation: no event
    await waitFor(() => subscribed.received.length === 1, 10_000);
    expect(subscribed.events()[0]).toMatchObject({ event: 'conversation.created', conversation: { id: created.body.conversationId, status: 'active' }, messages: [], payload: {} });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(subscribed.received).toHaveLength(1);
    expect(other.received).toHaveLength(0);
  });
});
