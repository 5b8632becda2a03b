// Round-31 HELD-OUT set, written blind (only eval/cases.ts read). Never tuned on: read only as totals.

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Business A
// ---------------------------------------------------------------------------

export const R31A_NAME: string = 'Fenwick Coaches';
export const R31A_AGENT_NAME: string = 'Dawn';

export const R31A_CONTEXT: string = `We're Fenwick Coaches, a family run coach and minibus hire firm based in Kettering, Northamptonshire. My dad started the business in 1987 with one 29-seater and we now run 11 vehicles from 16 to 57 seats, all with our own drivers. We do school trips, weddings, airport runs, club and works outings and our own programme of day trips.

Depot & office: Unit 4, Pytchley Road Industrial Estate, Kettering NN15 6JQ.
Office hours Monday to Friday 8.30am-5.30pm, Saturday 9am-12.30pm. Office closed Sundays and bank holidays (the coaches still run though!).
Phone 01536 412 880, email bookings@fenwickcoaches.co.uk

If you're out on a trip with us and something goes wrong out of hours, there's an on-call number on the back of your booking confirmation.

We're a friendly lot and like to keep things relaxed and straightforward. Most of our customers are local and plenty of them come back year after year, so treat people like neighbours.`;

export const R31A_BUSINESS_RULES: string = `Few things for whoever's on the chat (or the bot!)

Keep it chatty and friendly, first names are fine. None of the "Dear valued customer" rubbish.

DON'T confirm a booking or say a vehicle is free on a date. Only the office can check the diary. Tell them to ring or email and we'll get back to them same day.
Don't do discounts. If they push, say Karen in the office looks at every quote personally.
Prices on the website are a guide - always say the final quote comes from us in writing.
Never give out a driver's mobile number.

PASS IT TO A PERSON (office in hours, on-call out of hours) when:
  - coach or driver hasn't turned up, or is running late on the day - URGENT, do it straight away
  - complaint about one of the drivers (driving, attitude, whatever it is)
  - any accident, damage, or someone hurt or taken ill on a trip
  - multi-day tours or anything going abroad, Karen quotes those herself
  - they ask for a real person
  - they're obviously getting wound up, don't argue with them just hand it over

cheers, Martin`;

export const R31A_RULES: string[] = [];

