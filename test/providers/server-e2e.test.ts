/**
 * The real Parley server with `PARLEY_LLM=openai-compatible` and its default agents, against
 * the loopback Chat Completions fake: what a customer sees on the wire and what is stored when
 * the upstream streams, resets, stalls, fails before the first token, or is slow to start, and
 * when the customer's client goes away (SSE-05, SSE-06, SSE-07, PRODUCT.md §2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import { openaiChat } from '../fakes/formats/openai-chat.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { deltaText, openStream, payloads, type ReadStream } from './sse-reader.ts';

const UPSTREAM_KEY = 'sk-test-e2e-Hn4xQ9';
const TIMEOUT_MS = 2500;
const HEARTBEAT_MS = 200;

let fake: FakeLlmServer;
let server: TestServer;

beforeAll(async () => {
  fake = await startFakeLlmServer();
  server = await startTestServer({
    env: {
      PARLEY_LLM: 'openai-compatible',
      OPENAI_BASE_URL: `${fake.url}/v1`,
      OPENAI_API_KEY: UPSTREAM_KEY,
      PARLEY_MODEL: 'fake-model',
      PARLEY_STREAM_TIMEOUT_MS: String(TIMEOUT_MS),
      PARLEY_HEARTBEAT_MS: String(HEARTBEAT_MS),
    },
  });
  // One reply first, unchecked: on a busy machine the first call's module loading and JIT can
  // take a good part of the short PARLEY_STREAM_TIMEOUT_MS these tests set for the stall cases.
  fake.script({ frames: openaiChat.text(['warm']) });
  await openStream(server.url, server.customerKey, 'Hello');
}, 60_000);
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

async function history(conversationId: string) {
  const response = await fetch(`${server.url}/api/v1/customer/conversations/${conversationId}/messages`, {
    headers: { Authorization: `Bearer ${server.customerKey}` },
  });
  const body = (await response.json()) as { messages: { role: string; content: string; status: string }[] };
  return body.messages;
}

/** The stream's event list ends with exactly one error event and then `[DONE]`. */
function expectErrorEnding(stream: ReadStream, code: string) {
  const datas = stream.events.map((e) => e.data);
  expect(datas.at(-1)).toBe('[DONE]');
  const errors = payloads(stream).filter((p) => p.type === 'error');
  expect(errors).toHaveLength(1);
  expect(JSON.parse(datas.at(-2)!)).toMatchObject({ type: 'error', code });
  expect(stream.events.map((e) => e.id)).toEqual(stream.events.map((_e, i) => String(i + 1)));
}

function expectNoLeak(text: string) {
  const host = new URL(fake.url).host;
  for (const secret of [UPSTREAM_KEY, host, 'db-7.internal.example', 'exploded', 'AI_', 'APICallError']) {
    expect(text).not.toContain(secret);
  }
}

