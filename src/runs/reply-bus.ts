/**
 * Signals between the instances that share one database (issue 12): "these replies have new
 * stored events" and "stop the reply of this conversation". The events themselves are never
 * sent over the bus: every event is stored before anyone sees it (event-writer.ts), so an
 * instance following another's reply reads it from the database, and the bus only wakes it
 * early. Without Redis, or while Redis is away, followers poll the database instead; nothing
 * waits on the bus, so a Redis fault slows cross-instance delivery but never hangs it.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createRedisClient, createRedisSubscriber } from '../redis.ts';

export interface ReplyBus {
  /** True when other instances can hear this one (Redis); followers then poll rarely. */
  readonly distributed: boolean;
  /** Tells every instance that these replies have new stored events. */
  announce(messageIds: Iterable<string>): void;
  /** Calls `wake` whenever some instance announces events of `messageId`; returns the unwatch. */
  watch(messageId: string, wake: () => void): () => void;
  /** Asks whichever instance runs this conversation's reply to stop it. */
  requestStop(conversationId: string): void;
  /** `handler` hears every stop request (this instance's own included). */
  onStopRequest(handler: (conversationId: string) => void): void;
  close(): Promise<void>;
}

/** One instance, no Redis: nobody else to tell. */
export const LOCAL_BUS: ReplyBus = {
  distributed: false,
  announce() {},
  watch: () => () => {},
  requestStop() {},
  onStopRequest() {},
  close: async () => {},
};

/** Pub/sub on two Redis channels, `<prefix>events` and `<prefix>stop`. */
export class RedisReplyBus implements ReplyBus {
  readonly distributed = true;
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #events: string;
  readonly #stop: string;
  readonly #log: Logger;
  readonly #watchers = new Map<string, Set<() => void>>();
  readonly #stopHandlers: ((conversationId: string) => void)[] = [];
  #faulty = false;

  constructor(url: string, prefix: string, log: Logger) {
    this.#log = log;
    this.#events = `${prefix}events`;
    this.#stop = `${prefix}stop`;
    this.#pub = createRedisClient(url);
    this.#sub = createRedisSubscriber(url);
    for (const client of [this.#pub, this.#sub]) {
      client.on('error', (err: Error) => this.#fault(err));
      client.on('ready', () => this.#recovered());
    }
    this.#sub.on('message', (channel: string, message: string) => this.#receive(channel, message));
    this.#pub.connect().catch(() => undefined);
    this.#sub.connect().catch(() => undefined);
    this.#sub.subscribe(this.#events, this.#stop).catch(() => undefined);
  }

  announce(messageIds: Iterable<string>): void {
    const ids = [...new Set(messageIds)];
    if (ids.length > 0) this.#publish(this.#events, ids.join(','));
  }

  watch(messageId: string, wake: () => void): () => void {
    let set = this.#watchers.get(messageId);
    if (!set) this.#watchers.set(messageId, (set = new Set()));
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.#watchers.delete(messageId);
    };
  }

  requestStop(conversationId: string): void {
    this.#publish(this.#stop, conversationId);
  }

  onStopRequest(handler: (conversationId: string) => void): void {
    this.#stopHandlers.push(handler);
  }

  async close(): Promise<void> {
    this.#pub.disconnect();
    this.#sub.disconnect();
  }

  #publish(channel: string, message: string): void {
    if (this.#pub.status !== 'ready') return;
    this.#pub.publish(channel, message).catch((err: Error) => this.#fault(err));
  }

  #receive(channel: string, message: string): void {
    if (channel === this.#stop) {
      for (const handler of this.#stopHandlers) handler(message);
      return;
    }
    if (this.#watchers.size === 0) return;
    for (const id of message.split(',')) for (const wake of this.#watchers.get(id) ?? []) wake();
  }

  /** One line per outage, not one per failed reconnect. */
  #fault(err: Error): void {
    if (this.#faulty) return;
    this.#faulty = true;
    this.#log.warn({ fault: { message: err.message, code: (err as { code?: string }).code } }, 'redis unreachable: replies of other instances are followed by polling the database');
  }

  /** Back when both connections are: one reconnecting while the server is going down is no recovery. */
  #recovered(): void {
    if (!this.#faulty || this.#pub.status !== 'ready' || this.#sub.status !== 'ready') return;
    this.#faulty = false;
    this.#log.info('redis reachable again: cross-instance signals resume');
  }
}

export function createReplyBus(redisUrl: string | undefined, prefix: string, log: Logger): ReplyBus {
  return redisUrl === undefined ? LOCAL_BUS : new RedisReplyBus(redisUrl, prefix, log);
}
