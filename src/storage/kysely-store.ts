/**
 * The {@link Store} over Kysely: one query code base for SQLite and PostgreSQL for everything
 * but the hot path of a send. That path (key lookup, conversation, startReply, events,
 * finishReply, message reads) is per engine: here as PostgreSQL prepared statements
 * (pg-statements.ts), in `SqliteStore` as SQLite ones inside its group commit. Other engine
 * differences (row locks, migration locking) are confined to a few `dialect` checks.
 */
import { newId } from './ids.ts';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Channel } from '@parley/client/protocol';
import { DONE } from '@parley/client/protocol';
import type { ConversationsTable, Database, MessagesTable } from './schema.ts';
import { newConversationRow, startedReplyRows, toConversation, toKey, toKeyWithOrganization, toMessage, toOrg } from './rows.ts';
import { MIGRATIONS } from './migrations.ts';
import { deltaText, serializePayload } from '../sse/encode.ts';
import { withoutNul, withoutNulOrNull } from './text.ts';
import { DEFAULT_MAX_REPLY_TOKENS } from '../config.ts';
import { estimateTokens } from '../model/types.ts';
import type { Client as PgClient, Pool, PoolClient } from 'pg';
import { ChangeCache, PgChangeFeed } from './pg-change-feed.ts';
import { PG } from './pg-statements.ts';
import { HANDOFF_SQL, pgText, recordEventParams, statusEventData } from './handoff-sql.ts';
import type {
  ApiKeyRecord,
  Conversation,
  Dialect,
  DurabilityReport,
  FinishReplyInput,
  Message,
  NewConversation,
  Organization,
  RecoveredReply,
  RecoveryOptions,
  ReplyEventRow,
  StartReplyInput,
  StartReplyResult,
  Store,
  StoredEvent,
} from './types.ts';

type Db = Kysely<Database> | Transaction<Database>;

export class KyselyStore implements Store {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  /**
   * PostgreSQL: the pool under `db`. The hot path of a send runs on it as prepared statements
   * (pg-statements.ts) instead of queries Kysely builds and compiles on every call.
   */
  readonly #pg: Pool | undefined;

  /**
   * PostgreSQL: caches of the rows every request reads, kept correct by change notifications
   * (pg-change-feed.ts): the key a request carries, by hash, and each organization's agent
   * settings (read through `PgAgentStore`).
   */
  readonly caches:
    | { feed: PgChangeFeed; keys: ChangeCache<{ key: ApiKeyRecord; organization: Organization }>; settings: ChangeCache<{ data: string; updated_at: string } | null> }
    | undefined;

  constructor(db: Kysely<Database>, dialect: Dialect, pool?: Pool, connect?: () => PgClient) {
    this.db = db;
    this.dialect = dialect;
    this.#pg = dialect === 'postgres' ? pool : undefined;
    if (this.#pg && connect) {
      const feed = new PgChangeFeed(connect);
      // Keys for at most a second even if a notification were lost (TESTING.md SEC-05).
      const keys = new ChangeCache<{ key: ApiKeyRecord; organization: Organization }>(feed, 'api_keys', 1_000);
      // A cached key carries its organization: a change of one drops its keys' entries.
      feed.subscribe((table, id) => {
        if (table === 'organizations') keys.invalidateWhere((v) => v.organization.id === id);
      }, () => {});
      this.caches = { feed, keys, settings: new ChangeCache(feed, 'agent_settings', 30_000) };
    }
  }

  /**
   * The pool of the hot path, which runs on PostgreSQL's prepared statements. `SqliteStore`
   * overrides every method that uses it with its own prepared statements and group commit.
   */
  /** PostgreSQL: the pool of the prepared statements (the agent store's hot path uses it too). */
  get pgPool(): Pool | undefined {
    return this.#pg;
  }

  get #pool(): Pool {
    if (!this.#pg) throw new Error('this method runs on PostgreSQL; SqliteStore overrides it');
    return this.#pg;
  }

