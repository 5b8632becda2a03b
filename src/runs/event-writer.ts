/**
 * Stores reply events before anyone sees them: every run queues its events here, one write
 * stores the events of all runs together, and only once that write has committed are the
 * events released to the run's subscribers ({@link Releasable.release}). So every id a client
 * has received names an event in the database: after a crash, recovery ends each reply after
 * its last stored event, and a client resuming with any id it holds gets a continuation that
 * matches the stored message (issue 12: no id is ever reused).
 *
 * One write is under way at a time; events that arrive meanwhile wait for the next one, which
 * starts as soon as the current one commits (after `intervalMs`, to gather a batch when idle).
 * Under load that gives few, large commits; when quiet an event waits about `intervalMs` plus
 * one commit. The final events of a reply are not written here but with its message in
 * `finishReply`, after `take()` has let every write under way settle.
 */
import type { Logger } from 'pino';
import type { ReplyEventRow, Store, StoredEvent } from '../storage/types.ts';
import { metrics, secondsSince } from '../telemetry/metrics.ts';

/** What learns that a reply's events up to an id are stored: the run's frame feed. */
export interface Releasable {
  release(upToId: number): void;
}

interface QueuedEvent extends ReplyEventRow {
  to: Releasable | undefined;
}

export class EventWriter {
  readonly #store: Store;
  readonly #log: Logger;
  readonly #intervalMs: number;
  #queue: QueuedEvent[] = [];
  #timer: NodeJS.Timeout | undefined;
  /** The write under way, if any. */
  #writing: Promise<void> | undefined;
  /** Told the replies of every committed write (the reply bus, so other instances read them). */
  readonly #onStored: ((messageIds: Iterable<string>) => void) | undefined;

  constructor(store: Store, log: Logger, intervalMs = 2, onStored?: (messageIds: Iterable<string>) => void) {
    this.#store = store;
    this.#log = log;
    this.#intervalMs = intervalMs;
    this.#onStored = onStored;
  }

  /** Queues an event; `to` is told once it is stored. */
  enqueue(messageId: string, event: StoredEvent, to?: Releasable): void {
    this.#queue.push({ messageId, seq: event.seq, data: event.data, to });
    this.#schedule();
  }

  #schedule(): void {
    if (this.#writing || this.#timer || this.#queue.length === 0) return;
    this.#timer = setTimeout(() => void this.flush(), this.#intervalMs);
  }

  /**
   * Removes the reply's queued events (the caller stores them itself) and resolves once every
   * write already under way has settled, so nothing of this reply is written after it.
   */
  async take(messageId: string): Promise<StoredEvent[]> {
    const mine = this.#remove(messageId);
    await this.#writing;
    // A failed write put its rows back: collect those of this reply too.
    return [...mine, ...this.#remove(messageId)].sort((a, b) => a.seq - b.seq);
  }

  /** Takes the reply's rows out of the queue. */
  #remove(messageId: string): StoredEvent[] {
    const removed: StoredEvent[] = [];
    this.#queue = this.#queue.filter((row) => {
      if (row.messageId !== messageId) return true;
      removed.push({ seq: row.seq, data: row.data });
      return false;
    });
    return removed;
  }

  /**
   * Writes everything queued now (after the write under way, if any), then releases it.
   * Failures are logged and the rows kept for the next write, still unreleased.
   */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#writing) await this.#writing;
    const batch = this.#queue;
    if (batch.length === 0) return;
    this.#queue = [];
    // The queued rows themselves: every store reads only messageId, seq and data of a row.
    const started = metrics.enabled ? performance.now() : 0;
    this.#writing = this.#store.appendReplyEvents(batch).then(
      () => {
        if (started !== 0) metrics.eventBatch(batch.length, secondsSince(started));
        for (const row of batch) row.to?.release(row.seq);
        this.#onStored?.(batch.map((row) => row.messageId));
      },
      (err: unknown) => {
        this.#log.error({ err, rows: batch.length }, 'storing reply events failed; retrying');
        this.#queue = batch.concat(this.#queue);
      },
    );
    try {
      await this.#writing;
    } finally {
      this.#writing = undefined;
      // After a failure, the retry waits a while; otherwise the next batch goes at once.
      if (this.#queue.length > 0 && !this.#timer) {
        const failed = this.#queue[0] === batch[0];
        this.#timer = setTimeout(() => void this.flush(), failed ? Math.max(this.#intervalMs, 50) : this.#intervalMs);
      }
    }
  }
}
