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
}

// The warm-up is long on purpose: node's HTTP code takes about 1,500 streams to reach its steady
// JIT state, and until then a server's CPU per stream keeps falling (the raw server's by ~3x).
// A short warm-up compares two cold servers and flatters the one doing more work.
const FULL = { streams: 2000, concurrency: 50, held: 5000, heldWarm: 200, heldConcurrency: 100, warmup: 1500, rounds: 4 };
const QUICK = { streams: 600, concurrency: 20, held: 500, heldWarm: 50, heldConcurrency: 50, warmup: 300, rounds: 2 };

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
  --keep                   keep the temp database directory`;

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
  };
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

// ── main ─────────────────────────────────────────────────────────────────────
let tempDir: string | undefined;
let keepTemp = false;

function cleanup(): void {
  killAllChildren();
  if (tempDir && !keepTemp) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

async function main(): Promise<number> {
  const o = parseOptions();
  keepTemp = o.keep;
  const deadline = Date.now() + o.maxSeconds * 1000;
  const abortTimer = setTimeout(() => {
    process.stderr.write(`bench: aborted after --max-seconds ${o.maxSeconds}\n`);
    cleanup();
    process.exit(2);
  }, o.maxSeconds * 1000);
  abortTimer.unref();

  // Each held stream is a socket in the client (this process) and one in the server.
  const fdLimit = openFileLimit();
  const fdNeeded = o.held + o.heldWarm + Math.max(o.concurrency, o.heldConcurrency) + 256;
  if (Number.isFinite(fdLimit) && fdLimit < fdNeeded) {
    throw new Error(
      `ulimit -n is ${fdLimit}; holding ${o.held} streams needs about ${fdNeeded} open files in the client and in the server. ` +
        `Raise it (ulimit -n 20000) or lower --held.`,
    );
  }

  tempDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const databaseUrl = `sqlite:${join(tempDir, 'bench.db')}`;
  const profDir = o.cpuProf ? (o.cpuProfDir ? resolve(o.cpuProfDir) : mkdtempSync(join(tmpdir(), 'parley-bench-prof-'))) : undefined;
  log(`temp database ${databaseUrl}; open-file limit ${fdLimit}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  // The organization first, on the same database, with the documented CLI.
  const created = JSON.parse(
    (await runNode('parley org create', REPO, ['bin/parley.js', 'org', 'create', '--name', 'Bench', '--json'], parleyEnv(databaseUrl), 60_000)).trim().split('\n').at(-1)!,
  ) as { customerKey: string };

  // ── throughput servers ──
  const parley = await startParley({ name: 'parley', databaseUrl, delayMs: o.delayMs, cpuProfDir: profDir });
  const parleyTarget: Target = { name: 'Parley', port: parley.port, key: created.customerKey, shape: 'api' };
  log(`Parley pid ${parley.pid} on 127.0.0.1:${parley.port}`);
  const reference = await referenceReply(parley, parleyTarget);
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
  const raw = await startRaw({ name: 'raw', deltas: reference, delayMs: o.delayMs, key: created.customerKey, hold: false, cpuProfDir: profDir });
  const rawTarget: Target = { name: 'raw', port: raw.port, key: created.customerKey, shape: o.rawShape };
  log(`raw node:http pid ${raw.pid} on 127.0.0.1:${raw.port}`);
  log(`reply: ${reference.length} deltas + [DONE] = ${reference.length + 1} events, ${expectedText.length} chars (${modelNote})`);

  // ── warm-up ──
  const warm = { raw: emptyRun(), parley: emptyRun() };
  log(`warm-up: ${o.warmup} streams per server`);
  addRun(warm.raw, await runStreams(raw, rawTarget, o.warmup, o.concurrency, reference, deadline));
  addRun(warm.parley, await runStreams(parley, parleyTarget, o.warmup, o.concurrency, reference, deadline));

  // ── throughput rounds, alternating which server goes first ──
  const sides = { raw: { run: emptyRun(), held: undefined } as Side, parley: { run: emptyRun(), held: undefined } as Side };
  const cpuByRound = { raw: [] as number[], parley: [] as number[] };
  for (let r = 0; r < o.rounds; r++) {
    const count = Math.floor(o.streams / o.rounds) + (r < o.streams % o.rounds ? 1 : 0);
    const order = r % 2 === 0 ? (['raw', 'parley'] as const) : (['parley', 'raw'] as const);
    for (const which of order) {
      const [server, target] = which === 'raw' ? [raw, rawTarget] : [parley, parleyTarget];
      const result = await runStreams(server, target, count, o.concurrency, reference, deadline);
      log(
        `round ${r + 1}/${o.rounds} ${which.padEnd(6)}: ${result.ok}/${count} ok in ${(result.wallMs / 1000).toFixed(2)} s, ` +
          `server CPU ${(result.cpuMs / Math.max(1, result.ok)).toFixed(2)} ms/stream ` +
          `(kernel ${(result.systemMs / Math.max(1, result.ok)).toFixed(2)})` +
          (result.failures.count ? `, ${result.failures.count} FAILED: ${result.failures.samples[0]}` : ''),
      );
      addRun(sides[which].run, result);
      cpuByRound[which].push(result.cpuMs / Math.max(1, result.ok));
    }
  }
  await Promise.all([parley.stop('SIGTERM', 20_000), raw.stop('SIGTERM', 10_000)]);

  // ── held streams: fresh servers whose replies pause after the first delta ──
  const HOLD_MS = 1_800_000;
  log(`held: ${o.heldWarm} + ${o.held} streams on a fresh raw server`);
  const rawHold = await startRaw({ name: 'raw (held)', deltas: reference, delayMs: o.delayMs, key: created.customerKey, hold: true, inspect: true });
  sides.raw.held = await runHeld(rawHold, { ...rawTarget, port: rawHold.port }, o.heldWarm, o.held, o.heldConcurrency, reference, deadline);
  await rawHold.stop('SIGKILL');
  log(`held: ${o.heldWarm} + ${o.held} streams on a fresh Parley server (PARLEY_OFFLINE_DELAY_MS=${HOLD_MS})`);
  const parleyHold = await startParley({ name: 'parley (held)', databaseUrl, delayMs: HOLD_MS, heartbeatMs: HOLD_MS, streamTimeoutMs: HOLD_MS, inspect: true });
  sides.parley.held = await runHeld(parleyHold, { ...parleyTarget, port: parleyHold.port }, o.heldWarm, o.held, o.heldConcurrency, reference, deadline);
  // Its runs would go on for half an hour: nothing left to measure, so no graceful drain.
  await parleyHold.stop('SIGKILL');
  for (const [name, s] of Object.entries(sides)) {
    const h = s.held!;
    log(`held ${name.padEnd(6)}: ${h.held}/${h.requested} held in ${(h.openMs / 1000).toFixed(1)} s, RSS ${(h.rssBeforeKb / 1024).toFixed(1)} → ${(h.rssAfterKb / 1024).toFixed(1)} MiB`);
  }

  // ── the table ──
  const fr = figures(sides.raw);
  const fp = figures(sides.parley);
  const rows: [string, number, number, number, number][] = [
    ['streams/s', fr.streamsPerSec, fp.streamsPerSec, ratio(fp.streamsPerSec, fr.streamsPerSec), 1],
    ['events/s', fr.eventsPerSec, fp.eventsPerSec, ratio(fp.eventsPerSec, fr.eventsPerSec), 0],
    ['time to first event p50 (ms)', fr.ttfeP50, fp.ttfeP50, ratio(fp.ttfeP50, fr.ttfeP50), 1],
    ['time to first event p99 (ms)', fr.ttfeP99, fp.ttfeP99, ratio(fp.ttfeP99, fr.ttfeP99), 1],
    ['server CPU per stream (ms)', fr.cpuPerStreamMs, fp.cpuPerStreamMs, ratio(fp.cpuPerStreamMs, fr.cpuPerStreamMs), 2],
    ['  of which kernel (ms)', fr.systemPerStreamMs, fp.systemPerStreamMs, ratio(fp.systemPerStreamMs, fr.systemPerStreamMs), 2],
    ['memory per held stream (KiB)', fr.heldKb, fp.heldKb, ratio(fp.heldKb, fr.heldKb), 1],
    ['  live heap per held stream (KiB)', fr.heapKb, fp.heapKb, ratio(fp.heapKb, fr.heapKb), 1],
  ];
  const out: string[] = [];
  const say = (line = '') => out.push(line);
  const invalid = {
    raw: sides.raw.run.failures.count + warm.raw.failures.count + sides.raw.held!.failures.count,
    parley: sides.parley.run.failures.count + warm.parley.failures.count + sides.parley.held!.failures.count,
  };
  say('');
  say(`Parley stream benchmark  (code ${codeVersion()}, node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)} at the end)`);
  say(
    `reply: ${reference.length + 1} events (${reference.length} deltas + [DONE]), ${o.delayMs} ms between deltas; ` +
      `throughput: ${o.streams} streams per server, concurrency ${o.concurrency}, ${o.rounds} alternating rounds, warm-up ${o.warmup}`,
  );
  say(`raw baseline: ${o.rawShape === 'api' ? 'create conversation + POST message (same two requests as Parley)' : 'one POST per stream'}, no storage`);
  say(`Parley: SQLite synchronous=${process.env.BENCH_SQLITE_SYNC === 'normal' ? 'normal' : 'full'} (set BENCH_SQLITE_SYNC=normal to compare)`);
  say('');
  const w = [30, 14, 14, 12];
  say(`${'figure'.padEnd(w[0]!)}${'raw node:http'.padStart(w[1]!)}${'Parley'.padStart(w[2]!)}${'Parley/raw'.padStart(w[3]!)}`);
  say('-'.repeat(w[0]! + w[1]! + w[2]! + w[3]!));
  for (const [name, r, p, q, d] of rows) {
    say(`${name.padEnd(w[0]!)}${fmt(r, d).padStart(w[1]!)}${fmt(p, d).padStart(w[2]!)}${(Number.isFinite(q) ? `${q.toFixed(2)}x` : 'n/a').padStart(w[3]!)}`);
  }
  say(
    `${'held streams (one process)'.padEnd(w[0]!)}${`${sides.raw.held!.held}/${o.held}`.padStart(w[1]!)}${`${sides.parley.held!.held}/${o.held}`.padStart(w[2]!)}`,
  );
  say(`${'invalid streams'.padEnd(w[0]!)}${String(invalid.raw).padStart(w[1]!)}${String(invalid.parley).padStart(w[2]!)}`);
  say(
    `CPU per stream by round (ms), raw: ${cpuByRound.raw.map((c) => c.toFixed(2)).join(' ')}; ` +
      `Parley: ${cpuByRound.parley.map((c) => c.toFixed(2)).join(' ')}; ` +
      `ratio by round: ${cpuByRound.parley.map((c, i) => `${(c / (cpuByRound.raw[i] ?? Number.NaN)).toFixed(2)}x`).join(' ')}`,
  );
  say('');

  const cpuRatio = ratio(fp.cpuPerStreamMs, fr.cpuPerStreamMs);
  const memRatio = ratio(fp.heldKb, fr.heldKb);
  const ph = sides.parley.held!;
  const heldOk = ph.held === o.held && ph.alive && ph.healthMs !== undefined && sides.raw.held!.held === o.held;
  const targets: [boolean, string][] = [
    [cpuRatio <= 3, `server CPU per stream <= 3x raw (full persisted path): ${fmt(cpuRatio, 2)}x`],
    [memRatio <= 1.5, `memory per held stream <= 1.5x raw: ${fmt(memRatio, 2)}x`],
    [
      heldOk && o.held >= 5000,
      `5,000 held streams in one process: Parley held ${ph.held}/${o.held}` +
        (ph.healthMs !== undefined ? `, /healthz answered in ${ph.healthMs.toFixed(0)} ms while held` : ', server did not answer') +
        (o.held < 5000 ? ` (only ${o.held} requested: run with --held 5000 to check the target)` : ''),
    ],
    [invalid.raw === 0 && invalid.parley === 0, `every stream valid (ids 1..N, [DONE] last, expected text): ${invalid.raw + invalid.parley} invalid`],
  ];
  say('targets');
  for (const [ok, text] of targets) say(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  for (const [name, failures] of [
    ['raw', sides.raw.run.failures],
    ['Parley', sides.parley.run.failures],
    ['raw held', sides.raw.held!.failures],
    ['Parley held', sides.parley.held!.failures],
  ] as const) {
    for (const s of failures.samples) say(`  ${name} failure: ${s}`);
  }
  say('');
  say('Figures are noisy on shared machines: compare them only within one run, as ratios (STACK.md trap 19).');
  process.stdout.write(`${out.join('\n')}\n`);

  if (profDir) {
    for (const [label, sub, run] of [
      ['Parley', 'parley', sides.parley.run],
      ['raw', 'raw', sides.raw.run],
    ] as const) {
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
    writeFileSync(
      o.json,
      `${JSON.stringify(
        {
          options: o,
          reply: { events: reference.length + 1, chars: expectedText.length },
          raw: { ...fr, ...sides.raw.run, ttfeMs: undefined, windows: undefined, failures: sides.raw.run.failures.count, held: sides.raw.held },
          parley: { ...fp, ...sides.parley.run, ttfeMs: undefined, windows: undefined, failures: sides.parley.run.failures.count, held: sides.parley.held },
          ratios: Object.fromEntries(rows.map(([name, , , q]) => [name, q])),
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
    cleanup();
    process.exit(130);
  });
}
process.once('exit', () => cleanup());

main().then(
  (code) => {
    cleanup();
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    cleanup();
    process.exit(2);
  },
);
