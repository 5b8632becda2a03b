/**
 * Escalation rules that count (issue 13, round 23): a rule that is a count alone ("Enquiries for
 * more than 250 guests"), counts in hundreds told in words, a compound or a kind of the counted
 * thing ("fifty goldfish", "40 cardinal tetras" against "more than 30 fish"), and a rule's reason
 * tail (", so I can check …", "needs to talk to me first"), which is no part of the situation.
 */
import { describe, expect, it } from 'vitest';
import { ruleMatches } from '../../src/agents/escalation.ts';
import { ruleDeclines } from '../../src/agents/escalation-rules.ts';

const FISH = 'Anyone wanting more than 30 fish in one order needs to talk to me first, so I can check what is out of quarantine.';

describe('rules that count (round 23)', () => {
  it.each([
    ['Enquiries for more than 250 guests', "It's a big Punjabi wedding and we're expecting roughly 320 people for the reception. Could you do a structure that size?"],
    ['Enquiries for more than 250 guests', 'We would like a covered area big enough to seat around three hundred people for the evening ceilidh.'],
    ['Enquiries for more than 250 guests', 'two hundred and sixty guests are coming, can you cope?'],
    [FISH, "I'm restocking my pond after the heron helped himself. I'd like roughly fifty goldfish and shubunkins, collected all at once."],
    [FISH, 'I want to stock a new tank in one go: about 40 cardinal tetras, 12 rummynose and a few otos.'],
  ])('%s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    ['Enquiries for more than 250 guests', "we're expecting about 120 guests, what size marquee would we need?"],
    ['Enquiries for more than 250 guests', 'a hundred and fifty guests, is that fine?'],
    [FISH, 'Could I get 10 neon tetras please?'],
    [FISH, 'Is anything out of quarantine yet? I am after some tetras.'],
  ])('under the count, or no count: %s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });

  it('a count under a counting rule says only that the rule is not met, while a refund under its amount declines', () => {
    const dead = 'Bought 6 neon tetras from you on Saturday and this morning three of them were floating at the top.';
    expect(ruleDeclines(FISH, dead)).toBe(false);
    expect(ruleDeclines('Refund requests over £150', 'I would like a refund of £60 for the cancelled jab please')).toBe(true);
  });

  const COTTAGES = 'Anyone wanting more than one cottage at once (weddings, big family parties, groups) goes to Tom';

  it('reads "more than one cottage" as a count: a holiday-cottage business is not handed over for saying "cottage"', () => {
    expect(ruleMatches(COTTAGES, 'what time can we get into the cottage on saturday')).toBe(false);
    expect(ruleMatches(COTTAGES, 'Who owns the cottages?')).toBe(false);
    expect(ruleMatches(COTTAGES, 'We are a wedding party and want to book all five cottages for the same week')).toBe(true);
    expect(ruleMatches(COTTAGES, 'Can we have two cottages next to each other for our family?')).toBe(true);
  });

  it('hands over a count of things only when the message asks for them', () => {
    expect(ruleMatches(COTTAGES, 'Is the Wi-Fi password the same in all five cottages?')).toBe(false);
    expect(ruleMatches('Bookings for more than 3 dogs at one address', "We've got five spaniels up at the farm, would you be able to do all of them in one visit?")).toBe(true);
  });

  it('reads coming off a bike or a horse as a crash', () => {
    const rule = 'crash or injury after one of my repairs';
    expect(ruleMatches(rule, "my son came off his bike on the way to school, the back wheel you trued on saturday just folded. what are you going to do about it")).toBe(true);
    expect(ruleMatches(rule, 'can you teach my son to ride so he stops coming off his bike?')).toBe(false);
  });

  it('reads a whole number in words as the condition ("more than two hundred guests" is 200, not 2 of a "hundred")', () => {
    const rule = 'Enquiries for more than two hundred guests';
    expect(ruleMatches(rule, 'we are expecting about 250 guests, can you do it?')).toBe(true);
    expect(ruleMatches(rule, 'we are 150 guests, can you do it?')).toBe(false);
    expect(ruleMatches('bookings of more than twenty-five people', 'we are 30 people')).toBe(true);
    expect(ruleMatches('bookings of more than twenty-five people', 'we are 20 people')).toBe(false);
  });
});
