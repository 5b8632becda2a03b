/**
 * Round-29 DEV set (third pair), written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Businesses:
 *   1. Spotless Motors – Mobile Valeting & Detailing (Stockport)
 *      26 answerable, 10 unanswerable, 4 escalate (40 cases). Hand-over rules in an escalation list.
 *   2. Hollybrook Farm Park & The Hayloft Café (nr Ludlow, Shropshire)
 *      26 answerable, 10 unanswerable, 4 escalate (40 cases). Hand-over rules inside the business
 *      rules text; escalation list left empty.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// 1. Spotless Motors – mobile car valeting & detailing
// ---------------------------------------------------------------------------------------------

export const VALET_CONTEXT: string = `Spotless Motors – Mobile Valeting & Detailing, Stockport

We come to you! Home, work, wherever the car's parked.
Run by Dan Whitfield (10 yrs in the trade) with Kyle helping out on Saturdays.

Covering: Stockport & surrounding areas – SK1 to SK8 (Bramhall, Cheadle, Hazel Grove, Marple, Romiley etc) plus south Manchester – Didsbury (M20), Burnage/Levenshulme (M19) & Wythenshawe (M22).

Phone / WhatsApp: 07723 418905 (WhatsApp is best - we're usually elbow deep in a car so it gets a quicker reply)
Email: bookings@spotlessmotors.co.uk
Unit (ceramic & paint correction work only): Unit 4, Brinnington Trade Park, Stockport SK5 8BT

Hours
Mon-Fri 8-6
Sat 8am-4pm
Sun - closed

Fully insured - £5m public liability plus care, custody & control cover.`;

export const VALET_BUSINESS_RULES: string = `Notes for the website chat - Dan

Keep it short & friendly, like you're texting a customer. UK spelling. None of the "Dear Sir" stuff.

Prices - if you don't know what size the car is, give the range or ask what car it is. Always mention prices can go up if the car is in a really bad state (we always say before starting).

DON'T book anyone in or promise a date/time - the diary is on my phone. Send them to WhatsApp 07723 418905 or the booking form on the site.

Don't promise we can get a scratch or stain out. Say we'd need to see it, they can send a photo on WhatsApp.

If we don't do something or it's not on the price list, DON'T make up a price. Just say you're not sure and they can WhatsApp me.

Never give out Kyle's number.

Anything about damage, stuff missing or complaints - don't argue and don't admit anything, pass it over to me (see the escalation list).`;

export const VALET_ESCALATION_RULES: string[] = [
  'Customer says their car was damaged during or after a valet (scratches, marks, broken trim etc) - hand over to Dan',
  'Anything reported missing from a vehicle after we cleaned it',
  'Complaints about a finished job or anyone asking for their money back',
  'Fleet / contract quotes for more than 10 vehicles',
  'Customer asks to speak to Dan or a real person',
];

export const VALET_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Valeting Price List',
    category: 'Pricing',
    content: `MAINTENANCE / MINI VALET   (approx 1 hr)
wash (snow foam + 2 bucket method), wheels & arches, tyre shine, windows in & out, hoover throughout, wipe down dash/doors/console

  Small (Fiesta, Corsa, Polo, Yaris) ......... £35
  Medium (Focus, Golf, A3, Qashqai) .......... £40
  Large / Estate / SUV ....................... £50
  7 seater / MPV ............................. £55
  Vans - cab & outside only .................. £45

FULL VALET   (allow 3-4 hours)
everything in the mini PLUS shampoo & extract seats and carpets, leather clean & condition, door shuts, boot, hand polish & wax on the paintwork

  Small ...................................... £85
  Medium ..................................... £95
  Large / Estate / SUV ....................... £110
  7 seater / MPV ............................. £125

*Prices are for cars in normal condition. Heavily soiled (mud, sand, sick, mould) may be extra - we'll always tell you before we start.`,
  },
  {
    title: 'Extras & Add-ons',
    category: 'Pricing',
    content: `Add any of these on to a valet:

- Pet hair removal ............ £15-£30 depending how bad (some breeds weave right into the carpet!)
- Child seat clean ............ £10 each (we take them out, shampoo & refit)
- Engine bay clean ............ £25
- Headlight restoration ....... £40 a pair
- Odour removal (ozone treatment) ... £45 - great for smoke, damp or dog smells. Car has to stay shut up for 1 hour afterwards
- Clay bar decontamination .... £30 small/med | £40 large`,
  },
  {
    title: 'Detailing, Paint Correction & Ceramic Coatings',
    category: 'Detailing',
    content: `If your paint looks dull or is covered in swirl marks (those spider web scratches you see in the sun, usually from automatic car washes) a machine polish makes a massive difference. Enhancement detail (single stage machine polish) starts from £250 and takes out roughly 50-70% of swirls. Two stage paint correction is from £450 and gets out 80-90%+. Deeper scratches - general rule, if your fingernail catches in it, it's probably through the clear coat and we can't polish it out completely, but we can usually improve it. We'd need to see it first.

Ceramic coatings
  3 year coating ..... £600 (includes single stage polish)
  5 year coating ..... £850 (includes single stage polish)

All ceramic & correction work is done at our unit in Brinnington because the car has to be kept dry and indoors while the coating cures. We need the car for 2 days - drop off 8:30am on day 1, collect after 4pm on day 2.

Aftercare: don't wash it for 7 days, then pH neutral shampoo only and no automatic car washes.`,
  },
  {
    title: 'Booking, Deposits & Payment',
    category: 'Bookings',
    content: `HOW TO BOOK
WhatsApp us on 07723 418905 or use the booking form on the website. Send us the make/model, your postcode and what you're after and we'll send back a price and available slots.

DEPOSITS
£20 deposit for any full valet, detail or any job over £80. Paid by bank transfer when you book - it comes off the final bill. Ceramic coatings need a £100 deposit.

PAYING
On completion - card (we carry a card reader, contactless & Apple Pay fine), bank transfer or cash. Sorry, no cheques.

CANCELLING / MOVING YOUR BOOKING
Give us at least 48 hours notice and we'll refund the deposit or move it to a new date. Less than 48 hours notice and the deposit is kept, as we've turned other customers away for that slot.

GIFT VOUCHERS
Available for any amount from £30 up, or for a specific valet. Valid 12 months from purchase. Sent by email or we can post a card.`,
  },
  {
    title: 'On the Day - FAQs',
    category: 'FAQ',
    content: `Q: Do I need to provide water or electric?
A: Nope! The van carries a 300 litre water tank and a quiet generator so we're totally self-sufficient. We just need about a metre of space round the car to open the doors fully.

Q: Can you do my car at work?
A: Yes, loads of our customers do this. Just make sure you've got permission from your employer / the car park owner - some retail parks & multi-storeys won't allow it.

Q: Do I need to be there?
A: Only to hand over the keys at the start. When we're done we'll text you a few photos and either drop the keys back to reception or pop them through your letterbox if you're at home.

Q: What if it rains?
A: We've got a pop-up gazebo and work in light rain no problem. In heavy rain, high winds or if it's below 3°C we'll text you (the day before or morning of) to rearrange, free of charge.

Q: Are your products safe on my wax / coating / wrap?
A: Yes - we use pH neutral snow foam and shampoo, so safe on waxes, ceramic coatings and wraps. Mostly Gtechniq & Auto Finesse products.`,
  },
  {
    title: 'Keep It Clean Club (maintenance plan)',
    category: 'Plans',
    content: `Want the car looking sharp all the time without having to think about it? Join the Keep It Clean Club and we'll come out on a regular schedule and do a maintenance (mini) valet at a discount.

Every 2 weeks:  £30 small/medium  |  £40 large/SUV/7 seater
Every 4 weeks:  £35 small/medium  |  £45 large/SUV/7 seater

Minimum 3 months, then cancel any time with 1 month's notice. Paid monthly by standing order. The first visit has to be a full valet (normal price) so we're starting from a clean base.`,
  },
  {
    title: 'Fleet & Business Customers',
    category: 'Business',
    content: `We look after company cars, sales fleets and small van fleets across Stockport & south Manchester.

- 10% off when we do 5 or more vehicles at the same location on the same day
- Business accounts can be invoiced monthly on 30 day terms
- Early morning slots can sometimes be arranged for fleets, just ask`,
  },
  {
    title: 'Our Guarantee',
    category: 'Policies',
    content: `We want you made up with your car. If something's not right let us know within 24 hours (photos help) and we'll come back and put it right, no charge.

What we can't promise: stains that have been set in for years (old coffee, ink, bleach marks), deep scratches through to the primer, stone chips, cracked leather. We'll always point these out before we start.

Please take out valuables & personal items before we arrive - we'll bag up anything loose we find and leave it on the passenger seat.`,
  },
];

export const VALET_CASES: EvalCase[] = [
  // Answerable (26).
  { question: 'hiya how much is a mini valet on a corsa?', facts: ['£35'], escalate: false },
  { question: 'price for a full valet on a vw golf pls', facts: ['£95'], escalate: false },
  { question: 'weve got a 7 seater galaxy, whats a full valet cost', facts: ['£125'], escalate: false },
  { question: 'do you do vans at all? its a transit custom, just want it freshened up', facts: ['£45'], escalate: false },
  { question: 'roughly how long does the full valet take?', facts: ['4 hours'], escalate: false },
  { question: 'how much is ceramic coating', facts: ['£600'], escalate: false },
  { question: 'whats the 5yr ceramic cost?', facts: ['£850'], escalate: false },
  { question: 'can u do the ceramic coat on my drive?', facts: ['Brinnington'], escalate: false },
  { question: 'how long would you need to keep my car for a ceramic job', facts: ['2 days'], escalate: false },
  { question: 'my headlights have gone all cloudy and yellow, can you sort them and how much', facts: ['£40'], escalate: false },
  { question: 'do i need to leave the outside tap on or give you a plug socket?', facts: ['300 litre'], escalate: false },
  { question: 'what happens if its peeing down on the day?', facts: ['free of charge'], escalate: false },
  { question: 'do u take a deposit when i book', facts: ['£20'], escalate: false },
  { question: 'can i pay on card when youre finished', facts: ['card reader'], escalate: false },
  { question: 'need to cancel my slot tomorrow morning, do i get my deposit back?', facts: ['48 hours'], escalate: false },
  { question: 'do you sell gift vouchers? want one for my dads birthday, how long do they last', facts: ['12 months'], escalate: false },
  { question: 'are you open on sundays?', facts: ['closed'], escalate: false },
  { question: 'what time do you finish on a saturday', facts: ['4pm'], escalate: false },
  { question: 'dog hair absolutely everywhere in the boot, is that extra??', facts: ['£15'], escalate: false },
  { question: 'just bought a car that stinks of fags, can you get the smell out', facts: ['ozone'], escalate: false },
  { question: 'how much to have someone clean it every couple of weeks? its a fiesta', facts: ['£30'], escalate: false },
  { question: 'is there a minimum term on the club thing or can i stop whenever', facts: ['3 months'], escalate: false },
  { question: 'can you clean the kids car seats as well', facts: ['£10'], escalate: false },
  { question: 'got 6 company cars at our office, any discount if u do them all on the same day?', facts: ['10%'], escalate: false },
  { question: 'my black paint is covered in swirls from the car wash, can you get rid and whats it cost', facts: ['£250'], escalate: false },
  { question: 'engine bay clean price?', facts: ['£25'], escalate: false },

  // Unanswerable (10): not in the material, several tempting near-misses.
  { question: 'how much for a full valet on a transit van, inside the back as well?', unknown: true, escalate: false },
  { question: 'do you do a 7 year ceramic coating?', unknown: true, escalate: false },
  { question: 'can you valet my motorbike?', unknown: true, escalate: false },
  { question: 'can you fix kerb damage on my alloy wheels', unknown: true, escalate: false },
  { question: 'are you working on the bank holiday monday?', unknown: true, escalate: false },
  { question: 'how much for just an interior valet? outside doesnt need doing', unknown: true, escalate: false },
  { question: 'price for ceramic coating on just the wheels?', unknown: true, escalate: false },
  { question: 'any student discount?', unknown: true, escalate: false },
  { question: 'do you fit PPF / paint protection film', unknown: true, escalate: false },
  { question: 'do you do window tinting', unknown: true, escalate: false },

  // Escalate (4): damage, missing item, big fleet contract, asks for Dan.
  { question: 'your lad did my car on tuesday and now theres a big scratch on the bonnet that wasnt there before', escalate: true },
  { question: 'my sunglasses and a £20 note have gone from the door pocket since you valeted it', escalate: true },
  { question: 'we run a taxi firm with 25 cars and want a price for a weekly contract', escalate: true },
  { question: 'i dont want a bot, can i talk to Dan directly please', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// 2. Hollybrook Farm Park & The Hayloft Café – family-run farm park / petting farm
// ---------------------------------------------------------------------------------------------

export const FARM_CONTEXT: string = `Hollybrook Farm Park & The Hayloft Café
A proper working family farm, run by Gwen & Tom Pritchard (and the kids when they can be bribed!) since 1998.

Hollybrook Farm, Bromfield Road, nr Ludlow, Shropshire SY8 2JR
(3 miles north of Ludlow off the A49 - follow the brown tourist signs. Some satnavs send you down the lane behind the farm, ignore it!)
Tel: 01584 556210
Email: hello@hollybrookfarm.co.uk
Facebook: Hollybrook Farm Park

OPENING TIMES
Mid-February to end of October: open every day 10am – 5pm (last entry 4pm)
November to mid-February: weekends & school holidays only, 10am – 4pm (last entry 3pm)
Closed 24th, 25th & 26th December and 1st January.`;

export const FARM_BUSINESS_RULES: string = `Hi! Gwen here - these are my notes for whoever (whatever!) is answering our messages.

We're a small family farm, not a theme park, so please be friendly & chatty but don't go overboard. If people mention their kids' names or ages it's nice to use them.

- Always give the ONLINE price first and mention it's cheaper than paying on the gate.
- Never promise a particular animal will be out on the day - animals have off days & vet visits.
- Never give medical advice. If someone asks whether something is safe in pregnancy etc point them to the notices / their GP.
- Don't take party bookings in the chat - they need to phone or email us.
- If you don't know, SAY SO - don't make it up! Better to tell them to ring the office on 01584 556210.

PASS IT TO ME OR TOM (a real person) WHEN:
 * anyone has been hurt, bitten, scratched or been poorly after visiting us
 * someone wants a refund or is making a complaint
 * schools, nurseries or SEN groups asking about a visit - we like to talk these through ourselves
 * press, TV, filming or photo shoot requests
 * someone asks to speak to a person`;

export const FARM_ESCALATION_RULES: string[] = [];

export const FARM_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Admission Prices',
    category: 'Tickets',
    content: `Save money by booking online at hollybrookfarm.co.uk!

Ticket                          | Online  | On the gate
--------------------------------|---------|------------
Adult                           | £11.50  | £12.95
Child (2-15)                    | £10.50  | £11.95
Senior (65+)                    | £10.00  | £11.45
Under 2s                        | FREE    | FREE
Family (2 adults + 2 children)  | £39.00  | £44.00

Carers: one essential carer goes free with a disabled visitor - please bring proof (PIP/DLA letter, Blue Badge or CEA card).

Your ticket includes all the animal barns, the indoor play barn, outdoor adventure playground, the woodland walk and all the timetabled activities. Extras: tractor trailer rides, pony rides and animal feed.`,
  },
  {
    title: 'Annual Passes',
    category: 'Tickets',
    content: `Hollybrook Annual Pass - come as often as you like for 12 months!

Adult £45 · Child (2-15) £40 · Senior £40 · Under 2s free

Pays for itself in 4 visits. Buy online or at the gate (if you upgrade on the day we'll knock off what you paid for that day's tickets).
Pass holders get 10% off in the café & farm shop.
Does NOT include: Santa's Barn, pumpkin picking, pony rides or tractor rides.
Passes are personal to the holder - we take a photo on your first visit.`,
  },
  {
    title: 'Daily Timetable & Activities',
    category: 'Activities',
    content: `DAILY TIMETABLE  (times can change - check the board by the entrance)

  11am ........ Bottle feeding - lambs (Feb to May), goat kids the rest of the year
  11:30am ..... Tractor trailer ride round the farm (£2 per person, under 2s free)
  12:30pm ..... Pig racing - weekends & school hols only
  1:30pm ...... Cuddle Barn - hold the rabbits & guinea pigs
  2:30pm ...... Tractor trailer ride
  3pm ......... Meet the alpacas / goat walk

PONY RIDES
  Weekends & school hols, 12-2pm, weather permitting
  £4 a ride, ages 3-10 (max 6 stone)
  Riding hats provided

ANIMAL FEED
  £1.50 a bag from the entrance kiosk. Please ONLY feed the animals from our bags - no bread, crisps etc, it makes them poorly.`,
  },
  {
    title: 'Our Animals',
    category: 'Animals',
    content: `We've got over 200 animals on the farm - pygmy goats, Kunekune pigs, Shetland ponies, our two donkeys Bramble & Pip, alpacas, Jacob sheep, rabbits, guinea pigs, chickens, ducks and a very noisy turkey called Gerald. In spring the lambing shed is open to visitors so you can see the new lambs.

Animals sometimes need a rest day or a trip to the vet so we can't guarantee you'll see every animal on every visit.

There are hand wash stations next to every barn - please wash hands after touching the animals and before eating. Pregnant women shouldn't handle lambs or go into the lambing shed (this is standard NHS advice).`,
  },
  {
    title: 'The Hayloft Café',
    category: 'Café',
    content: `THE HAYLOFT CAFÉ - proper home cooking, most of it made in our farmhouse kitchen
Open 10am – 4:30pm (hot food served until 2:30pm)
You don't need an admission ticket to use the café - pop in for a coffee any time!

BREAKFAST (til 11:30)
Bacon or sausage bap ........................... £4.50
Full Hollybrook breakfast ...................... £9.95  (our own eggs & sausages!)

LUNCH
Jacket potato - cheese / beans / tuna mayo ..... £6.95
Soup of the day + crusty roll .................. £5.95
Ham, egg & chips ............................... £8.50
Kids lunchbox (sandwich, fruit, crisps, juice) . £5.50

CAKES & DRINKS
Cream tea (2 scones, jam, clotted cream, pot of tea) .. £6.50
Homemade cakes ........................................ from £2.75
Latte / cappuccino / flat white ....................... £3.20
Pot of tea ............................................ £2.40
Babyccino ............................................. 80p

V = vegetarian options marked on the board. Gluten free bread & cakes available, just ask. We handle nuts in our kitchen so can't guarantee anything is nut free.`,
  },
  {
    title: 'Visiting FAQs',
    category: 'FAQ',
    content: `**Can we bring a picnic?**
Of course! There are picnic benches by the adventure playground and in the top field, plus the undercover picnic barn if it's wet. Please don't eat in the animal barns.

**Can I bring my dog?**
Sorry, no dogs on the farm (not even on a lead, not even in a bag!) - it stresses the animals and there's a disease risk. Assistance dogs are welcome but please speak to us at the kiosk as some barns are off limits. Please don't leave dogs in cars, the car park gets very hot.

**Is it OK for pushchairs & wheelchairs?**
Mostly yes - main paths are hard standing and all the barns are step free. The woodland walk is bumpy & gets muddy, so not great for buggies after rain.

**Is there parking?**
Yes, free parking for around 150 cars, plus Blue Badge spaces by the entrance.

**What if it rains?**
Loads of it is undercover: all the animal barns, the indoor play barn (socks must be worn!) and the café. Wellies recommended Oct-Mar!

**Do you ever close for bad weather?**
Very occasionally - snow or high winds. If we have to close we'll put it on our Facebook page by 8am.

**Toilets & baby changing?**
Toilets by the café and next to the play barn, both with baby changing and an accessible loo.

**Is there a shop?**
Yes - the farm shop by the exit sells our own free range eggs, local honey, jams and Shropshire ice cream.`,
  },
  {
    title: 'Birthday Parties',
    category: 'Parties',
    content: `FARMYARD BIRTHDAY PARTIES (Saturdays & Sundays only)

£16.95 per child - minimum 10 children
Includes:
 • entry to the farm for the whole day
 • 1 hour in our party room (11:30-12:30 or 1:30-2:30)
 • party food box each (sandwich, crisps, fruit, biscuit, juice)
 • private animal handling session with one of the farm team
 • a bag of animal feed each

Grown ups with the party pay £7.50 each (includes a hot drink).
£50 deposit needed to secure the date - this is non-refundable. Balance paid on the day.
Please book at least 3 weeks ahead - email or phone us.`,
  },
  {
    title: 'Seasonal Events',
    category: 'Events',
    content: `Lambing Live - February half term through to Easter. Watch lambs being born (if they cooperate!) in the lambing shed. Included in normal entry.

Easter Egg Hunt - Easter weekend & the Easter school holidays. Trail round the farm with a chocolate prize at the end. Pre-booking recommended.

Pumpkin Picking - every day in October. Pick your own from our pumpkin patch, pumpkins from £3 depending on size. Farm entry is separate. Spooky trail in the woods at half term.

Santa's Barn - weekends in December plus 22nd & 23rd. £14.50 per child, includes meeting Santa, a present & reindeer food. Adults go in on their normal farm ticket. MUST pre-book, it's usually sold out by mid November.`,
  },
  {
    title: 'Schools & Groups',
    category: 'Groups',
    content: `Schools & nurseries: we run curriculum-linked visits for EYFS and KS1/KS2. Every trip is planned with the teacher, so please get in touch rather than booking online. We can send our risk assessment over.

SEN groups are very welcome - quieter days can be arranged.

Other groups (clubs, coach parties, care homes) of 15+ - please call the office.`,
  },
];

export const FARM_CASES: EvalCase[] = [
  // Answerable (26).
  { question: 'how much is an adult ticket if i book online?', facts: ['£11.50'], escalate: false },
  { question: 'whats the price for a child if we just pay when we get there', facts: ['£11.95'], escalate: false },
  { question: 'does my 18 month old need a ticket?', facts: ['free'], escalate: false },
  { question: 'family ticket for 2 grown ups and 2 kids how much', facts: ['£39'], escalate: false },
  { question: 'is there an OAP price? bringing my mum shes 70', facts: ['£10'], escalate: false },
  { question: 'what time do u open in the mornings', facts: ['10am'], escalate: false },
  { question: 'whats the latest we can get in during the summer hols?', facts: ['4pm'], escalate: false },
  { question: 'are you open in january?', facts: ['weekends'], escalate: false },
  { question: 'can we bring our dog with us, hes very well behaved', facts: ['assistance dogs'], escalate: false },
  { question: 'is it ok to bring a packed lunch or do we have to buy food', facts: ['picnic'], escalate: false },
  { question: 'whats there for kids to do if it rains all day', facts: ['play barn'], escalate: false },
  { question: 'what time is the lamb bottle feeding?', facts: ['11am'], escalate: false },
  { question: 'tractor ride how much?', facts: ['£2'], escalate: false },
  { question: 'when is the pig racing on', facts: ['12:30'], escalate: false },
  { question: 'how much are the pony rides', facts: ['£4'], escalate: false },
  { question: 'how much is a jacket spud in the cafe', facts: ['£6.95'], escalate: false },
  { question: 'til what time can we get hot food?', facts: ['2:30pm'], escalate: false },
  { question: 'postcode for the satnav please', facts: ['SY8 2JR'], escalate: false },
  { question: 'price of a babyccino?', facts: ['80p'], escalate: false },
  { question: 'how much is a birthday party per child', facts: ['£16.95'], escalate: false },
  { question: 'whats the least number of kids for a party', facts: ['10 children'], escalate: false },
  { question: 'if we cancel the party do we get the deposit back', facts: ['non-refundable'], escalate: false },
  { question: 'how much is it to see santa in the barn?', facts: ['£14.50'], escalate: false },
  { question: 'when can we come and pick pumpkins', facts: ['October'], escalate: false },
  { question: 'how much is the year pass for a kid', facts: ['£40'], escalate: false },
  { question: 'can we buy food to give the goats', facts: ['£1.50'], escalate: false },

  // Unanswerable (10): not in the material, several tempting near-misses.
  { question: 'how much is a family ticket for 2 adults and 3 kids?', unknown: true, escalate: false },
  { question: 'do you do a student discount? im at uni', unknown: true, escalate: false },
  { question: 'do you have oat milk for the coffees', unknown: true, escalate: false },
  { question: 'how much is a hot chocolate in the cafe', unknown: true, escalate: false },
  { question: 'can we bring our own birthday cake to the party?', unknown: true, escalate: false },
  { question: 'is there a cashpoint on site', unknown: true, escalate: false },
  { question: 'do you have camping or glamping?', unknown: true, escalate: false },
  { question: 'are there any EV chargers in your car park', unknown: true, escalate: false },
  { question: 'how much is the easter egg hunt?', unknown: true, escalate: false },
  { question: 'what time does the farm shop open on sundays', unknown: true, escalate: false },

  // Escalate (4): injury, school visit, asks for a person, refund/complaint.
  { question: 'my little boy got bitten by one of the goats yesterday and his finger is all swollen today', escalate: true },
  { question: "Hi, I'm a year 2 teacher at a primary school in Leominster, we'd like to bring 45 children in May", escalate: true },
  { question: 'can i please speak to an actual person not a computer', escalate: true },
  { question: 'came on saturday and half the animal barns were shut, i want a refund for our tickets', escalate: true },
];
