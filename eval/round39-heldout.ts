import type { EvalCase } from './cases.ts';

/**
 * Round-39 HELD-OUT set, written blind (only eval/cases.ts read). Never tune on it.
 */

// ---------------------------------------------------------------------------
// R39A
// ---------------------------------------------------------------------------

export const R39A_NAME = 'Carrowby Skyline Cable Car';

export const R39A_AGENT_NAME = 'Wren';

export const R39A_CONTEXT = `Carrowby Skyline is a cable car that runs from the bottom of Carrowby (the base station is next to the old railway station on Station Road) right up to the top of Hollin Crag. At the top there's the Crag Top Café, a viewing platform and a few walks. The ride takes about 7 minutes each way and each cabin holds up to 8 people. There are 24 cabins on the line and every one is named after a local bird, so if you get "Curlew" or "Lapwing" that's why!

The cable car first opened in 1987. Me and my husband Dev took it over in 2009 when the council wanted shot of it, and we've been doing it up bit by bit ever since (new cabins in 2016, new drive motor in 2021). We're a small team, about 14 of us in summer and 8 in winter, so please bear with us on bank holidays when the queue goes round the car park.

We're open every day of the year apart from Christmas Day and our annual maintenance shutdown in January, when the engineers come in and check every cabin, clamp and wheel. Weather is the big thing with us - we're on an exposed hill and the wind can close us even when it's lovely and sunny down in town.

Contact: hello@carrowbyskyline.co.uk or 01632 960418 (the phone is answered 9am to 5pm, but it's a small office so leave a message if nobody picks up).

Gail Pennock, owner`;

export const R39A_BUSINESS_RULES = `Hi Wren, this is Gail. A few things about how I want you to talk to people.

Be friendly and chatty but don't waffle on. Most people asking us stuff are families planning a day out, so keep it simple and give them the actual answer (price, time, whatever) first. British spelling please, we're not American!

Don't ever promise the weather or promise that we'll definitely be open on a particular day. Nobody knows that until the morning. Point them at the status banner on the website instead.

Don't make up discounts. If it's not in the articles we don't do it. And don't take anyone's card details in the chat, ever - bookings go through the website or the ticket office.

If you don't know something, just say you don't know and give them the email or phone number. I'd much rather that than you guessing and someone turning up expecting something we don't do.

A couple of things I want a real person to handle that aren't on the admin list: if anyone asks about scattering someone's ashes at the top, please don't answer it yourself, pass it straight to one of us - we do allow it in some cases but it needs a proper conversation and a bit of care. And anybody wanting to film or photograph commercially up there, or fly a drone anywhere near the line, has to be handed over to me, there's insurance and the aviation rules to sort and I'm not having the bot say yes to that.

Thanks love, Gail`;

export const R39A_RULES: string[] = [
  'accident / injury / someone stuck in a cabin -> duty manager NOW',
  'lost or missing child -> human straight away',
  'refund request over £100 -> human',
  'complaint about a staff member -> Gail',
];

