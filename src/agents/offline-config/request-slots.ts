/**
 * Values for a request whose kind the fitted layer named (request-classifier.ts) where the
 * grammar found none: the text after a lead-in ("Fact for the bot, from the Ts&Cs page: …"),
 * the situation of a hand-over ("If customer say we made damage…, bot must give to me"), a tone's
 * words, a quoted name or pair of words. Each filler returns nothing when the text does not hold
 * its values, and the grammar's reading stands.
 */
import type { Intent } from './intents.ts';
import type { RequestKind } from './request-classifier.ts';
import { capitalized, PRICE, titleFrom, UNCLEAR_HINT, unquote, unquoteText, withoutCourtesy } from './values.ts';

/** Text stored as a sentence: capitalised, with a full stop. */
const sentence = (s: string) => `${capitalized(s)}${/[.!?]$/.test(s) ? '' : '.'}`;

/** Words that make the part before a colon or dash a lead-in rather than content. */
const LEAD_CUE = /\b(?:bot|assistant|ai|chatbot|fact|rule|info(?:rmation)?|remember|know|note|n\.?b|add|please|pls|another|new|copied|from|line|description|about\s+us|blurb|intro|here(?:'s|’s|\s+is)|this|update)\b/i;

/** The text after a lead-in that ends in a colon or a dash within the first 120 characters. */
function afterLeadIn(t: string): string | undefined {
  const m = /^(.{2,120}?)(:|\s[-–—]\s|[-–—]\s)\s*([\s\S]+)$/.exec(t);
  if (!m) return undefined;
  const [, lead, separator, rest] = m as unknown as [string, string, string, string];
  if (!LEAD_CUE.test(lead)) return undefined;
  // "… never to quote a final price for a bespoke design — it should explain …": a dash after a
  // whole instruction is a remark, not the end of a lead-in ("Fact for the bot - …").
  if (separator !== ':' && lead.split(/\s+/).length > 6) return undefined;
  return rest.trim();
}

/** "… should know that X", "… be made aware that X", "can the bot remember this: X". */
function afterKnowing(t: string): string | undefined {
  const m = /\b(?:know|aware|remember|note|told|understand|mention)\w*\s+(?:that|this)\b[\s:,-]*([\s\S]+)$/i.exec(t) ??
    // "Can the bot say that dogs are welcome in the car park?": what it is to say is the fact.
    /^(?:(?:please|pls)\s+)?(?:can|could|would|will)\s+(?:the\s+)?(?:bot|assistant|it|you)\s+(?:(?:please|pls)\s+)?(?:say|tell\s+(?:people|customers|them))\s+that\s+([\s\S]+)$/i.exec(t);
  return m && m[1]!.length > 3 ? m[1]!.trim() : undefined;
}

/** A request put as a question: "Could it know that …?", "Is it possible for the bot to know that …?". */
const ASKED_REQUEST = /^(?:(?:please|pls)\s+)?(?:(?:can|could|would|will)\s+(?:the\s+)?(?:bot|assistant|ai|chatbot|it|you)\b|is\s+it\s+possible\b|would\s+it\s+be\s+possible\b)/i;

/** Without the thanks or "pls" after it, and without quotes round the whole. */
const tidy = (s: string) => unquoteText(withoutCourtesy(s.trim()));

/** Who is addressed at the start of a rule: "Please can the bot…", "Bot must…", "the assistant should…". */
const ADDRESSED = /^(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|would|will|make\s+sure|ensure)\s+)?(?:that\s+)?(?:the\s+)?(?:bot|assistant|ai|chatbot|it)\s+(?:(?:must|should|will|shall|has\s+to|needs?\s+to|to)\s+)?/i;

function ruleOf(t: string): Intent | undefined {
  const body = tidy((afterLeadIn(t) ?? t).replace(ADDRESSED, ''));
  return body.split(/\s+/).length >= 3 ? { kind: 'add_business_rule', rule: body } : undefined;
}

/** A lead-in naming the business description: what follows is no single fact ("Here's our business context: …"). */
const CONTEXT_LEAD = /\b(?:business\s+context|description|about\s+us|blurb|intro(?:duction)?)\b/i;

function factOf(t: string): Intent | undefined {
  // "Thank you — that all looks exactly right.": nothing to add.
  if (/^\W*(?:thank|thanks|cheers|great|perfect|lovely|brilliant|ok(?:ay)?|sorry)\b/i.test(t)) return undefined;
  const lead = afterLeadIn(t);
  if (lead !== undefined && CONTEXT_LEAD.test(t.slice(0, t.length - lead.length))) return undefined;
  const knowing = lead === undefined ? afterKnowing(t) : undefined;
  // A question is no fact ("our hours are?"), but a request put as one carries it ("Could it know that … 3pm?").
  const raw = lead ?? knowing ?? t;
  const body = tidy(knowing !== undefined && ASKED_REQUEST.test(t) ? raw.replace(/\?+\s*$/, '') : raw);
  return body.split(/\s+/).length >= 3 && !/\?\s*$/.test(body) ? { kind: 'add_business_fact', fact: sentence(body) } : undefined;
}

function contextOf(t: string): Intent | undefined {
  const body = tidy(afterLeadIn(t) ?? t);
  return body.split(/\s+/).length >= 5 ? { kind: 'set_settings', patch: { businessContext: body } } : undefined;
}

/** A verb handing the customer on: "get me or gaz", "pass them to Sue", "bot must give to me", "transfer him to…". */
const HANDING = /(?:,\s*|\s+)(?:(?:then|please|pls|just|can|could|would|will|the\s+bot|bot|it|you)\s+)*(?:(?:must|should|to|will)\s+)?(?:(?:get|pass|put|send|transfer|give|hand|forward|route|connect|refer|flag|tell|let|ring|call|message|text|notify|alert|email)\s+(?:(?:them|him|her|it|the\s+(?:customer|client|chat|conversation|call))\s+)?(?:(?:over|on|through|across|straight|directly)\s+)?(?:to\s+|with\s+)?(?:me|us|him|her|someone|somebody|one\s+of\s+(?:us|the\s+\w+|our\s+\w+)|mum|mam|mom|dad|a\s+(?:human|person|real)|the\s+(?:owner|manager|boss|team|office|practice|shop|duty)|our\s+\w+|my\s+\w+|\p{Lu}\p{L}+)\b|(?:be\s+)?(?:routed|passed|sent|handed|referred|escalated|forwarded|transferred)(?:\s+(?:on|over|straight|directly))?\s+to\s+(?:a|an|the|one|our|my|me|us|\p{Lu})|(?:go|goes|come|comes)\s+(?:straight\s+|directly\s+)?to\s+(?:a\s+(?:human|person|real)|me|us|one\s+of\s+us|the\s+(?:owner|manager|boss|team|office))|escalate\b)/u;
/** "Conditions under which the assistant should refer the customer to a member of staff:⏎1. …⏎2. …": a list under a hand-over. */
const HANDOVER_LIST = /^([^:\n]{3,200}?):\s*\n([\s\S]+)$/;
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*•—–])\s*(.+?)\s*$/;
/** Words before a hand-over that introduce the situations rather than name one: "so two things where the bot should…". */
export const LEAD_RULE = /(?:^|\s)(?:the\s+)?(?:assistant|bot)\s+(?:could|should|can|would|will|must|to)\s*$|^(?:so\s+)?(?:two|three|four|a\s+few|some|a\s+couple\s+of)\s+(?:things|situations|cases)\b|^(?:hi|hello)\b|\bI\s+(?:was\s+wondering|would\s+like|'d\s+like)\b|\bthe\s+following\b/i;
/** "escalations number one … number two …": a list said in words. */
const SAID_LIST = /^\W*(?:escalations?|hand[- ]?overs?|(?:send|pass)\s+to\s+(?:a\s+)?(?:human|person|staff|me))\b[\s:,-]*(?=number\s+one\b|1[.)]\s)/i;

