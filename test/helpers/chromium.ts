/**
 * Debian's Chromium driven by playwright-core (no browser download). Launch flags for this
 * machine: /work/shared/design/STACK.md, trap 17. Without `chromium` on PATH the launch throws
 * (the test fails, it does not skip): `apt-get install -y chromium`; `.ci/run` does.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error("chromium is not on PATH: install Debian's package (apt-get install -y chromium); .ci/run does");
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, timeout: 30_000 });
}
