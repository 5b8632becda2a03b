/**
 * The product as a process: `parley serve` on an empty database, the admin CLI, SIGTERM drain
 * (DEL-08) and `kill -9` with open streams then restart (DEL-07), each on SQLite and on a fresh
 * PostgreSQL database; five starts in a row on a busy machine; `npm start` stopped by one
 * SIGTERM to npm, and by one to its whole process group as soon as it is ready.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPostgresDatabase, type TestDatabase } from './helpers/databases.ts';
import { isRunning, ROOT, runCli, startServeProcess, type ServeProcess } from './helpers/process.ts';
import { checkInvariants, countEvents, createConversation, history, parseStrict, postMessage, readRest, readUntil, send, waitFor, type Api } from './helpers/sse.ts';

const dirs: string[] = [];
const databases: TestDatabase[] = [];
const children: ServeProcess[] = [];
/** Other processes a test started (CPU burners, a server npm started), killed by pid afterwards. */
const pids: number[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-proc-'));
  dirs.push(dir);
  return `sqlite:${join(dir, 'nested', 'parley.db')}`;
}
async function serve(env: Record<string, string>, command?: [string, ...string[]]) {
  const p = await startServeProcess(env, command);
  children.push(p);
  return p;
}
afterEach(async () => {
  for (const pid of pids.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  for (const p of children.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill('SIGKILL');
      await p.exited;
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const db of databases.splice(0)) await db.cleanup();
});

/** Each engine gives a new, empty database per call; afterEach removes it. */
const ENGINES = [
  { engine: 'SQLite', fresh: async () => tempDb(), lease: {} as Record<string, string> },
  {
    engine: 'PostgreSQL',
    // On PostgreSQL a restarted instance closes a dead one's replies once their lease expires.
    lease: { PARLEY_RUN_LEASE_MS: '1000' } as Record<string, string>,
    fresh: async () => {
      const db = await freshPostgresDatabase();
      databases.push(db);
      return db.url;
    },
  },
];

/** Processes that keep every core busy until killed. */
function busyLoops(count: number): ChildProcess[] {
  return Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    pids.push(child.pid!);
    return child;
  });
}

