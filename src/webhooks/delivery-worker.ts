/**
 * The webhook delivery worker (README: webhooks). It claims due deliveries from the outbox
 * (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so of several instances exactly one sends
 * each attempt), sends them (send.ts), and records the outcome:
 *
 * - a 2xx answer: delivered;
 * - anything else (an error status, a redirect, no answer within 10 s, a refused target): the
 *   attempt `n` (1, 2, …) failed, and attempt `n + 1` is due after
 *   `PARLEY_WEBHOOK_RETRY_BASE_MS × 2^(n-1)`, stretched by a random 0-20 % (jitter), at most
 *   one hour; after `PARLEY_WEBHOOK_MAX_ATTEMPTS` attempts the delivery is `failed`;
 * - `PARLEY_WEBHOOK_DISABLE_AFTER` deliveries failed in a row disable the endpoint.
 *
 * A claim holds for the attempt's timeout plus a margin: if the instance dies mid-attempt the
 * delivery is due again when the claim lapses (at least once). Everything is in the database,
 * so a restart continues where the last process stopped.
 */
import type { Logger } from 'pino';
import type { HandoffStore, Webhook, WebhookDelivery } from '../storage/handoff-store.ts';
import { metrics } from '../telemetry/metrics.ts';
import { sendWebhook, WEBHOOK_TIMEOUT_MS, type AttemptOutcome } from './send.ts';
import { signatureHeaders } from './signature.ts';

export interface WebhookWorkerOptions {
  store: HandoffStore;
  log: Logger;
  allowPrivate: boolean;
  retryBaseMs: number;
  maxAttempts: number;
  disableAfter: number;
  /** How often to look for due deliveries recorded by other instances (ms). */
  pollMs?: number;
  timeoutMs?: number;
  /** The most attempts under way at once. */
  batch?: number;
  /** SQLite: the database has one process, so claims left at start are a dead process's. */
  releaseClaimsAtStart?: boolean;
}

/** The most a retry waits. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** The delay before attempt `failed + 1`, after `failed` failed attempts (≥ 1); `random` in [0, 1). */
export function retryDelayMs(baseMs: number, failed: number, random = Math.random()): number {
  const exponential = baseMs * 2 ** Math.min(failed - 1, 30);
  return Math.min(MAX_RETRY_DELAY_MS, Math.round(exponential * (1 + 0.2 * random)));
}

export class WebhookWorker {
  readonly #o: Required<WebhookWorkerOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again = false;
  #stopped = true;
  readonly #inFlight = new Set<Promise<void>>();
  /** The deliveries whose attempts are under way. */
  readonly #sending = new Set<string>();

  constructor(options: WebhookWorkerOptions) {
    this.#o = { pollMs: 1000, timeoutMs: WEBHOOK_TIMEOUT_MS, batch: 10, releaseClaimsAtStart: false, ...options };
  }

  start(): void {
    this.#stopped = false;
    if (!this.#o.releaseClaimsAtStart) return this.wake();
    this.#o.store.releaseClaims('all').then(
      () => this.wake(),
      (err: unknown) => {
        this.#o.log.warn({ err }, 'releasing webhook claims left by the previous process failed');
        this.wake();
      },
    );
  }

  /** Looks for due deliveries now (called after this instance recorded an event). */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = undefined;
    void this.#cycle();
  }

  /**
   * Stops claiming; waits for the attempts under way, at most `waitMs`, and makes those still
   * unfinished due again at once (the next process or another instance sends them).
   */
  async stop(waitMs: number): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.#inFlight), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    if (this.#sending.size === 0) return;
    await this.#o.store.releaseClaims([...this.#sending]).catch((err: unknown) => this.#o.log.warn({ err }, 'releasing unfinished webhook claims failed'));
    this.#sending.clear();
  }

  async #cycle(): Promise<void> {
    this.#running = true;
    let sleepMs = this.#o.pollMs;
    try {
      do {
        this.#again = false;
        // Attempts run on their own (a stalled endpoint holds up only its own deliveries); at
        // most `batch` at once, and the end of each looks for more.
        const room = this.#o.batch - this.#sending.size;
        if (room <= 0) break;
        const now = Date.now();
        const claimed = await this.#o.store.claimDueDeliveries(
          new Date(now).toISOString(),
          new Date(now + this.#o.timeoutMs + 5000).toISOString(),
          room,
        );
        for (const { delivery, webhook } of claimed) this.#track(this.#attempt(delivery, webhook).finally(() => this.wake()));
        if (claimed.length === room) this.#again = true;
      } while (this.#again && !this.#stopped);
      if (metrics.enabled) metrics.webhookBacklog(await this.#o.store.countPending());
      const next = await this.#o.store.nextDueAt();
      if (next !== undefined) sleepMs = Math.max(10, Math.min(sleepMs, Date.parse(next) - Date.now()));
    } catch (err) {
      if (!this.#stopped) this.#o.log.warn({ err }, 'webhook delivery cycle failed; retrying');
    } finally {
      this.#running = false;
    }
    if (!this.#stopped) {
      this.#timer = setTimeout(() => this.wake(), sleepMs);
      this.#timer.unref();
    }
  }

  #track(attempt: Promise<void>): Promise<void> {
    this.#inFlight.add(attempt);
    void attempt.finally(() => this.#inFlight.delete(attempt)).catch(() => undefined);
    return attempt;
  }

  async #attempt(delivery: WebhookDelivery, webhook: Webhook): Promise<void> {
    this.#sending.add(delivery.id);
    try {
      await this.#send(delivery, webhook);
    } catch (err) {
      // Recording the outcome failed: the claim lapses and the delivery is attempted again.
      if (!this.#stopped) this.#o.log.warn({ err, deliveryId: delivery.id }, 'recording a webhook attempt failed');
    } finally {
      this.#sending.delete(delivery.id);
    }
  }

  async #send(delivery: WebhookDelivery, webhook: Webhook): Promise<void> {
    const { store, log, retryBaseMs, maxAttempts, disableAfter } = this.#o;
    const headers = signatureHeaders(webhook.secret, delivery.eventId, Math.floor(Date.now() / 1000), delivery.payload);
    let outcome: AttemptOutcome;
    try {
      outcome = await sendWebhook(webhook.url, delivery.payload, headers, { allowPrivate: this.#o.allowPrivate, timeoutMs: this.#o.timeoutMs });
    } catch (err) {
      log.warn({ err, deliveryId: delivery.id }, 'webhook attempt failed unexpectedly');
      outcome = { ok: false, responseCode: null, error: 'Could not deliver.' };
    }
    const failed = delivery.attempts + 1;
    const now = Date.now();
    const retryAt = outcome.ok || failed >= maxAttempts ? null : new Date(now + retryDelayMs(retryBaseMs, failed)).toISOString();
    if (!outcome.ok) log.info({ deliveryId: delivery.id, webhookId: webhook.id, attempt: failed, error: outcome.error, retryAt }, 'webhook attempt failed');
    await store.recordAttempt({
      deliveryId: delivery.id,
      webhookId: webhook.id,
      ok: outcome.ok,
      responseCode: outcome.responseCode,
      error: outcome.error,
      retryAt,
      disableAfter,
      now: new Date(now).toISOString(),
    });
    metrics.webhookDelivery(outcome.ok ? 'delivered' : retryAt !== null ? 'retrying' : 'failed');
  }
}
