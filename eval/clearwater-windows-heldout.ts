/**
 * HELD-OUT business written blind before the round-15 answer changes are measured on it; must
 * NEVER be tuned on. Written without reading the agent's code, tests or docs. Clearwater Window
 * Cleaning is a family-run window cleaner in Leicester (regular window rounds priced by house
 * type, conservatory roof cleaning, gutter clearing, how often the rounds run and where, paying,
 * access and gates, bad weather, and what happens when nobody is home). Articles are pasted the
 * way a small-business owner pastes from a website, leaflet or notes app. 40 cases: 26
 * answerable, 10 unanswerable, 4 escalations under the business's rules.
 */
import type { EvalCase } from './cases.ts';

export const CLEARWATER_CONTEXT =
  'Clearwater Window Cleaning is a family-run window, conservatory roof and gutter cleaning business covering Leicester and nearby villages, based at Unit 3, Troon Way Business Centre, Leicester, LE4 9HA. Phone or text 0116 496 0382 (office Monday to Friday, 8am-5pm) or email office@clearwaterwindows.co.uk. The owner is Dan Whitlock and the office is run by Karen Whitlock.';

export const CLEARWATER_RULES: string[] = [
  "If a customer says we've cracked or broken a window or damaged anything (plants, gutters, conservatory, car etc) it goes straight to Dan. Don't admit it or deny it",
  'Shops, offices, schools, surgeries, blocks of flats - anything commercial - Dan prices these himself, pass them on',
  'Anyone saying theyve been charged twice or arguing about a bill -> Karen in the office sorts it',
  'complaints about how one of the lads behaved (rude, smoking, trampling plants, peering in windows) - hand to Dan',
];

