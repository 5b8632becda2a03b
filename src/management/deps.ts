/** What the management use cases need: the core store (conversations) and the agent store. */
import type { AgentStore } from '../storage/agent-store.ts';
import type { Store } from '../storage/types.ts';

export interface ManagementDeps {
  store: Store;
  agentStore: AgentStore;
  /** An active conversation idle this long is listed as abandoned (PARLEY_ABANDONED_AFTER_MINUTES). */
  abandonedAfterMinutes?: number;
}

/** The default of PARLEY_ABANDONED_AFTER_MINUTES. */
export const DEFAULT_ABANDONED_AFTER_MINUTES = 30;

/** ISO time before which an active conversation's last activity makes it abandoned. */
export function abandonedBefore(deps: ManagementDeps, now: Date = new Date()): string {
  return new Date(now.getTime() - (deps.abandonedAfterMinutes ?? DEFAULT_ABANDONED_AFTER_MINUTES) * 60_000).toISOString();
}
