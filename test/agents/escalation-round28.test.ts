import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { nothingHappened, parseRule, ruleMatches, settled } from '../../src/agents/escalation-rules.ts';

const COSTUME_RULES = [
  'Deposit kept / charged for damage and the customer is disputing it -> Jess',
  'ALWAYS escalate: anything that has to be sorted TODAY for an event (missing pieces, wrong size, broken zip, costume not ready at collection).',
  "If someone has had a reaction to make-up, face paint, a wig or a costume (rash, itching, swelling, sore eyes) hand it over straight away and don't give medical advice.",
];

describe('a problem the customer says is over is no case (round 28 dev)', () => {
  it.each([
    'The wrong size wig came in my bag last week but Kieran dropped the right one round the next morning. All good, we had a brilliant night, thanks!',
    'The card machine wouldn\'t take my payment on Tuesday but Lucy sorted it and let me pay by bank transfer. All good, thanks Lucy!',
    "Owen's visit this morning was great, the tank looks the best it's ever looked. Could we move next month's visit to the Thursday instead?",
  ])('settled: %s', (message) => {
    expect(settled(message)).toBe(true);
    expect(detectEscalation(message, COSTUME_RULES)).toBeUndefined();
  });

  it('"all good, but …" and a good time before a fault are not over', () => {
    expect(settled('The wig was all good, but the zip on the dress has gone and the party is tonight')).toBe(false);
    expect(settled('The first visit was great but the tank has gone cloudy since')).toBe(false);
    expect(ruleMatches(COSTUME_RULES[1]!, 'All good, but the wrong size wig came in my bag and the party is tonight, can you swap it today?')).toBe(true);
  });
});

describe('a question asked before anything happens is no case (round 28 dev)', () => {
  it.each([
    "What's the deposit and how do you decide if any of it gets kept? Asking before I hire something for my very clumsy husband 😂",
    'Are your face paints hypoallergenic? My daughter has quite sensitive skin and I want to check before her party.',
  ])('asked ahead: %s', (message) => {
    expect(nothingHappened(message)).toBe(true);
    expect(detectEscalation(message, COSTUME_RULES)).toBeUndefined();
  });

  it('a deposit already kept is still a case', () => {
    expect(nothingHappened("You kept £20 of my deposit for a stain that was already there when I collected it. I'm disputing that, can I check before I leave a review?")).toBe(false);
  });
});

describe('a clause that says only that something happened names no situation (round 28 dev)', () => {
  const rule = 'If a parent or pupil raises any safeguarding worry - about a teacher, another pupil or anything that happened at the school - hand it over to Harriet straight away. Do not try to deal with it in the chat.';

  it('"what happens if the teacher is off sick" does not meet it', () => {
    expect(parseRule(rule).alternatives.every((a) => [...a.required, ...a.partial].some((t) => t !== 'happen'))).toBe(true);
    expect(ruleMatches(rule, 'what happens if the teacher is off sick, do we still pay for that week')).toBe(false);
  });

  it('a safeguarding worry still does, and "something that happened in class" keeps its class', () => {
    expect(ruleMatches(rule, 'I want to raise a safeguarding worry about one of the teachers')).toBe(true);
    expect(ruleMatches('complaints about a teacher or something that happened in class → Priya, straight away', 'Something happened in class on Tuesday that really upset my daughter')).toBe(true);
  });
});
