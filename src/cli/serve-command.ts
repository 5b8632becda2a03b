/** `parley serve`: the server on the configured database; a demo organization on first start. */
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { createOrganization } from '../organizations/create-organization.ts';
import { startServer } from '../server.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API server (reads PORT, HOST, DATABASE_URL, PARLEY_* from the environment)')
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config);
      const say = (line = '') => process.stdout.write(`${line}\n`);
      say(`Parley is listening on ${server.url} (database ${config.databaseUrl}, model ${config.llm})`);
      if ((await server.store.countOrganizations()) === 0) {
        const demo = await createOrganization(server.store, { name: 'Demo', credits: config.defaultCredits });
        say('');
        say(`Created the demo organization "${demo.organization.name}". Its keys are shown this once:`);
        say(`  customer key (lxc_):   ${demo.customerKey}`);
        say(`  management key (lxm_): ${demo.managementKey}`);
        say('');
        say('Talk to the support agent:');
        say(
          `  CONV=$(curl -s -X POST ${server.url}/api/v1/customer/conversations -H "Authorization: Bearer ${demo.customerKey}" | sed 's/.*"conversationId":"\\([^"]*\\)".*/\\1/') && ` +
            `curl -N -X POST ${server.url}/api/v1/customer/conversations/$CONV/messages -H "Authorization: Bearer ${demo.customerKey}" -H "Content-Type: application/json" -d '{"message":"Hello"}'`,
        );
        say('');
      }
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
