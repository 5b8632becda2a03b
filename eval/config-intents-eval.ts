/**
 * `node dist/eval/config-intents-eval.js [--misses]`: reads every admin message of the DEV sets
 * eval/config-intents-dev.ts to -dev-9.ts (each written blind by a different author: three in
 * round 13, three in round 14, two in round 16, one in round 19; owners of small businesses typing
 * configuration requests their own way) with the offline configuration grammar, and prints per kind of request how many were read
 * as the owner meant. Held-out configure-by-chat is measured end to end over HTTP by
 * eval/config-chat-probe-6.mjs and -8.mjs (TOTAL and BY_KIND only).
 */
import { parseCommand } from '../src/agents/offline-config/grammar.ts';
import type { ConfigIntentCase } from './config-intents-types.ts';
import { CONFIG_INTENT_DEV_SETS } from './config-intents-dev-sets.ts';
import { meets } from './config-intents-meets.ts';

const misses = process.argv.includes('--misses');
for (const [name, cases] of CONFIG_INTENT_DEV_SETS as [string, ConfigIntentCase[]][]) {
  const tally = new Map<string, [number, number]>();
  let passed = 0;
  for (const c of cases) {
    const got = parseCommand(c.message);
    const ok = meets(got, c.expect);
    const [p, n] = tally.get(c.expect.kind) ?? [0, 0];
    tally.set(c.expect.kind, [p + (ok ? 1 : 0), n + 1]);
    if (ok) passed++;
    else if (misses) console.log(`MISS ${name} ${c.expect.kind}: ${JSON.stringify(c.message).slice(0, 160)}\n  want ${JSON.stringify(c.expect)}\n  got  ${JSON.stringify(got).slice(0, 200)}`);
  }
  console.log(`configure-by-chat requests read as meant (${name}, ${cases.length} messages): ${passed}/${cases.length}`);
  console.log(`  ${[...tally].map(([k, [p, n]]) => `${k} ${p}/${n}`).join(', ')}`);
}
