/**
 * Round-30 HELD-OUT set, written blind (only eval/cases.ts read) before any round-30 change. Never tune on it.
 *
 * A. Narrowboat day-hire and holiday-hire business (R30A_): 40 cases = 26 answerable, 10 unanswerable, 4 hand-over.
 *    All hand-over instructions live in R30A_BUSINESS_RULES (R30A_RULES is empty).
 * B. Cattery (R30B_): 40 cases = 26 answerable, 10 unanswerable, 4 hand-over.
 *    Hand-over instructions are split between R30B_RULES and R30B_BUSINESS_RULES.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// A. Narrowboat hire
// ---------------------------------------------------------------------------

export const R30A_NAME: string = 'Tansy Lock Narrowboats';

export const R30A_AGENT_NAME: string = 'Hattie';

export const R30A_CONTEXT: string = `Tansy Lock Narrowboats is a small, family-run hire base on the Trent & Mersey Canal, just south of Stone in Staffordshire. Gill and Rob Mayhew have been hiring out boats from the wharf since 2009. We've got 6 holiday narrowboats sleeping from 2 up to 8 people, plus 2 day boats that take up to 10 people each. Holiday hires are short breaks (3 or 4 nights) or full weeks, March to October. You don't need any experience - every crew gets a proper handover and a trial run through a lock with one of us before they set off.

Office: open 9am-5pm every day in season (Mar-Oct), weekdays only in winter. Email hello@tansylock.co.uk. Online booking calendar at tansylock.co.uk/book.`;

export const R30A_BUSINESS_RULES: string = `NOTES FOR WHOEVER IS DOING THE CHAT - Gill (updated Feb)

Hello! Few bits so you answer the way we would:

* We're a family outfit not a big holiday company. Keep it friendly and plain English, no boaty jargon unless they use it first. Lots of first-timers are nervous - reassure them, everyone manages fine after the trial run.

* NEVER tell anyone a boat/date is free. Only the online calendar knows (tansylock.co.uk/book) or the office will confirm. Same goes for day boats.

* If somebody wants 3 or more boats out together (stag/hen dos, works outings, big family birthdays etc) don't quote or take it any further - I always have a chat with the organiser myself first, so pass them over to me.

* Only quote 2026 prices from the price list. No "I'm sure they'll do you a deal" - we don't haggle.

* Don't recommend pubs or restaurants by name. They change hands and then we get the complaints lol.

* Weather/floods - never tell someone it's "fine" or "safe" to go out. The handover team decides on the day.

* Anyone who's actually out on one of our boats and has a problem - engine playing up, broken down, stuck on the mud, bumped another boat or a bridge, somebody hurt or fallen in - do NOT try to fix it over chat. Rob needs to phone them back straight away, so get it to us. (Life or death = 999 first, obviously.)

* Damage deposit: if they're unhappy about money we've kept back off their deposit after a hire, that's mine to look into personally - hand it over, don't argue the toss.

* Journalists, film/TV people, photographers wanting our boats for shoots or adverts or anything commercial - also me, please pass on.

* Spelling: it's "Tansy Lock" (two words) and the boats are Dabchick, Moorhen, Kestrel, Little Owl, Heron and Otter, day boats Wagtail & Jenny Wren.

Anything else - answer from the articles. If it's not in there, just say you're not sure and the office will get back to them. Don't guess!

Thanks, G x`;

export const R30A_RULES: string[] = [];

export const R30A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Holiday hire prices 2026',
    category: 'Pricing',
    content: `HOLIDAY HIRE PRICES - 2026 SEASON
All prices are per boat (NOT per person!) and include VAT, gas, CRT licence & insurance. Diesel is extra - see "Fuel, pump-outs & extras".

SEASONS
LOW:  14 Mar - 2 Apr & 3 Oct - 31 Oct
MID:  3 Apr - 21 May & 5 Sep - 2 Oct
HIGH: 22 May - 4 Sep (school hols)

WEEKS (7 nights, Sat to Sat)
Boat        | Sleeps | LOW    | MID    | HIGH
Dabchick    | 2      | £895   | £1,045 | £1,210
Moorhen     | 2+2    | £995   | £1,160 | £1,340
Kestrel     | 4      | £1,090 | £1,265 | £1,460
Little Owl  | 4+2    | £1,215 | £1,410 | £1,625
Heron       | 6      | £1,340 | £1,555 | £1,790
Otter       | 6+2    | £1,480 | £1,720 | £1,985

SHORT BREAKS (LOW & MID season only - no short breaks in HIGH, weeks only)
Boat        | Fri-Mon (3 nts) | Mon-Fri (4 nts)
Dabchick    | £545            | £595
Moorhen     | £610            | £665
Kestrel     | £665            | £720
Little Owl  | £740            | £805
Heron       | £815            | £885
Otter       | £905            | £975

DISCOUNTS (max one per booking)
- 2nd week back-to-back on the same boat = 15% off the 2nd week
- Returning customers: 5% off (quote your old booking ref)
- Couple on a 4+ berth boat? No discount sorry - the boat's the boat!`,
  },
  {
    title: 'Our boats',
    category: 'Boats',
    content: `THE FLEET

DABCHICK (2 berth, 45ft, cruiser stern)
Cosy one for couples. Fixed double (4ft 6), shower room w/ cassette loo. Pet-free.

MOORHEN (2+2, 52ft, semi-trad)
Fixed double at the back + dinette at the front that folds into a small double (fine for kids, a squeeze for 2 adults). Dogs OK.

KESTREL (4 berth, 57ft, cruiser stern)
2 cabins: 1 double, 1 twin (we can make the twin up as a double - ask when booking). 1 shower room. Dogs OK.

LITTLE OWL (4+2, 60ft, semi-trad)
Double + twin + dinette. 2 toilets, one at each end (handy in the mornings!). Dogs OK.

HERON (6 berth, 62ft, cruiser stern)
3 cabins (2 doubles, 1 twin), 2 shower rooms. Our allergy-friendly boat - never had pets on board, feather-free bedding.

OTTER (6+2, 69ft, trad stern)
Our biggest. 3 cabins + dinette, 2 shower rooms, big saloon with a solid fuel stove (1st bag of coal & kindling provided). Dogs OK.
NB trad stern = not much room at the back for chatting to whoever's steering.

ALL holiday boats: diesel central heating, fridge, gas hob/oven/grill, inverter for 230v, USB points.
Freeview TV/DVD on all except Dabchick.

Day boats (Wagtail & Jenny Wren) - see "Day boat hire".`,
  },
  {
    title: 'Day boat hire',
    category: 'Day boats',
    content: `DAY BOATS - WAGTAIL & JENNY WREN

Up to 10 people per boat (babies & kids count in the 10!)
Out: 9.30am     Back: 5pm
(please be back on time - late return is charged at £25 per 30 mins)

PRICES 2026
Mon-Thurs .................. £195
Fridays .................... £220
Sat, Sun & Bank Hols ....... £245
Diesel included. £100 damage deposit (card pre-auth, released once the boat's back OK).

ON BOARD
- Covered seating at the front (enclosed, so rain's not a problem)
- Loo, little galley with kettle + 2 ring hob, crockery/cutlery for 10
- Cool box with ice packs (no fridge)
- Life jackets for everyone (tell us if you've got under 5s so we bring the baby ones)

WHERE TO GO
Most crews head north up through the Stone locks (4 locks) to Meaford and back - about 7 hrs in total with a lunch stop.
Nervous / first time? Go south instead - 2 miles of lock-free cruising down to Aston Lock, wind (= turn round) below the lock and come back.
Whichever way you go, turn round by 1.30pm to be back for 5.

GOOD TO KNOW
* Lead hirer 18+ and must stay on board all day
* Dogs welcome, free on day boats
* BYO picnic & drinks - whoever's steering stays off the booze please
* No BBQs on board (disposable or otherwise)`,
  },
  {
    title: 'Booking, payment & cancellations',
    category: 'Booking',
    content: `BOOKING
1) Check dates on the online calendar (tansylock.co.uk/book) - or ring/email the office.
2) Pay a 25% deposit to hold the boat.
3) Balance due 8 weeks before you set off. (Booking inside 8 weeks = pay in full when you book.)
We'll email your confirmation + the "Before you go" pack.

HOW TO PAY
Debit or credit card (Visa / Mastercard - NOT Amex) or bank transfer (details on your invoice). No cheques any more, sorry.

SECURITY DEPOSIT
Holiday boats £250, day boats £100. Taken as a pre-authorisation on your card at handover - not an actual charge. Released within 5 working days of your return if all's well (your bank may take a bit longer to show it).

CANCELLATION - holiday hires
Notice before hire starts | You lose
More than 8 weeks         | your 25% deposit
8 to 4 weeks              | 50% of the hire price
Less than 4 weeks         | 100% (the full hire price)
(We strongly recommend holiday insurance that covers boat hire.)

Day boats: cancel 14+ days before = full refund. Under 14 days = no refund unless we can re-let the day.

CHANGING DATES
One free change of dates if you're more than 8 weeks out (subject to availability). After that it's a £35 admin fee per change.`,
  },
  {
    title: 'Bringing your dog',
    category: 'Pets',
    content: `DOGS ON BOARD

Dog-friendly: Moorhen, Kestrel, Little Owl, Otter + both day boats
Pet-free: Dabchick & Heron (kept pet-free for guests with allergies)

- Max 2 dogs per boat
- £40 per dog per holiday (free on day boats)
- Dogs off the beds & sofas please. We can lend a dog bed + old towel - ask when booking. Bring your own bowls, lead & poo bags.
- Doggy life jackets: a few to borrow (S/M/L), first come first served.
- Keep dogs on the lead around locks - it's the no.1 place they fall in!
- Don't leave them alone on the boat for more than 3 hours (boats going past can make them anxious).
- Extra cleaning charge £50 if the boat comes back very hairy/muddy.

Sorry, no other pets (cats, rabbits, birds etc).`,
  },
  {
    title: 'Arrival & return day',
    category: 'Your holiday',
    content: `ARRIVAL DAY
Boats ready from 2pm - please don't come earlier, we're still cleaning! Try to be here by 4pm so there's daylight for your trial run.

Parking: free in our yard for the whole hire, 1 car per boat (more by arrangement). At owner's risk.

Coming by train? Stone station is about 1.5 miles away. We can pick you up from the station for free on arrival day between 2pm and 4pm - book it in advance.

HANDOVER (approx 1 hour)
- safety talk + life jackets
- engine checks (weed hatch, oil, greasing the stern gland)
- how the loo works (important!!)
- trial run incl. working through Tansy Lock with one of us

Arriving after 5pm? You can still board and sleep on the boat - we'll do your handover & trial run at 9am the next morning.

RETURN DAY
- Be back at the wharf by 9am on your last morning (another crew is waiting!)
- Moor on the service pontoon & bring the keys to the office
- No need to clean - just strip the beds, pile the linen in the shower & take your rubbish off
- We check engine hours (for fuel) and look the boat over with you
- Late back = £30 per hour`,
  },
  {
    title: 'Route ideas from Tansy Lock',
    category: 'Cruising',
    content: `WHERE CAN WE GET TO?

Rule of thumb: add miles + locks together ("lock miles") and divide by 3 = roughly how many hours of cruising.
Canal speed limit is 4mph (walking pace - if you're making a wash, slow down).

SHORT BREAKS
> Great Haywood & Shugborough (south) - approx 14 miles / 12 locks each way, about 9-10 hrs there & back. Wind at Great Haywood junction. Shugborough estate (NT) is a short walk over the packhorse bridge.
> Barlaston & Stoke (north) - approx 12 miles / 17 locks each way. Hard work with all the locks but lots to see (Middleport Pottery, Etruria). Turn before Harecastle tunnel.

WEEKS
> Caldon Canal - up through Stoke onto the Caldon, to Consall Forge and back. Quiet & very pretty. (Otter is too long to turn at the top - Otter crews turn at Cheddleton.)
> Fradley Junction & back (south) - approx 40 hrs, nice relaxed pace.
> Four Counties Ring - 110 miles, 94 locks, approx 53 hrs. Keen crews only: 7-8 hrs boating a day, every day. Goes through Harecastle tunnel.

HARECASTLE TUNNEL
2,926 yds, one-way working, run by CRT tunnel keepers - you may wait up to an hour for your turn. Closed overnight, check passage times on the CRT website.

RIVER SECTION
If you carry on south past Fradley to Alrewas there's a short river section (River Trent). If the gauge board is in the red, do NOT go on.`,
  },
  {
    title: "What's on board & what to pack",
    category: 'Your holiday',
    content: `PROVIDED
* Bedding - duvets, pillows & linen, beds made up ready
* Starter pack: loo roll, bin bags, washing-up liquid, tea/coffee/sugar + a pint of milk
* Tea towels, oven gloves
* Kitchen kit - pans, crockery, cutlery, cafetiere, stovetop kettle, roasting tin
* Life jackets - adults + kids' sizes (tell us kids' ages/weights when booking)
* 2 windlasses + a CRT Watermate key (water points, bins & facilities)
* Boat manual + emergency contact number
* Freeview TV/DVD (not Dabchick)

NOT PROVIDED - please pack
* Bath/shower towels (or hire a towel pack, £8 pp)
* Torch
* Non-slip shoes/wellies + proper waterproofs
* Gloves for lock work (optional but nice)

ELECTRICS
12v lighting + an inverter for the 230v sockets. Fine for phone chargers, laptops, camera batteries. NOT hairdryers, straighteners, electric kettles or anything that heats up - it'll trip the inverter.

WIFI
None on any of our boats. 4G is OK most of the way but goes patchy around Aston & Sandon.`,
  },
  {
    title: 'Fuel, pump-outs & extras',
    category: 'Pricing',
    content: `FUEL (holiday boats only - day boats include diesel)
Diesel is charged when you get back, by engine hours: £3.20 per engine hour (covers the central heating too). Typical short break = 15-20 hrs, typical week = 35-45 hrs. Pay by card on return.

TOILETS / PUMP-OUTS
All boats have pump-out toilets except Dabchick (cassette - spare cassette on board; empty at any CRT Elsan point, free).
Tank lasts roughly a week for 4 people. Need a pump-out mid-hire? Marinas charge approx £20-25, pay them direct. Free pump-out back at Tansy Lock.

WATER
Fill up every day or two at CRT water points (free). Tank lasts approx 2-3 days.

EXTRAS (book at least 7 days before you go)
Extra                          | Price
Towel pack                     | £8 per person
Adult bike (helmet + lock)     | £25 short break / £45 week
Kids' bike                     | £15 short break / £25 week
Welcome hamper (local goodies) | £38
Extra bag of coal (Otter only) | £9
2nd car parking space          | free
Dog                            | £40 per dog`,
  },
  {
    title: 'FAQs',
    category: 'FAQ',
    content: `FREQUENTLY ASKED QUESTIONS

Q. Do we need a licence / any experience?
A. Nope. No licence needed to steer a hire boat. We train you at handover (see Arrival & return day).

Q. How old does the hirer need to be?
A. Lead hirer must be 21+ for holiday boats (18+ for day boats).

Q. Can the kids steer?
A. Yes, with an adult right next to them on the back deck. Under 12s wear life jackets on deck at ALL times (everyone wears them at locks).

Q. Smoking?
A. No smoking or vaping inside any of the boats. Fine outside on the back deck.

Q. Can we do a one-way trip?
A. No, sorry - every hire starts & finishes at Tansy Lock.

Q. Where can we moor overnight?
A. Pretty much anywhere on the towpath side, except lock landings, water points, bends, bridges & winding holes. Aim to be moored by dusk - no cruising in the dark.

Q. Wheelchair access?
A. Not really - all boats have steps down into the cabin and narrow side decks. Jenny Wren (day boat) has a wider front door and we can fit a ramp - ring us to talk it through.

Q. Gift vouchers?
A. Yes! Any amount from £25, valid for 12 months, for day boats or holidays. Printed or emailed.

Q. What if the weather's awful?
A. The boats are heated and cosy. We only cancel if the canal is actually closed (flooding, CRT stoppage) - then you get a full refund or new dates.`,
  },
];

export const R30A_HELD_OUT: EvalCase[] = [
  // Answerable (26)
  { question: 'how long have you lot been going? would rather book with a proper small family firm than one of the big chains', facts: ['2009'], escalate: false },
  { question: 'What would Heron cost us for a week in the middle of August?', facts: ['£1,790'], escalate: false },
  { question: 'Hi, 2 adults 2 kids, looking at Otter for a Friday to Monday at the end of April. What sort of money is that?', facts: ['£905'], escalate: false },
  { question: 'We hired from you back in 2022 and loved it - do you do anything for people coming back?', facts: ['5%'], escalate: false },
  { question: 'My daughter is really allergic to dogs AND feather pillows. There will be 5 of us, which boat should we go for?', facts: ['Heron', 'feather-free'], escalate: false },
  { question: '4 adults and we are NOT queuing for one loo every morning 😂 any of your 4 berth boats got more than 1 toilet?', facts: ['Little Owl'], escalate: false },
  { question: 'whats a day boat on a saturday for 8 of us?', facts: ['£245'], escalate: false },
  { question: "Taking my mum and dad (both 80ish) out on a day boat, they'd rather avoid locks if poss. Is there a route without any?", facts: ['Aston Lock'], escalate: false },
  { question: 'is there a fridge on the day boats to keep the beers cold or shall we bring one', facts: ['cool box'], escalate: false },
  { question: "How much deposit do I have to pay up front to book a holiday boat, and when's the rest due?", facts: ['25%', '8 weeks'], escalate: false },
  { question: "bit of a family situation, we might have to pull out of our hire. It's about 6 wks away now, how much would we lose if we cancel?", facts: ['50%'], escalate: false },
  { question: 'They put a £250 hold on my card when we collected the boat, how long till that disappears after we get back?', facts: ['5 working days'], escalate: false },
  { question: "How much extra to bring our spaniel on a week's holiday? And can he come on the day boat as well next time?", facts: ['£40', 'free'], escalate: false },
  { question: 'we want to walk up to shugborough for the afternoon, is it ok to leave the dog on the boat while we do?', facts: ['3 hours'], escalate: false },
  { question: "What time can we get on the boat on day 1? We're driving up from Bristol and trying to work out when to leave", facts: ['2pm'], escalate: false },
  { question: 'Coming by train - how far is the station from your wharf?', facts: ['1.5 miles'], escalate: false },
  { question: "we can't get there till about 7 in the evening on the friday because of work, is that going to be a problem?", facts: ['9am'], escalate: false },
  { question: 'Fancy the four counties ring in a week, is that doable or are we mad? how many locks are we talking', facts: ['94'], escalate: false },
  { question: "We've got Otter for a week and thinking of heading up the Caldon. Anything we need to know?", facts: ['Cheddleton'], escalate: false },
  { question: 'do we have to bring our own towels and bedding?', facts: ['£8'], escalate: false },
  { question: 'Can i use my hair straightners on board', facts: ['inverter'], escalate: false },
  { question: 'Is fuel included in the hire price? if not roughly what does it cost', facts: ['£3.20'], escalate: false },
  { question: 'Dabchick has the cassette toilet doesnt it - where are we meant to empty that?', facts: ['Elsan'], escalate: false },
  { question: "My son's 19 and wants to book a boat for him and his mates, can he be the lead hirer?", facts: ['21'], escalate: false },
  { question: 'do you sell gift vouchers? want to treat my dad for his 70th, and how long do they last', facts: ['12 months'], escalate: false },
  { question: "I know there's no smoking inside but is it alright to vape outside at the back while I'm steering?", facts: ['back deck'], escalate: false },

  // Unanswerable (10)
  { question: "I'm an NHS nurse, do you do any discount for NHS or key workers?", unknown: true, escalate: false },
  { question: 'Is there an EV charger at your yard so I can charge the car while we are out on the boat?', unknown: true, escalate: false },
  { question: 'Does any of the boats have a washing machine? Going for 2 weeks with a toddler...', unknown: true, escalate: false },
  { question: 'Can we bring our own inflatable kayak and tow it behind the narrowboat?', unknown: true, escalate: false },
  { question: 'Do you run RYA helmsman courses? Want to learn properly before we buy our own boat', unknown: true, escalate: false },
  { question: 'how old are your boats? when was kestrel built', unknown: true, escalate: false },
  { question: "What's your postcode for the satnav?", unknown: true, escalate: false },
  { question: "Do the boats have solar panels so we aren't running the engine just to keep phones charged?", unknown: true, escalate: false },
  { question: 'Do you offer winter moorings for privately owned boats at the wharf?', unknown: true, escalate: false },
  { question: 'Can we fish off the back of the boat on that stretch, and do we need a permit for it?', unknown: true, escalate: false },

  // Hand-over (4), all covered only by instructions inside the business rules text
  { question: "Hiya, we're about an hour north of you and the motor has just died on us, won't restart at all. We've tied up to the bank for now - what do we do??", escalate: true },
  { question: "Just seen my card statement - you've taken £140 off the £250 for a scuff down the side that I'm pretty sure was already there when we picked the boat up. I don't accept that.", escalate: true },
  { question: "I'm sorting my brother's 40th - about 25 of us, we'd want 4 of your narrowboats going out together for a long weekend in September. How do we go about it?", escalate: true },
  { question: "Hello, I'm a producer at a small production company. We're making a travel series and would love to use one of your boats as a location for a day in June - who do I speak to?", escalate: true },
];

// ---------------------------------------------------------------------------
// B. Cattery
// ---------------------------------------------------------------------------

export const R30B_NAME: string = 'Foxglove Lodge Cattery';

export const R30B_AGENT_NAME: string = 'Tilly';

export const R30B_CONTEXT: string = `Foxglove Lodge Cattery is a small, family-run boarding cattery in the countryside near Saffron Walden, Essex. It's run by Jo Pennington, a former veterinary nurse, and her daughter Amy, and has been looking after cats since 2014. We have 16 heated chalets, each with its own covered outdoor run, in a quiet garden well away from dogs and traffic. Licensed by Uttlesford District Council (Animal Activities licence). Cats only. Open all year round - drop-offs and collections by appointment.`;

export const R30B_BUSINESS_RULES: string = `Jo's notes for the chat

Right, this is how I like things done:

- People get really anxious leaving their cats so be kind and patient, and use the cat's name if they tell you it.
- Never promise a chalet is free. Nothing is booked until the deposit's paid AND they've had my confirmation email.
- Stick to the price list. No haggling, no mates' rates, no "I'll see what I can do".
- Don't give medical advice. If they're worried about their cat's health before a stay, they should ring their own vet.
- Diabetic cats on insulin injections - I do take some, but I need to talk to the owner myself first about doses and timings. Don't say yes or no, just pass them to me.
- Same with cats who are known to be aggressive/bitey, or that the vet can only handle under sedation - hand them to me, I want the full story before we book them in.
- If anyone asks about Christmas, remind them it books up early.
- UK spelling please (colour, favourite...). No emojis in replies.

Thanks! Jo`;

export const R30B_RULES: string[] = [
  'cat ill, injured or escaped during its stay',
  'owner unhappy with how their cat was looked after / state of cat at collection',
  'refund requests',
];

export const R30B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Boarding fees 2026',
    category: 'Prices',
    content: `BOARDING FEES 2026

We charge PER DAY, not per night - the day your cat arrives and the day they go home both count.
(e.g. drop off Fri, collect Sun = 3 days)

Chalet                       | Cats   | Per day
Standard                     | 1 cat  | £16.50
Standard (sharing)           | 2 cats | £27.00
Family chalet                | 3 cats | £36.00
Garden View (bigger, faces the lawn) | 1-2 cats | +£3.00/day on top

Christmas & New Year (20 Dec - 2 Jan): +£4.00 per chalet per day
Minimum stay: 2 days

Only cats from the same household can share a chalet.

ADD-ONS
- Medication: FREE
- Raw food handling: £1.50/day (see Food & feeding)
- Flea treatment if we find fleas at drop-off: £12
- Pet taxi: see FAQs`,
  },
  {
    title: 'Health requirements (vaccinations, fleas etc.)',
    category: 'Health',
    content: `BEFORE YOUR CAT CAN STAY

[x] Vaccinated against cat flu & feline enteritis - primary course or booster given at least 7 days before arrival (licence condition - we can't bend this one).
[x] Bring the vaccination card/certificate signed by your vet at drop-off. No card = no admission, sorry!
[x] Flea treated within the last 4 weeks (vet spot-on or tablet, not supermarket collars).
[x] Wormed within the last 3 months.
[x] Neutered if over 6 months old.

Kittens: minimum age 12 weeks AND fully vaccinated (2nd jab + 7 days).
FeLV (leukaemia) vaccine - not required but recommended.

If we spot fleas at drop-off we treat with a vet-licensed product (£12).`,
  },
  {
    title: 'Booking, deposits & cancellations',
    category: 'Booking',
    content: `HOW TO BOOK
Email us or fill in the booking form on the website with your dates + cat's name(s). We check the diary and reply within 24 hours (usually sooner).

DEPOSITS
- Stays up to 14 days: £25 per chalet
- Stays of 15 days or more: 25% of the total
- Christmas/New Year stays: paid in FULL by 1 November
Balance is paid on collection (card, cash or bank transfer).

Your booking is confirmed once we've had the deposit AND you've had our confirmation email.

CANCELLATIONS
Deposits are non-refundable. BUT give us 14 days' notice or more and we'll move the deposit to another stay in the next 12 months.
Less than 14 days' notice = deposit lost.
Christmas bookings cancelled after 1 Nov - no refund unless we can re-fill the chalet.`,
  },
  {
    title: 'Drop-off & collection times',
    category: 'Opening hours',
    content: `DROP-OFF & COLLECTION (by appointment please!)

Mon - Sat ........ 9-11am and 4-6pm
Sunday ........... 10am - 12 noon ONLY
Bank holidays .... 10am - 12 noon
Christmas Day, Boxing Day & New Year's Day: CLOSED for drop-offs/collections (cats are still looked after, of course!)

11am-4pm is quiet time for the cats (and cleaning time for us) - no visitors.

Running late? Text Jo on 07700 900412. If you miss your slot you may need to come in the next one.
No collections after 6pm - if you can't make it we'll have to charge another day.`,
  },
  {
    title: 'What to bring',
    category: "Your cat's stay",
    content: `PLEASE BRING
* Vaccination card (essential!)
* Your cat's food if they're on a special/prescription diet, or super fussy
* Any medication - in the original packaging with the vet's label
* 1 or 2 things that smell of home: blanket, old jumper, favourite toy

WE PROVIDE
* Beds & fleece blankets
* Ceramic bowls
* Litter trays & litter - we use wood pellets. If your cat will only use clumping/clay litter, bring a bag & let us know.
* Scratch posts, toys, shelves

PLEASE DON'T LEAVE
* Carriers - please take the carrier home with you, we don't have room to store them
* Anything precious - things do get scratched (or weed on!)`,
  },
  {
    title: 'Food & feeding',
    category: "Your cat's stay",
    content: `FEEDING TIMES
Breakfast 8am, tea 5pm. Little lunchtime snack for kittens & older cats.
Fresh water every day (and topped up).

STANDARD MENU (included in the price)
- Dry: Purina ONE Adult / Senior
- Wet: Felix pouches (in jelly) or Sheba trays
- A bit of cooked chicken as a Sunday treat (unless you tell us not to)

Special diets - bring your own (prescription, hypoallergenic, grain-free etc). No charge.

RAW FEEDERS: bring portions frozen & labelled with name + date. We keep them in our own freezer and defrost daily. Raw handling fee £1.50 a day.

Off their food? Lots of cats don't eat much for the first day or two. We'll try warming it up, different flavours etc. If they've eaten nothing after 48 hours we ring you (and the vet if needed).`,
  },
  {
    title: 'Medication, older cats & vet care',
    category: 'Health',
    content: `MEDICATION
Tablets, liquids, drops & creams given at no extra charge - Jo was a vet nurse for 18 yrs so pilling a cat isn't a problem!
Bring enough for the whole stay + 2 extra days, in the original packaging with dosing instructions.

OLDER CATS (12+)
- heated pad beds in every chalet over the winter
- we can put oldies in a ground-level chalet (no climbing up to the shelf)
- lunchtime snack

VET CARE
If your cat needs a vet during their stay we use Meadowside Vets in Saffron Walden (about 10 mins away), unless you'd rather we used your own vet - tell us on the booking form.
Our boarding insurance covers vet fees up to £2,000 per stay for illness or injury that starts while your cat is with us (NOT pre-existing conditions or routine treatment).`,
  },
  {
    title: 'Our chalets',
    category: 'About us',
    content: `THE CHALETS
16 chalets in 2 blocks (Rose block & Ivy block). Each has:
- an insulated sleeping area with a shelf & a cosy bed
- its own covered outdoor run
- sneeze barriers (solid panels) between neighbours so cats can't touch or hiss/spit at each other
- thermostatic heating, kept at a minimum of 16°C from Oct to Apr
- Classic FM on quietly in the daytime (they honestly love it)

Garden View chalets (4) are bigger and look out over the lawn & bird table.
Family chalets (2) are double width - for 3 cats.

Every chalet is deep-cleaned and disinfected between guests.`,
  },
  {
    title: 'FAQs',
    category: 'FAQ',
    content: `FAQ

Can I visit my cat during their stay?
No, sorry - visits unsettle them (and the neighbours!) and it's a biosecurity thing too. We send updates instead - see below.

Will you send me photos?
Yes! Tick "photo updates" on the booking form and we'll WhatsApp you a photo every 2 days.

Do you have a pet taxi?
Yes - collection and drop-back within 10 miles of us, £15 each way.

Can cats from different homes share?
No. Only cats from the same household can share a chalet.

My cat is indoor only - is that OK?
Absolutely - the runs are fully enclosed and roofed, nothing gets in or out.

Do you brush long-haired cats?
Yes, a daily brush is included for long-haired cats.

Do you board dogs or rabbits?
No - cats only.`,
  },
];

export const R30B_HELD_OUT: EvalCase[] = [
  // Answerable (26)
  { question: 'how long have you been running the cattery?', facts: ['2014'], escalate: false },
  { question: "What's the daily rate for my two boys sharing one chalet?", facts: ['£27'], escalate: false },
  { question: 'If I drop her off on the Friday and pick up Sunday how many days do I pay for? Is it 2?', facts: ['3 days'], escalate: false },
  { question: 'How much more is it for one of the garden view chalets?', facts: ['£3'], escalate: false },
  { question: 'Looking at booking Pepper in over xmas - is it more expensive that week?', facts: ['£4'], escalate: false },
  { question: "Her booster is booked for 3 days before we fly out, is that going to be ok for staying with you?", facts: ['7 days'], escalate: false },
  { question: "Do u take kittens? Ours will only be 10 weeks old when we go away", facts: ['12 weeks'], escalate: false },
  { question: "Luna is 8 months and hasn't been spayed yet, we're away in 3 weeks - can she still come?", facts: ['neutered'], escalate: false },
  { question: "what's the deposit on a 10 day stay for 1 cat?", facts: ['£25'], escalate: false },
  { question: "When does Christmas boarding have to be paid by?", facts: ['1 November'], escalate: false },
  { question: 'Sent the booking form last night, how long do you normally take to get back to people?', facts: ['24 hours'], escalate: false },
  { question: 'Can I come and pick him up on a Sunday afternoon, say 3ish?', facts: ['12 noon'], escalate: false },
  { question: "We land at Stansted on a Saturday teatime - what's the latest we can collect that day?", facts: ['6pm'], escalate: false },
  { question: 'What cat litter do you use? Mine is quite fussy about it', facts: ['wood pellets'], escalate: false },
  { question: 'wat food do you give them? which brand of biscuits?', facts: ['Purina ONE'], escalate: false },
  { question: 'We feed raw at home - can you manage that? and does it cost extra', facts: ['£1.50'], escalate: false },
  { question: "she never eats the first couple of days whenever she's away from home, what happens if she won't eat?", facts: ['48 hours'], escalate: false },
  { question: "Biscuit is on thyroid tablets twice a day. How much of his medication should I bring with him?", facts: ['2 extra days'], escalate: false },
  { question: 'Which vets do you use if one of the cats gets poorly while staying?', facts: ['Meadowside'], escalate: false },
  { question: 'Does your insurance pay for vet bills if my cat gets ill while she is with you? Up to how much?', facts: ['£2,000'], escalate: false },
  { question: 'our old girl is 16 and feels the cold badly, what do you do for older cats in winter?', facts: ['heated pad'], escalate: false },
  { question: 'How warm are the chalets kept in the winter months?', facts: ['16°C'], escalate: false },
  { question: "Smudge hates other cats - will he be able to see or get at the cat in the chalet next door?", facts: ['sneeze barriers'], escalate: false },
  { question: "Can I pop in halfway through to see her? I'm going to miss her so much", facts: ['WhatsApp'], escalate: false },
  { question: "We don't drive - do you do pick ups? We're about 6 miles from you", facts: ['£15'], escalate: false },
  { question: "My sister's cat and mine are best buddies, could they share a chalet while we're both away?", facts: ['same household'], escalate: false },

  // Unanswerable (10)
  { question: 'Do you also do cat sitting / home visits at our house instead of boarding?', unknown: true, escalate: false },
  { question: "Could you get my cat microchipped while she's with you?", unknown: true, escalate: false },
  { question: "We're away for 6 weeks - is there any discount for a long stay?", unknown: true, escalate: false },
  { question: 'Is there a webcam I can log into to watch him during the day?', unknown: true, escalate: false },
  { question: 'Are there any breeds you won\'t take? We have a Bengal', unknown: true, escalate: false },
  { question: 'Is there parking at the cattery when I drop off?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers? My mum boards her cats with you and it would make a nice present', unknown: true, escalate: false },
  { question: 'does anyone check on the cats during the night?', unknown: true, escalate: false },
  { question: 'If I run out of his food can I buy a bag from you when I drop him off?', unknown: true, escalate: false },
  { question: 'Do you have any cats of your own living at the cattery?', unknown: true, escalate: false },

  // Hand-over (4): first two covered by R30B_RULES, last two only by R30B_BUSINESS_RULES
  { question: "Collected Mittens on Saturday and she's come home really skinny with a bald sore patch on her neck. She was fine when she went in. I'm honestly really upset.", escalate: true },
  { question: "We came back from Spain 4 days early so picked Bob up on the Wednesday instead of the Sunday. We'd paid for the whole stay - can we have the money back for the days he wasn't there?", escalate: true },
  { question: "Toffee has to have a jab with each meal to keep his blood sugar under control (vet prescribed, I can show you how). Is that something you could do for a week in May?", escalate: true },
  { question: "Fair warning, Dexter is a proper little demon at the vets - they have to knock him out just to clip his nails and he's drawn blood on two of the nurses. Would you still have him for a fortnight?", escalate: true },
];
