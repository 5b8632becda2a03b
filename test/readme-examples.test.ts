/**
 * The README's "API by example" section, sent as written to a real server: each request must
 * get the status its example answer shows, a JSON answer must have the example's shape (the
 * same keys at every level, values of the same JSON type), a stream must be a well-formed
 * `text/event-stream`, and together the examples must cover every operation in /openapi.json.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { startReceiver, type Receiver } from './helpers/webhook-receiver.ts';

interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}
interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
interface Example {
  request: HttpRequest;
  response: HttpResponse;
}

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Splits one ```http block into its first line, headers and body. */
function parseHttp(block: string): { first: string; headers: Record<string, string>; body: string } {
  const [head, ...rest] = block.split(/\n\n/);
  const [first, ...headerLines] = head!.split('\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) throw new Error(`not a header line: ${line}`);
    headers[m[1]!.toLowerCase()] = m[2]!;
  }
  return { first: first!, headers, body: rest.join('\n\n').trim() };
}

/** The request/answer pairs of the marked section, in order. */
function readExamples(markdown: string): Example[] {
  const section = /<!-- api-examples:start -->([\s\S]*?)<!-- api-examples:end -->/.exec(markdown);
  if (!section) throw new Error('README has no api-examples section');
  const blocks = [...section[1]!.matchAll(/```http\n([\s\S]*?)\n```/g)].map((m) => parseHttp(m[1]!));
  const examples: Example[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const req = /^(GET|POST|PATCH|DELETE|PUT) (\/\S*)$/.exec(blocks[i]!.first);
    const res = /^HTTP\/1\.1 (\d{3}) /.exec(blocks[i + 1]?.first ?? '');
    if (!req || !res) throw new Error(`expected a request then its answer near: ${blocks[i]!.first}`);
    examples.push({
      request: { method: req[1]!, path: req[2]!, headers: blocks[i]!.headers, body: blocks[i]!.body },
      response: { status: Number(res[1]), headers: blocks[i + 1]!.headers, body: blocks[i + 1]!.body },
    });
  }
  return examples;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Differences between the example's shape and the real value's: the same keys, values of the
 * same type (null stands in for any nullable value), and every element of an example array
 * shaped like some element of the real one.
 */
function shapeDiff(example: Json, real: Json, at = '$'): string[] {
  if (example === null || real === null) return [];
  if (kind(example) !== kind(real)) return [`${at}: ${kind(example)} in the README, ${kind(real)} from the server`];
  if (Array.isArray(example)) {
    const items = real as Json[];
    return example.flatMap((e, i) =>
      items.some((r) => shapeDiff(e, r).length === 0) ? [] : [`${at}[${i}]: no element of the real array has this shape`],
    );
  }
  if (typeof example === 'object') {
    const r = real as Record<string, Json>;
    const keys = (o: object) => Object.keys(o).sort().join(',');
    if (keys(example) !== keys(r)) return [`${at}: keys ${keys(example)} in the README, ${keys(r)} from the server`];
    return Object.keys(example).flatMap((k) => shapeDiff(example[k]!, r[k]!, `${at}.${k}`));
  }
  return [];
}

/** Checks the SSE framing: `id: N` + `data:` per event, ids one apart, `[DONE]` last. */
function sseProblems(text: string): string[] {
  const events = text.trim().split(/\n\n+/).filter((e) => !e.startsWith(':'));
  const problems: string[] = [];
  let previous: number | undefined;
  events.forEach((event, i) => {
    const m = /^id: (\d+)\ndata: (.*)$/.exec(event);
    if (!m) return problems.push(`event ${i + 1} is not "id: N\\ndata: …": ${JSON.stringify(event)}`);
    const id = Number(m[1]);
    if (previous !== undefined && id !== previous + 1) problems.push(`id ${id} follows ${previous}`);
    previous = id;
    const last = i === events.length - 1;
    if (last !== (m[2] === '[DONE]')) problems.push(last ? 'the last event is not [DONE]' : '[DONE] before the end');
    if (!last && !['delta', 'status', 'error'].includes((JSON.parse(m[2]!) as { type: string }).type)) {
      problems.push(`unknown payload ${m[2]}`);
    }
  });
  return problems;
}

/** An example's path as it appears in /openapi.json. */
const templateOf = (path: string) =>
  path
    .replace(/\?.*$/, '')
    .replace(/\{(?:conversationId|articleId|webhookId|keyId)\}/g, '{id}');

/** The webhook URL of the examples; the test sends it to a local receiver instead. */
const EXAMPLE_WEBHOOK_URL = 'https://hooks.example.com/parley';

/** Reads a stream that never ends (the conversation event stream) up to its first event. */
async function firstEvent(res: Response): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!/(^|\n\n)id: [^\n]*\ndata: [^\n]*\n\n/.test(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text.replace(/^(:[^\n]*\n\n)+/, '');
}

describe('README: API by example', () => {
  const examples = readExamples(README);
  let server: TestServer;
  const ids: Record<string, string> = {};

  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver(() => 204);
    server = await startTestServer({ env: { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true' } });
    ids.orgSlug = (await server.store.getOrganization(server.orgId))!.slug;
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  it('has request and answer examples, with valid JSON and well-formed streams', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const { request, response } of examples) {
      if (request.body) expect(() => JSON.parse(request.body), `${request.method} ${request.path}`).not.toThrow();
      if (request.body) expect(request.headers['content-type']).toBe('application/json');
      if (request.path.endsWith('/events')) expect(response.body).toMatch(/^id: 1\ndata: \{"type":"(?:message|status)",.*\}$/);
      else if (response.headers['content-type']?.startsWith('text/event-stream')) expect(sseProblems(response.body)).toEqual([]);
      else if (response.status !== 204) expect(() => JSON.parse(response.body), `answer to ${request.path}`).not.toThrow();
    }
  });

  it('covers every operation of /openapi.json', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, object> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const shown = new Set(examples.map(({ request }) => `${request.method} ${templateOf(request.path)}`));
    expect(documented.filter((op) => !shown.has(op))).toEqual([]);
  });

  it('every example, sent in order to a new organization, gets the answer the README shows', async () => {
    for (const { request, response } of examples) {
      const path = request.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
        if (!ids[name]) throw new Error(`no ${name} yet for ${request.path}`);
        return ids[name]!;
      });
      // After a public session, the customer examples use its token (the public ones need no key).
      const key = path.startsWith('/api/v1/customer/') ? (ids.sessionToken ?? server.customerKey) : server.managementKey;
      const res = await fetch(`${server.url}${path}`, {
        method: request.method,
        headers: { ...request.headers, authorization: `Bearer ${key}` },
        body: request.body.replaceAll(EXAMPLE_WEBHOOK_URL, receiver.url) || undefined,
      });
      const label = `${request.method} ${request.path}`;
      if (path.endsWith('/events')) {
        expect(res.status, label).toBe(response.status);
        // The conversation event stream never ends: its framing, up to the first event.
        expect(res.headers.get('content-type'), label).toBe(response.headers['content-type']);
        const first = await firstEvent(res);
        expect(first, label).toMatch(/^id: 1\ndata: \{"type":"(?:message|status)",/);
        continue;
      }
      const text = await res.text();
      expect(res.status, `${label}: ${text}`).toBe(response.status);
      // Every header the README's answer shows is sent (values such as ids differ).
      for (const name of Object.keys(response.headers)) expect(res.headers.has(name), `${label}: ${name}`).toBe(true);
      const replyId = res.headers.get('parley-reply-id');
      if (replyId) ids.replyId = replyId;
      const contentType = res.headers.get('content-type') ?? '';
      if (response.status === 204) continue;
      if (response.headers['content-type']?.startsWith('text/event-stream')) {
        expect(contentType, label).toBe(response.headers['content-type']);
        expect(sseProblems(text), label).toEqual([]);
        const after = request.headers['last-event-id'];
        if (after !== undefined) expect(text.replace(/^(:[^\n]*\n\n)+/, ''), label).toMatch(new RegExp(`^id: ${Number(after) + 1}\n`));
        continue;
      }
      expect(contentType, label).toBe('application/json; charset=utf-8');
      const body = JSON.parse(text) as Json;
      expect(shapeDiff(JSON.parse(response.body) as Json, body), label).toEqual([]);
      // Ids for the examples that follow.
      const b = body as Record<string, Json>;
      if (typeof b.conversationId === 'string') ids.conversationId = b.conversationId;
      if (typeof b.token === 'string') ids.sessionToken = b.token;
      if (request.path === '/api/v1/management/knowledge' && request.method === 'POST') ids.articleId = b.id as string;
      if (request.path === '/api/v1/management/webhooks' && request.method === 'POST') ids.webhookId = b.id as string;
      if (request.path === '/api/v1/management/keys' && request.method === 'POST') ids.keyId = b.id as string;
      if (Array.isArray(b.deliveries) && b.deliveries.length > 0) ids.deliveryId = (b.deliveries[0] as { id: string }).id;
      for (const m of Array.isArray(b.messages) ? (b.messages as { id: string; role: string }[]) : []) {
        if (m.role === 'assistant') ids.messageId = m.id;
      }
    }
  });

  it('the shape check does catch a wrong example', () => {
    // The nested branding written flat, and businessRules as a list: the mistakes the README used to invite.
    expect(shapeDiff({ agentName: 'Ava', businessRules: 'x' }, { branding: { agentName: 'Ava' }, businessRules: 'x' })).not.toEqual([]);
    expect(shapeDiff({ businessRules: ['x'] }, { businessRules: 'x' })).not.toEqual([]);
    expect(sseProblems('id: 1\ndata: {"type":"delta","text":"a"}\n\nid: 3\ndata: [DONE]')).not.toEqual([]);
  });
});
