/**
 * Redis clients of the instances that share one database (REDIS_URL): the rate-limit counters
 * and the reply bus. Neither may ever make a request wait for Redis.
 */
import { Redis } from 'ioredis';

/** Reconnect forever, at most every 2 s, so a returning Redis is used again without a restart. */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2000);

/** A client that never waits for Redis: commands fail at once while it is not connected. */
export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    commandTimeout: 500,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy,
  });
}

/**
 * A subscriber: it queues its SUBSCRIBE until connected and subscribes again after every
 * reconnect (ioredis' autoResubscribe), so a Redis that comes back is heard again.
 */
export function createRedisSubscriber(url: string): Redis {
  return new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: null, retryStrategy });
}
