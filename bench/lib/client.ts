/**
 * The benchmark's streaming client, on plain `node:http` with a keep-alive agent (a light
 * client leaves more of the two cores to the servers being measured). One stream is what a
 * real integration does: create a conversation, POST a message, read the SSE reply to the end,
 * every byte through {@link StrictSseChecker}.
 */
import http from 'node:http';
import { StrictSseChecker } from './sse-check.ts';

export interface Target {
  name: string;
  port: number;
  key: string;
  /** `api`: create a conversation, then POST the message; `single`: POST /stream only. */
  shape: 'api' | 'single';
}

export const CONVERSATIONS_PATH = '/api/v1/customer/conversations';

export function createAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY, scheduling: 'lifo' });
}

interface JsonResponse {
  status: number;
  body: string;
}

/** A small request with a JSON (or empty) body; resolves with status and body text. */
export function requestJson(
  agent: http.Agent | false,
  port: number,
  method: string,
  path: string,
  headers: http.OutgoingHttpHeaders,
  body: string | undefined,
  timeoutMs: number,
): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: text });
        });
        res.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`${method} ${path}: no answer in ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.end(body);
  });
}

export async function createConversation(agent: http.Agent, target: Target, timeoutMs: number): Promise<string> {
  const res = await requestJson(agent, target.port, 'POST', CONVERSATIONS_PATH, { authorization: `Bearer ${target.key}` }, undefined, timeoutMs);
  if (res.status !== 201) throw new Error(`create conversation: HTTP ${res.status} ${res.body.slice(0, 200)}`);
  const id = (JSON.parse(res.body) as { conversationId?: unknown }).conversationId;
  if (typeof id !== 'string') throw new Error(`create conversation: no conversationId in ${res.body.slice(0, 200)}`);
  return id;
}

export interface OpenStream {
  checker: StrictSseChecker;
  /** performance.now() just before the request was sent. */
  startedAt: number;
  /** Resolves when the first event has arrived (rejects if the stream fails before). */
  firstEvent: Promise<void>;
  /** Resolves when the body ended or failed; `checker.error` says which. Never rejects. */
  finished: Promise<void>;
  /** Resolves with the `Parley-Reply-Id` header when the response head arrives (undefined without one, or if none arrives). */
  response: Promise<string | undefined>;
  /** performance.now() when the response head arrived. */
  readonly responseAt: number | undefined;
  /** Destroys the request (a held stream's end). */
  close(): void;
}

/**
 * POSTs the message and reads the SSE reply through a strict checker. `timeoutMs` bounds the
 * whole stream (a held stream passes a long one and closes it itself).
 */
export function openStream(agent: http.Agent, target: Target, conversationId: string | undefined, message: string, timeoutMs: number): OpenStream {
  const path = target.shape === 'api' ? `${CONVERSATIONS_PATH}/${conversationId}/messages` : '/stream';
  return openSse(agent, target.port, 'POST', path, { authorization: `Bearer ${target.key}` }, JSON.stringify({ message }), timeoutMs);
}

/**
 * Follows a running reply: `GET …/conversations/:id/stream?replyId=` from its first event
 * (`Last-Event-ID: 0`), on any instance.
 */
export function followReply(agent: http.Agent, port: number, key: string, conversationId: string, replyId: string, timeoutMs: number): OpenStream {
  const path = `${CONVERSATIONS_PATH}/${conversationId}/stream?replyId=${encodeURIComponent(replyId)}`;
  return openSse(agent, port, 'GET', path, { authorization: `Bearer ${key}`, 'last-event-id': '0' }, undefined, timeoutMs);
}

function openSse(
  agent: http.Agent,
  port: number,
  method: 'GET' | 'POST',
  path: string,
  headers: http.OutgoingHttpHeaders,
  body: string | undefined,
  timeoutMs: number,
): OpenStream {
  const checker = new StrictSseChecker();
  let onResponse: ((replyId: string | undefined) => void) | undefined;
  const response = new Promise<string | undefined>((resolve) => (onResponse = resolve));
  let responseAt: number | undefined;
  let closing = false;
  let resolveFirst!: () => void;
  let rejectFirst!: (err: Error) => void;
  const firstEvent = new Promise<void>((res, rej) => {
    resolveFirst = res;
    rejectFirst = rej;
  });
  firstEvent.catch(() => undefined);
  checker.onFirstEvent = resolveFirst;

  let req!: http.ClientRequest;
  const finished = new Promise<void>((resolve) => {
    /** Settles the stream once; `problem` is recorded unless the client closed it itself. */
    const fail = (problem?: string) => {
      if (problem !== undefined && !closing) checker.error ??= problem;
      // No-op once the first event resolved it.
      rejectFirst(new Error(checker.error ?? 'the stream ended before its first event'));
      clearTimeout(timer);
      resolve();
    };
    req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        responseAt = performance.now();
        const replyId = res.headers['parley-reply-id'];
        onResponse!(typeof replyId === 'string' ? replyId : undefined);
        if (res.statusCode !== 200) {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => fail(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          res.on('error', (err) => fail(err.message));
          return;
        }
        const type = res.headers['content-type'];
        if (type !== 'text/event-stream; charset=utf-8') checker.error ??= `content-type ${String(type)}`;
        if (res.headers['cache-control'] !== 'no-cache') checker.error ??= `cache-control ${String(res.headers['cache-control'])}`;
        res.on('data', (chunk: Buffer) => checker.feed(chunk));
        res.on('end', () => {
          checker.end();
          fail();
        });
        res.on('error', (err) => fail(`response error: ${err.message}`));
        res.on('aborted', () => fail('response aborted'));
      },
    );
    const timer = setTimeout(() => {
      fail(`stream not finished after ${timeoutMs} ms (${checker.events} events)`);
      req.destroy();
    }, timeoutMs);
    req.on('error', (err) => fail(`request error: ${err.message}`));
  });
  void finished.then(() => onResponse!(undefined));
  const startedAt = performance.now();
  req.end(body);
  return {
    checker,
    startedAt,
    firstEvent,
    finished,
    response,
    get responseAt() {
      return responseAt;
    },
    close() {
      closing = true;
      req.destroy();
    },
  };
}

/** Runs `task(i)` for i in [0, total) with at most `concurrency` running at once. */
export async function runPool(total: number, concurrency: number, task: (i: number) => Promise<void>, shouldStop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total && !shouldStop()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}
