/**
 * Extractive answering: from the retrieved articles and the business context, pick the few
 * sentences that answer the question, never whole articles and never sentences that merely
 * share a word. A sentence qualifies when it covers enough of the question's topic words.
 *
 * Word weights are fixed by the question and the sources given, never by corpus statistics, so
 * adding unrelated content cannot flip an answer (issue 13). A filler noun ("rules", "options")
 * weighs little; a topic word found in no source weighs more than one found, so a question
 * about something the sources never mention ("Do you sell tea?") stays unanswered. A Markdown
 * heading and a list's intro ("Prices:") are context for the lines under them; an intro that
 * answers brings its list along, and a sentence that continues into the next ("It", "This")
 * brings that one.
 */
import { sourceBlocks, type SourceLine } from './source-blocks.ts';
import { kindsOf, synonymsOf, type SynonymTable } from './synonyms.ts';
import { ageBands, customerAge, holdsAge } from './age-bands.ts';
import { AREA_KIND, askedTypes, heldTypes, LIST_KIND } from './answer-types.ts';
import { GATE_THRESHOLD, gateProbability } from './answer-gate.ts';
import { unlistedCombination, unlistedMake, unlistedVariant } from './unlisted.ts';
import { calendarRangeTerms, dayPartTerms, isStopWord, spelledOut, stem, terms, words as plainWords } from './text.ts';

export interface AnswerSource {
  id: string;
  title: string;
  text: string;
}

export interface ExtractedSentence {
  text: string;
  sourceId: string;
  score: number;
}

export interface ExtractOptions {
  /** Minimum share of the question's topic weight a sentence must cover. */
  minCoverage?: number;
  maxSentences?: number;
  /** The organization's own synonyms, on top of the built-in table. */
  synonyms?: SynonymTable;
  /**
   * The business's name ("Fenwick Car & Van Hire"): what every question is about, so its words
   * name no topic ("Can I hire a car seat?" at a car-hire firm asks about the seat).
   */
  businessName?: string;
  /** Let the answer gate (answer-gate.ts) admit a question no line clears the floor for; default on. */
  gate?: boolean;
  /**
   * The customer's age from the story around the question, when the question itself gives none
   * ("My sister's bringing her 3 year old" before "is he allowed in the tub?").
   */
  customerAge?: number;
}

export interface Candidate extends SourceLine {
  sourceId: string;
  sourceIndex: number;
  terms: Set<string>;
  contextTerms: Set<string>;
  /** A short heading's words, the topic of the lines under it (none under a long heading). */
  sectionTerms: Set<string>;
  /** An item's list intro's words, or a table row's header's (none for other lines). */
  introTerms: Set<string>;
}

const SYNONYM_WEIGHT = 0.7;
/** A title, heading or list-intro word counts for a line under it, less than the line's own. */
const CONTEXT_WEIGHT = 0.8;
/** A line whose age band leaves out the customer's stated age counts this much of its words. */
const AGE_MISFIT = 0.5;
/** Sentences scoring below this share of the best one are not part of the answer. */
const RELATIVE_FLOOR = 0.65;
/**
 * Table rows and list items are short, and the row asked about often ties with its neighbours
 * ("the auto one" among the cars): when the best line is one, this many more lines may follow.
 */
