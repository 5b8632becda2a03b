/** What the provider tests share: the three wire formats with their model factories, and a collector. */
import { anthropic } from '../fakes/formats/anthropic.ts';
import { openaiChat } from '../fakes/formats/openai-chat.ts';
import { openaiResponses } from '../fakes/formats/openai-responses.ts';
import type { WireFormat } from '../fakes/formats/sse.ts';
import { createAnthropicModel } from '../../src/model/providers/anthropic.ts';
import { createOpenAICompatibleModel } from '../../src/model/providers/openai-compatible.ts';
import { createOpenAIModel } from '../../src/model/providers/openai.ts';
import { ModelError, type LanguageModel, type ModelPart, type ModelRequest } from '../../src/model/types.ts';

export const API_KEY = 'sk-test-Zq8vN3kP0secret';

export interface ProviderCase {
  wire: WireFormat;
  create(fakeUrl: string, options?: { maxRetries?: number }): LanguageModel;
}

export const PROVIDER_CASES: ProviderCase[] = [
  {
    wire: openaiChat,
    create: (url, o) =>
      createOpenAICompatibleModel({ baseURL: `${url}/v1`, apiKey: API_KEY, modelId: 'test-model', maxRetries: o?.maxRetries ?? 0 }),
  },
  {
    wire: openaiResponses,
    create: (url, o) => createOpenAIModel({ baseURL: `${url}/v1`, apiKey: API_KEY, modelId: 'gpt-4.1-mini', maxRetries: o?.maxRetries ?? 0 }),
  },
  {
    wire: anthropic,
    // The bare origin, as Anthropic's own SDKs take it: `/v1` is added.
    create: (url, o) => createAnthropicModel({ baseURL: url, apiKey: API_KEY, modelId: 'claude-haiku-4-5', maxRetries: o?.maxRetries ?? 0 }),
  },
];

export const simpleRequest: ModelRequest = {
  system: 'You are a helpful support agent.',
  messages: [{ role: 'user', content: 'When do you open?' }],
};

export interface Collected {
  parts: ModelPart[];
  text: string;
  error?: unknown;
}

/** Runs one stream to its end (or failure), keeping every part it yielded before. */
export async function collect(
  model: LanguageModel,
  request: ModelRequest = simpleRequest,
  signal: AbortSignal = new AbortController().signal,
): Promise<Collected> {
  const parts: ModelPart[] = [];
  let error: unknown;
  try {
    for await (const part of model.stream(request, signal)) parts.push(part);
  } catch (err) {
    error = err;
  }
  const text = parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');
  return { parts, text, error };
}

export function modelError(error: unknown): ModelError {
  if (!(error instanceof ModelError)) throw new Error(`expected a ModelError, got ${String(error)}`, { cause: error });
  return error;
}
