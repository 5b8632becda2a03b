/** Table shapes as Kysely sees them. Timestamps are ISO-8601 UTC text on both engines. */
import type { Generated } from 'kysely';

export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  credits: number | null;
  /** Credits held by this organization's running replies (0 when unlimited). */
  reserved_credits: Generated<number>;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  org_id: string;
  type: string;
  key_hash: string;
  last4: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface ConversationsTable {
  id: string;
  org_id: string;
  channel: string;
  status: string;
  customer_identifier: string | null;
  escalation_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface MessagesTable {
  id: string;
  conversation_id: string;
  org_id: string;
  role: string;
  content: string;
  status: string;
  position: number;
  reply_to: string | null;
  idempotency_key: string | null;
  fingerprint: string | null;
  tokens: number;
  /** Credits this reply holds while it streams; 0 once it ended, or for an unlimited organization. */
  reserved_credits: number;
  /** The instance running this reply while it streams (issue 12: run ownership). */
  owner_id: string | null;
  /** Until when the owner's lease holds; past it, any instance may close the reply. */
  lease_until: string | null;
  /** Set by a stop asked of an instance that does not run the reply; the owner stops it. */
  stop_requested_at: string | null;
  /** A staff message's author (issue 14). */
  author?: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReplyEventsTable {
  message_id: string;
  seq: number;
  data: string;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  reply_events: ReplyEventsTable;
  parley_migrations: MigrationsTable;
  server_secrets: ServerSecretsTable;
}
