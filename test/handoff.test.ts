/**
 * A person takes over, end to end over real sockets on SQLite and PostgreSQL: escalation →
 * webhook → staff reply (history, management transcript, the customer's live event stream) →
 * customer message while escalated (stored, message.created, "a person will answer", no AI) →
 * resolve (status event, conversation.resolved) → the AI answers again. Also the event
 * stream's resume by Last-Event-ID and its refusals.
 */
import { createParser } from 'eventsource-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { api, send } from './agents/sse.ts';
import { DATABASES } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { waitFor } from './helpers/sse.ts';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.ts';

interface Followed {
  events: { id: string | undefined; data: any }[];
  raw: string;
  close(): void;
}

/** Opens the customer's conversation event stream and collects its events in the background. */
async function follow(s: TestServer, conversationId: string, headers: Record<string, string> = {}, query = ''): Promise<Followed> {
  const controller = new AbortController();
  const response = await fetch(`${s.url}/api/v1/customer/conversations/${conversationId}/events${query}`, {
    headers: { authorization: `Bearer ${s.customerKey}`, ...headers },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const followed: Followed = { events: [], raw: '', close: () => controller.abort() };
  const parser = createParser({ onEvent: (e) => followed.events.push({ id: e.id, data: JSON.parse(e.data) }) });
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for await (const chunk of response.body!) {
        const text = decoder.decode(chunk, { stream: true });
        followed.raw += text;
        parser.feed(text);
      }
    } catch {
      // aborted by the test
    }
  })();
  return followed;
}

