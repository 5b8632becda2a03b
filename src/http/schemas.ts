/**
 * Zod schemas of the HTTP API: they validate requests, serialise responses and generate the
 * OpenAPI document. Each is tied to its wire type in `@parley/client/protocol` by `satisfies`,
 * so server and SDK share one definition.
 */
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type {
  CreateConversationBody,
  CreateConversationResponse,
  ErrorBody,
  HistoryMessage,
  SendMessageBody,
  StopResponse,
} from '@parley/client/protocol';
import { HTTP_ERROR_CODES } from '@parley/client/protocol';

export const errorBodySchema = z
  .object({ error: z.string(), code: z.enum(HTTP_ERROR_CODES) })
  .describe('Every non-2xx JSON response') satisfies z.ZodType<ErrorBody>;

export const conversationParamsSchema = z.object({
  id: z.string().max(200).describe('Conversation id (UUID)'),
});

export const createConversationBodySchema = z
  .object({ customerIdentifier: z.string().trim().min(1).max(256).optional() })
  .strict()
  .nullish() satisfies z.ZodType<CreateConversationBody | undefined | null>;

/** Management conversations take no body (an empty JSON object is accepted). */
export const emptyBodySchema = z.object({}).strict().nullish();

export const createConversationResponseSchema = z.object({
  conversationId: z.uuid(),
}) satisfies z.ZodType<CreateConversationResponse>;

export const sendMessageBodySchema = z.object({
  message: z.string().describe('The message text; not blank, at most PARLEY_MAX_MESSAGE_CHARS characters'),
}) satisfies z.ZodType<SendMessageBody>;

export const historyMessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant', 'staff']).describe('`staff`: a person of the organization (after a handoff)'),
  content: z.string(),
  author: z.string().nullable().optional().describe('Who wrote a staff message'),
  createdAt: z.string(),
  status: z.enum(['complete', 'partial', 'stopped', 'refused']),
}) satisfies z.ZodType<HistoryMessage>;

export const historyResponseSchema = z.object({ messages: z.array(historyMessageSchema) });

export const stopResponseSchema = z.object({ stopped: z.boolean() }) satisfies z.ZodType<StopResponse>;

/** Documented on the GET streams a browser's EventSource opens (it cannot send Authorization). */
export const accessTokenQuery = {
  access_token: z
    .string()
    .max(1024)
    .optional()
    .describe('A public chat session token (pcs_…), for EventSource, which cannot send headers; never an API key'),
};

export const streamQuerySchema = z.object({
  lastEventId: z.string().optional().describe('Same as the Last-Event-ID header'),
  ...accessTokenQuery,
  replyId: z
    .uuid()
    .optional()
    .describe(
      'The reply to resume: the `Parley-Reply-Id` of its send. Without it, the latest reply; with it, exactly ' +
        'that reply even after newer ones started (unknown, or of another conversation: 404)',
    ),
});

/** When each status is answered (PRODUCT.md §1), for the OpenAPI document. */
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: body not JSON, a field missing or invalid, message blank or too long (`invalid_request`, `message_too_long`)',
  401: 'API key missing, malformed, unknown or revoked (`unauthorized`)',
  402: 'The organization has no credits left (`payment_required`)',
  403: 'Wrong key type for this API, or a session token outside its conversation (`forbidden`); a browser origin the organization does not allow (`origin_not_allowed`)',
  404: 'Unknown, or belongs to another organization (`not_found`)',
  409: 'A reply is still being generated in this conversation (`reply_in_progress`), or the last management key cannot be revoked (`last_management_key`)',
  413: 'Request body over the size limit (`payload_too_large`)',
  422: 'Idempotency-Key reused with a different message (`idempotency_key_reused`)',
  429: 'Conversation message limit reached (`conversation_limit`), or rate limited (`rate_limited`, with Retry-After)',
  500: 'Unexpected failure; the text never carries internal details (`internal_error`)',
  503: 'Shutting down; retry shortly (`shutting_down`, with Retry-After)',
};

/** Standard error responses `{error, code}` as `application/json`, for the OpenAPI document. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: ERROR_DESCRIPTIONS[s] ?? 'Error', content: { 'application/json': { schema: errorBodySchema } } },
    ]),
  );

/**
 * fastify-type-provider-zod's `jsonSchemaTransform` keeps only `description` and `content` of a
 * response given with its content type, dropping its `headers`; this puts them back, so the
 * document declares response headers such as `Parley-Reply-Id` (one JSON schema per name, as
 * @fastify/swagger reads them).
 */
export function keepResponseHeaders(transform: typeof jsonSchemaTransform): typeof jsonSchemaTransform {
  return (document) => {
    const result = transform(document);
    const declared = (document.schema as { response?: Record<string, unknown> } | undefined)?.response ?? {};
    const out = (result.schema as { response?: Record<string, Record<string, unknown>> } | undefined)?.response;
    for (const [status, response] of Object.entries(declared)) {
      const headers = (response as { content?: unknown; headers?: unknown } | null)?.headers;
      if (headers && out?.[status]) out[status] = { ...out[status], headers };
    }
    return result;
  };
}
