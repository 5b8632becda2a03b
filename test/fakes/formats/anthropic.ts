/**
 * Anthropic Messages streaming (`POST /v1/messages`, `stream: true`): named events in a fixed
 * order (`message_start`, content blocks, `message_delta` with usage, `message_stop`), `ping`
 * anywhere, and `event: error` after the 200 when the API is overloaded. Shapes follow
 * test/fixtures/providers/anthropic-*.sse.
 */
import { DEFAULT_USAGE, frame, halves, type ScriptedToolCall, type ScriptedUsage, type WireFormat } from './sse.ts';

const event = (data: { type: string; [key: string]: unknown }) => frame(data, data.type);

function opening(inputTokens: number): string[] {
  return [
    event({
      type: 'message_start',
      message: {
        model: 'claude-haiku-4-5-20251001',
        id: 'msg_01ParleyFakeStream0001',
        type: 'message',
        role: 'assistant',
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: inputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 },
      },
    }),
    event({ type: 'ping' }),
  ];
}

function closing(stopReason: string, usage: ScriptedUsage): string[] {
  return [
    event({
      type: 'message_delta',
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: { input_tokens: usage.inputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: usage.outputTokens },
    }),
    event({ type: 'message_stop' }),
  ];
}

function textBlock(tokens: string[]): string[] {
  return [
    event({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    ...tokens.map((text) => event({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })),
  ];
}

function partial(tokens: string[]): string[] {
  return [...opening(DEFAULT_USAGE.inputTokens), ...textBlock(tokens)];
}

function toolCalls(calls: ScriptedToolCall[], usage = DEFAULT_USAGE): string[] {
  const frames = opening(usage.inputTokens);
  calls.forEach((call, index) => {
    const [first, second] = halves(call.arguments);
    frames.push(
      event({ type: 'content_block_start', index, content_block: { type: 'tool_use', id: call.id, name: call.name, input: {} } }),
      event({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: first } }),
      event({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: second } }),
      event({ type: 'content_block_stop', index }),
    );
  });
  return [...frames, ...closing('tool_use', usage)];
}

export const anthropic: WireFormat = {
  name: 'anthropic',
  path: '/v1/messages',
  text: (tokens, usage = DEFAULT_USAGE) => [
    ...opening(usage.inputTokens),
    ...textBlock(tokens),
    event({ type: 'content_block_stop', index: 0 }),
    ...closing('end_turn', usage),
  ],
  toolCalls,
  partial,
  overloaded: () => event({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
  serverError: (message) => event({ type: 'error', error: { type: 'api_error', message } }),
  httpError: (status, message) => ({
    type: 'error',
    error: { type: status === 529 ? 'overloaded_error' : 'api_error', message },
  }),
};
