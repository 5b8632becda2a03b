/**
 * SQL shared by both engines for the handoff and webhook outbox (issue 14), written with `?`
 * placeholders; {@link pgText} numbers them for PostgreSQL.
 */
import type { DeliveryStatus, Webhook, WebhookDelivery, WebhookPatch } from './handoff-store.ts';
import { withoutNul } from './text.ts';
import type { Message, OutboxEvent } from './types.ts';

/** `?` → `$1`, `$2` … (none of these statements has a `?` inside a string literal). */
export function pgText(sqlText: string): string {
  let n = 0;
  return sqlText.replace(/\?/g, () => `$${++n}`);
}

export const HANDOFF_SQL = {
  /**
   * The outbox: one pending delivery per enabled endpoint of the organization subscribed to the
   * event. Delivery ids are the event id and the endpoint id, so recording twice is refused.
   */
  recordEvent: `insert into webhook_deliveries (id, webhook_id, org_id, event_id, event, payload, status, attempts, next_attempt_at, created_at)
    select cast(? as text) || '.' || w.id, w.id, w.org_id, cast(? as text), cast(? as text), cast(? as text), 'pending', 0,
      cast(? as text), cast(? as text) from webhooks w
    where w.org_id = ? and w.enabled = 1 and w.deleted_at is null and w.events like ?`,
  /** Appends to the customer's conversation event stream: the next id of that conversation. */
  appendConversationEvent: `insert into conversation_events (conversation_id, seq, data, created_at)
    select cast(? as text), coalesce(max(seq), 0) + 1, cast(? as text), cast(? as text) from conversation_events where conversation_id = ?`,
  conversationEvents: 'select seq, data from conversation_events where conversation_id = ? and seq > ? order by seq limit 500',
} as const;

/** The parameters of {@link HANDOFF_SQL.recordEvent}. */
export function recordEventParams(e: OutboxEvent): unknown[] {
  return [e.id, e.id, e.type, e.payload, e.at, e.at, e.orgId, `%"${e.type}"%`];
}

/** The parameters of {@link HANDOFF_SQL.appendConversationEvent}. */
export function conversationEventParams(conversationId: string, data: string, at: string): unknown[] {
  return [conversationId, data, at, conversationId];
}

/** The `data` of a status event of the customer's conversation event stream. */
export function statusEventData(status: 'escalated' | 'resolved' | 'active', reason?: string | null): string {
  return JSON.stringify(reason ? { type: 'status', status, reason } : { type: 'status', status });
}

export interface WebhookRow {
  id: string;
  org_id: string;
  url: string;
  events: string;
  secret: string;
  enabled: number;
  disabled_reason: string | null;
  failures: number;
  created_at: string;
  updated_at: string;
}

export interface DeliveryRow {
  id: string;
  webhook_id: string;
  org_id: string;
  event_id: string;
  event: string;
  payload: string;
  status: string;
  attempts: number;
  last_response_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  delivered_at: string | null;
}

export const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  orgId: r.org_id,
  url: r.url,
  events: JSON.parse(r.events) as string[],
  secret: r.secret,
  enabled: Number(r.enabled) === 1,
  disabledReason: r.disabled_reason,
  failures: Number(r.failures),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  orgId: r.org_id,
  eventId: r.event_id,
  event: r.event,
  payload: r.payload,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  lastResponseCode: r.last_response_code === null ? null : Number(r.last_response_code),
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

