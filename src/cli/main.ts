/** The `parley` command line: serve, org, keys (and chat/ask over the SDK). */
import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerChatCommands } from './chat-commands.ts';
import { registerServeCommand } from './serve-command.ts';

const program = new Command()
  .name('parley')
  .description('Parley: self-hostable customer-support agents with streaming chat APIs.')
  .showHelpAfterError();
registerServeCommand(program);
registerAdminCommands(program);
registerChatCommands(program);
await program.parseAsync(process.argv);
