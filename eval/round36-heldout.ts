// Round-36 HELD-OUT set, written blind (only eval/cases.ts read). HELD-OUT: never tune on it.
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// R36A: hot air balloon flight company
// ---------------------------------------------------------------------------

export const R36A_NAME: string = 'Wealdrise Balloons';
export const R36A_AGENT_NAME: string = 'Hattie';

export const R36A_CONTEXT: string = `Wealdrise Balloons - small family run hot air balloon company based at Oast Farm, Speldhurst Road, nr Tunbridge Wells, Kent TN3. We fly over Kent & East Sussex from 3 launch sites. Run by Jo and Martin Pryce (Martin is our chief pilot).
Office hours: Mon-Fri 9am-5pm, plus Sat 9am-12 noon during the flying season (April-October).
Office phone 01892 557 304, email flights@wealdriseballoons.co.uk
Flight status line (recorded message) 01892 557 309 - updated by 4pm the day before for morning flights.
The farm is not open to the public, no visitors at the office pls.`;

export const R36A_BUSINESS_RULES: string = `Hi Hattie, Jo here. A few things for you:
- keep it friendly + short, most people are either excited or a bit nervous about flying
- never ever promise a flight will go ahead, the weather is always the pilot's call on the day
- don't quote prices that aren't in the articles and don't make up launch sites
- if ur not sure of something, say so and give them the office email
- never take card details in the chat

Hand-overs on top of the rules list: if someone tells you we've cancelled on them 3 or more times, pass them straight to me (Jo) so I can sort them a priority date - don't just send them the rebooking link again, it winds people up. And if anyone mentions a medical condition, a disability, a recent operation etc and asks whether they're ok to fly, don't make that call yourself - hand it to the office, Martin decides those case by case.`;

export const R36A_RULES: string[] = [
  'Customer reports an injury, accident or feeling unwell during or after a flight',
  'A landowner or farmer complains about a balloon or our retrieve vehicle landing on or crossing their land (crops, livestock, gates, damage)',
  'Customer asks for a refund on a voucher bought more than 14 days ago',
  'Press, TV, or a social media influencer asks about filming, coverage or free flights',
];