  /** PostgreSQL: runs `work` in a transaction on one pooled connection. */
  async pgTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (err) {
      try {
        await client.query('rollback');
      } catch (rollbackErr) {
        broken = rollbackErr as Error; // the connection is unusable: drop it from the pool
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async migrate(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Several instances may start together on one PostgreSQL: one migrates, the others wait.
      // The lock comes first: two concurrent CREATE TABLE IF NOT EXISTS can still collide.
      if (this.dialect === 'postgres') await sql`select pg_advisory_xact_lock(7243001)`.execute(trx);
      await trx.schema
        .createTable('parley_migrations')
        .ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      const done = new Set(
        (await trx.selectFrom('parley_migrations').select('version').execute()).map((r) => Number(r.version)),
      );
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await m.up(trx as unknown as Kysely<any>, this.dialect);
        await trx
          .insertInto('parley_migrations')
          .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() })
          .execute();
      }
    });
  }

  async close(): Promise<void> {
    await this.caches?.feed.close();
    await this.db.destroy();
  }

  /** PostgreSQL: a commit is durable only with `fsync` and `synchronous_commit` on. */
  async durability(): Promise<DurabilityReport> {
    const settings: Record<string, string> = {};
    const problems: string[] = [];
    for (const name of ['fsync', 'synchronous_commit', 'full_page_writes']) {
      const { rows } = await sql<{ value: string }>`select current_setting(${name}) as value`.execute(this.db);
      settings[name] = String(rows[0]?.value);
    }
    if (settings.fsync !== 'on') problems.push('PostgreSQL runs with fsync=off: a crash of the host can lose or corrupt committed data.');
    // `local`, `remote_write` and `remote_apply` all flush the local WAL before acknowledging.
    if (settings.synchronous_commit === 'off') {
      problems.push('PostgreSQL runs with synchronous_commit=off: a crash can lose the last acknowledged commits.');
    }
    if (settings.full_page_writes !== 'on') problems.push('PostgreSQL runs with full_page_writes=off: a crash can leave torn pages.');
    return { settings, problems };
  }

  // ── organizations ─────────────────────────────────────────────────────────
  async createOrganization(input: { name: string; slug: string; credits: number | null }): Promise<Organization> {
    const row = { id: newId(), ...input, created_at: new Date().toISOString() };
    await this.db.insertInto('organizations').values(row).execute();
    return toOrg(row);
  }

  async getOrganization(id: string): Promise<Organization | undefined> {
    const r = await this.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toOrg(r);
  }

  async findOrganizationBySlug(slug: string): Promise<Organization | undefined> {
    const r = await this.db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
    return r && toOrg(r);
  }

  async listOrganizations(): Promise<Organization[]> {
    const rows = await this.db.selectFrom('organizations').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(toOrg);
  }

  async ensureSecret(name: string, candidate: string): Promise<string> {
    await this.db
      .insertInto('server_secrets')
      .values({ name, value: candidate, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
    return row.value;
  }

  async countOrganizations(): Promise<number> {
    const r = await this.db
      .selectFrom('organizations')
      .select(sql<number>`cast(count(*) as integer)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  // ── API keys ──────────────────────────────────────────────────────────────
  async createApiKey(input: Omit<ApiKeyRecord, 'id' | 'createdAt' | 'revokedAt' | 'lastUsedAt'>): Promise<ApiKeyRecord> {
    const row = {
      id: newId(),
      org_id: input.orgId,
      type: input.type,
      key_hash: input.keyHash,
      last4: input.last4,
      label: input.label,
      created_at: new Date().toISOString(),
      revoked_at: null,
      last_used_at: null,
    };
    await this.db.insertInto('api_keys').values(row).execute();
    return toKey(row);
  }

  async findApiKeyByHash(hash: string): Promise<{ key: ApiKeyRecord; organization: Organization } | undefined> {
    const load = async () => {
      const row = (await this.#pool.query({ ...PG.findApiKeyByHash, values: [hash] })).rows[0];
      return row && toKeyWithOrganization(row);
    };
    return this.caches ? this.caches.keys.get(hash, load) : load();
  }

  async listApiKeys(orgId: string, options: { includeRevoked?: boolean } = {}): Promise<ApiKeyRecord[]> {
    let q = this.db.selectFrom('api_keys').selectAll().where('org_id', '=', orgId);
    if (!options.includeRevoked) q = q.where('revoked_at', 'is', null);
    return (await q.orderBy('created_at').orderBy('id').execute()).map(toKey);
  }

  async revokeApiKey(orgId: string, keyId: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: new Date().toISOString() })
      .where('org_id', '=', orgId)
      .where('id', '=', keyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    // The caller's next request must already be refused here, before the notification is back.
    this.caches?.keys.invalidateWhere((v) => v.key.id === keyId);
    return Number(r.numUpdatedRows) === 1;
  }

  async touchApiKey(keyId: string, at: string): Promise<void> {
    await this.db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', keyId).execute();
  }

  // ── conversations ─────────────────────────────────────────────────────────
  async createConversation(input: NewConversation): Promise<Conversation> {
    const row = newConversationRow(input);
    const values = [row.id, row.org_id, row.channel, row.status, row.customer_identifier, row.escalation_reason, row.created_at, row.updated_at];
    const conversation = toConversation(row);
    const event = input.event;
    if (!event) {
      await this.#pool.query({ ...PG.createConversation, values });
      return conversation;
    }
    const e = event(conversation);
    await this.#pool.query({ ...PG.createConversationWithEvent, values: [...values, e.id, e.type, e.payload, e.at, recordEventParams(e)[7]] });
    return conversation;
  }

  async getConversation(orgId: string, channel: Channel, id: string): Promise<Conversation | undefined> {
    const row = (await this.#pool.query({ ...PG.getConversation, values: [id, orgId, channel] })).rows[0];
    return row && toConversation(row);
  }

  // ── messages and replies ──────────────────────────────────────────────────
  async listMessages(conversationId: string): Promise<Message[]> {
    return (await this.#pool.query({ ...PG.listMessages, values: [conversationId] })).rows.map(toMessage);
  }

  /** One statement: the function of pg-start-reply.ts locks, checks, reserves and inserts. */
  async startReply(input: StartReplyInput): Promise<StartReplyResult> {
    const build = input.escalatedEvent;
    const first = await this.#startReply(this.#pool, input, build !== undefined);
    if (first !== 'escalated') return first;
    // A message to an escalated conversation (a person has it): its `message.created` event in
    // the same transaction. The function did nothing; here it runs again and records the event.
    return this.pgTransaction(async (client) => {
      const result = await this.#startReply(client, input, false);
      if (result === 'escalated') throw new Error('unreachable: escalated without the event asked for');
      if (result.kind !== 'started') return result;
      const messages = (await client.query({ ...PG.listMessages, values: [input.conversationId] })).rows.map(toMessage);
      await client.query(pgText(HANDOFF_SQL.recordEvent), recordEventParams(build!(result.conversation, messages)));
      return result;
    });
  }

  async #startReply(queryable: Pool | PoolClient, input: StartReplyInput, escalatedEvent: boolean): Promise<StartReplyResult | 'escalated'> {
    const { user, reply } = startedReplyRows(input, 0);
    const amount = input.reserveCredits ?? DEFAULT_MAX_REPLY_TOKENS;
    const row = (
      await queryable.query({
        ...PG.startReply,
        values: [
          input.conversationId, input.orgId, input.channel, user.id, reply.id, user.content, input.idempotencyKey,
          input.fingerprint, input.maxUserMessages, amount, input.now, escalatedEvent,
        ],
      })
    ).rows[0] as {
      kind: StartReplyResult['kind'] | 'escalated';
      conversation: ConversationsTable | null;
      user_message: MessagesTable | null;
      reply: MessagesTable | null;
      reserved: number;
      user_position: number;
    };
    switch (row.kind) {
      case 'escalated':
        return 'escalated';
      case 'replay':
        return { kind: 'replay', conversation: toConversation(row.conversation!), userMessage: toMessage(row.user_message!), reply: toMessage(row.reply!) };
      case 'started':
        user.position = row.user_position;
        reply.position = row.user_position + 1;
        reply.reserved_credits = row.reserved;
        return { kind: 'started', conversation: toConversation(row.conversation!), userMessage: toMessage(user), reply: toMessage(reply) };
      default:
        return { kind: row.kind } as StartReplyResult;
    }
  }

  /**
   * Marks the reply's reservation released (the row must be updated in the same transaction) and
   * returns what it held: read under a row lock on PostgreSQL, so of two transactions ending the
   * same reply only the first releases it.
   */
  async #takeReservation(trx: Transaction<Database>, messageId: string): Promise<{ reserved: number; orgId: string | undefined }> {
    let q = trx.selectFrom('messages').select(['reserved_credits', 'org_id']).where('id', '=', messageId);
    if (this.dialect === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirst();
    return { reserved: Number(row?.reserved_credits ?? 0), orgId: row?.org_id };
  }

  /** Releases `reserved` and charges `tokens` of it, never below zero. */
  async #settleCredits(trx: Transaction<Database>, orgId: string, reserved: number, tokens: number): Promise<void> {
    if (reserved <= 0) return;
    const charge = Math.max(0, Math.min(tokens, reserved));
    await trx
      .updateTable('organizations')
      .set({
        reserved_credits: sql`case when reserved_credits > ${reserved} then reserved_credits - ${reserved} else 0 end`,
        credits: sql`case when credits > ${charge} then credits - ${charge} else 0 end`,
      })
      .where('id', '=', orgId)
      .where('credits', 'is not', null)
      .execute();
  }

  async appendReplyEvents(rows: ReplyEventRow[]): Promise<void> {
    if (rows.length === 0) return;
    // One statement, atomic on its own: one round trip per batch, whatever its size.
    const ids = new Array<string>(rows.length);
    const seqs = new Array<number>(rows.length);
    const data = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      ids[i] = r.messageId;
      seqs[i] = r.seq;
      data[i] = r.data;
    }
    await this.#pool.query({ ...PG.appendReplyEvents, values: [ids, seqs, data] });
  }

  async finishReply(input: FinishReplyInput): Promise<void> {
    const values = [
      input.messageId,
      input.events.map((e) => e.seq),
      input.events.map((e) => e.data),
      withoutNul(input.content),
      input.status,
      input.tokens,
      input.now,
      input.orgId,
      input.escalationReason === null ? null : withoutNulOrNull(input.escalationReason),
      input.conversationId,
      ...this.#escalationValues(input),
    ];
    await this.#pool.query({ ...PG.finishReply, values });
  }

  /** $11-$15 of PG.finishReply: the outbox event and the status event of an escalation, or nulls. */
  #escalationValues(input: FinishReplyInput): unknown[] {
    if (input.escalationReason === null) return [null, null, null, null, null];
    const status = statusEventData('escalated', withoutNul(input.escalationReason));
    const e = input.escalationEvent;
    if (!e) return [null, null, null, null, status];
    const params = recordEventParams(e);
    return [e.id, e.type, e.payload, params[7], status];
  }

  async getLatestReply(conversationId: string): Promise<Message | undefined> {
    const row = (await this.#pool.query({ ...PG.getLatestReply, values: [conversationId] })).rows[0];
    return row && toMessage(row);
  }

  async getMessage(messageId: string): Promise<Message | undefined> {
    const row = (await this.#pool.query({ ...PG.getMessage, values: [messageId] })).rows[0];
    return row && toMessage(row);
  }

  async listReplyEvents(messageId: string, afterSeq: number): Promise<StoredEvent[]> {
    const { rows } = await this.#pool.query({ ...PG.listReplyEvents, values: [messageId, afterSeq] });
    return rows.map((r) => ({ seq: Number(r.seq), data: r.data as string }));
  }

  async recoverUnfinishedReplies(
    now: string,
    onError?: (reply: RecoveredReply, err: unknown) => void,
    options: RecoveryOptions = {},
  ): Promise<RecoveredReply[]> {
    let query = this.db.selectFrom('messages').select(['id', 'conversation_id']).where('status', '=', 'streaming');
    if (options.leaseMs !== undefined) {
      const neverLeasedBefore = new Date(Date.parse(now) - options.leaseMs).toISOString();
      query = query.where((eb) =>
        eb.or([
          eb('lease_until', '<', now),
          eb.and([eb('lease_until', 'is', null), eb('created_at', '<', neverLeasedBefore)]),
        ]),
      );
    }
    const stuck = await query.execute();
    const recovered: RecoveredReply[] = [];
    for (const m of stuck) {
      const reply = { messageId: m.id, conversationId: m.conversation_id };
      try {
        await this.#closeUnfinished(m.id, now, true);
      } catch (err) {
        // A row that cannot be rebuilt (an unreadable event, say) must not stop the start:
        // close it without its text, and go on with the others either way.
        onError?.(reply, err);
        try {
          await this.#closeUnfinished(m.id, now, false);
        } catch (again) {
          onError?.(reply, again);
          continue;
        }
      }
      recovered.push(reply);
    }
    return recovered;
  }

  async renewReplyLeases(ownerId: string, newIds: readonly string[], until: string): Promise<string[]> {
    for (let i = 0; i < newIds.length; i += 500) {
      await this.db
        .updateTable('messages')
        .set({ owner_id: ownerId })
        .where('id', 'in', newIds.slice(i, i + 500))
        .where('status', '=', 'streaming')
        .execute();
    }
    await this.db
      .updateTable('messages')
      .set({ lease_until: until })
      .where('status', '=', 'streaming')
      .where('owner_id', '=', ownerId)
      .execute();
    const stops = await this.db
      .selectFrom('messages')
      .select('id')
      .where('status', '=', 'streaming')
      .where('owner_id', '=', ownerId)
      .where('stop_requested_at', 'is not', null)
      .execute();
    return stops.map((r) => r.id);
  }

  async requestStop(messageId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('messages')
      .set({ stop_requested_at: at })
      .where('id', '=', messageId)
      .where('status', '=', 'streaming')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Ends one unfinished reply's event log and marks it `partial`, with its text rebuilt or
   * empty; nothing if it no longer streams (another instance closed it first).
   */
  async #closeUnfinished(messageId: string, now: string, rebuildText: boolean): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      let streaming = trx.selectFrom('messages').select('status').where('id', '=', messageId);
      if (this.dialect === 'postgres') streaming = streaming.forUpdate();
      if ((await streaming.executeTakeFirst())?.status !== 'streaming') return;
      const events = await trx
        .selectFrom('reply_events')
        .select(['seq', 'data'])
        .where('message_id', '=', messageId)
        .orderBy('seq')
        .execute();
      const text = rebuildText ? deltaText(events.map((e) => e.data)) : '';
      const last = events.length === 0 ? 0 : Number(events[events.length - 1]!.seq);
      const ended = events.length > 0 && events[events.length - 1]!.data === DONE;
      if (!ended) {
        const error = serializePayload({
          type: 'error',
          message: 'The reply was interrupted by a server restart.',
          code: 'interrupted',
          retryable: true,
        });
        await insertEventRows(trx, [
          { messageId, seq: last + 1, data: error },
          { messageId, seq: last + 2, data: DONE },
        ]);
      }
      // Its reservation is released, and the text it streamed charged as the run would have.
      const { reserved, orgId } = await this.#takeReservation(trx, messageId);
      const tokens = estimateTokens(text);
      await trx
        .updateTable('messages')
        .set({ status: 'partial', content: withoutNul(text), updated_at: now, tokens, reserved_credits: 0 })
        .where('id', '=', messageId)
        .execute();
      if (orgId !== undefined) await this.#settleCredits(trx, orgId, reserved, tokens);
    });
  }
}

/** Inserts event rows, one statement per 300 rows: under every engine's parameter limit. */
async function insertEventRows(db: Db, rows: ReplyEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    await db
      .insertInto('reply_events')
      .values(rows.slice(i, i + 300).map((r) => ({ message_id: r.messageId, seq: r.seq, data: r.data })))
      .execute();
  }
}
