/**
 * Issue 17, the metrics a send path cannot show in the process test: a model failure counted by
 * provider and code and the reply by its status and error code, an escalation, a rate-limited
 * request, and the webhook hooks issue 14's worker calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentRuntime } from '../src/agents/create-agents.ts';
import type { AgentResolver } from '../src/agents/types.ts';
import { ModelError, type LanguageModel } from '../src/model/types.ts';
import { enableMetrics, metrics } from '../src/telemetry/metrics.ts';
import { parseExposition, total } from './helpers/prometheus.ts';
import { ScriptedAgent } from './helpers/scripted-agent.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { createConversation, postMessage, send, type Api } from './helpers/sse.ts';

/** A provider that starts a reply, then reports itself overloaded. */
const overloaded: LanguageModel = {
  provider: 'fake-provider',
  modelId: 'fake-model',
  async *stream() {
    yield { type: 'text-delta', text: 'Let me' };
    throw new ModelError('upstream_overloaded', 'HTTP 529 from upstream');
  },
};

let t: TestServer;
let api: Api;

beforeAll(async () => {
  await enableMetrics();
  let failing: AgentResolver | undefined;
  const escalating = new ScriptedAgent({ deltas: ['Passing you to a person.'], escalate: 'asked for a human' });
  const agents: AgentResolver = (conversation) => ({
    reply: (input, signal) =>
      input.userMessage.content === 'escalate' ? escalating.reply(input, signal as never) : failing!(conversation).reply(input, signal),
  });
  t = await startTestServer({ agents, env: { PARLEY_RATE_LIMIT_PER_MINUTE: '2' } });
  failing = createAgentRuntime(t.config, t.store, t.server.log, overloaded).agents;
  api = { url: t.url, key: t.customerKey };
});

afterAll(async () => {
  await t?.close();
});

const scrape = async () => parseExposition((await metrics.expose()).body);

describe('metrics', () => {
  it('a model failure counts the model error by provider and code, and the reply as partial with that code', async () => {
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'What are your opening hours?');
    expect(JSON.parse(stream.events.at(-2)!.data)).toMatchObject({ code: 'upstream_overloaded' });
    const e = await scrape();
    expect(total(e, 'parley_model_errors_total', { provider: 'fake-provider', code: 'upstream_overloaded' })).toBe(1);
    expect(total(e, 'parley_model_request_duration_seconds_count', { provider: 'fake-provider', code: 'upstream_overloaded' })).toBe(1);
    expect(total(e, 'parley_replies_finished_total', { channel: 'customer', status: 'partial', error: 'upstream_overloaded' })).toBe(1);
    expect(total(e, 'parley_replies_finished_total', { status: 'complete' })).toBe(0);
  });

  it('an escalation is counted once, and the rate-limited request too', async () => {
    const other = await t.createOrg();
    const mine: Api = { url: t.url, key: other.customerKey };
    const id = await createConversation(mine);
    await send(mine, id, 'escalate');
    expect(total(await scrape(), 'parley_escalations_total', { channel: 'customer' })).toBe(1);
    // The key's third request this minute (after the create and the send) is refused.
    const refused = await postMessage(mine, id, 'again');
    expect(refused.status).toBe(429);
    await refused.arrayBuffer();
    const e = await scrape();
    expect(total(e, 'parley_rate_limited_requests_total')).toBe(1);
    expect(total(e, 'parley_http_requests_total', { route: '/api/v1/customer/conversations/:id/messages', status: '429' })).toBe(1);
  });

  it('a request to no route is labelled unmatched, not by its path', async () => {
    await (await fetch(`${t.url}/no/such/path-4f1c`)).arrayBuffer();
    const e = await scrape();
    expect(total(e, 'parley_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    expect(e.samples.some((s) => Object.values(s.labels).some((v) => v.includes('4f1c')))).toBe(false);
  });

  it('the webhook hooks feed parley_webhook_deliveries_total and parley_webhook_backlog', async () => {
    metrics.webhookDelivery('delivered');
    metrics.webhookDelivery('delivered');
    metrics.webhookDelivery('retrying');
    metrics.webhookBacklog(7);
    const e = await scrape();
    expect(total(e, 'parley_webhook_deliveries_total', { outcome: 'delivered' })).toBe(2);
    expect(total(e, 'parley_webhook_deliveries_total', { outcome: 'retrying' })).toBe(1);
    expect(total(e, 'parley_webhook_backlog')).toBe(7);
  });
});
