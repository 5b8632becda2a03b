/**
 * Dev business for round 3 of issue 13 (tuned on, misses printed): Fenwick Car & Van Hire, a
 * fictional independent vehicle-rental firm. Help pages with headings, lists and a price table;
 * questions name things differently from the pages ("motor", "minibus"), ask "who", ask for
 * lists, and include questions the pages do not answer.
 */
import type { EvalCase } from './cases.ts';

export const FENWICK_CONTEXT =
  'Fenwick Car & Van Hire rents cars, vans and minibuses from two branches in Leeds and Bradford, West Yorkshire. Phone 0113 496 0750. Branches are open Monday to Saturday, 8am to 6pm.';

export const FENWICK_RULES = ['a customer has had an accident', 'the vehicle has broken down', 'disputes about damage charges'];

export const FENWICK_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Daily rates',
    category: 'Prices',
    content: `# Daily rates

| Vehicle | Per day | Per week |
|---|---|---|
| Small car (Ford Fiesta or similar) | £35 | £199 |
| Family car (Skoda Octavia estate) | £49 | £279 |
| Short-wheelbase van | £55 | £320 |
| 9-seat minibus | £85 | £495 |

Rates include 150 miles a day. Extra miles cost 20p each.`,
  },
  {
    title: 'Who can hire',
    category: 'Before you hire',
    content: `# Who can hire

Drivers must be aged 23 to 75 and have held a full driving licence for at least 2 years.
Drivers aged 23 or 24 pay a young driver charge of £12 a day.
Minibuses need a driver aged 25 or over with a D1 category on their licence.`,
  },
  {
    title: 'What to bring when you collect',
    category: 'Before you hire',
    content: `# What to bring when you collect

Please bring:
- your photocard driving licence
- a DVLA check code, generated within the last 21 days
- a proof of address dated in the last 3 months
- a credit or debit card in the main driver's name

We cannot release a vehicle without all four.`,
  },
  {
    title: 'Deposits and payment',
    category: 'Prices',
    content: `# Deposits and payment

A security deposit of £250 is held on your card when you collect, or £500 for minibuses.
The deposit is released within 7 working days of the vehicle coming back undamaged.
We accept Visa and Mastercard. We do not accept cash or American Express.`,
  },
  {
    title: 'Insurance and excess',
    category: 'Insurance',
    content: `# Insurance and excess

Every hire includes comprehensive insurance with an excess of £1,000.
You can reduce the excess to £100 with our Excess Protection for £14 a day.
Damage to tyres, windscreens and the underside of the vehicle is not covered by Excess Protection.`,
  },
  {
    title: 'Fuel',
    category: 'During your hire',
    content: `# Fuel

Vehicles are supplied with a full tank and must be returned full.
If you return it with less, we refuel it for you at £2.20 a litre plus a £15 refuelling fee.`,
  },
  {
    title: 'Extras',
    category: 'Extras',
    content: `# Extras

Add these when you book:
- Child seat or booster seat: £8 per day
- Sat nav: £6 per day
- Additional driver: £10 per day
- Roof box: £12 per day

Extras are subject to availability.`,
  },
  {
    title: 'Breakdowns and accidents',
    category: 'During your hire',
    content: `# Breakdowns and accidents

All our vehicles have 24-hour RAC breakdown cover. Call the number on the key fob.
If you have an accident, call the police if anyone is hurt, then call our branch.
Our fleet manager, Priya Shah, handles all accident and damage claims.`,
  },
  {
    title: 'Taking a vehicle abroad',
    category: 'During your hire',
    content: `# Taking a vehicle abroad

Cars may be taken to France, Belgium and the Netherlands with 7 days' notice and a £60 European cover fee.
Vans and minibuses must stay in the UK.`,
  },
  {
    title: 'Cancelling a booking',
    category: 'Booking',
    content: `# Cancelling a booking

Cancel more than 48 hours before collection for a full refund.
Within 48 hours of collection we keep one day's hire charge.
If you don't turn up, the whole booking is charged.`,
  },
  {
    title: 'Returning the vehicle',
    category: 'During your hire',
    content: `# Returning the vehicle

Return the vehicle to the branch you collected it from, during opening hours.
Returns more than 59 minutes late are charged an extra day.
You can drop the keys in the key box after hours, but you remain responsible for the vehicle until we check it the next morning.
Smoking and pets in our vehicles lead to a £150 valeting charge.`,
  },
];

