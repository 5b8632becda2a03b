/**
 * A multi-step tool conversation (tools offered, an earlier assistant tool call, its result)
 * round-trips through each wire format: the request the provider receives carries the system
 * prompt, the tool definitions as JSON-schema functions, the earlier call with its id and input,
 * and the result tied to that id; the model's next tool call comes back parsed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import type { ModelRequest } from '../../src/model/types.ts';
import { PROVIDER_CASES, collect } from './cases.ts';

const escalateSchema = {
  type: 'object',
  properties: { reason: { type: 'string', description: 'Why a human is needed' } },
  required: ['reason'],
  additionalProperties: false,
};
const searchSchema = {
  type: 'object',
  properties: { query: { type: 'string' } },
  required: ['query'],
  additionalProperties: false,
};

const request: ModelRequest = {
  system: 'You are Ava, the support agent of Acme. <knowledge untrusted="true">Refunds take 5 days.</knowledge>',
  messages: [
    { role: 'user', content: 'Where is my refund?' },
    {
      role: 'assistant',
      content: 'Let me check.',
      toolCalls: [{ id: 'call_search_1', name: 'search_knowledge', input: { query: 'refund delay' } }],
    },
    { role: 'tool', toolCallId: 'call_search_1', name: 'search_knowledge', content: 'Refunds take 5 business days.' },
    { role: 'assistant', content: 'Refunds take 5 business days.' },
    { role: 'user', content: 'That is too slow, get me a person.' },
  ],
  tools: [
    { name: 'search_knowledge', description: 'Search the knowledge base', parameters: searchSchema },
    { name: 'escalate', description: 'Hand the conversation to a human', parameters: escalateSchema },
  ],
  maxOutputTokens: 300,
};

/** Each wire format spelled out: where the system prompt, tools, call and result must appear. */
const expectations: Record<string, (body: any) => void> = {
  'openai-chat': (body) => {
    expect(body.max_tokens).toBe(300);
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(body.tools).toEqual([
      { type: 'function', function: { name: 'search_knowledge', description: 'Search the knowledge base', parameters: searchSchema } },
      { type: 'function', function: { name: 'escalate', description: 'Hand the conversation to a human', parameters: escalateSchema } },
    ]);
    expect(body.messages.map((m: any) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'user']);
    expect(body.messages[0].content).toBe(request.system);
    expect(body.messages[2].tool_calls).toEqual([
      { id: 'call_search_1', type: 'function', function: { name: 'search_knowledge', arguments: '{"query":"refund delay"}' } },
    ]);
    expect(body.messages[3]).toEqual({ role: 'tool', tool_call_id: 'call_search_1', content: 'Refunds take 5 business days.' });
  },
  'openai-responses': (body) => {
    expect(body.max_output_tokens).toBe(300);
    expect(body.tools).toEqual([
      { type: 'function', name: 'search_knowledge', description: 'Search the knowledge base', parameters: searchSchema, strict: false },
      { type: 'function', name: 'escalate', description: 'Hand the conversation to a human', parameters: escalateSchema, strict: false },
    ]);
    const input = body.input as any[];
    expect(input[0]).toMatchObject({ role: expect.stringMatching(/^(system|developer)$/), content: request.system });
    expect(input).toContainEqual(
      expect.objectContaining({ type: 'function_call', call_id: 'call_search_1', name: 'search_knowledge', arguments: '{"query":"refund delay"}' }),
    );
    expect(input).toContainEqual(
      expect.objectContaining({ type: 'function_call_output', call_id: 'call_search_1', output: 'Refunds take 5 business days.' }),
    );
  },
  anthropic: (body) => {
    expect(body.max_tokens).toBe(300);
    expect(body.system).toEqual([{ type: 'text', text: request.system }]);
    expect(body.tools).toEqual([
      expect.objectContaining({ name: 'search_knowledge', description: 'Search the knowledge base', input_schema: searchSchema }),
      expect.objectContaining({ name: 'escalate', description: 'Hand the conversation to a human', input_schema: escalateSchema }),
    ]);
    expect(body.messages.map((m: any) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(body.messages[1].content).toContainEqual(
      expect.objectContaining({ type: 'tool_use', id: 'call_search_1', name: 'search_knowledge', input: { query: 'refund delay' } }),
    );
    expect(body.messages[2].content).toContainEqual(
      expect.objectContaining({ type: 'tool_result', tool_use_id: 'call_search_1', content: 'Refunds take 5 business days.' }),
    );
  },
};

describe.each(PROVIDER_CASES)('$wire.name', ({ wire, create }) => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await startFakeLlmServer();
  });
  afterAll(() => fake.close());

  it('sends tools, an earlier tool call and its result, and parses the next call', async () => {
    fake.script({
      frames: wire.toolCalls([{ id: 'call_escalate_2', name: 'escalate', arguments: '{"reason":"refund too slow"}' }]),
    });
    const { parts, error } = await collect(create(fake.url), request);
    expect(error).toBeUndefined();
    expect(parts).toEqual([
      { type: 'tool-call', call: { id: 'call_escalate_2', name: 'escalate', input: { reason: 'refund too slow' } } },
      { type: 'finish', usage: { inputTokens: 21, outputTokens: 9 }, finishReason: 'tool-calls' },
    ]);
    expectations[wire.name]!(fake.requests[0]!.body);
  });
});
