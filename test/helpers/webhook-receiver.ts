/**
 * A real webhook receiver on 127.0.0.1 for tests: records every request (headers and raw
 * body) and answers as scripted: a status per attempt, a stall, or a redirect.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What to do with the n-th request (0-based): a status, `'stall'` (never answer), or a redirect. */
export type Answer = number | 'stall' | { redirect: string };

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** The parsed bodies. */
  events(): any[];
  close(): Promise<void>;
}

export async function startReceiver(script: (n: number) => Answer = () => 200, port = 0): Promise<Receiver> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const n = received.length;
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const answer = script(n);
      if (answer === 'stall') return; // never answers; the sender's timeout must end it
      if (typeof answer === 'object') {
        response.writeHead(302, { location: answer.redirect }).end();
        return;
      }
      response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received,
    events: () => received.map((r) => JSON.parse(r.body)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on now (for a receiver that starts later). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
