/**
 * DEV set written blind in round 28 (no look at the agent's source, tests, docs or other eval files).
 * Two UK small businesses typed up the way their owners would: an independent bookshop with a café
 * upstairs in Hebden Bridge (Dog-eared Books & Coffee) and a Leicester skip hire firm (Haul Away Skip
 * Hire). Facts are copied verbatim from an article or the context; unknowns include near-misses where
 * the topic is covered but the specific detail asked for is never given; escalations each meet a
 * different rule in the customer's own words. Each business has 40 cases: 26 answerable, 10 unanswerable, 4 escalations.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Dog-eared Books & Coffee (Hebden Bridge)
// ---------------------------------------------------------------------------

export const BOOKS_CONTEXT = `Dog-eared Books & Coffee – independent bookshop downstairs, small café upstairs. 14 Market Street, Hebden Bridge, West Yorkshire HX7 6AD.

I'm Ruth Ackroyd, I own the shop. Tom runs the café, Sarah is in on Saturdays and looks after the children's section and story time, and Jess packs the online orders.

Opening hours: Tuesday to Saturday 9.30am–5.30pm, Sunday 11am–4pm. Closed Mondays, except in December when we open Mondays 10am–4pm. The café upstairs closes half an hour before the shop.

Phone 01422 845210 (shop landline – we don't always hear it when it's busy!)
Email hello@dogearedbooks.co.uk – we reply within 2 working days.
Instagram @dogearedhebden for event news and the book club pick.

Biscuit the shop dog is usually asleep behind the counter.`;

export const BOOKS_RULES: string[] = [
  "If someone wants to sell us a whole collection or a house clearance (more than about 3 boxes), pass it to Ruth. Don't quote them anything.",
  'online order arrived damaged / wrong book sent -> hand over',
  'Always hand to a person:\n- anyone who has had an allergic reaction or felt ill after eating or drinking in the café\n- complaints about a member of staff',
  'if they ask for a school, library or bulk order (10+ copies of one title) hand over to Ruth',
  'Refunds over £50 need a person to OK them.',
];

export const BOOKS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Upstairs café – menu & allergens',
    category: 'Café',
    content: `# Upstairs café – menu

| Item | Price | Notes |
|---|---|---|
| Filter coffee | £2.60 | free top-up while you're reading |
| Americano | £2.80 | |
| Flat white | £3.20 | |
| Latte / cappuccino | £3.30 | |
| Pot of Yorkshire Tea | £2.40 | enough for two cups |
| Hot chocolate | £3.40 | cream & marshmallows 50p extra |
| Babyccino | 80p | |
| Cheese & chutney toastie | £5.80 | |
| Soup of the day with bread | £6.20 | ask what's on today |
| Parkin | £2.80 | |
| Lemon drizzle | £3.00 | |
| Vegan chocolate brownie | £3.20 | |

Oat, soya or almond milk is 30p extra. Hot food (toasties and soup) stops at 3pm; cakes and drinks are served until the café closes.

## Allergens
Our cakes come from Bramble Bakery in Mytholmroyd; the toasties and soup are made here by Tom. The full allergen folder is on the counter upstairs – please ask before you order.
- Parkin contains gluten, dairy and egg.
- The vegan brownie contains hazelnuts.
- Gluten-free bread is available for toasties (£1 extra) but it goes in the same toaster, so it's not suitable for coeliacs.
- We can't promise anything is nut-free – the bakery handles nuts.`,
  },
  {
    title: 'Events, book club & story time',
    category: 'Events',
    content: `## Book club
- Last Thursday of every month, 7pm, upstairs in the café
- £5 per session, includes a hot drink and a slice of cake
- 10% off the book of the month for anyone signed up
- Limited to 16 places – sign up at the till or email us
- Next month's book is announced on Instagram

## Author events
- Tickets are usually £8, and you get £3 off the author's book on the night
- Doors open 6.30pm, talk starts at 7pm
- Tickets aren't refundable but you can pass your ticket on to someone else – just let us know their name
- Buy tickets in the shop or on our Eventbrite page

## Story time (under 6s)
- Every Saturday at 10.30am in the children's corner downstairs
- Free, no need to book, run by Sarah
- Grown-ups must stay with their little ones

## Silent reading night
- First Wednesday of the month, 6pm–8pm
- £4 including a hot drink
- Bring your own book or buy one on the night. Phones away!`,
  },
  {
    title: 'Special orders',
    category: 'Ordering',
    content: `Q: You haven't got the book I want. Can you get it in?
A: Yes – almost anything that's in print in the UK. Most titles come from our wholesaler in 2–3 working days. Orders placed by 3pm Tuesday to Friday go on that night's order.

Q: Do I need to pay upfront?
A: Not usually. We only take payment upfront for imported books and for special orders over £40.

Q: How will I know it's arrived?
A: We text or email you, whichever you prefer.

Q: How long will you keep it for me?
A: We hold special orders for 2 weeks. After that it goes out on the shelf (if you've paid upfront we'll get in touch first).

Q: Can you get American editions or books from abroad?
A: We can try. Imports take 3–6 weeks and have to be paid for when you order.

Q: It's out of print. Any chance?
A: We'll search the second-hand trade for you free of charge, and there's no obligation to buy if we find one.`,
  },
  {
    title: 'Selling us your second-hand books',
    category: 'Second-hand',
    content: `We buy second-hand books on Wednesdays and Thursdays, 10am to 3pm. You don't need an appointment for a bag or two – just bring them to the counter and whoever's on will have a look while you wait (or browse!).

What we're keen on: local history, walking and Yorkshire/Pennine books, poetry, good modern fiction, Penguin classics in decent nick, and children's picture books. We don't buy textbooks, encyclopaedias, Reader's Digest condensed books, magazines, or anything with water damage, mould or heavy underlining. Ex-library copies only if they're something special.

We offer either cash or store credit. Store credit is worth 50% more than the cash offer – so if we offer £10 cash you could take £15 to spend in the bookshop instead (not in the café, sorry). Anything we don't want you can take back with you, or we'll pop it in the box for the Calder Valley hospice shop.

For a first sale over £20 we'll need to see ID with your address on it.`,
  },
  {
    title: 'Gift cards',
    category: 'Gift cards',
    content: `Our own gift cards can be loaded with any amount from £5 to £100. They're valid for 2 years and can be used in the bookshop and in the café upstairs, but not on the website yet. We can post one anywhere in the UK in a card for £1.50.

No cash back on gift cards, and if you lose one we can only replace it if you've still got the receipt with the card number on.

We also sell and accept National Book Tokens.`,
  },
  {
    title: 'Online orders & postage',
    category: 'Online',
    content: `Online orders are packed by Jess and posted Tuesday to Friday. Anything ordered after 12 noon on a Friday goes out the following Tuesday.

| Order value | Postage | Service |
|---|---|---|
| Under £20 | £3.20 | Royal Mail 2nd Class |
| £20 – £39.99 | £2.50 | Royal Mail 2nd Class |
| £40 and over | FREE | Royal Mail 2nd Class |
| Any order, tracked | £5.95 | Royal Mail Tracked 24 |

Click and collect is free. We'll email you when it's ready (usually the same day if it's in stock) and keep it behind the counter for 14 days.

Signed copies are wrapped in tissue and bubble wrap at no extra charge. At the moment we only post within the UK.`,
  },
  {
    title: 'Returns & exchanges',
    category: 'Returns',
    content: `**New books bought in the shop**
- Refund or exchange within 28 days with your receipt
- No receipt? We can give you a credit note

**Second-hand books**
- Store credit only, within 7 days

**Special orders**
- Only returnable if faulty (we ordered it in just for you!)

**Online orders**
- Send back within 14 days of delivery, unread and in the same condition
- Return postage is paid by you unless we've made a mistake
- Refunds go back to your original payment method within 5 working days of us getting the book back

**Gift cards & book tokens** – non-refundable`,
  },
  {
    title: 'Finding us, parking & dogs',
    category: 'Visiting',
    content: `We're halfway up Market Street, opposite the little square with the bench. Hebden Bridge train station is about a 10 minute walk – follow the canal towpath into town.

The closest parking is the pay & display on New Road by the marina, roughly 3 minutes' walk away. It fills up fast on Saturdays, so the station car park is a good backup.

Dogs are very welcome in the bookshop – there's a water bowl by the door and Biscuit will want to say hello. Because of food hygiene rules dogs can't come up to the café, sorry.

There's a customer toilet upstairs in the café. We don't have room for baby changing, I'm afraid.`,
  },
];

export const BOOKS_CASES: EvalCase[] = [
  // Answerable – context
  { question: 'r u open mondays?', facts: ['closed Mondays'], escalate: false },
  {
    question:
      "We're coming over from Halifax to do some Christmas shopping, it'll be a Monday in mid December. Will you be open and what times?",
    facts: ['10am–4pm'],
    escalate: false,
  },
  { question: 'whats the number for the shop', facts: ['01422 845210'], escalate: false },
  // Answerable – café
  { question: 'What do you charge for a pot of tea in the cafe?', facts: ['£2.40'], escalate: false },
  { question: 'Is it more for a latte with oat milk?', facts: ['30p'], escalate: false },
  {
    question:
      "My daughter has coeliac disease and loves a cheese toastie. I saw you do gluten free bread – would it be safe for her?",
    facts: ['not suitable for coeliacs'],
    escalate: false,
  },
  { question: 'is there any nuts in the vegan brownie', facts: ['hazelnuts'], escalate: false },
  { question: 'Do you bake the cakes yourselves or buy them in?', facts: ['Bramble Bakery'], escalate: false },
  // Answerable – events
  { question: 'what night does the reading group meet?', facts: ['last Thursday'], escalate: false },
  {
    question:
      "I bought a ticket for the author talk next week but something's come up at work and I can't go now. Can I get my money back?",
    facts: ['pass your ticket on'],
    escalate: false,
  },
  {
    question: 'Do I need to reserve a spot for the Saturday toddler stories or can we just turn up?',
    facts: ['no need to book'],
    escalate: false,
  },
  {
    question: 'A friend mentioned a quiet evening where everyone just reads – when is that on and how much is it?',
    facts: ['First Wednesday', '£4'],
    escalate: false,
  },
  // Answerable – special orders
  {
    question: "If you order a book in for me how long till it gets here roughly?",
    facts: ['2–3 working days'],
    escalate: false,
  },
  { question: 'do i have to pay when I order a book in?', facts: ['over £40'], escalate: false },
  {
    question: "You've ordered a book in for me but I'm away in Cornwall for a bit. How long will you hang on to it?",
    facts: ['2 weeks'],
    escalate: false,
  },
  // Answerable – second-hand
  { question: 'Which days can I bring books in to sell to you?', facts: ['Wednesdays and Thursdays'], escalate: false },
  {
    question: "Selling you a few paperbacks – is it better to take the money or the shop credit?",
    facts: ['50% more'],
    escalate: false,
  },
  {
    question: "If I take store credit for my old books can I use it on coffee and cake upstairs?",
    facts: ['not in the café'],
    escalate: false,
  },
  // Answerable – gift cards
  { question: "What's the max you can put on one of your gift cards?", facts: ['£100'], escalate: false },
  {
    question: 'got given one of your gift cards christmas before last, does it still work??',
    facts: ['2 years'],
    escalate: false,
  },
  // Answerable – online
  { question: 'how much is postage if I only spend about £15 online', facts: ['£3.20'], escalate: false },
  {
    question: 'I put an order through on your website Friday afternoon, when will it actually get sent?',
    facts: ['Tuesday'],
    escalate: false,
  },
  {
    question: "Can you send a book straight to my sister? She lives in Valencia, Spain.",
    facts: ['within the UK'],
    escalate: false,
  },
  // Answerable – returns
  {
    question:
      "Bought a novel for my husband's birthday last week and it turns out he's already read it. I've still got the receipt – can I swap it?",
    facts: ['28 days'],
    escalate: false,
  },
  {
    question: "You got a book in specially for me but I don't need it any more, can I give it back?",
    facts: ['faulty'],
    escalate: false,
  },
  // Answerable – visiting
  { question: 'where is best to park near you?', facts: ['New Road'], escalate: false },

  // Unanswerable (near-misses included)
  { question: "Is there a lift up to the café? My mum's in a wheelchair.", unknown: true, escalate: false },
  { question: 'What time does book club usually finish? Need to sort a babysitter', unknown: true, escalate: false },
  { question: 'Are you open on Boxing Day?', unknown: true, escalate: false },
  {
    question: "Could we hire the café upstairs one evening for my 40th? About 20 people.",
    unknown: true,
    escalate: false,
  },
  { question: 'do you have wifi in the cafe', unknown: true, escalate: false },
  { question: 'Do you do a student discount?', unknown: true, escalate: false },
  { question: "Who's the next author you've got coming in to do a talk?", unknown: true, escalate: false },
  { question: 'Can I buy a bag of the coffee beans you use upstairs to take home?', unknown: true, escalate: false },
  { question: 'Do you take American Express?', unknown: true, escalate: false },
  { question: 'Do you sell ebooks or audiobooks?', unknown: true, escalate: false },

  // Escalations – each meets a different rule
  {
    question:
      "Hi, we're clearing my late dad's house up in Heptonstall and there are about twenty boxes of books – lots of walking guides and local history. Would you come and have a look and make us an offer for the lot?",
    escalate: true,
  },
  {
    question:
      'The cookbook I ordered off your website came today with the corner all bashed in and the dust jacket ripped down the side.',
    escalate: true,
  },
  {
    question:
      "My son had a brownie in your café this afternoon and now his lips have swollen right up and he's got a rash. What was in it??",
    escalate: true,
  },
  {
    question:
      "I'm the literacy lead at a primary school in Todmorden and we'd like 32 copies of Wonder for our Year 6 class. Can you do that, and is there a discount?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// Haul Away Skip Hire (Leicester)
// ---------------------------------------------------------------------------

export const SKIPS_CONTEXT = `Haul Away Skip Hire Ltd – family-run skip hire, going since 2004. Yard: Unit 4, Troon Way Business Centre, Leicester LE4 9HA. Sorry, no public tipping at the yard.

We cover Leicester city and the villages round it: Oadby, Wigston, Blaby, Enderby, Narborough, Braunstone, Glenfield, Anstey, Birstall, Thurmaston, Syston, Scraptoft and Countesthorpe.

Office hours: Monday–Friday 7am–5pm, Saturday 7am–12pm. Closed Sundays and bank holidays.
Phone 0116 266 4410 (office)
WhatsApp 07700 900418 – send us photos of your waste if you're not sure what size you need
Email bookings@haulawayskips.co.uk

Gary Pritchard owns the business, Dawn runs the office and bookings, Lee and Mo are the drivers.
Registered waste carrier no. CBDU284731.`;

export const SKIPS_RULES: string[] = [
  "If anyone mentions asbestos (or thinks something might be asbestos) don't give any advice, pass it to Gary.",
  'damage to a drive, wall, car or lawn from our lorry -> hand over straight away',
  'Trade / credit accounts: Dawn handles these. Hand over.',
  'If they ask for more than 3 skips at once, or a roll-on roll-off (20 yard plus), hand over for a quote.',
  "Complaints about a driver, or a delivery or collection we've missed – pass to a person and say sorry.",
];

export const SKIPS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Skip prices 2025',
    category: 'Prices',
    content: `HAUL AWAY SKIP HIRE – DOMESTIC PRICE LIST (from 1st March 2025)
All prices include VAT, delivery, collection, 14 days hire and disposal up to the weight limit.

2 yard mini skip ............ £165   (max 1 tonne)
4 yard midi skip ............ £215   (max 2 tonnes)
6 yard builders skip ........ £265   (max 3 tonnes)
8 yard builders skip ........ £295   (max 4 tonnes)
12 yard maxi skip ........... £365   light/bulky waste only, NO soil or rubble

Overweight ............ £80 per extra tonne (everything is weighed at the tip)
Villages outside the A563 outer ring road ...... add £20
Soil / hardcore / rubble only: 8 yard is the biggest we can do, same prices as above
Trade prices on application.`,
  },
  {
    title: 'What size skip do I need?',
    category: 'Sizes',
    content: `| Skip | Holds roughly | Size (L x W x H) | Typical job |
|---|---|---|---|
| 2 yard | 20–25 bin bags | 1.8m x 1.2m x 0.9m | garden tidy, small bathroom |
| 4 yard | 35–45 bin bags | 2.4m x 1.5m x 0.9m | kitchen refit, garage clear-out |
| 6 yard | 55–65 bin bags | 3.0m x 1.7m x 1.2m | house renovation, small extension |
| 8 yard | 70–80 bin bags | 3.7m x 1.8m x 1.2m | bigger building jobs, full house clearance |
| 12 yard | 100–120 bin bags | 3.7m x 1.8m x 1.7m | bulky light waste – no heavy stuff |

Nothing can stick up above the sides – we call it a level load. If the driver can't sheet it safely he'll have to take stuff off before he lifts it, and he won't take a skip that's overfilled.

Still not sure? WhatsApp us a photo of the pile and we'll tell you.`,
  },
  {
    title: 'Road permits',
    category: 'Permits',
    content: `If the skip can go on your drive or other private land, you don't need a permit at all. If it has to go on the road or pavement, the council has to issue a skip permit first – we apply for it for you.

Leicester City Council permit: £62 for up to 14 days. Leicestershire County Council permit (Oadby & Wigston, Blaby and Charnwood areas): £48 for up to 14 days. We add the permit to your invoice at cost, no admin fee.

Permits take 3 working days to come through, so please book road skips at least 3 working days ahead. If you need to keep the skip longer, the permit has to be extended too – we'll sort that, it's £25 per extra week on top of the hire extension.

Skips on the road must be lit at night and coned off. We provide the lights and cones free of charge – please check the lights are still working each evening, because the council can fine you, not us. The council won't allow a skip within 15 metres of a junction or on a bus stop.`,
  },
  {
    title: "What can and can't go in a skip",
    category: 'Waste',
    content: `## Not allowed – we can't take these at all
- Asbestos (of any kind)
- Gas bottles and cylinders
- Liquid paint, solvents, oils, fuel
- Car batteries and household batteries
- Clinical waste, needles
- Chemicals, weedkiller, pesticides
- Fluorescent tubes

## Allowed, but there's a charge (tell us when you book)
- Mattresses – £30 each
- Fridges and freezers – £45 each
- Car tyres – £10 each (no tractor or lorry tyres)
- TVs and computer monitors – £15 each
- Plasterboard – must be bagged and kept separate from the rest of the waste, £20 per bag

## Fine to go in
- Wood, timber, old doors
- Bricks, rubble, soil, tiles (watch the weight)
- Garden waste, branches, turf
- Metal, scrap, old radiators
- Empty paint tins (lids off and completely dried out)
- Carpets and underlay`,
  },
  {
    title: 'Hire length & extensions',
    category: 'Hire',
    content: `Q: How long can I keep the skip?
A: Standard hire is 14 days from the day we deliver.

Q: What if I need it longer?
A: Just give us a ring before the 14 days are up. Extensions are £5 a day, or £30 for a full extra week. If the skip's on the road the permit needs extending too (see Road permits).

Q: Can I have it collected early?
A: Of course – ring or WhatsApp us and we'll get it on the next available round. No money back for unused days, sorry.

Q: Can you swap my full skip for an empty one?
A: Yes, we call it an exchange. It's the price of a new hire of that size minus £20.

Q: What happens if I forget to call?
A: We'll ring you when the 14 days are up. If we can't get hold of you, extension days are charged to the card you booked with.`,
  },
  {
    title: 'Delivery & collection',
    category: 'Delivery',
    content: `- We deliver Monday to Saturday – Saturdays are mornings only.
- We can't give an exact time. You'll get an AM (7am–12pm) or PM (12pm–4pm) slot, and the driver will ring you 30 minutes before he arrives.
- You don't need to be home as long as you've told us exactly where you want it.
- Next-day delivery if you book before 2pm (subject to availability). Same-day is sometimes possible – ring Dawn.
- Access: our skip lorries need at least 3.2 metres width to get through gateways, and firm ground to stand on.
- Block paving or tarmac drive? Ask and we'll put scaffold boards down under the skip, no charge.
- When it's full, let us know and collection is usually within 2 working days.`,
  },
  {
    title: 'Wait & load',
    category: 'Services',
    content: `Wait & load is handy if you've nowhere to leave a skip or don't want the hassle of a permit. We bring a 6 yard skip, the driver waits while you fill it, then takes it away there and then.

£190 for up to 45 minutes loading time. Extra time is £20 per 15 minutes. No permit needed because the skip's never left on the road.

Have everything piled up at the front ready before the lorry turns up!`,
  },
  {
    title: 'Grab hire',
    category: 'Services',
    content: `Our grab lorry is an 8-wheeler with a crane arm that reaches up to 6 metres, so it can lift waste over walls, hedges and garden fences – no barrowing it all through the house. The driver does the loading, you don't have to lift a thing. One load is about 12 cubic yards. Price per load: soil, rubble and hardcore (inert only) £280; mixed waste £360. Muck-away for landscapers and groundworkers welcome. Grab hire is Monday to Friday only.`,
  },
  {
    title: 'Booking & payment',
    category: 'Payment',
    content: `- Book by phone, WhatsApp or the form on our website.
- We take payment by debit or credit card when you book.
- Our drivers don't take cash or card, so please don't offer!
- Bank transfer is fine if you book at least 2 working days ahead – the invoice comes by email.
- Overweight charges and any extra items (mattresses, fridges etc.) go on the same card after the skip's been weighed at the tip.
- Cancelling: free if you cancel before 3pm on the working day before delivery. After that there's a £40 charge because the lorry's already been booked out.
- Receipts are emailed straight away; VAT invoices on request.`,
  },
];

export const SKIPS_CASES: EvalCase[] = [
  // Answerable – context
  { question: 'what time do you close saturdays', facts: ['12pm'], escalate: false },
  {
    question: "Can I just bring my garden rubbish down to your yard in the trailer and tip it there?",
    facts: ['no public tipping'],
    escalate: false,
  },
  {
    question: "whats your whatsapp? want to send you a pic of the pile so you can tell me what size",
    facts: ['07700 900418'],
    escalate: false,
  },
  // Answerable – prices
  { question: 'price for a 4 yarder please', facts: ['£215'], escalate: false },
  {
    question: "We live in Syston, how much would an 8 yard skip cost us all in?",
    facts: ['£295', '£20'],
    escalate: false,
  },
  { question: 'what happens if the skip ends up too heavy?', facts: ['£80'], escalate: false },
  {
    question:
      "Digging up the old patio this weekend, loads of broken slabs and hardcore. Can I get the 12 yard one so I don't run out of room?",
    facts: ['no soil or rubble'],
    escalate: false,
  },
  // Answerable – sizes
  { question: 'roughly how many black bags go in a 6 yard?', facts: ['55–65'], escalate: false },
  {
    question:
      "What are the measurements of your smallest skip? Trying to work out if it'll fit on the drive next to the car.",
    facts: ['1.8m x 1.2m'],
    escalate: false,
  },
  {
    question: "Is it ok to pile it up a bit over the top if it's just garden cuttings?",
    facts: ['level load'],
    escalate: false,
  },
  // Answerable – permits
  { question: "The skip will go on my driveway, do I still need a permit?", facts: ["don't need a permit"], escalate: false },
  {
    question:
      "I'm in Clarendon Park in the city, no drive so it'll have to go on the street outside. What does the permit cost?",
    facts: ['£62'],
    escalate: false,
  },
  { question: 'how much notice do u need for a skip going on the road', facts: ['3 working days'], escalate: false },
  {
    question: 'If the skip is out on the road do I have to buy my own lamps for it?',
    facts: ['free of charge'],
    escalate: false,
  },
  // Answerable – waste
  { question: "We've got an old fridge freezer to get rid of, can it go in and is it extra?", facts: ['£45'], escalate: false },
  {
    question: "Taking a ceiling down so there'll be a fair bit of plasterboard. Anything I need to know?",
    facts: ['bagged'],
    escalate: false,
  },
  { question: 'can old paint tins go in', facts: ['dried out'], escalate: false },
  // Answerable – hire length
  { question: 'Need to keep the skip one more week, what will that cost?', facts: ['£30'], escalate: false },
  {
    question: "Skip's full already but we've still got loads to go. Can you take it away and drop another empty one?",
    facts: ['minus £20'],
    escalate: false,
  },
  // Answerable – delivery
  { question: 'Do you deliver saturday afternoon?', facts: ['mornings only'], escalate: false },
  {
    question: "Can you tell me what time exactly the lorry will turn up? I'll need to move my car off the drive first",
    facts: ['30 minutes'],
    escalate: false,
  },
  {
    question: 'how wide does my gateway need to be for you to get the skip through to the back?',
    facts: ['3.2 metres'],
    escalate: false,
  },
  // Answerable – wait & load, grab
  {
    question: 'With the wait and load, how long do we get to fill it before the driver goes?',
    facts: ['45 minutes'],
    escalate: false,
  },
  {
    question:
      "Garden's behind a 2m wall and there's no side access, can your grab thing reach over to get the soil out?",
    facts: ['6 metres'],
    escalate: false,
  },
  // Answerable – payment
  { question: 'can I just pay the driver in cash when he drops it off', facts: ["don't take cash"], escalate: false },
  {
    question: "Booked a skip for Thursday but might need to cancel on Wednesday – will I be charged?",
    facts: ['3pm', '£40'],
    escalate: false,
  },

  // Unanswerable (near-misses included)
  { question: 'How much is a 10 yard skip?', unknown: true, escalate: false },
  { question: 'Can an old sofa go in the skip?', unknown: true, escalate: false },
  { question: 'What percentage of the waste do you recycle?', unknown: true, escalate: false },
  { question: 'do you do a discount for pensioners', unknown: true, escalate: false },
  { question: 'Can you deliver a skip to Lutterworth?', unknown: true, escalate: false },
  { question: 'Do you have skips with a lockable lid? Worried about neighbours filling it', unknown: true, escalate: false },
  {
    question: "Can the skip go on the grass verge outside our house rather than the road?",
    unknown: true,
    escalate: false,
  },
  { question: 'Do you collect those big builders bags, like hippo bags?', unknown: true, escalate: false },
  {
    question: 'Roughly how long will the grab lorry be outside my house to load up a load of soil?',
    unknown: true,
    escalate: false,
  },
  { question: 'Can you give me a waste transfer note for my records?', unknown: true, escalate: false },

  // Escalations – each meets a different rule
  {
    question:
      "Knocking down an old garage at the back – the roof is those wavy grey cement sheets and my neighbour reckons it could be asbestos. Can I just break it up and put it in the skip?",
    escalate: true,
  },
  {
    question:
      "Your driver dropped the skip on my drive this morning and there's now a big crack right across two of the block paving slabs. Who's paying for that?",
    escalate: true,
  },
  {
    question:
      "We're a small building firm in Wigston and need skips most weeks. Can we set something up so we pay monthly on invoice instead of card each time?",
    escalate: true,
  },
  {
    question:
      "We're refurbishing a school over the summer holidays and need five 8 yard skips on site at the same time. Is that something you can do?",
    escalate: true,
  },
];