export const R39A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Opening times',
    category: 'Visiting',
    content: `OPENING TIMES

Summer (1st April to 31st October)
- Open 9:30am to 6pm every day
- last ride up is 5:15pm
- last ride down is 5:50pm, don't cut it fine!

Winter (1st November to 31st March)
- Open 10am to 4pm
- Last ride up 3:15pm
- Last ride down 3:50pm

We're CLOSED on Christmas Day and for the annual maintenance shutdown in January, which is usually the first two full weeks of the month (for 2025 that's Monday 6th to Sunday 19th January). Boxing Day we're open as normal and it's one of our busiest days, so book ahead.

Bank holidays are normal hours. In the school summer holidays we sometimes stay open a bit later if it's busy but don't count on it.

If the weather's bad we may open late or close early, see the article on wind and weather.`,
  },
  {
    title: 'Ticket prices 2025',
    category: 'Tickets',
    content: `Return tickets (up and back down)
Adult - £16.50
Child (3 to 15) - £9.00
Under 3s go free (they still need a ticket from the desk so we know how many are in the cabin, it's just a £0 one)
Concession (65 and over, or students with a valid card) - £13.50
Family (2 adults + 2 children) - £46.00
Extra child on a family ticket - £7.00

Single tickets (one way only)
Adult - £11.00
Child - £6.00

Lots of people get a single up and walk down the Miners' Path, it's a nice walk. You can buy a single down from the summit too if you walked up and your legs have given up, just pay at the little kiosk by the top station.

Tickets are valid for the date on them only, unless we've closed because of weather (see the weather article).

Prices are the same all year except for special events, which are priced separately.`,
  },
  {
    title: 'Booking online or turning up on the day',
    category: 'Tickets',
    content: `You don't have to book, you can just turn up and buy at the ticket office at the base station. BUT:

1. Booking online on our website gets you 10% off any return or single ticket (not season passes or events, they're already priced as low as we can).
2. Online tickets get a time slot, so on busy days you skip the main ticket queue and go straight to the "booked" lane by the barrier.
3. If you miss your slot, don't panic, just come to the booked lane and we'll fit you on the next cabin we can. On a really busy day that might be a wait though.

You'll get your tickets by email as a QR code. Show it on your phone at the barrier, you don't need to print it. If the email doesn't turn up check your junk folder, and if it's still not there email us with your name and the date and we'll resend it.

Changing the date: you can move an online booking to another date up to 24 hours before your slot, free, using the link in your confirmation email. After that we can't change it except for weather closures.`,
  },
  {
    title: 'Season passes - everything you need to know',
    category: 'Tickets',
    content: `Right, season passes. We get asked about these a LOT so here's the lot in one place.

What is it?
It's a pass that lets you ride as many times as you like. Loads of locals use them for dog walks up the Crag, and a few of our regulars go up every single morning for a coffee and the view, which I love.

How much?
- Adult season pass £49
- Child season pass £27
- Family season pass (2 adults and up to 3 children) £135
- Concession season pass £39

So if you're going to come more than about three times it pays for itself.

How long does it last?
It's valid for 12 months from the day you first use it, NOT from the day you buy it. So if you buy one as a Christmas present and they don't use it until Easter, the 12 months starts at Easter. Good for presents that one.

How do I get it?
Buy it online or at the ticket office. The first time you come, go to the ticket office window (not the barrier) and we'll take your photo and print your card. It takes about 2 minutes. Kids need to come too for their photo.

Can someone else use it?
No, sorry, passes are not transferable - that's why they've got your photo on. If we catch a pass being used by someone else we will take it off them, and yes we have had to do that.

Lost it?
A replacement card is £5, just come to the ticket office and we'll print a new one. Bring some ID if you can.

Extras for pass holders
- 10% off in the Crag Top Café (show your card at the till)
- 2 guest tickets at half price each year (the adult return price, halved)
- Early entry to book Santa Cable Car tickets a week before everyone else

What it doesn't cover
It doesn't cover special events like Sunset Fridays or Santa Cable Car, and it doesn't cover parking, because the car park isn't ours, it's the council's.

Does it work on days you're closed for weather?
No, and we don't extend passes for weather closures because you can just come another day. Sorry! Unless we're shut for weeks on end which has never happened.`,
  },
  {
    title: 'Wind, weather and closures',
    category: 'Visiting',
    content: `This is the one that causes the most confusion so I'll try and explain properly.

Hollin Crag is exposed. It can be flat calm in Carrowby and blowing a gale at the top. The cable car has wind sensors on the towers and at both stations, and the rules we work to are basically:

- Gusts over 30mph we slow the line down and may stop taking dogs and wheelchair users on for safety (boarding is harder when the cabins swing)
- If the wind is gusting over 40mph we stop the cable car completely
- Lightning within 10 miles we stop straight away, no arguments
- Heavy snow or ice on the line we stop until the engineers have checked it

We DON'T close for rain. It's a covered cabin, you'll be fine, and the cloud rolling over the Crag is actually really pretty. You might not see much from the top though!

How do I know if you're open?
Check the status banner at the top of our website homepage. The duty manager updates it first thing (by 8:30am) and any time it changes during the day. It's green for open, amber for "open but might stop" and red for closed. We put it on Facebook as well but the website is the one to trust.

What if I booked online and you close?
If we close on the day of your booking, you can rebook free of charge for any date within 12 months, or have a full refund. You'll get an email with a link to do either. You don't need to ring us.

What if I bought on the day?
If you bought at the ticket office and then we close before you've gone up, take your ticket back to the office for a refund. If you went up and we had to close while you were at the top - see below.

What if we're at the top and you stop?
Don't worry, nobody gets left up there. If we have to stop the line while people are at the summit we'll bring everyone down as soon as it's safe to run again, usually within the hour, and the café stays open while you wait. If it's going to be a long one we run a minibus down the service road. We'll give you a free return ticket to come back another day as well, because it's not the day out you were after.

Honestly if the forecast says 35mph+ gusts I'd come another day.`,
  },
  {
    title: 'Accessibility',
    category: 'Accessibility',
    content: `We want everyone to be able to get up the Crag so here's what we can and can't do.

Getting on the cabins
Both stations are step-free from the car park to the cabin. The cabins normally keep moving slowly through the station while people get on, which some people find tricky. If you need more time just tell the staff at the barrier and we can stop the line completely for wheelchair users to board, and for anyone else who needs it. Don't feel awkward about asking, we do it dozens of times a day.

Wheelchairs
Standard manual and powered wheelchairs up to 70cm wide fit in the cabins. Most do, but if yours is a wide one, email us the width and we'll tell you honestly.

Mobility scooters
Sorry, mobility scooters can't go in the cabins, they're too heavy and too long for the door. We've got two manual wheelchairs you can borrow for free at the summit, and we can take you up in one of our own chairs from the bottom too. Ask at the ticket office - they're first come first served, you can't book them.

Carers
Carers go free with a paying disabled visitor. You don't need to show anything, just let us know at the ticket office. If you're booking online ring or email and we'll sort the carer ticket.

At the top
- The path from the top station to the main viewing platform is tarmac, about 300 metres, fairly gentle
- The trail on to the trig point is rough, rocky and steep in places, not suitable for wheelchairs or pushchairs
- The café is all on one level with a ramp to the terrace
- Accessible toilets at both the base and summit stations

Other bits
- Hearing loop at the ticket office window
- Assistance dogs are welcome everywhere including inside the café
- There's a quieter time most weekdays after 2pm if you'd prefer less crowded cabins
- Disabled parking bays are right by the base station entrance (council car park, blue badge holders park free)`,
  },
  {
    title: 'Dogs, pushchairs and bikes',
    category: 'Visiting',
    content: `DOGS - yes! Dogs ride free. They have to be on a lead at all times (there are sheep on the Crag) and they need to sit on the floor of the cabin, not the seats. If it's very windy we sometimes stop taking dogs on, see the weather article. In the café, dogs are welcome on the outside terrace but only assistance dogs inside, sorry, that's an environmental health thing. There's a water bowl by the café door.

PUSHCHAIRS / BUGGIES - you can wheel pushchairs straight on, no need to fold them. Double buggies fit too. Just take the kids out if the staff ask, which they will on gusty days.

BIKES - we can't take normal bikes, the cabins aren't built for them and they scratch everything. We only allow folding bikes in a bag. So no riding your mountain bike down the Crag I'm afraid (it's not allowed on the footpaths anyway).

LUGGAGE - nothing bigger than a decent rucksack really. Picnic cool bags are fine.`,
  },
  {
    title: 'The Crag Top Café',
    category: 'Café',
    content: `The Crag Top Café is at the top station. Best view of any café in the county, I'll argue that with anyone!

You don't need a cable car ticket to use the café - if you've walked up, come on in.

Opening times
The café opens when the cable car opens and closes 30 minutes before the last ride down. Hot food is served until 4pm in summer and until 2:30pm in winter. After that it's cakes, sandwiches and drinks.

Menu (the main bits, specials change)
- Bacon bap - £5.20 (veggie sausage bap same price)
- Cheese and onion pasty - £4.80
- Soup of the day with a crusty roll - £6.50
- Jacket potato with beans/cheese/tuna - £7.25
- Cream tea (2 scones, jam, clotted cream, pot of tea) - £7.95
- Kids' lunch box (sandwich, fruit, crisps, juice) - £6.00
- Slice of cake - £3.60
- Hot chocolate with the works - £4.20
- Tea £2.40, coffees from £2.90

Dietary stuff
We always have a vegan soup and a vegan cake. Gluten-free bread is available for sandwiches and we do a gluten-free brownie. We're not a gluten-free kitchen though so if you're coeliac please talk to the staff. Full allergen book at the till.

Picnics
You're welcome to bring a picnic and eat it on the grassy bank by the viewing platform - just not at the café tables please, those are for café customers.

Season pass holders get 10% off at the till.`,
  },
  {
    title: 'Groups and school trips',
    category: 'Groups',
    content: `GROUPS (15 people or more)
Groups of 15 or more get 15% off the normal return prices. You have to book at least 7 days ahead by email so we can give you a time slot and make sure we've got enough staff on. One person pays for the whole group.

Walking clubs, WI, U3A, Scouts, hen dos (behave!) all welcome.

SCHOOLS
- £6.50 per pupil for a return trip
- One teacher/leader free for every 10 pupils, extra adults pay the group rate
- We can do a free 20 minute talk at the summit about the Crag, the old lead mines and the wildlife if you ask when you book (term time only)
- There's a covered area at the top where you can eat packed lunches if it's raining
- Risk assessment pack available on request

COACHES
Coach parking is free in the bay on Station Road but let us know you're coming so we can cone it off for you. Drivers ride free.

Please note group bookings need paying 14 days before your visit and after that it's non-refundable except for weather closures.`,
  },
  {
    title: "What's on - events through the year",
    category: 'Events',
    content: `We do a few special things through the year. Tickets for events always have to be booked online in advance, you can't just turn up, and season passes don't cover them.

SUNSET FRIDAYS
Every Friday in July and August we stay open until 9pm for the sunset. Last ride up is 8:15pm. Tickets are £19 adult / £10 child and that includes a hot drink at the café. The café does a little evening menu (pizza and that kind of thing). If the sunset is a washout, well, that's Carrowby for you, we don't refund for clouds!

EASTER EGG TRAIL
Over the Easter weekend there's an egg trail round the summit for kids. It's free with a normal ticket, kids get a chocolate egg at the end.

BONFIRE NIGHT
The Saturday closest to 5th November we stay open late so you can watch the town fireworks from the top. It's £15 per person, limited numbers, sells out every year.

SANTA CABLE CAR
The first three weekends of December. Santa has his grotto at the summit. It's £22 per child, which includes the ride, a visit to Santa and a present. Adults are £14. Under 1s visiting Santa are £8 (small present). Pass holders get early booking, everyone else can book from 1st October.

PRIVATE HIRE
You can hire the café at the top for an evening do - birthdays, anniversaries, work parties. Prices start from £350 and depend on numbers and food. Email us with what you're thinking.`,
  },
  {
    title: 'Getting here and parking',
    category: 'Visiting',
    content: `The base station is on Station Road, Carrowby, right next to the old railway station building (which is now a bike shop). Postcode for sat navs is CW7 4HL.

By car: use the Station Road car park. It's a council pay and display, not ours, so we can't do anything about the prices! It's currently £4.50 for the day, or £2 for up to 2 hours. Pay by card at the machine or with the parking app. Blue badge holders free.

By bus: the 41 from Ashby stops right outside (stop is "Carrowby Old Station") roughly every half hour, less on Sundays.

By train: the nearest station that actually has trains now is Ashby, and it's 20 minutes on the 41 bus from there.

Walking up instead of riding: the Miners' Path goes from behind the base station up to the summit. It takes about 45 minutes if you're reasonably fit, longer with kids. It's steep near the top and muddy after rain, proper shoes please. It's a public footpath so it's free, and you can get a single ticket back down from the kiosk at the top.`,
  },
  {
    title: 'Lost property, photos and other bits',
    category: 'General',
    content: `Some bits and bobs that don't fit anywhere else.

LOST PROPERTY
Left something in a cabin or at the café? Email us with a description, the date and roughly what time. We keep lost property for 30 days, then it goes to charity (or the bin if it's grim). We can post things back to you if you pay the postage.

ON-RIDE PHOTO
There's a camera about halfway up that takes your photo as you pass. You can see it on the screens at the top station and buy a print for £8 or the digital copy for £6.

GIFT SHOP
Small shop at the base station. Open the same hours as the ticket office.

SMOKING AND VAPING
Not allowed in the cabins or at either station.

HOW HIGH / HOW FAST
The cable is about 820 metres long and the cabins travel at up to 5 metres a second, although we run slower than that most of the time so people can enjoy it.

IS IT SCARY?
Most people who are a bit nervous of heights find it fine, it's a smooth ride and the cabins are enclosed. If you're really nervous, ask for a cabin on your own group and sit facing uphill.`,
  },
];

