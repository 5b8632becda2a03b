/**
 * Situations escalation rules name, and the words a customer uses when one happens (issue 13,
 * round 6). An admin writes "a child hurt at the pool", "a battery that caught fire", "mentions a
 * lawyer", "an allergic reaction", "a collision"; the customer writes "she slipped and her wrist
 * is swollen", "it started smoking and burnt my hand", "I'll pass this to my solicitor", "he came
 * out in hives", "we crashed into another boat" (but "the app crashed" is not one). A rule word
 * that names a situation here matches a message holding any of its cues, as well as the word
 * itself: the message is read as carrying the situation's words. Kept to situations a business
 * escalates because someone is hurt, at risk or taking action; a cue must say that the thing
 * happened, not just name it.
 */
import { plainLower, stem } from '../knowledge/text.ts';

interface Situation {
  /** Rule words (stemmed on load) that name the situation. */
  names: string[];
  /** What a customer writes when it happens, on lower-cased text. */
  cues: RegExp;
  /** A cue that is not the situation ("I'm a solicitor myself"). */
  not?: RegExp;
  /** Complete without an object: "a lawyer or legal action" is two situations, not "lawyer action". */
  alone?: boolean;
  /** Its rule words match only through a cue: "fire" in "is there a fire pit?" is no fire. */
  eventOnly?: boolean;
  /**
   * Rule words (stemmed on load) a cue carries without the situation owning them: "nobody turned
   * up" is a missed appointment, but "appointment" keeps its synonyms ("booking") everywhere else.
   */
  carries?: string[];
}

/** A medicine given wrongly: twice, too much, the wrong one, or not at all. */
const MEDICATION_MISTAKE = /\b(?:(?:inhaler|medicine|medication|calpol|tablets?|dose|insulin|epipen)\b[^.?!]{0,40}\b(?:twice|double|wrong|too much|overdose|missed|not given|forgot)|(?:twice|double|wrong|too much) (?:a |the )?(?:dose|medicine|medication|inhaler))\b/;

/** A complaint told by what a member of staff did ("the fitter was really rude"). */
const STAFF_COMPLAINT: Situation = {
  names: ['complaint', 'complaints', 'complain', 'complaining'],
  cues: /\b(?:rude|rudely|swore|swearing|sworn at|condescending|patronising|patronizing|dismissive|disrespectful|unprofessional|aggressive|rolled (?:her|his|their) eyes|shouted at|yelled at|(?:screamed|screaming|shouting|yelling|snapped) at (?:me|us|him|her|them|my|our)|(?:the way|how) (?:he|she|they) (?:spoke|talked|speaks|talks) to|nasty|horrible to|drunk|ignor(?:ed|es|ing) (?:me|us|what)|(?:not|un)acceptable)\b/,
  // "Do you groom dogs that are a bit aggressive?": an animal's temper, not a person's conduct.
  not: /\b(?:dogs?|cats?|pupp(?:y|ies)|pets?|horses?|animals?|breeds?|rabbits?|he|she)\b[^.?!]{0,25}\baggressive\b|\baggressive (?:dogs?|cats?|breeds?|animals?|pets?)\b/,
};

