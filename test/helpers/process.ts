/** Runs the real `parley` command as a child process, the way a user or an init system would. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `parley <args>` to completion. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Starts `parley serve` on a free port and waits until it listens. `command` runs something
 * else that should end in `parley serve` (e.g. `npm start`).
 */
export async function startServeProcess(env: Record<string, string>, command: [string, ...string[]] = [process.execPath, BIN, 'serve']): Promise<ServeProcess> {
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 20_000);
    const check = () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', check);
    void exited.then(() => reject(new Error(`serve exited:\n${out}`)));
  });
  return { child, url, output: () => out, exited };
}

export interface EndedProcess extends CliResult {
  /** False when the process was still running at the deadline (it was then killed). */
  exitedInTime: boolean;
}

/**
 * Runs `node [nodeArgs] parley <args>` and waits at most `deadlineMs` for it to exit; a process
 * still running at the deadline is killed (by its pid) and reported with `exitedInTime: false`.
 */
export function runUntilExit(args: string[], env: Record<string, string>, options: { nodeArgs?: string[]; deadlineMs: number }): Promise<EndedProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', ...env },
    });
    let stdout = '';
    let stderr = '';
    let exitedInTime = true;
    const deadline = setTimeout(() => {
      exitedInTime = false;
      child.kill('SIGKILL');
    }, options.deadlineMs);
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(deadline);
      resolve({ code, stdout, stderr, exitedInTime });
    });
  });
}

/** Whether a process with this pid still exists (signal 0 checks without sending anything). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
