/**
 * What kind of answer a question asks for ("how much" → an amount of money, "how long" → a
 * duration, "what time" → a clock time, "how far" → a distance, "how old" → an age, "where" → a
 * place, "phone number" → a phone number), and which kinds a sentence holds. A sentence with an
 * amount answers "how much does it cost" even when it never says "cost". Kinds are returned as
 * pseudo-terms (`#money`…) that never collide with word stems.
 */

import { spelledOut } from './text.ts';

/** "Do you deliver to Leeds?": a place served or not, held by a line saying which area is. */
export const AREA_KIND = '#area';

/** "What are the options…", "Which plans do you offer?": a list, held by the line a list follows. */
export const LIST_KIND = '#list';

const SCHEDULE = /\bwhen (?:is|are|do|does) (?:the |your |my )?(?:[\p{L}-]+ ){1,3}(?:on|run|held|taught)\b/iu;

/**
 * "What number do I ring?", "Is there a number I can call?": the business's own number asked for,
 * read by the answer kinds here, by the business facts and by the hand-off recogniser (which leaves
 * such a message alone: the customer will ring).
 */
export const NUMBER_TO_RING = String.raw`(?:what|which) (?:phone )?number (?:do|should|can|could) (?:i|we) (?:call|ring|phone|use|dial)|is there (?:a|any) (?:phone )?number (?:i|we) (?:can|could) (?:call|ring|phone)`;

/**
 * "Is there an email I can send my dog's details to?", "Can I email you to book?": the
 * business's email address asked for (not the customer's own: "I changed my email address").
 */
