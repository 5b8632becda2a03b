import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { chattyListIntro } from '../../src/agents/chatty-list-intro.ts';
import { detectEscalation } from '../../src/agents/escalation.ts';

// Business rules in the forms the round-40 dev owners typed them (a climbing wall, a treetop park,
// riding stables, a map shop), written here for made-up businesses like them, not copied from the
// eval's text.
const ITEMS = '- a horse has gone lame after a lesson\n- anyone asking for a refund on a block';
const listUnder = (intro: string) => escalatingBusinessRules(`Be friendly and keep it short.\n\n${intro}\n${ITEMS}\n\nUse British spelling.`);

describe("an owner's chatty lead-in over a list of hand-overs (round 40 dev)", () => {
  // Written before the reader, as owners might type them: the hand-over is somewhere in the chatter.
  const INTROS = [
    "Okay so. Here's my 'put the kettle on and fetch a human' list — things where I'd rather the bot just says one of us will get back to them, because all of these have gone wrong before:",
    'These ones make my heart sink, so just tell them someone will be in touch:',
    'Honestly, the following are above your pay grade - get me:',
    'Things that have gone badly when a computer answered them (so leave them for a human):',
    "Here's where I want a real person stepping in, no exceptions:",
    'Stuff that lands on my desk, not yours:',
    "My list of 'nope, get Dave' situations:",
    'When any of this comes up, say sorry, take their number and tell them Jo will ring back:',
    'The awkward ones (let one of us pick these up):',
    'Right, the no-go zone for you, where a human has to take over:',
    "A few things I'd rather you didn't touch - just get one of us:",
    "Bits I'd like flagged to me straight away, even if it's late:",
    'If you see any of these, stop and let them know a member of the team will call them back:',
    'These have burned me before so they come to me:',
    'Leave these for me, however simple they look:',
    "Don't try to be clever with these ones - hand them over:",
    'The list of stuff that needs a grown-up (i.e. me or Kev):',
    'Where you should bow out and pass to the team:',
    "Anything on this list, tell them we'll get back to them the same day:",
    "These are my department, not the bot's:",
  ];
  it.each(INTROS)('"%s" opens a list of cases', (intro) => {
    expect(listUnder(intro)).toEqual(['a horse has gone lame after a lesson', 'anyone asking for a refund on a block']);
  });

  // Lists over which the owner tells the agent what to say, bring or know: no hand-over.
  const NOT_INTROS = [
    'Things people always ask me about:',
    'What to tell people to bring:',
    "Here's the stuff I'd like you to mention when it fits:",
    'A few words I never want you to use:',
    'Our prices, in case anyone asks:',
    'Stuff we get asked a lot, with the answers:',
    'When someone books, remind them of:',
    "Tell them we'll need the following before the day:",
    'Please always check these with the customer:',
    'Things I love people to know about us:',
    'If they ask about parking, tell them:',
    'Things that have bitten me before, so always remind people:',
    "Here's my 'put the kettle on' list of the things people forget:",
    'Make sure they know someone will meet them at reception, and bring:',
    'These are my favourite bits to recommend:',
    'Things to bring when you come to us:',
    'Leave these for Monday, when the shop is quiet:',
    "If someone emails, we'll get back to them within a day. Our prices:",
  ];
  it.each(NOT_INTROS)('"%s" is no hand-over intro', (intro) => {
    expect(listUnder(intro)).toEqual([]);
    expect(chattyListIntro(intro)).toBe(false);
  });
});

describe('who takes a case, said the way these owners said it (round 40 dev)', () => {
  const SENTENCES: [string, string][] = [
    ["If a customer keeps insisting on their money back after you've explained the rule, I'll sort it out myself.", "a customer keeps insisting on their money back after you've explained the rule"],
    ["I'm not having the bot give out refunds: if anyone says they've been charged twice, I'll sort it out myself.", "anyone says they've been charged twice"],
    ["Stag dos, office parties and the like (anything 12 people or over) get priced up by Carl, so you shouldn't quote those — let him have them.", 'Stag dos, office parties and the like (anything 12 people or over)'],
    ['Jen handles all the corporate bookings and sponsorship requests, so anything like that goes to her — don\'t quote or promise anything.', 'all the corporate bookings and sponsorship requests'],
  ];
  it.each(SENTENCES)('"%s" hands over its case', (sentence, expected) => {
    expect(escalatingBusinessRules(`Be friendly and use British spelling. ${sentence}`)).toEqual([expected]);
  });

  it('"That\'s for Gareth to arrange himself, so pass them over" hands over the case its paragraph opens with', () => {
    const rules = "Keep it short.\nIf anyone wants Gareth to come and speak at their club - a rambling group, a school, whoever - don't try to sort out dates or a fee. That's for Gareth to arrange himself, so pass them over to him.";
    expect(escalatingBusinessRules(rules)).toEqual(['If anyone wants Gareth to come and speak at their club - a rambling group, a school, whoever']);
  });

  it("\"Don't argue the point, just hand it straight to me\" after its case is no case of its own", () => {
    const rules = "Where somebody says a print we sold them isn't what the listing said, I want to hear about that myself. Don't argue the point or defend the listing, just hand it straight to me.";
    expect(escalatingBusinessRules(rules)).toEqual(["somebody says a print we sold them isn't what the listing said"]);
  });

  it("what the agent is not to deal with is still the case (\"don't try to deal with anyone asking … - just pass it on to me\")", () => {
    const rules = 'Deposits are not refundable. Please don\'t try to deal with anyone asking for their deposit back - just pass it on to me.';
    expect(escalatingBusinessRules(rules)).toEqual(['anyone asking for their deposit back']);
  });
});

describe('escalation rules read as the owner meant (round 40 dev)', () => {
  it('"so the creases don\'t show" is nothing that has not arrived', () => {
    const rules = ['Parcel arrived damaged or has not arrived'];
    expect(detectEscalation("Can you frame an old folded poster so the creases don't show?", rules)).toBeUndefined();
    expect(detectEscalation('My parcel never arrived and it has been two weeks', rules)).toBeDefined();
    expect(detectEscalation("The courier still hasn't turned up with my order", rules)).toBeDefined();
  });

  it('"wants to sell one to us" is the customer selling, not "do you sell …?"', () => {
    const rules = ['Customer wants an old clock valued or wants to sell one to us'];
    expect(detectEscalation('Do you sell cuckoo clocks? Want one for my grandson', rules)).toBeUndefined();
    expect(detectEscalation("I've got my grandad's carriage clock, would you buy it?", rules)).toBeDefined();
  });
});
