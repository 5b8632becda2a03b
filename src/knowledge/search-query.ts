/**
 * Full-text search of articles, per engine (STACK.md trap 9). Raw user input never reaches the
 * query syntax: it is reduced to word tokens first, and the tokens are OR-ed so that a question
 * ("how long does shipping take?") matches articles sharing any of its content words, or their
 * synonyms. The database only finds candidates; `rankArticles` orders them the same way on both
 * engines (see `rerankHits`).
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Dialect } from '../storage/types.ts';
import { pensionBandWords } from './age-bands.ts';
import type { Article, ArticleHit } from './article.ts';
import { rankArticles } from './rank-articles.ts';
import { synonymTable, synonymWords, type SynonymTable } from './synonyms.ts';
import { isStopWord, PHRASE_SPELLINGS, stem, words } from './text.ts';

const MAX_WORDS = 16;
const MAX_TOKENS = 48;

/** Content words of a query, de-duplicated, at most 16 (long pasted text must not blow up the plan). */
export function searchTokens(query: string): string[] {
  // The words as typed and as read ("money back" is also "refund"): articles hold either.
  const tokens = [...words(query), ...words(query, { phrases: false })].filter((w) => !isStopWord(w) && w !== 'or' && w !== 'and' && w !== 'not');
  return [...new Set(tokens)].slice(0, MAX_WORDS);
}

/** `searchTokens` plus the words of their synonyms (built-in and the organization's). */
export function expandedTokens(query: string, groups: readonly (readonly string[])[] = []): string[] {
  const tokens = searchTokens(query);
  const more = tokens.flatMap((t) => [...synonymWords(stem(t), groups), ...(PHRASE_SPELLINGS[t] ?? [])]).filter((w) => !isStopWord(w) && w !== 'or' && w !== 'and' && w !== 'not');
  return [...new Set([...tokens, ...more, ...pensionBandWords(query)])].slice(0, MAX_TOKENS);
}

/** How many candidates the database returns for `limit` results. */
export const candidateLimit = (limit: number) => Math.max(limit * 4, 40);

/** Synonym tables by the (frozen, shared) group list of an organization's settings. */
const tables = new WeakMap<object, SynonymTable>();
export function tableOf(groups: readonly (readonly string[])[]): SynonymTable | undefined {
  if (groups.length === 0) return undefined;
  let table = tables.get(groups);
  if (!table) tables.set(groups, (table = synonymTable(groups)));
  return table;
}

/** The database's candidates, re-ranked in application code, at most `limit`. */
export function rerankHits(query: string, articles: readonly Article[], limit: number, groups: readonly (readonly string[])[] = []): ArticleHit[] {
  return rankArticles(query, articles, tableOf(groups)).slice(0, limit);
}

/**
 * The SQLite (FTS5) search; parameters: the {@link fts5Match} expression, the organization id,
 * the limit. Column weights: title 4, content 1, category 2; bm25 is lower-is-better.
 */
export const SQLITE_SEARCH_SQL = `select a.id as id, -bm25(articles_fts, 4.0, 1.0, 2.0) as rank
  from articles_fts join articles a on a.rowid = articles_fts.rowid
  where articles_fts match ? and a.org_id = ? and a.archived_at is null
  order by rank desc, a.id limit ?`;

/** Quoted terms OR-ed: FTS5 operators and stray quotes in the input cannot break the syntax. */
export const fts5Match = (tokens: readonly string[]): string => tokens.map((t) => `"${t}"`).join(' OR ');

export interface SearchRow {
  id: string;
  rank: number;
}

/**
 * Ids of the organization's active articles matching `query`, best first. `rank` is higher for
 * better matches (bm25 is negated on SQLite), comparable only within one result list.
 */
export async function searchArticleIds(
  db: Kysely<any>,
  dialect: Dialect,
  orgId: string,
  tokens: readonly string[],
  limit: number,
): Promise<SearchRow[]> {
  if (tokens.length === 0) return [];
  const compiled =
    dialect === 'sqlite'
      ? CompiledQuery.raw(SQLITE_SEARCH_SQL, [fts5Match(tokens), orgId, limit])
      : sql<SearchRow>`select a.id as id, cast(ts_rank_cd(a.search, q) as float) as rank
          from articles a, websearch_to_tsquery('english', ${tokens.join(' or ')}) q
          where a.search @@ q and a.org_id = ${orgId} and a.archived_at is null
          order by rank desc, a.id limit ${limit}`.compile(db);
  const result = await db.executeQuery<SearchRow>(compiled);
  return result.rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}