describe.each(DATABASES)('human takeover on $name', ({ create }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup(): Promise<{ s: TestServer; r: Receiver }> {
    const db = await create();
    cleanups.push(() => db.cleanup());
    const s = await startTestServer({ databaseUrl: db.url, env: { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true', PARLEY_WEBHOOK_RETRY_BASE_MS: '100' } });
    cleanups.push(() => s.close());
    const r = await startReceiver();
    cleanups.push(() => r.close());
    return { s, r };
  }
  const m = (s: TestServer, method: string, path: string, body?: unknown) => api(s.url, s.managementKey, method, `/api/v1/management${path}`, body);

  it('escalate → webhook → staff reply live and in history → customer waits for the person → resolve → AI answers again', async () => {
    const { s, r } = await setup();
    await m(s, 'POST', '/knowledge', { title: 'Opening hours', content: 'We are open from 9am to 5pm, Monday to Friday.' });
    await m(s, 'POST', '/webhooks', { url: r.url, events: ['conversation.escalated', 'message.created', 'conversation.resolved'] });
    const id = (await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations', { customerIdentifier: 'ada@example.com' })).body.conversationId as string;
    const customer = `/api/v1/customer/conversations/${id}/messages`;
    const stream = await follow(s, id);
    cleanups.push(async () => stream.close());

    // 1. The customer asks for a person: the reply stream says so, the webhook fires, the stream shows it.
    const asked = await send(s.url, s.customerKey, customer, 'Can I talk to a human please?');
    expect(asked.escalated).toBe(true);
    await waitFor(() => r.received.length === 1, 10_000);
    expect(r.events()[0]).toMatchObject({ event: 'conversation.escalated', conversation: { id, status: 'escalated' } });
    await waitFor(() => stream.events.length === 1, 5000);
    expect(stream.events[0]).toEqual({ id: '1', data: { type: 'status', status: 'escalated', reason: expect.any(String) } });

    // 2. A person answers: live on the stream, in the history and the transcript, with role staff.
    const staff = await m(s, 'POST', `/conversations/${id}/replies`, { message: 'Hi Ada, Grace here. How can I help?', author: 'Grace' });
    expect(staff.status).toBe(201);
    expect(staff.body).toEqual({ id: expect.any(String), role: 'staff', content: 'Hi Ada, Grace here. How can I help?', author: 'Grace', status: 'complete', createdAt: expect.any(String) });
    await waitFor(() => stream.events.length === 2, 5000);
    expect(stream.events[1]).toEqual({
      id: '2',
      data: { type: 'message', message: { id: staff.body.id, role: 'staff', content: 'Hi Ada, Grace here. How can I help?', author: 'Grace', createdAt: staff.body.createdAt } },
    });
    const history = (await api(s.url, s.customerKey, 'GET', customer)).body.messages;
    expect(history.at(-1)).toMatchObject({ id: staff.body.id, role: 'staff', author: 'Grace', content: 'Hi Ada, Grace here. How can I help?' });
    const transcript = (await m(s, 'GET', `/conversations/${id}`)).body;
    expect(transcript.conversation.status).toBe('escalated');
    expect(transcript.messages.at(-1)).toMatchObject({ role: 'staff', author: 'Grace' });

    // 3. The customer writes while a person has the conversation: stored, announced, no AI answer.
    const waiting = await send(s.url, s.customerKey, customer, 'What are your opening hours?');
    expect(waiting.status).toBe(200);
    expect(waiting.text).toMatch(/a person will follow up/i);
    expect(waiting.text).not.toMatch(/9am/);
    await waitFor(() => r.received.length === 2, 10_000);
    const created = r.events()[1];
    expect(created).toMatchObject({ event: 'message.created', conversation: { id, status: 'escalated' }, payload: { message: { role: 'user', content: 'What are your opening hours?' } } });
    expect(created.messages.map((x: any) => x.role)).toEqual(['user', 'assistant', 'staff', 'user']);

    // 4. Resolve: the stream says so, the webhook fires, the answer is the management conversation object.
    const resolved = await m(s, 'POST', `/conversations/${id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body.conversation).toMatchObject({ id, status: 'resolved', customerIdentifier: 'ada@example.com' });
    await waitFor(() => stream.events.length === 3, 5000);
    expect(stream.events[2]).toEqual({ id: '3', data: { type: 'status', status: 'resolved' } });
    await waitFor(() => r.received.length === 3, 10_000);
    expect(r.events()[2]).toMatchObject({ event: 'conversation.resolved', conversation: { id, status: 'resolved' } });

    // 5. The AI answers again.
    const again = await send(s.url, s.customerKey, customer, 'What are your opening hours?');
    expect(again.text).toMatch(/9am/);
    expect(again.escalated).toBe(false);

    // The stream resumes after Last-Event-ID (header or query), with only what followed.
    const resumed = await follow(s, id, { 'last-event-id': '2' });
    cleanups.push(async () => resumed.close());
    await waitFor(() => resumed.events.length === 1, 5000);
    expect(resumed.events[0]!.id).toBe('3');
    const byQuery = await follow(s, id, {}, '?lastEventId=1');
    cleanups.push(async () => byQuery.close());
    await waitFor(() => byQuery.events.length === 2, 5000);
    expect(byQuery.events.map((e) => e.id)).toEqual(['2', '3']);
  });

  it('refuses what it must: unknown and foreign conversations, blank replies, wrong keys, bad Last-Event-ID', async () => {
    const { s } = await setup();
    const id = (await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations')).body.conversationId as string;
    const other = await s.createOrg({ name: 'Other' });
    expect((await api(s.url, other.managementKey, 'POST', `/api/v1/management/conversations/${id}/replies`, { message: 'hi' })).status).toBe(404);
    expect((await api(s.url, other.managementKey, 'POST', `/api/v1/management/conversations/${id}/resolve`)).status).toBe(404);
    expect((await m(s, 'POST', `/conversations/${id}/replies`, { message: '   ' })).status).toBe(400);
    expect((await m(s, 'POST', `/conversations/${id}/replies`, { message: 'x'.repeat(5000) })).body.code).toBe('message_too_long');
    expect((await m(s, 'POST', `/conversations/${id}/replies`, { message: 'hi', extra: 1 })).status).toBe(400);
    expect((await api(s.url, s.customerKey, 'POST', `/api/v1/management/conversations/${id}/replies`, { message: 'hi' })).status).toBe(403);
    const management = (await m(s, 'POST', '/conversations')).body;
    expect((await m(s, 'POST', `/conversations/${management?.conversationId}/replies`, { message: 'hi' })).status).toBe(404);
    const events = (key: string, headers: Record<string, string> = {}, cid = id) =>
      fetch(`${s.url}/api/v1/customer/conversations/${cid}/events`, { headers: { authorization: `Bearer ${key}`, ...headers } });
    expect((await events(other.customerKey)).status).toBe(404);
    expect((await events(s.managementKey)).status).toBe(403);
    expect((await events(s.customerKey, { 'last-event-id': 'abc' })).status).toBe(400);
    expect((await events(s.customerKey, {}, 'no-such-id')).status).toBe(404);
  });

  it('sends keep-alive comments while idle', async () => {
    const db = await create();
    cleanups.push(() => db.cleanup());
    const s = await startTestServer({ databaseUrl: db.url, env: { PARLEY_HEARTBEAT_MS: '300' } });
    cleanups.push(() => s.close());
    const id = (await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations')).body.conversationId as string;
    const stream = await follow(s, id);
    cleanups.push(async () => stream.close());
    await waitFor(() => stream.raw.includes(': ping\n\n'), 5000);
    expect(stream.events).toEqual([]);
  });
});
