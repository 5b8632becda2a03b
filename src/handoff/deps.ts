/** What the handoff, webhook and key routes need (issue 14). */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { AgentStore } from '../storage/agent-store.ts';
import type { HandoffStore } from '../storage/handoff-store.ts';
import type { Store } from '../storage/types.ts';
import type { WebhookWorker } from '../webhooks/delivery-worker.ts';
import type { ConversationSignals } from './conversation-stream.ts';

export interface HandoffDeps {
  store: Store;
  agentStore: AgentStore;
  handoff: HandoffStore;
  config: Pick<Config, 'webhookAllowPrivate' | 'maxMessageChars' | 'heartbeatMs'>;
  signals: ConversationSignals;
  worker: WebhookWorker;
  log: Logger;
}
