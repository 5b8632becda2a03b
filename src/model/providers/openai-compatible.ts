/**
 * Any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio, OpenRouter, OpenAI itself)
 * through Chat Completions: `POST {baseURL}/chat/completions` with `stream: true`.
 * `includeUsage` makes the SDK send `stream_options.include_usage`; without it the streamed
 * reply carries no token counts and credits could not be debited (STACK.md trap 12).
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { AiSdkModel } from './ai-sdk-model.ts';
import { OPENAI_DEFAULT_MODEL } from './openai.ts';

export interface OpenAICompatibleModelSettings {
  baseURL: string;
  /** Local servers (Ollama, llama.cpp) usually need none. */
  apiKey?: string;
  modelId?: string;
  maxRetries?: number;
  /** Cap of every call's output tokens (a reply's bound, PARLEY_MAX_REPLY_TOKENS). */
  maxOutputTokens?: number;
}

/**
 * True for the chunk that carries a `finish_reason`: the reply is complete even if the usage
 * chunk and `data: [DONE]` after it never arrive (the SDK does not report `[DONE]`).
 */
export function isChatCompletionEnd(raw: unknown): boolean {
  const choices = (raw as { choices?: { finish_reason?: unknown }[] } | null)?.choices;
  return Array.isArray(choices) && choices.some((c) => c?.finish_reason != null);
}

export function createOpenAICompatibleModel(settings: OpenAICompatibleModelSettings): AiSdkModel {
  const provider = createOpenAICompatible({
    name: 'openai-compatible',
    baseURL: settings.baseURL,
    apiKey: settings.apiKey,
    includeUsage: true,
  });
  return new AiSdkModel({
    provider: 'openai-compatible',
    sdkModel: provider.chatModel(settings.modelId ?? OPENAI_DEFAULT_MODEL),
    maxRetries: settings.maxRetries,
    maxOutputTokens: settings.maxOutputTokens,
    isEndOfReply: isChatCompletionEnd,
    secrets: [settings.apiKey],
  });
}
