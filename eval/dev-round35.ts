/**
 * Round-35 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 * FORGE: Anvil & Ember Forge, a two-person blacksmith's forge in Herefordshire (gates, railings, fire baskets,
 *   hooks, one-day beginner forging courses, gift vouchers). Hand-overs: 4 in FORGE_ESCALATION_RULES, plus 2 more
 *   (trade/wholesale enquiries; bank/card payment disputes) written only as prose in FORGE_BUSINESS_RULES.
 * VEG: Muddy Fork, a weekly organic veg box round run from a market garden near Frome, Somerset. Hand-overs:
 *   VEG_ESCALATION_RULES is []; all 6 hand-over situations are written as prose in VEG_BUSINESS_RULES.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Business 1: Anvil & Ember Forge (blacksmith)
// ---------------------------------------------------------------------------------------------

export const FORGE_NAME: string = 'Anvil & Ember Forge';
export const FORGE_AGENT_NAME: string = 'Ember';

export const FORGE_CONTEXT: string = `Anvil & Ember is me (Tom Haddon) and my partner Cat, we run a small working forge in the old cart shed at Pound Farm, Kingstone, Herefordshire HR2 9HE. We make ironwork - garden gates, railings, fire baskets, hooks, brackets and the odd bit of bespoke stuff - and we run one-day beginner forging courses at weekends. Been going since 2011.

Showroom/forge is open Wednesday to Saturday, 10am to 4pm. Other times by appointment only pls, we're usually at the fire or out fitting. Phone 01981 250 447 (Cat does the phones, leave a msg if no answer and we ring back same day mostly). Email hello@anvilandember.co.uk.

Parking is in the farm yard, follow the signs past the big red barn. Mind the dog, she's friendly but nosey.`;

export const FORGE_BUSINESS_RULES: string = `Be friendly and plain spoken, we're a two person forge not a big company, so no corporate waffle. Keep answers short and to the point.

Don't make up prices for bespoke or made to measure work. Everything made to measure gets a proper quote from Tom - just give the "from" prices in the articles and say a quote follows. Don't promise delivery or fitting dates for commissions, only the usual lead times. Don't give advice on doing forging at home or anything safety related beyond whats in the articles.

If you don't know something, say so honestly and give them the phone number or email, don't guess.

A couple of things I want to deal with myself: if a shop, garden centre or anyone else wants to stock our stuff or asks about trade or wholesale prices, bring me in rather than quoting them anything. And if a customer says they've gone to their bank or card company to dispute a payment or get money clawed back, hand that straight over to me, don't try and sort it out yourself.

Don't talk about other forges or slag off competitors. UK spelling please.`;

export const FORGE_ESCALATION_RULES: string[] = [
  'Someone has been hurt - a burn or any injury on a course, or an injury caused by one of our products.',
  'A complaint about a finished piece: broken or cracked welds, rust coming through, wrong size, or damage on delivery.',
  'A customer wants to cancel a commission after paying the deposit, or is asking for their deposit back.',
  'The customer asks to speak to Tom, Cat or a real person.',
];

export const FORGE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Beginner forging day - what happens on the day',
    category: 'Courses',
    content: `Our one-day Beginner Forging Course runs on Saturdays and most Sundays, 9.30am to 4.30pm. Max 4 people per course so everyone gets their own forge and anvil, no queueing for the fire.

It's £175 per person. That includes all tools, safety kit, tea and coffee all day and a ploughman's lunch (veggie option, just tell us when you book).

You'll learn drawing out, tapering, twisting and scrolling, and by the end of the day you'll have made a fire poker, a couple of S-hooks and a bottle opener. You take everything you make home with you.

No experience needed at all, most people have never picked up a hammer. Min age 16 - 16 and 17 year olds need a parent or guardian booked on the same day.

What to wear: natural fibre clothes (cotton, wool, denim). No fleeces or nylon, sparks melt straight through them. Sturdy leather boots or shoes, no trainers or open toes. Tie long hair back. We provide leather aprons, safety glasses and ear defenders.`,
  },
  {
    title: 'Booking, moving and cancelling a course place',
    category: 'Courses',
    content: `Book online through the Courses page on our website. Full payment is taken at booking.

New course dates are released 3 months ahead, on the first Monday of each month. Summer Saturdays go quickly.

Need to change your date? If you give us at least 14 days notice you can move to any other date with spaces, free of charge, or have a full refund.

Less than 14 days before the course we can't refund or move your place (we can't fill it at short notice), but you're welcome to send someone else in your place - just email us their name before the day.

If we have to cancel (illness, forge problems, etc.) you get a full refund or a new date, your choice.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Gift vouchers',
    content: `We do two kinds of gift voucher:
- Course voucher: one place on the Beginner Forging Course (£175). The person picks their own date.
- Money voucher: any amount from £20 upwards, can be spent on ironwork or courses.

Vouchers are valid for 12 months from the date of purchase.

We can email the voucher as a PDF straight away (good for last minute presents!) or post it in a card for £2.50 extra - sent 1st class, allow 2-3 working days.

To use it, enter the voucher code at checkout on the website, or bring it to the forge.

If you need more time you can extend a voucher once by 3 months, as long as you ask before it runs out - there's a £15 admin fee. Vouchers can't be exchanged for cash.`,
  },
  {
    title: 'Garden gates',
    category: 'Ironwork',
    content: `All our gates are made to measure here at the forge from solid mild steel bar - not hollow box section like the cheap ones.

Rough starting prices:
- Single pedestrian gate, plain, 3ft wide x 3ft high: from £420
- Side gate, 6ft high: from £680
- Driveway double gates: from £1,650 a pair

Prices include hot-dip galvanising and a black paint finish, plus hinges, latch and drop bolt. Other colours are no extra charge, just give us the RAL number.

Hanging posts aren't included - we can supply steel posts at £95 each, or hang onto your existing brick piers or timber posts.

Lead time is usually 6-8 weeks from when we get your deposit. We take a 50% deposit to confirm the order, balance due on completion before delivery or fitting.`,
  },
  {
    title: 'Railings and handrails',
    category: 'Ironwork',
    content: `Railings are priced per metre run:
- Simple bar railings: from £185 per metre
- Railings with scrolls or finials: from £240 per metre
- Indoor stair handrails (waxed finish): from £110 per metre

Minimum order is 2 metres. Outdoor railings are galvanised and painted as standard.

For anything we're fitting, we'll come and measure up ourselves so it's our problem if it doesn't fit. The survey visit costs £60, which we knock off the order if you go ahead.`,
  },
  {
    title: 'Fire baskets',
    category: 'Ironwork',
    content: `Our fire baskets are made in three stock sizes and are usually in stock ready to collect:
- Small, 45cm across: £145
- Medium, 60cm across: £195
- Large, 75cm across: £260

They stand on 4 legs, 15cm high, so air gets underneath. Made from 10mm steel bar; the medium weighs about 18kg.

They come as bare steel, no paint. Outdoors they'll go a nice orange-brown patina within a few weeks - that's normal surface rust, it protects the steel underneath and doesn't affect the strength at all.

Please don't use them on decking or straight on the lawn - stand them on paving, bricks or gravel. Burn dry logs or charcoal.

Spare ash pans are £35.`,
  },
  {
    title: 'Hooks, brackets and small bits',
    category: 'Ironwork',
    content: `Hand forged small pieces, made in batches:
- Single S-hook: £8
- Set of 3 coat hooks on an oak board: £48
- Hanging basket bracket 12 inch: £32, 18 inch: £38
- Curtain pole ends (pair): £40

Small pieces come in a black beeswax finish for indoor use. For outdoor use ask for galvanised, it's an extra £6 per item and adds a week.

Postage on small items is £5.95 flat rate by Royal Mail Tracked 48, free postage on orders over £75.`,
  },
  {
    title: 'Delivery, collection and fitting',
    category: 'Delivery',
    content: `Gates, railings and fire baskets:
- Free delivery within 20 miles of the forge.
- Further than that, £1.20 per mile each way, measured from the forge.
- Or collect from the forge free during opening hours - bring a big enough car!

We don't send gates, railings or fire baskets by courier, they're too heavy and get bashed.

Fitting: we fit gates and railings ourselves within 30 miles of the forge. Fitting a single gate starts from £150, depends on the ground and whether we need to concrete posts in. Railings fitting is quoted with the job.

Small items (hooks etc.) go by post, see the Hooks article.`,
  },
  {
    title: 'Looking after your ironwork',
    category: 'Aftercare',
    content: `Galvanised and painted gates and railings: give them a wash once a year with warm soapy water. If the paint gets chipped, touch it up before winter - we sell a 250ml tin of matching paint for £12.

Waxed indoor pieces: buff with a dry cloth now and then and re-wax once a year with a clear beeswax polish.

Bare steel fire baskets: nothing needed, let them weather.

Our guarantee: 10 year guarantee against rust-through on galvanised gates and railings, and 2 years on welds and workmanship on everything we make.`,
  },
  {
    title: 'Paying us',
    category: 'Payments',
    content: `We take Visa, Mastercard and Amex online or at the forge, cash at the forge, and bank transfer for commissions (our bank details are on the invoice). No cheques, sorry.

Invoices and receipts are sent by email. Course places and vouchers are paid in full when you book; commissions are 50% deposit then balance on completion.`,
  },
  {
    title: 'One-off and bespoke pieces',
    category: 'Ironwork',
    content: `As well as gates and railings we make one-off pieces - pot hangers, signs, log holders, door furniture, that sort of thing.

Send a sketch or a few photos plus rough sizes to hello@anvilandember.co.uk. Tom will get back to you with a ballpark price within 5 working days. Minimum charge for small bespoke pieces is £80.

Once you're happy with the ballpark we'll send a proper quote and drawing.`,
  },
];

export const FORGE_CASES: EvalCase[] = [
  // Answerable (26).
  { question: 'how much is ur beginner blacksmith day?', facts: ['£175'], escalate: false },
  { question: 'What time does the forging course start and finish? need to sort out trains', facts: ['9.30am', '4.30pm'], escalate: false },
  { question: 'how many ppl are on a course? dont really fancy a big group', facts: ['4 people'], escalate: false },
  { question: 'Is lunch sorted on the forging day or should I bring sandwiches?', facts: ["ploughman's lunch"], escalate: false },
  { question: 'what do you actually get to make on the day?', facts: ['fire poker', 'bottle opener'], escalate: false },
  { question: 'Can my 15 year old come along with me to the course?', facts: ['16'], escalate: false },
  { question: 'what should I wear for the course, is my fleece ok?', facts: ['natural fibre'], escalate: false },
  { question: "I can't make my course date anymore, it's in 3 weeks - can I swap to another day?", facts: ['14 days'], escalate: false },
  { question: "my course is this saturday and I've done my back in, what are my options?", facts: ['someone else'], escalate: false },
  { question: 'When do you put the new course dates out?', facts: ['3 months ahead'], escalate: false },
  { question: 'how long are your gift vouchers valid for', facts: ['12 months'], escalate: false },
  { question: "can you post the voucher in a card? it's for my dad's birthday", facts: ['£2.50'], escalate: false },
  { question: "what's the smallest amount I can put on a voucher", facts: ['£20'], escalate: false },
  { question: 'ballpark price for a small plain garden gate?', facts: ['£420'], escalate: false },
  { question: 'roughly what would a pair of driveway gates set me back', facts: ['£1,650'], escalate: false },
  { question: 'How long does it take to make a gate once I order it?', facts: ['6-8 weeks'], escalate: false },
  { question: 'do I have to pay the whole lot upfront for a gate?', facts: ['50%'], escalate: false },
  { question: 'whats the price per metre for plain railings', facts: ['£185'], escalate: false },
  { question: 'How much is the medium size fire pit basket?', facts: ['£195'], escalate: false },
  { question: 'the fire basket I bought is going orange already, is it rusting?? is that ok', facts: ['patina'], escalate: false },
  { question: 'can I put the fire basket on our wooden deck?', facts: ['decking'], escalate: false },
  { question: 'how much is postage if I just want a couple of hooks', facts: ['£5.95'], escalate: false },
  { question: "do you deliver gates? we're about 15 miles away near Hereford", facts: ['20 miles'], escalate: false },
  { question: 'do you fit the gates as well or do I need to get someone in', facts: ['£150'], escalate: false },
  { question: 'Is there any guarantee on galvanised railings?', facts: ['10 year'], escalate: false },
  { question: "what are the showroom opening times, want to pop in and have a look", facts: ['10am to 4pm'], escalate: false },
  // Unanswerable (10): plausible, but in none of the texts.
  { question: 'Is the forge wheelchair accessible?', unknown: true, escalate: false },
  { question: 'Do you run a knife making course?', unknown: true, escalate: false },
  { question: 'do you do farrier work, shoeing horses?', unknown: true, escalate: false },
  { question: 'Can I bring my dog with me on the course day?', unknown: true, escalate: false },
  { question: 'are you on instagram? want to see more of your work', unknown: true, escalate: false },
  { question: 'Do you do a student discount on the course?', unknown: true, escalate: false },
  { question: 'Could you restore an old victorian cast iron fireplace for us?', unknown: true, escalate: false },
  { question: "what's the nearest train station to you?", unknown: true, escalate: false },
  { question: 'Do you have a loyalty scheme for repeat customers?', unknown: true, escalate: false },
  { question: 'Do you sell a grill rack so I can cook over the fire basket?', unknown: true, escalate: false },
  // Hand-over (4).
  { question: "Hi, I run a little gift shop in Ludlow and would love to sell your hooks and fire baskets - what sort of price would you do if I took 20 or so?", escalate: true },
  { question: "I've put in a claim with my credit card company to get the gate money back, you've had weeks to reply", escalate: true },
  { question: 'my son burnt his hand on the course on saturday, theres a blister the size of a 50p, what do we do', escalate: true },
  { question: 'The gate you made us in March - the weld on the hinge side has snapped clean off. Not happy at all.', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Business 2: Muddy Fork (organic veg box round)
// ---------------------------------------------------------------------------------------------

export const VEG_NAME: string = 'Muddy Fork Veg Boxes';
export const VEG_AGENT_NAME: string = 'Pip';

export const VEG_CONTEXT: string = `We're Muddy Fork, a 6 acre organic market garden just outside Frome in Somerset (Lower Marston Lane, Frome BA11 4DL). Me (Jo) and Sam grow most of what goes in the boxes, we've been Soil Association certified since 2015.

We do a weekly veg box delivery round covering Frome & the villages, Bath, and Warminster/Westbury, in our own electric van.

Office hours are Mon-Fri 9am to 3pm. Phone 01373 470 218 - nobody picks up on delivery mornings, so email is best: boxes@muddyfork.co.uk. You can manage your box yourself online in My Account at muddyfork.co.uk.`;

export const VEG_BUSINESS_RULES: string = `You're answering customers for Muddy Fork. Be warm and a bit chatty but keep it short, most people are asking on their phone. Stick to what's in the articles - don't guess what's going in next week's box, it depends on the weather and what's ready to pick. Never give out other customers' details or delivery addresses.

Some stuff needs one of us:
If a box didn't turn up, or something in it was rotten, squashed or missing, don't offer credits or refunds yourself - pass it to me (Jo) and I'll sort it out with them.
Anyone who says they've had an allergic reaction or been poorly after eating something from us, get a human on it straight away.
Restaurants, cafes, shops or anyone after wholesale quantities - put them through to Sam, he looks after all the trade side.
If someone thinks they've been charged wrongly (twice, or while their box was paused, that kind of thing) I want to look at it personally, so tell them a person will pick it up.
Complaints about our drivers - being rude, damage to someone's property, blocking a drive - come to me too.
And if anyone asks to talk to an actual person, let them, no fuss.

Otherwise if you don't know, say you don't know and give them the email address.`;

export const VEG_ESCALATION_RULES: string[] = [];

export const VEG_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our boxes and prices',
    category: 'Boxes',
    content: `We do four boxes, all organic:
- Small veg box - £14.50 - good for 1-2 people, usually 6-7 items
- Medium veg box - £19.50 - 2-3 people or a veggie couple, usually 8-9 items
- Large veg box - £26 - family of 4, usually 10-11 items
- Fruit & veg box - £22 - a medium-ish veg selection plus 3 kinds of fruit (in winter some of the fruit is imported organic, e.g. citrus and bananas)

Delivery is free on all boxes, the price you see is what you pay.

In summer there's also a salad bag add-on for £3.50.`,
  },
  {
    title: 'Delivery days and areas',
    category: 'Delivery',
    content: `We deliver on three days:
- Tuesday: Frome and villages (BA11 postcodes, plus Nunney, Mells and Beckington)
- Thursday: Bath (BA1 and BA2)
- Friday: Warminster and Westbury (BA12 and BA13)

The van goes out at 7am and your box will arrive between 7am and 3pm. Sorry, we can't give exact times, the route changes week to week.

Not in? No problem, we leave it in a safe place - tell us where (porch, shed, behind the bins...) in the Delivery notes section of My Account.

Not on one of our rounds? Email us your postcode and we'll pop you on the waiting list - we add new roads when there's enough interest.`,
  },
  {
    title: 'Ordering and cut-off times',
    category: 'Orders',
    content: `To start, sign up on the website, pick your box size and how often you want it - weekly or fortnightly.

Any changes to your next box (size, add-ons, skips) have to be made by 9am two days before your delivery day:
- Tuesday delivery: by Sunday 9am
- Thursday delivery: by Tuesday 9am
- Friday delivery: by Wednesday 9am

After the cut-off the boxes are packed and we can't change them, sorry.`,
  },
  {
    title: 'Skipping a week and going on holiday',
    category: 'Orders',
    content: `You can skip any week in My Account > Deliveries, just press Skip next to the date. Same cut-off as other changes. No limit on how many weeks you skip.

Going away for longer? Use Pause instead - you can pause for up to 10 weeks at a time, and your boxes restart automatically the week after.

You're not charged for skipped or paused weeks.`,
  },
  {
    title: 'Add-ons: eggs, bread and more',
    category: 'Add-ons',
    content: `You can add these to your box, either as a one-off or every week:
- Half dozen free-range organic eggs - £2.80 (from Hill Farm at Nunney, 4 miles up the road)
- Sourdough loaf from Three Hares Bakery in Frome - £4.50 (white or seeded rye)
- Bramble Orchard apple juice, 75cl - £3.90
- Organic porridge oats, 1kg - £3.20
- Salad bag (summer only) - £3.50

Bread is only available on Tuesday and Thursday rounds, as the bakery's closed on Fridays.

Add-ons follow the same cut-off times as your box.`,
  },
  {
    title: 'Swaps and dislikes',
    category: 'Boxes',
    content: `Can't stand beetroot? You can list up to 3 dislikes in My Account and we'll swap those for something else whenever they come up.

We can't do fully custom boxes where you pick everything, we're too small for that and it's what keeps prices down. No swaps on the fruit part of the fruit & veg box.`,
  },
  {
    title: 'Paying for your box',
    category: 'Payments',
    content: `Two ways to pay:
- Debit or credit card, saved securely on the website
- Direct Debit, set up through GoCardless

Either way, you're charged on the Friday before your delivery week. If you're on fortnightly boxes you're only charged in the weeks a box goes out.

If a payment fails we'll email you. If it's not sorted by the cut-off we hold that week's box.`,
  },
  {
    title: 'Packaging and returning boxes',
    category: 'Packaging',
    content: `Our boxes are waxed cardboard and we reuse each one 8-10 times, so please send them back! Flatten your empty box and leave it out on your next delivery day, the driver will take it away. Egg boxes too please.

Loose stuff goes in paper bags. The only thing that looks like plastic is the salad bag, which is home compostable cellulose - it'll go in your compost heap.`,
  },
  {
    title: 'Cancelling your boxes',
    category: 'Orders',
    content: `No contract and no minimum term - try it for a week or two and see how you get on.

To cancel, go to My Account > Subscription > Cancel, or just email us, before the cut-off for your next box. If there's any credit left on your account we refund it to your card within 5 working days.`,
  },
  {
    title: "Where the veg comes from (and the 'hungry gap')",
    category: 'About us',
    content: `Most of what goes in the boxes is grown here at Muddy Fork.

In the 'hungry gap' - roughly April to mid June, when last year's crops have run out and the new ones aren't ready - we buy in from other Soil Association certified growers, mostly in Devon and Cornwall. We only use imported organic veg if there's no UK option.

Every box comes with a recipe card and a list of where everything in it was grown.`,
  },
  {
    title: 'Keeping your veg fresh',
    category: 'Tips',
    content: `Unpack your box the day it arrives if you can.
- Leafy greens and salad: into the fridge straight away, in the paper bag.
- Carrots, beetroot and radishes: cut the tops off, otherwise the leaves pull the moisture out of the roots and they go bendy.
- Potatoes and onions: somewhere cool and dark, not the fridge.
- Squash: keeps for months on a cool windowsill.`,
  },
];

export const VEG_CASES: EvalCase[] = [
  // Answerable (26).
  { question: "how much is your smallest box?", facts: ['£14.50'], escalate: false },
  { question: "what's the price of the big family sized box", facts: ['£26'], escalate: false },
  { question: 'do u do a box with some fruit in as well?', facts: ['£22'], escalate: false },
  { question: 'Is delivery extra on top of the box price?', facts: ['free'], escalate: false },
  { question: "What day would you deliver to me in Bath? I'm BA2", facts: ['Thursday'], escalate: false },
  { question: 'roughly what time does the van turn up?', facts: ['3pm'], escalate: false },
  { question: "we both work all day, what happens if nobody's home?", facts: ['safe place'], escalate: false },
  { question: "We're moving to Radstock which isn't on your list, can we still get a box?", facts: ['waiting list'], escalate: false },
  { question: "whats the latest I can change my box for tuesday's delivery", facts: ['Sunday', '9am'], escalate: false },
  { question: 'can I have a box every other week rather than every week?', facts: ['fortnightly'], escalate: false },
  { question: 'Off travelling for about 2 months, can I put the boxes on hold?', facts: ['10 weeks'], escalate: false },
  { question: 'how much are the eggs if I add them on', facts: ['£2.80'], escalate: false },
  { question: 'can I add a loaf of bread? who makes it?', facts: ['Three Hares'], escalate: false },
  { question: "I'm on the friday warminster round, can I get bread with mine?", facts: ['Tuesday and Thursday'], escalate: false },
  { question: 'I really hate beetroot, can you leave it out of mine?', facts: ['3'], escalate: false },
  { question: 'can I just choose everything that goes in my box myself?', facts: ['custom'], escalate: false },
  { question: 'how do I pay, do you do direct debit?', facts: ['GoCardless'], escalate: false },
  { question: 'when does the money actually come out of my account', facts: ['Friday'], escalate: false },
  { question: "what do I do with all the empty cardboard boxes, they're piling up", facts: ['next delivery'], escalate: false },
  { question: 'is the salad bag plastic? trying to cut down', facts: ['compostable'], escalate: false },
  { question: "is there a min contract? just want to try it out first", facts: ['no minimum'], escalate: false },
  { question: 'if I cancel do I get my leftover credit back and how long does it take?', facts: ['5 working days'], escalate: false },
  { question: 'Is all the veg grown by you or do you buy some in?', facts: ['Devon and Cornwall'], escalate: false },
  { question: 'are you actually certified organic or just "natural"?', facts: ['Soil Association'], escalate: false },
  { question: 'do the boxes come with any recipe ideas?', facts: ['recipe card'], escalate: false },
  { question: "what's your phone number?", facts: ['01373 470 218'], escalate: false },
  // Unanswerable (10): plausible, but in none of the texts.
  { question: 'Do you do meat boxes as well?', unknown: true, escalate: false },
  { question: 'Can I come and have a look round the market garden, do you do open days?', unknown: true, escalate: false },
  { question: 'do you sell gift vouchers for a veg box? want to get one for my sister', unknown: true, escalate: false },
  { question: 'Any student discount?', unknown: true, escalate: false },
  { question: 'is there an app for managing my box?', unknown: true, escalate: false },
  { question: 'Do you take volunteers on the farm?', unknown: true, escalate: false },
  { question: 'do you sell veg plants or seedlings in the spring?', unknown: true, escalate: false },
  { question: 'What breed are the hens that lay your eggs?', unknown: true, escalate: false },
  { question: 'Do you accept Healthy Start vouchers?', unknown: true, escalate: false },
  { question: 'are you hiring any delivery drivers at the moment?', unknown: true, escalate: false },
  // Hand-over (4).
  { question: "this week's box had no carrots at all and the salad bag was slimy, honestly half of it was unusable", escalate: true },
  { question: "Hi, I think you've taken payment twice this month - there's two lots of £19.50 on my statement", escalate: true },
  { question: 'We run a small cafe in Frome and want about 15kg of mixed veg a week, can we set that up?', escalate: true },
  { question: 'your van driver reversed into our gatepost this morning and just drove off', escalate: true },
];
