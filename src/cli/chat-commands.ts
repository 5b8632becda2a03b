/**
 * `parley chat` (interactive, streamed) and `parley ask` (one-shot), built only on the SDK:
 * what works here works for any integrator, and a bug in the SDK shows up here first.
 *
 * Output contract: the reply text goes to stdout as it streams; everything else (banner,
 * errors, notices) goes to stderr, so `parley ask "…" > answer.txt` captures the answer alone.
 * Exit codes (one per error class) are listed in packages/client/README.md, "CLI".
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import pc from 'picocolors';
import yoctoSpinner from 'yocto-spinner';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  IncompleteStreamError,
  InternalServerError,
  NotFoundError,
  Parley,
  ParleyAPIError,
  ParleyConnectionError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  StreamError,
  UnprocessableEntityError,
  type Conversations,
  type ReplyStream,
} from '@parley/client';

/** Exit codes of `parley ask` (and of `parley chat` when it cannot start). */
export const EXIT_CODES = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  connection: 3,
  incompleteStream: 4,
  streamError: 5,
  badRequest: 10,
  authentication: 11,
  paymentRequired: 12,
  permissionDenied: 13,
  notFound: 14,
  conflict: 15,
  payloadTooLarge: 16,
  unprocessable: 17,
  rateLimit: 18,
  serverError: 19,
  otherHttp: 20,
} as const;

// Most specific first: instanceof also matches base classes.
const EXIT_BY_CLASS: ReadonlyArray<readonly [abstract new (...args: never[]) => Error, number]> = [
  [BadRequestError, EXIT_CODES.badRequest],
  [AuthenticationError, EXIT_CODES.authentication],
  [PaymentRequiredError, EXIT_CODES.paymentRequired],
  [PermissionDeniedError, EXIT_CODES.permissionDenied],
  [NotFoundError, EXIT_CODES.notFound],
  [ConflictError, EXIT_CODES.conflict],
  [PayloadTooLargeError, EXIT_CODES.payloadTooLarge],
  [UnprocessableEntityError, EXIT_CODES.unprocessable],
  [RateLimitError, EXIT_CODES.rateLimit],
  [InternalServerError, EXIT_CODES.serverError],
  [ParleyAPIError, EXIT_CODES.otherHttp],
  [ParleyConnectionError, EXIT_CODES.connection],
  [IncompleteStreamError, EXIT_CODES.incompleteStream],
  [StreamError, EXIT_CODES.streamError],
];

/** The exit code for an error thrown by the SDK (1 for anything unexpected). */
export function exitCodeFor(error: unknown): number {
  for (const [ErrorClass, code] of EXIT_BY_CLASS) if (error instanceof ErrorClass) return code;
  return EXIT_CODES.unexpected;
}