export const R31A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our vehicles',
    category: 'Fleet',
    content: `We've got 11 vehicles at the moment, all kept at our Kettering depot and serviced in-house by our mechanic Steve.

- 16-seat minibuses (x4) - great for small groups, airport runs and stag/hen dos
- 24-seat midi coaches (x2)
- 33-seat coaches (x2)
- 49-seat coaches (x2) - our most popular for schools and weddings
- 57-seat executive coach (x1) - leather seats, onboard toilet, fridge and extra legroom

Every seat in every vehicle has a seatbelt, and by law passengers have to wear them.

Accessibility
One of our 16-seaters has a rear tail lift and can carry up to 2 wheelchair users (plus 10 seated passengers). Please tell us when you book as it gets booked up fast. Our drivers will help with loading but can't lift passengers.

Toilets
Only the 57-seat executive has a toilet on board. On the others the driver will plan comfort stops, just ask.`,
  },
  {
    title: 'Hire prices (guide)',
    category: 'Prices',
    content: `These are guide prices for local hire, including driver and fuel. Half day = up to 5 hours, full day = up to 10 hours, both including up to 150 miles in total.

16-seat minibus ........ half day £220 / full day £340
24-seat midi ........... half day £265 / full day £395
33-seat coach .......... half day £310 / full day £460
49-seat coach .......... half day £380 / full day £560
57-seat executive ...... half day £450 / full day £650

Extra miles over 150: £1.60 per mile
Extra hours: £45 per hour (any vehicle)
Sundays and bank holidays: add 15%
Christmas Eve, Christmas Day, Boxing Day and New Year's Eve: add 50%
Overnight stays: driver allowance of £85 per night, plus you book and pay for the driver's room (single room with parking please)

All prices include VAT. Your final quote always comes in writing from the office.`,
  },
  {
    title: 'Booking and paying',
    category: 'Bookings',
    content: `How do I book?
Ring the office on 01536 412 880 or email bookings@fenwickcoaches.co.uk with your date, pick-up and drop-off addresses, times and number of passengers. We'll send a written quote, usually the same working day.

How long is my quote valid?
14 days. After that we'll need to re-check prices and availability.

Is there a deposit?
Yes, 25% of the total to secure the date. We don't hold a vehicle until the deposit is in.

When is the rest due?
The balance is due 21 days before your travel date. If you book within 21 days of travel we need the full amount up front.

How can I pay?
Bank transfer (details are on your invoice) or card over the phone. We don't take cash on the day, sorry, our drivers don't carry money.

Schools, councils and registered clubs
You can open an account with us and pay on invoice within 30 days of the trip.`,
  },
  {
    title: 'Cancellations and changes',
    category: 'Bookings',
    content: `We know plans change. Here's how it works if you need to cancel:

More than 42 days before travel - we refund your deposit minus a £30 admin fee.
Between 21 and 42 days - you lose the deposit.
Less than 21 days - 50% of the total hire.
Less than 72 hours - the full hire cost is payable.

Moving your date counts as a cancellation, unless we can move you to a new date in the same calendar year, in which case it's free (once).

Pick-up time or address changes are free up to 48 hours before. After that we'll do our best but can't promise anything.

Numbers gone up and need a bigger vehicle? Let us know as early as you can, you'll just pay the difference.

If we ever have to cancel (breakdown with no replacement, severe weather), you get a full refund of everything you've paid.`,
  },
  {
    title: 'Weddings',
    category: 'Weddings',
    content: `## Wedding hire
We love doing weddings! Our 49-seaters and the executive coach are the usual choice for getting guests from the ceremony to the reception and home again at the end of the night.

## What's included
- White ribbons on the front of the coach, free of charge
- Driver in a suit and tie
- Up to 30 minutes' waiting at each pick-up at no extra cost

## Late finishes
Our standard wedding price covers return journeys up to midnight. After midnight it's £40 per hour extra, and we won't run later than 2am.

## Drinks and confetti
Adults may bring drinks on board for wedding hires, but no glass please - cans and plastic only. No confetti or glitter inside the vehicles. If the coach needs a proper clean afterwards (sickness, spilt drinks etc.) there's a £75 cleaning charge.

## Wedding price
From £495 for a 49-seat coach doing a ceremony-to-venue run in the afternoon and a venue-to-hotel run in the evening, within 20 miles.`,
  },
  {
    title: 'Airport transfers',
    category: 'Airport runs',
    content: `We run to all the main airports: Heathrow, Gatwick, Stansted, Luton, Birmingham and East Midlands.

Going out: we work out your pick-up time so you arrive 3 hours before an international flight (2 hours for domestic).

Coming back: we track your flight, so if it's delayed we know about it. You get 60 minutes free waiting from when your flight actually lands. After that it's £20 for each 30 minutes. The driver meets you in arrivals with a name board.

Luggage: on the minibuses it's one big suitcase and one small bag per person. Golf clubs, skis, bikes and pushchairs - tell us when you book, we may need to send a luggage trailer (£45).

Sample prices (16-seat minibus, one way from Kettering):
Luton £165
East Midlands £175
Birmingham £195
Stansted £230
Heathrow £280
Gatwick £350
Coach prices on request.

Airport drop-off and parking charges are included in the price.`,
  },
  {
    title: 'School trips',
    category: 'Schools',
    content: `We've been driving for local schools for over 30 years and currently do regular work for 14 schools across North Northamptonshire.

What schools need to know:
• All our drivers have an enhanced DBS check, renewed every 3 years.
• Every seat has a three-point seatbelt. We ask teachers to do a belt check before we set off.
• We can email our operator licence, insurance certificate and a copy of our risk assessment for your trip paperwork, just ask.
• Sick bags and a first aid kit are on every vehicle.
• Staff ratios are up to the school, but we need at least one adult (not the driver) on every trip with under-11s.
• Swimming lessons and sports fixtures: regular weekly runs are charged at a special rate, ask us for a term price.
• Residential trips: drop-off and collection on different days are charged as two separate journeys, with no overnight charge.`,
  },
  {
    title: 'Day trips programme',
    category: 'Day excursions',
    content: `Every year we run our own programme of day trips that anyone can book a seat on - you don't need to be a group!

Pick-up points (in this order): Corby bus station 7.15am, Kettering Sainsbury's car park (Northfield Avenue) 7.40am, Wellingborough Swanspool 8.05am. Return times are given on the day, usually around 7pm.

This year's trips:
Sat 12 April - Bourton-on-the-Water
Sat 17 May - Skegness
Sun 22 June - Whitby (long day, 6am start)
Sat 9 August - Hunstanton
Sat 6 December - York Christmas market

Seat prices: adults £32, over-60s £29, children 3-15 £20, under 3s free on a lap. Whitby is £10 extra per seat.

Book by phone or pop into the office. Payment in full when you book. Seats are allocated in order of booking (front seats go fast!).

A trip goes ahead once 25 seats are sold. If we have to cancel we'll tell you at least 7 days before and refund in full. If you cancel, you can have a refund up to 14 days before the trip; after that we can only swap you onto another trip.`,
  },
  {
    title: 'FAQs',
    category: 'General',
    content: `Can we eat and drink on board?
Cold food and soft drinks are fine. No hot food, chips or takeaways please.

Can we bring the dog?
Assistance dogs are always welcome. Other pets by arrangement on private hire only, and they must stay on the floor on a blanket.

Can we play our own music?
Yes, all vehicles have Bluetooth through the speakers. The 49 and 57-seaters also have a microphone for the tour guide (or the best man).

How far can a driver go in one day?
Drivers' hours rules limit driving to 9 hours a day, with a 45-minute break after 4.5 hours. For very long days we may need to send a second driver (£180 a day), we'll tell you at quote stage.

Is smoking allowed?
No smoking or vaping on any of our vehicles. The driver will stop for breaks.

Lost property
We check every vehicle after a hire. Anything left behind is kept at the depot for 28 days - ring the office and we'll have a look. We can post items back for £6.

Do I need to tip the driver?
Not at all, though they always appreciate it!

Do you do stag and hen parties?
Yes, with a £100 refundable damage deposit, returned within 5 working days if all's well.`,
  },
];

