/**
 * The sentences of the business rules that say to escalate ("If a customer asks about euthanasia,
 * escalate to a human", a list under "STUFF FOR ME NOT THE BOT:", "Put them onto Gary if …"), read as
 * further escalation rules, and every rule in force (`effectiveEscalationRules`). How a rule is then
 * parsed and matched is escalation-rules.ts.
 */
import { sentences } from '../knowledge/text.ts';
import { ESCALATE_TARGET, ESCALATE_VERB, SAYS_ESCALATE, topicTerms } from './escalation-rules.ts';
import { chattyListIntro, STAFF_PERSON } from './chatty-list-intro.ts';
import { routedSentence } from './routed-sentence.ts';

const NEGATED = new RegExp(`\\b(?:never|not|don't|do not|no need to)\\s+(?:be\\s+)?${ESCALATE_VERB}`, 'i');
// "Send to Farah, our pharmacist, when…": "send to" hands over only when it opens the sentence
// ("We send to UK addresses only" is delivery).
const LEADING_VERB = new RegExp(`^\\s*(?:please\\s+|always\\s+)?(?:${ESCALATE_VERB}|send(?= (?:it |this |them )?to\\b))`, 'i');
const ESCALATE_PHRASE = new RegExp(`\\s*\\b(?:(?:must|should|will|shall|to|always)\\s+)?(?:be\\s+)?${ESCALATE_VERB}${ESCALATE_TARGET}`, 'gi');