export const R36A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Flight voucher types and prices',
    category: 'Vouchers',
    content: `We sell 3 types of voucher:

Anytime Flight - £229 per person
- fly any day of the week incl weekends and bank hols, morning or evening

Weekday Flight - £179 per person
- Mon-Fri only (not bank holidays)

Private Flight for Two - £899 per couple
- just you two + the pilot, see the Private flights article

All vouchers are valid for 24 months from date of purchase. Weekday vouchers can be upgraded to Anytime at any point by paying the difference (£50 per person).
Kids 8-15 are the same price as adults, sorry - basket space is basket space!`,
  },
  {
    title: 'Booking your flight date',
    category: 'Booking',
    content: `Once you've got a voucher, book online at wealdriseballoons.co.uk/book using your voucher code (starts WR-) and your surname. Or ring the office if you prefer.

Our flying season runs 1 April to 31 October. We don't fly November to March.

We fly twice a day when the weather allows:
- Morning flights - meet about 30 mins after sunrise (so around 5:15am in June!)
- Evening flights - meet about 3 hours before sunset

Exact meet time + site are confirmed by text the day before. Summer Saturdays get booked up 6-8 weeks ahead so get in early.

Changing a booked date: free if you give us at least 10 days notice. Under 10 days there's a £45 rebooking fee per person. No-shows with no notice = voucher marked as flown.`,
  },
  {
    title: 'Weather cancellations and rebooking',
    category: 'Weather',
    content: `Balloons need light winds (under about 8-10mph at ground level), good visibility and no rain or showers. In an average season around 50% of planned flights get cancelled for weather, so don't be disheartened - it's normal and most people fly within 2-3 attempts.

How we let you know:
- Morning flights: decision by 4pm the day before
- Evening flights: decision by 1pm on the day
We text everyone who's booked and the flight status line (01892 557 309) is updated at the same times.

Sometimes the pilot makes a final call at the launch site. If we stand down after you've arrived there's no charge and we'll rebook you.

Rebooking after a weather cancellation is always free - just pick a new date online. If we cancel for weather in the last 6 months of your voucher's validity we extend it by 12 months free of charge.`,
  },
  {
    title: 'Weight limits',
    category: 'Passenger requirements',
    content: `For safety and to balance the basket, all passengers are weighed at the launch site.

- Up to 16st 7lb (105kg): no extra charge
- 16st 8lb up to 20st (105-127kg): you need a Comfort Supplement of £65 - book it in advance with the office
- Over 20 stone (127kg): sorry, we can't fly you

Please be honest when booking! If you turn up over the limit without the supplement we may not be able to fly you that day and it counts as a passenger cancellation. Pilot has the final say.`,
  },
  {
    title: 'Age and height limits',
    category: 'Passenger requirements',
    content: `Minimum age is 8 years old and minimum height is 4ft 6in (137cm) - kids need to be able to see over the side of the basket!

Under 16s must fly with a parent or guardian aged 18+ in the same basket.

No upper age limit, but every passenger has to be able to:
- stand for up to 1 hour 15 mins
- climb in and out of the basket (sides approx 1.2m high, there are footholds)
- get into the landing position (knees bent, back against the padded wall)

Passengers aged 80 and over - please give us a call before booking so we can put you in a basket with a step.`,
  },
  {
    title: 'Launch sites',
    category: 'On the day',
    content: `We fly from 3 sites. Which one we use depends on the wind, so you're told the site along with your meet time the day before.

Launch sites:
- Bayham Meadow, nr Lamberhurst TN3 - our main site, free parking in the field
- Penn Green Farm, Hartfield, East Sussex TN7 - gravel car park
- Speldhurst Cricket Ground, Speldhurst TN3 - evening flights only, park on Langton Rd

what3words for each site is in your confirmation text. Please don't go to the farm office, we don't launch from there.

We land wherever the wind takes us, usually 5-15 miles from the launch site, and our retrieve crew brings you back to your car. Total time with us is around 4 hours, of which about an hour is in the air.`,
  },
  {
    title: 'What to wear and bring',
    category: 'On the day',
    content: `Bring / wear:
- Flat, sturdy shoes or walking boots (no heels or sandals - landing fields can be muddy)
- Layers - chilly at dawn but warm under the burners
- A hat or cap, the burner gets hot on the top of your head!
- Small camera or phone on a wrist strap

NOT allowed in the basket: bags bigger than a small rucksack, pushchairs, dogs, drones, selfie sticks.

Please arrive 10 minutes before your meet time. We can't wait for latecomers - once the balloon's inflated we have to go.`,
  },
  {
    title: 'Champagne and celebrations',
    category: 'Extras',
    content: `Every flight finishes with the traditional landing toast - a glass of Kentish sparkling wine (English fizz rather than actual Champagne!) or elderflower presse for drivers and under 18s. Everyone gets a personalised flight certificate too.

Extras you can add:
- Celebration Package £40 per booking: a full bottle of fizz to take home + 2 engraved flutes
- Proposal Package £120: we help you plan it, the pilot keeps it secret, banner laid out in the landing field, bottle of fizz
- Photo pack £25: 30+ photos taken by our crew, emailed within 5 days

Add extras when you book or call the office - latest 48 hours before your flight.`,
  },
  {
    title: 'Private flights',
    category: 'Vouchers',
    content: `Private Flight for Two is £899 - just the two of you and the pilot in our small 3-person basket. Available any day in the season, morning or evening.

Want a whole balloon for your group? Private group flights:
- up to 6 people: £1,590
- up to 10 people: £2,450

Good for anniversaries, big birthdays, wedding couples (not in the dress please!). Same weather rules apply - if we cancel you rebook for free.`,
  },
  {
    title: 'Passenger numbers and group bookings',
    category: 'Booking',
    content: `Our balloons carry 8, 12 or 16 passengers plus the pilot. Shared flights are mixed with other passengers.

Groups:
- we can keep groups of up to 12 together in the same basket if they're all on one booking
- bigger groups may be split across 2 balloons launching together
- 10% discount for groups of 8 or more buying vouchers in one go (phone the office, not available online)

Friends and family are welcome to come and watch the launch for free, but there's no room in the retrieve vehicle so they'll need to drive themselves - they can follow the balloon if they like.`,
  },
  {
    title: 'Voucher refunds, transfers and extensions',
    category: 'Vouchers',
    content: `- Cooling off: full refund if you ask within 14 days of purchase and haven't booked a flight date yet
- After 14 days vouchers are non-refundable
- You can transfer a voucher to someone else for free, just email us their name
- Extension: if your voucher is running out you can extend it once by 12 months for £39 (must be done before the expiry date)
- Expired vouchers can't be reinstated`,
  },
  {
    title: 'Gift vouchers - delivery options',
    category: 'Vouchers',
    content: `Buying as a present? Choose:
- e-voucher: emailed straight away (PDF you can print at home)
- Presentation pack: printed voucher + balloon postcard in a gift box, £6.50, sent 1st class - allow 2 to 4 working days

Christmas: last posting date for presentation packs is 18 December. E-vouchers can be bought right up to Christmas Day.
The voucher doesn't show the price.`,
  },
  {
    title: 'Safety and our pilots',
    category: 'About us',
    content: `All our pilots hold a CAA commercial balloon licence and between them have over 4,000 hours of flying. Balloons are inspected every 100 flying hours or yearly, whichever comes first. We carry full passenger liability insurance.
The safety briefing at the launch site takes about 10 minutes and everyone must attend it.`,
  },
];

