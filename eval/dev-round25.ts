/**
 * DEV set written blind in round 25 (no look at the agent's source, tests, docs or other eval files).
 * Framed & Found: an independent picture-framing shop and small gallery in Frome, Somerset.
 * Splitting Hairs Axe Throwing: an axe-throwing and darts venue with a bar and kitchen in Leeds.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// 1. Framed & Found
// ---------------------------------------------------------------------------

export const FRAMED_CONTEXT = `Framed & Found is an independent picture framer and small gallery, run by Claire Whitmore since 2009. We're at 22 Cheap Street, Frome, Somerset BA11 1BN (the blue shopfront halfway up the cobbles).
Opening hours: Tuesday to Friday 9:30am-5:30pm, Saturday 10am-4pm. Closed Sunday and Monday.
Phone 01373 462118 or email hello@framedandfound.co.uk - we reply within one working day.
Parking: the nearest car park is Market Yard, about 2 minutes' walk. There's a loading bay right outside the shop if you're dropping off something big (20 minutes max).
Access: there is one step at the front door. Ring the bell and we'll bring the ramp out.
All framing is done by hand in our workshop at the back of the shop.`;

export const FRAMED_RULES: string[] = [
  "Anything that's going to come to more than £300 - don't quote it, pass to Claire.",
  'If a customer says WE damaged their artwork -> hand to a human straight away. Never admit fault in writing.',
  "valuations / insurance / 'what's my painting worth' - we don't do these, send to me",
  'Trade, bulk (10+ frames) or business accounts e.g. hotels, offices, interior designers: Claire deals with these personally.',
  'Unhappy with a finished frame (wrong colour, mount off centre, marks etc)? Say sorry & get a human. Do NOT offer refunds or remakes.',
];

export const FRAMED_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Bespoke framing price guide',
    category: 'Framing',
    content: `# Bespoke framing price guide

Every frame is made to measure in our workshop. The prices below are a starting guide for a standard ash or oak-veneer moulding with a single mount, 2mm clear glass, backing board and hanging fixings. Fancier mouldings, gilded finishes and wide profiles cost more, and we'll always give you a written quote before we start.

| Finished size (up to) | From |
|---|---|
| A5 / 6 x 8 in | £38 |
| A4 / 10 x 12 in | £52 |
| A3 / 12 x 16 in | £68 |
| A2 / 16 x 20 in | £95 |
| A1 / 24 x 32 in | £145 |
| Larger than A1 | Quoted in shop |

**Box frames** for 3D pieces (medals, baby shoes, shells, dried wedding bouquets) start at £85 for A4 size with up to 50mm depth.

**Sports shirts:** framing a football or rugby shirt costs £165, including the box frame, backing mount and pinning.

Consultations are free. Just pop in with your piece - no appointment needed during the week, but on Saturdays we recommend booking a 20-minute slot as it gets busy.`,
  },
  {
    title: 'Glass and glazing options',
    category: 'Framing',
    content: `Choosing your glazing

| Glazing | Best for | Extra cost |
|---|---|---|
| 2mm clear float glass | Most prints, photos and posters | Included as standard |
| Acrylic (perspex) | Children's rooms, large pieces, anything being posted | +£10 up to A3, +£20 above A3 |
| UV-filtering glass (70% UV protection) | Photos and prints in bright rooms | +25% on the frame price |
| Museum glass (99% UV protection, almost invisible reflections) | Valuable originals, watercolours, signed pieces | +60% on the frame price |

Not sure which to go for? Bring the piece in and we'll hold the samples up against it so you can see the difference for yourself. We stopped offering old-style "non-reflective" diffused glass years ago because it makes artwork look blurry.`,
  },
  {
    title: 'Mount cutting',
    category: 'Mounts',
    content: `Need just a mount? We cut mounts while you wait - most take under 15 minutes if the workshop isn't flat out. Prices:

- Single mount, up to A4: £9
- Single mount, up to A3: £14
- Single mount, up to A1: £22
- Double mount (two colours layered): add £6
- Multi-aperture mount, up to 6 openings: £28
- Conservation (acid-free) board: add £4 to any mount
- V-groove or decorative line: £5
- Over 40 colours of mount board in stock, from bright white to charcoal
- Largest board we can cut: 1120 x 815mm`,
  },
  {
    title: 'Canvas stretching',
    category: 'Canvas',
    content: `## What we stretch
Oil and acrylic paintings on loose canvas, printed canvases from photo labs, and needlework such as cross-stitch and tapestry. Needlework is laced onto board by hand rather than stapled, so nothing gets pierced or stained.

## Prices
- Up to 40 x 50cm: £30
- Up to 60 x 80cm: £45
- Up to 100 x 120cm: £70
- Needlework lacing up to A3: £55

All prices include new kiln-dried stretcher bars and wedges.

## Before you bring it in
Please leave at least 5cm of bare canvas on every side, as we need it to wrap round the bars. If your painting goes right to the edge, talk to us first; we can sometimes add a strip of extra canvas.

## How long it takes
Canvas stretching takes 5 working days. Want it framed too? Our floating tray frames for canvases start at £60.`,
  },
  {
    title: 'Frame repairs',
    category: 'Repairs',
    content: `Broken frame? Don't bin it! A surprising amount can be saved. We regularly fix wobbly or split corners (from £20 a corner), fill chips and touch in the finish, and replace broken glass. If you bring a broken pane in before 12 noon, we can usually have new glass in by closing time the same day - that's £15 for anything up to A3, larger sizes quoted.

Old frames with gilding or gesso damage need a bit more love, and we'll give you a quote once we've had a proper look. Snapped hanging wire or loose D-rings? We'll re-string any picture for £6 while you wait.

One honest note: we don't repair mass-produced ready-made frames (the sort you'd buy flat-packed on the high street). It nearly always costs more than a new one, so we'll tell you that up front.`,
  },
  {
    title: 'Collection, delivery and hanging FAQ',
    category: 'Delivery',
    content: `**Do you deliver finished work?**
Yes. We deliver within 10 miles of the shop for £12, and it's free on orders over £250. Our van goes out on Tuesdays and Thursdays.

**Can you pick up a big piece from my house?**
We can collect from homes within the same 10-mile area for £15. Handy for large mirrors, heavy canvases or anything that won't fit in your car.

**Will you hang it for me?**
Yes - our hanging service is £35 for the first hour and £20 for each extra half hour, fixings included. We bring a laser level, so no wonky pictures.

**Do you post?**
We send frames up to A2 by courier to UK mainland addresses for £18. We only post acrylic-glazed frames, never glass.

**How long will you keep my frame if I can't collect it straight away?**
We hold finished work free for 3 months after we tell you it's ready. After that there's a storage charge of £5 a week.`,
  },
  {
    title: 'How ordering works',
    category: 'Orders & payment',
    content: `A few practical bits worth knowing before you order:

- Standard turnaround is 10 to 14 days from when you approve the quote.
- In a hurry? Our express service gets your frame done within 3 working days for an extra £25 (as long as the moulding is in stock).
- We take a 50% deposit when you order, and the rest when you collect.
- We accept cards, contactless, cash and bank transfer. Sorry, we no longer take cheques.
- Written quotes are held for 30 days.
- Students get 10% off framing with a valid student card.
- Gift vouchers are available for any amount from £20 and are valid for 12 months.`,
  },
  {
    title: 'The gallery',
    category: 'Gallery',
    content: `The front room of the shop doubles as a small gallery, and honestly it's our favourite bit. We show work by artists from Somerset and Wiltshire, with a new exhibition every month. Originals usually range from around £120 to £900, and we keep a browser of limited-edition prints from £25.

We hold a private view for each new show on the first Friday of the month, 6pm to 8pm. Everyone's welcome, there's wine, and you don't need a ticket.

Artists: we're always happy to see new work! Email a few images and a short bio to hello@framedandfound.co.uk. If we exhibit you, we take 35% commission on sales, and exhibiting artists get 15% off their framing with us.`,
  },
];

export const FRAMED_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'roughly how much would it be to frame an A3 print? nothing fancy', facts: ['£68'], escalate: false },
  {
    question:
      "My nan's 80th is coming up and I want to get grandad's old football shirt framed for her as a surprise. What would that cost?",
    facts: ['£165'],
    escalate: false,
  },
  { question: 'do i need an appointment for framing advice or can i just walk in?', facts: ['Saturday'], escalate: false },
  {
    question: "i want perspex not glass on an A4 poster for my sons bedroom, does that cost more?",
    facts: ['£10'],
    escalate: false,
  },
  {
    question:
      "I've bought an original watercolour and I'm worried it'll fade in our sunny lounge. Which glass gives it the best protection?",
    facts: ['museum glass'],
    escalate: false,
  },
  { question: 'How much is it just to have a mount cut for an A4 photo? I already have a frame.', facts: ['£9'], escalate: false },
  {
    question: 'If I come in for a mount can I wait for it, or is it a come-back-later job?',
    facts: ['15 minutes'],
    escalate: false,
  },
  {
    question:
      'My mum spent two years on a cross stitch and I want it put on a board for her wall. Will you be stapling through it?',
    facts: ['lace'],
    escalate: false,
  },
  {
    question:
      "I've painted on loose canvas, about 50 x 70cm. What would it cost to get it stretched on bars so it's ready to hang?",
    facts: ['£45'],
    escalate: false,
  },
  {
    question: 'how much unpainted edge do i need round my painting for you to stretch it',
    facts: ['5cm'],
    escalate: false,
  },
  { question: "Corner of my grandad's old frame has split open. Ballpark for fixing it?", facts: ['£20'], escalate: false },
  {
    question: 'Dropped a picture this morning and the glass cracked 😩 any chance of getting it replaced today?',
    facts: ['12 noon'],
    escalate: false,
  },
  { question: "Do you deliver? I'm about 6 miles out of town.", facts: ['£12'], escalate: false },
  { question: 'can you send a framed print to my sister in Leeds? how much', facts: ['£18'], escalate: false },
  {
    question:
      'Bit embarrassing but I never picked up my frame - you told me it was ready back in the spring. Are you going to charge me for keeping it?',
    facts: ['£5 a week'],
    escalate: false,
  },
  { question: 'How long does framing normally take once I order?', facts: ['14 days'], escalate: false },
  {
    question: 'Need a frame done for a wedding present by next week. Is there a quicker option and what does it cost?',
    facts: ['3 working days', '£25'],
    escalate: false,
  },
  { question: 'do I pay the whole lot when I order or when I pick it up?', facts: ['50%'], escalate: false },
  {
    question: "My friend is really into art - do you do vouchers? What's the smallest amount?",
    facts: ['£20'],
    escalate: false,
  },
  { question: "Is there any discount for students? I'm at the college.", facts: ['10%'], escalate: false },
  { question: 'what time do u shut on saturdays', facts: ['4pm'], escalate: false },
  { question: "Where's best to park when I come to drop a painting off?", facts: ['Market Yard'], escalate: false },
  {
    question: 'When do you have the opening night for a new exhibition? Do I need a ticket?',
    facts: ['first Friday'],
    escalate: false,
  },
  {
    question: "I'm a local painter. If you hang my stuff and it sells, what cut do you take?",
    facts: ['35%'],
    escalate: false,
  },
  {
    question: "How much would a deep frame for my late dad's war medals start from?",
    facts: ['£85'],
    escalate: false,
  },
  {
    question: 'Can someone come round and put up 3 pictures in my hallway? What does that cost?',
    facts: ['£35'],
    escalate: false,
  },
  // Not covered by any article or the context.
  { question: 'Do you sell ready-made frames I can just take away today?', unknown: true, escalate: false },
  { question: 'Can you frame a 1000 piece jigsaw? Do I need to glue it first?', unknown: true, escalate: false },
  { question: 'do you do aluminium or metal frames or just wood?', unknown: true, escalate: false },
  { question: "How much would delivery be to Bristol? It's about 25 miles away.", unknown: true, escalate: false },
  { question: 'Can you print my photos for me as well as framing them?', unknown: true, escalate: false },
  { question: 'Are you open between Christmas and New Year?', unknown: true, escalate: false },
  { question: 'Can you cut an oval mount for an old Victorian portrait photo?', unknown: true, escalate: false },
  { question: "Could I hire the gallery room for my daughter's engagement drinks?", unknown: true, escalate: false },
  { question: 'Do you have a loyalty card for regulars?', unknown: true, escalate: false },
  {
    question: 'How much to frame a mirror? Do you supply the mirror glass or do I bring my own?',
    unknown: true,
    escalate: false,
  },
  // Hand-over expected.
  {
    question:
      "Got my late dad's painting back from you last week and there's a scratch right across the sky that definitely wasn't there when I dropped it off. What are you going to do about it?",
    escalate: true,
  },
  {
    question:
      "Hi, we're fitting out a 40-room boutique hotel and need around 80 prints framed in matching oak. Can we set up an account and get trade pricing?",
    escalate: true,
  },
  {
    question:
      "Found an old oil painting in my late aunt's loft, signed and everything. Could you tell me roughly what it's worth? My home insurance wants a figure.",
    escalate: true,
  },
  {
    question:
      "Collected my frame yesterday and the mount is clearly not centred and the colour isn't the sage green I picked. Really disappointed for the price.",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// 2. Splitting Hairs Axe Throwing
// ---------------------------------------------------------------------------

export const AXE_CONTEXT = `Splitting Hairs Axe Throwing is an axe-throwing and darts venue with a full bar and kitchen, at Unit 3, Viaduct Works, Kirkstall Road, Leeds LS4 2BT. We have 8 axe lanes and 4 interactive darts oches.
Opening hours: Wednesday & Thursday 4pm-11pm, Friday 2pm-midnight, Saturday 11am-midnight, Sunday 12pm-8pm. Monday and Tuesday we're closed to the public (private hire and league nights only).
Book online at splittinghairsaxe.co.uk, call 0113 496 0731 or email bookings@splittinghairsaxe.co.uk.
Getting here: Burley Park station is a 10-minute walk, and there's free on-site parking for 30 cars.
The venue is step-free throughout and has an accessible toilet.`;

export const AXE_RULES: string[] = [
  'Groups of 20 or more, or anyone wanting to hire the whole venue -> pass to a human',
  'ANY injury or accident at the venue - escalate immediately, no exceptions!!',
  "refunds when they've cancelled with less than 48hrs notice: Dan decides, not the bot",
  'Corporate bookings that want an invoice or to pay on account, forward to Dan.',
  "Complaints about our staff or about other guests' behaviour - get a manager involved.",
];

export const AXE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Sessions & prices',
    category: 'Prices',
    content: `# Sessions & prices

Every axe session starts with a 10 minute safety briefing and coaching from one of our axe coaches. It's part of your booked time, not an extra.

| Session | Duration | Price per person |
|---|---|---|
| Taster Throw | 45 minutes | £18 |
| Classic Axe | 1 hour | £22 |
| Big Throw | 90 minutes | £30 |
| Axe & Darts Combo | 2 hours (1 hr axes, 1 hr darts) | £36 |
| Darts only | per oche, per hour (up to 6 players) | £15 |

- Lanes are booked for a minimum of 2 people and take up to 8 throwers.
- Off-peak: 20% off all axe sessions on Wednesdays and Thursdays before 6pm.
- Prices are the same for adults and under-18s.`,
  },
  {
    title: 'Age limits and ID',
    category: 'Policies',
    content: `We love families throwing together, but axes are axes, so there are a few rules:

- The minimum age for axe throwing is 12.
- 12 to 15 year olds must be with an adult who is also throwing - one adult for every 2 children.
- 16 and 17 year olds can throw without an adult on the lane, but an adult must be somewhere in the venue.
- Interactive darts is open to children aged 8 and over.
- From 7pm every day the venue is strictly over-18s only.
- We operate Challenge 25 at the bar and on the lanes. We accept a passport, UK driving licence or PASS card - no photos of ID on phones.`,
  },
  {
    title: 'Safety and what to wear',
    category: 'Safety',
    content: `## What to wear
Closed-toe shoes are a must - no sandals, sliders, flip-flops or open-toed heels. If you turn up in them we can't let you throw. Comfy clothes you can move your arms in are best.

## Waivers
Everyone throwing needs to sign our online waiver before arriving. The link is in your booking confirmation email and it takes about 2 minutes. Under-18s need a parent or guardian to sign for them.

## Drinking and throwing
You're welcome to enjoy a drink while you play, but there's a limit of 2 drinks per person during your session, and our coaches will stop anyone throwing who they think has had too much. Sessions aren't refunded if you're refused for being drunk.

## On the lanes
Only one thrower per lane at a time, and never step past the red line until your coach gives the all-clear.`,
  },
  {
    title: 'Stag & hen dos',
    category: 'Groups',
    content: `Planning a send-off? We've thrown (sorry) a LOT of stag and hen parties, and we've got two packages that take the hassle out of it.

The Stag Splitter is £45 per person and gets you 90 minutes of axe throwing with your own coach, a stone-baked pizza each and a pint or soft drink on arrival. The Hen Hatchet is £42 per person: the same 90 minutes of throwing, plus a glass of prosecco on arrival and a pizza each. Both packages need a minimum of 8 people, and we'll finish with a mini tournament so someone goes home with bragging rights (and a photo with the golden axe trophy).

Fancy dress is very welcome - we've seen everything from full Elvis to a group of bananas. The only no-gos on the lanes are inflatable costumes and anything that covers your eyes. And yes, the bride or groom-to-be has to follow the same drinking rules as everyone else!`,
  },
  {
    title: 'Food & drink',
    category: 'Food & drink',
    content: `Our kitchen serves stone-baked pizzas and bar snacks. The kitchen closes at 9pm (7pm on Sundays).

**Pizzas (12-inch)**

| Pizza | Price |
|---|---|
| Margherita | £11 |
| Pepperoni | £12.50 |
| BBQ Pulled Jackfruit (vegan) | £12.50 |
| Nduja & Hot Honey | £13 |

**Snacks & sides**
- Loaded fries: £6
- Halloumi fries: £6.50
- Garlic bread: £4.50
- Vegan cheese on any pizza: £1.50 extra

**Drinks**
Draught lager and pale ale from £5.20 a pint, local Leeds craft cans, wine, and a full range of soft drinks. You can't bring your own food or drink, with one exception: birthday cakes are always welcome, no charge.`,
  },
  {
    title: 'Booking FAQ',
    category: 'Bookings',
    content: `**Do I need to book?**
We recommend it, especially for Friday and Saturday nights, which sell out. Walk-ins are welcome if we've got a free lane - give us a call first and we'll tell you.

**How do I pay?**
Groups of up to 7 pay in full when booking. Groups of 8 or more pay a £10 per person deposit, with the balance due 7 days before the booking.

**Can I change the number of people?**
Yes, you can change your numbers up to 24 hours before your session through the link in your confirmation email.

**What if I need to cancel?**
Cancel with at least 48 hours' notice and you'll get a full refund.

**What if we're running late?**
Your session finishes at the booked time, so arriving late means less throwing. If you're more than 15 minutes late we may have to give your lane away.

**Do you sell gift vouchers?**
Yes - gift vouchers are available online for any amount and are valid for 12 months.`,
  },
  {
    title: 'League nights',
    category: 'Leagues',
    content: `Caught the bug? Our league runs on Tuesday nights from 7pm. Seasons last 8 weeks and it costs £12 per week, which covers your lane time and scoring. We play to standard World Axe Throwing League rules, so the points you rack up count towards the national rankings. New throwers are welcome, but we ask that you've done at least one session with us first so you know the basics. Sign up at the bar or through the link on our website - spaces are capped at 32 throwers per season.`,
  },
];

export const AXE_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much for an hour of axe throwing each?', facts: ['£22'], escalate: false },
  {
    question: "me and 3 mates want to do axes AND darts in one go, what's that cost?",
    facts: ['£36'],
    escalate: false,
  },
  { question: 'Is it any cheaper if we come midweek in the afternoon?', facts: ['20%'], escalate: false },
  { question: 'Does the safety talk come out of our hour or is it on top?', facts: ['10 minute'], escalate: false },
  {
    question: "My son turns 11 next week and he's desperate to throw axes for his birthday. Is he old enough?",
    facts: ['12'],
    escalate: false,
  },
  { question: "we're both 17, can we come on a saturday night around 8?", facts: ['7pm'], escalate: false },
  { question: 'what ID do u accept? can i just show a pic on my phone', facts: ['passport'], escalate: false },
  { question: 'Forecast says 28 degrees on Saturday, is it ok to wear my sliders?', facts: ['closed-toe'], escalate: false },
  { question: 'Is there anything we need to sign before we turn up?', facts: ['waiver'], escalate: false },
  { question: 'can we have a few beers while we throw? is there a limit', facts: ['2 drinks'], escalate: false },
  { question: 'How much is the stag package per head?', facts: ['£45'], escalate: false },
  {
    question: "Organising my sister's hen do but there's only 6 of us. Can we still get the hen package?",
    facts: ['8'],
    escalate: false,
  },
  {
    question: 'The lads want to go as inflatable dinosaurs for the stag - is that alright on the lanes?',
    facts: ['inflatable'],
    escalate: false,
  },
  { question: "Half our group don't eat any animal products - anything on the menu for them?", facts: ['vegan'], escalate: false },
  { question: 'how much is a plain cheese and tomato pizza', facts: ['£11'], escalate: false },
  { question: 'What time do you stop doing food?', facts: ['9pm'], escalate: false },
  { question: 'whats a pint cost there', facts: ['£5.20'], escalate: false },
  {
    question: 'If something comes up and we have to cancel, how much notice do you need to give us our money back?',
    facts: ['48 hours'],
    escalate: false,
  },
  { question: "traffic's awful, we might be 20 mins late - do we lose our slot?", facts: ['15 minutes'], escalate: false },
  {
    question: "Booked for 10 people but two have dropped out. Can I change the booking, and is it too late? It's on Saturday.",
    facts: ['24 hours'],
    escalate: false,
  },
  { question: "There's 12 of us going. Do I have to pay for everyone upfront?", facts: ['£10'], escalate: false },
  { question: 'Can we just rock up on a Sunday afternoon without booking?', facts: ['walk-in'], escalate: false },
  {
    question: 'I had a go last month and loved it - is there a league I can join, and what does it cost?',
    facts: ['£12'],
    escalate: false,
  },
  { question: 'what time do you shut on saturdays', facts: ['midnight'], escalate: false },
  { question: "Coming by train from town - what's the closest station?", facts: ['Burley Park'], escalate: false },
  {
    question: 'My dad uses a wheelchair and wants to come watch us throw. Can he get around ok?',
    facts: ['step-free'],
    escalate: false,
  },
  // Not covered by any article or the context.
  { question: 'Do you do gluten free pizza bases?', unknown: true, escalate: false },
  { question: 'What cocktails do you have at the bar?', unknown: true, escalate: false },
  { question: 'Can I bring my dog along? He is very chilled', unknown: true, escalate: false },
  { question: 'Are there lockers or a cloakroom for our coats and bags?', unknown: true, escalate: false },
  { question: 'Do you have knife throwing or throwing stars as well as axes?', unknown: true, escalate: false },
  { question: "What's the prize for whoever wins the league season?", unknown: true, escalate: false },
  { question: 'Can I buy one of your axes to practise with at home?', unknown: true, escalate: false },
  { question: 'do you do a student discount?', unknown: true, escalate: false },
  { question: 'Is there a DJ or any music on Saturday nights?', unknown: true, escalate: false },
  { question: 'Can we upgrade the hen package to bottomless prosecco? How much extra would that be?', unknown: true, escalate: false },
  // Hand-over expected.
  {
    question:
      "My mate slipped near the lanes on Saturday and has sprained his wrist, he's in a splint now. Who do I need to speak to about this?",
    escalate: true,
  },
  {
    question:
      "We need to cancel our booking for tomorrow evening, half the team has come down with flu. I know it's short notice but can we get our money back please?",
    escalate: true,
  },
  {
    question:
      "Looking to book out the entire place for our company Christmas do in December, there'd be about 60 of us. Is that possible?",
    escalate: true,
  },
  {
    question:
      'One of your coaches was really rude to my daughter at her birthday last week and laughed every time she missed. Not acceptable at all.',
    escalate: true,
  },
];
