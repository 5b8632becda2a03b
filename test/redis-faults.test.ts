/**
 * Redis faults with several instances (issue 12): a Redis server this test starts on its own
 * port is stopped while two instances share one PostgreSQL database. Each instance goes on
 * serving its own replies, following the other's (by polling the database) and stopping them
 * (through the database), logs the fault once, and uses Redis again when it returns, without a
 * restart. Nothing hangs.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase, type TestDatabase } from './helpers/databases.ts';
import { startRedisServer, stopRedisServer, unusedPort } from './helpers/local-redis.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, countEvents, createConversation, history, parseStrict, postMessage, readRest, readUntil, stop, waitFor, type Api } from './helpers/sse.ts';

const MESSAGE = 'Hello! What can you tell me about your shipping, returns and opening hours?';

describe('two instances on one PostgreSQL database while their Redis stops and starts again', () => {
  let db: TestDatabase;
  let port: number;
  let redis: ChildProcess | undefined;
  const instances: TestServer[] = [];
  let key: string;
  const on = (i: number): Api => ({ url: instances[i]!.url, key });

  const startRedis = async () => {
    redis = await startRedisServer(port);
  };
  const stopRedis = async () => {
    await stopRedisServer(redis!);
    redis = undefined;
  };
  const logs = (i: number) => instances[i]!.logs.join('');

  /** A reply on instance 0, followed from instance 1 with Last-Event-ID 0: both see the same frames. */
  async function followAcross() {
    const id = await createConversation(on(0));
    const res = await postMessage(on(0), id, MESSAGE);
    const replyId = res.headers.get('parley-reply-id')!;
    const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 1);
    const followed = await fetch(`${on(1).url}/api/v1/customer/conversations/${id}/stream?replyId=${replyId}`, {
      headers: { authorization: `Bearer ${key}` },
    }).then((r) => r.text());
    const owner = parseStrict(await readRest(reader, raw));
    checkInvariants(owner);
    expect(parseStrict(followed).events).toEqual(owner.events);
  }

  async function stopAcross() {
    const id = await createConversation(on(0));
    const res = await postMessage(on(0), id, MESSAGE);
    const { raw, reader } = await readUntil(res, (r) => countEvents(r) >= 1);
    expect(await (await stop(on(1), id)).json()).toEqual({ stopped: true });
    const rest = parseStrict(await readRest(reader, raw));
    checkInvariants(rest);
    expect((await history(on(1), id))[1]).toMatchObject({ status: 'stopped', content: rest.text });
  }

  beforeAll(async () => {
    port = await unusedPort();
    await startRedis();
    db = await postgresDatabase();
    // Slow replies, so a stop through the database (seen within a second) finds them running.
    const env = { REDIS_URL: `redis://127.0.0.1:${port}`, PARLEY_OFFLINE_DELAY_MS: '150', PARLEY_RATE_LIMIT_PER_MINUTE: 'off' };
    for (let i = 0; i < 2; i++) instances.push(await startTestServer({ databaseUrl: db.url, env }));
    key = instances[0]!.customerKey;
  }, 60_000);

  afterAll(async () => {
    for (const s of instances.splice(0)) await s.close();
    await db?.cleanup();
    if (redis) await stopRedis();
  });

  it('with Redis: a reply is followed and stopped from the other instance', async () => {
    await followAcross();
    await stopAcross();
  });

  it('Redis stopped: each instance logs it once and goes on; following and stopping work through the database', async () => {
    await stopRedis();
    await waitFor(() => logs(0).includes('redis unreachable') && logs(1).includes('redis unreachable'), 10_000, 50);
    await followAcross();
    await stopAcross();
    // A reply of its own, start to end, on each instance.
    for (const i of [0, 1]) {
      const id = await createConversation(on(i));
      checkInvariants(parseStrict(await (await postMessage(on(i), id, 'Hello')).text()));
    }
    for (const i of [0, 1]) expect(logs(i).match(/redis unreachable: replies of other instances/g)).toHaveLength(1);
  }, 60_000);

  it('Redis back: the instances use it again without a restart', async () => {
    await startRedis();
    await waitFor(() => logs(0).includes('redis reachable again') && logs(1).includes('redis reachable again'), 10_000, 50);
    await followAcross();
    await stopAcross();
  }, 60_000);
});
