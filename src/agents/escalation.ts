/**
 * When the support agent hands over to a human (digest §7): the customer asks for one, a
 * configured escalation rule matches, or the customer is clearly frustrated. Deterministic, so
 * the offline model decides with it and the agent can enforce it with any model.
 */
import { synonymsOf } from '../knowledge/synonyms.ts';
import { stem, terms } from '../knowledge/text.ts';

export interface EscalationSignal {
  kind: 'human_requested' | 'rule_matched' | 'frustration';
  reason: string;
}

const HUMAN =
  /\b(?:speak|talk|chat|connect|transfer|put|pass|escalate|get|want|need|give|have)\b[\w\s',]{0,30}\b(?:human|person|people|agent|representative|rep|someone|somebody|manager|supervisor|staff|operator|employee|team member)\b|\b(?:human|real person|live (?:agent|person|chat|support)|representative|operator)\b[\s,!.]*(?:please|now|asap)?\s*[!.]*$/i;
const NOT_A_REQUEST = /\b(?:do|does|are|is) (?:you|there|your)\b.*\b(?:human|people|staff)\b.*\?$|\bhuman resources\b|\bhuman error\b/i;

const FRUSTRATION_STRONG =
  /\b(?:frustrat\w*|furious|angry|livid|fed up|sick (?:and tired )?of|unacceptable|ridiculous|outrageous|disgusting|worst (?:service|company|experience)|waste of (?:my )?time|this is a joke|incompetent|appalling|fuming)\b/i;
const FRUSTRATION_WEAK_ALL =
  /\b(?:useless|terrible|awful|horrible|annoy\w*|still (?:not|hasn't|haven't|doesn't|isn't)|(?:third|fourth|fifth|many|several) times?|again and again|nobody (?:helps|answers|replies)|no one (?:helps|answers)|keep (?:getting|asking)|damn|hell|wtf|fucking|shit|crap)\b/gi;

/** Generic words that say nothing about *which* situation a rule describes. */
const RULE_FILLER = new Set(
  ('customer customers request requests issue issues problem problems question questions mention mentions asks ' +
    'situation situations case cases escalate escalation human involving involves regarding related concerning ' +
    'amount amounts dollars usd eur something anything people person')
    .split(' ')
    .map(stem),
);

interface Threshold {
  op: 'gt' | 'lt';
  value: number;
}

function thresholdOf(rule: string): Threshold | undefined {
  const m = /\b(above|over|more than|greater than|exceeding|below|under|less than)\s*[$€£]?\s*(\d[\d,]*(?:\.\d+)?)/i.exec(rule);
  if (!m) return undefined;
  const op = /above|over|more|greater|exceed/i.test(m[1]!) ? 'gt' : 'lt';
  return { op, value: Number(m[2]!.replace(/,/g, '')) };
}

function amounts(message: string): number[] {
  return (message.match(/[$€£]\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:dollars|euros|pounds|usd|eur|gbp)/gi) ?? []).map((a) =>
    Number(a.replace(/[^\d.]/g, '')),
  );
}

/** True when every topic word of the rule (or a synonym) is in the message, and any amount condition holds. */
export function ruleMatches(rule: string, message: string): boolean {
  const threshold = thresholdOf(rule);
  const ruleText = rule.replace(/\b(?:above|over|more than|greater than|exceeding|below|under|less than)\s*[$€£]?\s*\d[\d,]*(?:\.\d+)?/gi, ' ');
  const wanted = [...new Set(terms(ruleText))].filter((t) => !RULE_FILLER.has(t) && !/^\d/.test(t));
  if (wanted.length === 0) return false;
  const have = new Set(terms(message));
  const hit = (t: string) => have.has(t) || synonymsOf(t).some((s) => have.has(s));
  const needed = wanted.length <= 2 ? wanted.length : Math.ceil(wanted.length * 0.6);
  if (wanted.filter(hit).length < needed) return false;
  if (!threshold) return true;
  return amounts(message).some((a) => (threshold.op === 'gt' ? a > threshold.value : a < threshold.value));
}

/** Whether a customer message should be handed to a human, and why. */
export function detectEscalation(message: string, escalationRules: string[]): EscalationSignal | undefined {
  if (HUMAN.test(message) && !NOT_A_REQUEST.test(message)) {
    return { kind: 'human_requested', reason: 'The customer asked for a human.' };
  }
  const rule = escalationRules.find((r) => ruleMatches(r, message));
  if (rule) return { kind: 'rule_matched', reason: `Escalation rule matched: ${rule}` };
  const letters = message.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length >= 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7;
  const weak = (message.match(FRUSTRATION_WEAK_ALL) ?? []).length;
  const score = (FRUSTRATION_STRONG.test(message) ? 2 : 0) + weak + (shouting ? 1 : 0) + (/!{3,}/.test(message) ? 1 : 0);
  if (score >= 2) return { kind: 'frustration', reason: 'The customer is frustrated.' };
  return undefined;
}
