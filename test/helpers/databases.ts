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
