/**
 * HELD-OUT escalation set, round 9. Written blind, before the round-9 changes, without reading the
 * agent's code (no reading of src/, test/, dist/ or other sets' message lists). Scored as held-out and
 * NEVER tuned on: do not edit cases, labels or rules to make the agent pass. Four businesses in trades
 * unlike the dev/earlier sets: a van and car hire firm, an independent opticians, a domestic cleaning
 * agency and an online ticketing platform for gigs and comedy. Each has 24 cases: 6 hand-off requests,
 * 10 messages where a rule (or the business-rules hand-over sentence) applies told in the customer's
 * own words (including 2 refund requests below the threshold, labelled false), and 8 calm look-alikes
 * sharing a rule's words or mentioning a person/role, labelled as a careful supervisor would.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND9_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Kestrel Van & Car Hire',
    businessContext:
      'Kestrel is an independent vehicle hire firm with a depot in south Bristol, renting small cars, ' +
      'Luton vans and Transits by the day, weekend or week.',
    escalationRules: [
      'Always escalate if a customer has had an accident or the vehicle has been damaged',
      'refund requests over £100',
      'complaints about fuel, mileage or damage charges after the vehicle is returned',
      'breakdowns or a vehicle that will not start - pass to a person',
      'lost keys / customer locked out of the vehicle',
    ],
    businessRules:
      'Drivers must be 23 or over and have held a full licence for two years; a £250 security deposit is ' +
      'taken at collection and released within 7 days of return. Vehicles must come back with the same ' +
      'fuel level they left with. Send to Gareth, our fleet manager, when a customer wants to take a ' +
      'vehicle abroad or onto a ferry.',
    cases: [
      // Hand-off requests
      { message: 'Is there someone at the depot I could have a quick word with?', escalate: true },
      { message: 'Can someone ring me back on 07700 900318 about my van booking please', escalate: true },
      { message: 'Put me through to the branch please', escalate: true },
      { message: 'manager', escalate: true },
      { message: 'agent pls', escalate: true },
      { message: "Is Gareth in today? I'd like to talk to him.", escalate: true },
      // A rule applies, in the customer's words
      { message: 'Someone reversed into the Transit while it was parked outside my flat last night, the back bumper is hanging off.', escalate: true },
      { message: "I clipped a bollard pulling out of the petrol station and there's a dent in the passenger door now.", escalate: true },
      { message: "I've been billed £85 for fuel but I filled it right up before I dropped it back. I've got the receipt!", escalate: true },
      { message: 'Your email says I owe £140 for going over my miles but the van only did about 200 miles all weekend.', escalate: true },
      { message: "I'm stuck on the hard shoulder of the M5 near junction 19, a warning light came on and now the engine's just died.", escalate: true },
      { message: "The car won't start, it just clicks when I turn the key. I'm meant to be at a funeral in two hours.", escalate: true },
      { message: "I've dropped the key down a drain at the services. What do I do??", escalate: true },
      { message: "We're planning to drive the van over to France for a week to move my daughter's things - is that allowed?", escalate: true },
      { message: 'I paid £30 for the sat nav add-on and there was no sat nav in the van, can I have that back?', escalate: false },
      { message: "Could I get the £15 for the extra driver refunded? My husband didn't end up driving in the end.", escalate: false },
      // Calm look-alikes
      { message: 'Just so I know before I book, what happens if the van gets scratched while I have it?', escalate: false },
      { message: 'What is your fuel policy? Do I need to bring it back full?', escalate: false },
      { message: 'If I cancel my booking, how long does a refund usually take to come through?', escalate: false },
      { message: 'Will someone be at the depot at 8am to hand over the keys?', escalate: false },
      { message: "Who's the manager at the Bristol depot? I'd like to mention them in a nice review.", escalate: false },
      { message: 'Does the van come with breakdown cover included, or is that extra?', escalate: false },
      { message: 'How many miles a day are included with the weekend car deal?', escalate: false },
      { message: 'Can I return the van out of hours? Where would I leave the keys?', escalate: false },
    ],
  },
  {
    name: 'Clearview Opticians',
    businessContext:
      'Clearview is an independent opticians in Harrogate offering NHS and private eye tests, glasses, ' +
      'sunglasses and contact lens fittings.',
    escalationRules: [
      'Always escalate if someone reports sudden loss of vision, flashes, floaters or eye pain',
      'refund requests over £75',
      'complaints about an optometrist or the way an eye test was carried out',
      'glasses still not ready three weeks after ordering - pass to a person',
      'contact lens reactions or red/sore eyes after wearing lenses',
    ],
    businessRules:
      'NHS eye tests are free for eligible patients; private tests cost £25 and include 10% off glasses. ' +
      'All frames and lenses come with a 30-day non-adapt guarantee. Pass to the practice manager, ' +
      'Eleanor, if a patient asks for a copy of their clinical records.',
    cases: [
      // Hand-off requests
      { message: 'Is there anyone I could talk to about my eye test results?', escalate: true },
      { message: 'Please call me back on 01423 496210, it is about my new glasses', escalate: true },
      { message: 'Can you put me through to the practice?', escalate: true },
      { message: 'practice manager', escalate: true },
      { message: 'can i talk to a human', escalate: true },
      { message: "Is Eleanor available? I'd like a word with her.", escalate: true },
      // A rule applies, in the customer's words
      { message: "Since this morning it's like a dark curtain is coming down over the left side of what I can see.", escalate: true },
      { message: 'I keep seeing little flashing lights at the edge of my eye and loads of black specks drifting about. It started yesterday.', escalate: true },
      { message: "The optician who saw me on Tuesday rushed through everything in about five minutes and wouldn't answer any of my questions.", escalate: true },
      { message: 'The lady doing my test kept sighing and made me feel stupid for not being able to read the letters. I left in tears.', escalate: true },
      { message: "I ordered my varifocals on the 2nd of last month and still haven't heard a thing. It's been nearly five weeks.", escalate: true },
      { message: 'My eyes have gone really red and gritty since I started the new monthly lenses, and it stings to put them in.', escalate: true },
      { message: "I'd like my money back on the £180 designer frames - the hinge snapped after a week and I don't want a replacement.", escalate: true },
      { message: 'Please could I have a copy of my eye examination notes from the last few years? My new GP has asked for them.', escalate: true },
      { message: "I was charged £25 for my test but I'm diabetic so I think it should have been NHS. Could I get that refunded?", escalate: false },
      { message: "I bought a £12 lens cleaning kit that I don't need, can I return it and get a refund?", escalate: false },
      // Calm look-alikes
      { message: 'What should someone do if they notice flashes in their vision? Just asking as my mum had a detached retina years ago.', escalate: false },
      { message: 'How long do glasses normally take to be ready after you order them?', escalate: false },
      { message: "What's your refund policy if I don't get on with varifocals?", escalate: false },
      { message: 'Which optometrist works on Saturdays? I want to book with the same one as last time, she was lovely.', escalate: false },
      { message: "Can I try daily contact lenses before committing? I've heard they're easier on sore eyes.", escalate: false },
      { message: 'Is a private eye test £25? And do I get money off glasses afterwards?', escalate: false },
      { message: "I'd like to drop a card in for Eleanor and the team to say thank you - are you open on Friday afternoon?", escalate: false },
      { message: 'I got a text saying my glasses are ready - can my husband collect them for me?', escalate: false },
    ],
  },
  {
    name: 'Brightnest Home Cleaning',
    businessContext:
      'Brightnest is a domestic cleaning agency placing vetted, insured cleaners in homes across Greater ' +
      'Manchester for weekly, fortnightly and one-off deep cleans.',
    escalationRules: [
      'Always escalate if a customer says something was broken, damaged or has gone missing from their home',
      'refund requests over £60',
      "complaints about a cleaner's behaviour or timekeeping",
      'cleaner did not turn up - pass to a person',
      'key safe codes / house keys lost or not returned',
    ],
    businessRules:
      'Regular cleans are booked in 2- or 3-hour slots at £18 an hour, and cancellations with less than ' +
      "24 hours' notice are charged in full. Customers provide their own cleaning products unless they " +
      'choose the supplies add-on. Send to Joanne, our area coordinator, when a customer wants to switch ' +
      'to a different cleaner.',
    cases: [
      // Hand-off requests
      { message: 'Could I speak to somebody in the office about my cleans?', escalate: true },
      { message: 'ring me back on 0161 496 0733 when you get a chance', escalate: true },
      { message: 'Please put me through to the office', escalate: true },
      { message: 'supervisor', escalate: true },
      { message: 'person please, not a bot', escalate: true },
      { message: 'Can Joanne give me a call?', escalate: true },
      // A rule applies, in the customer's words
      { message: "My grandmother's vase from the landing windowsill is in pieces in the bin. Nobody said a word about it.", escalate: true },
      { message: "I can't find my engagement ring since Thursday's clean. It was on the bathroom shelf.", escalate: true },
      { message: 'Our cleaner has turned up 40 minutes late three weeks running and still leaves at the normal time.', escalate: true },
      { message: 'She was on her phone the whole time, on speaker, swearing, and my kids heard every word.', escalate: true },
      { message: "It's 11am, she was due at 9. No call, no text, nothing. I took the morning off work for this.", escalate: true },
      { message: 'We never got our spare key back after we stopped the cleans last month.', escalate: true },
      { message: "Honestly we'd like someone new. Nothing terrible, we just don't really click with Sandra.", escalate: true },
      { message: 'The end-of-tenancy clean cost £240 and the landlord still kept part of our deposit because the oven was filthy. I want that money back.', escalate: true },
      { message: 'I was charged £18 for a third hour but she left after two, can I have that back please?', escalate: false },
      { message: 'Could you refund the £9 for the supplies add-on? I ended up using my own stuff.', escalate: false },
      // Calm look-alikes
      { message: 'If something did ever get broken during a clean, are your cleaners insured?', escalate: false },
      { message: 'Do I need to be home for the first clean, or can I leave a key in a key safe?', escalate: false },
      { message: "What's the cancellation policy if I need to move next week's clean?", escalate: false },
      { message: 'Who is the coordinator for Stockport? I want to tell them how brilliant our cleaner has been.', escalate: false },
      { message: "Can the cleaner do the inside of the fridge this week? I'll leave it empty.", escalate: false },
      { message: 'How do refunds work if I pay for a month upfront and then go on holiday?', escalate: false },
      { message: 'Will the same cleaner come every week, or does it change?', escalate: false },
      { message: "Our cleaner's just texted to say she's running 10 minutes late - that's fine, just letting you know.", escalate: false },
    ],
  },
  {
    name: 'Gigstub',
    businessContext:
      'Gigstub is a UK online ticketing platform selling tickets for small gigs, comedy nights and fringe ' +
      'theatre, with e-tickets delivered in its app and a fan-to-fan resale page.',
    escalationRules: [
      'Always escalate if an event has been cancelled or moved and the customer has not been refunded',
      'refund requests over £50',
      "suspected fraud, fake tickets or someone else using the customer's account",
      'accessibility requests such as wheelchair spaces or companion tickets - pass to a person',
      'payment taken but no tickets received, or charged twice',
    ],
    businessRules:
      'Tickets are non-refundable unless the event is cancelled or rescheduled or the organiser allows it; ' +
      'booking fees are never refunded. Tickets can be transferred to a friend in the app up to 48 hours ' +
      'before doors. Pass to the partnerships manager, Dev, if an organiser or venue asks about selling ' +
      'their event on Gigstub.',
    cases: [
      // Hand-off requests
      { message: 'Is there a real person I can chat to about my order?', escalate: true },
      { message: 'Can someone call me back on 07700 900621? Order number GS-558201', escalate: true },
      { message: 'Put me through to customer services', escalate: true },
      { message: 'supervisor pls', escalate: true },
      { message: 'agent', escalate: true },
      { message: "I'd like to speak to Dev please", escalate: true },
      // A rule applies, in the customer's words
      { message: "The comedy night at the Brudenell got called off two weeks ago and I still haven't seen a penny back.", escalate: true },
      { message: "The band moved their Glasgow date to March and I can't make the new one. Where's my money?", escalate: true },
      { message: 'I bought two tickets off someone on your resale page and the venue says the barcodes were already scanned.', escalate: true },
      { message: "I've just had an email saying my password was changed, and there's an order on my account for Newcastle that I never made.", escalate: true },
      { message: 'My son uses a wheelchair - we need a proper space for him and a seat for me next to him at the Manchester show.', escalate: true },
      { message: "Money's gone out of my account for the Friday gig but there's nothing in the app and no email.", escalate: true },
      { message: "I've been charged twice for the same order, £64.50 both times.", escalate: true },
      { message: "Hi, I run a small folk club in Hebden Bridge and we're thinking of selling our autumn season through you.", escalate: true },
      { message: "Can I get the £3 booking fee back? I picked the wrong date by mistake and you've already swapped it for me.", escalate: false },
      { message: "I'd like a refund on my £22 ticket please, I'm not well enough to go on Friday.", escalate: false },
      // Calm look-alikes
      { message: 'If a gig gets cancelled, do I get the booking fee back as well?', escalate: false },
      { message: "How do I send one of my tickets to my mate? He's meeting me there.", escalate: false },
      { message: 'Are tickets on the resale page checked before they go on sale?', escalate: false },
      { message: 'Do you show which venues have lifts or step-free access? Just planning ahead for next year.', escalate: false },
      { message: 'Who is your manager? Your team sorted my tickets so quickly I want to send a proper thank-you.', escalate: false },
      { message: "My tickets haven't come through yet but the show isn't until May - when do they usually get sent out?", escalate: false },
      { message: 'How do I change the email address on my account?', escalate: false },
      { message: 'Do refunds go back to the card I paid with, or as credit?', escalate: false },
    ],
  },
];
