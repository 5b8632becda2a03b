/** Value helpers of the offline configuration grammar. */

/** What a message that asks for no change is read as. */
export const UNCLEAR_HINT = 'I could not tell which setting, article or report you mean.';

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

/** An amount of money as owners type it: "£40", "$ 1,200", "€12.50". */
export const PRICE = String.raw`[$€£]\s?\d+(?:,\d{3})*(?:\.\d{1,2})?`;

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

/** "Regards, Pat", "Thanks a million", "Cheers" on a line of their own at the end of a message. */
const SIGN_OFF = /\n+\s*(?:(?:kind|best|warm|many)\s+)?(?:regards|thanks(?:\s+a\s+million)?|thank\s+you|cheers|ta|thx|best|sincerely|yours\s+sincerely|all\s+the\s+best)[,!.]?(?:\s*\n?\s*\p{Lu}[\p{L}.' -]{0,30})?\s*$/iu;
/** Verbs an owner puts politely ("would you mind adding…"), as the command they stand for. */
const GERUNDS: Record<string, string> = {
  adding: 'add', creating: 'create', putting: 'put', updating: 'update', changing: 'change', taking: 'take', sending: 'send',
  treating: 'treat', keeping: 'keep', making: 'make', removing: 'remove', deleting: 'delete', noting: 'note', passing: 'pass',
  setting: 'set', asking: 'ask', calling: 'call', using: 'use', writing: 'write', telling: 'tell', letting: 'let', saving: 'save',
  including: 'include', mentioning: 'mention', replacing: 'replace', archiving: 'archive', getting: 'get', renaming: 'rename',
};
/** "Would you mind adding that …?", "Could I get you to note that …?": the request inside. */
const POLITE_REQUEST = /^(?:(?:(?:would|do)\s+you\s+)?mind\s+(?:(always|never)\s+)?([a-z]+ing)\b|(?:could|can|may)\s+I\s+(?:also\s+)?(?:get|ask)\s+you\s+to\s+|would\s+you\s+be\s+able\s+to\s+|(?:(?:would|do)\s+you\s+)?mind\s+if\s+(?:we|I)\s+(changed|called|renamed|added|removed|took|put)\b)/i;
const PAST: Record<string, string> = { changed: 'change', called: 'call', renamed: 'rename', added: 'add', removed: 'remove', took: 'take', put: 'put' };

/** A greeting naming whoever is addressed, up to its comma: "Hi Sam,", "hey there!", "morning all." */
const GREETING_BY_NAME = /^(?:hi+|hiya|hello|hey|morning)\s+(?!please\b|pls\b|can\b|could\b|would\b)\p{L}+\s*[,!.]\s*/iu;

/** Common misspellings of the words that name what an owner asks for. */
const SPELT: Record<string, string> = {
  descripton: 'description', discription: 'description', desciption: 'description', decription: 'description', descriptoin: 'description',
  artical: 'article', articel: 'article', artcle: 'article', aritcle: 'article',
  escelate: 'escalate', escalte: 'escalate', esculate: 'escalate', escallate: 'escalate',
  synonim: 'synonym', synonymn: 'synonym', synonims: 'synonyms', synonymns: 'synonyms',
};
const MISSPELT = new RegExp(`\\b(?:${Object.keys(SPELT).join('|')})\\b`, 'gi');

/** Removes polite prefixes and suffixes ("please", "can you", "thanks") and a sign-off. */
export function clean(text: string): string {
  // "65 quid" is £65.
  let t = text.trim().replace(SIGN_OFF, '').trim().replace(/\b(\d+(?:\.\d{2})?)\s*quid\b/gi, '£$1');
  // "new descripton pls": the words that name a request, as owners misspell them.
  t = t.replace(MISSPELT, (w) => SPELT[w.toLowerCase()] ?? w);
  // "Hi Sam, would you mind…", "hey there!": the greeting names the assistant (any name, any case).
  t = t.replace(GREETING_BY_NAME, '');
  const polite = /^(?:please|pls|kindly|can you|could you|would you|will you|i (?:want|need|would like|'d like) (?:you )?to|let's|now|ok(?:ay)?|hey|hi|hello)[,\s]+/i;
  while (polite.test(t)) t = t.replace(polite, '');
  const request = POLITE_REQUEST.exec(t);
  if (request) {
    const verb = request[2] ? GERUNDS[request[2].toLowerCase()] ?? request[2].replace(/ing$/i, '') : request[3] ? PAST[request[3].toLowerCase()]! : '';
    // The request is a command now: its question mark goes ("… called "How to Book"? Here's the text:").
    t = `${request[1] ? `${request[1]} ` : ''}${verb}${t.slice(request[0].length)}`.replace(/^\s+/, '').replace(/\?(?=\s|$)/, '.');
  }
  // In pasted lines the last one's "please" is the owner's own text ("… British spelling please."),
  // unless it stands apart (on its own line or after a comma).
  return t.replace(t.includes('\n') ? /(?:\s*\n\s*|\s*,\s*)(?:please|thanks|thank you)[.!]*$/i : /[\s,]*(?:please|thanks|thank you)[.!]*$/i, '').trim();
}

/** A title without the courtesy after it: "Booking & Cancellations ta", "Summer offer please". */
export const withoutCourtesy = (title: string) => title.replace(/(?:[\s,]+(?:pls|plz|please|thanks|thank\s+you|ta|thx|cheers|x+))+[.!]*$/i, '').trim();

/** Splits "a, b and c" / "a; b" / bullet lines into items (thousands separators survive). */
export function splitList(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|,(?!\d{3})(?:\s*and)?|\s+and\s+(?=[a-z]))\s*/i)
    .map((s) => unquote(s.replace(/^[-*•]\s*/, '')))
    .filter((s) => s.length > 1);
}

