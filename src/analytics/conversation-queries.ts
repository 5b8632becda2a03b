/**
 * Read-only aggregate queries over conversations and messages: the review listing (status,
 * low score, negative feedback, pagination) and the analytics counts. Both engines; counts are
 * cast to integer and averages to float so pg returns numbers, not strings (STACK.md trap 8).
 */
import { sql, type Kysely } from 'kysely';
import type { Channel } from '@parley/client/protocol';
import type { ConversationStatus } from '../storage/types.ts';

/** A conversation's average QA score below this counts as low-scored (amber or red). */
export const LOW_SCORE_THRESHOLD = 3.5;

export type ReviewFilter = 'low_score' | 'negative_feedback' | 'needs_attention';

/**
 * What a listing shows and filters by: the stored status, except that an `active` conversation
 * whose last activity is older than the idle cutoff is `abandoned` (derived, never stored).
 * `resolved` is stored by the handoff work (issue 14); until then no row has it.
 */
export type ListedStatus = 'active' | 'escalated' | 'resolved' | 'abandoned';

export interface ConversationQuery {
  channel: Channel;
  status?: ListedStatus;
  review?: ReviewFilter;
  /** Case-insensitive text found in a message or the customer identifier. */
  q?: string;
  /** ISO time: active conversations idle since before it are listed as `abandoned`. */
  abandonedBefore?: string;
  limit: number;
  offset: number;
}

