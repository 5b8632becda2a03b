/**
 * DEV set written blind in round 17 (no look at the agent's source, tests, docs or other eval files).
 * Two small businesses of different kinds:
 *  - TYRE: Hartley's Tyre & Exhaust, a family-run tyre, exhaust, brake, battery and MOT centre in Kettering.
 *  - WINE: The Corkscrew Cellar, an independent wine shop in Ludlow with free Saturday tastings,
 *    ticketed tasting evenings, a wine club, local delivery and a small by-the-glass tasting room.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// 1. Hartley's Tyre & Exhaust (family-run tyre and exhaust centre)
// ---------------------------------------------------------------------------------------------

export const TYRE_CONTEXT =
  "Hartley's Tyre & Exhaust is a family-run tyre and exhaust centre in Kettering, Northamptonshire, " +
  'run by brothers Dave and Phil Hartley since 1998. We supply and fit new tyres from budget to premium ' +
  'brands, repair punctures, and do wheel alignment, exhausts, brakes, batteries and MOTs on cars and ' +
  'light vans. You will find us at Unit 4, Pytchley Road Industrial Estate, Kettering NN15 6JQ. Phone ' +
  '01536 412 907 or email bookings@hartleystyres.co.uk. Opening hours: Monday to Friday 8am-5:30pm, ' +
  'Saturday 8am-1pm, closed Sundays and bank holidays. Drive-ins are welcome, but booked customers get ' +
  'priority. Free parking on site.';

export const TYRE_RULES: string[] = [
  "If somebody has broken down or says the car isn't safe to drive and wants us to come out to them, put them straight through to Dave or Phil.",
  'Any complaint about work we have done (a tyre going down after we fitted it, a wheel coming loose, damage to the car) goes to a person, not the bot.',
  'Businesses asking about a fleet or trade account for more than 3 vehicles go to Phil.',
  'If a customer is disputing their bill or asking for a refund, hand it over to one of us.',
];

export const TYRE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Tyre Prices & Fitting',
    category: 'Tyres',
    content: `# Tyre prices (fully fitted)

All prices are per tyre and include fitting, a new rubber valve, balancing and disposal of your old tyre. Prices are a guide for the most common sizes, so ring or pop in for an exact quote on your car.

| Size | Budget | Mid-range | Premium (Michelin, Continental) |
|---|---|---|---|
| 14" (e.g. Corsa, Fiesta) | £55 | £68 | £92 |
| 16" (e.g. Focus, Golf) | £72 | £89 | £118 |
| 18" (e.g. Qashqai, BMW 3 Series) | £95 | £120 | £165 |

Extras
Run-flat tyres .... add £10 per tyre
TPMS sensor valve .... £25 each

We keep around 600 tyres in stock, so most popular sizes can be fitted the same day. Anything we don't have is usually in by 2pm the next working day.

Q: Do I have to replace both tyres on an axle?
A: Not always, but we recommend it if the tread difference between them is more than 2mm.`,
  },
  {
    title: 'Puncture Repairs',
    category: 'Tyres',
    content: `PUNCTURE REPAIRS

Puncture repair .... £20 per tyre
Puncture repair (tyre bought from us in the last 12 months) .... FREE

All repairs are carried out to British Standard BS AU 159. That means we can only repair a puncture in the central part of the tread, and the hole must be no bigger than 6mm. If the damage is in the sidewall or shoulder, or the tyre has been driven on while flat, it isn't safe to repair and we'll quote you for a replacement instead.

We don't repair run-flat tyres, as the manufacturers advise against it.

A repair normally takes 20-30 minutes and you're welcome to wait. No appointment needed, just drive in. If you're on a space-saver spare, keep under 50mph on the way here.`,
  },
  {
    title: 'Wheel Alignment (Tracking)',
    category: 'Tyres',
    content: `## Wheel alignment

Front wheel tracking .... £35
Full 4-wheel alignment .... £65
Alignment check .... FREE with any 2 tyres

We use a Hunter laser alignment rig. A full alignment takes around 45 minutes.

Q: How do I know if my tracking is out?
A: The car pulls to one side, the steering wheel isn't straight when you're driving in a straight line, or your tyres are wearing on the inside or outside edge.

Q: Should I get it checked after hitting a pothole?
A: Yes. A hard knock against a kerb or pothole is the most common cause of misalignment.

Q: Can you align lowered or modified cars?
A: We can do most, but cars with adjustable coilovers are booked in with Phil on Wednesdays only.`,
  },
  {
    title: 'Exhausts',
    category: 'Exhausts',
    content: `EXHAUSTS

Blowing, rattling or failed the MOT on emissions? Bring it in for a free exhaust check. We'll put it up on the ramp and show you what's wrong before we quote.

Typical fitted prices (small to medium cars):
- Rear silencer (back box) .... from £85
- Centre section .... from £95
- Flexi joint repair .... from £60
- Catalytic converter .... from £220

We use Bosal and EEC parts as standard, or genuine manufacturer parts on request (usually 30-40% dearer). All exhaust parts come with a 2-year parts guarantee.

Catalytic converter theft: if your cat has been stolen we can usually fit a replacement within 48 hours, and we can fit a Catloc converter lock for £120. We'll give you a written invoice for your insurer.

We don't do performance or custom stainless systems.`,
  },
  {
    title: 'Brakes',
    category: 'Brakes',
    content: `Brakes

Free brake check while you wait. We'll measure your pads and discs and tell you honestly how long they've got left.

| Job | Price (most cars) |
|---|---|
| Front brake pads | from £75 |
| Front pads and discs | from £160 |
| Rear shoes / drums | from £110 |
| Brake fluid change | £45 |

Prices include parts, labour and VAT. Most brake jobs take 1-1.5 hours. Cars with an electric parking brake (for example the VW Passat and Audi A4) need resetting with a diagnostic tool, and that's included in the price.

If your brake warning light is on, or the pedal feels soft or goes to the floor, please don't drive the car. Ring us on 01536 412 907 instead.`,
  },
  {
    title: 'MOT Testing',
    category: 'MOT',
    content: `# MOT testing

We're a DVSA-approved Class 4 MOT station, so we can test cars, taxis and vans up to 3,000kg. Our MOT tester is Karen Hartley.

MOT .... £45 (the government maximum is £54.85)

Free partial retest if we do the repairs, or if you bring the car back to us within 10 working days.

Q: How early can I MOT my car?
A: You can have it tested up to a month (minus a day) before the expiry date and still keep the same renewal date.

Q: Do you do MOTs on Saturdays?
A: Yes, on Saturday mornings, but they book up 2-3 weeks ahead.

Q: What happens if it fails?
A: We'll give you a written quote for the repairs. You're under no obligation to have them done with us.`,
  },
  {
    title: 'Car Batteries',
    category: 'Batteries',
    content: `CAR BATTERIES

Free battery and charging system test, takes 5 minutes.

Standard battery (fitted) .... from £85
Stop-start EFB battery .... from £130
Stop-start AGM battery .... from £160
Battery registration/coding (BMW, Audi, Mercedes etc.) .... £20

We stock Bosch and Varta batteries, which come with a 3-year warranty. Your old battery is recycled free of charge.

Tip: if your car has been slow to start on cold mornings, get it tested before it lets you down. A weak battery usually gives you a few weeks' warning before it dies completely, and a test costs nothing.`,
  },
  {
    title: 'Booking, Payment & Waiting',
    category: 'Booking',
    content: `Booking and payment

You can book online at hartleystyres.co.uk, by phone, or just drive in. Booked customers are seen first and drive-ins are fitted in around them, so on Saturdays the wait can be 1-2 hours.

If we have to order tyres in for you, we take a £20 deposit per tyre, refundable if you cancel at least 24 hours before your slot.

Payment: cash, all major debit and credit cards, Apple Pay and Google Pay. Sorry, no cheques. For bills over £150 you can spread the cost over 3 months interest-free with Bumper.

Waiting room: free tea and coffee, Wi-Fi (the password is on the wall) and a kids' corner with toys and books. The Co-op on Pytchley Road is a 5-minute walk if you'd rather pop out.

Leaving the car with us? Out of hours, put your keys through the letterbox in one of the envelopes by the door.`,
  },
  {
    title: 'Winter Tyres & Tyre Storage',
    category: 'Tyres',
    content: `## Winter and all-season tyres

We stock winter tyres from Nokian and all-season tyres including the Michelin CrossClimate. For most Northamptonshire drivers we recommend all-season tyres, which you keep on all year round.

If you run two sets, we'll swap them over for you and store the set you're not using.

Seasonal wheel swap (tyres already on rims) .... £30
Seasonal tyre swap (off rims, refit and balance) .... £60
Tyre hotel storage .... £40 per season for a set of 4

Stored tyres are cleaned, checked and bagged, then kept in our insured storage unit. Please book your autumn swap-over by the end of October, as November is our busiest month of the year.`,
  },
  {
    title: 'Guarantees & Aftercare',
    category: 'Aftercare',
    content: `GUARANTEES AND AFTERCARE

Q: Do you guarantee your work?
A: Yes, all labour is guaranteed for 12 months. Parts carry the manufacturer's guarantee (2 years on exhausts, 3 years on batteries).

Q: Do I need to come back after having new tyres fitted?
A: On alloy wheels we recommend a free wheel nut re-torque check after 50 miles. Just drive in, it takes 5 minutes.

Q: I've lost my locking wheel nut key. Can you still get the wheels off?
A: Yes, we can remove locking nuts without the key for £25 per wheel and fit a standard set of bolts.

Q: My tyre pressure warning light came on after fitting.
A: Some cars need the TPMS system resetting. Pop back and we'll do it free within 30 days of fitting.

Q: Do you keep records?
A: Yes, we keep your vehicle's history on file, so just give your registration when you call.`,
  },
];

export const TYRE_DEV: EvalCase[] = [
  // --- Answerable (26) ---
  { question: 'how much for 4 of your cheapest tyres on a 2015 corsa', facts: ['£55'], escalate: false },
  { question: "Picked up a nail in my rear tyre on the school run. What's the damage to get it fixed?", facts: ['£20'], escalate: false },
  { question: 'I had two new tyres from you back in March and now one has a screw in it. Do I have to pay to get it plugged?', facts: ['free'], escalate: false },
  { question: "The hole is right on the edge of the tyre where it starts to curve round to the side. Can you patch that?", facts: ['shoulder'], escalate: false },
  { question: 'how long does a puncture fix take? can i wait for it', facts: ['20-30 minutes'], escalate: false },
  { question: "My car keeps drifting left on the dual carriageway and the steering wheel sits a bit crooked. Roughly what would it cost to sort the front end out?", facts: ['£35'], escalate: false },
  { question: 'How long will I be waiting if I get all four wheels lined up?', facts: ['45 minutes'], escalate: false },
  { question: 'My Civic is lowered on adjustable coilovers. Any day in particular I need to bring it for tracking?', facts: ['Wednesdays'], escalate: false },
  { question: 'Back box has gone, sounds like a tractor lol. Ballpark price?', facts: ['£85'], escalate: false },
  { question: "Some scumbag sawed the cat off my Prius overnight. How fast could you get a new one fitted? Insurance is dealing with it.", facts: ['48 hours'], escalate: false },
  { question: 'What make of exhaust bits do you normally put on?', facts: ['Bosal'], escalate: false },
  { question: 'price for new front pads?', facts: ['£75'], escalate: false },
  { question: 'How much do you charge to MOT a car?', facts: ['£45'], escalate: false },
  { question: "My MOT runs out on the 20th of next month. How far ahead can I get it done without messing up the date it's due each year?", facts: ['a month'], escalate: false },
  { question: "If my car fails its test with you and I get my mate to do the repairs, do I have to pay the full whack again when I bring it back?", facts: ['10 working days'], escalate: false },
  { question: "Who actually does the MOTs at yours?", facts: ['Karen'], escalate: false },
  { question: "Can you MOT my Transit? It's about 2.8 tonnes fully loaded.", facts: ['3,000kg'], escalate: false },
  { question: 'Need a new battery in my BMW 320d. Is there anything on top of the battery price for programming it to the car?', facts: ['£20'], escalate: false },
  { question: "New tyres plus brakes are coming to about £400 and money's tight this month. Any way to pay it in chunks?", facts: ['Bumper'], escalate: false },
  { question: "I'll have my 4 year old with me, is there anything to keep her busy while we wait?", facts: ["kids' corner"], escalate: false },
  { question: "Going over to winter tyres this year. What do you charge to keep my summer ones for me?", facts: ['£40'], escalate: false },
  { question: 'I already have a second set of wheels with snow tyres on them. How much to swap them on?', facts: ['£30'], escalate: false },
  { question: "can't find the key for my locking wheel nuts anywhere, can you still get the wheels off??", facts: ['£25'], escalate: false },
  { question: 'what time do you shut on a saturday', facts: ['1pm'], escalate: false },
  { question: 'Just had new tyres put on my alloys with you this morning. Someone told me I should bring it back after a bit, is that right?', facts: ['50 miles'], escalate: false },
  { question: "If you haven't got my size in, how soon would it arrive?", facts: ['2pm'], escalate: false },

  // --- Unanswerable (10) ---
  { question: "Do you do air con regas? Mine's blowing warm air.", unknown: true, escalate: false },
  { question: "I bought two tyres online, will you fit them for me and how much would that be?", unknown: true, escalate: false },
  { question: "My alloys are all kerbed up from parallel parking. Can you refurbish them?", unknown: true, escalate: false },
  { question: 'If my car is in all day for brakes, do you give out a courtesy car?', unknown: true, escalate: false },
  { question: 'How much is a full service on a 2017 Focus?', unknown: true, escalate: false },
  { question: 'do you put nitrogen in the tyres', unknown: true, escalate: false },
  { question: "I'm a nurse, do you do an NHS discount on tyres?", unknown: true, escalate: false },
  { question: "How much to just balance my wheels? Not after new tyres, there's a wobble at 70.", unknown: true, escalate: false },
  { question: 'How long does the MOT itself take, should I wait or leave the car?', unknown: true, escalate: false },
  { question: 'Do you do DPF cleaning or a forced regen?', unknown: true, escalate: false },

  // --- Escalations (4) ---
  { question: "You put two new tyres on my Fiesta on Tuesday and this morning the front left is flat again. Not impressed at all.", escalate: true },
  { question: "Blown a tyre on the A14 near junction 9, on the hard shoulder with two kids in the car. Can someone come out to us?", escalate: true },
  { question: 'We run a small plumbing firm with 6 vans and want to get all their tyres and MOTs done in one place on account. Who do I talk to?', escalate: true },
  { question: "I was quoted £160 on the phone for pads and discs but got charged £210. I want the difference back.", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// 2. The Corkscrew Cellar (independent wine shop with tastings)
// ---------------------------------------------------------------------------------------------

export const WINE_CONTEXT =
  'The Corkscrew Cellar is an independent wine shop and tasting room at 14 Broad Street, Ludlow, ' +
  'Shropshire SY8 1NG, run by husband-and-wife team Helen and Marcus Bell since 2011. We stock around ' +
  '450 wines from small growers, plus Shropshire ciders, craft gins and whiskies, and run free Saturday ' +
  'tastings and ticketed tasting evenings. Phone 01584 877 215 or email hello@corkscrewcellar.co.uk. ' +
  'Opening hours: Tuesday to Thursday 10am-6pm, Friday and Saturday 10am-8pm, Sunday 11am-4pm, closed ' +
  'Mondays. Helen holds the WSET Diploma and does all the buying; Marcus runs the tasting events and ' +
  'the deliveries. We operate Challenge 25, so please bring photo ID if you look under 25.';

export const WINE_RULES: string[] = [
  'Anyone wanting a tasting for more than 12 people, or a private or corporate tasting, goes to Helen. She prices those herself.',
  "If someone says a bottle was corked or faulty and wants it replaced or their money back, pass them to Marcus. Don't promise anything.",
  'Pubs, restaurants, cafes or anyone asking about trade prices or us supplying their business: hand over to Helen.',
  "If a delivery arrived broken, was short, or never turned up, get a person to deal with it.",
];

export const WINE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Free Saturday Tastings',
    category: 'Tastings',
    content: `FREE SATURDAY TASTINGS

Every Saturday from 12 noon to 4pm we open 4-6 bottles on the tasting counter. No booking, no charge, just wander in. There's always at least one white, one red and something a bit unusual. The week's line-up goes up on our Instagram (@corkscrewcellar) every Friday afternoon.

Tasting pours are small (about 25ml) and we ask for one pour of each wine per person. Challenge 25 applies, and under 18s can't taste, even with a parent.

Any wine on the tasting counter is 10% off that day only (this can't be combined with the mixed case discount).

Driving? Just ask for a spittoon. Nobody minds, and it's what the professionals do.`,
  },
  {
    title: 'Tutored Tasting Evenings',
    category: 'Tastings',
    content: `# Tutored tasting evenings

On the first and third Friday of each month Marcus hosts a tutored tasting from 7pm to 9pm in our back room. Each evening has a theme (recent ones: "Beyond Malbec: South America" and "Grower Champagne") and you'll try 6 wines with a board of local cheese and charcuterie.

| Ticket | Price |
|---|---|
| Standard evening | £28 per person |
| Champagne & fizz evening | £40 per person |
| Cellar Club members | £5 off any ticket |

There are 16 seats per evening. Book at corkscrewcellar.co.uk/events or in the shop.

Cancellations: full refund if you cancel 7 days or more before the evening. After that we can move you to another evening once, but we can't refund.

Dietary needs: vegetarian boards are available if you tell us when you book.

Any wine poured on the night is 15% off if you buy it to take home.`,
  },
  {
    title: 'The Cellar Club (monthly wine club)',
    category: 'Cellar Club',
    content: `## The Cellar Club

Our monthly wine club, hand-picked by Helen.

Explorer .... £75 a month (6 bottles of everyday favourites)
Collector .... £130 a month (6 bottles from smaller growers and older vintages)

Every box comes with tasting notes and food-pairing cards. Members also get:
- 10% off everything else in the shop (not with other offers)
- £5 off tasting evening tickets

Boxes are ready to collect from the 1st of each month, or we deliver for £6.50 (free within 10 miles of Ludlow).

Q: Can I pause or cancel?
A: Yes, any time. Just let us know before the 20th of the month and it takes effect from the next box.

Q: Can I give it as a present?
A: Yes. Gift memberships run for 3, 6 or 12 months and are paid upfront.`,
  },
  {
    title: 'Delivery',
    category: 'Delivery',
    content: `DELIVERY

Local delivery (within 10 miles of Ludlow) .... free on orders over £60, otherwise £6.50
UK mainland courier (DPD) .... £9.95 per box of up to 12 bottles, free on orders over £150

Local deliveries go out on Tuesdays and Fridays, driven by Marcus. Courier orders placed by 2pm Monday to Thursday are sent the next working day.

All alcohol deliveries must be signed for by someone aged 18 or over, and the driver will ask for ID if they look under 25. If nobody's in, DPD will try again the next day. After two failed attempts the parcel comes back to us and we'll have to charge the return postage before sending it out again.

Sorry, we can't ship outside the UK.`,
  },
  {
    title: 'Mixed Case Discounts',
    category: 'Offers',
    content: `Mixed case discounts

Buy 6 or more bottles of wine and mix and match however you like:

| Bottles | Discount |
|---|---|
| 6-11 | 5% off |
| 12 or more | 10% off |

The discount doesn't apply to spirits, ciders, sale items or bottles already on offer. It can't be combined with the Cellar Club 10%; we'll apply whichever works out better for you.

Q: Does it have to be six of the same wine?
A: No, any mix of wines counts, including fizz and fortified wines like port and sherry.

Q: Does it work online too?
A: Yes, it's applied automatically at checkout.`,
  },
  {
    title: 'Gift Vouchers, Gift Boxes & Hampers',
    category: 'Gifts',
    content: `GIFTS

Gift vouchers from £10 to £250, valid for 12 months. They can be spent in the shop, online or on tasting evening tickets.

Gift wrapping
Single bottle gift box .... £4
Two-bottle wooden box .... £12
Tissue wrap and ribbon .... free

Hampers start at £45 (a bottle of red, Shropshire chutney, oatcakes and a local cheese) and go up to £150. Please order hampers at least 3 days ahead. Hampers with cheese are collection or local delivery only, because they need to stay cool.

We can add a handwritten gift message card free of charge. Just tell us what you'd like it to say.`,
  },
  {
    title: 'Wine for Parties & Weddings',
    category: 'Events',
    content: `# Wine for parties and weddings

Planning a party, wedding or wake? Helen will happily put together a selection to suit your budget. Book a free 20-minute chat in the shop.

Sale or return: on orders of 24 bottles or more, you can bring back any unopened, undamaged bottles within 14 days of the event for a full refund. Chilled bottles must still have their labels intact.

Glass loan: we lend wine glasses and flutes free of charge with any party order (in boxes of 24). Breakages or missing glasses are charged at £1.50 each. Please return them rinsed.

Ice: bags of ice are £2.50 each. Order them with your wine so we make sure we have enough in.

Q: Do you deliver for parties?
A: Yes, on our normal delivery terms, and Marcus can bring it to the venue on a Saturday for £15 if it's booked a week ahead.`,
  },
  {
    title: 'Returns & Refunds',
    category: 'Policies',
    content: `RETURNS

Changed your mind? Unopened bottles can be returned within 30 days with your receipt for a refund or exchange, as long as the capsule or foil is intact and the label isn't damaged.

We can't take back:
- Sale items marked "final bin"
- Gift boxes and hampers once they've been made up
- Party orders outside our sale-or-return terms

Online orders: arrange your return by emailing hello@corkscrewcellar.co.uk. You pay the return postage unless we sent you the wrong item.

Refunds go back onto the card you paid with within 5 working days. Cash purchases are refunded in cash in the shop.`,
  },
  {
    title: 'Our Range: Local, Organic & Vegan',
    category: 'Wines',
    content: `## What we stock

About 450 wines, most of them from small family growers. We don't stock the big supermarket brands.

Local corner: wines from Shropshire and the Welsh borders, including Teme Valley sparkling (£32) and Oldfield Vineyard Bacchus (£19.50), plus ciders from Clee Orchard.

Organic and biodynamic wines are marked with a green dot on the shelf label, and vegan-friendly wines are marked with a letter V. About a third of our range is organic.

Chilled: the fridge always has around 30 whites, rosés and sparkling wines ready to drink tonight.

Prices: everyday wines start at £9.50, and the dearest bottle on the shelf at the moment is a 2010 Château Léoville Barton at £145.

Special orders: if we don't stock it, Helen can usually get it in within a week. There's no minimum, and no deposit needed on orders under £50.`,
  },
  {
    title: 'The Tasting Room (wine by the glass)',
    category: 'Tasting Room',
    content: `THE TASTING ROOM

On Fridays and Saturdays from 4pm until 8pm the tasting room turns into a little wine bar.

Wine by the glass (175ml) .... £5.50 to £9
Any bottle from the shelves .... shop price + £10 corkage
Cheese or charcuterie board .... £12
Olives and bread .... £4.50

We don't take table bookings. There are 20 seats, first come first served.

Well-behaved dogs are welcome. Children are welcome with an adult until 6pm.

Last orders are at 7:45pm.`,
  },
];

export const WINE_DEV: EvalCase[] = [
  // --- Answerable (26) ---
  { question: "Where can I see which wines you're opening this Saturday?", facts: ['Instagram'], escalate: false },
  { question: 'how much are tickets for the friday night tasting thing', facts: ['£28'], escalate: false },
  { question: 'Is the Champagne night dearer than the normal ones?', facts: ['£40'], escalate: false },
  { question: "I booked two seats for your tasting evening on the 14th but my husband's been put on nights that week. Can we get our money back?", facts: ['7 days'], escalate: false },
  { question: "I don't eat meat, will there be something for me on the food board at the tasting evening?", facts: ['when you book'], escalate: false },
  { question: 'Which Fridays do you run the wine evenings?', facts: ['first and third'], escalate: false },
  { question: "What does the cheaper wine club cost a month?", facts: ['£75'], escalate: false },
  { question: 'how much is the fancier monthly box', facts: ['£130'], escalate: false },
  { question: "Want to stop my monthly wine box before next month's comes. Is there a cut-off?", facts: ['20th'], escalate: false },
  { question: "Dad's 70th is coming up and he loves his reds. Could I sign him up to your wine club as a present?", facts: ['3, 6 or 12 months'], escalate: false },
  { question: "I'm in Leominster, about 9 miles out. If I spend around £80 do I have to pay for you to drop it round?", facts: ['£60'], escalate: false },
  { question: 'What would it cost to send a case up to my sister in Leeds?', facts: ['£9.95'], escalate: false },
  { question: 'what days does your local van go out?', facts: ['Tuesday', 'Friday'], escalate: false },
  { question: "If I order this morning for courier delivery, when will it actually get sent off?", facts: ['next working day'], escalate: false },
  { question: "I'm at work all day but my son's 19 and will be home. Can he take the delivery in?", facts: ['18'], escalate: false },
  { question: "If I grab a dozen random bottles of wine, how much comes off?", facts: ['10%'], escalate: false },
  { question: 'Does the buy-six money off work on gin?', facts: ['spirits'], escalate: false },
  { question: 'Got a gift card for Christmas, how long have I got to spend it?', facts: ['12 months'], escalate: false },
  { question: 'Can you put two bottles in one of those wooden presentation boxes? How much extra?', facts: ['£12'], escalate: false },
  { question: "What's the cheapest hamper you do?", facts: ['£45'], escalate: false },
  { question: "We're getting married in June with about 100 guests and I'm worried about over-ordering. Can we bring back what doesn't get drunk?", facts: ['14 days'], escalate: false },
  { question: "If we borrow your glasses for our party and a few get smashed, what do we owe you?", facts: ['£1.50'], escalate: false },
  { question: "Bought three bottles as a gift last week but turns out they don't drink red. Still sealed, can I bring them back?", facts: ['30 days'], escalate: false },
  { question: "How can I tell which of your wines are organic when I'm browsing?", facts: ['green dot'], escalate: false },
  { question: 'Got any local bubbly?', facts: ['Teme Valley'], escalate: false },
  { question: "If we pick a bottle off your shelves to drink in on Friday evening, what's the extra charge?", facts: ['£10'], escalate: false },

  // --- Unanswerable (10) ---
  { question: "Do you sell any alcohol-free wine? I'm off the booze for a few months.", unknown: true, escalate: false },
  { question: 'Can I buy en primeur Bordeaux through you?', unknown: true, escalate: false },
  { question: 'Do you sell wine glasses? Want some decent ones for home, not to borrow.', unknown: true, escalate: false },
  { question: "Can I pick a time slot for local delivery? I'm not home until 5.", unknown: true, escalate: false },
  { question: "Is the shop step-free? My mum uses a wheelchair.", unknown: true, escalate: false },
  { question: "My late father left about 200 bottles in his cellar. Would you be interested in buying them?", unknown: true, escalate: false },
  { question: "Does Helen teach WSET courses? I'd like to do my Level 2.", unknown: true, escalate: false },
  { question: 'Where is best to park near the shop?', unknown: true, escalate: false },
  { question: 'Can you print personalised labels with our names on for wedding favours?', unknown: true, escalate: false },
  { question: 'do you price match majestic', unknown: true, escalate: false },

  // --- Escalations (4) ---
  { question: 'Opened the Rioja I bought from you for our anniversary dinner and it smelled like wet cardboard. Really disappointing. Can I get another?', escalate: true },
  { question: "I'm organising a leaving do for my team, about 20 of us. Could you run a wine tasting just for us one evening?", escalate: true },
  { question: "I've just taken over the Feathers Inn down the road and I'm looking for someone to supply our house wines. What sort of prices could you do?", escalate: true },
  { question: 'My case was meant to arrive Friday. DPD says delivered but there is nothing here, and nobody signed for it.', escalate: true },
];
