/**
 * The offline model's configuration composer. It reads `request.context` (the command and the
 * current settings) and the tool results since the command, and returns the next step: tool
 * calls, or the confirmation written from their results. Steps that need a lookup first (an
 * article named by title) take two rounds, like a real model would.
 */
import type { ArticleView } from '../../management/article-view.ts';
import type { OfflineTurn } from '../../model/offline.ts';
import type { ModelRequest } from '../../model/types.ts';
import { escapeForRegExp, stem } from '../../knowledge/text.ts';
import type { AgentSettings } from '../../settings/settings.ts';
import * as d from './describe.ts';
import { parseCommands } from './grammar.ts';
import type { Intent } from './intents.ts';
import { reprice } from './prices.ts';
import { webhookStep } from './webhooks.ts';

/** What the configuration agent attaches to each model request. */
export interface ConfigurationContext {
  kind: 'configuration';
  command: string;
  settings: AgentSettings;
}

interface ToolResult {
  name: string;
  ok: boolean;
  output: any;
}

function resultsSinceCommand(request: ModelRequest): ToolResult[] {
  const out: ToolResult[] = [];
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const m = request.messages[i]!;
    if (m.role === 'user') break;
    if (m.role === 'tool') {
      const parsed = JSON.parse(m.content) as { ok: boolean; output: unknown };
      out.unshift({ name: m.name, ok: parsed.ok, output: parsed.output });
    }
  }
  return out;
}

const call = (name: string, input: unknown): OfflineTurn => ({ toolCalls: [{ name, input }] });
const failed = (r: ToolResult) => `I couldn't do that: ${r.output?.error ?? 'the operation failed'} Nothing was changed.`;

// Stemmed: "foam parties" names the article "Foam partys".
const titleWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).map(stem);

/**
 * Picks the article a title refers to among search hits: exact title, else the only hit, else
 * the only hit whose title holds every word of the target ("the parking article": "Parking").
 */
function pickArticle(target: string, hits: ArticleView[]): ArticleView | string {
  const exact = hits.filter((a) => a.title.toLowerCase() === target.toLowerCase());
  if (exact.length === 1) return exact[0]!;
  if (hits.length === 1) return hits[0]!;
  const words = titleWords(target);
  const byTitle = hits.filter((a) => words.length > 0 && words.every((w) => titleWords(a.title).includes(w)));
  if (byTitle.length === 1) return byTitle[0]!;
  if (hits.length === 0) return `I couldn't find an active article matching "${target}". Nothing was changed.`;
  return `Several articles match "${target}"; which one do you mean? Nothing was changed yet.\n${hits.map((a) => `- "${a.title}" (id ${a.id})`).join('\n')}`;
}

function articleStep(intent: Extract<Intent, { kind: 'update_article' | 'archive_article' }>, results: ToolResult[]): OfflineTurn {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(intent.target);
  const append = intent.kind === 'update_article' && intent.append === true;
  const action = (article: { id: string; content?: string }) =>
    intent.kind === 'archive_article'
      ? call('archive_article', { id: article.id })
      : call('update_article', { id: article.id, ...intent.patch, ...(append ? { content: `${article.content?.trimEnd() ?? ''}\n\n${intent.patch.content}`.trim() } : {}) });
  if (results.length === 0) return isId && !append ? action({ id: intent.target }) : call('list_articles', { q: intent.target, limit: 5 });
  const last = results[results.length - 1]!;
  if (!last.ok) return { text: failed(last) };
  if (last.name === 'list_articles') {
    const picked = pickArticle(intent.target, last.output.articles as ArticleView[]);
    return typeof picked === 'string' ? { text: picked } : action(picked);
  }
  const a = last.output as ArticleView;
  if (intent.kind === 'archive_article') return { text: `Archived the article "${a.title}". It is no longer used in answers; it is kept, not deleted.` };
  if (append) return { text: `Added to the article "${a.title}": "${intent.patch.content}"` };
  const changed = Object.keys(intent.patch).map((k) => (k === 'content' ? 'content replaced' : `${k} set to "${(a as any)[k]}"`));
  return { text: `Updated the article "${a.title}": ${changed.join(', ')}.` };
}

