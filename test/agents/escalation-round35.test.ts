import { describe, expect, it } from 'vitest';
import { effectiveEscalationRules, escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

// Business rules and escalation rules as the round-35 dev owners typed them: a sail loft, a magic
// and joke shop, a glassblowing studio, a stained glass studio.
describe('hand-overs in business-rules prose (round 35 dev)', () => {
  it('"put them straight through to me" and "hand that to me" hand over', () => {
    const rules = escalatingBusinessRules(
      'And if anyone wants money back or is arguing about a bill, put them straight through to me please.\n' +
        'Anyone wanting to do a photo shoot or filming in the studio, hand that to me.',
    );
    expect(rules).toEqual(['anyone wants money back or is arguing about a bill', 'Anyone wanting to do a photo shoot or filming in the studio']);
  });

  it('"… so that\'s one for Sue" and "If …, I want to hear about it personally" hand the case over', () => {
    const rules = escalatingBusinessRules(
      "Measuring up and pricing any made-to-measure canvas is Sue's job though, so that's one for Sue.\n" +
        "If a sail we've made or repaired has let go out on the water, I want to hear about it personally.",
    );
    expect(rules).toEqual(['Measuring up and pricing any made-to-measure canvas', "a sail we've made or repaired has let go out on the water"]);
  });

  it('a fact about who does what is no hand-over', () => {
    expect(escalatingBusinessRules("Kez does the fitting, that's one for the diary.\nJo runs the gallery, she's usually in Thu-Sun.")).toEqual([]);
  });

  it('"send them my way" hands over; "we send sails your way" does not', () => {
    expect(escalatingBusinessRules('Trade enquiries, send them my way.')).toEqual(['Trade enquiries']);
    expect(escalatingBusinessRules('We send repaired sails your way by courier.')).toEqual([]);
  });
});

describe('a list under a heading that keeps the cases from the chat (round 35 dev)', () => {
  const rules =
    'Shop open Mon-Sat 10-5.30.\n\n' +
    'THINGS TO SEND MY WAY (DAWN) - DONT TRY AND SORT THESE IN THE CHAT:\n' +
    '- anyone unhappy with a magician we sent (late, didnt turn up, behaviour etc)\n' +
    '- cancelling a party less than 2 wks before or asking for the deposit back\n' +
    "- grown up bookings - weddings, stag & hen dos, work parties. Marv's diary is mine";

  it('"THINGS TO SEND MY WAY - DONT TRY AND SORT THESE IN THE CHAT:" introduces the list', () => {
    expect(handOverIntro('THINGS TO SEND MY WAY (DAWN) - DONT TRY AND SORT THESE IN THE CHAT:')).toBe(true);
    expect(handOverIntro("Don't try and sort these in the chat:")).toBe(true);
    expect(effectiveEscalationRules({ escalationRules: [], businessRules: rules })).toHaveLength(3);
  });

  it('"stag & hen dos" are a stag do and a hen do, and "Marv\'s diary is mine" is no part of the case', () => {
    const rule = "grown up bookings - weddings, stag & hen dos, work parties. Marv's diary is mine";
    expect([...parseRule(rule).terms].some((t) => t.startsWith('diar'))).toBe(true);
    expect(parseRule(rule).alternatives.some((a) => a.required.some((t) => t.startsWith('diar')) || a.partial.some((t) => t.startsWith('diar')))).toBe(false);
    expect(ruleMatches(rule, "Stag do in Margate in May, 12 of us, fancy a comedy magic act for an hour in the pub before we go out. What's the damage?")).toBe(true);
    expect(ruleMatches(rule, 'is there a hen discount on the joke packs?')).toBe(false);
  });
});

describe('rule reading (round 35 dev)', () => {
  it('"wants money back or is arguing about a bill": two cases, the bill not shared with the money back', () => {
    const rule = 'anyone wants money back or is arguing about a bill';
    expect(ruleMatches(rule, "Not happy with the cover you made, doesn't fit the boom properly. I want my money back.")).toBe(true);
    expect(ruleMatches(rule, 'I think the bill is wrong and I am arguing it')).toBe(true);
  });

  it('a notice period ("less than 2 wks before") is met by when the customer says the date is', () => {
    const rule = 'cancelling a party less than 2 wks before or asking for the deposit back';
    expect(parseRule(rule).threshold).toEqual({ op: 'lt', value: 14, unit: 'days' });
    expect(ruleMatches(rule, 'we booked kev for this sat but need to cancel sorry')).toBe(true);
    expect(ruleMatches(rule, 'we need to cancel the party, it is in 5 weeks')).toBe(false);
    expect(ruleMatches(rule, 'we need to cancel the party')).toBe(false);
    const notice = "cancellations with less than 24 hours' notice";
    expect(ruleMatches(notice, "I need to cancel tomorrow's appointment, sorry")).toBe(true);
    expect(ruleMatches(notice, 'can I cancel my appointment next Saturday?')).toBe(false);
    // How long they have had something is no date ahead.
    expect(ruleMatches('cancelling less than 7 days before', "I've only had it 2 days and want to cancel")).toBe(false);
    expect(ruleMatches('cancelling less than 7 days before', 'want to cancel, the class is in 2 days')).toBe(true);
  });

  it('a time that is no threshold keeps its words ("died within the 7 day guarantee")', () => {
    const rule = 'Fish/shrimp/corals died within the 7 day guarantee and they want a refund or replacement';
    expect(parseRule(rule).threshold).toBeUndefined();
    expect(ruleMatches(rule, 'the 5 cherry shrimp i got friday have all gone, found the last one dead this morning. bit gutted tbh, is there anything you can do')).toBe(true);
  });

  it('the things a harm comes from, in brackets after "something bought here", are no cases of their own', () => {
    const rule = 'any injury, rash or reaction from something bought here (itching powder, fake blood, face paints)';
    expect(ruleMatches(rule, "Does the fake blood wash out? Don't want to wreck the carpet at the halloween party lol")).toBe(false);
  });

  it('"want to pull out" and "can\'t do the party … anymore" cancel', () => {
    expect(ruleMatches('Anyone wanting to cancel', 'changed our minds about the fanlight, want to pull out')).toBe(true);
    expect(ruleMatches('Anyone wanting to cancel', "We can't do the party next Saturday anymore, my mum's been taken into hospital")).toBe(true);
    expect(ruleMatches('Anyone wanting to cancel', 'Can I pull out the drawer to clean it?')).toBe(false);
  });
});

describe('the round-35 dev answer pair: a forge and a veg box round', () => {
  it('"bring me in rather than quoting them", after "A couple of things I want to deal with myself:", and the case told after it', () => {
    const rules = escalatingBusinessRules(
      'A couple of things I want to deal with myself: if a shop, garden centre or anyone else wants to stock our stuff or asks about trade or wholesale prices, bring me in rather than quoting them anything. ' +
        "And if a customer says they've gone to their bank or card company to dispute a payment or get money clawed back, hand that straight over to me, don't try and sort it out yourself.",
    );
    expect(rules).toEqual([
      "a customer says they've gone to their bank or card company to dispute a payment or get money clawed back",
      'a shop, garden centre or anyone else wants to stock our stuff or asks about trade or wholesale prices',
    ]);
    expect(ruleMatches(rules[1]!, 'Hi, I run a little gift shop in Ludlow and would love to sell your hooks and fire baskets - what sort of price would you do if I took 20 or so?')).toBe(true);
    expect(ruleMatches(rules[1]!, 'do I have to pay the whole lot upfront for a gate?')).toBe(false);
  });

  it('a told case keeps a hand-over verb that is its own ("anyone wanting to transfer their booking")', () => {
    const rules = escalatingBusinessRules("There are some conversations I always want to have myself. That's anyone wanting to transfer their booking to someone else.");
    expect(rules).toEqual(['anyone wanting to transfer their booking to someone else']);
  });

  it('"get a human on it", "I want to look at it personally" and "Complaints about … - … - come to me too" hand over', () => {
    const rules = escalatingBusinessRules(
      'Anyone who says they\'ve had an allergic reaction or been poorly after eating something from us, get a human on it straight away.\n' +
        "If someone thinks they've been charged wrongly (twice, or while their box was paused, that kind of thing) I want to look at it personally, so tell them a person will pick it up.\n" +
        "Complaints about our drivers - being rude, damage to someone's property, blocking a drive - come to me too.",
    );
    expect(rules).toHaveLength(3);
    expect(rules[0]).toBe("Anyone who says they've had an allergic reaction or been poorly after eating something from us");
    expect(ruleMatches(rules[0]!, 'I think the veg made me poorly, I was sick all night after eating it')).toBe(true);
    expect(ruleMatches(rules[1]!, "You've charged me wrongly this week, what's going on?")).toBe(true);
  });
});

describe('situations told by their own words (round 35 dev)', () => {
  const rule = "someone's pregnant or has a health condition and asks about doing a have-a-go";

  it('a health condition is told by the condition ("I have epilepsy"), not by "fit and healthy"', () => {
    expect(ruleMatches(rule, 'I have epilepsy, would the heat and the brightness of the furnace be a problem if I booked a slot?')).toBe(true);
    expect(ruleMatches(rule, "I'm 5 months pregnant - is it ok for me to do the hour session with my partner?")).toBe(true);
    expect(ruleMatches(rule, "I'm fit and healthy, any age limit?")).toBe(false);
    expect(ruleMatches(rule, 'what are your health and safety rules?')).toBe(false);
  });
});
