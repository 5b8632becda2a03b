/**
 * The synonym and analytics parts of the offline configuration grammar: an organization's own
 * words ("customers say 'trainers' when they mean 'sneakers'") and the one figure an
 * analytics question asks for ("How many conversations were escalated this week?").
 */
import type { AnalyticsMetric, Intent } from './intents.ts';
import { unquote } from './values.ts';

const WORD = String.raw`("[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’|[\p{L}\p{N}][\p{L}\p{N}' -]*?)`;
const WHO_SAYS = String.raw`(?:our\s+)?(?:customers|people|users|clients|buyers|shoppers|they|some|members|guests|patients|parents|students|visitors|tenants|pupils|owners|callers|folk|folks|everyone|most\s+people|a\s+lot\s+of\s+people)`;
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

export function synonymIntent(t: string): Intent | undefined {
  if (/^(?:list|show|display|what are|view|see)\b.*\bsynonyms\b/i.test(t) || /^synonyms\??$/i.test(t)) return { kind: 'list_synonyms' };
  const remove = new RegExp(String.raw`^(?:remove|delete|drop|forget)\s+(?:the\s+)?synonyms?\s*(?:for\s+|of\s+)?[:\-]?\s*${WORD}[.!]?$`, 'iu').exec(t);
  if (remove) return { kind: 'remove_synonym', word: unquote(remove[1]!).toLowerCase() };
  for (const form of SYNONYM_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const words = [unquote(m[1]!), unquote(m[2]!)].map((w) => w.toLowerCase());
    if (words.some((w) => w === '' || w.length > 60) || words[0] === words[1]) return undefined;
    return { kind: 'add_synonyms', words };
  }
  return undefined;
}

/** A conversation handed to a person, in the words admins use for it. */
export const HANDED_OVER = String.raw`hand(?:ed)?\s+(?:over|on)|passed\s+(?:on|over|to)|transferred|(?:sent|went|gone|forwarded)\s+to\s+(?:a\s+|the\s+)?(?:human|person|people|staff|team|member of staff)|needed\s+a\s+(?:human|person)`;

/** The figure a question asks for; undefined for a general "how did we do". */
export function analyticsMetric(t: string): AnalyticsMetric | undefined {
  if (/\b(?:escalation\s+(?:rate|share|percentage)|(?:share|percentage|proportion|per ?cent|%)\s+(?:of\s+)?(?:conversations\s+)?(?:were\s+|got\s+)?escalat)/i.test(t)) return 'escalationShare';
  if (/\bhow many\b.*\bescalat|\bescalat\w*\b.*\bhow many\b|\b(?:number|count) of escalat/i.test(t)) return 'escalations';
  // "How many conversations got handed over to a person?"
  if (new RegExp(String.raw`\b(?:how many|number of|count of)\b.*\b(?:${HANDED_OVER})`, 'i').test(t)) return 'escalations';
  if (/\b(?:average|mean|avg)\b.*\b(?:qa|quality)\b|\b(?:qa|quality) score\b/i.test(t)) return 'qaAverage';
  if (/\b(?:how many|number of|count of)\b.*\b(?:negative|thumbs?[- ]down|bad)\b/i.test(t)) return 'feedbackDown';
  if (/\b(?:how many|number of|count of)\b.*\b(?:positive|thumbs?[- ]up|good)\b/i.test(t)) return 'feedbackUp';
  if (/\b(?:how many|number of|count of)\b.*\bmessages\b/i.test(t)) return 'messages';
  if (/\b(?:how many|number of|count of)\b.*\b(?:conversations|chats)\b/i.test(t)) return 'conversations';
  // "How many people have chatted with the assistant?": each one a conversation.
  if (/\b(?:how many|number of)\s+(?:people|customers|users|visitors|clients)\b.*\b(?:chat\w*|talk\w*|spoke|spoken|messag\w*|contact\w*|used|asked|wrote|written)\b/i.test(t)) return 'conversations';
  return undefined;
}
