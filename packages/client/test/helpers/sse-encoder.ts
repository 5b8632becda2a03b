/**
 * A tiny SSE encoder for tests: emits exactly what the wire contract says the server emits
 * (`id: N\ndata: <json>\n\n`, heartbeats `: ping\n\n`), with a choice of line ending, so
 * every decoder test is a round trip from a known list of messages.
 */
import type { EventPayload } from '../../src/protocol.ts';
import type { SseMessage } from '../../src/sse-decoder.ts';

export type LineEnd = '\n' | '\r' | '\r\n';

/** An item of a scripted stream: an event (payload or `[DONE]`) or a comment. */
export type StreamItem = { id: number; payload: EventPayload | '[DONE]' } | { comment: string };

export function encodeItem(item: StreamItem, eol: LineEnd = '\n'): string {
  if ('comment' in item) return `: ${item.comment}${eol}${eol}`;
  const data = item.payload === '[DONE]' ? '[DONE]' : JSON.stringify(item.payload);
  return `id: ${item.id}${eol}data: ${data}${eol}${eol}`;
}

export function encodeStream(items: StreamItem[], eol: LineEnd = '\n'): string {
  return items.map((item) => encodeItem(item, eol)).join('');
}

/** What the decoder must produce for `items`: the expected side of every round trip. */
export function expectedMessages(items: StreamItem[]): SseMessage[] {
  return items.map((item) =>
    'comment' in item
      ? { kind: 'comment', text: item.comment }
      : {
          kind: 'event',
          id: String(item.id),
          data: item.payload === '[DONE]' ? '[DONE]' : JSON.stringify(item.payload),
        },
  );
}

/** Numbers a list of payloads 1, 2, 3… and ends it with `[DONE]`, as the server does. */
export function reply(...payloads: EventPayload[]): StreamItem[] {
  const items: StreamItem[] = payloads.map((payload, index) => ({ id: index + 1, payload }));
  items.push({ id: payloads.length + 1, payload: '[DONE]' });
  return items;
}

export const delta = (text: string): EventPayload => ({ type: 'delta', text });
