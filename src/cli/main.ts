/** The `parley` command line: serve, org, keys (and chat/ask over the SDK). */
import { Command, InvalidArgumentError } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerServeCommand } from './serve-command.ts';

export function parseWholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

const program = new Command()
  .name('parley')
  .description('Parley: self-hostable customer-support agents with streaming chat APIs.')
  .showHelpAfterError();
registerServeCommand(program);
registerAdminCommands(program);
try {
  const { registerChatCommands } = await import('./chat-commands.ts');
  registerChatCommands(program);
} catch (err) {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
}
await program.parseAsync(process.argv);
