/**
 * The agents' storage port: settings, knowledge articles with full-text search, recorded tool
 * calls, per-message QA/safety/feedback, conversation review listings and analytics counts.
 * Implemented over the core {@link KyselyStore}'s connection, so one database holds everything
 * and one contract suite (test/agent-store-contract.test.ts) holds both engines to it.
 */
import { newId } from './ids.ts';
import { withoutNul, withoutNulOrNull } from './text.ts';
import { sql, type Kysely } from 'kysely';
import type { Article, ArticleCreate, ArticleHit, ArticlePatch } from '../knowledge/article.ts';
import { candidateLimit, expandedTokens, rerankHits, searchArticleIds, type SearchRow } from '../knowledge/search-query.ts';
import { DEFAULT_SETTINGS, type AgentSettings } from '../settings/settings.ts';
import type { Channel } from '@parley/client/protocol';
import type { ConversationStatus, Dialect } from './types.ts';
import { listConversationSummaries, type ConversationQuery, type ConversationPage } from '../analytics/conversation-queries.ts';
import { countAnalytics, countAnalyticsByDay, type AnalyticsCounts, type DayCounts } from '../analytics/conversation-queries.ts';

export type { ConversationQuery, ConversationPage, ConversationSummary, AnalyticsCounts, DayCounts, ListedStatus } from '../analytics/conversation-queries.ts';

export type Rating = 'up' | 'down';

/** QA, safety and feedback recorded on one assistant message. */
export interface MessageAnnotations {
  qaScore: number | null;
  qaFlags: string[];
  safetyFlags: string[];
  feedback: Rating | null;
}

/** One tool call the configuration agent made, kept for review. */
export interface ToolCallRecord {
  id: string;
  conversationId: string;
  /** The user message whose reply made the call. */
  userMessageId: string;
  name: string;
  input: unknown;
  output: unknown;
  ok: boolean;
  createdAt: string;
}

export interface AgentStore {
  getSettings(orgId: string): Promise<AgentSettings>;
  saveSettings(orgId: string, settings: AgentSettings): Promise<AgentSettings>;

  createArticle(orgId: string, input: ArticleCreate): Promise<Article>;
  /** Archived articles included; undefined for unknown ids and other organizations' ids. */
  getArticle(orgId: string, id: string): Promise<Article | undefined>;
  updateArticle(orgId: string, id: string, patch: ArticlePatch): Promise<Article | undefined>;
  /** Sets `archivedAt` once; the row is never deleted. */
  archiveArticle(orgId: string, id: string): Promise<Article | undefined>;
  listArticles(
    orgId: string,
    options: { limit: number; offset: number; includeArchived?: boolean },
  ): Promise<{ articles: Article[]; total: number }>;
  /** Active articles only, best match first. */
  /**
   * Active articles matching `query`, best first, ranked alike on both engines (see
   * `rerankHits`); `synonyms` are the organization's own groups of words.
   */
  searchArticles(orgId: string, query: string, limit: number, synonyms?: readonly (readonly string[])[]): Promise<ArticleHit[]>;

  recordToolCall(input: Omit<ToolCallRecord, 'id' | 'createdAt'> & { orgId: string }): Promise<void>;
  listToolCalls(conversationId: string): Promise<ToolCallRecord[]>;

  /** Stores the judgements of several replies in one transaction (one commit, not one each). */
  saveAssessments(items: Assessment[]): Promise<void>;
  /** False when the message is not an assistant message of that organization's conversation. */
  setFeedback(orgId: string, conversationId: string, messageId: string, rating: Rating): Promise<boolean>;
  getAnnotations(conversationId: string): Promise<Map<string, MessageAnnotations>>;

  listConversations(orgId: string, query: ConversationQuery): Promise<ConversationPage>;
  /** Counts over the organization's customer conversations created at or after `since`. */
  analytics(orgId: string, since: string): Promise<AnalyticsCounts>;
  /** The same counts per UTC day since `since`, oldest first; days without activity left out. */
  analyticsByDay(orgId: string, since: string): Promise<DayCounts[]>;
}

