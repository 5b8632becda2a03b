/**
 * The escalation check's fitted layer (issue 13, round 7): a logistic regression over the words
 * and word pairs of a customer message, fitted by eval/fit-escalation.ts on the DEV escalation
 * sets and the dev businesses' customer questions only, kept as data in escalation-weights.json
 * with the threshold that fit chose. The rules name the situations an admin wrote down; this layer
 * scores how a customer tells one ("your lad reversed my van into the post", "nobody mentioned
 * it and there was no accident form"), so a rule told in words its parser does not know can still
 * hand the conversation over. It only speaks for a business that has escalation rules, and it reads
 * them: how many content words the message shares with the rules in force (none, one, two, three or
 * more) is a feature beside the words, so "can I bring my dog to the barn?" weighs less for a venue
 * whose rules are about injuries than a message about an injury does (round 12).
 */
import data from './escalation-weights.json' with { type: 'json' };
import { plainLower, terms } from '../knowledge/text.ts';
import { parseRule } from './escalation-rules.ts';
import { scoreFeatures, wordFeatures } from '../knowledge/word-features.ts';

export interface EscalationModel {
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

const MODEL: EscalationModel = data;
const WEIGHTS = new Map(Object.entries(MODEL.weights));

/**
 * `r:0` … `r:3`: how many content words (no numbers) `message` shares with `rules`, capped at
 * three. A rule's words come from its cached parse: they are read once, not for every message.
 */
function ruleOverlap(message: string, rules: readonly string[]): string[] {
  const parsed = rules.map(parseRule);
  const shared = new Set(terms(message).filter((t) => !/\d/.test(t) && parsed.some((p) => p.terms.has(t)))).size;
  return shared === 0 ? ['r:0'] : ['r:1', 'r:2', 'r:3'].slice(0, Math.min(shared, 3));
}

/** The features of a customer message to a business with `rules` in force (the fit script calls this too). */
export function escalationFeatures(message: string, rules: readonly string[]): string[] {
  return [...wordFeatures(plainLower(message)), ...ruleOverlap(message, rules)];
}

/** The fitted probability that a supervisor would hand `message` over, given the business's `rules`. */
export function escalationProbability(message: string, rules: readonly string[]): number {
  return scoreFeatures(escalationFeatures(message, rules), MODEL.bias, WEIGHTS);
}

/** True when the fitted layer reads `message` as one to hand over, given the business's `rules`. */
export function classifiedAsEscalation(message: string, rules: readonly string[]): boolean {
  return escalationProbability(message, rules) >= MODEL.threshold;
}
