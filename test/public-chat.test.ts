/**
 * Public chat sessions over a real socket: a token scoped to one conversation of one
 * organization (send, history, resume, stop, feedback on it; nothing else), `?access_token=`
 * on GET streams only, renewal, per-IP rate limit, the `publicChat` settings (off; allowed
 * origins), CORS preflights (TESTING.md SEC-17), and no token in the logs (SEC-19).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { SessionTokens } from '../src/public/session-tokens.ts';
import { api, chat, send } from './agents/sse.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

interface Session {
  token: string;
  conversationId: string;
  expiresAt: string;
}

const SECRET = 'test-session-secret-0123456789abcdef';
/** Tokens as the server signs them (same secret), e.g. issued two minutes ago with a one-minute life. */
const sameKey = new SessionTokens(SECRET, 60);

describe.each(DATABASES)('public chat sessions on $name', ({ create }) => {
  let database: TestDatabase;
  let server: TestServer;
  let slug: string;
  let other: { orgId: string; managementKey: string };
  let otherSlug: string;
  const tokensSeen: string[] = [];

  const open = async (body?: unknown, headers: Record<string, string> = {}, orgSlug = slug) => {
    const response = await fetch(`${server.url}/api/v1/public/${orgSlug}/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Session & { code?: string };
    if (response.ok) tokensSeen.push(json.token);
    return { status: response.status, headers: response.headers, body: json };
  };
  const settings = (patch: unknown, key = server.managementKey) => api(server.url, key, 'PATCH', '/api/v1/management/settings', patch);

  beforeAll(async () => {
    database = await create();
    server = await startTestServer({ databaseUrl: database.url, env: { PARLEY_PUBLIC_SESSIONS_PER_MINUTE: '1000', PARLEY_SESSION_SECRET: SECRET } });
    slug = (await server.store.getOrganization(server.orgId))!.slug;
    other = await server.createOrg({ name: 'Other Shop' });
    otherSlug = (await server.store.getOrganization(other.orgId))!.slug;
  });
  afterAll(async () => {
    await server?.close();
    await database?.cleanup();
  });

  it('PUB-01 opens a session without a key: a new conversation and a short-lived token that chats on it', async () => {
    const { status, body } = await open();
    expect(status).toBe(201);
    expect(body.token).toMatch(/^pcs_/);
    expect(body.token).not.toMatch(/lx[cm]_/);
    const ttl = Date.parse(body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(3500_000);
    expect(ttl).toBeLessThanOrEqual(3600_000);

    const reply = await send(server.url, body.token, `/api/v1/customer/conversations/${body.conversationId}/messages`, 'Hello');
    expect(reply.status).toBe(200);
    expect(reply.text.length).toBeGreaterThan(0);
    const history = await api(server.url, body.token, 'GET', `/api/v1/customer/conversations/${body.conversationId}/messages`);
    expect(history.status).toBe(200);
    const assistant = history.body.messages.find((m: { role: string }) => m.role === 'assistant');
    expect(assistant.content).toBe(reply.text);

    const resumed = await fetch(`${server.url}/api/v1/customer/conversations/${body.conversationId}/stream`, {
      headers: { Authorization: `Bearer ${body.token}` },
    });
    expect(resumed.status).toBe(200);
    expect(await resumed.text()).toContain('[DONE]');
    const feedback = await api(server.url, body.token, 'POST', `/api/v1/customer/conversations/${body.conversationId}/messages/${assistant.id}/feedback`, { rating: 'up' });
    expect(feedback).toMatchObject({ status: 200, body: { rating: 'up' } });
    expect((await api(server.url, body.token, 'POST', `/api/v1/customer/conversations/${body.conversationId}/stop`)).body).toEqual({ stopped: false });
  });

  it('PUB-02 a token reaches its own conversation only: others are 404, creating is 403, management is 403', async () => {
    const a = (await open()).body;
    const b = (await open()).body;
    expect((await api(server.url, a.token, 'GET', `/api/v1/customer/conversations/${b.conversationId}/messages`)).status).toBe(404);
    const foreignSend = await send(server.url, a.token, `/api/v1/customer/conversations/${b.conversationId}/messages`, 'hi');
    expect(foreignSend.status).toBe(404);
    const create = await api(server.url, a.token, 'POST', '/api/v1/customer/conversations');
    expect(create).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await api(server.url, a.token, 'GET', '/api/v1/management/settings')).status).toBe(403);
    expect((await api(server.url, a.token, 'GET', `/api/v1/management/conversations/${a.conversationId}`)).status).toBe(403);
  });

  it('PUB-03 refuses forged, altered, expired and other-server tokens with 401', async () => {
    const { body } = await open();
    const path = `/api/v1/customer/conversations/${body.conversationId}/messages`;
    const [payload, signature] = body.token.slice(4).split('.') as [string, string];
    const flipped = `pcs_${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const foreign = new SessionTokens('another-server-secret-of-at-least-32-chars', 60).issue(server.orgId, body.conversationId).token;
    const expired = sameKey.issue(server.orgId, body.conversationId, Date.now() - 120_000).token;
    const live = sameKey.issue(server.orgId, body.conversationId).token;
    expect((await api(server.url, live, 'GET', path)).status).toBe(200);
    for (const token of [flipped, foreign, expired, 'pcs_garbage', `${body.token}x`]) {
      const res = await api(server.url, token, 'GET', path);
      expect(res.status, token).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    }
  });

  it('PUB-04 ?access_token= is read on GET streams only, never on other paths', async () => {
    const { body } = await open();
    const base = `${server.url}/api/v1/customer/conversations/${body.conversationId}`;
    await send(server.url, body.token, `/api/v1/customer/conversations/${body.conversationId}/messages`, 'Hi');
    const stream = await fetch(`${base}/stream?access_token=${encodeURIComponent(body.token)}`);
    expect(stream.status).toBe(200);
    expect(await stream.text()).toContain('[DONE]');
    expect((await fetch(`${base}/messages?access_token=${encodeURIComponent(body.token)}`)).status).toBe(401);
    const post = await fetch(`${base}/stop?access_token=${encodeURIComponent(body.token)}`, { method: 'POST' });
    expect(post.status).toBe(401);
  });

  it('PUB-05 renews the token of its own conversation, also after expiry; a conversation id alone is refused', async () => {
    const first = (await open()).body;
    const renewed = await open({ conversationId: first.conversationId, token: first.token });
    expect(renewed.status).toBe(201);
    expect(renewed.body.conversationId).toBe(first.conversationId);
    expect((await open({ conversationId: first.conversationId })).body.code).toBe('invalid_request');
    const expired = sameKey.issue(server.orgId, first.conversationId, Date.now() - 120_000).token;
    const afterExpiry = await open({ token: expired });
    expect(afterExpiry.status).toBe(201);
    expect(afterExpiry.body.conversationId).toBe(first.conversationId);
    const tooOld = sameKey.issue(server.orgId, first.conversationId, Date.now() - 8 * 24 * 3600_000).token;
    expect((await open({ token: tooOld })).status).toBe(401);
    const other2 = (await open()).body;
    expect((await open({ conversationId: other2.conversationId, token: first.token })).status).toBe(401);
    // A token of another organization does not renew here.
    const foreignOrg = (await open(undefined, {}, otherSlug)).body;
    expect((await open({ token: foreignOrg.token })).status).toBe(401);
  });

  it('PUB-06 unknown slugs and a switched-off public chat are 404; tokens stop working when it is off', async () => {
    expect((await open(undefined, {}, 'no-such-org')).status).toBe(404);
    const before = (await open(undefined, {}, otherSlug)).body;
    expect((await settings({ publicChat: { enabled: false } }, other.managementKey)).status).toBe(200);
    expect((await open(undefined, {}, otherSlug)).status).toBe(404);
    expect((await api(server.url, before.token, 'GET', `/api/v1/customer/conversations/${before.conversationId}/messages`)).status).toBe(404);
    expect((await fetch(`${server.url}/chat/${otherSlug}`)).status).toBe(404);
    await settings({ publicChat: { enabled: true } }, other.managementKey);
    expect((await open(undefined, {}, otherSlug)).status).toBe(201);
  });

  it('PUB-07 settings: publicChat defaults on with no list; origins are validated and normalised', async () => {
    const current = await api(server.url, server.managementKey, 'GET', '/api/v1/management/settings');
    expect(current.body.publicChat).toEqual({ enabled: true, allowedOrigins: [] });
    for (const bad of ['example.com', 'https://shop.example/path', 'ftp://shop.example', 'null', 'https://shop.example?q']) {
      const res = await settings({ publicChat: { allowedOrigins: [bad] } });
      expect(res.status, bad).toBe(400);
    }
    const ok = await settings({ publicChat: { allowedOrigins: ['https://Shop.Example', 'http://127.0.0.1:8080/'] } });
    expect(ok.status).toBe(200);
    expect(ok.body.settings.publicChat.allowedOrigins).toEqual(['https://shop.example', 'http://127.0.0.1:8080']);
    expect(ok.body.changes).toEqual([{ field: 'publicChat.allowedOrigins', from: [], to: ['https://shop.example', 'http://127.0.0.1:8080'] }]);
    await settings({ publicChat: { allowedOrigins: [] } });
  });

  it('PUB-18 by chat: the configuration agent turns the public chat off and on and sets the allowed origins', async () => {
    const admin = await chat(server.url, other.managementKey, 'management');
    const off = await admin.say('Turn off the public chat');
    expect(off.text).toContain('public chat');
    expect((await open(undefined, {}, otherSlug)).status).toBe(404);
    await admin.say('Turn on the public chat');
    const listed = await admin.say('Only allow origins https://shop.example, https://www.shop.example');
    expect(listed.text).toContain('https://www.shop.example');
    const current = await api(server.url, other.managementKey, 'GET', '/api/v1/management/settings');
    expect(current.body.publicChat).toEqual({ enabled: true, allowedOrigins: ['https://shop.example', 'https://www.shop.example'] });
    const refused = await admin.say('Only allow origins shop.example');
    expect(refused.text).not.toMatch(/^Done/);
    await admin.say('Allow any origin');
    expect((await api(server.url, other.managementKey, 'GET', '/api/v1/management/settings')).body.publicChat.allowedOrigins).toEqual([]);
  });

  describe('SEC-17 CORS', () => {
    const preflight = (path: string, origin: string) =>
      fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
      });

    afterAll(async () => {
      await settings({ publicChat: { allowedOrigins: [] } });
    });

    it('answers preflights from any origin while no list is set, with the exact origin echoed', async () => {
      for (const path of [`/api/v1/public/${slug}/sessions`, '/api/v1/customer/conversations/x/messages']) {
        const res = await preflight(path, 'http://127.0.0.1:4444');
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4444');
        expect(res.headers.get('vary')).toContain('Origin');
        expect(res.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, Idempotency-Key, Last-Event-ID');
        expect(res.headers.get('access-control-allow-methods')).toContain('POST');
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
      const created = await open(undefined, { Origin: 'http://127.0.0.1:4444' });
      expect(created.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4444');
      expect(created.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect(created.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
    });

    it('with a list: the listed origin and Parley itself pass; null, look-alikes and others get no CORS headers and 403', async () => {
      await settings({ publicChat: { allowedOrigins: ['https://example.com'] } });
      const path = `/api/v1/public/${slug}/sessions`;
      const good = await preflight(path, 'https://example.com');
      expect(good.headers.get('access-control-allow-origin')).toBe('https://example.com');
      for (const origin of ['null', 'https://evil-example.com', 'https://example.com.evil.test', 'http://example.com']) {
        const res = await preflight(path, origin);
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
        const actual = await open(undefined, { Origin: origin });
        expect(actual.status, origin).toBe(403);
        expect(actual.body.code).toBe('origin_not_allowed');
        expect(actual.headers.get('access-control-allow-origin')).toBeNull();
      }
      expect((await open(undefined, { Origin: 'https://example.com' })).status).toBe(201);
      expect((await open(undefined, { Origin: server.url })).status).toBe(201);
      // The token's own requests from a foreign origin are refused too.
      const { body } = await open(undefined, { Origin: 'https://example.com' });
      const history = await fetch(`${server.url}/api/v1/customer/conversations/${body.conversationId}/messages`, {
        headers: { Authorization: `Bearer ${body.token}`, Origin: 'https://evil-example.com' },
      });
      expect(history.status).toBe(403);
      const allowed = await fetch(`${server.url}/api/v1/customer/conversations/${body.conversationId}/messages`, {
        headers: { Authorization: `Bearer ${body.token}`, Origin: 'https://example.com' },
      });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://example.com');
      // A streamed reply carries them too (the SSE response copies the reply's headers).
      const streamed = await fetch(`${server.url}/api/v1/customer/conversations/${body.conversationId}/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${body.token}`, Origin: 'https://example.com', 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'Hello' }),
      });
      expect(streamed.headers.get('content-type')).toContain('text/event-stream');
      expect(streamed.headers.get('access-control-allow-origin')).toBe('https://example.com');
      expect(streamed.headers.get('access-control-expose-headers')).toContain('Parley-Reply-Id');
      expect(await streamed.text()).toContain('[DONE]');
      // And the hosted page may be framed only by the listed origins.
      const page = await fetch(`${server.url}/chat/${slug}`);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://example.com");
    });

    it('management routes and key-authenticated calls send no CORS headers', async () => {
      const res = await preflight('/api/v1/management/settings', 'http://127.0.0.1:4444');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const keyed = await fetch(`${server.url}/api/v1/management/settings`, {
        headers: { Authorization: `Bearer ${server.managementKey}`, Origin: 'http://127.0.0.1:4444' },
      });
      expect(keyed.status).toBe(200);
      expect(keyed.headers.get('access-control-allow-origin')).toBeNull();
      const customer = await fetch(`${server.url}/api/v1/customer/conversations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.customerKey}`, Origin: 'http://127.0.0.1:4444' },
      });
      expect(customer.status).toBe(201);
      expect(customer.headers.get('access-control-allow-origin')).toBeNull();
      // An unknown path under a preflight prefix is still a 404, not a 405.
      expect((await fetch(`${server.url}/api/v1/public/${slug}/nothing`)).status).toBe(404);
    });
  });

  it('PUB-08 the hosted page and widget hold no key; an unknown slug gets a 404 page', async () => {
    const page = await fetch(`${server.url}/chat/${slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('"welcomeHeading"');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const text of [html, ...(await Promise.all([...scripts, '/widget.js'].map(async (s) => (await fetch(server.url + s)).text())))]) {
      expect(text).not.toMatch(/lx[cm]_/);
    }
    const missing = await fetch(`${server.url}/chat/no-such-org`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/html');
    expect(await missing.text()).toContain('Chat not found');
  });

  it('PUB-23 the page carries the branding in its markup, escaped, and in its JSON, unable to close the script element', async () => {
    const hostile = '</script><script>window.__xss=1</script><!--';
    expect((await settings({ branding: { welcomeHeading: `Hi ${hostile}`, agentName: '<b>Ava</b>' } }, other.managementKey)).status).toBe(200);
    const html = await (await fetch(`${server.url}/chat/${otherSlug}`)).text();
    expect(html).toContain('<h1>Hi &lt;/script&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;!--</h1>');
    expect(html).toContain('<p class="agent-name">&lt;b&gt;Ava&lt;/b&gt;</p>');
    expect(html).not.toContain('<script>window.__xss');
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the config's and the module's own
    const json = /<script type="application\/json" id="parley-config">(.*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).branding.welcomeHeading).toBe(`Hi ${hostile}`);
    await settings({ branding: { welcomeHeading: 'Hi! How can we help?', agentName: 'Assistant' } }, other.managementKey);
  });

  it('SEC-19 no session token appears in the logs', async () => {
    expect(tokensSeen.length).toBeGreaterThan(5);
    const logs = server.logs.join('');
    for (const token of tokensSeen) expect(logs).not.toContain(token.slice(4, 40));
  });
});

describe('public session rate limit (per client IP)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PARLEY_PUBLIC_SESSIONS_PER_MINUTE: '3' } });
  });
  afterAll(() => server.close());

  it('PUB-09 answers 429 with Retry-After past PARLEY_PUBLIC_SESSIONS_PER_MINUTE', async () => {
    const slug = (await server.store.getOrganization(server.orgId))!.slug;
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${server.url}/api/v1/public/${slug}/sessions`, { method: 'POST' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ code: 'rate_limited' });
  });
});