export const R31A_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'how much for a 49 seater for the whole day? theme park about 60 miles away', facts: ['£560'], escalate: false },
  { question: 'How much do we have to put down to hold the coach and when do you want the rest of the money?', facts: ['25%', '21 days'], escalate: false },
  { question: 'can i just pay the driver in cash when he picks us up', facts: ['bank transfer'], escalate: false },
  { question: 'we booked a minibus for a 40th in about 2 months but the party is off now. do we get our deposit back?', facts: ['£30'], escalate: false },
  { question: 'Need to change the pick up to my mums address instead, trip is next week, is that alright?', facts: ['48 hours'], escalate: false },
  { question: 'For the wedding coach, how late at night can it bring people back and does it cost more after 12?', facts: ['£40 per hour', '2am'], escalate: false },
  { question: 'are guests ok to bring a few bottles of prosecco on the wedding coach?', facts: ['no glass'], escalate: false },
  { question: 'Our flight back from Tenerife gets into East Mids at 11pm. If its delayed will the driver still be there?', facts: ['60 minutes'], escalate: false },
  { question: 'minibus to stansted, one way, roughly what price?', facts: ['£230'], escalate: false },
  { question: 'Two of us are taking golf bags on our airport run, is there room or is that extra?', facts: ['£45'], escalate: false },
  { question: "Organising the year 6 leavers trip - are the drivers police checked?", facts: ['enhanced DBS'], escalate: false },
  { question: 'where do i get on the day trip coach in kettering and what time?', facts: ["Sainsbury's", '7.40'], escalate: false },
  { question: 'how much is a seat on the york trip for my mum, she is 72', facts: ['£29'], escalate: false },
  { question: 'left my jacket on one of your coaches saturday, how long do you hang on to things?', facts: ['28 days'], escalate: false },
  { question: "is there a loo on the 49 seater? it's a 3 hour run to the coast with our bowls club", facts: ['57-seat'], escalate: false },
  { question: 'My dad is in a wheelchair, can he come on the minibus to the wedding? there may be one more wheelchair user too', facts: ['tail lift'], escalate: false },
  // Unanswerable
  { question: 'is there wifi on the coaches?', unknown: true, escalate: false },
  { question: 'Are any of your vehicles electric or hybrid?', unknown: true, escalate: false },
  { question: 'do you sell gift vouchers for the day trips? want one for my nan for christmas', unknown: true, escalate: false },
  { question: 'Do you do funerals, taking mourners to the crem and back?', unknown: true, escalate: false },
  { question: 'are you taking on any drivers at the moment? i have my full PCV licence', unknown: true, escalate: false },
  { question: 'do the seats have usb points to charge phones', unknown: true, escalate: false },
  // Hand-over
  { question: 'coach was meant to be outside school at 8 for our trip, its 8.25 and no sign of it. 45 kids waiting!!', escalate: true },
  { question: 'Our driver on Saturday was on his phone on the M1 and was really rude to the bride\'s mum. Not happy at all.', escalate: true },
  { question: 'We are looking at taking our choir to Belgium for 4 days next spring, is that something you could do?', escalate: true },
  { question: 'one of our group slipped getting off the coach at the venue and has hurt her wrist quite badly, what do we do', escalate: true },
];