/** One passage of an article for another: look the article up (by name, or by the passage), swap, quote. */
function swapStep(intent: Extract<Intent, { kind: 'replace_text' }>, results: ToolResult[]): OfflineTurn {
  if (results.length === 0) return call('list_articles', { q: intent.target || intent.from, limit: 10 });
  const last = results[results.length - 1]!;
  if (!last.ok) return { text: failed(last) };
  if (last.name === 'list_articles') {
    const hits = last.output.articles as ArticleView[];
    const holding = hits.filter((a) => a.content.toLowerCase().includes(intent.from.toLowerCase()));
    const picked = intent.target ? pickArticle(intent.target, hits) : holding.length === 1 ? holding[0]! : `I couldn't tell which article says "${intent.from}". Nothing was changed; name the article, for example "On the <article> page replace "…" with "…"".`;
    if (typeof picked === 'string') return { text: picked };
    // The passage as a whole: "3 working days" is not found in "13 working days".
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeForRegExp(intent.from)}(?![\\p{L}\\p{N}])`, 'iu').exec(picked.content)?.index ?? -1;
    if (at < 0) return { text: `The article "${picked.title}" does not say "${intent.from}". Nothing was changed.` };
    return call('update_article', { id: picked.id, content: picked.content.slice(0, at) + intent.to + picked.content.slice(at + intent.from.length) });
  }
  const a = last.output as ArticleView;
  return { text: `Updated the article "${a.title}": "${intent.from}" now reads "${intent.to}".` };
}

/**
 * The article whose text prices the item, when the owner did not say which ("full service is now
 * £95"): among the articles a search for the item finds, the one place where the item's amount
 * can be told apart. Several, or none: the owner is asked.
 */
function articlePricing(item: string, price: string, hits: ArticleView[]): ArticleView | string {
  // Each article repriced once: how many of the item's words its priced clause names (-1: none fits).
  const named = new Map(hits.map((a) => {
    const r = reprice(a.content, item, price);
    return [a, 'ask' in r ? -1 : r.named] as const;
  }));
  const fits = hits.filter((a) => named.get(a)! >= 0);
  if (fits.length === 1) return fits[0]!;
  // "inner tube repairs are £14 now": the article whose priced clause names the most of the item.
  const most = Math.max(...fits.map((a) => named.get(a)!));
  const best = fits.filter((a) => named.get(a) === most);
  if (best.length === 1 && most > 0) return best[0]!;
  if (fits.length === 0) return `I couldn't find a price for "${item}" in any article. Nothing was changed; tell me the article, for example "update the price in <article>: ${item} is now ${price}".`;
  return `"${item}" is priced in several articles; which one do you mean? Nothing was changed yet.\n${fits.map((a) => `- "${a.title}" (id ${a.id})`).join('\n')}`;
}

/** A price in an article: look the article up, replace the item's amount, confirm with the new sentence. */
function priceStep(intent: Extract<Intent, { kind: 'update_article_price' }>, results: ToolResult[]): OfflineTurn {
  const unnamed = intent.target === '';
  if (results.length === 0) return call('list_articles', { q: unnamed ? intent.item : intent.target, limit: unnamed ? 10 : 5 });
  const last = results[results.length - 1]!;
  if (!last.ok) return { text: failed(last) };
  const found = results.find((r) => r.name === 'list_articles')!;
  const hits = found.output.articles as ArticleView[];
  const picked = unnamed ? articlePricing(intent.item, intent.price, hits) : pickArticle(intent.target, hits);
  if (typeof picked === 'string') return { text: picked };
  const change = reprice(picked.content, intent.item, intent.price);
  if ('ask' in change) return { text: change.ask };
  if (last.name === 'list_articles') return call('update_article', { id: picked.id, content: change.content });
  return { text: `Updated the price in the article "${picked.title}": ${change.old} is now ${intent.price}. It reads: "${change.sentence}"` };
}

