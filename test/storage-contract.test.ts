/**
 * One contract suite for the Store port, run against SQLite and PostgreSQL (STYLE habit 10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DONE } from '@parley/client/protocol';
import { createStore } from '../src/storage/create-store.ts';
import { KyselyStore } from '../src/storage/kysely-store.ts';
import { SqliteStore } from '../src/storage/sqlite-store.ts';
import type { StartReplyInput } from '../src/storage/types.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';

describe.each(DATABASES)('Store contract on $name', ({ name, create }) => {
  let db: TestDatabase;
  let store: KyselyStore;
  beforeAll(async () => {
    db = await create();
    store = await createStore(db.url);
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  const now = () => new Date().toISOString();
  async function org(credits: number | null = null) {
    const slug = `o-${Math.random().toString(36).slice(2, 10)}`;
    return store.createOrganization({ name: slug, slug, credits });
  }
  const start = (o: Partial<StartReplyInput> & Pick<StartReplyInput, 'orgId' | 'conversationId'>) =>
    store.startReply({ channel: 'customer', content: 'hi', idempotencyKey: null, fingerprint: null, maxUserMessages: 10, now: now(), ...o });

  it('the store under test is the one the server uses for this engine', () => {
    // SQLite runs the prepared-statement store; PostgreSQL the Kysely one.
    expect(store.constructor).toBe(name === 'sqlite' ? SqliteStore : KyselyStore);
  });

  it('reads its durability settings back: durable by default (DEL-12)', async () => {
    const report = await store.durability();
    expect(report.problems).toEqual([]);
    if (name === 'sqlite') expect(report.settings).toEqual({ journal_mode: 'wal', synchronous: 'full' });
    else expect(report.settings).toMatchObject({ fsync: 'on', full_page_writes: 'on' });
  });

  it('migrations are idempotent and versioned', async () => {
    await store.migrate();
    const rows = await store.db.selectFrom('parley_migrations').select(['version']).execute();
    expect(rows.map((r) => Number(r.version))).toContain(1);
  });

  it('organizations: create, find by id and slug, count, unique slug', async () => {
    const before = await store.countOrganizations();
    const o = await org(42);
    expect(await store.getOrganization(o.id)).toEqual(o);
    expect(await store.findOrganizationBySlug(o.slug)).toEqual(o);
    expect(await store.countOrganizations()).toBe(before + 1);
    expect(typeof (await store.countOrganizations())).toBe('number');
    await expect(store.createOrganization({ name: 'x', slug: o.slug, credits: null })).rejects.toThrow();
    expect(await store.getOrganization('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('server secrets: the first value stored wins, for every caller, concurrent ones too', async () => {
    const values = await Promise.all(['a', 'b', 'c', 'd'].map((v) => store.ensureSecret('contract-secret', `value-${v}`)));
    expect(new Set(values).size).toBe(1);
    expect(['value-a', 'value-b', 'value-c', 'value-d']).toContain(values[0]);
    expect(await store.ensureSecret('contract-secret', 'later')).toBe(values[0]);
    expect(await store.ensureSecret('another-secret', 'other')).toBe('other');
  });

  it('organizations: list every one, oldest first', async () => {
    const a = await org(7);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await org();
    const list = await store.listOrganizations();
    expect(list).toHaveLength(await store.countOrganizations());
    expect(list.filter((o) => o.id === a.id || o.id === b.id)).toEqual([a, b]);
    const created = list.map((o) => o.createdAt);
    expect(created).toEqual([...created].sort());
  });

  it('API keys: by hash, list masked, revoke once, touch', async () => {
    const o = await org();
    const k = await store.createApiKey({ orgId: o.id, type: 'customer', keyHash: `h-${o.id}`, last4: 'abcd', label: 'l' });
    expect(await store.findApiKeyByHash(`h-${o.id}`)).toEqual({ key: k, organization: o });
    expect((await store.listApiKeys(o.id)).map((x) => x.id)).toEqual([k.id]);
    const other = await org();
    expect(await store.revokeApiKey(other.id, k.id)).toBe(false);
    expect(await store.revokeApiKey(o.id, k.id)).toBe(true);
    expect(await store.revokeApiKey(o.id, k.id)).toBe(false);
    expect(await store.listApiKeys(o.id)).toEqual([]);
    expect((await store.listApiKeys(o.id, { includeRevoked: true }))[0]!.revokedAt).not.toBeNull();
    await store.touchApiKey(k.id, '2026-01-01T00:00:00.000Z');
    expect((await store.findApiKeyByHash(`h-${o.id}`))!.key.lastUsedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('conversations are scoped by organization and channel', async () => {
    const o = await org();
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: 'a@b.c' });
    expect(await store.getConversation(o.id, 'customer', c.id)).toEqual(c);
    expect(await store.getConversation(o.id, 'management', c.id)).toBeUndefined();
    expect(await store.getConversation((await org()).id, 'customer', c.id)).toBeUndefined();
    expect(c.status).toBe('active');
  });

  it('startReply reads the conversation it starts in: not_found for another organization or channel, writing nothing', async () => {
    const o = await org();
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: 'x@y.z' });
    expect((await start({ orgId: (await org()).id, conversationId: c.id })).kind).toBe('not_found');
    expect((await start({ orgId: o.id, channel: 'management', conversationId: c.id })).kind).toBe('not_found');
    expect((await start({ orgId: o.id, conversationId: 'no-such-conversation' })).kind).toBe('not_found');
    expect(await store.listMessages(c.id)).toEqual([]);
    const r = await start({ orgId: o.id, conversationId: c.id, idempotencyKey: 'k', fingerprint: 'f' });
    if (r.kind !== 'started') throw new Error(r.kind);
    expect(r.conversation).toEqual(c);
    const again = await start({ orgId: o.id, conversationId: c.id, idempotencyKey: 'k', fingerprint: 'f' });
    if (again.kind !== 'replay') throw new Error(again.kind);
    expect(again.conversation).toMatchObject({ id: c.id, orgId: o.id, channel: 'customer', customerIdentifier: 'x@y.z' });
    expect(again.reply.id).toBe(r.reply.id);
  });

  it('startReply stores the pair atomically and refuses a second while one streams', async () => {
    const o = await org();
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null });
    const r = await start({ orgId: o.id, conversationId: c.id, content: 'first' });
    expect(r.kind).toBe('started');
    if (r.kind !== 'started') return;
    expect(r.userMessage).toMatchObject({ role: 'user', content: 'first', position: 1 });
    expect(r.reply).toMatchObject({ role: 'assistant', status: 'streaming', position: 2, replyTo: r.userMessage.id });
    expect((await start({ orgId: o.id, conversationId: c.id })).kind).toBe('busy');
    expect((await store.listMessages(c.id)).map((m) => m.role)).toEqual(['user']);
    await store.appendReplyEvents([{ messageId: r.reply.id, seq: 1, data: '{"type":"delta","text":"he"}' }]);
    await store.finishReply({
      orgId: o.id,
      conversationId: c.id,
      messageId: r.reply.id,
      content: 'hello',
      status: 'complete',
      tokens: 3,
      events: [
        { seq: 2, data: '{"type":"delta","text":"llo"}' },
        { seq: 3, data: DONE },
      ],
      escalationReason: null,
      now: now(),
    });
    expect((await store.listMessages(c.id)).map((m) => [m.role, m.content, m.status])).toEqual([
      ['user', 'first', 'complete'],
      ['assistant', 'hello', 'complete'],
    ]);
    expect((await store.listReplyEvents(r.reply.id, 1)).map((e) => e.seq)).toEqual([2, 3]);
    expect((await store.getLatestReply(c.id))!.id).toBe(r.reply.id);
    expect((await store.getMessage(r.reply.id))!.tokens).toBe(3);
  });

  it('finishReply debits credits (never below zero) and records an escalation', async () => {
    const o = await org(5);
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null });
    const r = await start({ orgId: o.id, conversationId: c.id });
    if (r.kind !== 'started') throw new Error(r.kind);
    await store.finishReply({
      orgId: o.id, conversationId: c.id, messageId: r.reply.id, content: 'x', status: 'complete', tokens: 9,
      events: [{ seq: 1, data: DONE }], escalationReason: 'asked for a human', now: now(),
    });
    expect((await store.getOrganization(o.id))!.credits).toBe(0);
    expect(await store.getConversation(o.id, 'customer', c.id)).toMatchObject({ status: 'escalated', escalationReason: 'asked for a human' });
    expect((await start({ orgId: o.id, conversationId: c.id })).kind).toBe('no_credits');
    const unlimited = await org(null);
    const c2 = await store.createConversation({ orgId: unlimited.id, channel: 'customer', customerIdentifier: null });
    const r2 = await start({ orgId: unlimited.id, conversationId: c2.id });
    if (r2.kind !== 'started') throw new Error(r2.kind);
    await store.finishReply({
      orgId: unlimited.id, conversationId: c2.id, messageId: r2.reply.id, content: 'x', status: 'complete', tokens: 9,
      events: [{ seq: 1, data: DONE }], escalationReason: null, now: now(),
    });
    expect((await store.getOrganization(unlimited.id))!.credits).toBeNull();
  });

  /** The organization's balance and reservations, and what each of `replies` still holds. */
  async function held(orgId: string, replies: string[] = []) {
    const o = await store.db.selectFrom('organizations').select(['credits', 'reserved_credits']).where('id', '=', orgId).executeTakeFirstOrThrow();
    const rows = replies.length === 0 ? [] : await store.db.selectFrom('messages').select(['id', 'reserved_credits']).where('id', 'in', replies).execute();
    const byId = new Map(rows.map((r) => [r.id, Number(r.reserved_credits)]));
    return { credits: o.credits, reserved: Number(o.reserved_credits), replies: replies.map((id) => byId.get(id)) };
  }
  const conversation = async (orgId: string) => (await store.createConversation({ orgId, channel: 'customer', customerIdentifier: null })).id;
  const finish = (orgId: string, conversationId: string, messageId: string, status: 'complete' | 'stopped', tokens: number, events = [{ seq: 1, data: DONE }]) =>
    store.finishReply({ orgId, conversationId, messageId, content: 'x', status, tokens, events, escalationReason: null, now: now() });

  it('credits: a send reserves its bound while credits - reserved > 0; finish, stop and recovery release it and charge at most it', async () => {
    const o = await org(10);
    const ids = await Promise.all([1, 2, 3, 4].map(() => conversation(o.id)));
    const started = [];
    for (const id of ids.slice(0, 3)) {
      const r = await start({ orgId: o.id, conversationId: id, reserveCredits: 4 });
      if (r.kind !== 'started') throw new Error(r.kind);
      started.push(r.reply.id);
    }
    // 10 - 4 - 4 = 2 was still free for the third; now 10 - 12 < 0: refused, nothing stored.
    expect(await held(o.id, started)).toEqual({ credits: 10, reserved: 12, replies: [4, 4, 4] });
    expect(await start({ orgId: o.id, conversationId: ids[3]!, reserveCredits: 4 })).toEqual({ kind: 'no_credits' });
    expect(await store.listMessages(ids[3]!)).toEqual([]);

    await finish(o.id, ids[0]!, started[0]!, 'complete', 3);
    expect(await held(o.id, started)).toEqual({ credits: 7, reserved: 8, replies: [0, 4, 4] });
    // A second write of the same end (a retried final write) charges and releases nothing.
    await finish(o.id, ids[0]!, started[0]!, 'complete', 3, []);
    expect(await held(o.id, started)).toEqual({ credits: 7, reserved: 8, replies: [0, 4, 4] });
    // A stopped reply that used more than its bound is charged the bound; its tokens are kept.
    await finish(o.id, ids[1]!, started[1]!, 'stopped', 100);
    expect(await held(o.id, started)).toEqual({ credits: 3, reserved: 4, replies: [0, 0, 4] });
    expect((await store.getMessage(started[1]!))!.tokens).toBe(100);
    // Recovery of an interrupted reply releases it and charges its streamed text's estimate (8 chars: 2).
    await store.appendReplyEvents([{ messageId: started[2]!, seq: 1, data: '{"type":"delta","text":"12345678"}' }]);
    await store.recoverUnfinishedReplies(now());
    expect(await held(o.id, started)).toEqual({ credits: 1, reserved: 0, replies: [0, 0, 0] });
    expect(await store.getMessage(started[2]!)).toMatchObject({ status: 'partial', tokens: 2 });

    // What is left is free again: the refused conversation now starts.
    const again = await start({ orgId: o.id, conversationId: ids[3]!, reserveCredits: 4 });
    if (again.kind !== 'started') throw new Error(again.kind);
    expect(await held(o.id, [again.reply.id])).toEqual({ credits: 1, reserved: 4, replies: [4] });
    await finish(o.id, ids[3]!, again.reply.id, 'complete', 9);
    expect(await held(o.id, [again.reply.id])).toEqual({ credits: 0, reserved: 0, replies: [0] });
    expect((await start({ orgId: o.id, conversationId: ids[3]!, reserveCredits: 4 })).kind).toBe('no_credits');
  });

  it('credits: an unlimited organization reserves nothing', async () => {
    const o = await org(null);
    const id = await conversation(o.id);
    const r = await start({ orgId: o.id, conversationId: id, reserveCredits: 4 });
    if (r.kind !== 'started') throw new Error(r.kind);
    expect(await held(o.id, [r.reply.id])).toEqual({ credits: null, reserved: 0, replies: [0] });
    await finish(o.id, id, r.reply.id, 'complete', 50);
    expect(await held(o.id, [r.reply.id])).toEqual({ credits: null, reserved: 0, replies: [0] });
  });

  it('credits: concurrent sends in many conversations never reserve past the balance', async () => {
    const o = await org(10);
    const ids = await Promise.all(Array.from({ length: 20 }, () => conversation(o.id)));
    const results = await Promise.all(ids.map((id) => start({ orgId: o.id, conversationId: id, reserveCredits: 4 })));
    // 10 > 0, 6 > 0, 2 > 0, then -2: three fit, whatever the order.
    expect(results.filter((r) => r.kind === 'started')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'no_credits')).toHaveLength(17);
    expect(await held(o.id)).toMatchObject({ credits: 10, reserved: 12 });
    const big = await org(10);
    const many = await Promise.all(Array.from({ length: 20 }, () => conversation(big.id)));
    const one = await Promise.all(many.map((id) => start({ orgId: big.id, conversationId: id, reserveCredits: 1000 })));
    expect(one.filter((r) => r.kind === 'started')).toHaveLength(1);
    expect(await held(big.id)).toMatchObject({ credits: 10, reserved: 1000 });
  });

  it('idempotency: replay for the same key and text, key_reused otherwise; limit counts user messages', async () => {
    const o = await org();
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null });
    const first = await start({ orgId: o.id, conversationId: c.id, idempotencyKey: 'k', fingerprint: 'f1', maxUserMessages: 1 });
    if (first.kind !== 'started') throw new Error(first.kind);
    const replay = await start({ orgId: o.id, conversationId: c.id, idempotencyKey: 'k', fingerprint: 'f1', maxUserMessages: 1 });
    expect(replay).toMatchObject({ kind: 'replay', reply: { id: first.reply.id } });
    expect((await start({ orgId: o.id, conversationId: c.id, idempotencyKey: 'k', fingerprint: 'f2' })).kind).toBe('key_reused');
    await store.finishReply({
      orgId: o.id, conversationId: c.id, messageId: first.reply.id, content: '', status: 'complete', tokens: 0,
      events: [{ seq: 1, data: DONE }], escalationReason: null, now: now(),
    });
    expect((await start({ orgId: o.id, conversationId: c.id, maxUserMessages: 1 })).kind).toBe('limit');
  });

  it('concurrent startReply calls on one conversation start exactly one reply', async () => {
    const o = await org();
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null });
    const results = await Promise.all(Array.from({ length: 8 }, () => start({ orgId: o.id, conversationId: c.id })));
    expect(results.filter((r) => r.kind === 'started')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'busy')).toHaveLength(7);
  });

  it('recovery closes replies left streaming: text from stored deltas, error + [DONE] appended', async () => {
    const o = await org();
    const c = await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null });
    const r = await start({ orgId: o.id, conversationId: c.id });
    if (r.kind !== 'started') throw new Error(r.kind);
    const other = await start({ orgId: o.id, conversationId: (await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null })).id });
    if (other.kind !== 'started') throw new Error(other.kind);
    // One call may carry the events of several replies.
    await store.appendReplyEvents([
      { messageId: r.reply.id, seq: 1, data: '{"type":"delta","text":"par"}' },
      { messageId: other.reply.id, seq: 1, data: '{"type":"delta","text":"x"}' },
      { messageId: r.reply.id, seq: 2, data: '{"type":"delta","text":"tial"}' },
    ]);
    const recovered = await store.recoverUnfinishedReplies(now());
    expect(recovered).toContainEqual({ messageId: r.reply.id, conversationId: c.id });
    expect(await store.getMessage(other.reply.id)).toMatchObject({ status: 'partial', content: 'x' });
    expect(await store.getMessage(r.reply.id)).toMatchObject({ status: 'partial', content: 'partial' });
    const events = await store.listReplyEvents(r.reply.id, 0);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(JSON.parse(events[2]!.data)).toMatchObject({ type: 'error', code: 'interrupted' });
    expect(events[3]!.data).toBe(DONE);
    expect((await store.recoverUnfinishedReplies(now())).map((x) => x.messageId)).not.toContain(r.reply.id);
    expect((await start({ orgId: o.id, conversationId: c.id })).kind).toBe('started');
  });

  it('leases: an owner claims and renews its replies; recovery by lease closes only expired ones; a stop request reaches the owner', async () => {
    const o = await org();
    const conversation = async () => (await store.createConversation({ orgId: o.id, channel: 'customer', customerIdentifier: null })).id;
    const started = async (at: string) => {
      const r = await start({ orgId: o.id, conversationId: await conversation(), now: at });
      if (r.kind !== 'started') throw new Error(r.kind);
      return r.reply.id;
    };
    const t = Date.now();
    const iso = (ms: number) => new Date(t + ms).toISOString();
    const live = await started(iso(-60_000));
    const dead = await started(iso(-60_000));
    const fresh = await started(iso(0));
    const unleasedOld = await started(iso(-60_000));
    // Instance A owns `live` (lease in the future), instance B owned `dead` (lease past).
    expect(await store.renewReplyLeases('A', [live], iso(10_000))).toEqual([]);
    expect(await store.renewReplyLeases('B', [dead], iso(-1_000))).toEqual([]);
    // A renewal without new ids renews what the owner already holds.
    expect(await store.renewReplyLeases('A', [], iso(20_000))).toEqual([]);
    const closed = (await store.recoverUnfinishedReplies(iso(0), undefined, { leaseMs: 15_000 })).map((r) => r.messageId);
    expect(closed.sort()).toEqual([dead, unleasedOld].sort());
    expect((await store.getMessage(live))?.status).toBe('streaming');
    expect((await store.getMessage(fresh))?.status).toBe('streaming');
    expect((await store.getMessage(dead))?.status).toBe('partial');
    // A stop recorded for a streaming reply is reported to its owner only.
    expect(await store.requestStop(live, iso(0))).toBe(true);
    expect(await store.requestStop(dead, iso(0))).toBe(false);
    expect(await store.renewReplyLeases('B', [], iso(20_000))).toEqual([]);
    expect(await store.renewReplyLeases('A', [], iso(20_000))).toEqual([live]);
    // Two instances sweeping at once close a reply once: one interrupted error, one [DONE].
    const errors: unknown[] = [];
    await Promise.all([1, 2].map(() => store.recoverUnfinishedReplies(iso(60_000), (_, err) => errors.push(err), { leaseMs: 15_000 })));
    expect(errors).toEqual([]);
    expect((await store.listReplyEvents(live, 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.getMessage(live))?.status).toBe('partial');
  });
});
