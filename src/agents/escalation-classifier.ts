/**
 * The escalation check's fitted layer (issue 13, round 7): a logistic regression over the words
 * and word pairs of a customer message, fitted by eval/fit-escalation.ts on the DEV escalation
 * sets and the dev businesses' customer questions only, kept as data in escalation-weights.json
 * with the threshold that fit chose. The rules name the situations an admin wrote down; this layer
 * scores how a customer tells one ("your lad reversed my van into the post", "nobody mentioned
 * it and there was no accident form"), so a rule told in words its parser does not know can still
 * hand the conversation over. It only speaks for a business that has escalation rules.
 */
import data from './escalation-weights.json' with { type: 'json' };
import { scoreFeatures, wordFeatures } from '../knowledge/word-features.ts';

export interface EscalationModel {
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

const MODEL: EscalationModel = data;
const WEIGHTS = new Map(Object.entries(MODEL.weights));

/** The features of a customer message (the fit script calls this too). */
export function escalationFeatures(message: string): string[] {
  return wordFeatures(message.toLowerCase().replace(/[’‘`]/g, "'"));
}

/** The fitted probability that a supervisor would hand `message` over. */
export function escalationProbability(message: string): number {
  return scoreFeatures(escalationFeatures(message), MODEL.bias, WEIGHTS);
}

/** True when the fitted layer reads `message` as one to hand over. */
export function classifiedAsEscalation(message: string): boolean {
  return escalationProbability(message) >= MODEL.threshold;
}
