/**
 * Write-behind for reply events: every run queues its events here and one timer writes the
 * events of all runs together, in one transaction per tick. With many concurrent replies this
 * turns hundreds of commits (each an fsync) per second into a handful; the live streams never
 * wait for it, because subscribers are fed from memory.
 *
 * A crash loses at most the last tick of events; the final events of a reply are not written
 * here but with its message in `finishReply`, after `take()` has let every write under way
 * settle.
 */
import type { Logger } from 'pino';
import type { ReplyEventRow, Store, StoredEvent } from '../storage/types.ts';

export class EventWriter {
  readonly #store: Store;
  readonly #log: Logger;
  readonly #intervalMs: number;
  #queue: ReplyEventRow[] = [];
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();

  constructor(store: Store, log: Logger, intervalMs = 50) {
    this.#store = store;
    this.#log = log;
    this.#intervalMs = intervalMs;
  }

  enqueue(messageId: string, event: StoredEvent): void {
    this.#queue.push({ messageId, seq: event.seq, data: event.data });
    this.#timer ??= setTimeout(() => void this.flush(), this.#intervalMs);
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

  /** Writes everything queued now. Failures are logged and the rows kept for the next tick. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#queue;
    if (batch.length === 0) return this.#writing;
    this.#queue = [];
    this.#writing = this.#writing.then(() =>
      this.#store.appendReplyEvents(batch).catch((err: unknown) => {
        this.#log.error({ err, rows: batch.length }, 'storing reply events failed; retrying at the next tick');
        this.#queue = batch.concat(this.#queue);
        this.#timer ??= setTimeout(() => void this.flush(), this.#intervalMs);
      }),
    );
    return this.#writing;
  }
}
