/**
 * The SDK against the real Parley server over a socket (SQLite temp DB, offline model):
 * both APIs end to end, every pre-stream error class the server produces (with its status,
 * code and message), idempotent sends, stop, resume, and a stream cut mid-way by a proxy.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  IncompleteStreamError,
  NotFoundError,
  Parley,
  ParleyAPIError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type ReplyEvent,
} from '@parley/client';
import { buildPackage, run, type BuiltPackage } from '../packages/client/test/helpers/build-package.ts';
import { startCuttingProxy } from './helpers/cutting-proxy.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

async function collect(stream: AsyncIterable<ReplyEvent>): Promise<ReplyEvent[]> {
  const events: ReplyEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

/** The raw JSON error body, to check the SDK error carries the server's own message and code. */
async function rawError(server: TestServer, key: string, path: string, init: RequestInit = {}) {
  const response = await fetch(server.url + path, {
    ...init,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...init.headers },
  });
  return { status: response.status, body: (await response.json()) as { error: string; code: string } };
}

function expectSameError(error: unknown, raw: { status: number; body: { error: string; code: string } }) {
  expect(error).toBeInstanceOf(ParleyAPIError);
  expect(error).toMatchObject({ status: raw.status, code: raw.body.code, message: raw.body.error });
}

describe('with a default server', () => {
  let server: TestServer;
  let customer: Parley['customer']['conversations'];
  let management: Parley['management']['conversations'];

  beforeAll(async () => {
    server = await startTestServer();
    customer = new Parley({ baseUrl: server.url, apiKey: server.customerKey }).customer.conversations;
    management = new Parley({ baseUrl: server.url, apiKey: server.managementKey }).management.conversations;
  });
  afterAll(() => server.close());

  it.each(['customer', 'management'] as const)('%s API: create, send (streamed, ids 1..n), history', async (api) => {
    const conversations = api === 'customer' ? customer : management;
    const { conversationId } = await conversations.create();
    const stream = conversations.send(conversationId, 'What are your opening hours?');
    const events = await collect(stream);
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.id)).toEqual(events.map((_e, index) => index + 1));
    expect(stream.completed).toBe(true);
    expect(stream.lastEventId).toBe(events.length + 1); // [DONE] has an id too
    const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
    expect(text.length).toBeGreaterThan(0);
    expect(await stream.text()).toBe(text);

    const { messages } = await conversations.history(conversationId);
    expect(messages.map((m) => [m.role, m.content])).toEqual([
      ['user', 'What are your opening hours?'],
      ['assistant', text],
    ]);
  });

  it('create() passes customerIdentifier on the customer API', async () => {
    const { conversationId } = await customer.create({ customerIdentifier: 'user-42' });
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('400 for a blank message: BadRequestError with the server message and code', async () => {
    const { conversationId } = await customer.create();
    const error = await caught(customer.send(conversationId, '   ').text());
    expect(error).toBeInstanceOf(BadRequestError);
    expectSameError(error, await rawError(server, server.customerKey, `/api/v1/customer/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ message: '   ' }) }));
  });

  it('401 for an unknown key: AuthenticationError', async () => {
    const stranger = new Parley({ baseUrl: server.url, apiKey: 'lxc_not_a_real_key' });
    const error = await caught(stranger.customer.conversations.create());
    expect(error).toBeInstanceOf(AuthenticationError);
    expectSameError(error, await rawError(server, 'lxc_not_a_real_key', '/api/v1/customer/conversations', { method: 'POST', body: '{}' }));
  });

  it('403 for a management key on the customer API: PermissionDeniedError', async () => {
    const wrong = new Parley({ baseUrl: server.url, apiKey: server.managementKey });
    const error = await caught(wrong.customer.conversations.create());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expectSameError(error, await rawError(server, server.managementKey, '/api/v1/customer/conversations', { method: 'POST', body: '{}' }));
  });

  it('404 for an unknown conversation and for another organization’s conversation', async () => {
    const unknown = await caught(customer.send('00000000-0000-4000-8000-000000000000', 'hi').text());
    expect(unknown).toBeInstanceOf(NotFoundError);
    expectSameError(unknown, await rawError(server, server.customerKey, '/api/v1/customer/conversations/00000000-0000-4000-8000-000000000000/messages'));

    const other = await server.createOrg({ name: 'Other' });
    const theirs = await new Parley({ baseUrl: server.url, apiKey: other.customerKey }).customer.conversations.create();
    const error = await caught(customer.history(theirs.conversationId));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('413 for a body over the size limit: PayloadTooLargeError', async () => {
    const { conversationId } = await customer.create();
    const huge = 'x'.repeat(server.config.maxBodyBytes + 1024);
    const error = await caught(customer.send(conversationId, huge).text());
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect((error as Error).message.length).toBeGreaterThan(0);
  });

  it('402 when the organization has no credits: PaymentRequiredError', async () => {
    const broke = await server.createOrg({ name: 'Broke', credits: 0 });
    const error = await caught(new Parley({ baseUrl: server.url, apiKey: broke.customerKey }).customer.conversations.create());
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expectSameError(error, await rawError(server, broke.customerKey, '/api/v1/customer/conversations', { method: 'POST', body: '{}' }));
  });

  it('422 when an Idempotency-Key is reused with another message: UnprocessableEntityError', async () => {
    const { conversationId } = await customer.create();
    await customer.send(conversationId, 'first message', { idempotencyKey: 'key-422' }).text();
    const error = await caught(customer.send(conversationId, 'another message', { idempotencyKey: 'key-422' }).text());
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  });

  it('a send retried with the same key replays the same reply and stores nothing new', async () => {
    const { conversationId } = await customer.create();
    const first = customer.send(conversationId, 'Hello there', { idempotencyKey: 'same-key' });
    const firstEvents = await collect(first);
    const again = customer.send(conversationId, 'Hello there', { idempotencyKey: 'same-key' });
    expect(await collect(again)).toEqual(firstEvents);
    expect((await customer.history(conversationId)).messages).toHaveLength(2);
  });

  it('conversations.resume() after completion: the whole reply from 0, nothing (204) after the end', async () => {
    const { conversationId } = await customer.create();
    const sent = customer.send(conversationId, 'Replay me');
    const text = await sent.text();
    expect(await customer.resume(conversationId).text()).toBe(text);
    const tail = customer.resume(conversationId, { lastEventId: sent.lastEventId });
    expect(await collect(tail)).toEqual([]);
    expect(tail.completed).toBe(true);
  });
});

describe('with a conversation limit of one message', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PARLEY_MAX_CONVERSATION_MESSAGES: '1' } });
  });
  afterAll(() => server.close());

  it('429 on the second message: RateLimitError with code conversation_limit', async () => {
    const conversations = new Parley({ baseUrl: server.url, apiKey: server.customerKey }).customer.conversations;
    const { conversationId } = await conversations.create();
    await conversations.send(conversationId, 'one').text();
    const error = await caught(conversations.send(conversationId, 'two').text());
    expect(error).toBeInstanceOf(RateLimitError);
    expectSameError(error, await rawError(server, server.customerKey, `/api/v1/customer/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ message: 'three' }) }));
    expect(error).toMatchObject({ code: 'conversation_limit' });
  });
});

