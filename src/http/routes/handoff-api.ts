/**
 * Issue 14's routes: webhook endpoints and their delivery log, API keys, staff replies and
 * resolve (management API), and the customer's conversation event stream (customer API).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX, HEADER } from '@parley/client/protocol';
import { AppError } from '../../errors.ts';
import { streamConversationEvents } from '../../handoff/conversation-stream.ts';
import type { HandoffDeps } from '../../handoff/deps.ts';
import { createKey, createKeyBodySchema, createdKeySchema, keySchema, keyView, revokeKey } from '../../handoff/keys.ts';
import { addStaffReply, resolveConversation, staffMessageSchema, staffReplyBodySchema } from '../../handoff/takeover.ts';
import {
  createdWebhookSchema,
  createWebhook,
  createWebhookBodySchema,
  deliverySchema,
  deliveryView,
  findWebhook,
  redeliver,
  updateWebhook,
  updateWebhookBodySchema,
  webhookSchema,
  webhookView,
} from '../../handoff/webhooks.ts';
import { conversationDetailSchema } from '../../management/http-schemas.ts';
import { createKeyCheck, requireAuth } from '../auth.ts';
import { openEventStream } from '../sse-sink.ts';
import { accessTokenQuery, errorResponses } from '../schemas.ts';

const idParams = z.object({ id: z.string().max(200) });
const deliveryParams = z.object({ id: z.string().max(200), deliveryId: z.string().max(200) });
const NO_CONTENT = z.null().meta({ type: 'null' }).describe('Done; no body');

/** The conversation event stream, one event, for the OpenAPI document. */
const CONVERSATION_EVENTS_RESPONSE = {
  description:
    'Server-Sent Events of the conversation: `id: N` (a per-conversation sequence) + `data: <json>`, resumable with ' +
    'Last-Event-ID (or ?lastEventId). `: ping` comments while idle. Never ends by itself; the client closes it.',
  content: {
    'text/event-stream': {
      schema: z.object({
        id: z.number().int().min(1),
        data: z.union([
          z.object({ type: z.literal('message'), message: z.object({ id: z.string(), role: z.literal('staff'), content: z.string(), author: z.string().nullable(), createdAt: z.string() }) }),
          z.object({ type: z.literal('status'), status: z.enum(['escalated', 'resolved', 'active']), reason: z.string().optional() }),
        ]),
      }),
    },
  },
};

function lastEventId(header: string | string[] | undefined, query: string | undefined): number {
  const raw = ((Array.isArray(header) ? header[0] : header) ?? query ?? '').trim();
  if (raw === '') return 0;
  if (!/^\d{1,9}$/.test(raw)) throw new AppError('invalid_request', 'Last-Event-ID must be a non-negative integer.');
  return Number(raw);
}

