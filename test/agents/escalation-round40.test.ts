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
    // A second list, written blind by a helper after the first reader landed (17 of its 30 were read then).
    'Pass these to one of the lads in the workshop, they know the cars better than any computer:',
    "Don't let the chat thing handle any of the below, put them through to us instead:",
    'Situations where I want to speak to the customer personally, no exceptions (learned this the hard way last summer):',
    "The boat side of things is my husband's department, so if it's any of the below, flag it for Gareth and don't quote prices:",
    "Tattoo stuff that needs an artist's eyes on it, not a chatbot's – tell them Lou will message them back:",
    'Not one for the assistant, ever – make sure a person picks these up:',
    "Because of insurance (long story, don't ask) these must go to a member of staff:",
    "My mum still does the farm shop orders by hand so anything below needs to go to her, tell them she'll be on the phone to them first thing:",
    "Where it's any of these the lads on the van need to hear about it directly, bot stays out of it:",
    "Don't be a hero on these ones – loop in the team:",
    'Me and only me for these (sorry Kerry!):',
    "The stuff below is a bit sensitive, so I'd like one of us to have the conversation rather than the AI:",
    "If anyone's on about any of this, give a shout over to Tom in the yard – he'll sort it quicker than a chatbot anyway:",    // The third list's lead-ins that the second list's reading missed (12 of 30 when it came).
    'Please please send these to someone in the shop rather than guessing (we got burned last summer):',
    "Staff only – the lot below, no attempts at answering, no 'helpful' guesses:",
    "Sorry bot, you're not qualified for these ones, bump them over to Sharon on reception:",
    'Mike wants to see these himself before anyone replies:',
    'Things only a human should touch (learned this the hard way, trust me):',
    'For these, tell them someone from the yard will phone back and leave it with us:',
    "I know it's tempting to be helpful but the below need our Dave, he's the only one who knows the boiler setup:",
    'Straight to the manager, do not collect £200, do not argue with the customer:',
    'Cases where you should stop chatting and get a member of staff involved:',
    "Anything on this list, the duty vet needs to take over — reassure the owner but don't diagnose:",
    'Honestly these are a minefield, let Priti or me handle them:',
    'Flag these for a callback from the office (tell them within 1 working day):',
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
    'Anything that comes in after 3pm needs the checklist:',
    "If someone emails, we'll get back to them within a day. Our prices:",
    "Our opening hours, and if they need us outside these they can leave a message and we'll get back to them:",
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
    ['Jen handles all the corporate bookings and sponsorship requests, so anything like that goes to her — don\'t quote or promise anything.', 'all the corporate bookings and sponsorship requests'],    // From the helper's blind list: handed to, speak to, one for, "Jess does those", "get Kerry", one of the mechanics.
    ["Don't try to answer medical questions about a dog's medication, get Kerry.", "medical questions about a dog's medication"],
    ['Customers asking to cover up an old tattoo should be handed to Lou.', 'Customers asking to cover up an old tattoo'],
    ['Anyone wanting a wholesale account for the farm shop should speak to Mum directly.', 'Anyone wanting a wholesale account for the farm shop'],
    ['Please get a real person if a customer is upset or rude.', 'a customer is upset or rude'],
    ["The assistant shouldn't deal with warranty claims on repairs; Jess does those.", 'warranty claims on repairs'],
    ['Questions about pay or jobs here are one for Pam in the office.', 'Questions about pay or jobs here'],
    ['Pass the conversation on to us if a dog has been sick or off its food since its stay.', 'a dog has been sick or off its food since its stay'],
    ['Anyone whose MOT has failed and wants to argue the result goes to one of the mechanics.', 'Anyone whose MOT has failed and wants to argue the result'],
    ['I want a human to step in whenever a customer mentions a solicitor or legal action.', 'a customer mentions a solicitor or legal action'],    // A third list, written blind by another helper (13 of its 30 sentences were not read when it came):
    // who takes it by job ("the duty vet", "someone in the workshop", "a member of staff"), passive
    // ("must be taken over by", "should be flagged to me"), "leave to me", "Ring-fence those for me",
    // "let their teacher handle", "are never for the bot", and a case told before who must take it.
    ["Refund requests? Ring-fence those for me.","Refund requests?"],
    ["Roof leaks during a storm are an emergency and a person must pick those up.","Roof leaks during a storm are an emergency"],
    ["A cat that's stopped eating while boarding with us should be flagged to me immediately.","A cat that's stopped eating while boarding with us"],
    ["If a bike was bought from us and has a cracked frame, someone in the workshop has to look at it, not the bot.","a bike was bought from us and has a cracked frame"],
    ["Any questions about sign wording for listed buildings, leave to me.","Any questions about sign wording for listed buildings"],
    ["When a customer asks whether the fish is safe to eat while pregnant, a member of staff should answer.","a customer asks whether the fish is safe to eat while pregnant"],
    ["Broken skis or boots returned damaged – Tom deals with all of that.","Broken skis or boots returned damaged"],
    ["Questions about giving a child medication at nursery must be taken over by a member of staff.","Questions about giving a child medication at nursery"],
    ["A student wanting to quit lessons – let their teacher handle that conversation, please.","A student wanting to quit lessons"],
    ["Anything to do with a pet that's collapsed, the duty vet needs to see it.","Anything to do with a pet that's collapsed"],
    ["Someone from the yard should ring back anyone asking for a quote on a full re-roof.","anyone asking for a quote on a full re-roof"],
    ["Chemical hair reactions are never for the bot; get one of the stylists.","Chemical hair reactions"],
    ["Large custom cake orders for corporate events I want to handle myself.","Large custom cake orders for corporate events"],
    // A fourth list, written blind by another helper (17 of its 30 sentences were not read when it
    // came): "the manager decides", "whoever's on the bar picks that up", "are a Bev job", "are mine",
    // "is for the office to deal with", "get our Kieran on it", "page whoever's on the desk", "keep out of …".
    ["Refund requests are a Bev job.","Refund requests"],
    ["Anything about a dog that's been bitten at the kennels — the manager decides, not you.","Anything about a dog that's been bitten at the kennels"],
    ["Keep out of complaints about the food and page whoever's on the desk.","complaints about the food"],
    ["Pain that's got worse since treatment? Hand that straight to the senior physio.","Pain that's got worse since treatment?"],
    ["Locked out with a child or pet inside — get our Kieran on it immediately.","Locked out with a child or pet inside"],
    ["Customers asking for a discount on a full house of carpets should be put through to me.","Customers asking for a discount on a full house of carpets"],
    ["If a parent says their child is having an allergic reaction at the farm park, get a member of staff in right away.","a parent says their child is having an allergic reaction at the farm park"],
    ["Scaffold damage to a neighbour's property is for the office to deal with, not the chat.","Scaffold damage to a neighbour's property"],
    ["Lost property left in the rooms — whoever's on the bar picks that up.","Lost property left in the rooms"],
    ["Customer says their boat was damaged while in our yard? Let the yard manager take over the conversation.","Customer says their boat was damaged while in our yard?"],
    ["Smoke coming back into the room after a sweep is one for Gary, so flag it to him and stop there.","Smoke coming back into the room after a sweep"],
    ["If it's about a bike that broke down mid-ride, I want one of us on it, not the bot.","it's about a bike that broke down mid-ride"],
    ["Dietary needs beyond vegetarian on the cookery courses — our head chef decides, so send them to her.","Dietary needs beyond vegetarian on the cookery courses"],
    ["Someone wanting to bring a dog into the guest house? That's for our Shaz to sort, so fetch her.","Someone wanting to bring a dog into the guest house?"],
    ["Out-of-hours commercial lockouts are mine, so put those customers through to me.","Out-of-hours commercial lockouts"],
    ["If a tree's come down on a house or car, don't chat — get whoever's on call.","a tree's come down on a house or car"],
  ];
  it.each(SENTENCES)('"%s" hands over its case', (sentence, expected) => {
    expect(escalatingBusinessRules(`Be friendly and use British spelling. ${sentence}`)).toEqual([expected]);
  });

  // Sentences with someone of the business in them that hand nothing over.
  const NOT_HANDED: string[] = [
    'Pass on our thanks if someone says something nice.',
    'We pass on any card fees at cost, which is 1.5%.',
    'Surveys are free and no obligation, Hannah does them Mon-Fri, sometimes Saturday mornings if arranged.',
    'Graham has to see the watch before anyone gets a proper quote.',
    'The stuff that has to come to me or Jess is in the hand-over list.',
    'We do those at cost and I like to talk to the parents myself.',
    'Dont give valuations on chat, ever. not even "roughly". we need to see + play the records.',
  ];
  it.each(NOT_HANDED)('"%s" hands nothing over', (sentence) => {
    expect(escalatingBusinessRules(`Be friendly and use British spelling. ${sentence}`)).toEqual([]);
  });

  it('"That\'s for Gareth to arrange himself, so pass them over" hands over the case its paragraph opens with', () => {
    const rules = "Keep it short.\nIf anyone wants Gareth to come and speak at their club - a rambling group, a school, whoever - don't try to sort out dates or a fee. That's for Gareth to arrange himself, so pass them over to him.";
    expect(escalatingBusinessRules(rules)).toEqual(['anyone wants Gareth to come and speak at their club - a rambling group, a school, whoever']);
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

  it('", and" adds another kind of case, unless a clause of its own follows', () => {
    const rules = ["kids' birthday parties, and school / uni / scout type groups"];
    expect(detectEscalation('Could we do my daughter\'s 9th birthday party with you in June? About 10 kids', rules)).toBeDefined();
    expect(detectEscalation('I run a scout group, could we bring 14 of them one evening?', rules)).toBeDefined();
    expect(detectEscalation('What time do you open on Saturdays?', rules)).toBeUndefined();
    // (Both, when "and" opens a clause: the order came warm and has gone off.)
    const spoiled = ['a chilled order has turned up warm, and the cheese has gone off'];
    expect(detectEscalation('My order turned up warm but everything tastes fine', spoiled)).toBeUndefined();
  });

  it('"anyone who\'s lost something" is any loss, a thing left behind or dropped too, but not a temper lost or a thing got back', () => {
    const rules = ["anyone who's lost something"];
    expect(detectEscalation("I've lost my car keys somewhere in the woods, has anyone handed them in?", rules)).toBeDefined();
    expect(detectEscalation('my lad dropped his phone somewhere on the course, any chance it turned up?', rules)).toBeDefined();
    expect(detectEscalation('I think I left my jacket in the changing room on Sunday', rules)).toBeDefined();
    expect(detectEscalation('I lost my temper with the instructor, sorry about that', rules)).toBeUndefined();
    expect(detectEscalation('Left my hat on the boat and Dougie posted it back, thanks again! Is the 11am still running?', rules)).toBeUndefined();
  });

  it('"wants to sell one to us" is the customer selling, not "do you sell …?"', () => {
    const rules = ['Customer wants an old clock valued or wants to sell one to us'];
    expect(detectEscalation('Do you sell cuckoo clocks? Want one for my grandson', rules)).toBeUndefined();
    expect(detectEscalation("I've got my grandad's carriage clock, would you buy it?", rules)).toBeDefined();
  });
});
