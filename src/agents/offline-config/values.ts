/** Value helpers of the offline configuration grammar. */

/** The first letter in upper case: "about allergens" gives the title "Allergens". */
export const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A name or label (agent name, colour, tone, title, category, search, escalation trigger): strips
 * quotes and the full stop (or ? !) that ends the command sentence.
 */
export function unquote(value: string): string {
  let v = value.trim().replace(/[.?!]+$/, '').trim();
  const m = /^["'“”‘’`](.*)["'“”‘’`]$/s.exec(v);
  if (m) v = m[1]!.trim();
  return v;
}

/**
 * A text in the business's own words (business context, business rules, welcome texts): strips
 * surrounding quotes only. Its final full stop, question or exclamation mark is part of the text.
 */
export function unquoteText(value: string): string {
  const v = value.trim();
  const m = /^(?:"([^"]*)"|“([^”]*)”|'(.*)'|‘(.*)’|`([^`]*)`)[.?!]*$/s.exec(v);
  return m ? m.slice(1).find((g) => g !== undefined)!.trim() : v;
}

/** Emoji, which name nothing an owner means ("Seal Trip 🦭", "footie means football 😂"). */
export const withoutEmoji = (s: string) => s.replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, '');

/**
 * A title for content given without one: its first sentence, at most `maxWords` words. With
 * `lineEnds`, a line break ends it too and a trailing colon goes ("Facilities:⏎…").
 */
export function titleFrom(content: string, maxWords = 8, lineEnds = false): string {
  const first = content.split(lineEnds ? /(?<=[.!?])\s|\n/ : /(?<=[.!?])\s/)[0]!.replace(lineEnds ? /[.!?:]+$/ : /[.!?]+$/, '');
  const words = first.split(/\s+/);
  return words.length <= maxWords ? first : `${words.slice(0, maxWords).join(' ')}…`;
}

/** Removes polite prefixes and suffixes ("please", "can you", "thanks"). */
export function clean(text: string): string {
  let t = text.trim();
  const polite = /^(?:please|pls|kindly|can you|could you|would you|will you|i (?:want|need|would like|'d like) (?:you )?to|let's|now|ok(?:ay)?|hey|hi|hello)[,\s]+/i;
  while (polite.test(t)) t = t.replace(polite, '');
  return t.replace(/[\s,]*(?:please|thanks|thank you)[.!]*$/i, '').trim();
}

/** Splits "a, b and c" / "a; b" / bullet lines into items (thousands separators survive). */
export function splitList(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|,(?!\d{3})(?:\s*and)?|\s+and\s+(?=[a-z]))\s*/i)
    .map((s) => unquote(s.replace(/^[-*•]\s*/, '')))
    .filter((s) => s.length > 1);
}

