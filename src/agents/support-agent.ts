/**
 * The support agent (PRODUCT.md §5): input filter first (a refused message gets one polite
 * delta and no model call), then retrieval from this organization's articles only, then the
 * model with the `escalate` tool. After the model, escalation is enforced for a human request
 * or a matching rule even if the model missed it, so the promise holds with any provider.
 */
import type { Article } from '../knowledge/article.ts';
import type { CancelSignal } from '../model/cancel.ts';
import type { LanguageModel, ModelMessage, ModelRequest, ModelToolCall } from '../model/types.ts';
import { loadSpelling, spellingGroups } from '../knowledge/spelling.ts';
import { phraseVariants } from '../knowledge/synonyms.ts';
import { refusalText, screenInput } from '../safety/input-filter.ts';
import type { InputClassifier } from '../safety/model-classifier.ts';
import type { AgentSettings } from '../settings/settings.ts';
import type { AgentStore } from '../storage/agent-store.ts';
import { tracing } from '../telemetry/tracing.ts';
import { effectiveEscalationRules, requiredEscalation } from './escalation.ts';
import { historyForModel } from './history.ts';
import type { ReplyNote, ReplyNotes } from './reply-notes.ts';
import { buildSupportPrompt, ESCALATE_TOOL, REFERENCE_MARKERS, SUPPORT_INSTRUCTIONS } from './support-prompt.ts';
import { followUpText, handoffText, NOT_KNOWN_PATTERN } from './support-replies.ts';
import type { Agent, AgentEvent, AgentInput } from './types.ts';

export interface SupportAgentOptions {
  model: LanguageModel;
  agentStore: AgentStore;
  notes: ReplyNotes;
  /** Articles given to the model per question. */
  topArticles?: number;
  /** Optional model classification of messages the input filter's patterns pass (`PARLEY_SAFETY_CLASSIFIER=model`). */
  classify?: InputClassifier;
}

const MAX_ROUNDS = 3;

/**
 * Creates the support agent.
 * @example createSupportAgent({ model, agentStore, notes: new ReplyNotes() })
 */
export function createSupportAgent(options: SupportAgentOptions): Agent {
  const { model, agentStore, notes } = options;
  const topArticles = options.topArticles ?? 3;
  // The spelling dictionary takes about 0.3 s to load: not on the first customer's time.
  void loadSpelling().catch(() => undefined);

  /**
   * Everything before the model: settings, the input filter, retrieval and the prompt. Kept
   * out of `reply` so its frame, alive for the whole reply, holds only what the model phase needs.
   */
  async function prepare(input: AgentInput, signal: CancelSignal): Promise<Prepared> {
    const orgId = input.organization.id;
    const message = input.userMessage.content;
    const settings = await agentStore.getSettings(orgId);
    let verdict = screenInput(message);
    if (!verdict.blocked && options.classify && input.conversation.status !== 'escalated') verdict = await options.classify(message, signal);
    if (verdict.blocked) {
      return {
        note: noteOf(settings, [], { sources: [], refusedCategory: verdict.category }),
        events: [
          { type: 'refused', category: verdict.category },
          { type: 'delta', text: refusalText(verdict.category, settings.branding.agentName) },
        ],
      };
    }
    if (input.conversation.status === 'escalated') {
      return { note: noteOf(settings, [], { sources: [], followUpOnly: true }), events: [{ type: 'delta', text: followUpText(settings.tone) }] };
    }
    // Misspelled words get their dictionary spellings as synonyms, next to the organization's own.
    const spelling = await spellingGroups(message);
    const synonyms = spelling.length === 0 ? settings.synonyms : [...settings.synonyms, ...spelling];
    const span = tracing.start('retrieval', { 'parley.retrieval.limit': topArticles });
    let hits = await agentStore.searchArticles(orgId, message, topArticles, synonyms);
    // "the doggy bus" when the articles say "pet taxi": the best article for the other phrase is in too.
    for (const variant of phraseVariants(message, settings.synonyms).slice(0, 2)) {
      const best = (await agentStore.searchArticles(orgId, variant, 1, synonyms))[0];
      if (best && !hits.some((h) => h.article.id === best.article.id)) hits = [best, ...hits].slice(0, topArticles);
    }
    span?.end({ 'parley.retrieval.hits': hits.length });
    const articles = hits.map((h) => h.article);
    const { system, context } = buildSupportPrompt(settings, articles, message);
    context.synonyms = synonyms;
    const messages: ModelMessage[] = historyForModel(input.history);
    return { settings, articles, request: { system, messages, tools: TOOLS, context } };
  }

  return {
    async *reply(input: AgentInput, signal: CancelSignal): AsyncIterable<AgentEvent> {
      const prepared = await prepare(input, signal);
      if ('events' in prepared) {
        notes.set(input.userMessage.id, prepared.note);
        yield* prepared.events;
        return;
      }
      const { request, settings } = prepared;
      let escalated = false;
      let text = '';
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const calls: ModelToolCall[] = [];
        for await (const part of model.stream(request, signal)) {
          if (part.type === 'text-delta') {
            text += part.text;
            yield { type: 'delta', text: part.text };
          } else if (part.type === 'tool-call') calls.push(part.call);
          else if (part.type === 'finish') yield { type: 'usage', tokens: part.usage.inputTokens + part.usage.outputTokens };
        }
        if (calls.length === 0) break;
        const answered = answerToolCalls(request.messages, calls, escalated);
        escalated = answered.escalated;
        yield* answered.events;
      }
      yield* guardrail(input.userMessage.content, settings, escalated, text);
      // Built now rather than up front, so a long reply does not carry it.
      notes.set(input.userMessage.id, noteOf(settings, prepared.articles, { notKnown: NOT_KNOWN_PATTERN.test(text) }));
    },
  };
}

