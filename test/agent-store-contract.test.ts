/**
 * The AgentStore contract, run against SQLite (FTS5 + bm25) and PostgreSQL (tsvector + GIN):
 * settings, articles and full-text search, tool calls, annotations, review listings and
 * analytics, each scoped to its organization.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/settings/settings.ts';
import type { AgentStore } from '../src/storage/agent-store.ts';
import { agentStoreFor, createStore } from '../src/storage/create-store.ts';
import type { KyselyStore } from '../src/storage/kysely-store.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';

describe.each(DATABASES)('AgentStore on $name', ({ create }) => {
  let database: TestDatabase;
  let store: KyselyStore;
  let agents: AgentStore;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    database = await create();
    store = await createStore(database.url);
    await store.migrate();
    agents = agentStoreFor(store);
    orgA = (await store.createOrganization({ name: 'A', slug: 'a', credits: null })).id;
    orgB = (await store.createOrganization({ name: 'B', slug: 'b', credits: null })).id;
  });
  afterAll(async () => {
    await store?.close();
    await database?.cleanup();
  });

  /** A customer conversation with one finished exchange; returns the ids. */
  async function exchange(orgId: string, question: string, options: { escalate?: boolean; channel?: 'customer' | 'management' } = {}) {
    const conversation = await store.createConversation({ orgId, channel: options.channel ?? 'customer', customerIdentifier: null });
    const started = await store.startReply({
      orgId, channel: options.channel ?? 'customer', conversationId: conversation.id, content: question, idempotencyKey: null, fingerprint: null,
      maxUserMessages: 50, now: new Date().toISOString(),
    });
    if (started.kind !== 'started') throw new Error(started.kind);
    await store.finishReply({
      orgId, conversationId: conversation.id, messageId: started.reply.id, content: 'answer', status: 'complete', tokens: 0,
      events: [{ seq: 1, data: '[DONE]' }], escalationReason: options.escalate ? 'asked for a human' : null, now: new Date().toISOString(),
    });
    return { conversationId: conversation.id, replyId: started.reply.id, userMessageId: started.userMessage.id };
  }

  it('returns default settings, then saved ones, per organization', async () => {
    expect(await agents.getSettings(orgA)).toEqual(DEFAULT_SETTINGS);
    const synonyms = [['trainers', 'sneakers']];
    const saved = await agents.saveSettings(orgA, { ...DEFAULT_SETTINGS, tone: 'formal', escalationRules: ['legal issues'], synonyms });
    expect(saved.updatedAt).not.toBeNull();
    expect(await agents.getSettings(orgA)).toMatchObject({ tone: 'formal', escalationRules: ['legal issues'], synonyms });
    expect((await agents.getSettings(orgB)).tone).toBe(DEFAULT_SETTINGS.tone);
    await agents.saveSettings(orgA, { ...DEFAULT_SETTINGS, tone: 'casual' });
    expect((await agents.getSettings(orgA)).tone).toBe('casual');
  });

  it('keeps the public chat settings; settings saved before they existed read the defaults', async () => {
    const publicChat = { enabled: false, allowedOrigins: ['https://shop.example'] };
    await agents.saveSettings(orgB, { ...DEFAULT_SETTINGS, publicChat });
    expect((await agents.getSettings(orgB)).publicChat).toEqual(publicChat);
    const { publicChat: _absent, ...older } = DEFAULT_SETTINGS;
    await agents.saveSettings(orgB, { ...older, tone: 'older row' } as typeof DEFAULT_SETTINGS);
    expect(await agents.getSettings(orgB)).toMatchObject({ tone: 'older row', publicChat: { enabled: true, allowedOrigins: [] } });
    await agents.saveSettings(orgB, DEFAULT_SETTINGS);
  });

  it('replies share one frozen settings object until the settings change', async () => {
    const first = await agents.getSettings(orgA);
    expect(await agents.getSettings(orgA)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.branding) && Object.isFrozen(first.escalationRules)).toBe(true);
    expect(() => {
      (first as { tone: string }).tone = 'changed in place';
    }).toThrow(TypeError);
    await agents.saveSettings(orgA, { ...first, tone: 'brisk', branding: { ...first.branding, agentName: 'Robin' } });
    expect(await agents.getSettings(orgA)).toMatchObject({ tone: 'brisk', branding: { agentName: 'Robin' } });
  });

  it('creates, reads, updates and archives articles, never deleting them', async () => {
    const a = await agents.createArticle(orgA, { title: 'Gift cards', content: 'Gift cards never expire.', category: 'Payments' });
    expect(await agents.getArticle(orgA, a.id)).toEqual(a);
    expect(await agents.getArticle(orgB, a.id)).toBeUndefined();
    const updated = await agents.updateArticle(orgA, a.id, { content: 'Gift cards expire after 5 years.', category: null });
    expect(updated).toMatchObject({ title: 'Gift cards', content: 'Gift cards expire after 5 years.', category: null });
    expect(await agents.updateArticle(orgB, a.id, { title: 'x' })).toBeUndefined();
    const archived = await agents.archiveArticle(orgA, a.id);
    expect(archived).toMatchObject({ archived: true });
    expect(archived!.archivedAt).not.toBeNull();
    expect(await agents.getArticle(orgA, a.id)).toMatchObject({ archived: true });
    expect((await agents.listArticles(orgA, { limit: 10, offset: 0 })).articles.map((x) => x.id)).not.toContain(a.id);
    expect((await agents.listArticles(orgA, { limit: 10, offset: 0, includeArchived: true })).articles.map((x) => x.id)).toContain(a.id);
    expect(await agents.searchArticles(orgA, 'gift cards', 10)).toEqual([]);
  });

  it('pages article lists with a total', async () => {
    for (let i = 0; i < 5; i++) await agents.createArticle(orgB, { title: `Page ${i}`, content: `Content number ${i}.` });
    const all = (await agents.listArticles(orgB, { limit: 10, offset: 0 })).articles.map((a) => a.title);
    const pages = await Promise.all([0, 2, 4].map((offset) => agents.listArticles(orgB, { limit: 2, offset })));
    expect(pages[0]!.total).toBe(5);
    expect(pages.map((p) => p.articles.length)).toEqual([2, 2, 1]);
    // Pages partition the stable order (creation time, then id: equal times are possible).
    expect(pages.flatMap((p) => p.articles.map((a) => a.title))).toEqual(all);
    expect([...all].sort()).toEqual(['Page 0', 'Page 1', 'Page 2', 'Page 3', 'Page 4']);
  });

  it('searches with stemming, ranks title matches first, stays inside the organization', async () => {
    await agents.createArticle(orgA, { title: 'Shipping times', content: 'Orders are shipped within two days.' });
    await agents.createArticle(orgA, { title: 'Returns', content: 'Returned items are refunded. Shipping costs of returns are paid by us.' });
    await agents.createArticle(orgA, { title: 'Opening hours', content: 'We are open daily.' });
    await agents.createArticle(orgB, { title: 'Shipping for B', content: 'B ships slowly.' });
    const hits = await agents.searchArticles(orgA, 'How fast is shipping?', 10);
    expect(hits.map((h) => h.article.title)).toEqual(['Shipping times', 'Returns']);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect((await agents.searchArticles(orgA, 'refunds', 10)).map((h) => h.article.title)).toEqual(['Returns']);
    expect(await agents.searchArticles(orgA, 'the and of', 10)).toEqual([]);
  });

  it('ranks alike on both engines, by the same words, synonyms and organization synonyms (issue 13)', async () => {
    const org = (await store.createOrganization({ name: 'Shoes', slug: `shoes-${Date.now()}`, credits: null })).id;
    await agents.createArticle(org, { title: 'Sneaker sizes', content: 'Our sneakers come in sizes 36 to 47. Half sizes are not made.', category: 'Products' });
    await agents.createArticle(org, { title: 'Delivery', content: 'Parcels arrive in 2 to 3 days. Shipping supplies are recycled.', category: 'Shipping' });
    await agents.createArticle(org, { title: 'Returns', content: 'Unworn sneakers can be sent back within 30 days for a refund.', category: 'Policies' });
    await agents.createArticle(org, { title: 'Care', content: 'Clean your shoes with a soft brush. Do not machine-wash sneakers.', category: 'Products' });
    const titles = async (q: string, synonyms?: string[][]) => (await agents.searchArticles(org, q, 3, synonyms)).map((h) => h.article.title);
    // Equal scores go by title: the order is the same however fast the articles were created.
    expect(await titles('What sizes do the sneakers come in?')).toEqual(['Sneaker sizes', 'Care', 'Returns']);
    expect(await titles('How long does shipping take?')).toEqual(['Delivery']);
    expect(await titles('Which supplies do you use?')).toEqual(['Delivery']);
    // A word every article shares ("sneakers") counts less than a rare one ("back").
    expect(await titles('Can I get my money back on worn sneakers?')).toEqual(['Returns', 'Sneaker sizes', 'Care']);
    // Trainers are shoes (a built-in kind, round 7): "Care" mentions shoes; "sneakers" only the organization's synonym makes alike.
    expect(await titles('Do you have trainers in size 48?')).toEqual(['Sneaker sizes', 'Care']);
    expect(await titles('Do you have trainers in size 48?', [['trainers', 'sneakers']])).toEqual(['Sneaker sizes', 'Care', 'Returns']);
  });

  it('finds the article whose age band holds a pensioner or a stated age, alike on both engines (issue 13, round 21)', async () => {
    const org = (await store.createOrganization({ name: 'Yoga', slug: `yoga-${Date.now()}`, credits: null })).id;
    await agents.createArticle(org, { title: 'Passes and memberships', content: 'A 10-class pass is £95. Students and over-65s get 20% off passes with valid ID.', category: 'Prices' });
    await agents.createArticle(org, { title: 'Private sessions', content: 'A one-to-one session costs £60 and can be booked online.', category: 'Prices' });
    await agents.createArticle(org, { title: 'Kids club', content: 'Children under 12 join the Saturday club for £5.', category: 'Classes' });
    const titles = async (q: string) => (await agents.searchArticles(org, q, 3)).map((h) => h.article.title);
    // No word of the question is in the article: "over-65s" holds a pensioner's age.
    expect(await titles('Do pensioners get money off?')).toEqual(['Passes and memberships']);
    expect(await titles('Is there a reduction for OAPs?')).toEqual(['Passes and memberships']);
    // A stated age ranks the article whose band holds it first, among those sharing a word.
    expect((await titles('My daughter is 9, can she join a club on Saturday?'))[0]).toBe('Kids club');
    // Without an age or a pensioner, the bands add nothing. (Not "money off", which the prices
    // article answers for its own words since "money" reads as a price, round 27.)
    expect(await titles('Are seniors welcome?')).toEqual([]);
  });

  it('finds nothing for an organization whose articles are all archived, or that has none', async () => {
    const org = (await store.createOrganization({ name: 'Archive', slug: `arch-${Date.now()}`, credits: null })).id;
    expect(await agents.searchArticles(org, 'shipping', 10)).toEqual([]);
    const article = await agents.createArticle(org, { title: 'Shipping', content: 'We ship daily.' });
    expect((await agents.searchArticles(org, 'shipping', 10)).map((h) => h.article.id)).toEqual([article.id]);
    await agents.archiveArticle(org, article.id);
    expect(await agents.searchArticles(org, 'shipping', 10)).toEqual([]);
  });

  it('never lets raw input break the search syntax', async () => {
    for (const q of ['"unterminated', 'NEAR(a b)', "o'brien OR AND NOT", 'title:secret*', '(((', '-shipping', '& | ! :*', '😀 ✓']) {
      await expect(agents.searchArticles(orgA, q, 5)).resolves.toBeInstanceOf(Array);
    }
  });

  it('records tool calls, QA, safety flags and feedback on messages of the right organization', async () => {
    const x = await exchange(orgA, 'Where is my order?');
    await agents.recordToolCall({ orgId: orgA, conversationId: x.conversationId, userMessageId: x.userMessageId, name: 'get_settings', input: {}, output: { ok: 1 }, ok: true });
    expect(await agents.listToolCalls(x.conversationId)).toMatchObject([{ name: 'get_settings', input: {}, output: { ok: 1 }, ok: true }]);
    await agents.saveAssessments([{ messageId: x.replyId, score: 1, qaFlags: [], safetyFlags: ['unsupported_claim'] }]);
    // A later assessment without safety flags keeps the ones stored.
    await agents.saveAssessments([{ messageId: x.replyId, score: 3, qaFlags: ['missing_knowledge'], safetyFlags: null }]);
    expect(await agents.setFeedback(orgB, x.conversationId, x.replyId, 'up')).toBe(false);
    expect(await agents.setFeedback(orgA, x.conversationId, x.userMessageId, 'up')).toBe(false);
    expect(await agents.setFeedback(orgA, x.conversationId, x.replyId, 'down')).toBe(true);
    expect((await agents.getAnnotations(x.conversationId)).get(x.replyId)).toEqual({
      qaScore: 3, qaFlags: ['missing_knowledge'], safetyFlags: ['unsupported_claim'], feedback: 'down',
    });
  });

  it('lists conversations by status and review need, paged, with aggregates', async () => {
    const org = (await store.createOrganization({ name: 'C', slug: 'c', credits: null })).id;
    const good = await exchange(org, 'Hello there');
    const low = await exchange(org, 'Low one');
    const esc = await exchange(org, 'Human please', { escalate: true });
    await exchange(org, 'Config', { channel: 'management' });
    await agents.saveAssessments([
      { messageId: good.replyId, score: 5, qaFlags: [], safetyFlags: null },
      { messageId: low.replyId, score: 2, qaFlags: ['poor_response'], safetyFlags: null },
    ]);
    await agents.setFeedback(org, esc.conversationId, esc.replyId, 'down');
    const all = await agents.listConversations(org, { channel: 'customer', limit: 10, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.conversations.find((c) => c.id === low.conversationId)).toMatchObject({ preview: 'Low one', messageCount: 2, qaScore: 2, negativeFeedback: 0 });
    const ids = async (q: object) => (await agents.listConversations(org, { channel: 'customer', limit: 10, offset: 0, ...q })).conversations.map((c) => c.id);
    expect(await ids({ status: 'escalated' })).toEqual([esc.conversationId]);
    expect(await ids({ review: 'low_score' })).toEqual([low.conversationId]);
    expect(await ids({ review: 'negative_feedback' })).toEqual([esc.conversationId]);
    expect((await ids({ review: 'needs_attention' })).sort()).toEqual([low.conversationId, esc.conversationId].sort());
    const page = await agents.listConversations(org, { channel: 'customer', limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.conversations).toHaveLength(1);
    expect((await agents.listConversations(org, { channel: 'management', limit: 10, offset: 0 })).total).toBe(1);
  });

  it('searches conversations by message text or customer, and derives abandoned from idle time', async () => {
    const org = (await store.createOrganization({ name: 'S', slug: 's', credits: null })).id;
    const refund = await exchange(org, 'Where is my REFUND for order 50%_off?');
    const shipping = await exchange(org, 'Shipping to Norway');
    const escalated = await exchange(org, 'A human please', { escalate: true });
    await exchange(orgB, 'refund for another org');
    const list = (q: object) => agents.listConversations(org, { channel: 'customer', limit: 10, offset: 0, ...q });
    const ids = async (q: object) => (await list(q)).conversations.map((c) => c.id).sort();
    expect(await ids({ q: 'refund' })).toEqual([refund.conversationId]);
    expect(await ids({ q: 'answer' })).toEqual([refund, shipping, escalated].map((c) => c.conversationId).sort());
    // LIKE wildcards in the search are literal characters.
    expect(await ids({ q: '50%_off' })).toEqual([refund.conversationId]);
    expect(await ids({ q: '%' })).toEqual([refund.conversationId]);
    expect(await ids({ q: 'nothing like this' })).toEqual([]);
    // Nothing is abandoned without a cutoff, or with one before the activity.
    expect(await ids({ status: 'abandoned' })).toEqual([]);
    expect(await ids({ status: 'abandoned', abandonedBefore: new Date(Date.now() - 3_600_000).toISOString() })).toEqual([]);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(await ids({ status: 'abandoned', abandonedBefore: later })).toEqual([refund.conversationId, shipping.conversationId].sort());
    expect(await ids({ status: 'active', abandonedBefore: later })).toEqual([]);
    expect(await ids({ status: 'active' })).toEqual([refund.conversationId, shipping.conversationId].sort());
    // An escalated conversation stays escalated however long it is idle.
    const statuses = Object.fromEntries((await list({ abandonedBefore: later })).conversations.map((c) => [c.id, c.status]));
    expect(statuses).toEqual({ [refund.conversationId]: 'abandoned', [shipping.conversationId]: 'abandoned', [escalated.conversationId]: 'escalated' });
    expect(await ids({ status: 'escalated', abandonedBefore: later })).toEqual([escalated.conversationId]);
    expect(await ids({ status: 'resolved' })).toEqual([]);
  });

  it('counts analytics per UTC day, customer conversations of one organization only', async () => {
    const org = (await store.createOrganization({ name: 'T', slug: 't', credits: null })).id;
    const since = new Date(Date.now() - 1000).toISOString();
    const one = await exchange(org, 'One');
    const two = await exchange(org, 'Two', { escalate: true });
    await exchange(org, 'Config', { channel: 'management' });
    await exchange(orgB, 'Other org', { escalate: true });
    await agents.setFeedback(org, one.conversationId, one.replyId, 'up');
    await agents.setFeedback(org, two.conversationId, two.replyId, 'down');
    await agents.saveAssessments([
      { messageId: one.replyId, score: 4, qaFlags: [], safetyFlags: null },
      { messageId: two.replyId, score: 3, qaFlags: [], safetyFlags: null },
    ]);
    const days = await agents.analyticsByDay(org, since);
    // The test's writes may straddle UTC midnight: add the days up.
    const sum = (k: 'conversations' | 'escalations' | 'feedbackUp' | 'feedbackDown' | 'qaSum' | 'qaScored') => days.reduce((n, d) => n + d[k], 0);
    expect(days.length).toBeGreaterThanOrEqual(1);
    expect(days.map((d) => d.date)).toEqual(days.map((d) => d.date).sort());
    for (const d of days) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(days.at(-1)!.date).toBe(new Date().toISOString().slice(0, 10));
    expect({ c: sum('conversations'), e: sum('escalations'), up: sum('feedbackUp'), down: sum('feedbackDown'), qa: sum('qaSum'), n: sum('qaScored') })
      .toEqual({ c: 2, e: 1, up: 1, down: 1, qa: 7, n: 2 });
    expect(await agents.analyticsByDay(org, new Date(Date.now() + 60_000).toISOString())).toEqual([]);
  });

  it('counts analytics for customer conversations of one organization since a time', async () => {
    const org = (await store.createOrganization({ name: 'D', slug: 'd', credits: null })).id;
    const since = new Date(Date.now() - 1000).toISOString();
    const one = await exchange(org, 'One');
    await exchange(org, 'Two', { escalate: true });
    await exchange(org, 'Config', { channel: 'management' });
    await exchange(orgB, 'Other org', { escalate: true });
    await agents.setFeedback(org, one.conversationId, one.replyId, 'up');
    await agents.saveAssessments([{ messageId: one.replyId, score: 4, qaFlags: [], safetyFlags: null }]);
    expect(await agents.analytics(org, since)).toEqual({
      conversations: 2, messages: 4, escalations: 1, feedbackUp: 1, feedbackDown: 0, qaAverage: 4, qaScored: 1,
    });
    expect(await agents.analytics(org, new Date(Date.now() + 60_000).toISOString())).toMatchObject({ conversations: 0, qaAverage: null });
  });
});
