/**
 * Held-out business written BLIND, BEFORE round-9 changes, and never tuned on: The Cinder Lane
 * Picturehouse, a fictional independent three-screen cinema with a café-bar in Norwich (ticket
 * prices and concessions, booking online and booking fees, membership tiers, refunds and
 * exchanges, age ratings and ID, parent-and-baby screenings, accessibility, food and drink, private
 * hire and birthday parties, gift cards, parking, getting there and lost property). Articles are
 * written like a small venue's help centre (headings, lists, price tables, an FAQ, plain
 * paragraphs); questions are paraphrased the way customers write, a few with typos or text-speak.
 * Ten of the 45 are plausible questions the pages do NOT answer; two should go to a person.
 * Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const CINDER_CONTEXT =
  "The Cinder Lane Picturehouse is an independent three-screen cinema with a café-bar at 14 Cinder Lane, Norwich NR2 4HT. Call the box office on 01603 496 812 or email boxoffice@cinderlanepicturehouse.co.uk; the box office is open every day from 11am to 9pm.";

export const CINDER_RULES = [
  'always escalate if a customer says they or someone with them was injured or taken ill at the cinema',
  'refund requests over £50',
  'complaints about how a member of staff treated them - pass to a person',
  'charged twice / paid but no tickets or confirmation email arrived',
];

export const CINDER_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Ticket prices and concessions',
    category: 'Tickets',
    content: `# Ticket prices and concessions

We try to keep a night at the pictures affordable. Prices are the same in all three screens, except for the recliners in Screen 1 (see below).

| Ticket | Standard price | Cheap Tuesday |
|---|---|---|
| Adult | £10.50 | £7.00 |
| Concession | £8.50 | £6.00 |
| Child (under 15) | £6.50 | £5.00 |
| Family (2 adults + 2 children, or 1 adult + 3 children) | £29.00 | £20.00 |

Cheap Tuesday prices apply to every screening on a Tuesday, all day, apart from event cinema.

## Who counts as a concession?

- People aged 60 and over
- Full-time students with a valid student card or TOTUM card
- Anyone receiving Jobseeker's Allowance or Universal Credit (please bring proof)

We may ask to see proof at the door, so keep it handy.

## Recliner seats

The back two rows of Screen 1 are leather recliners. They cost an extra £2.00 per seat on top of the normal ticket price.

## Event cinema

Live and recorded theatre, opera and ballet broadcasts are priced separately: usually £16.00 for adults and £14.00 for concessions. Check the listing for each event.
`,
  },
  {
    title: 'Booking online and booking fees',
    category: 'Tickets',
    content: `# Booking online and booking fees

You can book on our website, over the phone, or in person at the box office.

## Booking fees

| How you book | Fee |
|---|---|
| Online | 75p per ticket (capped at £3.00 per booking) |
| By phone | £1.00 per booking |
| In person at the box office | No fee |
| Members (any method) | No fee |

## When do tickets go on sale?

Our listings run Friday to Thursday. Tickets for the following week go on sale every Monday at 10am. Event cinema and special screenings are often on sale months ahead.

## Your tickets

When you book online we email your tickets straight away. There's no need to print anything: just show the QR code on your phone at the screen door. If the email hasn't arrived, check your junk folder before calling us.

Online booking closes 10 minutes before the advertised start time. After that, come to the box office and we'll sell you a ticket if there are seats left.

## Group bookings

You can book up to 10 tickets in one online booking. For groups of 10 or more, please call the box office: we give a 15% group discount and can seat you together.
`,
  },
  {
    title: 'Membership',
    category: 'Membership',
    content: `# Membership

Membership is the best way to support an independent cinema, and it pays for itself quickly if you come regularly. All memberships last a year from the day you join.

| Perk | Reel | Double Bill | Director's Cut |
|---|---|---|---|
| Price per year | £35 | £55 | £120 |
| Number of named members | 1 | 2 | 1 |
| Discount on every ticket | £1.50 | £1.50 each | £2.50 |
| Free tickets when you join | 2 | 4 | 8 |
| Café-bar discount | 10% | 10% | 20% |
| Priority booking | No | No | 48 hours before general sale |
| Booking fees | None | None | None |

## How it works

- Your membership card is digital: you'll find it in your online account, and the box office can look you up by name.
- Member discounts apply to the member's own ticket only.
- Free tickets can be used for any standard screening, but not event cinema.
- Director's Cut members also get invitations to our members' preview screenings.

## Changing your mind

If you cancel within 14 days of joining and haven't used any of your free tickets, we'll refund your membership in full.

## Renewing

We'll email you a month before your membership ends with a link to renew.
`,
  },
  {
    title: 'Refunds and exchanges',
    category: 'Tickets',
    content: `# Refunds and exchanges

Plans change, we get it. Here's what we can do.

## Exchanges

You can swap your tickets to a different screening (any film, any day) up to 2 hours before your original screening starts. There is an exchange fee of £1.00 per ticket; exchanges are free for members. If the new tickets cost more, you just pay the difference.

## Refunds

- Cancel 24 hours or more before the screening and we'll give you a full refund of the ticket price (booking fees are not refundable).
- Less than 24 hours before, we can't refund, but we'll give you a credit voucher for the value of your tickets. Credit vouchers are valid for 6 months.
- If you miss your screening or arrive too late to go in, we can't offer a refund or a voucher.

Refunds go back to the card you paid with and usually take 5 to 7 working days to appear.

## Event cinema

Event cinema tickets are non-refundable, but they can be exchanged up to 48 hours before the broadcast.

## If something goes wrong on our side

If we cancel a screening, or a screening is interrupted for more than 15 minutes because of a technical fault, everyone in the screen gets a full refund or a free ticket for another screening, whichever they prefer. Just speak to the duty manager on the night, or contact the box office within 7 days.
`,
  },
  {
    title: 'Age ratings, ID and bringing children',
    category: 'Visiting',
    content: `# Age ratings, ID and bringing children

We follow the BBFC age ratings for every film, and by law we have to enforce them.

## Age ratings

- **U and PG:** anyone can attend. Children under 10 must be with someone aged 16 or over.
- **12A:** children under 12 can only watch if they're accompanied by someone aged 18 or over.
- **12, 15 and 18:** nobody under that age can be admitted, even with a parent.

## ID

We operate Challenge 25. If you look under 25 and are seeing a 15 or 18 film, or buying alcohol at the bar, we'll ask for photo ID. We accept:

- a passport
- a photocard driving licence
- a PASS card (such as a CitizenCard or Young Scot card)

Student cards and bank cards are not accepted as proof of age. If someone in your group can't show ID, we won't be able to let them in, and we can't give a refund in that case.

## Parent and baby screenings: Cinder Cubs

Cinder Cubs screenings are for parents and carers with babies under 18 months. They run every Wednesday at 10.30am in Screen 2.

- The lights stay slightly up and the volume is turned down.
- Nobody minds crying, feeding or walking about.
- There's a buggy park in the foyer and a baby-changing room next to Screen 2.
- Adult tickets are £7.50 and babies go free.

Please don't bring older children to Cinder Cubs; the films shown are chosen for grown-ups.
`,
  },
  {
    title: 'Accessibility',
    category: 'Accessibility',
    content: `# Accessibility

We want everyone to be able to enjoy a film here. If you have any questions before your visit, give the box office a ring and we'll talk you through it.

## Getting around the building

There is step-free access from the street to the foyer, the café-bar and all three screens. Screens 1 and 2 are on the ground floor; Screen 3 is on the first floor and is reached by a lift next to the café-bar. There's an accessible toilet on the ground floor.

| Screen | Seats | Wheelchair spaces |
|---|---|---|
| Screen 1 | 120 | 4 |
| Screen 2 | 64 | 2 |
| Screen 3 | 32 | 2 |

Wheelchair spaces can be booked online (choose a seat marked with the wheelchair symbol) or through the box office.

## Companion tickets

If you hold a CEA Card, the person coming with you to help gets a free ticket. Just book your own ticket and tell the box office, or choose the companion ticket option online.

## Subtitled screenings

We show films with on-screen subtitles every Sunday at 4pm and every Thursday at 1pm. These are marked ST in our listings.

## Audio description

Most new releases have an audio description track. Headsets are free to borrow from the box office; these films are marked AD in the listings.

## Relaxed screenings

Our relaxed screenings are for anyone who'd find a normal cinema trip difficult, including autistic people and people living with dementia. They take place on the first Saturday of every month at 11am. The lights stay low rather than off, the sound is quieter, there are no adverts or trailers, and you're free to move around, make noise and come and go.

## Other help

- All screens have a hearing loop.
- Assistance dogs are welcome in every screen.
`,
  },
  {
    title: 'Food and drink',
    category: 'Café-bar',
    content: `# Food and drink

Our café-bar opens at 10am every day and stays open until the last film of the night has started. We serve coffee, cakes, local beers and wine, and proper popcorn.

## Café-bar prices

| Item | Price |
|---|---|
| Popcorn (small) | £3.20 |
| Popcorn (large) | £4.80 |
| Soft drink | £2.60 |
| Coffee or tea | £2.90 |
| Glass of wine (175ml) | £6.50 |
| Bottle of local beer | £5.20 |

Our popcorn is popped fresh in coconut oil and comes sweet, salted or mixed.

## Taking food and drink into the screens

You're welcome to take anything from the café-bar into the film with you. Hot drinks must have a lid. Alcohol can be taken into screens in plastic glasses, which the bar will give you, except at Cinder Cubs and relaxed screenings.

## Bringing your own

Small cold snacks and soft drinks bought elsewhere are fine. Please don't bring hot food, takeaways or your own alcohol. Baby food, and food you need for medical reasons, is always allowed.
`,
  },
  {
    title: 'Private hire and birthday parties',
    category: 'Private hire',
    content: `# Private hire and birthday parties

Any of our screens, or the café-bar, can be hired for work events, film clubs, celebrations and screenings of your own.

## Private hire prices

Prices are for a slot of up to 3 hours, including a member of staff and a projectionist.

| Space | Capacity | Price (up to 3 hours) |
|---|---|---|
| Screen 1 | 120 seats | £450 |
| Screen 2 | 64 seats | £300 |
| Screen 3 | 32 seats | £180 |
| Café-bar (evenings only) | 50 people | £200 |

A 25% deposit secures your date, and the balance is due 21 days before the event. Hires are available on weekday mornings and afternoons, and from 10pm on Fridays and Saturdays.

## Kids' birthday parties

Our birthday parties are for children aged 4 to 12 and run on Saturday and Sunday mornings at 10am.

- £14.50 per child, for a minimum of 10 children
- Each child gets a film ticket, a small popcorn and a drink
- 45 minutes in our Green Room before or after the film for party time
- One adult goes free for every 5 children; extra adults are £6.50

To book a party, email the box office with your preferred date and the number of children.
`,
  },
  {
    title: 'Gift cards',
    category: 'Gift cards',
    content: `# Gift cards

A Cinder Lane gift card is a great present for any film lover.

## Buying a gift card

- Choose any amount from £10 to £150.
- E-gift cards are bought on our website and emailed straight away, either to you or to the person receiving it.
- Plastic gift cards can be bought at the box office and come in a little card envelope.

## Date Night voucher

Our Date Night voucher costs £30 and covers two tickets, two regular popcorns and two soft drinks. It can be used for any standard screening, but not Cinder Cubs or event cinema.

## Using a gift card

Gift cards can be spent on tickets, at the café-bar, and on membership. They can't be used for private hire or parties. You don't have to spend it all at once; any balance stays on the card. You can check your balance at the box office or on the Gift Cards page of our website.

Gift cards are valid for 12 months from the date of purchase and can't be exchanged for cash. Please treat a plastic gift card like cash, as we can't replace one that's lost or stolen. If you've lost an e-gift card email, we can resend it.
`,
  },
  {
    title: 'Visiting us: frequently asked questions',
    category: 'Visiting',
    content: `# Visiting us: frequently asked questions

### Where can I park?

We don't have our own car park. The nearest is Wensum Street car park, a 3-minute walk away, which charges an evening flat rate of £3.50 after 6pm. There are two Blue Badge bays right outside the cinema on Cinder Lane.

### Can I get to you by bus or train?

Yes. Bus routes 14 and 38 stop at the Cinder Lane stop, almost outside our door. From Norwich railway station it's about 18 minutes on foot.

### Is there anywhere to leave my bike?

There are bike racks for 12 bikes at the front of the building.

### How early should I arrive?

Doors to the screen open 20 minutes before the listed time. There are around 15 minutes of adverts and trailers before the film itself starts, apart from relaxed screenings.

### Can I bring my dog?

Well-behaved dogs on a lead are welcome in the café-bar. Only assistance dogs can go into the screens.

### I've left something behind. What should I do?

Call the box office or email us with a description of the item, which screen you were in and the date. We keep lost property for 30 days. Phones, wallets and keys are locked in the office and we'll ask for ID when you collect them. After 30 days, unclaimed items are given to charity. If you can't come in, we can post small items back to you for £4.50.
`,
  },
];

export const CINDER_HELD_OUT: EvalCase[] = [
  // answerable: business context
  { question: "whats the number for the box office, want to ring up and book", facts: ['01603 496 812'], escalate: false },
  { question: "What time does the ticket desk close in the evening? Wanted to pop in and buy tickets after work", facts: ['9pm'], escalate: false },
  // answerable: ticket prices and concessions
  { question: "How much is it for a grown-up to see a film, like on a normal Saturday night?", facts: ['£10.50'], escalate: false },
  { question: "me and my nan wanna go on tuesday, shes 72, how much will hers be?", facts: ['£6.00'], escalate: false },
  { question: "Is there any kind of deal if it's me, my partner and our two kids?", facts: ['£29.00'], escalate: false },
  // answerable: booking online and booking fees
  { question: "Why does your website add a charge at checkout?? How much is it per seat?", facts: ['75p'], escalate: false },
  { question: "When can I get tickets for next week's films? I always miss out on the popular ones", facts: ['Monday at 10am'], escalate: false },
  { question: "Trying to book 14 seats for our book club night out but the site won't let me go past a certain number. What do we do? Is there any discount for a big group?", facts: ['15%'], escalate: false },
  // answerable: membership
  { question: "How much is your most expensive membership a year?", facts: ['£120'], escalate: false },
  { question: "Can my husband and I get one membership between the two of us? What does it cost?", facts: ['Double Bill', '£55'], escalate: false },
  { question: "which membership lets u book before everyone else? new wes anderson coming out and i NEED good seats", facts: ["Director's Cut", '48 hours'], escalate: false },
  // answerable: refunds and exchanges
  { question: "I booked last week for Friday night but now I can't go. It's Tuesday today - can I get my money back?", facts: ['24 hours'], escalate: false },
  { question: "can i move my tickets to another showing instead, and is there a deadline for doing that", facts: ['2 hours'], escalate: false },
  { question: "We were at the 8pm showing last night and the picture went off and didn't come back for about 20 mins. Several of us just left in the end. Are we entitled to anything?", facts: ['15 minutes'], escalate: false },
  // answerable: age ratings and ID
  { question: "My lad is 10, can he go and watch a 12A on his own with his mates?", facts: ['18 or over'], escalate: false },
  { question: "I'm 19 but get told I look about 15. Going to see an 18 next week - what can I bring as proof of age? I don't drive", facts: ['passport'], escalate: false },
  // answerable: parent and baby screenings
  { question: "Do you do anything for new mums? I'd love to see a film but my 4 month old will definitely cry", facts: ['Cinder Cubs'], escalate: false },
  { question: "what day/time are the baby screenings on?", facts: ['Wednesday', '10.30am'], escalate: false },
  { question: "My youngest has just turned two. Am I still OK to bring her to the baby film sessions?", facts: ['18 months'], escalate: false },
  // answerable: accessibility
  { question: "I'm hard of hearing and need captions to follow a film. Do you ever show films with subtitles on?", facts: ['Sunday', 'Thursday'], escalate: false },
  { question: "I need someone with me when I go out. Does my helper have to buy a ticket as well?", facts: ['CEA Card'], escalate: false },
  { question: "My son is autistic and the noise and dark in cinemas really overwhelms him. Is there a showing that would suit him better, and when?", facts: ['first Saturday'], escalate: false },
  // answerable: food and drink
  { question: "can i bring my own sweets and a bottle of pop from the shop or do i have to buy yours", facts: ['cold snacks'], escalate: false },
  { question: "Is it ok to take a glass of red in with me to watch the film?", facts: ['plastic'], escalate: false },
  { question: "how much is a big popcorn", facts: ['£4.80'], escalate: false },
  // answerable: private hire and birthday parties
  { question: "We're a small team of about 25. What would it cost to have your smallest screen to ourselves for a work thing?", facts: ['£180'], escalate: false },
  { question: "Thinking of doing my daughter's 7th birthday party at yours. What's the cost per kid and how many do we have to have?", facts: ['£14.50', '10 children'], escalate: false },
  // answerable: gift cards
  { question: "do gift vouchers run out? got one for christmas and havent used it yet", facts: ['12 months'], escalate: false },
  { question: "What's the maximum I can load onto a gift card?", facts: ['£150'], escalate: false },
  { question: "Is there a present that covers a film for two with snacks? Want to treat my parents for their anniversary", facts: ['Date Night', '£30'], escalate: false },
  // answerable: visiting FAQ (parking, getting there, lost property)
  { question: "Where's the closest place to leave the car when we come to an evening film?", facts: ['Wensum Street'], escalate: false },
  { question: "Coming in on the train from Cambridge. How long a walk is it from the station to you?", facts: ['18 minutes'], escalate: false },
  { question: "I think I left my scarf under my seat on Friday night. How long will you hang onto it if someone found it?", facts: ['30 days'], escalate: false },

  // unanswerable: the pages do not say
  { question: "Do you show any films in 3D? Need to know whether to bring my own glasses", unknown: true, escalate: false },
  { question: "Can I pay for my membership monthly instead of all in one go?", unknown: true, escalate: false },
  { question: "Is there a student discount on membership? I'm at UEA and come most weeks", unknown: true, escalate: false },
  { question: "Do you have gluten-free cakes or sandwiches in the café-bar? I'm coeliac", unknown: true, escalate: false },
  { question: "Is there free wifi in the café-bar? I'd like to sit and do some work before the film", unknown: true, escalate: false },
  { question: "Do you take cash at the box office or is it card only?", unknown: true, escalate: false },
  { question: "Can I add more money onto a gift card I already have?", unknown: true, escalate: false },
  { question: "Are there electric car charging points at the car park near you?", unknown: true, escalate: false },
  { question: "Do you ever show football matches or other live sport in the screens or the bar?", unknown: true, escalate: false },
  { question: "For my son's birthday party, could you put a happy birthday message up on the big screen before the film?", unknown: true, escalate: false },

  // escalate: a person should handle these
  { question: "I booked 4 tickets on your website last night and my banking app shows the payment went out twice, but I've only had one confirmation email. Can you sort this out?", escalate: true },
  { question: "My dad missed a step on the way down to our seats in Screen 2 on Saturday when the lights were off and he's badly hurt his wrist. Who do I speak to about this?", escalate: true },
];
