/**
 * A fourth business, written AFTER the issue-13 tuning and never tuned on: Summit Walls, a
 * fictional climbing gym. It is scored like a held-out split (misses never printed) to give a
 * second honest figure on a business nobody tuned for. Committed before its first run.
 */
import type { EvalCase } from './cases.ts';

export const SUMMIT_CONTEXT =
  'Summit Walls is an indoor climbing and bouldering gym in Calgary, Alberta, with 60 rope routes, a bouldering cave and a kids zone. Call us on 403-555-0199.';

export const SUMMIT_RULES = ['injuries at the gym', 'membership refunds over $200', 'harassment complaints'];

export const SUMMIT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Day passes and memberships',
    category: 'Prices',
    content: `# Day passes and memberships
- Day pass: $24 for adults, $16 for kids under 14.
- 10-visit punch card: $200, valid for one year.
- Monthly membership: $89 per month, with a 3-month minimum.
Students with a valid student card get 15% off memberships.`,
  },
  {
    title: 'Freezing or cancelling a membership',
    category: 'Memberships',
    content: `# Freezing or cancelling a membership
You can freeze your membership for up to 2 months per year for $10 per month.
To cancel, give 30 days' notice at the front desk or by email. Cancellations are not possible during the minimum term.`,
  },
  {
    title: 'First visit and waiver',
    category: 'Getting started',
    content: `# First visit and waiver
Everyone must sign a waiver before climbing. Sign it online before you come to save time.
Climbers under 18 need a parent or guardian to sign.
First-timers get a free 15-minute safety briefing at the desk.`,
  },
  {
    title: 'Belay certification',
    category: 'Getting started',
    content: `# Belay certification
To climb with a rope you need our belay check. It takes about 10 minutes and is free.
If you have never belayed, book the Intro to Belaying class: 90 minutes for $45, gear included.`,
  },
  {
    title: 'Gear rental',
    category: 'Prices',
    content: `# Gear rental
Rental shoes cost $6 and a harness costs $5. Chalk is free to use.
Rental shoes are sprayed and aired after every use.
We do not rent ropes; rope routes use the ropes fixed on the wall.`,
  },
  {
    title: 'Opening hours',
    category: 'Visiting',
    content: `# Opening hours
- Weekdays: 6am to 11pm.
- Weekends: 8am to 9pm.
- Holidays: 10am to 6pm.
The last entry is 45 minutes before closing.`,
  },
  {
    title: 'Kids climbing',
    category: 'Kids',
    content: `# Kids climbing
Children aged 5 to 13 can climb in the kids zone with an adult watching at all times.
Our after-school club runs Tuesdays and Thursdays from 4pm to 5:30pm and costs $180 per term.
Birthday parties for up to 10 kids cost $300 for two hours, including an instructor.`,
  },
  {
    title: 'Lockers and facilities',
    category: 'Visiting',
    content: `# Lockers and facilities
Day lockers are free; bring your own padlock or buy one at the desk for $8.
There are showers and changing rooms on both floors.
Free parking is available in the lot behind the building.`,
  },
  {
    title: 'Guest passes for members',
    category: 'Memberships',
    content: `# Guest passes for members
Members can bring one guest per month at half the day-pass price.
The guest must sign the waiver and be at least 14 years old.`,
  },
  {
    title: 'Route setting',
    category: 'Climbing',
    content: `# Route setting
We reset a fifth of the boulder problems every week, so the whole cave changes about every five weeks.
Rope routes are reset on the first Monday of each month; that wall closes until noon.`,
  },
];

export const SUMMIT_FRESH: EvalCase[] = [
  { question: 'How much is a single visit for a grown-up?', facts: ['$24'], escalate: false },
  { question: "What's the price of a monthly membership?", facts: ['$89'], escalate: false },
  { question: 'Is there a discount for students?', facts: ['15%'], escalate: false },
  { question: 'Do punch cards expire?', facts: ['one year'], escalate: false },
  { question: 'Can I put my membership on hold while I travel?', facts: ['2 months'], escalate: false },
  { question: 'How much notice do I need to give to quit?', facts: ['30 days'], escalate: false },
  { question: 'Do I have to fill in a form before climbing?', facts: ['waiver'], escalate: false },
  { question: 'My 16-year-old wants to climb, what do we need?', facts: ['parent or guardian'], escalate: false },
  { question: "I've never belayed before, is there a course?", facts: ['Intro to Belaying'], escalate: false },
  { question: 'How long is the belay test?', facts: ['10 minutes'], escalate: false },
  { question: 'How much does it cost to rent climbing shoes?', facts: ['$6'], escalate: false },
  { question: 'Can I borrow a rope?', facts: ['do not rent ropes'], escalate: false },
  { question: 'What time do you open on Saturdays?', facts: ['8am'], escalate: false },
  { question: 'When is the latest I can arrive?', facts: ['45 minutes before closing'], escalate: false },
  { question: 'From what age can children climb?', facts: ['5 to 13'], escalate: false },
  { question: 'When does the after-school club meet?', facts: ['Tuesdays and Thursdays'], escalate: false },
  { question: 'How much is a birthday party?', facts: ['$300'], escalate: false },
  { question: 'Do I need to bring a lock for the lockers?', facts: ['padlock'], escalate: false },
  { question: 'Are there showers?', facts: ['showers'], escalate: false },
  { question: 'Can I bring a friend with my membership?', facts: ['one guest per month'], escalate: false },
  { question: 'How often do you change the boulders?', facts: ['every week'], escalate: false },
  { question: 'Where can I park?', facts: ['lot behind the building'], escalate: false },
  { question: "What's your phone number?", facts: ['403-555-0199'], escalate: false },
  { question: 'Which city are you in?', facts: ['Calgary'], escalate: false },
  { question: 'Do you have a sauna?', unknown: true, escalate: false },
  { question: 'Do you offer yoga classes?', unknown: true, escalate: false },
  { question: 'How much is a private coaching session?', unknown: true, escalate: false },
  { question: 'Is there a café in the gym?', unknown: true, escalate: false },
  { question: 'Can I buy climbing shoes at the gym?', unknown: true, escalate: false },
  { question: 'Do you run outdoor climbing trips?', unknown: true, escalate: false },
  { question: 'Who is the best climber in Canada?', unknown: true, escalate: false },
];
