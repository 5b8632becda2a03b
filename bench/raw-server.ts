/**
 * The benchmark's baseline: a plain `node:http` server that streams the same reply as Parley
 * in exactly the same wire format, with the same pacing, and stores nothing.
 *
 * It mirrors the Customer Chat API's shape so the client does the same work against both
 * servers: `POST /api/v1/customer/conversations` (201 `{"conversationId"}`) and
 * `POST /api/v1/customer/conversations/:id/messages` (body `{"message"}` → SSE). Each stream
 * is encoded as it goes (`id: N\ndata: {"type":"delta","text":…}\n\n` … `data: [DONE]`),
 * one `setTimeout(delay)` between deltas, like the offline model. `POST /stream` is the same
 * stream without the conversation step (the `--raw-shape single` baseline).
 *
 * Environment (set by bench/stream-bench.ts):
 *   BENCH_DELTAS    JSON array of the delta texts of one reply (taken from Parley's own reply)
 *   BENCH_DELAY_MS  pause between deltas (Parley: PARLEY_OFFLINE_DELAY_MS)
 *   BENCH_HOLD=1    send the first event, then hold the response open until the client leaves
 *   BENCH_KEY       the bearer key a request must carry
 *   PORT, HOST      where to listen (0 = a free port); prints `raw server listening on PORT`
 *   BENCH_EXIT_WITH_STDIN=1  exit when stdin closes (the benchmark pipes it, so the server
 *                   cannot outlive the benchmark that started it)
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const deltas = JSON.parse(process.env.BENCH_DELTAS ?? '[]') as string[];
const delayMs = Number(process.env.BENCH_DELAY_MS ?? '15');
const hold = process.env.BENCH_HOLD === '1';
const expectedAuth = `Bearer ${process.env.BENCH_KEY ?? 'lxc_bench'}`;
const port = Number(process.env.PORT ?? '0');
const host = process.env.HOST ?? '127.0.0.1';

if (!Array.isArray(deltas) || deltas.length === 0 || !deltas.every((d) => typeof d === 'string')) {
  throw new Error('BENCH_DELTAS must be a non-empty JSON array of strings');
}

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};
const CONVERSATIONS = '/api/v1/customer/conversations';
const MESSAGES = /^\/api\/v1\/customer\/conversations\/[^/]+\/messages$/;

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage, done: (body: string) => void): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => done(body));
}

function stream(req: http.IncomingMessage, res: http.ServerResponse): void {
  readBody(req, (body) => {
    let message: unknown;
    try {
      message = (JSON.parse(body) as { message?: unknown }).message;
    } catch {
      return json(res, 400, { error: 'The body is not valid JSON.', code: 'invalid_request' });
    }
    if (typeof message !== 'string' || message.trim() === '') {
      return json(res, 400, { error: 'The message must not be blank.', code: 'invalid_request' });
    }
    res.writeHead(200, SSE_HEADERS);
    res.flushHeaders();
    let id = 0;
    let timer: NodeJS.Timeout | undefined;
    const send = (data: string) => res.write(`id: ${++id}\ndata: ${data}\n\n`);
    const next = () => {
      timer = undefined;
      send(JSON.stringify({ type: 'delta', text: deltas[id]! }));
      if (hold) return; // held: the response stays open until the client closes it
      if (id < deltas.length) {
        if (delayMs > 0) timer = setTimeout(next, delayMs);
        else next();
        return;
      }
      send('[DONE]');
      res.end();
    };
    res.on('close', () => clearTimeout(timer));
    next();
  });
}

const server = http.createServer((req, res) => {
  const path = req.url ?? '/';
  if (req.method === 'GET' && path === '/healthz') return json(res, 200, { status: 'ok' });
  if (req.method !== 'POST') return json(res, 404, { error: 'No such route.', code: 'not_found' });
  if (req.headers.authorization !== expectedAuth) {
    req.resume();
    return json(res, 401, { error: 'Invalid API key.', code: 'unauthorized' });
  }
  if (path === CONVERSATIONS) {
    return readBody(req, () => json(res, 201, { conversationId: randomUUID() }));
  }
  if (MESSAGES.test(path) || path === '/stream') return stream(req, res);
  req.resume();
  json(res, 404, { error: 'No such route.', code: 'not_found' });
});
// The same connection settings as Parley's fastify: keep-alive 72 s, no request timeout.
server.keepAliveTimeout = 72_000;
server.requestTimeout = 0;

server.listen(port, host, () => {
  const address = server.address();
  process.stdout.write(`raw server listening on ${typeof address === 'object' && address ? address.port : port}\n`);
});

const quit = () => process.exit(0);
process.once('SIGTERM', quit);
process.once('SIGINT', quit);
if (process.env.BENCH_EXIT_WITH_STDIN === '1') {
  process.stdin.on('end', quit);
  process.stdin.on('close', quit);
  process.stdin.resume();
}
