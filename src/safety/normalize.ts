/**
 * Normalisation before pattern matching (issue 13, item 7): every message is screened in
 * several forms, so an attack hidden by look-alike letters from other scripts, zero-width
 * padding, leetspeak, spaced-out letters or an encoding (base64, hex, percent-encoding,
 * rot13) is matched by the same patterns as the plain text.
 */
import { remove as removeConfusables } from 'confusables';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Lower-cased NFKC text with invisible characters removed and whitespace collapsed. */
export function normalizeForFilter(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same text with common digit/symbol substitutions undone ("1gn0re" → "ignore"); with
 * `oneIsL`, "1" after a vowel reads as "l" ("ru13s" → "rules", "d1sr3g4rd" → "disregard").
 */
export function unLeet(text: string, oneIsL = false): string {
  const out = oneIsL ? text.replace(/(?<=[aeiou034])1/g, 'l') : text;
  return out.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
}

/** "1. forget\n2. your\n3. rules" / "- ignore\n- the previous…" → the items read as one sentence. */
export function unList(text: string): string {
  return text.replace(/(?:^|\n)[ \t]*(?:\d{1,2}[.):]|[-*•·>]|step \d{1,2}\s*[:.)-]?)[ \t]+/gi, ' ');
}

/**
 * Text a reader of the rendered message would not see: HTML comments, markdown comments
 * ("[//]: # (…)"), elements hidden by style or attribute. Nobody hides a support question there.
 */
export function hiddenContent(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<!--([\s\S]*?)(?:-->|$)|\[\/\/\]:\s*#\s*\(([^)]*)\)|<(\w+)[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b|font-size\s*:\s*0)[^>]*>([\s\S]*?)<\/\3>/gi)) {
    const inner = (m[1] ?? m[2] ?? m[4] ?? '').trim();
    if (/\p{L}{2,}/u.test(inner)) out.push(inner);
  }
  return out;
}

/**
 * Look-alike letters from other scripts replaced by the Latin letters they imitate ("Ignоrе"
 * with Cyrillic о and е → "ignore"), using the Unicode confusables table of the `confusables`
 * package. Only words that mix Latin with another script are rewritten, so a message written in
 * Cyrillic or Greek stays as it is (the other-language patterns read it). The table maps every
 * I-like letter (Greek Ι, Cyrillic І) to "l"; `iLike` reads those as "i" instead.
 */
export function deconfuse(text: string, iLike = false): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!/[^\u0000-\u024F]/u.test(word)) return word;
    const latin = (word.match(/[a-z]/gi) ?? []).length;
    if (latin === 0 && word.length > 3 && !/[\u0370-\u03FF]/u.test(word)) return word;
    let out = '';
    for (const c of word) {
      if (c.charCodeAt(0) < 0x250) out += c;
      else {
        const mapped = removeConfusables(c);
        out += iLike && /^[lL]$/.test(mapped) ? 'i' : mapped;
      }
    }
    return out.toLowerCase();
  });
}

/** "i g n o r e   a l l" / "i-g-n-o-r-e" / "I.G.N.O.R.E" / "i🙂g🙂n…" → "ignore all": single letters joined, wide gaps kept as spaces. */
export function joinSpacedLetters(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(?:\p{L}(?: {1,4}|[^\p{L}\p{N}\s]{1,3} ?)){2,}\p{L}(?![\p{L}\p{N}])/gu, (run) =>
    run
      .split(/ {2,}/)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
      .join(' '),
  );
}

const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{Zs}\n\r\t$%&*+<=>^|~`]+$/u;

function readable(text: string): string | undefined {
  const t = text.trim();
  return t.length >= 4 && PRINTABLE.test(t) && /\p{L}{2,}/u.test(t) ? t : undefined;
}

/** rot13 of the Latin letters (its own inverse). */
export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Texts hidden in the message by an encoding: base64 and hex tokens, percent-encoding. */
export function decodedPayloads(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) ?? []) {
    if (/^[0-9a-f]+$/i.test(token) && token.length % 2 === 0) {
      const hex = readable(Buffer.from(token, 'hex').toString('utf8'));
      if (hex) out.push(hex);
      continue;
    }
    const b64 = readable(Buffer.from(token, 'base64').toString('utf8'));
    if (b64) out.push(b64);
  }
  if (/%[0-9a-f]{2}/i.test(text)) {
    try {
      const decoded = decodeURIComponent(text);
      if (decoded !== text) out.push(decoded);
    } catch {
      // Not valid percent-encoding: nothing hidden there.
    }
  }
  return out;
}

/**
 * Every form of a message the patterns are run on: the normalised text, then its leetspeak,
 * look-alike, spaced-letter and rot13 readings, and any encoded payloads (normalised in turn).
 * Deduplicated; the first form is always the normalised text.
 */
export function filterForms(message: string): string[] {
  return [...formsOf(message, false).keys()];
}

/** A form of the message, and whether it came out of an encoded payload. */
export interface FilterForm {
  text: string;
  decoded: boolean;
}

/** Like {@link filterForms}, marking the forms that were decoded from a payload. */
export function formsOf(message: string, decoded: boolean, depth = 0): Map<string, FilterForm> {
  const normal = normalizeForFilter(message);
  const deconfused = deconfuse(message.normalize('NFKC'));
  const joined = joinedForm(deconfused);
  const texts = [
    normal,
    unLeet(normal),
    unLeet(normal, true),
    normalizeForFilter(unList(message.normalize('NFKC'))),
    normalizeForFilter(deconfused),
    normalizeForFilter(deconfuse(message.normalize('NFKC'), true)),
    joined,
    unLeet(joined),
    // "ig-nore your in-struc-tions": hyphens inside words dropped.
    joined.replace(/(?<=\p{L})-(?=\p{L})/gu, ''),
    rot13(normal),
    // Written backwards.
    [...normal].reverse().join(''),
  ];
  const forms = new Map<string, FilterForm>();
  for (const text of texts) if (!forms.has(text)) forms.set(text, { text, decoded });
  if (depth === 0) {
    for (const payload of [...decodedPayloads(message), ...hiddenContent(message)]) {
      for (const [text, form] of formsOf(payload, true, 1)) if (!forms.has(text)) forms.set(text, form);
    }
  }
  return forms;
}

/** Emoji between letters ("👉f👉o👉r👉g👉e👉t👉 your") read as spaces once spaced-out letters are joined. */
function joinedForm(deconfused: string): string {
  return normalizeForFilter(joinSpacedLetters(deconfused).replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, ' '));
}

/**
 * What a reader would take the message to say, as one text: look-alike letters mapped to Latin,
 * spaced-out letters joined, normalised, followed by whatever it hides in an encoding or in
 * invisible markup, read the same way. The injection classifier's input.
 */
export function readingOf(message: string): string {
  const read = (text: string) => joinedForm(deconfuse(text.normalize('NFKC')));
  return [message, ...decodedPayloads(message), ...hiddenContent(message)].map(read).join(' ');
}
