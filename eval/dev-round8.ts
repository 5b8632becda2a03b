/**
 * DEV businesses written in round 8 without reading the agent's code; tuned on.
 *
 * Two trades unlike the earlier eval businesses: Pawsworth Vets, a small-animal veterinary
 * practice in Harrogate (hours, out-of-hours partner, prices, health plan, registering,
 * repeat prescriptions, pre-op fasting, payment and insurance, parking, home visits), and
 * Loftline Coworking, a coworking space in Bristol (plans and prices, 24/7 access, meeting
 * room credits, guests, mail and registered address, printing, coffee, bikes and showers,
 * parking, notice periods, Wi-Fi). Articles are written like a small business's help pages
 * (headings, lists, price tables, an FAQ, plain paragraphs); each business has 40 questions:
 * 28 answerable and paraphrased the way customers ask (a few typos and text-speak), 10 that
 * the pages do NOT answer though they share generic words with them, and 2 that a supervisor
 * would pass to a person under one of the rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Pawsworth Vets (PAWS)
// ---------------------------------------------------------------------------------------------

export const PAWS_CONTEXT =
  'Pawsworth Vets is an independent small-animal veterinary practice at 27 Cold Bath Road, Harrogate, HG2 0NA, caring for dogs, cats, rabbits and other small pets. Phone 01423 555 274, email hello@pawsworthvets.co.uk.';

export const PAWS_RULES = [
  'always escalate if a pet has died or been put to sleep and the owner is unhappy with how it was handled',
  'refund requests over £100',
  'customer says their pet was harmed or got worse because of treatment or an operation we did - pass to a person',
  'Disputed invoices or anyone refusing to pay a bill.',
];

export const PAWS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Opening hours and how to reach us',
    category: 'Practice information',
    content: `# Opening hours and how to reach us

Pawsworth Vets is open six days a week. All appointments are booked in advance, but we keep a few same-day slots every morning for poorly pets.

## Opening hours

| Day | Hours |
|---|---|
| Monday to Friday | 8:00am to 7:00pm |
| Saturday | 9:00am to 1:00pm |
| Sunday and bank holidays | Closed (see out-of-hours care) |

The reception phone line opens at 8:00am on weekdays and 9:00am on Saturday. Calls are busiest between 8:00am and 9:30am, so if your question isn't urgent please ring after 10:00am or email us.

## Booking an appointment

- **Phone:** 01423 555 274
- **Online:** through the Pawsworth app or the booking page on our website, up to 4 weeks ahead
- **In person:** at reception during opening hours

Standard consultations are 15 minutes. If you'd like to discuss more than one pet or more than one problem, please book a double appointment (30 minutes).

## Late arrivals and missed appointments

If you arrive more than 10 minutes late we may need to rebook you. Appointments cancelled with less than 24 hours' notice, or missed without telling us, are charged a £20 missed appointment fee. We waive the fee the first time, and always if your pet was too poorly to travel.
`,
  },
  {
    title: 'Emergencies and out-of-hours care',
    category: 'Emergencies',
    content: `# Emergencies and out-of-hours care

During opening hours, if your pet is seriously ill or injured, phone us on 01423 555 274 and tell reception it is an emergency. We will see emergencies straight away, even without an appointment.

## When we are closed

Outside our opening hours (weeknights after 7:00pm, Saturday afternoons, Sundays and bank holidays) emergency care is provided by our partner service, **NightPaws Emergency Vets**, at their animal hospital on Leeds Road, Harrogate (HG2 8AY), about 10 minutes' drive from us.

- NightPaws phone: **01423 555 900**
- Always ring before setting off, so the team can prepare for your arrival and give first-aid advice over the phone.
- NightPaws has a vet and a nurse on site through the night, every night of the year.

NightPaws is a separate business and sets its own fees. They are charged by NightPaws directly and must be paid on the night. Health Plan members don't get a discount at NightPaws.

## NightPaws fees

| Service | Price |
|---|---|
| Out-of-hours consultation (weekday evening) | £165 |
| Out-of-hours consultation (overnight, Sunday or bank holiday) | £210 |
| Overnight hospitalisation (per night, excluding medicines) | £295 |
| Telephone advice | Free |

## What happens afterwards

NightPaws sends the clinical notes to us by 8:30am the next morning. If your pet stays in overnight, they can be transferred back to Pawsworth the next working day for continued care, and from that point our normal prices apply.

## Is it an emergency?

Please call straight away if your pet:

- is having difficulty breathing
- has collapsed or is having a fit
- has eaten something poisonous, such as chocolate, grapes, raisins, lilies or rat poison
- is a male cat straining to pass urine
- has been hit by a car, even if they seem fine
`,
  },
  {
    title: 'Consultation and vaccination prices',
    category: 'Prices',
    content: `# Consultation and vaccination prices

All prices include VAT and were last updated in January 2025. Medicines, tests and procedures are charged on top of the consultation fee.

## Consultations

| Appointment | Price |
|---|---|
| Standard consultation (15 minutes) | £52 |
| Double consultation (30 minutes) | £89 |
| Repeat check for the same problem within 7 days | £28 |
| Nurse clinic (weight check, stitches out) | £25 |
| Second opinion consultation | £95 |

## Vaccinations

| Vaccination | Price |
|---|---|
| Puppy course (2 injections) | £98 |
| Kitten course (2 injections) | £92 |
| Dog annual booster | £64 |
| Cat annual booster | £60 |
| Kennel cough (intranasal) | £42 |
| Rabbit combined Myxo-RHD booster | £58 |

Every vaccination includes a full health check with a vet, so there is no separate consultation fee on the day.

## Other common charges

- Microchipping: £25 (free when done with a puppy or kitten course)
- Nail clip by a nurse: £15
- Anal gland expression: £22
- Animal Health Certificate for travelling abroad: from £180

Prices for operations and dentals depend on the size of your pet and what is needed, so we always give a written estimate first.
`,
  },
  {
    title: 'The Pawsworth Pet Health Plan',
    category: 'Health plan',
    content: `# The Pawsworth Pet Health Plan

Our Pet Health Plan spreads the cost of your pet's routine preventive care into one monthly payment by Direct Debit. It is not insurance and does not cover illness or injury.

## Monthly prices

| Pet | Per month |
|---|---|
| Cat | £14.50 |
| Dog up to 25kg | £17.00 |
| Dog over 25kg | £21.00 |
| Rabbit | £9.50 |

## What's included

- Annual booster vaccination (and kennel cough for dogs)
- Two health checks a year with a vet, six months apart
- Flea and worm treatment for the whole year, handed out every three months
- One nurse clinic every month (nail clips, weight checks)
- 10% off all other treatment at Pawsworth, including operations and dentals
- 10% off pet food bought from us

## What's not included

- Treatment for illness or injury, apart from the 10% discount
- Out-of-hours visits at NightPaws
- Prescription diets, which get 5% off rather than 10%

## Joining and leaving

You can sign up at reception or in the app; the first payment is taken on the 1st of the following month. The plan runs for 12 months and renews automatically. If you cancel before the 12 months are up, we charge the difference between what you've paid and the full price of the care your pet has already received.
`,
  },
  {
    title: 'Registering a new pet',
    category: 'New clients',
    content: `# Registering a new pet

Registration is free and takes about five minutes. You can register before your first appointment so we're ready when you arrive.

## How to register

1. Fill in the registration form on our website or in the Pawsworth app, or pick up a paper form from reception.
2. Give us your pet's name, species, breed, date of birth and microchip number if you know it.
3. If your pet has been with another vet, tell us which practice. We'll ask them to send over the records, which usually takes 2 to 3 working days.
4. Book a first health check. For newly registered pets this is charged at a reduced £30.

## Bringing your pet in for the first time

- Bring any vaccination card or previous paperwork.
- Dogs must be on a lead; cats, rabbits and small pets should come in a secure carrier.
- We have a separate cat waiting area to the left of reception, away from the dogs.

## Puppies and kittens

Puppies can start their vaccinations from 8 weeks old and kittens from 9 weeks. The second injection is 3 to 4 weeks after the first. Your puppy can go out for walks one week after the second injection.

## Which animals do we see?

We see dogs, cats, rabbits, guinea pigs, ferrets, rats, mice and hamsters. We don't treat reptiles, birds or farm animals; for these we recommend Nidd Exotic Vets in Knaresborough.
`,
  },
  {
    title: 'Repeat prescriptions',
    category: 'Medicines',
    content: `# Repeat prescriptions

If your pet is on long-term medication, you can order repeats without a full appointment as long as a vet has examined them recently.

## Ordering

Please give us **48 hours' notice** (two working days) for repeat prescriptions. You can order:

- in the Pawsworth app
- by email to prescriptions@pawsworthvets.co.uk
- by phone on 01423 555 274 after 10:00am

Orders placed on a Friday afternoon or a Saturday will be ready on Tuesday. Collect from reception during opening hours; we'll send a text when it's ready.

## Fees

| Item | Price |
|---|---|
| Repeat dispensing fee (collected here) | £12.50 |
| Written prescription (to buy from an online pharmacy) | £21 |
| Each additional item on the same written prescription | £8 |
| Posting medicines to you (tracked) | £5.95 |

## Check-ups

By law, a vet must have examined your pet before we can prescribe prescription-only medicines. For most long-term medicines we need to see your pet every 6 months; for heart medicines, thyroid medicines and pain relief for arthritis, every 3 months. If your pet is overdue, we'll ask you to book a check before the next repeat.

Controlled drugs, such as some pain relief and epilepsy medicines, can only be prescribed for a maximum of 28 days at a time.
`,
  },
  {
    title: 'Before your pet\'s operation: neutering and dentals',
    category: 'Operations',
    content: `# Before your pet's operation: neutering and dentals

Operations take place Monday to Friday. Your pet comes in in the morning and usually goes home the same afternoon.

## The night before

- **Dogs and cats:** no food after **10:00pm** the night before. Water is fine until you leave home in the morning.
- **Rabbits and guinea pigs:** please don't starve them. Keep giving hay and vegetables as normal, and bring a small bag of their usual food with you.
- Give normal medication unless the vet has told you otherwise, but hold back any morning insulin for diabetic pets and ring us for advice.
- Walk dogs before arriving so they can empty their bladder; keep cats indoors overnight with a litter tray.

## On the morning

- Admission is between **8:00am and 8:45am**. A nurse will go through the consent form with you, which takes about 10 minutes.
- We offer a pre-anaesthetic blood test for £58. It is recommended for all pets over 7 years old.
- We'll phone you once your pet has woken up, usually by 2:00pm.
- Collection is normally between 3:00pm and 5:30pm.

## Neutering prices

| Procedure | Price |
|---|---|
| Cat castration | £110 |
| Cat spay | £160 |
| Dog castration (up to 25kg) | £285 |
| Dog spay (up to 25kg) | £395 |
| Rabbit castration | £140 |

Dental prices depend on how many teeth need treatment, so the vet will give you an estimate at a check-up first; a scale and polish starts at £320.

## Afterwards

Your pet will go home with a buster collar or a medical pet shirt. A free post-op check is booked for 3 days after surgery, and stitches (if any) are removed after 10 days.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**How do I pay?**
Payment is due at the end of every appointment. We take cash, all major debit and credit cards, Apple Pay and Google Pay. We don't accept cheques.

**Can I pay in instalments?**
For bills over £500 we can offer a 0% payment plan over 3 or 6 months through our finance partner, subject to a credit check. Ask reception before treatment starts.

**Do you claim directly from my insurance?**
Yes, for most UK pet insurers we can make a direct claim, so you only pay your excess and anything the policy won't cover. For a direct claim you need to sign the claim form and pay the excess on the day, and we charge a £25 admin fee for each claim. If you prefer to claim yourself, we'll complete the vet's section of your form free of charge within 5 working days.

**Is there parking?**
We have 6 free customer spaces directly outside the practice, including one wide disabled bay by the front door. If they're full, the Cold Bath Road pay-and-display bays are a 2-minute walk away.

**Do you do home visits?**
Yes, for pets who can't travel easily, and for euthanasia at home. Home visits are available Monday to Friday between 12:00pm and 2:00pm, within 5 miles of the practice. The home visit fee is £85 on top of the consultation price. Please book at least 24 hours ahead by phone.

**Can I stay with my pet during the examination?**
Yes, you're welcome to stay for consultations. For X-rays and operations your pet will go through to the treatment area with our nurses.
`,
  },
];

export const PAWS_DEV: EvalCase[] = [
  // Context
  { question: 'whats the address for you guys? the satnav keeps sending me somewhere odd', facts: ['27 Cold Bath Road'], escalate: false },
  { question: 'I\'d rather write than ring - is there an email I can send my dogs details to?', facts: ['hello@pawsworthvets.co.uk'], escalate: false },
  // Opening hours
  { question: 'My dog has been limping a bit since yesterday. I finish work at half 5 — how late are you open during the week?', facts: ['7:00pm'], escalate: false },
  { question: 'r u open on saturdays and til when?', facts: ['1:00pm'], escalate: false },
  { question: 'Something came up at work and I can\'t make Luna\'s appointment this afternoon. Is there a penalty for not turning up?', facts: ['£20'], escalate: false },
  // Emergencies
  { question: 'It\'s Sunday night and my cat just chewed one of the lilies in a bouquet, who on earth do I ring??', facts: ['01423 555 900'], escalate: false },
  { question: 'If I have to take my rabbit to the night-time vet on a bank holiday, roughly what will the consult set me back?', facts: ['£210'], escalate: false },
  // Prices
  { question: 'Our spaniel\'s yearly jabs are due next month, what\'s that gonna cost?', facts: ['£64'], escalate: false },
  { question: 'We\'re picking up a kitten in a couple of weeks. How much are her first vaccinations altogether?', facts: ['£92'], escalate: false },
  // Health plan
  { question: 'Thinking about the monthly wellness scheme for our Labrador, she\'s about 32 kilos. How much a month would that be?', facts: ['£21.00'], escalate: false },
  { question: 'Does the monthly plan thing cover flea and wormer stuff or is that extra?', facts: ['Flea and worm treatment'], escalate: false },
  { question: 'We\'re on your health plan and our dog needs a lump removed. Do we get anything knocked off the op?', facts: ['10%'], escalate: false },
  { question: 'If I join the pet plan today when does the first payment come out, and how long am I signed up for?', facts: ['1st of the following month', '12 months'], escalate: false },
  // Registering
  { question: 'Just moved to Harrogate with our two cats. How do we sign them up with you and does it cost anything?', facts: ['free'], escalate: false },
  { question: 'our last vet was in Leeds - will you get Milo\'s history from them and how long does that take', facts: ['2 to 3 working days'], escalate: false },
  { question: 'My son has a bearded dragon that seems off colour, can you see him?', facts: ['Nidd Exotic Vets'], escalate: false },
  // Repeat prescriptions
  { question: 'need more of my cats thyroid tabs, how much warning do u need?', facts: ['48 hours'], escalate: false },
  { question: 'The same tablets are much cheaper online. Can you give me a written script for them, and what do you charge?', facts: ['£21'], escalate: false },
  { question: 'I put in a request for Bramble\'s pills on Saturday morning. When can I pick them up and what\'s the charge for collecting?', facts: ['Tuesday', '£12.50'], escalate: false },
  // Pre-op
  { question: 'Bella is being spayed on Thursday. When should I stop feeding her the night before?', facts: ['10:00pm'], escalate: false },
  { question: 'My bunny is being done tomorrow morning, should I take all her food away tonight?', facts: ['hay and vegetables'], escalate: false },
  { question: 'What time do I drop my cat off for her dental, and roughly when will I get her back?', facts: ['8:45am', '3:00pm'], escalate: false },
  { question: 'how much do you charge to castrate a tom cat', facts: ['£110'], escalate: false },
  // FAQ: payment, insurance, parking, home visits
  { question: 'Old fashioned question but can I still pay you by cheque?', facts: ['cheques'], escalate: false },
  { question: 'Can you bill my insurer directly so I\'m not paying the lot upfront? Is there a charge for doing it that way?', facts: ['£25'], escalate: false },
  { question: 'Our dog needs surgery that\'ll be about £900. Is there any way of spreading the cost?', facts: ['3 or 6 months'], escalate: false },
  { question: 'My Great Dane is massive and doesn\'t walk far these days. Is there anywhere to leave the car near you?', facts: ['6 free'], escalate: false },
  { question: 'My elderly cat gets really stressed in the car. Could a vet come out to the house instead, and what does that cost?', facts: ['£85', '12:00pm'], escalate: false },
  // Unanswerable
  { question: 'Do you do grooming as well? My poodle badly needs a bath and a trim', unknown: true, escalate: false },
  { question: 'After his cruciate op, can my dog have hydrotherapy sessions with you?', unknown: true, escalate: false },
  { question: 'roughly how much is an x-ray if the vet thinks my cat\'s leg is broken?', unknown: true, escalate: false },
  { question: 'If we have to have our old dog put to sleep, how much does an individual cremation cost and do we get the ashes back?', unknown: true, escalate: false },
  { question: 'We\'re away for a fortnight in August - can our cat board with you while we\'re gone?', unknown: true, escalate: false },
  { question: 'We\'ve got three dogs. Is there a multi-pet discount on the monthly health plan?', unknown: true, escalate: false },
  { question: 'Our rescue dog is aggressive with other dogs. Do you have someone who does behaviour consultations?', unknown: true, escalate: false },
  { question: 'How long is the usual wait at the NightPaws place once you get there?', unknown: true, escalate: false },
  { question: 'My mum is coming with the dog and her English isn\'t great. Do any of your vets speak Polish?', unknown: true, escalate: false },
  { question: 'My daughter wants to be a vet, do you take school pupils for work experience?', unknown: true, escalate: false },
  // Escalate
  { question: 'We paid £320 for Poppy\'s scale and polish last month and now she needs more teeth out anyway. I want that money back, it was a waste.', escalate: true },
  { question: 'Since your vet neutered my dog last week the wound has gone all swollen and hot and he\'s really poorly. I think something went wrong in the op.', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Loftline Coworking (LOFT)
// ---------------------------------------------------------------------------------------------

export const LOFT_CONTEXT =
  'Loftline Coworking is a coworking space on three floors of a converted tobacco warehouse at 14 Wapping Wharf Lane, Bristol, BS1 6UN, offering hot desks, fixed desks, private offices and day passes. Phone 0117 496 0821, email hello@loftline.co.uk.';

export const LOFT_RULES = [
  'always escalate if a member reports a theft, a break-in or a stranger in the building',
  'refund requests over £100',
  'member wants to leave a private office before the notice period or minimum term is up - pass to a person',
  'Complaints about another member\'s behaviour (noise, harassment, etc).',
];

export const LOFT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Membership plans and prices',
    category: 'Membership',
    content: `# Membership plans and prices

Loftline has four ways to work with us. Monthly prices are per person and exclude VAT at 20%; the day pass price includes VAT.

| Plan | Price | Access | Meeting room credits |
|---|---|---|---|
| Day pass | £22 per day | 8:30am to 6:00pm on the day | None |
| Hot desk | £185 per month | Staffed hours, Monday to Friday | 4 hours a month |
| Fixed desk | £295 per month | 24/7 | 8 hours a month |
| Private office (2 to 8 people) | from £650 per month | 24/7 | 10 hours per person a month |

## Hot desk

Hot desk members sit anywhere on the open-plan Wharf Floor (2nd floor), first-come, first-served. Clear your desk at the end of each day; anything left overnight goes to lost property. Hot desk members can add 24/7 access for £40 a month.

## Fixed desk

Your own desk on the quieter Crane Floor (3rd floor), with a lockable pedestal drawer and a 27-inch monitor. You can leave your things out overnight.

## Private office

Lockable offices on the 1st floor for teams of 2 to 8, furnished with desks, chairs and a whiteboard. A 2-person office starts at £650 a month and an 8-person office is £2,300 a month. Private offices have a minimum term of 6 months.

## Day pass

Buy a day pass online or at reception; no membership needed. A bundle of 10 day passes costs £180 and is valid for 3 months.

## Discounts

- Registered charities and non-profits: 15% off hot desk and fixed desk plans.
- Pay 12 months upfront and get one month free.
`,
  },
  {
    title: 'Opening hours and 24/7 access',
    category: 'Access',
    content: `# Opening hours and 24/7 access

## Staffed hours

Reception is staffed **Monday to Friday, 8:30am to 6:00pm**. We're not staffed at weekends or on bank holidays, and reception is closed completely between Christmas Eve and New Year's Day.

## 24/7 access

Fixed desk and private office members (and hot deskers who've added the 24/7 upgrade) can get in at any time, day or night, including weekends.

- Entry out of hours is by key fob at the side door on Cannon Street. The main front door locks at 6:00pm.
- Your fob is issued on your first day, with a £25 refundable deposit.
- A lost fob costs £15 to replace. Tell reception straight away so we can cancel the old one.
- Out of hours, the heating runs until 9:00pm on weekdays and is off at weekends, so bring a jumper.
- The last person out should set the alarm using the keypad by the side door. The code is on the member portal.

## Hot desk access

Hot desk fobs only work during staffed hours. You can arrive from 8:30am and need to be out by 6:00pm.

## Your first day

Come to reception at 9:00am on your start date. Induction takes about 20 minutes: we'll give you your fob, get you on the Wi-Fi and the printers, and show you the kitchen, showers and fire exits.
`,
  },
  {
    title: 'Booking meeting rooms',
    category: 'Meeting rooms',
    content: `# Booking meeting rooms

We have three bookable rooms, each with a screen, HDMI and USB-C connection, whiteboard and video-call camera.

| Room | Seats | Credits per hour | Non-member price per hour |
|---|---|---|---|
| The Crane | 4 | 1 credit | £25 |
| The Harbour | 8 | 2 credits | £45 |
| The Boardroom | 14 | 3 credits | £70 |

## How credits work

- Your plan comes with a monthly allowance of credits (see Membership plans and prices). One credit is one hour in The Crane.
- Credits reset on the 1st of each month. Unused credits don't roll over.
- If you run out, extra credits cost £15 each, added to your next invoice.
- Day pass holders don't get credits but can book rooms at the non-member price.

## Booking

Book through the Loftline member app up to 30 days ahead, in 30-minute slots. Everyone can book rooms during staffed hours; 24/7 members can also book The Crane and The Harbour in the evenings and at weekends.

## Cancelling a booking

Cancel at least 24 hours ahead and your credits are returned. If you cancel later than that, the credits are used up. If nobody turns up within 15 minutes, the room is released for others.

## Phone booths

There are four soundproof phone booths on the Wharf Floor. They're first come, first served and free for all members, but please keep calls to 45 minutes when others are waiting.
`,
  },
  {
    title: 'Bringing guests',
    category: 'Guests and visitors',
    content: `# Bringing guests

Members are welcome to bring visitors for meetings or for a working day.

## Meeting guests

- Guests sign in at reception on arrival, and you need to come down and collect them.
- Register your guests in the member app beforehand and they'll get a welcome email with directions.
- Meeting guests are free as long as they stay in a booked meeting room or the lounge.

## Working guests

If someone wants to work alongside you at a desk for the day:

- Each member can bring **one working guest free per month**.
- After that, a guest day costs £15, charged to your account, which is cheaper than a day pass.
- Working guests must leave by 6:00pm and can't be in the building outside staffed hours, even with a 24/7 member.

## Children and dogs

Children are welcome for short visits but must stay with you at all times and aren't allowed in the kitchens. Well-behaved dogs are allowed on the Crane Floor only, on a lead, once you've registered them with reception and agreed to our dog policy. One dog per member at a time.

## Events

You can hold an evening event for up to 40 people in the Boardroom and lounge after 6:00pm. Email events@loftline.co.uk at least two weeks ahead for a quote.
`,
  },
  {
    title: 'Mail handling and registered business address',
    category: 'Mail and business address',
    content: `# Mail handling and registered business address

## Post for members

All members (except day pass users) can have post delivered to Loftline at no extra cost. Address it to your name and company, c/o Loftline Coworking, 14 Wapping Wharf Lane, Bristol BS1 6UN.

We sort the post by 11:00am every weekday and send you a notification in the member app. Collect letters from your labelled pigeonhole next to reception. Parcels up to 10kg are kept behind the desk, and we hold uncollected parcels for 14 days before returning them to the sender. Please keep personal parcels to a minimum; we can't accept perishable food deliveries.

## Using us as your registered address

You can use our address as your registered office with Companies House and HMRC:

| Option | Price |
|---|---|
| Registered address for fixed desk and private office members | Included |
| Registered address for hot desk members | £10 per month |
| Virtual address (no desk) with mail scanning | £35 per month |

## Mail scanning and forwarding

- Virtual address customers get their letters opened and scanned to email the same day.
- Mail forwarding to another UK address is available once a week, on Fridays, for £5 per week plus postage.

## When you leave

When you leave Loftline you must change your registered office within 30 days. After that, we return any post to the sender.
`,
  },
  {
    title: 'Kitchen, coffee and printing',
    category: 'Facilities',
    content: `# Kitchen, coffee and printing

## Kitchen

There's a shared kitchen on every floor with a fridge, microwave, dishwasher, kettle and a tap for filtered chilled and sparkling water. Please label food in the fridge with your name and the date; the fridges are cleared every Friday at 4:00pm.

## Coffee and tea

Coffee is included with every membership, day passes too. The bean-to-cup machines on each floor make espresso, flat whites and lattes, with oat and dairy milk. We also stock a range of teas, including decaf and herbal.

Our ground-floor café, **Tidal**, is open 8:00am to 3:00pm on weekdays for breakfast and lunch. Members get 10% off by showing their fob.

## Printing

- Printers are on the Wharf Floor and the Crane Floor, and you can print from your laptop once you're on the Loftline Wi-Fi.
- Each member gets **100 black-and-white pages free a month**, reset on the 1st.
- After that, black-and-white is 5p a page and colour is 20p a page, billed monthly.
- A3 printing and scanning to email are available on the Wharf Floor printer. Scanning is free.

Paper jam or out of toner? Tell reception rather than opening up the machine yourself.
`,
  },
  {
    title: 'Getting here: bikes, showers and parking',
    category: 'Getting here',
    content: `# Getting here: bikes, showers and parking

Loftline is a 10-minute walk from Bristol Temple Meads station, and the number 8 bus stops 200m away on Redcliffe Way.

## Bike storage

- Secure storage for 30 bikes in the ground-floor courtyard, opened with your member fob.
- There are 6 e-bike charging points; bring your own charger.
- Folding bikes can be kept under your desk.
- We're not responsible for bikes left in the store, so please use a D-lock.

## Showers and lockers

There are 4 showers on the ground floor next to the bike store, with towels provided. Day lockers are free but must be emptied every evening. A monthly locker for your kit costs £12 per month.

## Parking

We don't have our own car park. Members can rent one of our 8 parking permits for the Wapping Wharf multi-storey for **£120 per month**; there's a waiting list. Otherwise, the nearest pay-and-display is the Cumberland Road car park, about £12 a day.

Electric car charging is available in the multi-storey at the usual public rates.
`,
  },
  {
    title: 'Changing or cancelling your membership',
    category: 'Billing',
    content: `# Changing or cancelling your membership

## Notice periods

| Plan | Notice needed |
|---|---|
| Day pass | No notice; unused passes in a bundle aren't refundable |
| Hot desk | 1 month |
| Fixed desk | 1 month |
| Private office | 3 months, ending no earlier than your 6-month minimum term |

Give notice by email to membership@loftline.co.uk. Notice runs from the day we receive your email, not from the start of the month.

## Upgrading and downgrading

- Upgrading (for example from hot desk to fixed desk) can start from the next working day, subject to space. We charge the difference pro rata.
- Downgrading takes effect from the 1st of the following month.

## Pausing

Hot desk and fixed desk members can pause their membership once a year for up to 2 months, for £20 a month, to keep their place and their mail address. Private offices can't be paused.

## Deposits

Private office members pay a deposit of one month's rent at the start. We refund it within 14 days of you leaving, minus any costs for damage or unreturned fobs.

## Billing

Memberships are billed monthly in advance on the 1st, by Direct Debit or card. If a payment is more than 7 days late, your fob may be switched off until the invoice is paid.
`,
  },
  {
    title: 'Member FAQ',
    category: 'FAQ',
    content: `# Member FAQ

### What's the Wi-Fi like?

We have full-fibre broadband at 900 Mbps, with a backup 4G line if it ever drops. Join the **Loftline-Members** network with your own login from the member app; each member can connect up to 3 devices. Day pass users get a code at reception for the **Loftline-Guest** network.

### Can I get a wired connection?

Yes. Fixed desks and private offices have ethernet ports, and hot deskers can use the wired bench by the windows on the Wharf Floor.

### Is it quiet?

The Crane Floor is a quiet floor: calls should be taken in a phone booth or the stairwell lounge. The Wharf Floor is more sociable, with music playing during the day.

### Can I take calls at my desk?

Short calls are fine on the Wharf Floor. For anything longer than 10 minutes, please use a phone booth.

### Is the building accessible?

Yes. There's step-free access from the Cannon Street entrance, a lift to all floors and an accessible toilet on every floor.

### Who do I contact about an invoice?

Email accounts@loftline.co.uk and we'll reply within 2 working days.
`,
  },
];

export const LOFT_DEV: EvalCase[] = [
  // Context
  { question: 'sending a courier over, what\'s your postcode?', facts: ['BS1 6UN'], escalate: false },
  { question: 'Is there a number I can call to talk to someone before I sign up?', facts: ['0117 496 0821'], escalate: false },
  // Plans and prices
  { question: 'Sick of working from my kitchen table. What\'s the monthly cost if I just grab any free desk?', facts: ['£185'], escalate: false },
  { question: 'how much for a desk that\'s actually mine, where I can leave my stuff?', facts: ['£295'], escalate: false },
  { question: 'I\'m in Bristol for one day next week for meetings. Can I just turn up and work for the day, and what does it cost?', facts: ['£22'], escalate: false },
  { question: 'We\'re a two person startup. What do your smallest offices go for?', facts: ['£650'], escalate: false },
  // Access
  { question: 'I\'m a hot desker and want to come in on Saturdays sometimes. Is that possible?', facts: ['£40'], escalate: false },
  { question: 'Left my door fob on the train lol. What do I do and do I have to pay?', facts: ['£15'], escalate: false },
  { question: 'Planning a long Sunday session at my fixed desk - will it be warm in there at the weekend?', facts: ['off at weekends'], escalate: false },
  { question: 'My membership starts Monday. When should I show up and how long does the setup take?', facts: ['9:00am', '20 minutes'], escalate: false },
  // Meeting rooms
  { question: 'How many hours of meeting room time come with the fixed desk plan?', facts: ['8 hours'], escalate: false },
  { question: 'I need somewhere for 12 people for a client workshop. Which room would work and how many credits is it an hour?', facts: ['The Boardroom', '3 credits'], escalate: false },
  { question: 'Do any unused room credits carry forward into next month?', facts: ['roll over'], escalate: false },
  { question: 'I had to cancel my room booking this morning for a meeting this afternoon - do I get the credits back?', facts: ['24 hours'], escalate: false },
  { question: 'can I reserve one of the phone booth things for a 2pm call?', facts: ['first come, first served'], escalate: false },
  // Guests
  { question: 'a friend of mine wants to cowork with me for a day next week, would that cost anything?', facts: ['£15'], escalate: false },
  { question: 'Am I allowed to bring my cocker spaniel in with me?', facts: ['Crane Floor'], escalate: false },
  // Mail
  { question: 'Can I get my Amazon parcels and work letters sent to the office?', facts: ['no extra cost'], escalate: false },
  { question: 'I\'m on the hot desk plan and want to put your address down for Companies House. Is there a fee?', facts: ['£10 per month'], escalate: false },
  { question: 'I don\'t actually need a desk, just a proper business address and someone to scan my post. Do you do that?', facts: ['£35 per month'], escalate: false },
  { question: 'Going to be working from home mostly - could you send my letters on to my house? how often and how much?', facts: ['Fridays', '£5 per week'], escalate: false },
  // Kitchen, coffee, printing
  { question: 'is the coffee free or do I need to bring my own?', facts: ['included'], escalate: false },
  { question: 'How many pages can I print each month without paying?', facts: ['100'], escalate: false },
  // Bikes, showers, parking
  { question: 'I cycle in from Clifton. Where do I leave my bike, and can I freshen up when I get there?', facts: ['30 bikes', '4 showers'], escalate: false },
  { question: 'I\'d be driving in from Keynsham every day. Can I get a parking space through you?', facts: ['£120 per month'], escalate: false },
  // Cancellation
  { question: 'How much notice do I have to give if I want to give up my fixed desk?', facts: ['1 month'], escalate: false },
  { question: 'Going travelling for six weeks in the spring. Can I put my membership on hold without losing my desk?', facts: ['£20 a month'], escalate: false },
  // FAQ
  { question: 'how fast is the internet? I upload a lot of big video files', facts: ['900 Mbps'], escalate: false },
  // Unanswerable
  { question: 'Do you have standing desks or sit-stand desks anywhere?', unknown: true, escalate: false },
  { question: 'Is there anywhere in the building to have a quick nap?', unknown: true, escalate: false },
  { question: 'Do you run member socials or networking evenings?', unknown: true, escalate: false },
  { question: 'Can you answer our company phone line and take messages for us?', unknown: true, escalate: false },
  { question: 'If I book the Boardroom for a whole day is there a discounted day rate?', unknown: true, escalate: false },
  { question: 'Is there a shredder or a confidential waste bin we can use?', unknown: true, escalate: false },
  { question: 'Does the building have air con? The top floor of my last office was boiling in summer', unknown: true, escalate: false },
  { question: 'Are the private offices soundproof? We\'re on client calls all day', unknown: true, escalate: false },
  { question: 'do you have any other sites, like in Bath or Cardiff?', unknown: true, escalate: false },
  { question: 'Is there a 3D printer members can use for prototypes?', unknown: true, escalate: false },
  // Escalate
  { question: 'Someone\'s taken my laptop from my fixed desk overnight, the drawer lock has been forced open!', escalate: true },
  { question: 'We\'re in one of the private offices and our funding has just fallen through. We need to be out by the end of this month, not in three months\' time - can you let us go early?', escalate: true },
];
