/**
 * The README's webhook receiver, run as written (a plain `node` process) against real
 * deliveries: it accepts a delivery signed with its secret (both signatures) and refuses one
 * signed with another secret, which the delivery log then shows as a 401.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from './agents/sse.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { waitFor } from './helpers/sse.ts';
import { freePort } from './helpers/webhook-receiver.ts';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The ```js block of the Webhooks section. */
function receiverSource(): string {
  const section = README.slice(README.indexOf('### Webhooks'));
  const block = /```js\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('README has no receiver example');
  return block[1]!;
}

describe('the README webhook receiver', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function runReceiver(secret: string): Promise<{ url: string; output: () => string }> {
    const dir = mkdtempSync(join(tmpdir(), 'parley-receiver-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'receiver.mjs');
    writeFileSync(file, receiverSource());
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [file], { env: { ...process.env, PORT: String(port), PARLEY_WEBHOOK_SECRET: secret } });
    let out = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (out += c));
    const exited = new Promise((resolve) => child.on('close', resolve));
    cleanups.push(async () => {
      child.kill('SIGTERM');
      await exited;
    });
    await waitFor(() => out.includes('receiver listening'), 10_000);
    return { url: `http://127.0.0.1:${port}/parley`, output: () => out };
  }

  async function escalate(s: TestServer): Promise<void> {
    const id = (await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations', { customerIdentifier: 'ada@example.com' })).body.conversationId;
    const sent = await fetch(`${s.url}/api/v1/customer/conversations/${id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.customerKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'I want to talk to a human' }),
    });
    expect(await sent.text()).toContain('escalated');
  }

  it('accepts a delivery signed with its secret, generated (whsec_) or chosen, and refuses another', async () => {
    const s = await startTestServer({ env: { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true', PARLEY_WEBHOOK_RETRY_BASE_MS: '100', PARLEY_WEBHOOK_MAX_ATTEMPTS: '1' } });
    cleanups.push(() => s.close());
    const log = async (id: string) => (await api(s.url, s.managementKey, 'GET', `/api/v1/management/webhooks/${id}/deliveries`)).body.deliveries[0];

    // A generated secret, as the API shows it.
    const first = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: 'http://127.0.0.1:9/placeholder', events: ['conversation.escalated'] });
    const generated = await runReceiver(first.body.secret);
    await api(s.url, s.managementKey, 'PATCH', `/api/v1/management/webhooks/${first.body.id}`, { url: generated.url });
    // A chosen secret, and a receiver that expects another one.
    const chosen = await runReceiver('a-long-shared-secret');
    const second = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: chosen.url, events: ['conversation.escalated'], secret: 'a-long-shared-secret' });
    const wrong = await runReceiver('not-the-secret-at-all');
    const third = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: wrong.url, events: ['conversation.escalated'], secret: 'a-long-shared-secret' });

    await escalate(s);
    await waitFor(async () => (await log(first.body.id))?.status === 'delivered' && (await log(second.body.id))?.status === 'delivered', 10_000);
    expect(await log(first.body.id)).toMatchObject({ lastResponseCode: 204 });
    expect(generated.output()).toContain('conversation.escalated');
    expect(chosen.output()).toContain('conversation.escalated');
    await waitFor(async () => (await log(third.body.id))?.status === 'failed', 10_000);
    expect(await log(third.body.id)).toMatchObject({ lastResponseCode: 401 });
    expect(wrong.output()).not.toContain('conversation.escalated');
  });
});
