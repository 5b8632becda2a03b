/**
 * The offline configuration agent's command grammar: the documented common tasks (digest §6)
 * with reasonable variations of wording. Anything it cannot read with confidence is `unclear`,
 * which changes nothing. Polite prefixes ("please", "can you") are removed first.
 */
import type { BrandingValues, Intent, ReviewIntent } from './intents.ts';
import { parseArticleCommand, parseTextSwap } from './grammar-articles.ts';
import { parsePriceUpdate } from './prices.ts';
import { severalRequests } from './several.ts';
import { parseWebhookCommand } from './webhooks.ts';
import { analyticsMetric, synonymIntent } from './grammar-words.ts';
import { escapeForRegExp } from '../../knowledge/text.ts';
import { handOverIntro, listItemText } from '../business-rules-handovers.ts';
import { chattyListIntro } from '../chatty-list-intro.ts';
import { classifyRequest, MODEL, type RequestKind, type RequestModel } from './request-classifier.ts';
import { intentOfKind, LEAD_RULE, listedHandOver } from './request-slots.ts';
import { looseIntent, looseReport, pastedPage, reportDays, withOwnerOfIts, withSecondSetting } from './loose-reading.ts';
import { capitalized, clean, splitList, UNCLEAR_HINT, unquote, unquoteText, withoutEmoji } from './values.ts';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;


const NEXT_FIELD = String.raw`(?:[,;\n]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:set\s+)?(?:agent|assistant|bot|primary|brand|welcome|colou?r|tone)\b|;|\n`;
/** Where a name ends: the next field, or the end (before the command's full stop). */
const FIELD_STOP = String.raw`(?=\s*(?:${NEXT_FIELD}|[.]?$))`;
/** Where a welcome text ends: the next field, or the end (its own full stop kept). */
const TEXT_STOP = String.raw`(?=\s*(?:${NEXT_FIELD}|$))`;
const VALUE = String.raw`("[^"]+"|“[^”]+”|'[^']+'|.+?)`;

/** A name without what the owner says after it: '"Fern" — it suits us', "Kneady? 😂 I think it's funny". */
function nameOnly(value: string): string {
  const quoted = /^\s*["“'‘]([^"”'’\n]{1,40})["”'’]/.exec(value);
  if (quoted) return quoted[1]!.trim();
  const name = unquote(withoutEmoji(value).replace(/\s+from\s+now\s+on\b.*$/i, '').split(/[?!]|\s[—–-]\s|\.\s|,\s/)[0]!);
  // "Tyrone ha ha my wife came up with that": a capitalised name ends at the first word in lower case.
  return /^\p{Lu}/u.test(name) ? /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|and|de|di|von|van|the))*/u.exec(name)![0]!.replace(/\s+(?:&|and|de|di|von|van|the)$/i, '') : name;
}

const CORRECTION = /\b(?:no,?\s+wait|wait,?\s+no|actually|scratch that|on second thoughts?|no,?\s+no|i mean|make that)\b/gi;
const RENAMED = new RegExp(String.raw`\b(?:(?:call|name)\s+(?:it|her|him|them|the\s+(?:bot|assistant|agent))|make\s+it)\s+${VALUE}${FIELD_STOP}`, 'i');

