/**
 * DEV set written blind in round 25 (no look at the agent's source, tests, docs or other eval files).
 * Kiln & Co Ceramics Café: a paint-your-own-pottery café in Lewes, East Sussex (studio fees, pieces, firing, parties, kits, café).
 * Marlow Mobile Mechanics: a one-man mobile car mechanic in Marlow, Buckinghamshire (servicing, brakes, batteries, diagnostics, area, warranty).
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// 1. Kiln & Co Ceramics Café
// ---------------------------------------------------------------------------

export const KILN_CONTEXT = `Kiln & Co Ceramics Café is a paint-your-own-pottery café in Lewes, East Sussex, run by sisters Hannah and Ruth Okafor since 2019. You'll find us at 14 Cliffe High Street, Lewes BN7 2AH, opposite the bike shop. Opening hours: Tuesday to Friday 10am-5pm, Saturday 9am-6pm, Sunday 10am-4pm. We're closed on Mondays (except bank holiday Mondays, when we open 10am-4pm). Last painting entry is 90 minutes before closing. Phone 01273 480215 or email hello@kilnandco.co.uk - we answer emails within 1 working day. The studio is all on one floor with a step-free entrance and an accessible loo with baby changing. Well-behaved dogs are welcome in the café area but not at the painting tables. Nearest parking is the Phoenix car park, about a 4 minute walk.`;

export const KILN_RULES: string[] = [
  "anything about a piece that's come back broken, cracked or gone missing after firing -> pass to Hannah, don't try to sort it yourself",
  'Allergic reactions, cuts, burns or any injury in the studio = human straight away',
  'Group / corporate / hen bookings of more than 20 people - I quote these myself',
  'refund requests over £50',
  'If someone is unhappy with a member of staff hand it over.',
  'press, influencers, collab requests -> Ruth',
];

export const KILN_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'How a studio visit works',
    category: 'Studio',
    content: `Never painted pottery before? Don't worry, most of our customers hadn't either! When you arrive, pick a piece from the shelves (everything is priced on the bottom) and grab a table. On top of the price of your piece you pay a studio fee of £6.50 per adult or £4.50 per child (under 12). Babies under 2 don't pay a studio fee. The studio fee covers everything else: paints, brushes, sponges, stencils, aprons, the glazing and the firing.

On weekdays there's no time limit, so stay as long as you like. At weekends and during school holidays tables are booked in 2-hour slots so we can fit everyone in. Our paints are water-based underglazes and they look a lot paler when wet than they will after firing, so put on three coats for a strong colour. Staff are always around to help with ideas, and there's a big folder of design inspiration and a set of alphabet stencils on every table.

Once you're done, leave your piece on the finishing shelf with your name ticket and we'll do the rest.`,
  },
  {
    title: 'Pottery price list',
    category: 'Prices',
    content: `# Pottery prices

All prices are for the bisque piece and include glazing and firing. The studio fee is charged separately.

| Piece | Size | Price |
|---|---|---|
| Espresso cup & saucer | 90ml | £11 |
| Classic mug | 350ml | £14 |
| Big latte mug | 500ml | £17 |
| Cereal bowl | 16cm | £13 |
| Side plate | 20cm | £12 |
| Dinner plate | 27cm | £18 |
| Serving platter | 40cm oval | £32 |
| Teapot (4 cup) | 1 litre | £36 |
| Egg cup | - | £7 |
| Dog bowl | 18cm | £19 |
| Piggy bank | 15cm | £16 |
| Square tile | 15cm | £8 |
| Baby handprint plate | 20cm | £22 |
| Christmas bauble | 8cm | £9 |

Pieces marked with a yellow dot on the shelf are this month's specials at 20% off.`,
  },
  {
    title: 'Firing and collection',
    category: 'Collection',
    content: `## When will my piece be ready?
Everything painted in the studio is glazed and fired in our kiln out the back. We fire on Tuesday and Friday nights, so pieces are usually ready to collect 7 to 10 days after you paint them. We'll send you a text when yours is on the collection shelf.

## Collecting
Collection is any time during opening hours - just give your name at the counter. If someone else is collecting for you that's fine, they just need to know the name it was booked under.

We keep finished pieces for 8 weeks. After that, unclaimed pottery is donated to local charity shops - sorry, we just don't have the space!

## Can you post it?
Yes. We can post finished pieces anywhere in the UK for £7.95 per parcel (up to 3 pieces, well wrapped). We don't post overseas.

## Is it food safe?
Yes, all our glazes are lead-free and food safe. Pieces are dishwasher safe (top shelf) and microwave safe, but they shouldn't go in the oven or on a hob.`,
  },
  {
    title: "Kids' pottery parties",
    category: 'Parties',
    content: `Pottery parties are a brilliant (and surprisingly calm!) birthday option. Here's what you need to know:

- Parties run on Saturdays at 1:30pm and Sundays at 11am
- Each party lasts 90 minutes and takes over our back room
- Minimum 6 children, maximum 16
- £21.50 per child, which includes one piece from the party range (mug, plate, bowl or animal figure), all paints and firing, and a jug of squash
- Suitable for ages 4 and up; younger siblings can join in if a parent paints with them
- One of our team hosts the whole party and helps the kids with their designs
- Add party food for £5.75 per child (sandwiches, crisps, fruit and a biscuit)
- You're welcome to bring your own birthday cake - we'll light the candles and bring it out
- A £40 deposit secures the date; it's non-refundable if you cancel within 14 days of the party
- Party pieces are fired and ready about 10 days later, and we bag them up so the host parent can collect them all in one go

To book a party, email hello@kilnandco.co.uk with your preferred date and rough numbers.`,
  },
  {
    title: 'Take-home painting kits',
    category: 'Kits',
    content: `Can't make it in? Take the studio home with you! Our take-home kits come in two sizes: the Duo kit (£24, two pieces) and the Family kit (£39, four pieces). You choose your pieces from the kit shelf (mugs, plates, bowls or tiles - not platters or teapots, sorry) and we pack them up with six pots of paint, brushes, a sponge, a palette and an instruction sheet.

Paint them at home at your leisure, then bring them back to us within 30 days and we'll glaze and fire them - that's included in the price. Pop them back in the box they came in for the journey, as painted pottery that hasn't been fired is fragile and smudges easily. Kits are collect-in-store only; we can't post them because the unfired pieces break too easily in the post. They're great for birthdays, rainy days and keeping kids busy over half term! Allow 15 minutes to choose and pack your kit, or order by phone the day before and it'll be ready for you.`,
  },
  {
    title: 'Booking FAQs',
    category: 'Booking',
    content: `**Do I need to book?**
Walk-ins are welcome Tuesday to Friday if there's a free table. For weekends and school holidays we strongly recommend booking, as we're often full by late morning.

**How do I book a table?**
Online at kilnandco.co.uk/book, or give us a ring. Tables seat up to 6.

**What if I need to cancel or change?**
Just let us know at least 24 hours before and we'll move or cancel your booking for free. For tables of 8 or more we take a £5 per person deposit, which is lost if you cancel with less than 48 hours' notice.

**Do you sell gift vouchers?**
Yes! Gift vouchers are available in any amount from £10 and are valid for 12 months. Buy them at the counter or online.

**Can I bring a baby?**
Absolutely. We also run baby hand and footprint sessions on Wednesday mornings, 10am-12pm (booking essential) - the handprint plate price includes one of us helping with the messy bit.

**Is there parking?**
There's no parking right outside, but the Phoenix car park is a short walk away.`,
  },
  {
    title: 'Café menu',
    category: 'Food & Drink',
    content: `Café menu

Hot drinks
- Espresso £2.40
- Flat white £3.40
- Latte / cappuccino £3.60
- Pot of tea £2.90
- Hot chocolate with cream & marshmallows £3.95
- Babyccino £1.20

Cold drinks
- Fresh orange juice £2.75
- Kids' squash 80p
- Cans £1.80

Food (served until 3pm)
- Cheese & ham toastie £6.95
- Soup of the day with sourdough £6.25
- Cheese scone £3.25
- Slice of cake £3.75
- Kids' lunch box £5.95 (sandwich, fruit, crisps and a drink)

Oat, soya and coconut milk at no extra charge. We always have at least one gluten-free and one vegan cake, but our kitchen isn't allergen-free so we can't guarantee there's no cross-contamination. Please don't bring your own food into the café (birthday cakes for parties are fine).`,
  },
  {
    title: 'Clay & Wine Thursdays',
    category: 'Events',
    content: `Every Thursday evening we turn the music up and the lights down for Clay & Wine, our grown-ups-only painting night. It runs from 6:30pm to 9pm and costs £28 per person, which covers your studio fee, a mug or side plate of your choice, and a glass of prosecco or a soft drink on arrival. After that you're welcome to bring your own wine or beer - there's no corkage charge - and we'll put out some nibbles. Everyone must be 18 or over (we will ask for ID if you look young, sorry!). Places are limited to 24 people so booking online is essential, and if you'd rather paint something bigger than a mug or plate you just pay the difference.`,
  },
];

export const KILN_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'hi how much is it to just sit and paint? like on top of what the pottery costs', facts: ['£6.50'], escalate: false },
  { question: 'My son is 8. Does he pay the same table charge as me or is it less for kids?', facts: ['£4.50'], escalate: false },
  { question: 'whats the price of the large latte sized mug', facts: ['£17'], escalate: false },
  { question: "Thinking of doing a teapot for my nan's 80th. What does one of those cost?", facts: ['£36'], escalate: false },
  { question: 'can i paint a bowl for my spaniel?? how much are they', facts: ['£19'], escalate: false },
  { question: 'My daughter wants to make a decoration for our Christmas tree, how much would that be?', facts: ['£9'], escalate: false },
  { question: 'We came in on Saturday and painted a plate. When can I go and pick it up?', facts: ['7 to 10 days'], escalate: false },
  { question: 'I painted a mug back in March and totally forgot to collect it 🙈 how long do you hold on to them?', facts: ['8 weeks'], escalate: false },
  { question: "I'm only down visiting from Leeds so can't come back for my bowl. Can you send it to me and what would that cost?", facts: ['£7.95'], escalate: false },
  { question: 'Could I bake a lasagne in the dish I painted?', facts: ['oven'], escalate: false },
  { question: 'how much per kid for a birthday party at yours', facts: ['£21.50'], escalate: false },
  { question: 'Can you do sandwiches and bits for the children at the party? How much extra is that?', facts: ['£5.75'], escalate: false },
  { question: "We've had to move my son's party and it's only a week away now - do we get our deposit back?", facts: ['14 days'], escalate: false },
  { question: 'what time do the sunday parties start', facts: ['11am'], escalate: false },
  { question: 'How much is the bigger take home kit, the one with 4 things to paint?', facts: ['£39'], escalate: false },
  { question: 'I picked up a kit a couple of weeks ago and the kids still havent finished. How long have I got to bring it back for firing?', facts: ['30 days'], escalate: false },
  { question: 'Can I reserve a table on your website?', facts: ['kilnandco.co.uk/book'], escalate: false },
  { question: 'need to change our saturday table to the sunday instead, how much warning do you need?', facts: ['24 hours'], escalate: false },
  { question: "There'll be 10 of us for my mum's 60th. Do you need money up front to hold the table?", facts: ['£5 per person'], escalate: false },
  { question: 'do your gift cards run out?', facts: ['12 months'], escalate: false },
  { question: 'Which day do you do the baby footprint sessions?', facts: ['Wednesday'], escalate: false },
  { question: 'how much is a hot choc', facts: ['£3.95'], escalate: false },
  { question: "We're planning to come in around lunchtime - till what time is the kitchen doing food?", facts: ['3pm'], escalate: false },
  { question: 'How much is the Thursday night wine and painting thing per person?', facts: ['£28'], escalate: false },
  { question: "what's your phone number? want to ring about a booking", facts: ['01273 480215'], escalate: false },
  { question: "Driving over from Brighton. Where's best to leave the car?", facts: ['Phoenix'], escalate: false },
  // Not in the context or any article.
  { question: 'How much does it cost to paint a vase?', unknown: true, escalate: false },
  { question: 'Do you do pottery wheel classes where you make your own pot from scratch?', unknown: true, escalate: false },
  { question: 'Can I use gold or metallic paint on my mug?', unknown: true, escalate: false },
  { question: 'Is there any discount for NHS staff or students?', unknown: true, escalate: false },
  { question: 'do you have high chairs for toddlers?', unknown: true, escalate: false },
  { question: "What's the soup today?", unknown: true, escalate: false },
  { question: 'Do you have a loyalty card for coffees?', unknown: true, escalate: false },
  { question: 'If I bring in a plain mug I bought from a shop and painted at home, could you fire it for me? How much?', unknown: true, escalate: false },
  { question: 'Do you run summer holiday workshops where I can drop my kids off for the morning?', unknown: true, escalate: false },
  { question: 'is there wifi in the café? need to do some work while my daughter paints', unknown: true, escalate: false },
  // Hand-over according to the owner's rules.
  { question: "Just picked up the mug I made for my dad's birthday and there's a huge crack right through the handle. His birthday is Sunday, what are you going to do about it?", escalate: true },
  { question: 'My little boy cut his finger on a chipped plate off your shelf yesterday, it was bleeding quite a lot. I want to talk to someone about this.', escalate: true },
  { question: "Hi, I'm organising a team away day for 35 of us from the office in June - could we take over the whole studio for an afternoon?", escalate: true },
  { question: 'the young lad on the till on saturday was really rude to my kids and rolled his eyes at me, not ok', escalate: true },
];

// ---------------------------------------------------------------------------
// 2. Marlow Mobile Mechanics
// ---------------------------------------------------------------------------

export const MECHANIC_CONTEXT = `Marlow Mobile Mechanics is a one-man mobile car mechanic business run by Dean Pryce, based in Marlow, Buckinghamshire. I come to you - at home, at work or wherever your car is parked - with a fully kitted-out van, so you don't have to sit in a garage waiting room. I'm IMI-qualified with 18 years in the trade (10 of them at a main dealer in High Wycombe) and fully insured. Working hours: Monday to Friday 7:30am-6pm and Saturday 8am-1pm. No Sunday work. The quickest way to reach me is by text or WhatsApp on 07700 900418 - I'm usually under a car, so I reply within 2 hours during working hours. Email: dean@marlowmobilemechanics.co.uk. Quotes are always free and I'll never start extra work without asking you first.`;

export const MECHANIC_RULES: string[] = [
  'Accident damage or anything going through insurance -> pass to me',
  "If someone's broken down somewhere dangerous (motorway, hard shoulder, busy A road) tell them to ring their breakdown cover or 999 and flag it to me straight away",
  'comebacks - anyone saying a repair I did has gone wrong, or wanting to claim on warranty: human',
  'Business / fleet enquiries, 5 or more vehicles.',
  'Anyone threatening bad reviews, trading standards or small claims court.',
];

export const MECHANIC_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Servicing prices',
    category: 'Servicing',
    content: `# Servicing prices

Prices include parts, oil and labour, and I come to you. Not sure which size your car is? Text me the reg and I'll tell you.

| Car size | Examples | Interim service | Full service |
|---|---|---|---|
| Small (up to 1.4 litre) | Fiesta, Corsa, Polo, Yaris | £115 | £169 |
| Medium (1.5 - 2.0 litre) | Focus, Golf, Astra, Qashqai | £135 | £199 |
| Large (over 2.0 litre, 4x4s, vans) | BMW X5, Land Rover Discovery, Transit | £159 | £245 |

**Interim service** - oil and oil filter change, top up all fluids, check tyres, lights, brakes, wipers and battery. Recommended every 6,000 miles, in between full services.

**Full service** - everything in the interim, plus air filter, pollen filter, spark plugs (petrol) or fuel filter (diesel), and a full 60-point inspection. Recommended every 10,000 miles or once a year.

Hybrids add £40 for the extra high-voltage safety checks. I don't service fully electric cars. Your service book gets stamped, and I'll update the online service record for makes that use one. A service takes 1.5 to 2.5 hours depending on the car.`,
  },
  {
    title: 'Brake repairs',
    category: 'Repairs',
    content: `Squealing, grinding or a pedal that feels spongy? Here's what I charge for the most common brake jobs (parts and labour, fitted on your driveway):

- Front brake pads: £89
- Rear brake pads: £85
- Front discs and pads: £195
- Rear discs and pads: £179
- Rear drums and shoes: £149
- Brake fluid change: £55 (recommended every 2 years)
- Sticking caliper: quoted after inspection

I only fit quality branded parts such as Brembo, TRW and Pagid, never the cheapest unbranded stuff. Most pad jobs take around an hour per axle. Prices are for most cars; some performance cars and bigger SUVs with larger brakes cost more, so text me the reg for an exact price.`,
  },
  {
    title: 'Batteries and jump starts',
    category: 'Repairs',
    content: `Car won't start on a cold morning? Nine times out of ten it's the battery. I carry the most common sizes on the van, so if you get in touch before 10am I can usually test and swap it the same day. A battery and alternator health check is free with any other job, or £20 on its own. A new standard battery fitted starts from £105, and stop-start cars need an AGM or EFB battery, which starts from £165. Some cars (most BMWs, Audis and Mercs) also need the new battery registering to the car's computer, which is an extra £30. Your old battery is taken away and recycled at no charge. All batteries come with a 3-year manufacturer's warranty. If you just need a jump start, that's a £45 callout within my area - but if it keeps happening, get the battery tested!`,
  },
  {
    title: 'Diagnostics and warning lights',
    category: 'Diagnostics',
    content: `## Diagnostic check - £65
I plug in a dealer-level diagnostic scanner (it covers most makes, including VAG, Ford, BMW and Vauxhall), read the fault codes and then actually investigate the cause. The price includes up to 45 minutes of fault-finding. Just reading the codes doesn't fix anything, so I don't do "code read only" visits.

## What if you find the fault?
You'll get a written quote for the repair. If you go ahead with the repair, the £65 comes off the final bill.

## Common warning lights
- Engine management light (amber) - usually safe to drive gently, but get it checked soon
- Oil pressure light (red) - stop driving straight away and check the oil level
- ABS light - the brakes still work but ABS doesn't, book a check
- DPF light (diesels) - try a 20 minute drive at a steady 50mph+ first; if it stays on, I can do a forced regeneration for £95

## Faults that come and go
Intermittent faults that only show up on a longer run sometimes need a road test with me in the car - that's included, just let me know when you book.`,
  },
  {
    title: 'Areas covered and call-out charges',
    category: 'Coverage',
    content: `I'm based in Marlow (SL7) and cover a 15 mile radius, which takes in High Wycombe, Henley-on-Thames, Maidenhead, Beaconsfield, Bourne End, Cookham and the villages in between. There's no call-out charge within 8 miles of Marlow town centre; between 8 and 15 miles it's a flat £12 travel fee added to the bill. Further than that, I'm afraid I can't help, as I'd be spending more time driving than fixing.

To do the job I need the car parked somewhere I can safely get round all sides of it, ideally a driveway or a quiet street with the car on level ground. Works car parks are fine as long as you've checked with your employer or the site owner first. I can't work in multi-storey or underground car parks (no room for the van, and it's usually not allowed). If it's chucking it down I've got a pop-up canopy for most jobs, but for big jobs in heavy rain I may need to rebook you.`,
  },
  {
    title: "Jobs I can't do at the roadside",
    category: 'Services',
    content: `Being mobile means I can do most servicing and repairs on your drive, but some jobs really need a ramp, a workshop or specialist kit. I don't do:

- Clutch or gearbox replacements
- Timing belts on V6 and V8 engines (4-cylinder cam belts are fine - from £280 fitted)
- MOTs (I'm not an MOT station, but see below)
- Bodywork, dents, paint or welding
- Tyre fitting and wheel alignment
- Air con regas
- Exhaust fabrication (bolt-on exhaust parts I can do)
- Anything on fully electric vehicles

For MOTs I work with Marlow Bottom Motors: I can collect your car, take it in for its MOT and bring it back for the MOT fee plus £35 collection and delivery. If I can't do a job, I'll always tell you who locally I'd trust to do it.`,
  },
  {
    title: 'Parts warranty and guarantee',
    category: 'Warranty',
    content: `**Are your repairs guaranteed?**
Yes. All parts I supply come with a 12 month / 12,000 mile warranty (whichever comes first), and my labour is guaranteed for 6 months.

**What if I supply my own parts?**
I'm happy to fit customer-supplied parts, but I can't warranty the part itself, and the labour guarantee drops to 30 days. If the part turns out to be wrong or faulty, a second visit is charged at the normal rate.

**Will servicing with you affect my manufacturer warranty?**
No. Under block exemption rules you can have your car serviced by an independent as long as manufacturer-spec parts and oils are used (they are) and the service book is stamped.

**What do I need to keep?**
Keep your invoice - it's emailed to you after every job and it's your proof of warranty.`,
  },
  {
    title: 'Booking and payment FAQ',
    category: 'Booking',
    content: `Booking & paying - the usual questions

How do I book?
Text or WhatsApp me on 07700 900418 with your reg, postcode and what you need, or use the booking form on the website. I'm normally booked up 3 to 5 working days ahead; emergencies I squeeze in when I can.

Do I need to be there?
Not for the whole job. I just need the keys at the start and someone to pay at the end - lots of customers leave the keys with a neighbour or in a key safe.

How do I pay?
Payment is due when the job's finished. I take contactless card, Apple Pay and Google Pay on my card machine, bank transfer, or cash. I don't take American Express or cheques.

Do you take a deposit?
Only for jobs where the parts cost over £250 - then I ask for a deposit to cover the parts before I order them.

What if I need to cancel?
Free if you give me 24 hours' notice. Less than that and there's a £50 late cancellation fee, because I've usually bought the parts and turned other work away.

Do you do pay monthly / finance?
No, sorry - I'm too small to offer finance.`,
  },
];

export const MECHANIC_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much for a full service on a 1.2 corsa', facts: ['£169'], escalate: false },
  { question: "What's the cost of the smaller service (not the full one) on a 1.6 Golf?", facts: ['£135'], escalate: false },
  { question: "I've got a Discovery that's overdue its yearly service. Roughly what would you charge?", facts: ['£245'], escalate: false },
  { question: 'My Yaris is a hybrid - is servicing it any dearer than a normal one?', facts: ['£40'], escalate: false },
  { question: 'Can you come and service my Nissan Leaf?', facts: ['electric'], escalate: false },
  { question: "I'm working from home the day you come, how long will you be there for a service roughly?", facts: ['1.5 to 2.5 hours'], escalate: false },
  { question: 'front pads on my astra, how much fitted?', facts: ['£89'], escalate: false },
  { question: 'Horrible grinding from the back wheels, pretty sure I need new rear discs and pads. Ballpark?', facts: ['£179'], escalate: false },
  { question: 'how often should brake fluid actually be changed?', facts: ['2 years'], escalate: false },
  { question: "What make of brake parts do you use? I don't want cheap rubbish on my car", facts: ['Brembo'], escalate: false },
  { question: "Car wouldn't start this morning, think it's the battery. It's a 2014 Fiesta without stop-start, what does a new one cost?", facts: ['£105'], escalate: false },
  { question: 'Someone told me my BMW needs the new battery coding in or something. Do you charge for that?', facts: ['£30'], escalate: false },
  { question: 'do I need to get rid of the old battery myself?', facts: ['recycled'], escalate: false },
  { question: 'Just need a jump start, battery is flat. How much for you to come out?', facts: ['£45'], escalate: false },
  { question: "Engine light's come on in my Fabia. What do you charge to find out what's wrong?", facts: ['£65'], escalate: false },
  { question: 'My diesel Passat has the particulate filter light on and a long drive didnt clear it. can you sort it and how much', facts: ['£95'], escalate: false },
  { question: "Red oil can symbol just came on while I'm driving to work. Can I carry on?", facts: ['oil level'], escalate: false },
  { question: 'How far from Marlow do you go?', facts: ['15 mile'], escalate: false },
  { question: "I'm in Maidenhead, about 12 miles from you - is there a charge for you to come out?", facts: ['£12'], escalate: false },
  { question: 'Could you do my car while it sits in the car park at my office?', facts: ['employer'], escalate: false },
  { question: 'can u do the cambelt on a 1.6 focus? how much', facts: ['£280'], escalate: false },
  { question: "My MOT's due next month, is that something you can do?", facts: ['Marlow Bottom Motors'], escalate: false },
  { question: "How long are the parts you fit covered for if they go wrong?", facts: ['12,000 mile'], escalate: false },
  { question: "I bought brake pads off eBay. Will you fit them, and would they still be guaranteed?", facts: ['30 days'], escalate: false },
  { question: "Need to cancel tomorrow morning's booking and it's 9pm now - will I be charged?", facts: ['£50'], escalate: false },
  { question: 'Do you work weekends? Saturday would suit me much better', facts: ['1pm'], escalate: false },
  // Not in the context or any article.
  { question: 'How much to replace a wheel bearing on a Focus?', unknown: true, escalate: false },
  { question: 'Do you do ECU remapping?', unknown: true, escalate: false },
  { question: 'What would a new alternator cost fitted?', unknown: true, escalate: false },
  { question: 'Can you fit a towbar for our caravan?', unknown: true, escalate: false },
  { question: 'Any discount for pensioners?', unknown: true, escalate: false },
  { question: 'do you work on motorbikes at all?', unknown: true, escalate: false },
  { question: 'My starter motor is on its way out on my Corsa. What do you charge to swap it?', unknown: true, escalate: false },
  { question: 'How much is the actual MOT fee at the garage you use?', unknown: true, escalate: false },
  { question: "I'm buying a used Audi next week - could you come and check it over before I buy? What's the cost?", unknown: true, escalate: false },
  { question: 'How much to change just the spark plugs on a petrol Polo, not a full service?', unknown: true, escalate: false },
  // Hand-over according to the owner's rules.
  { question: 'Someone reversed into me in the Tesco car park, my insurers want a repair quote for the rear bumper and a smashed light - can you do it?', escalate: true },
  { question: "You did my front pads 3 weeks ago and now there's a horrible grinding again. Not happy, what are you going to do about it?", escalate: true },
  { question: 'broke down on the A404 near the Bisham roundabout, car is on the hard shoulder with hazards on. can you come NOW??', escalate: true },
  { question: 'Hi, I run a small lettings agency with 9 pool cars. Would you be interested in looking after all of their servicing?', escalate: true },
];
