/** The agent of each channel: support agent for customers, configuration agent for admins. */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createModel } from '../model/create-model.ts';
import type { Store } from '../storage/types.ts';
import { createModelAgent } from './model-agent.ts';
import type { AgentRuntime } from './types.ts';

export function createAgentRuntime(config: Config, _store: Store, _log: Logger): AgentRuntime {
  const model = createModel(config);
  const support = createModelAgent(model, 'You are a customer-support agent.');
  const configuration = createModelAgent(model, 'You are the configuration agent of a support platform.');
  return {
    agents: (conversation) => (conversation.channel === 'customer' ? support : configuration),
    plugins: [],
  };
}
