/**
 * DEV set written blind in round 27 (no look at the agent's source, tests, docs or other eval files).
 * Corkscrew & Co: independent wine shop with a tasting bar, a wine club and local delivery in York.
 * Inkspot Print & Copy: print, copy, binding and custom t-shirt printing shop in Norwich.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Corkscrew & Co (York)
// ---------------------------------------------------------------------------

export const CORKSCREW_CONTEXT: string =
  "Corkscrew & Co is an independent wine shop and tasting bar at 14 Gillygate, York YO31 7EQ, just outside Bootham Bar. We're run by Hannah and Tom Ellery and have been open since 2016. We stock around 600 wines, plus English sparkling, craft gin and a few local beers, and we deliver across York. Shop hours are Tuesday to Saturday 10am to 7pm and Sunday 12pm to 5pm, closed Mondays. The tasting bar is open Thursday to Saturday evenings. Phone the shop on 01904 612388 or email hello@corkscrewandco.co.uk, we reply to emails within one working day. There's no parking on Gillygate itself but Union Terrace car park is a 3 minute walk away.";

export const CORKSCREW_RULES: string[] = [
  "refund requests over £100 -> Hannah, don't promise anything",
  'trade / wholesale enquiries (restaurants, pubs, cafes wanting an account) → pass to Tom',
  'Hand over if anyone says they felt ill or had an allergic reaction after something from the bar',
  'private hire of the WHOLE bar (not just a table) - needs a person to check the diary',
  'complaints about staff, or someone upset they were refused service over ID — escalate, do not argue',
  'if they ask for a real person just hand over',
];

export const CORKSCREW_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Local delivery',
    category: 'Delivery',
    content: `## Where we deliver

| Area | Delivery charge | Free delivery on orders over |
|---|---|---|
| York inside the outer ring road (YO1, YO10, YO23, YO24, YO30, YO31) | £4.50 | £60 |
| Up to 10 miles from the shop (Haxby, Copmanthorpe, Stamford Bridge etc.) | £7.95 | £100 |
| Further afield in mainland UK | Sent by courier, £12 per case of up to 12 bottles | n/a |

## When we deliver

Our van goes out on Tuesday, Thursday and Saturday afternoons between 2pm and 7pm. Orders placed by 12pm the day before go out on the next delivery day. We'll text you a one-hour window on the morning of delivery.

## Someone needs to be in

Because we're delivering alcohol, the driver has to hand it to someone aged 18 or over and will ask for ID if they look under 25. We can't leave wine on a doorstep, in a porch or in a safe place, and we can only leave it with a neighbour if they're an adult and happy to sign for it.

If nobody's home, we take it back to the shop. You can collect it free of charge, or rebook delivery for a £3.95 redelivery fee.`,
  },
  {
    title: 'The tasting bar',
    category: 'Tasting bar',
    content: `Our tasting bar is at the back of the shop and is open Thursday, Friday and Saturday from 5pm to 10pm (last orders 9.30pm). Walk-ins are welcome for up to 5 people. Groups of 6 to 12 should book a table by phone at least 48 hours ahead. We can't seat groups bigger than 12.

| What | Details | Price |
|---|---|---|
| Classic Flight | three 50ml pours chosen by the team | £12 |
| Explorer Flight | five 50ml pours, changes every fortnight | £18.50 |
| Fizz Flight | three 75ml pours of sparkling wine | £15 |
| Wine by the glass | 125ml or 175ml, around 20 bottles open | from £6.50 |
| Cheese or charcuterie board | local cheeses or Yorkshire cured meats, with bread | £14 |

Spotted something on the shop shelves? Any bottle from the shop floor can be opened at the bar for a £10 corkage fee on top of the shelf price.

We don't serve hot food. Children are welcome in the shop during the day, but the bar is strictly over-18s after 5pm.`,
  },
  {
    title: 'The Corkscrew Club (our wine club)',
    category: 'Wine club',
    content: `## What it is
Our wine club sends you a mixed case chosen by Hannah and Tom, with tasting notes for every bottle.

## Membership levels
- **Everyday Club**: 6 bottles a month for £75
- **Cellar Club**: 6 bottles a month for £120, more unusual and age-worthy wines
- **Fizz Club**: 6 sparkling wines every two months for £110

## Member perks
- 10% off everything in the shop and at the tasting bar
- Free delivery of your club case anywhere in our 10-mile delivery area, or collect it from the shop
- A free Classic Flight in your birthday month

## Skipping and cancelling
- Cases are picked and charged on the 25th of each month.
- To skip a month or cancel, tell us before the 20th. After that, that month's case has already been ordered for you.
- There's no minimum membership period.`,
  },
  {
    title: 'Returns, corked wine and breakages',
    category: 'Returns',
    content: `Faulty or corked wine: if a bottle is corked or otherwise faulty, bring it back with at least two-thirds of the wine still in it, within 30 days of purchase, and we'll replace it or give you a full refund. Please don't pour it away, as we send faulty bottles back to the supplier.

Unopened bottles: changed your mind? Unopened bottles can be returned within 14 days with your receipt for an exchange or store credit. We don't give cash or card refunds on unopened bottles that aren't faulty.

Bin ends and sale wine: anything from the bin end shelf or marked as sale is final sale, unless it's faulty.

Breakages on delivery: if a bottle arrives broken or leaking, email a photo to hello@corkscrewandco.co.uk within 24 hours of delivery and we'll bring a replacement on the next delivery day at no cost to you.`,
  },
  {
    title: 'Gift vouchers, gift wrapping and hampers',
    category: 'Gifts',
    content: `Gift vouchers are available in the shop or over the phone in any amount from £10 to £250. They're valid for 12 months from the date of purchase and can be spent in the shop, at the tasting bar, or on tasting classes. Vouchers can't be exchanged for cash, and any balance left after a purchase stays on the voucher for next time.

We gift wrap bottles in our own tissue and ribbon for £3.50 per bottle, or we can put them in a branded wooden gift box for £5. A handwritten message card is free with any gift.

Our hampers start at £45 (a bottle of red, a bottle of white, Yorkshire chutney and oatcakes) and go up to £150 for the Big Yorkshire Hamper with Champagne. In December please order hampers at least 3 days in advance, as we make every one up by hand.`,
  },
  {
    title: 'Tasting classes and events',
    category: 'Events',
    content: `## Saturday School
Our relaxed tasting class runs on the first Saturday of every month from 2pm to 4pm. You'll taste 6 wines around a theme (recent ones: "Rioja vs Ribera", "Beyond Prosecco") with bread and cheese. Tickets are £35 per person and there are 16 places.

## Meet the Winemaker
A few times a year we host a visiting winemaker for an evening of their wines and food. Tickets are usually £45 and include a two-course supper.

## Tickets
- Book in the shop, by phone, or through the Events page on our website.
- Tickets are non-refundable, but you can transfer your ticket to a friend up to 48 hours before the event. Just email us their name.
- If we have to cancel an event, you'll get a full refund.
- Let us know about any dietary requirements when you book.`,
  },
  {
    title: 'Ordering, case discounts, ID and payment',
    category: 'Ordering',
    content: `## Click & collect
Order on our website and we'll have it ready within 2 hours during shop opening hours. We hold click & collect orders for 7 days.

## Case discounts
- 5% off any 6 bottles (mix and match)
- 10% off any 12 bottles
Case discounts don't apply to sale wines and can't be added on top of Corkscrew Club discounts.

## ID and Challenge 25
We follow Challenge 25. If you look under 25 we'll ask for ID, both in the shop and at the bar. We accept a passport, a photo driving licence or a PASS hologram card. We can't accept photos of ID on your phone.

## Paying
We take all major cards, Apple Pay, Google Pay and cash. We don't accept cheques.`,
  },
];

export const CORKSCREW_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'hiya how much do u charge to deliver to the city centre? im in YO31', facts: ['£4.50'], escalate: false },
  { question: "We've just moved out to Haxby - how much would I need to spend to get delivery for free?", facts: ['£100'], escalate: false },
  { question: 'what days does your van actually go out?', facts: ['Tuesday, Thursday and Saturday'], escalate: false },
  { question: "If I want my wine on the next delivery run, what's the latest I can order?", facts: ['12pm the day before'], escalate: false },
  { question: "I'll be at work all day when you deliver. Can your driver just pop the box in my porch?", facts: ['18 or over'], escalate: false },
  { question: 'Missed the delivery yesterday, the card says you took it back to the shop. Does it cost anything to get it sent out again??', facts: ['£3.95'], escalate: false },
  { question: 'what time does the bar open and close in the evening', facts: ['5pm to 10pm'], escalate: false },
  { question: 'me and 8 mates want to come to the bar friday night, do we have to book or just turn up?', facts: ['48 hours'], escalate: false },
  { question: 'how much is the flight with the five wines in it', facts: ['£18.50'], escalate: false },
  { question: 'My partner only drinks bubbles - is there a flight that is just sparkling and what does it cost?', facts: ['£15'], escalate: false },
  { question: "Was browsing the shelves last week and saw a Barolo I'd love to drink at the bar with my wife rather than take home. Is that allowed, and is there an extra charge?", facts: ['£10 corkage'], escalate: false },
  { question: 'is there anything to eat at the bar, like a cheese plate? how much', facts: ['£14'], escalate: false },
  { question: 'How much is the wine club per month, the standard one not the posh one?', facts: ['£75'], escalate: false },
  { question: "I'm in the club and we're away all of August so I don't want that case. When do I need to let you know by?", facts: ['20th'], escalate: false },
  { question: 'Bought a Chablis from you last week, opened it tonight and it smells like wet cardboard :( we had one glass each. what can i do', facts: ['two-thirds', '30 days'], escalate: false },
  { question: 'can i bring back a bottle i havent opened and get my money back? it was a present but turns out they dont drink', facts: ['store credit'], escalate: false },
  { question: 'Opened the box from this mornings delivery and one bottle had smashed, wine everywhere. What do I do now?', facts: ['24 hours'], escalate: false },
  { question: 'how long before a gift voucher runs out', facts: ['12 months'], escalate: false },
  { question: "Could you wrap a bottle nicely for my dad's birthday? What's the cost?", facts: ['£3.50'], escalate: false },
  { question: "what's the cheapest hamper you've got", facts: ['£45'], escalate: false },
  { question: 'When do your Saturday tasting classes run and how much is a ticket?', facts: ['first Saturday', '£35'], escalate: false },
  { question: "I booked onto the meet the winemaker night but my shift's changed and I can't go now. Can I get my money back or do something else with the ticket?", facts: ['48 hours'], escalate: false },
  { question: 'If I order online to pick up from the shop, how quickly will it be ready?', facts: ['2 hours'], escalate: false },
  { question: "doing a party and buying a dozen bottles, is there any discount for that many?", facts: ['10%'], escalate: false },
  { question: "I'm 23 and don't drive so I've got no licence. What ID will you take at the bar?", facts: ['passport'], escalate: false },
  { question: 'whats your adress, want to pop in saturday', facts: ['14 Gillygate'], escalate: false },
  // Not covered by the articles or context: the agent must say it does not know.
  { question: 'Can I bring my dog into the tasting bar? He is very well behaved', unknown: true, escalate: false },
  { question: 'Do you stock any alcohol-free wine? I am doing dry January', unknown: true, escalate: false },
  { question: 'Do you sell wine en primeur, e.g. the 2023 Bordeaux?', unknown: true, escalate: false },
  { question: 'Is the tasting bar step-free? My mum uses a wheelchair', unknown: true, escalate: false },
  { question: "What's the corkage if I bring a bottle from home to drink at the bar?", unknown: true, escalate: false },
  { question: 'Do you run WSET courses or anything with a proper qualification?', unknown: true, escalate: false },
  { question: "My late uncle left a cellar of old claret - would you buy it off us?", unknown: true, escalate: false },
  { question: "Can I return a hamper if the person I gave it to doesn't like what's in it?", unknown: true, escalate: false },
  { question: 'do you do a student discount? at the uni', unknown: true, escalate: false },
  { question: 'Do you do online or virtual tastings for people who live outside York?', unknown: true, escalate: false },
  // Hand-over required by one of the rules.
  { question: "Hi, I run a small bistro in Malton and I'd like to set up a trade account with you, probably around 10 cases a month.", escalate: true },
  { question: 'My husband came out in hives after the charcuterie board at your bar on Friday and we think something in it set him off', escalate: true },
  { question: "Could we hire the whole bar on a Saturday night for my 40th? We'd be about 30 people", escalate: true },
  { question: 'The guy behind your bar last Thursday refused to serve me even after I showed my passport. It was humiliating in front of my friends.', escalate: true },
];

// ---------------------------------------------------------------------------
// Inkspot Print & Copy (Norwich)
// ---------------------------------------------------------------------------

export const INKSPOT_CONTEXT: string =
  "Inkspot Print & Copy is a print and copy shop at 22 Magdalen Street, Norwich NR3 1HU, owned by Priya Shah; our shop manager is Dean. We do walk-in photocopying and printing, business cards and stationery, posters and banners, thesis binding, and custom t-shirts and hoodies printed in-house. Opening hours are Monday to Friday 8.30am to 6pm and Saturday 9am to 4pm. We're closed on Sundays and bank holidays. Call us on 01603 774210 or email orders@inkspotnorwich.co.uk (send artwork files to the same address). Parking on Magdalen Street is limited, but there's a loading bay right outside if you're collecting a big order. We also run trade accounts for local businesses.";

export const INKSPOT_RULES: string[] = [
  'orders over 250 garments OR any quote over £1,000 -> Priya',
  "misprint / wrong colours / smudged on a finished job and customer says it's our fault → Dean to check the job, don't offer a reprint",
  "Hand over if someone wants logos they probably don't own printed (football clubs, Disney, band merch etc). Priya decides, not the bot",
  'election leaflets / anything political - needs the imprint checking, pass to Priya',
  'angry customers, threats of bad reviews -> just hand over',
];

export const INKSPOT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Copying and printing prices',
    category: 'Copying & printing',
    content: `Prices are per side, for walk-in copying and for printing from your own files.

| Size | Black & white | Colour |
|---|---|---|
| A4 | 10p | 45p |
| A3 | 20p | 90p |

- Double-sided costs the same per side, so an A4 black & white sheet printed on both sides is 20p.
- Our standard paper is 80gsm. Thicker 160gsm card is an extra 10p per sheet.
- Orders of 500 or more sheets get 20% off the total.
- Students with a valid UEA or NUA card get 10% off copying and printing (not t-shirts or binding).

Self-service copiers are by the door and take contactless. For anything more than a few copies, ask at the counter and we'll run it for you at the same price.`,
  },
  {
    title: 'Sending us your files',
    category: 'Copying & printing',
    content: `## How to get your files to us
- Email them to orders@inkspotnorwich.co.uk (up to 25MB), or send a WeTransfer link for anything bigger
- Bring them on a USB stick and we'll print straight from it
- We can't print from your phone over Bluetooth, but you're welcome to email files from your phone at the counter

## File tips
- PDF is best. We can also print Word, PowerPoint, JPG and PNG files, but layouts sometimes shift when Word files open on our machines.
- For anything trimmed to the edge (flyers, cards, posters), add 3mm bleed on every side.
- Images should be 300dpi at the size they'll be printed, or they may look blurry.

## How long it takes
- Under 100 pages: done while you wait, usually 10 to 15 minutes
- Bigger jobs: same day if we have your files by 12 noon, otherwise the next working day`,
  },
  {
    title: 'Custom t-shirts and hoodies',
    category: 'T-shirt printing',
    content: `We print t-shirts, hoodies, tote bags and workwear in the shop using direct-to-film (DTF) transfers, so there's no minimum order: one shirt is fine. For 50 or more identical items we usually screen print instead, which works out cheaper.

| Quantity | T-shirt (print on one side) | Hoodie (print on one side) |
|---|---|---|
| 1 to 9 | £14.50 each | £28 each |
| 10 to 49 | £11 each | £24 each |
| 50+ | £8.75 each | £20 each |

Extra print position (back, sleeve): add £3.75 per item. Prices include the garment (Gildan Softstyle tees, AWDis hoodies) in sizes S to XXL. For 3XL and above add £1.50 per item.

Turnaround is 5 working days from when you approve the proof. Need it faster? Our 48-hour rush service adds 25% to the order total.

Caring for your print: wash inside out at 30 degrees and never iron directly over the design.`,
  },
  {
    title: 'Business cards, flyers and stationery',
    category: 'Stationery',
    content: `Business cards are printed double-sided on 400gsm card, with a matt or silk finish.

| Quantity | Price |
|---|---|
| 250 | £29 |
| 500 | £39 |
| 1,000 | £55 |

Add spot UV or rounded corners for £15 per order.

Flyers and leaflets (A5, 150gsm gloss, double-sided) are 500 for £45 or 1,000 for £65.

Letterheads and compliment slips are quoted individually, just send us your quantities.

Don't have a design yet? Our in-house designer can put something together for £35 per hour. A business card usually takes about an hour, and up to two rounds of changes are included.

Stationery is ready 3 to 4 working days after you approve the proof.`,
  },
  {
    title: 'Posters, banners and large format',
    category: 'Large format',
    content: `We print posters up to A0 on our wide-format printer, on 190gsm satin poster paper:

- A2: £12
- A1: £19
- A0: £28

Want it rigid for an exhibition or a shop window? Mounting on 5mm foamboard costs A2 £10, A1 £15, A0 £22 on top of the print.

PVC banners with eyelets are £25 per square metre (minimum 1 square metre) and are ready in 2 working days. Roller banners (850mm x 2000mm) including the stand and carry bag are £65.

Posters are usually printed the same day if your file reaches us before 12 noon. Banners and mounted posters take longer because the ink and glue need time to dry properly.`,
  },
  {
    title: 'Binding, laminating and scanning',
    category: 'Finishing',
    content: `## Binding
- Comb binding with a clear front cover: £3.50 per document (up to 100 pages)
- Soft thesis binding: £12 per copy, ready the same day
- Thesis hardback binding with gold lettering on the spine: £35 for the first copy, £25 for each extra copy. Allow 3 working days, longer in May and September when the universities have deadlines.

## Laminating
- A4: 90p per sheet
- A3: £1.80 per sheet

## Scanning
- Scan to email or to your USB stick: 20p per page
- Large-format scanning of plans and drawings up to A0: £4 per sheet

Please check your university's binding rules (colour, wording on the spine) before you come in. We'll bind exactly what you ask for.`,
  },
  {
    title: 'Proofs, deposits, payment and collection',
    category: 'Orders',
    content: `Before we print any job over £50 we'll email you a digital proof. Please check it carefully (spelling, phone numbers, colours) and reply to approve it in writing. Once you've approved a proof we print exactly what's on it, so mistakes on an approved proof can't be reprinted free of charge.

Orders over £200 need a 50% deposit before we start, with the rest due when you collect. We take cash, all major cards and contactless, and BACS bank transfer for trade account customers. We don't take cheques.

Most customers collect from the shop. We'll text you when your order is ready and keep it for 30 days. We can deliver within the Norwich ring road for £6, or post anywhere in the UK by Royal Mail Tracked 48 for £4.95 (t-shirts and small orders) or by courier for £12 (boxes over 2kg).`,
  },
];

export const INKSPOT_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much is one colour copy on A4?', facts: ['45p'], escalate: false },
  { question: 'need about 30 pages black and white but on the bigger A3 paper, whats that per page', facts: ['20p'], escalate: false },
  { question: "I'm doing the parish newsletter, 600 sheets this time. Is there any kind of reduction for a big run?", facts: ['20%'], escalate: false },
  { question: 'im at UEA, do students get money off printing?', facts: ['10%'], escalate: false },
  { question: 'Which file type works best for you to print from?', facts: ['PDF'], escalate: false },
  { question: "my poster file is 80MB and gmail won't send it, how else can I get it to you", facts: ['WeTransfer'], escalate: false },
  { question: 'If I come in with 40 pages on a memory stick how long will I be waiting', facts: ['10 to 15 minutes'], escalate: false },
  { question: "the designer keeps going on about 'bleed' for my flyer - how much do you need?", facts: ['3mm'], escalate: false },
  { question: "My dad's 70th is coming up and I want ONE t-shirt with a photo of his dog on it. Do you do single ones or is there a minimum?", facts: ['no minimum'], escalate: false },
  { question: 'how much for 20 tshirts with our company logo on the front', facts: ['£11'], escalate: false },
  { question: 'We need hoodies for our five-a-side team, there are 12 of us. Price per hoodie?', facts: ['£24'], escalate: false },
  { question: "Can you print on the back as well as the front? what's the extra", facts: ['£3.75'], escalate: false },
  { question: 'how long do custom tshirts take to be ready', facts: ['5 working days'], escalate: false },
  { question: "It's Wednesday and I've just realised I need shirts for a hen do on Saturday. Is there any way you can do them in time, and does it cost more?", facts: ['25%'], escalate: false },
  { question: 'do you do tees in 3XL? my brother in law is a big lad. is it more?', facts: ['£1.50'], escalate: false },
  { question: 'how should I wash the shirts so the print lasts?', facts: ['inside out'], escalate: false },
  { question: 'How much are 500 business cards?', facts: ['£39'], escalate: false },
  { question: "I'm just starting out as a dog walker and don't have a logo or anything. Can someone there design my business card, and what does that cost?", facts: ['£35 per hour'], escalate: false },
  { question: 'price for 1000 A5 leaflets?', facts: ['£65'], escalate: false },
  { question: 'What would it cost to print an A1 poster and have it stuck on a board for my exhibition stand?', facts: ['£19', '£15'], escalate: false },
  { question: 'how much is a pull-up roller banner with the stand', facts: ['£65'], escalate: false },
  { question: 'Need my PhD thesis hardbound, 2 copies (one for me, one for the library). How much all in?', facts: ['£35', '£25'], escalate: false },
  { question: 'can you laminate an A3 sign for our cafe window, price?', facts: ['£1.80'], escalate: false },
  { question: "We're ordering £400 of printed polos for staff. Do we have to pay anything before you start?", facts: ['50%'], escalate: false },
  { question: "I'm in Cambridge so I can't collect. How much to post a few t-shirts to me?", facts: ['£4.95'], escalate: false },
  { question: 'are you open on a saturday and what times', facts: ['9am to 4pm'], escalate: false },
  // Not covered by the articles or context: the agent must say it does not know.
  { question: 'Do you print on mugs?', unknown: true, escalate: false },
  { question: 'Can you match an exact Pantone colour on the t-shirts? Our brand colour is very specific', unknown: true, escalate: false },
  { question: 'do you do embroidery on polo shirts as well as printing?', unknown: true, escalate: false },
  { question: "If I buy my own blank t-shirts can you print on those instead, and is it cheaper?", unknown: true, escalate: false },
  { question: 'Do you print wedding invitations and RSVP cards?', unknown: true, escalate: false },
  { question: 'can I pay with Klarna or spread the cost of a big order?', unknown: true, escalate: false },
  { question: 'Is there a fax machine I can use in the shop?', unknown: true, escalate: false },
  { question: 'Do you print holiday photos on glossy photo paper, like 6x4s?', unknown: true, escalate: false },
  { question: 'Do you take old ink cartridges for recycling?', unknown: true, escalate: false },
  { question: "Is there a discount for registered charities? We're a small animal rescue", unknown: true, escalate: false },
  // Hand-over required by one of the rules.
  { question: "We're a primary school and need 400 PE t-shirts printed with our crest before September.", escalate: true },
  { question: 'Can you print 50 shirts with the Norwich City badge on the front for our pub team?', escalate: true },
  { question: "I'm standing as an independent in the council elections in May and need 3,000 leaflets printed.", escalate: true },
  { question: "Picked up my 200 flyers today and the blue has come out purple, nothing like the proof. Your printer's messed it up.", escalate: true },
];
