/**
 * The configuration agent (PRODUCT.md §5): a tool loop over the model port. The model sees the
 * management tools (exactly the JSON API's operations); each call is validated and run by the
 * same use case as the HTTP route, recorded for review, and its result appended as a `tool`
 * message; then the model goes again, until it writes the confirmation.
 */
import { executeManagementTool, managementModelTools } from '../management/tools.ts';
import type { ManagementDeps } from '../management/deps.ts';
import type { CancelSignal } from '../model/cancel.ts';
import type { LanguageModel, ModelMessage, ModelToolCall } from '../model/types.ts';
import { historyForModel } from './history.ts';
import type { ConfigurationContext } from './offline-config/compose.ts';
import type { Agent, AgentEvent, AgentInput } from './types.ts';

export interface ConfigurationAgentOptions {
  model: LanguageModel;
  deps: ManagementDeps;
  /** Tool rounds before the agent gives up on a request. */
  maxRounds?: number;
}

export const CONFIGURATION_INSTRUCTIONS = [
  'You are the configuration agent of a customer-support platform. An administrator of one business talks to you.',
  'You change the support agent only through the tools; every change you report must come from a tool result.',
  'After acting, confirm exactly what changed (old and new values). If a request is ambiguous, change nothing and ask.',
  'Escalation rules are replaced as a whole list: send the current rules plus or minus the change.',
].join(' ');

/**
 * Creates the configuration agent over the management use cases.
 * @example createConfigurationAgent({ model, deps: { store, agentStore } })
 */
export function createConfigurationAgent(options: ConfigurationAgentOptions): Agent {
  const { model, deps } = options;
  const tools = managementModelTools();
  const maxRounds = options.maxRounds ?? 5;
  return {
    async *reply(input: AgentInput, signal: CancelSignal): AsyncIterable<AgentEvent> {
      const orgId = input.organization.id;
      const messages: ModelMessage[] = historyForModel(input.history);
      for (let round = 0; round < maxRounds; round++) {
        // Settings are re-read each round so the model plans from the values its tools just wrote.
        const settings = await deps.agentStore.getSettings(orgId);
        const context: ConfigurationContext = { kind: 'configuration', command: input.userMessage.content, settings };
        const system = `${CONFIGURATION_INSTRUCTIONS}\n\nCurrent settings (data):\n${JSON.stringify(settings)}`;
        const calls: ModelToolCall[] = [];
        for await (const part of model.stream({ system, messages, tools, context }, signal)) {
          if (part.type === 'text-delta') yield { type: 'delta', text: part.text };
          else if (part.type === 'tool-call') calls.push(part.call);
          else if (part.type === 'finish') yield { type: 'usage', tokens: part.usage.inputTokens + part.usage.outputTokens };
        }
        if (calls.length === 0) return;
        messages.push({ role: 'assistant', content: '', toolCalls: calls });
        for (const call of calls) {
          signal.throwIfAborted();
          const outcome = await executeManagementTool(deps, orgId, call.name, call.input);
          await deps.agentStore.recordToolCall({
            orgId,
            conversationId: input.conversation.id,
            userMessageId: input.userMessage.id,
            name: call.name,
            input: call.input,
            output: outcome.output,
            ok: outcome.ok,
          });
          messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: JSON.stringify(outcome) });
        }
      }
      yield { type: 'delta', text: 'I stopped because this request needed too many steps. Please split it into smaller requests.' };
    },
  };
}
