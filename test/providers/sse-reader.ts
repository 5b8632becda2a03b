/**
 * A raw SSE reader for end-to-end tests: records when the headers came, every event with its
 * arrival time, and comment lines, decoding bytes with one streaming TextDecoder (STACK.md
 * trap 13). Deliberately not the SDK: these tests check the wire itself.
 */
export interface ReadEvent {
  id: string | undefined;
  data: string;
  at: number;
}

export interface ReadStream {
  status: number;
  contentType: string | null;
  startedAt: number;
  headersAt: number;
  events: ReadEvent[];
  comments: { text: string; at: number }[];
  raw: string;
}

export async function openStream(
  url: string,
  key: string,
  message: string,
  init: { signal?: AbortSignal; onEvent?: (event: ReadEvent) => void } = {},
): Promise<ReadStream & { conversationId: string }> {
  const created = await fetch(`${url}/api/v1/customer/conversations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}` },
  });
  const { conversationId } = (await created.json()) as { conversationId: string };
  const startedAt = Date.now();
  const response = await fetch(`${url}/api/v1/customer/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message }),
    signal: init.signal,
  });
  const result: ReadStream & { conversationId: string } = {
    conversationId,
    status: response.status,
    contentType: response.headers.get('content-type'),
    startedAt,
    headersAt: Date.now(),
    events: [],
    comments: [],
    raw: '',
  };
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      const text = decoder.decode(chunk, { stream: true });
      result.raw += text;
      buffer += text;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const at = Date.now();
        if (block.startsWith(':')) {
          result.comments.push({ text: block, at });
          continue;
        }
        const id = /^id: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
        const event = { id, data, at };
        result.events.push(event);
        init.onEvent?.(event);
      }
    }
  } catch (error) {
    if (!init.signal?.aborted) throw error;
  }
  return result;
}

/** The JSON payloads of a stream (all but `[DONE]`). */
export const payloads = (stream: ReadStream) =>
  stream.events.filter((e) => e.data !== '[DONE]').map((e) => JSON.parse(e.data) as Record<string, any>);

/** Concatenated `delta` text of a stream. */
export const deltaText = (stream: ReadStream) =>
  payloads(stream)
    .filter((p) => p.type === 'delta')
    .map((p) => p.text as string)
    .join('');
