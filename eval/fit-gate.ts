/**
 * Fits the answer gate (src/knowledge/answer-gate.ts): a logistic regression over the numbers
 * `gateFeatures` computes, labelled by the DEV splits only — answerable (the case has facts) or
 * not (the case is unanswerable). Held-out splits are never read. Each question is asked through
 * the whole agent, as `npm run eval` asks it, and the features are taken from exactly the
 * articles and business context the composer saw.
 *
 * Only questions no line clears the coverage floor for are examples: the gate speaks for those
 * alone. The threshold sits just above every unanswerable dev question. It also prints a
 * leave-one-business-out estimate (fit on the other dev businesses, count what the gate admits
 * on the one left out), the honest figure to compare variants by before any held-out run.
 *
 * Run: npx tsc -p tsconfig.build.json && node dist/eval/fit-gate.js [--write] [--verbose]
 * With --write it replaces src/knowledge/answer-gate-weights.json (rebuild before npm run eval).
 */
import { writeFileSync } from 'node:fs';
import { agentComposer } from '../src/agents/offline-composer.ts';
import { isSupportContext, supportExtractOptions, supportSources } from '../src/agents/offline-support.ts';
import type { SupportContext } from '../src/agents/support-prompt.ts';
import { GATE_FEATURES } from '../src/knowledge/answer-gate.ts';
import { analyseQuestion, extractAnswer, gateFeatures } from '../src/knowledge/extract-answer.ts';
import { scoreBusiness } from './answer-eval.ts';
import { BUSINESSES } from './businesses.ts';

/** L2 penalty on every weight but the bias, and how much an unanswerable question counts. */
const L2 = 0.01;
const UNANSWERABLE_WEIGHT = 3;
const STEPS = 20000;
const RATE = 0.5;
/** How far above the most answerable-looking unanswerable dev question the threshold sits. */
const MARGIN = 0.005;

interface Example {
  x: number[];
  y: 0 | 1;
  label: string;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => w.reduce((sum, wi, i) => sum + wi * x[i]!, 0);

/** Batch gradient descent on class-weighted log loss. */
export function fitLogistic(examples: Example[], l2 = L2, steps = STEPS, rate = RATE): number[] {
  const n = examples[0]!.x.length;
  const w = new Array<number>(n).fill(0);
  const weightOf = (e: Example) => (e.y === 0 ? UNANSWERABLE_WEIGHT : 1);
  const mass = examples.reduce((sum, e) => sum + weightOf(e), 0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(n).fill(0);
    for (const e of examples) {
      const err = (sigmoid(dot(w, e.x)) - e.y) * weightOf(e);
      for (let i = 0; i < n; i++) grad[i]! += err * e.x[i]!;
    }
    for (let i = 0; i < n; i++) w[i]! -= rate * (grad[i]! / mass + (i === 0 ? 0 : l2 * w[i]!));
  }
  return w;
}

async function collect(): Promise<Example[]> {
  const examples: Example[] = [];
  let seen: SupportContext | undefined;
  for (const business of BUSINESSES) {
    if (business.splits.every((s) => s.heldOut)) continue;
    await scoreBusiness({ ...business, splits: business.splits.filter((s) => !s.heldOut) }, {
      compose: (request) => {
        if (isSupportContext(request.context)) seen = request.context;
        return agentComposer(request);
      },
      onCase: (c, split, text) => {
        const ctx = seen;
        seen = undefined;
        if (split.heldOut || !ctx || c.escalate || !(c.facts || c.unknown) || /passed this to a member/.test(text)) return;
        const analysis = analyseQuestion(ctx.customerMessage, supportSources(ctx), supportExtractOptions(ctx));
        // The gate only speaks where no line clears the coverage floor.
        if (!analysis || extractAnswer(ctx.customerMessage, supportSources(ctx), { ...supportExtractOptions(ctx), gate: false }).length > 0) return;
        examples.push({ x: gateFeatures(analysis), y: c.facts ? 1 : 0, label: `${business.slug}: ${c.question}` });
      },
    });
  }
  return examples;
}

async function main(): Promise<void> {
  const examples = await collect();
  const w = fitLogistic(examples);
  const p = examples.map((e) => sigmoid(dot(w, e.x)));
  const unanswerable = examples.flatMap((e, i) => (e.y === 0 ? [p[i]!] : [])).sort((a, b) => b - a);
  console.log(`${examples.length} dev questions (${unanswerable.length} unanswerable)`);
  for (const [i, name] of GATE_FEATURES.entries()) console.log(`  ${name.padEnd(18)} ${w[i]!.toFixed(3)}`);
  console.log(`highest p(answerable) among unanswerable dev questions: ${unanswerable.slice(0, 5).map((x) => x.toFixed(3)).join(', ')}`);
  // Just above every unanswerable dev question: "don't know" on them must not fall.
  const threshold = Number(((unanswerable[0] ?? 0) + MARGIN).toFixed(4));
  console.log(`threshold ${threshold}: admits ${examples.filter((e, i) => e.y === 1 && p[i]! >= threshold).length} answerable dev questions`);
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4]) {
    const admitted = examples.filter((e, i) => p[i]! >= t);
    console.log(`  threshold ${t}: answerable admitted ${admitted.filter((e) => e.y === 1).length}/${examples.length - unanswerable.length}, unanswerable admitted ${admitted.filter((e) => e.y === 0).length}/${unanswerable.length}`);
  }
  // Leave one dev business out: fit and set the threshold on the others, then count what the
  // gate admits on the one left out — the fit's honest estimate before any held-out run.
  let admittedOk = 0;
  let admittedBad = 0;
  for (const slug of new Set(examples.map((e) => e.label.split(':')[0]))) {
    const train = examples.filter((e) => !e.label.startsWith(`${slug}:`));
    const wt = fitLogistic(train);
    const t = Math.max(...train.filter((e) => e.y === 0).map((e) => sigmoid(dot(wt, e.x)))) + MARGIN;
    for (const e of examples.filter((x) => x.label.startsWith(`${slug}:`))) {
      if (sigmoid(dot(wt, e.x)) < t) continue;
      if (e.y === 1) admittedOk++;
      else admittedBad++;
      console.log(`  cross-validation admits (${e.y ? 'answerable' : 'UNANSWERABLE'}) ${e.label}`);
    }
  }
  console.log(`leave-one-business-out: admits ${admittedOk} answerable and ${admittedBad} unanswerable dev questions`);
  if (process.argv.includes('--verbose')) {
    for (const [i, e] of examples.entries()) if (e.y === 0 || p[i]! < 0.5) console.log(`  ${e.y} ${p[i]!.toFixed(3)} ${e.label}`);
  }
  if (process.argv.includes('--write')) {
    const data = { features: GATE_FEATURES, weights: w.map((x) => Number(x.toFixed(4))), threshold, fittedOn: `${examples.length} dev questions, ${unanswerable.length} unanswerable (eval/fit-gate.ts)` };
    writeFileSync(new URL('../../src/knowledge/answer-gate-weights.json', import.meta.url), `${JSON.stringify(data, null, 2)}\n`);
    console.log('wrote src/knowledge/answer-gate-weights.json');
  }
}

await main();
