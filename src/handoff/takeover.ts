/**
 * A person takes over (issue 14): staff replies to a customer conversation, and resolving it
 * hands it back to the AI. Both are stored with their stream event (and resolving with its
 * `conversation.resolved` outbox event) in one transaction; then this instance's streams and
 * webhook worker are woken.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { getConversation } from '../management/get-conversation.ts';
import { webhookEvent } from '../webhooks/events.ts';
import type { HandoffDeps } from './deps.ts';

export const staffReplyBodySchema = z
  .object({
    message: z.string().describe('The reply text; not blank, at most PARLEY_MAX_MESSAGE_CHARS characters'),
    author: z.string().min(1).max(200).optional().describe('Who answers, shown to the customer'),
  })
  .strict();

export const staffMessageSchema = z.object({
  id: z.string(),
  role: z.literal('staff'),
  content: z.string(),
  author: z.string().nullable(),
  status: z.literal('complete'),
  createdAt: z.string(),
});

export async function addStaffReply(deps: HandoffDeps, orgId: string, conversationId: string, input: z.infer<typeof staffReplyBodySchema>) {
  if (input.message.trim() === '') throw new AppError('invalid_request', 'The message must not be blank.');
  if (input.message.length > deps.config.maxMessageChars) {
    throw new AppError('message_too_long', `The message is longer than ${deps.config.maxMessageChars} characters.`);
  }
  const message = await deps.handoff.addStaffReply({
    orgId,
    conversationId,
    content: input.message,
    author: input.author ?? null,
    now: new Date().toISOString(),
  });
  if (!message) throw new AppError('not_found', 'Conversation not found.');
  deps.signals.notify(conversationId);
  return { id: message.id, role: 'staff' as const, content: message.content, author: message.author ?? null, status: 'complete' as const, createdAt: message.createdAt };
}

export async function resolveConversation(deps: HandoffDeps, orgId: string, conversationId: string) {
  const now = new Date().toISOString();
  const resolved = await deps.handoff.resolveConversation(orgId, conversationId, now, (conversation, messages) =>
    webhookEvent('conversation.resolved', conversation, messages, {}, now),
  );
  if (!resolved) throw new AppError('not_found', 'Conversation not found.');
  deps.signals.notify(conversationId);
  deps.worker.wake();
  return { conversation: (await getConversation(deps, orgId, conversationId)).conversation };
}
