/**
 * `startReply` on PostgreSQL as one server-side function, so a send costs one statement instead
 * of BEGIN, the conversation lock, the busy count with the credit reservation, the inserts and
 * COMMIT (five round trips; on loopback each socket write of the pg driver is most of a
 * statement's CPU in the Parley process). Migration 4 creates it; `KyselyStore.startReply` calls it.
 *
 * The function keeps the order and the snapshots of the transaction it replaces. It is VOLATILE
 * and PL/pgSQL: under READ COMMITTED every statement in it takes a new snapshot, so the count that
 * follows the lock sees a reply that the transaction it waited for has just committed (a single
 * SQL statement would not: its snapshot predates the lock).
 *
 * Two versions. Migration 4 made `parley_start_reply`, which the send called after reading the
 * conversation itself. Migration 5 adds `parley_start_reply_v2`, which reads the conversation in
 * the same statement (one round trip fewer per send; the row it returns is the one it locked) and
 * is the one called now. The first stays for instances of the previous release during a rolling
 * deploy; a later release may drop it.
 *
 * v2's arguments: conversation, organization, channel, user message id, reply id, content,
 * idempotency key, fingerprint, user-message limit, credits to reserve, now, and whether the
 * caller records `message.created` for an escalated conversation. It returns one row: `kind`
 * (started, replay, key_reused, busy, limit, no_credits, not_found, and `escalated` when the
 * caller asked for the event and the conversation is escalated: then nothing is done, and the
 * caller repeats the call inside a transaction that also records the event); the conversation
 * as a JSON row; for a replay the user message and the reply as JSON rows; `reserved`, what the
 * reply holds; and the user message's position.
 */
export const START_REPLY_FUNCTION = `
create or replace function parley_start_reply(
  p_conversation text, p_org text, p_user_id text, p_reply_id text, p_content text,
  p_idempotency_key text, p_fingerprint text, p_max_users integer, p_amount integer, p_now text)
returns table (kind text, user_message json, reply json, reserved integer, user_position integer)
language plpgsql volatile as $fn$
declare
  v_prior messages%rowtype;
  v_reply messages%rowtype;
  v_streaming integer;
  v_users integer;
  v_last integer;
  v_unlimited boolean;
  v_reserved integer := 0;
begin
  -- Serialises sends to one conversation across connections and instances.
  perform 1 from conversations where id = p_conversation for update;
  if p_idempotency_key is not null then
    select * into v_prior from messages where conversation_id = p_conversation and idempotency_key = p_idempotency_key;
    if found then
      if v_prior.fingerprint is distinct from p_fingerprint then
        return query select 'key_reused'::text, null::json, null::json, 0, 0;
        return;
      end if;
      select * into v_reply from messages where conversation_id = p_conversation and reply_to = v_prior.id;
      if not found then
        raise exception 'no reply to message %', v_prior.id;
      end if;
      return query select 'replay'::text, row_to_json(v_prior), row_to_json(v_reply), v_reply.reserved_credits, v_prior.position;
      return;
    end if;
  end if;
  select cast(count(case when status = 'streaming' then 1 end) as integer),
         cast(count(case when role = 'user' then 1 end) as integer),
         cast(coalesce(max(position), 0) as integer)
    into v_streaming, v_users, v_last
    from messages where conversation_id = p_conversation;
  if v_streaming > 0 then
    return query select 'busy'::text, null::json, null::json, 0, 0;
    return;
  end if;
  if v_users >= p_max_users then
    return query select 'limit'::text, null::json, null::json, 0, 0;
    return;
  end if;
  -- A conditional UPDATE re-reads a row another transaction just changed; an organization
  -- without a balance is neither written nor locked.
  update organizations set reserved_credits = reserved_credits + p_amount
    where id = p_org and credits is not null and credits - reserved_credits > 0;
  if found then
    v_reserved := p_amount;
  else
    select credits is null into v_unlimited from organizations where id = p_org;
    if v_unlimited is null then
      raise exception 'organization % not found', p_org;
    end if;
    if not v_unlimited then
      return query select 'no_credits'::text, null::json, null::json, 0, 0;
      return;
    end if;
  end if;
  insert into messages (id, conversation_id, org_id, role, content, status, position, reply_to, idempotency_key,
                        fingerprint, tokens, reserved_credits, owner_id, lease_until, stop_requested_at, created_at, updated_at)
  values (p_user_id, p_conversation, p_org, 'user', p_content, 'complete', v_last + 1, null, p_idempotency_key,
          p_fingerprint, 0, 0, null, null, null, p_now, p_now),
         (p_reply_id, p_conversation, p_org, 'assistant', '', 'streaming', v_last + 2, p_user_id, null,
          null, 0, v_reserved, null, null, null, p_now, p_now);
  update conversations set updated_at = p_now where id = p_conversation;
  return query select 'started'::text, null::json, null::json, v_reserved, v_last + 1;
end
$fn$`;


