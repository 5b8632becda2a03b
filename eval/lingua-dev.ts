/**
 * A second round-2 DEV business (tuned on, misses printed): Lingua House, a fictional language
 * school with classes in person and online. Written like a real school's FAQ pages.
 */
import type { EvalCase } from './cases.ts';

export const LINGUA_CONTEXT =
  'Lingua House is a language school in Dublin, Ireland, teaching Spanish, French, German and Italian to adults since 2009. Email: hello@linguahouse.ie.';

export const LINGUA_RULES = ['complaints about a teacher', 'refund requests over €300'];

export const LINGUA_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Course fees',
    category: 'Fees',
    content: `# Course fees

| Course | Length | Fee |
|---|---|---|
| Evening group course | 10 weeks, 2 hours a week | €290 |
| Intensive summer course | 2 weeks, 3 hours a day | €450 |
| Private lessons | per hour | €55 |

Course books are included in the fee. Students and over-65s get 10% off group courses.`,
  },
  {
    title: 'Which level am I?',
    category: 'Getting started',
    content: `# Which level am I?
Take our free 20-minute online placement test before you enrol.
If you have never studied the language, choose a Beginner A1 course; you do not need the test.
Teachers can move you up or down a level in the first two weeks.`,
  },
  {
    title: 'Enrolment and payment',
    category: 'Fees',
    content: `# Enrolment and payment
Enrol online or at reception. A place is only held once the fee is paid in full.
You can pay by card or bank transfer. Companies can ask for an invoice to pay within 30 days.
Groups run with at least 5 students; if a course does not run, you get a full refund.`,
  },
  {
    title: 'Cancellations and refunds',
    category: 'Fees',
    content: `# Cancellations and refunds
- More than 14 days before the course starts: full refund minus a €30 admin fee.
- Less than 14 days before: 50% refund.
- After the course has started: no refund, but you can transfer to a later course once.`,
  },
  {
    title: 'Missed classes',
    category: 'During your course',
    content: `# Missed classes
If you miss a class, the teacher posts the notes and homework on the student portal.
Missed group classes cannot be made up or refunded. Private lessons cancelled with less than 24 hours' notice are charged in full.`,
  },
  {
    title: 'Online classes',
    category: 'During your course',
    content: `# Online classes
Online classes run live on Zoom at the same times as the classroom courses.
You need a computer or tablet with a camera and headphones. Classes are not recorded.`,
  },
  {
    title: 'Certificates and exams',
    category: 'During your course',
    content: `# Certificates and exams
Every student who attends at least 80% of classes gets a certificate of attendance.
We are an exam centre for DELE (Spanish) and DELF (French). Exam fees are paid separately to the exam board.`,
  },
  {
    title: 'Finding us',
    category: 'Visiting',
    content: `# Finding us
Lingua House is at 12 Dawson Street, Dublin 2, a 5-minute walk from St Stephen's Green.
Reception is open Monday to Friday, 9am to 8pm. There is no parking at the school; the nearest car park is on Drury Street.`,
  },
];

export const LINGUA_DEV: EvalCase[] = [
  { question: 'How much is the evening course?', facts: ['€290'], escalate: false },
  { question: 'Do I have to buy the textbook?', facts: ['included in the fee'], escalate: false },
  { question: 'Is there a reduction for pensioners?', facts: ['10% off'], escalate: false },
  { question: "What's the price of one-to-one lessons?", facts: ['€55'], escalate: false },
  { question: 'How do I know which class to join?', facts: ['placement test'], escalate: false },
  { question: "I've never learned French, do I need the test?", facts: ['do not need the test'], escalate: false },
  { question: 'Can I change level if my class is too easy?', facts: ['first two weeks'], escalate: false },
  { question: 'Is my place confirmed when I sign up?', facts: ['paid in full'], escalate: false },
  { question: 'Can my employer pay by invoice?', facts: ['invoice'], escalate: false },
  { question: 'What if not enough people sign up?', facts: ['full refund'], escalate: false },
  { question: 'I need to cancel a month before my course starts, do I get my money back?', facts: ['€30'], escalate: false },
  { question: 'Can I get a refund after the course has begun?', facts: ['no refund'], escalate: false },
  { question: "I'll miss next Tuesday's class, what happens?", facts: ['student portal'], escalate: false },
  { question: 'Can I cancel my private lesson tomorrow morning?', facts: ['24 hours'], escalate: false },
  { question: 'Are the online lessons recorded?', facts: ['not recorded'], escalate: false },
  { question: 'What do I need for the online classes?', facts: ['camera'], escalate: false },
  { question: 'Do I get a certificate at the end?', facts: ['80%'], escalate: false },
  { question: 'Can I sit the DELE exam with you?', facts: ['DELE'], escalate: false },
  { question: 'Where is the school?', facts: ['12 Dawson Street'], escalate: false },
  { question: 'Where can I leave my car?', facts: ['Drury Street'], escalate: false },
  { question: 'When is reception open?', facts: ['9am to 8pm'], escalate: false },
  { question: 'Which languages do you teach?', facts: ['Spanish, French, German and Italian'], escalate: false },
  { question: 'Do you teach Japanese?', unknown: true, escalate: false },
  { question: 'Do you offer courses for children?', unknown: true, escalate: false },
  { question: 'Can my dog come to class?', unknown: true, escalate: false },
  { question: 'Is there a student discount on my private lessons?', unknown: true, escalate: false },
  { question: 'Can you help me find accommodation in Dublin?', unknown: true, escalate: false },
  { question: 'Do you have a café at the school?', unknown: true, escalate: false },
  { question: 'Can I pay my course fee in instalments?', unknown: true, escalate: false },
  { question: 'Who is my teacher going to be?', unknown: true, escalate: false },
];
