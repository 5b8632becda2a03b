/**
 * Small text tools for retrieval and matching: word tokens, stop words, the Porter stemmer, and
 * a sentence splitter that keeps Markdown list items as sentences. Deterministic.
 */
import { stemmer as porter } from 'stemmer';
import { EVERYDAY_PHRASES } from './everyday-lexicon.ts';

const STOP_WORDS = new Set(
  (
    'a about above after again all am an and any are as at be been before being below between both but by ' +
    'can could did do does doing done down during each few for from further get gets got had has have having ' +
    'he her here hers him his how i if in into is it its itself just me more most my myself no nor not of off ' +
    'on once only or other our ours out over own please same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself hi hello hey thanks thank us let lets tell ' +
    'know want wondering question ask much many also need one ok okay yes take takes took possible able without mine'
  ).split(' '),
);

/** Two-word expressions that mean one thing, read as that thing ("money back" is a refund). */
const PHRASES: [RegExp, string][] = [
  [/\bmoney back\b/g, 'refund'],
  // "Are you open on Boxing Day?" names a holiday, not a box or any day.
  [/\bboxing day\b/g, 'boxingday'],
  // "how long do you hold on to them?": keep them; "how much warning do you need?": notice.
  [/\b(?:hold|hang|holding|hanging|held|hung) on ?to\b/g, 'keep'],
  [/\bhow much warning\b/g, 'how much notice'],
  // "How many people do you take at most?": the maximum.
  [/\bat (?:the )?most\b|\bmax\b/g, 'maximum'],
  // "Do I get anything back?": some of the money.
  [/\b(?:get|getting|got|have|having)\s+(?:anything|something|any of (?:it|that|the money)|any money|it all)\s+back\b/g, 'refund'],
  // "keep it another night": an extra night, as a price list writes it.
  [/\banother (night|day|week|weekend|hour)\b/g, 'extra $1'],
  // "we were going to use": what is planned, no word of its own ("go" names a topic where a line has it).
  [/\b(?:am|are|is|was|were|'re|'m|i'm|we're|you're|they're) going to\b/g, 'will'],
  // "can't get in", "locked out": one situation ("get" and "in" are no words of their own).
  [/\b(?:can not|cannot|could not|unable to) get (?:in|into)\b|\blocked out\b/g, 'lockedout'],
  // ("a half hour lesson", "half-hour": as "half an hour".)
  [/\bhalf(?:[- ]an)?[- ]hour\b/g, '30 minutes'],
  [/\b(?:an )?hour and a half\b/g, '90 minutes'],
  [/\bquarter of an hour\b/g, '15 minutes'],
  [/\bcatch[- ]?ups?\b/g, 'makeup'],
  [/\bmake[- ]ups? (lessons?|class(?:es)?|sessions?)\b/g, 'makeup $1'],
  [/\bwhat(?:'s| is| will be| would be)? the damage\b/g, 'how much price'],
  [/\bon top(?: of)?\b/g, 'extra'],
  [/\bcall(?:ing|ed|s)? (?:it |this |that |(?:the|my|our|your) (?:whole )?\w+ )?off\b/g, 'cancel'],
  [/\b(?:road|traffic|car|cycling|bike) (accident|collision|crash)(e?s)?\b/g, '$1$2'],
  [/\bmoney off\b/g, 'discount'],
  // "put that Gretsch aside for me": reserve it; "trade my guitar in": part-exchange it.
  [/\b(?:put|set|keep)(?:ting)? ((?:it|that|this|them|one|the|a|my|your) (?:[\w-]+ ){0,2})aside\b/g, 'reserve $1'],
  [/\btrad(?:e|ing|ed) ((?:it|that|this|them|my|our|the|a|your|his|her) (?:[\w-]+ ){0,2})in\b(?= (?:against|for|towards|toward|on|when|if|and|or|rather)\b|[?.,!]|$)/g, 'part exchange $1'],
  // "covered if something goes wrong": a fault.
  [/\b(?:goes|go|went|going|gone) wrong\b/g, 'faulty'],
  // "Do I have to pay as well?": also, no word of its own.
  [/\bas well\b(?! as\b)/g, 'also'],
  // "to hold a party date": to secure it (what a deposit does).
  [/\bhold ((?:a|the|my|our|your|that) (?:[a-z]+ )?(?:date|place|slot|spot|space|room|table|booking)s?)\b/g, 'secure $1'],
  [/\btaken over\b/g, 'takeover'],
  // Not an accident that hurts someone: a mistake.
  [/\bby accident\b|\baccidentally\b/g, 'by mistake'],
  [/\bgrown[- ]?ups?\b/g, 'adult'],
  [/\b(?:one|1)[- ](?:to|on)[- ](?:one|1)\b|\b1:1\b|\b(?:1|one)-2-(?:1|one)\b/g, 'onetoone'],
  // "would you take £600 for it?": an offer under the price, as a rule writes it ("haggle").
  [/\b(?:would|will|could)\s+you\s+(?:take|accept|do)\s+(?=[£$€]\s?\d)/g, 'haggle $&'],
  // "pay for the painting over 3 or 4 months": in instalments (not "waited over 3 months").
  [/\b(pay(?:ing)?\b[^.?!]{0,40}?)\bover\s+(?:\d+|two|three|four|five|six|ten|twelve|a few|several)(?:\s+or\s+(?:\d+|two|three|four|five|six|twelve))?\s+months\b/g, '$1 instalment'],
  // "come to hers to do her toenails", "pop round to my house": a home visit.
  [/\b(?:come|coming|pop|popping|call|calling|visit|visiting)\s+(?:out\s+|round\s+|over\s+)?to\s+(?:(?:my|her|his|our|their|your)\s+(?:house|home|flat|bungalow)|hers|his|mine|ours|theirs)\b/g, 'home visit'],
  // "would you show some of my paintings?": to exhibit them.
  [/\b(?:show|showing|display|displaying|exhibit|exhibiting|hang|hanging)\s+(?:some\s+of\s+)?(?:my|our|his|her|their)\s+(?:work|paintings|artwork|art|prints|photographs|photos|pieces|sculptures|pottery)\b/g, 'exhibit $&'],
  // "an away day for our company", "team building days": one kind of day out.
  [/\b(?:team[- ]?building|away|team)[- ]days?\b/g, 'teambuilding day'],
  [/\bteam[- ]?building\b/g, 'teambuilding'],
  // "a works do", "our office party": one kind of event.
  [/\b(?:works?|office)\s+(?:dos?|do's|part(?:y|ies)|nights? out)\b/g, 'workparty'],
  // "hire the WHOLE place out", "take over the entire course": the place to themselves (not "the whole room smelled").
  [/\b(?:hire|hiring|book|booking|rent|renting|take over|taking over|have|having)\s+(?:out\s+|of\s+)?(?:the\s+)?(?:whole|entire)\s+(place|venue|site|course|lake|building|restaurant|pub|bar|centre|park|farm|studio|track|range|hall|cafe|café|shop|club)\b/g, 'hire exclusive $1'],
  // A reporter is one of the press (the stem of "reporter" is "report", as in "report a fault").
  [/\breporters?\b/g, 'journalist'],
  [/\bruns? out\b|\bran out\b/g, 'expire'],
  [/\b(?:log|sign)(?:ging|ged)? (?:in|on)(?:to)?\b/g, 'login'],
  [/\bsign(?:ing|ed|s)?[- ]up\b/g, 'signup'],
  [/\bsend(?:ing)? (?:it |them )?back\b|\bsent (?:it |them )?back\b/g, 'return'],
  // "pick it up and drop it back": brought back.
  [/\bdrop(?:ping|ped|s)? (it |them |him |her )?back\b/g, 'bring $1back'],
  // "drop the rented tent back", "bring my hire bike back": the thing returned.
  [/\b(?:drop|bring|take)(?:ping|ped|ing|s)? ((?:the|my|our|your) (?:[a-z]+ ){0,2}[a-z]+) back\b(?! to (?:me|us|you)\b)/g, 'return $1'],
  // "When can I go and pick it up?": going is how, the verb after it what.
  [/\b(?:go|going|went) and (?=[a-z])/g, ''],
  [/\bpick(?:ing|ed)? (?:it |them )?up\b/g, 'collect'],
  // "ebike", "e-bike", "e bike": one word (the "e" of "e-bike" is no word on its own).
  [/\be[- ]?(bike|scooter)(s?)\b/g, 'e$1$2'],
  // "Does someone have to stay in while you groom?": be home (not "stay in touch", "stay in a room").
  [/\bstay(?:ing)? in(?=\s*(?:[?,.!]|$|while\b|when\b|during\b|until\b|for (?:it|the (?:appointment|visit|delivery|groom|job)))|\s+all day\b)/g, 'be home'],
  // "Groups of 10 or more get 10% off": a discount ("do we get money off?").
  [/(\d\s?%|\d per ?cent) off\b/g, '$1 discount'],
  // "Is there room for wheelchair users?": space for wheelchairs.
  [/\b(is there|have you got|do you have|is there enough|any) room for\b/g, '$1 space for'],
  [/\bwheelchair users?\b/g, 'wheelchair'],
  // "additional needs", "special educational needs": one thing (not any "additional" charge).
  [/\b(?:additional|special(?: educational)?) needs\b/g, 'additionalneeds'],
  // "a step-free entrance", "all on one level": accessible (see the lexicon's wheelchair group).
  [/\bstep[- ]free\b|\b(?:all )?on (?:one|the same|a single) level\b|\blevel access\b/g, 'stepfree'],
  // "Got a hole in my tubeless tyre", "a flat tyre": a puncture.
  [/\bholes? in (?:my|the|a|your|our|his|her) (?:([a-z]+) )?(tyre|tire|tube)s?\b/g, 'puncture $1 $2'],
  [/\bflat (tyre|tire)s?\b/g, 'puncture $1'],
  // "Can I pick my cat up on a Sunday?"
  [/\bpick(?:ing|ed|s)? ((?:my|our|your|the|his|her|their) (?:[a-z]+ )?[a-z]+) up\b/g, 'collect $1'],
  [/\bcredit cards?\b|\bdebit cards?\b/g, 'card'],
  [/\btwo[- ]factor\b|\b2fa\b|\bmfa\b/g, 'twofactor'],
  [/\bwi[- ]?fi\b/g, 'wifi'],
  [/\bamerican express\b/g, 'amex'],
  [/\bcheck(?:ing|ed)?[- ]?in\b/g, 'checkin'],
  [/\bcheck(?:ing|ed)?[- ]?out\b/g, 'checkout'],
  // "If we had to pull out four months before": cancel.
  [/\bpull(?:ing|ed|s)? out\b(?! (?:the|a|an|my|our|your)\b)/g, 'cancel'],
  [/\b(?:do not|does not|did not|not) (?:turn|show)(?:ing)? up\b|\bno[- ]shows?\b/g, 'noshow'],
  // "if I forget to pick my stuff up": what a help centre calls uncollected.
  [/\b(?:forget|forgets|forgot|forgotten|never|do not|does not|did not) (?:to )?(?:pick(?:ed|ing)? (?:[a-z]+ ){0,2}up|collect(?:ed|ing)?)\b/g, 'uncollected'],
  // "can I just turn up?": without booking, as a help centre's "walk-ins welcome" says.
  [/\bjust (?:turn|show|rock)(?:s|ed|ing)? up\b/g, 'walk in'],
  [/\b(?:turn|show)(?:s|ed|ing)? up\b/g, 'arrive'],
  [/\b(?:leave|leaving|left) (?:the |my |our |a )?(?:car|vehicle|van)\b/g, 'park'],
  [/\bfill(?:ing|ed|s)? (?:it |her )?up\b|\btop(?:ping|ped|s)? up the tank\b/g, 'refuel'],
  [/\b(?:billed|charged|taken|debited)(?: me| us| for it| for this)? (?:twice|two times|double)\b|\btwo (?:identical |duplicate |separate )?(?:payments|charges|transactions)\b|\bduplicate (?:payments?|charges?|transactions?)\b|\bdouble[- ]?(?:charged|billed)\b|\b(?:gone|going|went|come|came|taken) out twice\b/g, 'charged twice'],
  [/\blegal (?:action|proceedings)\b/g, 'legal'],
  [/\bup[- ]front\b/g, 'upfront'],
  [/\b(?:the )?(?:rest|remainder) of (?:the |my |our )?(?:money|payment|cost|bill|amount|price)\b|\bremaining (?:money|payment|amount|cost)\b/g, 'balance'],
  [/\b(?:carr(?:y|ied|ies) (?:over|forward)|roll(?:s|ed)? (?:over|forward))\b/g, 'rollover'],
  [/\bget(?:ting)? out of (?:my|this|the|our) (contract|membership|subscription|agreement)\b/g, 'cancel $1'],
  // "Cancelling a contract or leaving us"; not "leave us a review".
  [/\bleav(?:e|ing) (?:us|you)(?=\s*(?:$|[.,;:!?]|for\b|and\b|or\b))/g, 'cancel'],
  [/\b(?:scared|afraid|frightened|too nervous) to drive\b/g, 'unsafe to drive'],
  [/\b(?:meant|supposed) to be (?:covered|guaranteed|under (?:warranty|guarantee))\b/g, 'warranty claim'],
  [/\bside[- ]effects?\b/g, 'sideeffect'],
  [/\bcrash courses?\b/g, 'intensive course'],
  [/\b(?:have|take|carry)\s+(?:on|with)\s+(?:me|us|him|her|them)\b/g, 'bring'],
  [/\b(?:just\s+)?starting\s+out\b/g, 'beginner'],
  // A car without a gear stick is an automatic, one with gears a manual (round 14 dev).
  [/\b(?:(?:cars?|vehicles?|ones?) (?:with )?)?(?:no|without(?: a)?) (?:gear ?sticks?|gears|clutch(?:es)?)\b/g, 'automatic'],
  [/\b(?:cars?|vehicles?|ones?) with (?:a )?(?:gear ?sticks?|gears|clutch(?:es)?)\b|\bstick[- ]shift\b/g, 'manual'],
  [/\bhang(?:s|ing)? (?:about|around|on)\b/g, 'wait'],
  [/\bpeople[- ]carriers?\b|\bmpvs?\b/g, 'peoplecarrier'],
  // "Is there a place to …" asks for somewhere to, not for a place (round 21 dev).
  [/\b(?:a|any) (?:place|spot) (?=to\b|where\b)/g, 'somewhere '],
  // "Somewhere to lock up my things" is a locker (round 21 dev).
  [/\block(?:ing)? (?:up |away )?(?:my|our|your) (?:things|stuff|belongings|valuables|bags?|kit|gear|phone|wallet)\b/g, 'locker'],
  // "anywhere safe to leave our phones and car keys?": a locker (or a cloakroom), as a help centre writes it.
  [/\b(?:any|some)(?:where|place) (?:safe |secure )?(?:to|we can|i can|i could|we could) (?:leave|put|keep|store|stash) (?=(?:my|our|your|the|a|an)?\s?(?:things|stuff|belongings|valuables|bags?|coats?|kit|gear|phones?|wallets?|keys|car keys|handbags?|purses?)\b)/g, 'locker '],
  // A class paid for on the day is a "drop-in" (round 21 dev: "How much is a single class?").
  [/\bdrop[- ]?ins?\b/g, 'dropin'],
  [/\baround the clock\b|\b24\/7\b|\b24 hours a day\b|\bday and night\b/g, 'allhours'],
];

/**
 * How articles spell what a phrase is read as, for the database's full-text query (it indexes
 * the text as written: "no-shows" is "no" and "shows" there).
 */
export const PHRASE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  refund: ['refund'],
  makeup: ['make', 'catch'],
  price: ['price', 'cost'],
  extra: ['extra', 'additional'],
  cancel: ['cancel'],
  discount: ['discount'],
  adult: ['adult'],
  onetoone: ['one', '1'],
  expire: ['expire', 'end'],
  login: ['log', 'sign'],
  signup: ['sign', 'register', 'enrol'],
  collect: ['collect', 'pick'],
  ebike: ['ebike', 'bike'],
  ebikes: ['ebikes', 'bikes'],
  escooter: ['escooter', 'scooter'],
  escooters: ['escooters', 'scooters'],
  card: ['card'],
  twofactor: ['factor', '2fa'],
  wifi: ['wifi', 'wi', 'fi'],
  amex: ['amex', 'american'],
  checkin: ['check'],
  checkout: ['check'],
  noshow: ['shows', 'show'],
  arrive: ['arrive'],
  allhours: ['clock', '24'],
  dropin: ['drop'],
  peoplecarrier: ['people', 'carrier', 'mpv'],
  park: ['park', 'parking'],
  refuel: ['refuel', 'fuel', 'full'],
  rollover: ['roll', 'carry'],
  upfront: ['upfront', 'front', 'deposit'],
  balance: ['balance', 'remaining', 'rest'],
  sideeffect: ['side', 'effects'],
};

/** Text-speak and run-together spellings, read as written out ("wat happens if u cant fix it"). */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', ppl: 'people', wat: 'what', wot: 'what', wats: "what's", wots: "what's", cant: "can't", im: "i'm", ive: "i've", pls: 'please', plz: 'please', till: 'until', til: 'until',
  whereabouts: 'where',
  // A greeting and common misspellings no knowledge base holds to correct them against.
  hiya: 'hi', heya: 'hey', adress: 'address', adresses: 'addresses', tshirt: 't-shirt', tshirts: 't-shirts',
  // Units as typed ("10 hrs", "45 mins", "2 wks", "8 yrs old"); not "min", which is also "minimum".
  hr: 'hour', hrs: 'hours', mins: 'minutes', wk: 'week', wks: 'weeks', yr: 'year', yrs: 'years', mth: 'month', mths: 'months',
  tue: 'tuesday', tues: 'tuesday', weds: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday',
};
/**
 * One pass for all of them (`words` runs on every article line and question): the table's words,
 * "wheres" and "doesnt" by their stems, "where abouts" with its space.
 */
const CHAT_SPELLING = new RegExp(
  String.raw`\b(?:${Object.keys(CHAT_WORDS).join('|')}|(do|does|did|is|are|was|were|have|has|had|could|would|should)nt|(what|where|how|who|there|that)s|where abouts)\b`,
  'g',
);
function chatSpelled(match: string, negated?: string, contracted?: string): string {
  if (negated) return `${negated}n't`;
  if (contracted) return `${contracted}'s`;
  return CHAT_WORDS[match.replace(' ', '')]!;
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(can)['’]t\b|\b(can)not\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’](?:s|re|ll|ve|d|m)\b/g, ''],
];

/** `s` with every character a pattern reads specially escaped, to match it as written. */
export const escapeForRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The everyday phrases (everyday-lexicon.ts) as one pattern, longest first, each written the way
 * `words` sees it (contractions undone: "can't make it" is "can not make it").
 */
const undone = (phrase: string) => CONTRACTIONS.reduce((t, [re, to]) => t.replace(re, to), phrase.toLowerCase()).replace(/[\s-]+/g, ' ');
const EVERYDAY_READING = new Map(EVERYDAY_PHRASES.map(([phrase, to]) => [undone(phrase), to]));
const EVERYDAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...EVERYDAY_READING.keys()].sort((a, b) => b.length - a.length).map((p) => escapeForRegExp(p).replace(/ /g, '[\\s-]+')).join('|')})(?![\p{L}\p{N}])`,
  'gu',
);

/** `text` lower-cased with its text-speak written out ("wats ur postcode" → "what's your postcode"). */
export function spelledOut(text: string): string {
  return text.replace(THE_US, '$1 USA').toLowerCase().replace(GLUED_UNIT, '$1 $2').replace(CHAT_SPELLING, chatSpelled);
}
/** "ship one record to the US": the country, not "us" (read in capitals after a word in small letters, not "SEND IT TO US"). */
const THE_US = /\b(the|to|in|from|across|within|around) U\.?S\.?(?![\p{L}.])/gu;
/** A number and its unit typed as one ("a 48hr session", "10mins", "3nights"): read apart. */
const GLUED_UNIT = /\b(\d+)(hrs?|hours?|mins|minutes?|days?|nights?|wks?|weeks?|yrs?|years?|mths?|months?)\b/g;

/** Lower case with curly quotes and backticks as plain apostrophes ("I’M" → "i'm"), as the pattern and fitted readers expect. */
export const plainLower = (text: string) => text.toLowerCase().replace(/[’‘`]/g, "'");

