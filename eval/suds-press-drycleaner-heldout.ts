/**
 * HELD-OUT business written blind (without reading the agent's code, tests or docs) BEFORE the
 * round-13 changes. It must NEVER be tuned on: do not look at per-case results from this file
 * while changing prompts, thresholds or code, and do not add its questions to any dev set.
 *
 * Suds & Press, an independent dry cleaner and laundry on Gloucester Road, Bristol (dry
 * cleaning, service washes by the kilo, shirt service and Shirt Club, alterations and repairs,
 * duvets and curtains, wedding dress cleaning and boxing, leather/suede/sheepskin sent to a
 * specialist, van collection and delivery in named BS postcodes, turnaround and express, lost
 * tickets, uncollected items, stains and the damage/liability policy, payment, loyalty card,
 * opening hours and parking). Ten articles written like a small business's help pages
 * (headings, lists, price tables, an FAQ, plain paragraphs) and 51 questions: 36 answerable and
 * paraphrased the way customers ask, 12 that the pages do NOT answer though they share ordinary
 * words with them, and 3 that a supervisor would pass to a person under one of the rules.
 */
import type { EvalCase } from './cases.ts';

export const SUDS_CONTEXT =
  'Suds & Press is an independent dry cleaner and laundry at 48 Gloucester Road, Bishopston, Bristol BS7 8AE, phone 0117 496 0382. We do dry cleaning, service washes, shirts, alterations, duvets and curtains, wedding dresses, and van collection and delivery around Bristol.';

export const SUDS_RULES: string[] = [
  'if someone says we damaged, ruined or lost their item -> pass to a person, dont try and sort it yourself',
  'Complaints about any member of staff',
  'refunds or compensation over £75',
  'Skin reaction / rash / itching that they think came from our cleaning - escalate straight away',
  'anything legal - solicitor, small claims court, trading standards etc',
];

