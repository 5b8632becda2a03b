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

export interface ConversationQuery {
  channel: Channel;
  status?: ConversationStatus;
  review?: ReviewFilter;
  limit: number;
  offset: number;
}

export interface ConversationSummary {
  id: string;
  channel: Channel;
  status: ConversationStatus;
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
  const inner = db
    .selectFrom('conversations as c')
    .where('c.org_id', '=', orgId)
    .where('c.channel', '=', query.channel)
    .$if(query.status !== undefined, (q) => q.where('c.status', '=', query.status!))
    .select([
      'c.id',
      'c.channel',
      'c.status',
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
  const messages = await db
    .selectFrom('messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .where('c.org_id', '=', orgId)
    .where('c.channel', '=', 'customer')
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