export const CLEARWATER_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'How We Clean',
    category: 'About Us',
    content: `HOW WE CLEAN

We use the water-fed pole system on all our domestic work. It's the industry standard now, and it's safer and does a better job than ladders and a squeegee.

How it works
Tap water is filtered in the van through a reverse osmosis and de-ionising system until it's completely pure - nothing in it at all. We pump it up carbon-fibre poles with a soft brush on the end, scrub the glass and frames, then rinse off with more pure water. Because there are no minerals left in it, the glass dries spot-free on its own. No chemicals, no soap, so it's safe for pets, plants and ponds.

What's included in a standard clean
- All outside windows, front and back
- Frames and sills
- Outside of the front and back doors (glass panels included)

Not included (can be added - see Prices)
- Conservatory sides and roof
- Roof windows / Velux
- Inside windows

Why are my windows wet when you leave?
That's normal. The pure water dries clear within about an hour. Please don't wipe them - you'll leave smears.

Ladders
We still use ladders now and then for inside windows or where a pole can't reach (e.g. over a glass porch), always with a second person footing the ladder.

Our cleaners
There are five of us: Dan, his son Josh, plus Kyle, Amir and Lewis. Everyone wears a green Clearwater polo shirt and our vans are sign-written.`,
  },
  {
    title: 'Prices',
    category: 'Prices',
    content: `Prices - regular window cleaning (outside only)

Price per clean, for our 4-weekly or 8-weekly rounds. Front and back included.

1 or 2 bed flat (ground or first floor) ........ £9
2 bed terrace ........ £14
3 bed terrace ........ £16
3 bed semi ........ £18
4 bed semi ........ £22
3 bed detached ........ £22
4 bed detached ........ £27
5 bed detached ........ from £32
2 bed bungalow ........ £13
3 bed bungalow ........ £16

Extras per clean
Conservatory sides (glass and frames) ........ £6
Velux / roof windows ........ £3 each
Extension or garage windows ........ £2-£4
Inside windows ........ double the outside price (by arrangement, weekdays only)

First clean
If your windows haven't been cleaned for over 6 months, the first clean is charged at one and a half times the normal price, because it takes a lot longer to get the frames back to white.

One-off cleans
Not on a round? One-off cleans are charged at the regular price plus £10, minimum £25.

Prices are reviewed each April. We'll always give you a month's notice of any increase.`,
  },
  {
    title: 'Conservatory Roof Cleaning',
    category: 'Services',
    content: `Conservatory Roof Cleaning

Conservatory roofs go green with moss and algae, and all the muck from trees and birds collects along the bars. We clean them with a soft brush and pure water on our water-fed poles - we NEVER walk on the roof or lean ladders on it.

Polycarbonate and glass roofs are both fine. We also clear out the conservatory gutters and wash the frames on the same visit.

Prices
Small lean-to (up to 3m wide) - £50
Victorian or Edwardian (up to 4m) - £70
Large / P-shaped / L-shaped - from £90
Add the sides at the same time for £15.

Very heavily stained roofs may need a second treatment - we'll tell you on the day, never after.

How often?
Most customers have it done once a year, usually in spring. Twice a year if you're under trees.

Booking
Conservatory roofs are booked separately from your window round. Text or ring the office with your address and a photo of the roof if you can, and we'll give you a price and a date, usually within 2-3 weeks.

You don't need to be in, but we need access to all sides of the conservatory.`,
  },
  {
    title: 'Gutter Cleaning',
    category: 'Services',
    content: `GUTTER CLEANING

Blocked gutters overflow down your walls and can cause damp inside. We use a high-powered gutter vacuum from the ground, with a camera on the end of the pole so we can see inside the gutter. You get before and after photos by text or email.

Prices (front and back, all gutters)
Terrace or bungalow .... £55
Semi-detached .... £65
Detached .... £80
Large detached / 3 storey .... from £100

Downpipes - we'll try to clear any blocked downpipes at the same time, no extra charge. If one can't be cleared from the top we'll let you know.

Fascias, soffits & gutter fronts (uPVC wash) - from £40, or £30 if done at the same time as gutter clearing

We don't do gutter repairs, re-seal joints or replace broken brackets. If we spot any damage we'll show you in the photos.

Best time of year: late autumn, once the leaves have come down.

Guarantee: if your gutters overflow within 30 days of us clearing them (and it's down to a blockage, not a fault) we'll come back free.`,
  },
  {
    title: 'Our Rounds & Areas We Cover',
    category: 'Rounds',
    content: `OUR ROUNDS

We clean every 4 weeks or every 8 weeks - your choice. Most customers go 4-weekly.

Areas we cover
Leicester: LE2, LE3, LE4, LE5 and LE18 (Wigston)
Plus Oadby, Birstall, Thurmaston, Glenfield and Anstey.
Outside these areas? Ask - we may be able to fit you in for a conservatory or gutter job.

When will you come?
Your clean is on roughly the same day every 4 or 8 weeks. We text you the evening before, between 6pm and 8pm. We can't give exact times - we work 8am to 5pm, Monday to Friday.

Going on holiday?
You don't need to tell us unless you want to skip - just make sure the side gate is unlocked. Or text us to skip a clean and we'll see you next time round.

Moving house?
Let us know and we'll take your old address off, and give you a price for the new one if it's in our area.

Joining the round
Text or ring the office with your address and house type. We normally start new customers within 2 weeks.`,
  },
  {
    title: 'Paying for Your Clean',
    category: 'Payment',
    content: `PAYING FOR YOUR CLEAN

You don't have to be in to pay. After each clean we text you to say we've been, with the amount.

Ways to pay
- Direct debit through GoCardless - taken 3 working days after each clean. Easiest for most people.
- Bank transfer - details are on the text. Please use your house number and postcode as the reference.
- Card - using the payment link on the text
- Cash - only if you're in when we call. We can't collect from under mats or plant pots any more.

Please pay within 7 days of your clean.

We're a small business and late payments really hurt. If a bill is more than 30 days overdue we'll stop cleaning until it's paid.

Receipts and invoices can be emailed on request - handy for landlords.`,
  },
  {
    title: "Access, Gates, Dogs & When You're Not In",
    category: 'Rounds',
    content: `Access - what we need

Most of our customers aren't in when we clean. That's fine!

Side gates
Please leave side gates unlocked on your cleaning day (we text the evening before). If the gate's locked or bolted from the inside we'll clean the front only and charge half the price.

Nobody home and we can't get round
We'll put a card through the door. We won't come back specially, but you can text us within 2 days and we'll add the back on to our next visit to your area for free.

Dogs
Please keep dogs indoors while we're there, even friendly ones. If a dog's loose in the garden we won't go in, and we'll treat it like a locked gate.

Cars on the drive
No problem. The poles reach over cars, and we're careful.

Plants, hanging baskets, garden furniture
We'll move light things like a chair out of the way and put them back. We won't move heavy pots or anything fragile.

Gate codes and padlocks
You can text us your gate code or lock combination - it's stored securely and only shared with your cleaner.`,
  },
  {
    title: 'Bad Weather',
    category: 'Rounds',
    content: `What happens when it rains?

Short answer: light rain is fine, and we carry on.

It sounds odd, but rain doesn't make clean windows dirty. What makes windows spotty after rain is the dirt already on the glass. Once the glass is properly clean with pure water, rain just runs off and dries pretty clear.

We DON'T clean when:
• it's heavy or driving rain
• the wind is strong enough to make the poles unsafe (gusts over about 30mph)
• it's below 2°C or there's frost or ice, as the water freezes on the glass and the paths
• there's thunder and lightning - 8m carbon-fibre poles and lightning don't mix!

If we have to stop, we text you and move your clean to the next dry day we're in your area, usually within a week. You won't be charged for a clean we didn't do.

Rain the day after? If it rains within 48 hours of your clean and the windows look worse than before, text us a photo and we'll take a look.`,
  },
  {
    title: 'FAQ',
    category: 'FAQ',
    content: `FAQ

Are you insured?
Yes - £5 million public liability insurance. Certificate available on request.

What if I'm not happy with the clean?
Text us within 48 hours with what's wrong and we'll come back and redo it for free.

Do you clean inside windows?
Yes, weekdays by arrangement - you'll need to be in. Priced at double the outside price.

Can you reach 3 storey houses?
Yes, our poles go up to 4 storeys (around 12m).

Do you clean solar panels?
Yes - £4 per panel, minimum £40. Ring the office for a date.

Do you do commercial work?
Yes, shops and offices - Dan will come and price it up.

Is there a contract?
No contract and no minimum term.`,
  },
];

