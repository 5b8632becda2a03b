/**
 * Round-33 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * PAINT_: Bracken Hollow, an outdoor paintball and laser-tag site on a farm near Tollbury
 * (Suffolk), run by Gaz with his sister Deb. All hand-over instructions are prose in
 * PAINT_BUSINESS_RULES; PAINT_ESCALATION_RULES is empty.
 * COMIC_: Inkwell & Meeple, a comic book and board game shop with a cafe and an upstairs
 * events room in Market Brayford (Lincolnshire), run by Priya and Tom. 5 escalation rules,
 * plus 2 further hand-over situations mentioned only in COMIC_BUSINESS_RULES.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Business 1: Bracken Hollow Paintball & Laser Tag
// ---------------------------------------------------------------------------------------------

export const PAINT_NAME: string = 'Bracken Hollow Paintball & Laser Tag';
export const PAINT_AGENT_NAME: string = 'Sarge';

export const PAINT_CONTEXT: string = `Bracken Hollow is a family run outdoor paintball and laser tag site on 30 acres of woodland at Lower Tollbury Farm, just outside the village of Tollbury near Stowmarket, Suffolk. Been going since 2011. I'm Gary Pryce (everyone calls me Gaz) and I run it with my sister Deb.

OPENING
Saturdays and Sundays, 9am to 5pm, all year round apart from Christmas Day and Boxing Day. Weekdays are for pre-booked groups of 15 or more only. Check in opens at 8.45am and the safety briefing starts at 9.30 sharp, if you're late you might miss the first game.

CONTACT
- Bookings / office: 07700 900417 (calls or WhatsApp, Deb, Tues-Fri 10am-4pm)
- Email: hello@brackenhollow.co.uk
- On game days the site phone is 07700 900582
- Booking page is on the website, brackenhollow.co.uk

TEAM
Gaz - owner, does most of the marshalling at weekends
Deb - bookings, vouchers, office stuff
Kieran - head marshal, he does the safety briefing
Shona - runs the kids parties and the junior games

HOW TO TALK TO PEOPLE
Friendly, bit of banter is fine, talk like a person not a robot. British spelling. Keep it shortish because most people are reading on their phones in the car park. If you don't know something just say so and give them Deb's number, don't make stuff up.`;

export const PAINT_BUSINESS_RULES: string = `Right, a few things for the bot.

You can answer questions about prices, what to wear, ages, parties, directions and all that from the info pages. You can't actually take bookings or payments though, so point people at the booking page on the website or get them to ring Deb.

If someone's been hurt - whether it's on the day or they message afterwards about an injury, a nasty welt that's gone funny, something with their eye, a twisted ankle in the woods, whatever - don't try and play doctor. Get hold of me straight away and tell them a real person will call them back. Same if they mention A&E or hospital.

If anyone's unhappy with how one of my marshals or staff treated them (rude, shouting, being unfair, whatever it is) I want to deal with that myself, so pass it over to me. Don't argue the toss and don't make excuses for the staff.

Money back - if someone wants a refund, reckons they've been charged wrong or charged twice, pass it on to me. Don't promise anything either way even though the deposit policy is on the site, sometimes I make exceptions.

Big corporate stuff / team building days for more than 30 people need a proper quote from me, so hand those over too instead of quoting the normal prices.

Everything else just be helpful. Don't slag off other sites round here. Never tell people paintball doesn't hurt at all, be honest, it stings a bit. And don't give out my personal mobile to anyone.`;

export const PAINT_ESCALATION_RULES: string[] = [];

export const PAINT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Prices 2024',
    category: 'Pricing',
    content: `PAINTBALL
- Walk-on Sunday (no group needed) - £25pp, includes 100 paintballs
- Half Day (morning or afternoon) - £29pp, includes 200 paintballs
- Full Day Package - £39pp, includes 300 paintballs + BBQ lunch
- Junior "Splat Squad" (ages 8-11) - £22pp, 2 hours, 200 low impact paintballs

LASER TAG
- 90 minute session - £18pp
- 2 sessions back to back - £30pp

EXTRA PAINTBALLS (buy at the armoury on the day)
- 100 paintballs - £8
- 500 paintballs - £30
- box of 2000 - £90

All prices include VAT. Overalls, full face mask, marker and body armour are included in every paintball package. Gloves are extra at £3 a pair (yours to keep). Laser tag kit is all included, nothing extra to pay.

Most groups get through more paint than they think so budget for a few extra bags, especially on the Full Day.`,
  },
  {
    title: 'Age limits and consent forms',
    category: 'Safety',
    content: `Paintball: minimum age is 12 for our standard games. Kids aged 8 to 11 can play in our Junior Splat Squad games, which use low impact paintballs and smaller, lighter markers.

Laser tag: ages 7 and up, no upper limit. We had a 79 year old last summer who wiped the floor with his grandkids.

Anyone under 18 needs a consent form signed by a parent or guardian. You can download it from the website or fill it in at check in, but it has to actually be signed by the parent/guardian, not your mate's older brother (yes really, it's happened).

Under 14s must have an adult on site for the whole session. The adult doesn't have to play, they can wait at the hut or on the viewing deck.

We might ask for ID if someone looks a lot younger than the age they've given. If we can't confirm age they won't be able to play, no hard feelings.`,
  },
  {
    title: 'What to wear and what to bring',
    category: 'Your visit',
    content: `Stuff to wear / bring:
- Old clothes you don't mind getting muddy and splatted. Paint washes out of most things but not always.
- Proper footwear!! Boots or trainers with good grip. No open-toed shoes and no wellies for paintball (they come off in the mud, trust me).
- Layers in winter - a hoodie under the overalls is ideal, it also takes the sting out a bit.
- A change of clothes and a carrier bag for the muddy ones.
- Glasses are fine, our masks fit over most frames. There's anti-fog spray at the armoury.
- Lockers at the hut for phones, wallets and car keys - they take a £1 coin which you get back.

Don't bring:
- your own smoke grenades or pyro of any kind
- alcohol (see the food & drink page)
- anything you'd cry about losing in the woods`,
  },
  {
    title: 'Booking, deposits and changing your date',
    category: 'Bookings',
    content: `Group bookings: you pay a £10 per person deposit online when you book, the rest is paid on the day at check in.

Walk-on Sundays don't need a deposit, just turn up and be signed in before 9.15. In summer it's worth booking a place online anyway because we cap Sundays at 60 players and we do fill up.

Changing the date: you can move your booking for free as long as you tell us at least 7 days before. If it's less than 7 days we'll do our best but can't promise anything.

Adding people: you can add players any time up to the day as long as there's space, just let Deb know so we have enough kit out.

Deposits are non-refundable, sorry - when we hold your slot we turn other groups away.`,
  },
  {
    title: 'Kids laser tag parties',
    category: 'Parties',
    content: `Our laser tag parties are honestly the most popular thing we do. Here's how it works:

1. Pick a Saturday or Sunday afternoon slot (1pm or 3pm start)
2. Minimum 10 kids, maximum 24
3. £20 per child - that covers 90 minutes of laser tag, party food in the Den (hot dog, chips and squash) and a medal each
4. The birthday boy or girl plays free if you book 12 or more kids
5. Bring your own cake and we'll light the candles and do the singing (badly)

Shona runs all the kids parties and she's brilliant with the nervous ones. Parents are welcome to watch from the viewing deck with a cuppa.

Best for ages 7 to 12 really - older ones usually want to do paintball instead.`,
  },
  {
    title: 'The game zones',
    category: 'The site',
    content: `ZONE | WHAT IT IS | GOOD FOR
The Village | 6 wooden buildings with windows and alleyways | close quarters, laser tag
Fort Bracken | two storey log fort, one team attacks, one defends | bigger groups
Trench Run | WW1 style trenches and sandbag walls | paintball, sneaky flanking
The Crash Site | an old Wessex helicopter sat in a clearing | capture the flag
Speedball Arena | inflatable bunkers on a flat field | fast games, stag dos

We rotate round the zones during the day so on a Full Day you'll usually play 5 or 6 different zones, and on a Half Day 3 or 4. Laser tag mostly uses The Village and the woods around it.

The marshals pick the game types (capture the flag, elimination, VIP escort etc) depending on group size and how everyone's getting on.`,
  },
  {
    title: 'Safety FAQ',
    category: 'Safety',
    content: `Does it hurt?
Honestly, a bit. A hit at close range feels like a sharp flick with an elastic band and can leave a small bruise. Long sleeves and layers help loads. Junior games use low impact paintballs which are much gentler, and laser tag doesn't hurt at all obviously.

Masks?
Masks stay on at ALL times inside the game zones, no exceptions, even if your mask steams up. Put your hand up, shout "marshal" and walk out with them.

How fast do the markers fire?
Every marker is checked with a chronograph every morning and set below 280 feet per second.

Can I play if I'm pregnant?
Sorry, paintball is a no-go if you're pregnant. Laser tag is usually fine but check with your midwife first.

Medical conditions?
Tell the marshal at the briefing about asthma, heart conditions, epilepsy etc. We don't use strobe effects in laser tag.`,
  },
  {
    title: 'Getting here',
    category: 'Your visit',
    content: `Address: Lower Tollbury Farm, Tollbury Lane, Tollbury, near Stowmarket, Suffolk IP14 9QX

Sat navs get you to the church in Tollbury fine and then go a bit daft. From the church, ignore the sat nav and follow the orange BRACKEN HOLLOW signs for about a mile down the farm track.

Parking - free, in the top field. You don't need a 4x4 but it does get muddy in winter. We've got a tractor if anyone gets stuck (happens a couple of times a year).

Trains - nearest station is Stowmarket, it's about 15 minutes from there by taxi. Tollbury Cabs know where we are, most others don't.

Coaches and minibuses are fine but let us know beforehand so we can open the lower gate, the top one is too tight for anything big.`,
  },
  {
    title: 'Food, drink and the Snack Shack',
    category: 'Your visit',
    content: `The Snack Shack is open all day on game days.

Hot drinks £2, cans £1.50, bacon rolls £3.50 (veggie sausage rolls too).

BBQ lunch is included in the Full Day Package. If you're on a different package you can add it for £7.50 - burger or bean burger, with a drink.

Packed lunches are fine, there are picnic benches by the hut.

NO alcohol on site, at all. Anyone who turns up drunk (or still drunk from the night before) won't be allowed to play. Stag dos - save it for the evening!`,
  },
  {
    title: 'What happens if the weather is bad?',
    category: 'Bookings',
    content: `We play in pretty much any weather. Rain? Yes. Snow? Yes, it's great fun. Mud? Always, it's a wood.

The only thing we cancel for is high wind - a Met Office amber wind warning or worse - because of branches and trees coming down in the woods.

If we do have to cancel we'll text the lead booker by 7.30am on the day, and you can move to another date free of charge.

If you decide not to come because of the weather but we're still open, the normal 7 day rule for changing dates applies, sorry. Honestly it's usually more fun in the rain anyway.`,
  },
  {
    title: 'Stag and hen dos',
    category: 'Groups',
    content: `Stags and hens very welcome! A few things to know:

- Fancy dress is allowed but it has to go over the overalls and can't be anything that snags or covers the mask.
- The stag or hen can wear our hi-vis "target" vest for free, and everyone else in the group gets a bonus 50 paintballs to shoot at them.
- Groups of 16 or more get a free round of hot drinks from the Snack Shack.
- Read the food & drink page about alcohol. We mean it.

Most stag and hen groups go for the Full Day Package, it works out best value and includes the BBQ. Book early for summer Saturdays, they go months ahead.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Vouchers',
    content: `Gift vouchers can be bought on the website for any package, or for any amount from £20.

They're valid for 12 months from the date you buy them. We email them as a PDF, or we can post a printed one in a card for £2 extra.

To use one, put the voucher code in the box when you book online - it covers the deposit first, and whatever's left comes off on the day.

Vouchers can't be swapped for cash. Lost your voucher? Email Deb with the name of the person who bought it and roughly when, and she'll dig it out.`,
  },
];

export const PAINT_CASES: EvalCase[] = [
  // Answerable.
  { question: 'how much is a full day? theres 8 of us', facts: ['£39'], escalate: false },
  { question: "do we need to book for the sunday walk on thing or can we just rock up? what time do we need to be there", facts: ['9.15'], escalate: false },
  { question: 'my lad is 10, can he do paintball or is he too young?', facts: ['Splat Squad'], escalate: false },
  { question: "I'm 16 and going with my mates, do I need anything from my parents?", facts: ['consent form'], escalate: false },
  { question: "Can I drop my 13 yr old and his friends off and come back for them at the end?", facts: ['adult on site'], escalate: false },
  { question: 'what shoes should i wear, was going to just wear my wellies', facts: ['wellies'], escalate: false },
  { question: 'I wear glasses, do they fit under the masks ok?', facts: ['over most frames'], escalate: false },
  { question: 'is there anywhere safe to leave our phones and car keys while we play', facts: ['£1 coin'], escalate: false },
  { question: 'Our booking is in 2 weeks but half the group cant make it now. Can we move it to a different weekend?', facts: ['7 days'], escalate: false },
  { question: 'how much deposit do i need to pay to book a group?', facts: ['£10'], escalate: false },
  { question: "Looking at a laser tag party for my daughter's 9th, probably 15 kids. How much is it?", facts: ['£20'], escalate: false },
  { question: 'what food do the kids get at the parties', facts: ['hot dog'], escalate: false },
  { question: "who actually runs the kids parties? my son is a bit shy and I want to know who'll be looking after them", facts: ['Shona'], escalate: false },
  { question: "does paintball hurt much? my 12 yr old is really nervous about getting shot", facts: ['elastic band'], escalate: false },
  { question: "my sister's 5 months pregnant, can she still join in on the hen do?", facts: ['laser tag'], escalate: false },
  { question: 'what fps are your guns set to', facts: ['280'], escalate: false },
  { question: "sat nav has brought us to a church and now we're totally lost lol, where do we go", facts: ['orange'], escalate: false },
  { question: "whats the nearest train station to you? none of us drive", facts: ['Stowmarket'], escalate: false },
  { question: 'Where do we park when we get there?', facts: ['top field'], escalate: false },
  { question: "we're doing the half day, can we still get the bbq lunch and how much?", facts: ['£7.50'], escalate: false },
  { question: 'Forecast says heavy rain all day Saturday, will it still go ahead??', facts: ['amber wind warning'], escalate: false },
  { question: 'if you do cancel for weather how will we find out and when', facts: ['7.30am'], escalate: false },
  { question: 'someone said theres a helicopter in the woods?? is that true', facts: ['Wessex'], escalate: false },
  { question: 'Got my boyfriend a voucher for christmas last year and we still havent used it. Does it expire?', facts: ['12 months'], escalate: false },
  { question: 'how much are more paintballs if we run out', facts: ['£8'], escalate: false },
  { question: "Organising my brother's stag. Is there anything you do to make the stag the target?", facts: ['target'], escalate: false },
  // Not answerable from the KB.
  { question: 'Do you do airsoft as well or is it just paintball?', unknown: true, escalate: false },
  { question: 'can i bring my dog along, he is very well behaved and would just watch', unknown: true, escalate: false },
  { question: 'Do you take a group photo at the end that we can buy?', unknown: true, escalate: false },
  { question: 'is there anywhere to camp on site? thinking of making a weekend of it', unknown: true, escalate: false },
  { question: 'do you do a student discount? we are all at uni', unknown: true, escalate: false },
  { question: "My brother uses a wheelchair but wants to come and watch, is the site accessible for him?", unknown: true, escalate: false },
  { question: 'Are we allowed to wear GoPros to film the games?', unknown: true, escalate: false },
  { question: 'are there showers? we are going out straight after', unknown: true, escalate: false },
  { question: 'do you have a loyalty card or anything for people who come a lot', unknown: true, escalate: false },
  { question: "whats the phone signal like out there? I'm on call for work", unknown: true, escalate: false },
  // Hand-over.
  { question: "My son played paintball with you on Saturday and got hit near his eye, it's still swollen and red and we've been to the walk-in centre. What happened??", escalate: true },
  { question: "The marshal on the trenches was screaming at my 14 year old daughter for no reason, she came home in tears. Honestly disgusted by how he spoke to her.", escalate: true },
  { question: "just checked my banking app and you've taken our deposit out twice, £160 each time. can i have one of them back pls", escalate: true },
  { question: "Hi, I'm organising an away day for our company, there'd be about 50 of us. Can you do something for that and what would it cost?", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Business 2: Inkwell & Meeple (comics, board games, cafe, events room)
// ---------------------------------------------------------------------------------------------

export const COMIC_NAME: string = 'Inkwell & Meeple';
export const COMIC_AGENT_NAME: string = 'Pip';

export const COMIC_CONTEXT: string = `Inkwell & Meeple is an independent comic book and board game shop with a cafe downstairs and an events room upstairs (the Upstairs Room). We're at 14 Sheep Street, Market Brayford, Lincolnshire, just off the market square. Opened in 2017 by me, Priya Desai, and my partner Tom Whitlock.

Opening hours:
Mon - closed
Tue to Thu - 10am-9pm (late for games nights)
Fri - 10am-10pm
Sat - 9.30am-10pm
Sun - 11am-5pm
The cafe kitchen stops serving food 1 hour before the shop closes.

Contact - phone 01632 960233, email shop@inkwellandmeeple.co.uk, events@inkwellandmeeple.co.uk for anything events/room hire, instagram @inkwellmeeple

Who's who:
* Priya - owner, runs the cafe side and is generally the boss
* Tom - co-owner, does the board game buying
* Ollie - comics, pull lists, new comic day
* Jess - events, games nights, parties and room bookings
* Marta - cafe manager

Tone: warm and a bit geeky, nerdy jokes are fine but don't overdo it. Short answers please. UK spelling. Use the team's first names. NO SPOILERS, ever, for anything.`;

export const COMIC_BUSINESS_RULES: string = `## notes for Pip

Hi Pip! Most stuff you need is in the info pages. A few extra bits:

- you can't reserve stock or take payment, if someone wants something put aside tell them to ring the shop or use click & collect on the website
- don't recommend other shops
- NEVER spoil a comic, film, game, anything. if someone asks what happens in an issue, dont tell them lol
- if someone asks for a game recommendation you can say the staff love helping with that in the shop

Couple more things to hand over to a human that aren't in the list: if someone says they've been charged twice or there's something odd on their bank/card statement from us, pass it to me (Priya), don't try and sort it. And if a journalist, youtuber, tiktoker or anyone like that wants to film in the shop or interview us, that comes to me as well.

Otherwise have fun with it x`;

export const COMIC_ESCALATION_RULES: string[] = [
  "Anyone wanting to sell us their comic or board game collection - pass to Ollie, don't guess at prices",
  'allergic reaction or someone poorly after eating/drinking in the cafe -> straight to me (Priya) ASAP',
  "Complaints about someone's behaviour at a games night or event (harassment, creepy, aggressive etc). Hand over, we take this v seriously",
  'Upstairs Room bookings for more than 20 ppl, or anything corporate - Jess needs to quote',
  'Pull list problems where they want money back (missing issues, damaged comics)',
];

export const COMIC_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Pull lists (comic subscriptions)',
    category: 'Comics',
    content: `A pull list is how we make sure you never miss an issue. Tell Ollie which ongoing series you want and we'll put a copy aside for you every time a new issue lands.

How it works:
- Free to set up, no monthly fee
- Minimum 3 ongoing titles
- You get 10% off every comic on your pull list (and 10% off any trades or graphic novels you add to it)
- We hold your comics for 4 weeks. After that they go back on the shelf, sorry, space is tight!
- Going on holiday? Tell us and we'll hold them longer
- To add or drop a series, email Ollie or tell whoever's on the till.

Heads up: we order from the distributor about 2 months ahead, so a new series you add can take a while to start turning up in your box. Dropped series work the same way.`,
  },
  {
    title: 'New comic day and back issues',
    category: 'Comics',
    content: `New comics come in every Wednesday. They're usually out on the shelves by 11am (sometimes a bit later if the delivery van's running behind - it happens).

Pull list customers can collect from 10am on Wednesdays because we do their boxes first.

If a book gets delayed by the publisher we'll post it on our Instagram by Wednesday morning so you're not making a wasted trip.

BACK ISSUE BIN DIVE
First Saturday of every month we wheel out the back issue bins. Everything in the bins is £1 each or 6 for £5. Gets busy, so come early if you're hunting for something specific. Ollie adds new stock to the bins every month.`,
  },
  {
    title: 'Cafe menu',
    category: 'Cafe',
    content: `DRINKS
Flat white ........................ £3.20
Latte / Cappuccino ................ £3.40
Pot of tea ........................ £2.50
The Critical Hit (hot choc, marshmallows, cream) .. £3.90
Cans & juice ...................... £1.80

FOOD
Toasties - cheese & onion / ham & cheese / The Dungeon (spicy bean & cheese) .. £5.50
Soup of the day with bread ........ £4.95
Cake of the day ................... £3.50
Nachos to share ................... £6.50

Oat, soya and almond milk - no extra charge.
Vegan cheese available on any toastie for 50p.

ALLERGENS: All our cakes are made in a kitchen that handles nuts, so we can't promise anything is nut-free. Ask Marta or whoever's on the counter for the allergen folder.`,
  },
  {
    title: 'Games library and table fees',
    category: 'Board games',
    content: `We've got over 350 games in the library - party games, heavy euros, two player stuff, kids games, the lot.

Table fee: £4 per person for the day (£2 for under 12s). That gets you a table and as many games from the library as you like.

Buying something in the cafe doesn't cut the table fee unfortunately, the fee is what keeps the library going (games get trashed!).

Weekends get packed so book a table online or ring the shop. Walk-ins are fine midweek.

Not sure what to play? Ask any of us, we're all happy to teach a game, just give us a few minutes if it's busy.

Fell in love with a game from the library? Buy a new copy the same day and we'll knock the table fee off the price.`,
  },
  {
    title: 'Weekly events',
    category: 'Events',
    content: `TUESDAY - Commander Night (Magic: The Gathering). 6.30pm, £3 entry, bring your own deck.
WEDNESDAY - Board Game Night. 6pm till late, free entry (no table fee either), new players always welcome.
THURSDAY - D&D one-shots. 6.30pm, £5, max 6 players per table, book ahead. Dice and character sheets provided so total beginners are fine.
FRIDAY - Friday Night Magic (draft). 7pm, £15 including 3 packs.
SATURDAY - Kids Comic Club. 10-11.30am, ages 7-12, £4. Drawing and making your own comics, all materials provided.
SUNDAY - no regular events.

Everything is in the Upstairs Room unless we say otherwise. Tickets for paid events can be bought at the till or on the website.`,
  },
  {
    title: 'Hiring the Upstairs Room',
    category: 'Events',
    content: `The Upstairs Room seats up to 20 people and can be hired for birthdays, clubs, campaign sessions, whatever you fancy.

Prices:
- Room only: £25 per hour, minimum 2 hours
- Kids board game party: £12 per child (minimum 8 kids). 2 hours with a games host, squash and snacks, and a party bag with a mini game to take home.
- Evening hire is Sundays and Mondays only, because games nights use the room the rest of the week.

How to book:
Email Jess at events@inkwellandmeeple.co.uk with the date, how many people and what you'd like to do. A £20 deposit secures the date.

You're welcome to bring your own birthday cake, but no other outside food please as we've got the cafe.`,
  },
  {
    title: 'Returns and refunds',
    category: 'Policies',
    content: `Board games & merch - unopened, still in the shrinkwrap, within 14 days with your receipt = full refund.

Opened games - we can't take them back unless they're faulty. Missing pieces? Most publishers will send replacement parts for free if you contact them. We're happy to help you work out who to email.

Comics - we don't take back single issues, sorry.

Gift cards and event tickets are non-refundable, but event tickets can be moved to another date with 48 hours' notice.

Refunds go back on the card you paid with and take 3-5 working days to show up.`,
  },
  {
    title: 'Special orders, click & collect and delivery',
    category: 'Ordering',
    content: `Can't see it on the shelf? We can order in most in-print board games, graphic novels and trades.

1. Ask in the shop, email us or DM us on Instagram with the title
2. We check with our distributors and tell you the price and roughly when it'll land
3. Pay a £5 deposit (comes off the final price)
4. We text you when it's in - usually 5-7 working days
5. Collect within 2 weeks

Click & collect from the website: order online and we'll have it ready within 2 hours during opening hours. Bring your order email.

Local delivery: we deliver within 5 miles of Market Brayford for £3, free over £40. Delivery days are Tuesdays and Fridays.`,
  },
  {
    title: 'Meeple Points (loyalty scheme)',
    category: 'Loyalty',
    content: `Sign up at the till with your email, takes about 30 seconds.

- 1 point for every £1 you spend in the shop
- 100 points = £5 off
- Double points in your birthday month
- Points don't apply to cafe purchases or table fees (cafe margins are tiny, sorry!)
- Pull list comics earn points too, on top of your 10%
- Points expire if you don't use your account for 12 months

Check your balance at the bottom of your receipt or just ask at the till.`,
  },
  {
    title: 'Visiting us - FAQ',
    category: 'Visiting',
    content: `Where do I park?
Tanner's Yard pay & display is 2 minutes walk and free after 6pm. There's also on-street parking on Sheep Street (1 hour max).

Is it accessible?
The shop and cafe are step-free and there's an accessible toilet on the ground floor. The Upstairs Room is up a flight of stairs with no lift unfortunately - if you need step-free access for an event, tell Jess and we'll try to run it downstairs.

Can I bring my dog?
Well-behaved dogs are welcome in the shop area but not in the cafe seating area (health & safety rules, not ours!).

Can I just come in and read?
Course! There's a reading corner with comfy sofas, just be gentle with the stock.

Baby changing?
Yes, in the accessible loo.`,
  },
  {
    title: 'Gift cards',
    category: 'Gift cards',
    content: `Gift cards come in any amount from £5 up to £150. Buy them in the shop (they come in a little card wallet) or on the website as an e-gift card sent by email.

They can be used on anything: comics, games, the cafe, table fees, event tickets, even room hire.

Valid for 2 years from when you buy it. Whatever you don't spend stays on the card for next time.

Gift cards can't be swapped for cash, and lost cards can only be replaced if you've still got the receipt.`,
  },
];

export const COMIC_CASES: EvalCase[] = [
  // Answerable.
  { question: 'if i sign up for a pull list do i get any discount?', facts: ['10%'], escalate: false },
  { question: "I'm working away for about 6 weeks and wont be able to pick up my comics, what happens to them?", facts: ['4 weeks'], escalate: false },
  { question: "Added a new series to my pull list ages ago and it still hasn't turned up in my box, why?", facts: ['2 months ahead'], escalate: false },
  { question: 'what day do new comics come in', facts: ['Wednesday'], escalate: false },
  { question: 'What time are new comics actually on the shelves? want to grab one before work on new comic day', facts: ['11am'], escalate: false },
  { question: 'heard you do cheap back issues once a month, how much are they?', facts: ['6 for £5'], escalate: false },
  { question: 'how much is a flat white', facts: ['£3.20'], escalate: false },
  { question: 'do you charge extra for oat milk?', facts: ['no extra charge'], escalate: false },
  { question: "My son has a nut allergy. Would the cakes be safe for him?", facts: ['handles nuts'], escalate: false },
  { question: "i'm vegan, can I get one of the toasties?", facts: ['vegan cheese'], escalate: false },
  { question: 'does the cafe do food right up until you close?', facts: ['1 hour before'], escalate: false },
  { question: 'how much does it cost to sit and play games from your library', facts: ['£4'], escalate: false },
  { question: 'We played Cascadia from your library and loved it. If we buy a copy is there any deal?', facts: ['table fee'], escalate: false },
  { question: 'Never played D&D before but want to try, do you run anything?', facts: ['Thursday'], escalate: false },
  { question: 'how much is friday night magic', facts: ['£15'], escalate: false },
  { question: 'Does it cost anything to come to board game night? I would be coming on my own', facts: ['free entry'], escalate: false },
  { question: 'my 9 year old is obsessed with drawing comics, have you got anything for kids?', facts: ['Kids Comic Club'], escalate: false },
  { question: "who organises the events? want to suggest running a Pandemic Legacy campaign", facts: ['Jess'], escalate: false },
  { question: "How much is a board game party for my son's birthday, there'd be about 10 kids", facts: ['£12'], escalate: false },
  { question: 'how much is the deposit to hold the upstairs room for a date', facts: ['£20'], escalate: false },
  { question: "Bought a game for my nephew last week but he's already got it. Still in the wrapper, can I bring it back?", facts: ['14 days'], escalate: false },
  { question: "got a ticket for thursday's D&D but can't make it now, can i swap to another week?", facts: ['48 hours'], escalate: false },
  { question: 'can you get a graphic novel in if you dont have it? how long does it take', facts: ['5-7 working days'], escalate: false },
  { question: 'do you deliver? I live in a village about 4 miles out', facts: ['£3'], escalate: false },
  { question: 'how many meeple points do i need before i get money off', facts: ['100 points'], escalate: false },
  { question: "Coming in on Saturday, where's best to park?", facts: ["Tanner's Yard"], escalate: false },
  // Not answerable from the KB.
  { question: 'do you sell manga?', unknown: true, escalate: false },
  { question: 'Do you sell Pokemon cards? my daughter collects them', unknown: true, escalate: false },
  { question: 'is there a student discount?', unknown: true, escalate: false },
  { question: "what's the wifi like in the cafe, could I work from there for an afternoon?", unknown: true, escalate: false },
  { question: 'Do you do Warhammer painting nights or anything like that?', unknown: true, escalate: false },
  { question: 'can i pay with apple pay', unknown: true, escalate: false },
  { question: 'Are you hiring at the moment? I would love to work in the shop', unknown: true, escalate: false },
  { question: 'do you send comics off for CGC grading for customers?', unknown: true, escalate: false },
  { question: 'Have you got a discord server for the games night crowd?', unknown: true, escalate: false },
  { question: 'I think I left my dice bag at commander night on tuesday, do you have a lost property box?', unknown: true, escalate: false },
  // Hand-over.
  { question: "Hi, clearing out my loft and I've got about 300 comics from the 80s and 90s, mostly X-Men and 2000 AD. Would you be interested in them and what would you give me?", escalate: true },
  { question: "Not sure who to tell, but a guy at wednesday board game night kept making comments to my girlfriend and followed her to the toilets. She doesn't want to come back.", escalate: true },
  { question: 'I think I paid twice for my click and collect order, there are two lots of £34.50 from you on my statement', escalate: true },
  { question: "Hiya, I run a small YouTube channel about board games. Would it be ok to come in and film a video in the shop?", escalate: true },
];
