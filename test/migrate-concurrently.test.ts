/**
 * Several instances starting together on one new PostgreSQL database migrate it once: the
 * others wait on the advisory lock and then find nothing to do (none fails).
 */
import { expect, it } from 'vitest';
import { createStore } from '../src/storage/create-store.ts';
import { postgresDatabase } from './helpers/databases.ts';

it('four stores migrating one new PostgreSQL schema at once all succeed, and each migration runs once', async () => {
  for (let round = 0; round < 5; round++) {
    const db = await postgresDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => createStore(db.url)));
    try {
      const results = await Promise.allSettled(stores.map((s) => s.migrate()));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await stores[0]!.countOrganizations()).toBe(0);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await db.cleanup();
    }
  }
});
