/**
 * Starts Parley: opens and migrates the store, closes replies a crash left open, builds the
 * app, listens, and on SIGTERM/SIGINT drains (stop accepting, let runs finish until the grace
 * deadline, end the rest with an error event and `[DONE]`) before exiting 0.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createAgentRuntime } from './agents/create-agents.ts';
import type { AgentResolver, AgentRuntime } from './agents/types.ts';
import type { Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { createHandoff } from './handoff/create-handoff.ts';
import { createLogger } from './log.ts';
import { createReplyBus } from './runs/reply-bus.ts';
import { RunManager } from './runs/run-manager.ts';
import { createStore } from './storage/create-store.ts';
import type { Store } from './storage/types.ts';
import { enableMetrics } from './telemetry/metrics.ts';
import { enableTracing, tracing } from './telemetry/tracing.ts';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  runs: RunManager;
  log: Logger;
  /** Graceful stop: refuse new requests, drain runs, close connections and the store. */
  shutdown(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  store?: Store;
  /** Replaces the agents of the runtime (tests script their own). */
  agents?: AgentResolver;
  runtime?: AgentRuntime;
}

/**
 * Starts the server. A failure closes whatever was opened (database, listening socket) and
 * rejects with an `Error` whose message is one line naming the cause.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  // Before the logger (its lines then carry trace ids) and the runtime (its model is observed).
  // Each loads its SDK only here, only when configured.
  if (config.otlpEndpoint) await enableTracing({ endpoint: config.otlpEndpoint, serviceName: config.serviceName });
  if (config.metricsToken) await enableMetrics();
  const log = options.log ?? createLogger(config.logLevel);
  const store = options.store ?? (await createStore(config.databaseUrl, { sqliteSynchronous: config.sqliteSynchronous, pgCache: config.pgCache }));
  let app: FastifyInstance | undefined;
  try {
    return await serve(config, options, log, store, (built) => (app = built));
  } catch (err) {
    // Close what this start opened, so nothing (a pool, a socket, a timer) keeps the process alive.
    await app?.close().catch(() => {});
    if (!options.store) await store.close().catch(() => {});
    throw err;
  }
}

async function serve(
  config: Config,
  options: StartOptions,
  log: Logger,
  store: Store,
  built: (app: FastifyInstance) => void,
): Promise<RunningServer> {
  try {
    await store.migrate();
  } catch (err) {
    throw new Error(`database migration failed: ${firstLine(err)}`);
  }
  // TESTING.md DEL-12: say so at start when committed data could be lost.
  const durability = await store.durability();
  if (durability.problems.length > 0) log.warn({ settings: durability.settings, problems: durability.problems }, 'the database is not fully durable');
  else log.info({ settings: durability.settings }, 'database durability settings checked');
  // SQLite belongs to one instance: every reply still streaming was this instance's. On
  // PostgreSQL other live instances may run some: close only those whose owner's lease expired
  // (the sweeper of RunManager closes the rest once their owner stops renewing).
  const shared = store.dialect === 'postgres';
  const recovered = await store.recoverUnfinishedReplies(
    new Date().toISOString(),
    (reply, err) => log.error({ err, ...reply }, 'could not rebuild an unfinished reply; closed it without its text or skipped it'),
    shared ? { leaseMs: config.runLeaseMs } : {},
  );
  if (recovered.length > 0) log.warn({ count: recovered.length }, 'closed replies left unfinished by a previous crash');

  // With REDIS_URL, instances on one database signal each other (stored events, stops).
  const bus = createReplyBus(config.redisUrl, config.redisPrefix, log);
  // Issue 14: webhooks (outbox worker), staff replies, the customer's conversation events.
  const handoff = createHandoff(config, store, log, bus);
  const runtime = options.runtime ?? createAgentRuntime(config, store, log, undefined, handoff);
  const runs = new RunManager({
    store,
    timeoutMs: config.streamTimeoutMs,
    heartbeatMs: config.heartbeatMs,
    log,
    onFinished: (reply) => {
      runtime.onReplyFinished?.(reply);
      if (reply.escalationReason !== null && handoff) {
        handoff.deps.signals.notify(reply.conversation.id);
        handoff.deps.worker.wake();
      }
    },
    bus,
    lease: shared ? { ownerId: randomUUID(), leaseMs: config.runLeaseMs } : undefined,
  });
  // Public chat session tokens: PARLEY_SESSION_SECRET, else one the database keeps for every
  // instance and restart (the first instance to start stores it).
  const sessionSecret = config.sessionSecret ?? (await store.ensureSecret('public-session-tokens', randomBytes(32).toString('base64url')));
  let shuttingDown = false;
  const app = await buildApp({
    sessionSecret,
    config,
    store,
    runs,
    agents: options.agents ?? runtime.agents,
    log,
    isShuttingDown: () => shuttingDown,
    // A runtime given by the caller has no handoff routes of its own.
    plugins: options.runtime && handoff ? [...runtime.plugins, handoff.plugin] : runtime.plugins,
  });
  app.addHook('onClose', async () => {
    runs.close();
    await handoff?.deps.worker.stop(0);
    await bus.close();
  });
  built(app);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    throw new Error(listenFailure(err, config));
  }
  handoff?.deps.worker.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      shuttingDown = true;
      log.info({ activeRuns: runs.size }, 'shutting down');
      // Stop accepting; idle keep-alive sockets close, open streams stay until their run ends.
      const closed = new Promise<void>((resolve) => app.server.close(() => resolve()));
      await runs.drain(config.shutdownGraceMs);
      // Attempts under way may finish; one cut short is sent again after its claim lapses.
      await handoff?.deps.worker.stop(Math.min(config.shutdownGraceMs, 2000));
      app.server.closeIdleConnections();
      await Promise.race([closed, new Promise((r) => setTimeout(r, 1000).unref())]);
      app.server.closeAllConnections();
      await app.close();
      await store.close();
      await tracing.flush().catch((err: unknown) => log.warn({ err }, 'exporting the last spans failed'));
      log.info('stopped');
    })());

  return { url: `http://${host}:${port}`, app, store, runs, log, shutdown };
}

/** Why `listen` failed, in words: `port 3000 on 127.0.0.1 is already in use`. */
function listenFailure(err: unknown, config: Config): string {
  const where = `port ${config.port} on ${config.host}`;
  switch ((err as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return `${where} is already in use`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to listen on ${where} (ports below 1024 need privileges)`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${where}: this machine has no such address (HOST)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${where}: host ${config.host} not found (HOST)`;
    default:
      return `cannot listen on ${where}: ${firstLine(err)}`;
  }
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}
