/**
 * Strict reading of Parley streams in tests: the raw body is split into blocks and every block
 * must be exactly `id: N\ndata: …` (or a `: comment`), following the seed's rules.
 */
export interface RawEvent {
  id: number;
  data: string;
}

export interface ParsedStream {
  events: RawEvent[];
  comments: number;
  text: string;
  raw: string;
}

/** Parses a complete body; throws on anything outside the wire contract. */
export function parseStrict(raw: string): ParsedStream {
  if (!raw.endsWith('\n\n')) throw new Error(`stream does not end with a blank line: ${JSON.stringify(raw.slice(-40))}`);
  const blocks = raw.slice(0, -2).split('\n\n');
  const events: RawEvent[] = [];
  let comments = 0;
  for (const block of blocks) {
    if (/^:[^\n]*$/.test(block)) {
      comments++;
      continue;
    }
    const m = /^id: (\d+)\ndata: ([^\n]*)$/.exec(block);
    if (!m) throw new Error(`malformed block: ${JSON.stringify(block)}`);
    events.push({ id: Number(m[1]), data: m[2]! });
  }
  let text = '';
  for (const e of events) {
    if (e.data === '[DONE]') continue;
    const p = JSON.parse(e.data) as { type: string; text?: string };
    if (p.type === 'delta') text += p.text;
  }
  return { events, comments, text, raw };
}

/** Asserts the seed's invariants: ids 1.. without gap (or from `firstId`), `[DONE]` last and only once. */
export function checkInvariants(stream: ParsedStream, firstId = 1): void {
  const { events } = stream;
  if (events.length === 0) throw new Error('no events');
  events.forEach((e, i) => {
    if (e.id !== firstId + i) throw new Error(`id ${e.id} at position ${i}, expected ${firstId + i}`);
  });
  const dones = events.filter((e) => e.data === '[DONE]').length;
  if (dones !== 1 || events.at(-1)!.data !== '[DONE]') throw new Error('[DONE] must be the last event, once');
  events.forEach((e, i) => {
    if (e.data === '[DONE]') return;
    const p = JSON.parse(e.data) as { type: string };
    if (!['delta', 'status', 'error'].includes(p.type)) throw new Error(`unknown type ${p.type}`);
    if (p.type === 'error' && events[i + 1]?.data !== '[DONE]') throw new Error('error not followed by [DONE]');
  });
}

export interface Api {
  url: string;
  key: string;
  channel?: 'customer' | 'management';
}

const base = (api: Api) => `${api.url}/api/v1/${api.channel ?? 'customer'}/conversations`;

export function headers(key: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...extra };
}

export async function createConversation(api: Api): Promise<string> {
  const res = await fetch(base(api), { method: 'POST', headers: headers(api.key) });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { conversationId: string }).conversationId;
}

export function postMessage(api: Api, id: string, message: unknown, extra: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(`${base(api)}/${id}/messages`, {
    method: 'POST',
    headers: headers(api.key, extra),
    body: typeof message === 'string' ? JSON.stringify({ message }) : JSON.stringify(message),
    signal,
  });
}

/** Sends and reads the whole stream strictly. */
export async function send(api: Api, id: string, message: string, extra: Record<string, string> = {}) {
  const res = await postMessage(api, id, message, extra);
  if (res.status !== 200) throw new Error(`send: ${res.status} ${await res.text()}`);
  const stream = parseStrict(await res.text());
  return { res, stream };
}

export async function history(api: Api, id: string) {
  const res = await fetch(`${base(api)}/${id}/messages`, { headers: headers(api.key) });
  if (res.status !== 200) throw new Error(`history: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { messages: { id: string; role: string; content: string; status: string; createdAt: string }[] })
    .messages;
}

export function resume(api: Api, id: string, lastEventId?: number, signal?: AbortSignal) {
  const extra: Record<string, string> = lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) };
  return fetch(`${base(api)}/${id}/stream`, { headers: headers(api.key, extra), signal });
}

export function stop(api: Api, id: string) {
  return fetch(`${base(api)}/${id}/stop`, { method: 'POST', headers: headers(api.key) });
}

/**
 * Reads a streaming response until `predicate` holds for the events so far, then returns
 * what was read (the body may continue; cancel or keep reading as the test needs).
 */
export async function readUntil(
  res: Response,
  predicate: (raw: string) => boolean,
): Promise<{ raw: string; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let raw = '';
  while (!predicate(raw)) {
    const { done, value } = await reader.read();
    if (done) break;
    raw += decoder.decode(value, { stream: true });
  }
  return { raw, reader };
}

export async function readRest(reader: ReadableStreamDefaultReader<Uint8Array>, already = ''): Promise<string> {
  const decoder = new TextDecoder();
  let raw = already;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return raw;
    raw += decoder.decode(value, { stream: true });
  }
}

export const countEvents = (raw: string) => (raw.match(/^id: /gm) ?? []).length;

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 5000, stepMs = 20): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