/** "Send to a human:⏎- anyone reporting an injury⏎- refund requests": one rule per item of a list under a hand-over. */
export function listedHandOver(t: string): Intent | undefined {
  const listed = HANDOVER_LIST.exec(t);
  if (!listed || !(HANDING.test(` ${listed[1]!.toLowerCase()}`) || /\b(?:escalat\w*|hand[- ]?over|human|member\s+of\s+staff|(?:a|real)\s+person)\b/i.test(listed[1]!))) return undefined;
  const items = listed[2]!.split('\n').map((l) => LIST_ITEM.exec(l)?.[1]?.replace(/[.!;]+$/, '')).filter((r): r is string => r !== undefined && r.length > 1);
  return items.length >= 2 ? { kind: 'add_escalation_rules', rules: items } : undefined;
}

/** Situations after a lead-in: "… first is if X because … and second is Y", "… whenever X. Those really need…". */
function situationsAfter(rest: string): string[] {
  const text = rest.replace(/^[\s,:;-]+/, '').split(/(?<=[.!?])\s+/)[0]!;
  const parts = /\b(?:first|second|third|then|also)\b/i.test(text)
    ? text.split(/\s*(?:,\s*)?(?:and\s+)?\b(?:first|second|third|then|also)(?:\s+one)?(?:\s+is)?\s+(?:if\s+|when\s+)?/i)
    : [text.replace(/^(?:is\s+)?(?:if|when(?:ever)?)\s+/i, '')];
  return parts.map((p) => p.replace(/\s+because\b[\s\S]*$/i, '').replace(/[.!?,\s]+$/, '').trim()).filter((p) => p.split(/\s+/).length >= 2);
}

