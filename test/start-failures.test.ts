/**
 * A start that cannot succeed says why in one line on stderr and exits non-zero within 10 s
 * (issue 11, item 2): the real `parley serve` process, spawned as a user or an init system would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runUntilExit, type EndedProcess } from './helpers/process.ts';
import { POSTGRES_URL } from './helpers/databases.ts';

/** A behaviour bound (the "within 10 s"), not a speed target. */
const DEADLINE_MS = 10_000;

const dirs: string[] = [];
const servers: Server[] = [];
const sockets = new Set<Socket>();
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-start-'));
  dirs.push(dir);
  return dir;
}
/** A TCP server on 127.0.0.1 that accepts connections and never answers. */
async function listen(): Promise<number> {
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}
/** A port nothing listens on: bound once by this process, then closed. */
async function closedPort(): Promise<number> {
  const port = await listen();
  const server = servers.pop()!;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function serve(env: Record<string, string>, nodeArgs: string[] = []): Promise<EndedProcess> {
  return runUntilExit(['serve'], { PORT: '0', LOG_LEVEL: 'warn', ...env }, { nodeArgs, deadlineMs: DEADLINE_MS });
}

/** Non-zero exit before the deadline, and stderr is exactly one `parley: …` line without a stack. */
function expectOneLineFailure(result: EndedProcess): string {
  expect(result.exitedInTime, `still running after ${DEADLINE_MS} ms; stderr: ${result.stderr}`).toBe(true);
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.stderr).toMatch(/^parley: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  return result.stderr.trim();
}

describe('a start that fails says why in one line and exits within 10 s', () => {
  it('PostgreSQL URL on a closed port: connection refused, no password shown', async () => {
    const port = await closedPort();
    const result = await serve({ DATABASE_URL: `postgres://parley:s3cret-pw@127.0.0.1:${port}/parley` });
    const line = expectOneLineFailure(result);
    expect(line).toBe(`parley: cannot connect to PostgreSQL at 127.0.0.1:${port} (connection refused)`);
    expect(result.stdout + result.stderr).not.toContain('s3cret-pw');
  });

  it('PostgreSQL host that accepts but never answers: gives up within 10 s', async () => {
    const port = await listen();
    const line = expectOneLineFailure(await serve({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/parley` }));
    expect(line).toMatch(new RegExp(`^parley: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port} \\(no answer within \\d+ s\\)$`));
  });

  it('PostgreSQL database that does not exist: the server\'s reason', async () => {
    const url = new URL(POSTGRES_URL);
    url.pathname = '/parley_missing_database_x';
    const line = expectOneLineFailure(await serve({ DATABASE_URL: url.toString() }));
    expect(line).toMatch(/^parley: cannot connect to PostgreSQL at .+ \(database "parley_missing_database_x" does not exist\)$/);
  });

  it('port already in use', async () => {
    const port = await listen();
    const line = expectOneLineFailure(await serve({ PORT: String(port), DATABASE_URL: `sqlite:${join(tempDir(), 'parley.db')}` }));
    expect(line).toBe(`parley: port ${port} on 127.0.0.1 is already in use`);
  });

  // Tests run as root, for whom chmod does not stop writes: the unwritable paths here are a
  // directory that is really a regular file, and /proc (which no one can create files in).
  it('SQLite path whose directory is a regular file', async () => {
    const file = join(tempDir(), 'file.txt');
    writeFileSync(file, 'not a directory\n');
    const path = join(file, 'parley.db');
    const line = expectOneLineFailure(await serve({ DATABASE_URL: `sqlite:${path}` }));
    expect(line).toBe(`parley: cannot open SQLite database ${path}: ${file} is a file, not a directory`);
  });

  it('SQLite path in a directory that allows no new files (/proc)', async () => {
    const line = expectOneLineFailure(await serve({ DATABASE_URL: 'sqlite:/proc/parley-test.db' }));
    expect(line).toMatch(/^parley: cannot open SQLite database \/proc\/parley-test\.db: directory \/proc is read-only/);
  });

  it('SQLite file that is not a database', async () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'these are notes, not a database\n'.repeat(100));
    const line = expectOneLineFailure(await serve({ DATABASE_URL: `sqlite:${path}` }));
    expect(line).toBe(`parley: cannot open SQLite database ${path}: the file is not a SQLite database`);
  });

  it('a migration that fails', async () => {
    const path = join(tempDir(), 'parley.db');
    // A migrations table of another shape: the migration step cannot read which versions ran.
    const db = new Database(path);
    db.exec('create table parley_migrations (id integer primary key)');
    db.close();
    const line = expectOneLineFailure(await serve({ DATABASE_URL: `sqlite:${path}` }));
    expect(line).toMatch(/^parley: database migration failed: .*version/);
  });

  it('bad configuration values: one line naming each variable', async () => {
    const line = expectOneLineFailure(await serve({ PORT: 'eighty', PARLEY_HEARTBEAT_MS: '-5' }));
    expect(line).toMatch(/^parley: Invalid configuration: PORT: .+; PARLEY_HEARTBEAT_MS: .+$/);
  });

  it('an unknown DATABASE_URL scheme, with its password kept out', async () => {
    const result = await serve({ DATABASE_URL: 'mysql://root:hunter2@127.0.0.1/parley' });
    expect(expectOneLineFailure(result)).toBe('parley: DATABASE_URL must start with sqlite: or postgres://');
    expect(result.stderr + result.stdout).not.toContain('hunter2');
  });

  describe('failures nobody planned for, injected into listen()', () => {
    // A module loaded before the CLI (node --import) replaces net.Server#listen.
    function hook(body: string): string {
      const file = join(tempDir(), 'hook.mjs');
      writeFileSync(file, `import net from 'node:net';\nnet.Server.prototype.listen = function () { ${body}; return this; };\n`);
      return file;
    }
    const db = () => ({ DATABASE_URL: `sqlite:${join(tempDir(), 'parley.db')}` });

    it('an unhandled rejection', async () => {
      const result = await serve(db(), ['--import', hook("Promise.reject(new Error('injected rejection'))")]);
      expect(expectOneLineFailure(result)).toBe('parley: injected rejection');
    });

    it('an exception thrown from a callback', async () => {
      const result = await serve(db(), ['--import', hook("setImmediate(() => { throw new Error('injected exception'); })")]);
      expect(expectOneLineFailure(result)).toBe('parley: injected exception');
    });

    it('a listen that never calls back, leaving the event loop empty (Node would exit 13 silently)', async () => {
      const result = await serve(db(), ['--import', hook('')]);
      expect(expectOneLineFailure(result)).toMatch(/^parley: the start stopped before the server was listening/);
      expect(result.code).toBe(1);
    });
  });
});
