/**
 * `node dist/eval/config-intents-heldout-eval.js`: the HELD-OUT owner-message sets read by the
 * configuration grammar with its fitted layer and by the grammar alone: set 1
 * (eval/config-intents-heldout.ts, written blind in round 16 and committed before the request
 * classifier was measured on it) and set 3 (eval/config-intents-heldout-3.ts, written blind in
 * round 19 and committed before it was first scored). Prints totals and counts per kind only: their
 * messages are never printed, and nothing is tuned on them.
 */
import { parseCommand } from '../src/agents/offline-config/grammar.ts';
import { layerOff, MODEL } from '../src/agents/offline-config/request-classifier.ts';
import { CONFIG_INTENTS_HELDOUT } from './config-intents-heldout.ts';
import { CONFIG_INTENTS_HELDOUT_3 } from './config-intents-heldout-3.ts';
import { meets } from './config-intents-meets.ts';
import type { ConfigIntentCase } from './config-intents-types.ts';

const alone = layerOff(MODEL);
const SETS: [string, ConfigIntentCase[]][] = [
  ['HELD-OUT', CONFIG_INTENTS_HELDOUT],
  ['HELD-OUT 3, round 19', CONFIG_INTENTS_HELDOUT_3],
];
for (const [name, cases] of SETS) {
  const tally = new Map<string, [number, number]>();
  let read = 0;
  let readAlone = 0;
  for (const c of cases) {
    const ok = meets(parseCommand(c.message), c.expect);
    if (ok) read++;
    if (meets(parseCommand(c.message, alone), c.expect)) readAlone++;
    const [p, n] = tally.get(c.expect.kind) ?? [0, 0];
    tally.set(c.expect.kind, [p + (ok ? 1 : 0), n + 1]);
  }
  console.log(`configure-by-chat requests read as meant (${name}, ${cases.length} messages): ${read}/${cases.length} (the grammar alone: ${readAlone}/${cases.length})`);
  console.log(`  ${[...tally].map(([k, [p, m]]) => `${k} ${p}/${m}`).join(', ')}`);
}
