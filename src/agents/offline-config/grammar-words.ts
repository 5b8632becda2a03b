/**
 * The synonym and analytics parts of the offline configuration grammar: an organization's own
 * words ("customers say 'trainers' when they mean 'sneakers'") and the one figure an
 * analytics question asks for ("How many conversations were escalated this week?").
 */
import type { AnalyticsMetric, Intent } from './intents.ts';
import { unquote } from './values.ts';

const WORD = String.raw`("[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’|[\p{L}\p{N}][\p{L}\p{N}' -]*?)`;
const SAY = String.raw`(?:customers|people|users|clients|buyers|shoppers|they|some)\s+(?:often\s+|sometimes\s+|usually\s+|also\s+)?(?:say|write|use|call\s+it|ask\s+(?:for|about))`;

const SYNONYM_FORMS: RegExp[] = [
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

/** The figure a question asks for; undefined for a general "how did we do". */
export function analyticsMetric(t: string): AnalyticsMetric | undefined {
  if (/\b(?:escalation\s+(?:rate|share|percentage)|(?:share|percentage|proportion|per ?cent|%)\s+(?:of\s+)?(?:conversations\s+)?(?:were\s+|got\s+)?escalat)/i.test(t)) return 'escalationShare';
  if (/\bhow many\b.*\bescalat|\bescalat\w*\b.*\bhow many\b|\b(?:number|count) of escalat/i.test(t)) return 'escalations';
  if (/\b(?:average|mean|avg)\b.*\b(?:qa|quality)\b|\b(?:qa|quality) score\b/i.test(t)) return 'qaAverage';
  if (/\b(?:how many|number of|count of)\b.*\b(?:negative|thumbs?[- ]down|bad)\b/i.test(t)) return 'feedbackDown';
  if (/\b(?:how many|number of|count of)\b.*\b(?:positive|thumbs?[- ]up|good)\b/i.test(t)) return 'feedbackUp';
  if (/\b(?:how many|number of|count of)\b.*\bmessages\b/i.test(t)) return 'messages';
  if (/\b(?:how many|number of|count of)\b.*\b(?:conversations|chats)\b/i.test(t)) return 'conversations';
  return undefined;
}
