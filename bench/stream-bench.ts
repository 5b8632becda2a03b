/**
 * `npm run bench`: Parley's streaming path against a raw `node:http` baseline, side by side.
 *
 * (A) Parley: `node bin/parley.js serve` as a child process on a temp SQLite database (offline
 *     model, LOG_LEVEL=warn, everything persisted), the organization created first with
 *     `parley org create --json` on the same DATABASE_URL.
 * (B) bench/raw-server.ts: plain node:http, same number of events, same wire format, same
 *     pacing, no storage.
 * This process is the client: many concurrent conversations, each stream = create
 * conversation + POST message, every stream checked (ids 1..N without gap, [DONE] last and
 * nothing after it, text equal to the expected reply).
 *
 * Phases: warm-up; throughput in rounds that alternate the two servers (streams/s, events/s,
 * time to first event, server CPU per stream from /proc/<pid>/stat); held streams (fresh
 * servers whose replies pause after the first delta; RSS from /proc/<pid>/status before and
 * after N more streams are held). See docs/bench.md for how to run and read it.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { killAllChildren, runNode, type ServerChild } from './lib/children.ts';
import { inspectorUrl, liveHeapBytes } from './lib/live-heap.ts';
import { createAgent, createConversation, openStream, requestJson, runPool, type OpenStream, type Target } from './lib/client.ts';
import { isAlive, openFileLimit, readCpuTimes, readRssKb } from './lib/proc.ts';
import { formatProfile, monotonicUs, summarizeProfile, type ProfileWindow } from './lib/profile.ts';
import { REPO, parleyEnv, startParley, startRaw } from './lib/servers.ts';
import { compareWithReference } from './lib/sse-check.ts';
import { runFanout, type FanoutResult } from './lib/fanout.ts';
import { benchRedisPrefix, createBenchDatabase, deleteRedisKeys, DEFAULT_PG_URL, DEFAULT_REDIS_URL, type BenchDatabase } from './lib/postgres.ts';

const MESSAGE = 'Hello, what are your opening hours?';

// ── options ──────────────────────────────────────────────────────────────────
interface Options {
  streams: number;
  concurrency: number;
  held: number;
  heldWarm: number;
  heldConcurrency: number;
  warmup: number;
  rounds: number;
  delayMs: number;
  rawShape: 'api' | 'single';
  quick: boolean;
  json: string | undefined;
  cpuProf: boolean;
  cpuProfDir: string | undefined;
  maxSeconds: number;
  keep: boolean;
  /** Which store(s) Parley runs on; `both` measures SQLite and PostgreSQL in the same rounds. */
  db: 'sqlite' | 'postgres' | 'both';
  /** Streams of the cross-instance fan-out phase (PostgreSQL modes; 0 skips it). */
  fanout: number;
  fanoutConcurrency: number;
  fanoutDelayMs: number;
  pgUrl: string;
  redisUrl: string;
  /** Also measure Parley SQLite with telemetry on, in the same rounds (the A/B of issue 17). */
  telemetry: boolean;
  /** Which telemetry the `--telemetry` server turns on. */
  telemetryParts: ('metrics' | 'tracing')[];
}

// The warm-up is long on purpose: node's HTTP code takes about 1,500 streams to reach its steady
// JIT state, and until then a server's CPU per stream keeps falling (the raw server's by ~3x).
// A short warm-up compares two cold servers and flatters the one doing more work.
const FULL = { streams: 2000, concurrency: 50, held: 5000, heldWarm: 200, heldConcurrency: 100, warmup: 1500, rounds: 4, fanout: 300, fanoutConcurrency: 20, fanoutDelayMs: 250 };
const QUICK = { streams: 600, concurrency: 20, held: 500, heldWarm: 50, heldConcurrency: 50, warmup: 300, rounds: 2, fanout: 60, fanoutConcurrency: 10, fanoutDelayMs: 250 };

