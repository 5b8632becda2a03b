/**
 * Where the built front ends are (`npm run build:web` writes `dist/web/<name>/`): found from
 * this module, whether it runs from `src/` (tests) or from `dist/src/` (npm start).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function repoRoot(): string {
  let dir = import.meta.dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'web'))) return dir;
    const up = dirname(dir);
    if (up === dir) return import.meta.dirname;
    dir = up;
  }
}

/** `dist/web` of this installation. */
export const WEB_DIST = join(repoRoot(), 'dist', 'web');

/** A built file's text, or `undefined` when the front end was not built. */
export function readBuilt(...path: string[]): string | undefined {
  try {
    return readFileSync(join(WEB_DIST, ...path), 'utf8');
  } catch {
    return undefined;
  }
}