export interface Assessment {
  messageId: string;
  score: number;
  qaFlags: string[];
  /** Left unchanged when null. */
  safetyFlags: string[] | null;
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

const FROZEN_DEFAULTS = deepFreeze(structuredClone(DEFAULT_SETTINGS));
/** Parsed settings by stored row: bounded, most recent last. */
const parsedSettings = new Map<string, AgentSettings>();

/**
 * The stored settings row (or none) as settings; fields added later fall back to their
 * defaults. Every reply reads the settings: the parsed object is kept and shared, frozen, by
 * all replies of the organization until the row changes (its text or `updated_at`).
 */
export function settingsFromRow(row: { data: string; updated_at: string } | undefined): AgentSettings {
  if (!row) return FROZEN_DEFAULTS;
  const key = `${row.updated_at}\n${row.data}`;
  let settings = parsedSettings.get(key);
  if (settings) return settings;
  const stored = JSON.parse(row.data) as Partial<AgentSettings>;
  settings = deepFreeze({
    ...structuredClone(DEFAULT_SETTINGS),
    ...stored,
    branding: { ...DEFAULT_SETTINGS.branding, ...stored.branding },
    publicChat: { ...DEFAULT_SETTINGS.publicChat, ...stored.publicChat },
    updatedAt: row.updated_at,
  });
  if (parsedSettings.size >= 256) parsedSettings.delete(parsedSettings.keys().next().value!);
  parsedSettings.set(key, settings);
  return settings;
}

/** Hits in the order of `hits`, with their articles; ids whose article is gone are left out. */
export function joinHits(hits: readonly SearchRow[], rows: readonly any[]): ArticleHit[] {
  const byId = new Map(rows.map((r) => [r.id as string, toArticle(r)]));
  return hits.flatMap((h) => (byId.has(h.id) ? [{ article: byId.get(h.id)!, rank: h.rank }] : []));
}

const parseList = (text: string | null): string[] => (text ? (JSON.parse(text) as string[]) : []);

const toArticle = (r: any): Article => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  content: r.content,
  category: r.category,
  archived: r.archived_at !== null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
});

export const ARTICLE_COLUMNS = ['id', 'org_id', 'title', 'content', 'category', 'created_at', 'updated_at', 'archived_at'];

/** The {@link AgentStore} over a Kysely connection of either engine. */
export class KyselyAgentStore implements AgentStore {
  readonly #db: Kysely<any>;
  readonly #dialect: Dialect;

  constructor(source: { db: Kysely<any>; dialect: Dialect }) {
    this.#db = source.db;
    this.#dialect = source.dialect;
  }

  async getSettings(orgId: string): Promise<AgentSettings> {
    const row = await this.#db.selectFrom('agent_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
    return settingsFromRow(row as { data: string; updated_at: string } | undefined);
  }

