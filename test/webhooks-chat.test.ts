/**
 * Webhooks set up by chat with the configuration agent (offline model), and the
 * feedback.created event, end to end on both engines; plus the wording the grammar reads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../src/agents/offline-config/grammar.ts';
import { api, chat } from './agents/sse.ts';
import { DATABASES } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { waitFor } from './helpers/sse.ts';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.ts';

describe('the webhook wording of the configuration grammar', () => {
  it.each([
    ['Send a webhook to https://hooks.example.com/parley when a conversation is escalated.', ['conversation.escalated']],
    ['please notify https://x.example/h whenever a customer asks for a human', ['conversation.escalated']],
    ['Add a webhook https://x.example/h for new conversations and resolved ones', ['conversation.created', 'conversation.resolved']],
    ['POST to https://x.example/h on every message and on feedback', ['message.created', 'feedback.created']],
    ['Send all events to https://x.example/h', ['conversation.escalated', 'conversation.created', 'conversation.resolved', 'message.created', 'feedback.created']],
    ['Set up a webhook to https://x.example/h', ['conversation.escalated']],
  ])('%s', (text, events) => {
    expect(parseCommand(text)).toEqual({ kind: 'create_webhook', url: expect.stringMatching(/^https:\/\/[^ ]+[^.]$/), events });
  });
  it('reads a secret and lists', () => {
    expect(parseCommand('Send a webhook to https://x.example/h when escalated, with secret "s3cret-value"')).toEqual({
      kind: 'create_webhook',
      url: 'https://x.example/h',
      events: ['conversation.escalated'],
      secret: 's3cret-value',
    });
    expect(parseCommand('Show my webhooks')).toEqual({ kind: 'list_webhooks' });
    // Without a URL it is not a webhook command.
    expect(parseCommand('Show escalated conversations').kind).toBe('list_conversations');
  });
});

describe.each(DATABASES)('webhooks by chat on $name', ({ create }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function setup(env: Record<string, string> = { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true' }): Promise<{ s: TestServer; r: Receiver }> {
    const db = await create();
    cleanups.push(() => db.cleanup());
    const s = await startTestServer({ databaseUrl: db.url, env: { PARLEY_WEBHOOK_RETRY_BASE_MS: '100', ...env } });
    cleanups.push(() => s.close());
    const r = await startReceiver();
    cleanups.push(() => r.close());
    return { s, r };
  }

  it('the configuration agent sets up a webhook that then receives conversation.escalated', async () => {
    const { s, r } = await setup();
    const admin = await chat(s.url, s.managementKey, 'management');
    const answer = await admin.say(`Send a webhook to ${r.url} when a conversation is escalated.`);
    expect(answer.text).toMatch(/^Done\. I will send conversation\.escalated to http:\/\/127\.0\.0\.1/);
    const hooks = (await api(s.url, s.managementKey, 'GET', '/api/v1/management/webhooks')).body.webhooks;
    expect(hooks).toEqual([expect.objectContaining({ url: r.url, events: ['conversation.escalated'], enabled: true })]);
    const secret = /secret (whsec_\S+)/.exec(answer.text)?.[1];
    expect(secret).toBeDefined();
    expect((await admin.say('list webhooks')).text).toContain(r.url);

    const customer = await chat(s.url, s.customerKey, 'customer');
    expect((await customer.say('I need to speak to a person')).escalated).toBe(true);
    await waitFor(() => r.received.length === 1, 10_000);
    expect(r.events()[0]).toMatchObject({ event: 'conversation.escalated', conversation: { id: customer.id } });
  });

  it('the agent says why when the target is refused, and nothing is saved', async () => {
    const { s, r } = await setup({});
    const admin = await chat(s.url, s.managementKey, 'management');
    const answer = await admin.say(`Send a webhook to ${r.url} when a conversation is escalated.`);
    expect(answer.text).toMatch(/couldn't do that: .*loopback.*Nothing was changed/);
    expect((await api(s.url, s.managementKey, 'GET', '/api/v1/management/webhooks')).body.webhooks).toEqual([]);
  });

  it('sends feedback.created when a customer rates a reply', async () => {
    const { s, r } = await setup();
    await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: r.url, events: ['feedback.created'] });
    const customer = await chat(s.url, s.customerKey, 'customer');
    await customer.say('Hello there');
    const messages = (await api(s.url, s.customerKey, 'GET', `/api/v1/customer/conversations/${customer.id}/messages`)).body.messages;
    const reply = messages.find((m: any) => m.role === 'assistant');
    const rated = await api(s.url, s.customerKey, 'POST', `/api/v1/customer/conversations/${customer.id}/messages/${reply.id}/feedback`, { rating: 'down' });
    expect(rated.status).toBe(200);
    await waitFor(() => r.received.length === 1, 10_000);
    expect(r.events()[0]).toMatchObject({ event: 'feedback.created', conversation: { id: customer.id }, payload: { messageId: reply.id, rating: 'down' } });
    expect(r.events()[0].messages.map((m: any) => m.role)).toEqual(['user', 'assistant']);
    // An unknown message: 404, no event.
    expect((await api(s.url, s.customerKey, 'POST', `/api/v1/customer/conversations/${customer.id}/messages/nope/feedback`, { rating: 'up' })).status).toBe(404);
    const transcript = (await api(s.url, s.managementKey, 'GET', `/api/v1/management/conversations/${customer.id}`)).body;
    expect(transcript.messages.find((m: any) => m.id === reply.id).feedback).toBe('down');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.received).toHaveLength(1);
  });
});

describe('URLs in other commands', () => {
  it('are not taken for webhooks', () => {
    expect(parseCommand('Set the business context to: We ship parcels, see https://example.com/shipping').kind).toBe('set_settings');
  });
});
