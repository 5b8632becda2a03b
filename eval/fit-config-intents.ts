/**
 * `node dist/eval/fit-config-intents.js [--write]`: fits the configuration grammar's request
 * classifier (src/agents/offline-config/request-classifier.ts) on the DEV owner-message sets only
 * (eval/config-intents-dev*.ts; the held-out set is never read here). Each set was written by a
 * different author, so each is left out of the fit in turn: the printed figures are how many of a
 * set's messages the grammar, with the layer fitted on the other sets, reads as the owner meant —
 * first contact with a new author — at each pair of thresholds. The pair with the most (ties: the
 * higher thresholds) is kept; `--write` fits on every dev set and writes config-intent-weights.json;
 * `--misses=dev-7` prints what a set's messages were read as when read wrongly (at 0.4, others 0.8).
 */
import { writeFileSync } from 'node:fs';
import { parseCommand } from '../src/agents/offline-config/grammar.ts';
import { clean } from '../src/agents/offline-config/values.ts';
import { layerOff, REQUEST_KINDS, requestFeatures, type RequestModel } from '../src/agents/offline-config/request-classifier.ts';
import { meets } from './config-intents-meets.ts';
import { CONFIG_INTENT_DEV_SETS } from './config-intents-dev-sets.ts';

const STEPS = 300;
const RATE = 0.5;
const L2 = 0.001;
const PRUNE = 0.1;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** For replacing a reading of another kind (2: never). */
const OTHER_THRESHOLDS = [0.6, 0.7, 0.8, 0.9, 2];

interface Example { f: Int32Array; y: number }

/** Batch gradient descent on the softmax log loss over the kinds. */
export function fitRequests(messages: { message: string; kind: string }[]): RequestModel {
  const index = new Map<string, number>();
  const examples: Example[] = messages.map((m) => ({
    f: Int32Array.from(requestFeatures(clean(m.message)).map((f) => index.get(f) ?? (index.set(f, index.size), index.size - 1))),
    y: REQUEST_KINDS.indexOf(m.kind as (typeof REQUEST_KINDS)[number]),
  }));
  const K = REQUEST_KINDS.length;
  const w = new Float64Array(index.size * K);
  const bias = new Float64Array(K);
  const z = new Float64Array(K);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(w.length);
    const gradBias = new Float64Array(K);
    for (const e of examples) {
      for (let k = 0; k < K; k++) { let a = bias[k]!; for (const f of e.f) a += w[f * K + k]!; z[k] = a; }
      const top = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k]! - top); sum += z[k]!; }
      for (let k = 0; k < K; k++) {
        const err = z[k]! / sum - (e.y === k ? 1 : 0);
        gradBias[k]! += err;
        for (const f of e.f) grad[f * K + k]! += err;
      }
    }
    for (let k = 0; k < K; k++) bias[k]! -= (RATE * gradBias[k]!) / examples.length;
    for (let i = 0; i < w.length; i++) w[i]! -= RATE * (grad[i]! / examples.length + L2 * w[i]!);
  }
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...index].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const row = Array.from(w.subarray(i * K, i * K + K));
    if (row.some((v) => Math.abs(v) >= PRUNE)) weights[f] = row.map((v) => Number(v.toFixed(2)));
  }
  return layerOff({ threshold: 0, unclearThreshold: 0, otherThreshold: 0, bias: Array.from(bias, (v) => Number(v.toFixed(3))), weights });
}

const labelled = (cases: (typeof CONFIG_INTENT_DEV_SETS)[number][1]) => cases.map((c) => ({ message: c.message, kind: c.expect.kind }));

// Leave one author out: each set read with the layer fitted on the others.
const grid = new Map<string, number>();
let alone = 0;
let total = 0;
for (const [name, cases] of CONFIG_INTENT_DEV_SETS) {
  const model = fitRequests(CONFIG_INTENT_DEV_SETS.filter(([other]) => other !== name).flatMap(([, c]) => labelled(c)));
  const grammarOnly = cases.filter((c) => meets(parseCommand(c.message, model), c.expect)).length;
  const line: string[] = [];
  for (const threshold of THRESHOLDS) {
    for (const unclearThreshold of THRESHOLDS) {
      for (const otherThreshold of OTHER_THRESHOLDS) {
        const read = cases.filter((c) => meets(parseCommand(c.message, { ...model, threshold, unclearThreshold, otherThreshold }), c.expect)).length;
        const key = `${threshold}/${unclearThreshold}/${otherThreshold}`;
        grid.set(key, (grid.get(key) ?? 0) + read);
        if (threshold === unclearThreshold && otherThreshold === 0.8) line.push(`${threshold}: ${read}`);
      }
    }
  }
  for (const c of cases) {
    const got = parseCommand(c.message, { ...model, threshold: 0.4, unclearThreshold: 0.4, otherThreshold: 0.8 });
    if (process.argv.includes('--lost') && meets(parseCommand(c.message, model), c.expect) && !meets(got, c.expect)) console.log(`LOST ${name} ${c.expect.kind} ${JSON.stringify(c.message).slice(0, 150)}\n  got  ${JSON.stringify(got).slice(0, 200)}`);
  }
  if (process.argv.includes(`--misses=${name}`)) {
    for (const c of cases) {
      const got = parseCommand(c.message, { ...model, threshold: 0.4, unclearThreshold: 0.4, otherThreshold: 0.8 });
      if (!meets(got, c.expect)) console.log(`MISS ${c.expect.kind} ${JSON.stringify(c.message).slice(0, 150)}\n  want ${JSON.stringify(c.expect)}\n  got  ${JSON.stringify(got).slice(0, 200)}`);
    }
  }
  alone += grammarOnly;
  total += cases.length;
  console.log(`${name} (${cases.length}): grammar alone ${grammarOnly}; with the layer fitted on the other sets, at equal thresholds (others 0.8) ${line.join(', ')}`);
}
const [best, read] = [...grid].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a));
console.log(`every dev set, leave one author out: grammar alone ${alone}/${total}; best thresholds (fact/unclear/other) ${best}: ${read}/${total}`);
if (process.argv.includes('--write')) {
  const [threshold, unclearThreshold, otherThreshold] = best.split('/').map(Number) as [number, number, number];
  const model = { ...fitRequests(CONFIG_INTENT_DEV_SETS.flatMap(([, c]) => labelled(c))), threshold, unclearThreshold, otherThreshold };
  writeFileSync(new URL('../../src/agents/offline-config/config-intent-weights.json', import.meta.url), `${JSON.stringify(model).replace(/\],"/g, '],\n"')}\n`);
  console.log(`wrote src/agents/offline-config/config-intent-weights.json (${Object.keys(model.weights).length} features)`);
}