const SITUATIONS: Situation[] = [
  {
    names: ['hurt', 'injured', 'injury', 'injuries', 'harm', 'harmed', 'accident', 'wounded'],
    cues: /\b(?:hurt|injur\w*|slipped|fell|fallen|tripped|bleed\w*|blood|swollen|swelling|sprain\w*|fractur\w*|bruis\w*|concussion|burn(?:t|ed|s)?|scald\w*|cut (?:his|her|my|their|its) |broke (?:his|her|my|their) |broken (?:arm|leg|wrist|ankle|finger|toe|nose|bone)|stitches|ambulance|pulled (?:a |my )?(?:muscle|something|hamstring|back)|twist(?:ed)? (?:my|his|her|their) (?:ankle|knee|wrist|back|neck)|in (?:a lot of|so much|agony|real|terrible|severe) pain|in agony|knocked (?:off|over|down)|holding (?:his|her|their|my) (?:arm|leg|wrist|head|side)|a ?& ?e|hospital|bump on|broke the skin|bit (?:my|his|her|our|your|their|a|the|another|someone|somebody|one of)|bitten)\b/,
    // An injury the customer is getting over, or might have, is not one happening here.
    not: /\b(?:recover\w* from|getting over|after|since|old|previous|past|existing|long-term|ongoing|in case of|if (?:i|you|we|he|she|they)(?:'m|'re| am| are| is| get| got)?) (?:an? |my |his |her |the )?(?:(?:football|rugby|sports?|running|skiing|work|back|knee|shoulder|old) )?(?:injur\w*|hurt)|\b(?:injur\w*|hurt) (?:\w+ )?(?:last (?:year|month|summer|winter|spring)|(?:a few|two|three|several|many) (?:years|months) ago)\b|\b(?:avoid|prevent|preventing|reduce|stop) (?:\w+ )?(?:accidents?|injur\w*)|\b(?:just so you know|just to let you know|fyi|heads up)\b[^.?!]*\b(?:at home|on holiday|at the weekend|over the weekend)\b|\b(?:anything|something|much|money|a bit|a little|\d+ ?%|[£$€]\d+) knocked off\b|\bbleed(?:ing|s)? (?:the|my|your|a|their|his|her|our) (?:\w+ ){0,2}(?:brakes?|radiators?|system|lines?|valves?)\b/,
  },
  {
    // "a dog that has bitten someone" (probe 7): told as "my terrier bit your groomer's hand".
    names: ['bitten', 'bite', 'bites', 'biting'],
    cues: /\b(?:bit|bitten|nipped|snapped at|went for|sank (?:his|her|its) teeth into) (?:my|his|her|our|your|their|a|the|another|someone|somebody|one of|me|him|them|people|kids|children|other dogs|\d+|two|three|four|a few|several|a couple)\b|\bhas bitten\b|\b(?:got|was|been) bitten\b/,
    // "has never bitten anyone", "won't bite": nothing has happened.
    not: /\b(?:never|not|n't|hasn'?t|has not|doesn'?t|does not|won'?t|wouldn'?t)\s+(?:\w+\s+)?(?:bit|bitten|bite|nipped|snapped)\b/,
    alone: true,
  },
  {
    // "Side effects" (read as one word, text.ts): symptoms since a medicine started or changed.
    names: ['sideeffect'],
    cues: /\b(?:dizzy|sick|nause\w*|rash|headaches?|drowsy|vomit\w*|itchy|palpitations|breathless|unwell)\b[^.?!]{0,60}\b(?:since|after) (?:i |you |we )?(?:start\w*|tak\w*|switch\w*|chang\w*|gave|giving|the new)/,
    eventOnly: true,
    alone: true,
  },
  {
    names: ['ill', 'illness', 'sick', 'unwell', 'poisoning', 'faint', 'faints', 'fainted', 'fainting'],
    cues: /\b(?:ill|sick|unwell|vomit\w*|threw up|throwing up|faint(?:ed|ing)|passed out|collapsed|fever|diarrh\w*|poison\w*|hospital|(?:felt|feel|feeling) (?:awful|terrible|dreadful|rough|poorly|rotten) (?:after|since)|(?:made|making) (?:me|us|him|her|them|my \w+) (?:poorly|queasy)|stomach (?:cramps?|pains?|ache|upset))\b/,
  },
  {
    names: ['lawyer', 'lawyers', 'solicitor', 'solicitors', 'attorney', 'legal', 'court', 'sue', 'lawsuit', 'litigation'],
    // Legal action threatened or begun, not "my solicitor's office is next door".
    cues: /\b(?:(?:my|our|a|the) (?:solicitors?|lawyers?|attorneys?) (?:will|is going to|are going to|'ll|has|have|is|are|says?|said|advised|needs?|wants?|requires?|requested|asked)|(?:take|taking|took|taken|pass|passing|passed|refer|referring|referred|report|reporting|reported|send|sending|sent|hand|handing|handed|go|going|gone|went|escalat\w*|complain\w*) (?:\w+ ){0,4}?(?:to|with) (?:my |a |our |the )?(?:solicitors?|lawyers?|attorneys?|court|small claims|trading standards|ombudsman|financial ombudsman|citizens advice|regulator|watchdog)|(?:contact|contacting|contacted|call|calling|called|speak to|speaking to|spoke to|consult|consulting|consulted|instruct|instructing|instructed|ask|asking|asked|get|getting|got|involve|involving|involved) (?:my |a |our )?(?:solicitors?|lawyers?|attorneys?)|legal (?:action|proceedings|claim)|sue|suing|sued|lawsuit|see you in court|small claims|litigation|chargebacks?)\b/,
    not: /\b(?:i'?m|i am|as|work as|working as) an? (?:lawyer|solicitor|attorney)\b/,
    alone: true,
    eventOnly: true,
  },
  {
    names: ['fire', 'smoke', 'smoking', 'exploded', 'explosion', 'explode', 'flames', 'caught', 'overheated', 'overheating'],
    // A fire that is happening, not a "fire pit", "fire exit" or "no smoking" sign.
    cues: /\b(?:(?:on|caught|catch|catching) fire|fire (?:broke out|started|spread\w*)|(?:had|have had|'ve had|there was|there's been|there has been|got) (?:a|an) (?:[\w-]+ )?fire\b(?! (?:pit|exit|alarm|door|escape|place|drill|extinguisher|blanket|safety|bowl|risk|certificate|check))|fire (?:brigade|service|engine)s?|firefighters?|(?:a|the) fire (?:in|on|at|near|next|inside)|there(?:'s| is) a fire\b(?! (?:pit|exit|alarm|door|escape|place|drill|extinguisher|blanket|safety|bowl))|flames|smok(?:e|ing|ed) (?:coming|pouring|everywhere|from|out)|(?:started|was|is|it's|went) smok(?:ing|ed)|explod\w*|explosion|burn(?:t|ed|ing) (?:down|up|my|his|her|our)|melt(?:ed|ing)|sparks?|sparking|overheat\w*|too hot to touch)\b/,
    not: /\b(?:not|never|no sign of) (?:on fire|caught fire|smoking|burning|exploded)\b/,
    eventOnly: true,
    alone: true,
  },
  {
    // A burn or scald that happened (round 39): "caught his forearm on the stove guard and it has
    // blistered up", "she scalded her hand on the kettle". Not "make sure nobody gets burned" (the
    // word itself still counts: "a smell of burning plastic").
    names: ['burn', 'burns', 'burnt', 'burned', 'scald', 'scalds', 'scalded'],
    cues: /\b(?:burn(?:t|ed|s)?\s+(?:my|his|her|their|our|your|him|me|us|them|herself|himself|themselves|myself|ourselves)|(?:got|been|was|were|is|are|has|have)\s+(?:\w+\s+)?(?:burnt|burned|scalded|blistered)|scald(?:ed|ing)?\s+(?:my|his|her|their|our|your|him|me|us|them|herself|himself|themselves|myself)|blister(?:ed|s|ing)?(?:\s+up)?)\b/,
    not: /\b(?:nobody|no one|noone|not|never|without|avoid|prevent|stop|won'?t|doesn'?t|don'?t)\s+(?:\w+\s+){0,2}(?:burn|burnt|burned|scald\w*|blister\w*)\b/,
  },
  {
    // Harm done to the customer's things: "your lad reversed my van into the post", "gouged a
    // chunk out of my wall", "the TV arrived smashed", "a scratch that was not there when I
    // dropped it off". Not "how much to fix a cracked screen?" nor "I dropped it and cracked it"
    // (the cues stand for the word's synonyms); the word itself still counts ("my damage deposit").
    names: ['damage', 'damaged', 'damaging'],
    cues: /\b(?:(?:you|your \w+(?: \w+)?|they|he|she|the (?:driver|fitter|mechanic|cleaner|engineer|delivery \w+|movers?|men|guys?|lads?))(?: (?:just|then|also|completely|somehow|have|has|had|must have|clearly|obviously))* (?:scratched|dented|damaged|broke|smashed|cracked|gouged|chipped|reversed|knocked|ripped|tore|stained|ruined|wrecked|shrank|shrunk|bleached|melted|snapped|bent|scuffed|marked|dropped|crashed|scraped|bumped)|(?:my|our|the|it|they) (?:\w+ ){0,3}(?:is|was|were|has been|have been|got|came back|arrived|turned up|left) (?:\w+ )?(?:scratched|dented|damaged|broken|smashed|cracked|chipped|scuffed|ruined|wrecked|shrunk|shrunken|bleached|faded|melted|bent|stained|gouged|scraped|ripped|torn)|damaged in (?:transit|delivery|the post)|put (?:a )?(?:hole|dent|scratch|crack|mark|gouge)s? in|damage (?:to|on|in) (?:my|our)|(?:was|were)(?: not|n't) there (?:when|before)|gouged|(?:has|have|had) (?:\w+ )?(?:ripped|dug|torn) (?:up|out|through) (?:the|our|my|a)|cut through (?:the|our|my|a)|(?:took|taken|knocked|ripped) (?:a )?(?:chunk|lump|piece|bit) (?:out of|off)|(?:has|had|have|with|there'?s|there is) (?:got )?(?:a |an )?(?:big |huge |massive |long |deep |nasty )?(?:crack|dent|gouge|chip|split|hole|scuff|scratch|scrape) (?:in|on|through|down|right|across|all)|(?:charged|charging|billed|fined) (?:me|us|you) (?:[£$€]?\d+ )?for (?:a|the) (?:\w+ )?(?:rip|tear|hole|stain|dent|scratch|crack|mark|scuff|burn))\b/,
    not: /\b(?:how (?:do|can|should) (?:i|we)|what (?:do|should) (?:i|we) do (?:if|when)|what if|if (?:it|they|my|your)) /,
  },
  {
    // Something the business fixed or supplied stopped working: "brakes went completely", "the
    // clutch is slipping again", "it died two days later".
    names: ['fail', 'failed', 'fails', 'failure', 'failing'],
    // "failed its MOT on a brake light bulb": a test the car did not pass, not a part that gave out.
    not: /\bfail(?:ed|s|ing)? (?:its|the|my|his|her|their|our|an?) (?:mot|test|inspection|exam|service|check)\b/,
    cues: /\b(?:fail(?:ed|s|ing|ure)?|gave out|given out|stopped working|packed up|conked out|cut(?:s|ting)? out|broke down|broken down|went (?:completely|totally|dead|again)|(?:is|are|was|were|keeps?|kept) (?:slipping|leaking|failing|dying|cutting out)|(?:slipping|leaking|failing) again|died (?:on me|again|completely)|not working again)\b/,
  },
  {
    names: ['lost', 'lose', 'losing', 'missing'],
    // A loss asked about, not one that happened: "what if it gets lost in the post?".
    not: /\b(?:what (?:if|happens if|happens when)|in case|if ever|just in case)\b[^.?!]{0,30}\b(?:(?:gets?|got|is|are|goes|go|went) (?:lost|missing)|lose)\b/,
    cues: /\b(?:lost|lose|losing|missing|misplaced|disappeared|dropped (?:my|our|his|her) (?:[\w-]+ ){0,3}?somewhere|(?:my|our|his|her|their) [^.!?]{0,40}?\b(?:has|have|had|'s|'ve) (?:\w+ )?gone from (?:the|my|our|his|her|their|inside)|(?:(?:it'?s|they'?re|is|are|was|were) not|isn'?t|wasn'?t|aren'?t|weren'?t) there (?:now|any ?more|when (?:i|we) (?:went|came|got) back)|can'?t find|cannot find|couldn'?t find|unable to find|(?:nobody|no one|no-one)(?: \w+){0,3} (?:can|could|will) (?:find|locate|tell me where)|left (?:\w+ ){1,3}(?:on|in) (?:the|a) (?:train|bus|taxi|cab|tube|plane|coach))\b/,
  },
  {
    // "lost property" (escalation-rules.ts reads it so): a thing left behind, not a lost booking code.
    names: ['leftbehind'],
    alone: true,
    eventOnly: true,
    cues: /\b(?:(?:(?:i|we) think (?:i|we)|(?:i|we|he|she) (?:must|might|may) have) left (?:my|our|his|her|a) (?:\w+ ){1,4}?(?:behind|somewhere|(?:in|on|under|at|by) (?:the|your|a|an|row|seat))|(?:i|we|he|she) left (?:my|our|his|her|a) (?:\w+ ){1,4}?(?:behind|somewhere)|(?:lost|dropped|can'?t find|left) (?:my|our|his|her) (?:\w+ )?(?:glasses|specs|sunglasses|coat|jacket|scarf|hat|gloves?|umbrella|phone|bag|handbag|rucksack|backpack|keys|wallet|purse|watch|ring|earrings?|necklace|bracelet|kindle|headphones|airpods|charger|water bottle|towel|goggles|hoodie|jumper|shoes|trainers|lunchbox|book)\b)\b/,
  },
  {
    // "anyone wants to sell us trees" (escalation-rules.ts reads "sell us" so): the customer selling
    // to the business, not "do you sell grow lights?".
    names: ['sellus'],
    alone: true,
    eventOnly: true,
    cues: /\b(?:(?:sell|selling|sold)\s+(?:(?:it|them|these|those|him|her)\s+)?(?:to\s+)?(?:you|u)\b(?!\s+(?:guys\s+)?(?:sell|stock|do|have|offer))|(?:want|wanting|looking|hoping|like|thinking\s+of|planning|trying|need|needing)\s+to\s+(?:sell|part\s+with)\b|(?:would|do|could|will|are)\s+you\s+(?:be\s+interested\s+in\s+|ever\s+)?(?:buy|buying)\b|take\s+(?:it|them)\s+off\s+(?:my|our|his|her)\s+hands)/,
  },
  {
    names: ['refund', 'refunds', 'reimbursement', 'reimburse'],
    // Things sent in coming back, asked when: "can I post my knives to you? how long till I get them back".
    not: /\b(?:how long (?:\w+ ){0,3}(?:till|until|before|to|for|does it take to)|how soon|when (?:will|do|can|would|could) (?:i|we))(?: \w+){0,2} get (?:it|them) back\b/,
    cues: /\b(?:refund\w*|money back|reimburs\w*|repay\w*|chargeback|(?:want|like|get|getting|have|need) (?:all of |the lot |some of |every penny of |my |our )?(?:it|that|this|them|money|the difference|(?:the )?[£$€]\d[\d,.]*|(?:the|my|our) (?:\w+ )?(?:fee|money|payment))(?: \w+){0,4} back|(?:want|like|get|have|need) every penny (?:\w+ ){0,3}back|pay (?:me|us) back|back in (?:my|our) account|credit (?:\S+ ){0,3}back|reimbursed|paid (?:\S+ ){0,4}twice|double[- ]paid)\b/,
  },
  {
    // A charge the customer will not accept: "I'm not paying that", "jobs we never booked".
    // "any arguments about damage charges": an argument over a charge is a dispute.
    names: ['dispute', 'disputes', 'disputed', 'disputing', 'contest', 'contested', 'argument', 'arguments'],
    cues: /\b(?:disput\w*|contest\w*|(?:not|never|won'?t|refuse to) pay(?:ing)? (?:that|this|it|for)|(?:never|didn'?t|did not) (?:book|order|authori[sz]e|agree to|ask for)|charged (?:me|us) (?:twice|double)|double[- ]charged|overcharg\w*|wrongly charged|wrong (?:total|amount|figure)|charged (?:me |us )?[£$€]\d[\d,.]* (?:but|instead|when|rather|not)\b|(?:taken|took|debited) (?:the |my |our )?(?:money|payment|deposit|[£$€]\d[\d,.]*)(?: \w+){0,6}? twice|chargeback|(?:don'?t|do not) (?:believe|think|accept|agree)(?: that)? (?:\w+ ){0,3}(?:is|was) (?:right|fair|correct|accurate|justified))\b/,
  },
  {
    names: ['safeguarding', 'inappropriate', 'harassment', 'harassing', 'abuse', 'abusive', 'grooming'],
    // A concern raised, not "could you send me your safeguarding policy?".
    eventOnly: true,
    cues: /\b(?:safeguarding (?:concern|issue|worry|problem|matter)|inappropriate\w*|private messag\w*|messag\w* (?:my|our) (?:son|daughter|child|kid|\d+)|direct messag\w*|dms?|not comfortable|uncomfortable|groom\w*|harass\w*|abus\w*|touched (?:me|her|him|them|my|our|his|their|inappropriately)\b|(?:court|restraining|non-molestation) order|(?:is|are|was|were)(?:n't| not) allowed to (?:collect|pick (?:him|her|them) up|see|contact)|creepy|keep (?:it |this )?(?:a )?secret|grab\w* (?:\w+ ){0,3}(?:by the|roughly)|roughly|shout\w* (?:right )?in (?:his|her|their) face|hit (?:my|a|the|her|him)(?! (?:\w+ )?(?:account|bank|card|inbox|balance|phone|email|target|limit|wallet)\b)|smacked)\b/,
    alone: true,
  },
  {
    names: ['theft', 'stolen', 'steal', 'stole', 'burglary', 'robbery', 'vandalism', 'vandalised', 'vandalized', 'vandals', 'break-in'],
    // "Someone smashed the padlock on my shed and my strimmer and spade have gone" (probe 5).
    cues: /\b(?:stolen|stole|steal\w*|theft|thie(?:f|ves)|burglar\w*|robbed|robbery|broken into|broke into|break-in|forced open|(?:was|were|been|got|get) vandali[sz]ed|vandals (?:have|had|broke|smashed|got|came)|(?:is|are|was|were|has been|have been) (?:gone|taken)|taken (?:out of|from)|(?:someone|somebody|they|he|she)(?:'s| has| have)? (?:nicked|pinched|swiped) (?:it|them|my|our|the)|(?:smashed|forced|jemmied|kicked in|cut through|cut off|prised off|broke|broken) (?:the |my |our |a )?(?:pad)?lock|(?:my|our) (?:[\w-]+ ){1,3}(?:has|have) (?:gone|disappeared|vanished)(?=\s*(?:[.,!?;]|$)|\s+(?:missing|overnight|from|out of|again|this|last|since|and|but|too|as well|over the)\b))/,
    // A theft long before, not one here: "the old one was stolen last year".
    not: /\b(?:stolen|stole|robbed|taken|broken into|burglar\w*|break-ins?|thefts?)\b[^.?!]{0,30}\b(?:last (?:year|month)|years? ago|months ago)\b/,
    alone: true,
  },
  {
    names: ['allergic', 'allergy', 'allergies', 'anaphylaxis', 'anaphylactic', 'reaction'],
    // A reaction happening, not "do you cater for nut allergies?".
    eventOnly: true,
    cues: /\b(?:(?:had|having|has|an?) (?:\w+ )?(?:allergic )?reaction|reacted|anaphyla\w*|hives|piriton|antihistamine|epi-?pen|(?:came|come|broke|break(?:ing)?) out in (?:a )?(?:rash|spots|blotches|hives)|(?:lips?|face|tongue|throat|eyes?|mouth) (?:\w+ )?(?:swell\w*|swollen|puff\w*|closing|tight\w*|tingl\w*)|swollen (?:lips?|face|tongue|throat|eyes?)|can(?:'|no)?t breathe|struggling to breathe)\b/,
    alone: true,
  },
  {
    names: ['collision', 'collide', 'collided', 'crash', 'crashed'],
    cues: /\b(?:(?:crash(?:ed)?|smash(?:ed)?|bump(?:ed)?|slammed|ploughed|plowed) into|(?:had|was in) a crash|collid\w*|collision|rammed|knocked (?:off|over|down)|hit by (?:a|an|the) (?:car|van|bus|lorry|truck|cyclist|bike)|(?:someone|somebody|a \w+|another \w+|they|he|she) (?:reversed|backed|drove|pulled out|pulled) into (?:us|me|my|our|the)|(?:went|drove|ran) into the (?:back|side) of|rear[- ]ended|(?:came|come|comes|coming|fell|fallen|falls?|thrown|flew|flown) off (?:his|her|my|their|the|your|a|our) (?:\w+ )?(?:bike|e-?bike|horse|pony|scooter|motorbike|skateboard|board))\b/,
    alone: true,
  },
  {
    names: ['overboard', 'water', 'drown', 'drowned', 'drowning', 'fell', 'fall', 'person'],
    cues: /\b(?:overboard|capsi[sz]\w*|(?:fell|fallen|falls?|went|gone) (?:in|into) the (?:water|river|sea|lake|harbour|harbor|canal|pool)|drown\w*)\b/,
  },
  {
    names: ['food', 'poisoning'],
    cues: /\b(?:vomit\w*|throw(?:ing)? up|threw up|been sick|being sick|food poison\w*|diarrh\w*|stomach (?:cramps|pains?|bug))\b/,
    alone: true,
  },
  STAFF_COMPLAINT,
  {
    // Gas told by its smell or sound: "I can smell gas near the new hob".
    names: [],
    carries: ['gas', 'leak'],
    cues: /\b(?:smell(?:s|ing|ed)? (?:of )?gas|gas smell|whiff of gas|hiss(?:ing)? (?:of )?gas|gas (?:is )?(?:leaking|escaping))\b/,
  },
  {
    // "My CO alarm keeps beeping": an alarm going off, not "do you fit carbon monoxide alarms?".
    names: ['carbon', 'monoxide'],
    eventOnly: true,
    cues: /\b(?:co|co2|carbon monoxide) (?:alarm|detector|monitor)s? (?:\w+ ){0,3}?(?:going off|went off|gone off|goes off|go off|beep\w*|bleep\w*|sound\w*|screech\w*|flash\w*|alarm\w*|keeps? (?:going|beeping))/,
  },
  {
    // "I got a shock off the socket you fitted."
    names: ['shock', 'shocks', 'electric', 'electrical', 'electrocuted', 'electrocution'],
    eventOnly: true,
    cues: /\b(?:(?:got|get|gets|getting|had|gave|given|giving) (?:me |him |her |them |us )?(?:a |an )?(?:\w+ )?shocks?|electrocut\w*|tingl\w* (?:from|off|when)|sparks? (?:came|coming|flew|flying))\b/,
  },
  {
    // Harassment told by what was done: "kept messaging me after the job asking me out".
    names: ['harassment', 'harass', 'harassed', 'harassing', 'inappropriate'],
    eventOnly: true,
    cues: /\b(?:ask(?:ed|ing|s)? (?:me|her|him) out|(?:kept|keeps|keep|been) (?:messaging|texting|calling|ringing|following|contacting|turning up at) (?:me|her|him|us)|inappropriate (?:comments?|messages?|remarks?|touch\w*|behaviour)|touched (?:me|her|him)|made (?:me|her|him) (?:feel )?uncomfortable|creepy|sexual comments?)\b/,
  },
  {
    // Bullying told by what happens: "some kids in her group have been picking on her".
    names: ['bully', 'bullied', 'bullies', 'bullying'],
    cues: /\b(?:bull(?:y|ied|ies|ying)|pick(?:ing|ed|s)? on (?:him|her|them|me|my|our)|call(?:ing|ed)? (?:him|her|them|me) names|name[- ]calling|ganging up|(?:being|been) (?:mean|nasty|horrible) to (?:him|her|them|me)|(?:hit|punch|kick|push|shov)(?:ed|ing|s)? (?:him|her|them|me)\b)/,
  },
  {
    // "Can we try a different tutor?": a change asked for by what they want instead.
    names: [],
    carries: ['change'],
    cues: /\b(?:try|have|get|switch to|move to|want|like|prefer|swap to|go with) (?:a different|another|a new)\b/,
  },
  {
    // "I'm 20 weeks along", "just found out I'm expecting!" (not "expecting a parcel").
    names: ['pregnant', 'pregnancy'],
    cues: /\b(?:pregnan\w*|expecting (?:a baby|twins|our first|my first|a little one|number (?:two|three))|(?:i'?m|i am|she'?s|she is|we'?re|we are) expecting\s*(?:[!.,]|$|and\b|so\b)|\d{1,2} weeks? (?:along|gone)|baby on the way|bun in the oven)/,
  },
  {
    // "for medical reasons" (read as "health": "medical" and "medication" share a stem): told by
    // who or what ("my doctor says no exercise", "after my op").
    names: ['health'],
    // (Or by the condition itself: "I have epilepsy", "he's diabetic", round 35 dev.)
    cues: /\b(?:doctors?|gp|hospital|surgery|operation|op|physio\w*|consultant|injur\w*|illness|pregnan\w*|medical|medication|diagnos\w*|sick note|fit note|epilep\w*|diabet\w*|asthma\w*|seizures?|pacemaker|heart (?:condition|problem|attack)s?|blood pressure|arthritis|chemo\w*|multiple sclerosis|parkinson'?s|(?:hip|knee|joint|shoulder) replacement)\b/,
    // ("Do I need a medical certificate from my GP to fly?": the paperwork asked about, with no condition told.)
    not: /^(?![^]*\b(?:epilep|diabet|asthma|seizure|pacemaker|pregnan|heart|blood pressure|arthritis|surgery|operation|injur|illness|condition|diagnos|chemo))[^]*\b(?:(?:medical|doctor'?s?|gp'?s?|health)\s+(?:certificate|form|note|letter|declaration|questionnaire)s?|(?:certificate|note|letter|form)\s+from\s+(?:my|a|the|your)\s+(?:gp|doctor))\b/,
  },
  {
    // A complaint told by how bad it was: "the food was cold and tasteless, really disappointing".
    names: ['complaint', 'complaints', 'complain', 'complaining'],
    cues: /\b(?:disappoint(?:ed|ing)|unhappy|not happy|not good enough|(?:really |very |so )?poor (?:quality|service|standard)|appalling|shocking|dreadful|inedible|tasteless|stone cold|undercooked|(?:was|were) (?:raw|cold|burnt|awful|terrible|disgusting|horrible|rubbish)|let (?:us|me) down|(?:want|like|wish) to complain|make a complaint|complain(?:ing)? about|(?:total |complete |a )?waste of (?:money|my money|£\d+|\$\d+|€\d+)|(?:quite|really|very|so|extremely|pretty) upset (?:with|about) (?:the|our|my|your|how|what)|nothing like (?:the|what)|(?:taking|take|taken) (?:this|it|you|them) to (?:the )?(?:small claims|court)|(?:saying so|say so|tell everyone|leave a review|leaving a review|review you) on (?:google|trustpilot|tripadvisor|facebook)|(?:one|1)[- ]star review|expect(?:ed)? (?:a lot |much |far |way )?better|not what (?:i|we) paid (?:[£$€]\d[\d,.]* )?for)\b/,
    not: /\b(?:not|never|wasn't|weren't) (?:at all )?disappoint\w*|\bwon'?t be disappointed\b/,
  },
  {
    // A booking called off, not "what is your cancellation policy?".
    names: ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation'],
    cues: /\b(?:(?:mov(?:e|ing|ed)|switch(?:ing|ed)?|go(?:ing)?|transferr?(?:ing|ed)?)\s+(?:\w+\s+)?(?:to|over to)\s+(?:another|a different|a new|a cheaper|a local)\s+(?!(?:class|plan|room|date|time|day|slot|table|tier|package|size|colou?r|seat|course|level|group|lesson|session|week|month|address|card|account|vehicle|car|van|model|unit|bay|pitch|instructor|teacher|tutor|stylist|groomer|member|person|page|tab|device|phone|one of your)\b)[a-z]+|(?:want|need|have|like|wish|going|decided|would like|'d like|please|pls)\s+(?:to\s+)?cancel\w*|cancel(?:l?ing|l?ed)? (?:my|our|the|it|this|that|everything|a|an)\b|(?:i'?m|i am|we'?re|we are|i'?ve|we'?ve) (?:\w+ )?cancel\w*|cancellation (?:request|of)|get(?:ting)? out of (?:my|this|the|our) (?:contract|membership|subscription|agreement)|leav(?:e|ing) (?:us|you)(?=\s*(?:$|[.,;:!?]|for\b|and\b))|(?:stop|end|terminate|close) (?:my|our|the) (?:membership|subscription|account|contract|plan)|can'?t make it|cannot make it|(?:won'?t|will not|not) be able to (?:make it|come|attend|go ahead)|(?:won'?t|will not|not) be (?:continuing|carrying on|coming back|returning)|take (?:\w+ )?off (?:the|your) (?:register|books)|not (?:going|go) ahead|no longer (?:need|want|able|coming|going)|pull(?:ing|ed)? out of|(?:want|wants|need|needs|have|going|decided|like)\s+to\s+pull\s+out\b|can'?t do (?:the|our|my|it) (?:\w+ ){0,3}?any ?more|call(?:ing|ed)? (?:it|the \w+(?: \w+)?|our \w+|everything) off|don'?t (?:want|need) (?:it|them|the \w+) any ?more)\b/,
    // "Is there a fee if I pull out of a class?", "what if we can't make it?": asked about, not done.
    not: /\b(?:if|in case|what happens when) (?:i|we|you|they|he|she|my \w+|our \w+) (?:\w+ )?(?:pull out|cancel\w*|can'?t make it|cannot make it)/,
    eventOnly: true,
    alone: true,
  },
  {
    // A date moved: "could we push the party back to September?", "do it a month later instead",
    // "moved us from 14th June to 21st June".
    names: ['postpone', 'postponed', 'postponing', 'reschedule', 'rescheduled', 'rescheduling', 'rearrange', 'rearranged', 'move', 'moved', 'moving'],
    cues: /\b(?:postpon\w*|reschedul\w*|rearrang\w*|push(?:ed|ing)? (?:it|the \w+|our \w+|my \w+) back|(?:do|have|hold|move|shift|put) (?:it|the \w+|our \w+|my \w+) (?:a (?:week|month|year|few \w+)|\d+ \w+|two \w+|three \w+) later|(?:move|shift|change|switch) (?:it|the \w+|our \w+|my \w+|the date) to (?:another|a different|a later|next|the following)|(?:another|a later|a different) date|mov(?:e|ed|ing) (?:us|it|the \w+|our \w+|my \w+)(?: \w+)? (?:from|to) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|next|the following|sometime))\b/,
    eventOnly: true,
    alone: true,
  },
  {
    // A complaint about the state of a place, told by what the customer found ("the oven is
    // filthy", "hair in the beds"); the cleanliness words are in the lexicon's group.
    names: ['complaint', 'complaints', 'complain', 'complaining', 'cleanliness', 'clean', 'dirty'],
    cues: /\b(?:(?:is|was|were|are|been|left|looked|looks) (?:absolutely |really |so |very |completely |totally |just )?(?:filthy|dirty|grubby|disgusting|mouldy|moldy|minging|grimy|stained|smelly)|(?:left|leaving) (?:the|our|my|a) \w+(?: \w+)? (?:absolutely |really |so |very )?(?:filthy|dirty|grubby|disgusting|mouldy|moldy|minging|grimy|stained|smelly)|hairs? (?:in|on|all over) the|(?:crumbs|stains|mould|mold|dust|cobwebs) (?:everywhere|all over|on the|in the))\b/,
  },
  {
    // An account taken over, told by what the customer saw.
    names: ['hacked', 'hack', 'hacker', 'hackers', 'compromised', 'takeover'],
    cues: /\b(?:hack(?:ed|er|ers|ing)?|compromised|(?:someone|somebody|they|a stranger|hackers?)(?: has| have|'s)? (?:(?:logged|logging|got|getting|broken|broke) in(?:to)? (?:my|our)|(?:changed|reset) (?:my|our) (?:email|password|login|details))|sign-?ins? (?:from|in) (?:abroad|overseas|another country)|can'?t get back in(?:to)?|taken over|didn'?t (?:make|authori[sz]e) (?:this|that|these))\b/,
    eventOnly: true,
    alone: true,
  },
  {
    names: ['breach', 'data', 'privacy', 'gdpr', 'leak', 'leaked'],
    cues: /\b(?:someone else'?s (?:order|details|name|address|data|information|account|invoice|booking)|(?:another|other) (?:customer|person|client|guest)'?s (?:details|order|data|information|invoice)|(?:data|details|information) (?:breach|leak\w*|exposed)|(?:leaked|shared) my (?:data|details|information|address))\b/,
    alone: true,
  },
  {
    names: ['bug', 'bugs', 'bedbug', 'bedbugs', 'pest', 'pests', 'infestation', 'vermin'],
    eventOnly: true,
    cues: /\b(?:bites? (?:all )?over|bitten (?:all )?over|bugs? in (?:the |my |our )?(?:bed|sheets|mattress|room|pillow)|bed ?bugs?|mice|mouse droppings|rats?|cockroach\w*|droppings|infest\w*)\b/,
    alone: true,
  },
  {
    // What a bed is made of: "a bug in the sheets" is in the bed.
    names: ['bed', 'beds', 'bedding'],
    cues: /\b(?:sheets|mattress|pillows?|duvet|bedding|bedsheets)\b/,
  },
  {
    // A medicine to be given ("any medication that needs giving during the day", "dogs on
    // medication"; escalation-rules.ts reads such a rule so): any medicine the customer names.
    names: ['medicationneed'],
    cues: /\b(?:medicines?|medications?|meds|tablets?|pills?|insulin|inhalers?|epipens?|antibiotics|(?:eye|ear) drops)\b/,
  },
  {
    names: ['medication', 'medicine', 'medicines', 'meds', 'dose'],
    eventOnly: true,
    cues: MEDICATION_MISTAKE,
  },
  {
    // The same cues make a "mistake" of it; the word itself still matches as written.
    names: ['mistake', 'mistakes', 'error'],
    cues: MEDICATION_MISTAKE,
  },
  {
    // Furniture or fittings giving way: "it leans forward as soon as you load it", "the leg gave way".
    names: ['collapse', 'collapsed', 'collapsing', 'wobbly', 'wobble', 'wobbles', 'wobbling', 'unstable'],
    cues: /\b(?:(?:come|comes|came|coming|fall|falls|fell|falling|toppl\w*|tip(?:s|ped|ping)?) (?:down|over|apart)(?! (?:to|for) (?:see|visit|stay))|lean(?:s|ing)? (?:forward|over|to one side|badly)|gave way|give way|giving way|collaps\w*|wobbl\w*|rock(?:s|ing)? (?:about|around|back and forth))\b/,
  },
  {
    // The wrong thing arrived: "I ordered the sage green one and what's turned up is yellow".
    names: [],
    carries: ['wrong', 'send'],
    cues: /\b(?:(?:ordered|asked for|paid for|chose|picked|bought)\b[^.?!]{0,60}\b(?:but|and|yet|instead)\b[^.?!]{0,20}\b(?:got|received|(?:you )?sent|delivered|(?:what(?:'s| has| have)?|it) (?:arrived|turned up|come|came))|(?:sent|delivered|given) (?:me |us )?(?:the )?wrong|not what (?:i|we) ordered|(?:\d+|one|two|three|a) sizes? too (?:big|small|large|tight|loose)|(?:came|arrived|is|was|are|were) (?:in )?(?:the )?wrong (?:size|colour|color|one|item)|(?:different|another) (?:colour|color|size|model|item|one) (?:from|than|to) (?:what|the one) (?:i|we) (?:ordered|chose|paid for))\b/,
  },
  {
    // Water getting in, told by what the customer sees: "a puddle on the sill every time it rains",
    // "the roof was dripping onto the sofa" ("leak" itself also names a data leak, above).
    names: [],
    carries: ['leak', 'water'],
    cues: /\b(?:drip(?:s|ping|ped)?|puddles?|(?:water|rain) (?:is |was |keeps |has been |had )?(?:coming|getting|pouring|seeping|running|leaking|dripping) (?:in|through|into|down|onto)|damp (?:patch|patches|coming)|lett(?:ing|s) (?:the )?(?:rain|water) in|soaked through)\b/,
  },
  {
    // Gas told by its smell: "a faint eggy smell since the hob went in".
    names: [],
    carries: ['gas', 'smell'],
    cues: /\b(?:eggy|rotten eggs?|smells? (?:of|like) (?:rotten )?eggs?|sulph?urous smell)\b/,
  },
  {
    // The business did not come: "nobody turned up or even rang", "the engineer never showed".
    names: [],
    carries: ['miss', 'appoint', 'noshow'],
    cues: /\b(?:(?:nobody|no one|no-one|no engineer|no driver|no fitter|(?:the|your) (?:\w+ )?(?:engineer|driver|fitter|technician|crew|team|installer)s? never|(?:they|he|she|you) never) (?:\w+ )?(?:turned up|showed up|showed|came|arrived|appeared)|stood (?:me|us) up|waited (?:in )?all day (?:for|and))\b/,
  },
  {
    // Money worries ("worried about being able to pay", "can't afford"; escalation-rules.ts reads
    // such a rule so): told as "we can't find that kind of money", "I'm on universal credit".
    names: ['hardship', 'afford'],
    alone: true,
    cues: /\b(?:(?:can'?t|cannot|can not|couldn'?t|unable to|struggl\w* to|not able to) (?:afford|pay (?:it|that|this|the (?:bill|balance|full amount|lot))|find (?:that kind of|that sort of|the|that much|the full|all that) (?:money|cash)|(?:raise|get) (?:the|that) money)|(?:pay|paying) (?:it |this |that )?(?:off )?(?:bit by bit|in (?:bits|chunks|dribs))|(?:on|claim\w*|receiv\w*) (?:universal credit|benefits|pension credit|income support)|struggl\w* (?:financially|for money|with money)|money(?:'s| is) (?:really |very |a bit )?tight|hard up|skint|financial (?:hardship|difficult\w*)|(?:lost|losing) (?:my|his|her) job)\b/,
  },
  {
    // The press, told by who is asking: "I'm writing a piece for The Argus", "a researcher on a
    // BBC daytime programme", "would the head instructor be up for an interview?".
    // (Not "reporter": text.ts reads it as "journalist".)
    names: ['press', 'journalist', 'journalists', 'newspaper', 'newspapers', 'tv', 'television', 'media', 'magazine', 'magazines'],
    cues: /\b(?:journalists?|reporters?|newspapers?|magazine|podcast|documentary|film crew|tv (?:show|programme|program|crew|series)|(?:bbc|itv|channel [45]|sky) (?:\w+ )?(?:programme|program|show|news|series|documentary|radio)|radio (?:show|station|programme)|(?:write|writing|do|doing|put together|putting together|research|researching) (?:a|an) (?:piece|article|feature|story|segment|blog post)|i (?:write|work) for (?:a |an |the )?(?:[\w-]+ ){0,3}(?:magazine|paper|newspaper|blog|website|station)|researcher (?:on|for|at|with) (?:a|an|the)|(?:interview|feature) (?:you|the owner|the head|someone|your|one of your|the team)|up for (?:a|an) (?:short |quick )?interview|press release)\b/,
  },
  {
    // A business asking as a business (trade, commercial, corporate): "we run a small dental
    // practice", "i manage a restaurant in didsbury", "6 transit vans for our plumbing firm",
    // "regular ordering on 30 day invoice", "I do the marketing for a car dealership".
    names: ['trade', 'commercial', 'wholesale', 'corporate'],
    cues: /\b(?:(?:we|i) (?:run|own|manage|operate|are|have) (?:a |an |the |our |my )?(?:small |local |busy |new |independent |family )?(?:[\w-]+ ){0,2}(?:business|firm|company|practice|restaurant|cafe|café|pub|hotel|salon|office|offices|agency|dealership|boatyard|garage|surgery|care home|nursery|school|shop|store|boutique|garden centre|deli)|i'?m (?:the |a |an )?(?:[\w-]+ )?(?:owner|manager|director|buyer|bursar|head chef) (?:of|at|for) (?:a |an |the |our )?[\w-]+|(?:looking for|need|want|after) (?:a |an )?(?:new |local |regular |reliable )?(?:supplier|stockist)|(?:for|at) (?:our|my) (?:[\w-]+ )?(?:business|firm|company|practice|restaurant|office|offices|staff|employees|clients)|i (?:do|handle|look after|run) (?:the )?(?:marketing|purchasing|procurement|buying|facilities|events) (?:for|at)|(?:trade|business|company|corporate) (?:account|accounts|rates?|prices?|pricing|discount|terms|order|orders|customer|enquiry)|\d+[- ]days? (?:invoice|credit|terms)|on (?:an? )?invoice|regular (?:orders?|ordering|supply|deliveries)|wholesale|in bulk)\b/,
  },
  {
    // A disabled customer, told by what they live with: "my brother uses a wheelchair", "my
    // daughter has cerebral palsy", "she'll need some adaptations".
    names: ['disabled', 'disability', 'disabilities', 'adaptive'],
    cues: /\b(?:disab\w*|wheelchair|cerebral palsy|autis\w*|sit-?ski\w*|amputee|mobility (?:issues?|problems?|scooter)|(?:special|additional) needs|learning difficult\w*|down'?s syndrome|(?:needs?|need some|with) adaptations?|partially sighted|registered blind|hearing impair\w*)\b/,
  },
  {
    // Someone after a job (round 38): "are you looking for any new guides this summer?", "got any
    // vacancies?", "I'd love to work for you, can I send my CV?".
    names: ['job', 'jobs', 'vacancy', 'vacancies', 'recruitment', 'recruiting', 'hiring', 'employment'],
    cues: /\b(?:(?:are you|you) (?:looking for|after|hiring|recruiting|taking on) (?:any |some )?(?:new |more |extra |seasonal |summer |weekend )?(?:staff|people|guides|instructors|drivers|helpers|hands|workers|volunteers|team members|shearers|walkers|groomers|stylists|chefs|waiters|waitresses|cleaners)|(?:any|got any|have you got any|are there any) (?:jobs?|vacancies|openings|positions|work going)|(?:are you|you) (?:hiring|recruiting)\b|(?:my|a) cv\b|(?:work|working) for you|(?:are you|you) taking (?:anyone|anybody|people|staff) on\b|you need (?:any )?(?:more |extra |new )?(?:staff|guides|instructors|drivers|helpers|hands|workers|volunteers)\b(?! to\b)|becom(?:e|ing) (?:a|an|one of your) (?:\w+ )?(?:instructors?|guides?|coaches|coach|teachers?|skippers?|drivers?|staff|team members?)\b|join (?:your|the) (?:team|crew|gang)|apply(?:ing)? for (?:a |the )?(?:job|position|role|vacancy))/,
  },
  {
    // A charity or a cause asking for something (round 38): "would you donate a voucher for our
    // school raffle?", "a sponsored swim for the hospice".
    names: ['charity', 'charities', 'fundraising', 'fundraiser', 'donation', 'donations', 'donate', 'raffle'],
    cues: /\b(?:donat\w*|raffle|tombola|auction prize|fund-?rais\w*|sponsored (?:swim|walk|run|ride|climb|event)|charity|hospice|good cause)\b/,
  },
  {
    // A review threatened (round 38): "I'm putting it all over TripAdvisor", "a one-star review".
    names: ['review', 'reviews', 'tripadvisor', 'trustpilot'],
    // ("bad reviews", "threats of a review": the threat is what the cue says.)
    carries: ['bad', 'negative', 'threat', 'threaten', 'threatening'],
    cues: /\b(?:trip ?advisor|trustpilot|google reviews?|(?:bad|terrible|awful|honest|1[- ]star|one[- ]star|negative) reviews?|(?:post|put|plaster|share|spread)(?:ing)? (?:it|this|that) (?:all )?(?:over|on) (?:social media|facebook|instagram|tiktok|twitter|google|the internet)|name and shame)\b/,
  },
  {
    names: ['child', 'children', 'kid', 'kids', 'minor', 'minors', 'toddler', 'baby'],
    cues: /\b(?:child|children|kids?|son|daughter|boy|girl|toddler|baby|babies|lad|lass|teen\w*|little one|\d{1,2}[ -]?(?:year|yr)[ -]?old)\b/,
  },
];

const STEMMED = SITUATIONS.map((s) => ({ ...s, terms: [...new Set(s.names.map(stem))], carried: (s.carries ?? []).map(stem) }));
const BY_NAME = new Map<string, Situation[]>();
for (const s of STEMMED) for (const t of s.terms) BY_NAME.set(t, [...(BY_NAME.get(t) ?? []), s]);

/**
 * The rule words (stemmed) of every situation `text` (lower-cased) describes by its cues: "he
 * came out in hives" carries "allergic" and "reaction", so a rule written with them matches.
 */
export function situationTerms(text: string): string[] {
  return STEMMED.filter((s) => s.cues.test(text) && !(s.not?.test(text) ?? false)).flatMap((s) => [...s.terms, ...s.carried]);
}

/**
 * True when a rule word must not match `text` as written: it is used in a sense that is not the
 * situation ("I'm a solicitor myself"), or its situation counts only when a cue says it happened.
 */
export function situationExcluded(term: string, text: string): boolean {
  const situations = BY_NAME.get(term);
  if (!situations) return false;
  // Two situations may name a word ("harassment": safeguarding, and harassment told by what was
  // done): it counts when a cue of any of them says it happened.
  return situations.some((s) => s.not?.test(text) ?? false) || situations.every((s) => s.eventOnly === true && !s.cues.test(text));
}

/** True when `term` names a situation that is complete without an object ("a lawyer"). */
export function namesWholeSituation(term: string): boolean {
  return BY_NAME.get(term)?.some((s) => s.alone === true) ?? false;
}

/** True when `term` names a situation of this table (its cues then stand for the word's synonyms). */
export function namesSituation(term: string): boolean {
  return BY_NAME.has(term);
}


/** Someone who works for the business, as a customer refers to them ("the lady who cleaned our room", "your lad", "Jessica keeps"). */
const STAFF = /\b(?:the|one of (?:the|your)|your|a|that) (?:\w+ )?(?:lady|man|guy|woman|girl|lad|bloke|staff|member of staff|employee|worker|driver|fitter|receptionist|porter|cleaner|manager|mechanic|advisor|adviser|teacher|instructor|coach|waiter|waitress|chef|nurse|doctor|dentist|vet|technician|engineer|marshal|marshall|steward|host|guide|lifeguard|attendant|barman|barmaid|bartender|bouncer|assistant|supervisor|guys|team|person)\b(?! (?:friend|family))/;
const NAMED_STAFF = /\b(?:key person|key worker|room leader|teacher|instructor|coach|stylist|groomer|trainer|walker)? ?[A-Z][a-z]+ (?:keeps|kept|was|has been|is always|never|refused|rolled|shouted|swore|ignored|told)\b/;
/** A negated behaviour ("not rude at all") is no complaint. */
const PRAISE = /\b(?:not|never|wasn't|weren't|isn't) (?:at all )?(?:rude|nasty|aggressive|dismissive|unprofessional)\b|\b(?:lovely|brilliant|fantastic|so kind|very kind|really helpful|very helpful)\b/;

/**
 * A complaint about a member of staff told by what they did: a behaviour cue and a person of
 * the business. A rule about complaints names the roles its business has ("housekeeping", "the
 * service advisor"); the customer says "the lady who cleaned our room" or "the man on the
 * phone", so any such complaint meets a complaints rule.
 */
export function staffComplaint(message: string): boolean {
  const lower = plainLower(message);
  return STAFF_COMPLAINT.cues.test(lower) && !PRAISE.test(lower) && (STAFF.test(lower) || NAMED_STAFF.test(message));
}
