/**
 * {@link HandoffStore} on SQLite: reads as direct prepared statements, every write a synchronous
 * unit of the store's group commit (so no other code ever sees one half done). One process owns
 * a SQLite database, so a claim needs no row locks.
 */
import type { AttemptResult, HandoffStore, Webhook, WebhookDelivery, WebhookPatch } from './handoff-store.ts';
import {
  DISABLED_REASON,
  HANDOFF_SQL,
  WEBHOOK_SQL as W,
  conversationEventParams,
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
import type { Database, MessagesTable } from './schema.ts';
import type { SqliteStore } from './sqlite-store.ts';
import type { Conversation, EventBuilder, Message, OutboxEvent } from './types.ts';

export class SqliteHandoffStore implements HandoffStore {
  readonly #store: SqliteStore;

  constructor(store: SqliteStore) {
    this.#store = store;
  }

  #all<T>(sqlText: string, params: unknown[]): T[] {
    return this.#store.statement(sqlText).all(...params) as T[];
  }

  #run(sqlText: string, params: unknown[]): number {
    return this.#store.statement(sqlText).run(...params).changes;
  }

  #write<T>(unit: () => T): Promise<T> {
    return this.#store.commits.run(unit);
  }

  async createWebhook(input: { orgId: string; url: string; events: string[]; secret: string }): Promise<Webhook> {
    const id = newId();
    const now = new Date().toISOString();
    await this.#write(() => this.#run(W.insertWebhook, [id, input.orgId, input.url, JSON.stringify(input.events), input.secret, now, now]));
    return (await this.getWebhook(input.orgId, id))!;
  }

  async listWebhooks(orgId: string): Promise<Webhook[]> {
    return this.#all<WebhookRow>(W.listWebhooks, [orgId]).map(toWebhook);
  }

  async getWebhook(orgId: string, id: string): Promise<Webhook | undefined> {
    const row = this.#all<WebhookRow>(W.getWebhook, [orgId, id])[0];
    return row && toWebhook(row);
  }

  async updateWebhook(orgId: string, id: string, patch: WebhookPatch): Promise<Webhook | undefined> {
    await this.#write(() => this.#run(W.updateWebhook, updateWebhookParams(orgId, id, patch, new Date().toISOString())));
    return this.getWebhook(orgId, id);
  }

  async deleteWebhook(orgId: string, id: string): Promise<boolean> {
    const now = new Date().toISOString();
    return this.#write(() => {
      if (this.#run(W.deleteWebhook, [now, now, orgId, id]) !== 1) return false;
      this.#run(W.failPendingOf, ['The endpoint was deleted.', id]);
      return true;
    });
  }

  async listDeliveries(webhookId: string, limit: number): Promise<WebhookDelivery[]> {
    return this.#all<DeliveryRow>(W.listDeliveries, [webhookId, limit]).map(toDelivery);
  }

  async redeliver(webhookId: string, deliveryId: string, now: string): Promise<WebhookDelivery | undefined> {
    await this.#write(() => this.#run(W.redeliver, [now, webhookId, deliveryId]));
    const row = this.#all<DeliveryRow>(W.getDelivery, [webhookId, deliveryId])[0];
    return row && toDelivery(row);
  }

  async claimDueDeliveries(now: string, lockUntil: string, limit: number): Promise<{ delivery: WebhookDelivery; webhook: Webhook }[]> {
    // A read first: an idle worker polls every second, and should not commit (fsync) each time.
    if (this.#all<{ id: string }>(W.due, [now, now, 1]).length === 0) return [];
    const ids = await this.#write(() => {
      const due = this.#all<{ id: string }>(W.due, [now, now, limit]).map((r) => r.id);
      for (const id of due) this.#run(W.claim, [lockUntil, id]);
      return due;
    });
    if (ids.length === 0) return [];
    const deliveries = this.#all<DeliveryRow>(`select * from webhook_deliveries where id in (${ids.map(() => '?').join(', ')})`, ids);
    const hookIds = [...new Set(deliveries.map((d) => d.webhook_id))];
    const hooks = new Map(this.#all<WebhookRow>(`${W.webhooksByIds}(${hookIds.map(() => '?').join(', ')})`, hookIds).map((h) => [h.id, toWebhook(h)]));
    return deliveries.flatMap((d) => {
      const webhook = hooks.get(d.webhook_id);
      return webhook ? [{ delivery: toDelivery(d), webhook }] : [];
    });
  }

  async releaseClaims(ids: readonly string[] | 'all'): Promise<void> {
    await this.#write(() => {
      if (ids === 'all') this.#run(W.releaseAll, []);
      else for (const id of ids) this.#run(W.release, [id]);
    });
  }

  async recordAttempt(r: AttemptResult): Promise<void> {
    await this.#write(() => {
      if (r.ok) {
        if (this.#run(W.delivered, [r.responseCode, r.now, r.deliveryId]) > 0) this.#run(W.resetFailures, [r.webhookId]);
      } else if (r.retryAt !== null) {
        this.#run(W.retry, [r.responseCode, r.error, r.retryAt, r.deliveryId]);
      } else if (this.#run(W.failed, [r.responseCode, r.error, r.deliveryId]) > 0) {
        this.#run(W.countFailure, [r.disableAfter, r.disableAfter, DISABLED_REASON, r.now, r.webhookId]);
      }
    });
  }

  async nextDueAt(): Promise<string | undefined> {
    return this.#all<{ at: string | null }>(W.nextDue, [])[0]?.at ?? undefined;
  }

  async countPending(): Promise<number> {
    return Number(this.#all<{ n: number }>(W.countPending, [])[0]?.n ?? 0);
  }

  async addStaffReply(input: { orgId: string; conversationId: string; content: string; author: string | null; now: string }): Promise<Message | undefined> {
    return this.#write(() => {
      const found = this.#all<Database['conversations']>(W.conversation, [input.orgId, input.conversationId])[0];
      if (!found) return undefined;
      const position = this.#all<{ position: number }>(W.nextPosition, [found.id])[0]!.position;
      const { params, message } = staffMessage(input, newId(), position);
      this.#run(W.insertStaffMessage, params);
      this.#run(W.touchConversation, [input.now, found.id]);
      this.#run(HANDOFF_SQL.appendConversationEvent, conversationEventParams(found.id, staffEventData(message), input.now));
      return message;
    });
  }

  async resolveConversation(orgId: string, conversationId: string, now: string, event: EventBuilder): Promise<Conversation | undefined> {
    return this.#write(() => {
      const found = this.#all<Database['conversations']>(W.conversation, [orgId, conversationId])[0];
      if (!found) return undefined;
      this.#run(W.resolve, [now, found.id]);
      const conversation: Conversation = { ...toConversation(found), status: 'resolved', updatedAt: now };
      this.#run(HANDOFF_SQL.appendConversationEvent, conversationEventParams(found.id, statusEventData('resolved'), now));
      const messages = this.#all<MessagesTable>(W.finishedMessages, [found.id]).map(toMessage);
      this.#run(HANDOFF_SQL.recordEvent, recordEventParams(event(conversation, messages)));
      return conversation;
    });
  }

  async rateMessage(orgId: string, conversationId: string, messageId: string, rating: 'up' | 'down', event: EventBuilder): Promise<boolean> {
    return this.#write(() => {
      if (this.#run(W.rate, [rating, messageId, conversationId, orgId]) !== 1) return false;
      const conversation = toConversation(this.#all<Database['conversations']>(W.conversationById, [conversationId])[0]!);
      const messages = this.#all<MessagesTable>(W.finishedMessages, [conversationId]).map(toMessage);
      this.#run(HANDOFF_SQL.recordEvent, recordEventParams(event(conversation, messages)));
      return true;
    });
  }

  async recordEvent(event: OutboxEvent): Promise<void> {
    await this.#write(() => this.#run(HANDOFF_SQL.recordEvent, recordEventParams(event)));
  }

  async listConversationEvents(conversationId: string, afterSeq: number): Promise<{ seq: number; data: string }[]> {
    return this.#all<{ seq: number; data: string }>(HANDOFF_SQL.conversationEvents, [conversationId, afterSeq]);
  }
}
