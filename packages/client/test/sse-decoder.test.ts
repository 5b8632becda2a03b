/**
 * The decoder must give the same messages however the bytes are cut (STYLE.md habit 2):
 * at every offset, into single bytes, at random cut sets (fast-check), with LF, CR or CRLF line
 * ends, heartbeat comments, and multi-byte UTF-8 characters cut across chunks. The input is
 * produced by our own encoder, so each case is also a round trip against the known messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseBufferOverflowError } from '../src/errors.ts';
import { createSseDecoder, type SseMessage } from '../src/sse-decoder.ts';
import { encodeStream, expectedMessages, type LineEnd, type StreamItem } from './helpers/sse-encoder.ts';

const encoder = new TextEncoder();
const LINE_ENDS: LineEnd[] = ['\n', '\r', '\r\n'];

/** Decodes `bytes` cut at the given offsets (ascending, each within 0..length). */
function decodeCut(bytes: Uint8Array, cuts: number[]): SseMessage[] {
  const decoder = createSseDecoder();
  const out: SseMessage[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...decoder.push(bytes.subarray(start, cut)));
    start = cut;
  }
  out.push(...decoder.end());
  return out;
}

const decodeWhole = (bytes: Uint8Array) => decodeCut(bytes, []);

// Emoji (4 bytes, a surrogate pair in JS), CJK (3 bytes), U+2028 (3 bytes; raw in JSON,
// a line break in JavaScript source but not in SSE), accented Latin (2 bytes).
const FIXTURE: StreamItem[] = [
  { comment: 'ping' },
  { id: 1, payload: { type: 'delta', text: 'Our hours: 9am–5pm 😀' } },
  { id: 2, payload: { type: 'delta', text: '営業時間は\u2028午前9時から' } },
  { comment: 'ping' },
  { id: 3, payload: { type: 'status', status: 'escalated' } },
  { id: 4, payload: { type: 'delta', text: 'café 👩‍💻 done' } },
  { id: 5, payload: { type: 'error', message: 'Model failed ⚠', code: 'model_error', retryable: true } },
  { id: 6, payload: '[DONE]' },
];

describe.each(LINE_ENDS.map((eol) => [JSON.stringify(eol), eol] as const))('line end %s', (_name, eol) => {
  const bytes = encoder.encode(encodeStream(FIXTURE, eol));
  const expected = expectedMessages(FIXTURE);

  it('decodes the whole buffer to exactly the encoded messages', () => {
    expect(decodeWhole(bytes)).toEqual(expected);
  });

  it('gives the same messages when cut at every single byte offset', () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(decodeCut(bytes, [cut]), `cut at ${cut}`).toEqual(expected);
    }
  });

  it('gives the same messages when fed one byte at a time', () => {
    const cuts = Array.from({ length: bytes.length - 1 }, (_, index) => index + 1);
    expect(decodeCut(bytes, cuts)).toEqual(expected);
  });

  it('gives the same messages for every pair of cuts in a short stream', () => {
    // Three chunks: catches state carried across two boundaries (a CR, then a split emoji).
    const short = encoder.encode(encodeStream([{ comment: 'ping' }, { id: 1, payload: { type: 'delta', text: 'é😀\u2028' } }, { id: 2, payload: '[DONE]' }], eol));
    const shortExpected = decodeWhole(short);
    expect(shortExpected).toHaveLength(3);
    for (let first = 0; first <= short.length; first++) {
      for (let second = first; second <= short.length; second++) {
        expect(decodeCut(short, [first, second]), `cuts ${first},${second}`).toEqual(shortExpected);
      }
    }
  });
});

it('cuts every multi-byte character of the fixture in the middle at least once', () => {
  // Guards the test itself: the exhaustive splits must include cuts inside 2-, 3- and 4-byte
  // sequences, otherwise they would not exercise the streaming TextDecoder.
  const text = encodeStream(FIXTURE);
  const widths = new Set([...text].map((char) => encoder.encode(char).length));
  expect([...widths].sort()).toEqual([1, 2, 3, 4]);
});

