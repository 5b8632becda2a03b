/**
 * Held-out business written BEFORE round-7 changes and never tuned on: Spokes & Sprockets, a
 * fictional bicycle repair workshop and bike hire shop in Keswick (servicing, repairs, hybrid,
 * mountain and e-bike hire, deposits, delivery to holiday cottages, local routes). A trade unlike
 * the other eval businesses. Articles are written like a small business's help pages (headings,
 * lists, a price table, an FAQ, some plain paragraphs); the questions are paraphrased the way
 * customers ask, a few with typos. Ten of the 45 are plausible questions the pages do NOT answer,
 * sharing generic words with them ("discount", "pay", "hire", "rack", "drop off"), so that
 * the "don't know" figure means something. Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const SPOKES_CONTEXT =
  'Spokes & Sprockets is a small independent bicycle repair workshop and bike hire shop at 12 Lake Road, Keswick, Cumbria, servicing and repairing customers\' bikes (including e-bikes) and hiring out hybrid bikes, mountain bikes, e-bikes and kids\' bikes for exploring the northern Lake District. Phone 017687 555 319, email workshop@spokesandsprockets.co.uk.';

export const SPOKES_RULES = [
  'anyone hurt or injured while out on one of our hire bikes',
  'always escalate if a hire bike has been stolen or gone missing',
  'refund requests over £100',
  'customer says we damaged their bike or lost something of theirs while it was in the workshop - pass to a person',
];

export const SPOKES_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Workshop prices',
    category: 'Workshop',
    content: `# Workshop prices

These are our standard labour prices. Parts are charged on top at the price on the shelf, and we'll always tell you what a part costs before we fit it.

| Job | Price |
|---|---|
| Safety check | £25 |
| Standard service | £65 |
| Full service | £120 |
| E-bike service (includes motor diagnostic) | £95 |
| Puncture repair (inner tube fitted) | £15 |
| Hydraulic brake bleed, per brake | £30 |
| Wheel truing | £20 |
| Gear cable replacement | £18 |
| Build a new bike from the box | £45 |

Any job not listed above is charged at £48 an hour, in 15-minute blocks.

## What's in a standard service?

A standard service is the right choice for most bikes that are ridden regularly and just need a once-a-year check-over. We will:

- adjust the gears and brakes
- check the chain for wear and lube it
- true the wheels lightly (while they're in the bike)
- check every bolt is tightened to the right torque
- check tyres and pump them to the correct pressure

## What's in a full service?

A full service is a strip-down. We take the drivetrain off the bike and degrease it in the parts washer, regrease the bearings in the hubs, headset and bottom bracket, and fit new gear and brake cables. New cables and outers are included in the £120 price; any other parts are extra.

## Extra work

If we find something else that needs doing while your bike is with us, we'll never just go ahead. We'll always phone you before doing any extra work costing more than £20. Anything under that (a new brake pad, a chain link) we'll fit so your bike leaves safe, and it will be on your bill.

## E-bikes

We service most mid-drive and hub-motor e-bikes. The E-bike service includes everything in a standard service plus a motor diagnostic with the manufacturer's software and a firmware update where one is available.`,
  },
  {
    title: 'Booking your bike in and turnaround times',
    category: 'Workshop',
    content: `# Booking your bike in and turnaround times

You can book a workshop slot online through our website or by calling the shop. In the summer holidays the workshop is busy, so please book a week or so ahead if you can.

## Dropping off

Please drop your bike off between 8:30am and 10am on the day of your booking. We'll give you a job number on a paper ticket - keep it safe, as you'll need your job number when you collect. Please take off any bags, lights and computers you don't want us to look after.

## How long will it take?

- Most services are ready within 2 working days.
- A full service can take up to 5 working days, because of the strip-down.
- Puncture repairs are done while you wait, usually within 30 minutes, on weekdays.
- If a part needs ordering we'll give you an estimated date. Most parts arrive within 3 working days.

We'll text you as soon as your bike is ready.

## Collecting

The workshop counter is open until 5pm on weekdays and Saturdays. Bikes not collected within 14 days of us telling you they are ready are charged storage at £3 a day, because we simply don't have the room.

## Our guarantee

All our workshop labour is guaranteed for 30 days. If something we adjusted slips or comes loose in that time, bring the bike back and we'll put it right free of charge. The guarantee doesn't cover crash damage or parts you supplied yourself.`,
  },
  {
    title: 'Bike hire: our bikes and prices',
    category: 'Hire',
    content: `# Bike hire: our bikes and prices

All our hire bikes are serviced after every single hire, so you'll get a bike that's clean, safe and ready to ride.

## What we hire

- **Hybrid bikes** - comfortable upright bikes for the railway path and quiet lanes. £25 for a half day, £35 for a full day.
- **Hardtail mountain bikes** - front suspension and chunky tyres for forest tracks and bridleways. £30 for a half day, £45 for a full day.
- **E-bikes** - electric-assist hybrids that make the hills a lot easier. £45 for a half day, £65 for a full day.
- **Kids' bikes** - 20 inch and 24 inch wheels, roughly for ages 5 to 12. £15 a day.
- **Tagalongs, child seats and trailers** - £10 a day each.

A half day is 9am to 1pm or 1:30pm to 5:30pm. A full day is 9am to 5:30pm.

## Longer hires

Hire any adult bike for a week (7 days) and you'll pay the price of 4 full days. For hires between 2 and 6 days, it's the day rate for each day.

## What's included

Every hire includes a helmet, a lock, a puncture repair kit and a pump. We'll also give you a free route card (see Routes and family rides).

## Sizes

We have frames to fit riders from about 4ft 10in up to 6ft 5in. When you book, please tell us the height of each rider and we'll have the right size waiting. E-bike riders must be 14 or older - this is the law in the UK, not just our rule.

## Booking

Book online or by phone. We keep a few bikes back for walk-ins each morning, but in July and August they go quickly, so booking ahead is strongly recommended.`,
  },
  {
    title: 'Hire terms: deposits, damage and cancellations',
    category: 'Hire',
    content: `# Hire terms: deposits, damage and cancellations

We try to keep our hire terms short and fair. Please read them before you book.

## ID and deposit

The lead hirer needs to show photo ID (a driving licence or passport) when collecting the bikes. We take a card deposit of £100 per bike, or £250 per e-bike. This is a pre-authorisation on your card, not a payment, and we release it as soon as the bikes come back in good order. Your bank may take a few days to show the money as available again.

## Breakdowns and punctures

If something goes wrong with the bike while you're out, ring the shop. For mechanical faults, we'll come out to you within 10 miles of the shop at no charge, and either fix the bike at the roadside or swap it. Punctures are your responsibility - that's why there's a repair kit in the bag - but if you get stuck, call us anyway.

## Damage

Normal wear and tear is fine and expected. If a bike comes back damaged beyond normal wear, we charge the cost of the parts plus labour, and this is never more than the deposit for that bike. A lost lock key is £15.

## Late returns

Please bring the bikes back on time, as they are often booked out again. Late returns are charged at £10 for every hour late, per bike.

## Cancellations

- Cancel more than 48 hours before your hire starts and we refund you in full.
- Cancel within 48 hours and we keep 50% of the hire price.
- If there's a Met Office yellow weather warning for wind or rain in our area on your hire day, you can move your booking to another date free of charge.`,
  },
  {
    title: 'Riding an e-bike: what you need to know',
    category: 'Hire',
    content: `# Riding an e-bike: what you need to know

Our hire e-bikes have mid-drive motors and a 500Wh battery. If you've never ridden one before, don't worry - we'll give you a five-minute run-through in the yard before you set off.

## Assist modes

There are three assist modes, chosen with the + and - buttons on the left handlebar:

1. **Eco** - a gentle boost. Use this on the flat to save battery.
2. **Tour** - the everyday setting for rolling country.
3. **Turbo** - full power, for the steep climbs like the road up to Castlerigg.

The motor cuts out at 15.5 mph, as UK law requires. You can go faster by pedalling, but you're on your own.

## How far will it go?

Expect between 40 and 70 miles on a full charge, depending on the hills, the rider's weight and how much you use Turbo. The display shows the remaining battery as five bars. When you're down to one bar, switch to Eco and head for home.

## Charging

A full charge takes about 4.5 hours from empty. On day hires you won't need to charge. For multi-day hires we lend you a charger - it plugs into a normal household socket. If you're planning a really long day, you can hire a spare battery for £15 a day; it fits in a padded bag on the rack.

## Weight limit

The maximum rider weight on our e-bikes is 120 kg. On our other adult bikes it is 110 kg.

## Looking after the battery

Please don't leave the bike in full sun for hours with the battery in, and never try to open the battery case. If the display shows an error code, turn the bike off and on again; if that doesn't clear it, ring the shop.`,
  },
  {
    title: 'Opening hours, finding us and delivery',
    category: 'Visiting',
    content: `# Opening hours, finding us and delivery

## Where we are

Spokes & Sprockets is at 12 Lake Road, Keswick, CA12 5BX - on the way down to the lake from the Market Square, opposite the bakery.

## Opening hours

- Monday to Saturday: 8:30am to 5:30pm
- Sunday: 9am to 4pm (hire only - the workshop is closed on Sundays)

We close on 25 and 26 December and on 1 January.

## Parking

We don't have any parking at the shop itself, and Lake Road is permit-only. The nearest car park is the Lakeside pay-and-display car park, a 3-minute walk away. If you're collecting several bikes, one person can pop in first and we'll have them ready at the door.

## Delivery to where you're staying

We can deliver hire bikes to holiday cottages, hotels and campsites within 8 miles of Keswick for £20 each way per booking (not per bike). We deliver between 8am and 9am and collect between 5:30pm and 6:30pm. Please book delivery at least 2 days in advance, and tell us exactly where to leave the bikes if you won't be in.

## Coming by bus

The X4 and X5 buses stop at the Keswick bus station, a 5-minute walk from the shop.`,
  },
  {
    title: 'Routes and family rides',
    category: 'Hire',
    content: `# Routes and family rides

Every hire comes with free laminated route cards, which you can pick up at the counter. Here are our favourite rides.

## Keswick Railway Path

Flat, traffic-free and perfect for families. The path follows the old railway line along the River Greta for about 3 miles each way to Threlkeld, where there's a café. It's suitable for children on their own bikes, tagalongs and trailers.

## Derwentwater loop

A 15-mile loop around the lake with some quiet road sections and a couple of short hills. It takes most people 2 to 3 hours with stops. Good on a hybrid or an e-bike.

## Whinlatter forest trails

Proper mountain bike trails in England's only mountain forest. Take a hardtail, not a hybrid. The blue trail is about 4.5 miles, and the climb up from Braithwaite is steep - an e-bike is a good idea if you're not a regular rider.

## GPS files

If you use a phone app or GPS unit, ask at the counter and we can send the GPX files for all our routes by email.

## Staying safe

Ride on the left, give way to walkers on shared paths, and slow right down near horses. Phone signal is patchy in the valleys, so tell someone where you're going.

## Family hire: kids, tagalongs and trailers

Family days out are what we love most. Here's how to choose the right set-up for your children.

### Which option is right?

- **Child seat** - for babies and toddlers who can sit up unaided, from about 9 months to around 3 years. The seat fits on the back of an adult hybrid.
- **Trailer** - a two-seater covered trailer that clips to the back of an adult bike. Good for one or two small children, a bag of snacks and a nap on the way home.
- **Tagalong** - a half-bike with its own pedals that attaches to the seat post of an adult bike. Great for children of about 4 to 7 who can't yet ride far on their own.
- **Kids' bike** - once your child can ride confidently on their own and stop safely, usually from around age 5.

Child seats, trailers and tagalongs only fit our hybrids, not the mountain bikes. They can be fitted to some of our e-bikes, so please ask when you book.

### Helmets for children

We have children's helmets in every size, from toddler upwards, and they're included with every hire, including child seats and trailers. Children must wear a helmet on all our hires.

### Stabilisers

We don't fit stabilisers. If your child still needs them, a tagalong or a trailer is the better choice for the railway path.

### Tips for a good day

Start shorter than you think. The railway path to Threlkeld and back is 6 miles in total, which is plenty for most children under 8. Bring water, snacks and a waterproof for everyone - the weather in the Lakes changes very quickly, even in summer.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### Can I bring my own helmet?

Of course. Every hire comes with a helmet, but you're very welcome to wear your own.

### Do you sell bikes?

We don't sell new bikes. We do sell our ex-hire bikes at the end of each season in October. They've all had a full service, and we put the list in the shop window and on our website.

### Will you fit parts I've bought online?

Yes. We charge labour only for fitting parts you bring in, but we can't guarantee parts we didn't supply.

### Do you repair electric scooters?

No, sorry. We only work on bicycles, including e-bikes.

### How can I pay?

We accept cash, all major debit and credit cards, Apple Pay and Google Pay.

### Do you do gift vouchers?

Yes. Gift vouchers are available from £20 and can be used for hire or in the workshop. They're valid for 12 months.

### Can I leave my bike with you overnight while I'm walking?

Yes, if there's room. Secure overnight bike storage is £5 a night per bike, in our locked back room.

### Do you have a waiting list in the summer?

For the workshop, in July and August we're often booked up about a week ahead. Hire bikes for weekends in the school holidays can be fully booked a month ahead, so book as early as you can.

### Can you check over a bike I'm thinking of buying second-hand?

Yes - book it in for a Safety check. We'll tell you what needs doing and roughly what it would cost, so you can decide before you buy.

### Do you fix wheelchairs or mobility scooters?

No. We're a bicycle workshop and don't have the parts or training for mobility equipment.

### Can my dog come in the trailer?

No. Our trailers are for children only, up to a combined weight of 40 kg.`,
  },
];

export const SPOKES_HELD_OUT: EvalCase[] = [
  // --- answerable ---
  {
    question: 'how much is a basic service for my hybrid, nothing fancy just a once a year check over',
    facts: ['£65'],
    escalate: false,
  },
  {
    question: "My road bike's been sitting in the shed since lockdown and I think it needs everything doing - stripped down, new cables, the works. What would that set me back?",
    facts: ['£120'],
    escalate: false,
  },
  {
    question: 'What do you charge to bleed the brakes? its the hydraulic ones and both levers feel spongy',
    facts: ['£30'],
    escalate: false,
  },
  {
    question: "I've got a job that isn't on your price list (fitting a dropper post). How do you charge for odd jobs like that?",
    facts: ['£48'],
    escalate: false,
  },
  {
    question: "If you find other stuff wrong with the bike when it's in, will you just fix it and bill me? Slightly worried about a surprise bill tbh",
    facts: ['£20'],
    escalate: false,
  },
  {
    question: 'Hi, what time can I bring my bike in on the morning of my booking?',
    facts: ['8:30am', '10am'],
    escalate: false,
  },
  {
    question: 'how long will you need my bike for a normal service? i need it back for commuting',
    facts: ['2 working days'],
    escalate: false,
  },
  {
    question: "Got a flat on my way through Keswick - can you sort it today while I wait or do I have to leave the bike?",
    facts: ['30 minutes'],
    escalate: false,
  },
  {
    question: "I went away and totally forgot to pick my bike up, you texted me it was ready about three weeks ago. Is there a charge for that?",
    facts: ['£3'],
    escalate: false,
  },
  {
    question: 'You serviced my gears last week and they are already jumping again. Do I have to pay to get that looked at?',
    facts: ['30 days'],
    escalate: false,
  },
  {
    question: 'how much to rent a mountain bike for the whole day',
    facts: ['£45'],
    escalate: false,
  },
  {
    question: "We're thinking of getting electric bikes for the afternoon so my mum can keep up with us. How much is that for a half day?",
    facts: ['£45'],
    escalate: false,
  },
  {
    question: "We're here for the whole week in August, is there any deal if we keep bikes for 7 days rather than paying day by day?",
    facts: ['4 full days'],
    escalate: false,
  },
  {
    question: "Do we have to bring our own locks and helmets or do they come with the bikes?",
    facts: ['helmet', 'lock'],
    escalate: false,
  },
  {
    question: "My son is 13 and really keen to try one of the ebikes with us, is he allowed?",
    facts: ['14 or older'],
    escalate: false,
  },
  {
    question: "Im 6ft 4 - will you have a bike big enough for me??",
    facts: ['6ft 5in'],
    escalate: false,
  },
  {
    question: 'How much of a deposit do you hold on my card for an e-bike?',
    facts: ['£250'],
    escalate: false,
  },
  {
    question: "What ID do I need to bring to pick up the hire bikes? I don't drive",
    facts: ['passport'],
    escalate: false,
  },
  {
    question: "if the chain snaps or something when were miles out, what happens? do we have to push it back",
    facts: ['10 miles'],
    escalate: false,
  },
  {
    question: 'what happens if we bring them back a bit late, like 7pm instead of half 5',
    facts: ['£10'],
    escalate: false,
  },
  {
    question: "The forecast for Thursday looks awful and there's a yellow warning out for wind. Can we change our hire day without losing money?",
    facts: ['free of charge'],
    escalate: false,
  },
  {
    question: "roughly how many miles can I do on one of your e-bikes before the battery dies? planning a big day out",
    facts: ['40', '70 miles'],
    escalate: false,
  },
  {
    question: "Is it possible to get an extra battery for the e-bike so I don't run out?",
    facts: ['£15'],
    escalate: false,
  },
  {
    question: "I'm quite a big lad, about 115 kilos. Is there a max weight for the electric bikes?",
    facts: ['120 kg'],
    escalate: false,
  },
  {
    question: "We're in a cottage out at Braithwaite with no car. Could you bring the bikes to us, and what does it cost?",
    facts: ['£20'],
    escalate: false,
  },
  {
    question: "where do I park when I come to pick up the bikes? there's four of us with a car full of kit",
    facts: ['Lakeside'],
    escalate: false,
  },
  {
    question: "We've got two little ones (6 and 8) - what's a good flat ride away from cars?",
    facts: ['Keswick Railway Path'],
    escalate: false,
  },
  {
    question: "Do you ever sell off your old rental bikes? Looking for a cheap second-hand hybrid for my daughter",
    facts: ['October'],
    escalate: false,
  },
  // --- unknown: the pages do not answer ---
  { question: 'Do you do a discount for NHS staff on hire?', unknown: true, escalate: false },
  { question: 'Can I pay for a service with my cycle to work scheme voucher?', unknown: true, escalate: false },
  { question: 'Do you have any tandems to hire? My wife and I fancy trying one', unknown: true, escalate: false },
  { question: 'do you do proper bike fits? my knees hurt after long rides and I think my saddle height is wrong', unknown: true, escalate: false },
  { question: 'Have you got showers or somewhere to get changed at the shop after a muddy ride?', unknown: true, escalate: false },
  { question: 'Can we hire a rack to carry the bikes on the back of our car?', unknown: true, escalate: false },
  { question: 'Is it possible to hire bikes from you and drop them off in Ambleside at the end so we can ride one way?', unknown: true, escalate: false },
  { question: "Would you buy my old mountain bike off me or take it in part exchange?", unknown: true, escalate: false },
  { question: 'Do you run any guided rides where someone from the shop takes a group out?', unknown: true, escalate: false },
  { question: 'Can I pay a bit extra for damage cover so I am not liable if I scratch the bike?', unknown: true, escalate: false },
  // --- escalate: matches a rule ---
  {
    question: "My son came off his hire bike on the railway path this morning. His wrist is really swollen and we're sat in minor injuries now. What do we do about the bike?",
    escalate: true,
  },
  {
    question: "We locked both e-bikes up outside the pub in Grasmere and when we came out one had gone, the lock was cut clean through. What happens now??",
    escalate: true,
  },
  {
    question: "We had to cancel our week of e-bike hire for four people because my husband has broken his leg at home. It was nearly £600 all in and I'd like all of it back please.",
    escalate: true,
  },
  {
    question: "Picked my bike up from your workshop yesterday and there's a deep gouge down the top tube that definitely wasn't there when I dropped it off. My Garmin mount is missing too.",
    escalate: true,
  },
  // --- escalate: explicit request for a person ---
  { question: 'can i talk to an actual human please', escalate: true },
  { question: "Is there a manager or the owner I could have a word with?", escalate: true },
  { question: 'Please get someone from the shop to ring me back on 07700 900123, thanks', escalate: true },
];
