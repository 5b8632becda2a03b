import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteGroupCommit } from '../src/storage/sqlite-group-commit.ts';

describe('SqliteGroupCommit', () => {
  let dir: string;
  let writer: SQLite.Database;
  let reader: SQLite.Database;
  let commits: SqliteGroupCommit;
  const count = (db: SQLite.Database) => (db.prepare('select count(*) as n from t').get() as { n: number }).n;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-group-commit-'));
    writer = new SQLite(join(dir, 'db.sqlite'));
    writer.pragma('journal_mode = WAL');
    writer.pragma('foreign_keys = ON');
    writer.exec(`create table parent (id integer primary key);
      create table t (v text not null unique, parent integer references parent(id) deferrable initially deferred)`);
    reader = new SQLite(join(dir, 'db.sqlite'), { readonly: true });
    commits = new SqliteGroupCommit(writer);
  });
  afterEach(() => {
    reader.close();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the units of one tick in one transaction and resolves them after its commit', async () => {
    const seenByOtherConnection: number[] = [];
    const insert = writer.prepare('insert into t (v) values (?)');
    const results = Promise.all(
      ['a', 'b', 'c'].map((v) =>
        commits.run(() => {
          insert.run(v);
          // Another connection sees nothing of the batch until its single commit.
          seenByOtherConnection.push(count(reader));
          return v.toUpperCase();
        }),
      ),
    );
    expect(count(reader)).toBe(0);
    expect(await results).toEqual(['A', 'B', 'C']);
    expect(seenByOtherConnection).toEqual([0, 0, 0]);
    expect(count(reader)).toBe(3);
  });

  it('a unit that throws is rolled back alone; the rest of its batch commits', async () => {
    const insert = writer.prepare('insert into t (v) values (?)');
    const outcomes = await Promise.allSettled([
      commits.run(() => insert.run('a')),
      commits.run(() => {
        insert.run('b');
        insert.run('a'); // unique violation: 'b' must go too
      }),
      commits.run(() => insert.run('c')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((writer.prepare('select v from t order by v').all() as { v: string }[]).map((r) => r.v)).toEqual(['a', 'c']);
  });

  it('when the commit fails every unit of the batch rejects and nothing is written', async () => {
    const insert = writer.prepare('insert into t (v, parent) values (?, ?)');
    // A deferred foreign key is checked at COMMIT: the one bad row fails the whole commit.
    const outcomes = await Promise.allSettled([commits.run(() => insert.run('a', null)), commits.run(() => insert.run('b', 42))]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(count(reader)).toBe(0);
    expect(writer.inTransaction).toBe(false);
    // The next batch works.
    await commits.run(() => insert.run('c', null));
    expect(count(reader)).toBe(1);
  });

  it('when a full disk rolls the whole transaction back, every unit of the batch fails and none is written', async () => {
    const insert = writer.prepare('insert into t (v) values (?)');
    await commits.run(() => insert.run('before'));
    // No room for more pages: the big row fails with SQLITE_FULL, which ends the transaction.
    writer.pragma(`max_page_count = ${writer.pragma('page_count', { simple: true })}`);
    const outcomes = await Promise.allSettled([
      commits.run(() => insert.run('small, rolled back with the rest')),
      commits.run(() => insert.run('x'.repeat(50_000))),
      commits.run(() => insert.run('after, must not commit on its own')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((writer.prepare('select v from t').all() as { v: string }[]).map((r) => r.v)).toEqual(['before']);
    expect(writer.inTransaction).toBe(false);
  });

  it('takes the write lock once per batch: another process holding it fails the batch after one busy wait', async () => {
    const other = new SQLite(join(dir, 'db.sqlite'));
    writer.pragma('busy_timeout = 200');
    other.exec('BEGIN IMMEDIATE');
    const insert = writer.prepare('insert into t (v) values (?)');
    const started = Date.now();
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((v) => commits.run(() => insert.run(v))));
    const waited = Date.now() - started;
    other.exec('ROLLBACK');
    other.close();
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_BUSY' });
    // The number of busy waits, seen through time: one (about 200 ms) for the batch; taking the
    // lock per unit would wait three times (600 ms).
    expect(waited).toBeLessThan(450);
    await commits.run(() => insert.run('after'));
    expect(count(reader)).toBe(1);
  });

  it('waits for an open Kysely transaction instead of writing inside it', async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: writer }) });
    let unitDone: Promise<unknown> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ v: 'rolled back' }).execute();
        unitDone = commits.run(() => writer.prepare('insert into t (v) values (?)').run('kept'));
        await new Promise((r) => setTimeout(r, 20));
        throw new Error('abort the Kysely transaction');
      }),
    ).rejects.toThrow('abort');
    await unitDone;
    expect((writer.prepare('select v from t').all() as { v: string }[]).map((r) => r.v)).toEqual(['kept']);
  });
});

describe('SqliteStore.close', () => {
  it('commits the writes still queued before it closes the database', async () => {
    const { createStore } = await import('../src/storage/create-store.ts');
    const dir = mkdtempSync(join(tmpdir(), 'parley-close-'));
    const url = `sqlite:${join(dir, 'db.sqlite')}`;
    try {
      const store = await createStore(url);
      await store.migrate();
      const org = await store.createOrganization({ name: 'Close', slug: 'close', credits: null });
      const pending = store.createConversation({ orgId: org.id, channel: 'customer', customerIdentifier: 'queued' });
      await store.close();
      const conversation = await pending;
      const reopened = await createStore(url);
      expect(await reopened.getConversation(org.id, 'customer', conversation.id)).toMatchObject({ customerIdentifier: 'queued' });
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteGroupCommit patient units', () => {
  let dir: string;
  let db: SQLite.Database;
  let commits: SqliteGroupCommit;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-patient-'));
    db = new SQLite(join(dir, 'db.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('create table t (v text not null)');
    commits = new SqliteGroupCommit(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a patient unit alone commits after its patience, not at once', async () => {
    const insert = db.prepare('insert into t (v) values (?)');
    const committed: string[] = [];
    const pending = commits.run(() => insert.run('patient'), 40).then(() => committed.push('patient'));
    await new Promise((r) => setTimeout(r, 10));
    expect(committed).toEqual([]);
    await pending;
    expect(committed).toEqual(['patient']);
  });

  it('a patient unit joins the batch an impatient one starts, in one transaction', async () => {
    const insert = db.prepare('insert into t (v) values (?)');
    const seen: boolean[] = [];
    const patient = commits.run(() => {
      insert.run('patient');
      seen.push(db.inTransaction);
    }, 10_000);
    const started = Date.now();
    const impatient = commits.run(() => insert.run('impatient'));
    await Promise.all([patient, impatient]);
    expect(Date.now() - started).toBeLessThan(5_000); // did not wait for its 10 s patience
    expect(seen).toEqual([true]);
    expect((db.prepare('select v from t order by rowid').all() as { v: string }[]).map((r) => r.v)).toEqual(['patient', 'impatient']);
  });
});