describe('public session rate limit behind a reverse proxy (PARLEY_TRUST_PROXY)', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });
  const burst = async (server: TestServer, forwardedFor: string[]) => {
    const slug = (await server.store.getOrganization(server.orgId))!.slug;
    const statuses: number[] = [];
    for (const ip of forwardedFor) {
      const res = await fetch(`${server.url}/api/v1/public/${slug}/sessions`, { method: 'POST', headers: { 'X-Forwarded-For': ip } });
      statuses.push(res.status);
    }
    return statuses;
  };

  it('PUB-20 counts each client named by a trusted proxy apart; an untrusted X-Forwarded-For changes nothing', async () => {
    const trusting = await startTestServer({ env: { PARLEY_PUBLIC_SESSIONS_PER_MINUTE: '1', PARLEY_TRUST_PROXY: '127.0.0.1' } });
    servers.push(trusting);
    expect(await burst(trusting, ['203.0.113.1', '203.0.113.2', '203.0.113.1'])).toEqual([201, 201, 429]);
    const direct = await startTestServer({ env: { PARLEY_PUBLIC_SESSIONS_PER_MINUTE: '1' } });
    servers.push(direct);
    expect(await burst(direct, ['203.0.113.1', '203.0.113.2'])).toEqual([201, 429]);
  });

  it('PUB-21 PARLEY_TRUST_PROXY accepts true, false or addresses, and nothing else', async () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PARLEY_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ PARLEY_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
    expect(() => loadConfig({ PARLEY_TRUST_PROXY: 'nginx' })).toThrow(/PARLEY_TRUST_PROXY/);
  });
});

