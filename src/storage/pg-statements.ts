/**
 * The PostgreSQL store's hot path as named prepared statements (pg `query({ name, text })`):
 * each is parsed once per connection, and no query is built or compiled per call. Each write
 * is one statement where one statement is atomic (event batches, the end of a reply), so a
 * stream costs fewer round trips. Column lists match what Kysely's `selectAll()` returned,
 * so the row mappers of rows.ts apply unchanged.
 */
import type { QueryConfig } from 'pg';

export const statement = (name: string, text: string): Pick<QueryConfig, 'name' | 'text'> => ({ name: `parley_${name}`, text });

export const PG = {
  findApiKeyByHash: statement(
    'find_api_key',
    `select k.*, o.slug as org_slug, o.name as org_name, o.credits as org_credits, o.created_at as org_created_at
     from api_keys as k inner join organizations as o on o.id = k.org_id
     where k.key_hash = $1`,
  ),
  getConversation: statement('get_conversation', 'select * from conversations where id = $1 and org_id = $2 and channel = $3'),
  createConversation: statement(
    'create_conversation',
    `insert into conversations (id, org_id, channel, status, customer_identifier, escalation_reason, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
  ),
  /** A new conversation and, in the same statement, its `conversation.created` outbox rows (issue 14). */
  createConversationWithEvent: statement(
    'create_conversation_event',
    `with c as (
       insert into conversations (id, org_id, channel, status, customer_identifier, escalation_reason, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8))
     insert into webhook_deliveries (id, webhook_id, org_id, event_id, event, payload, status, attempts, next_attempt_at, created_at)
     select $9::text || '.' || w.id, w.id, w.org_id, $9::text, $10::text, $11::text, 'pending', 0, $12::text, $12::text from webhooks w
     where w.org_id = $2 and w.enabled = 1 and w.deleted_at is null and w.events like $13::text`,
  ),
  listMessages: statement('list_messages', "select * from messages where conversation_id = $1 and status != 'streaming' order by position"),
  getMessage: statement('get_message', 'select * from messages where id = $1'),
  getLatestReply: statement(
    'latest_reply',
    "select * from messages where conversation_id = $1 and role = 'assistant' order by position desc limit 1",
  ),
  listReplyEvents: statement('list_reply_events', 'select seq, data from reply_events where message_id = $1 and seq > $2 order by seq'),

  /** The whole of a send's start (pg-start-reply.ts, v2): $1 conversation … $11 now, $12 escalated event wanted. */
  startReply: statement('start_reply_v2', 'select * from parley_start_reply_v2($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)'),

  // ── single-statement writes (atomic without a transaction) ──
  /** Any number of events of any replies: $1 message ids, $2 seqs, $3 data. */
  appendReplyEvents: statement(
    'append_reply_events',
    'insert into reply_events (message_id, seq, data) select * from unnest($1::text[], $2::int[], $3::text[])',
  ),
  /**
   * The end of a reply: its last events, text and status, its reservation read under a row lock
   * (of two ends of one reply only the first releases it) and zeroed, released from the
   * organization with min(tokens, reservation) charged (never below zero), and the conversation
   * touched or escalated. $1 message, $2 seqs, $3 data, $4 content, $5 status, $6 tokens, $7 now,
   * $8 organization, $9 escalation reason or null, $10 conversation; on an escalation (issue 14)
   * the conversation's status event $15 and the outbox event ($11 id, $12 type, $13 payload,
   * $14 its `like` pattern), else nulls.
   */
  finishReply: statement(
    'finish_reply',
    `with old as (
       select id, reserved_credits from messages where id = $1 for update),
     ev as (
       insert into reply_events (message_id, seq, data) select $1, e.seq, e.data from unnest($2::int[], $3::text[]) as e(seq, data)),
     upd as (
       update messages as m set content = $4, status = $5, tokens = $6, updated_at = $7, reserved_credits = 0
       from old where m.id = old.id
       returning old.reserved_credits as reserved),
     org as (
       update organizations as o set
         reserved_credits = case when o.reserved_credits > upd.reserved then o.reserved_credits - upd.reserved else 0 end,
         credits = case when o.credits > least(greatest($6, 0), upd.reserved) then o.credits - least(greatest($6, 0), upd.reserved) else 0 end
       from upd
       where o.id = $8 and o.credits is not null and upd.reserved > 0),
     conv as (
       update conversations set
         status = case when $9::text is null then status else 'escalated' end,
         escalation_reason = case when $9::text is null then escalation_reason else $9::text end,
         updated_at = $7
       where id = $10),
     cev as (
       insert into conversation_events (conversation_id, seq, data, created_at)
       select $10, coalesce(max(seq), 0) + 1, $15::text, $7 from conversation_events where conversation_id = $10
       having $15::text is not null),
     wh as (
       insert into webhook_deliveries (id, webhook_id, org_id, event_id, event, payload, status, attempts, next_attempt_at, created_at)
       select $11::text || '.' || w.id, w.id, w.org_id, $11::text, $12::text, $13::text, 'pending', 0, $7, $7 from webhooks w
       where $11::text is not null and w.org_id = $8 and w.enabled = 1 and w.deleted_at is null and w.events like $14::text)
     select 1`,
  ),
};
