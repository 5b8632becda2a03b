/**
 * The servers the benchmark tools measure: Parley (`bin/parley.js serve`, offline model) and the
 * raw `node:http` baseline (`bench/raw-server.ts`, run compiled from dist/), each a tracked child process on a free port
 * of 127.0.0.1, with the developer's own PARLEY_* settings kept out of it.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer, type ServerChild } from './children.ts';

/** The repository root: the nearest folder above this file (compiled into dist/bench/lib) with a package-lock.json. */
export const REPO = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package-lock.json'))) dir = dirname(dir);
  return dir;
})();

export function parleyEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // The developer's own PARLEY_*/PORT/DATABASE_URL must not leak into the measured servers.
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(PARLEY_|PORT$|HOST$|DATABASE_URL$|REDIS_URL$|LOG_LEVEL$|NODE_OPTIONS$|BENCH_)/.test(k)) env[k] = v;
  }
  return {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PARLEY_LLM: 'offline',
    PARLEY_DEFAULT_CREDITS: 'unlimited',
    // The product default (full: commits survive power loss); BENCH_SQLITE_SYNC=normal measures the opt-out.
    PARLEY_SQLITE_SYNCHRONOUS: process.env.BENCH_SQLITE_SYNC === 'normal' ? 'normal' : 'full',
    // One message per conversation here; the default limit (50) is never reached.
    // Thousands of streams through one key: a limit that is counted (its cost is measured) but
    // never reached; the default (600 a minute) would refuse most of them.
    PARLEY_RATE_LIMIT_PER_MINUTE: '1000000000',
    ...extra,
  };
}

interface ServerOptions {
  name: string;
  /** Write `.cpuprofile` files here (`node --cpu-prof`). */
  cpuProfDir?: string;
  /** Open the inspector (held-stream servers: the benchmark reads their live heap through it). */
  inspect?: boolean;
  /** More node options, before the script. */
  nodeArgs?: string[];
}

function nodeOptions(o: ServerOptions, profSubdir: string): string[] {
  return [
    ...(o.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${join(o.cpuProfDir, profSubdir)}`] : []),
    ...(o.inspect ? ['--inspect=127.0.0.1:0'] : []),
    ...(o.nodeArgs ?? []),
  ];
}

export interface ParleyServerOptions extends ServerOptions {
  databaseUrl: string;
  delayMs: number;
  heartbeatMs?: number;
  streamTimeoutMs?: number;
  /** More environment (REDIS_URL, PARLEY_REDIS_PREFIX for the fan-out instances). */
  env?: Record<string, string>;
}

export function startParley(o: ParleyServerOptions): Promise<ServerChild> {
  const extra: Record<string, string> = { PARLEY_OFFLINE_DELAY_MS: String(o.delayMs) };
  if (o.heartbeatMs !== undefined) extra.PARLEY_HEARTBEAT_MS = String(o.heartbeatMs);
  if (o.streamTimeoutMs !== undefined) extra.PARLEY_STREAM_TIMEOUT_MS = String(o.streamTimeoutMs);
  Object.assign(extra, o.env);
  return spawnServer({
    name: o.name,
    cwd: REPO,
    args: [...nodeOptions(o, 'parley'), 'bin/parley.js', 'serve'],
    env: parleyEnv(o.databaseUrl, extra),
    ready: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
    timeoutMs: 60_000,
  });
}

export interface RawServerOptions extends ServerOptions {
  /** The delta texts of one reply. */
  deltas: string[];
  delayMs: number;
  /** The bearer key a request must carry. */
  key: string;
  /** Send the first event, then hold the response open until the client leaves. */
  hold: boolean;
}

export function startRaw(o: RawServerOptions): Promise<ServerChild> {
  return spawnServer({
    name: o.name,
    cwd: REPO,
    args: [...nodeOptions(o, 'raw'), 'dist/bench/raw-server.js'],
    env: {
      ...parleyEnv('unused'),
      BENCH_DELTAS: JSON.stringify(o.deltas),
      BENCH_DELAY_MS: String(o.delayMs),
      BENCH_HOLD: o.hold ? '1' : '0',
      BENCH_KEY: o.key,
      BENCH_EXIT_WITH_STDIN: '1',
    },
    ready: /raw server listening on (\d+)/,
    timeoutMs: 30_000,
    stdinPipe: true,
  });
}
