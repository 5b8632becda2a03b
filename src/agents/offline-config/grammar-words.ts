/**
 * The synonym and analytics parts of the offline configuration grammar: an organization's own
 * words ("customers say 'trainers' when they mean 'sneakers'") and the one figure an
 * analytics question asks for ("How many conversations were escalated this week?").
 */
import type { AnalyticsMetric, Intent } from './intents.ts';
import { unquote, withoutEmoji } from './values.ts';

const WORD = String.raw`("[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’|[\p{L}\p{N}][\p{L}\p{N}' -]*?)`;
const WHO_SAYS = String.raw`(?:(?:a\s+lot\s+of|lots\s+of|loads\s+of|many|most|some|all)\s+(?:of\s+)?)?(?:our\s+)?(?:customers|people|users|clients|buyers|shoppers|they|some|members|guests|patients|parents|students|visitors|tenants|pupils|owners|callers|folk|folks|everyone|most\s+people|a\s+lot\s+of\s+people)`;
const SAY = String.raw`${WHO_SAYS}\s+(?:often\s+|sometimes\s+|usually\s+|also\s+)?(?:say|write|use|call\s+it|ask\s+(?:for|about))`;

const SYNONYM_FORMS: RegExp[] = [
  // "When members say 'shop' they mean the 'trading hut'"
  new RegExp(String.raw`^(?:when|if)\s+${WHO_SAYS}\s+(?:say|write|ask\s+(?:for|about)|talk\s+about)\s+${WORD},?\s+(?:they|he|she)\s+(?:mean|are\s+talking\s+about|want)\s+(?:the\s+|our\s+|a\s+)?${WORD}[.!]?$`, 'iu'),
  // customers say "trainers" when they mean "sneakers" / customers say X for Y / … instead of Y
  new RegExp(String.raw`^${SAY}\s+${WORD}\s+(?:when\s+they\s+mean|meaning|for|instead\s+of|to\s+mean|but\s+mean)\s+${WORD}[.!]?$`, 'iu'),
  // "trainers" means "sneakers" / X is another word for Y / X is a synonym of Y / treat X as Y
  new RegExp(String.raw`^${WORD}\s+(?:means|is\s+(?:another\s+word|a\s+synonym|the\s+same)\s+(?:for|of|as)|=)\s+${WORD}[.!]?$`, 'iu'),
  new RegExp(String.raw`^(?:treat|read|understand)\s+${WORD}\s+(?:as|like)\s+(?:the\s+same\s+as\s+)?${WORD}[.!]?$`, 'iu'),
  // add (a) synonym(s): X = Y / add synonyms trainers, sneakers
  new RegExp(String.raw`^add\s+(?:a\s+|the\s+|these\s+)?synonyms?\s*(?:for\s+)?[:\-]?\s*${WORD}\s*(?:=|:|,|\s+and\s+|\s+for\s+|\s+as\s+)\s*${WORD}[.!]?$`, 'iu'),
  // X and Y mean the same (thing)
  new RegExp(String.raw`^${WORD}\s+and\s+${WORD}\s+(?:mean|are)\s+the\s+same(?:\s+thing)?[.!]?$`, 'iu'),
];

/** A word or two as owners write them: quoted, or up to three words before what follows them. */
const TERM = String.raw`((?:a\s+|an\s+|the\s+|our\s+)?(?:"[^"\n]{1,40}"|“[^”\n]{1,40}”|'[^'\n]{1,40}'|[\p{L}\p{N}][\p{L}\p{N}-]*(?:\s+(?!(?:the|a|an|when|so|and|ok|okay|obviously|like|a\s+lot|lol|too|but|because|make|which|that|can|could|the\s+bot|it|is|are|instead|for|to|meaning|they|a\s+lot|all|round|around|we|i)\b)[\p{L}\p{N}][\p{L}\p{N}-]*){0,2}))`;
/**
 * The pair inside a longer message: "people keep saying a tidy up when they mean a trim and the
 * bot didn't get it…", "say clip instead of groom like…", "call the expansion vessel the pressure
 * tank a lot", "Synonym: "the pictures" = cinema. Older customers say it.".
 */
