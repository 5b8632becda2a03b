/** What the configuration agent's offline grammar understands: one intent per message. */
import type { WebhookIntent } from './webhooks.ts';

export type ReviewIntent = {
  status?: 'active' | 'escalated';
  review?: 'low_score' | 'negative_feedback' | 'needs_attention';
};

/** The one figure an analytics question asks for ("how many were escalated"); none: the summary. */
export type AnalyticsMetric = 'conversations' | 'messages' | 'escalations' | 'escalationShare' | 'feedbackUp' | 'feedbackDown' | 'qaAverage';

export type BrandingValues = Partial<Record<'agentName' | 'primaryColor' | 'welcomeHeading' | 'welcomeSubheading', string>>;

export type PublicChatValues = { enabled?: boolean; allowedOrigins?: string[] };

export type Intent =
  | { kind: 'help' }
  | { kind: 'unclear'; hint: string }
  | { kind: 'show_settings' }
  | {
      kind: 'set_settings';
      patch: { businessContext?: string; tone?: string; businessRules?: string; branding?: BrandingValues; publicChat?: PublicChatValues };
    }
  | { kind: 'add_business_rule'; rule: string }
  | { kind: 'add_business_fact'; fact: string }
  | { kind: 'add_escalation_rules'; rules: string[] }
  | { kind: 'set_escalation_rules'; rules: string[] }
  | { kind: 'remove_escalation_rule'; target: string }
  | { kind: 'list_escalation_rules' }
  | { kind: 'create_article'; title: string; content: string; category?: string }
  /** `append`: `patch.content` is added after the article's text ("also say …"), not put in its place. */
  | { kind: 'update_article'; target: string; patch: { title?: string; content?: string; category?: string }; append?: boolean }
  /** "replace the sentence "X" with "Y"": one passage of an article (`target` '' when the owner named no article). */
  | { kind: 'replace_text'; target: string; from: string; to: string }
  | { kind: 'archive_article'; target: string }
  | { kind: 'update_article_price'; target: string; item: string; price: string }
  | { kind: 'list_articles' }
  | { kind: 'search_articles'; query: string }
  | { kind: 'analytics'; days: number; metric?: AnalyticsMetric }
  | { kind: 'add_synonyms'; words: string[] }
  | { kind: 'remove_synonym'; word: string }
  | { kind: 'list_synonyms' }
  | { kind: 'list_conversations'; filter: ReviewIntent }
  | { kind: 'show_conversation'; id: string }
  | WebhookIntent;
