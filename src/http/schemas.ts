/**
 * Zod schemas of the HTTP API: they validate requests, serialise responses and generate the
 * OpenAPI document. Each is tied to its wire type in `@parley/client/protocol` by `satisfies`,
 * so server and SDK share one definition.
 */
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
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  createdAt: z.string(),
  status: z.enum(['complete', 'partial', 'stopped', 'refused']),
}) satisfies z.ZodType<HistoryMessage>;

export const historyResponseSchema = z.object({ messages: z.array(historyMessageSchema) });

export const stopResponseSchema = z.object({ stopped: z.boolean() }) satisfies z.ZodType<StopResponse>;

export const streamQuerySchema = z.object({
  lastEventId: z.string().optional().describe('Same as the Last-Event-ID header'),
});

/** Standard error responses, for the OpenAPI document. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorBodySchema]));
