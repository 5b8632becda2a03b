/** A small SSE client for tests: sends a message and returns the parsed events in order. */
import { createParser } from 'eventsource-parser';

export interface SseEvent {
  id: string | undefined;
  data: string;
}

export interface ChatResult {
  status: number;
  events: SseEvent[];
  /** The concatenated delta text. */
  text: string;
  deltas: number;
  escalated: boolean;
}

export async function send(url: string, key: string, path: string, message: string): Promise<ChatResult> {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message }),
  });
  const events: SseEvent[] = [];
  const parser = createParser({ onEvent: (e) => events.push({ id: e.id, data: e.data }) });
  const decoder = new TextDecoder();
  if (response.body) for await (const chunk of response.body) parser.feed(decoder.decode(chunk, { stream: true }));
  const payloads = events.filter((e) => e.data !== '[DONE]').map((e) => JSON.parse(e.data) as { type: string; text?: string; status?: string });
  return {
    status: response.status,
    events,
    text: payloads.map((p) => (p.type === 'delta' ? p.text : '')).join(''),
    deltas: payloads.filter((p) => p.type === 'delta').length,
    escalated: payloads.some((p) => p.type === 'status' && p.status === 'escalated'),
  };
}

/** JSON call helper. */
export async function api(url: string, key: string, method: string, path: string, body?: unknown) {
  const response = await fetch(url + path, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as any) };
}

/** A chat session on one API: creates a conversation and sends messages to it. */
export async function chat(url: string, key: string, channel: 'customer' | 'management') {
  const created = await api(url, key, 'POST', `/api/v1/${channel}/conversations`);
  const id = created.body.conversationId as string;
  return { id, say: (message: string) => send(url, key, `/api/v1/${channel}/conversations/${id}/messages`, message) };
}