export interface ConversationSummary {
  id: string;
  channel: Channel;
  status: ListedStatus;
  customerIdentifier: string | null;
  escalationReason: string | null;
  /** The customer's first message. */
  preview: string | null;
  messageCount: number;
  /** Average QA score of its assistant messages; null before any was scored. */
  qaScore: number | null;
  negativeFeedback: number;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationPage {
  conversations: ConversationSummary[];
  total: number;
}

export interface AnalyticsCounts {
  conversations: number;
  messages: number;
  escalations: number;
  feedbackUp: number;
  feedbackDown: number;
  qaAverage: number | null;
  qaScored: number;
}

/** One page of conversation summaries with their aggregates, newest activity first. */
export async function listConversationSummaries(
  db: Kysely<any>,
  orgId: string,
  query: ConversationQuery,
): Promise<ConversationPage> {
  // Without a cutoff nothing counts as abandoned: a time no ISO string sorts before.
  const cutoff = query.abandonedBefore ?? '';
  const idle = sql<boolean>`(c.status = 'active' and c.updated_at < ${cutoff})`;
  const pattern = query.q ? `%${query.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined;
  const inner = db
    .selectFrom('conversations as c')
    .where('c.org_id', '=', orgId)
    .where('c.channel', '=', query.channel)
    .$if(query.status === 'abandoned', (q) => q.where(idle))
    .$if(query.status === 'active', (q) => q.where('c.status', '=', 'active').where(sql<boolean>`not ${idle}`))
    .$if(query.status === 'escalated' || query.status === 'resolved', (q) => q.where('c.status', '=', query.status!))
    .$if(pattern !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          sql<boolean>`lower(c.customer_identifier) like ${pattern} escape '\\'`,
          eb.exists(
            eb
              .selectFrom('messages as mq')
              .select(sql`1`.as('one'))
              .whereRef('mq.conversation_id', '=', 'c.id')
              .where(sql<boolean>`lower(mq.content) like ${pattern} escape '\\'`),
          ),
        ]),
      ),
    )
    .select([
      'c.id',
      'c.channel',
      sql<ListedStatus>`case when ${idle} then 'abandoned' else c.status end`.as('status'),
      'c.customer_identifier',
      'c.escalation_reason',
      'c.created_at',
      'c.updated_at',
      sql<string | null>`(select m.content from messages m where m.conversation_id = c.id and m.role = 'user'
        order by m.position limit 1)`.as('preview'),
      sql<number>`(select cast(count(*) as integer) from messages m where m.conversation_id = c.id
        and m.status <> 'streaming')`.as('message_count'),
      sql<number | null>`(select cast(avg(m.qa_score) as float) from messages m
        where m.conversation_id = c.id)`.as('qa_score'),
      sql<number>`(select cast(count(*) as integer) from messages m where m.conversation_id = c.id
        and m.feedback = 'down')`.as('negative_feedback'),
    ]);
  const low = sql<boolean>`s.qa_score < ${LOW_SCORE_THRESHOLD}`;
  const negative = sql<boolean>`s.negative_feedback > 0`;
  const filtered = db
    .selectFrom(inner.as('s'))
    .$if(query.review === 'low_score', (q) => q.where(low))
    .$if(query.review === 'negative_feedback', (q) => q.where(negative))
    .$if(query.review === 'needs_attention', (q) => q.where((eb) => eb.or([low, negative])));
  const rows = await filtered
    .selectAll()
    .orderBy('s.updated_at', 'desc')
    .orderBy('s.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const total = await filtered.select(sql<number>`cast(count(*) as integer)`.as('n')).executeTakeFirstOrThrow();
  return {
    total: Number(total.n),
    conversations: rows.map((r: any) => ({
      id: r.id,
      channel: r.channel,
      status: r.status,
      customerIdentifier: r.customer_identifier,
      escalationReason: r.escalation_reason,
      preview: r.preview,
      messageCount: Number(r.message_count),
      qaScore: r.qa_score === null ? null : Number(r.qa_score),
      negativeFeedback: Number(r.negative_feedback),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
  };
}

/** Messages of the organization's customer conversations (`m`, joined with `c`). */
function customerMessages(db: Kysely<any>, orgId: string) {
  return db
    .selectFrom('messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .where('c.org_id', '=', orgId)
    .where('c.channel', '=', 'customer');
}

/** Analytics counts over customer conversations created at or after `since`. */
export async function countAnalytics(db: Kysely<any>, orgId: string, since: string): Promise<AnalyticsCounts> {
  const conversations = await db
    .selectFrom('conversations')
    .where('org_id', '=', orgId)
    .where('channel', '=', 'customer')
    .where('created_at', '>=', since)
    .select([
      sql<number>`cast(count(*) as integer)`.as('total'),
      sql<number>`cast(count(case when status = 'escalated' then 1 end) as integer)`.as('escalated'),
    ])
    .executeTakeFirstOrThrow();
  const messages = await customerMessages(db, orgId)
    .where('c.created_at', '>=', since)
    .where('m.status', '<>', 'streaming')
    .select([
      sql<number>`cast(count(*) as integer)`.as('total'),
      sql<number>`cast(count(case when m.feedback = 'up' then 1 end) as integer)`.as('up'),
      sql<number>`cast(count(case when m.feedback = 'down' then 1 end) as integer)`.as('down'),
      sql<number | null>`cast(avg(m.qa_score) as float)`.as('qa'),
      sql<number>`cast(count(m.qa_score) as integer)`.as('scored'),
    ])
    .executeTakeFirstOrThrow();
  return {
    conversations: Number(conversations.total),
    escalations: Number(conversations.escalated),
    messages: Number(messages.total),
    feedbackUp: Number(messages.up),
    feedbackDown: Number(messages.down),
    qaAverage: messages.qa === null ? null : Number(messages.qa),
    qaScored: Number(messages.scored),
  };
}

/** One UTC day's counts; days without any activity are absent. */
export interface DayCounts {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  conversations: number;
  escalations: number;
  feedbackUp: number;
  feedbackDown: number;
  qaSum: number;
  qaScored: number;
}

/**
 * Per-day counts since `since` (ISO): conversations and escalations by the day the conversation
 * started, feedback and QA by the day of the rated reply. Timestamps are stored as ISO text in
 * UTC on both engines, so the day is the first ten characters. A conversation counts as
 * escalated when it ever was (its reason stays after it is resolved).
 */
export async function countAnalyticsByDay(db: Kysely<any>, orgId: string, since: string): Promise<DayCounts[]> {
  const day = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 10)`;
  const conversations = await db
    .selectFrom('conversations as c')
    .where('c.org_id', '=', orgId)
    .where('c.channel', '=', 'customer')
    .where('c.created_at', '>=', since)
    .select([
      day('c.created_at').as('date'),
      sql<number>`cast(count(*) as integer)`.as('total'),
      sql<number>`cast(count(case when c.status = 'escalated' or c.escalation_reason is not null then 1 end) as integer)`.as('escalated'),
    ])
    .groupBy(day('c.created_at'))
    .execute();
  const replies = await customerMessages(db, orgId)
    .where('m.role', '=', 'assistant')
    .where('m.created_at', '>=', since)
    .select([
      day('m.created_at').as('date'),
      sql<number>`cast(count(case when m.feedback = 'up' then 1 end) as integer)`.as('up'),
      sql<number>`cast(count(case when m.feedback = 'down' then 1 end) as integer)`.as('down'),
      sql<number>`cast(coalesce(sum(m.qa_score), 0) as float)`.as('qa_sum'),
      sql<number>`cast(count(m.qa_score) as integer)`.as('scored'),
    ])
    .groupBy(day('m.created_at'))
    .execute();
  const days = new Map<string, DayCounts>();
  const at = (date: string) => {
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, conversations: 0, escalations: 0, feedbackUp: 0, feedbackDown: 0, qaSum: 0, qaScored: 0 }));
    return d;
  };
  for (const r of conversations as any[]) Object.assign(at(r.date), { conversations: Number(r.total), escalations: Number(r.escalated) });
  for (const r of replies as any[]) {
    Object.assign(at(r.date), { feedbackUp: Number(r.up), feedbackDown: Number(r.down), qaSum: Number(r.qa_sum), qaScored: Number(r.scored) });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
