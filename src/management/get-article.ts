/** Use case: one article (archived ones too). Unknown and foreign ids are the same 404. */
import { AppError } from '../errors.ts';
import { toArticleView, type ArticleView } from './article-view.ts';
import type { ManagementDeps } from './deps.ts';

export async function getArticle(deps: ManagementDeps, orgId: string, id: string): Promise<ArticleView> {
  const article = await deps.agentStore.getArticle(orgId, id);
  if (!article) throw new AppError('not_found', 'Article not found.');
  return toArticleView(article);
}
