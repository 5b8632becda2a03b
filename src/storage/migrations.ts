/**
 * Versioned schema migrations, applied in order at start. Each runs in a transaction with its
 * version row, so a failed migration leaves nothing behind. Only DDL differs per engine.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './types.ts';
import { AGENT_MIGRATIONS } from './agent-migrations.ts';
import { HANDOFF_MIGRATIONS } from './handoff-migrations.ts';
import { START_REPLY_FUNCTION, START_REPLY_FUNCTION_V2 } from './pg-start-reply.ts';
import { CORE_CHANGE_TRIGGERS } from './pg-change-triggers.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/**
 * Version ranges keep independent modules from colliding: core 1-99, agents (knowledge,
 * settings, QA) 100-199, delivery features 200-299.
 */
const CORE: Migration[] = [
  {
    version: 1,
    name: 'core',
    async up(db) {
      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('credits', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('customer', 'management')`))
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('last4', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema.createIndex('api_keys_org').on('api_keys').column('org_id').execute();
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('customer', 'management')`))
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('active', 'escalated', 'abandoned')`),
        )
        .addColumn('customer_identifier', 'text')
        .addColumn('escalation_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('conversations_org_created')
        .on('conversations')
        .columns(['org_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('user', 'assistant')`))
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('complete', 'partial', 'stopped', 'refused', 'streaming')`),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('reply_to', 'text')
        .addColumn('idempotency_key', 'text')
        .addColumn('fingerprint', 'text')
        .addColumn('tokens', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('messages_conversation_position', ['conversation_id', 'position'])
        .execute();
      await db.schema
        .createIndex('messages_idempotency')
        .on('messages')
        .columns(['conversation_id', 'idempotency_key'])
        .unique()
        .where(sql.ref('idempotency_key'), 'is not', null)
        .execute();
      await db.schema
        .createIndex('messages_streaming')
        .on('messages')
        .column('status')
        .where(sql.ref('status'), '=', 'streaming')
        .execute();
      await db.schema
        .createTable('reply_events')
        .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reply_events_pk', ['message_id', 'seq'])
        .execute();
    },
  },
  {
    // Sends reserve credits (README: credits): what the organization's running replies may still
    // spend, and on each streaming reply the part it holds, so its end releases exactly that.
    version: 2,
    name: 'credit_reservations',
    async up(db) {
      await db.schema
        .alterTable('organizations')
        .addColumn('reserved_credits', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('messages')
        .addColumn('reserved_credits', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  {
    // Several instances on one database (issue 12): each streaming reply names its owner, which
    // renews a lease on it; past the lease any instance closes it. A stop asked of another
    // instance is recorded on the reply for its owner to see.
    version: 3,
    name: 'reply_leases',
    async up(db) {
      for (const column of ['owner_id', 'lease_until', 'stop_requested_at']) {
        await db.schema.alterTable('messages').addColumn(column, 'text').execute();
      }
    },
  },
  {
    // A send's transaction as one PostgreSQL function, called as one statement (pg-start-reply.ts).
    version: 4,
    name: 'start_reply_function',
    async up(db, dialect) {
      if (dialect === 'postgres') await sql.raw(START_REPLY_FUNCTION).execute(db);
    },
  },
  {
    // The send's function reads the conversation too: one round trip fewer per send (pg-start-reply.ts).
    version: 5,
    name: 'start_reply_function_v2',
    async up(db, dialect) {
      if (dialect === 'postgres') await sql.raw(START_REPLY_FUNCTION_V2).execute(db);
    },
  },
  {
    // Notifications that keep each instance's caches of keys and organizations correct
    // (pg-change-feed.ts, pg-change-triggers.ts).
    version: 6,
    name: 'change_notifications',
    async up(db, dialect) {
      if (dialect === 'postgres') for (const text of CORE_CHANGE_TRIGGERS) await sql.raw(text).execute(db);
    },
  },
  {
    // Secrets the server makes itself and every instance must share, e.g. the key that signs
    // public chat session tokens when PARLEY_SESSION_SECRET is not set (issue 15).
    version: 20,
    name: 'server_secrets',
    async up(db) {
      await db.schema
        .createTable('server_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
];

export const MIGRATIONS: Migration[] = [...CORE, ...HANDOFF_MIGRATIONS, ...AGENT_MIGRATIONS].sort((a, b) => a.version - b.version);
