/**
 * The package as published: `npm pack` of the workspace package, installed from the tarball
 * into a scratch project outside the repository, then imported by plain `node` and by
 * TypeScript through `exports` (with its `types` condition), as an npm user gets it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPackage, run, type BuiltPackage } from './helpers/build-package.ts';

let built: BuiltPackage;
const repoRoot = resolve(import.meta.dirname, '../../..');

beforeAll(async () => {
  built = await buildPackage();
}, 120_000);

afterAll(() => built.remove());

it('packs built JS, declarations and source maps for every module, and no TypeScript sources', async () => {
  for (const module of ['index', 'client', 'reply-stream', 'errors', 'sse-decoder', 'protocol']) {
    expect(built.files).toContain(`dist/${module}.js`);
    expect(built.files).toContain(`dist/${module}.d.ts`);
    expect(built.files).toContain(`dist/${module}.js.map`);
  }
  expect(built.files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  for (const file of built.files.filter((name) => name.endsWith('.js'))) {
    const code = await readFile(join(built.packageDir, file), 'utf8');
    expect(code, file).not.toMatch(/from\s+['"][^'"]+\.ts['"]/);
    expect(code, file).not.toMatch(/['"]node:/);
  }
});

it('has exports that give every consumer the built ESM, with a types condition first', async () => {
  const manifest = JSON.parse(await readFile(join(built.packageDir, 'package.json'), 'utf8'));
  expect(manifest).toMatchObject({
    name: '@parley/client',
    type: 'module',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './protocol': { types: './dist/protocol.d.ts', default: './dist/protocol.js' },
    },
    dependencies: { 'eventsource-parser': expect.any(String) },
  });
  expect(Object.keys(manifest.exports['.'])[0]).toBe('types');
});

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
const expected = { text: 'built ok', rateLimited: true, retryAfter: 3, message: 'Slow down' };

it('runs in a plain node process outside the repository: imports by package name, streams a reply, maps an error', async () => {
  await writeFile(join(built.dir, 'app.mjs'), script);
  const { stdout } = await run(process.execPath, ['app.mjs'], { cwd: built.dir });
  expect(JSON.parse(stdout)).toEqual(expected);
});

it('runs in a plain node process inside the workspace too (a .mjs file at the repository root)', async () => {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot });
  expect(JSON.parse(stdout)).toEqual(expected);
});

it('type-checks a TypeScript consumer against the packed declarations', async () => {
  await writeFile(
    join(built.dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [], lib: ['ES2022', 'DOM'] }, files: ['typed.ts'] }),
  );
  const consumer = (wrong: boolean) => `
    import { Parley, type ReplyStream } from '@parley/client';
    import { DONE } from '@parley/client/protocol';
    const client = new Parley({ baseUrl: 'http://127.0.0.1:9', apiKey: 'lxc_x' });
    const stream: ReplyStream = client.customer.conversations.send('c', 'hi');
    const done: string = DONE;
    const id: ${wrong ? 'number' : 'string'} = (await client.customer.conversations.create()).conversationId;
    export { stream, done, id };
  `;
  const tsc = join(repoRoot, 'node_modules/.bin/tsc');
  await writeFile(join(built.dir, 'typed.ts'), consumer(false));
  await run(tsc, ['-p', built.dir], { cwd: built.dir });
  // The same file with a wrong type must fail: the declarations are really read.
  await writeFile(join(built.dir, 'typed.ts'), consumer(true));
  const failed = await run(tsc, ['-p', built.dir], { cwd: built.dir }).then(() => null, (err: { stdout: string }) => err);
  expect(failed?.stdout).toMatch(/typed\.ts.*error/);
});
