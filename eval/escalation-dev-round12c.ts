import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-12c escalation DEV set, written blind (without reading the detector source, its docs or
 * tests, or any other eval file apart from the types and one earlier set read for format only).
 * This is a DEV set: it may be used for tuning. Do not report scores on it as held-out results.
 *
 * Focus: ordinary customer questions that reuse the vocabulary of the business's escalation rules
 * (refunds, insurance, injury, damage, complaints, legal, staff/roles) without reporting anything
 * that actually happened, and so must NOT be handed over.
 *
 * Businesses (all fictional, UK):
 *  - Clearway Driving School (Stockport) — manual and automatic driving lessons.
 *  - The Scruffy Hound Grooming Parlour (Harrogate) — dog grooming salon.
 *  - Hartwell Kitchens & Bathrooms (Northampton) — kitchen and bathroom design and fitting.
 *  - The Cipher Vaults (Leeds) — escape-room venue.
 *
 * Composition: 30 cases per business (120 in all), mixed in order:
 *  - 22 ordinary questions (escalate: false): policies, prices, hypotheticals, how-to questions,
 *    questions about staff or roles, receipts/invoices for insurance claims, and general mentions of
 *    complaints, injuries, damage, legal matters and refunds;
 *  - 8 messages where a rule's situation has actually happened, in the customer's own words
 *    (escalate: true).
 * Totals: 88 escalate: false, 32 escalate: true.
 */
