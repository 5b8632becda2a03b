/**
 * HELD-OUT business, written blind (without reading the agent's code, tests or docs) before the
 * round-13 changes. This set must NEVER be tuned on: use it only to measure, never to adjust
 * prompts, retrieval or rules until the scores look better.
 *
 * Roam Campervan Hire, a campervan hire firm near Keswick in the Lake District: three van models
 * with berths and nightly prices by season, minimum hire lengths, pick-up and drop-off times,
 * booking deposit and security hold, insurance excess and excess reduction, driver age and
 * licence rules, dogs, what's included (bedding, kitchen kit, camping chairs), extras (bike rack,
 * awning, child seats), mileage allowance, fuel and cleaning charges, ferries and going abroad,
 * cancellation policy, breakdown cover, campsites and payment. Articles are written like a small
 * business's help pages (headings, lists, price tables, an FAQ, plain paragraphs). 51 questions:
 * 36 answerable and paraphrased the way customers ask (long stories, terse questions, typos,
 * text-speak, two-part questions, different vocabulary), 12 that the pages do NOT answer though
 * they share ordinary words with them, and 3 that a supervisor would pass to a person under one
 * of the rules. The three kinds are mixed, not grouped.
 */
import type { EvalCase } from './cases.ts';

export const ROAM_CONTEXT =
  'Roam Campervan Hire is a small, family-run campervan hire firm based at Unit 6, Brundholme Yard, Penrith Road, Keswick CA12 4NL, on the edge of the Lake District. Phone 017687 40123, email hello@roamcampervans.co.uk.';

export const ROAM_RULES: string[] = [
  'any accident or crash in one of our vans, or they are broken down / stuck at the roadside right now - pass to a person straight away',
  'someone hurt or ill in or around the van (burns, gas smell, CO alarm going off, fall from the pop-top etc)',
  'complaints about our staff (rude at handover, didnt turn up for station pickup etc)',
  'disputes about money kept from the security hold, or any refund request over £200',
  'anyone mentioning solicitors, small claims court or trading standards',
];

