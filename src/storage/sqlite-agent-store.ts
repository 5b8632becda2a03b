/**
 * The {@link AgentStore} on SQLite: the Kysely agent store with the three methods every customer
 * reply runs — settings, article search, QA judgements — on prepared statements and the
 * store's group commit (see `sqlite-store.ts` for why). Everything else stays on Kysely.
 */
import type { ArticleHit } from '../knowledge/article.ts';
import { candidateLimit, expandedTokens, fts5Match, rerankHits, SQLITE_SEARCH_SQL, type SearchRow } from '../knowledge/search-query.ts';
import type { AgentSettings } from '../settings/settings.ts';
import { ARTICLE_COLUMNS, joinHits, KyselyAgentStore, settingsFromRow, type Assessment } from './agent-store.ts';
import { PATIENT_WRITE_MS, type SqliteStore } from './sqlite-store.ts';

const SQL = {
  settings: 'select data, updated_at from agent_settings where org_id = ?',
  hasArticles: 'select 1 from articles where org_id = ? and archived_at is null limit 1',
  // One statement for any number of ids: they arrive as one JSON array.
  articlesById: `select ${ARTICLE_COLUMNS.join(', ')} from articles where id in (select value from json_each(?))`,
  assess: 'update messages set qa_score = ?, qa_flags = ? where id = ?',
  assessWithSafety: 'update messages set qa_score = ?, qa_flags = ?, safety_flags = ? where id = ?',
} as const;

export class SqliteAgentStore extends KyselyAgentStore {
  readonly #store: SqliteStore;

  constructor(store: SqliteStore) {
    super(store);
    this.#store = store;
  }

  async getSettings(orgId: string): Promise<AgentSettings> {
    return settingsFromRow(this.#store.statement(SQL.settings).get(orgId) as { data: string; updated_at: string } | undefined);
  }

  async searchArticles(orgId: string, query: string, limit: number, synonyms: readonly (readonly string[])[] = []): Promise<ArticleHit[]> {
    const tokens = expandedTokens(query, synonyms);
    if (tokens.length === 0) return [];
    // An FTS5 query costs tens of microseconds even when nothing can match; an organization
    // without active articles (a new one, or one that only uses its business context) skips it
    // after one index lookup.
    if (this.#store.statement(SQL.hasArticles).get(orgId) === undefined) return [];
    const hits = this.#store.statement(SQLITE_SEARCH_SQL).all(fts5Match(tokens), orgId, candidateLimit(limit)) as SearchRow[];
    if (hits.length === 0) return [];
    const rows = this.#store.statement(SQL.articlesById).all(JSON.stringify(hits.map((h) => h.id)));
    return rerankHits(query, joinHits(hits, rows).map((h) => h.article), limit, synonyms);
  }

  async saveAssessments(items: Assessment[]): Promise<void> {
    if (items.length === 0) return;
    await this.#store.commits.run(() => {
      for (const a of items) {
        const flags = JSON.stringify(a.qaFlags);
        if (a.safetyFlags === null) this.#store.statement(SQL.assess).run(a.score, flags, a.messageId);
        else this.#store.statement(SQL.assessWithSafety).run(a.score, flags, JSON.stringify(a.safetyFlags), a.messageId);
      }
    }, PATIENT_WRITE_MS);
  }
}