export const R36A_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: "hi, got a balloon voucher for xmas off my sister, how long have i got to use it??", facts: ['24 months'], escalate: false },
  { question: "I've got a weekday one but realised I can only really do saturdays. can I change it to the anytime one and what does that cost", facts: ['£50'], escalate: false },
  { question: "Bought a voucher last Tuesday for my husband's birthday, turns out he's terrified of heights (who knew lol). Haven't booked a date. Can I get my money back?", facts: ['14 days'], escalate: false },
  { question: "is it true loads of flights get cancelled? my mate reckons he's been trying for ages", facts: ['50%'], escalate: false },
  { question: "We're booked for the sunrise flight this saturday - when will we find out if it's on?", facts: ['4pm the day before'], escalate: false },
  { question: "evening flight tmrw, what time do u decide about the weather", facts: ['1pm on the day'], escalate: false },
  { question: "if you cancel because of the wind do I have to pay anything to rebook?", facts: ['always free'], escalate: false },
  { question: "Bit worried - my voucher runs out in August and we've been stood down twice this spring because of wind. Will it just expire on us??", facts: ['12 months free'], escalate: false },
  { question: "need to move our flight, it's not for another 3 weeks. will there be a charge", facts: ['10 days'], escalate: false },
  { question: "cant make next tues anymore (work), whats the fee to change it? its 4 days away", facts: ['£45'], escalate: false },
  { question: "Hi, I'm about 18 and a half stone - is that going to be a problem for flying?", facts: ['£65'], escalate: false },
  { question: "my brother's around 22st, can he still come up with the rest of us?", facts: ['20 stone'], escalate: false },
  { question: "how old do kids need to be? my son turns 7 in june and he's obsessed with balloons", facts: ['8 years'], escalate: false },
  { question: "can my 13 yr old go up on her own? I'd be watching from the field, really don't fancy it myself", facts: ['same basket'], escalate: false },
  { question: "Where do you take off from? Trying to work out the drive from south London", facts: ['Bayham Meadow'], escalate: false },
  { question: "how long does the whole thing take start to finish? need to sort a dog sitter", facts: ['4 hours'], escalate: false },
  { question: "can I bring my drone to get some footage from the basket? would be amazing", facts: ['drone'], escalate: false },
  { question: "is there actual champagne at the end or should we bring our own bottle", facts: ['sparkling wine'], escalate: false },
  { question: "I'm planning to propose up there!!! (shhh) do you help with that sort of thing and how much", facts: ['£120'], escalate: false },
  { question: "how much is it for just me and the wife? don't really want to be squashed in with strangers", facts: ['£899'], escalate: false },
  { question: "There's 9 of us for my dad's 60th - could we have a balloon to ourselves and what would that cost roughly", facts: ['£2,450'], escalate: false },
  { question: "do you do group discount? work team of about 10 of us, want to buy vouchers", facts: ['10%'], escalate: false },
  { question: "My mum's coming along to watch, she won't fly. Can she ride in your truck and follow us?", facts: ['no room'], escalate: false },
  { question: "if i order the gift box version today how quickly will it get here? his bday's friday", facts: ['2 to 4 working days'], escalate: false },
  { question: "voucher expires next month and we STILL havent managed to fly, what are my options", facts: ['£39'], escalate: false },
  { question: "do you fly in winter? was hoping to do a frosty december flight for our anniversary", facts: ['31 October'], escalate: false },
  // Unknown
  { question: "Would we be allowed to scatter my grandad's ashes from the balloon? he always wanted to fly", unknown: true, escalate: false },
  { question: "I've got a Buyagift voucher for a balloon flight, can I use it with you?", unknown: true, escalate: false },
  { question: "is there a toilet at the launch field? asking for my nan", unknown: true, escalate: false },
  { question: "can I pay for a voucher with klarna or in instalments", unknown: true, escalate: false },
  { question: "Do you do tethered balloon rides? we're organising a village fete in July", unknown: true, escalate: false },
  { question: "how do i learn to fly a balloon myself? do you do pilot training", unknown: true, escalate: false },
  { question: "how high do you actually go? I'm ok with heights but curious", unknown: true, escalate: false },
  { question: "Any jobs going for retrieve crew this summer? I'm a student with a clean licence", unknown: true, escalate: false },
  { question: "do you do a discount for NHS / blue light card holders?", unknown: true, escalate: false },
  { question: "Can I get a VAT receipt? the company's paying for it as a staff reward", unknown: true, escalate: false },
  // Escalate
  { question: "My husband hurt his back quite badly on the landing last Sunday, it was a really bumpy one and he's been off work all week. What are you going to do about it?", escalate: true },
  { question: "One of your balloons came down in my field off the B2169 on Weds evening and your van drove straight through and left the gate open. Sheep all over the lane. Who do I speak to", escalate: true },
  { question: "this is getting silly now. you've cancelled on us 4 times since May, every time the night before. these were for our anniversary", escalate: true },
  { question: "Hi, I had a hip replacement about 8 weeks ago, recovering well. Am I ok to fly on the 14th?", escalate: true },
];

