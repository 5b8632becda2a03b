/** Use case: a page of articles, or, with `q`, a page of full-text search results (active only). */
import { toArticleView, type ArticleView } from './article-view.ts';
import type { ManagementDeps } from './deps.ts';
import type { ListArticlesInput } from './schemas.ts';

/** Search results are ranked, so they are paged from a bounded best-first list. */
const MAX_SEARCH_RESULTS = 200;

export async function listArticles(
  deps: ManagementDeps,
  orgId: string,
  input: ListArticlesInput,
): Promise<{ articles: ArticleView[]; total: number; limit: number; offset: number }> {
  const page = { limit: input.limit, offset: input.offset };
  if (input.q !== undefined && input.q !== '') {
    // The organization's own synonyms count here as in the support agent's retrieval.
    const { synonyms } = await deps.agentStore.getSettings(orgId);
    const hits = await deps.agentStore.searchArticles(orgId, input.q, MAX_SEARCH_RESULTS, synonyms);
    const articles = hits.slice(input.offset, input.offset + input.limit).map((h) => toArticleView(h.article));
    return { articles, total: hits.length, ...page };
  }
  const { articles, total } = await deps.agentStore.listArticles(orgId, {
    ...page,
    includeArchived: input.includeArchived ?? false,
  });
  return { articles: articles.map(toArticleView), total, ...page };
}
