/**
 * Schema of the agents' data (settings, knowledge, tool calls, QA, feedback): versions 100-199.
 * Full-text search is the one engine-specific part (STACK.md trap 9): SQLite gets an FTS5
 * external-content table kept in sync by triggers (porter stemming, ranked by bm25); PostgreSQL
 * gets a weighted `tsvector` generated column with a GIN index.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from './migrations.ts';
import { AGENT_SETTINGS_TRIGGER } from './pg-change-triggers.ts';

async function createAgentTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agent_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('articles_org').on('articles').columns(['org_id', 'created_at']).execute();
  await db.schema
    .createTable('agent_tool_calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('user_message_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('output', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agent_tool_calls_conversation')
    .on('agent_tool_calls')
    .columns(['conversation_id', 'created_at'])
    .execute();
  // QA, safety flags and feedback live on the assistant message they judge.
  for (const [name, type] of [
    ['qa_score', 'integer'],
    ['qa_flags', 'text'],
    ['safety_flags', 'text'],
    ['feedback', 'text'],
  ] as const) {
    await db.schema.alterTable('messages').addColumn(name, type).execute();
  }
  await db.schema.createIndex('messages_org_created').on('messages').columns(['org_id', 'created_at']).execute();
}

async function createSqliteSearch(db: Kysely<any>): Promise<void> {
  await sql`create virtual table articles_fts using fts5(
    title, content, category, content='articles', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, title, content, category)
    values (new.rowid, new.title, new.content, new.category); end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, content, category)
    values ('delete', old.rowid, old.title, old.content, old.category); end`.execute(db);
  await sql`create trigger articles_fts_update after update on articles begin
    insert into articles_fts(articles_fts, rowid, title, content, category)
    values ('delete', old.rowid, old.title, old.content, old.category);
    insert into articles_fts(rowid, title, content, category)
    values (new.rowid, new.title, new.content, new.category); end`.execute(db);
}

async function createPostgresSearch(db: Kysely<any>): Promise<void> {
  await sql`alter table articles add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(category, '')), 'B') ||
    setweight(to_tsvector('english', content), 'C')) stored`.execute(db);
  await sql`create index articles_search on articles using gin (search)`.execute(db);
}

export const AGENT_MIGRATIONS: Migration[] = [
  {
    version: 100,
    name: 'agents: settings, knowledge with full-text search, tool calls, QA and feedback',
    async up(db, dialect) {
      await createAgentTables(db);
      if (dialect === 'sqlite') await createSqliteSearch(db);
      else await createPostgresSearch(db);
    },
  },
  {
    // PostgreSQL: settings changes reach every instance's cache of them (pg-change-feed.ts).
    version: 101,
    name: 'agents: settings change notifications',
    async up(db, dialect) {
      if (dialect === 'postgres') await sql.raw(AGENT_SETTINGS_TRIGGER).execute(db);
    },
  },
];
