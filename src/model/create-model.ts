/**
 * Chooses the model from configuration (`PARLEY_LLM`). Called once at start, so a missing key
 * or a malformed base URL stops the server with one clear message instead of failing on the
 * first customer message.
 */
import type { Config } from '../config.ts';
import { OfflineModel, type OfflineComposer } from './offline.ts';
import { createAnthropicModel } from './providers/anthropic.ts';
import { createOpenAICompatibleModel } from './providers/openai-compatible.ts';
import { createOpenAIModel } from './providers/openai.ts';
import type { LanguageModel } from './types.ts';

export interface CreateModelOptions {
  /** Retries of a request that failed before streaming (default 2); tests pass 0. */
  maxRetries?: number;
}

function requireSetting(config: Config, name: string, value: string | undefined): string {
  if (!value || value.trim() === '') {
    throw new Error(`PARLEY_LLM=${config.llm} needs ${name}. Set it in the environment, or use PARLEY_LLM=offline.`);
  }
  return value.trim();
}

function checkUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${name} must be an http(s) URL such as http://127.0.0.1:11434/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http(s) URL such as http://127.0.0.1:11434/v1.`);
  }
  return value.trim().replace(/\/+$/, '');
}

export function createModel(config: Config, compose?: OfflineComposer, options: CreateModelOptions = {}): LanguageModel {
  const model = config.model?.trim() || undefined;
  const { maxRetries } = options;
  switch (config.llm) {
    case 'offline':
      return new OfflineModel({ delayMs: config.offlineDelayMs, compose });
    case 'openai':
      return createOpenAIModel({
        apiKey: requireSetting(config, 'OPENAI_API_KEY', config.openaiApiKey),
        baseURL: checkUrl('OPENAI_BASE_URL', config.openaiBaseUrl),
        modelId: model,
        maxRetries,
        maxOutputTokens: config.maxReplyTokens,
      });
    case 'openai-compatible':
      return createOpenAICompatibleModel({
        baseURL: checkUrl('OPENAI_BASE_URL', requireSetting(config, 'OPENAI_BASE_URL', config.openaiBaseUrl))!,
        apiKey: config.openaiApiKey?.trim() || undefined,
        modelId: model,
        maxRetries,
        maxOutputTokens: config.maxReplyTokens,
      });
    case 'anthropic':
      return createAnthropicModel({
        apiKey: requireSetting(config, 'ANTHROPIC_API_KEY', config.anthropicApiKey),
        baseURL: checkUrl('ANTHROPIC_BASE_URL', config.anthropicBaseUrl),
        modelId: model,
        maxRetries,
        maxOutputTokens: config.maxReplyTokens,
      });
  }
}
