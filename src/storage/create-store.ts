/** Opens the store named by `DATABASE_URL`: `sqlite:<path>` (default) or `postgres://…`. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { KyselyStore } from './kysely-store.ts';

export async function createStore(databaseUrl: string): Promise<KyselyStore> {
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
    // FULL: a committed reply survives power loss as well as a killed process (TESTING.md DEL-12).
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), 'sqlite');
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}
