/** Row ↔ domain mappers shared by the Kysely store and the SQLite store. */
import type { Channel, MessageRole } from '@parley/client/protocol';
import type { Database, MessagesTable } from './schema.ts';
import { newId } from './ids.ts';
import { withoutNul, withoutNulOrNull } from './text.ts';
import type {
  ApiKeyRecord,
  Conversation,
  ConversationStatus,
  Message,
  NewConversation,
  Organization,
  StartReplyInput,
  StoredMessageStatus,
} from './types.ts';

export const toOrg = (r: Omit<Database['organizations'], 'reserved_credits'>): Organization => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  credits: r.credits,
  createdAt: r.created_at,
});

export const toKey = (r: Database['api_keys']): ApiKeyRecord => ({
  id: r.id,
  orgId: r.org_id,
  type: r.type as Channel,
  keyHash: r.key_hash,
  last4: r.last4,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

/** A key row joined with its organization's columns (prefixed `org_`), as the key lookup reads it. */
export type KeyWithOrganizationRow = Database['api_keys'] & {
  org_slug: string;
  org_name: string;
  org_credits: number | null;
  org_created_at: string;
};

export function toKeyWithOrganization(row: KeyWithOrganizationRow): { key: ApiKeyRecord; organization: Organization } {
  const { org_slug, org_name, org_credits, org_created_at, ...key } = row;
  return {
    key: toKey(key),
    organization: toOrg({ id: key.org_id, slug: org_slug, name: org_name, credits: org_credits, created_at: org_created_at }),
  };
}

export const toConversation = (r: Database['conversations']): Conversation => ({
  id: r.id,
  orgId: r.org_id,
  channel: r.channel as Channel,
  status: r.status as ConversationStatus,
  customerIdentifier: r.customer_identifier,
  escalationReason: r.escalation_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toMessage = (r: MessagesTable): Message => ({
  id: r.id,
  conversationId: r.conversation_id,
  role: r.role as MessageRole,
  content: r.content,
  status: r.status as StoredMessageStatus,
  position: r.position,
  replyTo: r.reply_to,
  idempotencyKey: r.idempotency_key,
  tokens: r.tokens,
  author: r.author ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The rows a started reply inserts: the user message at `position` and its streaming reply after it. */
export function startedReplyRows(input: StartReplyInput, position: number): { user: MessagesTable; reply: MessagesTable } {
  const user: MessagesTable = {
    id: newId(),
    conversation_id: input.conversationId,
    org_id: input.orgId,
    role: 'user',
    content: withoutNul(input.content),
    status: 'complete',
    position,
    reply_to: null,
    idempotency_key: input.idempotencyKey,
    fingerprint: input.fingerprint,
    tokens: 0,
    reserved_credits: 0,
    owner_id: null,
    lease_until: null,
    stop_requested_at: null,
    created_at: input.now,
    updated_at: input.now,
  };
  const reply: MessagesTable = {
    ...user,
    id: newId(),
    role: 'assistant',
    content: '',
    status: 'streaming',
    position: position + 1,
    reply_to: user.id,
    idempotency_key: null,
    fingerprint: null,
  };
  return { user, reply };
}

/** The row of a new, active conversation. */
export function newConversationRow(input: NewConversation): Database['conversations'] {
  const now = new Date().toISOString();
  return {
    id: newId(),
    org_id: input.orgId,
    channel: input.channel,
    status: 'active',
    customer_identifier: withoutNulOrNull(input.customerIdentifier),
    escalation_reason: null,
    created_at: now,
    updated_at: now,
  };
}
