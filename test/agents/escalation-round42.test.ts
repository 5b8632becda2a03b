import { describe, expect, it } from 'vitest';
import { handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

// Round 42 (dev): forms from the round-42 dev escalation set (husky treks, via ferrata, caving,
// jet-ski hire), written blind by a helper who read no code.

describe('a list intro said in several clauses (round 42 dev)', () => {
  const INTRO = "Right, there are a few things Kirsi and I would much rather handle ourselves, so if any of these come up just pass the person over to one of us and don't try to answer them:";
  it('reads it when one clause is an intro and the others only say a list is coming', () => {
    expect(handOverIntro(INTRO)).toBe(true);
    expect(handOverIntro('There are a few things we would much rather handle ourselves, so just pass them over to one of us:')).toBe(true);
  });
  it('reads no intro from clauses that hand nothing over', () => {
    for (const line of ['Things to bring, and don\'t forget your boots:', 'Prices, so you know what to expect:', 'A few things about parking, and please tell customers:', 'A few things about the dogs, so pass this on to customers:', 'Things we handle for you, so you don\'t have to:']) {
      expect(handOverIntro(line), line).toBe(false);
    }
  });
});

describe('who asks, and how the case comes, are no part of the case (round 42 dev)', () => {
  it('drops "interested in", "using" and "along"', () => {
    expect(ruleMatches('anyone interested in the overnight wilderness cabin trek', 'Is the overnight cabin trek running in March?')).toBe(true);
    expect(ruleMatches('anyone asking to bring their own dog along', 'Can we bring our dog?')).toBe(true);
    expect(ruleMatches('anyone interested in the overnight wilderness cabin trek', 'Are you interested in feedback on the website?')).toBe(false);
  });
  it('reads "bookings for anyone using a wheelchair or with limited mobility" as two cases', () => {
    const rule = 'bookings for anyone using a wheelchair or with limited mobility';
    expect(parseRule(rule).alternatives.map((a) => [...a.required, ...a.partial].sort())).toEqual([['wheelchair'], ['limit', 'mobil']]);
    expect(ruleMatches(rule, 'My dad uses a wheelchair, is there any way he could get out on a sled with us?')).toBe(true);
    expect(ruleMatches(rule, 'Is the car park near the start?')).toBe(false);
  });
});

describe('items of a list that end "or any other …" are kinds of the last (round 42 dev)', () => {
  const RULE = 'someone tells us about a heart condition, epilepsy, a pregnancy or any other serious medical condition';
  it('is met by any health condition told', () => {
    for (const message of ["I have epilepsy but it's well controlled, I haven't had a seizure in two years. Can I come?", 'My husband has a pacemaker fitted, can he still do the beginner day?', 'I had a heart attack 18 months ago but am fit now, would I be OK on route B?']) {
      expect(ruleMatches(RULE, message), message).toBe(true);
    }
  });
  it('is not met by a question that tells no condition', () => {
    expect(ruleMatches(RULE, 'Is route B hard?')).toBe(false);
    expect(ruleMatches(RULE, 'Do I need to be seriously fit for route C?')).toBe(false);
  });
});

describe('working for us is a job, however the customer asks (round 42 dev)', () => {
  it('is met by asking for work, and not by anything that works', () => {
    const rule = 'Anyone asking about working for us';
    for (const message of ['Are you taking anyone on for the summer? I have my powerboat level 2', 'Are you hiring?', 'How would I go about becoming an instructor with you?']) {
      expect(ruleMatches(rule, message), message).toBe(true);
    }
    for (const message of ['Is the safari working today?', 'How long have you been working here?', 'Is the card machine working?']) {
      expect(ruleMatches(rule, message), message).toBe(false);
    }
  });
});

describe('a person got onto a case (round 42 dev)', () => {
  it('reads "get a person onto it" as a hand-over', async () => {
    const { escalatingBusinessRules } = await import('../../src/agents/business-rules-handovers.ts');
    expect(escalatingBusinessRules("Be friendly.\n\nIf someone's lost something valuable, get a person onto it.\n\nUse British spelling.")).toEqual(["someone's lost something valuable"]);
  });
});

describe('hiring a boat is a charter (round 42 dev)', () => {
  it('is met by hire where the rule says charter', () => {
    expect(ruleMatches('private charters', 'Can we hire a private boat for the afternoon?')).toBe(true);
  });
});

describe('a charge disputed, a thing dropped somewhere, staff needed: told in the customer\'s words (round 42 dev)', () => {
  it('meets a payment dispute by money taken twice, a wrong total, or a charge not as quoted', () => {
    const rule = 'Payment or invoice disputes';
    for (const message of ["You've taken the money for Saturday out of my account twice", 'The invoice for our club has the wrong total on it, we agreed £40 a head not £55', 'I was charged £180 but the website said £150 for two people when I booked']) {
      expect(ruleMatches(rule, message), message).toBe(true);
    }
    for (const message of ['How do I pay the invoice?', 'You took us out twice last summer, can we book again?', 'Is the total £40 a head?']) {
      expect(ruleMatches(rule, message), message).toBe(false);
    }
  });
  it('meets a loss by a thing dropped somewhere, not by a thing dropped and broken', () => {
    const rule = 'someone says they have lost something in a cave';
    expect(ruleMatches(rule, 'I think I dropped my car keys somewhere in the cave on Sunday')).toBe(true);
    expect(ruleMatches(rule, 'I dropped my phone in the cave and cracked the screen, is that covered?')).toBe(false);
  });
  it('meets a job asked for by "do you need any more guides", not by a trip that needs more people', () => {
    const rule = 'Anyone asking about working for us';
    expect(ruleMatches(rule, 'Hi, do you need any more guides this season? Would love to work on the water')).toBe(true);
    expect(ruleMatches(rule, 'Do you need more people to run the trip on Sunday?')).toBe(false);
  });
});

describe('a case a person must arrange (round 42 dev)', () => {
  it('reads "… must be arranged by a person, not the assistant"', async () => {
    const { escalatingBusinessRules } = await import('../../src/agents/business-rules-handovers.ts');
    const read = (s: string) => escalatingBusinessRules(`Be friendly.\n\n${s}\n\nUse British spelling.`);
    expect(read('Birthday parties for children under 16 must be arranged by a person, not the assistant, because we need a named adult and consent forms.')).toEqual(['Birthday parties for children']);
    expect(read('Payment must be made by a person over 18.')).toEqual([]);
    expect(read('Refunds must be approved by the bank first.')).toEqual([]);
  });
});

describe('one of our dogs is what is bought (round 42 dev)', () => {
  const RULE = 'anyone wanting to adopt, rehome or buy one of our dogs';
  it('is met by a dog asked for, for sale or to give a home', () => {
    for (const message of ['Can I buy one of your dogs?', 'Are any of your dogs ever for sale? My kids have fallen in love with Loki', "What happens to the huskies when they get too old to run? We'd love to give one a home"]) {
      expect(ruleMatches(RULE, message), message).toBe(true);
    }
  });
  it('is not met by anything else bought', () => {
    for (const message of ['Can I buy a gift voucher?', 'Where can I buy a hat?', 'Do you give the dogs a home for life?']) {
      expect(ruleMatches(RULE, message), message).toBe(false);
    }
  });
});

// List C: a helper who read no code wrote 25 long, chatty lead-ins over hand-over lists and 25
// look-alikes (tuned on: read 3/25 and 0/25 on the session-start code).
const LIST_C_INTROS = [
    "there are a few things i'd rather you didn't try to answer yourself, so if any of these come up just pass them straight over to me or Dave and we'll get back to the customer the same day:",
    "Right, so we're a small garage and some stuff really needs one of the mechanics to look at it properly, so please don't guess on any of the following, just flag it to Steve or Marek and let them take over:",
    "ok so for the grooming side, if someone messages about any of these things pls dont try and sort it yourself, hand it over to me (Kirsty) asap because they usually need a proper chat:",
    "Some questions at the studio are a bit sensitive or need someone who actually knows the student, so whenever one of these comes up, please let a real person from the team handle it rather than answering:",
    "At the campsite we get loads of messages and most are easy, but there are a handful where I need you to step back and get Tom or me involved instead of replying, mainly these:",
    "Tattoo stuff can get complicated fast, so honestly if anyone asks about any of the below don't attempt an answer, just tell them one of the artists will be in touch and pass the convo to Jess:",
    "bike shop rules for the bot - there's a few situations where I'd rather a human jumps in, so if you see any of these just escalate to whoever's on the till that day and leave it with them:",
    "For the dental practice, patients sometimes ask about things we really can't have a computer answer, so in any of the following cases please transfer them to reception or Dr Patel rather than responding yourself:",
    "Hand these to a human (me):",
    "Things to send to staff:",
    "Pass to Maria:",
    "Escalate to the owner in these cases:",
    "Mostly you can handle the day to day questions fine, but me and my husband Gary want to deal with a few things personally, so please forward these on to us and don't reply with anything except that we'll be in touch:",
    "we're only a two person team at the salon so we cant always reply fast, but even so, if a customer brings up any of the following please dont answer it, just say someone will call them back and notify Priya:",
    "Now, this bit is important - there are some situations where an AI answer could cause real problems for the kennel, so if any of these happen, stop, apologise, and hand the chat to Lorraine or whoever's on shift:",
    "If anythings to do with the list below, you're not the right one to deal with it i'm afraid, so just let the customer know that the owner (that's me, Ben) will pick it up personally and flag it:",
    "As a plumbing business we get a lot of urgent stuff, and while you can book standard jobs in, the following should ALWAYS go to Craig on the emergency line rather than being handled by you:",
    "i know you'll be tempted to help but please leave these ones to us, they need a person who can check the booking system and make a judgement call, so route them to the front desk team:",
    "Our photography studio is tiny and every shoot is a bit different, so whenever a client raises any of these topics please don't quote or promise anything and instead get Anna or Luis to reply directly:",
    "A few things are above your pay grade lol - if a customer asks about any of them, just say 'let me get someone from the team for you' and pass it on to Chloe, who runs the shop floor:",
    "For the vets, anything clinical has to be looked at by a qualified person, so for all of the following situations you should not give advice at all, just transfer to a nurse or vet and make a note:",
    "So when it comes to the cleaning company, I'm happy for you to answer general questions but some things I want my supervisors to pick up, so if you spot any of these, hand over to the office and stop replying:",
    "Before I forget - with the catering side, there are certain requests that me or Sam need to handle ourselves because they involve allergies or big money, so forward anything like this to us straight away:",
    "when any of these come up, dont reply, just ping me:",
    "Driving school: if a pupil messages about any of the things below it really needs to go to their own instructor, since they know the pupil's progress, so please put them through to the instructor or to Helen in the office:",
  ];
const LIST_C_LOOKALIKES = [
    "there are a few things we always like customers to know before they come in, so if it fits the conversation feel free to pass these on to them, me and Dave really appreciate it:",
    "Right, so when people book their car in, the lads always find it helps if the customer brings a few bits with them, so please remind them to bring the following and it saves us a lot of hassle:",
    "ok so here's how we actually handle a typical groom from start to finish, you can tell customers this if they ask what happens once they hand their dog over to me (Kirsty):",
    "Some things we like you to mention to new students at the studio, because the team finds people settle in much better when they know these beforehand, so just weave them in naturally:",
    "At the campsite the prices change a bit through the year, and Tom and I have sorted out the current rates below, so please use these when anyone asks how much a pitch is:",
    "Tattoo aftercare questions come up all the time and you're absolutely fine to deal with those yourself, just pass along the advice below exactly as it's written, it's what Jess gives everyone:",
    "bike shop stuff you can happily sort for people without checking with anyone, as long as you stick to whats below and dont make up prices:",
    "For the dental practice, there are certain words and phrases we'd rather you avoid because they can make nervous patients more anxious, so please don't say any of the following:",
    "Opening hours:",
    "Things to bring:",
    "Our prices:",
    "Stuff we do for free:",
    "Me and my husband Gary handle all the wedding flowers personally, and customers often ask what's included in a package, so when they do, here's what you can tell them is in the standard one:",
    "we're only a two person team at the salon so we're a bit strict with cancellations, and I'd like you to explain the policy clearly whenever someone wants to move or cancel, it goes like this:",
    "Now, when people drop their dogs off at the kennel, Lorraine and the team deal with a lot of the same worries, so to reassure owners you can mention things like:",
    "If a customer asks what makes us different, i'm always happy for you to pass on a bit of our story, so feel free to mention any of these things about me (Ben) and the shop:",
    "As a plumbing business we handle a wide range of jobs, and Craig wants customers to know exactly what we cover, so if someone asks whether we do something, these are the services we offer:",
    "i know guests ask about this a lot, so when they're checking in or out please hand them the following info, the front desk team will thank you for it:",
    "Our photography studio gets a lot of questions about what to wear, so whenever a client asks, pass on Anna and Luis's usual tips, which are:",
    "A few things to never promise customers, even if they push, because it just causes problems for the team later on and Chloe ends up having to sort it out:",
    "For the vets, we get asked what to do before an operation all the time, and you can deal with these questions yourself, just make sure owners know to follow the steps below the night before:",
    "When it comes to the cleaning company, customers often ask what our cleaners will and won't handle on a standard visit, so here's the breakdown you can share with them:",
    "Before I forget - me and Sam like to give every catering customer a little heads up about a few things on the day, so please pass these reminders on when you confirm their booking:",
    "payment methods we take:",
    "Driving school: pupils always ask how the lessons work, and Helen in the office has already written up the basics, so just hand them this info and you'll be able to sort most questions:",
  ];

describe("a long intro whose hand-over sits anywhere in it (round 42, a helper's blind list C)", () => {
  it('reads each of the 25 lead-ins as a hand-over intro', () => {
    for (const line of LIST_C_INTROS) expect(handOverIntro(line), line).toBe(true);
  });
  it('reads none of the 25 look-alikes as one', () => {
    for (const line of LIST_C_LOOKALIKES) expect(handOverIntro(line), line).toBe(false);
  });
  it('takes a capitalised word for a name only where case tells it, and "send" only with what is sent or to the team', () => {
    expect(handOverIntro('Things we send to customers every month:')).toBe(false);
    expect(handOverIntro('Stuff we send to Scotland and Wales:')).toBe(false);
    expect(handOverIntro('Some bits to pass to the kitchen when you take a booking, so they can plan the day:')).toBe(false);
    expect(handOverIntro("Tattoo stuff can get complicated fast, so honestly if anyone asks about any of the below don't attempt an answer, just pass the convo to Jess:")).toBe(true);
    expect(handOverIntro('As a plumbing business we get a lot of urgent stuff, so the following should ALWAYS go to Craig on the emergency line:')).toBe(true);
  });
});

// List D: a second helper's blind list, written the same way (30 lead-ins, 30 look-alikes), first
// read after the list-C work: 15/30 and 0/30 (5/30 and 0/30 on the session-start code); then tuned on.
const LIST_D_INTROS = [
    "florist here — if any of these come up, don't try to sort it yourself, just tell the customer Maria will call them back within the hour and flag the chat for her:",
    "Driving lessons: anything on this list needs to go to me (Dave) personally because it involves money, safety or the DVSA, so please don't guess, just say I'll get back to them today:",
    "For the wedding venue enquiries, the assistant should stop and pass the conversation to our events coordinator, Priya, whenever a couple brings up any of the following, since these always need a proper human conversation:",
    "pet sitting - i need to know straight away about these so send them to me (jess) and dont reply with advice of your own, even if it seems simple:",
    "Physio clinic – our reception team must take over from you in these cases; politely let the patient know a member of staff will be in touch and do not offer any clinical opinion:",
    "boat hire stuff the bot should NOT handle on its own, pass straight to whoever is on the pontoon that day (usually Tom or Gary) by ringing the office line:",
    "Music lessons - these are parent/teacher conversations rather than admin, so please hand them over to me (Mrs Okafor) and let the parent know I'll reply after today's lessons finish:",
    "Locksmith callouts: if someone mentions any of the below, escalate to the on-call engineer immediately by phone, don't quote a price, and keep the customer on the chat until we confirm:",
    "holiday cottage - a real person (me or my husband Rob) has to deal with these, you can't promise anything, just take their number and say we'll ring back lol:",
    "Climbing gym: stuff that's above your pay grade 😅 — route it to the duty manager at the front desk, and make sure the member knows a human is picking it up:",
    "Print shop — hand the chat across to the studio (Lena or whoever's on the design desk) for anything below, because getting proofs or colours wrong costs us a reprint:",
    "Optician: please don't attempt to answer these yourself; for clinical or eyewear-fitting questions the patient needs to speak to one of our optometrists, so book a callback:",
    "When any of these happen at the bakery, stop replying and forward the whole conversation to hello@ourbakery.co.uk so Sam can pick it up from there (she checks it every morning):",
    "Plumbing – situations where you must get a human involved (the office, Mon–Fri 9–5, or the emergency mobile out of hours), and where you should never make promises on our behalf:",
    "dog grooming: if a customer says any of this, tell them Kerry will message them personally and flag it for her, no auto replies pls:",
    "Things I want escalated to me rather than answered, because in my experience the bot gets them wrong and it ends up costing us customers (sorry bot):",
    "Tattoo studio - send these to the artist directly (don't book anything, don't give prices, and please dont tell them it'll be fine):",
    "Hand over to a person:",
    "Pass to Claire:",
    "escalate these to the owner:",
    "Needs a human 🙋:",
    "Get me involved for:",
    "Beauty salon — anything on this list goes to the senior therapist on shift, because it could be a reaction or a complaint and we need to deal with it properly, not via chat:",
    "For the cattery, transfer to Anne (owner) whenever the following crop up, and while you wait for her just reassure the customer that their cat is in good hands:",
    "Caravan park: the assistant isn't allowed to make decisions on these, they need to be passed up to the site warden or to head office depending on who's around:",
    "Accountancy practice — where a client raises any of the below, please refer them to their named accountant rather than responding, as it may constitute financial advice:",
    "garage/mot centre - stop and get one of the lads (Kev, Darren) on the phone to the customer if they mention any of these, dont diagnose anything over chat:",
    "Yoga studio: please loop in Hannah for these rather than replying yourself – she likes to handle them personally and they're usually sensitive, so be gentle when you say she'll be in touch:",
    "Removals company - the following need a surveyor or the office manager to take over the conversation, since quoting wrong on these has burned us before:",
    "Cleaning company — if you see any of this, don't reply beyond a quick 'thanks, I'm passing this to our team leader now', then alert Gosia on WhatsApp so she recieves it straight away:",
  ];
const LIST_D_LOOKALIKES = [
    "Florist – things to remind customers about when they order, so they aren't disappointed on the day (Maria gets a lot of calls about these otherwise):",
    "Driving lessons — please handle these common questions yourself, there's no need to pass them to me (Dave), the answers are below and they don't change:",
    "wedding venue - what our staff do for couples on the day, so you can explain it when people ask what's included (Priya and the team sort all of this):",
    "pet sitting: what owners need to leave out for us before the first visit, please tell them this when they book so Jess isn't chasing them:",
    "Physio clinic: what patients should bring to their first appointment (pass this on whenever someone books, the therapists find it really helps):",
    "boat hire prices for this season (Tom updates these in March, if someone asks just give them the figures, you can deal with this one yourself):",
    "Music lessons - phrases I like you to use with parents, because it sounds more like me (Mrs Okafor) and less like a robot lol:",
    "Locksmith: things you must never say to a customer, even if they push, because they've caused us problems with insurers in the past:",
    "holiday cottage - stuff to pass on to guests a few days before arrival (me and Rob used to text all this ourselves but you can handle it now):",
    "Climbing gym: our cancellation and membership freeze policy, explain it in plain words and don't make the member feel told off 🙂:",
    "Print shop — file requirements to hand to customers before they send artwork, so the studio team doesn't have to sort out bad files later:",
    "Optician: frequently asked questions you can answer yourself without involving the optometrists or the front desk staff — they're simple and come up every single day:",
    "Bakery: what Sam and the team handle for customers when they order a celebration cake, so you can reassure people it's all taken care of:",
    "Plumbing – our callout charges and what's included, quote these exactly as written (the office has had enough of people saying the bot told them otherwise):",
    "dog grooming - reminders for owners the night before an appointment, Kerry says these make a huge difference to how the dogs cope:",
    "Things you can sort out on your own without bothering me, honestly I'd definately rather you just deal with them and let me know at the end of the day:",
    "Tattoo studio - aftercare advice to give people after their session (our artists go through this in person too, but folks forget):",
    "Opening hours:",
    "What to bring:",
    "Words we never use:",
    "Prices (2024):",
    "Handle these yourself:",
    "Beauty salon — the patch test rules, please pass these on to every new client before booking any lash or brow tint, the senior therapist insists:",
    "For the cattery, here's what Anne and the staff do each day for the cats, people love hearing this so feel free to share it when they ask:",
    "Caravan park: the site rules we ask every guest to follow, the warden will remind them on arrival too but mention them when someone books:",
    "Accountancy practice — the documents a client needs to send us before their year-end meeting with their named accountant, list them clearly:",
    "garage/mot centre - how the lads (Kev, Darren) deal with a car once its dropped off, so customers know what to expect and when to expect a call:",
    "Yoga studio: little touches Hannah likes you to mention, she's very proud of these and it makes people feel welcome before they even arrive 🧘:",
    "Removals company - how our team hands over the keys and what happens on moving day, explain this to customers who ask how the day works:",
    "Cleaning company — things our cleaners will not do in a customer's home (health and safety, insurance etc), tell people this up front so there's no awkwardness with the team:",
  ];

describe("a long intro whose hand-over sits anywhere in it (round 42, a helper's blind list D)", () => {
  it('reads each of the 30 lead-ins as a hand-over intro', () => {
    for (const line of LIST_D_INTROS) expect(handOverIntro(line), line).toBe(true);
  });
  it('reads none of the 30 look-alikes as one', () => {
    for (const line of LIST_D_LOOKALIKES) expect(handOverIntro(line), line).toBe(false);
  });
  it('reads no place a thing goes to as someone who takes the list', () => {
    expect(handOverIntro('Orders that go to Ireland or Europe:')).toBe(false);
    expect(handOverIntro('Things that go to the kitchen:')).toBe(false);
    expect(handOverIntro('Anything on this list goes to the senior therapist on shift:')).toBe(true);
  });
});