export const CLEARWATER_HELD_OUT: EvalCase[] = [
  {
    question: "Hi, we've just moved into a three bedroom semi in Wigston. How much would you charge each time you come?",
    facts: ['£18'],
    escalate: false,
  },
  { question: 'little 2 bed bungalow in Oadby, whats your price?', facts: ['£13'], escalate: false },
  {
    question: "We're a 4 bed detached with a conservatory on the back. What would the windows plus the conservatory glass come to?",
    facts: ['£27', '£6'],
    escalate: false,
  },
  { question: 'We had a loft conversion done with 3 skylights - is there an extra charge for those?', facts: ['£3 each'], escalate: false },
  {
    question:
      "Honestly I don't think the windows have been touched since we bought the house last spring, the frames are grey. Will the first clean cost more?",
    facts: ['one and a half times'],
    escalate: false,
  },
  {
    question: "We're selling up and want the windows looking nice for the estate agent photos - do you do a one off clean?",
    facts: ['£25'],
    escalate: false,
  },
  {
    question: "What do you put on the windows? We've got a fish pond right under the back window and two cats",
    facts: ['No chemicals'],
    escalate: false,
  },
  {
    question: 'the windows were dripping when your man left this morning, should I go round and dry them off with a cloth?',
    facts: ["don't wipe them"],
    escalate: false,
  },
  {
    question: "Roughly what would it be to clean a Victorian style conservatory roof? It's gone really green",
    facts: ['£70'],
    escalate: false,
  },
  {
    question: "Our conservatory roof is that plastic stuff and I'm worried about someone climbing on it. Do your lads go up on the roof?",
    facts: ['NEVER walk on the roof'],
    escalate: false,
  },
  { question: 'how soon could you get out to do a conservatory roof?', facts: ['2-3 weeks'], escalate: false },
  {
    question: "Water's pouring over the gutter above our back door every time it rains. We're a semi. What would it cost to sort?",
    facts: ['£65'],
    escalate: false,
  },
  {
    question: "how will I know you've actually cleaned the gutters properly? I can't exactly get up there and check",
    facts: ['before and after photos'],
    escalate: false,
  },
  {
    question: "One of the brackets holding our gutter has snapped and it's sagging at the corner. Can you fix it when you come?",
    facts: ["don't do gutter repairs"],
    escalate: false,
  },
  {
    question: "Could you wash the white plastic boards along the roof line at the same time as clearing the gutters? What's the extra?",
    facts: ['£30'],
    escalate: false,
  },
  {
    question: 'Monthly is a bit much for us - can we just have them done every other month?',
    facts: ['8 weeks'],
    escalate: false,
  },
  { question: 'Do you let people know before you turn up?', facts: ['evening before'], escalate: false },
  {
    question: 'What time of day will you be round on Thursday? I work from home and want to have the dog shut away',
    facts: ["can't give exact times"],
    escalate: false,
  },
  {
    question: "We're off to Tenerife for a fortnight in August. Do I have to tell you or will you just do them anyway?",
    facts: ["don't need to tell us"],
    escalate: false,
  },
  { question: "I'm at work all day, whats the easiest way to pay you?", facts: ['GoCardless'], escalate: false },
  {
    question: 'Can I just leave the money in an envelope under the plant pot by the front door?',
    facts: ["can't collect"],
    escalate: false,
  },
  {
    question: 'how many days have I got to pay after you have been',
    facts: ['7 days'],
    escalate: false,
  },
  {
    question: 'Our back gate has a padlock on and I always forget to undo it. What happens if you can\'t get round the back?',
    facts: ['charge half'],
    escalate: false,
  },
  {
    question: "We've got a really soppy labrador, he'll just be lying in the back garden - that's fine isn't it?",
    facts: ['keep dogs indoors'],
    escalate: false,
  },
  { question: "It's drizzling here this morning, are you still coming?", facts: ['light rain is fine'], escalate: false },
  {
    question:
      "I'm 84 and can't reach to do the insides of my windows any more. Would one of your lads be able to do them as well as the outside?",
    facts: ['double the outside price'],
    escalate: false,
  },
  { question: 'Do you clean caravans? Ours is on the drive and is filthy', unknown: true, escalate: false },
  { question: 'Can you jet wash our patio and the block paving while you are here?', unknown: true, escalate: false },
  {
    question: 'If my next door neighbour signs up as well do we get any discount?',
    unknown: true,
    escalate: false,
  },
  { question: "Is there a discount if I pay for a whole year's cleans upfront?", unknown: true, escalate: false },
  {
    question: 'The inside of our conservatory roof is grubby too - can you clean the underneath of the roof from inside?',
    unknown: true,
    escalate: false,
  },
  { question: 'Are your cleaners DBS checked? I live on my own', unknown: true, escalate: false },
  { question: 'How much to clean a glass balcony on a first floor flat?', unknown: true, escalate: false },
  { question: "What's the price for a 4 bed terrace, it's one of the tall Victorian ones in Clarendon Park", unknown: true, escalate: false },
  { question: 'Do you get moss off roof tiles as well? Ours are covered', unknown: true, escalate: false },
  { question: "Do you do gift vouchers? Thought it'd be a nice present for my mum", unknown: true, escalate: false },
  {
    question:
      "Your lad was here this morning and now there's a crack right across the bottom of our kitchen window that definitely wasn't there yesterday. Can someone come and look at it?",
    escalate: true,
  },
  {
    question:
      "I manage a dental practice on Narborough Road - two storeys with big windows at the front. Could you give us a price for cleaning every 4 weeks?",
    escalate: true,
  },
  {
    question: 'Just checked my bank and £22 has come out twice for the clean on the 3rd. Can you sort this out please',
    escalate: true,
  },
  {
    question:
      'The chap who did our windows today was smoking in my back garden and flicked his cigarette end into my flower bed. Not acceptable.',
    escalate: true,
  },
];