// ---------------------------------------------------------------------------
// Business B
// ---------------------------------------------------------------------------

export const R31B_NAME: string = 'Hive & Heather';
export const R31B_AGENT_NAME: string = 'Meg';

export const R31B_CONTEXT: string = `Hive & Heather is a small beekeeping supplies shop on our family farm just outside Ludlow in Shropshire. I'm Sue, I've kept bees for over 25 years, and my husband Rob looks after the honey side of things. We sell hives, frames, suits, tools and treatments, our own honey from about 60 colonies around the Clee Hills, and we run beginner courses from April to September in our teaching apiary.

Address: Hive & Heather, Brookend Farm, Bitterley, Ludlow SY8 3HL (follow the brown sign off the A4117).
Phone 01584 890 214 (leave a message if we're out at the bees!), email hello@hiveandheather.co.uk
The online shop is open all the time, shop opening hours are on the Visiting page.

We're not a big company so please bear with us in summer. The chat should be warm and helpful, a bit of bee enthusiasm is nice but don't go overboard. Lots of our customers are complete beginners so no jargon without explaining it.`;

export const R31B_BUSINESS_RULES: string = `notes for the chat - from Sue

- be kind to beginners, nobody knew what a nuc was once!
- don't give medical advice about stings. if someone feels unwell after a sting tell them to ring 111, or 999 if they're struggling to breathe
- don't promise nuc dates, the bees decide not us. estimates only
- never try to diagnose a bee disease from a description or a photo
- we don't price match, sorry

also pass it to me if:
  someone has a swarm in their house / chimney / wall right now
  anyone wants to sell us their honey or wax`;

export const R31B_RULES: string[] = [
  'Customer thinks they have foulbrood or any notifiable disease',
  'Order arrived damaged or jars broken',
  'Trade/wholesale honey enquiries (shops, cafes, farm shops)',
  'Refund request over £100',
  'Customer asks to speak to a person',
  'Complaint about a course or instructor',
];