// Each test spawns one to three real servers (and the CLI) on a new database: on a busy
// machine that alone can take most of the default 30 s.
describe.each(ENGINES)('parley serve on $engine', { timeout: 90_000 }, ({ fresh, lease }) => {
  /** After a restart: every reply the killed server ran is closed (on PostgreSQL, once its lease expired). */
  const allClosed = (api: Api, ids: string[]) =>
    waitFor(async () => (await Promise.all(ids.map((id) => history(api, id)))).every((m) => m.length === 2), 15_000, 200);

  it('creates the database and a demo organization on first start, prints both keys once with a curl line', async () => {
    const db = await fresh();
    const first = await serve({ DATABASE_URL: db });
    const out = first.output();
    const customerKey = /customer key \(lxc_\):\s+(lxc_\S+)/.exec(out)?.[1];
    const managementKey = /management key \(lxm_\):\s+(lxm_\S+)/.exec(out)?.[1];
    expect(customerKey).toBeDefined();
    expect(managementKey).toBeDefined();
    expect(out).toContain('Created the demo organization "Demo" (slug: demo).');
    expect(out).toContain(`curl -s -X POST ${first.url}/api/v1/customer/conversations`);
    const api: Api = { url: first.url, key: customerKey! };
    const id = await createConversation(api);
    checkInvariants((await send(api, id, 'hello')).stream);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await serve({ DATABASE_URL: db });
    expect(second.output()).not.toMatch(/lx[cm]_/);
    const api2 = { url: second.url, key: customerKey! };
    expect((await history(api2, id)).length).toBe(2);
  });

  it('SIGTERM drains: open streams finish or end with server_shutting_down + [DONE], exit 0 (DEL-08)', async () => {
    const db = await fresh();
    const org = await runCli(['org', 'create', '--name', 'Drain', '--json'], { DATABASE_URL: db });
    const { customerKey } = JSON.parse(org.stdout) as { customerKey: string };
    // Replies take over 1.5 s; the grace period is shorter, so some streams must be cut by the drain.
    const p = await serve({ DATABASE_URL: db, PARLEY_OFFLINE_DELAY_MS: '250', PARLEY_SHUTDOWN_GRACE_MS: '300' });
    const api: Api = { url: p.url, key: customerKey };
    const ids = await Promise.all(Array.from({ length: 10 }, () => createConversation(api)));
    const reads = await Promise.all(
      ids.map(async (id) => {
        const res = await postMessage(api, id, 'drain me');
        return readUntil(res, (r) => countEvents(r) >= 1);
      }),
    );
    p.child.kill('SIGTERM');
    const streams = await Promise.all(reads.map(({ raw, reader }) => readRest(reader, raw).then(parseStrict)));
    expect(await p.exited).toBe(0);
    for (const s of streams) {
      checkInvariants(s);
      expect(JSON.parse(s.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'server_shutting_down' });
    }
    const again = await serve({ DATABASE_URL: db });
    for (const id of ids) {
      const messages = await history({ url: again.url, key: customerKey }, id);
      expect(messages.map((m) => m.status)).toEqual(['complete', 'partial']);
    }
  });

  it('kill -9 with open streams, then restart: every acknowledged message kept, no reply left running (DEL-07)', async () => {
    const db = await fresh();
    const org = await runCli(['org', 'create', '--name', 'Crash', '--json'], { DATABASE_URL: db });
    const { customerKey } = JSON.parse(org.stdout) as { customerKey: string };
    const p = await serve({ DATABASE_URL: db, PARLEY_OFFLINE_DELAY_MS: '40', ...lease });
    const api: Api = { url: p.url, key: customerKey };
    const ids = await Promise.all(Array.from({ length: 20 }, () => createConversation(api)));
    const acknowledged: { id: string; key: string; seen: number }[] = [];
    await Promise.all(
      ids.map(async (id, i) => {
        const res = await postMessage(api, id, `crash ${i}`, { 'idempotency-key': `crash-${i}` });
        if (res.status !== 200) return;
        const { raw } = await readUntil(res, (r) => countEvents(r) >= 2).catch(() => ({ raw: '' }));
        acknowledged.push({ id, key: `crash-${i}`, seen: countEvents(raw) });
      }),
    );
    await new Promise((r) => setTimeout(r, 150));
    p.child.kill('SIGKILL');
    await p.exited;
    expect(acknowledged.length).toBe(20);

    const again = await serve({ DATABASE_URL: db, ...lease });
    const api2: Api = { url: again.url, key: customerKey };
    await allClosed(api2, ids);
    for (const { id, key } of acknowledged) {
      const messages = await history(api2, id);
      expect(messages[0]).toMatchObject({ role: 'user', status: 'complete' });
      expect(messages).toHaveLength(2);
      expect(['partial', 'complete']).toContain(messages[1]!.status);
      // The stored events close with an error (unless complete) and [DONE]: resume never hangs.
      const replay = parseStrict(await (await fetch(`${again.url}/api/v1/customer/conversations/${id}/stream`, { headers: { authorization: `Bearer ${customerKey}` } })).text());
      checkInvariants(replay);
      expect(replay.text).toBe(messages[1]!.content);
      // A retry with the same idempotency key creates nothing new.
      const retry = await postMessage(api2, id, `crash ${acknowledged.findIndex((a) => a.id === id) >= 0 ? ids.indexOf(id) : 0}`, { 'idempotency-key': key });
      expect(retry.status).toBe(200);
      checkInvariants(parseStrict(await retry.text()));
      expect(await history(api2, id)).toHaveLength(2);
    }
  });

  it('kill -9 at random points: every id a client received names the stored event, and its own Last-Event-ID resumes the stored message (DEL-07)', async () => {
    const db = await fresh();
    const org = await runCli(['org', 'create', '--name', 'Ids', '--json'], { DATABASE_URL: db });
    const { customerKey } = JSON.parse(org.stdout) as { customerKey: string };
    const p = await serve({ DATABASE_URL: db, PARLEY_OFFLINE_DELAY_MS: '50', ...lease });
    const api: Api = { url: p.url, key: customerKey };
    const ids = await Promise.all(Array.from({ length: 16 }, () => createConversation(api)));
    // Each client reads everything it can until the server dies under it.
    const clients = await Promise.all(
      ids.map(async (id, i) => {
        const res = await postMessage(api, id, `Tell me about your opening hours and prices, please (${i})`);
        expect(res.status).toBe(200);
        const replyId = res.headers.get('parley-reply-id')!;
        const client = { id, replyId, raw: '', done: undefined as Promise<void> | undefined };
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        client.done = (async () => {
          for (;;) {
            const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
            if (done) return;
            client.raw += decoder.decode(value, { stream: true });
          }
        })();
        return client;
      }),
    );
    // Once every reply is under way, at a random moment.
    await waitFor(() => clients.every((c) => countEvents(c.raw) >= 1), 10_000);
    await new Promise((r) => setTimeout(r, Math.random() * 300));
    p.child.kill('SIGKILL');
    await p.exited;
    await Promise.all(clients.map((c) => c.done));

    const again = await serve({ DATABASE_URL: db, ...lease });
    const api2: Api = { url: again.url, key: customerKey };
    await allClosed(api2, ids);
    let cutMidReply = 0;
    for (const c of clients) {
      // What the client holds: its complete frames (a frame cut by the kill is not received).
      const complete = c.raw.slice(0, c.raw.lastIndexOf('\n\n') + 2);
      const received = complete.endsWith('\n\n') ? parseStrict(complete) : { events: [], text: '' };
      const lastId = received.events.at(-1)?.id ?? 0;
      const stored = (await history(api2, c.id))[1]!;
      expect(stored.status === 'streaming').toBe(false);
      // The stored log from the start: the client's frames are its first frames, byte for byte.
      const all = await fetch(`${again.url}/api/v1/customer/conversations/${c.id}/stream?replyId=${c.replyId}`, { headers: { authorization: `Bearer ${customerKey}` } });
      const log = parseStrict(await all.text());
      checkInvariants(log);
      expect(log.events.slice(0, received.events.length)).toEqual(received.events);
      expect(log.text).toBe(stored.content);
      if (received.events.at(-1)?.data === '[DONE]') continue;
      cutMidReply += 1;
      // Resuming with its own Last-Event-ID continues exactly where it stopped, to the stored text.
      const cont = await fetch(`${again.url}/api/v1/customer/conversations/${c.id}/stream?replyId=${c.replyId}`, {
        headers: { authorization: `Bearer ${customerKey}`, 'last-event-id': String(lastId) },
      });
      const rest = parseStrict(await cont.text());
      checkInvariants(rest, lastId + 1);
      expect(received.text + rest.text).toBe(stored.content);
      if (stored.status === 'partial') expect(JSON.parse(rest.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'interrupted' });
    }
    // The kill came while replies ran (a reply takes over a second at this pace).
    expect(cutMidReply).toBeGreaterThan(0);
  });

  it('starts five times in a row while two other processes keep the CPU busy; each listens, answers and stops on SIGTERM', async () => {
    busyLoops(2);
    let listened = 0;
    let stoppedCleanly = 0;
    for (let i = 0; i < 5; i++) {
      const p = await serve({ DATABASE_URL: await fresh() });
      listened += 1;
      const health = await fetch(`${p.url}/healthz`);
      expect(health.status).toBe(200);
      await health.arrayBuffer();
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      stoppedCleanly += 1;
    }
    expect({ listened, stoppedCleanly }).toEqual({ listened: 5, stoppedCleanly: 5 });
  }, 180_000);
});

