import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';
import { stem } from '../../src/knowledge/text.ts';

describe('a rule that is a count alone (round 25)', () => {
  it('parses "more than 10 people" without throwing, and hands over a count above it', () => {
    expect(() => parseRule('more than 10 people')).not.toThrow();
    expect(ruleMatches('more than 10 people', 'Can we book a table for 14 people on Friday?')).toBe(true);
    expect(ruleMatches('more than 10 people', 'Can we book a table for 6 people on Friday?')).toBe(false);
    expect(detectEscalation('Do you have parking?', ['more than 10 people'])).toBeUndefined();
  });
});

describe('odd rules an owner might type never break a reply (round 25)', () => {
  const odd = ['more than 10', 'over £500', '£500', '-', '()', 'or', '/', 'or or', '-> Sam', '(over 100 people)', 'over 10 people or', 'e.g.', '10+', 'at least 5', ',', ' , or , ', 'more than 10 people, or', '—', '!!!', 'hand over', 'over 3 - pass to Jo'];
  it.each(odd)('%j', (rule) => {
    expect(() => detectEscalation('We are 12 people and want a refund of £600, can I speak to someone?', [rule])).not.toThrow();
    expect(() => detectEscalation('Do you have parking?', [rule])).not.toThrow();
  });
});

describe('what staff should do is no part of the situation (round 25 dev)', () => {
  it.each([
    ['quotes over £1,200, Lily checks those herself', 'Thanks for the quote! £1,485 is a little over what we hoped. Is there anything we could do to bring it down?'],
    ['orders over £2,000 (usually whole-house shutters) - Priya does these herself', 'The quote for shutters in all 7 windows was £3,460 - we would like to go ahead, is there a discount for paying upfront?'],
    ['safeguarding concerns of any kind - straight to Jo, do not discuss details', 'I have a safeguarding concern about something my son said happened at camp.'],
    ['damage after a job (fences, drives, lawns, cars etc) - hand over, don\'t admit anything', 'Your team left damage all over the lawn after the job yesterday.'],
    ['neighbour disputes (e.g. arguing over whose tree it is or who pays) - Gareth handles these, we don\'t take sides', 'We have a neighbour dispute about the hedge on the boundary.'],
  ])('%s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it('keeps the instruction out of the parsed words', () => {
    const words = (rule: string) => parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial]);
    expect(words('quotes over £1,200, Lily checks those herself')).toEqual(['quot']);
    expect(words('safeguarding concerns of any kind - straight to Jo, do not discuss details')).toEqual(['safeguard']);
    expect(words('big bookings - holiday parks, corporate - Kerry does these')).not.toContain('kerri');
    expect(words('weddings less than 4 weeks away - need to check team availability first')).not.toContain('avail');
  });
});

describe('lower bounds as owners write them (round 25 dev)', () => {
  it.each([
    ['Groups of 20 or more, or anyone wanting to hire the whole venue', 'Looking to book out the entire place for our Christmas do, there would be about 60 of us.', true],
    ['Bookings for 4 or more pitches together - pass to Sue', 'We need 5 pitches next to each other for a week in June. What deal can you do?', true],
    ['Bookings for 4 or more pitches together - pass to Sue', 'Can we book 2 pitches together for the bank holiday?', false],
    ['Corporate/group bookings of 20+ people', 'We are looking to book for our whole department, around 35 people, on a Friday.', true],
    ['at least 10 people', 'Can I book for 12 people?', true],
    ['at least 10 people', 'Can I book for 10 people?', true],
    ['at least 10 people', 'Can I book for 9 people?', false],
  ])('%s: %s', (rule, message, expected) => {
    expect(ruleMatches(rule, message)).toBe(expected);
  });

  it('reads a bound in brackets as qualifying its own item, not the whole rule', () => {
    expect(parseRule('School or bulk orders (6+ instruments) -> Dan').threshold).toBeUndefined();
    expect(parseRule('a tutor has missed two or more booked lessons').threshold).toEqual({ op: 'gt', value: 1, unit: 'lessons' });
  });

  it('"together" is no word of the situation ("What amp is the electric on the pitches? … the kettle and heater together")', () => {
    expect(ruleMatches('Bookings for 4 or more pitches together - pass to Sue, she does group rates', 'What amp is the electric on the pitches? Trying to work out if I can run the kettle and heater together')).toBe(false);
  });
});

describe('a quote over an amount is met by the sum the customer was quoted (round 25 dev)', () => {
  it('"the total you sent over - £1,320" meets "quotes over £1,200"', () => {
    expect(ruleMatches('quotes over £1,200, Lily checks those herself', "Hiya we'd love to book you! just checking the total you sent over - £1,320 - includes the early start fee?")).toBe(true);
    expect(ruleMatches('quotes over £1,200, Lily checks those herself', 'Is the £1,320 package all-inclusive?')).toBe(false);
    expect(ruleMatches('quotes over £1,200, Lily checks those herself', 'Our total came to £900, can I pay by card?')).toBe(false);
  });
});