export const FENWICK_DEV: EvalCase[] = [
  { question: 'How much is a small car for a day?', facts: ['£35'], escalate: false },
  { question: 'What does a minibus cost for a week?', facts: ['£495'], escalate: false },
  { question: 'Is there a mileage limit?', facts: ['150 miles'], escalate: false },
  { question: 'What do you charge if I go over the miles?', facts: ['20p'], escalate: false },
  { question: 'How old do I have to be to hire a car?', facts: ['23 to 75'], escalate: false },
  { question: 'Is there an extra charge for young drivers?', facts: ['£12'], escalate: false },
  { question: 'Can I drive the minibus on a normal car licence?', facts: ['D1'], escalate: false },
  { question: 'What documents do I need to pick up the car?', facts: ['driving licence', 'DVLA check code', 'proof of address'], escalate: false },
  { question: 'How big is the deposit?', facts: ['£250'], escalate: false },
  { question: 'When do I get my deposit back?', facts: ['7 working days'], escalate: false },
  { question: 'Can I pay in cash?', facts: ['do not accept cash'], escalate: false },
  { question: 'Do you take Amex?', facts: ['American Express'], escalate: false },
  { question: 'What is the excess on the insurance?', facts: ['£1,000'], escalate: false },
  { question: 'Can I lower my excess?', facts: ['£100'], escalate: false },
  { question: 'Does excess protection cover a cracked windscreen?', facts: ['not covered'], escalate: false },
  { question: 'Do I need to fill the tank before returning the motor?', facts: ['returned full'], escalate: false },
  { question: 'What happens if I bring it back without filling up?', facts: ['£2.20'], escalate: false },
  { question: 'Can I hire a car seat for my toddler?', facts: ['£8'], escalate: false },
  { question: 'What extras can I add?', facts: ['Sat nav', 'Roof box'], escalate: false },
  { question: 'Can my wife drive too?', facts: ['Additional driver'], escalate: false },
  { question: 'What do I do if the van breaks down?', facts: ['RAC'], escalate: true },
  { question: 'Who deals with damage claims?', facts: ['Priya Shah'], escalate: false },
  { question: 'Can I take the car to France?', facts: ['£60'], escalate: false },
  { question: 'Can I drive the van to Spain?', facts: ['stay in the UK'], escalate: false },
  { question: 'Will I get my money back if I cancel the day before?', facts: ["one day's hire"], escalate: false },
  { question: 'Can I return the car to the other branch?', facts: ['branch you collected it from'], escalate: false },
  { question: 'How late can I bring the car back before I pay for another day?', facts: ['59 minutes'], escalate: false },
  { question: 'Can I drop the car off after you close?', facts: ['key box'], escalate: false },
  { question: 'Can I take my dog in the car?', facts: ['£150'], escalate: false },
  { question: 'Where are your branches?', facts: ['Leeds and Bradford'], escalate: false },
  { question: 'Do you have electric cars?', unknown: true, escalate: false },
  { question: 'Do you hire out motorbikes?', unknown: true, escalate: false },
  { question: 'Is there a discount for NHS workers?', unknown: true, escalate: false },
  { question: 'Can you deliver the car to my house?', unknown: true, escalate: false },
  { question: 'Do you offer one-way hire to London?', unknown: true, escalate: false },
  { question: 'How much is the congestion charge?', unknown: true, escalate: false },
  { question: 'Who is the managing director?', unknown: true, escalate: false },
];
