/**
 * The chat API of one channel (customer or management): create, send (SSE), history, resume
 * (SSE) and stop. Handlers are thin: validation by schema, work by use cases and runs.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX, DONE, HEADER, STREAM_ERROR_CODES, type Channel, type EventPayload } from '@parley/client/protocol';
import { AppError } from '../../errors.ts';
import { findReplyFeed } from '../../conversations/resume-reply.ts';
import { sendMessage, type SendMessageDeps } from '../../conversations/send-message.ts';
import type { FrameFeed } from '../../runs/frame-feed.ts';
import { createKeyCheck, requireAuth } from '../auth.ts';
import { openEventStream } from '../sse-sink.ts';
import { conversationCreatedEvent } from '../../webhooks/events.ts';
import {
  conversationParamsSchema,
  createConversationBodySchema,
  createConversationResponseSchema,
  emptyBodySchema,
  errorResponses,
  historyResponseSchema,
  sendMessageBodySchema,
  stopResponseSchema,
  streamQuerySchema,
} from '../schemas.ts';

/** The JSON `data:` payload of every event but the last. */
const eventPayloadSchema = z.union([
  z.object({ type: z.literal('delta'), text: z.string() }).describe('Incremental text chunk: append it to the reply'),
  z.object({ type: z.literal('status'), status: z.literal('escalated') }).describe('The conversation was escalated to a human'),
  z
    .object({ type: z.literal('error'), message: z.string(), code: z.enum(STREAM_ERROR_CODES), retryable: z.boolean() })
    .describe('Failure after the 200 (model error, time limit, shutdown); `[DONE]` follows directly'),
]) satisfies z.ZodType<EventPayload>;

/** The response header naming the reply a stream carries (declared on every stream response). */
const REPLY_ID_HEADER = 'Parley-Reply-Id';
/** Response headers as @fastify/swagger reads them: one JSON schema (with its description) per name. */
const replyIdHeader = {
  [REPLY_ID_HEADER]: {
    type: 'string',
    format: 'uuid',
    description: 'The id of the reply (assistant message) this stream carries; resume it with `GET …/stream?replyId=<id>`',
  },
};

/**
 * A 200 that streams: the schema describes one event of the stream (the `itemSchema` of
 * OpenAPI 3.2, which 3.0 cannot express).
 */
const SSE_RESPONSE = {
  description:
    'The reply as Server-Sent Events (`Content-Type: text/event-stream; charset=utf-8`): each event is ' +
    '`id: N` + `data: <payload>` + a blank line, ids 1, 2, 3 … without gaps; the last event is ' +
    '`data: [DONE]` and nothing follows it. Lines starting with `:` are heartbeats; ignore them.',
  headers: replyIdHeader,
  content: {
    'text/event-stream': {
      schema: z
        .object({
          id: z.number().int().min(1).describe('The `id:` line; send the last one seen as Last-Event-ID to resume'),
          data: z.union([eventPayloadSchema, z.literal(DONE)]).describe('The `data:` line: a JSON payload, or `[DONE]` last'),
        })
        .describe('One event of the stream'),
    },
  },
};

/** A 204 has no body: `type: 'null'` makes the document give it none. */
const NOTHING_LEFT = z
  .null()
  .meta({ type: 'null', headers: replyIdHeader })
  .describe('Nothing left to send after Last-Event-ID');

/** Request headers, declared for the OpenAPI document; the handlers check their values. */
const sendHeadersSchema = z.object({
  'Idempotency-Key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/)
    .optional()
    .describe('Retrying with the same key and message replays the same reply; with another message: 422'),
  'Last-Event-ID': z
    .string()
    .regex(/^\d{1,9}$/)
    .optional()
    .describe(
      'On a retry with the same Idempotency-Key: the id of the last event received; the replay continues after ' +
        'it (204 when nothing is left). Without an Idempotency-Key, any value but 0 is 400: the send cannot be matched',
    ),
});
const streamHeadersSchema = z.object({
  'Last-Event-ID': z
    .string()
    .regex(/^\d{1,9}$/)
    .optional()
    .describe('The id of the last event received; the stream resumes after it (default 0: from the start)'),
});

/**
 * The zod validator for every part but the headers, whose schemas only document them: checking
 * them by schema would replace `request.headers` with a copy on every send.
 */
function documentedHeadersOnly<S>(route: FastifyRouteSchemaDef<S>): FastifyValidationResult {
  return route.httpPart === 'headers' ? () => true : validatorCompiler(route as FastifyRouteSchemaDef<z.ZodType>);
}

/**
 * Streams `feed` after event `after` under the reply's id, or answers 204 when nothing is left
 * (a finished reply already read to its end, or an id beyond a running one's).
 */
function streamReply(reply: FastifyReply, replyId: string, feed: FrameFeed, after: number): void {
  reply.header(REPLY_ID_HEADER, replyId);
  if (after >= feed.frames.length + (feed.ended ? 0 : 1)) {
    reply.code(204).send(null);
    return;
  }
  feed.attach(openEventStream(reply), after);
}

function parseLastEventId(header: string | string[] | undefined, query: string | undefined): number {
  const raw = (Array.isArray(header) ? header[0] : header) ?? query;
  if (raw === undefined || raw === '') return 0;
  if (!/^\d{1,9}$/.test(raw.trim())) throw new AppError('invalid_request', 'Last-Event-ID must be a non-negative integer.');
  return Number(raw.trim());
}

