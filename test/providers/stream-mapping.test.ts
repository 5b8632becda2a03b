/**
 * Each provider adapter against a loopback server speaking its real wire format: text, tool
 * calls and usage come through as ModelParts, and every failure (in-band error event, HTTP
 * error, reset, premature close, malformed chunk) becomes a ModelError with a stable code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import { malformedFrame } from '../fakes/formats/sse.ts';
import type { ModelRequest } from '../../src/model/types.ts';
import { API_KEY, PROVIDER_CASES, collect, modelError, simpleRequest } from './cases.ts';

const toolRequest: ModelRequest = {
  ...simpleRequest,
  tools: [
    { name: 'escalate', description: 'Hand over to a human', parameters: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] } },
    { name: 'search_knowledge', description: 'Search articles', parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' } } } },
  ],
};

const TOKENS = ['Hello', '! We open', ' at 9:00', ' — every day', ' 😀.'];

describe.each(PROVIDER_CASES)('$wire.name', ({ wire, create }) => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await startFakeLlmServer();
  });
  afterAll(() => fake.close());

  it('streams text unchanged and reports usage', async () => {
    fake.script({ frames: wire.text(TOKENS, { inputTokens: 31, outputTokens: 12 }), delayMs: 5 });
    const { parts, text, error } = await collect(create(fake.url));
    expect(error).toBeUndefined();
    expect(text).toBe(TOKENS.join(''));
    expect(parts.filter((p) => p.type === 'text-delta').length).toBe(TOKENS.length);
    expect(parts.at(-1)).toEqual({ type: 'finish', usage: { inputTokens: 31, outputTokens: 12 }, finishReason: 'stop' });
    expect(fake.calls).toBe(1);
    const request = fake.requests[0]!;
    expect(request.path).toBe(wire.path);
    expect(request.body.stream).toBe(true);
    const auth = request.headers.authorization ?? `Bearer ${String(request.headers['x-api-key'])}`;
    expect(auth).toBe(`Bearer ${API_KEY}`);
  });

  it('parses tool calls and their input', async () => {
    fake.script({
      frames: wire.toolCalls([
        { id: 'call_1', name: 'escalate', arguments: '{"reason":"customer asked for a human — très fâché"}' },
        { id: 'call_2', name: 'search_knowledge', arguments: '{"query":"refund","limit":3}' },
      ]),
    });
    const { parts, error } = await collect(create(fake.url), toolRequest);
    expect(error).toBeUndefined();
    expect(parts.filter((p) => p.type === 'tool-call')).toEqual([
      { type: 'tool-call', call: { id: 'call_1', name: 'escalate', input: { reason: 'customer asked for a human — très fâché' } } },
      { type: 'tool-call', call: { id: 'call_2', name: 'search_knowledge', input: { query: 'refund', limit: 3 } } },
    ]);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls', usage: { inputTokens: 21, outputTokens: 9 } });
  });

  it('a call of a tool that was not offered is model_error', async () => {
    fake.script({ frames: wire.toolCalls([{ id: 'call_9', name: 'delete_everything', arguments: '{}' }]) });
    const { error } = await collect(create(fake.url), toolRequest);
    expect(modelError(error).code).toBe('model_error');
  });

  it('never yields U+FFFD when multi-byte characters are split across TCP reads (SSE-11)', async () => {
    const tokens = ['😀🎉', ' 日本語', ' naïve café', ' 𝄞 ok'];
    fake.script({ frames: wire.text(tokens), splitUtf8: true });
    const { text, error } = await collect(create(fake.url));
    expect(error).toBeUndefined();
    expect(text).toBe(tokens.join(''));
    expect(text).not.toContain('\uFFFD');
  });

  it('an in-band overloaded error after some deltas is upstream_overloaded (SSE-07a)', async () => {
    fake.script({ frames: [...wire.partial(['One', ' two', ' three']), wire.overloaded()], then: 'stall' });
    const { text, error } = await collect(create(fake.url));
    expect(text).toBe('One two three');
    expect(modelError(error)).toMatchObject({ code: 'upstream_overloaded', retryable: true });
    // Throwing on the error part must also release the upstream request.
    await fake.clientClosed(0);
  });

  it('an in-band server error is model_error and its message carries no key', async () => {
    fake.script({ frames: [...wire.partial(['Hi']), wire.serverError(`internal failure for key ${API_KEY}`)] });
    const { text, error } = await collect(create(fake.url));
    expect(text).toBe('Hi');
    const failure = modelError(error);
    expect(failure.code).toBe('model_error');
    expect(failure.message).not.toContain(API_KEY);
    expect(failure.cause).toBeUndefined();
  });

  it('a malformed chunk is upstream_bad_response, not retryable (SSE-07c)', async () => {
    fake.script({ frames: [...wire.partial(['One', ' two']), malformedFrame()], then: 'stall' });
    const { text, error } = await collect(create(fake.url));
    expect(text).toBe('One two');
    expect(modelError(error)).toMatchObject({ code: 'upstream_bad_response', retryable: false });
  });

  it('a TCP reset mid-stream is upstream_disconnected after the deltas (SSE-07b)', async () => {
    fake.script({ frames: wire.partial(['One', ' two', ' three']), delayMs: 5, then: 'reset' });
    const { text, error } = await collect(create(fake.url));
    expect(text).toBe('One two three');
    expect(modelError(error)).toMatchObject({ code: 'upstream_disconnected', retryable: true });
  });

  it('a clean close before the end event is upstream_disconnected, not a finish', async () => {
    fake.script({ frames: wire.partial(['One', ' two']) });
    const { parts, error } = await collect(create(fake.url));
    expect(parts.some((p) => p.type === 'finish')).toBe(false);
    expect(modelError(error).code).toBe('upstream_disconnected');
  });

  it('an HTTP 500 before the first token is a ModelError without the upstream text', async () => {
    fake.script({ status: 500, body: wire.httpError(500, 'db-7.internal.example exploded') });
    const { parts, error } = await collect(create(fake.url));
    expect(parts).toEqual([]);
    const failure = modelError(error);
    expect(failure).toMatchObject({ code: 'model_error', retryable: true });
    expect(fake.calls).toBe(1);
  });

  it.each([429, 503, 529])('an HTTP %i before the first token is upstream_overloaded', async (status) => {
    fake.script({ status, body: wire.httpError(status, 'busy') });
    const { error } = await collect(create(fake.url));
    expect(modelError(error)).toMatchObject({ code: 'upstream_overloaded', retryable: true });
  });

  it('an HTTP 401 is model_error and not retryable', async () => {
    fake.script({ status: 401, body: wire.httpError(401, 'Incorrect API key provided') });
    const { error } = await collect(create(fake.url, { maxRetries: 2 }));
    expect(modelError(error)).toMatchObject({ code: 'model_error', retryable: false });
    expect(fake.calls).toBe(1);
  });

  it('retries a failed request before anything was streamed', async () => {
    const busy = { status: 503, body: wire.httpError(503, 'busy'), headers: { 'retry-after-ms': '1' } };
    fake.script(busy, busy, { frames: wire.text(['Recovered.']) });
    const { text, error } = await collect(create(fake.url, { maxRetries: 2 }));
    expect(error).toBeUndefined();
    expect(text).toBe('Recovered.');
    expect(fake.calls).toBe(3);
  });

  it('does not retry once text was streamed', async () => {
    fake.script({ frames: wire.partial(['Half']), then: 'reset', headers: { 'retry-after-ms': '1' } });
    const { text, error } = await collect(create(fake.url, { maxRetries: 2 }));
    expect(text).toBe('Half');
    expect(modelError(error).code).toBe('upstream_disconnected');
    expect(fake.calls).toBe(1);
  });

  it('an abort during a stall closes the upstream socket within a second', async () => {
    fake.script({ frames: wire.partial(['Thinking']), then: 'stall' });
    const controller = new AbortController();
    const model = create(fake.url);
    const parts: string[] = [];
    const run = (async () => {
      for await (const part of model.stream({ system: 's', messages: [{ role: 'user', content: 'q' }] }, controller.signal)) {
        if (part.type === 'text-delta') parts.push(part.text);
        if (parts.length === 1) setTimeout(() => controller.abort('timeout'), 50);
      }
    })();
    await expect(run).rejects.toBe('timeout');
    const abortedAt = Date.now();
    const closedAt = await fake.clientClosed(0);
    expect(closedAt - abortedAt).toBeLessThan(1000);
    expect(parts).toEqual(['Thinking']);
  });

  it('a consumer that stops iterating early closes the upstream socket', async () => {
    fake.script({ frames: wire.partial(['One', ' two']), then: 'stall' });
    const model = create(fake.url);
    for await (const part of model.stream({ system: 's', messages: [{ role: 'user', content: 'q' }] }, new AbortController().signal)) {
      if (part.type === 'text-delta') break;
    }
    const closedAt = await fake.clientClosed(0);
    expect(Date.now() - closedAt).toBeLessThan(1000);
  });
});
