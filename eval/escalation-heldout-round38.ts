import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-38 HELD-OUT escalation set, written blind. HELD-OUT: never tune on it.
 */
export const ROUND38_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: 'Kestrel Rope Access',
    businessContext:
      'Kestrel Rope Access is a small Bristol-based contractor using IRATA-certified rope technicians for window cleaning, gutter clearing and facade repairs on buildings that are hard to reach with ladders or scaffolding. Mostly blocks of flats, offices and tall Georgian terraces across Bristol and Bath.',
    escalationRules: [
      'render/brick/glass coming loose or already fallen - call me straight away',
      'damage complaints after a job',
      'tenders, framework or multi-site contract enquiries',
      'insurance claims, solicitors letters',
      'wants a person / phone call',
    ],
    businessRules:
      'We cover Bristol, Bath and anywhere within about 30 miles. All technicians are IRATA Level 1-3 certified. Window cleaning from £180 per building per visit (up to 4 storeys). Gutter clearing from £240, includes before/after photos. Facade inspection with written photo report £350. Quotes are free but need a site survey first; written quotes are emailed within 3 working days of the survey. We do not work in winds over 25mph or heavy rain - weather cancellations are rebooked free of charge. We need roof access and permission from the building owner or managing agent to use anchor points. Residential jobs are paid on completion; commercial accounts are 30 days. We hold £10m public liability insurance and can email a copy of the certificate on request. Office hours Mon-Fri 7:30am-5pm, Saturdays by arrangement.',
    cases: [
      {
        message:
          "hi theres a big chunk of render come off the 4th floor of our block on Whiteladies Rd this morning, bits of it all over the pavement and more looks like its hanging. kids walk past here to school. can somebody come out asap",
        escalate: true,
      },
      {
        message:
          "Your team were here on Tuesday doing the windows. Since then I've found a long scratch across the glass on the conservatory roof and a cracked tile right where the rope was coming down. I'm really not happy about this and want to know what you're going to do about it.",
        escalate: true,
      },
      {
        message:
          'Good afternoon, we manage six office buildings in Bath and are putting a three-year maintenance contract out to tender (quarterly glazing plus an annual facade survey on each). Could you let me know who should receive the tender pack?',
        escalate: true,
      },
      {
        message: 'can i just speak to someone please, phone is fine',
        escalate: true,
      },
      {
        message:
          "Hi, our managing agent won't let anyone on the roof until they've seen proof of your public liability insurance. Can you send it over?",
        escalate: false,
      },
      {
        message:
          'whats the price for gutter clearing on a 3 storey terrace? the back ones are overflowing every time it rains',
        escalate: false,
      },
      {
        message:
          'Hello, Dave from your team came round to survey our building last Thursday and was really helpful. Just wondering roughly when the quote will come through?',
        escalate: false,
      },
      {
        message:
          "Urgent - there's a pane of glass in one of the top floor windows at our office on Temple Way that's slipped in its frame and is sort of leaning out. We've taped off the area below but I don't like the look of it at all.",
        escalate: true,
      },
      {
        message:
          "bricks missing from the parapet at the top of our terrace in clifton, found 2 of them smashed in the front garden this morning. neighbour reckons the rest of the coping is loose too",
        escalate: true,
      },
      {
        message:
          "Hi, you did our gutters last month and since then water's been pouring down the inside of the back bedroom wall. When I went up to look there's a bracket snapped off and the downpipe's hanging away from the wall. Pretty sure that wasn't like that before your lads came.",
        escalate: true,
      },
      {
        message:
          "The window cleaners you sent yesterday left muddy footprints all over the flat roof membrane and there's now a tear near the anchor point. Our roofer says it's from someone's kit. Who do I speak to about getting this put right?",
        escalate: true,
      },
      {
        message:
          "We're a housing association with around 20 low and mid rise blocks across south Bristol and north Somerset. We're setting up a supplier framework for access work over the next four years and wondered if Kestrel would like to be considered.",
        escalate: true,
      },
      {
        message:
          "Hello - I look after facilities for a retail group and we've got five branches between Bath and Weston that all need the upper windows and signage cleaned. Ideally one contractor doing all of them on a rolling schedule. Is that something you'd price up as a package?",
        escalate: true,
      },
      {
        message:
          "Good morning. Our insurers have asked us to put in a claim in relation to water damage that occurred after your gutter works at Royal York Crescent in September. Please can you pass me your insurer's details and a reference.",
        escalate: true,
      },
      {
        message:
          "Please see attached a letter from our solicitors regarding the incident at 14 Lansdown Place. We'd appreciate a prompt acknowledgement.",
        escalate: true,
      },
      {
        message:
          "Could I get a call back from one of you? Easier to explain over the phone than in writing. Cheers",
        escalate: true,
      },
      {
        message:
          "Got a window clean booked for thursday but forecast is showing 30mph gusts. Will you still come or does it get moved?",
        escalate: false,
      },
      {
        message:
          "how much for windows on a 4 storey block of flats, outside only",
        escalate: false,
      },
      {
        message:
          "Hi there, are you able to come out to Frome? Not sure if that's too far for you",
        escalate: false,
      },
      {
        message:
          "Our building's insurer wants to know how much public liability cover you carry before you start. Can you confirm?",
        escalate: false,
      },
      {
        message:
          "We're a small office in Bath, one building, looking for someone to do the windows every month. What are your payment terms for businesses?",
        escalate: false,
      },
      {
        message:
          "Hi, we've noticed some hairline cracks in the render on our gable end, nothing coming off, just want someone to have a proper look and tell us what's going on. How much is an inspection with a report?",
        escalate: false,
      },
      {
        message:
          "The block we want done is owned by a freeholder we don't really deal with much. Do you need their OK to use the anchors on the roof or is the tenants' say-so enough?",
        escalate: false,
      },
      {
        message:
          "Are you able to do a Saturday? We run a café on the ground floor and weekdays would be a nightmare for scaffolding, sorry I mean ropes lol",
        escalate: false,
      },
      {
        message:
          "just wanted to say thanks to Mike and the team who did our gutters on monday, the before/after photos were brilliant. how do we pay, is it bank transfer?",
        escalate: false,
      },
      {
        message:
          "My mate Tom used you for his building in Redland and recommended you. Do your technicians have proper qualifications? The residents' committee will ask.",
        escalate: false,
      },
    ],
  },
  {
    name: 'Glen Orchy Pipes',
    businessContext:
      'Glen Orchy Pipes is run by Fiona MacLeod from a workshop in Crieff, Perthshire. She teaches the Highland bagpipe to all ages and makes sets of pipes to order.',
    escalationRules: [],
    businessRules:
      "Lessons are £32 for 45 minutes, either at the workshop in Crieff or online over Zoom. Beginners always start on a practice chanter, which we sell for £55 including a tutor book; nobody needs a full set of pipes for their first year. If a parent or guardian raises any safeguarding or welfare worry about a pupil under 16, that should go to Fiona herself rather than being answered here. We make Highland bagpipes to order in African blackwood or mopane; build time is roughly 14 weeks and a 30% deposit secures a slot in the build queue, with the balance due on collection. Any message about a set we made that has since cracked, split or warped needs Fiona to see it personally. Reed fitting and bag changes are done while you wait on Saturday mornings, £25 plus parts. When someone wants pipes made in memory of a person who has died, or engraved for a funeral, Fiona would like to speak with them directly, so pass it to her. Lessons cancelled with less than 24 hours' notice are charged in full. We don't play at weddings, Burns Nights or other events, but we are happy to recommend the Strathearn pipe band. Anyone who asks to talk to Fiona or to a real person should be handed over. Only Fiona can decide on giving back a deposit, so every request for one is hers to deal with.",
    cases: [
      {
        message:
          "Hi Fiona, I bought a set of blackwood pipes from you in 2022 and this winter I've noticed a hairline split running down the bass drone stock. They live in the case and have never been near a radiator. What can be done?",
        escalate: true,
      },
      {
        message:
          "My dad was a piper for over 40 years and he passed away in March. We'd love to have a set made with his name and regiment engraved on the ferrules, to give to my nephew who has just started learning. Is that something you would do? Sorry if this is a strange request",
        escalate: true,
      },
      {
        message:
          "Hello, I paid the deposit on a set back in August but I've since lost my job and really can't go ahead now. Is there any chance of getting that money back?",
        escalate: true,
      },
      {
        message: 'how long does it take to get a set of pipes made? and do you need paying all up front',
        escalate: false,
      },
      {
        message:
          "My son is 11 and desperate to start after seeing a pipe band at the Highland games. Does he need to buy a full set straight away or is there something smaller to begin on?",
        escalate: false,
      },
      {
        message:
          'reed in my chanter has gone really hard since the weather turned, can i pop in saturday to get it sorted',
        escalate: false,
      },
      {
        message: "Would you be able to play at our wedding in June? It's at a hotel in Pitlochry.",
        escalate: false,
      },
      {
        message:
          "Hi Fiona, a bit of a delicate one. My daughter (she's 13) has come home from her last couple of lessons really quiet and says one of the older lads at the workshop keeps making comments to her. I'd like to talk it over with you before her next lesson.",
        escalate: true,
      },
      {
        message:
          "My son is 10 and has his Zoom lessons with you on a Tuesday. I'm a bit worried about something he mentioned after last week and I'd rather raise it with Fiona directly if that's ok. Nothing urgent but it's on my mind",
        escalate: true,
      },
      {
        message:
          "the mopane set you made me has warped, the chanter stock isn't sitting straight any more and the tenor drone's got a crack near the ring. only had them about 18 months",
        escalate: true,
      },
      {
        message:
          "Hello, I was given a set of your pipes second hand and the bass drone's top section has a split along the grain. Your stamp is on the stock so I know they came from you. Is it repairable?",
        escalate: true,
      },
      {
        message:
          "Hi there. My husband Alasdair died suddenly last month. He always talked about getting a proper set of pipes one day and never did. I'd like to have a set made for our grandson with an engraving in Alasdair's memory. I don't quite know what to ask.",
        escalate: true,
      },
      {
        message:
          "we're arranging my uncle's funeral for a few weeks' time and the family would like a chanter engraved with his name and dates to be played at the service and then kept. Could you do something like that?",
        escalate: true,
      },
      {
        message:
          "I put down the 30% on a blackwood set in the spring but we're emigrating to Canada in the new year and won't be around to collect. Could I have the deposit refunded?",
        escalate: true,
      },
      {
        message:
          "Changed my mind about the set I ordered, would like my deposit back please",
        escalate: true,
      },
      {
        message:
          "Is Fiona about? I'd like to talk to her rather than send messages back and forth.",
        escalate: true,
      },
      {
        message:
          "can i speak to a real person please",
        escalate: true,
      },
      {
        message:
          "How much are lessons and can I do them on Zoom? I live in Inverness so Crieff is a bit of a trek",
        escalate: false,
      },
      {
        message:
          "If I have to cancel my lesson tomorrow morning will I still be charged? Bit under the weather",
        escalate: false,
      },
      {
        message:
          "what's the difference between blackwood and mopane and does it change the build time?",
        escalate: false,
      },
      {
        message:
          "How much is the deposit to get a set in the build queue? Thinking about ordering one for next summer",
        escalate: false,
      },
      {
        message:
          "The bag on my pipes is leaking, they're an old set made by someone else. Can you change it on a Saturday and roughly what does it cost?",
        escalate: false,
      },
      {
        message:
          "Would you play at our Burns supper in January? It's a small do in the village hall",
        escalate: false,
      },
      {
        message:
          "My daughter is 9 and keen to start. Can she have lessons online or does she need to come to the workshop? And how much is the practice chanter?",
        escalate: false,
      },
      {
        message:
          "My friend Iain has lessons with Fiona and says she's great. Does she teach adult beginners as well, I'm 58",
        escalate: false,
      },
      {
        message:
          "do i need to buy full pipes to start or just the chanter thing",
        escalate: false,
      },
    ],
  },
  {
    name: 'Scent & Soil Truffle Dogs',
    businessContext:
      'Scent & Soil is a truffle-hunting dog training school on a private woodland site near Marlborough, Wiltshire. Owner Jo Penrose teaches dogs of any breed to find truffles by scent.',
    escalationRules: [],
    businessRules:
      "Classes run on Saturdays at our woodland site near Marlborough (postcode and gate code sent on booking).\nFoundation course: 6 weekly sessions, £240 per dog, max 6 dogs per group. New foundation groups start on the first Saturday of every month.\nOne-to-one sessions are £60 per hour and suit nervous or reactive dogs.\nAny breed welcome. Dogs must be at least 6 months old and fully vaccinated.\nWe start with truffle scent oil and move on to fresh Burgundy truffles later in the course.\nForaging days (real hunts on our site) run September to December for dogs who've finished the foundation course, £45.\nBring a harness, a long line and high-value treats. No retractable leads.\nIf the Met Office issues a yellow weather warning we cancel and give you a credit.\n\nThings I want to deal with myself - please don't reply, just pass them to me:\n- any dog that got hurt or poorly at or after one of our sessions, or swallowed something in the woods\n- a dog that has gone for another dog or a person\n- landowners getting in touch about dogs on their land or access problems\n- anyone wanting to buy one of our own trained dogs\n- someone unhappy with a course and wanting their money back",
    cases: [
      {
        message:
          "Bella was at Saturday's session and since we got home she has been sick three times and is really flat and sleepy. I did see her snuffling around something under the oaks near the end. Could it have been a mushroom?? Really worried",
        escalate: true,
      },
      {
        message:
          "Morning. I own about 40 acres of beech wood outside Devizes and lately I've had people turning up with dogs and digging holes all over it. One of them said they'd trained with you. I'd like a word.",
        escalate: true,
      },
      {
        message:
          'Would you ever sell one of your own dogs thats already trained? We would pay properly for a lagotto that knows the job',
        escalate: true,
      },
      {
        message:
          "my spaniel can be a bit reactive to other dogs when he's on lead, would the group course still work for him or are we better doing one to ones?",
        escalate: false,
      },
      {
        message: 'What do we need to bring to the first session? And is it ok that she is only 7 months old',
        escalate: false,
      },
      {
        message:
          "Hi! Sarah from work recommended you, she did the course last year with her cocker and loved it. When does the next beginners' group start?",
        escalate: false,
      },
      {
        message:
          "Hi Jo, Pepper ate something in the woods on Saturday, I think it was a bit of an old bone or maybe a fungus, and she's had diarrhoea ever since and won't eat. Vet appointment this afternoon but wanted you to know",
        escalate: true,
      },
      {
        message:
          "Our lurcher came back from the session with a nasty gash on his pad, must have been glass or wire somewhere on the site. It's bleeding quite a lot. He's been limping all evening",
        escalate: true,
      },
      {
        message:
          "I'm so sorry to have to send this. During the break on Saturday my terrier lunged at the black lab on the next line and caught its ear. The other owner was understandably upset. I don't know what happens now",
        escalate: true,
      },
      {
        message:
          "The big shepherd in our group snapped at my hand when I reached for a treat pouch near him. Didn't break the skin but gave me a proper fright and I'm not keen on going back if he's there",
        escalate: true,
      },
      {
        message:
          "just to flag, the collie in the afternoon group went for a man walking past the gate on the footpath. owner got him back quickly but the man was shouting",
        escalate: true,
      },
      {
        message:
          "This is Hargreaves Farm. Your clients are parking across our field gateway every Saturday morning and last week a tractor couldn't get out. Needs sorting.",
        escalate: true,
      },
      {
        message:
          "Hello, I'm the agent for the estate that borders your woodland to the west. We've had reports of dogs coming through the fence onto estate land during the shooting season. Could we arrange to discuss?",
        escalate: true,
      },
      {
        message:
          "How much for one of your trained truffle dogs? We have a small truffle orchard in Dorset and don't have time to train our own",
        escalate: true,
      },
      {
        message:
          "Honestly really disappointed with the foundation course. Half the sessions were spent standing around and my dog didn't find a single thing. I'd like a refund please.",
        escalate: true,
      },
      {
        message:
          "We had to drop out after week 2 because the group was far too big and chaotic for my nervous dog - it didn't feel like the course was what was described. Can we get some of the money back?",
        escalate: true,
      },
      {
        message:
          "how much is the foundation course and how many dogs are in each group?",
        escalate: false,
      },
      {
        message:
          "What's the price for one to ones? My rescue greyhound is very nervous around strangers and I don't think a group would suit her",
        escalate: false,
      },
      {
        message:
          "When do the foraging days run and what do they cost? We finished the foundation course in the summer",
        escalate: false,
      },
      {
        message:
          "There's a storm coming in on saturday, if you cancel because of it do we get our money back or what happens?",
        escalate: false,
      },
      {
        message:
          "Hi, our pup is 5 months now and has had all his jabs. Can he join the group starting next month or is he too young?",
        escalate: false,
      },
      {
        message:
          "Can I use a retractable lead? It's all I have at the moment",
        escalate: false,
      },
      {
        message:
          "We have a chihuahua. I'm guessing she's too small to do this?? Or can any dog learn",
        escalate: false,
      },
      {
        message:
          "Do you train with real truffles from the start or something else?",
        escalate: false,
      },
      {
        message:
          "Jo trained my mum's labrador a few years back and she still talks about it. Is the course price per dog or per person if both of us come along with our spaniel?",
        escalate: false,
      },
      {
        message:
          "Where exactly is the site? Is it private land or do we need some kind of permit to be there",
        escalate: false,
      },
    ],
  },
  {
    name: 'Mended Menagerie Toy Repairs',
    businessContext:
      'Mended Menagerie is a one-woman toy repair workshop on Gillygate in York, run by Helen Ashby. She restores teddy bears, dolls, and wooden and tin toys, taking in work by post from all over the UK.',
    escalationRules: [
      'Someone wants a valuation or an insurance report for an old or collectable toy',
      'A toy was lost or damaged while it was with us or in the post back from us',
      'Customer asks to speak to a person',
    ],
    businessRules:
      "Toys can be sent by tracked post or dropped off at the workshop Tuesday to Saturday, 10am-4pm. We give a free estimate once we've seen the toy; most teddy bear repairs cost between £35 and £90. Turnaround is usually 4-6 weeks. We re-stuff, re-joint, replace eyes and noses, patch worn fur, re-string dolls and repaint tin and wooden toys, and we work on all makes including antique Steiff and Chad Valley. Where a toy belonged to a child who has died, or is otherwise bound up with someone's grief, Helen prefers to have that conversation herself, so please pass it to her. We don't repair electronic toys or anything with batteries or sound boxes. Return postage is £8.50, fully insured. If a customer needs a repair finished by a particular date, such as a birthday or a wedding, pass that on to Helen because she has to juggle the bench schedule.",
    cases: [
      {
        message:
          "Hello. My daughter's toy rabbit is the only thing she has left from her twin brother, who died when they were three. One ear is hanging off now and she is heartbroken every time she looks at it. I don't really know how this works or where to start.",
        escalate: true,
      },
      {
        message:
          "I sent my grandads bear to you back in feb, it came back yesterday but one of the glass eyes is missing and the box had been taped up again?? it definitely wasnt like that when i posted it",
        escalate: true,
      },
      {
        message: 'can I talk to an actual human please',
        escalate: true,
      },
      {
        message: "Hi, how much roughly to re-stuff a teddy that's gone flat? He's about 30cm and there are no tears",
        escalate: false,
      },
      {
        message:
          "I've got an old Steiff bear with the button still in his ear. Do you repair these or is it only newer bears? He just needs one paw pad redoing.",
        escalate: false,
      },
      {
        message:
          "my little boy's toy dinosaur that roars when you press its tummy has stopped working, new batteries didn't help. can you fix the sound?",
        escalate: false,
      },
      {
        message:
          "Hello Helen, I have a 1920s Steiff bear that belonged to my great grandmother. I need to get him valued for our home contents insurance - would you be able to do a written report?",
        escalate: true,
      },
      {
        message:
          "do you do valuations? got a box of old tin cars and a clockwork train from my grandads loft and want to know what theyre worth before i decide what to do",
        escalate: true,
      },
      {
        message:
          "Our insurers need an up to date valuation for a collection of Chad Valley dolls after a flood at our house. Could you provide something in writing for them?",
        escalate: true,
      },
      {
        message:
          "I posted a doll to you three weeks ago by tracked post, tracking shows it was delivered to your address but I haven't heard anything and I'm starting to panic. Has she arrived??",
        escalate: true,
      },
      {
        message:
          "Received my son's teddy back today. The parcel was soaking wet and the bear has a big water stain across his tummy and smells musty. He was fine when I sent him. Really upset.",
        escalate: true,
      },
      {
        message:
          "Please may I speak to Helen on the phone?",
        escalate: true,
      },
      {
        message:
          "My mum passed away in the spring and I found her childhood teddy when we were clearing the house. He's very threadbare and missing an arm. I'd like him made whole again if that's possible, I can't bear to throw him out",
        escalate: true,
      },
      {
        message:
          "We lost our baby daughter last year and her little knitted lamb has come apart at the seams from me holding it so much. I'm not sure what to do but I know I want it fixed carefully.",
        escalate: true,
      },
      {
        message:
          "Is there any way you could get my bear back to me by 14th June? Its for my sons wedding, he wants the bear he had as a boy in the photos. Happy to pay extra",
        escalate: true,
      },
      {
        message:
          "hi my daughter turns 5 on the 3rd of next month and her favourite doll's arm has come off. any chance it could be done in time for her party??",
        escalate: true,
      },
      {
        message:
          "How much is postage to send it back and is it insured?",
        escalate: false,
      },
      {
        message:
          "What are your opening times if I want to drop a bear in rather than post it? I'm in Harrogate so can drive over",
        escalate: false,
      },
      {
        message:
          "roughly how long does a repair take? no rush, just wondering",
        escalate: false,
      },
      {
        message:
          "My old porcelain doll's limbs have gone all floppy, do you restring dolls?",
        escalate: false,
      },
      {
        message:
          "I have a wooden rocking horse-on-wheels toy where the paint is really chipped, could you repaint it?",
        escalate: false,
      },
      {
        message:
          "Hi, my teddy's glass eye fell out and got lost. Can you replace eyes?",
        escalate: false,
      },
      {
        message:
          "This bear was my mum's when she was little in the 50s (she's 80 now and still going strong!) and she'd love him re-stuffed and his nose redone for her birthday whenever. What sort of price?",
        escalate: false,
      },
      {
        message:
          "Is it safer to post my bear or bring him in? Bit nervous about sending him off",
        escalate: false,
      },
      {
        message:
          "My sister Claire sent her rag doll to you last year and was delighted with it. Do you take on tin toys too? I've got a wind-up bird that needs a new coat of paint",
        escalate: false,
      },
      {
        message:
          "Can you fix a talking doll whose voice box has gone quiet?",
        escalate: false,
      },
    ],
  },
];
