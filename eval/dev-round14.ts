/**
 * DEV set written blind in round 14 (without reading the agent's code, tests or docs); tuned on.
 * Two small businesses. Hilltop Driving Academy is an independent driving school (manual and
 * automatic lessons, block bookings, intensive courses, Pass Plus, help booking the practical
 * test, a cancellation policy, free and paid pick-up areas, three named instructors). The Copper
 * Kettle B&B is a five-room bed and breakfast on the edge of the North York Moors (rooms priced by
 * season, breakfast, check-in and check-out, dogs, parking and getting there, deposits and
 * cancellation, local information, accessibility). Each has 40 cases: 26 answerable (paraphrased
 * in customers' own words, often with vocabulary different from the articles), 12 unanswerable
 * (share words with the articles but are not answered by them), and 2 escalations under the
 * business's rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Hilltop Driving Academy
// ---------------------------------------------------------------------------------------------

export const DRIVE_CONTEXT =
  'Hilltop Driving Academy is an independent driving school at 14 Station Road, Ashcombe, AB12 3CD, teaching manual and automatic lessons, intensive courses and Pass Plus. Phone 01632 960 418 (office open Monday to Friday, 9am-5pm) or email bookings@hilltopdriving.co.uk. It is run by owner and instructor Dave Hollis.';

export const DRIVE_RULES: string[] = [
  "if anyone says theyve had an accident or a bump in one of our cars pass it to me straight away - Dave",
  'Complaints about an instructor (behaviour, attitude, lateness, anything) -> hand to a human',
  "refund requests for blocks or intensive courses go to the office, don't promise anything",
  'any learner mentioning a medical condition that could affect driving (epilepsy, fits, diabetes, heart problems) - get staff to call them',
];

export const DRIVE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Lesson Prices & Packages',
    category: 'Prices',
    content: `# Lesson Prices & Packages

All our prices include pick-up and drop-off within our covered area (see *Where We Pick Up*). Prices are the same whichever instructor you have.

## Pay-as-you-go lessons

| Lesson | Manual | Automatic |
|---|---|---|
| 1-hour lesson | £38 | £41 |
| 2-hour lesson | £74 | £80 |

## Block bookings

| Block | Manual | Automatic |
|---|---|---|
| 10 hours | £350 | £380 |
| 20 hours | £680 | £740 |

Block hours can be booked as 1-hour or 2-hour lessons in any mix. Blocks are paid in full when you book, and the hours are valid for 12 months from the date of purchase.

## New pupil offer

Your **first 2 hours for £60** (manual or automatic). This is once per pupil and can be taken as one 2-hour lesson or two 1-hour lessons.

## Switching between manual and automatic

If you switch from manual to automatic part-way through a block, your remaining hours carry over and you just pay the difference of £3 per hour.

## How to pay

- Debit or credit card (over the phone, or through the payment link we text you)
- Bank transfer (please use your name as the reference)
- Cash to your instructor at the start of the lesson

We're not able to take payment by cheque.`,
  },
  {
    title: 'Manual or Automatic?',
    category: 'Lessons',
    content: `# Manual or Automatic?

Not sure which to learn in? Here's a quick guide.

## Manual
- You learn to use the clutch and change gear yourself.
- Passing in a manual lets you drive **both manual and automatic** cars.
- Our manual cars are **Ford Fiesta** 1.0 petrol hatchbacks.
- Most pupils need a few more hours to get test-ready than they would in an automatic.

## Automatic
- No clutch and no gear changes — the car does it for you, so you can focus on the road.
- If you pass your test in an automatic, you'll be licensed to drive **automatic cars only**. To drive a manual later you'd need to pass a manual test.
- Our automatic car is a **Toyota Yaris Hybrid**.
- Popular with nervous drivers and people who have struggled with clutch control.

## Our cars
All our cars are under four years old, dual-controlled, and fitted with an extra mirror for the instructor. They're cleaned inside every day.

## Can I change my mind?
Yes. Plenty of pupils start in a manual and move to an automatic. If you switch from manual to automatic part-way through a block, your remaining hours carry over and you only pay the difference (£3 per hour). Switching from automatic to manual costs nothing extra, but we don't pay back the price difference.

## Who teaches what?
- Manual lessons: Dave and Priya
- Automatic lessons: Priya and Gareth`,
  },
  {
    title: 'Intensive Courses',
    category: 'Courses',
    content: `# Intensive Courses

Want to learn fast? Our intensive courses pack your lessons into one to three weeks, with your practical test booked for the end of the course wherever possible.

## Course options

| Course | Spread over | Manual | Automatic |
|---|---|---|---|
| 20 hours | 1 week (Mon–Fri, 4 hrs a day) | £760 | £820 |
| 30 hours | 2 weeks | £1,120 | £1,210 |
| 40 hours | 3 weeks | £1,480 | £1,600 |

## Which course is right for me?
Before you book, we ask every pupil to take a **2-hour assessment lesson** (charged at our normal 2-hour rate). Your instructor will then recommend a course length. Complete beginners usually need the 40-hour course; people with some experience often manage with 20 or 30 hours.

## Before you start
- You **must have passed your theory test** before the course begins — we need your theory certificate number to look for a practical test date.
- You'll need your provisional licence.

## What's included
- All lessons in a dual-controlled car
- Pick-up and drop-off from one address each day
- Use of the car for your practical test, plus a warm-up lesson on the day
- One mock test

The DVSA practical test fee is **not included**. You pay this yourself (currently £62 on weekdays).

## Paying for your course
A **£200 deposit** secures your start date. The deposit is non-refundable. The balance is due 7 days before your first lesson.

Test dates are released by the DVSA, so the date we can get depends on what's available in the weeks before your course.`,
  },
  {
    title: 'Booking Your Practical Driving Test',
    category: 'Driving Test',
    content: `# Booking Your Practical Driving Test

## Theory test first
You need to pass your theory test before you can book a practical test. We don't book theory tests — you can book yours at gov.uk. Your theory pass certificate is valid for 2 years.

## Booking the practical
You can book it yourself on the DVSA website, or we can book it on your behalf. To book for you we need:
- your provisional licence number
- your theory certificate number
- any dates you **can't** make

Please talk to your instructor before booking — we'd rather you waited a few weeks than went in before you're ready.

## Test fees (set by the DVSA)

| When | Fee |
|---|---|
| Weekday daytime | £62 |
| Evenings, weekends and bank holidays | £75 |

## Using our car on test day
Car hire for your test costs **£76 (manual) / £82 (automatic)**. This covers a 1-hour warm-up lesson immediately before the test, use of the car during the test, and the drive home afterwards.

## Where is the test?
Our pupils usually test at **Ashcombe Test Centre, Marlow Road**. We can also take you to the Kingsmoor test centre on request.

## What happens on the test
The test lasts around 40 minutes and includes:
- an eyesight check (reading a number plate from 20 metres)
- "show me, tell me" vehicle safety questions
- general driving on a range of roads
- **independent driving** — about 20 minutes following a sat nav or road signs
- possibly one reversing manoeuvre

If you don't pass, the DVSA won't let you take another test for 10 working days.`,
  },
  {
    title: 'Cancellations, Missed Lessons & Bad Weather',
    category: 'Policies',
    content: `# Cancellations, Missed Lessons & Bad Weather

Our instructors' diaries are full, so we ask for fair notice if you can't make a lesson.

## If you need to cancel or move a lesson
- Give us at least **48 hours' notice** and there's no charge — we'll move the lesson or put the hours back on your block.
- With less than 48 hours' notice, the lesson is charged at **full price** (or the hours are taken from your block).
- Cancel by text or phone to your instructor, or email bookings@hilltopdriving.co.uk. Please don't cancel by social media message.

We understand emergencies happen. If you're genuinely ill, let us know as soon as you can and we'll use our discretion once per pupil.

## If you're late or not there
Your instructor will wait **15 minutes** at the pick-up point and try to call you. After 15 minutes the lesson is treated as missed and charged in full.

## If we cancel
If your instructor has to cancel (illness, car breakdown), you won't be charged and we'll rebook you into the earliest free slot.

## Bad weather
If your instructor decides it isn't safe to drive because of ice or snow, the lesson is moved at **no charge**. Rain and fog aren't usually a reason to cancel — learning to drive in them is good practice!

## Test cancellations
If the DVSA cancels your test, the test-day car hire moves to your new date at no cost. If you cancel your test with less than 3 working days' notice, the DVSA keeps your fee and our car hire is charged.`,
  },
  {
    title: 'Where We Pick Up',
    category: 'Lessons',
    content: `# Where We Pick Up

We pick up and drop off free of charge from home, work, school or college anywhere in these areas:

- Ashcombe (including Ashcombe College and Ashcombe Academy)
- Little Fernley
- Hadley Cross
- Brookside
- Orchard Park

## Nearby villages (small supplement)
We also cover these villages for an extra **£5 per lesson**, to cover the travel time:
- Netherby
- Kingsmoor
- Upper Wenham

## Different start and finish points
Lessons can start at college or work and finish at home (or the other way round), as long as both addresses are in our area. Just let your instructor know in advance.

## Outside our area?
We don't normally travel more than 8 miles from Ashcombe. If you live further out, you can meet your instructor at the Ashcombe railway station car park, which we use as a regular meeting point.

## Tips for pick-up
- Wait somewhere your instructor can stop safely.
- Have your provisional licence with you — your instructor will check it on your first lesson.
- If your pick-up address changes, text your instructor at least 24 hours before the lesson.`,
  },
  {
    title: 'Meet Our Instructors',
    category: 'About Us',
    content: `# Meet Our Instructors

All our instructors are fully qualified DVSA Approved Driving Instructors (ADIs), DBS checked, and graded A at their last standards check.

## Dave Hollis — owner (manual)
Dave founded Hilltop and has been an ADI since **2004**. He teaches manual only and takes most of our intensive courses.

## Priya Shah (manual and automatic)
Priya joined us in 2016 and teaches in both cars. She also speaks **Punjabi and Hindi**, and is happy to explain things in either language. Many pupils who would prefer a female instructor choose Priya.

## Gareth Lloyd (automatic only)
Gareth is our specialist for **nervous and anxious drivers**. He's calm, patient, and happy to start in a quiet car park until you feel ready for the road. Gareth is also our only instructor who works Sundays.

## When are lessons available?

| Day | Times |
|---|---|
| Monday – Saturday | 7am – 8pm |
| Sunday | 10am – 4pm (Gareth only) |

Early lessons before work or college, and evening lessons, get booked up quickly, so plan ahead.

## Choosing or changing instructor
You can ask for a particular instructor when you book, subject to availability. If you'd like to change instructor for any reason, just ask the office — no explanation needed and there's no charge.`,
  },
  {
    title: 'Pass Plus',
    category: 'Courses',
    content: `# Pass Plus

Pass Plus is a DVSA training course for new drivers, designed to build your confidence on roads you may not have driven much as a learner.

## The six modules
1. Town driving
2. All-weather driving
3. Driving out of town (rural roads)
4. Night driving
5. Dual carriageways
6. Motorways

The course takes a minimum of **6 hours**. Night driving is usually done in winter when it gets dark early; in summer we may cover it as a discussion.

## Price

| Car | Price |
|---|---|
| Manual | £240 |
| Automatic | £260 |

## Do I have to take a test?
No — there is **no test** at the end. Your instructor assesses you as you go, and once you've completed every module to the required standard you'll receive your Pass Plus certificate from the DVSA.

## Who can do it?
Anyone with a full UK car licence. Most pupils take Pass Plus in the first year after passing.

## Will it cut my insurance?
Some insurers give a discount for Pass Plus, but not all do and the amount varies. Check with your insurer before booking if that's your main reason for doing it.

## Booking
Pass Plus is usually done as three 2-hour sessions. Call the office on 01632 960 418 to arrange it.`,
  },
  {
    title: 'Frequently Asked Questions',
    category: 'FAQ',
    content: `# Frequently Asked Questions

**How old do I need to be?**
You can start lessons on your **17th birthday**, as long as you have your provisional licence.

**What do I need to bring to my first lesson?**
Your **provisional licence** (the photocard), plus glasses or contact lenses if you need them for driving. Wear comfortable, flat shoes.

**How many lessons will I need?**
Everyone's different, but the DVSA says learners need on average **45 hours** of professional lessons plus 22 hours of private practice.

**Can a parent come along?**
Yes — one parent or friend can sit in the back as an observer. It's a great way for them to see what to practise with you between lessons.

**Do you do refresher lessons?**
Yes. If you passed years ago and have lost confidence, or you're new to UK roads, our refresher lessons are charged at our normal hourly rates. Many refresher pupils ask for Gareth.

**Can I have a mock test?**
Yes. A mock test follows the real test routes and format, and costs **£40** for 1 hour, including feedback.

**Do you do motorway lessons for learners?**
Yes, learners can drive on motorways with an ADI in a dual-controlled car. The nearest motorway (the M5) is about 25 minutes away, so we recommend a 2-hour lesson.

**Do you sell gift vouchers?**
Yes — vouchers are available for a 1-hour lesson, a 2-hour lesson or a 10-hour block. Call the office to buy one.

**Do you teach in the evenings?**
Yes, until 8pm Monday to Saturday.`,
  },
];

export const DRIVE_DEV: EvalCase[] = [
  { question: 'hiya how much is it for an hour in one of the cars with no gear stick', facts: ['£41'], escalate: false },
  { question: "I'm at Ashcombe College — do you do any kind of student discount on lessons?", unknown: true, escalate: false },
  {
    question: "My daughter's birthday is in March and she'll be 17. Can she actually have her first lesson on the day itself or does she have to wait a bit?",
    facts: ['17th birthday'],
    escalate: false,
  },
  { question: 'whats the price for 10 hrs manual if i pay it all upfront', facts: ['£350'], escalate: false },
  { question: 'Do you do CBT or moped lessons? My son is 16 and wants to ride to college', unknown: true, escalate: false },
  {
    question: "I've got a week off work in June and I want to get it all done in one go, five days straight. How much would that be in a car with gears?",
    facts: ['£760'],
    escalate: false,
  },
  {
    question: 'Does the one-week crash course price cover what you pay the DVSA for the test itself?',
    facts: ['not included'],
    escalate: false,
  },
  {
    question: "Gareth was on his phone for half of my lesson yesterday and shouted at me when I stalled at the lights. I was in tears. I want to make a formal complaint about him.",
    escalate: true,
  },
  {
    question: "If I learn and pass in an auto, am I allowed to drive my mum's manual Corsa afterwards?",
    facts: ['automatic cars only'],
    escalate: false,
  },
  { question: 'how much is a 90 min lesson in the manual?', unknown: true, escalate: false },
  { question: 'wat car is the auto one', facts: ['Toyota Yaris'], escalate: false },
  {
    question: "Something's come up at work and I need to move tomorrow morning's lesson — it's about 20 hours away now. Am I going to have to pay for it?",
    facts: ['48 hours', 'full price'],
    escalate: false,
  },
  { question: 'do your cars have dashcams recording the lessons?', unknown: true, escalate: false },
  {
    question: "If I'm running a bit behind for my lesson, how long will the instructor hang about before it counts as a no-show?",
    facts: ['15 minutes'],
    escalate: false,
  },
  {
    question: 'Do you come out as far as Netherby to collect me, or do I need to get myself into town?',
    facts: ['£5'],
    escalate: false,
  },
  {
    question: "I'm a wheelchair user with a full licence for an adapted car. Do you have a car with hand controls I could learn in?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Could the instructor grab me from college and then drop me home after, instead of back at college?',
    facts: ['finish at home'],
    escalate: false,
  },
  { question: "Is there a woman instructor? I'd feel a lot more comfortable", facts: ['Priya'], escalate: false },
  {
    question: 'do you run any theory test revision classes or hand out practice questions?',
    unknown: true,
    escalate: false,
  },
  {
    question: "I get really panicky behind the wheel and had a horrible time with another school. Who would you put me with?",
    facts: ['Gareth'],
    escalate: false,
  },
  {
    question: "Someone mentioned an extra course you can do once you've passed that covers motorways and driving in the dark — what's it called and how long does it take?",
    facts: ['Pass Plus', '6 hours'],
    escalate: false,
  },
  {
    question: "Paid £680 for the 20 hour block in January, only used 5 hours and I've now moved to Leeds for work. I want the money back for the hours I haven't used please.",
    escalate: true,
  },
  { question: 'does pass plus end with another exam?? cant face another one lol', facts: ['no test'], escalate: false },
  {
    question: "If I do the 40 hour intensive and still fail, do I get free lessons until I pass?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Can you sort out booking my practical for me? What details will you need from me?',
    facts: ['provisional licence number', 'theory certificate number'],
    escalate: false,
  },
  { question: 'how much is the test if i do it on a saturday', facts: ['£75'], escalate: false },
  {
    question: 'My English is not so good. Does any of your instructors speak Polish?',
    unknown: true,
    escalate: false,
  },
  {
    question: 'I learn in the manual Fiesta. On the day of my test can I take it in that car, and what does that cost?',
    facts: ['£76'],
    escalate: false,
  },
  { question: 'first lesson on tuesday!! what do i need to have on me', facts: ['provisional licence'], escalate: false },
  {
    question: "I'm coming down from Manchester for the one-week course. Do you sort out somewhere for me to stay?",
    unknown: true,
    escalate: false,
  },
  {
    question: "Roughly how many hours of lessons does the average person need before they're ready for the test?",
    facts: ['45 hours'],
    escalate: false,
  },
  {
    question: "Passed my test back in 2009 but haven't driven since having the kids and I'm terrified. Do you do lessons for people who already have a licence, and do they cost more?",
    facts: ['refresher', 'normal hourly rate'],
    escalate: false,
  },
  { question: 'me and my twin both want to learn — any discount if we book together?', unknown: true, escalate: false },
  { question: 'can my dad come along on one of my lessons to see how im getting on', facts: ['in the back'], escalate: false },
  { question: 'Any deals for someone just starting out?', facts: ['£60'], escalate: false },
  { question: 'Do you do trailer towing lessons? Need it for pulling a horsebox', unknown: true, escalate: false },
  { question: "What happens to my lesson if it's icy and snowing that morning?", facts: ['no charge'], escalate: false },
  {
    question: "I've got 4 hrs left on my manual block but I keep stalling and want to swap to the automatic. Can I, and will I have to pay more?",
    facts: ['£3 per hour'],
    escalate: false,
  },
  { question: 'do the cars have air con? my lessons are in july', unknown: true, escalate: false },
  {
    question: 'how long is the bit of the test where they stop telling you where to turn and you just drive?',
    facts: ['20 minutes'],
    escalate: false,
  },
];

// ---------------------------------------------------------------------------------------------
// The Copper Kettle B&B
// ---------------------------------------------------------------------------------------------

export const KETTLE_CONTEXT =
  'The Copper Kettle B&B is a family-run bed and breakfast with five en-suite rooms at 3 Mill Lane, Kettleby, North Yorkshire, YO62 5TQ, on the edge of the North York Moors. Phone 01439 770 215 or email stay@copperkettlebandb.co.uk. Hosts are Jenny and Mark Ashworth.';

export const KETTLE_RULES: string[] = [
  'Group bookings (3 or more rooms, or the whole house) - pass to Jenny, dont quote a price',
  'Any complaint about a stay - cleanliness, noise, the room, anything - hand over to a person',
  'refund or compensation requests go to us (Jenny or Mark)',
  "If a guest is at the door and can't get in (key safe not working, locked out etc) hand over straight away!!",
];

export const KETTLE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our Rooms & Prices',
    category: 'Rooms',
    content: `# Our Rooms & Prices

We have five en-suite bedrooms. All prices are **per room, per night, including breakfast for two** (breakfast for one in the Snug).

## The rooms
- **Garden Room** — double bed, ground floor, walk-in shower, French doors to the garden. Dog friendly.
- **Blossom Room** — king-size bed, roll-top bath and separate shower, views over the dale.
- **Willow Room** — twin beds (can be zipped together into a super king), shower. Dog friendly.
- **Attic Suite** — super king bed plus a sofa bed in the sitting area; sleeps up to 4. Bath with shower over.
- **The Snug** — single room with shower, ideal for solo walkers.

## Prices by season

| Room | Low season | Mid season | High season |
|---|---|---|---|
| Garden Room | £95 | £110 | £125 |
| Blossom Room | £105 | £120 | £140 |
| Willow Room | £90 | £105 | £120 |
| Attic Suite | £130 | £150 | £175 |
| The Snug | £65 | £75 | £85 |

- **Low season:** November to March (except 20 December – 2 January)
- **Mid season:** April to June, September and October
- **High season:** July, August, and 20 December – 2 January

## Good to know
- **Single occupancy** of a double or twin room is £15 less per night.
- **Extra guests** on the Attic Suite sofa bed are £20 per person per night, including breakfast.
- In high season there is a **minimum stay** of 2 nights for any booking that includes a Friday or Saturday night.
- Every room has a TV, a hairdryer, and a tea and coffee tray with Jenny's homemade shortbread.`,
  },
  {
    title: 'Breakfast',
    category: 'Food',
    content: `# Breakfast

Breakfast is included in every stay and served in our dining room overlooking the garden.

## Times

| Day | Served |
|---|---|
| Monday – Friday | 8:00am – 9:30am |
| Saturday & Sunday | 8:30am – 10:00am |

Heading out early? Let us know the night before and we'll leave you an **early breakfast tray** (cereal, yoghurt, fruit, pastries and a flask of coffee) from 7am.

## The menu
Please fill in the order card in your room and leave it on the hall table by 9pm the night before.

- **Full Yorkshire breakfast** — dry-cured bacon, pork sausage from Thompson's butchers in Helmsley, free-range eggs from Holly Farm down the lane, black pudding, mushrooms, tomato and beans
- **Vegetarian full breakfast** — veggie sausages, halloumi, eggs, mushrooms, tomato and beans
- **Vegan breakfast** — tofu scramble, vegan sausages, mushrooms, tomato, beans and toast
- Smoked kippers with brown bread and butter
- Porridge with cream and local honey
- Eggs any way on toast

Always on the side table: Jenny's homemade granola, fresh fruit, yoghurt, juices, toast and homemade marmalade.

## Dietary needs
We always have gluten-free bread and oat milk. Please tell us about any dietary requirements when you book.

## Packed lunches
We can make a packed lunch for **£8.50** per person: a sandwich, fruit, crisps and a slice of cake. Please order by 6pm the day before.`,
  },
  {
    title: 'Arriving & Leaving',
    category: 'Your Stay',
    content: `# Arriving & Leaving

## Check-in
Check-in is from **3pm to 8pm**. If your room is ready early, you're welcome to check in from 1pm at no extra cost — give us a ring on the morning of your arrival and we'll let you know.

You can drop your bags and park from 11am, even if your room isn't ready, and head out for a walk.

## Arriving after 8pm
No problem — just let us know your rough arrival time. We'll text you the code for the **key safe** by the front door on the day you arrive. Your room key and a welcome note will be inside.

## During your stay
- The front door is locked at **11pm**. Your room key also opens the front door, so you can come and go as you like.
- Rooms are serviced daily between 10:30am and 1pm. Hang the "do not disturb" sign on your door if you'd rather we didn't come in.

## Check-out
Check-out is by **10:30am**. Please leave your key in the box on the hall table.

## Luggage
After you check out, you can leave your luggage in the boot room until **4pm** — perfect if you want one last walk or a look round Helmsley.

## Paying
The balance of your stay is paid on arrival (see *Booking, Deposits & Cancellation*).`,
  },
  {
    title: 'Bringing Your Dog',
    category: 'Your Stay',
    content: `# Bringing Your Dog

We love dogs (we have a Labrador called Biscuit), and well-behaved dogs are welcome in two of our rooms.

## Which rooms?
Dogs can stay in the **Garden Room** and the **Willow Room** only. The Garden Room has French doors straight onto the garden, which makes early-morning trips outside easy.

## The details
- Maximum of **2 dogs** per room.
- **£15 per dog per stay** (not per night).
- Please let us know you're bringing a dog when you book.
- Dogs mustn't be left alone in the room for more than 2 hours, and not at all if they bark.
- No dogs on the beds or sofas, please — we provide a dog bed.

## What we provide
A dog bed, food and water bowls, poo bags, an old towel for muddy paws, and a jar of dog treats.

## Breakfast time
Dogs aren't allowed in the dining room for hygiene reasons. Your dog is welcome to wait in the **conservatory** next door, where you can see them from your table, or to stay quietly in your room.

## Walks
There's a field behind the house where dogs can be let off the lead (please pick up after them). The riverside path from the bottom of Mill Lane is a lovely 40-minute loop.

## Assistance dogs
Assistance dogs are welcome in all rooms and there is no charge.`,
  },
  {
    title: 'Parking & Getting Here',
    category: 'Getting Here',
    content: `# Parking & Getting Here

## Parking
We have **4 parking spaces on our driveway**, free of charge for guests. They're first come, first served. If the driveway is full, there's free on-street parking on Mill Lane right outside — it's quiet and the neighbours don't mind.

The driveway is gravel and slopes slightly; owners of low sports cars sometimes prefer the lane.

## By car
From the A170, turn off at the sign for Kettleby, go through the village past the green and The Plough, and take the second left onto Mill Lane. We're the stone house with the copper kettle hanging by the gate. Sat navs using YO62 5TQ sometimes send you up the farm track — ignore it and stay on Mill Lane.

## By train
The nearest station is **Malton**, 11 miles away, with trains from York (about 25 minutes). From Malton, a taxi costs about **£25**. We recommend Kettleby Cabs (01439 770 880) — book ahead, especially on Sundays.

## By bus
The **128 bus** between Helmsley and Scarborough stops on the village green, a 3-minute walk from our door. It runs roughly every 2 hours.

## Arriving on foot
The Cleveland Way passes 2 miles north of the village, and lots of our guests arrive on foot. If you're walking a section of the route, we're happy to keep your car here for the length of your stay.`,
  },
  {
    title: 'Booking, Deposits & Cancellation',
    category: 'Booking',
    content: `# Booking, Deposits & Cancellation

## How to book
Book online through our website, call us on 01439 770 215, or email stay@copperkettlebandb.co.uk. We reply to emails within 24 hours.

## Deposit and payment
- A deposit of **25%** of the total stay is taken when you book.
- The balance is paid on arrival.
- We accept Visa, Mastercard and cash.

## Cancellation policy

| When you cancel | What happens |
|---|---|
| 14 days or more before arrival | Deposit refunded in full |
| 7–13 days before arrival | Deposit is non-refundable |
| Less than 7 days before, or no-show | 50% of the total stay is charged |

If we manage to re-let your room, we'll refund any charge beyond the deposit.

## Changing your dates
You can move your booking to new dates free of charge once, as long as you tell us at least **14 days** before arrival and the new dates are within 12 months. After that, changes are treated as a cancellation.

## Leaving early
If you leave before the end of your booking, the full stay is charged.

## Travel insurance
We strongly recommend travel insurance that covers cancellation, especially for longer stays and Christmas bookings.

## Gift vouchers
Gift vouchers are available for any amount and are valid for 12 months. Call us to buy one.`,
  },
  {
    title: 'Things to Do Nearby',
    category: 'Local Area',
    content: `# Things to Do Nearby

Kettleby is a small village on the edge of the North York Moors. Here are our favourites.

## Eating out
- **The Plough**, Kettleby — 5 minutes' walk. Proper pub food, served until 9pm. Booking advised on Friday and Saturday nights (01439 770 301).
- **The Black Swan**, Helmsley — 4 miles. Smarter; great for a special occasion.
- **Hartley's Fish & Chips**, Helmsley — takeaway, closed Mondays.

## Village shop
Kettleby Stores sells the basics, newspapers, local cheese and ice cream. Open **8am – 6pm** Monday to Saturday and 8am – **1pm** on Sundays.

## Places to visit

| Place | Distance |
|---|---|
| Helmsley (market town, castle, walled garden) | 4 miles |
| Rievaulx Abbey | 6 miles |
| Castle Howard | 12 miles |
| Whitby | 35 miles |

## Walking
We have Ordnance Survey maps (OL26) and walking guides you can borrow from the sitting room. Our favourite walks:
- The riverside loop from Mill Lane (40 minutes, flat)
- Kettleby to Rievaulx Abbey across the fields (about 7 miles there and back)
- The Cleveland Way from Helmsley

## Rainy days
Ryedale Folk Museum (9 miles) and the little cinema in Helmsley are good bets. We also have board games and jigsaws in the sitting room.`,
  },
  {
    title: 'Accessibility',
    category: 'Your Stay',
    content: `# Accessibility

The Copper Kettle is a 200-year-old stone house, so not everything is step-free, but we've done what we can. If you have any questions, please call Jenny before booking and we'll talk it through honestly.

## Ground-floor room
The **Garden Room** is on the ground floor, with level access from the driveway through its own French doors.
- Door width: 85cm
- Walk-in shower with grab rails and a fold-down shower seat
- Raised toilet seat available on request
- Bed height 55cm, with space on both sides

## Upstairs rooms
The Blossom Room, Willow Room, Snug and Attic Suite are up a traditional staircase with 14 steps; the Attic Suite has a further 8 steep steps. There is **no lift**.

## Dining room
There is one 10cm step into the dining room. We have a portable **ramp** for wheelchair users — just ask.

## Hearing and sight
- A **vibrating pillow** fire alarm is available for guests who are deaf or hard of hearing. Please ask when booking.
- Large-print breakfast menus are available.

## Parking
The driveway space nearest the Garden Room can be reserved for guests with a Blue Badge.

## Assistance dogs
Assistance dogs are welcome in all rooms, free of charge.`,
  },
  {
    title: 'Frequently Asked Questions',
    category: 'FAQ',
    content: `# Frequently Asked Questions

**Is there Wi-Fi?**
Yes, free Wi-Fi throughout the house. The password is on the card in your room. The signal is **weaker in the Attic Suite** because of the thick stone walls — it's fine for messages but can struggle with video calls.

**Are children welcome?**
Yes, children of all ages are welcome. Babies **under 2 stay free**, and we can provide a travel cot and high chair at no charge. Older children can sleep on the sofa bed in the Attic Suite (£20 per night including breakfast).

**Can I smoke?**
No. The Copper Kettle is entirely **non-smoking**, including e-cigarettes and vapes. You're welcome to smoke in the front garden, away from the windows.

**Do you provide towels?**
Yes, bath and hand towels are provided. Walkers can borrow an extra towel and use the boot room to dry wet gear.

**Is there anywhere to dry boots and coats?**
Yes, the boot room by the back door has a heated rack.

**Are you open at Christmas?**
Yes, we're open over Christmas and New Year (high season prices apply — see *Our Rooms & Prices*). A special Christmas Day breakfast with Buck's Fizz is included.

**Can we have friends round?**
Guests' visitors are welcome in the sitting room until 9pm.

**Is there a TV?**
Every room has a Freeview TV.`,
  },
];

export const KETTLE_DEV: EvalCase[] = [
  {
    question: 'How much is the downstairs room with the walk-in shower if we come in August?',
    facts: ['£125'],
    escalate: false,
  },
  { question: "Can I bring my cat? She's very chilled and travels well", unknown: true, escalate: false },
  {
    question: "Travelling solo in February to do some walking — what's your cheapest room and how much is it a night?",
    facts: ['Snug', '£65'],
    escalate: false,
  },
  {
    question: "We're a family of four, the kids are 6 and 9. Which room could we all fit in, and what does it cost in May?",
    facts: ['Attic Suite', '£150'],
    escalate: false,
  },
  { question: 'wat time is brekkie on a sunday', facts: ['8:30'], escalate: false },
  { question: 'do you have a charger for electric cars on the drive?', unknown: true, escalate: false },
  {
    question: "We're setting off up the moors at first light. Any way of getting something to eat before you normally serve?",
    facts: ['7am'],
    escalate: false,
  },
  { question: 'Could you do us some sandwiches to take out on our walk? How much?', facts: ['£8.50'], escalate: false },
  {
    question: 'Just got back from 3 nights in the Blossom Room. Honestly the bathroom was not clean when we arrived — hair in the bath and the bin still full. I would like someone to get in touch with me about this.',
    escalate: true,
  },
  { question: "I'm vegan — is there a cooked option at breakfast or is it just toast for me?", facts: ['tofu scramble'], escalate: false },
  { question: 'Is there a hot tub or any kind of spa?', unknown: true, escalate: false },
  {
    question: "What's the earliest we can get into our room on the day we arrive?",
    facts: ['1pm'],
    escalate: false,
  },
  {
    question: "We're driving up after work on Friday and won't get to you till around 10pm. Is that too late to check in?",
    facts: ['key safe'],
    escalate: false,
  },
  { question: 'Is your breakfast meat halal?', unknown: true, escalate: false },
  { question: 'what time do we need to be out of the room on the last day', facts: ['10:30'], escalate: false },
  {
    question: 'Can we leave our cases somewhere after we check out? Want a last wander round Helmsley before the drive home',
    facts: ['4pm'],
    escalate: false,
  },
  { question: 'Do the rooms have a hearing loop? I wear hearing aids', unknown: true, escalate: false },
  {
    question: 'bringing our spaniel — which rooms can he go in and is there an extra charge?',
    facts: ['Garden Room', '£15'],
    escalate: false,
  },
  { question: 'Can our dog sit with us while we have breakfast?', facts: ['conservatory'], escalate: false },
  {
    question: 'Can we pay a bit extra to keep the room until 1pm on our last day?',
    unknown: true,
    escalate: false,
  },
  { question: 'Is there somewhere to leave the car? Do we have to pay for it?', facts: ['driveway'], escalate: false },
  {
    question: "It's 10:15pm, pouring with rain, we're standing at your front door and the code you texted us doesn't open the key box. Please help!!",
    escalate: true,
  },
  {
    question: "It's just me staying in the king room for two nights in October. Do I get a cheaper rate being on my own?",
    facts: ['£15'],
    escalate: false,
  },
  { question: "we don't drive — is there any public transport that gets near you?", facts: ['128'], escalate: false },
  { question: 'Is there a fridge in the room? I need to keep my insulin cold', unknown: true, escalate: false },
  { question: 'How much do I have to pay when I book?', facts: ['25%'], escalate: false },
  {
    question: "What's your policy if we had to cancel about 10 days before we're due to arrive?",
    facts: ['non-refundable'],
    escalate: false,
  },
  { question: 'Will The Plough let our dog in with us for dinner?', unknown: true, escalate: false },
  {
    question: 'Can we move our stay to different dates if something comes up? How much notice do you need?',
    facts: ['14 days'],
    escalate: false,
  },
  { question: 'anywhere we can walk to for a meal in the evening?', facts: ['The Plough'], escalate: false },
  {
    question: "Do you do afternoon tea? Would love to book it for my mum's birthday",
    unknown: true,
    escalate: false,
  },
  {
    question: "My mum uses a walking frame and can't manage stairs. Have you got a room that would work for her?",
    facts: ['Garden Room'],
    escalate: false,
  },
  {
    question: 'I have a bad knee — how many stairs are there up to the bedrooms?',
    facts: ['14 steps'],
    escalate: false,
  },
  {
    question: "We're cycling across the moors — is there a lockable shed or somewhere safe for our bikes overnight?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Travelling with our 1 year old. Have you got a cot, and do we have to pay for her?',
    facts: ['travel cot'],
    escalate: false,
  },
  { question: 'How far is the old ruined abbey everyone goes to?', facts: ['Rievaulx', '6 miles'], escalate: false },
  { question: 'does the 128 run on sundays?', unknown: true, escalate: false },
  {
    question: "I'm a bit deaf and worried I won't hear the smoke alarm if it goes off in the night",
    facts: ['vibrating pillow'],
    escalate: false,
  },
  { question: 'Do you do a discount for NHS staff?', unknown: true, escalate: false },
  {
    question: 'what time do u lock up at night? we might be late back from the pub',
    facts: ['11pm'],
    escalate: false,
  },
];
