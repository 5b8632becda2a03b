/** Use case: archive an article (digest §9: never hard-deleted). Archiving twice is harmless. */
import { AppError } from '../errors.ts';
import { toArticleView, type ArticleView } from './article-view.ts';
import type { ManagementDeps } from './deps.ts';

export async function archiveArticle(deps: ManagementDeps, orgId: string, id: string): Promise<ArticleView> {
  const article = await deps.agentStore.archiveArticle(orgId, id);
  if (!article) throw new AppError('not_found', 'Article not found.');
  return toArticleView(article);
}
