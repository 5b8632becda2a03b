/** The public shape of an article (no organization id). */
import type { Article } from '../knowledge/article.ts';

export type ArticleView = Omit<Article, 'orgId'>;

export function toArticleView(article: Article): ArticleView {
  const { orgId: _orgId, ...view } = article;
  return view;
}