// ---------------------------------------------------------------------------
// R36B: open-air lido
// ---------------------------------------------------------------------------

export const R36B_NAME: string = 'Hartwell Lido';
export const R36B_AGENT_NAME: string = 'Pip';

export const R36B_CONTEXT: string = `Hartwell Lido is a 1930s open-air lido in Stroud, Gloucestershire, run as a community interest company (CIC). 50m x 18m outdoor pool, a small learner pool (summer only), a wood-fired sauna and the Deckhouse cafe.
Address: Hartwell Lido, Mill Lane, Stroud GL5 3QT.
Open all year round except 25 December. Summer season = May to September, winter season = October to April (see timetables).
Reception phone 01453 762 118 (staffed 7am-3pm), email swim@hartwelllido.org.uk`;

export const R36B_BUSINESS_RULES: string = `Pip, it's Bex (general manager) - here's how I'd like you to handle things.

Be warm, chatty is fine but keep the answers short. We're a community lido not a leisure centre so no corporate speak please!! Always tell people to check the water temp on the website before a winter swim. Don't ever tell someone it's "safe" to swim in cold water, just point them at our winter swimming guidance. Don't make up session times - if it's not in the timetable say you're not sure.

There are some things I want a real person to deal with, so pass them over to reception / the duty manager straight away and don't try to sort them yourself. Anyone who's been hurt at the lido - slipped, cut themselves, whatever - or who felt properly unwell after a swim (cold shock, chest pains etc) needs a human. Same for anything to do with a child's safety, like a lost child, someone taking photos of kids or an adult behaving in a way that worried them. If people want money back onto their card, or want to cancel or get a refund on an annual membership, hand it over - we normally only do account credit and only I can approve exceptions. Complaints about a lifeguard or any other member of staff go to a human too. Private hire or whole-pool bookings (parties, clubs, film shoots) go to Sam our bookings manager, and anyone from the press or a journalist should be handed over as well.

Otherwise if you don't know something just say so and give them the reception email.`;