/** One line for stderr: what failed, with status and code when the server gave them. */
export function describeError(error: unknown): string {
  if (error instanceof RateLimitError && error.retryAfter !== undefined) {
    return `${error.message} (HTTP ${error.status} ${error.code}; retry after ${error.retryAfter} s)`;
  }
  if (error instanceof ParleyAPIError) return `${error.message} (HTTP ${error.status} ${error.code})`;
  if (error instanceof StreamError) return `${error.message} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
}

interface ConnectionOptions {
  url?: string;
  key?: string;
  management?: boolean;
  conversation?: string;
}

/** Where the process talks to the world; `process` in production. */
interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const processIo = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });

function connectionOptions(command: Command): Command {
  return command
    .option('--url <url>', 'server URL (default: $PARLEY_URL or http://127.0.0.1:3000)')
    .option('--key <key>', 'API key (default: $PARLEY_KEY): lxc_… customer key, lxm_… with --management')
    .option('--management', 'talk to the configuration agent through the Management Chat API')
    .option('--conversation <id>', 'continue an existing conversation instead of starting one');
}

/**
 * Adds `chat` and `ask` to the `parley` program.
 * @example `registerChatCommands(program); await program.parseAsync(process.argv);`
 */
export function registerChatCommands(program: Command): void {
  connectionOptions(program.command('chat'))
    .description('chat with the support agent (or, with --management, the configuration agent); replies stream as they are written')
    .action(async (options: ConnectionOptions) => {
      process.exitCode = await runChat(options, processIo());
    });
  connectionOptions(program.command('ask'))
    .description('ask one question; prints the reply alone on stdout, errors on stderr, exit code by error class')
    .argument('<question>', 'the message to send')
    .action(async (question: string, options: ConnectionOptions) => {
      process.exitCode = await runAsk(question, options, processIo());
    });
}

function openConversations(options: ConnectionOptions, io: Io): Conversations<'customer' | 'management'> | string {
  const apiKey = options.key ?? io.env.PARLEY_KEY;
  if (!apiKey) return 'no API key: pass --key or set PARLEY_KEY';
  const baseUrl = options.url ?? io.env.PARLEY_URL ?? 'http://127.0.0.1:3000';
  const client = new Parley({ baseUrl, apiKey });
  return options.management ? client.management.conversations : client.customer.conversations;
}

interface ReplyView {
  /** Called once before the first text, and before a notice (to end the spinner). */
  onFirstOutput?: () => void;
  escalated: () => void;
  /** The signal the user's Ctrl-C aborts: then the end of the reply is not an error. */
  signal?: AbortSignal;
  /** True once the user asked to stop: the reply then ends early, which is not an error. */
  stopRequested?: () => boolean;
}

/**
 * Streams one reply to stdout. A connection cut mid-reply is resumed once, gap-free
 * (`stream.resume()`), since the server keeps generating while we are away.
 * @returns the exit code (0 when the reply arrived whole).
 */
async function streamReply(stream: ReplyStream, io: Io, view: ReplyView): Promise<number> {
  let current = stream;
  let resumed = false;
  let started = false;
  const begin = () => {
    if (!started) view.onFirstOutput?.();
    started = true;
  };
  for (;;) {
    try {
      for await (const event of current) {
        begin();
        if (event.type === 'delta') io.stdout.write(event.text);
        else if (event.type === 'status') view.escalated();
      }
      begin();
      if (current.textSoFar !== '') io.stdout.write('\n');
      if (current.error) throw current.error;
      if (view.stopRequested?.()) io.stderr.write(pc.dim('[stopped]\n'));
      return EXIT_CODES.ok;
    } catch (error) {
      begin();
      if (view.signal?.aborted) {
        io.stdout.write('\n');
        io.stderr.write(pc.dim('[stopped]\n'));
        return EXIT_CODES.ok;
      }
      if (error instanceof IncompleteStreamError && !resumed && error.reason !== 'gap') {
        resumed = true;
        io.stderr.write(pc.dim(`\n[connection lost after event ${error.lastEventId}; resuming]\n`));
        current = current.resume();
        continue;
      }
      if (current.textSoFar !== '' && !(error instanceof StreamError)) io.stdout.write('\n');
      io.stderr.write(`${pc.red('error:')} ${describeError(error)}\n`);
      return exitCodeFor(error);
    }
  }
}

/** Connects and creates (or continues) a conversation; an exit code when that fails. */
async function openConversation(command: string, options: ConnectionOptions, io: Io) {
  const conversations = openConversations(options, io);
  if (typeof conversations === 'string') {
    io.stderr.write(`parley ${command}: ${conversations}\n`);
    return EXIT_CODES.usage;
  }
  try {
    const conversationId = options.conversation ?? (await conversations.create()).conversationId;
    return { conversations, conversationId };
  } catch (error) {
    io.stderr.write(`${pc.red('error:')} ${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}

/** `parley ask "question"`. */
export async function runAsk(question: string, options: ConnectionOptions, io: Io): Promise<number> {
  const opened = await openConversation('ask', options, io);
  if (typeof opened === 'number') return opened;
  const { conversations, conversationId } = opened;
  const stream = conversations.send(conversationId, question);
  return streamReply(stream, io, {
    escalated: () => io.stderr.write(pc.yellow('[escalated: a human agent will take over]\n')),
  });
}

/** `parley chat`: a REPL on stdin/stdout; `/new` starts a new conversation, `/quit` leaves. */
export async function runChat(options: ConnectionOptions, io: Io): Promise<number> {
  const opened = await openConversation('chat', options, io);
  if (typeof opened === 'number') return opened;
  const { conversations } = opened;
  let { conversationId } = opened;
  const tty = io.stdout.isTTY === true;
  const agent = options.management ? 'config' : 'agent';
  io.stderr.write(pc.dim(`Conversation ${conversationId}. /new starts another, /quit or Ctrl-D leaves.\n`));

  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: tty && (io.stdin as { isTTY?: boolean }).isTTY === true });
  rl.setPrompt(tty ? pc.bold('you> ') : '');
  interface Reply {
    controller: AbortController;
    conversationId: string;
    stopRequested: boolean;
    fallback?: ReturnType<typeof setTimeout>;
  }
  let replying: Reply | undefined;
  // Ctrl-C during a reply stops it on the server, which then ends the stream with [DONE], so
  // what was shown is exactly what was stored. If the stop call fails or hangs, stop reading.
  // Ctrl-C at the prompt leaves.
  rl.on('SIGINT', () => {
    if (!replying) return rl.close();
    const current = replying;
    const giveUp = () => current.controller.abort(new Error('stopped'));
    current.stopRequested = true;
    current.fallback ??= setTimeout(giveUp, 3000);
    conversations.stop(current.conversationId).catch(giveUp);
  });

  if (tty) rl.prompt();
  for await (const rawLine of rl) {
    const line = rawLine.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line === '/new') {
      try {
        conversationId = (await conversations.create()).conversationId;
        io.stderr.write(pc.dim(`New conversation ${conversationId}.\n`));
      } catch (error) {
        io.stderr.write(`${pc.red('error:')} ${describeError(error)}\n`);
      }
    } else if (line !== '') {
      const controller = new AbortController();
      const current: Reply = { controller, conversationId, stopRequested: false };
      replying = current;
      // The spinner only makes sense on a terminal; piped output stays clean text.
      const spinner = tty ? yoctoSpinner({ text: 'thinking', stream: io.stdout, handleSignals: false }).start() : undefined;
      await streamReply(conversations.send(conversationId, line, { signal: controller.signal }), io, {
        onFirstOutput: () => {
          spinner?.stop();
          if (tty) io.stdout.write(pc.cyan(`${agent}> `));
        },
        escalated: () => io.stdout.write(pc.yellow('\n[escalated: a human agent will take over]\n')),
        signal: controller.signal,
        stopRequested: () => current.stopRequested,
      });
      clearTimeout(current.fallback);
      replying = undefined;
    }
    if (tty) rl.prompt();
  }
  rl.close();
  return EXIT_CODES.ok;
}
