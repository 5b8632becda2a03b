/**
 * Dev business for round 3 of issue 13 (tuned on, misses printed), written after the first
 * round-3 changes, so its first figure is a fresh check of them: Ironworks Gym, a fictional
 * independent gym. Help pages with headings, lists and a price table; paraphrased questions,
 * "who" questions, list questions and questions the pages do not answer.
 */
import type { EvalCase } from './cases.ts';

export const IRONWORKS_CONTEXT =
  'Ironworks Gym is an independent 24-hour gym in Sheffield city centre, at 14 Cutlers Walk. Staffed hours are 7am to 9pm on weekdays and 9am to 5pm at weekends. Email hello@ironworksgym.co.uk.';

export const IRONWORKS_RULES = ['injuries at the gym', 'harassment by another member', 'payments taken after cancelling'];

export const IRONWORKS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Memberships and prices',
    category: 'Membership',
    content: `# Memberships and prices

| Membership | Monthly | Notes |
|---|---|---|
| Off-peak | £19 | Weekdays 10am to 4pm and weekends |
| Anytime | £29 | 24/7 access |
| Student | £22 | Anytime access, valid student card needed |

There is a one-off joining fee of £15. Day passes cost £8.`,
  },
  {
    title: 'Contracts and cancelling',
    category: 'Membership',
    content: `# Contracts and cancelling

All memberships are rolling monthly with no minimum term.
To cancel, give one month's notice from the Members area of the app or at reception.
You can freeze your membership for up to 3 months a year for £5 a month, for example if you are injured or travelling.`,
  },
  {
    title: 'Getting in',
    category: 'Using the gym',
    content: `# Getting in

Members get in with a PIN code sent by text when they join. Enter it at the front door keypad.
Your PIN works only for you: tailgating or letting friends in leads to a membership ban.
Guests can visit with a day pass during staffed hours.`,
  },
  {
    title: 'Classes',
    category: 'Classes',
    content: `# Classes

Classes are included in Anytime and Student memberships. Off-peak members pay £4 a class.
We run:
- Spin
- HIIT
- Yoga
- Kettlebells
- Boxing fitness

Book up to 7 days ahead in the app. If you cancel less than 2 hours before a class, you are charged £3.`,
  },
  {
    title: 'Personal training',
    category: 'Coaching',
    content: `# Personal training

Our head coach, Marcus Reid, matches you with one of our six personal trainers.
Sessions cost £35 for an hour or £160 for a block of five.
Every new member gets a free 30-minute induction with a trainer.`,
  },
  {
    title: 'Lockers and showers',
    category: 'Facilities',
    content: `# Lockers and showers

Lockers are free to use while you train; bring your own padlock.
Anything left in a locker overnight is removed and kept at reception for 14 days.
Showers and hairdryers are in both changing rooms. Towels are not provided.`,
  },
  {
    title: 'Age rules',
    category: 'Membership',
    content: `# Age rules

Members must be 16 or over. 16 and 17 year olds can only train during staffed hours and need a parent's consent form.`,
  },
  {
    title: 'Parking and getting here',
    category: 'About',
    content: `# Parking and getting here

We have no car park of our own. The Q-Park on Rockingham Street is a 3-minute walk and gives members 3 hours for £2.50.
The Cathedral tram stop is 5 minutes away.`,
  },
];

export const IRONWORKS_DEV: EvalCase[] = [
  { question: 'How much is the cheapest membership?', facts: ['£19'], escalate: false },
  { question: 'What does a student membership cost?', facts: ['£22'], escalate: false },
  { question: 'Is there a sign-up fee?', facts: ['£15'], escalate: false },
  { question: 'Can I just come for one day?', facts: ['£8'], escalate: false },
  { question: 'Am I tied into a contract?', facts: ['no minimum term'], escalate: false },
  { question: 'How much notice do I need to give to leave?', facts: ["one month's notice"], escalate: false },
  { question: 'Can I pause my membership while I recover from an injury?', facts: ['3 months'], escalate: false },
  { question: 'How do I get into the building?', facts: ['PIN code'], escalate: false },
  { question: 'Can I let my mate in on my code?', facts: ['membership ban'], escalate: false },
  { question: 'Can I bring a friend?', facts: ['day pass'], escalate: false },
  { question: 'Do off-peak members pay for classes?', facts: ['£4'], escalate: false },
  { question: 'What classes do you run?', facts: ['Spin', 'Yoga', 'Boxing fitness'], escalate: false },
  { question: 'How far in advance can I book a class?', facts: ['7 days'], escalate: false },
  { question: 'What happens if I cancel a class last minute?', facts: ['£3'], escalate: false },
  { question: 'Who will be my personal trainer?', facts: ['Marcus Reid'], escalate: false },
  { question: 'How much is a PT session?', facts: ['£35'], escalate: false },
  { question: 'Do I get an induction?', facts: ['30-minute induction'], escalate: false },
  { question: 'Do I need to pay for a locker?', facts: ['free to use'], escalate: false },
  { question: 'What happens to things left in lockers overnight?', facts: ['14 days'], escalate: false },
  { question: 'Do you give out towels?', facts: ['not provided'], escalate: false },
  { question: 'Can my 16 year old son join?', facts: ["parent's consent"], escalate: false },
  { question: 'Where can I park?', facts: ['Q-Park'], escalate: false },
  { question: 'What is the nearest tram stop?', facts: ['Cathedral'], escalate: false },
  { question: 'When is the gym staffed?', facts: ['7am to 9pm'], escalate: false },
  { question: 'Do you have a swimming pool?', unknown: true, escalate: false },
  { question: 'Is there a sauna?', unknown: true, escalate: false },
  { question: 'Do you offer corporate discounts?', unknown: true, escalate: false },
  { question: 'Can I pay annually?', unknown: true, escalate: false },
  { question: 'Who owns the gym?', unknown: true, escalate: false },
  { question: 'Do you sell protein shakes?', unknown: true, escalate: false },
];