const PAIR_IN_TEXT: [RegExp, 'said-first' | 'ours-first'][] = [
  // "… so jungle and frame mean the same thing", "Please treat set and do as the same thing": said
  // outright, it outweighs the words before it ("the climbing frame the play frame…").
  [new RegExp(String.raw`(?:^|\bso\s+|\btreat\s+|[.,;:]\s+)${TERM}\s+and\s+${TERM}\s+(?:mean|are|as)\s+(?:the\s+)?same(?:\s+thing)?\b`, 'iu'), 'said-first'],
  // "customers refer to a 'gown' as a 'dress'"
  [new RegExp(String.raw`\brefer\s+to\s+${TERM}\s+as\s+${TERM}`, 'iu'), 'ours-first'],
  [new RegExp(String.raw`\b(?:say|says|saying|write|writes|writing|use|uses|ask\s+for|asks\s+for)\s+${TERM}\s+(?:when\s+they\s+(?:mean|want)|instead\s+of|meaning|to\s+mean|but\s+mean)\s+(?:what\s+we\s+call\s+)?${TERM}`, 'iu'), 'said-first'],
  [new RegExp(String.raw`\b(?:someone|anyone|a\s+customer|people|they)\s+says?\s+${TERM}\s*,?\s+(?:they|that|it)\s+means?\s+${TERM}`, 'iu'), 'said-first'],
  [new RegExp(String.raw`\b(?:customers|people|folk|folks|clients|guests|members|parents|they)\s+(?:often\s+|usually\s+|sometimes\s+|all\s+)?call\s+${TERM}\s+${TERM}\s+(?:a\s+lot|too|as\s+well|so|and|sometimes|[.,!]|$)`, 'iu'), 'ours-first'],
  [new RegExp(String.raw`(?:^|[:\n]\s*)${TERM}\s*=\s*${TERM}\s*(?:[.!,]|$)`, 'iu'), 'said-first'],
  // "loads of people call it the charger lead but we call it the power adapter"
  [new RegExp(String.raw`\bcall\s+it\s+${TERM}\s*,?\s+(?:but|and|while|whereas)\s+we\s+(?:call\s+it|say)\s+${TERM}`, 'iu'), 'said-first'],
];

