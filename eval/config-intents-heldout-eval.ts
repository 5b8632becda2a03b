/**
 * `node dist/eval/config-intents-heldout-eval.js`: the HELD-OUT owner-message set
 * (eval/config-intents-heldout.ts, written blind in round 16 and committed before the request
 * classifier was measured on it) read by the configuration grammar with its fitted layer and by
 * the grammar alone. Prints totals and counts per kind only: its messages are never printed, and
 * nothing is tuned on it.
 */
import { parseCommand } from '../src/agents/offline-config/grammar.ts';
import { layerOff, MODEL } from '../src/agents/offline-config/request-classifier.ts';
import { CONFIG_INTENTS_HELDOUT } from './config-intents-heldout.ts';
import { meets } from './config-intents-meets.ts';

const alone = layerOff(MODEL);
const tally = new Map<string, [number, number]>();
let read = 0;
let readAlone = 0;
for (const c of CONFIG_INTENTS_HELDOUT) {
  const ok = meets(parseCommand(c.message), c.expect);
  if (ok) read++;
  if (meets(parseCommand(c.message, alone), c.expect)) readAlone++;
  const [p, n] = tally.get(c.expect.kind) ?? [0, 0];
  tally.set(c.expect.kind, [p + (ok ? 1 : 0), n + 1]);
}
const n = CONFIG_INTENTS_HELDOUT.length;
console.log(`configure-by-chat requests read as meant (HELD-OUT, ${n} messages): ${read}/${n} (the grammar alone: ${readAlone}/${n})`);
console.log(`  ${[...tally].map(([k, [p, m]]) => `${k} ${p}/${m}`).join(', ')}`);