function escalationOf(t: string): Intent | undefined {
  const listed = listedHandOver(t);
  if (listed) return listed;
  // "There are certain situations in which I would much rather one of us spoke to the customer in
  // person. Namely: if …; if …; or if …": the situations after "namely".
  const namely = /\b(?:namely|as\s+follows|these\s+are)\s*:\s*([\s\S]+)$/i.exec(t);
  if (namely && /\b(?:one\s+of\s+us|in\s+person|a\s+(?:person|human)|member\s+of\s+staff|hand\s*over|escalat\w*)\b/i.test(t.slice(0, namely.index))) {
    const items = namely[1]!.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!.split(/\s*;\s*(?:(?:and|or)\s+)?|,\s*(?:and|or)\s+(?=if\b)/i)
      .map((r) => r.replace(/^(?:if|when)\s+/i, '').replace(/[.!;\s]+$/, '').trim()).filter((r) => r.split(/\s+/).length >= 2);
    if (items.length >= 2) return { kind: 'add_escalation_rules', rules: items };
  }
  const said = SAID_LIST.exec(t);
  if (said) {
    const items = t.slice(said[0].length).split(/\s*\b(?:number\s+(?:one|two|three|four|five|six)|\d[.)])\s*/i).map((r) => r.replace(/\s+(?:all|both)\s+to\s+[\s\S]*$|\s+except\b[\s\S]*$/i, '').trim()).filter((r) => r.split(/\s+/).length >= 2);
    if (items.length >= 2) return { kind: 'add_escalation_rules', rules: items };
  }
  let body = t.replace(/^(?:(?:please|pls|kindly|also|and|oh)\s+)*/i, '');
  const conditional = /^(?:if|when(?:ever)?|in\s+the\s+event\s+(?:that|of)|should|any\s+time|anytime)\s+([\s\S]+)$/i.exec(body);
  if (conditional) body = conditional[1]!;
  const hand = HANDING.exec(body);
  if (!hand) return undefined;
  // "so two things where the bot should hand over to a real person, first is if …", "I was wondering
  // whether the assistant could hand over to a person whenever …": the situations follow the hand-over.
  const before = body.slice(0, hand.index);
  if (!conditional && LEAD_RULE.test(before) && !/^\W*where\b|\b(?:if|when(?:ever)?|in\s+case)\b/i.test(before)) {
    const rules = situationsAfter(body.slice(hand.index + hand[0].length).replace(/^\s*(?:\w+\s+){0,2}?(?=(?:,|first|if|when|whenever)\b)/i, ''));
    return rules.length > 0 ? { kind: 'add_escalation_rules', rules } : undefined;
  }
  // "Can the bot hand over to a person if someone finds an injured wild bird…?": the situation follows.
  const after = hand.index < 5 ? /\b(?:if|when(?:ever)?)\s+([\s\S]+?)[?.!]*$/i.exec(body.slice(hand.index + hand[0].length)) : null;
  if (after) body = `${after[1]!}, ${hand[0].trim()}`;
  else if (hand.index < 5) return undefined;
  const at = after ? body.length - hand[0].trim().length - 2 : hand.index;
  const situation = body
    .slice(0, at)
    .replace(/^(?:a|any|the)?\s*(?:customer|client|cust|caller|guest|someone|somebody|anyone|anybody|people|they)s?\s+(?:says?|mentions?|tells?\s+(?:us|you)|reports?|writes?|asks?(?:\s+about)?)\s+(?:that\s+)?/i, '')
    .replace(/[,\s]+$/, '');
  const rule = unquote(situation);
  return rule.split(/\s+/).length >= 2 ? { kind: 'add_escalation_rules', rules: [rule] } : undefined;
}