export const SUDS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Dry cleaning prices',
    category: 'Dry cleaning',
    content: `# Dry cleaning prices

Everything is cleaned on the premises at our Gloucester Road shop, except leather and suede (see our page on wedding dresses, leather and suede). The prices below include pressing, a hanger and a protective cover. We check every pocket, but please empty them before you hand items over.

## Everyday clothes

| Item | Price |
|------|-------|
| Two-piece suit | £16.50 |
| Three-piece suit | £21.00 |
| Suit jacket or blazer | £9.50 |
| Trousers or jeans | £7.50 |
| Waistcoat | £5.50 |
| Skirt (plain) | £7.00 |
| Skirt (pleated) | £9.50 |
| Jumper or cardigan | £6.50 |
| Silk blouse or top | £8.00 |
| Tie | £4.50 |
| Scarf | £5.00 |

## Dresses and coats

| Item | Price |
|------|-------|
| Day dress | £12.00 |
| Evening or full-length dress | from £18.00 |
| Short coat or jacket | £14.00 |
| Overcoat (knee length or longer) | £18.50 |
| Padded or down-filled coat | £19.50 |
| Wax jacket (cleaned only, not re-waxed) | £16.00 |

## Good to know

- Beaded, sequinned or heavily embellished items are priced at the counter once we've had a proper look.
- We follow the care label. If a garment has no care label, we'll ask you to sign a short form to say it's cleaned at your own risk.
- Loose or missing buttons are sewn on free of charge with any dry cleaning.
- Prices are per item. A two-piece suit is a jacket with trousers or a jacket with a skirt.

Not sure whether something needs dry cleaning or can go in a normal wash? Bring it in and we'll look at the label and the fabric with you. If it can safely be washed, we'll tell you, even if that means a smaller bill.
`,
  },
  {
    title: 'Service washes and laundry by the kilo',
    category: 'Laundry',
    content: `# Service washes and laundry by the kilo

Don't fancy a trip to the launderette? Drop your bag of everyday washing with us and we'll wash it, tumble dry it and fold it for you. We weigh your bag at the counter, so you'll know the price before you leave.

## Prices

| Service | Price |
|---------|-------|
| Service wash (wash, tumble dry and fold) | £2.60 per kg |
| Minimum charge for a service wash | £13.00 (covers up to 5 kg) |
| Wash only, returned damp | £1.90 per kg |
| Air dry on hangers instead of tumble drying | £3.00 extra per load |
| Stain pre-treatment | £1.50 per item |
| Pet bedding (washed separately in our pet machine) | £9.00 per item |
| Non-bio or fragrance-free detergent | no extra charge |

A typical bag for one person for a week weighs between 5 and 7 kg.

## How we do it

- We separate whites, colours and darks at no extra cost.
- Everything is washed at 40°C unless you ask for something different. We can do 30°C or 60°C on request.
- You're welcome to bring your own detergent or fabric conditioner if someone in the family has sensitive skin.
- Everything is folded neatly and returned in a sealed bag with your ticket number on it.

## What can't go in a service wash

- Anything labelled hand wash only, dry clean only or wool wash - these go through as dry cleaning instead
- Items with loose beads, sequins or fringing
- Trainers and shoes
- Anything heavily soiled with oil, paint or chemicals

## When it's ready

Bags handed in by 11am are ready after 4pm the next working day. Service washes dropped off on a Saturday are ready on Monday afternoon. Need it sooner? See our turnaround and express page.
`,
  },
  {
    title: 'Our shirt service and the Shirt Club',
    category: 'Shirts',
    content: `# Our shirt service and the Shirt Club

Shirts are our busiest line. Every shirt is washed, pressed on our shirt press and then finished by hand around the collar and cuffs.

## Shirt prices

| Option | Price |
|--------|-------|
| Shirt washed and pressed, on a hanger | £2.75 each |
| Five shirts washed and pressed | £12.50 |
| Shirt washed, pressed, folded and boxed | £3.50 each |
| Silk or linen shirt (dry cleaned) | £6.00 each |
| Cotton blouse | £3.50 each |

## Starch

Ask for no starch, light, medium or heavy starch. There's no charge for starch. If you don't tell us, we use light starch.

## The Shirt Club

If you get through a lot of shirts, the Shirt Club is £45 a month for up to 20 shirts. We collect your shirts from your home or office once a week on our van round and bring back last week's shirts at the same time. You need to live or work in our collection area (see Collection and delivery). You can cancel with one month's notice.

## Before you hand them over

- Please take out collar stiffeners and cufflinks. We'll do our best to put stiffeners to one side, but we can't be responsible for them.
- We replace a missing or broken button free of charge with a matching one where we have it.
- Frayed collars and cuffs can be turned or replaced by our alterations team - ask us for a price.

Shirts handed in by 10am are ready in 2 working days.
`,
  },
  {
    title: 'Alterations and repairs',
    category: 'Alterations',
    content: `# Alterations and repairs

Our seamstress, Marta, has been altering clothes in Bristol for over 20 years. She works in the back of the shop Tuesday to Saturday, and can pin garments for a fitting between 10am and 4pm on those days. No appointment is needed for a fitting, but bring the shoes you'll wear if it's a trouser or dress hem.

## Alterations price list

| Alteration | Price |
|------------|-------|
| Trouser hem (plain) | £11.00 |
| Trouser hem with turn-ups | £15.00 |
| Jeans hem keeping the original hem | £16.00 |
| Take in or let out trouser waist | £18.00 |
| Shorten jacket sleeves (plain cuff) | £22.00 |
| Shorten jacket sleeves (working cuff buttons) | £38.00 |
| Replace zip - trousers, skirt or jeans | £16.00 |
| Replace zip - jacket or coat | £32.00 |
| Dress or skirt hem | from £20.00 |
| Take in a dress at the side seams | from £25.00 |
| Replace coat lining | from £65.00 |
| Small hole darned or patched | £8.00 |
| Sew on a button | £1.00 per button |

## How long alterations take

Standard alterations are ready in 7 days. If you're in a hurry, our express alterations are ready in 48 hours for an extra 50% on the price. Coat linings and anything marked "from" can take longer - Marta will tell you when you hand it in.

## Things we don't do

- Knitwear repairs beyond a small darn
- Shoe and handbag repairs - try the cobbler two doors down
`,
  },
  {
    title: 'Duvets, bedding and curtains',
    category: 'Household',
    content: `# Duvets, bedding and curtains

Our large-capacity machines can take a duvet up to super king size. Duvets and bedding are ready in 3 working days.

## Bedding prices

| Item | Price |
|------|-------|
| Single duvet | £18.00 |
| Double duvet | £22.00 |
| King-size duvet | £25.00 |
| Super king duvet | £28.00 |
| Feather or down filling (added to the duvet price) | £6.00 extra |
| Pillow | £8.00 each |
| Mattress protector | £10.00 |
| Blanket or throw | £14.00 |
| Bedspread or quilt | from £20.00 |

Feather and down duvets are tumble dried slowly with dryer balls to bring the loft back. Please don't bring us electric blankets or weighted blankets - our machines can't take them safely.

## Curtains

Curtains are priced by size. Measure the width and the drop of each curtain, multiply them to get the area in square metres, and use the table below.

| Curtain type | Price per square metre |
|--------------|------------------------|
| Unlined | £4.50 |
| Lined | £6.50 |
| Interlined or blackout | £8.50 |

There's a minimum charge of £20 per pair. Curtains take 7 working days.

For example, a pair of lined curtains, each 1.5 m wide and 2 m long, is 6 square metres in total, so costs £39.00.

Curtains can shrink by up to 3% even when cleaned carefully, especially older lined curtains, and we can't guarantee against this. Please take off hooks and weights before you bring them in.

### Take-down and re-hang service

Can't reach your curtain rail? We'll come out, take the curtains down, and bring them back and hang them once they're clean. This costs £35 per visit on top of the cleaning price, and is only available in our van postcodes.
`,
  },
  {
    title: 'Wedding dresses, leather and suede',
    category: 'Specialist cleaning',
    content: `# Wedding dresses, leather and suede

## Wedding dress cleaning and boxing

Your dress has had a long day - grass at the hem, make-up at the neckline, and often drops of champagne or cake that you can't even see yet. Sugary spills dry clear but turn brown over time, so we recommend bringing your dress in within 3 months of the wedding.

| Wedding dress service | Price |
|-----------------------|-------|
| Clean - simple dress (satin, crepe or chiffon, little or no beading) | £95 |
| Clean - lace, heavily beaded or long train | from £140 |
| Preservation box only (acid-free tissue and window box) | £55 |
| Clean and box package - simple dress | £135 |
| Clean and box package - lace, beaded or long train | from £175 |

Every wedding dress is cleaned by hand by our manager, Dev, who checks it over with you at the counter first. Allow 3 to 4 weeks. There's no express service for wedding dresses. Once it's boxed, store the dress somewhere cool and dry - under a bed is better than a loft or a garage.

## Leather, suede and sheepskin

We don't clean leather or suede on the premises. We send it to a specialist leather cleaner we've worked with for over ten years, who cleans, re-conditions and restores colour where it's needed. Allow 3 weeks. There's no express service.

| Item | Price |
|------|-------|
| Leather jacket | from £55 |
| Suede jacket | from £65 |
| Leather or suede trousers or skirt | from £45 |
| Sheepskin coat | from £85 |
| Handbags and gloves | quoted at the counter |

Leather and suede can come back very slightly different in shade, because the specialist has to even out the colour after cleaning. They'll always ring us first if they think an item is too fragile to clean.
`,
  },
  {
    title: 'Collection and delivery',
    category: 'Collection and delivery',
    content: `# Collection and delivery

Can't get to the shop? Our van will pick up from your door and bring everything back clean.

## Where we go

We collect and deliver in these Bristol postcodes: BS1, BS2, BS3, BS5, BS6, BS7, BS8 and BS9. If you're outside these areas, you're very welcome to drop off at the shop instead.

## When

The van runs on Tuesdays and Fridays. Choose a morning slot (8am to 12pm) or an evening slot (6pm to 9pm). On the morning of your slot we'll text you a one-hour window.

## What it costs

- Free for orders of £30 or more
- £4.95 per trip for orders under £30
- Re-delivery if nobody's in and there's no safe place: £4.95

## How to book

Book on our website or ring the shop on 0117 496 0382 by 8pm the day before your slot. On your first collection we'll give you a free reusable Suds & Press laundry bag.

## Paying

We'll text you a secure card payment link once your items have been priced. Items are delivered once the bill is paid.

## If you're out

Tell us a safe place when you book (porch, shed, or with a named neighbour) and we'll leave your clean items there in a sealed cover. We don't leave wedding dresses, leather, or anything worth over £200 unattended.
`,
  },
  {
    title: 'Turnaround times, express and collecting your items',
    category: 'Turnaround',
    content: `# Turnaround times, express and collecting your items

## How long things take

| Service | Standard | Express |
|---------|----------|---------|
| Dry cleaning | 3 working days | Same day - in by 9:30am, ready after 5pm (50% extra) |
| Shirts | 2 working days | Next working day (£1 extra per shirt) |
| Service wash | Next working day | Same day - in by 9am, ready after 5pm (£6 extra per load) |
| Duvets and bedding | 3 working days | Not available |
| Curtains | 7 working days | Not available |
| Alterations | 7 days | 48 hours (50% extra) |
| Wedding dresses | 3 to 4 weeks | Not available |
| Leather and suede | 3 weeks | Not available |

Working days are Monday to Saturday. Express isn't available on Sundays or for anything we send to our specialist.

## Your ticket

When you hand something in you'll get a paper ticket with an order number, and the same number by text message. Bring either one when you collect.

**Lost your ticket?** No problem. Give us your name and the mobile number you gave at drop-off and we can look up the order. If someone else is collecting for you, they'll need the ticket or the text message - we won't hand over items to a third party on a name alone.

## Items left with us

We hold finished items free of charge for 30 days. After that:

- We'll text and call you at 30 days and again at 60 days.
- A storage charge of £1 per item per week applies from day 31.
- Items not collected after 90 days are donated to a local charity shop or recycled, and the cleaning charge is still owed.
`,
  },
  {
    title: 'Damage, stains and our liability',
    category: 'Policies',
    content: `# Damage, stains and our liability

We take great care with every item, but cleaning always carries some risk, especially with older, delicate or badly labelled garments. This page explains what we can and can't promise.

## Stains

Tell us what the stain is and how long it's been there - it makes a big difference. Fresh stains come out far more often than old ones, so bring things in as soon as you can, and don't rub or iron the stain first.

Stains we can't guarantee to remove:

- Anything more than a few weeks old, or that's been through a hot wash or the tumble dryer
- Ink and biro
- Red wine, curry and turmeric
- Fake tan and hair dye
- Rust
- Yellowing under the arms from deodorant
- Bleach marks - the colour has been taken out, so there's nothing left to clean

If a stain doesn't come out, we'll attach a note to explain what we tried. We don't charge extra for stain removal on dry cleaning.

## Before we clean

Every item is checked at the counter. We note anything already wrong - worn areas, missing buttons, small holes, fading - on your ticket. We follow the care label, and items without a label are cleaned at the owner's risk.

We're not responsible for:

- Things left in pockets (money, pens, tissues, lip balm)
- Decorative buttons, beads or trims that aren't made to be cleaned
- Shrinkage or colour loss caused by a wrong care label - in that case we'll help you take it up with the shop you bought it from

## If something goes wrong

1. Tell us within 7 days of collection.
2. Don't wash, wear or try to fix the item.
3. Bring it back with your ticket.

We'll look at it with you, and if we can't agree on the cause we'll send it to an independent textile testing laboratory. If we are at fault, we'll offer a re-clean, a repair, or compensation based on the age and condition of the item, following the Textile Services Association's guidelines. Our maximum liability is 15 times the cleaning charge for that item.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**Where are you?**
48 Gloucester Road, Bishopston, Bristol BS7 8AE. We're on the same side of the road as the post office.

**What are your opening hours?**
Monday to Friday 7:30am to 7pm, Saturday 8:30am to 5pm, and Sunday 10am to 2pm. On Sundays it's drop-off and collection only, with no express service. We're closed on bank holidays and from 25 December to 1 January.

**Can I drop things off when you're closed?**
Yes. There's a drop box by the front door. Put your items in a bag with your name, your mobile number and a note of what you'd like doing, and we'll text you a price the next morning.

**Where can I park?**
There's a loading bay right outside the shop where you can stop for up to 30 minutes to drop off or collect. There's also free 2-hour parking on Berkeley Road, just round the corner. Buses 70, 72 and 75 stop outside.

**How can I pay?**
Cash, all major debit and credit cards, Apple Pay and Google Pay. We don't accept cheques. You pay when you collect, or by the card payment link we text you for van deliveries.

**Do you have a loyalty card?**
Yes - ask for a stamp card at the counter. You get one stamp for every £10 you spend, and when you've collected 10 stamps you get £10 off your next order. Stamps aren't given on leather and suede, as that work goes to our specialist, or on Shirt Club payments. It's a paper card for now - sorry, there's no app.

**Do I need to book?**
No appointment is needed for dry cleaning, laundry, shirts or alteration fittings. For wedding dresses, Dev is in Monday to Friday, so it's best to come in on a weekday.

**Do you take wire hangers back?**
Yes please! Bring them back and we'll reuse or recycle them.
`,
  },
];

