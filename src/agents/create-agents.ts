/**
 * The agents' runtime: the support agent for customers, the configuration agent for admins,
 * the management JSON API and feedback routes, and the quality-assessment hook. Both agents
 * talk to the model port; with the offline model the composer reads their structured context.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { registerFeedbackRoute } from '../http/routes/feedback.ts';
import { registerManagementApi } from '../http/routes/management-api.ts';
import { registerPublicChat } from '../http/routes/public-chat.ts';
import { createModel } from '../model/create-model.ts';
import type { LanguageModel } from '../model/types.ts';
import { createReplyFinishedHook } from '../qa/on-reply-finished.ts';
import { createModelClassifier } from '../safety/model-classifier.ts';
import { agentStoreFor } from '../storage/create-store.ts';
import { observeModel } from '../telemetry/observed-model.ts';
import type { Store } from '../storage/types.ts';
import { createConfigurationAgent } from './configuration-agent.ts';
import { agentComposer } from './offline-composer.ts';
import { ReplyNotes } from './reply-notes.ts';
import { createSupportAgent } from './support-agent.ts';
import type { AgentRuntime } from './types.ts';
import type { Handoff } from '../handoff/create-handoff.ts';

/**
 * Wires both agents, their HTTP routes and the QA hook for a server. `model` overrides the
 * configured one (tests pass a recording or scripted model).
 */
export function createAgentRuntime(config: Config, store: Store, log: Logger, model?: LanguageModel, handoff?: Handoff): AgentRuntime {
  // Measured and traced when metrics or tracing are on (enabled before this runs, see server.ts).
  const chosen = observeModel(model ?? createModel(config, agentComposer));
  const agentStore = agentStoreFor(store);
  const notes = new ReplyNotes();
  // The classification call is a hosted-model layer: the offline model has nothing to add to the patterns.
  const classify = config.safetyClassifier === 'model' && config.llm !== 'offline' ? createModelClassifier(chosen) : undefined;
  const support = createSupportAgent({ model: chosen, agentStore, notes, classify });
  const configuration = createConfigurationAgent({ model: chosen, deps: { store, agentStore, webhooks: handoff?.deps } });
  return {
    agents: (conversation) => (conversation.channel === 'customer' ? support : configuration),
    plugins: [
      (app) => registerManagementApi(app, { store, agentStore, abandonedAfterMinutes: config.abandonedAfterMinutes }),
      (app) => registerFeedbackRoute(app, store, agentStore, handoff?.deps),
      (app) => registerPublicChat(app, { config, store, agentStore, log }),
      ...(handoff ? [handoff.plugin] : []),
    ],
    onReplyFinished: createReplyFinishedHook(agentStore, notes, log),
  };
}
