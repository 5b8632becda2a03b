/**
 * Held-out business written BEFORE round-5 changes (issue 13) and never tuned on: Greenlane
 * Driving School, a fictional independent driving school (manual and automatic lessons,
 * intensive courses, theory and practical tests). A trade unlike every other eval business.
 * Articles are written like a small business's help pages (headings, lists, a price table,
 * FAQ); the questions are paraphrased the way customers ask. Eleven of the 36 are plausible
 * questions the pages do NOT answer, sharing generic words with them ("discount", "pay",
 * "licence", "office", "cars", "lessons"), so that the "don't know" figure means something.
 * Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const GREENLANE_CONTEXT =
  'Greenlane Driving School is an independent driving school in Norwich, teaching manual and automatic lessons across Norwich and the villages around it. Office phone 01603 555 218, email hello@greenlanedriving.co.uk. The office is open Monday to Saturday, 9am to 6pm.';

export const GREENLANE_RULES = ['an accident or a collision during a lesson', 'complaints about an instructor', 'a refund request over £200'];

export const GREENLANE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Lesson prices',
    category: 'Prices',
    content: `# Lesson prices

| Lesson | Price |
|---|---|
| Single 1-hour lesson, manual | £38 |
| Single 1-hour lesson, automatic | £42 |
| 2-hour lesson, manual | £74 |
| Block of 10 hours, manual | £350 |
| Block of 10 hours, automatic | £390 |

New pupils get their first two hours for £50.
Block bookings must be used within 6 months of purchase.`,
  },
  {
    title: 'Booking and cancelling lessons',
    category: 'Lessons',
    content: `# Booking and cancelling lessons

Book your lessons in the Greenlane app or by calling the office. Lessons run from 7am to 8pm, Monday to Saturday.
Your instructor picks you up from home, school, college or work, as long as it is inside our area.

To move or cancel a lesson, give us at least 48 hours' notice. With less notice, the full lesson fee is charged.
If your instructor has to cancel, your next lesson is free.`,
  },
  {
    title: 'Our instructors and cars',
    category: 'About us',
    content: `# Our instructors and cars

All 14 of our instructors are DVSA-approved driving instructors (ADIs), and most have more than 10 years' experience.
We have 4 female instructors; ask for one when you book.
We teach in Ford Fiestas (manual) and Toyota Yaris hybrids (automatic), all fitted with dual controls.
If you do not get on with your instructor, we will move you to another one free of charge.`,
  },
  {
    title: 'The theory test',
    category: 'Tests',
    content: `# The theory test

You must pass the theory test before you can book your practical test. You can take it from the age of 17.
The test costs £23 and is booked with the DVSA, not with us.
It has two parts: 50 multiple-choice questions, of which you need 43 right to pass, and the hazard perception clips.
Every pupil gets free access to our online theory revision course.`,
  },
  {
    title: 'The practical driving test',
    category: 'Tests',
    content: `# The practical driving test

The test lasts about 40 minutes, including around 20 minutes of independent driving following a sat nav or road signs.
You can take the test in your instructor's car. We charge £110 for the car, which includes a one-hour lesson just before the test.
Our first-time pass rate last year was 61%.
If you fail, you can book another test after 10 working days.`,
  },
  {
    title: 'Intensive courses',
    category: 'Lessons',
    content: `# Intensive courses

Our intensive courses fit all your lessons into one or two weeks and finish with a practical test.

Courses:
- Beginner course: 40 hours, £1,450
- Some experience: 25 hours, £925
- Refresher course: 10 hours, £370

A £200 deposit secures your course dates; the rest is due 14 days before the start.
Test dates depend on DVSA availability and cannot be guaranteed.`,
  },
  {
    title: 'Pass Plus and motorway lessons',
    category: 'Lessons',
    content: `# Pass Plus and motorway lessons

Pass Plus is a 6-hour course for newly qualified drivers covering motorways, night driving, rural roads and bad weather.
It costs £210, and some insurers give a discount on your first policy once you complete it.
Learners can have motorway lessons with us in a dual-control car, starting on the A11 and A47 dual carriageways.`,
  },
  {
    title: 'Paying for lessons',
    category: 'Prices',
    content: `# Paying for lessons

Pay in the Greenlane app by card, by bank transfer, or in cash to your instructor at the start of the lesson.
Instructors cannot take card payments in the car.
If you stop your lessons, unused hours from a block booking are refunded, minus a £25 admin fee.`,
  },
  {
    title: 'Areas we cover',
    category: 'About us',
    content: `# Areas we cover

We teach across Norwich and the villages within 8 miles of the city centre, including Wymondham, Hethersett and Drayton.
We can pick you up outside that area for an extra £5 per lesson, up to 15 miles out.
Our pupils take their practical test at the Norwich (Peachman Way) test centre.`,
  },
  {
    title: 'FAQ',
    category: 'Help',
    content: `# Frequently asked questions

**How old do I have to be to start lessons?**
You can start on your 17th birthday, once you hold a provisional licence.

**Can I learn with a disability?**
Yes. Two of our instructors are trained to teach disabled pupils, and we have an automatic car with a steering ball.

**Can a parent come along in the car?**
Yes, a parent can sit in the back during a lesson if you and your instructor agree.

**Who founded Greenlane?**
Greenlane was set up in 2006 by Priya Shah, a former DVSA examiner.`,
  },
];

export const GREENLANE_HELD_OUT: EvalCase[] = [
  { question: 'How much is a one-hour lesson in a manual car?', facts: ['£38'], escalate: false },
  { question: 'Are automatic lessons more expensive?', facts: ['£42'], escalate: false },
  { question: 'Is there a special offer for new learners?', facts: ['£50'], escalate: false },
  { question: 'How long do I have to use up a block of lessons?', facts: ['6 months'], escalate: false },
  { question: 'How do I book a lesson?', facts: ['Greenlane app'], escalate: false },
  { question: 'What is the earliest a lesson can start?', facts: ['7am'], escalate: false },
  { question: 'Can the instructor collect me from college?', facts: ['college'], escalate: false },
  { question: 'How much notice do I need to give to cancel a lesson?', facts: ['48 hours'], escalate: false },
  { question: 'What happens if my instructor cancels on me?', facts: ['next lesson is free'], escalate: false },
  { question: 'Can I ask for a woman instructor?', facts: ['female instructors'], escalate: false },
  { question: 'What car will I be learning in?', facts: ['Ford Fiesta'], escalate: false },
  { question: 'How old do I need to be to sit the theory test?', facts: ['17'], escalate: false },
  { question: 'How much does the theory test cost?', facts: ['£23'], escalate: false },
  { question: 'How many questions do I need to get right to pass the theory?', facts: ['43'], escalate: false },
  { question: 'How long is the driving test?', facts: ['40 minutes'], escalate: false },
  { question: 'Can I use your car for my test, and what does that cost?', facts: ['£110'], escalate: false },
  { question: 'What is your pass rate?', facts: ['61%'], escalate: false },
  { question: 'How much is an intensive course for a complete beginner?', facts: ['£1,450'], escalate: false },
  { question: 'What deposit do I pay to book an intensive course?', facts: ['£200'], escalate: false },
  { question: 'Do you guarantee a test date at the end of an intensive course?', facts: ['cannot be guaranteed'], escalate: false },
  { question: 'How much does Pass Plus cost?', facts: ['£210'], escalate: false },
  { question: 'Can I pay my instructor in cash?', facts: ['cash'], escalate: false },
  { question: 'Do I get my money back for block hours I have not used?', facts: ['£25'], escalate: false },
  { question: 'Do you teach in Wymondham?', facts: ['Wymondham'], escalate: false },
  { question: 'I use a wheelchair, can I still learn to drive with you?', facts: ['steering ball'], escalate: false },
  { question: 'Who started the driving school?', facts: ['Priya Shah'], escalate: false },
  { question: 'Do you sell gift vouchers for driving lessons?', unknown: true, escalate: false },
  { question: 'Do you teach motorbike lessons?', unknown: true, escalate: false },
  { question: 'Can I have lessons in a van or a lorry?', unknown: true, escalate: false },
  { question: 'What is your VAT number?', unknown: true, escalate: false },
  { question: 'Is there a discount for students?', unknown: true, escalate: false },
  { question: 'Can I pay for an intensive course in monthly instalments?', unknown: true, escalate: false },
  { question: 'Do any of your instructors teach in Polish?', unknown: true, escalate: false },
  { question: 'What insurance do I need to practise in my dad\'s car?', unknown: true, escalate: false },
  { question: 'Can you help me exchange my foreign driving licence?', unknown: true, escalate: false },
  { question: 'Is there parking at your office?', unknown: true, escalate: false },
  { question: 'Do your cars have dashcams fitted?', unknown: true, escalate: false },
];
