/**
 * The one SSE encoder. Pure: typed event in, text out; no sockets.
 *
 * Wire rule (seed streaming guide, PRODUCT.md §1): every event is exactly
 * `id: N\ndata: <payload>\n\n`. JSON escaping keeps CR/LF out of `data`; we also escape
 * U+2028, U+2029 and U+0085 so consumers that split on Unicode line separators stay whole.
 */
import { DONE, type EventPayload } from '@parley/client/protocol';

/** Response headers of every stream. No hop-by-hop headers: they are malformed on HTTP/2. */
export const SSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
  'x-parley-protocol': '1',
});

/** The comment line written while the model is silent. Every SSE client ignores it. */
export const HEARTBEAT = ': ping\n\n';

const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

function escapeSeparators(json: string): string {
  return json.replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Serialises a payload for the `data:` line; `'done'` is the literal `[DONE]`. */
export function serializePayload(payload: EventPayload | 'done'): string {
  return payload === 'done' ? DONE : escapeSeparators(JSON.stringify(payload));
}

/**
 * The text of the `delta` payloads among serialised payloads (`[DONE]` and other types add
 * nothing): what a reply's stored or sent events say. Throws on a payload that is not JSON.
 */
export function deltaText(payloads: Iterable<string>): string {
  let text = '';
  for (const data of payloads) {
    if (data === DONE) continue;
    const p = JSON.parse(data) as { type: string; text?: unknown };
    if (p.type === 'delta' && typeof p.text === 'string') text += p.text;
  }
  return text;
}

/** The `data` of a frame made by {@link encodeEvent}. */
export function frameData(frame: string): string {
  return frame.slice(frame.indexOf('\ndata: ') + 7, -2);
}

/** Frames one event. `id` must be a positive integer; `data` must be one line. */
export function encodeEvent(id: number, data: string): string {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`SSE id must be a positive integer, got ${id}`);
  if (/[\r\n]/.test(data)) throw new RangeError('SSE data must be a single line');
  return `id: ${id}\ndata: ${data}\n\n`;
}
