/**
 * The publishable build: `tsc -p tsconfig.build.json` (no Node types, so Node-only code fails
 * to compile) plus the dist manifest, then the built JS imported by a plain `node` process
 * through the manifest's `exports`, as an npm user would get it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPackage, run, type BuiltPackage } from './helpers/build-package.ts';

let built: BuiltPackage;
let distDir: string;

beforeAll(async () => {
  built = await buildPackage();
  distDir = built.distDir;
}, 60_000);

afterAll(() => built.remove());

it('emits JS and declarations for every module, with no .ts specifiers or node: imports in the JS', async () => {
  const files = (await readdir(distDir, { recursive: true })).map(String);
  for (const module of ['index', 'client', 'reply-stream', 'errors', 'sse-decoder', 'protocol']) {
    expect(files).toContain(`${module}.js`);
    expect(files).toContain(`${module}.d.ts`);
  }
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    const code = await readFile(join(distDir, file), 'utf8');
    expect(code, file).not.toMatch(/from\s+['"][^'"]+\.ts['"]/);
    expect(code, file).not.toMatch(/['"]node:/);
  }
});

it('writes a manifest whose exports point at the built files', async () => {
  const manifest = JSON.parse(await readFile(join(distDir, 'package.json'), 'utf8'));
  expect(manifest).toMatchObject({
    name: '@parley/client',
    type: 'module',
    exports: { '.': { types: './index.d.ts', default: './index.js' }, './protocol': { default: './protocol.js' } },
    dependencies: { 'eventsource-parser': expect.any(String) },
  });
});

it('runs in a plain node process: imports by package name, streams a reply, maps an error', async () => {
  // Resolved from node_modules through the generated package.json, as after `npm install`.
  const script = `
    import { Parley, RateLimitError } from '@parley/client';
    import { DONE } from '@parley/client/protocol';
    const sse = 'id: 1\\ndata: {"type":"delta","text":"built "}\\n\\n: ping\\n\\nid: 2\\ndata: {"type":"delta","text":"ok"}\\n\\nid: 3\\ndata: ' + DONE + '\\n\\n';
    let calls = 0;
    const fetch = async () => ++calls === 1
      ? new Response(sse, { headers: { 'content-type': 'text/event-stream' } })
      : new Response(JSON.stringify({ error: 'Slow down', code: 'rate_limited' }), { status: 429, headers: { 'retry-after': '3' } });
    const client = new Parley({ baseUrl: 'http://127.0.0.1:9', apiKey: 'lxc_x', fetch });
    const text = await client.customer.conversations.send('c', 'hi').text();
    const error = await client.customer.conversations.send('c', 'hi').text().catch((e) => e);
    console.log(JSON.stringify({ text, rateLimited: error instanceof RateLimitError, retryAfter: error.retryAfter, message: error.message }));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: built.dir });
  expect(JSON.parse(stdout)).toEqual({ text: 'built ok', rateLimited: true, retryAfter: 3, message: 'Slow down' });
});