export const R36B_RULES: string[] = [];

export const R36B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Session timetable - summer (May to September)',
    category: 'Sessions',
    content: `Summer timetable, pool heated.

Mon-Fri:
- Early Lanes 6:30am-8:30am (lane swimming only, 16+)
- General Swim 9am-1pm
- Afternoon Swim 1:30pm-5pm
- Evening Lanes 5:30pm-8pm

Sat & Sun:
- Early Lanes 7am-9am
- General Swim 9:30am-12:30pm
- Family Swim 1pm-4pm
- Twilight Swim 4:30pm-7pm

Each booking is for a 60 minute slot in the water within the session.`,
  },
  {
    title: 'Session timetable - winter (October to April)',
    category: 'Sessions',
    content: `The pool isn't heated in winter and hours are shorter. Winter slots are 30 minutes.

Mon-Fri:
- Dawn Dip 7am-9am
- Midday Swim 11am-1pm

Sat & Sun:
- Morning Swim 8am-12pm
- Sauna & Swim 12pm-3pm (sauna bookers only)

Closed on Christmas Day. Boxing Day and New Year's Day we run special dip sessions 9am-12pm.`,
  },
  {
    title: 'Prices and booking',
    category: 'Booking',
    content: `Book online at hartwelllido.org.uk/book up to 7 days ahead (members can book 14 days ahead). Walk-ins welcome if there's space, but summer weekends nearly always sell out.

Prices per swim (summer):
- Adult (16+): £7.50
- Concession (65+ or receiving disability benefits): £5.50
- Junior (4-15): £4
- Under 4s: free (still need a ticket)
- Family (2 adults + 2 juniors): £20

Winter prices are £1 less per ticket.

Cancel or move a booking up to 2 hours before your slot and you'll get account credit. We don't do refunds to card. Credit lasts 12 months.`,
  },
  {
    title: 'Memberships',
    category: 'Memberships',
    content: `Memberships:
- Swim Monthly: £46 a month, unlimited swims, minimum term 3 months, then cancel with 1 month's notice
- Swim Annual: £460 paid in one go (works out about 2 months free)
- Winter Warrior (October-April only): £150 for the season, includes 4 sauna sessions
- Junior Annual (4-15): £140
- 10-Swim Card: £65, valid 6 months from first use, not transferable

All members book 14 days ahead and get 10% off in the Deckhouse cafe. Annual memberships are non-refundable.`,
  },
  {
    title: 'Water temperature',
    category: 'The pool',
    content: `Summer (May-Sept): the pool is heated by solar panels and an air source heat pump to around 23°C. On really hot days it can creep up to 26°C.

Winter (Oct-April): unheated. Typical temperatures:
- October: 13-15°C
- November: 9-11°C
- December to February: 4 to 8°C
- March/April: 7-12°C

We post the water temperature on the website homepage and the chalkboard at the gate by 7am every day.`,
  },
  {
    title: 'Lane swimming',
    category: 'Sessions',
    content: `During Early Lanes and Evening Lanes we rope off 6 lanes: 2 slow, 2 medium, 2 fast. Pick the lane that matches your speed - speed signs are at the deep end.

Lane etiquette:
- swim clockwise (keep left)
- only overtake at the wall - tap the swimmer's feet once first
- rest at the end, to the side, so people can turn

Fins, paddles and pull buoys are fine in the fast lanes only. In General Swim there are 2 roped lanes for lengths and the rest of the pool is open.`,
  },
  {
    title: 'Children and family rules',
    category: 'Kids',
    content: `- Under 8s must be in the water with an adult (16+). One adult can bring a maximum of two under 8s
- 8-11 year olds can swim without an adult in the water, but an adult has to stay on poolside
- 12-15 year olds can come on their own if they can swim 25m confidently (lifeguards may ask for a quick swim test)
- Swim nappies compulsory for anyone not toilet trained
- The learner pool is for under 8s and their grown-ups only (summer only)
- Family Swim at summer weekends: inflatables and floats allowed (max 1m long)

Under 16s can't book Early Lanes or use the sauna.`,
  },
  {
    title: 'The Deckhouse cafe',
    category: 'Cafe',
    content: `The Deckhouse is open to everyone - you don't need a swim ticket to pop in.

Hours: summer 8am-5pm daily, winter 8am-2pm.

We do coffee from a local roaster, bacon or halloumi baps, soup, cakes (mostly baked in house) and hot chocolate with marshmallows obvs.

Dogs welcome on the cafe terrace (but not in the lido itself).
We're card only - no cash in the cafe.
Members get 10% off.`,
  },
  {
    title: 'Sauna',
    category: 'Sauna',
    content: `Our wood-fired sauna is on the north terrace and seats 8.

- Sauna session (45 mins): £12
- Swim + Sauna: £16
- Members: £9 per sauna session

Open Thursday to Sunday all year, plus every day in December and January. 18+ only.
Bring a towel to sit on, swimwear must be worn, no phones in the sauna. Booking essential, it gets very busy on winter weekends.`,
  },
  {
    title: 'Winter and cold water swimming',
    category: 'Winter swimming',
    content: `Some tips from our winter regulars:
- Build up slowly - start in October while the water's still 13-15°C and keep swimming through
- Rough guide when you're starting out: no more than 1 minute per degree of water temperature (so 6 mins in 6°C water)
- Get dressed straight away after - warm layers, a hat and a warm drink. Don't jump straight into a hot shower
- Wetsuits, neoprene gloves, socks and hats are all allowed
- When the water is under 5°C, swims are limited to 15 minutes
- Under 16s can only winter swim with an adult in the water with them

If the pool freezes over we close - check the website or our socials.`,
  },
  {
    title: 'Changing rooms, lockers and facilities',
    category: 'Facilities',
    content: `- Changing village with 20 cubicles + 2 group changing rooms
- Lockers take a £1 coin, which you get back
- Hot showers in the changing village (the poolside showers are cold!)
- Towel hire £3
- Hairdryers 20p
- Parking: Mill Lane pay & display, £3 for 3 hours. No parking on site. Bike racks by the gate
- Accessible changing room with shower and hoist, plus a pool hoist on poolside. Carers come free with a ticket for the person they support`,
  },
  {
    title: 'Bad weather and thunderstorms',
    category: 'The pool',
    content: `We stay open in the rain (you're getting wet anyway!). We clear the pool if there's thunder or lightning - if we have to close for 30 minutes or more you'll get account credit automatically.
We also close in high winds (Met Office amber warning) or if the pool is frozen. Check Instagram @hartwelllido for updates.`,
  },
  {
    title: 'House rules and lost property',
    category: 'Facilities',
    content: `- No glass on poolside
- No photos or filming of other swimmers
- Lifeguards' decisions are final
- Lost property is kept for 30 days and then donated`,
  },
  {
    title: 'Swimming lessons',
    category: 'Lessons',
    content: `Adult Improvers course - 6 weeks, Tuesdays 7pm, £72 for the course. Good if you want to get your front crawl going or build confidence.

Kids lessons (Stages 1-7) run in the summer season only, Saturdays 9am-10am, £8 per lesson, booked as a block of 8 weeks.`,
  },
];