export const R39A_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'what time is the last cable car up in the summer? we are driving up from leeds and dont want to miss it', facts: ['last ride up is 5:15pm'], escalate: false },
  { question: 'Hi there, we are coming in Feb half term, what time do you open and shut?', facts: ['10am to 4pm'], escalate: false },
  { question: 'how much is it for me, my wife and our two lads (8 and 11)?', facts: ['£46.00'], escalate: false },
  { question: 'Does my toddler need to pay? She is 2 and a half', facts: ['Under 3s go free'], escalate: false },
  { question: 'My mum is 71, is there a cheaper ticket for her?', facts: ['£13.50'], escalate: false },
  { question: 'I only want to go up and then hike back down, what does that cost for an adult', facts: ['£11.00'], escalate: false },
  { question: 'is it any cheaper if i buy the tickets on your website rather than on the day', facts: ['10% off'], escalate: false },
  { question: 'I bought my husband a season ticket for his birthday in march but we probably wont go until the summer, will it have run out by then?', facts: ['12 months from the day you first use it'], escalate: false },
  { question: 'Can my sister borrow my season pass next weekend? I\'m away', facts: ['not transferable'], escalate: false },
  { question: 'think i dropped my season pass on the Crag somewhere, gutted. can i get a new one?', facts: ['£5'], escalate: false },
  { question: 'How windy does it have to be before you shut the cable car?', facts: ['40mph'], escalate: false },
  { question: 'We had tickets booked online for last Sunday and you were closed for the wind. What happens now, do we lose the money?', facts: ['rebook free of charge'], escalate: false },
  { question: 'It looks blowy out, how can I check if you are actually running today before I set off?', facts: ['status banner'], escalate: false },
  { question: 'my dad uses a wheelchair and the cabins look like they keep moving, can he get on safely?', facts: ['stop the line completely'], escalate: false },
  { question: 'Can I take my mobility scooter up in the cable car?', facts: ["mobility scooters can't go in the cabins"], escalate: false },
  { question: 'I look after my brother who has learning disabilities, do I have to pay for myself as well?', facts: ['Carers go free'], escalate: false },
  { question: 'can we bring our spaniel on the cable car? does he need a ticket lol', facts: ['Dogs ride free'], escalate: false },
  { question: 'Do I have to fold up the pram to get in?', facts: ['no need to fold them'], escalate: false },
  { question: 'Is it ok to take my mountain bike up and ride back down the hill?', facts: ['folding bikes'], escalate: false },
  { question: 'im coeliac - does the cafe at the top do anything gluten free?', facts: ['gluten-free brownie'], escalate: false },
  { question: 'how much is a cream tea in your cafe?', facts: ['£7.95'], escalate: false },
  { question: 'Im organising a trip for our rambling club, there will be around 20 of us. Do you do any sort of group rate?', facts: ['15% off'], escalate: false },
  { question: 'Hello, I am a year 4 teacher planning a trip in June. What is the cost per child?', facts: ['£6.50 per pupil'], escalate: false },
  { question: 'when do you do the late night sunset openings?', facts: ['Every Friday in July and August'], escalate: false },
  { question: 'how much is the santa cable car thing for my little boy (he is 4)', facts: ['£22 per child'], escalate: false },
  { question: 'how long does it take to walk up to the top if we skip the cable car?', facts: ['about 45 minutes'], escalate: false },
  // Unanswerable
  { question: 'Is there a cash machine anywhere at the base station?', unknown: true, escalate: false },
  { question: 'Do you have electric car chargers in the car park?', unknown: true, escalate: false },
  { question: 'Can I get a VAT receipt for our tickets? Its a work team outing', unknown: true, escalate: false },
  { question: 'Are there lockers at the bottom where we can leave our bags?', unknown: true, escalate: false },
  { question: 'Do you have a webcam at the top so I can see what the view is like before we come?', unknown: true, escalate: false },
  { question: 'Is the food in the summit cafe halal?', unknown: true, escalate: false },
  { question: 'do you take american express at the ticket office?', unknown: true, escalate: false },
  { question: 'Is there wifi at the top? My teenagers will ask lol', unknown: true, escalate: false },
  { question: 'Are you hiring any staff for the summer? My daughter is 17 and looking for work', unknown: true, escalate: false },
  { question: 'Is there a defibrillator at the summit? My husband has a heart condition', unknown: true, escalate: false },
  // Hand-over
  { question: 'PLEASE HELP my 6 year old ran off near the viewing platform at the top and we cant find her anywhere', escalate: true },
  { question: 'The lad on the barrier this morning was so rude to my elderly mother, honestly a disgusting attitude. I want this dealt with', escalate: true },
  { question: 'Mum always loved the view from Hollin Crag. We would like to take her ashes up and scatter them at the top, would that be alright?', escalate: true },
  { question: 'I run a small wedding videography business, can I bring my drone up to get some aerial shots of a couple at the summit?', escalate: true },
];