const USAGE = `npm run bench -- [options]      (every option also reads BENCH_<NAME>, e.g. BENCH_STREAMS=500;
                                   BENCH_SQLITE_SYNC=normal runs Parley with PARLEY_SQLITE_SYNCHRONOUS=normal)
  --quick                  small run (${QUICK.streams} streams, ${QUICK.held} held): about 30 s
  --streams N              throughput streams per server, split over the rounds (default ${FULL.streams})
  --concurrency N          concurrent conversations in the throughput phase (default ${FULL.concurrency})
  --rounds N               throughput rounds, alternating raw/Parley order (default ${FULL.rounds})
  --warmup N               warm-up streams per server before measuring (default ${FULL.warmup})
  --held N                 streams held open at once in the memory phase (default ${FULL.held})
  --held-warm N            streams held before the "before" RSS reading (default ${FULL.heldWarm})
  --held-concurrency N     concurrent opens in the memory phase (default ${FULL.heldConcurrency})
  --delay-ms N             pause between deltas on both servers (PARLEY_OFFLINE_DELAY_MS; default 15)
  --raw-shape api|single   raw baseline: create + send like Parley (api, default) or one POST (single)
  --json FILE              also write every figure as JSON
  --cpu-prof               run the throughput servers under node --cpu-prof and print where CPU goes
  --cpu-prof-dir DIR       where to keep the .cpuprofile files (default: a temp directory)
  --max-seconds N          abort the whole run after N seconds (default 600)
  --keep                   keep the temp database directory
  --db sqlite|postgres|both  Parley's store (default sqlite). postgres: a fresh database on --pg-url's
                           server (dropped afterwards), CPU target <= 4x raw, no held-stream phase,
                           then the cross-instance fan-out phase; both: SQLite and PostgreSQL in the same rounds
  --fanout N               streams of the fan-out phase: two instances on the database + Redis (default ${FULL.fanout}; 0 skips)
  --fanout-concurrency N   concurrent streams in the fan-out phase (default ${FULL.fanoutConcurrency})
  --fanout-delay-ms N      pause between deltas in the fan-out phase (default ${FULL.fanoutDelayMs}): a follower on
                           another instance attaches about 1 s after the send, so replies must outlast that
  --pg-url URL             PostgreSQL server to create the database on (default ${DEFAULT_PG_URL})
  --telemetry              also run Parley SQLite with PARLEY_METRICS_TOKEN and OTEL_EXPORTER_OTLP_ENDPOINT set
                           (spans to a local sink in this process), in the same rounds: the cost of telemetry on
  --telemetry-parts LIST   what that server turns on: metrics,tracing (default both), metrics or tracing
  --redis-url URL          Redis of the fan-out phase (default ${DEFAULT_REDIS_URL}); keys under a fresh prefix, deleted afterwards`;

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      streams: { type: 'string' },
      concurrency: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      held: { type: 'string' },
      'held-warm': { type: 'string' },
      'held-concurrency': { type: 'string' },
      'delay-ms': { type: 'string' },
      'raw-shape': { type: 'string' },
      json: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      'cpu-prof-dir': { type: 'string' },
      'max-seconds': { type: 'string' },
      keep: { type: 'boolean' },
      db: { type: 'string' },
      fanout: { type: 'string' },
      'fanout-concurrency': { type: 'string' },
      'fanout-delay-ms': { type: 'string' },
      'pg-url': { type: 'string' },
      'redis-url': { type: 'string' },
      telemetry: { type: 'boolean' },
      'telemetry-parts': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const env = (name: string) => process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const flag = (name: string) => values[name as keyof typeof values] === true || env(name) === '1' || env(name) === 'true';
  const quick = flag('quick');
  const base = quick ? QUICK : FULL;
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = (values[name as keyof typeof values] as string | undefined) ?? env(name);
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const rawShape = (values['raw-shape'] ?? env('raw-shape') ?? 'api') as string;
  if (rawShape !== 'api' && rawShape !== 'single') throw new Error('--raw-shape must be api or single');
  const cpuProfDir = values['cpu-prof-dir'] ?? env('cpu-prof-dir');
  const db = (values.db ?? env('db') ?? 'sqlite') as string;
  if (db !== 'sqlite' && db !== 'postgres' && db !== 'both') throw new Error('--db must be sqlite, postgres or both');
  const local = (name: string, url: string) => {
    if (!/^[a-z]+:\/\/([^@/]*@)?127\.0\.0\.1(:\d+)?(\/|$)/.test(url)) throw new Error(`--${name} must be on 127.0.0.1`);
    return url;
  };
  return {
    quick,
    streams: int('streams', base.streams, 1, 200_000),
    concurrency: int('concurrency', base.concurrency, 1, 2_000),
    rounds: int('rounds', base.rounds, 1, 20),
    warmup: int('warmup', base.warmup, 1, 50_000),
    held: int('held', base.held, 1, 50_000),
    heldWarm: int('held-warm', base.heldWarm, 1, 5_000),
    heldConcurrency: int('held-concurrency', base.heldConcurrency, 1, 2_000),
    delayMs: int('delay-ms', 15, 0, 1_000),
    rawShape,
    json: values.json ?? env('json'),
    cpuProf: flag('cpu-prof') || cpuProfDir !== undefined,
    cpuProfDir,
    maxSeconds: int('max-seconds', 600, 10, 7_200),
    keep: flag('keep'),
    db,
    fanout: int('fanout', base.fanout, 0, 10_000),
    fanoutConcurrency: int('fanout-concurrency', base.fanoutConcurrency, 1, 500),
    fanoutDelayMs: int('fanout-delay-ms', base.fanoutDelayMs, 0, 5_000),
    pgUrl: local('pg-url', values['pg-url'] ?? env('pg-url') ?? DEFAULT_PG_URL),
    redisUrl: local('redis-url', values['redis-url'] ?? env('redis-url') ?? DEFAULT_REDIS_URL),
    telemetry: flag('telemetry'),
    telemetryParts: parseParts(values['telemetry-parts'] ?? env('telemetry-parts') ?? 'metrics,tracing'),
  };
}

function parseParts(list: string): ('metrics' | 'tracing')[] {
  const parts = list.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p !== 'metrics' && p !== 'tracing')) throw new Error('--telemetry-parts must list metrics and/or tracing');
  return parts as ('metrics' | 'tracing')[];
}

// ── small helpers ────────────────────────────────────────────────────────────
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function log(line: string): void {
  process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);
}
const t0 = performance.now();

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
    }),
  ]);
}

class Failures {
  count = 0;
  readonly samples: string[] = [];
  add(message: string): void {
    this.count++;
    if (this.samples.length < 5 && !this.samples.includes(message)) this.samples.push(message);
  }
}

