/**
 * A customer's age and the age bands articles write: "I'm 70" against "Over 65s £3.80", "my 6
 * year old" against "Children under 8 must be in the water with an adult". The line whose band
 * holds the customer's age is about them, though it shares no word with the question.
 */

const OLDEST = 120;
/** A figure that is no age: a weight, a distance, a duration, a count of people or money. */
const NOT_AN_AGE = String.raw`(?!\s*(?:kg|g\b|lbs?|st\b|stone|miles?|mi\b|km|m\b|cm|mm|metres?|meters?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|nights?|%|people|guests|persons|adults|children|kids|dogs|pounds|quid|p\b|am\b|pm\b|[:.]\d))`;
const PERSON = String.raw`(?:i|he|she|son|daughter|kid|child|boy|girl|mum|mom|mam|dad|father|mother|husband|wife|partner|grandson|granddaughter|nan|gran|granny|grandad|grandpa|grandma|grandmother|grandfather|niece|nephew|brother|sister|friend)`;
const AGE_SAID = [
  new RegExp(String.raw`\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]?olds?\b`),
  new RegExp(String.raw`\b(\d{1,2})\s?yo\b`),
  new RegExp(String.raw`\b${PERSON}\s*(?:is|'s|’s|am|'m|’m|was|turns|turned|will\s+be)\s+(?:nearly\s+|almost\s+|just\s+|only\s+)?(\d{1,2})\b${NOT_AN_AGE}`),
  new RegExp(String.raw`\baged?\s+(\d{1,2})\b${NOT_AN_AGE}`),
];

/**
 * A pensioner is of pension age (66 in the UK): "Do pensioners get money off?" is answered by
 * "Students and over-65s get 20% off", as "I'm 70" is. Not "senior" alone (a senior stylist,
 * senior school) nor "retired" (one can retire at 55).
 */
const PENSIONER = /\b(?:pensioners?|oaps?|senior\s+citizens?|old[- ]age\s+pensioners?)\b/;
const PENSION_AGE = 66;

/**
 * Words to look articles up by for a pensioner's question: the age bands they are written in
 * ("over-65s", "60+"), since no word of "Do pensioners get money off?" is in them.
 */
export const pensionBandWords = (question: string): string[] => (PENSIONER.test(question.toLowerCase()) ? ['60s', '65s', '60', '65'] : []);

/** The age the customer gives for themselves or someone they ask for, if any. */
export function customerAge(question: string): number | undefined {
  const read = question.toLowerCase();
  for (const re of AGE_SAID) {
    const m = re.exec(read);
    if (m) return Number(m[1]);
  }
  return PENSIONER.test(read) ? PENSION_AGE : undefined;
}

const BANDS: [RegExp, (a: number, b: number) => [number, number]][] = [
  [new RegExp(String.raw`\b(?:aged?|ages)\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b${NOT_AN_AGE}`, 'g'), (a, b) => [a, b]],
  [new RegExp(String.raw`\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})[- ]?(?:years?|yrs?)(?:[- ]?olds?)?\b`, 'g'), (a, b) => [a, b]],
  [new RegExp(String.raw`\bover[- ]?(\d{1,2})s?\b${NOT_AN_AGE}`, 'g'), (a) => [a, OLDEST]],
  [new RegExp(String.raw`\b(\d{1,2})\s*(?:\+|(?:and|or)\s+(?:over|older|above|up)\b)${NOT_AN_AGE}`, 'g'), (a) => [a, OLDEST]],
  [new RegExp(String.raw`\bfrom\s+(\d{1,2})\s*(?:years?|yrs?)`, 'g'), (a) => [a, OLDEST]],
  [new RegExp(String.raw`\bunder[- ]?(\d{1,2})s?\b${NOT_AN_AGE}`, 'g'), (a) => [0, a - 1]],
];

/** The age bands `text` names, as inclusive [youngest, oldest]. */
export function ageBands(text: string): [number, number][] {
  const read = text.toLowerCase();
  const out: [number, number][] = [];
  for (const [re, band] of BANDS) for (const m of read.matchAll(re)) out.push(band(Number(m[1]), Number(m[2])));
  return out;
}

/** Whether one of `bands` holds `age`. */
export const holdsAge = (bands: readonly (readonly [number, number])[], age: number) => bands.some(([lo, hi]) => age >= lo && age <= hi);
