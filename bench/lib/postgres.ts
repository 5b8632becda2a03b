/**
 * The benchmark's PostgreSQL mode: a fresh database on the local server for one run, dropped
 * afterwards, and the Redis keys of one run's prefix deleted afterwards. Only 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';

/** The server the benchmark creates its database on (trust authentication on the dev machines). */
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface BenchDatabase {
  name: string;
  /** DATABASE_URL of the new database. */
  url: string;
  /** Drops it (every connection to it is ended first). Safe to call twice. */
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, work: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `parley_bench_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** A prefix no other run shares, for PARLEY_REDIS_PREFIX. */
export function benchRedisPrefix(): string {
  return `parley-bench-${randomBytes(6).toString('hex')}:`;
}

/** Deletes every Redis key under `prefix` (the rate-limit counters); returns how many. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
  try {
    await redis.connect();
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
