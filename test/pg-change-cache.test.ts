/**
 * PostgreSQL: each process caches the API key a request carries and the agent settings it
 * reads, and change notifications keep those caches correct (src/storage/pg-change-feed.ts).
 * Two stores on one database stand for two instances; plain SQL stands for the CLI or psql.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/keys.ts';
import { agentStoreFor, createStore } from '../src/storage/create-store.ts';
import type { KyselyStore } from '../src/storage/kysely-store.ts';
import { postgresDatabase, type TestDatabase } from './helpers/databases.ts';

/** Polls `check` every 10 ms until it holds; returns how long that took, or throws after `ms`. */
async function within(ms: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Counts the statements `store` sends to PostgreSQL whose prepared name contains `name`. */
function counter(store: KyselyStore, name: string): () => number {
  const pool = store.pgPool!;
  let n = 0;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const config = args[0] as { name?: string } | undefined;
    if (typeof config?.name === 'string' && config.name.includes(name)) n++;
    return query(...args);
  };
  return () => n;
}

describe('PostgreSQL caches of keys and settings, kept by change notifications', () => {
  let db: TestDatabase;
  let store: KyselyStore;
  let other: KyselyStore;
  let admin: pg.Client;
  let lookups: () => number;

  beforeAll(async () => {
    db = await postgresDatabase();
    store = await createStore(db.url);
    await store.migrate();
    other = await createStore(db.url);
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    lookups = counter(store, 'find_api_key');
  });

  afterAll(async () => {
    await admin?.end();
    await store?.close();
    await other?.close();
    await db?.cleanup();
  });

  async function key(credits: number | null = null) {
    const slug = `o-${Math.random().toString(36).slice(2, 10)}`;
    const organization = await other.createOrganization({ name: slug, slug, credits });
    const generated = generateApiKey('customer');
    const record = await other.createApiKey({ orgId: organization.id, type: 'customer', keyHash: generated.hash, last4: generated.last4, label: null });
    return { organization, record, hash: generated.hash };
  }

  /** Looks the key up until the cache holds it: the listening connection is up by then. */
  async function cached(hash: string) {
    await within(5_000, async () => {
      await store.findApiKeyByHash(hash);
      const before = lookups();
      await store.findApiKeyByHash(hash);
      return lookups() === before;
    });
  }

  it('SEC-05: a key is read from the database once while nothing changes', async () => {
    const { hash } = await key();
    await cached(hash);
    const before = lookups();
    for (let i = 0; i < 50; i++) expect((await store.findApiKeyByHash(hash))?.key.revokedAt).toBeNull();
    expect(lookups()).toBe(before);
    // Unknown keys are never cached: each is a database read.
    const unknown = generateApiKey('customer').hash;
    await store.findApiKeyByHash(unknown);
    await store.findApiKeyByHash(unknown);
    expect(lookups()).toBe(before + 2);
  });

  it('SEC-05: a revocation by this instance is seen by its very next lookup', async () => {
    const { organization, record, hash } = await key();
    await cached(hash);
    expect(await store.revokeApiKey(organization.id, record.id)).toBe(true);
    expect((await store.findApiKeyByHash(hash))?.key.revokedAt).not.toBeNull();
  });

  it('SEC-05: a revocation by another instance, or by plain SQL as the CLI makes it, is seen within 1 s', async () => {
    const a = await key();
    await cached(a.hash);
    await other.revokeApiKey(a.organization.id, a.record.id);
    const tookA = await within(1_000, async () => (await store.findApiKeyByHash(a.hash))?.key.revokedAt !== null);

    const b = await key();
    await cached(b.hash);
    await admin.query('update api_keys set revoked_at = $1 where key_hash = $2', [new Date().toISOString(), b.hash]);
    const tookB = await within(1_000, async () => (await store.findApiKeyByHash(b.hash))?.key.revokedAt !== null);
    // The notification, not the 1 s lifetime, ended both entries.
    expect(Math.max(tookA, tookB)).toBeLessThan(900);
  });

  it('an organization whose credits run out, or that is renamed, is seen within 1 s; a debit that leaves credits is not announced', async () => {
    const { organization, hash } = await key(100);
    await cached(hash);
    await admin.query('update organizations set credits = 60 where id = $1', [organization.id]);
    const before = lookups();
    await store.findApiKeyByHash(hash);
    expect(lookups()).toBe(before);
    await admin.query('update organizations set credits = 0 where id = $1', [organization.id]);
    await within(900, async () => (await store.findApiKeyByHash(hash))?.organization.credits === 0);
    await admin.query("update organizations set name = 'Renamed' where id = $1", [organization.id]);
    await within(900, async () => (await store.findApiKeyByHash(hash))?.organization.name === 'Renamed');
  });

  it('settings saved by another instance reach this one; its own saves are seen at once', async () => {
    const { organization } = await key();
    const mine = agentStoreFor(store);
    const theirs = agentStoreFor(other);
    const reads = counter(store, 'agent_settings');
    const defaults = await mine.getSettings(organization.id);
    await within(5_000, async () => {
      const n = reads();
      await mine.getSettings(organization.id);
      return reads() === n;
    });
    await theirs.saveSettings(organization.id, { ...defaults, tone: 'Ada' });
    await within(900, async () => (await mine.getSettings(organization.id)).tone === 'Ada');
    await mine.saveSettings(organization.id, { ...defaults, tone: 'Grace' });
    expect((await mine.getSettings(organization.id)).tone).toBe('Grace');
  });

  it('with the cache off (PARLEY_PG_CACHE=off, e.g. behind PgBouncer) every lookup reads the database', async () => {
    const uncached = await createStore(db.url, { pgCache: false });
    try {
      expect(uncached.caches).toBeUndefined();
      const { hash } = await key();
      const reads = counter(uncached, 'find_api_key');
      for (let i = 0; i < 5; i++) await uncached.findApiKeyByHash(hash);
      expect(reads()).toBe(5);
    } finally {
      await uncached.close();
    }
  });

  it('while the listening connection is down nothing is served from the cache, and caching resumes when it is back', async () => {
    const { hash } = await key();
    await cached(hash);
    const pid = store.caches!.feed.backendPid;
    expect(pid).toBeDefined();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await within(2_000, () => !store.caches!.feed.live);
    // Revoked while no notification can arrive: the next lookup reads the database.
    await admin.query('update api_keys set revoked_at = $1 where key_hash = $2', [new Date().toISOString(), hash]);
    expect((await store.findApiKeyByHash(hash))?.key.revokedAt).not.toBeNull();
    const fresh = await key();
    await cached(fresh.hash);
    expect(store.caches!.feed.backendPid).not.toBe(pid);
  });
});
