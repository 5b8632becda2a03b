/**
 * An owner's own lead-in over a list of hand-overs, said the long way round: "Okay so. Here's my
 * 'stick the kettle on and get a human' pile — stuff where I'd rather the bot just says one of us
 * will get back to them:", "These have burned me before so they come to me:", "Honestly, the
 * following are above your pay grade - get me:".
 *
 * `handOverIntro` reads an intro that says nothing but the hand-over ("Stuff I need to see:"), so
 * a lead-in with chatter of its own ("my heart sinks", "no exceptions") was read as no intro and
 * its list was lost. Here a line over a list is an intro when one of its phrases says who of the
 * business takes what follows, or that the agent is to keep out of it, wherever in the line it is.
 * It is asked only of a line that ends in a colon with list items under it, and never of one that
 * ends on what to tell or remind people of ("If they ask about parking, tell them:").
 */

/**
 * The business's people by their job ("the duty vet", "their teacher", "someone in the workshop"):
 * shared with business-rules-handovers.ts. Named one by one: "-ist" at large is "the list", "the wrist".
 */
export const STAFF_ROLES = 'vets?|teachers?|instructors?|stylists?|mechanics?|engineers?|nurses?|chefs?|groomers?|coach(?:es)?|trainers?|tutors?|office(?:\\s+team)?|workshop|yard|lads|girls|humans|team|boss|manager|owner|doctors?|dentists?|drivers?|staff|receptionists?|fitters?|florists?|bakers?|physios?|surgeons?|photographers?|(?:physio|psycho)?therapists?|optometrists?|pharmacists?|specialists?|podiatrists?|chiropodists?|(?:techn|electr|opt|beaut|clin|mus)icians?';
export const STAFF_PERSON = String.raw`[Ss]omeone\s+(?:in|from|at)\s+(?:the\s+)?\p{Ll}+|(?:[Aa]|[Tt]he)\s+member\s+of\s+(?:the\s+)?(?:staff|team)|[Mm]embers\s+of\s+staff|(?:[Tt]he|[Oo]ur|[Tt]heir)\s+(?:duty\s+|on-?call\s+|senior\s+|head\s+|yard\s+|shop\s+)?(?:${STAFF_ROLES})\b(?:\s+on\s+duty)?|[Ww]hoever(?:'s|\s+is)\s+(?:on|in)(?:\s+(?:the\s+)?(?:desk|bar|call|shift|duty|reception|site))?|[Oo]ur\s+\p{Lu}\p{Ll}+`;

/** Capitalised words that are days, months or holidays, not names: shared with routed-sentence.ts. */
export const CALENDAR_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter';
/** The customer at large, whom things are passed on to ("pass these on to customers"): shared with escalation-rules.ts. */
export const CUSTOMERS_AT_LARGE = 'customers?|clients?|people|guests|everyone|callers|visitors|parents';

/** Someone of the business, in a line whose first letter is lowered: a name keeps its capital ("the team", "our boss": STAFF_PERSON). */
const TAKER = String.raw`(?:${STAFF_PERSON}|(?:our )?(?:me|us|one of us|one of (?:the|our) [\p{Ll}-]+|(?:a|an) (?:real |actual )?(?:human|person|grown-?up)|(?:a )?members? of (?:the )?(?:team|staff)|someone|somebody|(?!(?:${CALENDAR_WORDS})\b)\p{Lu}\p{Ll}+))`;

/** The agent, as owners call it. */
const AGENT = String.raw`(?:the |a )?(?:bot|ai|AI|assistant|chatbot|chat ?thing|computer)`;

/** Cases are the subject of "come to me" (not "when you come to us", "before people come to us"). */
const NOT_VISITORS = String.raw`(?<!\b(?:you|people|customers|guests|visitors|parents|everyone|when they|before they|once they|if they) )`;

