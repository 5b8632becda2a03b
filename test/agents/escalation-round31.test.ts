import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';
import { handoffRequest } from '../../src/agents/handoff-request.ts';

// A funeral director's notes (round 31 dev): the hand-overs told in one paragraph of prose.
const FUNERAL_RULES =
  'Please remember that almost everyone who contacts us is grieving, so be gentle. We take card, bank transfer or cheque. ' +
  'Where things need one of us personally, please hand over rather than trying to help yourself. ' +
  'That means anyone telling us that someone has just died and who needs us to bring their loved one into our care, whatever the hour. ' +
  'It also means anything involving the coroner or a post mortem, or a death that has happened abroad and needs bringing home. ' +
  'If a family wants to change anything about a funeral that is three days away or less, such as times, cars, flowers or the order of service, that needs Tom or me because there are other people to ring. ' +
  'If someone is worried about being able to pay, wants to spread the cost, or is asking about getting help with the cost from the government, we would much rather talk to them kindly ourselves. ' +
  'Of course if anyone is unhappy with how anything went on the day, or is very upset, please put them through.';

// A vintage clothes shop's notes (round 31 dev): a heading set off by tildes, items bulleted ">>".
const SHOP_RULES = `~~ STUFF THE BOT NEEDS TO KNOW ~~
* postage £3.95 UK, free over £60

~~ GET ME OR JESS FOR THESE, don't try and sort it yourself ~~
>> anyone saying something is fake, a repro, or not the brand we listed it as
>> charged twice, or money taken but no order confirmation`;

describe('hand-overs told in prose by a funeral director (round 31 dev)', () => {
  const rules = escalatingBusinessRules(FUNERAL_RULES);

  it('a hand-over naming no situation introduces the sentences that give them, and is no rule itself', () => {
    expect(rules).toContain('anything involving the coroner or a post mortem, or a death that has happened abroad and needs bringing home');
    expect(rules.some((r) => r.startsWith('anyone telling us that someone has just died'))).toBe(true);
    expect(rules.some((r) => /rather than trying/.test(r))).toBe(false);
    expect(detectEscalation("the police said my brother has been taken to the coroner's and they might need to do a post mortem", rules)).toBeDefined();
  });

  it('"If …, that needs Tom or me" and "If …, we would much rather talk to them ourselves" keep their conditions', () => {
    expect(rules.some((r) => r.startsWith('a family wants to change anything about a funeral'))).toBe(true);
    expect(rules.some((r) => r.startsWith('someone is worried about being able to pay'))).toBe(true);
  });

  it('"please put them through" hands over', () => {
    expect(rules.some((r) => /very upset/.test(r))).toBe(true);
  });

  it('money worries are told as the customer lives them, and a question about prices is none', () => {
    const rule = 'someone is worried about being able to pay, wants to spread the cost, or is asking about getting help with the cost from the government';
    expect(ruleMatches(rule, "honestly we can't find that kind of money right now. is there any way we could pay it bit by bit?")).toBe(true);
    expect(ruleMatches(rule, "i'm on universal credit, is there anything the government can give towards my dad's funeral?")).toBe(true);
    expect(ruleMatches(rule, "what's the difference in cost roughly between a burial and a cremation?")).toBe(false);
    expect(ruleMatches(rule, "do you do pre-paid funeral plans? i'd like to get my own sorted so the kids don't have to")).toBe(false);
  });

  it('", whatever the hour" is when it comes, not a word the message must hold', () => {
    const rule = 'anyone telling us that someone has just died and who needs us to bring their loved one into our care, whatever the hour';
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('hour');
  });

  it('", however" opening a clause of its own is kept', () => {
    const rule = 'Safeguarding - any concern about a coach, volunteer or adult and a junior member, however small';
    expect(ruleMatches(rule, "Can juniors join the adult social session on Sunday mornings? My daughter's 15.")).toBe(false);
  });
});

