import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { composeSupportTurn } from '../../src/agents/offline-support.ts';
import { nothingHappened, parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

describe('a rule as owners write it (round 27 dev)', () => {
  it('", pass it to a person" at the end says who takes it, not what happened', () => {
    const parsed = parseRule('If someone wants a refund for a whole term or more, pass it to a person.');
    expect(parsed.alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('pass');
    expect(parseRule('Complaints about parking, send them to the manager').alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('send');
  });

  it('"a refund for a whole term" is met by a term\'s money asked back', () => {
    const rule = 'If someone wants a refund for a whole term or more, pass it to a person.';
    expect(ruleMatches(rule, "We're moving to Bristol so Poppy won't be able to do any of the summer term we've just paid for. Can we have that money back please, it was £145")).toBe(true);
    expect(ruleMatches(rule, 'Can I get a refund for the lesson we missed last week?')).toBe(false);
  });
});

describe('a question about the policy, asked ahead, is not the case itself (round 27 dev)', () => {
  it.each([
    'Whats your refund policy if we need to stop partway through a term? Not planning to, just want to know before I pay',
    "Do you put photos of the shows online? I'm fine with it, just want to know where to look.",
  ])('nothing has happened: %s', (message) => {
    expect(nothingHappened(message)).toBe(true);
    expect(detectEscalation(message, ['If someone wants a refund for a whole term or more, pass it to a person.', 'photos of a child shared without consent'])).toBeUndefined();
  });

  it('a term already lost is still a case', () => {
    expect(nothingHappened('Poppy missed the whole summer term through illness. I just want to know, can I get a refund for the term?')).toBe(false);
  });
});

describe('a rule that is a list of short items, under a label (round 27 dev)', () => {
  it.each([
    ['safety -> burning smell, sparks, scorch marks, charger/cable getting hot, house tripping when charging -> Gareth ASAP', 'smell of burning plastic in the garage when the car is plugged in. i\'ve switched it off at the isolator switch. what do i do now'],
    ['SAFETY: swollen battery, smoke, phone getting very hot e.g. after a battery swap - hand over NOW', 'phone got so hot in my pocket i had to take it out, smells a bit funny too. u put a new battery in last week'],
  ])('each item is a way the rule is met: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it('the label is no alternative, and one item\'s word alone is not enough', () => {
    const rule = 'SAFETY: swollen battery, smoke, phone getting very hot e.g. after a battery swap - hand over NOW';
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('safeti');
    expect(ruleMatches(rule, 'Is it safe to charge my phone overnight?')).toBe(false);
    expect(ruleMatches(rule, 'How much is a new battery for an iPhone 12?')).toBe(false);
  });
});

describe('a scuff or a scratch left on something is damage (round 27 dev)', () => {
  it('"there\'s a big scuff on their oak floor where the photobooth was" meets "venue saying we damaged something"', () => {
    expect(ruleMatches('venue saying we damaged something', "The venue have emailed saying there's a big scuff on their oak floor where the photobooth was and they want to take it out of our deposit with them. What do we do?")).toBe(true);
    expect(ruleMatches('venue saying we damaged something', 'Does the venue need to know how big the photobooth is?')).toBe(false);
  });
});

describe('a day of the calendar is a date (round 27 dev)', () => {
  it.each([
    ['if someone says they\'re cancelling, postponing or changing the wedding date', "We're having to move the wedding from 14th June to sometime in the autumn because the venue double booked us. Could you let me know what Saturdays you have?"],
    ['any request to change arrival dates', 'We arrive on the 12th, three weeks away, is there any way we could move it to the 19th instead?'],
  ])('%s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it('a message with no day named still needs the word', () => {
    expect(ruleMatches('changing the wedding date', 'We have to change the wedding menu, is that ok?')).toBe(false);
  });
});

describe('a word of the business\'s name is no word the customer said (round 32 dev)', () => {
  // Round 27 read the words of the business's name as said in every message to it; on round 32's
  // wedding-car firm that left "car late" as "late" and "complaint about … one of the cars" as any complaint.
  const turn = (message: string, escalationRules: string[]) =>
    composeSupportTurn({
      system: '',
      messages: [{ role: 'user', content: message }],
      context: {
        kind: 'support', agentName: 'Holly', tone: 'friendly', businessContext: 'Lavender & Chrome Wedding Cars, classic wedding cars in Stockport.',
        businessRules: '', escalationRules, synonyms: [], articles: [], customerMessage: message,
      },
    });
  const handsOver = (message: string, rules: string[]) => 'toolCalls' in turn(message, rules);

  it.each([
    ['what if we run over the time? our photographer always runs late apparently', ['car late or not turned up on the day']],
    ['my cousin had a complaint with another company over hidden mileage charges - what do you charge per extra mile?', ['complaint about a driver or one of the cars']],
  ])('%s', (message, rules) => {
    expect(handsOver(message, rules)).toBe(false);
  });

  it('the rule is still met when the message says its words', () => {
    expect(handsOver('the bridal car is running late and the ceremony starts in ten minutes', ['car late or not turned up on the day'])).toBe(true);
  });
});

describe('a date moved (round 27 dev)', () => {
  it('"moved us from 14th June to 21st June" is a date moved', () => {
    expect(ruleMatches('if someone wants to reschedule', 'The venue moved us from 14th June to 21st June, can you still come?')).toBe(true);
    expect(ruleMatches('if someone wants to reschedule', 'We moved house last year, do you still cover Arnold?')).toBe(false);
  });
});
