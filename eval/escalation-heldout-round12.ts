import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-12 held-out escalation set, written blind (without reading the detector source, the tests,
 * the docs or any other eval file apart from the types and the round-11 file, used for format only).
 * It is held out: it must never be used for tuning — only to measure.
 *
 * Businesses (all UK, kinds not used in earlier sets):
 *  - Keyright Locksmiths (Bristol) — 24-hour emergency lock-outs, lock changes, uPVC repairs and safes.
 *  - Ashcombe Tithe Barn (near Frome, Somerset) — wedding and events venue with in-house catering.
 *  - Black Lantern Tattoo & Piercing (Brighton) — tattoo and piercing studio.
 *  - Shieldline Pest Control (Northampton) — domestic and commercial pest control.
 *
 * Composition: 24 cases per business (96 in all), mixed in order:
 *  - 6 direct hand-off requests in varied natural forms (questions, indirect, terse, polite, annoyed,
 *    asking for a named role such as "the manager" or "whoever's in charge") (escalate: true);
 *  - 10 messages where an escalation rule or the business rule applies, written in the customer's own
 *    words rather than the rule's key words: 8 that should escalate, plus 2 refund requests below the
 *    business's money threshold (escalate: false);
 *  - 8 calm look-alikes that share a rule's vocabulary or mention a person/role without needing one
 *    (general policy questions, hypotheticals, "will someone be there", prices, "can your X…")
 *    (escalate: false).
 * Per business: 14 escalate: true, 10 escalate: false.
 */
