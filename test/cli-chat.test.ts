/**
 * `parley ask` and `parley chat` driven as a user would: spawned through bin/parley.js, with
 * arguments, environment and piped stdin, against the real server (and, where the offline model
 * cannot produce the case, a scripted SSE server).
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '@parley/client';
import { EXIT_CODES, exitCodeFor } from '../src/cli/chat-commands.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const repoRoot = resolve(import.meta.dirname, '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `parley <args>`; `input` is written to stdin, then stdin is closed. */
function parley(args: string[], options: { env?: Record<string, string>; input?: string; onStdout?: (text: string) => void } = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['bin/parley.js', ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      options.onStdout?.(stdout);
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The text of a terminal screen without colour and cursor escapes. */
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/**
 * Runs a command on a pseudo-terminal (util-linux `script`), as a user's shell would, so the
 * CLI sees a TTY on stdin and stdout. `screen` is everything the terminal received.
 */
function openTerminal(command: string) {
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (screen += text));
  const exited = new Promise<number | null>((done) => child.on('close', done));
  /** Resolves with the index of the first match of `pattern` at or after `from`. */
  const waitFor = (pattern: RegExp, from = 0) =>
    new Promise<number>((resolveIndex, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in ${JSON.stringify(screen)}`)), 15_000);
      const check = () => {
        const index = screen.slice(from).search(pattern);
        if (index === -1) return;
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolveIndex(from + index);
      };
      child.stdout.on('data', check);
      check();
    });
  return {
    waitFor,
    exited,
    screen: () => screen,
    type: (keys: string) => child.stdin.write(keys),
    kill: () => child.kill('SIGKILL'),
  };
}

describe('against the real server', () => {
  let server: TestServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer({ env: { PARLEY_OFFLINE_DELAY_MS: '2' } });
    env = { PARLEY_URL: server.url, PARLEY_KEY: server.customerKey };
  });
  afterAll(() => server.close());

  const history = (key: string, api: 'customer' | 'management', id: string) =>
    new sdk.Parley({ baseUrl: server.url, apiKey: key })[api].conversations.history(id);

  it('ask prints the reply text alone on stdout and exits 0', async () => {
    const conversations = new sdk.Parley({ baseUrl: server.url, apiKey: server.customerKey }).customer.conversations;
    const { conversationId } = await conversations.create();
    const run = await parley(['ask', '--conversation', conversationId, 'What are your opening hours?'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { messages } = await history(server.customerKey, 'customer', conversationId);
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(run.stdout).toBe(`${messages[1]!.content}\n`);
  });

  it('ask --management with --url/--key flags talks to the configuration agent', async () => {
    const run = await parley(['ask', '--management', '--url', server.url, '--key', server.managementKey, 'help']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown key', ['ask', '--key', 'lxc_wrong', 'hi'], EXIT_CODES.authentication, /HTTP 401 unauthorized/],
    ['a management key on the customer API', ['ask', '--key', '<management>', 'hi'], EXIT_CODES.permissionDenied, /HTTP 403 forbidden/],
    ['an unknown conversation', ['ask', '--conversation', '00000000-0000-4000-8000-000000000000', 'hi'], EXIT_CODES.notFound, /HTTP 404 not_found/],
    ['a blank question', ['ask', '   '], EXIT_CODES.badRequest, /HTTP 400/],
  ])('ask with %s: message on stderr, nothing on stdout, its own exit code', async (_name, args, code, pattern) => {
    const run = await parley(args.map((arg) => (arg === '<management>' ? server.managementKey : arg)), { env });
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.code).toBe(code);
  });

  it('ask without any key is a usage error (2) that says how to pass one', async () => {
    const run = await parley(['ask', 'hi'], { env: { PARLEY_URL: server.url } });
    expect(run).toMatchObject({ code: EXIT_CODES.usage, stdout: '' });
    expect(run.stderr).toMatch(/--key or set PARLEY_KEY/);
  });

  it('chat answers each piped line in turn, in one conversation, and exits 0 at end of input', async () => {
    const run = await parley(['chat'], { env, input: 'Hello\nWhat are your opening hours?\n/quit\n' });
    expect(run.code).toBe(0);
    const conversationId = /Conversation ([0-9a-f-]{36})/.exec(run.stderr)?.[1];
    expect(conversationId).toBeDefined();
    const { messages } = await history(server.customerKey, 'customer', conversationId!);
    expect(messages.map((m) => `${m.role}:${m.content}`)).toEqual([
      'user:Hello',
      `assistant:${messages[1]!.content}`,
      'user:What are your opening hours?',
      `assistant:${messages[3]!.content}`,
    ]);
    // Piped stdout carries the replies and nothing else (no prompt, no spinner).
    expect(run.stdout).toBe(`${messages[1]!.content}\n${messages[3]!.content}\n`);
  });

  it('chat on a terminal: prompt, a spinner until the first token, then the streamed reply', async () => {
    const terminal = openTerminal(`node bin/parley.js chat --url ${server.url} --key ${server.customerKey}`);
    try {
      const prompt = await terminal.waitFor(/you> /);
      terminal.type('Hello\r');
      const label = await terminal.waitFor(/agent> [^]*\n[^]*you> /, prompt + 5);
      const spinner = terminal.screen().indexOf('thinking', prompt);
      expect(spinner).toBeGreaterThan(prompt);
      expect(label).toBeGreaterThan(spinner);
      // The reply follows the label, on the same line.
      expect(/agent> (\S[^\r\n]*)/.exec(stripAnsi(terminal.screen().slice(label)))).not.toBeNull();
      terminal.type('/quit\r');
      expect(await terminal.exited).toBe(0);
    } finally {
      terminal.kill();
    }
  });
});

describe('with a slowly streaming model', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A second between deltas: Ctrl-C surely lands while the reply is still running.
    server = await startTestServer({ env: { PARLEY_OFFLINE_DELAY_MS: '1000' } });
  });
  afterAll(() => server.close());

  it('Ctrl-C during a reply stops it on the server and returns to the prompt', async () => {
    const terminal = openTerminal(`node bin/parley.js chat --url ${server.url} --key ${server.customerKey}`);
    try {
      const prompt = await terminal.waitFor(/you> /);
      const conversationId = /Conversation ([0-9a-f-]{36})/.exec(terminal.screen())![1]!;
      terminal.type('Tell me everything\r');
      await terminal.waitFor(/agent> \S/, prompt + 5);
      terminal.type('\x03');
      const stopped = await terminal.waitFor(/\[stopped\][^]*you> /, prompt + 5);
      expect(stopped).toBeGreaterThan(prompt);
      const client = new sdk.Parley({ baseUrl: server.url, apiKey: server.customerKey });
      const { messages } = await client.customer.conversations.history(conversationId);
      // The stop went to the server, which ended the stream: the screen shows what was stored.
      const shown = /agent> ([^\r\n]*)\r?\n/.exec(stripAnsi(terminal.screen().slice(prompt)))![1]!;
      expect(shown.length).toBeGreaterThan(0);
      expect(messages.at(-1)).toMatchObject({ role: 'assistant', status: 'stopped', content: shown });
      terminal.type('/quit\r');
      expect(await terminal.exited).toBe(0);
    } finally {
      terminal.kill();
    }
  });
});

describe('against a scripted server', () => {
  let server: Server;
  let url: string;
  let script: (path: string, res: import('node:http').ServerResponse) => void;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url?.endsWith('/conversations')) {
          res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ conversationId: 'c-1' }));
        } else script(req.url ?? '', res);
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const closed = new Promise((done) => server.close(done));
    server.closeAllConnections();
    await closed;
  });

  const sse = (res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' });

  it('chat shows the reply as it streams (before the rest is even sent) and shows escalation', async () => {
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    script = (_path, res) => {
      sse(res);
      res.write('id: 1\ndata: {"type":"delta","text":"Let me get "}\n\n');
      void released.then(() =>
        res.end(
          'id: 2\ndata: {"type":"status","status":"escalated"}\n\n' +
            'id: 3\ndata: {"type":"delta","text":"a colleague."}\n\nid: 4\ndata: [DONE]\n\n',
        ),
      );
    };
    let sawFirstDeltaEarly = false;
    const run = await parley(['chat', '--url', url, '--key', 'lxc_x'], {
      input: 'I want a human\n',
      onStdout: (stdout) => {
        // The server holds the rest of the reply until the first delta is on the terminal.
        if (stdout.includes('Let me get ') && !stdout.includes('colleague')) {
          sawFirstDeltaEarly = true;
          release();
        }
      },
    });
    expect(sawFirstDeltaEarly).toBe(true);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Let me get \n[escalated: a human agent will take over]\na colleague.\n');
  });

  it('ask with an error event: partial text on stdout, the error on stderr, exit 5', async () => {
    script = (_path, res) => {
      sse(res);
      res.end(
        'id: 1\ndata: {"type":"delta","text":"Half"}\n\n' +
          'id: 2\ndata: {"type":"error","message":"The model failed.","code":"model_error","retryable":true}\n\nid: 3\ndata: [DONE]\n\n',
      );
    };
    const run = await parley(['ask', '--url', url, '--key', 'lxc_x', 'hi']);
    expect(run).toMatchObject({ code: EXIT_CODES.streamError, stdout: 'Half\n' });
    expect(run.stderr).toMatch(/The model failed\. \(model_error\)/);
  });

  it('ask rate limited: exit 18 and the Retry-After delay on stderr', async () => {
    script = (_path, res) => {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7' });
      res.end(JSON.stringify({ error: 'Too many requests. Retry later.', code: 'rate_limited' }));
    };
    const run = await parley(['ask', '--url', url, '--key', 'lxc_x', 'hi']);
    expect(run).toMatchObject({ code: EXIT_CODES.rateLimit, stdout: '' });
    expect(run.stderr).toMatch(/retry after 7 s/);
  });

  it('ask resumes once, gap-free, when the connection drops mid-reply', async () => {
    script = (path, res) => {
      sse(res);
      if (path.endsWith('/messages')) {
        res.write('id: 1\ndata: {"type":"delta","text":"One "}\n\n');
        setTimeout(() => res.socket?.destroy(), 20);
      } else res.end('id: 2\ndata: {"type":"delta","text":"two"}\n\nid: 3\ndata: [DONE]\n\n');
    };
    const run = await parley(['ask', '--url', url, '--key', 'lxc_x', 'hi']);
    expect(run).toMatchObject({ code: 0, stdout: 'One two\n' });
    expect(run.stderr).toMatch(/resuming/);
  });

  it('ask against a server that is not there: exit 3', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const run = await parley(['ask', '--url', `http://127.0.0.1:${port}`, '--key', 'lxc_x', 'hi']);
    expect(run).toMatchObject({ code: EXIT_CODES.connection, stdout: '' });
    expect(run.stderr).toMatch(/ECONNREFUSED/);
  });
});

it('gives every SDK error class its own exit code', () => {
  const api = (status: number) => sdk.createAPIError(status, { error: 'x', code: 'y' });
  const errors = [
    ...[400, 401, 402, 403, 404, 409, 413, 422, 429, 500, 418].map(api),
    new sdk.ParleyConnectionError('down'),
    new sdk.IncompleteStreamError('cut', { reason: 'eof', partialText: '', lastEventId: 0 }),
    new sdk.StreamError({ message: 'x', code: 'model_error', retryable: false, partialText: '', eventId: 1 }),
  ];
  const codes = errors.map(exitCodeFor);
  expect(new Set(codes).size).toBe(errors.length);
  expect(codes).not.toContain(EXIT_CODES.ok);
  expect(codes).not.toContain(EXIT_CODES.unexpected);
  expect(exitCodeFor(new sdk.ParleyTimeoutError('slow'))).toBe(EXIT_CODES.connection);
  expect(exitCodeFor(new Error('bug'))).toBe(EXIT_CODES.unexpected);
});
