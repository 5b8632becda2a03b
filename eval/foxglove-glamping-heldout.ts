/**
 * Held-out business written BLIND, BEFORE round-9 changes, and never tuned on: Foxglove Farm
 * Glamping, a fictional glamping site on a working sheep farm in North Devon (bell tents,
 * shepherd's huts and a treehouse; bookings and deposits, cancelling and changing dates, check-in
 * and check-out, what is provided and what to bring, dogs, children and cots, fire pits, BBQs and
 * hot tubs, electricity, Wi-Fi and phone signal, getting here with or without a car, the farm shop
 * and breakfast hampers, accessibility, quiet hours and gift vouchers). Articles are written like
 * a small business's help centre (headings, lists, price tables, an FAQ, plain paragraphs);
 * questions are paraphrased the way guests write, some long, some terse, a few with typos.
 * Ten of the 45 are plausible questions the pages do NOT answer; two should go to a person.
 * Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const FOXGLOVE_CONTEXT =
  "Foxglove Farm Glamping is a small glamping site with bell tents, two shepherd's huts and a treehouse on a working sheep farm at Foxglove Farm, Stowford Lane, Bratton Fleming, Barnstaple, Devon EX31 4SW. Phone 01271 880 517 (office open Monday to Saturday 9am to 6pm, Sunday 10am to 4pm) or email stay@foxglovefarmglamping.co.uk.";

export const FOXGLOVE_RULES = [
  'always escalate if a guest reports an injury, a fire getting out of control or any other safety problem on site',
  'refund requests over £150',
  'guest is complaining about the cleanliness of their accommodation during their stay - pass to a person',
  'complaints about other guests / noise, or anything involving the farm animals getting loose',
];

export const FOXGLOVE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our tents, huts and treehouse',
    category: 'Accommodation',
    content: `# Our tents, huts and treehouse

We have six places to stay, spread around the edges of our two lower fields so everyone gets a bit of space and a view over the valley towards Exmoor.

## Bell tents

**Bluebell**, **Campion** and **Yarrow** are 5-metre canvas bell tents pitched on raised wooden decks. Each has a proper double bed, two single futons, rugs, a wood-burning stove for chilly evenings and a covered camp kitchen on the deck. They share the Wash House (showers and flushing loos), which is a two-minute walk away.

## Shepherd's huts

**Meadow Hut** is our hideaway for couples: a double bed, a little kitchen, an en-suite shower room and its own private wood-fired hot tub.

**Orchard Hut** sits among the apple trees next to the car park. It has a double bed, a kitchen, an en-suite wet room and step-free access (see our FAQ for accessibility details). It is also one of our two dog-friendly stays.

## The Rookery treehouse

The Rookery is built into an old oak about 4 metres off the ground and is reached by a short rope bridge. Downstairs there is a king-size bed, upstairs a snug with bunk beds, plus a full kitchen, a shower room and a private hot tub on the lower deck.

## Prices

Prices are for the whole unit per night, not per person.

| Accommodation | Sleeps | Sunday to Thursday | Friday and Saturday |
|---|---|---|---|
| Bell tent (Bluebell, Campion, Yarrow) | 4 | £85 | £105 |
| Meadow Hut | 2 | £120 | £140 |
| Orchard Hut | 2 | £110 | £130 |
| The Rookery treehouse | 4 | £165 | £195 |

Babies under 2 don't count towards the number of guests.
`,
  },
  {
    title: 'Booking and paying for your stay',
    category: 'Bookings',
    content: `# Booking and paying for your stay

You can book online at foxglovefarmglamping.co.uk any time, or call the office and we'll book you in over the phone.

## When we're open

The bell tents and shepherd's huts are open from **1 April to 31 October**. The Rookery treehouse is open all year round.

## Minimum stays

- **2 nights** minimum at any time of year
- **3 nights** over bank holiday weekends
- During the school summer holidays, stays must start on a Monday or a Friday

## Deposits and balance

When you book we take a deposit of **30%** of the total. The balance is due **6 weeks** before you arrive and we'll email you a reminder a week before it's due. If you book within 6 weeks of arriving, you pay the full amount at the time of booking.

## How you can pay

We accept Visa, Mastercard and debit cards online or over the phone, and bank transfer (our details are on your booking confirmation). We don't accept cheques.

You'll get a confirmation email straight away. If it hasn't arrived within an hour, check your spam folder and then give us a ring.
`,
  },
  {
    title: 'Cancelling or changing your dates',
    category: 'Bookings',
    content: `# Cancelling or changing your dates

We're a small family business and every cancellation is a night we often can't re-let, so our policy is below. We strongly recommend taking out travel insurance when you book.

## If you cancel

| When you cancel | What you get back |
|---|---|
| More than 6 weeks before arrival | Full refund, less a £35 admin fee |
| Between 6 weeks and 14 days before arrival | Anything paid above the 30% deposit is refunded; the deposit is kept |
| Less than 14 days before arrival | No refund, unless we manage to re-let your dates |

To cancel, email us from the address you booked with. Refunds go back to the card you paid with and take 5 to 7 working days to show.

## Changing your dates

- More than 28 days before arrival: you can move your booking **once, free of charge**
- 28 days or less before arrival: there is a **£25** change fee
- New dates must be within 12 months of your original arrival date, and any price difference is payable

## Bad weather

This is outdoor living in Devon and we can't refund for rain. However, if the Met Office issues an **amber or red** weather warning for North Devon covering your stay, we'll move your booking to new dates at no charge.

## If we have to cancel

In the very rare event that we have to cancel (for example storm damage), you'll get a full refund of everything you've paid.
`,
  },
  {
    title: 'Arriving and leaving',
    category: 'Your stay',
    content: `# Arriving and leaving

## Check-in

Check-in is between **4pm and 8pm**. Please head to the Old Dairy in the farmyard when you arrive; one of us will meet you, show you round and run your bags down to your tent, hut or treehouse in the golf buggy.

You're welcome to arrive from 1pm to park, use the farm shop and go for a walk, but accommodation isn't ready until 4pm.

### Arriving late

If you're going to arrive after 8pm, please text the site mobile on **07700 900 318** so we can leave your welcome pack and a torch in the key box by the Old Dairy door.

## Check-out

Check-out is by **10am** on your day of departure. Before you go:

1. Put rubbish and recycling in the recycling station by the car park
2. Leave the ashes in the fire pit (don't tip them on the grass)
3. Return your key to the key box by the Old Dairy door

### Late check-out

Late check-out until **12 noon** costs **£20** and must be booked with the office at least a day ahead. It isn't available on Fridays in the summer holidays when we have a full changeover.
`,
  },
  {
    title: "What's provided and what to bring",
    category: 'Your stay',
    content: `# What's provided and what to bring

## We provide

- All bedding, made up ready for you
- A bath towel and a hand towel for each guest
- A two-ring gas hob, kettle, pans, crockery, cutlery and a cafetière
- Tea, coffee and a pint of our milk on arrival
- Washing-up liquid, a tea towel and loo roll
- A starter net of logs, kindling and matches for your fire pit
- In the bell tents: a cool box with ice packs (swap them for frozen ones any time in the freezer in the Old Dairy)
- In the huts and the treehouse: a fridge with a small freezer compartment

## Please bring

- Beach towels and swimwear (our towels stay on site, and you'll want a swim in the hot tub)
- Wellies or walking boots: it's a working farm and the fields get muddy
- A torch or head torch for walking to the Wash House at night
- Warm layers, even in summer
- Your food and drink (or order a hamper, see Farm shop and breakfast hampers)

## Showers and toilets

Bell tent guests share the **Wash House**, which has three hot showers, two flushing toilets and a washing-up area. The shepherd's huts and the treehouse each have their own shower room.
`,
  },
  {
    title: 'Dogs, children and cots',
    category: 'Your stay',
    content: `# Dogs, children and cots

## Dogs

Well-behaved dogs are welcome in **Bluebell** bell tent and **Orchard Hut**. We can't take dogs in any of the other tents, Meadow Hut or the treehouse.

- Up to 2 dogs per booking
- £15 per dog per stay
- Dogs must be on a lead at all times on the farm: we have sheep in every field and lambs from March to May
- Please don't leave your dog alone in your accommodation
- Dogs aren't allowed in the Wash House or in any hot tub

There's a fenced **Dog Paddock** behind the car park where dogs can run off the lead. Poo bags and a dog bin are at the gate.

## Children

Children love it here and there's a rope swing and sandpit by the Old Dairy. Children must be supervised by an adult around the fire pits and the hot tubs at all times.

The Rookery treehouse isn't suitable for children under 6, because of the rope bridge and the open upper deck.

## Cots and high chairs

| Item | Cost | Notes |
|---|---|---|
| Travel cot | £10 per stay | Includes a mattress and cot sheets |
| High chair | Free | Let us know when you book |
| Baby bath | Free | Subject to availability |

A travel cot fits in every unit, but the bell tents' sleeping area is already quite full with a family of four, so please mention it when booking.
`,
  },
  {
    title: 'Fire pits, BBQs and hot tubs',
    category: 'Facilities',
    content: `# Fire pits, BBQs and hot tubs

## Fire pits

Every tent, hut and the treehouse has its own fire pit with a grill plate for cooking. Your first net of logs and kindling is free. After that:

- Extra net of logs: £8
- Bag of kindling: £3

You'll find them in the honesty shed next to the Old Dairy.

Fires must only be lit in the fire pits, there's a bucket of water beside each one, and fires must be out by **11pm**. In a long dry spell we may have to ban fires altogether; we'll text everyone on site if that happens.

## BBQs

Disposable BBQs are not allowed anywhere on the farm: they scorch the grass and have started fires. You're welcome to use the grill plate on your fire pit, bring a gas BBQ, or hire one of our charcoal BBQs for **£12** per stay (charcoal is sold in the farm shop).

## Hot tubs

All our hot tubs are wood-fired. We light them at 4pm and they take about two hours to come up to temperature.

| Hot tub | Who can use it | Cost |
|---|---|---|
| Meadow Hut tub | Meadow Hut guests only | Included |
| The Rookery tub | Rookery guests only | Included |
| The Paddock Tub (shared) | Bell tent and Orchard Hut guests | £35 per 2-hour slot |

Book Paddock Tub slots with the office; the last slot runs 8pm to 10pm.

### Hot tub rules

- Hot tubs close at **10pm**
- No glass in or around the tubs (plastic cups are in your kitchen)
- Shower before you get in
- Children must have an adult in the tub with them
`,
  },
  {
    title: 'Getting here and parking',
    category: 'Getting here',
    content: `# Getting here and parking

## By car

Our postcode (EX31 4SW) takes your sat nav to Stowford Cross. From the crossroads, take the lane signposted Stowford and turn left after half a mile at the painted foxglove sign. The last stretch is single track with passing places, so take it slowly.

## Parking

The car park is next to the Old Dairy. Parking for **one car per booking** is included; each additional car is **£5 per night**. Cars can't be driven down to the fields, but we'll take your luggage down in the golf buggy and there are wheelbarrows by the car park. The Rookery is about a 400 metre walk from the car park.

## Without a car

Lots of our guests come by train and bus:

1. Take the train to **Barnstaple**. The Tarka Line runs from Exeter St Davids and takes about 1 hour 10 minutes.
2. From Barnstaple bus station, the number 309 bus stops in Bratton Fleming village, a 15 minute walk from us. There's no Sunday service.
3. A taxi from Barnstaple station costs around £25.

### Station pick-up

We can collect you from Barnstaple station for **£15** each way (up to 4 people plus luggage). Please book it at least **48 hours** before you arrive. Pick-ups run between 2pm and 6pm.
`,
  },
  {
    title: 'Farm shop and breakfast hampers',
    category: 'Extras',
    content: `# Farm shop and breakfast hampers

## The farm shop

Our little shop is in the Old Dairy and is open **8am to 6pm** every day while the site is open. Outside those hours there's an honesty box.

We sell our own lamb, sausages and free-range eggs, milk from our neighbour's dairy, local bread, cider and ice cream, plus camping essentials: logs, kindling, charcoal, firelighters, matches, torches and batteries.

## Breakfast hampers

Let us do breakfast. Hampers are left at your door by **8:30am** in a cool bag.

| Hamper | What's inside | Price |
|---|---|---|
| Farmhouse Breakfast (serves 2) | 4 of our pork sausages, 4 rashers of bacon, 6 eggs, mushrooms, tomatoes, sourdough, butter and apple juice | £28 |
| Family Breakfast (serves 4) | 8 sausages, 8 rashers of bacon, 12 eggs, beans, sourdough, butter, apple juice and a pint of milk | £42 |
| Veggie Breakfast (serves 2) | Veggie sausages, halloumi, 6 eggs, mushrooms, tomatoes, sourdough and apple juice | £26 |
| Devon Cream Tea (serves 2) | 4 scones, clotted cream, strawberry jam and a bottle of local cider | £24 |

Hampers for your first morning must be ordered at least **72 hours** before you arrive. During your stay, order from the shop by 4pm for the following morning.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### Is there electricity?

The bell tents don't have mains electricity. Each one has solar fairy lights, two rechargeable lanterns and a USB power bank. You can charge phones and cameras in the **charging lockers** in the Wash House, which have USB ports and normal 3-pin sockets. The shepherd's huts and The Rookery have ordinary 230V sockets.

Hairdryers and straighteners can be used at the mirror socket in the Wash House.

### Is there Wi-Fi?

We have free Wi-Fi in the **Old Dairy** and the farm shop only. There's no Wi-Fi in the tents, huts or treehouse; honestly, most guests are glad of the break. The password is on the chalkboard by the door.

### Will my phone work?

Signal is patchy in the valley. EE is the most reliable; Vodafone and O2 drop in and out. The best signal on the farm is at the bench at the top of the **Long Field**. There's a landline in the Old Dairy for emergencies.

### Are there quiet hours?

Yes. Please keep noise down between **10:30pm** and 8am, and no music speakers outside after 10:30pm. Sound carries a long way across the fields and the sheep are light sleepers too.

### Is the site accessible?

**Orchard Hut** is our most accessible stay. It has a ramp up to the door, a wide doorway, an en-suite wet room with grab rails and a level shower, and a disabled parking space right outside. The path from the car park is compacted gravel.

The bell tents are on decks with two steps up. The Rookery is reached by a rope bridge and steep stairs, so it isn't suitable for anyone with limited mobility. Assistance dogs are welcome in every unit.

### Do you sell gift vouchers?

Yes. Vouchers can be for any amount from £50 or for a specific stay, and they're valid for **18 months** from the date of purchase. We can email them, or post them in a card for £2.50.

### Can I smoke?

Not inside any of the tents, huts or the treehouse, or in the hot tubs. You're welcome to smoke outside by your fire pit.

### Can friends visit us during our stay?

Day visitors are welcome if you let the office know in advance. Visitors must park in the car park and leave by 9pm.
`,
  },
];

export const FOXGLOVE_HELD_OUT: EvalCase[] = [
  // answerable: business context
  { question: "Whats the email address? Id rather write than phone", facts: ['stay@foxglovefarmglamping.co.uk'], escalate: false },
  { question: "Is anybody around to answer the phone on a Sunday, and from what time?", facts: ['10am'], escalate: false },
  // answerable: accommodation
  { question: "Me and my other half fancy the hut with its own hot tub for a Saturday night. How much is that?", facts: ['£140'], escalate: false },
  { question: "what are the sleeping arrangements in the treehouse?? my teenagers will NOT share a bed with us lol", facts: ['bunk beds'], escalate: false },
  // answerable: booking and paying
  { question: "How much do I have to pay upfront to secure a booking, and when does the rest need paying?", facts: ['30%', '6 weeks'], escalate: false },
  { question: "can we just come for the one night on a saturday", facts: ['2 nights'], escalate: false },
  { question: "Which months of the year can you stay in the bell tents? We were hoping for an Easter trip or maybe the first week of November.", facts: ['1 April', '31 October'], escalate: false },
  // answerable: cancelling and changing
  { question: "We've booked Orchard Hut for the end of August, but my husband has just been given a date for an operation that same week. We're still about two months away. If we cancel, do we get our money back?", facts: ['£35'], escalate: false },
  { question: "wat happens if i have to cancel like 10 days before", facts: ['no refund'], escalate: false },
  { question: "Rather than cancel, could we shift our weekend to later in the year? We're three weeks away now. Is there a charge?", facts: ['£25'], escalate: false },
  { question: "Forecast for our weekend is looking grim and there's talk of a storm. Are you going to let us move our dates?", facts: ['amber or red'], escalate: false },
  // answerable: arriving and leaving
  { question: "What's the earliest we can get into our tent on the Friday?", facts: ['4pm'], escalate: false },
  { question: "Any chance of hanging on a bit longer on the last morning? Not keen on rushing off. What's the cost?", facts: ['12 noon', '£20'], escalate: false },
  // answerable: what's provided and what to bring
  { question: "do we need to pack our own sheets and towels or is that sorted", facts: ['beach towels'], escalate: false },
  { question: "Is there anywhere to keep food cold in the bell tents? Worried about the milk going off.", facts: ['cool box'], escalate: false },
  // answerable: dogs, children and cots
  { question: "Can we bring our 2 spaniels to the treehouse? If not which ones can they come to?", facts: ['Bluebell', 'Orchard Hut'], escalate: false },
  { question: "hw much extra for bringing the dog", facts: ['£15'], escalate: false },
  { question: "We'll have our 10 month old with us. Can you lend us a cot, and is there a fee?", facts: ['£10'], escalate: false },
  { question: "My youngest is 4 and absolutely obsessed with the idea of sleeping in a treehouse. Is that OK or is she too little?", facts: ['under 6'], escalate: false },
  // answerable: fire pits, BBQs and hot tubs
  { question: "how late can we keep the campfire going at night", facts: ['11pm'], escalate: false },
  { question: "Can I bring along one of those throwaway foil BBQs from the supermarket, or have you got a barbecue we could borrow?", facts: ['£12'], escalate: false },
  { question: "We're in one of the bell tents. Is there any way we can get a go in a hot tub, and what does it cost?", facts: ['Paddock Tub', '£35'], escalate: false },
  // answerable: getting here and parking
  { question: "We don't drive. What's the nearest train station to you?", facts: ['Barnstaple'], escalate: false },
  { question: "Could someone collect us from the train? How much would that be?", facts: ['£15'], escalate: false },
  { question: "My parents are driving down separately so there'll be two cars. Is that alright, and do you charge for the second one?", facts: ['£5'], escalate: false },
  // answerable: farm shop and breakfast hampers
  { question: "Do you do breakfast brought to the door? How much is the one for a family of four?", facts: ['£42'], escalate: false },
  { question: "How far ahead do I need to order a hamper for our first morning?", facts: ['72 hours'], escalate: false },
  // answerable: FAQ
  { question: "no plugs in a bell tent?? where am i meant to charge my phone", facts: ['charging lockers'], escalate: false },
  { question: "I need to check work emails once a day while we're there. Can I get online from the shepherd's hut?", facts: ['Old Dairy'], escalate: false },
  { question: "I'm on Vodafone and I've heard signal is rubbish out there. Is there anywhere I'll get a bar or two?", facts: ['Long Field'], escalate: false },
  { question: "It's my 40th and a few of us are booking tents together. What time do we have to keep the noise down from?", facts: ['10:30pm'], escalate: false },
  { question: "My dad is in a wheelchair. Which of your places would work for him?", facts: ['Orchard Hut'], escalate: false },
  { question: "Thinking of giving friends a glamping voucher as a wedding present but they probably won't use it till next year. How long is it valid?", facts: ['18 months'], escalate: false },

  // unanswerable: the pages do not say
  { question: "Is there somewhere on site I can charge my electric car overnight?", unknown: true, escalate: false },
  { question: "Could we pitch our own small tent next to the bell tent for the older kids?", unknown: true, escalate: false },
  { question: "Do you give a discount if we stay for a whole week?", unknown: true, escalate: false },
  { question: "Can we book the whole site out for a hen weekend?", unknown: true, escalate: false },
  { question: "Can you do a gluten-free version of the breakfast hamper? My wife is coeliac.", unknown: true, escalate: false },
  { question: "Is the farm shop open to people who aren't staying with you? We live nearby.", unknown: true, escalate: false },
  { question: "Can I bring my cat? She travels well and stays indoors.", unknown: true, escalate: false },
  { question: "Can I pay off the balance in monthly instalments instead of one go?", unknown: true, escalate: false },
  { question: "Is there a safe or lockable cupboard in the huts for passports and valuables?", unknown: true, escalate: false },
  { question: "Do you do farm tours, or can the kids help feed the lambs while we're there?", unknown: true, escalate: false },

  // escalate: a person should handle these
  { question: "My son tripped by the fire pit last night and burned his hand quite badly. We're still on site. What should we do?", escalate: true },
  { question: "The Paddock Tub was broken all weekend and our tent leaked through the night. I want the full £390 we paid refunded.", escalate: true },
];
