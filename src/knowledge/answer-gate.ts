/**
 * The answer gate: whether a question the coverage floor turned away is answerable after all.
 * A logistic regression over {@link gateFeatures}, its weights fitted on the dev splits' labels
 * (answerable or not) by eval/fit-gate.ts and kept as data in answer-gate-weights.json. The
 * coverage floor still decides most questions; the gate only speaks when no line clears it.
 */
import data from './answer-gate-weights.json' with { type: 'json' };

/** Names of the numbers `gateFeatures` (extract-answer.ts) returns, in order; the weights follow them. */
export const GATE_FEATURES = [
  'bias', 'bestCoverage', 'bestScore', 'bestOwn', 'bestFromTopSource', 'absentShare', 'absentWords',
  'absentAction', 'fillerShare', 'asksValue', 'yesNo', 'offered', 'sourcesRetrieved', 'admissibleLines',
] as const;

/** The weights were fitted on these features (a test checks it). */
export const FITTED = data.features.join() === GATE_FEATURES.join();

/** p(answerable) at or above this admits a question no line clears the coverage floor for. */
export const GATE_THRESHOLD = data.threshold;

/** Probability that the question these features describe is answerable from the sources. */
export function gateProbability(features: readonly number[]): number {
  // Weights fitted on other features (run eval/fit-gate.ts --write) keep the gate shut.
  if (!FITTED) return 0;
  const z = data.weights.reduce((sum, w, i) => sum + w * features[i]!, 0);
  return 1 / (1 + Math.exp(-z));
}
