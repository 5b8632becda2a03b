/** Use case: change an article's title, content or category. Archived articles stay archived. */
import { AppError } from '../errors.ts';
import { toArticleView, type ArticleView } from './article-view.ts';
import type { ManagementDeps } from './deps.ts';
import type { UpdateArticleInput } from './schemas.ts';

export async function updateArticle(deps: ManagementDeps, orgId: string, input: UpdateArticleInput): Promise<ArticleView> {
  const { id, ...patch } = input;
  if (!(await deps.agentStore.getArticle(orgId, id))) throw new AppError('not_found', 'Article not found.');
  if (Object.keys(patch).length === 0) throw new AppError('invalid_request', 'Nothing to update.');
  const article = await deps.agentStore.updateArticle(orgId, id, patch);
  return toArticleView(article!);
}
