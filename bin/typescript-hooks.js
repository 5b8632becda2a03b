// Module hooks that let Node run Parley's TypeScript sources directly: each `.ts` file is
// transpiled by esbuild as it is loaded (types stripped, nothing bundled, no type check — that
// is `npm run typecheck`). Registered by ./register-typescript.js; they run on Node's loader
// thread.
//
// Why not tsx: it compiles with esbuild's `keepNames`, which wraps every arrow function and
// closure created at run time in a helper that defines its `name` property. On a server that
// creates several closures per request and keeps some for every open stream, that costs CPU
// and about 1.3 KiB of heap per held stream (see docs/bench.md).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

// The esbuild service (a child process) is stopped once modules stop arriving, so a running
// server keeps no transpiler around; a later dynamic import of a `.ts` file restarts it.
const IDLE_STOP_MS = 2_000;
let idleTimer;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const source = await readFile(path, 'utf8');
  clearTimeout(idleTimer);
  const { code } = await esbuild.transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: path,
    // As tsconfig.json: type-only imports are written `import type`; everything else is kept.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
  });
  idleTimer = setTimeout(() => void esbuild.stop(), IDLE_STOP_MS);
  idleTimer.unref();
  return { format: 'module', source: code, shortCircuit: true };
}
