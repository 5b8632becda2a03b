/**
 * Child processes of the benchmark. Every child is registered by pid the moment it is spawned,
 * and {@link killAllChildren} ends each of them by that pid (never by name): on success, on
 * error, on SIGINT/SIGTERM and on exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const children = new Map<number, { name: string; child: ChildProcess }>();

export interface ServerChild {
  name: string;
  pid: number;
  port: number;
  child: ChildProcess;
  /** The last output of the child (stdout and stderr), for error messages. */
  output(): string;
  /** Sends `signal`, waits up to `graceMs` for the exit, then SIGKILL. Resolves once it exited. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export interface SpawnServerOptions {
  name: string;
  cwd: string;
  /** Node arguments (script and its arguments), run with this process's node. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Must match one stdout line once the server listens; group 1 is the port. */
  ready: RegExp;
  timeoutMs: number;
  /** Keep stdin open as a pipe: a child that exits when it closes dies with the benchmark. */
  stdinPipe?: boolean;
}

const OUTPUT_LIMIT = 16_384;

function track(name: string, child: ChildProcess): void {
  if (child.pid !== undefined) {
    const pid = child.pid;
    children.set(pid, { name, child });
    child.once('exit', () => children.delete(pid));
  }
}

export function spawnServer(options: SpawnServerOptions): Promise<ServerChild> {
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.stdinPipe ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  track(options.name, child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stderr!.on('data', keep);

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const handle = (port: number): ServerChild => ({
    name: options.name,
    pid: child.pid!,
    port,
    child,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(child.pid!, signal);
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  });

  return new Promise((resolve, reject) => {
    let lineBuffer = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        process.kill(child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`${options.name}: ${why}\n--- its output ---\n${output.trim()}`));
    };
    const timer = setTimeout(() => fail(`not listening after ${options.timeoutMs} ms`), options.timeoutMs);
    child.once('error', (err) => fail(`could not start: ${err.message}`));
    child.once('exit', (code, signal) => fail(`exited during start (code ${code}, signal ${signal})`));
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (settled) return;
      lineBuffer += chunk.toString('utf8');
      const m = options.ready.exec(lineBuffer);
      if (m) {
        settled = true;
        clearTimeout(timer);
        resolve(handle(Number(m[1])));
      } else if (lineBuffer.length > OUTPUT_LIMIT) {
        lineBuffer = lineBuffer.slice(-1024);
      }
    });
  });
}

/** Runs a short-lived node command (tracked like the servers) and returns its stdout. */
export function runNode(name: string, cwd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    track(name, child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      try {
        process.kill(child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${name} failed (code ${code}, signal ${signal}):\n${stderr.trim() || stdout.trim()}`));
    });
  });
}

/** SIGKILLs every child still running, each by its pid. Synchronous: safe in an exit handler. */
export function killAllChildren(): void {
  for (const [pid] of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}

export function runningChildren(): { pid: number; name: string }[] {
  return [...children].map(([pid, c]) => ({ pid, name: c.name }));
}