export const ROAM_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our campervans and nightly prices',
    category: 'Vans and prices',
    content: `# Our campervans and nightly prices

We have three campervan models. All of them are diesel, all are less than four years old, and each one is named after a fell you can see from our yard. The Catbells and the Skiddaw have manual gearboxes; the Blencathra is automatic.

## The vans

- **Catbells** - our compact 2-berth, based on a VW Transporter. The rear seat folds down into a double bed (1.9m x 1.2m), and there's a two-ring hob, a sink and a 40-litre fridge. At 1.99m tall it fits under most car park height barriers. Seats 4 for travelling, sleeps 2.
- **Skiddaw** - a 4-berth Ford Transit Custom with an elevating pop-top roof. There's a double bed downstairs and a second double bed up in the roof, which is best for children or adults under 6ft (maximum weight in the roof bed is 150kg). Four forward-facing seatbelts, with ISOFIX points on the two outer rear seats.
- **Blencathra** - our biggest van, a Fiat Ducato high-top with a fixed rear double bed, a drop-down double bed over the cab, a hot shower and a cassette toilet. 4-berth, four seatbelts, automatic gearbox, 2.75m tall.

## Nightly prices

| Van | Berths | Low season | Mid season | Peak season |
|-----|--------|------------|------------|-------------|
| Catbells | 2 | £85 | £105 | £135 |
| Skiddaw | 4 | £99 | £125 | £155 |
| Blencathra | 4 | £119 | £149 | £185 |

Prices are per night and include VAT, insurance, RAC breakdown cover, bedding and the kitchen kit.

## Our seasons

- **Low season:** 1 November to 14 March, except 20 December to 3 January, which is charged at mid season prices.
- **Mid season:** 15 March to 30 June, and 1 September to 31 October.
- **Peak season:** 1 July to 31 August, plus the Easter school holidays.

## Longer hires

Hire any van for 14 nights or more and we take 10% off the whole hire. The long-hire discount can't be combined with any other offer.
`,
  },
  {
    title: 'Booking, minimum hire lengths and pick-up and drop-off times',
    category: 'Booking',
    content: `# Booking, minimum hire lengths and pick-up and drop-off times

You can book online at any time, or ring the office if you'd rather talk it through.

## Minimum hire length

| Season | Minimum hire | Hire can start on |
|--------|--------------|-------------------|
| Low season | 2 nights | Any day |
| Mid season | 3 nights | Any day |
| Peak season | 7 nights | Fridays or Mondays only |
| Bank holiday weekends | 3 nights | Friday |

When there's a short gap between two bookings we sometimes release it as a shorter hire. These are listed on the Last Minute page of our website.

## Pick-up

Pick-up is between 2pm and 5pm on the first day of your hire, at our yard: Unit 6, Brundholme Yard, Penrith Road, Keswick CA12 4NL. The handover takes about 45 minutes. We'll show you the gas, water, electrics, heater, the pop-top roof (Skiddaw) and how to empty the toilet (Blencathra).

Please bring:

- the driving licence of every driver
- a DVLA check code for each UK licence holder
- the card you'll use for the security hold

Early pick-up from 11am is available for £30, as long as the van is ready. Ask us at least a week before your hire.

## Drop-off

Please bring the van back by 10am on the last day of your hire. We need the rest of the day to clean and check it for the next guests, so late returns are charged at £25 for every 30 minutes (or part of 30 minutes) after 10:30am. If you're stuck in traffic, phone us on 017687 40123 and let us know.

## Leaving your car with us

You can leave one car in our yard free of charge while you're away. The yard is locked at night and covered by CCTV, but cars are left at your own risk.

## Coming by train

Keswick doesn't have a railway station. The nearest is Penrith, 18 miles away. We can collect you from Penrith station for £30 each way for up to four people; please book this at least 48 hours ahead. The X5 bus also runs from Penrith to Keswick roughly every hour.
`,
  },
  {
    title: 'Paying, the booking deposit, the security hold and cancelling',
    category: 'Payments',
    content: `# Paying, the booking deposit, the security hold and cancelling

## Booking deposit and balance

To confirm a booking we take a 25% booking deposit. The balance is due 6 weeks before pick-up, and we'll email you a reminder a week before it's due. If you book within 6 weeks of your pick-up date, you pay the full amount when you book.

## How you can pay

We accept Visa, Mastercard and American Express cards, and Apple Pay and Google Pay on our online checkout. You can also pay the balance by bank transfer (the details are on your booking confirmation). We don't accept cheques.

## The security hold

When you pick up the van we take a security hold of £750 on a credit or debit card in the lead driver's name. This is a pre-authorisation, not a payment: the money stays in your account but is set aside. We can't take the security hold in cash or on a prepaid card. If you've added excess reduction, the hold is only £250.

We release the hold on the day you bring the van back, once we've checked it over. Depending on your bank it can take up to 10 working days for the money to show as available again. If anything is owed (fuel, cleaning, late return or damage), we'll go through it with you and only take that amount.

## Cancelling your booking

| When you cancel | What you pay |
|-----------------|--------------|
| 60 days or more before pick-up | Your deposit is refunded, minus a £50 admin fee |
| 30 to 59 days before pick-up | You lose the 25% deposit |
| 14 to 29 days before pick-up | 50% of the total hire cost |
| Less than 14 days before pick-up, or not turning up | 100% of the total hire cost |

We strongly recommend travel insurance that covers the cost of your hire if you have to cancel.

## Changing your dates

You can change your dates once for free if you tell us more than 30 days before pick-up, as long as there's a van available. After that, each change costs £25. If your new dates cost more, you pay the difference.

## If we have to cancel

Very occasionally a van is off the road after damage by a previous hirer. If that happens we'll offer you another van for the same dates or a full refund, whichever you prefer.
`,
  },
  {
    title: 'Insurance, the excess and excess reduction',
    category: 'Insurance',
    content: `# Insurance, the excess and excess reduction

Every hire includes fully comprehensive insurance for up to three named drivers through our fleet insurer. You don't need to buy anything extra and your own car insurance isn't involved.

## The excess

The standard excess is £1,500 for each incident. That's the most you'd pay towards damage to the van, theft of the van, or damage to someone else's property, whoever was at fault.

## Excess reduction

You can bring the excess down to £250 by adding excess reduction for £15 per night, capped at £210 for any single hire. It also lowers your security hold to £250. Excess reduction has to be added before you pick up the van; you can't buy it once you're on the road.

## What excess reduction doesn't cover

Some things always fall outside excess reduction:

- **Overhead damage** - damage to the roof, pop-top or awning rail from height barriers, low branches or bridges. The full £1,500 excess always applies.
- **Misfuelling** - putting petrol in a diesel van. You pay the cost of draining the tank, usually £300 to £600.
- **Underside damage** from driving on unmade tracks, fields or beaches.
- **Interior damage** such as burns, stains or broken cupboards and fittings.
- **Lost keys** - replacement costs £350.

## Windscreens and tyres

Chips and cracks in the windscreen are covered with a £100 excess. Every van carries a spare wheel. A tyre damaged by hitting a kerb is charged at cost.

## If you have an accident

1. Stop somewhere safe and check that everyone is OK. Call 999 if anyone is hurt.
2. Swap names, addresses and insurance details with the other driver and take photos.
3. Don't admit that it was your fault.
4. Ring us on 017687 40123. The number is answered 24 hours a day during your hire.
5. Fill in the accident report form in the glovebox.
`,
  },
  {
    title: 'Who can drive: age and licence rules',
    category: 'Drivers',
    content: `# Who can drive: age and licence rules

Our insurer sets these rules, so unfortunately we can't make exceptions.

## Age

All drivers must be aged 25 to 75 on the day of pick-up. Drivers who are 23 or 24 can drive the Catbells only, with a young driver surcharge of £12 per night, as long as they've held a full licence for 2 years.

## Licence

- You must have held a full car licence for at least 2 years.
- A normal car (category B) licence covers all three vans. None of them weighs more than 3,500kg.
- A maximum of 6 points on your licence.
- No DR (drink or drugs), DD (dangerous driving), IN (no insurance) or UT (taking a vehicle without consent) endorsements, and no driving bans, in the last 5 years.
- If your licence only lets you drive automatics, you can hire the Blencathra, which is our only automatic.

## UK licence holders

Every driver with a UK licence needs to give us a DVLA check code. You can get one on GOV.UK under "View or share your driving licence information". Codes run out after 21 days, so please get yours less than 21 days before your pick-up date.

## Overseas licence holders

We accept licences from EU countries, the USA, Canada, Australia and New Zealand. Drivers with a licence from any other country need an International Driving Permit as well as their own licence. All overseas drivers must also show their passport at pick-up.

## Extra drivers

You can have up to three named drivers on each hire, and extra drivers are free. Everyone who will drive must come to the handover with their licence. Someone who isn't named on the hire agreement must never drive the van - if they do, the insurance doesn't cover it.
`,
  },
  {
    title: "What's included in every van",
    category: 'In the van',
    content: `# What's included in every van

We'd like you to turn up with your clothes, your food and nothing else. Every hire includes the following.

## Bedding and towels

- A duvet, pillows and freshly laundered sheets and covers for every berth. The beds are made up when you arrive.
- One bath towel and one hand towel per person.
- Tea towels and a dustpan and brush.

## Kitchen kit

- A two-ring gas hob in every van, plus a grill in the Blencathra.
- A compressor fridge: 40 litres in the Catbells, 65 litres in the Skiddaw and the Blencathra.
- Saucepans, a frying pan, a kettle, a cafetière and a stovetop toaster.
- Plates, bowls, mugs, wine glasses, cutlery, a chopping board, a sharp knife, a tin opener and a corkscrew.
- A washing-up bowl, washing-up liquid and a sponge.
- A starter pack of tea, coffee, sugar, salt and pepper and cooking oil.

Each van has one 6kg gas bottle, which is usually enough for about 2 weeks of normal cooking. If it runs out, bring the van back to the yard and we'll swap it for free.

## Outdoor kit

- Camping chairs: two in the Catbells, four in the Skiddaw and the Blencathra.
- A folding camping table.
- Levelling ramps, so the bed isn't on a slope.
- A 25m electric hook-up cable for campsites.
- A 20-litre water carrier and a filling hose.
- A Lake District road atlas.

## Heating and power

All vans have a diesel night heater, which runs off the main fuel tank and keeps the van warm even in winter. There are USB sockets in every van, powered by the leisure battery. The 230V sockets only work when you're plugged into electric hook-up at a campsite. The Blencathra also has a solar panel on the roof. There's no Wi-Fi in the vans.

## What's not included

- Food and drink (apart from the starter pack).
- Toilet chemicals after the first fill in the Blencathra.
- Barbecues, bike racks, awnings and child seats - see our extras page.
`,
  },
  {
    title: 'Extras and add-ons',
    category: 'Extras',
    content: `# Extras and add-ons

Extras need to be booked at least 7 days before pick-up, because we only have a few of each. You can add them when you book or later from your booking page.

| Extra | Price | Notes |
|-------|-------|-------|
| Bike rack (2 bikes) | £40 per hire | Fits the Catbells and the Skiddaw |
| Bike rack (4 bikes) | £55 per hire | Blencathra only |
| Drive-away awning | £60 per hire | Attaches to the side of the van |
| Child car seat (9-18kg) | £25 per hire | For toddlers, roughly 9 months to 4 years |
| High-back booster seat | £15 per hire | For children from 15kg |
| Extra camping chair | £5 per hire | Up to 2 extra chairs per van |
| Portable toilet | £30 per hire | Catbells and Skiddaw only |
| Cadac gas barbecue | £35 per hire | Includes a spare gas canister |
| Inflatable paddleboard | £20 per night | Comes with paddle, pump and buoyancy aid |
| Unlimited mileage | £12 per night | See our mileage page |
| Excess reduction | £15 per night | Capped at £210 per hire |

## Bike racks

Our bike racks are tailgate-mounted and lockable. Please bring your own bike locks. E-bikes are heavy, so only two e-bikes can go on the 4-bike rack.

## The drive-away awning

The awning is a free-standing tent that attaches to the side of the van with a channel, so you can drive away for the day and leave it pitched on the campsite. It takes about 20 minutes to put up, and we'll show you how at the handover. Please take it down if the wind is forecast to be over 30mph - storm damage to the awning is charged at cost.

## Child seats

Children under 12 years old or 135cm tall need a child seat by law. The Skiddaw and the Blencathra have ISOFIX points; the Catbells has three-point seatbelts that are suitable for belted child seats. You're welcome to bring your own child seats instead.
`,
  },
  {
    title: 'Mileage, fuel, cleaning and other charges',
    category: 'Charges',
    content: `# Mileage, fuel, cleaning and other charges

## Mileage

Your hire includes 150 miles per night, added up across the whole hire. For example, a 4-night hire includes 600 miles, and you can use them however you like. Extra miles are charged at 30p per mile when you return. If you're planning a long trip, the unlimited mileage add-on costs £12 per night.

## Fuel

All of our vans run on diesel. You'll get the van with a full tank, and we ask you to bring it back full. If it isn't full, we'll fill it for you at £2.10 per litre plus a £20 refuelling fee. The nearest filling station is on Penrith Road, half a mile from our yard.

AdBlue is topped up by us before every hire. If the AdBlue warning light comes on during your trip, buy a bottle at any filling station and we'll pay you back when you show us the receipt.

## Cleaning

We do the deep clean and all the laundry, and that's included in the price. We just ask you to bring the van back reasonably tidy: washing-up done, fridge emptied, rubbish taken out and the floor swept. You don't need to wash the outside.

## Other charges

| Charge | Amount |
|--------|--------|
| Van returned dirty inside and needing extra cleaning | £75 |
| Toilet cassette not emptied | £50 |
| Waste water tank not emptied | £25 |
| Smoking or vaping in the van | £250 |
| Heavy dog hair, or a dog on the beds or seats | £60 |
| Late return after 10:30am | £25 per 30 minutes |
| Lost key | £350 |

## Fines, tolls and parking

Tolls, parking, congestion charges and any fines during your hire are your responsibility. If a fine is sent to us, we'll pass on your details and charge a £25 admin fee.
`,
  },
  {
    title: 'Breakdowns, ferries and going abroad',
    category: 'On the road',
    content: `# Breakdowns, ferries and going abroad

## Breakdown cover

Every van comes with RAC breakdown cover, including roadside help and recovery anywhere in the UK, 24 hours a day. The RAC number is on the keyring and on a sticker on the windscreen. If you break down, ring the RAC first and then let us know on 017687 40123.

If the van can't be fixed, we'll find you a replacement van wherever we can. If we can't, we'll refund every full night of the hire you lose. We don't refund nights lost through misuse, such as putting the wrong fuel in or driving on a route we've asked you to avoid.

## Islands and ferries in the UK

You're welcome to take the van to the Scottish islands or the Isle of Wight on any hire, with no extra charge from us - just tell us where you're going. Ferry fares are paid by you. Remember the Blencathra is 2.75m tall when you book a crossing.

## Ireland and Northern Ireland

You can take the van to Northern Ireland or the Republic of Ireland if you add our Overseas Travel Pack (£95 per hire).

## Mainland Europe

Trips to mainland Europe are allowed on hires of 10 nights or more outside peak season, with the Overseas Travel Pack. It costs £95 per hire and includes:

- a VE103 certificate, the legal document that shows you're allowed to take a hired vehicle abroad
- European breakdown cover
- headlamp beam deflectors, a warning triangle and hi-vis vests
- a UK sticker

Please tell us at least 14 days before pick-up so we can arrange the paperwork. You can go by ferry or through the Channel Tunnel. The van can be driven in EU countries, Norway and Switzerland, but not anywhere else.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**Can I bring my dog?**
Yes, dogs are very welcome in the Catbells and the Skiddaw. You can bring up to 2 dogs, and it's £35 per dog per hire. Dogs aren't allowed in the Blencathra because of allergies. Please bring your dog's own bed; dogs mustn't go on the beds or seats. We only accept dogs, not other pets.

**Can we wild camp?**
Wild camping in a van isn't allowed anywhere in the Lake District National Park without the landowner's permission, and most car parks, including National Trust ones, don't allow overnight parking. Please stay on campsites.

**Do you book campsites for us?**
We don't book campsites for you, but we'll give you our list of van-friendly sites at the handover. The closest to our yard is Castlerigg Hall, about a mile away. In peak season book your campsites 3 months ahead. A pitch with electric hook-up usually costs £30 to £45 a night.

**Are there any roads we shouldn't drive?**
Yes. Please don't drive Hardknott Pass or Wrynose Pass in any of our vans - they have 1 in 3 slopes and hairpin bends, and vans regularly get stuck. Honister Pass and Kirkstone Pass are fine if you take them slowly.

**Where do we empty the toilet?**
Campsites have a chemical disposal point, often called an Elsan point. We'll show you how to empty the cassette at the handover.

**Is there room for suitcases?**
Storage is tight, so soft bags are best. If you do arrive with hard suitcases, we'll store them in our office for free while you're away.

**Can we extend the hire once we're away?**
Give us a ring. If the van isn't booked by someone else, you can add nights at the normal nightly price.

**Will we be cold in winter?**
No - every van has a diesel night heater. From November to March all vans are fitted with all-season tyres.

**What are your office hours?**
8:30am to 5:30pm, 7 days a week, from March to October. From November to February we're open 9am to 4pm, Monday to Saturday. During your hire our phone is answered 24 hours a day.
`,
  },
];

