/** Response schemas of the management JSON API (serialisation and the OpenAPI document). */
import { z } from 'zod';

export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  content: z.string().describe('Markdown'),
  category: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});

export const articleListSchema = z.object({
  articles: z.array(articleSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const settingsSchema = z.object({
  businessContext: z.string(),
  tone: z.string(),
  businessRules: z.string(),
  escalationRules: z.array(z.string()),
  synonyms: z.array(z.array(z.string())),
  branding: z.object({
    agentName: z.string(),
    primaryColor: z.string(),
    welcomeHeading: z.string(),
    welcomeSubheading: z.string(),
  }),
  publicChat: z.object({
    enabled: z.boolean().describe('Whether the hosted chat page (/chat/{slug}) and the widget answer'),
    allowedOrigins: z.array(z.string()).describe('Origins whose pages may use the widget; empty = any origin'),
  }),
  updatedAt: z.string().nullable(),
});

export const settingsUpdateSchema = z.object({
  settings: settingsSchema,
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});

const status = z.enum(['active', 'escalated', 'resolved', 'abandoned']);

export const conversationSummarySchema = z.object({
  id: z.string(),
  channel: z.enum(['customer', 'management']),
  status: status.describe('abandoned: active with no message for PARLEY_ABANDONED_AFTER_MINUTES (derived, not stored)'),
  customerIdentifier: z.string().nullable(),
  escalationReason: z.string().nullable(),
  preview: z.string().nullable(),
  messageCount: z.number().int(),
  qaScore: z.number().nullable().describe('Average QA score (1-5) of its replies'),
  negativeFeedback: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const conversationPageSchema = z.object({
  conversations: z.array(conversationSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const conversationDetailSchema = z.object({
  conversation: z.object({
    id: z.string(),
    channel: z.enum(['customer', 'management']),
    status,
    customerIdentifier: z.string().nullable(),
    escalationReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    qaScore: z.number().nullable(),
  }),
  messages: z.array(
    z.object({
      id: z.string(),
      role: z.enum(['user', 'assistant', 'staff']),
      content: z.string(),
      author: z.string().nullable().describe('Who wrote a staff message; null otherwise'),
      status: z.string(),
      createdAt: z.string(),
      qaScore: z.number().nullable(),
      qaFlags: z.array(z.string()),
      safetyFlags: z.array(z.string()),
      feedback: z.enum(['up', 'down']).nullable(),
    }),
  ),
  toolCalls: z.array(
    z.object({
      id: z.string(),
      userMessageId: z.string(),
      name: z.string(),
      input: z.unknown(),
      output: z.unknown(),
      ok: z.boolean(),
      createdAt: z.string(),
    }),
  ),
});

export const analyticsSchema = z.object({
  days: z.number().int(),
  since: z.string(),
  until: z.string(),
  conversations: z.number().int(),
  messages: z.number().int(),
  escalations: z.number().int(),
  escalationShare: z.number().describe('0..1'),
  feedback: z.object({ up: z.number().int(), down: z.number().int() }),
  qaAverage: z.number().nullable(),
  qaScored: z.number().int(),
});

export const timeseriesSchema = z.object({
  days: z.number().int(),
  since: z.string().describe('Start of the first day (UTC midnight)'),
  until: z.string(),
  buckets: z.array(
    z.object({
      date: z.string().describe('YYYY-MM-DD (UTC)'),
      conversations: z.number().int(),
      escalations: z.number().int(),
      escalationRate: z.number().describe('0..1'),
      qaAverage: z.number().nullable(),
      feedbackUp: z.number().int(),
      feedbackDown: z.number().int(),
    }),
  ),
});

export const idParamsSchema = z.object({ id: z.string().max(200) });
