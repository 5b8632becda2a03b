/** {@link HandoffStore} on PostgreSQL, over the core store's pool. */
import type { PoolClient } from 'pg';
import type { KyselyStore } from './kysely-store.ts';
import type { AttemptResult, HandoffStore, Webhook, WebhookDelivery, WebhookPatch } from './handoff-store.ts';
import {
  DISABLED_REASON,
  HANDOFF_SQL,
  WEBHOOK_SQL as W,
  conversationEventParams,
  pgText,
  recordEventParams,
  staffEventData,
  staffMessage,
  statusEventData,
  toDelivery,
  toWebhook,
  updateWebhookParams,
  type DeliveryRow,
  type WebhookRow,
} from './handoff-sql.ts';
import { newId } from './ids.ts';
import { toConversation, toMessage } from './rows.ts';
import type { Conversation, EventBuilder, Message, OutboxEvent } from './types.ts';

/** Numbered once per statement text. */
const texts = new Map<string, string>();
const pg = (sqlText: string): string => {
  let t = texts.get(sqlText);
  if (t === undefined) texts.set(sqlText, (t = pgText(sqlText)));
  return t;
};

export class PgHandoffStore implements HandoffStore {
  readonly #store: KyselyStore;

  constructor(store: KyselyStore) {
    this.#store = store;
  }

  async #rows<T>(sqlText: string, params: unknown[], client?: PoolClient): Promise<T[]> {
    return (await (client ?? this.#store.pgPool!).query(pg(sqlText), params)).rows as T[];
  }

  async createWebhook(input: { orgId: string; url: string; events: string[]; secret: string }): Promise<Webhook> {
    const id = newId();
    const now = new Date().toISOString();
    await this.#rows(W.insertWebhook, [id, input.orgId, input.url, JSON.stringify(input.events), input.secret, now, now]);
    return (await this.getWebhook(input.orgId, id))!;
  }

  async listWebhooks(orgId: string): Promise<Webhook[]> {
    return (await this.#rows<WebhookRow>(W.listWebhooks, [orgId])).map(toWebhook);
  }

  async getWebhook(orgId: string, id: string): Promise<Webhook | undefined> {
    const row = (await this.#rows<WebhookRow>(W.getWebhook, [orgId, id]))[0];
    return row && toWebhook(row);
  }

  async updateWebhook(orgId: string, id: string, patch: WebhookPatch): Promise<Webhook | undefined> {
    await this.#rows(W.updateWebhook, updateWebhookParams(orgId, id, patch, new Date().toISOString()));
    return this.getWebhook(orgId, id);
  }

  async deleteWebhook(orgId: string, id: string): Promise<boolean> {
    const now = new Date().toISOString();
    return this.#store.pgTransaction(async (client) => {
      const r = await client.query(pg(W.deleteWebhook), [now, now, orgId, id]);
      if (r.rowCount !== 1) return false;
      await client.query(pg(W.failPendingOf), ['The endpoint was deleted.', id]);
      return true;
    });
  }

  async listDeliveries(webhookId: string, limit: number): Promise<WebhookDelivery[]> {
    return (await this.#rows<DeliveryRow>(W.listDeliveries, [webhookId, limit])).map(toDelivery);
  }

  async redeliver(webhookId: string, deliveryId: string, now: string): Promise<WebhookDelivery | undefined> {
    await this.#rows(W.redeliver, [now, webhookId, deliveryId]);
    const row = (await this.#rows<DeliveryRow>(W.getDelivery, [webhookId, deliveryId]))[0];
    return row && toDelivery(row);
  }

  async claimDueDeliveries(now: string, lockUntil: string, limit: number): Promise<{ delivery: WebhookDelivery; webhook: Webhook }[]> {
    // One statement: the rows are locked while chosen (SKIP LOCKED passes over those another
    // instance is choosing) and the claim is written before the locks go.
    const claimed = await this.#rows<DeliveryRow>(
      `update webhook_deliveries set locked_until = $1 where id in (
         select id from webhook_deliveries
         where status = 'pending' and next_attempt_at <= $2 and (locked_until is null or locked_until <= $2)
           and webhook_id in (select id from webhooks where enabled = 1 and deleted_at is null)
         order by next_attempt_at limit $3 for update skip locked)
       returning *`,
      [lockUntil, now, limit],
    );
    if (claimed.length === 0) return [];
    const hooks = await this.#rows<WebhookRow>('select * from webhooks where id = any($1::text[])', [[...new Set(claimed.map((d) => d.webhook_id))]]);
    const byId = new Map(hooks.map((h) => [h.id, toWebhook(h)]));
    return claimed.flatMap((d) => {
      const webhook = byId.get(d.webhook_id);
      return webhook ? [{ delivery: toDelivery(d), webhook }] : [];
    });
  }

  async releaseClaims(ids: readonly string[] | 'all'): Promise<void> {
    if (ids === 'all') await this.#rows(W.releaseAll, []);
    else if (ids.length > 0) await this.#rows("update webhook_deliveries set locked_until = null where id = any($1::text[]) and status = 'pending'", [[...ids]]);
  }

  async recordAttempt(r: AttemptResult): Promise<void> {
    await this.#store.pgTransaction(async (client) => {
      if (r.ok) {
        if (((await client.query(pg(W.delivered), [r.responseCode, r.now, r.deliveryId])).rowCount ?? 0) > 0) await client.query(pg(W.resetFailures), [r.webhookId]);
      } else if (r.retryAt !== null) {
        await client.query(pg(W.retry), [r.responseCode, r.error, r.retryAt, r.deliveryId]);
      } else if (((await client.query(pg(W.failed), [r.responseCode, r.error, r.deliveryId])).rowCount ?? 0) > 0) {
        await client.query(pg(W.countFailure), [r.disableAfter, r.disableAfter, DISABLED_REASON, r.now, r.webhookId]);
      }
    });
  }

