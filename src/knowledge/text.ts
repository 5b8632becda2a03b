/**
 * Small text tools for retrieval and matching: word tokens, stop words, a light suffix stemmer,
 * and a sentence splitter that keeps Markdown list items as sentences. Deterministic and
 * dependency-free; the database does its own stemming (FTS5 porter, PostgreSQL `english`).
 */

const STOP_WORDS = new Set(
  (
    'a about above after again all am an and any are as at be been before being below between both but by ' +
    'can could did do does doing done down during each few for from further get gets got had has have having ' +
    'he her here hers him his how i if in into is it its itself just me more most my myself no nor not of off ' +
    'on once only or other our ours out over own please same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself hi hello hey thanks thank us let lets tell ' +
    'know want wondering question ask much many also need one ok okay yes take takes took possible able'
  ).split(' '),
);

/** Lower-case word tokens (letters and digits, Unicode-aware). Safe to quote into FTS queries. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True for words that carry no topic (function words and chat filler). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * A light English stemmer (plural, -ing, -ed, -ly, a few derivational endings). Not Porter:
 * it only needs to map a question's words and an article's words to the same key.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss|us|is)$/, '$1'],
    [/([^s])s$/, '$1'],
  ];
  for (const [re, to] of rules) {
    if (re.test(w)) {
      w = w.replace(re, to);
      break;
    }
  }
  const endings: [RegExp, string][] = [
    [/ational$/, 'ate'],
    [/ation$/, 'ate'],
    [/ment$/, ''],
    [/ing$/, ''],
    [/edly$/, ''],
    [/ed$/, ''],
    [/ly$/, ''],
    [/able$/, ''],
    [/ible$/, ''],
  ];
  for (const [re, to] of endings) {
    if (re.test(w) && w.length - w.match(re)![0].length >= 3) {
      w = w.replace(re, to);
      break;
    }
  }
  // "shipp" → "ship", "cancell" → "cancel": undouble a final consonant left by -ing/-ed.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w.slice(-2)) && w.length > 3) w = w.slice(0, -1);
  if (/ll$/.test(w) && w.length > 5) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

/** Content words of a text, stemmed, without stop words. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map(stem);
}

/**
 * Splits text into sentences. Markdown headings and list items end a sentence; a period ends
 * one unless it sits inside a number ("2.5") or a known abbreviation.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/\*\*|__|`/g, '')
      .trim();
    if (line === '') continue;
    const parts = line.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/u);
    for (const part of parts) {
      const s = part.trim();
      if (s !== '') out.push(s);
    }
  }
  return out;
}
