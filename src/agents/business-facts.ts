/**
 * "Where are you?", "When do you open?", "What number do I ring?" and "Is there an email I can
 * write to?" answered from the business context when the
 * extractive answer finds nothing: such short questions share no topic word with the sentence
 * that answers them ("…at 14 Mill Lane, Bristol BS3 4QT", "Our opening hours are 9am to 6pm").
 * Only sentences that carry the fact itself (a street or postcode; a clock time or open/closed
 * day) are quoted; otherwise the agent still says it does not know.
 */
import { EMAIL_ASKED, heldTypes, NUMBER_TO_RING } from '../knowledge/answer-types.ts';
import { sentences } from '../knowledge/text.ts';

/** A question about the business's location, not about an order's whereabouts. */
const ASKS_WHERE =
  /\b(?:where\s+(?:are|r)\s+(?:you|u|ya)(?:\s+(?:guys|located|based|situated))?\s*[?.!]*$|where\s+(?:is|are)\s+(?:your|the)\s+(?:shop|store|office|premises|location|cafe|café|bakery|base|building|quay|site)\b|(?:what(?:'s|\s+is)\s+)?your\s+(?:address|location)\b|how\s+(?:do|can)\s+i\s+find\s+you\b|where\s+can\s+i\s+find\s+you\b|^\W*(?:your\s+|the\s+)?(?:address|postcode|location)\W*$)/i;
const ASKS_HOURS =
  /\b(?:(?:what\s+time|when)\s+(?:do|does|are|is)\s+(?:you|it|the\s+\w+)\s+(?:open|close|shut)|opening\s+(?:hours|times)|(?:your|the)\s+hours\b|are\s+you\s+open\b|(?:is|are)\s+(?:it|the\s+\w+)\s+open\b|what\s+(?:are\s+)?(?:your\s+)?hours\b|open\s+(?:on|at|today|tomorrow)\b)/i;
/** The business's own number asked for outright (not "who do I call?", not "your phone line"). */
const ASKS_NUMBER = new RegExp(String.raw`\b(?:${NUMBER_TO_RING}|(?:your|ur|the) (?:tele)?phone number|what(?:'?s| is) (?:your|ur|yr) (?:phone |contact )?number)\b`, 'i');
const ABOUT_AN_ORDER = /\b(?:order|parcel|package|delivery|refund|booking|reservation|money)\b/i;

/** A holiday or season the usual opening hours may not hold for. */
const HOLIDAY = /\b(?:christmas|xmas|new year|boxing day|easter|bank holidays?|half[- ]term|school holidays)\b/i;
const STREET = /\b\d+[a-z]?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Quay|Way|Square|Sq|Place|Pl|Drive|Dr|Court|Ct|Row|Hill|Close|Parade|Terrace|Boulevard|Blvd|Wharf|Yard|Walk|Green)\b/u;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/;
const PLACE = /\b(?:based|located|situated|find us)\s+(?:at|in|on|by|near)\b/i;
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b/i;
const DAYS = /\b(?:open|closed)\b.*\b(?:mon|tue|wed|thu|fri|sat|sun)\w*days?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*days?\b.*\b(?:open|closed)\b/i;

/** The business-context sentences that answer a location or opening-hours question, if any. */
export function businessFactAnswer(question: string, businessContext: string): string[] {
  if (businessContext.trim() === '' || ABOUT_AN_ORDER.test(question)) return [];
  const all = sentences(businessContext);
  if (ASKS_WHERE.test(question)) {
    const strong = all.filter((s) => STREET.test(s) || POSTCODE.test(s));
    return strong.length > 0 ? strong : all.filter((s) => PLACE.test(s));
  }
  if (ASKS_HOURS.test(question)) {
    // "Are you open over Christmas?": the usual hours do not say, unless the context names the holiday.
    const holiday = HOLIDAY.exec(question)?.[0];
    if (holiday && !new RegExp(`\\b${holiday.split(/\s+/)[0]}`, 'i').test(businessContext)) return [];
    return all.filter((s) => CLOCK.test(s) || DAYS.test(s));
  }
  // "Is there a number I can call to talk to someone before I sign up?": the story's words sink
  // the line, but the number is the answer.
  if (ASKS_NUMBER.test(question)) return all.filter((s) => heldTypes(s).includes('#phone'));
  // "I'd rather write than ring - is there an email I can send my dog's details to?"
  if (EMAIL_ASKED.test(question)) return all.filter((s) => heldTypes(s).includes('#email'));
  return [];
}
