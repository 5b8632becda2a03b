/**
 * The {@link Store} on SQLite. It is the Kysely store with the methods a send runs (about
 * twenty statements per reply) replaced by prepared better-sqlite3 statements: building and
 * compiling a Kysely query costs several times more CPU than SQLite takes to run it, and the
 * synchronous driver needs no promise per statement. Writes go through {@link SqliteGroupCommit},
 * so concurrent sends share commits (and their fsyncs).
 *
 * Every other method (administration, migrations, crash recovery at start) stays on Kysely and
 * shares the connection. The contract suite holds this class and the PostgreSQL one to the
 * same behaviour. Kysely transactions that span statements must not run while the server
 * serves requests: the direct reads here would see their uncommitted rows (none do: the only
 * ones left are the migrations and the start-up recovery).
 */
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Channel } from '@parley/client/protocol';
import { DEFAULT_MAX_REPLY_TOKENS } from '../config.ts';
import { KyselyStore } from './kysely-store.ts';
import { newConversationRow, startedReplyRows, toConversation, toKeyWithOrganization, toMessage, type KeyWithOrganizationRow } from './rows.ts';
import type { Database, MessagesTable } from './schema.ts';
import { SqliteGroupCommit } from './sqlite-group-commit.ts';
import { withoutNul } from './text.ts';
import { HANDOFF_SQL, conversationEventParams, recordEventParams, statusEventData } from './handoff-sql.ts';
import type {
  Conversation,
  DurabilityReport,
  FinishReplyInput,
  Message,
  NewConversation,
  Organization,
  ApiKeyRecord,
  ReplyEventRow,
  StartReplyInput,
  StartReplyResult,
  StoredEvent,
} from './types.ts';

const MESSAGE_COLUMNS =
  'id, conversation_id, org_id, role, content, status, position, reply_to, idempotency_key, fingerprint, tokens, created_at, updated_at';

const SQL = {
  keyByHash: `select k.id, k.org_id, k.type, k.key_hash, k.last4, k.label, k.created_at, k.revoked_at, k.last_used_at,
      o.slug as org_slug, o.name as org_name, o.credits as org_credits, o.created_at as org_created_at
    from api_keys k join organizations o on o.id = k.org_id where k.key_hash = ?`,
  touchKey: 'update api_keys set last_used_at = ? where id = ?',
  insertConversation: `insert into conversations (id, org_id, channel, status, customer_identifier, escalation_reason, created_at, updated_at)
    values (@id, @org_id, @channel, @status, @customer_identifier, @escalation_reason, @created_at, @updated_at)`,
  conversation: 'select * from conversations where id = ? and org_id = ? and channel = ?',
  touchConversation: 'update conversations set updated_at = ? where id = ?',
  escalateConversation: `update conversations set status = 'escalated', escalation_reason = ?, updated_at = ? where id = ?`,
  finishedMessages: `select ${MESSAGE_COLUMNS}, author from messages where conversation_id = ? and status != 'streaming' order by position`,
  messageByKey: `select ${MESSAGE_COLUMNS} from messages where conversation_id = ? and idempotency_key = ?`,
  replyTo: `select ${MESSAGE_COLUMNS} from messages where conversation_id = ? and reply_to = ?`,
  messageCounts: `select count(case when status = 'streaming' then 1 end) as streaming,
      count(case when role = 'user' then 1 end) as users, coalesce(max(position), 0) as last
    from messages where conversation_id = ?`,
  credits: 'select credits, reserved_credits from organizations where id = ?',
  reserve: 'update organizations set reserved_credits = reserved_credits + ? where id = ?',
  insertMessage: `insert into messages (${MESSAGE_COLUMNS}, reserved_credits)
    values (@id, @conversation_id, @org_id, @role, @content, @status, @position, @reply_to, @idempotency_key, @fingerprint, @tokens, @created_at, @updated_at, @reserved_credits)`,
  insertEvent: 'insert into reply_events (message_id, seq, data) values (?, ?, ?)',
  reservation: 'select reserved_credits from messages where id = ?',
  finishMessage: 'update messages set content = ?, status = ?, tokens = ?, updated_at = ?, reserved_credits = 0 where id = ?',
  /** Releases a reservation and charges (at most the reservation), never below zero. */
  settle: `update organizations set reserved_credits = max(reserved_credits - ?, 0),
    credits = case when credits > ? then credits - ? else 0 end where id = ? and credits is not null`,
  latestReply: `select ${MESSAGE_COLUMNS} from messages where conversation_id = ? and role = 'assistant' order by position desc limit 1`,
  message: `select ${MESSAGE_COLUMNS}, author from messages where id = ?`,
  events: 'select seq, data from reply_events where message_id = ? and seq > ? order by seq',
} as const;

