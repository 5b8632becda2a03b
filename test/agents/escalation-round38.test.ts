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
    expect(rules).toEqual(['anyone asking for their party deposit back', 'Requests to freeze or pause a membership', 'someone had a fall on the climbing frame']);
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

  // Forms no dev set writes yet, written for this test (round 38): the case, and who of the business takes it.
  it.each([
    ['Complaints about the walkers are for me to deal with, not you.', 'Complaints about the walkers'],
    ['Wholesale enquiries - Tom looks after those.', 'Wholesale enquiries'],
    ['Anyone asking about hiring the whole venue should be put in touch with Sarah.', 'Anyone asking about hiring the whole venue'],
    ['Press or TV enquiries: leave those to me.', 'Press or TV enquiries'],
    ["I'll take any questions about allergies myself.", 'any questions about allergies'],
    ['Refund requests are something I always deal with personally.', 'Refund requests'],
    ['Please flag anyone who says they were overcharged.', 'anyone who says they were overcharged'],
    ['Let a human deal with anything involving a dog bite.', 'anything involving a dog bite'],
    ['If the customer mentions a funeral, get one of us on the chat.', 'the customer mentions a funeral'],
    ['Anything about the planning application is one for Mike.', 'Anything about the planning application'],
    ["Don't get into discussions about insurance claims, those come to me.", 'insurance claims'],
    ['Leave anything about damaged stock for Jan to sort out.', 'anything about damaged stock'],
    ["If they're unhappy with a repair we've done, I'd like to talk to them.", "they're unhappy with a repair we've done"],
    ['Requests for a home visit — those are for me.', 'Requests for a home visit'],
    ['Any talk of a chargeback should be flagged to me immediately.', 'Any talk of a chargeback'],
    ['If someone wants a job with us, point them my way.', 'someone wants a job with us'],
    ['Questions on bespoke orders over £500 are mine to answer.', 'Questions on bespoke orders over £500'],
    ["Complaints about noise from the site - I'll ring them back myself.", 'Complaints about noise from the site'],
    ['People asking to bring more than two dogs - check with me first.', 'People asking to bring more than two dogs'],
  ])('"%s" hands over "%s"', (sentence, handed) => {
    expect(escalatingBusinessRules(`We open at 9.\n\n${sentence}\n\nParking is free.`)).toEqual([handed]);
  });

  it.each([
    'Parking is for customers only.', 'Deliveries go to the office.', 'The upstairs room is for private hire.', 'Spare keys - Tom keeps those in the safe.',
    'Allergies should be flagged when booking.', 'Leave wet kit in the drying room.', 'Please flag the price clearly in every answer.', 'Group bookings need a deposit.',
    'Refunds go back to the original card.', 'Dogs are welcome - check with the café first.', "If you're not sure, point them to the FAQ page.",
    'Returns - we refund those within 14 days.', 'Please leave reviews for us on Google.', 'Anything left behind goes to lost property at reception.',
  ])('"%s" hands nothing over', (sentence) => {
    expect(escalatingBusinessRules(`We open at 9.\n\n${sentence}\n\nParking is free.`)).toEqual([]);
  });

  it.each([
    ['I want to handle these myself: refunds, complaints about staff, and anything to do with weddings.', ['refunds', 'complaints about staff', 'anything to do with weddings']],
    ['The following always come to me: refunds, complaints, press enquiries.', ['refunds', 'complaints', 'press enquiries']],
    ['Please hand over: refunds; complaints about staff; wedding enquiries.', ['refunds', 'complaints about staff', 'wedding enquiries']],
    ['A few things need a human: refunds over £50, lost property and any injury.', ['refunds over £50', 'lost property', 'any injury']],
    ["Refunds and complaints are Sarah's department.", ['Refunds and complaints']],
    ['Injuries, complaints and refunds: straight to me please.', ['Injuries, complaints and refunds']],
    ['Send me anything about refunds, complaints or weddings.', ['anything about refunds, complaints or weddings']],
  ])('an intro and its list in one sentence: "%s"', (sentence, handed) => {
    expect(escalatingBusinessRules(`We open at 9.\n\n${sentence}\n\nParking is free.`)).toEqual(handed);
  });

  it('an intro before a case told in a sentence of its own is no list', () => {
    expect(escalatingBusinessRules('A couple of things I want to deal with myself: if a shop wants to stock our jam, bring me in rather than quoting them anything.')).toEqual(['a shop wants to stock our jam']);
    for (const sentence of ['Opening hours: 9 to 5, Monday to Friday.', 'Contact me: phone 01632 960000.', 'Prices: adults £8, kids £5.', 'Send me a text when you arrive.']) {
      expect(escalatingBusinessRules(`We open at 9.\n\n${sentence}`), sentence).toEqual([]);
    }
  });

  // Situations told by what happens, not by the rule's words (written for this test, round 38).
  it.each([
    ['job enquiries', 'Are you looking for any new guides this summer? I have 5 years experience', "Do your guides know the area well? It's our first visit"],
    ['charity or fundraising requests', 'Would you donate a voucher for our school raffle?', 'Can I buy a gift voucher for my mum?'],
    ['bad reviews threat', "If this isn't sorted I'm putting it all over TripAdvisor", 'Where can I read your reviews before booking?'],
    ['press/media', 'Hi, I write for the Yorkshire Post and would love to do a feature on you', 'Do you do a feature wall in the party room?'],
  ])('a rule "%s" meets "%s", not "%s"', (rule, told, calm) => {
    expect(ruleMatches(rule, told)).toBe(true);
    expect(ruleMatches(rule, calm)).toBe(false);
  });
});
