/**
 * The offline configuration grammar's second reading (issue 13, round 13). The strict forms in
 * grammar.ts read commands written the way the help text shows them; owners write their own way:
 * the instruction last ("… make that a new article pls"), the thing first ("full service is now
 * £95"), a reason tacked on ("…, we sold them"), the hand-over in their words ("I want to know
 * about it", "get me involved"). This reading finds what a message names (an article, the
 * description, a price, a situation to hand over, the customer's word for a thing) and what it
 * asks done, wherever those words sit, and returns the one intent they make. It runs only when
 * no strict form matched, and it returns nothing (so the agent asks) when the cues disagree.
 */
import type { Intent } from './intents.ts';
import { analyticsMetric, pairInText } from './grammar-words.ts';
import { capitalized, PRICE, titleFrom, unquote, unquoteText, withoutCourtesy } from './values.ts';

/** An instruction and its payload are separated by a colon, a dash, an arrow or a line break. */
const SEP = String.raw`(?:\s*:(?!\d)\s*|\s+[-–—]+\s+|\s*(?:→|->|=>)\s*|\s*\n+\s*)`;
const QUOTED = /(?:^|[\s(])["“'‘]([^"”'’\n]{2,80}?)["”'’](?=[\s,.;:!?)]|$)/;
/** Filler owners wrap an instruction in. */
const COURTESY = /\b(?:pls|plz|please|thanks|thank you|cheers|ta|asap|x+)\b[.!]*/gi;
const stripCourtesy = (s: string) => s.replace(COURTESY, ' ').replace(/\s{2,}/g, ' ').trim();
/** Ends of a phrase: punctuation owners leave around it. */
const trimPhrase = (s: string) => s.replace(/^[\s,;:.!–—-]+|[\s,;:.!?–—-]+$/g, '').trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A word or phrase for a synonym: without its article or possessive ("a full groom" → "full groom"). */
// "a 'castell neidio'", "just a bouncy castle": the words themselves.
const bareWord = (s: string) => unquote(unquote(trimPhrase(s)).replace(/^(?:(?:just|simply|basically|really|actually|only)\s+)?(?:a|an|the|our|your|their|my)\s+/i, '').trim()).trim().toLowerCase();

// ---------------------------------------------------------------------------------------------
// The customer's word for a thing.