export const R31B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Beginner courses',
    category: 'Courses',
    content: `New to bees? Our courses are run by Sue in our teaching apiary at the farm, and they're the best way to find out if beekeeping is for you before you spend money on kit.

**Taster Afternoon** - £45
2.5 hours, Sunday afternoons in May and June. A short talk and then a look inside a hive. Makes a lovely gift.

**Beginners' Day** - £95
10am to 4pm on selected Saturdays, April to August. Covers the bee year, equipment, handling, swarm control and the main pests. Includes a homemade lunch and two supervised hive inspections.

**First Season Course** - £260
Six evening sessions (6pm to 8.30pm) from April to September, following our hives through a whole season, plus a follow-up visit to your own apiary in your first year.

Good to know
- Maximum 8 people per course so everyone gets hands-on time.
- Bee suits, gloves and veils are lent for the day, but please bring wellies.
- Minimum age 12, and under-16s must come with a paying adult.
- If it's too cold or wet to open the hives, we do the theory indoors and you can come back for a free hive session on another date.
- Cancel more than 14 days before for a full refund. After that we can move you to another date but can't refund.
- Course attendees get 10% off any kit bought on the day.`,
  },
  {
    title: 'Starter kits',
    category: 'Shop',
    content: `Our starter kits have everything you need for your first colony except the bees. All hives are made from Western Red Cedar and come flat-packed with instructions (or assembled for £40 extra).

National Hive Starter Kit - £349
Hive with floor, brood box, 2 supers, crown board and roof; 11 brood frames and 20 super frames with wax foundation; queen excluder; smoker; hive tool; feeder.

WBC Hive Starter Kit - £475
Same as above in the traditional "cottage garden" WBC hive with outer lifts.

Beekeeper's Kit (no hive) - £119
Full suit with fencing veil, leather gloves, smoker, hive tool, bee brush.

Add-ons
Hive stand £38
Extra super with frames £62
Children's bee suit £42 (ages 6-12)

Bees are sold separately, see "Buying bees".`,
  },
  {
    title: 'Buying bees',
    category: 'Bees',
    content: `A nuc (short for nucleus) is a small starter colony on 5 frames with a laying queen, workers and brood. It's how most beginners start.

Our nucs are bred from our own calm local colonies here in Shropshire, and come with a marked queen from this year.

Price: £245 per nuc.
When: usually from late May to the end of July, depending on the weather. We'll email you about a week before yours is ready.
How to order: reserve online or by phone with a £60 deposit, the rest is paid when you collect.
Collection only - we don't post or courier live bees. Collect at dusk or early morning, bring the nuc home in the car with a window open a crack and put it straight onto its stand.

Nucs come in a poly nuc box. There's a £25 deposit on the box, refunded if you return it clean within 6 weeks.

We only sell nucs to people who've either done a course (ours or anyone else's) or have a mentor. Sorry, we're strict on this one.`,
  },
  {
    title: 'Our honey',
    category: 'Honey',
    content: `All our honey comes from our own hives around the Clee Hills. It's cold extracted and only gently warmed for jarring, so it's as close to straight-from-the-hive as we can get it.

What we have (depends on the season):
- Spring Blossom (soft set, pale, from May) - 340g £7.50
- Summer Wildflower (runny) - 340g £7.50, 454g £9.50
- Heather Honey (from the moors in August, thick and strong) - 227g £8.95
- Cut Comb - about 200g, £11
- Honey gift box (3 x 113g jars) - £14

Crystallised? That's perfectly natural. Stand the jar in warm (not hot) water for 20 minutes and stir. Don't microwave it.

Honey should not be given to babies under 12 months old.

Best before is 2 years from jarring, but honey keeps really well with the lid on and out of the sun.`,
  },
  {
    title: 'Delivery',
    category: 'Orders & delivery',
    content: `We send parcels with Royal Mail Tracked 48, and heavier items by DPD.

UK mainland
Standard (Royal Mail, 2-3 working days) - £4.95
Free standard delivery on orders over £60
Hives, kits and anything over 10kg - DPD next working day, £12.95 (never free, sorry, they're heavy!)

Scottish Highlands, Isle of Man, Scilly and Northern Ireland: add £10.
We don't currently ship outside the UK.

Orders placed before 12 noon Monday to Friday go out the same day. Weekend orders go out on Monday.

Honey is packed in recycled cardboard and paper, no plastic bubble wrap.

Click & collect is free - choose it at checkout and wait for our "ready to collect" email before you set off.`,
  },
  {
    title: 'Returns and refunds',
    category: 'Orders & delivery',
    content: `If you're not happy, you can return most items within 30 days for a refund.

Items must be unused and in their original packaging. We can't take back suits or gloves that have been worn in the apiary, for obvious reasons!

Can't be returned:
- honey and other food
- wax foundation once the packet is opened
- medicines and treatments (Apivar, oxalic acid etc.)
- live bees

Return postage is paid by you unless the item is faulty. Refunds go back to the original payment method within 5 working days of us receiving the return.`,
  },
  {
    title: 'Visiting the shop',
    category: 'Visiting',
    content: `Shop opening hours

March to September: Tuesday to Saturday, 9am to 5pm
October to February: Thursday to Saturday, 10am to 4pm
Closed Sundays, Mondays and between Christmas and New Year.

Parking is free in the farmyard. The shop is all on one level with a ramp at the door.

Dogs on leads are welcome in the shop but not in the apiary area.

If you're coming a long way, give us a ring first - in summer we can be out at the hives or extracting and might have to shut for an hour.`,
  },
  {
    title: 'Equipment hire',
    category: 'Shop',
    content: `Don't want to buy an extractor for a couple of hives? Hire ours.

Radial 9-frame electric extractor: £25 per weekend (Fri to Mon)
Manual 4-frame extractor: £15 per weekend
Settling tank and honey buckets: included

There's a £50 refundable deposit on each item.
Please return everything washed in cold water first, then warm - hot water melts the wax onto it! A £15 cleaning charge applies if it comes back sticky.

August is very busy so book at least 3 weeks ahead. Hire is collection only.`,
  },
  {
    title: 'Beekeeping FAQ',
    category: 'Help',
    content: `Varroa treatments
We stock Apivar strips (£32 for 10 strips, treats 5 hives), Api-Bioxal oxalic acid (£22 for 35g) and MAQS. Always follow the label. We can't advise on treatment for a particular colony over chat, please speak to your local association or bee inspector.

Wax exchange
Bring us your clean, rendered beeswax and we'll swap it for foundation. You get 1kg of foundation for every 2kg of wax, plus a £5 per kg conversion charge. Minimum 2kg. Wax must be clean - no old brood comb straight from the hive.

Feeding
We sell ready-made syrup (Ambrosia) in 2.5kg and 14kg, and fondant in 2.5kg blocks. Ambrosia 14kg is £38.

Gift vouchers
Available in £10, £25 and £50, or for any of our courses. They're valid for 2 years.

Registering your bees
Please register your apiary on BeeBase (it's free, run by the National Bee Unit) so the bee inspectors can warn you about disease nearby.

Joining a local association
We'd really recommend it. Our local association meets in Ludlow on the second Tuesday of each month.`,
  },
];

