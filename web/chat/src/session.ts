/**
 * The page's public chat session: a short-lived token for one conversation, kept in
 * localStorage per organization so a reload continues the same conversation (the server
 * renews an expired token of it). Never an API key.
 */
import type { PublicSessionResponse } from '@parley/client';

export type Session = PublicSessionResponse;

const storageKey = (slug: string) => `parley:session:${slug}`;
const pendingKey = (slug: string) => `parley:pending:${slug}`;

function load<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function save(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, third-party frame): the session lasts as long as the page.
  }
}

async function post(slug: string, body: Partial<Session> | undefined): Promise<Response> {
  return fetch(`/api/v1/public/${encodeURIComponent(slug)}/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
}

export class SessionError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The stored session renewed, or (none, or no longer valid) a new conversation's. */
export async function openSession(slug: string, fresh = false): Promise<Session> {
  const stored = fresh ? undefined : load<Session>(storageKey(slug));
  let response = stored ? await post(slug, { conversationId: stored.conversationId, token: stored.token }) : undefined;
  if (!response || response.status === 401) {
    save(pendingKey(slug), undefined);
    response = await post(slug, undefined);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new SessionError(response.status, body.error ?? 'The chat is not available right now.');
  }
  const session = (await response.json()) as Session;
  save(storageKey(slug), session);
  return session;
}

/** The reply streaming when the page was left: resumed after a reload. */
export interface PendingReply {
  conversationId: string;
  replyId: string;
}

export const pendingReply = {
  get: (slug: string) => load<PendingReply>(pendingKey(slug)),
  set: (slug: string, value: PendingReply | undefined) => save(pendingKey(slug), value),
};
