/** Opens the store named by `DATABASE_URL`: `sqlite:<path>` (default) or `postgres://…`. */
import { closeSync, constants, accessSync, existsSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { KyselyStore } from './kysely-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import { KyselyAgentStore, type AgentStore } from './agent-store.ts';
import { PgAgentStore } from './pg-agent-store.ts';
import { SqliteAgentStore } from './sqlite-agent-store.ts';
import type { Store } from './types.ts';
import type { HandoffStore } from './handoff-store.ts';
import { PgHandoffStore } from './pg-handoff-store.ts';
import { SqliteHandoffStore } from './sqlite-handoff-store.ts';

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
  /**
   * PostgreSQL only. Cache the key a request carries and the settings, kept correct by
   * LISTEN/NOTIFY (default true). Off where notifications cannot arrive, e.g. behind PgBouncer
   * in transaction pooling mode.
   */
  pgCache?: boolean;
}

/**
 * How long opening one PostgreSQL connection may take (TCP, TLS, authentication). Without it a
 * host that drops packets leaves a start waiting for the kernel's TCP timeout (minutes).
 */
export const POSTGRES_CONNECT_TIMEOUT_MS = 4000;

/**
 * Opens the store. Every failure to open is an `Error` whose message is one line naming the
 * cause (`cannot connect to PostgreSQL at host:port (connection refused)`), without the URL's
 * password; nothing (pool, socket, timer) is left open after a failure.
 */
export async function createStore(databaseUrl: string, options: StoreOptions = {}): Promise<KyselyStore> {
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    return openPostgres(databaseUrl, options.pgCache ?? true);
  }
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    if (path === '') throw new Error('DATABASE_URL sqlite: needs a path, e.g. sqlite:./data/parley.db');
    return openSqlite(path, options);
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}

async function openPostgres(databaseUrl: string, cache: boolean): Promise<KyselyStore> {
  const { default: pg } = await import('pg');
  // The timeout goes on each connection, not on the pool: a pool-level `connectionTimeoutMillis`
  // would also fail requests that merely wait for a free connection under load.
  class BoundedClient extends pg.Client {
    constructor(config?: import('pg').ClientConfig) {
      super({ ...config, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
    }
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, Client: BoundedClient });
  // Connect once now, so an unreachable or refusing database is reported as such at start
  // rather than as the first query's error.
  try {
    (await pool.connect()).release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(`cannot connect to PostgreSQL at ${postgresAddress(databaseUrl)} (${postgresReason(err)})`);
  }
  // One more connection, outside the pool, LISTENs for changes of cached rows (pg-change-feed.ts).
  const connect = () => new BoundedClient({ connectionString: databaseUrl });
  return new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres', pool, cache ? connect : undefined);
}

/** `host:port` of a PostgreSQL URL, never its user or password. */
function postgresAddress(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.searchParams.get('host') ?? (url.hostname === '' ? 'localhost' : url.hostname);
    return `${host}:${url.port === '' ? '5432' : url.port}`;
  } catch {
    return 'the DATABASE_URL address';
  }
}

function postgresReason(err: unknown): string {
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case 'ECONNRESET':
      return 'connection reset by the server';
  }
  const message = String(e.message ?? err).split('\n')[0]!;
  // pg's own connect timeout (POSTGRES_CONNECT_TIMEOUT_MS) destroys the socket with one of these.
  if (/timeout expired|connection timeout/i.test(message)) return `no answer within ${POSTGRES_CONNECT_TIMEOUT_MS / 1000} s`;
  if (/Connection terminated unexpectedly/i.test(message)) return 'the server closed the connection';
  // Server errors (wrong database, authentication) say what is wrong and hold no password.
  return message;
}

function openSqlite(path: string, options: StoreOptions): Promise<KyselyStore> {
  const fail = (reason: string) => new Error(`cannot open SQLite database ${path}: ${reason}`);
  return import('better-sqlite3').then(({ default: SQLite }) => {
    if (path !== ':memory:') {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (err) {
        throw fail(directoryReason(dirname(path), err));
      }
    }
    let database: SqliteDatabase | undefined;
    try {
      database = new SQLite(path);
      database.pragma('journal_mode = WAL');
      // FULL by default: a committed reply survives power loss as well as a killed process
      // (TESTING.md DEL-12). NORMAL is the documented exception for speed.
      database.pragma(`synchronous = ${options.sqliteSynchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
    } catch (err) {
      database?.close();
      throw fail(sqliteReason(path, err));
    }
    return new SqliteStore(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
      database,
    );
  });
}

/** Why the directory of the database could not be created. */
function directoryReason(dir: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    // Some part of the path is a regular file.
    for (let at = dir; at !== dirname(at); at = dirname(at)) {
      if (existsSync(at) && !statSync(at).isDirectory()) return `${at} is a file, not a directory`;
    }
  }
  return `cannot create directory ${dir} (${osReason(err)})`;
}

function sqliteReason(path: string, err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return 'the file is not a SQLite database';
  if (code === 'SQLITE_BUSY') return 'the database is locked by another process';
  if (code.startsWith('SQLITE_READONLY')) return 'the database is read-only';
  if (code.startsWith('SQLITE_CANTOPEN') && path !== ':memory:') {
    // SQLite only says "unable to open database file"; ask the file system why.
    const dir = dirname(path);
    try {
      accessSync(dir, constants.W_OK);
    } catch (accessErr) {
      return `directory ${dir} is read-only (${osReason(accessErr)})`;
    }
    const existed = existsSync(path);
    try {
      closeSync(openSync(path, 'a'));
      if (!existed) unlinkSync(path);
    } catch (openErr) {
      const c = (openErr as NodeJS.ErrnoException).code;
      if (c === 'EISDIR') return 'the path is a directory';
      if (!existed && (c === 'ENOENT' || c === 'EACCES' || c === 'EPERM' || c === 'EROFS')) return `directory ${dir} is read-only (${osReason(openErr)})`;
      return osReason(openErr);
    }
  }
  return String((err as Error).message ?? err).split('\n')[0]!;
}

/** A file-system error as words, without the stack or the syscall. */
function osReason(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'ENOENT':
      return 'no such file or directory, and none can be created there';
    default:
      return String((err as Error).message ?? err).split('\n')[0]!;
  }
}

/** The agents' store over the same connection as `store` (a store made by {@link createStore}). */
export function agentStoreFor(store: Store): AgentStore {
  if (store instanceof SqliteStore) return new SqliteAgentStore(store);
  if (store instanceof KyselyStore) {
    const pool = store.pgPool;
    return pool ? new PgAgentStore(store, pool) : new KyselyAgentStore(store);
  }
  throw new Error('The agents need a store made by createStore.');
}

/** The handoff and webhook store over the same connection as `store` (issue 14). */
export function handoffStoreFor(store: Store): HandoffStore {
  if (store instanceof SqliteStore) return new SqliteHandoffStore(store);
  if (store instanceof KyselyStore) return new PgHandoffStore(store);
  throw new Error('The handoff store needs a store made by createStore.');
}
