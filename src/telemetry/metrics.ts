/**
 * Prometheus metrics (README: Operations). The process has one recorder, {@link metrics}: a no-op
 * until {@link enableMetrics} (called at start when PARLEY_METRICS_TOKEN is set) loads prom-client
 * and puts the real one in its place. So with metrics off nothing is loaded, nothing is counted,
 * and every hook is an empty call; callers on hot paths check {@link MetricsRecorder.enabled}
 * before doing any work of their own (a timestamp, a listener) for a metric.
 *
 * Labels are bounded by construction: route templates (never paths), channels, final statuses,
 * error codes and provider names from fixed sets. No label ever carries an id, a key or input.
 */
import type { Registry } from 'prom-client';

/** What a webhook delivery attempt came to (issue 14's worker reports each attempt). */
export type WebhookOutcome = 'delivered' | 'failed' | 'retrying' | 'dropped';

export interface MetricsRecorder {
  readonly enabled: boolean;
  /** One HTTP response: its route template (`unmatched` when none), method and status. */
  httpRequest(route: string, method: string, status: number, seconds: number): void;
  /** An SSE response opened / closed (the open-streams gauge). */
  streamOpened(): void;
  streamClosed(): void;
  replyStarted(channel: string): void;
  /**
   * A reply stored with its final status (complete, partial, stopped, refused) and the stream
   * error code it ended with (`none` without one), after `seconds`, using `tokens` credits.
   */
  replyFinished(channel: string, status: string, error: string, seconds: number, tokens: number): void;
  /** From a reply's start to its first event (stored and released to subscribers). */
  firstEvent(channel: string, seconds: number): void;
  /** One model request: `code` is `ok`, `aborted` or a model error code. */
  modelRequest(provider: string, code: string, seconds: number, inputTokens: number, outputTokens: number): void;
  escalation(channel: string): void;
  rateLimited(): void;
  /** One event-writer commit: how many events it stored and how long the write took. */
  eventBatch(size: number, seconds: number): void;
  /**
   * Webhooks (issue 14): call `webhookDelivery` once per delivery attempt with its outcome, and
   * `webhookBacklog` with the number of deliveries waiting whenever it changes (or on each poll).
   */
  webhookDelivery(outcome: WebhookOutcome): void;
  webhookBacklog(waiting: number): void;
  /** The text exposition of every metric (only when enabled). */
  expose(): Promise<{ contentType: string; body: string }>;
}

function nothing(): void {}

/** Metrics off: every hook does nothing. */
export const NO_METRICS: MetricsRecorder = {
  enabled: false,
  httpRequest: nothing,
  streamOpened: nothing,
  streamClosed: nothing,
  replyStarted: nothing,
  replyFinished: nothing,
  firstEvent: nothing,
  modelRequest: nothing,
  escalation: nothing,
  rateLimited: nothing,
  eventBatch: nothing,
  webhookDelivery: nothing,
  webhookBacklog: nothing,
  expose: () => Promise.reject(new Error('metrics are off')),
};

/** The process's recorder (a live binding: it becomes the real one once enabled). */
export let metrics: MetricsRecorder = NO_METRICS;

/** HTTP methods counted by name; anything else is `OTHER`, so a client cannot add label values. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Stream error codes and statuses are fixed sets; anything else is counted as `other`. */
const OUTCOME = /^[a-z_]{1,40}$/;

/** Seconds: replies stream for seconds to minutes; first events come within milliseconds to seconds. */
const REPLY_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];
const FIRST_EVENT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const COMMIT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * Loads prom-client, registers every metric in a registry of its own (with the default process
 * metrics) and makes it the process's recorder. Idempotent: later calls return the same one.
 */
