/**
 * A sentence of the business rules that routes one kind of case to someone of the business, read
 * by its shape: the case, a verb that moves it, and who receives it. "Job applications go to the
 * manager", "Hand any press enquiries over to me", "Wedding cake enquiries are Sarah's, leave them
 * for her", "Lost property is one for the front desk", "When someone's locked out, get whoever's
 * on call to ring them back", "If a client says they've had a reaction, a therapist has to take it
 * from there".
 *
 * business-rules-handovers.ts asks this last, of a sentence in which no other reading found a case.
 * Only verbs that move a case count: who does a job ("Karen answers the phone", "bookings are
 * handled by Nia") routes nothing, and a thing that travels ("Post goes to the office", "Payments
 * go to our accounts team") is no case.
 */
import { CALENDAR_WORDS, STAFF_PERSON, STAFF_ROLES } from './chatty-list-intro.ts';

/** A name, not a day, a month or "I". */
const NAME = String.raw`(?!(?:${CALENDAR_WORDS}|I)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?`;
/** Who a job title names when it ends a phrase: "the property manager", "our accounts lady", "the head chef". */
const PERSON_HEAD = String.raw`manager|owner|boss|foreman|supervisor|co-?ordinator|director|partner|chef|lady|man|guy|bloke|${STAFF_ROLES}`;
/** A place of the business that is also a thing: "the office", "the front desk", "the lettings team". */
const PLACE_HEAD = String.raw`team|desk|reception|office|department|dept|dispatch|accounts|workshop|yard`;
const ROLE = String.raw`(?:[Tt]he|[Oo]ur|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?`;
/** Someone of the business by who they are (a role, a name, "me"), with their name after a role ("our accounts lady, Bev"). */
const PERSON = String.raw`(?:me|us|one\s+of\s+us|myself|(?:a|an)\s+(?:real\s+|actual\s+)?(?:human|person)|${STAFF_PERSON}|${ROLE}(?:${PERSON_HEAD})\b(?:,\s*${NAME})?|${NAME}(?:\s+(?:in|on|at)\s+(?:the\s+)?\p{Ll}+)?)`;
/** The same, or a place of the business ("the office", "reception"): a case goes there only when it looks like one. */
const TAKER = String.raw`(?:${PERSON}|${ROLE}(?:${PLACE_HEAD})\b|(?:front\s+desk|reception|dispatch|accounts))`;
/** What may follow who takes it. */
const AFTER = String.raw`(?=\s*(?:$|[,.;:!?(–—-]|(?:so|as|because|who|rather|instead|please|first|straight|immediately|right|asap|and|to|not|direct(?:ly)?|personally)\b))`;

/** A verb that moves a case, with how it goes ("should be passed straight over to", "need to go to", "gets put through to"). */
const MOVED = String.raw`(?:(?:should|must|will|can|needs?\s+to|have\s+to|has\s+to|always)\s+)?(?:all\s+)?(?:be\s+|get\s+|gets\s+|needs?\s+)?(go|goes|come|comes|passed|sent|handed|referred|forwarded|routed|put|directed|escalated|flagged|transferred|passing|sending|handing|referring|forwarding)(?:\s+(?:on|over|through|straight|across|directly|along|up))*\s+to`;
const HAND = String.raw`(?:hand|pass|send|refer|forward|route|escalate|flag)`;
const THEM = String.raw`(?:those|these|them|it|that|this)`;

/** Words that say a case, for a case that goes to a name or a place ("Orders go to Scotland", "Post goes to the office"). */
// ("Landlords wanting to list a property": someone wanting something is a case too.)
const CASE_WORDS = /\b(?:enquir\w*|inquir\w*|quer(?:y|ies)|questions?|requests?|complaints?|concerns?|claims?|disputes?|refunds?|quotes?|applications?|commissions?|anything|anyone|anybody|someone|somebody|people|customers?|clients?|problems?|issues?|wanting|asking|looking)\b/i;
/** A case said by a pronoun, or the customer at large: no kind of case. */
// ("Send your item to us": the customer's thing, posted.)
const NO_CASE = /^\W*(?:them|everyone|everything|all\s+calls|calls|phone\s+calls|emails|messages|customers|people)\b\s*$|^\W*(?:it|they|this|that|these|those|which|he|she|we|i|you|your|their|his|her)\b/i;
/** Who comes ("Things to bring when you come to us"): visitors, not a case. */
const VISITORS = /\b(?:you|they|we|people|customers|guests|visitors|everyone)\s*$/i;
/** Things that travel ("Deliveries come to me", "Tips go to the staff"): no case. */
const THINGS = /^\W*(?:all\s+|any\s+|our\s+|the\s+)?(?:deliveries|parcels|post|mail|letters|orders|payments|money|deposits|invoices|stock|goods|tips|donations|profits|proceeds|feedback)\s*$/i;

// "Job applications go to the manager", "Anyone chasing a deposit return should be put through to the lettings team"
// (the verb in the second group, who takes it in the third)
const CASE_MOVES = new RegExp(String.raw`^(.+?)\s+${MOVED}\s+(${TAKER})${AFTER}`, 'u');
// "Hand any press enquiries over to me", "Send complaints to Dave" (who takes it in the second group)
const HAND_CASE = new RegExp(String.raw`^${HAND}\s+(?!${THEM}\b|the\s+(?:chat|conversation|customer|call|message)\b)(.+?)\s+(?:(?:over|on|through|straight|across|along)\s+)*to\s+(${PERSON})${AFTER}`, 'u');
// "Refund requests are Jo's": only of what looks like a case ("The café is Bridget's" is not).
const POSSESSED = new RegExp(String.raw`^(.+?)\s+(?:is|are)\s+(?:all\s+|always\s+)?${NAME}(?:'s|’s)\s*$`, 'u');

