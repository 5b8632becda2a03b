/**
 * Weights and heights: a limit a rule sets ("Booking enquiries from anyone over 110kg", "riders
 * over 18 stone", "children under 1.2m") and a size a customer tells ("I'm about 118kg", "he's 19st
 * 4", "she's 4ft 10"), each in one unit (kilograms, centimetres), so a limit in one unit is met by a
 * size told in another.
 */
export type Measure = 'kg' | 'cm';

/** Each unit's words, as owners and customers write them. */
const KG_WORDS = 'kgs?|kilos?|kilograms?';
const STONE_WORDS = 'st|stones?';
const LB_WORDS = 'lbs?';
const CM_WORDS = 'cm|centimet(?:re|er)s?';
const M_WORDS = 'm|metres?|meters?';
const FT_WORDS = 'ft|feet|foot';
/** Each unit's words, its measure and its size in that measure's unit. */
const PER_UNIT: readonly [RegExp, Measure, number][] = ([
  [KG_WORDS, 'kg', 1],
  [STONE_WORDS, 'kg', 6.35],
  [LB_WORDS, 'kg', 0.4536],
  [CM_WORDS, 'cm', 1],
  [M_WORDS, 'cm', 100],
  [FT_WORDS, 'cm', 30.48],
] as const).map(([words, measure, per]) => [new RegExp(`^(?:${words})$`, 'i'), measure, per]);

/** The unit words of a weight or a height. */
export const MEASURE_WORDS = [KG_WORDS, STONE_WORDS, LB_WORDS, CM_WORDS, M_WORDS, FT_WORDS].join('|');
const UNIT_AFTER = new RegExp(String.raw`^\s*(${MEASURE_WORDS})\b`, 'i');

/** The measure and its size in that measure's unit, when a unit opens `after` ("kg" of "over 110kg"). */
export function measureAfter(after: string): { measure: Measure; per: number } | undefined {
  const word = UNIT_AFTER.exec(after)?.[1];
  const unit = word === undefined ? undefined : PER_UNIT.find(([re]) => re.test(word));
  return unit && { measure: unit[1], per: unit[2] };
}

export const isMeasure = (unit: string | undefined): unit is Measure => unit === 'kg' || unit === 'cm';

const N = String.raw`(\d+(?:\.\d+)?)`;
// "19st 4", "18 stone 6lb", "13 stone and 2 pounds": stone, then pounds.
const STONE = new RegExp(String.raw`\b${N}\s*(?:${STONE_WORDS})\b(?:\s*(?:and\s+)?(\d{1,2})(?:\s*(?:lbs?|pounds?)\b)?)?`, 'gi');
const KILOS = new RegExp(String.raw`\b${N}\s*(?:${KG_WORDS})\b`, 'gi');
const POUNDS = new RegExp(String.raw`\b${N}\s*(?:${LB_WORDS})\b`, 'gi');
// "4ft 10", "5 foot 2", "5'8"": feet, then inches.
const FEET = new RegExp(String.raw`\b(\d)\s*(?:${FT_WORDS}|')\s*(?:(\d{1,2})\s*(?:in(?:ch(?:es)?)?\b|"|'')?)?`, 'gi');
const CENTIMETRES = new RegExp(String.raw`\b${N}\s*(?:${CM_WORDS})\b`, 'gi');
// ("1.2m", "1.85 metres": a person's height is under 3 metres; "a 50m swim" is a distance.)
const METRES = new RegExp(String.raw`\b([0-2](?:\.\d+)?)\s*(?:${M_WORDS})\b`, 'gi');

/** Every size of `measure` the message tells, in its unit. */
export function measuresIn(message: string, measure: Measure): number[] {
  const found: number[] = [];
  // Each size found is taken out of the text, so the pounds of "13 stone 2lb" are not read again.
  const take = (text: string, re: RegExp, size: (m: RegExpMatchArray) => number) => {
    for (const m of text.matchAll(re)) found.push(size(m));
    return text.replace(re, ' ');
  };
  if (measure === 'kg') {
    const rest = take(message, STONE, (m) => Number(m[1]) * 6.35 + Number(m[2] ?? 0) * 0.4536);
    take(take(rest, KILOS, (m) => Number(m[1])), POUNDS, (m) => Number(m[1]) * 0.4536);
  } else {
    take(take(take(message, FEET, (m) => Number(m[1]) * 30.48 + Number(m[2] ?? 0) * 2.54), CENTIMETRES, (m) => Number(m[1])), METRES, (m) => Number(m[1]) * 100);
  }
  return found;
}
