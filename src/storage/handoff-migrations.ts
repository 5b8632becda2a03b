/**
 * Issue 14 (versions 10-19): a person takes over a conversation and webhooks tell other systems.
 * Conversations gain the status `resolved`, messages the role `staff` with an `author`; the
 * customer's conversation event stream is stored per conversation; webhook endpoints and their
 * deliveries (the durable outbox: one row per event and endpoint, written in the transaction
 * of the change that caused the event).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './types.ts';
import type { Migration } from './migrations.ts';

/**
 * Widens a CHECK constraint's list on SQLite, which cannot alter a constraint: the table's
 * stored CREATE statement gets `from` replaced by `to` and the schema version is bumped, inside
 * the migration's transaction (sqlite.org/lang_altertable.html §7, the procedure for removing
 * CHECK constraints: every stored row still satisfies the wider check, and the table, its rows,
 * indexes and the foreign keys pointing at it stay as they are). `SqliteStore.migrate` lifts
 * better-sqlite3's defensive mode for the migrations, which this needs.
 */
async function widenSqliteCheck(db: Kysely<any>, table: string, from: string, to: string): Promise<void> {
  const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  const create = rows[0]?.sql;
  if (!create || !create.includes(from)) throw new Error(`cannot find ${from} in the definition of ${table}`);
  const version = (await sql<{ schema_version: number }>`pragma schema_version`.execute(db)).rows[0]!.schema_version;
  await sql`pragma writable_schema = on`.execute(db);
  await sql`update sqlite_master set sql = ${create.replace(from, to)} where type = 'table' and name = ${table}`.execute(db);
  await sql.raw(`pragma schema_version = ${Number(version) + 1}`).execute(db);
  await sql`pragma writable_schema = off`.execute(db);
}

async function widenChecks(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    await widenSqliteCheck(db, 'conversations', `'active', 'escalated', 'abandoned'`, `'active', 'escalated', 'resolved', 'abandoned'`);
    await widenSqliteCheck(db, 'messages', `role in ('user', 'assistant')`, `role in ('user', 'assistant', 'staff')`);
    return;
  }
  await sql`alter table conversations drop constraint if exists conversations_status_check`.execute(db);
  await sql`alter table conversations add constraint conversations_status_check
    check (status in ('active', 'escalated', 'resolved', 'abandoned'))`.execute(db);
  await sql`alter table messages drop constraint if exists messages_role_check`.execute(db);
  await sql`alter table messages add constraint messages_role_check check (role in ('user', 'assistant', 'staff'))`.execute(db);
}

export const HANDOFF_MIGRATIONS: Migration[] = [
  {
    version: 10,
    name: 'handoff: resolved conversations, staff messages, conversation events, webhooks and their outbox',
    async up(db, dialect) {
      await widenChecks(db, dialect);
      await db.schema.alterTable('messages').addColumn('author', 'text').execute();
      await db.schema
        .createTable('conversation_events')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('conversation_events_pk', ['conversation_id', 'seq'])
        .execute();
      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('url', 'text', (c) => c.notNull())
        // A JSON array of event names: `like '%"name"%'` finds the subscribers of an event.
        .addColumn('events', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('disabled_reason', 'text')
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema.createIndex('webhooks_org').on('webhooks').column('org_id').execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id'))
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'delivered', 'failed')`))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_response_code', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('next_attempt_at', 'text')
        // While an instance sends it: until when the claim holds (a crash mid-send frees it then).
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_webhook')
        .on('webhook_deliveries')
        .columns(['webhook_id', 'created_at'])
        .execute();
    },
  },
];
