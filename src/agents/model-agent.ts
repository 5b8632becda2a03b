/**
 * The plainest agent: the conversation as chat messages to a model, its text streamed back.
 * Used until the support and configuration agents take over, and by tests.
 */
import type { LanguageModel, ModelMessage } from '../model/types.ts';
import type { Agent, AgentEvent, AgentInput } from './types.ts';

export function createModelAgent(model: LanguageModel, system: string): Agent {
  return {
    async *reply(input: AgentInput, signal: AbortSignal): AsyncIterable<AgentEvent> {
      const messages: ModelMessage[] = input.history.map((m) =>
        m.role === 'user' ? { role: 'user', content: m.content } : { role: 'assistant', content: m.content },
      );
      for await (const part of model.stream({ system, messages }, signal)) {
        if (part.type === 'text-delta') yield { type: 'delta', text: part.text };
        else if (part.type === 'finish') {
          yield { type: 'usage', tokens: part.usage.inputTokens + part.usage.outputTokens };
        }
      }
    },
  };
}