export const EMAIL_ASKED = /\b(?:(?:is there|have you got|do you have) (?:an?|any) e-?mail\b|what(?:'?s| is) (?:your|the) e-?mail\b|(?:can|could|may) (?:i|we) (?:just )?e-?mail (?:you|u)\b|(?<!\b(?:my|our) )e-?mail address\b)/i;

const ASKS: [string, RegExp][] = [
  [LIST_KIND, /\bwhat (?:are|kinds?|types?|sorts?)\b.{0,30}\b(?:options|types|kinds|plans|choices|ways|methods|sizes|flavours|flavors|levels)\b|\bwhat (?:\w+ )?(?:options|plans|choices|methods|sizes|flavours|flavors|levels|roles|colours|colors|languages|currencies) (?:are|can|do|does|is there|are there)\b|\bwhich \w+(?: \w+)? do you (?:offer|have|accept|sell|support|teach|stock)\b/i],
  ['#money', /\b(?:how much(?! (?:notice|warning|time|longer|data|storage|space|weight|luggage|baggage|room)\b)|price[sd]?(?!\s+(?:list|lists|sheet|guide|menu|card)\b)|pricing|costs?|fees?|rates?|tariffs?|expensive|cheap|cheapest|cheaper|dearer|pricier|pricey|ballpark|(?:an?|any|extra|the|additional) charge|charge (?:for|extra)|what (?:do|does|will|would) (?:you|they|u) charge)\b/i],
  ['#duration', /\b(?:how long|how quick(?:ly)?|how soon|how early|how far (?:in advance|ahead)|how much (?:notice|warning|time|longer)|how many (?:days|weeks|hours|minutes|months|years)|turnaround|\b(?:do|does|did|will|would|should|can|could|it|they|that|this)\b[^?.!,]{0,30}\blasts?\b(?! (?:day|order|week|month|year|time|night|minute)))/i],
  ['#time', /\b(?:what time|when (?:do|does|are|is|will) (?:you|the|it|they)\b.*\b(?:open|close|back|return(?:ed)?|due)|opening hours|closing time|by when)\b|\b(?:open|close|closed)\b.*\b(?:(?:until|till?) when|how late)\b|\b(?:how late|how early) (?:are|is|do|does) (?:you|it|they|the \w+) (?:open|close)|\b(?:the latest|how late) (?:i|we|you) (?:can|could) (?:order|book|arrive|come|turn up|get|check)/i],
  // "When is the rest of the money due?", "When do I have to pay the balance by?"
  // "When do I need to let you know by?", "What's the latest I can order?": a deadline.
  ['#due', /\bwhen\b.*\b(?:due|payable|paid|pay)\b|\bdeadline\b|\bwhen\b[^?.!]*\bby\s*[?.!]*\s*$|\bwhen\b[^?.!]*\bby\s*\?|\bthe latest (?:i|we|you) (?:can|could|should|need to|have to)\b/i],
  // "Do you ship to France?", "Can you deliver out to Winchcombe?": whether a place is served.
  [AREA_KIND, /^\W*(?:do|does|can|could|will|would)\s+(?:you|they)\s+(?:\w+\s+)?(?:deliver|ship|post|send|cover|travel|come|go|drive)\w*\b[^.?!]{0,30}?\b(?:to|in|out to|as far as)\s+(?!(?:you|me|us|my|your|our|the (?:shop|door|house|office)|(?<=in\s+)(?:a|an|the (?:evening|morning|afternoon|week|weekend|post)))\b)\w+/i],
  // "How wide does my gateway need to be?": a length, as a distance is given.
  ['#distance', /\b(?:how far(?! (?:in advance|ahead))|range|distance|how (?:wide|narrow|tall|high|deep))\b/i],
  ['#size', /\b(?:how (?:big|large|heavy)|how much (?:space|room)|biggest|largest|heaviest|maximum|max|size limit|limit)\b/i],
  ['#weekday', /\b(?:which|what) days?\b|\bwhat day of the week\b/i],
  // "When is the boxing class on?": a schedule, given by a clock time, a day, a month or a season.
  ['#when', SCHEDULE],
  // "I ordered on Friday night, when will it actually get sent?": the days things go out (not when they arrive, a duration).
  ['#when', /\bwhen (?:will|would|do|does|did|can) (?:it|they|you|my|our|the)\b[^?.!]{0,30}?\b(?:get |be |go )?(?:sent|posted|dispatched|despatched|shipped|go out|goes out|send|post|dispatch|ship)\b/i],
  ['#age', /\b(?:how (?:old|young)|age|ages|years old|old enough|too (?:old|young))\b/i],
  ['#speed', /\b(?:how fast|top speed|speed)\b/i],
  ['#frequency', /\bhow (?:often|frequently)\b|\bhow many times\b/i],
  // "How many ppl are on a workshop?", "what's the max group size?": a number of people or places.
  // (Not "how many pages/credits/coffees": a number of things, which "up to 10 people" does not answer.)
  ['#count', /\bhow many\s+(?:(?:more|other|extra)\s+)?(?:people|persons?|ppl|guests|adults|children|kids|students|pupils|places|spaces|spots|seats|participants|riders|passengers|of us|can (?:come|attend|join|go|fit|take part)|are (?:on|in) (?:a|an|the|each|one))\b|\b(?:max(?:imum)?|min(?:imum)?)\s+(?:number|numbers|group size|class size)\b|\b(?:group|class) sizes?\b/i],
  ['#requirement', /\bwhat (?:do|does|will|would|should) (?:i|we|you|they|he|she|my \w+) (?:need|have to bring|have to have|require|bring)\b|\bwhat (?:is|are) (?:needed|required)\b|\brequirements?\b/i],
  // The business's number, not the customer's device ("If I drop *my phone* off…", "the phone booths").
  ['#phone', new RegExp(String.raw`\b(?:(?:tele)?phone (?:number|no|line)s?|(?:call|ring|phone|contact) (?:you|us)\b|number to (?:call|ring)|number (?:i|we) (?:can|could) (?:call|ring)|${NUMBER_TO_RING}|what(?:'?s| is) (?:your|the) (?:tele)?phone\b|what(?:'?s| is) (?:your|the) number(?! of\b)|(?:by|over the) (?:tele)?phone\b|who (?:do|should|can) (?:i|we) (?:call|ring|phone))\b`, 'i')],
  // "Who does the grooming?", "Who decides…", "Who pays…": a person, a role or a party.
  ['#person', /^\W*who\b(?!\s+(?:can|may|is allowed to|is eligible)\b)|\bwho (?:is|are|does|do|will|decides|handles|deals|pays|looks after|takes care)\b/i],
  ['#email', EMAIL_ASKED],
  // Not "what is your email address?".
  ['#address', /\b(?:where ?(?:abouts )?(?:is|are) (?:you|your|the \w+)|what(?:'?s| is) (?:your|the) (?:(?!e-?mail\b)\w+ )?(?:address|post ?code|zip ?code)|(?:your|the) (?:address|post ?code|zip ?code)\s*\?)/i],
  ['#place', /\b(?:where ?(?:abouts )?(?:is|are) (?:you|your|the \w+)|where (?:can i )?find you|(?<!e-?mail )address|located|location|based)\b/i],
];

/** Roles a business names people by. */
const ROLES =
  '(?:manager|owner|founder|director|groomer|teacher|tutor|instructor|coach|trainer|dentist|hygienist|nurse|doctor|vet|receptionist|team|staff|adviser|advisor|officer|coordinator|head|lead|specialist|technician|mechanic|engineer|accountant|agent|representative|support team|department|therapist|physiotherapist|physio|practitioner|consultant|stylist|chef|host|pharmacist|optometrist|midwife|counsellor)s?';

const HOLDS: [string, RegExp][] = [
  // An enumeration in the sentence itself ("a viewer, a commenter or an editor"); a line a list
  // follows holds one too (see extract-answer.ts).
  [LIST_KIND, /[\p{L}-]+, (?:(?:an?|the) )?[\p{L}-]+(?: [\p{L}-]+)?,? (?:and|or) (?:(?:an?|the) )?[\p{L}-]+/u],
  // "No cancellation fee", "at no extra charge": a price of nothing is a price.
  // "A deposit of 25% of the total", "10% off": a share of the price answers "how much deposit?"
  // (not "we charge 50% of the lesson price", which is no price of a lesson).
  ['#money', /(?:[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:usd|eur|gbp|nok|sek|dkk|chf|cad|aud|dollars?|euros?|pounds?|cents?|p)\b|\b(?:deposit|discount|refund|surcharge|reduction)s? (?:of |is |are )?\d+\s?(?:%|per ?cent\b)|\d\s?(?:%|per ?cent\b) (?:deposit|discount|off|refund|surcharge|reduction)\b|\bfree\b|\bno (?:[\p{L}-]+ ){0,2}(?:fees?|charges?|costs?)\b|\bhalf[- ]price\b)/iu],
  ['#duration', /\b(?:\d+|one|two|three|four|five|six|seven|ten|a|an)(?:[- ]to[- ]\d+)?[- ]?(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\b|\b(?:same[- ]day|overnight|within \d+|since (?:19|20)\d\d)\b/i],
  ['#time', /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b/i],
  // "Due 6 weeks before the wedding": a deadline told from the event.
  // A date or time something must happen by ("tell us before the 20th", "orders placed by 12pm
  // the day before", "payment is due on completion").
  ['#due', /\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve)[- ](?:working |business |full )?(?:hours?|days?|weeks?|months?) (?:before|after|ahead of|prior to)\b|\b(?:before|by) (?:the )?\d{1,2}(?:st|nd|rd|th)\b|\bby \d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\bby (?:noon|midday|midnight)\b|\bthe (?:day|night|evening|morning|week) before\b|\bdue (?:on|upon|at|when|by|before)\b|\b(?:on|upon) completion\b/i],
  ['#distance', /\b\d+(?:[.,]\d+)?\s?(?:km|kilometres?|kilometers?|miles?|m|metres?|meters?|feet|ft)\b|\b\d+[- ]minutes?(?:'s)? (?:walk|drive|ride)\b|\bwalking distance\b/i],
  // "2kg", "500ml", and a floor area "3m x 3m", "10ft by 8ft".
  ['#size', /\b\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|tb|kg|g|lb|lbs|cm|mm|inch|inches|litres?|liters?|ml)\b|\b\d+(?:[.,]\d+)?\s?(?:m|cm|mm|ft|feet|metres?|meters?)?\s?(?:x|×|by)\s?\d+(?:[.,]\d+)?\s?(?:m|cm|mm|ft|feet|metres?|meters?)\b|\bsquare (?:metres|meters|feet)\b|\b\d+\s?(?:sq ?m|m2|m²|sq ?ft)/i],
  // "Wed - Tenbury Wells", "Mon to Fri 8-5": a day written short, as a label or in a range.
  ['#weekday', /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\b\.?(?=\s*(?:[-–—:,&]|to\b|and\b|\d))|\bweekdays?\b|\bweekends?\b|\bdaily\b|\bevery day\b/i],
  // "We deliver to mainland UK only", "within 10 miles of the shop", "we don't deliver beyond 25
  // miles", "from 15 to 25 miles it's £1.50 a mile": the area served.
  [AREA_KIND, /\b(?:only|just)\b[^.;]{0,40}\b(?:uk|mainland|miles?|km|area|postcodes?|county|region|country|countries|europe|addresses)\b|\bwithin (?:a |an )?\d+[- ]?(?:miles?|km|minutes?)\b|\b(?:beyond|outside|further than|more than|over|up to)\s+(?:a |an )?\d+[- ]?(?:miles?|km)\b|\b\d+\s*(?:to|-|–)\s*\d+\s*(?:miles?|km)\b|\b(?:mainland uk|nationwide|uk-wide|worldwide|internationally)\b/i],
  ['#age', /\b(?:\d+\s+(?:years?|months?|weeks?)\s+old|aged?\s+\d+|ages?\s+\d+|under\s+\d+|over\s+\d+|at least \d+)/i],
  // "Max 8 people", "up to 12 guests", "6 places per class".
  ['#count', /\b(?:max(?:imum)?\.?|min(?:imum)?\.?|up to|no more than|at least|maximum of|minimum of|limited to|capped at)\s+\d+\b|\b\d+(?:\s*(?:-|to)\s*\d+)?\s+(?:people|persons|guests|adults|children|kids|students|places|spaces|spots|seats|participants|riders|passengers|per\s+(?:class|group|session|course|workshop|flight|booking|tour|table))\b/i],
  ['#speed', /\b\d+\s?(?:km\/h|kph|mph|mbps|mb\/s|gbps|gb\/s|megabits?(?: per second)?)(?!\w)/i],
  ['#requirement', /\b(?:you|we|they|everyone|customers|students|patients|guests) (?:will )?(?:need|must|have to|are required to)\b|\b(?:is|are) required\b|\bplease bring\b/i],
  ['#frequency', /\bevery\s+(?:\d+\s+|other\s+|few\s+)?(?:day|week|month|year|hour|night|morning)s?\b|\b(?:once|twice|\d+ times) (?:a|an|per|every)\b|\b(?:daily|weekly|monthly|yearly|annually|nightly)\b/i],
  ['#phone', /(?:\+?\d[\d -]{6,}\d)/],
  ['#email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/],
  ['#when', /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays?\b|\bweekends?\b|\bdaily\b|\bevery (?:day|week|month|year|morning|evening|spring|summer|autumn|winter)\b|\b(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|september|october|november|december)\b|\bsame times? as\b|\b(?:mornings|evenings|afternoons)\b/i],
  // A named person ("Our groomer, Hannah,"; "Priya Shah handles…"; "Our MOT tester is Karen
  // Hartley."), a role of the business ("our fleet manager"), or the party something is done by
  // ("paid by the owner").
  ['#person', new RegExp(`\\b(?:our|your) (?:[\\p{L}-]+ ){0,2}${ROLES}\\b|\\b(?:by|to|from|with) (?:the |our |your )?(?:[\\p{L}-]+ )?(?:${ROLES}|customer|client|owner|buyer|guest|patient|student|parent|account holder|you)\\b|\\b[A-Z]\\p{Ll}+ [A-Z]\\p{Ll}+(?:,)? (?:handles|decides|deals|runs|manages|leads|teaches|looks after|is our|will)\\b|\\b${ROLES},? [A-Z]\\p{Ll}+\\b|^\\W*(?:Dr\\.? )?[A-Z]\\p{Ll}+(?: [A-Z][\\p{Ll}'-]+){1,2}\\s*(?:[–—:,(]|-\\s)\\s*(?:[\\p{L}-]+ ){0,3}(?:${ROLES}|[\\p{L}-]+(?:er|or|ist|ian)s?)\\b|^\\W*[A-Z]\\p{Ll}+ [A-Z][\\p{Ll}'-]+\\s+[–—-]\\s+\\p{Ll}+,\\s|\\b(?:with|by) (?:Auntie|Aunty|Uncle|Mr|Mrs|Ms|Miss|Dr|Coach|Chef|Captain|Farmer|Nurse)\\.? [A-Z]\\p{Ll}+|\\b(?:run|led|taught|hosted|presented|coached|managed) by [A-Z]\\p{Ll}+\\b|^\\W*[A-Z]\\p{Ll}+ (?:runs|handles|manages|leads|teaches|organi[sz]es|hosts|coaches|oversees|looks after) (?:all|the|our|your|every|most|any)\\b|\\b(?:[Oo]ur|[Yy]our|[Tt]he) (?:[\\p{L}-]+ ){0,2}[\\p{L}-]+(?:er|or|ist|ian)s? (?:is|are) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)[A-Z]\\p{Ll}+\\b`, 'u')],
  // A street address with a house number, or a UK postcode ("14 Gillygate, York YO31 7EQ"): the
  // most precise answer to "where".
  ['#address', /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d+[A-Za-z]?,?\s+[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*\s+(?:Street|St|Lane|Road|Rd|Avenue|Ave|Square|Way|Place|Boulevard|Blvd|Drive|Row|Close|Crescent|Terrace|Court|Parade|Walk|Hill|Gardens|Grove|Mews|Quay|Wharf|Arches|Green|Yard|Gate|Broadway|Embankment|Parkway)\b/u],
  ['#place', /\b(?:\d+\s+|(?:is|are) (?:at|on) (?:[A-Z][\p{L}]* \d+, )?)[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*\s+(?:Street|St|Lane|Road|Rd|Avenue|Ave|Square|Way|Place|Boulevard|Blvd|Drive)\b|\bnext to\b|\blocated\b|\bin [A-Z][\p{L}]+, [A-Z][\p{L}]+|\b(?:based|located|situated) in\b|\b(?:roaster|shop|store|office|studio|workshop|company|business|bakery|clinic|restaurant|café) (?:in|on) (?:the )?[A-Z]/u],
];

/**
 * "How much do you charge to MOT a car?": the business charging is how the amount is asked, like
 * "cost" (not "charge" of a battery, so only after "do you", "will they"…).
 */
const CHARGE_ASKED = /\b(?:do|does|did|will|would|could|can) (?:you|they|it|u) (?:usually |normally )?charge\b/;

/** Words that only say which kind of answer is wanted ("how *long*", "how *far*"). */
const TYPE_WORDS: Record<string, string[]> = {
  '#duration': ['long', 'quick', 'quickly', 'soon', 'early', 'last', 'lasts', 'far', 'advance', 'ahead', 'much', 'time', 'longer', 'notice'],
  '#time': ['time', 'late', 'latest', 'early', 'open', 'opens', 'close', 'closes', 'shut', 'shuts'],
  '#address': ['address', 'postcode', 'zipcode'],
  '#distance': ['far', 'range', 'distance', 'wide', 'narrow', 'tall', 'high', 'deep'],
  '#size': ['big', 'biggest', 'large', 'largest', 'heavy', 'heaviest', 'maximum', 'max', 'limit', 'space'],
  // Not "charge" (a battery's) nor "pay" ("can I pay by card?" asks how, not how much).
  '#money': ['cost', 'costs', 'price', 'prices', 'priced', 'pricing', 'fee', 'fees', 'expensive', 'cheap', 'cheapest', 'cheaper', 'dearer', 'pricier', 'pricey', 'ballpark', 'estimate', 'estimates'],
  '#weekday': ['day', 'days'],
  '#age': ['old', 'young', 'age', 'ages'],
  '#speed': ['fast', 'speed'],
  '#frequency': ['often', 'frequently', 'times'],
  '#count': ['many', 'number', 'numbers'],
  [LIST_KIND]: ['option', 'options', 'type', 'types', 'kind', 'kinds', 'choice', 'choices'],
  '#requirement': ['need', 'needed', 'require', 'required', 'requirement', 'requirements', 'bring'],
  '#place': ['located', 'location', 'based', 'find'],
  // "What is your phone number?": the number is the answer, wherever the business wrote it.
  '#phone': ['phone', 'telephone', 'number', 'call', 'ring'],
  '#email': ['email', 'mail', 'address'],
  '#person': ['who'],
  '#due': ['due', 'deadline', 'latest'],
};

/** The kinds of answer `question` asks for, each with the question's words that asked for it. */
export function askedTypes(question: string): { kind: string; words: string[] }[] {
  const read = spelledOut(question);
  return ASKS.filter(([, re]) => re.test(read)).map(([kind]) => ({ kind, words: kind === '#money' && CHARGE_ASKED.test(read) ? [...TYPE_WORDS[kind]!, 'charge'] : TYPE_WORDS[kind] ?? [] }));
}

/** The kinds of answer `sentence` holds. */
export function heldTypes(sentence: string): string[] {
  return HOLDS.filter(([, re]) => re.test(sentence)).map(([kind]) => kind);
}
