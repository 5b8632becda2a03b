import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-40 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * Four fictional UK businesses, 26 cases each (13 escalate: true, 13 escalate: false), 104 in total:
 *
 * 1. Fenwold Skydive (Lincolnshire skydiving centre: tandems, RAPS, AFF). Hand-overs appear ONLY as
 *    terse entries in escalationRules (6: medical fitness questions, weight-limit exceptions,
 *    injuries/incidents, complaints, refunds/expired vouchers, press/filming/groups of 10+).
 *    businessRules is about tone only.
 * 2. Hollowbeck Treetops (Cumbrian zip line / high ropes park). escalationRules is []; the 6 hand-overs
 *    (injury on the course, groups of 15+, refund insistence/double charge, disability or additional
 *    needs, lost property, complaints about how staff treated someone) are ordinary prose sentences in
 *    businessRules, phrased variously and mixed in with tone notes.
 * 3. Millrace Climbing Centre (Huddersfield indoor climbing wall). escalationRules is []; the 6 hand-overs
 *    (injury at the wall, membership pause/cancel/Direct Debit problems, loose holds or damaged matting,
 *    kids' parties and school/youth groups, complaints about another climber, job enquiries) are a dashed
 *    list in businessRules under the owner's own chatty lead-in ("stick the kettle on and get a human
 *    pile"), some items with asides, surrounded by tone notes.
 * 4. Thornbeck Riding Stables (North York Moors riding school). Mixed: 3 terse escalationRules (falls and
 *    injuries, livery, horse welfare) plus 3 hand-overs only in businessRules prose (weight-limit
 *    exceptions, lesson-block refunds/transfers/extensions, weddings/photoshoots/filming).
 *
 * escalate: true messages each fall under one hand-over situation without echoing the rule wording, and
 * every situation is covered at least once. escalate: false messages are look-alikes on the same topics
 * (injuries in passing, prices, weight limits, refund-policy questions, bookings, staff mentions) that the
 * agent should answer itself from the business context.
 */
export const ROUND40_ESCALATION_DEV: EscalationBusiness[] = [
  // ───────────────────────────────────────────────────────────── 1. Skydiving centre
  {
    name: 'Fenwold Skydive',
    businessContext: `Fenwold Skydive — parachute centre on a former RAF airfield near Louth, Lincolnshire.
Tandem skydive from 13,000ft with about 45 seconds of freefall: £289 weekdays, £319 weekends and bank holidays.
Video: handcam + outside camera package £99, handcam only £65. Personal cameras (GoPros, phones) are not allowed on tandems.
RAPS static-line first jump course (one day of ground school, then a solo jump from 3,500ft): £245.
AFF (Accelerated Freefall) full course, 8 levels, the usual route to a licence: £1,650; Level 1 on its own £395.
Minimum age 16 (a parent or guardian must sign the consent form for under-18s).
Weight limits: tandem 16st (101kg) fully clothed; RAPS and AFF 15st (95kg).
Every jumper completes a medical self-declaration; some conditions listed on the form need a GP signature. Download it from the website before your day.
£75 non-refundable deposit on booking; balance due 14 days before the jump.
Moving your date is free with at least 7 days' notice.
Weather: if we can't jump, you rebook free as many times as needed — no cash refunds for weather.
Gift vouchers are valid 12 months from the date of purchase.
Open Wednesday–Sunday, 8am until sunset, March to November. Arrive for 8am check-in and allow the whole day.
Spectators welcome free; café with seating and a viewing area; free parking.
Office phone 01507 000 412, staffed 9am–5pm on jump days.`,
    escalationRules: [
      'Medical condition — asking if fit to jump',
      'Over weight limit, wants exception',
      'Injury or incident from a jump',
      'Complaints (jump day, instructor, video)',
      'Refund requests / expired voucher extensions',
      'Press, filming, groups of 10+',
    ],
    businessRules: `Keep it friendly and a bit excited for them — most people who message us are nervous first-timers, so reassure without overdoing it. Plain English, no skydiver jargon unless they use it first. Never make jokes about parachutes not opening, even if the customer does. Keep replies short enough to read on a phone, British spelling, and sign off as "the Fenwold team".`,
    cases: [
      // escalate: true
      {
        message:
          "hi, I had a pacemaker fitted about 2 yrs ago, cardiologist says I'm fine for most things now. Would I be OK to do a tandem or is that a no?",
        escalate: true,
      },
      {
        message:
          "My daughter wants to do a charity jump for her 18th in June. She's type 1 diabetic and on a pump – does that stop her jumping? Don't want to book if she's going to be turned away on the day",
        escalate: true,
      },
      {
        message:
          'Had a spinal fusion (L4/L5) back in 2021, back has been good since. Is skydiving going to be off the cards for me?',
        escalate: true,
      },
      {
        message:
          "Bit embarrassing but I'm about 17 and a half stone. Really want to do this in memory of my dad, is there anything you can do, even if it costs a bit more?",
        escalate: true,
      },
      {
        message:
          "I weighed myself this morning and I'm 104kg, booked in for the 14th. I know its over but only by a tiny bit, can the instructor let it slide??",
        escalate: true,
      },
      {
        message:
          "Jumped with you Saturday, landing was a bit rough and I've been to A&E today, they say hairline fracture in my ankle. Not blaming anyone but thought you should know and not sure what I need to do now",
        escalate: true,
      },
      {
        message:
          "my husband did his AFF level 1 on sunday and he's had a really bad neck since the canopy opened, can barely turn his head. is this normal?? who should we talk to",
        escalate: true,
      },
      {
        message:
          "Paid £99 for the video and it's about 30 seconds of me and the rest is sky and someone's arm. Honestly gutted, it was my 50th birthday jump. Expected a lot better than that.",
        escalate: true,
      },
      {
        message:
          'Waited from 8am till 6pm on Sunday without anyone telling us anything, then got sent home. The bloke at the desk was really short with my mum when she asked what was going on. Not impressed at all.',
        escalate: true,
      },
      {
        message:
          'Got a voucher for xmas 2023 and completely forgot about it, it ran out in december. Is there any way it can still be used? it was £319!',
        escalate: true,
      },
      {
        message:
          "I need to cancel my jump on the 22nd, I've lost my job and honestly can't justify it now. Can I have the money back including the deposit please",
        escalate: true,
      },
      {
        message:
          "Hello, I'm a researcher at a regional TV production company. We're making a series about people ticking off bucket-list items and would love to film one of our contributors doing a tandem with you. Who would be best to speak to?",
        escalate: true,
      },
      {
        message:
          'Organising a stag do in August, there will be 12 of us wanting to jump the same day, ideally all with videos. Whats the best way to sort that?',
        escalate: true,
      },
      // escalate: false
      {
        message: "What's the weight limit for a tandem? I'm 15st 8 so hoping I'm ok",
        escalate: false,
      },
      {
        message: 'Where do I find the medical form? My booking email says I need to fill one in before the day',
        escalate: false,
      },
      {
        message:
          "I sprained my ankle at five-a-side last week (nothing to do with you lot lol) so I want to push my jump from the 3rd to later in the summer. How much notice do you need to move it?",
        escalate: false,
      },
      {
        message: 'Is the deposit refundable if i change my mind?',
        escalate: false,
      },
      {
        message: 'How much is the video and is it worth it? Or can I just bring my own GoPro and strap it on?',
        escalate: false,
      },
      {
        message: 'If the weather is bad on my day do I lose my money? Forecast for the weekend looks dodgy',
        escalate: false,
      },
      {
        message:
          "When does a gift voucher run out? Want to buy one for my sister's birthday in May but she won't be able to jump until next spring",
        escalate: false,
      },
      {
        message: 'Me and 3 mates want to jump on the same saturday in july, can we book all 4 together?',
        escalate: false,
      },
      {
        message: 'Can my 16 year old son do a tandem? What do I need to sign?',
        escalate: false,
      },
      {
        message:
          'Did my tandem with Gaz last month, absolute legend. Now thinking about learning properly — how much is the full AFF course and is that the one that gets you a licence?',
        escalate: false,
      },
      {
        message:
          "What time should we get there and how long does it all take? Bringing my nan to watch, is there somewhere for her to sit and get a brew?",
        escalate: false,
      },
      {
        message:
          "What's the difference between the static line course and AFF? Trying to work out which is better for a first solo jump, and how much each costs",
        escalate: false,
      },
      {
        message: 'How much dearer is a weekend jump than a weekday one? And are you open Mondays?',
        escalate: false,
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── 2. Zip line / treetop park
  {
    name: 'Hollowbeck Treetops',
    businessContext: `Hollowbeck Treetops — high ropes and zip wire park in Hollowbeck Woods, near Kendal, Cumbria.
Treetop Challenge (about 2.5 hours, 6 stages, 40+ crossings including 8 zip wires): adults £38, juniors aged 10–15 £30.
Treetop Junior (about 1 hour, low-level course for ages 4–9): £20. A parent walks alongside on the ground.
Valley Zip (one 650m zip wire over the beck, about 30 mins including the walk up): £25.
Treetop Challenge: minimum height 1.4m, maximum weight 20st (127kg).
Valley Zip: minimum weight 30kg, maximum weight 19st (120kg).
Under-16s on the Treetop Challenge need a participating adult: 1 adult to a maximum of 2 under-16s.
Wear closed-toe shoes (trainers are fine) and clothes you don't mind getting muddy; long hair must be tied back.
Open daily 9am–5pm February to November; weekends and school holidays only in December and January. Last Treetop Challenge start 2:30pm.
We run in rain; we close for lightning and high winds, and you can rebook free of charge.
No refunds, but bookings can be moved free of charge with 48 hours' notice.
Gift vouchers available for any activity, valid 18 months.
Lockers by the briefing hut, £1 coin (returned).
Parking £4 all day. The Nest café open 9am–4:30pm.`,
    escalationRules: [],
    businessRules: `Hi bot! We're a family-run place so please sound like it — warm, a bit of fun, never corporate. Use the customer's name if they give it, and we say "crossings", not "obstacles". If someone tells you they or their child got hurt on the course, that goes straight to Megan, our duty manager; don't try to diagnose anything and don't apologise in a way that sounds like we're admitting fault, just let her pick it up. Lots of people ask about the weather, so be reassuring, we honestly run in most of it. School trips, scout groups, work away-days and the like (anything 15 people or over) get priced up by Tom, so you shouldn't quote those — let him have them. One exclamation mark per message is plenty. I'm not having the bot give out refunds: if a customer keeps insisting on their money back after you've explained the 48-hour rule, or they think they've been charged twice, I'll sort it out myself. Every guest with a disability or additional needs is assessed individually by our instructors, so when someone asks whether they or their child can take part, it isn't for you to say yes or no — put them through to the team. Bits and pieces left in the woods (phones, car keys, the odd shoe) are looked after by Jess on the front desk, and anyone who's lost something should be passed to her. And if someone's unhappy with the way one of our instructors spoke to them or treated them, I want to hear about it personally. Otherwise keep answers short and finish with a gentle nudge to book if it fits.`,
    cases: [
      // escalate: true
      {
        message:
          "Hi, we came on Sunday and my son (11) came off the last zip a bit fast and hit the landing with his knee. It's swollen and bruised and we've had him checked at the walk in centre. Just wanted to let someone know",
        escalate: true,
      },
      {
        message:
          "Caught my hand in the trolley pulley thing on stage 4 and took the skin off two fingers. The guy on the platform gave me a plaster but it's quite deep now I look at it properly. Bit annoyed tbh",
        escalate: true,
      },
      {
        message:
          'My wife went over on her ankle getting off the Tarzan swing net yesterday and has been limping since. Do you keep a record of this sort of thing?',
        escalate: true,
      },
      {
        message:
          "Hiya, I'm the Year 6 teacher at St Oswald's primary, we'd like to bring 28 children plus staff in the summer term as an end of year treat. Could you let me know what you can offer?",
        escalate: true,
      },
      {
        message:
          'looking at a team day for our office – roughly 18-20 people, would want the treetop challenge then lunch in the cafe. what would that come to?',
        escalate: true,
      },
      {
        message:
          "I've just checked my banking app and there are two payments of £106 to Hollowbeck on the same day, I only made one booking?!",
        escalate: true,
      },
      {
        message:
          "I get that you need 48 hours but my mum was taken into hospital the night before, surely you can make an exception and give us our money back? We won't be able to come for months and I don't want a rebooking.",
        escalate: true,
      },
      {
        message:
          'My daughter is 12 and autistic, she loves climbing but can get overwhelmed with waiting around and noise. Would she be able to do the full course with me?',
        escalate: true,
      },
      {
        message:
          "I've got a prosthetic leg below the knee (get about fine, do loads of fell walking). Is the treetop challenge something I'd be able to do?",
        escalate: true,
      },
      {
        message:
          'Think I left my car key on the picnic benches by the Valley Zip on Saturday afternoon, black Ford key with a blue keyring. Has anyone handed it in?? Using the spare at the min',
        escalate: true,
      },
      {
        message:
          "my lad dropped his phone somewhere on the course (he swears he zipped his pocket...). iphone 13 in a green case. any chance its turned up",
        escalate: true,
      },
      {
        message:
          "The instructor doing the safety briefing on Sat morning was honestly rude — laughed at my daughter when she got nervous on the practice line and told her to 'stop being a baby'. She's 10. Really not ok.",
        escalate: true,
      },
      {
        message:
          'One of your staff shouted at my husband in front of our kids for unclipping at the wrong point, when he had actually been told to by another instructor. Quite humiliating for him.',
        escalate: true,
      },
      // escalate: false
      {
        message:
          "How tall does my son need to be for the big course? He's just turned 10 and is about 1.42m",
        escalate: false,
      },
      {
        message: "Is there a weight limit for the long zip? I'm around 18 stone",
        escalate: false,
      },
      {
        message:
          "What's your refund policy if we can't make it? Booking for a birthday and just want to know where we stand before I pay",
        escalate: false,
      },
      {
        message: "Do you close if it's raining? Forecast for Saturday looks grim",
        escalate: false,
      },
      {
        message: 'Can 1 adult take 3 kids round the treetop challenge? They are 11, 12 and 14',
        escalate: false,
      },
      {
        message:
          "My daughter fell off her bike last week and has a cast on her wrist, so we need to move our booking for Saturday the 21st. It's the 12th today — how much notice do you need to change the date?",
        escalate: false,
      },
      {
        message:
          'Came last month and had the best time, the lad with the beard on the zip platform (Callum?) was brilliant with my nervous 10yo. Do you do gift vouchers? Want to get one for my sister',
        escalate: false,
      },
      {
        message:
          "We're a family of 6 (2 adults, 4 kids aged 5, 8, 11 and 13). What's the best combo for us and roughly what would it cost?",
        escalate: false,
      },
      {
        message: 'Is there anywhere to leave bags and phones while we are up on the course?',
        escalate: false,
      },
      {
        message: "what time is the last start on the treetop? we can only get there for about 2ish",
        escalate: false,
      },
      {
        message: 'Do I need special shoes or are trainers ok? and does my hair need tying back',
        escalate: false,
      },
      {
        message:
          "Is the junior one ok for a 4 year old who's a bit of a wimp with heights lol, do parents have to go up with them?",
        escalate: false,
      },
      {
        message:
          "There'll be 8 of us for a hen do in June, all adults. Can we book in together and do you do any discount for groups?",
        escalate: false,
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── 3. Indoor climbing wall
  {
    name: 'Millrace Climbing Centre',
    businessContext: `Millrace Climbing Centre — indoor bouldering and roped climbing in a converted textile mill, Huddersfield.
Day entry: adult £13, concession £11, under-16 £9. Shoe hire £4, harness hire £3, chalk bag hire £2.
Bouldering: no booking or induction needed, just watch a 5-minute safety video on arrival.
Roped climbing: a belay induction is required before you can belay unsupervised (1.5 hours, £25 per person). Experienced climbers can do a free 15-minute belay check with the duty instructor instead.
Membership: £52/month by Direct Debit, 3-month minimum term; includes unlimited entry, Sunday yoga and 10% off in the café and shop.
Off-peak membership (weekdays before 4pm only): £38/month, same 3-month minimum.
10-visit punch card: £115, valid 12 months from purchase.
Under-14s must be supervised by a registered adult climber at all times; 14–17s may climb alone with a signed parental consent form.
Kids' Club (ages 7–13) Saturdays 9–10:30am, £12 per session, coached by our instructors.
Routesetting: the Cave boulders are reset every Tuesday; main wall sections rotate on Thursdays.
Climbing physio clinic on the first Tuesday of each month: £45 for 30 minutes, book at reception.
Open Mon–Fri 10am–10pm, Sat–Sun 9am–8pm. Busiest Mon–Wed 6–9pm.
Café and small gear shop (shoes, chalk, tape, harnesses) on site. Free parking behind the mill.`,
    escalationRules: [],
    businessRules: `Talk like a climber, not a bank — relaxed, friendly, a bit of banter is fine. Don't use grades to gatekeep anyone, beginners are the lifeblood of this place. We say "bouldering" and "roped", never "rock climbing" (it's plastic!).

Okay so. Here's my "stick the kettle on and get a human" pile — stuff where I'd rather the bot just says one of us will get back to them, because every single one of these has bitten me before:
- someone's been hurt here, even if they say it's "only a tweak" (we have to log it, insurance is a nightmare otherwise)
- pausing, freezing or cancelling a membership, or any Direct Debit weirdness — Priya does all of that and you can't see the system anyway
- a hold that's spinning, loose or cracked, or a ripped mat (setters need to know SAME DAY)
- kids' birthday parties, and school / uni / scout type groups. I price these by hand
- grumbles about another climber — dropping on people, dodgy belaying, rude comments, whatever
- people after a job (setting, coaching, desk). We're always short, but Dev does the hiring

Everything else please just answer yourself — prices, times, what to wear, what to hire, all that. Keep it short. No emojis unless they've used one first, and then the odd 💪 is fine.`,
    cases: [
      // escalate: true
      {
        message:
          "Came off the top of the slab problem in the cave last night and landed half on the edge of the mat. Wrist is proper swollen today, might go and get it x-rayed. Just letting you know",
        escalate: true,
      },
      {
        message:
          'Felt something pop in my ring finger on the overhang on Tuesday, it is bruised underneath now and hurts to bend. Do I need to fill anything in with you?',
        escalate: true,
      },
      {
        message:
          "My daughter (9) fell off the traverse wall at kids club on saturday and banged her head on the floor bit between the mats. She seemed ok but was sick later that evening. Who do I speak to?",
        escalate: true,
      },
      {
        message: "Hi, I'm going travelling for 2 months from April, can I put my membership on hold while I'm away?",
        escalate: true,
      },
      {
        message:
          "I cancelled my membership in January but I've just been charged again for Feb AND March?? Please sort this",
        escalate: true,
      },
      {
        message: "Moving to Manchester for work so I need to stop my membership please. I'm well past the 3 months.",
        escalate: true,
      },
      {
        message:
          'The big pink pinch on the 45 in the cave was spinning when I pulled on it tonight, nearly came off because of it. Someone should have a look before somebody gets hurt',
        escalate: true,
      },
      {
        message:
          "Theres a tear in the matting under the far left of the comp wall, my foot went right into it when I dropped off earlier.",
        escalate: true,
      },
      {
        message:
          "Would love to do my son's 8th birthday party at yours in May, about 12 kids. Do you do that and how much would it be?",
        escalate: true,
      },
      {
        message:
          'I run a Duke of Edinburgh group at a secondary school, 16 students. Would it be possible to bring them for a taster session one weekday afternoon?',
        escalate: true,
      },
      {
        message:
          "There's a lad who comes in most tuesdays who keeps walking under people on the boulder wall and then having a go at them when they drop near him. Had a right row with my mate last night. Can someone have a word?",
        escalate: true,
      },
      {
        message:
          "Not about your staff, but the guy on the rope next to me tonight was belaying with about a metre of slack on the floor while his climber was 10m up. I said something and got told to mind my own business. Honestly a bit scary",
        escalate: true,
      },
      {
        message:
          "Hiya, I've been setting at my uni wall for 3 yrs and I'm looking for some paid setting work. Are you taking anyone on? Happy to send a CV and pics of sets",
        escalate: true,
      },
      // escalate: false
      {
        message: 'how much is it for a first visit and what do I need to hire? never been before',
        escalate: false,
      },
      {
        message:
          'I climb outdoors a lot (trad mostly), do I still have to do the full £25 induction to use the ropes?',
        escalate: false,
      },
      {
        message:
          "Thinking of signing up for membership but I might be moving in the summer. If I join now is there a minimum term, or could I just stop whenever?",
        escalate: false,
      },
      {
        message:
          "Recovering from an A2 pulley strain, physio's cleared me for easy climbing. Do you have a physio clinic there? Would be handy to get checked over by someone who knows climbing",
        escalate: false,
      },
      {
        message: "When do you reset the boulders in the cave? The blues have been up for ages, I've done them all lol",
        escalate: false,
      },
      {
        message: "Can my 12 year old come climbing with me on a Sunday? I've not been a member before",
        escalate: false,
      },
      {
        message: 'Is Kids Club any good for a shy 8 year old? How much is it and what time?',
        escalate: false,
      },
      {
        message: 'My 15 year old wants to come on her own after school with her friends. Is that allowed?',
        escalate: false,
      },
      {
        message: "Is it rammed on Monday evenings? trying to work out when's best to come after work",
        escalate: false,
      },
      {
        message:
          'Big thanks to Priya on the desk who sorted my shoe size out in about 5 seconds. Do you sell chalk in the shop or is it just hire?',
        escalate: false,
      },
      {
        message: 'How much is the punch card and does it run out?',
        escalate: false,
      },
      {
        message: 'Do I need to bring my own harness or can I hire one? and shoes?',
        escalate: false,
      },
      {
        message:
          "heading over from Halifax on Sunday with a couple of mates, what time do you shut? and is there parking",
        escalate: false,
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── 4. Horse riding stables
  {
    name: 'Thornbeck Riding Stables',
    businessContext: `Thornbeck Riding Stables — family-run, BHS-approved riding centre on the edge of the North York Moors near Helmsley.
Moorland hacks: 1 hour £50, 2 hours £85 (2-hour hacks are for riders who can trot and canter confidently). Minimum age for hacks: 10.
Lead-rein pony ride for little ones (ages 3–7), 30 minutes: £25.
Group lesson (maximum 4 riders), 1 hour: £38. Private lesson, 30 minutes: £40.
Block of 6 group lessons: £200, valid 3 months from purchase, non-refundable.
Pony Days (ages 8–14, 10am–3pm: riding, grooming and stable care): £95. Bring a packed lunch and wellies.
Rider weight limit for hacks and lessons: 15st (95kg).
Hats must be worn: we lend them free, or bring your own to PAS015 / VG1 standard (not a cycling helmet). Boots with a small heel; no trainers.
Open Tuesday–Sunday 8:30am–5pm (last hack goes out at 3pm); closed Mondays.
Moving a booking is free with 48 hours' notice; with less notice the booking is lost.
We ride in rain; we cancel for ice, thunder or very high winds and rebook free.
Gift vouchers from £25, valid 12 months.
Free parking in the yard; toilets and a small tack shop (hats, gloves, boots) on site.`,
    escalationRules: ['Falls or injuries on a ride', 'Livery enquiries', "Concerns about a horse's welfare"],
    businessRules: `I'm Anne, I run the yard with my daughter Helen. Please keep things warm and down to earth — lots of our customers are nervous first-timers or mums booking for pony-mad kids, so no horsey jargon unless they use it first. Our weight limit is 15 stone and it's there for the horses' backs, but if somebody tells you they're over it and asks whether we can make an exception, don't just say no — pass them to me, there's one big cob I'll sometimes use. The 6-lesson blocks are non-refundable and I'd rather you didn't try to negotiate: if anyone wants a block refunded, moved over to someone else or extended past the 3 months, I'll deal with it myself. Helen handles all the weddings, photoshoots and filming requests for the horses, so anything like that goes to her — don't quote or promise anything. Never call any horse "bombproof", no horse is. Short replies please, and remind people about boots with a heel when they book.`,
    cases: [
      // escalate: true
      {
        message:
          "My daughter came off Pepper in Saturday's lesson when he spooked at the bin bags. She said she was fine but her collarbone is really sore today and we're off to get it looked at.",
        escalate: true,
      },
      {
        message:
          "Came off on the 2 hour hack on Sunday going up the bank by the wood. Landed on my hip, massive bruise and I'm struggling to walk properly. Is there an accident book or something I need to know about?",
        escalate: true,
      },
      {
        message:
          "A pony stood on my son's foot while they were tacking up at pony day yesterday, his toe might be broken. He's 11. Not happy nobody mentioned it at pick-up",
        escalate: true,
      },
      {
        message:
          "Hi, we're moving up to Helmsley in September and looking for somewhere to keep my 16.2 ISH mare. Do you have any spaces and what would DIY or part livery cost?",
        escalate: true,
      },
      {
        message: 'Do you do grass livery over the winter? Just need somewhere for my retired pony from Nov to March',
        escalate: true,
      },
      {
        message:
          "I walked past your top field on the footpath yesterday and one of the greys looked really lame and quite thin, standing on its own. Probably nothing but I'd feel awful if I didn't say something.",
        escalate: true,
      },
      {
        message:
          "The horse I rode on my hack (Rolo I think?) had open sores under where the saddle goes when they untacked him. I'm no expert but that didn't look right to me",
        escalate: true,
      },
      {
        message:
          "Really want to book a hack for my 40th but I'm about 16 and a half stone. I ride regularly at another yard and I'm a balanced rider. Is there any way round it?",
        escalate: true,
      },
      {
        message:
          "my husband is 15st 12 in his clothes, is there any chance he could still come out on the hack with me? its our anniversary",
        escalate: true,
      },
      {
        message:
          'I bought a block of 6 lessons in March and only used 2 before I broke my leg (not riding related!). The 3 months runs out next week. Could it be extended, or could I get the rest back?',
        escalate: true,
      },
      {
        message:
          "Can my sister have the rest of my lesson block? I've got 4 left and I've started a new job with weekend shifts so I just can't make them.",
        escalate: true,
      },
      {
        message:
          "Hello! We're getting married near Rievaulx in August and I'd love to arrive on horseback, or at least have a horse in some of the photos. Is that something you could do?",
        escalate: true,
      },
      {
        message:
          "I'm a photographer planning an equestrian-themed editorial for a lifestyle magazine, ideally out on the moors with a couple of your horses and a handler. Would you be open to that?",
        escalate: true,
      },
      // escalate: false
      {
        message:
          "What's your weight limit for riders? I'm 14st 4 and haven't ridden in years, would a 1 hr hack be alright?",
        escalate: false,
      },
      {
        message: "Is the block of 6 lessons refundable if I don't end up using them all? Just checking before I buy",
        escalate: false,
      },
      {
        message: "Do I need my own hat? I've only got a cycling helmet",
        escalate: false,
      },
      {
        message:
          "My son fell off his pony at a friend's yard last year and he's been a bit nervous since. Would a private lesson be better for him than a group one? He's 9",
        escalate: false,
      },
      {
        message: 'Can my 6 year old have a go at riding? How long is it and how much?',
        escalate: false,
      },
      {
        message:
          "Whats the minimum age for the hacks? My daughter is 10 next month and desperate to come on one with me",
        escalate: false,
      },
      {
        message:
          'We had a lovely lesson with Helen last week, she was brilliant with my nervous husband! How do we book another one?',
        escalate: false,
      },
      {
        message: "Do you cancel if it's raining? We're booked for Thursday and the forecast is awful",
        escalate: false,
      },
      {
        message: "Need to move our hack from Saturday to Sunday, is that ok? It's Wednesday morning now",
        escalate: false,
      },
      {
        message: "Do you do gift vouchers? Want something a bit different for my mum's 60th",
        escalate: false,
      },
      {
        message: 'What do the pony days involve and what does my daughter need to bring?',
        escalate: false,
      },
      {
        message: "Are you open on Mondays? Also is there a shop on site, I need to get some riding gloves",
        escalate: false,
      },
      {
        message: 'Is the block of 6 actually cheaper than paying for group lessons one at a time?',
        escalate: false,
      },
    ],
  },
];
