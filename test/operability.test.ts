/**
 * Issue 17, as an operator sees it: `npm start` with PARLEY_METRICS_TOKEN serves /readyz and a
 * token-guarded /metrics whose text parses, whose reply counter rises by one per completed
 * reply, whose open-streams gauge shows a stream held open, and whose labels never carry an id
 * or a key. Readiness follows the database and Redis, and fails while the server drains.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning, startServeProcess, type ServeProcess } from './helpers/process.ts';
import { parseExposition, total, type Exposition } from './helpers/prometheus.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, countEvents, createConversation, parseStrict, postMessage, readRest, readUntil, send, type Api } from './helpers/sse.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
const dirs: string[] = [];
const children: ServeProcess[] = [];
const pids: number[] = [];
const servers: TestServer[] = [];

afterEach(async () => {
  for (const p of children.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  }
  for (const pid of pids.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** `npm start` on an empty SQLite database; returns the server and the customer key it printed. */
async function npmStart(env: Record<string, string>): Promise<{ p: ServeProcess; api: Api }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ops-'));
  dirs.push(dir);
  const p = await startServeProcess(
    { DATABASE_URL: `sqlite:${join(dir, 'parley.db')}`, npm_config_loglevel: 'silent', LOG_LEVEL: 'info', ...env },
    ['npm', 'start'],
  );
  children.push(p);
  // npm runs the server through a shell: its own pid, from its JSON log, is killed afterwards.
  pids.push(Number(/"pid":(\d+)/.exec(p.output())?.[1]));
  const key = /customer key \(lxc_\):\s+(lxc_\S+)/.exec(p.output())![1]!;
  return { p, api: { url: p.url, key } };
}

async function scrape(url: string): Promise<Exposition> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await res.text());
}

const completed = (e: Exposition) => total(e, 'parley_replies_finished_total', { status: 'complete' });

describe('npm start with PARLEY_METRICS_TOKEN', () => {
  it('is ready, guards /metrics, counts each completed reply once, shows a held stream, and no label carries an id or key', async () => {
    const { p, api } = await npmStart({ PARLEY_METRICS_TOKEN: TOKEN, PARLEY_OFFLINE_DELAY_MS: '40' });

    const ready = await fetch(`${p.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);

    // Refused without the token, with another one, and with the token in another scheme.
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${api.key}`, `Basic ${TOKEN}`, TOKEN]) {
      const res = await fetch(`${p.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      const body = await res.text();
      expect(JSON.parse(body)).toMatchObject({ code: 'unauthorized' });
      expect(body).not.toContain('parley_');
    }

    const before = await scrape(p.url);
    expect(before.types.get('parley_replies_finished_total')).toBe('counter');
    expect(before.types.get('parley_open_streams')).toBe('gauge');
    expect(before.types.get('process_cpu_seconds_total')).toBe('counter');
    expect(completed(before)).toBe(0);

    const ids: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const id = await createConversation(api);
      ids.push(id);
      const { res, stream } = await send(api, id, `Hello number ${i}`);
      expect(res.status).toBe(200);
      checkInvariants(stream);
      ids.push(res.headers.get('parley-reply-id')!);
      expect(completed(await scrape(p.url))).toBe(i);
    }

    // A stream held open shows in the gauge, and leaves it once it ends.
    const id = await createConversation(api);
    ids.push(id);
    const held = await postMessage(api, id, 'Hello, I am holding this stream open');
    ids.push(held.headers.get('parley-reply-id')!);
    const { raw, reader } = await readUntil(held, (r) => countEvents(r) >= 1);
    const during = await scrape(p.url);
    expect(total(during, 'parley_open_streams')).toBe(1);
    expect(total(during, 'parley_replies_started_total') - total(during, 'parley_replies_finished_total')).toBe(1);
    checkInvariants(parseStrict(await readRest(reader, raw)));
    const after = await scrape(p.url);
    expect(total(after, 'parley_open_streams')).toBe(0);
    expect(completed(after)).toBe(3);
    expect(total(after, 'parley_http_requests_total', { route: '/api/v1/customer/conversations/:id/messages', status: '200' })).toBe(3);
    expect(total(after, 'parley_model_request_duration_seconds_count', { provider: 'offline', code: 'ok' })).toBe(3);
    expect(total(after, 'parley_event_writer_batch_size_count')).toBeGreaterThan(0);

    // No label value is an id, a key or the token: only templates and fixed names.
    const values = after.samples.flatMap((s) => Object.values(s.labels));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      for (const secret of [...ids, api.key, TOKEN]) expect(value).not.toContain(secret);
      expect(value).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|lx[cm]_/i);
    }
  }, 60_000);

  it('without PARLEY_METRICS_TOKEN there is no /metrics (404), and /readyz still answers', async () => {
    const { p } = await npmStart({});
    const res = await fetch(`${p.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
    expect((await fetch(`${p.url}/readyz`)).status).toBe(200);
  }, 60_000);
});

describe('/readyz', () => {
  it('requires Redis when REDIS_URL is set: 200 with a live Redis, 503 naming it without one', async () => {
    const live = await startTestServer({ env: { REDIS_URL: 'redis://127.0.0.1:6379', PARLEY_REDIS_PREFIX: `ops-test-${process.pid}:` } });
    servers.push(live);
    // Ready once its Redis connection is up (it connects at start; a probe before that says 503,
    // as a load balancer should hear): a busy machine may take a moment.
    let ok = await fetch(`${live.url}/readyz`);
    for (const until = Date.now() + 5_000; ok.status !== 200 && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 100));
      ok = await fetch(`${live.url}/readyz`);
    }
    expect({ status: ok.status, body: await ok.json() }).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', redis: 'ok' } } });

    // Port 9 on loopback: nothing listens there, so every connect is refused at once.
    const dead = await startTestServer({ env: { REDIS_URL: 'redis://127.0.0.1:9' } });
    servers.push(dead);
    const down = await fetch(`${dead.url}/readyz`);
    expect({ status: down.status, body: await down.json() }).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { database: 'ok', redis: 'failed' } },
    });
    expect((await fetch(`${dead.url}/healthz`)).status).toBe(200);
  }, 30_000);

  it('fails when the database does not answer', async () => {
    const t = await startTestServer();
    servers.push(t);
    const count = t.store.countOrganizations.bind(t.store);
    t.store.countOrganizations = () => Promise.reject(new Error('database is gone'));
    const res = await fetch(`${t.url}/readyz`);
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'failed' } } });
    t.store.countOrganizations = count;
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });

  it('answers 503 while a SIGTERM drain runs, while /healthz (liveness) still answers 200', async () => {
    const t = await startTestServer({ env: { PARLEY_OFFLINE_DELAY_MS: '100', PARLEY_SHUTDOWN_GRACE_MS: '3000' } });
    const api: Api = { url: t.url, key: t.customerKey };
    const id = await createConversation(api);
    const { raw, reader } = await readUntil(await postMessage(api, id, 'Hello, keep streaming while I drain'), (r) => countEvents(r) >= 1);
    expect((await t.server.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    const closing = t.close();
    const readyz = await t.server.app.inject({ url: '/readyz' });
    expect(readyz.statusCode).toBe(503);
    expect(readyz.json()).toMatchObject({ code: 'shutting_down' });
    expect((await t.server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    checkInvariants(parseStrict(await readRest(reader, raw)));
    await closing;
  }, 30_000);
});