/** The words of a tone after what asks for one: "sound a bit more warm and cheeky", "adopt a professional and courteous tone". */
const TONE_CUE = /\b(?:sound(?:s|ing)?|tone(?:[-\s]wise)?|be|is|feel|come\s+across(?:\s+as)?|adopt|write|talk|speak|keep\s+it)\b[\s,:–—-]*((?:[\p{L}&]+[,\s]*){1,6})/giu;
const TONE_FILLER = /^(?:(?:a\s+)?(?:bit|little|lot)\s+(?:more\s+)?|more\s+|very\s+|really\s+|quite\s+|an?\s+|like\s+|match\s+[^,—–-]*[,—–-]\s*|i'd\s+like\s+it\s+to\s+be\s+|to\s+be\s+)+/i;

/** Tones of several words, read whole ("down to earth", not "down"). */
const TONE_PHRASE = /\b(?:down[- ]to[- ]earth|laid[- ]back|matter[- ]of[- ]fact|no[- ]nonsense|easy[- ]?going|light[- ]hearted|to[- ]the[- ]point|straight[- ]talking)\b/i;

function toneOf(t: string): Intent | undefined {
  const phrase = TONE_PHRASE.exec(t);
  if (phrase) return { kind: 'set_settings', patch: { tone: phrase[0]!.toLowerCase() } };
  for (const m of t.matchAll(TONE_CUE)) {
    const words = m[1]!.replace(TONE_FILLER, '').split(/\s*(?:,|\s+(?:tone|not|but|like|at|when|with|for|in|to|so|and\s+not|because|as)\b|[.!?;(—–]|\s-\s)/i)[0]!.trim();
    // "Would it be possible for it to be warmer…", "The assistant's tone is rather brisk at present": not the tone asked for.
    if (/^(?:possible|able|sure|is|was|seems?|rather|too|so|a\s+little|currently|at\s+present)\b/i.test(words)) continue;
    if (words !== '' && words.split(/\s+/).length <= 5 && !/^(?:the|it|we|our|you|i|a)$/i.test(words)) return { kind: 'set_settings', patch: { tone: words } };
  }
  const dashed = /[—–-]\s*([\p{L}]+(?:\s+(?:and|&)\s+[\p{L}]+)?)\s*[.!]?$/u.exec(t);
  return dashed ? { kind: 'set_settings', patch: { tone: dashed[1]! } } : undefined;
}

function nameOf(t: string): Intent | undefined {
  const quoted = /["“'‘]([^"”'’]{1,30})["”'’]/.exec(t);
  const called = /\b(?:[Cc]all(?:ed)?|[Nn]ame(?:d)?|[Kk]nown\s+as)\s+(?:it|him|her|the\s+(?:bot|assistant)|our\s+(?:bot|assistant)|bot|assistant)?\s*(?:is\s+|as\s+|:\s*)?([A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)?)/u.exec(t);
  const name = quoted?.[1] ?? called?.[1];
  return name ? { kind: 'set_settings', patch: { branding: { agentName: unquote(name) } } } : undefined;
}

function synonymsOf(t: string): Intent | undefined {
  const quoted = [...t.matchAll(/["“]([^"”]{1,30})["”]/g)].map((m) => m[1]!.toLowerCase().trim());
  const named = /\b(?:mean(?:s|ing)?|call(?:s|ed)?\s+(?:it|them|that)|same\s+as|instead\s+of|i\.e\.?)\s+(?:an?\s+|the\s+|our\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu.exec(t);
  const words = quoted.length >= 2 ? quoted.slice(0, 2) : quoted.length === 1 && named ? [quoted[0]!, named[1]!.toLowerCase().replace(/\s+(?:same|thing|too|as|but|so|and|we|in)$/, '')] : [];
  return words.length === 2 && words[0] !== words[1] ? { kind: 'add_synonyms', words } : undefined;
}

/** A page named before "page" or "article", or after "article": "on the Kids Menu page", "In article Our Services". */
function pageNamed(t: string): string | undefined {
  const m =
    // "The article for landlords needs amending."
    /\b(?:article|page)\s+(?:for|about|on)\s+(?:the\s+|our\s+)?([^.,:\n]{2,40}?)\s+(?:needs|should|must|has\s+to)\b/i.exec(t) ??
    /\b(?:on|in|to|for|update|amend|edit|change)\s+(?:the\s+|our\s+)?(?:article|page)\s+["“]?([^:"”,.\n]{2,40}?)["”]?\s*(?::|,|\s[-–—]\s|\s+(?:please|pls|add|say|put)\b)/i.exec(t) ??
    /(?:^|\b(?:on|in|to|the|our)\s+)["“]?([\p{L}&' ]{2,40}?)["”]?\s+(?:page|article)\b/iu.exec(t) ??
    // "Can we append the following to Guest Passes: …", "Membership Options needs a refresh — …"
    /\b(?:append|add)\s+(?:the\s+following|this|these|a\s+(?:line|sentence|note))\s+(?:to|on(?:to)?)\s+(?:the\s+|our\s+)?["“]?([^:"”\n]{2,40}?)["”]?\s*:/i.exec(t) ??
    /^["“]?(\p{Lu}[\p{L}&' ]{2,40}?)["”]?\s+(?:needs|could\s+do\s+with|wants)\s+(?:a\s+|an\s+|some\s+)?(?:refresh|update|tweak|change|amendment|edit|correction|changing|updating|amending|fixing|correcting)\b/u.exec(t);
  // "Amendment to the Locomotive Servicing article": the name after the lead-in.
  const name = m?.[1]?.replace(/^.*?\b(?:to|on|in|for)\s+(?:the|our)\s+/i, '').replace(/^(?:the|our)\s+/i, '').trim();
  // "right I want a page …": the owner's words before "page", not its name.
  return name && !/^(?:a|an|new|this|that|the)$/i.test(name) && !/\b(?:i|we)\s+(?:want|need|would|'d)\b|\s(?:a|an|new)$/i.test(name) ? name : undefined;
}

function pageUpdateOf(t: string): Intent | undefined {
  const target = pageNamed(t);
  const added = /(?::\s*|\bought\s+(?:now\s+)?to\s+say\s+(?:that\s+)?|\b(?:needs|wants)\s+(?:updating|changing|amending)\s+(?:because\s+)?(?=\S+\s+\S+\s+\S)|\badd(?:ing)?\s+(?:on\s+)?(?:that\s+)?|\b(?:say|state|read|mention)(?:s|ing)?\s+(?:that\s+)?|\bon\s+the\s+end\s+that\s+|\bat\s+the\s+bottom:?\s*|\bwith\s+this:?\s*)([\s\S]{8,})$/i.exec(t);
  // "Small tweak to the Freezing Your Membership article — requests now need to be in 7 days…"
  const dashed = added ? null : /\b(?:article|page|refresh|update|tweak|changing|updating|amending|fixing|correcting)\s*(?:[-–—:]|\.\s)\s*([\s\S]{8,})$/i.exec(t);
  const content = added?.[1] ?? dashed?.[1];
  if (!target || content === undefined) return undefined;
  return { kind: 'update_article', target, patch: { content: sentence(tidy(content.replace(/^(?:a\s+(?:line|sentence|note)\s+(?:saying|that\s+says|to\s+say)\s+(?:that\s+)?)/i, ''))) }, append: true };
}

/** "no, hang on", "sorry", "scratch that", "I mean": a correction between two amounts. */
const CORRECTION = /\b(?:no|sorry|scratch\s+that|i\s+mean|hang\s+on|wait|actually|correction|make\s+that)\b/i;
const PRICE_OF = /\b(?:price|cost|charge|fee)\s+(?:of|for)\s+(?:a\s+|an\s+|the\s+|our\s+)?([\p{L}'][\p{L}' -]{1,40}?)\s+(?:in|on|at|has|have|is|are|will|goes|went|should|from|to)\b/iu;
const QUOTED_ITEM = new RegExp(String.raw`["“]([\p{L}'][\p{L}' ]{1,40}?)\s*[-–—:]\s*${PRICE}\s*["”]`, 'iu');

function priceOf(t: string): Intent | undefined {
  if (!/\b(?:now|(?:re-?)?price[ds]?|costs?|charges?|fees?|up|change[ds]?|raise[ds]?|went|going|increase[ds]?|reduce[ds]?|drop(?:ped)?|new|instead|will\s+be|amend)\b/i.test(t)) return undefined;
  const prices = [...t.matchAll(new RegExp(`(was\\s+|from\\s+)?(${PRICE})(?![\\d.,]*\\s?(?:m|k|bn|million|thousand)\\b)`, 'gi'))].filter((m) => !m[1]);
  if (prices.length === 0) return undefined;
  // The new price: the one after "to", "now", "is"… when there are several ("… £5 a day" to "£6 a day"").
  // "£9 — no, hang on, £9.50": the owner corrected themselves; the amount after the correction.
  const corrected = prices.find((m, i) => i > 0 && CORRECTION.test(t.slice(prices[i - 1]!.index! + prices[i - 1]![0].length, m.index)));
  const chosen = corrected ?? prices.find((m) => /(?:\bto|\bnow|\bis|\bare|'s|=|->|→)\s*["“]?\s*$/i.test(t.slice(Math.max(0, m.index - 12), m.index))) ?? prices[0]!;
  const price = chosen[2]!.replace(/\s/g, '');
  const before = t.slice(0, prices[0]!.index).replace(/[\s:=-]*(?:(?:is|are|be)\s+)?(?:now\s+)?(?:will\s+be|re-?priced\s+to|priced\s+at|going\s+up\s+to|goes\s+up\s+to|up\s+to|to|at|costs?|=)?\s*["“]?$/i, '').replace(/^(?:[\s\S]*?[,:]\s*)?(?:can|could|would)\s+(?:we\s+make\s+)?(?=the\s|our\s)/i, '').replace(/^(?:please\s+)?(?:be\s+advised|note)\s+that\s+/i, '');
  const target = pageNamed(t) ?? '';
  // "the price of a veil fitting in our Services & Fees article…", "still says "Shampoo and set –
  // £16"": the item is named after "price of", or beside the old amount it quotes.
  const named = PRICE_OF.exec(t)?.[1] ?? QUOTED_ITEM.exec(t)?.[1];
  if (named) return { kind: 'update_article_price', target, item: named.trim(), price };
  const item = before
    .replace(/^[\s\S]*?(?:page|article)\b[\s:,-]*/i, '')
    // "tour tickets are fifteen now, write it as": the item is what comes before its verb.
    .replace(/\s+(?:is|are|costs?|goes|went)\s[\s\S]*$/i, '')
    // "The tasting flight, the four thirds one, goes up to": the item, not what it is called besides.
    .replace(/^((?:the\s+|our\s+)?[\p{L}' -]{2,40}?),\s+(?:the|a|our)\s+[^,]{2,40},?$/iu, '$1')
    .replace(/^(?:the\s+|our\s+|up\s+the\s+|change\s+the\s+|raise\s+the\s+)/i, '')
    .replace(/\s+(?:price|cost|charge|fee)s?$/i, '')
    .split(/\s+/).slice(-5).join(' ').trim();
  return item.length > 1 && !/^(?:change|update|raise|put|make|set|up|increase|reduce|drop)$/i.test(item) ? { kind: 'update_article_price', target, item, price } : undefined;
}

/** A new page: the quoted or named title, and what follows it. */
const PAGE_TOPIC = /\b(?:article|page)\s+(?:on\s+the\s+(?:bot|site|website)\s+)?(?:(?:about|on|for)\s+(?:the\s+|our\s+)?([^,.\n]{2,40}?)(?:,\s*|\s+because\s+|\s+and\s+it\s+should\s+say\s+(?:that\s+)?|\s+(?=(?:we|i|our|it'?s)\b))|explaining\s+(?:that\s+)?)(\S[\s\S]{15,})$/i;

/** "put this in the help section⏎⏎if your laptop got wet…": content under a request naming only where it goes. */
const INTO_HELP = /^[\s\S]{0,200}?\b(?:put|add|save|stick|pop)\s+(?:this|it|that|the\s+following)\s+(?:in|on|into|to)\s+(?:the\s+|our\s+)?(?:help\s+(?:section|pages?|centre|center)|knowledge\s+base|kb|faqs?)\b[^\n]*\n\s*\n([\s\S]{20,})$/i;

function pageOf(t: string): Intent | undefined {
  const intoHelp = INTO_HELP.exec(t);
  if (intoHelp) {
    const body = intoHelp[1]!.trim();
    return { kind: 'create_article', title: capitalized(titleFrom(body, 6, true)), content: body };
  }
  const titled = /(?:entitled|headed|called|titled|named|title[:\s]|name:)\s*["“']?([^"”'\n:]{2,60}?)["”']?(?:\s*[.:,\n]|\s+(?:with|and|here|please|pls|-|explaining|saying|about))/i.exec(t) ?? /["“]([^"”\n]{2,60})["”]/.exec(t);
  // "can we have an article explaining we dont do …", "the bot needs a page about accessibility, we can …".
  const topic = titled ? null : PAGE_TOPIC.exec(t);
  if (topic) {
    const body = tidy(topic[2]!);
    return { kind: 'create_article', title: capitalized(topic[1]?.trim() ?? titleFrom(body)), content: sentence(body) };
  }
  const rest = titled ? t.slice(titled.index + titled[0].length) : t;
  const colon = /[:\n]\s*([\s\S]{20,})$/.exec(rest);
  const content = (colon?.[1] ?? (titled ? rest : '')).trim().replace(/^(?:explaining|saying)\s+(?:that\s+)?/i, '');
  if (!titled || content.length < 20) return undefined;
  return { kind: 'create_article', title: withoutCourtesy(titled[1]!.trim()), content: tidy(content) };
}

/** "take the Easter holiday club page down", "Please sunset the "Summer Shred Challenge" article". */
const TAKEN_DOWN = /\b(?:take|pull|bring)\s+(?:the\s+|our\s+)?["“]?([^"”\n]{2,50}?)["”]?\s+(?:page|article)\s+(?:down|off)\b|\b(?:sunset|retire|remove|delete|archive|kill|bin|scrap|ditch|drop|hide|unpublish|take\s+down|get\s+rid\s+of)\s+(?:the\s+|our\s+)?["“]?([^"”\n]{2,50}?)["”]?\s+(?:page|article)\b/i;

function archiveOf(t: string): Intent | undefined {
  const m = TAKEN_DOWN.exec(t);
  const target = (m?.[1] ?? m?.[2])?.trim();
  return target ? { kind: 'archive_article', target } : undefined;
}

/** The values of a `kind` request in `t`, or nothing when the text does not hold them. */
export function intentOfKind(kind: RequestKind, t: string): Intent | undefined {
  switch (kind) {
    case 'add_fact':
      return factOf(t);
    case 'add_business_rule':
      return ruleOf(t);
    case 'add_escalation_rules':
      return escalationOf(t);
    case 'set_tone':
      return toneOf(t);
    case 'set_agent_name':
      return nameOf(t);
    case 'add_synonyms':
      return synonymsOf(t);
    case 'set_context':
      return contextOf(t);
    case 'update_article':
      return pageUpdateOf(t);
    case 'update_price':
      return priceOf(t);
    case 'archive_article':
      return archiveOf(t);
    case 'create_article':
      return pageOf(t);
    case 'nothing':
      // Thanks, a question about the product, a remark: nothing to change.
      return { kind: 'unclear', hint: UNCLEAR_HINT };
    default:
      return undefined;
  }
}