function settingsStep(patch: unknown, results: ToolResult[]): OfflineTurn {
  if (results.length === 0) return call('update_settings', patch);
  const last = results[results.length - 1]!;
  return { text: last.ok ? d.describeChanges(last.output.changes) : failed(last) };
}

/** Intents that look an article up first: a failed step of theirs is answered by their own step. */
const ARTICLE_STEPS = new Set<Intent['kind']>(['update_article', 'archive_article', 'update_article_price', 'replace_text']);
type ArticleIntent = Extract<Intent, { kind: 'update_article' | 'archive_article' | 'update_article_price' | 'replace_text' }>;
const isArticleStep = (intent: Intent): intent is ArticleIntent => ARTICLE_STEPS.has(intent.kind);

function plan(intent: Intent, ctx: ConfigurationContext, results: ToolResult[]): OfflineTurn {
  const s = ctx.settings;
  const last = results[results.length - 1];
  if (last && !last.ok && !ARTICLE_STEPS.has(intent.kind)) return { text: failed(last) };
  switch (intent.kind) {
    case 'help':
      return { text: d.HELP_TEXT };
    case 'unclear':
      return { text: `${intent.hint} Nothing was changed.\n\n${d.HELP_TEXT}` };
    case 'set_settings':
      return settingsStep(intent.patch, results);
    case 'add_business_rule':
      return settingsStep({ businessRules: [s.businessRules, intent.rule].filter(Boolean).join('\n') }, results);
    case 'add_business_fact':
      if (results.length === 0) return call('update_settings', { businessContext: [s.businessContext, intent.fact].filter(Boolean).join('\n') });
      return {
        text: `Added to the business context: "${intent.fact}" The support agent uses it from now on. (To replace the whole context instead, say "Set the business context to: …".)`,
      };
    case 'add_escalation_rules': {
      const lower = new Set(s.escalationRules.map((r) => r.toLowerCase()));
      return settingsStep({ escalationRules: [...s.escalationRules, ...intent.rules.filter((r) => !lower.has(r.toLowerCase()))] }, results);
    }
    case 'set_escalation_rules':
      return settingsStep({ escalationRules: intent.rules }, results);
    case 'remove_escalation_rule': {
      const n = /^\d+$/.test(intent.target) ? Number(intent.target) - 1 : -1;
      const t = intent.target.toLowerCase();
      const index = n >= 0 ? n : s.escalationRules.findIndex((r) => r.toLowerCase().includes(t) || t.includes(r.toLowerCase()));
      if (index < 0 || index >= s.escalationRules.length) {
        return { text: `There is no escalation rule matching "${intent.target}". Nothing was changed.\n${d.describeEscalationRules(s)}` };
      }
      return settingsStep({ escalationRules: s.escalationRules.filter((_r, i) => i !== index) }, results);
    }
    case 'list_escalation_rules':
      return results.length === 0 ? call('get_settings', {}) : { text: d.describeEscalationRules(last!.output) };
    case 'show_settings':
      return results.length === 0 ? call('get_settings', {}) : { text: d.describeSettings(last!.output) };
    case 'create_article':
      if (results.length === 0) return call('create_article', { title: intent.title, content: intent.content, category: intent.category ?? null });
      return { text: `Added the article "${last!.output.title}"${last!.output.category ? ` in category "${last!.output.category}"` : ''} (id ${last!.output.id}). The support agent uses it from now on.` };
    case 'update_article':
    case 'archive_article':
      return articleStep(intent, results);
    case 'update_article_price':
      return priceStep(intent, results);
    case 'replace_text':
      return swapStep(intent, results);
    case 'list_articles':
      return results.length === 0 ? call('list_articles', { limit: 50 }) : { text: d.describeArticleList(last!.output) };
    case 'search_articles':
      return results.length === 0 ? call('list_articles', { q: intent.query, limit: 10 }) : { text: d.describeArticleList(last!.output, intent.query) };
    case 'analytics':
      if (results.length === 0) return call('get_analytics', { days: intent.days });
      return { text: intent.metric ? d.describeMetric(last!.output, intent.metric) : d.describeAnalytics(last!.output) };
    case 'add_synonyms':
      return settingsStep({ synonyms: withSynonyms(s.synonyms, intent.words) }, results);
    case 'remove_synonym': {
      const next = s.synonyms.map((g) => g.filter((w) => w !== intent.word)).filter((g) => g.length > 1);
      if (JSON.stringify(next) === JSON.stringify(s.synonyms)) return { text: `There is no synonym "${intent.word}". Nothing was changed.\n${d.describeSynonyms(s)}` };
      return settingsStep({ synonyms: next }, results);
    }
    case 'list_synonyms':
      return results.length === 0 ? call('get_settings', {}) : { text: d.describeSynonyms(last!.output) };
    case 'list_conversations': {
      if (results.length === 0) return call('list_conversations', { ...intent.filter, limit: 10 });
      const f = intent.filter;
      const label = [f.status ?? '', f.review === 'low_score' ? 'low-scored' : f.review === 'negative_feedback' ? 'negatively rated' : f.review === 'needs_attention' ? 'needing attention' : '', 'customer conversations']
        .filter(Boolean)
        .join(' ');
      return { text: d.describeConversations(last!.output, label) };
    }
    case 'create_webhook':
    case 'list_webhooks':
      return webhookStep(intent, results);
    case 'show_conversation':
      return results.length === 0 ? call('get_conversation', { id: intent.id }) : { text: d.describeConversation(last!.output) };
  }
}

