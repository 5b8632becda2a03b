/**
 * TESTING.md DEL-12: the start-up durability self-check. The store reads its settings back
 * from the database; the server logs a warning naming what could lose acknowledged commits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../src/storage/create-store.ts';
import { sqliteDatabase, type TestDatabase } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('durability self-check (DEL-12)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });
  async function database(): Promise<TestDatabase> {
    const db = await sqliteDatabase();
    cleanups.push(() => db.cleanup());
    return db;
  }

  it('reports SQLite synchronous=normal, the documented exception, as a problem that names its setting', async () => {
    const store = await createStore((await database()).url, { sqliteSynchronous: 'normal' });
    const report = await store.durability();
    await store.close();
    expect(report.settings).toEqual({ journal_mode: 'wal', synchronous: 'normal' });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain('PARLEY_SQLITE_SYNCHRONOUS=normal');
  });

  it('reports an in-memory SQLite database', async () => {
    const store = await createStore('sqlite::memory:');
    const report = await store.durability();
    await store.close();
    expect(report.problems.join(' ')).toMatch(/in memory/);
  });

  it('the server logs a warning at start when the database is not fully durable, and an info line when it is', async () => {
    const servers: TestServer[] = [];
    try {
      const weak = await startTestServer({ env: { PARLEY_SQLITE_SYNCHRONOUS: 'normal' } });
      servers.push(weak);
      const durable = await startTestServer();
      servers.push(durable);
      const lines = (t: TestServer) => t.logs.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string; problems?: string[] });
      const warning = lines(weak).find((l) => l.msg === 'the database is not fully durable');
      expect(warning?.level).toBe(40);
      expect(warning?.problems?.[0]).toContain('synchronous=normal');
      expect(lines(durable).some((l) => l.msg === 'database durability settings checked')).toBe(true);
      expect(lines(durable).some((l) => l.msg === 'the database is not fully durable')).toBe(false);
    } finally {
      for (const s of servers) await s.close();
    }
  });
});