describe('with a slowly streaming model', () => {
  let server: TestServer;
  let customer: Parley['customer']['conversations'];
  beforeAll(async () => {
    // 25 ms between deltas: long enough to act while a reply runs.
    server = await startTestServer({ env: { PARLEY_OFFLINE_DELAY_MS: '25' } });
    customer = new Parley({ baseUrl: server.url, apiKey: server.customerKey }).customer.conversations;
  });
  afterAll(() => server.close());
  const waitForHistory = async (conversationId: string, length: number) => {
    for (let i = 0; i < 500 && (await customer.history(conversationId)).messages.length < length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('409 for a send while a reply is running: ConflictError reply_in_progress', async () => {
    const { conversationId } = await customer.create();
    const running = customer.send(conversationId, 'first');
    const iterator = running[Symbol.asyncIterator]();
    await iterator.next(); // the run has started
    const error = await caught(customer.send(conversationId, 'second').text());
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'reply_in_progress' });
    await iterator.return?.();
    await customer.stop(conversationId);
  });

  it('a stream cut mid-way raises IncompleteStreamError with the partial text; resume() completes it', async () => {
    const proxy = await startCuttingProxy(server.url, 3);
    try {
      const viaProxy = new Parley({ baseUrl: proxy.url, apiKey: server.customerKey }).customer.conversations;
      const { conversationId } = await viaProxy.create();
      const stream = viaProxy.send(conversationId, 'Please tell me a long story');
      const error = await caught(stream.text());
      expect(proxy.cuts()).toBe(1);
      expect(error).toBeInstanceOf(IncompleteStreamError);
      const incomplete = error as IncompleteStreamError;
      expect(incomplete.reason).toBe('eof');
      expect(incomplete.lastEventId).toBeGreaterThanOrEqual(2);
      expect(incomplete.partialText.length).toBeGreaterThan(0);

      // The run went on without us; resume joins the rest without a gap.
      const whole = await stream.resume().text();
      expect(whole.startsWith(incomplete.partialText)).toBe(true);
      expect(whole.length).toBeGreaterThan(incomplete.partialText.length);
      const { messages } = await customer.history(conversationId);
      expect(messages.at(-1)).toMatchObject({ role: 'assistant', content: whole, status: 'complete' });
    } finally {
      await proxy.close();
    }
  });

  it('splice: resume() after a newer reply started continues its own reply (Parley-Reply-Id), never the newer one', async () => {
    const proxy = await startCuttingProxy(server.url, 3);
    try {
      const viaProxy = new Parley({ baseUrl: proxy.url, apiKey: server.customerKey }).customer.conversations;
      const { conversationId } = await viaProxy.create();
      const first = viaProxy.send(conversationId, 'Please tell me a long story');
      const cut = await caught(first.text());
      expect(cut).toBeInstanceOf(IncompleteStreamError);
      expect(first.replyId).toMatch(/^[0-9a-f-]{36}$/);
      // Reply 1 finishes without us; reply 2 starts (and is being read) before the resume.
      await waitForHistory(conversationId, 2);
      const second = customer.send(conversationId, 'hello there');
      const reading = second[Symbol.asyncIterator]();
      expect((await reading.next()).done).toBe(false);
      expect(second.replyId).not.toBe(first.replyId);

      const resumed = first.resume();
      const whole = await resumed.text();
      expect(resumed.replyId).toBe(first.replyId);
      while (!(await reading.next()).done) {
        // read reply 2 to its end
      }
      const { messages } = await customer.history(conversationId);
      expect(messages.map((m) => m.id)).toEqual([expect.any(String), first.replyId, expect.any(String), second.replyId]);
      expect(whole).toBe(messages[1]!.content);
      expect(second.textSoFar).toBe(messages[3]!.content);
      expect(whole).not.toContain(second.textSoFar);
    } finally {
      await proxy.close();
    }
  });

  it('stop() ends the running reply: the stream completes with what was stored as stopped', async () => {
    const { conversationId } = await customer.create();
    const stream = customer.send(conversationId, 'Talk for a while');
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    expect(await customer.stop(conversationId)).toEqual({ stopped: true });
    while (!(await iterator.next()).done) {
      // drain until [DONE]
    }
    expect(stream.completed).toBe(true);
    const { messages } = await customer.history(conversationId);
    expect(messages.at(-1)).toMatchObject({ role: 'assistant', status: 'stopped', content: stream.textSoFar });
    expect(await customer.stop(conversationId)).toEqual({ stopped: false });
  });
});