/** The commit measured, and whether the working tree differs from it. */
function codeVersion(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bin', 'packages'], { cwd: REPO, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

// ── throughput ───────────────────────────────────────────────────────────────
interface Run {
  ok: number;
  events: number;
  wallMs: number;
  cpuMs: number;
  /** The kernel's share of cpuMs (stime). */
  systemMs: number;
  ttfeMs: number[];
  failures: Failures;
  /** When the streams ran, in the CPU profiler's clock. */
  windows: ProfileWindow[];
}

const emptyRun = (): Run => ({ ok: 0, events: 0, wallMs: 0, cpuMs: 0, systemMs: 0, ttfeMs: [], failures: new Failures(), windows: [] });

/** `count` full streams at `concurrency`, each checked against `reference`; CPU from /proc. */
async function runStreams(server: ServerChild, target: Target, count: number, concurrency: number, reference: string[], deadline: number): Promise<Run> {
  const agent = createAgent();
  const run = emptyRun();
  const streamTimeout = 60_000;
  const cpuBefore = readCpuTimes(server.pid);
  const fromUs = monotonicUs();
  const started = performance.now();
  await runPool(
    count,
    concurrency,
    async () => {
      try {
        const conversationId = target.shape === 'api' ? await createConversation(agent, target, streamTimeout) : undefined;
        const stream = openStream(agent, target, conversationId, MESSAGE, streamTimeout);
        await stream.finished;
        const problem = compareWithReference(stream.checker, reference);
        if (problem !== undefined) return run.failures.add(problem);
        run.ok++;
        run.events += stream.checker.events;
        run.ttfeMs.push(stream.checker.firstEventAt! - stream.startedAt);
      } catch (err) {
        run.failures.add((err as Error).message);
      }
    },
    () => Date.now() > deadline,
  );
  run.wallMs = performance.now() - started;
  // Let the server finish what follows [DONE] (run cleanup, socket close) inside the window.
  await sleep(250);
  const cpuAfter = readCpuTimes(server.pid);
  run.windows.push({ fromUs, toUs: monotonicUs() });
  run.systemMs = cpuAfter.systemMs - cpuBefore.systemMs;
  run.cpuMs = cpuAfter.userMs - cpuBefore.userMs + run.systemMs;
  agent.destroy();
  if (run.ok + run.failures.count < count) run.failures.add(`stopped by the time limit after ${run.ok + run.failures.count} of ${count} streams`);
  return run;
}

function addRun(into: Run, r: Run): void {
  into.ok += r.ok;
  into.events += r.events;
  into.wallMs += r.wallMs;
  into.cpuMs += r.cpuMs;
  into.systemMs += r.systemMs;
  into.ttfeMs.push(...r.ttfeMs);
  into.windows.push(...r.windows);
  into.failures.count += r.failures.count;
  for (const s of r.failures.samples) if (into.failures.samples.length < 5) into.failures.samples.push(s);
}

/** One stream against Parley, returned raw: its deltas become the reference reply. */
async function referenceReply(server: ServerChild, target: Target): Promise<string[]> {
  const agent = createAgent();
  try {
    const conversationId = await createConversation(agent, target, 30_000);
    const stream = openStream(agent, target, conversationId, MESSAGE, 60_000);
    await stream.finished;
    if (stream.checker.error !== undefined) throw new Error(`Parley's first stream is invalid: ${stream.checker.error}`);
    if (stream.checker.deltas.length === 0) throw new Error("Parley's first stream has no delta");
    return stream.checker.deltas;
  } finally {
    agent.destroy();
  }
}

// ── held streams ─────────────────────────────────────────────────────────────
interface Held {
  requested: number;
  held: number;
  openMs: number;
  rssBeforeKb: number;
  rssAfterKb: number;
  perStreamKb: number;
  /** Live JS heap per held stream after full collections (see lib/live-heap.ts). */
  heapPerStreamKb: number;
  alive: boolean;
  healthMs: number | undefined;
  failures: Failures;
}

/**
 * Holds `warm` streams (baseline), reads RSS, holds `n` more, reads RSS again, checks that
 * every stream is still open and the server still answers, then closes them all.
 */
async function runHeld(server: ServerChild, target: Target, warm: number, n: number, concurrency: number, reference: string[], deadline: number): Promise<Held> {
  const agent = createAgent();
  const open: OpenStream[] = [];
  const failures = new Failures();
  const openHeld = (count: number) =>
    runPool(
      count,
      concurrency,
      async () => {
        try {
          const conversationId = target.shape === 'api' ? await createConversation(agent, target, 60_000) : undefined;
          const stream = openStream(agent, target, conversationId, MESSAGE, 30 * 60_000);
          open.push(stream);
          await withTimeout(stream.firstEvent, 60_000, 'first event of a held stream');
          const c = stream.checker;
          if (c.error !== undefined) return failures.add(c.error);
          if (c.events !== 1 || c.deltas[0] !== reference[0]) failures.add(`held stream: ${c.events} events, first delta ${JSON.stringify(c.deltas[0])}`);
        } catch (err) {
          failures.add((err as Error).message);
        }
      },
      () => Date.now() > deadline,
    );
  try {
    const inspector = inspectorUrl(server.output());
    if (!inspector) throw new Error(`${server.name}: no inspector address in its output`);
    // Each reading follows full collections in the server, so neither counts garbage left by
    // opening the streams (an RSS read 2 s after opening did, and moved by ±10 % run to run).
    await openHeld(warm);
    await sleep(1_500);
    const heapBefore = await liveHeapBytes(inspector);
    await sleep(500);
    const rssBeforeKb = readRssKb(server.pid);
    const started = performance.now();
    await openHeld(n);
    const openMs = performance.now() - started;
    await sleep(1_500);
    const heapAfter = await liveHeapBytes(inspector);
    await sleep(500);
    const rssAfterKb = readRssKb(server.pid);
    // Every stream must still be open (no end, no error) and the server must still answer.
    let held = 0;
    for (const s of open) {
      if (s.checker.error === undefined && !s.checker.done && s.checker.events === 1) held++;
      else if (s.checker.error !== undefined) failures.add(`held stream ended: ${s.checker.error}`);
    }
    held -= Math.min(held, warm);
    const alive = isAlive(server.pid);
    let healthMs: number | undefined;
    if (alive) {
      const h0 = performance.now();
      try {
        const res = await requestJson(false, server.port, 'GET', '/healthz', {}, undefined, 10_000);
        if (res.status === 200) healthMs = performance.now() - h0;
        else failures.add(`/healthz answered ${res.status} while streams were held`);
      } catch (err) {
        failures.add(`/healthz failed while streams were held: ${(err as Error).message}`);
      }
    }
    return { requested: n, held, openMs, rssBeforeKb, rssAfterKb, perStreamKb: (rssAfterKb - rssBeforeKb) / n, heapPerStreamKb: (heapAfter - heapBefore) / 1024 / n, alive, healthMs, failures };
  } finally {
    for (const s of open) s.close();
    agent.destroy();
  }
}

// ── report ───────────────────────────────────────────────────────────────────
interface Side {
  run: Run;
  held: Held | undefined;
}

function figures(s: Side) {
  const sorted = [...s.run.ttfeMs].sort((a, b) => a - b);
  const seconds = s.run.wallMs / 1000;
  return {
    streamsPerSec: s.run.ok / seconds,
    eventsPerSec: s.run.events / seconds,
    ttfeP50: percentile(sorted, 50),
    ttfeP99: percentile(sorted, 99),
    cpuPerStreamMs: s.run.cpuMs / Math.max(1, s.run.ok),
    systemPerStreamMs: s.run.systemMs / Math.max(1, s.run.ok),
    heldKb: s.held?.perStreamKb ?? Number.NaN,
    heapKb: s.held?.heapPerStreamKb ?? Number.NaN,
  };
}

function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ratio(parley: number, raw: number): number {
  return raw > 0 && Number.isFinite(parley) ? parley / raw : Number.NaN;
}

/** One Parley server measured against raw: SQLite or PostgreSQL. */
interface Variant {
  key: 'sqlite' | 'postgres' | 'sqlite-telemetry';
  label: string;
  databaseUrl: string;
  customerKey: string;
  server: ServerChild;
  target: Target;
  /** CPU per stream target, as a multiple of raw. */
  cpuTarget: number;
  warm: Run;
  side: Side;
  cpuByRound: number[];
}

// ── main ─────────────────────────────────────────────────────────────────────
let tempDir: string | undefined;
let keepTemp = false;
let benchDb: BenchDatabase | undefined;
let redisCleanup: { url: string; prefix: string } | undefined;

let closeSpanSink: (() => void) | undefined;
let spanSinkPosts = 0;

/** Where the telemetry variant exports its spans: a local OTLP/HTTP endpoint that only counts posts. */
async function startSpanSink(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      spanSinkPosts += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

function cleanup(): void {
  closeSpanSink?.();
  killAllChildren();
  if (tempDir && !keepTemp) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

/** Also drops the PostgreSQL database and deletes the run's Redis keys (children first). */
async function cleanupAll(): Promise<void> {
  cleanup();
  const db = benchDb;
  benchDb = undefined;
  if (db) {
    try {
      await withTimeout(db.drop(), 15_000, `drop database ${db.name}`);
    } catch (err) {
      process.stderr.write(`bench: could not drop database ${db.name}: ${(err as Error).message}\n`);
    }
  }
  const r = redisCleanup;
  redisCleanup = undefined;
  if (r) {
    try {
      await withTimeout(deleteRedisKeys(r.url, r.prefix), 10_000, `delete Redis keys ${r.prefix}*`);
    } catch (err) {
      process.stderr.write(`bench: could not delete the Redis keys under ${r.prefix}: ${(err as Error).message}\n`);
    }
  }
}

async function main(): Promise<number> {
  const o = parseOptions();
  keepTemp = o.keep;
  const deadline = Date.now() + o.maxSeconds * 1000;
  const abortTimer = setTimeout(() => {
    process.stderr.write(`bench: aborted after --max-seconds ${o.maxSeconds}\n`);
    void cleanupAll().finally(() => process.exit(2));
  }, o.maxSeconds * 1000);
  abortTimer.unref();
  const withSqlite = o.db !== 'postgres';
  const withPostgres = o.db !== 'sqlite';

  // Each held stream is a socket in the client (this process) and one in the server.
  const fdLimit = openFileLimit();
  const fdNeeded = (withSqlite ? o.held + o.heldWarm : 0) + Math.max(o.concurrency, o.heldConcurrency, o.fanoutConcurrency * 3) + 256;
  if (Number.isFinite(fdLimit) && fdLimit < fdNeeded) {
    throw new Error(
      `ulimit -n is ${fdLimit}; holding ${o.held} streams needs about ${fdNeeded} open files in the client and in the server. ` +
        `Raise it (ulimit -n 20000) or lower --held.`,
    );
  }

  tempDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const profDir = o.cpuProf ? (o.cpuProfDir ? resolve(o.cpuProfDir) : mkdtempSync(join(tmpdir(), 'parley-bench-prof-'))) : undefined;
  const databases: { key: Variant['key']; url: string; env?: Record<string, string> }[] = [];
  if (withSqlite) databases.push({ key: 'sqlite', url: `sqlite:${join(tempDir, 'bench.db')}` });
  if (withSqlite && o.telemetry) {
    const sink = await startSpanSink();
    closeSpanSink = sink.close;
    const env: Record<string, string> = {};
    if (o.telemetryParts.includes('metrics')) env.PARLEY_METRICS_TOKEN = 'bench-metrics-token-0123456789';
    if (o.telemetryParts.includes('tracing')) env.OTEL_EXPORTER_OTLP_ENDPOINT = sink.url;
    databases.push({ key: 'sqlite-telemetry', url: `sqlite:${join(tempDir, 'bench-telemetry.db')}`, env });
  }
  if (withPostgres) {
    benchDb = await createBenchDatabase(o.pgUrl);
    databases.push({ key: 'postgres', url: benchDb.url });
  }
  log(`databases ${databases.map((d) => d.url).join(', ')}; open-file limit ${fdLimit}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  // ── throughput servers: the organization first, on the same database, with the documented CLI ──
  const variants: Variant[] = [];
  for (const d of databases) {
    const created = JSON.parse(
      (await runNode('parley org create', REPO, ['bin/parley.js', 'org', 'create', '--name', 'Bench', '--json'], parleyEnv(d.url), 60_000)).trim().split('\n').at(-1)!,
    ) as { customerKey: string };
    const label = d.key === 'sqlite' ? 'Parley SQLite' : d.key === 'postgres' ? 'Parley PG' : 'Parley +telem';
    const server = await startParley({ name: label, databaseUrl: d.url, delayMs: o.delayMs, cpuProfDir: profDir && join(profDir, d.key), env: d.env });
    variants.push({
      key: d.key,
      label,
      databaseUrl: d.url,
      customerKey: created.customerKey,
      server,
      target: { name: label, port: server.port, key: created.customerKey, shape: 'api' },
      cpuTarget: d.key === 'postgres' ? 4 : 3,
      warm: emptyRun(),
      side: { run: emptyRun(), held: undefined },
      cpuByRound: [],
    });
    log(`${label} pid ${server.pid} on 127.0.0.1:${server.port}`);
  }
  const first = variants[0]!;
  const reference = await referenceReply(first.server, first.target);
  for (const v of variants.slice(1)) {
    const other = await referenceReply(v.server, v.target);
    if (other.join('\u0000') !== reference.join('\u0000')) throw new Error(`${v.label}'s first reply differs from ${first.label}'s`);
  }
  const expectedText = reference.join('');
  let modelNote = '';
  try {
    const offline = await import('../src/model/offline.ts');
    const composed = offline.greetingComposer({ system: '', messages: [{ role: 'user', content: MESSAGE }] });
    const expected = 'text' in composed ? offline.splitIntoDeltas(composed.text) : undefined;
    modelNote =
      expected && expected.join('\u0000') === reference.join('\u0000')
        ? 'equal to the offline model greeting for this message'
        : 'not the plain offline greeting: the offline agent answered; every stream must equal this first reply';
  } catch {
    modelNote = 'taken from the first reply (src/model/offline.ts not importable)';
  }
  // The raw server checks one bearer key: each variant's target sends its own, raw gets the first's.
  const raw = await startRaw({ name: 'raw', deltas: reference, delayMs: o.delayMs, key: first.customerKey, hold: false, cpuProfDir: profDir });
  const rawTarget: Target = { name: 'raw', port: raw.port, key: first.customerKey, shape: o.rawShape };
  log(`raw node:http pid ${raw.pid} on 127.0.0.1:${raw.port}`);
  log(`reply: ${reference.length} deltas + [DONE] = ${reference.length + 1} events, ${expectedText.length} chars (${modelNote})`);

  // ── warm-up ──
  const rawSide: Side = { run: emptyRun(), held: undefined };
  const rawWarm = emptyRun();
  const rawByRound: number[] = [];
  log(`warm-up: ${o.warmup} streams per server`);
  addRun(rawWarm, await runStreams(raw, rawTarget, o.warmup, o.concurrency, reference, deadline));
  for (const v of variants) addRun(v.warm, await runStreams(v.server, v.target, o.warmup, o.concurrency, reference, deadline));

  // ── throughput rounds, alternating which server goes first ──
  type Slot = { name: string; server: ServerChild; target: Target; side: Side; byRound: number[] };
  const slots: Slot[] = [
    { name: 'raw', server: raw, target: rawTarget, side: rawSide, byRound: rawByRound },
    ...variants.map((v) => ({ name: v.label, server: v.server, target: v.target, side: v.side, byRound: v.cpuByRound })),
  ];
  for (let r = 0; r < o.rounds; r++) {
    const count = Math.floor(o.streams / o.rounds) + (r < o.streams % o.rounds ? 1 : 0);
    const order = r % 2 === 0 ? slots : [...slots].reverse();
    for (const slot of order) {
      const result = await runStreams(slot.server, slot.target, count, o.concurrency, reference, deadline);
      log(
        `round ${r + 1}/${o.rounds} ${slot.name.padEnd(13)}: ${result.ok}/${count} ok in ${(result.wallMs / 1000).toFixed(2)} s, ` +
          `server CPU ${(result.cpuMs / Math.max(1, result.ok)).toFixed(2)} ms/stream ` +
          `(kernel ${(result.systemMs / Math.max(1, result.ok)).toFixed(2)})` +
          (result.failures.count ? `, ${result.failures.count} FAILED: ${result.failures.samples[0]}` : ''),
      );
      addRun(slot.side.run, result);
      slot.byRound.push(result.cpuMs / Math.max(1, result.ok));
    }
  }
  await Promise.all([...variants.map((v) => v.server.stop('SIGTERM', 20_000)), raw.stop('SIGTERM', 10_000)]);

  // ── held streams (SQLite only): fresh servers whose replies pause after the first delta ──
  const HOLD_MS = 1_800_000;
  const sqliteVariant = variants.find((v) => v.key === 'sqlite');
  if (sqliteVariant) {
    log(`held: ${o.heldWarm} + ${o.held} streams on a fresh raw server`);
    const rawHold = await startRaw({ name: 'raw (held)', deltas: reference, delayMs: o.delayMs, key: first.customerKey, hold: true, inspect: true });
    rawSide.held = await runHeld(rawHold, { ...rawTarget, port: rawHold.port }, o.heldWarm, o.held, o.heldConcurrency, reference, deadline);
    await rawHold.stop('SIGKILL');
    log(`held: ${o.heldWarm} + ${o.held} streams on a fresh Parley server (PARLEY_OFFLINE_DELAY_MS=${HOLD_MS})`);
    const parleyHold = await startParley({
      name: 'parley (held)',
      databaseUrl: sqliteVariant.databaseUrl,
      delayMs: HOLD_MS,
      heartbeatMs: HOLD_MS,
      streamTimeoutMs: HOLD_MS,
      inspect: true,
    });
    sqliteVariant.side.held = await runHeld(parleyHold, { ...sqliteVariant.target, port: parleyHold.port }, o.heldWarm, o.held, o.heldConcurrency, reference, deadline);
    // Its runs would go on for half an hour: nothing left to measure, so no graceful drain.
    await parleyHold.stop('SIGKILL');
    for (const [name, h] of [
      ['raw', rawSide.held],
      ['Parley', sqliteVariant.side.held],
    ] as const) {
      log(`held ${name.padEnd(6)}: ${h.held}/${h.requested} held in ${(h.openMs / 1000).toFixed(1)} s, RSS ${(h.rssBeforeKb / 1024).toFixed(1)} → ${(h.rssAfterKb / 1024).toFixed(1)} MiB`);
    }
  }

  // ── cross-instance fan-out (PostgreSQL): two fresh instances on the database and one Redis ──
  const pgVariant = variants.find((v) => v.key === 'postgres');
  let fanout: FanoutResult | undefined;
  if (pgVariant && o.fanout > 0) {
    const prefix = benchRedisPrefix();
    redisCleanup = { url: o.redisUrl, prefix };
    const env = { REDIS_URL: o.redisUrl, PARLEY_REDIS_PREFIX: prefix };
    const a = await startParley({ name: 'parley A (fan-out)', databaseUrl: pgVariant.databaseUrl, delayMs: o.fanoutDelayMs, env });
    const b = await startParley({ name: 'parley B (fan-out)', databaseUrl: pgVariant.databaseUrl, delayMs: o.fanoutDelayMs, env });
    log(
      `fan-out: ${o.fanout} streams sent on A (pid ${a.pid}), each followed at once on A and on B (pid ${b.pid}), ` +
        `concurrency ${o.fanoutConcurrency}, ${o.fanoutDelayMs} ms between deltas, Redis prefix ${prefix}`,
    );
    const agent = createAgent();
    try {
      const aTarget: Target = { ...pgVariant.target, port: a.port };
      // A short warm-up of both instances (connections, JIT), not counted.
      await runFanout(agent, aTarget, b.port, MESSAGE, Math.min(o.fanout, 4 * o.fanoutConcurrency), o.fanoutConcurrency, reference, deadline);
      fanout = await runFanout(agent, aTarget, b.port, MESSAGE, o.fanout, o.fanoutConcurrency, reference, deadline);
    } finally {
      agent.destroy();
      await Promise.all([a.stop('SIGTERM', 20_000), b.stop('SIGTERM', 20_000)]);
    }
    log(`fan-out: ${fanout.ok}/${fanout.streams} streams ok, ${fanout.crossMs.length} live events compared`);
  }

  // ── the table ──
  const fr = figures(rawSide);
  const fps = variants.map((v) => figures(v.side));
  type Fig = ReturnType<typeof figures>;
  const rowDefs: [string, (f: Fig) => number, number][] = [
    ['streams/s', (f) => f.streamsPerSec, 1],
    ['events/s', (f) => f.eventsPerSec, 0],
    ['time to first event p50 (ms)', (f) => f.ttfeP50, 1],
    ['time to first event p99 (ms)', (f) => f.ttfeP99, 1],
    ['server CPU per stream (ms)', (f) => f.cpuPerStreamMs, 2],
    ['  of which kernel (ms)', (f) => f.systemPerStreamMs, 2],
    ['memory per held stream (KiB)', (f) => f.heldKb, 1],
    ['  live heap per held stream (KiB)', (f) => f.heapKb, 1],
  ];
  const out: string[] = [];
  const say = (line = '') => out.push(line);
  const invalidOf = (run: Run, warm: Run, held: Held | undefined) => run.failures.count + warm.failures.count + (held?.failures.count ?? 0);
  const invalidRaw = invalidOf(rawSide.run, rawWarm, rawSide.held);
  const invalidParley = variants.map((v) => invalidOf(v.side.run, v.warm, v.side.held));
  say('');
  say(`Parley stream benchmark  (code ${codeVersion()}, node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)} at the end)`);
  say(
    `reply: ${reference.length + 1} events (${reference.length} deltas + [DONE]), ${o.delayMs} ms between deltas; ` +
      `throughput: ${o.streams} streams per server, concurrency ${o.concurrency}, ${o.rounds} alternating rounds, warm-up ${o.warmup}`,
  );
  say(`raw baseline: ${o.rawShape === 'api' ? 'create conversation + POST message (same two requests as Parley)' : 'one POST per stream'}, no storage`);
  if (withSqlite) say(`Parley SQLite: synchronous=${process.env.BENCH_SQLITE_SYNC === 'normal' ? 'normal' : 'full'} (set BENCH_SQLITE_SYNC=normal to compare)`);
  if (withPostgres) say(`Parley PG: PostgreSQL at ${new URL(o.pgUrl).host}, a fresh database, one instance, no Redis (production's single-instance settings)`);
  say('');
  const w0 = 34;
  const wc = 14;
  say(
    `${'figure'.padEnd(w0)}${'raw node:http'.padStart(wc)}${variants.map((v) => v.label.padStart(wc)).join('')}` +
      variants.map((v) => `${v.label.replace('Parley ', '')}/raw`.padStart(12)).join(''),
  );
  say('-'.repeat(w0 + wc * (1 + variants.length) + 12 * variants.length));
  for (const [name, get, d] of rowDefs) {
    const r = get(fr);
    const ps = fps.map(get);
    say(
      `${name.padEnd(w0)}${fmt(r, d).padStart(wc)}${ps.map((p) => fmt(p, d).padStart(wc)).join('')}` +
        ps.map((p) => {
          const q = ratio(p, r);
          return (Number.isFinite(q) ? `${q.toFixed(2)}x` : 'n/a').padStart(12);
        }).join(''),
    );
  }
  say(
    `${'held streams (one process)'.padEnd(w0)}${(rawSide.held ? `${rawSide.held.held}/${o.held}` : 'n/a').padStart(wc)}` +
      variants.map((v) => (v.side.held ? `${v.side.held.held}/${o.held}` : 'n/a').padStart(wc)).join(''),
  );
  say(`${'invalid streams'.padEnd(w0)}${String(invalidRaw).padStart(wc)}${invalidParley.map((n) => String(n).padStart(wc)).join('')}`);
  say(`CPU per stream by round (ms), raw: ${rawByRound.map((c) => c.toFixed(2)).join(' ')}`);
  for (const v of variants) {
    say(
      `  ${v.label}: ${v.cpuByRound.map((c) => c.toFixed(2)).join(' ')}; ` +
        `ratio by round: ${v.cpuByRound.map((c, i) => `${(c / (rawByRound[i] ?? Number.NaN)).toFixed(2)}x`).join(' ')}`,
    );
  }
  const withTelemetry = variants.find((v) => v.key === 'sqlite-telemetry');
  if (withTelemetry && sqliteVariant) {
    const on = withTelemetry.cpuByRound;
    const off = sqliteVariant.cpuByRound;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    say(
      `telemetry (${o.telemetryParts.join(' + ')}) on/off, server CPU per stream: ${(sum(on) / sum(off)).toFixed(3)}x over all rounds; by round: ` +
        on.map((c, i) => `${(c / (off[i] ?? Number.NaN)).toFixed(3)}x`).join(' ') +
        ` (${spanSinkPosts} OTLP posts received)`,
    );
  }
  const sortedCopy = (xs: number[]) => [...xs].sort((x, y) => x - y);
  if (fanout) {
    const cross = sortedCopy(fanout.crossMs);
    const same = sortedCopy(fanout.sameMs);
    const added = sortedCopy(fanout.crossOverSameMs);
    say('');
    say(
      `cross-instance fan-out (two Parley instances on the PostgreSQL database, Redis pub/sub; ${fanout.ok}/${fanout.streams} streams, ` +
        `${cross.length} live events, ${o.fanoutDelayMs} ms between deltas; each reply sent on A and followed at once on A and on B):`,
    );
    const attachSame = sortedCopy(fanout.attachSameMs);
    const attachCross = sortedCopy(fanout.attachCrossMs);
    say(`  ${'follower attached, after the send\'s response head (ms)'.padEnd(58)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}`);
    for (const [name, xs] of [
      ['  same instance: follower on A', attachSame],
      ['  other instance: follower on B', attachCross],
    ] as const) {
      say(`${name.padEnd(60)}${fmt(percentile(xs, 50), 1).padStart(8)}${fmt(percentile(xs, 99), 1).padStart(8)}${fmt(xs.at(-1) ?? Number.NaN, 1).padStart(8)}`);
    }
    say(`  ${'per event, arrival after the sender\'s own stream (ms)'.padEnd(58)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}`);
    for (const [name, xs] of [
      ['  same instance: follower on A', same],
      ['  other instance: follower on B', cross],
      ['  fan-out adds: follower on B − follower on A', added],
    ] as const) {
      say(`${name.padEnd(60)}${fmt(percentile(xs, 50), 2).padStart(8)}${fmt(percentile(xs, 99), 2).padStart(8)}${fmt(xs.at(-1) ?? Number.NaN, 2).padStart(8)}`);
    }
  }
  say('');

  const targets: [boolean, string][] = [];
  for (const [i, v] of variants.entries()) {
    const q = ratio(fps[i]!.cpuPerStreamMs, fr.cpuPerStreamMs);
    targets.push([q <= v.cpuTarget, `${v.label}: server CPU per stream <= ${v.cpuTarget}x raw (full persisted path): ${fmt(q, 2)}x`]);
  }
  if (sqliteVariant) {
    const fp = figures(sqliteVariant.side);
    const memRatio = ratio(fp.heldKb, fr.heldKb);
    const ph = sqliteVariant.side.held!;
    const heldOk = ph.held === o.held && ph.alive && ph.healthMs !== undefined && rawSide.held!.held === o.held;
    targets.push([memRatio <= 1.5, `memory per held stream <= 1.5x raw: ${fmt(memRatio, 2)}x`]);
    targets.push([
      heldOk && o.held >= 5000,
      `5,000 held streams in one process: Parley held ${ph.held}/${o.held}` +
        (ph.healthMs !== undefined ? `, /healthz answered in ${ph.healthMs.toFixed(0)} ms while held` : ', server did not answer') +
        (o.held < 5000 ? ` (only ${o.held} requested: run with --held 5000 to check the target)` : ''),
    ]);
  }
  const invalidAll = invalidRaw + invalidParley.reduce((x, y) => x + y, 0) + (fanout?.failureCount ?? 0);
  targets.push([invalidAll === 0, `every stream valid (ids 1..N, [DONE] last, expected text): ${invalidAll} invalid`]);
  say('targets');
  for (const [ok, text] of targets) say(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  const failureLists: [string, string[]][] = [
    ['raw', rawSide.run.failures.samples],
    ...variants.map((v) => [v.label, v.side.run.failures.samples] as [string, string[]]),
    ['raw held', rawSide.held?.failures.samples ?? []],
    ...variants.map((v) => [`${v.label} held`, v.side.held?.failures.samples ?? []] as [string, string[]]),
    ['fan-out', fanout?.failures ?? []],
  ];
  for (const [name, samples] of failureLists) for (const s of samples) say(`  ${name} failure: ${s}`);
  say('');
  say('Figures are noisy on shared machines: compare them only within one run, as ratios (STACK.md trap 19).');
  process.stdout.write(`${out.join('\n')}\n`);

  if (profDir) {
    const profiled: [string, string, Run][] = [
      ...variants.map((v) => [v.label, join(v.key, 'parley'), v.side.run] as [string, string, Run]),
      ['raw', 'raw', rawSide.run],
    ];
    for (const [label, sub, run] of profiled) {
      // One profile per thread (the TypeScript loader runs in its own); the main thread's is the largest.
      const dir = join(profDir, sub);
      let files: string[] = [];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
      } catch {
        // no profile written
      }
      files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
      if (files.length === 0) {
        process.stdout.write(`\nno CPU profile of the ${label} server in ${dir}\n`);
        continue;
      }
      process.stdout.write(`\nCPU profile of the ${label} server, measured rounds only (${join(dir, files[0]!)}):\n`);
      process.stdout.write(`${formatProfile(summarizeProfile(join(dir, files[0]!), 25, run.windows), run.ok)}\n`);
    }
    process.stdout.write(
      `\n(--cpu-prof slows both servers: use the profile for where, not for the ratios above. V8 samples on a timer,\n` +
        ` so time blocked in a synchronous call, e.g. SQLite's fsync, shows as self time of its JS caller.)\n`,
    );
  }

  if (o.json) {
    const { writeFileSync } = await import('node:fs');
    const sideJson = (f: Fig, side: Side) => ({ ...f, ...side.run, ttfeMs: undefined, windows: undefined, failures: side.run.failures.count, held: side.held });
    const sortedOr = (xs: number[] | undefined) => (xs ? sortedCopy(xs) : []);
    writeFileSync(
      o.json,
      `${JSON.stringify(
        {
          options: o,
          reply: { events: reference.length + 1, chars: expectedText.length },
          raw: sideJson(fr, rawSide),
          // `parley` stays the first variant's figures, as before the PostgreSQL mode.
          parley: sideJson(fps[0]!, first.side),
          variants: Object.fromEntries(variants.map((v, i) => [v.key, sideJson(fps[i]!, v.side)])),
          ratios: Object.fromEntries(variants.map((v, i) => [v.key, Object.fromEntries(rowDefs.map(([name, get]) => [name, ratio(get(fps[i]!), get(fr))]))])),
          fanout: fanout && {
            streams: fanout.streams,
            ok: fanout.ok,
            liveEvents: fanout.crossMs.length,
            sameInstanceMs: { p50: percentile(sortedOr(fanout.sameMs), 50), p99: percentile(sortedOr(fanout.sameMs), 99) },
            otherInstanceMs: { p50: percentile(sortedOr(fanout.crossMs), 50), p99: percentile(sortedOr(fanout.crossMs), 99) },
            attachSameMs: { p50: percentile(sortedOr(fanout.attachSameMs), 50), p99: percentile(sortedOr(fanout.attachSameMs), 99) },
            attachOtherMs: { p50: percentile(sortedOr(fanout.attachCrossMs), 50), p99: percentile(sortedOr(fanout.attachCrossMs), 99) },
            addedMs: { p50: percentile(sortedOr(fanout.crossOverSameMs), 50), p99: percentile(sortedOr(fanout.crossOverSameMs), 99) },
          },
          targets: targets.map(([ok, text]) => ({ ok, text })),
        },
        null,
        2,
      )}\n`,
    );
  }
  return targets.every(([ok]) => ok) ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping the servers\n`);
    void cleanupAll().finally(() => process.exit(130));
  });
}
process.once('exit', () => cleanup());

main().then(
  async (code) => {
    await cleanupAll();
    process.exit(code);
  },
  async (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    await cleanupAll();
    process.exit(2);
  },
);
