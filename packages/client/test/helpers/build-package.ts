/**
 * Builds the publishable package into a temp directory laid out as an npm install would be:
 * `<dir>/node_modules/@parley/client` is the built dist (with its generated package.json) and
 * `<dir>/node_modules/eventsource-parser` its one dependency, so a script in `<dir>` imports
 * `@parley/client` exactly as a user of the published package does, with plain `node`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, '../..');
const repoRoot = resolve(packageDir, '../..');

export interface BuiltPackage {
  /** A directory whose node_modules holds the built package. */
  dir: string;
  /** The built package itself (dist). */
  distDir: string;
  remove(): Promise<void>;
}

export async function buildPackage(): Promise<BuiltPackage> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-client-build-'));
  const distDir = join(dir, 'node_modules/@parley/client');
  await mkdir(distDir, { recursive: true });
  await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(packageDir, 'tsconfig.build.json'), '--outDir', distDir]);
  await run(process.execPath, [join(packageDir, 'scripts/write-dist-manifest.mjs'), distDir]);
  await symlink(join(repoRoot, 'node_modules/eventsource-parser'), join(dir, 'node_modules/eventsource-parser'), 'dir');
  return { dir, distDir, remove: () => rm(dir, { recursive: true, force: true }) };
}
