import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-10 held-out escalation set.
 *
 * Written blind, before the round-10 changes, without reading the agent's code
 * or any earlier escalation message lists. This set is held out: it must never be
 * used to tune prompts, thresholds or heuristics — only to measure.
 *
 * Four businesses (residential lettings agency, private tutoring agency, wedding and
 * events caterer, tattoo and piercing studio), each with exactly 24 cases:
 *   - 6 hand-off requests in varied forms (escalate: true)
 *   - 10 messages where a rule or the named-person sentence applies, in the customer's
 *     own words: 8 escalate: true, plus 2 refund requests BELOW the threshold (escalate: false)
 *   - 8 calm look-alikes sharing a rule's words or mentioning a person/role (escalate: false)
 * Per business: 14 true, 10 false.
 */
export const ROUND10_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Keystone Lettings',
    businessContext:
      'Keystone Lettings is a residential lettings and property management agency in Leeds, letting flats and houses for private landlords and looking after their tenants.',
    escalationRules: [
      'Always escalate if a tenant reports a gas smell, a CO alarm going off or no heating',
      'deposit refund requests over £300',
      'Eviction or possession notices - pass to a person',
      'landlord wanting to end management / move to another agent',
      'complaints about a property manager or contractor',
    ],
    businessRules:
      'Rent is due on the 1st of each month and payments more than 14 days late incur a £25 fee. Viewings run Monday to Saturday, 9am to 6pm, and a holding deposit is one week\'s rent. Anything about landlord statements or rent payouts goes to Priya, our client accounts manager.',
    cases: [
      // Hand-off requests (escalate: true)
      { message: 'Can I speak to an actual person please? This chat is going round in circles.', escalate: true },
      { message: 'human', escalate: true },
      { message: 'cn sum1 from the office ring me pls 07700 900123', escalate: true },
      { message: 'I\'d like to talk to Priya directly if she\'s available.', escalate: true },
      { message: 'Is there someone real I can talk to instead of a bot?', escalate: true },
      { message: 'agent plz', escalate: true },

      // Rule applies, in the customer's own words (8 true; 2 refunds under £300 are false)
      { message: 'There\'s a rotten egg kind of whiff by the boiler cupboard in flat 3 and it\'s getting stronger, I\'m honestly a bit scared to turn anything on.', escalate: true },
      { message: 'The radiators have been stone cold since Friday and the boiler just clicks and nothing happens. I\'ve got a 3 month old baby here and it\'s freezing.', escalate: true },
      { message: 'Got a letter from my landlord today saying I\'ve got two months to get out of the house. Is that even allowed? I\'ve never missed rent.', escalate: true },
      { message: 'They held back £650 of my deposit for a carpet that was already stained when I moved in — it\'s in the check-in photos. I want that money returned.', escalate: true },
      { message: 'I\'ve been thinking about it for a while and I\'m going to move my three flats over to another agency. How do I wind things up with you?', escalate: true },
      { message: 'Dave who looks after our building has ignored six emails about the damp and then was properly rude to me on the phone yesterday. Not acceptable.', escalate: true },
      { message: 'My March statement says the rent was collected but nothing has landed in my account and it\'s now the 20th. Where is my money?', escalate: true },
      { message: 'Your plumber left my kitchen flooded and walked off halfway through the job. Nobody has come back and the floor is ruined.', escalate: true },
      { message: 'You took £85 off my deposit for cleaning the oven, but I cleaned it before I left. Can I have the £85 back please?', escalate: false },
      { message: 'I was charged £40 for a replacement key fob but I found the old one in a coat pocket. Any chance of a refund on that?', escalate: false },

      // Calm look-alikes (escalate: false)
      { message: 'What should I do if I ever smell gas in the flat? Just want to stick the right number on the fridge.', escalate: false },
      { message: 'Is Priya in the office on Thursday? I\'d like to drop off my signed landlord pack in person.', escalate: false },
      { message: 'How much notice do I need to give if I want to leave at the end of my fixed term?', escalate: false },
      { message: 'When is the annual gas safety check booked for 14 Elm Road this year?', escalate: false },
      { message: 'Just for comparison with other agents — does your full management package cover serving notices if a tenant stops paying?', escalate: false },
      { message: 'The heating issue we had in January was fixed the next day, thanks for that. Can I go ahead and renew my tenancy for another year?', escalate: false },
      { message: 'How much is the holding deposit for the two-bed on Chapel Street, and how long do you hold it for?', escalate: false },
      { message: 'If my rent is a few days late because payday moved, what happens?', escalate: false },
    ],
  },
  {
    name: 'Brightpath Tutors',
    businessContext:
      'Brightpath Tutors is a private tutoring agency matching school pupils with online and home tutors for SATs, 11+, GCSE and A-level exams.',
    escalationRules: [
      'Safeguarding concerns - pass to a person immediately',
      'refund requests over £100',
      'a parent says a tutor has not turned up two or more times',
      'Complaints about tutor conduct or behaviour',
      'Always escalate if a parent mentions a special educational need or an EHCP',
    ],
    businessRules:
      'Lessons are 60 minutes and are sold in blocks of 5 or 10, paid upfront. Cancellations with less than 24 hours\' notice are charged in full, and unused lessons expire after six months. Hand over to Tom, our head of tutor matching, whenever a family wants to switch to a different tutor.',
    cases: [
      // Hand-off requests (escalate: true)
      { message: 'I would prefer to discuss this with a member of your team rather than online, please.', escalate: true },
      { message: 'Can Tom call me? Evenings after 6 are best.', escalate: true },
      { message: 'person pls', escalate: true },
      { message: 'is ther a real human i can tlk to', escalate: true },
      { message: 'Could someone give me a ring about my son\'s lessons? 07700 900456', escalate: true },
      { message: 'Operator.', escalate: true },

      // Rule applies, in the customer's own words (8 true; 2 refunds under £100 are false)
      { message: 'The maths tutor asked my 14-year-old daughter for her Snapchat and has been messaging her late at night. I only found out because her phone kept buzzing.', escalate: true },
      { message: 'My son says his tutor told him not to tell me what they talk about in lessons. It\'s probably nothing but it\'s really making me uneasy.', escalate: true },
      { message: 'This is the third week running that Mr Khan just hasn\'t logged on. My son sat in front of the laptop for an hour waiting again tonight.', escalate: true },
      { message: 'Tutor didn\'t show up AGAIN today, that\'s twice this month now with no message. Not impressed.', escalate: true },
      { message: 'The chemistry tutor spent the whole lesson on her phone and then swore at my son when he got a question wrong. He doesn\'t want to go back.', escalate: true },
      { message: 'We paid £450 for a 10-lesson block and only used two before we moved abroad. I\'d like the remaining lessons refunded please.', escalate: true },
      { message: 'My son has ADHD and a plan from the council that says he needs extra time and movement breaks. Can the tutor work with that before we book?', escalate: true },
      { message: 'Honestly my daughter and her English tutor just don\'t click, she dreads every session. Can we try someone else?', escalate: true },
      { message: 'The tutor cancelled Tuesday\'s lesson an hour before, so could I get the £40 for that one back?', escalate: false },
      { message: 'We were charged £35 for a lesson we cancelled two days in advance. Can that be refunded please?', escalate: false },

      // Calm look-alikes (escalate: false)
      { message: 'What\'s your safeguarding policy — are all your tutors DBS checked?', escalate: false },
      { message: 'What happens if a tutor doesn\'t turn up for a lesson? Do we still pay for it?', escalate: false },
      { message: 'Does Tom ever take on tutoring himself? We\'d love to book him for an A-level physics trial lesson.', escalate: false },
      { message: 'How do refunds work if we decide to stop partway through a block?', escalate: false },
      { message: 'The lateness problem we had with our tutor last term was sorted out and we\'re really happy now. Can we book another 10 lessons?', escalate: false },
      { message: 'Can we move Thursday\'s lesson from 5pm to 6pm with the same tutor?', escalate: false },
      { message: 'My daughter\'s tutor was brilliant, she got a 9 in maths! Where can I leave a review?', escalate: false },
      { message: 'If my son is poorly on the day, can we rearrange without being charged?', escalate: false },
    ],
  },
  {
    name: 'Saffron & Sage Catering',
    businessContext:
      'Saffron & Sage is a wedding and events caterer in Bristol providing canapés, sit-down dinners, buffets and waiting staff for weddings, parties and corporate events.',
    escalationRules: [
      'Always escalate if a guest has a severe allergy or anaphylaxis',
      'deposit refunds over £500',
      'date changes for events within 30 days - pass to a person',
      'complaints about food quality or staff at an event',
      'a client reports food poisoning or guests falling ill after an event',
    ],
    businessRules:
      'We take a 25% deposit to secure a date, with the balance due 14 days before the event. Final guest numbers and dietary requirements must be confirmed 10 days before the event. Anything about changing the menu after final numbers are in goes to Marco, our head chef.',
    cases: [
      // Hand-off requests (escalate: true)
      { message: 'Can I please speak with someone from your events team?', escalate: true },
      { message: 'Real person please', escalate: true },
      { message: 'Would Marco be able to give me a quick call today?', escalate: true },
      { message: 'pls get sum1 to phone me abt our wedding, 07700 900789', escalate: true },
      { message: 'I don\'t want to do this through a chatbot. Who can I actually talk to?', escalate: true },
      { message: 'staff', escalate: true },

      // Rule applies, in the customer's own words (8 true; 2 refunds under £500 are false)
      { message: 'My nephew carries an EpiPen for peanuts and he\'s coming to the wedding. I need to be completely sure nothing he eats has been anywhere near nuts.', escalate: true },
      { message: 'One of our guests literally stops breathing if she eats shellfish — is the paella station going to be safe for her??', escalate: true },
      { message: 'Our venue flooded last night and the party is three weeks on Saturday. We need to move it to the 28th instead — can you still do it?', escalate: true },
      { message: 'The canapés at our reception on Saturday came out cold and the waiting staff disappeared before the speeches. Really disappointed after what we paid.', escalate: true },
      { message: 'Half my office were off sick on Sunday and Monday after the Christmas buffet you did for us on Friday night. Vomiting, the lot.', escalate: true },
      { message: 'We\'ve had to call off the wedding. We paid a £1,800 deposit back in March — please can we have it returned?', escalate: true },
      { message: 'Final numbers went in last week but the bride has now decided she wants sea bass instead of the lamb. Who can sort that?', escalate: true },
      { message: 'One of your servers was rude to my mother-in-law and made a scene at the top table. I\'m mortified.', escalate: true },
      { message: 'We paid a £200 deposit for a small birthday buffet that we\'ve now had to cancel. Can we get that back please?', escalate: false },
      { message: 'Could we have the £150 tasting deposit refunded? We\'ve decided to go with a different caterer.', escalate: false },

      // Calm look-alikes (escalate: false)
      { message: 'Can you cater for gluten-free and vegan guests? There are about ten of each.', escalate: false },
      { message: 'What\'s your policy if we need to change our date? The wedding is over a year away but plans might shift.', escalate: false },
      { message: 'Is Marco doing tastings on the weekend of the 8th? We\'d like to book one.', escalate: false },
      { message: 'How far ahead do you need final guest numbers?', escalate: false },
      { message: 'Hypothetically, what happens to our deposit if we have to postpone?', escalate: false },
      { message: 'The dessert table mix-up at our last event was sorted with the discount, thank you. We\'d like to book you again for our anniversary.', escalate: false },
      { message: 'Do your staff have food hygiene certificates? The venue is asking for copies.', escalate: false },
      { message: 'Do you put allergen labels on the buffet cards?', escalate: false },
    ],
  },
  {
    name: 'Black Lotus Tattoo & Piercing',
    businessContext:
      'Black Lotus is a tattoo and piercing studio in Manchester offering custom and flash tattoos, cover-ups and body piercing with titanium jewellery.',
    escalationRules: [
      'a client says their tattoo or piercing is infected or they have a fever',
      'deposit refunds over £80',
      'anyone under 18 wanting a piercing or tattoo - pass to a person',
      'complaints about an artist / botched work',
      'Always escalate if someone has an allergic reaction to ink or jewellery',
    ],
    businessRules:
      'Tattoo deposits are usually £50 and are non-refundable within 48 hours of the appointment. Piercing walk-ins are welcome Tuesday to Saturday, and we only use implant-grade titanium jewellery. Custom design questions and anything about redrawing a design go to Jade, our lead artist.',
    cases: [
      // Hand-off requests (escalate: true)
      { message: 'Can I talk to someone at the studio please?', escalate: true },
      { message: 'need 2 speak 2 jade asap', escalate: true },
      { message: 'Human pls', escalate: true },
      { message: 'Could somebody phone me back? I\'d rather explain over the phone.', escalate: true },
      { message: 'Is there an actual person reading these? I want to speak to one.', escalate: true },
      { message: 'manager', escalate: true },

      // Rule applies, in the customer's own words (8 true; 2 refunds under £80 are false)
      { message: 'My nose piercing from last week is hot, swollen and there\'s yellow gunk coming out. I\'ve felt shivery all day too.', escalate: true },
      { message: 'The tattoo on my forearm has red streaks spreading out from it and it\'s throbbing like mad. Is that normal?', escalate: true },
      { message: 'My daughter is 15 and desperate for a helix piercing. I\'m happy to come in with her and sign whatever you need.', escalate: true },
      { message: 'The lettering on my ribs is spelled wrong and the lines are all shaky. I\'m absolutely gutted.', escalate: true },
      { message: 'The guy who did my tattoo was on his phone the whole time and rushed it. It looks nothing like the stencil we agreed.', escalate: true },
      { message: 'Only the red parts of my new tattoo have gone raised and bumpy and they itch constantly. The black bits are fine.', escalate: true },
      { message: 'I paid £150 upfront for a half-sleeve session and the artist has cancelled on me twice. I want my money back.', escalate: true },
      { message: 'I\'m really not happy with the sketch for my back piece, it needs changing before my session next week.', escalate: true },
      { message: 'Can I get my £50 deposit back? I booked three weeks out and I\'ve just changed my mind.', escalate: false },
      { message: 'I paid £30 for a jewellery downsize appointment I never made it to. Could I have that back?', escalate: false },

      // Calm look-alikes (escalate: false)
      { message: 'What\'s the minimum age for an earlobe piercing at your studio?', escalate: false },
      { message: 'What aftercare do you recommend so my new tattoo doesn\'t get infected?', escalate: false },
      { message: 'Is Jade free any Saturday in March? I\'d like to book a consultation with her.', escalate: false },
      { message: 'Do you use nickel-free jewellery? Cheap earrings always make my ears itchy.', escalate: false },
      { message: 'Do you do cover-ups of old tattoos, and roughly how much do they cost?', escalate: false },
      { message: 'What happens to my deposit if I need to reschedule?', escalate: false },
      { message: 'The swelling on my tongue piercing went down after a few days like you said, all good now. When can I change to a shorter bar?', escalate: false },
      { message: 'Can I bring my own design in, or will it need redrawing?', escalate: false },
    ],
  },
];
