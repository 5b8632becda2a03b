/**
 * Situations escalation rules name, and the words a customer uses when one happens (issue 13,
 * round 6). An admin writes "a child hurt at the pool", "a battery that caught fire", "mentions a
 * lawyer", "a customer saying we lost their device"; the customer writes "she slipped and her
 * wrist is swollen", "it started smoking and burnt my hand", "I'll pass this to my solicitor",
 * "nobody at your end can find it". A rule word that names a situation here matches a message
 * holding any of its cues, as well as the word itself and its synonyms.
 */
import { stem } from '../knowledge/text.ts';

interface Situation {
  /** Rule words (stemmed on load) that name the situation. */
  names: string[];
  /** What a customer writes when it happens, on lower-cased text. */
  cues: RegExp;
  /** A cue that is not the situation ("I'm a solicitor myself"). */
  not?: RegExp;
  /** Complete without an object: "a lawyer or legal action" is two situations, not "lawyer action". */
  alone?: boolean;
}

const SITUATIONS: Situation[] = [
  {
    names: ['hurt', 'injured', 'injury', 'injuries', 'harm', 'harmed', 'accident', 'wounded'],
    cues: /\b(?:hurt|injur\w*|slipped|fell|fallen|tripped|bleed\w*|blood|swollen|swelling|sprain\w*|fractur\w*|bruis\w*|concussion|burn(?:t|ed|s)?|scald\w*|cut (?:his|her|my|their|its) |broke (?:his|her|my|their) |broken (?:arm|leg|wrist|ankle|finger|toe|nose|bone)|stitches|ambulance|a ?& ?e|hospital)/,
  },
  {
    names: ['ill', 'illness', 'sick', 'unwell', 'poisoning'],
    cues: /\b(?:ill|sick|unwell|vomit\w*|threw up|throwing up|fainted|passed out|collapsed|fever|diarrh\w*|poison\w*|hospital)\b/,
  },
  {
    names: ['lawyer', 'lawyers', 'solicitor', 'solicitors', 'attorney', 'legal', 'court', 'sue', 'lawsuit', 'litigation'],
    cues: /\b(?:lawyers?|solicitors?|attorneys?|legal (?:action|advice|proceedings|team)|court|sue|suing|sued|lawsuit|small claims|litigation|ombudsman|trading standards)\b/,
    not: /\b(?:i'?m|i am|as|work as|working as) an? (?:lawyer|solicitor|attorney)\b/,
    alone: true,
  },
  {
    names: ['fire', 'smoke', 'smoking', 'exploded', 'explosion', 'explode', 'flames'],
    cues: /\b(?:fire|flames?|smok(?:e|ing|ed)|explod\w*|explosion|burn(?:t|ed|ing)|melt(?:ed|ing)|sparks?|sparking|overheat\w*|too hot to touch)\b/,
  },
  {
    names: ['lost', 'lose', 'losing', 'missing'],
    cues: /\b(?:lost|lose|losing|missing|misplaced|disappeared|can'?t find|cannot find|couldn'?t find|unable to find|(?:nobody|no one|no-one)(?: \w+){0,3} can find)\b/,
  },
  {
    names: ['refund', 'refunds', 'reimbursement', 'reimburse'],
    cues: /\b(?:refund\w*|money back|reimburs\w*|repay\w*|chargeback|(?:want|get|have|need) (?:all of |the lot |some of )?(?:it|that|this|them) back|pay (?:me|us) back|back in (?:my|our) account)\b/,
  },
  {
    names: ['safeguarding', 'inappropriate', 'harassment', 'harassing', 'abuse', 'abusive', 'grooming'],
    cues: /\b(?:safeguarding|inappropriate\w*|private messag\w*|messag\w* (?:my|our) (?:son|daughter|child|kid|\d+)|direct messag\w*|dms?|not comfortable|uncomfortable|groom\w*|harass\w*|abus\w*|touched|creepy)\b/,
  },
  {
    names: ['theft', 'stolen', 'steal', 'stole', 'burglary', 'robbery'],
    cues: /\b(?:stolen|stole|steal\w*|theft|thie(?:f|ves)|burglar\w*|robbed|robbery|broken into|broke into|break-in|forced open)\b/,
  },
  {
    names: ['allergic', 'allergy', 'allergies', 'anaphylaxis', 'anaphylactic'],
    cues: /\b(?:allerg\w*|anaphyla\w*|hives|rash|epipen|(?:lips?|face|throat|tongue) (?:swell\w*|swollen|tingl\w*)|swell\w* (?:lips?|face|throat|tongue)|came out in)\b/,
  },
  {
    names: ['child', 'children', 'kid', 'kids', 'minor', 'minors', 'toddler', 'baby'],
    cues: /\b(?:child|children|kids?|son|daughter|boy|girl|toddler|baby|babies|lad|lass|teen\w*|little one|\d{1,2}[ -]?(?:year|yr)[ -]?old)\b/,
  },
];

const BY_NAME = new Map<string, Situation[]>();
for (const s of SITUATIONS) {
  for (const n of s.names) {
    const key = stem(n);
    BY_NAME.set(key, [...(BY_NAME.get(key) ?? []), s]);
  }
}

/** True when `term` (a stemmed rule word) names a situation that `text` (lower-cased) describes. */
export function situationHolds(term: string, text: string): boolean {
  const situations = BY_NAME.get(term);
  return situations !== undefined && situations.some((s) => s.cues.test(text) && !(s.not?.test(text) ?? false));
}


/** True when `text` uses a rule word of a situation in a sense that is not it ("I'm a solicitor myself"). */
export function situationExcluded(term: string, text: string): boolean {
  return BY_NAME.get(term)?.some((s) => s.not?.test(text) ?? false) ?? false;
}

/** True when `term` names a situation that is complete without an object ("a lawyer"). */
export function namesWholeSituation(term: string): boolean {
  return BY_NAME.get(term)?.some((s) => s.alone === true) ?? false;
}