export async function enableMetrics(): Promise<MetricsRecorder> {
  if (metrics.enabled) return metrics;
  const prom = await import('prom-client');
  const registry: Registry = new prom.Registry();
  prom.collectDefaultMetrics({ register: registry });
  const r = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: L[] = []) =>
    new prom.Counter<L>({ name, help, labelNames, registers: r });
  const histogram = <L extends string>(name: string, help: string, buckets: number[], labelNames: L[] = []) =>
    new prom.Histogram<L>({ name, help, labelNames, buckets, registers: r });
  const gauge = (name: string, help: string) => new prom.Gauge({ name, help, registers: r });
  const http = counter('parley_http_requests_total', 'HTTP responses by route template, method and status code', ['route', 'method', 'status']);
  const httpSeconds = histogram('parley_http_request_duration_seconds', 'Time from request to the end of the response (a stream counts until it ends), by route template', REPLY_BUCKETS, ['route', 'method']);
  const openStreams = gauge('parley_open_streams', 'SSE responses open now');
  const started = counter('parley_replies_started_total', 'Replies started, by channel', ['channel']);
  const finished = counter('parley_replies_finished_total', 'Replies stored, by channel, final status (complete, partial, stopped, refused) and the stream error code they ended with (none without one)', ['channel', 'status', 'error']);
  const replySeconds = histogram('parley_reply_duration_seconds', 'Time from a reply starting to its final commit', REPLY_BUCKETS, ['channel']);
  const firstEventSeconds = histogram('parley_time_to_first_event_seconds', 'Time from a reply starting to its first event (produced; clients get it one event-writer commit later)', FIRST_EVENT_BUCKETS, ['channel']);
  const modelSeconds = histogram('parley_model_request_duration_seconds', 'Model requests from call to last part, by provider and outcome code (ok, aborted or an upstream error code)', REPLY_BUCKETS, ['provider', 'code']);
  const modelErrors = counter('parley_model_errors_total', 'Model requests that failed, by provider and error code', ['provider', 'code']);
  const modelTokens = counter('parley_model_tokens_total', 'Tokens the model reported, by provider and direction (input, output)', ['provider', 'direction']);
  const credits = counter('parley_credits_used_total', 'Credits (tokens) the finished replies used, by channel', ['channel']);
  const escalations = counter('parley_escalations_total', 'Conversations handed to a human, by channel', ['channel']);
  const rateLimited = counter('parley_rate_limited_requests_total', 'Requests refused with 429 rate_limited');
  const batchSize = histogram('parley_event_writer_batch_size', 'Reply events stored per event-writer commit', BATCH_BUCKETS);
  const commitSeconds = histogram('parley_event_writer_commit_seconds', 'Time one event-writer commit took', COMMIT_BUCKETS);
  const webhookDeliveries = counter('parley_webhook_deliveries_total', 'Webhook delivery attempts by outcome (delivered, failed, retrying, dropped)', ['outcome']);
  const webhookBacklog = gauge('parley_webhook_backlog', 'Webhook deliveries waiting to be sent');
  const outcome = (o: string) => (OUTCOME.test(o) ? o : 'other');

  metrics = {
    enabled: true,
    httpRequest(route, method, status, seconds) {
      const m = METHODS.has(method) ? method : 'OTHER';
      http.inc({ route, method: m, status: String(status) });
      httpSeconds.observe({ route, method: m }, seconds);
    },
    streamOpened: () => openStreams.inc(),
    streamClosed: () => openStreams.dec(),
    replyStarted: (channel) => started.inc({ channel }),
    replyFinished(channel, status, error, seconds, tokens) {
      finished.inc({ channel, status: outcome(status), error: outcome(error) });
      replySeconds.observe({ channel }, seconds);
      if (tokens > 0) credits.inc({ channel }, tokens);
    },
    firstEvent: (channel, seconds) => firstEventSeconds.observe({ channel }, seconds),
    modelRequest(provider, code, seconds, inputTokens, outputTokens) {
      const c = outcome(code);
      modelSeconds.observe({ provider, code: c }, seconds);
      if (c !== 'ok' && c !== 'aborted') modelErrors.inc({ provider, code: c });
      if (inputTokens > 0) modelTokens.inc({ provider, direction: 'input' }, inputTokens);
      if (outputTokens > 0) modelTokens.inc({ provider, direction: 'output' }, outputTokens);
    },
    escalation: (channel) => escalations.inc({ channel }),
    rateLimited: () => rateLimited.inc(),
    eventBatch(size, seconds) {
      batchSize.observe(size);
      commitSeconds.observe(seconds);
    },
    webhookDelivery: (o) => webhookDeliveries.inc({ outcome: outcome(o) }),
    webhookBacklog: (waiting) => webhookBacklog.set(waiting),
    async expose() {
      // prom-client writes NaN (an event-loop figure before its first sample) as `Nan`, which
      // Prometheus reads but stricter parsers (OpenMetrics) do not: spell it as the format does.
      return { contentType: registry.contentType, body: (await registry.metrics()).replace(/ Nan$/gm, ' NaN') };
    },
  };
  // Every labelled series exists from the start (at 0), so rates and alerts see them at once.
  for (const channel of ['customer', 'management']) {
    started.inc({ channel }, 0);
    for (const status of ['complete', 'stopped', 'refused']) finished.inc({ channel, status, error: 'none' }, 0);
    escalations.inc({ channel }, 0);
  }
  return metrics;
}

/** Seconds since `start` (a `performance.now()` reading). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
