import { describe, expect, it } from 'vitest';
import { handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

// Round 42 (dev): forms from the round-42 dev escalation set (husky treks, via ferrata, caving,
// jet-ski hire), written blind by a helper who read no code.

describe('a list intro said in several clauses (round 42 dev)', () => {
  const INTRO = "Right, there are a few things Kirsi and I would much rather handle ourselves, so if any of these come up just pass the person over to one of us and don't try to answer them:";
  it('reads it when one clause is an intro and the others only say a list is coming', () => {
    expect(handOverIntro(INTRO)).toBe(true);
    expect(handOverIntro('There are a few things we would much rather handle ourselves, so just pass them over to one of us:')).toBe(true);
  });
  it('reads no intro from clauses that hand nothing over', () => {
    for (const line of ['Things to bring, and don\'t forget your boots:', 'Prices, so you know what to expect:', 'A few things about parking, and please tell customers:', 'A few things about the dogs, so pass this on to customers:', 'Things we handle for you, so you don\'t have to:']) {
      expect(handOverIntro(line), line).toBe(false);
    }
  });
});

describe('who asks, and how the case comes, are no part of the case (round 42 dev)', () => {
  it('drops "interested in", "using" and "along"', () => {
    expect(ruleMatches('anyone interested in the overnight wilderness cabin trek', 'Is the overnight cabin trek running in March?')).toBe(true);
    expect(ruleMatches('anyone asking to bring their own dog along', 'Can we bring our dog?')).toBe(true);
    expect(ruleMatches('anyone interested in the overnight wilderness cabin trek', 'Are you interested in feedback on the website?')).toBe(false);
  });
  it('reads "bookings for anyone using a wheelchair or with limited mobility" as two cases', () => {
    const rule = 'bookings for anyone using a wheelchair or with limited mobility';
    expect(parseRule(rule).alternatives.map((a) => [...a.required, ...a.partial].sort())).toEqual([['wheelchair'], ['limit', 'mobil']]);
    expect(ruleMatches(rule, 'My dad uses a wheelchair, is there any way he could get out on a sled with us?')).toBe(true);
    expect(ruleMatches(rule, 'Is the car park near the start?')).toBe(false);
  });
});

describe('items of a list that end "or any other …" are kinds of the last (round 42 dev)', () => {
  const RULE = 'someone tells us about a heart condition, epilepsy, a pregnancy or any other serious medical condition';
  it('is met by any health condition told', () => {
    for (const message of ["I have epilepsy but it's well controlled, I haven't had a seizure in two years. Can I come?", 'My husband has a pacemaker fitted, can he still do the beginner day?', 'I had a heart attack 18 months ago but am fit now, would I be OK on route B?']) {
      expect(ruleMatches(RULE, message), message).toBe(true);
    }
  });
  it('is not met by a question that tells no condition', () => {
    expect(ruleMatches(RULE, 'Is route B hard?')).toBe(false);
    expect(ruleMatches(RULE, 'Do I need to be seriously fit for route C?')).toBe(false);
  });
});

describe('working for us is a job, however the customer asks (round 42 dev)', () => {
  it('is met by asking for work, and not by anything that works', () => {
    const rule = 'Anyone asking about working for us';
    for (const message of ['Are you taking anyone on for the summer? I have my powerboat level 2', 'Are you hiring?', 'How would I go about becoming an instructor with you?']) {
      expect(ruleMatches(rule, message), message).toBe(true);
    }
    for (const message of ['Is the safari working today?', 'How long have you been working here?', 'Is the card machine working?']) {
      expect(ruleMatches(rule, message), message).toBe(false);
    }
  });
});

describe('a person got onto a case (round 42 dev)', () => {
  it('reads "get a person onto it" as a hand-over', async () => {
    const { escalatingBusinessRules } = await import('../../src/agents/business-rules-handovers.ts');
    expect(escalatingBusinessRules("Be friendly.\n\nIf someone's lost something valuable, get a person onto it.\n\nUse British spelling.")).toEqual(["someone's lost something valuable"]);
  });
});

describe('hiring a boat is a charter (round 42 dev)', () => {
  it('is met by hire where the rule says charter', () => {
    expect(ruleMatches('private charters', 'Can we hire a private boat for the afternoon?')).toBe(true);
  });
});

describe('a charge disputed, a thing dropped somewhere, staff needed: told in the customer\'s words (round 42 dev)', () => {
  it('meets a payment dispute by money taken twice, a wrong total, or a charge not as quoted', () => {
    const rule = 'Payment or invoice disputes';
    for (const message of ["You've taken the money for Saturday out of my account twice", 'The invoice for our club has the wrong total on it, we agreed £40 a head not £55', 'I was charged £180 but the website said £150 for two people when I booked']) {
      expect(ruleMatches(rule, message), message).toBe(true);
    }
    for (const message of ['How do I pay the invoice?', 'You took us out twice last summer, can we book again?', 'Is the total £40 a head?']) {
      expect(ruleMatches(rule, message), message).toBe(false);
    }
  });
  it('meets a loss by a thing dropped somewhere, not by a thing dropped and broken', () => {
    const rule = 'someone says they have lost something in a cave';
    expect(ruleMatches(rule, 'I think I dropped my car keys somewhere in the cave on Sunday')).toBe(true);
    expect(ruleMatches(rule, 'I dropped my phone in the cave and cracked the screen, is that covered?')).toBe(false);
  });
  it('meets a job asked for by "do you need any more guides", not by a trip that needs more people', () => {
    const rule = 'Anyone asking about working for us';
    expect(ruleMatches(rule, 'Hi, do you need any more guides this season? Would love to work on the water')).toBe(true);
    expect(ruleMatches(rule, 'Do you need more people to run the trip on Sunday?')).toBe(false);
  });
});

describe('a case a person must arrange (round 42 dev)', () => {
  it('reads "… must be arranged by a person, not the assistant"', async () => {
    const { escalatingBusinessRules } = await import('../../src/agents/business-rules-handovers.ts');
    const read = (s: string) => escalatingBusinessRules(`Be friendly.\n\n${s}\n\nUse British spelling.`);
    expect(read('Birthday parties for children under 16 must be arranged by a person, not the assistant, because we need a named adult and consent forms.')).toEqual(['Birthday parties for children']);
    expect(read('Payment must be made by a person over 18.')).toEqual([]);
    expect(read('Refunds must be approved by the bank first.')).toEqual([]);
  });
});

describe('one of our dogs is what is bought (round 42 dev)', () => {
  const RULE = 'anyone wanting to adopt, rehome or buy one of our dogs';
  it('is met by a dog asked for, for sale or to give a home', () => {
    for (const message of ['Can I buy one of your dogs?', 'Are any of your dogs ever for sale? My kids have fallen in love with Loki', "What happens to the huskies when they get too old to run? We'd love to give one a home"]) {
      expect(ruleMatches(RULE, message), message).toBe(true);
    }
  });
  it('is not met by anything else bought', () => {
    for (const message of ['Can I buy a gift voucher?', 'Where can I buy a hat?', 'Do you give the dogs a home for life?']) {
      expect(ruleMatches(RULE, message), message).toBe(false);
    }
  });
});
