/**
 * Round-38 HELD-OUT set, written blind (only eval/cases.ts read). HELD-OUT: never tune on it.
 *
 * Two small UK businesses written as their owners would write them:
 *   R38A: a volunteer-run heritage steam railway.
 *   R38B: a letterpress print studio.
 * Each has 40 cases: 26 answerable (facts quoted verbatim from one article or the context),
 * 10 unanswerable (unknown: true) and 4 hand-overs (escalate: true).
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// R38A: Brackendale Valley Railway (volunteer-run heritage steam railway, Shropshire)
// ---------------------------------------------------------------------------------------------

export const R38A_NAME: string = 'Brackendale Valley Railway';

export const R38A_AGENT_NAME: string = 'Maisie';

export const R38A_CONTEXT: string = `The Brackendale Valley Railway (the BVR, or "the Brack" if you're local) is a standard gauge heritage steam railway running up the Brackendale valley in east Shropshire. Trains start from our main station at Fennick Road, on the edge of Church Aston, and climb through Millbrook and Pike's Crossing to the terminus at Upper Hollin, right up on the edge of the moor. It's about five and a half miles end to end and yes, the view from the top is worth it.

We are a registered charity and the whole thing is run by volunteers - around 230 of us at the last count, from 16-year-olds cleaning engines to retired signalmen who know every bolt on the line. There are no paid staff apart from Janet, who manages the booking office three days a week. So please be a bit patient with us if an email takes a day or two!

**Where to find us:** Fennick Road Station, Station Lane, Church Aston, Shropshire TF10 9QX.

**Booking office:** open 9:30am to 4:30pm on every running day (it's in the little brick building by the main gate). On non-running days the phone is staffed on Tuesdays and Thursdays, 10am to 2pm only - any other time please leave a message or email and we'll get back to you.

**Phone:** 01952 460218
**Email:** bookings@brackendalerailway.org.uk
**Facebook:** we post running updates, loco changes and any cancellations there first.

(Trains don't run every day - check the running days article before you travel!)`;

export const R38A_BUSINESS_RULES: string = `Right, a few words from me (Graham, I'm chair of the operating committee and I look after this chat thing).

Please be friendly and down to earth - most people writing in are families planning a day out, or grandparents booking something for the grandkids, or train buffs who know more than we do. Keep it short and cheerful, don't use jargon unless they do first. Always point people to book online where they can because it saves Janet a lot of phone calls.

Never promise which engine will be running on a particular day. We try to say on Facebook but locos fail, it's the nature of the beast. Same with the weather - don't tell anyone "it'll be fine".

Don't make up prices or dates. If it isn't written down in our articles, say you're not sure and give them the booking office number or email.

There are two other things that MUST go to a real person, on top of the escalation list. First, if anyone tells you they've been hurt or had an accident with us - on a train, on a platform, in the car park, anywhere on railway property, even if it sounds minor like a trip or a scald from a hot drink - do not try to sort it out or give advice, get them passed to a person straight away because the duty station master has to log it properly. Second, school visits and any group of 20 or more people (coach parties, clubs, Scouts, that sort of thing) go to Carol, our groups co-ordinator; group prices are worked out case by case so don't quote anything.

Thanks all - Graham`;

export const R38A_RULES: string[] = [
  'Refund or compensation asked for over £50 - pass to a person.',
  'Complaints about a volunteer or crew member - hand over.',
  'Press, TV or commercial filming / photo shoot enquiries.',
  'Lost property - booking office deals with it.',
];

export const R38A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Running days & timetables 2025',
    category: 'Timetable',
    content: `## When do the trains run?

Our main season runs from **late March to the end of October**, and then there are the Santa Specials in December (see the separate Santa article, they're booked differently). We're all volunteers so we don't run every day - we run on the days we can put a full crew together.

**Running days at a glance**
- March (from Saturday 22nd) - weekends only
- April and May - weekends, plus every day of the Easter school holidays
- June and July - Wednesdays, Saturdays and Sundays
- August - every single day (the crews are a bit mad)
- September and October - weekends, plus every day of October half-term

If a date isn't listed above, there are no public trains that day. Sorry!

### Green and Gold timetables

We use two timetables, and the calendar on the website is coloured to match.

| Timetable | First train from Fennick Road | Last train from Fennick Road | What runs |
|---|---|---|---|
| Green | 10:15 | 15:45 | one steam train, 4 round trips |
| Gold | 10:00 | 16:30 | two trains, 7 round trips |

(The Gold days show up yellow on the calendar. It's meant to be gold, the printer had other ideas.)

Gold timetable is used on all bank holiday weekends and every day in August. Everything else is Green.

### How long does it take?

A round trip from Fennick Road up to Upper Hollin and back takes **about 75 minutes**. That includes a 15 minute stop at Upper Hollin while the engine runs round the train - lots of people hop off there, have a wander and a picnic, and catch a later train down (your ticket lets you do that, see Fares).

### Steam or diesel?

Nearly always steam. Very occasionally we have to swap to one of our heritage diesels - usually because of the fire risk to the lineside in a hot dry spell, or because a steam engine has failed. We don't give refunds if a diesel runs instead of steam (it's in the ticket terms), but we will always put it on Facebook as soon as we know.

**Note:** the last train from Upper Hollin on a Green day leaves at 16:25. Don't miss it - it's a long walk down!`,
  },
  {
    title: 'Fares & tickets',
    category: 'Tickets',
    content: `## Ticket prices (2025 season)

All our normal tickets are **Day Rovers** - hop on and off at any station as often as you like on the day you've booked. So you can go up to Upper Hollin, walk down to Millbrook and catch the next train from there, whatever you fancy.

| Ticket | Full line Day Rover | Single (one way) |
|---|---|---|
| Adult | £16.00 | £10.00 |
| Senior (65+) | £14.50 | £9.00 |
| Child (3-15) | £8.00 | £5.00 |
| Under 3s | Free | Free |
| Family (2 adults + up to 3 children) | £42.00 | n/a |
| Dog | £2.00 | £2.00 |

Prices above are the on-the-day prices at the booking office.

### Booking online

**Book online and save 10%** on everything except dog tickets. Online tickets are for the date you pick, so you'll need to choose a day when you book. You don't need to print anything, just show the email on your phone to the guard.

**Need to change your date?** Email us at least 48 hours before the day you booked and we'll move your tickets to another running day once, free of charge. After that, or with less notice, we can't change them - sorry, we're a small charity and it gets complicated.

### Paying on the day

You can just turn up and buy at the booking office - we take card and cash. On busy Gold days (especially August) trains can fill up, so online is safer.

### Platform tickets

Just want to watch the trains? A platform ticket is £1 and you can spend it against anything in the tearoom.

### FAQ

**Q: Do I need a ticket for my baby?**
A: No, under 3s travel free and don't need a ticket.

**Q: Do you do season tickets?**
A: Not as such, but members of the Society get some free travel - see the Membership article.`,
  },
  {
    title: 'Driver experience days (footplate experiences)',
    category: 'Experiences',
    content: `# Drive a steam engine!

This is the big one - the thing people have dreamed about since they were six. You'll be on the footplate with one of our qualified drivers and firemen, and you'll actually drive (under instruction, obviously - nobody's letting go of you).

## The two options

**Footplate Taster - £195**
- One round trip on the footplate, Fennick Road to Upper Hollin and back
- You fire on the way up and drive on the way down
- One friend or family member can ride in the train for free to watch (and take photos!)

**Driver for a Day - £495**
- Starts at 8:00am in the shed helping prepare the engine (oiling round, raising steam - it's half the fun)
- 4 round trips, driving and firing
- Lunch in the Signal Box tearoom
- A certificate and a photo of you on the footplate
- Finish around 4pm

Experiences run on selected Mondays and Fridays, which are non-running days, so you've got the line to yourself and aren't tied to the public timetable.

## Who can do it?

- You must be at least 16 to take the regulator. If you're 16 or 17 you need a parent or guardian with you on the day (they ride in the train, not on the footplate - there isn't room!).
- The footplate is cramped and hot. You'll need to be able to climb up a steep four-rung ladder and there's a weight limit of 20 stone (that's 127kg) for safety reasons.
- No previous experience at all needed.

## What to wear

Old clothes. You WILL get dirty - coal dust gets everywhere. We provide overalls, gloves and a grease-top cap, but please bring sturdy boots - no trainers, sandals or anything with open toes, you won't be allowed up.

## Booking and changes

Book through the booking office or online. Experiences are non-refundable, but you can move to another date as long as you tell us at least 28 days before. They make a great present - just book it in the name of the person who's driving.

*(If we have to cancel because of a loco failure we'll always offer a new date.)*`,
  },
  {
    title: 'Santa Specials',
    category: 'Seasonal',
    content: `# Santa Specials 🎅

Every Saturday and Sunday in December up to Christmas, plus Christmas Eve, the Brack turns into the North Pole Express (ok, the engine's the same, but there's a lot of tinsel).

## How it works

- Trains leave Fennick Road at 10:30, 12:00, 13:30 and 15:00 and the trip is about an hour.
- Every booking gets its own compartment or table bay, so you're not squeezed in with strangers (if there are just two of you, you may be sharing a bay with another couple).
- **Santa comes round to every compartment** during the journey - no queueing in a draughty grotto. Each child gets a proper wrapped present from him.
- Grown-ups get a mince pie and a glass of mulled wine, or a soft drink if you're driving.
- The tearoom will be open before and after with hot chocolates etc.

## Prices

| | Price |
|---|---|
| Child (1-15) - includes present | £22 |
| Adult | £18 |
| Baby under 12 months (on a lap, no present) | Free |

## When do tickets go on sale?

**Tickets go on sale on 1 September at 9am, online only.** They really do sell out fast - most weekends go within a fortnight - so set an alarm! We don't keep tickets back for the phone or the booking office.

## Good to know

- Sorry, no dogs on Santa Specials (assistance dogs are fine). The trains are packed and there's a lot going on.
- Please tell us the children's ages when you book so Santa's elves can pick the right presents. Presents are age-banded, not personalised.
- Santa Specials can't be refunded, but if a child is ill we'll try to move you to another date if there's space - email us.
- Dress warm. The steam heating does its best but the old carriages are draughty!`,
  },
  {
    title: 'Bringing your dog',
    category: 'Visiting',
    content: `## Dogs are very welcome on the Brack 🐕

Well-behaved dogs are welcome on all our normal trains. A dog ticket is £2 (the same for a single or a Day Rover) and you can buy it online with your own tickets or at the booking office.

### The rules (sorry, there have to be some)

- Dogs must be **on a short lead at all times** on the platforms and on the trains.
- Dogs must stay on the floor, not on the seats - even with a blanket. We know, we know. Our carriages are 60-odd years old and the upholstery is a nightmare to clean.
- There's a maximum of two dogs per booking, unless they're assistance dogs.
- Please keep dogs out of the way of the corridor so the guard and the refreshments trolley can get through.
- Clear up after them - there are poo bins at Fennick Road and Upper Hollin.

### Tearoom

Dogs can't come inside the Signal Box tearoom (food hygiene rules) but dogs are welcome in the tearoom garden, and there are water bowls outside the door.

### Not allowed

- Santa Specials - no dogs, apart from assistance dogs.
- Driver experience days - not on the footplate, but they can ride in the train with your guest.

### Assistance dogs

Assistance dogs travel free and can go anywhere a passenger can, including inside the tearoom.

### A word of warning

Steam engines are LOUD. The whistle, the safety valves lifting, the hiss of the cylinder drain cocks - some dogs take it in their stride and some really don't. If your dog is nervous of bangs, stand well back down the platform when the engine comes in, and maybe sit in the back coach.`,
  },
  {
    title: 'Accessibility',
    category: 'Accessibility',
    content: `# Accessibility on the railway

We're a 1960s railway running in 60-year-old carriages, so we're not perfect, but we've worked hard to make sure as many people as possible can come and enjoy it. If in doubt, please ring us and ask.

## Wheelchair users

- Every train has our converted brake coach, *Dorothy*, which has space for two wheelchairs, with a ramp so you can get on and off without a step.
- Wheelchairs up to 70cm wide and 120cm long will fit through the door. Most manual chairs and a lot of electric ones are fine - if yours is bigger, ring us and we'll measure up.
- **Please ring ahead** (or tick the box when you book online) so the guard has the ramp out and a space kept free.
- Sadly mobility scooters don't fit through the carriage doors, but you can leave one safely in the booking office while you travel.

## The stations

- **Fennick Road** - step-free everywhere: car park, booking office, platform, tearoom and shop. Accessible toilet by the tearoom (no RADAR key needed).
- **Upper Hollin** - step-free along a firm gravel path to the picnic area. Bit bumpy.
- **Millbrook** - the platform is only reachable over a footbridge with steps, so it isn't step-free. Stay on the train and come back to Fennick Road instead.
- **Pike's Crossing** - request stop with a short, steep slope. Not suitable for wheelchairs.

## Carers

One carer travels free with a disabled passenger. Just tell the booking office, or pick "Carer" when you book online.

## Noise and sensory stuff

Steam trains are noisy and a bit smelly, which is sort of the point, but we know it isn't for everyone. We've got ear defenders to borrow from the booking office (child and adult sizes), free. Quieter times are usually the first train of the day on a Green timetable day. The back coach is furthest from the engine.

## Assistance dogs

Assistance dogs are welcome everywhere and travel free.`,
  },
  {
    title: 'Volunteering with us',
    category: 'Volunteering',
    content: `# Join the gang! 🚂

Everything you see on the Brack - the trains, the booking office, the tea and cake, the flowers in the station tubs - is done by volunteers. We're always looking for more, and you honestly don't need to know anything about railways.

## What could I do?

- **Booking office and station staff** - meeting and greeting, selling tickets, helping people on and off
- **Tearoom** - making tea, serving, washing up (endless washing up)
- **Guards** - in charge of the train, after training
- **Track gang** - out on the line on Wednesdays and Sundays, fixing fences, clearing drains, keeping the track in order. Great exercise.
- **Carriage and wagon** - restoring and repairing our old coaches. Woodworkers and painters especially wanted!
- **The loco department** - everyone starts as a cleaner, then trains up to fireman and, after some years, driver
- **Gardening, marketing, website, events** - all the stuff that keeps a charity going

## How do I start?

Come along to a Taster Saturday - they're on the first Saturday of each month at 10am at Fennick Road. We give you a brew, show you round, and you can have a go at a few things. Ask at the booking office for Dave Hartley, our volunteer liaison, and he'll look after you. No need to book.

## Ages

Most roles are open from 16. 14 and 15 year olds can join as Young Volunteers as long as a parent or guardian volunteers alongside them on the same days. You can start as an engine cleaner at 16, but you need to be 18 to go out on the footplate as a trainee fireman.

## Do I have to commit to lots of days?

No! Even one day a month really helps. Some people come every week, some only in August.

## The boring bits

- All volunteers have to be members of the Brackendale Railway Society - that's what covers our insurance. (See the Membership article for prices.)
- Safety-critical roles (guard, fireman, driver) need a medical every 3 years. We pay for it.
- We'll give you a hi-vis and all the safety kit you need.`,
  },
  {
    title: 'Getting here & parking',
    category: 'Visiting',
    content: `## Finding Fennick Road station

All our trains start from **Fennick Road**, Station Lane, Church Aston, Shropshire TF10 9QX.

**Satnav warning!** Some satnavs try to send you down Mill Lane from the A518. Don't - it's single track, has no passing places and ends at a farm gate. Follow the brown tourist signs for "Steam Railway" from the A518 roundabout instead, and you'll come in along Station Lane.

## Parking

- The car park at Fennick Road is free for passengers - just show your ticket (or booking email) at the booking office.
- If you're not travelling (walkers, we see you!) it's £4 for the day, pay at the booking office.
- There are 6 blue badge spaces right by the gate.
- On Gold days in August the car park can fill by 11am. Our overflow field opens when that happens - follow the volunteers in hi-vis.
- There's **no parking at Upper Hollin, Millbrook or Pike's Crossing.** Upper Hollin has no road to it at all - it's the train or your legs.

## By bus

The Shropshire Link 481 between Newport and Telford stops at Church Aston Green, about a 10 minute walk from the station along the footpath by the pub. It's roughly hourly Monday to Saturday and there's no Sunday service, sadly.

## By train (the boring modern kind)

The nearest mainline station is Telford Central. A taxi from there is about 20 minutes. There isn't a direct bus from Telford Central to us.

## Walking

The Brackendale Way footpath runs alongside most of the line. A lot of people get the train up to Upper Hollin and walk back down - about 2 and a half hours if you don't stop too much, mostly downhill. Wear proper shoes, it's muddy in places even in summer.`,
  },
  {
    title: 'The Signal Box tearoom & shop',
    category: 'Facilities',
    content: `## The Signal Box Tearoom ☕

Our tearoom lives in the old goods shed at Fennick Road (it's called the Signal Box because the name came with the sign we rescued from Wellington - long story). It's open 9:30am to 4:30pm on every running day.

**What's on:**
- Bacon and sausage butties (till 11:30)
- Homemade soup with crusty bread
- Jacket potatoes
- Cakes baked by our volunteers - the lemon drizzle has its own fan club
- Cream tea - £6.50 for two scones, jam, clotted cream and a pot of tea
- Tea, coffee, hot chocolate, cold drinks and ice creams

You don't need a train ticket to use the tearoom or the shop - everyone's welcome, walkers included.

Members of the Society get a discount (see Membership).

### On the train

On Gold timetable days there's a refreshments trolley on the train with hot drinks, crisps and chocolate. On Green days there isn't, so grab something before you go.

### Upper Hollin

There's no café at Upper Hollin - it's just picnic tables, a shelter and a compost loo, with a cracking view. Take your own picnic up!

## The shop

Next to the booking office. We sell:
- Books and DVDs about the Brack and Shropshire railways
- Mugs, tea towels, fridge magnets and badges
- Pocket-money toys and whistles (sorry, parents)
- Postcards and prints of our engines by local artists

Every penny of profit goes back into keeping the trains running.`,
  },
  {
    title: 'Membership & supporting the railway',
    category: 'Support',
    content: `# Become a member of the Brackendale Railway Society

The Society owns the railway and everything on it. Members keep it going - and you don't have to volunteer to join, lots of our members just like to support us from afar.

## Membership prices (per year)

| Type | Price |
|---|---|
| Adult | £22 |
| Junior (under 18) | £10 |
| Family (2 adults + children under 18, same address) | £35 |
| Life membership | £400 |

## What do I get?

- Our quarterly magazine, *The Brackendale Bugle*, posted to you (or emailed if you'd rather)
- Two free Day Rover tickets a year, to use on any Green timetable day
- 10% off in the shop and tearoom
- A vote at the AGM in March
- That warm feeling

Join online, at the booking office, or by filling in the form in the back of the Bugle. Membership runs for 12 months from the day you join.

## Other ways to help

**The Boiler Fund.** Our oldest engine, *Lady Margaret*, is due her 10-year boiler overhaul and it's going to cost north of £180,000. Every donation, big or small, goes straight into it. There's a thermometer chart in the booking office so you can see how we're doing.

**Gift Aid.** If you're a UK taxpayer, please tick the Gift Aid box on tickets and donations - it adds 25p to every £1 at no cost to you.

**Leaving a gift in your will.** A lot of the railway you see today was made possible by legacies. If you'd like to talk about it confidentially, email the Society secretary via the booking office and they'll get in touch.

**Shop with us.** Every mug and tea towel helps!`,
  },
];

export const R38A_HELD_OUT: EvalCase[] = [
  // --- Answerable (26) ---
  // Context
  {
    question:
      'tried ringing you a couple of times on a monday in feb and it just rang out. when is someone actually there to answer the phone when there are no trains on?',
    facts: ['Tuesdays and Thursdays, 10am to 2pm'],
    escalate: false,
  },
  {
    question: "We're staying near Newport for the week. Where does the train actually go to, like what's at the far end?",
    facts: ['Upper Hollin'],
    escalate: false,
  },
  { question: 'whats the postcode for the sat nav pls', facts: ['TF10 9QX'], escalate: false },
  // Running days & timetables
  {
    question:
      "Hi there, my in-laws are visiting the last week of June and the only day we're all free is the Tuesday. Will there be trains running that day?",
    facts: ['Wednesdays, Saturdays and Sundays'],
    escalate: false,
  },
  {
    question: "how long does it take to go up to the top and back? got a 1pm lunch booking and don't want to be late",
    facts: ['75 minutes'],
    escalate: false,
  },
  {
    question:
      "We're coming on 14th Sept which is green on your calendar thingy. What time's the first steam train out of fennick rd?",
    facts: ['10:15'],
    escalate: false,
  },
  // Fares & tickets
  {
    question: 'How much would it be for me, my wife and our three kids (9, 6 and 4)? Is there some kind of family deal?',
    facts: ['£42'],
    escalate: false,
  },
  {
    question:
      "I booked tickets online for this Saturday but my sister has moved her birthday do to the same day, typical. Is there any way to swap our tickets to another day?",
    facts: ['48 hours'],
    escalate: false,
  },
  { question: 'is it cheaper to book before or just pay when we turn up?', facts: ['10%'], escalate: false },
  // Driver experience days
  {
    question:
      "My husband turns 60 next spring and has wanted to drive a steam train since he was a boy. What does the whole-day one cost and what does he actually get for it?",
    facts: ['£495'],
    escalate: false,
  },
  {
    question: "bit of an awkward one, I'm a big lad, about 19 and a half stone. Am I ok to do the footplate taster?",
    facts: ['20 stone'],
    escalate: false,
  },
  {
    question: 'what should i wear for my footplate experience? ive only really got trainers',
    facts: ['sturdy boots'],
    escalate: false,
  },
  // Santa Specials
  {
    question:
      "We tried to get Santa train tickets last year and they'd all gone by the time I looked in October. When do they get released this year?",
    facts: ['1 September'],
    escalate: false,
  },
  { question: 'how much are the santa tickets for the children?', facts: ['£22'], escalate: false },
  {
    question:
      "Does Father Christmas come to you on the train or do we have to get off and line up to see him? My youngest (3) is not good at queueing!!",
    facts: ['compartment'],
    escalate: false,
  },
  // Dogs
  {
    question: "Can our lab sit up on the seat with us if I bring a towel for him to lie on? He's very clean I promise",
    facts: ['floor'],
    escalate: false,
  },
  {
    question: "We've got three dogs (two terriers and a lurcher). Can they all come on the train with us?",
    facts: ['two dogs'],
    escalate: false,
  },
  // Accessibility
  {
    question:
      "My mum's got an electric wheelchair which is quite wide, I measured it at about 68cm. Will it go through the train doors?",
    facts: ['70cm'],
    escalate: false,
  },
  {
    question:
      "My son is autistic and really struggles with sudden loud noises like bangs and whistles. He loves trains though. Is there anything that might help him on the day?",
    facts: ['ear defenders'],
    escalate: false,
  },
  {
    question: 'i go everywhere with my brother as his carer, do i need to buy a ticket as well as him?',
    facts: ['travels free'],
    escalate: false,
  },
  // Volunteering
  {
    question:
      "I retired from the fire service last month and I'm going stir crazy. I'd love to help out on the railway, any job really. How do I get started?",
    facts: ['first Saturday of each month'],
    escalate: false,
  },
  {
    question: "My lad is 15 and absolutely train mad. Can he sign up to volunteer or is he too young?",
    facts: ['parent or guardian'],
    escalate: false,
  },
  // Getting here & parking
  {
    question: "We don't drive. Is there a bus that gets anywhere near the station from Newport?",
    facts: ['481'],
    escalate: false,
  },
  {
    question:
      "A few of us from the rambling club want to leave our cars at your station and walk the valley, we won't be going on the train. Do we have to pay to park?",
    facts: ['£4'],
    escalate: false,
  },
  // Tearoom & shop
  { question: 'how much is a cream tea in your cafe?', facts: ['£6.50'], escalate: false },
  // Membership
  {
    question: "My grandad was a member for years and always had a little magazine from you come through the door. What was it called?",
    facts: ['Brackendale Bugle'],
    escalate: false,
  },

  // --- Unanswerable (10) ---
  { question: 'is there wifi on the train? asking for my teenager lol', unknown: true, escalate: false },
  {
    question: "Do you have any EV chargers in the car park? We'll be coming in the electric car and the range is a bit tight",
    unknown: true,
    escalate: false,
  },
  {
    question:
      "My fiancé is a massive steam nerd and I'd love to surprise him. Is it possible to actually have our wedding ceremony at one of your stations?",
    unknown: true,
    escalate: false,
  },
  {
    question:
      "Dad was a fireman on the railways up north in the 50s and he always said he wanted his ashes scattered along a steam line. Is that something you'd allow?",
    unknown: true,
    escalate: false,
  },
  { question: 'do u ever sell off old railway sleepers? want some for raised beds in the garden', unknown: true, escalate: false },
  {
    question: "Any campsites near you that you'd recommend? We've got a tent and two kids and would like to make a weekend of it",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Can I take my bike on the train up to the top and then ride back down the valley?',
    unknown: true,
    escalate: false,
  },
  {
    question: "I'm coeliac. Does the tearoom have anything gluten free, cakes especially?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Do you do a halloween ghost train? The kids loved one at another railway last year',
    unknown: true,
    escalate: false,
  },
  { question: 'is there a cash machine at the station or anywhere close by?', unknown: true, escalate: false },

  // --- Hand-over (4) ---
  {
    question:
      "We had Driver for a Day booked for my dad for last Friday and it was cancelled that morning because the engine broke down. We'd driven up from Cornwall and paid for a hotel. I don't want another date, I want the full £495 back.",
    escalate: true,
  },
  {
    question:
      "The guard on the 12:30 on Sunday was really rude to my mum (she's 82) and shouted at her for being slow getting off at Upper Hollin. I want to make a formal complaint about him please.",
    escalate: true,
  },
  {
    question:
      "Hi, my little boy tripped on the platform edge at Fennick Road yesterday and split his chin, we ended up at A&E getting it glued. Just letting you know, what happens now?",
    escalate: true,
  },
  {
    question:
      "I'm a Year 4 teacher at a primary school in Telford and we'd like to bring 32 children and 6 adults for a trip in June. What would that cost us?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// R38B: Foxglove Press (letterpress print studio, Frome)
// ---------------------------------------------------------------------------------------------

export const R38B_NAME: string = 'Foxglove Press';

export const R38B_AGENT_NAME: string = 'Pip';

export const R38B_CONTEXT: string = `Foxglove Press is a tiny letterpress studio tucked away in an old coach house behind Catherine Hill in Frome, Somerset. It's me (Hattie Marsh), two days a week of Sam, our printer and general press-whisperer, and a lot of very old machinery: a 1950s Heidelberg Windmill, two Adana tabletop presses, a Vandercook proofing press and a cast-iron Albion from 1871 who is called Bertha.

We print wedding stationery, business cards and all sorts of odds and ends, and we run workshops and open-access studio sessions for people who want to get inky themselves.

**Opening hours:** the studio is open Tuesday to Saturday, 10am to 5pm, but visits are by appointment only - we're usually mid-print-run with ink everywhere and there's no shop front, so please don't just turn up. Closed Sundays and Mondays.

**Email:** hello@foxglovepress.co.uk (best way to reach us, we answer within 2 working days)
**Phone:** 01373 229 418 - but honestly we often can't hear it over the Heidelberg, so email is better.
**Instagram:** @foxglovepress - lots of behind-the-scenes stuff and finished work.

Address for collections and appointments: The Coach House, rear of 14 Catherine Hill, Frome BA11 1BY.`;

export const R38B_BUSINESS_RULES: string = `Hello! Hattie here. Some notes on how I'd like you to talk to people.

Tone-wise: warm, a bit informal, no corporate waffle. Lots of the people who get in touch are couples planning a wedding and they're stressed, so be kind and don't overload them. Keep answers fairly short. You can use the odd exclamation mark, I do.

Please don't invent prices or dates. If something isn't in our info, say so and suggest they email hello@foxglovepress.co.uk. Don't guess at what's possible on the presses either - letterpress has real limits, and I'd rather someone asked than was disappointed.

## Stuff that comes to me, not you

- Anything where a finished order has gone wrong - a typo on the printed cards, the wrong colour, a box damaged in the post, a missing pack. Don't promise a reprint or a refund, just pass it to me and I'll sort it.
- Weddings that are less than 4 weeks away. Sometimes I can squeeze things in, sometimes I can't, and I need to look at the diary myself.
- Shops, galleries or anyone wanting to stock our greetings cards or buy wholesale/trade.

Also, custom quotes are mine - if someone wants more than 500 of anything, or foiling, die-cut shapes, or edge painting on unusual sizes, hand them over rather than guessing a price, because it depends on plates, paper and how much my back hurts that week.

If somebody has damaged a press or any other kit during an open-access session (it happens, the Adanas are temperamental!) they should talk to me directly, so please pass that one on too and reassure them nobody is in trouble.

And of course, if anyone is upset or just asks for a real person, hand it over straight away - no arguing with them.

Thanks! H x`;

export const R38B_RULES: string[] = [];

export const R38B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Wedding stationery - how it works',
    category: 'Weddings',
    content: `# Wedding stationery 💌

Congratulations! We'd love to print your invitations. Here's how it all works.

## Our collections

We have three house designs you can personalise with your names, dates and wording:

- **Meadow** - loose hand-drawn wildflowers, lovely in one or two colours
- **Harbour** - simple, classic type with a little rope border
- **Orchard** - a big apple-branch illustration, best in two colours

Or you can send us your own design (see the artwork article).

## Prices

Invitations are priced per card, with a minimum order of 50:

| | 1 colour | 2 colours |
|---|---|---|
| Invitation, A6 flat card | £4.20 each | £5.30 each |
| Invitation, A5 flat card | £5.10 each | £6.20 each |
| Save the date, A6 | £2.90 each | £3.80 each |
| RSVP card, A7 | £1.90 each | £2.50 each |

Prices include the printing plates, our house 600gsm cotton card and plain envelopes in white, ivory or sage. Coloured or lined envelopes are extra - ask us.

**On the day stationery** (menus, place cards, table numbers, order of service) is quoted once we know your numbers - send us a list.

## Samples

Not sure? Order a sample pack for £8 - you get printed examples of all three collections on our different papers, plus envelope swatches. The £8 comes off your order if you go ahead with us.

## When should we order?

Ideally 4 to 5 months before the wedding for invitations, and 8 to 12 months before for save the dates. That leaves plenty of room for proofs, printing and posting them out to your guests.

## The process in a nutshell

1. Email us with your date, numbers and which collection you like
2. We send you a quote and take your deposit (see Payments)
3. We send you a digital proof
4. You approve it, we print, we post (or you collect)

Easy!`,
  },
  {
    title: 'Business cards',
    category: 'Business cards',
    content: `## Letterpress business cards

There's nothing like handing over a proper letterpress card - people always run their thumb over it. Ours are printed on our house 600gsm cotton card, so they're thick and soft with a lovely deep impression.

**Size:** standard 85 x 55mm, square corners.

### Prices - 1 colour, one side

| Quantity | Price |
|---|---|
| 100 | £95 |
| 250 | £140 |
| 500 | £210 |

**Extras:**
- Second colour: +£45
- Printing on the back: we don't print both sides of a single sheet (the impression shows through - see the paper article), so for a double-sided card we **duplex** two sheets together, which makes a gorgeous chunky 1200gsm card. Duplexing adds £60.
- Edge painting (coloured edges) on standard size cards: from £30 per 250 cards.
- Rounded corners: £15 per order.

Prices include plates and setting up, and a digital proof.

### What do I need to send?

Either your own finished artwork (see the artwork article), or just your details and logo and we'll set it up in one of our simple house layouts - no charge for that.

### FAQ

**Q: Can I mix names on one order? (e.g. 100 each for three staff)**
A: Yes, but each name is a separate plate, so it's priced as three lots of 100.

**Q: Will my brand colour come out exactly right?**
A: We mix inks to Pantone references by hand, so it'll be very close, but letterpress on cotton card always looks a touch softer than on screen.

**Q: Can I reorder later?**
A: Yes! We keep your plates for 2 years, so a reprint is cheaper - just ask.`,
  },
  {
    title: 'Proofs & making changes',
    category: 'Orders',
    content: `# Proofs

Before anything goes on the press, you'll see a proof. This is the most important step, so please give it your full attention - grab a cup of tea and check every letter.

## Digital proofs

- You'll get a PDF proof by email within 5 working days of us receiving your brief (all your wording, names, colours etc).
- Two rounds of changes are included in the price. After that, each extra round is £15 - it's mostly to stop things going round in circles!
- Colours on screen are only a guide. Every screen is different.

## Printed proofs

Want to see the real thing before we print the whole lot? We can pull a printed proof on the actual card for £25. It adds about a week, because we have to make the plate and set up the press just for that one proof.

## Approving your proof

Once you reply "approved" (or similar!), that's it - **we print exactly what you approve**. We can't be responsible for typos, wrong dates or misspelt names that were on the approved proof, so:

- Check the date, day AND year
- Check the spelling of every name (especially the venue!)
- Check times - am or pm?
- Get someone else to read it too. Seriously. Fresh eyes.

## Changes after approval

If you spot something after you've approved but before we print, email us straight away. If the plate hasn't been made yet, it's usually fine. If it has, a new plate costs £28 per colour.

**Tip:** we'll always send the proof from hello@foxglovepress.co.uk - check your spam folder if you haven't heard from us.`,
  },
  {
    title: 'Turnaround & delivery',
    category: 'Orders',
    content: `## How long will it take?

All our timings start from the day you **approve your final proof** - not from when you first get in touch.

| What | Turnaround after proof approval |
|---|---|
| Business cards | 10 working days |
| Wedding invitations & save the dates | 3 to 4 weeks |
| On the day stationery | 2 to 3 weeks |
| Anything custom | we'll tell you when we quote |

Spring and summer are our busiest months for weddings, so the earlier you get your proof approved the better.

## Delivery (UK)

- **Royal Mail Tracked 48** - £6.50
- **Special Delivery** (guaranteed next working day once posted) - £12
- **Collection from the studio** is free - we'll email when your order is ready and you can arrange a time (see the collections article).

Everything is packed flat between board, in a box if it's a big order. We post Tuesday to Friday.

## International

We can post to the EU and the US - we'll quote postage when we quote your order. Please bear in mind that any customs charges at the other end are for the recipient to pay.

## What if my order is late in the post?

Tracked 48 usually takes 2-3 working days. If it's been longer than 5 working days since we told you it was posted, email us and we'll chase it with Royal Mail.`,
  },
  {
    title: 'Open-access studio hire',
    category: 'Studio hire',
    content: `# Open-access studio hire

Already caught the letterpress bug? You can hire time on our presses and print your own stuff - cards, posters, prints for your walls, whatever you like.

## Step one: the induction

Everyone has to do our Press Induction before they hire the studio, **even if you've printed before** (every press is different, and we need to know you know ours). It's a 3-hour session, £65, covering setting type, locking up, inking, health and safety and - most importantly - cleaning up. Once you've done it, you're free to book open access.

## Which presses?

- the two Adana 8x5 tabletop presses
- the Albion (Bertha!)
- the Vandercook proofing press

The Heidelberg Windmill is never available for hire - sorry, it's our production press and it's not for beginners.

## Prices

| Time | Price |
|---|---|
| Per hour | £18 |
| Half day (4 hours) | £60 |
| Full day (10am to 5pm) | £100 |

That includes use of our wood and metal type, rubber-based inks in black and a basic set of colours, and all the cleaning materials. Bring your own paper, or buy it from us by the sheet.

## When?

Open access runs on Wednesdays and Thursdays, plus one Saturday a month (the date's on Instagram). Book by email - slots are limited because there's only so much room round Bertha.

## House rules

- Over 18s only in open-access sessions
- Leave the last 30 minutes of your booking for cleaning up - it's included in your time
- Put type back in the right case!! (Sam will find out.)
- Closed shoes, and an apron - we have spares`,
  },
  {
    title: 'Workshops',
    category: 'Workshops',
    content: `## Letterpress workshops 🖨️

No experience needed for any of these - just come along and get inky. All materials are included and you'll take home everything you print.

### Introduction to Letterpress
A full day, 10am to 4pm. You'll learn to hand-set metal type, print on the Adanas and the Albion, and go home with a set of cards and a small print. £135 per person, with lunch from the bakery round the corner and endless tea.

### Wood Type Poster Workshop
Half day (10am to 1:30pm). Big chunky wooden letters, big bold posters. £75.

### Make Your Own Christmas Cards
An evening session in November and December, 6pm to 9pm. Print a set of 10 cards with envelopes. £55, mince pies included.

### Private workshops
For birthdays, hen dos, team days etc. Up to 6 people, from £600 for the day. Email us with dates.

**Group size:** all our workshops are a maximum of six people, so there's lots of hands-on time.

**Age:** workshops are for 16 and over. 16 and 17 year olds need to come with an adult who's also booked on.

### Booking and cancellations

Book online via the link on our website or by email. If you can't make it, tell us at least 7 days before and we'll move you to another date. With less than 7 days to go we can't refund or move you, but you're welcome to send a friend in your place - just tell us their name.

If we ever have to cancel (illness, or Bertha playing up), you'll get a full refund or a new date, your choice.

*Workshops make a great present - see gift vouchers.*`,
  },
  {
    title: 'Paper, ink & that lovely deep impression',
    category: 'Materials',
    content: `# Paper and ink - the nerdy bit

## Our house card

Almost everything we print is on our house card: a 600gsm 100% cotton board made in Italy. It's soft, thick, bright white (we also stock it in ecru), and it takes a deep impression beautifully. It's made from cotton linters, a by-product of the textile industry.

We also keep a few coloured stocks for things like envelopes and backing cards - ask if you want to see swatches, or get the sample pack.

## The "bite"

By default we print with a deep impression - that's the squished-in look most people want from letterpress. The catch: a deep impression shows through on the back of the sheet. That's why **we don't print both sides of a single sheet**. If you want a double-sided card, we duplex (glue two sheets back to back) instead - it's how the really chunky cards are made.

If you'd prefer a "kiss" impression (ink sitting on the surface, no dent), just say - it's the traditional way and it's lovely too.

## Ink colours

We mix every ink by hand to a Pantone reference. Letterpress inks are slightly transparent, so colours on white cotton card come out a little softer than the Pantone book, and colours on ecru card go warmer. We'll always show you on the proof if we think something will look very different.

**Metallic inks:** we can print metallic gold, silver and copper inks, but letterpress metallics give a soft sheen, not mirror shine.

## Printed by hand

Every card is fed through the press by hand, so there's natural variation - a slightly heavier impression here, a touch more ink there. That's the charm of it! If you want every card identical to the last molecule, letterpress probably isn't for you.`,
  },
  {
    title: 'Payments, deposits & cancellations',
    category: 'Payments',
    content: `## Paying for your order

### Weddings
- To book your slot in the diary we take a 50% deposit, once you've accepted our quote.
- The balance is due when you approve your final proof, and before anything is posted or collected.

### Business cards and everything else
Business cards are paid in full when you approve the proof. Other small jobs are the same.

### Workshops & studio hire
Paid in full at booking.

## How to pay

We'll email you an invoice with a card payment link, or you can pay by bank transfer (our details are on the invoice). We don't take cheques any more, sorry - the bank made it too much of a faff.

## Cancelling

- **Before your proof is approved:** for weddings we keep the deposit, because we've held that slot in the diary for you and turned other couples away. For business cards there's nothing to pay yet, so no charge.
- **After your proof is approved:** once the plates have been made we can't refund, because photopolymer plates are made specifically for your design and can't be reused for anything else. If we haven't started printing we'll refund what's left after plate costs.
- **Postponed your wedding?** Talk to us! We'll happily move your slot and reprint just the date - you'd only pay for the new plate.

## Receipts

Your paid invoice is your receipt. If you need another copy, just email.`,
  },
  {
    title: 'Sending us your own artwork',
    category: 'Artwork',
    content: `# Supplying your own artwork

Lots of couples and businesses come to us with a design from their own designer, and that's great. Letterpress is a bit fussier than digital, though, so here's what we need.

## File type

- A **vector PDF** (exported from Illustrator, InDesign, Affinity etc.), at actual size
- All text converted to outlines
- Each ink colour on its own page or layer, in 100% black - we do the colour with the ink, not the file
- No gradients, tints or photos. Letterpress prints solid colour only. Halftones are possible but they're a custom job.

## Line thickness

- Lines need to be at least 0.25pt thick, otherwise they won't hold up on the plate and can break or fill in.
- Reversed-out text (white text on a solid block of colour) needs to be at least 8pt.
- Large areas of solid colour can look a bit mottled in letterpress - that's the look, but if you want a perfectly flat solid, talk to us first.

## Canva files

Canva is fine as long as you download it as "PDF Print" and send the file. If we have to redraw your artwork to make it print properly, there's an artwork setup fee of £35.

## What if I don't have a designer?

No problem - either pick one of our house collections (Meadow, Harbour or Orchard) for weddings, or send us your logo and details for business cards and we'll set it up in a simple layout.

## Your printing plates

For your own artwork printed on our presses, the plate charge is £28 per colour. (For our wedding collections and business cards the plates are already in the price.)`,
  },
  {
    title: 'Gift vouchers & collecting from the studio',
    category: 'General',
    content: `## Gift vouchers 🎁

We do gift vouchers for any amount from £25, or for a specific workshop (Intro to Letterpress, Wood Type Poster, or Christmas Cards). They're valid for 12 months from the date they're bought and can be spent on anything we do - workshops, studio hire, or printing.

We can email you a PDF voucher straight away, or post a letterpress-printed voucher card (of course!) for an extra £3. Buy them by emailing us.

Vouchers can't be swapped for cash, and unfortunately we can't extend them once they've expired.

## Collecting from the studio

If you chose collection, we'll email you when your order is ready. Then reply with a day and time that suits you - Tuesday to Saturday, 10am to 5pm - and we'll make sure someone's here. Please don't just turn up without arranging it, as we might be out or mid-run with inky hands.

**Where:** The Coach House, rear of 14 Catherine Hill, Frome. Walk down the little alley beside the greengrocer's and we're the green door at the end, with the foxglove painted on it.

**Parking:** there's no parking at the coach house itself - the lane is too narrow. The nearest is the Cattle Market car park, about 3 minutes' walk away (pay and display).

**Someone else collecting for you?** No problem - just tell us their name when you arrange it.

We'll hold finished orders for up to 4 weeks. After that, please get in touch, as space in the studio is very tight!`,
  },
];

export const R38B_HELD_OUT: EvalCase[] = [
  // --- Answerable (26) ---
  // Context
  {
    question: "I'll be in Frome on Saturday morning, can I just pop in to the studio and have a nosey at some samples?",
    facts: ['by appointment'],
    escalate: false,
  },
  { question: "where abouts are you exactly? i'm coming from Bath", facts: ['Catherine Hill'], escalate: false },
  {
    question: "I've tried calling a few times with no luck. What's the best way to actually get hold of you?",
    facts: ['hello@foxglovepress.co.uk'],
    escalate: false,
  },
  // Wedding stationery
  {
    question:
      "Hi! We're getting married next September with about 80 guests. Roughly what would simple one-colour A6 invites cost per card?",
    facts: ['£4.20'],
    escalate: false,
  },
  {
    question: "Before we spend hundreds on invites I'd really like to feel the paper and see your designs in real life. Is that possible?",
    facts: ['£8'],
    escalate: false,
  },
  {
    question: 'wedding is next may, how far in advance do we need to be ordering the invitations??',
    facts: ['4 to 5 months'],
    escalate: false,
  },
  // Business cards
  { question: 'How much for 250 business cards, just one colour on one side?', facts: ['£140'], escalate: false },
  {
    question:
      "I want really thick cards, properly chunky, with my logo on the front and contact details on the back. Can you do that?",
    facts: ['duplex'],
    escalate: false,
  },
  // Proofs
  {
    question:
      "My fiancé and I can never agree on anything (!!) so I'm worried about going back and forth on the wording. How many times can we change the proof?",
    facts: ['Two rounds'],
    escalate: false,
  },
  {
    question: 'is there a way to see an actual printed one on the real card before you print all 120?',
    facts: ['£25'],
    escalate: false,
  },
  {
    question: "Sent over all our wording and names yesterday. How soon will I get something to look at?",
    facts: ['5 working days'],
    escalate: false,
  },
  // Turnaround & delivery
  {
    question: "I'm launching my bakery soon - once I've OK'd the business card design, how long till I actually have them?",
    facts: ['10 working days'],
    escalate: false,
  },
  {
    question: 'Once the invites are printed I need them super quick, can they come next day?',
    facts: ['Special Delivery'],
    escalate: false,
  },
  // Open-access studio hire
  {
    question:
      "I did quite a bit of letterpress at art college years ago and know my way round an Adana. Can I just book some time on your presses?",
    facts: ['induction'],
    escalate: false,
  },
  { question: 'whats the hourly rate to hire the studio', facts: ['£18'], escalate: false },
  {
    question: 'Which days of the week can I come in and use the presses myself?',
    facts: ['Wednesdays and Thursdays'],
    escalate: false,
  },
  // Workshops
  {
    question: 'How much is the full day beginners letterpress course? Thinking of it for my mums birthday',
    facts: ['£135'],
    escalate: false,
  },
  {
    question:
      "Ugh, I'm booked on the wood type poster workshop this Saturday but work have just put me on shift. It's only 5 days away - can I get my money back?",
    facts: ['send a friend'],
    escalate: false,
  },
  { question: 'price of the christmas card making evening?', facts: ['£55'], escalate: false },
  // Paper & ink
  {
    question: "What's the card you print on actually made of? It looks really soft in your photos",
    facts: ['cotton'],
    escalate: false,
  },
  // Payments
  {
    question: "If we go ahead with you for our wedding stuff, how much do we have to pay up front to book?",
    facts: ['50%'],
    escalate: false,
  },
  { question: 'When do I pay for my business cards - now or when they arrive?', facts: ['in full'], escalate: false },
  // Artwork
  {
    question: "Our friend is designing our invites for us as a wedding present. What sort of file does she need to send you?",
    facts: ['vector PDF'],
    escalate: false,
  },
  {
    question:
      "My logo has some really fine hairline strokes in it. Is that going to print ok or is there a minimum thickness?",
    facts: ['0.25pt'],
    escalate: false,
  },
  // Gift vouchers & collection
  {
    question: "Want to get my sister a workshop voucher for xmas but she's rubbish at booking things. How long has she got to use it?",
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: "I'm picking up our order on Thursday. Where's best to park near you?",
    facts: ['Cattle Market car park'],
    escalate: false,
  },

  // --- Unanswerable (10) ---
  {
    question: 'Do you do screen printing too? Looking to get some t-shirts done for our hen party',
    unknown: true,
    escalate: false,
  },
  {
    question: "My partner uses a wheelchair - is the studio accessible if we book the intro workshop?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Could you hand-write our guests names and addresses on the envelopes in calligraphy as well?',
    unknown: true,
    escalate: false,
  },
  {
    question: "Are you looking for any staff or apprentices? I've just finished a printmaking degree",
    unknown: true,
    escalate: false,
  },
  { question: 'do you do a student discount on workshops?', unknown: true, escalate: false },
  {
    question: "Our budget is a bit tight. Do you offer a cheaper digitally printed version of the wedding invites?",
    unknown: true,
    escalate: false,
  },
  {
    question: "I've written a little poetry collection, about 40 pages. Could you print and bind it for me?",
    unknown: true,
    escalate: false,
  },
  { question: 'are your inks vegan? ', unknown: true, escalate: false },
  {
    question: 'Are you VAT registered? I need a proper VAT invoice for my business cards for the accountant',
    unknown: true,
    escalate: false,
  },
  {
    question: "Do you ever sell off any of your old type or presses? I'd love an Adana of my own",
    unknown: true,
    escalate: false,
  },

  // --- Hand-over (4) ---
  {
    question:
      "Our invitations arrived this morning and they say Saturday 14th June but our wedding is Saturday 13th June!! I know I signed off the proof but I'm honestly in bits. Can you reprint them?",
    escalate: true,
  },
  {
    question:
      "Hiya, bit of a mad one - we're getting married in 3 weeks (long story!) and still don't have invitations. Could you do 60 in time?",
    escalate: true,
  },
  {
    question:
      'Could I get a price for 1,000 business cards with copper foil and rounded corners for our dental practice please?',
    escalate: true,
  },
  {
    question:
      "I was in for open access yesterday and I think I've bent something on one of the Adanas, the rollers don't sit right any more. I'm so sorry. What should I do?",
    escalate: true,
  },
];
