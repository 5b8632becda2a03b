/**
 * What one held stream keeps alive, object type by object type: the tool behind the memory
 * work in docs/bench.md. It starts one server (Parley on a temporary SQLite database with the
 * offline model paused for 30 minutes after the first delta, or the raw baseline in its hold
 * mode), holds `--warm` streams, takes a heap snapshot, holds `--held` more, takes another, and
 * prints the difference per held stream, largest first: bytes, count, and the node's type and
 * name (objects also show their first property names, which is usually enough to know them).
 *
 *   node dist/bench/held-heap.js [--server parley|raw] [--held 1000] [--warm 100] [--top 40]
 *
 * Snapshots are taken with `--heapsnapshot-signal` (V8 collects garbage first), written to a
 * temporary directory (`--diagnostic-dir`) and deleted at the end. Run Parley and raw one after
 * the other and compare: what raw holds too is node's own socket, request and response.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { killAllChildren, runNode, type ServerChild } from './lib/children.ts';
import { createAgent, createConversation, openStream, runPool, type OpenStream, type Target } from './lib/client.ts';
import { REPO, parleyEnv, startParley, startRaw } from './lib/servers.ts';

const MESSAGE = 'Hello, can you help me with my order?';
const HOLD_MS = 1_800_000;

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'parley' },
    held: { type: 'string', default: '1000' },
    warm: { type: 'string', default: '100' },
    top: { type: 'string', default: '40' },
  },
});
const server = values.server;
const held = Number(values.held);
const warm = Number(values.warm);
const top = Number(values.top);
if (server !== 'parley' && server !== 'raw') throw new Error('--server is parley or raw');
for (const [name, n] of [['held', held], ['warm', warm], ['top', top]] as const) {
  if (!Number.isInteger(n) || n < 1 || n > 20_000) throw new Error(`--${name} must be an integer from 1 to 20000`);
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Bytes and count per key (type, name, first property names) over a whole snapshot. */
function summarize(file: string): Map<string, { bytes: number; count: number }> {
  const s = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const nodeTypes = s.snapshot.meta.node_types[0];
  const edgeTypes = s.snapshot.meta.edge_types[0];
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number];
  const [eType, eName] = ['type', 'name_or_index'].map((f) => ef.indexOf(f)) as [number, number];
  const out = new Map<string, { bytes: number; count: number }>();
  let edge = 0;
  for (let i = 0; i < s.nodes.length; i += nf.length) {
    const type = nodeTypes[s.nodes[i + iType]!]!;
    const edgeCount = s.nodes[i + iEdges]!;
    let key = `${type}: ${String(s.strings[s.nodes[i + iName]!]).slice(0, 50).replace(/\n/g, '\\n')}`;
    if (type.endsWith('string')) {
      // Ids and keys differ per stream; group them by shape.
      key = key.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>').replace(/lx[cm]_\w+/g, '<key>');
    } else if (type === 'object' || type === 'closure') {
      const props: string[] = [];
      for (let e = edge; e < edge + edgeCount * ef.length && props.length < 8; e += ef.length) {
        const prop = String(s.strings[s.edges[e + eName]!]);
        if (edgeTypes[s.edges[e + eType]!] === 'property' && prop !== '__proto__') props.push(prop);
      }
      if (props.length > 0) key += ` {${props.join(', ')}}`;
    }
    edge += edgeCount * ef.length;
    const entry = out.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += s.nodes[i + iSize]!;
    entry.count++;
    out.set(key, entry);
  }
  return out;
}

/** Sends SIGUSR2 and waits for the new snapshot file to be complete. */
async function snapshot(child: ServerChild, dir: string): Promise<string> {
  const before = new Set(readdirSync(dir));
  process.kill(child.pid, 'SIGUSR2');
  const deadline = Date.now() + 120_000;
  let last = -1;
  for (;;) {
    if (Date.now() > deadline) throw new Error('no heap snapshot within 2 minutes');
    await new Promise((r) => setTimeout(r, 1000));
    const file = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (!file) continue;
    const size = statSync(join(dir, file)).size;
    if (size > 0 && size === last) return join(dir, file);
    last = size;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-held-heap-'));
  const streams: OpenStream[] = [];
  const agent = createAgent();
  try {
    const databaseUrl = `sqlite:${join(dir, 'held.db')}`;
    const created = JSON.parse(
      (await runNode('org create', REPO, ['bin/parley.js', 'org', 'create', '--name', 'Held heap', '--json'], parleyEnv(databaseUrl), 60_000)).trim().split('\n').pop()!,
    ) as { customerKey: string };
    // Snapshots go to the temporary directory (`--diagnostic-dir`), not the server's cwd.
    const nodeArgs = ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`];
    const child =
      server === 'parley'
        ? await startParley({ name: 'parley', databaseUrl, delayMs: HOLD_MS, heartbeatMs: HOLD_MS, streamTimeoutMs: HOLD_MS, nodeArgs })
        : await startRaw({ name: 'raw', deltas: ['Hello ', 'there'], delayMs: 1, key: created.customerKey, hold: true, nodeArgs });
    const target: Target = { name: server, port: child.port, key: created.customerKey, shape: 'api' };
    const hold = (n: number) =>
      runPool(n, 50, async () => {
        const conversationId = await createConversation(agent, target, 30_000);
        const stream = openStream(agent, target, conversationId, MESSAGE, 30 * 60_000);
        streams.push(stream);
        await stream.firstEvent;
      });
    await hold(warm);
    const before = summarize(await snapshot(child, dir));
    await hold(held);
    const after = summarize(await snapshot(child, dir));
    const open = streams.filter((s) => s.checker.error === undefined && !s.checker.done).length;
    if (open !== warm + held) throw new Error(`only ${open} of ${warm + held} streams were still open`);

    const rows = [...after].map(([key, a]) => {
      const b = before.get(key) ?? { bytes: 0, count: 0 };
      return { key, bytes: (a.bytes - b.bytes) / held, count: (a.count - b.count) / held };
    });
    const total = rows.reduce((n, r) => n + r.bytes, 0);
    console.log(`${server}: ${(total / 1024).toFixed(2)} KiB of heap per held stream (${warm} → ${warm + held} held)`);
    for (const r of rows.filter((r) => Math.abs(r.bytes) >= 8).sort((x, y) => y.bytes - x.bytes).slice(0, top)) {
      console.log(`${r.bytes.toFixed(0).padStart(7)} B ${r.count.toFixed(2).padStart(6)}×  ${r.key.slice(0, 140)}`);
    }
    await child.stop('SIGTERM', 5000);
  } finally {
    for (const s of streams) s.close();
    agent.destroy();
    killAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