export const ROAM_HELD_OUT: EvalCase[] = [
  {
    question:
      "Hi there, me and my wife are coming up to the Lakes for the second week of August with our two boys and we'd really like the van that's got its own shower and loo so we don't have to traipse across a campsite at night. What would that cost us a night?",
    facts: ['£185'],
    escalate: false,
  },
  { question: 'whats the cheapest van for 2 of us in february', facts: ['£85'], escalate: false },
  { question: 'Do you hire out electric bikes we could stick on the back of the van?', unknown: true, escalate: false },
  { question: 'what time can we collect?', facts: ['2pm'], escalate: false },
  {
    question: 'On the last day, how early do we have to have the camper back to you?',
    facts: ['10am'],
    escalate: false,
  },
  {
    question:
      "We were hoping to do a quick three-night break at the end of July before the kids go back to school - is that doable or is there a minimum?",
    facts: ['7 nights'],
    escalate: false,
  },
  { question: 'How much is the Helvellyn van per night in June?', unknown: true, escalate: false },
  {
    question: 'When I turn up to get the van, how much are you going to block on my card?',
    facts: ['£750'],
    escalate: false,
  },
  {
    question:
      "I'm a bit nervous driving something that big. If I bump it, what's the most I'd end up paying out of my own pocket?",
    facts: ['£1,500'],
    escalate: false,
  },
  {
    question: 'Is there some sort of cover I can pay for so a scrape doesnt cost me a fortune, and how much is it per day?',
    facts: ['£15 per night'],
    escalate: false,
  },
  {
    question:
      "Hello, my son is 22 and has had his licence since he was 17, he's a really careful driver. Would he be able to share the driving with me?",
    facts: ['25 to 75'],
    escalate: false,
  },
  {
    question:
      "We were reversing out of the car park at Buttermere about an hour ago and caught a stone wall. The back corner of the van is caved in and the rear light is hanging off. Nobody's hurt but I'm shaking - what do we do now?",
    escalate: true,
  },
  {
    question:
      "I'm 24 - can I take the big one with the shower? And if not, which one am I allowed and is there an extra charge?",
    facts: ['Catbells', '£12 per night'],
    escalate: false,
  },
  { question: 'can our springer spaniel come and is there a fee', facts: ['£35'], escalate: false },
  { question: 'Can I hire a kayak along with the van?', unknown: true, escalate: false },
  {
    question:
      "My daughter's allergic to cats so she's suggested the automatic one with the toilet, but we always travel with our labrador. Is he OK in that one?",
    facts: ['Blencathra'],
    escalate: false,
  },
  {
    question: 'Do we need to pack our own sleeping bags and pillows or is that sorted?',
    facts: ['duvet'],
    escalate: false,
  },
  {
    question:
      'How many of those fold-up seats do you get with the four-berth pop-top? And could I have one more for my mum who is coming along?',
    facts: ['four', '£5'],
    escalate: false,
  },
  {
    question:
      "We're bringing our two mountain bikes and we've booked the pop-top. Can you carry them on the van and what does that cost?",
    facts: ['£40'],
    escalate: false,
  },
  { question: 'Do you offer gift vouchers? It would make a great birthday present for my brother.', unknown: true, escalate: false },
  {
    question:
      "is there like a tent bit that clips on the side of the van for extra room when it rains? how much",
    facts: ['£60'],
    escalate: false,
  },
  {
    question: 'Our toddler is 2 and about 13kg. Can you provide a car seat for her?',
    facts: ['£25'],
    escalate: false,
  },
  {
    question:
      "We're planning a big loop up to Skye and back over 5 nights - that's a lot of driving. How many miles do we get before you start charging extra, and what's the rate after that?",
    facts: ['150 miles', '30p'],
    escalate: false,
  },
  { question: 'Can we drop the van off in Edinburgh at the end instead of bringing it back to Keswick?', unknown: true, escalate: false },
  { question: 'any option for unlimited miles?', facts: ['£12 per night'], escalate: false },
  {
    question: "Do I have to brim the tank before I hand it back? What happens if I don't have time?",
    facts: ['£2.10'],
    escalate: false,
  },
  {
    question:
      "My little girl leant on the hob this morning while the pan was on and burnt her hand quite badly. We've been at A&E at Carlisle for most of the day and she's got dressings on it now. I just wanted to let you know and I don't really know what happens next.",
    escalate: true,
  },
  {
    question: 'Do we need to give the inside a proper clean before we return it, and what if we don\'t?',
    facts: ['£75'],
    escalate: false,
  },
  { question: 'Can I tow a small trailer behind the Skiddaw?', unknown: true, escalate: false },
  {
    question: 'we forgot to empty the loo cassette before we gave it back, how much will that be',
    facts: ['£50'],
    escalate: false,
  },
  { question: 'can i vape inside if the windows r open', facts: ['£250'], escalate: false },
  {
    question:
      "Fancy taking the camper across to Belfast on the boat to see my sister for a few days - is that allowed, and is there anything extra to pay you?",
    facts: ['£95'],
    escalate: false,
  },
  { question: 'Is there a sat nav in the vans?', unknown: true, escalate: false },
  {
    question:
      "We're thinking of a fortnight in May driving down through France to the Alps. Can we take your van through the tunnel, and what would we need?",
    facts: ['£95'],
    escalate: false,
  },
  {
    question: 'Do you charge anything on top if we take the van over on the ferry to Mull?',
    facts: ['no extra charge'],
    escalate: false,
  },
  { question: 'Can we take the van over to the Isle of Man on the ferry?', unknown: true, escalate: false },
  {
    question:
      "We've booked the Skiddaw for the middle of September but my husband has just had a knee operation and can't drive. We're about seven weeks away now. If I cancel, how much do I lose?",
    facts: ['25%'],
    escalate: false,
  },
  { question: 'Is there a telly or DVD player in the Blencathra for rainy evenings?', unknown: true, escalate: false },
  {
    question: 'Is breakdown cover included? Who do we ring if it conks out on a mountain road?',
    facts: ['RAC'],
    escalate: false,
  },
  {
    question:
      "We returned the Catbells last Tuesday and I'd call it spotless - we even hoovered it. Now I see you've kept £480 of my hold for 'cleaning and damage to the bed'. That's outrageous and I want the money put back on my card.",
    escalate: true,
  },
  {
    question: 'Can you recommend a campsite near your yard for our first night?',
    facts: ['Castlerigg Hall'],
    escalate: false,
  },
  { question: 'What are the miles per gallon like on the Catbells?', unknown: true, escalate: false },
  { question: 'Can I pay with my Amex?', facts: ['American Express'], escalate: false },
  { question: 'When is the rest of the money due after the deposit?', facts: ['6 weeks'], escalate: false },
  { question: 'Do you have a travel cot we could borrow for our 6-month-old?', unknown: true, escalate: false },
  {
    question:
      "We dropped the van back on Saturday and there's still £750 showing as pending on my card. How long until it goes?",
    facts: ['10 working days'],
    escalate: false,
  },
  {
    question:
      "Our train gets into Penrith at about 10 and we'll be with you before lunch. Any chance we could take the van earlier than normal?",
    facts: ['11am'],
    escalate: false,
  },
  { question: 'how much is the ferry from cairnryan to belfast for the van', unknown: true, escalate: false },
  {
    question: "I've got 9 points on my licence from speeding, mostly on the same stretch of road. Is that going to be a problem?",
    facts: ['6 points'],
    escalate: false,
  },
  {
    question: "I'm from India and visiting the UK. Is my Indian licence enough to drive your campervan?",
    facts: ['International Driving Permit'],
    escalate: false,
  },
  {
    question:
      "We'd love to do the steep pass over to Eskdale that everyone talks about - the one with the hairpins. OK to go that way in the van?",
    facts: ['Hardknott'],
    escalate: false,
  },
];
