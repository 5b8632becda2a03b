/**
 * Group commit for SQLite. A write is a synchronous *unit* (a function that runs prepared
 * statements); units queued during one turn of the event loop run together in one
 * transaction, each inside its own savepoint, and share one COMMIT — one fsync with
 * `synchronous=FULL` — instead of one each. Every caller's promise settles only after that
 * COMMIT returned, so an acknowledged write is as durable as with a transaction of its own.
 *
 * A unit that throws is rolled back to its savepoint and only its caller sees the error; the
 * other units of the batch still commit. If the COMMIT itself fails, or an error makes SQLite
 * roll back the whole transaction (a full disk), every caller of the batch gets the error:
 * nothing was written, nothing acknowledged.
 *
 * A *patient* unit (`run(unit, patientMs)`) starts no batch of its own: it joins the next
 * batch an impatient write starts, or commits after `patientMs` if none comes. The writes
 * nobody waits on before answering a request (the end of a reply, background event and QA
 * writes) are patient; those that a response waits on (a new conversation, a user message)
 * are not. Under load the patient ones ride along with the others: fewer, larger commits.
 *
 * Units run only inside the synchronous flush, so no other code ever sees a batch half done.
 * A Kysely transaction is asynchronous: while one is open on the connection the flush waits
 * for it to end instead of starting a transaction inside it.
 */
import type { Database as SqliteDatabase } from 'better-sqlite3';

interface Queued {
  unit: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class SqliteGroupCommit {
  readonly #database: SqliteDatabase;
  readonly #inSavepoint: (unit: () => unknown) => unknown;
  readonly #inTransaction: (batch: Queued[]) => Array<{ ok: true; value: unknown } | { ok: false; error: unknown }>;
  #queue: Queued[] = [];
  #scheduled = false;
  #patientTimer: NodeJS.Timeout | undefined;

  constructor(database: SqliteDatabase) {
    this.#database = database;
    // better-sqlite3 turns a transaction function called inside another into a savepoint.
    this.#inSavepoint = database.transaction((unit: () => unknown) => unit());
    // BEGIN IMMEDIATE: the write lock is taken once, up front. If another process holds it past
    // busy_timeout, the batch fails as a whole instead of each unit waiting out the timeout.
    const batchTransaction = database.transaction((batch: Queued[]) =>
      batch.map((q) => {
        try {
          return { ok: true as const, value: this.#inSavepoint(q.unit) };
        } catch (error) {
          // Some errors (disk full, I/O) make SQLite roll back the whole transaction: then
          // nothing of this batch is written, and it must fail as a whole. Running the next
          // units would commit each of them on its own, unseen by callers told it failed.
          if (!database.inTransaction) throw error;
          return { ok: false as const, error };
        }
      }),
    );
    this.#inTransaction = batchTransaction.immediate;
  }

  /**
   * Runs `unit` in the next batch; resolves with its result once the batch is committed. With
   * `patientMs`, the unit waits for a batch started by another write, at most that long.
   */
  run<T>(unit: () => T, patientMs?: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ unit, resolve: resolve as (value: unknown) => void, reject });
      if (patientMs === undefined) this.#schedule();
      else if (!this.#scheduled) this.#patientTimer ??= setTimeout(() => this.#schedule(), patientMs);
    });
  }

  /** Commits what is queued now (the store calls it before closing the database). */
  flushNow(): void {
    this.#flush();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    clearTimeout(this.#patientTimer);
    this.#patientTimer = undefined;
    if (!this.#database.open) {
      const batch = this.#queue;
      this.#queue = [];
      for (const q of batch) q.reject(new Error('The database is closed.'));
      return;
    }
    if (this.#database.inTransaction) {
      // A Kysely transaction is between two of its statements: let it finish first.
      this.#scheduled = true;
      setTimeout(() => this.#flush(), 1);
      return;
    }
    const batch = this.#queue;
    this.#queue = [];
    if (batch.length === 0) return;
    let outcomes;
    try {
      outcomes = this.#inTransaction(batch);
    } catch (error) {
      for (const q of batch) q.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) batch[i]!.resolve(outcome.value);
      else batch[i]!.reject(outcome.error);
    });
  }
}
