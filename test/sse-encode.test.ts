import { describe, expect, it } from 'vitest';
import { createParser } from 'eventsource-parser';
import { deltaText, encodeEvent, frameData, serializePayload, SSE_HEADERS, HEARTBEAT } from '../src/sse/encode.ts';
import { parseEventData } from '@parley/client/protocol';

describe('SSE encoder', () => {
  it('frames an event exactly as the seed shows', () => {
    expect(encodeEvent(1, serializePayload({ type: 'delta', text: 'Our' }))).toBe(
      'id: 1\ndata: {"type":"delta","text":"Our"}\n\n',
    );
    expect(encodeEvent(3, serializePayload('done'))).toBe('id: 3\ndata: [DONE]\n\n');
    expect(encodeEvent(2, serializePayload({ type: 'status', status: 'escalated' }))).toBe(
      'id: 2\ndata: {"type":"status","status":"escalated"}\n\n',
    );
  });

  it('keeps data on one line whatever the text holds', () => {
    const text = 'a\nb\r\nc\u2028d\u2029e\u0085f "quoted" \\ 😀';
    const data = serializePayload({ type: 'delta', text });
    expect(data).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    expect(parseEventData(data)).toEqual({ type: 'delta', text });
  });

  it('refuses ids that are not positive integers and data with line breaks', () => {
    expect(() => encodeEvent(0, 'x')).toThrow(RangeError);
    expect(() => encodeEvent(1.5, 'x')).toThrow(RangeError);
    expect(() => encodeEvent(1, 'a\nb')).toThrow(RangeError);
    expect(() => encodeEvent(1, 'a\rb')).toThrow(RangeError);
  });

  it('round-trips through a spec-compliant parser, heartbeats ignored', () => {
    const payloads = [
      { type: 'delta', text: 'Hello, ' },
      { type: 'delta', text: 'wörld 😀\n' },
      { type: 'error', message: 'x', code: 'timeout', retryable: true },
    ] as const;
    let wire = HEARTBEAT;
    payloads.forEach((p, i) => (wire += encodeEvent(i + 1, serializePayload(p)) + HEARTBEAT));
    wire += encodeEvent(4, serializePayload('done'));
    const seen: { id?: string; data: string }[] = [];
    const parser = createParser({ onEvent: (e) => seen.push({ id: e.id, data: e.data }) });
    parser.feed(wire);
    expect(seen.map((e) => e.id)).toEqual(['1', '2', '3', '4']);
    expect(seen.slice(0, 3).map((e) => parseEventData(e.data))).toEqual(payloads);
    expect(seen[3]!.data).toBe('[DONE]');
  });

  it('reads back what it wrote: the data of a frame, and the text of the deltas among payloads', () => {
    const payloads = [
      serializePayload({ type: 'delta', text: 'Hel' }),
      serializePayload({ type: 'status', status: 'escalated' }),
      serializePayload({ type: 'delta', text: 'lo\u2028!' }),
      serializePayload('done'),
    ];
    const frames = payloads.map((data, i) => encodeEvent(i + 1, data));
    expect(frames.map(frameData)).toEqual(payloads);
    expect(deltaText(frames.map(frameData))).toBe('Hello\u2028!');
    expect(() => deltaText(['{not json'])).toThrow();
  });

  it('declares the stream headers and no hop-by-hop header', () => {
    expect(SSE_HEADERS['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(SSE_HEADERS['cache-control']).toBe('no-cache');
    expect(SSE_HEADERS['x-accel-buffering']).toBe('no');
    expect(Object.keys(SSE_HEADERS)).not.toContain('connection');
  });
});
