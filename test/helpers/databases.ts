/**
 * Database URLs for tests: a temp SQLite file, or a fresh schema in the local PostgreSQL
 * (`PARLEY_TEST_POSTGRES_URL`, default postgres://postgres@127.0.0.1:5432/test) so parallel test files
 * never see each other's rows. Each factory returns a URL and a cleanup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POSTGRES_URL = process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  url: string;
  cleanup(): Promise<void>;
}

export async function sqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-db-'));
  return {
    name: 'sqlite',
    url: `sqlite:${join(dir, 'parley.db')}`,
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'postgres',
    url: url.toString(),
    async cleanup() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/** Both engines, for contract suites: `describe.each(DATABASES)`. */
export const DATABASES = [
  { name: 'sqlite', create: sqliteDatabase },
  { name: 'postgres', create: postgresDatabase },
] as const;

/**
 * A whole new PostgreSQL database (`parley_proc_…`), for tests of the real process: its first
 * start sees an empty database, as a new install does. Cleanup drops it, ending any connection
 * a killed server left behind.
 */
export async function freshPostgresDatabase(): Promise<TestDatabase> {
  const name = `parley_proc_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (query: string) => {
    const c = new pg.Client({ connectionString: POSTGRES_URL });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    url: url.toString(),
    cleanup: () => admin(`drop database if exists ${name} with (force)`),
  };
}