const businessRuleCache = new Map<string, string[]>();
// "Send them to the online booking page or the office": the customer sent somewhere, not a hand-over.
const SENT_ELSEWHERE = /^\s*(?:please\s+)?(?:send|point|direct)\s+(?:them|people|customers|the customer)\s+to\s+(?:the\s+|our\s+)?(?:online\s+)?(?:\w+\s+)?(?:page|website|site|form|link|app|portal|faqs?)\b/i;
// "If in doubt, pass it on – I'd rather see it than not": whenever unsure, which is no situation a message shows.
const ONLY_UNSURE = /^\W*(?:(?:if|when)\s+)?(?:in\s+doubt|unsure|not\s+sure|you'?re\s+(?:unsure|not\s+sure))\b(?![^–—-]*\b(?:about|whether|if)\b)/i;

// "Questions about accessibility?": what is asked about is the situation.
const ASKED_ABOUT = /^\s*(?:any\s+)?(?:questions|queries|enquiries|anything)\s+(?:about|on|regarding|to do with)\s+/i;

/** "Should a customer ask for a refund, …", "Should there be a complaint …": an if, inverted. */
const INVERTED_IF = /^\W*should\s+(?:there\s+be\s+)?(?=\S)/i;

/** The situations the business rules say to escalate, as escalation rules ("asks about euthanasia"). */
export function escalatingBusinessRules(businessRules: string): string[] {
  const cached = businessRuleCache.get(businessRules);
  if (cached) return cached;
  const { listed, rest } = listedSituations(businessRules);
  // Each sentence with the first sentence of its line (an owner's paragraph).
  // ("… goes to Jo, same for any Tax-Free Childcare payment …": the "same for" is a sentence of its own.)
  const lines = rest.split(/\r?\n/).map((line) => sentences(line).flatMap((s) => s.split(/,\s*(?=same\s+(?:goes\s+)?for\s)/i)));
  const all = lines.flat();
  const opening: number[] = [];
  for (const line of lines) {
    const start = opening.length;
    for (let k = 0; k < line.length; k++) opening.push(start);
  }
  const told = toldSituations(all, opening);
  const rules = [...listed, ...told.situations, ...all
    .flatMap((s, i) => {
      if (told.taken.has(i)) return [];
      const inline = inlineList(s);
      if (inline) return inline;
      // "… to me or Raj urgently. Same goes for bleeding after treatment that hasn't stopped.": another
      // case of the hand-over before it.
      const same = SAME_FOR.exec(s);
      if (same && i > 0 && !told.taken.has(i - 1) && handsOverSaid(all[i - 1]!)) return [s.slice(same[0].length)];
      // "Corporate do's or anything with a company's branding? Pass it to Dan.": the question is the case.
      if (/\?\s*$/.test(s) && (handsOverAlone(all[i + 1] ?? '') || takenAlone(all[i + 1] ?? '') || HANDS_THEM.test(all[i + 1] ?? ''))) return [s.replace(ASKED_ABOUT, '')];
      if (/\?\s*$/.test(all[i - 1] ?? '') && (handsOverAlone(s) || takenAlone(s) || HANDS_THEM.test(s))) return [];
      // "We quite often get disabled drivers asking if they can have a go. Sometimes we can, … Pass
      // them over and Dean will talk it through with them.": a hand-over with no situation of its
      // own, in a paragraph that opens with the case, hands that case over.
      const first = all[opening[i]!]!;
      if (opening[i]! < i && (handsOverAlone(s.replace(WHO_THEN, '')) || takenAlone(s)) && CASE_OPENING.test(first) && !SAYS_ESCALATE.test(first) && routedTopic(first) === undefined) {
        return [first.replace(GET_CASES, '').replace(LEAD, '')];
      }
      // "Don't try to answer "is my old machine worth fixing" type questions. Dave has to actually see
      // it, so hand them over": the questions are the case, and the hand-over after them has none.
      const dont = DONT_ANSWER.exec(s);
      if (dont && handOverAfter(all[i + 1])) return [dont[1]!.replace(/["“”]|\b(?:type|kind|sort)\s+(?:of\s+)?(?=questions?\b)/gi, ' ')];
      if (i > 0 && DONT_ANSWER.test(all[i - 1]!) && handOverAfter(s)) return [];
      // "… pass it on to Debbie - I do the bookings every morning. No need to put a person in the chat for that.": no hand-over.
      if (NO_HANDOVER_NEEDED.test(all[i + 1] ?? '')) return [];
      // "Bits to pass on that aren't in the main rules:": what follows is the cases, not this line.
      // (Not "Escalate if a dog bites someone:", whose case is its own.)
      if (/:\s*$/.test(s) && i + 1 < all.length && !/\b(?:if|when|whenever)\b/i.test(s)) return [];
      // ("Don't argue the point, just hand it straight to me": after its case, a hand-over with none of its own.)
      if (i > 0 && takenAlone(s)) return [];
      if (saysHandOver(s)) {
        // "Refer anything about moving gas to Ravi, our site manager": whom to is not the situation.
        // ("… should be passed to me rather than you trying to explain it": nor is what the agent is not to do.)
        return [(conditionAfterVerb(s) ?? conditionBeforeVerb(s) ?? conditionMidSentence(s) ?? handledTopic(s) ?? (CONDITION.test(s) ? clausedCase(s) : undefined) ?? routedSentence(s) ?? s.replace(ESCALATE_PHRASE, ' ').replace(TO_ME_AFTER, '').replace(AND_THEN_I, '')).replace(NAMED_TARGET, '').replace(OWN_OPENING, '').replace(RATHER_THAN, '')];
      }
      // "Questions about accessibility? That's Jo's department."
      if (/\?\s*$/.test(s) && PERSON_DEPARTMENT.test(all[i + 1] ?? '')) return [s.replace(ASKED_ABOUT, '')];
      const routed = routedTopic(s) ?? clausedCase(s) ?? routedSentence(s);
      return routed === undefined ? [] : [routed];
    })]
    // ("…, get a human on it straight away": how soon is no part of the case; nor is what the agent is not to do.)
    .map((s) => withoutAgentsPart(withoutTakers(s)).replace(INVERTED_IF, '').replace(OWNERS_ASIDE, '').replace(/^\s*(?:if|when|whenever)\s+/i, '').replace(STUB_END, '').replace(/[\s,]+(?:straight\s+away|right\s+away|immediately|asap|at\s+once)[\s.,;:!]*$/i, '').replace(/[\s.,;:!]+$/, '').replace(/\s+/g, ' ').trim())
    .filter((s) => topicTerms(s).length > 0 && !ONLY_UNSURE.test(s) && !HANDS_THEM.test(s));
  if (businessRuleCache.size >= 64) businessRuleCache.delete(businessRuleCache.keys().next().value!);
  businessRuleCache.set(businessRules, rules);
  return rules;
}

/**
 * "I want to handle these myself: refunds, complaints about staff, and anything to do with
 * weddings.": an intro and its list in one sentence, the list's cases. (Not "… myself: if a shop
 * wants to stock our stuff, bring me in …": a case told in a sentence of its own.)
 */
function inlineList(sentence: string): string[] | undefined {
  const [, intro, list] = INLINE_INTRO.exec(sentence) ?? [];
  if (intro === undefined || list === undefined || !handOverIntro(`${intro}:`) || topicTerms(list).length === 0) return undefined;
  if (/^\s*(?:if|when|whenever)\b/i.test(list) || saysHandOver(list)) return undefined;
  return list.split(INLINE_ITEM).filter((c) => topicTerms(c).length > 0);
}
/** An intro, a colon, and its cases in the same sentence. */
const INLINE_INTRO = /^(.{3,120}?):\s+(.+)$/;
/** Where one case of such a list ends: a semicolon, a comma, or "and"/"or" before "any …". */
const INLINE_ITEM = /\s*;\s*|,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=(?:any|anything|anyone|all)\b)/i;

// "Please don't try to deal with anyone asking for their deposit back - just pass it on", "…, are Sam's
// call, so don't try to handle those - just pass it on": what the agent is not to do, around the case.
const DONT_HANDLE = String.raw`(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:try\s+(?:to|and)\s+)?(?:deal\s+with|handle|answer|sort(?:\s+out)?|resolve|referee|judge|arbitrate|mediate(?:\s+in)?|get\s+(?:drawn\s+)?into\s+(?:(?:a|any)\s+)?(?:discussions?|arguments?|debates?)\s+(?:about|over|on))\s+`;
const DONT_HANDLE_FIRST = new RegExp(String.raw`^\W*${DONT_HANDLE}(?!(?:these|those|them|it|this|that)\b)`, 'i');
const DONT_HANDLE_AFTER = new RegExp(String.raw`[,;]?\s*(?:so\s+)?${DONT_HANDLE}(?:these|those|them|it|this|that)\b.*$`, 'i');
// "… either - to a committee member": whom to, once the hand-over's verb is read.
const DASH_TO_ROLE = /(?:\s+either)?\s+[-–—]+\s*to\s+(?:a|an|the|our|one\s+of\s+(?:the|our))\s+[\p{L}\s-]{1,30}$/u;
const DASH_JUST = /\s*[-–—]+\s*(?:just|simply)?\s*$/i;
// "… - I'd rather speak to them myself, so [hand them over]", "… are Sam's call": who takes it, not the case.
const OWNER_RATHER = /\s*[-–—,]*\s*\b(?:I'd|I\s+would|we'd|we\s+would)\s+(?:rather|prefer\s+to|like\s+to)\s+(?:speak|talk|deal|chat)\b[^.]*?(?:,?\s*so)?\s*$/i;
const WHOSE_CALL = /,?\s+(?:is|are)\s+(?:\p{Lu}\p{Ll}+'s|my|our)\s+(?:call|department|job|decision|area)\s*$/u;
/** "… filming requests for the horses — don't quote or promise anything", "— and you can't see the system anyway": what the agent is not to do or cannot, after a dash. */
const DASH_DONT = /(?:[,;]?\s+(?:so|and|then))?\s+[-–—]+\s+(?:(?:and|but|so|just|please)\s+)?(?:(?:don'?t|do\s+not|never)\s+\w+|you\s+(?:can'?t|cannot|won'?t|don'?t|shouldn'?t)\b).*$/i;
const withoutAgentsPart = (s: string) => s.replace(/[\s.!]+$/, '').replace(DASH_DONT, '').replace(DASH_TO_ROLE, '').replace(DASH_JUST, '').replace(DONT_HANDLE_AFTER, '').replace(DONT_HANDLE_FIRST, '').replace(OWNER_RATHER, '').replace(WHOSE_CALL, '');

// ("-> anything that sounds like an infection": an arrow is a bullet too.)
// "There are some conversations I always want to have myself, so please don't try to resolve these":
// the owner keeps some cases, and the sentences after it say which.
const PROSE_INTRO =
  /\b(?:conversations?|things|stuff|cases|questions|messages|chats)\s+(?:that\s+)?(?:i|we)(?:'d|\s+would)?\s+(?:always\s+)?(?:want|like|need|prefer)\s+to\s+(?:have|deal\s+with|handle|take|see|answer)\b[^.]*\b(?:myself|ourselves|personally)\b|\bdon'?t\s+try\s+(?:and|to)\s+(?:resolve|sort|deal\s+with|handle|answer)\s+(?:these|them|those)\b/i;
// (After a colon the sentence reads as a hand-over of its own: see OWN_OPENING.)
const INTRO_THEN_CASE = /\b(?:myself|ourselves|personally)\s*[-–—]+\s*(.+)$/i;
// "That's anyone wanting to cancel …", "Same goes if …", "And if anyone was made to feel …": the cases.
const TOLD_CASES = /^\s*(?:that'?s|that\s+is|these\s+are|those\s+are|(?:this|that|it)\s+(?:also\s+)?(?:means|includes|covers)|same\s+goes\s+(?=if|for|when)|also|plus|and(?=\s+(?:if|when|anyone|anything)\b))\s*/i;
// Where one case of such a sentence ends and the next begins: ", anyone whose …", ", or if …".
const NEXT_CASE = /,\s*(?:and\s+|or\s+)?(?=(?:anyone|anybody|someone|anything|if|when)\b)/i;

/**
 * "There are some conversations I always want to have myself … That's anyone wanting to cancel an
 * order or asking for money back, anyone whose dress has arrived wrong … Same goes if a bride isn't
 * happy with her alterations": the owner's hand-overs told in prose. The sentences after the one
 * that keeps the cases, each opening by saying it lists them, are the situations, case by case.
 */
function toldSituations(all: string[], opening: readonly number[]): { situations: string[]; taken: Set<number> } {
  const situations: string[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    if (NEGATED.test(all[i]!)) continue;
    // "Where things need one of us personally, please hand over rather than trying to help
    // yourself": a hand-over with no situation of its own, which the sentences after it give.
    const bare = handsOverAlone(all[i]!);
    if (!bare && !PROSE_INTRO.test(all[i]!)) continue;
    if (bare && TOLD_CASES.test(all[i + 1] ?? '')) taken.add(i);
    // "Stuff I want to handle myself - anything about quotes for farms, …": the case after the intro's dash.
    const after = bare ? undefined : INTRO_THEN_CASE.exec(all[i]!)?.[1];
    if (after !== undefined && topicTerms(after).length > 0) {
      taken.add(i);
      situations.push(after.replace(ASKED_ABOUT, ''));
    }
    // "Now, a few things I want to deal with personally. Valuations - … - I do every one of these myself.
    // … People sometimes want to sell us a wheel; that's a conversation for me.": after the owner's
    // own intro, each sentence of its paragraph is a case, up to where it says what the owner does.
    // (Cases told as such, "That's anyone wanting …", are read below.)
    if (!bare && INTRO_ALONE.test(all[i]!) && !TOLD_CASES.test(all[i + 1] ?? '')) {
      for (let j = i + 1; j < all.length && opening[j] === opening[i]; j++) {
        // ("We do those at cost and I like to talk to the parents myself": the owner's reason, no case;
        // a sentence that hands over itself is read as such below.)
        if (OWNERS_OWN.test(all[j]!) || handsOverSaid(all[j]!)) continue;
        const head = all[j]!.split(OWNER_CLAUSE)[0]!.replace(/^\s*(?:(?:and|also|plus)\s+)?(?:(?:if|when)\s+)?/i, '').replace(ASKED_ABOUT, '').trim();
        if (topicTerms(head).length === 0 || NEGATED.test(all[j]!)) continue;
        taken.add(j);
        situations.push(head);
      }
      taken.add(i);
      continue;
    }
    for (let j = i + 1; j < all.length && TOLD_CASES.test(all[j]!); j++) {
      taken.add(j);
      // ("And if …, hand that straight over to me, don't try …": the hand-over said again is no case.)
      const cases = all[j]!.replace(TOLD_CASES, '').replace(HANDOVER_TAIL, '').replace(/,?\s+(?:because|as|since)\s+(?:i|we)\b.*$|,\s*(?:i|we)\s+(?:really\s+)?(?:want|need|'d like)\s+to\s+(?:hear|know|see|deal)\b.*$/i, '');
      situations.push(...cases.split(NEXT_CASE).map((c) => c.replace(/^\s*(?:if|when)\s+/i, '').replace(/,?\s+whether\b.*$/i, '').trim()).filter((c) => c.length > 0));
    }
  }
  return { situations, taken };
}

const OWNERS_OWN = /^\W*(?:I|I'm|I'd|I'll|we|we're|we'd|we'll|my|our|it|it's|this|that|they|those|these|he|she)\b/i;
/** An owner's intro that ends its sentence: the cases follow it ("Now, a few things I want to deal with personally."). */
const INTRO_ALONE = new RegExp(`(?:${PROSE_INTRO.source})\\W*$`, 'i');
/**
 * Where a case told after the owner's intro ends and what the owner does begins: a dash, colon or
 * semicolon, or a comma, before the owner's own words ("- I do every one of these myself",
 * "; that's a conversation for me", ": pass them over"), or "I'd rather …" without one.
 */
const OWNER_CLAUSE = new RegExp(
  String.raw`\s+[-–—]+\s+(?=(?:I|I'd|I'll|I'm|we|we'd|we'll|that'?s|it'?s|please|just|so)\b)|\s*[;:]\s+|,\s*(?:so\s+|and\s+|but\s+)?(?=(?:I|I'd|I'll|we'd|we'll|that'?s|it'?s|please|just|don'?t)\b)|\s+(?=I'd\s+(?:rather|like|prefer)\b)|\s+(?=(?:comes?|goes?)\s+(?:straight\s+|directly\s+)?to\s+(?:me|us)\b)|\s*,?\s*${ESCALATE_VERB}`,
  'i',
);
// (After a comma: "anyone wanting to transfer their booking" is a case, not a hand-over.)
const HANDOVER_TAIL = new RegExp(`[,;]\\s*(?:(?:and|please|just|then|so)\\s+)*${ESCALATE_VERB}.*$`, 'i');
// "A couple of things I want to deal with myself: if …, bring me in rather than quoting them anything":
// the owner's opening and what the agent is not to do, around the case.
const OWN_OPENING = /^[^:]{1,80}\b(?:myself|ourselves|personally|one of us)\s*:\s*(?:(?:if|when)\s+)?/i;
const RATHER_THAN = /,?\s+rather\s+than\b.*$/i;
/** "Send them to Jo", "Pass it on": a hand-over of what came before, never a case of its own. */
const HANDS_THEM = /^\W*(?:please\s+)?(?:just\s+)?(?:send|pass|hand|give|put|forward|refer|flag)\s+(?:them|it|this|these|those)\b/i;
/** "Questions about medication doses need to", "…, themselves": what is left of a hand-over taken off a case's end. */
const STUB_END = /(?:\s+(?:needs?|has|have)\s+to|\s+(?:should|must|will|shall|can)(?:\s+be)?|,\s*(?:themselves|himself|herself|myself|ourselves|personally))\s*$/i;
/** "… wants to bring someone younger, I make those calls myself": after the case, the owner's own say. */
// (", it isn't for you to say yes or no": what the agent is not to do.)
const OWNERS_ASIDE = /(?:,\s+(?:(?:and|so)\s+)?(?:i|we)(?:'m|'d|'ll|'ve)?\s+\p{L}|\s+and\s+(?:i|we)(?:'ll|\s+will)\s+\p{L}|,\s+(?:it|that|this)\s+(?:isn'?t|is\s+not)\s+(?:for|up\s+to)\s+(?:you|the\s+(?:bot|ai|assistant))\b).*$/iu;
/** "No need to put a person in the chat for that", "no need to hand it over": the sentence before is no hand-over. */
const NO_HANDOVER_NEEDED = /^\W*(?:there'?s\s+)?no\s+need\s+(?:to|for)\s+(?:put|bring|get|involve|hand|pass|escalat|transfer|a\s+(?:person|human|hand-?over))\w*\b(?:\s+(?:a|an)\s+(?:person|human|member of staff))?/i;
/** "…, let me know and I'll sort it": what the owner then does, once told. */
const AND_THEN_I = /,?\s+and\s+(?:i|we|they|he|she)(?:'ll|\s+will)\s+.*$/i;
/** "Don't try to answer … questions", "never discuss …": what the agent is to leave alone. */
const DONT_ANSWER = /^\W*(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:try\s+(?:to|and)\s+)?(?:answer|discuss)\s+(.+?)\s*[.!]*$/i;
/** A sentence that hands over with no case of its own, which is then the sentence before's. */
const handOverAfter = (s: string | undefined) => s !== undefined && saysHandOver(s) && conditionAfterVerb(s) === undefined && conditionBeforeVerb(s) === undefined && routedTopic(s) === undefined && !CASE_OPENING.test(s);
/** "Same for …", "Same goes for …": the sentence before's hand-over, for another case. */
const SAME_FOR = /^\s*(?:and\s+)?(?:the\s+)?same\s+(?:goes\s+|applies\s+)?for\s+/i;
/** A sentence that says to hand over, in any of the ways escalatingBusinessRules reads. */
const saysHandOver = (s: string) => (SAYS_ESCALATE.test(s) || LEADING_VERB.test(s) || CONDITION_FIRST.test(s)) && !NEGATED.test(s) && !SENT_ELSEWHERE.test(s);
const handsOverSaid = (s: string) => saysHandOver(s) || routedTopic(s) !== undefined;

/** A sentence that says to hand over and names no situation ("please hand over rather than trying to help yourself"). */
const handsOverAlone = (sentence: string) =>
  (SAYS_ESCALATE.test(sentence) || HAND_TO.test(sentence)) && nothingLeft(sentence, [...HAND_OVER_SAID, NEED_US]);

const LIST_ITEM = /^(\s*)(?:-+>|→|=>|>{1,2}|[-*+•▪◦·–]|\d+[.)]|\p{Extended_Pictographic}\uFE0F?)\s+(.*)$/u;
/** A list item's text ("-> anything that sounds like an infection", ">> charged twice", "2. …"), or undefined for no item. */
export const listItemText = (line: string): string | undefined => LIST_ITEM.exec(line)?.[2];
const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;
// "~~ GET ME OR JESS FOR THESE ~~", "== Hand over ==": a line set off by marks each side is a heading.
const DECORATED_HEADING = /^\s*([~=*_#-])\1+\s*(.*?\S)\s*\1+\s*$/;
// "**WHEN TO HAND OVER TO ONE OF US** (Gary, or Liam if Gary's on the tractor)": bold, then whom to.
const BOLD_HEADING = /^\s*(\*\*|__)(.*?\S)\1\s*(\([^)]*\))?\s*:?\s*$/;
// "… to Jess (a real person) straight away if:": whom to, how soon, and the words that open a list.
const INTRO_WORDS =
  /\b(?:if|when|whenever|where|for|in|straight away|immediately|right away|at once|the following|any of these|any of the following|these|those|cases?|situations?|things?|rules?|triggers?|policy|happens?|the customer|customers?|they|someone|anyone|the (?:bot|assistant|ai|agent|chatbot)(?: (?:should|must|needs to|has to|will|can))?)\b/gi;

// "hand it straight over to", "put them through to": the verbs that hand a chat to someone (with
// "send", which CONDITION_FIRST leaves out), and how the hand goes before "to".
const HAND_VERBS = 'hand|pass|give|put|transfer|forward';
const HAND_WAY = String.raw`(?:straight\s+|directly\s+)?(?:over\s+|through\s+|on\s+)?`;
// "Always hand to a person:": a hand-over said without "over".
const HAND_TO = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:always\s+)?(?:${HAND_VERBS}|send)\s+(?:(?:it|them|this|these|those|the\s+(?:chat|conversation|customer|query|message))\s+)?${HAND_WAY}(?:to\b|me\b|us\b)`,
  'i',
);

/**
 * "Hand over to Jess (a real person) straight away if:", "Always hand to a person:": a line that
 * says to hand over and ends in a colon, with no situation of its own: what follows lists them.
 */
export function handOverIntro(line: string): boolean {
  const text = line.trim().replace(SPOKEN_OPENER, '');
  if (!text.endsWith(':') || NEGATED.test(text) || CUSTOMER_TO_US.test(text.replace(/:\s*$/, ''))) return false;
  // "GET ONE OF US – flag it & tell them someone will get back to them:": what to do follows the dash.
  const head = /^(.+?)\s+[—–-]\s+\S/.exec(text)?.[1];
  if (head !== undefined && handOverIntro(`${head}:`)) return true;
  if (FOR_ME_HEADING.test(text) || ownersListIntro(text)) return true;
  if (PERSON_WANTED.test(text)) return nothingLeft(text, [PERSON_WANTED, TO_NAMED, SELF_TRY]);
  if ((SAYS_ESCALATE.test(text) || LEADING_VERB.test(text) || HAND_TO.test(text) || NOT_IN_CHAT.test(text)) && nothingLeft(text, [NOT_IN_CHAT, HAND_TO_WHOM, ...HAND_OVER_SAID])) return true;
  return clausedIntro(text) || signalledIntro(text);
}

/**
 * A long, chatty intro over a list, whose hand-over sits anywhere in it ("Tattoo stuff can get
 * complicated fast, so honestly if anyone asks about any of the below don't attempt an answer,
 * just tell them one of the artists will be in touch and pass the convo to Jess:"): it passes the
 * chat to someone of the business, flags or pings them, gets or lets them take it, or leaves it to
 * them; and nowhere hands the list to customers or leaves it to the agent ("feel free to pass these
 * on to them", "you can deal with these questions yourself").
 */
function signalledIntro(text: string): boolean {
  const soft = softLower(text);
  return INTRO_HANDS_OVER.some((re) => re.test(soft)) && !INTRO_FOR_CUSTOMERS.test(soft);
}
/**
 * `text` in lower case but for its capitalised words inside a clause, which may be names ("pass it
 * to Jess"): a name is told by its capital, so the patterns that find one cannot ignore case, and
 * the rest of the line may be typed in any case ("should ALWAYS go to Craig").
 */
function softLower(text: string): string {
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word: string, at: number) =>
    /^\p{Lu}\p{Ll}/u.test(word) && !/(?:^|[.!?;:(—–-])\s*$/u.test(text.slice(0, at)) ? word : word.toLowerCase());
}
/** Someone of the business an intro hands to: "me", "us", "Jess", "the office", "a nurse or vet", "whoever's on the till". */
const INTRO_TAKER = String.raw`(?:me|us|one\s+of\s+us|(?:a|an)\s+(?:real\s+|actual\s+|qualified\s+)?(?:human|person|nurse|vet|member\s+of\s+(?:staff|the\s+team))|(?:the|our|my|their|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:team|office|desk|reception|staff|manager|owner|boss|supervisors?|instructors?|mechanics?|artists?|nurses?|coordinator|engineers?|warden|accountants?|optometrists?|therapists?|surveyors?|vets?|doctors?|dentists?|lads|studio)|one\s+of\s+(?:the|our|my)\s+[\w'-]+|head\s+office|reception|whoever(?:'s|\s+is)?\b|(?:Dr\.?\s+)?\p{Lu}\p{Ll}+)(?![\p{L}'])`;
/** What an intro hands on, besides "it", "this" and "that" (which "send" leaves out: "Send it to us with a note inside" is an item posted in). */
const INTRO_HANDED = String.raw`(?:them|these|those|(?:these|those)\s+ones|the\s+(?:chat|convo|conversation|customer|client|message|query|person)|anything\s+like\s+this|all\s+of\s+(?:these|them))`;
/** One or two of them: "Tom or me", "Anna or Luis". */
const INTRO_TAKERS = String.raw`${INTRO_TAKER}(?:\s+(?:or|and|&)\s+${INTRO_TAKER})?`;
const INTRO_HANDS_OVER: readonly RegExp[] = [
  // "pass them straight over to me or Dave", "hand the chat to Lorraine", "transfer them to reception",
  // "forward these on to us", "route them to the front desk team", "escalate to whoever's on the till"
  new RegExp(String.raw`\b(?:(?:pass(?:ed)?|hand(?:ed)?|forward(?:ed)?|transfer(?:red)?|route[d]?|escalate[d]?|refer(?:red)?|put)(?:\s+(?:it|this|that|${INTRO_HANDED}))?|send\s+${INTRO_HANDED})(?:\s+(?:straight|directly|right))?(?:\s+(?:over|on|through|across|along|up))?\s+(?:to|with)\s+${INTRO_TAKER}`, 'u'),
  // "pass the conversation to our events coordinator, Priya", "hand the chat across to the studio": the chat itself goes.
  new RegExp(String.raw`\b(?:pass|hand|transfer|forward|put)\s+the\s+(?:chat|convo|conversation)\s+(?:over\s+|across\s+|through\s+)?to\s+(?:the|our|my)\s+[\w'-]+`, 'u'),
  // "flag the chat for her", "loop in Hannah", "get one of the lads on the phone", "our reception team
  // must take over from you", "a real person (me or Rob) has to deal with these", "needs to speak to one
  // of our optometrists", "anything on this list goes to the senior therapist" (not "Orders that go
  // to Ireland:", a place), "need a surveyor or the office manager to take over"
  new RegExp(String.raw`\bflag\s+(?:it|this|them|the\s+(?:chat|convo|conversation))\s+for\s+(?:her|him|them|me|us|\p{Lu}\p{Ll}+)\b|\bloop\s+in\s+${INTRO_TAKER}|\bget\s+${INTRO_TAKER}(?:\s*\([^)]*\))?\s+on\s+(?:the\s+phone|the\s+chat|it)\b|${INTRO_TAKER}(?:\s*\([^)]*\))?\s+(?:must|should|will|needs?\s+to|has\s+to|have\s+to)\s+(?:take\s+over|deal\s+with\s+(?:these|them|this|those|it)|handle\s+(?:these|them|this|those|it))\b|\b(?:needs?|has|have)\s+to\s+(?:speak|talk)\s+(?:to|with)\s+${INTRO_TAKER}|\bgo(?:es)?\s+(?:straight\s+)?to\s+(?!(?:Dr\.?\s+)?\p{Lu}\p{Ll}+(?![\p{L}']))${INTRO_TAKER}|\b(?:need|needs|want|wants)\s+${INTRO_TAKER}(?:\s+(?:or|and)\s+${INTRO_TAKER})?\s+to\s+take\s+over\b`, 'u'),
  // "Things to send to staff", "send straight to me" (not "Stuff we send to Scotland"), "the owner
  // (that's me, Ben) will pick it up personally"
  new RegExp(String.raw`\bsend(?:\s+(?:straight|directly))?(?:\s+(?:over|on|through))?\s+to\s+(?:staff|me|us|one\s+of\s+us|(?:a|an)\s+(?:real\s+)?(?:human|person)|(?:the|our)\s+(?:team|office|manager|owner|boss))\b|${INTRO_TAKER}(?:\s*\([^)]*\))?\s+(?:will|'ll|can)\s+(?:pick\s+(?:it|them|this|these)\s+up|take\s+(?:it|them)\s+(?:from\s+there|over)|deal\s+with\s+(?:it|them))\b`, 'u'),
  // "just flag it to Steve", "just ping me", "notify Priya"
  new RegExp(String.raw`\b(?:flag|ping|notify|alert|message|text)\s+(?:(?:it|them|this)\s+(?:up\s+)?(?:to|with)\s+)?${INTRO_TAKER}`, 'u'),
  // "get Tom or me involved", "get Anna or Luis to reply", "let a real person from the team handle it",
  // "a human jumps in", "leave these ones to us", "… should ALWAYS go to Craig"
  new RegExp(String.raw`\bget\s+${INTRO_TAKERS}\s+(?:involved|to\s+(?:reply|answer|respond|deal|handle|pick|take|look|call|ring|get\s+back))|\blet\s+${INTRO_TAKERS}(?:\s+from\s+the\s+team)?\s+(?:handle|deal|take\s+over|answer|reply|pick)|\b(?:a\s+(?:real\s+)?(?:human|person)|one\s+of\s+us)\s+(?:jumps?|steps?)\s+in|\bleave\s+(?:these|those|them|it|this)(?:\s+ones)?\s+(?:to|for|with)\s+(?:me|us)\b|\b(?:should|must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:always\s+)?go\s+(?:straight\s+)?to\s+${INTRO_TAKER}`, 'u'),
];
/** The list goes to customers, or is the agent's own to deal with: no hand-over. */
const INTRO_FOR_CUSTOMERS = /\b(?:pass|hand|send|give|forward)\s+(?:\w+\s+){0,3}?(?:on\s+|over\s+|along\s+)?to\s+(?:them|customers?|people|guests|owners|pupils|clients|patients|students|the\s+(?:customer|client|guest))\b|\b(?:you\s+can|you'?re\s+(?:absolutely\s+)?fine\s+to|feel\s+free\s+to|happy\s+for\s+you\s+to)\s+(?:\w+\s+){0,2}?(?:deal\s+with|handle|sort|answer)\s+(?:these|those|them|this|that)(?:\s+questions)?\s+yourself\b/i;

/**
 * "There are a few things Kirsi and I would much rather handle ourselves, so if any of these come
 * up just pass the person over to one of us and don't try to answer them:": an intro said in
 * several clauses. One clause is an intro of its own, and each of the others is one too or
 * says nothing but that a list follows ("if any of these come up").
 */
function clausedIntro(text: string): boolean {
  const clauses = text.replace(/:\s*$/, '').split(INTRO_CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 2) return false;
  const intro = clauses.map((c) => handOverIntro(`${c}:`));
  return intro.some(Boolean) && clauses.every((c, i) => intro[i] || nothingLeft(c, [LIST_COMING, ...INTRO_SAID, ...HAND_OVER_SAID]));
}
/** Where an intro said in several clauses breaks: a comma, a dash, or "so", "and", "then" between clauses. */
const INTRO_CLAUSE_BREAK = /\s*(?:[,;]|\s[—–-])\s*(?:(?:so|and|then|but)\s+)?|\s+(?:so|and)\s+(?=(?:if|when|whenever|just|please|pass|hand|put|send|get|don'?t|do not|never|let)\b)/i;
/** "if any of these come up", "when one of these happens": the list is coming. */
const LIST_COMING = /\b(?:(?:if|when|whenever)\s+)?(?:any|one|some)\s+of\s+(?:these|those|the\s+following)\s+(?:come|comes|crop|crops|pop|pops|turn|turns)\s+up\b|\b(?:there\s+are|here\s+are)\s+(?:a\s+(?:few|couple\s+of)|some)\b/gi;
/** "Right - the bits I'd rather deal with myself …:", "OK, stuff for me:": how the owner starts talking, not the intro. */
const SPOKEN_OPENER = /^\W*(?:right|ok(?:ay)?|so|now|anyway|oh|lastly|finally)(?:\s+(?:then|so))?\s*[-–—,.!]+\s+/i;
/**
 * A short line over a list, in the owner's own words, that keeps what follows for the owner or
 * staff ("Stuff I need to see:", "Sue handles these:", "Things that need a real person:", "Not
 * for the bot:", "Ones to flag:"): someone of the business takes it, or the agent is not to.
 * (Not "Send us these documents:", "Ring us on:", "Things to know:".)
 */
function ownersListIntro(text: string): boolean {
  const line = text.replace(/\([^)]*\)/g, ' ').replace(/:\s*$/, '').trim();
  // ("Tell customers these things about our staff straight away:": what to tell them.)
  if (line.split(/\s+/).length > 12 || TELL_THESE.test(line)) return false;
  const said = (OWNER_NAMED.test(line) && OWNER_TAKES.test(line)) || OWNER_WANTS.test(line) || NAME_TAKES.test(line) || NOT_FOR_AGENT.test(line) || FOR_STAFF.test(line);
  // ("Get a human involved for refunds:", "Get us a coffee:": a situation or a thing of its own.)
  return said && topicTerms(INTRO_SAID.reduce((t, re) => t.replace(re, ' '), line)).length === 0;
}
const TELL_THESE = /^\W*(?:please\s+)?(?:always\s+)?(?:tell|remind|mention\s+to|explain\s+to|say\s+to)\s+(?:them|customers|people|everyone|the\s+customer|callers|guests)\s+(?:these|the\s+following|this|about)\b/i;
/** Someone of the business, unnamed: "me", "one of us", "a real person", "the office". */
const BUSINESS_PERSON = String.raw`me|us|one\s+of\s+us|(?:a|an)\s+(?:real\s+|actual\s+)?(?:human|person)|(?:the|our)\s+(?:office|manager|owner|boss)`;
/** Who of the business is meant, unnamed, or the owner themselves ("myself", "mine", "only I"). */
const OWNER_NAMED = new RegExp(String.raw`\b(?:${BUSINESS_PERSON}|myself|ourselves|personally|mine|only\s+(?:i|we)|(?:the|our)\s+(?:team|staff))\b`, 'i');
/** What that someone does with it: needs, handles, sees, hears of, takes it; or it comes or goes to them. */
const OWNER_TAKES = /\b(?:needs?|handles?|handled|deals?\s+with|deal|sort(?:ed|s)?|see|hear|know|step\s+in|comes?|goes?|go|mine|department|flag(?:ged)?|ring|call|tell|let|leave|pass(?:ed)?|hand(?:ed)?|send|sent|forward(?:ed)?|get|involve|straight|direct(?:ly)?|my\s+way)\b/i;
/** "Stuff I need to see:", "I need to hear about:", "Things I want to know about straight away:", "I'll deal with these myself:". */
// (Not "Things we handle for you:", which lists services.)
const OWNER_WANTS = /\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|much\s+|far\s+)?(?:need|want|have|like|prefer|rather)\s+(?:to\s+)?(?:see|hear\s+about|know\s+about|deal\s+with|handle|sort|step\s+in)\b|\b(?:i|we)(?:'ll|\s+will)?\s+(?:handle|deal\s+with|sort(?:\s+out)?)\s+(?:(?:these|those|them)\s+)?(?:myself|ourselves|personally)\b/i;
/** "Sue handles these:", "Gareth deals with these:", "Dave's department:", "Jen needs to see these:" (a name, in capitals). */
const NAME_TAKES = /(?:^|\s)\p{Lu}\p{Ll}+(?:'s\s+(?:department|job|area|call)|\s+(?:handles|deals\s+with|needs\s+to\s+(?:see|know|hear)|takes|sorts|does)\b)/u;
/** "Not for the bot:", "Don't answer these, flag them:", "Stuff you shouldn't try to answer:". */
const NOT_FOR_AGENT = /\bnot\s+for\s+(?:the\s+)?(?:bot|ai|assistant|chatbot|you)\b|\b(?:don'?t|do\s+not|never|shouldn'?t|should\s+not)\s+(?:try\s+(?:to|and)\s+)?(?:answer|reply\s+to|respond\s+to|handle|deal\s+with|sort)\b/i;
/** "Ones to flag:", "Flag these to me:", "Times to pass it on:", "Matters for the manager:", "For Dave to deal with:". */
const FOR_STAFF = /^\W*(?:(?:please\s+)?flag\b|(?:ones|things|stuff|bits|cases|messages)\s+to\s+flag\b|(?:times|when)\s+(?:to|you\s+(?:should|must|need\s+to))\s+(?:pass|hand|escalate|refer|get\s+(?:me|us|a\s+human|a\s+person))\b|(?:matters|things|stuff|questions|jobs)?\s*for\s+(?:the\s+(?:manager|owner|boss|office)|\p{Lu}\p{Ll}+\s+to\s+(?:deal\s+with|handle|sort|answer))\s*$)/iu;
/** Everything an owner's list intro says, to find what else it says. */
const INTRO_SAID = [
  ...[OWNER_WANTS, NAME_TAKES, NOT_FOR_AGENT, FOR_STAFF, OWNER_NAMED, OWNER_TAKES].map((re) => new RegExp(re.source, `${re.flags}g`)),
  // "… to me or Sue", "Gareth deals with these": a name beside whoever takes it.
  /(?<=\b(?:me|us|or|and|for|to)\s+)\p{Lu}\p{Ll}+\b|\b\p{Lu}\p{Ll}+(?=(?:'s|\s+(?:handles|deals|needs|takes|sorts|does|or|and)\b))/gu,
  /\b(?:ones|matters|jobs|bits|times|way|list|following|straight|away|real|actual|human|person|people|chat|bot|up|should|need|needs|want|wants|try|them|flag|these|those|whoever'?s?\s+\w+(?:\s+that\s+day)?|i\.e\.?|or|and)\b/gi,
];
/** The customer's side: "Send us these documents", "Ring us on", "Email me at". */
const CUSTOMER_TO_US = /\b(?:send|email|post|bring|give|show)\s+(?:us|me)\s+(?!(?:these|those|them|this)\s*$|(?:the\s+)?(?:chat|conversation|customer|message)\b|it\b)\w|\b(?:ring|call|phone|text|email|contact|reach|find|visit)\s+(?:me|us)\s+(?:on|at|via|by)\b/i;
// "Send these to the duty instructor, don't try …:": whom a line hands to, up to three words before its end or a comma.
const HAND_TO_WHOM = new RegExp(String.raw`${HAND_TO.source}\s*(?:(?:the|our|a|an)\s+)?(?:[\p{L}']+\s+){0,2}?[\p{L}']+(?=\s*(?:[,:;(]|$))`, 'iu');
// "STUFF FOR ME NOT THE BOT:", "Things for a real person:", "Things that come to me (Gareth), not you:":
// what follows is the owner's to answer.
const FOR_ME_HEADING = /^\W*(?:(?:stuff|things|bits|questions|messages|ones|jobs|cases|enquiries|chats)\s+)?(?:for|(?:that|which)\s+(?:should\s+|must\s+)?(?:come|comes|go|goes|get\s+passed|get\s+sent)\s+(?:straight\s+)?to)\s+(?:me|us|one\s+of\s+us|a\s+(?:real\s+)?(?:person|human))(?:\s*\([^)]*\))?(?:[\s,–—-]+(?:and\s+)?not\s+(?:for\s+)?(?:you|(?:the\s+|you\s+)?(?:bot|ai|assistant|chatbot)))?\W*:$/i;
// "DONT TRY AND SORT THESE IN THE CHAT:": the agent is not to deal with what follows, so a person is.
const NOT_IN_CHAT = /\b(?:don'?t|do\s+not|never)\s+(?:try\s+(?:and|to)\s+)?(?:sort|answer|deal\s+with|handle|resolve|reply\s+to)\s+(?:these|those|them|any\s+of\s+(?:these|those))(?:\s+(?:out|in\s+(?:the\s+)?chat|here|online|yourself))*\b/i;
// "don't try and sort it yourself", "rather than trying to help yourself": what the agent is not to do.
const SELF_TRY = /,?\s*(?:and\s+)?(?:please\s+)?(?:(?:don'?t|do\s+not|never)\s+(?:try\s+(?:and|to)\s+)?|rather\s+than(?:\s+trying\s+to)?\s+)(?:\w+\s+){0,2}?(?:it\s+|them\s+|this\s+|these\s+|those\s+)?(?:out\s+)?(?:yourself|yourselves)\b/gi;
// "Where things need one of us personally": the business, not the situation.
const NEED_US = /\b(?:needs?|wants?)\s+(?:one\s+of\s+us|me|us)(?:\s+personally)?\b/gi;
/** No topic word is left of `text` once brackets, each of `said` in turn, and the words that open a list are taken out. */
const nothingLeft = (text: string, said: readonly RegExp[]) =>
  topicTerms(said.reduce((t, re) => t.replace(re, ' '), text.replace(/\([^)]*\)/g, ' ')).replace(INTRO_WORDS, ' ')).length === 0;
// "… to a member of staff in these situations:", "… to a human agent if:": the person, not the situation.
const HUMAN_TARGET = /\b(?:(?:a|an|the|our|one of (?:the|our))\s+)?(?:real\s+|human\s+|actual\s+)?(?:humans?|persons?|people|members? of (?:the\s+)?(?:staff|team)|staff(?:\s+members?)?|managers?|owners?|team|agents?|someone|colleagues?)\b/gi;
// "PASS IT TO ME OR TOM (a real person) WHEN:", "Hand over to Jess or Sam if:": whoever it goes to,
// however it is typed (a situation beside them, "refunds to Sam:", is still a situation).
const TO_WHOEVER = /\b(?:to|with)\s+(?:one of us|(?:the|our|a|an)\s+(?:real\s+|human\s+)?\w+|\w+)(?:\s*(?:,|or|and|\/|&)\s*(?:(?:the|our|a|an)\s+\w+|\w+))*/gi;
// "Get a human involved if:", "Hand off to a person if:", "Pass these on to the team:", "Needs a real
// person:": a person wanted, however it is said (not "Contact us:", which lists how to reach the business).
const PERSON_WANTED =
  /^\s*(?:please\s+|always\s+)?(?:(?:get|bring in|involve|need|needs|want|wants)\s+(?:in\s+)?(?:a|an|the|one of|our)?\s*(?:real\s+|actual\s+)?(?:human|person|people|member of staff|staff member|staff|manager|owner|team|(?<=one of\s+)us)(?:\s+involved|\s+in)?|get\s+(?:me|us)(?:\s+(?:or|and|&|\/)\s+[a-z]+)*|get\s+[a-z]+\s+(?:or|and|&|\/)\s+(?:me|us)\b|hand(?:[- ]?offs?|\s+(?:it\s+|them\s+|these\s+)?off)(?:\s+to\s+(?:a|an|the|our)?\s*(?:real\s+)?(?:human|person|member of staff|staff|manager|owner|team))?|pass\s+(?:these|those|them|it|this)\s+on(?:\s+to\s+(?:a|an|the|our|me|us)?\s*(?:real\s+)?(?:human|person|member of staff|staff|manager|owner|team)?)?|(?:things\s+|stuff\s+|cases\s+)?(?:i|we)(?:'d|\s+would)?\s+(?:want|like|prefer|need|have)\s+to\s+(?:deal\s+with|handle|sort(?:\s+out)?|take\s+care\s+of|answer)(?:\s+(?:these|them|those))?(?:\s+(?:myself|ourselves|personally|in\s+person))?|(?:please\s+)?transfer\s+(?:the\s+)?(?:chat|conversation|customer)\s+to\s+(?:a|an|the|our)?\s*(?:real\s+)?(?:human|person|member of staff|staff|manager|owner|team))\b(?:\s+(?:when|if|whenever)\s+(?:any\s+of\s+)?(?:the\s+following|these)?(?:\s+happens?)?)?/i;

/** "THROW A LINE TO GARETH", "chuck these to me": a short line sending what follows to someone (not "Send parcels to Ireland"). */
const LINE_TO_SOMEONE = /^\W*(?:(?:please|just|always)\s+)?(?:throw|chuck|bounce|kick|pass|send|hand|give|refer|forward|flag|shout)\b(?:\s+[\w']+){0,3}?\s+to\s+(?:me|us|one\s+of\s+us|(?!(?:the|a|an|our|your|you|customers?|uk|ireland|europe|england|scotland|wales|abroad)\b)\p{L}+)(?:\s+(?:or|and|&)\s+(?:me|us|\p{L}+))?\W*$/iu;

/**
 * "Hand over to Jess (a real person) straight away if:" over "* a dog has been injured, lost, or
 * has got out" and "* they want a refund or credit over £50": a line that says to hand over and
 * ends in a colon with no situation of its own introduces a list, and each item is a situation.
 * The items are the ones under it: indented further when it is itself an item, else the list that
 * follows it, up to the first line that is no item. `rest` is the rules without those lines.
 */
function listedSituations(businessRules: string): { listed: string[]; rest: string } {
  const lines = businessRules.split(/\r?\n/);
  const listed: string[] = [];
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const own = LIST_ITEM.exec(line);
    // "## When to escalate", "**Hand over if:**": a heading or bold line over the list is an intro too.
    const bold = own ? null : BOLD_HEADING.exec(line);
    const decorated = own || bold ? null : DECORATED_HEADING.exec(line);
    const heading = HEADING_MARK.test(line) || decorated !== null || bold !== null;
    const text = (bold ? `${bold[2]!} ${bold[3] ?? ''}` : decorated ? decorated[2]! : own ? own[2]! : line).replace(HEADING_MARK, '').replace(/\*\*|__/g, '').trim();
    // "When to pass it to a person", "THROW A LINE TO GARETH": a line over a list, no colon, said as a hand-over.
    const overList = !own && LIST_ITEM.test(lines[i + 1] ?? '') && !text.endsWith(':') && (handOverIntro(`${text}:`) || LINE_TO_SOMEONE.test(text));
    if (!overList && !handOverIntro(heading && !text.endsWith(':') ? `${text}:` : text) && !(LIST_ITEM.test(lines[i + 1] ?? '') && chattyListIntro(text))) {
      kept.push(line);
      continue;
    }
    const items: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const item = LIST_ITEM.exec(lines[j]!);
      if (!item || (own && indentOf(lines[j]!) <= indentOf(line))) break;
      items.push(itemCase(item[2]!));
    }
    if (items.length === 0) {
      kept.push(line);
      continue;
    }
    listed.push(...items);
    i += items.length;
  }
  return { listed, rest: kept.join('\n') };
}

/**
 * "Parents booking a party where a child has a serious allergy. We do our best in the kitchen but
 * …", "Anyone wanting a whole course to themselves — those need a proper quote": an item's case is
 * its first sentence, without the owner's word on it after a dash.
 */
const itemCase = (item: string) => (sentences(item)[0] ?? item).replace(ITEM_COMMENT, '').trim();
const ITEM_COMMENT = /\s+[-–—]+\s+(?:those|these|they|that'?s|thats|it'?s|its|which|(?:I|we)(?:'d|'ll|\s+(?:like|prefer|want|always|usually))?\s+(?:like|prefer|want|rather|always|usually|need)\b)\b.*$/i;

/**
 * "Pass to the duty manager, Colin, if a customer asks about a trade account": when the sentence
 * opens with the hand-over, whoever it goes to (a role, a name, both) is not the situation; the
 * condition after "if" or "when" is.
 */
function conditionAfterVerb(sentence: string): string | undefined {
  const verb = LEADING_VERB.exec(sentence);
  if (!verb) return undefined;
  // ("… - thats a callout and he needs to ring them same day": why, after a dash, is no part of the case.)
  return /\b(?:if|when|whenever)\s+(.+)$/i.exec(sentence.slice(verb[0].length))?.[1]?.replace(DASH_WHY, '');
}

const DASH_WHY = /\s+[-–—]+\s+(?:that'?s|thats|it'?s|its|as|because|cos|since)\b.*$/i;
/** "So if …", "BUT if …", "And anyone …": how an owner's sentence joins the one before. */
const JOINED_OPENING = String.raw`^\W*(?:(?:so|and|but|also|or)\s+)?`;

/**
 * "So if they've been charged twice, …, pass it on to me or Sarah and don't argue about it": the
 * condition before the hand-over is the situation, not whom to or what not to do after it.
 */
function conditionBeforeVerb(sentence: string): string | undefined {
  return CONDITION_FIRST.exec(sentence)?.[1]?.replace(OWNER_DONT, '');
}
/**
 * "Graham also looks after our old training gliders, and if anyone asks about buying second-hand
 * kit from us, hand them over to him": the case is the "if" after the comma, not what Graham looks after.
 */
function conditionMidSentence(sentence: string): string | undefined {
  const at = /[,;]\s*(?:(?:and|but|so)\s+)?(?=(?:if|when|whenever)\s)/i.exec(sentence);
  return at ? conditionBeforeVerb(sentence.slice(at.index + at[0].length)) : undefined;
}
// "… (wrong dial, fake parts etc) dont get into a debate about it": what the agent is not to do, not the situation.
const OWNER_DONT = /\s+(?:dont|don't|do\s+not|never)\s+(?:get\s+into|argue|debate|try|apologi[sz]e|admit|discuss|promise|offer|quote|guess|answer|tell\s+them)\b.*$/i;
// (Not "send it to us", which posts an item: see ESCALATE_VERB.)
// (After a comma or a dash, perhaps after what to tell the customer first: "If someone says
// something that sounds dangerous, like brakes going soft, …, tell them not to drive it and hand
// it over to me", "BUT if a parent is telling us about today - running late, … - hand it to a person".)
const CONDITION_FIRST = new RegExp(
  `${JOINED_OPENING}(?:if|when|whenever)\\s+(.+?)(?:,|\\s[-–—])\\s*(?:(?:don'?t|do\\s+not|never)\\b[^,.;]*?(?:,|\\s[-–—])\\s*)?(?:(?:tell|ask|advise)\\s+(?:them|the customer)\\b[^,.;]*?\\s+and\\s+)?(?:(?:and|please|just|then|always|simply)\\s+)*(?:${ESCALATE_VERB}|(?:${HAND_VERBS}|get)\\s+(?:it|them|this|these|those)\\s+${HAND_WAY}to\\b)`,
  'i',
);
const TO_ME_AFTER = /\s+to\s+(?:me|us|one\s+of\s+us)\b(?=\s+(?:rather|instead|and|so|because|as|please|first|straight)\b|\s*[,.;:!]?\s*$).*$/i;
// "If anyone tells you …", "We quite often get disabled drivers asking …": a paragraph that opens with a case.
/** How an owner joins a paragraph's case to the one before ("Same goes for", "Oh and now and then"). */
const PARAGRAPH_LEAD = String.raw`(?:oh\s+)?(?:and\s+)?(?:the\s+)?(?:same\s+(?:goes\s+|applies\s+)?for\s+|(?:now\s+and\s+then|every\s+so\s+often|sometimes|occasionally|once\s+in\s+a\s+while),?\s+)`;
const LEAD = new RegExp(`^\\W*${PARAGRAPH_LEAD}`, 'i');
// ("Same goes for anyone wanting the room to themselves", "Oh and now and then a TV company asks about
// filming here": another case, or whoever asks.)
const CASE_OPENING = new RegExp(`${JOINED_OPENING}(?:${PARAGRAPH_LEAD})?(?:if|when|whenever|anyone|anybody|someone|somebody|anything|customers?|people|parents?|(?:we|i)\\s+(?:\\w+\\s+){0,2}?get|[^.,;:]{3,80}?\\s(?:asks?|ask(?:ed|ing)|wants?|enquires?)\\s+(?:if|whether|about|for|to)\\b)\\b`, 'i');
// "… so Dean can pick it up, because …", "… and Dean will talk it through": who takes it on, and why.
const WHO_THEN = /(?:,?\s+(?:so|and|because|as|since|cos)\s+|,\s*).*$/i;
// "We quite often get …": how often the business meets it, not the case.
const GET_CASES = /^\W*(?:we|i)\s+(?:\w+\s+){0,2}?get\s+/i;

/**
 * "Maya handles anything about a guest's health conditions or pregnancy; hand those over": who
 * handles it is not the situation; what they handle is.
 */
function handledTopic(sentence: string): string | undefined {
  return /^\s*(?:[\w'-]+\s+){1,4}?(?:handles|deals with|looks after|takes care of|is responsible for)\s+(?:(?:anything|everything|all|any|questions|queries|enquiries)\s+)?(?:(?:about|to do with|regarding|on|involving|with)\s+)?([^;]+?)\s*(?:[;:]|[,–—-]\s|$)/i.exec(sentence)?.[1];
}

// Someone the business names: "Gareth Pryce", "Dr Priya Nandra", "Morag", or "our practice manager".
const NAMED =
  "(?:(?:Dr|Mr|Mrs|Ms|Miss)\\.?\\s+)?\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?(?:,\\s+(?:our|the)\\s+[^,]{1,40},)?|(?:our|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:manager|owner|lead|director|head(?:\\s+of\\s+[\\p{Ll}-]+)?(?!\\s+(?:to|on|in|first)\\b|,)|supervisor|coordinator|specialist|officer|partner)|one\\s+of\\s+(?:the|our)\\s+\\p{Ll}+s\\b";
const ROLE_NAMED = "[Oo]ur\\s+(?:[\\p{Ll}-]+\\s+){1,3}\\p{Lu}\\p{Ll}+";
/** What of someone's a case is ("Sue's department", "my call", "Holly's thing"). */
const OWNERS_PART = '(?:department|job|area|call|thing)';
/** Whoever of the business takes a case: "me", "one of us", "a real person", "the office", "Sarah". */
const OWNER = `(?:${BUSINESS_PERSON}|${NAMED}|${STAFF_PERSON})`;
/** "If …", "And when …", "But if …" opening an owner's sentence: the case is what follows, up to the hand-over. */
const IF_CASE = String.raw`^\s*(?:(?:[Aa]nd|[Aa]lso|[Ss]o|[Bb]ut)\s+)?(?:[Ii]f|[Ww]hen)\s+(.+?)`;
// The routes that read a case only where it looks like one (see routedTopic).
// "Any case involving a child under 16 goes to Dr Priya Nandra", "… are passed straight to Sam"
const GOES_TO_NAMED = new RegExp(`^\\s*(.+?)\\s+(?:goes|go|is passed|are passed|is sent|are sent|is referred|are referred|is forwarded|are forwarded)\\s+(?:straight\\s+|directly\\s+)?to\\s+(?:${NAMED})`, 'u');
const FOR_OWNER_AFTER = new RegExp(`^\\s*(.+?)(?:\\s*[-–—:,]\\s*(?:those|these|they|that|it)|)\\s+(?:is|are|come|comes|go|goes)\\s+(?:(?:something|one|ones|a\\s+job|a\\s+thing)\\s+(?:(?:that\\s+)?(?:I|we)\\s+(?:always\\s+)?(?:deal\\s+with|handle|sort(?:\\s+out)?|answer)|for\\s+${OWNER})|(?:straight\\s+)?(?:for|to)\\s+${OWNER}(?:\\s+to\\s+(?:deal\\s+with|handle|sort(?:\\s+out)?|answer))?|mine(?:\\s+to\\s+(?:deal\\s+with|handle|sort|answer))?|(?:${NAMED})(?:'s|’s)\\s+${OWNERS_PART})(?=\\s*(?:$|[.,;!(]|personally|myself|not\\b|too\\b|as\\s+well|please\\b|though\\b|only\\b))`, 'u');
const OWNER_AFTER_DASH = new RegExp(`^\\s*(.+?)\\s*[-–—:]\\s*(?:(?:${NAMED})\\s+(?:looks\\s+after|handles|deals\\s+with|sorts(?:\\s+out)?|takes)\\s+(?:those|these|them|that|it)\\b|(?:please\\s+)?(?:leave|send|pass|give|point)\\s+(?:those|these|them|it|that)\\s+(?:to|for|(?:my|our)\\s+way)\\b|(?:please\\s+)?check\\s+with\\s+(?:me|us|${NAMED})\\b|(?:straight|directly)\\s+to\\s+(?:me|us|one\\s+of\\s+us|${NAMED})\\b|(?:I|we)(?:'ll|\\s+will)\\s+(?:ring|call|phone|email)\\s+(?:them|him|her)(?:\\s+back)?\\s+(?:myself|ourselves|personally)\\b)`, 'u');
const FLAGGED_TO = new RegExp(`^\\s*(.+?)\\s+(?:(?:should|must|need\\s+to|needs\\s+to|has\\s+to|have\\s+to)\\s+be\\s+(?:flagged(?:\\s+up)?|put\\s+in\\s+touch|passed|sent|referred)\\s+(?:to|with)\\s+${OWNER}|needs?\\s+(?:${NAMED}|me|us)\\s*[.!]*\\s*$)`, 'u');
const LEAVE_FOR = new RegExp(`^\\s*(?:[Pp]lease\\s+)?[Ll]eave\\s+(.+?)\\s+(?:for|to)\\s+${OWNER}(?:\\s+to\\s+(?:sort(?:\\s+out)?|deal\\s+with|handle|answer))?\\s*[.!]*\\s*$`, 'u');
const FLAG_CASE = new RegExp(`^\\s*(?:[Pp]lease\\s+)?(?:[Ff]lag(?:\\s+up)?|[Ll]et\\s+(?:a\\s+(?:real\\s+)?(?:human|person)|me|us|one\\s+of\\s+us|${NAMED})\\s+(?:deal\\s+with|handle|sort(?:\\s+out)?|answer))\\s+(.+?)(?:\\s+to\\s+(?:me|us))?\\s*[.!]*\\s*$`, 'u');
const CASE_ROUTES: ReadonlySet<RegExp> = new Set([GOES_TO_NAMED, FOR_OWNER_AFTER, OWNER_AFTER_DASH, FLAGGED_TO, FLAG_CASE, LEAVE_FOR]);
const ROUTES: readonly RegExp[] = [
  GOES_TO_NAMED,
  // "Group bookings of three or more vans are handled by Morag at the depot"
  new RegExp(`^\\s*(.+?)\\s+(?:is|are)\\s+(?:handled|dealt with|looked after|managed|taken care of|covered)\\s+by\\s+(?:${NAMED})`, 'u'),
  // "Birthday parties for children under 16 must be arranged by a person, not the assistant"
  new RegExp(`^\\s*(.+?)\\s+(?:must|should|need\\s+to|needs\\s+to|has\\s+to|have\\s+to)\\s+be\\s+(?:arranged|booked|organi[sz]ed|handled|dealt\\s+with|sorted(?:\\s+out)?|confirmed|approved)\\s+by\\s+(?:a\\s+(?:real\\s+)?(?:person|human)|(?:a\\s+)?member\\s+of\\s+(?:staff|the\\s+team)|one\\s+of\\s+us|me|us|${NAMED})(?![\\p{L}'])`, 'u'),
  // "Gareth Pryce looks after every business on the leased-line plan", "Our head seamstress Sam
  // takes all redesign work" ("takes" only after a role: "Delivery takes 2 weeks" is no one)
  new RegExp(`^\\s*(?:${NAMED})\\s+(?:handles|deals with|looks after|takes care of|is responsible for|manages)\\s+(.+)$`, 'u'),
  new RegExp(`^\\s*(?:${ROLE_NAMED})\\s+(?:handles|deals with|looks after|takes care of|is responsible for|manages|takes|does)\\s+(.+)$`, 'u'),
  // "If it's a trade account, Helena Ross is the one to speak to", "For weddings, speak to Ana"
  new RegExp(`^\\s*(?:[Ii]f|[Ww]hen|[Ff]or)\\s+(.+?),\\s*(?:(?:${NAMED})\\s+(?:is|'s)\\s+(?:the (?:one|person)|who)\\b|(?:please\\s+)?(?:speak|talk|ask|contact|call|email)\\s+(?:to\\s+|for\\s+)?(?:${NAMED}))`, 'u'),
  // "If a family wants to change anything …, that needs Tom or me", "If someone is worried about
  // paying, we would much rather talk to them ourselves"
  // (… "Same if a parent isn't happy …, I'd rather talk to them myself", "One more I forgot: if …, that
  // goes to Karen as well", "If a couple needs to cancel …, let Dan handle it", "When …, send them to Dan")
  new RegExp(`^\\s*(?:[^:]{1,60}:\\s*)?(?:(?:[Ss]ame|[Aa]lso|[Aa]nd|[Bb]ut|[Ss]o)\\s+)?(?:[Ii]f|[Ww]hen)\\s+(.+?),\\s*(?:(?:that|this|it|those|these|they)\\s+(?:needs?\\s+to\\s+(?:come|go)\\s+to|needs?|is\\s+for|are\\s+for|goes\\s+to|go\\s+to|has\\s+to\\s+go\\s+to|comes?\\s+to)\\s+(?:${NAMED}|(?:me|us|one\\s+of\\s+us)(?=\\s*(?:$|[.,;:!?(]|(?:because|as|since|too|as\\s+well|personally|straight|directly|first)\\b)))|(?:I|we)(?:'d|\\s+would)?\\s+(?:much\\s+|really\\s+)?(?:rather|prefer\\s+to|like\\s+to|want\\s+to)\\s+(?:talk|speak|deal|chat|sort|handle)\\b[^.]*?\\b(?:ourselves|myself|personally|in\\s+person)\\b|(?:please\\s+)?let\\s+(?:${NAMED}|me|us)\\s+(?:handle|deal\\s+with|sort|take)\\b|(?:please\\s+)?(?:(?:pass|get|put)\\s+(?:them|it|this|that|those|these)|send\\s+(?:them|those|these))\\s+(?:straight\\s+|over\\s+|along\\s+|on\\s+)*(?:through\\s+)?to\\s+(?:${NAMED}|me|one\\s+of\\s+us)\\b)`, 'u'),
  // "Anything where the customer says we've taken money wrongly needs a person as well", "Press, TV
  // and YouTubers wanting to film here, or anyone asking about sponsorship, also go to a person"
  new RegExp(`^\\s*(.+?)\\s+(?:(?:also|too)\\s+)?(?:needs?|goes|go|comes?)\\s+(?:straight\\s+)?(?:to\\s+)?(?:a\\s+(?:real\\s+)?(?:person|human)|one\\s+of\\s+us)\\b`, 'u'),
  // "Anyone from newspapers, radio, telly etc. comes to me too"
  // (Not "Anything you post comes to us within 3 days": to me, the owner, not to the business.)
  // ("Requests for copies of records or letters (for solicitors, …) need to come to me as …")
  new RegExp(`^\\s*((?:[Aa]nyone|[Aa]nybody|[Aa]nything|[Ss]omeone|(?:[Rr]equests|[Qq]uestions|[Qq]ueries|[Ee]nquiries|[Cc]omplaints)\\s+(?:for|about|from|on)|[Aa]ny\\s+(?:complaint|request|question|query|enquiry|problem|issue)s?\\s+(?:about|with|from|on|for))\\s.+?)\\s+(?:comes|goes|come|go|(?:needs?|have|has)\\s+to\\s+(?:come|go))\\s+(?:straight\\s+)?to\\s+me\\b`, 'u'),
  // "Trade-ins - I value them in person", "Anything about one-to-one lessons … - I'll deal with that
  // myself": the owner keeps the case, after a dash.
  new RegExp(`^\\s*(.+?)\\s+[-–—:]+\\s*(?:[Ii]'ll|[Ii]\\s+will|[Ii]|[Ww]e'll|[Ww]e\\s+will|[Ww]e)\\s+(?:deal\\s+with|handle|sort(?:\\s+out)?|do|value|price|quote|look\\s+at|take)\\s+(?:that|those|these|them|it|this|all\\s+of\\s+(?:them|those|these))\\s+(?:myself|ourselves|personally|in\\s+person)\\b`, 'u'),
  // "Measuring up and pricing any made-to-measure canvas is Sue's job though, so that's one for Sue"
  new RegExp(`^\\s*(.+?)(?:\\s+(?:is|are)\\s+(?:${NAMED})(?:'s|’s)\\s+(?:job|department|area|thing)(?:\\s+though)?)?,?\\s+(?:so\\s+|and\\s+)?that'?s\\s+(?:one|a\\s+job|a\\s+question)\\s+for\\s+(?:${NAMED}|me|us)\\s*[.!]*\\s*$`, 'u'),
  // "If a sail we've made or repaired has let go out on the water, I want to hear about it personally"
  // ("If someone thinks they've been charged wrongly (…) I want to look at it personally")
  new RegExp(`${IF_CASE},?\\s+(?:I|we)(?:'d|\\s+would)?\\s+(?:(?:always|really)\\s+)?(?:want|like|need)\\s+to\\s+(?:hear\\s+about|know\\s+about|look\\s+at|deal\\s+with|handle)\\s+(?:it|that|this|them)\\s+(?:personally|myself|ourselves|in\\s+person)?`, 'u'),
  // "If someone wants to sell us their old machine that's me as well"
  new RegExp(`^\\s*(?:(?:[Aa]nd|[Aa]lso|[Ss]o)\\s+)?(?:[Ii]f|[Ww]hen)\\s+(.+?),?\\s+(?:that'?s|that\\s+is|it'?s)\\s+(?:me|us|one\\s+of\\s+us)(?:\\s+(?:as\\s+well|too|again))?\\s*[.!]*\\s*$`, 'u'),
  // "if anyones disputing a bill …, thats Karen in the office, dont promise anything": someone named takes it.
  new RegExp(`^\\s*(?:(?:[Aa]nd|[Aa]lso|[Ss]o)\\s+)?(?:[Ii]f|[Ww]hen)\\s+(.+?),\\s*(?:that'?s|thats|that\\s+is)\\s+(?:${NAMED})\\b(?!'s|’s)`, 'u'),
  // "If a borehole we drilled has dried up, I want that one, its a touchy subject": the owner keeps it
  // (not "If you need a bigger size, we have those in the shop").
  new RegExp(`${IF_CASE},\\s*(?:(?:I|we)\\s+(?:want|need)\\s+(?:that|this|those|these)\\s+ones?|(?:I|we)(?:'ll|\\s+will)\\s+take\\s+(?:that|this|those|these)(?:\\s+ones?)?)\\b`, 'u'),
  // "Also if anyones saying our lads damaged something (…) straight to me": the hand-over said by whom to alone.
  new RegExp(`${IF_CASE},?\\s+(?:[-–—]+\\s*)?(?:straight|directly)\\s+to\\s+(?:me|us|one\\s+of\\s+us|${NAMED})\\s*[.!]*\\s*$`, 'u'),
  // "Garden centres, shops or landscapers asking about trade prices, that's me too": after a comma, without an "if".
  // ("… too": another of the owner's cases; not "Family run since 1962, that's us!")
  new RegExp(`^\\s*(.+?),\\s*(?:that'?s|that\\s+is)\\s+(?:me|us|one\\s+of\\s+us)\\s+(?:as\\s+well|too|again)\\s*[.!]*\\s*$`, 'u'),
  // "If someone's tree has died while it was with us, don't try to explain it, just tell them I'll ring them",
  // "…, just say how sorry we are and that I'll ring them personally": the owner calls, so a person has it.
  new RegExp(`${IF_CASE},\\s*[^.]*?\\b(?:tell|let|say)\\b[^.]*?\\b(?:I|we)(?:'ll|\\s+will)\\s+(?:ring|call|phone|contact)\\s+(?:them|him|her)\\b`, 'u'),
  // The case, then who of the business takes it (round 38): "Complaints about the walkers are for me
  // to deal with", "Refund requests are something I always deal with personally", "… is one for Mike",
  // "… are mine to answer", "Requests for a home visit — those are for me", "…, those come to me".
  FOR_OWNER_AFTER,
  // "Wholesale enquiries - Tom looks after those", "Press or TV enquiries: leave those to me",
  // "… - check with me first", "… - I'll ring them back myself".
  OWNER_AFTER_DASH,
  // "Any talk of a chargeback should be flagged to me", "Anyone asking about hiring the whole venue
  // should be put in touch with Sarah", "Group bookings of 20 or more need the manager."
  FLAGGED_TO,
  // "Please flag anyone who says …", "Let a human deal with anything involving …".
  FLAG_CASE,
  // "Leave anything about damaged stock for Jan to sort out".
  LEAVE_FOR,
  // "Send me anything about refunds, complaints or weddings".
  new RegExp(`^\\s*(?:[Pp]lease\\s+)?(?:[Ss]end|[Pp]ass|[Ff]orward)\\s+(?:me|us|(?:to\\s+)?(?:${NAMED}))\\s+((?:anything|everything|any|all)\\b.+?)\\s*[.!]*\\s*$`, 'u'),
  // "I'll take any questions about allergies myself".
  new RegExp(`^\\s*I(?:'ll|\\s+will)?\\s+(?:take|handle|deal\\s+with|answer)\\s+((?:all|any|every)\\s+.+?)\\s+(?:myself|personally)\\s*[.!]*\\s*$`, 'u'),
  // "If the customer mentions a funeral, get one of us on the chat", "If someone wants a job with us,
  // point them my way", "If they're unhappy with a repair we've done, I'd like to talk to them".
  new RegExp(`${IF_CASE},\\s*(?:please\\s+)?(?:(?:get|bring)\\s+(?:one\\s+of\\s+us|me|us|a\\s+(?:real\\s+)?(?:human|person)|${NAMED})(?:\\s+(?:on|in|into|involved)\\b[^.]*)?|point\\s+them\\s+(?:(?:my|our)\\s+way|to\\s+(?:me|us|${NAMED}))|(?:I|we)(?:'d|\\s+would)\\s+(?:like|want|rather|prefer)\\s+to\\s+(?:talk|speak|chat)\\s+(?:to|with)\\s+them)\\s*[.!]*\\s*$`, 'u'),
];

const TO_NAMED = new RegExp(`\\b(?:to|with)\\s+(?:${NAMED})`, 'gu');
/** How a hand-over is said, to whom, and what the agent is not to do: none of it is a situation (handOverIntro, handsOverAlone). */
const HAND_OVER_SAID: readonly RegExp[] = [ESCALATE_PHRASE, HAND_TO, TO_NAMED, TO_WHOEVER, HUMAN_TARGET, SELF_TRY];
const NAMED_TARGET = new RegExp(`(?:\\s+(?:straight|directly))?\\s+to\\s+(?:${NAMED})\\s*(?:,.*)?[.!]*$`, 'u');
const PERSON_DEPARTMENT = new RegExp(`^\\s*(?:[Tt]hat'?s|[Tt]hat is|[Tt]hose are|[Ii]t'?s)\\s+(?:${NAMED})(?:'s|’s)?\\s+(?:department|area|job|patch|domain|responsibility|thing)\\b|^\\s*(?:[Aa]sk for|[Ss]peak to|[Tt]alk to)\\s+(?:${NAMED})`, 'u');
const CASES = /\b(?:cases?|anything|everything|any|all|enquir\w*|quer(?:y|ies)|questions?|requests?|complaints?|issues?|problems?|bookings?|claims?|disputes?|refunds?)\b/i;

/** An enquiry, a complaint, a request, or anyone asking: words that say a case, not a fact ("Orders go to Scotland"). */
const looksLikeCase = (topic: string) => CASES.test(topic) || /(?:^|:)\s*(?:anyone|anybody|someone|somebody|people|customers?|parents?|guests?)\b/i.test(topic);

/**
 * "Any case involving a child under 16 goes to Dr Priya Nandra", "Gareth looks after every
 * business on the leased-line plan": the business names someone who takes these cases, and the
 * agent cannot reach them but by handing over. The cases are the situation; an age or a count
 * ("under 16", "three or more") is how the business describes them, not an amount to compare.
 */
function routedTopic(sentence: string): string | undefined {
  for (const route of ROUTES) {
    const topic = route.exec(sentence)?.[1];
    // "Orders go to Scotland by courier" is a place: "goes to" names someone only for cases.
    // ("Free funded places …: anyone asking how to use a code … goes to Jo": anyone, too.)
    if (CASE_ROUTES.has(route) && topic && !looksLikeCase(topic)) continue;
    if (topic) return topic.replace(/\b(?:aged\s+)?(?:under|over|below|above)\s+\d+\b(?!\s*%)|\b(?:\w+)\s+or\s+more\b/gi, ' ');
  }
  return undefined;
}

/**
 * "Should someone want money back for fees, that goes to Graham our treasurer", "If someone tells you
 * they're pregnant and asks whether they can use the sauna, one of us needs to reply - the bot
 * shouldn't be giving that kind of advice", "Anyone asking for a discount needs to speak to me": a
 * sentence whose clauses are the case and who of the business takes it (and what the agent is not
 * to do), in any order. The case is its condition ("if", "should", "where" …) when it has one, else
 * what the clauses say once who takes it is taken out; without a condition it must look like a case
 * (an enquiry, a complaint, anyone asking), as for routedTopic's routes.
 */
function clausedCase(sentence: string): string | undefined {
  const { clauses, cases, taken } = clauseReadings(sentence);
  if (!taken.includes(true)) return undefined;
  // "If a shop, garden centre or anyone else wants to stock our stuff, …": a condition's list runs on
  // over the clauses after it, up to who takes it.
  const at = cases.findIndex((c) => c !== undefined && CONDITION.test(c));
  if (at >= 0) {
    // (Up to the clause that says who takes it, whose own words before that are the case's last.)
    let end = at;
    while (end < cases.length && cases[end] !== undefined && !taken[end]) end++;
    return cases.slice(at, end < cases.length && cases[end] !== undefined ? end + 1 : end).join(', ').replace(CONDITION, '');
  }
  const topic = cases.filter((c) => c !== undefined).join(', ').replace(/[\s,;]+(?:and|so|but|then)\s*$/i, '');
  // ("Roof leaks during a storm are an emergency and a person must pick those up": who must take it makes it a case.)
  // (Only a case told first, and not the owner's own doing: not "Graham has to see the watch before …",
  // "We do those at cost and I like to talk to the parents myself".)
  const firstCase = cases.findIndex((c) => c !== undefined);
  const toldFirst = clauses.some((c, i) => {
    if (!taken[i] || !MUST_TAKE.test(c)) return false;
    // (A clause of its own after the case's, or the case said before who takes it in one clause, not in a "that …" of its own.)
    // (Who takes it closes its clause: not "we need to see + play the records".)
    const found = TAKERS_FIRST.map((re) => re.exec(c)).filter((m) => m !== null);
    const at = Math.min(...found.map((m) => m.index));
    const end = Math.max(...found.map((m) => m.index + m[0].length));
    const before = c.slice(0, at);
    if (topicTerms(c.slice(end).replace(TAKER_WORDS, ' ')).length > 0) return false;
    return (firstCase >= 0 && i > firstCase) || (at > 0 && topicTerms(before).length > 0 && !/\b(?:that|which|who)\s*$/i.test(before));
  });
  return topic !== '' && (looksLikeCase(topic) || (toldFirst && !OWNERS_OWN.test(topic))) ? topic : undefined;
}

/**
 * "That's for Gareth to arrange himself, so pass them over to him", "Don't argue the point, just hand
 * it straight to me": every clause says who takes it or what the agent is not to do, and none is a case.
 */
function takenAlone(sentence: string): boolean {
  // ("Please don't try to deal with anyone asking for their deposit back - just pass it on to me": what not to deal with is the case.)
  if (DONT_HANDLE_FIRST.test(sentence)) return false;
  const { cases, taken } = clauseReadings(sentence);
  return taken.includes(true) && cases.every((c) => c === undefined);
}

/** A sentence's clauses, each with its case (or undefined where it has none) and whether it says who takes it. */
function clauseReadings(sentence: string): { clauses: string[]; cases: (string | undefined)[]; taken: boolean[] } {
  // (A bracket's commas list examples: "(illness, injury, family stuff)" is no clause.)
  const clauses = sentence.replace(/[\s.!]+$/, '').replace(/\([^)]*\)/g, (b) => b.replace(/,/g, '\u0000')).split(CLAUSE_BREAK)
    .map((c) => c.replace(/\u0000/g, ',')).filter((c) => c.trim() !== '');
  // Each clause's case, or undefined where the clause only says who takes it or what the agent is not to do.
  const taken: boolean[] = [];
  const cases = clauses.map((said) => {
    // (Named people keep their capitals, so a clause's opening word is lowered for the takers instead.)
    const base = said.replace(REPORTED, '');
    const clause = base.replace(OPENING_WORD, (w) => w.toLowerCase());
    // ("Don't try to answer medical questions about a dog's medication, get Kerry", "The assistant shouldn't deal with warranty claims; Jess does those": what not to handle is the case.)
    const dont = DONT_HANDLE_FIRST.exec(clause) ?? AGENT_DONT_HANDLE.exec(clause) ?? KEEP_OUT.exec(clause);
    if (dont) {
      // (… and who takes it after it: "Keep out of complaints about the food and page whoever's on the desk".)
      const rest = clause.slice(dont[0].length);
      const without = takersOut(rest);
      taken.push(without !== rest);
      return (without === rest ? rest : without.replace(/[\s,;]+(?:and|so|then)?\s*$/i, '')).trim();
    }
    if ((AGENT_NOT_TO.test(clause) && nothingLeft(clause, [AGENT_NOT_TO])) || EXAMPLES_ASIDE.test(clause)) {
      taken.push(false);
      return undefined;
    }
    const lowered = takersOut(clause);
    // (The case as the owner wrote it, where its opening word is still there.)
    const opening = OPENING_WORD.exec(base)?.[0].length ?? 0;
    const left = lowered.slice(0, opening) === clause.slice(0, opening) ? base.slice(0, opening) + lowered.slice(opening) : lowered;
    taken.push(lowered !== clause);
    return topicTerms(left.replace(TAKER_WORDS, ' ')).length > 0 ? left.trim() : undefined;
  });
  return { clauses, cases, taken };
}
/** Who takes a case said as a must, a wish or an order to the agent, not as how things are ("Tom does the framing"). */
// ("Broken skis or boots returned damaged – Tom deals with all of that": back to the case, by a pronoun.)
const MUST_TAKE = /\b(?:(?:deals?\s+with|handles?|sorts?)\s+all\s+(?:of\s+)?(?:that|those|them)\b|(?:is|are)\s+(?:one\s+)?for\s+\S+|(?:is|are)\s+mine\b|job\b|decides\b|takes\s+(?:those|these|them|that)\b|picks\s+(?:that|those|it|them)\s+up\b|must|should|has\s+to|have\s+to|needs?\s+to|want|wants|'d\s+like|would\s+like|let|get|leave|flag(?:ged)?|ring-?fence|never\s+for|not\s+for|myself|personally)\b/i;
/** "… just say I'll need to look at it": what the customer is told, which no one takes. */
const REPORTED = /(?:^\W*|\b(?:just|then|and|please|simply)\s+)(?:say|tell\s+(?:them|the\s+customer)|explain|let\s+them\s+know)\b.*$/i;
/** A clause's opening word, when it is one the takers write in lower case ("That goes to …", "One of us …"). */
const OPENING_WORD = /^\W*(?:One|That|This|It|Those|These|They|We|So|And|Please|Just|Then|Get|Bring|Any|Anyone|Anything|If|When|Should|Where|Hand|Pass|Put|Send|Flag|Let|Leave|Fetch|Page|Ping)\b/;
/** Where an owner's sentence breaks into clauses: a comma, a semicolon, a colon, a dash. */
const CLAUSE_BREAK = /\s*[,;:]\s+|\s+[-–—]+\s+/;
/** "If …", "Should someone …", "Where a group …", "In the event of …": a clause that gives the case. */
const CONDITION = /^\W*(?:(?:and|also|so|but|or)\s+)?(?:if|when|whenever|should(?:\s+there\s+be)?|where|in\s+case|in\s+the\s+event\s+(?:that|of))\s+/i;
/** "Keep out of complaints about the food and page whoever's on the desk": what to keep out of is the case. */
const KEEP_OUT = /^\W*(?:please\s+)?(?:keep|stay)\s+out\s+of\s+(?!(?:these|those|them|it|this|that)\b)/i;
/** "The assistant shouldn't deal with warranty claims": what the agent is not to handle, said of the agent. */
const AGENT_DONT_HANDLE = /^\W*(?:(?:the\s+)?(?:bot|ai|assistant|chatbot)|you)\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot|won'?t)\s+(?:try\s+(?:to|and)\s+)?(?:deal\s+with|handle|answer|sort(?:\s+out)?|resolve|reply\s+to|respond\s+to)\s+(?!(?:these|those|them|it|this|that)\b)/i;
/** "the bot shouldn't be giving that kind of advice", "not you": what the agent is not to do. */
const AGENT_NOT_TO = /^\W*(?:(?:and|but|so|then|just)\s+)?(?:(?:please\s+)?(?:do\s+not|don'?t|dont|never)\s+(?!(?:hesitate|forget)\b)\w+\b.*|(?:\p{L}+\s+(?:or|and)\s+)?(?:the\s+(?:bot|ai|assistant|chatbot)|you)\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot|won'?t|aren'?t|are\s+not|isn'?t|is\s+not)\b.*|not\s+(?:you|the\s+(?:bot|ai|assistant|chatbot|chat))|rather\s+than\s+(?:you\s+)?\w+ing\b.*)$/iu;
/** "even something that sounds minor like a bad bruise", "e.g. …": examples beside the case, not all of it. */
const EXAMPLES_ASIDE = /^\W*(?:even|e\.?g\.?|such\s+as|for\s+example|like)\b/i;
/** Who of the business takes a case, as a clause says it. */
const TAKER = String.raw`(?:I|we|${OWNER})`;
/** Who takes a case, said without a hand-over's verb (read again in a case, see withoutTakers). */
const OWN_TAKERS: readonly RegExp[] = [
  // "one of us needs to reply", "I want to hear about it personally", "Jo has to see it", "I'll need to see it"
  new RegExp(String.raw`\b${TAKER}(?:'ll|'d|\s+will|\s+would)?\s+(?:(?:really|always|also)\s+)?(?:needs?|has|have|should|must|want|wants|like|prefer|rather)\s+(?:to\s+)?(?:(?:reply|answer|respond|speak|talk|chat|deal|handle|sort|see|know|hear|look\s+at|take|pick\s+(?:those|these|them|it|that)\s+up|ring\s+back|call\s+back|phone\s+back)\b)(?:\s+(?:to|with|about|out|into))?(?:\s+(?:it|them|that|this|those|these|him|her|the\s+customer))?(?:\s+ones?)?(?:\s+out)?(?:\s+(?:personally|myself|ourselves|themselves|directly|in\s+person|first|straight\s+away))*`, 'gu'),
  // "that goes to Graham our treasurer", "those come straight to me"
  new RegExp(String.raw`\b(?:that|this|it|those|these|they|anything\s+like\s+that|any\s+of\s+(?:that|those|these)|all\s+of\s+(?:that|those|these))\s+(?:(?:needs?|has|have)\s+to\s+)?(?:go|goes|come|comes|is\s+for|are\s+for)\s+(?:straight\s+|directly\s+)?to\s+(?:${OWNER}|him|her)(?:\s+(?:our|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?`, 'gu'),
  // "one of the instructors must be told straight away", "Karen must be informed"
  new RegExp(String.raw`\b(?:${OWNER}|one\s+of\s+the\s+\p{Ll}+)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:told|informed|notified|made\s+aware|involved|called|contacted)\b`, 'gu'),
  // "I'd like to have a chat with the parents myself"
  new RegExp(String.raw`\b(?:I|we)(?:'d|\s+would)?\s+(?:like|want|prefer|rather)\s+to\s+(?:have\s+a\s+(?:chat|word|talk)|speak|talk|chat)\s+(?:with|to)\s+(?:them|him|her|the\s+\p{Ll}+)(?:\s+(?:myself|personally|ourselves|first))?`, 'gu'),
  // "That's for Gareth to arrange himself"
  new RegExp(String.raw`\b(?:that'?s|that\s+is|it'?s|those\s+are|these\s+are)\s+for\s+(?:${OWNER}|him|her)\s+to\s+\p{Ll}+(?:\s+(?:out|up))?(?:\s+(?:himself|herself|themselves|myself|ourselves|personally|directly))?`, 'gu'),
  // "that's a conversation for me", "it's one for Jo"
  new RegExp(String.raw`\b(?:that'?s|that\s+is|it'?s)\s+(?:a\s+(?:conversation|question|chat|job|call|decision)|one|something)\s+for\s+(?:${OWNER})`, 'gu'),
  // "Sue has to approve it", "need my sign-off"
  new RegExp(String.raw`\b(?:${OWNER})\s+(?:has|have|needs?|will\s+need)\s+to\s+(?:approve|authori[sz]e|sign\s+(?:it\s+|them\s+)?off|okay|ok)(?:\s+(?:it|them|that|this|those|these))?|\b(?:needs?|requires?)\s+(?:my|our|\p{Lu}\p{Ll}+'s)\s+(?:sign[- ]?off|approval|ok|okay|say[- ]so)`, 'gu'),
  // "Mark will answer those", "Jo can deal with them"
  new RegExp(String.raw`\b(?:${NAMED})\s+(?:will|'ll|can|should)\s+(?:answer|handle|deal\s+with|sort(?:\s+out)?|take)\s+(?:those|these|them|it|that)\b`, 'gu'),
  // "Insurance claims are handled by Dave"
  // ("School trips … get priced up by Tom")
  new RegExp(String.raw`\b(?:is|are|gets?)\s+(?:handled|dealt\s+with|looked\s+after|taken\s+care\s+of|priced(?:\s+up)?|quoted(?:\s+for)?|sorted(?:\s+out)?|answered|approved|decided)\s+by\s+(?:${NAMED}|me|us)`, 'gu'),
  // "… must be taken over by a member of staff", "… should be flagged to me"
  new RegExp(String.raw`\b(?:must|should|will|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:(?:taken\s+over|picked\s+up|handled|dealt\s+with|answered|seen|looked\s+at)\s+by|flagged\s+(?:up\s+)?to|passed\s+to|sent\s+to)\s+(?:${OWNER})`, 'gu'),
  // "the manager decides", "the optometrist on duty takes those", "whoever's on the bar picks that up"
  new RegExp(String.raw`(?:${OWNER})\s+(?:decides|takes\s+(?:those|these|them|that|it)|picks\s+(?:that|those|it|them)\s+up|handles\s+(?:those|these|them|that|it))\b`, 'gu'),
  // "get our Kieran on it", "get a member of staff in right away", "fetch her", "ping the duty manager", "page whoever's on the desk", "I want one of us on it"
  new RegExp(String.raw`\b(?:[Gg]et|[Ff]etch|[Pp]ing|[Pp]age|[Ww]ant)\s+(?:${OWNER}|him|her)(?:\s+(?:on\s+it|in(?:\s+on\s+the\s+chat)?|involved))?(?:\s+(?:right\s+away|immediately|straight\s+away|now))?(?=\s*(?:[,.;:!—–-]|$|\s+(?:not|so|and)\b))`, 'gu'),
  // "Refund requests are a Bev job", "… are mine", "… is for the office to deal with", "should be put through to me", "flag it to him" (not "send it to us": an item posted)
  new RegExp(String.raw`\b(?:is|are)\s+(?:an?\s+\p{Lu}\p{Ll}+\s+job|mine|for\s+(?:${OWNER})\s+to\s+(?:deal\s+with|sort(?:\s+out)?|handle|answer))\b|\b(?:[Pp]ut|[Ff]lag|[Rr]oute)\s+(?:(?:those|these|them|it|that)\s+(?:\p{Ll}+\s+)?)?(?:through\s+)?to\s+(?:${OWNER}|him|her)\b|\b(?:(?:should|must|will|can)\s+)?be\s+put\s+through\s+to\s+(?:${OWNER})|\b[Ss]end\s+(?:them|those|these)\s+to\s+(?:him|her)\b`, 'gu'),
  // "Ring-fence those for me", "leave to me", "let their teacher handle that conversation", "… are never for the bot"
  new RegExp(String.raw`\b[Rr]ing-?fence\s+(?:those|these|them|it|that)\s+for\s+(?:${OWNER})|\b[Ll]eave\s+(?:(?:it|them|those|these|that)\s+)?to\s+(?:${OWNER})|\b[Ll]et\s+(?:${OWNER})\s+(?:handle|deal\s+with|answer|sort(?:\s+out)?|take(?:\s+over)?)\s+(?:(?:that|the)\s+conversation|those|these|them|it|that)\b|\b(?:is|are)\s+(?:never|not)\s+for\s+(?:the\s+)?(?:bot|ai|assistant|chatbot)\b`, 'gu'),
  // "let him have them", "leave those to Jo"
  new RegExp(String.raw`\b(?:let\s+(?:him|her|them|me|us|${NAMED})\s+(?:have|take|handle|deal\s+with|sort(?:\s+out)?|answer)|leave)\s+(?:those|these|them|it|that)(?:\s+(?:to|with)\s+(?:him|her|${OWNER}))?(?=\s*(?:[,;.!]|$))`, 'gu'),
  // "I can't have you answering" (what the agent is not to do, said as the owner's own)
  new RegExp(String.raw`\b(?:I|we)\s+(?:can'?t|cannot|don'?t\s+want\s+to|won'?t)\s+have\s+you\s+\p{Ll}+ing\b`, 'gu'),
  // "Anyone asking for a discount needs to speak to me", "… should speak to Mum directly"
  new RegExp(String.raw`\b(?:(?:needs?|has|have|will\s+need)\s+to|should|must|will|can)\s+(?:speak|talk|chat)\s+(?:to|with)\s+(?:${OWNER})(?:\s+(?:directly|personally|first))?`, 'gu'),
  // "… are one for Pam in the office", "Jess does those", "… get Kerry"
  new RegExp(String.raw`\b(?:is|are)\s+(?:one|ones|a\s+job|something)\s+for\s+(?:${OWNER})(?:\s+in\s+the\s+\p{Ll}+)?|\b(?:${NAMED})\s+(?:does|handles|sorts|deals\s+with|takes|answers)\s+(?:all\s+(?:of\s+)?)?(?:those|these|them|that|it)\b|^\W*(?:(?:just|then|so|and|please)\s+)*get\s+(?:${NAMED})\s*$`, 'gu'),
  // "Any questions about dogs on the boat I'll answer myself"
  new RegExp(String.raw`\b(?:I|we)(?:'ll|\s+will)\s+(?:answer|handle|deal\s+with|take|sort(?:\s+out)?)(?:\s+(?:those|these|them|that|it))?(?:\s+out)?\s+(?:myself|ourselves|personally)`, 'gi'),
  // "Weddings are Holly's thing", "that's Jo's department"
  new RegExp(String.raw`\b(?:is|are|that'?s|that\s+is|it'?s)\s+(?:${NAMED}|my|our)(?:'s|’s)?\s+${OWNERS_PART}\b`, 'gu'),
  // "get a person involved", "bring one of us in"
  new RegExp(String.raw`\b(?:get|bring)\s+(?:${BUSINESS_PERSON}|someone)\s+(?:involved|in)\b`, 'gi'),
  // "are something I deal with quietly myself", "is something Tom deals with"
  new RegExp(String.raw`\b(?:is|are)\s+(?:something|one|a\s+thing|a\s+job)\s+(?:that\s+)?(?:I|we|${NAMED})\s+(?:\w+ly\s+)?(?:deals?\s+with|handles?|sorts?(?:\s+out)?|looks?\s+after|answers?)(?:\s+(?:\w+ly\s+)?(?:myself|ourselves|personally|himself|herself))?`, 'gu'),
];
const TAKERS: readonly RegExp[] = [
  ...OWN_TAKERS,
  // "pass them to me", "so hand it over to me rather than answering"
  new RegExp(String.raw`(?:\b(?:so|and|please|just|then|gets?)\s+)*${ESCALATE_PHRASE.source}(?:\s*\b(?:to|with)\s+(?:${OWNER}|him|her|them))?(?:\s+(?:our|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?`, 'gu'),
];
/** A clause with every way of saying who takes it taken out. */
const takersOut = (clause: string) => TAKERS.reduce((c, re) => c.replace(re, ' '), clause);
/** The takers, each to find its first place in a clause (clausedCase), made once. */
const TAKERS_FIRST: readonly RegExp[] = TAKERS.map((re) => new RegExp(re.source, re.flags.replace('g', '')));
/**
 * "Requests for a refund … need my sign-off, so", "Insurance claims are handled by Dave, so to him":
 * who takes a case, left in it where a hand-over's verb was read first, is no part of it.
 */
const withoutTakers = (s: string) => {
  // (A hand-over's verb only as a clause of its own at the end: "anyone wanting to transfer their
  // booking" keeps its own.)
  const left = OWN_TAKERS.reduce((c, re) => c.replace(re, ' '), s).replace(HAND_OVER_LAST, ' ');
  return left === s ? s : left.replace(/(?:[\s,;:.!–—-]+(?:so|and|then|(?:gets?\s+)?to\s+(?:him|her|them))?)+\s*$/i, '').replace(/\s+(?=[,;])|([,;])\s*[,;]/g, '$1');
};
/** "… - get me or Becky", "…, then get us", "… safe so hand over": the hand-over, as the case's last clause. */
const HAND_OVER_LAST = new RegExp(`(?:[,;.]|\\s[-–—]|\\s(?=so\\b|then\\b))\\s*(?:(?:so|just|then|and|please)\\s+)*(?:${ESCALATE_VERB})[^,;]*$`, 'i');
/** What is left of a clause that only said who takes it: "so", "personally", "quietly", "either". */
const TAKER_WORDS = /\b(?:so|and|please|just|then|stop\s+there|personally|quietly|myself|ourselves|either|too|as\s+well|straight\s+away|right\s+away|(?:the\s+)?same\s+day|today|urgently|asap|immediately)\b/gi;

/** Every rule the escalation check applies: the escalation rules, then the escalating business rules. */
export function effectiveEscalationRules(settings: { escalationRules: string[]; businessRules: string }): string[] {
  const fromBusiness = escalatingBusinessRules(settings.businessRules);
  const own = settings.escalationRules.some((r) => r.includes('\n')) ? settings.escalationRules.flatMap(listedRule) : settings.escalationRules;
  return fromBusiness.length === 0 ? own : [...own, ...fromBusiness];
}

/** "Always hand to a person:⏎- anyone who …⏎- complaints about …", one rule as typed: its items, each a rule. */
function listedRule(rule: string): string[] {
  const { listed, rest } = listedSituations(rule);
  if (listed.length === 0) return [rule];
  return topicTerms(rest).length > 0 ? [...listed, rest.trim()] : listed;
}