it('decoding each chunk with its own TextDecoder would corrupt a split emoji (why one decoder)', () => {
  const bytes = encoder.encode(encodeStream([{ id: 1, payload: { type: 'delta', text: '😀' } }]));
  const cut = bytes.indexOf(0xf0) + 2;
  const naive = new TextDecoder().decode(bytes.subarray(0, cut)) + new TextDecoder().decode(bytes.subarray(cut));
  expect(naive).toContain('\uFFFD');
  expect(decodeCut(bytes, [cut])).toEqual(expectedMessages([{ id: 1, payload: { type: 'delta', text: '😀' } }]));
});

it('resolves a CR at the very end of the body as a line end', () => {
  const bytes = encoder.encode('id: 1\rdata: [DONE]\r\r');
  expect(decodeWhole(bytes)).toEqual([{ kind: 'event', id: '1', data: '[DONE]' }]);
});

it('discards an event the body cut before its blank line, as the SSE spec says', () => {
  const bytes = encoder.encode('id: 1\ndata: {"type":"delta","text":"a"}\n\nid: 2\ndata: [DONE]\n');
  expect(decodeWhole(bytes)).toEqual([{ kind: 'event', id: '1', data: '{"type":"delta","text":"a"}' }]);
});

it('strips a leading byte order mark', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('id: 1\ndata: [DONE]\n\n')]);
  for (let cut = 0; cut <= 4; cut++) {
    expect(decodeCut(bytes, [cut])).toEqual([{ kind: 'event', id: '1', data: '[DONE]' }]);
  }
});

it('throws SseBufferOverflowError when one line outgrows the buffer limit, even in small chunks', () => {
  const decoder = createSseDecoder({ maxBufferSize: 64 });
  expect(decoder.push(encoder.encode('data: '))).toEqual([]);
  expect(() => {
    for (let index = 0; index < 100; index++) decoder.push(encoder.encode('x'));
  }).toThrow(SseBufferOverflowError);
  // Fatal: the decoder refuses to go on rather than pretend the stream is fine.
  expect(() => decoder.push(encoder.encode('\n\n'))).toThrow(SseBufferOverflowError);
});

it('accepts events right up to the buffer limit', () => {
  const payload = JSON.stringify({ type: 'delta', text: 'y'.repeat(100) });
  const decoder = createSseDecoder({ maxBufferSize: payload.length + 16 });
  expect(decoder.push(encoder.encode(`id: 1\ndata: ${payload}\n\n`))).toHaveLength(1);
});

describe('properties (fast-check)', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const commentText = fc.string({ unit: 'binary', maxLength: 8 }).filter((value) => !/[\r\n]/.test(value));
  const payload = fc.oneof(
    text.map((value) => ({ type: 'delta' as const, text: value })),
    fc.constant({ type: 'status' as const, status: 'escalated' as const }),
    text.map((value) => ({ type: 'error' as const, message: value, code: 'model_error' as const, retryable: false })),
  );
  const stream = fc
    .array(fc.oneof({ weight: 4, arbitrary: payload.map((p) => ({ payload: p })) }, commentText.map((c) => ({ comment: c }))), { maxLength: 8 })
    .map((entries) => {
      let id = 0;
      const items: StreamItem[] = entries.map((entry) => ('comment' in entry ? entry : { id: ++id, payload: entry.payload }));
      items.push({ id: id + 1, payload: '[DONE]' });
      return items;
    });

  it('any stream, any line end, any cuts: equal to the whole-buffer parse and to the encoded messages', () => {
    fc.assert(
      fc.property(stream, fc.constantFrom(...LINE_ENDS), fc.array(fc.nat(), { maxLength: 12 }), (items, eol, rawCuts) => {
        const bytes = encoder.encode(encodeStream(items, eol));
        const cuts = [...new Set(rawCuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const whole = decodeWhole(bytes);
        expect(whole).toEqual(expectedMessages(items));
        expect(decodeCut(bytes, cuts)).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('any stream fed in single bytes equals the whole-buffer parse', () => {
    fc.assert(
      fc.property(stream, fc.constantFrom(...LINE_ENDS), (items, eol) => {
        const bytes = encoder.encode(encodeStream(items, eol));
        const cuts = Array.from({ length: Math.max(0, bytes.length - 1) }, (_, index) => index + 1);
        expect(decodeCut(bytes, cuts)).toEqual(decodeWhole(bytes));
      }),
      { numRuns: 200 },
    );
  });
});
