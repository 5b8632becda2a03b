/**
 * ReplyStream against a scripted local server: typed events, completeness (gap, EOF, idle
 * timeout), in-band errors, cancellation on early exit, single iteration, and resume.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncompleteStreamError, NotFoundError, Parley, ParleyTimeoutError, StreamError, type ReplyEvent } from '../src/index.ts';
import { delta, encodeItem, encodeStream, reply } from './helpers/sse-encoder.ts';
import { sendJsonError, sleep, startScriptedServer, startSse, type ScriptedServer } from './helpers/scripted-server.ts';

let server: ScriptedServer;
let client: Parley;

beforeEach(async () => {
  server = await startScriptedServer();
  client = new Parley({ baseUrl: server.url, apiKey: 'lxc_test', timeoutMs: 1000 });
});
afterEach(() => server.close());

/** Serves `body` as an SSE response, optionally without ending it. */
function serveSse(body: string, options: { end?: boolean } = {}) {
  server.handle((_req, res) => {
    startSse(res);
    res.write(body);
    if (options.end !== false) res.end();
  });
}

async function collect(stream: AsyncIterable<ReplyEvent>): Promise<ReplyEvent[]> {
  const events: ReplyEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

/** Fails fast (instead of at the test timeout) when the server never sees the client leave. */
const hungUp = (request: { closed: Promise<void> }) =>
  Promise.race([request.closed, sleep(2000).then(() => Promise.reject(new Error('the client never closed the request')))]);

const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('a complete stream', () => {
  it('yields typed events with their ids and records text, escalation and the last id', async () => {
    serveSse(`: ping\n\n${encodeStream(reply(delta('Our '), { type: 'status', status: 'escalated' }, delta('hours')))}`);
    const stream = client.customer.conversations.send('c', 'hi');
    expect(await collect(stream)).toEqual([
      { id: 1, type: 'delta', text: 'Our ' },
      { id: 2, type: 'status', status: 'escalated' },
      { id: 3, type: 'delta', text: 'hours' },
    ]);
    expect(stream).toMatchObject({ escalated: true, lastEventId: 4, completed: true, textSoFar: 'Our hours' });
    // text() after a loop that read everything returns the same text instead of throwing.
    expect(await stream.text()).toBe('Our hours');
  });

  it('text() reads the whole reply', async () => {
    serveSse(encodeStream(reply(delta('a'), delta('b'), delta('c'))));
    expect(await client.customer.conversations.send('c', 'hi').text()).toBe('abc');
  });

  it('skips unknown event types, whose ids still count', async () => {
    serveSse(
      'id: 1\ndata: {"type":"delta","text":"x"}\n\n' +
        'id: 2\ndata: {"type":"tool-call","name":"lookup"}\n\n' +
        'id: 3\ndata: {"type":"delta","text":"y"}\n\nid: 4\ndata: [DONE]\n\n',
    );
    const events = await collect(client.customer.conversations.send('c', 'hi'));
    expect(events.map((e) => e.id)).toEqual([1, 3]);
  });

  it('an error event then [DONE]: the loop yields it and ends, text() throws StreamError', async () => {
    serveSse(encodeStream(reply(delta('Partial'), { type: 'error', message: 'The model failed', code: 'model_error', retryable: true })));
    const looped = client.customer.conversations.send('c', 'hi');
    const events = await collect(looped);
    expect(events.at(-1)).toEqual({ id: 2, type: 'error', message: 'The model failed', code: 'model_error', retryable: true });
    expect(looped.completed).toBe(true);
    expect(looped.error).toBeInstanceOf(StreamError);

    const error = await caught(client.customer.conversations.send('c', 'hi').text());
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ message: 'The model failed', code: 'model_error', retryable: true, partialText: 'Partial', eventId: 2 });
  });

  it('throws pre-stream API errors from the loop', async () => {
    server.handle((_req, res) => sendJsonError(res, 404, 'Conversation not found', 'not_found'));
    await expect(collect(client.customer.conversations.send('nope', 'hi'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('starts the request at send(), before anyone reads the stream', async () => {
    serveSse(encodeStream(reply(delta('x'))));
    const stream = client.customer.conversations.send('c', 'eager');
    for (let i = 0; i < 100 && server.requests.length === 0; i++) await sleep(10);
    expect(server.requests).toHaveLength(1);
    expect(await stream.text()).toBe('x');
  });
});

describe('completeness', () => {
  it('a gap in ids raises IncompleteStreamError(gap) with the text and id before it', async () => {
    serveSse('id: 1\ndata: {"type":"delta","text":"Hel"}\n\nid: 3\ndata: {"type":"delta","text":"lo"}\n\nid: 4\ndata: [DONE]\n\n');
    const error = await caught(client.customer.conversations.send('c', 'hi').text());
    expect(error).toBeInstanceOf(IncompleteStreamError);
    expect(error).toMatchObject({ reason: 'gap', partialText: 'Hel', lastEventId: 1 });
  });

  it('an event without an id is a gap too: it cannot be checked or resumed', async () => {
    serveSse('id: 1\ndata: {"type":"delta","text":"a"}\n\ndata: {"type":"delta","text":"b"}\n\n');
    await expect(client.customer.conversations.send('c', 'hi').text()).rejects.toMatchObject({ reason: 'gap', lastEventId: 1 });
  });

  it('a body that ends without [DONE] raises IncompleteStreamError(eof)', async () => {
    serveSse(encodeStream(reply(delta('Half'), delta(' a reply')).slice(0, 2)));
    const error = await caught(client.customer.conversations.send('c', 'hi').text());
    expect(error).toBeInstanceOf(IncompleteStreamError);
    expect(error).toMatchObject({ reason: 'eof', partialText: 'Half a reply', lastEventId: 2 });
    expect((error as Error).message).toMatch(/resume/);
  });

  it('a connection destroyed mid-stream raises IncompleteStreamError(eof) with the partial text', async () => {
    server.handle(async (_req, res) => {
      startSse(res);
      res.write(encodeStream(reply(delta('Cut '), delta('here')).slice(0, 2)));
      await sleep(30);
      res.socket?.destroy();
    });
    const stream = client.customer.conversations.send('c', 'hi');
    await expect(stream.text()).rejects.toMatchObject({ name: 'IncompleteStreamError', reason: 'eof', partialText: 'Cut here', lastEventId: 2 });
  });

  it('silence longer than timeoutMs raises IncompleteStreamError(timeout) and aborts the request', async () => {
    serveSse(encodeItem({ id: 1, payload: delta('waiting') }), { end: false });
    const quick = new Parley({ baseUrl: server.url, apiKey: 'k', timeoutMs: 150 });
    const started = Date.now();
    const error = await caught(quick.customer.conversations.send('c', 'hi').text());
    expect(error).toMatchObject({ name: 'IncompleteStreamError', reason: 'timeout', partialText: 'waiting', lastEventId: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await hungUp(server.requests[0]!);
    expect(server.requests[0]!.clientAborted()).toBe(true);
  });

  it('heartbeat comments reset the idle timer: a slow but alive stream completes', async () => {
    server.handle(async (_req, res) => {
      startSse(res);
      for (let i = 0; i < 8; i++) {
        res.write(': ping\n\n');
        await sleep(50);
      }
      res.end(encodeStream(reply(delta('late but whole'))));
    });
    const quick = new Parley({ baseUrl: server.url, apiKey: 'k', timeoutMs: 200 });
    // 400 ms in total, twice the timeout, but never 200 ms without a byte.
    expect(await quick.customer.conversations.send('c', 'hi').text()).toBe('late but whole');
  });

  it('no response headers within timeoutMs is a ParleyTimeoutError', async () => {
    server.handle(() => {});
    const quick = new Parley({ baseUrl: server.url, apiKey: 'k', timeoutMs: 100 });
    await expect(quick.customer.conversations.send('c', 'hi').text()).rejects.toBeInstanceOf(ParleyTimeoutError);
  });
});

describe('consuming once', () => {
  it('breaking out of the loop aborts the HTTP request', async () => {
    serveSse(encodeItem({ id: 1, payload: delta('first') }), { end: false });
    const stream = client.customer.conversations.send('c', 'hi');
    for await (const event of stream) {
      expect(event).toMatchObject({ id: 1, text: 'first' });
      break;
    }
    await hungUp(server.requests[0]!);
    expect(server.requests[0]!.clientAborted()).toBe(true);
    await expect(stream.text()).rejects.toThrow(/resume\(\)/);
  });

  it("the caller's signal aborts a stream being read, rejecting with its reason", async () => {
    serveSse(encodeItem({ id: 1, payload: delta('first') }), { end: false });
    const controller = new AbortController();
    const stream = client.customer.conversations.send('c', 'hi', { signal: controller.signal });
    const reading = caught(collect(stream));
    await sleep(50);
    controller.abort(new Error('closed the tab'));
    expect(await reading).toMatchObject({ message: 'closed the tab' });
    await hungUp(server.requests[0]!);
    expect(server.requests[0]!.clientAborted()).toBe(true);
  });

  it('iterating twice throws an error that says why and what to do', async () => {
    serveSse(encodeStream(reply(delta('once'))));
    const stream = client.customer.conversations.send('c', 'hi');
    await collect(stream);
    const error = await caught(collect(stream));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/already been iterated/);
    expect((error as Error).message).toMatch(/read only once/);
    expect((error as Error).message).toMatch(/stream\.text\(\)|stream\.resume\(\)/);
  });

  it('a second loop while the first is running throws too', async () => {
    serveSse(encodeStream(reply(delta('once'))));
    const stream = client.customer.conversations.send('c', 'hi');
    const iterator = stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already been iterated/);
    await iterator.return?.();
  });
});

describe('resume', () => {
  /** First request: events 1..cutAfter then the socket dies. Resume: events after Last-Event-ID. */
  function serveCutThenResume(items: ReturnType<typeof reply>, cutAfter: number, onResume?: (res: ServerResponse) => boolean) {
    server.handle(async (req, res) => {
      if (req.method === 'POST') {
        startSse(res);
        res.write(encodeStream(items.slice(0, cutAfter)));
        await sleep(20);
        res.socket?.destroy();
        return;
      }
      if (onResume?.(res)) return;
      const after = Number(req.headers['last-event-id'] ?? 0);
      startSse(res);
      res.end(encodeStream(items.filter((item) => 'id' in item && item.id > after)));
    });
  }

  it('stitches a cut stream into one gap-free stream with the whole text', async () => {
    const items = reply(delta('One, '), delta('two, '), { type: 'status', status: 'escalated' }, delta('three.'));
    serveCutThenResume(items, 2);
    const stream = client.customer.conversations.send('c-9', 'count', { idempotencyKey: 'k-1' });
    const first = await collect(stream).catch((error: unknown) => error);
    expect(first).toMatchObject({ reason: 'eof', lastEventId: 2, partialText: 'One, two, ' });

    const resumed = stream.resume();
    const rest = await collect(resumed);
    expect(rest.map((e) => e.id)).toEqual([3, 4]);
    expect(await resumed.text()).toBe('One, two, three.');
    expect(resumed).toMatchObject({ escalated: true, lastEventId: 5, completed: true, idempotencyKey: 'k-1' });
    const resumeRequest = server.requests[1]!;
    expect(resumeRequest).toMatchObject({ method: 'GET', url: '/api/v1/customer/conversations/c-9/stream' });
    expect(resumeRequest.headers['last-event-id']).toBe('2');
  });

  it('resume() names the reply its send started (Parley-Reply-Id), so a newer reply is never joined on', async () => {
    const items = reply(delta('mine '), delta('only'));
    server.handle(async (req, res) => {
      res.setHeader('parley-reply-id', 'r-1');
      if (req.method === 'POST') {
        startSse(res);
        res.write(encodeStream(items.slice(0, 1)));
        await sleep(20);
        res.socket?.destroy();
        return;
      }
      // Answers only for the named reply: the latest would be another one.
      if (!req.url.endsWith('?replyId=r-1')) return sendJsonError(res, 404, 'not_found', 'Reply not found.');
      const after = Number(req.headers['last-event-id']);
      if (after >= 3) return res.writeHead(204).end();
      startSse(res);
      res.end(encodeStream(items.filter((item) => 'id' in item && item.id > after)));
    });
    const stream = client.customer.conversations.send('c-1', 'hi', { idempotencyKey: 'k-r' });
    await expect(stream.text()).rejects.toBeInstanceOf(IncompleteStreamError);
    expect(stream.replyId).toBe('r-1');
    const resumed = stream.resume();
    expect(await resumed.text()).toBe('mine only');
    expect(resumed.replyId).toBe('r-1');
    expect(server.requests.map((r) => [r.method, r.url, r.headers['last-event-id']])).toEqual([
      ['POST', '/api/v1/customer/conversations/c-1/messages', undefined],
      ['GET', '/api/v1/customer/conversations/c-1/stream?replyId=r-1', '1'],
    ]);
    // Resuming the resumed stream still names the same reply.
    expect(await resumed.resume().text()).toBe('mine only');
    expect(server.requests.at(-1)!.url).toBe('/api/v1/customer/conversations/c-1/stream?replyId=r-1');
  });

  it('a send that got no answer is resumed by sending it again with the same Idempotency-Key', async () => {
    server.handle(async (req, res) => {
      if (server.requests.length === 1) await sleep(200);
      startSse(res);
      res.end(encodeStream(reply(delta('once'))));
    });
    const stream = client.customer.conversations.send('c-2', 'hi', { idempotencyKey: 'k-again' });
    while (server.requests.length === 0) await sleep(5);
    const resumed = stream.resume();
    expect(await resumed.text()).toBe('once');
    expect(server.requests.map((r) => [r.method, r.url, r.headers['idempotency-key'], r.body])).toEqual([
      ['POST', '/api/v1/customer/conversations/c-2/messages', 'k-again', '{"message":"hi"}'],
      ['POST', '/api/v1/customer/conversations/c-2/messages', 'k-again', '{"message":"hi"}'],
    ]);
  });

  it('works after an early exit from the loop too', async () => {
    const items = reply(delta('a'), delta('b'), delta('c'));
    server.handle(async (req, res) => {
      const after = Number(req.headers['last-event-id'] ?? 0);
      startSse(res);
      res.end(encodeStream(items.filter((item) => 'id' in item && item.id > after)));
    });
    const stream = client.customer.conversations.send('c', 'hi');
    for await (const _event of stream) break;
    expect(await stream.resume().text()).toBe('abc');
    expect(server.requests[1]!.headers['last-event-id']).toBe('1');
  });

  it('a 204 (nothing left) gives a completed stream with the text already received', async () => {
    serveCutThenResume(reply(delta('all'), delta(' here')), 2, (res) => {
      res.writeHead(204).end();
      return true;
    });
    const stream = client.customer.conversations.send('c', 'hi');
    await expect(stream.text()).rejects.toBeInstanceOf(IncompleteStreamError);
    const resumed = stream.resume();
    expect(await resumed.text()).toBe('all here');
    expect(resumed.completed).toBe(true);
  });

  it('a resumed stream that skips ids is a gap, not a silent join', async () => {
    serveCutThenResume(reply(delta('a'), delta('b'), delta('c')), 1, (res) => {
      startSse(res);
      res.end(encodeStream(reply(delta('a'), delta('b'), delta('c')).slice(2)));
      return true;
    });
    const stream = client.customer.conversations.send('c', 'hi');
    await stream.text().catch(() => {});
    await expect(stream.resume().text()).rejects.toMatchObject({ reason: 'gap', lastEventId: 1, partialText: 'a' });
  });

  it('conversations.resume() replays from lastEventId (0 by default) with the header set, of the reply replyId names', async () => {
    const items = reply(delta('x'), delta('y'));
    server.handle((req, res) => {
      const after = Number(req.headers['last-event-id']);
      startSse(res);
      res.end(encodeStream(items.filter((item) => 'id' in item && item.id > after)));
    });
    expect(await client.management.conversations.resume('m-1').text()).toBe('xy');
    const tail = client.management.conversations.resume('m-1', { lastEventId: 1 });
    expect(await collect(tail)).toEqual([{ id: 2, type: 'delta', text: 'y' }]);
    const named = client.management.conversations.resume('m-1', { replyId: 'r/2', lastEventId: 1 });
    expect(await named.text()).toBe('y');
    expect(server.requests.map((r) => [r.url, r.headers['last-event-id']])).toEqual([
      ['/api/v1/management/conversations/m-1/stream', '0'],
      ['/api/v1/management/conversations/m-1/stream', '1'],
      ['/api/v1/management/conversations/m-1/stream?replyId=r%2F2', '1'],
    ]);
  });

  it('resume() while a loop is reading throws, naming the fix', async () => {
    serveSse(encodeStream(reply(delta('x'))));
    const stream = client.customer.conversations.send('c', 'hi');
    const iterator = stream[Symbol.asyncIterator]();
    expect(() => stream.resume()).toThrow(/exit the loop/);
    await iterator.return?.();
  });
});
