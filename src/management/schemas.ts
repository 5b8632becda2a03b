/**
 * Input schemas of the management operations. The JSON routes and the configuration agent's
 * tools validate with these same objects, so both accept and refuse the same input.
 */
import { z } from 'zod';
import { articleCreateSchema, articlePatchSchema } from '../knowledge/article.ts';
import { settingsPatchSchema } from '../settings/settings.ts';

const limit = z.coerce.number().int().min(1).max(100).default(20).describe('Page size (1-100)');
const offset = z.coerce.number().int().min(0).max(100_000).default(0).describe('Items to skip');
const id = z.string().min(1).max(200);

export const listArticlesInputSchema = z
  .object({
    q: z.string().trim().max(500).optional().describe('Full-text search; best matches first'),
    includeArchived: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
      .optional()
      .describe('Also list archived articles (ignored when searching)'),
    limit,
    offset,
  })
  .strict();

export const articleIdInputSchema = z.object({ id }).strict();
export const createArticleInputSchema = articleCreateSchema;
export const updateArticleInputSchema = articlePatchSchema.extend({ id }).strict();
export const updateSettingsInputSchema = settingsPatchSchema;
export const emptyInputSchema = z.object({}).strict();

export const listConversationsInputSchema = z
  .object({
    status: z.enum(['active', 'escalated', 'resolved', 'abandoned']).optional(),
    review: z
      .enum(['low_score', 'negative_feedback', 'needs_attention'])
      .optional()
      .describe('low_score: average QA below 3.5; needs_attention: low score or negative feedback'),
    channel: z.enum(['customer', 'management']).default('customer'),
    q: z.string().trim().min(1).max(200).optional().describe('Text found in a message or the customer identifier (case-insensitive)'),
    limit,
    offset,
  })
  .strict();

export const conversationIdInputSchema = z.object({ id }).strict();

export const analyticsInputSchema = z
  .object({ days: z.coerce.number().int().min(1).max(365).default(7).describe('Window: the last N days') })
  .strict();

export const timeseriesInputSchema = z
  .object({ days: z.coerce.number().int().min(1).max(365).default(30).describe('Window: today and the N-1 days before (UTC)') })
  .strict();

export type ListArticlesInput = z.output<typeof listArticlesInputSchema>;
export type UpdateArticleInput = z.output<typeof updateArticleInputSchema>;
export type ListConversationsInput = z.output<typeof listConversationsInputSchema>;
export type AnalyticsInput = z.output<typeof analyticsInputSchema>;
export type TimeseriesInput = z.output<typeof timeseriesInputSchema>;
