/** Use case: read the organization's agent settings. */
import type { AgentSettings } from '../settings/settings.ts';
import type { ManagementDeps } from './deps.ts';

export function getSettings(deps: ManagementDeps, orgId: string): Promise<AgentSettings> {
  return deps.agentStore.getSettings(orgId);
}
