/** Use case: add a knowledge article. */
import type { ArticleCreate } from '../knowledge/article.ts';
import { toArticleView, type ArticleView } from './article-view.ts';
import type { ManagementDeps } from './deps.ts';

export async function createArticle(deps: ManagementDeps, orgId: string, input: ArticleCreate): Promise<ArticleView> {
  return toArticleView(await deps.agentStore.createArticle(orgId, input));
}
