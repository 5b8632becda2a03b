import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { ruleMatches } from '../../src/agents/escalation-rules.ts';

// Business rules in the forms the round-39 dev owners typed them (a fencing club, caving trips, a
// mobile sauna), written here for made-up businesses like them, not copied from the eval's text.
describe('one-sentence hand-overs told in clauses (round 39 dev)', () => {
  // Each sentence, and the case read from it: the case and who of the business takes it, in clauses
  // in either order, with what the agent is not to do beside them.
  const SENTENCES: [string, string][] = [
    ['Should someone want money back for lessons or membership, that goes to Graham our treasurer.', 'someone want money back for lessons or membership'],
    ["Money troubles are something I deal with quietly myself: if someone says they can't afford the fees, get a person involved.", "someone says they can't afford the fees"],
    ["If someone tells you they're pregnant and asks whether they can use the hot tub, one of us needs to reply - the bot shouldn't be giving that kind of advice.", "someone tells you they're pregnant and asks whether they can use the hot tub"],
    ["If anybody tells you they've been hurt at the rink, even something that sounds minor like a bruise, I want to hear about it personally, so hand it over to me rather than answering.", "anybody tells you they've been hurt at the rink"],
    ['If a parent asks about safeguarding, one of us should answer.', 'a parent asks about safeguarding'],
    ['Where someone wants to cancel a course, that goes to the office.', 'someone wants to cancel a course'],
    ['When a school enquires about trips, one of us will need to reply.', 'a school enquires about trips'],
    ['If someone asks about pregnancy, a person needs to answer that, not you.', 'someone asks about pregnancy'],
    ['Any questions about dogs on the boat I\'ll answer myself.', 'Any questions about dogs on the boat'],
    ['Should there be a complaint about a guide, I\'d like to handle it myself.', 'a complaint about a guide'],
    ['Questions about our hardship fund are something I deal with quietly myself.', 'Questions about our hardship fund'],
    ["Anything to do with insurance claims, I'll need to see it.", 'Anything to do with insurance claims'],
    ['Should a customer ask for a refund, pass them to me.', 'a customer ask for a refund'],
    ['If a venue asks for an exception to that (illness, injury, family stuff), pass it to Jo - do not agree or refuse it yourself.', 'a venue asks for an exception to that (illness, injury, family stuff)'],
    ['Please don\'t try to referee complaints about how another member has behaved either - pass those on to a committee member.', 'complaints about how another member has behaved'],
    // A second list, written after the first was read: passive, "a chat with", "a conversation for me", sign-off.
    ['In the event of an accident on the water, one of the instructors must be told straight away.', 'an accident on the water'],
    ["Where a child has additional needs, I'd like to have a chat with the parents myself.", 'a child has additional needs'],
    ["If anyone asks to pay in instalments, that's a conversation for me, not you.", 'anyone asks to pay in instalments'],
    ['Any booking for more than 12 people, Sue has to approve it.', 'Any booking for more than 12 people'],
    ['Trade enquiries: Mark will answer those.', 'Trade enquiries'],
    ['Requests for a refund after the course has started need my sign-off, so pass them on.', 'Requests for a refund after the course has started'],
    ['Insurance claims are handled by Dave, so put them through to him.', 'Insurance claims'],
    ["Medical questions I can't have you answering - get me.", 'Medical questions'],
    ['If somebody asks whether we can do a wedding, Holly needs to reply to them.', 'somebody asks whether we can do a wedding'],
  ];
  it.each(SENTENCES)('"%s" hands over its case', (sentence, expected) => {
    expect(escalatingBusinessRules(`Be friendly and use British spelling. ${sentence}`)).toEqual([expected]);
  });

  // Facts and instructions that look like them: no one of the business takes anything.
  const LOOK_ALIKES = [
    'Refunds for fees are processed within 5 days.',
    'Should the weather turn, the instructor makes the call on the morning.',
    'Weddings are our favourite thing to do!',
    'Group bookings are something we love.',
    "Should you need to cancel, give us 48 hours' notice.",
    "Coaching is Graham's thing, he's brilliant.",
    "If someone asks about parking, tell them it's free after 6pm.",
    "Should anyone ask, we're dog friendly.",
    'Our referees are all qualified.',
    "If someone wants to know the price, it's £20 a session.",
    'Taster sessions are something we do every Saturday.',
    "For anything bigger just say I'll need to look at it and give a proper quote.",
    'We keep uncollected repairs 90 days then they go to the charity shop, so if someone is going away just let them know.',
    'And if someone just wants to talk to a real person, that is absolutely fine, let them.',
    'Please try to referee any disputes between players fairly.',
    'We take referrals from GPs and physios.',
    'In the event of bad weather, we\'ll text you the night before.',
    'Where a child is under 8, a parent must stay on site.',
    "If anyone asks to pay in cash, that's fine.",
    'Any booking for more than 12 people gets a 10% discount.',
    "Should a session be cancelled, we'll offer a full refund.",
    'Mark will be your instructor on most courses.',
    'When people ask about parking, they need to use the pay and display.',
    'Jo does the rota and the newsletter.',
  ];
  it.each(LOOK_ALIKES)('"%s" is no hand-over', (sentence) => {
    expect(escalatingBusinessRules(sentence)).toEqual([]);
  });

});

