/**
 * API keys over the management API (SEC-04), on SQLite and PostgreSQL: masked list, the secret
 * shown once, a new key working at once and a revoked one refused at once, on every instance
 * of one PostgreSQL database; the last management key cannot be revoked.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { api } from './agents/sse.ts';
import { DATABASES, postgresDatabase } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe.each(DATABASES)('keys API on $name', ({ create }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function server(): Promise<TestServer> {
    const db = await create();
    cleanups.push(() => db.cleanup());
    const s = await startTestServer({ databaseUrl: db.url });
    cleanups.push(() => s.close());
    return s;
  }
  const keys = (s: TestServer, key = s.managementKey) => api(s.url, key, 'GET', '/api/v1/management/keys');

  it('SEC-04: lists keys masked, shows a new one once; it works at once and stops at once when revoked', async () => {
    const s = await server();
    const listed = await keys(s);
    expect(listed.status).toBe(200);
    expect(listed.body.keys.map((k: any) => k.type).sort()).toEqual(['customer', 'management']);
    for (const k of listed.body.keys) {
      expect(Object.keys(k).sort()).toEqual(['createdAt', 'id', 'label', 'last4', 'lastUsedAt', 'type']);
      expect(JSON.stringify(k)).not.toContain(s.customerKey);
      expect(JSON.stringify(k)).not.toContain(s.managementKey);
    }
    const created = await api(s.url, s.managementKey, 'POST', '/api/v1/management/keys', { type: 'customer', label: 'Website' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'customer', label: 'Website', lastUsedAt: null, key: expect.stringMatching(/^lxc_/) });
    expect(created.body.last4).toBe(created.body.key.slice(-4));
    const after = await keys(s);
    expect(after.body.keys).toHaveLength(3);
    expect(JSON.stringify(after.body)).not.toContain(created.body.key);

    const use = () => api(s.url, created.body.key, 'POST', '/api/v1/customer/conversations');
    expect((await use()).status).toBe(201);
    expect((await api(s.url, s.managementKey, 'DELETE', `/api/v1/management/keys/${created.body.id}`)).status).toBe(204);
    const refused = await use();
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthorized');
    expect((await keys(s)).body.keys).toHaveLength(2);
    expect((await api(s.url, s.managementKey, 'DELETE', `/api/v1/management/keys/${created.body.id}`)).status).toBe(404);
  });

  it('refuses to revoke the last management key, and keys of other organizations', async () => {
    const s = await server();
    const mine = (await keys(s)).body.keys.find((k: any) => k.type === 'management');
    const last = await api(s.url, s.managementKey, 'DELETE', `/api/v1/management/keys/${mine.id}`);
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_management_key');
    // With a second one, the first can go (even the key making the request).
    const second = await api(s.url, s.managementKey, 'POST', '/api/v1/management/keys', { type: 'management' });
    expect(second.body.key).toMatch(/^lxm_/);
    expect((await api(s.url, s.managementKey, 'DELETE', `/api/v1/management/keys/${mine.id}`)).status).toBe(204);
    expect((await keys(s)).status).toBe(401);
    expect((await keys(s, second.body.key)).status).toBe(200);

    const other = await s.createOrg({ name: 'Other' });
    const foreign = (await keys(s, other.managementKey)).body.keys[0];
    expect((await api(s.url, second.body.key, 'DELETE', `/api/v1/management/keys/${foreign.id}`)).status).toBe(404);
    expect((await api(s.url, s.customerKey, 'GET', '/api/v1/management/keys')).status).toBe(403);
    for (const bad of [{}, { type: 'admin' }, { type: 'customer', label: '' }, { type: 'customer', extra: true }]) {
      expect((await api(s.url, second.body.key, 'POST', '/api/v1/management/keys', bad)).status, JSON.stringify(bad)).toBe(400);
    }
  });
});

describe('keys API on two instances of one PostgreSQL database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('SEC-05: a key created on one instance works on the other at once; a revocation holds on the revoking instance at once, on the other within a second', async () => {
    const db = await postgresDatabase();
    cleanups.push(() => db.cleanup());
    const a = await startTestServer({ databaseUrl: db.url });
    cleanups.push(() => a.close());
    const b = await startTestServer({ databaseUrl: db.url });
    cleanups.push(() => b.close());
    const created = await api(a.url, a.managementKey, 'POST', '/api/v1/management/keys', { type: 'customer' });
    expect((await api(b.url, created.body.key, 'POST', '/api/v1/customer/conversations')).status).toBe(201);
    // Both instances now hold the key in their caches (PostgreSQL: kept by change notifications).
    await new Promise((r) => setTimeout(r, 300));
    for (const s of [a, b]) expect((await api(s.url, created.body.key, 'POST', '/api/v1/customer/conversations')).status).toBe(201);
    expect((await api(a.url, a.managementKey, 'DELETE', `/api/v1/management/keys/${created.body.id}`)).status).toBe(204);
    expect((await api(a.url, created.body.key, 'POST', '/api/v1/customer/conversations')).status).toBe(401);
    const started = Date.now();
    while ((await api(b.url, created.body.key, 'POST', '/api/v1/customer/conversations')).status !== 401) {
      expect(Date.now() - started).toBeLessThan(1_000);
      await new Promise((r) => setTimeout(r, 10));
    }
  });
});
