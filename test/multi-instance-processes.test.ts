/**
 * Run ownership with a lease (issue 12), with real `parley serve` processes on one fresh
 * PostgreSQL database and Redis: after `kill -9` of the instance running a reply, a survivor
 * closes it once the lease expires (stored `partial`, its log ending with `interrupted` and
 * `[DONE]`) and the conversation takes new messages; restarting an instance that does not run a
 * reply leaves that reply alone.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type TestDatabase } from './helpers/databases.ts';
import { runCli, startServeProcess, type ServeProcess } from './helpers/process.ts';
import { checkInvariants, countEvents, createConversation, history, parseStrict, postMessage, readRest, readUntil, waitFor, type Api } from './helpers/sse.ts';

const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MESSAGE = 'Hello! What can you tell me about your shipping, returns and opening hours?';

const children: ServeProcess[] = [];
const databases: TestDatabase[] = [];
const prefixes: string[] = [];
afterEach(async () => {
  for (const p of children.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill('SIGKILL');
      await p.exited;
    }
  }
  for (const db of databases.splice(0)) await db.cleanup();
  const client = new Redis(REDIS_URL);
  for (const prefix of prefixes.splice(0)) {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length > 0) await client.del(...keys);
  }
  client.disconnect();
});

async function cluster() {
  const db = await freshPostgresDatabase();
  databases.push(db);
  const prefix = `parley-test-${randomUUID()}:`;
  prefixes.push(prefix);
  const env = { DATABASE_URL: db.url, REDIS_URL, PARLEY_REDIS_PREFIX: prefix, PARLEY_RUN_LEASE_MS: '2000', PARLEY_OFFLINE_DELAY_MS: '100' };
  const org = await runCli(['org', 'create', '--name', 'Lease', '--json'], { DATABASE_URL: db.url });
  const { customerKey } = JSON.parse(org.stdout) as { customerKey: string };
  const start = async () => {
    const p = await startServeProcess(env);
    children.push(p);
    return p;
  };
  return { key: customerKey, start };
}

const streamOf = (api: Api, id: string, replyId: string, after = 0) =>
  fetch(`${api.url}/api/v1/customer/conversations/${id}/stream?replyId=${replyId}`, {
    headers: { authorization: `Bearer ${api.key}`, 'last-event-id': String(after) },
  });

describe('instances on one PostgreSQL database, as processes', () => {
  it('three instances started at once on a new database all listen, and exactly one creates the demo organization', async () => {
    const db = await freshPostgresDatabase();
    databases.push(db);
    const started = await Promise.all([1, 2, 3].map(() => startServeProcess({ DATABASE_URL: db.url })));
    children.push(...started);
    const printed = started.filter((p) => /customer key \(lxc_\):\s+lxc_/.test(p.output()));
    expect(printed).toHaveLength(1);
    const key = /customer key \(lxc_\):\s+(lxc_\S+)/.exec(printed[0]!.output())![1]!;
    // The key works on every instance.
    for (const p of started) expect(await createConversation({ url: p.url, key })).toMatch(/^[0-9a-f-]{36}$/);
    const orgs = await runCli(['org', 'list', '--json'], { DATABASE_URL: db.url });
    expect(JSON.parse(orgs.stdout)).toHaveLength(1);
  });

  it('kill -9 of the instance running a reply: a survivor closes it after the lease, and the conversation goes on', async () => {
    const { key, start } = await cluster();
    const [owner, survivor] = [await start(), await start()];
    const a: Api = { url: owner.url, key };
    const b: Api = { url: survivor.url, key };
    const id = await createConversation(a);
    const res = await postMessage(a, id, MESSAGE);
    const replyId = res.headers.get('parley-reply-id')!;
    const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 2);
    // A client following the reply through the survivor.
    const following = streamOf(b, id, replyId).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 150));
    owner.child.kill('SIGKILL');
    await owner.exited;
    await readRest(reader, raw).catch(() => '');
    // The follower ends once the survivor closed the reply: interrupted, then [DONE].
    const followed = parseStrict(await following);
    checkInvariants(followed);
    expect(JSON.parse(followed.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'interrupted' });
    const messages = await history(b, id);
    expect(messages[1]).toMatchObject({ status: 'partial', content: followed.text });
    // The conversation takes the next message, on the survivor.
    const next = await postMessage(b, id, 'Are you there?');
    expect(next.status).toBe(200);
    checkInvariants(parseStrict(await next.text()));
  });

  it('restarting an instance that does not run a reply leaves the reply alone: it completes, and its stored log equals what was streamed', async () => {
    const { key, start } = await cluster();
    const owner = await start();
    let other = await start();
    const a: Api = { url: owner.url, key };
    const id = await createConversation(a);
    const res = await postMessage(a, id, MESSAGE);
    const replyId = res.headers.get('parley-reply-id')!;
    const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 1);
    const streamed = readRest(reader, raw);
    other.child.kill('SIGTERM');
    expect(await other.exited).toBe(0);
    other = await start();
    const whole = parseStrict(await streamed);
    checkInvariants(whole);
    expect(whole.events.some((e) => e.data.includes('"interrupted"'))).toBe(false);
    const b: Api = { url: other.url, key };
    const stored = parseStrict(await (await streamOf(b, id, replyId)).text());
    expect(stored.events).toEqual(whole.events);
    await waitFor(async () => (await history(b, id))[1]?.status === 'complete', 5000);
  });
});
