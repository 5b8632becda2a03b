/**
 * SEC-11: the SSRF guard of webhook URLs. Refused when saved (400), including a DNS name that
 * resolves to 127.0.0.1 (`localhost`) and numeric spellings of loopback; checked again at
 * delivery on the resolved address (an endpoint saved while private targets were allowed is
 * not sent to once they are not); redirects are never followed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { api } from './agents/sse.ts';
import { DATABASES } from './helpers/databases.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { waitFor } from './helpers/sse.ts';
import { startReceiver } from './helpers/webhook-receiver.ts';
import { forbiddenAddress } from '../src/webhooks/target.ts';

describe('forbiddenAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '::1', '0.0.0.0', '::', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254',
    'fe80::1', 'fd00:ec2::254', 'fc00::1', '100.64.0.1', '224.0.0.1', '255.255.255.255', '::ffff:127.0.0.1', '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(forbiddenAddress(address)).toBeDefined();
  });
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(forbiddenAddress(address)).toBeUndefined();
  });
});

describe.each(DATABASES)('SSRF guard on $name', ({ create }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function server(env: Record<string, string>, databaseUrl?: string): Promise<TestServer> {
    let url = databaseUrl;
    if (!url) {
      const db = await create();
      cleanups.push(() => db.cleanup());
      url = db.url;
    }
    const s = await startTestServer({ databaseUrl: url, env: { PARLEY_WEBHOOK_RETRY_BASE_MS: '100', ...env } });
    cleanups.push(() => s.close());
    return s;
  }
  async function receiver(script?: Parameters<typeof startReceiver>[0]) {
    const r = await startReceiver(script);
    cleanups.push(() => r.close());
    return r;
  }
  async function escalate(s: TestServer): Promise<void> {
    const id = (await api(s.url, s.customerKey, 'POST', '/api/v1/customer/conversations')).body.conversationId;
    const sent = await fetch(`${s.url}/api/v1/customer/conversations/${id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.customerKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'I want to talk to a human' }),
    });
    expect(await sent.text()).toContain('escalated');
  }

  it('SEC-11: refuses private, loopback, link-local and non-http targets when saved', async () => {
    const s = await server({});
    const r = await receiver();
    const refused = [
      r.url,
      `http://localhost:${r.port}/hook`, // a DNS name that resolves to 127.0.0.1
      'http://[::1]/hook',
      'http://0.0.0.0/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:127.0.0.1]/hook',
      'http://2130706433/hook',
      'http://0x7f000001/hook',
      'http://017700000001/hook',
      'http://10.1.2.3/hook',
      'http://192.168.0.10/hook',
      'http://[fd00:ec2::254]/hook',
      `http://user:pass@127.0.0.1:${r.port}/hook`,
      'ftp://example.com/hook',
      'file:///etc/passwd',
      'not a url',
    ];
    for (const url of refused) {
      const answer = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url, events: ['conversation.escalated'] });
      expect(answer.status, url).toBe(400);
      expect(answer.body.code).toBe('invalid_request');
    }
    const created = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: 'https://93.184.216.34/hook', events: ['conversation.escalated'] });
    expect(created.status).toBe(201);
    const patched = await api(s.url, s.managementKey, 'PATCH', `/api/v1/management/webhooks/${created.body.id}`, { url: `http://localhost:${r.port}/hook` });
    expect(patched.status).toBe(400);
    expect((await api(s.url, s.managementKey, 'GET', '/api/v1/management/webhooks')).body.webhooks).toHaveLength(1);
    expect(r.received).toHaveLength(0);
  });

  it('SEC-11: checks the resolved address again at delivery', async () => {
    const db = await create();
    cleanups.push(() => db.cleanup());
    const r = await receiver();
    const allowed = await startTestServer({ databaseUrl: db.url, env: { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true' } });
    const created = await api(allowed.url, allowed.managementKey, 'POST', '/api/v1/management/webhooks', { url: `http://localhost:${r.port}/hook`, events: ['conversation.escalated'] });
    expect(created.status).toBe(201);
    const managementKey = allowed.managementKey;
    const customerKey = allowed.customerKey;
    await allowed.server.shutdown();

    const strict = await server({}, db.url);
    await escalate({ ...strict, customerKey });
    const log = async () => (await api(strict.url, managementKey, 'GET', `/api/v1/management/webhooks/${created.body.id}/deliveries`)).body.deliveries;
    await waitFor(async () => (await log())[0]?.attempts >= 1, 10_000);
    expect((await log())[0]).toMatchObject({ lastResponseCode: null, lastError: expect.stringMatching(/loopback/) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.received).toHaveLength(0);
  });

  it('SEC-11: does not follow a redirect', async () => {
    const target = await receiver();
    const redirecting = await receiver(() => ({ redirect: target.url }));
    const s = await server({ PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true', PARLEY_WEBHOOK_MAX_ATTEMPTS: '2' });
    const created = await api(s.url, s.managementKey, 'POST', '/api/v1/management/webhooks', { url: redirecting.url, events: ['conversation.escalated'] });
    await escalate(s);
    const log = async () => (await api(s.url, s.managementKey, 'GET', `/api/v1/management/webhooks/${created.body.id}/deliveries`)).body.deliveries;
    await waitFor(async () => (await log())[0]?.status === 'failed', 10_000);
    expect((await log())[0]).toMatchObject({ attempts: 2, lastResponseCode: 302, lastError: expect.stringMatching(/redirect/) });
    expect(redirecting.received).toHaveLength(2);
    expect(target.received).toHaveLength(0);
  });
});