// ---------------------------------------------------------------------------
// R39B
// ---------------------------------------------------------------------------

export const R39B_NAME = 'Hartwell Classic Car Hire';

export const R39B_AGENT_NAME = 'Bertie';

export const R39B_CONTEXT = `Hartwell Classic Car Hire is a small family business run from a converted barn at Lane End Farm, Stoke Pennock, Shropshire. It's me (Ray Hartwell) and my daughter Jan, plus three part-time chauffeurs who are all retired and all car mad.

We hire out classic cars for weddings, school proms, birthdays and anniversaries, and we also do self-drive days where you take one of our classics out on your own for the day or the weekend. Wedding and prom cars are always chauffeur-driven. Self-drive is only on the MGB and the Triumph Herald - the others are too precious (and too expensive to insure) to let out on their own.

The fleet at the moment:
- "The Duchess" - 1962 Bentley S2, Shell Grey, chauffeur only
- "Mabel" - 1959 Jaguar Mk1, Old English White, chauffeur only
- "Daisy" - 1972 VW T2 camper, two-tone cream and blue, chauffeur only
- "Rosie" - 1966 MGB Roadster, British Racing Green, self-drive
- "Herbie" (yes I know) - 1969 Triumph Herald 13/60 convertible, red, self-drive

All the cars are serviced in-house by me. They're old cars and they're looked after properly but they're not modern cars, so please bear that in mind - no air con, no USB sockets, and the heaters are more of a suggestion.

Office hours are Monday to Friday 9am to 5pm and Saturday mornings. Email bookings@hartwellclassics.co.uk or ring 01632 960772.`;

