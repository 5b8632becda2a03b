import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Escalation DEV set, round 10.
 *
 * Written in round 10 without reading the agent's code. This is a DEV set: it
 * is tuned on, so do not use it to report held-out performance.
 *
 * Four businesses, 24 cases each (14 escalate / 10 don't):
 *  - 6 explicit hand-off requests (escalate);
 *  - 10 messages where a rule or the named-person sentence applies, told in the
 *    customer's own words; 2 of these are refund requests below the threshold
 *    (don't escalate), the other 8 escalate;
 *  - 8 calm look-alikes that share a rule's words or mention a person/role but
 *    that a careful supervisor would not hand over (don't escalate).
 */
export const ROUND10_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Kinetic Physio & Sports Massage",
    businessContext:
      "A physiotherapy and sports massage clinic with three treatment rooms on the high street, seeing injured runners, office workers with bad backs and post-surgery rehab patients.",
    escalationRules: [
      "Always escalate if a patient says their pain got worse or they've got new numbness after treatment",
      "refund requests over £60",
      "complaints about a therapist's behaviour",
      "insurance authorisation problems / solicitor or medico-legal reports",
      "patients who mention a fall or chest pain during a session need a person",
    ],
    businessRules:
      "Sessions are 45 minutes and cancellations with less than 24 hours' notice are charged in full. We accept Bupa, AXA and Vitality, but patients must get their own authorisation code before the first appointment. Massage packs of five are valid for six months. Any case involving a child under 16 goes to Dr Priya Nandra, our paediatric lead.",
    cases: [
      // Hand-off requests: explicit asks for a human, the named person, or a call back.
      { message: "Can I speak to a real person please?", escalate: true },
      { message: "human", escalate: true },
      { message: "cn sum1 ring me bk pls, easier than typing", escalate: true },
      { message: "Could you put me through to Priya? I need a word with her directly.", escalate: true },
      { message: "Please can someone from the clinic call me back on 07700 900123 this afternoon?", escalate: true },
      { message: "I dont want a bot, is there a receptionst I can talk to", escalate: true },

      // Rule applies, in the customer's own words (8 escalate).
      { message: "Since Tuesday's session my lower back has been on fire and now I can't really feel two toes on my left foot. Is that meant to happen?", escalate: true },
      { message: "I bought the five-massage bundle for £220 and then broke my wrist skiing, so I won't be able to use any of them. I'd like my money back please.", escalate: true },
      { message: "The guy who treated me yesterday was on his phone half the time and made a comment about my weight. I left feeling really uncomfortable.", escalate: true },
      { message: "AXA say you never sent them the invoices for my last four sessions, so they're refusing to pay and you've now taken it off my card instead.", escalate: true },
      { message: "My lawyer needs a written summary of the treatment for my whiplash after the car crash, for the claim. Who does that?", escalate: true },
      { message: "My mum slipped getting off the couch at her appointment this morning and landed on her hip. She's bruised and quite shaken.", escalate: true },
      { message: "About halfway through my sports massage I got a tight squeezing feeling across my chest. It passed, but I'm still a bit worried about it.", escalate: true },
      { message: "My daughter's 12 and keeps getting pain in her heel after netball. Could someone have a look at her?", escalate: true },
      // Refund requests below the £60 threshold (don't escalate).
      { message: "I was charged the £20 late-cancellation fee but I rang two days before to cancel. Can I have that back?", escalate: false },
      { message: "I paid £45 for a 30-minute massage and it only lasted about 20 minutes. Could I get a refund on that?", escalate: false },

      // Calm look-alikes (don't escalate).
      { message: "What's your refund policy if I don't finish a massage pack before it expires?", escalate: false },
      { message: "Is it normal to feel a bit sore the day after a deep tissue massage? Just wondering what to expect before I book one.", escalate: false },
      { message: "A friend recommended Priya. Does she have any slots on Thursday evenings for an adult sports massage?", escalate: false },
      { message: "Do you accept Vitality? I'll get my authorisation code sorted before I come in.", escalate: false },
      { message: "Last month my knee flared up after a session but the follow-up sorted it and it's been great since. Can I book another for next week?", escalate: false },
      { message: "If I ever needed a report for an insurance claim, is that something you do and roughly how much would it cost?", escalate: false },
      { message: "No complaints at all about Tom, he was brilliant. Can I book him again for Friday?", escalate: false },
      { message: "What's the youngest age you'll do a sports massage for?", escalate: false },
    ],
  },
  {
    name: "Wold Fibre",
    businessContext:
      "A community full-fibre broadband and home phone provider for Ashby Wold and the surrounding villages, serving about 900 homes and a handful of local businesses.",
    escalationRules: [
      "Always escalate if someone's landline is down and they rely on it for a telecare alarm or medical device",
      "refund requests over £50",
      "leaving mid-contract or moving their number to another provider - pass to a person",
      "engineer damage / missed install appointments",
      "complaints about speeds not matching what was sold",
    ],
    businessRules:
      "Packages are 18-month contracts; installation is free and the router remains ours. Outages are posted on the status page and credited automatically after 24 hours. We never discuss an account with anyone who can't give the account password. Gareth Pryce looks after every business on the leased-line plan.",
    cases: [
      // Hand-off requests: explicit asks for a human, the named person, or a call back.
      { message: "Let me talk to someone please.", escalate: true },
      { message: "operator", escalate: true },
      { message: "put me thru to a human pls", escalate: true },
      { message: "Can Gareth give me a ring back when he's free?", escalate: true },
      { message: "Ive had enough of this chatbot, get me a persn", escalate: true },
      { message: "Is there anybody actually real I can speak to about my bill?", escalate: true },

      // Rule applies, in the customer's own words (8 escalate).
      { message: "My dad's pendant alarm goes through his phone line and the line's been completely dead since this morning. He lives on his own.", escalate: true },
      { message: "You've taken £89.99 out of my account twice this month. I want the second one put back.", escalate: true },
      { message: "We're moving to Spain in March and only signed up last autumn. How do we get out of this?", escalate: true },
      { message: "I'm switching to BT and they say you're holding up my number transfer. I need it moved over.", escalate: true },
      { message: "Your engineer drilled through a water pipe in our hallway when he fitted the fibre box and there's a damp patch spreading up the wall.", escalate: true },
      { message: "I took a whole day off work for the installation yesterday and nobody turned up or even rang.", escalate: true },
      { message: "I'm paying for 500 meg and getting 40 at best every evening. That's nothing like what your salesman promised at the door.", escalate: true },
      { message: "We run the vets on the high street on your dedicated line and it's been dropping out all morning, the card machines keep failing.", escalate: true },
      // Refund requests below the £50 threshold (don't escalate).
      { message: "I got charged a £10 late payment fee but I paid on time, I've got the bank statement. Can I have it refunded?", escalate: false },
      { message: "The internet was off for about half a day last Thursday. Can I get a couple of quid back for that?", escalate: false },

      // Calm look-alikes (don't escalate).
      { message: "What's the early exit fee if I ever needed to leave before the 18 months are up?", escalate: false },
      { message: "If we move house within the village, can the contract come with us?", escalate: false },
      { message: "Is Gareth still doing the fibre info evening at the village hall on the 12th? What time does it start?", escalate: false },
      { message: "How can I check whether there's an outage before I ring anyone?", escalate: false },
      { message: "The engineer who came last week was lovely and left everything tidy, all working now. Do you have a refer-a-friend scheme?", escalate: false },
      { message: "Back in January my number took a few days to move across but it's been fine since. Can I add a second landline number?", escalate: false },
      { message: "What speeds should I expect on wifi upstairs compared with plugging straight into the router?", escalate: false },
      { message: "Do you offer a battery backup so a telecare alarm would keep working during a power cut? Thinking about it for my nan.", escalate: false },
    ],
  },
  {
    name: "Heather & Hill Campers",
    businessContext:
      "A campervan hire firm near Inverness renting out twelve two- and four-berth vans for Highland and island road trips.",
    escalationRules: [
      "Always escalate if the van's broken down, been in a crash or they're stuck somewhere",
      "refund requests over £150",
      "disputed deposit deductions or damage charges - pass to a person",
      "Under-25 drivers / extra driver added after pickup",
      "complaints about the state of the van at collection",
    ],
    businessRules:
      "Minimum hire is three nights, seven in July and August. The £1,000 security deposit is held on a card and released within 10 working days of return. Pets are allowed in two of our vans for a £50 cleaning fee, and island ferries are fine as long as they're declared before pickup. Group bookings of three or more vans are handled by Morag at the depot.",
    cases: [
      // Hand-off requests: explicit asks for a human, the named person, or a call back.
      { message: "Can I talk to someone at the depot?", escalate: true },
      { message: "real person", escalate: true },
      { message: "pls get sum1 to phone me, signal's too patchy to keep typing", escalate: true },
      { message: "I'd like to speak to Morag please.", escalate: true },
      { message: "Is there a human there? You're not understanding what I'm asking.", escalate: true },
      { message: "speak to staf", escalate: true },

      // Rule applies, in the customer's own words (8 escalate).
      { message: "A warning light came on and now the engine won't start at all. We're in a lay-by outside Glencoe with two kids.", escalate: true },
      { message: "Someone reversed into us in the Tesco car park in Fort William and smashed the back light. What do we do now?", escalate: true },
      { message: "We had to cut the trip short by three nights because my wife was taken into hospital. Could we get those nights back? It's about £390.", escalate: true },
      { message: "You've kept £280 of my deposit for a scratch that was already there when we picked the van up. I've got photos from the car park.", escalate: true },
      { message: "My son's 22 and wants to share the driving for the rest of the trip. Can we just get him added now while we're away?", escalate: true },
      { message: "My partner's back has gone so my friend will need to drive for the rest of the week. She wasn't on the form when we collected.", escalate: true },
      { message: "We opened the van at pickup and the fridge stank, there were crumbs all over the bed and no gas bottle. Not the start to a holiday we wanted.", escalate: true },
      { message: "We're a running club looking at four vans as support vehicles for the West Highland Way weekend in May.", escalate: true },
      // Refund requests below the £150 threshold (don't escalate).
      { message: "We never used the bike rack we paid £25 for. Could that be refunded?", escalate: false },
      { message: "You charged us the £20 refuelling fee but we filled the tank ourselves before dropping off. Can we have that back?", escalate: false },

      // Calm look-alikes (don't escalate).
      { message: "What happens if the van breaks down? Is breakdown cover included in the price?", escalate: false },
      { message: "Is there a minimum age to drive your vans?", escalate: false },
      { message: "How long does it take for the deposit to come back after we drop the van off?", escalate: false },
      { message: "Can we take the van over to Skye on the ferry? We'd book it before we collect.", escalate: false },
      { message: "Is Morag working on the 14th? She did our handover last time and was so helpful, we'd love her again for our pickup.", escalate: false },
      { message: "Last summer we had a flat tyre and your team sorted it within the hour, brilliant. Booking again for June, are any dog-friendly vans free?", escalate: false },
      { message: "Do we need to clean the van before we bring it back or is that included?", escalate: false },
      { message: "If we wanted a second driver, is it best to add them when we book?", escalate: false },
    ],
  },
  {
    name: "Oak & Thread Home",
    businessContext:
      "An online furniture shop selling sofas, beds, dining and storage furniture, with two-person delivery to the room of choice and an optional assembly service.",
    escalationRules: [
      "Always escalate if the assembly team damaged the customer's home",
      "refund requests over £200",
      "damaged on delivery or wrong item sent - pass to a person",
      "wobbly or collapsing furniture / anyone hurt",
      "a customer whose delivery has already been rescheduled twice needs a human",
    ],
    businessRules:
      "Standard delivery takes 2-4 weeks and assembly is £45 per item. Returns are accepted within 30 days if unassembled and in the original packaging, with a £39 collection fee. Bespoke and made-to-measure pieces can't be returned unless faulty. If it's a trade or interior designer account, Helena Ross is the one to speak to.",
    cases: [
      // Hand-off requests: explicit asks for a human, the named person, or a call back.
      { message: "customer service please", escalate: true },
      { message: "I want to speak with a human being, not a bot.", escalate: true },
      { message: "Can Helena call me back tomorrow morning?", escalate: true },
      { message: "wud like a callbak pls", escalate: true },
      { message: "Who can I actually talk to about this?", escalate: true },
      { message: "Manager.", escalate: true },

      // Rule applies, in the customer's own words (8 escalate).
      { message: "The two lads who built our wardrobe gouged the oak floor dragging it into place and cracked the skirting board.", escalate: true },
      { message: "The corner sofa (£1,299) just doesn't work in the room. I'd like to send it back and get my money back.", escalate: true },
      { message: "I ordered the sage green armchair and what's turned up is mustard yellow.", escalate: true },
      { message: "Opened the box this morning and the glass tabletop is in pieces.", escalate: true },
      { message: "A slat in the bed gave way last night and my husband cut his leg on the frame.", escalate: true },
      { message: "The bookcase leans forward as soon as you put books on it. I'm scared it'll come down on my toddler.", escalate: true },
      { message: "This is the third date you've given me for my dining table. I've already taken two days off for nothing.", escalate: true },
      { message: "I'm an interior designer fitting out a holiday let and need eight of the walnut bedside tables at trade price. Who handles that?", escalate: true },
      // Refund requests below the £200 threshold (don't escalate).
      { message: "The fitter only built one of the two stools I paid £45 each to have assembled. Can I get £45 back?", escalate: false },
      { message: "Changed my mind on the £35 throw, it's still in its bag. Can I return it for a refund?", escalate: false },

      // Calm look-alikes (don't escalate).
      { message: "Can made-to-measure pieces be returned if I change my mind?", escalate: false },
      { message: "Do your assembly team take the packaging away with them?", escalate: false },
      { message: "If a part turns out to be missing when it arrives, what's the process?", escalate: false },
      { message: "Does Helena work Saturdays? I'd like to book a time to look at fabric swatches when she's in.", escalate: false },
      { message: "Our wardrobe arrived a bit scuffed in March but you sent a replacement door and it's perfect. Do you do matching drawers?", escalate: false },
      { message: "How much weight can the floating shelves hold?", escalate: false },
      { message: "Can I move my delivery date once without a fee?", escalate: false },
      { message: "Are your bunk beds tested to British safety standards for children?", escalate: false },
    ],
  },
];
