/**
 * Shapes of the management API answers the console reads, from the server's own response
 * schemas (type-only imports: nothing of the server is bundled).
 */
import type { z } from 'zod';
import type * as keys from '../../../src/handoff/keys.ts';
import type * as hooks from '../../../src/handoff/webhooks.ts';
import type * as out from '../../../src/management/http-schemas.ts';

export type ConversationSummary = z.output<typeof out.conversationSummarySchema>;
export type ConversationStatus = ConversationSummary['status'];
export type Page = Omit<z.output<typeof out.conversationPageSchema>, 'conversations'>;
export type ConversationDetail = z.output<typeof out.conversationDetailSchema>;
export type TranscriptMessage = ConversationDetail['messages'][number];
export type ToolCall = ConversationDetail['toolCalls'][number];
export type Article = z.output<typeof out.articleSchema>;
export type Settings = z.output<typeof out.settingsSchema>;
export type SettingChange = z.output<typeof out.settingsUpdateSchema>['changes'][number];
export type DayBucket = z.output<typeof out.timeseriesSchema>['buckets'][number];
export type Analytics = z.output<typeof out.analyticsSchema>;

export type ApiKey = z.output<typeof keys.keySchema>;
export type Webhook = z.output<typeof hooks.webhookSchema>;
export type Delivery = z.output<typeof hooks.deliverySchema>;
