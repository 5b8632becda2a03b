/**
 * Recorded-format streams (test/fixtures/providers) replayed through the loopback fake, whole
 * and with every multi-byte character cut across TCP reads; and a check that the scripted
 * builders the other tests use speak the same shapes as those recordings.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import type { ModelPart, ModelRequest } from '../../src/model/types.ts';
import { PROVIDER_CASES, collect, modelError, simpleRequest, type ProviderCase } from './cases.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/providers/${name}`, import.meta.url), 'utf8');
/** Splits a raw body into its frames, each keeping its terminating blank line. */
const framesOf = (body: string) => body.split(/(?<=\n\n)/).filter((f) => f.trim() !== '');
const caseFor = (name: string) => PROVIDER_CASES.find((c) => c.wire.name === name) as ProviderCase;

const withEscalate: ModelRequest = {
  ...simpleRequest,
  tools: [{ name: 'escalate', description: 'Hand over', parameters: { type: 'object', properties: { reason: { type: 'string' } } } }],
};
const finish = (inputTokens: number, outputTokens: number, finishReason: string) => ({
  type: 'finish',
  usage: { inputTokens, outputTokens },
  finishReason,
});
const call = { type: 'tool-call', call: { id: expect.any(String), name: 'escalate', input: { reason: 'wants a human' } } };

const replays: { file: string; format: string; text: string; tail: unknown[]; errorCode?: string }[] = [
  { file: 'openai-chat-text.sse', format: 'openai-chat', text: 'Our store opens at 9 a.m. on weekdays.', tail: [finish(15, 9, 'stop')] },
  { file: 'openai-chat-tool-call.sse', format: 'openai-chat', text: '', tail: [call, finish(88, 17, 'tool-calls')] },
  {
    file: 'openai-responses-text.sse',
    format: 'openai-responses',
    text: 'Refunds usually take 5 business days — naïve 😀.',
    tail: [finish(45, 25, 'stop')],
  },
  { file: 'openai-responses-tool-call.sse', format: 'openai-responses', text: '', tail: [call, finish(60, 19, 'tool-calls')] },
  { file: 'openai-responses-quota-error.sse', format: 'openai-responses', text: '', tail: [], errorCode: 'model_error' },
  { file: 'anthropic-text.sse', format: 'anthropic', text: 'Hello! I can help with your order 日本語 ✓.', tail: [finish(12, 30, 'stop')] },
  { file: 'anthropic-tool-use.sse', format: 'anthropic', text: "I'll connect you with a person.", tail: [call, finish(565, 48, 'tool-calls')] },
  { file: 'anthropic-overloaded.sse', format: 'anthropic', text: 'Let me look', tail: [], errorCode: 'upstream_overloaded' },
];

describe('recorded streams', () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await startFakeLlmServer();
  });
  afterAll(() => fake.close());

  describe.each([false, true])('split inside characters: %s', (splitUtf8) => {
    it.each(replays)('$file', async ({ file, format, text, tail, errorCode }) => {
      fake.script({ frames: framesOf(fixture(file)), splitUtf8 });
      const result = await collect(caseFor(format).create(fake.url), withEscalate);
      expect(result.text).toBe(text);
      expect(result.parts.filter((p: ModelPart) => p.type !== 'text-delta')).toEqual(tail);
      if (errorCode) expect(modelError(result.error).code).toBe(errorCode);
      else expect(result.error).toBeUndefined();
    });
  });

  it('an insufficient-quota error is not retryable', async () => {
    fake.script({ frames: framesOf(fixture('openai-responses-quota-error.sse')) });
    const { error } = await collect(caseFor('openai-responses').create(fake.url));
    expect(modelError(error).retryable).toBe(false);
  });
});

/** Event names and the key paths of each JSON payload, e.g. `choices.0.delta.content`. */
function shapeOf(frames: string[]): Set<string> {
  const shape = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const next = path ? `${path}.${Array.isArray(value) ? '0' : key}` : key;
      shape.add(next);
      walk(child, next);
    }
  };
  for (const frame of frames) {
    const event = /^event: (.*)$/m.exec(frame)?.[1];
    const data = /^data: (.*)$/m.exec(frame)?.[1] ?? '';
    if (event) shape.add(`event:${event}`);
    if (data.startsWith('{')) {
      const parsed = JSON.parse(data) as { type?: string };
      walk(parsed, typeof parsed.type === 'string' ? `${parsed.type}` : '');
    }
  }
  return shape;
}

describe('scripted builders', () => {
  const recordings: Record<string, string[]> = {
    'openai-chat': ['openai-chat-text.sse', 'openai-chat-tool-call.sse'],
    'openai-responses': ['openai-responses-text.sse', 'openai-responses-tool-call.sse', 'openai-responses-quota-error.sse'],
    anthropic: ['anthropic-text.sse', 'anthropic-tool-use.sse', 'anthropic-overloaded.sse'],
  };
  it.each(PROVIDER_CASES)('$wire.name uses only event types and keys seen in the recordings', ({ wire }) => {
    const recorded = shapeOf(recordings[wire.name]!.flatMap((f) => framesOf(fixture(f))));
    const scripted = shapeOf([
      ...wire.text(['a', 'b']),
      ...wire.toolCalls([{ id: 'c1', name: 'escalate', arguments: '{"reason":"x"}' }]),
      ...(wire.name === 'openai-chat' ? [] : framesOf(wire.overloaded())),
    ]);
    const unseen = [...scripted].filter((key) => !recorded.has(key));
    expect(unseen).toEqual([]);
  });
});
