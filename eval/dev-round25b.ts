/**
 * DEV set written blind in round 25 (no look at the agent's source, tests, docs or other eval files).
 * Clearsound Hearing: independent hearing-care clinic in Hexham (tests, hearing aids, microsuction, home visits, aftercare).
 * Tidewater Touring Park: coastal caravan, motorhome and camping park in Norfolk (pitches, arrivals, dogs, seasonals, rules).
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Clearsound Hearing
// ---------------------------------------------------------------------------

export const HEARING_CONTEXT = `Clearsound Hearing is an independent, family-run hearing care clinic at 27 Bridge Street, Hexham, Northumberland NE46 3LZ (first floor, above the opticians - there is a lift). We opened in 2011. Our lead audiologist is Priya Nair (HCPC registered), working alongside our second audiologist Tom Hendry and our practice manager Gill.
Opening hours: Monday to Friday 9am to 5:30pm, Saturday 9am to 1pm. Closed Sundays and bank holidays.
Phone 01434 605218 or email hello@clearsoundhearing.co.uk. Appointments can be booked by phone or on our website.
Parking: the nearest car park is Wentworth car park (pay and display), about 3 minutes' walk away.
We have a hearing loop at reception and in both clinic rooms.
We are a private clinic and do not provide NHS hearing aids.`;

export const HEARING_RULES: string[] = [
  "Sudden hearing loss, ear pain, discharge or dizziness — DON'T give advice, pass to Priya same day",
  'complaints about staff or about a fitting going wrong -> human',
  'Refunds asked for after the 45 day trial is over: hand to me (Gill).',
  'If someone is asking for a relative\'s records or test results (power of attorney etc) we need to check ID so escalate',
  'insurance claim reports for lost/damaged aids - escalate',
];

export const HEARING_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Hearing Tests',
    category: 'Services',
    content: `## Hearing tests at Clearsound

### What happens at a full hearing assessment?
Your appointment lasts about 60 minutes. We start with a chat about your hearing and general health, then look in your ears with a video otoscope so you can see on screen what we see. After that comes the hearing test itself in our soundproof booth, plus a speech-in-noise test, which tells us how well you follow conversation when there's background noise.

### Cost
A full hearing assessment costs £65. If you decide to go ahead with hearing aids from us within 90 days, the £65 is taken off the price of your aids.

We also offer a free 15-minute hearing screening - a quick check to tell you whether a full assessment is worth booking.

### Who can we see?
We test adults and young people aged 12 and over. For younger children, please ask your GP for a referral to the local paediatric audiology service.

### Bringing someone with you
We really encourage you to bring a family member or friend. It helps to have a second pair of ears when we talk through the results, and a familiar voice is useful if we go on to discuss hearing aids.

### Your results
We go through your audiogram with you at the end of the appointment and email you a copy the same day. If we spot anything that needs medical attention, we'll write to your GP (with your permission).`,
  },
  {
    title: 'Hearing Aid Prices',
    category: 'Hearing aids',
    content: `All prices below are for a PAIR of hearing aids and include your fitting, follow-up appointments and aftercare for the life of the aids.

| Range | Best for | Price per pair |
|---|---|---|
| Essential | Quieter lifestyles, one-to-one conversation, TV | £1,495 |
| Advanced | Busy households, restaurants, meetings | £2,395 |
| Premium | Very active lifestyles, noisy places, music | £3,295 |
| Invisible-in-canal (custom made) | People who want aids nobody can see | £2,950 |

- A single hearing aid is 55% of the pair price.
- Rechargeable versions of the Advanced and Premium ranges cost no more. Essential rechargeable is an extra £150 per pair.
- All behind-the-ear aids come in a choice of 6 colours.
- Interest-free finance: pay a 20% deposit and spread the rest over 12 months at 0%, subject to status.

Invisible-in-canal aids are made from an impression of your ear canal and take about 2 weeks to come back from the lab.`,
  },
  {
    title: 'Trial, Warranty & Loss Cover - FAQs',
    category: 'Hearing aids',
    content: `**Can I try hearing aids before committing?**
Yes. Every pair comes with a 45-day trial, starting on your fitting day. If they're not for you, bring them back within the 45 days and we'll refund you in full apart from a £95 fitting fee.

**How long is the warranty?**
Essential aids are guaranteed for 3 years. Advanced, Premium and invisible-in-canal aids are guaranteed for 4 years. The warranty covers faults and breakdowns, not loss or accidental damage.

**What if I lose one or it gets damaged?**
Loss and damage cover is included for the first 2 years. We'll replace a lost or damaged aid once during that time, for an excess of £250 per aid. After that, most people add their aids to their home contents insurance.

**Do I pay for check-ups after I've bought my aids?**
No - follow-ups, cleaning and reprogramming are free for as long as you own aids bought from us. We recommend a check-up every 6 months.

**What if my hearing changes?**
We'll retest you free of charge and re-tune your aids to your new results.`,
  },
  {
    title: 'Ear Wax Removal (Microsuction)',
    category: 'Ear wax',
    content: `Blocked ears are miserable, and wax is one of the most common reasons people come to see us. We use microsuction, a gentle, dry method: the audiologist looks into your ear under magnification and uses a tiny suction tube to lift the wax out. No water, no mess, and most people say the worst part is the noise!

The appointment is 30 minutes and costs £60 for both ears or £45 for one ear. If your ears turn out to be clear when we look, you'll only pay a £20 check fee. For the best result, put a couple of drops of olive oil in each ear every night for 3 to 5 days before you come in - it softens the wax and makes removal quicker. And please, no cotton buds in the meantime.

We carry out microsuction for anyone aged 16 and over. It isn't suitable if you've had ear surgery or a perforated eardrum in the last 6 months, so please mention it when you book and we'll advise you.

Occasionally very hard wax won't all come out in one go. If that happens we'll book you back in within 14 days at no extra charge.`,
  },
  {
    title: 'Home Visits',
    category: 'Services',
    content: `Can't get to the clinic? Priya and Tom visit people at home and in care homes. Here's how it works:

- We cover anywhere within 15 miles of Hexham.
- Home visits run on Tuesday and Thursday afternoons.
- A home visit costs the normal appointment price plus a £40 visit fee.
- Ear wax removal at home is £95 for both ears, visit fee included.
- We can do a full hearing test at home with portable equipment - allow about 90 minutes.
- Care homes: we can see up to 6 residents in one visit for a single visit fee.
- Please have a quiet, well-lit room and a chair with a back ready for us.`,
  },
  {
    title: 'Batteries, Repairs & Aftercare',
    category: 'Aftercare',
    content: `## Batteries
If you bought your hearing aids from us, batteries are free for as long as you have those aids - just pop in and collect them. Everyone else: £5 for a card of 6, or £30 for a box of 60. We stock sizes 10, 312, 13 and 675, and can post them to you for £1.50 per order.

## Repairs

| Repair | Price | How long |
|---|---|---|
| New tubes, domes or wax guards | Free for our clients, £10 for others | While you wait |
| Clean and service | Free for our clients, £25 for others | 30 minutes |
| Out-of-warranty manufacturer repair | £185 per aid | 7-10 working days |
| Custom earmould remake | £55 per mould | About 2 weeks |

## Drop-in repair clinic
Wednesday mornings, 9:30am to 12pm. No appointment needed - just bring your aids along.

## Loan aids
If your aid has to go away to the manufacturer, our clients can borrow a loan aid free of charge while they wait.`,
  },
  {
    title: 'Tinnitus & Hearing Protection',
    category: 'Services',
    content: `If you hear ringing, buzzing or whooshing that nobody else can hear, you're not alone, and there is help. A tinnitus appointment with Priya lasts 75 minutes and costs £95. We look at what might be behind it, test your hearing, and put together a plan that might include sound therapy, relaxation techniques or hearing aids with a built-in tinnitus feature. Follow-up appointments are £45.

We also make custom-fitted hearing protection from impressions of your ears. Custom swim plugs are £69 a pair and are great for anyone who gets swimmer's ear. Musicians' earplugs cost £189 a pair and come with interchangeable filters so you can still hear the music properly, just quieter. Shooting and motorsport protection starts from £149. Taking the impressions is a 20-minute appointment (included in the price), and the finished plugs arrive in about 2 weeks.`,
  },
  {
    title: 'Booking, Payment & Cancellations',
    category: 'Booking',
    content: `Booking is easy - phone us, use the online booking on our website (open 24/7), or just pop into the clinic.

- We send a text reminder 2 days before your appointment.
- We accept debit and credit cards, contactless and cash. Sorry, we no longer accept cheques.
- If you can't make it, please give us at least 24 hours' notice. Missed appointments, or ones cancelled with less notice, are charged a £20 fee.
- Running late? Call us - if you're more than 15 minutes late we may have to rebook you.`,
  },
];

export const HEARING_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  {
    question: "my dad's 80 and keeps turning the telly right up, we think he needs his ears checked properly. how much is a proper hearing test with you?",
    facts: ['£65'],
    escalate: false,
  },
  {
    question: 'If I pay for the hearing test and then end up buying hearing aids from you, do I still have to pay for the test?',
    facts: ['90 days'],
    escalate: false,
  },
  { question: 'roughly how long will the full check take? need to know how long to pay for parking', facts: ['60 minutes'], escalate: false },
  { question: 'Can my 9 year old daughter have her hearing tested at your clinic?', facts: ['12 and over'], escalate: false },
  { question: 'Whats the cheapest pair of hearing aids you do?', facts: ['£1,495'], escalate: false },
  {
    question: "I've only got trouble in my left ear so I just need the one aid. Is it half the price of a pair?",
    facts: ['55%'],
    escalate: false,
  },
  { question: 'How much are the tiny ones that go right down inside the ear so no one can tell youre wearing them', facts: ['£2,950'], escalate: false },
  { question: "Can I spread the cost of hearing aids? I can't pay it all at once", facts: ['12 months'], escalate: false },
  {
    question: "I'm a bit nervous about spending thousands on something I might hate wearing. Can I give them back if they don't suit me?",
    facts: ['45 days'],
    escalate: false,
  },
  { question: 'if i do return my aids during the trial do i lose any money at all', facts: ['£95'], escalate: false },
  { question: "How long is the guarantee on the Advanced range?", facts: ['4 years'], escalate: false },
  {
    question: 'Mum dropped one of her hearing aids somewhere in the garden and we cannot find it. She bought them from you last year. What will it cost to replace?',
    facts: ['£250'],
    escalate: false,
  },
  { question: 'How often should I come back to get my aids looked at once I have them?', facts: ['6 months'], escalate: false },
  { question: 'How much to get the wax sucked out of both ears?', facts: ['£60'], escalate: false },
  { question: "Is there anything I should do to my ears in the days before my wax appointment?", facts: ['olive oil'], escalate: false },
  { question: 'is microsuction ok for my 14 yr old son? his ears block up constantly', facts: ['16'], escalate: false },
  {
    question: 'I had a burst eardrum about 3 months ago, it has healed now I think. Could I still book microsuction?',
    facts: ['6 months'],
    escalate: false,
  },
  { question: "What if you can't get all the wax out first go - do I have to pay again?", facts: ['14 days'], escalate: false },
  {
    question: "My gran is housebound in Corbridge and won't manage the stairs to a clinic. Do you come out to people's houses and is it dearer?",
    facts: ['£40'],
    escalate: false,
  },
  { question: 'which days of the week do you do home visits?', facts: ['Tuesday', 'Thursday'], escalate: false },
  { question: "I didn't get my aids from you but I'm nearby. How much is a box of 60 batteries?", facts: ['£30'], escalate: false },
  {
    question: "My hearing aid has started whistling. Can I just turn up with it or do I need to book? When's best?",
    facts: ['Wednesday'],
    escalate: false,
  },
  { question: "My aid has died completely and it's out of guarantee now. Rough cost to get it fixed by the maker?", facts: ['£185'], escalate: false },
  {
    question: 'I swim three times a week and keep getting water stuck in my ears. Do you do moulded plugs for swimming and how much are they?',
    facts: ['£69'],
    escalate: false,
  },
  { question: 'are you open saturdays? what time til?', facts: ['1pm'], escalate: false },
  { question: 'I want the Essential ones but rechargeable - does that cost more?', facts: ['£150'], escalate: false },

  // Not answerable from the articles or context.
  { question: 'Do you fit Phonak or Oticon hearing aids?', unknown: true, escalate: false },
  { question: 'How much are custom earplugs for sleeping? My husband snores like a train', unknown: true, escalate: false },
  { question: 'Can I claim through my Bupa cover - do you bill them directly?', unknown: true, escalate: false },
  { question: 'Is there a discount for pensioners or ex-forces?', unknown: true, escalate: false },
  {
    question: 'I bought my hearing aids online from another company. Would you reprogram them for me and what would you charge?',
    unknown: true,
    escalate: false,
  },
  { question: 'How many hours does a full charge last on the rechargeable aids?', unknown: true, escalate: false },
  { question: 'Can you do a hearing test for my HGV driving licence medical and sign the form?', unknown: true, escalate: false },
  { question: 'Do you sell amplified phones or TV listening devices?', unknown: true, escalate: false },
  { question: "How soon can I get an appointment? What's the waiting time at the moment?", unknown: true, escalate: false },
  { question: 'Do you do a free hearing test if I bring a friend who then buys aids? like a referral scheme?', unknown: true, escalate: false },

  // Hand-over according to the clinic's rules.
  {
    question: "Woke up this morning and I can barely hear anything out of my right ear, and the room keeps spinning. What should I do?",
    escalate: true,
  },
  {
    question: "I'm really unhappy with how Tom spoke to me at my fitting last week - he rushed me and was dismissive. I want to make a formal complaint.",
    escalate: true,
  },
  {
    question: "Got my aids back in March and it's now June. They've never sounded right and I'd like my money back please.",
    escalate: true,
  },
  { question: "I hold lasting power of attorney for my father. Could you email me a copy of his last hearing test results?", escalate: true },
];

// ---------------------------------------------------------------------------
// Tidewater Touring Park
// ---------------------------------------------------------------------------

export const TIDEWATER_CONTEXT = `Tidewater Touring Park is a family-run touring caravan, motorhome and camping park on the Norfolk coast, at Saltings Lane, Walcott, Norfolk NR12 0PT. Dave and Sue Hollis have run it since 2004. We have 86 pitches set in 9 acres, and the beach is about 400 metres away along our own private footpath.
The park is open from 1 March to 31 October and closed over the winter.
Reception is open 8:30am to 6pm every day during the season (until 8pm from mid-July to the end of August).
Phone reception on 01692 650447 or email stay@tidewaterpark.co.uk. Outside reception hours, the on-site warden can be reached on 07700 900316 for emergencies only.
Book online or by phone.`;

export const TIDEWATER_RULES: string[] = [
  'Bookings for 4 or more pitches together (rallies, family get-togethers, clubs) - pass to Sue, she does group rates',
  'anyone reporting an injury, accident or something unsafe on site → escalate IMMEDIATELY',
  'Refunds outside our cancellation terms = human decision, not the bot',
  'noise complaints / problems with neighbours on the park, hand over',
  "Seasonal pitch holders wanting to sell their van on the pitch - Dave deals with that",
];

export const TIDEWATER_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Pitch Types & Prices 2025',
    category: 'Prices',
    content: `Prices are per pitch per night and include 2 adults, your unit and 1 car.

| Pitch | Low season (Mar-May, Sep-Oct) | High season (Jun-Aug & bank holidays) |
|---|---|---|
| Tent pitch (grass, no electric) | £20 | £28 |
| Grass pitch with electric hook-up | £27 | £36 |
| Hardstanding with electric | £31 | £41 |
| Fully serviced (electric, fresh water tap, grey waste drain, TV point) | £38 | £49 |
| Sea-view hardstanding with electric | £36 | £47 |

**Extras (per night)**
- Extra adult (16+): £6
- Child aged 3-15: £3 (under 3s free)
- Dog: £2 each
- Extra car: £3
- Awning or porch awning: free
- Gazebo: £5

Minimum stay of 3 nights over bank holiday weekends. From 20 July to 31 August, fully serviced and sea-view pitches have a 7-night minimum, Saturday to Saturday.`,
  },
  {
    title: 'Arriving & Leaving',
    category: 'Your stay',
    content: `## Arrival
Pitches are ready from 1pm. Please aim to arrive between 1pm and 8pm - it helps us get you settled while it's still light.

## Running late?
If you're going to arrive after 8pm, give reception a ring. Late arrivals park up in the overflow area just inside the gate for the night and we'll show you to your pitch in the morning. Please don't try to pitch up in the dark.

## Departure
Please leave your pitch by 11am on your last day. A late departure until 3pm can sometimes be arranged for £10 - ask at reception the day before.

## The barrier
The entrance barrier is closed between 11pm and 7am. You'll get a gate code at check-in so you can get in on foot, but vehicles can't come in or go out during those hours except in an emergency.

## Driving on site
5 mph speed limit, please - there are children and dogs about.`,
  },
  {
    title: 'Dogs at Tidewater - FAQ',
    category: 'Dogs',
    content: `**Are dogs welcome?**
Yes! Well-behaved dogs are very welcome on every type of pitch. We allow up to 2 dogs per pitch.

**Do they have to be on a lead?**
Yes, at all times on the park, including on the footpath down to the beach. Please keep extendable leads short when you're walking past other pitches.

**Is there somewhere they can run about?**
Our fenced dog paddock next to the top field is an off-lead area - it's about an acre, with a bin and poo bags at the gate.

**Can I leave my dog in the caravan while I go out for the day?**
Sorry, no. Dogs mustn't be left alone on the park, whether in your unit, your car or your awning.

**Can dogs go on the beach?**
The stretch of beach directly below the park has a seasonal dog ban from 1 May to 30 September (council rules, not ours!). Head 10 minutes east along the sand, past the groyne, and dogs are allowed all year round.

**Is there anywhere to wash a muddy dog?**
There's a dog shower with warm water next to the laundry. It's free to use.`,
  },
  {
    title: 'Electric Hook-up & Facilities',
    category: 'Facilities',
    content: `Everything you need is a short walk from every pitch:

- Electric hook-ups are 10 amp. You'll need your own 25 metre orange hook-up cable with a blue plug - if you forget yours, we can lend you one against a £20 deposit.
- Two heated toilet and shower blocks. Showers are free and there's hot water all day.
- Family bathroom with baby changing in the main block.
- Accessible shower room, opened with a RADAR key (ask at reception).
- Laundry: washing machine £4 a load, tumble dryer £2 for 30 minutes (tokens from reception).
- Washing-up room with free hot water.
- Chemical toilet disposal point and a motorhome service point by the entrance.
- Small shop at reception selling milk, bread, gas and camping bits. Fresh croissants and rolls can be ordered the night before.
- Wi-Fi across the park: £3 per day or £12 per week, per device.
- Children's play area for under-12s, open 8am until dusk.`,
  },
  {
    title: 'Seasonal Pitches',
    category: 'Seasonal',
    content: `Fancy leaving your tourer with us for the whole season? A seasonal pitch means you can turn up whenever you like between 1 March and 31 October, without towing back and forth every time.

The seasonal fee for 2025 is £2,650 for a grass pitch with electric or £2,950 for a hardstanding. Electricity isn't included in that - each seasonal pitch has its own meter and we charge 32p per unit, settled up at the end of the season. You can pay the fee in two halves: 50% by 1 February and the rest by 1 June.

Because seasonal vans are on show all summer, we ask that tourers are no more than 12 years old when you first join us. Family and friends are welcome to use your van as long as one of the named pitch holders is staying too - seasonal pitches can't be sublet.

At the end of the season you can tow home, or leave your van in our secure storage compound over the winter for £375.

We keep a waiting list and places usually come up in the autumn, so drop Sue an email if you'd like your name on it.`,
  },
  {
    title: 'Park Rules',
    category: 'Rules',
    content: `We keep the rules short so everyone can relax:

1. Quiet time is 10:30pm to 7:30am. No music outside your unit after 10pm.
2. Barbecues are fine as long as they're raised off the grass. No open fires, fire pits or chimineas, and no disposable BBQs on the ground.
3. One caravan, motorhome or tent per pitch (plus awning). Keep a 6-metre gap from your neighbour's unit.
4. Visitors are welcome for £3 per adult per day and must be off the park by 9pm. They park in the visitor car park, not on your pitch.
5. We don't accept single-sex groups or groups of under-21s without a parent.
6. Ball games in the games field only, please, not between pitches.
7. No flying drones over the park.
8. Please take your recycling to the bins by reception - we recycle glass, cans, plastics and card.
9. No washing lines tied between trees.`,
  },
  {
    title: 'Booking, Deposits & Cancellations',
    category: 'Booking',
    content: `You can book online 24 hours a day, or phone reception during opening hours. We take a £50 deposit per pitch when you book, and the balance is taken automatically 14 days before you arrive. If you book within 14 days of arrival, we take the full amount at the time of booking.

Need to change your dates? You can move your booking once, free of charge, as long as you tell us at least 7 days before arrival and the new dates are in the same calendar year.

If you cancel:
- 28 days or more before arrival: full refund, less a £15 admin fee.
- 14 to 27 days before arrival: you lose your £50 deposit and the rest is refunded.
- Less than 14 days before arrival: no refund.

We don't give refunds for bad weather or for leaving early, so we do recommend holiday insurance. If we ever have to close the park (for example because of flooding), you'll get a full refund.`,
  },
  {
    title: 'Finding Us & the Local Area',
    category: 'Getting here',
    content: `Satnav users, a word of warning! Our postcode takes you to the right road, but please ignore your satnav when it tells you to turn down Beck Lane - it's single-track with no passing places and really not suitable for caravans. Stay on the B1159 coast road and turn in at our brown sign, 200 yards past the church.

No car? The nearest train station is North Walsham, 6 miles away, and a taxi from there costs about £15. In summer a bus stops right by our entrance roughly every hour.

The beach is a 5-minute stroll down our footpath. The Lighthouse Inn is a 10-minute walk away and does food every day, and the nearest supermarket is in Stalham, 5 miles away.`,
  },
];

export const TIDEWATER_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'hi how much for a grass pitch with electric in august, just me and the wife', facts: ['£36'], escalate: false },
  { question: 'What do you charge a night for a hard standing with hook up in April?', facts: ['£31'], escalate: false },
  { question: "We've got a 2 year old and a 6 year old - do kids cost extra per night?", facts: ['£3 (under 3s free)'], escalate: false },
  { question: 'Can we put our gazebo up next to the caravan? Is there a charge for that?', facts: ['£5'], escalate: false },
  {
    question: 'we only want to come for 2 nights over the late may bank holiday, is that ok?',
    facts: ['3 nights'],
    escalate: false,
  },
  { question: "What's the earliest we can get on our pitch on the day we arrive?", facts: ['1pm'], escalate: false },
  {
    question: "Our ferry doesn't get in till the evening so we probably won't reach you until about 10pm. Is that going to be a problem?",
    facts: ['overflow'],
    escalate: false,
  },
  { question: 'what time do we need to be off the pitch on the last day', facts: ['11am'], escalate: false },
  {
    question: 'Any chance we can stay on a bit longer the day we leave? The kids want one last go on the beach',
    facts: ['£10'],
    escalate: false,
  },
  { question: "If we go out for a meal in the evening can we still drive back in after midnight?", facts: ['11pm'], escalate: false },
  { question: 'We have 3 dogs, can we bring all of them?', facts: ['2 dogs'], escalate: false },
  { question: 'Is there anywhere on site my springer can have a proper run off the lead?', facts: ['paddock'], escalate: false },
  { question: 'can the dog come down on the beach with us in july?', facts: ['30 September'], escalate: false },
  { question: 'What amp is the electric on the pitches? Trying to work out if I can run the kettle and heater together', facts: ['10 amp'], escalate: false },
  { question: "I've left my hook up lead at home!! can I borrow one from you?", facts: ['£20'], escalate: false },
  { question: 'how much is it to use the washing machine', facts: ['£4'], escalate: false },
  { question: "We're there for a week, what would wifi cost for the whole week?", facts: ['£12'], escalate: false },
  { question: 'Can I get fresh bread or pastries for the morning?', facts: ['night before'], escalate: false },
  { question: 'How much is a seasonal pitch on hardstanding for the year?', facts: ['£2,950'], escalate: false },
  { question: 'Is the electricity included in the seasonal fee or is it extra?', facts: ['32p'], escalate: false },
  { question: "Our caravan is a 2009 model. Would it be too old for a seasonal pitch with you?", facts: ['12 years'], escalate: false },
  { question: 'Can we have a barbecue on our pitch?', facts: ['raised'], escalate: false },
  { question: 'What time does it have to go quiet at night?', facts: ['10:30pm'], escalate: false },
  {
    question: 'My son is 19 and him and 4 mates want to camp with you for a weekend. Is that alright?',
    facts: ['21'],
    escalate: false,
  },
  { question: 'If we had to cancel about 5 weeks before we come, do we get our money back?', facts: ['£15'], escalate: false },
  { question: "We're coming by train - which station is closest to you?", facts: ['North Walsham'], escalate: false },

  // Not answerable from the articles or context.
  { question: "Do you have any static caravans or glamping pods to rent? We don't own a tent or a van", unknown: true, escalate: false },
  { question: 'Is there a swimming pool on the park?', unknown: true, escalate: false },
  { question: 'Do you give a discount to Caravan and Motorhome Club members?', unknown: true, escalate: false },
  { question: 'Can I charge my electric car anywhere on site?', unknown: true, escalate: false },
  { question: 'Does the shop sell 13kg Calor propane bottles?', unknown: true, escalate: false },
  { question: "Is there a maximum length for motorhomes? Ours is 8.5m plus a small trailer", unknown: true, escalate: false },
  { question: 'Can we bring our cat with us?', unknown: true, escalate: false },
  { question: 'Do you do a cheaper rate if we stay for two weeks?', unknown: true, escalate: false },
  { question: 'Are we allowed to bring our own inflatable hot tub?', unknown: true, escalate: false },
  { question: 'How much would a taxi from Norwich airport to you cost roughly?', unknown: true, escalate: false },

  // Hand-over according to the park's rules.
  {
    question: 'My little boy has just cut his foot quite badly on a broken bottle in the play area. Who do I tell?',
    escalate: true,
  },
  {
    question: "Hi, we're organising a family reunion in June and need 5 pitches next to each other for a week. What sort of deal can you do us?",
    escalate: true,
  },
  {
    question: "The people two pitches down from us have been playing loud music and shouting past midnight two nights running. We can't sleep.",
    escalate: true,
  },
  {
    question: "We had to cancel 4 days before arriving because my husband was taken into hospital. I know it's late but I'd really like a refund.",
    escalate: true,
  },
];
