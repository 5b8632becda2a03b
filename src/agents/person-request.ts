/**
 * Rules that name a person to be asked for ("if someone asks for Mandy", "wants to speak to Lily
 * or a real person"). Such a rule is met when the customer asks for that person ("Can I speak to
 * Mandy please?", "Is Leanne in today?"), not whenever the name comes up ("My cousin passed with
 * Mandy last year", "Saw Leanne's post on Facebook").
 */
import { escapeForRegExp, terms } from '../knowledge/text.ts';

const NAME = String.raw`\p{Lu}\p{Ll}+`;
const ASKS_FOR = new RegExp(
  // ("wants Gareth or a human": wanting someone by name.)
  String.raw`\b(?:(?:asks?|asking|asked|requests?|requesting|wants?|wanting|would like)\s+(?:for|to\s+(?:speak|talk|chat)\s+(?:to|with))|wants?|wanting)\s+(${NAME}(?:\s*(?:,|or|and)\s*${NAME})*)`,
  'gu',
);

/** The people a rule says customers ask for, as the rule writes their names. */
export function requestedPeople(rule: string): string[] {
  return [...rule.matchAll(ASKS_FOR)].flatMap((m) => m[1]!.split(/\s*(?:,|\bor\b|\band\b)\s*/).filter((n) => n !== ''));
}

/** True when every one of a rule alternative's words is a requested person's name. */
export function namesOnly(words: readonly string[], people: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  return people.find((p) => words.every((w) => terms(p).includes(w)));
}

/** One pattern per name, built once: a rule's check runs for every customer message. */
const patterns = new Map<string, RegExp>();

function requestPattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern) return pattern;
  const n = escapeForRegExp(name);
  pattern = new RegExp(
    [
      // "Can I speak to Mandy", "a quick word with Raj"
      String.raw`\b(?:speak|speaking|talk|talking|chat|word|words)\s+(?:to|with)\s+${n}\b`,
      // "Is Mandy about?", "Is Leanne in today?"
      String.raw`\bis\s+${n}\s+(?:there|in|around|about|available|free|working|back|on\s+(?:today|shift))\b`,
      // "Put me through to Leanne", "ask for Raj"
      String.raw`\b(?:through|over|across)\s+to\s+${n}\b`,
      String.raw`\b(?:ask|asks|asking|asked)\s+for\s+${n}\b`,
      // "I want Raj", "can I see Mandy", "get Kerry to ring me"
      String.raw`\b(?:want|need|see|get|have|prefer)\s+${n}\b(?!'s)`,
      // "dealt with by Raj personally", "Harriet directly please", "Mandy please"
      String.raw`\b${n}\s+(?:personally|directly|herself|himself)\b`,
      String.raw`\b${n}\s*,?\s+(?:please|pls|plz)\b`,
      // "Mandy to call me back", "tell Kerry to ring us"
      String.raw`\b${n}\s+(?:to\s+)?(?:call|ring|phone|contact|email|text|message)\s+(?:me|us)\b`,
      String.raw`\b(?:ask|tell)\s+${n}\s+to\b`,
    ].join('|'),
    'iu',
  );
  if (patterns.size >= 512) patterns.delete(patterns.keys().next().value!);
  patterns.set(name, pattern);
  return pattern;
}

/** True when the message asks for `name`: to speak to them, whether they are in, for them to call. */
export function asksForPerson(message: string, name: string): boolean {
  return requestPattern(name).test(message.replace(/[’‘]/g, "'"));
}
