import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';
import { asksForPerson, requestedPeople } from '../../src/agents/person-request.ts';

describe('a rule naming a person to ask for is met by asking for them, not by their name (round 26 dev)', () => {
  it.each([
    ['if someone asks for Mandy', 'Can I speak to Mandy please? She taught me years ago.'],
    ['if someone asks for Mandy', 'Is Mandy about? Need a quick word, she knows what it is about.'],
    ['if someone asks for Leanne', 'Is Leanne in today? Need to speak to her.'],
    ['if someone asks for Harriet', "I'd like to talk to Harriet directly please."],
    ['if someone asks for Raj', "I'd like this dealt with by Raj personally please."],
    ['wants to speak to Lily or a real person', 'Could I speak to Lily directly please? It is about my wedding.'],
    ['if someone asks for Kerry', 'Could you get Kerry to ring me back this afternoon?'],
  ])('%s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    ['if someone asks for Mandy', 'My cousin passed with Mandy last year and said you were all brilliant. Have you got space for a new pupil?'],
    ['if someone asks for Harriet', 'Harriet did my sister\'s flowers last summer and they were stunning. Could I book a consultation?'],
    ['if someone asks for Leanne', "Saw Leanne's post on Facebook about the Halloween disco. What date is it and how much?"],
    ['if someone says they want to talk to someone or asks for Kerry', 'Kerry did our bichon Teddy last month and he looked amazing! Can we book the same again?'],
  ])('%s: %s', (rule, message) => {
    expect(detectEscalation(message, [rule])).toBeUndefined();
  });

  it('reads the names a rule gives, and only after asking', () => {
    expect(requestedPeople('if someone asks for Raj')).toEqual(['Raj']);
    expect(requestedPeople('asks to speak to Jo or Sam')).toEqual(['Jo', 'Sam']);
    expect(requestedPeople('refund requests over £50')).toEqual([]);
    expect(asksForPerson("Raj helped us find our first place years ago", 'Raj')).toBe(false);
    expect(asksForPerson('Put me through to Raj', 'Raj')).toBe(true);
  });

  it('leaves a rule whose other words name a situation as it was', () => {
    expect(ruleMatches('complaints about Mandy', 'I want to complain about Mandy, she was rude to my son')).toBe(true);
  });
});

describe('the examples a rule gives are more ways it is met (round 26 dev)', () => {
  it.each([
    ['emergencies (gas smell, flooding, no heating or hot water, break-ins, no power) - ring Marcus on the out of hours mobile', "there's a really strong smell of gas in the kitchen, i think i've turned it off at the meter?? what do i do"],
    ['school, nursery or SEN group bookings (e.g. class trips, end of term treats) - Kath sorts these', "I'm the Year 1 teacher at St Mark's Primary. We'd like to bring the class for an end of summer term trip in July."],
    ['emergencies (gas smell, flooding, no heating or hot water)', 'There is no hot water at all in the flat since this morning.'],
  ])('%s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    // An example of one word is too little to go on ("how much is yellow fever" against "(rash, fever)").
    ['Any reaction after a jab (rash, swelling, fever, fainting)', 'how much is yellow fever'],
    // Examples of the thing, not of what happened.
    ['always escalate if a customer has been hurt or injured by something we sold them (stoves, tent poles, lighting etc.)', 'A pole on my tent has snapped, is there any guarantee on it still?'],
    // When it happens, not what happens.
    ['skin or eye reactions e.g. after a trial or patch test - hand over straight away', 'Can I have a patch test before I book a trial?'],
    // An example said missing needs something to be missing.
    ['emergencies (gas smell, flooding, no heating or hot water)', 'Is hot water included in the rent?'],
    // Its words as written, not their kinds ("big koi" is no big pleco).
    ['If someone wants to give up or rehome a large fish (oscars, plecos, arowanas, big koi)', 'How big does a bristlenose pleco get?'],
  ])('%s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });

  it('ends the examples where the sentence ends', () => {
    const words = parseRule('Trade or business accounts e.g. hotels, offices, interior designers: Claire deals with these personally.').alternatives.flatMap((a) => [...a.required, ...a.partial]);
    expect(words).not.toContain('clair');
  });
});

describe("a party or an event over a count is the rule's situation however it is worded (round 26 dev)", () => {
  it('"parties of 25+ kids" is met by "about 30 kids", not by 12', () => {
    const rule = 'parties of 25+ kids → Gaz does the big ones';
    expect(ruleMatches(rule, 'whole of reception class plus cousins so about 30 kids. saturday 12th oct? how much')).toBe(true);
    expect(ruleMatches(rule, 'about 12 kids for a party on saturday, how much?')).toBe(false);
  });

  it('"weddings or events with 150+ guests" is met by "a summer gala for roughly 220 people"', () => {
    const rule = 'weddings or events with 150+ guests';
    expect(ruleMatches(rule, "I'm organising our company's summer gala at the Assembly Rooms, roughly 220 people on 22 round tables. Could you quote?")).toBe(true);
    expect(ruleMatches(rule, 'A small gala dinner for 40 people, could you quote for table flowers?')).toBe(false);
  });
});

describe('a lost child, and a tail that says how soon (round 26 dev)', () => {
  const rule = "any child hurt or lost, or anyone worried about an adult's behaviour around kids - safeguarding, duty manager straight away";

  it('"lost" beside someone else\'s clause is a situation of its own', () => {
    expect(ruleMatches(rule, "I CAN'T FIND MY SON. He's 4, blue dinosaur t-shirt. He was on the top level of the frame five minutes ago.")).toBe(true);
  });

  it('a dash tail ending in "straight away" or "immediately" is what staff do', () => {
    const words = (r: string) => parseRule(r).alternatives.filter((a) => !a.exact).flatMap((a) => [...a.required, ...a.partial]);
    expect(words(rule)).not.toContain('duti');
    expect(words('Any reaction after a jab (rash, swelling, fever) - nurse on duty immediately')).toEqual(['reaction', 'jab']);
  });
});

describe('money taken twice is a charge made twice (round 26 dev)', () => {
  it('"you\'ve taken £30 twice" meets "charged twice", "taken your card" does not', () => {
    const rule = "people saying they've been charged twice or money's come out that they don't recognise";
    expect(ruleMatches(rule, "Just checked my banking app and you've taken £30 twice for Sunday. We only came once!")).toBe(true);
    expect(ruleMatches(rule, 'Have you taken the deposit yet? I paid on Monday.')).toBe(false);
  });
});

describe('"whose" says who, not what (round 26 dev)', () => {
  it('is no word a message must hold', () => {
    const words = parseRule('a couple whose wedding is in the next 7 days and something has gone wrong with their order').alternatives.flatMap((a) => [...a.required, ...a.partial]);
    expect(words).not.toContain('whose');
  });
});

describe('"lost" after "any child hurt" is a child lost (round 26)', () => {
  it('is not met by a lost glove', () => {
    const rule = "any child hurt or lost, or anyone worried about an adult's behaviour around kids - safeguarding, duty manager straight away";
    expect(ruleMatches(rule, 'I lost my glove in the soft play area, has anyone handed it in?')).toBe(false);
    expect(ruleMatches(rule, "I CAN'T FIND MY SON. He's 4, blue dinosaur t-shirt.")).toBe(true);
  });
});
