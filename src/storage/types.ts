/**
 * The storage port: a narrow interface the rest of Parley depends on, implemented once over
 * Kysely for SQLite and PostgreSQL (see `kysely-store.ts`) and held to one contract suite
 * (`test/storage-contract.ts`).
 */
import type { Channel, MessageRole, MessageStatus } from '@parley/client/protocol';

export type Dialect = 'sqlite' | 'postgres';
export type ConversationStatus = 'active' | 'escalated' | 'resolved' | 'abandoned';
/** `streaming` is internal: the reply is still being generated. */
export type StoredMessageStatus = MessageStatus | 'streaming';

export interface Organization {
  id: string;
  slug: string;
  name: string;
  /** Remaining credits; `null` = unlimited. */
  credits: number | null;
  createdAt: string;
}

export interface ApiKeyRecord {
  id: string;
  orgId: string;
  type: Channel;
  keyHash: string;
  last4: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface Conversation {
  id: string;
  orgId: string;
  channel: Channel;
  status: ConversationStatus;
  customerIdentifier: string | null;
  escalationReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Message {
  id: string;
  conversationId: string;
  role: MessageRole;
  content: string;
  status: StoredMessageStatus;
  position: number;
  /** For an assistant message: the user message it answers. */
  replyTo: string | null;
  idempotencyKey: string | null;
  tokens: number;
  /** A staff message's author (free text); null otherwise. */
  author?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One stored SSE event of a reply: its id and the exact `data:` payload. */
export interface StoredEvent {
  seq: number;
  data: string;
}

/** A stored event together with the reply it belongs to. */
export interface ReplyEventRow extends StoredEvent {
  messageId: string;
}

export interface NewConversation {
  orgId: string;
  channel: Channel;
  customerIdentifier: string | null;
  /** The `conversation.created` webhook event, recorded in the same transaction (issue 14). */
  event?: (conversation: Conversation) => OutboxEvent;
}

export interface StartReplyInput {
  orgId: string;
  /** The conversation must belong to `orgId` on `channel`; otherwise the result is `not_found`. */
  channel: Channel;
  conversationId: string;
  content: string;
  idempotencyKey: string | null;
  /** Hash of the message text, to tell a retry from a reuse of the key. */
  fingerprint: string | null;
  maxUserMessages: number;
  /**
   * Credits the reply reserves when its organization has a balance: the most it will be charged
   * (PARLEY_MAX_REPLY_TOKENS; default `DEFAULT_MAX_REPLY_TOKENS` of config.ts).
   */
  reserveCredits?: number;
  now: string;
  /**
   * Builds the `message.created` event: recorded in the outbox in the message's transaction when
   * the conversation, read under the send's lock, is escalated (a person has it; issue 14).
   */
  escalatedEvent?: EventBuilder;
}

/**
 * What a send did. `started` and `replay` carry the conversation as the send read it (under its
 * lock on PostgreSQL), so a send costs no separate read of it.
 */
export type StartReplyResult =
  | { kind: 'started'; conversation: Conversation; userMessage: Message; reply: Message }
  | { kind: 'replay'; conversation: Conversation; userMessage: Message; reply: Message }
  | { kind: 'not_found' }
  | { kind: 'key_reused' }
  | { kind: 'busy' }
  | { kind: 'limit' }
  | { kind: 'no_credits' };

export interface FinishReplyInput {
  orgId: string;
  conversationId: string;
  messageId: string;
  content: string;
  status: Exclude<StoredMessageStatus, 'streaming'>;
  tokens: number;
  /** Events not yet stored, the terminal ones included. */
  events: StoredEvent[];
  escalationReason: string | null;
  /**
   * The `conversation.escalated` webhook event, recorded in the outbox in the same transaction
   * when `escalationReason` is set (issue 14).
   */
  escalationEvent?: OutboxEvent | null;
  now: string;
}

/** Builds an outbox event from a conversation and its finished messages, inside the transaction. */
export type EventBuilder = (conversation: Conversation, messages: Message[]) => OutboxEvent;

/** A webhook event to record in the outbox: one pending delivery per subscribed endpoint. */
export interface OutboxEvent {
  id: string;
  orgId: string;
  type: string;
  /** The exact JSON body every delivery sends. */
  payload: string;
  at: string;
}

export interface RecoveredReply {
  messageId: string;
  conversationId: string;
}

/** The database's durability settings as read back from it (TESTING.md DEL-12). */
export interface DurabilityReport {
  /** Setting name → value, e.g. `journal_mode: wal`, `fsync: on`. */
  settings: Record<string, string>;
  /** One sentence per setting that lets an acknowledged commit be lost; empty when durable. */
  problems: string[];
}

export interface Store {
  readonly dialect: Dialect;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Reads the durability settings back from the database and says what is weaker than durable. */
  durability(): Promise<DurabilityReport>;

  createOrganization(input: { name: string; slug: string; credits: number | null }): Promise<Organization>;
  getOrganization(id: string): Promise<Organization | undefined>;
  findOrganizationBySlug(slug: string): Promise<Organization | undefined>;
  countOrganizations(): Promise<number>;
  /**
   * The stored secret `name`; stores `candidate` first when there is none. Every caller (every
   * instance, every restart) gets the same value: the first one stored wins.
   */
  ensureSecret(name: string, candidate: string): Promise<string>;
  /** Every organization, oldest first (the admin CLI's `org list`). */
  listOrganizations(): Promise<Organization[]>;

  createApiKey(input: Omit<ApiKeyRecord, 'id' | 'createdAt' | 'revokedAt' | 'lastUsedAt'>): Promise<ApiKeyRecord>;
  /** The key with this hash and its organization, in one lookup (every request does it). */
  findApiKeyByHash(hash: string): Promise<{ key: ApiKeyRecord; organization: Organization } | undefined>;
  listApiKeys(orgId: string, options?: { includeRevoked?: boolean }): Promise<ApiKeyRecord[]>;
  /** Soft delete; false when no active key of this organization has that id. */
  revokeApiKey(orgId: string, keyId: string): Promise<boolean>;
  touchApiKey(keyId: string, at: string): Promise<void>;

  createConversation(input: NewConversation): Promise<Conversation>;
  /** Undefined when unknown, of another organization, or of the other channel. */
  getConversation(orgId: string, channel: Channel, id: string): Promise<Conversation | undefined>;

  /** Finished messages in order (replies still streaming are left out). */
  listMessages(conversationId: string): Promise<Message[]>;
  /**
   * Atomically: replays an idempotent retry, or checks the conversation is idle, under its
   * message limit and the organization has credits not reserved by its running replies
   * (`credits - reserved > 0`), then reserves `reserveCredits` for the reply (none when
   * credits are unlimited) and stores the user message and an assistant message in status
   * `streaming` that holds the reservation. Nothing is written unless the result is `started`.
   */
  startReply(input: StartReplyInput): Promise<StartReplyResult>;
  /** Stores events of any number of replies in one transaction. */
  appendReplyEvents(rows: ReplyEventRow[]): Promise<void>;
  /**
   * Atomically stores the final events, the message text and status, releases the reply's
   * reservation and charges its tokens, at most what it reserved (never below zero). A second
   * call for the same reply charges and releases nothing.
   */
  finishReply(input: FinishReplyInput): Promise<void>;
  /** The newest assistant message of a conversation. */
  getLatestReply(conversationId: string): Promise<Message | undefined>;
  getMessage(messageId: string): Promise<Message | undefined>;
  listReplyEvents(messageId: string, afterSeq: number): Promise<StoredEvent[]>;
  /**
   * Closes replies left `streaming` by a crash: text from stored deltas, an error event, `[DONE]`;
   * releases each one's reservation and charges its text's estimated tokens (at most the reservation).
   * One reply that cannot be rebuilt never stops the others: it is reported to `onError` and
   * closed without its text (status `partial`), or left as it is if even that fails.
   */
  recoverUnfinishedReplies(
    now: string,
    onError?: (reply: RecoveredReply, err: unknown) => void,
    options?: RecoveryOptions,
  ): Promise<RecoveredReply[]>;
  /**
   * The instance `ownerId` takes the streaming replies `newIds` it started, renews its lease on
   * all of its streaming replies until `until`, and learns on which a stop was requested.
   */
  renewReplyLeases(ownerId: string, newIds: readonly string[], until: string): Promise<string[]>;
  /** Records a stop for the owner of the streaming reply `messageId`; false if it no longer streams. */
  requestStop(messageId: string, at: string): Promise<boolean>;
}

export interface RecoveryOptions {
  /**
   * Close only replies whose owner's lease has expired (another instance may run the others):
   * a lease that ended before `now`, or, for a reply never leased, one created over `leaseMs` ago.
   */
  leaseMs?: number;
}
