/**
 * OpenAI through the Responses API (`POST {baseURL}/responses`), which `createOpenAI()(id)`
 * targets (STACK.md trap 12). A reply is complete once `response.completed` (or
 * `response.incomplete`, e.g. at the token limit) arrives; failures arrive as `error` /
 * `response.failed` events and are classified by the shared error mapping.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { AiSdkModel } from './ai-sdk-model.ts';

export const OPENAI_DEFAULT_MODEL = 'gpt-4.1-mini';

export interface OpenAIModelSettings {
  apiKey: string;
  /** Default `https://api.openai.com/v1`. */
  baseURL?: string;
  modelId?: string;
  maxRetries?: number;
  /** Cap of every call's output tokens (a reply's bound, PARLEY_MAX_REPLY_TOKENS). */
  maxOutputTokens?: number;
}

/** True for the Responses events that close a finished reply. */
export function isResponsesEnd(raw: unknown): boolean {
  const type = (raw as { type?: unknown } | null)?.type;
  return type === 'response.completed' || type === 'response.incomplete';
}

export function createOpenAIModel(settings: OpenAIModelSettings): AiSdkModel {
  const openai = createOpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL });
  return new AiSdkModel({
    provider: 'openai',
    sdkModel: openai.responses(settings.modelId ?? OPENAI_DEFAULT_MODEL),
    maxRetries: settings.maxRetries,
    maxOutputTokens: settings.maxOutputTokens,
    isEndOfReply: isResponsesEnd,
    secrets: [settings.apiKey],
    // The Responses API treats function tools as strict unless told otherwise, and strict mode
    // rejects schemas with optional properties, which the agents' tool schemas have.
    strictTools: false,
  });
}
