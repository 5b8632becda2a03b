/**
 * Delivery guarantees (issue 6, TESTING.md §2): resume by Last-Event-ID, idempotent sends,
 * one reply at a time, stop — over real sockets on SQLite (PostgreSQL: delivery-postgres).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestServer, type TestServer } from './server.ts';
import { ScriptedAgent, words } from './scripted-agent.ts';
import {
  checkInvariants,
  countEvents,
  createConversation,
  headers,
  history,
  parseStrict,
  postMessage,
  readRest,
  readUntil,
  resume,
  send,
  stop,
  waitFor,
  type Api,
} from './sse.ts';

export function deliverySuite(databaseUrl: () => Promise<{ url: string; cleanup(): Promise<void> } | undefined>) {
  let t: TestServer;
  let api: Api;
  let db: { url: string; cleanup(): Promise<void> } | undefined;
  const agent = new ScriptedAgent({ deltas: words(12), delayMs: 5 });

  beforeAll(async () => {
    db = await databaseUrl();
    t = await startTestServer({ agents: () => agent, databaseUrl: db?.url });
    api = { url: t.url, key: t.customerKey };
  });
  afterAll(async () => {
    await t.close();
    await db?.cleanup();
  });
  const script = (s: ConstructorParameters<typeof ScriptedAgent>[0]) => {
    agent.script = s;
    agent.calls = [];
    agent.aborted = 0;
  };

  describe('resume (DEL-06)', () => {
    it('a stream cut after event N and resumed with Last-Event-ID: N joins gap-free into the uninterrupted stream', async () => {
      script({ deltas: words(12), delayMs: 5 });
      const id = await createConversation(api);
      const whole = (await send(api, id, 'reference')).stream;
      const wholeWithoutIds = whole.events.map((e) => e.data.replace(/w\d+/g, 'w'));
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: whole.events.length - 1 }), async (n) => {
          const conversation = await createConversation(api);
          const controller = new AbortController();
          const res = await postMessage(api, conversation, 'cut me', {}, controller.signal);
          const { raw } = await readUntil(res, (r) => countEvents(r) >= n);
          controller.abort();
          const head = parseStrict(raw.slice(0, raw.indexOf(`id: ${n + 1}\n`) === -1 ? undefined : raw.indexOf(`id: ${n + 1}\n`)));
          const firstN = head.events.slice(0, n);
          const rest = await resume(api, conversation, n);
          expect(rest.status).toBe(200);
          const tail = parseStrict(await rest.text());
          const joined = { ...tail, events: [...firstN, ...tail.events] };
          checkInvariants(joined);
          expect(joined.events.map((e) => e.data.replace(/w\d+/g, 'w'))).toEqual(wholeWithoutIds);
        }),
        { numRuns: 8 },
      );
    });

    it('accepts ?lastEventId=N, replays from 1 without it, and answers 204 when nothing is left', async () => {
      script({ deltas: words(4) });
      const id = await createConversation(api);
      const { stream } = await send(api, id, 'done already');
      const all = parseStrict(await (await resume(api, id)).text());
      expect(all.events).toEqual(stream.events);
      const q = await fetch(`${t.url}/api/v1/customer/conversations/${id}/stream?lastEventId=3`, {
        headers: { authorization: `Bearer ${t.customerKey}` },
      });
      expect(parseStrict(await q.text()).events).toEqual(stream.events.slice(3));
      const none = await resume(api, id, stream.events.length);
      expect(none.status).toBe(204);
      expect(await none.text()).toBe('');
      const fresh = await createConversation(api);
      expect((await resume(api, fresh)).status).toBe(204);
    });

    it('follows a live reply from the stored events into live ones', async () => {
      script({ deltas: words(10), delayMs: 20 });
      const id = await createConversation(api);
      const res = await postMessage(api, id, 'live');
      const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 3);
      const resumed = await resume(api, id, 2);
      const tail = parseStrict(await resumed.text());
      const original = parseStrict(await readRest(reader, raw));
      checkInvariants(original);
      expect(tail.events).toEqual(original.events.slice(2));
    });

    it('rejects a malformed Last-Event-ID and hides other organizations\' conversations', async () => {
      const id = await createConversation(api);
      const bad = await resume(api, id, -1 as number);
      expect(bad.status).toBe(400);
      const other = await t.createOrg();
      const res = await resume({ url: t.url, key: other.customerKey }, id, 0);
      expect(res.status).toBe(404);
    });
  });

  describe('resume names its reply (issue 12, item 3)', () => {
    const replyIdOf = (res: Response) => res.headers.get('parley-reply-id');
    const streamUrl = (conversation: string, replyId: string) =>
      `${t.url}/api/v1/customer/conversations/${conversation}/stream?replyId=${encodeURIComponent(replyId)}`;
    const resumeReply = (conversation: string, replyId: string, lastEventId: number, key = api.key) =>
      fetch(streamUrl(conversation, replyId), { headers: headers(key, { 'last-event-id': String(lastEventId) }) });

    it('the send, its idempotent replay and every resume carry Parley-Reply-Id, the assistant message id', async () => {
      script({ deltas: words(3) });
      const id = await createConversation(api);
      const { res, stream } = await send(api, id, 'named', { 'idempotency-key': 'k-named' });
      const [, reply] = await history(api, id);
      expect(replyIdOf(res)).toBe(reply!.id);
      const again = await send(api, id, 'named', { 'idempotency-key': 'k-named' });
      expect(replyIdOf(again.res)).toBe(reply!.id);
      const latest = await resume(api, id, 1);
      expect(replyIdOf(latest)).toBe(reply!.id);
      expect(parseStrict(await latest.text()).events).toEqual(stream.events.slice(1));
      const named = await resumeReply(id, reply!.id, 2);
      expect(replyIdOf(named)).toBe(reply!.id);
      expect(parseStrict(await named.text()).events).toEqual(stream.events.slice(2));
      const none = await resumeReply(id, reply!.id, stream.events.length);
      expect(none.status).toBe(204);
      expect(replyIdOf(none)).toBe(reply!.id);
    });

    it('splice: a client cut at id 5 of reply 1 resumes reply 1 by id after reply 2 started, and gets none of reply 2', async () => {
      script({ deltas: words(12, 'first'), delayMs: 15 });
      const id = await createConversation(api);
      const controller = new AbortController();
      const res1 = await postMessage(api, id, 'one', { 'idempotency-key': 'k-one' }, controller.signal);
      const reply1 = replyIdOf(res1)!;
      const { raw } = await readUntil(res1, (r) => countEvents(r) >= 5);
      controller.abort();
      const firstFive = parseStrict(raw.slice(0, raw.indexOf('id: 6\n') === -1 ? undefined : raw.indexOf('id: 6\n'))).events.slice(0, 5);
      expect(firstFive.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
      // Reply 1 finishes without its reader; reply 2 starts and is still running.
      await waitFor(async () => (await history(api, id)).length === 2);
      script({ deltas: words(12, 'second'), delayMs: 30 });
      const res2 = await postMessage(api, id, 'two');
      const reply2 = replyIdOf(res2)!;
      expect(reply2).not.toBe(reply1);
      const second = await readUntil(res2, (r) => countEvents(r) >= 6);

      const rest = await resumeReply(id, reply1, 5);
      expect(rest.status).toBe(200);
      expect(replyIdOf(rest)).toBe(reply1);
      const tail = parseStrict(await rest.text());
      const joined = { ...tail, events: [...firstFive, ...tail.events] };
      checkInvariants(joined);
      const text = parseStrict(joined.events.map((e) => `id: ${e.id}\ndata: ${e.data}\n\n`).join('')).text;
      expect(text).not.toContain('second');
      expect(text).toBe(words(12, 'first').join(''));
      // Without a reply id, "the latest reply" is still what a resume means: reply 2, live.
      const latest = await resume(api, id, 5);
      expect(replyIdOf(latest)).toBe(reply2);
      const latestTail = parseStrict(await latest.text());
      expect(latestTail.events[0]!.id).toBe(6);
      expect(latestTail.text).toContain('second');
      const whole2 = parseStrict(await readRest(second.reader, second.raw));
      checkInvariants(whole2);
      const messages = await history(api, id);
      expect(messages.map((m) => m.content)).toEqual(['one', text, 'two', whole2.text]);
    });

    it('an unknown reply, a user message, or a reply of another conversation or organization is 404; a malformed id 400', async () => {
      script({ deltas: words(2) });
      const a = await createConversation(api);
      const b = await createConversation(api);
      const { res } = await send(api, a, 'in a');
      const replyA = replyIdOf(res)!;
      const [userA] = await history(api, a);
      const other = await t.createOrg();
      const otherApi: Api = { url: t.url, key: other.customerKey };
      const c = await createConversation(otherApi);
      const replyC = replyIdOf((await send(otherApi, c, 'in c')).res)!;
      const unknown = replyA.replace(/[0-9a-f]{12}$/, '000000000000');
      for (const [conversation, replyId] of [
        [b, replyA],
        [a, unknown],
        [a, userA!.id],
        [a, replyC],
      ] as const) {
        const refused = await resumeReply(conversation, replyId, 0);
        expect(refused.status, replyId).toBe(404);
        expect(await refused.json()).toMatchObject({ code: 'not_found' });
      }
      // The other organization cannot reach conversation a at all, reply id or not.
      expect((await resumeReply(a, replyA, 0, other.customerKey)).status).toBe(404);
      for (const bad of ['abc', `${replyA}x`, '']) {
        const refused = await resumeReply(a, bad, 0);
        expect(refused.status, JSON.stringify(bad)).toBe(400);
        expect(await refused.json()).toMatchObject({ code: 'invalid_request' });
      }
    });
  });

  describe('POST reconnects (issue 12, item 4)', () => {
    /**
     * What the eventsource libraries do: POST, lose the connection after `n` events, then
     * repeat the same POST (same Idempotency-Key) with `Last-Event-ID: n`.
     */
    async function cutAndRepost(conversation: string, message: string, key: string, n: number, live: boolean) {
      const controller = new AbortController();
      const first = await postMessage(api, conversation, message, { 'idempotency-key': key }, controller.signal);
      expect(first.status).toBe(200);
      const { raw } = await readUntil(first, (r) => countEvents(r) >= n);
      controller.abort();
      const cut = raw.indexOf(`id: ${n + 1}\n`);
      const head = parseStrict(cut === -1 ? raw : raw.slice(0, cut)).events.slice(0, n);
      if (live) expect(t.server.runs.get(conversation)).toBeDefined();
      else await waitFor(async () => (await history(api, conversation)).length === 2);
      const again = await postMessage(api, conversation, message, { 'idempotency-key': key, 'last-event-id': String(n) });
      return { head, again };
    }

    it('the same key with Last-Event-ID: N continues after N, live or stored: no duplicate, no gap, one reply stored', async () => {
      for (const [live, n] of [
        [true, 1],
        [true, 4],
        [false, 3],
        [false, 7],
      ] as const) {
        script({ deltas: words(8), delayMs: live ? 25 : 0 });
        const id = await createConversation(api);
        const { head, again } = await cutAndRepost(id, 'reconnect', `k-${n}`, n, live);
        expect(again.status).toBe(200);
        await expectContinuation(id, head, again, n);
        expect(agent.calls.length).toBe(1);
      }
    });

    async function expectContinuation(id: string, head: { id: number; data: string }[], again: Response, n: number) {
      const tail = parseStrict(await again.text());
      expect(tail.events[0]!.id).toBe(n + 1);
      const joined = parseStrict([...head, ...tail.events].map((e) => `id: ${e.id}\ndata: ${e.data}\n\n`).join(''));
      checkInvariants(joined);
      const messages = await history(api, id);
      expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(messages[1]).toMatchObject({ status: 'complete', content: joined.text, id: again.headers.get('parley-reply-id') });
      expect(joined.text).toBe(words(8).join(''));
    }

    it('without Last-Event-ID the retry replays from 1; with the last id it is 204', async () => {
      script({ deltas: words(3) });
      const id = await createConversation(api);
      const first = await send(api, id, 'again', { 'idempotency-key': 'k-again' });
      const replay = await send(api, id, 'again', { 'idempotency-key': 'k-again', 'last-event-id': '0' });
      expect(replay.stream.events).toEqual(first.stream.events);
      const last = first.stream.events.length;
      const none = await postMessage(api, id, 'again', { 'idempotency-key': 'k-again', 'last-event-id': String(last) });
      expect(none.status).toBe(204);
      expect(none.headers.get('parley-reply-id')).toBe(first.res.headers.get('parley-reply-id'));
      expect(agent.calls.length).toBe(1);
      expect((await history(api, id)).length).toBe(2);
    });

    it('Last-Event-ID without an Idempotency-Key cannot be matched: 400, nothing stored; a malformed one is 400 too', async () => {
      script({ deltas: words(2) });
      const id = await createConversation(api);
      const orphan = await postMessage(api, id, 'lost', { 'last-event-id': '3' });
      expect(orphan.status).toBe(400);
      expect(await orphan.json()).toMatchObject({ code: 'invalid_request' });
      const malformed = await postMessage(api, id, 'lost', { 'idempotency-key': 'k-bad', 'last-event-id': 'x1' });
      expect(malformed.status).toBe(400);
      expect(await history(api, id)).toEqual([]);
      expect(agent.calls.length).toBe(0);
      // Last-Event-ID: 0 says nothing was received: an ordinary send.
      checkInvariants((await send(api, id, 'fresh', { 'last-event-id': '0' })).stream);
      expect((await history(api, id)).length).toBe(2);
    });
  });

  describe('idempotent sends (DEL-01, DEL-02)', () => {
    it('a retry with the same key and message replays the same events with one model call and two stored messages', async () => {
      script({ deltas: words(6), delayMs: 5 });
      const id = await createConversation(api);
      const first = await send(api, id, 'same', { 'idempotency-key': 'k-1' });
      const second = await send(api, id, 'same', { 'idempotency-key': 'k-1' });
      expect(second.stream.events).toEqual(first.stream.events);
      expect(agent.calls.length).toBe(1);
      expect((await history(api, id)).map((m) => m.role)).toEqual(['user', 'assistant']);
    });

    it('a retry while the reply still runs attaches live and still makes one call', async () => {
      script({ deltas: words(8), delayMs: 25 });
      const id = await createConversation(api);
      const res = await postMessage(api, id, 'attach', { 'idempotency-key': 'k-live' });
      const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 2);
      const retry = await send(api, id, 'attach', { 'idempotency-key': 'k-live' });
      const original = parseStrict(await readRest(reader, raw));
      expect(retry.stream.events).toEqual(original.events);
      expect(agent.calls.length).toBe(1);
      expect((await history(api, id)).length).toBe(2);
    });

    it('the same key with another message is 422 and stores nothing', async () => {
      script({ deltas: words(2) });
      const id = await createConversation(api);
      await send(api, id, 'original', { 'idempotency-key': 'k-2' });
      const res = await postMessage(api, id, 'different', { 'idempotency-key': 'k-2' });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ code: 'idempotency_key_reused' });
      expect((await history(api, id)).length).toBe(2);
    });

    it('keys are scoped to the conversation', async () => {
      script({ deltas: words(2) });
      const a = await createConversation(api);
      const b = await createConversation(api);
      await send(api, a, 'same text', { 'idempotency-key': 'shared' });
      await send(api, b, 'same text', { 'idempotency-key': 'shared' });
      expect(agent.calls.length).toBe(2);
      expect((await history(api, b)).length).toBe(2);
    });

    it('20 parallel sends with one key make exactly one reply (DEL-03)', async () => {
      script({ deltas: words(5), delayMs: 10 });
      const id = await createConversation(api);
      const results = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const res = await postMessage(api, id, 'burst', { 'idempotency-key': 'k-burst' });
          return { status: res.status, body: await res.text() };
        }),
      );
      expect(results.every((r) => r.status === 200)).toBe(true);
      for (const r of results) checkInvariants(parseStrict(r.body));
      expect(new Set(results.map((r) => r.body)).size).toBe(1);
      expect(agent.calls.length).toBe(1);
      expect((await history(api, id)).length).toBe(2);
    });
  });

  describe('one reply at a time (DEL-04)', () => {
    it('a second send during a reply is 409 reply_in_progress and stores nothing', async () => {
      script({ deltas: words(6), delayMs: 30 });
      const id = await createConversation(api);
      const first = await postMessage(api, id, 'first');
      const second = await postMessage(api, id, 'second');
      expect(second.status).toBe(409);
      expect(await second.json()).toMatchObject({ code: 'reply_in_progress' });
      checkInvariants(parseStrict(await first.text()));
      const messages = await history(api, id);
      expect(messages.map((m) => m.content)).not.toContain('second');
      expect(messages.length).toBe(2);
    });

    it('random interleavings of sends keep history a strict user/assistant alternation', async () => {
      script({ deltas: words(3), delayMs: 3 });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 8 }), async (targets) => {
          const ids = await Promise.all([0, 1, 2].map(() => createConversation(api)));
          const results = await Promise.all(
            targets.map(async (c, i) => {
              const res = await postMessage(api, ids[c]!, `m${i}`);
              return { c, status: res.status, body: await res.text() };
            }),
          );
          for (const r of results) {
            expect([200, 409]).toContain(r.status);
            if (r.status === 200) checkInvariants(parseStrict(r.body));
          }
          for (const [c, id] of ids.entries()) {
            const messages = await history(api, id);
            const accepted = results.filter((r) => r.c === c && r.status === 200).length;
            expect(messages.length).toBe(accepted * 2);
            messages.forEach((m, i) => expect(m.role).toBe(i % 2 === 0 ? 'user' : 'assistant'));
          }
        }),
        { numRuns: 6 },
      );
    });
  });

  describe('stop', () => {
    it('ends the reply early, aborts the model, stores exactly what was streamed as stopped', async () => {
      script({ deltas: words(50), delayMs: 20 });
      const id = await createConversation(api);
      const org = await t.createOrg({ credits: 1000 });
      const orgApi: Api = { url: t.url, key: org.customerKey };
      const cid = await createConversation(orgApi);
      const res = await postMessage(orgApi, cid, 'long one');
      const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 3);
      const answer = await stop(orgApi, cid);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ stopped: true });
      const stream = parseStrict(await readRest(reader, raw));
      checkInvariants(stream);
      expect(stream.events.length).toBeLessThan(30);
      expect(stream.events.some((e) => e.data.includes('"error"'))).toBe(false);
      expect(agent.aborted).toBe(1);
      const [, reply] = await history(orgApi, cid);
      expect(reply).toMatchObject({ status: 'stopped', content: stream.text });
      const credits = (await t.store.getOrganization(org.orgId))!.credits!;
      expect(1000 - credits).toBe(Math.ceil(stream.text.length / 4));
      expect(await (await stop(orgApi, cid)).json()).toEqual({ stopped: false });
      expect((await stop(api, id)).status).toBe(200);
    });

    it('after a stop the conversation accepts the next message', async () => {
      script({ deltas: words(40), delayMs: 20 });
      const id = await createConversation(api);
      const res = await postMessage(api, id, 'first');
      await readUntil(res, (r) => countEvents(r) >= 1);
      await stop(api, id);
      script({ deltas: words(2) });
      const next = await send(api, id, 'second');
      checkInvariants(next.stream);
      expect((await history(api, id)).map((m) => m.status)).toEqual(['complete', 'stopped', 'complete', 'complete']);
    });
  });

  describe('disconnect at every position (DEL-05)', () => {
    it('leaves exactly one complete assistant message, never one stuck streaming', async () => {
      script({ deltas: words(5), delayMs: 10 });
      const expected = words(5).join('');
      for (const k of [0, 1, 3, 5, 6]) {
        const id = await createConversation(api);
        const controller = new AbortController();
        const res = await postMessage(api, id, `cut at ${k}`, {}, controller.signal);
        if (k > 0) await readUntil(res, (r) => countEvents(r) >= k);
        controller.abort();
        await waitFor(async () => (await history(api, id)).length === 2);
        const [, reply] = await history(api, id);
        expect(reply).toMatchObject({ status: 'complete', content: expected });
      }
      await waitFor(() => t.server.runs.size === 0);
    });
  });
}

