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

/** Someone of the business, in a line whose first letter is lowered: a name keeps its capital. */
const TAKER = String.raw`(?:me|us|one of us|(?:a|an) (?:real |actual )?(?:human|person|grown-?up)|(?:a )?members? of (?:the )?(?:team|staff)|(?:the|our) (?:team|office|boss|manager|owner)|someone|somebody|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)\b)\p{Lu}\p{Ll}+)`;

/** Cases are the subject of "come to me" (not "when you come to us", "before people come to us"). */
const NOT_VISITORS = String.raw`(?<!\b(?:you|people|customers|guests|visitors|parents|everyone|when they|before they|once they|if they) )`;

const SAID = [
  // "one of us will get back to them", "Jo will ring back", "a human has to take over", "we'll be in touch"
  String.raw`\b(?:${TAKER}|we|[Ii])(?:'ll| will| can| should| needs? to| has to| must)(?: just| then)? (?:get back|be in touch|call|ring|phone|reply|contact|pick (?:these|those|them|it) up|take over|step in|deal with|handle|sort|follow up)\b`,
  // "let one of us pick these up"
  String.raw`\blet ${TAKER} (?:pick|deal|handle|sort|take|answer|reply)\b`,
  // "get a human", "get me", "'nope, get Dave'"
  String.raw`\bget (?:(?:a|an) (?:real |actual )?(?:human|person|grown-?up)|one of us|me|us|\p{Lu}\p{Ll}+)(?=\s*(?:[,:;.!)'"’—–-]|$|\s(?:or|and|involved|in)\b))`,
  // "stuff that needs a grown-up", "needs a real person"
  String.raw`\bneeds? (?:a|an) (?:real |actual )?(?:human|person|grown-?up)\b`,
  // "leave these for me", "(so leave them for a human)"
  String.raw`\b(?:leave|keep|save) (?:(?:these|those|them|this|it|the following)(?: ones)? )?for ${TAKER}\b`,
  // "so they come to me", "stuff that lands on my desk"
  String.raw`${NOT_VISITORS}\b(?:come|comes|go|goes|land|lands) (?:straight )?(?:to|on) (?:me|us|one of us|my desk|our desk)\b`,
  // "hand them over", "pass to the team", "bits I'd like flagged to me"
  String.raw`\b(?:pass(?:ed)?|hand(?:ed)?|flag(?:ged)?|forward(?:ed)?|refer(?:red)?) (?:(?:these|those|them|it|this) )?(?:(?:straight )?(?:over|on)\b|(?:straight )?to ${TAKER}\b)`,
  // "a real person stepping in"
  String.raw`${TAKER} (?:stepping|to step|steps|step) in\b`,
  // "not yours", "above your pay grade", "the no-go zone for you", "bow out", "I'd rather you didn't touch"
  String.raw`\bnot (?:for )?(?:you|yours|the bot'?s?)\b|\babove your pay ?grade\b|\bno-?go\b|\bbow out\b|\b(?:rather|prefer) you (?:didn'?t|did not|don'?t|not) \w+`,
  // "these are my department", "Sue's call"
  String.raw`\b(?:my|our|\p{Lu}\p{Ll}+'s) (?:department|call|desk)\b`,
].map((source) => new RegExp(source, 'u'));

/** The list completes what to tell, ask or remind people ("…, tell them:", "remind them of:", "what to bring:"). */
const CONTENT_LIST = /\b(?:tell|remind|ask|mention|recommend|check|bring|know|use|say|explain|include)\b(?:\s+(?:them|people|customers|everyone|the customer))?(?:\s+(?:about|of|to|that))?\s*:\s*$/i;

/** Lowers the first letter of the line and of each sentence or clause after a dash, so a capital is a name. */
const lowerOpenings = (line: string) => line.replace(/(^|[.!?:;—–(]\s*|\s-\s+|['"‘“]\s*)(\p{Lu})(?=\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toLowerCase()}`);

/** An owner's lead-in over a list that, somewhere in its chatter, gives what follows to the business or keeps the agent out of it. */
export function chattyListIntro(line: string): boolean {
  // (The line's last sentence: "If someone emails, we'll get back to them within a day. Our prices:" is no intro.)
  const text = line.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘“])/u).pop()!;
  if (!text.endsWith(':') || CONTENT_LIST.test(text)) return false;
  const lowered = lowerOpenings(text);
  return SAID.some((re) => re.test(lowered));
}
