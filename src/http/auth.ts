/**
 * Bearer-key authentication. Keys are looked up by their SHA-256 hash; a well-formed key of the
 * other API is 403, anything else wrong is 401 with one constant body.
 */
import type { FastifyRequest } from 'fastify';
import type { Channel } from '@parley/client/protocol';
import { AppError } from '../errors.ts';
import { hashApiKey, parseApiKey } from '../keys.ts';
import type { Organization, Store } from '../storage/types.ts';

/** What a request keeps of its key: it lives as long as the request (a whole held stream). */
export interface AuthContext {
  keyId: string;
  organization: Organization;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

const TOUCH_INTERVAL_MS = 60_000;

/** Returns an onRequest hook that admits only live keys of `channel`. */
export function createKeyCheck(store: Store, channel: Channel) {
  const lastTouched = new Map<string, number>();
  return async function checkApiKey(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
    const candidate = match?.[1];
    if (!candidate || parseApiKey(candidate) === undefined) throw new AppError('unauthorized');
    const found = await store.findApiKeyByHash(hashApiKey(candidate));
    if (!found || found.key.revokedAt !== null) throw new AppError('unauthorized');
    const { key, organization } = found;
    if (key.type !== channel) {
      const wanted = channel === 'customer' ? 'a customer (lxc_) key' : 'a management (lxm_) key';
      throw new AppError('forbidden', `This API requires ${wanted}.`);
    }
    request.auth = { keyId: key.id, organization };
    // Record use at most once a minute per key: a write per request would dominate a send.
    const now = Date.now();
    if ((lastTouched.get(key.id) ?? 0) + TOUCH_INTERVAL_MS < now) {
      lastTouched.set(key.id, now);
      void store.touchApiKey(key.id, new Date(now).toISOString()).catch(() => undefined);
    }
  };
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthorized');
  return request.auth;
}