describe('session tokens without PARLEY_SESSION_SECRET', () => {
  it('PUB-24 survive a restart and work on another instance of the same database (the key is kept in the database)', async () => {
    const first = await startTestServer();
    const slug = (await first.store.getOrganization(first.orgId))!.slug;
    const session = (await (await fetch(`${first.url}/api/v1/public/${slug}/sessions`, { method: 'POST' })).json()) as Session;
    const path = `/api/v1/customer/conversations/${session.conversationId}/messages`;
    const second = await startTestServer({ databaseUrl: first.databaseUrl });
    try {
      expect((await api(second.url, session.token, 'GET', path)).status).toBe(200);
      await first.server.shutdown();
      const third = await startTestServer({ databaseUrl: first.databaseUrl });
      expect((await api(third.url, session.token, 'GET', path)).status).toBe(200);
      await third.close();
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describe('public session rate limit shared through Redis', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('PUB-17 two instances with one REDIS_URL count one client IP together', async () => {
    const env = {
      PARLEY_PUBLIC_SESSIONS_PER_MINUTE: '3',
      REDIS_URL: process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      PARLEY_REDIS_PREFIX: `parley-test-${process.pid}-${Date.now()}:`,
    };
    const a = await startTestServer({ env });
    servers.push(a);
    const b = await startTestServer({ env, databaseUrl: a.databaseUrl });
    servers.push(b);
    const slug = (await a.store.getOrganization(a.orgId))!.slug;
    const statuses: number[] = [];
    for (const server of [a, b, a, b]) {
      statuses.push((await fetch(`${server.url}/api/v1/public/${slug}/sessions`, { method: 'POST' })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
