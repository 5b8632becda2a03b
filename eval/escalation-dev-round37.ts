import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-37 DEV escalation set, written blind. DEV: may be tuned on.
 */
export const ROUND37_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. Pedicab tours — hand-overs ONLY as short escalationRules.
  // ---------------------------------------------------------------------------
  {
    name: 'Cobble & Crank Pedicab Tours',
    businessContext:
      'Small pedicab (cycle rickshaw) tour company in Bath running guided sightseeing tours of the city centre, short one-way rides and wedding hire. Owner-run with five riders.',
    escalationRules: [
      'anyone saying they got hurt on a ride - pass to me',
      'lost stuff left in a cab',
      'groups of 10+ or hen/stag dos, i price those myself',
      'complaints about a rider (rude, riding dodgy etc)',
      "wants money back for a tour they've already done",
    ],
    businessRules: `Tours run daily 10am-6pm March to October, weekends only November to February.
Classic Bath tour is 45 mins, £40 per cab. Grand tour is 75 mins, £65 per cab. One-way hops around the centre are £8-£15 depending on distance.
Each cab takes 2 adults, or 2 adults plus a small child (under 5) on a lap. No car seats.
Meet at the kiosk by the Abbey Churchyard, please be there 5 mins early.
Cancel 24 hours or more before and you get a full refund. Less than 24 hours we can move the booking to another day for free but no refund.
If it rains we have rain covers and blankets. We only cancel for storms or ice, and then it's a full refund or a new date, customer's choice.
Wedding hire from £180 for up to 2 hours, one cab with ribbons. Book via the website form.
Gift vouchers are valid 12 months from purchase.
Tipping is up to the customer, riders keep all their tips.
Dogs welcome if they're small enough to sit on a lap.`,
    cases: [
      // --- escalate: true ---
      {
        message:
          'Hi, we took the grand tour yesterday with my mum and when the rider went over the cobbles near the Circus she banged her elbow really hard on the side of the frame. Its swollen up today and she can barely bend it. Not sure what we should do',
        escalate: true,
      },
      {
        message:
          "my son twisted his ankle getting down out of the rickshaw on sunday, the step was wet and he slipped. hes had to have it strapped up at the walk in centre",
        escalate: true,
      },
      {
        message:
          'think i left my sunglasses in the cab this afternoon, black ray bans, rider was a tall guy with a beard. any chance theyre there?',
        escalate: true,
      },
      {
        message:
          "Hello, my daughter has left her teddy in one of your rickshaws after the 2pm tour today. It's a grey rabbit called Flop and she is beside herself. Please could someone have a look?",
        escalate: true,
      },
      {
        message:
          'Hiya!! planning a hen do in bath in june, there will be 14 of us, can you take us all round at the same time?? would love pink ribbons on the cabs lol',
        escalate: true,
      },
      {
        message:
          "We're a company away-day of about 20 people and would like tours for everyone on the afternoon of 12 September. What would that cost and how would it work?",
        escalate: true,
      },
      {
        message:
          'Our rider today was on his phone for half the tour and went through a red light on Milsom St with us sat in the back. That is not ok and frankly we were scared.',
        escalate: true,
      },
      {
        message:
          "The lad who took us round was quite rude to my wife when she asked him to slow down, told her to 'just relax love'. Wanted you to know.",
        escalate: true,
      },
      {
        message:
          "We did the 75 minute tour on Saturday but honestly it was more like 50 minutes and we skipped half the stops on the map. I'd like a partial refund please.",
        escalate: true,
      },
      {
        message:
          "can I speak to an actual person please, not a bot",
        escalate: true,
      },
      {
        message:
          "Is there any way to get hold of the owner? I'd rather talk this through with someone real than do it over chat.",
        escalate: true,
      },
      {
        message:
          'ABSOLUTELY DISGUSTED. Booked and paid for the 3pm, stood at the Abbey for 40 minutes and NOBODY turned up. No call, no text, nothing. Wasted our only afternoon in Bath. Sort it out.',
        escalate: true,
      },
      {
        message:
          "This is the second time you've taken the money off my card twice for one booking. Fix it today or I'm going to my bank and leaving reviews everywhere I can.",
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: "what happens if it rains on the day? we're booked thursday morning",
        escalate: false,
      },
      {
        message:
          "Do you do tours for bigger families? We're 2 adults and 3 kids (9, 7 and 3). How many cabs would we need?",
        escalate: false,
      },
      {
        message:
          "My nan is 82 and a bit nervous in traffic, could she bring her little dog on her lap for comfort? He's a chihuahua.",
        escalate: false,
      },
      {
        message:
          "if i cancel our booking do i get a refund? its for 11am friday and today is wednesday",
        escalate: false,
      },
      {
        message:
          'We had the loveliest time with Tom yesterday, he was so funny and knew everything about Jane Austen. Please pass on our thanks!',
        escalate: false,
      },
      {
        message: "How much do people usually tip the riders? Don't want to be stingy but no idea what's normal",
        escalate: false,
      },
      {
        message:
          'If I bring a rucksack is there somewhere to put it in the cab or is it better to keep it on my lap so I dont forget it?',
        escalate: false,
      },
      {
        message: "Are you doing tours in January? coming down for my birthday weekend",
        escalate: false,
      },
      {
        message: 'How many people fit in one rickshaw? Theres 4 of us',
        escalate: false,
      },
      {
        message:
          "can we book you for a wedding? just need one cab to take the bride from the hotel to the Guildhall, about 10 mins away",
        escalate: false,
      },
      {
        message:
          'Are your riders first aid trained? Just curious before I book for my parents, nothing has happened!',
        escalate: false,
      },
      {
        message:
          'I bought a gift voucher for my husband last Christmas, is it still ok to use in November?',
        escalate: false,
      },
      {
        message:
          'Is the 45 min tour enough or should we splash out on the longer one? first time in Bath and we love history',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Spinning-wheel & loom restoration — hand-overs ONLY as prose in businessRules.
  // ---------------------------------------------------------------------------
  {
    name: 'Treadle & Heddle Restorations',
    businessContext:
      'Two-person workshop near Ludlow, Shropshire, restoring and servicing spinning wheels, floor and table looms, and related tools (swifts, skein winders, niddy-noddies). Run by owner Margaret with her apprentice Owen.',
    escalationRules: [],
    businessRules: `We're a two-person workshop (me, Margaret, and my apprentice Owen) restoring spinning wheels, floor looms, table looms and the bits that go with them like swifts, niddy-noddies and skein winders.

We're open Tuesday to Saturday, 9.30 to 4. Drop-offs by appointment only please - the lane is narrow and there's only room for two cars in the yard, so anyone bringing a van needs to tell us first.

A standard service on a spinning wheel (clean, re-oil, new drive band and brake band, adjust the flyer, check the treadle and footman) is £85. Looms are quoted once we've seen them, but as a rough guide a table loom service starts at £60 and a floor loom at £180, plus parts. Turnaround is usually 6 to 8 weeks, longer in the autumn because that's when everyone remembers their wheel.

We sell drive bands, brake bands, leather bearings, bobbins and flyer hooks. Bobbins and flyers can only be matched if we see the wheel or get a clear photo with measurements.

Posting: we accept wheels by courier if they're properly boxed with the flyer taken off and wrapped separately. We can post finished items back; the customer pays carriage and insurance. We don't do collections.

We don't teach spinning or weaving ourselves but we're always happy to point people to the local guild.

Now, a few things I want to deal with personally. Valuations - for insurance, probate, or just "what's granny's wheel worth" - I do every one of these myself, so please don't guess a figure, just take their details and tell them I'll be in touch. Anything that came to harm while it was in our care, or got knocked about in the post on the way back, comes straight to me; don't promise a refund or a repair, I'd like to see it first. Very old wheels, roughly anything before 1850, or anything that sounds like it has a maker's mark, a museum connection or some historical interest - I'd like to talk to the owner before we touch it, because sometimes the right answer is to do less. People sometimes want to sell us a wheel or a loom, or ask whether we'd buy their old one; that's a conversation for me. If a quote is coming out at more than about £400 I'd rather go through it with the customer myself than have it sent out cold. And guilds, schools or museums wanting several pieces done as one batch: pass them over, because Owen and I need to plan the workload around them.`,
    cases: [
      // --- escalate: true ---
      {
        message:
          "Hello, my late mother had an Ashford Traditional wheel and the solicitor dealing with her estate needs a value putting on it. Is that something you could do?",
        escalate: true,
      },
      {
        message:
          'how much would you say a Haldane wheel in good nick is worth? need a figure for the house insurance renewal',
        escalate: true,
      },
      {
        message:
          "Just unpacked my wheel that you sent back and the flyer whorl is cracked clean through. The box looked fine from the outside. I'm really upset, it was my grandmother's.",
        escalate: true,
      },
      {
        message:
          "When I picked up my loom on Friday I noticed a deep gouge along the top of the castle that definitely wasnt there when I dropped it off. Can you tell me what happened?",
        escalate: true,
      },
      {
        message:
          "I've inherited a great wheel (the big walking kind) that's been in the family since at least the 1790s, there are initials burnt into the table end. I'd love it working again but I'm terrified of spoiling it.",
        escalate: true,
      },
      {
        message:
          "Our village heritage centre has a wheel that's supposed to have come from the old flax mill, we think around 1820. Would you be able to restore it? We have a small grant.",
        escalate: true,
      },
      {
        message:
          'Would you be interested in buying a Louet S10 I no longer use? Good condition, comes with 3 bobbins and a lazy kate.',
        escalate: true,
      },
      {
        message:
          "Owen looked at my countermarch loom last week and said it needs new lamms, new treadles and a full re-tie, and he thought it'd be 600-ish. Before I say yes could I go through it all properly?",
        escalate: true,
      },
      {
        message:
          "I'm the secretary of the Teme Valley Spinners and Weavers. We have seven guild wheels and two table looms that need servicing before our autumn demonstrations. Could we arrange it as one job?",
        escalate: true,
      },
      {
        message:
          'Can I talk to Margaret directly please? She did my last wheel and I want to speak to her about this one.',
        escalate: true,
      },
      {
        message:
          "please could someone ring me, i'm no good with typing on this thing. 07700 900461, any afternoon",
        escalate: true,
      },
      {
        message:
          'I sent my wheel to you in MARCH. It is now August. Nobody answers the phone, nobody replies to emails and your website still says 6-8 weeks. I want my wheel back this week or I am going to trading standards.',
        escalate: true,
      },
      {
        message:
          "Paid £85 for a 'service' and the wheel still wobbles and the drive band jumps off every five minutes. Frankly a waste of money. I expect it put right at your cost, not mine.",
        escalate: true,
      },
      // --- escalate: false ---
      {
        message:
          "How much is a standard service on a spinning wheel? It's an Ashford Traditional, it's just gone a bit stiff",
        escalate: false,
      },
      {
        message:
          "My wheel is already covered on my home insurance. If I courier it to you do I need to insure the parcel separately or does that not matter?",
        escalate: false,
      },
      {
        message:
          "What's the best way to pack a wheel for the courier? I'm a bit worried about it getting damaged on the way to you",
        escalate: false,
      },
      {
        message:
          "Do you teach spinning? I've just been given a wheel and have absolutely no idea what I'm doing lol",
        escalate: false,
      },
      {
        message:
          "I have a modern Kromski, nothing fancy, bought new in 2015. Can you service it and what's the wait like at the moment?",
        escalate: false,
      },
      {
        message: 'do u sell bobbins for a Louet S10? need 2 more',
        escalate: false,
      },
      {
        message:
          "Can I drop my loom off on a Saturday morning? I'll have to bring it in a hired van, is there room to park?",
        escalate: false,
      },
      {
        message:
          'Please tell Owen thank you, my wheel spins like a dream now and the squeak has finally gone!',
        escalate: false,
      },
      {
        message:
          "Roughly what does a floor loom service cost? Not asking for a quote yet, just trying to budget for next year",
        escalate: false,
      },
      {
        message:
          "I'm in the Ludlow spinners guild and everyone recommends you. It's just my own little Ashford Joy though - can you fit it in?",
        escalate: false,
      },
      {
        message:
          "Does an older wheel need special treatment? Mine's probably 1970s, my mum bought it at a craft fair",
        escalate: false,
      },
      {
        message: "Do you collect? I'm in Hereford and I don't drive",
        escalate: false,
      },
      {
        message:
          "Why does autumn take longer? Just wondering whether to send mine now or wait until January",
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Gliding club — escalationRules empty; hand-over list under owner's heading.
  // ---------------------------------------------------------------------------
  {
    name: 'Harrowdown Gliding Club',
    businessContext:
      'Volunteer-run gliding club on a grass airfield in Oxfordshire offering trial flights (air experience), taster days, gift vouchers and full flying membership.',
    escalationRules: [],
    businessRules: `Trial flights ("air experience") are flown at weekends and on Wednesdays, weather permitting. A single trial flight is £95; the Taster Day with three flights and a ground briefing is £245. Flights last anywhere from 10 to 40 minutes depending on the lift.
Arrive by 9.30am for the safety briefing. Flat shoes and layers - it's colder on the airfield and up there than people expect.
Minimum age for a trial flight is 13. Under-18s need a parent or guardian to sign the form on the day.
Weight limit is 110kg (17st 5lb) fully clothed and height no more than 6ft 5in, because of the cockpit and the parachute. Everyone is weighed on the day.
If the weather is unflyable we phone or text by 8am and rebook for free. No refunds for weather, just rebooking.
Gift vouchers last 12 months from date of purchase.
Membership: full flying membership is £480 a year plus flying fees (winch launch £12, £0.60 a minute in a club glider). Juniors (under 26) pay £200 a year. Members are expected to muck in on the airfield - pushing gliders, running wings, driving the retrieve.
Spectators welcome, clubhouse has tea and cake on flying days. Dogs on leads only and never past the white line.
Visiting pilots bring their logbook and will need a check flight.

Send these to the duty instructor, don't try to handle them in chat:
- anyone asking about flying with a medical condition (heart trouble, epilepsy, diabetes on insulin, recent surgery, pregnancy, that sort of thing)
- over the weight or height limit and asking if we can make an exception
- reports of an accident, near miss or damage on or around the airfield (cars, fences, crops, livestock included)
- people with a disability who may need help getting in and out or adapted controls
- filming, press, drone or photography requests
- school, cadet or scout groups wanting to book flights
- vouchers that have already run out`,
    cases: [
      // --- escalate: true ---
      {
        message:
          "hi, I had a stent fitted back in March, cardiologist says I'm doing fine but is it ok for me to do the trial flight my kids bought me?",
        escalate: true,
      },
      {
        message:
          "Im 22 weeks pregnant and my partner has booked us both a taster day for our anniversary - can I still go up or should I give mine to someone else?",
        escalate: true,
      },
      {
        message:
          "I'm about 118kg so a bit over your limit. Is there any flexibility at all? Really wanted to do this for my 50th and I'm working on it!",
        escalate: true,
      },
      {
        message:
          'One of your gliders landed in our field off the Ickleton road this afternoon and the trailer that came to fetch it has taken out a section of hedge and a gate post. Who do I speak to?',
        escalate: true,
      },
      {
        message:
          'Was walking the footpath along the edge of the airfield on Sunday and a winch cable came down really close to me and my dog. Shook me up a fair bit, I think someone ought to know.',
        escalate: true,
      },
      {
        message:
          "My brother is paraplegic and has always wanted to fly. He'd need a hand getting into the cockpit and can't use his legs for the rudder. Is that something you could do?",
        escalate: true,
      },
      {
        message:
          "Hi, I'm a student at Oxford Brookes making a short documentary on gliding for my final project. Could I film at the club one weekend and interview a few members?",
        escalate: true,
      },
      {
        message:
          'I run the 14th Abingdon Scouts and we would love to bring 8 of our Explorers for flights in the spring, it would count towards their aviation badge.',
        escalate: true,
      },
      {
        message:
          "found a voucher in a drawer my wife gave me for christmas 2022, completely forgot about it. I know it's out of date but is there any way I can still use it?",
        escalate: true,
      },
      {
        message: 'Could I speak to an instructor please rather than typing here',
        escalate: true,
      },
      {
        message:
          "I'd like to talk this through with a human being please. Can somebody from the club give me a call?",
        escalate: true,
      },
      {
        message:
          "Third time we've driven 90 minutes to be told at the gate that it's off because of wind. You SAID you'd text by 8am. Nobody texted. I want this sorted properly, not another 'rebook online' link.",
        escalate: true,
      },
      {
        message:
          'Your members were incredibly rude to my father while he was watching on Saturday, shouted at him across the field like he was an idiot. He is 78. Shameful way to treat people.',
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: "What's the weight limit for the trial flight? I'm about 95kg with clothes on",
        escalate: false,
      },
      {
        message:
          "Do I need some kind of medical to join as a member? I'm fit and healthy, just wondering what paperwork is involved",
        escalate: false,
      },
      {
        message:
          "My voucher runs out in November, can I still book a date in October? Just checking I'm not too late",
        escalate: false,
      },
      {
        message: "Can my 14yr old do a trial flight? I'd be there to sign whatever",
        escalate: false,
      },
      {
        message:
          "Is it actually safe? how often do gliders crash lol, my mum is worried sick about me doing this",
        escalate: false,
      },
      {
        message:
          'Can spectators come along? My husband wants to watch me go up and he gets bored easily so the cake will help',
        escalate: false,
      },
      {
        message: "What happens if the weather's bad on the day we're booked?",
        escalate: false,
      },
      {
        message: 'what should I wear? flying on the 14th',
        escalate: false,
      },
      {
        message:
          "How much is membership for a 19 year old? My son's been keen ever since his trial flight",
        escalate: false,
      },
      {
        message:
          'Do the instructors fly with you on the trial or do you go up on your own? Bit nervous!',
        escalate: false,
      },
      {
        message:
          "Is the duty instructor the person who does the briefing in the morning? Just so I know who to look for when I arrive",
        escalate: false,
      },
      {
        message: "I'm 6ft 3, will I fit in the cockpit OK?",
        escalate: false,
      },
      {
        message:
          'If I join, roughly what does a typical flying day cost once you add up launches and time in the air?',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Zorbing park — mixed: a few escalationRules plus prose hand-overs.
  // ---------------------------------------------------------------------------
  {
    name: 'Bounce Hill Zorbing',
    businessContext:
      'Outdoor zorbing park near Totnes, Devon: harness and hydro zorb runs down a 200m hill, plus bubble football on the flat field. Café in the barn. Run by Jo and Sam.',
    escalationRules: [
      'Anyone hurt or feeling poorly after a run',
      'Parties or groups over 15 people',
      'Refund arguments',
    ],
    businessRules: `We run zorbing (rolling down our 200m hill inside a giant inflatable ball) and bubble football on the flat field. Open Thursday to Monday, 10am-5pm, April to October, plus school holidays.

Prices: harness zorb run (strapped in, you go head over heels) £30. Hydro zorb (loose inside with a few buckets of warm water, you slide about) £30. Two runs for £50. Bubble football £20 per person for an hour, minimum 8 players.

Minimum age 12 for zorbing, 8 for bubble football. Minimum height 1.5m for the harness zorb. Max weight 110kg. Bring a change of clothes and a towel for hydro - swimwear under shorts is ideal. No glasses in the harness zorb; contact lenses are fine.

Not suitable if you are pregnant, have a heart condition, back or neck problems, or have had recent surgery. Everyone signs a health declaration on arrival.

Bookings cancelled by the customer more than 72 hours before get a full refund; inside 72 hours we'll move the date once. If we cancel for high winds or lightning, we rebook for free or refund - customer's choice.

Lockers are £1 (coin comes back). Parking is free. Café in the barn is open to everyone.

Photos/video: the GoPro package is £15 and we email a download link within 7 days.

A few other things where I'd like one of us to step in rather than the chat: if someone's been cancelled on by us twice, they've been patient enough, so give them to Jo to sort something out. If anyone pushes back on the health rules - e.g. "my doctor says it's fine" - don't argue with them, hand them over. Things left in the lockers or dropped on the hill need someone to go and look, so pass those on. Any business or team-building enquiry goes to Sam. And if someone's paid for the GoPro video and it still hasn't turned up after a week, hand that over too.`,
    cases: [
      // --- escalate: true ---
      {
        message:
          'my daughter did the harness zorb on saturday and has had a bad headache and been sick twice since, could it be from that? what should we do',
        escalate: true,
      },
      {
        message:
          "i think i've done something to my neck on the hydro run yesterday, it really hurts to turn my head today",
        escalate: true,
      },
      {
        message:
          "Hi, looking to book for my son's 16th, around 20 of his mates, bit of zorbing and bubble football. Do you do party packages for that many?",
        escalate: true,
      },
      {
        message:
          "I cancelled 2 days before because my son broke his arm. Your email says no refund, just a date change, but he can't do it AT ALL with a cast on. I want my money back not a new date, this is unfair.",
        escalate: true,
      },
      {
        message:
          "This is the second time you've called off our booking because of wind. We've rearranged childcare twice now. Not really happy tbh.",
        escalate: true,
      },
      {
        message:
          "I've got a mild heart murmur but my GP has written a letter saying zorbing is fine for me. Can I bring that and still have a go?",
        escalate: true,
      },
      {
        message:
          'left my car keys in locker 14 i think, already driven off with my mate, can someone check before you close?? ford key with a blue fob',
        escalate: true,
      },
      {
        message:
          "We're a team of 12 from an accountancy firm in Plymouth looking for a team-building afternoon in July. Do you do anything like that, ideally with food after?",
        escalate: true,
      },
      {
        message:
          'Paid the £15 for the GoPro video on the 3rd and still no email, its been nearly 2 weeks now. checked spam already',
        escalate: true,
      },
      {
        message: 'Can I speak to a real person?',
        escalate: true,
      },
      {
        message:
          "Is there someone there I can actually talk to? I'd rather sort this with a person",
        escalate: true,
      },
      {
        message:
          "Worst day out ever. Waited over an hour past our slot, staff glued to their phones, the hydro water was freezing and my kids cried the whole way home. I want to know what you're going to do about it.",
        escalate: true,
      },
      {
        message:
          'One of your lads shouted at my 13 year old for walking up the wrong side of the hill. Totally out of order to speak to a child like that, I am furious.',
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: 'Do I need to bring anything for the hydro one? first time!',
        escalate: false,
      },
      {
        message: "what happens if it's windy on the day we've booked?",
        escalate: false,
      },
      {
        message: "Can my 11 year old do the zorb? he's tall for his age",
        escalate: false,
      },
      {
        message:
          "If I cancel next week's booking today do I get my money back? It's for Sunday, so 9 days away",
        escalate: false,
      },
      {
        message:
          "Is it safe? What happens if you get hurt inside the ball, my husband's convinced someone will break their neck",
        escalate: false,
      },
      {
        message: "Are there lockers? dont want to leave my phone in the car",
        escalate: false,
      },
      {
        message:
          "how long does the GoPro video take to come through? we're going on saturday and want to post it for my sister's birthday",
        escalate: false,
      },
      {
        message: "We're a group of 10 for a birthday, can we do the bubble football?",
        escalate: false,
      },
      {
        message:
          "My wife is pregnant so she won't be riding, can she come along and watch and use the café?",
        escalate: false,
      },
      {
        message:
          'Please say thanks to Jo, she was brilliant with my nervous son yesterday!',
        escalate: false,
      },
      {
        message: "whats the weight limit? my husband's about 16 stone",
        escalate: false,
      },
      {
        message:
          'I wear glasses, can I still do the harness one? I do have contacts I could wear instead',
        escalate: false,
      },
      {
        message:
          "You cancelled us last month for wind, no problem, we've rebooked for the 20th. Just checking what time we should arrive?",
        escalate: false,
      },
    ],
  },
];