function brandingFrom(text: string): BrandingValues {
  const b: BrandingValues = {};
  const grab = (re: RegExp, read = unquote) => {
    const m = re.exec(text);
    return m ? read(m[1]!) : undefined;
  };
  b.agentName =
    grab(new RegExp(String.raw`\b(?:agent|assistant|bot)(?:'s)?\s+name\s*(?:to|as|is|:|=|should\s+be|will\s+be)?\s*${VALUE}${FIELD_STOP}`, 'i')) ??
    grab(new RegExp(String.raw`\b(?:call|name|rename)\s+(?:the\s+|our\s+|your\s+)?(?:agent|assistant|bot|yourself)\s+(?:to\s+|as\s+)?${VALUE}${FIELD_STOP}`, 'i')) ??
    // "Name of bot please "Star"."
    grab(new RegExp(String.raw`\bname\s+(?:of|for)\s+(?:the\s+|our\s+)?(?:agent|assistant|bot)\s*(?:please\s+|pls\s+)?(?:to|as|is|:|=|should\s+be|will\s+be)?\s*${VALUE}${FIELD_STOP}`, 'i'));
  b.primaryColor = grab(new RegExp(String.raw`\b(?:primary|brand|main|theme|accent)?\s*colou?r\s*(?:to|as|is|:|=)?\s*${VALUE}${FIELD_STOP}`, 'i'));
  b.welcomeSubheading = grab(new RegExp(String.raw`\bwelcome\s+sub-?(?:heading|title|headline)\s*(?:to|as|is|:|=)?\s*${VALUE}${TEXT_STOP}`, 'i'), unquoteText);
  b.welcomeHeading = grab(new RegExp(String.raw`\bwelcome\s+(?:heading|title|headline)\s*(?:to|as|is|:|=)?\s*${VALUE}${TEXT_STOP}`, 'i'), unquoteText);
  // "Name the bot Hoppy — no, wait, Hoppy's naff — call it Barley": the name after the owner corrects themselves.
  const corrected = b.agentName ? [...text.matchAll(CORRECTION)].pop() : undefined;
  const renamed = corrected ? RENAMED.exec(text.slice(corrected.index! + corrected[0].length))?.[1] : undefined;
  if (renamed) b.agentName = renamed;
  if (b.agentName) b.agentName = nameOnly(b.agentName.replace(/\s+(?:pls|please|thanks|from now on)$/i, ''));
  // "… after a colour, and anyone unhappy …": a colour is a name or a code, not the rest of a sentence.
  if (b.primaryColor !== undefined && !/^(?:#[0-9a-f]{3,8}|rgb\([^)]*\)|[a-z]+(?:[\s-][a-z]+){0,2})$/i.test(b.primaryColor.trim())) delete b.primaryColor;
  for (const key of Object.keys(b) as (keyof BrandingValues)[]) if (!b[key]) delete b[key];
  return b;
}

const HUMAN = String.raw`(?:a\s+|an\s+|the\s+|our\s+|one\s+of\s+(?:the|our)\s+)?(?:real\s+|live\s+)?(?:[\w-]+\s+){0,2}?(?:human|person|people|staff(?:\s+member)?|member(?:\s+of\s+(?:staff|the\s+[\w-]+))?|manager|team|colleague|agent|someone|owner|director|secretary|supervisor|boss|coordinator|chair(?:man|woman|person)?|committee)s?`;
/** "escalate", "hand them to a person", "pass it on to the team", "get a human". */
const HAND_OVER = String.raw`(?:escalate(?:\s+(?:it|this|them))?(?:\s+to\s+${HUMAN})?|(?:hand|pass|transfer|put|send|route|connect|forward)\s+(?:(?:them|it|this|the\s+(?:customer|chat|conversation))\s+)?(?:over\s+|on\s+|through\s+)?(?:to|with)\s+${HUMAN}|get\s+${HUMAN}(?:\s+involved)?)`;
/** Who reports the situation, not what it is: "if anyone mentions a lawyer" is about a lawyer. */
const REPORTER = /^(?:(?:anyone|anybody|someone|somebody|(?:a|the|any)\s+(?:customer|client|caller|guest|user)|customers|clients|people|they)\s+(?:mentions?|reports?|says?|talks?\s+about|asks?\s+about|complains?\s+about|brings?\s+up|threatens?(?:\s+with)?|tells\s+us(?:\s+about)?)\s+)(?:that\s+)?/i;

/** "If anyone mentions a lawyer, hand them to a person" / "Hand it to a human when a child is hurt". */
function conditionalEscalation(t: string): Intent | undefined {
  const m =
    new RegExp(String.raw`^(?:if|when(?:ever)?|in\s+case|in\s+the\s+event\s+(?:that|of))\s+(.+?),?\s+(?:then\s+)?(?:please\s+)?(?:always\s+)?${HAND_OVER}(?:\s+(?:immediately|straight\s+away|right\s+away|at\s+once))?[.!]?$`, 'is').exec(t) ??
    new RegExp(String.raw`^(?:always\s+)?${HAND_OVER}\s+(?:if|when(?:ever)?|in\s+case)\s+(.+?)[.!]?$`, 'is').exec(t);
  if (!m) return undefined;
  // "a collision or that a person fell in the water": "or that" starts a second situation.
  const rules = m[1]!.replace(REPORTER, '').split(/\s+or\s+that\s+/i).map((r) => r.trim()).filter((r) => r.length > 1);
  return rules.length > 0 ? { kind: 'add_escalation_rules', rules } : undefined;
}

/** One rule as typed, but for lines or semicolons that separate several. */
function oneRule(text: string): string[] {
  // "Always hand to a person:⏎- anyone who …⏎- complaints about …" is one rule as typed: the
  // escalation check reads each item under the hand-over (effectiveEscalationRules).
  const [first, ...rest] = text.trim().split('\n');
  // (Bulleted as the escalation check reads bullets: "->", ">>", "•", "2.")
  if (rest.length > 0 && (handOverIntro(first!) || chattyListIntro(first!)) && rest.every((l) => l.trim() === '' || listItemText(l) !== undefined)) return [text.trim()];
  return text.split(/\s*(?:;|\n)\s*/).map((r) => unquote((listItemText(r) ?? r.replace(/^[-*•]\s*/, "")).replace(/[.!]+$/, '').trim())).filter((r) => r.length > 1);
}

/** Where a routed case goes: a person the business names ("Helen, our clinical director") or a human. */
const ROUTE_TARGET = String.raw`(${HUMAN}|(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(\s*,\s*(?:our|the)\s+[^,.]{1,40})?`;
/** "Make sure complaints about a therapist always go to a real person", "… should go to Helen". */
const ROUTED = new RegExp(
  String.raw`^(?:(?:make\s+sure|ensure)\s+(?:that\s+)?)?(.+?)\s+(?:(?:should|must|need\s+to|needs\s+to|has\s+to|have\s+to|will)\s+)?(?:always\s+)?(?:go(?:es)?|be\s+(?:passed|sent|handed|escalated|forwarded|referred)(?:\s+(?:on|over))?|(?:is|are|get|gets)\s+(?:passed|sent|handed|escalated|forwarded|referred)(?:\s+(?:on|over))?|(?:is|are)\s+(?:handled|dealt\s+with|looked\s+after|taken\s+care\s+of)\s+by)\s+(?:straight\s+|directly\s+|always\s+)?(?:to\s+)?${ROUTE_TARGET}(?:\s+(?:immediately|straight\s+away|right\s+away))?[.!]?$`,
  's',
);
/** What a routed case is about: "anything about a dog with cancer" is about a dog with cancer. */
const ROUTED_LEAD = /^(?:anything|everything|any(?:\s+(?:questions?|queries|enquiries|messages?|cases?))?|all(?:\s+(?:questions?|queries|enquiries|messages?|cases?))?)\s+(?:about|involving|to\s+do\s+with|regarding|concerning|on|where|that\s+mentions?)\s+/i;

/** Words that make the subject a kind of case: "anything about …", "complaints", "enquiries". */
const CASE_WORDS = /\b(?:anything|everything|any|all|cases?|enquir\w*|quer(?:y|ies)|questions?|requests?|complaints?|issues?|problems?|claims?|disputes?|reports?)\b/i;

function routedEscalation(t: string): Intent | undefined {
  const m = ROUTED.exec(t);
  if (!m || /\?\s*$/.test(t)) return undefined;
  // "Our deliveries go to Scotland", "Parcels are handled by Royal Mail": a place or a carrier.
  // A bare name takes cases only when the subject is a kind of case or the name has a role
  // ("Margaret, our secretary"); a person ("a real person", "the duty manager") always does.
  const person = new RegExp(`^${HUMAN}$`, 'i').test(m[2]!) || /^(?:Dr|Mr|Mrs|Ms)\b/.test(m[2]!) || m[3] !== undefined;
  if (!person && !CASE_WORDS.test(m[1]!)) return undefined;
  const rule = unquote(m[1]!.replace(ROUTED_LEAD, ''));
  return rule.length > 2 ? { kind: 'add_escalation_rules', rules: [rule] } : undefined;
}

/**
 * "I want to hear about any party bookings for more than 30 children because…", "i wanna hear abt
 * any bad reviews", "I would wish to be informed personally of any complaint regarding…": the
 * owner asks to be told of a kind of case, which is what an escalation rule is. The cases are what
 * follows, up to the first full stop, without the reason ("because…").
 */
const WANTS_TO_HEAR =
  /^(?:also,?\s+|and\s+)?(?:(?:i|we)\s+(?:(?:really\s+)?(?:want|wanna|wish)|would\s+(?:like|wish|want)|'d\s+like|'d\s+want)\s+(?:to\s+)?)?(?:hear|know|be\s+(?:told|informed|notified|made\s+aware))\s+(?:personally\s+|directly\s+|straight\s+away\s+)?(?:about|abt|of)\s+((?:any|all|every|anything|anyone|anybody)\b[^.!?]{3,200})/i;

function wantsToHear(t: string): Intent | undefined {
  const m = WANTS_TO_HEAR.exec(t);
  if (!m) return undefined;
  const rule = m[1]!
    // "any — what's it — any event bookings": a hesitation, not the case.
    .replace(/\s*[—–-]\s*(?:what'?s\s+it(?:\s+called)?|um+|erm*|er+|you\s+know)\s*[—–-]\s*(?:(?:any|all)\s+)?/gi, ' ')
    .replace(/\s*(?:,\s*)?\b(?:because|bc|cos|coz|since|as\s+(?:we|i|they|it))\b.*$/i, '')
    .replace(/^(?:any|all|every)\s+/i, '')
    .trim();
  return rule.length > 2 ? { kind: 'add_escalation_rules', rules: [rule] } : undefined;
}

function escalationIntent(t: string): Intent | undefined {
  const heard = wantsToHear(t);
  if (heard) return heard;
  const listed = listedHandOver(t);
  if (listed) return listed;
  const conditional = conditionalEscalation(t);
  if (conditional) return conditional;
  if (/\b(?:list|show|display|what are|view|see)\b.*\bescalation\s+(?:rules|triggers)\b/i.test(t) || /^escalation (?:rules|triggers)\??$/i.test(t)) {
    return { kind: 'list_escalation_rules' };
  }
  let m = /^(?:remove|delete|drop|cancel)\s+(?:the\s+)?escalation\s+(?:rule|trigger)s?\s*(?:#|number\s+|no\.?\s*)?(?:about\s+|for\s+|on\s+)?[:\-]?\s*(.+)$/i.exec(t);
  if (m) return { kind: 'remove_escalation_rule', target: unquote(m[1]!) };
  m = /^(?:stop escalating|(?:do not|don't|no longer) escalate)\s+(?:on\s+|for\s+|when\s+)?(.+)$/i.exec(t);
  if (m) return { kind: 'remove_escalation_rule', target: unquote(m[1]!) };
  m = /^set\s+(?:the\s+)?escalation\s+(?:rules|triggers)\s*(?:to|as)?\s*[:\-]?\s*(.+)$/is.exec(t);
  if (m) return { kind: 'set_escalation_rules', rules: splitList(m[1]!) };
  m = /^add\s+(?:an?\s+|the\s+|these\s+)?(?:new\s+)?escalation\s+(rules?|triggers?)\s*[:\-]?\s*(?:(?:to\s+)?escalate\s+(?:to a human\s+)?(?:when|if|for|on)?\s*)?(.+)$/is.exec(t);
  // "Add an escalation rule: their brakes, steering or a wheel failed": one rule, commas and all
  // (the rule reads its own lists); "Add escalation rules: refunds, legal threats" is a list, by
  // semicolons or lines when it has them.
  if (m) return { kind: 'add_escalation_rules', rules: /s$/i.test(m[1]!) && !/[;\n]/.test(m[2]!) ? splitList(m[2]!) : oneRule(m[2]!) };
  m = /^(?:always\s+)?escalate\s+(?:to\s+a\s+(?:human|person)\s+)?(?:when(?:ever)?|if|for|on|any|all)?\s*(.+?)(?:\s+to\s+a\s+(?:human|person))?[.!]?$/is.exec(t);
  if (m) return { kind: 'add_escalation_rules', rules: splitList(m[1]!) };
  return routedEscalation(t);
}

/** The hosted chat page and widget: on/off, and the origins allowed to embed the widget. */
function publicChatIntent(t: string): Intent | undefined {
  const what = String.raw`(?:the\s+|our\s+)?(?:public\s+chat|hosted\s+chat(?:\s+page)?|chat\s+page|(?:chat\s+)?widget)`;
  let m = new RegExp(String.raw`^(?:turn|switch)\s+(on|off)\s+${what}|^(?:turn|switch)\s+${what}\s+(on|off)\b|^(enable|disable)\s+${what}`, 'i').exec(t);
  if (m) {
    const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    return { kind: 'set_settings', patch: { publicChat: { enabled: word === 'on' || word === 'enable' } } };
  }
  if (/^(?:allow|accept)\s+(?:any|all|every)\s+(?:origins?|websites?|sites?|domains?)\b|^(?:clear|remove|reset)\s+(?:the\s+)?allowed\s+origins\b/i.test(t)) {
    return { kind: 'set_settings', patch: { publicChat: { allowedOrigins: [] } } };
  }
  m = /^(?:(?:set|change|update)\s+(?:the\s+)?allowed\s+origins\s*(?:to|as|:)?|(?:only\s+)?allow\s+(?:only\s+)?(?:the\s+)?(?:origins?|websites?|sites?|domains?)\s*:?)\s*(.+)$/i.exec(t);
  if (m) {
    const origins = m[1]!.split(/[\s,;]+|\band\b/).map((o) => o.trim()).filter(Boolean);
    return { kind: 'set_settings', patch: { publicChat: { allowedOrigins: origins } } };
  }
  return undefined;
}

/** Hours, address, phone, email or website stated plainly ("Our hours are 9 to 5"). */
const FACT_SUBJECT = String.raw`(?:our|the)\s+(?:(?:opening|business|trading|office|shop|store|usual|normal|summer|winter)\s+)?(?:hours|opening\s+times|address|location|phone(?:\s+number)?|telephone(?:\s+number)?|email(?:\s+address)?|website|contact\s+details)`;
/** A part of the business that keeps hours ("reception is open 8am to 8pm", "the site shop is closed on Mondays"). */
const OPENS = String.raw`(?:(?:our|the)\s+)?(?:[\w-]+\s+){0,2}?(?:reception|office|shop|store|cafe|café|bar|pool|gym|salon|restaurant|desk|kitchen|site|campsite|clinic|surgery|showroom|warehouse|workshop|counter|helpline|phone lines?)\s+(?:is|are)\s+(?:open|closed|staffed|manned)\b`;
/** "The phone number for the site office is …": a contact detail of a named part of the business. */
const OF_PART = String.raw`(?:\s+(?:for|of|at)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?`;
/** "The site gates are open from 7am until dusk": any part of the business, open or closed at stated times. */
const OPEN_AT = String.raw`(?:our|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:is|are)\s+(?:open|closed|locked|unlocked)\s+(?:from|on|at|every|daily|between|until|till|all|\d|weekdays|weekends|mon|tue|wed|thu|fri|sat|sun|seven|7)`;
const BUSINESS_FACT = new RegExp(String.raw`^(?:${FACT_SUBJECT}${OF_PART}(?:\s+(?:are|is)\s|['’]s\s)|${OPENS}|${OPEN_AT}|we(?:'re|’re|\s+are)\s+(?:open|closed|located|based|situated)\b|we\s+(?:open|close)\s+(?:at|from|on|every|daily)\b)`, 'i');

/**
 * A fact about the business stated plainly is added to the business context (never replacing
 * it: the admin told us one more thing). A question ("our hours are?") is not a fact.
 */
function businessFactIntent(t: string): Intent | undefined {
  if (!BUSINESS_FACT.test(t) || /\?\s*$/.test(t)) return undefined;
  const fact = unquoteText(t);
  return { kind: 'add_business_fact', fact: `${capitalized(fact)}${/[.!]$/.test(fact) ? '' : '.'}` };
}

function settingsIntent(t: string): Intent | undefined {
  const publicChat = publicChatIntent(t);
  if (publicChat) return publicChat;
  let m =
    // "For the business context, put this: …", "Use this as our business description: …"
    /^(?:for|in|as)\s+(?:the\s+|our\s+)?business\s+(?:context|description)\s*,?\s*(?:(?:please\s+)?(?:put|use|write|say|add|enter|have)\s+(?:this|the\s+following|in)?\s*)?[:\-—]\s*(.+)$/is.exec(t) ??
    /^(?:use|take|save)\s+(?:this|the\s+following)\s+(?:as|for)\s+(?:the\s+|our\s+)?business\s+(?:context|description)\s*[:\-—]\s*(.+)$/is.exec(t) ??
    /^(?:set|update|change|replace)?\s*(?:the\s+|our\s+)?business\s+(?:context|description|info(?:rmation)?)\s*(?:to|as|is|with|:|-)?\s*(?::|-(?!\s))?\s*(.+)$/is.exec(t) ??
    /^(?:set|update|change|replace)\s+(?:the\s+|our\s+)?context\s*(?:to|as|with|:|-)\s*(?::|-(?!\s))?\s*(.+)$/is.exec(t);
  // "… to the following. Hollybank is …": the words that announce the text are not part of it.
  if (m) return { kind: 'set_settings', patch: { businessContext: unquoteText(m[1]!.replace(/^(?:the\s+)?following\s*[.:—-]?\s*/i, '')) } };
  // Before "our shop is …": "the shop is open on Sundays" adds to the context, it does not replace it.
  const fact = businessFactIntent(t);
  if (fact) return fact;
  // "Our business is a bakery in Leeds." is the business context, in the admin's words; not a question.
  m = /^(?:our|the)\s+(?:business|company|shop|store)\s+(?:is|sells|makes|offers)\s+.+[^?\s]\s*$/is.exec(t);
  if (m) return { kind: 'set_settings', patch: { businessContext: unquoteText(m[0]!) } };
  m = /^(?:about (?:us|our (?:company|business))|our (?:business|company))\s*[:\-]\s*(.+)$/is.exec(t);
  if (m) return { kind: 'set_settings', patch: { businessContext: unquoteText(m[1]!) } };
  m = /^add\s+(?:a\s+|another\s+)?(?:new\s+)?business\s+rule\s*[:\-]?\s*(.+)$/is.exec(t);
  if (m) return { kind: 'add_business_rule', rule: unquoteText(m[1]!) };
  m = /^(?:set|update|change|replace)?\s*(?:the\s+|our\s+)?business\s+rules\s*(?:to|as|are|:|-)?\s*(?::|-(?!\s))?\s*(.+)$/is.exec(t);
  if (m) {
    const value = unquoteText(m[1]!);
    const esc = /^(?:always\s+)?escalate\s/i.test(value) ? escalationIntent(value) : undefined;
    return esc ?? { kind: 'set_settings', patch: { businessRules: value } };
  }
  m =
    /^(?:set|change|update|make)?\s*(?:the\s+|your\s+|our\s+|the agent's\s+)?tone(?:\s+of\s+voice)?\s*(?:to|as|should be|is|:|=)\s*(.+)$/is.exec(t) ??
    /^use\s+an?\s+(.+?)\s+tone\b/i.exec(t) ??
    // "Make the tone friendly please", "keep your tone formal"
    /^(?:make|keep)\s+(?:the\s+|your\s+|our\s+|the agent's\s+)?tone(?:\s+of\s+voice)?\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?([\w-]+(?:(?:\s*,\s*|\s+and\s+|\s+)[\w-]+){0,4}?)(?:\s*,?\s*(?:please|thanks|thank you))?[\s.!]*$/i.exec(t) ??
    /^(?:make\s+(?:the\s+)?(?:agent|assistant|bot)\s+|be\s+|you should be\s+)(?:sound\s+)?(?:more\s+)?((?:formal|friendly|casual|concise|empathetic|professional|playful|warm|brief)\b(?:(?:\s*,\s*|\s+(?:and|&)\s+)(?!(?:like|but|not|so|as|when|because|which|that|please|pls|thanks|the|a|to)\b)[\w-]+)*)/i.exec(t);
  if (m) return { kind: 'set_settings', patch: { tone: unquote(m[1]!) } };
  // Branding is one line of settings: a pasted price list that mentions "COLOUR" is not one.
  const branding = /\n/.test(t) || t.split(/\s+/).length > 30 ? {} : brandingFrom(t);
  if (Object.keys(branding).length > 0 && /\b(?:set|change|update|make|call|name|rename|use|branding|to|is|:)\b|:/i.test(t)) {
    return { kind: 'set_settings', patch: { branding } };
  }
  if (/\b(?:show|display|list|view|see|get|what(?:'s| is| are))\b.*\b(?:settings|configuration|config|setup|branding|tone|agent name|business (?:context|rules)|colou?r|welcome)\b/i.test(t)) {
    return { kind: 'show_settings' };
  }
  if (/^(?:settings|configuration|current settings)\??$/i.test(t)) return { kind: 'show_settings' };
  return undefined;
}

function reviewIntent(t: string): Intent | undefined {
  const id = UUID.exec(t);
  if (id && /\b(?:conversation|chat|transcript)\b/i.test(t)) return { kind: 'show_conversation', id: id[0]!.toLowerCase() };
  if (!/\b(?:conversations?|chats?|transcripts?|tickets?)\b/i.test(t)) return undefined;
  const filter: ReviewIntent = {};
  if (/\bescalat/i.test(t)) filter.status = 'escalated';
  else if (/\b(?:active|open|ongoing)\b/i.test(t)) filter.status = 'active';
  if (/\b(?:need(?:s|ing)? attention|problem(?:atic)?|issues)\b/i.test(t)) filter.review = 'needs_attention';
  else if (/\b(?:low[- ]?(?:scor|rat|qualit)\w*|poor(?:ly)?|bad(?:ly)?\s+(?:scored|rated)|worst)\b/i.test(t)) filter.review = 'low_score';
  else if (/\b(?:negative|bad)\s+feedback|thumbs?[- ]down|disliked|downvot\w*|unhappy\b/i.test(t)) filter.review = 'negative_feedback';
  return { kind: 'list_conversations', filter };
}

/** Report words: "performance", "stats", "how many conversations…", "escalation rate". */
const REPORT_WORDS = /\b(?:perform(?:ed|ing|ance)?|analytics|stats|statistics|metrics|kpis?|how (?:are|have|did|were) (?:we|things)|how many (?:conversations|messages|escalations|chats)|escalation rate|summary of (?:the )?(?:last|past))\b/i;

/** Whether a message asks for a report: report words, or one figure asked for as a question. */
function asksForReport(t: string): boolean {
  if (REPORT_WORDS.test(t)) return true;
  const metric = analyticsMetric(t);
  if (!metric) return false;
  const asked = /\?\s*$/.test(t) || /^(?:(?:and|so|ok)\s+)?(?:did|have|has|any|were|was|are|is|do|does|what(?:'s|\s+is|\s+was)?|how)\b/i.test(t);
  // "did people give the bot thumbs down much this month?"
  if ((metric === 'feedbackDown' || metric === 'feedbackUp') && /\bthumbs?\b/i.test(t) && asked) return true;
  // "Chats handed over to staff, last 30 days?"
  if (metric === 'escalations' && asked && /\b(?:last|past|this|today|days?|weeks?|month)\b/i.test(t)) return true;
  // "what % of chats got handed over…"; not "show…", nor an instruction ("if anyone wants to book…
  // always check how many people first").
  return /\b(?:how many|number of|count of|rate|share|percentage|average)\b/i.test(t) && !/\b(?:show|list|display)\b/i.test(t) && !/^(?:if|when(?:ever)?)\s/i.test(t);
}

/** ", title Brewery Tours", ", call it, um, Private Hire": the words that name a title, before it. */
const TITLE_LEAD = /^[\s,:;–—-]*(?:(?:with\s+)?(?:the\s+)?title[d]?(?:\s+it)?|call(?:ed)?\s+it|name[d]?\s+it|head(?:ed|ing))\b[\s,:;–—-]*(?:(?:um+|erm*|er+|uh+)\b[\s,]*)?/i;
const withoutTitleLead = (intent: Intent): Intent =>
  intent.kind === 'create_article' && TITLE_LEAD.test(intent.title) && intent.title.replace(TITLE_LEAD, '').trim().length > 1
    ? { ...intent, title: intent.title.replace(TITLE_LEAD, '').trim() }
    : intent;

/** Reads one management message. */
export function parseCommand(text: string, model: RequestModel = MODEL): Intent {
  const intent = withoutTitleLead(withOwnerOfIts(clean(text), readCommand(text, model)));
  // "if I change something does it go live straight away? Don't want to break anything!": a
  // question about this chat, not a fact about the business.
  return intent.kind === 'add_business_fact' && ABOUT_THE_TOOL.test(intent.fact) ? { kind: 'help' } : intent;
}

/** A question the owner asks about how configuring works, in the first person. */
const ABOUT_THE_TOOL = /^(?:if\s+i\s+(?:change|edit|update|add|delete|remove|save|type|put|mess\s+up|get\s+(?:it|something)\s+wrong)\b[^?]{0,40}?\b(?:does|will|would)\s+(?:it|that|this)\s+(?:go\s+live|show|appear|update|save|break|take\s+effect|change)|(?:does|will)\s+(?:it|that|this|the\s+change)\s+(?:go\s+live|show\s+up|update|save|take\s+effect)|do\s+i\s+(?:need|have)\s+to\s+(?:save|publish|press|click|refresh)|how\s+(?:do|can)\s+i\s+(?:undo|save|publish|see|check|preview))[^?]*\?/i;

/**
 * "Checked the Prices article. All correct. Leave as is.", "I have the website open and will send
 * things through shortly": the owner says there is nothing to change, or that a request is yet to come.
 */
const NO_CHANGE = /\b(?:leave\s+(?:it\s+|them\s+|that\s+|this\s+)?as\s+(?:it\s+is|is)|no\s+changes?\s+(?:needed|required|necessary)|will\s+send\s+(?:things|it|them|stuff|everything|the\s+\w+)\s+(?:through|over|across)\s+(?:shortly|soon|later|in\s+a\s+(?:bit|minute|moment|while)|tomorrow))\b/i;

/**
 * "In Dogs in the Taproom, add: …", "The article 'Ordering your gown' requires correction: …",
 * "the 'what to bring' pg needs a line: …": a named page, then what to add to it after a colon.
 */
const QUOTED_PAGE = String.raw`["“'‘]([^"”'’\n]{2,50})["”'’]`;
const NEEDS_ADDING = String.raw`\s+(?:requires|needs|could\s+do\s+with)\s+(?:a\s+|an\s+)?(?:correction|update|updating|changing|amending|new\s+line|line|addition)\s*:\s*([\s\S]{4,})$`;
const PAGE_ADDITION = [
  // "Can we append the following to Guest Passes: "…""
  /^(?:(?:can|could)\s+(?:we|you)\s+)?(?:please\s+)?(?:append|add)\s+(?:the\s+following|this|these|a\s+(?:line|sentence|note))\s+(?:to|on(?:to)?)\s+(?!(?:the\s+|our\s+)?(?:knowledge\s*base|kb|bot|assistant|faqs?|help\s+cent(?:re|er)|website|site|system|memory|notes?|info|information|business|description|context)\b)(?:the\s+|our\s+)?["“]?([^:"”\n]{2,40}?)["”]?(?:\s+(?:article|page|pg))?\s*:\s*([\s\S]{4,})$/i,
  /^(?:in|on)\s+(?:the\s+)?(?:article\s+|page\s+)?["“'‘]?([^,:"”'’\n]{2,50}?)["”'’]?(?:\s+(?:article|page|pg))?\s*,\s*(?:please\s+)?(?:add|append|include|put\s+in)\s*:\s*([\s\S]{4,})$/i,
  new RegExp(String.raw`^(?:the\s+)?(?:article|page|pg)\s+${QUOTED_PAGE}${NEEDS_ADDING}`, 'i'),
  new RegExp(String.raw`^(?:the\s+)?${QUOTED_PAGE}\s+(?:article|page|pg)${NEEDS_ADDING}`, 'i'),
];
function pageAddition(t: string): Intent | undefined {
  for (const form of PAGE_ADDITION) {
    const m = form.exec(t);
    if (m) return { kind: 'update_article', target: m[1]!.trim(), patch: { content: m[2]!.trim().replace(/^["“](.*)["”]$/s, '$1') }, append: true };
  }
  return undefined;
}

function readCommand(text: string, model: RequestModel): Intent {
  const t = clean(text);
  if (t === '' || /^(?:help|\?|what can you do|what do you do|commands|how does this work|what can i ask)\??$/i.test(t)) return { kind: 'help' };
  if (NO_CHANGE.test(t) && t.length < 200 && !/[:£$€]/.test(t)) return { kind: 'unclear', hint: 'Nothing to change, then.' };
  const addition = pageAddition(t);
  if (addition) return addition;
  const article = parsePriceUpdate(t) ?? parseTextSwap(t) ?? parseArticleCommand(t) ?? pastedPage(t);
  if (article) return reconsidered(t, titled(t, article), model);
  const webhook = parseWebhookCommand(t);
  if (webhook) return webhook;
  if (asksForReport(t)) {
    const metric = analyticsMetric(t);
    return { kind: 'analytics', days: reportDays(t), ...(metric ? { metric } : {}) };
  }
  const words = synonymIntent(t);
  if (words) return words;
  // A request to list conversations opens with the listing ("show me…", "which chats…"); a
  // message that only mentions "the chat" is read for what else it asks first.
  const listing = /^(?:show|list|display|see|view|find|get|give\s+me|pull\s+up|which|what|any|are\s+there|open)\b/i.test(t);
  const intent =
    escalationIntent(t) ??
    settingsIntent(t) ??
    looseReport(t) ??
    (listing ? reviewIntent(t) : undefined) ??
    looseIntent(t) ??
    // "No prices … over chat": the conversation list only when it is what is named.
    (/\b(?:conversations|chats|transcripts|tickets)\b/i.test(t) || UUID.test(t) ? reviewIntent(t) : undefined) ?? {
      kind: 'unclear',
      hint: UNCLEAR_HINT,
    };
  return reconsidered(t, quotedContext(t, titled(t, withoutRemarks(withSecondSetting(t, intent), t))), model);
}

/** A title given in quotes after what names it: "headed "X"", "Call it "Allergens"", "New article pls - "Wedding Flowers"". */
const QUOTED_TITLE = /\b(?:headed|entitled|titled|called|call\s+it|title|named|article|page)\b(?:[\s:,–—-]|\b(?:pls|please|called|titled|named|it|is|as)\b){0,6}["“]([^"”\n]{2,60})["”]/i;
/** A title that is the rest of the request, not a page's name: "From our site as a help article", "Copy/paste from the website". */
const REQUEST_TITLE = /^(?:from|as|for|copy|copied|paste|pasted|this|here|the\s+following)\b.*\b(?:article|page|site|website|copy|paste)\b/i;

/**
 * A title that still holds the request naming it: "aftercare sheet, make it an article called
 * Aftercare", "Class menu, please save as "Class Menu"", "Heading for this one: Making Tax Digital".
 */
const NAMING_TAIL = /\b(?:called|titled|named|call\s+it|save\s+(?:it\s+)?as|^above\s+as(?:\s+(?:our|the|a|an))?)\s+["“'‘]?([^"”'’\n]{2,60}?)["”'’]?\s*$/i;
const NAMING_LEAD = /^(?:heading|title)(?:\s+for\s+this\s+(?:one|page|article))?\s*[:\-–—]\s*/i;

/** A new page's title, without the request that named it or where the page goes. */
function titled(t: string, given: Intent): Intent {
  if (given.kind !== 'create_article') return given;
  const bare = withoutEmoji(NAMING_TAIL.exec(given.title)?.[1] ?? given.title.replace(NAMING_LEAD, '')).trim();
  // "New page for the help section please:⏎⏎EXAM PREPARATION COURSES⏎…", "title as below.⏎⏎Host Family
  // Accommodation⏎…": where the page goes, or a pointer, is no name; its short first line is.
  const first = /^([^\n.!?:]{2,60})\n+\s*(\S[\s\S]*)$/.exec(given.content.replace(/^(?:title\s+)?as\s+below[.:]?\s*/i, ''));
  if (PLACE_TITLE.test(bare) && first && first[1]!.trim().split(/\s+/).length <= 8) return titleAsGiven(t, { ...given, title: first[1]!.trim(), content: first[2]!.trim() });
  const read = bare.length > 1 ? { ...given, title: bare } : given;
  return titleAsGiven(t, read);
}

/** Titles that say where a page goes or point elsewhere, not what it is called. */
const PLACE_TITLE = /^(?:the\s+)?(?:help\s+(?:section|centre|center)|new\s+(?:page|article)|(?:title\s+)?as\s+below|see\s+below|below)$/i;

/**
 * A new page's title as the owner gave it: quoted after what names it (the whole quoted title,
 * not its first words), or the short first line of a page pasted after a lead-in that named only
 * the request ("Please add this page from our site as a help article:⏎⏎HOW TO BOOK⏎…").
 */
function titleAsGiven(t: string, read: Intent): Intent {
  if (read.kind !== 'create_article') return read;
  const quoted = QUOTED_TITLE.exec(t);
  if (quoted && quoted.index < t.length / 2) {
    const title = quoted[1]!.trim();
    const content = read.content
      .replace(new RegExp(`^["“]?${escapeForRegExp(title)}["”]?[.:!\\s-]*`, 'i'), '')
      .replace(/^here(?:'|’)?s\s+(?:the\s+)?(?:info|text|content|details|what[^:\n]*)\s*:\s*/i, '')
      .trim();
    return { ...read, title, content: content.length > 0 ? content : read.content };
  }
  const lines = read.content.split('\n').map((l) => l.trim()).filter(Boolean);
  if (REQUEST_TITLE.test(read.title) && lines.length >= 2 && lines[0]!.split(/\s+/).length <= 8 && !/[.!?:]$/.test(lines[0]!)) {
    return { ...read, title: lines[0]!.replace(/^#+\s*/, ''), content: read.content.slice(read.content.indexOf(lines[1]!)).trim() };
  }
  return read;
}

/**
 * "would you be able to swap the "about us" for this shorter version please? "Ripples is a
 * family-run…" Thank you": a description quoted whole is the description, not the words after its
 * last full stop.
 */
function quotedContext(t: string, read: Intent): Intent {
  if (read.kind !== 'set_settings' || read.patch.businessContext === undefined) return read;
  const quoted = [...t.matchAll(/["“]([^"”]{40,})["”]/g)].map((m) => m[1]!.trim()).sort((a, b) => b.length - a.length)[0];
  return quoted ? { ...read, patch: { ...read.patch, businessContext: quoted } } : read;
}

/** The kind of request a reading is, in the owner-message sets' terms (request-classifier.ts). */
function kindOf(read: Intent): RequestKind | undefined {
  switch (read.kind) {
    case 'set_settings':
      // Several settings in one message ("call it Sooty and keep the tone friendly") are no one kind.
      if ([...Object.keys(read.patch).filter((key) => key !== 'branding'), ...Object.keys(read.patch.branding ?? {})].length > 1) return undefined;
      return read.patch.businessContext !== undefined ? 'set_context' : read.patch.tone !== undefined ? 'set_tone' : read.patch.branding?.agentName !== undefined ? 'set_agent_name' : read.patch.businessRules !== undefined ? 'add_business_rule' : undefined;
    case 'add_business_fact':
      return 'add_fact';
    case 'update_article_price':
      return 'update_price';
    case 'create_article':
    case 'update_article':
    case 'archive_article':
    case 'add_escalation_rules':
    case 'add_synonyms':
    case 'add_business_rule':
    case 'analytics':
      return read.kind;
    default:
      // Quoted passages swapped ("replace "…" with "…""), lists, reviews, webhooks: exact forms it never replaces.
      return undefined;
  }
}

/** A request in the README's own command form ("Add an escalation rule: …", "Set the tone to …"): read as written. */
const EXPLICIT_COMMAND =
  /^(?:add|set|create|delete|remove|update|change)\s+(?:an?\s+|the\s+|these\s+|this\s+)?(?:new\s+)?(?:escalation\s+(?:rules?|triggers?)|business\s+(?:rules?|context)|knowledge\s+article|article|synonyms?|tone|agent\s+name)\b/i;

/**
 * The fitted layer's second opinion (request-classifier.ts): a message the grammar could not
 * read, read only as a plain fact, or read as another kind than the one the layer is very sure
 * of, is read as the layer's kind when that kind's values are in the text ("Rule for the bot pls:
 * never guarantee…", "If customer say we made damage on the car, bot must give to me"), unless
 * the message is in the README's command form. Every other reading stands.
 */
function reconsidered(t: string, read: Intent, model: RequestModel): Intent {
  const readKind = kindOf(read);
  if (read.kind !== 'unclear' && readKind === undefined) return read;
  if (read.kind !== 'unclear' && EXPLICIT_COMMAND.test(t)) return read;
  const { kind, p } = classifyRequest(t, model);
  // A plain fact or description is what the grammar reads when nothing else fits: the layer may say
  // so of a message the grammar could not read, never of one it read as something more specific.
  if (kind === readKind || ((kind === 'add_fact' || kind === 'set_context') && read.kind !== 'unclear') || (kind === 'nothing' && read.kind === 'unclear')) return read;
  const needed = read.kind === 'unclear' ? model.unclearThreshold : read.kind === 'add_business_fact' ? model.threshold : model.otherThreshold;
  if (p < needed) return read;
  const other = intentOfKind(kind, t);
  return other ? withoutRemarks(other, t) : read;
}

/**
 * The message's requests: usually one; several when it lists or joins changes that each read on
 * their own ("Two things:⏎1. … 2. …", "… called Bramble please. Also it must never…"; several.ts).
 */
export function parseCommands(text: string): Intent[] {
  const whole = parseCommand(text);
  // "Set the business context: … Also: bird nest removal, …": the README's command takes the rest
  // of the message as the context, whatever it says.
  if (whole.kind === 'set_settings' && whole.patch.businessContext !== undefined && CONTEXT_COMMAND.test(text)) return [whole];
  if (whole.kind === 'unclear' || whole.kind === 'create_article' || whole.kind === 'set_settings' || whole.kind === 'add_business_fact' || whole.kind === 'add_business_rule' || whole.kind === 'add_escalation_rules') {
    const several = severalRequests(text.trim(), (part) => parseCommand(part));
    if (several) return several;
  }
  return [whole];
}

const CONTEXT_COMMAND = /^\s*(?:please\s+)?(?:set|replace|update|change|make)\s+(?:the\s+|our\s+|my\s+)?business\s+(?:context|description)\s*(?:to\b|as\b|:)/i;

/** "… getting really hot - fire risk": a remark after a rule is why, not part of the situation. */
function withoutRemarks(intent: Intent, t = ''): Intent {
  if (intent.kind !== 'add_escalation_rules') return intent;
  // "I was wondering whether the assistant could hand over … whenever …": a lead-in read as the situation.
  // "… or the hard shoulder the bot needs to": who acts is no part of the situation.
  intent = { ...intent, rules: intent.rules.map((r) => r.replace(/[,\s]+(?:then\s+)?(?:the\s+)?(?:bot|assistant)\s+(?:needs\s+to|should|must|has\s+to|will|to)$/i, '')) };
  if (intent.rules.some((r) => LEAD_RULE.test(r))) {
    const slots = intentOfKind('add_escalation_rules', t);
    if (slots?.kind === 'add_escalation_rules' && !slots.rules.some((r) => LEAD_RULE.test(r))) intent = slots;
  }
  // "… get one of us onto it straight away. Same for bulk orders from restaurants.": one more situation.
  const same = /(?:^|[.!]\s+)(?:and\s+)?(?:the\s+)?same\s+(?:goes\s+)?for\s+([^.!?\n]{3,80})/i.exec(t)?.[1]?.trim();
  if (same && !intent.rules.some((r) => r.includes(same))) intent = { ...intent, rules: [...intent.rules, same] };
  const rules = intent.rules.map((r) => r.replace(/\s*[-–—,]\s*(?:(?:a\s+)?(?:fire|safety|health)\s+(?:risk|hazard|issue)|(?:very\s+)?(?:urgent|serious|important|dangerous))\s*[.!]*\s*$/i, '').trim());
  return { kind: 'add_escalation_rules', rules: rules.filter((r) => r.length > 1) };
}