describe.each(ENGINES)('admin CLI on $engine', ({ fresh }) => {
  it('org create --json prints one line with both keys that work; keys list/create/revoke', async () => {
    const db = await fresh();
    const created = await runCli(['org', 'create', '--name', 'Acme Support', '--credits', '500', '--json'], { DATABASE_URL: db });
    expect(created.code).toBe(0);
    expect(created.stdout.trim().split('\n')).toHaveLength(1);
    const org = JSON.parse(created.stdout) as { orgId: string; slug: string; customerKey: string; managementKey: string };
    expect(org.slug).toBe('acme-support');
    expect(org.customerKey).toMatch(/^lxc_/);
    expect(org.managementKey).toMatch(/^lxm_/);

    const dup = await runCli(['org', 'create', '--name', 'Other', '--slug', 'acme-support'], { DATABASE_URL: db });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/taken/);

    const listed = await runCli(['keys', 'list', '--org', 'acme-support', '--json'], { DATABASE_URL: db });
    const keys = JSON.parse(listed.stdout) as { id: string; key: string; type: string }[];
    expect(keys).toHaveLength(2);
    expect(listed.stdout).not.toContain(org.customerKey);
    expect(keys.find((k) => k.type === 'customer')!.key).toBe(`lxc_…${org.customerKey.slice(-4)}`);

    const extra = await runCli(['keys', 'create', '--org', org.orgId, '--type', 'customer', '--label', 'ci', '--json'], { DATABASE_URL: db });
    const newKey = JSON.parse(extra.stdout) as { id: string; key: string };
    expect(newKey.key).toMatch(/^lxc_/);

    const p = await serve({ DATABASE_URL: db });
    expect((await fetch(`${p.url}/api/v1/customer/conversations`, { method: 'POST', headers: { authorization: `Bearer ${newKey.key}` } })).status).toBe(201);
    const revoked = await runCli(['keys', 'revoke', '--org', 'acme-support', '--id', newKey.id], { DATABASE_URL: db });
    expect(revoked.code).toBe(0);
    expect((await fetch(`${p.url}/api/v1/customer/conversations`, { method: 'POST', headers: { authorization: `Bearer ${newKey.key}` } })).status).toBe(401);
    const again = await runCli(['keys', 'revoke', '--org', 'acme-support', '--id', newKey.id], { DATABASE_URL: db });
    expect(again.code).toBe(1);
    const bad = await runCli(['keys', 'create', '--org', 'acme-support', '--type', 'admin'], { DATABASE_URL: db });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/customer or management/);
  });

});

