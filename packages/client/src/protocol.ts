/**
 * The Parley wire contract: one definition shared by the server and the client SDK.
 *
 * Everything here is plain TypeScript (types, constants and tiny validators) so the SDK keeps
 * its single runtime dependency. The server's zod request schemas are checked against these
 * types at compile time (`satisfies`), so the two cannot drift apart.
 *
 * Stream format (seed streaming guide): every event is `id: N\ndata: <payload>\n\n`, ids
 * start at 1 and grow by one, the last event is `data: [DONE]` with its own id.
 */

/** The two chat APIs. Keys carry the channel in their prefix. */
export type Channel = 'customer' | 'management';

export const API_PREFIX = '/api/v1';
export const KEY_PREFIX: Record<Channel, string> = { customer: 'lxc_', management: 'lxm_' };

/** The literal payload of the terminal event. */
export const DONE = '[DONE]';

/** Incremental text chunk: append to the reply. */
export interface DeltaPayload {
  type: 'delta';
  text: string;
}

/** Conversation state change. Today only `escalated` is emitted. */
export interface StatusPayload {
  type: 'status';
  status: 'escalated';
}

/**
 * Mid-stream failure. Always directly followed by `[DONE]`. `message` is safe to show;
 * `code` is stable (see {@link StreamErrorCode}); `retryable` says whether sending again may help.
 */
export interface ErrorPayload {
  type: 'error';
  message: string;
  code: StreamErrorCode;
  retryable: boolean;
}

export type EventPayload = DeltaPayload | StatusPayload | ErrorPayload;

/** Codes carried by in-band `error` events. */
export const STREAM_ERROR_CODES = [
  'timeout',
  'model_error',
  'upstream_overloaded',
  'upstream_disconnected',
  'upstream_bad_response',
  'server_shutting_down',
  'interrupted',
  'internal_error',
] as const;
export type StreamErrorCode = (typeof STREAM_ERROR_CODES)[number];

/** Codes carried by pre-stream JSON errors `{"error","code"}`. */
export const HTTP_ERROR_CODES = [
  'invalid_request',
  'message_too_long',
  'unauthorized',
  'payment_required',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'method_not_allowed',
  'request_timeout',
  'reply_in_progress',
  'last_management_key',
  'payload_too_large',
  'idempotency_key_reused',
  'conversation_limit',
  'headers_too_large',
  'rate_limited',
  'internal_error',
  'shutting_down',
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

/** Body of every non-2xx JSON response. `error` is a human sentence, `code` is stable. */
export interface ErrorBody {
  error: string;
  code: HttpErrorCode;
}

/** Response of `POST /conversations`. */
export interface CreateConversationResponse {
  conversationId: string;
}

/**
 * Response of `POST /api/v1/public/{orgSlug}/sessions` (no key): a short-lived token that the
 * customer API accepts in place of a key, on `conversationId` only. Pass it as `apiKey`.
 */
export interface PublicSessionResponse {
  token: string;
  conversationId: string;
  /** ISO time; renew before it by posting `{conversationId, token}` to the same endpoint. */
  expiresAt: string;
}

/** Optional body of `POST /api/v1/public/{orgSlug}/sessions`: continue this conversation. */
export interface PublicSessionBody {
  conversationId?: string;
  token?: string;
}

/** Optional body of `POST /api/v1/customer/conversations`. */
export interface CreateConversationBody {
  customerIdentifier?: string;
}

/** Body of `POST /conversations/{id}/messages`. */
export interface SendMessageBody {
  message: string;
}

/** `staff`: a person of the organization answering in the conversation (after a handoff). */
export type MessageRole = 'user' | 'assistant' | 'staff';
export type MessageStatus = 'complete' | 'partial' | 'stopped' | 'refused';

/** One entry of `GET /conversations/{id}/messages`. Extra fields beyond the documented three. */
export interface HistoryMessage {
  id: string;
  role: MessageRole;
  content: string;
  /** Who wrote a `staff` message (as the staff reply named them); absent otherwise. */
  author?: string | null;
  createdAt: string;
  status: MessageStatus;
}

export interface HistoryResponse {
  messages: HistoryMessage[];
}

/** Response of `POST /conversations/{id}/stop`. */
export interface StopResponse {
  stopped: boolean;
}

/** Request and response headers with a protocol meaning. */
export const HEADER = {
  idempotencyKey: 'idempotency-key',
  lastEventId: 'last-event-id',
  retryAfter: 'retry-after',
  /**
   * On every stream response (send, idempotent replay, resume): the id of the assistant message
   * the stream carries. Pass it as `?replyId=` to `GET …/stream` to resume exactly that reply.
   */
  replyId: 'parley-reply-id',
} as const;

/**
 * Parses one `data:` payload. Returns `'done'` for `[DONE]`, the typed payload for a known
 * event, and `undefined` for anything else (unknown types are ignored for forward
 * compatibility; malformed JSON is not an event).
 */
export function parseEventData(data: string): EventPayload | 'done' | undefined {
  if (data === DONE) return 'done';
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.type === 'delta' && typeof v.text === 'string') return { type: 'delta', text: v.text };
  if (v.type === 'status' && v.status === 'escalated') return { type: 'status', status: 'escalated' };
  if (v.type === 'error' && typeof v.message === 'string') {
    const code = (STREAM_ERROR_CODES as readonly string[]).includes(v.code as string)
      ? (v.code as StreamErrorCode)
      : 'internal_error';
    return { type: 'error', message: v.message, code, retryable: v.retryable === true };
  }
  return undefined;
}
