/**
 * The customer's conversation event stream (`GET …/customer/conversations/{id}/events`): the
 * stored events of `conversation_events` after Last-Event-ID, then new ones as they are stored,
 * with `: ping` comments while idle. Never ends by itself. Events written by this instance wake
 * the stream at once ({@link ConversationSignals}), another instance's too with Redis; without
 * it they are found by a poll of the database (every `pollMs`), so it works across instances.
 */
import { EventEmitter } from 'node:events';
import { encodeEvent, HEARTBEAT } from '../sse/encode.ts';
import type { EventSink } from '../runs/frame-feed.ts';
import type { HandoffStore } from '../storage/handoff-store.ts';
import type { Logger } from 'pino';
import { LOCAL_BUS, type ReplyBus } from '../runs/reply-bus.ts';

/**
 * Wake-ups by conversation id: in this process, and with Redis (the reply bus) in every
 * instance, under the key `conversation:<id>` on the bus's events channel.
 */
export class ConversationSignals {
  readonly #emitter = new EventEmitter().setMaxListeners(0);
  readonly #bus: ReplyBus;

  constructor(bus: ReplyBus = LOCAL_BUS) {
    this.#bus = bus;
  }

  /** How often a stream reads the database anyway: rarely when Redis wakes it. */
  get pollMs(): number {
    return this.#bus.distributed ? 2000 : 500;
  }

  notify(conversationId: string): void {
    this.#emitter.emit(conversationId);
    this.#bus.announce([`conversation:${conversationId}`]);
  }

  subscribe(conversationId: string, listener: () => void): () => void {
    this.#emitter.on(conversationId, listener);
    const unwatch = this.#bus.watch(`conversation:${conversationId}`, listener);
    return () => {
      this.#emitter.off(conversationId, listener);
      unwatch();
    };
  }
}

export interface ConversationStreamOptions {
  store: HandoffStore;
  signals: ConversationSignals;
  log: Logger;
  pollMs: number;
  heartbeatMs: number;
}

/** Streams the conversation's events after `after` to `sink` until the client leaves. */
export function streamConversationEvents(o: ConversationStreamOptions, conversationId: string, after: number, sink: EventSink): void {
  let last = after;
  let closed = false;
  let reading = false;
  let again = false;
  let lastWriteAt = Date.now();
  const read = async (): Promise<void> => {
    if (closed) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const events = await o.store.listConversationEvents(conversationId, last);
        if (closed) return;
        for (const e of events) {
          sink.write(encodeEvent(e.seq, e.data));
          last = e.seq;
          lastWriteAt = Date.now();
        }
        if (events.length === 500) again = true;
      } while (again && !closed);
    } catch (err) {
      o.log.warn({ err, conversationId }, 'reading conversation events failed; retrying');
    } finally {
      reading = false;
    }
  };
  const unsubscribe = o.signals.subscribe(conversationId, () => void read());
  const timer = setInterval(() => {
    if (Date.now() - lastWriteAt >= o.heartbeatMs * 0.9) {
      sink.write(HEARTBEAT);
      lastWriteAt = Date.now();
    }
    void read();
  }, o.pollMs);
  sink.onClose(() => {
    closed = true;
    clearInterval(timer);
    unsubscribe();
  });
  void read();
}
