/**
 * The support agent (PRODUCT.md §5): input filter first (a refused message gets one polite
 * delta and no model call), then retrieval from this organization's articles only, then the
 * model with the `escalate` tool. After the model, escalation is enforced for a human request
 * or a matching rule even if the model missed it, so the promise holds with any provider.
 */
import type { LanguageModel, ModelMessage, ModelToolCall } from '../model/types.ts';
import { refusalText, screenInput } from '../safety/input-filter.ts';
import type { AgentStore } from '../storage/agent-store.ts';
import { detectEscalation } from './escalation.ts';
import { historyForModel } from './history.ts';
import type { ReplyNotes } from './reply-notes.ts';
import { buildSupportPrompt, ESCALATE_TOOL, REFERENCE_MARKERS, SUPPORT_INSTRUCTIONS } from './support-prompt.ts';
import { followUpText, handoffText, NOT_KNOWN_PATTERN } from './support-replies.ts';
import type { Agent, AgentEvent, AgentInput } from './types.ts';

export interface SupportAgentOptions {
  model: LanguageModel;
  agentStore: AgentStore;
  notes: ReplyNotes;
  /** Articles given to the model per question. */
  topArticles?: number;
}

const MAX_ROUNDS = 3;

/**
 * Creates the support agent.
 * @example createSupportAgent({ model, agentStore, notes: new ReplyNotes() })
 */
export function createSupportAgent(options: SupportAgentOptions): Agent {
  const { model, agentStore, notes } = options;
  return {
    async *reply(input: AgentInput, signal: AbortSignal): AsyncIterable<AgentEvent> {
      const orgId = input.organization.id;
      const message = input.userMessage.content;
      const settings = await agentStore.getSettings(orgId);
      const note = {
        sources: [] as string[],
        instructions: SUPPORT_INSTRUCTIONS,
        markers: REFERENCE_MARKERS,
        tone: settings.tone,
        escalationRules: settings.escalationRules,
        notKnown: false,
        refusedCategory: null as string | null,
        followUpOnly: false,
      };
      const verdict = screenInput(message);
      if (verdict.blocked) {
        notes.set(input.userMessage.id, { ...note, refusedCategory: verdict.category });
        yield { type: 'refused', category: verdict.category };
        yield { type: 'delta', text: refusalText(verdict.category, settings.branding.agentName) };
        return;
      }
      if (input.conversation.status === 'escalated') {
        notes.set(input.userMessage.id, { ...note, followUpOnly: true });
        yield { type: 'delta', text: followUpText(settings.tone) };
        return;
      }

      const hits = await agentStore.searchArticles(orgId, message, options.topArticles ?? 3);
      const articles = hits.map((h) => h.article);
      const { system, context } = buildSupportPrompt(settings, articles, message);
      note.sources = [settings.businessContext, settings.businessRules, ...articles.map((a) => `${a.title}\n${a.content}`)];
      const messages: ModelMessage[] = historyForModel(input.history);
      let escalated = false;
      let text = '';
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const calls: ModelToolCall[] = [];
        for await (const part of model.stream({ system, messages, tools: [ESCALATE_TOOL], context }, signal)) {
          if (part.type === 'text-delta') {
            text += part.text;
            yield { type: 'delta', text: part.text };
          } else if (part.type === 'tool-call') calls.push(part.call);
          else if (part.type === 'finish') yield { type: 'usage', tokens: part.usage.inputTokens + part.usage.outputTokens };
        }
        if (calls.length === 0) break;
        messages.push({ role: 'assistant', content: '', toolCalls: calls });
        for (const call of calls) {
          const known = call.name === 'escalate';
          if (known && !escalated) {
            escalated = true;
            const reason = String((call.input as { reason?: unknown } | null)?.reason ?? 'The model escalated.').slice(0, 300);
            yield { type: 'escalate', reason };
          }
          messages.push({
            role: 'tool',
            toolCallId: call.id,
            name: call.name,
            content: JSON.stringify(known ? { ok: true, status: 'escalated' } : { ok: false, error: 'Unknown tool.' }),
          });
        }
      }
      // Guardrail: a human request or a configured rule always escalates, whatever the model did.
      const required = detectEscalation(message, settings.escalationRules);
      if (!escalated && required && required.kind !== 'frustration') {
        yield { type: 'escalate', reason: required.reason };
        yield { type: 'delta', text: `${text === '' ? '' : ' '}${handoffText(settings.tone)}` };
      }
      note.notKnown = NOT_KNOWN_PATTERN.test(text);
      notes.set(input.userMessage.id, note);
    },
  };
}
