/** What the management use cases need: the core store (conversations) and the agent store. */
import type { AgentStore } from '../storage/agent-store.ts';
import type { Store } from '../storage/types.ts';

export interface ManagementDeps {
  store: Store;
  agentStore: AgentStore;
}
