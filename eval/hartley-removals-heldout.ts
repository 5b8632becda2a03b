/**
 * Held-out business written BLIND, BEFORE round-10 changes, and never tuned on: Hartley & Sons
 * Removals, a fictional family removals and storage firm in Leicester (house and flat moves, quotes
 * and surveys, the packing service and boxes, pianos and fragile items, storage containers,
 * goods-in-transit cover and claims, parking and access, moving day timings, payment and deposits,
 * cancelling and postponing, European and international moves, and what the firm will not move).
 * Articles are written like a small business's help pages (headings, lists, price tables, an FAQ,
 * plain paragraphs); questions are paraphrased the way customers write, some long, some terse, a
 * few with typos. Ten of the 45 are plausible questions the pages do NOT answer; two should go to
 * a person. Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const HARTLEY_CONTEXT =
  'Hartley & Sons Removals is a family-run removals and storage company based at Unit 4, Braunstone Way Industrial Estate, Leicester LE3 2WQ. Phone 0116 289 4470 (office open Monday to Friday 8am to 5:30pm, Saturday 9am to 1pm) or email moves@hartleyandsons.co.uk.';

export const HARTLEY_RULES = [
  'always escalate if a customer says our crew has damaged their house itself (walls, floors, doors, banisters etc), not just their belongings',
  'refund requests over £200',
  'crew not turned up or running more than an hour late on the day - pass to a person',
  'complaints about crew behaviour / rudeness / anything going missing from a storage container',
];

export const HARTLEY_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'House and flat moves: crews, vehicles and prices',
    category: 'Moving',
    content: `# House and flat moves: crews, vehicles and prices

Most local moves in and around Leicester are charged by the hour. The clock starts when the crew leaves our depot on Braunstone Way and stops when the last item is placed in your new home, so you only pay for the time we actually spend on your move.

## Our hourly rates

| Size of home | Crew | Vehicle | Hourly rate (Mon to Fri) | Hourly rate (Saturday) |
|---|---|---|---|---|
| Studio or 1-bed flat | 2 movers | 3.5-tonne Luton van | £85 | £100 |
| 2-bed flat or house | 3 movers | 7.5-tonne lorry | £120 | £140 |
| 3-bed house | 4 movers | 7.5-tonne lorry | £155 | £180 |
| 4-bed house or larger | 5 movers | 18-tonne lorry | £195 | £225 |

- Every hourly move has a minimum charge of **3 hours**. After that we charge in 30-minute blocks.
- Fuel, blankets, straps and basic furniture covers are included.
- Travel from the depot to your first address is charged at the same hourly rate, but never more than 1 hour each way within Leicestershire.

## Fixed-price moves

If you're moving more than **60 miles** from Leicester, we'll give you a fixed price after a survey instead of charging by the hour. The price covers the crew, the vehicle, fuel and any overnight stay the crew needs. It won't change on the day unless there's a lot more to move than we were shown.

## Who will turn up

All our movers are employed directly by us; we don't use agency staff. Every crew has a team leader, usually one of the family or someone who has been with us for years, who will walk round with you at the start and agree what goes where.

## Which vehicle will I get?

We pick the vehicle that suits your home and your street. The table above is a guide: if you have a big garage or garden shed full of things, or if your road is too narrow for a 7.5-tonne lorry, we may send two smaller vans instead. We'll always tell you which vehicle we're sending when we confirm your booking.
`,
  },
  {
    title: 'Getting a quote and booking a survey',
    category: 'Quotes',
    content: `# Getting a quote and booking a survey

Quotes are always free and there's no obligation to book.

## How we work out your price

We need to know roughly how much you have before we can price a move properly. There are three ways to do that:

- **Video survey** - for studios and 1-bed flats we'll usually do a video survey. We call you on WhatsApp or Zoom and you walk us round with your phone. It takes about 15 minutes.
- **Home survey** - for 2-bed homes and bigger, one of the family will visit. Surveys take 30 to 45 minutes and are free within **25 miles** of Leicester. Further away there's a £40 charge, which we knock off your bill if you book with us.
- **Online inventory** - if you'd rather, fill in the room-by-room list on our website and we'll price from that. We can only hold a price given this way if what's on the day matches your list.

## What happens after the survey

You'll get a written quote by email within **2 working days**. It lists the crew size, vehicle, estimated hours (or the fixed price), any packing, and the extras you asked for, like piano handling or storage.

Quotes are valid for **60 days**. If your move date is further away than that, we're happy to re-check the quote nearer the time; usually it stays the same.

## Things to mention at the survey

Please show us or tell us about:

- the loft, garage, shed and anything in the garden you want to take
- anything very heavy, like a piano, safe, gym equipment or a range cooker
- steps, narrow stairs, spiral staircases or a long path to the door at either address
- anything you're planning to sell or give away before the move

Anything we didn't know about can add time on the day, and on a fixed-price move we may have to charge extra for it.

## How far ahead should I book?

As soon as you have a rough date. We recommend **4 to 6 weeks** ahead. Fridays and the last week of each month are our busiest times and often fill up 8 weeks ahead, as that's when most completions happen.
`,
  },
  {
    title: 'Packing service and boxes',
    category: 'Packing',
    content: `# Packing service and boxes

## Let us do the packing

Our packers arrive the day before your move and pack everything into new, strong boxes, labelled by room. All packing materials are included in the prices below.

| Service | 1-2 bed | 3 bed | 4 bed or larger |
|---|---|---|---|
| Full packing (the whole house) | £240 | £360 | £480 |
| Fragile-only packing (kitchen, glassware, ornaments and pictures) | £120 | £160 | £200 |
| Unpacking at your new home | £180 | £270 | £360 |

Unpacking means we empty the boxes, put things on surfaces and in cupboards, and take the empty boxes and paper away. We don't arrange items in cupboards the way you'd want them; most people prefer to do that bit themselves.

## Buying boxes and materials

If you're packing yourself, you can buy everything from us.

| Item | Price each | Pack of 10 |
|---|---|---|
| Small box (45 x 30 x 30 cm), for books and heavy items | £2.20 | £19.00 |
| Large box (60 x 45 x 45 cm), for bedding and lighter items | £2.90 | £26.00 |
| Wardrobe box with hanging rail | £11.50 | not sold in packs |
| Packing paper (10 kg bundle) | £18.00 | - |
| Bubble wrap roll (750 mm x 50 m) | £16.00 | - |
| Packing tape | £1.80 | £15.00 |

## Delivery

Box orders are delivered free to any LE postcode when you spend over **£50**. Smaller orders cost £8 to deliver, or you can collect from the depot during office hours.

## Packing tips

- Heavy things in small boxes, light things in big ones. No box should be too heavy for one person to lift.
- Write the room and "FRAGILE" on the top and on two sides.
- Plates go in on their edges, not flat, with paper between each one.
- Keep a "first night" box with the kettle, mugs, loo roll, phone chargers and bedding, and bring it in your car.

Once you've unpacked, we'll collect your flattened empty boxes free of charge any time within 4 weeks of your move.
`,
  },
  {
    title: 'Pianos, antiques and fragile items',
    category: 'Specialist items',
    content: `# Pianos, antiques and fragile items

## Pianos

We move around 150 pianos a year. Piano moves are done by a specialist crew of three with a piano skid board, straps and a stair-climbing trolley.

| Piano | Added to a house move | Piano-only move (within Leicestershire) | Each flight of stairs |
|---|---|---|---|
| Upright piano | £145 | £220 | £40 |
| Baby grand | £295 | £380 | £60 |
| Full grand | £395 | £490 | £60 |

Grand pianos have their legs and pedal lyre removed and are moved on their side in a padded piano shoe. We don't tune pianos. The move itself and the change of temperature and humidity will put it slightly out of tune, so we suggest booking a tuner **2 to 3 weeks** after the move, once the piano has settled in its new room.

## Antiques and artwork

Valuable paintings, mirrors, marble tops and glass table tops travel in made-to-measure wooden crates. We build these in our workshop, with prices **from £95** depending on size. Please allow at least 7 days for us to make a crate.

Antique furniture is blanket-wrapped and, where needed, covered in a layer of soft tissue before the blankets so the polish isn't marked.

## TVs and electronics

- Flat-screen TVs go in a padded TV carton (£15) unless you've kept the original box.
- Please back up computers before the move.
- We'll take wall-mounted TVs off their bracket, but we don't remove or fit wall brackets.

## Telling us about valuable items

Any single item worth more than **£1,000** must be listed on your inventory before the move, with its value. This matters for your cover: see our goods-in-transit cover page for how valuable items are protected.
`,
  },
  {
    title: 'Storage at our Leicester depot',
    category: 'Storage',
    content: `# Storage at our Leicester depot

Whether your completion dates don't line up, you're renovating, or you're between homes, we can store your belongings for a few weeks or a few years.

## How our storage works

We store in wooden containers, each about 7ft x 5ft x 7ft high (250 cubic feet). Your things are loaded into the containers at your home or at the depot, then the containers are sealed and stacked in our warehouse. Nobody else's goods share your container.

| Containers | Roughly holds | Price per week | Price per 4 weeks |
|---|---|---|---|
| 1 | A single room or a small studio | £18 | £65 |
| 2 | A 1-bed flat | £34 | £125 |
| 4 | A 2 or 3-bed house | £64 | £240 |
| 6 | A 4-bed house | £92 | £350 |

- The minimum storage period is **4 weeks**.
- Storage is paid 4-weekly in advance by direct debit.
- Taking goods into storage and bringing them back out is charged at our normal hourly moving rates.

## Security

The warehouse is alarmed and monitored 24 hours a day, with CCTV inside and out. Only our own staff go into the storage area.

## Getting to your things

Because the containers are stacked, we need to bring yours down with a forklift before you can get to it. Please give us at least **48 hours'** notice. Each visit costs £35 and takes place during office hours, Monday to Friday.

If you only need one or two things, we can find them for you and bring them out to reception, for the same £35, as long as you've told us roughly where they are.

## Cover in storage

Goods in storage are covered for up to **£10,000 per container** at no extra cost. If your belongings are worth more, ask us about extra storage cover when you book.

## Leaving storage

We need 7 days' notice to deliver your containers to your new home, and 4 weeks' notice to end your storage agreement. Any storage period already paid for isn't refunded if you leave part-way through.
`,
  },
  {
    title: 'Goods-in-transit cover and damage claims',
    category: 'Insurance',
    content: `# Goods-in-transit cover and damage claims

Accidents are rare, but with thousands of items going up and down stairs each week they do happen. Every move includes our standard goods-in-transit cover.

## What's covered as standard

- Your belongings are covered against loss and damage while we handle them, from the moment we pick them up until they are placed in your new home.
- The total cover is up to **£50,000** per move.
- The most we will pay for any one item is **£1,000** unless you declared it on your inventory before the move.
- There's an excess of £100 per claim.

## Enhanced cover

If your belongings are worth more than £50,000, or you have valuable single items, you can take out enhanced cover. It costs **1%** of the total value you declare, and covers up to £150,000 per move with no excess. It must be arranged at least 5 working days before the move.

## Boxes you pack yourself

We can't see inside boxes you've packed, so items in owner-packed boxes are covered against loss, but not against breakage unless the box itself is **visibly damaged**. If you want full cover for breakables, use our fragile-only packing service.

## What isn't covered

- Wear and tear, or damage that was already there before the move (we note existing marks on the inventory)
- Electrical or mechanical faults, unless there is outside damage
- Items that we've told you we can't move (see our page on what we won't move)
- Jewellery, cash and documents, which you should keep with you

## How to make a claim

1. Tell us in writing (email is fine) within **7 days** of your move, or of your delivery out of storage.
2. Include photos of the damage and where it happened, if you know.
3. Keep the damaged items and the packaging until we've looked at them. Please don't throw anything away.
4. We'll reply within 14 days. For furniture we often send our own repairer first, as a good repair is quicker than a claim.
`,
  },
  {
    title: 'Moving day: timings, parking and access',
    category: 'Moving day',
    content: `# Moving day: timings, parking and access

## What time will you arrive?

For a morning start our crews arrive at your home at **8am**, or at the latest by 8:30am. Afternoon starts, at 1pm, are only for small moves and piano-only jobs.

A 2-bed home usually takes 4 to 6 hours in total, a 3-bed around 6 to 8 hours. Big moves may be split over two days, loading on the first day and unloading the next morning.

## Waiting for the keys

On most completion days the money doesn't reach the seller's solicitor until late morning, and keys are usually released between 12pm and 2pm. We'll load up in the morning and wait for your call.

The first **60 minutes** of waiting time are free. After that, waiting time is charged at your normal hourly rate. If the keys aren't released at all that day, we'll take the loaded lorry back to our secure depot overnight for **£150** and deliver the next morning.

## Parking

Our lorries need to park as close as possible to your front door at both addresses, ideally within **20 metres**. A 7.5-tonne lorry is about 10 metres long and needs roughly two car spaces.

- If you have a driveway, please keep it clear of cars on the day.
- On a street with parking restrictions, you'll need to arrange a **parking suspension** with the council. Allow at least 2 weeks to apply. We can tell you exactly how much space to ask for.
- If we have to park further than 20 metres away, a long carry charge of £45 applies.
- Any parking tickets we get because parking wasn't arranged are added to your bill.

## Flats and lifts

If there's a lift, please book it with the building manager for the whole day. Flats above the second floor with no lift will take longer, so tell us at the survey.

## Before we arrive

- Defrost and dry the freezer at least 24 hours before the move.
- Make sure the washing machine and dishwasher have been disconnected.
- Put anything you're taking in your own car in one room and tell the team leader.

## Furniture

We take apart and put back together normal beds and dining tables at no extra charge. Flat-pack wardrobes and other flat-pack furniture cost £25 per item to take down and put back up.
`,
  },
  {
    title: 'Paying, deposits, cancelling and postponing',
    category: 'Payments',
    content: `# Paying, deposits, cancelling and postponing

## Deposits and paying the balance

To secure your date we take a deposit of **20%** of the quoted price when you book. The rest is due as follows:

- **Fixed-price moves:** the balance is due 3 working days before the move.
- **Hourly moves:** we take an estimated balance 3 working days before the move, then refund or charge the difference on the day, once we know the exact hours.

## How to pay

You can pay by bank transfer or by Visa, Mastercard or debit card over the phone. We don't accept American Express, and we don't take cash on the day. Our bank details are on your booking confirmation.

## If you cancel

We turn other customers away for your date, so the closer to the move you cancel, the more it costs.

| How much notice you give | What you pay |
|---|---|
| More than 14 days | Nothing; we refund your deposit less a £30 admin fee |
| 7 to 14 days | You lose your deposit |
| 2 to 6 days | 50% of the quoted price |
| Less than 48 hours | The full quoted price |

Please tell us about any cancellation by email, so there's a record of the date. Refunds go back to the card or account you paid from within 10 working days.

## Moving your date

We know completion dates move all the time. Postponing is free if you give us more than 7 days' notice and we have space on your new date. With 7 days' notice or less there's a £75 rebooking fee.

## If your chain collapses

If your sale or purchase falls through, send us a letter or email from your solicitor confirming it. We'll keep your deposit on account and move it, free of charge, to a new date within **6 months**. If you don't rebook within 6 months, the normal cancellation terms apply.

## If we have to cancel

If we ever can't do your move, for example because a lorry has broken down and we can't find a replacement, you'll get everything you've paid back in full.
`,
  },
  {
    title: 'European and international moves',
    category: 'International',
    content: `# European and international moves

We've been driving families to Europe since the 1990s. Our own crews and lorries go regularly to France, Spain, Portugal, the Netherlands, Belgium, Germany and the Republic of Ireland.

## Two ways to move to Europe

**Dedicated vehicle.** The lorry and crew are yours alone and go straight to your new home. You choose the collection date and we give you a delivery date. As a guide, a 3-bed house to northern France starts from £4,800 and to southern Spain from £6,900.

**Part load.** If you're only sending some furniture and boxes, your things share a lorry with other customers going the same way. You pay for the space you use, starting at £95 per cubic metre to France. It's a lot cheaper, but less flexible: we collect in a set week and delivery is usually within **2 to 4 weeks**, depending on the route.

## Customs paperwork

Since the UK left the EU, every move to Europe needs customs clearance. We prepare the paperwork and deal with the customs agents for a fixed customs clearance fee of **£195** per move. From you we need:

- a copy of your passport
- proof of your new address abroad (a rental contract or purchase deeds)
- a signed, itemised inventory, which we'll help you write

Each country has its own rules about what you can bring in without paying duty, especially new items, alcohol and tobacco. We'll send you a guide for your country when you book.

## How far ahead to book

Book a European move at least **6 weeks** ahead, as customs paperwork can take time. In summer, dedicated vehicles to Spain and Portugal are often booked 3 months in advance.

## Outside Europe

For moves to the USA, Canada, Australia, New Zealand and elsewhere, we pack and load your belongings into a sea-freight container here in Leicester. It is then shipped by our long-standing shipping partner, who handles delivery at the other end. Shipping times are usually 6 to 12 weeks. These moves are always priced after a home survey.

## Cover abroad

Our standard goods-in-transit cover applies to European moves. For moves outside Europe, marine insurance is arranged through our shipping partner and is quoted separately.
`,
  },
  {
    title: "Things we can't move",
    category: 'Moving',
    content: `# Things we can't move

For safety, legal and insurance reasons there are some things our crews aren't allowed to put on the lorry. Please sort these out before moving day.

## Hazardous items

We can't carry anything flammable, explosive or corrosive. That includes:

- paint, thinners, white spirit and varnish
- petrol, diesel and paraffin
- **gas bottles** of any size, including barbecue and patio heater bottles
- fireworks, matches in bulk and ammunition
- bleach, pool chemicals and weedkillers
- car batteries

Petrol lawnmowers, strimmers and generators can only go if they've been **drained** of fuel first. Please do this a few days before the move so the smell has gone.

## Living things

We don't move **pets** or any other animals, including fish tanks with fish in them. Please make your own arrangements for your animals on moving day.

House plants are fine on local moves, but we can't take plants or soil on European moves because of border rules.

## Food

Please use up or throw away frozen and chilled food before the move. We can move unopened tins and dry food in boxes.

## Valuables and documents

Keep these with you, not on the lorry:

- cash, bank cards and jewellery
- passports, house deeds and other important papers
- keys for both properties
- medicines you need that day

## Other things we won't take

- cars, motorbikes, caravans and other vehicles
- safes over 150 kg (we can recommend a specialist)
- garden sheds, greenhouses and hot tubs, unless they've already been taken apart
- anything illegal, stolen or that you don't own

If you're not sure about something, ask at your survey and we'll tell you.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### How long have you been going?

Frank Hartley started the business with one van in **1978**. His sons David and Rob run it now, and Frank still pops in most mornings. We've been members of the **British Association of Removers** since 1994, which means we follow their code of practice.

### Do you move on Sundays?

No. We move Monday to Saturday only. Saturday moves cost a little more (see our prices page).

### Can you move just one or two things?

Yes. Our man and van service is one mover with a Luton van for single items or up to 10 boxes. It costs **£55 per hour** with a 2-hour minimum. If the item is too heavy for one person to carry, like a sofa or a wardrobe, we'll send two movers and charge the 2-mover rate instead.

### Will you disconnect my washing machine and cooker?

No, our crews aren't allowed to disconnect plumbing, gas or hard-wired electrics. Please book a **plumber** for the washing machine and dishwasher, and a Gas Safe engineer for a gas cooker. We can move them once they're disconnected.

### Do you take down curtains, blinds and light fittings?

We don't take down curtains, blinds, light fittings or shelves. These are usually included in the sale of a house anyway, so check with your solicitor.

### Do you do office moves?

Yes, for small offices of up to 20 desks. We usually do these on a Saturday so your business isn't closed on a working day.

### Do I need to be there on moving day?

Someone needs to be at both addresses to let us in and answer the team leader's questions. It doesn't have to be you, but please give us their name and number in advance.

### Should I tip the crew?

There's no need to. If you want to say thank you, a cup of tea goes a long way, and a review online is always appreciated.

### Will my furniture fit through the door of the new place?

If you're worried, tell us at the survey. Our team leaders are good at getting big sofas round tight corners, and we can take feet and doors off where needed.
`,
  },
];

export const HARTLEY_HELD_OUT: EvalCase[] = [
  // answerable: business context
  { question: "wats ur email? want to send some pics of the stuff in my garage", facts: ['moves@hartleyandsons.co.uk'], escalate: false },
  { question: "I work all week so I can only really phone on a Saturday. Is anyone in the office then, and until when?", facts: ['9am to 1pm'], escalate: false },
  // answerable: house and flat moves
  { question: "Hi there, we're finally moving out of our 2 bed terrace in Aylestone to a place over in Wigston in March. It's a Wednesday so no weekend stuff. Could you tell me roughly what you charge per hour for that size of place?", facts: ['£120'], escalate: false },
  { question: "how many lads do u send for a 3 bed semi", facts: ['4 movers'], escalate: false },
  { question: "Moving out of my 1 bed flat, won't take long as I don't own much. Is there a least amount of time you'll book for?", facts: ['3 hours'], escalate: false },
  // answerable: quotes and surveys
  { question: "Does someone have to physically come round and look at my stuff before you give a price? It's only a one bedroom flat and I'm never home.", facts: ['video survey'], escalate: false },
  { question: "Your chap came round to look at the house on Tuesday. How long does it normally take for the price to come through by email?", facts: ['2 working days'], escalate: false },
  { question: "got a quote off you a while back but our completion keeps getting pushed. how long does the price stay good for", facts: ['60 days'], escalate: false },
  // answerable: packing and boxes
  { question: "I'm happy boxing up clothes and books but I'm terrified of doing the china and glasses. Could your team just do the breakable stuff? We're a 3 bedroom house.", facts: ['£160'], escalate: false },
  { question: "how much r the tall boxes with the bar in for hanging clothes", facts: ['£11.50'], escalate: false },
  { question: "If I order boxes off you will you drop them round, or do I have to pay for that? I'm in LE2.", facts: ['£50'], escalate: false },
  // answerable: pianos, antiques and fragile items
  { question: "We've got an old upright piano that'd need to come with us, both houses are ground floor, no steps. What's the extra on top of the move?", facts: ['£145'], escalate: false },
  { question: "once the piano's moved how long should we leave it before we get someone in to tune it?", facts: ['2 to 3 weeks'], escalate: false },
  { question: "My late grandad's oil painting is quite valuable and I'm nervous about it just being wrapped in a blanket. Can you build a proper wooden box for it and what sort of price?", facts: ['£95'], escalate: false },
  // answerable: storage
  { question: "Our buyers pulled out and we've got to be out of our rental by the end of the month with nowhere to go yet. Need to store a one bed flat's worth for probably 2 or 3 months. What's that cost every 4 weeks?", facts: ['£125'], escalate: false },
  { question: "Our stuff's been in storage with you since the summer. Can I come and get the christmas decs out of it? How much notice do you need and is there a charge?", facts: ['48 hours', '£35'], escalate: false },
  // answerable: goods-in-transit cover and claims
  { question: "whats the most you would pay out if you broke one thing, like our big mirror?", facts: ['£1,000'], escalate: false },
  { question: "I packed all the kitchen boxes myself and when I opened them two wine glasses were smashed. The boxes themselves look fine. Am I covered?", facts: ['visibly damaged'], escalate: false },
  { question: "Just found a crack in the sideboard after the move last week. How long have I got to let you know?", facts: ['7 days'], escalate: false },
  // answerable: moving day, parking and access
  { question: "What time should I expect the crew on the morning of the move? Trying to sort the school run.", facts: ['8am'], escalate: false },
  { question: "Our solicitor reckons the money might not go through till mid afternoon. Do you charge while your lads sit about waiting for us to get the keys?", facts: ['60 minutes'], escalate: false },
  { question: "We live on a main road with permit parking and the new place is on a yellow line. Who sorts out the space for the lorry, is that us or you?", facts: ['parking suspension'], escalate: false },
  // answerable: paying, deposits, cancelling and postponing
  { question: "How much do I need to put down to book a date, and when do you want the rest of the money?", facts: ['20%', '3 working days'], escalate: false },
  { question: "We've decided to get a van and do it ourselves with mates. Move isn't for another 3 weeks. How much will we lose if we cancel?", facts: ['£30'], escalate: false },
  { question: "Gutted, our chain has collapsed and the solicitor has confirmed it in writing. Can we keep our booking money and use it when we find another house? How long do we get?", facts: ['6 months'], escalate: false },
  // answerable: European and international moves
  { question: "I'm moving to Spain to join my partner but only taking a few bits of furniture and about 20 boxes, not a whole house. Can it go in with other people's stuff, and how long would it take to get there?", facts: ['2 to 4 weeks'], escalate: false },
  { question: "how far in advance do i need to book to move to france", facts: ['6 weeks'], escalate: false },
  { question: "Do you charge anything extra for dealing with customs now we're out of the EU?", facts: ['£195'], escalate: false },
  // answerable: what we won't move
  { question: "Can the mower go on the lorry? It's a petrol one and I used it last weekend.", facts: ['drained'], escalate: false },
  { question: "we have 2 cats, can they go in the van in their carriers with our stuff??", facts: ['pets'], escalate: false },
  // answerable: FAQ
  { question: "I just need 6 boxes and a desk chair fetching from my old student house in Clarendon Park to my new room in Oadby. Do you do tiny jobs like that and what's the rate?", facts: ['£55'], escalate: false },
  { question: "Will the guys unplumb the washer for us on the day or do we need to sort that?", facts: ['plumber'], escalate: false },
  { question: "how long have you lot been going, and are you part of any proper trade association?", facts: ['1978', 'British Association of Removers'], escalate: false },

  // unanswerable: the pages do not say
  { question: "I've had a cheaper quote from another firm. Would you price match it?", unknown: true, escalate: false },
  { question: "Are your movers DBS checked? My mum lives alone and will be on her own with the crew.", unknown: true, escalate: false },
  { question: "Is there any way of tracking where the lorry is on moving day, like an app or a live link?", unknown: true, escalate: false },
  { question: "Can you do an end of tenancy clean at our old flat after the move so we get our deposit back?", unknown: true, escalate: false },
  { question: "Is your storage warehouse heated? I've got a wine collection and a leather sofa I don't want getting damp or cold.", unknown: true, escalate: false },
  { question: "Can I ride in the lorry with the crew to the new house? My partner needs the car.", unknown: true, escalate: false },
  { question: "Do you sell second-hand boxes any cheaper than the new ones?", unknown: true, escalate: false },
  { question: "We've got an old sofa and a broken bed we don't want to take with us. Can your crew take them to the tip on the day?", unknown: true, escalate: false },
  { question: "Do you do any discount for NHS staff? I'm a nurse at the LRI.", unknown: true, escalate: false },
  { question: "If I recommend you to my sister and she books, do I get anything back, like a referral discount?", unknown: true, escalate: false },

  // escalate: a person should handle these
  { question: "Your crew have just carried the wardrobe up and taken a big chunk out of the banister and gouged the new oak floor in the hall. Who's paying for this?", escalate: true },
  { question: "It's 10:15 and nobody has turned up. You said 8am. The buyers are arriving at noon and I can't get through on the phone. Where are they??", escalate: true },
];