export const ROUND12_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Keyright Locksmiths',
    businessContext:
      'A 24-hour emergency locksmith in Bristol handling lock-outs, lock changes after burglaries or lost keys, uPVC door and window mechanism repairs, and safe supply, fitting and opening.',
    escalationRules: [
      'Always escalate if someone is locked out with a child, vulnerable adult or pet stuck inside',
      'refund requests over £60',
      'Safe openings or bailiff/landlord eviction jobs - pass to a person',
      'complaints about the final bill being a lot more than the quote',
      "anyone who's been burgled through a lock we fitted or repaired",
    ],
    businessRules:
      'Call-out is £65 in the day and £95 after 8pm, plus parts, and the labour is quoted before any work starts. If the caller cannot show that they live at or own the property, pass them to a person.',
    cases: [
      { message: 'How much is it for a call-out on a weekday evening, say around 9?', escalate: false },
      {
        message:
          "Front door's slammed behind me and my 2 year old is in the lounge on her own, keys are on the hall table. Please hurry I can see her through the letterbox",
        escalate: true,
      },
      { message: "Can I talk to someone properly please? I'd rather not do this by typing.", escalate: true },
      {
        message: "I rent my flat - am I actually allowed to change the locks myself or does it have to go through the letting agent?",
        escalate: false,
      },
      {
        message:
          "My dad passed away last month and there's a little steel strongbox bolted to the floor of his wardrobe. None of us know the code and the key's nowhere. Is it something you could get into?",
        escalate: true,
      },
      {
        message:
          'Your man charged £12 for a spare key cut while he was here and it doesnt even turn in the back door. Can I just have the twelve quid back?',
        escalate: false,
      },
      { message: 'Will your locksmith want to see ID when he turns up?', escalate: false },
      {
        message:
          "You put a new cylinder on our back door in March. We got back from Center Parcs on Sunday to the door wide open and the telly and laptops gone. Police said they'd snapped it in seconds. I thought that was the whole point of paying you.",
        escalate: true,
      },
      { message: 'manager', escalate: true },
      {
        message:
          "Girl on the phone said about £90 all in. Your bloke was here 25 minutes max and the card machine said £238. How on earth??",
        escalate: true,
      },
      { message: "Do you do anti-snap cylinders? We'd like to upgrade before we go away in August.", escalate: false },
      {
        message:
          "my mum is 87 and shes fallen in the hall right behind the front door, she cant get up and her key is in the lock on the inside so mine wont go in. we can hear her but cant get to her",
        escalate: true,
      },
      { message: "Who's in charge there? I'd like a word with them.", escalate: true },
      {
        message: 'Is the price you give over the phone the final price or can it go up once you see the door?',
        escalate: false,
      },
      {
        message:
          "I own a flat off Gloucester Road and the tenant has finally gone after the court order came through. I need every lock swapped today before he tries to come back in.",
        escalate: true,
      },
      {
        message:
          'We were charged £25 for a letterbox cage but he ran out of time and never fitted it. Could that be refunded please?',
        escalate: false,
      },
      { message: "Could a human ring me on 07700 900733 when they're free? Cheers", escalate: true },
      { message: 'Do you sell and fit small home safes, or would I need to buy one myself first?', escalate: false },
      {
        message:
          "Paid £150 for a new lock on the workshop door three weeks ago and it's already seized solid, the key won't budge. I'd like the money back, not another visit.",
        escalate: true,
      },
      {
        message: "Just wondering - if I lost my keys at like 3am on a Sunday, would there actually be somebody on call?",
        escalate: false,
      },
      { message: "Honestly I'm going round in circles with this chat. Get me a real person.", escalate: true },
      {
        message:
          "I'm staying at my boyfriend's house while he's working in Dubai and I've shut myself out. My passport and driving licence are both inside and it's not my name on anything. Can someone still come?",
        escalate: true,
      },
      { message: "Can your guy fit a door chain and a spyhole while he's here tomorrow?", escalate: false },
      { message: 'Would it be possible to speak to one of your team directly?', escalate: true },
    ],
  },
  {
    name: 'Ashcombe Tithe Barn',
    businessContext:
      'A converted tithe barn and walled garden near Frome in Somerset hosting weddings, civil ceremonies, parties and corporate away-days for up to 150 guests, with in-house catering and bar and a list of approved suppliers.',
    escalationRules: [
      'Always escalate if a couple wants to cancel their wedding or change the date',
      'refunds over £250',
      'Complaints about the food, the bar or our staff on the day',
      'accessibility needs (wheelchair users, hearing loop, assistance dogs) or serious allergies',
      'Double bookings or a supplier not turning up - pass to a person',
    ],
    businessRules:
      'A 25% non-refundable deposit secures the date and the balance is due 8 weeks before the event. Amplified music finishes at 11.30pm. If a couple wants to use a caterer, bar or other supplier who is not on our approved list, pass them to a person.',
    cases: [
      { message: 'How much is a Friday in October for about 90 day guests and 130 in the evening?', escalate: false },
      {
        message:
          "My fiancé has just been told he's being posted to Germany with the army in the summer. We're booked for 14 September and we'd need to push everything back to next spring if there's any way at all.",
        escalate: true,
      },
      { message: 'Could I speak with the events manager please?', escalate: true },
      { message: 'Will there be a coordinator on site on the day to keep everything running to time?', escalate: false },
      {
        message:
          "The beef at our daughter's reception on Saturday was grey and half the tables got theirs stone cold nearly 40 minutes after the speeches. For what we paid it was embarrassing in front of everyone.",
        escalate: true,
      },
      {
        message:
          'We booked the firepit and blankets add-on for £120 but it poured all evening and it never got lit. Would we be able to have that back?',
        escalate: false,
      },
      { message: 'Do you cater for vegan and gluten-free guests as standard or is that extra?', escalate: false },
      {
        message:
          "Hi. We've split up. I honestly don't know what happens with the June booking now and I can't face going through it all on here.",
        escalate: true,
      },
      { message: 'human', escalate: true },
      {
        message:
          "Just out of interest, if a couple ever had to postpone, does the deposit move with them or is it lost? We're not planning to, just reading the small print before we sign.",
        escalate: false,
      },
      {
        message:
          "Grandad can't do steps at all any more and goes everywhere in his chair now. Will he be able to get into the barn and the garden for the ceremony, and is there a loo he can use?",
        escalate: true,
      },
      { message: 'How late can the band play till?', escalate: false },
      {
        message:
          "My cousin runs a wood-fired pizza van and we'd love her to do the evening food instead of your buffet, she'd give us mates rates. Is that doable?",
        escalate: true,
      },
      {
        message: 'Please can a member of your team phone me? A few things about the day are much easier to talk through.',
        escalate: true,
      },
      {
        message:
          "one of your bar lads was properly rude to my uncle at the party, told him he'd 'had enough' after two pints, in front of the whole family. my uncle doesnt even drink much",
        escalate: true,
      },
      { message: "Can the chef do a tasting before we finalise the menu, and when would that usually be?", escalate: false },
      {
        message:
          "Just had an email from you confirming SOMEONE ELSE'S wedding on our date, the 3rd of May?? We paid our deposit in November. What is going on",
        escalate: true,
      },
      {
        message:
          "We were charged £60 corkage for four bottles of fizz that never got opened, they're still in our kitchen. Could that be refunded please?",
        escalate: false,
      },
      { message: "Is there someone there I can actually talk to? This isn't understanding me at all.", escalate: true },
      {
        message:
          "The bride can't go near peanuts - even a trace and it's an ambulance, she carries two pens with her. We need to be completely sure nothing from the kitchen will touch her plate.",
        escalate: true,
      },
      { message: "Could you send me your approved suppliers list? We're only just starting to look at florists.", escalate: false },
      { message: "I think it'd be easier if I spoke to somebody from the venue directly, if that's OK?", escalate: true },
      { message: "Whoever looks after the weddings, could they give me a ring when they've got a minute?", escalate: true },
      { message: 'Are the bar staff included in the package or do we pay per hour?', escalate: false },
    ],
  },
  {
    name: 'Black Lantern Tattoo & Piercing',
    businessContext:
      'A licensed tattoo and piercing studio in Brighton with four resident artists and a piercer, doing custom and flash tattoos, cover-ups and ear, facial and body piercings.',
    escalationRules: [
      'Always escalate if someone describes signs of infection or an allergic reaction after a tattoo or piercing',
      'refund requests over £80',
      'Cover-ups, laser-faded work or anything on the face, neck or hands - pass to a person',
      "complaints about spelling mistakes, wobbly lines or a design that isn't what was agreed",
      "anyone who might be under 18 (mentions school, their age, a parent's consent etc)",
    ],
    businessRules:
      "Tattoo bookings need a £50 deposit, which comes off the final price and is kept if you cancel with less than 48 hours' notice. Everyone needs photo ID. If someone wants a particular artist for a large custom piece (half sleeve or bigger), pass them to a person.",
    cases: [
      { message: 'Roughly how much would a palm-sized blackwork piece on the calf be?', escalate: false },
      {
        message:
          'my new nose stud has gone really hot and puffy and theres yellowy stuff coming out round it, it throbs at night. had it done saturday',
        escalate: true,
      },
      { message: 'Can I talk to someone who actually works there?', escalate: true },
      { message: "What aftercare do you recommend for a new lobe piercing, saline spray or something else?", escalate: false },
      {
        message:
          "I've got my ex's name on my wrist from when I was 19 and I want it gone under something nicer. What could you do with it?",
        escalate: true,
      },
      {
        message:
          "I had to cancel next Thursday because I've been made redundant and can't afford it right now. I told you 5 days before. Could I have my £50 deposit back?",
        escalate: false,
      },
      { message: 'Will the artist draw up the design before the day or on the day itself?', escalate: false },
      {
        message:
          "The date on my memorial piece says 2108 instead of 2018. It's the year my mum died. I only noticed when I got home and took the wrap off. I'm in bits.",
        escalate: true,
      },
      { message: 'Studio owner please.', escalate: true },
      {
        message:
          "Got my forearm done last week and now it's come up in raised itchy lumps, but only where the red bits are. The black is fine. Is that normal??",
        escalate: true,
      },
      { message: 'Is your piercer in on Sundays?', escalate: false },
      {
        message:
          "Hi my daughter's turning 16 next month and really wants her belly button done for her birthday. I'm happy to come in with her and sign whatever you need",
        escalate: true,
      },
      { message: 'i need a person not an automated reply!!', escalate: true },
      {
        message: "If I'm not happy with how the lines heal, do you do free touch-ups or is that charged?",
        escalate: false,
      },
      {
        message:
          "Been thinking about little letters across my knuckles, HOLD FAST. When's your next free slot?",
        escalate: true,
      },
      {
        message:
          'Bought the £15 aftercare balm on the way out and then found an unopened one in my bathroom cupboard. Can I bring it back for a refund?',
        escalate: false,
      },
      { message: 'Would somebody be able to give me a quick call back? 07700 900251', escalate: true },
      { message: 'Do you need ID from everyone or only if you look young?', escalate: false },
      {
        message:
          "The swallow I got yesterday is nothing like the sketch we signed off, it's about half the size and the outline goes all shaky on the left wing. Really gutted tbh",
        escalate: true,
      },
      { message: 'Can I bring a friend to sit with me during the session?', escalate: false },
      { message: 'Who runs the studio? I want a word with them about my appointment.', escalate: true },
      {
        message:
          "Is Marta taking on any new back pieces this year? I've followed her work for ages and want a full Japanese back piece done by her, happy to wait.",
        escalate: true,
      },
      { message: 'Do you use vegan inks?', escalate: false },
      { message: 'Could you pass me on to a real member of staff please?', escalate: true },
    ],
  },
  {
    name: 'Shieldline Pest Control',
    businessContext:
      'A pest control company covering Northamptonshire for homes, landlords and businesses: rats, mice, wasps, bed bugs, cockroaches, moles and bird proofing, as one-off treatments or quarterly contracts.',
    escalationRules: [
      'Always escalate if a customer says a child or pet may have got into poison or a bait box',
      'refunds over £100',
      'Restaurants, takeaways, food factories or anyone worried about an environmental health inspection - pass to a person',
      'complaints that the pests came straight back after treatment (rats still there, wasps back, bed bugs again)',
      'anyone saying a technician left a mess, caused damage or left bait lying about',
    ],
    businessRules:
      "Rat and mouse treatments are 3 visits over about 3 weeks; wasp nests are a single visit with a 7-day guarantee. We never destroy honeybees - if a customer thinks they might have bees rather than wasps, pass them to a person so we can put them in touch with a local beekeeper.",
    cases: [
      { message: 'How much is it to get a wasp nest taken out?', escalate: false },
      {
        message:
          "Our springer has just come in from the garden with blue crumbs round his mouth. I think he's been at whatever your bloke put down by the shed on Tuesday",
        escalate: true,
      },
      { message: 'Can I speak to a manager about this please?', escalate: true },
      { message: "Is the rat bait safe if we've got a dog? Not booked yet, just checking first.", escalate: false },
      {
        message:
          "I run a chippy in Wellingborough and we've found droppings behind the fryers. The council are due round next month and I'm panicking.",
        escalate: true,
      },
      {
        message:
          'We paid £70 for the mole treatment but we ended up moving house before the date. Is there any chance of that back?',
        escalate: false,
      },
      { message: 'Will your technician need to get into the loft?', escalate: false },
      {
        message:
          'Paid for all 3 visits, your lad said they were all gone, and last night I heard the scratching in the loft again. Exact same spot as before.',
        escalate: true,
      },
      { message: 'Get me someone from the office please', escalate: true },
      {
        message:
          "Your man put his foot straight through the ceiling in the loft this morning. There's plaster all over my daughter's bed and a hole you can see daylight through.",
        escalate: true,
      },
      { message: 'Do you deal with pigeons nesting under solar panels?', escalate: false },
      {
        message:
          "there's a big brown clump hanging off our apple tree like a rugby ball, they're fluffy and quite calm, not like wasps at all. can you come and get rid asap",
        escalate: true,
      },
      { message: 'Hello, is there a human I could speak to? Bit of an awkward one.', escalate: true },
      {
        message: 'What happens if the rats come back after the treatment, is there any sort of guarantee?',
        escalate: false,
      },
      {
        message:
          "found my toddler sat next to one of the black boxes in the garage with the lid open. dont know if she touched anything, she had her hands in her mouth",
        escalate: true,
      },
      {
        message:
          'You charged £45 for the survey visit and it turned out it was just the neighbours cat getting in through the vent. Could I get that back?',
        escalate: false,
      },
      { message: "I've asked twice now. Stop giving me stock answers and let me talk to a real person.", escalate: true },
      { message: 'Will someone need to be home for each of the three visits?', escalate: false },
      {
        message:
          "we've had the bedroom sprayed twice now and I'm STILL waking up with bites in a line down my arm. I'm sleeping on the sofa and I'm exhausted",
        escalate: true,
      },
      { message: 'Do you do ongoing contracts for homes or is it one-off only?', escalate: false },
      {
        message:
          '£180 for the wasp nest and they were flying in and out of the same hole in the soffit the next morning. I want the full amount refunded.',
        escalate: true,
      },
      { message: 'Person please.', escalate: true },
      {
        message: 'How long should we keep the kids and the cat out of a room after a bed bug spray?',
        escalate: false,
      },
      { message: "Could whoever's in charge of bookings give me a ring? 07700 900418", escalate: true },
    ],
  },
];