describe('a hand-over heading set off by marks, with ">>" bullets (round 31 dev)', () => {
  it('"~~ GET ME OR JESS FOR THESE, don\'t try and sort it yourself ~~" introduces a list', () => {
    expect(handOverIntro("GET ME OR JESS FOR THESE, don't try and sort it yourself:")).toBe(true);
    expect(escalatingBusinessRules(SHOP_RULES)).toEqual([
      'anyone saying something is fake, a repro, or not the brand we listed it as',
      'charged twice, or money taken but no order confirmation',
    ]);
  });

  it('a heading of facts is no hand-over', () => {
    expect(escalatingBusinessRules('~~ STUFF THE BOT NEEDS TO KNOW ~~\n>> postage £3.95 UK\n>> we post on tuesdays')).toEqual([]);
  });

  it('two payments for one order are a charge made twice', () => {
    const rule = 'charged twice, or money taken but no order confirmation';
    expect(ruleMatches(rule, 'my bank app shows 2 payments of £48 to you but i only pressed pay once')).toBe(true);
    expect(ruleMatches(rule, 'can i split it into 2 payments of £48?')).toBe(false);
  });
});

describe('rules of a scaffolder and a theatre box office (round 31 dev)', () => {
  it('"jobs over 6 storeys" is a size, not an age', () => {
    const rule = 'Commercial tenders or jobs over 6 storeys';
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial]).some((t) => t.startsWith('age'))).toBe(false);
    expect(ruleMatches(rule, "We're pricing the refurb of a 9 storey residential block. Need full wrap scaffold, can you price it?")).toBe(true);
  });

  it('"injured on or near one of our scaffolds": where is no word the message must hold', () => {
    expect(ruleMatches('anyone injured on or near one of our scaffolds', 'my roofer came off the second lift yesterday, hes at pinderfields with a broken wrist')).toBe(true);
  });

  it('"lost property" is something left behind', () => {
    expect(ruleMatches('lost property', 'i think i left my reading glasses in a brown case somewhere around row F on tuesday evening')).toBe(true);
    expect(ruleMatches('lost property', 'do you have a cloakroom where i can leave my coat?')).toBe(false);
  });
});

describe('a person asked after by name in lower case (round 31 dev)', () => {
  it('"is jess about? can i have a quick chat with her" asks for Jess', () => {
    expect(handoffRequest('is jess about? can i have a quick chat with her')).toBeDefined();
    expect(handoffRequest('is carol in today? need a word about our booking')).toBeDefined();
    expect(handoffRequest("is margaret there? i'd rather talk to her if that's ok")).toBeDefined();
  });

  it('without talk after it, or about a thing, it is no request', () => {
    expect(handoffRequest('is jess about today?')).toBeUndefined();
    expect(handoffRequest('is parking available? want to chat about the show after')).toBeUndefined();
    expect(handoffRequest('is it in stock? the one we talked about')).toBeUndefined();
  });
});

// A coarse fishery's notes (round 31 dev answer set): a bold heading with whom to in brackets, numbered items.
const FISHERY_RULES = `Notes for whoever's on the chat
- keep it short + friendly

**WHEN TO HAND OVER TO ONE OF US** (Gary, or Liam if Gary's on the tractor)
1. anyone hurt, someone fallen in, anything like that - FIRST tell them ring 999 if its serious, then get us straight away. Liam's first aid trained
2. clubs/works dos/whatever wanting more than 20 pegs or a whole lake to themselves`;

