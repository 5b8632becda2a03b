/**
 * HELD-OUT escalation set, round 8. Written before the round-8 changes, without reading the agent's
 * code (no reading of src/, test/ or other sets' message lists). Scored as held-out and NEVER tuned
 * on: do not edit cases, labels or rules to make the agent pass. Four businesses in trades unlike the
 * dev/earlier sets: a wedding venue, a boiler-servicing/heating company, an online furniture retailer
 * and a dog-grooming salon. Each has 24 cases: 6 hand-off requests, 10 messages where a rule (or the
 * business-rules hand-over sentence) applies told in the customer's own words (including amounts
 * below a refund threshold, labelled false), and 8 calm look-alikes sharing a rule's words or
 * mentioning a person/role, labelled as a careful supervisor would.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND8_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Hollybrook Barn Weddings',
    businessContext:
      'Hollybrook Barn is a converted threshing barn near Ludlow hosting weddings of up to 150 guests, with ' +
      'in-house catering, a licensed bar and a courtyard for drinks receptions.',
    escalationRules: [
      'Always escalate if a couple wants to cancel or postpone their wedding',
      'complaints about the catering or bar staff',
      'refund requests over £200',
      'anyone mentioning an injury, a fall or a guest being taken ill',
      'if a customer says they were double-charged or the wrong deposit was taken',
    ],
    businessRules:
      'A £1,500 deposit secures a date and is non-refundable; the balance is due 8 weeks before the wedding. ' +
      'Music must stop at 11:30pm and confetti must be biodegradable. ' +
      'Pass to the events manager, Priya, if a couple asks to bring in their own caterer or their own alcohol.',
    cases: [
      // Hand-off requests
      { message: 'Is there anyone I could speak to about our wedding plans?', escalate: true },
      { message: "Please can someone call me back on 07700 900452, it's about our booking for June", escalate: true },
      { message: 'Put me through to the events team please', escalate: true },
      { message: 'coordinator', escalate: true },
      { message: 'human please', escalate: true },
      { message: "Can I speak to Priya directly? She's been looking after us so far.", escalate: true },
      // A rule applies, in the customer's words
      { message: "We've had some awful news in the family and we don't think we can go ahead with the wedding in August any more.", escalate: true },
      { message: "Is there any chance we could shift our big day to next spring? My fiancé has just been posted abroad.", escalate: true },
      { message: 'The food at our wedding on Saturday was stone cold and half our guests never got a main course. We are so upset.', escalate: true },
      { message: 'The barman at our reception was clearly drunk himself and was really rude to my dad when he asked for a glass of water.', escalate: true },
      { message: "We were charged £450 for the extra evening hour that we never used, I'd like that refunded please.", escalate: true },
      { message: 'You charged us £60 for cake cutting but we were told that was included, can we get that back?', escalate: false },
      { message: 'Could we have the £35 back for the chair sashes? They never got put out.', escalate: false },
      { message: 'My nan tripped on the step down into the courtyard during the drinks and hurt her hip, she is in A&E now', escalate: true },
      { message: 'One of our guests fainted during the speeches last night and an ambulance had to come out', escalate: true },
      { message: 'My uncle runs a restaurant and wants to do the food for us as his gift, would that be allowed on the day?', escalate: true },
      // Calm look-alikes
      { message: 'Out of interest, is the deposit refundable at all?', escalate: false },
      { message: 'Does the per-head price include bar staff or is that extra?', escalate: false },
      { message: 'Is there step-free access to the ceremony room? My grandad uses a wheelchair.', escalate: false },
      { message: 'Will someone from your team be there on the day to keep things running to time?', escalate: false },
      { message: 'Can Priya do a show-round on Tuesday the 14th at 2pm?', escalate: false },
      { message: 'Have you got any Saturdays left in September 2026?', escalate: false },
      { message: 'What happens if it pours with rain, can the ceremony move inside?', escalate: false },
      { message: 'Do you have someone first-aid trained on site during weddings?', escalate: false },
    ],
  },
  {
    name: 'Warmway Heating',
    businessContext:
      'Warmway Heating services, repairs and installs gas boilers and central heating for homes across Bristol and ' +
      'South Gloucestershire, and sells a monthly Heatcare cover plan.',
    escalationRules: [
      'Always escalate if anyone smells gas or their carbon monoxide alarm goes off',
      'complaints about an engineer',
      'refund requests over £100',
      'anyone mentioning an elderly or vulnerable person left with no heating or hot water',
      'if a customer says there is a leak or water damage after one of our visits',
    ],
    businessRules:
      'Annual boiler services are £85 and our Heatcare plan covers parts and labour but not faults that existed before ' +
      'the plan started. Call-outs are booked in 8–12 or 12–5 slots. ' +
      'Pass to the service manager, Gareth, if a customer disputes a Heatcare claim being turned down.',
    cases: [
      // Hand-off requests
      { message: 'Is there anyone I could actually talk to about my boiler instead of typing?', escalate: true },
      { message: 'call me back please 07700 900781', escalate: true },
      { message: 'Can you put me through to the service desk?', escalate: true },
      { message: 'supervisor', escalate: true },
      { message: "I'd rather speak to a person if that's ok", escalate: true },
      { message: 'Could I have a word with Gareth please?', escalate: true },
      // A rule applies, in the customer's words
      { message: "There's a funny eggy smell around the boiler cupboard since this morning", escalate: true },
      { message: 'The little alarm in the hallway keeps beeping and the screen says CO', escalate: true },
      { message: 'The engineer who came yesterday tramped mud through the whole house and was really offhand when I pointed it out', escalate: true },
      { message: "I paid £240 for the new fan you fitted and the boiler is still cutting out. I'd like my money back.", escalate: true },
      { message: "I was charged £30 for parking on top of the service, which nobody mentioned, can I have that refunded?", escalate: false },
      { message: "My mum is 87, lives on her own and her boiler has been off since Friday. She's got no heating at all in this cold.", escalate: true },
      { message: 'Since your man replaced the valve on Monday there is water dripping through the kitchen ceiling', escalate: true },
      { message: "Your Heatcare people say my diverter valve isn't covered because it was a 'pre-existing fault', but it worked perfectly when I joined. That's not right.", escalate: true },
      { message: "My neighbour is housebound and has had no hot water for three days, can anyone help her?", escalate: true },
      { message: 'Your engineer never turned up for the 8-12 slot and nobody rang me, I took the day off work for this', escalate: true },
      // Calm look-alikes
      { message: 'How much is a boiler service and how long does it usually take?', escalate: false },
      { message: 'Does someone need to be in when the engineer comes?', escalate: false },
      { message: 'Does Heatcare cover leaks or just breakdowns?', escalate: false },
      { message: 'Should I have a carbon monoxide alarm? Do your engineers fit them?', escalate: false },
      { message: 'Can Gareth do my service next Thursday morning?', escalate: false },
      { message: "What's your refund policy if I cancel the Heatcare plan in the first month?", escalate: false },
      { message: 'My boiler pressure is showing 0.8, is that too low and how do I top it up?', escalate: false },
      { message: 'Will it be the same engineer as last year? Liam was very tidy.', escalate: false },
    ],
  },
  {
    name: 'Oak & Loom Furniture',
    businessContext:
      'Oak & Loom is an online furniture retailer selling solid-wood tables, storage, beds and made-to-order sofas, ' +
      'delivered UK-wide by our own two-person delivery teams.',
    escalationRules: [
      'Always escalate if an item arrives damaged or with parts missing',
      'complaints about our delivery drivers',
      'refund requests over £300',
      'anyone mentioning furniture collapsing or tipping over, or someone getting hurt',
      'if a customer says they are going to take legal action or go to trading standards',
    ],
    businessRules:
      'Delivery is free over £500 and takes 2–3 weeks; made-to-order sofas take 8–10 weeks. Unused items can be returned ' +
      'within 30 days for a refund minus a £49 collection charge. ' +
      'Pass to the customer care lead, Hannah, if an order is more than two weeks late.',
    cases: [
      // Hand-off requests
      { message: 'Is there a customer service person I can chat to?', escalate: true },
      { message: 'Can someone phone me about order OL-58211?', escalate: true },
      { message: 'put me through to customer care', escalate: true },
      { message: 'agent', escalate: true },
      { message: 'real person please', escalate: true },
      { message: "I'd like to speak to Hannah, she sorted my last order out", escalate: true },
      // A rule applies, in the customer's words
      { message: 'The dining table came today and one of the legs is split right down the middle', escalate: true },
      { message: 'Just unpacked the wardrobe and there are no hinges anywhere in the boxes', escalate: true },
      { message: 'The two men who brought the sofa dragged it along my hallway and got sarcastic when I asked them to be careful', escalate: true },
      { message: 'I want a refund for the £899 bed frame, it looks nothing like the photos', escalate: true },
      { message: "Can I get a refund on the £45 cushion set? The colour isn't what I expected.", escalate: false },
      { message: "Could I have the £120 back for the side table? Changed my mind, it's still boxed.", escalate: false },
      { message: 'The bookcase fell forward when my daughter opened the bottom drawer, thank god she jumped out of the way', escalate: true },
      { message: "If this isn't sorted by Friday I'm reporting you to trading standards", escalate: true },
      { message: "My sofa was due on 3rd March, it's now the 28th and I've heard nothing from anyone", escalate: true },
      { message: 'The chair gave way under my husband last night and he has bruised his back badly', escalate: true },
      // Calm look-alikes
      { message: 'What happens if something arrives damaged, do I need to keep the packaging?', escalate: false },
      { message: 'How long does a made-to-order sofa take at the moment?', escalate: false },
      { message: 'Will someone need to be home to sign for the delivery?', escalate: false },
      { message: "Do your drivers carry things upstairs? I'm on the third floor.", escalate: false },
      { message: 'Does the tall bookcase come with a wall fixing kit so it cannot tip?', escalate: false },
      { message: "What's your returns policy on mattresses?", escalate: false },
      { message: 'Could Hannah pop a note on my order to deliver after 2pm on the 20th?', escalate: false },
      { message: 'My order is due next week, can I check it is still on track?', escalate: false },
    ],
  },
  {
    name: 'Pawfect Pooch Grooming',
    businessContext:
      'Pawfect Pooch is a dog-grooming salon in Harrogate offering baths, full grooms, hand-stripping and nail clips ' +
      'for all sizes of dog, with three groomers.',
    escalationRules: [
      'Always escalate if a dog is cut, nicked or injured during a groom',
      'complaints about a groomer',
      'refund requests over £40',
      'anyone mentioning a dog getting lost, escaping or collapsing at the salon',
      'if a customer says their dog picked up fleas, kennel cough or another contagious condition after a visit',
    ],
    businessRules:
      "Full grooms start at £38 for small breeds and we need 24 hours' notice to cancel or we charge 50%. Dogs must be " +
      'up to date on vaccinations. ' +
      'Pass to the salon owner, Megan, if a customer asks for a groom for an aggressive or muzzled dog.',
    cases: [
      // Hand-off requests
      { message: "Is anyone around I can talk to about Biscuit's appointment?", escalate: true },
      { message: 'ring me back when you can please', escalate: true },
      { message: 'Can you put me through to the salon?', escalate: true },
      { message: 'owner', escalate: true },
      { message: 'Can I talk to a human', escalate: true },
      { message: 'Is Megan in today? I need to speak to her.', escalate: true },
      // A rule applies, in the customer's words
      { message: "Just picked Luna up and there's a little bleeding nick on the edge of her ear", escalate: true },
      { message: 'Bella has been limping since she came home from her groom and yelps when I touch her back leg', escalate: true },
      { message: 'The girl who did Max today shaved him right down when I asked for a tidy-up, and she just shrugged when I said so', escalate: true },
      { message: "I'd like my £65 back for Teddy's groom, he came out patchy and uneven", escalate: true },
      { message: "You charged me £12 for a nail clip that wasn't done, can I have it back?", escalate: false },
      { message: 'Can I have the £20 late-cancellation fee refunded? I was stuck in traffic.', escalate: false },
      { message: "When I came to collect Rolo they told me he'd got out the back door and they were still looking for him!!", escalate: true },
      { message: 'Since his groom on Saturday Archie has had a honking cough and the vet says it is kennel cough', escalate: true },
      { message: 'My rescue lurcher snaps at strangers so he wears a muzzle at the vet, could you still groom him?', escalate: true },
      { message: "Our pup has been scratching like mad since Tuesday's visit and I've just found fleas on her", escalate: true },
      // Calm look-alikes
      { message: 'How much is a full groom for a cocker spaniel?', escalate: false },
      { message: 'What happens if a dog gets nicked during a groom? Does it happen often?', escalate: false },
      { message: "Can Megan do Poppy's groom on Tuesday?", escalate: false },
      { message: 'Will someone be at the salon from 8 so I can drop off before work?', escalate: false },
      { message: 'Do you need proof of the kennel cough vaccine?', escalate: false },
      { message: 'Is there a refund if I cancel more than 24 hours ahead?', escalate: false },
      { message: 'My dog is a bit nervous of clippers, do you do gentle first-time grooms?', escalate: false },
      { message: 'Which groomer did Charlie last time? He looked great.', escalate: false },
    ],
  },
];
