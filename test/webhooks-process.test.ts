/**
 * DEL-13 with the real `parley serve` process, on SQLite and PostgreSQL: the receiver answers
 * 500, 500, nothing (timeout), 302, then 200, and the sender is SIGKILLed between attempts and
 * started again. The outbox row survives the kill; every attempt carries the same webhook-id;
 * the 302 is a failure and not followed; the waits follow the published schedule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { api } from './agents/sse.ts';
import { DATABASES } from './helpers/databases.ts';
import { isRunning, runCli, startServeProcess, type ServeProcess } from './helpers/process.ts';
import { waitFor } from './helpers/sse.ts';
import { startReceiver } from './helpers/webhook-receiver.ts';

// Between attempt 2's record and attempt 3 the worker waits 2 × BASE_MS: the test must see the
// record and SIGKILL the process inside that window. At 200 ms a busy CI machine sometimes let
// attempt 3 go out first (it then arrived from the dying process and the restart resent it).
const BASE_MS = 600;
const TIMEOUT_MS = 500;

describe.each(DATABASES)('webhook delivery across a SIGKILL on $name', ({ create }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function serve(env: Record<string, string>): Promise<ServeProcess> {
    const p = await startServeProcess(env);
    cleanups.push(async () => {
      if (p.child.pid !== undefined && isRunning(p.child.pid)) {
        p.child.kill('SIGKILL');
        await p.exited;
      }
    });
    return p;
  }

  it('DEL-13: 500, 500, SIGKILL, timeout, 302, 200: delivered once the process is back, same webhook-id throughout', async () => {
    const db = await create();
    cleanups.push(() => db.cleanup());
    const target = await startReceiver(() => 200);
    cleanups.push(() => target.close());
    const answers = [500, 500, 'stall', { redirect: target.url }, 200] as const;
    const r = await startReceiver((n) => answers[Math.min(n, answers.length - 1)]!);
    cleanups.push(() => r.close());

    const env = {
      DATABASE_URL: db.url,
      PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true',
      PARLEY_WEBHOOK_RETRY_BASE_MS: String(BASE_MS),
      PARLEY_WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
      PARLEY_OFFLINE_DELAY_MS: '0',
    };
    const org = await runCli(['org', 'create', '--name', 'Hooks', '--json'], { DATABASE_URL: db.url });
    const { customerKey, managementKey } = JSON.parse(org.stdout) as { customerKey: string; managementKey: string };
    const first = await serve(env);
    const created = await api(first.url, managementKey, 'POST', '/api/v1/management/webhooks', { url: r.url, events: ['conversation.escalated'] });
    expect(created.status).toBe(201);
    const conversation = (await api(first.url, customerKey, 'POST', '/api/v1/customer/conversations')).body.conversationId;
    const sent = await fetch(`${first.url}/api/v1/customer/conversations/${conversation}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customerKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Please connect me with a human' }),
    });
    expect(await sent.text()).toContain('"status":"escalated"');

    // Two failed attempts, both recorded, then the process dies before the third. (Killed as
    // soon as the receiver has the second request, the process may not yet have recorded its
    // 500: that attempt would then be sent again and not counted, which is at-least-once too,
    // but not the sequence this test is about.)
    const deliveries = async () => (await api(first.url, managementKey, 'GET', `/api/v1/management/webhooks/${created.body.id}/deliveries`)).body.deliveries;
    await waitFor(() => r.received.length === 2, 10_000);
    await waitFor(async () => (await deliveries())[0]?.attempts === 2, 10_000, 5);
    expect(r.received).toHaveLength(2);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await serve(env);
    await waitFor(() => r.received.length === 5, 40_000);
    const log = async () => (await api(second.url, managementKey, 'GET', `/api/v1/management/webhooks/${created.body.id}/deliveries`)).body.deliveries;
    await waitFor(async () => (await log())[0]?.status === 'delivered', 5000);
    expect((await log())[0]).toMatchObject({ status: 'delivered', attempts: 5, lastResponseCode: 200, lastError: null });

    expect(new Set(r.received.map((x) => x.headers['webhook-id'])).size).toBe(1);
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    expect(target.received).toHaveLength(0); // the redirect was not followed
    const at = r.received.map((x) => x.at);
    // Waits before attempts 2, 4 and 5 (same process): at least base × 2^(n-1) after the
    // previous attempt ended (attempt 3 ended at its timeout). The receiver stamps each request
    // when it arrives, a few milliseconds after the sender started it on a busy machine (3 ms
    // short of the bound was seen): hence the 50 ms of slack.
    const SLACK_MS = 50;
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(BASE_MS - SLACK_MS);
    // Attempt 3 is the restarted process's first request: on a busy machine it reached the
    // receiver 164 ms after the sender started it (and its timeout), so more slack there.
    const COLD_SLACK_MS = 300;
    expect(at[3]! - at[2]!).toBeGreaterThanOrEqual(TIMEOUT_MS + BASE_MS * 4 - COLD_SLACK_MS);
    expect(at[4]! - at[3]!).toBeGreaterThanOrEqual(BASE_MS * 8 - SLACK_MS);
    expect(at[4]! - at[3]!).toBeLessThan(BASE_MS * 8 * 1.2 + 2000);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);
});
