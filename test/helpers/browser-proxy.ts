/**
 * The backend a browser page talks to, as the client README recommends: one origin serves the
 * page and its scripts, and proxies `/api/*` to the Parley server, streaming each response
 * through as it arrives (no buffering), so the page needs no CORS.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BrowserBackend {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Requests proxied to Parley, as `METHOD /path status`. */
  proxied: string[];
  close(): Promise<void>;
}

/** Static files: path → body and content type. */
export type StaticFiles = Record<string, { body: string | Buffer; type: string }>;

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

export async function startBrowserBackend(parleyUrl: string, files: StaticFiles): Promise<BrowserBackend> {
  const upstream = new URL(parleyUrl);
  const proxied: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/api/')) {
      const outgoing = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path,
          headers: { ...endToEnd(req.headers), host: upstream.host },
        },
        (incoming) => {
          proxied.push(`${req.method} ${path.split('?')[0]} ${incoming.statusCode}`);
          res.writeHead(incoming.statusCode ?? 502, endToEnd(incoming.headers));
          res.flushHeaders();
          incoming.pipe(res); // chunk by chunk: each SSE event reaches the page when Parley writes it
          incoming.on('error', () => res.destroy());
        },
      );
      outgoing.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
        else res.destroy();
      });
      // The page went away (e.g. it aborted the stream): drop the upstream request too.
      res.on('close', () => {
        if (!res.writableFinished) outgoing.destroy();
      });
      req.pipe(outgoing);
      return;
    }
    const file = files[path.split('?')[0]!];
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    proxied,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
