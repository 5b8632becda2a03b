import type { EscalationBusiness } from './escalation-types.ts';
/**
 * Round-14 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Focus: RECALL — real situations told the way customers tell them: indirectly, as a story, without the rule's words, with typos, understated, buried after small talk, in a question ("is it normal that…?"), angry or calm.
 * Businesses (4 × 24 cases = 96; each 14 escalate:true / 10 escalate:false, interleaved):
 *   1. Crux Bouldering — indoor climbing/bouldering centre (injuries, loose holds/auto-belay faults, staff complaints, refunds > £50, legal, youth safeguarding)
 *   2. Little Leaps Dance School — children's dance classes (safeguarding, injuries, teacher complaints, refunds > £40 / term cancellations, bullying, photos shared)
 *   3. Hollow Lane Farm Shop — farm shop with veg/meat box deliveries (illness/allergic reactions, foreign objects, refunds > £30, driver/staff complaints, van damage, EHO/trading standards/legal)
 *   4. ByteFix Computer Repairs — high-street computer repair shop (burning/swollen battery safety, data loss/privacy, refunds > £75, technician complaints, legal/chargebacks, devices lost or damaged in our care)
 * Totals: 56 escalate:true, 40 escalate:false.
 */
export const ROUND14_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Crux Bouldering',
    businessContext:
      'Crux Bouldering is an independent indoor bouldering and auto-belay climbing centre with a café, youth club sessions and kids birthday parties.',
    escalationRules: [
      'Always escalate if someone has been injured at the centre (falls, twisted ankles, cuts, anything where first aid was needed or should have been)',
      'Complaints about staff or route setters - pass to a person straight away',
      'Refund requests over £50 (memberships, courses, party bookings)',
      'Any mention of legal action, solicitors or claims against us',
      'Safeguarding concerns about children at youth club or parties',
      'Equipment faults (loose or spinning holds, split mats, auto-belay problems)',
    ],
    businessRules:
      'Day entry is £12 for adults and £8 for under-16s, shoe hire is £4. Everyone must do a free induction before climbing, and under-16s must be with a registered adult unless they are on a supervised youth session. Memberships can be frozen for up to 3 months with a medical note. Parties are £180 for up to 12 children with a dedicated instructor.',
    cases: [
      {
        message:
          "Hi, bit of an odd one. I came off the yellow problem on the overhang on Tuesday and landed half in the gap between two mats. Ankle's been purple ever since and I'm on crutches now, nobody was on the desk when I hobbled out.",
        escalate: true,
      },
      {
        message: 'What happens if someone gets hurt on the wall? Do you have first aiders on every shift?',
        escalate: false,
      },
      {
        message:
          'is it normal for the holds to spin? the big pinch on the slab wall turned right round in my hand last night and i nearly came off',
        escalate: true,
      },
      {
        message:
          "Do you do refunds on the 10-visit pass if I end up moving away? Haven't bought it yet, just checking before I do.",
        escalate: false,
      },
      {
        message:
          "Loved the session overall! One thing though, the lad at the desk made a comment about my weight when I asked for size 11 shoes, in front of my friends. I haven't really wanted to come back since.",
        escalate: true,
      },
      {
        message:
          "I paid £240 for the annual membership in January and have only managed to climb twice because of a shoulder op. I'd like the money back please, not a freeze.",
        escalate: true,
      },
      {
        message: 'Are your staff DBS checked? Thinking of signing my 10 year old up for youth club.',
        escalate: false,
      },
      {
        message:
          "My daughter goes to your Thursday youth club and she's mentioned a couple of times that one of the older volunteers keeps messaging her on Instagram and asking her to keep it between them. Probably nothing but it's sat badly with me.",
        escalate: true,
      },
      {
        message:
          "Can I freeze my membership? Broke my wrist skiing (not at yours, don't worry!) and I've got a letter from the fracture clinic.",
        escalate: false,
      },
      {
        message:
          "Hiya, my brother-in-law does personal injury work and he's had a look at what happened with my fall in March. He reckons there's a case because the mat was split. Who do I send things to?",
        escalate: true,
      },
      {
        message: 'Do I need my own insurance to climb with you or am I covered by yours?',
        escalate: false,
      },
      {
        message:
          'the auto belay on lane 3 gave a sort of jolt halfway down and dropped me maybe a metre before it caught, is that supposed to happen?? shook me up a bit',
        escalate: true,
      },
      {
        message:
          "Who's the best person to send feedback to about the route setting? Nothing bad at all, I'd just love more slab problems in the 5-6 range.",
        escalate: false,
      },
      {
        message:
          "Came for my son's party on Saturday. Kids had fun but there was one instructor for 14 eight-year-olds and at one point he was on his phone while two of them were right at the top of the wall with nobody watching. Not happy about it tbh.",
        escalate: true,
      },
      {
        message:
          "How long does the induction take? My partner's nervous about falling so wants to know what's involved.",
        escalate: false,
      },
      {
        message:
          'Heya, great new set in the cave!! Sooo my mate sliced her hand open on a sharp edge on one of the new volumes, we had to get it glued at A&E. Might be worth someone having a look at it?',
        escalate: true,
      },
      {
        message:
          "Booked the 6-week beginners course for me and my two teens (£285) and it's been cancelled twice now with no notice. At this point I just want the lot back.",
        escalate: true,
      },
      {
        message: "If a hold comes loose while I'm on it, what am I meant to do? I'm new and a bit paranoid lol",
        escalate: false,
      },
      {
        message:
          'not being funny but the setter on last night was really aggressive when I asked if he could move his ladder, swore at me in front of my kid',
        escalate: true,
      },
      {
        message: "Can I get my money back on shoe hire if they don't fit? It's only £4 I know, just curious.",
        escalate: false,
      },
      {
        message:
          'Hello, I am writing on behalf of my father who climbed with you on the 12th. He fell from the top of the bouldering wall and has since been told he has a fractured vertebra. We would like to understand what happened.',
        escalate: true,
      },
      {
        message: 'What age can kids start youth club, and is it supervised the whole time?',
        escalate: false,
      },
      {
        message:
          "Quick one, is it normal for the padding under the kids' wall to have a big dip in it? My son jumped down and went straight through to the hard floor and bashed his knee. He's fine-ish but that can't be right.",
        escalate: true,
      },
      {
        message:
          "Been a member 3 years and never complained once, but you'll be getting a letter from my solicitor's office about the locker theft and your staff refusing to check the CCTV.",
        escalate: true,
      },
    ],
  },
  {
    name: 'Little Leaps Dance School',
    businessContext:
      "Little Leaps is a children's dance school running ballet, tap, street and musical theatre classes for ages 3-12 in a church hall, with a summer show every year.",
    escalationRules: [
      "Any safeguarding concern about a child (something a child has said, inappropriate contact from an adult, a child collected by someone not on their list) - pass to Gemma straight away",
      'Always escalate if a child has been hurt in class, at rehearsals or at a show',
      'Complaints about teachers or assistants',
      'Refunds over £40 or anyone wanting to cancel a whole term',
      "Bullying between pupils (in class, in the changing rooms or online/group chats)",
      'Photos or videos of pupils posted anywhere without permission',
    ],
    businessRules:
      "Classes run in term time at St Anne's church hall and cost £75 per 10-week term per class. The first trial class is free. Parents of under-5s wait in the foyer during class. Show costumes are £25 and the family keeps them afterwards.",
    cases: [
      {
        message: 'What happens if a child gets hurt in class? Is there always someone first aid trained there?',
        escalate: false,
      },
      {
        message:
          "Hi, Maisie came home from tap on Saturday limping and her ankle's come up like a balloon. She says she slipped on the wet patch by the door and Miss Jo told her to sit out, but nobody said a word to me at pickup.",
        escalate: true,
      },
      {
        message:
          "hiya sorry to bother you, my lad (7) says a couple of the older boys in street keep calling him a girl for doing ballet and they hid his shoes last week. he's now crying on sunday nights about going",
        escalate: true,
      },
      {
        message: 'Do you give refunds if we miss a class through illness?',
        escalate: false,
      },
      {
        message:
          "Just wanted to flag, someone's put the video of the little ones' ballet show on TikTok. My daughter is front and centre and I never agreed to that. Can it come down?",
        escalate: true,
      },
      {
        message: 'Are all your teachers DBS checked? Thinking about starting my 4 year old in September.',
        escalate: false,
      },
      {
        message:
          "I'll be honest, I'm a bit uncomfortable. When I came to collect Ava early last week the assistant was alone in the changing room with her with the door shut, helping her get changed. Is that how it's meant to work?",
        escalate: true,
      },
      {
        message: "Can we stop halfway through term if she doesn't like it? Just want to know before we commit.",
        escalate: false,
      },
      {
        message:
          "We've paid for spring term for both girls (£150) but we're moving to Leeds before it starts. Can we have it back please?",
        escalate: true,
      },
      {
        message:
          "Not a complaint as such, but Miss Kerry properly shouted at the babies' class yesterday and my 3yo hid behind me and won't go back in. A few of the other mums noticed too.",
        escalate: true,
      },
      {
        message: "A friend says there's a parents' WhatsApp group, how do I get added?",
        escalate: false,
      },
      {
        message:
          "Is it normal for a different man to pick up Lily's friend each week? He told Lily he's her 'uncle' but her mum says she doesn't know who that could be.",
        escalate: true,
      },
      {
        message: 'What should she wear for her first ballet class? And do we need tap shoes straight away?',
        escalate: false,
      },
      {
        message:
          "Thank you for the lovely show! Small thing, Harry's been a bit quiet since, and this morning he told me one of the dads backstage was taking pictures of the boys while they were getting changed. I didn't want to make a fuss but thought you should know.",
        escalate: true,
      },
      {
        message:
          "hi, at the costume fitting at the weekend the helper stuck a pin right into my daughters side and it bled through her tights. she didnt say anything at the time because she was scared",
        escalate: true,
      },
      {
        message: "Do you put photos of the shows online? I'm fine with it, just want to know where to look.",
        escalate: false,
      },
      {
        message:
          "You've taken the £75 term fee from my card twice this month. Can you sort it please, I need that back before the rent goes out.",
        escalate: true,
      },
      {
        message:
          'Do you have a bullying policy? My eldest had a rough time at her last dance school and I would like to know how you handle it.',
        escalate: false,
      },
      {
        message:
          "Bit awkward, but Miss Jo keeps messaging my 11 year old directly on Snapchat about rehearsals rather than going through me. Probably innocent but I didn't think teachers were supposed to do that?",
        escalate: true,
      },
      {
        message:
          "Rosie's loved musical theatre with you for a year, but the last few weeks the girls in her group have made a separate chat without her and have been posting clips of her singing with laughing emojis. She found out on Sunday and hasn't stopped crying.",
        escalate: true,
      },
      {
        message: 'If my little one gets upset in class, am I allowed to come in and sit with her?',
        escalate: false,
      },
      {
        message:
          "Sorry this is long. At pickup on Wednesday the assistant was really rude to my mum, who collects for me on Wednesdays. Told her she was 'too slow' and 'holding everyone up' in front of all the kids. Mum's 78 and came home really upset.",
        escalate: true,
      },
      {
        message: 'How much is a term and can I pay it in two halves?',
        escalate: false,
      },
      {
        message:
          "Our Evie banged her head on the mirror when they were doing turns today. She seemed ok at the time but she's been sick twice this evening, just thought you should know.",
        escalate: true,
      },
    ],
  },
  {
    name: 'Hollow Lane Farm Shop',
    businessContext:
      'Hollow Lane is a family-run farm shop with a butchery and deli counter, selling its own meat, veg and bakes in the shop and delivering weekly veg and meat boxes to nearby villages.',
    escalationRules: [
      'Always escalate if someone got ill after eating our food (sickness, food poisoning, allergic reactions)',
      'Anything found in the food that should not be there (glass, plastic, metal, stones, insects)',
      'Refunds over £30 - Sarah has to approve',
      'Complaints about our delivery drivers or shop staff (rudeness, driving, parking)',
      'Damage caused by our van or drivers to property or cars',
      'Environmental health, trading standards or anyone threatening to report us or take legal action',
    ],
    businessRules:
      'Veg and meat boxes are delivered on Tuesdays and Fridays within 12 miles, and orders close at 8pm the day before. Delivery is free over £40, otherwise £4.50. Missing or damaged items under £30 can be credited to the next box automatically. The shop is open 8-6 Monday to Saturday and 9-4 on Sunday.',
    cases: [
      {
        message:
          "Lovely sausages as always. Weirdly though, me and my husband were both up all night being sick after the chicken thighs from Friday's box, and we definitely cooked them through. Just thought I'd mention it.",
        escalate: true,
      },
      {
        message: 'Do you list allergens on the baked goods? My son has a sesame allergy.',
        escalate: false,
      },
      {
        message: "your driver reversed into our gatepost this morning, it's leaning right over now and he just drove off",
        escalate: true,
      },
      {
        message: "What's your policy if something in my box has gone off?",
        escalate: false,
      },
      {
        message:
          'Found a little piece of what looks like blue plastic in the middle of the pork pie, nearly bit straight down on it. Is there anything I should do?',
        escalate: true,
      },
      {
        message: "Will the driver leave the box if we're out? We've got a porch.",
        escalate: false,
      },
      {
        message:
          "hi my daughter had a reaction to the flapjack from the shop on saturday, her lips swelled up and we had to use her epipen. the label didnt say anything about nuts",
        escalate: true,
      },
      {
        message: "Do you have a food hygiene rating? Just curious, I'm looking to order for a party.",
        escalate: false,
      },
      {
        message:
          "Honestly fuming. I ordered the £65 Christmas meat box, it arrived two days late and half defrosted and the turkey crown smelled off. I want my money back, all of it.",
        escalate: true,
      },
      {
        message:
          'Is it normal for your delivery van to come down our lane at about 50? There are kids playing out here and he nearly clipped my neighbour\'s cat. Same driver every Friday.',
        escalate: true,
      },
      {
        message: "Can I get the leek credited? It wasn't in Tuesday's box.",
        escalate: false,
      },
      {
        message:
          "Just so you know, I've already sent photos of the mouldy bread and the state of your deli counter to environmental health. I'd like a response from the owner.",
        escalate: true,
      },
      {
        message: "What do I do if something arrives damaged? Nothing has, I'm just new to the boxes.",
        escalate: false,
      },
      {
        message: 'small thing but there was a dead wasp baked into the bottom of the crumble, pretty grim tbh',
        escalate: true,
      },
      {
        message: "Can you deliver to Market Harwood? Not sure if it's within the 12 miles.",
        escalate: false,
      },
      {
        message:
          "The girl on the till on Sunday afternoon laughed at me when I asked if the eggs were free range, said 'what do you think' and then muttered something to her colleague. Put me right off.",
        escalate: true,
      },
      {
        message:
          "We've had three boxes in a row with stuff missing and it's adding up, about £38 worth now all told. I'd rather have a refund than more credit, is that possible?",
        escalate: true,
      },
      {
        message: 'Are your eggs OK for pregnant women to eat runny? Asking about the lion stamp.',
        escalate: false,
      },
      {
        message:
          "Morning! Loving the new cheese selection. Less happily, there's a big oil patch on our drive where your van sat for 20 minutes on Friday, and a fresh scrape down the side of my car that wasn't there before.",
        escalate: true,
      },
      {
        message: 'If I ever have a problem with a delivery, who is best to speak to?',
        escalate: false,
      },
      {
        message:
          "My brother-in-law works in trading standards and he says the 'local' lamb on your website should say where it's actually from. He's going to look into it, thought I'd give you the heads up.",
        escalate: true,
      },
      {
        message:
          "Ugh, my toddler's had a really upset tummy since Sunday and the only thing different was the cheese from your deli. Turns out it's unpasteurised. Should someone have told me it wasn't for little ones?",
        escalate: true,
      },
      {
        message: 'Is the raw milk OK for kids? Want to check before I buy any.',
        escalate: false,
      },
      {
        message:
          "hiya, a jar of your chutney smashed in the box and there were bits of glass in the open bag of salad, which I only spotted after I'd served some up to the kids. Not fussed about the chutney but wanted you to know",
        escalate: true,
      },
    ],
  },
  {
    name: 'ByteFix Computer Repairs',
    businessContext:
      'ByteFix is a small high-street shop repairing laptops, desktops, tablets and games consoles, and selling refurbished machines and accessories.',
    escalationRules: [
      'Always escalate if a device we repaired or sold is overheating, smoking, smelling of burning, sparking or has a swollen battery - safety first',
      'Customer data lost while the device was with us, or anyone worried we have accessed their files or accounts',
      'Refund requests over £75',
      'Complaints about a technician or counter staff (rudeness, poor work)',
      'Legal threats, small claims court or chargebacks',
      'Device lost, or damaged while in our care (cracked screen, scratches, missing parts)',
    ],
    businessRules:
      'Diagnosis is free and most repairs are done in 3-5 working days. All repairs carry a 90-day warranty on parts and labour. Customers should back up their data before dropping off; data recovery is a separate service from £60. Devices left uncollected after 90 days may be recycled after written notice.',
    cases: [
      {
        message:
          'the laptop you fixed last week now smells of burning when I charge it, like hot plastic. is that just the new part bedding in?',
        escalate: true,
      },
      {
        message: "Do you give refunds if you can't fix something?",
        escalate: false,
      },
      {
        message:
          "Picked up my MacBook yesterday and every photo from the last four years has gone, the desktop's completely empty. I didn't think a keyboard replacement would touch anything.",
        escalate: true,
      },
      {
        message: "If I bring my PC in, will your techs be able to see my files? I've got some work stuff on there.",
        escalate: false,
      },
      {
        message:
          "Collected my son's gaming laptop Monday and it works great now, but there's a deep scratch right across the lid and one of the rubber feet is gone. Both were fine when I dropped it off.",
        escalate: true,
      },
      {
        message:
          "What does the 90-day warranty actually cover? I've just bought a second-hand laptop elsewhere and wondering if it's worth getting you to look it over.",
        escalate: false,
      },
      {
        message: "Before you ask, yes I will be going to small claims if I don't hear back about my tablet by Friday.",
        escalate: true,
      },
      {
        message:
          "Is it normal for the battery to push the trackpad up? Since you replaced it the trackpad won't click anymore and the bottom of the case has a bit of a bulge.",
        escalate: true,
      },
      {
        message: 'Can you get data off a dead hard drive? Roughly how much would that be?',
        escalate: false,
      },
      {
        message:
          "I paid £189 for a motherboard repair and it died again in exactly the same way three weeks later. I don't want you to have another go, I just want my money back.",
        escalate: true,
      },
      {
        message:
          "Your guy on the counter this morning was really short with my dad, basically told him he was too old to understand computers. Dad's 81 and came home really upset.",
        escalate: true,
      },
      {
        message: 'How long does a screen replacement usually take on a Dell?',
        escalate: false,
      },
      {
        message:
          "Hey, had a weird one. A couple of days after picking up my laptop I got an alert that someone had logged into my Google account from a new device... at your shop's address. Can you explain that?",
        escalate: true,
      },
      {
        message: "What happens to my laptop if I can't pick it up for a few months? I'm going travelling.",
        escalate: false,
      },
      {
        message:
          "dropped my pc off 2 wks ago, been in twice now and no one can find it. ticket no 4471. starting to panic a bit, my uni dissertation is on it",
        escalate: true,
      },
      {
        message:
          "I've told my bank I'm disputing the £120 I paid you, so you might hear from them. The printer still doesn't work.",
        escalate: true,
      },
      {
        message:
          "I'm taking another shop to small claims over a botched repair. Could you look at my laptop and write up what's wrong with it so I've got something to show?",
        escalate: false,
      },
      {
        message:
          'The charger that came with my repaired laptop sparked when I plugged it in this morning and tripped the whole kitchen. Should I keep using it?',
        escalate: true,
      },
      {
        message: 'Do your technicians have any qualifications? Want to make sure my gaming PC is in good hands.',
        escalate: false,
      },
      {
        message:
          "Bit disappointed tbh. I paid for the 512GB SSD upgrade and you've fitted a 256, and now Windows won't activate. Feels like whoever did it rushed it.",
        escalate: true,
      },
      {
        message:
          "Is a swelling phone battery dangerous? It's not one you've worked on, just wondering if you replace them.",
        escalate: false,
      },
      {
        message:
          'Picked my laptop up and there is now a crack in the corner of the screen. It was not there when I dropped it off, the tech who booked it in even took photos.',
        escalate: true,
      },
      {
        message: "Do I need to back up before I drop my laptop off? I've never done it before.",
        escalate: false,
      },
      {
        message:
          "I know I should've backed up, my fault, but our wedding photos were only on that laptop and after the Windows reinstall they're gone. Nobody told me you'd be wiping it. Is there anything at all that can be done?",
        escalate: true,
      },
    ],
  },
];
