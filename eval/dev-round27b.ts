/**
 * DEV set written blind in round 27 (second pair; no look at the agent's source, tests, docs or other eval files).
 * Lotus Flow Yoga: a yoga and pilates studio in Brighton (classes, courses, private sessions, teacher training).
 * Fresh Pile Carpet Care: a carpet, rug and upholstery cleaning firm covering Sheffield and Rotherham.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Lotus Flow Yoga (Brighton)
// ---------------------------------------------------------------------------

export const LOTUS_CONTEXT =
  "Lotus Flow Yoga is a small independent yoga and pilates studio run by me, Priya Shah, at 14 Kensington Gardens in the North Laine, Brighton BN1 4AL - about 7 minutes' walk from Brighton station. We teach vinyasa, hatha, yin, restorative, mat pilates and reformer pilates, plus beginners' courses, private sessions, pregnancy and postnatal yoga and a 200-hour teacher training. The studio is open 6:30am to 9pm Monday to Friday and 8am to 6pm at weekends. Reception is staffed 9am to 5pm on weekdays; outside those times leave a voicemail and we'll ring back the next working day. Book classes in the Lotus Flow app or on lotusflowyoga.co.uk. Email hello@lotusflowyoga.co.uk or call 01273 555 814. Tom is our studio manager and Maya runs the teacher training.";

export const LOTUS_RULES: string[] = [
  "injuries / medical stuff (recent surgery, pregnancy complications, 'is it safe for me to...') -> hand to Priya, don't give advice",
  'hand over if someone wants a refund on a course or the teacher training - Tom deals with all of those',
  'complaints about a teacher or something that happened in class → Priya, straight away',
  '- studio hire, corporate / workplace yoga, events = Tom',
  'if they ask for a real person just pass them over',
];

export const LOTUS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Weekly Timetable and Class Styles',
    category: 'Classes',
    content: `Our regular weekly timetable is below. Every class is taught by one of our own teachers and most are suitable for complete beginners.

| Class | Style | Level | Length | When |
|---|---|---|---|---|
| Morning Flow | Vinyasa | All levels | 60 min | Mon, Wed, Fri 7:00am |
| Lunchtime Stretch | Hatha | All levels | 45 min | Tue & Thu 12:15pm |
| Mat Pilates | Pilates | All levels | 50 min | Mon & Wed 6:15pm |
| Reformer Pilates | Pilates (reformer) | Improvers | 50 min | Tue & Thu 6:30pm, Sat 9:30am |
| Power Vinyasa | Vinyasa | Intermediate | 75 min | Wed 7:30pm |
| Gentle Restore | Restorative | Beginners | 60 min | Fri 10:00am |
| Yin & Yoga Nidra | Yin | All levels | 90 min | Sun 5:00pm |

Reformer classes are capped at 8 people because we have eight machines, so they do book up quickly. All our mat classes take up to 20 people.

"Improvers" means you have done at least three reformer sessions before, either with us or at another studio, or you have completed our Reformer Intro (see Prices).

Over bank holidays the timetable changes - the holiday timetable is posted in the app a week ahead.`,
  },
  {
    title: 'Prices, Passes and Memberships',
    category: 'Pricing',
    content: `| Option | Price | Valid for |
|---|---|---|
| Drop-in mat class | £14 | One class |
| Drop-in reformer class | £24 | One class |
| 5-class mat pass | £62 | 2 months |
| 10-class mat pass | £115 | 4 months |
| Unlimited mat membership | £98 per month | Rolling monthly |
| Reformer credits (pack of 5) | £110 | 3 months |
| Reformer Intro (2 x 1:1 sessions) | £70 | 1 month |
| New student offer: 3 mat classes | £30 | 14 days from first class |

**Concessions** - students, over-65s and anyone receiving Universal Credit get 20% off passes and memberships (not drop-ins). Bring proof to reception the first time you use it.

**Memberships** run on a rolling monthly basis. To cancel, email us with one month's notice. You can freeze your membership for up to 8 weeks a year if you're travelling or unwell - just let reception know the dates.

**Mat passes can't be used for reformer classes** - reformer needs reformer credits or a drop-in. Passes are non-transferable and can't be extended once they have expired.`,
  },
  {
    title: 'Booking, Cancelling and Arriving Late',
    category: 'Bookings',
    content: `## Booking a class
- Book in the Lotus Flow app or on our website.
- Booking opens at 7am, 14 days before each class.
- If a class is full, join the waitlist. If a space comes up you're booked in automatically and we send you a text. The waitlist stops moving 2 hours before the class starts.

## Cancelling
- Mat classes: cancel at least 6 hours before the start and the credit goes straight back on your account.
- Reformer classes: we need 12 hours' notice because of the limited machines.
- Late cancellations and no-shows lose the credit. Unlimited members are charged a £5 no-show fee instead.

## Your first visit
- Please arrive 10 minutes early so you can fill in a short health form and we can show you around.

## Arriving late
- For safety, and so we don't disturb everyone else, we can't let anyone in more than 5 minutes after the class has started. If you're running late, please rebook rather than rush.`,
  },
  {
    title: "Beginners' Courses",
    category: 'Courses',
    content: `New to yoga? Our six-week Beginners' Yoga course runs on Monday evenings at 7:30pm and costs £85 for all six sessions. Each week builds on the one before - breathing, standing poses, sun salutations, simple twists and relaxation - so it works best if you come from week one. We don't take new bookings once week two has started.

Courses start roughly every eight weeks and the next start dates are always in the app under "Courses". Groups are kept small, with a maximum of 12 people, so your teacher can help you properly.

If you miss a session, you can catch up at any All levels mat class in the same week at no extra cost.

We also run a four-week Pilates Foundations course on Saturday mornings at 11am for £60. It covers breathing, core control and the basic mat exercises, and is a good stepping stone into our regular Mat Pilates classes.

Course places are non-refundable, but you can move your place to the next course as long as you tell us at least 7 days before your course starts.`,
  },
  {
    title: 'Private Sessions',
    category: 'Private sessions',
    content: `One-to-one sessions are a great way to start yoga or pilates with confidence, work on a particular pose, or build a home practice. Every session is 60 minutes with one of our senior teachers, either here at the studio or in your own home if you live within 5 miles of the studio.

**Prices**
- Studio session: £65
- Home visit: £80 (we bring mats and props)
- Bring a friend (two people, one teacher): £85 in total
- Block of 5 studio sessions: £295

**When**
Private sessions are available 7am to 8pm on weekdays and 9am to 4pm on Saturdays.

**How to book**
Email hello@lotusflowyoga.co.uk and tell us a bit about what you'd like to work on and any times that suit you. We aim to match you with the right teacher within 2 working days.

**Cancelling**
We need 24 hours' notice to cancel or move a private session, otherwise the full fee is charged.

Gift vouchers for private sessions are available from reception and are valid for 12 months.`,
  },
  {
    title: '200-Hour Teacher Training',
    category: 'Teacher training',
    content: `## Overview
Our 200-hour Vinyasa Teacher Training is registered with Yoga Alliance and led by Maya Fernandes. It runs over 10 months, from September to June, with one weekend a month at the studio (Saturday and Sunday, 9am to 5pm) plus reading and home study between weekends.

## Cost
- Full fee: £2,950
- Early bird price if you book by 31 May: £2,650
- A deposit of £500 secures your place, and the balance can be paid in 9 monthly instalments.

## Who can apply
- You'll need at least 2 years of regular yoga practice (any style).
- Fill in the short application form on our website and then have a 20-minute call with Maya.

## What's included
- All training weekends and the course manual
- Anatomy modules with a visiting physiotherapist
- 50% off unlimited mat membership while you're training

## Graduating
To graduate you need at least 90% attendance, to pass a final teaching assessment and to complete 10 hours of observing classes. You can then register with Yoga Alliance as an RYT-200.`,
  },
  {
    title: 'What to Bring and Studio Facilities',
    category: 'Studio',
    content: `**What to bring**
- Nothing except yourself! Mats, blocks, bolsters and blankets are provided free of charge, though you're welcome to bring your own mat.
- Reformer classes: grip socks are required on the machines. If you forget yours, reception sells them for £8.
- Wear something comfortable you can move in, and try not to eat a heavy meal in the 2 hours before class.
- A refillable water bottle - there's a water fountain by the changing rooms.

**Facilities**
- Two changing rooms, each with a shower. Towels can be hired for £1.50.
- Free lockers - they take a £1 coin which you get back.
- The studio is on the first floor, up one flight of stairs. There is no lift, so unfortunately we can't offer step-free access at the moment.

**Getting here**
- There's no parking at the studio. The nearest public car park is on Church Street, about 4 minutes' walk away.
- There are bike racks right outside the front door.
- Buses stop on North Road, and Brighton station is a short walk away.`,
  },
  {
    title: 'Pregnancy and Postnatal Yoga',
    category: 'Classes',
    content: `We run specialist classes for pregnancy and for the months after birth, taught by Hannah, who is a trained pregnancy and postnatal yoga teacher.

Pregnancy Yoga is on Thursdays at 10:30am and lasts 75 minutes. You can join from 14 weeks of pregnancy right up until your baby arrives, whether or not you've done yoga before. It's £15 as a drop-in, or £78 for a 6-week block. The class focuses on gentle movement, breathing for labour and plenty of rest. Please tell Hannah how many weeks you are each time you come.

Mum & Baby Yoga is on Tuesdays at 11:30am, for babies from 6 weeks old until they start crawling. Babies stay on the mat with you and feeds and nappy changes in the middle of class are completely fine. It's also £15 as a drop-in.

Pregnancy and postnatal classes can't be paid for with a standard mat pass or membership. There is space for prams in the downstairs hallway.`,
  },
];

export const LOTUS_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'hey what time is morning flow on a wednesday', facts: ['7:00am'], escalate: false },
  { question: 'How many ppl can go in one reformer class? my friend says they fill up really fast', facts: ['8 people'], escalate: false },
  { question: "how much is it to just turn up to one mat class, I don't want to commit to a pass", facts: ['£14'], escalate: false },
  { question: "I'm a student at Sussex uni - do I get anything off?", facts: ['20%'], escalate: false },
  {
    question: "thinking about going unlimited. what does it cost each month and if I want to stop how much notice do I have to give?",
    facts: ['£98', "one month's notice"],
    escalate: false,
  },
  { question: "I've never done yoga before, is there a cheap way to try a few classes first?", facts: ['£30'], escalate: false },
  {
    question: 'I bought a 10 class pass last week, can I use those credits to book the reformer on Saturday?',
    facts: ['£110'],
    escalate: false,
  },
  {
    question: 'when do bookings actually open?? I keep missing out on the Saturday reformer class',
    facts: ['7am', '14 days'],
    escalate: false,
  },
  { question: "If I need to cancel a reformer class the same morning do I lose my credit? It's at 6.30 tonight", facts: ['12 hours'], escalate: false },
  {
    question:
      "Bit annoyed. Last Wednesday I got stuck in traffic on the A23, got to Power Vinyasa about 10 mins after it started and wasn't let in. Is that actually a rule or was that just the teacher?",
    facts: ['5 minutes'],
    escalate: false,
  },
  {
    question: "class I want is full so I joined the waitlist. how will I know if I get in and how close to the start can that happen?",
    facts: ['2 hours'],
    escalate: false,
  },
  { question: 'Coming to my very first class on Friday - is there anything I need to do before?', facts: ['10 minutes'], escalate: false },
  { question: 'when is the beginners yoga course on and how much does it cost', facts: ['£85', 'Monday'], escalate: false },
  {
    question: "I'm booked on the beginners course but I'm away for week 3 with work. Do I just miss that bit?",
    facts: ['same week'],
    escalate: false,
  },
  {
    question: "Do you have anything for people who've never done pilates? I don't want to jump straight into a normal class and be the only one who can't do it",
    facts: ['Pilates Foundations'],
    escalate: false,
  },
  {
    question: 'something came up and I cant do the course that starts next month, can I move to the one after instead?',
    facts: ['7 days'],
    escalate: false,
  },
  { question: 'How much would a private session at my house be? I live in Hove, not far from you', facts: ['£80'], escalate: false },
  { question: 'whats the cancelation policy on private one to ones', facts: ['24 hours'], escalate: false },
  {
    question: "I've been thinking about your teacher training for ages. How much is it all in, and do I have to pay the whole amount at once?",
    facts: ['£2,950', '£500'],
    escalate: false,
  },
  {
    question: "I've only been going to classes for about a year, would I be able to apply for the teacher training?",
    facts: ['2 years'],
    escalate: false,
  },
  { question: 'first reformer class tomorrow, anything special I need to wear?', facts: ['grip socks'], escalate: false },
  { question: 'Where is best to park when I come to class?', facts: ['Church Street'], escalate: false },
  {
    question: "Is the studio on the ground floor? I'd be coming with a pushchair and I'm wondering about stairs",
    facts: ['no lift'],
    escalate: false,
  },
  {
    question: "I'm 16 weeks pregnant and would love to keep up some yoga - do you have a pregnancy class and when is it?",
    facts: ['Thursday', '10:30am'],
    escalate: false,
  },
  { question: 'how old does my baby need to be to come to the mum and baby class?', facts: ['6 weeks'], escalate: false },
  { question: "what's the address of the studio?", facts: ['Kensington Gardens'], escalate: false },
  // Not answerable from the articles or context.
  { question: 'Do you do hot yoga?', unknown: true, escalate: false },
  { question: "I'm a nurse - is there an NHS discount on memberships?", unknown: true, escalate: false },
  { question: 'Can my 12 year old daughter come to the all levels classes with me?', unknown: true, escalate: false },
  { question: 'Is there any student finance or loan I can use to pay for the teacher training?', unknown: true, escalate: false },
  { question: 'Do you sell yoga mats? I want to get a decent one for home', unknown: true, escalate: false },
  { question: 'who teaches the sunday yin class?', unknown: true, escalate: false },
  { question: 'Do you livestream any classes or have an on-demand video library for when I cant get in?', unknown: true, escalate: false },
  { question: 'Do you run any yoga retreats abroad?', unknown: true, escalate: false },
  { question: 'How many trainees are usually on each teacher training group?', unknown: true, escalate: false },
  { question: 'is there a discount if I pay for a whole year of unlimited upfront?', unknown: true, escalate: false },
  // Escalations under the rules.
  {
    question: 'I had a hip replacement about six weeks ago. Is it safe for me to start doing the reformer classes yet?',
    escalate: true,
  },
  {
    question:
      "I paid for the beginners course but I've had to drop out after week 2 because of my new job shifts. I'd like my money back for the sessions I can't make please.",
    escalate: true,
  },
  {
    question:
      "I want to make a complaint. The teacher at Tuesday's lunchtime class spoke to me really rudely in front of the whole room when I modified a pose and I left feeling humiliated.",
    escalate: true,
  },
  {
    question:
      "Hi, I organise wellbeing at a local firm of about 30 people. We'd like to hire your studio for a private team yoga afternoon in March - who should I talk to about that?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// Fresh Pile Carpet Care (Sheffield & Rotherham)
// ---------------------------------------------------------------------------

export const FRESHPILE_CONTEXT =
  "Fresh Pile Carpet Care is a family-run carpet, rug and upholstery cleaning business based in Darnall, Sheffield, run by Dean and Kerry Walsh with a small team of technicians. We cover all of Sheffield (S1 to S36) and Rotherham (S60 to S66); outside that area we can still come out but we add a travel charge. We use hot water extraction (what most people call steam cleaning) and we're fully insured and members of the NCCA. We clean Monday to Saturday, 8am to 6pm. The office is open Monday to Friday 8am to 5:30pm and Saturday 9am to 1pm. Call or WhatsApp 0114 496 0732, or email bookings@freshpilecarpetcare.co.uk. Kerry runs the office and bookings; Dean does quotes and site visits.";

export const FRESHPILE_RULES: string[] = [
  "damage claims - bleach marks, shrinkage, colour run, furniture scuffed by our lads -> Kerry. don't admit anything, don't offer money",
  "hand over if anyone's unhappy with a clean, wants a re-clean or wants money back",
  'commercial work (offices, pubs, shops, HMOs with 6+ rooms, landlord portfolios) → Dean does those quotes',
  'flood / burst pipe / sewage water - pass straight to Dean, urgent, needs a site visit',
  'anyone asking for a real person just put them through',
];

export const FRESHPILE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Carpet Cleaning Prices',
    category: 'Prices',
    content: `All prices are for a standard hot water extraction clean and include pre-treating general spots and traffic lanes, plus moving light furniture.

| Area | Price |
|---|---|
| Box room / small room | £35 |
| Standard bedroom | £45 |
| Large lounge or through-lounge | £65 |
| Stairs (up to 14 steps) | £49 |
| Landing | £20 |
| Hallway | £25 |

**Whole-house packages** (all carpeted rooms, stairs, landing and hall)

| House size | Price |
|---|---|
| 2-bed | £149 |
| 3-bed | £199 |
| 4-bed | £249 |

**Extras**
- Stain protector: £15 per room, applied straight after cleaning
- Pet odour treatment: £20 per room (see our Stains and Pets page)

There is a minimum call-out charge of £75, so if you just have one small room it's often worth adding a hallway or a sofa. Prices are for homes within our normal area; anything outside Sheffield and Rotherham has a travel charge added, which we'll confirm when you book.`,
  },
  {
    title: 'Upholstery and Mattress Cleaning',
    category: 'Prices',
    content: `We clean most fabric sofas, chairs and mattresses in your home with the same hot water extraction kit we use on carpets.

| Item | Price |
|---|---|
| Armchair | £40 |
| 2-seater sofa | £65 |
| 3-seater sofa | £85 |
| Corner sofa | from £110 |
| Dining chair (seat only) | £12 |
| Single mattress | £40 |
| Double or king-size mattress | £55 |
| Leather 3-seater clean and condition | £95 |

**Care labels**
Before we start we check the care label on your furniture (usually under a seat cushion):
- W - can be cleaned with water, which is most of what we do
- S - solvent clean only; we do these with a dry solvent method at the same price
- WS - either method is fine
- X - items labelled X can only be vacuumed; we can't clean them with water or solvent

If there is no label, we'll test a hidden area first. Mattresses are cleaned on both sides where possible and treated to kill dust mites.`,
  },
  {
    title: 'Rug Cleaning',
    category: 'Services',
    content: `Modern synthetic rugs can usually be cleaned in your home while we're doing your carpets. On-site rug cleaning costs £18 per square metre.

Wool, hand-knotted, Persian, Oriental and antique rugs need a gentler, more thorough clean than we can give them on your floor, so we take them back to our unit in Darnall. There they are dusted to remove grit from deep in the pile, washed by hand, rinsed and dried flat in a temperature-controlled drying room. Our workshop rug wash costs £28 per square metre, with a minimum charge of £45 per rug. Fringes are cleaned and combed at no extra charge.

We offer free collection and delivery anywhere in Sheffield and Rotherham, so you don't need to bring the rug to us. The turnaround is usually 7 to 10 days from collection, depending on how dirty the rug is and how long it takes to dry.

If your rug has moth damage, loose fringes or holes, we'll tell you before we start. We don't do repairs ourselves, but we're happy to pass on the details of a specialist we trust.`,
  },
  {
    title: 'Getting Ready for Your Clean',
    category: 'Before your clean',
    content: `## Furniture
- Please clear ornaments, plants, toys and anything breakable off the floor and off low tables before we arrive.
- We'll move sofas, armchairs and small tables ourselves and put them back afterwards.
- We don't move wardrobes, beds with storage drawers, pianos or fully loaded bookcases - we clean around them.

## Parking and water
- The van needs to park within 50 metres of your front door, because that's as far as our hoses reach.
- If you're in a permit parking zone, please have a visitor permit ready for us.
- We need access to a cold water tap, either outside or in the kitchen.

## Pets and children
- Please keep pets shut in another room or out in the garden while we're working - the hoses and doors left open aren't a good mix with curious dogs.

## On the day
- We'll text you when we're 30 minutes away.
- Someone over 18 needs to be at home to let us in and to sign off the job at the end.`,
  },
  {
    title: 'Drying Times and Aftercare',
    category: 'After your clean',
    content: `Because we use powerful extraction, most of the water is taken back out of the carpet, so drying is much quicker than people expect.

**How long will it take to dry?**
Carpets are usually dry in 2 to 4 hours. In winter, or if the room is cold and damp, it can take up to 6 hours. Sofas and other upholstery take a little longer, usually 4 to 6 hours.

**Speeding things up**
Open windows if you can, put the heating on low and keep internal doors open so air can move around. A fan pointed across the floor helps a lot.

**Walking on it**
You can walk on the carpet straight away in clean socks, but avoid outdoor shoes until it's completely dry. Take care moving from a damp carpet onto laminate or tiles, which can be slippy.

**Furniture**
We put small foil tabs or plastic blocks under furniture legs so that wood stain can't mark the damp carpet. Leave them in place for 24 hours.

**Vacuuming**
Wait 24 hours before vacuuming, then give the carpet a good vacuum to lift the pile back up.`,
  },
  {
    title: 'Booking, Deposits, Payment and Cancellations',
    category: 'Bookings',
    content: `You can book by phone, by WhatsApp, or with the booking form on our website. We'll confirm your date and give you either a morning slot (arrival between 8am and 10am) or an afternoon slot (arrival between 12pm and 2pm).

**Deposits**
For jobs over £150 we take a £25 deposit when you book, which comes off your final bill. Jobs under £150 don't need a deposit.

**Paying**
Payment is due on completion, once you've had a look at the work. We take card (including contactless), cash or bank transfer on the day. We don't take cheques.

**Changing or cancelling**
You can move or cancel your booking free of charge with at least 48 hours' notice. If you cancel with less than 48 hours' notice, or we turn up and can't get in, there is a £40 late cancellation fee, taken from your deposit if you've paid one.

**Running late**
If one of our earlier jobs overruns we'll always ring or text to let you know - we never just leave you waiting.`,
  },
  {
    title: 'Stains, Pets and What We Can Promise',
    category: 'Stains',
    content: `We get out far more than most people expect, but we'd rather be honest up front about what is and isn't likely.

**Usually come out completely**
- Mud, food, tea and coffee
- Red wine, especially if it's fresh
- Grease and general dirt in walkways

**Often improve a lot, but may leave a shadow**
- Old stains that have been there for months
- Stains that have been "treated" with shop-bought sprays
- Candle wax and chewing gum (we remove the wax or gum itself)

**Rarely come out**
- Bleach and other chemicals that have removed colour from the carpet
- Hair dye, ink and nail varnish
- Rust marks and burns

These are changes to the colour or fibre itself rather than dirt sitting on top, so cleaning can't reverse them.

**Pet accidents**
We use a UV lamp to find urine that you can't see, then treat each spot with an enzyme treatment that breaks down the cause of the smell, rather than masking it. Pet odour treatment is £20 per room on top of the normal clean. If urine has soaked right through into the underlay, we may recommend replacing the underlay, as no clean can fully get it out of there.`,
  },
  {
    title: 'End of Tenancy Carpet Cleaning',
    category: 'Services',
    content: `Moving out of a rented home? Most tenancy agreements ask for carpets to be professionally cleaned, and letting agents often want proof.

End of tenancy cleans are charged at our normal whole-house package prices (2-bed £149, 3-bed £199, 4-bed £249), or by the room for smaller flats.

After the job we email you a dated invoice along with before and after photos of each room, usually on the same day. Letting agents and landlords in Sheffield and Rotherham accept these as proof that the carpets have been professionally cleaned.

Please book at least 5 working days before your check-out date, as the end of each month is our busiest time and slots go quickly.

The property ideally needs to be empty, or close to empty, when we arrive - that way we can clean every bit of carpet, including under where the furniture stood. If you've already handed your keys back, we can collect them from a letting agent's office in Sheffield city centre at no extra charge and return them afterwards.

We don't clean kitchens, bathrooms or windows, so for a full end of tenancy clean you'll need a separate domestic cleaning company as well.`,
  },
];

export const FRESHPILE_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much to clean the carpet in a double bedroom?', facts: ['£45'], escalate: false },
  { question: 'Can I get a price for just the stairs and the landing please', facts: ['£49', '£20'], escalate: false },
  {
    question: "I've only got one little box room that needs doing after the decorators made a mess, is it even worth you coming out for that?",
    facts: ['£75'],
    escalate: false,
  },
  { question: "we've got a 3 bed semi, what would it cost to do all the carpets?", facts: ['£199'], escalate: false },
  { question: 'How much is it to do a 3 seater sofa', facts: ['£85'], escalate: false },
  {
    question: 'do you do mattresses? my youngest had an accident on our king size bed and it needs a proper clean',
    facts: ['£55'],
    escalate: false,
  },
  {
    question: "Had a look under the cushions of my sofa and the label just has a big X on it. Can you still clean it?",
    facts: ['vacuumed'],
    escalate: false,
  },
  { question: 'Do you clean leather sofas as well or is it just fabric?', facts: ['£95'], escalate: false },
  {
    question:
      "My nan left me a wool Persian rug, roughly 2m by 3m. It's filthy after years in her front room. How would you clean something like that and what sort of price are we looking at?",
    facts: ['£28'],
    escalate: false,
  },
  { question: 'if you take my rug away how long before I get it back', facts: ['7 to 10 days'], escalate: false },
  {
    question: "Do I need to empty the room before you come or do you shift the furniture? I've got a massive wardrobe and a piano in the back room",
    facts: ['wardrobes'],
    escalate: false,
  },
  {
    question: "I'm in a terrace off Ecclesall Road and there's never anywhere to park outside, is that going to be a problem for your van?",
    facts: ['50 metres'],
    escalate: false,
  },
  { question: 'how long til the carpets are dry after? got people coming round in the evening', facts: ['2 to 4 hours'], escalate: false },
  { question: 'How long does a sofa take to dry after you clean it?', facts: ['4 to 6 hours'], escalate: false },
  {
    question: "I work from home and have meetings all day - will you let me know when you're about to turn up?",
    facts: ['30 minutes'],
    escalate: false,
  },
  { question: 'do i have to pay a deposit when i book?', facts: ['£25', '£150'], escalate: false },
  {
    question:
      "I'm booked in for Thursday morning but it's Wednesday evening now and my mum's been taken into hospital so I need to cancel. Will I be charged anything?",
    facts: ['£40'],
    escalate: false,
  },
  { question: 'When do I pay, do you want the money up front?', facts: ['on completion'], escalate: false },
  {
    question: 'my teenager has spilt purple hair dye all over the bedroom carpet, is there any chance you can get it out??',
    facts: ['rarely'],
    escalate: false,
  },
  {
    question:
      "Our rescue dog keeps weeing in the same corner of the lounge and no matter what I use the smell comes back. Can you sort that and what does it cost?",
    facts: ['£20'],
    escalate: false,
  },
  {
    question: 'moving out of my rented flat at the end of the month and the landlord wants proof the carpets were done professionally. what do you give me?',
    facts: ['dated invoice'],
    escalate: false,
  },
  { question: 'how far ahead do i need to book an end of tenancy carpet clean?', facts: ['5 working days'], escalate: false },
  { question: 'Do you come out to Rotherham? Im in Wickersley, S66', facts: ['S60 to S66'], escalate: false },
  { question: 'what time is your office open till on a saturday?', facts: ['1pm'], escalate: false },
  { question: 'Are you lot insured and part of any trade body?', facts: ['NCCA'], escalate: false },
  {
    question: 'Just had a new cream carpet fitted in the lounge and want to keep it looking nice - can you put a stain protector on it and how much?',
    facts: ['£15'],
    escalate: false,
  },
  // Not answerable from the articles or context.
  { question: "How much is the travel charge if I'm in Barnsley?", unknown: true, escalate: false },
  { question: 'Do you valet car interiors? The seats in my car are a state', unknown: true, escalate: false },
  { question: 'Can you clean curtains while they are still hanging?', unknown: true, escalate: false },
  { question: 'Are the products you use safe for a house with a newborn and a cat?', unknown: true, escalate: false },
  { question: 'Do you sell or fit new carpets as well?', unknown: true, escalate: false },
  { question: "Is there a discount for pensioners? I'm 78", unknown: true, escalate: false },
  { question: 'Is your machine truck-mounted or one of the portable ones?', unknown: true, escalate: false },
  { question: 'Is there any discount if I book the carpets and the sofa together on the same visit?', unknown: true, escalate: false },
  { question: 'Do you do gift vouchers? Want to get my mum a sofa clean for her birthday', unknown: true, escalate: false },
  { question: 'how long have you been in business?', unknown: true, escalate: false },
  // Escalations under the rules.
  {
    question:
      "Your cleaner left a big bleached patch in the middle of my hallway carpet yesterday, it wasn't there before. What are you going to do about it?",
    escalate: true,
  },
  {
    question:
      "A pipe burst upstairs overnight and the living room carpet is absolutely soaked, water came through the ceiling. Can someone come out today?",
    escalate: true,
  },
  {
    question:
      'I manage two office floors at a business park near Meadowhall, roughly 900 square metres of carpet tiles. Could you quote for a clean every quarter?',
    escalate: true,
  },
  {
    question:
      "You cleaned our lounge on Monday and the stains have all come back and the carpet smells damp. I'm not happy and I want someone to come back out and redo it.",
    escalate: true,
  },
];
