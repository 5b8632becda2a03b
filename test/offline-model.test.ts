/**
 * The offline model streams its composed turn in deltas of a few words, paced by its delay,
 * and stops at once when its signal aborts.
 */
import { describe, expect, it } from 'vitest';
import { OfflineModel, splitIntoDeltas } from '../src/model/offline.ts';
import type { ModelPart, ModelRequest } from '../src/model/types.ts';

const request = (content = 'hi'): ModelRequest => ({ system: 'be kind', messages: [{ role: 'user', content }] });

async function collect(parts: AsyncIterable<ModelPart>): Promise<ModelPart[]> {
  const out: ModelPart[] = [];
  for await (const part of parts) out.push(part);
  return out;
}

describe('offline model', () => {
  it('splits text into groups of three words and keeps every character', () => {
    expect(splitIntoDeltas('one two three four five')).toEqual(['one two three ', 'four five']);
    expect(splitIntoDeltas('  lead\tand  trail  ')).toEqual(['  lead\tand  trail  ']);
    expect(splitIntoDeltas('   ')).toEqual(['   ']);
    expect(splitIntoDeltas('')).toEqual([]);
    const text = 'Refunds take 5–10 days.\n\nContact us at help@example.com — any time!  ';
    expect(splitIntoDeltas(text).join('')).toBe(text);
    expect(splitIntoDeltas(text, 1).length).toBe(text.trim().split(/\s+/).length);
  });

  it('streams the composed text as those deltas, then a finish part with estimated usage', async () => {
    const text = 'Hello there, how can I help you today?';
    const model = new OfflineModel({ delayMs: 1, compose: () => ({ text }) });
    const parts = await collect(model.stream(request('hello'), new AbortController().signal));
    const deltas = parts.filter((p) => p.type === 'text-delta').map((p) => p.text);
    expect(deltas).toEqual(splitIntoDeltas(text));
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      usage: { inputTokens: Math.ceil(('be kind'.length + 'hello'.length) / 4), outputTokens: Math.ceil(text.length / 4) },
      finishReason: 'stop',
    });
  });

  it('reports tool calls, then finish with reason tool-calls', async () => {
    const model = new OfflineModel({ delayMs: 0, compose: () => ({ toolCalls: [{ name: 'escalate', input: { reason: 'asked' } }] }) });
    const parts = await collect(model.stream(request(), new AbortController().signal));
    expect(parts.map((p) => p.type)).toEqual(['tool-call', 'finish']);
    expect(parts[0]).toEqual({ type: 'tool-call', call: { id: 'call_1', name: 'escalate', input: { reason: 'asked' } } });
    expect(parts[1]).toMatchObject({ finishReason: 'tool-calls' });
  });

  // The pause is a minute long: the step settles only because the abort ends it.
  it('an abort during a pause rejects the pending step at once, with the signal reason', async () => {
    const model = new OfflineModel({ delayMs: 60_000, compose: () => ({ text: 'one two three four five six' }) });
    const controller = new AbortController();
    const it = model.stream(request(), controller.signal)[Symbol.asyncIterator]();
    expect((await it.next()).value).toEqual({ type: 'text-delta', text: 'one two three ' });
    const pending = it.next();
    controller.abort('stopped');
    await expect(pending).rejects.toBe('stopped');
    await expect(it.next()).rejects.toBe('stopped');
  });

  it('does not start when its signal is already aborted, and return() ends it', async () => {
    const model = new OfflineModel({ delayMs: 0, compose: () => ({ text: 'a b c d' }) });
    const controller = new AbortController();
    controller.abort('timeout');
    await expect(model.stream(request(), controller.signal)[Symbol.asyncIterator]().next()).rejects.toBe('timeout');

    const it = model.stream(request(), new AbortController().signal)[Symbol.asyncIterator]();
    await it.next();
    expect(await it.return!()).toEqual({ value: undefined, done: true });
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });
});