describe('PARLEY_LLM=openai-compatible through the real server', () => {
  it('streams the model text through as delta events and stores it whole', async () => {
    const tokens = ['Our store', ' opens at 9', ' — café ☕', ' and closes at 5.'];
    fake.script({ frames: openaiChat.text(tokens), delayMs: 10 });
    const stream = await openStream(server.url, server.customerKey, 'When do you open?');
    expect(stream.status).toBe(200);
    expect(deltaText(stream)).toBe(tokens.join(''));
    expect(stream.events.at(-1)!.data).toBe('[DONE]');
    expect(payloads(stream).some((p) => p.type === 'error')).toBe(false);

    const request = fake.requests[0]!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.body).toMatchObject({ model: 'fake-model', stream: true, stream_options: { include_usage: true } });
    expect(JSON.stringify(request.body.messages)).toContain('When do you open?');
    expect(request.headers.authorization).toBe(`Bearer ${UPSTREAM_KEY}`);

    const stored = await history(stream.conversationId);
    expect(stored.at(-1)).toMatchObject({ role: 'assistant', content: tokens.join(''), status: 'complete' });
  });

  it('a reset mid-stream gives the deltas, one error event, [DONE], and stores the partial text (SSE-07b)', async () => {
    fake.script({ frames: openaiChat.partial(['First part', ' of the answer']), delayMs: 10, then: 'reset' });
    const stream = await openStream(server.url, server.customerKey, 'Tell me about refunds');
    expect(deltaText(stream)).toBe('First part of the answer');
    expectErrorEnding(stream, 'upstream_disconnected');
    expect(fake.calls).toBe(1); // text was streamed: no retry
    const stored = await history(stream.conversationId);
    expect(stored.at(-1)).toMatchObject({ role: 'assistant', content: 'First part of the answer', status: 'partial' });
  });

  it('an overloaded error event mid-stream is a retryable upstream_overloaded error (SSE-07a)', async () => {
    fake.script({ frames: [...openaiChat.partial(['Working on it']), openaiChat.overloaded()], then: 'stall' });
    const stream = await openStream(server.url, server.customerKey, 'Hello');
    expectErrorEnding(stream, 'upstream_overloaded');
    expect(payloads(stream).at(-1)).toMatchObject({ retryable: true });
    expectNoLeak(stream.raw);
  });

  it('a malformed chunk is a non-retryable upstream_bad_response (SSE-07c)', async () => {
    fake.script({ frames: [...openaiChat.partial(['Half']), 'data: {"choices":[{"delta":{"content":"x\n\n'], then: 'stall' });
    const stream = await openStream(server.url, server.customerKey, 'Hello');
    expectErrorEnding(stream, 'upstream_bad_response');
    expect(payloads(stream).at(-1)).toMatchObject({ retryable: false });
  });

  it('a stall gets heartbeats and ends at the time limit with the upstream request closed (SSE-05, SSE-06)', async () => {
    fake.script({ frames: openaiChat.partial(['Let me think']), then: 'stall' });
    const stream = await openStream(server.url, server.customerKey, 'A hard question');
    const elapsed = stream.events.at(-1)!.at - stream.startedAt;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
    expect(stream.comments.filter((c) => c.text === ': ping').length).toBeGreaterThanOrEqual(3);
    expect(deltaText(stream)).toBe('Let me think');
    expectErrorEnding(stream, 'timeout');
    const closedAt = await fake.clientClosed(0);
    expect(closedAt - stream.events.at(-1)!.at).toBeLessThan(1000);
    const stored = await history(stream.conversationId);
    expect(stored.at(-1)).toMatchObject({ content: 'Let me think', status: 'partial' });
  });

  it('an upstream 500 ends cleanly and leaks nothing, after retries made before any token', async () => {
    const failing = {
      status: 500,
      body: openaiChat.httpError(500, `db-7.internal.example exploded; key ${UPSTREAM_KEY}`),
      headers: { 'retry-after-ms': '1' },
    };
    fake.script(failing);
    const stream = await openStream(server.url, server.customerKey, 'Hello?');
    expect(stream.status).toBe(200);
    expectErrorEnding(stream, 'model_error');
    expect(fake.calls).toBe(3); // the default 2 retries, all before anything was streamed
    expectNoLeak(stream.raw);

    const stored = await history(stream.conversationId);
    expect(stored.at(-1)).toMatchObject({ role: 'assistant', status: 'partial' });
    expectNoLeak(JSON.stringify(stored));
    const reply = await server.store.getLatestReply(stream.conversationId);
    expectNoLeak(JSON.stringify(await server.store.listReplyEvents(reply!.id, 0)));
    expect(server.logs.join('')).not.toContain(UPSTREAM_KEY);
  });

  it('a client that disconnects still gets its reply stored whole', async () => {
    const tokens = Array.from({ length: 12 }, (_v, i) => `word${i} `);
    fake.script({ frames: openaiChat.text(tokens), delayMs: 25 });
    const controller = new AbortController();
    const stream = await openStream(server.url, server.customerKey, 'Long answer please', {
      signal: controller.signal,
      onEvent: () => controller.abort(),
    });
    expect(deltaText(stream).length).toBeLessThan(tokens.join('').length);
    let stored = await history(stream.conversationId);
    const finished = () => stored.at(-1)?.role === 'assistant' && stored.at(-1)?.status !== 'streaming';
    for (let i = 0; i < 100 && !finished(); i++) {
      await new Promise((r) => setTimeout(r, 50));
      stored = await history(stream.conversationId);
    }
    expect(stored.at(-1)).toMatchObject({ role: 'assistant', content: tokens.join(''), status: 'complete' });
    expect(fake.requests[0]!.clientClosedAt).toBeUndefined(); // the run, not the client, owns the upstream call
  });

  it('sends headers and heartbeats before a slow first token', async () => {
    fake.script({ frames: openaiChat.text(['Finally.']), firstDelayMs: 1200 });
    const stream = await openStream(server.url, server.customerKey, 'Hi');
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    expect(stream.headersAt - stream.startedAt).toBeLessThan(500);
    const first = stream.events[0]!;
    expect(first.at - stream.startedAt).toBeGreaterThanOrEqual(1100);
    expect(stream.comments.some((c) => c.at < first.at)).toBe(true);
    expect(deltaText(stream)).toBe('Finally.');
  });
});
