/**
 * `@parley/client` in a real browser (Debian's Chromium, driven by playwright-core): the SDK
 * sources bundled by esbuild for the browser, a page that uses them as the client README's
 * "Browser" section does, served by a small backend that proxies `/api/*` to a real Parley
 * server (same origin, no CORS). The page streams a reply into the DOM with `for await`, reads
 * the history, meets a pre-stream error and stops a second reply from its Stop button.
 *
 * Needs `chromium` on PATH (`apt-get install chromium`; `.ci/run` installs it). Without it the
 * test fails: it does not skip. Set SDK_BROWSER_SCREENSHOT=/some/file.png to keep the screenshot.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from './helpers/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryResponse } from '@parley/client';
import { startBrowserBackend, type BrowserBackend } from './helpers/browser-proxy.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const sdkEntry = join(repoRoot, 'packages/client/src/index.ts');
/** Pause between the offline model's deltas: the Stop button gets clicked while a reply runs, even on a busy machine. */
const DELTA_DELAY_MS = 200;
const MESSAGE = 'Where is my order?';

/**
 * The page. An import map resolves `@parley/client` to the bundle, so the script imports the
 * SDK as the README does. `chat()` is the README's browser example (create, Stop button, send,
 * `for await` appending deltas to the DOM), plus bookkeeping for the test.
 */
