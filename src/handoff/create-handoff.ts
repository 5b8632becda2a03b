/**
 * Wires issue 14 into a server: the handoff store over the server's connection, the webhook
 * delivery worker, the in-process conversation signals and the routes.
 */
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { registerHandoffRoutes } from '../http/routes/handoff-api.ts';
import { agentStoreFor, handoffStoreFor } from '../storage/create-store.ts';
import type { Store } from '../storage/types.ts';
import type { ReplyBus } from '../runs/reply-bus.ts';
import { WebhookWorker } from '../webhooks/delivery-worker.ts';
import { ConversationSignals } from './conversation-stream.ts';
import type { HandoffDeps } from './deps.ts';

export interface Handoff {
  deps: HandoffDeps;
  plugin: (app: FastifyInstance) => void;
}

/** Undefined for a store not made by createStore (a test's wrapper): then no handoff routes. */
export function createHandoff(config: Config, store: Store, log: Logger, bus?: ReplyBus): Handoff | undefined {
  let handoff;
  try {
    handoff = handoffStoreFor(store);
  } catch {
    return undefined;
  }
  const worker = new WebhookWorker({
    store: handoff,
    log,
    allowPrivate: config.webhookAllowPrivate,
    retryBaseMs: config.webhookRetryBaseMs,
    maxAttempts: config.webhookMaxAttempts,
    disableAfter: config.webhookDisableAfter,
    timeoutMs: config.webhookTimeoutMs,
    releaseClaimsAtStart: store.dialect === 'sqlite',
  });
  const deps: HandoffDeps = { store, agentStore: agentStoreFor(store), handoff, config, signals: new ConversationSignals(bus), worker, log };
  return { deps, plugin: (app) => registerHandoffRoutes(app, deps) };
}
