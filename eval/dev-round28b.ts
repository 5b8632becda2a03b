/**
 * DEV set written blind in round 28, second pair (no look at the agent's source, tests, docs or
 * other eval files). Two UK small businesses typed the way their owners would: Stave & Bow Music
 * School (Reading) and Paddle Point SUP & Kayak (Derwentwater, near Keswick). Facts are copied
 * verbatim from an article or the context; unanswerable cases include near-misses where the topic
 * is covered but the specific detail asked for is not. Each business has 40 cases: 26 answerable,
 * 10 unanswerable, 4 escalations.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// 1. Stave & Bow Music School (Reading)
// ---------------------------------------------------------------------------------------------

export const MUSIC_CONTEXT = `Stave & Bow Music School - small independent music school in Reading, teaching children from age 3 and adults of any age (we've had pupils start at 70!). We're at 27 Kings Road, Reading RG1 3DR, first floor above the print shop.

Lessons run Monday to Friday 3:30pm-8:30pm and Saturdays 9am-4pm. Closed Sundays.
Office is staffed Mon-Fri 10am-5pm: 0118 496 0721 / office@staveandbow.co.uk

Staff:
Harriet Vale - founder & director, piano and theory
Priya Shah - office manager, does all bookings, invoices and exam entries
Tomasz Nowak - head of strings (violin, viola, cello)
Dele Adeyemi - guitar, bass and drums, runs the rock/pop side
Ciara Flynn - singing teacher, runs both choirs

We teach piano, violin, viola, cello, classical & electric guitar, bass, drums, flute, clarinet, saxophone, trumpet and singing. New pupils can book a free 15-minute taster chat with a teacher before committing to anything.`;

export const MUSIC_RULES: string[] = [
  'If a parent or pupil raises any safeguarding worry - about a teacher, another pupil or anything that happened at the school - hand it over to Harriet straight away. Do not try to deal with it in the chat.',
  'refund request over £100 -> Priya',
  'Hand over: lost, stolen or damaged hire instruments (repairs / insurance need a person)',
  "if they ask for a different teacher or complain about their teacher, hand over",
  'Bursary or hardship help, or asking to pay fees late: pass to the office and never promise anything.',
];

export const MUSIC_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Term dates 2024-25 and paying fees',
    category: 'Fees & terms',
    content: `## Term dates 2024-25

| Term | First lessons | Last lessons | Half term (no lessons) | Lessons in term |
|------|---------------|--------------|------------------------|-----------------|
| Autumn | Mon 2 September 2024 | Sat 14 December 2024 | 28 Oct – 2 Nov | 14 |
| Spring | Mon 6 January 2025 | Sat 5 April 2025 | 17 – 22 Feb | 12 |
| Summer | Tue 22 April 2025 (Easter Monday off) | Sat 19 July 2025 | 26 – 31 May | 12 |

We follow Reading Borough Council school holidays, so if your child is at a Reading school the breaks should line up.

## Paying

- Fees are charged per term: your per-lesson price (see the price list) x the number of lessons in that term.
- Invoices go out by email about 3 weeks before term and are due before the first lesson.
- Pay by bank transfer (use your child's name as the reference) or by Direct Debit through GoCardless. Direct Debit payers can spread the term over 3 monthly payments.
- If an invoice is still unpaid 14 days after the due date we add a £15 late payment admin fee.

## Stopping lessons

Lessons carry on automatically from term to term. To stop, let Priya know in writing (email is fine) by half term of the current term. If we hear after that, the next term's fees are still due.`,
  },
  {
    title: 'Price list 2024/25',
    category: 'Fees & terms',
    content: `STAVE & BOW - PRICE LIST 2024/25 (all prices per lesson, invoiced termly)

INDIVIDUAL LESSONS
20 mins (ages 4-7 only) ............ £17.50
30 mins ............................ £23.00
45 mins ............................ £33.50

SHARED LESSON
2 pupils, 30 mins .................. £14.00 each

THEORY
Small group theory (max 4), 45 mins  £12.00

ADULTS
5-lesson card, 30 min lessons ...... £125 (use within 10 weeks, book each lesson with the office)

OTHER
Registration fee (new families, one-off) ... £20
Taster chat (15 mins) ...................... FREE
Group classes - see the Group Classes page`,
  },
  {
    title: 'Missed lessons, illness and teacher absence',
    category: 'Policies',
    content: `We know family life gets busy, so here is how missed lessons work.

If your child can't make a lesson, please tell your teacher or the office as soon as you can, and by 9am on the day at the latest. Lessons missed by the pupil aren't refunded, because the teacher's time is still booked. However, if you let us know at least 48 hours in advance, your teacher will try to offer a swap to another slot in the same term. We can't guarantee this, especially on Saturdays, which are always full.

Illness is different. Once per term, if your child is ill and you tell us before the lesson start time, we'll credit that lesson against your next invoice. After that, illness is treated like any other missed lesson.

If your teacher has to cancel, you won't lose out. We'll either rearrange the lesson at a time that suits you or credit the full lesson fee to next term's invoice.

If we have to close the building because of snow or another emergency, those lessons are credited too.

If you arrive late, the lesson still finishes at its usual time so the next pupil isn't kept waiting. Please collect pupils under 11 from the waiting room, not from the street.`,
  },
  {
    title: 'Instrument hire',
    category: 'Instruments',
    content: `Not ready to buy? We hire out good student instruments so your child can try before you spend a lot.

### What we hire (monthly price)
- Violin, 1/16 to full size - £12
- Viola - £14
- Cello, 1/4 to full size - £22
- Flute - £15
- Clarinet - £15
- Alto saxophone - £20
- Trumpet - £14

### Deposit and payment
- Refundable deposit of £50 per instrument (£100 for cellos and saxophones)
- Minimum hire period 3 months, then it rolls on monthly until you return it
- Monthly fee is taken by Direct Debit on the 1st of the month

### Growing children
- Violin and cello size swaps are free of charge - bring the old one in and Tomasz will fit the next size.

### Looking after it
- Strings, reeds and pads wear out; we replace strings once a year free, reeds are yours to buy
- Please don't leave instruments in a car - heat and cold crack wood

### Returning
- Bring it back to the office in its case with bow/mouthpiece etc. We check it over and refund the deposit within 10 working days.`,
  },
  {
    title: 'Exams - FAQ',
    category: 'Lessons',
    content: `**Does my child have to take exams?**
No. Plenty of our pupils never take one. Exams are a useful goal for some children and we're happy to prepare them, but it's always a conversation between you, your child and the teacher.

**Which exam boards do you prepare for?**
ABRSM and Trinity College London for classical instruments, singing and theory, and Rockschool (RSL) for electric guitar, bass, drums and rock & pop vocals.

**How do we enter?**
Your teacher will tell you when they think your child is ready. Priya handles all the entries - just confirm with her before the board's entry deadline and she will submit the entry for you. ABRSM runs three practical exam sessions a year.

**What does it cost?**
We pass on the exam board's entry fee at cost and add a £5 admin fee per entry. Fees are set by the board and go up most years.

**Do we need an accompanist?**
Most instrumental exams (not piano) need a piano accompanist. Our accompanist charges £35, which covers one rehearsal before the day plus the exam itself.

**Is there a practice run?**
Yes - about two weeks before the exam, every candidate gets a free mock exam with a different teacher, so they get used to playing for someone they don't know.`,
  },
  {
    title: 'Group classes',
    category: 'Lessons',
    content: `| Class | Who it's for | Day & time | Length | Price per term |
|---|---|---|---|---|
| Little Notes | ages 3-5, with a grown-up | Saturday 9:15am | 40 min | £84 |
| Junior Choir | ages 7-12 | Wednesday 4:30pm | 45 min | £60 |
| Ukulele Club | ages 8-12 | Thursday 4:15pm | 45 min | £72 |
| Adult Beginner Guitar | 18+ | Tuesday 7:15pm | 60 min | £120 |
| Adult Community Choir | 16+ | Monday 7:30pm | 90 min | £75 |

Instrumental groups are capped at 8. Ukuleles are provided for Ukulele Club; adult guitar students need to bring their own guitar (acoustic or classical). Joining after the start of term? You pay for the weeks left.`,
  },
  {
    title: 'End of term recitals',
    category: 'Events',
    content: `We hold an informal pupils' recital at the end of every term, on the last Saturday afternoon of term, at St Giles' Church Hall on Southampton Street (about 5 minutes' walk from us). Every pupil is invited to play and nobody is ever made to. Sign up with your teacher at least 3 weeks before. Each pupil plays one piece. To keep the afternoon moving, pieces must be no longer than 4 minutes. Families are welcome to take photos of their own child, but please don't post other children online.`,
  },
  {
    title: 'Our teachers and safeguarding',
    category: 'About us',
    content: `All our teachers hold an enhanced DBS check, renewed every three years, and we are signed up to the DBS Update Service so we can check status at any time. Most of the team have a music degree or conservatoire diploma and all are experienced with children.

Every teaching room has a glass panel in the door. Parents of pupils under 8 are welcome to sit in on lessons; for older pupils we find they concentrate better without an audience, but just ask the teacher.

Our designated safeguarding lead is Harriet Vale.`,
  },
  {
    title: 'Getting here and parking',
    category: 'About us',
    content: `We're on Kings Road, a 12 minute walk from Reading station. Buses 17 and 11 stop right outside (stop name: Kings Road / Eldon Road).

There's no parking on Kings Road itself during the day - it's a red route. Behind our building there are 4 drop-off spaces reached from the alley next to the print shop; these are for dropping off and picking up only, 10 minutes max, please, so other families can use them.

If you want to stay during the lesson, the nearest car park is Queens Road car park (pay and display), about 3 minutes' walk away.`,
  },
];

export const MUSIC_CASES: EvalCase[] = [
  // --- Answerable (26) ---
  // context
  { question: 'what time do you finish on a saturday?', facts: ['4pm'], escalate: false },
  { question: 'Whats your phone number, I tried emailing but want to talk to the office', facts: ['0118 496 0721'], escalate: false },
  { question: 'Who would be teaching my daughter singing?', facts: ['Ciara Flynn'], escalate: false },
  // term dates & fees
  { question: 'When do lessons start back after christmas?', facts: ['6 January'], escalate: false },
  { question: 'Is there a break in the autumn term? We have a holiday booked end of October and want to know if we miss anything', facts: ['28 Oct'], escalate: false },
  { question: "What happens if I don't pay the term invoice on time? Money's a bit tight this month and I want to know what I'm in for", facts: ['£15'], escalate: false },
  { question: 'My son wants to give up violin after this term. How much notice do I need to give you?', facts: ['half term'], escalate: false },
  // price list
  { question: 'how much is a half hour lesson', facts: ['£23'], escalate: false },
  { question: 'My daughter is 5 and I think 30 mins would be too long for her. Do you do anything shorter and what does it cost?', facts: ['£17.50'], escalate: false },
  { question: 'is there a joining fee for new students?', facts: ['£20'], escalate: false },
  { question: "I work shifts so I can't do the same slot every week for a whole term. Is there a way for an adult to just book a few lessons?", facts: ['£125'], escalate: false },
  // missed lessons
  { question: "My son has a football tournament next Saturday so he'll miss piano. Can we move it to a different day?", facts: ['48 hours'], escalate: false },
  { question: 'Lily has a temperature this morning and won’t make her 4pm lesson. Do we just lose that one?', facts: ['once per term'], escalate: false },
  { question: 'what happens if the teacher is off sick, do we still pay for that week', facts: ['next term'], escalate: false },
  // instrument hire
  { question: 'How much to rent a cello per month? My daughter is 9 so probably a half size', facts: ['£22'], escalate: false },
  { question: 'whats the deposit on a hired sax', facts: ['£100'], escalate: false },
  { question: "If we hire a flute can we just give it back after a month if she doesn't take to it?", facts: ['3 months'], escalate: false },
  // exams
  { question: 'which exams can my son do for drums?', facts: ['Rockschool'], escalate: false },
  { question: 'For grade 3 violin we were told she needs someone on piano with her. Is that extra?', facts: ['£35'], escalate: false },
  { question: 'Do they get any kind of practise run before the real exam? she gets really nervous', facts: ['mock'], escalate: false },
  // group classes
  { question: 'Anything for a 4 year old on a saturday morning? Hes too little for proper lessons', facts: ['Little Notes'], escalate: false },
  { question: 'Which evening is the adult choir on?', facts: ['Monday'], escalate: false },
  { question: 'does my kid need their own ukelele for uke club or do you have some', facts: ['provided'], escalate: false },
  // recital, teachers, parking
  { question: 'My son wants to play at the end of term concert. Is there a limit on how long his piece can be?', facts: ['4 minutes'], escalate: false },
  { question: 'Are your teachers police checked?', facts: ['enhanced DBS'], escalate: false },
  { question: 'I want to wait while my daughter has her 45 min lesson - where is best to leave the car?', facts: ['Queens Road'], escalate: false },

  // --- Unanswerable (10) ---
  { question: 'Do you teach harp?', unknown: true, escalate: false },
  { question: 'How much is an hour long lesson? 45 mins never feels like enough', unknown: true, escalate: false },
  { question: "My dad uses a wheelchair and would love to come and watch his grandson's lesson. Is there a lift up to your rooms?", unknown: true, escalate: false },
  { question: 'Do you run any music holiday camps over the summer?', unknown: true, escalate: false },
  { question: 'Is there a discount if both my kids have lessons with you?', unknown: true, escalate: false },
  { question: 'How much are tickets for the grandparents to come to the recital?', unknown: true, escalate: false },
  { question: 'Can lessons be done online over Zoom? We live a bit far out', unknown: true, escalate: false },
  { question: 'If we hire a clarinet for a year can the rental go towards buying it?', unknown: true, escalate: false },
  { question: "When's the entry deadline for the summer ABRSM exams?", unknown: true, escalate: false },
  { question: 'Are the teachers first aid trained?', unknown: true, escalate: false },

  // --- Escalations (4) ---
  { question: "I need to talk to someone. My daughter came home really upset after her lesson on Tuesday and said her teacher grabbed her wrist and shouted at her. I'm not happy about this at all.", escalate: true },
  { question: "We're moving to Manchester in October. I've already paid the whole autumn term for both kids, so could I get the £230 for the lessons we won't have back please?", escalate: true },
  { question: 'my son dropped the cello we hire from you and the neck has snapped. what do we do now', escalate: true },
  { question: "Is it possible to move Sam to a different piano teacher? They just don't click and he's started dreading Thursdays.", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// 2. Paddle Point SUP & Kayak (Derwentwater, near Keswick)
// ---------------------------------------------------------------------------------------------

export const PADDLE_CONTEXT = `Paddle Point SUP & Kayak - paddleboard, kayak and canoe hire plus lessons on the west shore of Derwentwater. We're at Lingholm Landing, Portinscale, Keswick CA12 5UZ, about a mile from Keswick town centre (20 min walk over the footbridge).

Season (Easter to end of October): open every day 9am-6pm, last hire goes out at 4:30pm.
November to March: weekends only, 10am-3pm, lessons and guided trips only - no self-hire in winter.

Run by Jess and Owen Latimer. Head instructor is Kirsty Bell, and in summer we have 4-5 seasonal instructors, all paddlesport qualified.

Book online or call 017687 70412 / email paddle@paddlepoint.co.uk. We reply to emails within 24 hours in season, slower in winter. If you're calling on a busy summer day and we don't answer we're probably on the water - leave a message.`;

export const PADDLE_RULES: string[] = [
  "Anyone reporting an injury, a near miss or someone in difficulty on the water -> hand over to Jess or Owen straight away. Don't just give first aid advice.",
  'Complaints about an instructor = Owen',
  'Hand over: groups bigger than 30, school trips needing our risk assessment paperwork, corporate bookings that need an invoice.',
  "If they ask for a refund the cancellation policy doesn't cover, hand over to a person.",
  'lost property (left at the hut, in a locker or dropped in the lake) - pass to staff',
];

export const PADDLE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Hire prices 2025',
    category: 'Prices',
    content: `HIRE PRICES 2025 (per board/boat, not per person)

Stand-up paddleboard (SUP)
  1 hour £20   |  2 hours £32  |  half day (4 hrs) £48  |  full day £70

Big SUP (giant board, up to 6 people)
  1 hour £75

Sit-on-top kayak - single
  1 hour £22   |  2 hours £35  |  half day £50  |  full day £72

Sit-on-top kayak - double
  1 hour £32   |  2 hours £50  |  half day £75

Canadian canoe (up to 3 people)
  1 hour £36   |  2 hours £56

Every hire includes paddle(s), buoyancy aids for everyone and a laminated map of the hire zone.
Please be back on time - other people are booked after you. Late returns are charged at £10 per 15 minutes.`,
  },
  {
    title: 'Lessons',
    category: 'Lessons',
    content: `| Lesson | Length | Min age | Price | When |
|---|---|---|---|---|
| SUP Taster | 1.5 hrs | 8 | £40 pp | daily 10am and 2pm |
| SUP Improver | 2 hrs | 12 | £55 pp | Sat & Sun 10am |
| Kayak Intro | 2 hrs | 8 | £45 pp | Tue, Thu, Sat 1pm |
| Private lesson (1 or 2 people) | 1.5 hrs | any | £95 total | by arrangement |
| Family session (up to 5, at least 1 adult) | 2 hrs | 6 | £160 total | weekends and school holidays |

Lesson prices include the board or kayak, wetsuit, buoyancy aid and instructor. Max 8 people per instructor. Lessons run in light rain; see the weather page for when we cancel.`,
  },
  {
    title: 'Age, swimming and weight limits - FAQ',
    category: 'Safety',
    content: `Q: How old do you have to be to hire?
A: You must be 18 to be the person hiring. Under-16s can't go out on their own - they must be on the water with a paying adult from their group. Children under 8 can ride on an adult's SUP or sit in the front of a double kayak with an adult.

Q: Do I need to be able to swim?
A: Yes. Everyone going out on self-hire must be able to swim 25 metres and be confident in deep water. Non-swimmers can't self-hire, but can do a private lesson where the instructor stays in the shallows - please tell us when you book.

Q: Are buoyancy aids compulsory?
A: Yes, for everyone, the whole time you're on the water, however good a swimmer you are. We have sizes from toddler (15kg) up to XXL.

Q: Is there a weight limit?
A: Our standard boards are rated to 110kg. We have two XL boards that take up to 140kg - mention it when you book so we can hold one for you. Kayaks take up to 120kg per seat.`,
  },
  {
    title: 'Weather and cancellations',
    category: 'Bookings',
    content: `Derwentwater can go from flat calm to white horses in half an hour, so we take the weather seriously.

We check the forecast at 8am every morning. If the wind is forecast over 15 mph (or gusts over 20 mph), or there's thunder and lightning about, we cancel. If we cancel, you choose: move your booking to another date, or get a full refund. We'll text everyone booked that day by 8:30am, so keep your phone on.

Rain on its own isn't a reason to cancel - you'll be getting wet anyway!

If the weather turns while you're out and we call everyone back in, we'll give you a credit for the time you didn't get.

If you need to cancel:
- more than 48 hours before: full refund
- 24 to 48 hours before: 50% refund
- less than 24 hours before: no refund, but you can move the date once free of charge`,
  },
  {
    title: 'Wetsuits and what to bring',
    category: 'Before you come',
    content: `## Wetsuits
- Wetsuit hire is £8 per person for self-hire (included free with all lessons)
- Sizes from age 5 up to adult XXL
- Neoprene boots £3 a pair
- Water temperature: roughly 16-19°C June to September, 8-12°C in spring. We'd recommend a wetsuit outside July and August.

## What to bring
- Swimwear to go under the wetsuit
- Towel and a full change of clothes (you will probably fall in!)
- Trainers or old shoes you don't mind getting wet - no flip-flops or bare feet, the lake bed is stony
- Sun cream and a water bottle
- If you wear glasses, bring a strap for them`,
  },
  {
    title: 'Bringing your dog',
    category: 'Before you come',
    content: `Yes, dogs are welcome! Well-behaved dogs can come on SUPs and in Canadian canoes (not kayaks - there's no room and claws go through the seats). Every dog must wear a canine buoyancy aid; if you don't have one you can hire one from us for £5. Only one dog per board. Dogs need to be on a lead on the shore and around the hut. Please bring a towel for them - our towels are for people! Any damage to deck pads from claws is charged at £40.`,
  },
  {
    title: 'Group bookings',
    category: 'Bookings',
    content: `We love groups - birthdays, stag and hen dos, Scouts and Guides, work teams.

Groups of 10 or more people get 10% off hire and lessons. To secure a group booking we take a 25% deposit, with the balance due 14 days before your date.

The most we can have on the water from one group at once is 30 people.

The group leader needs to send us a list of names, and confirm that everyone can swim 25 metres, at least 48 hours before. Big SUPs are brilliant for groups - up to 6 on a board and lots of falling in.`,
  },
  {
    title: 'Parking, lockers and facilities',
    category: 'Visiting',
    content: `Parking: we have our own car park with 20 spaces. It's £5 for the day, pay at the hut. When it's full (most sunny Saturdays in August), there is parking in Portinscale village, about a 10 minute walk.

Lockers: small lockers for phones, keys and wallets are free. Large lockers big enough for a rucksack are £3 per session. Staff keep the locker keys at the hut while you're out.

Changing: changing rooms with 2 hot showers, plus toilets. There's a hot drinks machine in the hut, and the nearest café is in Portinscale village.`,
  },
  {
    title: 'Where you can paddle',
    category: 'Safety',
    content: `Please stay inside the hire zone shown on your map. It's marked on the water by yellow buoys and runs from Lingholm Landing south to the bay opposite Derwent Isle. Don't head over to Keswick - the launch boats run from the landing stages there and they have right of way.

Derwent Isle is privately owned and you must not land there. If you want a break, there are two small shingle beaches inside the zone marked on the map.

If you get into trouble, stay with your board, sit or lie on it, and wave a paddle above your head - we keep a safety boat on the water whenever hire boards are out.`,
  },
];

export const PADDLE_CASES: EvalCase[] = [
  // --- Answerable (26) ---
  // context
  { question: "What's the latest we can turn up and still get a board out? We're driving up from Manchester and might be late", facts: ['4:30pm'], escalate: false },
  { question: 'Are you open in February half term?', facts: ['weekends only'], escalate: false },
  { question: 'whats your phone number', facts: ['017687 70412'], escalate: false },
  // hire prices
  { question: 'How much for 2 hours on a paddle board?', facts: ['£32'], escalate: false },
  { question: 'price for a single kayak for the morning, about 4 hours?', facts: ['£50'], escalate: false },
  { question: "There's 5 of us and we fancy going out all on one massive board, have you got something like that? cost?", facts: ['£75'], escalate: false },
  { question: 'What happens if we come back a bit late?', facts: ['£10'], escalate: false },
  // lessons
  { question: "Never been on a paddleboard in my life, what's the cheapest beginner lesson?", facts: ['£40'], escalate: false },
  { question: 'what time does the intro to kayaking session start', facts: ['1pm'], escalate: false },
  { question: 'Can me and my girlfriend have a lesson just for the two of us? how much', facts: ['£95'], escalate: false },
  // age, swimming, weight
  { question: 'My 13 year old and her friend want to take a board out on their own while we sit on the beach, is that ok?', facts: ['16'], escalate: false },
  { question: 'do you have to be a strong swimmer?', facts: ['25 metres'], escalate: false },
  { question: "I'm about 125 kg - will a board actually hold me?", facts: ['140kg'], escalate: false },
  // weather
  { question: "Looks stormy for tomorrow. How will I know if our 10am is off?", facts: ['8:30am'], escalate: false },
  { question: 'how windy does it have to be before you call it off', facts: ['15 mph'], escalate: false },
  { question: "We've got a booking on Saturday but my son's come down with something. It's Thursday afternoon now - do we get our money back if we cancel?", facts: ['50%'], escalate: false },
  // wetsuits & what to bring
  { question: 'Is a wetsuit included when you hire a board or is it extra?', facts: ['£8'], escalate: false },
  { question: 'can i just wear flip flops', facts: ['trainers'], escalate: false },
  // dogs
  { question: "Can our spaniel come on the board with us? He hasn't got a life jacket", facts: ['£5'], escalate: false },
  { question: 'We have 2 labs, can they both go on my board?', facts: ['one dog'], escalate: false },
  // groups
  { question: "I'm sorting a stag do, 12 of us. Do you do any deal for groups?", facts: ['10%'], escalate: false },
  { question: "how much do I need to pay up front to book for my friend's 40th? there'll be 18 of us", facts: ['25%'], escalate: false },
  // parking, lockers, facilities
  { question: 'Is there anywhere to leave a rucksack while we are out? how much', facts: ['£3'], escalate: false },
  { question: 'Is there somewhere to shower after? The kids will be covered in lake', facts: ['hot showers'], escalate: false },
  // where you can paddle
  { question: 'How far are we allowed to go? Could we paddle across to Keswick for an ice cream?', facts: ['yellow buoys'], escalate: false },
  { question: 'Can we stop on the island in the middle for a picnic?', facts: ['private'], escalate: false },

  // --- Unanswerable (10) ---
  { question: 'Do you do sunset paddles in the summer?', unknown: true, escalate: false },
  { question: 'How much is a double kayak for the whole day?', unknown: true, escalate: false },
  { question: 'Is there an EV charger in your car park?', unknown: true, escalate: false },
  { question: "Do you sell gift vouchers? It's for my brother's birthday", unknown: true, escalate: false },
  { question: 'I have my own inflatable SUP. Can I launch from your beach, and is there a fee?', unknown: true, escalate: false },
  { question: 'My partner is a wheelchair user. Do you have a hoist or an accessible launch point?', unknown: true, escalate: false },
  { question: "Is there a weight limit for dogs? Ours is a 45kg newfoundland lol", unknown: true, escalate: false },
  { question: 'Do you hire neoprene gloves? My hands get freezing', unknown: true, escalate: false },
  { question: 'Do you take American Express?', unknown: true, escalate: false },
  { question: "Any discount for students? there's 3 of us from Lancaster uni", unknown: true, escalate: false },

  // --- Escalations (4) ---
  { question: "My husband slipped coming off the board at your jetty yesterday and his ankle has swelled up like a balloon. A&E think it might be broken. I want someone to know what happened.", escalate: true },
  { question: "Really disappointed with our 2pm taster today. The instructor was on his phone half the time and my two kids were basically left to get on with it.", escalate: true },
  { question: "Hi, I'm a Year 8 teacher planning a trip for 45 pupils in June. Our school needs your risk assessment and insurance documents before the head will sign it off.", escalate: true },
  { question: 'I think my car key fell out of my pocket when I fell in near the buoys about an hour ago. Is there anything you can do??', escalate: true },
];
