/**
 * Customer feedback on one assistant reply (digest §7: thumbs up/down on every reply).
 * Unknown or foreign conversation and message ids get the same 404, like unknown conversations.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX } from '@parley/client/protocol';
import { AppError } from '../../errors.ts';
import type { AgentStore } from '../../storage/agent-store.ts';
import type { Store } from '../../storage/types.ts';
import type { HandoffDeps } from '../../handoff/deps.ts';
import { feedbackEvent } from '../../webhooks/events.ts';
import { createKeyCheck, requireAuth } from '../auth.ts';
import { errorResponses } from '../schemas.ts';

const paramsSchema = z.object({ id: z.string().max(200), messageId: z.string().max(200) });
const bodySchema = z.object({ rating: z.enum(['up', 'down']) }).strict();
const responseSchema = z.object({ messageId: z.string(), rating: z.enum(['up', 'down']) });

/** Registers `POST …/messages/{messageId}/feedback` on the customer API. */
export function registerFeedbackRoute(app: FastifyInstance, store: Store, agentStore: AgentStore, handoff?: HandoffDeps): void {
  // With webhooks (issue 14), the rating and its feedback.created event are stored together.
  const rate = handoff
    ? async (orgId: string, conversationId: string, messageId: string, rating: 'up' | 'down') => {
        const ok = await handoff.handoff.rateMessage(orgId, conversationId, messageId, rating, feedbackEvent(messageId, rating));
        if (ok) handoff.worker.wake();
        return ok;
      }
    : (orgId: string, conversationId: string, messageId: string, rating: 'up' | 'down') => agentStore.setFeedback(orgId, conversationId, messageId, rating);
  app.withTypeProvider<ZodTypeProvider>().post(`${API_PREFIX}/customer/conversations/:id/messages/:messageId/feedback`, {
    onRequest: createKeyCheck(store, 'customer'),
    schema: {
      tags: ['Customer Chat API'],
      security: [{ bearerAuth: [] }],
      summary: 'Rate one assistant reply (thumbs up or down); rating again replaces the rating',
      params: paramsSchema,
      body: bodySchema,
      response: { 200: responseSchema, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const { organization } = requireAuth(request);
      const conversation = await store.getConversation(organization.id, 'customer', request.params.id);
      if (!conversation) throw new AppError('not_found', 'Conversation not found.');
      const ok = await rate(organization.id, conversation.id, request.params.messageId, request.body.rating);
      if (!ok) throw new AppError('not_found', 'Message not found.');
      return { messageId: request.params.messageId, rating: request.body.rating };
    },
  });
}
