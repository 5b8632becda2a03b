/**
 * The storage port of issue 14: webhook endpoints and their deliveries (the outbox), staff
 * replies, resolving a conversation, and the customer's conversation event stream. Implemented
 * per engine (`pg-handoff-store.ts`, `sqlite-handoff-store.ts`) over the core store's connection,
 * held to one contract suite (`test/handoff-store-contract.test.ts`).
 */
import type { Conversation, EventBuilder, Message, OutboxEvent } from './types.ts';

export interface Webhook {
  id: string;
  orgId: string;
  url: string;
  events: string[];
  secret: string;
  enabled: boolean;
  /** Why the endpoint was disabled (repeated failures); null while enabled or disabled by hand. */
  disabledReason: string | null;
  /** Deliveries that failed for good in a row; reset by a success or by enabling it again. */
  failures: number;
  createdAt: string;
  updatedAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  orgId: string;
  /** The event's id: the `webhook-id` header, the same on every attempt. */
  eventId: string;
  event: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookPatch {
  url?: string;
  events?: string[];
  enabled?: boolean;
  secret?: string;
}

/** The outcome of one delivery attempt, as the worker records it. */
export interface AttemptResult {
  deliveryId: string;
  webhookId: string;
  ok: boolean;
  responseCode: number | null;
  error: string | null;
  /** When to try again; null when this failure is final (the attempt bound). */
  retryAt: string | null;
  /** Final failures in a row after which the endpoint is disabled. */
  disableAfter: number;
  now: string;
}

export interface ConversationEvent {
  seq: number;
  data: string;
}

export interface HandoffStore {
  createWebhook(input: { orgId: string; url: string; events: string[]; secret: string }): Promise<Webhook>;
  /** The organization's endpoints (not deleted), oldest first. */
  listWebhooks(orgId: string): Promise<Webhook[]>;
  getWebhook(orgId: string, id: string): Promise<Webhook | undefined>;
  /** Enabling an endpoint clears its failures and disabled reason. Undefined when unknown. */
  updateWebhook(orgId: string, id: string, patch: WebhookPatch): Promise<Webhook | undefined>;
  /** Deletes the endpoint; its pending deliveries fail. False when unknown. */
  deleteWebhook(orgId: string, id: string): Promise<boolean>;
  /** The newest deliveries of an endpoint first, at most `limit`. */
  listDeliveries(webhookId: string, limit: number): Promise<WebhookDelivery[]>;
  /** Makes a delivery of this endpoint pending again, due now, with its attempts reset. */
  redeliver(webhookId: string, deliveryId: string, now: string): Promise<WebhookDelivery | undefined>;
  /**
   * Claims up to `limit` pending deliveries due at `now` (none claimed by another worker whose
   * claim still holds) until `lockUntil`: on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so
   * concurrent instances never claim the same row. Each comes with its endpoint.
   */
  claimDueDeliveries(now: string, lockUntil: string, limit: number): Promise<{ delivery: WebhookDelivery; webhook: Webhook }[]>;
  /**
   * Ends the claims on these deliveries (all pending ones for `'all'`), so they are due again at
   * once: attempts a stopping worker did not finish, or, on SQLite at start, the claims of the
   * previous process (a SQLite database has one process).
   */
  releaseClaims(ids: readonly string[] | 'all'): Promise<void>;
  /** Records an attempt: delivered, pending again at `retryAt`, or failed (and maybe the endpoint disabled). */
  recordAttempt(result: AttemptResult): Promise<void>;
  /** The earliest time a pending delivery is due, for the worker's sleep; undefined when none. */
  nextDueAt(): Promise<string | undefined>;
  /** How many deliveries are pending (the backlog metric). */
  countPending(): Promise<number>;

  /**
   * Adds a staff message to a customer conversation and its event to the conversation's stream,
   * in one transaction. Undefined when the conversation is unknown (or not a customer one).
   */
  addStaffReply(input: { orgId: string; conversationId: string; content: string; author: string | null; now: string }): Promise<Message | undefined>;
  /**
   * Sets a customer conversation `resolved`, appends the status event, and records the outbox
   * event `event` builds from the resolved conversation and its transcript, in one transaction.
   */
  resolveConversation(orgId: string, conversationId: string, now: string, event: EventBuilder): Promise<Conversation | undefined>;
  /**
   * Rates an assistant reply of the conversation (replacing an earlier rating) and records the
   * outbox event `event` builds, in one transaction. False when no such finished reply exists.
   */
  rateMessage(orgId: string, conversationId: string, messageId: string, rating: 'up' | 'down', event: EventBuilder): Promise<boolean>;
  /** Records an event in the outbox on its own (an event whose change is already stored). */
  recordEvent(event: OutboxEvent): Promise<void>;
  /** The conversation's stream events after `afterSeq`, in order (at most 500). */
  listConversationEvents(conversationId: string, afterSeq: number): Promise<ConversationEvent[]>;
}
