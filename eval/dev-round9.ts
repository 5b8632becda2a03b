/**
 * DEV businesses written in round 9 without reading the agent's code; tuned on.
 *
 * Two trades unlike the earlier eval businesses: Brightpath Opticians, an independent optician
 * in Bath (eye test prices and NHS eligibility, contact lens fittings and subscriptions, glasses
 * prices and lens options, repairs and adjustments, children's glasses, how long glasses take,
 * home visits, appointments and cancellations, payment plans, warranties), and Quayside Van
 * Hire, van and minibus hire in Southampton (van sizes and prices, driver age and licence rules,
 * deposit and insurance excess, mileage, fuel, one-way hire, extras, breakdowns, late returns
 * and fines, damage and cleaning charges, booking changes). Articles are written like a small
 * business's help pages (headings, lists, price tables, an FAQ, plain paragraphs); each
 * business has 40 questions: 28 answerable and paraphrased the way customers ask (a few typos
 * and text-speak), 10 that the pages do NOT answer though they share ordinary words with them,
 * and 2 that a supervisor would pass to a person under one of the rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Brightpath Opticians (BRIGHT)
// ---------------------------------------------------------------------------------------------

export const BRIGHT_CONTEXT =
  'Brightpath Opticians is an independent optician at 14 Westgate Buildings, Bath, BA1 1EB, offering eye tests, glasses and contact lenses for adults and children. Phone 01225 555 318, email eyes@brightpathopticians.co.uk.';

export const BRIGHT_RULES = [
  'always escalate if a customer reports sudden loss of vision, an eye injury or a painful red eye after using lenses or glasses from us',
  'refund requests over £100',
  'customer complains about the way an optometrist or member of staff treated them - pass to a person',
  'Requests for copies of clinical records / data protection requests, or anyone asking us to delete their data.',
];

export const BRIGHT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Eye test prices and who gets a free NHS test',
    category: 'Eye tests',
    content: `# Eye test prices and who gets a free NHS test

We recommend most adults have their eyes tested every 2 years, or every year if you are over 70 or have diabetes. A standard test takes about 30 minutes with one of our optometrists.

## Private eye test prices

| Test | Price | What's included |
|------|-------|-----------------|
| Standard eye test | £30 | Vision check, eye pressure, photo of the back of the eye |
| Enhanced eye test | £55 | Everything in the standard test plus a 3D OCT scan |
| Contact lens check-up | £25 | Lens fit and eye health check for existing wearers |
| Driving vision check | £15 | Number plate and visual field check only |

## Who can have a free NHS eye test

You can have an NHS-funded sight test (so you pay nothing) if you are:

- under 16
- aged 16, 17 or 18 and in full-time education
- 60 or over
- diagnosed with diabetes or glaucoma
- 40 or over and your parent, brother, sister or child has glaucoma
- receiving Income Support, Universal Credit (within the earnings limit) or Pension Credit Guarantee Credit
- registered as partially sighted or blind

If you are entitled to an NHS test you can still upgrade to the enhanced test by paying the difference of £25.

## What to bring

Please bring your current glasses or contact lenses, a list of any medicines you take, and proof of any benefits if you are claiming a free test.
`,
  },
  {
    title: 'Contact lens fittings and the Lens Plan subscription',
    category: 'Contact lenses',
    content: `# Contact lens fittings and the Lens Plan subscription

## Getting fitted

If you have never worn contact lenses, or want to try a different type, you will need a fitting. A fitting costs £45 and includes:

1. A measurement of your eyes and a discussion of which lenses suit your lifestyle
2. A lesson on putting lenses in and taking them out safely
3. Free trial lenses to wear for 2 weeks
4. A follow-up check at the end of the trial

The £45 fitting fee is refunded if you join the Lens Plan within 30 days of your fitting.

## Lens Plan prices

The Lens Plan is our monthly direct debit subscription. It covers your lenses, your yearly contact lens check-up and any aftercare appointments.

| Lens type | Monthly price |
|-----------|---------------|
| Daily disposable lenses | £28 |
| Monthly lenses (with solution) | £18 |
| Daily lenses for astigmatism (toric) | £36 |
| Multifocal monthly lenses | £32 |

Lenses are posted to you every 3 months, and postage is included. Lens Plan members also get 10% off glasses.

## Cancelling the plan

You can cancel the Lens Plan at any time with one month's notice. There is no minimum term.
`,
  },
  {
    title: 'Glasses prices and lens options',
    category: 'Glasses',
    content: `# Glasses prices and lens options

Every pair of glasses includes standard single vision lenses in the frame price. Our own-brand frames start at £49, and designer frames start at £120.

## Lens options and upgrades

| Option | Extra cost |
|--------|-----------|
| Standard single vision lenses | Included |
| Bifocal lenses | £65 |
| Varifocal lenses | from £150 |
| Thinner and lighter 1.67 lenses | £60 |
| Anti-reflection coating | £35 |
| Blue light filter | £30 |
| Light-reactive lenses (darken in sunlight) | £70 |

## Second pair offer

Buy any complete pair and get a second pair at half price. The second pair must be ordered on the same day, and the half-price discount applies to the cheaper pair.

## Using a prescription from somewhere else

We are happy to make glasses from another optician's prescription as long as it was issued in the last 2 years. Varifocals need extra measurements, which we take free of charge in store.
`,
  },
  {
    title: 'How long will my glasses take?',
    category: 'Glasses',
    content: `# How long will my glasses take?

Most glasses are made in our partner lab in Bristol. Typical times are:

- **Single vision:** 5 to 7 working days
- **Bifocals and varifocals:** 10 working days
- **Strong or complex prescriptions:** up to 3 weeks

We will send you a text message as soon as your glasses are ready. Collection takes around 15 minutes because one of the team will fit the frames to your face properly.

If you need glasses urgently, ask about our express service: single vision glasses can be ready in 48 hours for an extra £20.

Glasses that are not collected are kept for 90 days, after which we will contact you before doing anything with them.
`,
  },
  {
    title: 'Repairs and adjustments',
    category: 'Glasses',
    content: `# Repairs and adjustments

Pop in any time during opening hours for a quick fix - you don't need an appointment.

## Free while you wait

The following are free, even if you bought your glasses somewhere else:

- tightening or straightening frames
- replacing screws
- new nose pads
- a clean in our ultrasonic cleaner

## Repairs that cost money

- **Soldering a broken metal frame:** £25, sent away and back in 7 to 10 days
- **New lenses in your own frame:** from £40 for single vision
- **Replacement arm (where the part is available):** £15

We can't guarantee repairs on frames that are more than 5 years old, because the metal can be brittle.
`,
  },
  {
    title: "Children's eye care and glasses",
    category: 'Children',
    content: `# Children's eye care and glasses

Eye tests are free for all children under 16 on the NHS. We can test children from around 3 years old - they don't need to know their letters, because we use pictures and shapes.

## Glasses for children

Children under 16 get an NHS voucher towards glasses. Our children's range has more than 60 frames that are fully covered by the voucher, so there is nothing to pay.

Every child's pair comes with free breakage cover: if the glasses get broken within 12 months we will replace them once for free.

## Slowing down short-sightedness

For children whose short sight is getting worse quickly, we offer a myopia management programme using special daily contact lenses. It costs £39 a month and includes check-ups every 6 months.

Children's appointments are held after school from 3:30pm on weekdays, and on Saturday mornings.
`,
  },
  {
    title: 'Home visits',
    category: 'Eye tests',
    content: `# Home visits

If you can't get to the practice on your own because of illness or disability, one of our optometrists can test your eyes at home. We can also visit care homes.

Home visits take place on Tuesdays and Thursdays, and we cover addresses within 10 miles of Bath.

- If you qualify for an NHS eye test and can't leave home unaccompanied, the home visit is free.
- Otherwise a private home visit costs £60, which includes the eye test.

Please give us at least 2 weeks' notice to book a home visit. We bring a selection of frames with us, and your glasses will be delivered back to your home when they're ready.
`,
  },
  {
    title: 'Appointments, opening hours and cancellations',
    category: 'Appointments',
    content: `# Appointments, opening hours and cancellations

## Opening hours

- Monday to Friday: 9:00am to 5:30pm
- Saturday: 9:00am to 4:00pm
- Sunday and bank holidays: closed

## Booking

You can book an eye test online through our website, by phone, or in person at the shop. We send a reminder text 2 days before your appointment.

## Cancelling or moving an appointment

Please give us at least 24 hours' notice if you need to cancel or move your appointment. If you miss a private appointment without letting us know, we charge a £15 missed appointment fee.

If you arrive more than 10 minutes late we may need to rebook you, so the next patient isn't kept waiting.
`,
  },
  {
    title: 'Payment plans and warranties',
    category: 'Payments',
    content: `# Payment plans and warranties

## Spreading the cost

For orders over £250, you can spread the cost over 6 or 10 months with 0% interest. You pay a 20% deposit on the day and the rest by monthly direct debit. Plans are subject to a credit check.

We take cash, all major debit and credit cards, Apple Pay and NHS vouchers. We don't accept cheques.

## Warranties

All frames come with a 12-month warranty against manufacturing faults, such as a hinge that breaks on its own or coating that peels.

**Varifocal promise.** If you can't get used to your new varifocals, let us know within 60 days and we will remake them free of charge.

**Care Cover.** For £25 a year per pair, Care Cover protects against accidental damage, including sitting on your glasses. You can claim up to twice a year, with a £10 fee for each claim.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### Can I have a copy of my prescription?

Yes. We always give you a copy of your glasses prescription after your eye test, at no charge.

### Can you put new lenses in frames I already own?

Yes, as long as the frames are in good condition. We'll check them first, but we can't offer the 12-month frame warranty on frames you bring in.

### Where can I park?

The nearest car park is Charlotte Street car park, about a 5-minute walk away. There is no parking at the shop itself.

### Do you do eye tests for drivers who've been told to get one by the DVLA?

Yes, we carry out DVLA visual field tests. Bring the letter from the DVLA with you - these tests are free to you because the DVLA pays for them.

### Can someone come with me to my appointment?

Of course. You're welcome to bring a friend or family member into the test room.
`,
  },
];

export const BRIGHT_DEV: EvalCase[] = [
  // Context
  { question: 'what road are you on in Bath? want to pop in on my lunch', facts: ['14 Westgate Buildings'], escalate: false },
  { question: 'Is there an email address I can send my prescription question to rather than phoning?', facts: ['eyes@brightpathopticians.co.uk'], escalate: false },
  // Eye tests
  { question: 'How much is a normal sight test if I\'m paying myself?', facts: ['£30'], escalate: false },
  { question: 'My friend said you do a fancy scan of the back of the eye as part of a premium test. What does that one cost?', facts: ['£55'], escalate: false },
  { question: 'I turned 61 last month and I\'m still paying for my eye checks elsewhere. Should I be getting them for free now?', facts: ['60 or over'], escalate: false },
  { question: 'My dad has glaucoma and I\'m 44. Someone told me that means I might not have to pay for my eye exam, is that right?', facts: ['40 or over'], escalate: false },
  { question: 'how long does the eye test actually take? got to get back to work', facts: ['30 minutes'], escalate: false },
  // Contact lenses
  { question: 'Never worn contacts before and want to give them a go. What does it cost to get set up with them?', facts: ['£45'], escalate: false },
  { question: 'If I pay for the lens fitting and then sign up to your monthly lens thing, do I get the fitting money back?', facts: ['30 days'], escalate: false },
  { question: 'how much a month for dailies on ur subscription?', facts: ['£28'], escalate: false },
  { question: 'I have astigmatism so I need the special toric ones. What would the monthly plan be for daily toric lenses?', facts: ['£36'], escalate: false },
  { question: 'If I sign up for lenses monthly, am I locked in for a year or can I stop whenever?', facts: ["one month's notice"], escalate: false },
  // Glasses prices
  { question: 'Whats the cheapest pair of specs you do?', facts: ['£49'], escalate: false },
  { question: 'I\'m getting to the age where I need reading and distance in one pair, the ones with no line. What does that add to the price?', facts: ['£150'], escalate: false },
  { question: 'My prescription is quite strong and my lenses always look like jam jar bottoms. How much extra for the slimmer lenses?', facts: ['£60'], escalate: false },
  { question: 'Is there a deal if I want a spare pair of glasses as well as my main ones?', facts: ['half price'], escalate: false },
  // Turnaround
  { question: 'Ordered normal single vision glasses today, roughly when will they be ready to pick up?', facts: ['5 to 7 working days'], escalate: false },
  { question: 'I\'ve sat on my only pair and I\'m flying out next week - is there any way to get new glasses really quickly?', facts: ['48 hours', '£20'], escalate: false },
  // Repairs
  { question: 'My glasses are from Boots, not you, but one of the little nose pad thingies fell off. Would you replace it and what do you charge?', facts: ['free'], escalate: false },
  { question: 'The metal bridge on my frames has snapped clean in half. can it be welded back together and how long would I be without them?', facts: ['£25', '7 to 10 days'], escalate: false },
  // Children
  { question: 'My little girl is 3 and doesn\'t know her alphabet yet. Is she too young to have her eyes checked?', facts: ['pictures and shapes'], escalate: false },
  { question: 'My son is 8 and breaks everything. If he snaps his new glasses in the first few months will we have to pay again?', facts: ['12 months'], escalate: false },
  { question: 'Our daughter\'s short sight keeps getting worse every year. Is there anything you offer to slow it down, and what does it cost?', facts: ['£39 a month'], escalate: false },
  // Home visits
  { question: 'My mum is 87 and housebound in Keynsham. Can someone come to her house to check her eyes, and which days do you go out?', facts: ['Tuesdays and Thursdays'], escalate: false },
  { question: 'If I don\'t get a free NHS test but I want someone to come to my home for the eye exam, what does it cost?', facts: ['£60'], escalate: false },
  // Appointments
  { question: 'r u open saturdays? what time do u shut', facts: ['4:00pm'], escalate: false },
  { question: 'I booked a private test for tomorrow morning but my childcare has fallen through. What happens if I just don\'t turn up?', facts: ['£15'], escalate: false },
  // Payments and warranties
  { question: 'I\'ve been wearing my new varifocals for three weeks and I still feel seasick in them. Am I stuck with them?', facts: ['60 days'], escalate: false },
  // Unanswerable
  { question: 'Do you do hearing tests too? My husband needs both checked', unknown: true, escalate: false },
  { question: 'I\'m thinking about laser eye surgery. Can you refer me, and roughly what does it cost?', unknown: true, escalate: false },
  { question: 'Can you make prescription swimming goggles for my son? He\'s starting lessons', unknown: true, escalate: false },
  { question: 'Do you price match if I find the same frames cheaper online?', unknown: true, escalate: false },
  { question: 'Is there a student discount on glasses? I\'m at Bath Uni', unknown: true, escalate: false },
  { question: 'Do you stock Ray-Ban frames?', unknown: true, escalate: false },
  { question: 'My eyes feel gritty and dry all the time. Do you do a dry eye clinic and how much is it?', unknown: true, escalate: false },
  { question: 'I\'d like to buy a gift voucher for my mum\'s birthday so she can get new glasses. Do you sell them?', unknown: true, escalate: false },
  { question: 'Can I drop my old glasses off with you to be recycled or donated to charity?', unknown: true, escalate: false },
  { question: 'Is the shop step-free? I use a wheelchair and want to know if I can get in for my test', unknown: true, escalate: false },
  // Escalate
  { question: 'I paid £340 for varifocals back in the spring and they\'ve been useless from day one. I want a full refund, not another remake.', escalate: true },
  { question: 'Since I started the monthly lenses you fitted last week my left eye has gone bright red and really hurts, and it\'s blurry even with the lens out.', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Quayside Van Hire (QUAY)
// ---------------------------------------------------------------------------------------------

export const QUAY_CONTEXT =
  'Quayside Van Hire hires out vans and minibuses from Unit 6, Millbrook Trading Estate, Southampton, SO15 0LD. Phone 023 8055 5412, email bookings@quaysidevanhire.co.uk.';

export const QUAY_RULES = [
  'always escalate if someone was injured in an accident while driving one of our vehicles',
  'disputed damage charges over £300',
  'customer wants compensation because a vehicle broke down or was not ready and it cost them money - pass to a person',
  'Anything involving the police, a stolen vehicle or a court case.',
];

export const QUAY_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our vans and minibuses and what they cost',
    category: 'Vehicles and prices',
    content: `# Our vans and minibuses and what they cost

All prices include VAT, insurance and breakdown cover. A day's hire is 24 hours from the time you collect.

| Vehicle | Load space / seats | Per day | Weekend | Per week |
|---------|-------------------|---------|---------|----------|
| Small van (Ford Transit Connect) | 1.8m load length | £55 | £140 | £290 |
| Medium van (Ford Transit Custom) | 2.5m load length | £69 | £175 | £360 |
| Large van (long wheelbase Transit) | 3.7m load length | £85 | £210 | £440 |
| Luton van with tail lift | 4.0m load length, 500kg tail lift | £105 | £260 | £540 |
| 9-seat minibus | 9 seats including driver | £95 | £240 | £495 |
| 17-seat minibus | 17 seats including driver | £140 | £340 | £720 |

## What counts as a weekend

Weekend hire runs from Friday 4:00pm to Monday 9:00am. You pay the weekend price whether you use the van for one day or all three.

## Which van do I need?

As a rough guide, a medium van will take the contents of a one-bedroom flat, and a Luton van will take the contents of a three-bedroom house.
`,
  },
  {
    title: 'Driver age and licence rules',
    category: 'Drivers',
    content: `# Driver age and licence rules

## Age limits

- Small, medium and large vans: drivers aged 23 to 75
- Luton vans and both minibuses: drivers aged 25 to 75
- Drivers aged 21 or 22 can hire a small or medium van only, with a young driver surcharge of £15 per day

## Licence requirements

- You must have held a full driving licence for at least 2 years
- No more than 6 penalty points, and no drink-driving (DR) or drug-driving (DD) convictions in the last 5 years
- The 17-seat minibus needs category D1 on your licence. The 9-seat minibus can be driven on a normal car licence

## What to bring when you collect

1. Your photocard driving licence
2. A DVLA check code, generated within the last 21 days
3. Two proofs of address dated within the last 3 months, such as a bank statement or utility bill
4. The debit or credit card you will use for the deposit, in the main driver's name

## Additional drivers

You can add extra drivers for £10 per day each. They must meet the same rules and show the same documents.
`,
  },
  {
    title: 'Deposit and insurance excess',
    category: 'Payments',
    content: `# Deposit and insurance excess

## Deposit

We take a security deposit when you collect the vehicle:

- **Vans up to large:** £250
- **Luton vans and minibuses:** £400

The deposit is held on your card, not taken, and is released within 7 working days of the vehicle coming back in good condition. We can't accept cash for the deposit.

## Insurance and excess

Every hire includes fully comprehensive insurance. If the vehicle is damaged or stolen while you have it, you pay the first £1,000 of the cost (the excess).

## Excess reduction

For £12 per day you can reduce your excess from £1,000 to £250. Excess reduction does not cover:

- damage to the roof or top of the vehicle from hitting bridges, barriers or car park height bars
- tyres, wheels or windscreens damaged through misuse
- putting the wrong fuel in the tank
`,
  },
  {
    title: 'Mileage allowance and fuel policy',
    category: 'On the road',
    content: `# Mileage allowance and fuel policy

## Mileage

Every hire includes 150 miles per day. If you go over the allowance we charge 25p per mile for the extra miles, worked out when you return the vehicle.

On hires of 7 days or more you can add unlimited mileage for £15 per day.

## Fuel

All our vans and minibuses run on diesel. Our fuel policy is full to full: the vehicle is given to you with a full tank and you need to bring it back full.

If the tank isn't full when you return, we refuel it for you at £2.20 per litre plus a £15 refuelling fee. Keep your fuel receipt - if we query the level, a receipt from a garage within 5 miles of our yard settles it.

Putting petrol in a diesel van can cause serious damage. If it happens, don't start the engine, and call the breakdown line.
`,
  },
  {
    title: 'One-way hire',
    category: 'Bookings',
    content: `# One-way hire

Moving away from Southampton? You can collect a van from us and drop it off at one of our partner depots instead of bringing it back.

We currently offer one-way hire to Bristol, Reading and Brighton. A one-way fee of £90 is added on top of the normal hire price.

One-way hire is available on small, medium and large vans only - not on Luton vans or minibuses. It must be booked at least 5 days in advance, and the drop-off depot needs the van back within its own opening hours.
`,
  },
  {
    title: 'Extras you can add to your hire',
    category: 'Bookings',
    content: `# Extras you can add to your hire

Add extras when you book, or ask at the counter when you collect. Stock is limited, so book ahead at busy times like the end of the month.

| Extra | Price |
|-------|-------|
| Sack truck | £8 per hire |
| Furniture blankets (pack of 10) | £10 per hire |
| Ratchet straps (set of 4) | £5 per hire |
| Sat nav | £6 per day |
| Child car seat (minibuses only) | £10 per hire |
| Additional driver | £10 per day |

Extras that come back damaged or are not returned are charged at replacement cost - for example, a sack truck is £45.
`,
  },
  {
    title: 'Breakdowns and accidents',
    category: 'On the road',
    content: `# Breakdowns and accidents

## If the vehicle breaks down

All our vehicles have 24-hour breakdown cover with the RAC. The breakdown number is on the key fob and in the windscreen: 0800 555 0190.

Please don't arrange your own repairs or recovery. We can't pay back costs for repairs we haven't agreed in advance.

If the van can't be fixed at the roadside, we will do our best to get a replacement to you, but this depends on what we have available.

## If you have an accident

1. Stop in a safe place and check everyone is OK. Call 999 if anyone is hurt.
2. Swap names, addresses and insurance details with the other driver.
3. Take photos of the damage, the other vehicle and its number plate.
4. Call us within 24 hours on the main office number.

Don't admit fault or agree to pay the other driver anything at the scene.
`,
  },
  {
    title: 'Returns, late returns and fines',
    category: 'Returns',
    content: `# Returns, late returns and fines

## Yard opening hours

- Monday to Friday: 7:30am to 6:00pm
- Saturday: 8:00am to 1:00pm
- Sunday: closed

If you're returning outside opening hours, park in one of the marked return bays and post the keys through the key drop box by the office door. The hire continues until we check the vehicle in the next morning.

## Late returns

Things come up, and we give a 30-minute grace period. After that, late returns are charged at £20 per hour, up to the price of a full extra day. Please ring us if you know you'll be late - if someone has booked the van after you, we need to warn them.

## Parking tickets, speeding and tolls

You are responsible for any parking tickets, speeding fines, bus lane fines, tolls and clean air zone charges during your hire. When we receive a fine we pass your details to the issuing authority and charge an admin fee of £30 per fine.
`,
  },
  {
    title: 'Damage and cleaning charges',
    category: 'Returns',
    content: `# Damage and cleaning charges

## Checking the vehicle

When you collect, we walk round the vehicle with you and record existing damage on a tablet with photos. You get a copy by email. Check it carefully before you drive away - anything not on the record could be charged to you.

## Damage

New damage is charged at the cost of repair, up to your insurance excess. Small scratches under 2cm and stone chips under 5mm are treated as wear and tear and are not charged.

## Cleaning

We're not fussy about a bit of dust, but please sweep out the load area and remove your rubbish.

- **Dirty load area or cab:** £40 cleaning charge
- **Smoking or vaping in the vehicle:** £150 charge
- **Pet hair in a minibus:** £40 cleaning charge
`,
  },
  {
    title: 'Booking changes and cancellations - FAQ',
    category: 'FAQ',
    content: `# Booking changes and cancellations - FAQ

### How do I pay when I book?

You pay a £50 booking fee when you reserve, and this is taken off the hire price. The rest is paid when you collect.

### Can I change the dates of my booking?

Yes. Changing your dates is free, as long as we have a vehicle available for the new dates. Just call or email at least 24 hours before your original collection time.

### What if I need to cancel?

If you cancel more than 48 hours before collection, we refund your £50 booking fee in full. If you cancel within 48 hours of collection, the booking fee is not refunded.

### What happens if I don't turn up?

If you don't collect and don't tell us, we charge the first day's hire and keep the booking fee.

### Can I extend my hire while I've got the van?

Usually, yes. Phone us before your return time and we'll check the van isn't booked by someone else. Extra days are charged at the normal daily rate.

### Can I collect the night before?

Not on standard hires. If you book a weekend hire, you can collect from 4:00pm on the Friday.
`,
  },
];

export const QUAY_DEV: EvalCase[] = [
  // Context
  { question: 'wheres your yard? is it in the town centre or out on an estate', facts: ['Millbrook Trading Estate'], escalate: false },
  { question: 'Can I email you to book rather than ring? What\'s the address?', facts: ['bookings@quaysidevanhire.co.uk'], escalate: false },
  // Vehicles and prices
  { question: 'How much for the mid-size Transit for just one day?', facts: ['£69'], escalate: false },
  { question: 'Moving out of a three bed house next month, which van do I want and how much is it for a day?', facts: ['Luton', '£105'], escalate: false },
  { question: 'We\'re taking the under-12s football team to a tournament and need to carry about 15 of us. What will a week cost?', facts: ['£720'], escalate: false },
  { question: 'If I get a van for the weekend, when can I pick it up and when does it have to come back?', facts: ['Friday 4:00pm', 'Monday 9:00am'], escalate: false },
  // Drivers
  { question: 'im 22, can i even hire a van from you lot?', facts: ['£15 per day'], escalate: false },
  { question: 'My husband is 24 and wants to drive the big Luton with the lift on the back. Is he old enough?', facts: ['25'], escalate: false },
  { question: 'Passed my test about 18 months ago. Is that long enough to rent a van?', facts: ['2 years'], escalate: false },
  { question: 'Do I need a special licence category to drive the 17 seater or is a car licence ok?', facts: ['D1'], escalate: false },
  { question: 'What paperwork do I need to bring on the day, other than my licence?', facts: ['DVLA check code', 'Two proofs of address'], escalate: false },
  // Deposit and excess
  { question: 'How much will you hold on my card as a deposit for a minibus?', facts: ['£400'], escalate: false },
  { question: 'Brought the van back Monday, when will the held money drop off my card?', facts: ['7 working days'], escalate: false },
  { question: 'If I prang the van, how much am I on the hook for with the standard insurance?', facts: ['£1,000'], escalate: false },
  { question: 'Is there a way of paying a bit more so I\'m not stuck with a massive bill if I dent it?', facts: ['£12 per day', '£250'], escalate: false },
  // Mileage and fuel
  { question: 'How many miles a day do I get before you start charging extra, and what\'s the rate after that?', facts: ['150 miles', '25p per mile'], escalate: false },
  { question: 'Are the vans petrol or diesel? dont want to put the wrong stuff in', facts: ['diesel'], escalate: false },
  { question: 'I was in a rush and brought the van back about a quarter full. What are you going to charge me for the fuel?', facts: ['£2.20 per litre', '£15'], escalate: false },
  // One-way
  { question: 'I\'m moving from Southampton up to Reading. Can I leave the van there instead of driving it all the way back?', facts: ['£90'], escalate: false },
  { question: 'How far in advance do I need to book if I want to drop off in Brighton?', facts: ['5 days'], escalate: false },
  // Extras
  { question: 'Do you have one of those trolleys for wheeling the washing machine? How much?', facts: ['£8'], escalate: false },
  { question: 'Need some blankets to protect the furniture, do you do them?', facts: ['£10'], escalate: false },
  // Breakdowns
  { question: 'The van\'s making an awful grinding noise and I\'ve pulled onto the hard shoulder of the M27. Who do I call?', facts: ['0800 555 0190'], escalate: false },
  // Returns and fines
  { question: 'Can I bring the van back on Saturday afternoon? What time do you close?', facts: ['1:00pm'], escalate: false },
  { question: 'Traffic on the M3 is terrible and I\'m going to be a couple of hours late getting the van back. How much will that cost me?', facts: ['£20 per hour'], escalate: false },
  { question: 'Got a letter saying I got a parking ticket in your van in Portsmouth. Do you add anything on top?', facts: ['£30'], escalate: false },
  // Damage and cleaning
  { question: 'My mate smoked in the cab on the way back, will I get charged for that?', facts: ['£150'], escalate: false },
  // FAQ
  { question: 'Booked a van for Thursday but my move\'s been pushed back a week. Can I switch days without paying extra?', facts: ['free'], escalate: false },
  // Unanswerable
  { question: 'Do you do a man and van service where your driver does the move for us?', unknown: true, escalate: false },
  { question: 'Can I take the van over to France on the ferry for a weekend?', unknown: true, escalate: false },
  { question: 'Do you ever sell off your old vans? Looking to buy a used Transit', unknown: true, escalate: false },
  { question: 'Do your vans have reversing cameras or parking sensors? Not great at backing up', unknown: true, escalate: false },
  { question: 'Our company hires vans every week. Can we open a business account and get invoiced monthly?', unknown: true, escalate: false },
  { question: 'Do you hire out ordinary cars as well as vans?', unknown: true, escalate: false },
  { question: 'Do you sell cardboard boxes and packing tape for moving house?', unknown: true, escalate: false },
  { question: 'Can I hire a trailer from you to tow behind my own car?', unknown: true, escalate: false },
  { question: 'Is there a discount for NHS staff or armed forces?', unknown: true, escalate: false },
  { question: 'Does the 9 seater minibus have a ramp or lift for a wheelchair?', unknown: true, escalate: false },
  // Escalate
  { question: 'You\'ve charged me £650 for a dent on the side door that was already there when I picked the van up. I\'m not paying it.', escalate: true },
  { question: 'The Luton broke down on the M3 with all our furniture in the back, we lost the whole day and had to pay the removal men double. I want compensation.', escalate: true },
];
