/**
 * Feeds for replies that are not running in this process, from their stored events with their
 * original ids. Every event is stored before any client sees it (event-writer.ts), so the
 * stored log holds every frame the owner sent.
 *
 * - A reply whose log ends with `[DONE]` is replayed as stored.
 * - A reply still `streaming` in the database runs in another instance: the feed follows it,
 *   reading new events as they are stored (woken by the {@link ReplyBus}, polling as a fallback),
 *   until its `[DONE]`: the frames are the owner's, byte for byte.
 * - A reply closed without `[DONE]` (a crash before recovery wrote it), or one that stays
 *   `streaming` past any owner's deadline, is ended for the reader with an `interrupted` error
 *   and `[DONE]`, never left hanging.
 */
import { DONE } from '@parley/client/protocol';
import type { Logger } from 'pino';
import { encodeEvent, serializePayload } from '../sse/encode.ts';
import type { Store, StoredEvent } from '../storage/types.ts';
import { FrameFeed } from './frame-feed.ts';
import type { ReplyBus } from './reply-bus.ts';
import { streamError } from './reply-run.ts';

export interface FollowOptions {
  bus: ReplyBus;
  /** How often a follower reads the database when nothing woke it. */
  pollMs: number;
  /** A follower with nothing new for this long writes a heartbeat comment. */
  heartbeatMs: number;
  /** After this long without a new event the owner is taken to be gone (its run would have timed out). */
  giveUpMs: number;
  log: Logger;
}

export async function feedForStoredReply(store: Store, messageId: string, follow?: FollowOptions): Promise<FrameFeed> {
  // The status first: a reply that was still streaming then has its [DONE] among the events read
  // after it, or is followed until it comes.
  const streaming = follow !== undefined && (await store.getMessage(messageId))?.status === 'streaming';
  const events = await store.listReplyEvents(messageId, 0);
  const feed = new FrameFeed();
  for (const e of events) feed.push(encodeEvent(e.seq, e.data));
  if (events.at(-1)?.data === DONE) feed.end();
  else if (streaming) new Follower(store, messageId, feed, follow!).start(events.length);
  else endInterrupted(feed);
  return feed;
}

function endInterrupted(feed: FrameFeed): void {
  let seq = feed.frames.length;
  feed.end(encodeEvent(++seq, serializePayload(streamError('interrupted'))), encodeEvent(++seq, serializePayload('done')));
}

/** A follower checks its reply's row only after this long without a new event. */
const QUIET_BEFORE_CHECK_MS = 1_000;

/** A follower whose feed never got a reader stops after this long. */
const NO_READER_MS = 5_000;

/** Reads a reply another instance is writing, into `feed`, until its `[DONE]` or its reader leaves. */
class Follower {
  readonly #store: Store;
  readonly #messageId: string;
  readonly #feed: FrameFeed;
  readonly #options: FollowOptions;
  #unwatch: () => void = () => {};
  #timer: NodeJS.Timeout | undefined;
  #reading = false;
  #again = false;
  #lastNewAt = Date.now();
  #lastWriteAt = Date.now();
  #done = false;
  #attached = false;
  readonly #startedAt = Date.now();

  constructor(store: Store, messageId: string, feed: FrameFeed, options: FollowOptions) {
    this.#store = store;
    this.#messageId = messageId;
    this.#feed = feed;
    this.#options = options;
  }

  start(stored: number): void {
    this.#feed.release(stored);
    this.#unwatch = this.#options.bus.watch(this.#messageId, () => void this.#read());
    this.#schedule();
  }

  #schedule(): void {
    if (this.#done) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#read(), this.#options.pollMs);
  }

  #finish(): void {
    this.#done = true;
    clearTimeout(this.#timer);
    this.#unwatch();
  }

  async #read(): Promise<void> {
    if (this.#done) return;
    if (this.#reading) {
      this.#again = true;
      return;
    }
    // The reader left (or none ever came, e.g. a 204): stop following.
    if (this.#feed.subscriberCount > 0) this.#attached = true;
    else if (this.#attached || Date.now() - this.#startedAt > NO_READER_MS) return this.#finish();
    this.#reading = true;
    try {
      const fresh = await this.#store.listReplyEvents(this.#messageId, this.#feed.frames.length);
      if (fresh.length > 0) this.#take(fresh);
      else await this.#checkOwner();
    } catch (err) {
      this.#options.log.warn({ err, messageId: this.#messageId }, 'following a reply of another instance: read failed; retrying');
    } finally {
      this.#reading = false;
    }
    if (this.#done) return;
    const now = Date.now();
    if (now - this.#lastWriteAt >= this.#options.heartbeatMs * 0.9) {
      this.#feed.heartbeat();
      this.#lastWriteAt = now;
    }
    if (this.#again) {
      this.#again = false;
      return this.#read();
    }
    this.#schedule();
  }

  #take(fresh: StoredEvent[]): void {
    for (const e of fresh) {
      if (e.seq !== this.#feed.frames.length + 1) break;
      if (e.data === DONE) {
        this.#finish();
        this.#feed.end(encodeEvent(e.seq, e.data));
        return;
      }
      this.#feed.push(encodeEvent(e.seq, e.data));
    }
    this.#feed.release(this.#feed.frames.length);
    this.#lastNewAt = this.#lastWriteAt = Date.now();
  }

  /** Nothing new: the reply may have been closed without `[DONE]`, or its owner be long gone. */
  async #checkOwner(): Promise<void> {
    // A reply ends with [DONE] in nearly every case (its owner, or the sweeper, writes one):
    // the row is read only once the reply has been quiet a while, not on every empty poll.
    if (Date.now() - this.#lastNewAt < QUIET_BEFORE_CHECK_MS) return;
    const message = await this.#store.getMessage(this.#messageId);
    if (message?.status === 'streaming' && Date.now() - this.#lastNewAt < this.#options.giveUpMs) return;
    // Closed meanwhile: its [DONE] may have been stored just after the read above.
    const rest = await this.#store.listReplyEvents(this.#messageId, this.#feed.frames.length);
    if (rest.length > 0) this.#take(rest);
    if (this.#done) return;
    this.#finish();
    endInterrupted(this.#feed);
  }
}