/** A reply answered without the model (refused, or a follow-up promise), or the model request to make. */
type Prepared =
  | { note: ReplyNote; events: AgentEvent[] }
  | { settings: AgentSettings; articles: Article[]; request: ModelRequest & { messages: ModelMessage[] } };

const TOOLS = [ESCALATE_TOOL];

/**
 * Answers the model's tool calls in its messages; an `escalate` call escalates once. (Helpers
 * like this one keep the reply generator small: its frame lives as long as the reply.)
 */
function answerToolCalls(messages: ModelMessage[], calls: ModelToolCall[], escalated: boolean): { events: AgentEvent[]; escalated: boolean } {
  const events: AgentEvent[] = [];
  messages.push({ role: 'assistant', content: '', toolCalls: calls });
  for (const call of calls) {
    const known = call.name === 'escalate';
    if (known && !escalated) {
      escalated = true;
      const reason = String((call.input as { reason?: unknown } | null)?.reason ?? 'The model escalated.').slice(0, 300);
      events.push({ type: 'escalate', reason });
    }
    messages.push({
      role: 'tool',
      toolCallId: call.id,
      name: call.name,
      content: JSON.stringify(known ? { ok: true, status: 'escalated' } : { ok: false, error: 'Unknown tool.' }),
    });
  }
  return { events, escalated };
}

/** A human request or a configured rule always escalates, whatever the model did (judgements are the model's). */
function guardrail(message: string, settings: AgentSettings, escalated: boolean, text: string): AgentEvent[] {
  if (escalated) return [];
  const required = requiredEscalation(message, effectiveEscalationRules(settings));
  if (!required) return [];
  return [
    { type: 'escalate', reason: required.reason },
    { type: 'delta', text: `${text === '' ? '' : ' '}${handoffText(settings.tone)}` },
  ];
}

/** What the reply-finished hook needs to judge this reply. */
function noteOf(settings: AgentSettings, articles: Article[], outcome: Partial<ReplyNote>): ReplyNote {
  return {
    sources: [settings.businessContext, settings.businessRules, ...articles.map((a) => `${a.title}\n${a.content}`)],
    instructions: SUPPORT_INSTRUCTIONS,
    markers: REFERENCE_MARKERS,
    tone: settings.tone,
    escalationRules: effectiveEscalationRules(settings),
    notKnown: false,
    refusedCategory: null,
    followUpOnly: false,
    ...outcome,
  };
}