export const R39B_BUSINESS_RULES = `Bertie - Ray here. Read this before you start talking to people.

How to talk
Be warm and a bit old-fashioned polite, like you're talking to someone in the showroom. No slang, no emojis, no exclamation marks everywhere. Wedding couples are usually stressed enough, so be calm and give them clear answers. Prices are always in pounds and always say whether it's for the package or per hour/per day so nobody gets a nasty surprise.

Don't ever confirm a date is available. You can't see the diary. Tell them to email or ring and Jan will check. Same goes for holding a date - nothing is held until the booking fee is paid.

Don't ever agree to let someone drive one of the chauffeur-only cars, no matter how nicely they ask or how experienced they say they are. The Bentley and the Jag do not go out self-drive, full stop.

Don't discount. If they want a deal they can talk to Jan.

If the answer isn't in what I've written, say you don't know and give them our email. Don't guess about the cars - people take what you say as gospel.

Things I want a real person to deal with
- Anything that's gone wrong while a car is out - a bump, a breakdown, a warning light, somebody's reversed into a gatepost, whatever. I want to know straight away, not after a chat with a computer.
- Any wedding couple wanting to cancel or change their booking when the wedding is less than 14 days away. At that point it's my chauffeur's diary and my car, we need to talk properly.
- Anyone unhappy about money we've kept back from a security deposit. Pass it to Jan, don't argue it.

Also, if somebody asks about using one of our cars in a film, TV programme, advert or a photo shoot, that's a different sort of hire altogether and I'll handle it myself, so hand it over. If anyone tells you they've got points on their licence or a past ban and asks if they can still do self-drive, don't try and work it out, put them through to a person because it depends on the insurers. And if someone complains about how one of our chauffeurs was driving, that comes straight to me as well.

Cheers, Ray`;

export const R39B_RULES: string[] = [];