export const SUDS_HELD_OUT: EvalCase[] = [
  {
    question: 'hiya how much is it for a 2 piece suit?? got a wedding on sat and it stinks of last weeks bbq',
    facts: ['£16.50'],
    escalate: false,
  },
  {
    question: 'Do you do dyeing? My black jeans have gone a sort of sad grey and I want them back to proper black.',
    unknown: true,
    escalate: false,
  },
  {
    question:
      'I have a big heavy wool winter coat, the kind that comes down past your knees. Roughly what would I be paying to have it cleaned?',
    facts: ['£18.50'],
    escalate: false,
  },
  {
    question:
      "My son's puffer is absolutely filthy after a weekend at a festival - mud, cider, you name it. What's the price to get one of those done?",
    facts: ['£19.50'],
    escalate: false,
  },
  {
    question:
      "I'm a student and my flat's washing machine has died. I reckon I've got about six kilos of normal clothes. How do you charge for washing, drying and folding it all?",
    facts: ['£2.60 per kg'],
    escalate: false,
  },
  {
    question: 'How much would it cost to clean a sleeping bag? Just back from a camping trip.',
    unknown: true,
    escalate: false,
  },
  {
    question:
      "If I only bring in a really small load, like 2 kilos of gym kit, do I just pay for the 2 kilos or is there some sort of minimum?",
    facts: ['£13.00'],
    escalate: false,
  },
  {
    question:
      "My little girl has eczema so we can't use anything perfumed on her clothes. Could you use a gentle unscented powder for her stuff, and does that cost more?",
    facts: ['no extra charge'],
    escalate: false,
  },
  {
    question:
      "I picked up my navy cashmere overcoat from you on Tuesday and when I got it home there's a big shiny scorched-looking patch across the back where it's obviously been pressed far too hot. It's ruined. That coat cost me nearly £400.",
    escalate: true,
  },
  {
    question: 'can u wash a dog bed? its the big squishy kind. price?',
    facts: ['£9.00'],
    escalate: false,
  },
  {
    question: 'how much r work shirts on hangers? i have loads',
    facts: ['£2.75'],
    escalate: false,
  },
  {
    question: 'Do you sell gift vouchers? Thinking of getting some dry cleaning for my mum as a birthday present.',
    unknown: true,
    escalate: false,
  },
  {
    question:
      "I'm away for work most weeks and I'd rather my shirts came back folded in a box so they go straight in the suitcase without creasing. Do you do that, and what do you charge?",
    facts: ['£3.50'],
    escalate: false,
  },
  {
    question:
      'Is there any kind of monthly subscription for shirts? I go through about 15 a month and I hate dropping them off.',
    facts: ['£45 a month'],
    escalate: false,
  },
  {
    question:
      "Just bought some new work trousers and they're miles too long, they drag on the floor. Plain bottoms, no cuffs. What's it cost to get them shortened?",
    facts: ['£11.00'],
    escalate: false,
  },
  {
    question: 'Is your shop step-free? I use a wheelchair and want to know if I can get in with my bags.',
    unknown: true,
    escalate: false,
  },
  {
    question: "The zip's completely gone on my parka. How much to put a new one in, and how long would I be without it?",
    facts: ['£32.00', '7 days'],
    escalate: false,
  },
  {
    question:
      "It's Monday and I've got a funeral on Thursday. My suit trousers need taking up an inch. Is there any way you can turn that round quick enough?",
    facts: ['48 hours'],
    escalate: false,
  },
  {
    question: 'Which days can I come in to get pinned for a hem? Is Monday ok?',
    facts: ['Tuesday to Saturday'],
    escalate: false,
  },
  {
    question:
      "I bought some lovely fabric at the market - could you make it up into a pair of curtains for my bedroom window?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'how much for a king size duvet, its a feather one',
    facts: ['£25.00', '£6.00'],
    escalate: false,
  },
  {
    question:
      "I've got two lined curtains in the lounge, each about 1.5 metres across and 2 metres from top to bottom. Ballpark, what would cleaning them cost me?",
    facts: ['£39.00'],
    escalate: false,
  },
  {
    question:
      "Since I started wearing the shirts I collected from you last Friday I've come out in a red itchy rash all round my neck and on my chest. I've never had this before and I haven't changed anything else.",
    escalate: true,
  },
  {
    question: 'Will my curtains come back smaller after cleaning? They fit the window exactly at the moment.',
    facts: ['3%'],
    escalate: false,
  },
  {
    question:
      "I'm 78 and I can't get up a stepladder anymore. Is there any way someone could come and get my curtains off the rail and put them back up afterwards?",
    facts: ['£35'],
    escalate: false,
  },
  {
    question: 'How much do you charge just to press a suit? It\'s clean, just creased from the suitcase.',
    unknown: true,
    escalate: false,
  },
  {
    question: 'Can I bring in my heated under-blanket for a wash? The plug comes off.',
    facts: ['electric blankets'],
    escalate: false,
  },
  {
    question:
      "Got married back in the summer and my dress is still shoved in a bag in the spare room, no idea what's on it. It's fairly plain, satin, no sparkly bits. How much for you to clean it and put it in one of those keepsake boxes?",
    facts: ['£135'],
    escalate: false,
  },
  {
    question:
      'Is there a time limit on getting a bridal gown cleaned after the big day? Our wedding was a while ago and I keep putting it off.',
    facts: ['3 months'],
    escalate: false,
  },
  {
    question: 'Can you put a new zip in the door of my tent? The old one has split.',
    unknown: true,
    escalate: false,
  },
  {
    question:
      "Got caught in a downpour in my suede jacket and now it's got tidemarks all over it. Is that something you can deal with and what's it likely to cost?",
    facts: ['£65'],
    escalate: false,
  },
  {
    question:
      "My sister's just moved to Bristol and hates lugging bags on the bus. Which parts of the city does your pick-up van actually cover?",
    facts: ['BS1', 'BS9'],
    escalate: false,
  },
  {
    question: 'what days does the van come round',
    facts: ['Tuesdays and Fridays'],
    escalate: false,
  },
  {
    question:
      "What kind of cleaning fluid do you use for dry cleaning? Is it one of the eco-friendly ones? I'm trying to avoid harsh chemicals.",
    unknown: true,
    escalate: false,
  },
  {
    question: "Is pick-up free? It would only be a couple of shirts and a skirt.",
    facts: ['£4.95'],
    escalate: false,
  },
  {
    question:
      "If I book a pick up and drop off but I'm at work all day, can your driver leave my stuff with the lady next door? She's always in.",
    facts: ['named neighbour'],
    escalate: false,
  },
  {
    question:
      "The lad on the counter on Saturday morning was really rude to me. He rolled his eyes when I asked about my order, told me to 'read the ticket' and then carried on talking to his mate while I was standing there. I've been coming to you for years and I've never been spoken to like that.",
    escalate: true,
  },
  {
    question:
      "Spilt coffee down my favourite dress this morning and I need it for a dinner tonight!! If I bring it in now can it be done today? What time do I need to get there by?",
    facts: ['9:30am'],
    escalate: false,
  },
  {
    question:
      'I run a small café and need tablecloths and napkins laundered every week. Do you do business accounts for that kind of thing?',
    unknown: true,
    escalate: false,
  },
  {
    question: "I think I chucked out the little paper slip for my coat. Can I still get it back?",
    facts: ['mobile number'],
    escalate: false,
  },
  {
    question: "My husband's going to grab my dry cleaning on his way home from work. Does he need to bring anything with him?",
    facts: ['the ticket or the text message'],
    escalate: false,
  },
  {
    question:
      "Do you have self-service machines in the shop where I can just do my own washing? I'd rather not pay someone to fold my pants.",
    unknown: true,
    escalate: false,
  },
  {
    question:
      "Bit embarrassing but I moved house and totally forgot I left some trousers with you back in like February. Its been ages, do you still have them or have they gone??",
    facts: ['90 days'],
    escalate: false,
  },
  {
    question:
      "Before I hand over my good designer coat - if it got wrecked during cleaning, what's the most you'd actually pay out?",
    facts: ['15 times'],
    escalate: false,
  },
  {
    question: 'are u open sundays',
    facts: ['10am to 2pm'],
    escalate: false,
  },
  {
    question: 'Can you take up a pair of leather trousers for me? About 2 inches off the bottom.',
    unknown: true,
    escalate: false,
  },
  {
    question: "Where am I meant to park when I drop stuff off? Gloucester Rd is a total nightmare.",
    facts: ['Berkeley Road'],
    escalate: false,
  },
  {
    question: "I've only got my Android phone on me, no cards - can I tap to pay with that?",
    facts: ['Google Pay'],
    escalate: false,
  },
  {
    question: 'How much to clean just the veil from my wedding? The dress is fine, it\'s only the veil that got marked.',
    unknown: true,
    escalate: false,
  },
  {
    question: "Do you do a stamp card or anything for regulars? How does it work?",
    facts: ['£10 off'],
    escalate: false,
  },
  {
    question:
      "I work 8 till 8 most days so I never get to you while you're open. Is there any way to leave my washing with you when the shop's shut?",
    facts: ['drop box'],
    escalate: false,
  },
];
