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
// Not awaited, so a command whose work stalls (the event loop runs dry under a pending await)
// never ends in Node's silent exit 13 (or, on Node 22+, its "unsettled top-level await"
// warning): it ends here, with one line and exit code 1.
let finished = false;
process.on('beforeExit', () => {
  if (finished || process.exitCode) return;
  process.stderr.write('parley: the command stopped before it finished: it waited on work that can no longer finish (internal error)\n');
  process.exitCode = 1;
});
import(main.href).then(
  () => (finished = true),
  (err) => {
    process.stderr.write(`parley: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