export function registerChatRoutes(app: FastifyInstance, deps: SendMessageDeps, channel: Channel): void {
  const { store, runs } = deps;
  const base = `${API_PREFIX}/${channel}/conversations`;
  const tags = [channel === 'customer' ? 'Customer Chat API' : 'Management Chat API'];
  const security = [{ bearerAuth: [] }];
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = createKeyCheck(store, channel);

  const findConversation = async (orgId: string, id: string) => {
    const conversation = await store.getConversation(orgId, channel, id);
    if (!conversation) throw new AppError('not_found', 'Conversation not found.');
    return conversation;
  };

  r.post(base, {
    onRequest,
    schema: {
      tags,
      security,
      summary: 'Create a conversation',
      body: channel === 'customer' ? createConversationBodySchema : emptyBodySchema,
      response: { 201: createConversationResponseSchema, ...errorResponses(400, 401, 402, 403) },
    },
    handler: async (request, reply) => {
      const { organization } = requireAuth(request);
      if (organization.credits !== null && organization.credits <= 0) throw new AppError('payment_required');
      const body = request.body as { customerIdentifier?: string } | undefined;
      const conversation = await store.createConversation({
        orgId: organization.id,
        channel,
        customerIdentifier: body?.customerIdentifier ?? null,
        event: channel === 'customer' ? conversationCreatedEvent : undefined,
      });
      return reply.code(201).send({ conversationId: conversation.id });
    },
  });

  r.post(`${base}/:id/messages`, {
    onRequest,
    validatorCompiler: documentedHeadersOnly,
    schema: {
      tags,
      security,
      summary: 'Send a message; the reply streams back as Server-Sent Events',
      params: conversationParamsSchema,
      headers: sendHeadersSchema,
      body: sendMessageBodySchema,
      response: { 200: SSE_RESPONSE, 204: NOTHING_LEFT, ...errorResponses(400, 401, 402, 403, 404, 409, 413, 422, 429, 500, 503) },
    },
    handler: async (request, reply) => {
      const { organization } = requireAuth(request);
      const header = request.headers[HEADER.idempotencyKey];
      const idempotencyKey = Array.isArray(header) ? header[0] : header;
      // A reconnect (the eventsource libraries repeat the POST with Last-Event-ID: N) continues
      // the reply its key names. Without a key it cannot be matched to a reply, and a new reply
      // would be joined onto the client's text, so it is refused rather than sent twice.
      const after = parseLastEventId(request.headers[HEADER.lastEventId], undefined);
      if (after > 0 && idempotencyKey === undefined) {
        throw new AppError('invalid_request', 'Last-Event-ID on a send needs the Idempotency-Key of the first attempt.');
      }
      const sent = await sendMessage(deps, {
        organization,
        channel,
        conversationId: request.params.id,
        message: request.body.message,
        idempotencyKey,
      });
      // Only a replay continues after `after`: a new reply starts at 1.
      streamReply(reply, sent.replyId, sent.feed, sent.replayed ? after : 0);
    },
  });

  r.get(`${base}/:id/messages`, {
    onRequest,
    schema: {
      tags,
      security,
      summary: 'Read the conversation history',
      params: conversationParamsSchema,
      response: { 200: historyResponseSchema, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      const { organization } = requireAuth(request);
      const conversation = await findConversation(organization.id, request.params.id);
      const messages = await store.listMessages(conversation.id);
      return {
        messages: messages.map((m) => ({
          id: m.id,
          role: m.role,
          content: m.content,
          ...(m.role === 'staff' ? { author: m.author ?? null } : {}),
          createdAt: m.createdAt,
          status: m.status === 'streaming' ? 'partial' : m.status,
        })),
      };
    },
  });

  r.get(`${base}/:id/stream`, {
    onRequest,
    validatorCompiler: documentedHeadersOnly,
    schema: {
      tags,
      security,
      summary:
        'Resume a reply after Last-Event-ID (header or ?lastEventId): the one ?replyId names, else the latest; 204 when nothing is left',
      params: conversationParamsSchema,
      headers: streamHeadersSchema,
      querystring: streamQuerySchema,
      // `type: 'null'` makes the document give the 204 no body.
      response: { 200: SSE_RESPONSE, 204: NOTHING_LEFT, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { organization } = requireAuth(request);
      const after = parseLastEventId(request.headers[HEADER.lastEventId], request.query.lastEventId);
      const conversation = await findConversation(organization.id, request.params.id);
      const found = await findReplyFeed(deps, conversation, request.query.replyId);
      if (!found) return reply.code(204).send(null);
      streamReply(reply, found.replyId, found.feed, after);
    },
  });

  r.post(`${base}/:id/stop`, {
    onRequest,
    schema: {
      tags,
      security,
      summary: 'Stop the running reply; the text so far is stored with status stopped',
      params: conversationParamsSchema,
      response: { 200: stopResponseSchema, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      const { organization } = requireAuth(request);
      const conversation = await findConversation(organization.id, request.params.id);
      return { stopped: await runs.stop(conversation.id) };
    },
  });
}