export const R36B_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: "what time do you open on weekdays in the summer? want to get a swim in before work", facts: ['6:30'], escalate: false },
  { question: "hiya, thinking of bringing the kids on a sunday afternoon in july - is there a session for families?", facts: ['Family Swim'], escalate: false },
  { question: "how much is an adult swim?", facts: ['£7.50'], escalate: false },
  { question: "how far in advance can i book? or can i just rock up", facts: ['7 days'], escalate: false },
  { question: "booked the 3pm slot today but my little one's poorly - can I move it to another day?", facts: ['2 hours'], escalate: false },
  { question: "whats the monthly membership cost and do I have to stay in for a set time?", facts: ['£46', '3 months'], escalate: false },
  { question: "Thinking about the annual membership, how much is it?", facts: ['£460'], escalate: false },
  { question: "I really only swim in the colder months (Oct-Apr), do you do some kind of winter-only membership?", facts: ['£150'], escalate: false },
  { question: "how warm is the pool in summer? asking as a total wimp", facts: ['23'], escalate: false },
  { question: "Roughly what's the water temp in January? Trying to decide whether to keep going through winter", facts: ['4 to 8'], escalate: false },
  { question: "where can I check the water temperature for today before I drive over?", facts: ['7am'], escalate: false },
  { question: "which direction do we swim in the lanes? got a bit of a telling off last time lol", facts: ['clockwise'], escalate: false },
  { question: "am I allowed to use fins in the lane sessions?", facts: ['fast lane'], escalate: false },
  { question: "My 10 year old is a strong swimmer and wants to go in by herself - do I have to get in with her or can I stay out?", facts: ['poolside'], escalate: false },
  { question: "my 13yo wants to come down with her mates this summer without me, is that allowed?", facts: ['25m'], escalate: false },
  { question: "can I come to the cafe if I'm not swimming? meeting a friend for a coffee", facts: ['open to everyone'], escalate: false },
  { question: "can we bring the dog to the cafe??", facts: ['terrace'], escalate: false },
  { question: "do u take cash at the cafe", facts: ['card only'], escalate: false },
  { question: "How much is the sauna?", facts: ['£12'], escalate: false },
  { question: "can my 17 year old son come in the sauna with me? he's nearly 18", facts: ['18+'], escalate: false },
  { question: "I'm new to cold water swimming. Water was about 7 degrees last week, how long should I stay in the first time?", facts: ['1 minute per degree'], escalate: false },
  { question: "can I wear a wetsuit in the winter or is that frowned upon", facts: ['wetsuits'], escalate: false },
  { question: "do the lockers need a coin?", facts: ['£1'], escalate: false },
  { question: "is there parking at the lido? where do I leave the car", facts: ['Mill Lane'], escalate: false },
  { question: "My son uses a wheelchair - is there a way for him to get into the pool?", facts: ['hoist'], escalate: false },
  { question: "do you do lessons for grown ups? I can only really do breaststroke with my head out of the water", facts: ['£72'], escalate: false },
  // Unknown
  { question: "how deep is the deep end?", unknown: true, escalate: false },
  { question: "is the water chlorinated or is it a salt water system? my skin reacts to chlorine", unknown: true, escalate: false },
  { question: "do you sell goggles or swim caps at reception? always forget mine", unknown: true, escalate: false },
  { question: "are there gluten free options in the cafe?", unknown: true, escalate: false },
  { question: "do you run aqua aerobics classes?", unknown: true, escalate: false },
  { question: "are you hiring lifeguards for the summer? and do you pay for the NPLQ course", unknown: true, escalate: false },
  { question: "is there EV charging in the car park", unknown: true, escalate: false },
  { question: "Is there a triathlon club or open water group that trains at the lido?", unknown: true, escalate: false },
  { question: "can I buy a gift voucher for my mum's birthday?", unknown: true, escalate: false },
  { question: "I'm on the monthly membership but having an operation next month, can I freeze it for a few weeks?", unknown: true, escalate: false },
  // Escalate
  { question: "I slipped on the wet steps by the changing village this morning and I think I've broken my wrist, it's really swollen now", escalate: true },
  { question: "There was a man at Family Swim on Sunday taking pictures of children on his phone and nobody stopped him. Really not ok.", escalate: true },
  { question: "I'm relocating to Scotland in June so I'd like the rest of my annual membership refunded please - I paid £460 in January", escalate: true },
  { question: "want to book the whole pool for my daughter's 18th - about 40 people on a saturday evening in august, how do I do that?", escalate: true },
];
