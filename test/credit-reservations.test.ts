/**
 * Credits under concurrency (issue 12, item 5), over real sockets on both engines: sends reserve
 * their reply's bound, so 50 concurrent sends against a small balance spend at most the balance
 * plus one bound; the rest are 402 JSON before any stream starts, and no reservation outlives
 * its reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KyselyStore } from '../src/storage/kysely-store.ts';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, createConversation, parseStrict, postMessage, readRest, readUntil, stop, type Api } from './helpers/sse.ts';

/** A reply's bound here: above what one offline reply uses (checked below), far below 50 replies. */
const BOUND = 1000;
const BALANCE = 1500;

describe.each(DATABASES)('credit reservations on $name', ({ create }) => {
  let db: TestDatabase;
  let t: TestServer;
  beforeAll(async () => {
    db = await create();
    t = await startTestServer({ databaseUrl: db.url, env: { PARLEY_MAX_REPLY_TOKENS: String(BOUND), PARLEY_RATE_LIMIT_PER_MINUTE: 'off' } });
  });
  afterAll(async () => {
    await t?.close();
    await db?.cleanup();
  });

  const kysely = () => t.store as KyselyStore;
  async function balance(orgId: string) {
    const o = await kysely().db.selectFrom('organizations').select(['credits', 'reserved_credits']).where('id', '=', orgId).executeTakeFirstOrThrow();
    const held = await kysely().db.selectFrom('messages').select('reserved_credits').where('org_id', '=', orgId).where('reserved_credits', '!=', 0).execute();
    return { credits: o.credits, reserved: Number(o.reserved_credits), repliesHolding: held.length };
  }

  it('one reply uses fewer tokens than the bound (so the bound below is what limits spending)', async () => {
    const org = await t.createOrg({ credits: null });
    const api: Api = { url: t.url, key: org.customerKey };
    const id = await createConversation(api);
    const res = await postMessage(api, id, 'How do refunds work?');
    expect(res.status).toBe(200);
    checkInvariants(parseStrict(await res.text()));
    const reply = (await t.store.getLatestReply(id))!;
    expect(reply.tokens).toBeGreaterThan(0);
    expect(reply.tokens * 3).toBeLessThan(BOUND);
  });

  it('50 concurrent sends in 50 conversations against a small balance: at most balance + one bound is spent', async () => {
    const org = await t.createOrg({ credits: BALANCE });
    const api: Api = { url: t.url, key: org.customerKey };
    const ids = await Promise.all(Array.from({ length: 50 }, () => createConversation(api)));
    const answers = await Promise.all(
      ids.map(async (id, i) => {
        const res = await postMessage(api, id, `Question ${i}: how do refunds work?`);
        return { id, status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
      }),
    );
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 402);
    expect(ok.length + refused.length).toBe(50);
    // 1500 > 0, 500 > 0, then -500: two reservations fit at once; a reply that ends early frees
    // its unused part for a later send, so a few more may start, never all of them.
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of refused) {
      expect(a.type).toMatch(/^application\/json/);
      expect(JSON.parse(a.body)).toMatchObject({ code: 'payment_required' });
      expect(await t.store.listMessages(a.id)).toEqual([]);
    }
    let served = 0;
    for (const a of ok) {
      expect(a.type).toMatch(/^text\/event-stream/);
      const stream = parseStrict(a.body);
      checkInvariants(stream);
      expect(stream.events.at(-1)!.data).toBe('[DONE]');
      served += (await t.store.getLatestReply(a.id))!.tokens;
    }
    // Every reply used less than the bound, so what was served is what was charged.
    expect(served).toBeLessThanOrEqual(BALANCE + BOUND);
    const after = await balance(org.orgId);
    expect(after).toEqual({ credits: Math.max(0, BALANCE - served), reserved: 0, repliesHolding: 0 });
    expect(after.credits).toBeGreaterThanOrEqual(0);
  });

  it('a balance of 10, below one bound, answers one of 50 concurrent sends and refuses the rest', async () => {
    const org = await t.createOrg({ credits: 10 });
    const api: Api = { url: t.url, key: org.customerKey };
    const ids = await Promise.all(Array.from({ length: 50 }, () => createConversation(api)));
    // 10 - 1000 < 0 after the first reservation; that reply uses more than 10, so none is left after it.
    const answers = await Promise.all(
      ids.map(async (id) => {
        const res = await postMessage(api, id, 'hello');
        return { status: res.status, body: await res.text() };
      }),
    );
    const ok = answers.filter((a) => a.status === 200);
    // While the first reply runs nothing else fits; once it ends the balance is spent (0).
    expect(ok).toHaveLength(1);
    expect(answers.filter((a) => a.status === 402)).toHaveLength(49);
    checkInvariants(parseStrict(ok[0]!.body));
    expect(await balance(org.orgId)).toEqual({ credits: 0, reserved: 0, repliesHolding: 0 });
  });

  it('a stopped reply releases its reservation', async () => {
    const own = await create();
    const slow = await startTestServer({
      databaseUrl: own.url,
      credits: 1000,
      env: { PARLEY_MAX_REPLY_TOKENS: String(BOUND), PARLEY_OFFLINE_DELAY_MS: '30', PARLEY_RATE_LIMIT_PER_MINUTE: 'off' },
    });
    try {
      const api: Api = { url: slow.url, key: slow.customerKey };
      const id = await createConversation(api);
      const res = await postMessage(api, id, 'Tell me about refunds and shipping, please.');
      expect(res.status).toBe(200);
      const { raw, reader } = await readUntil(res, (r) => /^id: 2$/m.test(r));
      const held = await (slow.store as KyselyStore).db.selectFrom('organizations').select('reserved_credits').where('id', '=', slow.orgId).executeTakeFirstOrThrow();
      expect(Number(held.reserved_credits)).toBe(BOUND);
      expect((await stop(api, id)).status).toBe(200);
      checkInvariants(parseStrict(await readRest(reader, raw)));
      const reply = (await slow.store.getLatestReply(id))!;
      expect(reply.status).toBe('stopped');
      const o = await (slow.store as KyselyStore).db.selectFrom('organizations').select(['credits', 'reserved_credits']).where('id', '=', slow.orgId).executeTakeFirstOrThrow();
      expect({ credits: o.credits, reserved: Number(o.reserved_credits) }).toEqual({ credits: 1000 - reply.tokens, reserved: 0 });
    } finally {
      await slow.close();
      await own.cleanup();
    }
  });
});