export const START_REPLY_FUNCTION_V2 = `
create or replace function parley_start_reply_v2(
  p_conversation text, p_org text, p_channel text, p_user_id text, p_reply_id text, p_content text,
  p_idempotency_key text, p_fingerprint text, p_max_users integer, p_amount integer, p_now text,
  p_escalated_event boolean)
returns table (kind text, conversation json, user_message json, reply json, reserved integer, user_position integer)
language plpgsql volatile as $fn$
declare
  v_conversation conversations%rowtype;
  v_prior messages%rowtype;
  v_reply messages%rowtype;
  v_streaming integer;
  v_users integer;
  v_last integer;
  v_unlimited boolean;
  v_reserved integer := 0;
begin
  -- The conversation, locked: serialises sends to it across connections and instances.
  select * into v_conversation from conversations
    where id = p_conversation and org_id = p_org and channel = p_channel for update;
  if not found then
    return query select 'not_found'::text, null::json, null::json, null::json, 0, 0;
    return;
  end if;
  if p_escalated_event and v_conversation.status = 'escalated' then
    return query select 'escalated'::text, null::json, null::json, null::json, 0, 0;
    return;
  end if;
  if p_idempotency_key is not null then
    select * into v_prior from messages where conversation_id = p_conversation and idempotency_key = p_idempotency_key;
    if found then
      if v_prior.fingerprint is distinct from p_fingerprint then
        return query select 'key_reused'::text, null::json, null::json, null::json, 0, 0;
        return;
      end if;
      select * into v_reply from messages where conversation_id = p_conversation and reply_to = v_prior.id;
      if not found then
        raise exception 'no reply to message %', v_prior.id;
      end if;
      return query select 'replay'::text, row_to_json(v_conversation), row_to_json(v_prior), row_to_json(v_reply),
        v_reply.reserved_credits, v_prior.position;
      return;
    end if;
  end if;
  select cast(count(case when status = 'streaming' then 1 end) as integer),
         cast(count(case when role = 'user' then 1 end) as integer),
         cast(coalesce(max(position), 0) as integer)
    into v_streaming, v_users, v_last
    from messages where conversation_id = p_conversation;
  if v_streaming > 0 then
    return query select 'busy'::text, null::json, null::json, null::json, 0, 0;
    return;
  end if;
  if v_users >= p_max_users then
    return query select 'limit'::text, null::json, null::json, null::json, 0, 0;
    return;
  end if;
  -- A conditional UPDATE re-reads a row another transaction just changed; an organization
  -- without a balance is neither written nor locked.
  update organizations set reserved_credits = reserved_credits + p_amount
    where id = p_org and credits is not null and credits - reserved_credits > 0;
  if found then
    v_reserved := p_amount;
  else
    select credits is null into v_unlimited from organizations where id = p_org;
    if v_unlimited is null then
      raise exception 'organization % not found', p_org;
    end if;
    if not v_unlimited then
      return query select 'no_credits'::text, null::json, null::json, null::json, 0, 0;
      return;
    end if;
  end if;
  insert into messages (id, conversation_id, org_id, role, content, status, position, reply_to, idempotency_key,
                        fingerprint, tokens, reserved_credits, owner_id, lease_until, stop_requested_at, created_at, updated_at)
  values (p_user_id, p_conversation, p_org, 'user', p_content, 'complete', v_last + 1, null, p_idempotency_key,
          p_fingerprint, 0, 0, null, null, null, p_now, p_now),
         (p_reply_id, p_conversation, p_org, 'assistant', '', 'streaming', v_last + 2, p_user_id, null,
          null, 0, v_reserved, null, null, null, p_now, p_now);
  update conversations set updated_at = p_now where id = p_conversation;
  return query select 'started'::text, row_to_json(v_conversation), null::json, null::json, v_reserved, v_last + 1;
end
$fn$`;