const SAID = [
  // "one of us will get back to them", "Jo will ring back", "a human has to take over", "he'll sort it"
  String.raw`\b(?:${TAKER}|we|[Ii]|he|she)(?:'ll| will| can| should| needs? to| has to| must)(?: just| then)? (?:get back|be in touch|call|ring|phone|message|text|reply|contact|pick (?:these|those|them|it) up|take over|step in|deal with|handle|sort|follow up)\b`,
  // "let one of us pick these up", "let Priti or me handle them", "make sure a person picks these up", "I'd like one of us to have the conversation"
  String.raw`\blet ${TAKER}(?: (?:in|at|on|from) the \p{Ll}+)?(?: (?:or|and) ${TAKER})? (?:pick|deal|handle|sort|take|answer|reply)\b|\b${TAKER} (?:picks?|takes?) (?:these|those|them|it) (?:up|on)\b|\b${TAKER} to (?:have the conversation|pick (?:these|those|them|it) up|take (?:these|those|them|it)|deal with|handle)\b`,
  // "get a human", "get me", "'nope, get Dave'", "get a member of staff involved"
  String.raw`\bget (?:(?:a|an) (?:real |actual )?(?:human|person|grown-?up)|${TAKER})(?=\s*(?:[,:;.!)'"’—–-]|$|\s(?:or|and|involved|in)\b))`,
  // "stuff that needs a grown-up", "the below need our Dave", "the lads on the van need to hear about it", "Mike wants to see these himself"
  String.raw`\bneeds? (?:(?:a|an) (?:real |actual )?(?:human|person|grown-?up)\b|${TAKER}(?!\p{L}))|(?:${TAKER}|^\W*\p{Ll}+(?= wants)) (?:wants?|needs?|has|'d like|would like) to (?:see|hear about|know about|deal with|handle) (?:these|those|them|it)\b|\bneeds? to (?:hear|know) about (?:it|them|these|those|this)\b`,
  // "leave these for me", "(so leave them for a human)", "flag it for Gareth"
  String.raw`\b(?:leave|keep|save|flag) (?:(?:these|those|them|this|it|the following)(?: ones)? )?for ${TAKER}\b`,
  // "so they come to me", "stuff that lands on my desk", "these must go to a member of staff", "needs to go to her"
  String.raw`${NOT_VISITORS}\b(?:come|comes|go|goes|land|lands) (?:straight )?(?:to|on) (?:${TAKER}|him|her|my desk|our desk)(?!\p{L})`,
  // "hand them over", "pass these to one of the lads", "put them through to us", "loop in the team", "give a shout over to Tom"
  // ("send these to someone in the shop", "bump them over to Sharon", "straight to the manager", "leave it with us", "a callback from the office")
  String.raw`\b(?:send|bump)(?:ed)? (?:(?:these|those|them|it|this|anything like (?:this|that)|the following) )?(?:over |across )?to ${TAKER}(?!\p{L})|^\W*(?:straight|direct(?:ly)?) to ${TAKER}(?!\p{L})|\bleave (?:it|them|these|those) with ${TAKER}(?!\p{L})|\bcall-?back from\b|\bcall back from\b`,
  String.raw`\b(?:pass(?:ed)?|hand(?:ed)?|flag(?:ged)?|forward(?:ed)?|refer(?:red)?|put|route(?:d)?) (?:(?:these|those|them|it|this|the following) )?(?:(?:straight )?(?:over|on|through)\b|(?:straight )?to ${TAKER}(?!\p{L}))|\bloop (?:in ${TAKER}|${TAKER} in)\b|\bgive (?:a |me a |us a )?(?:shout|call|bell|nudge) (?:over )?to ${TAKER}(?!\p{L})`,
  // "get one of us to ring them back", "it's one for the office to pick up"
  String.raw`\bget ${TAKER} to (?:ring|call|phone|contact|get back|deal|handle|sort|pick)\b|\b(?:it'?s|that'?s|they'?re|these are) (?:one|ones|a job) for ${TAKER}(?!\p{L})`,
  // "a real person stepping in"
  String.raw`${TAKER} (?:stepping|to step|steps|step) in\b`,
  // "I want to speak to the customer personally"
  String.raw`\b(?:[Ii]|we)(?:'d| would)? (?:want|like|need|prefer|rather) (?:to )?(?:speak|talk|chat) (?:to|with) (?:the customer|the client|them|people)\b`,
  // "not yours", "above your pay grade", "the no-go zone for you", "bow out", "I'd rather you didn't touch",
  // "not one for the assistant", "don't let the chat thing handle any of the below", "bot stays out of it", "rather than the AI"
  String.raw`\bnot (?:for )?(?:you|yours|the bot'?s?)\b|\babove your pay ?grade\b|\bno-?go\b|\bbow out\b|\b(?:rather|prefer) you (?:didn'?t|did not|don'?t|not) \w+|\bnot (?:one )?for ${AGENT}\b|\bdon'?t let ${AGENT} (?:handle|answer|deal|touch|reply|sort)\b|\b${AGENT} stays? out\b|\brather than ${AGENT}\b|\bstaff only\b|\bonly (?:a|an) (?:human|person)\b|\byou'?re not qualified\b`,
  // "these are my department", "Sue's call", "my husband's department", "me and only me for these"
  String.raw`\b(?:my|our|\p{Lu}\p{Ll}+'s) (?:\p{Ll}+'s )?(?:department|call|desk)\b|\bme and only me\b|\bonly me\b`,
].map((source) => new RegExp(source, 'u'));

/** The customer gets in touch ("they can leave a message and we'll get back to them"): no hand-over. */
const CUSTOMER_CALLS = /\b(?:they|customers|people|anyone)\s+(?:can|could|should)\s+(?:leave|ring|call|phone|email|message|text|contact)\b/i;

/** What is given to the customer ("Please pass these on to customers when they ask"): no hand-over. */
const TO_CUSTOMERS = new RegExp(String.raw`\b(?:pass|hand|give|send|forward)\s+(?:these|those|them|this|it)\s+(?:on\s+|over\s+|out\s+)?to\s+(?:the\s+|our\s+|any\s+)?(?:${CUSTOMERS_AT_LARGE})\b`, 'i');

/** The list completes what to tell, ask or remind people ("…, tell them:", "remind them of:", "what to bring:"). */
const CONTENT_LIST = /\b(?:tell|remind|ask|mention|recommend|check|bring|know|use|say|explain|include)\b(?:\s+(?:them|people|customers|everyone|the customer))?(?:\s+(?:about|of|to|that))?\s*:\s*$/i;

/** Lowers the first letter of the line and of each sentence or clause after a dash, so a capital is a name. */
const lowerOpenings = (line: string) => line.replace(/(^|[.!?:;—–(]\s*|\s-\s+|['"‘“]\s*)(\p{Lu})(?=\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toLowerCase()}`);

/** An owner's lead-in over a list that, somewhere in its chatter, gives what follows to the business or keeps the agent out of it. */
export function chattyListIntro(line: string): boolean {
  // (The line's last sentence: "If someone emails, we'll get back to them within a day. Our prices:" is no intro.)
  const text = line.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘“])/u).pop()!;
  if (!text.endsWith(':') || CONTENT_LIST.test(text) || CUSTOMER_CALLS.test(text) || TO_CUSTOMERS.test(text)) return false;
  const lowered = lowerOpenings(text);
  return SAID.some((re) => re.test(lowered));
}
