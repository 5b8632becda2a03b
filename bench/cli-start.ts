/**
 * How long the `parley` command takes to start (issue 11: `parley --help` and `parley ask` in at
 * most 300 ms on a quiet machine). Each command runs as a fresh process, interleaved round by
 * round with its baseline, so both see the same machine:
 *
 *   --help    `node bin/parley.js --help`           vs `node -e 0` (an empty node process)
 *   ask       `node bin/parley.js ask … "hi"`       vs a plain script making the same two calls
 *                                                     (create, send, read the stream to [DONE])
 *
 * `ask` runs against a local Parley whose offline model does not pause, so what is left over the
 * baseline is the CLI's own start-up (module loading, option parsing, the SDK).
 *
 *   npm run bench:cli [-- --rounds 15]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAllChildren, runNode } from './lib/children.ts';
import { parleyEnv, REPO, startParley } from './lib/servers.ts';

const TARGET_MS = 300;
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 15;

/** Wall time of one process from spawn to exit, in ms; fails on a non-zero exit. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The baseline of `ask`: the same HTTP calls from a plain node script, no CLI, no SDK. */
const plainAsk = `
const [url, key] = process.argv.slice(-2);
const auth = { authorization: 'Bearer ' + key };
const created = await (await fetch(url + '/api/v1/customer/conversations', { method: 'POST', headers: auth })).json();
const res = await fetch(url + '/api/v1/customer/conversations/' + created.conversationId + '/messages', {
  method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ message: 'hi' }),
});
const text = await res.text();
if (!text.includes('[DONE]')) throw new Error('no [DONE]');
`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-cli-'));
  try {
    const databaseUrl = `sqlite:${join(dir, 'parley.db')}`;
    const env = parleyEnv(databaseUrl);
    const created = JSON.parse(
      (await runNode('parley org create', REPO, ['bin/parley.js', 'org', 'create', '--name', 'Bench', '--json'], env, 60_000)).trim().split('\n').at(-1)!,
    ) as { customerKey: string };
    const parley = await startParley({ name: 'parley', databaseUrl, delayMs: 0 });
    const url = `http://127.0.0.1:${parley.port}`;
    const script = join(dir, 'plain-ask.mjs');
    writeFileSync(script, plainAsk);

    const cases = [
      { name: 'parley --help', args: ['bin/parley.js', '--help'], base: 'node -e 0', baseArgs: ['-e', '0'] },
      {
        name: 'parley ask',
        args: ['bin/parley.js', 'ask', '--url', url, '--key', created.customerKey, 'hi'],
        base: 'plain fetch script',
        baseArgs: [script, url, created.customerKey],
      },
    ];
    const times = cases.map(() => ({ cli: [] as number[], base: [] as number[] }));
    // One warm-up of each (file system cache), then interleaved rounds.
    for (const c of cases) {
      await timeProcess(c.args, env);
      await timeProcess(c.baseArgs, env);
    }
    for (let round = 0; round < rounds; round++) {
      for (const [i, c] of cases.entries()) {
        times[i]!.cli.push(await timeProcess(c.args, env));
        times[i]!.base.push(await timeProcess(c.baseArgs, env));
      }
    }
    await parley.stop('SIGTERM');

    console.log(`CLI start, ${rounds} rounds each, medians (node ${process.version})`);
    console.log(`${'command'.padEnd(16)} ${'ms'.padStart(7)}  ${'baseline'.padEnd(20)} ${'ms'.padStart(7)}  ${'over'.padStart(7)}  ${'ratio'.padStart(6)}  target`);
    let ok = true;
    for (const [i, c] of cases.entries()) {
      const cli = median(times[i]!.cli);
      const base = median(times[i]!.base);
      // --help is judged on its whole time; ask on its whole time less the network work that a
      // plain script needs too, plus an empty node's start (what any `node` command costs).
      const judged = i === 0 ? cli : cli - base + median(times[0]!.base);
      const pass = judged <= TARGET_MS;
      ok &&= pass;
      console.log(
        `${c.name.padEnd(16)} ${cli.toFixed(0).padStart(7)}  ${c.base.padEnd(20)} ${base.toFixed(0).padStart(7)}  ${(cli - base).toFixed(0).padStart(7)}  ${(cli / base).toFixed(2).padStart(5)}×  ` +
          `${judged.toFixed(0)} ms ≤ ${TARGET_MS} ms: ${pass ? 'PASS' : 'FAIL'}`,
      );
    }
    if (!ok) process.exitCode = 1;
  } finally {
    killAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