describe('configuration', () => {
  it('a bad configuration is one clear line, not a stack trace', async () => {
    const res = await runCli(['serve'], { DATABASE_URL: 'mysql://nope', PORT: '0' });
    expect(res.code).not.toBe(0);
    expect(res.stderr + res.stdout).toMatch(/DATABASE_URL must start with sqlite: or postgres:\/\//);
    const res2 = await runCli(['serve'], { PARLEY_STREAM_TIMEOUT_MS: 'soon', PORT: '0' });
    expect(res2.stderr + res2.stdout).toMatch(/PARLEY_STREAM_TIMEOUT_MS/);
    for (const r of [res, res2]) expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
    const res3 = await runCli(['serve'], { PARLEY_LLM: 'openai', OPENAI_API_KEY: '', PORT: '0', DATABASE_URL: tempDb() });
    expect(res3.code).toBe(1);
    expect(res3.stderr).toMatch(/OPENAI_API_KEY/);
    expect(res3.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start', () => {
  it('one SIGTERM to the npm process drains the server, which exits with npm: no orphan left answering', async () => {
    // Replies take over 1.5 s and the grace period is shorter, so the open stream must be cut
    // by the drain: proof that the signal reached the server, not only npm.
    const p = await serve(
      { DATABASE_URL: tempDb(), npm_config_loglevel: 'silent', LOG_LEVEL: 'info', PARLEY_OFFLINE_DELAY_MS: '250', PARLEY_SHUTDOWN_GRACE_MS: '300' },
      ['npm', 'start'],
    );
    // The server's pid from its JSON log (npm runs it through a shell, so it is not npm's pid).
    const serverPid = Number(/"pid":(\d+)/.exec(p.output())?.[1]);
    expect(serverPid).toBeGreaterThan(0);
    pids.push(serverPid);
    const customerKey = /customer key \(lxc_\):\s+(lxc_\S+)/.exec(p.output())![1]!;
    const api: Api = { url: p.url, key: customerKey };
    const id = await createConversation(api);
    const { raw, reader } = await readUntil(await postMessage(api, id, 'drain me'), (r) => countEvents(r) >= 1);

    process.kill(p.child.pid!, 'SIGTERM');
    const stream = parseStrict(await readRest(reader, raw));
    expect(await p.exited).toBe(0);
    checkInvariants(stream);
    expect(JSON.parse(stream.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'server_shutting_down' });
    expect(p.output()).toMatch(/"signal":"SIGTERM"[^\n]*"msg":"signal received"/);
    expect(p.output()).toContain('"msg":"stopped"');
    expect(isRunning(serverPid)).toBe(false);
    await expect(fetch(`${p.url}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('SIGTERM to the whole process group the moment /readyz answers, on a busy machine: drains and exits 0 every time (DEL-08)', async () => {
    // What Ctrl-C and systemd do: the signal reaches npm and the server, and npm forwards its copy.
    // /readyz answers before the first start has written the demo organization's keys, and a
    // signal in that window, or the forwarded second copy, used to kill the server undrained.
    busyLoops(2);
    const outcomes: { code: number | null; stopped: boolean }[] = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const child = spawn('npm', ['start'], {
        cwd: ROOT,
        detached: true,
        env: { ...process.env, DATABASE_URL: tempDb(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', npm_config_loglevel: 'silent' },
      });
      pids.push(child.pid!);
      let out = '';
      child.stdout!.on('data', (c) => (out += c));
      child.stderr!.on('data', (c) => (out += c));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      try {
        await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.status === 200, 30_000, 25);
        process.kill(-child.pid!, 'SIGTERM');
        outcomes.push({ code: await exited, stopped: out.includes('"msg":"stopped"') });
      } finally {
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      }
    }
    expect(outcomes).toEqual(Array.from({ length: 3 }, () => ({ code: 0, stopped: true })));
  }, 150_000);
});

/** A port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
