/**
 * Knowledge articles: a title, Markdown content and an optional category. Archived, never
 * deleted (digest §9). The schemas validate the JSON endpoints and the agent's tools alike.
 */
import { z } from 'zod';

export interface Article {
  id: string;
  orgId: string;
  title: string;
  content: string;
  category: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export const articleCreateSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    content: z.string().trim().min(1).max(50_000).describe('Markdown'),
    category: z.string().trim().min(1).max(80).nullish(),
  })
  .strict();

export const articlePatchSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    content: z.string().trim().min(1).max(50_000),
    category: z.string().trim().min(1).max(80).nullable(),
  })
  .partial()
  .strict();

export type ArticleCreate = z.output<typeof articleCreateSchema>;
export type ArticlePatch = z.output<typeof articlePatchSchema>;

/** A search hit: the article and its rank (higher is better, comparable within one query only). */
export interface ArticleHit {
  article: Article;
  rank: number;
}
