/**
 * DEV set written blind in round 24 (no look at the agent's source, tests, docs or other eval files).
 * Needle & Thread: an independent clothing alterations and tailoring shop on Cotham Hill, Bristol.
 * Bubble Bay Hot Tub Hire: a small hot-tub hire and delivery firm based near Aylsham, North Norfolk.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Needle & Thread (alterations & tailoring)
// ---------------------------------------------------------------------------------------------

export const NEEDLE_CONTEXT = `Needle & Thread is a small alterations and tailoring shop on Cotham Hill in Bristol, run by me (Priya Desai) since 2011 together with our tailor Marek Nowak. We do everyday clothing alterations, repairs and mending, bridal and occasionwear alterations, and made-to-measure shirts. Address: 14 Cotham Hill, Bristol BS6 6LA. Open Tuesday to Friday 9:30am-5:30pm and Saturday 9am-4pm, closed Sundays and Mondays. Phone 0117 496 0321, email hello@needleandthread-bristol.co.uk, Instagram @needleandthreadbristol. Walk-ins welcome for everyday alterations; bridal and made-to-measure are by appointment only.`;

export const NEEDLE_RULES: string[] = [
  'anything about a wedding dress going wrong close to the big day -> straight to Priya, do not try to sort it',
  'complaints about lost or damaged clothes',
  'refunds over £40',
  'if someone wants work uniforms or a bulk order (10+ items) pass to Marek, he quotes those',
  'anyone mentioning trading standards / small claims / solicitors etc - hand over',
];

export const NEEDLE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Alterations price list',
    category: 'Prices',
    content: `## Alterations price list (from April 2024)

| Item | Price |
|---|---|
| Trouser / jeans hem (plain) | £12 |
| Jeans hem keeping the original hem | £16 |
| Take in / let out trouser waist | £18 |
| Taper trouser legs | £22 |
| Shorten jacket sleeves (plain cuff) | £28 |
| Shorten jacket sleeves (working buttonholes) | £42 |
| Take in jacket at the sides | £35 |
| Dress or skirt hem (unlined) | £20 |
| Dress or skirt hem (lined) | £30 |
| Take in dress (side seams) | £30 |
| Shorten straps | £10 |
| Replace trouser or skirt zip | £18 |
| Replace jacket / coat zip | £32 |

Prices are a starting point - Priya or Marek will confirm the final price when they pin you. Pleats, beading, sequins or very heavy fabric may cost more.`,
  },
  {
    title: 'Turnaround times and express service',
    category: 'Turnaround',
    content: `Our standard turnaround is 7 working days from the day you drop the item off. We'll text you as soon as it's ready.

Need it sooner?
- **Express (48 hours):** add 50% to the normal price, minimum £10 extra.
- **Same-day hems:** trouser and jeans hems only. Drop off before 10am and collect after 4pm, £8 on top of the hem price. Not available on Saturdays.

In the run-up to Christmas and during wedding season (May to July) the standard turnaround can stretch to 10 working days, so please plan ahead.`,
  },
  {
    title: 'Bridal & occasionwear',
    category: 'Bridal',
    content: `Bridal alterations are by appointment only and are done by Priya personally. We recommend booking your first fitting 8 to 10 weeks before the wedding - earlier if your dress needs a lot of work.

Most brides need three fittings: a first pinning, a second check once the main work is done, and a final fitting about a week before the day. Bridal alterations start from £180 for a hem and bustle; a full bodice take-in with hem and bustle is usually £280-£400. A non-refundable £50 deposit secures your first fitting and is taken off the final bill.

Please bring the shoes and underwear you'll be wearing on the day to every fitting.

Bridesmaid dresses are £45 per dress for a hem and strap adjustment. We don't make wedding dresses from scratch.`,
  },
  {
    title: 'Fittings FAQ',
    category: 'FAQ',
    content: `Q: Do I need an appointment?
A: Not for everyday alterations - just pop in during opening hours. Saturday mornings get busy, weekdays are quieter. Bridal and made-to-measure shirts are appointment only.

Q: What should I bring?
A: The shoes you'll wear with the trousers or dress, so we pin the right length.

Q: Can you alter something without me trying it on?
A: Yes - bring a garment that fits you well and we'll copy its measurements. There's no extra charge for this.

Q: Do you alter children's clothes?
A: Yes. School uniform hems (trousers, skirts, pinafores) are £9 per item.

Q: Is there a fitting room?
A: Yes, one private fitting room with a full-length mirror. The shop has step-free access from the street.`,
  },
  {
    title: 'Collecting your alterations',
    category: 'Collection',
    content: `- You'll get a paper ticket with an order number when you drop off.
- We text you when your item is ready to collect.
- Someone else can collect for you as long as they bring the ticket, or quote the order number and your surname.
- Uncollected items: we keep finished items for 60 days after the "ready" text. After that they're donated to the Bristol Children's Hospice charity shops. We'll try to call you once before that happens.
- We can post finished items back anywhere in the UK by Royal Mail Tracked 48 for £6.50.`,
  },
  {
    title: 'Payment, deposits and gift vouchers',
    category: 'Payments',
    content: `We take payment when you collect. We accept cards (including Amex), cash, Apple Pay and Google Pay. We don't take cheques.

Orders over £100 need a 50% deposit when you drop them off (bridal has its own deposit, see the bridal article).

Gift vouchers are available in any amount from £20 and are valid for 12 months. They can be used on any service, including made-to-measure shirts, but can't be exchanged for cash.`,
  },
  {
    title: 'Repairs and mending',
    category: 'Services',
    content: `## Repairs
- Invisible mending (small hole or moth hole): from £15
- Patching jeans (inside patch, denim-matched): £14 per patch
- Sew on a button: £2 each, free if done at the same time as another alteration
- Re-line a jacket: from £85
- Leather and suede: we send these to a specialist partner. Allow 3 weeks; quote on inspection.

## What we don't do
- curtains, cushions or any upholstery
- shoes or bags
- repairs on chunky hand-knits (we can darn fine knitwear)`,
  },
  {
    title: 'Made-to-measure shirts',
    category: 'Tailoring',
    content: `Marek makes made-to-measure shirts in our back workroom. Your first shirt is £95, which includes taking your measurements and making a paper pattern that we keep on file. Repeat shirts from the same pattern are £80.

You choose from around 60 cotton fabrics in the shop - we can't make up customers' own fabric. The measuring appointment takes about 45 minutes and the shirt is ready 4 weeks after it.`,
  },
  {
    title: 'Our alterations guarantee',
    category: 'Policies',
    content: `If something isn't right with an alteration we've done, bring it back within 14 days with your ticket and we'll adjust it free of charge. Please don't wash the garment before bringing it back - we can't re-work items that have been washed since the alteration.`,
  },
];

export const NEEDLE_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much to take up a pair of jeans but keep the original hem?', facts: ['£16'], escalate: false },
  {
    question: 'Hi, the arms on my suit jacket are too long and the cuff buttons actually undo. What would it cost to shorten them?',
    facts: ['£42'],
    escalate: false,
  },
  { question: 'do u do hems on lined skirts and how much', facts: ['£30'], escalate: false },
  { question: "whats the price to put a new zip in my winter coat", facts: ['£32'], escalate: false },
  { question: 'How long do alterations usually take?', facts: ['7 working days'], escalate: false },
  {
    question: "I've got an interview tomorrow afternoon and my new trousers are way too long. Any chance of getting them taken up by then?",
    facts: ['10am'],
    escalate: false,
  },
  { question: "what's the extra charge for the 48hr express option?", facts: ['50%'], escalate: false },
  {
    question: "I'm getting married in September - when should I book my first dress fitting with you?",
    facts: ['8 to 10 weeks'],
    escalate: false,
  },
  { question: 'How many fittings will I need for my wedding gown?', facts: ['three'], escalate: false },
  {
    question: 'how much to get a bridesmaid dress shortened and the straps sorted?',
    facts: ['£45'],
    escalate: false,
  },
  { question: 'If I pay the deposit for a bridal fitting can I get it back later?', facts: ['non-refundable'], escalate: false },
  { question: 'Do I have to book or can I just turn up with a pair of trousers?', facts: ['appointment'], escalate: false },
  {
    question: "my dad can't get in to be pinned, can you still do his trousers if i bring in another pair that fits him? does that cost more?",
    facts: ['no extra charge'],
    escalate: false,
  },
  { question: "do you do school uniform? my son's trousers are miles too long", facts: ['£9'], escalate: false },
  { question: "I use a wheelchair - can I get into the shop ok?", facts: ['step-free'], escalate: false },
  {
    question: "I've lost the paper ticket. Can my husband still pick up my dress for me?",
    facts: ['order number'],
    escalate: false,
  },
  { question: 'What happens if I forget to pick my stuff up for a few months?', facts: ['60 days'], escalate: false },
  {
    question: "I've just moved to Manchester, could you post my altered coat up to me instead of me collecting?",
    facts: ['£6.50'],
    escalate: false,
  },
  { question: 'can i pay with google pay when i collect', facts: ['Google Pay'], escalate: false },
  {
    question: "I've got a few things to drop off, probably around £150 all in. Do I pay anything upfront?",
    facts: ['50%'],
    escalate: false,
  },
  { question: 'how long are your gift vouchers valid for', facts: ['12 months'], escalate: false },
  {
    question: "Theres a moth hole in my favourite jumper :( can you fix it and what does it cost",
    facts: ['£15'],
    escalate: false,
  },
  {
    question: 'I have a leather jacket that needs the sleeves shortening, can you do that and how long would it take?',
    facts: ['3 weeks'],
    escalate: false,
  },
  { question: 'How much is a made-to-measure shirt?', facts: ['£95'], escalate: false },
  {
    question: "If an alteration doesn't fit quite right when I get home, can I bring it back to be redone?",
    facts: ['14 days'],
    escalate: false,
  },
  { question: 'what time do you shut on a saturday?', facts: ['4pm'], escalate: false },
  // Not answerable from the KB or the context.
  { question: 'Do you do dry cleaning as well?', unknown: true, escalate: false },
  { question: 'How much does it cost to shorten the length of a wool coat?', unknown: true, escalate: false },
  { question: 'Is there anywhere to park near the shop?', unknown: true, escalate: false },
  { question: 'Can you add a monogram or embroidery to a shirt?', unknown: true, escalate: false },
  { question: 'Do you give a student discount?', unknown: true, escalate: false },
  { question: 'How much would it be to re-line a skirt?', unknown: true, escalate: false },
  { question: 'Could you come to my house to do the pinning? I have mobility issues', unknown: true, escalate: false },
  { question: 'do you alter kilts?', unknown: true, escalate: false },
  { question: 'Can I buy one of your gift vouchers online?', unknown: true, escalate: false },
  { question: 'Do you sell buttons and thread so I can do small repairs myself?', unknown: true, escalate: false },
  // Escalations (meet one of the rules).
  {
    question: "My wedding is this Saturday and I've just tried the dress on at home - the bustle has come completely apart. I'm panicking, what do I do??",
    escalate: true,
  },
  {
    question: "I dropped off my late grandmother's silk blouse a month ago and now your staff are telling me they can't find it. This is irreplaceable.",
    escalate: true,
  },
  {
    question: 'The jacket came back with the sleeves uneven and a mark on the lining. I want my £60 back please.',
    escalate: true,
  },
  {
    question: "Hi, I manage a restaurant and we've got 14 chef jackets and 14 pairs of checked trousers that all need taking up. Can you give us a price?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Bubble Bay Hot Tub Hire (hot tub hire & delivery)
// ---------------------------------------------------------------------------------------------

export const BUBBLE_CONTEXT = `Bubble Bay Hot Tub Hire - we deliver inflatable and hard-shell hot tubs for parties, weekends and holidays across North Norfolk. Family business run by Dan Whitlock (owner, does most of the deliveries) with Kerry running bookings in the office. Our yard is at Unit 3, Hall Farm Barns, Cawston Road, Aylsham NR11 6EF (it's a working yard, not a showroom, so no visits without an appointment please). Phone/WhatsApp 07700 900418, email bookings@bubblebayhottubs.co.uk. Office hours Mon-Fri 9am-5pm and Sat 9am-12pm, closed Sundays (we still deliver and collect at weekends). You can book online 24/7 through the website.`;

export const BUBBLE_RULES: string[] = [
  'anyone hurt, burnt or feeling unwell after being in a tub -> Dan ASAP',
  "electrical stuff - sockets tripping, burning smell, anything sparky. don't talk them through it, hand over",
  'disagreements about damage deposit deductions',
  'big bookings - holiday parks, corporate, 3+ tubs at once - Kerry does these',
  'complaints',
];

export const BUBBLE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Hire prices 2024',
    category: 'Prices',
    content: `# Hire prices 2024

| Tub | Weekend (Fri-Mon) | Midweek (Mon-Fri) | Full week (7 nights) |
|---|---|---|---|
| Coast 4 - inflatable, 2-4 people | £160 | £145 | £230 |
| Coast 6 - inflatable, 4-6 people | £185 | £170 | £265 |
| Broadland 7 - hard-shell, up to 7 people | £320 | £290 | £450 |

All prices include delivery within 15 miles, setup, chemicals, an insulated cover and collection.

**Extra nights** on the end of a hire: £30 per night for the Coast tubs, £50 per night for the Broadland 7 (subject to availability).`,
  },
  {
    title: 'Delivery, setup and what you need',
    category: 'Delivery',
    content: `We deliver free within 15 miles of our yard in Aylsham. From 15 to 25 miles it's £1.50 per mile each way, counted from the yard by the shortest road route. Sorry, we don't deliver beyond 25 miles.

**What you need at your end:**
- a flat, level, solid area: 3m x 3m for the Coast tubs, 3.5m x 3.5m for the Broadland 7
- no gravel or decking for the Broadland 7 - it weighs about 2 tonnes when full
- an outside tap within 25 metres (we bring the hoses)
- Coast tubs: a normal 13 amp socket within 10m, ideally RCD protected. NO extension leads, sorry - our insurance doesn't allow them
- Broadland 7: a 32 amp supply fitted by an electrician
- clear access, with gates at least 80cm wide

Setup takes about 45 minutes. Deliveries are between 10am and 2pm and we'll text you a one-hour window the day before.`,
  },
  {
    title: 'Heating up & first use',
    category: 'Using your tub',
    content: `Q: How long does it take to get hot?
A: The inflatables heat up about 1.5°C an hour, so from a cold tap it's usually 18-24 hours to reach 38°C. The Broadland 7 is much quicker, about 6 hours. Tip: for a Saturday party, get it delivered on the Friday.

Q: What temperature can it go up to?
A: The maximum is 40°C. Most people find 37-38°C most comfortable.

Q: Can I leave it running overnight?
A: Yes - just keep the cover on and the straps clipped.

Q: Why does the water cool down when the bubbles are on?
A: On the Coast tubs the heater switches off while the bubble jets run. Use the bubbles in short bursts and keep the cover on between sessions.`,
  },
  {
    title: 'Hot tub rules & safety',
    category: 'Safety',
    content: `Please read before you get in!

- No children under 5 in the tub. Under-16s must be supervised by an adult at all times.
- No glass anywhere near the tub. We give you 6 plastic tumblers free with every hire.
- No bubble bath, oils, glitter, bath bombs or fake tan. If the water is contaminated there's a £60 cleaning charge.
- No pets in the tub - claws puncture the inflatables.
- Keep sessions to 20 minutes at a time and drink plenty of water.
- Chlorine granules and test strips are provided: add one scoop each morning and check with a strip.
- Keep the cover on and clipped whenever nobody is using the tub.`,
  },
  {
    title: 'Booking, deposits and payment',
    category: 'Booking',
    content: `To confirm a booking we take a £50 booking deposit, which comes off your hire price. The balance is due 14 days before delivery (if you book less than 14 days ahead you pay in full when you book).

We also hold a £100 damage deposit as a pre-authorisation on your card 48 hours before delivery. It isn't actually taken from your account, just held, and it's released within 3 working days of collection once we've checked the tub over.

We accept card or bank transfer. We can't take cash on delivery.`,
  },
  {
    title: 'Cancellations and changing your dates',
    category: 'Booking',
    content: `If you cancel more than 28 days before delivery you get everything back, including the £50 booking deposit. Between 14 and 28 days before, we keep the £50 booking deposit and refund the rest. Less than 14 days before, we're afraid there's no refund.

You can move your booking to another date once, free of charge, as long as you give us at least 7 days' notice (subject to availability).

We don't cancel or refund because of rain - hot tubs are brilliant in the rain! We will cancel if winds over 50mph are forecast or snow makes the roads unsafe, and then you get a full refund or a new date.`,
  },
  {
    title: 'Add-ons and party extras',
    category: 'Extras',
    content: `## Add-ons

- Pop-up gazebo (3m x 3m) - £35
- Fire pit with a bag of logs - £25
- Colour-changing LED light strip - £10
- Towelling robes - £5 each
- Hen & birthday pack (bunting, 6 plastic flutes, floating drinks tray and a waterproof Bluetooth speaker) - £30
- Steps - free with every tub

Add-ons must be booked at least 48 hours before delivery.`,
  },
  {
    title: 'Hygiene and cleaning between hires',
    category: 'Hygiene',
    content: `Every tub is fully drained, scrubbed and sanitised after each hire, and we fit a brand new filter cartridge for every customer. We treat the water with chlorine, not bromine.

Please don't drain the tub yourself at the end of your hire. Leave the water in and we'll pump it out when we collect. Collections are between 9am and 1pm on the last day of your hire - you don't need to be home as long as we can get to the tub.`,
  },
  {
    title: 'Punctures, damage and breakdowns',
    category: 'Problems',
    content: `Q: What if the tub gets a puncture?
A: There's a repair kit in the bag with the cover. Small punctures can be patched with it in about 10 minutes - the instructions are inside the kit. If it won't hold, ring us and we'll try to swap the tub within 24 hours.

Q: What do you charge for damage?
A: A lost or torn cover is £80, a lost filter is £10. Damage to the pump or heater from misuse is charged at cost. Charges come out of the £100 damage deposit.

Q: The heater has stopped working?
A: Check the bubbles are off (the heater won't run while they're on) and that the cover is on. If the display shows an error code, send us a photo on WhatsApp.`,
  },
];

export const BUBBLE_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much is the small inflatable for a weekend?', facts: ['£160'], escalate: false },
  {
    question: "There's 6 of us staying in a cottage for a whole week in July - what would the bigger blow-up tub cost?",
    facts: ['£265'],
    escalate: false,
  },
  { question: 'Price for the hard shell one mon-fri?', facts: ['£290'], escalate: false },
  {
    question: "we've got the coast 4 til monday but everyone wants to stay on, can we keep it another night? how much?",
    facts: ['£30'],
    escalate: false,
  },
  { question: 'We live about 20 miles out from Aylsham, do you charge extra for delivering that far?', facts: ['£1.50'], escalate: false },
  { question: "Do you deliver to King's Lynn? it's about 35 miles from you", facts: ['25 miles'], escalate: false },
  { question: 'How much space do I need for the Coast 6?', facts: ['3m'], escalate: false },
  { question: 'What time of day do you usually turn up with the tub?', facts: ['10am'], escalate: false },
  { question: "how far away can the outside tap be? ours is round the front and the tub's going out the back", facts: ['25 metres'], escalate: false },
  {
    question: "If it's dropped off friday morning will it be nice and warm by friday night for the coast 4?",
    facts: ['24 hours'],
    escalate: false,
  },
  { question: "What's the hottest the water can be set to?", facts: ['40'], escalate: false },
  { question: "My sister's bringing her 3 year old - is he allowed in the tub with us?", facts: ['under 5'], escalate: false },
  { question: 'is it ok to chuck a lush bath bomb in for the birthday girl?', facts: ['£60'], escalate: false },
  {
    question: "We've got some nice prosecco glasses we were going to use in the tub, is that ok or do we need something else?",
    facts: ['plastic'],
    escalate: false,
  },
  { question: 'How much do I have to pay to secure my booking?', facts: ['£50'], escalate: false },
  { question: 'when do I need to pay the rest of the money by', facts: ['14 days'], escalate: false },
  { question: 'how long till i get my damage deposit back after you pick the tub up?', facts: ['3 working days'], escalate: false },
  {
    question: "The party's been called off and it was meant to be in about 3 weeks. Do we get anything back?",
    facts: ['£50'],
    escalate: false,
  },
  {
    question: "Our booking is in a fortnight but can we change it to a different weekend later in the summer?",
    facts: ['7 days'],
    escalate: false,
  },
  { question: 'do you rent out gazebos with the tub? how much', facts: ['£35'], escalate: false },
  { question: 'How much are the dressing gowns to hire?', facts: ['£5'], escalate: false },
  { question: "What comes in the hen party pack?", facts: ['speaker'], escalate: false },
  {
    question: 'On the last day do we need to empty the water out before you come to get it?',
    facts: ['pump'],
    escalate: false,
  },
  {
    question: "Bit embarrassing, the wind took the lid off the tub overnight and we can't find it anywhere. What will that cost us?",
    facts: ['£80'],
    escalate: false,
  },
  { question: "i think there's a tiny hole, it's losing a bit of air. what do we do?", facts: ['repair kit'], escalate: false },
  { question: 'how long does it take you to set it up once you arrive?', facts: ['45 minutes'], escalate: false },
  // Not answerable from the KB or the context.
  { question: 'Do you hire out saunas or cold plunge tubs as well?', unknown: true, escalate: false },
  { question: 'How much is a wood-fired hot tub for the weekend?', unknown: true, escalate: false },
  { question: 'Can I hire the Broadland 7 for just one night?', unknown: true, escalate: false },
  { question: 'Are your prices including VAT?', unknown: true, escalate: false },
  { question: 'How many litres of water does the Coast 4 hold?', unknown: true, escalate: false },
  { question: 'Do you ever sell your old ex-hire tubs?', unknown: true, escalate: false },
  { question: 'Is there a discount for NHS staff?', unknown: true, escalate: false },
  { question: 'How much is an extra bag of logs for the fire pit?', unknown: true, escalate: false },
  { question: 'Do you deliver on Christmas Day?', unknown: true, escalate: false },
  { question: 'What make are the inflatable tubs?', unknown: true, escalate: false },
  // Escalations (meet one of the rules).
  {
    question: 'My husband got out of the tub last night feeling dizzy and was sick, and this morning he has a red rash all over his back.',
    escalate: true,
  },
  {
    question: 'Every time the tub heater kicks in the kitchen lights go off and the fuse box clicks. Is that normal?',
    escalate: true,
  },
  {
    question: "You've taken £80 off my deposit for a 'torn cover' but it was already ripped when your driver dropped it off. I want that money back.",
    escalate: true,
  },
  {
    question: "Hi, I manage a holiday lodge park near Holt and we'd like 4 tubs on site for our guests for the whole of August. What could you do for us?",
    escalate: true,
  },
];
