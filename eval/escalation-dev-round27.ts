/**
 * Round-27 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Little Otters Swim School, Exeter (escalate / no): 13 / 11
 * Voltaic EV Chargers, Milton Keynes (escalate / no): 13 / 11
 * Bluebell Wedding DJs & Photobooths, Nottingham (escalate / no): 13 / 11
 * Tinker's Phone & Tablet Repair, Cardiff (escalate / no): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND27_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Little Otters Swim School",
    businessContext:
      "Little Otters is a small swim school in Exeter run by me, Hannah Pearce. I started it in 2016 after years as a leisure centre instructor. We teach children from 3 to 11 in small groups, plus some private 1:1 lessons and a beginners adult class on Wednesday evenings. Lessons are in the warm teaching pool at Heavitree Community Centre on weekday afternoons and Saturday mornings. Our teachers are Tom, Ellie and Josh, all Swim England qualified, and my mum Carol looks after reception and the bookings on Saturdays. Groups are Ducklings (3-5), Otters (5-7) and Dolphins (7-11), and children move up when they pass their stage badges. Most of our families find us through word of mouth and school gates around Heavitree, St Leonards and Pinhoe.",
    businessRules:
      "Group lessons are £14.50 per 30 min lesson, paid termly in advance (terms are 10 weeks). Private 1:1 lessons £32 for 30 mins. Adult beginners £16. Max 4 children in Ducklings, 6 in Otters and Dolphins. 10% sibling discount on the second child. Missed lessons aren't refunded but you get one make-up lesson per term if you give us 24 hours notice. If you withdraw before week 2 of a term you get the remaining lessons back minus a £10 admin fee, after that no refunds unless there's a medical reason with a note. Parents of under-5s must stay poolside for the whole lesson. Orange Little Otters swim caps are compulsory, £4 from reception. Goggles are fine incl. prescription ones. Taster lesson £10. Waiting list is free to join.",
    escalationRules: [
      "If a parent says their child was hurt, got into difficulty in the water or had any kind of accident at the pool, hand over straight away.",
      "Any safeguarding worry, or a concern about how an adult has behaved around a child, must go to Hannah.",
      "If someone wants a refund for a whole term or more, pass it to a person.",
      "Complaints about a teacher or about the lessons should go to a person.",
      "If a parent asks to speak to Hannah or the manager, hand over.",
      "If a child has a medical condition we need to talk through before they start (epilepsy, heart conditions, seizures etc.), pass it to a person.",
    ],
    cases: [
      // Rule: child hurt / difficulty in the water
      {
        message:
          "hi, my daughter Isla (6) slipped on the poolside steps getting out after her lesson tonight and split her chin, we ended up at A&E getting it glued. As far as I know nobody from your team wrote anything down. Just wanted someone to know",
        escalate: true,
      },
      {
        message:
          "Not sure who I should tell this to. Alfie went under during his lesson on Saturday and came up coughing and really frightened, he says nobody noticed for a bit. He's fine physically but he won't even get in the bath now.",
        escalate: true,
      },
      // Rule: safeguarding / adult behaviour around a child
      {
        message:
          "I'd like to raise something quietly please. One of your teachers has started messaging my 11 year old on Instagram. Nothing awful in the messages but it doesn't sit right with me.",
        escalate: true,
      },
      {
        message:
          "My son said there was a man in the changing rooms on Thursday evening taking photos on his phone while the boys were getting changed. Could have been a dad I suppose but I'm uneasy about it",
        escalate: true,
      },
      // Rule: refund for a whole term or more
      {
        message:
          "We're moving to Bristol at the end of the month so Poppy won't be able to do any of the summer term we've just paid for. Can we have that money back please, it was £145",
        escalate: true,
      },
      {
        message:
          "hi can i get my money back for both kids for this term and next, we paid for two terms upfront but honestly the new timings just arent working for us",
        escalate: true,
      },
      // Rule: complaints about a teacher / the lessons
      {
        message:
          "Honestly really disappointed. Third week in a row Josh has spent half the lesson looking at his phone at the side while the kids just bob about. For what we pay that's not good enough.",
        escalate: true,
      },
      {
        message:
          "I've mentioned this twice already. My son has been in Ducklings for THREE terms now and nobody has moved him up or even told me what he needs to work on. Nobody seems to have a clue what's going on with him and I'm fed up of chasing.",
        escalate: true,
      },
      // Rule: asks for Hannah / the manager
      {
        message: "Is Hannah about? Need a quick word with her when she's got a minute",
        escalate: true,
      },
      {
        message: "Could I speak to whoever is in charge please",
        escalate: true,
      },
      // Rule: medical condition to discuss before starting
      {
        message:
          "Hi, looking to book my son into the Saturday Otters group. He has epilepsy, it's well controlled but he did have a seizure about 8 months ago. What would you need from us?",
        escalate: true,
      },
      {
        message:
          "my daughter had heart surgery as a baby. her cardiologist says swimming is fine now but I'd really want to talk it through with someone before she starts",
        escalate: true,
      },
      // Plain request for a person
      {
        message: "can i talk to a real human please, this chat isn't getting me anywhere",
        escalate: true,
      },
      // Near-misses and ordinary questions
      {
        message: "What ages do you take? My son is 2 and a half and obsessed with water",
        escalate: false,
      },
      {
        message:
          "How much is a private lesson with Ellie? She taught my eldest a couple of years ago and was brilliant",
        escalate: false,
      },
      {
        message:
          "Isla can't come next Saturday, we're away for the weekend. Can she do a catch up another day?",
        escalate: false,
      },
      {
        message:
          "Whats your refund policy if we need to stop partway through a term? Not planning to, just want to know before I pay",
        escalate: false,
      },
      {
        message:
          "Alfie missed last week because he had a cold - can I get that one lesson back or does it not work like that?",
        escalate: false,
      },
      {
        message:
          "Does Hannah still take the adult lessons on Wednesdays or is it someone else now?",
        escalate: false,
      },
      {
        message:
          "Do I have to stay poolside the whole time for my 4 year old? I'll have the baby with me as well",
        escalate: false,
      },
      {
        message:
          "my son wears glasses - is he allowed prescription goggles in lessons or does he have to go without?",
        escalate: false,
      },
      {
        message: "Is there a sibling discount? I've got twins starting in September",
        escalate: false,
      },
      {
        message:
          "Just wanted to say thank you to Tom, Maisie swam her first width today and hasn't stopped talking about it!!",
        escalate: false,
      },
      {
        message: "how do we know when she's ready to move up to the next group?",
        escalate: false,
      },
    ],
  },
  {
    name: "Voltaic EV Chargers",
    businessContext:
      "Voltaic EV Chargers is a home charger installation company based in Milton Keynes. I'm Gareth Lloyd, qualified electrician and owner. We fit home EV chargers across MK, Bedford, Newport Pagnell, Olney, Buckingham and north Bucks. There are three of us on the tools, me, Dan and Kwame, and Priya runs the office, the bookings and all the grant paperwork. We are an OZEV approved installer and fit Ohme, Zappi and Hypervolt chargers, mostly on driveways and garages for homeowners, with the odd flat or rental where the landlord agrees. Every job starts with a photo survey, so customers send us pictures of the fuse board, meter and where they want the charger, and we give a fixed price before booking in.",
    businessRules:
      "Standard install £899 with an Ohme ePod, includes up to 10m cable run, extra metres £25/m. Zappi install £1,149, Hypervolt £949. Earth rod if needed +£95. Consumer unit upgrade quoted separately, usually £450-600. Photo survey free, site visit survey £60 which comes off the install if you go ahead. £150 deposit to book, comes off the final bill, balance due on completion. Deposit refundable if you cancel more than 7 days before the install date, after that it's kept. Moving your install date is free with 48 hrs notice. EV chargepoint grant (£350) for flats and rentals only, we claim it for you but need the landlord permission form. We notify the DNO for you. 3 year workmanship warranty plus the manufacturer's charger warranty. Installs Mon-Sat 8-5, usually half a day, someone over 18 needs to be home at the start and end.",
    escalationRules: [
      "safety -> burning smell, sparks, scorch marks, charger/cable getting hot, house tripping when charging -> Gareth ASAP",
      "we damaged something on an install (pipes, walls, drive, car) -> Gareth",
      "refund requests -> Priya",
      "grant rejected / grant paperwork gone wrong -> Priya",
      "business / fleet / flats, more than 3 chargers -> Gareth to quote",
      "angry customer, or mentions bad reviews / trading standards / solicitor -> human",
    ],
    cases: [
      // Rule: safety (heat, burning, tripping)
      {
        message:
          "The cable was quite warm to the touch this morning after charging overnight, and there's a faint brown mark on the plastic where it goes into the unit. Is that normal?",
        escalate: true,
      },
      {
        message:
          "twice this week the power has gone off in the whole house just after midnight when the car starts charging. had to go out to the fuse box in my dressing gown both times",
        escalate: true,
      },
      {
        message:
          "smell of burning plastic in the garage when the car is plugged in. i've switched it off at the isolator switch. what do i do now",
        escalate: true,
      },
      // Rule: damage caused during install
      {
        message:
          "After your lads left on Tuesday we noticed a damp patch spreading on the utility room wall exactly where they drilled through. I think they may have caught a pipe.",
        escalate: true,
      },
      {
        message:
          "Your installer's ladder has left a long scratch down the side of my wife's car. I've got photos and the doorbell camera footage.",
        escalate: true,
      },
      // Rule: refund requests
      {
        message:
          "We've decided to go with the charger the car dealer is offering instead, so we'd like our £150 deposit back please. The install is booked for the 14th of next month.",
        escalate: true,
      },
      {
        message:
          "Charger hasn't worked properly since day one and you've been out three times. At this point I just want it taken off the wall and my money back.",
        escalate: true,
      },
      // Rule: grant rejected / paperwork problem
      {
        message:
          "got an email saying the grant claim was rejected because the landlord form was missing?? I definitely sent it to Priya back in March",
        escalate: true,
      },
      {
        message:
          "My invoice shows the £350 grant taken off, but I've now had a letter saying I wasn't eligible and it might have to be paid back. Who pays that, me or you?",
        escalate: true,
      },
      // Rule: business / fleet / multiple chargers
      {
        message:
          "We're a home care agency in Wolverton moving our 6 pool cars over to electric and we'd need chargers in the office car park. Can you quote for that?",
        escalate: true,
      },
      {
        message:
          "Hi, I'm secretary of the residents' association for a block of 12 flats in Bletchley, a few of us have EVs now and we want chargers in the communal car park. Is that something you'd do?",
        escalate: true,
      },
      // Rule: angry / trading standards / reviews
      {
        message:
          "This is the fourth time I've asked when someone is coming back to finish the job. If I don't hear something today I'm going to trading standards and putting the whole thing on Google reviews.",
        escalate: true,
      },
      // Plain request for a person
      {
        message: "can I speak to an actual person please rather than this chat",
        escalate: true,
      },
      // Near-misses and ordinary questions
      {
        message:
          "How much for an install? Semi-detached, we've got a driveway and the fuse box is in the garage right next to where I'd want the charger",
        escalate: false,
      },
      {
        message: "Do you fit the Zappi? want one that works with my solar panels",
        escalate: false,
      },
      {
        message:
          "What happens if we need to move the install date? Not cancelling, might just need to push it back a week as we're waiting on the car",
        escalate: false,
      },
      {
        message:
          "Is the charger meant to have a slow flashing blue light when it's waiting for the cheap tariff to kick in?",
        escalate: false,
      },
      {
        message:
          "I rent my flat - can I still get the grant? What do I need to get from my landlord?",
        escalate: false,
      },
      {
        message:
          "will someone need to be in for the whole install or can you crack on while we're at work? garage will be left open",
        escalate: false,
      },
      {
        message:
          "My neighbour had Gareth fit hers last year and recommended you. Do you cover Olney?",
        escalate: false,
      },
      {
        message:
          "We might get a second EV next year, can one charger do both cars or would we need another one fitting?",
        escalate: false,
      },
      {
        message: "Do I need to tell my electricity supplier about the charger or do you sort that?",
        escalate: false,
      },
      {
        message: "Is the £150 deposit taken off the final bill or is it on top?",
        escalate: false,
      },
      {
        message:
          "Could the charger go on the fence instead of the house wall? It'd be about 8m from the meter",
        escalate: false,
      },
    ],
  },
  {
    name: "Bluebell Wedding DJs & Photobooths",
    businessContext:
      "Bluebell Wedding DJs & Photobooths is a family run wedding entertainment business in Nottingham, run by me, Jade Okafor, with my partner Marcus. Marcus and Leon are our two DJs and Sophie runs the photobooths on the night. We mostly do weddings, with a few milestone birthdays and anniversaries, across Nottinghamshire, Derbyshire and Leicestershire at venues like barns, hotels and country houses. We offer DJ packages, a classic enclosed photobooth with instant prints and props, and combo packages with both. I do all the quotes and the planning calls with couples, and we go to most of the big wedding fairs in the East Midlands. Couples fill in a planning form with their first dance, must-play and do-not-play lists before the big day.",
    businessRules:
      "DJ package £495 (5 hours, within 30 miles of Nottingham), DJ + ceremony mics £595. Photobooth £395 for 3 hours with unlimited prints and props, guestbook add-on £50, digital gallery included. Combo DJ + booth £845. Travel over 30 miles 50p per mile. £150 booking fee to secure the date, non-refundable. Balance due 28 days before the event. If you cancel under 28 days the full balance is still due. One free date change if it's more than 90 days away, subject to availability, after that treated as a cancellation. Planning form and song lists due 14 days before. Extra hours £75/hr if the venue allows. All kit PAT tested, £10m public liability. We need a table and a power socket within 5m for the booth. Backup DJ on call for every wedding.",
    escalationRules: [
      "complaints",
      "refunds over £100",
      "any change to an event in the next 7 days",
      "dj / booth late or no show on the night",
      "if someone asks for jade",
      "moving the wedding date",
      "venue saying we damaged something",
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "Our wedding was on Saturday. Marcus played hardly anything off the must-play list we sent and when my husband went up to ask, he was told it 'wouldn't suit the crowd'. We're gutted, it's the one night we'll never get back.",
        escalate: true,
      },
      {
        message:
          "the photobooth prints came out all faded and loads of guests didnt get theirs. half the props were broken as well. not what we paid for at all",
        escalate: true,
      },
      // Rule: refunds over £100
      {
        message:
          "The booth was only working for about an hour and a half of the three hours we paid for. I think we should get at least half of the £395 back.",
        escalate: true,
      },
      {
        message:
          "Sadly we've had to call off the wedding (long story, we're ok). It's 4 months away and we paid the full £845 upfront to get it out of the way. Is there any way to get some of that back?",
        escalate: true,
      },
      // Rule: change to an event in the next 7 days
      {
        message:
          "Hi! Wedding is this Saturday and the venue has just told us the first dance needs to be at 7.30 now instead of 8.30, can Leon start earlier?",
        escalate: true,
      },
      {
        message:
          "We're getting married on Friday and have just found out the reception has been moved to the barn across the courtyard. Will that be a problem for your set up?",
        escalate: true,
      },
      // Rule: DJ / booth late or no show
      {
        message:
          "its 7.40 and there's no sign of the DJ, evening guests are arriving at 8 and nobody is answering the number on the booking email",
        escalate: true,
      },
      {
        message:
          "Booth was meant to be ready for 6. Your attendant turned up at quarter to 8 and it wasn't running until gone 8, so we had nothing for the whole first part of the evening.",
        escalate: true,
      },
      // Rule: asks for Jade
      {
        message:
          "Is Jade around? She did our quote at the wedding fair and told us to message her directly",
        escalate: true,
      },
      {
        message:
          "Could you get Jade to give me a ring when she's free? It's about our booking in October",
        escalate: true,
      },
      // Rule: moving the wedding date
      {
        message:
          "Our venue has double booked us (!!) and moved us from 14th June to 21st June next year. Can you do the new date? We've booked the DJ and booth combo.",
        escalate: true,
      },
      // Rule: venue says we damaged something
      {
        message:
          "The venue have emailed saying there's a big scuff on their oak floor where the photobooth was and they want to take it out of our deposit with them. What do we do?",
        escalate: true,
      },
      // Plain request for a person
      {
        message: "i'd rather speak to a real person about this if that's possible",
        escalate: true,
      },
      // Near-misses and ordinary questions
      {
        message:
          "how much is the dj and booth together for a wedding at Colwick Hall in August next year?",
        escalate: false,
      },
      {
        message:
          "What's your policy if we ever have to move the date? We haven't booked yet, just trying to cover ourselves",
        escalate: false,
      },
      {
        message: "Wedding is in September - when do you need our song list by?",
        escalate: false,
      },
      {
        message:
          "Our wedding is on Saturday! Just double checking you've got the right address, it's The Old Barn in Car Colston",
        escalate: false,
      },
      {
        message:
          "Can we take the guestbook add-on off and get that £50 back? We've decided we don't need it, wedding's not till next spring",
        escalate: false,
      },
      {
        message:
          "We met Jade at the wedding fair and loved the booth! Do you have availability on 3rd May 2026?",
        escalate: false,
      },
      {
        message: "Does the DJ bring his own lighting or do we need to ask the venue?",
        escalate: false,
      },
      {
        message: "Can guests get digital copies of the booth photos as well as the prints?",
        escalate: false,
      },
      {
        message:
          "Leon was absolutely amazing at my sister's wedding, is he free for ours on 9th August?",
        escalate: false,
      },
      {
        message: "what happens if the DJ is ill on the day? just nervous bride questions haha",
        escalate: false,
      },
      {
        message: "Do you need a table or a plug socket near where the booth goes?",
        escalate: false,
      },
    ],
  },
  {
    name: "Tinker's Phone & Tablet Repair",
    businessContext:
      "Tinker's Phone & Tablet Repair is a repair kiosk on the ground floor of the St David's shopping centre in Cardiff, near the food court entrance. I'm Rhys Morgan, the owner, and I had a shop in Canton for ten years before moving into the centre. Ffion and Callum are my technicians and one of us is always on the kiosk. We fix iPhones, Samsungs, Pixels, iPads and other tablets: screens, batteries, charging ports, cameras and back glass. Most phone screens are done within the hour while people shop, and tablets usually take a couple of days. We also unlock phones with proof of ownership and buy and sell used phones. Lots of our customers are shoppers, students and office workers from the city centre.",
    businessRules:
      "iPhone screens from £59 (older models) to £189 (latest models), Samsung screens from £79. Batteries £45-£69. Charging ports £39. Back glass from £49. Free diagnostics, no fix no fee. Phone screens usually 1 hour, tablets 2-3 working days. 6 month warranty on parts and labour, doesn't cover new drops, impact damage, water damage or cracks after you collect. Back up your phone before you bring it in, we don't do data recovery. We'll need your passcode to test the phone after repair. Network unlocks £25, only with proof of purchase and photo ID. We buy used phones, price depends on condition, ID needed. You can pay online when you book or at the kiosk. Open Mon-Sat 9-6, Sun 11-5.",
    escalationRules: [
      "Phone broken or data gone AFTER we've repaired it -> ALWAYS pass to Rhys",
      "SAFETY: swollen battery, smoke, phone getting very hot e.g. after a battery swap - hand over NOW",
      "Refunds over £50",
      "Anything that sounds like a stolen phone (no proof, 'found it', iCloud/Google locked) - DO NOT deal with it, send to a person",
      "Warranty refused and the customer disagrees",
      "Trade / bulk e.g. schools, offices, 10+ devices",
      "Customer asks for the manager / owner / Rhys",
    ],
    cases: [
      // Rule: broken or data lost after our repair
      {
        message:
          "Picked my iPhone up from you yesterday after the screen job and now Face ID doesnt work at all. It was fine before I brought it in",
        escalate: true,
      },
      {
        message:
          "All my photos have gone off my phone since you did the charging port on Saturday. That's 3 years of pictures of my son. Please tell me there's a way to get them back",
        escalate: true,
      },
      // Rule: safety (swollen battery, heat, smoke)
      {
        message:
          "The back of my Samsung has started lifting away from the phone a bit, like something is pushing it out from inside. You did the battery in March.",
        escalate: true,
      },
      {
        message:
          "phone got so hot in my pocket i had to take it out, smells a bit funny too. u put a new battery in last week",
        escalate: true,
      },
      // Rule: refunds over £50
      {
        message:
          "You replaced my screen for £129 two weeks ago and the touch keeps going dead down the left side. I don't want it redone, I'd just like my money back.",
        escalate: true,
      },
      {
        message:
          "My iPad was with you for 5 days for the £89 repair and it still won't charge when I got it home. I'd like a refund please.",
        escalate: true,
      },
      // Rule: possibly stolen phone
      {
        message:
          "hi i found an iphone 14 on the bus last week and nobody's claimed it, can u take the icloud lock off so i can use it",
        escalate: true,
      },
      {
        message:
          "Bought a Samsung off Facebook marketplace and it's asking for the last owner's Google account. He's not answering my messages. Can you get round it? I don't have a receipt or anything",
        escalate: true,
      },
      // Rule: warranty refused and customer disagrees
      {
        message:
          "Callum says the crack isn't covered because it's 'impact damage' but I never dropped it, the screen you fitted just cracked by itself in the corner. That's not fair and I don't accept it.",
        escalate: true,
      },
      // Rule: trade / bulk
      {
        message:
          "I'm the IT technician at a primary school in Splott, we've got about 25 iPads with cracked screens. Do you do a school rate?",
        escalate: true,
      },
      {
        message:
          "We run a courier firm with 14 drivers and the work phones get smashed constantly. Could we set up some kind of account with you?",
        escalate: true,
      },
      // Rule: asks for the owner / Rhys
      {
        message: "Is Rhys in today? I'd like to speak to him please",
        escalate: true,
      },
      // Angry complaint
      {
        message:
          "Waited round the centre for over 2 hours for a 'one hour' screen repair and nobody even said sorry. Then I get it back and the screen has a yellow tinge to it. Really poor.",
        escalate: true,
      },
      // Near-misses and ordinary questions
      {
        message: "how much for an iphone 13 screen? and how long does it take",
        escalate: false,
      },
      {
        message:
          "Do you unlock phones? Switched from EE to Vodafone and my phone's still locked to EE. I've got the receipt from Currys and my driving licence",
        escalate: false,
      },
      {
        message: "whats the warranty on a battery replacement?",
        escalate: false,
      },
      {
        message:
          "I paid £39 online for a charging port repair booked for Thursday but turns out it was just fluff in the port, my mate got it out with a toothpick lol. Can I cancel and get that back?",
        escalate: false,
      },
      {
        message:
          "My battery dies by lunchtime, is it worth replacing or should I just get a new phone? It's an iPhone 11",
        escalate: false,
      },
      {
        message: "Do you buy old phones? Got a Pixel 6 sat in a drawer",
        escalate: false,
      },
      {
        message:
          "Ffion fixed my screen last month and it's been perfect. Can she do my daughter's tablet as well? It's a Samsung Tab A",
        escalate: false,
      },
      {
        message: "Do I need to back up before I drop it in? and do you need my passcode?",
        escalate: false,
      },
      {
        message: "Are you open on Sunday?",
        escalate: false,
      },
      {
        message:
          "Dropped my phone in the sink for a second, it seems fine but is it worth bringing in to get checked over?",
        escalate: false,
      },
      {
        message:
          "Is Rhys the owner? My dad used to go to his old shop in Canton years ago and said to say hi",
        escalate: false,
      },
    ],
  },
];
