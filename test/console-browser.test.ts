/**
 * The admin console (issue 16) in Debian's Chromium, always through its UI: the page that
 * `GET /console` serves from the vite build, on a real Parley server with the offline model.
 * Sign-in with a wrong and a right key (never in the URL), the escalated conversation's badge
 * and transcript, new conversations appearing without a reload, configuring by chat and seeing
 * it in Settings, creating and searching an article (then answered from by the support agent),
 * creating and revoking a key, answering as staff and resolving, webhooks, the charts drawn from the time series, an axe-core scan of every view at 1280 and
 * 390 px, and no horizontal overflow at 390 px.
 *
 * Set CONSOLE_SCREENSHOTS=docs to rewrite the screenshots that README shows. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, chat } from './agents/sse.ts';
import { launchChromium } from './helpers/chromium.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS ? resolve(repoRoot, process.env.CONSOLE_SCREENSHOTS) : undefined;
const VIEWS = ['manage', 'conversations', 'knowledge', 'settings', 'keys', 'webhooks', 'analytics'];
const WIDTHS = [1280, 390];

describe('admin console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let escalatedId: string;
  const contexts: BrowserContext[] = [];
  const m = (method: string, path: string, body?: unknown) => api(server.url, server.managementKey, method, `/api/v1/management${path}`, body);

  beforeAll(async () => {
    // The page under test is the one `npm run build` makes: build it from the current sources.
    await build({ configFile: join(repoRoot, 'web/console/vite.config.ts'), logLevel: 'error' });
    // Issue 14's webhooks refuse loopback targets unless allowed (the receiver below is on 127.0.0.1).
    server = await startTestServer({ env: { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true' } });
    const plain = await chat(server.url, server.customerKey, 'customer');
    await plain.say('What are your opening hours?');
    const escalated = await chat(server.url, server.customerKey, 'customer');
    await escalated.say('I want to talk to a human, please');
    escalatedId = escalated.id;
    // Ratings, so the list's thumbs-down counts and the feedback chart have something to show.
    for (const [id, rating] of [[plain.id, 'down'], [escalated.id, 'up']] as const) {
      const history = await api(server.url, server.customerKey, 'GET', `/api/v1/customer/conversations/${id}/messages`);
      const reply = history.body.messages.find((x: { role: string }) => x.role === 'assistant');
      await api(server.url, server.customerKey, 'POST', `/api/v1/customer/conversations/${id}/messages/${reply.id}/feedback`, { rating });
    }
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function open(width = 1280, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error('page error:', err.message));
    await page.goto(`${server.url}/console`);
    return page;
  }

  async function signIn(page: Page, key = server.managementKey) {
    await page.fill('#key', key);
    await page.click('button[type=submit]');
  }

  async function signedIn(width = 1280, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const page = await open(width, options);
    await signIn(page);
    await page.waitForSelector('nav[aria-label=Sections]');
    return page;
  }

  const shot = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: false });
  };

  it('is served at /console with its assets, a strict CSP and no CDN', async () => {
    const response = await fetch(`${server.url}/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((x) => x[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    for (const asset of assets) {
      expect(asset).toMatch(/^\/console\/assets\//);
      const file = await fetch(server.url + asset);
      expect(file.status, asset).toBe(200);
      // Hashed names: cacheable for good.
      expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${server.url}/console/assets/nope.js`)).status).toBe(404);
  });

  it('refuses a wrong key with the API message, signs in with the right one, never puts the key in the URL, and signs out', async () => {
    const page = await open();
    await signIn(page, 'lxm_not-a-real-key');
    const refusal = await api(server.url, 'lxm_not-a-real-key', 'GET', '/api/v1/management/settings');
    await expect.poll(() => page.textContent('[role=alert]')).toBe(refusal.body.error);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // A customer key is not a management key: the API's 403 message.
    await signIn(page, server.customerKey);
    const forbidden = await api(server.url, server.customerKey, 'GET', '/api/v1/management/settings');
    await expect.poll(() => page.textContent('[role=alert]')).toBe(forbidden.body.error);

    await signIn(page);
    await page.waitForSelector('nav[aria-label=Sections]');
    const stored = await page.evaluate(() => ({ session: Object.values(sessionStorage), local: localStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ session: [server.managementKey], local: 0, cookie: '' });
    for (const view of VIEWS) {
      await page.click(`nav a[href="#/${view}"]`);
      expect(page.url()).not.toContain(server.managementKey);
    }
    expect(page.url()).not.toContain(server.managementKey.slice(4, 20));
    // Signing out forgets the key and this tab's configuration chat too.
    await page.click('nav a[href="#/manage"]');
    await page.fill('#manage-input', 'Show the settings');
    await page.click('.composer button[type=submit]');
    await page.waitForSelector('.bubble.agent[aria-busy=false]');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(2);
    await page.click('text=Sign out');
    await page.waitForSelector('#key');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('lists conversations with status badges, opens an escalated one, and shows new ones without a reload', async () => {
    const page = await signedIn();
    await page.click('nav a[href="#/conversations"]');
    const escalatedRow = page.locator(`a.conversation-row[href="#/conversations/${escalatedId}"]`);
    await escalatedRow.waitFor();
    expect(await escalatedRow.locator('.badge').textContent()).toBe('escalated');
    expect(await escalatedRow.locator('.preview').textContent()).toBe('I want to talk to a human, please');
    expect(await page.locator('.count').textContent()).toBe('2 conversations');
    await expect.poll(() => page.locator('.thumbs-down.has').allTextContents()).toEqual([expect.stringContaining('1')]);
    await shot(page, 'conversations');

    await page.click('button:has-text("Escalated")');
    await expect.poll(() => page.locator('a.conversation-row').count()).toBe(1);
    await page.click('button:has-text("All")');
    await expect.poll(() => page.locator('a.conversation-row').count()).toBe(2);

    // Nothing is clicked from here: only the list's polling can show the new conversation.
    const later = await chat(server.url, server.customerKey, 'customer');
    await later.say('Do you deliver to Bergen?');
    const laterRow = page.locator(`a.conversation-row[href="#/conversations/${later.id}"]`);
    await laterRow.waitFor({ timeout: 20_000 });
    expect(await laterRow.locator('.tag.new').count()).toBe(1);
    expect(await escalatedRow.locator('.tag.new').count()).toBe(0);
    // The tab shows how many conversations wait for a person.
    expect(await page.locator('nav a[href="#/conversations"] .nav-count').textContent()).toBe('1 escalated');
    await page.fill('#conversation-search', 'bergen');
    await page.click('form[role=search] button');
    await expect.poll(() => page.locator('a.conversation-row').count()).toBe(1);

    await page.goto(`${server.url}/console#/conversations/${escalatedId}`);
    await page.waitForSelector('.transcript .message.assistant');
    expect(await page.locator('.transcript-head .badge').textContent()).toBe('escalated');
    expect(await page.locator('.escalation').textContent()).toContain('asked for a human');
    expect(await page.locator('.transcript .message.user .plain').textContent()).toBe('I want to talk to a human, please');
    expect(await page.locator('#staff-reply').count()).toBe(1);
    await shot(page, 'transcript');
  });

  it('configures the agent by chat, streamed, shows the changes, and Settings shows the new value', async () => {
    const page = await signedIn();
    await page.click('nav a[href="#/manage"]');
    await page.fill('#manage-input', 'Set the agent name to Ava');
    await page.click('.composer button[type=submit]');
    await page.waitForSelector('.changes li', { timeout: 30_000 });
    expect(await page.locator('.changes li').allTextContents()).toEqual(['branding.agentName: "Assistant" → "Ava"']);
    expect(await page.locator('.bubble.agent .markdown').textContent()).toContain('Ava');
    expect((await m('GET', '/settings')).body.branding.agentName).toBe('Ava');
    await shot(page, 'manage');

    await page.click('nav a[href="#/settings"]');
    await expect.poll(() => page.inputValue('#s-name')).toBe('Ava');
    expect(await page.textContent('.chat-preview .preview-header')).toContain('Ava');
    // The preview follows the form before saving; saving answers the exact changes.
    await page.fill('#s-heading', 'Welcome to Acme');
    expect(await page.textContent('.preview-heading')).toBe('Welcome to Acme');
    await page.click('button:has-text("Save settings")');
    await expect.poll(() => page.textContent('.notice')).toContain('branding.welcomeHeading');
    expect((await m('GET', '/settings')).body.branding.welcomeHeading).toBe('Welcome to Acme');
    await page.evaluate(() => scrollTo(0, 0));
    await shot(page, 'settings');

    // Back on Manage, this session's conversation is shown again, changes included.
    await page.click('nav a[href="#/manage"]');
    await expect.poll(() => page.locator('.changes li').allTextContents()).toEqual(['branding.agentName: "Assistant" → "Ava"']);
    expect(await page.locator('.bubble.user').allTextContents()).toEqual(['Set the agent name to Ava']);
  });

  it('creates an article with a Markdown preview, finds it by search, and the support agent answers from it', async () => {
    const page = await signedIn();
    await page.click('nav a[href="#/knowledge"]');
    await page.click('text=New article');
    await page.fill('#article-title', 'Gift wrapping');
    await page.fill('#article-category', 'Orders');
    await page.fill('#article-content', 'We offer **gift wrapping** for 4 euros per parcel. <img src=x onerror="window.__xss=1">');
    await page.click('[role=tab]:has-text("Preview")');
    expect(await page.locator('.preview-pane strong').textContent()).toBe('gift wrapping');
    expect(await page.locator('.preview-pane img[onerror]').count()).toBe(0);
    await page.click('button:has-text("Create article")');
    await page.locator('.article-list a', { hasText: 'Gift wrapping' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/knowledge\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.inputValue('#article-title')).toBe('Gift wrapping');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

    await page.fill('#article-search', 'wrapping');
    await page.click('form[role=search] button');
    await expect.poll(() => page.locator('.article-list a').allTextContents()).toEqual([expect.stringContaining('Gift wrapping')]);
    await page.click('[role=tab]:has-text("Preview")');
    await shot(page, 'knowledge');
    await page.fill('#article-search', 'submarine');
    await page.click('form[role=search] button');
    await expect.poll(() => page.locator('.article-list a').count()).toBe(0);

    const customer = await chat(server.url, server.customerKey, 'customer');
    const answer = await customer.say('Do you offer gift wrapping?');
    expect(answer.text).toContain('4 euros');
  });

  it('creates a key (shown once, copyable) and revokes it', async () => {
    const page = await signedIn();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('nav a[href="#/keys"]');
    await page.waitForSelector('table tbody tr');
    await page.selectOption('#key-type', 'customer');
    await page.fill('#key-label', 'console test');
    await page.click('button:has-text("Create key")');
    const key = (await page.locator('[data-testid=new-key]').textContent())!;
    expect(key).toMatch(/^lxc_/);
    await page.click('button:has-text("Copy")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    // The list shows it masked, never whole.
    const row = page.locator('tr', { hasText: 'console test' });
    await row.waitFor();
    expect(await row.textContent()).toContain(key.slice(-4));
    expect(await page.locator('table').textContent()).not.toContain(key);
    expect((await fetch(`${server.url}/api/v1/customer/conversations`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })).status).toBe(201);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.locator('button:has-text("Revoke")').click();
    await row.waitFor({ state: 'detached' });
    expect((await fetch(`${server.url}/api/v1/customer/conversations`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
    await shot(page, 'keys');
  });

  it('answers an escalated conversation as staff and resolves it from its transcript', async () => {
    const customer = await chat(server.url, server.customerKey, 'customer');
    await customer.say('Please get me a human');
    const page = await signedIn();
    await page.goto(`${server.url}/console#/conversations/${customer.id}`);
    await page.waitForSelector('.transcript-head .badge');
    expect(await page.locator('.transcript-head .badge').textContent()).toBe('escalated');
    await page.fill('#staff-reply', 'Hi, this is Sam from support. Let me check your order.');
    await page.click('button:has-text("Send reply")');
    await page.locator('.message.staff', { hasText: 'Sam from support' }).waitFor();
    const history = await api(server.url, server.customerKey, 'GET', `/api/v1/customer/conversations/${customer.id}/messages`);
    expect(history.body.messages.at(-1)).toMatchObject({ role: 'staff', content: 'Hi, this is Sam from support. Let me check your order.' });
    await page.click('.transcript-head button:has-text("Resolve")');
    await expect.poll(() => page.locator('.transcript-head .badge').textContent()).toBe('resolved');
    expect(await page.locator('#staff-reply').count()).toBe(0);
    expect((await m('GET', `/conversations/${customer.id}`)).body.conversation.status).toBe('resolved');
  });

  it('adds a webhook endpoint, lists its deliveries and redelivers one', async () => {
    const received: string[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const page = await signedIn();
      await page.click('nav a[href="#/webhooks"]');
      await page.fill('#hook-url', url);
      await page.click('button:has-text("Add endpoint")');
      await expect.poll(() => page.locator('.new-key .secret').textContent()).toMatch(/\S{16,}/);
      const endpoint = page.locator('.hook-list li', { hasText: url });
      await endpoint.waitFor();

      const customer = await chat(server.url, server.customerKey, 'customer');
      await customer.say('I need a human right now');
      await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
      expect(JSON.parse(received[0]!)).toMatchObject({ event: 'conversation.escalated', conversation: { id: customer.id } });

      await endpoint.locator('button:has-text("Deliveries")').click();
      const row = endpoint.locator('tbody tr', { hasText: 'conversation.escalated' });
      await expect.poll(() => row.locator('.badge').textContent()).toBe('delivered');
      await row.locator('button:has-text("Redeliver")').click();
      await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
      expect(received[1]).toBe(received[0]);
      await shot(page, 'webhooks');
    } finally {
      await new Promise((done) => receiver.close(done));
    }
  });

  it('draws the analytics charts from the time series, with data', async () => {
    const page = await signedIn();
    await page.click('nav a[href="#/analytics"]');
    await page.waitForSelector('.chart canvas');
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(4);
    const series = (await m('GET', '/analytics/timeseries?days=30')).body;
    const total = series.buckets.reduce((n: number, b: { conversations: number }) => n + b.conversations, 0);
    expect(total).toBeGreaterThan(0);
    expect(await page.textContent('.totals div:first-child dd')).toBe(String(total));
    // Every chart drew something: coloured pixels on its canvas, beyond the axes' grey.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('.chart canvas')].map((canvas) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) coloured++;
        return coloured;
      }),
    );
    for (const pixels of drawn) expect(pixels).toBeGreaterThan(20);
    await page.selectOption('#period', '7');
    await expect.poll(() => page.locator('.plot').first().getAttribute('data-points')).toBe('7,7');
    await shot(page, 'analytics');
  });

  it('has no serious or critical axe-core violations in any view, at 1280 and 390 px, and no sideways scrolling at 390 px', async () => {
    const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const views = [...VIEWS.map((v) => `#/${v}`), `#/conversations/${escalatedId}`, '#/knowledge/new'];
    for (const width of WIDTHS) {
      // axe is injected by the test, which the page's CSP would refuse: bypass it for the scan only.
      const page = await open(width, { bypassCSP: true });
      const scan = async (where: string) => {
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
        const bad = (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(bad, `${where} at ${width}px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${where} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      };
      await page.waitForSelector('#key');
      await scan(`sign-in`);
      await signIn(page);
      await page.waitForSelector('nav[aria-label=Sections]');
      for (const view of views) {
        await page.evaluate((hash) => (location.hash = hash), view);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        await scan(view);
        const phoneShot = { '#/conversations': 'conversations', '#/analytics': 'analytics', [`#/conversations/${escalatedId}`]: 'transcript' }[view];
        if (width === 390 && phoneShot) await shot(page, `${phoneShot}-390`);
      }
    }
  }, 120_000);
});
