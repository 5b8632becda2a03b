#!/usr/bin/env node
// The `parley` command: runs the compiled JavaScript in dist/ (built by `npm run build`, which
// `npm ci` runs through the `prepare` script). No transpiler runs in this process; source maps
// make stack traces point into the .ts sources.
import { existsSync } from 'node:fs';

process.setSourceMapsEnabled(true);
const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('parley: the compiled server is missing (dist/); run `npm run build` (`npm ci` runs it)\n');
  process.exit(1);
}
await import(main.href);
