/**
 * Reads a V8 `.cpuprofile` (written by `node --cpu-prof`) and tells where the time went:
 * top functions by self time, top functions by total time (each function counted once per
 * sample, so recursion does not inflate it), and self time grouped by package or source folder.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: ProfileRow[];
  total: ProfileRow[];
  groups: ProfileRow[];
}

function shortUrl(url: string): string {
  if (url === '') return '';
  const clean = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm !== -1) return clean.slice(nm + '/node_modules/'.length);
  const src = clean.search(/\/(src|bench|packages|bin)\//);
  return src !== -1 ? clean.slice(src + 1) : clean;
}

function frameName(f: CallFrame): string {
  const fn = f.functionName || '(anonymous)';
  const where = shortUrl(f.url);
  return where ? `${fn}  ${where}:${f.lineNumber + 1}` : fn;
}

/** A package (`fastify`, `better-sqlite3`, `@scope/x`), a source folder (`src/runs`), or V8/node. */
function groupOf(f: CallFrame): string {
  const url = f.url.replace(/^file:\/\//, '');
  if (url === '') {
    if (f.functionName === '(garbage collector)') return '(garbage collector)';
    if (f.functionName === '(idle)' || f.functionName === '(program)') return f.functionName;
    return '(native / V8 builtins)';
  }
  if (url.startsWith('node:')) return 'node: core';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const m = /\/((?:src|packages\/[^/]+\/src|bench)(?:\/[^/]+)?)\/[^/]+$/.exec(url);
  return m ? m[1]! : shortUrl(url);
}

/** A time window in the profile's clock: CLOCK_MONOTONIC in µs, i.e. process.hrtime.bigint() / 1000. */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

/** The monotonic clock V8's profiler stamps samples with, in µs (comparable across processes). */
export function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Summarises one profile; with `windows`, only the samples taken inside them count (e.g. the
 * measured rounds, without start-up and warm-up). V8 samples the thread on a timer, so a
 * blocking call (a synchronous fsync inside SQLite) shows as time in its JS caller.
 */
export function summarizeProfile(file: string, top = 20, windows?: ProfileWindow[]): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windows && !windows.some((w) => at >= w.fromUs && at <= w.toUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const groups = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    all += us;
    self.set(frameName(node.callFrame), (self.get(frameName(node.callFrame)) ?? 0) + us);
    const g = groupOf(node.callFrame);
    groups.set(g, (groups.get(g) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = frameName(byId.get(cur)!.callFrame);
      if (name === '(root)' || seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + us);
    }
  }
  const rows = (m: Map<string, number>, n: number): ProfileRow[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: all === 0 ? 0 : us / all }));
  return { totalMs: all / 1000, self: rows(self, top), total: rows(total, top), groups: rows(groups, top) };
}

/** Renders a summary; `perStream` divides the times by the number of streams the profile saw. */
export function formatProfile(summary: ProfileSummary, streams: number | undefined): string {
  const per = (ms: number) => (streams ? `${((ms * 1000) / streams).toFixed(0).padStart(6)} µs/stream` : '');
  const table = (title: string, rows: ProfileRow[]) =>
    [
      `  ${title}`,
      ...rows.map((r) => `    ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms ${per(r.ms)}  ${r.name}`),
    ].join('\n');
  return [
    `  busy time in the profile: ${summary.totalMs.toFixed(0)} ms${streams ? ` over ${streams} streams (${((summary.totalMs * 1000) / streams).toFixed(0)} µs/stream)` : ''}`,
    table('by package / source folder (self time)', summary.groups),
    table('top functions by self time', summary.self),
    table('top functions by total time (self + callees)', summary.total),
  ].join('\n');
}
