/**
 * Typo tolerance: a question word the English dictionary (Hunspell's, via `nspell` and
 * `dictionary-en`) does not know gets its closest dictionary words as synonyms ("delivry" →
 * "delivery"). They only count where the knowledge base has them, like any synonym, so a brand
 * name the dictionary lacks matches itself first and a wrong suggestion matches nothing.
 * The dictionary loads once (about 0.3 s); a known word costs microseconds, a misspelled one
 * a few milliseconds the first time (results are kept per word; at most two look-ups per
 * question; a long word can take tens of milliseconds).
 */
import { createRequire } from 'node:module';
import { isStopWord, words } from './text.ts';

interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

let speller: Promise<Speller> | undefined;
/** Set once the dictionary is ready: until then questions are not held up, only unchecked. */
let ready: Speller | undefined;

/** Loads the dictionary (once); call early so the first question does not wait for it. */
export function loadSpelling(): Promise<Speller> {
  return load();
}

function load(): Promise<Speller> {
  speller ??= (async () => {
    const { default: dictionary } = await import('dictionary-en');
    const nspell = createRequire(import.meta.url)('nspell') as (d: { aff: Uint8Array; dic: Uint8Array }) => Speller;
    ready = nspell(dictionary);
    return ready;
  })();
  return speller;
}

const MAX_SUGGESTIONS = 8;
/** At most this many unknown words are looked up per question (each lookup costs milliseconds). */
const MAX_LOOKUPS = 2;
/** Suggestions by word (empty: spelled right), kept: customers misspell the same words. */
const byWord = new Map<string, string[]>();
const CACHE_LIMIT = 10_000;
/** Longer questions are pasted text, not typed questions: not worth checking word by word. */
const MAX_WORDS = 24;

/**
 * Synonym groups `[typed, suggestion…]` for the words of `question` the dictionary does not
 * know; empty when every word is spelled right, or while the dictionary is still loading (the
 * load starts then; no question waits for it).
 * @example await spellingGroups('how long is delivry') // [['delivry', 'delivery']]
 */
export async function spellingGroups(question: string): Promise<string[][]> {
  if (!ready) {
    void load().catch(() => undefined);
    return [];
  }
  const candidates = [...new Set(words(question))].filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w) && !isStopWord(w));
  if (candidates.length === 0 || candidates.length > MAX_WORDS) return [];
  const spell = ready;
  const groups: string[][] = [];
  let lookups = 0;
  for (const w of candidates) {
    let suggestions = byWord.get(w);
    if (!suggestions) {
      // Names are in the dictionary capitalised ("Canada").
      if (spell.correct(w) || spell.correct(w[0]!.toUpperCase() + w.slice(1))) suggestions = [];
      else if (lookups++ < MAX_LOOKUPS) {
        suggestions = spell.suggest(w).map((s) => s.toLowerCase()).filter((s) => s !== w && /^\p{L}+$/u.test(s)).slice(0, MAX_SUGGESTIONS);
      } else continue;
      if (byWord.size >= CACHE_LIMIT) byWord.delete(byWord.keys().next().value!);
      byWord.set(w, suggestions);
    }
    if (suggestions.length > 0) groups.push([w, ...suggestions]);
  }
  return groups;
}

/**
 * Whether the dictionary knows `word` (or its capitalised form); undefined while it is still
 * loading. For checks that cannot wait: they treat an unknown answer as "spelled right".
 */
export function knownWord(word: string): boolean | undefined {
  if (!ready) return undefined;
  return ready.correct(word) || ready.correct(word[0]!.toUpperCase() + word.slice(1));
}

/** Whether `a` becomes `b` by one letter added, dropped, changed, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
