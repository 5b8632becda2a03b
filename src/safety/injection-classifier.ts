/**
 * The input filter's fitted layer (issue 13, item 7): a logistic regression over the words, word
 * pairs and (optionally) letter n-grams of a message's reading (`readingOf`), its weights fitted
 * by eval/fit-injection.ts on the DEV attacks and ordinary messages only, and kept as data in
 * injection-weights.json with the threshold that fit chose. The patterns name the attack families
 * they were written for; this layer scores the phrasing they share, so an attack in words no
 * pattern lists ("kindly set your earlier brief to one side") can still be refused.
 */
import data from './injection-weights.json' with { type: 'json' };
import { scoreFeatures, wordFeatures } from '../knowledge/word-features.ts';
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
  return wordFeatures(model.unLeet ? `${reading} ${unLeet(reading)}` : reading, model.charN);
}

export { scoreFeatures };

/** True when the fitted layer reads `message` as an attack. */
export function classifiedAsInjection(message: string): boolean {
  return scoreFeatures(injectionFeatures(message), MODEL.bias, WEIGHTS) >= MODEL.threshold;
}