/** The two terms of a pair, lower case, without the article before a bare word. */
function pairWords(a: string, b: string): string[] | undefined {
  // A quoted term is kept as written ("the pictures"); a bare one loses its article ("the pool").
  const words = [a, b].map((w) => w.trim().replace(/^(?:(?:a|an|the|our|my|your)\s+)(?=["“'])/i, '')).map((w) => (/^["“']/.test(w) ? unquote(w) : w.replace(/^(?:a|an|the|our|my|your)\s+/i, '')).toLowerCase());
  return words.every((w) => w !== '' && w.length <= 40) && words[0] !== words[1] ? words : undefined;
}

export function synonymIntent(message: string): Intent | undefined {
  // "round here footie means football obviously 😂": where and how it is said are not the words.
  const t = withoutEmoji(message.replace(/^(?:round|around|up|down)\s+here\s*,?\s*/i, ''))
    .replace(/\s+(?:obviously|lol|haha|tbh|innit)[\s.!]*$/i, '')
    // "Heads up: members use "DD" to mean "direct debit". Worth the assistant knowing.", "… so can the bot know that".
    .replace(/^(?:heads\s+up|fyi|note|nb|synonym|just\s+so\s+you\s+know)\s*[:,–—-]\s*/i, '')
    .replace(/(?<=\S)\s*(?:[.!]\s+(?:worth|good|handy|useful|important)\b[^.!?]*|,?\s+so\s+(?:can|could)\s+(?:the\s+)?(?:bot|assistant|it|you)\s+(?:know|learn|remember)\b[^.!?]*)[.!?]*$/i, '')
    .trim();
  if (/^(?:list|show|display|what are|view|see)\b.*\bsynonyms\b/i.test(t) || /^synonyms\??$/i.test(t)) return { kind: 'list_synonyms' };
  const remove = new RegExp(String.raw`^(?:remove|delete|drop|forget)\s+(?:the\s+)?synonyms?\s*(?:for\s+|of\s+)?[:\-]?\s*${WORD}[.!]?$`, 'iu').exec(t);
  if (remove) return { kind: 'remove_synonym', word: unquote(remove[1]!).toLowerCase() };
  for (const form of SYNONYM_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    // "a full groom", "the christmas show", "our bell tents": the thing, not its article.
    const words = [unquote(m[1]!), unquote(m[2]!)].map((w) => unquote(w.toLowerCase().replace(/^(?:a|an|the|our|your|their)\s+/, '')));
    if (words.some((w) => w === '' || w.length > 60) || words[0] === words[1]) return undefined;
    return { kind: 'add_synonyms', words };
  }
  return undefined;
}

/**
 * The last reading of a pair of words (loose-reading.ts, after its own forms): only in a message
 * that says the two are one ("… same thing", "… should know", "Synonym:") or names the customers'
 * word as theirs ("people keep saying X when they mean Y").
 */
export function pairInText(message: string): Intent | undefined {
  const t = withoutEmoji(message);
  if (!/\b(?:same|synonyms?|mean(?:s|ing)?|instead\s+of|know|understand|treat)\b|=/i.test(t)) return undefined;
  for (const [form, order] of PAIR_IN_TEXT) {
    const m = form.exec(t);
    const words = m && (order === 'said-first' ? pairWords(m[1]!, m[2]!) : pairWords(m[2]!, m[1]!));
    if (words) return { kind: 'add_synonyms', words };
  }
  return undefined;
}

/** A conversation handed to a person, in the words admins use for it. */
const HANDED_OVER = /\b(?:escalat\w*|(?:gave|give|given|sent|put)\s+(?:\w+\s+){0,2}?to\s+(?:a\s+|the\s+)?(?:human|person|people|staff|team|someone)|hand(?:ed)?\s+(?:over|on|off)|pass(?:ed)?\s+(?:\w+\s+){0,2}?(?:on|over|to)|transferred|end(?:ed|s)?\s+up\s+with\s+(?:me|us|a\s+(?:human|person)|staff)|(?:sent|went|gone|go|forwarded)\s+to\s+(?:a\s+|the\s+)?(?:human|person|people|staff|team|someone|member of staff)|needed\s+a\s+(?:human|person))\b/i;
const COUNT = /\b(?:how\s+many|how\s+much\s+times|number\s+of|count\s+of|how\s+busy)\b|^\W*(?:the\s+)?number\b/i;

/**
 * The figure a report question asks for ("How many conversations were escalated this week?",
 * "what % of chats got handed over", "any thumbs down recently?"); undefined for a general "how
 * did we do".
 */
export function analyticsMetric(t: string): AnalyticsMetric | undefined {
  const share = /(?:%|\b(?:percent(?:age)?|per\s?cent|proportion|share|rate|how\s+often)\b)/i.test(t);
  if (HANDED_OVER.test(t)) return share ? 'escalationShare' : COUNT.test(t) || /\bescalations\b|^\W*(?:chats|conversations)\s+(?:handed|passed|escalated|sent)\b/i.test(t) ? 'escalations' : undefined;
  if (/\b(?:thumbs?[- ]?down|negative|unhappy|disliked|bad\s+(?:feedback|ratings?)|dissatisf\w*|unsatisf\w*)\b/i.test(t)) return 'feedbackDown';
  if (/\b(?:thumbs?[- ]?up|positive|happy\s+with|liked|good\s+(?:feedback|ratings?))\b/i.test(t)) return 'feedbackUp';
  if (/\b(?:quality|qa)\b|\bhow\s+good\b/i.test(t)) return 'qaAverage';
  if (COUNT.test(t) && /\bmessages\b/i.test(t)) return 'messages';
  if (COUNT.test(t) && /\b(?:chats?|conversations?|enquiries|people|ppl|folk|customers|visitors|users|clients)\b/i.test(t)) return 'conversations';
  if (/\bhow\s+busy\b/i.test(t)) return 'conversations';
  // "Stats. Chats this week?": the chats of a period, asked for.
  if (/\b(?:chats|conversations)\b/i.test(t) && /\b(?:this|last|past|today)\b/i.test(t) && /\?\s*$/.test(t)) return 'conversations';
  return undefined;
}
