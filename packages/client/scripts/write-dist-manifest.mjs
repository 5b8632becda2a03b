// Writes <outDir>/package.json for publishing the built package (`npm publish dist`).
// The workspace's own package.json points `exports` at the TypeScript sources (the server
// imports them under tsx); the published one must point at the compiled JS and .d.ts.
// Usage: node scripts/write-dist-manifest.mjs <outDir>
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(packageDir, 'dist'));
const source = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

const entry = (name) => ({ types: `./${name}.d.ts`, default: `./${name}.js` });
const manifest = {
  name: source.name,
  version: source.version,
  description: source.description,
  license: source.license,
  type: 'module',
  engines: source.engines,
  sideEffects: false,
  exports: { '.': entry('index'), './protocol': entry('protocol'), './package.json': './package.json' },
  types: './index.d.ts',
  dependencies: source.dependencies,
};
writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(packageDir, 'README.md'), join(outDir, 'README.md'));
console.log(`wrote ${join(outDir, 'package.json')}`);
