import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { ruleMatches } from '../../src/agents/escalation-rules.ts';
import { terms } from '../../src/knowledge/text.ts';

// Rules as the round-33 dev owners typed them: a karate club, an adventure golf course with a bar,
// a picture framer, a podiatry clinic, a wine bar.
describe('owners\' words a customer says another way (round 33 dev)', () => {
  it('"1-2-1" is one-to-one, and "how much would it be" asks the price', () => {
    const rule = 'price for private 1-2-1 lessons, i quote those myself';
    expect(ruleMatches(rule, 'How much would it be for one to one sessions with Sensei Dave? My son wants to prep for his brown belt.')).toBe(true);
    expect(ruleMatches(rule, 'How much is a grading?')).toBe(false);
  });

  it('a reporter is the press, and sponsoring is sponsorship (not "report a fault")', () => {
    const rule = 'press, newspapers, sponsorship enquiries';
    expect(ruleMatches(rule, "Hello, I'm a reporter at the Leicester Mercury putting together a piece on grassroots clubs in the city")).toBe(true);
    expect(ruleMatches(rule, "We run a local building firm and wondered if the club would be interested in us sponsoring the kids' kit this year?")).toBe(true);
    expect(ruleMatches(rule, 'I want to report a broken light in the car park')).toBe(false);
  });

  it('"hurt themselves" is hurt, whoever it befell', () => {
    const rule = 'anyone whos hurt themselves on the course (slips, trips, banged heads etc) - I need to know and do the accident book';
    expect(ruleMatches(rule, "twisted my knee stepping off the side of the pirate ship, it's come up like a balloon today")).toBe(true);
  });

  it('"lost phones, wallets, keys …": each one lost, not a wallet or an ID alone', () => {
    const rule = 'lost phones, wallets, keys, jewellery or anything valuable - Jess locks them in the safe so hand over';
    expect(ruleMatches(rule, 'I lost my wallet somewhere on the course last night, has anyone handed it in?')).toBe(true);
    expect(ruleMatches(rule, 'I lost my keys on hole 9, can someone check?')).toBe(true);
    expect(ruleMatches('lost phones, wallets or ID - pass to a person', 'Do I need photo ID to hire a kayak?')).toBe(false);
  });

  it('hiring the whole place is hiring it exclusively, however the customer puts it', () => {
    const rule = 'anyone wanting to hire the WHOLE place out (exclusive hire, works dos, corporate stuff)';
    expect(ruleMatches(rule, 'want to book out the whole place just for my 40th, exclusive, can we do that?')).toBe(true);
    expect(ruleMatches(rule, 'Is it possible to take over the entire course for a Friday night work do? About 60 of us, would want the bar too.')).toBe(true);
    expect(ruleMatches(rule, 'can we book a table for 6 on Friday?')).toBe(false);
  });

  it('"- needs a person to check the diary" is what to do, not words the message must say', () => {
    const rule = 'private hire of the WHOLE bar (not just a table) - needs a person to check the diary';
    expect(ruleMatches(rule, "Could we hire the whole bar on a Saturday night for my 40th? We'd be about 30 people")).toBe(true);
  });

  it('a painter showing their work is an artist asking to exhibit', () => {
    const rule = 'Artists asking to exhibit or sell in the gallery';
    expect(ruleMatches(rule, "Hi, I'm a watercolour painter based near Clun - would you consider showing some of my work in the gallery? Happy to drop in a portfolio.")).toBe(true);
  });

  it('"… then to me, Mark or the chatbot can\'t agree that": the rule is not about something failing', () => {
    const rule = "If someone wants to pay for a gallery piece in instalments or tries to haggle on the price then to me, Mark or the chatbot can't agree that";
    expect(ruleMatches(rule, 'Can I pay for the gallery piece in the window in instalments?')).toBe(true);
  });

  it('"Requests for … need to come to me" is a hand-over in the business rules', () => {
    const rules = escalatingBusinessRules("Requests for copies of records or letters (for solicitors, insurance companies, the DVLA, whatever) need to come to me as there's data protection stuff.");
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(/^Requests for copies of records or letters/);
  });

  it('how customers say instalments, an offer and a home visit', () => {
    expect(terms('is there any way i could pay for the painting over 3 or 4 months?')).toContain(terms('instalment')[0]);
    expect(terms("I've waited over 3 months for my frame")).not.toContain(terms('instalment')[0]);
    expect(terms('Would you take £600 for it instead of £850?')).toContain(terms('haggle')[0]);
    expect(terms("Would someone be able to come to hers to do her toenails?")).toEqual(expect.arrayContaining(terms('home visit')));
  });

  it('a marshal screaming at a child is a complaint about staff, for "anyone unhappy with how my marshals treated them"', () => {
    const rule = "If anyone's unhappy with how one of my marshals or staff treated them (rude, shouting, being unfair, whatever it is) I want to deal with that myself";
    expect(ruleMatches(rule, 'The marshal on the trenches was screaming at my 14 year old daughter for no reason, she came home in tears. Honestly disgusted by how he spoke to her.')).toBe(true);
    expect(ruleMatches(rule, 'Who are the marshals on a Saturday? My son wants to say thanks to one of them.')).toBe(false);
  });

  it('an away day for a company of 50 is a corporate team-building day for more than 30', () => {
    const rule = 'Big corporate stuff / team building days for more than 30 people need a proper quote from me, so too instead of quoting the normal prices';
    expect(ruleMatches(rule, "Hi, I'm organising an away day for our company, there'd be about 50 of us. Can you do something for that and what would it cost?")).toBe(true);
    expect(ruleMatches(rule, 'Team building day for 12 of us from work, what do you offer?')).toBe(false);
  });

  it('the press told by who is asking: a programme researcher, someone writing a piece', () => {
    const rule = 'press or media enquiries';
    expect(ruleMatches(rule, "hi i'm a researcher on a bbc daytime programme, we're looking for kids entertainers to feature in a segment on birthday party trends. would you be up for a chat?")).toBe(true);
    expect(ruleMatches(rule, "Hello, I'm writing a piece for The Argus on Brighton's wellness scene and would love to interview the owner.")).toBe(true);
    expect(ruleMatches(rule, 'Can I press the button for the lift myself?')).toBe(true);
    expect(ruleMatches(rule, 'Do you have a newsletter I can sign up to?')).toBe(false);
  });

  it('a business asking as a business is a trade or commercial enquiry (dev-r32 aquarium shop)', () => {
    const rule = 'Trade or commercial enquiries (offices, restaurants, dentists etc wanting a display tank looked after)';
    expect(ruleMatches(rule, 'we run a small dental practice in cheadle and would love a fish tank in the waiting room that someone looks after for us, is that something you do?')).toBe(true);
    expect(ruleMatches(rule, 'i manage a restaurant in didsbury with a big marine tank, our old supplier has stopped coming. could you take it on weekly?')).toBe(true);
    expect(ruleMatches(rule, "we're setting up our first tank at home for the kids, could you come and install it?")).toBe(false);
  });

  it('"2 are already dead" is the fish that "died within the 7 day guarantee" (dev-r32 aquarium shop)', () => {
    const rule = 'Fish/shrimp/corals died within the 7 day guarantee and they want a refund or replacement';
    expect(ruleMatches(rule, 'hi bought 3 cardinal tetras off you on tuesday and 2 are already dead, tested the water and it was fine. what can you do')).toBe(true);
    expect(ruleMatches(rule, 'How long is the guarantee on fish?')).toBe(false);
  });

  it('"Same goes for …" after a hand-over is another case of it, as a sentence or after a comma', () => {
    expect(escalatingBusinessRules("Any diabetic patient who tells you about a new wound, pass it to me or Raj urgently. Same goes for bleeding after treatment that hasn't stopped with pressure.")).toContain("bleeding after treatment that hasn't stopped with pressure");
    expect(escalatingBusinessRules('Free funded places: anyone asking how to use a code goes to Jo, same for any Tax-Free Childcare payment that has not come through.')).toContain('any Tax-Free Childcare payment that has not come through');
    expect(escalatingBusinessRules("If anyone says they've been ill after eating here, that comes to me (Mel) straight away. Same for coach companies wanting to book 30+.")).toEqual(["anyone says they've been ill after eating here", 'coach companies wanting to book 30+']);
    expect(escalatingBusinessRules('Refunds take 5 days. Same for exchanges.')).toEqual([]);
  });
});