/** The forms, each with the case in its first group. */
const FORMS: readonly RegExp[] = [
  CASE_MOVES,
  HAND_CASE,
  // "Wedding cake enquiries are Sarah's, leave them for her" (not "The café is Bridget's, open 9 till 5")
  new RegExp(String.raw`^(.+?)\s+(?:is|are)\s+(?:all\s+)?${NAME}(?:'s|’s)\s*[,;:–—-]\s*(?:so\s+)?(?:please\s+)?(?:just\s+)?(?:leave|pass|send|hand|give|forward|refer|put|let)\b`, 'u'),
  POSSESSED,
  // "Lost property at the gym is one for the front desk"
  new RegExp(String.raw`^(.+?)\s+(?:is|are)\s+(?:always\s+)?(?:one|ones|a\s+job|something|a\s+matter|a\s+question)\s+for\s+${TAKER}${AFTER}`, 'u'),
  // "Trade account applications – leave those for Andy", "Boiler breakdowns – get one of us on the phone to them"
  // (not "If your item needs a repair, send it to us": the item, posted in)
  new RegExp(String.raw`^(.+?)\s*(?:[–—:]|\s-|,)\s*(?:please\s+)?(?:just\s+)?(?:(?:leave|pass|hand|give|forward|refer|put)\s+${THEM}\s+(?:(?:over|on|through|straight|across|along)\s+)*(?:to|for|with)\s+${TAKER}|send\s+${THEM}\s+(?:(?:over|on|through|straight|across|along)\s+)*to\s+(?!(?:me|us)\b)${TAKER}|(?:get|have)\s+${PERSON}\s+(?:on|involved|in|to)\b|${PERSON}\s+(?:takes?|will\s+take|'ll\s+take)\s+(?:it|them|that|those|these|over)\b)`, 'u'),
  // "Anything about planning permission, let Richard answer it"
  new RegExp(String.raw`^(.+?),\s*(?:please\s+)?(?:just\s+)?let\s+${TAKER}\s+(?:answer|handle|deal\s+with|sort|take|reply\s+to|field)\b`, 'u'),
  // "When someone's locked out, get whoever's on call to ring them back", "When a tenant reports a leak, get the property manager involved"
  new RegExp(String.raw`^(?:if|when|whenever)\s+(.+?),\s*(?:please\s+)?(?:just\s+)?(?:get|have|ask)\s+${TAKER}\s+(?:to\s+)?(?:ring|call|phone|speak|talk|contact|get\s+back|deal|handle|sort|take|pick|involved|on\s+(?:it|the\s+phone))\b`, 'iu'),
  // "If a client says they've had a reaction, a therapist has to take it from there", "…, the office needs to sort that, not you"
  new RegExp(String.raw`^(?:if|when|whenever)\s+(.+?),\s*(?:then\s+)?${TAKER}\s+(?:has\s+to|needs\s+to|must|should|will\s+need\s+to|'ll\s+need\s+to|will\s+have\s+to)\s+(?:take\s+(?:it|over)|deal|handle|sort|call|ring|phone|speak|talk|see|pick)\b`, 'iu'),
  // "Claire wants any arguments about the security deposit sent straight to her rather than you trying to explain it"
  new RegExp(String.raw`^(?:\p{L}+)\s+(?:wants?|would\s+like|'d\s+like|needs?)\s+(.+?)\s+(?:sent|passed|handed|forwarded|put\s+through|referred)\s+(?:(?:straight|directly|over|on)\s+)*to\s+(?:her|him|me|us|them)\b`, 'u'),
];
const PLACE_END = new RegExp(String.raw`\b(?:${PLACE_HEAD}|office(?:\s+team)?)$`, 'u');
const GO = /^(?:go|goes|come|comes)$/;

/** The case a sentence routes to someone of the business by its shape, or undefined. */
export function routedSentence(sentence: string): string | undefined {
  const text = sentence.replace(/^\W*(?:(?:please|also|and|so|but|oh|plus)\b[\s,]*)+/i, '').replace(/[\s.!]+$/, '');
  // (Not a line over a list: "Things to bring when you come to us:".)
  if (/^(?:don'?t|do\s+not|never|no\s+need)\b/i.test(text) || /:\s*$/.test(text)) return undefined;
  const lowered = text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  for (const form of FORMS) {
    const m = form.exec(lowered);
    const kase = m?.[1]?.trim();
    if (m === null || kase === undefined || NO_CASE.test(kase) || THINGS.test(kase)) continue;
    if (form === POSSESSED && !CASE_WORDS.test(kase)) continue;
    // "Orders go to Scotland", "Post goes to the office": a case goes to a name or a place only when it looks like one.
    const [verb, taker] = form === CASE_MOVES ? [m[2]!, m[3]!] : [];
    if (verb !== undefined && GO.test(verb) && (VISITORS.test(kase) || ((/^\p{Lu}/u.test(taker!) || PLACE_END.test(taker!)) && !CASE_WORDS.test(kase)))) continue;
    // ("Send the broken part to us": an item posted in.)
    if (form === HAND_CASE && /^send\b/i.test(lowered) && /^(?:me|us)$/i.test(m[2]!)) continue;
    // ("Businesses with a fleet … also come to me": another of the owner's cases.)
    const start = lowered.indexOf(kase);
    return text.slice(start, start + kase.length).replace(/\s+(?:also|too|as\s+well)$/i, '');
  }
  return undefined;
}
