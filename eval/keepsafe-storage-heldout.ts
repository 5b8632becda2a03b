/**
 * Held-out business written BEFORE round-6 changes and never tuned on: KeepSafe Storage, a
 * fictional family-run self-storage site in Shrewsbury (units of several sizes, gate access
 * hours, contents cover, boxes and packing supplies, a customer van). Articles are written like
 * a small business's help pages (headings, lists, one price table, plain paragraphs, an FAQ);
 * the questions are paraphrased the way customers ask. Ten are plausible questions the pages do
 * NOT answer, sharing generic words with them ("price", "book", "discount", "van", "unit",
 * "site"), so that the "don't know" figure means something. Seven must hand over to a person;
 * three calm messages merely mention a person or a rule's word and must not. Scored as
 * held-out: its misses are never printed, and it is never tuned on.
 */
import type { EvalCase } from './cases.ts';

export const KEEPSAFE_CONTEXT =
  'KeepSafe Storage is a family-run self-storage site on the Harlescott estate in Shrewsbury, renting indoor units from small lockers up to drive-up units, and selling boxes and packing supplies. Customers can also hire our van to move their things in. Phone 01743 555 370, email hello@keepsafestorage.co.uk.';

export const KEEPSAFE_RULES = [
  'a customer reporting a break-in, theft or damage to their unit',
  'refund requests over £300',
  'any accident or damage involving the hire van',
  'always escalate if someone mentions a lawyer or solicitor',
];

