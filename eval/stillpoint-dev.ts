/**
 * Dev business for round 4 (issue 13): Still Point Yoga, a fictional yoga and pilates studio.
 * Written after the first round-4 changes (the answer gate), scored once as it stood, then
 * used as dev data: its questions are labels the answer gate is fitted on (eval/fit-gate.ts).
 */
import type { EvalCase } from './cases.ts';

export const STILLPOINT_CONTEXT =
  'Still Point Yoga is an independent yoga and pilates studio on Gloucester Road, Bristol. Email hello@stillpointyoga.co.uk, phone 0117 555 0923. The front desk is staffed from 30 minutes before the first class until the last class ends.';

export const STILLPOINT_RULES = ['an injury during a class', 'complaints about a teacher', 'payments taken after a membership was cancelled'];

export const STILLPOINT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Class passes and memberships',
    category: 'Prices',
    content: `# Class passes and memberships

| Option | Price |
|---|---|
| Drop-in class | £14 |
| 10-class pass (valid 4 months) | £115 |
| Unlimited monthly membership | £89 a month |
| Intro offer: 2 weeks unlimited | £30 |

The intro offer is for first-time visitors only and can be used once.
Students and over-65s get 20% off passes and memberships with valid ID.`,
  },
  {
    title: 'Booking and cancelling classes',
    category: 'Booking',
    content: `# Booking and cancelling classes

Book classes in the Still Point app or on our website up to 14 days ahead.
Cancel at least 12 hours before the class and the credit goes back on your pass.
Late cancellations and no-shows lose the class credit; members are charged a £5 late fee.
If a class is full, join the waiting list: we text you if a space opens up.`,
  },
  {
    title: 'Our classes',
    category: 'Classes',
    content: `# Our classes

- **Vinyasa flow**: a dynamic, breath-led class, 60 minutes.
- **Hatha**: slower paced, holding postures for longer; good for beginners.
- **Yin**: long, passive stretches held for 3 to 5 minutes, 75 minutes.
- **Mat pilates**: core strength and posture, 45 minutes.
- **Hot yoga**: vinyasa in a room heated to 35°C, 60 minutes.

Beginners are welcome in every class marked "all levels" on the timetable.`,
  },
  {
    title: 'What to bring',
    category: 'Your visit',
    content: `# What to bring

Mats, blocks, straps and bolsters are provided free. You are welcome to bring your own mat.
Wear comfortable clothes you can stretch in; we practise barefoot.
For hot yoga bring a large towel and a bottle of water.
Please arrive 10 minutes early for your first class to fill in a health form.`,
  },
  {
    title: 'Pregnancy and injuries',
    category: 'Your visit',
    content: `# Pregnancy and injuries

Our pregnancy yoga class runs on Saturdays at 11am and is suitable from 14 weeks.
Please do not join hot yoga while pregnant.
If you have an injury or a health condition, tell your teacher before the class starts so they can offer alternatives.`,
  },
  {
    title: 'Freezing or cancelling a membership',
    category: 'Memberships',
    content: `# Freezing or cancelling a membership

You can freeze your membership for up to 3 months a year, for a fee of £10 a month while frozen.
To cancel, email us at least 30 days before your next payment date.
There is no minimum term.
Class passes cannot be refunded, but they can be extended once by one month if you ask before they expire.`,
  },
  {
    title: 'Private sessions and teacher training',
    category: 'Classes',
    content: `# Private sessions and teacher training

One-to-one sessions with a senior teacher cost £60 for an hour.
Our head teacher, Anna Kowalski, leads a 200-hour teacher training course every spring.
The course costs £2,400 and a deposit of £400 secures your place.`,
  },
  {
    title: 'Studio facilities',
    category: 'About us',
    content: `# Studio facilities

We have two studios, changing rooms with showers, and lockers that take a £1 coin.
There is no car park, but there is bike parking at the front and pay-and-display parking on Berkeley Road.
Our tea bar serves herbal tea free after every class.`,
  },
];

export const STILLPOINT_DEV: EvalCase[] = [
  { question: 'How much is a single class?', facts: ['£14'], escalate: false },
  { question: 'How long can I use a 10-class pass for?', facts: ['4 months'], escalate: false },
  { question: 'What does unlimited cost per month?', facts: ['£89'], escalate: false },
  { question: 'Do you have a deal for new people?', facts: ['£30'], escalate: false },
  { question: 'Do pensioners get money off?', facts: ['20% off'], escalate: false },
  { question: 'How far in advance can I book?', facts: ['14 days'], escalate: false },
  { question: 'What if I cancel a class late?', facts: ['lose the class credit'], escalate: false },
  { question: 'The class I want is full, what can I do?', facts: ['waiting list'], escalate: false },
  { question: 'Which class is best for a complete beginner?', facts: ['Hatha'], escalate: false },
  { question: 'How hot is the hot yoga room?', facts: ['35°C'], escalate: false },
  { question: 'How long is a yin class?', facts: ['75 minutes'], escalate: false },
  { question: 'Do I need to bring my own mat?', facts: ['provided free'], escalate: false },
  { question: 'Should I wear shoes?', facts: ['barefoot'], escalate: false },
  { question: 'What do I need for hot yoga?', facts: ['towel'], escalate: false },
  { question: 'When should I get there for my first session?', facts: ['10 minutes early'], escalate: false },
  { question: 'Can I do yoga while pregnant?', facts: ['14 weeks'], escalate: false },
  { question: 'I have a bad knee, is that a problem?', facts: ['tell your teacher'], escalate: false },
  { question: 'Can I pause my membership while I travel?', facts: ['3 months'], escalate: false },
  { question: 'How much notice do I need to give to cancel?', facts: ['30 days'], escalate: false },
  { question: 'Am I tied into a contract?', facts: ['no minimum term'], escalate: false },
  { question: 'My pass is about to run out, can I get more time?', facts: ['extended once'], escalate: false },
  { question: 'How much is a one-to-one session?', facts: ['£60'], escalate: false },
  { question: 'Who runs the teacher training?', facts: ['Anna Kowalski'], escalate: false },
  { question: 'What is the deposit for teacher training?', facts: ['£400'], escalate: false },
  { question: 'Are there showers?', facts: ['showers'], escalate: false },
  { question: 'Where can I park my car?', facts: ['Berkeley Road'], escalate: false },
  { question: 'Do the lockers need a coin?', facts: ['£1 coin'], escalate: false },
  { question: 'Do you run aerial yoga?', unknown: true, escalate: false },
  { question: 'Can I bring my baby to a class?', unknown: true, escalate: false },
  { question: 'Do you sell yoga mats?', unknown: true, escalate: false },
  { question: 'Is there a discount for NHS staff?', unknown: true, escalate: false },
  { question: 'Do you offer online classes?', unknown: true, escalate: false },
  { question: 'How much is a gift voucher?', unknown: true, escalate: false },
  { question: 'Is there a sauna at the studio?', unknown: true, escalate: false },
];
