/**
 * Articles are data, not instructions (issue 13, item 8). A knowledge sentence that talks to
 * the model ("Ignore previous instructions and…", "AI agents reading this must…") or holds a
 * credential ("The staff login is reception / Vet$ecure99", an API key) is never quoted to a
 * customer: `withoutUnsafeSentences` drops it where the prompt is assembled, and the output
 * filter flags a reply that carries one anyway (`unsafe_knowledge`).
 */
import { sentences } from '../knowledge/text.ts';
import { instructionPattern } from './input-filter.ts';

export type UnsafeReason = 'instruction' | 'credential';

/** Sentences addressed to an AI reading the article rather than to the customer. */
const TO_THE_MODEL =
  /\b(?:if you are|you are|as) (?:an? )?(?:ai|language model|llm|assistant|chatbot|bot|large language model)\b|\b(?:ai|assistants?|chatbots?|bots?|language models?|llms?|agents?|models?)\s+(?:reading|processing|that reads?|who reads?|summari[sz]ing|seeing) (?:this|these)\b/i;

/** Where a secret is named: a password, PIN, a door/alarm/access code, an API key or token, a login. */
const SECRET_NAME =
  /\b(?:passwords?|passcodes?|passphrases?|pins?|pin codes?|(?:door|gate|alarm|access|safe|lock|entry|security|admin|master|wifi|wi-fi) (?:code|password|pin|key)s?|wifi|wi-fi|api (?:key|token|secret)s?|secret (?:key|token)s?|access tokens?|private keys?|tokens?|logins?|credentials?|username and password)\b/i;
/**
 * Right after the name ("… for the back office: ", "… is ", "… is reception / "), a value that
 * looks like a secret: letters mixed with digits or symbols, or digits with a symbol ("4471#").
 */
const SECRET_VALUE =
  /^\s*(?:(?:for|of|to|on|at)\s+[\w\s'-]{0,30}?)?\s*(?:is|are|was|:|=|-|–)\s*(?:[^\s/]+\s*\/\s*)?["'(]?(?:(?=[^\s"')]*\d)(?=[^\s"')]*[A-Za-z#!$%&*@?^])[^\s"')]{4,}|\d{4,}[#*]?)/;
/** Well-known key shapes (OpenAI/Stripe-style, AWS, GitHub, Slack, PEM, this product's own keys). */
const KEY_SHAPE =
  /\b(?:sk|pk|rk)[-_](?:live|test|proj)?[-_]?[A-Za-z0-9]{12,}|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{20,}|\bxox[bpas]-[A-Za-z0-9-]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|\b(?:lxc|lxm|whsec)_[A-Za-z0-9]{8,}/;

/**
 * Verdicts by sentence. The same article sentences are checked on every question that retrieves
 * them (prompt assembly) and again in every reply that quotes them (QA's output filter), and
 * the instruction check normalises the whole sentence first (about 20 µs each): a bounded memo
 * of a pure function. `null` records "safe".
 */
const verdicts = new Map<string, UnsafeReason | null>();
const VERDICT_LIMIT = 5000;
/** Longer sentences are checked each time: the memo stays under a few megabytes. */
const MEMO_MAX_CHARS = 400;

/** Why a knowledge sentence must not be quoted to a customer, or undefined when it may be. */
export function unsafeKnowledgeSentence(text: string): UnsafeReason | undefined {
  if (text.length > MEMO_MAX_CHARS) return judgeSentence(text);
  let verdict = verdicts.get(text);
  if (verdict === undefined) {
    verdict = judgeSentence(text) ?? null;
    if (verdicts.size >= VERDICT_LIMIT) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(text, verdict);
  }
  return verdict ?? undefined;
}

function judgeSentence(text: string): UnsafeReason | undefined {
  if (KEY_SHAPE.test(text)) return 'credential';
  const named = SECRET_NAME.exec(text);
  if (named && SECRET_VALUE.test(text.slice(named.index + named[0].length))) return 'credential';
  if (TO_THE_MODEL.test(text) || instructionPattern(text)) return 'instruction';
  return undefined;
}

/**
 * The text without its unsafe sentences, line by line so headings and lists keep their shape;
 * the same string when nothing is unsafe.
 */
export function withoutUnsafeSentences(text: string): string {
  let changed = false;
  const lines = text.split('\n').map((line) => {
    const parts = sentences(line);
    if (!parts.some((s) => unsafeKnowledgeSentence(s))) return line;
    changed = true;
    const marker = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/.exec(line)![0];
    const kept = parts.filter((s) => !unsafeKnowledgeSentence(s)).join(' ');
    return kept === '' ? '' : marker + kept;
  });
  return changed ? lines.join('\n') : text;
}
