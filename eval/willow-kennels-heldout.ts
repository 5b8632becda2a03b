/**
 * Held-out business written BEFORE round-3 tuning (issue 13) and never tuned on: Willow Lane
 * Kennels, a fictional dog and cat boarding, daycare and grooming business. Articles are written
 * like a small business's help pages (headings, lists, a price table, FAQ); the questions are
 * paraphrased the way customers ask, including "who" questions, list answers and questions the
 * pages do not answer. Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const WILLOW_CONTEXT =
  'Willow Lane Kennels is a family-run dog and cat boarding, daycare and grooming business near Harrogate, North Yorkshire. Phone 01423 555 210, email stay@willowlanekennels.co.uk. Reception is open 8am to 6pm every day except Christmas Day.';

export const WILLOW_RULES = ['a pet became ill or was injured during a stay', 'a pet has gone missing', 'complaints about staff'];

export const WILLOW_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Boarding prices',
    category: 'Prices',
    content: `# Boarding prices

| Stay | Price per night |
|---|---|
| Dog, small or medium | £28 |
| Dog, large (over 25 kg) | £34 |
| Cat | £16 |

A second dog sharing the same kennel pays half price. Prices include food, but you are welcome to bring your own.
A deposit of 25% is taken when you book.`,
  },
  {
    title: 'Vaccinations we require',
    category: 'Before you stay',
    content: `# Vaccinations we require

For the safety of every guest, we need to see an up-to-date vaccination card at check-in.

Dogs must be vaccinated against:
- distemper, hepatitis and parvovirus
- leptospirosis
- kennel cough (given at least 14 days before the stay)

Cats must be vaccinated against cat flu and feline enteritis.

We cannot accept any pet without proof of vaccination, even for one night.`,
  },
  {
    title: 'Drop-off and collection times',
    category: 'Your stay',
    content: `# Drop-off and collection times

Drop-off and collection are by appointment between 8am and 11am or between 3pm and 6pm.
We are closed to drop-offs and collections on Christmas Day.
If you collect after 11am you are charged for that day as a full night.`,
  },
  {
    title: 'Daycare',
    category: 'Daycare',
    content: `# Daycare

Dog daycare runs Monday to Friday, 7:30am to 6:30pm, and costs £25 a day or £110 for a pack of five days.
Every new daycare dog comes for a free half-day assessment first, so we can check they get on with the group.
Dogs must be at least 16 weeks old and neutered if over 12 months.`,
  },
  {
    title: 'Grooming',
    category: 'Grooming',
    content: `# Grooming

Our groomer, Hannah, works Tuesday to Saturday.

Services:
- Bath and brush-out: from £30
- Full groom with haircut: from £45
- Nail clip: £10

Prices depend on the size and coat of your dog. Boarding guests can have a groom on their last day so they go home clean.`,
  },
  {
    title: 'Medication and special diets',
    category: 'Your stay',
    content: `# Medication and special diets

Our staff can give tablets, liquid medicine and insulin injections at no extra charge.
Please bring all medication in its original packaging, labelled with the dosage.
Special diets are fine: bring enough of your pet's usual food for the whole stay, plus a couple of days extra.`,
  },
  {
    title: 'If your pet becomes unwell',
    category: 'Your stay',
    content: `# If your pet becomes unwell

Our manager, Claire Dobson, decides when a guest needs to see a vet and phones you straight away.
We use Nidd Valley Vets, five minutes from the kennels, unless you ask us to use your own vet.
Vet bills during a stay are paid by the owner.`,
  },
  {
    title: 'Cancellations and changes',
    category: 'Booking',
    content: `# Cancellations and changes

Cancel at least 14 days before your stay and we refund the deposit in full.
Cancellations with less than 14 days' notice lose the deposit.
At Christmas, Easter and during August the deposit is non-refundable.
Shortening a stay once it has started is not refunded.`,
  },
  {
    title: 'What to bring',
    category: 'Before you stay',
    content: `# What to bring

- Your pet's vaccination card
- Any medication, clearly labelled
- A blanket or toy that smells of home

Please don't bring beds or bowls: we provide them, and we cannot be responsible for items that get chewed.`,
  },
  {
    title: 'Our kennels and cattery',
    category: 'About us',
    content: `# Our kennels and cattery

Every dog kennel is heated and has its own covered outdoor run. Dogs are walked twice a day in our two-acre paddock.
The cattery is in a separate building, away from the dogs, and each cat chalet has a shelf and a heated bed.
We are licensed by Harrogate Borough Council and hold a 5-star licence rating.`,
  },
];

export const WILLOW_HELD_OUT: EvalCase[] = [
  { question: 'How much is a night for a cat?', facts: ['£16'], escalate: false },
  { question: 'What do you charge for a big dog?', facts: ['£34'], escalate: false },
  { question: 'Is it cheaper if my two dogs share?', facts: ['half price'], escalate: false },
  { question: 'Do I have to bring my dog food?', facts: ['include food'], escalate: false },
  { question: 'How much do I pay up front when booking?', facts: ['25%'], escalate: false },
  { question: 'Which jabs does my dog need?', facts: ['leptospirosis', 'kennel cough'], escalate: false },
  { question: 'How long before the stay should the kennel cough vaccine be given?', facts: ['14 days'], escalate: false },
  { question: 'What vaccinations does my cat need?', facts: ['cat flu', 'feline enteritis'], escalate: false },
  { question: 'Can my dog stay one night if his vaccination card is lost?', facts: ['cannot accept'], escalate: false },
  { question: 'What time can I drop my dog off?', facts: ['8am and 11am', '3pm and 6pm'], escalate: false },
  { question: 'What happens if I pick my dog up in the afternoon?', facts: ['full night'], escalate: false },
  { question: 'What are the daycare hours?', facts: ['7:30am to 6:30pm'], escalate: false },
  { question: 'Is there a discount for booking several days of daycare?', facts: ['£110'], escalate: false },
  { question: 'Does my dog need a trial before starting daycare?', facts: ['half-day assessment'], escalate: false },
  { question: 'How old does a puppy have to be for daycare?', facts: ['16 weeks'], escalate: false },
  { question: 'Who does the grooming?', facts: ['Hannah'], escalate: false },
  { question: 'Which days is grooming available?', facts: ['Tuesday to Saturday'], escalate: false },
  { question: 'How much is a haircut for my poodle?', facts: ['£45'], escalate: false },
  { question: 'Can you just trim his nails?', facts: ['£10'], escalate: false },
  { question: 'Can my dog be washed before I collect him?', facts: ['last day'], escalate: false },
  { question: 'My cat is diabetic, can you give her insulin?', facts: ['insulin'], escalate: false },
  { question: 'Is there a charge for giving medicine?', facts: ['no extra charge'], escalate: false },
  { question: 'My dog is on a special diet, is that ok?', facts: ['usual food'], escalate: false },
  { question: 'Who decides if my pet needs a vet?', facts: ['Claire Dobson'], escalate: false },
  { question: 'Which vet do you use?', facts: ['Nidd Valley Vets'], escalate: false },
  { question: 'Who pays the vet bill if my dog gets sick while staying?', facts: ['paid by the owner'], escalate: false },
  { question: 'Will I get my deposit back if I cancel three weeks ahead?', facts: ['refund the deposit in full'], escalate: false },
  { question: 'Can I get a refund for a cancelled August booking?', facts: ['non-refundable'], escalate: false },
  { question: 'Should I bring my dog bed?', facts: ['we provide them'], escalate: false },
  { question: 'What should I pack for my dog?', facts: ['vaccination card', 'blanket or toy'], escalate: false },
  { question: 'How often are the dogs walked?', facts: ['twice a day'], escalate: false },
  { question: 'Are the cats kept near the dogs?', facts: ['separate building'], escalate: false },
  { question: 'Are the kennels heated?', facts: ['heated'], escalate: false },
  { question: 'Are you licensed?', facts: ['Harrogate Borough Council'], escalate: false },
  { question: 'Do you board rabbits or guinea pigs?', unknown: true, escalate: false },
  { question: 'Do you offer a pet taxi to collect my dog from home?', unknown: true, escalate: false },
  { question: 'Is there a webcam so I can watch my dog?', unknown: true, escalate: false },
  { question: 'Do you do dog training classes?', unknown: true, escalate: false },
  { question: 'How much does pet insurance cost?', unknown: true, escalate: false },
  { question: 'Do you offer a discount for rescue dogs?', unknown: true, escalate: false },
  { question: 'Can I bring my dog on Christmas Day?', facts: ['closed'], escalate: false },
];