describe('who takes a case is no part of it (round 39 dev)', () => {
  it('a hand-over said as a list item\'s last clause, or who signs it off, is cut from the case', () => {
    const rules = escalatingBusinessRules(
      'Keep it short.\n\nHand over if:\n- anyone who came off a bike, even if they say they\'re fine - get me or Becky\n- group bookings over 15 (schools, clubs) - pass to me for a quote\n- lost phones or keys - Jess locks them in the safe so hand over\n\nRequests for a refund after the ride need my sign-off, so pass them on.',
    );
    expect(rules).toEqual([
      "anyone who came off a bike, even if they say they're fine",
      'group bookings over 15 (schools, clubs)',
      'lost phones or keys - Jess locks them in the safe',
      'Requests for a refund after the ride',
    ]);
  });
});

describe("an owner's list intro after how they start talking (round 39 dev)", () => {
  it('"Right - the bits I\'d rather deal with myself (…):" opens a list of cases', () => {
    expect(handOverIntro("Right - the bits I'd rather deal with myself (pass these to me or Sian, don't try and sort them in the chat):")).toBe(true);
    expect(handOverIntro('OK, stuff for me:')).toBe(true);
    expect(handOverIntro('Right - prices:')).toBe(false);
    const rules = escalatingBusinessRules(
      "Keep it short.\n\nRight - the bits I'd rather deal with myself (pass these to me or Sian):\n- anyone who got hurt on a trip\n- health stuff before a trip (asthma, heart etc) - I like to chat it through with them\n- complaints about a guide",
    );
    expect(rules).toEqual(['anyone who got hurt on a trip', 'health stuff before a trip (asthma, heart etc)', 'complaints about a guide']);
  });
});

describe('escalation rules read as the owner meant (round 39 dev)', () => {
  it('a problem word gates only its own part of the rule', () => {
    const rule = "someone tells you they're pregnant or has a heart condition or blood pressure issues";
    expect(ruleMatches(rule, "I'm 24 weeks pregnant and my friends want to hire one for my baby shower - would it be safe for me to go in?")).toBe(true);
    // The problem part still needs something wrong, not a calm question naming it.
    expect(ruleMatches(rule, 'Do you have blood pressure cuffs in the first aid kit?')).toBe(false);
    expect(ruleMatches('hot tub problems', 'is the hot tub open in the evenings?')).toBe(false);
  });

  it('a burn is told by what happened, and not by a wish that nobody gets burned', () => {
    const rule = 'burns or anyone taken unwell in the sauna';
    expect(ruleMatches(rule, 'my partner caught his forearm on the stove guard last night and it has blistered up')).toBe(true);
    expect(ruleMatches(rule, 'my daughter scalded her hand on the water bucket')).toBe(true);
    expect(ruleMatches(rule, "Is the stove guarded? We'll have kids running around and want to make sure nobody gets burned")).toBe(false);
    // The rule's own word still counts where it is one.
    expect(ruleMatches('safety -> burning smell, sparks, scorch marks', 'smell of burning plastic in the garage when the car is plugged in')).toBe(true);
  });

  it('"any group over 10" counts people, not an age', () => {
    const rule = 'schools, scouts, stag dos, or any group over 10';
    expect(ruleMatches(rule, 'birthday trip for my brother in sept, 11 of us, want something a bit mad. can you sort us a cave trip?')).toBe(true);
    expect(ruleMatches(rule, 'there are 4 of us, can we book the Saturday trip?')).toBe(false);
    expect(ruleMatches(rule, 'my son is 11, can he come on the family trip?')).toBe(false);
  });

  it('thanks passed on and a deposit come back fine are settled, not a dispute', () => {
    const rules = ['damage deposit disputes', 'burns or anyone taken unwell', 'festival hire', 'someone describes narrow lanes or steep drives', "someone tells you they're pregnant"];
    const message = 'Sam was really helpful when he dropped the tub off and showed us everything, please say thanks from us. Deposit came back fine too, cheers!';
    expect(detectEscalation(message, rules)).toBeUndefined();
    expect(detectEscalation('You kept £80 of our damage deposit for a scorch mark that was there when it arrived. I want to dispute that.', rules)?.kind).toBe('rule_matched');
  });
});