describe('a fishery\'s and a record shop\'s hand-overs (round 31 dev answer set)', () => {
  const rules = escalatingBusinessRules(FISHERY_RULES);

  it('a bold heading with whom to in brackets introduces the numbered list', () => {
    expect(rules).toHaveLength(2);
    expect(detectEscalation("my dad's slipped off the platform on peg 9 and cut his head, he's bleeding quite a lot", rules)).toBeDefined();
  });

  it('after a dash, what to do ("FIRST tell them ring 999") and who decides ("Gary decides these") are no situation', () => {
    const words = (r: string) => parseRule(r).alternatives.flatMap((a) => [...a.required, ...a.partial]);
    expect(words(rules[0]!)).not.toContain('liam');
    expect(words('anyone wanting money back for a match - Gary decides these, dont say yes or no')).not.toContain('gari');
  });

  it('"clubs/works dos/whatever wanting …" is anyone wanting it: "work" alone is no hand-over', () => {
    expect(ruleMatches(rules[1]!, 'whats the latest i can turn up for my night on specimen, finish work at 2')).toBe(false);
    expect(ruleMatches(rules[1]!, 'we want 30 pegs for our works do')).toBe(true);
  });

  it('"msgs" is how it comes: "Abusive or threatening msgs" needs abuse', () => {
    expect(parseRule('Abusive or threatening msgs').alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('msg');
    expect(ruleMatches('Abusive or threatening msgs', 'how long does the refund take to hit my account once you get it back')).toBe(false);
  });

  it('speaking to someone is talking to them, but talking about something is not speaking to anyone', () => {
    expect(ruleMatches('anyone from press/radio/a label wanting to talk to us', "I'm a producer at a local radio station doing a piece on indie record shops - who could I speak to?")).toBe(true);
    expect(ruleMatches('parent asks to speak to someone', "Oscar had the best week ever and hasn't stopped talking about den building")).toBe(false);
  });
});

// Owners who keep every hand-over in the business rules (round 31, second dev set).
describe('hand-overs told in the business rules, in more of the ways owners write them (round 31b dev)', () => {
  it('"pass those along", "get it over to me", "comes to me too", "send them to me" hand over', () => {
    const rules = escalatingBusinessRules(
      'A one hour show is £180. Schools, nurseries, fetes, work family days or anything over 40 children needs a proper quote from me so pass those along. ' +
        "If anything goes wrong at a party – a kiddie gets hurt or comes over poorly, an allergic reaction, anything like that – don't try to deal with it, get it over to me straight away. " +
        "Same if a parent isn't happy with how the show went or wants money back, I'd rather talk to them myself. " +
        'Anyone from newspapers, radio, telly etc. comes to me too.',
    );
    expect(rules.some((r) => r.startsWith('Schools, nurseries, fetes'))).toBe(true);
    expect(rules.some((r) => r.startsWith('anything goes wrong at a party'))).toBe(true);
    expect(rules).toContain("a parent isn't happy with how the show went or wants money back");
    expect(rules.some((r) => r.startsWith('Anyone from newspapers'))).toBe(true);
  });

  it('a count that is its own alternative, and "needs a proper quote from me" is what the owner does', () => {
    const rule = 'Schools, nurseries, fetes, work family days or anything over 40 children needs a proper quote from me so';
    expect(ruleMatches(rule, 'im the pta chair at st marys primary, we would love you for the summer fair, approx 210 kids')).toBe(true);
    expect(ruleMatches(rule, "we're organising a staff family fun day for our firm in august, prob 80ish kids plus parents")).toBe(true);
    expect(ruleMatches(rule, 'how much is a one hour show for 12 kids?')).toBe(false);
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('quot');
  });

  it('examples between two dashes stay when advice follows the second', () => {
    const rule = "If anything goes wrong at a party – a kiddie gets hurt or comes over poorly, an allergic reaction, anything like that – don't try to deal with it, straight away";
    expect(ruleMatches(rule, 'after the party saturday my nephew came up in hives all over his arms and neck')).toBe(true);
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('deal');
  });

  it('"X? Pass it to Dan." makes the question the case; "If …, let Dan handle it" and "When …, send them to Dan" route theirs', () => {
    const rules = escalatingBusinessRules(
      "Corporate do's or anything with a company's branding? Pass it to Dan. If a couple needs to cancel or shift their wedding to another date, let Dan handle it. " +
        "When someone's been waiting more than 10 days and still has no gallery link, send them to Dan.",
    );
    expect(rules).toEqual([
      "Corporate do's or anything with a company's branding?",
      'a couple needs to cancel or shift their wedding to another date',
      "someone's been waiting more than 10 days and still has no gallery link",
    ]);
  });

  it('"One more I forgot to put in the list: if …, that goes to Karen as well"', () => {
    expect(escalatingBusinessRules("One more I forgot to put in the list: if anyone's had a letter saying their van is too old for the park, that goes to Karen as well.")).toEqual([
      "anyone's had a letter saying their van is too old for the park",
    ]);
  });

  it('"NEVER ANSWER THESE YOURSELF — put them through to the office (Karen):" introduces its numbered list', () => {
    expect(handOverIntro('NEVER ANSWER THESE YOURSELF — put them through to the office (Karen):')).toBe(true);
    expect(escalatingBusinessRules('NEVER ANSWER THESE YOURSELF — put them through to the office (Karen):\n1. Finance and part-exchange\n2. Letting vans out')).toEqual(['Finance and part-exchange', 'Letting vans out']);
  });

  it('emoji bullets are bullets', () => {
    expect(escalatingBusinessRules('Hand these over to Gareth:\n⚓ safety kit that let them down\n⚓ yards or clubs wanting an account')).toEqual(['safety kit that let them down', 'yards or clubs wanting an account']);
  });

  it('"or that someone else has been in their unit" leaves no case of "unit" alone; a counted clause stays', () => {
    const rule = 'anyone mentions their padlock has been cut or swapped, or that someone else has been in their unit';
    expect(ruleMatches(rule, 'Are the indoor units dry enough to keep a piano in over winter?')).toBe(false);
    expect(ruleMatches(rule, 'my padlock has been cut, the unit is wide open')).toBe(true);
    const tasting = 'Anyone wanting a tasting for more than 12 people, or a private or corporate tasting';
    expect(ruleMatches(tasting, "I'm organising a leaving do for my team, about 20 of us. Could you run a wine tasting just for us one evening?")).toBe(true);
  });

  it('a name in lower case asked for: "can i speak to pete please", "is gareth about? need to ask him something"', () => {
    expect(handoffRequest('can i speak to pete please')).toBeDefined();
    expect(handoffRequest('is gareth about? need to ask him something')).toBeDefined();
    expect(handoffRequest('is karen in the office today? need a quick word')).toBeDefined();
    expect(handoffRequest('can i talk to you about prices')).toBeUndefined();
    expect(handoffRequest('can i chat with my husband first and get back to you?')).toBeUndefined();
  });
});

describe('what fails said of both (round 31b dev)', () => {
  const rule = 'Anything about the booth or decks packing in on the night, or us turning up late or not at all';

  it('"the booth or decks packing in on the night" is the booth failing, not the booth', () => {
    expect(ruleMatches(rule, 'the booth packed in halfway through the night and nobody came to fix it')).toBe(true);
    expect(ruleMatches(rule, 'how much is the booth and dj together?')).toBe(false);
    expect(ruleMatches(rule, 'can the booth prints have our names and the wedding date on them?')).toBe(false);
  });
});

describe('hand-over words that also say where an item is posted or left (round 31 review)', () => {
  it('"send it to us" posts an item for repair or return; it hands nothing over', () => {
    expect(escalatingBusinessRules('If your item needs a repair, just send it to us with a note of the fault and we will quote.')).toEqual([]);
    expect(escalatingBusinessRules('If it arrives damaged, send it to us and we will replace it.')).toEqual([]);
    expect(escalatingBusinessRules('If a customer asks for a quote for a big job, send them to me.')).toEqual(['a customer asks for a quote for a big job']);
  });

  it('a thing left somewhere on purpose is not lost', () => {
    expect(ruleMatches('lost property', 'we left our car in the car park overnight, is that ok?')).toBe(false);
    expect(ruleMatches('lost property', 'I left my umbrella behind after the show on Friday')).toBe(true);
  });
});

describe('routes to the owner, not to the business (round 31 review)', () => {
  it('"that needs us to do a survey first" and "comes to us within 3 days" are how the business works', () => {
    expect(escalatingBusinessRules('If the boiler is over 10 years old, that needs us to do a survey first.')).toEqual([]);
    expect(escalatingBusinessRules('Anything you post comes to us within 3 days.')).toEqual([]);
    expect(escalatingBusinessRules('If a family wants to change the time, that needs Tom or me because there are other people to ring.')).toEqual(['a family wants to change the time']);
  });
});

describe('lists read as alternatives only where each item says a case (round 31 review)', () => {
  it('items of two words or more before "or" are cases each', () => {
    const rule = 'broken windows, water leaks, damaged furniture or a fire alarm going off';
    expect(ruleMatches(rule, 'theres a water leak under the sink in the kitchen')).toBe(true);
  });

  it('single words are not: "cut" alone is no injury at a salon', () => {
    const rule = 'Allergic reactions, cuts, burns or any injury in the studio';
    expect(ruleMatches(rule, 'how much is a cut and blow dry on a saturday?')).toBe(false);
  });

  it('a short predicate stays with its clause: "water" alone is no emergency at a boat hire', () => {
    const rule = 'Always escalate if someone has gone overboard, is hurt, or the boat is taking on water';
    expect(ruleMatches(rule, 'is there drinking water on board or should we bring our own?')).toBe(false);
  });

  it('"lost property" is a thing left behind, not a lost booking code', () => {
    expect(ruleMatches('lost property', 'i lost my booking confirmation email, can you resend it?')).toBe(false);
    expect(ruleMatches('lost property', 'my son lost his goggles at the pool yesterday')).toBe(true);
    expect(ruleMatches('lost property', 'I think I left my goggles in the changing room on tuesday')).toBe(true);
  });
});