/**
 * Lower-case word tokens (letters and digits, Unicode-aware), contractions undone ("don't" is
 * "do not", "what's" is "what"), so no fragment like "t" or "s" counts as a word. Safe to quote
 * into FTS queries.
 */
export function words(text: string, options: { phrases?: boolean } = {}): string[] {
  let t = spelledOut(text).replace(DAY_SHORT, (_, listed?: string, opening?: string, after?: string) => `${opening ?? ''}${DAYS.find((d) => d.startsWith((listed ?? after)!.toLowerCase().slice(0, 3)))!}`);
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  if (options.phrases !== false) {
    for (const [re, to] of PHRASES) t = t.replace(re, to);
    t = t.replace(EVERYDAY, (m) => EVERYDAY_READING.get(m.replace(/[\s-]+/g, ' ')) ?? m);
  }
  return t.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A day cut short where a timetable writes it ("Mon - Ludlow Market", "Tues & Thurs", "Mon-Fri
 * 9-5", "closed Sun"), read as the day, so "where are you on a monday?" meets it. Only there:
 * "sat in the sun" and "wed in June" are no days.
 */
const SHORT_DAY = 'mon|tues?|wed|thu|thur|thurs|fri|sat|sun';
// The words before a day after closed/shut/open are matched and put back, not looked behind for:
// a lookbehind tried at every position doubled the pattern's cost on this hot path.
const DAY_SHORT = new RegExp(String.raw`\b(${SHORT_DAY})\b\.?(?=\s*(?:[-–—:,&=\/]|\.{2,}|to\b|and\b|\d))|\b((?:closed|shut|open)\s+(?:on\s+)?)(${SHORT_DAY})\b\.?`, 'gi');

/** True for words that carry no topic (function words and chat filler). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Irregular forms the Porter stemmer cannot relate to their verb ("lost" → "lose"). */
const IRREGULAR = new Map(
  (
    'lost:lose bought:buy paid:pay sent:send went:go gone:go got:get gotten:get made:make sold:sell took:take taken:take ' +
    'broke:break broken:break left:leave found:find kept:keep gave:give given:give wrote:write written:write ran:run ' +
    'came:come told:tell held:hold built:build chose:choose chosen:choose stole:steal stolen:steal forgot:forget ' +
    'forgotten:forget spent:spend brought:bring thought:think understood:understand won:win worn:wear wore:wear ' +
    'torn:tear tore:tear swam:swim swum:swim ate:eat eaten:eat drove:drive driven:drive fell:fall fallen:fall bitten:bite ' +
    'flew:fly flown:fly rode:ride ridden:ride spoke:speak spoken:speak froze:freeze frozen:freeze grew:grow grown:grow ' +
    'threw:throw thrown:throw knew:know known:know slept:sleep shook:shake woke:wake woken:wake hid:hide hidden:hide ' +
    'sang:sing sung:sing began:begin begun:begin drank:drink rang:ring rung:ring seen:see fed:feed met:meet taught:teach ' +
    'caught:catch heard:hear lent:lend bent:bend burnt:burn learnt:learn spilt:spill stuck:stick swept:sweep ' +
    'children:child people:person men:man women:woman feet:foot ground:grind ' +
    // ("kerbs and chippings": gravel, not something chipped.)
    'chippings:gravel ' +
    // ("gone a brownish colour", "smelly": the colour and the smell themselves.)
    'brownish:brown greenish:green yellowish:yellow reddish:red bluish:blue greyish:grey whitish:white blackish:black pinkish:pink smelly:smell ' +
    // Plurals in -ves the stemmer keeps apart from their singular ("knives" and "knife").
    'knives:knife wives:wife halves:half shelves:shelf loaves:loaf calves:calf wolves:wolf scarves:scarf hooves:hoof thieves:thief'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * The Porter stemmer (the `stemmer` package), the algorithm FTS5's `porter` tokenizer uses:
 * "supplies" and "supply" share a key, and a question's words meet an article's. Numbers stay as
 * they are.
 */
export function stem(word: string): string {
  return /\d/.test(word) ? word : porter(IRREGULAR.get(word) ?? word);
}

/** Content words of a text, stemmed, without stop words and single letters ("e" of "e-bike"). */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w) && (w.length > 1 || /\d/.test(w)))
    .map(stem);
}

/** Words a full stop ends without ending the sentence ("£14 inc. tube", "e.g. a Corsa"). */
const ABBREVIATED = /(?:^|[\s(])(?:inc|incl|excl|approx|e\.g|i\.e|etc|vs|nos?|mins?|max|hrs?|mr|mrs|ms|dr|st|co|ltd|tel|ext|wks?|yrs?|mon|tues?|wed|thur?s?|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|a\.m|p\.m|\p{L})\.$/iu;

/**
 * Splits text into sentences. Markdown headings and list items end a sentence; a period ends
 * one unless it sits inside a number ("2.5"). A sentence starts with a capital, a digit or a
 * quote; with `lowerCaseStarts`, also with a small letter after a full stop that ends no
 * abbreviation ("walk in, no need to book. inner tube repair - £14 inc. tube. tubeless…": owners
 * who type in lower case still write sentences).
 */
export function sentences(text: string, options: { lowerCaseStarts?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/\*\*|__|`/g, '')
      .trim();
    if (line === '') continue;
    const parts = line.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/u);
    for (const part of options.lowerCaseStarts ? parts.flatMap(lowerCaseSentences) : parts) {
      const s = part.trim();
      if (s !== '') out.push(s);
    }
  }
  return out;
}

/** `part` split where a full stop that ends no abbreviation is followed by a small letter. */
function lowerCaseSentences(part: string): string[] {
  const out: string[] = [];
  for (const piece of part.split(/(?<=\.)\s+(?=\p{Ll})/u)) {
    const previous = out[out.length - 1];
    if (previous !== undefined && ABBREVIATED.test(previous)) out[out.length - 1] = `${previous} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** The days of the week and the months, in order. */
export const DAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY = String.raw`(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?`;
/** A month's name, whole or cut short ("Jan", "Sept", "June"), as a pattern's source. */
export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?`;
const CALENDAR_RANGE = new RegExp(String.raw`\b(${DAY}|${MONTH})\.?\s*(?:-|–|—|to|until|till|through|thru)\s*(${DAY}|${MONTH})\b`, 'gi');
const placeIn = (word: string) => {
  const w = word.toLowerCase().slice(0, 3);
  const day = DAYS.findIndex((d) => d.startsWith(w));
  return day >= 0 ? { list: DAYS, at: day } : { list: MONTHS, at: MONTHS.findIndex((m) => m.startsWith(w)) };
};

/**
 * The days and months inside the ranges of `text`, as terms: "September to November" holds
 * October and "Mon-Fri" holds Thursday, so "How far ahead should I book for late October?" meets
 * "Busy season: September to November - book 3 to 4 weeks ahead".
 */
export function calendarRangeTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CALENDAR_RANGE)) {
    const [from, to] = [placeIn(m[1]!), placeIn(m[2]!)];
    if (from.list !== to.list || from.at < 0 || to.at < 0 || from.at === to.at) continue;
    const n = from.list.length;
    for (let k = (from.at + 1) % n; k !== to.at; k = (k + 1) % n) out.push(stem(from.list[k]!));
  }
  return out;
}

const CLOCK = String.raw`(\d{1,2})(?:[:.]\d{2})?\s?(am|pm)\b|\b(noon|midday)\b`;
const CLOCK_RANGE = new RegExp(String.raw`\b(?:${CLOCK})\s*(?:-|–|—|to|until|till|til)\s*(?:${CLOCK})`, 'gi');
const CLOCK_AT = new RegExp(String.raw`\b(?:${CLOCK})`, 'gi');
/** Parts of the day, each from its first hour (24-hour clock) to the next part's. */
const DAY_PARTS: [number, string][] = [[5, 'morning'], [12, 'afternoon'], [17, 'evening'], [24, '']];

const hourOf = (h: string | undefined, half: string | undefined, word: string | undefined): number => {
  if (word) return 12;
  const n = Number(h) % 12;
  return half!.toLowerCase() === 'pm' ? n + 12 : n;
};
const partAt = (hour: number): number => DAY_PARTS.findIndex(([from], i) => hour >= from && hour < DAY_PARTS[i + 1]![0]);

/**
 * The parts of the day `text`'s clock times fall in, as terms: "open every day 10am – 5pm"
 * holds the morning and the afternoon, so "what time do u open in the mornings" meets it, and
 * "Classes at 9am" holds no evening for "do you do evening classes?".
 */
export function dayPartTerms(text: string): string[] {
  const parts = new Set<number>();
  for (const m of text.matchAll(CLOCK_RANGE)) {
    // A range ends as its last part begins: open till 5pm is not open in the evening.
    const [from, to] = [partAt(hourOf(m[1], m[2], m[3])), partAt(hourOf(m[4], m[5], m[6]) - 0.5)];
    if (from >= 0 && to >= from) for (let k = from; k <= to; k++) parts.add(k);
  }
  for (const m of text.replace(CLOCK_RANGE, ' ').matchAll(CLOCK_AT)) {
    const at = partAt(hourOf(m[1], m[2], m[3]));
    if (at >= 0) parts.add(at);
  }
  return [...parts].map((k) => stem(DAY_PARTS[k]![1]));
}
