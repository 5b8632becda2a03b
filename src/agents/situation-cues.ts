/**
 * Emergencies customers describe by what happened rather than by the name an escalation rule
 * gives them: "his lips swelled and he came out in hives" is an allergic reaction, "we crashed
 * into another boat" a collision (but "the app crashed" is not), "my friend went overboard" someone in the water. A message
 * with one of these cues also carries the words of the situation it describes, so a rule
 * written with those words matches. Kept to situations where a missed escalation hurts someone.
 */
import { terms } from '../knowledge/text.ts';

const CUES: { cue: RegExp; means: string }[] = [
  {
    cue: /\b(?:hives|(?:came|come|broke|break(?:ing)?)\s+out\s+in\s+(?:a\s+)?(?:rash|spots|blotches)|(?:lips?|face|tongue|throat|eyes?|mouth)\s+(?:\w+\s+)?(?:swell\w*|swollen|puff\w*|closing|tight\w*)|swollen\s+(?:lips?|face|tongue|throat|eyes?)|anaphyla\w*|epi-?pen|can(?:'|no)?t\s+breathe|struggling\s+to\s+breathe)\b/i,
    means: 'allergic reaction allergy',
  },
  {
    cue: /\b(?:(?:crash(?:ed)?|smash(?:ed)?|bump(?:ed)?|slammed|ploughed|plowed)\s+into|(?:had|was\s+in)\s+a\s+crash|collid\w*|collision|rammed)\b/i,
    means: 'collision crash accident',
  },
  {
    cue: /\b(?:overboard|capsi[sz]\w*|(?:fell|fallen|falls?|went|gone)\s+(?:in|into)\s+the\s+(?:water|river|sea|lake|harbour|harbor|canal|pool)|drown\w*)\b/i,
    means: 'person fell in the water overboard',
  },
  {
    cue: /\b(?:vomit\w*|throw(?:ing)?\s+up|threw\s+up|been\s+sick|food\s+poison\w*|diarrh\w*|stomach\s+(?:cramps|pains?|bug))\b/i,
    means: 'food poisoning illness sick',
  },
];

/** The stemmed words of every situation the message describes by its cues. */
export function situationTerms(message: string): string[] {
  return CUES.filter((c) => c.cue.test(message)).flatMap((c) => terms(c.means));
}
