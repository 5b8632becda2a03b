/**
 * Confirmations and reports written from tool results: they say exactly what changed (field by
 * field, old → new) or exactly why nothing did.
 */
import type { ArticleView } from '../../management/article-view.ts';
import type { AnalyticsReport } from '../../management/get-analytics.ts';
import type { AnalyticsMetric } from './intents.ts';
import type { ConversationDetail } from '../../management/get-conversation.ts';
import type { AgentSettings, SettingChange } from '../../settings/settings.ts';
import type { ConversationPage } from '../../storage/agent-store.ts';

export const HELP_TEXT = [
  'I can change the support agent and report on it. For example:',
  '- "Set the business context to: We sell handmade furniture in Oslo."',
  '- "Set the tone to friendly and concise" / "Add a business rule: Never promise delivery dates."',
  '- "Set the agent name to Ava, primary colour #0F766E, welcome heading "Hi there!"" (also welcome subheading)',
  '- "Add an article titled "Shipping" with content: We ship within 2 days." / "Update the article Shipping: …" / "Archive the article Shipping" / "List articles" / "Search articles for refunds"',
  '- "Escalate billing disputes and legal issues" / "List escalation rules" / "Remove escalation rule 2"',
  '- "How have we performed over the last 7 days?" / "Show escalated conversations" / "Show low-scored conversations" / "Show conversations with negative feedback"',
  '- "Turn off the public chat" / "Only allow origins https://shop.example, https://www.shop.example" / "Allow any origin"',
  '- "Customers say "trainers" when they mean "sneakers"" / "List synonyms" / "Remove synonym trainers"',
  '- "How many conversations were escalated this week?" (also: how many conversations, messages, negative feedback; escalation rate; average QA score)',
  '- "Show current settings"',
].join('\n');

const FIELD_NAMES: Record<string, string> = {
  businessContext: 'business context',
  tone: 'tone',
  businessRules: 'business rules',
  escalationRules: 'escalation rules',
  synonyms: 'synonyms',
  'branding.agentName': 'agent name',
  'branding.primaryColor': 'primary colour',
  'branding.welcomeHeading': 'welcome heading',
  'branding.welcomeSubheading': 'welcome subheading',
  'publicChat.enabled': 'public chat (hosted page and widget) on',
  'publicChat.allowedOrigins': 'origins allowed to embed the widget',
};

function show(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => `"${Array.isArray(v) ? v.join(' = ') : v}"`).join(', ');
  const text = String(value ?? '');
  if (text === '') return '(empty)';
  return `"${text.length > 160 ? `${text.slice(0, 157)}...` : text}"`;
}

export function describeChanges(changes: SettingChange[]): string {
  if (changes.length === 0) return 'Nothing changed: those settings already had these values.';
  const lines = changes.map((c) => `- ${FIELD_NAMES[c.field] ?? c.field}: ${show(c.from)} → ${show(c.to)}`);
  return `Done. I changed ${changes.length === 1 ? 'one setting' : `${changes.length} settings`}:\n${lines.join('\n')}`;
}

export function describeSettings(s: AgentSettings): string {
  const rules = s.escalationRules.map((r, i) => `  ${i + 1}. ${r}`).join('\n') || '  (none)';
  return [
    'Current settings:',
    `- Agent name: ${s.branding.agentName}`,
    `- Primary colour: ${s.branding.primaryColor}`,
    `- Welcome heading: ${s.branding.welcomeHeading}`,
    `- Welcome subheading: ${s.branding.welcomeSubheading || '(empty)'}`,
    `- Tone: ${s.tone}`,
    `- Business context: ${s.businessContext || '(empty)'}`,
    `- Business rules: ${s.businessRules || '(none)'}`,
    `- Escalation rules:\n${rules}`,
    `- Public chat (hosted page and widget): ${s.publicChat.enabled ? 'on' : 'off'}`,
    `- Origins allowed to embed the widget: ${s.publicChat.allowedOrigins.join(', ') || 'any'}`,
    `- Synonyms: ${s.synonyms.map((g) => g.join(' = ')).join('; ') || '(none)'}`,
  ].join('\n');
}

export function describeSynonyms(s: AgentSettings): string {
  if (s.synonyms.length === 0) return 'There are no synonyms of your own yet. Tell me, for example: Customers say "trainers" when they mean "sneakers".';
  return `Synonyms (words your customers use for the same thing):\n${s.synonyms.map((g, i) => `${i + 1}. ${g.join(' = ')}`).join('\n')}`;
}

export function describeEscalationRules(s: AgentSettings): string {
  if (s.escalationRules.length === 0) return 'There are no escalation rules yet. (The agent still escalates when a customer asks for a human or is clearly frustrated.)';
  return `Escalation rules:\n${s.escalationRules.map((r, i) => `${i + 1}. ${r}`).join('\n')}`;
}