  async nextDueAt(): Promise<string | undefined> {
    return (await this.#rows<{ at: string | null }>(W.nextDue, []))[0]?.at ?? undefined;
  }

  async countPending(): Promise<number> {
    return Number((await this.#rows<{ n: string }>(W.countPending, []))[0]?.n ?? 0);
  }

  async addStaffReply(input: { orgId: string; conversationId: string; content: string; author: string | null; now: string }): Promise<Message | undefined> {
    return this.#store.pgTransaction(async (client) => {
      const conversation = await this.#lockConversation(client, input.orgId, input.conversationId);
      if (!conversation) return undefined;
      const position = Number((await this.#rows<{ position: number }>(W.nextPosition, [conversation.id], client))[0]!.position);
      const { params, message } = staffMessage(input, newId(), position);
      await client.query(pg(W.insertStaffMessage), params);
      await client.query(pg(W.touchConversation), [input.now, conversation.id]);
      await client.query(pg(HANDOFF_SQL.appendConversationEvent), conversationEventParams(conversation.id, staffEventData(message), input.now));
      return message;
    });
  }

  async resolveConversation(orgId: string, conversationId: string, now: string, event: EventBuilder): Promise<Conversation | undefined> {
    return this.#store.pgTransaction(async (client) => {
      const found = await this.#lockConversation(client, orgId, conversationId);
      if (!found) return undefined;
      await client.query(pg(W.resolve), [now, found.id]);
      const conversation: Conversation = { ...found, status: 'resolved', updatedAt: now };
      await client.query(pg(HANDOFF_SQL.appendConversationEvent), conversationEventParams(found.id, statusEventData('resolved'), now));
      const messages = (await client.query(pg(W.finishedMessages), [found.id])).rows.map(toMessage);
      await client.query(pg(HANDOFF_SQL.recordEvent), recordEventParams(event(conversation, messages)));
      return conversation;
    });
  }

  async rateMessage(orgId: string, conversationId: string, messageId: string, rating: 'up' | 'down', event: EventBuilder): Promise<boolean> {
    return this.#store.pgTransaction(async (client) => {
      const r = await client.query(pg(W.rate), [rating, messageId, conversationId, orgId]);
      if (r.rowCount !== 1) return false;
      const conversation = toConversation((await client.query(pg(W.conversationById), [conversationId])).rows[0]);
      const messages = (await client.query(pg(W.finishedMessages), [conversationId])).rows.map(toMessage);
      await client.query(pg(HANDOFF_SQL.recordEvent), recordEventParams(event(conversation, messages)));
      return true;
    });
  }

  async #lockConversation(client: PoolClient, orgId: string, id: string): Promise<Conversation | undefined> {
    const row = (await client.query(pg(`${W.conversation} for update`), [orgId, id])).rows[0];
    return row && toConversation(row);
  }

  async recordEvent(event: OutboxEvent): Promise<void> {
    await this.#rows(HANDOFF_SQL.recordEvent, recordEventParams(event));
  }

  async listConversationEvents(conversationId: string, afterSeq: number): Promise<{ seq: number; data: string }[]> {
    const rows = await this.#rows<{ seq: number; data: string }>(HANDOFF_SQL.conversationEvents, [conversationId, afterSeq]);
    return rows.map((r) => ({ seq: Number(r.seq), data: r.data }));
  }
}