/**
 * How long a write that no response waits on may wait to share a commit (see
 * {@link SqliteGroupCommit}): the end of a reply (its `[DONE]` waits at most this long), the
 * EventWriter's batches, key usage. Measured with `npm run bench`: about 20 % less CPU per
 * stream and half the WAL bytes, for up to 5 ms later `[DONE]`s.
 */
export const PATIENT_WRITE_MS = 5;

export class SqliteStore extends KyselyStore {
  readonly database: SqliteDatabase;
  readonly commits: SqliteGroupCommit;
  readonly #statements = new Map<string, Statement>();

  constructor(db: Kysely<Database>, database: SqliteDatabase) {
    super(db, 'sqlite');
    this.database = database;
    this.commits = new SqliteGroupCommit(database);
  }

  /**
   * SQLite: WAL with `synchronous=FULL` survives power loss; `NORMAL` (the documented
   * `PARLEY_SQLITE_SYNCHRONOUS=normal`) survives a killed process but may lose the last commits
   * on power loss; anything weaker, or another journal mode, is reported too.
   */
  async durability(): Promise<DurabilityReport> {
    const journal = String(this.database.pragma('journal_mode', { simple: true }));
    const level = Number(this.database.pragma('synchronous', { simple: true }));
    const synchronous = ['off', 'normal', 'full', 'extra'][level] ?? String(level);
    const problems: string[] = [];
    if (journal === 'memory') problems.push('The SQLite database is in memory: nothing survives the process.');
    else if (journal !== 'wal') problems.push(`SQLite journal_mode is ${journal}, not wal.`);
    if (synchronous === 'normal') {
      problems.push('SQLite synchronous=normal (PARLEY_SQLITE_SYNCHRONOUS=normal): a power loss can lose the last acknowledged commits; a killed process cannot.');
    } else if (synchronous === 'off') {
      problems.push('SQLite synchronous=off: a crash can lose or corrupt committed data.');
    }
    return { settings: { journal_mode: journal, synchronous }, problems };
  }

  /**
   * Migrations may edit a table's stored definition (widening a CHECK, see
   * handoff-migrations.ts), which better-sqlite3's defensive mode forbids: lifted only while
   * they run, before the server serves anything.
   */
  async migrate(): Promise<void> {
    this.database.unsafeMode(true);
    try {
      await super.migrate();
    } finally {
      this.database.unsafeMode(false);
    }
  }

  /** Commits the writes still queued, then closes the database. */
  async close(): Promise<void> {
    this.commits.flushNow();
    await super.close();
  }

  /** The prepared statement for `sql`, prepared on first use (the tables exist by then). */
  statement(sql: string): Statement {
    let prepared = this.#statements.get(sql);
    if (!prepared) {
      prepared = this.database.prepare(sql);
      this.#statements.set(sql, prepared);
    }
    return prepared;
  }

  async findApiKeyByHash(hash: string): Promise<{ key: ApiKeyRecord; organization: Organization } | undefined> {
    const r = this.statement(SQL.keyByHash).get(hash) as KeyWithOrganizationRow | undefined;
    return r && toKeyWithOrganization(r);
  }

  async touchApiKey(keyId: string, at: string): Promise<void> {
    await this.commits.run(() => this.statement(SQL.touchKey).run(at, keyId), PATIENT_WRITE_MS);
  }

  async createConversation(input: NewConversation): Promise<Conversation> {
    const row = newConversationRow(input);
    const conversation = toConversation(row);
    await this.commits.run(() => {
      this.statement(SQL.insertConversation).run(row);
      if (input.event) this.statement(HANDOFF_SQL.recordEvent).run(...recordEventParams(input.event(conversation)));
    });
    return conversation;
  }

  async getConversation(orgId: string, channel: Channel, id: string): Promise<Conversation | undefined> {
    return this.#conversation(orgId, channel, id);
  }

