import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { ruleMatches } from '../../src/agents/escalation-rules.ts';

// Business rules in the forms the round-37 dev owners typed them: a gliding club.
describe('hand-overs in business-rules prose (round 37 dev)', () => {
  it('a list under "Send these to the duty instructor, don\'t try to handle them in chat:" is its cases', () => {
    expect(handOverIntro("Send these to the duty instructor, don't try to handle them in chat:")).toBe(true);
    expect(handOverIntro('Pass these to the head groundsman:')).toBe(true);
    const rules = escalatingBusinessRules(
      "Trial flights are £95.\n\nSend these to the duty instructor, don't try to handle them in chat:\n- anyone asking to fly with a heart condition\n- damage to a car in the car park",
    );
    expect(rules).toEqual(['anyone asking to fly with a heart condition', 'damage to a car in the car park']);
  });

  it('a line sending goods somewhere is no hand-over', () => {
    expect(handOverIntro('Send parcels to the Republic of Ireland:')).toBe(false);
    expect(handOverIntro('We send to these countries:')).toBe(false);
  });

  it('"… and asking if we can make an exception" keeps the favour asked as part of the case', () => {
    const rule = 'over the weight or height limit and asking if we can make an exception';
    expect(ruleMatches(rule, "What's the weight limit for the trial flight? I'm about 95kg with clothes on")).toBe(false);
    expect(ruleMatches(rule, "I'm 120kg, a bit over your weight limit - could you make an exception just this once?")).toBe(true);
  });

  it('after "a few things I want to deal with personally." each sentence of the paragraph is a case, up to what the owner does', () => {
    const rules = escalatingBusinessRules(
      'We restore clocks of every kind.\n\n' +
        'Now, a few things I want to deal with personally. Valuations for insurance or probate - I do every one of these myself, so please don\'t guess. ' +
        'People wanting to sell us a clock; that\'s a conversation for me. If a quote comes out at more than £500 I\'d rather go through it with them myself. ' +
        'We do those at cost and I like to ring people back the same day.',
    );
    expect(rules).toEqual(['Valuations for insurance or probate', 'People wanting to sell us a clock', 'a quote comes out at more than £500']);
  });
});