describe('a court order against a parent is a safeguarding matter (round 25 dev)', () => {
  const rule = 'safeguarding concerns of any kind - straight to Jo, do not discuss details';

  it.each([
    ['Just so you know, my ex is NOT allowed to collect the children - there\'s a court order.', true],
    ["Me and Ellie's dad have split up and he isn't allowed to pick her up.", true],
    ['Is my husband allowed to collect our son on Friday instead of me?', false],
    ['Could you send me your safeguarding policy before we book?', false],
  ])('%s', (message, expected) => {
    expect(ruleMatches(rule, message)).toBe(expected);
  });
});

describe('a sum alone, and more instructions, as owners write them (round 25 dev, second set)', () => {
  // The rule's own clauses: the examples it gives are alternatives of their own (round 26).
  const words = (rule: string) => parseRule(rule).alternatives.filter((a) => !a.exact).flatMap((a) => [...a.required, ...a.partial]);

  it('"anything over 2 grand" is a sum in pounds, met by the customer\'s own sum and not by a price asked about', () => {
    expect(parseRule('anything over 2 grand -> Dave, he does the deals').threshold).toEqual({ op: 'gt', value: 2000 });
    expect(parseRule('anything over a grand (big bookings, refunds)').threshold).toEqual({ op: 'gt', value: 1000 });
    expect(ruleMatches('anything over £1,000', 'Our order came to £1,450, can I pay by card?')).toBe(true);
    expect(ruleMatches('anything over 2 grand -> Dave, he does the deals', "I've been eyeing up the Cube at £4,299. Would you do anything on the price if I bought it this week?")).toBe(true);
    expect(ruleMatches('anything over £1,000', 'Is the £4,299 bike in stock?')).toBe(false);
    expect(ruleMatches('anything over £1,000', 'Our order came to £450, can I pay by card?')).toBe(false);
  });

  it.each([
    ['access arrangements / SEN / extra time etc - hand over, Priya deals with those', 'etc'],
    ['Safeguarding concerns of any kind, incl. a student who seems at risk - pass to Priya', 'risk'],
    ['e-bike motor or battery warranty claims, need serial no + receipt', 'receipt'],
    ['full shave-downs for matted coats (need signed consent) - get Kerry to ring them', 'kerri'],
    ['school or group bookings (8+ students) -> Tom for a quote', 'tom'],
    ['anything over 2 grand -> Dave, he does the deals', 'deal'],
    ["If someone's broken down somewhere dangerous tell them to ring their breakdown cover and flag it to me", 'cover'],
  ])('%s: no "%s"', (rule, word) => {
    expect(words(rule)).not.toContain(stem(word));
  });

  it('"etc" names nothing: "extra time etc" is met by "25% extra time"', () => {
    expect(ruleMatches('access arrangements / SEN / extra time etc - hand over, Priya deals with those', 'Jake has dyslexia and gets 25% extra time in his exams at school. Will he get that in your mock exam days as well?')).toBe(true);
  });
});

describe('leaving, and a call with someone, in the customer\'s words (round 25 dev, second set)', () => {
  it('"we won\'t be continuing … take Amelia off the register" is leaving', () => {
    const rule = 'if a parent says they want to cancel for the term or leave altogether';
    expect(ruleMatches(rule, "We've found a tutor closer to home so we won't be continuing in September. Please can you take Amelia off the register from next term.")).toBe(true);
    expect(ruleMatches(rule, 'Will you be continuing the Saturday sessions in September?')).toBe(false);
  });

  it('"Can I have a quick call with someone?" asks for a person', () => {
    expect(detectEscalation('Can I have a quick call with someone rather than doing this over messages? Bit complicated', [])).toBeDefined();
    expect(detectEscalation('Do I need to have a call with the vet before the first groom?', [])).toBeUndefined();
  });
});

describe('a medicine to be given, and additional needs (round 25 dev)', () => {
  const rule = 'additional needs (SEN, EHCP, needs 1:1) or any medication that needs giving during the day, Jo needs to do a plan with the parent';

  it.each([
    ["Does anyone there give medicine? Alfie's on a tablet for his ADHD that he has to take at lunchtime.", true],
    ['He takes an inhaler, can staff give it to him?', true],
    ['My daughter has special needs, is there support for her?', true],
    ['Is there an additional charge for late pick-up?', false],
    ['Do you have additional places in August?', false],
  ])('%s', (message, expected) => {
    expect(ruleMatches(rule, message)).toBe(expected);
  });

  it('"dogs on medication" is any medicine named, while a medication mistake is still told by what went wrong', () => {
    expect(ruleMatches('dogs on medication', 'My dog Bella has eye drops twice a day, can you do those while she stays?')).toBe(true);
    expect(ruleMatches('dogs on medication', 'Can I bring her food from home?')).toBe(false);
    expect(ruleMatches('medication given wrongly', 'Do you give medicine to the children?')).toBe(false);
  });
});
