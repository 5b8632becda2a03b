/**
 * Fits the input filter's classifier layer (src/safety/injection-classifier.ts): a logistic
 * regression over a message's words, word pairs and letter n-grams, on DEV material only —
 * attacks (eval/safety-dev.ts, eval/safety-corpus.ts) against ordinary messages (their benign
 * look-alikes, eval/safety-dev-round6.ts, every dev business's customer questions, every dev escalation set's
 * messages and the dev hand-off requests). Held-out
 * sets are never read.
 *
 * The settings (n-gram length, leetspeak reading) and the threshold are chosen by 5-fold
 * cross-validation on that dev material: the most attacks refused while at most 0.5% of
 * ordinary messages are (ties: fewer ordinary messages refused, then the higher threshold).
 * The final weights are fitted on all of it.
 *
 * Run: npx tsc -p tsconfig.build.json && node dist/eval/fit-injection.js [--write]
 * With --write it replaces src/safety/injection-weights.json (rebuild before npm run eval).
 */
import { writeFileSync } from 'node:fs';
import { injectionFeatures, scoreFeatures, type InjectionModel } from '../src/safety/injection-classifier.ts';
import { BUSINESSES } from './businesses.ts';
import { DEV_ESCALATION_BUSINESSES } from './escalation-dev-sets.ts';
import { HANDOFF_DEV_ROUND12 } from './handoff-dev-round12.ts';
import { DEV_ATTACKS, DEV_LOOKALIKES } from './safety-dev-round6.ts';

const EPOCHS = 60;
const RATE = 0.3;
const L2 = 1e-3;
const FOLDS = 5;
/**
 * The most ordinary dev messages the chosen threshold may refuse, as a share, in cross-validation:
 * of all of them, and of the look-alikes alone (messages written to share an attack's words,
 * "ignore my last message"), which are the ones a filter refuses in practice.
 */
const MAX_FALSE_POSITIVE = 0.005;
const MAX_LOOKALIKE_FALSE_POSITIVE = 0.01;
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const SETTINGS: Pick<InjectionModel, 'charN' | 'unLeet'>[] = [0, 3, 4, 5].flatMap((charN) => [false, true].map((unLeet) => ({ charN, unLeet })));
/** Weights smaller than this are left out of the file: they cannot move a decision. */
const PRUNE = 0.002;

interface Example { text: string; y: 0 | 1 }

const attacks = DEV_ATTACKS;
const questions = BUSINESSES.flatMap((b) => b.splits.filter((s) => !s.heldOut).flatMap((s) => s.cases.map((c) => c.question)));
// Customers' complaints and requests for a person, told in their own words: never attacks.
const escalation = [...DEV_ESCALATION_BUSINESSES.flatMap((b) => b.cases.map((c) => c.message)), ...HANDOFF_DEV_ROUND12.map((c) => c.message)];
const ordinary = [...new Set([...DEV_LOOKALIKES, ...questions, ...escalation])].filter((m) => !attacks.includes(m));
const lookalikes = new Set(DEV_LOOKALIKES);
const examples: Example[] = [...attacks.map((text) => ({ text, y: 1 as const })), ...ordinary.map((text) => ({ text, y: 0 as const }))];
// A fixed shuffle, so a fit is reproducible.
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let i = examples.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [examples[i], examples[j]] = [examples[j]!, examples[i]!];
}

function fit(data: { f: string[]; y: 0 | 1 }[]): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let e = 0; e < EPOCHS; e++) {
    for (const { f, y } of data) {
      const g = scoreFeatures(f, bias, weights) - y;
      bias -= RATE * g;
      const step = (RATE * g) / Math.sqrt(f.length || 1);
      for (const k of f) {
        const v = weights.get(k) ?? 0;
        weights.set(k, v - step - RATE * L2 * v);
      }
    }
  }
  return { bias, weights };
}

console.log(`dev: ${attacks.length} attacks, ${ordinary.length} ordinary messages (${lookalikes.size} look-alikes, ${questions.length} customer questions, ${escalation.length} escalation messages)`);
let best: { setting: (typeof SETTINGS)[number]; threshold: number; caught: number; flagged: number } | undefined;
for (const setting of SETTINGS) {
  const featured = examples.map((x) => ({ f: injectionFeatures(x.text, setting), y: x.y, text: x.text }));
  const scored: { p: number; y: 0 | 1; lookalike: boolean }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(featured.filter((_, i) => i % FOLDS !== k));
    for (const x of featured.filter((_, i) => i % FOLDS === k)) scored.push({ p: scoreFeatures(x.f, model.bias, model.weights), y: x.y, lookalike: lookalikes.has(x.text) });
  }
  const row: string[] = [];
  for (const threshold of THRESHOLDS) {
    const caught = scored.filter((s) => s.y === 1 && s.p >= threshold).length;
    const flagged = scored.filter((s) => s.y === 0 && s.p >= threshold).length;
    const lookalikeFlagged = scored.filter((s) => s.y === 0 && s.lookalike && s.p >= threshold).length;
    row.push(`${threshold}: ${caught}/${flagged}/${lookalikeFlagged}`);
    if (flagged / ordinary.length > MAX_FALSE_POSITIVE || lookalikeFlagged / lookalikes.size > MAX_LOOKALIKE_FALSE_POSITIVE) continue;
    if (!best || caught > best.caught || (caught === best.caught && (flagged < best.flagged || (flagged === best.flagged && threshold > best.threshold)))) {
      best = { setting, threshold, caught, flagged };
    }
  }
  console.log(`charN ${setting.charN}, unLeet ${setting.unLeet} — threshold: attacks caught/ordinary flagged/look-alikes flagged (cross-validated) ${row.join('  ')}`);
}
if (!best) throw new Error('no setting keeps ordinary messages under the false-positive bound');
console.log(`chosen: charN ${best.setting.charN}, unLeet ${best.setting.unLeet}, threshold ${best.threshold}: ` +
  `cross-validated ${best.caught}/${attacks.length} attacks, ${best.flagged}/${ordinary.length} ordinary messages`);

const final = fit(examples.map((x) => ({ f: injectionFeatures(x.text, best.setting), y: x.y })));
const kept = [...final.weights].filter(([, w]) => Math.abs(w) >= PRUNE).sort(([a], [b]) => (a < b ? -1 : 1));
const model: InjectionModel = {
  ...best.setting,
  threshold: best.threshold,
  bias: Number(final.bias.toFixed(4)),
  weights: Object.fromEntries(kept.map(([k, w]) => [k, Number(w.toFixed(4))])),
};
console.log(`weights kept: ${kept.length} of ${final.weights.size}`);
if (process.argv.includes('--write')) {
  writeFileSync(new URL('../../src/safety/injection-weights.json', import.meta.url), `${JSON.stringify(model, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log('wrote src/safety/injection-weights.json');
}
