/** Opens the store named by `DATABASE_URL`: `sqlite:<path>` (default) or `postgres://…`. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { KyselyStore } from './kysely-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import { KyselyAgentStore, type AgentStore } from './agent-store.ts';
import { SqliteAgentStore } from './sqlite-agent-store.ts';
import type { Store } from './types.ts';

type SqliteDatabase = import('better-sqlite3').Database;

/**
 * Kysely prepares every query anew; preparing costs more than running most of ours. Keep the
 * prepared statements of the most recent distinct SQL texts (bounded: multi-row inserts make
 * many texts). Safe because better-sqlite3 runs a statement to completion synchronously.
 */
export function withStatementCache(database: SqliteDatabase, size = 256): SqliteDatabase {
  const cache = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  const prepare = database.prepare.bind(database);
  const cached = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property === 'prepare') return cached;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface StoreOptions {
  /**
   * SQLite only. `full` (default): a commit survives power loss. `normal`: a commit survives a
   * killed process but the last ones may roll back on power loss; commits no longer fsync.
   */
  sqliteSynchronous?: 'full' | 'normal';
}

export async function createStore(databaseUrl: string, options: StoreOptions = {}): Promise<KyselyStore> {
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    const pg = await import('pg');
    const pool = new pg.default.Pool({ connectionString: databaseUrl, max: 10 });
    return new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
  }
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    if (path === '') throw new Error('DATABASE_URL sqlite: needs a path, e.g. sqlite:./data/parley.db');
    const { default: SQLite } = await import('better-sqlite3');
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const database = new SQLite(path);
    database.pragma('journal_mode = WAL');
    // FULL by default: a committed reply survives power loss as well as a killed process
    // (TESTING.md DEL-12). NORMAL is the documented exception for speed.
    database.pragma(`synchronous = ${options.sqliteSynchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    return new SqliteStore(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
      database,
    );
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}

/** The agents' store over the same connection as `store` (a store made by {@link createStore}). */
export function agentStoreFor(store: Store): AgentStore {
  if (store instanceof SqliteStore) return new SqliteAgentStore(store);
  if (store instanceof KyselyStore) return new KyselyAgentStore(store);
  throw new Error('The agents need a store made by createStore.');
}
