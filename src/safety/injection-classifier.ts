/**
 * The input filter's fitted layer (issue 13, item 7): a logistic regression over the words, word
 * pairs and (optionally) letter n-grams of a message's reading (`readingOf`), its weights fitted
 * by eval/fit-injection.ts on the DEV attacks and ordinary messages only, and kept as data in
 * injection-weights.json with the threshold that fit chose. The patterns name the attack families
 * they were written for; this layer scores the phrasing they share, so an attack in words no
 * pattern lists ("kindly set your earlier brief to one side") can still be refused.
 */
import data from './injection-weights.json' with { type: 'json' };
import { readingOf, unLeet } from './normalize.ts';

export interface InjectionModel {
  /** Letter n-gram length; 0 for words and word pairs only. */
  charN: number;
  /** Also read digits and symbols as the letters they stand for ("1gn0re"). */
  unLeet: boolean;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

const MODEL: InjectionModel = data;
const WEIGHTS = new Map(Object.entries(MODEL.weights));

/** The features of a message under `model`'s settings (the fit script calls this too). */
export function injectionFeatures(message: string, model: Pick<InjectionModel, 'charN' | 'unLeet'> = MODEL): string[] {
  const reading = readingOf(message);
  const text = model.unLeet ? `${reading} ${unLeet(reading)}` : reading;
  const words = text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i + 1 < words.length) out.add(`b:${words[i]} ${words[i + 1]}`);
  }
  if (model.charN > 0) {
    const padded = ` ${words.join(' ')} `;
    for (let i = 0; i + model.charN <= padded.length; i++) out.add(`c:${padded.slice(i, i + model.charN)}`);
  }
  return [...out];
}

/** The fitted probability that `features` come from an injection or extraction attempt. */
export function scoreFeatures(features: readonly string[], bias: number, weights: ReadonlyMap<string, number>): number {
  let z = bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the fitted layer reads `message` as an attack. */
export function classifiedAsInjection(message: string): boolean {
  return scoreFeatures(injectionFeatures(message), MODEL.bias, WEIGHTS) >= MODEL.threshold;
}
