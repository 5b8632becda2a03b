/**
 * The management JSON API and the feedback endpoint over a real socket: auth (management keys
 * only), validation, organization scoping (foreign ids are 404), archive-not-delete, search,
 * pagination, exact change lists, transcripts with QA and feedback, and the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { api, chat } from './agents/sse.ts';

describe('management JSON API', () => {
  let server: TestServer;
  let other: { customerKey: string; managementKey: string };
  const m = (method: string, path: string, body?: unknown) => api(server.url, server.managementKey, method, `/api/v1/management${path}`, body);

  beforeAll(async () => {
    server = await startTestServer();
    other = await server.createOrg({ name: 'Other' });
  });
  afterAll(() => server.close());

  it('admits management keys only', async () => {
    expect((await api(server.url, server.customerKey, 'GET', '/api/v1/management/settings')).status).toBe(403);
    const none = await fetch(`${server.url}/api/v1/management/knowledge`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('creates, lists, searches, reads, updates and archives articles', async () => {
    const created = await m('POST', '/knowledge', { title: 'Refunds', content: 'Refunds take **5 days**.', category: 'Billing' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Refunds', category: 'Billing', archived: false, archivedAt: null });
    await m('POST', '/knowledge', { title: 'Shipping', content: 'We ship in 2 days.' });
    await m('POST', '/knowledge', { title: 'Hours', content: 'Open 9 to 5.' });
    const id = created.body.id as string;

    const page = await m('GET', '/knowledge?limit=2&offset=1');
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(page.body.articles.map((a: { title: string }) => a.title)).toEqual(['Shipping', 'Hours']);
    const search = await m('GET', '/knowledge?q=refund');
    expect(search.body.articles.map((a: { title: string }) => a.title)).toEqual(['Refunds']);

    expect((await m('GET', `/knowledge/${id}`)).body.content).toBe('Refunds take **5 days**.');
    const patched = await m('PATCH', `/knowledge/${id}`, { content: 'Refunds take 3 days.' });
    expect(patched.body).toMatchObject({ title: 'Refunds', content: 'Refunds take 3 days.' });
    const archived = await m('DELETE', `/knowledge/${id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await m('GET', `/knowledge/${id}`)).body.archived).toBe(true); // kept, not deleted
    expect((await m('GET', '/knowledge?q=refund')).body.articles).toEqual([]);
    expect((await m('GET', '/knowledge?includeArchived=true')).body.total).toBe(3);
  });

  it('validates input with the catalog error shape', async () => {
    for (const [method, path, body] of [
      ['POST', '/knowledge', { title: '', content: 'x' }],
      ['POST', '/knowledge', { title: 'x' }],
      ['POST', '/knowledge', { title: 'x', content: 'y', extra: 1 }],
      ['PATCH', '/settings', { branding: { primaryColor: 'blue' } }],
      ['PATCH', '/settings', { tone: 42 }],
      ['GET', '/knowledge?limit=0', undefined],
      ['GET', '/analytics?days=0', undefined],
      ['GET', '/conversations?status=closed', undefined],
      ['GET', '/conversations?q=', undefined],
      ['GET', `/conversations?q=${'x'.repeat(201)}`, undefined],
      ['GET', '/analytics/timeseries?days=0', undefined],
      ['GET', '/analytics/timeseries?days=366', undefined],
      ['GET', '/analytics/timeseries?days=two', undefined],
    ] as const) {
      const result = await m(method, path, body);
      expect(result.status, `${method} ${path}`).toBe(400);
      expect(result.body.code).toBe('invalid_request');
    }
  });

  it('returns 404 for unknown and foreign ids alike', async () => {
    const foreign = await api(server.url, other.managementKey, 'POST', '/api/v1/management/knowledge', { title: 'Secret', content: 'B only.' });
    const foreignConversation = await chat(server.url, other.customerKey, 'customer');
    for (const path of [`/knowledge/${foreign.body.id}`, '/knowledge/00000000-0000-4000-8000-000000000000', `/conversations/${foreignConversation.id}`, '/conversations/nope']) {
      const result = await m('GET', path);
      expect(result.status, path).toBe(404);
      expect(result.body.code).toBe('not_found');
    }
    expect((await m('PATCH', `/knowledge/${foreign.body.id}`, { title: 'Mine' })).status).toBe(404);
    expect((await m('DELETE', `/knowledge/${foreign.body.id}`)).status).toBe(404);
    expect((await m('GET', '/knowledge?q=secret')).body.articles).toEqual([]);
  });

  it('patches settings and reports exactly the changed fields', async () => {
    const first = await m('PATCH', '/settings', { tone: 'formal', branding: { agentName: 'Max', primaryColor: '#00aa11' } });
    expect(first.status).toBe(200);
    expect(first.body.changes).toEqual([
      { field: 'tone', from: 'friendly and professional', to: 'formal' },
      { field: 'branding.agentName', from: 'Assistant', to: 'Max' },
      { field: 'branding.primaryColor', from: '#2563EB', to: '#00AA11' },
    ]);
    expect((await m('PATCH', '/settings', { tone: 'formal' })).body.changes).toEqual([]);
    expect((await m('GET', '/settings')).body).toMatchObject({ tone: 'formal', branding: { agentName: 'Max', primaryColor: '#00AA11' } });
    expect((await api(server.url, other.managementKey, 'GET', '/api/v1/management/settings')).body.tone).toBe('friendly and professional');
  });

  it('takes feedback on assistant replies and shows it with QA in the transcript', async () => {
    const customer = await chat(server.url, server.customerKey, 'customer');
    await customer.say('What is your name?');
    const history = await api(server.url, server.customerKey, 'GET', `/api/v1/customer/conversations/${customer.id}/messages`);
    const [user, reply] = history.body.messages as { id: string }[];
    const base = `/api/v1/customer/conversations/${customer.id}/messages`;
    expect((await api(server.url, server.customerKey, 'POST', `${base}/${reply!.id}/feedback`, { rating: 'down' })).body).toEqual({ messageId: reply!.id, rating: 'down' });
    expect((await api(server.url, server.customerKey, 'POST', `${base}/${reply!.id}/feedback`, { rating: 'meh' })).status).toBe(400);
    expect((await api(server.url, server.customerKey, 'POST', `${base}/${user!.id}/feedback`, { rating: 'up' })).status).toBe(404);
    expect((await api(server.url, other.customerKey, 'POST', `${base}/${reply!.id}/feedback`, { rating: 'up' })).status).toBe(404);
    expect((await api(server.url, server.managementKey, 'POST', `${base}/${reply!.id}/feedback`, { rating: 'up' })).status).toBe(403);

    await expect.poll(async () => (await m('GET', `/conversations/${customer.id}`)).body.messages[1].qaScore).toBe(5);
    const detail = await m('GET', `/conversations/${customer.id}`);
    expect(detail.body.messages[1]).toMatchObject({ role: 'assistant', feedback: 'down', qaFlags: [] });
    expect(detail.body.conversation.qaScore).toBe(5);
    const negative = await m('GET', '/conversations?review=negative_feedback');
    expect(negative.body.conversations.map((c: { id: string }) => c.id)).toEqual([customer.id]);
    const analytics = await m('GET', '/analytics?days=1');
    expect(analytics.body).toMatchObject({ days: 1, feedback: { up: 0, down: 1 }, qaAverage: 5 });
  });

  it('answers per-day analytics buckets for the charts, every day of the window present', async () => {
    const customer = await chat(server.url, server.customerKey, 'customer');
    await customer.say('I want to talk to a human');
    await chat(server.url, other.customerKey, 'customer').then((c) => c.say('Other organization'));
    const series = await m('GET', '/analytics/timeseries?days=7');
    expect(series.status).toBe(200);
    expect(series.body).toMatchObject({ days: 7 });
    const today = new Date().toISOString().slice(0, 10);
    const dates = series.body.buckets.map((b: { date: string }) => b.date);
    expect(dates).toHaveLength(7);
    expect(dates.at(-1)).toBe(today);
    expect(series.body.since).toBe(`${dates[0]}T00:00:00.000Z`);
    for (let i = 1; i < 7; i++) expect(Date.parse(dates[i]) - Date.parse(dates[i - 1])).toBe(86_400_000);
    const last = series.body.buckets.at(-1);
    const listed = await m('GET', '/conversations?limit=100');
    const escalated = listed.body.conversations.filter((c: { status: string }) => c.status === 'escalated').length;
    expect(last).toMatchObject({ date: today, conversations: listed.body.total, escalations: escalated });
    expect(last.escalationRate).toBeCloseTo(escalated / listed.body.total, 2);
    expect(series.body.buckets[0]).toEqual({ date: dates[0], conversations: 0, escalations: 0, escalationRate: 0, qaAverage: null, feedbackUp: 0, feedbackDown: 0 });
    expect((await m('GET', '/analytics/timeseries')).body.buckets).toHaveLength(30);
  });

  it('searches the conversation list and filters it by status', async () => {
    const customer = await chat(server.url, server.customerKey, 'customer');
    await customer.say('Do you ship kayaks to Iceland?');
    const found = await m('GET', '/conversations?q=KAYAKS');
    expect(found.body.conversations.map((c: { id: string }) => c.id)).toEqual([customer.id]);
    expect(found.body.conversations[0]).toMatchObject({ status: 'active', preview: 'Do you ship kayaks to Iceland?' });
    expect((await m('GET', '/conversations?status=abandoned')).body.total).toBe(0);
    expect((await m('GET', '/conversations?status=resolved')).body.total).toBe(0);
    expect((await m('GET', `/conversations/${customer.id}`)).body.conversation.status).toBe('active');
  });

  it('describes every endpoint in /openapi.json', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ['/api/v1/management/knowledge', 'post'],
      ['/api/v1/management/knowledge', 'get'],
      ['/api/v1/management/knowledge/{id}', 'patch'],
      ['/api/v1/management/knowledge/{id}', 'delete'],
      ['/api/v1/management/settings', 'patch'],
      ['/api/v1/management/conversations', 'get'],
      ['/api/v1/management/conversations/{id}', 'get'],
      ['/api/v1/management/analytics', 'get'],
      ['/api/v1/management/analytics/timeseries', 'get'],
      ['/api/v1/customer/conversations/{id}/messages/{messageId}/feedback', 'post'],
    ]) {
      expect(doc.paths[path!]?.[method!], `${method} ${path}`).toBeDefined();
    }
  });
});
