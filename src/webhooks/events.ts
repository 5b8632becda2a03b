/**
 * Webhook events (README: webhooks). Every event has the envelope of the original system's
 * `conversation.escalated` (digest §13): `event`, `timestamp`, `conversation{id, status,
 * customerIdentifier, createdAt}`, `messages[]` (the full history: `role`, `content`,
 * `createdAt`) and `payload` (event-specific). The body is built once, when the event is
 * recorded, and sent byte for byte on every attempt.
 */
import { newId } from '../storage/ids.ts';
import type { Conversation, Message, OutboxEvent } from '../storage/types.ts';

export const WEBHOOK_EVENTS = [
  'conversation.escalated',
  'conversation.created',
  'conversation.resolved',
  'message.created',
  'feedback.created',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** The outbox event `type` for `conversation` with its transcript and event-specific `payload`. */
export function webhookEvent(
  type: WebhookEventType,
  conversation: Conversation,
  messages: readonly Message[],
  payload: Record<string, unknown>,
  at = new Date().toISOString(),
): OutboxEvent {
  const body = {
    event: type,
    timestamp: at,
    conversation: {
      id: conversation.id,
      status: conversation.status,
      customerIdentifier: conversation.customerIdentifier,
      createdAt: conversation.createdAt,
    },
    messages: messages
      .filter((m) => m.status !== 'streaming')
      .map((m) => ({ role: m.role, content: m.content, createdAt: m.createdAt, ...(m.role === 'staff' ? { author: m.author ?? null } : {}) })),
    payload,
  };
  return { id: newId(), orgId: conversation.orgId, type, payload: JSON.stringify(body), at };
}

/** `conversation.created`, for a new customer conversation (its transcript is empty). */
export function conversationCreatedEvent(conversation: Conversation): OutboxEvent {
  return webhookEvent('conversation.created', conversation, [], {}, conversation.createdAt);
}

/** `message.created`: a customer message while a person has the conversation (the last of `messages`). */
export function messageCreatedEvent(conversation: Conversation, messages: Message[]): OutboxEvent {
  const last = messages.findLast((m) => m.role === 'user');
  const message = last && { id: last.id, role: last.role, content: last.content, createdAt: last.createdAt };
  return webhookEvent('message.created', conversation, messages, { message });
}

/** `conversation.escalated`, with the original's payload `{reason}`. */
export function escalatedEvent(conversation: Conversation, messages: readonly Message[], reason: string, at: string): OutboxEvent {
  return webhookEvent('conversation.escalated', { ...conversation, status: 'escalated' }, messages, { reason }, at);
}

/** `feedback.created`: the customer rated an assistant reply. */
export function feedbackEvent(messageId: string, rating: 'up' | 'down'): (conversation: Conversation, messages: Message[]) => OutboxEvent {
  return (conversation, messages) => webhookEvent('feedback.created', conversation, messages, { messageId, rating });
}
