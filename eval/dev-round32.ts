/**
 * Round-32 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Two invented small UK businesses, entered as their owners would type them into the admin console:
 *   - KART_  Kingsmoor Karting (outdoor go-kart track near Calne, Wiltshire) - 40 cases:
 *            26 answerable, 10 unknown, 4 hand-over. All hand-over instructions live in
 *            KART_BUSINESS_RULES as prose paragraphs; KART_ESCALATION_RULES is empty.
 *   - WED_   Lavender & Chrome Wedding Cars (wedding, prom & chauffeur hire, Stockport) - 40 cases:
 *            26 answerable, 10 unknown, 4 hand-over. 5 short rules in WED_ESCALATION_RULES plus
 *            2 further hand-over situations mentioned only in WED_BUSINESS_RULES.
 *
 * `facts` strings appear verbatim (case-insensitive) in one article or the context.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Business 1: Kingsmoor Karting
// ---------------------------------------------------------------------------------------------

export const KART_NAME: string = 'Kingsmoor Karting';

export const KART_AGENT_NAME: string = 'Jodie';

export const KART_CONTEXT: string = `Kingsmoor Karting - outdoor kart track on the old Kingsmoor Farm just outside Calne in Wiltshire. Family run, me (Rob Hadley) and my wife Sarah, been going since 2011. The track is 850m long, 11 corners, all tarmac and all OUTDOORS (we dont have an indoor track, people do ask).

Opening: Wed to Sun 10am-6pm, last session goes out at 5.15pm. Closed Mon & Tue except in school holidays when we open 7 days. Summer late nights on Fridays in June, July & Aug till 8.30pm.

Phone 01249 960418 (office, answered whenever were open)
Email bookings@kingsmoorkarting.co.uk, corporate stuff goes to events@kingsmoorkarting.co.uk
Online booking on the website works 24/7 and is the quickest way.

Team: Dean is our duty manager / track manager, Shelley looks after parties & corporate, Kieran is head instructor and runs the Junior Club, Mags runs the cafe.

Customers are mostly families with kids, birthday parties, stag & hen groups and works dos. Tone: friendly and a bit cheeky is fine but dont go over the top with exclamation marks and emojis. British English please - its "booking" not "reservation", "mum" not "mom", "queue" not "line".`;

export const KART_BUSINESS_RULES: string = `Notes for Jodie (the chat bot) - Rob

General stuff
- Always push online booking first, its quickest and they see live availability. Phone is fine for groups or if they're stuck.
- Never promise a session will definitely go ahead if the weather looks grim. Just explain we race in the rain and we'll text them by 8am if we have to cancel.
- Dont guess lap times, top speeds other than whats on the website, or how many laps they'll get. If its not in the info say you dont know and give them the office number.
- Height and age limits are NOT negotiable. Dont say "should be ok" if a kid is a cm or two short, the marshals measure everyone at sign-in and will turn them away. Better they know now.
- Refunds: just go by what the cancellations page says. If they've cancelled with more than 72 hours notice they get their money back minus the £5 admin fee, less than that they can move it once for £10. Dont make exceptions and dont say "I'm sure we can sort something out".
- Dont call it a go-cart (its kart). Race suit not "jumpsuit".
- Vouchers - if someone wants to buy a voucher send them to the website, we cant take payment in chat.
- Parties and corporate bookings all go through Shelley eventually but you can answer the basic questions (prices, whats included, numbers) yourself from the info. Dont quote for things that aren't on the price list.
- Drinking: if someone asks can they have a few beers first, the answer is no, marshals will refuse anyone who looks like they've been drinking and they wont get their money back. Be nice about it but clear.
- Dont slag off other tracks even if the customer does.
- If someone asks for Mags or the cafe specifically, just answer from the cafe info, she's not on chat.

When to pass it to one of us

If anyone tells you that they or their child got hurt here - a crash, a shunt into the tyre wall, burnt their leg on an engine, whiplash, anything at all even if it sounds minor - don't try to deal with it yourself and don't say anything about whose fault it was. Hand it straight over so Dean can pick it up, because he has to log it in the accident book and may need to ring them. Same goes if they say their car got damaged in our car park. Someone just mentioning an old injury or asking if they can drive with a bad back is different, the safety info covers that so answer them normally.

Anything where the customer says we've taken money wrongly needs a person as well. So if they've been charged twice, charged for a session they never got, or they're talking about going to their bank or doing a chargeback, pass it on to me or Sarah and don't argue about it or promise money back. Normal refund questions about the weather or cancelling in time are fine for you to answer from the cancellations page, that's what it's there for.

We quite often get disabled drivers asking if they can have a go. Sometimes we can, we've got one kart that Dean can fit hand controls to, but everyone is different so please don't say yes or no yourself. Pass them over and Dean will talk it through with them. The same applies if someone tells you they use a wheelchair and wants to know about getting in and out of a kart.

If somebody is unhappy about the way a marshal or anyone else on the team spoke to them or treated them, hand it over rather than defending the staff member or apologising on their behalf. Press, TV and YouTubers wanting to film here, or anyone asking about sponsorship, also go to a person.

And obviously if someone just wants to talk to a real person then let them, don't keep them going round in circles with the bot.`;

export const KART_ESCALATION_RULES: string[] = [];

export const KART_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Arrive & Drive - Adult Session Prices',
    category: 'Prices',
    content: `ARRIVE & DRIVE (AGES 14+)

No licence or experience needed. Just book online, turn up, get briefed and go racing on our 850m outdoor circuit.

SESSION PRICES (per driver)

Session         | Track time                                  | Peak (Fri-Sun & school hols) | Off-peak (Wed/Thu, term time)
----------------|---------------------------------------------|------------------------------|------------------------------
Sprint          | 15 mins                                     | £32                          | £27
Double Sprint   | 2 x 15 mins                                 | £55                          | £46
Grand Prix      | 15 min practice, 10 min qualifying, 15 min race | £72                      | £62
Endurance Hour  | 60 mins, teams of 2-4 drivers per kart      | £240 per kart                | £210 per kart

* Every session includes the safety briefing, helmet, balaclava and race suit.
* Results and lap times are texted/emailed to you after every session.
* Grand Prix includes a podium ceremony with trophies for the top 3.
* Endurance Hour is 16+ only (see Safety & Limits).

THE KARTS
Our adult karts are Sodi RT8s with 390cc Honda four-stroke engines. Top speed down our back straight is around 45mph - that feels a LOT faster when you're sat an inch off the tarmac! All karts have remote speed control so race control can slow the whole field down if there's an incident.

HOW A SESSION WORKS
1. Arrive 30 minutes before your session time for sign-in.
2. Sign-in: everyone signs a driver declaration and gets height-checked.
3. Safety briefing (about 10 mins) - flags, rules, how the pedals work.
4. Kit up - race suit, balaclava, helmet.
5. Race!
6. Results on the screen in the cafe and sent to your phone.

Max 14 karts on track at once. Arrive & drive sessions are mixed, so you might share the track with other groups unless you've booked exclusive track hire (see Corporate Events).

BOOKING
Book online 24/7 - off-peak prices are applied automatically when you pick a Wednesday or Thursday in term time. Groups of 10+ can also book over the phone on 01249 960418.`,
  },
  {
    title: 'Junior Karting (ages 8-15)',
    category: 'Juniors',
    content: `JUNIOR KARTING

We love getting kids into karting - loads of our regulars started in the cadet karts! Juniors only ever share the track with other juniors, never with adults.

WHICH KART?
- Cadet karts (age 8-11, min height 130cm) - 120cc Honda engine, limited to about 20mph. Neck brace and rib protector compulsory (we provide them).
- Junior karts (age 12-15, min height 140cm) - 200cc, top speed about 30mph.
- 14 and 15 year olds who are 150cm or taller can choose the adult arrive & drive sessions instead.

Under 8s can't drive, sorry - but little brothers and sisters are very welcome to come and watch from the viewing balcony.

PRICES (per driver)
Junior Sprint (15 mins) .......................... £24
Junior Double (2 x 15 mins) ....................... £42
Junior Grand Prix (practice, race + podium) ....... £55

WHEN DO JUNIOR SESSIONS RUN?
- Sat & Sun: 9.30am and 11am
- School holidays: every day at 9.30am, 11am and 2pm
- Term time: Wed & Thu after school at 4.15pm (April to September only)

JUNIOR CLUB
Kieran, our head instructor, runs Junior Club on the first Sunday of every month (8am-9.30am, before we open to the public).
- £38 per session
- Proper coaching: racing lines, braking, overtaking
- Points championship through the year, awards night every November
- Annual membership £15 (includes club t-shirt)
Spaces are limited to 12 so book early.

PARENTS - PLEASE READ
- A parent or legal guardian must sign the junior consent form IN PERSON on the day. We can't accept forms signed by grandparents, aunties, older siblings, childminders etc, and we can't accept forms emailed in advance.
- The parent/guardian must stay on site for the whole time their child is here.
- Juniors get a shorter, kid-friendly version of the briefing - it's still compulsory.`,
  },
  {
    title: 'Safety Rules, Limits & Flags',
    category: 'Safety',
    content: `SAFETY AT KINGSMOOR

Karting is a motorsport and we take safety seriously. Every driver has a compulsory briefing and our marshals watch every session from the track and from race control.

LIMITS AT A GLANCE

Kart              | Min age | Min height | Max weight
------------------|---------|------------|-------------------
Cadet             | 8       | 130cm      | 70kg
Junior            | 12      | 140cm      | 90kg
Adult             | 14      | 150cm      | 120kg (18st 12lb)
Endurance Hour    | 16      | 150cm      | 120kg (18st 12lb)

Maximum height for all karts is 6ft 6in (198cm) - above that you can't fit safely in the seat.
Heights are checked at sign-in. If you're under the limit you won't be able to drive (full refund if you booked a session you weren't eligible for).

WHO CAN'T DRIVE
- Pregnant women, at any stage of pregnancy.
- Anyone who appears to be under the influence of alcohol or drugs. Our marshals have the final say and no refund is given.
- Under 16s without their parent or guardian's signed consent.

MEDICAL CONDITIONS
If you have a heart condition, epilepsy, back or neck problems, metal plates/pins or have had recent surgery, please check with your GP before booking. You drive at your own risk and everyone signs a medical declaration at sign-in.

TRACK RULES
- No deliberate bumping, ramming or blocking.
- First offence: black flag - come into the pits for a word with the marshal.
- Second offence: you're off the track for the rest of your session - no refund.
- If you spin, stay in your kart, raise your hand and wait for a marshal. NEVER get out on the track.
- Keep your hands inside the kart at all times.
- Pit lane is walking pace.
- Long hair must be tucked inside your helmet or race suit.

FLAGS
Green ........ track clear, go go go
Yellow ....... hazard ahead - slow down, no overtaking
Blue ......... faster kart behind you, hold your line and let them by
Red .......... stop safely, raise your hand, wait for a marshal
Black ........ come into the pits (driving offence)
Chequered .... session over - slow lap and back to the pits`,
  },
  {
    title: 'What to Wear & Kit We Provide',
    category: 'Preparing for your visit',
    content: `WHAT TO WEAR

- Flat, closed-toe shoes - trainers are perfect. No sandals, flip-flops, heels, Crocs or bare feet (yes, someone tried). Chunky hiking boots can make the pedals tricky.
- Comfy clothes you don't mind getting a bit grubby. The race suit goes over the top.
- Long hair tied back.
- No scarves, loose hoodie strings or dangly jewellery - we'll ask you to remove or tuck them in, they can get caught.
- It's an outdoor track so dress for the weather. A warm layer in winter, sun cream in summer.

WHAT WE PROVIDE (included in the price)
- Full-face helmet - cleaned and sanitised after every use
- Disposable balaclava (yours to keep)
- Race suit, sizes XS to 4XL
- Waterproof over-suits when it's wet
- Neck braces and rib protectors for cadets (compulsory for under 12s)

CAN I BRING MY OWN KIT?
- Helmets: yes, if it's full-face and ECE 22.05 / 22.06 or Snell approved. Open-face and motocross helmets without a visor aren't allowed. Our marshals will check it at sign-in.
- Gloves: welcome. We also sell karting gloves at reception for £8.
- Race suits / boots: fine if you've got them.

GLASSES & CONTACTS
Glasses are fine under the helmet visor, contact lenses are fine too.

LOCKERS
Lockers are in the changing area and take a £1 coin (you get it back). Reception and the cafe are card only so bring a £1 coin with you if you want a locker. Don't take phones, keys or anything loose out on the track.

BRING A CHANGE OF CLOTHES if rain is forecast - the suits keep most of it off but not all!`,
  },
  {
    title: 'Weather, Cancellations & Changing Your Booking',
    category: 'Bookings',
    content: `DO YOU RACE IN THE RAIN?
Yes - we race in the rain! A wet track is slippier, lap times are slower and it's honestly some of the most fun you'll have in a kart. We hand out waterproof over-suits for free.

WHEN WE DO CANCEL
We only stop racing when the track isn't safe:
- lightning within 10km (we pause for 30 mins after the last strike)
- standing water on the track
- snow or ice
- very high winds

If we have to cancel your session for weather or a track problem, you choose: a free date change or a full refund. If we know in advance we'll text you by 8am on the day. If it happens while you're here, we'll sort it with you at reception.

IF YOU NEED TO CANCEL OR MOVE
Notice given                 | What happens
-----------------------------|-----------------------------------------------
More than 72 hours           | Move for free, or cancel for a refund minus a £5 admin fee per driver
Less than 72 hours           | No refund, but you can move your booking once for £10 per driver
No-show                      | Booking lost, no refund

Parties and corporate events have their own terms - see those pages.

CHANGING DRIVERS
Name changes are free right up to the start of the briefing - just tell reception who's driving.

RUNNING LATE?
Ring us on 01249 960418. If you miss the safety briefing you can't drive in that session. We'll try to fit you into a later session but on busy days we can't guarantee it, and it counts as a no-show if we can't.

REFUNDS
Refunds go back to the card you paid with and take 5-7 working days to show, depending on your bank.`,
  },
  {
    title: 'Birthday Parties',
    category: 'Parties',
    content: `BIRTHDAY PARTIES AT KINGSMOOR

JUNIOR PARTIES (ages 8-15) - "Mini Grand Prix"
£36 per driver
- 10 min practice
- 5 min qualifying
- 12 min race
- Podium ceremony with medals for every driver and a trophy for the birthday boy or girl
- Party food in the Pit Stop Cafe afterwards: hot dog or chicken nuggets with chips, squash and an ice lolly
- Free printable invitations on our website

Minimum 8 drivers, maximum 14 drivers.
The birthday child drives free when you book 10 or more paying drivers.
Height and age limits still apply - please check everyone's heights before the day (see Safety Rules, Limits & Flags).

ADULT PARTIES (16+) - "Big Race"
Stags, hens, 18ths, 40ths, whatever you're celebrating.
£79 per driver
- 15 min practice, 15 min qualifying, 20 min final
- Podium with trophies and an (alcohol-free!) fizz spray
- Add a burger and chips meal for £9.50 per person

BOOKING YOUR PARTY
- £10 per driver deposit to secure the date, balance paid on the day.
- Final numbers needed 7 days before. Numbers can drop by up to 2 drivers without charge after that.
- Cancel more than 14 days before and we refund the deposit. Within 14 days the deposit is kept.

CAKES, GUESTS & TABLES
- Bring your own cake! We'll keep it safe in the cafe and give you plates, napkins and candles. We don't make cakes ourselves.
- Non-driving guests are free and welcome on the viewing balcony.
- We reserve tables in the cafe for your group for 45 minutes after the race. We don't have a private party room.

Our parties co-ordinator Shelley will call you a week before to go through everything.`,
  },
  {
    title: 'Corporate Events & Team Days',
    category: 'Corporate',
    content: `CORPORATE EVENTS & TEAM DAYS

Team building, client hospitality, Christmas dos, sales incentives - we've done them all. Minimum 10 drivers.

PACKAGES (prices per person, + VAT)

Package                | What's included                                                                 | Price pp
-----------------------|---------------------------------------------------------------------------------|---------
Pole Position          | Tea/coffee on arrival, practice, qualifying, 20 min Grand Prix final, podium & trophies | £69
Team Endurance         | 2-hour endurance race in teams of 3-4 with driver changes and pit stops, bacon rolls, trophies | £95
Full Day Championship  | Morning in The Paddock Room, buffet lunch, afternoon 3-race championship, trophies, personalised results pack | £145

THE PADDOCK ROOM
Our meeting room above the cafe with a view over the track.
- Seats 30 boardroom style or 40 theatre-style
- Big screen with HDMI for laptops, flipchart, wifi
- Tea, coffee and water all day with Full Day Championship
- Room-only hire (no karting) £150 for a half day

EXCLUSIVE TRACK HIRE
Want the whole place to yourselves? Exclusive track hire starts from £1,450 for 2 hours, up to 28 drivers, with your own marshals and race control team.

PAYMENT & TERMS
- 25% deposit to confirm your date, balance due 14 days before the event.
- We can invoice limited companies and public sector organisations on 30 day terms (after the deposit is paid).
- Numbers can reduce by up to 10% without charge, up to 7 days before the event.
- Cancellation: the 25% deposit is non-refundable. Cancellations within 14 days of the event are charged in full.

NEXT STEPS
Email events@kingsmoorkarting.co.uk with your preferred date, rough numbers and which package you fancy. Shelley, our events co-ordinator, will look after you from the first enquiry right through to the day.`,
  },
  {
    title: 'Gift Vouchers',
    category: 'Gift vouchers',
    content: `GIFT VOUCHERS - THE PERFECT PRESENT FOR PETROLHEADS

HOW TO BUY
Buy online on our website. Vouchers are emailed instantly as a PDF, or we can post a printed voucher in a gift card for £2.50 (allow 3 working days).

TYPES OF VOUCHER
- Session vouchers - for a named session: Sprint, Double Sprint, Grand Prix, Junior Sprint or Junior Double. Valid on peak or off-peak days.
- Money vouchers - any amount from £20. Can be put towards sessions, parties, gloves and cafe food.
If our session prices go up, your session voucher is still valid for that session - no top-up needed.

HOW LONG ARE THEY VALID?
All vouchers are valid for 12 months from the date of purchase. The expiry date is printed on the voucher.
Need more time? We can give a one-off 3 month extension for £10 - you must ask before the voucher expires.
Expired vouchers can't be used, extended or refunded.

USING YOUR VOUCHER
- Book online and enter the voucher code at checkout, or ring us.
- You must book a slot - just turning up with a voucher doesn't guarantee you a place on track.
- Vouchers are non-refundable and can't be exchanged for cash.
- Only one session voucher per driver per session.

EXPERIENCE DAY VOUCHERS (Buyagift, Virgin Experience Days, Red Letter Days)
These can't be redeemed on our website - they can only be booked by phone on 01249 960418. Have your voucher code and expiry date ready.

LOST YOUR VOUCHER?
No problem - email bookings@kingsmoorkarting.co.uk with the buyer's name and roughly when it was bought and we'll re-send it.`,
  },
  {
    title: 'Visiting Us: Directions, Parking & the Pit Stop Cafe',
    category: 'Visiting',
    content: `FINDING US
Kingsmoor Karting, Kingsmoor Farm, Station Road, Calne, Wiltshire SN11 9XP

- About 10 minutes from Chippenham and 25 minutes from junction 17 of the M4.
- The postcode takes your sat nav to the farm entrance. Follow the brown signs and chequered flags up the lane. Please DON'T turn into Kingsmoor Farmhouse - it's a private house!
- Nearest train station is Chippenham (about 7 miles). Taxis from the rank are roughly £18.

PARKING
- Free parking for 120 cars, plus an overflow field in summer.
- Two disabled bays right next to reception.
- Coaches and minibuses welcome - let us know when you book so we can keep space.

THE PIT STOP CAFE
Run by Mags. Opens 9.30am and closes 30 minutes after the last session.
Sample menu:
- Bacon or sausage bap - £4.50 (veggie sausage available)
- Burger and chips - £9.50 (vegan burger available)
- Jacket potato with cheese and beans - £6.95
- Hot dog - £4.00
- Homemade cakes - from £2.80
- Tea £2.00 / coffee from £2.60 / hot chocolate £2.90
- Soft drinks and slushies
Gluten free buns available - ask at the counter.

VIEWING & FACILITIES
- Heated viewing balcony above the cafe overlooking the whole track - free for spectators.
- Toilets and baby change next to reception.
- Reception and the cafe are card only (contactless, Apple Pay, Google Pay). The lockers take £1 coins.
- Free wifi in the cafe.`,
  },
];

export const KART_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'hi how much is it for 15 mins on a saturday? just me and my husband', facts: ['£32'], escalate: false },
  { question: 'how fast do the adult karts actually go?? my wife is a bit nervous lol', facts: ['45mph'], escalate: false },
  { question: 'my son turns 14 next month and hes about 5ft 2, can he go in the grown up karts or does he have to stay in the kids ones', facts: ['150cm'], escalate: false },
  { question: 'my twins are 9, one is 128cm and the other one is 133cm. can they both drive the little karts?', facts: ['130cm'], escalate: false },
  { question: 'does it have to be a parent that comes? their nan was going to bring them on saturday as we are both working', facts: ['parent or legal guardian'], escalate: false },
  { question: 'what times are the kids sessions at the weekend', facts: ['9.30am', '11am'], escalate: false },
  { question: 'is there a weight limit for the big karts? my husband is around 19 stone and doesnt want to be embarassed on the day', facts: ['120kg'], escalate: false },
  { question: 'will my converse be ok or do i need proper boots or something', facts: ['trainers'], escalate: false },
  { question: 'do you give out helmets or do we bring our own? ive got an old motorbike one', facts: ['full-face'], escalate: false },
  { question: 'what happens if its chucking it down on the day, do you cancel and refund us or does it still go ahead?', facts: ['full refund'], escalate: false },
  { question: 'its friday and we are booked for sunday but my partner has been called into work, can i get a refund?', facts: ['£10'], escalate: false },
  { question: 'theres 12 of us from work looking at a team day - how much per head is the endurance race one', facts: ['£95'], escalate: false },
  { question: 'Shelley mentioned numbers can drop a bit before the event. we are booked for 20, how many can drop out without us getting charged?', facts: ['10%'], escalate: false },
  { question: 'planning my lads 10th birthday party at yours, how much is it per kid', facts: ['£36'], escalate: false },
  { question: 'does the birthday boy have to pay as well or does he go free', facts: ['10 or more'], escalate: false },
  { question: 'can we bring a cake for my daughters party? and what do the kids get to eat after', facts: ['nuggets'], escalate: false },
  { question: 'got a voucher for christmas, how long have i got to use it?', facts: ['12 months'], escalate: false },
  { question: 'my voucher runs out at the end of this month and i cant make any of the dates. can it be extended at all?', facts: ['3 month'], escalate: false },
  { question: 'coming from bristol on the train, which station is closest to you?', facts: ['Chippenham'], escalate: false },
  { question: 'my girlfriend is vegan and coming along to watch, is there anything she can eat in the cafe?', facts: ['vegan burger'], escalate: false },
  { question: 'not a complaint but last time i couldnt pay with cash at reception - is it card only everywhere now?', facts: ['card only'], escalate: false },
  { question: 'my mate got black flagged last time for bumping lol. what does the black flag actually mean and what happens if you get 2?', facts: ['no refund'], escalate: false },
  { question: 'i smashed my leg up on my motorbike last year and have a metal plate in it now. do i need to tell you anything before i drive?', facts: ['GP'], escalate: false },
  { question: 'Kieran was brilliant with my boy last time, does he still do the junior club thing and how much is it', facts: ['£38'], escalate: false },
  { question: 'you cancelled our session sunday because of the storm, how long will the refund take to get back onto my card?', facts: ['5-7 working days'], escalate: false },
  { question: 'having a problem using my buyagift voucher, your website wont take the code. how do i book with it?', facts: ['by phone'], escalate: false },

  // Unknown (10)
  { question: 'do you have an EV charger in the car park? ill be coming in the electric car', unknown: true, escalate: false },
  { question: 'are dogs allowed on site? we would bring ours to watch from the side', unknown: true, escalate: false },
  { question: 'whats the lap record for the adult karts at the moment?', unknown: true, escalate: false },
  { question: 'do you have high chairs in the cafe? bringing the baby along while her brother drives', unknown: true, escalate: false },
  { question: 'can i bring my own kart and pay for a practice day on the track?', unknown: true, escalate: false },
  { question: 'how much would it be to hire the whole track for a full day rather than 2 hours?', unknown: true, escalate: false },
  { question: 'do you have twin seater karts so i can take my 6 year old round with me?', unknown: true, escalate: false },
  { question: 'is there a student discount? theres 6 of us from uni', unknown: true, escalate: false },
  { question: 'roughly how many laps do you get in a 15 minute sprint?', unknown: true, escalate: false },
  { question: 'are there showers on site? want to freshen up after the corporate day before dinner', unknown: true, escalate: false },

  // Hand-over (4)
  { question: 'my daughter went into the tyres at one of the corners on saturday and her wrist has swollen right up, we went to a&e last night and its fractured. who do i need to speak to about this', escalate: true },
  { question: 'just checked my banking app and youve taken £110 twice for the same booking?? ref KM-22817', escalate: true },
  { question: 'my brother is paraplegic but drives a car with hand controls - is there any way he could have a go in one of your karts?', escalate: true },
  { question: 'can i speak to somebody there please, like an actual person', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Business 2: Lavender & Chrome Wedding Cars
// ---------------------------------------------------------------------------------------------

export const WED_NAME: string = 'Lavender & Chrome Wedding Cars';

export const WED_AGENT_NAME: string = 'Holly';

export const WED_CONTEXT: string = `Lavender & Chrome Wedding Cars - family run wedding car & chauffeur firm, Gary and Lorraine Pemberton, going since 2009. Garage is Unit 7, Lingard Lane Industrial Estate, Bredbury, Stockport SK6 2QX (viewings by appointment or open evening, see FAQs).

We do wedding cars (classic & modern), prom cars, airport transfers and chauffeur hire. 5 cars, all chauffeur driven. Gary drives the Rolls most Saturdays, Tony and Pete are our other drivers. Lorraine runs the office - bookings, contracts, payments.

Office hours Mon-Fri 9.30am-5pm. Weekends we're out on weddings so the phones aren't always answered, leave a message or email and we'll get back to you Monday.
Phone 0161 496 0723
Mobile (Gary, weddings on the day only) 07700 900418
Email hello@lavenderandchrome.co.uk

Customers are mainly brides/grooms planning a wedding 6-18 months ahead, mums sorting proms, and regulars for airport runs. Keep it warm and friendly, people are excited about their wedding so congratulate them, but don't be gushing. UK spelling. Don't call the cars "vehicles" in every sentence, we call them by their names (Grace the Rolls etc) and people love that.`;

export const WED_BUSINESS_RULES: string = `notes for Holly - from Gary & Lorraine

- ALWAYS say congratulations if someone mentions their wedding/engagement. Proms too, "how exciting" etc.
- Dates: never confirm a car is available for a date, the diary is on Lorraine's system and changes daily. Say we'll check and ask them to fill in the enquiry form or email with date, venues & times. We can hold a date provisionally for 7 days free.
- Prices - give the prices from the price list, dont round them or make up "from" prices. If the venue is outside our area explain theres a travel charge and Lorraine will quote it. Dont try and work it out yourself.
- deposits are non-refundable, thats in the T&Cs and we stick to it. If someone asks about refunds just explain the cancellation table as it is. Dont say "we might be able to make an exception".
- Dont promise a particular driver. Gary usually drives Grace (the Rolls) but not always.
- Dont promise a particular car will be there if they havent booked it, e.g. dont say "the Jag will be lovely for you" before they've booked.
- We dont do self drive, ever, dont even suggest it.
- If anyone asks about decorating the car themselves point them to the decorations info (no tape on paintwork!!). Same with confetti, pls be firm, glitter is a nightmare to get out of the carpets.
- Proms - be extra clear that a parent/guardian has to do the booking and there's no alcohol. Mums & dads like hearing drivers are DBS checked so mention it if they seem worried.
- Airport - fixed prices are from SK1-SK8 postcodes only. Anywhere else say Lorraine will quote.
- Lorraine handles all contracts & payments, Gary handles anything about the cars themselves. If someone mentions them by name thats fine just answer normally if its in the info.
- dont discuss other wedding car companies, dont badmouth anyone.
- We are not a taxi firm, if someone wants a quick local run to the shops etc politely say we do airport transfers and chauffeur hire (3 hours min) only.

Hand over to Lorraine (the escalation list in the settings covers most of it) but also:
* anyone wanting a car in the next 48 hours - dont say yes or no, Gary's Saturday jobs aren't always in the diary in time so Lorraine needs to ring round and check
* film, TV, music videos, photo shoots or adverts wanting to use one of the cars - we do some but Gary prices each one himself because of the insurance, so pass them on`;

export const WED_ESCALATION_RULES: string[] = [
  'car late or not turned up on the day - URGENT get Gary/Lorraine',
  'complaint about a driver or one of the cars',
  'asks for a discount or price match',
  'disputing a charge (cleaning fee, deposit, extra miles etc)',
  'left something in one of the cars - lost property',
];

export const WED_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our Cars',
    category: 'Fleet',
    content: `MEET THE FLEET

All our cars are chauffeur-driven only - we don't do self-drive hire. Every car is kept in our own garage in Bredbury and valeted before every booking.

1. GRACE - 1962 Rolls-Royce Silver Cloud II
   Colour: Ivory with tan leather interior
   Seats: 3 passengers (bride + 2, or the couple + 1)
   Our flagship and the most booked car for weddings. Gary's pride and joy.

2. BERTIE - Beauford Open Tourer (1930s style)
   Colour: Old English White with burgundy leather
   Seats: 3 passengers
   Open top with a fabric hood that can go up if it rains. Great for summer weddings and photos. Big wide doors - good for big dresses.

3. DOLLY - 1965 Jaguar Mk2 3.8
   Colour: Old English White with red leather
   Seats: 3 passengers
   Classic British elegance, very popular for proms and smaller weddings.

4. Mercedes-Benz S-Class (2022)
   Colour: Obsidian Black
   Seats: 3 passengers, plus 2 large suitcases and 2 cabin bags
   Our executive car for airport transfers, chauffeur hire, modern weddings and proms.

5. Mercedes-Benz V-Class (2021)
   Colour: Black
   Seats: 7 passengers
   Perfect for bridesmaids, the groom and his best men, or airport runs for families and groups.

OUR DRIVERS
Gary, Tony and Pete. All drivers wear a dark grey suit with a peaked cap for weddings and a black suit for chauffeur and airport work.

A NOTE ON THE CLASSICS
Grace, Bertie and Dolly are old cars with old-car charm - they're serviced every spring before wedding season and checked before every booking. They don't like very long motorway runs, so for weddings further away we may suggest a different car.`,
  },
  {
    title: 'Wedding Packages & Prices',
    category: 'Weddings',
    content: `WEDDING PACKAGES 2025/26

Car                                   | Mon-Thu | Fri & Sun | Saturday
--------------------------------------|---------|-----------|---------
Grace - Rolls-Royce Silver Cloud II   | £450    | £495      | £545
Dolly - Jaguar Mk2                    | £350    | £395      | £425
Bertie - Beauford Open Tourer         | £350    | £395      | £425
Mercedes S-Class                      | £295    | £320      | £350
Mercedes V-Class (bridesmaids/2nd car)| £195 when booked with a wedding car, £275 on its own

Bank holiday Mondays are charged at the Saturday rate.

EVERY WEDDING PACKAGE INCLUDES
- Up to 3 hours hire, from the first pick-up to the final drop-off
- 40 miles included
- Uniformed chauffeur
- Ribbons and bows in your colours
- Red carpet at the ceremony
- White umbrellas if it rains
- A chilled bottle of prosecco and 2 glasses for the newlyweds after the ceremony (classic cars)
- Time for photos with the car

A TYPICAL WEDDING DAY
1. Pick up the bridesmaids and mum of the bride, take them to the ceremony (or use the V-Class for this so it can all happen at once)
2. Come back for the bride and whoever is giving her away
3. Wait during the ceremony
4. Take the newlyweds to the reception, with a stop for photos on the way if you like

MORE THAN ONE CAR?
Lots of couples book a classic for the bride and the V-Class for the bridesmaids so nobody's rushing. The V-Class is £195 when booked alongside a wedding car.

Prices are for venues within our area - see Mileage, Waiting Time & Extras for travel charges.`,
  },
  {
    title: 'Booking, Deposits & Cancellations',
    category: 'Bookings',
    content: `HOW TO BOOK
1. Check availability - ring, email or fill in the enquiry form with your date, venues and times. We can hold a date for you provisionally for 7 days, free.
2. Lorraine emails you our booking form and terms & conditions - you sign online.
3. Pay your deposit to confirm. Your date isn't secured until the deposit is paid.

DEPOSITS
- Wedding cars: £150 per car
- Prom cars: £75 per car
- Airport transfers & chauffeur hire: paid in full at booking, no deposit
Deposits are non-refundable - once you've booked we turn other couples away for your date.

PAYING THE BALANCE
- Weddings: balance due 6 weeks before the wedding. If you're booking less than 6 weeks before, full payment at booking.
- Proms: balance due 4 weeks before the prom.
- We take bank transfer (preferred) or debit/credit card over the phone.
- We don't accept cash on the day - please make sure everything's settled beforehand.

CANCELLATIONS (weddings & proms)
Notice given              | What you pay
--------------------------|-------------------------
More than 6 months        | Deposit only
6 months to 6 weeks       | 50% of the total hire
Less than 6 weeks         | 100% of the total hire

AIRPORT TRANSFERS & CHAUFFEUR HIRE
Cancel at least 24 hours before your pick-up for a full refund. Less than 24 hours' notice - no refund.

CHANGING YOUR DATE
You can move your wedding date once, free of charge, if you give us more than 3 months' notice and the car is available on the new date - your deposit carries over. Any further changes are treated as a new booking.

CHANGING YOUR CAR
Upgrades any time (subject to availability). Downgrades must be made more than 3 months before the wedding.

We strongly recommend wedding insurance - it usually covers cancellation costs for suppliers like us.`,
  },
  {
    title: 'Mileage, Waiting Time & Extras',
    category: 'Pricing',
    content: `MILEAGE

Package              | Miles included
---------------------|---------------
Wedding packages     | 40 miles
Prom packages        | 20 miles
Chauffeur hire       | 25 miles per hour booked

Extra miles are charged at £2.50 per mile. We plan your route on Google Maps when you book so you'll know up front if it's likely to go over.

TRAVEL TO YOUR FIRST PICK-UP
Travel from our garage in Bredbury to your first pick-up is free within 15 miles. If you're further than that, a travel charge is added (quoted when you book, based on the distance from our garage). This doesn't come out of your included miles.

WAITING TIME
- Weddings: the package covers up to 3 hours in total. If you run over, it's £75 per half hour (or part of a half hour).
- Long gap between ceremony and reception (e.g. church at 12 and reception at 5)? Ask about our split package - the car goes back to the garage and returns later for £120 extra.
- Airport pick-ups: 60 minutes free waiting from your actual landing time. After that, £20 per 15 minutes.
- Home pick-ups (airport and chauffeur jobs): 15 minutes free waiting, then £20 per 15 minutes.
- Proms: 15 minutes free waiting at the pick-up address.

EXTRAS
- Extra pick-up address on a wedding day (e.g. collecting the groom) - £40
- Photo stop at a park or landmark - free, as long as it fits within your hire time
- Rear window "Just Married" sign - free
- Artificial flower bonnet display - £35 (see Ribbons, Decorations & Flowers)
- Split package - £120`,
  },
  {
    title: 'Ribbons, Decorations & Flowers',
    category: 'Decoration',
    content: `RIBBONS & BOWS
Ribbons and bows are included free with every wedding car. We dress the car in the classic "V" ribbon from the mascot to the wing mirrors, with a bow on the bonnet.

Colours we keep in stock:
- White, ivory, champagne
- Blush pink, dusky pink, lilac
- Sage green, navy, burgundy
- Silver, gold

Need a colour we don't have? Post or drop off your own ribbon (at least 5 metres, 38mm wide) no later than 2 weeks before the wedding and we'll use that instead.
If you book the V-Class for bridesmaids it gets matching ribbons too.

FLOWERS
- Your own florist is welcome to make a display for the car. It must sit on a suction base or be tied on with ribbon - NOTHING taped, wired or stuck to the paintwork. Our driver will fit it on the day, so please have it at the first pick-up address.
- We also have an artificial ivory and white rose bonnet display for £35.
- Real flowers on the back parcel shelf are fine.

SIGNS
- Rear window "Just Married" sign - free, just ask.
- Personalised signs are fine if they're held on with suction cups.

WHAT WE DON'T ALLOW
- Tin cans, shaving foam, balloons tied to the car
- Stickers, tape or sticky pads of any kind on the paintwork or windows
- Writing on the windows (lipstick, window pens etc)
Please pass this on to the best man and ushers! Any damage caused by decorations is charged at the cost of repair.`,
  },
  {
    title: 'Prom Cars',
    category: 'Proms',
    content: `PROM PACKAGES

Car                        | One way (arrival only) | Return (arrival + home time)
---------------------------|------------------------|-----------------------------
Dolly - Jaguar Mk2         | £195                   | £275
Bertie - Beauford Tourer   | £195                   | £275
Grace - Rolls-Royce        | £245                   | £325
Mercedes S-Class           | £165                   | £235
Mercedes V-Class (up to 7) | £185                   | £260

WHAT'S INCLUDED
- Pick-up from one address, with time for photos with family and friends
- Up to 1 hour of hire on the way there, 20 miles included
- Arrival at the venue with the driver opening the doors for those all-important arrival photos
- Return packages: collection from the venue at an agreed time (latest 11.30pm) and drop-off back at one address
Extra pick-up address: £30.

PROM RULES
- The booking must be made by a parent/guardian (over 18) who signs the terms and conditions and is the contact on the night.
- Absolutely no alcohol in the car. If our driver finds alcohol the journey ends there - no refund.
- Passenger numbers are strict: 3 in the classic cars and the S-Class, 7 in the V-Class.
- £75 deposit per car, balance due 4 weeks before the prom.

FOR PARENTS
All our drivers are DBS checked and licensed by Stockport Council. The driver will have the parent's mobile number and will text when the young people have been dropped off and picked up.

WHEN TO BOOK
June and July fill up fast - most schools' proms fall in the same few weeks - so we recommend booking by February.`,
  },
  {
    title: 'Airport Transfers & Chauffeur Hire',
    category: 'Chauffeur',
    content: `AIRPORT TRANSFERS
Fixed prices, each way, from Stockport postcodes SK1 to SK8.

Airport                   | S-Class (up to 3) | V-Class (up to 7)
--------------------------|-------------------|------------------
Manchester                | £55               | £75
Liverpool John Lennon     | £110              | £140
Leeds Bradford            | £120              | £150
Birmingham                | £165              | £210

Outside SK1-SK8? Send us your postcode and we'll quote.

WHAT'S INCLUDED
- Meet and greet in arrivals with a name board (airport parking charges included in the price)
- Flight tracking - we adjust the pick-up time if your flight is early or late
- 60 minutes free waiting from your actual landing time
- Bottled water and phone chargers in the car
- Child seats (baby, toddler and booster) provided free on request in the S-Class and V-Class - please tell us the ages when you book

LUGGAGE
- S-Class: 2 large suitcases + 2 cabin bags
- V-Class: up to 7 medium suitcases, or 5 passengers with 2 golf bags
Tell us if you've got anything bulky (skis, bikes, pushchairs).

BOOKING
Minimum 24 hours' notice for airport transfers. Paid in full when you book. Cancel at least 24 hours before pick-up for a full refund.

CHAUFFEUR HIRE (BY THE HOUR)
- S-Class: £65 per hour
- V-Class: £75 per hour
- Minimum 3 hours, 25 miles included per hour booked
Popular for birthdays, anniversaries, race days at Chester and Haydock, business meetings and nights out.
Classic cars are available by the hour for special occasions - ask us for a quote.`,
  },
  {
    title: 'Car Rules: Smoking, Confetti, Food & Drink, Children',
    category: 'Policies',
    content: `PLEASE SHARE THESE WITH YOUR GUESTS!
Our cars are our pride and joy - Grace is over 60 years old - so we have a few rules to keep them looking lovely for every couple.

SMOKING & VAPING
No smoking or vaping in any of our cars, including e-cigarettes, even with the windows down. A £150 cleaning charge applies if anyone does.

CONFETTI
- No confetti inside any car.
- Outside at the ceremony, natural petal or other biodegradable confetti only - and please ask guests to throw it away from the car, not at it.
- Glitter, metallic, foil and paper confetti are not allowed. If it ends up in the car there's a £75 valeting charge.
- No rice, please.

FOOD & DRINK
- Bottled water is fine in all the cars.
- In the classic cars (Grace, Bertie and Dolly) the only drink allowed is the prosecco we provide, served by the driver. No red wine, coffee, food or your own bottles.
- In the S-Class and V-Class soft drinks and snacks are fine.

CHILDREN
- Children are very welcome, but child car seats can't be fitted in the classic cars (no fixings), so under 3s can't travel in the Rolls, the Jag or the Beauford.
- Page boys and flower girls aged 3 and over can ride in a classic car with an adult.
- For little ones who need a car seat, book the V-Class - we provide seats free.

PETS
Your dog is part of the family! Dogs can travel in the V-Class only, on a blanket we provide. A £50 cleaning fee applies.

SOILING & DAMAGE
Soiling (including sickness) - £150. Any damage is charged at the cost of repair.

DRIVER'S DISCRETION
Our drivers can refuse to carry anyone who is abusive or too drunk to travel safely.`,
  },
  {
    title: 'Areas We Cover, Viewings & FAQs',
    category: 'About',
    content: `WHERE WE COVER
We're based in Bredbury, Stockport and regularly cover:
- Stockport and Manchester
- Cheshire - Wilmslow, Macclesfield, Knutsford, Alderley Edge, Prestbury
- Tameside
- High Peak - Glossop, Buxton, New Mills and Peak District venues

Further afield (Lake District, North Wales, Yorkshire)? We're happy to travel - a travel charge applies (see Mileage, Waiting Time & Extras) and we may suggest a modern car for longer motorway journeys.

Venues we know well: Alderbrook Manor (Prestbury), Brookfield Barn (Marple), The Carriage Hall (Bollington), Hollin Hall Hotel (Wilmslow), St Mary's Church (Stockport).

COME AND SEE THE CARS
Visit us at Unit 7, Lingard Lane Industrial Estate, Bredbury, Stockport SK6 2QX.
- Open evening on the first Wednesday of every month, 6pm-8pm - no appointment needed.
- Other viewings by appointment, weekday daytimes only - just ring the office.
You're welcome to sit in the cars and take photos for your mood board!

FAQs

Do you do self-drive?
No, all our cars are chauffeur-driven.

Does the driver wait during the ceremony?
Yes - the driver waits at the ceremony venue and then takes you on to the reception, all within your 3 hours.

What happens if the car breaks down?
It's very rare - all our classics are serviced before every wedding season and checked before every booking. On Saturdays in wedding season we keep a backup car on standby so you won't be left stranded.

Are you insured?
Yes - fully insured for hire and reward, with £5 million public liability.

Are your drivers checked?
All our drivers are DBS checked and licensed by Stockport Council.

Can we choose our driver?
We can't guarantee a particular driver, but we'll always tell you who's driving a week before.`,
  },
];

export const WED_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'hiya how much is the rolls royce for a saturday wedding in august?', facts: ['£545'], escalate: false },
  { question: 'how much is the jaguar on a thursday? trying to keep costs down lol', facts: ['£350'], escalate: false },
  { question: 'how many can fit in the white rolls? me, my dad and my maid of honour wanted to go together', facts: ['3 passengers'], escalate: false },
  { question: 'is the beauford one open top? bit worried about my hair if it rains', facts: ['hood'], escalate: false },
  { question: 'how many miles is included? church and venue are about 18 miles apart and we live 10 from the church', facts: ['40 miles'], escalate: false },
  { question: 'my cousin had a complaint with another company over hidden mileage charges - what do you charge per extra mile?', facts: ['£2.50'], escalate: false },
  { question: 'how long do we get the car for on the day? ceremony is 2pm and the drinks reception is 3.30 at a different place', facts: ['3 hours'], escalate: false },
  { question: 'what if we run over the time? our photographer always runs late apparently', facts: ['£75'], escalate: false },
  { question: 'how much is the deposit and is it refundable if the wedding gets called off for any reason', facts: ['£150', 'non-refundable'], escalate: false },
  { question: 'when do we have to pay the rest of it? wedding is 14th june', facts: ['6 weeks'], escalate: false },
  { question: 'we are having to postpone to next year as my mums poorly, can we move the date without losing our deposit?', facts: ['3 months'], escalate: false },
  { question: 'Lorraine sent the booking form but I cant see how to pay the balance, do you take card or is it only bank transfer?', facts: ['bank transfer'], escalate: false },
  { question: 'what colours do the ribbons come in? our colours are sage and dusky pink', facts: ['sage green'], escalate: false },
  { question: 'our florist wants to do a flower display for the front of the car, is that ok and how would it go on?', facts: ['suction'], escalate: false },
  { question: 'can guests throw confetti at the car when we come out? we bought some gold foil stuff off amazon', facts: ['petal'], escalate: false },
  { question: 'my brother in law vapes constantly, is he ok to vape in the car if the window is down', facts: ['£150'], escalate: false },
  { question: 'we want the rolls for my daughters prom, how much for there and back?', facts: ['£325'], escalate: false },
  { question: 'my daughter wants to book the prom car herself, shes 16, is that ok?', facts: ['guardian'], escalate: false },
  { question: 'are your drivers properly checked? nervous mum here, its her first prom lol', facts: ['DBS'], escalate: false },
  { question: 'my wife has just had a hip op so we need something comfy. how much to manchester airport from hazel grove, just the 2 of us with big cases', facts: ['£55'], escalate: false },
  { question: 'our flight lands 6am but its often delayed, will we get charged extra if the driver ends up waiting ages?', facts: ['60 minutes'], escalate: false },
  { question: 'can my 2 year old flower girl ride in the classic car with me?', facts: ['under 3'], escalate: false },
  { question: 'do you go as far as the lake district? we are getting married in windermere', facts: ['travel charge'], escalate: false },
  { question: 'can we come and see the cars before we book? we both work til 6 weekdays', facts: ['first Wednesday'], escalate: false },
  { question: 'what happens if the car breaks down on the way to church?? a bit paranoid after my friends wedding disaster', facts: ['backup car'], escalate: false },
  { question: 'Gary said the airport transfer gets paid upfront, if our holiday gets cancelled can we get a refund?', facts: ['24 hours'], escalate: false },

  // Unknown (10)
  { question: 'do you charge extra for a wedding on christmas eve or new years eve?', unknown: true, escalate: false },
  { question: 'does the rolls have air con? its an august wedding and im worried about melting', unknown: true, escalate: false },
  { question: 'my grandad uses a wheelchair, do you have a car he can stay in his chair in?', unknown: true, escalate: false },
  { question: 'can we split the balance into monthly payments rather than one lump?', unknown: true, escalate: false },
  { question: 'are your prices plus VAT or is that included?', unknown: true, escalate: false },
  { question: 'what prosecco is it you give the couple, is it a decent one lol', unknown: true, escalate: false },
  { question: 'does the beauford have seatbelts in the back? my 10 year old is going with me', unknown: true, escalate: false },
  { question: 'roughly how long does it take from stockport to manchester airport at 5am?', unknown: true, escalate: false },
  { question: 'will we need to pay for the drivers parking at our venue or is that included? its a city centre hotel', unknown: true, escalate: false },
  { question: 'do you sell gift vouchers? want to treat my parents to a ride in the rolls for their anniversary', unknown: true, escalate: false },

  // Hand-over (4)
  { question: 'its 1.40 and the bridesmaids car still isnt here, ceremony is at 2!! where is it', escalate: true },
  { question: 'i think i left my clutch bag in the back of the jag on saturday night after our reception, its got my phone in it', escalate: true },
  { question: 'we are shooting a music video next month and would love the old jag in a couple of scenes, is that something you do?', escalate: true },
  { question: 'could someone from the office give me a ring back? would rather chat it through with a person', escalate: true },
];
