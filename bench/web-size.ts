/**
 * The size budget of the browser front ends (`npm run bench:web`): prints the raw and gzip size
 * of every built file in dist/web (run `npm run build:web` first) and fails when `widget.js`,
 * which every customer's site loads, is over 30 KB gzip (issue 15).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../src/public/web-assets.ts';

const WIDGET_BUDGET_BYTES = 30 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let built: string[];
try {
  built = files(WEB_DIST).filter((f) => /\.(js|css|html)$/.test(f)).sort();
} catch {
  console.error(`${WEB_DIST} is missing: run npm run build:web first`);
  process.exit(1);
}
console.log('file'.padEnd(44), 'raw'.padStart(10), 'gzip -9'.padStart(10));
let widgetGzip = -1;
for (const file of built) {
  const body = readFileSync(file);
  const gzip = gzipSync(body, { level: 9 }).length;
  const name = relative(WEB_DIST, file);
  if (name === join('widget', 'widget.js')) widgetGzip = gzip;
  console.log(name.padEnd(44), kb(body.length).padStart(10), kb(gzip).padStart(10));
}
if (widgetGzip < 0) {
  console.error('widget/widget.js is missing: run npm run build:web');
  process.exit(1);
}
const ok = widgetGzip <= WIDGET_BUDGET_BYTES;
console.log(`\nwidget.js: ${widgetGzip} bytes gzip (budget ${WIDGET_BUDGET_BYTES}): ${ok ? 'PASS' : 'FAIL'}`);
process.exit(ok ? 0 : 1);
