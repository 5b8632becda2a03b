/**
 * Delivers encoded SSE frames to sinks with backpressure: each sink has a cursor into the
 * feed; when a write returns false the sink is left until it drains, then resumes where it
 * stopped. Memory stays bounded by the frames the feed already holds, however slow a reader is.
 *
 * A frame is delivered only once it is released: a running reply pushes each event's frame at
 * once and releases it when the event is stored (see event-writer.ts), so no client ever holds
 * an id that a crash could give to another event. `end()` releases everything.
 */
import { HEARTBEAT } from '../sse/encode.ts';

/** Where frames go: an HTTP response in production, an array in tests. */
export interface EventSink {
  /** Returns false when the sink's buffer is full; `onceDrain` then fires when it empties. */
  write(chunk: string): boolean;
  onceDrain(callback: () => void): void;
  /**
   * Called once, at the end. `lastChunk`, when given, is the final frame (`[DONE]`) to write
   * first: the last frame and the end of the response then go out in one write.
   */
  end(lastChunk?: string): void;
  /**
   * Registers what to call once when the reader goes away; the feed then stops writing to it.
   * A sink may also call it after `end()`, which changes nothing.
   */
  onClose(callback: () => void): void;
}

interface Attachment {
  sink: EventSink;
  cursor: number;
  waiting: boolean;
}

export class FrameFeed {
  /** frames[i] is the encoded event with id i + 1. */
  readonly frames: string[] = [];
  /** Frames 1..released may be delivered. */
  #released = 0;
  #ended = false;
  /**
   * Copied on change, never changed in place: a loop over it is safe while sinks leave, and an
   * exact-size array of one costs far less than a Set or a grown array (one per open stream).
   */
  #attachments: readonly Attachment[] = [];

  get ended(): boolean {
    return this.#ended;
  }

  get subscriberCount(): number {
    return this.#attachments.length;
  }

  /** How many frames may be delivered (the rest wait until they are stored). */
  get released(): number {
    return this.#released;
  }

  /** Starts delivering frames after id `afterId` to `sink`. */
  attach(sink: EventSink, afterId: number): void {
    const att: Attachment = { sink, cursor: Math.max(0, afterId), waiting: false };
    this.#attachments = this.#attachments.concat(att);
    sink.onClose(() => this.#detach(att));
    this.#deliver(att);
  }

  /** Adds a frame; sinks get it once it is released. */
  push(frame: string): void {
    if (this.#ended) throw new Error('push after end');
    this.frames.push(frame);
  }

  /** Lets sinks have the frames up to id `upToId`. */
  release(upToId: number): void {
    if (upToId <= this.#released) return;
    this.#released = Math.min(upToId, this.frames.length);
    for (const att of this.#attachments) if (!att.waiting) this.#deliver(att);
  }

  /** Drops the frames after id `id` that were never released (their events were not stored). */
  truncate(id: number): void {
    if (this.#ended) throw new Error('truncate after end');
    this.frames.length = Math.max(id, this.#released);
  }

  /**
   * Adds the final frames, if any, and marks the feed complete; every sink ends once it has
   * received everything. Given together, the last frame and the end of each response go out
   * in one write.
   */
  end(...finalFrames: string[]): void {
    if (this.#ended) throw new Error('end after end');
    this.frames.push(...finalFrames);
    this.#ended = true;
    this.#released = this.frames.length;
    for (const att of this.#attachments) if (!att.waiting) this.#deliver(att);
  }

  /** Writes a comment to every idle sink so proxies and clients see the connection is alive. */
  heartbeat(): void {
    for (const att of this.#attachments) {
      if (!att.waiting && att.cursor >= this.#released) att.sink.write(HEARTBEAT);
    }
  }

  /** Stops delivering to `att`; false if it was no longer attached. */
  #detach(att: Attachment): boolean {
    if (!this.#attachments.includes(att)) return false;
    this.#attachments = this.#attachments.filter((a) => a !== att);
    return true;
  }

  #deliver(att: Attachment): void {
    while (att.cursor < this.#released) {
      if (!this.#attachments.includes(att)) return;
      const frame = this.frames[att.cursor++]!;
      if (this.#ended && att.cursor === this.#released) {
        this.#detach(att);
        att.sink.end(frame);
        return;
      }
      const ok = att.sink.write(frame);
      if (!ok) {
        att.waiting = true;
        att.sink.onceDrain(() => {
          att.waiting = false;
          this.#deliver(att);
        });
        return;
      }
    }
    if (this.#ended && this.#detach(att)) att.sink.end();
  }
}
