/** `parley serve`: the server on the configured database; a demo organization on first start. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { RunningServer } from '../server.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API server (reads PORT, HOST, DATABASE_URL, PARLEY_* from the environment)')
    .action(async () => {
      let config: Config;
      let server: RunningServer;
      try {
        // Loaded when the command runs: `parley --help` and `parley ask` must not pay for zod.
        const { loadConfig } = await import('../config.ts');
        config = loadConfig();
        // Loaded here, not at the top: `parley ask` should not pay for the whole server.
        const { startServer } = await import('../server.ts');
        server = await startServer(config);
      } catch (err) {
        // A configuration or start-up problem is one readable message, not a stack trace.
        process.stderr.write(`parley: ${(err as Error).message}\n`);
        process.exit(1);
      }
      const lines: string[] = [];
      const say = (line = '') => lines.push(line);
      if ((await server.store.countOrganizations()) === 0) {
        const { createOrganization } = await import('../organizations/create-organization.ts');
        const demo = await createOrganization(server.store, { name: 'Demo', credits: config.defaultCredits });
        const key = demo.customerKey;
        say(`Created the demo organization "${demo.organization.name}". Its keys are shown this once:`);
        say(`  customer key (lxc_):   ${key}`);
        say(`  management key (lxm_): ${demo.managementKey}`);
        say('');
        say('Talk to the support agent:');
        say(
          `  CONV=$(curl -s -X POST ${server.url}/api/v1/customer/conversations -H "Authorization: Bearer ${key}" | sed 's/.*"conversationId":"\\([^"]*\\)".*/\\1/') && ` +
            `curl -N -X POST ${server.url}/api/v1/customer/conversations/$CONV/messages -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" -d '{"message":"Hello"}'`,
        );
        say('');
      }
      say(`Parley is listening on ${server.url} (database ${config.databaseUrl}, model ${config.llm})`);
      process.stdout.write(`${lines.join('\n')}\n`);
      const stop = (signal: string) => {
        server.log.info({ signal }, 'signal received');
        server.shutdown().then(
          () => process.exit(0),
          (err: unknown) => {
            server.log.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}
