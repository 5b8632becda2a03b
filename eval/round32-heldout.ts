/**
 * Round-32 HELD-OUT set, written blind (only eval/cases.ts read). Never tune on it.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Business A
// ---------------------------------------------------------------------------

export const R32A_NAME: string = 'Calderbrook Ice Rink';

export const R32A_AGENT_NAME: string = 'Poppy';

export const R32A_CONTEXT: string = `Calderbrook Ice Rink - public ice rink on Wharf Road, Calderbrook, West Yorkshire HX7 9ZQ (next to the canal, opposite the old mill car park). Full size ice pad (56m x 26m), been open since 1989. Me (Sandra Holt) and my brother Phil took it over in 2016 from the council.

What we do: public skating sessions, skate hire, Skate UK learn to skate lessons, birthday parties, Ice Disco fri + sat nights, and the Calderbrook Comets ice hockey club train and play here. Rinkside Cafe on site.

Reception opening hours:
Mon-Thu 9am - 9pm
Fri-Sat 9am - 10pm
Sun 9am - 6pm
(reception shuts once the last session has finished basically)

Phone: 01632 960314 (reception - best for same day stuff)
Email: hello@calderbrookice.co.uk
Parties: parties@calderbrookice.co.uk
Lessons: lessons@calderbrookice.co.uk
Book online: calderbrookice.co.uk/book

Tone - friendly, chatty, like the girls on reception. Lots of our customers are parents with little ones and first timers who are nervous so be reassuring. British spelling pls. One emoji is fine, not loads. Keep it short, people are usually on their phones in the car park lol.`;

export const R32A_BUSINESS_RULES: string = `Notes for Poppy (the chat bot) - Sandra, updated Jan

General stuff
- Weekends sell out!! Always tell people to book online for sat/sun, dont tell them "just turn up it'll be fine"
- Lessons - dont promise anyone a place on a course. Courses fill up fast, say subject to availability and send them to the booking page.
- Public tickets: we dont refund them unless WE cancel the session, but people can move to another session. Be nice about it, explain the 2 hour thing.
- Marta is our head coach. Never ever give out her mobile number or any coaches personal numbers, lessons@ email only.
- Phil does parties. I (Sandra) do pretty much everything else.
- Don't say the ice is "safe" or "nobody gets hurt". Say we have trained marshals on the ice every session.
- No medical advice of any kind (pregnant, bad knees, heart etc) - say to check with their GP.
- Don't slag off other rinks.
- If you dont know something say so and give them the reception number, dont make up times or prices.

When to get a real person involved
Honestly you can answer most things. But please pass the chat straight over to the duty manager / reception team when:

1) someone has been properly hurt at the rink - taken to hospital, ambulance, hit their head, broken a bone, that sort of thing. (Bumps and bruises and a sore bum are part of learning to skate - you don't need to pass those on, just be kind.)
2) anyone raising a concern about how a coach, marshal or any member of staff has behaved around a child, or anything that sounds like a safeguarding worry. Do NOT try and deal with it yourself.
3) schools, scouts/brownies, clubs, work dos - any group booking of 30 or more people. Phil prices those himself, dont quote party prices for them.

And if someone just wants to talk to a person, obviously let them.`;

export const R32A_RULES: string[] = [];

export const R32A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Public Skating - Session Times & Prices',
    category: 'Public Skating',
    content: `PUBLIC SKATING

Come and skate! Public sessions are open to everyone, whether it's your first time on the ice or you've been skating for years. Our trained marshals are on the ice at every session to help out.

SESSION TIMES (term time)

Day        | Session            | Time
-----------|--------------------|--------------------------------------------
Monday     | Morning Skate      | 10:00 - 11:30
Monday     | Evening Skate      | 19:00 - 20:30
Tuesday    | Parent & Toddler   | 10:00 - 11:00
Tuesday    | Evening Skate      | 19:00 - 20:30
Wednesday  | Morning Skate      | 10:00 - 11:30
Wednesday  | Evening Skate      | 19:00 - 20:30
Thursday   | Parent & Toddler   | 10:00 - 11:00
Thursday   | Evening Skate      | 19:00 - 20:30
Friday     | After School Skate | 16:00 - 17:30
Friday     | Ice Disco          | 19:30 - 21:30
Saturday   | Public Session     | 10:00 - 11:30 / 12:30 - 14:00 / 15:00 - 16:30
Saturday   | Ice Disco          | 19:30 - 21:30
Sunday     | Public Session     | 10:30 - 12:00 / 13:00 - 14:30 / 15:30 - 17:00

School holidays: we add extra sessions every weekday at 12:30 and 15:00. Check the timetable on the website as these change each holiday.

The ice is resurfaced between every session, so when the marshal blows the whistle at the end everyone needs to come off.

PRICES (entry only - skate hire is extra)

- Adult (16+) ........................ £9.50
- Junior (5-15) ...................... £7.50
- Under 5s (with a paying adult) ..... £3.50
- Family ticket ...................... £29.00
  (2 adults + 2 juniors, or 1 adult + 3 juniors)
- Parent & Toddler ................... £7.00 (one adult + one child under 5, includes a skate aid)
- Skate hire ......................... £3.00 per person
- Spectators ......................... free (please watch from the viewing area)

BOOKING
Book online at calderbrookice.co.uk/book. Walk-ups are welcome if there's space, but weekend sessions regularly sell out so we really recommend booking ahead.

Please arrive at least 20 minutes before your session to collect skates and get laced up - sessions start and finish on time.

CHANGES AND REFUNDS
Public skating tickets are non-refundable, but you can move your booking to another session free of charge up to 2 hours before your session starts. Just call or email reception with your booking reference.

If we have to cancel a session (for example if the ice resurfacer breaks down) you'll get a full refund or a free transfer - your choice.`,
  },
  {
    title: 'Skate Hire, Skate Aids & What to Wear',
    category: 'Public Skating',
    content: `SKATE HIRE

Skate hire is £3.00 per person and you pick your skates up from the hire counter after you've checked in at reception.

Our hire skates are hockey-style (black) and come in sizes from child size 8 up to adult size 14. We also have a small number of figure skates (white) in sizes 1 to 8 - ask at the counter, they go quickly.

Tips:
- Go for your normal shoe size. If they feel loose, ask us to swap - don't just tie the laces tighter
- Laces should be snug around the ankle, you shouldn't be able to get a finger down the back
- Keep blade guards OFF when you step on the ice (you'd be surprised!)

SKATE AIDS (PENGUINS)
Our penguin skate aids are great for little ones who are just starting out.
- Ages 2 to 10
- £4 per session
- Limited numbers (we've got 20) - first come, first served, they can't be pre-booked
- Not available during Ice Disco sessions

HELMETS
Helmets are free to borrow from the skate hire counter. We strongly recommend them for all under 12s and they are compulsory for under 5s.

GLOVES
Gloves must be worn on the ice at all times - no exceptions. This is to protect your fingers if you fall. Forgotten yours? We sell gloves at reception for £2.50 a pair.

WHAT TO WEAR
- Warm layers you can take off - you'll warm up once you get going
- Long trousers or leggings (jeans are fine but they'll get wet if you fall)
- One pair of thick socks (not three - it makes the skates fit badly)
- Please avoid shorts
- No long loose scarves
- Hats are a good idea for little ones

BRINGING YOUR OWN SKATES
Own skates are welcome as long as they're in good condition. We offer skate sharpening at the hire counter - £6.50 per pair, usually done while you wait (about 15 minutes). Sharpening isn't available on Saturday afternoons as it's too busy.`,
  },
  {
    title: 'Age Rules & Supervision',
    category: 'Safety & Rules',
    content: `AGE RULES AND SUPERVISION

We love seeing kids on the ice but we do need to keep everyone safe, so please read these before you book.

UNDER 8s
Children under 8 must be accompanied on the ice by a skating adult aged 18 or over. One adult can look after a maximum of 2 children under 8.

AGES 8 TO 11
Can skate on their own, but an adult (18+) must stay in the building - the viewing area or the cafe is fine.

12 AND OVER
Ages 12 and over can come and skate on their own. Marshals may ask for a contact number.

UNDER 5s
- Must wear a helmet (we lend them free)
- Best session for them is Parent & Toddler (Tuesday and Thursday 10:00 - 11:00) when it's quieter

BABIES
Babies and children in arms are not allowed on the ice. No prams, pushchairs or baby carriers on the ice please. Prams can be left in the pram park next to reception.

ICE DISCO
Under 12s must be accompanied by a skating adult at Ice Disco.

LATE SKATE
Late Skate is strictly 18+. See our Ice Disco & Late Skate page.

ON THE ICE - HOUSE RULES
- Skate in the same direction as everyone else (anti-clockwise)
- No racing, no weaving, no chains of more than 3 people holding hands
- No phones out while skating - photos from the side please
- No food or drink on the ice
- Listen to the marshals - they can ask anyone to leave the ice for unsafe skating`,
  },
  {
    title: 'Learn to Skate Lessons (Skate UK)',
    category: 'Lessons',
    content: `LEARN TO SKATE

We run the national Skate UK programme - the official learn to skate scheme used by rinks across the country. There are 10 levels and you move up as you pass each one.

HOW IT WORKS
- Courses run in blocks of 8 weeks
- Each lesson is 30 minutes in a small group with a qualified coach
- Juniors and tots can stay on for the public session straight after their lesson for free practice
- New blocks start every 8 weeks. Booking opens to existing skaters first, then to everyone 2 weeks before the start date

CLASSES AND PRICES

Class                   | Age   | When                         | Price (8 weeks)
------------------------|-------|------------------------------|----------------
Penguins (tots)         | 3-5   | Saturday 09:15               | £64
Skate UK Juniors        | 6-15  | Mon 17:00, Wed 17:00, Sat 09:30 | £76
Adult Learn to Skate    | 16+   | Tuesday 20:45                | £80

All prices include skate hire for your lesson.

BADGES
Every level passed gets a Skate UK badge and certificate - these are included in the price, no extra to pay.

MISSED LESSONS
We're sorry, we can't refund or credit missed lessons. But you can swap into another class at the same level that week if there's space - just ask at reception.

PRIVATE LESSONS
Private lessons are booked directly with our coaches. Prices start from £18 for 15 minutes, plus rink entry. Our head coach Marta Nowak looks after coach bookings - email lessons@calderbrookice.co.uk with your skater's age and level and she'll match you with a coach.

WHAT TO BRING
Gloves (compulsory), warm layers, and a helmet for under 12s (we lend them free). Arrive 15 minutes early for the first lesson so we can get you sorted with skates.`,
  },
  {
    title: 'Birthday Parties on Ice',
    category: 'Parties',
    content: `BIRTHDAY PARTIES ON ICE

Make their birthday one to remember! Our parties take all the stress away - we sort the skating, the food and the party room, you just turn up.

PARTY PACKAGES

*** PARTY SKATE - £15.50 per skater ***
- Entry to a public session
- Skate hire and helmets
- 45 minutes in our party room after skating
- Hot food: hot dog OR chicken nuggets with chips, plus a squash

*** PARTY SKATE PLUS - £20.50 per skater ***
- Everything in Party Skate, plus...
- 20 minutes on the ice with a party host before the public session starts (games and a mini lesson)
- A party bag for every skater
- The birthday child gets a free skating pass to come back another day

GOOD TO KNOW
- Parties run on Saturdays and Sundays, with the 12:30 and 15:00 sessions (Saturday) and the 13:00 and 15:30 sessions (Sunday)
- Minimum 8 skaters, maximum 20 skaters
- Grown-ups who aren't skating don't pay and are welcome in the party room (adult food isn't included)
- Normal age rules apply - under 8s need a skating adult with them on the ice (max 2 children per adult)

BOOKING
A £40 deposit secures your date. The deposit is non-refundable. We need your final numbers and food choices 72 hours before the party, and the balance is paid on the day at reception.

CANCELLING OR CHANGING
If you cancel more than 14 days before the party, you can move your deposit to a new date (once). If you cancel with less than 14 days notice the deposit is lost.

Phil looks after all our parties - email parties@calderbrookice.co.uk or call reception.`,
  },
  {
    title: 'Ice Disco & Late Skate',
    category: 'Public Skating',
    content: `ICE DISCO

Lights, music, and the best atmosphere of the week! Ice Disco runs every Friday and Saturday night, 19:30 - 21:30. Our DJ takes requests (clean versions only!).

Prices:
- £10.50 including skate hire
- £7.50 if you bring your own skates

Under 12s must be accompanied by a skating adult. No skate aids (penguins) at Ice Disco - it's too busy.

Tickets are online and usually sell out in school holidays so book early. Glow sticks and light-up bracelets are on sale at reception.

THEMED NIGHTS
We do themed discos for Halloween and Valentine's. Fancy dress is welcome but no long capes, and nothing that covers your eyes.

LATE SKATE (18+)
Our over-18s night - Late Skate - runs on the first Friday of every month, 21:45 - 23:15, right after Ice Disco.
- £12 including skate hire
- Strictly 18+. We operate Challenge 25 - if you look under 25 bring photo ID (passport, driving licence or PASS card). No ID, no entry, no refund.
- Great for birthdays, hen dos and work nights out (groups of 30 or more - contact reception)

BEHAVIOUR
Our marshals are on the ice all night. Racing, chains of more than 3 people or messing around will get you asked to leave the ice - no refund. Anyone who appears to be drunk will not be allowed on the ice.`,
  },
  {
    title: 'Calderbrook Comets Ice Hockey Club',
    category: 'Ice Hockey',
    content: `CALDERBROOK COMETS ICE HOCKEY CLUB

The Calderbrook Comets are our resident ice hockey club. The club is run by volunteers and is affiliated to England Ice Hockey. Teams:
- Juniors: U9, U11, U13, U15 and U18
- Comets Women
- Adult recreational team (no experience needed, just be able to skate forwards and stop!)
- Senior team - the Calderbrook Comets

TRY HOCKEY
Fancy giving it a go? Free Try Hockey sessions run on the first Sunday of each month, 07:45 - 08:45, for ages 5 to 15. All kit provided - you just need to bring a water bottle and wear something warm. Kids need to be able to skate a little (a few lengths without holding the side). Book on the club website.

TRAINING & MEMBERSHIP
Junior training is Sunday mornings and Wednesday evenings (18:00). Junior membership is £35 a month, which covers ice time and coaching. Kit can be borrowed for the first 6 weeks.

WATCHING A GAME
The senior Comets play home games on Sundays at 17:30, September to March.

| Ticket         | Price |
|----------------|-------|
| Adult          | £8    |
| Child (5-15)   | £4    |
| Under 5s       | free  |

Tickets are sold on the door only (cash or card) - no advance booking.

CONTACT
The club is run separately from the rink, so our reception team can't answer questions about fixtures, team selection or membership. Email the club secretary: comets.secretary@calderbrookice.co.uk`,
  },
  {
    title: 'Accessibility',
    category: 'Visiting',
    content: `ACCESSIBILITY AT CALDERBROOK ICE RINK

We want everyone to be able to enjoy the ice. If you have any questions about access just give reception a call before you visit.

GETTING IN
- Step-free entrance from the car park with automatic doors
- 4 Blue Badge parking bays right by the main entrance
- Reception, skate hire, cafe and viewing area are all on the ground floor
- Accessible toilet next to reception
- Hearing loop at reception

WHEELCHAIR USERS ON THE ICE
Wheelchair users are welcome on the ice in their own chair or in one of our two ice-friendly push chairs during any Monday to Thursday daytime session. Please let us know at least 24 hours before you come so we can have a marshal ready to help.

CARERS
A carer or personal assistant goes free with a paying skater. Please bring something to show at reception, e.g. a PIP/DLA letter, Access Card or Nimbus card.

CALM SKATE
Calm Skate is our relaxed session for anyone who finds the normal sessions too loud or busy - no music, steady lighting, fewer people and extra marshals. Second Sunday of each month, 09:00 - 10:00, £5 including skate hire.

ASSISTANCE DOGS
Assistance dogs are welcome in the building but can't go on the ice.`,
  },
  {
    title: 'Cafe, Parking, Lockers & Getting Here',
    category: 'Visiting',
    content: `RINKSIDE CAFE
Our Rinkside Cafe looks right out over the ice so you can watch while you have a brew.
- Open every day 9:30 to 21:00
- Hot food until 19:00 (toasties, jacket potatoes, hot dogs, nuggets and chips)
- Hot chocolate with cream and marshmallows £3.20 - a post-skate must!
- Food and drink aren't allowed on the ice or in the skate hire area
- Please don't eat your own food in the cafe - in summer there are picnic benches outside

PARKING
- Our car park has 140 spaces
- Parking is free for up to 3 hours - just enter your car registration on the tablet at reception
- Otherwise it's £2 per hour (pay by app)
- When we're busy, use the Wharf Road public car park across the road

BY BUS AND TRAIN
- The 590 and 592 buses stop right outside (Calderbrook Wharf stop)
- Calderbrook train station is a 10-minute walk along the canal

LOCKERS
Lockers are next to the skate hire counter and take a £1 coin, which you get back. Please don't take bags onto the ice.

LOST PROPERTY
Lost something? Lost property is kept for 30 days - ask at reception or email hello@calderbrookice.co.uk with a description. We can't post items out.`,
  },
];

export const R32A_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: "hi how much is it for a kid to skate, is the skate hire included or extra?", facts: ['£7.50', '£3.00'], escalate: false },
  { question: "is there any kind of deal if there's 4 of us? me, my husband and our 2 boys", facts: ['£29'], escalate: false },
  { question: "booked sunday 1pm for me and my partner but hes come down with flu, can we get a refund or at least swap it to next weekend?", facts: ['2 hours before'], escalate: false },
  { question: "what times can you skate on a sunday", facts: ['10:30', '15:30'], escalate: false },
  { question: "my 6 yr old wants to go with her friend, can i drop them off and nip to the shops for an hour or so", facts: ['18 or over'], escalate: false },
  { question: "can my 13 year old go skating on his own with his mates or does an adult need to come", facts: ['12 and over'], escalate: false },
  { question: "i've got 3 kids all under 8, can i take them all on the ice by myself?", facts: ['2 children'], escalate: false },
  { question: "my daughter fell over last time and bumped her knee, nothing serious lol but shes a bit nervous now. do you have those penguin things she can hold onto and do they cost?", facts: ['£4'], escalate: false },
  { question: "do we really need gloves? its not that cold out", facts: ['at all times'], escalate: false },
  { question: "whats the smallest size skates you hire out, my son is tiny", facts: ['child size 8'], escalate: false },
  { question: "can i get my own skates sharpened when i come in, and how much", facts: ['£6.50'], escalate: false },
  { question: "my little girl is 4 and desperate to learn to skate properly, do you do classes for that age? what day is it on", facts: ['09:15'], escalate: false },
  { question: "im 34 and a complete beginner, embarrassing i know, how much is the adult course", facts: ['£80'], escalate: false },
  { question: "my son's missed 2 lessons cos of football, can we get money back for those or can he make them up", facts: ['same level'], escalate: false },
  { question: "is Marta still doing private lessons? my daughter had a few with her last year and loved her. how do i book", facts: ['lessons@calderbrookice.co.uk'], escalate: false },
  { question: "do the kids get anything when they pass a level?", facts: ['certificate'], escalate: false },
  { question: "planning my son's 9th, about 12 kids coming. how much per kid and what do they get", facts: ['£15.50'], escalate: false },
  { question: "whats the difference between the normal party and the plus one?", facts: ['20 minutes', 'party bag'], escalate: false },
  { question: "we've had to postpone my daughter's party, it was 3 weeks away - do we lose the deposit??", facts: ['14 days'], escalate: false },
  { question: "is Phil still doing the parties? need to know when i have to give final numbers and food orders by", facts: ['72 hours'], escalate: false },
  { question: "what time is the disco on a friday and can my 10 yr old go with her friends", facts: ['19:30', 'accompanied'], escalate: false },
  { question: "is there an adults only night? me and the girls fancy it for a birthday", facts: ['first Friday'], escalate: false },
  { question: "my boy is 8 and wants to try ice hockey but we dont have any of the gear, is there a way he can have a go", facts: ['first Sunday', 'kit provided'], escalate: false },
  { question: "my dad uses a wheelchair, any chance he can go on the ice with the grandkids?", facts: ['24 hours'], escalate: false },
  { question: "does my son's carer have to pay as well? he's autistic and finds busy places hard, is there anything quieter", facts: ['Calm Skate', 'goes free'], escalate: false },
  { question: "not being funny but the car park was rammed last time and we got a ticket - is parking free or what? also is there a bus", facts: ['3 hours', '590'], escalate: false },
  // Unanswerable
  { question: "do you sell skates? looking to buy my daughter her first proper pair", unknown: true, escalate: false },
  { question: "can we bring our own birthday cake to the party, and will you light the candles for us", unknown: true, escalate: false },
  { question: "is there a student discount? i have my nus card", unknown: true, escalate: false },
  { question: "my daughter has finished all the skate uk levels, is there a figure skating club she can join after that?", unknown: true, escalate: false },
  { question: "are you hiring at all? looking for a weekend job, im 17", unknown: true, escalate: false },
  { question: "is there wifi in the cafe? need to do some work while my kids are in their lesson", unknown: true, escalate: false },
  { question: "do you ever do curling sessions? would be a fun work thing for about 8 of us", unknown: true, escalate: false },
  { question: "can i buy a gift voucher for a block of lessons for my niece's birthday", unknown: true, escalate: false },
  { question: "are you open on christmas day?", unknown: true, escalate: false },
  { question: "does the cafe do anything gluten free? my son is coeliac", unknown: true, escalate: false },
  // Hand-over
  { question: "my son went down hard at the disco on saturday and cracked his head on the ice, we ended up in a&e and theyre saying concussion. who do i need to speak to?", escalate: true },
  { question: "i need to flag something about one of the coaches. the way he spoke to my 9 year old in her group lesson and grabbed her arm really wasn't ok", escalate: true },
  { question: "hi, I'm a PE teacher - we'd like to bring two year 8 classes, about 55 students plus staff, for an end of term skating trip in March. can you do that?", escalate: true },
  { question: "can i just chat to someone who actually works there please", escalate: true },
];

// ---------------------------------------------------------------------------
// Business B
// ---------------------------------------------------------------------------

export const R32B_NAME: string = 'Hallam Edge Knives';

export const R32B_AGENT_NAME: string = 'Ruth';

export const R32B_CONTEXT: string = `Hallam Edge Knives
Independent kitchen knife shop + sharpening & repair workshop in Sheffield. 41 Sharrow Vale Road, Sheffield S11 8ZF.

Its me Gareth Pryce (sharpening, repairs, 20+ yrs grinding, trained in the old Sheffield works) and my wife Lou who runs the shop, online orders and engraving. Saturday help from a couple of lads.

We sell kitchen knives only - Japanese and western. Brands: Global, Victorinox, Tojiro, Robert Welch, Masakage, Opinel (kitchen range) + a few small Japanese makers. Plus whetstones, honing rods, boards, edge guards, knife rolls.

Opening hours
Tue - Fri 10am - 5:30pm
Sat 9:30am - 5pm
Sun 11am - 3pm
CLOSED MONDAY

Phone 0114 496 0471
Email shop@hallamedge.co.uk
Repairs / quotes: repairs@hallamedge.co.uk
Web: hallamedge.co.uk

How we want to come across: knowledgeable but down to earth, friendly, not snobby about cheap knives (a £15 victorinox sharpened properly is a great knife). No hard selling. Plain English, not too much jargon - explain it if you use it.`;

export const R32B_BUSINESS_RULES: string = `RUTH - NOTES FROM GARETH & LOU

* Gareth does ALL sharpening + repairs. Lou does shop, online, engraving. Don't name the Saturday lads.
* Repair prices: never give a repair price as final. Always say "from" and ask them to email photos to repairs@ so Gareth can look.
* Never give legal advice about carrying knives in public / what's legal to carry etc. We sell kitchen knives for use in the kitchen, thats all we say.
* AGE: never suggest any way round the age check. No exceptions, not even "it's for my mum".
* Don't slag off any brands, even the supermarket ones.
* We don't price match, sorry.
* Don't promise a turnaround quicker than whats on the website, Gareth gets snowed under before Christmas.
* If someone asks "which knife should I buy" ask what they cook + budget before recommending, don't just push the dearest one.

Things to pass to one of us (as well as the escalation rules in the settings):
- anyone wanting a custom / one-off handmade knife or a commission. Gareth only does a couple a year and wants to talk to them himself
- if a parent or anyone else is worried that a knife from us ended up with someone under 18 (e.g. their kid ordered one). Hand that straight over to Lou, don't discuss it.`;

export const R32B_RULES: string[] = [
  'Knife lost or damaged in the post (either way)',
  'Trade / restaurant accounts or 10+ knives regularly',
  'Refund requests over £150',
  'Customer says they were injured by one of our products',
  'Angry customer or complaint about a member of staff',
];

export const R32B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'In-Shop Sharpening - Prices & Turnaround',
    category: 'Sharpening',
    content: `KNIFE SHARPENING AT HALLAM EDGE

Every knife is sharpened by hand in our Sheffield workshop. No belt-grinder-and-go - western knives are sharpened on a slow wet wheel and finished by hand, Japanese knives are done on whetstones.

PRICES (per knife, by blade length)

Blade length           | Western / standard | Japanese (whetstone)
-----------------------|--------------------|---------------------
Up to 15cm (6")        | £6                 | £9
15cm - 23cm (6" - 9")  | £8                 | £12
Over 23cm (9"+)        | £10                | £15

Other items:
- Serrated knives (bread knives etc) - £7.50 any length
- Kitchen scissors - £5
- Cleavers - £12
- Honing rods (ceramic) - £5

Blade length is measured from the tip to the handle, not including the handle.

MULTI-KNIFE DISCOUNT
Bring 5 or more knives in one go and get 10% off the sharpening.

TURNAROUND
- Drop off before 12 noon and your knives will be ready to collect after 3pm the same day
- Drop off after midday and they'll be ready the next day we're open
- Japanese knives are done on whetstones and take longer - please allow 3 working days

WHILE-YOU-WAIT
Need them back quickly? We can do up to 3 knives while you wait for £3 extra per knife (western knives only). Not available on Saturdays.

WHAT'S INCLUDED
Sharpening includes removing small chips (under 1mm), a full re-edge and a final hone. Bigger chips, broken tips and bent blades are repairs - see our Repairs page.

NOT HAPPY?
If you're not happy with the edge, bring it back within 14 days and we'll redo it free of charge.`,
  },
  {
    title: 'Postal Sharpening Service',
    category: 'Sharpening',
    content: `POSTAL SHARPENING - HOW IT WORKS

Can't get to Sharrow Vale? Send your knives to us in the post and we'll send them back razor sharp.

STEP BY STEP
1. Book online at hallamedge.co.uk/postal and tell us which knives you're sending (type + rough blade length).
2. We email you a prepaid Royal Mail Tracked 48 label for sending your knives to us - this is free.
3. Pack your knives (see below) and drop the parcel at any Post Office.
4. We sharpen them and post them back to you.

PRICES
Same sharpening prices as in the shop (see our Sharpening Prices page), plus return postage.
- Return postage: £7.95 by Royal Mail Special Delivery, fully insured up to £500
- Minimum postal order: £20 of sharpening

TURNAROUND
5 working days from when your parcel arrives with us to when we send it back. We email you when it's on its way.

HOW TO PACK YOUR KNIVES
- Wrap each blade in a folded piece of thick cardboard and tape it shut - the edge must not be able to cut through
- Or use edge guards if you have them
- Put them in a sturdy box (not a padded envelope!) and fill the gaps so nothing rattles
- Pop a note inside with your name, order number and anything we should know (chips, broken tip)
- Don't write "knives" on the outside of the parcel

RETURN DELIVERY
Special Delivery needs a signature, so make sure someone 18 or over is in to sign for it. If you're out, Royal Mail will leave a card and you can collect it from the local delivery office.`,
  },
  {
    title: 'Repairs - Chips, Broken Tips & Handles',
    category: 'Repairs',
    content: `KNIFE REPAIRS

Dropped it on the tiled floor? Chipped it on a bone? Handle falling apart? Most knives can be saved. Gareth will always tell you honestly if a repair isn't worth the money.

REPAIR PRICES (guide only)

Repair                              | Price
------------------------------------|-------------------
Chip removal (over 1mm)             | from £10
Broken tip - reshape and re-point   | from £14
Bent blade straightened             | from £10
Thinning (blade behind the edge)    | from £20
Replacement handle - western rivets | from £45
Replacement handle - Japanese (wa)  | from £35
Rust removal and polish             | from £8

All repairs include a full sharpen.

The final price depends on the damage - a 2mm chip near the heel is a very different job to a 5mm chip in the middle. Email clear photos of both sides of the blade to repairs@hallamedge.co.uk and we'll give you a quote before you send or drop anything in.

WHAT WE CAN'T FIX
- Cracked blades (the crack will keep spreading - it's not safe)
- Knives with delaminating cladding
- Ceramic knives

TURNAROUND
Repairs usually take 1 to 2 weeks. Handle replacements can take up to 3 weeks if we need to order materials.`,
  },
  {
    title: 'Knife Engraving',
    category: 'Engraving',
    content: `PERSONALISED KNIFE ENGRAVING

Make it personal. Lou laser engraves names, dates and short messages - perfect for weddings, retirements and big birthdays.

PRICES
- Up to 20 characters (including spaces) - £12
- Up to 40 characters (including spaces) - £18
- Logo engraving - from £25 (we need a vector file, e.g. .svg or .eps)

WHERE WE CAN ENGRAVE
We engrave on the blade or bolster of metal knives. We can't engrave wooden handles or plastic handles.

FONTS
Choose from three fonts: Classic, Script or Block. You'll get a proof by email before we engrave anything from an online order.

TURNAROUND
Engraving takes 2 working days, on top of normal delivery time. In the shop we can sometimes do it on the same day - ask at the counter.

ENGRAVING A KNIFE YOU ALREADY OWN
Yes - bring it in or send it with a postal sharpening order. Same prices.

PLEASE NOTE
Engraved knives can't be returned unless faulty, so please double check your spelling!`,
  },
  {
    title: 'Buying Knives - Age Checks (Challenge 25)',
    category: 'Buying Knives',
    content: `AGE CHECKS WHEN BUYING KNIVES

By law, we can't sell knives to anyone under 18. We take this very seriously.

IN THE SHOP
We operate Challenge 25. If you look under 25 we will ask for photo ID before selling you a knife. We accept:
- Passport
- Photo driving licence
- PASS card (with hologram)

No ID, no sale - sorry. This applies even if you tell us the knife is for someone else. We will also refuse a sale if we think the knife is being bought for someone under 18.

Sharpening isn't affected - anyone can drop knives in to be sharpened, but we'll only hand knives back to someone 18 or over.

ONLINE ORDERS
- You must be 18 or over to order knives from our website, and we run an age check at checkout
- Knife orders are sent with an age-verified delivery service. The courier will check ID at the door and hand the parcel only to someone 18 or over
- They won't leave it with a neighbour or in a safe place
- If nobody's in, the courier will try again the next working day, or you can collect from their local depot (bring ID)

Non-knife items (boards, stones, gift vouchers) are sent normally and don't need an age check.`,
  },
  {
    title: 'Sharpening Courses',
    category: 'Courses',
    content: `LEARN TO SHARPEN YOUR OWN KNIVES

WHETSTONE SHARPENING BASICS
Our most popular course. Gareth will teach you how to get a proper edge on your own knives using whetstones.
- 3 hours, 9:00am - 12:00pm
- Last Saturday of each month
- £65 per person
- Maximum 6 people, so you get plenty of hands-on help
- Includes a 1000/6000 combination whetstone to take home
- Bring up to 2 of your own knives (we have practice knives too)
- Tea, coffee and biscuits included

KNIFE SKILLS FOR HOME COOKS
A relaxed evening session on how to hold, use and look after your knives - chopping, slicing, dicing, and a bit of honing.
- 2 hours, first Thursday of each month, 6:30pm - 8:30pm
- £45 per person
- Maximum 8 people

WHO CAN COME
Minimum age for both courses is 16, and under 18s must come with a parent or guardian who is also booked on.

BOOKING AND CANCELLATIONS
Book online at hallamedge.co.uk/courses. You can move your place to another date up to 7 days before the course. We can't give refunds within 7 days of the course, but you're welcome to send someone else in your place.

Course places make a great present - see Gift Vouchers.`,
  },
  {
    title: 'Returns & Refunds',
    category: 'Orders',
    content: `RETURNS AND REFUNDS

Changed your mind? No problem.

KNIVES AND OTHER PRODUCTS
- You can return unused items in their original packaging within 30 days of purchase (or delivery for online orders)
- Knives must not have been used, sharpened or engraved
- Bring it into the shop with your receipt, or post it back to us (return postage is paid by you unless the item is faulty)
- We'll refund to your original payment method within 5 working days of receiving the item

FAULTY ITEMS
If something is faulty, let us know as soon as possible and we'll sort out a repair, replacement or refund. Many of our brands also have their own manufacturer's warranty - we'll help you with the claim.

ENGRAVED ITEMS
Engraved knives can't be returned unless faulty.

SHARPENING AND REPAIRS
If you're not happy with a sharpening job, bring it back within 14 days and we'll redo it free of charge.

SALE ITEMS
Sale items can be returned in the same way as full-price items.`,
  },
  {
    title: 'Gift Vouchers',
    category: 'Orders',
    content: `GIFT VOUCHERS

Not sure which knife they'd like? A Hallam Edge gift voucher lets them choose.

- Any amount from £10 to £250
- Valid for 24 months from the date of purchase
- Can be used for knives, accessories, sharpening, repairs and courses
- Use in the shop or online
- Can't be exchanged for cash

TWO WAYS TO BUY
1. E-voucher - emailed instantly (to you or straight to them, you choose the date)
2. Gift card - posted free in a Hallam Edge gift envelope, sent 2nd class

Lost your voucher? If it was bought online we can reissue it - just email us with the order number.

PLEASE NOTE
Anyone can receive a voucher, but if it's used to buy a knife, the person buying the knife must still be 18 or over and normal age checks apply.`,
  },
  {
    title: 'Delivery & Knife Care FAQ',
    category: 'FAQ',
    content: `DELIVERY

How much is delivery?
Free UK delivery on orders over £60. Under £60, delivery is £4.95.

How long does delivery take?
Orders placed before 1pm Tue-Fri are sent the same day. Knife orders use an age-verified courier (see Age Checks page) and arrive in 1-2 working days.

KNIFE CARE FAQ

Can my knives go in the dishwasher?
Please don't! The heat, detergent and rattling dull the edge and can damage handles (and Japanese steel can rust). Hand wash and dry straight away - it takes 10 seconds.

How often should I get my knives sharpened?
For most home cooks, every 3 to 6 months. If you cook every day or use your knives hard, it might be more often.

What's the difference between honing and sharpening?
Honing (with a rod/steel) straightens the edge and keeps it feeling sharp between sharpens. Sharpening actually removes metal to create a new edge. Hone little and often - sharpen a few times a year.

What chopping board should I use?
Wood or plastic. Never glass, marble or slate - they'll ruin an edge in one go.

How should I store my knives?
On a magnetic strip, in a block, or in a drawer with edge guards. Loose in a drawer is how chips happen.

Do you sell edge guards?
Yes - edge guards from £4 to £8 depending on blade length, in the shop and online.`,
  },
];

export const R32B_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: "how much to sharpen a 20cm chef's knife? it's just a cheapo one from the supermarket", facts: ['£8'], escalate: false },
  { question: "got a japanese santoku, about 16.5cm blade, do you charge more for japanese ones?", facts: ['£12'], escalate: false },
  { question: "if i drop a few knives off saturday morning can i get them back the same day", facts: ['after 3pm'], escalate: false },
  { question: "nicked my finger on my old blunt bread knife this morning (ironic i know) so finally getting it done - do you do serrated ones and how much", facts: ['£7.50'], escalate: false },
  { question: "does Gareth do the japanese knives himself? and how long will they take", facts: ['3 working days'], escalate: false },
  { question: "i've got about 6 knives that need doing, any discount for that many?", facts: ['10%'], escalate: false },
  { question: "is there a while-you-wait option? problem is i'm only in sheffield for the afternoon", facts: ['£3'], escalate: false },
  { question: "i live in cornwall so can't come in, how does sending knives to you work", facts: ['Tracked 48'], escalate: false },
  { question: "roughly how long does the postal thing take from start to finish", facts: ['5 working days'], escalate: false },
  { question: "how much is it to post them back and are they insured? one of them was my grandads", facts: ['£7.95', '£500'], escalate: false },
  { question: "whats the best way to pack knives to post them, dont want the postie getting hurt", facts: ['cardboard'], escalate: false },
  { question: "my deba has a chip near the heel, maybe 2mm. can that be fixed and roughly what would it cost", facts: ['£10', 'photos'], escalate: false },
  { question: "the handle on my mum's old sabatier is split and the rivets are loose, can you put a new handle on", facts: ['£45'], escalate: false },
  { question: "can you engrave 'Happy 40th Dad' on a knife and what would that be", facts: ['£12'], escalate: false },
  { question: "could you engrave his initials on the wooden handle instead of the blade?", facts: ['bolster'], escalate: false },
  { question: "what id do i need to buy a knife in the shop? i'm 24 but look about 15 haha", facts: ['passport'], escalate: false },
  { question: "ordering a knife online as a present - will the courier need to see id? i'm out at work all day", facts: ['neighbour'], escalate: false },
  { question: "is there a course where you learn to use whetstones? how much and do you get to keep a stone", facts: ['£65', '1000/6000'], escalate: false },
  { question: "can my 14 year old come on the knife skills evening with me? he's really into cooking", facts: ['16'], escalate: false },
  { question: "booked the sharpening course for next saturday but now we've got a wedding, can i move it or get a refund?", facts: ['7 days'], escalate: false },
  { question: "bought a tojiro gyuto 2 weeks ago, still in the box never used, changed my mind - can i get a refund?", facts: ['30 days'], escalate: false },
  { question: "you sharpened my knife last week and honestly it doesn't feel that sharp now, bit disappointed. what can i do", facts: ['14 days'], escalate: false },
  { question: "Lou engraved a knife for me but turns out my brother already has the same one - can i send it back?", facts: ['unless faulty'], escalate: false },
  { question: "do your gift vouchers run out? want to get one for my dad but he takes ages to decide on anything", facts: ['24 months'], escalate: false },
  { question: "my nephew is 17, if i give him a voucher can he use it to buy himself a knife?", facts: ['18 or over'], escalate: false },
  { question: "my husband keeps putting my global knives in the dishwasher, is that actually bad? also how often should they be sharpened", facts: ['hand wash', '3 to 6 months'], escalate: false },
  // Unanswerable
  { question: "do you sharpen lawnmower blades or garden shears?", unknown: true, escalate: false },
  { question: "do you have a loyalty card or anything for regulars?", unknown: true, escalate: false },
  { question: "is there anywhere to park near the shop?", unknown: true, escalate: false },
  { question: "can i pay in instalments with klarna or similar? looking at one of the masakage knives", unknown: true, escalate: false },
  { question: "do you sharpen hairdressing scissors? i'm a hairdresser and mine need doing", unknown: true, escalate: false },
  { question: "do you ship knife orders to ireland? my brother lives in cork", unknown: true, escalate: false },
  { question: "could we book a private whetstone session for me and 3 friends on a weekday evening?", unknown: true, escalate: false },
  { question: "do you do part exchange? i'd like to trade in my old wusthof set against a new knife", unknown: true, escalate: false },
  { question: "do you stock left-handed knives? i'm a leftie and single bevel ones are a nightmare", unknown: true, escalate: false },
  { question: "is the shop wheelchair accessible? is there a step at the door", unknown: true, escalate: false },
  // Hand-over
  { question: "i posted my gyuto to you last week and it came back today with a big chunk out of the blade, it definitely wasn't like that when i sent it", escalate: true },
  { question: "i run a little bistro in kelham island and want to set up regular sharpening for about 25 knives every couple of weeks, how would that work", escalate: true },
  { question: "i've just found out my 16 year old son ordered a knife from your website using my card. how was he able to do that? i'm really worried", escalate: true },
  { question: "is there an actual human i can speak to please", escalate: true },
];
