/** Chooses the model from configuration. Only the offline model exists in this build. */
import type { Config } from '../config.ts';
import { OfflineModel, type OfflineComposer } from './offline.ts';
import type { LanguageModel } from './types.ts';

export function createModel(config: Config, compose?: OfflineComposer): LanguageModel {
  if (config.llm !== 'offline') {
    throw new Error(`PARLEY_LLM=${config.llm} is not available in this build; use PARLEY_LLM=offline.`);
  }
  return new OfflineModel({ delayMs: config.offlineDelayMs, compose });
}
