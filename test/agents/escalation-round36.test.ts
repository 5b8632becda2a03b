import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';
import { detectEscalation } from '../../src/agents/escalation.ts';

// Business rules and escalation rules in the forms the round-36 dev owners typed them: a memorial
// mason, a bonsai nursery, a borehole driller, a calligraphy studio, a mobile vet.
describe('hand-overs in business-rules prose (round 36 dev)', () => {
  it('"just tell them I\'ll ring them" and "I\'ll ring them personally" hand the case over', () => {
    const rules = escalatingBusinessRules(
      "If a hedge we planted has died within the first year, don't try to explain it, just tell them I'll ring them.\n" +
        "If the order is for a funeral, please don't go through the price list - just say how sorry we are and that I'll call them personally.",
    );
    expect(rules).toEqual(['a hedge we planted has died within the first year', 'the order is for a funeral']);
  });

  it('"I want that one", "… straight to me" and "that\'s me too" keep the case for the owner', () => {
    const rules = escalatingBusinessRules(
      'If a pond we dug has started leaking, I want that one, I need the plans out first.\n' +
        'Also if anyones saying our van damaged their verge straight to me.\n' +
        "Builders, architects or developers asking about bulk prices, that's me too.",
    );
    expect(rules).toEqual(['a pond we dug has started leaking', 'anyones saying our van damaged their verge', 'Builders, architects or developers asking about bulk prices']);
  });

  it('"I\'d like to sort that out myself", "pass that on to me" and "thats Karen in the office" hand over', () => {
    const rules = escalatingBusinessRules(
      "If a school asks us to come and do an assembly, I'd like to sort that out myself.\n" +
        'If anyone wants to sell us their old tools, pass that on to me - every lot is different.\n' +
        'if anyones disputing a bill, thats Karen in the office, dont promise anything.',
    );
    expect(rules).toEqual(['a school asks us to come and do an assembly', 'anyone wants to sell us their old tools', 'anyones disputing a bill']);
  });

  it('facts that look like those forms hand nothing over', () => {
    expect(escalatingBusinessRules("If you need a bigger size, we have those in the shop.\nFamily run since 1962, that's us!\nIf you're coming by car, turn right to Main Street.")).toEqual([]);
  });

  it('"Put them onto Gary if …" hands over, and why after a dash is no part of the case', () => {
    expect(escalatingBusinessRules('Put them onto Gary if the boiler has no pressure at all - thats a callout and he rings them same day.')).toEqual([
      'the boiler has no pressure at all',
    ]);
    expect(escalatingBusinessRules('Put them onto the waiting list if the course is full.')).toEqual([]);
  });

  it('"Stuff I want to handle myself - anything about …": the case after the dash', () => {
    expect(escalatingBusinessRules('Stuff I want to handle myself - anything about quotes for farms, campsites or golf courses. Domestic ballparks are fine.')).toEqual([
      'quotes for farms, campsites or golf courses',
    ]);
  });

  it('a line that ends in a colon introduces what follows and is no case itself', () => {
    expect(escalatingBusinessRules('Bits to pass on that are not in the main rules:\nif someones pet has died at home, pass to a person.')).toEqual([
      'someones pet has died at home',
    ]);
  });

  it('a list under "STUFF FOR ME NOT THE BOT:" is the owner\'s hand-overs', () => {
    const rules = escalatingBusinessRules('Studio open Tue-Sat.\n\nSTUFF FOR ME NOT THE BOT:\n- rush jobs\n- anyone wanting to cancel after paying the deposit\n');
    expect(rules).toEqual(['rush jobs', 'anyone wanting to cancel after paying the deposit']);
  });
});

describe('reading escalation rules (round 36 dev)', () => {
  it('a second question after the same preposition shares what comes before it', () => {
    const rule = 'family disagreements about who owns the grave / who gets a say on the stone';
    expect(ruleMatches(rule, 'Do you make small memorial stones for pets? Our old dog is buried in the garden')).toBe(false);
    expect(ruleMatches(rule, 'There is a family disagreement over what goes on the stone, my brother wants the final say')).toBe(true);
  });

  it('"sell us" is the customer selling, not what the business sells', () => {
    const rule = 'anyone wants to sell us trees';
    expect(ruleMatches(rule, 'I have a few old trees I want to sell, would you buy them?')).toBe(true);
    expect(ruleMatches(rule, 'do you sell grow lights for indoor trees? my flat is quite dark')).toBe(false);
    expect(ruleMatches(rule, 'I want to order a tree as a present, will it arrive before Christmas?')).toBe(false);
  });

  it('"after we\'ve started cutting or lettering the stone" is one time, not a case of its own', () => {
    const rule = "anyone wants to cancel an order after we've started cutting or lettering the stone";
    expect(ruleMatches(rule, "We want a verse on Mum's stone, so it'll be well over the included lettering. What does each extra letter cost?")).toBe(false);
  });

  it('"kerbs and chippings" is gravel, not a chipped kerb', () => {
    const rule = 'if someone says we damaged their grave when fixing (chipped kerbs, broken vases)';
    expect(ruleMatches(rule, 'whats the price for a full grave set with kerbs and chippings in black')).toBe(false);
    expect(ruleMatches(rule, 'your fitters left the kerbs chipped on my dads grave')).toBe(true);
  });

  it('"gone brown/cloudy/smelly": each state said of the same thing', () => {
    const rule = 'the water has suddenly gone brown/cloudy/smelly';
    expect(ruleMatches(rule, "Water's gone really cloudy, almost milky, since yesterday")).toBe(true);
    expect(ruleMatches(rule, 'is the cloudy glass in the bathroom window extra?')).toBe(false);
  });

  it('a story of something changed before "is it safe?" is no hypothetical question', () => {
    const rule = 'the water has gone brown';
    expect(ruleMatches(rule, 'water from the taps has gone a brownish colour since the storms and smells a bit eggy. is it safe to drink??')).toBe(true);
  });

  it('a heading over a list: each item its own situation, a bracket after "something" says what it is', () => {
    const rule = 'EMERGENCIES - collapsed, struggling to breathe, fitting/seizure, bleeding that wont stop, ate something poisonous (chocolate, rat bait). Hand over straight away';
    expect(ruleMatches(rule, 'my lab has just eaten half a bar of dark chocolate, what do i do')).toBe(true);
    expect(ruleMatches(rule, 'our old boy is struggling to breathe this morning')).toBe(true);
    // One word alone ("fitting") is no situation: it is also a harness fitted.
    expect(ruleMatches(rule, 'does the harness fit a small dog?')).toBe(false);
    expect(ruleMatches(rule, 'how much is the blood test?')).toBe(false);
    expect(parseRule(rule).alternatives.length).toBeGreaterThan(3);
  });

  it('a rule read from the owner\'s prose hands the message over', () => {
    const rules = escalatingBusinessRules("If someone's tree has died while it was with us on holiday care, don't try to explain it, just tell them I'll ring them.");
    expect(detectEscalation('Picked up my maple after two weeks of your holiday care and it has died, the leaves are all brown', rules)).toBeDefined();
  });
});
