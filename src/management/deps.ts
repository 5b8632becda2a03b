/** What the management use cases need: the core store (conversations) and the agent store. */
import type { AgentStore } from '../storage/agent-store.ts';
import type { Store } from '../storage/types.ts';
import type { HandoffDeps } from '../handoff/deps.ts';

export interface ManagementDeps {
  /** An active conversation idle this long is listed as abandoned (PARLEY_ABANDONED_AFTER_MINUTES). */
  abandonedAfterMinutes?: number;
  store: Store;
  agentStore: AgentStore;
  /** Webhook endpoints (issue 14), when the server has them: the configuration agent's tools. */
  webhooks?: HandoffDeps;
}