/** `groups` with `words` added: into the group that already holds one of them, else as a new group. */
function withSynonyms(groups: string[][], words: string[]): string[][] {
  const at = groups.findIndex((g) => g.some((w) => words.includes(w)));
  if (at < 0) return [...groups, words];
  return groups.map((g, i) => (i === at ? [...new Set([...g, ...words])] : g));
}

/** True when a request carries the configuration agent's context. */
export function isConfigurationContext(value: unknown): value is ConfigurationContext {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'configuration';
}

/** "on that page put…", "take it down": an article pointed at, not named. */
const POINTER = /^(?:that|this|it|the\s+same)(?:\s+(?:one|page|article))?$|^(?:the\s+)?(?:same\s+)?(?:page|article)$/i;

/** The article the assistant last named in this conversation ("Added the article "Party Entertainers" (id …)"). */
function lastArticleNamed(request: ModelRequest): string | undefined {
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const m = request.messages[i]!;
    if (m.role !== 'assistant') continue;
    const named = [...m.content.matchAll(/\barticle "([^"\n]{1,200})"/g)];
    if (named.length > 0) return named[named.length - 1]![1];
  }
  return undefined;
}

/** The intent, with an article pointed at ("that page") read as the one the conversation last named. */
function resolvePointer(intent: Intent, request: ModelRequest): Intent {
  if (!isArticleStep(intent) || !POINTER.test(intent.target.trim())) return intent;
  const title = lastArticleNamed(request);
  return title ? { ...intent, target: title } : intent;
}

/**
 * Several requests one after another: each intent's plan is replayed on the tool results in
 * order, so each knows which results are its own; the next call, or all their confirmations.
 */
function planSeveral(intents: Intent[], ctx: ConfigurationContext, results: ToolResult[]): OfflineTurn {
  const texts: string[] = [];
  let used = 0;
  for (const intent of intents) {
    for (let own = 0; ; own++) {
      const step = plan(intent, ctx, results.slice(used, used + own));
      if ('text' in step) {
        texts.push(step.text);
        used += own;
        break;
      }
      if (used + own >= results.length) return step;
    }
  }
  return { text: texts.join('\n') };
}

/** Composes one configuration turn from the structured context and the tool results so far. */
export function composeConfigurationTurn(request: ModelRequest): OfflineTurn {
  const ctx = request.context as ConfigurationContext;
  const intents = parseCommands(ctx.command).map((i) => resolvePointer(i, request));
  const results = resultsSinceCommand(request);
  return intents.length === 1 ? plan(intents[0]!, ctx, results) : planSeveral(intents, ctx, results);
}
