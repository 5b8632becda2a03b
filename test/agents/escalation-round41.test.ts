import { describe, expect, it } from 'vitest';
import { escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';
import { measuresIn } from '../../src/agents/measures.ts';

// Round 41 (dev): a weight or height limit in a rule, examples after ", like", the owner's own say
// after a case, an "if" after a comma, and sentences that route a case by their shape. The routed
// sentences and the look-alikes are from a helper's blind list (it read no code and no eval text).
const read = (sentence: string) => escalatingBusinessRules(`Be friendly and keep it short.\n\n${sentence}\n\nUse British spelling.`);

describe('a weight or height limit in a rule (round 41 dev)', () => {
  it('reads kilograms, stone and pounds, feet and inches, metres and centimetres', () => {
    expect(measuresIn("I'm about 118kg, is there any way I could book?", 'kg')).toEqual([118]);
    expect(measuresIn("he's 13 stone 2lb and fit", 'kg').map(Math.round)).toEqual([83]);
    expect(measuresIn('she is 9st, and the bag is 20 lbs', 'kg').map(Math.round)).toEqual([57, 9]);
    expect(measuresIn("she's 4ft 10 and my son is 1.1m", 'cm').map(Math.round)).toEqual([147, 110]);
    expect(measuresIn('a 50m swim takes 3 minutes', 'cm')).toEqual([]);
  });
  const RULE = 'Booking enquiries from anyone over 110kg or under 45kg';
  it('is met by a weight over the limit or under its floor, in any unit', () => {
    expect(parseRule(RULE).threshold).toMatchObject({ op: 'gt', value: 110, unit: 'kg', also: { op: 'lt', value: 45 } });
    for (const message of ["I'm about 118kg, is there any way I could book a tandem?", "Want to book a tandem for my nan's birthday, she's tiny, about 42kg!", "I'm 19 stone, can I book?"]) {
      expect(ruleMatches(RULE, message), message).toBe(true);
    }
  });
  it('is not met by a weight inside the limits, or by no weight at all', () => {
    for (const message of ['I weigh 80 kg, can I book?', 'Can I book a tandem?', "What's the weight limit?"]) {
      expect(ruleMatches(RULE, message), message).toBe(false);
    }
  });
  it('needs no word for who is weighed or measured', () => {
    expect(ruleMatches('Riders over 18 stone', "I'm 19st 4, can I ride?")).toBe(true);
    expect(ruleMatches('Riders over 18 stone', "I'm 12 stone, can I ride?")).toBe(false);
    expect(ruleMatches('Children under 1.2m', 'my son is 1.1m tall, can he go on?')).toBe(true);
    expect(ruleMatches('Children under 1.2m', "my son's 130cm, can he go on?")).toBe(false);
  });
  it('counts a weight told alone only against a limit on people, not on what is ordered', () => {
    expect(ruleMatches('Orders over 20kg', "I'd like to order 25kg of flour")).toBe(true);
    expect(ruleMatches('Orders over 20kg', 'my dog weighs 30kg, is that ok for the kennel?')).toBe(false);
  });
});

describe('examples after ", like", and paperwork that tells no condition (round 41 dev)', () => {
  const RULE = 'someone mentions a medical condition though, like epilepsy, diabetes, heart problems, recent surgery or being pregnant';
  it('is met by a condition the customer tells', () => {
    for (const message of ['I have type 1 diabetes, well controlled on a pump. Can I still do the pilot course?', "I'm 12 weeks pregnant, is a tandem flight still ok?", 'I had a seizure two years ago but nothing since. Would I be allowed to fly?']) {
      expect(ruleMatches(RULE, message), message).toBe(true);
    }
  });
  it('is not met by a question about a medical certificate or form alone', () => {
    for (const message of ['Do I need a medical certificate from my GP to fly?', 'Is there a medical form to fill in?']) {
      expect(ruleMatches(RULE, message), message).toBe(false);
    }
    expect(ruleMatches(RULE, 'I have epilepsy, do I need a medical certificate?')).toBe(true);
  });
});

describe('what a rule says beside its situation (round 41 dev)', () => {
  it("takes the owner's own question after a dash as no part of the situation", () => {
    const rule = 'medical conditions - can they raft?';
    expect(ruleMatches(rule, "I'm 7 months pregnant, would it be alright for me to come on the family float?")).toBe(true);
    expect(ruleMatches(rule, 'I had a hip replacement in January. Is the grade 3 trip going to be ok for me?')).toBe(true);
    expect(ruleMatches(rule, 'Can kids raft?')).toBe(false);
  });
  it('reads "anything that looks or smells off" and "reports seeing …" by what is seen or smelt', () => {
    const rule = 'anyone reports seeing sewage, scum, dead fish or anything that looks or smells off at one of our spots';
    expect(ruleMatches(rule, 'Do you do gift vouchers? Looking for a birthday present for my mum.')).toBe(false);
    expect(ruleMatches(rule, 'the water smells really off at the river pool today')).toBe(true);
    expect(ruleMatches(rule, 'saw dead fish near the jetty this morning')).toBe(true);
  });
});

describe("the case an owner's sentence hands over, without the owner's own say after it (round 41 dev)", () => {
  const SENTENCES: [string, string[]][] = [
    ["If a parent wants to bring someone younger, I make those calls myself, so pass it on to me rather than saying no.", ["a parent wants to bring someone younger"]],
    ["If someone's voucher has run out, I'm usually happy to extend it but I like to do that myself, so send those to me.", ["someone's voucher has run out"]],
    ["Graham also looks after our old training gliders, and if anyone asks about buying second-hand kit from us, hand them over to him, he knows what's available.", ["anyone asks about buying second-hand kit from us"]],
    ["Every guest with additional needs is assessed by our instructors, so when someone asks whether their child can take part, it isn't for you to say yes or no, pass it to me.", ["someone asks whether their child can take part"]],
  ];
  it.each(SENTENCES)('%s', (sentence, cases) => {
    expect(read(sentence)).toEqual(cases);
  });
});

describe('a sentence that routes a case by its shape: the case, a verb that moves it, who takes it (round 41 dev)', () => {
  const SENTENCES: [string, string[]][] = [
    ["Hand any press enquiries over to me.", ["any press enquiries"]],
    ["Quotes for commercial jobs should go to the office.", ["Quotes for commercial jobs"]],
    ["Job applications go to the manager.", ["Job applications"]],
    ["Wedding cake enquiries are Sarah's, leave them for her.", ["Wedding cake enquiries"]],
    ["Trade account applications – leave those for Andy.", ["Trade account applications"]],
    ["Lost property at the gym is one for the front desk.", ["Lost property at the gym"]],
    ["Anything about a damaged delivery, send it through to Mark in dispatch.", ["Anything about a damaged delivery"]],
    ["Boiler breakdowns with no heating or hot water – get one of us on the phone to them.", ["Boiler breakdowns with no heating or hot water"]],
    ["When a tenant reports a leak, get the property manager involved straight away.", ["a tenant reports a leak"]],
    ["Requests for a payment plan should go to our accounts lady, Bev.", ["Requests for a payment plan"]],
    ["Anyone chasing a deposit return should be put through to the lettings team.", ["Anyone chasing a deposit return"]],
    ["If a client says they've had a reaction to a treatment, a therapist has to take it from there.", ["a client says they've had a reaction to a treatment"]],
    ["If a bride wants to change her date, the office needs to sort that, not you.", ["a bride wants to change her date"]],
    ["Anything about planning permission, let Richard answer it.", ["Anything about planning permission"]],
    ["When someone's locked out, get whoever's on call to ring them back.", ["someone's locked out"]],
    ["Bespoke orders get passed to me so I can chat to them myself.", ["Bespoke orders"]],
    ["Anything about rewiring gets passed on to Dave so he can talk it through with them.", ["Anything about rewiring"]],
    ["Send complaints to Dave.", ["complaints"]],
    ["Businesses with a few vans or a fleet wanting regular servicing also come to me, I do those on a separate rate.", ["Businesses with a few vans or a fleet wanting regular servicing"]],
  ];
  it.each(SENTENCES)('%s', (sentence, cases) => {
    expect(read(sentence)).toEqual(cases);
  });
  // From a second blind list, after its first read (22 of its 30 sentences had a case read then, 27 after).
  it.each([
    ["Deposit disputes are Kim's.", ['Deposit disputes']],
    ['Safeguarding concerns about a child always go to Mrs Okafor.', ['Safeguarding concerns about a child']],
    ['Tenants wanting to end a tenancy early are Claire\'s.', ['Tenants wanting to end a tenancy early']],
    ['Party bookings of more than twenty need passing to the events coordinator.', ['Party bookings of more than twenty']],
    ['Accidents in the yard — the foreman takes it from there.', ['Accidents in the yard']],
  ])('%s', (sentence, cases) => {
    expect(read(sentence)).toEqual(cases);
  });
  it('leaves no stub of the hand-over on the case, and reads no case that is itself "send them …"', () => {
    expect(read('Questions about medication doses need to go to one of the nurses.')).toEqual(['Questions about medication doses']);
    expect(read("If a parent wants to discuss their child's progress, that's a conversation for the tutor, themselves.")).toEqual(["a parent wants to discuss their child's progress"]);
    expect(read("Should anyone ask about business accounts, flag it to me and I'll pick it up.")).toEqual(['anyone ask about business accounts']);
    expect(read('Someone asking to pay in instalments? Send them to Jo.')).toEqual(['Someone asking to pay in instalments?']);
    expect(read('Send it to us with a note inside: your name, phone number and what you want doing.')).toEqual([]);
    expect(read('Send them to WhatsApp 07700 900123 or the booking form on the site.')).toEqual([]);
  });
  it("does not read a place's owner as a hand-over", () => {
    expect(read("The café is Bridget's.")).toEqual([]);
  });
  it('hands over a message of the case it read', () => {
    expect(detectEscalation('Hi, I write for the Gazette and have a few press enquiries about the new unit', read('Hand any press enquiries over to me.'))).toBeDefined();
    expect(detectEscalation("I'm locked out, the key snapped in the door", read("When someone's locked out, get whoever's on call to ring them back."))).toBeDefined();
  });
  it('routes no thing that travels, and nothing to a place unless it looks like a case', () => {
    for (const sentence of ['Post goes to the office.', 'Payments go to our accounts team.', 'Orders go to Scotland by courier.', 'Deliveries come to me at the shop.', "The café is Bridget's, open 9 till 5 every day we're running."]) {
      expect(read(sentence), sentence).toEqual([]);
    }
  });
});

describe('sentences that name staff but hand nothing over (round 41, a helper\'s blind look-alikes)', () => {
  const LOOK_ALIKES = [
    "Sue will ring them the day before to confirm the time, so you don't need to.",
    "Tell them Dave can't do Saturdays, he only works Monday to Friday.",
    "Don't promise that one of us will call back the same day.",
    "Karen answers the phone in the mornings and Jo does the afternoons.",
    "The driver will text when he's about twenty minutes away.",
    "Our engineers carry ID badges, so customers can ask to see them at the door.",
    "Beth teaches the Tuesday beginners' class and Tom does the Thursday improvers.",
    "Always refer to me as Linda, not Mrs Hughes.",
    "Never say a member of staff is off sick, just say they're not in today.",
    "If they ask who'll be doing their hair, say it'll be whichever stylist is free unless they've booked with someone.",
    "Mention that the owner personally checks every order before it leaves.",
    "The office is staffed nine till five, Monday to Friday, closed bank holidays.",
    "Our instructors are all DVSA approved, so you can tell people that.",
    "Don't tell customers which engineer is coming, as the rota changes on the day.",
    "Gary's on holiday from the 4th to the 18th, so no MOTs with him then.",
    "Be friendly but don't use staff first names unless the customer does first.",
    "The cleaner lets herself in with the key safe, so customers don't need to be home.",
    "Once the deposit's paid, Priya books the survey in automatically, so there's nothing more they need to do.",
    "Don't say that I'll deal with it personally, as I'm not always around.",
    "Our vets rotate weekends, so don't guarantee a particular vet on a Saturday.",
    "Mo does all the deliveries himself, so delivery slots are a bit limited.",
    "If someone asks whether the groomer is qualified, yes, Hannah has her City & Guilds Level 3.",
    "Remind them the fitter will need clear access to the loft.",
    "Never give out the lads' mobile numbers, only the office landline.",
    "The receptionist can take card payments over the phone, so let people know that's an option.",
    "Tell customers Jess will email the contract within two working days of booking.",
    "Our head chef, Marco, changes the specials every Thursday.",
    "Say that one of our team will greet them at the door when they arrive for the tasting.",
    "The manager's name is Steve if anyone asks, but he doesn't take bookings.",
    "Don't pass on opinions about other local garages, even if staff have them.",
    "The tutors mark homework within a week, so parents shouldn't chase before then.",
    "The electrician leaves a certificate at the end of every job, so there's no need to send one later.",
    "If a customer mentions Richard, he retired last year, so just say he's no longer with us.",
    "Let them know the photographer will send a preview gallery within 48 hours.",
    "We're a small family team, me, my husband and our daughter, so keep the tone warm.",
    "Our carers always stay for the full hour, so don't let families think visits are shorter.",
    "Andy signs off trade discounts, but the rates are listed below so you can quote them yourself.",
    "Bev does the invoices on a Friday, so tell them to expect it then.",
    "The courier collects at 3pm, so orders placed after that go out the next day.",
    "Our tree surgeons are fully insured and the certificate is on the website.",
    "Please don't call the therapists 'the girls', call them the team.",
    "Tell them one of us will be on the market stall every Saturday from 8 till 2.",
    "The on-call plumber only covers Leeds and Bradford, so check the postcode before booking.",
    "Mr Patel only does extractions on Wednesdays, so offer a Wednesday slot for those.",
    "Staff park round the back, so customers should use the front car park.",
    "When someone books a lesson, ask which instructor they had last time and note it in the booking.",
    "Sign off every message with 'Best wishes, Emma and the team'.",
    "The locksmith quotes on arrival, so don't give prices over chat.",
    "If they ask whether the owner is about, say I'm usually in the shop Tuesday to Saturday.",
  ];
  it.each(LOOK_ALIKES)('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("a paragraph's case handed over by the sentence after it, and who wants a case sent to them (round 41 dev)", () => {
  it('"Same goes for …" then "Hand those to Ben": the case is what the same goes for', () => {
    const rules = "Keep it short.\nSame goes for anyone wanting the back room to themselves, like a christening or a book club. Hand those to Ben please, he keeps the room diary and I never know what's on.";
    expect(escalatingBusinessRules(rules)).toEqual(['anyone wanting the back room to themselves, like a christening or a book club']);
  });
  it('"Now and then a … asks about …" then "Those come to me as well": whoever asks is the case', () => {
    const rules = 'Keep it short.\nOh and now and then a film crew or a magazine asks about shooting in the yard. Those come to me as well.';
    expect(escalatingBusinessRules(rules)).toEqual(['a film crew or a magazine asks about shooting in the yard']);
  });
  it('"get it to a real person" after the case hands it over', () => {
    const rules = "Keep it short.\nIf anyone messages from the campsite and it sounds like an emergency - a fire, someone hurt, a flooded pitch - don't mess about, get it to a real person immediately.";
    expect(escalatingBusinessRules(rules)).toEqual(['anyone messages from the campsite and it sounds like an emergency - a fire, someone hurt, a flooded pitch']);
  });
  it('"Jo wants any X sent straight to her": X is the case', () => {
    expect(read('Jo wants any rows about the cleaning fee sent straight to her rather than you trying to explain it.')).toEqual(['any rows about the cleaning fee']);
  });
  it('"a ball to the head" is an example of the case, not a hand-over to "the head"', () => {
    expect(read("If somebody tells you they've been hurt here — a ball to the head, a fall off the wall, anything like that — don't try to deal with it yourself, get them straight through to one of the duty managers.")).toEqual([
      "somebody tells you they've been hurt here — a ball to the head, a fall off the wall, anything like that",
    ]);
    expect(read('Complaints go to the head of department.')).toEqual(['Complaints']);
  });
});

describe("a helper's blind list of lead-ins over hand-over lists, and lead-ins that hand nothing over (round 41 dev)", () => {
  const ITEMS = '- a horse has gone lame after a lesson\n- anyone asking for a refund on a block';
  const listUnder = (intro: string) => escalatingBusinessRules(`Be friendly and keep it short.\n\n${intro}\n${ITEMS}\n\nUse British spelling.`);
  // 25 of these 30 were read when the list came; "get one of us to ring them back", "send anything
  // like this over to", "let the lads in the yard deal with", "it's one for the office to pick up" after.
  // ("route the following to our bookings coordinator, Jess" is not read: "coordinator" is no staff role.)
  const INTROS = [
    "Please pass these to me rather than answering them yourself:",
    "Anything on this list goes straight to Karen, don't try to sort it:",
    "Don't deal with any of the following, get one of us to ring them back:",
    "These need a real person, so send them through to the office:",
    "If a customer brings up any of these, leave it for Dave:",
    "Things the bot must NOT handle on its own – flag them for me:",
    "Put the customer through to the duty manager for any of these:",
    "Right, the stuff I want to deal with personally:",
    "Stop and get a human involved if it's about:",
    "Leave these for Priya in the office to deal with:",
    "Don't try to answer these, forward them to the owner:",
    "Send anything like this over to the workshop foreman, Gary:",
    "These are for the practice manager, not you:",
    "When it's one of these, take their details and let Mo take it from there:",
    "I'd rather you didn't touch these at all, just pass them to me or Steph:",
    "Cases that have to go to a person:",
    "Hand these over to a member of staff straight away:",
    "Escalate to the salon manager if a client mentions:",
    "Let the lads in the yard deal with these, not the chat:",
    "Anything along these lines, flag it and one of us will get back to them:",
    "You're not to reply to these yourself – they go to Mr Patel:",
    "Bump these up to me, I'll sort them:",
    "The following need a human touch, so pass them to the front desk:",
    "Get Tom involved whenever someone asks about:",
    "Don't attempt these, refer them to the head groomer:",
    "If it's any of the below, it's one for the office to pick up:",
    "Transfer to a person (usually me, Linda) when it's:",
    "No bot answers for these please, they come to us:",
    "Whoever's on call needs to take over if the customer's got:",
  ];
  it.each(INTROS)('%s', (intro) => {
    expect(detectEscalation('My horse has gone lame since the lesson yesterday', listUnder(intro))).toBeDefined();
  });
  // Two of these were read as hand-overs when the list came: "Please pass these on to customers when
  // they ask about opening times:" and "Tell customers these things about our staff straight away:".
  const OTHER = [
    "Please pass these on to customers when they ask about opening times:",
    "Things Karen wants every customer told:",
    "Who's in on which day, so you can tell people:",
    "Always collect these from the customer so the office has them on file:",
    "Things the bot must always mention, as I get asked these a lot:",
    "What Dave does on a typical call-out, in case people ask:",
    "The duty manager rota for this month:",
    "Right, the stuff I want you to mention to everyone:",
    "Stuff about the team that customers often ask about:",
    "Our staff and what they each specialise in:",
    "Priya in the office asked me to add these facts:",
    "Things the owner wants you to say about prices:",
    "Gary the workshop foreman's notes on turnaround times:",
    "What the practice manager wants every new patient told:",
    "When you book someone in, take these details for Mo:",
    "Me and Steph's days in the salon, for when people ask who'll be doing their nails:",
    "Facts about the people who'll turn up to do the job:",
    "Tell customers these things about our staff straight away:",
    "The salon manager's rules on how you talk to clients:",
    "What the lads in the yard need customers to know before they collect:",
    "Our bookings coordinator, Jess, works these hours:",
    "Things one of us would normally say on the phone, so please say them too:",
    "Mr Patel's surgery days, for patients asking:",
    "A few things about me you can share if people ask:",
    "The front desk's opening hours and phone numbers:",
    "Tom's teaching timetable, so you can tell parents:",
    "What the head groomer needs to know about each dog before booking:",
    "The office team and who does what:",
    "Please always use this tone when talking about me (Linda) or the team:",
    "Whoever's on call this week, plus their areas:",
  ];
  it.each(OTHER)('%s', (intro) => {
    expect(listUnder(intro)).toEqual([]);
  });
});
