/**
 * Round-37 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Two small UK businesses, each with the context, business rules, escalation rules, knowledge
 * articles and 40 evaluation cases (26 answerable, 10 unanswerable, 4 hand-over).
 *
 * - CACTUS: Hollowfield Cacti, a family-run cactus and succulent nursery near Boston,
 *   Lincolnshire (mail order, monthly open days March to October, a small show garden).
 *   Hand-overs: four short rules in CACTUS_ESCALATION_RULES, plus two more written only as
 *   prose inside CACTUS_BUSINESS_RULES (group visits outside open days; people selling or
 *   asking us to value an inherited collection).
 * - CLIMB: The Bloc Shed, an independent bouldering wall in Norwich (sessions, inductions,
 *   kids' clubs, shoe hire, memberships, a café). CLIMB_ESCALATION_RULES is empty; six
 *   hand-over situations are written only as prose inside CLIMB_BUSINESS_RULES (injuries,
 *   big groups, cancelling inside the minimum term, billing mistakes, staff complaints,
 *   press and filming).
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// CACTUS — Hollowfield Cacti
// ---------------------------------------------------------------------------------------------

export const CACTUS_NAME: string = 'Hollowfield Cacti';
export const CACTUS_AGENT_NAME: string = 'Pip';

export const CACTUS_CONTEXT: string = `Hollowfield Cacti is a small family-run cactus and succulent nursery on the edge of the Fens, run by Jan and Dave Whitlock. We've been growing since 2004. These days it's mostly mail order, but we open up the glasshouses and our little show garden to visitors on open days through the summer.

We're at Hollowfield Nursery, Sandy Drove, Kirton Holme, Boston, Lincolnshire PE20 1TQ. We're up the farm track past the grain silos — sat navs sometimes send people to the wrong end of the drove, so follow the brown cactus signs once you're in the village.

We're not a garden centre and we're not open every day. Open days are the first Saturday of the month from March to October, 10am to 4pm. The rest of the time we're mail order only, through the website shop at hollowfieldcacti.co.uk.

Orders are packed and posted Monday to Wednesday. Email is the best way to reach us: hello@hollowfieldcacti.co.uk. Phone 01632 960417 — Jan answers Tuesday to Friday, 9am to 1pm, otherwise leave a message and we'll ring you back. Online we take cards and PayPal; at open days cash or card.`;

export const CACTUS_BUSINESS_RULES: string = `Right, a few things for Pip from Jan:

Keep it friendly and chatty but short — most people just want a quick answer. British spelling please (colour, centre etc).

Never promise someone a particular plant. Every plant is different and the photos on the site are just typical examples. Don't promise a delivery day either, especially in winter when we sometimes hold parcels back for frost.

If you don't know something, say so and give them the email address. Please don't make up care advice — plants die from bad advice and then guess who gets the blame!

Don't knock other nurseries, we all know each other.

Oh and if someone's asking to bring a group round — garden club, U3A, a coach party, that sort of thing — on a day that isn't one of the normal open days, I'd rather sort that one out myself, so just pass them over to me and don't quote them anything.

Also, every so often someone gets in touch because they're selling up their collection, or they've inherited a greenhouse full of cacti from a relative and want to know if we'll buy it or what it's worth. Please don't try to put a value on anything — hand those straight to me, I like to deal with them personally, they can be a bit emotional.`;

export const CACTUS_ESCALATION_RULES: string[] = [
  'Trade or wholesale enquiries, or any single order over £300',
  'A person or pet has eaten part of a plant or reacted to the sap',
  'Customer has disputed a payment with their bank or PayPal',
  'Parcel not arrived 7 days after dispatch',
];

export const CACTUS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Postage and delivery',
    category: 'Delivery',
    content: `## Postage prices (UK mainland)

| Order | Postage |
|---|---|
| Up to 3 plants | £4.95 |
| 4 to 12 plants | £7.50 |
| 13 plants or more | £9.95 |
| Orders over £60 | Free |

All parcels go by Royal Mail Tracked 48 and you'll get the tracking number by email when your order is dispatched.

## When we post

We only dispatch on Mondays, Tuesdays and Wednesdays, so plants aren't sat in a sorting office over the weekend. Orders placed Thursday to Sunday go out the following week. In spring (March to May) it can take up to 10 days to dispatch because that's our busiest time.

## Winter

Between November and February we can pop a heat pack in your parcel for £1.50 — add it at checkout. If a hard frost is forecast we'll hold your order until it warms up. We'd rather send it late than frozen.

## Where we send

UK mainland only. We can't post plants to Northern Ireland, the Channel Islands, the Isle of Man or abroad because of plant health rules. Scottish Highlands and islands: add £3.00.`,
  },
  {
    title: 'Open days 2025',
    category: 'Visiting',
    content: `Our open days for 2025 are all Saturdays, 10am to 4pm:

- 1 March
- 5 April
- 3 May
- 7 June
- 5 July
- 2 August
- 6 September
- 4 October

Entry is free. Park in the grass paddock on the left as you come up the track (if it's been very wet we'll open the yard instead). The glasshouses, sales benches and show garden are all open. We take cash and cards.

Bring a box or a crate to carry your plants home — we have some spare boxes but they go fast.

Dogs on leads are welcome in the show garden but not in the glasshouses, sorry — tails and spines don't mix.

Want to collect a mail order at an open day and save the postage? Choose "Collect at open day" at checkout and order by the Wednesday before.`,
  },
  {
    title: 'The show garden',
    category: 'Visiting',
    content: `The show garden is Dave's pride and joy: about a third of an acre of gravel beds, built up on rubble for drainage and planted with cacti and succulents that live outside all year round in Lincolnshire.

Highlights:
- the big clump of Agave montana by the gate
- the Opuntia bed, with over 20 kinds of prickly pear
- the rockery of Sempervivum and Orostachys

It's open on every open day. It looks its best from late May to July, when the Echinocereus and Opuntia are flowering.

Paths are compacted gravel and mostly level, so wheelchairs and pushchairs generally manage fine in dry weather. The glasshouses have a small step at the door.

Groups: we're happy to show groups round — please get in touch first rather than just turning up.`,
  },
  {
    title: 'Damaged plants, problems and returns',
    category: 'Orders',
    content: `Sometimes a spine gets knocked or a bit of compost escapes in the post — that's normal and the plant will be fine. But if a plant arrives broken, squashed, rotten or isn't what you ordered:

1. Take a photo of the plant and the packaging.
2. Email it to us within 48 hours of delivery with your order number.
3. We'll send a replacement with the next dispatch or refund the plant, whichever you prefer.

Please don't throw the plant away until we've replied — broken bits of lots of succulents can be rooted as cuttings and we'll tell you how.

**Change of mind:** because they're living plants, we can't take plants back if you've changed your mind. Pots, compost and sundries can be returned unused within 14 days for a refund (you pay the return postage).

Refunds go back to the card or PayPal account you paid with, usually within 5 working days.`,
  },
  {
    title: 'Watering through the year',
    category: 'Plant care',
    content: `**How often should I water my cactus?**
From April to September, water thoroughly when the compost has dried out completely — usually every 10 to 14 days in a sunny spot, less in cool or dull weather. Soak it, let it drain, and never leave it sitting in a saucer of water.

**What about winter?**
Keep most cacti completely dry from November to February. It feels cruel, but a dry, cool rest is what makes them flower in spring. Leafy succulents like Echeveria and Crassula can have a small sip once a month if they start to shrivel.

**How cold can they go?**
Most of our plants are happy at a minimum of 5°C as long as they're dry. Wet and cold together is what kills them.

**Tap water or rainwater?**
Rainwater is best if you have it. Tap water is fine in most places, though in hard-water areas you may get a white crust on top of the compost.

**Where should I put it?**
The sunniest windowsill you have — south or west facing is ideal. In spring, move plants into full sun gradually or they can scorch.`,
  },
  {
    title: 'Compost and repotting',
    category: 'Plant care',
    content: `Our potting mix is 2 parts John Innes No. 2 to 1 part horticultural grit, with a handful of pumice for the fussier plants. We sell it ready-mixed: 5 litre bag £6.50, 20 litre bag £19.

**When to repot:** in spring, as plants start growing (March to April). Most only need it every 2 to 3 years, or when the roots have filled the pot.

**How:**
- Wait until the compost is dry.
- Wrap the cactus in a folded band of newspaper, or lift it with kitchen tongs — and wear thick gloves.
- Tease off the old compost, check the roots for pests and trim off any dead roots.
- Pot into a pot one size up, in dry compost.
- Don't water for a week so any damaged roots can heal.

**Terracotta or plastic?** Both work. Terracotta dries out faster, which helps if you tend to overwater.`,
  },
  {
    title: "Troubleshooting: what's wrong with my plant?",
    category: 'Plant care',
    content: `- **Stretched, thin, pale new growth** — this is etiolation, caused by not enough light. The stretched part won't go back, but move the plant somewhere brighter and new growth will be normal.
- **Soft, mushy or black at the base** — usually rot from too much water. Cut the rot away with a clean knife until you reach healthy green flesh, let it dry for a couple of weeks, then re-root it in dry compost.
- **White fluffy blobs** — mealybug. Dab them with a cotton bud dipped in methylated spirits, and check the roots too.
- **Brown, bark-like patches at the base of older plants** — that's corking, a natural ageing process and nothing to worry about.
- **Red or orange tints** — sun stress. Usually harmless, and plenty of people like the colour.
- **Wrinkling in winter** — normal while they're being kept dry. They plump up again once you start watering in spring.`,
  },
  {
    title: 'Lithops (living stones)',
    category: 'Plant care',
    content: `Lithops don't follow the normal cactus rules, so they get their own page.

Their year:
- **Late summer to autumn:** their growing and flowering season. Water lightly when the compost is dry.
- **Winter to spring:** a new pair of leaves grows up inside the old pair. Don't water at all — the new leaves feed off the old ones.
- **Once the old leaves have shrivelled to papery skins** (usually by May), start light watering again.
- **High summer:** they go semi-dormant. Only a very light watering if they look badly wrinkled.

The most common way to kill a lithops is to water it while it's splitting. If you can see two pairs of leaves, leave it alone!

We sell lithops in 5.5cm pots from £4.50, or a mixed tray of 6 for £24.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Orders',
    content: `Gift vouchers come in £10, £20 and £50 and can be bought on the website. Choose an e-voucher, emailed straight away, or a printed card posted free by second class post.

- Valid for 12 months from purchase.
- Can be used online or at open days.
- Can be used in more than one go — any balance stays on the code.
- Can't be exchanged for cash.

Lost the code? Email us with the buyer's name and roughly when it was bought and we'll look it up.`,
  },
  {
    title: 'Pot sizes and typical prices',
    category: 'Shop',
    content: `Plants are sold by pot size. The listing photo shows a typical plant, but yours will be an individual — size and shape vary a bit.

| Pot size | What you get | Typical price |
|---|---|---|
| 5.5cm | young plant, 2–4 years old | £3.50–£6 |
| 7cm | established plant | £5–£9 |
| 9cm | larger plant, often flowering size | £8–£15 |
| 10.5cm and up | specimen plants | from £16 |

Plants are sent in their pots, with the compost held in by paper and each plant wrapped so the spines don't catch. Unwrap carefully — some of them bite!

The "Starter Six" (six different easy-care cacti in 5.5cm pots) is £18.`,
  },
  {
    title: 'Plant fairs and shows 2025',
    category: 'Visiting',
    content: `As well as our own open days, you'll find our stand at these events in 2025:

- Lincoln BCSS Branch Show — Sunday 18 May, Bracebridge Heath Village Hall
- Southport Flower Show — 21 to 24 August
- Peterborough Cactus Mart — Saturday 13 September
- Harrogate Autumn Flower Show — 19 to 21 September

**Pre-orders for collection at a show:** email your list by the Monday before the show and we'll bring it along for you, with no postage to pay. You pay when you collect.`,
  },
  {
    title: 'Hardy cacti and succulents for outdoors',
    category: 'Plant care',
    content: `Quite a few cacti and succulents will live outside in the UK all year if you give them the right spot. The secret is drainage, not warmth.

Good ones to try (all growing in our show garden):
- Opuntia humifusa — flat pads, yellow flowers, takes -15°C
- Opuntia fragilis — small and very tough
- Echinocereus triglochidiatus — red flowers in June
- Agave montana — the hardiest big agave we grow
- Sempervivum (houseleeks) — almost indestructible
- Delosperma cooperi — pink daisy flowers all summer

Plant them on a slope or in a raised bed with at least 50% grit, facing south. If you can, prop a sheet of clear plastic or glass over the cacti in winter to keep the rain off. It's winter wet, not cold, that does the damage.`,
  },
  {
    title: 'Euphorbias and sap safety',
    category: 'Plant care',
    content: `Euphorbias look a lot like cacti but they're a different family, and they have a milky white sap that's an irritant. It can burn skin and is very painful in eyes.

- Wear gloves when handling them or taking cuttings.
- If you get sap on your skin, wash it off with plenty of soap and water.
- Keep euphorbias out of reach of children and pets.
- To stop a cut stem bleeding sap, spray it with cold water or dip it in damp sand.

Every euphorbia on our website has a ⚠ symbol on its listing.`,
  },
  {
    title: 'Changing or cancelling an order',
    category: 'Orders',
    content: `Need to change something? Email us as soon as you can with your order number. As long as we haven't packed it yet we can add plants, take them off or change the delivery address. Because we pack Monday to Wednesday, it's best to get in touch before 9am on a Monday.

Cancel before dispatch for a full refund. Once it's in the post it counts as a return — see "Damaged plants, problems and returns".

Sold out? Occasionally a plant sells out at an open day before your online order is packed. If that happens we'll email you and refund that plant, or send a similar substitute if you ticked "substitutes OK" at checkout.`,
  },
];

export const CACTUS_CASES: EvalCase[] = [
  // Answerable.
  { question: 'hiya, how much is postage if i only want 2 little cacti?', facts: ['£4.95'], escalate: false },
  { question: 'Do you ever do free delivery? How much would I need to spend', facts: ['£60'], escalate: false },
  {
    question: "I ordered on Thursday evening and it's now Saturday and still says not dispatched?? Is something wrong with my order",
    facts: ['Mondays, Tuesdays and Wednesdays'],
    escalate: false,
  },
  {
    question: 'My sister lives in Belfast and is obsessed with succulents, could I order some to be sent to her for her birthday?',
    facts: ['Northern Ireland'],
    escalate: false,
  },
  {
    question: "Bit nervous about ordering in January with all this frost, won't they freeze in the van?",
    facts: ['heat pack'],
    escalate: false,
  },
  {
    question: "We're over from Nottingham staying with family in July, can we pop in at the weekend to have a look round and buy a few?",
    facts: ['5 July'],
    escalate: false,
  },
  { question: "Can we bring our spaniel with us when we come? She's very well behaved", facts: ['not in the glasshouses'], escalate: false },
  {
    question: 'My mum is in a wheelchair, would she be able to get round the garden ok?',
    facts: ['compacted gravel'],
    escalate: false,
  },
  { question: 'when is the garden at its best? want to see stuff in flower', facts: ['late May to July'], escalate: false },
  {
    question: 'Parcel came this morning, box looked fine but the tall one inside has snapped clean in half :( what do I do?',
    facts: ['within 48 hours'],
    escalate: false,
  },
  {
    question: "I bought my husband a cactus off you for his birthday but turns out he's already got the exact same one! Can I post it back and get a refund?",
    facts: ['living plants'],
    escalate: false,
  },
  {
    question: "how often am i supposed to water? mine's on the kitchen windowsill and i think i might be drowning it lol",
    facts: ['10 to 14 days'],
    escalate: false,
  },
  {
    question: "It's December and my cacti are looking a bit wrinkly and sad. Do they need a drink over winter or not?",
    facts: ['November to February'],
    escalate: false,
  },
  {
    question: "my greenhouse isn't heated, whats the coldest they can cope with",
    facts: ['5°C'],
    escalate: false,
  },
  {
    question: "I'd like to mix up my own compost for repotting rather than buy it, what do you use?",
    facts: ['John Innes No. 2'],
    escalate: false,
  },
  {
    question: 'Need to move my big barrel cactus into a bigger pot. How do you do that without getting stabbed to bits??',
    facts: ['newspaper'],
    escalate: false,
  },
  {
    question: "my cactus has gone really tall and skinny and sort of pale green at the top. Is it dying? it's in the corner of the living room",
    facts: ['not enough light'],
    escalate: false,
  },
  {
    question: 'found little white cottony bits in between the spines on my mammillaria. what is it and how do I get rid?',
    facts: ['mealybug'],
    escalate: false,
  },
  {
    question: "Got a living stone from you in the autumn. There's now two new leaves pushing up through the middle and the old ones look all wrinkly and deflated. Should I give it some water to perk it up?",
    facts: ['leave it alone'],
    escalate: false,
  },
  {
    question: 'Thinking of getting my dad one of your gift vouchers for Christmas, how long has he got to spend it?',
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: "I'd love a cactus bed in my front garden in Leeds but surely they'd die outside up here? Is there anything that would actually survive?",
    facts: ['Opuntia humifusa'],
    escalate: false,
  },
  {
    question: 'Cut a bit off my euphorbia to make a cutting and now white milky stuff is dripping everywhere, how do I make it stop',
    facts: ['cold water'],
    escalate: false,
  },
  {
    question: 'Placed an order last night and completely forgot the compost, am I able to add it on?',
    facts: ['order number'],
    escalate: false,
  },
  { question: 'How much is a bag of your cactus compost?', facts: ['£6.50'], escalate: false },
  { question: 'whats your postcode for the sat nav', facts: ['PE20 1TQ'], escalate: false },
  {
    question: "I'm going to the Peterborough cactus mart in September, can I order some plants and pick them up from you there instead of paying postage?",
    facts: ['Monday before the show'],
    escalate: false,
  },
  // Unanswerable from the articles and context.
  { question: 'Do you sell cactus seeds? Fancy trying to grow some from scratch', unknown: true, escalate: false },
  { question: 'Have you got any venus fly traps or pitcher plants?', unknown: true, escalate: false },
  { question: 'Is there anywhere to get a cup of tea and a bit of cake at the open days?', unknown: true, escalate: false },
  { question: "Do you run any beginners' workshops or talks on growing cacti?", unknown: true, escalate: false },
  { question: 'Do you have a newsletter or mailing list so I know when the rarer plants come in?', unknown: true, escalate: false },
  { question: 'Are there toilets at the nursery? Asking for my elderly dad', unknown: true, escalate: false },
  { question: "I'm a BCSS member — do you give members any discount?", unknown: true, escalate: false },
  {
    question: 'If I send a plant straight to my friend can you gift wrap it and put a little message in?',
    unknown: true,
    escalate: false,
  },
  { question: 'Do you sell grow lights? My flat is quite dark in winter', unknown: true, escalate: false },
  { question: "I don't drive — is there a bus from Boston that gets anywhere near you?", unknown: true, escalate: false },
  // Hand-over: two from CACTUS_ESCALATION_RULES, two from the prose in CACTUS_BUSINESS_RULES.
  {
    question: "Help!! my cat's been chewing the pencil-stick euphorbia I got from you last week and she's now drooling and been sick twice",
    escalate: true,
  },
  {
    question: "Hi, I run a little gift shop in Lincoln and I'd like to stock your succulents — roughly 150 plants a month. Could we set up an account at trade prices?",
    escalate: true,
  },
  {
    question: "I'm secretary of our village horticultural society. About 25 of us would love to come and see the nursery on a Wednesday in June — we'd come by coach. Would that be possible?",
    escalate: true,
  },
  {
    question: "My father-in-law passed away in the spring and left two greenhouses absolutely packed with cacti he'd collected for forty years. None of us know the first thing about them. Would you be interested in buying them, or could you tell us roughly what they're worth?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// CLIMB — The Bloc Shed
// ---------------------------------------------------------------------------------------------

export const CLIMB_NAME: string = 'The Bloc Shed';
export const CLIMB_AGENT_NAME: string = 'Ash';

export const CLIMB_CONTEXT: string = `The Bloc Shed is an independent bouldering wall in Norwich, opened in 2017 by Dan Carver and Priya Shah in an old print works. We've got around 300 square metres of bouldering, from first-timer problems to properly hard stuff, a kids' area with a low traverse wall, a small shop, and The Pocket café up on the mezzanine.

Address: Unit 6, Cromer Road Trade Park, Norwich NR6 6XR.

Opening hours:
- Monday to Friday: 10am to 10pm
- Saturday and Sunday: 9am to 8pm
- Bank holidays: 10am to 6pm
Last entry is 1 hour before closing.

Contact: hello@theblocshed.co.uk or call the front desk on 01632 960733 during opening hours. New problems and any closures go up on Instagram @theblocshed.`;

export const CLIMB_BUSINESS_RULES: string = `Hi Ash — Dan here. Stuff you need to know:

Keep answers short and friendly, like whoever's on the desk would. Climbers hate waffle. Never tell anyone climbing is "safe" — it's a risk sport, it's right there on the waiver. Just point people at the induction and the wall rules.

Don't promise quiet times. We can't predict it and people get annoyed when they turn up and it's rammed. You can say weekday daytimes tend to be calmer, that's it.

Don't hand out training plans or tell people what grade they "should" be climbing.

A few things I don't want you dealing with yourself:

Anyone who's been hurt here — a bad fall, a rolled ankle, a popped finger, anything — needs a real person. Tell them someone from the team will get back to them, and don't give medical advice.

Schools, uni clubs, work team-building days and basically any group of more than 12 get priced individually, so those come to me.

Membership cancellations inside the 3-month minimum term (moving away, lost their job, injured, whatever the reason) are my call and I look at each one, so don't say yes or no — pass them on.

Money going out wrong — double direct debits, still being charged after cancelling, that kind of thing — is Priya's department. Send it her way.

Complaints about any of the staff: I want to hear those directly. Please don't try to smooth it over, just pass it on.

And journalists, YouTubers, anyone wanting to film or do a photo shoot at the wall — over to me.`;

export const CLIMB_ESCALATION_RULES: string[] = [];

export const CLIMB_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Entry prices',
    category: 'Prices',
    content: `## Single entry

| | Peak | Off-peak |
|---|---|---|
| Adult | £12.50 | £10.00 |
| Concession* | £10.50 | £8.50 |
| Junior (under 16) | £8.00 | £7.00 |

Off-peak means before 4pm, Monday to Friday (not bank holidays).

*Concession: students with a valid student card, and over-65s.

There's no time limit — once you're in, climb for as long as you like.

## Multi-visit

- 10-visit card: £110 adult / £90 concession. Valid for 12 months, not shareable.
- Registration and induction: free, but every new climber needs one (see "Your first visit and induction").

## Extras

- Shoe hire: £4
- Chalk ball hire: £1.50`,
  },
  {
    title: 'Memberships',
    category: 'Memberships',
    content: `**Monthly membership** — unlimited climbing, any time we're open.
- Adult: £49 a month
- Concession: £40 a month
- Off-peak (weekdays before 4pm only): £36 a month

**Annual membership:** £499 paid upfront (adult) — about two months free.

**What's included:** unlimited entry, free shoe hire for your first month, 10% off in the shop, and one free guest pass every month (your guest still needs to do the induction).

**Paying:** by direct debit on the 1st of each month. No joining fee.

**Minimum term:** 3 months. After that it's rolling monthly.

**Freezing:** you can freeze your membership for up to 2 months a year for £5 a month — handy for holidays or injuries. Ask at the desk or email us at least 7 days before your next payment.

**Cancelling:** after the minimum term, give 30 days' notice by email. Cancelling the direct debit at your bank doesn't cancel the membership itself.`,
  },
  {
    title: 'Your first visit and induction',
    category: 'Getting started',
    content: `Never climbed with us before? Here's how it works.

1. Fill in the online registration and waiver before you come — it takes about 5 minutes. Under-18s need a parent or guardian to fill it in for them.
2. Book an induction slot online. Inductions are free, take about 15 minutes and run on the hour, every hour (the last one is 2 hours before closing).
3. Arrive 15 minutes early so you can hire shoes and get changed.
4. One of the team will show you how to fall and land, how our grading works and the wall rules. After that you're free to climb.

Climbed indoors before? You still need an induction here, but ask for the "experienced climber" version — it's just 5 minutes on our rules.

**What to wear:** stretchy clothes you can move in — leggings, joggers, shorts. Avoid big buckles or zips that could catch, and take off rings, watches and earrings if you can.`,
  },
  {
    title: 'Kids and young climbers',
    category: 'Kids',
    content: `**Age rules**
- Under-14s must be supervised by an adult who has done the induction, at a ratio of 1 adult to 2 children. The adult doesn't have to climb, but must stay on the mats with them.
- 14 to 17 year olds can climb without an adult once they've passed our Independent Climber Assessment (£10, about 30 minutes, book at the desk).
- There's no minimum age, but under-5s must stay in the kids' area.

**Kids' Club (ages 7–13)**
Tuesdays and Thursdays, 4:30pm to 6pm. Coached sessions in small groups (max 8 per coach). Booked in 6-week blocks: £72 per block, shoes included.

**Mini Monkeys (ages 4–6)**
Saturdays, 9am to 10am. Games and climbing on the kids' wall with a coach. £9 per session. A parent stays but doesn't need to climb.

**Youth Squad (ages 12–17)**
By invitation from the Kids' Club coaches.`,
  },
  {
    title: 'Birthday parties',
    category: 'Kids',
    content: `Climbing birthday parties for ages 6 and up.

**What you get**
- 1 hour of coached climbing with one of our instructors
- 30 minutes in the party room afterwards for food and cake — bring your own food, we provide jugs of squash
- Shoe hire for everyone

**Price:** £160 for up to 8 children, then £15 per extra child, up to a maximum of 12.

**Booking:** at least 2 weeks in advance, with a £50 deposit that isn't refundable. Parties run on Saturdays and Sundays at 11am, 1:30pm and 4pm.

Every child needs a waiver filled in by their own parent or guardian before the party. We'll send you a link to share with the invited families.`,
  },
  {
    title: 'Shoe hire, chalk and the shop',
    category: 'Kit',
    content: `**Shoe hire**
Hire shoes are £4 and come in UK sizes 1 to 13. They're sprayed and dried in our UV cabinet after every use, so you don't need socks — but wear them if you'd rather.

No outdoor shoes on the mats please — grit wrecks the mats and the holds. If you don't want to hire, clean trainers are OK for a first session, but proper climbing shoes make a massive difference.

**Chalk**
We're a chalk balls and liquid chalk only wall — no loose chalk, to keep the dust down. Chalk balls can be hired at the desk or bought in the shop.

**The shop**
Climbing shoes from Scarpa, La Sportiva and Evolv, plus chalk, brushes and finger tape. Members get 10% off. There's a demo shoe rack, so you can try a pair on the wall before you buy.`,
  },
  {
    title: 'The Pocket café',
    category: 'Café',
    content: `The Pocket is our café up on the mezzanine, looking out over the main wall.

Opening times:
- Monday to Friday: 10am to 7pm
- Saturday and Sunday: 9am to 5pm
(The wall stays open later than the café.)

We serve coffee from Yard Sale Roasters, toasties, soup at lunchtime, flapjacks and brownies. Oat and soya milk at no extra charge. Members get 10% off at the café too.

You're welcome to eat your own food at the tables downstairs, but please no food on the mats.

Please note the café is up a flight of stairs.`,
  },
  {
    title: 'Grades and route setting',
    category: 'Climbing',
    content: `Our problems are graded in colour circuits:

| Colour | Roughly |
|---|---|
| Yellow | VB to V0 |
| Green | V0 to V2 |
| Blue | V2 to V4 |
| Red | V4 to V6 |
| Black | V6 and up |

The kids' wall has its own white circuit.

**Setting:** we reset one section of the wall every week, so the whole wall turns over roughly every 5 weeks. Setting happens on Monday mornings, and the section being set is taped off until about 3pm. New problems go up on Instagram on Monday evenings.

Think a problem's graded wrong? Tell the desk or write it on the feedback board by the café stairs — our setters read it every week.`,
  },
  {
    title: 'Courses and coaching',
    category: 'Courses',
    content: `**Learn to Boulder**
Three weekly 90-minute sessions, Wednesdays 7pm to 8:30pm. For complete beginners. £65 including shoe hire and the induction. When you finish you get a free week of climbing.

**Movement Masterclass**
A one-off 2-hour session on footwork and technique, aimed at people climbing around blue. £28.

**1-to-1 coaching**
£40 an hour. Book by email.

**Women's Bloc Night**
First Thursday of every month, 6pm to 9pm. Normal entry price, social climbing with a female coach on the floor.

**Cancelling a course**
Full refund if you cancel 7 or more days before the first session. After that we can move you to another course date but we can't refund.`,
  },
  {
    title: 'Busy times and booking',
    category: 'Visiting',
    content: `Do I need to book? Not for normal climbing — walk-ins are welcome. Inductions and courses do need booking.

Our busiest times are weekday evenings from about 6pm to 9pm and rainy weekend afternoons.

Capacity is 120 climbers. If we hit that, we run a one-in-one-out queue at the desk. You can pre-book a slot online at no extra cost to skip the queue if we're full when you arrive.`,
  },
  {
    title: 'Wall rules and safety',
    category: 'Climbing',
    content: `The wall rules (you'll go through these at your induction):

- Never walk or sit under someone who's climbing.
- Climb down where you can. If you drop off, land on both feet and roll back — don't put your arms out.
- One person on a problem at a time where lines cross.
- Nothing in your pockets and no phones on the mats.
- No topping out — all problems finish on the marked top hold.
- Kids must stay with their supervising adult.
- Brush your holds when you're done.

There's a first aider on duty whenever we're open, and a defibrillator at reception.

Maximum fall height on the main wall is 4.5 metres, onto 40cm of matting.`,
  },
  {
    title: 'Getting here, parking and access',
    category: 'Visiting',
    content: `We're on Cromer Road Trade Park, between the tyre place and the bakery.

**Parking:** 30 free spaces in front of the unit. After 6pm you can also use the Trade Park overflow car park at Unit 11. Please don't park on the verges — the estate does tow.

**Bus:** the 23 and 24 stop at "Trade Park" on Cromer Road, a 2-minute walk away.

**Bikes:** there are bike racks by the door — bring your own lock.

**Access:** the climbing floor, reception and the accessible toilet are all on the ground floor with level access. The café is upstairs and there's no lift, sorry.

**Adaptive climbing:** last Sunday of the month, 9am to 11am, free for climbers with a disability plus one carer.`,
  },
  {
    title: 'Gift vouchers, lost property and other questions',
    category: 'FAQ',
    content: `**Do you sell gift vouchers?**
Yes — for any amount from £10, or for something specific like a Learn to Boulder course. Vouchers are valid for 12 months. Buy online or at the desk.

**I left something behind.**
Lost property is kept behind the desk for 4 weeks, then donated or thrown away. Email us with a description and we'll have a look.

**Can friends come and watch?**
Yes, spectators are free but must stay off the mats.`,
  },
];

export const CLIMB_CASES: EvalCase[] = [
  // Answerable.
  { question: 'how much is it for an adult to climb on a saturday?', facts: ['£12.50'], escalate: false },
  {
    question: "I'm a student and my lectures finish at 1 on Wednesdays — is it cheaper if I come in the afternoon?",
    facts: ['£8.50'],
    escalate: false,
  },
  {
    question: "never been bouldering in my life, do I have to book something first or can I just turn up?",
    facts: ['on the hour'],
    escalate: false,
  },
  {
    question: "I've climbed at the Arch in London for about 6 years, do I really have to sit through a full beginners induction?",
    facts: ['experienced climber'],
    escalate: false,
  },
  {
    question: 'My son is 15 and wants to go with his mates after school without me tagging along. Is that allowed?',
    facts: ['Independent Climber Assessment'],
    escalate: false,
  },
  {
    question: "Can I bring all three of mine (8, 10 and 12) on my own in the half term? I'm not planning to climb myself",
    facts: ['1 adult to 2 children'],
    escalate: false,
  },
  { question: 'what nights is the kids club on and how much is it', facts: ['£72'], escalate: false },
  {
    question: 'My 5 year old climbs literally everything in the house 😂 do you have anything for kids her age?',
    facts: ['Mini Monkeys'],
    escalate: false,
  },
  {
    question: "Planning my son's 8th — there'd probably be about 10 of them. Roughly what would a climbing party cost?",
    facts: ['£160'],
    escalate: false,
  },
  {
    question: 'For the party can we bring in our own food and a birthday cake or do we have to buy from the café?',
    facts: ['bring your own food'],
    escalate: false,
  },
  { question: 'hi how much is shoe hire and do you go up to a size 13? massive feet', facts: ['£4', '1 to 13'], escalate: false },
  {
    question: 'Is it grim wearing the hire shoes without socks? 😬',
    facts: ['UV cabinet'],
    escalate: false,
  },
  { question: 'Can I bring my own chalk bag with normal chalk in?', facts: ['liquid chalk'], escalate: false },
  { question: 'how much is a monthly membership', facts: ['£49'], escalate: false },
  {
    question: "Thinking of joining but I'm not sure I'll stick at it. Am I tied in for a while if I sign up?",
    facts: ['3 months'],
    escalate: false,
  },
  {
    question: "I'm off travelling round Vietnam for six weeks in the summer. Can I pause my membership while I'm away instead of cancelling it?",
    facts: ['£5 a month'],
    escalate: false,
  },
  {
    question: "I've been a member for about a year but I'm moving to Leeds for work. How do I cancel?",
    facts: ['30 days'],
    escalate: false,
  },
  { question: 'what time does the cafe close on sundays', facts: ['5pm'], escalate: false },
  { question: 'does the café have oat milk and is it extra?', facts: ['no extra charge'], escalate: false },
  {
    question: "what V grade is blue roughly? trying to compare with my old wall",
    facts: ['V2', 'V4'],
    escalate: false,
  },
  {
    question: 'When do you put new problems up? Want to come in when there is fresh stuff',
    facts: ['Monday mornings'],
    escalate: false,
  },
  {
    question: 'Me and my partner want to get into climbing properly, complete newbies. Do you do any kind of beginners course?',
    facts: ['Learn to Boulder', '£65'],
    escalate: false,
  },
  {
    question: "I booked onto the beginners course starting this Wednesday but my shifts have changed and I can't go now. Can I get my money back?",
    facts: ['another course date'],
    escalate: false,
  },
  {
    question: "Is there anywhere to park? I'll be coming straight from work, probably get there about 7",
    facts: ['Unit 11'],
    escalate: false,
  },
  {
    question: "My brother's a wheelchair user and really keen to have a go at climbing. Is there anything for him?",
    facts: ['last Sunday of the month'],
    escalate: false,
  },
  {
    question: 'pretty sure I left my hoodie and a water bottle there on Friday night, do you keep lost property?',
    facts: ['4 weeks'],
    escalate: false,
  },
  // Unanswerable from the articles and context.
  { question: 'Do you have lockers? Not sure what to do with my bag and car keys while I climb', unknown: true, escalate: false },
  { question: 'Are there showers? Want to climb before work and go straight in', unknown: true, escalate: false },
  { question: 'Do you ever run trips outdoors, like to the Peak District?', unknown: true, escalate: false },
  { question: "Can I bring my dog in with me? He's super chilled and just sleeps", unknown: true, escalate: false },
  { question: 'does the café do anything gluten free? coeliac', unknown: true, escalate: false },
  { question: 'Have you got a moonboard or any hangboards for training?', unknown: true, escalate: false },
  { question: 'Is there wifi? Might do a bit of work in the café while my kids are at club', unknown: true, escalate: false },
  { question: 'Do you run any bouldering comps or a league?', unknown: true, escalate: false },
  { question: 'Is there a sports massage therapist who works from the wall?', unknown: true, escalate: false },
  { question: 'Can I drop off my climbing shoes to get resoled?', unknown: true, escalate: false },
  // Hand-over: four of the prose situations in CLIMB_BUSINESS_RULES.
  {
    question: "Came off the top of a blue last night and landed badly — my ankle's about double the size this morning and I can hardly walk on it. Not sure who I'm supposed to tell?",
    escalate: true,
  },
  {
    question: "Hiya, I'm a PE teacher at a secondary school in Norwich and I'd love to bring 28 Year 9s for an enrichment afternoon in June. What would that cost and when could we come?",
    escalate: true,
  },
  {
    question: "You've taken £49 off me twice this month?? Checked my bank app and there's two payments on the 1st. Can someone sort this out please",
    escalate: true,
  },
  {
    question: "Really not happy with how the guy on reception spoke to my daughter on Saturday. She's 16 and asked for help with her hire shoes and he was sarcastic and made her feel stupid. Not OK.",
    escalate: true,
  },
];