export const R31B_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'how much is the one day beginners course, do we get fed?', facts: ['£95', 'lunch'], escalate: false },
  { question: 'My daughter is 11 and bee mad, could she do a course with me?', facts: ['12'], escalate: false },
  { question: 'do i have to bring my own suit to the course?', facts: ['wellies'], escalate: false },
  { question: 'what happens if its pouring down on the day of my course', facts: ['free hive session'], escalate: false },
  { question: 'How much is the National hive kit and can you put it together for me?', facts: ['£349', '£40'], escalate: false },
  { question: 'When do your nucs become available? Roughly', facts: ['late May'], escalate: false },
  { question: 'how much do i pay upfront to reserve a nuc', facts: ['£60'], escalate: false },
  { question: 'I got a nuc off you last year and the polystyrene box is still in my shed, can I get my money back on it?', facts: ['6 weeks'], escalate: false },
  { question: 'whats the heather honey cost', facts: ['£8.95'], escalate: false },
  { question: 'my honey has gone all hard and grainy, has it gone off??', facts: ['20 minutes'], escalate: false },
  { question: 'Is postage free? my basket comes to about £45', facts: ['£4.95'], escalate: false },
  { question: "if I order the WBC kit is delivery free since it's way over the free delivery amount?", facts: ['£12.95'], escalate: false },
  { question: 'I want to send back a smoker I never used, how long have I got and how quick is the refund?', facts: ['30 days', '5 working days'], escalate: false },
  { question: 'are you open mondays? thinking of popping over in november', facts: ['Thursday'], escalate: false },
  { question: 'how much to borrow the electric extractor for a weekend, do you need a deposit?', facts: ['£25', '£50'], escalate: false },
  { question: 'how does swapping my old wax for new foundation work? got about 3kg', facts: ['£5 per kg'], escalate: false },
  // Unanswerable
  { question: 'do you sell mead?', unknown: true, escalate: false },
  { question: 'can i pay with klarna', unknown: true, escalate: false },
  { question: "Do you do an adopt-a-hive thing? Looking for a present for my brother", unknown: true, escalate: false },
  { question: 'do you sell wildflower seeds or bee friendly plants for the garden?', unknown: true, escalate: false },
  { question: 'Have you got any propolis tincture?', unknown: true, escalate: false },
  { question: 'are you at any farmers markets? would rather buy the honey in person near Shrewsbury', unknown: true, escalate: false },
  // Hand-over
  { question: 'parcel came this morning and 3 of the jars are smashed, honey all through the box', escalate: true },
  { question: 'I think one of my colonies might have foulbrood, the cappings look sunken and it smells off. what do I do?', escalate: true },
  { question: 'a swarm has just gone into our chimney about an hour ago, can someone come out??', escalate: true },
  { question: 'Hi, I run a small cafe in Church Stretton and would love to stock your honey. What are your trade prices?', escalate: true },
];