export const KEEPSAFE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Unit sizes and prices',
    category: 'Prices',
    content: `# Unit sizes and prices

All our units are indoors, clean and dry. Prices are per week and include VAT. Rent is collected every 4 weeks.

| Unit | Floor space | Roughly holds | Price per week |
|---|---|---|---|
| Locker | 15 sq ft | A few boxes, suitcases, a bike | £9 |
| Small | 25 sq ft | The contents of a box room or student room | £16 |
| Medium | 50 sq ft | The contents of a one-bedroom flat | £27 |
| Large | 100 sq ft | The contents of a three-bedroom house | £45 |
| Extra large | 150 sq ft | A four-bedroom house, or business stock | £62 |
| Drive-up | 200 sq ft | Roller door you can park outside; vehicles allowed | £78 |

## Current offers

- **New customers:** first 4 weeks half price on Medium units and bigger, when you stay at least 8 weeks.
- **Students:** 10% off Locker and Small units with a valid student card.
- **Pay yearly:** see our FAQ.

Not sure which size you need? Come and have a look, or call us and we'll help you work it out.`,
  },
  {
    title: 'Opening and access hours',
    category: 'Access',
    content: `# Opening and access hours

## Office and reception hours

- Monday to Friday: 8:30am to 5:30pm
- Saturday: 9am to 4pm
- Sunday: 10am to 2pm

## Getting to your unit

You can get to your unit from 6am to 10pm, seven days a week, using your personal PIN at the gate keypad. Your PIN is sent to you by text when you sign your rental agreement.

**24-hour access** is available on Large, Extra large and Drive-up units for an extra £5 per week. Ask at reception to add it.

## Closures

The whole site is closed on Christmas Day, Boxing Day and New Year's Day.

## Forgotten your PIN?

For security we never send PINs by email. Call the office on 01743 555 370 during office hours and we'll reset it after a few security questions.`,
  },
  {
    title: 'Renting a unit',
    category: 'Getting started',
    content: `# Renting a unit

You can reserve a unit online, by phone or at reception. Reserving is free and we'll hold the unit for you for 7 days, with no obligation to take it.

On move-in day, please bring photo ID (a passport or photocard driving licence) and a proof of address dated within the last 3 months, such as a utility bill or bank statement. We'll go through the rental agreement with you, which takes about 15 minutes.

You pay the first 4 weeks' rent up front, plus a refundable security deposit of £50. The minimum rental period is 2 weeks; after that you can stay as long as you like.

Every unit must be locked with your own padlock, and only you hold the key. If you don't have one, we sell a heavy-duty disc padlock at reception.`,
  },
  {
    title: 'Insurance for your stored goods',
    category: 'Insurance',
    content: `# Insurance for your stored goods

Everything kept at KeepSafe Storage must be insured. You have two options.

## Option 1: KeepSafe Cover

Our own cover, added to your rent. Pick the level that matches the value of your goods:

- Cover up to £2,000: £2.50 per week
- Cover up to £5,000: £4.50 per week
- Cover up to £10,000: £7.80 per week
- Over £10,000: ask us for a quote

KeepSafe Cover protects against fire, flood, storm and theft with forced entry. There is an excess of £100 on every claim. Claims must be reported within 14 days of you finding the loss.

**Not covered:** cash, jewellery, watches, artwork worth over £500 per item, and anything on our list of items you can't store.

## Option 2: Your own policy

If your home contents insurance covers goods in storage, you can use it instead. We'll need a letter from your insurer confirming the storage address before you move in.`,
  },
  {
    title: "What you can and can't store",
    category: 'Using your unit',
    content: `# What you can and can't store

Most household and business goods are fine: furniture, boxes, white goods (clean and dry), bikes, archive files and stock.

## Not allowed

- Food or anything perishable
- Petrol, diesel, gas bottles, paint thinners and anything else flammable or explosive
- Firearms, ammunition or anything illegal
- Plants and animals of any kind
- Waste, or anything that smells or leaks

## Allowed with conditions

- **Vehicles** (cars, motorbikes, quad bikes) can only be kept in Drive-up units. They must be insured and have no more than a quarter of a tank of fuel.
- **Car tyres** are accepted, up to 8 per unit.
- **Fridges and freezers** must be emptied, defrosted and left with the door propped open.

Nobody may live or sleep in a unit, or use it as a workshop.`,
  },
  {
    title: 'Boxes and packing supplies',
    category: 'Shop',
    content: `# Boxes and packing supplies

Our shop at reception sells everything you need for a move. You don't need to be a storage customer to buy.

- Small box (ideal for books): £2.20
- Medium box: £2.80
- Large box: £3.40
- Wardrobe box with hanging rail: £11
- Bubble wrap, 10 m roll: £6.50
- Packing tape: £1.80 a roll
- Double mattress cover: £5
- Heavy-duty disc padlock: £12

## Flat Move Pack

10 medium boxes, 5 large boxes, 2 rolls of tape and a roll of bubble wrap for £39, a saving on buying them separately.

## Returns

Bought too many? Unused boxes in their original condition can be returned within 30 days for a full refund. Keep your receipt.`,
  },
  {
    title: 'Hiring our van',
    category: 'Van hire',
    content: `# Hiring our van

Storage customers can hire our Ford Transit Custom van to bring their things in.

## Prices

- **Move-in day:** free for the first 3 hours (you just pay for the fuel you use)
- **Half day** (up to 4 hours): £45
- **Full day:** £70

## Who can drive

- Drivers must be aged 25 to 75
- You must have held a full UK driving licence for at least 2 years
- No more than 6 penalty points

## Booking and returning

- Book at least 48 hours in advance by calling the office.
- The van is for local use only, within 30 miles of the site.
- Bring it back with the same fuel level you collected it with. If not, we charge a £20 refuelling fee plus the cost of the fuel.
- Any damage must be reported to the office as soon as you return.`,
  },
  {
    title: 'Paying and moving out',
    category: 'Account',
    content: `# Paying and moving out

Rent is collected every 4 weeks by Direct Debit, starting from the day you move in. You can change the date it comes out by calling the office.

If a payment is still unpaid 10 days after it was due, we add a late fee of £15. If it is still unpaid after 28 days, we fit our own lock to your unit (an overlock) and you won't be able to get in until the account is paid up.

Need more or less space? Moving to a different size unit is free of charge, subject to availability, and we'll work out any difference in rent for you.

When you're ready to leave, give us at least 7 days' notice. Clear the unit completely and sweep it out, then hand in your padlock key or remove your padlock. Your £50 deposit is refunded within 10 working days, to the card or account you paid with.`,
  },
  {
    title: 'Security at our site',
    category: 'Security',
    content: `# Security at our site

Our site is protected by CCTV around the clock, covering the gate, the car park and every corridor. Recordings are kept for 21 days and can be viewed by the police on request.

Every unit door is individually alarmed, and the alarm is linked to a monitoring centre outside office hours. The gate only opens with a valid PIN, and every entry and exit is logged against your account.

Only people named on your rental agreement can get in. You can add up to 2 authorised people to your agreement free of charge; each one gets their own PIN.

A member of our team is on site throughout office hours.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**Can I have parcels delivered to my unit?**
Yes. We'll sign for parcels on your behalf during office hours, as long as your name and unit number are on the label. We can't accept pallets or single items over 30 kg.

**Can I pay for a whole year in advance?**
Yes. Pay 52 weeks up front and you get 8% off the weekly price.

**Is there parking for loading and unloading?**
Yes, there's a covered loading bay right by the entrance. Please keep to 30 minutes so everyone gets a turn.

**Do you have trolleys?**
Yes, we have flatbed trolleys and sack trucks you can borrow for free. Please return them to the loading bay.

**Is there electricity in the units?**
No, there are no power sockets in the units. The corridors are lit, and each unit has its own light.

**Can someone else collect things from my unit?**
Only if they are an authorised person on your agreement. See our security page.`,
  },
];

