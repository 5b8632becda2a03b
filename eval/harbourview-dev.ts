/**
 * A fifth business, in-sample (a dev set that may be tuned on): Harbourview Inn, a fictional
 * small hotel. Questions in customers' words, with unanswerable ones.
 */
import type { EvalCase } from './cases.ts';

export const INN_CONTEXT =
  'Harbourview Inn is a 24-room boutique hotel on the seafront in Brighton, England, run by the Okafor family since 1998. Reception is staffed around the clock.';

export const INN_RULES = ['complaints about cleanliness', 'lost property of value', 'refunds over £300'];

export const INN_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Check-in and check-out',
    category: 'Stays',
    content: `# Check-in and check-out
Check-in is from 3pm and check-out is by 11am.
Early check-in from 11am costs £20, if the room is ready.
We can store your luggage for free before check-in and after check-out.`,
  },
  {
    title: 'Breakfast',
    category: 'Dining',
    content: `# Breakfast
A full English or continental breakfast is served from 7:30am to 10am in the sea-view lounge.
Breakfast is included in most rates; otherwise it costs £14 per person.
We cater for vegetarian, vegan and gluten-free diets if you tell us the day before.`,
  },
  {
    title: 'Cancellation policy',
    category: 'Bookings',
    content: `# Cancellation policy
Flexible rates can be cancelled free of charge until 48 hours before arrival.
Later cancellations and no-shows are charged the first night.
Advance purchase rates are non-refundable.`,
  },
  {
    title: 'Parking',
    category: 'Getting here',
    content: `# Parking
We have no private car park.
The NCP car park on Russell Road is a 4-minute walk; guests get a 25% discount with a voucher from reception.`,
  },
  {
    title: 'Pets',
    category: 'Stays',
    content: `# Pets
Dogs are welcome in our four ground-floor rooms for £15 per night.
Please book a dog-friendly room in advance; other pets are not allowed.`,
  },
  {
    title: 'Rooms and accessibility',
    category: 'Stays',
    content: `# Rooms and accessibility
All rooms have an en-suite shower, free Wi-Fi, a TV and tea and coffee facilities.
Two rooms on the ground floor are step-free with a walk-in shower. There is no lift to the upper floors.`,
  },
  {
    title: 'Getting here',
    category: 'Getting here',
    content: `# Getting here
Brighton station is a 15-minute walk or a short taxi ride away.
From London Victoria, trains to Brighton take about an hour.`,
  },
  {
    title: 'Payments and deposits',
    category: 'Bookings',
    content: `# Payments and deposits
We take a card at booking to guarantee the room.
Payment is taken at check-out, except for advance purchase rates, which are charged when you book.
We accept Visa, Mastercard and American Express, but not cash.`,
  },
];

export const INN_DEV: EvalCase[] = [
  { question: 'What time can we get into our room?', facts: ['3pm'], escalate: false },
  { question: 'When do we have to leave the room?', facts: ['11am'], escalate: false },
  { question: 'Can we arrive early?', facts: ['£20'], escalate: false },
  { question: 'Can you hold our bags after we check out?', facts: ['luggage'], escalate: false },
  { question: 'What time is breakfast?', facts: ['7:30am to 10am'], escalate: false },
  { question: "I'm vegan, can you accommodate me at breakfast?", facts: ['vegan'], escalate: false },
  { question: "How much is breakfast if it's not included?", facts: ['£14'], escalate: false },
  { question: 'Until when can I cancel without paying?', facts: ['48 hours'], escalate: false },
  { question: "What happens if we don't turn up?", facts: ['first night'], escalate: false },
  { question: 'Is there somewhere to leave the car?', facts: ['Russell Road'], escalate: false },
  { question: 'Can I bring my dog?', facts: ['£15 per night'], escalate: false },
  { question: 'Is there wifi in the rooms?', facts: ['Wi-Fi'], escalate: false },
  { question: 'Do you have a lift?', facts: ['no lift'], escalate: false },
  { question: 'How far is the train station?', facts: ['15-minute walk'], escalate: false },
  { question: 'Can I pay in cash?', facts: ['not cash'], escalate: false },
  { question: 'When will my card be charged?', facts: ['check-out'], escalate: false },
  { question: 'Where is the hotel?', facts: ['Brighton'], escalate: false },
  { question: 'Is reception open at night?', facts: ['around the clock'], escalate: false },
  { question: 'Do you have a swimming pool?', unknown: true, escalate: false },
  { question: 'Can I bring my cat?', facts: ['other pets are not allowed'], escalate: false },
  { question: 'Do you serve dinner?', unknown: true, escalate: false },
  { question: 'Is there a gym?', unknown: true, escalate: false },
  { question: 'How much is a taxi from the airport?', unknown: true, escalate: false },
  { question: 'Do you offer airport transfers?', unknown: true, escalate: false },
];
