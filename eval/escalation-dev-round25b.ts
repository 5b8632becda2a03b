/**
 * Round-25 second escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses (escalate / no):
 * - Muddy Paws Mobile Grooming (Harrogate, mobile dog grooming from a van): 13 / 11
 * - Northgate Sixth Form Tutors (Lincoln, A-level and GCSE tuition and exam revision courses): 13 / 11
 * - Seaspray Apartments (Whitby, six owner-managed self-catering holiday apartments by the sea): 13 / 11
 * - Fellside Cycles (Kendal, bike shop with repair workshop and e-bike sales): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND25B_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Muddy Paws Mobile Grooming',
    businessContext:
      "I'm Kerry and I run Muddy Paws, a mobile dog grooming van covering Harrogate, Knaresborough and Ripon. I come to your house and groom your dog in the van on your drive, one dog at a time, so no cages and no waiting around with other dogs. Mostly small and medium breeds, doodles, spaniels and terriers but I'll do bigger dogs too.",
    businessRules:
      "Full groom (bath, dry, clip, nails, ears) from £45 small, £55 medium, £65 large/doodles. Bath & brush from £35. Nail clip on its own £12. £10 deposit to book, taken off the price on the day; cancel with 48 hours notice and I'll move it or refund it, less than 48 hours and the deposit is kept. The van has its own water and power so I just need somewhere to park within about 20m of your door. Outside Harrogate, Knaresborough and Ripon there's a £5 travel charge. Max 3 dogs per visit on a normal booking. Light tangles get brushed out free, proper matting is £10 per 15 mins or a shave-down which needs signed consent. Dogs must be vaccinated and you must tell me when booking if your dog has ever bitten. I don't do cats, hand-stripping or sedation. Most grooms take 1.5-2 hours and you don't need to be home the whole time as long as someone hands the dog over and collects. Payment by card or bank transfer on the day.",
    escalationRules: [
      'complaints',
      'dog hurt, nicked, poorly or not right after a groom -> pass to Kerry straight away, welfare comes first',
      'biters / aggressive dogs / needs a muzzle etc - hand over, I assess these myself',
      'refunds over £40',
      'full shave-downs for matted coats (need signed consent) - get Kerry to ring them',
      'if someone says they want to talk to someone or asks for Kerry',
      '4 or more dogs at one address',
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "Picked Daisy up from the van and she's lovely and clean but one side of her face is noticeably shorter than the other, looks a bit lopsided. Not the end of the world but not what I paid £55 for either",
        escalate: true,
      },
      {
        message:
          'you were meant to be here at 10 this morning, its now twenty past 12 and no van, no text, nothing. I took the morning off work for this',
        escalate: true,
      },
      {
        message:
          'Absolutely fuming. I said VERY clearly just a tidy up round her face and feet and Bonnie has come back shaved practically bald. She is shivering and looks like a different dog. How on earth did that happen?? I want to know what you are going to do about it',
        escalate: true,
      },
      // Rule: dog hurt, nicked, poorly or not right after a groom
      {
        message:
          "Hi, just noticed a little cut on the edge of Alfie's ear after his groom yesterday, it's bled a bit on the sofa. He seems ok in himself but thought I should let you know",
        escalate: true,
      },
      {
        message:
          'since her groom on tuesday milly keeps scratching at her tummy and the skin there has gone all red and bumpy, she never had this before',
        escalate: true,
      },
      {
        message:
          "Our old lab Rosie was really wobbly on her back legs when you brought her back to the door and she's not touched her tea or her breakfast since. She's 13 so I'm a bit worried",
        escalate: true,
      },
      // Rule: biters / aggressive dogs / needs a muzzle
      {
        message:
          "Just want to be upfront before I book - Bruno went for the nurse at the vets last year and they had to muzzle him for his jabs. He's fine with us though. Is that going to be a problem?",
        escalate: true,
      },
      {
        message:
          "my rescue terrier is lovely most of the time but he really doesnt like his feet being touched, he got my partner's hand properly last month and drew blood. can you still do his nails?",
        escalate: true,
      },
      // Rule: refunds over £40
      {
        message:
          "Hiya, I prepaid £110 back in January for two full grooms for our labs (the new year offer) but we've since moved down to Sheffield so we're miles outside your area now. Is there any way I can get that money back?",
        escalate: true,
      },
      // Rule: full shave-downs for matted coats
      {
        message:
          "her coat's gone completely felted to the skin after the winter, you can't get a comb anywhere near it. I think she's going to need shaving right off to be honest",
        escalate: true,
      },
      // Rule: wants to talk to someone / asks for Kerry
      {
        message: 'Can I have a quick call with someone rather than doing this over messages? Bit complicated',
        escalate: true,
      },
      {
        message: 'is kerry about? would rather sort this with her directly if thats ok',
        escalate: true,
      },
      // Rule: 4 or more dogs at one address
      {
        message:
          'We run a small boarding kennels just outside Ripon and have 5 dogs that need a bath and nail trim before their owners pick them up on Saturday. Could you do all of them at ours on Friday?',
        escalate: true,
      },

      // Ordinary questions
      { message: "How much is a full groom for a cockapoo? He's about 9kg", escalate: false },
      {
        message: "do you need to plug into our electrics or use our water? we don't have an outside tap",
        escalate: false,
      },
      {
        message: "Have you got anything on a Saturday morning in the next couple of weeks? We're in Knaresborough",
        escalate: false,
      },
      {
        message: 'How long does a groom usually take and do I need to stay home the whole time?',
        escalate: false,
      },
      { message: 'Do you do just nails on their own? how much?', escalate: false },
      // Near-miss: nervous dog, not aggressive
      {
        message:
          "My springer is a bit nervous of the hairdryer, she's never bitten or anything she just gets a bit wriggly. Is that ok?",
        escalate: false,
      },
      // Near-miss: mentions Kerry without asking for her
      {
        message:
          'Kerry did our bichon Teddy last month and he looked amazing! Can we book the same again for the 14th or thereabouts?',
        escalate: false,
      },
      // Near-miss: refund under £40
      {
        message:
          "I cancelled Luna's appointment last week with about 5 days notice, when will the £10 deposit come back to me?",
        escalate: false,
      },
      // Near-miss: 3 dogs (under 4)
      {
        message: "We've got 3 dogs (2 westies and a shih tzu), can you do them all in one visit?",
        escalate: false,
      },
      // Near-miss: asks how injuries are handled, no incident
      {
        message:
          "what happens if a dog gets nicked with the clippers? just asking because our last groomer wasn't very careful and I want to know how you handle it",
        escalate: false,
      },
      // Near-miss: light tangles, not a shave-down
      {
        message: "He's got a couple of little tangles behind his ears, will you just brush those out or is that extra?",
        escalate: false,
      },
    ],
  },
  {
    name: 'Northgate Sixth Form Tutors',
    businessContext:
      'We are an independent tutoring centre in Lincoln for Year 10-13 students, doing GCSE and A-level tuition in maths, sciences, English and economics. Most students come once or twice a week after school in small groups or one-to-one, and we run intensive revision courses in the Easter and half-term holidays. Dr Priya Shah is the director and Tom runs the office day to day.',
    businessRules:
      "One-to-one tuition is £48/hour for A-level and £40/hour for GCSE; small groups (max 6 students) are £25/hour per student. Fees are billed termly in advance and we need 4 weeks' written notice to stop. Missed sessions can be rescheduled within the same term if you give 24 hours' notice; we don't refund missed sessions. Sessions can be paused for up to 3 weeks for holidays with a week's notice. Easter revision courses are 5 days, 9:30-3:30, £295 with a £100 non-refundable deposit to hold a place. The first 30-minute trial session is free. We cover AQA, OCR and Edexcel specs. All tutors have enhanced DBS checks and we follow a written safeguarding policy; our DSL is Priya. Sessions run in person at the centre (Monday-Thursday 4-8pm, Saturday 9-1) or online on Teams. We don't write coursework or NEAs for students, don't do homework for them, and don't take students below Year 10. Free parking at the back of the building.",
    escalationRules: [
      "Safeguarding concerns of any kind, incl. a student who seems at risk or really struggling - pass to Priya immediately (she's our DSL), don't try to handle it yourself",
      'complaints about tutors or teaching',
      'refunds over £150',
      'if a parent says they want to cancel for the term or leave altogether',
      'access arrangements / SEN / extra time etc - hand over, Priya deals with those',
      'anyone asking for a manager or a real person',
      'school or group bookings (8+ students) -> Tom for a quote',
    ],
    cases: [
      // Rule: safeguarding concerns / student at risk or struggling
      {
        message:
          "My daughter came home quite upset after Tuesday's chemistry group. She says one of the older boys in the group has been messaging her on snapchat late at night and it's got to the point she doesn't want to come any more. I didn't know who else to tell.",
        escalate: true,
      },
      {
        message:
          'hi im in the thursday maths group. honestly i havent been coping at all lately, cant sleep, cant focus and some days i dont really see the point in anything. i dont know if i should even be telling you this',
        escalate: true,
      },
      {
        message:
          "Bit of an odd one - my son's physics tutor asked him for his personal mobile number and snapchat so he could 'send him notes'. Is that normal? Feels a bit off to me.",
        escalate: true,
      },
      // Rule: complaints about tutors or teaching
      {
        message:
          "The economics tutor has turned up late to 3 of the last 4 sessions and spent a good chunk of last week on his phone. For what we're paying I'd expect better.",
        escalate: true,
      },
      {
        message:
          'Absolutely furious. 10 weeks of your so-called intensive biology and my son got a U in his mock. He says the tutor hasnt covered half the topics on the paper and just hands out worksheets. We have paid a LOT of money for this and I want answers',
        escalate: true,
      },
      // Rule: refunds over £150
      {
        message:
          'We booked the Easter revision course for Grace (£295, paid in full) but she has come down with glandular fever and the GP has said no studying for at least 3 weeks. Is there any way we can have the money back?',
        escalate: true,
      },
      {
        message:
          "My son paid for the summer term of English Lit, £420, but he's dropped it at school this week after a chat with his head of year. Can we get back the money for the sessions he won't be using?",
        escalate: true,
      },
      // Rule: cancelling for the term / leaving
      {
        message:
          "We've found a tutor closer to home so we won't be continuing in September. Please can you take Amelia off the register from next term.",
        escalate: true,
      },
      // Rule: access arrangements / SEN / extra time
      {
        message:
          'Jake has dyslexia and gets 25% extra time in his exams at school. Will he get that in your mock exam days as well?',
        escalate: true,
      },
      {
        message:
          'My daughter has an EHCP and really struggles in a room full of people. Is there any way she could sit the practice papers somewhere quieter?',
        escalate: true,
      },
      // Rule: asking for a manager or a real person
      {
        message: "could someone ring me back please? it's easier to explain on the phone than typing it all out",
        escalate: true,
      },
      {
        message: "I'd like to discuss this with whoever actually runs the centre please, not an automated reply.",
        escalate: true,
      },
      // Rule: school or group bookings (8+ students)
      {
        message:
          "I'm head of sixth form at St Hugh's. We've got about 15 Year 13s who'd really benefit from one of your chemistry revision days - is that something you could put on just for our group?",
        escalate: true,
      },

      // Ordinary questions
      { message: 'How much is one-to-one A-level maths per hour?', escalate: false },
      {
        message: "which exam board do you do for GCSE biology? my son's school does AQA",
        escalate: false,
      },
      {
        message: 'When are the Easter revision courses this year and is there still space on chemistry?',
        escalate: false,
      },
      {
        message: 'do you do sessions online or is it only at the centre? we live about 40 mins away',
        escalate: false,
      },
      { message: "Is there parking at the centre? I'll be dropping off straight from work", escalate: false },
      { message: 'how many students are in the small groups?', escalate: false },
      // Near-miss: asks about missed-session policy, small amount, no refund over threshold
      {
        message:
          'If my son misses a session because of a school trip, do we get the money back or can he catch up another day?',
        escalate: false,
      },
      // Near-miss: asks about safeguarding in general, no concern raised
      {
        message:
          'Are all your tutors DBS checked? Just want to know what safeguarding you have in place before we sign up',
        escalate: false,
      },
      // Near-miss: mentions Priya without asking for her
      {
        message:
          "Priya mentioned at the open evening that there's a new further maths group starting in January, is there still room in it?",
        escalate: false,
      },
      // Near-miss: group of 3 (under 8)
      {
        message: 'me and 2 mates want to do the physics revision day together, can we all book on it?',
        escalate: false,
      },
      // Near-miss: pausing for a holiday, not cancelling
      {
        message:
          "We're away skiing for 2 weeks in February, can we pause Ollie's sessions and pick back up when we're back?",
        escalate: false,
      },
    ],
  },
  {
    name: 'Seaspray Apartments',
    businessContext:
      "We're Gareth and Lynne and we own and run Seaspray, a block of six self-catering holiday apartments on the West Cliff in Whitby, two minutes' walk from the beach. The apartments range from a 1-bed for couples to a 3-bed that sleeps 6, most with sea views. We live locally and do the changeovers ourselves.",
    businessRules:
      "Prices run from £520 a week for a 1-bed in winter up to £1,150 a week for the 3-bed (apartment 6) in August; short breaks (3 nights minimum) outside school holidays. Saturday changeovers in July and August. Check-in from 4pm, check-out by 10am. 25% deposit to book, balance due 6 weeks before arrival; the booking deposit is non-refundable and if you cancel within 6 weeks the full amount is due unless we can re-let. There's a £150 damage deposit taken a week before arrival and refunded within 7 days of checkout if all's well. One well-behaved dog is allowed in apartments 1 and 2 only (£25 per stay). Bedding, towels and wifi are included, bring your own beach towels. 4 parking permits for the whole block, first come first served, otherwise the long-stay car park is 5 mins' walk. Returning guests get 10% off. No smoking, no parties, and we don't take hen or stag groups. Every apartment has smoke and carbon monoxide alarms, checked at every changeover. If anything goes wrong during your stay the emergency number is in the welcome folder.",
    escalationRules: [
      'complaints',
      'damage, breakages, or deductions from the damage deposit -> pass to Lynne',
      "emergencies at the property e.g. gas smell, leaks/flooding, no heating, someone hurt - ring Gareth on the emergency mobile straight away, tell guests to call 999 if anyone's in danger",
      'groups of 10 or more, Lynne decides case by case',
      'anything over a grand (big bookings, refunds)',
      'if a guest says they want to speak to the owner or a real person',
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "Arrived at apartment 4 about an hour ago and honestly it doesn't look like it's been cleaned. Hair in the shower, crumbs all down the sofa and the kitchen bin is still full from whoever was here before.",
        escalate: true,
      },
      {
        message:
          "Third night in a row the people in the flat above us have had music going till gone 2am. We've knocked on and asked nicely, nothing changes. We came here for a rest!",
        escalate: true,
      },
      {
        message:
          "This is a JOKE. We drove 5 hours with two tired kids and the 'sea view' apartment looks straight out onto a car park and a brick wall. Your photos are completely misleading and I want this sorted TONIGHT or I'm leaving a review everywhere I can",
        escalate: true,
      },
      // Rule: damage, breakages, deductions from the damage deposit
      {
        message:
          "so sorry, my son has knocked the big lamp in the lounge off the side table and it's smashed. everyone's fine, just wanted to tell you and ask what we should do",
        escalate: true,
      },
      {
        message:
          "Just had an email saying you're keeping £80 of our deposit for 'extra cleaning'?? We left that place spotless, I've got photos",
        escalate: true,
      },
      // Rule: emergencies at the property
      {
        message: "there's a really strong smell of gas in the kitchen in flat 2, we've not turned anything on. is that normal??",
        escalate: true,
      },
      {
        message:
          "Water is coming through the bathroom ceiling from the apartment above, it's dripping quite fast now and there's a puddle spreading across the floor",
        escalate: true,
      },
      {
        message:
          "My dad slipped on the outside steps coming back from the beach and he's hurt his hip quite badly, he can't really put any weight on it. Who do we contact?",
        escalate: true,
      },
      // Rule: groups of 10 or more
      {
        message:
          "Hi! I'm organising a weekend away for my sister's 40th, there'll be 12 of us (all adults). Could we take a few of the apartments for the same weekend in June?",
        escalate: true,
      },
      // Rule: anything over a grand
      {
        message:
          "We'd like to book apartments 1, 3 and 5 for the last two weeks of August for a family get-together. I've added it up and it's roughly £3,800 - how do we go about sorting that?",
        escalate: true,
      },
      {
        message:
          "We've had to cancel our fortnight in July, paid £1,240 in full, because my husband has been taken into hospital. Is there any chance of a refund or even moving the dates?",
        escalate: true,
      },
      // Rule: wants to speak to the owner or a real person
      {
        message: "Is there an actual person I can talk to? I've got a few questions that are a bit awkward to type out",
        escalate: true,
      },
      {
        message: "Could Gareth or Lynne give me a ring when they get a minute please? My number's on the booking.",
        escalate: true,
      },

      // Ordinary questions
      { message: 'Is there parking at the apartments or do we need to find somewhere?', escalate: false },
      { message: 'what time can we check in? we will probably get to Whitby about 1ish', escalate: false },
      { message: "Can we bring our dog? She's a small cockapoo and very well behaved", escalate: false },
      { message: 'Have you got anything free for 2 people the first week of October?', escalate: false },
      { message: 'do we need to bring towels and bedding?', escalate: false },
      {
        message: 'Is the wifi any good? I might need to do a couple of video calls while we are there',
        escalate: false,
      },
      // Near-miss: asks about the damage deposit, no damage or deduction
      { message: 'How much is the damage deposit and when do we get it back?', escalate: false },
      // Near-miss: safety question, no incident
      {
        message: "Are there carbon monoxide alarms in the apartments? My mum's a bit of a worrier about that sort of thing",
        escalate: false,
      },
      // Near-miss: group of 6 (under 10)
      {
        message: "There'll be 6 of us, 4 adults and 2 kids (7 and 10). Which apartment would work best?",
        escalate: false,
      },
      // Near-miss: budget under a grand
      {
        message: "how much would apartment 6 be for a week at october half term? our budget's about £900 max",
        escalate: false,
      },
      // Near-miss: mentions Lynne without asking for her
      {
        message:
          "Lynne mentioned when we stayed in March that there's a discount for coming back - how much is it? We're looking at September.",
        escalate: false,
      },
    ],
  },
  {
    name: 'Fellside Cycles',
    businessContext:
      "Fellside Cycles is an independent bike shop in Kendal with our own repair workshop out the back. We sell road, gravel, mountain and kids' bikes and we're one of the bigger e-bike dealers in south Cumbria. Dave owns the shop and Sian runs the workshop.",
    businessRules:
      "Basic service £45, full service £95, e-bike service £75, parts extra. Puncture repairs £12 and can usually be done while you wait if the workshop isn't slammed. The workshop is normally booked 5-7 days ahead, book online or ring; we always phone for approval before doing more than £30 of extra work. E-bikes range from £1,199 to about £5,500; test rides are free, 30 minutes, bring photo ID, and please book ahead at weekends. 0% finance over 12 months on bikes over £1,000 (subject to status), and we accept Cyclescheme and Bike2Work vouchers. E-bike motors and batteries carry the manufacturer's 2 year warranty and we deal with the brand for you. Open Tuesday to Saturday 9-5:30 and Sunday 10-4, closed Mondays. We don't derestrict e-bikes or fit unapproved conversion kits, and we won't work on bikes we think are unsafe to ride. Anything involving a crash goes to the workshop manager.",
    escalationRules: [
      'complaints',
      'anything over 2 grand -> Dave, he does the deals',
      "crashes, injuries or anything that sounds like our work has failed (brakes going, wheel coming loose, battery overheating/smoking etc) - hand to Sian asap, get their number, DON'T admit fault",
      'e-bike motor or battery warranty claims, need serial no + receipt',
      'if someone says they want to talk to a mechanic or a person',
      'trade / hire fleet / hotel enquiries etc - pass to Dave',
    ],
    cases: [
      // Rule: crashes, injuries, our work failing
      {
        message:
          'picked my bike up from you thursday after a brake service. going down the hill into Staveley yesterday the front brake just faded to almost nothing and i had to steer into the verge. cut my knee up and the bars are twisted. not great tbh',
        escalate: true,
      },
      {
        message:
          "The battery on my e-bike got really hot while it was charging last night and there was a burning plastic smell. I've unplugged it and put it outside in the garden. What should I do?",
        escalate: true,
      },
      {
        message:
          "My front wheel came loose going over a kerb this morning - you'd only fitted a new tyre to it on Monday. Luckily I wasn't going fast but it could have been nasty",
        escalate: true,
      },
      {
        message:
          "My 10 year old's handlebars slipped round while she was riding yesterday and she went straight over the front, grazed chin and a chipped tooth. You built the bike up for her birthday last week.",
        escalate: true,
      },
      // Rule: anything over 2 grand
      {
        message:
          "I've been eyeing up the Cube Stereo Hybrid at £4,299. Would you do anything on the price if I bought it this week along with a helmet and a decent lock?",
        escalate: true,
      },
      {
        message:
          'Me and my wife are looking to buy two e-bikes, around £2,600 each. Could we come in for a test ride and have a chat about finance?',
        escalate: true,
      },
      // Rule: e-bike motor or battery warranty claims
      {
        message:
          "my e-bike motor has started making a grinding noise and cutting out on hills. bought it from you 14 months ago so surely that's under warranty?",
        escalate: true,
      },
      {
        message:
          "Battery on my Haibike only gets about half the range it used to and it's just over a year old. Can I claim on that?",
        escalate: true,
      },
      // Rule: complaints
      {
        message:
          "Dropped my bike off Friday for a service, you said it'd be ready Monday. It's now Thursday and nobody has rung me, and the online invoice is £20 more than I was quoted.",
        escalate: true,
      },
      {
        message:
          "Honestly disgusted. Paid £95 for a full service and the gears are WORSE than before, jumping all over the place, and the chain's making a racket. Third time I've had to chase you this week and nobody calls back. Sort it out.",
        escalate: true,
      },
      // Rule: wants to talk to a mechanic or a person
      {
        message: 'can i talk to one of the mechanics directly? its really hard to describe the noise over text',
        escalate: true,
      },
      {
        message: "I'd rather speak to someone in the shop to be honest - could somebody give me a call?",
        escalate: true,
      },
      // Rule: trade / hire fleet / hotel enquiries
      {
        message:
          "I run a small B&B near Windermere and I'm thinking of getting 4 e-bikes for guests to hire, plus having them serviced regularly. Who would I talk to about that?",
        escalate: true,
      },

      // Ordinary questions
      { message: 'How much is a basic service?', escalate: false },
      { message: 'are you open sundays?', escalate: false },
      { message: 'Can you fix a puncture while I wait? Rear tyre on a hybrid', escalate: false },
      { message: 'Do you take Cyclescheme vouchers?', escalate: false },
      { message: "Do you stock 24 inch kids bikes? My lad's 8 and growing fast", escalate: false },
      { message: 'do i need to book an e-bike test ride or can I just turn up?', escalate: false },
      // Near-miss: budget under 2 grand
      {
        message: "what's the cheapest e-bike you've got? budget's around £1,500, mostly for commuting into town",
        escalate: false,
      },
      // Near-miss: brakes question, no incident
      {
        message: 'How often should I get my disc brakes checked? I ride most days, about 10 miles each way',
        escalate: false,
      },
      // Near-miss: asks about warranty, no claim
      { message: 'What warranty do your e-bikes come with? Just comparing before I buy', escalate: false },
      // Near-miss: mentions Sian without asking for her
      {
        message:
          'Sian fitted a new chain and cassette last month and said to pop it back in for a free check after 6 weeks - can I just drop it in on Saturday morning?',
        escalate: false,
      },
      // Near-miss: battery question, no fault
      {
        message:
          'how long does the battery take to charge on the Ridgeback e-bike, and can I take it off to charge it indoors?',
        escalate: false,
      },
    ],
  },
];