  #conversation(orgId: string, channel: Channel, id: string): Conversation | undefined {
    const r = this.statement(SQL.conversation).get(id, orgId, channel) as Database['conversations'] | undefined;
    if (!r) return undefined;
    // The row's ids equal the ones asked for: keep those strings, not a second copy of each,
    // for as long as a reply holds the conversation.
    r.id = id;
    r.org_id = orgId;
    return toConversation(r);
  }

  async listMessages(conversationId: string): Promise<Message[]> {
    return (this.statement(SQL.finishedMessages).all(conversationId) as MessagesTable[]).map(toMessage);
  }

  startReply(input: StartReplyInput): Promise<StartReplyResult> {
    return this.commits.run(() => this.#startReply(input));
  }

  /** The unit of {@link startReply}: the same decisions, in the same order, as the Kysely store. */
  #startReply(input: StartReplyInput): StartReplyResult {
    const conversation = this.#conversation(input.orgId, input.channel, input.conversationId);
    if (!conversation) return { kind: 'not_found' };
    if (input.idempotencyKey !== null) {
      const prior = this.statement(SQL.messageByKey).get(input.conversationId, input.idempotencyKey) as MessagesTable | undefined;
      if (prior) {
        if (prior.fingerprint !== input.fingerprint) return { kind: 'key_reused' };
        const reply = this.statement(SQL.replyTo).get(input.conversationId, prior.id) as MessagesTable | undefined;
        if (!reply) throw new Error(`message ${prior.id} has no reply`);
        return { kind: 'replay', conversation, userMessage: toMessage(prior), reply: toMessage(reply) };
      }
    }
    const counts = this.statement(SQL.messageCounts).get(input.conversationId) as { streaming: number; users: number; last: number };
    if (counts.streaming > 0) return { kind: 'busy' };
    if (counts.users >= input.maxUserMessages) return { kind: 'limit' };
    const org = this.statement(SQL.credits).get(input.orgId) as { credits: number | null; reserved_credits: number } | undefined;
    if (!org) throw new Error(`organization ${input.orgId} not found`);
    // The unit runs alone (SQLite writes are serial), so check and reserve are one step.
    let reserved = 0;
    if (org.credits !== null) {
      if (org.credits - org.reserved_credits <= 0) return { kind: 'no_credits' };
      reserved = input.reserveCredits ?? DEFAULT_MAX_REPLY_TOKENS;
      this.statement(SQL.reserve).run(reserved, input.orgId);
    }

    const { user, reply } = startedReplyRows(input, counts.last + 1);
    reply.reserved_credits = reserved;
    const insert = this.statement(SQL.insertMessage);
    insert.run(user);
    insert.run(reply);
    this.statement(SQL.touchConversation).run(input.now, input.conversationId);
    if (input.escalatedEvent && conversation.status === 'escalated') {
      const messages = (this.statement(SQL.finishedMessages).all(input.conversationId) as MessagesTable[]).map(toMessage);
      this.statement(HANDOFF_SQL.recordEvent).run(...recordEventParams(input.escalatedEvent(conversation, messages)));
    }
    return { kind: 'started', conversation, userMessage: toMessage(user), reply: toMessage(reply) };
  }

  async appendReplyEvents(rows: ReplyEventRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.commits.run(() => this.#insertEvents(rows), PATIENT_WRITE_MS);
  }

  #insertEvents(rows: readonly ReplyEventRow[]): void {
    const insert = this.statement(SQL.insertEvent);
    for (const r of rows) insert.run(r.messageId, r.seq, r.data);
  }

  async finishReply(input: FinishReplyInput): Promise<void> {
    await this.commits.run(() => {
      this.#insertEvents(input.events.map((e) => ({ messageId: input.messageId, ...e })));
      const held = this.statement(SQL.reservation).get(input.messageId) as { reserved_credits: number } | undefined;
      this.statement(SQL.finishMessage).run(withoutNul(input.content), input.status, input.tokens, input.now, input.messageId);
      const reserved = held?.reserved_credits ?? 0;
      if (reserved > 0) {
        const charge = Math.min(input.tokens, reserved);
        this.statement(SQL.settle).run(reserved, charge, charge, input.orgId);
      }
      if (input.escalationReason !== null) {
        this.statement(SQL.escalateConversation).run(withoutNul(input.escalationReason), input.now, input.conversationId);
        const data = statusEventData('escalated', withoutNul(input.escalationReason));
        this.statement(HANDOFF_SQL.appendConversationEvent).run(...conversationEventParams(input.conversationId, data, input.now));
        if (input.escalationEvent) this.statement(HANDOFF_SQL.recordEvent).run(...recordEventParams(input.escalationEvent));
      } else {
        this.statement(SQL.touchConversation).run(input.now, input.conversationId);
      }
    }, PATIENT_WRITE_MS);
  }

  async getLatestReply(conversationId: string): Promise<Message | undefined> {
    const r = this.statement(SQL.latestReply).get(conversationId) as MessagesTable | undefined;
    return r && toMessage(r);
  }

  async getMessage(messageId: string): Promise<Message | undefined> {
    const r = this.statement(SQL.message).get(messageId) as MessagesTable | undefined;
    return r && toMessage(r);
  }

  async listReplyEvents(messageId: string, afterSeq: number): Promise<StoredEvent[]> {
    return this.statement(SQL.events).all(messageId, afterSeq) as StoredEvent[];
  }
}
