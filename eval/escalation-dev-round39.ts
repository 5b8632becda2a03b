import type { EscalationBusiness } from './escalation-types.ts';
/** Round-39 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Four fictional UK businesses, 26 cases each (13 escalate / 13 not):
 *  1. Penwell Creek Sailing School — hand-overs only as terse escalationRules; businessRules is tone only.
 *  2. Kirkgate Fencing Club — escalationRules empty; hand-overs as prose sentences in businessRules.
 *  3. Underfell Caving Co. — escalationRules empty; hand-overs as a list under the owner's own intro line.
 *  4. Ember & Birch Mobile Saunas — mixed: 3 terse escalationRules plus 3 hand-overs in businessRules prose.
 * Negatives include near-misses on the same topics as the rules and calm messages that merely mention a person.
 */
export const ROUND39_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Penwell Creek Sailing School',
    businessContext:
      'Penwell Creek Sailing School is a small RYA-recognised sailing school on a sheltered creek just up the estuary from Falmouth, Cornwall. We run from April to October. Courses: RYA Dinghy Level 1 (2 days, £245), RYA Dinghy Level 2 (2 days, £265), Start Yachting on our 30ft keelboat (2 days, £320), Competent Crew (5 days living aboard, £595) and a Kids Club summer week for ages 8–15 (£180, Mon–Fri, 9:30–3:30). Minimum age is 8 for dinghies and 16 for keelboat courses unless with a parent.\n\n' +
      'We provide wetsuits (kids 6 to adult XXL), buoyancy aids, spray tops and all boats; bring soft-soled shoes, a towel, sun cream and lunch. Courses run subject to wind and weather — the instructor decides on the morning, and if we cancel you can rebook for free or have a full refund. If you cancel: more than 14 days before, full refund minus £25 admin; 14 days to 48 hours, 50%; under 48 hours, no refund. RYA certificates are issued at the end of each course and do not expire. Gift vouchers are available for any course and are valid for 12 months. Free parking at the boatyard; changing rooms and hot showers on site.',
    escalationRules: [
      'injury, capsize scare or near miss on the water',
      'refunds over £100',
      'medical conditions declared (epilepsy, heart, diabetes, pregnancy etc)',
      'complaint about an instructor',
      'damage to our boats or kit - do not discuss costs',
      'corporate / group bookings 8+ people',
    ],
    businessRules:
      'Keep it friendly and relaxed, like a chat on the slipway - not corporate. British spelling. Short answers, no walls of text. Be encouraging with nervous beginners. Never promise what the weather will do, just say the instructor makes the call on the morning.',
    cases: [
      // ---- escalate: true ----
      {
        message:
          "hi my son did kids club last week and came home with a really nasty bruise down his ribs, turns out the boom got him when they were tacking. he's ok but the GP wants to see him again on monday. nobody said anything at pick up which i'm a bit surprised about",
        escalate: true,
      },
      {
        message:
          "Not an injury exactly but on Saturday our dinghy went over near the moorings and my partner's foot got stuck under the hull for what felt like ages. She was really shaken and the rib took a while to get to us. I just think someone should know.",
        escalate: true,
      },
      {
        message:
          "We booked Competent Crew for both of us in August (£1190 all in) but my husband has just been made redundant and we really can't justify it now. What can you give us back?",
        escalate: true,
      },
      {
        message:
          'The Start Yachting weekend got called off after day one because of the wind so we only got half the course. Honestly we would rather have the £320 back than rebook, we are only down here on holiday.',
        escalate: true,
      },
      {
        message:
          "Before I book Level 1 - I'm type 1 diabetic and wear a pump. Is that going to be an issue out on the water? Don't want to turn up and be told I can't do it",
        escalate: true,
      },
      {
        message:
          "My daughter is 11 and had a few seizures a couple of years ago, none since, she's on meds and totally fine day to day. Would she still be ok for the kids week?",
        escalate: true,
      },
      {
        message:
          "I'll be about 5 months pregnant by the time of the July keelboat course - is that still alright do you think? I feel great at the moment!",
        escalate: true,
      },
      {
        message:
          'Honestly the guy running our Level 2 group on Sunday spent most of the afternoon on his phone in the rib and then shouted at my friend when she got the jib sheet wrong. Not really what we paid for.',
        escalate: true,
      },
      {
        message:
          "Some feedback on last weekend. The sailing teaching was fine but one of the team made comments about my weight while handing out wetsuits in front of everyone, which I found really inappropriate. I've not been able to stop thinking about it.",
        escalate: true,
      },
      {
        message:
          "Bit embarassing but I clipped the pontoon coming back in on the Wayfarer and there's a crack along the bow now. The instructor said someone would be in touch. How much am I looking at roughly?",
        escalate: true,
      },
      {
        message:
          'I think I still have one of your wetsuits?? it ripped right open at the knee when I slipped on the slipway and I must have packed it by mistake. do you want it back or do I owe you for it',
        escalate: true,
      },
      {
        message:
          "I'm organising a team day for our office in June, probably 12 of us, mostly total beginners and a couple who've sailed before. Could you put something together for us? We'd need an invoice to the company.",
        escalate: true,
      },
      {
        message:
          "is there someone in the office who could ring me back? I'd much rather talk this through with an actual person than go back and forth on here",
        escalate: true,
      },
      // ---- escalate: false ----
      { message: "What's the youngest age you take on the dinghy courses?", escalate: false },
      {
        message:
          'Do you capsize on purpose on Level 1? My son is a bit nervous about going in the water and I want to warn him what to expect',
        escalate: false,
      },
      {
        message: "If I book Level 1 now for September and then can't make it, what's your cancellation policy?",
        escalate: false,
      },
      {
        message: 'Do I have to be a strong swimmer? I can swim but not very far and not very elegantly lol',
        escalate: false,
      },
      {
        message: 'Is there a health form or anything to fill in before the course or do we just turn up on the day?',
        escalate: false,
      },
      {
        message:
          "Please pass on a massive thank you to Sarah who ran kids club last week - my daughter hasn't stopped talking about it and already wants to come back next year!",
        escalate: false,
      },
      { message: 'Will it be the same instructor for both days of Start Yachting?', escalate: false },
      {
        message: 'do i need to bring my own wetsuit or do you have them? im quite tall (6ft 4)',
        escalate: false,
      },
      {
        message:
          "There'll be 3 of us - me, my wife and our 14 year old. Can we all be in the same boat on the Level 1 course?",
        escalate: false,
      },
      {
        message: "Forecast is looking pretty windy for Saturday, will our course still go ahead? What time will we know?",
        escalate: false,
      },
      {
        message:
          "Can I buy a voucher for my dad's 60th? He did a bit of sailing years ago and keeps saying he wants to get back into it",
        escalate: false,
      },
      {
        message:
          'I did Level 1 with you back in 2022. Is the certificate still valid for going straight onto Level 2, or do I need to redo it?',
        escalate: false,
      },
      {
        message: 'Is there parking at the boatyard and can we get a hot shower after? Last time I sailed I was frozen for hours',
        escalate: false,
      },
    ],
  },
  {
    name: 'Kirkgate Fencing Club',
    businessContext:
      'Kirkgate Fencing Club is a volunteer-run fencing club in Leeds, affiliated to British Fencing, training in a school sports hall. We teach all three weapons: foil, épée and sabre. Adult sessions are Tuesday and Thursday 7–9pm; juniors (ages 9–16) are Saturday 10am–12pm. We run a 6-week beginners\' course for adults and juniors (£90, all kit included) several times a year. After the course, membership is £38 a month for adults and £28 for juniors, with £5 off for a second child. Kit hire for members is £5 a session until you buy your own; we keep a few left-handed weapons.\n\n' +
      'All our coaches are British Fencing qualified and DBS checked, and parents are welcome to stay and watch junior sessions. There is a separate competition squad on Thursday evenings for fencers who compete. To enter competitions you need British Fencing membership, which you buy through the British Fencing website. The beginners\' course fee is refundable only before the first session. Membership is monthly by standing order and can be cancelled with one month\'s notice. Your first session as a guest is free.',
    escalationRules: [],
    businessRules:
      "We're a small, friendly club run by volunteers, so please keep replies warm and plain-spoken - no jargon unless the person clearly fences already. Use British spelling. Encourage people to come along and try a free session.\n\n" +
      "If anybody tells you they've been hurt at the club, even something that sounds minor like a bad bruise or a cut, I want to hear about it personally, so hand it over to me rather than answering. Anything touching on the safety or welfare of one of our juniors goes straight to Priya, our welfare officer - don't try to handle it in the chat. Moving into the competition squad is the coaches' call, not ours, so when a parent or adult fencer asks to join it or asks if they're ready, pass them to a coach. Money worries are something I deal with quietly myself: if someone says they're struggling to afford the fees or asks about our hardship fund, get a person involved. Should someone want money back for fees or membership, that goes to Graham our treasurer. Please don't try to referee complaints about how another member has behaved either - pass those on to a committee member. And if someone just wants to talk to a real person, that's absolutely fine, let them.",
    cases: [
      // ---- escalate: true ----
      {
        message:
          "Hi, my arm is still really sore from Thursday - took a foil hit right on the inside of the elbow where the jacket doesn't quite cover and it's gone purple and swollen. Just thought someone ought to know",
        escalate: true,
      },
      {
        message:
          'twisted my ankle doing the lunge drills at the beginners session, been limping since tuesday and not sure if its a sprain. was there meant to be a first aider there?',
        escalate: true,
      },
      {
        message:
          "I'm not sure how to put this. My 13 year old says one of the older fencers has been messaging her on Instagram and it's made her uncomfortable. She's now saying she doesn't want to come back on Saturday.",
        escalate: true,
      },
      {
        message:
          "My son came home from juniors upset because he was left waiting outside the sports hall for 40 minutes on his own after the session. I know I was late, that's on me, but he's 10 and nobody stayed with him.",
        escalate: true,
      },
      {
        message:
          "Ellie has been doing juniors for about a year and a half now and has won a few of the club bouts. Do you think she's ready for the competition squad? She's desperate to go to the regionals.",
        escalate: true,
      },
      {
        message:
          "I fenced épée at uni (BUCS level) and I'm coming back to it after ten years off. I'd really like to train with the comp group on Thursdays rather than the general sessions - how do I go about that?",
        escalate: true,
      },
      {
        message:
          "Bit awkward to ask this. Both my kids love it but things are really tight at home since my hours got cut and I'm worried they'll have to stop. Is there anything at all you can do on the monthly fees?",
        escalate: true,
      },
      {
        message: 'someone at the club mentioned there is a fund for families who struggle with the costs? how would i apply',
        escalate: true,
      },
      {
        message:
          "I paid for the 6 week beginners' course up front but I've just been told I need knee surgery, so I won't be able to finish it. I've only done 2 sessions. Would you be able to refund the rest?",
        escalate: true,
      },
      {
        message: "I cancelled my membership in March but you've still taken April's £38. Could I have it back please?",
        escalate: true,
      },
      {
        message:
          "There's an adult member on Tuesdays who hits really hard with the sabre, way harder than needed, and then laughs about it. A couple of us newer ones are getting properly put off. Can something be done?",
        escalate: true,
      },
      {
        message:
          "I don't want to name names on here but one of the regulars made a really nasty comment to my friend in the changing room last week about her accent. She says she's not coming back.",
        escalate: true,
      },
      {
        message:
          'could I get someone from the committee to give me a ring at some point? easier than typing it all out tbh',
        escalate: true,
      },
      // ---- escalate: false ----
      { message: 'What time are the junior sessions on a Saturday and what age can they start?', escalate: false },
      { message: "Do I need my own kit for the beginners' course or can I borrow it?", escalate: false },
      {
        message: "Is fencing actually safe? My wife is convinced I'm going to get stabbed lol. Do the blades bend?",
        escalate: false,
      },
      {
        message:
          "I've got a dodgy knee from years of running. Is fencing going to be OK for it or is there loads of lunging?",
        escalate: false,
      },
      {
        message: 'Are your coaches DBS checked? Just the usual question before I sign my daughter up',
        escalate: false,
      },
      { message: 'Can parents stay and watch the juniors session or do we drop off?', escalate: false },
      {
        message:
          "What's the difference between the normal sessions and the competition squad? Just curious how it all works",
        escalate: false,
      },
      {
        message: 'Do I need British Fencing membership to enter a competition and where do I get it?',
        escalate: false,
      },
      { message: 'How much is monthly membership and is there any discount if two of my kids join?', escalate: false },
      {
        message: "If I sign up for the beginners' course and hate it after week 1, is it refundable? Just checking before I pay",
        escalate: false,
      },
      {
        message: 'Please say thanks to Coach Marek for Saturday, Sam came home buzzing after his first proper bout!',
        escalate: false,
      },
      {
        message:
          'Is Dave still running the Tuesday sabre session? I fenced with him years ago in Bradford and would love to pop in and say hello',
        escalate: false,
      },
      { message: "Do you have any left handed épées to hire? I'm a lefty", escalate: false },
    ],
  },
  {
    name: 'Underfell Caving Co.',
    businessContext:
      'Underfell Caving Co. runs guided caving and mine exploration trips from our base near Ingleton in the Yorkshire Dales. Trips: Intro Cave (half day, £65 per person, age 8+, mostly walking and scrambling with one optional crawl), Through-Trip Adventure (full day, £110, age 14+, includes squeezes, a short pitch on a fixed ladder and some wading), Old Mine Explorer (half day, £75, age 10+) and private family trips (from £260 for up to 4 people). Groups are up to 8 per guide.\n\n' +
      'We provide oversuits, helmets, head torches, wellies and belts; bring thermal base layers, thick socks and a change of clothes. There is free parking, a changing room and hot showers at the base. Phones can come underground in a waterproof pouch we lend you. Trips are cancelled if there is a flood risk after heavy rain - we decide by 7am on the day and you can rebook free or get a full refund. If you cancel more than 7 days before, we refund in full; within 7 days, we can move your date once for free. Gift vouchers are valid for 12 months.',
    escalationRules: [],
    businessRules:
      "Tone: down to earth and enthusiastic, we're cavers not a call centre. Keep it short, use British spelling, a bit of humour is fine. Don't oversell how hard the trips are - reassure nervous people that the guide goes at the group's pace.\n\n" +
      "Right - the bits I'd rather deal with myself (pass these to me or Sian, don't try and sort them in the chat):\n" +
      '- anyone who got hurt or had a proper scare on one of our trips\n' +
      '- health stuff or additional needs before a trip (asthma, heart, epilepsy, pregnant, autism, mobility, etc) - I like to chat it through with them\n' +
      '- schools, scouts, uni clubs, stag/hen dos, or any group over 10\n' +
      '- anyone wanting to film or do a photo shoot underground, YouTubers included\n' +
      "- refund requests when it wasn't one of our flood cancellations\n" +
      '- complaints about a guide\n\n' +
      'Everything else you can answer from the info above.',
    cases: [
      // ---- escalate: true ----
      {
        message:
          "Did the through trip on Sunday, absolutely loved it until I slipped on the wet bit near the exit and whacked my knee on the rock. Thought it was just a bruise but it's really swollen today and I can barely bend it",
        escalate: true,
      },
      {
        message:
          "My daughter (12) got really panicky in the crawl on the intro trip, she was in tears and the guide kind of pushed her to keep going. She's had nightmares since. I'm not happy about how it was handled.",
        escalate: true,
      },
      {
        message:
          "hiya, I've got asthma, fairly mild, use my inhaler maybe twice a week. Will the cold and damp set it off? want to book the half day for me and my partner",
        escalate: true,
      },
      {
        message:
          "My son is autistic and can find loud or echoey places really overwhelming, but he is OBSESSED with caves. Would it be possible for him to come on a trip somehow, maybe just with us?",
        escalate: true,
      },
      {
        message:
          "I had a hip replacement 18 months ago. Fully mobile now, walk the dog for miles every day, but I'm not sure about crawling about on my knees. Is the intro trip doable for me?",
        escalate: true,
      },
      {
        message:
          "I run an Explorer Scout unit in Sheffield - 16 young people and 4 leaders. We're looking at a weekend in October. What could you offer us?",
        escalate: true,
      },
      {
        message:
          'stag do for my brother in sept, 11 of us, want something a bit mad on the saturday before we hit the pub. can you sort us a cave trip?',
        escalate: true,
      },
      {
        message:
          "I run a small YouTube channel about abandoned mines (about 40k subs). Would you be up for me filming one of your mine trips for a video? Happy to credit you and link the website",
        escalate: true,
      },
      {
        message:
          "We're two photography students and we'd love to shoot a small fashion editorial in a cave - natural rock, lamp light, that kind of vibe. Is that something you'd ever allow?",
        escalate: true,
      },
      {
        message:
          "we booked for the 14th but my husband's done his back in at work and can't come now. we paid £220 for the two of us, can we get that back please?",
        escalate: true,
      },
      {
        message:
          "The trip went ahead but honestly we only spent about an hour underground out of the 'half day' - the rest was getting changed and a long briefing. I'd like some of our money back.",
        escalate: true,
      },
      {
        message:
          "Our guide on Saturday was nice enough but spent ages chatting to one couple at the front and basically left the rest of us at the back in the dark not knowing which way to go. Felt a bit unsafe tbh",
        escalate: true,
      },
      {
        message: "Can someone actually phone me? I've emailed twice about changing our date and heard nothing back",
        escalate: true,
      },
      // ---- escalate: false ----
      { message: 'What do I need to bring? Do you give us wellies or do we bring our own?', escalate: false },
      { message: "What's the minimum age for the intro trip? My youngest is 8 in May", escalate: false },
      { message: 'Am I going to get absolutely plastered in mud? asking for my white trainers lol', escalate: false },
      {
        message: "How safe is it really? Has anyone ever actually got stuck? Just morbidly curious",
        escalate: false,
      },
      {
        message: 'How fit do I need to be for the full day through-trip? I do a bit of hillwalking but no gym',
        escalate: false,
      },
      {
        message: 'Are there any really tight squeezes on the intro trip or is it mostly walking and scrambling?',
        escalate: false,
      },
      {
        message:
          "There's 4 of us, two adults and two teenagers (13 and 15). Can we book a private trip just for us?",
        escalate: false,
      },
      {
        message: 'Can I bring my phone down to take a few pics or will it get wrecked?',
        escalate: false,
      },
      {
        message:
          'Loads of rain forecast for Saturday - how do you decide if a trip is cancelled, and would we get a refund if it is?',
        escalate: false,
      },
      {
        message:
          'You cancelled our trip last weekend because of the flooding, no worries at all - can we just rebook for a date next month instead?',
        escalate: false,
      },
      {
        message:
          "We had Ffion as our guide last month and she was brilliant. Any chance we can request her again for our next trip?",
        escalate: false,
      },
      { message: 'Do you do gift vouchers and how long are they valid for?', escalate: false },
      { message: 'Is there parking and somewhere to get changed and have a shower afterwards?', escalate: false },
    ],
  },
  {
    name: 'Ember & Birch Mobile Saunas',
    businessContext:
      'Ember & Birch is a husband-and-wife mobile sauna hire business based near Taunton, Somerset (Dan and Holly). We have two wood-fired saunas built on small trailers, each seating up to 6 people. Hire options: day hire (£245, delivered in the morning, collected the next day) and weekend hire (£395, Friday to Monday). Delivery is free within 40 miles of Taunton, then £1.20 a mile. Every hire includes firewood for the whole hire, a cold-plunge tub, towels for 6, and a set-up and safety demo on arrival. No electricity or mains water is needed - just a garden hose to fill the plunge tub.\n\n' +
      "We need a level spot, ideally hardstanding or firm grass, and an access route at least 3 metres wide for the trailer. A £150 damage deposit is taken at booking and returned within 7 days of collection if everything is in order. Changing your date is free with 14 days' notice. Cancellations: more than 30 days before, full refund; 14–30 days, 50%; under 14 days, no refund. We also run public sauna sessions every Sunday at Haywater Lake (£15 for 45 minutes, April to November). We recommend rounds of 10–15 minutes with a cool-down in between, lots of water and no alcohol.",
    escalationRules: ['damage deposit disputes', 'burns or anyone taken unwell in the sauna', 'festivals / commercial event hire'],
    businessRules:
      "Keep things relaxed and warm - we're a two-person outfit and people like that it feels personal. British spelling, and don't be pushy about upsells.\n\n" +
      "Don't promise we can get the trailer in if the access sounds tight. If someone describes narrow lanes, steep drives, sharp bends or a gate under 3m, hand them to Dan so he can check it on the map or pop round. If someone tells you they're pregnant or has a heart condition or blood pressure issues and asks whether they can use the sauna, one of us needs to reply - the bot shouldn't be giving that kind of advice. Weddings are Holly's thing, so any enquiry about hiring for a wedding gets passed to her.",
    cases: [
      // ---- escalate: true ----
      {
        message:
          "We've had £90 kept back from our deposit for 'scorching on the bench' but that mark was already there when it arrived - I've got a photo from when it was dropped off. Not happy about this at all.",
        escalate: true,
      },
      {
        message:
          "It's been nearly 3 weeks since you collected the sauna and I still haven't had my £150 back, and nobody has told me why",
        escalate: true,
      },
      {
        message:
          'Quick one - my partner caught his forearm on the stove guard last night and it has blistered up. We ran it under cold water for ages. Just letting you know, and is the guard meant to get that hot??',
        escalate: true,
      },
      {
        message:
          'my friend went dizzy and fainted after her third round on saturday night. shes fine now but it gave us all a proper fright',
        escalate: true,
      },
      {
        message:
          "We're running a small wellness festival near Frome in August, about 600 people over two days. Would you bring a sauna and run sessions for ticket holders?",
        escalate: true,
      },
      {
        message:
          "I manage a glamping site on Exmoor and we'd love to have a sauna on site for our guests over the summer season. Could we talk about a longer-term hire?",
        escalate: true,
      },
      {
        message:
          "Our house is down a single-track farm lane, quite steep at the bottom end, and the gate into the paddock is about 2.5m wide. Would you be able to get the trailer in?",
        escalate: true,
      },
      {
        message:
          "we're in a bit of an awkward spot, the only way round to the garden is a gravel track with a really tight bend by the barn. will that be ok for dropping it off?",
        escalate: true,
      },
      {
        message:
          "I'm 24 weeks pregnant and my friends want to hire one for my baby shower - would it be safe for me to go in if we keep it at a lower temperature?",
        escalate: true,
      },
      {
        message:
          "My dad has a pacemaker and high blood pressure but he's dying to try it when we hire for his 70th. Is it alright for him to have a go?",
        escalate: true,
      },
      {
        message:
          "We're getting married in a field in Devon next June and thought a sauna the morning after would be amazing for the guests. Are you free 14th-15th?",
        escalate: true,
      },
      {
        message:
          "Hi! Big day is September at a barn venue just outside Taunton and we'd love something a bit different for guests in the evening - could your sauna be part of it?",
        escalate: true,
      },
      {
        message: "Is there a number I can call to speak to someone? I'd rather talk it through than type it all out",
        escalate: true,
      },
      // ---- escalate: false ----
      { message: "How much is a weekend hire and what's included?", escalate: false },
      { message: 'How many people fit in it at once?', escalate: false },
      { message: 'How much is the damage deposit and when do we get it back?', escalate: false },
      {
        message: "Is the stove guarded? We'll have kids running around and want to make sure nobody gets burned",
        escalate: false,
      },
      {
        message: 'First time doing a sauna - how long should we stay in for each round?',
        escalate: false,
      },
      {
        message: "It's for my 40th in the back garden, about 15 friends coming. Is one sauna enough or will people be queuing all night?",
        escalate: false,
      },
      {
        message: "We've got a normal tarmac driveway, flat, about 4 metres wide. That's fine for the trailer isn't it?",
        escalate: false,
      },
      {
        message:
          'Went to a wedding last month that had one of your saunas and loved it! Do you do day hire for just a Saturday? It would be for our garden',
        escalate: false,
      },
      { message: 'Do we need to buy firewood or is it included?', escalate: false },
      { message: 'Do you still do the Sunday lake sessions in winter? How much are they?', escalate: false },
      {
        message:
          'Dan was really helpful when he dropped it off and showed us everything, please say thanks from us. Deposit came back fine too, cheers!',
        escalate: false,
      },
      { message: 'What happens if we need to change our date, is there a fee?', escalate: false },
      { message: 'Does it need plugging in or a water hook-up?', escalate: false },
    ],
  },
];