const MORE_ROWS = 3;
/** Lines of the best line's article down to this share of its score follow the answer. */
const ADDED_FLOOR = 0.5;
/** The same for lines of other sources than the best line's. */
const OTHER_SOURCE_FLOOR = 0.8;
/** A topic word no source mentions: likely what the question is about, so it weighs more. */
const ABSENT_WEIGHT = 1.25;
/** Words that name no topic of their own in a question ("what are the rules for returns"). */
const FILLERS = new Set(
  terms(
    'rule rules option options detail details procedure procedures process information info way ways thing things ' +
    'kind kinds type types step steps policy policies something anything everything somewhere anywhere someone anyone ' +
    'somebody anybody situation case deal arrangement ' +
    'requirement requirements condition conditions guideline guidelines happen happens format formats sort sorts method methods ' +
    'afterwards afterward beforehand ' +
    // "Do you *accept* Apple Pay?": the sources write "we take card, cash and Apple Pay".
    'accept accepted accepting ' +
    // "I *use* a wheelchair", "can I *use* my voucher": the thing used is the topic.
    'use uses used using',
  ),
);
const FILLER_WEIGHT = 0.2;
/** "…, I dont want to be lost in a big group", "… because we're nervous": why the customer asks. */
// (Not "Hi, I'd like to book a private workshop": a want said outright is the request itself.)
const WHY_CLAUSE = /(?:[,.;!?]|\s[-–—])\s*(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:(?:really|just|a\s+bit|quite)\s+)?(?:(?:don'?t|dont|do\s+not|wouldn'?t|would\s+not)\s+(?:want|wanna|like)|(?:would|'d)\s+hate|worried|scared|nervous|anxious|terrified)\b|(?:because|cos|coz)\s+(?:i|we|my|our)\b)[^,.;?!]*/gi;
/** True for a word that names no topic of its own in a question ("rules", "options"). */
export const isFiller = (term: string): boolean => FILLERS.has(term);
/**
 * A thing the customer owns ("my *table*", "our *sideboard*") that no source names: the help
 * centre speaks of it generically ("items", "furniture"), so it says little about the topic.
 */
const OWNED_WEIGHT = 0.4;
/**
 * The action a yes/no question asks about ("Can I *pick up*…", "Do you *recycle*…"): when no
 * source has it, the sources do not describe it, whatever nouns they share with the question.
 */
const ACTION = /\b(?:can|could|may|do|does|will|would)\s+(?:i|we|you|they|(?:any|all|some|one) of (?:your|the|our) [a-z]+)\s+(?:(?:also|still|just|even|actually|really)\s+)?([a-z]+)/i;
/**
 * What a yes/no question says of its subject ("Are the private offices *soundproof*?", "Is the
 * pool *heated*?"): like the action, when no source has it the sources do not say so.
 */
const PREDICATE = /(?:^|[.!?]\s+)(?:is|are)\s+(?!there\b)(?:[a-z'-]+\s+){1,4}?([a-z-]+)\s*\?/i;
/** Predicates any line may answer in its own words ("Is a photocard licence *fine*?"). */
const GENERIC_PREDICATES = new Set(
  ('fine ok okay alright acceptable allowed permitted possible available necessary required needed enough suitable included ' +
    'right correct valid ready good better best worth open closed busy true real normal usual extra inside outside indoors outdoors upstairs downstairs here there').split(' '),
);
const ABSENT_ACTION_WEIGHT = 2.5;
/** Verbs of getting somewhere, asked about an area served ("Do you come out to…", "go as far as"). */
const TRAVEL_VERBS = new Set(terms('come go travel drive get'));
/** Actions that ask whether something is offered at all ("Do you *sell*…", "Do you *have*…"). */
const AVAILABILITY = new Set(
  terms('sell stock offer have carry make provide hire rent board serve supply run do take accept teach open ship deliver fit service repair install'),
);
/** "Do you have a loyalty card?" ("have" is a function word, so no action): not "do you have to…". */
const HAVE_OFFER = /\b(?:do|does)\s+(?:you|they)\s+(?:also\s+|still\s+)?have\s+(?!to\b)/i;
/** True for a verb asking whether something is offered at all ("offer", "sell", "do"). */
export const isAvailabilityVerb = (term: string): boolean => AVAILABILITY.has(term);
/** "Is there a sauna?", "Are there lockers?", "Have you got a café?": whether something exists. */
const EXISTS = /^\W*(?:is|are)\s+there\b|^\W*(?:have|has)\s+(?:you|they)\s+got\b/i;
/** What an offer or existence question names: the words after "is there", "do you sell"… up to a clause or preposition. */
const OFFER_OBJECT = /^\W*(?:(?:is|are)\s+there|(?:have|has)\s+(?:you|they)\s+got|.*?\b(?:can|could|may|do|does|will|would)\s+(?:i|we|you|they)\s+(?:also\s+|still\s+|just\s+)?[a-z]+)\s+(.*)$/i;
const OBJECT_END = new Set(
  'for if when whenever while at in on to near during before after because so and or but with without by per than that which who where please'.split(' '),
);
function offerObject(question: string): string {
  const rest = OFFER_OBJECT.exec(question)?.[1] ?? '';
  const words = rest.split(/\s+/);
  const end = words.findIndex((w) => OBJECT_END.has(w.toLowerCase()));
  // "normally", "currently", "available", "nearby" say how or where, not what.
  return (end < 0 ? words : words.slice(0, end)).filter((w) => !/ly$/i.test(w) && !OBJECT_QUALIFIERS.has(w.toLowerCase())).join(' ');
}
/**
 * What a price question prices, by its last word: "how much do you charge to replace a clutch" →
 * "clutch"; empty when the clause ends in a function word ("how much to swap it out").
 */
function pricedThing(question: string): string {
  const clause = /\bhow much (?:is|are|does|do|would|will|to|for)\b([^,.?!;]*)/.exec(question)?.[1] ?? '';
  const last = clause.split(/\s+(?:if|when|because|as|so|since|while|after|before|on|at|in|for|with|per|each|a (?:day|week|month|year|night|hour))\b/)[0]!.trim().split(/\s+/).pop() ?? '';
  return isStopWord(last) ? '' : last;
}

/** The admissible line covering most of the question, the one the answer would open with. */
const bestLine = (lines: readonly LineScore[]) =>
  lines.filter((l) => l.admissible).reduce<LineScore | undefined>((best, l) => (!best || l.coverage > best.coverage || (l.coverage === best.coverage && l.score > best.score) ? l : best), undefined);

/** An owned phrase up to its first function word: in "my tickets in instalments" the tickets are owned. */
function ownedWords(phrase: string): string {
  const kept: string[] = [];
  for (const w of phrase.split(/\s+/)) {
    if (isStopWord(w.toLowerCase())) break;
    kept.push(w);
  }
  return kept.join(' ');
}
/** "Can you service my suspension fork", "could you look at our boiler": the customer's own thing worked on. */
const WORK_ON_MINE = /^\W*(?:can|could|will|would|do)\s+(?:you|u)\s+(?:also\s+)?(?:[a-z]+)(?:\s+(?:at|on|to|up|out))?\s+(?:my|our)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s*(?:[?,.!]|$)/i;
const CAN_I = /^\W*(?:can|could|may)\s+(?:i|we)\b/i;
/** Verbs a customer asks permission for with "Can I…?", and the words of a line that permit it. */
const PERMISSION_VERBS = new Set(terms('bring take'));
/**
 * "Is the tasting bar step-free?", "Are your rooms accessible?": a property asked of a thing (its last
 * word before the question mark), not a time or place it is asked at ("Is it open on Sundays?").
 */
const PROPERTY_ASKED = /^\W*(?:is|are)\s+(?:the|your|it|they|this|that)\b(?:\s+[\w'-]+){0,3}?\s+(?<!\b(?:on|in|at|for|to|with|by|from|near|about|of|open|closed|until|till|after|before)\s)([a-z][\w-]*)\s*\?/i;
/** "bring my cocker spaniel in": what the customer brings (words as `words` reads them). */
/** "Are bait boats allowed …?", "Is vaping permitted?": the thing whose leave is asked. */
const ALLOWED_THING = /(?:^|[.!?]\s+)(?:are|is)\s+((?:[a-z0-9-]+\s+){0,2}?[a-z-]+)\s+(?:allowed|permitted|banned|welcome)\b/i;
const BROUGHT = /\b(?:bring|take)\s+(?:my|our|his|her|their)\s+((?:[a-z0-9-]+\s+){0,2}?[a-z-]+?)(?=\s+(?:in|into|inside|along|with|to|on|for|round|over|too|as|if|and|or)\b|\s*[?.,!;]|\s*$)/i;
const PERMISSION_WORDS = terms('welcome allowed permitted');
// "In" a bare noun is a way ("in instalments", "in cash"); "in the shop" is a place.
const MANNER = /\b(?:(?:by|with|via|using|through)\s+|in\s+(?!(?:the|a|an|my|your|our|their|his|her|its|this|that|these|those)\b))((?:[\p{L}-]+\s*){1,3})$/iu;
const OBJECT_QUALIFIERS = new Set('available nearby here there today now anymore still also too any some downstairs upstairs onsite locally'.split(' '));
const OWNED = /\b(?:my|our)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
/** A line holding the kind of answer asked for (see answer-types.ts) ranks as if it had this much more. */
const TYPE_WEIGHT = 1;
/** Kinds of answer that are facts about the business itself, whatever the question calls it. */
const IDENTITY_TYPES = ['#address', '#phone', '#email'];
/** The business's own address or number asked for outright ("what's your postcode?", "your phone number?"). */
const ASKS_IDENTITY = /\bwhat(?:'?s| is| are) (?:your|the) (?:\w+ )?(?:address|post ?code|zip ?code|phone number|telephone number|e-?mail(?: address)?)\b|\byour (?:address|post ?code|zip ?code|phone number)\s*\?/i;
const PERSON = '#person';
/** Kinds of answer that are a value: a line without one does not answer a question asking for it. */
export const VALUE_TYPES: ReadonlySet<string> = new Set(['#money', '#duration', '#time', '#distance', '#size', '#age', '#speed', '#frequency', '#weekday', '#phone', '#email', '#person', '#when', '#due', '#area', '#count']);
/**
 * Words that carry a topic when a source has them but, missing from every source, are only the
 * question's phrasing ("can I *put* my deliveries on hold", "for *two* months").
 */
const PHRASING = new Set(
  terms(
    'put get go going make use give come bring leave along every see look find try work want like mean sure exactly actually really run extra additional inside outside indoors outdoors ' +
    'end start begin know enough ever still next new old another else sit best complete completely total totally absolute absolutely ' +
    'now currently today tonight recently lately crazy super pretty quite bit literally honestly basically tbh lol themselves ourselves yourselves ' +
    'guys folks mate gonna wanna gotta kinda roughly reckon wondering sometimes mostly usually generally lot lots ' +
    'ago nearly almost probably maybe perhaps chance thought think guess hoping hope far tomorrow yesterday altogether overall ' +
    'nice lovely gorgeous fab decent bigger larger smaller pair ' +
    'already whole entire rough closest nearest quickest fastest easiest instead ' +
    'might yet even couple later alright right oops because cos point matter talk plus odd horrible awful terrible dreadful allow allowed away wear count mess problem never place watch around ' +
    'near ' +
    'one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand',
  ),
);
/**
 * How strongly or when the customer says it ("leaning forward *quite* badly *now*", "*really* cold",
 * "*nothing fancy*"): never the topic, even where a source happens to use the word.
 */
const INTENSIFIERS = new Set(terms('quite pretty really literally honestly basically tbh lol super crazy now currently lately recently nothing fancy'));
/**
 * Who something is for ("a buttonhole for the *groom*", "my *husband* will collect"): named nowhere,
 * the customer's people say as little about the topic as the customer's things.
 */
const PEOPLE = new Set(
  terms(
    'groom bride bridesmaid husband wife partner fiance fiancee son daughter child children kid kids mum mom mother dad father ' +
      'parent parents friend friends boss colleague colleagues nan nanna granny grandma grandad grandpa grandparents sister brother ' +
      'niece nephew aunt uncle cousin baby toddler teenager neighbour neighbor family',
  ),
);
/** Words ending in "ly" that name something ("weekly", "family", "assembly"). */
const NOT_ADVERBS = new Set(
  ('daily weekly fortnightly monthly yearly hourly nightly quarterly family early july italy supply apply reply assembly jelly belly rally ' +
    'bully lily holly ally only friendly elderly lovely lonely ugly silly poorly curly woolly chilly oily anomaly monopoly').split(' '),
);
const NUMBER_WORDS = new Set(terms('one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand'));
/** Endings that make a word into the one for who or what does it ("teach"/"teacher", "yard"/"yarder"). */
const AGENT_ENDINGS = ['er', 'or', 'r'];
/** Letters a question word and a source word must open with alike to count as one derivation. */
const DERIVATION_PREFIX = 6;
/** Items a list intro brings with it. */
export const MAX_LIST_ITEMS = 8;
/** A sentence opening like this continues the one before. */
// ("FRIDAY - Friday Night Magic (draft). 7pm, £15 including 3 packs.": a sentence opening with a
// time or a price goes on with what the one before names.)
const CONTINUES = /^(?:(?:it|its|this|that|these|those|they|them|the (?:fee|price|cost|charge|credit|refund|value)|however|but|otherwise|then|so|which)\b|[£$€]\s?\d|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b)/i;

/**
 * The sentences of `sources` that answer `question`, best source first; empty when none does.
 * @example extractAnswer('How long does shipping take?', [{ id, title, text }])
 */
export function extractAnswer(question: string, sources: AnswerSource[], options: ExtractOptions = {}): ExtractedSentence[] {
  const analysis = analyseQuestion(question, sources, options);
  if (!analysis || analysis.unnamedOffer) return [];
  const picked = selectLines(question, analysis, options);
  if (picked.length > 0 || options.gate === false) return picked;
  // No line clears the coverage floor: the gate, fitted on the dev splits, decides whether the
  // question is answerable all the same, and if so the best admissible lines answer it.
  if (gateProbability(gateFeatures(analysis)) < GATE_THRESHOLD) return [];
  return selectLines(question, analysis, { ...options, minCoverage: 0 });
}

/**
 * True when `question` asks whether something is offered, or what it costs, and names it with a
 * word no source has ("Do you have a loyalty card?"): the sources cannot answer it.
 */
export function asksForUnnamed(question: string, sources: AnswerSource[], options: ExtractOptions = {}): boolean {
  return analyseQuestion(question, sources, options)?.unnamedOffer === true;
}

/** One source line scored against a question, with what its eligibility turned on. */
export interface LineScore {
  c: Candidate;
  coverage: number;
  score: number;
  own: number;
  topical: number;
  /** Asked words (or synonyms) the line itself holds, not counting the kind of answer. */
  words: number;
  /** The line passes every test but the coverage floor. */
  admissible: boolean;
}

/** Everything the extractor worked out about a question, before it picks lines. */
export interface QuestionAnalysis {
  candidates: Candidate[];
  scored: LineScore[];
  /** Topic weight of each asked word (see the constants above). */
  weight: Map<string, number>;
  asked: string[];
  /** Kinds of value asked for that some source holds. */
  values: string[];
  /** A yes/no question ("Can I…", "Do you…"), and whether it asks if something is offered at all. */
  yesNo: boolean;
  offered: boolean;
  /**
   * The question asks whether something is offered or exists ("Do you sell *garden* furniture?",
   * "Is there *parking*…?") and names it with a topic word no source has: the sources do not
   * offer it, whatever else they share with the question.
   */
  unnamedOffer: boolean;
  sourceCount: number;
}

/** Scores every line of `sources` against `question`; undefined when there is nothing to score. */
export function analyseQuestion(question: string, sources: AnswerSource[], options: ExtractOptions = {}): QuestionAnalysis | undefined {
  let words = [...new Set(terms(question))];
  if (words.length === 0) return undefined;

  const candidates: Candidate[] = [];
  sources.forEach((source, sourceIndex) => {
    const titleTerms = terms(source.title);
    for (const line of readLines(source.text)) {
      const contextTerms = new Set([...titleTerms, ...line.contextTerms]);
      const section = terms(line.heading).filter((t) => !titleTerms.includes(t));
      candidates.push({ ...line, sourceId: source.id, sourceIndex, contextTerms, sectionTerms: new Set(section.length <= 3 ? section : []) });
    }
  });
  if (candidates.length === 0) return undefined;
  const sourceTerms = new Set(candidates.flatMap((c) => [...c.terms]));
  words = eitherOf(question, splitCompounds(question, joinCompounds(question, words, candidates, sourceTerms), candidates, sourceTerms), sourceTerms);
  // "I'm 70, how much is a swim?": the line whose age band holds 70 ("Over 65s £3.80") is about
  // the customer, as if it named them.
  const age = customerAge(question) ?? options.customerAge;
  const banded = new Map<Candidate, boolean>();
  if (age !== undefined) {
    for (const c of candidates) {
      const bands = ageBands(`${c.heading} ${c.text}`);
      if (bands.length > 0) banded.set(c, holdsAge(bands, age));
    }
  }
  const ageFits = [...banded.values()].some(Boolean);
  // The kind of answer asked for ("how long": a duration) ranks the lines that hold one first,
  // in place of the words that asked for it, when some line holds one (otherwise those words
  // stay and must match). It only ranks: whether a line qualifies is decided by words alone,
  // so "How long does a grinder repair take?" is not answered by any duration.
  const types = askedTypes(question)
    .filter((t) => candidates.some((c) => c.terms.has(t.kind)))
    .map((t) => t.kind);
  const typeWords = new Set(askedTypes(question).filter((t) => types.includes(t.kind)).flatMap((t) => terms(t.words.join(' '))));
  const remaining = words.filter((w) => !typeWords.has(w));
  const asked = remaining;
  const named = new Set(terms(options.businessName ?? ''));

  // On the words as read ("pick up" is "collect").
  const actionWord = ACTION.exec(plainWords(question).join(' '))?.[1];
  const action = actionWord && !isStopWord(actionWord.toLowerCase()) ? stem(actionWord.toLowerCase()) : undefined;
  const predicateWord = PREDICATE.exec(question.toLowerCase())?.[1];
  const predicate = predicateWord && !isStopWord(predicateWord) && !GENERIC_PREDICATES.has(predicateWord) ? stem(predicateWord) : undefined;
  const owned = new Set([...question.matchAll(OWNED)].flatMap((m) => terms(ownedWords(m[1]!))));
  // A compound no source writes whole ("textbook") is read as its head when a source has that
  // ("Course books are included"): the head's stem ends the word and is at least four letters.
  const compoundHead = new Map<string, string>();
  for (const t of words) {
    if (sourceTerms.has(t) || t.length < 7) continue;
    const head = [...sourceTerms].find((s) => s.length >= 4 && t.length - s.length >= 3 && t.endsWith(s) && !s.startsWith('#'));
    if (head) compoundHead.set(t, head);
  }
  // A derivation the stemmer leaves apart ("pregnant" and "pregnancy", "minibus" and
  // "minibuses"): a source word opening with the same six letters counts as a synonym.
  // A word shorter than that, cut short ("a-level *chem*", "the *auto* one", "*admin* fee"): no
  // source has it, but one source word opens with it and runs on.
  const derived = new Map<string, string[]>();
  for (const t of words) {
    if (/\d|^#/.test(t)) continue;
    // "Who would be *teaching* her?" and "Ciara Flynn - singing *teacher*", "a 4 *yarder*" and "4 yard
    // midi skip": a word and the one for who or what does it (looked up, not searched for).
    const agent = t.length < 4 ? [] : [
      ...AGENT_ENDINGS.map((e) => t + e).filter((s) => sourceTerms.has(s)),
      ...(sourceTerms.has(t) ? [] : AGENT_ENDINGS.filter((e) => t.endsWith(e)).map((e) => t.slice(0, -e.length)).filter((s) => s.length >= 4 && sourceTerms.has(s))),
    ];
    let kin: string[] = [];
    if (t.length >= DERIVATION_PREFIX) {
      const prefix = t.slice(0, DERIVATION_PREFIX);
      kin = [...sourceTerms].filter((s) => s !== t && s.startsWith(prefix));
    } else if (t.length >= 4 && !sourceTerms.has(t)) {
      const opening = [...sourceTerms].filter((s) => s.length >= t.length + 2 && s.startsWith(t));
      if (opening.length === 1) kin = opening;
    }
    if (agent.length + kin.length > 0) derived.set(t, [...new Set([...agent, ...kin])]);
  }
  // "Do you sell mattresses?" asks whether the thing itself is offered: a line about
  // "furniture" does not say so, though it answers "Can I return the chair?".
  const offered = (action !== undefined && AVAILABILITY.has(action)) || HAVE_OFFER.test(question);
  // "Can I bring my spaniel?" is answered by "Well-behaved dogs welcome in the courtyard": bringing
  // is what a line saying the thing is welcome or allowed permits.
  const permitted = action !== undefined && PERMISSION_VERBS.has(action) && CAN_I.test(question) ? PERMISSION_WORDS : [];
  const synonyms = (t: string) => {
    const head = compoundHead.get(t);
    const permits = t === action ? permitted : [];
    const alike = offered && permits.length === 0 ? synonymsOf(t, options.synonyms).filter((s) => !kindsOf(t).has(s)) : synonymsOf(t, options.synonyms);
    return [...(head ? [head] : []), ...(derived.get(t) ?? []), ...alike, ...permits];
  };
  const has = (set: Set<string>, t: string) => set.has(t) || synonyms(t).some((s) => set.has(s));
  // "how many are *definitely* coming", "*honestly*", "*seriously*": how it is said, when no source says it.
  const adverbs = new Set(plainWords(question).filter((w) => /^[a-z]{5,}ly$/.test(w) && !NOT_ADVERBS.has(w)).map(stem));
  // "a gift voucher for Christmas", "8 of us coming for a birthday": the customer's occasion, when
  // no source names it (not "Do you do birthday parties?", which asks for one).
  // Not when the question asks when the business opens then: "opening hours over christmas" asks about Christmas.
  const occasions = new Set(OPENING_ASKED.test(question) ? [] : [...question.matchAll(OCCASION)].map((m) => stem(m[1]!.toLowerCase())));
  const weight = new Map<string, number>();
  for (const t of asked) {
    const present = candidates.some((c) => has(c.terms, t) || has(c.contextTerms, t));
    // A number no source holds is the customer's own figure ("a refund of $20"), not a topic.
    // A quantity ("for *two* months", "*3* bags") is the customer's own figure, not the topic,
    // even when some source happens to hold the same number.
    const filler = FILLERS.has(t) || INTENSIFIERS.has(t) || NUMBER_WORDS.has(t) || /^\d/.test(t) || (!present && (PHRASING.has(t) || adverbs.has(t) || occasions.has(t)));
    weight.set(t, filler ? FILLER_WEIGHT : present ? 1 : owned.has(t) || PEOPLE.has(t) ? OWNED_WEIGHT : t === action || t === predicate ? ABSENT_ACTION_WEIGHT : ABSENT_WEIGHT);
  }
  // "how many ppl are on a workshop, I dont want to be lost in a big group": why the customer asks,
  // in words no source has, is not what they ask.
  const why = new Set([...question.matchAll(WHY_CLAUSE)].flatMap((m) => terms(m[0])));
  const elsewhere = new Set(terms(question.replace(WHY_CLAUSE, ' ')));
  for (const t of asked) if (why.has(t) && !elsewhere.has(t) && weight.get(t) === ABSENT_WEIGHT) weight.set(t, FILLER_WEIGHT);
  // "Sending a courier over, what's your postcode?": asked outright for the business's address or
  // number, the rest is why; the line holding it answers.
  if (IDENTITY_TYPES.some((k) => types.includes(k)) && ASKS_IDENTITY.test(spelledOut(question))) for (const t of asked) weight.set(t, FILLER_WEIGHT);
  // "Do you ship to France?": the place is the customer's, like their own figure; the line
  // saying which area is served answers it.
  if (types.includes(AREA_KIND)) for (const t of asked) if (weight.get(t) === ABSENT_WEIGHT) weight.set(t, FILLER_WEIGHT);
  // "Do you *come* out as far as Tenbury?": coming and going is how, not what, is asked, whether
  // or not a source names an area served.
  if (askedTypes(question).some((t) => t.kind === AREA_KIND)) for (const t of asked) if (TRAVEL_VERBS.has(t)) weight.set(t, FILLER_WEIGHT);
  const total = asked.reduce((sum, t) => sum + weight.get(t)!, 0) || 1;
  // Only the kind of answer was asked ("Where are you based?", "How old must I be to hire a
  // car?" at a car-hire firm): it alone decides.
  const typeOnly = types.length > 0 && asked.every((t) => weight.get(t) === FILLER_WEIGHT || named.has(t));

  const scored = candidates.map((c) => {
    // In a line that names the business, the name is a label, not evidence: "Fenwick Car & Van
    // Hire rents vans…" answers "Do you hire vans?" by "rents vans", and not "Can I hire a car seat?".
    const lineTerms = options.businessName && c.text.includes(options.businessName)
      ? new Set([...terms(c.text.replace(options.businessName, '')), ...[...c.terms].filter((t) => t.startsWith('#'))])
      : c.terms;
    let covered = 0;
    let own = 0;
    let unnamed = 0;
    let topical = 0;
    let gap = 0;
    // Kinds of answer asked for that the line holds. ("Gift vouchers come in £10, £20 and £50 …" over
    // "- Valid for 12 months from purchase.": an item holding one is about what its intro names.)
    const held = types.filter((k) => c.terms.has(k)).length;
    for (const t of asked) {
      const w = weight.get(t)!;
      if (lineTerms.has(t)) covered += w;
      else if (synonyms(t).some((s) => lineTerms.has(s))) covered += w * SYNONYM_WEIGHT;
      else {
        if (w !== FILLER_WEIGHT) gap = Math.max(gap, w);
        if (has(c.contextTerms, t)) covered += w * CONTEXT_WEIGHT;
        // A word of the business's name is what every line is about: a line need not repeat it.
        else if (named.has(t)) unnamed += w;
        // A short heading's words are the topic of the lines under it ("Parking" over "There are
        // 12 free spaces behind the shop."): the line's own evidence, though not its own words.
        if (!has(c.sectionTerms, t) && !(held > 0 && has(c.introTerms, t))) continue;
      }
      if (w !== FILLER_WEIGHT && w !== OWNED_WEIGHT) {
        own += 1;
        if (t !== action) topical += 1;
      }
    }
    // The customer's age in the line's band stands for the word the line lacks ("Over 65s £3.80"
    // for "I'm 70, how much is a swim?"); a band without it is someone else's ("Junior (under 16)").
    // No band holds it ("Can my 9 year old have a test?" against "aged 12 and over"): a line
    // whose band leaves the age out answers all the same, with no.
    if (banded.get(c) === true || (!ageFits && banded.get(c) === false)) {
      covered += gap;
      own += 1;
      topical += 1;
    } else if (ageFits && banded.get(c) === false) covered *= AGE_MISFIT;
    const typed = held * TYPE_WEIGHT;
    const lineTotal = total - unnamed || 1;
    const score = (covered + typed) / (lineTotal + types.length * TYPE_WEIGHT);
    if (typeOnly) return { c, coverage: score, score, own: typed, topical: 1, words: 0 };
    // Holding the kind of answer asked for is the line's own evidence too ("Where is the company
    // based?": "… in Dublin, Ireland" under a title naming the company).
    // For where the business is and how to call it, the line holding the address or number is
    // the answer even when it never repeats the question's noun ("Where is the school?").
    const identity = IDENTITY_TYPES.some((k) => types.includes(k) && c.terms.has(k));
    return { c, coverage: identity ? Math.max(score, covered / lineTotal) : covered / lineTotal, score, own: own + typed, topical: topical + typed, words: own };
  });
  // A line must itself contain an asked topic word (or sit under a short heading naming it): title
  // or long-heading words alone prove nothing.
  // A discounted thing of the customer's needs two words of the line's own evidence ("my table"
  // + "arrive" + a duration), so "Can my dog come to class?" is not answered by "class" alone.
  // Not when the unnamed word only says which kind of a thing the sources do name ("my old *tenon*
  // saw" against "Hand saws - sorry, I no longer do these"): the thing is named.
  const said = plainWords(question).map((w) => (isStopWord(w) ? '' : stem(w)));
  const namesKind = (t: string) => { const next = said[said.indexOf(t) + 1]; return next !== undefined && next !== '' && weight.get(next) === 1; };
  const minOwn = asked.some((t) => weight.get(t) === OWNED_WEIGHT && !namesKind(t)) ? 2 : 1;
  // A question asking for a value ("how much", "how old", "how long") is answered by a line
  // holding one, when the sources hold one at all: a line sharing the topic without the value
  // is not the answer ("How old must drivers be?" is not answered by what the firm rents).
  // "Who…" is answered by a line naming someone, whether or not any source does ("Who will my
  // teacher be?" is not answered by what teachers do).
  const values = [...new Set([...types, ...askedTypes(question).map((t) => t.kind).filter((k) => k === PERSON)])].filter((k) => VALUE_TYPES.has(k));
  // "Can I *pay* annually?": the action alone is no evidence when the question names more
  // ("Off-peak members pay £4 a class" does not answer it).
  // Only a yes/no question: in "What classes do you *run*?" the action is the line's topic too.
  const yesNo = /^\W*(?:can|could|may|do|does|will|would)\b/i.test(question);
  const topicWords = yesNo ? asked.filter((t) => t !== action && weight.get(t) !== FILLER_WEIGHT && !named.has(t)).length : 0;
  // Only the words naming the thing count ("Is there a *fee* if I *withdraw*…": "withdraw" is
  // the customer's circumstance, not what is asked about).
  const read = plainWords(question).join(' ');
  const objectTerms = offered || EXISTS.test(question) ? terms(offerObject(read)) : [];
  const thing = new Set(objectTerms);
  // "Do you sell *goggles* at reception?" is answered by a line about goggles, not by one about
  // the reception: by its head noun, the last word ("disposable swim *nappies*": a line about
  // swim hats is not about it), when some line names it; else by any of its words ("espresso
  // grind" against "ground for espresso").
  const thingWords = offered ? asked.filter((t) => thing.has(t) && weight.get(t) !== FILLER_WEIGHT) : [];
  const head = objectTerms.filter((t) => thingWords.includes(t)).pop();
  const offeredThing = head !== undefined && candidates.some((c) => has(c.terms, head)) ? [head] : thingWords;
  // "Do you ship to France?" is answered by the area served ("mainland UK only"), which never names France.
  const area = types.includes(AREA_KIND);
  const holdsThing = (c: Candidate) => offeredThing.length === 0 || offeredThing.some((t) => has(c.terms, t)) || (area && c.terms.has(AREA_KIND));
  // "We can collect your bike from home. It's £15 each way…": the value may be in the sentence
  // the line continues into (quoted with it, see withFollowers), when the line itself names two
  // things asked ("If your laptop won't *turn on*… This costs £25" is no price of getting photos
  // off a phone).
  const continuation = (c: Candidate) => {
    const following = lineAt(candidates, c, 1);
    return following && following.kind === c.kind && following.kind !== 'item' && CONTINUES.test(following.text) ? following : undefined;
  };
  const holdsValue = (s: { c: Candidate; own: number }) => values.some((k) => s.c.terms.has(k) || (s.own >= 2 && continuation(s.c)?.terms.has(k) === true));
  const lines: LineScore[] = scored.map((s) => ({
    ...s,
    admissible:
      s.own >= minOwn && (topicWords === 0 || s.topical > 0) && (values.length === 0 || holdsValue(s)) && holdsThing(s.c),
  }));
  // A thing is named nowhere when no source has it, a short derivation of it ("weekly" of
  // "week") or a synonym of one of its synonyms (a misspelled "dicount" has "discount" as its
  // synonym, and that one the sources' "save").
  const everyTerm = new Set([...sourceTerms, ...candidates.flatMap((c) => [...c.contextTerms])]);
  const absentEverywhere = (t: string) =>
    !everyTerm.has(t) && !named.has(t) &&
    ![...everyTerm].some((x) => x.length >= 4 && t.length - x.length <= 2 && t.startsWith(x)) &&
    !synonyms(t).some((s) => synonymsOf(s, options.synonyms).some((x) => everyTerm.has(x)));
  const namedNowhere = (t: string) => weight.get(t) === ABSENT_WEIGHT && absentEverywhere(t);
  // "Can I pay … *in instalments*?", "… *with Bitcoin*?": the way asked about, named nowhere.
  const manner = new Set(CAN_I.test(question) ? terms(MANNER.exec(read)?.[1] ?? '') : []);
  // "How much do you charge to replace a *clutch*?": the priced thing, named nowhere.
  const priced = new Set(terms(pricedThing(read)));
  const best = bestLine(lines)?.c;
  // "Can you service my *suspension fork*?": the customer's thing the work is asked for, every word
  // of it named nowhere.
  const worked = terms(WORK_ON_MINE.exec(spelledOut(question))?.[1] ?? '').filter((t) => asked.includes(t));
  const unnamedWork = worked.length > 0 && worked.every(absentEverywhere);
  // "Do you run any tours in Cardiff?": a place no source names, where something is offered.
  const unnamedPlace = offered && !area && [...question.matchAll(PLACE_NAMED)].some((m) => terms(m[1]!).every((t) => asked.includes(t) && namedNowhere(t)));
  // "Do you stock any *alcohol-free* wine?": a free-from kind asked for, which no source writes.
  const freeFrom = [...question.toLowerCase().matchAll(/\b([a-z]+)[- ]free\b/g)].map((m) => m[1]!).filter((w) => !isStopWord(w) && !/^(?:toll|duty|tax|hands|fee|charge|interest|cost|care|hassle|stress|risk)$/.test(w));
  const unnamedFreeFrom = offered && freeFrom.some((w) => !sources.some((src) => new RegExp(`\\b${w}[- ]?free\\b|\\b(?:no|without)\\s+${w}\\b`, 'i').test(src.text)));
  // The head of a thing asked leave for is named nowhere, nor a kind of it ('spaniel': dogs
  // welcome), and it is no person of the customer's.
  const headNamedNowhere = (thing: string | undefined) => {
    const words = terms(thing ?? '');
    const head = words[words.length - 1];
    return head !== undefined && !PEOPLE.has(head) && absentEverywhere(head) && ![...kindsOf(head)].some((k) => everyTerm.has(k));
  };
  // "Can I bring my *cat*?": the customer's own thing.
  const unnamedBrought = permitted.length > 0 && headNamedNowhere(BROUGHT.exec(question)?.[1]);
  // "Are *bait boats* allowed on the specimen lake?"
  const unnamedAllowed = headNamedNowhere(ALLOWED_THING.exec(question)?.[1]);
  // "Is the tasting bar *step-free*?": a property asked of something, named nowhere.
  const property = terms(PROPERTY_ASKED.exec(question)?.[1] ?? '');
  const unnamedProperty = property.length > 0 && property.every((t) => asked.includes(t) && namedNowhere(t));
  const unnamedOffer = unnamedWork || unnamedPlace || unnamedFreeFrom || unnamedBrought || unnamedAllowed || unnamedProperty || (!area && asked.some((t) => (thing.has(t) || manner.has(t) || priced.has(t)) && namedNowhere(t))) || unlistedVariant(question, candidates) || unlistedCombination(question, asked, best, candidates) || unlistedMake(question, best, everyTerm);
  return { candidates, scored: lines, weight, asked, values, yesNo, offered, unnamedOffer, sourceCount: sources.length };
}

const OPENING_ASKED = /\b(?:open|opening|hours|closed|closing|shut)\b/i;
const OCCASION = /\b(?:for|at|over)\s+(?:a|an|my|our|his|her|their|the|your)?\s*(?:\w+(?:'s)?\s+)?(christmas|xmas|birthday|easter|anniversary|halloween|valentines?)\b/gi;

/** A capitalised name after "in", "near" or "around" ("tours in Cardiff"): a place. */
const PLACE_NAMED = /\b(?:in|near|around|nearer|outside)\s+(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})?)\b/gu;

/**
 * "puppy training/socialisation classes": either word will do, so the one no source has is not
 * asked for when the other is there.
 */
function eitherOf(question: string, words: string[], sourceTerms: ReadonlySet<string>): string[] {
  let out = words;
  for (const m of question.toLowerCase().matchAll(/\b(\p{L}{3,})\s*\/\s*(\p{L}{3,})\b/gu)) {
    const [a, b] = [stem(m[1]!), stem(m[2]!)];
    if (sourceTerms.has(a) !== sourceTerms.has(b)) out = out.filter((t) => t !== (sourceTerms.has(a) ? b : a));
  }
  return out;
}

/**
 * Two question words a source writes as one ("motor boat" for "motorboat", "week end"): read as
 * that word, when neither is a source word on its own.
 */
function joinCompounds(question: string, words: string[], candidates: Candidate[], sourceTerms: ReadonlySet<string>): string[] {
  const plain = plainWords(question);
  let out = words;
  for (let i = 0; i + 1 < plain.length; i++) {
    const [a, b] = [plain[i]!, plain[i + 1]!];
    if (isStopWord(a) || isStopWord(b) || /\d/.test(a + b)) continue;
    const joined = stem(a + b);
    if (!sourceTerms.has(joined) && !candidates.some((c) => c.contextTerms.has(joined))) continue;
    const parts = [stem(a), stem(b)].filter((t) => !sourceTerms.has(t));
    out = [...new Set([...out.filter((t) => !parts.includes(t)), joined])];
  }
  return out;
}

/**
 * "woodburner" where the sources write "wood burner": a question word no source has, which two
 * words written side by side in a source make, is read as those two words.
 */
function splitCompounds(question: string, words: string[], candidates: Candidate[], sourceTerms: ReadonlySet<string>): string[] {
  const missing = plainWords(question).filter((w) => w.length >= 7 && !isStopWord(w) && !sourceTerms.has(stem(w)));
  if (missing.length === 0) return words;
  // Each source's side-by-side words, read once: the first line that writes a pair joined as a missing word.
  const pairs = new Map<string, [string, string]>();
  for (const c of candidates) {
    const said = plainWords(c.text);
    for (let i = 0; i + 1 < said.length; i++) {
      const [a, b] = [said[i]!, said[i + 1]!];
      if (a.length >= 3 && b.length >= 3 && !pairs.has(a + b)) pairs.set(a + b, [a, b]);
    }
  }
  let out = words;
  for (const w of missing) {
    const pair = pairs.get(w);
    if (pair) out = [...new Set([...out.filter((t) => t !== stem(w)), stem(pair[0]), stem(pair[1])])];
  }
  return out;
}

/** The lines that answer, from an analysis: admissible, over the coverage floor, best first. */
function selectLines(question: string, analysis: QuestionAnalysis, options: ExtractOptions): ExtractedSentence[] {
  const minCoverage = options.minCoverage ?? 0.5;
  const maxSentences = options.maxSentences ?? 5;
  const { candidates, scored } = analysis;
  const eligible = scored.filter((s) => s.admissible && s.coverage >= minCoverage);
  if (eligible.length === 0) return [];
  eligible.sort((a, b) => b.score - a.score || a.c.sourceIndex - b.c.sourceIndex || a.c.order - b.c.order);
  // "The cheapest plan", "the most expensive room": the eligible list item or table row with
  // the lowest (highest) price is the answer, when there are several to compare.
  const extreme = CHEAPEST.test(question) ? -1 : DEAREST.test(question) ? 1 : 0;
  const allPriced = eligible.filter((s) => s.c.kind === 'item' && amountOf(s.c.text) !== undefined);
  // "The cheapest *wreath*": among the items that name the thing asked about, when some do.
  const naming = allPriced.filter((s) => analysis.asked.some((t) => analysis.weight.get(t) === 1 && s.c.terms.has(t)));
  const priced = naming.length > 0 ? naming : allPriced;
  if (extreme !== 0 && priced.length >= (naming.length > 0 ? 1 : 2)) {
    const pick = priced.reduce((a, b) => (extreme * (amountOf(b.c.text)! - amountOf(a.c.text)!) > 0 ? b : a));
    return [{ text: pick.c.text, sourceId: pick.c.sourceId, score: pick.score }];
  }
  const best = eligible[0]!;
  const maxLines = maxSentences + (best.c.kind === 'item' ? MORE_ROWS : 0);
  // The coverage floor says whether the best line answers; other lines of its article need only
  // be admissible, hold an asked word themselves and score close to it ("Guests can visit with a
  // day pass" beside "letting friends in leads to a ban" for "Can I bring a friend?").
  const companions = scored.filter((s) => s.admissible && s.words > 0 && s.c.sourceId === best.c.sourceId && !eligible.includes(s));
  const ranked = [...eligible, ...companions].sort((a, b) => b.score - a.score || a.c.sourceIndex - b.c.sourceIndex || a.c.order - b.c.order)
    // Answers come from one article as a rule: another's lines must come close to the best.
    .filter((s) => s.score >= best.score * (s.c.sourceId === best.c.sourceId ? ADDED_FLOOR : OTHER_SOURCE_FLOOR))
    .slice(0, maxLines);
  // The lines close to the best one are the answer, read in the article's order; the article's
  // weaker lines follow them, as more on the topic (the answer is sometimes there).
  const arrange = (lines: Candidate[]) => answersToQuestions(withFollowers(lines, candidates, asksForList(question)), candidates)
    // Keep the best source's sentences together and in their original order.
    .sort((a, b) => rankOf(a, best.c) - rankOf(b, best.c) || a.sourceIndex - b.sourceIndex || a.order - b.order);
  const core = arrange(ranked.filter((s) => s.score >= best.score * RELATIVE_FLOOR).map((s) => s.c));
  const added = arrange(ranked.filter((s) => s.score < best.score * RELATIVE_FLOOR).map((s) => s.c)).filter((c) => !core.includes(c));
  // The best sentence's neighbours under its heading follow the answer while there is room: the
  // fact asked for is often in the line before or after the one holding the question's words
  // ("Dogs are welcome … for £15 per night." before "Please book a dog-friendly room in advance;
  // other pets are not allowed." for "Do you allow pets?").
  const room = maxLines - core.length - added.length;
  // Under no heading, not for the business's own address or number: that line alone answers.
  const identity = askedTypes(question).some((t) => IDENTITY_TYPES.includes(t.kind));
  const neighbours = best.c.heading === '' && identity ? [] : sectionNeighbours(best.c, candidates, room, [...core, ...added]);
  return [...core, ...neighbours, ...added]
    .map((c) => ({ text: c.text, sourceId: c.sourceId, score: scored.find((s) => s.c === c)!.score }));
}

/**
 * What decides whether a question is answerable at all, as numbers: how well the best
 * admissible line covers it, how much of the question no source mentions, what kind of question
 * it is, how much retrieval found. `answer-gate.ts` weighs them with weights fitted on the dev
 * splits (eval/fit-gate.ts).
 */
export function gateFeatures(a: QuestionAnalysis): number[] {
  const admissible = a.scored.filter((s) => s.admissible).sort((x, y) => y.score - x.score || x.c.sourceIndex - y.c.sourceIndex);
  const best = admissible[0];
  const total = a.asked.reduce((sum, t) => sum + a.weight.get(t)!, 0) || 1;
  const absent = a.asked.filter((t) => a.weight.get(t) === ABSENT_WEIGHT || a.weight.get(t) === ABSENT_ACTION_WEIGHT);
  const absentWeight = absent.reduce((sum, t) => sum + a.weight.get(t)!, 0);
  const fillerWeight = a.asked.filter((t) => a.weight.get(t) === FILLER_WEIGHT).reduce((sum, t) => sum + a.weight.get(t)!, 0);
  return [
    1,
    best?.coverage ?? 0,
    best?.score ?? 0,
    Math.min(best?.own ?? 0, 3) / 3,
    best && best.c.sourceIndex === 0 ? 1 : 0,
    absentWeight / total,
    Math.min(absent.length, 3) / 3,
    a.asked.some((t) => a.weight.get(t) === ABSENT_ACTION_WEIGHT) ? 1 : 0,
    fillerWeight / total,
    a.values.length > 0 ? 1 : 0,
    a.yesNo ? 1 : 0,
    a.offered ? 1 : 0,
    // The business context is always a source: retrieval found the rest.
    Math.min(a.sourceCount - 1, 3) / 3,
    Math.min(admissible.length, 5) / 5,
  ];
}

/**
 * The name a business context opens with ("Fenwick Car & Van Hire rents cars…" → "Fenwick Car &
 * Van Hire"): its leading run of capitalised words; empty when it opens otherwise ("We are…").
 */
export function leadingName(context: string): string {
  const run = /^\s*(\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\d'’.-]*))*)/u.exec(context)?.[1] ?? '';
  return /^(?:We|Our|The|This|At|Welcome)$/.test(run) ? '' : run;
}

// "The biggest bouquet, how much?", "what would the bigger tub cost?": asked with a price, the biggest is the dearest.
const CHEAPEST = /\b(?:cheapest|lowest[- ]priced|least expensive|lowest (?:price|cost|fee)|most affordable|(?:smallest|smaller)(?=.*\b(?:how much|price|cost)))\b/i;
const DEAREST = /\b(?:most expensive|priciest|dearest|highest[- ]priced|highest (?:price|cost|fee)|(?:biggest|largest|bigger|larger)(?=.*\b(?:how much|price|cost)))\b/i;

/** The first amount of money in `text` ("Off-peak: £19; …" → 19). */
function amountOf(text: string): number | undefined {
  const m = /[$€£¥]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b/i.exec(text);
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? undefined : Number(digits.replaceAll(',', ''));
}

/** A source's lines with their terms, kept per text: the same articles answer question after question. */
const linesByText = new Map<string, (SourceLine & { terms: Set<string>; contextTerms: string[]; introTerms: Set<string> })[]>();
const LINES_CACHE_LIMIT = 2000;

function readLines(text: string) {
  let lines = linesByText.get(text);
  if (lines) return lines;
  lines = sourceBlocks(text).map((line) => ({ ...line, terms: new Set([...terms(line.text), ...calendarRangeTerms(line.text), ...dayPartTerms(line.text), ...heldTypes(line.text), ...(line.kind === 'intro' ? [LIST_KIND] : [])]), contextTerms: terms(line.context), introTerms: new Set(terms(line.intro ?? '')) }));
  if (linesByText.size >= LINES_CACHE_LIMIT) linesByText.delete(linesByText.keys().next().value!);
  linesByText.set(text, lines);
  return lines;
}

/** Answer lines an FAQ question brings, at most (the next question ends them sooner). */
export const MAX_FAQ_ANSWER_LINES = 2;

/**
 * An FAQ's question ("**Do you offer a student discount?**") is what a customer's question
 * matches best, but the answer is the lines after it: a chosen line that is a question gives
 * way to them, up to the next question. A question with nothing after it answers nothing.
 */
function answersToQuestions(chosen: Candidate[], all: Candidate[]): Candidate[] {
  const out = new Set<Candidate>();
  for (const c of chosen) {
    if (!c.text.trimEnd().endsWith('?')) {
      out.add(c);
      continue;
    }
    for (let k = 1; k <= MAX_FAQ_ANSWER_LINES; k++) {
      const next = lineAt(all, c, k);
      if (!next || next.text.trimEnd().endsWith('?')) break;
      out.add(next);
    }
  }
  return [...out];
}

const rankOf = (c: Candidate, best: Candidate) => (c.sourceId === best.sourceId ? 0 : 1);

/** "What documents do I need?", "Which jabs…", "What are the options…": the answer is a list. */
function asksForList(question: string): boolean {
  return askedTypes(question).some((t) => t.kind === LIST_KIND || t.kind === '#requirement') || PLURAL_WHAT.test(question);
}
const PLURAL_WHAT = /^\W*(?:what|which)\s+(?:[a-z]+\s+)?(?!(?:does|is|was|has|this|its|us|yours|plus)\b)[a-z]{3,}s\b(?!\s+(?:is|was)\b)/i;

/**
 * The chosen lines plus what they lead into: a list intro's items, a continuing sentence; and
 * when the question asks for a list, a chosen item's whole list under its intro.
 */
function withFollowers(chosen: Candidate[], all: Candidate[], wholeList: boolean): Candidate[] {
  const out = new Set(chosen);
  for (const c of chosen) {
    const next = (k: number) => lineAt(all, c, k);
    if (wholeList && c.kind === 'item') {
      let k = -1;
      while (next(k)?.kind === 'item' && next(k)!.heading === c.heading) k--;
      const intro = next(k);
      if (intro?.kind === 'intro') out.add(intro);
      // A list straight under its heading ("## What you need to bring") is whole under it too.
      if (intro?.kind === 'intro' || intro === undefined || intro.heading !== c.heading) {
        for (let i = 1; i <= MAX_LIST_ITEMS && next(k + i)?.kind === 'item' && next(k + i)!.heading === c.heading; i++) out.add(next(k + i)!);
      }
    } else if (c.kind === 'item' && !wholeList) {
      // "**Rarely come out**" over "- Hair dye, ink and nail varnish", "A fitting costs £45 and
      // includes:": a short intro says what the item is (and often whether it is so at all); it
      // leads the item it is quoted with.
      let k = -1;
      while (next(k)?.kind === 'item' && next(k)!.heading === c.heading) k--;
      const intro = next(k);
      // A label, not a sentence of its own ("We ship every weekday."), nor a heading (never quoted).
      const label = intro !== undefined && intro.kind === 'intro' && intro.text.split(/\s+/).length <= 6 && !/[.!?]$/.test(intro.text) && !intro.heading.endsWith(intro.text);
      if (label) out.add(intro);
    } else if (c.kind === 'intro') {
      for (let k = 1; k <= MAX_LIST_ITEMS; k++) {
        const item = next(k);
        if (!item || item.kind !== 'item') break;
        out.add(item);
      }
    } else {
      const following = next(1);
      if (following && following.kind === c.kind && following.kind !== 'item' && CONTINUES.test(following.text)) out.add(following);
    }
  }
  return [...out];
}

/** The line `k` places after `c` in its source (before it when `k` is negative). */
const lineAt = (all: Candidate[], c: Candidate, k: number): Candidate | undefined =>
  all.find((o) => o.sourceIndex === c.sourceIndex && o.order === c.order + k);

/**
 * The sentences around `best` under the same heading, at most `room` of them: the one before,
 * then the one or two after (the second only with the first). List items and intros have their
 * own rules (`withFollowers`).
 */
function sectionNeighbours(best: Candidate, all: Candidate[], room: number, taken: Candidate[]): Candidate[] {
  if (best.kind !== 'sentence') return [];
  const out: Candidate[] = [];
  for (const k of [-1, 1, 2]) {
    if (out.length >= room) break;
    const n = lineAt(all, best, k);
    // Under no heading, the sentences of the best one's own paragraph.
    const fits = n !== undefined && n.kind === 'sentence' && n.heading === best.heading && (best.heading !== '' || n.paragraph === best.paragraph);
    if (fits && !taken.includes(n)) out.push(n);
    else if (k > 0 && !fits) break;
  }
  return out;
}
