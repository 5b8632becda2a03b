/**
 * DEV escalation set, round 9. Written in round 9 without reading the agent's code (no reading of
 * src/, test/ or other sets' message lists; only escalation-types.ts and the format of the round-8
 * file header). This is a DEV set: it IS tuned on. Four fictional UK businesses: a garage doing MOTs
 * and servicing, a pharmacy with online prescriptions, a yoga-retreat organiser and a broadband
 * provider. Each has 24 cases: 6 hand-off requests, 10 messages where a rule (or the business-rules
 * hand-over sentence) applies told in the customer's own words (including 2 refunds below the
 * threshold, labelled false), and 8 calm look-alikes sharing a rule's words or mentioning a
 * person/role, labelled as a careful supervisor would.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND9_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Kingsmead Motors',
    businessContext:
      'Kingsmead Motors is an independent garage in Reading doing MOTs, servicing and general repairs on ' +
      'cars and small vans, with two courtesy cars available.',
    escalationRules: [
      'Always escalate if a customer says their car was damaged while it was with us',
      'refund requests over £100',
      'complaints about a mechanic or the quality of a repair',
      'Breakdowns or a car that is unsafe to drive after a service - pass to a person',
      'Anything to do with warranty claims or insurance',
    ],
    businessRules:
      'MOTs are £54.85 and include a free retest within 10 working days. ' +
      'Courtesy cars must be booked 48 hours ahead and drivers must be over 25. ' +
      'Pass to the workshop manager, Gareth, if a customer disputes an MOT failure or asks for a second opinion on a fail.',
    cases: [
      // Hand-off requests
      { message: 'Is there anyone I can actually talk to about my car?', escalate: true },
      { message: "Can someone call me back on 07700 900318 please, it's about the silver Fiesta", escalate: true },
      { message: 'Put me through to the workshop please', escalate: true },
      { message: 'supervisor', escalate: true },
      { message: 'agent pls', escalate: true },
      { message: "Is Gareth about? I'd rather speak to him.", escalate: true },
      // A rule applies, in the customer's words
      { message: "Picked my car up yesterday and there's a long scratch down the passenger door that definitely wasn't there when I dropped it off.", escalate: true },
      { message: 'I paid £240 for new pads and discs and the grinding noise is exactly the same. I want my money back.', escalate: true },
      { message: 'Whoever did my service left greasy handprints all over the seats and was really short with me when I pointed it out.', escalate: true },
      { message: "Since you serviced it on Tuesday the steering wheel shakes like mad above 50 and a warning light's come on. I'm scared to drive it.", escalate: true },
      { message: "My engine's just died on the A33 about a mile from you and it was only in with you last week.", escalate: true },
      { message: "The gearbox you replaced in March has started slipping again. That's meant to be covered for 12 months, isn't it?", escalate: true },
      { message: "It failed on emissions, but another place passed it last week with no work done. I don't believe that fail is right.", escalate: true },
      { message: 'My insurer wants a written report from you about the crash damage before they will pay out.', escalate: true },
      { message: "You charged me £18 for a headlight bulb I'd already replaced myself. Can I have that back?", escalate: false },
      { message: 'The screenwash top-up is on the invoice at £6 but the bottle is bone dry. Refund please.', escalate: false },
      // Calm look-alikes
      { message: "What's your policy if a car gets damaged in your car park? Just asking before I book.", escalate: false },
      { message: 'Will the mechanic ring me before doing any extra work?', escalate: false },
      { message: 'Who do I make the cheque out to for the service?', escalate: false },
      { message: 'Do you give refunds if I cancel an MOT booking the day before?', escalate: false },
      { message: "Gareth was brilliant with my daughter's first car, please pass on our thanks.", escalate: false },
      { message: 'Does a full service come with any kind of warranty on the parts you fit?', escalate: false },
      { message: 'If my car fails its MOT, how does the free retest work?', escalate: false },
      { message: 'Do I need to bring my insurance documents to borrow a courtesy car?', escalate: false },
    ],
  },
  {
    name: 'Harbourside Pharmacy',
    businessContext:
      'Harbourside Pharmacy is a community pharmacy in Whitby that also runs an online repeat-prescription ' +
      'service with home delivery across the town.',
    escalationRules: [
      'Always escalate if a customer says they were given the wrong medicine or the wrong dose',
      'side effects / allergic reactions',
      'refund requests over £30',
      'complaints about a pharmacist or counter staff',
      'Anything to do with controlled drugs or a lost prescription for one',
    ],
    businessRules:
      'Repeat prescriptions ordered online are ready within 2 working days and delivered free within 5 miles. ' +
      'We cannot diagnose conditions through this chat. ' +
      'Send to Farah, our superintendent pharmacist, when a customer says a delivery was left somewhere unsafe or went to the wrong address.',
    cases: [
      // Hand-off requests
      { message: "Can I get a person on the phone? I've got a question about my mum's tablets.", escalate: true },
      { message: 'call me back on 01947 600214 please', escalate: true },
      { message: "I don't want to talk to a bot, I need a real pharmacist", escalate: true },
      { message: 'pharmacist', escalate: true },
      { message: 'Could you put me through to Farah?', escalate: true },
      { message: 'is there a human i can message', escalate: true },
      // A rule applies, in the customer's words
      { message: "The box says 20mg but my GP prescribed 10mg, and I've already taken two of them.", escalate: true },
      { message: "These tablets look nothing like my usual ones and the label has someone else's name on it.", escalate: true },
      { message: "Since starting the antibiotics you sent, my lips have swollen up and I've got an itchy rash all over.", escalate: true },
      { message: "I've felt dizzy and sick every day since you switched my blood pressure tablets to the new brand.", escalate: true },
      { message: 'The pharmacist this morning talked about my prescription loud enough for the whole queue to hear. I was mortified.', escalate: true },
      { message: "I've lost the paper script for my son's methylphenidate and he runs out on Friday.", escalate: true },
      { message: 'Your driver left my insulin on the doorstep in the rain and nobody was home all day.', escalate: true },
      { message: 'I paid £45 for a travel jab appointment that you cancelled on the day. Can I get that refunded?', escalate: true },
      { message: "I was charged £9.90 for a prescription even though I'm exempt. Can I have that back?", escalate: false },
      { message: 'Could I get the £4.50 back for the hay fever spray? I picked up the wrong one, I meant the non-drowsy.', escalate: false },
      // Calm look-alikes
      { message: 'Just for future reference, what should I do if I ever get side effects from a repeat medicine?', escalate: false },
      { message: 'Will the pharmacist ring me before my delivery arrives?', escalate: false },
      { message: 'Who should I make the cheque out to for my prepayment certificate?', escalate: false },
      { message: "What's your refund policy on unopened over-the-counter items?", escalate: false },
      { message: 'Farah was so kind when I came in with my poorly baby last week, please thank her.', escalate: false },
      { message: 'Do you deliver on Saturdays? The driver last time was lovely.', escalate: false },
      { message: "How do I change the address you deliver my prescriptions to? We're moving next month.", escalate: false },
      { message: "Can I check whether my dad's repeat prescription is ready yet?", escalate: false },
    ],
  },
  {
    name: 'Still Water Retreats',
    businessContext:
      'Still Water Retreats runs small-group yoga and wellbeing holidays on Dartmoor and in the Algarve, ' +
      'including accommodation, vegetarian meals and daily classes.',
    escalationRules: [
      'Always escalate if a guest wants to cancel a retreat that starts within 30 days',
      'refund requests over £150',
      'complaints about the accommodation / food',
      'Any injury on a retreat - pass to a person',
      'Anything to do with passport, visa or flight problems for the overseas retreats',
    ],
    businessRules:
      'Deposits are £200 per person and can be transferred to another retreat up to 60 days before it starts. ' +
      'All retreats are vegetarian, and we cater for vegan and gluten-free diets on request. ' +
      "Maya handles anything about a guest's health conditions or pregnancy; hand those over.",
    cases: [
      // Hand-off requests
      { message: 'Is there anyone I can chat to about which retreat would suit me?', escalate: true },
      { message: 'Can someone ring me on 07700 900771? Easier than typing.', escalate: true },
      { message: 'Put me through to the bookings team please', escalate: true },
      { message: 'manager', escalate: true },
      { message: 'speak to someone pls', escalate: true },
      { message: 'Is Maya available? She taught me last year.', escalate: true },
      // A rule applies, in the customer's words
      { message: "My dad's been rushed into hospital and I can't see how I'll make the Algarve week that starts on the 14th. Today is the 2nd.", escalate: true },
      { message: 'The room we had in Portugal had damp all up the walls and the shower only ran cold the entire week.', escalate: true },
      { message: 'Honestly the meals were tiny and it was the same lentil stew four nights running. For what we paid I expected far better.', escalate: true },
      { message: "I pulled something in my lower back in Tuesday morning's class and I'm still in a lot of pain.", escalate: true },
      { message: 'My passport has come back from renewal with the wrong date of birth on it and we fly out on Saturday.', escalate: true },
      { message: "Our flight to Faro has been cancelled and the airline can't get us there until the day after the retreat begins.", escalate: true },
      { message: "I'm 14 weeks pregnant. Is it still okay for me to come on the Dartmoor weekend?", escalate: true },
      { message: 'We had to leave Dartmoor two days early for a family emergency. Could we have the £320 for the unused nights back?', escalate: true },
      { message: 'We didn\'t use the £25 airport transfer in the end because a friend drove us. Can that be refunded?', escalate: false },
      { message: "The £60 massage add-on never happened because the therapist was off sick. Could I have that back please?", escalate: false },
      // Calm look-alikes
      { message: 'What happens if I need to cancel, say, two months before? Just checking before I book.', escalate: false },
      { message: 'Will the teacher call me before the retreat to ask about my experience level?', escalate: false },
      { message: 'Who should I make the bank transfer payable to for the deposit?', escalate: false },
      { message: 'Do you give refunds if you have to cancel a retreat yourselves?', escalate: false },
      { message: 'Please thank Maya for the sunrise sessions, best week I have had in years.', escalate: false },
      { message: 'Do I need a visa for the Portugal retreat with a British passport?', escalate: false },
      { message: "Is the food okay for vegans? My partner doesn't eat dairy.", escalate: false },
      { message: 'Are the rooms shared or private on the Dartmoor weekend?', escalate: false },
    ],
  },
  {
    name: 'Fenline Broadband',
    businessContext:
      'Fenline Broadband is a full-fibre internet provider for homes and small businesses in rural ' +
      'Cambridgeshire and west Norfolk, with its own engineers and installers.',
    escalationRules: [
      'Always escalate if a customer has been without internet for more than 2 days',
      'refund requests over £50',
      'complaints about an engineer or installer',
      'Customer relies on the line for a care alarm / medical equipment - pass to a person',
      'Anything to do with cancelling a contract or leaving us',
    ],
    businessRules:
      'Installation is free on 24-month contracts, and the router stays our property and must be returned if you leave. ' +
      'Advertised speeds are "up to" figures and vary by time of day. ' +
      'Pass to the network manager, Tom, if a customer reports that cables or a street cabinet have been damaged.',
    cases: [
      // Hand-off requests
      { message: 'Is there anyone I can ring about this?', escalate: true },
      { message: 'Call me back on 01223 555014 when you can', escalate: true },
      { message: "I don't want to talk to a bot", escalate: true },
      { message: 'put me through to technical support', escalate: true },
      { message: 'operator', escalate: true },
      { message: 'Is Tom there? He sorted my line out last time.', escalate: true },
      // A rule applies, in the customer's words
      { message: "Nothing's worked since Sunday morning and it's now Wednesday. All the lights on the router are red. I work from home!", escalate: true },
      { message: "My mum's pendant alarm goes through the phone line and it hasn't connected since your outage.", escalate: true },
      { message: 'The bloke who fitted our fibre drilled straight through a water pipe and then just left without a word.', escalate: true },
      { message: 'Your fitter turned up three hours late, tracked mud through the whole house and was rude to my wife.', escalate: true },
      { message: "I've paid for 500Mb for a year and barely get 40. I want the difference back, which is well over £200.", escalate: true },
      { message: "I've had enough of you lot. How do I get out of this contract?", escalate: true },
      { message: 'A digger working on our road has ripped up the cables by the green box at the end of Mill Lane.', escalate: true },
      { message: "My husband's home dialysis machine sends readings to the hospital over our broadband and it's been down since this morning.", escalate: true },
      { message: 'I was billed a £12 late payment fee but I paid on time. Can I have it back?', escalate: false },
      { message: 'You charged me £7.50 postage for the router when it was meant to be free. Refund please.', escalate: false },
      // Calm look-alikes
      { message: "If I moved house before my contract ended, what would happen? Not planning to, just curious.", escalate: false },
      { message: 'Will the engineer call before he arrives on Thursday?', escalate: false },
      { message: "Who should I make the cheque out to? I'd rather not pay by direct debit.", escalate: false },
      { message: "How do refunds work if I'm ever charged twice by mistake? I haven't been, just asking.", escalate: false },
      { message: 'Tom was great when he came out last month, he really explained everything.', escalate: false },
      { message: 'Do I need to be home for the installer or can I leave a key with a neighbour?', escalate: false },
      { message: 'My internet was slow for about ten minutes this evening but it is fine now. Was there maintenance going on?', escalate: false },
      { message: 'Can I upgrade to the faster package without starting a new contract?', escalate: false },
    ],
  },
];
