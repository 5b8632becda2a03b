/**
 * The package as a user gets it: `npm pack` of the workspace package (its `dist/`, built by
 * `npm run build`, which `npm ci` and `npm test` run first), installed from the tarball into a
 * scratch project outside the repository, so a script there imports `@parley/client` exactly as
 * a user of the published package does, with plain `node`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, '../..');
const repoRoot = resolve(packageDir, '../..');

export interface BuiltPackage {
  /** A scratch project (outside the repository) that installed the packed tarball. */
  dir: string;
  /** The installed package: `<dir>/node_modules/@parley/client`. */
  packageDir: string;
  /** The tarball's file names, as `npm pack --json` lists them. */
  files: string[];
  remove(): Promise<void>;
}

const npm = (args: string[], cwd: string) =>
  run('npm', args, { cwd, env: { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false' } });

export async function buildPackage(): Promise<BuiltPackage> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-client-pack-'));
  // --ignore-scripts: `prepack` would rebuild dist/ while other test files import it.
  const packed = await npm(['pack', '-w', '@parley/client', '--ignore-scripts', '--json', '--pack-destination', dir], repoRoot);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  await npm(['install', '--prefer-offline', '--no-package-lock', join(dir, info!.filename)], dir);
  return {
    dir,
    packageDir: join(dir, 'node_modules/@parley/client'),
    files: info!.files.map((f) => f.path),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
