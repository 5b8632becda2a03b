/**
 * A real Parley server for tests: temp SQLite file (or `databaseUrl`), offline model, a real
 * socket on 127.0.0.1, one organization with both keys. Logs are captured, not printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AgentResolver } from '../../src/agents/types.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createOrganization } from '../../src/organizations/create-organization.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import type { Store } from '../../src/storage/types.ts';
import { createStore } from '../../src/storage/create-store.ts';

export interface TestServer {
  url: string;
  customerKey: string;
  managementKey: string;
  orgId: string;
  config: Config;
  server: RunningServer;
  store: Store;
  databaseUrl: string;
  /** Every log line the server wrote. */
  logs: string[];
  /** Another organization with its own keys (for isolation and credit tests). */
  createOrg(options?: { name?: string; credits?: number | null }): Promise<{
    orgId: string;
    customerKey: string;
    managementKey: string;
  }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  agents?: AgentResolver;
  /** Reuse a database (e.g. to test a restart); default: a fresh temp SQLite file. */
  databaseUrl?: string;
  credits?: number | null;
  /** Wraps the store the server uses (e.g. to slow a method down and widen a race). */
  wrapStore?: (store: Store) => Store;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = options.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'parley-test-'));
  const databaseUrl = options.databaseUrl ?? `sqlite:${join(dir!, 'parley.db')}`;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    PARLEY_OFFLINE_DELAY_MS: '0',
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const store = options.wrapStore
    ? options.wrapStore(await createStore(config.databaseUrl, { sqliteSynchronous: config.sqliteSynchronous }))
    : undefined;
  const server = await startServer(config, { log: createLogger(config.logLevel, sink), agents: options.agents, store });
  const createOrg = async (o: { name?: string; credits?: number | null } = {}) => {
    const created = await createOrganization(server.store, {
      name: o.name ?? 'Test Org',
      credits: o.credits === undefined ? null : o.credits,
    });
    return { orgId: created.organization.id, customerKey: created.customerKey, managementKey: created.managementKey };
  };
  const first = await createOrg({ credits: options.credits ?? null });
  return {
    url: server.url,
    ...first,
    config,
    server,
    store: server.store,
    databaseUrl,
    logs,
    createOrg,
    async close() {
      await server.shutdown();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
