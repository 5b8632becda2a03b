/**
 * DEL-13 with several instances: two servers on one PostgreSQL database share the outbox; each
 * event reaches the receiver exactly once (claims use FOR UPDATE SKIP LOCKED), whichever
 * instance recorded it, including retries after failures.
 */
import { randomUUID } from 'node:crypto';
import { createParser } from 'eventsource-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { api } from './agents/sse.ts';
import { postgresDatabase } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { waitFor } from './helpers/sse.ts';
import { startReceiver } from './helpers/webhook-receiver.ts';

describe('webhooks with two instances on one PostgreSQL database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('DEL-13: delivers each event once', async () => {
    const db = await postgresDatabase();
    cleanups.push(() => db.cleanup());
    const env = { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true', PARLEY_WEBHOOK_RETRY_BASE_MS: '100', PARLEY_RATE_LIMIT_PER_MINUTE: 'off' };
    const instances: TestServer[] = [];
    for (let i = 0; i < 2; i++) {
      const s = await startTestServer({ databaseUrl: db.url, env });
      cleanups.push(() => s.close());
      instances.push(s);
    }
    const [a] = instances as [TestServer, TestServer];
    const steady = await startReceiver(() => 200);
    cleanups.push(() => steady.close());
    // Every third request fails: those events are retried, by whichever instance claims them.
    const flaky = await startReceiver((n) => (n % 3 === 0 ? 500 : 200));
    cleanups.push(() => flaky.close());
    for (const url of [steady.url, flaky.url]) {
      await api(a.url, a.managementKey, 'POST', '/api/v1/management/webhooks', { url, events: ['conversation.created'] });
    }
    /** How many 2xx answers each webhook-id got. */
    const successes = (received: typeof flaky.received, failing: (n: number) => boolean) => {
      const count = new Map<string, number>();
      received.forEach((x, n) => {
        if (!failing(n)) count.set(String(x.headers['webhook-id']), (count.get(String(x.headers['webhook-id'])) ?? 0) + 1);
      });
      return count;
    };

    const N = 30;
    const ids = await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const s = instances[i % 2]!;
        return (await api(s.url, a.customerKey, 'POST', '/api/v1/customer/conversations')).body.conversationId as string;
      }),
    );
    await waitFor(() => steady.received.length >= N && successes(flaky.received, (n) => n % 3 === 0).size >= N, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // anything sent twice would show now
    expect(steady.events().map((e) => e.conversation.id).sort()).toEqual([...ids].sort());
    expect([...successes(steady.received, () => false).values()]).toEqual(new Array(N).fill(1));
    expect([...successes(flaky.received, (n) => n % 3 === 0).values()]).toEqual(new Array(N).fill(1));
    expect(flaky.received.length).toBeGreaterThan(N); // retries happened
  }, 60_000);
});

const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.each([
  { mode: 'with Redis', redis: true },
  { mode: 'without Redis (the stream polls the database)', redis: false },
])('the customer event stream across two instances, $mode', ({ redis }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('a staff reply and a resolve made on one instance reach a stream held by the other', async () => {
    const db = await postgresDatabase();
    cleanups.push(() => db.cleanup());
    const env: Record<string, string> = redis ? { REDIS_URL, PARLEY_REDIS_PREFIX: `parley-test-${randomUUID()}:` } : {};
    const a = await startTestServer({ databaseUrl: db.url, env });
    cleanups.push(() => a.close());
    const b = await startTestServer({ databaseUrl: db.url, env });
    cleanups.push(() => b.close());
    const id = (await api(a.url, a.customerKey, 'POST', '/api/v1/customer/conversations')).body.conversationId as string;
    const controller = new AbortController();
    cleanups.push(async () => controller.abort());
    const response = await fetch(`${b.url}/api/v1/customer/conversations/${id}/events`, { headers: { authorization: `Bearer ${a.customerKey}` }, signal: controller.signal });
    expect(response.status).toBe(200);
    const events: { id?: string; data: any }[] = [];
    const parser = createParser({ onEvent: (e) => events.push({ id: e.id, data: JSON.parse(e.data) }) });
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of response.body!) parser.feed(decoder.decode(chunk, { stream: true }));
      } catch {
        // closed by the test
      }
    })();
    const staff = await api(a.url, a.managementKey, 'POST', `/api/v1/management/conversations/${id}/replies`, { message: 'Hello from a person', author: 'Grace' });
    expect(staff.status).toBe(201);
    await waitFor(() => events.length === 1, 5000);
    expect(events[0]).toMatchObject({ id: '1', data: { type: 'message', message: { id: staff.body.id, role: 'staff', author: 'Grace' } } });
    await api(a.url, a.managementKey, 'POST', `/api/v1/management/conversations/${id}/resolve`);
    await waitFor(() => events.length === 2, 5000);
    expect(events[1]).toMatchObject({ id: '2', data: { type: 'status', status: 'resolved' } });
  });
});

