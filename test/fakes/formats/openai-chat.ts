/**
 * OpenAI Chat Completions streaming (`POST /chat/completions`, `stream: true`), as OpenAI,
 * vLLM, Ollama and llama.cpp send it: `data: <chunk>` frames without event names, usage in a
 * last chunk with empty `choices` (only with `stream_options.include_usage`), then
 * `data: [DONE]`. Shapes follow test/fixtures/providers/openai-chat-*.sse.
 */
import { DEFAULT_USAGE, frame, halves, type ScriptedToolCall, type ScriptedUsage, type WireFormat } from './sse.ts';

const base = {
  id: 'chatcmpl-Parley0fake0stream01',
  object: 'chat.completion.chunk',
  created: 1770933892,
  model: 'gpt-4.1-nano-2025-04-14',
  service_tier: 'default',
  system_fingerprint: 'fp_de604bd877',
};

function chunk(delta: object, finishReason: string | null = null) {
  return frame({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], usage: null });
}

function closing(finishReason: string, usage: ScriptedUsage): string[] {
  return [
    chunk({}, finishReason),
    frame({
      ...base,
      choices: [],
      usage: {
        prompt_tokens: usage.inputTokens,
        completion_tokens: usage.outputTokens,
        total_tokens: usage.inputTokens + usage.outputTokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
      },
    }),
    'data: [DONE]\n\n',
  ];
}

function partial(tokens: string[]): string[] {
  return [chunk({ role: 'assistant', content: '', refusal: null }), ...tokens.map((t) => chunk({ content: t }))];
}

function toolCalls(calls: ScriptedToolCall[], usage = DEFAULT_USAGE): string[] {
  const frames = [chunk({ role: 'assistant', content: null, refusal: null })];
  calls.forEach((call, index) => {
    const [first, second] = halves(call.arguments);
    frames.push(
      chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }),
      chunk({ tool_calls: [{ index, function: { arguments: first } }] }),
      chunk({ tool_calls: [{ index, function: { arguments: second } }] }),
    );
  });
  return [...frames, ...closing('tool_calls', usage)];
}

export const openaiChat: WireFormat = {
  name: 'openai-chat',
  path: '/v1/chat/completions',
  text: (tokens, usage = DEFAULT_USAGE) => [...partial(tokens), ...closing('stop', usage)],
  toolCalls,
  partial,
  // OpenRouter and vLLM put overload errors in an ordinary data chunk with an HTTP-like code.
  overloaded: () =>
    frame({ error: { message: 'The model is overloaded. Please try again later.', type: 'server_error', code: 503 } }),
  serverError: (message) => frame({ error: { message, type: 'server_error', param: null, code: null } }),
  httpError: (_status, message) => ({ error: { message, type: 'server_error', param: null, code: null } }),
};
