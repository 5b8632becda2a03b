/**
 * Use case: change some settings. Returns the new settings and exactly the fields that changed
 * (nothing is written when nothing changed), so confirmations can say what happened.
 */
import { applySettingsPatch, type AgentSettings, type SettingChange, type SettingsPatch } from '../settings/settings.ts';
import type { ManagementDeps } from './deps.ts';

export async function updateSettings(
  deps: ManagementDeps,
  orgId: string,
  patch: SettingsPatch,
): Promise<{ settings: AgentSettings; changes: SettingChange[] }> {
  const current = await deps.agentStore.getSettings(orgId);
  const { settings, changes } = applySettingsPatch(current, patch);
  if (changes.length === 0) return { settings: current, changes };
  return { settings: await deps.agentStore.saveSettings(orgId, settings), changes };
}
