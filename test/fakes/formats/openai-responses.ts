/**
 * OpenAI Responses API streaming (`POST /v1/responses`, `stream: true`): typed events
 * (`response.created`, `response.output_item.added`, `response.output_text.delta`,
 * `response.function_call_arguments.delta`, `response.completed` with usage), each with a
 * `sequence_number`; failures are an `error` event followed by `response.failed`. Shapes follow
 * test/fixtures/providers/openai-responses-*.sse.
 */
import { DEFAULT_USAGE, frame, halves, type ScriptedToolCall, type ScriptedUsage, type WireFormat } from './sse.ts';

const RESPONSE_ID = 'resp_0fake0parley0stream0001';
const MESSAGE_ID = 'msg_0fake0parley0stream0001';

/** Numbers the events of one reply, as the API does. */
function sequence() {
  let n = 0;
  return (data: { type: string; [key: string]: unknown }) => frame({ ...data, sequence_number: n++ }, data.type);
}

const response = (status: string, output: unknown[], usage: ScriptedUsage | null, error: unknown = null) => ({
  id: RESPONSE_ID,
  object: 'response',
  created_at: 1763474589,
  status,
  error,
  incomplete_details: null,
  model: 'gpt-4.1-mini-2025-04-14',
  output,
  service_tier: 'default',
  usage: usage && {
    input_tokens: usage.inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: usage.inputTokens + usage.outputTokens,
  },
});

function textFrames(next: ReturnType<typeof sequence>, tokens: string[]): string[] {
  return [
    next({ type: 'response.created', response: response('in_progress', [], null) }),
    next({ type: 'response.in_progress', response: response('in_progress', [], null) }),
    next({
      type: 'response.output_item.added',
      output_index: 0,
      item: { id: MESSAGE_ID, type: 'message', status: 'in_progress', content: [], role: 'assistant' },
    }),
    next({
      type: 'response.content_part.added',
      item_id: MESSAGE_ID,
      output_index: 0,
      content_index: 0,
      part: { type: 'output_text', annotations: [], text: '' },
    }),
    ...tokens.map((delta) =>
      next({ type: 'response.output_text.delta', item_id: MESSAGE_ID, output_index: 0, content_index: 0, delta, logprobs: [] }),
    ),
  ];
}

function text(tokens: string[], usage = DEFAULT_USAGE): string[] {
  const next = sequence();
  const whole = tokens.join('');
  const part = { type: 'output_text', annotations: [], text: whole };
  const item = { id: MESSAGE_ID, type: 'message', status: 'completed', content: [part], role: 'assistant' };
  return [
    ...textFrames(next, tokens),
    next({ type: 'response.output_text.done', item_id: MESSAGE_ID, output_index: 0, content_index: 0, text: whole }),
    next({ type: 'response.content_part.done', item_id: MESSAGE_ID, output_index: 0, content_index: 0, part }),
    next({ type: 'response.output_item.done', output_index: 0, item }),
    next({ type: 'response.completed', response: response('completed', [item], usage) }),
  ];
}

function toolCalls(calls: ScriptedToolCall[], usage = DEFAULT_USAGE): string[] {
  const next = sequence();
  const frames = [
    next({ type: 'response.created', response: response('in_progress', [], null) }),
    next({ type: 'response.in_progress', response: response('in_progress', [], null) }),
  ];
  const items = calls.map((call, index) => {
    const itemId = `fc_0fake0parley0${index}`;
    const [first, second] = halves(call.arguments);
    const item = { id: itemId, type: 'function_call', status: 'completed', arguments: call.arguments, call_id: call.id, name: call.name };
    frames.push(
      next({ type: 'response.output_item.added', output_index: index, item: { ...item, status: 'in_progress', arguments: '' } }),
      next({ type: 'response.function_call_arguments.delta', item_id: itemId, output_index: index, delta: first }),
      next({ type: 'response.function_call_arguments.delta', item_id: itemId, output_index: index, delta: second }),
      next({ type: 'response.function_call_arguments.done', item_id: itemId, output_index: index, arguments: call.arguments }),
      next({ type: 'response.output_item.done', output_index: index, item }),
    );
    return item;
  });
  frames.push(next({ type: 'response.completed', response: response('completed', items, usage) }));
  return frames;
}

/** The API's failure pair: an `error` event, then `response.failed` carrying the same error. */
function failure(code: string, message: string): string {
  const next = sequence();
  return [
    next({ type: 'error', error: { type: code, code, message, param: null } }),
    next({ type: 'response.failed', response: response('failed', [], null, { code, message }) }),
  ].join('');
}

export const openaiResponses: WireFormat = {
  name: 'openai-responses',
  path: '/v1/responses',
  text,
  toolCalls,
  partial: (tokens) => textFrames(sequence(), tokens),
  overloaded: () => failure('server_is_overloaded', 'The server is overloaded. Please try again later.'),
  serverError: (message) => failure('server_error', message),
  httpError: (_status, message) => ({ error: { message, type: 'server_error', param: null, code: null } }),
};
