/**
 * Use case: how the support agent did over the last N days, for this organization's customer
 * conversations only (management conversations never count).
 */
import type { ManagementDeps } from './deps.ts';
import type { AnalyticsInput } from './schemas.ts';

export interface AnalyticsReport {
  days: number;
  since: string;
  until: string;
  conversations: number;
  messages: number;
  escalations: number;
  /** Escalated conversations / conversations, 0..1 (0 when there were none). */
  escalationShare: number;
  feedback: { up: number; down: number };
  /** Average QA score (1-5) of scored replies; null when none was scored. */
  qaAverage: number | null;
  qaScored: number;
}

export async function getAnalytics(
  deps: ManagementDeps,
  orgId: string,
  input: AnalyticsInput,
  now: Date = new Date(),
): Promise<AnalyticsReport> {
  const since = new Date(now.getTime() - input.days * 86_400_000).toISOString();
  const c = await deps.agentStore.analytics(orgId, since);
  return {
    days: input.days,
    since,
    until: now.toISOString(),
    conversations: c.conversations,
    messages: c.messages,
    escalations: c.escalations,
    escalationShare: c.conversations === 0 ? 0 : c.escalations / c.conversations,
    feedback: { up: c.feedbackUp, down: c.feedbackDown },
    qaAverage: c.qaAverage === null ? null : Math.round(c.qaAverage * 100) / 100,
    qaScored: c.qaScored,
  };
}
