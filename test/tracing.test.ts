/**
 * Issue 17, traces: with tracing on (here an in-memory exporter instead of OTLP), a send gives
 * one server span per request, and under it a `reply.run` span whose children are the history
 * load, the retrieval, the model call (with its `first_token` event) and the final commit. The
 * log lines written while a reply runs carry its trace id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createAgentRuntime } from '../src/agents/create-agents.ts';
import type { AgentResolver } from '../src/agents/types.ts';
import { ModelError } from '../src/model/types.ts';
import { enableTracing, tracing } from '../src/telemetry/tracing.ts';
import { startServeProcess } from './helpers/process.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { checkInvariants, createConversation, send, waitFor, type Api } from './helpers/sse.ts';

const exporter = new InMemorySpanExporter();
let t: TestServer;
let api: Api;
const SEND_ROUTE = 'POST /api/v1/customer/conversations/:id/messages';

beforeAll(async () => {
  await enableTracing({ serviceName: 'parley-test', exporter });
  // The real support agent, except for the message "fail", whose reply the model breaks off.
  let real: AgentResolver | undefined;
  const agents: AgentResolver = (conversation) => ({
    reply(input, signal) {
      if (input.userMessage.content !== 'fail') return real!(conversation).reply(input, signal);
      return (async function* () {
        yield { type: 'delta' as const, text: 'Half a' };
        throw new ModelError('upstream_disconnected', 'socket hang up');
      })();
    },
  });
  t = await startTestServer({ agents });
  real = createAgentRuntime(t.config, t.store, t.server.log).agents;
  api = { url: t.url, key: t.customerKey };
});

afterAll(async () => {
  await t?.close();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const childrenOf = (spans: ReadableSpan[], parent: ReadableSpan) => spans.filter((s) => parentOf(s) === parent.spanContext().spanId);

describe('traces', () => {
  it('a send is a server span with a reply.run child holding history load, retrieval, model call (first token) and commit', async () => {
    expect(tracing.enabled).toBe(true);
    const id = await createConversation(api);
    await send(api, id, 'Hello there');
    exporter.reset();
    const { res, stream } = await send(api, id, 'What are your opening hours?');
    checkInvariants(stream);
    // The request's span ends when its response closes, just after the client read [DONE].
    await waitFor(() => exporter.getFinishedSpans().some((s) => s.name === SEND_ROUTE));
    const spans = exporter.getFinishedSpans();

    const request = spans.find((s) => s.name === SEND_ROUTE)!;
    expect(parentOf(request)).toBeUndefined();
    expect(request.attributes).toMatchObject({ 'http.route': '/api/v1/customer/conversations/:id/messages', 'http.response.status_code': 200 });
    const [run, ...others] = childrenOf(spans, request);
    expect(others).toEqual([]);
    expect(run!.name).toBe('reply.run');
    expect(run!.attributes).toMatchObject({ 'parley.channel': 'customer', 'parley.reply.status': 'complete', 'parley.reply.error': 'none' });

    const steps = childrenOf(spans, run!);
    expect(steps.map((s) => s.name).sort()).toEqual(['history.load', 'model.call', 'reply.commit', 'retrieval']);
    const step = (name: string) => steps.find((s) => s.name === name)!;
    expect(step('history.load').attributes['parley.history.messages']).toBe(3);
    const model = step('model.call');
    expect(model.events.map((e) => e.name)).toEqual(['first_token']);
    expect(model.attributes).toMatchObject({ 'gen_ai.system': 'offline', 'parley.model.outcome': 'ok' });
    // In order: history, retrieval, then the model, then the commit once the model finished.
    // The SDK takes a span's start from Date.now() (whole milliseconds) and its end from the
    // monotonic clock after it, so "starts after that one ended" holds to the millisecond.
    const MS = 1e6;
    const at = (s: ReadableSpan) => s.startTime[0] * 1e9 + s.startTime[1];
    const end = (s: ReadableSpan) => s.endTime[0] * 1e9 + s.endTime[1];
    expect(at(step('retrieval'))).toBeGreaterThanOrEqual(end(step('history.load')) - MS);
    expect(at(model)).toBeGreaterThanOrEqual(end(step('retrieval')) - MS);
    expect(at(step('reply.commit'))).toBeGreaterThanOrEqual(end(model) - MS);
    for (const s of [run!, ...steps]) expect(s.spanContext().traceId).toBe(request.spanContext().traceId);
    // The trace names no conversation or reply id (an operator's trace store is not the database).
    const replyId = res.headers.get('parley-reply-id')!;
    expect(JSON.stringify(spans.map((s) => [s.name, s.attributes]))).not.toMatch(new RegExp(`${id}|${replyId}`));
  }, 30_000);

  it('log lines written while a reply runs carry its trace id', async () => {
    exporter.reset();
    const id = await createConversation(api);
    const { stream } = await send(api, id, 'fail');
    expect(JSON.parse(stream.events.at(-2)!.data)).toMatchObject({ type: 'error', code: 'upstream_disconnected' });
    await waitFor(() => exporter.getFinishedSpans().some((s) => s.name === 'reply.run'));
    const run = exporter.getFinishedSpans().find((s) => s.name === 'reply.run')!;
    expect(run.status.code).toBe(2); // SpanStatusCode.ERROR
    const line = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'model failed during a reply')!;
    expect(line).toBeDefined();
    expect(line.trace_id).toBe(run.spanContext().traceId);
    expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
  }, 30_000);
});

/** A local OTLP/HTTP receiver: records the JSON bodies posted to /v1/traces. */
async function otlpReceiver() {
  const bodies: { path: string; type: string; json: unknown }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', json: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, close: () => server.close() };
}

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

describe('OTLP export from the real process', () => {
  it('parley serve with OTEL_EXPORTER_OTLP_ENDPOINT exports the span tree of a send to the receiver (flushed at SIGTERM)', async () => {
    const receiver = await otlpReceiver();
    const dir = mkdtempSync(join(tmpdir(), 'parley-otlp-'));
    try {
      const p = await startServeProcess({
        DATABASE_URL: `sqlite:${join(dir, 'parley.db')}`,
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'parley-otlp-test',
      });
      const key = /customer key \(lxc_\):\s+(lxc_\S+)/.exec(p.output())![1]!;
      const served: Api = { url: p.url, key };
      checkInvariants((await send(served, await createConversation(served), 'Hello')).stream);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);

      expect(receiver.bodies.length).toBeGreaterThan(0);
      expect(receiver.bodies.every((b) => b.path === '/v1/traces' && b.type.startsWith('application/json'))).toBe(true);
      type Body = { resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[] };
      const resources = receiver.bodies.flatMap((b) => (b.json as Body).resourceSpans);
      expect(resources[0]!.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'parley-otlp-test' } });
      const spans = resources.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
      const request = spans.find((s) => s.name === SEND_ROUTE)!;
      const run = spans.find((s) => s.name === 'reply.run' && s.parentSpanId === request.spanId)!;
      expect(run).toBeDefined();
      const steps = spans.filter((s) => s.parentSpanId === run.spanId).map((s) => s.name);
      // A first message needs no history query, but its (short) history.load span is there.
      expect(steps.sort()).toEqual(['history.load', 'model.call', 'reply.commit', 'retrieval']);
    } finally {
      receiver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
