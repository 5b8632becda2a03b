/**
 * The wire contract of PRODUCT.md §1 over a real socket, for both APIs: create, stream,
 * history, and every pre-stream error as `{"error","code"}` JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, createConversation, headers, history, postMessage, send, type Api } from './helpers/sse.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { PARLEY_MAX_MESSAGE_CHARS: '100', PARLEY_MAX_CONVERSATION_MESSAGES: '3', PARLEY_MAX_BODY_BYTES: '2048' } });
});
afterAll(() => t.close());

/** The consumer printed in the seed streaming guide, unchanged but for BASE_URL and API_KEY. */
async function seedConsumer(BASE_URL: string, API_KEY: string, conversationId: string, message: string): Promise<string> {
  const res = await fetch(
    `${BASE_URL}/conversations/${conversationId}/messages`,
    {
      method: "POST",
      headers: {
        Authorization: `Bearer ${API_KEY}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ message }),
    },
  );

  if (!res.ok) {
    const error = await res.json();
    throw new Error(error.error);
  }

  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let fullText = "";
  let buffer = "";

  while (true) {
    const { done, value } = await reader.read();
    if (done) break;

    buffer += decoder.decode(value, { stream: true });
    const parts = buffer.split("\n\n");
    buffer = parts.pop()!;

    for (const part of parts) {
      const dataLine = part.split("\n").find((l) => l.startsWith("data: "));
      if (!dataLine) continue;
      const data = dataLine.slice(6);
      if (data === "[DONE]") return fullText;

      try {
        const event = JSON.parse(data);
        if (event.type === "delta") fullText += event.text;
        else if (event.type === "error") throw new Error(event.message);
      } catch (e) {
        if (e instanceof SyntaxError) continue; // skip malformed lines
        throw e;
      }
    }
  }
  return fullText;
}

async function expectJsonError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: unknown; code: unknown };
  expect(typeof body.error).toBe('string');
  expect((body.error as string).length).toBeGreaterThan(0);
  expect(body.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\/work\/|node_modules|SQLITE|select /i);
}

describe.each(['customer', 'management'] as const)('%s API', (channel) => {
  const api = (): Api => ({ url: t.url, key: channel === 'customer' ? t.customerKey : t.managementKey, channel });
  const wrongKey = () => (channel === 'customer' ? t.managementKey : t.customerKey);
  const base = () => `${t.url}/api/v1/${channel}/conversations`;

  it('creates a conversation: 201 with a UUID (version 7), also with the header alone and no body', async () => {
    const res = await fetch(base(), { method: 'POST', headers: headers(api().key) });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { conversationId: string };
    expect(body.conversationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const bare = await fetch(base(), { method: 'POST', headers: { authorization: `Bearer ${api().key}` } });
    expect(bare.status).toBe(201);
  });

  it('streams a reply event by event by the seed rules, with the documented headers', async () => {
    const id = await createConversation(api());
    const { res, stream } = await send(api(), id, 'Hello there');
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(res.headers.get('content-length')).toBeNull();
    checkInvariants(stream);
    expect(stream.events.length).toBeGreaterThan(3);
    expect(stream.raw.startsWith('id: 1\ndata: {"type":"delta","text":')).toBe(true);
    expect(stream.raw.endsWith(`id: ${stream.events.length}\ndata: [DONE]\n\n`)).toBe(true);
    expect(stream.text.length).toBeGreaterThan(0);
  });

  it('is read by the seed\'s own TypeScript consumer, and history holds both messages', async () => {
    const id = await createConversation(api());
    const text = await seedConsumer(`${t.url}/api/v1/${channel}`, api().key, id, 'What can you do?');
    expect(text.length).toBeGreaterThan(10);
    const messages = await history(api(), id);
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages[0]!.content).toBe('What can you do?');
    expect(messages[1]!.content).toBe(text);
    expect(messages[1]!.status).toBe('complete');
    for (const m of messages) expect(new Date(m.createdAt).toISOString()).toBe(m.createdAt);
  });

  it('401 for a missing, malformed, unknown or revoked key', async () => {
    const id = await createConversation(api());
    await expectJsonError(await fetch(base(), { method: 'POST' }), 401, 'unauthorized');
    await expectJsonError(await fetch(base(), { method: 'POST', headers: { authorization: 'Basic abc' } }), 401, 'unauthorized');
    await expectJsonError(await fetch(base(), { method: 'POST', headers: headers('lxc_nope') }), 401, 'unauthorized');
    const fresh = await t.createOrg();
    const key = channel === 'customer' ? fresh.customerKey : fresh.managementKey;
    const unknownButWellFormed = key.slice(0, -8) + 'AAAAAAAA';
    await expectJsonError(await fetch(base(), { method: 'POST', headers: headers(unknownButWellFormed) }), 401, 'unauthorized');
    const [record] = (await t.store.listApiKeys(fresh.orgId)).filter((k) => k.type === channel);
    expect(await t.store.revokeApiKey(fresh.orgId, record!.id)).toBe(true);
    await expectJsonError(await fetch(base(), { method: 'POST', headers: headers(key) }), 401, 'unauthorized');
    await expectJsonError(await fetch(`${base()}/${id}/messages`, { headers: headers(key) }), 401, 'unauthorized');
  });

  it('403 for the other API\'s key, on every route', async () => {
    const id = await createConversation(api());
    await expectJsonError(await fetch(base(), { method: 'POST', headers: headers(wrongKey()) }), 403, 'forbidden');
    await expectJsonError(await postMessage({ ...api(), key: wrongKey() }, id, 'hi'), 403, 'forbidden');
    await expectJsonError(await fetch(`${base()}/${id}/messages`, { headers: headers(wrongKey()) }), 403, 'forbidden');
  });

  it('404 alike for an unknown conversation and another organization\'s', async () => {
    const other = await t.createOrg({ name: 'Other' });
    const otherApi: Api = { url: t.url, key: channel === 'customer' ? other.customerKey : other.managementKey, channel };
    const foreign = await createConversation(otherApi);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const bodies: string[] = [];
    for (const id of [foreign, unknown, 'not-a-uuid']) {
      const send = await postMessage(api(), id, 'hi');
      const read = await fetch(`${base()}/${id}/messages`, { headers: headers(api().key) });
      for (const res of [send, read]) {
        expect(res.status).toBe(404);
        bodies.push(await res.text());
      }
    }
    expect(new Set(bodies).size).toBe(1);
    expect((await history(otherApi, foreign)).length).toBe(0);
  });

  it('400 for a body that is not JSON, a missing, non-string, blank or too long message', async () => {
    const id = await createConversation(api());
    const url = `${base()}/${id}/messages`;
    const raw = (body: string, type = 'application/json') =>
      fetch(url, { method: 'POST', headers: { ...headers(api().key), 'content-type': type }, body });
    await expectJsonError(await raw('{"message":'), 400, 'invalid_request');
    await expectJsonError(await raw('message=hi', 'application/x-www-form-urlencoded'), 400, 'invalid_request');
    await expectJsonError(await raw('{}'), 400, 'invalid_request');
    await expectJsonError(await raw('{"message":42}'), 400, 'invalid_request');
    await expectJsonError(await raw('[]'), 400, 'invalid_request');
    await expectJsonError(await raw('{"message":"   \\n "}'), 400, 'invalid_request');
    await expectJsonError(await raw(JSON.stringify({ message: 'x'.repeat(101) })), 400, 'message_too_long');
    expect(await history(api(), id)).toEqual([]);
  });

  it('413 for a body over the size limit, storing nothing', async () => {
    const id = await createConversation(api());
    const res = await postMessage(api(), id, { message: 'x'.repeat(5000) });
    await expectJsonError(res, 413, 'payload_too_large');
    expect(await history(api(), id)).toEqual([]);
  });

  it('429 once the conversation holds the configured number of customer messages', async () => {
    const id = await createConversation(api());
    for (let i = 0; i < 3; i++) await send(api(), id, `message ${i}`);
    await expectJsonError(await postMessage(api(), id, 'one too many'), 429, 'conversation_limit');
    expect((await history(api(), id)).length).toBe(6);
  });

  it('402 on create and send when the organization has no credits, storing nothing', async () => {
    const broke = await t.createOrg({ credits: 0 });
    const brokeApi: Api = { url: t.url, key: channel === 'customer' ? broke.customerKey : broke.managementKey, channel };
    await expectJsonError(await fetch(base(), { method: 'POST', headers: headers(brokeApi.key) }), 402, 'payment_required');
    const conversation = await t.store.createConversation({ orgId: broke.orgId, channel, customerIdentifier: null });
    await expectJsonError(await postMessage(brokeApi, conversation.id, 'hello'), 402, 'payment_required');
    expect(await t.store.listMessages(conversation.id)).toEqual([]);
  });
});

describe('credits', () => {
  it('every reply debits the organization by its tokens; at zero the next send is 402', async () => {
    const org = await t.createOrg({ credits: 60 });
    const api: Api = { url: t.url, key: org.customerKey };
    const id = await createConversation(api);
    await send(api, id, 'first');
    const after = (await t.store.getOrganization(org.orgId))!.credits!;
    expect(after).toBeLessThan(60);
    expect(after).toBeGreaterThanOrEqual(0);
    let status = 200;
    for (let i = 0; i < 5 && status === 200; i++) {
      const res = await postMessage(api, id, `again ${i}`);
      status = res.status;
      await res.text();
    }
    expect(status).toBe(402);
    expect((await t.store.getOrganization(org.orgId))!.credits).toBe(0);
  });
});

describe('customer conversations', () => {
  it('accept an optional customerIdentifier and reject unknown fields', async () => {
    const url = `${t.url}/api/v1/customer/conversations`;
    const ok = await fetch(url, { method: 'POST', headers: headers(t.customerKey), body: JSON.stringify({ customerIdentifier: 'ana@example.com' }) });
    expect(ok.status).toBe(201);
    const { conversationId } = (await ok.json()) as { conversationId: string };
    expect((await t.store.getConversation(t.orgId, 'customer', conversationId))!.customerIdentifier).toBe('ana@example.com');
    await expectJsonError(await fetch(url, { method: 'POST', headers: headers(t.customerKey), body: '{"nope":1}' }), 400, 'invalid_request');
  });
});

describe('operations', () => {
  it('GET /healthz answers ok', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /openapi.json documents every chat route of both APIs', async () => {
    const doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, object> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const channel of ['customer', 'management']) {
      const base = `/api/v1/${channel}/conversations`;
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([base, `${base}/{id}/messages`, `${base}/{id}/stream`, `${base}/{id}/stop`]),
      );
      expect(Object.keys(doc.paths[`${base}/{id}/messages`]!)).toEqual(expect.arrayContaining(['get', 'post']));
    }
  });

  it('unknown routes are JSON 404s', async () => {
    const res = await fetch(`${t.url}/api/v1/nothing`);
    await expectJsonError(res, 404, 'not_found');
  });

  it('JSON answers, errors included, carry X-Content-Type-Options: nosniff', async () => {
    const created = await fetch(`${t.url}/api/v1/customer/conversations`, { method: 'POST', headers: headers(t.customerKey) });
    const unauthorized = await fetch(`${t.url}/api/v1/customer/conversations`, { method: 'POST' });
    const unknown = await fetch(`${t.url}/api/v1/nothing`);
    expect([created.status, unauthorized.status, unknown.status]).toEqual([201, 401, 404]);
    for (const res of [created, unauthorized, unknown]) expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('logs never contain a key or an Authorization header (SEC-19)', async () => {
    const id = await createConversation({ url: t.url, key: t.customerKey });
    await send({ url: t.url, key: t.customerKey }, id, 'log me');
    await fetch(`${t.url}/api/v1/customer/conversations`, { method: 'POST', headers: headers(t.managementKey) });
    const all = t.logs.join('');
    expect(all).not.toContain(t.customerKey);
    expect(all).not.toContain(t.managementKey);
    expect(all).not.toMatch(/lx[cm]_[0-9A-Za-z]{20}/);
  });

  it('a raw HTTP/1.1 request sees the stream end right after [DONE]', async () => {
    const id = await createConversation({ url: t.url, key: t.customerKey });
    const u = new URL(`${t.url}/api/v1/customer/conversations/${id}/messages`);
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: headers(t.customerKey) },
        (res) => {
          let out = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (out += c));
          res.on('end', () => resolve(out));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ message: 'hi' }));
    });
    expect(body.endsWith('data: [DONE]\n\n')).toBe(true);
  });
});
