/**
 * Anthropic Messages API (`POST {baseURL}/messages`). Its stream ends with `message_stop`;
 * `event: error` may arrive after the 200 (e.g. `overloaded_error`, a 529 had it not been
 * streaming) and is classified by the shared error mapping.
 */
import { createAnthropic } from '@ai-sdk/anthropic';
import { AiSdkModel } from './ai-sdk-model.ts';

export const ANTHROPIC_DEFAULT_MODEL = 'claude-haiku-4-5';
/** Anthropic requires `max_tokens`; a support reply fits well within this. */
export const ANTHROPIC_DEFAULT_MAX_OUTPUT_TOKENS = 2048;

export interface AnthropicModelSettings {
  apiKey: string;
  /** Default `https://api.anthropic.com/v1`; see {@link anthropicBaseURL}. */
  baseURL?: string;
  modelId?: string;
  maxRetries?: number;
  /** Cap of every call's output tokens (a reply's bound, PARLEY_MAX_REPLY_TOKENS). */
  maxOutputTokens?: number;
}

/**
 * The SDK's base URL includes `/v1`, while Anthropic's own SDKs take the bare origin in
 * `ANTHROPIC_BASE_URL`. A URL with no path gets `/v1`, so both conventions work.
 */
export function anthropicBaseURL(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  return url.pathname === '/' || url.pathname === '' ? `${url.origin}/v1` : value.replace(/\/+$/, '');
}

export function isMessagesEnd(raw: unknown): boolean {
  return (raw as { type?: unknown } | null)?.type === 'message_stop';
}

export function createAnthropicModel(settings: AnthropicModelSettings): AiSdkModel {
  const anthropic = createAnthropic({ apiKey: settings.apiKey, baseURL: anthropicBaseURL(settings.baseURL) });
  return new AiSdkModel({
    provider: 'anthropic',
    sdkModel: anthropic.messages(settings.modelId ?? ANTHROPIC_DEFAULT_MODEL),
    maxRetries: settings.maxRetries,
    maxOutputTokens: settings.maxOutputTokens,
    defaultMaxOutputTokens: ANTHROPIC_DEFAULT_MAX_OUTPUT_TOKENS,
    isEndOfReply: isMessagesEnd,
    secrets: [settings.apiKey],
  });
}
