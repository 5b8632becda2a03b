/**
 * The configuration grammar's fitted layer (issue 13, round 16): a softmax regression over the
 * words and word pairs of an owner's message that names which of thirteen kinds of request it is
 * (a fact, a rule, a page, a tone…), fitted by eval/fit-config-intents.ts on the DEV owner-message
 * sets only and kept as data in config-intent-weights.json. The grammar reads the forms it has
 * been shown; a new author writes others ("Fact for the bot, from the Ts&Cs page: …", "Bot must
 * to know that …"). When the grammar cannot read a message, or reads it only as a plain fact, and
 * this layer is sure of another kind, `request-slots.ts` fills that kind's values from the text.
 */
import data from './config-intent-weights.json' with { type: 'json' };
import { plainLower } from '../../knowledge/text.ts';
import { wordFeatures } from '../../knowledge/word-features.ts';

/** The kinds of request the owner-message sets label. */
export const REQUEST_KINDS = [
  'set_context', 'add_fact', 'create_article', 'update_article', 'update_price', 'archive_article', 'add_escalation_rules',
  'add_synonyms', 'add_business_rule', 'analytics', 'set_tone', 'set_agent_name', 'nothing',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface RequestModel {
  /** The probability the best kind needs to replace the grammar's reading of a plain fact. */
  threshold: number;
  /** … to read a message the grammar could not read at all. */
  unclearThreshold: number;
  /** … and to replace any other reading of another kind. */
  otherThreshold: number;
  bias: number[];
  /** Per feature, one weight for each of REQUEST_KINDS in order. */
  weights: Record<string, number[]>;
}

/** Words and word pairs of the first 400 characters, its length and line count (log buckets), a price, a quote. */
export function requestFeatures(text: string): string[] {
  return [
    ...wordFeatures(plainLower(text).slice(0, 400)),
    `len:${Math.min(6, Math.floor(Math.log2(text.length + 1)))}`,
    `lines:${Math.min(3, text.split('\n').length)}`,
    ...(/[£$€]\s?\d/.test(text) ? ['price'] : []),
    ...(/["“”]/.test(text) ? ['quote'] : []),
  ];
}

/** The most probable kind of `text` under `model` and its probability. */
export function classifyRequest(text: string, model: RequestModel = MODEL): { kind: RequestKind; p: number } {
  const z = [...model.bias];
  for (const f of requestFeatures(text)) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  const best = e.indexOf(1);
  return { kind: REQUEST_KINDS[best]!, p: e[best]! / sum };
}

export const MODEL: RequestModel = data;

/** `model` with thresholds no probability reaches: the grammar alone (for the evals and tests). */
export const layerOff = (model: RequestModel): RequestModel => ({ ...model, threshold: 2, unclearThreshold: 2, otherThreshold: 2 });