export const WEBHOOK_SQL = {
  insertWebhook: `insert into webhooks (id, org_id, url, events, secret, enabled, disabled_reason, failures, created_at, updated_at)
    values (?, ?, ?, ?, ?, 1, null, 0, ?, ?)`,
  listWebhooks: 'select * from webhooks where org_id = ? and deleted_at is null order by created_at, id',
  getWebhook: 'select * from webhooks where org_id = ? and id = ? and deleted_at is null',
  webhooksByIds: 'select * from webhooks where id in ', // + a list of placeholders
  /** url, events, secret, enabled: each kept when null; enabling clears failures and the reason. */
  updateWebhook: `update webhooks set url = coalesce(?, url), events = coalesce(?, events), secret = coalesce(?, secret),
      enabled = coalesce(?, enabled),
      failures = case when cast(? as integer) = 1 then 0 else failures end,
      disabled_reason = case when cast(? as integer) is null then disabled_reason else null end,
      updated_at = ?
    where org_id = ? and id = ? and deleted_at is null`,
  deleteWebhook: 'update webhooks set deleted_at = ?, enabled = 0, updated_at = ? where org_id = ? and id = ? and deleted_at is null',
  failPendingOf: `update webhook_deliveries set status = 'failed', next_attempt_at = null, last_error = ?
    where webhook_id = ? and status = 'pending'`,
  listDeliveries: 'select * from webhook_deliveries where webhook_id = ? order by created_at desc, id desc limit ?',
  getDelivery: 'select * from webhook_deliveries where webhook_id = ? and id = ?',
  redeliver: `update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = ?, locked_until = null, delivered_at = null
    where webhook_id = ? and id = ?`,
  /** Due deliveries of live endpoints, not claimed by a worker whose claim still holds. */
  due: `select id from webhook_deliveries
    where status = 'pending' and next_attempt_at <= ? and (locked_until is null or locked_until <= ?)
      and webhook_id in (select id from webhooks where enabled = 1 and deleted_at is null)
    order by next_attempt_at limit ?`,
  claim: 'update webhook_deliveries set locked_until = ? where id = ?',
  release: 'update webhook_deliveries set locked_until = null where id = ? and status = \'pending\'',
  releaseAll: "update webhook_deliveries set locked_until = null where status = 'pending' and locked_until is not null",
  // An attempt's outcome counts only while its claim holds: a redelivery asked for during the
  // attempt (which clears the claim) is not undone when the attempt ends.
  delivered: `update webhook_deliveries set status = 'delivered', attempts = attempts + 1, last_response_code = ?, last_error = null,
      next_attempt_at = null, locked_until = null, delivered_at = ? where id = ? and locked_until is not null`,
  retry: `update webhook_deliveries set attempts = attempts + 1, last_response_code = ?, last_error = ?, next_attempt_at = ?, locked_until = null
    where id = ? and locked_until is not null`,
  failed: `update webhook_deliveries set status = 'failed', attempts = attempts + 1, last_response_code = ?, last_error = ?,
      next_attempt_at = null, locked_until = null where id = ? and locked_until is not null`,
  resetFailures: 'update webhooks set failures = 0 where id = ?',
  /** One more delivery failed for good: at the bound, the endpoint is disabled with a reason. */
  countFailure: `update webhooks set failures = failures + 1,
      enabled = case when failures + 1 >= ? then 0 else enabled end,
      disabled_reason = case when failures + 1 >= ? then cast(? as text) else disabled_reason end,
      updated_at = ?
    where id = ?`,
  nextDue: `select min(next_attempt_at) as at from webhook_deliveries where status = 'pending'
    and webhook_id in (select id from webhooks where enabled = 1 and deleted_at is null)`,
  countPending: `select count(*) as n from webhook_deliveries where status = 'pending'`,
  conversation: `select * from conversations where org_id = ? and id = ? and channel = 'customer'`,
  nextPosition: 'select coalesce(max(position), 0) + 1 as position from messages where conversation_id = ?',
  insertStaffMessage: `insert into messages (id, conversation_id, org_id, role, content, status, position, reply_to, idempotency_key, fingerprint,
      tokens, reserved_credits, author, created_at, updated_at)
    values (?, ?, ?, 'staff', ?, 'complete', ?, null, null, null, 0, 0, ?, ?, ?)`,
  touchConversation: 'update conversations set updated_at = ? where id = ?',
  rate: `update messages set feedback = ? where id = ? and conversation_id = ? and org_id = ? and role = 'assistant' and status != 'streaming'`,
  conversationById: 'select * from conversations where id = ?',
  finishedMessages: "select * from messages where conversation_id = ? and status != 'streaming' order by position",
  resolve: `update conversations set status = 'resolved', updated_at = ? where id = ?`,
} as const;

/** The parameters of {@link WEBHOOK_SQL.updateWebhook}. */
export function updateWebhookParams(orgId: string, id: string, patch: WebhookPatch, now: string): unknown[] {
  const enabled = patch.enabled === undefined ? null : patch.enabled ? 1 : 0;
  const events = patch.events === undefined ? null : JSON.stringify(patch.events);
  return [patch.url ?? null, events, patch.secret ?? null, enabled, enabled, enabled === 1 ? 1 : null, now, orgId, id];
}

/** The staff message's row values for {@link WEBHOOK_SQL.insertStaffMessage} and the message itself. */
export function staffMessage(
  input: { orgId: string; conversationId: string; content: string; author: string | null; now: string },
  id: string,
  position: number,
): { params: unknown[]; message: Message } {
  const content = withoutNul(input.content);
  const author = input.author === null ? null : withoutNul(input.author);
  return {
    params: [id, input.conversationId, input.orgId, content, position, author, input.now, input.now],
    message: {
      id,
      conversationId: input.conversationId,
      role: 'staff',
      content,
      status: 'complete',
      position,
      replyTo: null,
      idempotencyKey: null,
      tokens: 0,
      author,
      createdAt: input.now,
      updatedAt: input.now,
    },
  };
}

/** The `data` of a staff message on the customer's conversation event stream. */
export function staffEventData(m: Message): string {
  return JSON.stringify({ type: 'message', message: { id: m.id, role: 'staff', content: m.content, author: m.author ?? null, createdAt: m.createdAt } });
}

export const DISABLED_REASON = 'Disabled after repeated failed deliveries; enable it again with PATCH {"enabled": true}.';