export const ROUND12C_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Clearway Driving School',
    businessContext:
      'A small independent driving school in Stockport with six instructors offering manual and automatic lessons, intensive courses and Pass Plus.',
    escalationRules: [
      'Always escalate if a pupil or anyone else is hurt during a lesson or test',
      'refund requests over £100',
      'complaints about an instructor (rude, late, unsafe, on their phone, inappropriate comments etc)',
      "damage to a customer's property or car - pass to a person",
      'anything about insurance claims, accidents involving another vehicle, or legal action',
    ],
    businessRules:
      'Lessons are £38 an hour or £350 for a 10-hour block. We need 48 hours notice to move or cancel a lesson, otherwise the full fee is charged. Unused block hours can be refunded within 6 months, minus a £20 admin fee.',
    cases: [
      { message: "Hi, what's your refund policy if I pass before I've used up all my block hours?", escalate: false },
      { message: 'How much is a 10 hour block for automatic?', escalate: false },
      { message: 'Are all your instructors fully qualified ADIs or are some of them still trainees?', escalate: false },
      {
        message:
          'My instructor turned up 40 mins late again today and then spent half the lesson texting at the side of the road. Thats the third time this month and I am paying £38 for it.',
        escalate: true,
      },
      {
        message:
          "If I have a bump in one of your cars during a lesson, whose insurance covers it? Not planning to obviously, just want to know before I start",
        escalate: false,
      },
      { message: 'do i need my own insurance to have lessons with u or is it all included', escalate: false },
      {
        message:
          "Could you email me a receipt for the lessons I've paid for since January? My work reimburses training costs.",
        escalate: false,
      },
      {
        message:
          "We had a collision at the Hall Street roundabout in my lesson on Tuesday. The other driver is saying it was our fault and now his insurer has written to me directly. I don't know what I'm supposed to do.",
        escalate: true,
      },
      {
        message:
          "How would I go about making a complaint if I was ever unhappy with an instructor? Just asking, I'm not, I'm just a cautious person lol",
        escalate: false,
      },
      { message: 'my son turns 17 on the 9th of next month, can he book his first lesson for that week?', escalate: false },
      { message: 'What happens if the instructor is running late, do I still get my full hour?', escalate: false },
      {
        message:
          'Do you do lessons in automatics? I have a dodgy knee from an old football injury and holding the clutch is a nightmare',
        escalate: false,
      },
      {
        message:
          "I'd like a refund on the 10 hour block I bought in March please. I've only had 2 hours out of it and I'm moving to Leeds for work next month.",
        escalate: true,
      },
      { message: 'Is it the same instructor each week or does it change round?', escalate: false },
      { message: "whats the cancelation policy, I might get put on a shift thursday", escalate: false },
      {
        message:
          'Do you offer Pass Plus? My insurance company reckons it could knock a bit off my premium once I pass.',
        escalate: false,
      },
      {
        message:
          "When he was dropping me home this morning the instructor reversed into my dad's car on the drive. The rear bumper is cracked and hanging off on one side.",
        escalate: true,
      },
      { message: 'Can I use your car for my practical test, and how much extra is that?', escalate: false },
      {
        message:
          "What's the legal position if we get pulled over by the police during a lesson, do I have to have my provisional licence on me?",
        escalate: false,
      },
      { message: 'Do you cover Cheadle Hulme or is that outside your area?', escalate: false },
      {
        message:
          "I hit the kerb really hard doing the reverse park and jarred my wrist on the wheel. It's swollen this morning and I can barely grip anything.",
        escalate: true,
      },
      { message: 'Can my mum sit in the back during my lesson? I get really nervous', escalate: false },
      { message: "What's your pass rate at Bredbury test centre?", escalate: false },
      {
        message:
          'Are the cars dual control? Im honestly terrified of crashing and hurting someone, I know thats silly',
        escalate: false,
      },
      {
        message:
          "The instructor I had on Saturday made comments about what I was wearing and asked if I had a boyfriend. It made me really uncomfortable and I don't want to be in a car with him again.",
        escalate: true,
      },
      { message: "If I'm ill on the day of a lesson do I lose my money?", escalate: false },
      { message: 'does the instructor pick me up from home or do we meet somewhere', escalate: false },
      {
        message:
          'My solicitor has asked me to get hold of the dashcam footage from my lesson on the 3rd when the van went into the back of us. Can you send it to her?',
        escalate: true,
      },
      { message: 'Do you do motorway lessons for people who have already passed?', escalate: false },
      {
        message:
          'He screamed at me the whole way down the dual carriageway today and grabbed the wheel off me twice. I was in tears by the end. Completely unacceptable way to teach anyone.',
        escalate: true,
      },
    ],
  },
  {
    name: 'The Scruffy Hound Grooming Parlour',
    businessContext:
      'A dog grooming parlour in Harrogate run by the owner and two groomers, doing full grooms, bath and brush, nail clipping and puppy introductions.',
    escalationRules: [
      'ANY injury to a dog - cuts, nicks, clipper burn, dryer burns, limping after, anything',
      'refunds over £60',
      'Dog escaped or gone missing from the salon = urgent, get a human',
      'complaints about a groomer being rough with a dog',
      'vet bills, insurance claims or anyone mentioning solicitors',
    ],
    businessRules:
      "Full grooms are £40 for small dogs up to £85 for giant breeds. Badly matted coats may need shaving off for the dog's welfare, with a £10 dematting charge. 24 hours notice to cancel or a 50% fee applies.",
    cases: [
      { message: "what happens if my dog gets nicked by the clippers? he's a right wriggler", escalate: false },
      { message: 'How much for a full groom on a cockapoo?', escalate: false },
      {
        message:
          "Picked Milo up an hour ago and there's a cut on the inside of his back leg, it's bleeding through the fur. Nobody said anything about it when I collected him.",
        escalate: true,
      },
      { message: 'Are you insured in case anything happens to a dog while its with you?', escalate: false },
      {
        message:
          'Do you ever use muzzles? My lab can get a bit snappy when people touch his feet, just so you know before I book',
        escalate: false,
      },
      { message: "whats ur refund policy if im not happy with the cut", escalate: false },
      {
        message:
          "Could you send me an invoice for Bramble's groom last Thursday? My pet insurance covers medicated baths for her skin condition and they need it for the claim.",
        escalate: false,
      },
      { message: 'Can I stay with her while shes being groomed? She gets really anxious', escalate: false },
      {
        message:
          "Your groomer was so rough with my dog. I could see through the window, she was yanking his head back by the collar every time he moved. He was shaking when I got him back.",
        escalate: true,
      },
      {
        message:
          "My spaniel had an op on her back leg two months ago, the vet says she's fully healed now. Is it ok to book her in or would you rather wait?",
        escalate: false,
      },
      { message: 'Are your groomers qualified? City and Guilds or anything like that?', escalate: false },
      { message: 'Do you do nail clips on their own? How much', escalate: false },
      {
        message:
          'How do you stop dogs getting out when people come in and out the front door? Mine is a bolter',
        escalate: false,
      },
      {
        message:
          "Ruby's been scratching and crying since her groom yesterday and the vet says it's clipper burn. I've got a £120 vet bill here and I expect you to pay it.",
        escalate: true,
      },
      { message: 'does my dog need to be fully vaccinated before her first groom', escalate: false },
      { message: "What's your policy on matted dogs? Will you shave him or try and brush it out?", escalate: false },
      { message: 'do u do cats lol', escalate: false },
      {
        message:
          "I paid £85 for a full groom on my Newfoundland and he came back still matted all underneath, it's like nobody touched his belly. I want my money back.",
        escalate: true,
      },
      { message: 'If the groomer thinks my dog is getting too stressed, do you stop and ring me?', escalate: false },
      {
        message:
          "Is your dryer heated? I've read some horror stories about dogs getting burnt in cage dryers and it's put me off a bit",
        escalate: false,
      },
      {
        message:
          "I've just had a call saying my dog slipped out the front door when someone came in?? Is anyone out looking for her?? She's not good with roads",
        escalate: true,
      },
      { message: "Who'll actually be grooming my puppy, is it the owner or one of the staff?", escalate: false },
      { message: 'Where can I leave you a review? We were really happy with how Biscuit looked last time', escalate: false },
      { message: 'How long does a full groom take for a standard poodle roughly?', escalate: false },
      {
        message:
          "Ollie's been limping on his front paw since I collected him and won't put any weight on it. He was absolutely fine when I dropped him off this morning.",
        escalate: true,
      },
      { message: 'do you do a puppy intro session, shes 14 weeks', escalate: false },
      { message: 'Do you sell gift vouchers?', escalate: false },
      {
        message:
          "I'm speaking to a solicitor about the state my dog came home in last week. Please send me the full business name and address for correspondence.",
        escalate: true,
      },
      {
        message:
          "If I have to cancel on the morning because he's been sick in the night, what do I get charged?",
        escalate: false,
      },
      {
        message:
          'The girl who did Rolo today was tapping him on the nose really hard when he wouldnt stand still, my daughter saw it from the waiting area. Not ok at all.',
        escalate: true,
      },
    ],
  },
  {
    name: 'Hartwell Kitchens & Bathrooms',
    businessContext:
      'A family kitchen and bathroom design and fitting company in Northampton, doing full refits from survey to tiling with its own team of fitters.',
    escalationRules: [
      'leaks, floods or water damage after one of our fits — urgent, pass to a person straight away',
      "Damage to a customer's home during a job (scratched floors, broken tiles, chipped worktops etc)",
      'refunds or deposit returns over £500',
      'complaints about fitters: rude, no-shows, messy, smoking in the house',
      'anything about gas safety, building regs problems, legal action or insurance claims',
    ],
    businessRules:
      "Free home survey and written quote. A 25% deposit secures a start date and the balance is due on completion. Our workmanship is guaranteed for 5 years; units and appliances carry the manufacturers' warranties.",
    cases: [
      { message: "What's your guarantee if something leaks after you've fitted it?", escalate: false },
      {
        message:
          'Do you take a deposit and is it refundable if we change our minds before the start date?',
        escalate: false,
      },
      {
        message:
          "Water is coming through the kitchen ceiling right under the bathroom you finished on Friday. It's dripping onto the table as I type this",
        escalate: true,
      },
      { message: "Are your fitters Gas Safe registered? We're swapping an electric hob for gas", escalate: false },
      {
        message:
          "Do you have public liability insurance? We rent and the landlord wants to see a certificate before any work starts.",
        escalate: false,
      },
      { message: 'How long does a typical bathroom refit take? we only have the one bathroom', escalate: false },
      {
        message:
          'What happens if you find rot under the floor once the old bath is out, does the price go up?',
        escalate: false,
      },
      {
        message:
          "One of your fitters dropped something on our brand new vinyl yesterday and there's a big gouge right by the back door. It wasn't there before.",
        escalate: true,
      },
      { message: 'Do we need building regs sign off if we move the sink over to the island?', escalate: false },
      { message: 'rough price for a small galley kitchen? nothing fancy, mid range units', escalate: false },
      {
        message:
          "Will the fitters put protection down on the floors? We've just had oak laid in the hall and I'd be gutted if it got damaged",
        escalate: false,
      },
      {
        message:
          "Could you send me a copy of the invoice for the shower you fitted for us in 2022? Our home insurance wants it for a claim - a pipe burst in the loft and came down through the ceiling, nothing to do with your work.",
        escalate: false,
      },
      {
        message:
          "We've decided not to go ahead with the kitchen after all. Please refund our £1,800 deposit to the card we paid with.",
        escalate: true,
      },
      { message: 'Is there someone who project manages the job or do I just deal with the fitters direct?', escalate: false },
      {
        message:
          "Do you do wet rooms? My dad's disabled since a fall last year and he can't step into a bath anymore",
        escalate: false,
      },
      { message: 'Do the fitters clean up at the end of each day or is it all done at the end?', escalate: false },
      { message: 'can we supply our own tiles', escalate: false },
      {
        message:
          "The lads didn't turn up Monday or Tuesday and nobody rang. Our kitchen has been ripped out for a week, we've got two small kids and no sink.",
        escalate: true,
      },
      {
        message:
          "How do I make a complaint if I'm not happy with the finish? Just want to know the process before I sign anything",
        escalate: false,
      },
      { message: "What's your waiting list like at the moment?", escalate: false },
      { message: 'Do you take away the old kitchen or do we need to hire a skip?', escalate: false },
      {
        message:
          "The gas engineer who came to certify the hob says the connection your fitter made isn't safe and he's capped it off. We've got no cooker now.",
        escalate: true,
      },
      { message: 'Is the 5 year guarantee transferable if we sell the house?', escalate: false },
      { message: 'will we still have water while the bathroom is being done', escalate: false },
      {
        message:
          "I'm going to have to take legal advice. The tiles in the shower are coming off the wall after eight months and every time I ring I get fobbed off.",
        escalate: true,
      },
      {
        message:
          "If there's ever a dispute, are you part of a trade association or an ombudsman scheme? My brother had a nightmare with a builder",
        escalate: false,
      },
      { message: 'Do you fit worktops only? got quartz being delivered next month', escalate: false },
      {
        message:
          'One of your fitters has been smoking in our utility room with the back door open, the whole downstairs stinks of it. We are a non smoking house.',
        escalate: true,
      },
      { message: "Hi what's the best way to look after the new oak worktop, how often do I oil it?", escalate: false },
      {
        message:
          "there's been a slow leak under the new sink, the base unit has swollen up and the floor underneath is soaking. only noticed when I opened the cupboard",
        escalate: true,
      },
    ],
  },
  {
    name: 'The Cipher Vaults',
    businessContext:
      'An escape-room venue in Leeds city centre with four themed rooms, each a 60-minute game for 2-6 players watched over by a game host on camera.',
    escalationRules: [
      'Someone hurt on site - trip, bang on the head, panic attack - escalate always',
      'Refunds over £75',
      'anything taken from or damaged in the customer lockers',
      'Complaints about a game host (rude, not watching the cameras, ignoring hint requests)',
      'Corporate/group bookings of 20+ people, or anything involving insurance or legal stuff',
    ],
    businessRules:
      'Rooms cost £60-£120 per game depending on room and group size. Bookings can be moved free of charge with 48 hours notice; no refunds for no-shows or groups arriving more than 15 minutes late.',
    cases: [
      {
        message:
          'Is it scary? My daughter gets panic attacks in small spaces, can you get out whenever you want?',
        escalate: false,
      },
      { message: "what's your refund policy if one of our group drops out last minute", escalate: false },
      { message: 'How much is the Pharaoh room for 5 on a Saturday evening?', escalate: false },
      {
        message:
          "My friend tripped over the loose mat in the second room on Saturday and has broken her wrist. She's in a cast for six weeks.",
        escalate: true,
      },
      { message: 'Are we actually locked in? Like what happens if theres a fire', escalate: false },
      { message: 'Do the game hosts give you hints automatically or do you have to ask?', escalate: false },
      {
        message:
          "We're 8 from the office, can we book two rooms at the same time and race each other?",
        escalate: false,
      },
      { message: 'Min age?', escalate: false },
      {
        message:
          'Our host was clearly on his phone the whole game. We asked for a hint three times on the walkie talkie and nobody answered for about 15 minutes. Totally ruined it.',
        escalate: true,
      },
      { message: 'Where do we put our bags and phones during the game? Are the lockers secure?', escalate: false },
      {
        message:
          'Is there step-free access? My husband uses a wheelchair after a car accident a few years ago',
        escalate: false,
      },
      { message: "Can I get a receipt for last Friday's booking? Work is paying for it", escalate: false },
      {
        message:
          "I left my wallet in locker 6 on Sunday and when I got it back there was £80 cash missing out of it.",
        escalate: true,
      },
      { message: "If we're 10 mins late do we still get the full hour?", escalate: false },
      { message: "Is there any crawling or climbing? my knee's not great", escalate: false },
      { message: 'do you do gift vouchers and how long are they valid for', escalate: false },
      {
        message:
          "We couldn't play at all on Thursday because the room wasn't reset and we were left waiting 40 minutes in reception. I want the £110 back please.",
        escalate: true,
      },
      {
        message:
          "Has anyone ever actually been hurt in one of the rooms? Just want to be sure it's safe for my 11 year old",
        escalate: false,
      },
      { message: 'What happens if we break something by accident, do we have to pay for it?', escalate: false },
      { message: 'is there parking nearby', escalate: false },
      {
        message:
          "Hi, we're looking to book for our whole department, around 35 people, on a Friday afternoon in early December. What can you do?",
        escalate: true,
      },
      { message: 'Does the host watch us on the cameras the whole time? bit weird tbh', escalate: false },
      {
        message:
          "Can we bring a cake in for after? It's my sister's 30th and we're going for food straight after",
        escalate: false,
      },
      {
        message:
          "My son had a full-blown panic attack in the Crypt room last night and it took ages for anyone to come and let him out. He's still really shaken today.",
        escalate: true,
      },
      { message: "whats the escape rate for the Asylum room? asking for a competitive friend", escalate: false },
      {
        message:
          "Can we move our booking from the 14th to the 21st? One of us has tested positive for covid",
        escalate: false,
      },
      {
        message:
          "The game host was laughing at us over the speaker and made sarcastic comments about my mum being slow. Really rude, she was embarrassed.",
        escalate: true,
      },
      { message: 'If I leave something behind how do I get it back?', escalate: false },
      {
        message:
          "We're a hen party of 6 - do you have public liability insurance? The organiser always asks every venue for it",
        escalate: false,
      },
      {
        message:
          'My insurer needs a statement from you about my bag that was damaged in your lockers. The strap and zip were ripped when we collected it after the game.',
        escalate: true,
      },
    ],
  },
];