const PEOPLE_SAY = String.raw`(?:(?:some|most|many|a\s+lot|lots|loads)\s+(?:of\s+)?)?(?:our\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:customers|people|ppl|folk|folks|users|clients|members|guests|patients|parents|students|visitors|regulars|locals|punters|owners|someone|somebody|anyone|they|[\p{L}]+(?:ers|ors|ists|ants|ents))`;
const PHRASE = String.raw`("[^"]{1,60}"|“[^”]{1,60}”|'[^']{1,60}'|‘[^’]{1,60}’|[\p{L}\p{N}][\p{L}\p{N}&' -]{0,50}?)`;
const SYNONYM_LOOSE: { re: RegExp; order: [number, number] }[] = [
  // "people ask for a "trim" when they mean a dry cut", "ppl keep askin for a "service" for their guitar, thats a setup",
  // "people often ask for a "deep tissue" massage, which is what we call a sports massage"
  { re: new RegExp(String.raw`\b${PEOPLE_SAY}\s+(?:\w+\s+){0,2}(?:keep\s+)?(?:ask(?:ing|in)?\s+for|say(?:ing|in)?|writ(?:e|ing))\s+(?:a\s+|an\s+|the\s+)?("[^"]{1,60}"|“[^”]{1,60}”)(?:\s+[\p{L}-]+){0,4}?\s*,?\s*(?:when\s+they\s+(?:mean|want)|(?:that'?s|thats|which\s+is)(?:\s+what\s+we\s+call)?|which\s+we\s+call)\s+(?:a\s+|an\s+|the\s+|our\s+)?${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [1, 2] },
  // 'treat "snaps" as meaning photos'
  { re: new RegExp(String.raw`\btreat\s+(?!(?:them|it|this|that|these|those|both|the\s+two)\b)${PHRASE}\s+as\s+(?:meaning|the\s+same\s+as|another\s+word\s+for)\s+${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [1, 2] },
  // 'Please understand "stick shift" = "manual gearbox", is same.'
  { re: /("[^"]{1,60}"|“[^”]{1,60}”)\s*(?:=|\bmeans\b|\bis\s+the\s+same\s+as\b)\s*("[^"]{1,60}"|“[^”]{1,60}”)/iu, order: [1, 2] },
  // "when ppl say smashed screen its a screen repair", "people say 'haircut' when they mean a full groom"
  { re: new RegExp(String.raw`\b${PEOPLE_SAY}\s+(?:\w+\s+)?(?:says?|write|writes|ask\s+for|use)\s+${PHRASE}\s*,?\s*(?:when\s+(?:they|he|she)\s+mean|(?:they|he|she)\s+mean|(?:it'?s|its|that'?s|thats)|=|meaning)\s+${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [1, 2] },
  // "customers call it a pedicure, we call it a nail clip", "people say flat tyre, we say puncture"
  { re: new RegExp(String.raw`\b(?:say|call\s+(?:it|them|that)|calls?\s+(?:it|them|that)|ask\s+for|calling\s+(?:it|them))\s+${PHRASE}\s*(?:[,;.–—-]+\s*(?:but\s+|and\s+)?|\s+(?:but|when)\s+)we\s+(?:say|call\s+(?:it|them|that)|use|mean)\s+${PHRASE}\s*(?:[,.;!–—-].*)?$`, 'iu'), order: [1, 2] },
  // "a lot of people call the stopcock the 'water tap under the sink'"
  { re: new RegExp(String.raw`\b${PEOPLE_SAY}\s+(?:\w+\s+)?call\s+(?:the\s+|a\s+|our\s+)?([\p{L}\p{N}][\p{L}\p{N} -]{0,40}?)\s+(?:the\s+|a\s+)?("[^"]{1,60}"|'[^']{1,60}'|“[^”]{1,60}”)`, 'iu'), order: [2, 1] },
  // "people say buttonhole and boutonniere for the same thing", "fringe and bangs mean the same thing",
  // "clients use spay and neuter interchangeably", "\"man with a van\" and \"man and van\" - same thing"
  { re: new RegExp(String.raw`^(?:${PEOPLE_SAY}\s+(?:\w+\s+)?(?:say|use)\s+)?${PHRASE}\s+and\s+${PHRASE}\s+(?:for\s+the\s+same\s+thing|interchangeably|(?:mean|are)\s+(?:exactly\s+)?the\s+same(?:\s+thing)?|[-–—,]+\s*(?:it'?s\s+)?(?:the\s+)?same\s+thing)\b.*$`, 'iu'), order: [1, 2] },
  // "I call them proofs, customers call them previews"
  { re: new RegExp(String.raw`\bI\s+call\s+(?:it|them|that)\s+${PHRASE}\s*[,;.–—-]+\s*(?:but\s+)?${PEOPLE_SAY}\s+(?:\w+\s+)?call\s+(?:it|them|that)\s+${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [2, 1] },
  // "When people say keyboard they nearly always mean piano"
  { re: new RegExp(String.raw`\b(?:when|if)\s+${PEOPLE_SAY}\s+(?:say|write|ask\s+for)\s+${PHRASE}\s*,?\s*(?:they|he|she)\s+(?:\w+\s+){1,3}mean\s+${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [1, 2] },
  // "people call it a puzzle room sometimes, same thing as an escape room"
  { re: new RegExp(String.raw`\bcall\s+(?:it|them|that)\s+${PHRASE}\s*(?:sometimes|a\s+lot|too)?\s*[,;.–—-]+\s*(?:it'?s\s+)?(?:the\s+)?same\s+(?:thing|as)\s+(?:as\s+)?${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [1, 2] },
  // "folk round here call the quay the hard, so…"
  { re: new RegExp(String.raw`\b${PEOPLE_SAY}\s+(?:round\s+here\s+|around\s+here\s+)?call\s+(?:the\s+|a\s+|our\s+)?([\p{L}\p{N}][\p{L}\p{N} -]{0,30}?)\s+(the\s+[\p{L}\p{N}][\p{L}\p{N} -]{0,30}?)\s*(?:[,.;!].*)?$`, 'iu'), order: [2, 1] },
  // "round here footie means football", "round here windies means the window cleaner"
  { re: new RegExp(String.raw`^(?:round|around|up|down)\s+here\s*,?\s*${PHRASE}\s+means\s+${PHRASE}\s*(?:[,.;!(].*)?$`, 'iu'), order: [1, 2] },
  // "braces = orthodontics, patients mostly say braces", "'glamping' means our bell tents"
  { re: new RegExp(String.raw`^${PHRASE}\s*(?:=|\bmeans\b|\bis the same as\b)\s*${PHRASE}\s*(?:[,.;!].*)?$`, 'iu'), order: [1, 2] },
];

function looseSynonym(t: string): Intent | undefined {
  if (!/\b(?:say|says|saying|call|calls|mean|means|meaning|=|same|interchangeably|ask\s+for|askin\s+for|asking\s+for)\b|=/i.test(t)) return undefined;
  for (const { re, order } of SYNONYM_LOOSE) {
    const m = re.exec(t);
    if (!m) continue;
    const words = [bareWord(m[order[0]]!), bareWord(m[order[1]]!)];
    if (words.some((w) => w === '' || wordCount(w) > 6) || words[0] === words[1]) continue;
    return { kind: 'add_synonyms', words };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reports.

const REPORT_CUE = /\b(?:how\s+(?:busy|many|much|often|good|well|is|are|has|have|did|was|were|'s)|how'?s\s+(?:the\s+)?(?:bot|assistant|chat|agent)|report|summary|stats|statistics|numbers|figures|analytics|proportion|percentage|(?:any|did\s+anyone\s+(?:leave|give))\s+(?:a\s+)?(?:thumbs|feedback|complaints)|(?:qa|quality)\s+score)\b|%/i;
const ABOUT_CHATS = /\b(?:bot|assistant|agent|chat|chats|conversations?|enquiries|customers|people|messages|answers|replies|feedback|thumbs|report|summary|qa|quality|things)\b/i;

/** The period a report asks about, in days; 7 when none is named. */
export function reportDays(t: string): number {
  const n = /\b(?:last|past|previous|over\s+the\s+last|in\s+the\s+last)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(day|week|month|year)s?\b/i.exec(t);
  if (n) {
    const unit = n[2]!.toLowerCase();
    const count = /^\d/.test(n[1]!) ? Number(n[1]) : ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].indexOf(n[1]!.toLowerCase()) + 2;
    return Math.min(365, count * (unit === 'week' ? 7 : unit === 'month' ? 30 : unit === 'year' ? 365 : 1));
  }
  if (/\bfortnight\b/i.test(t)) return 14;
  if (/\b(?:today|24\s+hours|past\s+day|last\s+day)\b/i.test(t)) return 1;
  if (/\bquarter\b/i.test(t)) return 90;
  if (/\byear\b/i.test(t)) return 365;
  if (/\bmonth\b/i.test(t)) return 30;
  return 7;
}

/** "bit of background for the bot - about 60% of our work…", "some context: …": a description, not a report. */
const CONTEXT_LEAD = /^(?:(?:a\s+)?bit\s+of\s+background|(?:some\s+)?background|(?:some\s+)?context|(?:just\s+)?so\s+(?:it|the\s+bot)\s+knows)\b/i;

export function looseReport(t: string): Intent | undefined {
  // "Always mention the 50% deposit…": a rule for the assistant, whatever figures it names.
  if (CONTEXT_LEAD.test(t) || BEHAVIOUR.test(t)) return undefined;
  if (!REPORT_CUE.test(t) || !ABOUT_CHATS.test(t)) return undefined;
  // "can you add a report article…" is an article; a report question reads, it does not write.
  if (/\b(?:add|create|make|put|write|save|update|change|delete|remove)\b/i.test(t) && !/\b(?:see|show|give\s+me|get)\b/i.test(t)) return undefined;
  const metric = analyticsMetric(t);
  return { kind: 'analytics', days: reportDays(t), ...(metric ? { metric } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Articles: which one, and what for.

const ARTICLE_NOUN = String.raw`(?:help\s+|faq\s+|info\s+|information\s+|knowledge\s+base\s+|kb\s+)?(?:article|artical|articel|page|faq|section|entry|one|bit|text|info)`;
/** "the puppy intro article", "'Sell your phone'", "the cycle to work one": the title an owner refers to. */
function referredTitle(t: string): string | undefined {
  const quoted = QUOTED.exec(t)?.[1];
  if (quoted) return quoted.trim();
  // "remove the article about car keys", "the article on Summer Junior Camp – we are no longer…"
  const about = /\b(?:article|page|faq)\s+(?:about|on|for)\s+(?:the\s+|our\s+)?(?!(?:it|them|this|that|now|a\s+(?:bit|while)|the\s+(?:moment|time\s+being))\b)([^.,;:!?\n–—]{2,40}?)\s*(?:[.,;:!?\n–—]|\s+-\s|$)/i.exec(t)?.[1];
  if (about) return about.trim();
  const m = new RegExp(String.raw`(?:^|\b(?:the|our|that|this|your)\s+|^\s*)((?:[\p{L}\p{N}+&'’-]+\s+){0,5}?[\p{L}\p{N}+&'’-]+)\s+${ARTICLE_NOUN}\b`, 'iu').exec(t);
  // "the content of our New patient registration article": the title starts after the last determiner.
  const title = m?.[1]?.split(/\b(?:the|our|your|that|this|of|in)\s+/i).pop()?.trim();
  if (!title || /^(?:that|this|it|the|a|an|new|help|an?\s+article)$/i.test(title)) return undefined;
  // "remove the article", "pls delete that page": no title given here.
  if (/^(?:delete|remove|archive|hide|update|change|replace|rewrite|redo|edit|add|make|create|new|pls|please|can|you)$/i.test(title.split(/\s+/)[0]!)) {
    const rest = title.split(/\s+/).slice(1).join(' ').replace(/^(?:the|our|that|this)\s+/i, '');
    return rest === '' || /^(?:that|this|it)$/i.test(rest) ? undefined : rest;
  }
  return title;
}

/** What a service the business no longer offers is called: "we don't do cat grooming any more". */
function discontinued(t: string): string | undefined {
  const m =
    /\b(?:don'?t|dont|do\s+not|no\s+longer|aren'?t|not)\s+(?:do(?:ing)?|offer(?:ing)?|run(?:ning)?|sell(?:ing)?|provid(?:e|ing)|hav(?:e|ing)|buy(?:ing)?|mak(?:e|ing))\s+(?:the\s+|any\s+)?([\p{L}\p{N}+ &'-]{2,40}?)\s*(?:any\s*more|anymore|now|these\s+days)?\s*(?:[,.;!–—-]|$)/iu.exec(t) ??
    /\bno\s+more\s+([\p{L}\p{N}+ &'-]{2,40}?)\s*(?:sadly|I'?m\s+afraid)?\s*(?:[,.;!–—-]|$)/iu.exec(t) ??
    /\bstopped\s+(?:(?:doing|offering|running|selling|making)\s+)?(?:the\s+|our\s+)?([\p{L}\p{N}+ &'-]{2,40}?)\s*(?:stuff|things)?\s*(?:[,.;!(–—-]|$|\s+so\b)/iu.exec(t) ??
    /^(?:the\s+|our\s+)?([\p{L}\p{N}+ &'-]{2,60}?)\s+(?:(?:is|are)\s+(?:finished|over|cancelled|canceled|gone|done|no\s+more|off)|(?:has|have)\s+(?:finished|ended|stopped|run\s+out)|'s\s+(?:finished|over|ended))\b/iu.exec(t);
  return m?.[1]?.replace(/\s+(?:stuff|things)$/i, '').trim();
}

const REMOVE_CUE = /\b(?:remove|delete|archive|hide|unpublish|ditch|axe|take\s+(?:[\p{L}\p{N}+&'-]+\s+){0,4}?(?:down|off)|get\s+rid\s+of|bin|scrap|pull|come\s+down|can\s+go|can\s+be\s+(?:deleted|removed|archived|taken\s+down)|should\s+be\s+(?:deleted|removed|archived|taken\s+down)|(?:is|are)n'?t\s+needed|not\s+needed|no\s+longer\s+needed|no\s+longer\s+relevant|withdraw)\b/iu;

function looseArchive(t: string): Intent | undefined {
  const removal = REMOVE_CUE.exec(t);
  if (!removal) return undefined;
  // "In article Our Services please add: … we remove all dog hair from seats": the page's new line says "remove".
  const addition = /\b(?:add|pop\s+on|put\s+in|mention|say)\b\s*(?::|that\b)/i.exec(t);
  if (addition && addition.index < removal.index) return undefined;
  // "Grey squirrels in the loft? … we remove the squirrels humanely …": a pasted page, not a take-down.
  // "… remove the squirrels humanely …⏎^ copied that off the website, stick it on a page about squirrels": a new page.
  if (wordCount(t) > 40 && (!/\b(?:article|page|faq)s?\b/i.test(t) || /\b(?:stick|put|pop|add|make|turn|save)\s+(?:it|this|that)\s+(?:on|in|into|as|up\s+as)?\s*(?:a|an)\s+(?:new\s+)?(?:page|article)\b/i.test(t))) return undefined;
  // "take down bike hire pls": the title straight after the verb.
  const plain = stripCourtesy(t);
  const direct =
    /^(?:remove|delete|archive|hide|unpublish|take\s+down|get\s+rid\s+of|bin|scrap|ditch|axe)\s+(?:the\s+)?(?!that\b|this\b|it\b)([\p{L}\p{N}+ &'-]{2,40}?)\s*(?:[.!]?$|,\s+\S.*$)/iu.exec(plain)?.[1] ??
    // "take the 2024 price list off, the new one is already up"
    /^take\s+(?:the\s+|our\s+)?(?!that\b|this\b|it\b)([\p{L}\p{N}+ &'-]{2,40}?)\s+(?:down|off)\b/iu.exec(plain)?.[1];
  const named = referredTitle(t);
  const mentionsArticle = new RegExp(`\\b${ARTICLE_NOUN}\\b`, 'i').test(t) || QUOTED.test(t);
  const target = named ?? (mentionsArticle ? discontinued(t) : undefined) ?? direct;
  // "delete everything": no article is named.
  if (!target || /^(?:everything|all|all of (?:it|them)|it|that|this|them)$/i.test(target.trim()) || (!mentionsArticle && direct === undefined)) return undefined;
  return { kind: 'archive_article', target: trimPhrase(unquote(target)) };
}

const EDIT_CUE = /\b(?:replace|rewrite|redo|overwrite|update|change|correct|amend|edit)\b|\b(?:is|are)\s+(?:wrong|out\s+of\s+date|outdated|incorrect|old)\b|\b(?:needs?|wants?)\s+(?:redoing|replacing|updating|changing|rewriting|correcting)\b|\bshould\s+(?:now\s+)?(?:say|read)\b|\bnew\s+text\b/i;
/** Where the new text starts: after the words that announce it ("with:", "to say", "New text:"). */
const NEW_TEXT = new RegExp(String.raw`(?:\b(?:with\s+(?:this|the\s+following|the\s+new\s+info|this\s+instead)|to\s+say|to\s+read|should\s+(?:now\s+)?(?:say|read)|new\s+text|change\s+it\s+to(?:\s+just)?|replace\s+(?:it\s+)?with(?:\s+this)?|w/\s*this|with)\b\s*:?\s*|${SEP})`, 'i');

/**
 * "In Valet Packages can you add that the Full Valet now includes pet hair removal", "The
 * Instrument hire page should also say …", "Update Lesson fees 2025 to say …": a line added to an
 * article, which keeps the rest of its text.
 */
const ADDITIONS: RegExp[] = [
  // 'The article "Flavours" needs a small addition — please add the following line at the end: "…"'
  /^(?:the\s+)?(?:article|page)\s+["“']?([^"”'\n]{2,50}?)["”']?\s+needs\s+(?:a\s+|an\s+)?(?:small\s+|quick\s+|little\s+)?(?:addition|update|tweak|change)\b[^:"“]*?(?::\s*|\s+(?=["“]))["“]?([\s\S]{6,}?)["”]?\.?$/i,
  // "In page about intensive courses please change, now we do also 3 week course"
  /^(?:in|on)\s+(?:the\s+)?(?:page|article)\s+(?:about|on|for)\s+(?:the\s+)?([^,\n]{2,50}?)\s*,?\s+(?:(?:would|could|can)\s+(?:you|u)\s+)?(?:change|add|update|say|put|mention)\s*[,:]?\s*(?:(?:a\s+)?(?:sentence|line|note|bit)\s+(?:to\s+say|saying)\s+)?(?:that\s+)?(.{6,})$/is,
  // "That page about the café - add that we've got gluten free and vegan options now"
  /^(?:that|the)\s+(?:page|article|faq)\s+(?:about|on|for)\s+(?:the\s+|our\s+)?([^,\n–—-]{2,50}?)\s*[-–—:,]+\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:add|put|mention|say)\s+(?:that\s+)?(.{6,})$/is,
  // "Memberships page.⏎Add: you can freeze your membership…"
  /^([^\n.:]{2,40}?)\s+(?:page|article)[.:]?\s*(?:\n+\s*(?:add|also\s+add|new\s+line)\s*:|(?:add|also\s+add)\s*:?)\s*([\s\S]{6,})$/i,
  // "With regard to the parking page, could you add that …", "With reference to the Settling-In page, please add that …"
  /^(?:with\s+(?:regard|reference|respect)\s+to|regarding|as\s+for)\s+(?:the\s+|our\s+)?["“'‘]?([^"”'’,\n]{2,50}?)["”'’]?\s+(?:page|article|faq|section)\s*,?\s+(?:(?:can|could|would)\s+(?:you|u)\s+|kindly\s+)?(?:add|mention|say|put|note)\s+(?:in\s+)?(?:that\s+)?(.{6,})$/is,
  // "pass plus page - add a line that the motorway part is done on the M5"
  /^(?:the\s+)?([^,\n]{2,50}?)\s+(?:page|article|faq)\s*[-–—:]\s*(?:add|put)\s+(?:a\s+)?(?:line|bit|note|sentence)\s+(?:that|saying|to\s+say)\s+(.{6,})$/is,
  // 'add a line to the meals page: "We hold a tasting evening …"'
  /^add\s+(?:a\s+)?(?:line|bit|note|sentence)\s+(?:to|in|on)\s+(?:the\s+|our\s+)?([^:\n]{2,50}?)\s+(?:page|article|faq)\s*(?:that\s+|:\s*|saying\s+)(.{6,})$/is,
  // "The patch test page needs a tweak, kits by post take 3-5 days now so can you say that on there"
  /^(?:the\s+)?([^,\n]{2,40}?)\s+(?:page|article)\s+needs?\s+(?:a\s+)?(?:tweak|update|change|small\s+change|adding\s+to|new\s+line|line\s+adding|sentence\s+adding)\s*[,.:-]+\s*(.{6,}?)(?:\s*,?\s*(?:so\s+)?(?:can\s+(?:you|u)\s+|could\s+you\s+)?(?:say|add|put)\s+(?:that|this)(?:\s+(?:on|in)\s+(?:there|it))?)?[.!]?$/is,
  // "… so on the party packages page can you add that we can do gluten free pizza now"
  /\b(?:in|on)\s+(?:the\s+)?["“'‘]?([^"”'’,\n]{2,50}?)["”'’]?\s+(?:page|article|bit|one|faq)\s*,?\s+(?:can\s+you\s+|could\s+you\s+|can\s+u\s+|please\s+)?(?:add|put|mention|say)\s+(?:in\s+)?(?:that\s+)?(.{6,})$/is,
  // "The documents page - add that …", "gift vouchers article - we stopped…, so just say email PDF only"
  /^(?:the\s+)?([^,\n]{2,50}?)\s+(?:page|article|faq)\s*[-–—:]\s*(?:add\s+that\s+|(?:[^,\n]{0,80}?\bso\s+)?just\s+say\s+)(.{6,})$/is,
  // "that FAQ on the dog wash — its now open sundays too", "the bit about arrival time, change it so it says …",
  // "Can you change the bit about parking in Seahouses - the council car park is pay and display now"
  /^(?:(?:change|edit|update|fix|amend)\s+)?(?:that\s+faq\s+on|the\s+bit\s+about|the\s+(?:section|part)\s+(?:on|about))\s+(?:the\s+)?([^,\n—–-]{2,50}?)\s*[-–—,:]+\s*(?:change\s+it\s+so\s+it\s+says\s+|add\s+that\s+)?(.{6,})$/is,
  // "fish corner update: we still do the water test free but now…", "class menu: the cupcake bouquet is now 6…"
  /^([\p{L}\p{N} &'-]{2,40}?)\s+update\s*:\s*(.{6,})$/isu,
  // "aftercare — swap the balm bit, we now give out Hustle Butter instead"
  /^([\p{L}\p{N} &'-]{2,40}?)\s*[—–]\s*(?:swap|change|update)\s+[^,]{2,40},\s*(.{6,})$/isu,
  // "can you edit the cancellation stuff so it says we text by 8am now instead of 9"
  /\b(?:edit|change|update)\s+(?:the\s+)?([\p{L}\p{N} &'-]{2,40}?)\s+(?:stuff|bit|page|article|info)\s+so\s+(?:it|that\s+it)\s+says\s+(.{6,})$/isu,
  /^(?:in|on)\s+(?:the\s+)?["“'‘]?([^"”'’,\n]{2,60}?)["”'’]?(?:\s+(?:article|page))?\s*,?\s+(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:add|mention|say|put)\s+(?:in\s+)?(?:that\s+)?(.{6,})$/is,
  // "In article Our Services please add: Pet hair removal - …"
  /^(?:in|on)\s+(?:the\s+)?(?:article|page)\s+["“'‘]?([^"”'’,:\n]{2,60}?)["”'’]?\s*,?\s+(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:add|mention|say|put)\s*:\s*(.{6,})$/is,
  /^(?:re|regarding|about|for)\s+(?:the\s+)?["“'‘]?([^"”'’,\n]{2,60}?)["”'’]?\s+(?:article|page)\s*[-–—:,]\s*(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:add|mention|say|put)\s+(?:in\s+)?(?:that\s+)?(.{6,})$/is,
  /^(?:sorry\s*,?\s*)?(?:(?:and|also|oh)\s+)?(?:one\s+more\s+thing|another\s+thing|also)\s+(?:for|on)\s+(that|this|the\s+same)\s+(?:page|article)\s*[-–—:,]\s*(?:can\s+you\s+|please\s+)?(?:add|mention|say|put)\s+(?:in\s+)?(?:that\s+)?(.{6,})$/is,
  /^add\s+(?:to|in(?:to)?)\s+(?!(?:your|ur|our|the)\s+(?:info|information|details|notes|knowledge)\b)(?:the\s+)?["“'‘]?([^"”'’\n]{2,60}?)["”'’]?\s+(?:article|page)?\s*(?:that\s+|:\s*)(.{6,})$/is,
  /^(?:the\s+)?["“'‘]?([^"”'’\n]{2,60}?)["”'’]?\s+(?:article|page)\s+should\s+also\s+(?:say|mention)\s+(?:that\s+)?(.{6,})$/is,
  /^(?:can\s+you\s+|could\s+you\s+|please\s+)?update\s+(?:the\s+)?["“'‘]?([^"”'’\n]{2,60}?)["”'’]?(?:\s+(?:article|page))?\s+(?:to\s+say|so\s+(?:it|that\s+it)\s+says)\s+(?:that\s+)?(.{6,})$/is,
];

function looseAddition(t: string): Intent | undefined {
  for (const re of ADDITIONS) {
    const m = re.exec(stripCourtesy(t));
    if (!m) continue;
    const target = trimPhrase(m[1]!);
    // What the owner says about why ("I've changed my mind on that") is not for customers.
    const line = trimPhrase(unquoteText(trimPhrase(m[2]!.replace(/\s*,\s*(?:I'?ve|we'?ve|as|because|since)\b.*$/i, ''))));
    if (wordCount(target) > 8 || wordCount(line) < 3) continue;
    return { kind: 'update_article', target, patch: { content: `${capitalized(line)}.` }, append: true };
  }
  return undefined;
}

function looseUpdate(t: string): Intent | undefined {
  if (!EDIT_CUE.test(t) || !new RegExp(`\\b${ARTICLE_NOUN}\\b`, 'i').test(t) && !QUOTED.test(t)) return undefined;
  const target = referredTitle(t);
  if (!target) return undefined;
  const at = t.search(EDIT_CUE);
  // The new text follows the first announcing word or separator after the cue or the title.
  const from = Math.min(...[at, t.toLowerCase().indexOf(target.toLowerCase())].filter((i) => i >= 0));
  const rest = t.slice(from);
  // "Would you mind updating the page about albums? Could you add that albums are now handmade…":
  // a line added, the rest of the page kept (not the page's text replaced from "with" on).
  const added = /(?:^|[.!?]\s+)(?:(?:could|can|would)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:also\s+)?add\s+(?:that\s+|:\s*)(\S[\s\S]{5,}?)[.!?]?$/i.exec(rest);
  if (added && wordCount(added[1]!) >= 4) return { kind: 'update_article', target, patch: { content: `${capitalized(added[1]!.trim())}.` }, append: true };
  const sep = NEW_TEXT.exec(rest);
  // "I'm afraid the Term Dates article needs updating. The summer term now finishes on … Would you be
  // able to amend it? Thank you": the sentences after the request, without the courtesy after them.
  const told = /\b(?:needs?|wants?)\s+(?:updating|changing|amending|correcting|a\s+(?:small\s+|quick\s+)?(?:change|update|tweak|correction))[.!:]\s+(\S[\s\S]+)$/i.exec(rest);
  let content = told ? told[1]!.replace(/\s*\b(?:would|could|can)\s+you\b[\s\S]*$|\s*\b(?:thanks|thank\s+you|many\s+thanks|kind\s+regards|regards)\b[\s\S]*$/i, '') : sep ? rest.slice(sep.index + sep[0].length) : '';
  // "the cycle to work one needs redoing, we only take Cyclescheme now": the text after the comma.
  if (wordCount(content) < 4) content = /,\s*(.+)$/s.exec(rest)?.[1] ?? '';
  // "Please replace the content of our X article. We are now…": the sentences after the request.
  if (wordCount(content) < 4) content = /[.!]\s+(\S.+)$/s.exec(rest)?.[1] ?? '';
  content = content.trim();
  if (wordCount(content) < 4 || content.toLowerCase() === target.toLowerCase()) return undefined;
  return { kind: 'update_article', target, patch: { content } };
}

// ---------------------------------------------------------------------------------------------
// A price changed.

/** Words that ask for an article's text to be written anew, not one figure changed. */
const REWRITE = /\b(?:to\s+say|to\s+read|should\s+(?:now\s+)?(?:say|read)|replace|rewrite|redo|redoing|overwrite|new\s+text|with\s+this)\b/i;
const MONEY = new RegExp(PRICE, 'g');
/** The months, as a price change dates itself ("from April", "in September"). */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const PRICE_CUE = new RegExp(String.raw`\b(?:risen|rises|rose|make\s+it|bump(?:ed)?\s+(?:it\s+)?up|knock(?:ed)?\s+(?:it\s+)?down|now|gone\s+(?:up|down)|going\s+(?:up|down)|went\s+(?:up|down)|up\s+to|down\s+to|should\s+be|from\s+now|increase[sd]?|raise[sd]?|put\s+up|change[sd]?|update[sd]?|new\s+price|from\s+(?:next|1st|the\s+1st|monday|${MONTHS}|\d))\b|→|->`, 'i');
/** Words around the item a price change names: the request, the price's words, when it starts. */
const NOT_THE_ITEM = new RegExp(String.raw`\b(?:can\s+(?:you|u)|could\s+you|pls|please|update|change|set|make|the|price|prices|cost|costs|of|is|are|now|has|have|gone|going|went|up|down|to|should|be|from|next|month|week|year|on|this|season|per|a|an|night|hour|hr|person|each|it|in|article|page|new|→|->|will|instead|1st|${MONTHS}|onwards|being|child|head|bump|knock|u|kindly|note|our|increase|increases|decrease|decreases|spring|summer|autumn|winter|holidays|for)\b`, 'gi');

const WRITE_IT_AS = /^\s*(?:(?:just|so)\s+)?(?:write|put|make|list|show|say)\s+(?:it|that|them|this)?\s*(?:down\s+)?(?:as|at)?\s*(?:each|please|pls)?\s*$/i;

function looseReprice(t: string): Intent | undefined {
  const text = stripCourtesy(t);
  const prices = [...text.matchAll(MONEY)];
  if (prices.length === 0 || prices.length > 3 || /\n/.test(text) || wordCount(text) > 45 || !PRICE_CUE.test(text)) return undefined;
  // "update the callout charges article to say: …", "the cycle to work one needs redoing": new text, not one price.
  if (REWRITE.test(text)) return undefined;
  // "can you add something about them: Parties run on Saturdays… It costs £150.": a new article.
  if (CREATE_VERB.test(text) && ARTICLE_CUE.test(text) && /(?::|\s[-–—])\s*\S+(?:\s+\S+){5,}/.test(text)) return undefined;
  const payload = new RegExp(`\\b${ARTICLE_NOUN}\\b[^:→\\n]*?${SEP}(.+)$`, 'i').exec(text)?.[1];
  if (payload !== undefined && wordCount(payload) >= 6) return undefined;
  // "should be £120 not £110", "£48 now (was £45)": the old one is named as such.
  const fresh = prices.filter((p) => {
    const before = text.slice(Math.max(0, p.index! - 16), p.index!);
    // "delivery under £75": a condition, not a price.
    return !/\b(?:not|was|instead\s+of|under|over|above|below|used\s+to\s+be|previously|formerly)\s*$/i.test(before) && !(/\bfrom\s*$/i.test(before) && /^\s*\S*\s*to\s+[$€£]/i.test(text.slice(p.index! + p[0].length)));
  });
  if (fresh.length !== 1) return undefined;
  const price = fresh[0]![0]!.replace(/\s/g, '');
  // "can u change samsung S23 in screen repair prices to £179": item, article, price.
  const named = /\b(?:change|update|set|make)\s+(?:the\s+)?([\p{L}\p{N}+ &'-]{2,40}?)\s+(?:in|on)\s+(?:the\s+|our\s+)?([\p{L}\p{N}+ &'-]{2,40}?)(?:\s+(?:article|page))?\s+to\s+[$€£]/iu.exec(text);
  if (named) return { kind: 'update_article_price', target: named[2]!.trim(), item: named[1]!.trim(), price };
  let target = '';
  let rest = text;
  const inArticle = new RegExp(String.raw`\b(?:in|on)\s+(?:the\s+|our\s+)?([\p{L}\p{N}+ &'-]{2,40}?)\s+(?:article|page|section|list)\b`, 'iu').exec(rest) ??
    /^(?:in|on)\s+([\p{L}\p{N}+ &'-]{2,40}?)\s*,/iu.exec(rest) ??
    /^(?:in|on)\s+(?:the\s+|our\s+)?([\p{L}\p{N}+ &'-]{2,40}?)\s+(?=(?:can|could|would|will|please|pls)\b)/iu.exec(rest) ??
    new RegExp(String.raw`^(?:(?:can\s+you\s+|could\s+you\s+)?(?:update|change)\s+(?:the\s+)?)?([\p{L}\p{N}+ &'-]{2,40}?)(?:\s+(?:article|page))?${SEP}`, 'iu').exec(rest) ??
    /\b(?:can\s+you\s+|could\s+you\s+)?(?:update|change)\s+(?:the\s+)?([\p{L}\p{N}+ &'-]{2,40}?)\s+(?:article|page)\s*(?:,|[.!]?\s*$)/iu.exec(rest) ??
    /\b(?:change|update)\s+[\p{L}\p{N}+ &'-]+?\s+in\s+([\p{L}\p{N}+ &'-]{2,40}?)\s+to\s+[$€£]/iu.exec(rest);
  if (inArticle && !new RegExp(`^[\\s\\S]*${MONEY.source}`).test(inArticle[1]!)) {
    target = inArticle[1]!.trim();
    rest = rest.replace(inArticle[0]!, ' ');
  }
  // The item: the clause holding the new price, without the words that say it changed.
  const clauses = rest.replace(/\([^)]*\)/g, ' ').split(/[,;]|[.!?]\s|\s[-–—]\s|\(|\b(?:so|and|but|because|anyway)\b/);
  const at = clauses.findIndex((c) => c.includes(price));
  // "tour tickets are fifteen now, write it as £15": the clause with the amount only says how to
  // write it; the item is in the clause before, without what it is now.
  const writeOnly = at > 0 && WRITE_IT_AS.test(clauses[at]!.replace(MONEY, ' '));
  const clause = writeOnly ? clauses[at - 1]!.replace(/\s+(?:is|are)\s[\s\S]*$/i, '') : clauses[at] ?? rest;
  const item = clause
    .replace(MONEY, ' ')
    .replace(NOT_THE_ITEM, ' ')
    .replace(/[/→>-]+\s*(?:night|hr|hour)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "new patient exam price → £75": what looked like the article was the item.
  if (item === '' && target !== '' && wordCount(target) <= 5) return { kind: 'update_article_price', target: '', item: target.replace(/\s+(?:price|prices|cost)$/i, ''), price };
  if (!/\p{L}/u.test(item) || wordCount(item) > 7) return undefined;
  return { kind: 'update_article_price', target, item, price };
}

// ---------------------------------------------------------------------------------------------
// The business description.

const CONTEXT_NOUN = /\b(?:(?:some\s+|a\s+bit\s+of\s+|bit\s+of\s+)?context(?:\s+that\s+(?:might|may|could)\s+help|\s+for\s+(?:u|you|the\s+(?:bot|assistant|ai)))?(?=\s*(?:\((?:replace|replacing|new|updated)[^)]{0,30}\)\s*)?[:–—-])|(?:just\s+)?so\s+(?:it|the\s+bot|the\s+assistant)\s+knows\s+who\s+it'?s\s+talking\s+to|description|(?:quick\s+)?intro\s+for\s+the\s+(?:bot|assistant)|(?:bit\s+of\s+)?background(?:\s+for\s+the\s+(?:assistant|bot))?|about\s+us(?:\s+(?:text|bit|section|page|info))?|about\s+(?:info|text|section)|about\s+the\s+business(?:\s+bit)?|blurb|(?:our|the)\s+intro\b(?!\s+(?:article|page|class|session|groom|offer|lesson))(?:\s+about\s+us)?|who\s+we\s+are|what\s+(?:the\s+(?:assistant|bot)|you|it)\s+knows?\s+about\s+us|bio|business\s+(?:context|info|details|summary|overview))\b/i;
/** "hi! we're Muddy Paws, a small dog grooming salon…": an owner introducing the business. */
const BUSINESS_NOUN = String.raw`(?:\p{L}*shop|business|company|club|agency|firm|salon|studio|practice|clinic|surgery|venue|bakery|cafe|café|agency|school|firm|service|site|campsite|centre|center|theatre|garage|florist|gym|pub|inn|hotel|restaurant|studio|teacher|tutor|plumber|electrician|builder|groomer|vet|vets|dentist|photographer|removals|cleaners?|caterers?|nursery|cattery|kennels)`;
const NAME = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\d&'’-]*))*`;
const INTRODUCTION = new RegExp(
  String.raw`^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya)(?:\s+there)?[!,.\s]+)?(?:(?:[Ss]o|[Ww]ell|[Oo]k|[Rr]ight)[,\s]+){0,2}(?:` +
    // "we're Muddy Paws, a small dog grooming salon", "we're a family bakery in Frome"
    String.raw`(?:[Ww]e(?:'re|’re|\s+are)|[Tt]his\s+is)\s+(?:(?:the\s+)?${NAME}\s*(?:,\s*(?:a|an|the|family|small|independent|local)\b|\s+(?:in|on|at|from)\s+\p{Lu})|(?:a|an)\s+(?:[\p{L}-]+\s+){0,5}${BUSINESS_NOUN}\b)` +
    // "I'm Ruth, I teach piano…"
    String.raw`|[Ii](?:'m|’m|\s+am)\s+\p{Lu}\p{Ll}+\s*,?\s+(?:and\s+)?[Ii]\s+(?:teach|run|own|do|am|have)\b` +
    // "Clutch Control is a driving school in Leeds", "Forge Fitness - independent 24/7 gym in Swindon"
    // "SALTWIND BOAT TRIPS - seal watching…", "Crystal Clear Windows - just me Gaz and my van, …"
    String.raw`|\p{Lu}[\p{L}&'’-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}&'’-]*)){1,4}\s+[-–—]\s+(?:\S+\s+){6,}` +
    String.raw`|${NAME}\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\p{L}\d/&-]+\s+){0,6}?${BUSINESS_NOUN}\b|${NAME}\s*[-–—]\s*(?:an?\s+)?(?:[\p{L}\d/&-]+\s+){0,6}?${BUSINESS_NOUN}\b` +
    // "Coastline Cottages manage 38 holiday lets along the coast for private owners…"
    String.raw`|\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){1,4}\s+(?:manage|run|own|operate)s?\s+(?:\S+\s+){5,}` +
    // "Fettle Bike Workshop is me (Rob) and Jess - we're a small…", "I'm Sue. My husband Graham and I run…"
    String.raw`|${NAME}\s+is\s+(?:me|us|just\s+me)\b[^.!?\n]{0,60}?\b(?:we(?:'re|’re|\s+are)|I(?:'m|’m|\s+am))\s+(?:a|an|the)\s+` +
    String.raw`|[Ii](?:'m|’m|\s+am)\s+\p{Lu}\p{Ll}+\s*[.,]\s+(?:[Mm]y\s+(?:husband|wife|partner|son|daughter|brother|sister|mum|dad)\s+(?:\p{Lu}\p{Ll}+\s+)?and\s+I|[Ww]e|[Ii])\s+(?:run|own|have\s+run|have\s+owned|started)\s+${NAME})`,
  'u',
);

/** "…⏎⏎^ that's us, please use it as the business description": the description, then the request. */
const CONTEXT_AFTER = /^([\s\S]{20,}?)\s*(?:\n+|(?<=[.!])\s+)\s*\^?\s*(?:that'?s\s+(?:us|who\s+we\s+are)[,.!]?\s*)?(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:use|save|set|put|make)\s+(?:it|that|this)\s+(?:as|in(?:to)?)\s+(?:the\s+|our\s+)?(?:business\s+)?(?:description|context|about\s+us|intro|blurb|background)\b[^\n]*$/i;

/** "Can you set it up so it knows we're the Frosted Fingers Cake School, …", "ok voice note… we are tiny strikers…". */
const KNOWS_WE_ARE = /^(?:[\s\S]{0,80}?\b(?:so\s+(?:it|the\s+bot|the\s+assistant)\s+knows|bear\s+with\s+me|voice\s+note[^,.]*?)\s+)(we(?:'re|’re|\s+are)\s+[\s\S]{20,})$/i;

/**
 * "By way of introduction, Little Acorns is…", "ok so what we are is a same day courier…", "so
 * basically im a mobile hairdresser…", "…been going since 1998. thats us": the business told as an
 * introduction, however it is led in or rounded off.
 */
const INTRO_LEAD = /^(?:(?:hi+|hiya|hello|hey|ok|okay|right|so|um+|good\s+(?:morning|afternoon|evening))[,!.]?\s+)*(?:by\s+way\s+of\s+introduction|so\s+for\s+the\s+setup|for\s+the\s+setup|(?:so\s+)?basically|what\s+we\s+are\s+is)\s*,?\s*(?=\S)/i;
const INTRO_END = /[.!,\s]*\b(?:that'?s|thats)\s+(?:us|who\s+we\s+are|the\s+gist(?:\s+of\s+it)?)\b[^.!?\n]*[.!x\s]*$/i;

function looseContext(t: string): Intent | undefined {
  const knows = KNOWS_WE_ARE.exec(t);
  if (knows) return { kind: 'set_settings', patch: { businessContext: unquoteText(knows[1]!.trim()) } };
  const before = CONTEXT_AFTER.exec(t);
  if (before) return { kind: 'set_settings', patch: { businessContext: unquoteText(before[1]!.trim()) } };
  const intro = INTRODUCTION.exec(t);
  if (intro && wordCount(t) >= 8) {
    const text = t.replace(/^(?:hi|hello|hey|hiya)(?:\s+there)?[!,.\s]+(?:(?:so|well|ok|right)[,\s]+)?/i, '').replace(/[.\s]*\bthat'?s\s+us(?:\s+basically)?[.!]*\s*$/i, '');
    return { kind: 'set_settings', patch: { businessContext: unquoteText(text) } };
  }
  const opening = INTRO_LEAD.exec(t);
  const end = INTRO_END.exec(t);
  if ((opening || end) && wordCount(t) >= 12 && !/\?\s*$/.test(t)) {
    const text = t.slice(opening ? opening[0].length : 0, end ? end.index : t.length).trim();
    if (wordCount(text) >= 8 && /\b(?:we|we'?re|i'?m|im|i\s+am|is\s+an?|are\s+an?)\b|^(?:an?\s+)?(?:independent|family|small|local)\b/i.test(text)) return { kind: 'set_settings', patch: { businessContext: unquoteText(text) } };
  }
  const noun = CONTEXT_NOUN.exec(t);
  // "Pasting the book club blurb from our site, can you make it a page:": a page, not the description.
  if (!noun || /\b(?:make|turn)\s+(?:it|this|that)\s+(?:into\s+)?(?:a|an)\s+(?:new\s+)?(?:page|article)\b|\bas\s+an?\s+(?:new\s+)?(?:help\s+)?(?:page|article)\b/i.test(t)) return undefined;
  const after = t.slice(noun.index + noun[0].length);
  const sep = new RegExp(String.raw`(?:\b(?:to\s+say|to\s+read|should\s+(?:now\s+)?read|with\s+this|with)\b\s*:?\s*|\.\s+(?=\S)|${SEP}|\b(?:here'?s|heres)\s+(?:who\s+we\s+are(?:\s+now)?|the\s+new\s+one)\s*:?\s*)`, 'i').exec(after);
  if (!sep) return undefined;
  let content = after.slice(sep.index + sep[0].length);
  // "scrap the old blurb, here's who we are now: …": the announcement is not part of the text.
  content = content.replace(/^(?:here'?s\s+who\s+we\s+are(?:\s+now)?|new\s+description|the\s+following)\s*[:.]?\s*/i, '').trim();
  const lead = /^(?:[^:\n]{0,80}?\b(?:new\s+description|description)\s*:\s*)/i.exec(content);
  if (lead) content = content.slice(lead[0].length);
  if (wordCount(content) < 5) return undefined;
  return { kind: 'set_settings', patch: { businessContext: unquoteText(content) } };
}

// ---------------------------------------------------------------------------------------------
// A new article.

const CREATE_VERB = /\b(?:add(?:ed)?|put|make|create|save|write(?:\s+up)?|new|start|set\s+up|pop|stick|need|have|do|turn\s+(?:it|this|that)\s+into)\b/i;
const ARTICLE_CUE = /\b(?:(?:help\s+|faq\s+|info\s+)?(?:article|artical|articel|page)s?|faq|help\s+article|knowledge\s+base|kb|something\s+(?:for|on|about)\s+(?:customers|patients|people|parents|guests|clients|members)|something\s+(?:on|about)|a\s+bit\s+(?:about|on)|some\s+info(?:rmation)?|as\s+info|for\s+the\s+(?:bot|assistant|chatbot)(?:\s+to\s+use)?|title|call\s+it|save\s+(?:that|it|this)\s+as|(?:put|stick|pop)\s+(?:it|this|that)\s+(?:up|on|in)\s+as|add\s+that\s+[—–-])\b/i;
const TITLE_GIVEN = /\b(?:called|titled|named|heading|title\s+it|title|call\s+it|name\s+it|under|save\s+(?:that|it|this)\s+as|(?:put|stick|pop)\s+(?:it|this|that)\s+(?:up|on|in)\s+as|add\s+that\s+[—–-]|(?:article|page)s?\s+as)\s*:?\s*(?!\s*an?\s+(?:new\s+)?(?:article|page|faq|help)\b)("[^"\n]{1,80}"|“[^”\n]{1,80}”|'[^'\n]{1,80}'|[^.,:\n]{1,60}?[?]?)(?=\s*(?:[.,:\n]|$|\s[-–—]\s|\s+(?:with|pls|please)\b|\s+w\/))/i;
const ABOUT_TITLE = /\b(?:art(?:i?c(?:le|el|al)|ilce)|page|faq|something)\s+(?:for\s+\w+\s+)?(?:about|on|for)\s+(?:our\s+|the\s+)?(?!(?:it|them|this|that|these|those)\b|(?:help\s+(?:section|pages?|centre|center)|faq|website|site|knowledge\s+base|info\s+section)\b)([^.,:\n?!]{2,50}?)(?=\s*(?:[.,:\n?!]|$|\s[-–—]\s|,\s*we\b))/i;

/** "add a Gift Vouchers page with this text": the page's name before "page". */
const NAMED_PAGE = /\b(?:add|create|make|write|put\s+up|start)\s+(?:a|an|the|our)\s+(?:new\s+)?(?!(?:new|help|faq|info|knowledge|web|separate|short|quick)\b)["“']?([\p{L}&' -]{2,40}?)["”']?\s+(?:page|article|section)\b/iu;

/** The instruction segment of a message and the content around it. */
function splitInstruction(t: string): { instruction: string; content: string } | undefined {
  // The instruction first: "can you add an article about X: …", "Add help article. Heading: …".
  const first = new RegExp(String.raw`^([^\n]{0,160}?${ARTICLE_CUE.source}[^\n:]{0,80}?)(?:[?.!]\s+|${SEP})`, 'is').exec(t);
  if (first && CREATE_VERB.test(first[1]!) && wordCount(t.slice(first[0].length)) >= 3) {
    return { instruction: first[1]!, content: t.slice(first[0].length) };
  }
  // The instruction last: "…\n\nmake that a new article pls", "… Can you put that in as a help article".
  const last = new RegExp(String.raw`^([\s\S]+?)(?:\s*\n+\s*|(?<=[.!?])\s+|,\s*|\s+[-–—]\s+|\s*\^\s*|\s*\(\s*)((?:[^\n.!?]{0,80}?)${ARTICLE_CUE.source}[^\n.!?]{0,120}?)\)?[.!]*\s*$`, 'i').exec(t);
  if (last && (CREATE_VERB.test(last[2]!) || /\bnew\s+(?:article|page)\b|\barticle\s+please\b|\btitle\b|\bcall\s+it\b/i.test(last[2]!)) && wordCount(last[1]!) >= 3) {
    return { instruction: last[2]!, content: last[1]! };
  }
  // "Viewings - article please. Show rounds by appointment…": a title, the request, the content.
  const titled = /^([^\n.:]{2,50}?)\s+[-–—]\s+(?:an?\s+)?(?:new\s+)?(?:article|page)\s*(?:please|pls)?[.!:]?\s+(\S[\s\S]*)$/i.exec(t);
  if (titled) return { instruction: `called ${titled[1]}`, content: titled[2]! };
  // "Title: X\n…" or "Heading: X\n…" with "(new article)" somewhere.
  if (/^(?:title|heading|article)\s*:/i.test(t)) return { instruction: '', content: t };
  return undefined;
}

/**
 * A page dictated in one breath: "new page please title it How To Book A Collection and say you
 * can book online…", "a new article called Meals and Snacks please so all our meals are…", "new
 * page about the Goth Weekend because we get a lot of questions um the Goth Weekend happens…".
 */
const DICTATED =
  /^(?:[^\n]{0,60}?\b)?(?:an?\s+)?new\s+(?:help\s+)?(?:page|article)\s+(?:please\s+|pls\s+)?(?:(?:called|titled|title\s+it|named)\s+([^\n,:]{2,60}?)|about\s+(?:the\s+|our\s+)?([^\n,:]{2,50}?))\s*(?:,?\s*(?:please|pls))?(?:\s+because\b[^\n]*?\s(?:um+|so|and)\s+|\s+um+\s+|\s+so\s+|\s+and\s+say\s+(?:that\s+)?|\s*[,:]\s*(?:so\s+)?)([\s\S]{20,})$/i;

function dictatedPage(t: string): Intent | undefined {
  const m = DICTATED.exec(t);
  if (!m) return undefined;
  const content = m[3]!.replace(/^(?:so\s+|basically\s+|um+\s+|like\s+)+/i, '').trim();
  if (wordCount(content) < 6) return undefined;
  return { kind: 'create_article', title: capitalized(unquote(m[1] ?? m[2]!)), content: capitalized(content) };
}

function looseCreate(t: string): Intent | undefined {
  const dictated = dictatedPage(t);
  if (dictated) return dictated;
  if (!ARTICLE_CUE.test(t) && !/^(?:title|heading|article)\s*:/i.test(t)) return undefined;
  const parts = splitInstruction(t);
  if (!parts) return undefined;
  let content = parts.content.trim();
  let title: string | undefined;
  // "we've started doing pool parties!! can you add something about them: …": what "them" is.
  const started = /\b(?:(?:started|begun|begin)\s+(?:doing|offering|running|selling)|doing|offering|running|selling|launched|introduced|we\s+(?:also\s+|now\s+)?do)\s+(?:the\s+|our\s+|some\s+)?([\p{L} -]{3,40}?)(?:\s+(?:now|too|as\s+well))?\s*(?:[!.,]|$)/iu.exec(parts.instruction)?.[1];
  const given = TITLE_GIVEN.exec(parts.instruction)?.[1] ?? ABOUT_TITLE.exec(parts.instruction)?.[1] ?? NAMED_PAGE.exec(parts.instruction)?.[1] ?? (/\babout\s+(?:it|them|this|that)\b/i.test(parts.instruction) ? started : undefined);
  if (given) title = unquote(given).trim();
  // "Title: New to yoga?\nNo experience needed…", "Heading: Booking a repair. Text: …", "Allergens\n\nAll our…".
  const line = /^(?:title|heading|article)\s*:\s*([^\n]{1,80}?)(?:\s*(?:\n+|\.\s+text\s*:\s*|\.\s+)|\s*$)([\s\S]*)$/i.exec(content);
  if (line) {
    title ??= unquote(line[1]!);
    content = line[2]!.trim();
  } else if (!title) {
    const head = /^([^\n.:!?]{2,50}?)\s*:?\s*\n+([\s\S]+)$/.exec(content) ?? /^([\p{L}&' ]{2,40}?)\s+[-–—]\s+(\S[\s\S]*)$/u.exec(content);
    if (head && wordCount(head[1]!) <= (head[0].includes('\n') ? 6 : 4)) {
      title = unquote(head[1]!);
      content = head[2]!.trim();
    }
  }
  content = content.replace(/^(?:text|content|body)\s*:\s*/i, '').replace(/\s*\((?:new\s+article|article)\)\s*$/i, '').trim();
  // "… we take card, cash and Apple Pay, no cheques. Call it Payments": the name given last.
  const callItLast = /(?:[.!?]\s+|,\s*|\s+[-–—]\s+)(?:call|title|name)\s+it\s+["“']?([^"”'\n.]{2,50}?)["”']?[.!]?\s*$/i.exec(content);
  if (callItLast) {
    title ??= callItLast[1]!;
    content = content.slice(0, callItLast.index + 1).trim();
  }
  if (wordCount(content) < 3) return undefined;
  return { kind: 'create_article', title: title ? capitalized(withoutCourtesy(title)) : titleOf(content), content };
}

/** An instruction line around a pasted page: it asks for the page to be added, or names it. */
const PAGE_INSTRUCTION = /\b(?:add|save|put|stick|pop|use|make|create|new|another|title|call\s+it|heading|article|page|bot|assistant|chatbot|knowledge|kb|pls|please)\b/i;
/** Words of a first line that ask for a setting, not a page: those have their own forms. */
const NOT_A_PAGE = /^context\b|\b(?:business\s+(?:context|description|rules?)|description|about\s+us|escalat\w*|synonyms?|tone|webhooks?|hand\s+(?:it\s+)?over|pass\s+(?:it\s+)?(?:on|to)|refer\w*\s+(?:the\s+)?(?:customer|client|caller|them|it)|member\s+of\s+staff|to\s+a\s+(?:human|person))\b/i;
/** A title named in an instruction: "call it X", "title: X", "save it as 'X'", "this is about X (that's the title)". */
const NAMED_TITLE = /(?:\b(?:call(?:ed)?\s+it|title(?:d)?(?:\s+it)?|heading|save\s+(?:it|this|that)\s+as|add\s+(?:it|this|that|the\s+following)\s+as|as)\s*:?\s*(?:"([^"\n]{2,80})"|“([^”\n]{2,80})”|'([^'\n]{2,80})'|‘([^’\n]{2,80})’)|\b(?:call\s+it|titled?(?:\s+it)?|heading|save\s+(?:it|this|that)\s+as|(?:put|stick|pop)\s+(?:it|this|that)\s+(?:up|on|in)\s+as)\s*:?\s+(?!(?:an?|our|the)\s)([^\n.;()]{2,60}?)\s*(?:,?\s*(?:please|pls|thanks|ta))?\s*(?:[\n.;()]|$)|\bas\s+(?:our|the)\s+([\p{L}&' -]{2,40}?)(?:\s+(?:page|article|section))?\s*(?:,?\s*(?:please|pls|thanks|ta))?\s*[.!]?$|\babout\s+([^\n.,:;()]{2,60}?)\s*\(that'?s\s+the\s+title\)|\bas\s+(?:our|the|a|an)\s+(?:new\s+)?(?!(?:new|help|faq|info)\s+(?:page|article|section)\b)([\p{L}&' -]{2,40}?)\s+(?:page|article|section)\b|\b(?:page|article)\s+(?:about|on)\s+(?:the\s+|our\s+)?(?!(?:it|them|this|that)\b)([^\n.,:;()]{2,50}?)\s*(?:[\n.,;:()]|$))/iu;

/**
 * A help page pasted whole — several lines with a heading, a list, questions and answers — with
 * or without a line asking for it to be added: an article. Its title is the one the owner names,
 * else its first heading, else its first line when that is short.
 */
export function pastedPage(t: string): Intent | undefined {
  const lines = t.split(/\n/).map((l) => l.trim()).filter(Boolean);
  const structured = lines.filter((l) => /^(?:#{1,6}\s|[-*•]\s|\d+[.)]\s|q[.:]\s|a[.:]\s)|\?$|[$€£]\s?\d|^[\p{L} ]{2,30}:\s+\S|\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)\b/iu.test(l)).length;
  // "Bike fitting⏎Jess does bike fits on our fit jig…": a short title line over one paragraph.
  // Not a header over one bullet ("REMOVE⏎• The article on…", "Heading: Regular cleaning⏎…"): those say what to do.
  const titled = lines.length === 2 && wordCount(lines[0]!) <= 5 && !/[.!?:,]/.test(lines[0]!) && /^\p{Lu}\p{Ll}/u.test(lines[0]!) && !/^[-*•]/.test(lines[1]!) && wordCount(lines[1]!) >= 15 && !PAGE_INSTRUCTION.test(lines[0]!);
  if (!titled && (lines.length < 3 || (structured < 2 && wordCount(t) < 60))) return undefined;
  let body = [...lines];
  let instruction = '';
  // "Packing service prices, pls add for the chatbot" above the page, "make that a new article" or
  // "could that go on as its own page" below it.
  const isInstruction = (l: string) => !/^(?:#|[-*•]\s)/.test(l) && PAGE_INSTRUCTION.test(l) && wordCount(l) <= 25 && !/[$€£]\s?\d/.test(l) && (/[:]$/.test(l) || /\b(?:add|save|put|stick|pop|use|make|title|call\s+it|article|page|bot|chatbot|pls|please)\b/i.test(l));
  if (isInstruction(body[0]!)) instruction = body.shift()!;
  if (body.length > 0 && /^[-–—_]{2,}$/.test(body[body.length - 1]!)) body.pop();
  const lastLine = body[body.length - 1] ?? '';
  if (body.length > 0 && isInstruction(lastLine) && /\b(?:add|save|put|stick|pop|use|make|title|call\s+it|new\s+(?:article|page)|go\s+(?:on|in|up)\b.*\b(?:page|article)|(?:its|it's)\s+own\s+(?:page|article))\b/i.test(lastLine) && !/\?$/.test(lastLine)) instruction = `${instruction} ${body.pop()!}`;
  if (body.length > 0 && /^[-–—_]{2,}$/.test(body[body.length - 1]!)) body.pop();
  if (NOT_A_PAGE.test(instruction) || NOT_A_PAGE.test(lines[0]!) && !/^#/.test(lines[0]!)) return undefined;
  // "title as the heading", "title is the first line": no name of its own.
  const byHeading = /\btitle\s+(?:as|is|=)\s+(?:the\s+)?(?:heading|first\s+line)|\b(?:heading|first\s+line)\s+(?:as|is)\s+(?:the\s+)?title|\bsame\s+title\b/i.test(instruction);
  const named = byHeading ? null : NAMED_TITLE.exec(instruction);
  let title = named ? named.slice(1).find((g) => g !== undefined)!.trim() : undefined;
  // "Food serving times — please add as an article:": what comes before the request names it.
  const heading = /^#{1,6}\s+(.+)$/.exec(body[0] ?? '');
  // A page's own top heading names it; under a sub-heading ("## Lunch") the owner's words do.
  // Not a remark about where it came from ("that's straight from our terms and conditions, can you add it").
  if (!title && !(heading && /^#\s/.test(body[0]!)) && !byHeading) title = /^(?!\s*\^?\s*(?:that'?s|thats|this\s+is|these\s+are|it'?s|its|copied|taken|straight|off\s+our|from\s+our)\b)([^:\n—–-]{2,60}?)\s*(?:[—–-]|,)\s*(?:please|pls|can\s+you)?\s*(?:add|save|put)\b/i.exec(instruction)?.[1]?.trim();
  if (heading) {
    title ??= heading[1]!.trim();
    if (title.toLowerCase() === heading[1]!.trim().toLowerCase()) body.shift();
  } else if (!title && body.length > 1 && wordCount(body[0]!) <= 8 && !/[.!]$/.test(body[0]!) && !/^(?:[-*•]|q[.:])/i.test(body[0]!) && !/[$€£]\s?\d/.test(body[0]!)) {
    title = body.shift()!.replace(/:$/, '').replace(/^(?:title|heading)\s*:\s*/i, '');
  } else if (title && body[0]?.toLowerCase() === title.toLowerCase()) body.shift();
  const content = body.join('\n').trim();
  if (wordCount(content) < 4) return undefined;
  return { kind: 'create_article', title: title ? capitalized(withoutCourtesy(unquote(title))) : titleOf(content), content };
}

/** A title for content given without one: the first words of its first line. */
const titleOf = (content: string) => capitalized(titleFrom(content, 6, true));

// ---------------------------------------------------------------------------------------------
// Situations to hand over.

/** Who takes a case by role ("a real person", "the box office team", "me"); named people are `namedperson` (see `withNamedPeople`). */
const ROLE = String.raw`(?:me|myself|us|him|her|them|(?:a|an|the|our|one\s+of\s+(?:the|our))?\s*(?:real\s+|live\s+)?(?:[\w-]+\s+){0,2}?(?:human|person|people|staff(?:\s+member)?|member\s+of\s+staff|manager|team|office|reception|desk|teacher|tutor|warden|owner|boss|someone|colleague|nurse|vet|receptionist|landlord|instructor|partner|director|coach|skipper)s?|whoever(?:'s|\s+is)\s+on\s+(?:the\s+)?\w+)`;
const TAKER = String.raw`(?:${ROLE}|namedperson)`;
/** A role a case is referred to ("our senior consultant", "the duty manager"). */
const ROLE_WORD = String.raw`(?:consultant|manager|director|owner|partner|nurse|vet|doctor|team|office|supervisor|coordinator|specialist|adviser|advisor|stylist|technician|engineer|head)`;
/** A person named after "to" or "by" ("send to Mrs Patel", "pass it to Karen in the office"), as one token. */
const NAMED_PERSON = /(\bto|\bby|\bfor|\bget|\bping|->|→)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+in\s+the\s+[a-z]+|\s*\([^)]{1,30}\))?(?![\w'])/g;
/** "… Sian needs to know": a capitalised name before "needs to know" (not "Customers need to know"). */
const NAME_NEEDS_TO_KNOW = /\b(?!(?:Customers|People|Parents|Guests|Clients|Patients|Everyone|Everybody|They|We|Staff|Kids|Children|Visitors|Members|Students|Owners|Drivers|Riders|Learners|Pupils)\b)[A-Z][a-z]+(?=\s+(?:needs?|wants?)\s+to\s+(?:know|hear|be\s+told)\b)/g;
const withNamedPeople = (t: string) =>
  t.replace(NAMED_PERSON, '$1 namedperson').replace(NAME_NEEDS_TO_KNOW, 'namedperson').replace(/\b[A-Z][a-z]+['’]s\s+(department|job|area|patch|domain|responsibility|thing)\b/g, "namedperson's $1");
/** "Warranty claims go to Tom": a named person takes a kind of case; "orders go to Royal Mail" is no case. */
const CASE_KIND = String.raw`(?:claims?|enquir(?:y|ies)|quer(?:y|ies)|complaints?|questions?|requests?|issues?|problems?|bookings?|jobs?|cases?|disputes?|anything|everything|stuff)`;
const HANDOVER = new RegExp(
  String.raw`(?:\b(?:escalate|hand|pass|send|forward|transfer|refer|put)\s+(?:it|this|them|those|these|that|him|her)?\s*(?:over|on|off|through|straight)?\s*(?:to\s+${TAKER})?(?=\s*(?:[.,:;!]|$|pls|please|immediately|asap|straight|right))` +
    String.raw`|\b(?:escalate|hand|pass|send|forward|transfer|refer|put)\s+(?:it\s+|this\s+|them\s+|those\s+|these\s+|that\s+)?(?:over\s+|on\s+|off\s+|through\s+|straight\s+)?to\s+${TAKER}` +
    String.raw`|\bget\s+(?:me|${TAKER})\s+(?:involved|on\s+it|to\s+(?:deal|handle|look))|\bget\s+(?:a|an|the)\s+(?:real\s+|live\s+)?(?:human|person|manager|someone)\b` +
    String.raw`|\bI\s+(?:want|need|'d\s+like|would\s+like)\s+to\s+(?:know|hear|deal|handle|personally\s+deal|be\s+told|see\s+it)\b(?:\s+(?:with|about)\s+(?:it|this|them|those))?(?:\s+myself)?` +
    String.raw`|\blet\s+me\s+know\b|\btell\s+me\b|\bflag\s+(?:it|this|them)?\s*(?:to\s+me|up)\b|\bnotify\s+me\b|\bI'?ll\s+(?:deal|handle|take)\b[^.,;]*` +
    String.raw`|\b(?:needs?|want|wants|requires?)\s+a\s+(?:real\s+|live\s+)?(?:human|person|manager)\b|\b(?:should|must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:always\s+)?(?:go|come|be\s+(?:passed|sent|handed|escalated|forwarded|referred|handled\s+by|dealt\s+with\s+by))\s+(?:on\s+|over\s+|straight\s+)?(?:to\s+)?${TAKER}` +
    String.raw`|\b(?:go|goes)\s+(?:straight\s+)?to\s+${ROLE}|(?<=\b${CASE_KIND}\b[^.;]{0,60}?)\b(?:go|goes)\s+(?:straight\s+)?to\s+namedperson|(?:→|->|=>|-)\s*(?:always\s+)?(?:pass\s+to\s+)?(?:a\s+)?(?:human|person|staff)\b|\b(?:that'?s|thats|is)\s+for\s+a\s+(?:human|person)(?:\s+not\s+the\s+bot)?` +
    String.raw`|\b(?:human|person)\s+(?:please|pls)\b|\bescalate\b|\bget\s+(?:them|it|those)\s+to\s+${TAKER}|\bI\s+(?:want|need|'d\s+like|would\s+like)\s+to\s+(?:talk|speak)\s+to\s+(?:them|those|these|him|her)\b(?:\s+myself)?|\b(?:be|are|is|get|gets)\s+(?:passed|sent|handed|referred|forwarded)\s+(?:on\s+)?to\s+(?:our|the)\s+(?:[\p{L}-]+\s+)?${ROLE_WORD}\b(?:\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?|\bbe\s+(?:passed|sent|handed|referred|forwarded)\s+(?:on\s+)?to\s+(?:our|the)\s+[\p{L}-]+` +
    String.raw`|\b(?:ring|call|phone|text|message|whatsapp|email)\s+me\b(?:\s+straight\s+away|\s+asap|\s+immediately)?|\bflag\s+(?:it|them|this|that)?\s*(?:up\s+)?to\s+${TAKER}|\blet\s+me\s+(?:deal|handle)\s+(?:with\s+)?(?:it|them|those|that)\b|\bthe\s+bot\s+should\s+(?:never|not)\s+(?:answer|deal\s+with|handle)\s+(?:those|these|them|it)\b|\bdon'?t\s+let\s+the\s+bot\s+(?:deal|handle)\b[^.]*` +
    // "that needs to come to me", "- always to me (Sandra)", ", straight to Craig", "-> Gareth (landlord)"
    String.raw`|\b(?:that|this|it|they)\s+(?:needs?|has|have)\s+to\s+(?:come|go)\s+(?:straight\s+)?to\s+${TAKER}|(?:^|[-–—,:]\s*|(?:->|→)\s*)(?:always\s+|straight\s+|immediately\s+)?(?:to\s+)?(?:me|namedperson)\b(?:\s+(?:immediately|straight\s+away|asap|please))?` +
    String.raw`|\bnamedperson\s+(?:needs?|wants?|has|have)\s+to\s+(?:know|hear|be\s+told)\b|\b(?:is|are)\s+(?:namedperson'?s|my|our\s+\w+'s)\s+(?:department|job|area|patch|domain|responsibility|thing)\b|\bget\s+namedperson\s+involved|\b(?:that'?s|thats)\s+(?:one|a\s+job)\s+for\s+(?:me|namedperson)|\b(?:route|ping)\s+(?:them\s+|it\s+)?(?:to\s+)?${TAKER}|\bimmediate\s+handover\s+to\s+${TAKER}|\bhandover\s+to\s+${TAKER})`,
  'iu',
);
/** What reports the situation, not the situation: "if anyone mentions", "when people ask about". */
const REPORTED = /^(?:also\s+)?(?:(?:if|when(?:ever)?|in\s+case|where)\s+)?(?:(?:anyone|anybody|someone|somebody|people|ppl|(?:a|any)\s+customer|customers|a\s+client|clients|a\s+parent|parents|a\s+patient|patients|they)(?:'s|\s+is|\s+are)?\s+(?:says?|saying|mentions?|mentioning|reports?|reporting|asks?\s+(?:about|for)|asking\s+(?:about|for)|talks?\s+about|complains?\s+about|brings?\s+up|tells?\s+us(?:\s+about)?)\s+(?:that\s+)?)?/i;
const CASES_LEAD = /^(?:anything|everything|any|all)\s+(?:about|to\s+do\s+with|regarding|involving|on)\s+|^(?:any|all)\s+/i;

/** "send anything about aggressive dogs to Jo", "hand off stolen bike stuff to staff": the situation between verb and taker. */
const VERB_OBJECT_TO = new RegExp(String.raw`^(?:(?:can|could)\s+you\s+)?(?:always\s+)?(?:send|pass|hand|forward|refer|escalate|put)\s+(?:on\s+|over\s+|off\s+|through\s+)?(?!it\b|this\b|them\b|those\b|these\b|that\b|to\b|(?:on|over|off|through)\s+to\b)([^.;:]{2,80}?)\s+(?:on\s+|over\s+|through\s+|straight\s+)?to\s+${TAKER}\b`, 'iu');

/** "I'll deal with anything about payments or direct debits myself": what the owner keeps. */
const OWNER_KEEPS = /^(?:I'?ll|I\s+will|I\s+want\s+to|I'?d\s+like\s+to)\s+(?:personally\s+)?(?:deal\s+with|handle|take)\s+([^.;]{3,80}?)\s*(?:myself|personally|me)?\s*[.!]?$/i;

/** "Please also pass to me personally any complaint about damage to a door": the taker, then the cases. */
const TAKER_THEN_CASES = new RegExp(String.raw`^(?:also\s+)?(?:send|pass|hand|forward|refer|put\s+through)\s+(?:on\s+|over\s+|straight\s+)?to\s+${TAKER}\s+(?:personally\s+|directly\s+|straight\s+away\s+|immediately\s+)?((?:any|all|anything|everything)\b[^.;]{3,120}?)\s*[.!]?$`, 'iu');

function looseEscalation(message: string): Intent | undefined {
  const taken = TAKER_THEN_CASES.exec(withNamedPeople(stripCourtesy(message)));
  if (taken) return { kind: 'add_escalation_rules', rules: [trimPhrase(taken[1]!.replace(CASES_LEAD, ''))] };
  const keeps = OWNER_KEEPS.exec(stripCourtesy(message));
  if (keeps) return { kind: 'add_escalation_rules', rules: [trimPhrase(keeps[1]!.replace(CASES_LEAD, ''))] };
  // "morning! mad week… anyway if anyone says…": the chat before the request is not the rule.
  const t = withNamedPeople(message.replace(/^[\s\S]*?\banyway\b[,\s]*/i, ''));
  const object = VERB_OBJECT_TO.exec(stripCourtesy(t));
  if (object) return { kind: 'add_escalation_rules', rules: [trimPhrase(object[1]!.replace(CASES_LEAD, '').replace(/\s+stuff$/i, ''))] };
  const h = HANDOVER.exec(t);
  if (!h || /\?\s*$/.test(t)) return undefined;
  let rest = `${t.slice(0, h.index)} ${t.slice(h.index + h[0].length)}`
    .replace(/\s*,?\s*\bnamedperson\b/g, ' ')
    .replace(/,\s*(?:[A-Z][a-z]+)\s*$/, '')
    // "… - I'd rather sort those out myself", "…, she's our welfare officer": why, or who, not what.
    .replace(/\s*[-–—,]\s*(?:I'?d|I\s+will|I'?ll|we'?d|she'?s|he'?s|they'?re|as|because|since|thanks|i\s+dont|i\s+don'?t)\b.*$/i, '')
    // "…, that's serious", "… - Karen deals with those": a remark, or who takes it, not the situation.
    .replace(/\s*[-–—,]\s*(?:that'?s|thats|this\s+is|it'?s)\s+(?:serious|urgent|important|a\s+big\s+one|dangerous|a\s+safety\s+thing)\b.*$/i, '')
    // "Tom handles anything about…": who takes it leads; the cases follow.
    .replace(/^\s*(?:\p{Lu}\p{Ll}+|I|we|she|he)\s+(?:handles?|deals\s+with|looks\s+after|takes?\s+care\s+of|sorts?\s+out)\s+/u, '')
    .replace(/\s*[-–—,]\s*(?:\p{Lu}\p{Ll}+|[Ii]|[Ww]e|[Ss]he|[Hh]e|[Tt]hey|the\s+\w+)\s+(?:deals?|handles?|looks?\s+after|sorts?(?:\s+out)?|takes?(?:\s+care\s+of)?)\s+(?:with\s+)?(?:those|them|these|that|it|this)\b.*$/u, '')
    .replace(/\s+(?:(?:he|she)'?s\s+(?:the|our)\s+\w+|i\s+don'?t\s+want\b.*|we\s+might\b.*|the\s+bot\s+should(?:n'?t)?\b.*)$/i, '');
  rest = stripCourtesy(rest)
    .replace(/\b(?:immediately|straight\s+away|right\s+away|asap|always|just|no\s+exceptions|not\s+the\s+bot|never\s+(?:handled\s+by|to)\s+the\s+(?:bot|instructor\s+themselves)|rather\s+than\s+the\s+bot|rather\s+than\s+(?:answered|handled|dealt\s+with)\s+by\s+the\s+(?:assistant|bot)|(?:that'?s|thats)\s+a\s+red\s+flag|from\s+now\s+on|about\s+it|as\s+well|that'?s\s+an?|can\s+you)\b/gi, ' ')
    .replace(/\(\s*\w+\s*\)/g, ' ')
    .replace(/^\s*(?:escalate|pass\s+on\s+to\s+staff)\s*:?\s*/i, '')
    .replace(/\s{2,}/g, ' ');
  // "Please ensure that enquiries concerning … are referred to …": the cases, not the asking.
  rest = trimPhrase(rest).replace(/^(?:ensure|make\s+sure)\s+(?:that\s+)?/i, '').replace(REPORTED, '').replace(CASES_LEAD, '');
  rest = trimPhrase(rest.replace(/\s*,?\s*(?:and\s+)?(?:that'?s|thats)$/i, ''));
  if (rest.length < 3 || wordCount(rest) > 30) return undefined;
  return { kind: 'add_escalation_rules', rules: [rest] };
}

// ---------------------------------------------------------------------------------------------
// How the assistant behaves, its tone and name, and facts about the business.

const BEHAVIOUR = /^(?:(?:important|nb|note|rule|also|and)\b[:!,\s]*)?(?:(?:please\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?(?:the\s+(?:bot|assistant)|you|it)\s+)?(?:(?:the\s+(?:bot|assistant|chat|ai)|you|it)\s+(?:(?:should|must|needs?\s+to)\s+(?:not\s+)?|shouldn'?t(?:\s+ever)?\s+|mustn'?t(?:\s+ever)?\s+))?(?:never|always|only\s+(?:talk|speak|reply|answer|discuss|deal|book)|don'?t(?:\s+ever)?|do\s+not|avoid|stop|mention|remind|recommend|suggest|encourage|tell\s+(?:people|customers|them|everyone)|ask\s+(?:for|people|customers|them))\b|^(?:when|if)\s+(?:people|customers|someone|anyone)\s+(?:asks?|wants?)\b[^,]*,?\s*(?:always\s+|please\s+)?(?:mention|say|tell|remind|recommend|suggest|point|check|ask)\b|^(?:the\s+)?(?:bot|assistant|ai)\s+(?:(?:should|must)\s+(?:not|never|always)\b|shouldn'?t\b|mustn'?t\b)/i;

function looseBehaviour(t: string): Intent | undefined {
  if (!BEHAVIOUR.test(t)) return undefined;
  return { kind: 'add_business_rule', rule: unquoteText(t.replace(/^(?:please\s+)/i, '')) };
}

const TONE_WORDS = 'chill|chilled|chatty|fun|friendly|warmer|warm|laid-back|laid back|no-nonsense|down to earth|straightforward|formal|professional|reassuring|casual|relaxed|playful|concise|short|brief|polite|cheerful|calm|empathetic|upbeat|informal|serious|to the point';
/** Words that say a message is about how the assistant sounds ("tone", "sound more …", "I want bot is polite …"). */
const TONE_CUE_WORDS = new RegExp(String.raw`\b(?:tone|sounds?|be\s+(?:a\s+(?:bit|little|lot)\s+)?more|more\s+\w+\s+and|answers\s+should\s+be|replies\s+(?:should|to)|talk|style|less\s+(?:corporate|formal|stiff|robotic|chatty|casual)(?:\s+(?:pls|please))?\s*,\s*more|^keep\s+it\s+(?:fairly\s+|more\s+|a\s+bit\s+|nice\s+and\s+)?|^(?:a\s+)?bit\s+more|(?:want|like)\s+(?:the\s+|my\s+)?(?:bot|assistant|chatbot)\s+(?:is|to\s+be|be)\s+(?=(?:${TONE_WORDS})\b))`, 'i');
/** What follows "sound", "be", "make it": adjectives joined by commas and "and" ("warm, patient and reassuring"). */
const TONE_DEGREE = String.raw`(?:(?:a\s+(?:bit|little|lot)|more|less|quite|really|very|super|nice\s+and|a\s+bit\s+more)\s+)*`;
const TONE_SPAN = new RegExp(
  String.raw`\b(?:sound|sounding|be|make\s+(?:it|them|the\s+(?:bot|assistant|replies|answers)))\s+(?=(${TONE_DEGREE}[\p{L}'-]+(?:(?:\s*,\s*|\s+(?:and|n|&)\s+)(?!(?:like|but|not|so|as|when|because|which|that|please|pls|thanks|the|to)\b)${TONE_DEGREE}[\p{L}'-]+)*))`,
  'giu',
);
function looseTone(t: string): Intent | undefined {
  if (!TONE_CUE_WORDS.test(t)) return undefined;
  // "… more chill pls, it's way too formal rn": what it is now and should not be is no tone asked for.
  const words = [...t.matchAll(new RegExp(`\\b(${TONE_WORDS})\\b`, 'gi'))].filter((m) => !/\b(?:too|less|not|overly|so)\s+$/i.test(t.slice(0, m.index))).map((m) => m[1]!.toLowerCase());
  if (words.length === 0) return undefined;
  // "sound warm, patient and reassuring", "make it relaxed and friendly, a bit cheeky — not too
  // cheeky", "be more chill and fun like how we talk": the owner's own list of how it should
  // sound, as written, when it holds a tone word (a single word is read below).
  const tone = new RegExp(`^(?:${TONE_WORDS})$`, 'i');
  for (const m of t.matchAll(TONE_SPAN)) {
    const span = m[1]!.trim();
    if (span.split(/[\s,&]+/).some((w) => tone.test(w)) && /,|\s(?:and|n|&)\s/i.test(span)) return { kind: 'set_settings', patch: { tone: span } };
  }
  // "professional and courteous", "gentle & friendly": the partner of the one tone word named is a tone word too.
  if (new Set(words).size === 1) for (const pair of t.matchAll(/\b([\p{L}-]{3,})\s+(?:and|&)\s+([\p{L}-]{3,})\b/giu)) {
    if ((tone.test(pair[1]!) || tone.test(pair[2]!)) && !/^(?:not|the|and|you|your|our|its|tone|that|this|them)$/i.test(pair[1]!) && !/^(?:not|the|you|your|our|its|tone|that|this|them)$/i.test(pair[2]!)) return { kind: 'set_settings', patch: { tone: pair[0]!.toLowerCase() } };
  }
  return { kind: 'set_settings', patch: { tone: [...new Set(words)].join(' and ') } };
}

function looseName(t: string): Intent | undefined {
  const m =
    /\b(?:introduce\s+(?:itself|yourself)\s+as|(?:should\s+be\s+)?called|name\s+(?:should\s+be|is|it)|rename\s+(?:the\s+)?(?:assistant|bot|agent|chat\s+helper|it)\s+(?:to|as)|^(?:let'?s\s+|lets\s+)?call\s+(?:it|the\s+(?:bot|assistant|chatbot|chat\s+bot|ai))|name\s+(?:the\s+)?(?:bot|assistant)|(?:change|set)\s+your\s+name\s+to|go\s+by)\s+(?:["“]([^"”\n]{1,30})["”]|["'“]?(\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}(?:[\p{L}'’-]{0,30}|\.))?)["'”]?)/u.exec(t);
  if (!m || !/\b(?:assistant|bot|chatbot|ai|agent|helper|it|itself|yourself|name)\b/i.test(t)) return undefined;
  return { kind: 'set_settings', patch: { branding: { agentName: (m[1] ?? m[2]!).trim() } } };
}

/**
 * "Can you add our spring daycare deal: book 5 days… Ends 30th April.": a page named before its
 * text, not a fact (unlike "add our phone number: 0114…").
 */
function namedAddition(t: string): Intent | undefined {
  const m = /^(?:(?:can|could)\s+(?:u|you)\s+)?(?:pls\s+|please\s+)?add\s+our\s+(?!(?:new\s+)?(?:phone|number|mobile|email|e-mail|address|opening|hours|website|web\s*site|postcode|times|contact)\b)([\p{L}&' -]{3,40}?)\s*:\s*(\S[\s\S]{30,})$/iu.exec(t);
  if (!m || wordCount(m[1]!) > 5) return undefined;
  return { kind: 'create_article', title: capitalized(m[1]!.trim()), content: capitalized(m[2]!.trim()) };
}

/**
 * "Could you call the assistant Sooty? and keep the tone friendly and down to earth": a name and a
 * tone asked for in one message are one change of settings, not the first of them alone.
 */
export function withSecondSetting(t: string, intent: Intent): Intent {
  if (intent.kind !== 'set_settings' || Object.keys(intent.patch).length !== 1) return intent;
  const { branding, tone } = intent.patch;
  if (branding?.agentName !== undefined && Object.keys(branding).length === 1) {
    const more = looseTone(t);
    if (more?.kind === 'set_settings' && more.patch.tone) return { kind: 'set_settings', patch: { ...intent.patch, tone: more.patch.tone } };
  }
  if (tone !== undefined) {
    const more = looseName(t);
    if (more?.kind === 'set_settings' && more.patch.branding) return { kind: 'set_settings', patch: { ...intent.patch, branding: more.patch.branding } };
  }
  return intent;
}

const FACT_LEAD = /^(?:(?:oh\s+)?(?:and|also)\s*,?\s+(?=(?:our|the|we|there)\b)|(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:add\s+(?:that|this)\s*:?\s*|add\s*:\s*|fyi\s*,?\s*|just\s+so\s+(?:you|the\s+bot|it|the\s+assistant)\s+knows?\s*,?\s*|worth\s+adding\s+that\s+|(?:please\s+)?note\s+that\s+|also\s*,?\s+|add\s+to\s+(?:the|our)\s+(?:info|details|description)\s*:?\s*|(?:pls\s+|please\s+)?add\s+our\s+|(?:(?:can|could)\s+(?:u|you)\s+|pls\s+|please\s+)?(?:put|add|note|write)\s+(?:(?:this|that)\s+)?(?:in|into|to|on)\s+(?:ur|your|the|our)\s+(?:notes|help\s+info|info|knowledge(?:\s+base)?|details|faq)\s*(?:that\s+|:\s*|[-–—]\s*)?|(?:please\s+)?note\s+for\s+the\s+(?:assistant|bot)'?s?\s+(?:knowledge|info(?:rmation)?)\s+that\s+|(?:please\s+)?be\s+advised\s+that\s+|(?:(?:can|could)\s+(?:u|you)\s+)?tell\s+the\s+(?:bot|assistant|ai|chat\s*bot|chat\s+thing)\s+(?:that\s+)?|(?:(?:can|could)\s+(?:u|you)\s+)?let\s+the\s+(?:bot|assistant|ai|chat\s*bot)\s+know\s+(?:that\s+)?|(?:please\s+)?add\s+the\s+fact\s+that\s+|I\s+(?:should|would)\s+like\s+the\s+(?:assistant|bot)\s+to\s+know\s+that\s+|(?:oh\s+(?:yeah|and)\s*,?\s+)?(?:the\s+)?(?:bot|assistant|ai|chatbot)\s+(?:should|needs\s+to|must|has\s+to|ought\s+to)\s+know\s+(?:that\s+)?|(?:pls|please)\s+add\s+(?=(?:i|we|our|the)\b)))/i;
/** Asides after a stated fact: "btw", "in case anyone asks", "(people ask all the time)". */
const FACT_ASIDE = /\s*[,.!-]*\s*(?:\(([^)]*)\)|btw|by\s+the\s+way|in\s+case\s+anyone\s+asks|if\s+anyone\s+(?:needs|wants|asks\s+for)\s+it|if\s+(?:people|customers)\s+need\s+it|people\s+(?:keep|always)\s+asking|(?:parents|people|customers)\s+(?:sometimes|often|always)\s+(?:want\s+to\s+know|ask))[.!]*\s*$/i;
const FACT_TAIL_BOT = /\s*[,.]*\s*(?:can|could)\s+(?:the\s+bot|it|you)\s+know\s+that[.!?]*\s*$|\s*[,.]*\s*(?:make\s+sure\s+the\s+bot\s+knows|let\s+the\s+bot\s+know)[.!]*\s*$/i;
const FACT_TAIL = /\s*[,.–—;-]*\s*(?:(?:can\s+(?:you|u)\s+|could\s+you\s+|pls\s+|please\s+|kindly\s+)?(?:add|put|make\s+a\s+note\s+of|note)\s+(?:that|this|it)(?:\s+(?:in|to|into)\s+(?:our|the|your|ur)\s+(?:details|info|description|notes|knowledge\s+base|faq|help\s+info))?(?:\s+so\s+(?:it|the\s+bot|the\s+assistant)\s+knows)?|(?:pls|please)\s+add)\s*(?:pls|please|thx|thanks)?[.!?]*\s*$/i;
/** What a fact about the business is about: where it is, when open, how to reach or pay it, what it has. */
const FACT_TOPIC = /\b(?:address|located|based|street|road|lane|unit|postcode|opposite|next\s+to|station|parking|park|open|closed|hours|mon|tue|wed|thu|fri|sat|sun|weekdays|weekends|bank\s+holidays?|phone|number|call|ring|email|whatsapp|website|cover|covering|miles|area|card|cash|pay|insured|insurance|licensed|registered|checked|dbs|lift|access|wheelchair|step[- ]free|toilets?|showers?|lockers|wifi|dogs?|pets?|check-?in|check-?out|loop|floor|we\s+have|there'?s|there\s+is)\b|@|\d/i;

/** Greetings, apologies and weather before the message proper: "Hiya, sorry to bother you again! The car park…". */
const SMALL_TALK = /^(?:(?:hi+|hiya|hello|hey|morning|evening|afternoon|good\s+(?:morning|afternoon|evening)|sorry\b|apologies\b)[^.!?\n–—]*?(?:[.!]+\s+|\s+[-–—]\s+))+/i;
const CHAT_BEFORE = /^(?!\W*(?:does|do|is|are|can|could|will|would|how|what|when|where|why|which)\b)[^?]{0,120}?\banyway\b[,\s]+/i;

/** "Is the assistant aware that I only take two cakes per weekend? It ought to be…", "did the bot know the van runs off its own generator, it really should know that…". */
const ASKED_IF_KNOWN = /^\W*(?:(?:is|was)\s+(?:the\s+)?(?:bot|assistant|ai)\s+aware|(?:did|does)\s+(?:the\s+)?(?:bot|assistant|ai)\s+know)\s+(?:that\s+)?([^?]{10,}?)(?:\?|,\s*(?:it|the\s+bot)\s+(?:really\s+)?(?:should|ought|needs)\b|$)/i;

function looseFact(message: string, explicitOnly = false): Intent | undefined {
  const known = ASKED_IF_KNOWN.exec(message);
  if (known) {
    // "does the bot know we buy clothes too?? like ppl can bring stuff in on thursdays…": the example is the fact too.
    const example = /^\?+\s*(?:like|e\.g\.?|so)\s+([\s\S]{10,}?)[.!\s\p{Extended_Pictographic}]*$/u.exec(message.slice(known.index + known[0].length - 1))?.[1];
    return { kind: 'add_business_fact', fact: `${capitalized(known[1]!.trim())}${example ? ` — ${example.trim()}` : ''}.` };
  }
  const t = message.replace(CHAT_BEFORE, '').replace(SMALL_TALK, '');
  // "also any customer saying we broke something … needs to come to me": a hand-over, not a fact.
  if (explicitOnly && HANDOVER.test(withNamedPeople(t))) return undefined;
  const lead = FACT_LEAD.exec(t);
  const tail = FACT_TAIL.exec(t) ?? FACT_TAIL_BOT.exec(t);
  if (explicitOnly && !lead && !tail) return undefined;
  const contact = /^(?:new|our|the)\s+(address|phone(?:\s+number)?|number|email(?:\s+address)?|website)\b[^:\n–—-]{0,30}?(?:\s*[:–—-]\s*|\s+is\s+)(\S.+)$/i.exec(t);
  if (contact) return { kind: 'add_business_fact', fact: `Our ${contact[1]!.toLowerCase()}: ${contact[2]!.replace(/[.!]+$/, '')}.` };
  let fact = t;
  if (lead) fact = fact.slice(lead[0].length);
  if (tail) fact = fact.slice(0, fact.length - tail[0].length);
  for (let i = 0; i < 2; i++) fact = fact.replace(FACT_ASIDE, '');
  fact = fact.replace(/\s*,?\s*\b(?:thx|thanks|ta|cheers)\b[.!]*\s*$/i, '');
  fact = fact.replace(/^(?:our\s+)?(email|phone(?:\s+number)?|number|address|website)\s*:\s*/i, (_m, what: string) => `Our ${what.toLowerCase()} is `).replace(/\s+if\s+people\s+need\s+to\s+call$/i, '').trim();
  // "someone turned up with a wad of tenners yesterday bless them. we only take card…": the story goes.
  if (tail) fact = fact.replace(/^[\s\S]*?(?<=[.!])\s+(?=(?:we|our|i|the)\b)/i, '');
  if (/\?\s*$/.test(fact) || wordCount(fact) < 3 || wordCount(fact) > 40) return undefined;
  // Said as a fact of the business ("we're closed on bank holidays", "the nearest station is…"), or
  // plainly introduced as one ("fyi", "add that").
  // An article's worth ("add this for the bot: …" with several sentences, "Title Gift Vouchers"): not one fact.
  if (/\b(?:title|call\s+it|save\s+(?:it|that|this)\s+as|as\s+an?\s+(?:article|page))\b/i.test(t) || (fact.match(/[.!?](?:\s|$)/g) ?? []).length >= 3) return undefined;
  // Said as a fact of the business: "we don't move pianos", "I'm enhanced DBS checked", "All our cars are…".
  // Said as a fact of the business: "we don't move pianos", "kids need shin pads…", "minimum age is 18".
  // A request to the assistant ("make…", "can you…") or a question is not one.
  const statement =
    !/^(?:add|make|create|delete|remove|update|change|set|show|list|give|tell|send|get|put|can|could|would|will|please|pls|hi|hello|hey|thanks|thank|ok|okay|what|how|why|when|where|who|which|is|are|do|does|perfect|great|brilliant|cool|nice|lovely|cheers|hmm+|let\s+me|lol|haha|sounds|here'?s|here\s+is|this\s+is|sorry|yes|no|yeah|nope|omg|wow|aw+|yay|amazing|awesome|brill|love|ah|too\s+easy)\b|\bthank\s*(?:u|you)\b|\bthanks\b|\bcheers\b|\byou'?re\s+a\s+(?:star|legend|gem)\b/i.test(fact) &&
    // "… so please remove the article about car keys": a request, not something customers should be told.
    !/\b(?:please|kindly|pls)\s+(?:also\s+)?(?:remove|delete|change|update|treat|pass|add|make|call|send|take|amend)\b/i.test(fact) &&
    // "i need to update the opening hours", "I wonder how many chats we had": the owner's own plans and musings.
    !/^(?:i|we)(?:'d|\s+would|\s+want|\s+need\s+to|\s+wonder|\s+think|\s+was|\s+were|'m\s+not\s+sure|\s+am\s+not\s+sure|'ll|\s+will|\s+might|\s+should|\s+have\s+to|\s+must|\s+can'?t\s+remember)\b/i.test(fact) &&
    // "the bot said something weird to a customer", "I have a question about billing": a report or a
    // question to the assistant, not something customers should be told.
    !/\b(?:bot|assistant|chatbot|question|questions|problem|issue|bug|error|weird|wrong|said|told)\b/i.test(fact) &&
    wordCount(fact) >= 4;
  if (!(lead || tail) && !statement) return undefined;
  return { kind: 'add_business_fact', fact: `${capitalized(fact)}${/[.!]$/.test(fact) ? '' : '.'}` };
}

/**
 * The second reading of a message no strict form matched; undefined when its cues are not
 * enough to act on.
 */
export function looseIntent(t: string): Intent | undefined {
  const report = looseReport(t);
  if (report) return report;
  return (
    looseSynonym(t) ??
    pairInText(t) ??
    looseAddition(t) ??
    looseArchive(t) ??
    looseContext(t) ??
    namedAddition(t) ??
    looseFact(t, true) ??
    looseReprice(t) ??
    looseUpdate(t) ??
    looseCreate(t) ??
    looseEscalation(t) ??
    looseBehaviour(t) ??
    looseName(t) ??
    looseTone(t) ??
    looseFact(t)
  );
}

/**
 * "Sea Breeze Cottage has left us, the owner sold up. Please remove its page.": the page named by
 * "its" belongs to the name the message opens with; with no such name, there is no page to name.
 */
export function withOwnerOfIts(t: string, intent: Intent): Intent {
  if (intent.kind !== 'archive_article' && intent.kind !== 'update_article') return intent;
  if (!/^(?:its|it's|their|his|her)$/i.test(intent.target.trim())) return intent;
  const owner = /^(?:the\s+)?((?:\p{Lu}[\p{L}'&-]*\s+){0,4}\p{Lu}[\p{L}'&-]*)\s+(?:has|have|is|are|was|were)\b/u.exec(t)?.[1];
  return owner ? { ...intent, target: owner } : { kind: 'unclear', hint: 'Which article do you mean? Name it, for example "remove the Parking page".' };
}

