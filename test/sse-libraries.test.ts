/**
 * A popular SSE client library, configured as the README says, against a real server through a
 * proxy that cuts the stream: `@microsoft/fetch-event-source` reconnects by repeating the POST
 * with `Last-Event-ID: N`; with the same `Idempotency-Key` the server continues after N, so the
 * text the client assembles equals the stored reply, without a duplicate or a gap, and one user
 * message and one reply are stored (issue 12, item 4). On SQLite and PostgreSQL.
 */
import { fetchEventSource, type EventSourceMessage } from '@microsoft/fetch-event-source';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { startCuttingProxy } from './helpers/cutting-proxy.ts';
import { ScriptedAgent, words } from './helpers/scripted-agent.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { createConversation, history, waitFor, type Api } from './helpers/sse.ts';

/** A refusal to stop on (4xx): fetch-event-source retries every other error. */
class FatalError extends Error {}

interface Received {
  ids: number[];
  text: string;
  requests: Record<string, string>[];
}

/**
 * The README's fetch-event-source setup: POST with an Idempotency-Key (the library repeats the
 * same headers and body on every reconnect and adds Last-Event-ID), stop at `[DONE]`, reconnect
 * on a cut, give up on a refusal. `beforeRetry` lets a test hold the reconnect back.
 */
async function chat(api: Api, conversationId: string, message: string, key: string, beforeRetry?: () => Promise<void>) {
  const received: Received = { ids: [], text: '', requests: [] };
  const done = new AbortController();
  let finished = false;
  await fetchEventSource(`${api.url}/api/v1/customer/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${api.key}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ message }),
    signal: done.signal,
    openWhenHidden: true,
    fetch: async (input, init) => {
      received.requests.push({ ...(init?.headers as Record<string, string>) });
      if (received.requests.length > 1) await beforeRetry?.();
      return fetch(input, init);
    },
    async onopen(response) {
      const type = response.headers.get('content-type') ?? '';
      if (response.status === 200 && type.startsWith('text/event-stream')) return;
      if (response.status === 204) {
        finished = true; // nothing left after our Last-Event-ID
        return done.abort();
      }
      throw new FatalError(`${response.status} ${await response.text()}`);
    },
    onmessage(event: EventSourceMessage) {
      received.ids.push(Number(event.id));
      if (event.data === '[DONE]') {
        finished = true;
        return done.abort();
      }
      const payload = JSON.parse(event.data) as { type: string; text?: string };
      if (payload.type === 'delta') received.text += payload.text;
    },
    onclose() {
      // Ended without [DONE]: reconnect (throwing here makes the library retry).
      if (!finished) throw new Error('stream ended before [DONE]');
    },
    onerror(error: unknown) {
      if (error instanceof FatalError) throw error;
      return 10; // retry after 10 ms (the library's default is 1 s)
    },
  });
  return received;
}

describe.each(DATABASES)('@microsoft/fetch-event-source reconnects on $name', ({ create }) => {
  let db: TestDatabase;
  let t: TestServer;
  const agent = new ScriptedAgent({ deltas: words(10), delayMs: 20 });

  beforeAll(async () => {
    // The library is written for browsers: it schedules retries with window.setTimeout and
    // (even with openWhenHidden) removes a visibilitychange listener from document.
    Object.assign(globalThis, { window: globalThis, document: { hidden: false, addEventListener() {}, removeEventListener() {} } });
    db = await create();
    t = await startTestServer({ agents: () => agent, databaseUrl: db.url });
  });
  afterAll(async () => {
    await t.close();
    await db.cleanup();
    delete (globalThis as { window?: unknown }).window;
    delete (globalThis as { document?: unknown }).document;
  });

  const expectOneWholeReply = async (conversationId: string, received: Received, cutAfter: number) => {
    expect(received.requests.length).toBe(2);
    const [first, second] = received.requests;
    expect(first!['last-event-id']).toBeUndefined();
    expect(second!['last-event-id']).toBe(String(cutAfter));
    expect(second!['Idempotency-Key']).toBe(first!['Idempotency-Key']);
    // No duplicate and no gap: 1, 2, … [DONE].
    expect(received.ids).toEqual(received.ids.map((_id, i) => i + 1));
    const messages = await history({ url: t.url, key: t.customerKey }, conversationId);
    expect(messages.map((m) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(received.text).toBe(messages[1]!.content);
    expect(received.text).toBe(words(10).join(''));
  };

  it('cut after event 4 while the reply runs: the retry follows it live from event 5', async () => {
    agent.calls = [];
    const proxy = await startCuttingProxy(t.url, 4);
    try {
      const api = { url: proxy.url, key: t.customerKey };
      const id = await createConversation(api);
      const received = await chat(api, id, 'live', 'fes-live', async () => {
        expect(t.server.runs.get(id)).toBeDefined();
      });
      expect(proxy.cuts()).toBe(1);
      await expectOneWholeReply(id, received, 4);
      expect(agent.calls.length).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('cut after event 7, reconnecting once the reply is stored: the retry replays it from event 8', async () => {
    agent.calls = [];
    const proxy = await startCuttingProxy(t.url, 7);
    try {
      const api = { url: proxy.url, key: t.customerKey };
      const id = await createConversation(api);
      const received = await chat(api, id, 'stored', 'fes-stored', () =>
        waitFor(async () => (await history(api, id)).length === 2),
      );
      expect(proxy.cuts()).toBe(1);
      await expectOneWholeReply(id, received, 7);
      expect(agent.calls.length).toBe(1);
    } finally {
      await proxy.close();
    }
  });
});