function pageHtml(customerKey: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Parley SDK in the browser</title>
<style>body { font: 16px sans-serif; margin: 24px; max-width: 720px } div { border: 1px solid #999; padding: 8px; margin: 8px 0; min-height: 1.2em }</style>
<script type="importmap">{ "imports": { "@parley/client": "/sdk.js" } }</script>
</head>
<body>
<h1>Parley SDK in the browser</h1>
<p>Reply:</p>
<div id="reply"></div>
<p>Stopped reply:</p>
<div id="stopped-reply"></div>
<button id="stop" disabled>Stop</button>
<p>Error: <span id="error"></span></p>
<p>Status: <span id="status">running</span></p>
<script type="module">
  import { Parley, IncompleteStreamError, AuthenticationError, ParleyAPIError, ParleyError } from '@parley/client';

  const apiKey = ${JSON.stringify(customerKey)};
  const client = new Parley({ baseUrl: location.origin, apiKey });

  async function chat(out, message, onFirstDelta) {
    const { conversationId } = await client.customer.conversations.create();

    const controller = new AbortController();
    let stopping;
    document.querySelector('#stop').onclick = () => {
      controller.abort(); // stop reading here…
      stopping = client.customer.conversations.stop(conversationId); // …and stop generating on the server
    };

    const stream = client.customer.conversations.send(conversationId, message, {
      signal: controller.signal,
    });
    const ids = [];
    const deltaTimes = [];
    try {
      for await (const event of stream) {
        ids.push(event.id);
        if (event.type === 'delta') {
          out.textContent += event.text;
          deltaTimes.push(performance.now());
          if (deltaTimes.length === 1) onFirstDelta?.();
        }
      }
    } catch (error) {
      if (error instanceof IncompleteStreamError) out.textContent = await stream.resume().text();
      else if (!controller.signal.aborted) throw error;
    }
    const stop = stopping === undefined ? null : await stopping; // before reading the history
    const { messages } = await client.customer.conversations.history(conversationId);
    return {
      conversationId,
      ids,
      deltaSpanMs: deltaTimes.length > 1 ? deltaTimes.at(-1) - deltaTimes[0] : 0,
      deltas: deltaTimes.length,
      shown: out.textContent,
      completed: stream.completed,
      lastEventId: stream.lastEventId,
      aborted: controller.signal.aborted,
      stop,
      history: messages,
    };
  }

  function describeError(error) {
    return {
      name: error?.name,
      constructorName: error?.constructor?.name,
      isAuthenticationError: error instanceof AuthenticationError,
      isParleyAPIError: error instanceof ParleyAPIError,
      isParleyError: error instanceof ParleyError,
      status: error?.status,
      code: error?.code,
      message: error?.message,
    };
  }

  const result = {};
  try {
    // 1. The README's flow: stream a reply into the page, then read the history.
    result.main = await chat(document.querySelector('#reply'), ${JSON.stringify(MESSAGE)});

    // 2. A pre-stream error: a key the server does not know, on create() and on a streamed send().
    const stranger = new Parley({ baseUrl: location.origin, apiKey: 'lxc_not_a_real_key' });
    try {
      await stranger.customer.conversations.create();
      result.createError = null;
    } catch (error) {
      result.createError = describeError(error);
    }
    try {
      for await (const event of stranger.customer.conversations.send(result.main.conversationId, 'hello')) void event;
      result.sendError = null;
    } catch (error) {
      result.sendError = describeError(error);
    }
    document.querySelector('#error').textContent = result.createError?.name + ' ' + result.createError?.status;

    // 3. Stop: the Stop button turns on once the second reply is streaming; the test clicks it.
    const stopButton = document.querySelector('#stop');
    result.stopped = await chat(document.querySelector('#stopped-reply'), ${JSON.stringify(MESSAGE)}, () => {
      stopButton.disabled = false;
    });
    stopButton.disabled = true;
    document.querySelector('#status').textContent = 'done';
  } catch (error) {
    result.failure = String(error?.stack ?? error);
    document.querySelector('#status').textContent = 'failed: ' + result.failure;
  }
  window.__result = result;
</script>
</body>
</html>
`;
}

interface PageError {
  name: string;
  constructorName: string;
  isAuthenticationError: boolean;
  isParleyAPIError: boolean;
  isParleyError: boolean;
  status: number;
  code: string;
  message: string;
}

interface ChatResult {
  conversationId: string;
  ids: number[];
  deltaSpanMs: number;
  deltas: number;
  shown: string;
  completed: boolean;
  lastEventId: number;
  aborted: boolean;
  stop: { stopped: boolean } | null;
  history: HistoryResponse['messages'];
}

interface PageResult {
  failure?: string;
  main: ChatResult;
  createError: PageError | null;
  sendError: PageError | null;
  stopped: ChatResult;
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('@parley/client in Chromium', () => {
  let dir: string;
  let server: TestServer | undefined;
  let backend: BrowserBackend | undefined;
  let browser: Browser | undefined;
  let bundleInputs: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-sdk-browser-'));
    const bundle = join(dir, 'sdk.js');
    const built = await build({
      entryPoints: [sdkEntry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: bundle,
      metafile: true,
      logLevel: 'silent',
    });
    bundleInputs = Object.keys(built.metafile.inputs);
    server = await startTestServer({ env: { PARLEY_OFFLINE_DELAY_MS: String(DELTA_DELAY_MS) } });
    backend = await startBrowserBackend(server.url, {
      '/': { body: pageHtml(server.customerKey), type: 'text/html; charset=utf-8' },
      '/sdk.js': { body: await readFile(bundle), type: 'text/javascript; charset=utf-8' },
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await backend?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('the bundle holds only the SDK sources and eventsource-parser (no Node built-ins)', () => {
    const outside = bundleInputs.filter(
      (input) =>
        !relative(repoRoot, resolve(repoRoot, input)).startsWith('packages/client/src/') &&
        !input.includes('node_modules/eventsource-parser/'),
    );
    expect(bundleInputs.length).toBeGreaterThan(3);
    expect(outside).toEqual([]);
  });

  it('streams a reply into the page, reads history, throws typed errors and stops a reply', async () => {
    browser = await launchChromium(); // throws (fails the test) when chromium is missing
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const logs: string[] = [];
    page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));

    await page.goto(backend!.url + '/');
    // The Stop button is enabled once the second reply streams: click it like a user would.
    await page.click('#stop');
    await page.waitForFunction(() => '__result' in window, null, { timeout: 30_000 });
    const result = (await page.evaluate(() => (window as unknown as { __result: unknown }).__result)) as PageResult;
    expect(result.failure, logs.join('\n')).toBeUndefined();

    const shot = process.env.SDK_BROWSER_SCREENSHOT ?? join(dir, 'page.png');
    const png = await page.screenshot({ path: shot, fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    // 1. The text the page shows is the text the server stored, read by the page and by Node.
    const { main } = result;
    const shown = await page.textContent('#reply');
    expect(shown).toBe(main.shown);
    expect(shown!.length).toBeGreaterThan(20);
    expect(main.completed).toBe(true);
    expect(main.aborted).toBe(false);
    expect(main.history.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(main.history[0]!.content).toBe(MESSAGE);
    expect(main.history[1]).toMatchObject({ role: 'assistant', status: 'complete', content: shown });
    const fromNode = await fetch(`${server!.url}/api/v1/customer/conversations/${main.conversationId}/messages`, {
      headers: { Authorization: `Bearer ${server!.customerKey}` },
    });
    expect(fromNode.status).toBe(200);
    const stored = ((await fromNode.json()) as HistoryResponse).messages;
    expect(stored.at(-1)).toMatchObject({ role: 'assistant', status: 'complete', content: shown });

    // Event ids 1..N without a gap; [DONE] carries the next one.
    expect(main.ids).toEqual(oneToN(main.ids.length));
    expect(main.ids.length).toBeGreaterThanOrEqual(main.deltas);
    expect(main.lastEventId).toBeGreaterThanOrEqual(main.ids.length);
    // Streamed, not buffered: deltas arrived over about the time the model took to write them.
    expect(main.deltas).toBeGreaterThan(3);
    expect(main.deltaSpanMs).toBeGreaterThanOrEqual((main.deltas - 1) * DELTA_DELAY_MS * 0.5);

    // 2. A bad key: AuthenticationError (instanceof in the page) with status 401.
    for (const error of [result.createError, result.sendError]) {
      expect(error).toMatchObject({
        name: 'AuthenticationError',
        isAuthenticationError: true,
        isParleyAPIError: true,
        isParleyError: true,
        status: 401,
        code: 'unauthorized',
      });
      expect(error!.message.length).toBeGreaterThan(0);
    }
    expect(await page.textContent('#error')).toBe('AuthenticationError 401');

    // 3. Stop: the page stopped reading and the server stopped generating, keeping its text so far.
    const { stopped } = result;
    expect(stopped.aborted).toBe(true);
    expect(stopped.stop).toEqual({ stopped: true });
    expect(stopped.completed).toBe(false);
    expect(stopped.ids).toEqual(oneToN(stopped.ids.length));
    expect(stopped.ids.length).toBeGreaterThan(0);
    const stoppedReply = stopped.history.at(-1)!;
    expect(stoppedReply).toMatchObject({ role: 'assistant', status: 'stopped' });
    expect(stoppedReply.content.startsWith(stopped.shown)).toBe(true);
    expect(stopped.shown.length).toBeGreaterThan(0);
    // Same message, same deterministic model: the stopped reply is a strict prefix of the whole one.
    expect(shown!.startsWith(stoppedReply.content)).toBe(true);
    expect(stoppedReply.content.length).toBeLessThan(shown!.length);

    expect(await page.textContent('#status')).toBe('done');
    // Every SDK call went through the same-origin proxy, in this order.
    const calls = backend!.proxied.map((call) => call.replace(/conversations\/[^/]+\//, 'conversations/:id/'));
    expect(calls).toEqual([
      'POST /api/v1/customer/conversations 201',
      'POST /api/v1/customer/conversations/:id/messages 200',
      'GET /api/v1/customer/conversations/:id/messages 200',
      'POST /api/v1/customer/conversations 401',
      'POST /api/v1/customer/conversations/:id/messages 401',
      'POST /api/v1/customer/conversations 201',
      'POST /api/v1/customer/conversations/:id/messages 200',
      'POST /api/v1/customer/conversations/:id/stop 200',
      'GET /api/v1/customer/conversations/:id/messages 200',
    ]);
  }, 90_000);
});
