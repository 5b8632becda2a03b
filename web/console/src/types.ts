/**
 * Shapes of the management API answers the console reads. Those the server declares come from
 * its own response schemas (type-only imports: nothing of the server is bundled); the key and
 * webhook shapes are issue 14's, as the shared contract fixes them.
 */
import type { z } from 'zod';
import type * as out from '../../../src/management/http-schemas.ts';

export type ConversationSummary = z.output<typeof out.conversationSummarySchema>;
export type ConversationStatus = ConversationSummary['status'];
export type Page = Omit<z.output<typeof out.conversationPageSchema>, 'conversations'>;
type Detail = z.output<typeof out.conversationDetailSchema>;
/** Staff replies (issue 14) carry role `staff` and an author. */
export type TranscriptMessage = Omit<Detail['messages'][number], 'role'> & { role: 'user' | 'assistant' | 'staff'; author?: string | null };
export type ToolCall = Detail['toolCalls'][number];
export type ConversationDetail = Omit<Detail, 'messages'> & { messages: TranscriptMessage[] };
export type Article = z.output<typeof out.articleSchema>;
/** `publicChat` is the hosted chat's (issue 15): present once that is merged. */
export type Settings = z.output<typeof out.settingsSchema> & { publicChat?: { enabled: boolean; allowedOrigins: string[] } };
export type SettingChange = z.output<typeof out.settingsUpdateSchema>['changes'][number];
export type DayBucket = z.output<typeof out.timeseriesSchema>['buckets'][number];
export type Analytics = z.output<typeof out.analyticsSchema>;

export interface ApiKey {
  id: string;
  type: 'customer' | 'management';
  label: string | null;
  last4: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
