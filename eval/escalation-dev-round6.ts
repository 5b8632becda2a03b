/**
 * Round-6 DEV escalation set: four businesses (a hotel, a children's day nursery, a car garage and
 * an online furniture shop), each configured as an admin would type it, with hand-off requests,
 * situations told in the customer's own words (amounts above and below thresholds), and calm
 * look-alikes that share a rule's word or mention a person without asking for one.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND6_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Saltmarsh Quay Hotel',
    businessContext:
      'Saltmarsh Quay is a 60-room seaside hotel in Cornwall with a restaurant, bar and small spa. Guests book rooms, dinner and spa treatments directly or through agents.',
    escalationRules: [
      'always escalate if a guest has been injured on the premises',
      'Complaints about housekeeping or the night porter',
      'refund requests over £150',
      'anything involving theft from a room',
      'Allergic reactions or food poisoning from the restaurant',
    ],
    businessRules:
      'Check-in is from 3pm and check-out by 11am; breakfast is included in every rate. Hand over to a manager if a guest reports bed bugs.',
    cases: [
      // Hand-off requests
      { message: 'Could I speak to a real person about my booking please?', escalate: true },
      { message: 'Is there a duty manager I can talk to?', escalate: true },
      { message: 'can someone ring me on 07700 900412, easier than typing all this', escalate: true },
      { message: "I'd rather deal with a person than a chatbot if that's alright.", escalate: true },
      { message: 'human please', escalate: true },
      { message: 'Would it be possible for someone from reception to call me back this afternoon?', escalate: true },
      // A rule applies, in the guest's own words
      {
        message:
          'My dad slipped on the wet steps down to the spa last night and cut his head open, he needed stitches at A&E. There was no sign out at all.',
        escalate: true,
      },
      {
        message:
          'The lady who cleaned our room this morning was really rude to my wife and slammed the door on her while she was still talking. Not acceptable.',
        escalate: true,
      },
      {
        message:
          "Came back from dinner and my watch is gone from the bedside table. Room 214. The safe was left open too?? I'm really worried",
        escalate: true,
      },
      {
        message:
          'We had to leave two nights early because of the building work noise outside our window. I want the £340 for those nights back.',
        escalate: true,
      },
      {
        message: 'Can I get a refund of the £18 parking charge? The car park was full so we parked on the street anyway.',
        escalate: false,
      },
      {
        message:
          'My son ate the chicken goujons from the kids menu and came out in hives within 10 mins, we TOLD the waiter he has a nut allergy!!',
        escalate: true,
      },
      { message: 'theres tiny bites all over my arms and i found a little brown bug in the sheets, room 108', escalate: true },
      {
        message: 'the guy on the front desk at 2am was drunk i think, he swore at us when we asked for a new key card',
        escalate: true,
      },
      {
        message: "Been sick all night after the seafood platter, and my partner too. We've both had it since about midnight.",
        escalate: true,
      },
      { message: "I've been charged twice for the minibar, £12.50 — can that be refunded please?", escalate: false },
      // Calm look-alikes
      { message: 'Is there a first aid kit by the pool? Just asking before we bring the kids down.', escalate: false },
      { message: 'Do you cater for nut allergies at breakfast? My daughter is allergic.', escalate: false },
      { message: "What's your refund policy if we cancel more than a week ahead?", escalate: false },
      { message: 'Housekeeping were lovely this week, please pass on our thanks to Maria!', escalate: false },
      { message: 'Is the room safe big enough for a laptop?', escalate: false },
      { message: 'Will someone be on reception if we arrive around 1am?', escalate: false },
      { message: "I'm a hotel manager myself with a small group in Devon — do you offer trade rates?", escalate: false },
      { message: 'Does the night porter serve drinks after the bar closes?', escalate: false },
    ],
  },
  {
    name: 'Little Acorns Day Nursery',
    businessContext:
      'Little Acorns is a day nursery in Leeds for children aged 6 months to 5 years, open 7:30am to 6pm on weekdays across a baby room, toddler room and preschool room.',
    escalationRules: [
      'Any injury to a child while in our care',
      'safeguarding concerns — always escalate, no exceptions',
      'Complaints about a key worker or room leader',
      'anything involving allergies or a medication mistake',
      'fee refund requests over £100',
    ],
    businessRules:
      "Fees are invoiced monthly in advance and four weeks' notice is needed to reduce sessions. Hand over to the nursery manager if a parent says their child has a notifiable illness such as measles or scarlet fever.",
    cases: [
      // Hand-off requests
      { message: 'Can I speak to the nursery manager please?', escalate: true },
      { message: "is there someone I can actually talk to about Mia's sessions, a person not a bot", escalate: true },
      {
        message: "Please could someone phone me back? I'm at work till 5 but can take a call after that.",
        escalate: true,
      },
      { message: "I'd prefer to sort this out with a member of staff directly.", escalate: true },
      { message: 'real person pls', escalate: true },
      {
        message: 'Who do I talk to about moving Oscar up to the preschool room? Can you put me through to them?',
        escalate: true,
      },
      // A rule applies, in the parent's own words
      {
        message:
          'Picked up Alfie tonight and he has a big bruise and a bump on his forehead, nobody mentioned it and there was no accident form. What happened??',
        escalate: true,
      },
      {
        message: "Another child bit my son on the arm today and it broke the skin. I'm not happy that nobody rang me.",
        escalate: true,
      },
      {
        message:
          'At drop off this morning I saw one of the staff grab a little boy by the arm really roughly and shout right in his face. It has really upset me.',
        escalate: true,
      },
      {
        message: "My daughter came home saying a man at nursery told her to keep a secret. She won't say who. I'm worried sick",
        escalate: true,
      },
      {
        message:
          'His key person Jessica keeps ignoring what I tell her about his naps, and today she rolled her eyes at me in front of the other parents.',
        escalate: true,
      },
      {
        message:
          "He was given a yoghurt at snack time even though he's on the dairy free list. His face swelled up and I had to give him piriton in the car park",
        escalate: true,
      },
      {
        message: 'The medicine sheet says Lily had her inhaler dose twice today, 10 mins apart?? she was shaky all evening',
        escalate: true,
      },
      {
        message:
          "Nursery was shut for 3 days because of the flooding and I've still been charged for them, that's £186. I'd like it back please.",
        escalate: true,
      },
      {
        message: 'We missed one session because of the snow closure, can we get the £52 back or credited to next month?',
        escalate: false,
      },
      { message: 'can i have the £9.50 for the farm trip back, she was off sick on the day', escalate: false },
      // Calm look-alikes
      { message: 'Do all the staff have paediatric first aid?', escalate: false },
      { message: "Can my mum pick Noah up on Friday? She's already on his collection list.", escalate: false },
      { message: 'Could you send me a copy of your safeguarding policy before he starts?', escalate: false },
      { message: "Our key worker Sam has been amazing with Ava's settling in, thank you so much!", escalate: false },
      { message: 'Is the menu nut free? Just filling in the allergy form now.', escalate: false },
      { message: "I'm a nurse and work long shifts, can I book the 7:30 start every day?", escalate: false },
      { message: "Will someone be around at 6:15 if I'm running late, and is there a charge for that?", escalate: false },
      {
        message: "Just so you know, he fell over in the garden at home at the weekend so he's got a graze on his knee. He's fine!",
        escalate: false,
      },
    ],
  },
  {
    name: 'Brackley Road Motors',
    businessContext:
      'Brackley Road Motors is an independent garage doing MOTs, servicing, tyres and mechanical repairs on cars and light vans, with a courtesy car for booked repairs.',
    escalationRules: [
      "damage to a customer's car while it was with us",
      'Complaints about the mechanics or the service advisor',
      'Always escalate if someone mentions a solicitor, court, trading standards or small claims',
      'warranty claims over £300',
      'anything involving a car going missing or stuff stolen from a car',
    ],
    businessRules:
      "An MOT costs £54.85 and we don't quote for repairs without seeing the car. Hand over to the workshop manager if a customer says their brakes failed after we worked on the car.",
    cases: [
      // Hand-off requests
      { message: 'Can I talk to the mechanic who did my service?', escalate: true },
      { message: 'Is there a manager I can speak to?', escalate: true },
      { message: 'ring me back 07700 900871 thanks', escalate: true },
      { message: 'Rather speak to someone about the quote tbh', escalate: true },
      { message: 'speak to a human', escalate: true },
      { message: "Could somebody from the garage give me a call about when it'll be ready?", escalate: true },
      // A rule applies, in the customer's own words
      {
        message:
          'Collected my car this afternoon and there is a long scratch down the passenger door that was NOT there when I dropped it off.',
        escalate: true,
      },
      { message: 'your lad reversed my van into the post by the gate, i watched him do it', escalate: true },
      {
        message:
          'The man on the phone at your front desk was really condescending and basically called me stupid for not knowing what a cam belt was.',
        escalate: true,
      },
      {
        message:
          "The clutch you fitted in March is slipping again and I've been quoted £480 elsewhere to replace it. It should be under your warranty.",
        escalate: true,
      },
      { message: 'The wiper blade you fitted last month has split already, it was £22 — is that covered?', escalate: false },
      { message: "If this isn't sorted by Friday I'm taking you to small claims.", escalate: true },
      {
        message: 'My sat nav and a bag of tools were taken out of the van while it was parked in your yard overnight.',
        escalate: true,
      },
      {
        message:
          'Brakes went completely on the dual carriageway this morning, two days after you replaced the pads. I nearly crashed into the car in front',
        escalate: true,
      },
      {
        message: "My daughter's car was left with you for an MOT yesterday and today nobody can tell me where it is??",
        escalate: true,
      },
      {
        message:
          "The exhaust clamp you replaced is rattling. It was only £35 so not a big deal, but can you have a look under the warranty?",
        escalate: false,
      },
      // Calm look-alikes
      { message: "There's a small dent on my rear bumper already, can you quote for fixing it?", escalate: false },
      { message: 'Does your 12 month warranty cover parts and labour or just parts?', escalate: false },
      { message: "My solicitor's office is next door, can I leave the keys there if you're shut?", escalate: false },
      { message: 'Can you fit a new car stereo? The old one was stolen last year.', escalate: false },
      { message: 'Which of your mechanics is best with older Land Rovers? Happy to wait for them.', escalate: false },
      { message: 'Will someone be there at 7.45 to take the keys?', escalate: false },
      {
        message: 'Trading standards told me to get a second opinion on a used car I bought elsewhere — do you do pre-purchase inspections?',
        escalate: false,
      },
      {
        message: 'My car was hit in a supermarket car park and the insurer says I can use any garage. Do you do accident repairs?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Hearth & Grain Furniture',
    businessContext:
      'Hearth & Grain sells sofas, beds, wardrobes and dining furniture online across the UK, delivered and assembled by two-person teams; some pieces are made to order.',
    escalationRules: [
      'refunds or claims over £250',
      "Damage to the customer's home by our delivery team",
      'Complaints about delivery drivers or the fitters',
      'always escalate if someone got hurt by one of our products (tipping over, collapsing, etc)',
      'Cancellation of made-to-order items',
    ],
    businessRules:
      'Delivery takes 2-6 weeks and returns are accepted within 30 days except for made-to-order pieces. Hand over to a manager if a customer reports a data breach, such as being sent someone else\'s order details.',
    cases: [
      // Hand-off requests
      { message: 'Is there an actual person I can chat to about my order?', escalate: true },
      { message: 'Can you get someone to call me? 07700 900233', escalate: true },
      { message: 'I want to speak to customer services, not a bot', escalate: true },
      { message: 'Could I be put through to a supervisor?', escalate: true },
      { message: 'HUMAN', escalate: true },
      {
        message: "Who can I talk to about changing the fabric on my sofa order? I'd like to speak to someone.",
        escalate: true,
      },
      // A rule applies, in the customer's own words
      {
        message:
          'Your delivery guys gouged a chunk out of my hallway wall carrying the wardrobe up the stairs and then just left without saying anything.',
        escalate: true,
      },
      {
        message: "The dining chair snapped at the leg while my husband was sitting on it and he's hurt his back quite badly.",
        escalate: true,
      },
      {
        message:
          'The bookcase toppled forward when my 4 year old pulled on a shelf. thankfully she only has a bruised arm but it could have been so much worse',
        escalate: true,
      },
      {
        message:
          "The driver was on his phone the whole time, wouldn't put shoe covers on and called me 'love' in a really nasty way.",
        escalate: true,
      },
      {
        message: 'The corner sofa arrived with a ripped seat cushion. It cost £1,299 and I want a full refund, not a repair.',
        escalate: true,
      },
      { message: "The side table leg is wobbly, it was £89 — I'd like my money back please.", escalate: false },
      {
        message: "I ordered the made-to-measure oak table 2 weeks ago but we're moving abroad now, I need to cancel it.",
        escalate: true,
      },
      {
        message:
          "I've just had an email confirming someone else's order — it has their name, address and phone number on it.",
        escalate: true,
      },
      {
        message: 'the fitter who built our bed left screws all over the floor and was really rude when i asked him to tidy up',
        escalate: true,
      },
      {
        message: "2 of the 6 cushion covers are missing from my order (they're £15 each), can I get a refund for those?",
        escalate: false,
      },
      // Calm look-alikes
      { message: 'Does your delivery team take away old furniture?', escalate: false },
      { message: 'How much weight can the top bunk take? My son is 12.', escalate: false },
      {
        message: "Can I cancel my order for the standard grey two-seater? It hasn't been dispatched yet.",
        escalate: false,
      },
      { message: "Can I get a refund if the colour doesn't match my other chairs?", escalate: false },
      { message: 'The driver was brilliant, really careful on our narrow stairs. Please thank him!', escalate: false },
      { message: 'Will someone need to be in to sign for the delivery?', escalate: false },
      { message: 'Do you sell anti-tip wall straps for the wardrobes?', escalate: false },
      { message: 'How do you keep my card details safe when I pay online?', escalate: false },
    ],
  },
];