const articleLine = (a: ArticleView) => `- "${a.title}"${a.category ? ` [${a.category}]` : ''}${a.archived ? ' (archived)' : ''} — id ${a.id}`;

export function describeArticleList(result: { articles: ArticleView[]; total: number }, query?: string): string {
  if (result.articles.length === 0) return query ? `No active article matches "${query}".` : 'There are no articles yet.';
  const head = query ? `Articles matching "${query}" (best first):` : `${result.total} article${result.total === 1 ? '' : 's'}:`;
  return `${head}\n${result.articles.map(articleLine).join('\n')}`;
}

export function describeAnalytics(r: AnalyticsReport): string {
  const share = `${Math.round(r.escalationShare * 100)}%`;
  const qa = r.qaAverage === null ? 'no replies scored yet' : `${r.qaAverage.toFixed(1)} out of 5 over ${r.qaScored} scored replies`;
  return [
    `Over the last ${r.days} day${r.days === 1 ? '' : 's'} (customer conversations only):`,
    `- Conversations: ${r.conversations}`,
    `- Messages: ${r.messages}`,
    `- Escalations: ${r.escalations} (${share} of conversations)`,
    `- Feedback: ${r.feedback.up} positive, ${r.feedback.down} negative`,
    `- Average QA score: ${qa}`,
  ].join('\n');
}

const period = (r: AnalyticsReport) => (r.days === 1 ? 'in the last 24 hours' : `in the last ${r.days} days`);

/** The one figure asked for, with just enough around it to read it right. */
export function describeMetric(r: AnalyticsReport, metric: AnalyticsMetric): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  switch (metric) {
    case 'escalations':
      return `${n(r.escalations, 'conversation was', 'conversations were')} escalated ${period(r)} (${Math.round(r.escalationShare * 100)}% of ${n(r.conversations, 'customer conversation', 'customer conversations')}).`;
    case 'escalationShare':
      return `The escalation rate ${period(r)} was ${Math.round(r.escalationShare * 100)}%: ${r.escalations} of ${n(r.conversations, 'customer conversation', 'customer conversations')}.`;
    case 'conversations':
      return `There ${r.conversations === 1 ? 'was' : 'were'} ${n(r.conversations, 'customer conversation', 'customer conversations')} ${period(r)}.`;
    case 'messages':
      return `There ${r.messages === 1 ? 'was' : 'were'} ${n(r.messages, 'message', 'messages')} in customer conversations ${period(r)}.`;
    case 'feedbackDown':
      return `Customers gave ${n(r.feedback.down, 'negative rating', 'negative ratings')} ${period(r)} (and ${r.feedback.up} positive).`;
    case 'feedbackUp':
      return `Customers gave ${n(r.feedback.up, 'positive rating', 'positive ratings')} ${period(r)} (and ${r.feedback.down} negative).`;
    case 'qaAverage':
      return r.qaAverage === null ? `No replies were scored ${period(r)}.` : `The average QA score ${period(r)} was ${r.qaAverage.toFixed(1)} out of 5, over ${n(r.qaScored, 'scored reply', 'scored replies')}.`;
  }
}

export function describeConversations(page: ConversationPage, label: string): string {
  if (page.conversations.length === 0) return `There are no ${label}.`;
  const lines = page.conversations.map((c) => {
    const qa = c.qaScore === null ? 'not scored' : `QA ${c.qaScore.toFixed(1)}`;
    const preview = (c.preview ?? '').replace(/\s+/g, ' ').slice(0, 80);
    const reason = c.escalationReason ? `; reason: ${c.escalationReason}` : '';
    return `- ${c.createdAt.slice(0, 16).replace('T', ' ')} [${c.status}] "${preview}" — ${c.messageCount} messages, ${qa}, ${c.negativeFeedback} negative feedback${reason} (id ${c.id})`;
  });
  const more = page.total > page.conversations.length ? `\n(${page.total - page.conversations.length} more not shown)` : '';
  return `${page.total} ${label}:\n${lines.join('\n')}${more}`;
}

export function describeConversation(d: ConversationDetail): string {
  const head = `Conversation ${d.conversation.id} [${d.conversation.status}]${d.conversation.escalationReason ? `, escalated: ${d.conversation.escalationReason}` : ''}, QA ${d.conversation.qaScore === null ? 'not scored' : d.conversation.qaScore.toFixed(1)}:`;
  const lines = d.messages.map((m) => {
    const notes = [m.qaScore === null ? '' : `QA ${m.qaScore}`, ...m.qaFlags, ...m.safetyFlags, m.feedback ? `feedback ${m.feedback}` : '']
      .filter(Boolean)
      .join(', ');
    return `- ${m.role}: ${m.content.replace(/\s+/g, ' ').slice(0, 200)}${notes ? ` (${notes})` : ''}`;
  });
  return `${head}\n${lines.join('\n')}`;
}
