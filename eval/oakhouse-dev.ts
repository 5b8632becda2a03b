/**
 * A round-2 DEV business (tuned on, misses printed): Oakhouse Furniture, a fictional online
 * furniture shop. Written like a real shop's help centre.
 */
import type { EvalCase } from './cases.ts';

export const OAK_CONTEXT =
  'Oakhouse Furniture sells solid-wood furniture online and from our showroom in Leeds, UK. Customer care: 0113 555 0182, care@oakhouse.co.uk.';

export const OAK_RULES = ['damaged furniture worth over £500', 'complaints about delivery drivers'];

export const OAK_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Delivery options',
    category: 'Delivery',
    content: `# Delivery options

| Service | Cost | What you get |
|---|---|---|
| Standard kerbside | Free over £400, otherwise £39 | Left at your front door |
| Two-person room of choice | £69 | Carried to any room, packaging removed |
| Assembly | £49 per item | Our team builds it for you |

Most items in stock are delivered within 5 to 7 working days. We deliver to mainland UK only.`,
  },
  {
    title: 'Returns and refunds',
    category: 'Returns',
    content: `# Returns and refunds

You can return most items within 28 days of delivery if they are unused and in the original packaging.
We collect returns for a £45 fee. Made-to-order and custom-size items cannot be returned.
Refunds are paid to your original payment method within 10 working days of us receiving the item.`,
  },
  {
    title: 'Damaged or faulty items',
    category: 'Returns',
    content: `# Damaged or faulty items

**Something arrived damaged?** Tell us within 48 hours of delivery, with photos of the damage and the packaging.
We will send a replacement part, repair it at home, or replace the item, free of charge.
Our solid-wood furniture has a 5-year guarantee against manufacturing faults.`,
  },
  {
    title: 'Caring for solid wood',
    category: 'Care',
    content: `# Caring for solid wood

- Dust with a soft, dry cloth.
- Wipe spills straight away; never use bleach or spray polish.
- Re-oil oiled oak every 6 months with our care kit (£18).
- Keep furniture at least 1 metre away from radiators.

Small cracks can appear in the first winter as the wood settles; this is normal.`,
  },
  {
    title: 'Paying in instalments',
    category: 'Payment',
    content: `# Paying in instalments

Spend over £500 and you can spread the cost over 12 months at 0% APR, subject to status.
We accept Visa, Mastercard, American Express, PayPal and Klarna.`,
  },
  {
    title: 'Visiting the showroom',
    category: 'Showroom',
    content: `# Visiting the showroom

Our showroom is at Unit 4, Kirkstall Road, Leeds.
Open Tuesday to Sunday, 10am to 5pm; closed Mondays.
Free customer parking for 20 cars. Free fabric and wood samples are available at the desk.`,
  },
  {
    title: 'Ordering samples',
    category: 'Ordering',
    content: `# Ordering samples

You can order up to 5 free fabric or wood samples online. Samples arrive in 2 to 3 working days by post.`,
  },
  {
    title: 'Changing or cancelling an order',
    category: 'Ordering',
    content: `# Changing or cancelling an order

You can cancel a stock order free of charge until it is dispatched.
Made-to-order pieces can be cancelled within 14 days of ordering; after that we keep a 25% deposit.
To change the delivery date, use the link in your dispatch email or call customer care.`,
  },
];

export const OAK_DEV: EvalCase[] = [
  { question: 'Is shipping free?', facts: ['over £400'], escalate: false },
  { question: 'Can you carry the sofa upstairs to my bedroom?', facts: ['£69'], escalate: false },
  { question: 'Do you build the furniture for me?', facts: ['£49'], escalate: false },
  { question: 'How soon will my table arrive?', facts: ['5 to 7 working days'], escalate: false },
  { question: 'Do you deliver to Northern Ireland?', facts: ['mainland UK only'], escalate: false },
  { question: "I don't like the chair, can I send it back?", facts: ['28 days'], escalate: false },
  { question: 'Is there a charge for collecting a return?', facts: ['£45'], escalate: false },
  { question: 'Can I return a bespoke size wardrobe?', facts: ['cannot be returned'], escalate: false },
  { question: 'When will I get my money back?', facts: ['10 working days'], escalate: false },
  { question: 'My table has a scratch, what do I do?', facts: ['48 hours'], escalate: false },
  { question: 'How long is the warranty?', facts: ['5-year guarantee'], escalate: false },
  { question: 'Can I use furniture polish on my oak sideboard?', facts: ['spray polish'], escalate: false },
  { question: 'How often should I oil my table?', facts: ['every 6 months'], escalate: false },
  { question: 'There is a small split in my table top, is that a fault?', facts: ['first winter'], escalate: false },
  { question: 'Can I pay monthly?', facts: ['12 months'], escalate: false },
  { question: 'Do you take Amex?', facts: ['American Express'], escalate: false },
  { question: 'Are you open on Mondays?', facts: ['closed Mondays'], escalate: false },
  { question: 'Where is the showroom?', facts: ['Kirkstall Road'], escalate: false },
  { question: 'Can I get a swatch of the fabric?', facts: ['5 free'], escalate: false },
  { question: 'Can I cancel my order?', facts: ['until it is dispatched'], escalate: false },
  { question: 'What if I cancel a made-to-order item after three weeks?', facts: ['25% deposit'], escalate: false },
  { question: 'How do I move my delivery to another day?', facts: ['dispatch email'], escalate: false },
  { question: 'What is your phone number?', facts: ['0113 555 0182'], escalate: false },
  { question: 'Do you sell mattresses?', unknown: true, escalate: false },
  { question: 'Do you ship to France?', facts: ['mainland UK only'], escalate: false },
  { question: 'Do you offer a trade discount for interior designers?', unknown: true, escalate: false },
  { question: 'Can I buy a gift card?', unknown: true, escalate: false },
  { question: 'Do you recycle my old sofa?', unknown: true, escalate: false },
  { question: 'What wood is the Harlow dining table made of?', unknown: true, escalate: false },
];
