/**
 * Held-out business written BEFORE round-2 tuning (issue 13) and never tuned on: Maple Street
 * Dental, a fictional dental clinic. Articles are written like a real clinic's help pages
 * (headings, lists, text tables, FAQ). Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const DENTAL_CONTEXT =
  'Maple Street Dental is a family dental clinic at 214 Maple Street, Halifax, Nova Scotia. Reception phone: 902-555-0147. We have five dentists and three hygienists.';

export const DENTAL_RULES = ['dental emergencies with swelling or heavy bleeding', 'complaints about a dentist', 'billing disputes'];

export const DENTAL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Clinic hours',
    category: 'Visiting us',
    content: `# Clinic hours

| Day | Hours |
|---|---|
| Monday to Thursday | 8:00am – 7:00pm |
| Friday | 8:00am – 4:00pm |
| Saturday | 9:00am – 1:00pm (hygiene appointments only) |
| Sunday | Closed |

We close on statutory holidays. Reception answers the phone from 7:45am.`,
  },
  {
    title: 'Booking, changing or cancelling an appointment',
    category: 'Appointments',
    content: `# Booking, changing or cancelling an appointment

## How to book
- Online through the patient portal, 24 hours a day.
- By phone during clinic hours.

## Changing or cancelling
Please give us at least **48 hours' notice** if you need to move or cancel an appointment.
Late cancellations and missed appointments are charged a $75 fee.
We send a text reminder two days before every appointment.`,
  },
  {
    title: 'New patients',
    category: 'Appointments',
    content: `# New patients

We are accepting new patients of all ages.

Your first visit takes about 90 minutes and includes:
1. A full exam by a dentist
2. X-rays (if you have none from the last 2 years)
3. A cleaning with a hygienist

Please arrive 15 minutes early to fill in your health history form. Bring your insurance card and a list of any medications you take.`,
  },
  {
    title: 'Fees for common treatments',
    category: 'Fees and insurance',
    content: `# Fees for common treatments

These are our standard fees before insurance:

- New patient exam with X-rays: $185
- Routine cleaning (adult): $140
- Child cleaning and fluoride (under 12): $95
- White filling, one surface: from $160
- Teeth whitening take-home kit: $350

Fees for crowns, implants and root canals depend on the tooth; your dentist will give you a written estimate first.`,
  },
  {
    title: 'Insurance and direct billing',
    category: 'Fees and insurance',
    content: `# Insurance and direct billing

We bill most insurance companies directly, so you only pay the part your plan does not cover.

**Which plans?** We direct bill Sun Life, Manulife, Blue Cross and Canada Life. For other insurers you pay at the visit and we give you a receipt to claim yourself.

We also accept the Canadian Dental Care Plan (CDCP).

Payment methods: debit, Visa, Mastercard and cash. We do not accept cheques.`,
  },
  {
    title: 'Dental emergencies',
    category: 'Urgent care',
    content: `# Dental emergencies

If you have a toothache, a broken tooth or a lost filling, call reception first thing in the morning. We keep same-day emergency slots open every weekday.

Knocked-out adult tooth: put it back in the socket if you can, or keep it in milk, and come in within one hour.

Outside clinic hours, call the after-hours line at 902-555-0199. For swelling that spreads to your eye or neck, or trouble breathing, go to the hospital emergency department.`,
  },
  {
    title: 'Children at the clinic',
    category: 'Family',
    content: `# Children at the clinic

We recommend a first dental visit by your child's first birthday.
Children's check-ups are every six months. A parent or guardian must stay in the building for patients under 16.

Our hygienists offer sealants for back teeth from age 6.`,
  },
  {
    title: 'Teeth whitening FAQ',
    category: 'Treatments',
    content: `# Teeth whitening FAQ

**How does it work?**
We take moulds of your teeth and make custom trays. You wear the trays with whitening gel at home.

**How long until I see results?**
Most people see results after 7 to 10 days of wearing the trays for one hour a day.

**Is it safe for sensitive teeth?**
Some sensitivity is normal for a few days. We use a lower-strength gel for patients with sensitive teeth.

**Does whitening work on crowns?**
No. Whitening only lightens natural teeth, not crowns or fillings.`,
  },
  {
    title: 'After a tooth extraction',
    category: 'Aftercare',
    content: `# After a tooth extraction

- Bite on the gauze for 30 minutes.
- Do not rinse, spit or drink through a straw for 24 hours.
- Eat soft foods and avoid hot drinks on the first day.
- Do not smoke for at least 72 hours.

Some bleeding and swelling for 2 to 3 days is normal. Call us if the pain gets worse after day 3.`,
  },
  {
    title: 'Parking and accessibility',
    category: 'Visiting us',
    content: `# Parking and accessibility

Free patient parking is behind the building; enter from Birch Lane.
The clinic is on the ground floor with a step-free entrance and an accessible washroom.
The number 7 bus stops right outside.`,
  },
];

export const DENTAL_HELD_OUT: EvalCase[] = [
  { question: 'Are you open on Saturday mornings?', facts: ['9:00am'], escalate: false },
  { question: 'What time do you shut on Fridays?', facts: ['4:00pm'], escalate: false },
  { question: 'Can I make an appointment on the internet?', facts: ['patient portal'], escalate: false },
  { question: 'How far ahead do I have to tell you if I can\'t make my appointment?', facts: ['48 hours'], escalate: false },
  { question: 'What happens if I just don\'t show up?', facts: ['$75'], escalate: false },
  { question: 'Do you take on new patients?', facts: ['accepting new patients'], escalate: false },
  { question: 'How long will my first appointment last?', facts: ['90 minutes'], escalate: false },
  { question: 'What should I bring to my first visit?', facts: ['insurance card'], escalate: false },
  { question: 'How much is a regular cleaning?', facts: ['$140'], escalate: false },
  { question: 'What do you charge for a kid\'s cleaning?', facts: ['$95'], escalate: false },
  { question: 'What does whitening cost?', facts: ['$350'], escalate: false },
  { question: 'How much is a root canal?', facts: ['written estimate'], escalate: false },
  { question: 'Can you bill Manulife directly?', facts: ['Manulife'], escalate: false },
  { question: 'Do you accept the federal dental plan CDCP?', facts: ['CDCP'], escalate: false },
  { question: 'Can I pay with a cheque?', facts: ['do not accept cheques'], escalate: false },
  { question: 'I chipped my tooth, can I be seen today?', facts: ['same-day emergency'], escalate: false },
  { question: 'My son\'s front tooth got knocked out, what do we do?', facts: ['milk', 'within one hour'], escalate: false },
  { question: 'Who do I phone if my tooth hurts at night?', facts: ['902-555-0199'], escalate: false },
  { question: 'At what age should my baby first see a dentist?', facts: ['first birthday'], escalate: false },
  { question: 'Can my 14-year-old come to an appointment alone?', facts: ['under 16'], escalate: false },
  { question: 'How soon will my teeth look whiter?', facts: ['7 to 10 days'], escalate: false },
  { question: 'Will bleaching lighten my crown?', facts: ['not crowns'], escalate: false },
  { question: 'Can I use a straw after having a tooth pulled?', facts: ['24 hours'], escalate: false },
  { question: 'How long should I wait before smoking after an extraction?', facts: ['72 hours'], escalate: false },
  { question: 'Is there somewhere to leave my car?', facts: ['Birch Lane'], escalate: false },
  { question: 'Can I get in with a wheelchair?', facts: ['step-free'], escalate: false },
  { question: 'Where is the clinic?', facts: ['214 Maple Street'], escalate: false },
  { question: 'Do you do Invisalign?', unknown: true, escalate: false },
  { question: 'Do you offer sedation for nervous patients?', unknown: true, escalate: false },
  { question: 'Do you sell gift cards?', unknown: true, escalate: false },
  { question: 'Do you have a payment plan for big treatments?', unknown: true, escalate: false },
  { question: 'Can I bring my dog to my appointment?', unknown: true, escalate: false },
  { question: 'Which dentist is best for braces?', unknown: true, escalate: false },
  { question: 'Do you make custom mouthguards for hockey?', unknown: true, escalate: false },
];
