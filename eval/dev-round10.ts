/**
 * DEV businesses written in round 10 without reading the agent's code; tuned on.
 *
 * Two trades unlike the earlier eval businesses: Marsh Lane Garage, an independent MOT,
 * servicing and repair garage in Norwich (MOT price and what happens on failure, service levels
 * and prices, diagnostics and warning lights, tyres, brakes, air-con regas, courtesy car,
 * collection and delivery, parts and labour guarantee, paying, booking and cancelling), and
 * Bloom & Stem Florist, a florist in Cheltenham with online ordering (bouquet sizes and prices,
 * same-day delivery cut-off and areas, delivery charges by zone, wedding and funeral flowers
 * with consultations and deposits, flower care, substitutions, subscriptions, what happens if
 * the recipient is out, damaged flowers and refunds, card messages). Articles are written like
 * a small business's help pages (headings, lists, price tables, an FAQ, plain paragraphs); each
 * business has 40 questions: 28 answerable and paraphrased the way customers ask (long stories,
 * terse questions, typos, text-speak, two-part questions, different vocabulary), 10 that the
 * pages do NOT answer though they share ordinary words with them, and 2 that a supervisor would
 * pass to a person under one of the rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Marsh Lane Garage (GARAGE)
// ---------------------------------------------------------------------------------------------

export const GARAGE_CONTEXT =
  'Marsh Lane Garage is an independent MOT, servicing and car repair garage at 27 Marsh Lane, Norwich, NR3 2QT. Phone 01603 555 274, email workshop@marshlanegarage.co.uk. Open Monday to Friday 8:00am to 5:30pm and Saturday 8:30am to 12:30pm; closed on Sundays and bank holidays.';

export const GARAGE_RULES = [
  'always escalate if a customer says their brakes, steering or a wheel failed after we worked on the car',
  'refund requests over £150',
  'customer says we damaged their car while it was with us (scratches, dents, kerbed alloys etc) - pass to a person',
  'Courtesy car accidents / speeding or parking tickets on the courtesy car / a claim on our insurance.',
];

export const GARAGE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'MOT tests and what happens if your car fails',
    category: 'MOT',
    content: `# MOT tests and what happens if your car fails

We are a DVSA-approved MOT test centre for cars, light vans and motorhomes up to 3,000kg. The test itself takes about 45 minutes to an hour, and you're welcome to wait in our waiting room while it's done.

## What an MOT costs

Our MOT costs **£40**. That's well under the £54.85 maximum the government allows test centres to charge. If you book your MOT at the same time as a full or major service, the MOT is just **£30**.

## When can I have my MOT done?

You can have your MOT up to a month (minus a day) before your current certificate runs out and still keep the same renewal date. For example, if your MOT expires on 15 May, the earliest you can test and keep that date is 16 April. We send a free reminder text 4 weeks before your MOT is due if you've tested with us before.

## If your car fails

Don't panic - most fails are for small things like bulbs, wiper blades or tyres. Here's what happens:

1. We give you the fail certificate and a list of the faults, with a written quote for fixing each one. We never start repairs without your go-ahead.
2. **If you leave the car with us for the repairs**, the partial retest is free as long as it's done within 10 working days.
3. **If you take the car away to be repaired elsewhere** and bring it back within 10 working days, the retest is free for minor items (lamps, wipers, mirrors, horn, number plates, tyres, seatbelts, doors and the fuel cap). For anything else we charge half the test fee, which is £20.
4. After 10 working days, the car needs a full MOT at the full price.

## Dangerous faults

If the tester finds a fault marked "dangerous", the law says the car must not be driven on the road until it's fixed - even if your old certificate hasn't run out yet. If you'd rather have the repairs done somewhere else, we can arrange for a recovery truck to take it, from £65 within the Norwich ring road.

## Advisories

Advisories are things that passed but are wearing and will need attention soon, such as tyres close to the legal limit or slight corrosion. They don't cause a fail, but we'll point them out and give you a price so you can plan ahead.
`,
  },
  {
    title: 'Servicing: which service do I need and what does it cost?',
    category: 'Servicing',
    content: `# Servicing: which service do I need and what does it cost?

We offer three levels of service. All prices include parts, labour and VAT, and engine oil up to 5 litres. Cars that take more than 5 litres are charged £9 for each extra litre.

| Service | Up to 1.4 litre engine | 1.4 to 2.0 litre engine | Over 2.0 litre engine | How long it takes |
|---------|------------------------|-------------------------|-----------------------|-------------------|
| Interim service | £129 | £149 | £169 | about 1.5 hours |
| Full service | £219 | £249 | £289 | about 3 hours |
| Major service | £329 | £369 | £419 | most of the day |
| Electric vehicle health check | £89 | £89 | £89 | about 1 hour |

## Which one do I need?

- **Interim service** - every 6 months or 6,000 miles, whichever comes first. Oil and oil filter change, plus a 40-point check of lights, tyres, brakes, fluids and steering. Ideal if you do a lot of miles.
- **Full service** - every 12 months or 12,000 miles. Everything in the interim service plus a new air filter, an 80-point check, a brake inspection with the wheels off and a battery test.
- **Major service** - every 2 years or 24,000 miles. Everything in the full service plus a new pollen filter, spark plugs (petrol cars), fuel filter (diesel cars) and a brake fluid change.

Our electric vehicle health check covers tyres, brakes, suspension, the 12-volt battery, cabin filter and a read-out of the high-voltage battery's health. Hybrids have the normal service for their engine size.

## Will it affect my manufacturer warranty?

No. Under the Block Exemption rules, servicing with an independent garage won't affect your warranty, as long as the work follows the manufacturer's schedule and uses parts of matching quality. We do both, and we stamp your service book or update your car's digital service record with the manufacturer.

## What else?

If we spot anything during the service that needs work, we'll ring you with a price before doing it. You'll get a copy of the checklist with every item marked green, amber or red so you can see exactly what we've looked at.
`,
  },
  {
    title: 'Warning lights and diagnostic checks',
    category: 'Diagnostics',
    content: `# Warning lights and diagnostic checks

Modern cars have dozens of warning lights, and it can be hard to know which ones matter. As a rule of thumb, the colour tells you how urgent it is.

## What the colours mean

- **Red lights** - stop as soon as it is safe to do so and turn the engine off. Red warnings include oil pressure (the oil can), engine temperature, the brake warning and the battery/charging light. Driving on can cause serious engine damage. Ring us and we'll arrange recovery to the garage.
- **Amber or orange lights** - get the car checked soon, within a few days. These include the engine management light (the engine-shaped symbol), ABS, tyre pressure, glow plug and the diesel particulate filter (DPF) light. You can usually keep driving carefully.
- **A flashing engine management light** usually means the engine is misfiring. Slow down, avoid long trips and book in as soon as you can, because a misfire can damage the catalytic converter.

## Diagnostic prices

| Check | Price | What you get |
|-------|-------|--------------|
| Fault code read | £45 | We plug in our diagnostic computer, read the stored codes and explain what they mean (about 30 minutes) |
| Full diagnostic investigation | £75 per hour | Testing wiring, sensors and components to find the exact cause when codes alone don't show it |
| Tyre pressure light reset | Free | We check and set your pressures and reset the light |

If you go ahead with the repair with us, we take the £45 fault code read off your bill. We always tell you before a full investigation goes past the first hour.

## DPF light

If you mostly drive short trips in a diesel, the DPF can clog up. Often the light clears if you drive for 15 to 20 minutes at a steady speed above 40mph. If it stays on after that, book in for a code read.

## Can't you just turn the light off?

We can clear a warning light, but if the fault is still there it will simply come back. We'd always rather find and fix the cause so you're not left with a problem that gets more expensive later.
`,
  },
  {
    title: 'Tyres, puncture repairs and wheel alignment',
    category: 'Tyres',
    content: `# Tyres, puncture repairs and wheel alignment

## Tyre prices

Prices are per tyre, fitted, and include a new valve, balancing and disposal of your old tyre.

| Tyre size (rim) | Budget | Mid-range | Premium (Michelin, Continental) |
|-----------------|--------|-----------|----------------------------------|
| 14 inch | £55 | £72 | £95 |
| 15 inch | £62 | £80 | £108 |
| 16 inch | £70 | £92 | £125 |
| 17 inch | £85 | £110 | £150 |
| 18 inch | £98 | £130 | £175 |

You'll find your tyre size on the tyre wall, e.g. 205/55 R16 - the number after the R is the rim size. We keep common sizes in stock. Anything else we can usually get by the next morning if you order before 3pm.

## When should I replace my tyres?

The legal minimum tread depth is 1.6mm across the central three-quarters of the tyre. Braking distances get noticeably longer well before that, so we recommend changing tyres at 3mm. You'll also need new tyres if there are cuts, bulges or cracking in the sidewall.

## Puncture repairs

A puncture repair costs £20 and is done to the British Standard (BS AU 159). We can only repair a puncture in the central part of the tread. We can't repair damage in the sidewall or the shoulder, or a tyre that has been driven on while flat, because it isn't safe.

If your car has run-flat tyres, these generally have to be replaced rather than repaired.

## Wheel alignment (tracking)

If your steering wheel isn't straight when you're driving straight, or the car pulls to one side, your alignment is probably out - often after hitting a pothole or kerb. Uneven alignment also wears the edges of your tyres quickly.

- Front wheel alignment: £39
- Four-wheel alignment: £69

## Locking wheel nuts

If your wheels have locking nuts, please leave the key in the glovebox or hand it in with your car keys.
`,
  },
  {
    title: 'Brakes: warning signs and prices',
    category: 'Brakes',
    content: `# Brakes: warning signs and prices

Your brakes are the most important safety system on the car, so don't ignore the signs that something's wrong.

## Signs your brakes need attention

- A squealing or squeaking noise when you brake
- A grinding or metal-on-metal sound - this usually means the pads are worn right down
- The car pulling to one side under braking
- A soft or spongy pedal, or one that goes further down than it used to
- Vibration through the steering wheel or pedal when braking
- The brake warning light on the dashboard

## Free brake check

We offer a free brake check. It takes about 20 minutes: we measure your pads and discs, check for leaks and look at the brake fluid. You'll get an honest answer on whether anything needs doing now, soon or not at all. Just ring to book a slot.

## Brake prices

Prices include parts, labour and VAT.

| Job | Most small and medium cars | Larger cars, SUVs and vans |
|-----|----------------------------|----------------------------|
| Front brake pads | £110 | £145 |
| Rear brake pads | £100 | £135 |
| Front discs and pads | £235 | £295 |
| Rear discs and pads | £215 | £275 |
| Brake fluid change | £55 | £55 |
| Handbrake adjustment | £35 | £45 |

Cars with an electronic parking brake need a diagnostic tool to wind the rear brakes back. That's included in the price.

## Brake fluid

Brake fluid absorbs moisture over time, which lowers its boiling point and makes the brakes less effective. Most manufacturers recommend changing it every 2 years, and it's included in our major service.

## After new pads or discs

New pads and discs need time to bed in. For the first 200 miles, try to avoid heavy or emergency braking where you can, and leave a little more distance to the car in front. It's normal for the brakes to feel slightly different for the first few days.
`,
  },
  {
    title: 'Air conditioning regas and repairs',
    category: 'Air conditioning',
    content: `# Air conditioning regas and repairs

Car air conditioning loses around 10 to 15 per cent of its gas each year, even when nothing is wrong. If your air-con isn't as cold as it used to be, a regas is usually the answer.

## Which gas does my car use?

There are two types of air-con gas. Most cars built before 2017 use R134a, and most cars built from 2017 onwards use R1234yf, which is much more expensive. If you're not sure, there's a sticker under the bonnet that tells you.

## Prices

| Service | R134a (older cars) | R1234yf (newer cars) | Time |
|---------|--------------------|----------------------|------|
| Air-con regas | £59 | £99 | about 1 hour |
| Regas with UV leak dye | £69 | £109 | about 1 hour |
| Leak test only | £45 | £45 | about 45 minutes |
| Anti-bacterial clean | £35 | £35 | about 20 minutes |

Every regas includes removing the old gas, a vacuum test to check the system holds pressure, new compressor oil and refilling to the exact amount for your car.

## How often should I regas?

We recommend a regas every 2 years to keep the system working well. Running the air-con for 10 minutes once a week, even in winter, helps keep the seals from drying out. It also clears a misty windscreen much faster.

## It's still not cold after a regas

If the system won't hold a vacuum during the regas, there's a leak and we won't fill it, because the gas would just escape. We'll stop, explain and suggest a leak test. Common culprits are the condenser behind the front grille, which can be damaged by stones, and perished pipe seals. We'll give you a quote before any repair.

## Musty smell from the vents

A damp, musty smell when you switch the fan on usually comes from bacteria and mould building up in the system. Our anti-bacterial clean treats the evaporator and ducting. We also recommend changing the pollen filter at the same time; it costs £30 fitted on most cars.
`,
  },
  {
    title: 'Courtesy car, collection and delivery',
    category: 'Getting your car to us',
    content: `# Courtesy car, collection and delivery

We know it's not easy being without your car, so we offer a free courtesy car and a collection and delivery service.

## Courtesy car

We have two courtesy cars (a Ford Fiesta and a Vauxhall Corsa). They're free of charge for any job where your car is with us for the day, but there are only two, so please ask for one when you book. They go on a first come, first served basis.

To drive one you need to be:

- aged 25 to 75
- holding a full UK driving licence for at least 3 years
- on no more than 6 penalty points

Please bring your photocard licence and a DVLA check code when you pick the car up. The courtesy car is covered by our own insurance, but you're responsible for the first £500 of any damage (the excess). Please bring it back with the same amount of fuel it had when you took it. Smoking and pets aren't allowed in the courtesy cars, and we charge a £50 valeting fee if they come back smelling of smoke or covered in pet hair.

Any parking or speeding fines while you have the courtesy car are your responsibility, and we'll pass your details on to the issuing authority.

## Collection and delivery

If you can't get to us, one of our drivers can collect your car from your home or work and bring it back once it's done.

| Distance from the garage | Charge |
|--------------------------|--------|
| Up to 5 miles | Free |
| 5 to 10 miles | £20 |
| Over 10 miles | Not available |

So collection is free within 5 miles, which covers most of Norwich. We collect from 8:00am and aim to return your car by 5:30pm the same day. Our drivers are insured under our motor trade policy, and they take photos of your car all the way round when they collect it.

Just leave the keys somewhere safe with someone at the address, or arrange a handover time with us. We can take payment by card over the phone before the car comes back.
`,
  },
  {
    title: 'Our guarantee on parts and labour',
    category: 'Guarantee',
    content: `# Our guarantee on parts and labour

Every repair we do is covered by our guarantee, so you can drive away with confidence.

## What's covered

All parts we supply and fit, and the labour to fit them, are guaranteed for 12 months or 12,000 miles, whichever comes first. If a part we fitted fails in that time because of a fault in the part or our workmanship, we'll replace it and fit it again free of charge.

Some parts carry a longer manufacturer's warranty:

- **Batteries** - 3 years from the date of fitting
- **Tyres** - covered by the tyre manufacturer against manufacturing defects
- **Exhausts** - 2 years on the parts

## What isn't covered

- Normal wear and tear on parts that are designed to wear out, like brake pads, wiper blades, bulbs and tyre tread
- Damage caused by an accident, misuse, or someone else working on the car after us
- Parts you supply yourself (see below)

## Bringing your own parts

We're happy to fit parts you've bought yourself, but we can't guarantee parts you bring in. Our guarantee on those jobs covers the labour only. If a customer-supplied part turns out to be faulty or wrong for the car, the labour to take it off and fit a replacement is charged at our normal rate.

## If something goes wrong away from home

If a part we fitted fails while you're more than 50 miles from Norwich, please phone us first before getting it repaired. If we agree it's a guarantee problem, we'll pay back a reasonable repair at another garage, up to the amount we would have charged to do the job ourselves. Please keep the old part and the receipt.

## How to make a claim

Ring us or bring the car in with your invoice (we can also look it up by your registration). We'll inspect it, usually on the same day, and let you know what we've found. Claims are judged fairly case by case, and we'll always explain our decision.
`,
  },
  {
    title: 'Paying for your repairs',
    category: 'Payment',
    content: `# Paying for your repairs

## Quotes and estimates

Before we start any work you'll get a written quote by text or email. Our labour rate is £72 an hour including VAT. If we find something else that needs doing, we won't do any extra work without ringing you first and getting your OK. You'll never collect your car to find a bigger bill than you agreed.

## When to pay

You pay when you collect the car. We can't release the car until the bill is paid in full. If we're delivering your car back to you, we'll take payment by card over the phone before the driver sets off.

## How you can pay

| Payment method | Accepted? | Notes |
|----------------|-----------|-------|
| Debit card (Visa, Mastercard) | Yes | Including contactless |
| Credit card (Visa, Mastercard) | Yes | No surcharge |
| American Express | Yes | 2% surcharge |
| Apple Pay and Google Pay | Yes | On our card machine |
| Bank transfer | Yes | Must clear before you collect |
| Cash | Yes | Up to £500 |
| Cheque | No | |

## Spreading the cost

Bills over £250 can be spread over 3 monthly payments interest-free through Klarna. You apply at the counter on your phone and it takes a couple of minutes. Klarna makes its own decision on each application, and it won't affect your credit score to check.

## Business accounts

Local businesses with two or more vehicles can apply for an account with 30-day invoice terms. Ask at the counter or email us for a form.

## Invoices

You'll get a full VAT invoice showing every part and the labour time, by email and on paper if you want one. Keep it safe - you'll need it if you ever make a claim under our guarantee, and it adds to your car's service history when you sell it.
`,
  },
  {
    title: 'Booking, changing and cancelling - FAQ',
    category: 'Bookings',
    content: `# Booking, changing and cancelling - FAQ

### How do I book?

Use the booking form on our website, ring us on 01603 555 274, or pop in during opening hours. We're usually booked up around a week ahead for servicing and repairs, and a few days ahead for MOTs.

### Can I just turn up for an MOT?

We don't do walk-in MOTs as a rule, but we sometimes have a cancellation on the day. It's worth ringing in the morning to check.

### Can I wait while the work is done?

Yes for MOTs, interim services, tyres and air-con regas. We have a waiting room with free Wi-Fi and coffee. For longer jobs like a full or major service, it's better to drop the car off.

### What time should I drop my car off?

Between 8:00am and 9:00am, so we can get started first thing. If you need to drop it earlier, we have a secure key box by the office door - pop your keys in an envelope with your name, registration and phone number.

### How do I cancel or change my booking?

Just let us know at least 24 hours before your booking, by phone or email, and there's no charge. If you don't turn up for an MOT and don't tell us, we charge a £20 no-show fee, because that slot could have gone to someone else.

### Will you let me know when my car is ready?

Yes. We'll text you as soon as it's ready to collect, and ring you if anything is holding it up.

### What if I can't collect it before you close?

Cars can stay with us overnight safely inside our locked workshop, at no extra charge. Let us know and we'll arrange it.

### Do I need to leave my locking wheel nut key?

Yes please, if the job involves your wheels - tyres, brakes, alignment or a full or major service.
`,
  },
];

export const GARAGE_DEV: EvalCase[] = [
  // Context
  { question: 'wats ur postcode for the sat nav', facts: ['NR3 2QT'], escalate: false },
  { question: 'Are you open on a Saturday? I work all week and can only bring the car in at the weekend - what time do you shut?', facts: ['12:30pm'], escalate: false },
  // MOT
  { question: 'how much is an mot', facts: ['£40'], escalate: false },
  { question: 'My Corsa failed its MOT with you this morning on a blown brake light bulb and a split wiper blade. My brother-in-law reckons he can sort both tonight on his drive. If I bring it back to you after, am I paying for a whole new test?', facts: ['10 working days'], escalate: false },
  { question: 'MOT runs out on the 28th of next month. How early can I get it tested without losing my renewal date?', facts: ['a month (minus a day)'], escalate: false },
  { question: 'I\'m booking the full service with you anyway - is the MOT any cheaper if I get it done at the same time?', facts: ['£30'], escalate: false },
  // Servicing
  { question: 'whats the difference between an interim and a full service? and how often am i meant to have each one', facts: ['6,000 miles', '12,000 miles'], escalate: false },
  { question: 'Got a 2.2 diesel Mondeo, how much would the big service be, the one with plugs and filters and everything?', facts: ['£419'], escalate: false },
  { question: 'My car is only 2 years old and still under the dealer warranty. If I get it serviced with you instead of the main dealer, will that mess up my warranty?', facts: ["won't affect your warranty"], escalate: false },
  { question: 'how much for a full service on a 1.2 fiesta and how long will I be without it', facts: ['£219', 'about 3 hours'], escalate: false },
  // Diagnostics and warning lights
  { question: 'A little orange engine symbol came on on my dash this morning on the way to work. Car seems to drive fine. What do you charge to plug it in and find out what it is?', facts: ['£45'], escalate: false },
  { question: 'red oil can light just came on, im on the A11 - do i need to pull over or can i get home first??', facts: ['stop as soon as it is safe'], escalate: false },
  { question: 'If you do the computer check and find the fault, and then I get you to fix it, do I still have to pay for the check on top?', facts: ['off your bill'], escalate: false },
  // Tyres
  { question: 'Need 2 new tyres, 205/55 R16, nothing fancy but not the cheapest rubbish either. How much fitted?', facts: ['£92'], escalate: false },
  { question: 'nail in my tyre, can u fix it or do i need a new one? how much', facts: ['£20'], escalate: false },
  { question: 'What\'s the legal minimum tread on tyres? Mine are looking a bit bald and I\'ve got a long drive to Scotland coming up.', facts: ['1.6mm'], escalate: false },
  { question: 'Since I clipped a pothole on Dereham Road my steering wheel sits crooked when I\'m going straight. What would it cost to get it lined up again at the front?', facts: ['£39'], escalate: false },
  // Brakes
  { question: 'My brakes have started making a horrible grinding noise. Can someone have a quick look before I commit to paying for anything?', facts: ['free brake check'], escalate: false },
  { question: 'roughly how much for front discs and pads on a Volvo XC90?', facts: ['£295'], escalate: false },
  // Air-con
  { question: 'The aircon in my 2019 Golf is blowing warm air. How much to get it topped up with gas?', facts: ['£99'], escalate: false },
  { question: 'Every time I switch the fan on there\'s a horrible damp, mouldy pong coming out of the vents. Is that something you can get rid of?', facts: ['£35'], escalate: false },
  // Courtesy car and collection
  { question: 'My son is 22 and he\'ll be dropping my car off to you for the day. Would he be able to take your loan car while mine is in?', facts: ['aged 25 to 75'], escalate: false },
  { question: 'I work in an office about 3 miles from you and can\'t get away to drop the car off. Can you come and get it, and is there a charge for that?', facts: ['5 miles'], escalate: false },
  { question: 'Is your courtesy car insured or do I need my own cover on it? Will I have to pay anything if something happens to it?', facts: ['£500'], escalate: false },
  // Guarantee
  { question: 'how long is the guarantee on repairs you do', facts: ['12 months'], escalate: false },
  // Paying
  { question: 'Two things - do you take Amex, and is there any way to spread a big repair bill over a few months?', facts: ['2% surcharge', 'Klarna'], escalate: false },
  // Booking and cancelling
  { question: 'Something\'s come up at work and I can\'t make my MOT slot on Thursday. Will I get charged if I cancel now? It\'s Monday.', facts: ['24 hours'], escalate: false },
  { question: 'I start work at 7:30 so can\'t be there when you open. Is there any way I can leave my keys before then?', facts: ['key box'], escalate: false },
  // Unanswerable
  { question: 'Can you fit a towbar to my Skoda Octavia estate? We\'ve bought a caravan.', unknown: true, escalate: false },
  { question: 'While my car\'s in for its service could I pay extra to have it valeted inside and out?', unknown: true, escalate: false },
  { question: 'My clutch is slipping on hills. How much do you charge to replace a clutch?', unknown: true, escalate: false },
  { question: 'I\'m buying a used car privately this weekend. Can you do an inspection on it before I hand over the money?', unknown: true, escalate: false },
  { question: 'There\'s a small stone chip in my windscreen - can you repair it or do you replace windscreens?', unknown: true, escalate: false },
  { question: 'Is there a mileage limit on the courtesy car? I\'d need to drive to Cambridge and back for work while mine is in.', unknown: true, escalate: false },
  { question: 'I\'ve lost the key for my locking wheel nuts and need new tyres. Can you get the nuts off and what does that cost?', unknown: true, escalate: false },
  { question: 'Do you give a discount to NHS staff or Blue Light card holders?', unknown: true, escalate: false },
  { question: 'Can you remap my engine for more power and better mpg?', unknown: true, escalate: false },
  { question: 'Do you do a monthly service plan where I pay a set amount each month and my service and MOT are covered?', unknown: true, escalate: false },
  // Escalate
  { question: 'You did the front discs and pads on my Astra on Tuesday and this morning the brake pedal went almost to the floor on the ring road. I nearly went into the back of a bus. What on earth have you done?', escalate: true },
  { question: 'Picked my car up from you yesterday and there\'s a fresh deep scratch down the passenger door and the front alloy is kerbed. Neither was there when I dropped it off.', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Bloom & Stem Florist (BLOOM)
// ---------------------------------------------------------------------------------------------

export const BLOOM_CONTEXT =
  'Bloom & Stem Florist is an independent florist at 8 Suffolk Parade, Cheltenham, GL50 2AB, with online ordering at bloomandstem.co.uk. Phone 01242 555 690, email hello@bloomandstem.co.uk. Shop open Monday to Saturday 9:00am to 5:30pm and Sunday 10:00am to 2:00pm.';

export const BLOOM_RULES = [
  'always escalate if flowers for a funeral did not arrive in time for the service',
  'refund requests over £75',
  'bride or groom unhappy with their wedding flowers on the day - pass to a person',
  'Suppliers / journalists / anyone trying to sell us something, or people asking about jobs.',
];

export const BLOOM_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Bouquet sizes and prices',
    category: 'Bouquets',
    content: `# Bouquet sizes and prices

Every bouquet is hand-tied in our shop on the day it's delivered, using whatever is looking its best at the flower market that week. All our hand-tied bouquets come in an aqua pack - a sealed bubble of water at the base of the stems - so they stay fresh on the journey and can go straight on display without a vase.

## Sizes

| Size | Roughly how many stems | Hand-tied | Arranged in a glass vase |
|------|------------------------|-----------|--------------------------|
| Petite | 10 to 12 | £30 | £42 |
| Classic | 18 to 20 | £45 | £58 |
| Grand | 28 to 30 | £65 | £80 |
| Luxe | 40 or more | £95 | £115 |

Prices don't include delivery - see our delivery charges page.

The photos on our website show the Classic size. Petite bouquets have the same style with fewer stems, and Grand and Luxe bouquets have more stems and extra foliage.

## Florist's choice

Can't decide? Choose "Florist's choice" at checkout in any size and tell us the occasion and the colours the person likes. Because we can use whatever is best value that day, you get about 20% more stems for the same price.

## Letterbox flowers

Our letterbox flowers cost £25 including postage. They're a slim box of around 15 stems with a mini guide to arranging them, sent anywhere in the UK by Royal Mail Tracked 24. They fit through most standard letterboxes, so nobody needs to be in.

## Add a little extra

| Extra | Price |
|-------|-------|
| Box of handmade chocolates | £8 |
| Scented soy candle | £18 |
| Helium balloon (Happy Birthday, Get Well Soon, Congratulations) | £6 |

Add extras on the product page before you go to the basket. Balloons are only available on local deliveries, not nationwide ones.

## Collecting from the shop

You can order online and choose "collect from shop" at checkout for no delivery charge. We'll email you when it's ready, usually within 2 hours of ordering during opening hours.
`,
  },
  {
    title: 'Same-day delivery: cut-off times and where we deliver',
    category: 'Delivery',
    content: `# Same-day delivery: cut-off times and where we deliver

We deliver in our own van six days a week, driven by members of our team, so your flowers are handled carefully all the way to the door.

## Cut-off times for same-day delivery

- **Monday to Friday:** order by 1pm for delivery the same day
- **Saturday:** order by 11am for delivery the same day
- **Sunday:** we don't deliver on Sundays, but you can order online for Monday delivery

Orders placed after the cut-off go out the next delivery day. Zone 3 same-day orders have an earlier cut-off - see our delivery charges page.

## What time will they arrive?

Same-day deliveries go out between 12pm and 6pm. Next-day and future-dated deliveries are made between 9am and 6pm. We can't promise an exact time, because the route depends on the day's orders.

If it really matters - say, a birthday breakfast or a hotel check-in - you can choose timed delivery before 12 noon for an extra £7. Timed delivery is available for next-day and future-dated orders only, not same-day.

## Where we deliver

Our local delivery area covers Cheltenham and the surrounding villages, including Charlton Kings, Prestbury, Leckhampton, Up Hatherley, Bishop's Cleeve, Winchcombe, Shurdington and Andoversford, and further out to Gloucester, Tewkesbury and Cirencester. Enter the postcode at checkout and it will tell you which zone it falls in.

Anywhere else in mainland UK, we send flowers by DPD courier for next-day delivery. Nationwide orders need to be placed by 2pm the day before, and they can't be delivered same day or on a Saturday.

## Busy days

On Valentine's Day and Mother's Day we deliver all day from 8am, but the same-day cut-off moves to 11am and we can't take timed delivery requests. We recommend ordering at least a week ahead for these days.

## Hospitals and workplaces

For Cheltenham General Hospital we deliver to the main reception, not to wards. For workplaces, please give the company name and a contact person, and make sure someone will be there before 5pm.
`,
  },
  {
    title: 'Delivery charges by zone',
    category: 'Delivery',
    content: `# Delivery charges by zone

Delivery charges depend on how far the flowers are going. The charge is per address, so if you're sending two bouquets to the same person on the same day, you only pay once.

| Zone | Areas covered | Delivery charge | Same-day available? |
|------|---------------|-----------------|---------------------|
| Zone 1 | Cheltenham (GL50, GL51, GL52 and GL53), Charlton Kings, Prestbury, Leckhampton, Up Hatherley | £5 | Yes, order by 1pm (11am Saturday) |
| Zone 2 | Bishop's Cleeve, Winchcombe, Shurdington, Andoversford | £8 | Yes, order by 1pm (11am Saturday) |
| Zone 3 | Gloucester, Tewkesbury, Cirencester | £12 | Yes, order by 11am |
| Nationwide | Rest of mainland UK, by DPD courier | £9.95 | No - next day only |
| Collection | From our shop on Suffolk Parade | Free | Ready within 2 hours |

## Free delivery

Orders over £75 get free Zone 1 delivery. The £75 is the value of the flowers and extras, not including the delivery charge itself. The offer doesn't apply to Zones 2 and 3 or nationwide delivery.

## Timed delivery

Timed delivery before 12 noon costs £7 on top of the zone charge, in any of our local zones.

## Nationwide delivery by courier

Nationwide bouquets are packed in a strong box with the stems in water, and DPD will send the recipient a one-hour delivery window by text or email on the morning of delivery, as long as you give us their mobile number or email. We can't send large vase arrangements, balloons or Luxe bouquets nationwide.

Unfortunately we can't deliver to the Scottish Highlands and islands, Northern Ireland, the Isle of Man or the Channel Islands, because the courier can't guarantee next-day delivery there.

## Multiple deliveries

Sending flowers to a whole team or lots of addresses, for example for a company thank-you? Email us your list and we'll give you a quote for the delivery as a whole.
`,
  },
  {
    title: 'Wedding flowers',
    category: 'Weddings',
    content: `# Wedding flowers

We love doing wedding flowers, from a single bridal bouquet for a register office ceremony to a full marquee. We take on a limited number of weddings each weekend, so every couple gets our full attention.

## Start with a consultation

Your first consultation is free and lasts about 45 minutes. It takes place at our shop on a Tuesday, Wednesday or Thursday, and you're welcome to bring photos, fabric swatches and Pinterest boards. We recommend booking 9 to 12 months before your wedding, especially for summer Saturdays, which fill up first.

After the consultation we'll email you a detailed quote within a week. Our minimum spend for weddings is £600.

## Typical prices

| Item | Prices from |
|------|-------------|
| Bridal bouquet | £110 |
| Bridesmaid bouquet | £55 |
| Buttonhole | £12 |
| Corsage | £18 |
| Flower crown | £45 |
| Table centrepiece | £45 |
| Pew end | £25 |
| Flower arch or arbour | £350 |

Prices depend on the flowers you choose and the season. Peonies, garden roses and anything out of season cost more.

## Deposits and payments

- A 25% deposit secures your date. The deposit is non-refundable, because we turn other couples away once your date is booked.
- The balance is due 6 weeks before the wedding.
- Final numbers (how many buttonholes, tables and so on) are needed 4 weeks before. You can add items after this, but we can't reduce the order.

## On the day

Delivery and setting up at venues within 20 miles of Cheltenham is included. Further afield we charge 60p per mile each way. We come back to collect any hire items, like vases, lanterns and the arch, the next day, or at the end of the evening if your venue needs them gone.

## Trial bouquet

If you'd like to see your bridal bouquet before the big day, we can make a trial version for £50. Book it around 2 months before the wedding so the flowers are in season.
`,
  },
  {
    title: 'Funeral flowers and tributes',
    category: 'Funerals',
    content: `# Funeral flowers and tributes

We know that ordering funeral flowers comes at a difficult time. We'll make it as simple as we can, and you can order online or by phone - whichever feels easier.

## Tribute prices

| Tribute | Prices from | Notes |
|---------|-------------|-------|
| Posy pad | £35 | A small round arrangement, often from grandchildren |
| Wreath | £65 | Traditional ring of flowers and foliage |
| Heart | £95 | Open or solid heart |
| Casket spray | £150 | Sits on top of the coffin; 3ft, 4ft or 5ft |
| Letter tributes | £55 per letter | For names like MUM, DAD or NAN |
| Sympathy bouquet | £45 | Hand-tied, sent to the family's home |

## How much notice do you need?

Most tributes can be made with 1 working day's notice. Letter tributes and casket sprays need 2 working days' notice, because the frames are made to order. If the funeral is sooner than that, please phone us and we'll always try to help.

## Delivery to the funeral director

Tributes are delivered to the funeral director rather than to the church or crematorium. Please tell us the name of the funeral director, the date and time of the funeral, and the name of the person who has died, so the flowers are labelled correctly.

We deliver to the funeral director the day before the funeral or on the morning of the service, depending on what they prefer. Delivery to funeral directors in Zones 1 and 2 is free. Zone 3 costs our normal £12 delivery charge.

## Cards on tributes

Each tribute comes with a sympathy card in a clear waterproof sleeve, so it stays readable whatever the weather. You can write up to 60 words on a tribute card.

## Paying

Funeral tributes are paid for in full when you order. If several family members want to send one tribute together, one person places the order and pays.

## Sympathy flowers to the home

If you'd like to send flowers to the family rather than to the funeral, our sympathy bouquets in soft whites and greens are delivered like any other bouquet, with same-day delivery if you order by our normal cut-off.
`,
  },
  {
    title: 'Caring for your flowers',
    category: 'Flower care',
    content: `# Caring for your flowers

With a little care, our bouquets last at least 7 days and often two weeks. Here's how to get the most from them.

## When they arrive

1. **Leave them in the aqua pack** if you don't have a vase to hand - the water bubble will keep them happy for up to 2 days.
2. **When you're ready to arrange them**, hold the bouquet over the sink and snip the tie, then take off the wrapping.
3. **Trim about 2cm off each stem** at an angle with a sharp knife or scissors. This opens the stems up so they can drink.
4. **Remove any leaves** that would sit below the water line, as they rot and make the water go cloudy.
5. **Fill a clean vase** with cool water and add the flower food sachet we include.

## Day to day

- Change the water every 2 days and re-trim the stems each time.
- Keep the vase away from radiators, direct sunlight and draughts.
- Keep flowers away from the fruit bowl. Ripening fruit gives off ethylene gas, which makes flowers age faster.
- Remove any flowers that are past their best so they don't shorten the life of the others.

## Specific flowers

- **Lilies** - pull off the orange pollen stamens as the buds open. The pollen stains clothes and furniture, and lilies are toxic to cats, including the pollen and the water in the vase. If you have a cat, tell us in the order notes and we'll leave lilies out.
- **Roses** - if the heads start to droop, recut the stems and stand them in deep, cool water for an hour. They usually perk up.
- **Tulips** - these keep growing in the vase and bend towards the light. That's completely normal. Turn the vase every day if you want them straighter.
- **Hydrangeas** - these drink through their petals as well as their stems. If they wilt, submerge the whole head in cool water for 20 minutes.

## Our 7-day freshness guarantee

If your flowers don't last 7 days when looked after as above, send us a photo and we'll send a replacement. See our FAQ for details.
`,
  },
  {
    title: 'Substitutions: why your bouquet might look a little different',
    category: 'Ordering',
    content: `# Substitutions: why your bouquet might look a little different

Flowers are natural and seasonal, and every bouquet we make is a one-off. The photos on our website are a guide to the style, colours and size of each design, but your bouquet won't be an exact copy.

## When we substitute

Sometimes a particular flower isn't available, or the batch that arrives from the market isn't up to our standard. When that happens, our florists replace it with stems of equal or higher value in a similar colour and style. For example, if we can't get pink ranunculus we might use pink spray roses or lisianthus.

We'll never change the overall colour scheme or make the bouquet smaller, and we'll never replace a flower with a cheaper one to save money.

## Seasonal flowers

Some flowers only have short seasons, so they may be substituted outside these times:

| Flower | Season in the UK |
|--------|------------------|
| Peonies | May to June |
| Sweet peas | June to August |
| Sunflowers | July to September |
| Dahlias | August to October |
| Tulips | January to April |
| Ranunculus | February to May |

Roses, chrysanthemums, lisianthus and most foliage are available all year round.

## If a particular flower really matters

If there's a flower you definitely want included - perhaps it's the recipient's favourite, or has a special meaning - write it in the "Florist notes" box at checkout. We'll make sure it's in the bouquet, and if we can't get it, we'll call you before we substitute so you can decide what to do.

You can also use the Florist notes box to tell us about any flowers to leave out, such as lilies for cat owners, or strongly scented flowers for someone in hospital or with hay fever.

## Vases and extras

If a vase or extra is out of stock, we'll use one of a similar style and the same or higher value. Chocolates and candles may come in a different flavour or scent if the one pictured isn't available.

## Not happy with a substitution?

If you feel the bouquet wasn't a fair match for what you ordered, get in touch within 24 hours of delivery with a photo, and we'll put it right.
`,
  },
  {
    title: 'Flower subscriptions',
    category: 'Subscriptions',
    content: `# Flower subscriptions

A flower subscription is the easiest way to have fresh flowers at home or in the office all the time, and they make a lovely gift. Every delivery is a different seasonal florist's choice bouquet, roughly the size of our Classic.

## Plans and prices

| Plan | How often | Price per delivery (Zones 1 and 2) | Nationwide price per delivery |
|------|-----------|-------------------------------------|-------------------------------|
| Weekly | Every week | £38 | £43 |
| Fortnightly | Every 2 weeks | £40 | £45 |
| Monthly | Every 4 weeks | £45 | £50 |

Subscriptions aren't available in Zone 3. Delivery is included in the prices above.

## Delivery days

Local subscriptions are delivered on Thursdays, so you have fresh flowers for the weekend. Nationwide subscriptions are delivered by DPD on Fridays. You choose the start date when you sign up.

## Paying

Your card is charged 3 days before each delivery. There's no sign-up fee and no minimum term.

## Pausing, skipping and cancelling

Manage everything from your online account:

- **Skip** a single delivery at any time up to 3 days before it's due.
- **Pause** your subscription for up to 4 weeks, for example while you're on holiday. It restarts automatically.
- **Cancel** any time with 7 days' notice before your next delivery.

## Gift subscriptions

Prepaid gift subscriptions make a lovely present. They're paid upfront and don't renew.

| Gift subscription | Monthly deliveries | Price |
|-------------------|--------------------|-------|
| 3 months | 3 bouquets | £130 |
| 6 months | 6 bouquets | £255 |
| 12 months | 12 bouquets | £495 |

The first bouquet comes with a card explaining the gift, with your message on it. We'll email you the day before each delivery so you know when it's on its way.

## Changing the address

You can change the delivery address for a subscription in your account up to 3 days before the next delivery, as long as the new address is in Zones 1 or 2 or elsewhere in mainland UK.
`,
  },
  {
    title: 'What happens if nobody is in',
    category: 'Delivery',
    content: `# What happens if nobody is in

Flowers are a surprise, so often the recipient doesn't know they're coming. Here's what our drivers do if nobody answers the door on a local delivery.

## Our local delivery process

1. **Neighbour.** The driver will first try to leave the flowers with a neighbour. We'll put a card through the recipient's door saying which house they're at.
2. **Safe place.** If you gave us a safe place at checkout - a porch, a shed or behind a side gate - and no neighbour is in, we'll leave them there. We take a photo of where we've left them and email it to you. We won't leave flowers anywhere that's in full sun or visible from the road.
3. **Back to the shop.** If there's no neighbour and no safe place, the driver brings the flowers back to the shop and leaves a card asking the recipient to call us. We'll also email or phone you, the sender.

## Redelivery

We'll redeliver on the next working day, or another day that suits. Redelivery is free in Zones 1 and 2 and costs £5 in Zone 3. The recipient can also collect the flowers from the shop.

We keep returned flowers in our cool room for up to 2 days. If we can't arrange a redelivery or collection in that time, we'll contact you to talk about what to do next, as the flowers won't be at their best after that.

## Wrong or incomplete addresses

Please double-check the address and include a phone number for the recipient. If we can't deliver because the address was wrong or incomplete, redelivery to the correct address is charged at the normal delivery rate for that zone.

## Nationwide deliveries

Nationwide bouquets are delivered by DPD, who will follow their own process: they'll try a neighbour or a safe place, or take the parcel to a nearby DPD Pickup shop. The recipient can redirect the parcel using the link in DPD's text or email, or the DPD app.

## Workplaces, hospitals and care homes

Deliveries to workplaces, hospital receptions and care homes are left with reception and signed for. Please make sure someone will be there to receive them before 5pm.
`,
  },
  {
    title: 'Card messages, damaged flowers and refunds - FAQ',
    category: 'Help',
    content: `# Card messages, damaged flowers and refunds - FAQ

## Card messages

### Is a card message included?

Yes, every order comes with a free gift card. Type your message at checkout and one of our florists will handwrite it for you. Messages can be up to 40 words (60 words for funeral tributes).

### Can I send flowers anonymously?

Yes. Anonymous messages are fine - just leave your name off the card message. We'll never tell the recipient who sent the flowers, even if they ring us to ask.

### Will the recipient see how much I paid?

No. We never include a price, receipt or delivery note with the flowers. Your receipt is emailed to you only.

### Can I change my card message after ordering?

Yes, if you email or phone us before 9am on the day of delivery.

## Damaged or disappointing flowers

### My flowers arrived damaged. What should I do?

We're sorry. Please email a photo to hello@bloomandstem.co.uk within 24 hours of delivery, along with your order number. We'll send a free replacement, or refund you if you'd prefer.

### The flowers have wilted after only a few days.

Our 7-day freshness guarantee means that if your flowers don't last 7 days with normal care, we'll replace them. Send us a photo and tell us when they arrived.

### How long do refunds take?

Refunds go back to the card you paid with within 5 working days of us agreeing them. Your bank may take a few more days to show it.

## Changes and cancellations

### Can I cancel my order?

You can cancel free of charge up to 5pm the day before delivery. Same-day orders can't be cancelled once we've started making them, because the flowers can't be reused.

### Can I change the delivery address or date?

Yes, phone us before 10am on the day of delivery and we'll do our best. If the new address is in a different zone, we'll charge or refund the difference in the delivery charge.

### I ordered for the wrong date. Can you deliver a day earlier?

Often yes, if you call us before our same-day cut-off. We'll check what we can do on the day.
`,
  },
];

export const BLOOM_DEV: EvalCase[] = [
  // Context
  { question: 'wheres ur shop in cheltenham?', facts: ['Suffolk Parade'], escalate: false },
  { question: 'Are you open on Sundays? I want to pop in and pick up some flowers for my mum after church - what time do you close?', facts: ['2:00pm'], escalate: false },
  // Bouquets
  { question: 'How many flowers do you actually get in the classic bouquet and how much is it without a vase?', facts: ['18 to 20', '£45'], escalate: false },
  { question: 'biggest bouquet u do, in a vase, how much?', facts: ['£115'], escalate: false },
  { question: 'My sister lives up in Leeds and works odd shifts so she\'s never in. Is there something small you can post that fits through the door?', facts: ['£25'], escalate: false },
  // Same-day delivery
  { question: 'It\'s quarter past twelve on a Wednesday and I\'ve just remembered it\'s my wife\'s birthday (I know). Can I still get flowers to Charlton Kings today?', facts: ['1pm'], escalate: false },
  { question: 'saturday same day cut off?', facts: ['11am'], escalate: false },
  { question: 'I want the flowers to arrive tomorrow morning before my mum heads out for her birthday lunch. Can you make sure they come early, and does that cost more?', facts: ['before 12 noon', '£7'], escalate: false },
  // Delivery charges
  { question: 'how much to deliver to Tewkesbury?', facts: ['£12'], escalate: false },
  { question: 'My gran lives in Winchcombe. How much is delivery out there, and could they still go today?', facts: ['£8'], escalate: false },
  { question: 'Can you send a bouquet to my brother in Manchester? Not sure if you go that far.', facts: ['DPD', '£9.95'], escalate: false },
  { question: 'Is there a point where delivery is free if I\'m just sending to an address in town?', facts: ['£75'], escalate: false },
  // Weddings
  { question: 'We\'re getting married next August and haven\'t sorted anything floral yet. When should we come and talk to you, and do you charge for the first meeting?', facts: ['9 to 12 months', 'free'], escalate: false },
  { question: 'How much do you take up front to hold our wedding date, and do we get it back if the wedding is called off?', facts: ['25%', 'non-refundable'], escalate: false },
  { question: 'ballpark price for a brides bouquet plus 4 buttonholes for the groomsmen?', facts: ['£110', '£12'], escalate: false },
  { question: 'When is the rest of the money due for our wedding flowers?', facts: ['6 weeks before'], escalate: false },
  // Funerals
  { question: 'Grandad\'s funeral is on Friday and we\'d like GRANDAD spelt out in flowers for the hearse. How much notice do you need for that?', facts: ['2 working days'], escalate: false },
  { question: 'do you take the wreath to the church yourselves or where does it go?', facts: ['funeral director'], escalate: false },
  { question: 'What\'s the cheapest wreath you do?', facts: ['£65'], escalate: false },
  // Flower care
  { question: 'how often should i change the water in the vase', facts: ['every 2 days'], escalate: false },
  { question: 'We\'ve got two cats. Is it ok to have lilies in the bouquet or should I avoid them?', facts: ['toxic to cats'], escalate: false },
  // Substitutions
  { question: 'The bouquet my husband got me looked quite different from the picture on your website - some of the flowers weren\'t the same at all. Is that normal or did something go wrong?', facts: ['equal or higher value'], escalate: false },
  { question: 'My mum absolutely loves peonies. How do I make sure you put them in and don\'t just swap them for something else?', facts: ['Florist notes'], escalate: false },
  // Subscriptions
  { question: 'how much is a flower subscription every other week?', facts: ['£40'], escalate: false },
  { question: 'Off to Portugal for three weeks in June. Can I stop my weekly flowers while I\'m away without cancelling the whole thing?', facts: ['4 weeks'], escalate: false },
  // Recipient out
  { question: 'what happens if my gf isnt home when u turn up with the flowers', facts: ['neighbour'], escalate: false },
  // Damaged, refunds, card messages
  { question: 'The flowers I sent my friend arrived this afternoon with snapped stems and half the heads hanging off. What do I need to do to get this sorted?', facts: ['photo', '24 hours'], escalate: false },
  { question: 'Secret admirer situation - can I send flowers without my name on the card? And how long can the message be?', facts: ['anonymous', '40 words'], escalate: false },
  // Unanswerable
  { question: 'Do you sell houseplants as well? Looking for a big fiddle leaf fig for my living room.', unknown: true, escalate: false },
  { question: 'Can I order a bouquet of dried flowers that will last for months?', unknown: true, escalate: false },
  { question: 'Do you run flower arranging workshops or classes? Would be a fun hen do idea.', unknown: true, escalate: false },
  { question: 'Are your flowers grown in Britain or flown in from Holland and Kenya?', unknown: true, escalate: false },
  { question: 'Can I pay for my order with PayPal or split it with Klarna?', unknown: true, escalate: false },
  { question: 'If I order flowers for my mum\'s house, can the driver text me a photo of her holding them when they\'re handed over?', unknown: true, escalate: false },
  { question: 'I\'ve got loads of your glass vases from previous orders. Can I bring them back to the shop for money off my next bouquet?', unknown: true, escalate: false },
  { question: 'Is your wrapping and the aqua pack plastic-free or compostable?', unknown: true, escalate: false },
  { question: 'After our wedding can you dry or press my bridal bouquet so I can keep it in a frame?', unknown: true, escalate: false },
  { question: 'Do you have a loyalty card or points scheme? I buy flowers from you most weeks.', unknown: true, escalate: false },
  // Escalate
  { question: 'The casket spray we ordered for Dad\'s funeral at 11 this morning never turned up at the crematorium. The service has been and gone and there was nothing on his coffin.', escalate: true },
  { question: 'I paid £130 for a 3-month gift subscription for my mum back in March and she has not had a single bouquet. I want every penny refunded.', escalate: true },
];
