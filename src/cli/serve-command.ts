/** `parley serve`: the server on the configured database; a demo organization on first start. */
import { writeSync } from 'node:fs';
import type { Command } from 'commander';
import type { RunningServer } from '../server.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API server (reads PORT, HOST, DATABASE_URL, PARLEY_* from the environment)')
    .action(async () => {
      const start = guardStart();
      let server: RunningServer;
      let lines: string[];
      let signals: { stopping: boolean } | undefined;
      try {
        // Loaded when the command runs: `parley --help` and `parley ask` must not pay for zod.
        const { loadConfig } = await import('../config.ts');
        const config = loadConfig();
        // Loaded here, not at the top: `parley ask` should not pay for the whole server.
        const { startServer } = await import('../server.ts');
        server = await startServer(config);
        // Listening from here (/readyz answers): a signal must drain from now on, not only once
        // the first-start lines are written (creating the demo organization can take seconds on a
        // busy machine, and a SIGTERM then killed the process without a drain).
        signals = handleSignals(server);
        lines = await firstStartLines(server, config.defaultCredits);
        lines.push(`Parley is listening on ${server.url} (database ${withoutPassword(config.databaseUrl)}, model ${config.llm})`);
        lines.push(`Admin console: ${server.url}/console (sign in with a management key)`);
      } catch (err) {
        // Stopped while writing the first-start lines: the drain exits the process.
        if (signals?.stopping) return;
        return start.fail(err);
      }
      start.done();
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

/**
 * SIGTERM and SIGINT drain the server, then exit. A second signal while it drains is logged and
 * changes nothing: `npm start` forwards the signal its process group already sent to the server
 * (Ctrl-C, systemd), and that second copy used to kill the drain. The drain is bounded by
 * PARLEY_SHUTDOWN_GRACE_MS.
 */
function handleSignals(server: RunningServer): { stopping: boolean } {
  const state = { stopping: false };
  const stop = (signal: string) => {
    if (state.stopping) {
      server.log.info({ signal }, 'signal received while stopping; still draining');
      return;
    }
    state.stopping = true;
    server.log.info({ signal }, 'signal received');
    server.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        server.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return state;
}

/** On an empty database: the demo organization, its slug and keys (shown this once), a curl line. */
async function firstStartLines(server: RunningServer, credits: number | null): Promise<string[]> {
  if ((await server.store.countOrganizations()) !== 0) return [];
  const { createOrganization } = await import('../organizations/create-organization.ts');
  let demo: Awaited<ReturnType<typeof createOrganization>>;
  try {
    demo = await createOrganization(server.store, { name: 'Demo', slug: 'demo', credits });
  } catch (err) {
    // Several instances started together on one new database: one of them created it.
    if ((await server.store.countOrganizations()) > 0) return [];
    throw err;
  }
  const key = demo.customerKey;
  return [
    `Created the demo organization "${demo.organization.name}" (slug: ${demo.organization.slug}). Its keys are shown this once:`,
    `  customer key (lxc_):   ${key}`,
    `  management key (lxm_): ${demo.managementKey}`,
    '',
    'Talk to the support agent:',
    `  CONV=$(curl -s -X POST ${server.url}/api/v1/customer/conversations -H "Authorization: Bearer ${key}" | sed 's/.*"conversationId":"\\([^"]*\\)".*/\\1/') && ` +
      `curl -N -X POST ${server.url}/api/v1/customer/conversations/$CONV/messages -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" -d '{"message":"Hello"}'`,
    '',
  ];
}

/**
 * Until the server listens, every way a start can end — a thrown error, an unhandled rejection,
 * an uncaught exception, or the event loop running dry under a pending await (Node's silent
 * exit 13) — prints one line on stderr naming the cause and exits non-zero.
 */
function guardStart(): { fail(err: unknown): never; done(): void } {
  let over = false;
  const say = (line: string) => {
    // Synchronous: the process exits right after, and stderr may be a pipe.
    writeSync(2, `parley: ${line}\n`);
  };
  const fail = (err: unknown): never => {
    if (!over) {
      over = true;
      say(oneLine(err));
    }
    process.exit(1);
  };
  const onExit = () => {
    if (over) return;
    over = true;
    say('the start stopped before the server was listening: it waited on work that can no longer finish (internal error)');
    process.exitCode = 1;
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // When the event loop runs dry (not on an explicit exit); before bin/parley.js's own guard,
  // which then finds the exit code set and says nothing more.
  process.prependListener('beforeExit', onExit);
  return {
    fail,
    done() {
      over = true;
      process.off('uncaughtException', fail);
      process.off('unhandledRejection', fail);
      process.off('beforeExit', onExit);
    },
  };
}

/** An error as one line: no stack, no line breaks, no password from a URL. */
export function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const [first = 'start failed', ...rest] = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return withoutPassword(rest.length > 0 ? `${first} ${rest.join('; ')}` : first);
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, wherever it appears. */
export function withoutPassword(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/gi, '$1:***@');
}
