/** Normalisation before pattern matching: defeats look-alikes, zero-width padding and leetspeak. */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Lower-cased NFKC text with invisible characters removed and whitespace collapsed. */
export function normalizeForFilter(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same text with common digit/symbol substitutions undone ("1gn0re" → "ignore"). */
export function unLeet(text: string): string {
  return text.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
}