export const KEEPSAFE_HELD_OUT: EvalCase[] = [
  // Answerable, paraphrased, spread over the articles.
  { question: 'What would I pay each week for a 50 square foot unit?', facts: ['£27'], escalate: false },
  { question: "I'm clearing out my parents' 3 bed house while it's sold. Which size would you suggest and what does it cost?", facts: ['£45'], escalate: false },
  { question: 'Any deals on at the moment for first-time customers? Looking at one of the bigger units for a few months', facts: ['half price'], escalate: false },
  { question: 'How late in the evening can I get onto the site to drop stuff off?', facts: ['10pm'], escalate: false },
  { question: 'is your ofice open on a sunday?', facts: ['10am to 2pm'], escalate: false },
  { question: 'I work nights so I might need to get in at 3am sometimes - is that possible and does it cost more?', facts: ['£5 per week'], escalate: false },
  { question: "I've forgotten my gate code. Can you just email it to me?", facts: ['01743 555 370'], escalate: false },
  { question: 'What documants do I need to have on me on the day I move in?', facts: ['photo ID', 'proof of address'], escalate: false },
  { question: 'If I reserve a unit today how long will you keep it for me?', facts: ['7 days'], escalate: false },
  { question: 'Do you take a deposet when I start renting?', facts: ['£50'], escalate: false },
  { question: 'How much would the insurance be for roughly 5 grand worth of belongings?', facts: ['£4.50'], escalate: false },
  { question: 'If something in my unit gets ruined and I claim on your cover, how much do I have to pay towards it myself?', facts: ['£100'], escalate: false },
  { question: "I'd like to store my nan's rings and a couple of nice watches. Would they be covered by your insurance?", facts: ['jewellery'], escalate: false },
  { question: 'Can I keep a couple of jerry cans of fuel for the lawnmower in my unit?', facts: ['flammable'], escalate: false },
  { question: "I'd like to put my classic Mini away for the winter, can I store a car with you?", facts: ['Drive-up'], escalate: false },
  { question: 'Got a spare set of winter tyres for the car - can they go in my unit?', facts: ['8 per unit'], escalate: false },
  { question: 'How much are those tall boxes with a rail you can hang clothes on?', facts: ['£11'], escalate: false },
  { question: "Is there some kind of bundle deal on boxes and tape? I'm moving out of a flat", facts: ['Flat Move Pack', '£39'], escalate: false },
  { question: 'Does the van cost anything on the day I move my stuff in?', facts: ['3 hours'], escalate: false },
  { question: 'My son is 22 and has had his licence a few years, is he allowed to drive your van?', facts: ['25'], escalate: false },
  { question: "how far ahead do i need to book the van? i'm hoping to move this weekend", facts: ['48 hours'], escalate: false },
  { question: 'What happens if my rent payment is late?', facts: ['£15'], escalate: false },
  { question: "How much notice do I have to give you before I empty my unit and leave?", facts: ['7 days'], escalate: false },
  { question: 'Can I pay for the full year in one go and is it any cheaper if I do?', facts: ['8%'], escalate: false },
  { question: "Is there anywhere to pull up right by the door to unload? How long can I leave the car there?", facts: ['30 minutes'], escalate: false },
  { question: 'Can I get online orders sent straight to my storage unit?', facts: ['unit number'], escalate: false },

  // Plausible questions the pages do NOT answer.
  { question: 'Do you have any temperature-controlled units? I want to store a few cases of wine.', unknown: true, escalate: false },
  { question: 'Can you come and collect my furniture from my house and bring it to the unit? What would you charge for that?', unknown: true, escalate: false },
  { question: 'Do NHS staff get a discount on storage?', unknown: true, escalate: false },
  { question: "Have you got another site over in Telford? It'd be closer for me to book there.", unknown: true, escalate: false },
  { question: 'Are there toilets on site I can use while I am unloading?', unknown: true, escalate: false },
  { question: 'Is there a goods lift big enough for a sofa?', unknown: true, escalate: false },
  { question: 'Do you give anything if I refer a friend who then books a unit?', unknown: true, escalate: false },
  { question: 'Is the hire van diesel or electric?', unknown: true, escalate: false },
  { question: 'Is there wifi at the site?', unknown: true, escalate: false },
  { question: 'Can I rent some shelving or racking to put in my unit, and what is the price?', unknown: true, escalate: false },

  // Must hand over to a person.
  { question: 'Can I talk to an actual person please?', escalate: true },
  { question: 'Could someone from your office give me a ring on 07700 900412? Its about my account.', escalate: true },
  { question: 'Put me through to the manager now.', escalate: true },
  { question: 'Went to my unit this morning and the padlock had been cut off. Half my stuff is gone.', escalate: true },
  { question: "I paid for a whole year but I'm moving abroad next month, so I want the remaining £480 back.", escalate: true },
  { question: 'I clipped a bollard reversing your van out of the car park and the side panel is dented. What do I do?', escalate: true },
  { question: 'You overlocked my unit when I had already paid. My solicitor will be in touch.', escalate: true },

  // Calm messages that merely mention a person or a rule's word: must NOT hand over.
  { question: 'The lady on reception was really helpful last week, thank you! Quick one: how long have I got to bring back boxes I did not use?', facts: ['30 days'], escalate: false },
  { question: 'Not after a refund or anything, just wondering: once I move out, how long does it take to get my deposit back?', facts: ['10 working days'], escalate: false },
  { question: "Before I sign up, I'm curious how you guard against break-ins. How long do you keep the CCTV footage?", facts: ['21 days'], escalate: false },
];
