/**
 * A local HTTP server on 127.0.0.1, port 0, whose every response is scripted by the test.
 * It records each request so tests can assert on headers (Idempotency-Key, Last-Event-ID) and
 * on whether the client hung up (`closed` resolves when the client side goes away).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Resolves when the response is closed, by us or by the client hanging up. */
  closed: Promise<void>;
  /** True if the client went away before we ended the response. */
  clientAborted: () => boolean;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => unknown;

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler (the default answers 500). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  let handler: Handler = (_req, res) => res.writeHead(500).end();
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const closed = new Promise<void>((resolve) => res.on('close', () => resolve()));
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      closed,
      clientAborted: () => !res.writableFinished,
    };
    requests.push(recorded);
    try {
      await handler(recorded, res);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (next) => {
      handler = next;
    },
    close: async () => {
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      // STACK.md trap 7: without this, an aborted fetch's idle socket holds close() for ~4 s.
      server.closeAllConnections();
      await done;
    },
  };
}

/** Starts an SSE response with the contract's headers. */
export function startSse(res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
}

/** Answers a JSON error as the server does before a stream. */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  error: string,
  code: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ error, code }));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