describe('the README examples, run as a newcomer would', () => {
  let server: TestServer;
  let built: BuiltPackage;
  let readme: string;
  beforeAll(async () => {
    [server, built] = await Promise.all([startTestServer(), buildPackage()]);
    readme = await readFile(resolve(import.meta.dirname, '../packages/client/README.md'), 'utf8');
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await built.remove();
  });

  /** The fenced ts blocks of one README section, in order. */
  const blocks = (section: string) => {
    const body = readme.split(`\n## ${section}\n`)[1]!.split('\n## ')[0]!;
    return [...body.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  };

  it('the Node example runs verbatim with plain node against the published build', async () => {
    const [example] = blocks('Node');
    await writeFile(join(built.dir, 'chat.mjs'), example!);
    const { stdout } = await run(process.execPath, ['chat.mjs'], {
      cwd: built.dir,
      env: { PATH: process.env.PATH, PARLEY_URL: server.url, PARLEY_KEY: server.customerKey },
    });
    expect(stdout).toContain('user: What are your opening hours?');
    expect(stdout).toContain('user: Thanks! And on Sundays?');
    expect(stdout.match(/^assistant: /gm)).toHaveLength(2);
  });

  it('the management example runs too (with its import)', async () => {
    const [, management] = blocks('Node');
    await writeFile(join(built.dir, 'admin.mjs'), `import { Parley } from '@parley/client';\n${management}`);
    const { stdout } = await run(process.execPath, ['admin.mjs'], {
      cwd: built.dir,
      env: { PATH: process.env.PATH, PARLEY_URL: server.url, PARLEY_MANAGEMENT_KEY: server.managementKey },
    });
    expect(stdout.trim().length).toBeGreaterThan(0);
  });
});
