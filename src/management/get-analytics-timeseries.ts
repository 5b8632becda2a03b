/**
 * Use case: the analytics of the last N days as one bucket per UTC day (the console's charts),
 * every day present, oldest first. Customer conversations only, as in {@link getAnalytics}.
 */
import type { DayCounts } from '../storage/agent-store.ts';
import type { ManagementDeps } from './deps.ts';
import type { TimeseriesInput } from './schemas.ts';

export interface DayBucket {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  conversations: number;
  escalations: number;
  /** escalations / conversations, 0..1 (0 on a day without conversations). */
  escalationRate: number;
  /** Average QA score (1-5) of the replies of that day; null when none was scored. */
  qaAverage: number | null;
  feedbackUp: number;
  feedbackDown: number;
}

export interface Timeseries {
  days: number;
  since: string;
  until: string;
  buckets: DayBucket[];
}

const DAY_MS = 86_400_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

export async function getAnalyticsTimeseries(
  deps: ManagementDeps,
  orgId: string,
  input: TimeseriesInput,
  now: Date = new Date(),
): Promise<Timeseries> {
  // The window is whole UTC days: today and the N-1 before it.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (input.days - 1) * DAY_MS).toISOString();
  const counted = new Map((await deps.agentStore.analyticsByDay(orgId, since)).map((d) => [d.date, d]));
  const buckets: DayBucket[] = [];
  for (let i = 0; i < input.days; i++) {
    const date = new Date(Date.parse(since) + i * DAY_MS).toISOString().slice(0, 10);
    buckets.push(toBucket(date, counted.get(date)));
  }
  return { days: input.days, since, until: now.toISOString(), buckets };
}

function toBucket(date: string, d: DayCounts | undefined): DayBucket {
  if (!d) return { date, conversations: 0, escalations: 0, escalationRate: 0, qaAverage: null, feedbackUp: 0, feedbackDown: 0 };
  return {
    date,
    conversations: d.conversations,
    escalations: d.escalations,
    escalationRate: d.conversations === 0 ? 0 : round2(d.escalations / d.conversations),
    qaAverage: d.qaScored === 0 ? null : round2(d.qaSum / d.qaScored),
    feedbackUp: d.feedbackUp,
    feedbackDown: d.feedbackDown,
  };
}
