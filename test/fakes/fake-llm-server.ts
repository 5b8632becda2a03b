/**
 * A loopback stand-in for a model provider (TESTING.md §0, "Fake LLM provider"). It answers
 * every POST with the next scripted reply: an HTTP error, or SSE frames written one by one with
 * optional delays, then a clean end, an abrupt TCP reset, or a stall. It records each request
 * (path, headers, JSON body) and whether the client closed the socket before the reply ended,
 * which is how tests see that an abort reached the upstream socket.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeReply {
  /** HTTP status; anything but 200 sends `body` as JSON and no stream. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Complete SSE frames (each ends with a blank line), written in order. */
  frames?: string[];
  /** Pause before the first frame (a slow first token). */
  firstDelayMs?: number;
  /** Pause between frames. */
  delayMs?: number;
  /**
   * Write frames in pieces cut inside every multi-byte UTF-8 character, each piece its own
   * TCP segment, so the client's reads end mid-character (SSE-11).
   */
  splitUtf8?: boolean;
  /** What happens after the last frame: end the response (default), RST the socket, or hang. */
  then?: 'end' | 'reset' | 'stall';
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  /** Set when the client closed the connection before this reply ended. */
  clientClosedAt?: number;
}

export interface FakeLlmServer {
  /** `http://127.0.0.1:<port>` (no path). */
  url: string;
  requests: RecordedRequest[];
  readonly calls: number;
  /** Replies used in order; the last one repeats. */
  script(...replies: FakeReply[]): void;
  /** Resolves when the client has closed the socket of request `index` (default: the last). */
  clientClosed(index?: number): Promise<number>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Cuts `bytes` in front of every UTF-8 continuation byte, i.e. inside each multi-byte character. */
export function splitInsideCharacters(bytes: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  for (let i = 1; i < bytes.length; i++) {
    if ((bytes[i]! & 0xc0) === 0x80) {
      pieces.push(bytes.subarray(start, i));
      start = i;
    }
  }
  pieces.push(bytes.subarray(start));
  return pieces;
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  let replies: FakeReply[] = [{ frames: [] }];
  const requests: RecordedRequest[] = [];
  // Keyed by record, not index: a stalled request from an earlier script may close later.
  const closed = new WeakMap<RecordedRequest, { promise: Promise<number>; resolve: (at: number) => void }>();
  const closeSignal = (record: RecordedRequest) => {
    let entry = closed.get(record);
    if (!entry) {
      let resolve!: (at: number) => void;
      const promise = new Promise<number>((r) => (resolve = r));
      entry = { promise, resolve };
      closed.set(record, entry);
    }
    return entry;
  };
  const markClosed = (record: RecordedRequest) => {
    if (record.clientClosedAt !== undefined) return;
    record.clientClosedAt = Date.now();
    closeSignal(record).resolve(record.clientClosedAt);
  };

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = { path: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : undefined };
    const index = requests.push(record) - 1;
    const reply = replies[Math.min(index, replies.length - 1)]!;
    const socket = res.socket as Socket;
    socket.setNoDelay(true);
    // Only `res` close tells that the client left before the reply ended (STACK.md trap 5).
    res.on('close', () => {
      if (!res.writableFinished) markClosed(record);
    });

    if (reply.status !== undefined && reply.status !== 200) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body ?? {}));
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      ...reply.headers,
    });
    res.flushHeaders();
    const frames = reply.frames ?? [];
    for (let i = 0; i < frames.length; i++) {
      const pause = i === 0 ? reply.firstDelayMs : reply.delayMs;
      if (pause) await sleep(pause);
      if (res.destroyed) return;
      const bytes = Buffer.from(frames[i]!, 'utf8');
      if (!reply.splitUtf8) {
        res.write(bytes);
        continue;
      }
      for (const piece of splitInsideCharacters(bytes)) {
        res.write(piece);
        await sleep(2); // separate TCP segments, so the client really reads half a character
      }
    }
    const then = reply.then ?? 'end';
    if (then === 'end') res.end();
    else if (then === 'reset') {
      // Let the client read what was sent: an RST discards data still unread in its buffer.
      await sleep(30);
      socket.resetAndDestroy();
    }
    // 'stall': keep the socket open and silent until the client gives up.
  }

  const server: Server = createServer((req, res) => {
    answer(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get calls() {
      return requests.length;
    },
    script(...next: FakeReply[]) {
      if (next.length === 0) throw new Error('script() needs at least one reply');
      replies = next;
      requests.length = 0;
    },
    clientClosed(index = requests.length - 1) {
      const record = requests[index];
      if (!record) return Promise.reject(new Error(`no request #${index} yet`));
      return closeSignal(record).promise;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
