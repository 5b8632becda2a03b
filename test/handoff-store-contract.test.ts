/**
 * One contract suite for the HandoffStore port (issue 14) and the outbox rows the core store
 * records in its own transactions, run against SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, handoffStoreFor } from '../src/storage/create-store.ts';
import type { HandoffStore } from '../src/storage/handoff-store.ts';
import type { KyselyStore } from '../src/storage/kysely-store.ts';
import type { Conversation } from '../src/storage/types.ts';
import { conversationCreatedEvent, escalatedEvent, messageCreatedEvent, webhookEvent } from '../src/webhooks/events.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';

describe.each(DATABASES)('HandoffStore contract on $name', ({ name, create }) => {
  let db: TestDatabase;
  let store: KyselyStore;
  let handoff: HandoffStore;
  beforeAll(async () => {
    db = await create();
    store = await createStore(db.url);
    await store.migrate();
    handoff = handoffStoreFor(store);
  });
  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  const now = () => new Date().toISOString();
  const later = (ms: number) => new Date(Date.now() + ms).toISOString();
  async function org() {
    const slug = `o-${Math.random().toString(36).slice(2, 10)}`;
    return store.createOrganization({ name: slug, slug, credits: null });
  }
  const hook = (orgId: string, events = ['conversation.created', 'conversation.escalated', 'conversation.resolved', 'message.created']) =>
    handoff.createWebhook({ orgId, url: 'https://example.com/hook', events, secret: 'secret-1234' });
  const customer = (orgId: string, event = true) =>
    store.createConversation({ orgId, channel: 'customer', customerIdentifier: 'c@example.com', event: event ? conversationCreatedEvent : undefined });

  it('stores, lists, changes and deletes endpoints per organization', async () => {
    const o = await org();
    const other = await org();
    const w = await hook(o.id, ['conversation.created']);
    expect(w).toMatchObject({ orgId: o.id, events: ['conversation.created'], enabled: true, disabledReason: null, failures: 0, secret: 'secret-1234' });
    expect(await handoff.listWebhooks(o.id)).toEqual([w]);
    expect(await handoff.getWebhook(other.id, w.id)).toBeUndefined();
    expect(await handoff.updateWebhook(other.id, w.id, { enabled: false })).toBeUndefined();
    const changed = await handoff.updateWebhook(o.id, w.id, { url: 'https://example.org/x', events: ['message.created'], enabled: false, secret: 'another-secret' });
    expect(changed).toMatchObject({ url: 'https://example.org/x', events: ['message.created'], enabled: false, secret: 'another-secret' });
    expect(await handoff.deleteWebhook(other.id, w.id)).toBe(false);
    expect(await handoff.deleteWebhook(o.id, w.id)).toBe(true);
    expect(await handoff.deleteWebhook(o.id, w.id)).toBe(false);
    expect(await handoff.listWebhooks(o.id)).toEqual([]);
  });

  it('records an event once per enabled, subscribed endpoint of the organization, in the change\'s transaction', async () => {
    const o = await org();
    const subscribed = await hook(o.id, ['conversation.created']);
    const notSubscribed = await hook(o.id, ['conversation.resolved']);
    const disabled = await hook(o.id, ['conversation.created']);
    await handoff.updateWebhook(o.id, disabled.id, { enabled: false });
    const foreign = await hook((await org()).id, ['conversation.created']);
    const c = await customer(o.id);
    const [d] = await handoff.listDeliveries(subscribed.id, 10);
    expect(d).toMatchObject({ webhookId: subscribed.id, orgId: o.id, event: 'conversation.created', status: 'pending', attempts: 0, lastResponseCode: null, deliveredAt: null });
    expect(JSON.parse(d!.payload)).toMatchObject({ event: 'conversation.created', conversation: { id: c.id, status: 'active', customerIdentifier: 'c@example.com' } });
    for (const w of [notSubscribed, disabled, foreign]) expect(await handoff.listDeliveries(w.id, 10)).toEqual([]);
    // Without an event builder nothing is recorded.
    await customer(o.id, false);
    expect(await handoff.listDeliveries(subscribed.id, 10)).toHaveLength(1);
  });

  it('records conversation.escalated with the end of the reply, and message.created while escalated', async () => {
    const o = await org();
    const w = await hook(o.id);
    const c = await customer(o.id);
    const started = await store.startReply({ orgId: o.id, channel: 'customer', conversationId: c.id, content: 'a human please', idempotencyKey: null, fingerprint: null, maxUserMessages: 10, now: now(), escalatedEvent: messageCreatedEvent });
    if (started.kind !== 'started') throw new Error(started.kind);
    const at = now();
    const event = escalatedEvent(c, [started.userMessage], 'asked', at);
    await store.finishReply({ orgId: o.id, conversationId: c.id, messageId: started.reply.id, content: 'ok', status: 'complete', tokens: 1, events: [{ seq: 1, data: '[DONE]' }], escalationReason: 'asked', escalationEvent: event, now: at });
    const stream = await handoff.listConversationEvents(c.id, 0);
    expect(stream).toEqual([{ seq: 1, data: JSON.stringify({ type: 'status', status: 'escalated', reason: 'asked' }) }]);
    let events = (await handoff.listDeliveries(w.id, 10)).map((d) => d.event);
    expect(events.sort()).toEqual(['conversation.created', 'conversation.escalated']);

    const again = await store.startReply({ orgId: o.id, channel: 'customer', conversationId: c.id, content: 'hello?', idempotencyKey: null, fingerprint: null, maxUserMessages: 10, now: now(), escalatedEvent: messageCreatedEvent });
    if (again.kind !== 'started') throw new Error(again.kind);
    events = (await handoff.listDeliveries(w.id, 10)).map((d) => d.event);
    expect(events.filter((e) => e === 'message.created')).toHaveLength(1);
    const created = (await handoff.listDeliveries(w.id, 10)).find((d) => d.event === 'message.created')!;
    expect(JSON.parse(created.payload)).toMatchObject({ conversation: { status: 'escalated' }, payload: { message: { content: 'hello?' } } });
  });

  it('adds staff replies after every stored message, with their stream event', async () => {
    const o = await org();
    const c = await customer(o.id);
    const started = await store.startReply({ orgId: o.id, channel: 'customer', conversationId: c.id, content: 'hi', idempotencyKey: null, fingerprint: null, maxUserMessages: 10, now: now() });
    if (started.kind !== 'started') throw new Error(started.kind);
    const staff = await handoff.addStaffReply({ orgId: o.id, conversationId: c.id, content: 'Hello, Grace here', author: 'Grace', now: now() });
    expect(staff).toMatchObject({ role: 'staff', content: 'Hello, Grace here', author: 'Grace', position: 3, status: 'complete' });
    expect(await handoff.addStaffReply({ orgId: (await org()).id, conversationId: c.id, content: 'x', author: null, now: now() })).toBeUndefined();
    const management = await store.createConversation({ orgId: o.id, channel: 'management', customerIdentifier: null });
    expect(await handoff.addStaffReply({ orgId: o.id, conversationId: management.id, content: 'x', author: null, now: now() })).toBeUndefined();
    await store.finishReply({ orgId: o.id, conversationId: c.id, messageId: started.reply.id, content: 'hey', status: 'complete', tokens: 1, events: [{ seq: 1, data: '[DONE]' }], escalationReason: null, now: now() });
    const messages = await store.listMessages(c.id);
    expect(messages.map((m) => [m.role, m.author ?? null])).toEqual([['user', null], ['assistant', null], ['staff', 'Grace']]);
    const stream = await handoff.listConversationEvents(c.id, 0);
    expect(stream.map((e) => JSON.parse(e.data).type)).toEqual(['message']);
  });

  it('resolves a conversation with its status event and conversation.resolved', async () => {
    const o = await org();
    const w = await hook(o.id, ['conversation.resolved']);
    const c = await customer(o.id);
    const at = now();
    const resolved = await handoff.resolveConversation(o.id, c.id, at, (conversation: Conversation, messages) => webhookEvent('conversation.resolved', conversation, messages, {}, at));
    expect(resolved).toMatchObject({ id: c.id, status: 'resolved', updatedAt: at });
    expect((await store.getConversation(o.id, 'customer', c.id))?.status).toBe('resolved');
    expect(await handoff.listConversationEvents(c.id, 0)).toEqual([{ seq: 1, data: JSON.stringify({ type: 'status', status: 'resolved' }) }]);
    expect(await handoff.listConversationEvents(c.id, 1)).toEqual([]);
    const [d] = await handoff.listDeliveries(w.id, 10);
    expect(JSON.parse(d!.payload)).toMatchObject({ event: 'conversation.resolved', conversation: { status: 'resolved' } });
    expect(await handoff.resolveConversation((await org()).id, c.id, at, () => { throw new Error('not called'); })).toBeUndefined();
  });

  it('claims due deliveries once, records attempts, and disables an endpoint after repeated failures', async () => {
    const o = await org();
    const w = await hook(o.id, ['conversation.created']);
    await customer(o.id);
    await customer(o.id);
    // The outbox is shared by all organizations: look at this endpoint's claims only.
    const claim = async () => (await handoff.claimDueDeliveries(now(), later(60_000), 1000)).filter((x) => x.webhook.id === w.id);
    const first = await claim();
    expect(first.map((x) => x.webhook.id)).toEqual([w.id, w.id]);
    expect(await claim()).toEqual([]); // claimed
    const [a, b] = first.map((x) => x.delivery) as [typeof first[0]['delivery'], typeof first[0]['delivery']];
    await handoff.recordAttempt({ deliveryId: a.id, webhookId: w.id, ok: false, responseCode: 500, error: 'The endpoint answered 500.', retryAt: later(50), disableAfter: 2, now: now() });
    await handoff.recordAttempt({ deliveryId: b.id, webhookId: w.id, ok: false, responseCode: null, error: 'timeout', retryAt: null, disableAfter: 2, now: now() });
    expect(await handoff.getWebhook(o.id, w.id)).toMatchObject({ enabled: true, failures: 1 });
    expect(await handoff.nextDueAt()).toBeDefined();
    expect(await handoff.countPending()).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const retried = await claim();
    expect(retried.map((x) => [x.delivery.id, x.delivery.attempts, x.delivery.lastResponseCode])).toEqual([[a.id, 1, 500]]);
    await handoff.recordAttempt({ deliveryId: a.id, webhookId: w.id, ok: false, responseCode: 500, error: 'again', retryAt: null, disableAfter: 2, now: now() });
    const disabled = await handoff.getWebhook(o.id, w.id);
    expect(disabled).toMatchObject({ enabled: false, failures: 2, disabledReason: expect.stringMatching(/failed deliveries/) });
    // A disabled endpoint's deliveries are not claimed; redelivery makes one pending again.
    const again = await handoff.redeliver(w.id, a.id, now());
    expect(again).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await claim()).toEqual([]);
    expect(await handoff.updateWebhook(o.id, w.id, { enabled: true })).toMatchObject({ enabled: true, failures: 0, disabledReason: null });
    const last = await claim();
    expect(last.map((x) => x.delivery.id)).toEqual([a.id]);
    await handoff.recordAttempt({ deliveryId: a.id, webhookId: w.id, ok: true, responseCode: 204, error: null, retryAt: null, disableAfter: 2, now: now() });
    expect((await handoff.listDeliveries(w.id, 10)).find((d) => d.id === a.id)).toMatchObject({ status: 'delivered', attempts: 1, lastResponseCode: 204, lastError: null, nextAttemptAt: null });
    expect(await handoff.redeliver(w.id, 'no-such-delivery', now())).toBeUndefined();
  });

  it('a redelivery asked for while an attempt is under way is not undone when the attempt ends (DEL-13)', async () => {
    const o = await org();
    const w = await hook(o.id, ['conversation.created']);
    await customer(o.id);
    const [claimed] = (await handoff.claimDueDeliveries(now(), later(60_000), 1000)).filter((x) => x.webhook.id === w.id);
    expect(claimed).toBeDefined();
    const id = claimed!.delivery.id;
    expect(await handoff.redeliver(w.id, id, now())).toMatchObject({ status: 'pending', attempts: 0 });
    // The attempt under way ends after the redelivery: its outcome must not mark the delivery done.
    await handoff.recordAttempt({ deliveryId: id, webhookId: w.id, ok: true, responseCode: 204, error: null, retryAt: null, disableAfter: 2, now: now() });
    await handoff.recordAttempt({ deliveryId: id, webhookId: w.id, ok: false, responseCode: 500, error: 'late', retryAt: null, disableAfter: 1, now: now() });
    expect((await handoff.listDeliveries(w.id, 10)).find((d) => d.id === id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await handoff.getWebhook(o.id, w.id)).toMatchObject({ enabled: true, failures: 0 });
    const again = (await handoff.claimDueDeliveries(now(), later(60_000), 1000)).filter((x) => x.webhook.id === w.id);
    expect(again.map((x) => x.delivery.id)).toEqual([id]);
  });

  it('a claim that lapsed (its instance died mid-attempt) is claimed again', async () => {
    const o = await org();
    await hook(o.id, ['conversation.created']);
    await customer(o.id);
    const [claimed] = (await handoff.claimDueDeliveries(now(), later(30), 1000)).filter((x) => x.delivery.orgId === o.id);
    expect(claimed).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const again = await handoff.claimDueDeliveries(now(), later(60_000), 1000);
    expect(again.map((x) => x.delivery.id)).toContain(claimed!.delivery.id);
  });

  if (name === 'postgres') {
    it('two concurrent claimers never claim the same delivery (FOR UPDATE SKIP LOCKED)', async () => {
      const o = await org();
      await hook(o.id, ['conversation.created']);
      for (let i = 0; i < 40; i++) await customer(o.id);
      const second = await createStore(db.url);
      try {
        const other = handoffStoreFor(second);
        const rounds = await Promise.all(
          Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? handoff : other).claimDueDeliveries(now(), later(60_000), 5)),
        );
        const ids = rounds.flat().map((x) => x.delivery.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
    });
  }
});

describe.each(DATABASES)('migration 10 on an existing $name database', ({ name, create }) => {
  it('widens the status and role checks and keeps rows, indexes and foreign keys', async () => {
    const db = await create();
    let store = await createStore(db.url);
    try {
      const { MIGRATIONS } = await import('../src/storage/migrations.ts');
      const { sql } = await import('kysely');
      // The database as the previous release left it: every migration before 10.
      await store.db.schema.createTable('parley_migrations').addColumn('version', 'integer', (c) => c.primaryKey()).addColumn('name', 'text').addColumn('applied_at', 'text').execute();
      for (const m of MIGRATIONS.filter((x) => x.version < 10 || x.version >= 100)) {
        await m.up(store.db as never, store.dialect);
        await store.db.insertInto('parley_migrations').values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
      }
      const o = await store.createOrganization({ name: 'old', slug: `old-${Date.now()}`, credits: null });
      const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: 'kept@example.com' });
      const started = await store.startReply({ orgId: o.id, channel: 'customer', conversationId: c.id, content: 'before', idempotencyKey: 'k1', fingerprint: 'f', maxUserMessages: 10, now: new Date().toISOString() });
      if (started.kind !== 'started') throw new Error(started.kind);
      await store.appendReplyEvents([{ messageId: started.reply.id, seq: 1, data: '{"type":"delta","text":"x"}' }]);
      await expect(sql`update conversations set status = 'resolved' where id = ${c.id}`.execute(store.db)).rejects.toThrow();

      // A new start migrates (PostgreSQL: on fresh connections, as a new release would).
      await store.close();
      store = await createStore(db.url);
      await store.migrate();
      await sql`update conversations set status = 'resolved' where id = ${c.id}`.execute(store.db);
      expect((await store.getConversation(o.id, 'customer', c.id))).toMatchObject({ status: 'resolved', customerIdentifier: 'kept@example.com' });
      const handoff = handoffStoreFor(store);
      expect(await handoff.addStaffReply({ orgId: o.id, conversationId: c.id, content: 'staff', author: null, now: new Date().toISOString() })).toBeDefined();
      await expect(sql`update conversations set status = 'closed' where id = ${c.id}`.execute(store.db)).rejects.toThrow();
      await expect(sql`update messages set role = 'robot' where id = ${started.userMessage.id}`.execute(store.db)).rejects.toThrow();
      expect(await store.listReplyEvents(started.reply.id, 0)).toHaveLength(1);
      // The idempotency index still holds, and foreign keys still point at the tables.
      const replay = await store.startReply({ orgId: o.id, channel: 'customer', conversationId: c.id, content: 'before', idempotencyKey: 'k1', fingerprint: 'f', maxUserMessages: 10, now: new Date().toISOString() });
      expect(replay.kind).toBe('replay');
      await expect(sql`insert into reply_events (message_id, seq, data) values ('no-such-message', 1, 'x')`.execute(store.db)).rejects.toThrow();
      if (name === 'sqlite') {
        expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows).toEqual([{ integrity_check: 'ok' }]);
        expect((await sql`pragma foreign_key_check`.execute(store.db)).rows).toEqual([]);
      }
    } finally {
      await store.close();
      await db.cleanup();
    }
  });
});