  async saveSettings(orgId: string, settings: AgentSettings): Promise<AgentSettings> {
    const updatedAt = new Date().toISOString();
    const { updatedAt: _ignored, ...rest } = settings;
    // NUL survives JSON as `\u0000` but would come back raw into a reply's text: drop it here.
    const data = JSON.stringify(rest, (_key, value: unknown) => (typeof value === 'string' ? withoutNul(value) : value));
    await this.#db
      .insertInto('agent_settings')
      .values({ org_id: orgId, data, updated_at: updatedAt })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ data, updated_at: updatedAt }))
      .execute();
    return { ...settings, updatedAt };
  }

  async createArticle(orgId: string, input: ArticleCreate): Promise<Article> {
    const now = new Date().toISOString();
    const row = {
      id: newId(),
      org_id: orgId,
      title: withoutNul(input.title),
      content: withoutNul(input.content),
      category: withoutNulOrNull(input.category ?? null),
      created_at: now,
      updated_at: now,
      archived_at: null,
    };
    await this.#db.insertInto('articles').values(row).execute();
    return toArticle(row);
  }

  async getArticle(orgId: string, id: string): Promise<Article | undefined> {
    const r = await this.#db
      .selectFrom('articles')
      .select(ARTICLE_COLUMNS)
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toArticle(r);
  }

  async updateArticle(orgId: string, id: string, patch: ArticlePatch): Promise<Article | undefined> {
    const set: Record<string, unknown> = { updated_at: new Date().toISOString() };
    if (patch.title !== undefined) set.title = withoutNul(patch.title);
    if (patch.content !== undefined) set.content = withoutNul(patch.content);
    if (patch.category !== undefined) set.category = withoutNulOrNull(patch.category);
    await this.#db.updateTable('articles').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
    return this.getArticle(orgId, id);
  }

  async archiveArticle(orgId: string, id: string): Promise<Article | undefined> {
    const now = new Date().toISOString();
    await this.#db
      .updateTable('articles')
      .set({ archived_at: now, updated_at: now })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .execute();
    return this.getArticle(orgId, id);
  }

  async listArticles(orgId: string, options: { limit: number; offset: number; includeArchived?: boolean }) {
    let q = this.#db.selectFrom('articles').where('org_id', '=', orgId);
    if (!options.includeArchived) q = q.where('archived_at', 'is', null);
    const rows = await q
      .select(ARTICLE_COLUMNS)
      .orderBy('created_at')
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset)
      .execute();
    const total = await q.select(sql<number>`cast(count(*) as integer)`.as('n')).executeTakeFirstOrThrow();
    return { articles: rows.map(toArticle), total: Number(total.n) };
  }

  async searchArticles(orgId: string, query: string, limit: number, synonyms: readonly (readonly string[])[] = []): Promise<ArticleHit[]> {
    const tokens = expandedTokens(query, synonyms);
    if (tokens.length === 0) return [];
    const hits = await searchArticleIds(this.#db, this.#dialect, orgId, tokens, candidateLimit(limit));
    if (hits.length === 0) return [];
    const rows = await this.#db
      .selectFrom('articles')
      .select(ARTICLE_COLUMNS)
      .where('id', 'in', hits.map((h) => h.id))
      .execute();
    return rerankHits(query, joinHits(hits, rows).map((h) => h.article), limit, synonyms);
  }

  async recordToolCall(input: Omit<ToolCallRecord, 'id' | 'createdAt'> & { orgId: string }): Promise<void> {
    await this.#db
      .insertInto('agent_tool_calls')
      .values({
        id: newId(),
        org_id: input.orgId,
        conversation_id: input.conversationId,
        user_message_id: input.userMessageId,
        name: input.name,
        input: JSON.stringify(input.input ?? null),
        output: JSON.stringify(input.output ?? null),
        ok: input.ok ? 1 : 0,
        created_at: new Date().toISOString(),
      })
      .execute();
  }

  async listToolCalls(conversationId: string): Promise<ToolCallRecord[]> {
    const rows = await this.#db
      .selectFrom('agent_tool_calls')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      conversationId: r.conversation_id,
      userMessageId: r.user_message_id,
      name: r.name,
      input: JSON.parse(r.input),
      output: JSON.parse(r.output),
      ok: Number(r.ok) === 1,
      createdAt: r.created_at,
    }));
  }

  async saveAssessments(items: Assessment[]): Promise<void> {
    if (items.length === 0) return;
    await this.#db.transaction().execute(async (trx) => {
      for (const a of items) {
        await trx
          .updateTable('messages')
          .set({
            qa_score: a.score,
            qa_flags: JSON.stringify(a.qaFlags),
            ...(a.safetyFlags === null ? {} : { safety_flags: JSON.stringify(a.safetyFlags) }),
          })
          .where('id', '=', a.messageId)
          .execute();
      }
    });
  }

  async setFeedback(orgId: string, conversationId: string, messageId: string, rating: Rating): Promise<boolean> {
    const r = await this.#db
      .updateTable('messages')
      .set({ feedback: rating })
      .where('id', '=', messageId)
      .where('conversation_id', '=', conversationId)
      .where('org_id', '=', orgId)
      .where('role', '=', 'assistant')
      .where('status', '!=', 'streaming')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async getAnnotations(conversationId: string): Promise<Map<string, MessageAnnotations>> {
    const rows = await this.#db
      .selectFrom('messages')
      .select(['id', 'qa_score', 'qa_flags', 'safety_flags', 'feedback'])
      .where('conversation_id', '=', conversationId)
      .execute();
    return new Map(
      rows.map((r) => [
        r.id as string,
        {
          qaScore: r.qa_score === null ? null : Number(r.qa_score),
          qaFlags: parseList(r.qa_flags),
          safetyFlags: parseList(r.safety_flags),
          feedback: r.feedback as Rating | null,
        },
      ]),
    );
  }

  listConversations(orgId: string, query: ConversationQuery): Promise<ConversationPage> {
    return listConversationSummaries(this.#db, orgId, query);
  }

  analytics(orgId: string, since: string): Promise<AnalyticsCounts> {
    return countAnalytics(this.#db, orgId, since);
  }

  analyticsByDay(orgId: string, since: string): Promise<DayCounts[]> {
    return countAnalyticsByDay(this.#db, orgId, since);
  }
}

export type { Channel, ConversationStatus };
