/**
 * How a reply runs (PRODUCT.md §2) over real sockets: detach on disconnect, the hard time
 * limit, heartbeats, model failures as in-band errors, many concurrent streams, and a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import type { Agent } from '../src/agents/types.ts';
import { ScriptedAgent, words } from './helpers/scripted-agent.ts';
import { slowStore } from './helpers/slow-store.ts';
import {
  checkInvariants,
  countEvents,
  createConversation,
  history,
  parseStrict,
  postMessage,
  readRest,
  readUntil,
  send,
  stop,
  waitFor,
  type Api,
} from './helpers/sse.ts';

const servers: TestServer[] = [];
async function serve(agent?: Agent, env: Record<string, string> = {}, databaseUrl?: string) {
  const t = await startTestServer({ env, agents: agent && (() => agent), databaseUrl });
  servers.push(t);
  return { t, api: { url: t.url, key: t.customerKey } satisfies Api };
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((t) => t.close()));
});

describe('reply runs', () => {
  it('headers go out at once, before a slow first delta', async () => {
    const agent = new ScriptedAgent({ deltas: ['late'], stallAfter: 0 });
    const { t, api } = await serve(agent, { PARLEY_STREAM_TIMEOUT_MS: '800' });
    const id = await createConversation(api);
    const started = Date.now();
    const res = await postMessage(api, id, 'hi');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(700);
    const stream = parseStrict(await res.text());
    checkInvariants(stream);
    expect(t.url).toBeTruthy();
  });

  it('the user message is stored before the 200', async () => {
    const agent = new ScriptedAgent({ deltas: ['a'], stallAfter: 0 });
    const { t, api } = await serve(agent);
    const id = await createConversation(api);
    const res = await postMessage(api, id, 'stored first');
    expect(res.status).toBe(200);
    const rows = await t.store.listMessages(id);
    expect(rows.map((m) => [m.role, m.content])).toEqual([['user', 'stored first']]);
    await t.server.runs.stop(id);
    await res.text();
  });

  it('the agent gets the conversation so far: the new message alone first, then every finished message', async () => {
    const agent = new ScriptedAgent({ deltas: ['ok'] });
    const { api } = await serve(agent);
    const id = await createConversation(api);
    await send(api, id, 'first question');
    await send(api, id, 'second question');
    const turns = agent.calls.map((input) => input.history.map((m) => [m.role, m.content, m.status]));
    expect(turns).toEqual([
      [['user', 'first question', 'complete']],
      [
        ['user', 'first question', 'complete'],
        ['assistant', 'ok', 'complete'],
        ['user', 'second question', 'complete'],
      ],
    ]);
    // The run hands over the very user message it stored, not a second copy.
    expect(agent.calls[1]!.history.at(-1)).toBe(agent.calls[1]!.userMessage);
  });

  it('a client that disconnects does not stop the run: the reply completes and is stored whole', async () => {
    const agent = new ScriptedAgent({ deltas: words(20), delayMs: 15 });
    const { t, api } = await serve(agent);
    const id = await createConversation(api);
    const controller = new AbortController();
    const res = await postMessage(api, id, 'go', {}, controller.signal);
    await readUntil(res, (raw) => countEvents(raw) >= 2);
    controller.abort();
    await waitFor(async () => (await history(api, id)).length === 2);
    const [, reply] = await history(api, id);
    expect(reply!.content).toBe(words(20).join(''));
    expect(reply!.status).toBe('complete');
    expect(agent.aborted).toBe(0);
    expect(t.server.runs.size).toBe(0);
  });

  it('the stream time limit ends with an error event and [DONE], aborts the model, stores partial (SSE-06)', async () => {
    const agent = new ScriptedAgent({ deltas: ['one ', 'two ', 'never'], stallAfter: 2 });
    const { api } = await serve(agent, { PARLEY_STREAM_TIMEOUT_MS: '300' });
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'slow');
    checkInvariants(stream);
    const payloads = stream.events.map((e) => e.data);
    expect(payloads.at(-2)).toBe('{"type":"error","message":"The reply took too long and was ended.","code":"timeout","retryable":true}');
    expect(stream.text).toBe('one two ');
    expect(agent.aborted).toBe(1);
    const [, reply] = await history(api, id);
    expect(reply).toMatchObject({ content: 'one two ', status: 'partial' });
  });

  it('comment heartbeats keep a silent stream alive and are ignored by the event grammar', async () => {
    const agent = new ScriptedAgent({ deltas: ['x'], stallAfter: 1 });
    const { api } = await serve(agent, { PARLEY_HEARTBEAT_MS: '40', PARLEY_STREAM_TIMEOUT_MS: '400' });
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'quiet');
    checkInvariants(stream);
    expect(stream.comments).toBeGreaterThanOrEqual(4);
    expect(stream.raw).toContain(': ping\n\n');
  });

  it('a model failure after the 200 is an error event with a safe message, then [DONE] (SSE-07)', async () => {
    const agent = new ScriptedAgent({ deltas: ['a ', 'b ', 'c'], failAfter: 2 });
    const { t, api } = await serve(agent);
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'break');
    checkInvariants(stream);
    const error = JSON.parse(stream.events.at(-2)!.data);
    expect(error).toEqual({ type: 'error', message: 'The connection to the assistant was lost.', code: 'upstream_disconnected', retryable: true });
    expect(stream.raw).not.toMatch(/10\.0\.0\.7|sk-secret|hang up/);
    const [, reply] = await history(api, id);
    expect(reply).toMatchObject({ content: 'a b ', status: 'partial' });
    expect(JSON.stringify(await history(api, id))).not.toContain('sk-secret');
    expect(t.server.runs.size).toBe(0);
  });

  it('an unexpected exception in an agent becomes internal_error, never its text', async () => {
    const { api } = await serve(undefined);
    const { api: bApi } = await serve({
      // eslint-disable-next-line require-yield
      async *reply() {
        throw new TypeError('Cannot read properties of undefined (reading "secret_column")');
      },
    });
    const id = await createConversation(bApi);
    const { stream } = await send(bApi, id, 'x');
    checkInvariants(stream);
    expect(JSON.parse(stream.events[0]!.data)).toMatchObject({ type: 'error', code: 'internal_error' });
    expect(stream.raw).not.toContain('secret_column');
    expect(api.url).toBeTruthy();
  });

  it('an escalate event becomes one status event before [DONE] and marks the conversation', async () => {
    const agent = new ScriptedAgent({ deltas: ['A person ', 'will help.'], escalate: 'customer asked for a human' });
    const { t, api } = await serve(agent);
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'human please');
    checkInvariants(stream);
    expect(stream.events.at(-2)!.data).toBe('{"type":"status","status":"escalated"}');
    const conversation = await t.store.getConversation(t.orgId, 'customer', id);
    expect(conversation).toMatchObject({ status: 'escalated', escalationReason: 'customer asked for a human' });
  });

  it('60 concurrent streams are all valid and all stored', async () => {
    const { t, api } = await serve(undefined, { PARLEY_OFFLINE_DELAY_MS: '2' });
    const ids = await Promise.all(Array.from({ length: 60 }, () => createConversation(api)));
    const results = await Promise.all(ids.map((id, i) => send(api, id, `question ${i}`)));
    for (const { stream } of results) checkInvariants(stream);
    for (const [i, id] of ids.entries()) {
      const messages = await t.store.listMessages(id);
      expect(messages.map((m) => m.status)).toEqual(['complete', 'complete']);
      expect(messages[1]!.content).toBe(results[i]!.stream.text);
    }
  });

  it('a restart on the same database loses nothing', async () => {
    const first = await serve();
    const id = await createConversation(first.api);
    const { stream } = await send(first.api, id, 'remember me');
    const before = await history(first.api, id);
    await first.t.server.shutdown();
    const second = await serve(undefined, {}, first.t.databaseUrl);
    const api2 = { url: second.t.url, key: first.api.key };
    expect(await history(api2, id)).toEqual(before);
    expect(before[1]!.content).toBe(stream.text);
    const again = await send(api2, id, 'and again');
    checkInvariants(again.stream);
    expect((await history(api2, id)).length).toBe(4);
    expect(await second.t.store.getOrganization(first.t.orgId)).toBeDefined();
  });
});

describe('graceful drain in-process', () => {
  it('shutdown lets short runs finish and ends long ones with server_shutting_down + [DONE]', async () => {
    const agent = new ScriptedAgent({ deltas: ['never ', 'ends'], stallAfter: 1 });
    const { t, api } = await serve(agent, { PARLEY_SHUTDOWN_GRACE_MS: '200' });
    const id = await createConversation(api);
    const res = await postMessage(api, id, 'x');
    const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 1);
    const shutdown = t.server.shutdown();
    const stream = parseStrict(await readRest(reader, raw));
    await shutdown;
    checkInvariants(stream);
    expect(JSON.parse(stream.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'server_shutting_down' });
    const reopened = await startTestServer({ databaseUrl: t.databaseUrl });
    servers.push(reopened);
    const rows = await reopened.store.listMessages(id);
    expect(rows.map((m) => m.status)).toEqual(['complete', 'partial']);
    expect(rows[1]!.content).toBe('never ');
  });

  it('requests that arrive while draining get 503 shutting_down with Retry-After', async () => {
    const agent = new ScriptedAgent({ deltas: ['x'], stallAfter: 1 });
    const { t, api } = await serve(agent, { PARLEY_SHUTDOWN_GRACE_MS: '300' });
    const id = await createConversation(api);
    const res = await postMessage(api, id, 'hold the server open');
    const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 1);
    const shutdown = t.server.shutdown();
    const late = await t.server.app.inject({
      method: 'POST',
      url: '/api/v1/customer/conversations',
      headers: { authorization: `Bearer ${t.customerKey}` },
    });
    expect(late.statusCode).toBe(503);
    expect(late.headers['retry-after']).toBe('1');
    expect(late.json()).toEqual({ error: 'The server is shutting down. Retry shortly.', code: 'shutting_down' });
    checkInvariants(parseStrict(await readRest(reader, raw)));
    await shutdown;
  });

  it('an idempotent retry racing the first send attaches to its run, however slow the run is to start', async () => {
    const agent = new ScriptedAgent({ deltas: words(4), delayMs: 5 });
    const t = await startTestServer({
      agents: () => agent,
      // A slow history read used to leave the run unregistered while its messages were visible.
      wrapStore: (store) => slowStore(store, 'listMessages', 150),
    });
    servers.push(t);
    const api: Api = { url: t.url, key: t.customerKey };
    const id = await createConversation(api);
    const first = postMessage(api, id, 'race', { 'idempotency-key': 'race-1' });
    await new Promise((r) => setTimeout(r, 40));
    const second = await postMessage(api, id, 'race', { 'idempotency-key': 'race-1' });
    const [a, b] = [parseStrict(await (await first).text()), parseStrict(await second.text())];
    checkInvariants(a);
    expect(b.events).toEqual(a.events);
    expect(a.text).toBe(words(4).join(''));
    expect(agent.calls).toHaveLength(1);
  });

  it('a stop that arrives after the agent finished stops nothing: {stopped:false}, the reply stays complete', async () => {
    const agent = new ScriptedAgent({ deltas: words(3), delayMs: 5 });
    let finishing!: () => void;
    const finishStarted = new Promise<void>((resolve) => (finishing = resolve));
    const t = await startTestServer({
      agents: () => agent,
      // The final write is slow: the agent is done, the reply is being stored as complete.
      wrapStore: (store) => slowStore(store, 'finishReply', 300, finishing),
    });
    servers.push(t);
    const api: Api = { url: t.url, key: t.customerKey };
    const id = await createConversation(api);
    const res = postMessage(api, id, 'hi');
    await finishStarted;
    expect(await (await stop(api, id)).json()).toEqual({ stopped: false });
    checkInvariants(parseStrict(await (await res).text()));
    expect((await history(api, id))[1]).toMatchObject({ status: 'complete', content: words(3).join('') });
  });

  it('the time limit holds even for an agent that ignores its abort signal', async () => {
    const { t, api } = await serve(
      {
        async *reply() {
          yield { type: 'delta', text: 'stuck ' };
          await new Promise(() => undefined); // never settles, never looks at the signal
        },
      },
      { PARLEY_STREAM_TIMEOUT_MS: '300' },
    );
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'hang');
    checkInvariants(stream);
    expect(JSON.parse(stream.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'timeout' });
    expect((await history(api, id))[1]).toMatchObject({ status: 'partial', content: 'stuck ' });
    expect(t.server.runs.size).toBe(0);
  });

  it('an agent that throws before it iterates, or whose next() throws, ends with internal_error + [DONE]', async () => {
    const agents: Agent[] = [
      {
        reply() {
          throw new Error('reply() threw synchronously');
        },
      },
      {
        reply() {
          return {
            [Symbol.asyncIterator]: () => ({
              next: () => {
                throw new Error('next() threw synchronously');
              },
            }),
          };
        },
      },
    ];
    for (const agent of agents) {
      const { t, api } = await serve(agent);
      const id = await createConversation(api);
      const { stream } = await send(api, id, 'x');
      checkInvariants(stream);
      expect(JSON.parse(stream.events[0]!.data)).toMatchObject({ type: 'error', code: 'internal_error' });
      expect(stream.raw).not.toContain('threw synchronously');
      expect((await history(api, id))[1]).toMatchObject({ status: 'partial', content: '' });
      expect(t.server.runs.size).toBe(0);
    }
  });

  it('a stop reaches an agent that ignores its signal: its next event ends it, and its finally block runs', async () => {
    let cleanedUp = false;
    const { t, api } = await serve({
      async *reply() {
        try {
          for (let i = 0; i < 1000; i++) {
            yield { type: 'delta', text: `w${i} ` };
            await new Promise((resolve) => setTimeout(resolve, 20)); // never looks at the signal
          }
        } finally {
          cleanedUp = true;
        }
      },
    });
    const id = await createConversation(api);
    const res = await postMessage(api, id, 'go');
    await readUntil(res, (raw) => countEvents(raw) >= 2);
    expect((await stop(api, id)).status).toBe(200);
    await waitFor(() => cleanedUp);
    const [, reply] = await history(api, id);
    expect(reply).toMatchObject({ status: 'stopped' });
    expect(reply!.content).toMatch(/^w0 w1 /);
    expect(t.server.runs.size).toBe(0);
  });
});