export function registerHandoffRoutes(app: FastifyInstance, deps: HandoffDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = createKeyCheck(deps.store, 'management');
  const base = `${API_PREFIX}/management`;
  const common = { tags: ['Management JSON API'], security: [{ bearerAuth: [] }] };
  const org = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).organization.id;

  // ── webhooks ──
  r.post(`${base}/webhooks`, {
    onRequest,
    schema: { ...common, summary: 'Add a webhook endpoint; the answer shows its secret once', body: createWebhookBodySchema, response: { 201: createdWebhookSchema, ...errorResponses(400, 401, 403) } },
    handler: async (request, reply) => reply.code(201).send(await createWebhook(deps, org(request), request.body)),
  });
  r.get(`${base}/webhooks`, {
    onRequest,
    schema: { ...common, summary: 'List webhook endpoints', response: { 200: z.object({ webhooks: z.array(webhookSchema) }), ...errorResponses(401, 403) } },
    handler: async (request) => ({ webhooks: (await deps.handoff.listWebhooks(org(request))).map(webhookView) }),
  });
  r.get(`${base}/webhooks/:id`, {
    onRequest,
    schema: { ...common, summary: 'One webhook endpoint', params: idParams, response: { 200: webhookSchema, ...errorResponses(401, 403, 404) } },
    handler: async (request) => webhookView(await findWebhook(deps, org(request), request.params.id)),
  });
  r.patch(`${base}/webhooks/:id`, {
    onRequest,
    schema: { ...common, summary: 'Change an endpoint; {"enabled": true} enables a disabled one again', params: idParams, body: updateWebhookBodySchema, response: { 200: webhookSchema, ...errorResponses(400, 401, 403, 404) } },
    handler: (request) => updateWebhook(deps, org(request), request.params.id, request.body),
  });
  r.delete(`${base}/webhooks/:id`, {
    onRequest,
    schema: { ...common, summary: 'Delete an endpoint; its pending deliveries fail', params: idParams, response: { 204: NO_CONTENT, ...errorResponses(401, 403, 404) } },
    handler: async (request, reply) => {
      if (!(await deps.handoff.deleteWebhook(org(request), request.params.id))) throw new AppError('not_found', 'Webhook not found.');
      return reply.code(204).send(null);
    },
  });
  r.get(`${base}/webhooks/:id/deliveries`, {
    onRequest,
    schema: { ...common, summary: 'The delivery log of an endpoint, newest first (at most 100)', params: idParams, response: { 200: z.object({ deliveries: z.array(deliverySchema) }), ...errorResponses(401, 403, 404) } },
    handler: async (request) => {
      const webhook = await findWebhook(deps, org(request), request.params.id);
      return { deliveries: (await deps.handoff.listDeliveries(webhook.id, 100)).map(deliveryView) };
    },
  });
  r.post(`${base}/webhooks/:id/deliveries/:deliveryId/redeliver`, {
    onRequest,
    schema: { ...common, summary: 'Send a delivery again (same body and webhook-id), with its attempts reset', params: deliveryParams, response: { 202: z.object({ delivery: deliverySchema }), ...errorResponses(401, 403, 404) } },
    handler: async (request, reply) => reply.code(202).send(await redeliver(deps, org(request), request.params.id, request.params.deliveryId)),
  });

  // ── API keys ──
  r.get(`${base}/keys`, {
    onRequest,
    schema: { ...common, summary: 'List the active API keys, masked', response: { 200: z.object({ keys: z.array(keySchema) }), ...errorResponses(401, 403) } },
    handler: async (request) => ({ keys: (await deps.store.listApiKeys(org(request))).map(keyView) }),
  });
  r.post(`${base}/keys`, {
    onRequest,
    schema: { ...common, summary: 'Create an API key; the answer shows it once', body: createKeyBodySchema, response: { 201: createdKeySchema, ...errorResponses(400, 401, 403) } },
    handler: async (request, reply) => reply.code(201).send(await createKey(deps.store, org(request), request.body)),
  });
  r.delete(`${base}/keys/:id`, {
    onRequest,
    schema: { ...common, summary: 'Revoke an API key, at once on every instance; not the last management key (409)', params: idParams, response: { 204: NO_CONTENT, ...errorResponses(401, 403, 404, 409) } },
    handler: async (request, reply) => {
      await revokeKey(deps.store, org(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  // ── a person takes over ──
  r.post(`${base}/conversations/:id/replies`, {
    onRequest,
    schema: { ...common, summary: 'Answer a customer conversation as a person (role staff); the customer sees it in the history and event stream', params: idParams, body: staffReplyBodySchema, response: { 201: staffMessageSchema, ...errorResponses(400, 401, 403, 404) } },
    handler: async (request, reply) => reply.code(201).send(await addStaffReply(deps, org(request), request.params.id, request.body)),
  });
  r.post(`${base}/conversations/:id/resolve`, {
    onRequest,
    schema: { ...common, summary: 'Mark a customer conversation resolved and hand it back to the AI (fires conversation.resolved)', params: idParams, response: { 200: z.object({ conversation: conversationDetailSchema.shape.conversation }), ...errorResponses(401, 403, 404) } },
    handler: (request) => resolveConversation(deps, org(request), request.params.id),
  });

  // ── the customer's conversation event stream ──
  r.get(`${API_PREFIX}/customer/conversations/:id/events`, {
    onRequest: createKeyCheck(deps.store, 'customer'),
    schema: {
      tags: ['Customer Chat API'],
      security: [{ bearerAuth: [] }],
      summary: 'Follow the conversation live: staff messages and status changes, as Server-Sent Events',
      params: idParams,
      querystring: z.object({ lastEventId: z.string().optional().describe('Same as the Last-Event-ID header'), ...accessTokenQuery }),
      response: { 200: CONVERSATION_EVENTS_RESPONSE, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { organization } = requireAuth(request);
      const after = lastEventId(request.headers[HEADER.lastEventId], request.query.lastEventId);
      const conversation = await deps.store.getConversation(organization.id, 'customer', request.params.id);
      if (!conversation) throw new AppError('not_found', 'Conversation not found.');
      streamConversationEvents(
        { store: deps.handoff, signals: deps.signals, log: deps.log, pollMs: deps.signals.pollMs, heartbeatMs: deps.config.heartbeatMs },
        conversation.id,
        after,
        openEventStream(reply),
      );
    },
  });
}