export const R39B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Wedding car packages and prices',
    category: 'Weddings',
    content: `We've been doing wedding cars for over 20 years now and there's nothing nicer than seeing a bride step out of the Duchess at the church door. Here's how it works.

WHAT'S IN THE WEDDING PACKAGE
Our standard wedding package gives you the car and chauffeur for up to 3 hours on the day. That's normally enough for:
1. Picking up the bride (and usually her dad or whoever's giving her away) from home and taking her to the ceremony
2. Waiting during the ceremony
3. Taking the newly-weds to the reception, with a stop for photos on the way if you like

If the groom needs taking too, that's usually fine within the 3 hours if it's all close by - ask when you book.

PRICES (2025 and 2026 weddings)
- The Duchess (1962 Bentley S2) - £495
- Mabel (1959 Jaguar Mk1) - £395
- Daisy (1972 VW camper) - £375
- Extra hours beyond the 3 - £85 an hour

Daisy carries up to 6 passengers so she's great for bridesmaids, or for the couples who want something a bit more fun. The Bentley and the Jag take 3 passengers in the back comfortably (a bride in a big dress counts as about two, I'm afraid!).

WHAT'S INCLUDED
- Chauffeur in a grey morning suit and cap
- Ribbons in your colours (just tell us the colour, white or ivory if you don't say)
- A bottle of water and tissues in the back for the nerves
- The car washed and polished the morning of the wedding

TRAVEL
The prices cover venues within 25 miles of Stoke Pennock. Beyond that we charge £1.50 per mile from our barn to your first pick-up and back. We'll tell you the exact figure when we quote.

Please do come and see the cars before you book if you want to - viewings are by appointment, usually weekday evenings or Saturday mornings.`,
  },
  {
    title: 'Booking fee, balance and cancellations',
    category: 'Bookings',
    content: `BOOKING
To secure your date we take a £100 booking fee. Until that's paid the date isn't held, even if we've talked about it on the phone. Once it's paid you'll get a confirmation letter (yes, an actual letter, Jan insists) and an email.

The booking fee comes off the total - it isn't on top.

BALANCE
The rest of the money is due 6 weeks before the wedding or event. We'll send you a reminder about 2 weeks before it's due. If the balance isn't paid by the due date we'll chase you, and if we still haven't heard we can release the date.

CANCELLING
We know plans change. This is how it works:
- More than 6 months before the date: we refund the booking fee less a £25 admin charge
- Between 6 months and 6 weeks before: the booking fee is kept, nothing else is owed
- Less than 6 weeks before: the full amount is due, because we'll have turned other couples away for that date

CHANGING THE DATE
If you need to move your wedding, we'll move the booking to a new date free of charge once, as long as the car is free on the new date and it's more than 6 weeks' notice. After that it counts as cancelling and rebooking.

If we ever have to cancel on you (say the car breaks down the day before, touch wood it's never happened) we'll send another of our cars at no extra cost, or refund you in full if that's not what you want.`,
  },
  {
    title: 'School proms',
    category: 'Proms',
    content: `Prom season is May to early July and it gets booked up very fast, so if you're reading this in April you might already be too late for the popular Fridays. Sorry!

HOW PROM HIRE WORKS
- The car picks up from one address (or a couple of houses close together) and takes them to the prom venue.
- The chauffeur will wait 15 minutes at the pick-up for photos - parents love this bit.
- Drop-off at the venue with the door opened, red carpet moment etc.

PRICES
- One-way drop at the prom venue (up to 1 hour on the clock): £225 in any of the chauffeured cars
- Collecting them at the end of the night and taking them home: add £90
- The VW camper takes up to 6, so if you've got a group of friends, splitting it between six is a good deal

THE RULES
- Bookings for proms have to be made by a parent or guardian, not by the student. We need to speak to a grown-up!
- The chauffeur is in charge of the car. If anyone's being silly, the car stops.
- We don't allow anything to be stuck to the car (no banners, no balloons taped on). Ribbons we'll do for you.

Booking fee and cancellations work the same as for weddings.`,
  },
  {
    title: 'Self-drive days - how it all works',
    category: 'Self-drive',
    content: `This is my favourite thing we do, to be honest. Weddings are lovely but there's nothing like handing the keys of Rosie to someone who's wanted to drive an MG since they were a kid, and seeing their face when they get back.

WHICH CARS?
Only two cars are available for self-drive:
- Rosie, the 1966 MGB Roadster (2 seats)
- Herbie, the 1969 Triumph Herald convertible (4 seats, just about, the back is snug)

The Bentley, the Jag and the camper are chauffeur only. Please don't ask, the answer's no!

PRICES
- MGB - £189 a day
- Triumph Herald - £159 a day
- Weekend (Friday 4pm to Monday 10am): MGB £449, Herald £379
- Week hire by arrangement, ask Jan

A "day" is 9am to 6pm. You collect from the barn at 9am and bring it back by 6pm. If you're going to be late, ring us - it's £30 for every hour late, and more importantly I worry.

MILEAGE
You get 150 miles a day included (450 on a weekend hire). Over that it's 45p a mile, which we work out from the odometer when you get back. 150 miles is plenty for a proper day out round the Welsh borders and the Long Mynd, which is what most people do.

ADDING A DRIVER
You can add a second named driver for £20 per hire. They have to meet all the same requirements (see "Who can drive") and be there at collection with their licence.

WHAT HAPPENS ON THE DAY
When you collect we go through a handover briefing, which takes about 30 minutes. We'll show you the controls, the choke, where the fuel cap is, how the roof goes up and down, and take you out for a quick spin round the lanes first. Don't skip it, these cars aren't like your Golf.

Then off you go. We give you a little folder in the glovebox with our number, the breakdown number and some route ideas.`,
  },
  {
    title: 'Who can drive (self-drive requirements)',
    category: 'Self-drive',
    content: `To drive one of our cars yourself, you must:
- Be aged between 25 and 75 on the day of hire
- Have held a full UK driving licence for at least 3 years (we can sometimes do EU licences, ask first)
- Bring your photocard licence with you on the day

DVLA CHECK
You'll need to get a check code from the DVLA website (search "view or share your driving licence") and send it to us no more than 21 days before your hire. The code only lasts 21 days, which is why. We can't let the car go out without it.

We also need proof of address - a utility bill or bank statement from the last 3 months.

If you've got anything on your licence, please tell us before you book rather than on the day. It's much less awkward for everyone.`,
  },
  {
    title: 'Security deposit and insurance',
    category: 'Self-drive',
    content: `SECURITY DEPOSIT
For self-drive hire we take a £500 security deposit. It has to be on a credit card, not a debit card - we pre-authorise it, which means the money is held but not actually taken. This is what the insurance company asks for, not something I made up to be awkward.

When you bring the car back we check it over together. If everything's fine the hold is released and it usually shows back on your card within 7 working days (that bit is down to your bank, not us).

What we can take money out of the deposit for:
- Damage that's under the insurance excess
- Extra miles over your allowance, if you'd rather we took it from there
- Refuelling if it's not come back full
- Valeting if it comes back filthy or someone's smoked in it
- Late return charges

INSURANCE
Fully comprehensive insurance is included in the price for you and any named driver. The excess is £750, which means if there's an accident that's your fault, you pay the first £750 of the damage.

You can reduce the excess to £250 by paying an extra £35 a day when you book. If you're a bit nervous about driving an old car, I'd recommend it.

BREAKDOWN COVER
All our cars have RAC breakdown cover included. The number is in the folder in the glovebox. Please call us as well, though - we know these cars and it might be something we can talk you through on the phone.`,
  },
  {
    title: 'Fuel, smoking and looking after the cars',
    category: 'Self-drive',
    content: `FUEL
Both self-drive cars come out with a full tank and need to come back with a full tank. Please only use super unleaded (97 or 98 octane) - the old engines don't like the normal stuff with the ethanol in it. There's a garage in Stoke Pennock just before you get back to us.

If it comes back not full, we'll charge £25 plus the cost of the fuel to fill it up.

SMOKING
No smoking or vaping in any of the cars, self-drive or chauffeured. If a self-drive car comes back smelling of smoke there's a £150 valet charge, because it takes days to get the smell out of old leather.

PARKING
Try to park away from other cars in car parks - people open their doors into anything. Never leave the roof down when you leave the car.

THE ROOF
Don't put the roof up or down in the rain if you can help it. Put it up before the heavens open. The Herald's roof is easy, the MGB's takes a bit of practice and we'll show you at the handover.

IN THE WET
These cars don't have modern brakes or tyres. Leave a big gap to the car in front, especially in the rain.`,
  },
  {
    title: 'Driving a classic - tips from Ray',
    category: 'Self-drive',
    content: `A few things people don't expect, from years of watching people drive off down the lane!

THE MGB
- There's no synchromesh on first gear. That means you need to be fully stopped to get it into first, or it'll crunch. Second, third and fourth are fine.
- It has a choke. On a cold morning pull it out about halfway, start it, and push it back in gradually as it warms up. Don't forget to push it in fully or it'll drink fuel.
- The steering is heavy at parking speeds and lovely once you're moving.
- Overdrive is the little switch on the dash - we'll show you.

THE HERALD
- It has an amazing turning circle, you can nearly turn it round in its own length, so U-turns are easy.
- The bonnet tips forward in one piece (the whole front of the car lifts up). You won't need to open it but people like to see it at the handover.
- The indicators don't always cancel themselves, so keep an eye on them.

BOTH
- Brakes need a firmer push than you're used to, and they need a bit more distance.
- No power steering, no air con, no parking sensors.
- Check the temperature gauge now and then. If the needle goes past the middle, pull over safely and ring us.
- People will wave at you. Wave back, it's part of the fun.`,
  },
  {
    title: 'Chauffeur hire for other occasions',
    category: 'Chauffeur',
    content: `It's not just weddings and proms. We do chauffeur-driven hire for:
- Big birthdays (we did a 100th last year, the lady had her first date in a Jag Mk1 in 1949)
- Anniversaries, especially ruby and golden
- Surprise trips and days out
- Taking someone to a special lunch or the theatre

Price is £95 an hour, with a minimum of 2 hours. Travel outside 25 miles of Stoke Pennock is extra, same as for weddings.

Any of the three chauffeur cars can be booked - the Duchess, Mabel or Daisy. We can put ribbons or a birthday banner in the back window (inside, not stuck on the paintwork).

Weekday hires are usually easier to get than Saturdays, which are nearly always weddings from April to September.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'General',
    content: `Where are you?
Lane End Farm, Stoke Pennock, Shropshire. Postcode for sat nav is SY9 2RP but it sends you up the wrong track, so follow the brown "Classic Car Hire" signs from the village green. There's parking in the yard for when you collect a self-drive car.

Can I leave my car with you while I'm out in one of yours?
Yes, it's safe in the yard, behind the gate.

What happens if it rains on our wedding day?
The Bentley, Jag and camper all have proper roofs, so you'll stay dry. The chauffeur carries a big white umbrella for getting you in and out.

Do you do "going away" cars, like at the end of the night?
Yes, that's charged as extra hours at £85 an hour on top of the wedding package, or as a separate chauffeur hire.

Can we decorate the car ourselves?
Please don't stick anything to the paintwork. Ribbons we do for you, and you can put things inside the car as long as they're not going to mark the seats.

Are the cars air-conditioned?
No. Windows down, that's your air con. On a really hot day the chauffeur will have the car waiting in the shade.

Do you do photo shoots at your barn?
Sorry, not as a general thing - see Jan if you're thinking about it.`,
  },
];

