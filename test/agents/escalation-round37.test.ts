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
});
