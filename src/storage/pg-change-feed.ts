/**
 * PostgreSQL: per-process caches of rows that every request reads and that rarely change (the
 * API key a request carries, an organization's agent settings), kept correct by the database
 * itself. Triggers (migrations 6 and 101) send `pg_notify('parley_changes', '<table>:<key>')`
 * when such a row changes, whoever changes it: this instance, another instance, the CLI, psql.
 * One dedicated connection per process LISTENs and drops the entries named.
 *
 * The rules that keep a cache from serving a stale row:
 * - Entries are kept only while the LISTEN connection is up. When it drops, every cache is
 *   cleared and nothing is cached until it is back (every read goes to the database meanwhile).
 * - A read that was in flight while any notification arrived is not kept (the generation
 *   check): its row may predate the change the notification announced.
 * - A change made through this process's store also drops the entry at once, before the
 *   notification comes back, so the caller's next request already sees it.
 * - Entries expire after the cache's TTL whatever happens (API keys: 1 s, TESTING.md SEC-05;
 *   settings: 30 s), and at most {@link MAX_ENTRIES} are kept per cache (the oldest go first).
 *
 * Cost: one more connection per instance; another instance (or the CLI) sees a change after its
 * commit plus the notification's delivery (milliseconds on one network), not at the commit.
 */
import type { Client, Notification } from 'pg';

export const CHANGE_CHANNEL = 'parley_changes';
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = [250, 1_000, 5_000];

export type ChangeTable = 'api_keys' | 'organizations' | 'agent_settings';

type Listener = (table: ChangeTable, key: string) => void;

export class PgChangeFeed {
  readonly #connect: () => Client;
  readonly #listeners = new Set<{ onChange: Listener; onReset: () => void }>();
  #client: Client | undefined;
  #live = false;
  #starting = false;
  #closed = false;
  #failures = 0;
  #timer: NodeJS.Timeout | undefined;
  /** Bumped by every notification and every reset: a read that saw it change is not kept. */
  generation = 0;

  constructor(connect: () => Client) {
    this.#connect = connect;
  }

  /** True while notifications are being received: only then may a cache keep entries. */
  get live(): boolean {
    return this.#live;
  }

  /** The listening connection's server process id (for an operator or a test), if connected. */
  get backendPid(): number | undefined {
    return (this.#client as { processID?: number } | undefined)?.processID;
  }

  subscribe(onChange: Listener, onReset: () => void): void {
    this.#listeners.add({ onChange, onReset });
  }

  /** Connects and LISTENs, once; called on a cache's first read. Never throws. */
  start(): void {
    if (this.#client || this.#starting || this.#closed) return;
    this.#starting = true;
    const client = this.#connect();
    const lost = () => this.#lost(client);
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n: Notification) => this.#notified(n));
    client
      .connect()
      .then(() => client.query(`listen ${CHANGE_CHANNEL}`))
      .then(() => {
        this.#starting = false;
        if (this.#closed) return void client.end().catch(() => {});
        this.#client = client;
        this.#failures = 0;
        this.#reset();
        this.#live = true;
      })
      .catch(lost);
  }

  #notified(n: Notification): void {
    if (n.channel !== CHANGE_CHANNEL || n.payload === undefined) return;
    this.generation++;
    const at = n.payload.indexOf(':');
    if (at < 0) return this.#reset();
    const table = n.payload.slice(0, at) as ChangeTable;
    const key = n.payload.slice(at + 1);
    for (const l of this.#listeners) l.onChange(table, key);
  }

  /** The connection failed or closed: forget everything, stop caching, and try again later. */
  #lost(client: Client): void {
    if (client !== this.#client && !this.#starting) return;
    this.#starting = false;
    this.#client = undefined;
    this.#live = false;
    this.#reset();
    client.removeAllListeners('end');
    client.end().catch(() => {});
    if (this.#closed) return;
    const delay = RECONNECT_MS[Math.min(this.#failures++, RECONNECT_MS.length - 1)]!;
    this.#timer = setTimeout(() => this.start(), delay);
    this.#timer.unref();
  }

  #reset(): void {
    this.generation++;
    for (const l of this.#listeners) l.onReset();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#live = false;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
    }
  }
}

/** A cache of one kind of row, keyed as the notifications of `table` name it. */
export class ChangeCache<V> {
  readonly #feed: PgChangeFeed;
  readonly #entries = new Map<string, { value: V; until: number }>();
  readonly #ttlMs: number;

  /** `ttlMs`: the longest an entry is served, whatever the notifications say. */
  constructor(feed: PgChangeFeed, table: ChangeTable, ttlMs: number) {
    this.#feed = feed;
    this.#ttlMs = ttlMs;
    feed.subscribe(
      (t, key) => {
        if (t === table) this.#entries.delete(key);
      },
      () => this.#entries.clear(),
    );
  }

  /**
   * The cached value of `key`, or `load()`'s, kept when that is safe (see the module's rules);
   * `undefined` (nothing found) is never kept.
   */
  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.#entries.get(key);
    if (hit && this.#feed.live && hit.until > Date.now()) return hit.value;
    if (hit) this.#entries.delete(key);
    this.#feed.start();
    const generation = this.#feed.generation;
    const value = await load();
    if (value !== undefined && this.#feed.live && this.#feed.generation === generation) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, { value, until: Date.now() + this.#ttlMs });
    }
    return value;
  }

  /**
   * Drops the entries `which` names: for a change made by this process, before its notification
   * comes back, or for another table's change that entries depend on.
   */
  invalidateWhere(which: (value: V) => boolean): void {
    // Reads in flight now may predate the change: the generation keeps them out.
    this.#feed.generation++;
    for (const [key, entry] of this.#entries) if (which(entry.value)) this.#entries.delete(key);
  }

  invalidate(key: string): void {
    this.#feed.generation++;
    this.#entries.delete(key);
  }
}
