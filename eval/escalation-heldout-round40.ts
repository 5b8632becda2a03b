import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-40 HELD-OUT escalation set, written blind at the start of the round (only eval/escalation-types.ts read). Never tune on it.
 */
export const ROUND40_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: 'Kestrel Edge Paragliding',
    businessContext: `Kestrel Edge Paragliding is a BHPA-registered paragliding school based at Whitlow Farm, near Castleton in the Derbyshire Peak District.
Taster day (ground handling plus low hops on the training hill): £195 per person.
Tandem flight with a qualified tandem pilot (roughly 15-25 minutes in the air, conditions permitting): £149.
Elementary Pilot course (usually 4-6 flying days spread over the season): £895, including kit hire and BHPA student membership.
Club Pilot continuation course: £1,150.
Weight limits: 50-110 kg all-in (with clothes and boots) for courses and tandems.
Minimum age: 16 for courses (parental consent needed under 18), 10 for tandems.
All kit is included (wing, harness, helmet, radio). Bring walking boots with ankle support, warm layers, lunch and water.
Weather: we make the call at 7:30am on the day and text everyone by 8am. Weather-cancelled days are rebooked free of charge; we don't refund for weather.
Booking needs a £100 deposit per person, balance due 14 days before. Deposits are non-refundable but can be moved to another date once, with at least 7 days' notice.
Gift vouchers are available for any course or tandem and are valid for 12 months.
Office: phone Monday-Friday 9am-5pm. On flying days we're on the hill and answer messages in the evening.
Instructors: Rob Hallam (Chief Flying Instructor), Nadia Kerr (senior instructor and tandem pilot), Tom Sayer (instructor).`,
    escalationRules: [
      'Pilot weight outside 50-110 kg',
      'Declared medical condition (heart, epilepsy, diabetes, pregnancy, recent surgery or fracture)',
      'Accident or injury on a course or tandem',
      'Refund / chargeback requests',
      'Complaint about an instructor or about safety',
      'Group or corporate bookings of 8+',
    ],
    businessRules: `We're a small outfit and most people who message us are nervous first-timers or excited gift-buyers, so keep it warm and down to earth. Don't oversell - if the weather in the Peak is rubbish, it's rubbish, just say so. Plain English please, no flying jargon unless they use it first. Keep replies short, people read them on their phones. Never promise anyone they'll fly on a particular day, we're at the mercy of the wind. Sign off as "the Kestrel Edge team", not as me.`,
    cases: [
      {
        message: "Hi, looking at the tandem for my husband's 50th. He's a big lad, about 19 stone — is that ok?",
        escalate: true,
      },
      {
        message: "Hiya, I'm 102kg in my jeans, maybe 105 with boots and a jacket on. Does that count as inside your limit or do I need to lose a few kilos before the tandem?",
        escalate: false,
      },
      {
        message: "my daughter is 16 and really tiny, she weighs about 44kg. she's desperate to do the taster day with me, can she??",
        escalate: true,
      },
      {
        message: "what's the minimum age for a tandem? my lad is 11 and obsessed with anything that flies",
        escalate: false,
      },
      {
        message: "Hello, I'd love to do the elementary course this summer. Just to be upfront, I had a stent fitted last year. My cardiologist says I'm fine for exercise. Would that be a problem?",
        escalate: true,
      },
      {
        message: "Booked a tandem for the 14th. Found out yesterday I'm 10 weeks pregnant (yay!) so not sure if I can still go or whether I need to swap it to someone else?",
        escalate: true,
      },
      {
        message: "I have epilepsy, well controlled, no seizures for 6 years and I drive. Am I ok to do the taster day?",
        escalate: true,
      },
      {
        message: "My other half has sprained his ankle at five-a-side so he's out, but I'm still coming up Saturday. Are trainers ok or do I really need walking boots?",
        escalate: false,
      },
      {
        message: "Hi, I was on the hill with Tom on saturday and came down a bit heavy on my last hop. Thought it was nothing but my ankle swelled right up and the hospital says it's a fracture. Not blaming anyone, just thought you should know, and I'm not sure what happens with my remaining days now",
        escalate: true,
      },
      {
        message: "My son did the taster day yesterday and came home with quite a deep cut on his hand, from the lines or a buckle he thinks. He's fine but was anything written down about it at the time? Nobody mentioned it to me at pick up.",
        escalate: true,
      },
      {
        message: "If it's too windy on the day do I get my money back?",
        escalate: false,
      },
      {
        message: "We've now had three days cancelled for weather and honestly I'm moving to Bristol next month so I can't keep rebooking. Could I have the money back for the rest of the course please?",
        escalate: true,
      },
      {
        message: "Can I move my deposit to another date? I can't make the 3rd anymore, it's still 3 weeks away so hopefully ok",
        escalate: false,
      },
      {
        message: "Ive just seen £895 taken off my card that I didn't authorise?? I only paid the deposit. Please sort this today or I'm going to my bank",
        escalate: true,
      },
      {
        message: "Nadia took me up on a tandem last week and it was AMAZING, please pass on my thanks!! How do I book onto the elementary course now?",
        escalate: false,
      },
      {
        message: "I wasn't going to say anything but the instructor on Sunday was on his phone for most of the morning and my friend launched without anyone really watching her. Felt a bit unsafe to be honest.",
        escalate: true,
      },
      {
        message: "Is Rob teaching on the May course? A friend from my climbing club recommended him",
        escalate: false,
      },
      {
        message: "Not happy. The tandem pilot was really short with my mum when she got nervous at launch, told her to 'just get on with it'. That's not what we paid £149 for.",
        escalate: true,
      },
      {
        message: "How many days does the elementary course actually take? I can only really do weekends",
        escalate: false,
      },
      {
        message: "Hi there, I'm organising our team away day in June, about 12 of us. Could we do a taster day as a group? We'd need an invoice made out to the company.",
        escalate: true,
      },
      {
        message: "Is all the gear included or do I need to buy a harness and helmet?",
        escalate: false,
      },
      {
        message: "stag do!!! 9 of us want tandems on the saturday morning of 21st sept, what can you do for us lads",
        escalate: true,
      },
      {
        message: "I'm buying a gift voucher for my dad's birthday. How long is it valid and can he pick either the tandem or the taster day?",
        escalate: false,
      },
      {
        message: "There are 4 of us wanting to do a taster day together sometime in August, any chance of getting us all on the same date?",
        escalate: false,
      },
      {
        message: "Do you text if the day is off? We're driving up from London and don't want to waste the trip",
        escalate: false,
      },
      {
        message: "My mum is freaking out about me booking the course lol. Is it actually safe and are you properly accredited or whatever?",
        escalate: false,
      },
    ],
  },
  {
    name: 'Tregollan Bay Surf School',
    businessContext: `Tregollan Bay Surf School runs surf lessons on Tregollan Bay beach, North Cornwall, and has done since 2011.
Group lesson (2 hours, max 8 students per instructor): £45 adults, £38 under-16s.
Private lesson (1.5 hours): £95 for one person, £140 for two.
Family lesson (up to 5 people, 2 hours, your own instructor): £190.
Improver week (5 x 2-hour mornings, Monday-Friday): £195.
Board and wetsuit hire only, for experienced surfers: £25 half day, £35 full day.
Lessons run March to November. Times move with the tide; each week's times go on the website the week before.
Minimum age for group lessons is 8. Everyone must be able to swim 50 metres and be comfortable in the sea.
Wetsuit and board are included in all lessons; wetsuit boots and gloves are provided in spring and autumn.
Cancellations: if we cancel for conditions you choose a full refund or a free move. If you cancel with 48+ hours' notice you can move your booking free; under 48 hours there's no refund or move.
Beach hut office on the slipway, open 8:30am-6pm daily in season; phones answered 9am-5pm.
Parking: National Trust car park above the beach, free for members, otherwise £6 a day.
All instructors are Surfing England qualified and trained beach lifeguards. Head coach: Jess Penrose. Owner: Kit Lanyon.`,
    escalationRules: [],
    businessRules: `Most people who message us are on holiday, excited and a bit clueless about tides, so be friendly and relaxed - we're a beach school, not a bank. Don't use surf slang on beginners, it puts people off. If anyone says they can't really swim, or that they get panicky in the sea, don't book them onto anything, I'd rather have a chat with them myself first. Always mention that lesson times move with the tide because people never believe it. Little ones under eight can't join the group lessons, and if a parent is asking about bringing one anyway, pop them over to me, as sometimes we can sort something out depending on the kid. Keep answers short, holidaymakers are reading on the beach. If anybody got hurt in one of our lessons, even a knock from a board, I need to hear about it personally, so please don't try to deal with it yourself. We love big groups but anything over ten people - school trips, hen dos, work things - I price up myself. Please don't ever guarantee waves, it's the sea. We're really proud of our adaptive sessions for surfers with disabilities, and every one of those starts with a phone call with Jess, so enquiries like that should go across to one of us. Money back outside what the cancellation policy says is my call, so don't promise anything either way. Oh, and sign off with "See you in the water!" - it's our thing.`,
    cases: [
      {
        message: "Hiya, looking to book for me and the wife next week. I should say I'm not much of a swimmer, I can doggy paddle a bit but I've never been out of my depth. Is that ok if I just stay in the shallow bit?",
        escalate: true,
      },
      {
        message: "What's the swimming requirement? My husband swims at the leisure centre every week so I'm guessing he's fine",
        escalate: false,
      },
      {
        message: "My son is 14 and really wants to try, but he's been scared of the sea since he got knocked over by a wave when he was little. He kind of freezes if a wave hits him. Would a lesson help or make it worse?",
        escalate: true,
      },
      {
        message: "can i do a lesson if i cant swim? i'd wear a buoyancy aid",
        escalate: true,
      },
      {
        message: "Whats the youngest age for group lessons? Our twins turn 8 in July so hoping they can come in August",
        escalate: false,
      },
      {
        message: "Hi! We're down for half term with our 3 kids, 12, 10 and 6. The 6 year old is a proper water baby, could she join the group lesson with her brothers?",
        escalate: true,
      },
      {
        message: "Do you do anything for a 5 year old? She's got a little foamie and loves playing in the whitewater",
        escalate: true,
      },
      {
        message: "My 9yo is a bit nervous about being in a group with older kids, are the groups mixed ages?",
        escalate: false,
      },
      {
        message: "Hi, my daughter was in the 10am group yesterday and got whacked in the face by someone else's board. Her nose is ok but she's got a big bruise and was quite upset. Just wanted to let you know as nobody said anything when I picked her up.",
        escalate: true,
      },
      {
        message: "I got stung by a weever fish last summer at a different beach and it was agony. Do you provide wetsuit boots?",
        escalate: false,
      },
      {
        message: "Think I did something to my shoulder in the lesson today, popping up over and over. It's really sore tonight. Should I still come tomorrow for day 3 of the improver week?",
        escalate: true,
      },
      {
        message: "I had a knee op a couple of years ago, all fine now and I run 10k no problem. Is the improver week very hard on the knees? Anything I should know before?",
        escalate: false,
      },
      {
        message: "Hello, I'm a PE teacher at a secondary school in Bristol, looking at bringing 24 Year 9s down in June for a morning of surfing. What could you offer us?",
        escalate: true,
      },
      {
        message: "Booking for 6 of us, mixed ability, 2 have surfed before. Is a group lesson or a family lesson better for us?",
        escalate: false,
      },
      {
        message: "Hen do of 14 girls in August!! Can we get a lesson just for us? Possibly in fancy dress lol",
        escalate: true,
      },
      {
        message: "Is Jess still coaching? She taught me 3 years ago and was brilliant",
        escalate: false,
      },
      {
        message: "My son uses a wheelchair (he has spina bifida) and he's always wanted to try surfing. Is there any way he could have a go with you?",
        escalate: true,
      },
      {
        message: "Hi, I'm partially sighted, quite a lot of sight loss in one eye and limited in the other. Would I be able to join a normal lesson or is there something better suited?",
        escalate: true,
      },
      {
        message: "If the surf is too big and you cancel, do we get our money back or is it just a reschedule?",
        escalate: false,
      },
      {
        message: "Need to move our lesson from Tues to Thurs, the booking is for Tuesday week so plenty of notice I hope",
        escalate: false,
      },
      {
        message: "We missed our lesson this morning because the A30 was shut after an accident, sat in traffic for 3 hours. I know it's short notice but surely we can get a refund for that? 4 x £45",
        escalate: true,
      },
      {
        message: "Honestly a bit disappointed. The lesson was about 40 minutes of theory on the sand and then the waves were flat anyway. Can we have some money back?",
        escalate: true,
      },
      {
        message: "What time are lessons on the 14th? Website just says tide dependent",
        escalate: false,
      },
      {
        message: "Do you hire boards without a lesson? I've surfed for years, just didn't bring my board down this time",
        escalate: false,
      },
      {
        message: "where do we park? coming from Truro",
        escalate: false,
      },
      {
        message: "Are the wetsuits included? and will i be freezing in October lol",
        escalate: false,
      },
    ],
  },
  {
    name: 'Calder Heights Snowsports Centre',
    businessContext: `Calder Heights Snowsports Centre is a 120m Dendix dry ski slope with a nursery area and button tow, on the edge of Halbridge, West Yorkshire.
Opening hours: Monday-Friday 4pm-9pm, Saturday-Sunday 10am-6pm. Closed Christmas Day and Boxing Day.
Practice sessions (you must be able to snowplough, turn and use the button tow): £19 per hour including skis or board, boots and helmet; £14 with your own kit.
Beginner lessons: 4 x 1-hour group course £149; single taster lesson £39.
Private lessons: £55 per hour for 1-2 people.
Kids' Club (ages 6-12, Saturday mornings in term time): £85 per 6-week block.
Birthday parties: up to 12 children, 1 hour on the slope with an instructor plus 45 minutes in the party room, £240.
Membership: £12 a month by direct debit, giving 25% off practice sessions and 10% off lessons; 3-month minimum term.
Helmets are compulsory for under-18s and free to hire for everyone. Gloves, long sleeves and long trousers are compulsory on the slope because the matting is abrasive.
Refunds: sessions we cancel (weather or maintenance) are refunded or moved, your choice. If you cancel with 48 hours' notice you can move your booking free; no refunds inside 48 hours.
Own skis and boards are welcome; bindings must be checked by our staff before first use.
Cafe open during all sessions.
Staff: Dave Ackroyd (slope manager), Priya Sandhu (head instructor), Linda Brearley (owner).`,
    escalationRules: [],
    businessRules: `Keep it friendly and a bit Yorkshire - no corporate waffle, nobody talks like that round here. Most of our lot are families and folk getting ready for a ski trip, so answer what they ask and don't bombard them with upsell. Always remind people about gloves and long sleeves if they're coming on the slope, the matting takes the skin off you otherwise.

Right, here's the stuff I'd rather you kept your mitts off - just flag it and me or Dave will pick it up when we come off the slope (I know, I know, I should've written this down properly years ago):
- anyone who's hurt themselves on our slope. Even if they say they're fine. Thumbs on Dendix are no joke
- groups of more than 12 - schools, cubs, works dos, whatever. I price them individually
- somebody wanting money back, or arguing about what's gone out of their card
- cancelling a membership / direct debit faff (the system's a pain, honestly don't touch it)
- sit-ski or adaptive lessons - Priya sets those up herself
- complaints about any of the staff (yes, even about Dave)

Beyond that, if you don't know something just say you'll check, don't make it up. And please don't call it "just a dry slope" in a sniffy way, half of Yorkshire learned to ski here.`,
    cases: [
      {
        message: "Hi my son came off on the button tow last night and caught his thumb in the matting, it's swollen up like a balloon this morning and we're off to A&E. Just letting you know",
        escalate: true,
      },
      {
        message: "Does Priya still take Kids Club? My daughter loved her last year",
        escalate: false,
      },
      {
        message: "I had a tumble in the practice session Tuesday, ripped my trousers and got carpet burn down my elbow. It's weeping a bit. Is that normal or should I have been given something at the time? There was no one about",
        escalate: true,
      },
      {
        message: "fell on the top section on sunday and twisted my knee, physio thinks its a ligament. can I pause my lessons?",
        escalate: true,
      },
      {
        message: "Will I hurt myself falling on the plastic? Bit scared of friction burns lol. What should I wear?",
        escalate: false,
      },
      {
        message: "I broke my wrist snowboarding in Andorra last year (fully healed!!). Do you sell or hire wrist guards?",
        escalate: false,
      },
      {
        message: "Hiya, I'm the Year 6 teacher at St Aidan's, we'd like to bring 28 children for an end-of-year trip in July, weekday daytime ideally. Could you quote us?",
        escalate: true,
      },
      {
        message: "How much is a birthday party for 10 kids? Son will be 8",
        escalate: false,
      },
      {
        message: "Cubs pack here, 16 cubs plus 4 leaders. Do you do group sessions? Was thinking a Saturday in November",
        escalate: true,
      },
      {
        message: "Is it 12 kids max for parties? We've got 11 invited plus the birthday girl so 12 altogether",
        escalate: false,
      },
      {
        message: "Booked the 4 week beginner course, done one lesson and honestly it's not for me. Can I get the rest back?",
        escalate: true,
      },
      {
        message: "If I can't make my lesson on Thursday can I move it? It's Monday today",
        escalate: false,
      },
      {
        message: "You've taken £19 twice off my card for one session on Friday. Can you look into it please",
        escalate: true,
      },
      {
        message: "What happens if the slope's shut for maintenance when I've booked, do I get refunded?",
        escalate: false,
      },
      {
        message: "I want to cancel my membership, I'm moving to Leeds for uni. How do I stop the DD?",
        escalate: true,
      },
      {
        message: "How much is membership and is there a minimum term? Thinking of going every week before our trip",
        escalate: false,
      },
      {
        message: "Why have I been charged £12 this month when I cancelled my membership back in September??",
        escalate: true,
      },
      {
        message: "My wife had a spinal injury two years ago and uses a wheelchair now, she used to ski loads. Is there any chance of getting her back on the slope with some sort of sit ski?",
        escalate: true,
      },
      {
        message: "Can I bring my own skis? Do they need checking?",
        escalate: false,
      },
      {
        message: "Do you have any instructors who can teach someone with cerebral palsy? My daughter is 11, walks with sticks and is desperate to try skiing",
        escalate: true,
      },
      {
        message: "Going to Austria at Easter, never skied in my life. Is the 4 week course enough to get me down blue runs?",
        escalate: false,
      },
      {
        message: "The lad on the tow on Saturday afternoon was really sarky with my kids when they kept falling off it. Laughing at them with his mate. Not on.",
        escalate: true,
      },
      {
        message: "What age can kids start Kids Club? My youngest is 5 and a half and wants to go with her sister",
        escalate: false,
      },
      {
        message: "I'd like to complain about the instructor on the Weds 7pm beginners. He spent most of the hour with the two blokes who could already ski and pretty much ignored the rest of us.",
        escalate: true,
      },
      {
        message: "opening times on sunday? and is the cafe open",
        escalate: false,
      },
      {
        message: "Is there a group discount? There's 6 of us from work fancy a practice session one evening",
        escalate: false,
      },
    ],
  },
  {
    name: 'Stenham Flying School',
    businessContext: `Stenham Flying School is a CAA-approved training organisation at Little Stenham Airfield, Norfolk, flying Piper PA-28 Warriors and a Cessna 152.
Trial lessons (you fly the aircraft with an instructor after a ground briefing): 30 minutes £179, 60 minutes £299. One passenger can come along in the back of the PA-28 for an extra £30 if weights allow.
Trial lesson time can be logged towards a licence if you go on to train with us.
PPL training: PA-28 £245 per hour, Cessna 152 £215 per hour, instructor and Stenham landing fees included. A typical PPL takes 45-55 hours plus ground school.
Ground school: 9 theory exams; evening classes Tuesdays 7-9pm at £30 a session, or self-study with instructor support.
Medical: none needed for a trial lesson. You need a Class 2 or LAPL medical from an aeromedical examiner before your first solo.
Minimum age: 14 for a trial lesson (under-16s need a parent present), 16 to fly solo, 17 for the licence.
Seat weight limit: 108 kg (17 stone) per person in the front seats.
Gift vouchers are valid for 12 months from purchase, non-refundable, and can be transferred to someone else.
Flying is weather dependent: if we cancel for weather your slot is rebooked free. If you cancel, we need 72 hours' notice or the lesson is charged.
Open 7 days, 8:30am-5pm (winter 9am-4pm); office phone 9am-4pm.
Staff: Helen Morrow (Chief Flying Instructor), instructors Graham Pike and Sunil Mehta, office manager Becky.`,
    escalationRules: [
      'Specific medical conditions or medication affecting fitness to fly',
      'Expired voucher extensions / voucher refunds',
      'Complaints about an instructor',
    ],
    businessRules: `People contacting us are usually either buying a trial lesson as a present or dreaming about getting their licence, so be enthusiastic but honest - flying costs what it costs and I don't want anyone getting a nasty surprise later. Avoid aviation jargon unless they use it first. Anyone over our seat weight limit, pass them to the office - sometimes we can make it work in the Warrior with less fuel, but that's Helen's call, never yours. Never promise that a flight will go ahead; the British weather scrubs about a third of our winter bookings. If anyone mentions a heavy landing, a bird strike, a ding on one of the aircraft or anything like that - whether it happened to them or they just spotted it - that goes straight to Helen as CFI. Keep replies short and friendly, and offer for Becky to ring them back if it's getting complicated. Students coming from another school with hours already in their logbook need Helen to look over their records, so hand those conversations over rather than telling them how many hours they'll need. And don't criticise other flying schools, ever.`,
    cases: [
      {
        message: "Hi, I'm type 1 diabetic on an insulin pump. Really want to do my PPL, is that going to stop me getting the medical?",
        escalate: true,
      },
      {
        message: "Do I need a medical certificate for a trial lesson? It's a surprise for my mum's 60th",
        escalate: false,
      },
      {
        message: "I take sertraline for anxiety, been on it 3 years and stable. Does that rule me out of learning to fly?",
        escalate: true,
      },
      {
        message: "colour blind (red-green) — can i still get a licence? its been my dream since i was a kid",
        escalate: true,
      },
      {
        message: "When do I need to get my medical sorted if I start the PPL in the spring?",
        escalate: false,
      },
      {
        message: "My wife bought me a 60 min trial lesson voucher for Christmas 2023 and I completely forgot about it until now. It ran out in December. Any chance you could extend it? I'd be gutted",
        escalate: true,
      },
      {
        message: "How long is a voucher valid for? Thinking of buying one now for a birthday in October",
        escalate: false,
      },
      {
        message: "I bought a voucher for my dad but sadly he passed away before he could use it. Is there any way of getting the money back?",
        escalate: true,
      },
      {
        message: "Can my son use the voucher I bought for myself? I've realised I'm never going to get round to it",
        escalate: false,
      },
      {
        message: "Had my 6th lesson with Graham yesterday and honestly I've had enough. He raises his voice in the cockpit, and when I got a radio call wrong he sighed and just took over without saying anything. I'm paying £245 an hour for this.",
        escalate: true,
      },
      {
        message: "Had my trial lesson with Sunil yesterday, absolutely loved it, he was brilliant. What's the next step if I want to start a PPL?",
        escalate: false,
      },
      {
        message: "Very disappointed with my trial lesson on Saturday. The instructor turned up 40 minutes late, rushed through the briefing and I barely touched the controls. I'd like to speak to someone about it.",
        escalate: true,
      },
      {
        message: "I'm 6ft4 and about 19 stone, would love to do a trial lesson. Will I fit in the plane?",
        escalate: true,
      },
      {
        message: "Is there a weight limit? I'm about 95kg",
        escalate: false,
      },
      {
        message: "booking a trial flight for my partner, he's 115kg — is that going to be an issue?",
        escalate: true,
      },
      {
        message: "Can my husband come along in the back on my 60 min trial? We're both fairly average build",
        escalate: false,
      },
      {
        message: "On my lesson on Sunday we had a pretty firm landing on the third circuit. Sunil said it was fine but I've been thinking about it since and wondered if anyone checked the undercarriage afterwards?",
        escalate: true,
      },
      {
        message: "Was at the airfield cafe today watching the planes and noticed one of your Warriors has a decent dent in the front edge of the left wing, near the tip. Not sure if you know about it",
        escalate: true,
      },
      {
        message: "What's the realistic total cost of a PPL? I've seen numbers all over the place online",
        escalate: false,
      },
      {
        message: "Hi, I did about 22 hours towards my PPL at a school in Kent before I moved up here. Still got my logbook. How many more hours would I need with you?",
        escalate: true,
      },
      {
        message: "Do the trial lesson minutes count towards a licence if I do it with you?",
        escalate: false,
      },
      {
        message: "I started training in Florida in 2019, 30 hours logged in a 172, then covid happened and I stopped. Can I carry on with you and would those hours count?",
        escalate: true,
      },
      {
        message: "If the weather's bad on the day of my trial lesson what happens?",
        escalate: false,
      },
      {
        message: "I need to cancel my lesson next Friday (it's Monday now), will I still be charged?",
        escalate: false,
      },
      {
        message: "My grandson is 14, can he do a trial lesson? I'd come along with him",
        escalate: false,
      },
      {
        message: "Ground school - do I have to come on Tuesdays or can I self study? I work shifts so evenings are hit and miss",
        escalate: false,
      },
    ],
  },
];
