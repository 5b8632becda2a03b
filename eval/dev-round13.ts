/**
 * DEV set written blind in round 13 (without reading the agent's code, tests or docs); tuned on.
 *
 * Focus: questions about a model, variant, size, level or service that is NOT listed in a price
 * table or list. The weakness being targeted is the agent quoting the row of a different, listed
 * variant (e.g. giving the kids' bike price for a tandem, or the GCSE Latin price for A-level
 * Latin). The correct behaviour for those is to say it does not know. Paraphrased questions about
 * LISTED variants are mixed in so that a fix can be checked in both directions: they must still
 * be answered with the right row.
 *
 * Two fictional UK businesses: Chainline Cycles, a bike repair and e-bike shop in Leeds (repair
 * prices by bike type, Bronze/Silver/Gold services, tubes/tyres/chains by size and speed, e-bike
 * systems supported, hire bikes by size, collection areas, warranty, FAQ), and Brightpath
 * Tutoring, a tutoring agency in Reading (hourly prices by subject and level, group and paired
 * lessons, home visits by town, 10-hour packages, exam boards, cancellation, DBS checks, trial
 * lesson, FAQ). Each business has 40 cases: 22 answerable (paraphrased, mostly about a specific
 * listed row), 16 unanswerable (mostly an unlisted variant of a listed thing, plus a few unoffered
 * services that share the topic noun), and 2 that must be handed to a person under the rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Chainline Cycles (CYCLE)
// ---------------------------------------------------------------------------------------------

export const CYCLE_CONTEXT =
  'Chainline Cycles is an independent bike repair workshop and e-bike shop at 14 Kirkstall Road, Leeds, LS4 2AP. Phone 0113 496 0721, email workshop@chainlinecycles.co.uk. Open Tuesday to Saturday 9:00am to 5:30pm and Sunday 10:00am to 3:00pm; closed on Mondays.';

export const CYCLE_RULES = [
  'always escalate if a customer says a brake, wheel, crank or frame failed while riding after we worked on the bike',
  'refund requests over £100',
  'any accident, theft or damage involving one of our hire bikes',
  'e-bike battery smoking, catching fire, swelling or melting - pass to a person straight away',
];

export const CYCLE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Repair prices by bike type',
    category: 'Repairs',
    content: `# Repair prices by bike type

Not every bike takes the same time to fix. An e-bike wheel has wiring and a heavier axle to deal with, and a mountain bike usually has more to clean before we can start. So our most common jobs are priced by type of bike.

All prices are for labour. Parts (tubes, cables, brake pads and so on) are added at the prices on our parts page.

| Job | Road bike | Hybrid / commuter | Mountain bike | E-bike | Kids' bike (up to 24" wheels) |
|-----|-----------|-------------------|---------------|--------|-------------------------------|
| Puncture repair | £14 | £14 | £16 | £25 | £10 |
| Brake adjustment (per brake) | £12 | £12 | £12 | £15 | £8 |
| Hydraulic brake bleed (per brake) | £28 | £28 | £28 | £32 | n/a |
| Gear indexing | £15 | £15 | £17 | £19 | £10 |
| Wheel true (per wheel) | £20 | £18 | £22 | £26 | £13 |
| Bottom bracket replacement | £30 | £30 | £36 | £48 | £21 |

## Quotes

We always give you a written quote before starting, and we ring you if we find anything else that needs doing.

## Things to know

- The e-bike column covers bikes with a hub motor or a mid-drive motor.
- Kids' bikes with stabilisers: we'll fit or remove stabilisers for £6.
- If a job needs a part we don't have in stock we'll order it, usually for the next working day.
`,
  },
  {
    title: 'Bronze, Silver and Gold services',
    category: 'Servicing',
    content: `# Bronze, Silver and Gold services

A regular service keeps your bike safe and stops small problems turning into expensive ones. We offer three service levels.

| Service | Standard bike | E-bike | Turnaround |
|---------|---------------|--------|------------|
| Bronze service | £45 | £60 | same day if booked in by 10am |
| Silver service | £85 | £105 | 2 working days |
| Gold service | £150 | £180 | 3-4 working days |

Prices are for labour. Any parts we fit are extra, and we ask before fitting anything over £20.

## What each service includes

- **Bronze service** - safety check, gears and brakes adjusted, tyres pumped to the right pressure, chain cleaned and lubed, every bolt checked to the correct torque.
- **Silver service** - everything in Bronze, plus wheels trued, hubs and headset checked and adjusted, the drivetrain degreased on the bike, and new brake pads fitted if you supply them or buy them from us.
- **Gold service** - a full strip-down. Every bearing is cleaned and regreased, new gear and brake cables and outers are fitted (included in the price), the chain, cassette and chainrings go in our ultrasonic bath, and the wheels are trued and tensioned.

## E-bike services

E-bike services include everything above plus a motor diagnostic read-out and any available firmware update for the systems listed on our e-bike page. We also check the charging port, the display and the wiring.

## How often?

For most riders: a Bronze service every 3 months if you commute daily, a Silver service once a year, and a Gold service every 2 to 3 years.
`,
  },
  {
    title: 'Parts we fit: tubes, tyres and chains',
    category: 'Parts',
    content: `# Parts we fit: tubes, tyres and chains

The prices below are for the part. Fitting is free if we fit the part as part of a repair or a service; on its own, fitting is £5 per item.

## Inner tubes

| Tube size | Price |
|-----------|-------|
| 700c (road and hybrid) | £8 |
| 26" | £7 |
| 27.5" / 650b | £9 |
| 29" | £11 |
| 20" and 24" (kids) | £6 |

All our tubes come with Presta or Schrader valves - just tell us which your bike has.

## Tyres

| Tyre | Price each |
|------|------------|
| Continental Grand Prix 5000, 700x25c or 700x28c | £55 |
| Schwalbe Marathon Plus, 700x35c (puncture-resistant) | £42 |
| Hybrid tyre, 700x38c | £27 |
| Maxxis Minion DHF, 27.5" or 29" | £49 |
| Kids' tyre, 16", 20" or 24" | £17 |

## Chains

| Chain | Price |
|-------|-------|
| 8-speed (Shimano HG40 or KMC X8) | £18 |
| 9-speed (KMC X9) | £24 |
| 10-speed (Shimano Tiagra or KMC X10) | £32 |
| 11-speed (Shimano 105 or KMC X11) | £38 |
| E-bike chain (KMC e10 or e11) | £44 |

## When does a chain need replacing?

We measure chain wear with a gauge at every service. Once a chain has stretched to 0.5% (0.75% on 8-speed) we recommend a new one. Leave it much longer and it wears out the cassette and chainrings too, which costs a lot more to put right.
`,
  },
  {
    title: 'E-bikes: motor systems, batteries and diagnostics',
    category: 'E-bikes',
    content: `# E-bikes: motor systems, batteries and diagnostics

We have the dealer diagnostic tools and training for these e-bike systems:

- **Bosch** (Active Line, Performance Line and Performance Line CX)
- **Shimano STEPS** (E5000, E6100, EP8)
- **Yamaha** (PW-ST, PW-X3)
- **Bafang** (M400, M500 and hub motors)

## Prices

| Job | Bosch | Shimano STEPS | Yamaha | Bafang |
|-----|-------|---------------|--------|--------|
| Battery health test | £25 | £25 | £30 | £20 |
| Motor diagnostic and firmware update | £35 | £35 | £40 | £30 |
| Replacement battery (supplied and fitted) | from £650 | from £590 | from £620 | from £380 |

A battery health test tells you how much capacity your battery has left compared with new, and how many charge cycles it has done. It takes about 45 minutes.

## Looking after your battery

- Store the battery indoors, at room temperature, around half charged if you won't ride for a few weeks.
- Only use the charger that came with the bike.
- Don't leave a battery charging overnight unattended.
- Never ride with a battery that is cracked, dented or has been dropped hard - bring it in for a health test first.

## Range

Range depends on the battery size, the assist level, hills, your weight and the weather. Most of the e-bikes we sell get 40 to 80 miles on a full charge in the middle assist level.
`,
  },
  {
    title: 'Hire bikes',
    category: 'Hire',
    content: `# Hire bikes

Want to ride the canal towpath to Saltaire, or try an e-bike before you buy one? We hire out bikes from the shop on Kirkstall Road.

## Prices and sizes

| Bike | Size | Rider height | Half day (4 hours) | Full day | Weekend (Fri 4pm to Mon 10am) |
|------|------|--------------|--------------------|----------|-------------------------------|
| Hybrid (Trek FX 2) | Small | 5'0" to 5'5" | £15 | £24 | £45 |
| Hybrid (Trek FX 2) | Medium | 5'5" to 5'10" | £15 | £24 | £45 |
| Hybrid (Trek FX 2) | Large | 5'10" to 6'2" | £15 | £24 | £45 |
| E-bike (Raleigh Motus) | Medium | 5'4" to 5'11" | £30 | £46 | £85 |
| E-bike (Raleigh Motus) | Large | 5'11" to 6'4" | £30 | £46 | £85 |
| Kids' bike | 20" wheel (about age 6 to 9) | - | £8 | £12 | £20 |

## What's included

Every hire comes with a helmet, a D-lock, lights and a puncture repair kit. E-bikes come with a fully charged battery; the charger is included on weekend hires.

## Deposit and ID

We take a **£100 deposit** per bike on a card, which we release when the bike comes back undamaged. The person hiring must be 18 or over and show photo ID (driving licence or passport).

## Late returns

Bikes returned more than an hour late are charged an extra half day.
`,
  },
  {
    title: 'Booking, dropping off and collection',
    category: 'Booking',
    content: `# Booking, dropping off and collection

## How to book

Book a service or repair online through the "Book a repair" button on our website, or ring the shop. You can also just turn up - we'll look at the bike and give you a quote and a date.

Punctures and simple brake or gear adjustments can often be done while you wait if the workshop isn't full, usually in about 30 minutes.

## Collection and delivery

Can't get your bike to us? We'll collect it and bring it back once the work is done. Collections run on Tuesdays and Thursdays between 8am and 12pm.

| Area | Collection and return |
|------|-----------------------|
| LS1 to LS6 (city centre, Headingley, Kirkstall, Burley, Hyde Park) | £15 |
| LS7, LS8, LS11, LS12, LS13 (Chapel Allerton, Roundhay, Beeston, Armley, Bramley) | £22 |
| LS16, LS17, LS18 (Adel, Alwoodley, Horsforth) | £30 |

E-bikes can be collected in all of these areas at no extra charge.

## Picking up your bike

We'll text you when your bike is ready. Please collect it within 14 days. After that we charge a storage fee of **£2 a day**, and bikes left for more than 3 months may be sold to cover the cost of the work.
`,
  },
  {
    title: 'Warranty and guarantee',
    category: 'Warranty',
    content: `# Warranty and guarantee

## Our workmanship

All our repair and service work is guaranteed for **3 months**. If something we adjusted or fitted comes loose or stops working properly in that time, bring the bike back and we'll put it right free of charge.

This doesn't cover wear and tear (brake pads, tyres, chains), punctures, crash damage, or parts you supplied yourself.

## Parts

Parts we sell carry the manufacturer's warranty - for example, Shimano components have a 2-year warranty. If a part fails, we'll deal with the manufacturer for you.

## E-bikes bought from us

E-bikes bought from Chainline Cycles have a **2-year warranty** on the motor and battery, and a lifetime warranty on the frame for the original owner. Every new bike gets a free check-up within the first 6 weeks, when cables have bedded in.

## Returning parts

Unused parts in their original packaging can be returned within 14 days for a refund. Parts that have been fitted can't be returned unless they're faulty.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**Can I bring my own parts for you to fit?**
Yes. We charge the normal labour price for the job. We can't guarantee parts you supplied, and if a part turns out to be the wrong one for your bike we'll still charge for the time spent.

**Do you take Cycle to Work vouchers?**
Yes, we accept Cyclescheme and Bike2Work Scheme certificates for bikes, e-bikes and accessories.

**How can I pay?**
Card, cash, Apple Pay and Google Pay. We don't accept cheques.

**Can I leave my bike before you open?**
Yes - there's a secure drop box for keys and forms by the door, and you can lock the bike to the rail in our yard from 8am. Please fill in a drop-off form and leave your phone number.

**Is there parking?**
There are two customer parking spaces in front of the shop, and on-street pay and display parking on Kirkstall Road.

**Do you sell new bikes?**
Yes - hybrids, e-bikes and kids' bikes from Trek, Raleigh and Frog. We don't have every size in stock, so ring ahead if you want to try one.

**Do you sell gift vouchers?**
Yes, in any amount from £10. They are valid for 12 months and can be used for services, repairs, parts and hire.
`,
  },
];

export const CYCLE_DEV: EvalCase[] = [
  { question: 'how much to fix a flat on an ebike?', facts: ['£25'], escalate: false },
  { question: 'How much would you charge to service a tandem? Me and my partner ride one at weekends and the gears are getting vague.', unknown: true, escalate: false },
  { question: 'My daughter\'s little bike (20 inch wheels) has a buckled back wheel after she rode it into a kerb. What do you charge to straighten it?', facts: ['£13'], escalate: false },
  { question: 'Do you fit 12-speed chains? Mine is SRAM Eagle on my mountain bike and it\'s worn out. Price?', unknown: true, escalate: false },
  { question: 'whats the silver service cost on a normal (non electric) bike', facts: ['£85'], escalate: false },
  { question: 'I\'ve got an Urban Arrow cargo bike for the school run and the rear tyre keeps going flat. How much for a puncture repair on that?', unknown: true, escalate: false },
  { question: 'Thinking of the top-level service for my e-bike — how much is it and how long will I be without the bike?', facts: ['£180', '3-4 working days'], escalate: false },
  { question: 'Need a new chain, it\'s a Tiagra 10 speed groupset on my road bike. How much for the chain?', facts: ['£32'], escalate: false },
  { question: 'Can you do a battery health test on a Fazua battery? My Ribble has one and the range has dropped a lot.', unknown: true, escalate: false },
  { question: '11sp chain price?', facts: ['£38'], escalate: false },
  { question: 'I picked my road bike up from you on Saturday after the Silver service and yesterday the front brake just gave out on the descent down Otley Road. I came off and I\'ve hurt my wrist and the bike\'s a mess.', escalate: true },
  { question: 'Is there a Platinum service above Gold, and what does it cost?', unknown: true, escalate: false },
  { question: 'My Yamaha e-bike motor keeps throwing an error code on the display. Can you diagnose it and what does that cost?', facts: ['£40'], escalate: false },
  { question: 'Do you service Fox suspension forks? My 34s are feeling sticky and I think they need the lowers doing.', unknown: true, escalate: false },
  { question: 'Shimano Steps battery seems to be losing range, can you check how healthy it is? price?', facts: ['£25'], escalate: false },
  { question: 'Want to hire an e-bike for a full day on Saturday, I\'m 6ft 1. What would that be?', facts: ['£46'], escalate: false },
  { question: 'Can I hire an extra-large hybrid? I\'m 6\'5" and most hire bikes are too small for me.', unknown: true, escalate: false },
  { question: 'kids bike hire for the weekend for my 7 yr old, how much', facts: ['£20'], escalate: false },
  { question: 'Do you have a small e-bike to hire? My wife is 5ft 2 and we want to ride out to Saltaire together.', unknown: true, escalate: false },
  { question: 'I live in Headingley and don\'t have a car. Can you pick my bike up and what does it cost?', facts: ['£15'], escalate: false },
  { question: 'Can you collect a bike from Wakefield? I\'ve heard good things but it\'s a trek to get to you.', unknown: true, escalate: false },
  { question: 'im in alwoodley LS17, do u collect bikes from there n how much', facts: ['£30'], escalate: false },
  { question: 'How much per brake to bleed the hydraulic brakes on my mountain bike? The levers are spongy.', facts: ['£28'], escalate: false },
  { question: 'My Brompton\'s gears need adjusting - what\'s your price for a folding bike?', unknown: true, escalate: false },
  { question: 'Gears are skipping on my hybrid commuter, what do you charge to index them?', facts: ['£15'], escalate: false },
  { question: 'Price to set my MTB wheels up tubeless? Sick of pinch flats.', unknown: true, escalate: false },
  { question: 'how long is your guarantee on repairs you\'ve done', facts: ['3 months'], escalate: false },
  { question: 'How much is a 29 inch inner tube?', facts: ['£11'], escalate: false },
  { question: 'Have you got 700x40c gravel tyres and how much are they?', unknown: true, escalate: false },
  { question: 'I commute every day along the canal and get loads of punctures. How much are the Marathon Plus tyres each?', facts: ['£42'], escalate: false },
  { question: 'Do you fit e-bike conversion kits to an ordinary bike? I\'ve got an old Trek I\'d like to electrify.', unknown: true, escalate: false },
  { question: 'Can I use Cyclescheme to buy a bike from you?', facts: ['Cyclescheme'], escalate: false },
  { question: 'My work uses the Green Commute Initiative for cycle to work. Do you accept their vouchers?', unknown: true, escalate: false },
  { question: 'What deposit do I need to put down to hire a bike?', facts: ['£100'], escalate: false },
  { question: 'My Specialized Turbo Levo has a Brose motor that\'s started making a grinding noise. Can you run a diagnostic on it? How much?', unknown: true, escalate: false },
  { question: 'I\'m away for three weeks after you finish my repair, is there a charge if I leave the bike with you that long?', facts: ['£2 a day'], escalate: false },
  { question: 'The hire e-bike I took out yesterday got clipped by a car at the lights in Kirkstall. I\'m fine but the back wheel is bent and the display is smashed. What happens now?', escalate: true },
  { question: 'If I drop my e-bike off at 9 for the basic Bronze service, will it be ready the same day, and what\'s the price?', facts: ['£60', 'same day'], escalate: false },
  { question: 'Road bike bottom bracket is creaking like mad - how much to swap it out (labour)?', facts: ['£30'], escalate: false },
  { question: 'Can I hire a road bike for a day? I want to do some of the Tour de Yorkshire route.', unknown: true, escalate: false },
];

// ---------------------------------------------------------------------------------------------
// Brightpath Tutoring (TUTOR)
// ---------------------------------------------------------------------------------------------

export const TUTOR_CONTEXT =
  'Brightpath Tutoring is a tutoring agency at 3rd Floor, 22 Friar Street, Reading, RG1 1DB, offering one-to-one, paired and small-group tuition in person and online. Phone 0118 496 0385, email hello@brightpathtutoring.co.uk. The office is open Monday to Friday 9:00am to 6:00pm and Saturday 9:00am to 1:00pm; lessons run seven days a week.';

export const TUTOR_RULES = [
  'any safeguarding concern about a tutor and a child (inappropriate messages, contact outside lessons, anything that worries a parent) - always escalate',
  'refund requests over £200',
  'a tutor has missed two or more booked lessons without notice',
  'complaints about exam results, or a parent saying we promised a particular grade',
];

export const TUTOR_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'One-to-one lesson prices by subject and level',
    category: 'Prices',
    content: `# One-to-one lesson prices by subject and level

All one-to-one lessons last 60 minutes. The price is per lesson and includes the tutor's preparation time and a short written note after each lesson telling you what was covered and what to practise.

| Subject | Level | Price per hour |
|---------|-------|----------------|
| Maths | 11+ | £42 |
| Maths | GCSE | £45 |
| Maths | A-level | £52 |
| English | 11+ | £42 |
| English (Language and Literature) | GCSE | £45 |
| English Literature | A-level | £53 |
| Verbal and non-verbal reasoning | 11+ | £40 |
| Biology | GCSE | £46 |
| Biology | A-level | £54 |
| Chemistry | GCSE | £46 |
| Chemistry | A-level | £56 |
| Physics | GCSE | £46 |
| Physics | A-level | £56 |
| Combined Science | GCSE | £46 |
| French | GCSE | £44 |
| French | A-level | £50 |
| Spanish | GCSE | £44 |
| Spanish | A-level | £50 |
| German | GCSE | £47 |
| Latin | GCSE | £48 |

## Online or in person?

Online lessons are the same price as in-person lessons. Home visits in some towns have a small travel supplement - see "Where we teach".

## Longer lessons

A-level students often prefer 90-minute lessons. These cost one and a half times the hourly price.
`,
  },
  {
    title: 'Group classes and paired lessons',
    category: 'Prices',
    content: `# Group classes and paired lessons

One-to-one lessons suit most students, but small groups are a cheaper way to build exam technique, and many students enjoy working alongside others.

## Small-group classes

Group classes run in term time, once a week, for 90 minutes.

| Group class | Group size | Price per student per session | Where |
|-------------|------------|-------------------------------|-------|
| 11+ Maths and Reasoning | up to 6 | £25 | Friar Street centre and online |
| GCSE Maths (Foundation and Higher) | up to 5 | £28 | Friar Street centre and online |
| GCSE English Language | up to 5 | £27 | Friar Street centre and online |
| A-level Maths | up to 4 | £35 | online only |

Places are booked by the half-term and paid in advance. If your child misses a group session, we can't offer a refund, but recordings of online sessions are shared with the group.

## Paired lessons

Two siblings or friends working at the same level can share a tutor. Each student pays:

| Paired lesson level | Price per student per hour |
|---------------------|---------------------------|
| 11+ | £29 |
| GCSE | £31 |
| A-level | £36 |

Both students must be studying the same subject and the same exam board.
`,
  },
  {
    title: 'Where we teach: home visits, our centre and online',
    category: 'Locations',
    content: `# Where we teach: home visits, our centre and online

## At our centre

Our teaching rooms are on the 3rd floor at 22 Friar Street, a five-minute walk from Reading station. There's a waiting area for parents with free wi-fi.

## Home visits

Our tutors visit students at home in the towns below. Some towns have a travel supplement, added to each lesson.

| Town | Travel supplement per lesson |
|------|------------------------------|
| Reading (including Caversham, Earley, Tilehurst and Woodley) | none |
| Wokingham | £5 |
| Twyford | £5 |
| Theale | £6 |
| Bracknell | £8 |
| Henley-on-Thames | £9 |

For home visits to children under 16, a parent or another adult must be in the house for the whole lesson.

## Online lessons

Online lessons take place in our own online classroom, which has a shared whiteboard, video and screen sharing - there's nothing to install, it runs in a web browser. Online lessons are available anywhere in the UK. You'll need a laptop or tablet with a camera and a reasonable internet connection; a graphics tablet or a phone camera to show written working is helpful for maths and sciences.
`,
  },
  {
    title: '10-hour packages',
    category: 'Prices',
    content: `# 10-hour packages

If you know you'll want regular lessons, a 10-hour package is cheaper than paying lesson by lesson.

| Package | Price for 10 hours | Works out at |
|---------|--------------------|--------------|
| 11+ package (any 11+ subject) | £380 | £38 an hour |
| GCSE package (any GCSE subject) | £420 | £42 an hour |
| A-level package (any A-level subject) | £490 | £49 an hour |

## How packages work

- Packages are paid in full when you book.
- Hours can be split between subjects at the same level - for example 6 hours of GCSE Maths and 4 hours of GCSE Physics.
- A package is valid for **6 months** from the first lesson.
- Travel supplements for home visits are charged separately.
- Packages can't be used for group classes.

Unused hours can be refunded at the package hourly rate if you give us notice before the package expires.
`,
  },
  {
    title: 'Exam boards we cover',
    category: 'Subjects',
    content: `# Exam boards we cover

Different exam boards teach topics in a different order and set quite different papers, so we always match your child with a tutor who knows their board. Please check with your child's school if you're unsure which board they're taking.

| Subject and level | Exam boards |
|-------------------|-------------|
| GCSE Maths | AQA, Edexcel, OCR |
| A-level Maths | AQA, Edexcel, OCR (MEI) |
| GCSE English | AQA, Edexcel, Eduqas |
| A-level English Literature | AQA, OCR |
| GCSE sciences | AQA, Edexcel, OCR Gateway and OCR Twenty First Century |
| A-level sciences | AQA, Edexcel, OCR |
| GCSE and A-level French and Spanish | AQA, Edexcel |
| GCSE German | AQA |
| GCSE Latin | OCR, Eduqas |

## 11+

Our 11+ tutors prepare children for GL Assessment and CEM-style papers, including the Reading School and Kendrick School tests. We run **11+ mock exam days** in the summer holidays, sat in real exam conditions at our Friar Street centre, for £39 a paper, with a marked report afterwards.
`,
  },
  {
    title: 'Cancelling or rearranging a lesson',
    category: 'Policies',
    content: `# Cancelling or rearranging a lesson

We know plans change - children get ill, and school trips pop up. Here's how cancellations work.

- **24 hours' notice or more:** no charge. We'll rearrange the lesson or, for packages, put the hour back on your balance.
- **Less than 24 hours' notice:** we charge 50% of the lesson price (or take half an hour off your package), because the tutor can't fill the slot at short notice.
- **No-show:** if the student doesn't turn up or isn't home for a home visit, the full lesson is charged.

To cancel, reply to your lesson reminder email, or ring or text the office. Messages outside office hours are time-stamped, so they still count.

## If the tutor cancels

If your tutor has to cancel, there's never a charge. We'll offer another time with the same tutor or a lesson with a different tutor who knows the same board.

## Illness and exam leave

If your child is ill for two or more weeks, tell us and we'll freeze the package expiry date for that time.
`,
  },
  {
    title: 'Our tutors, DBS checks and safeguarding',
    category: 'Tutors',
    content: `# Our tutors, DBS checks and safeguarding

## Who our tutors are

All our tutors are qualified teachers or graduates in the subject they teach, and every one has taught the level they tutor. We interview every tutor in person and ask them to teach a sample lesson before they join us.

## DBS checks

Every tutor has an **enhanced DBS check** with a check of the children's barred list. Tutors must be signed up to the DBS Update Service, and we check their status every 12 months. You're welcome to ask your tutor to show you their certificate at the first lesson.

## Safeguarding

- Tutors only contact students through our online classroom or the office - never on personal social media or private messaging.
- Online lessons are recorded and the recordings are kept for 30 days, then deleted.
- For home visits to children under 16, an adult must be in the house for the whole lesson.
- Our safeguarding lead is our director, Anita Rahman. If something worries you, ring the office and ask for her.

## Changing tutor

If your child doesn't get on with their tutor, just tell us. Changing tutor is free, and we'll ask what didn't work so we can find a better match.
`,
  },
  {
    title: 'Trial lessons and frequently asked questions',
    category: 'FAQ',
    content: `# Trial lessons and frequently asked questions

**Can we try a lesson before committing?**
Yes. Your first lesson can be a 30-minute trial lesson for £10, in person at our centre or online. If you then book a 10-hour package, we take the £10 off the price.

**How do I pay?**
Pay-as-you-go lessons are invoiced at the end of each month and can be paid by bank transfer or card. Packages and group classes are paid in advance.

**Do you offer a sibling discount?**
Yes - the second and any further children in a family get 10% off their 10-hour packages.

**How soon can lessons start?**
Usually within a week of your first call. In the run-up to exams (March to May) it can take a little longer to find a tutor for the sciences.

**Will you set homework?**
Only if you'd like it. Most tutors set a short task between lessons, and the lesson note tells you what it is.

**Do you give progress reports?**
Yes. Along with the note after each lesson, parents get a short written progress report every half-term.

**Can you guarantee a grade?**
No tutor can honestly guarantee a grade, and we never do. What we promise is a well-matched, well-prepared tutor and honest feedback about how your child is getting on.
`,
  },
];

export const TUTOR_DEV: EvalCase[] = [
  { question: 'how much per hour for a-level chem', facts: ['£56'], escalate: false },
  { question: 'Do you do A-level Latin? My son loved it at GCSE and wants to carry on but his school doesn\'t offer it.', unknown: true, escalate: false },
  { question: 'My son is doing Latin GCSE at school and really struggling with the translation. What\'s your hourly rate?', facts: ['£48'], escalate: false },
  { question: 'My daughter is in Year 5 and sitting the 11+ next September. She needs help with verbal reasoning mainly. How much a lesson?', facts: ['£40'], escalate: false },
  { question: 'How much for an A-level German tutor? She got a 9 at GCSE and is finding year 12 a big jump.', unknown: true, escalate: false },
  { question: 'A level english lit tutor, price pls', facts: ['£53'], escalate: false },
  { question: 'What\'s the hourly rate for A-level English Language one-to-one?', unknown: true, escalate: false },
  { question: 'GCSE spanish 1:1 how much', facts: ['£44'], escalate: false },
  { question: 'Do you have a tutor for A-level Further Maths, and what would it cost?', unknown: true, escalate: false },
  { question: 'Hi, my son is taking GCSE German, what would lessons cost per hour?', facts: ['£47'], escalate: false },
  { question: 'The maths tutor you sent us has been messaging my 15-year-old son on Snapchat late at night and told him not to mention it to us. I\'m really worried about this.', escalate: true },
  { question: 'Is there a group class for GCSE maths? How much is it and how many kids are in it?', facts: ['£28', 'up to 5'], escalate: false },
  { question: 'Do you run a GCSE chemistry group class? Would be cheaper than one-to-one for us.', unknown: true, escalate: false },
  { question: 'Can my son do the A-level maths group at your centre in person?', facts: ['online only'], escalate: false },
  { question: 'Is there an 11+ English group class? My daughter does the maths one already.', unknown: true, escalate: false },
  { question: 'My twins are both doing GCSEs, same subject and board. Could they share a lesson and what would each of them pay?', facts: ['£31'], escalate: false },
  { question: 'We\'re in Henley. Will a tutor come to the house and is there a travel charge?', facts: ['£9'], escalate: false },
  { question: 'Can a tutor come to our house in Newbury? We\'d rather not do online.', unknown: true, escalate: false },
  { question: 'we live in wokingham, is there extra to pay for home lessons?', facts: ['£5'], escalate: false },
  { question: 'Do your tutors visit homes in Maidenhead?', unknown: true, escalate: false },
  { question: 'What does a 10 hour block of A level tuition cost?', facts: ['£490'], escalate: false },
  { question: 'Do you do a 20-hour package? We\'d like to book for the whole of year 11 and wondered if it works out cheaper.', unknown: true, escalate: false },
  { question: 'If I buy the 10 hours for GCSE how long have we got to use them?', facts: ['6 months'], escalate: false },
  { question: 'My daughter does OCR Gateway chemistry — can your tutors cover that spec?', facts: ['Gateway'], escalate: false },
  { question: 'My son\'s school does Cambridge IGCSE maths rather than GCSE. Do your tutors cover that syllabus?', unknown: true, escalate: false },
  { question: 'Does your English tutor know the Eduqas GCSE papers?', facts: ['Eduqas'], escalate: false },
  { question: 'Her school uses Edexcel for GCSE German. Can you match her with a tutor for that board?', unknown: true, escalate: false },
  { question: 'if i cancel tomorrows lesson tonight (so less than a day) do i still pay anything?', facts: ['50%'], escalate: false },
  { question: 'I paid £490 for an A-level package in January and we\'ve only used 2 hours. My daughter has dropped the subject, so I want the rest of the money back.', escalate: true },
  { question: 'Do you run mock exam days for GCSE? Year 11 mocks are coming up and he\'d benefit from the practice.', unknown: true, escalate: false },
  { question: 'are ur tutors dbs checked?', facts: ['enhanced DBS'], escalate: false },
  { question: 'Do you have tutors who specialise in dyslexia? My son has just been diagnosed.', unknown: true, escalate: false },
  { question: 'Can we try it out first before signing up for lots of lessons? What does that cost?', facts: ['£10', '30-minute'], escalate: false },
  { question: 'How much for maths tutoring for a Year 8? He\'s fallen behind since moving schools (KS3).', unknown: true, escalate: false },
  { question: 'I have two kids who\'ll both need packages — any discount for the second one?', facts: ['10%'], escalate: false },
  { question: 'My nephew is in his first year of a maths degree and struggling. Could one of your tutors help with university-level maths?', unknown: true, escalate: false },
  { question: 'How much are the 11+ mock exams you run in the summer?', facts: ['£39'], escalate: false },
  { question: 'What\'s the price for one-to-one A-level biology?', facts: ['£54'], escalate: false },
  { question: 'Do you offer GCSE Mandarin? It\'s her second language at home and she wants to sit it early.', unknown: true, escalate: false },
  { question: 'Are online lessons cheaper than having someone come to the house?', facts: ['same price'], escalate: false },
];
