import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { ruleMatches } from '../../src/agents/escalation-rules.ts';

// Business rules in the forms the round-38 dev owners typed them: a swimming lake, a puppet theatre,
// a shearing contractor (made-up businesses like them, not the eval's own text).
describe('hand-overs in business-rules prose (round 38 dev)', () => {
  it('"tickets are non-transferable" is no hand-over, and no question about tickets is handed over for it', () => {
    const businessRules = "Day tickets are £12; they're non-transferable. Gift cards never expire.";
    expect(escalatingBusinessRules(businessRules)).toEqual([]);
    expect(detectEscalation('How much is a day ticket?', escalatingBusinessRules(businessRules))).toBeUndefined();
  });

  it('what the agent is not to do, and whose call it is, are no part of the case', () => {
    const rules = escalatingBusinessRules(
      "Parties are £200. Please don't try to deal with anyone asking for their party deposit back - just pass it on to me. " +
        "Requests to freeze or pause a membership are Jo's call, so don't try to handle those - just pass it on. " +
        "If someone had a fall on the climbing frame - I'd rather speak to them myself, so hand them over.",
    );
    expect(rules).toEqual(['anyone asking for their party deposit back', 'Requests to freeze or pause a membership', 'If someone had a fall on the climbing frame']);
    expect(ruleMatches(rules[0]!, 'party cancelled, the kids have all got chicken pox, want the deposit back pls')).toBe(true);
    // The owner's "call" is not a word a customer's "can you call me" meets.
    expect(ruleMatches(rules[1]!, 'Can you call me about the opening times?')).toBe(false);
  });

  it('a list under "Things that come to me (Gareth), not you - I\'ll ring them back myself:" is its cases', () => {
    expect(handOverIntro("Things that come to me (Gareth), not you - I'll ring them back myself:")).toBe(true);
    expect(handOverIntro('Stuff that goes to us, not the bot:')).toBe(true);
    expect(handOverIntro('Things that come with every booking:')).toBe(false);
    const rules = escalatingBusinessRules(
      "We shear from May.\n\nThings that come to me (Gareth), not you - I'll ring them back myself:\n- any sheep badly cut or dead after we've been\n- anyone arguing the invoice",
    );
    expect(rules).toEqual(["any sheep badly cut or dead after we've been", 'anyone arguing the invoice']);
  });

  it('a ewe or a tup is a sheep, and how badly is no word a message must say', () => {
    const rule = "any sheep badly cut or dead after we've been";
    expect(ruleMatches(rule, 'had a ewe dead in the field two days after you sheared')).toBe(true);
    expect(ruleMatches(rule, 'one of the ewes has a deep cut on her leg since Tuesday')).toBe(true);
    expect(ruleMatches(rule, 'How much per ewe for a flock of 80?')).toBe(false);
  });

  it('a list under an intro in the owner\'s own words is its cases: who of the business takes them, or that the agent is not to', () => {
    for (const intro of [
      'Stuff I need to see:', 'Sue handles these:', "Dave's department:", 'Things that need a real person:', 'Not for the bot:',
      "Don't answer these, flag them:", 'Ones to flag:', 'Times to pass it on:', 'Matters for the manager:', 'I need to hear about:',
      "I'll deal with these myself:", 'These go to the office:', '**Stuff that needs a human (i.e. me, Dev, or whoever\'s on):**',
    ]) expect(handOverIntro(intro.replace(/\*\*/g, '')), intro).toBe(true);
    for (const intro of [
      'Send us these documents:', 'Ring us on:', 'Things to know:', 'Things we handle for you:', 'Stuff we need from you:', 'Our team:', 'What to bring:',
    ]) expect(handOverIntro(intro), intro).toBe(false);
  });

  it("an item's case is its first sentence, without the owner's word on it after a dash", () => {
    const rules = escalatingBusinessRules(
      'Open daily.\n\n**Stuff that needs a human (i.e. me or Dev):**\n' +
        '- Parents booking a party where a child has a serious allergy. We do our best but that is one for the kitchen manager.\n' +
        '- Anyone wanting the whole course to themselves — those need a proper quote.',
    );
    expect(rules).toEqual(['Parents booking a party where a child has a serious allergy', 'Anyone wanting the whole course to themselves']);
  });
});