export const R39B_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'hi, how much is the grey bentley for a wedding?', facts: ['£495'], escalate: false },
  { question: 'Our colours are dusky pink and sage, can the car be decorated to match or is that extra?', facts: ['Ribbons in your colours'], escalate: false },
  { question: 'How long do we get the car and driver for on the wedding day?', facts: ['up to 3 hours'], escalate: false },
  { question: 'our venue is about 40 miles from you, is there an extra charge for that?', facts: ['£1.50 per mile'], escalate: false },
  { question: 'What do we need to pay to reserve our wedding date with you?', facts: ['£100 booking fee'], escalate: false },
  { question: 'When do we have to pay the rest of the money for the car?', facts: ['6 weeks before'], escalate: false },
  { question: 'We booked Mabel for next August but the wedding might be off (long story). If we cancelled now would we get our deposit back?', facts: ['less a £25 admin charge'], escalate: false },
  { question: 'My daughters prom is 27th June, how much would you charge to take her to the venue?', facts: ['£225'], escalate: false },
  { question: 'can the car bring them home after the prom as well and how much extra', facts: ['add £90'], escalate: false },
  { question: 'How many people can fit in the VW van? Its for my son and his mates', facts: ['up to 6'], escalate: false },
  { question: 'My 16 year old wants to book the prom car herself, is that ok?', facts: ['parent or guardian'], escalate: false },
  { question: 'how much to hire the green MG and drive it myself for a day?', facts: ['£189 a day'], escalate: false },
  { question: 'Could I have the MG for a whole weekend, and what would that cost?', facts: ['MGB £449'], escalate: false },
  { question: 'Is there a limit on how far I can drive on a self drive day?', facts: ['150 miles a day'], escalate: false },
  { question: 'what happens if I go over the miles you give me?', facts: ['45p a mile'], escalate: false },
  { question: "I'm 23 and have been driving since I was 17, am I old enough to hire the Herald?", facts: ['Be aged between 25 and 75'], escalate: false },
  { question: 'whats the deposit for self drive, and can I put it on my debit card?', facts: ['£500 security deposit', 'not a debit card'], escalate: false },
  { question: 'How long does it take to get the deposit back after I return the car?', facts: ['7 working days'], escalate: false },
  { question: "If I prang the car what's the most I'd have to pay?", facts: ['£750'], escalate: false },
  { question: 'Is there a way to make the insurance excess lower? A bit nervous', facts: ['£35 a day'], escalate: false },
  { question: 'what petrol do I put in the MG if I need to fill up while Im out?', facts: ['super unleaded'], escalate: false },
  { question: 'Can my husband share the driving with me on the self-drive, is there a charge?', facts: ['£20 per hire'], escalate: false },
  { question: 'Do I need to sort anything out with my licence before the day?', facts: ['check code'], escalate: false },
  { question: 'What happens if the car breaks down, is there any cover?', facts: ['RAC breakdown cover'], escalate: false },
  { question: 'we want to surprise my nan with a ride in the jag for her 90th, how much is that?', facts: ['£95 an hour'], escalate: false },
  { question: "Never driven anything older than my Fiesta, anything weird about the MG I should know?", facts: ['no synchromesh on first gear'], escalate: false },
  // Unanswerable
  { question: 'Do you have any classics that have been converted to electric?', unknown: true, escalate: false },
  { question: 'Does your chauffeur speak any Polish? Half our guests are from Poland', unknown: true, escalate: false },
  { question: 'Can you fit a child car seat in the Jag? Our page boy is only 3', unknown: true, escalate: false },
  { question: 'Could I take the Herald over to France on the ferry for a day trip?', unknown: true, escalate: false },
  { question: 'Do you provide cars for funerals? My grandad loved his old Bentley', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers for a self-drive day? Want to get one for my dad', unknown: true, escalate: false },
  { question: 'Can our dog ride with us in the wedding car? He is the ring bearer', unknown: true, escalate: false },
  { question: 'Are your chauffeurs DBS checked? Asking as a prom parent', unknown: true, escalate: false },
  { question: 'Do you put a bottle of champagne in the car for the bride and groom?', unknown: true, escalate: false },
  { question: 'Would the chauffeur be happy to take a few pics of us on our phones outside the church?', unknown: true, escalate: false },
  // Hand-over
  { question: "The MG has just started making a horrible grinding noise and a red light came on, we're pulled over in a layby near Church Stretton, what do we do??", escalate: true },
  { question: "You've taken £180 off my deposit for a 'scratch' that was already there when I picked the car up. I'm not happy about this at all", escalate: true },
  { question: 'Our wedding is a week on Saturday and the venue has fallen through, we need to cancel or move the car booking', escalate: true },
  { question: "Hi, I'm a location producer on a period drama for a streaming channel, we'd like to hire the Jaguar for a couple of days filming next month", escalate: true },
];
