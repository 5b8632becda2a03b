/**
 * Public chat session tokens: what a browser (the hosted page, the widget) holds instead of an
 * API key. A token names one conversation of one organization and an expiry, signed with
 * HMAC-SHA-256 (PARLEY_SESSION_SECRET, else a key the database keeps: server.ts), so checking
 * one needs no read of a token table, and no secret
 * key ever reaches a browser. Form: `pcs_<payload base64url>.<signature base64url>`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_TOKEN_PREFIX = 'pcs_';

export interface SessionClaims {
  orgId: string;
  conversationId: string;
  /** Unix time (seconds) after which the token is refused. */
  expiresAt: number;
}

/** An expired token may still be traded for a new one of its conversation this long (seconds). */
export const RENEWAL_GRACE_SECONDS = 7 * 24 * 3600;

export class SessionTokens {
  readonly #key: Buffer;
  readonly ttlSeconds: number;

  constructor(secret: string | undefined, ttlSeconds: number) {
    this.#key = secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
    this.ttlSeconds = ttlSeconds;
  }

  issue(orgId: string, conversationId: string, now = Date.now()): { token: string; expiresAt: string } {
    const claims: SessionClaims = { orgId, conversationId, expiresAt: Math.floor(now / 1000) + this.ttlSeconds };
    const payload = Buffer.from(JSON.stringify([claims.orgId, claims.conversationId, claims.expiresAt])).toString('base64url');
    return { token: `${SESSION_TOKEN_PREFIX}${payload}.${this.#sign(payload)}`, expiresAt: new Date(claims.expiresAt * 1000).toISOString() };
  }

  /**
   * The claims of a well-signed token, or `undefined`. Expiry is the caller's to check
   * ({@link isLive}): an expired token still proves which conversation a browser had.
   */
  read(token: string): SessionClaims | undefined {
    if (!token.startsWith(SESSION_TOKEN_PREFIX) || token.length > 1024) return undefined;
    const [payload, signature, extra] = token.slice(SESSION_TOKEN_PREFIX.length).split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.#sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const [orgId, conversationId, expiresAt] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
      if (typeof orgId !== 'string' || typeof conversationId !== 'string' || typeof expiresAt !== 'number') return undefined;
      return { orgId, conversationId, expiresAt };
    } catch {
      return undefined;
    }
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#key).update(payload).digest('base64url');
  }
}

export function isLive(claims: SessionClaims, now = Date.now()): boolean {
  return claims.expiresAt * 1000 > now;
}
