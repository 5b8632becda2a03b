/**
 * Bearer-key authentication. Keys are looked up by their SHA-256 hash; a well-formed key of the
 * other API is 403, anything else wrong is 401 with one constant body.
 *
 * The customer API also takes a public chat session token (`pcs_…`, public/session-tokens.ts)
 * in place of a key, on the paths of its one conversation only: `Authorization: Bearer`, or
 * `?access_token=` on a GET stream (EventSource cannot send headers). Such a request from a
 * browser origin the organization's `publicChat.allowedOrigins` leaves out is 403.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Channel } from '@parley/client/protocol';
import { AppError } from '../errors.ts';
import { hashApiKey, parseApiKey } from '../keys.ts';
import { originAllowed, requestOrigin } from '../public/origin-policy.ts';
import { allowOrigin, disallowOrigin } from './cors.ts';
import { isLive, SESSION_TOKEN_PREFIX, type SessionTokens } from '../public/session-tokens.ts';
import { agentStoreFor } from '../storage/create-store.ts';
import type { AgentStore } from '../storage/agent-store.ts';
import type { Organization, Store } from '../storage/types.ts';

/** What a request keeps of its key: it lives as long as the request (a whole held stream). */
export interface AuthContext {
  keyId: string;
  organization: Organization;
  /** Set when a public chat session token authenticated the request: its one conversation. */
  conversationId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Signs and reads public chat session tokens (one per app: the secret of this process). */
    sessionTokens: SessionTokens;
  }
}

/** The GET streams a browser's EventSource opens: the only paths that read `?access_token=`. */
const EVENT_SOURCE_PATH = /\/(stream|events)$/;

/** The bearer credential: the Authorization header, or `?access_token=` on a GET stream. */
function credentialOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
  if (match) return match[1];
  if (header !== undefined || request.method !== 'GET') return undefined;
  const token = (request.query as { access_token?: unknown } | undefined)?.access_token;
  if (typeof token !== 'string' || !token.startsWith(SESSION_TOKEN_PREFIX)) return undefined;
  return EVENT_SOURCE_PATH.test(request.url.split('?', 1)[0]!) ? token : undefined;
}

/** Admits a session token on the paths of its own conversation (customer API only). */
async function checkSessionToken(
  request: FastifyRequest,
  reply: FastifyReply,
  store: Store,
  agentStore: () => AgentStore,
  token: string,
): Promise<void> {
  // A browser's page reads the answer, refusals included (CORS), unless its origin is refused.
  const origin = requestOrigin(request);
  if (origin !== undefined) allowOrigin(reply, origin);
  const claims = request.server.sessionTokens.read(token);
  if (!claims || !isLive(claims)) throw new AppError('unauthorized', 'The chat session is missing, invalid or expired.');
  const params = request.params as { id?: string; conversationId?: string } | undefined;
  const id = params?.id ?? params?.conversationId;
  if (id === undefined) throw new AppError('forbidden', 'A chat session token is limited to its own conversation.');
  // Another conversation's id: the same 404 as an unknown one.
  if (id !== claims.conversationId) throw new AppError('not_found', 'Conversation not found.');
  const organization = await store.getOrganization(claims.orgId);
  if (!organization) throw new AppError('unauthorized', 'The chat session is missing, invalid or expired.');
  const { publicChat } = await agentStore().getSettings(organization.id);
  if (!publicChat.enabled) throw new AppError('not_found', 'Conversation not found.');
  if (!originAllowed(request, publicChat)) {
    disallowOrigin(reply);
    throw new AppError('origin_not_allowed');
  }
  request.auth = { keyId: `session:${claims.conversationId}`, organization, conversationId: claims.conversationId };
}

const TOUCH_INTERVAL_MS = 60_000;

/** Returns an onRequest hook that admits only live keys of `channel`. */
export function createKeyCheck(store: Store, channel: Channel) {
  const lastTouched = new Map<string, number>();
  let agents: AgentStore | undefined;
  const agentStore = () => (agents ??= agentStoreFor(store));
  return async function checkApiKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const candidate = credentialOf(request);
    if (candidate?.startsWith(SESSION_TOKEN_PREFIX)) {
      if (channel !== 'customer') throw new AppError('forbidden', 'This API requires a management (lxm_) key.');
      return checkSessionToken(request, reply, store, agentStore, candidate);
    }
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
