/**
 * The PostgreSQL store's hot path as named prepared statements (pg `query({ name, text })`):
 * each is parsed once per connection, and no query is built or compiled per call. Each write
 * is one statement where one statement is atomic (event batches, the end of a reply), so a
 * stream costs fewer round trips. Column lists match what Kysely's `selectAll()` returned,
 * so the row mappers of rows.ts apply unchanged.
 */
import type { QueryConfig } from 'pg';

const statement = (name: string, text: string): Pick<QueryConfig, 'name' | 'text'> => ({ name: `parley_${name}`, text });

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

  // ── startReply, inside one transaction ──
  /** Serialises sends to one conversation across connections and instances. */
  lockConversation: statement('lock_conversation', 'select * from conversations where id = $1 for update'),
  findByIdempotencyKey: statement('find_idempotent', 'select * from messages where conversation_id = $1 and idempotency_key = $2'),
  findReplyTo: statement('find_reply_to', 'select * from messages where conversation_id = $1 and reply_to = $2'),
  /**
   * Is a reply running, how many user messages, the last position; and, only when the
   * conversation is idle and under its limit, the credit reservation: a conditional UPDATE that
   * re-reads a row another transaction just changed, never writing or locking an unlimited
   * organization's row. $1 conversation, $2 organization, $3 amount, $4 user-message limit.
   */
  countAndReserve: statement(
    'count_and_reserve',
    `with c as (
       select cast(count(case when status = 'streaming' then 1 end) as integer) as streaming,
              cast(count(case when role = 'user' then 1 end) as integer) as users,
              cast(coalesce(max(position), 0) as integer) as last
       from messages where conversation_id = $1),
     r as (
       update organizations set reserved_credits = reserved_credits + $3
       where id = $2 and credits is not null and credits - reserved_credits > 0
         and (select streaming from c) = 0 and (select users from c) < $4
       returning id)
     select c.streaming, c.users, c.last,
            (select credits is null from organizations where id = $2) as unlimited,
            exists(select 1 from r) as reserved
     from c`,
  ),
  /** The user message, its streaming reply, and the conversation's updated_at. */
  insertStartedReply: statement(
    'insert_started_reply',
    `with m as (
       insert into messages (id, conversation_id, org_id, role, content, status, position, reply_to, idempotency_key,
                             fingerprint, tokens, reserved_credits, owner_id, lease_until, stop_requested_at, created_at, updated_at)
       values ($1, $3, $4, 'user', $5, 'complete', $6, null, $7, $8, 0, 0, null, null, null, $9, $9),
              ($2, $3, $4, 'assistant', '', 'streaming', $10, $1, null, null, 0, $11, null, null, null, $9, $9))
     update conversations set updated_at = $9 where id = $3`,
  ),

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
