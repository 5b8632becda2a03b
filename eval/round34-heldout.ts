/**
 * Round-34 HELD-OUT set, written blind (only eval/cases.ts read). Never tune on it.
 *
 * Two small businesses configured the way an owner would type them into the admin console.
 * Per business: 26 answerable cases (facts verbatim in articles/context), 10 unknown cases,
 * 4 hand-over cases.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// R34A: independent toy shop
// ---------------------------------------------------------------------------

export const R34A_NAME: string = 'Tumbletree Toys';
export const R34A_AGENT_NAME: string = 'Bramble';

export const R34A_CONTEXT: string = `Tumbletree Toys - independent toy shop in Merriton
Family run since 2009 by Jo Ashdown (owner) and her dad Ken, who looks after the stockroom, deliveries and "the computer stuff".
Teddy Hospital repairs are done by Maureen Platt (everyone calls her Nurse Mo), she's in Tues + Thurs.

Where to find us
22 Haverley Lane, Merriton, MR4 7QT - opposite the Corn Exchange, blue shopfront with the big wooden giraffe outside.
No parking on Haverley Lane itself. Nearest is Bellfield Road car park (pay & display, 3 mins walk). Blue badge bays right outside the Corn Exchange.

Opening hours
Mon-Sat 9.30am - 5.30pm
Sunday 11am - 4pm but ONLY from mid Nov till Christmas, rest of the year we're closed Sundays
Bank hols 10am - 4pm (closed Christmas Day, Boxing Day, New Years Day)

Contact
Shop phone 01632 960418 (goes to answerphone when we're busy - leave a msg and we'll ring back!)
Email hello@tumbletreetoys.co.uk - we're a tiny team so emails are usually answered within 2 working days
Instagram @tumbletreetoys - new stock + club dates go on there first`;

export const R34A_BUSINESS_RULES: string = `Hi Bramble, Jo here - a few things from me:

- Be friendly and chatty but don't waffle. Lots of our customers are grandparents so keep it simple, no jargon.
- NEVER promise something is in stock. We're small and stock moves fast - tell them to ring or pop in to check, or we can reserve it for them (see the reserve article).
- Don't recommend particular toys for a particular age unless it's in the articles, just say the team are happy to help in the shop.
- Prices always in £.

Stuff I want passed to me rather than you trying to deal with it -
If anyone says a toy they got from us has broken in a way that could be dangerous (bits snapping off, sharp edges, tiny parts a baby could swallow, a battery getting hot, that kind of thing) I need to know the SAME DAY, so hand it straight over, don't just give them the normal returns info. Also schools, nurseries, playgroups, childminders etc wanting to buy in bulk or open an account with us - I do those deals myself so pass them on.
Everything else, use the escalation rules below.`;

export const R34A_RULES: string[] = [
  'Customer asks for a real person / wants to talk to Jo',
  'Toy lost or damaged while in with us for a Teddy Hospital repair',
  'Complaint about a member of staff',
  'Refund request over £50',
  'Customer says they were charged twice / wrong amount taken',
];

export const R34A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Teddy Hospital - repairs & prices',
    category: 'Repairs',
    content: `TEDDY HOSPITAL
Nurse Mo fixes much-loved teddies, soft toys and cloth/vinyl dolls. Just drop them in at the shop any time we're open, you don't need to book.

Price list (guide only, Mo will confirm once she's had a proper look)
- Check-up / assessment - FREE
- Small seam or split repair - £6
- Re-stuffing (top up) - from £12
- New eyes or nose - £8 each
- Replacement paw pads - £10 per paw
- Full restoration - quoted individually, usually £35-£70

Every patient goes home with a little hospital bracelet and a discharge certificate :)
Turnaround is normally 2 to 3 weeks, longer in Nov/Dec. We text you when they're ready to collect.
Sorry, we can't repair porcelain/bisque dolls or anything with electronics or a voice box.`,
  },
  {
    title: 'Party bags',
    category: 'Parties',
    content: `Party Bags - questions we get asked

Q: What sizes do you do?
A: Three - the Mini bag £3.50, the Classic bag £5 and the Super bag £7.50. Mini is mostly pocket money bits (bouncy ball, stickers, a sweet), Classic adds a small toy + a craft kit, Super has a proper little toy in it.

Q: Is there a minimum?
A: Yes, minimum order is 8 bags (you can mix sizes).

Q: How much notice do you need?
A: At least 5 working days please, 2 weeks in December.

Q: Can you do them sweet-free / allergy friendly?
A: Yes, just tell us when you order and we'll leave the sweets out, no extra charge.

Q: Do you put names on?
A: Free name tags on every bag, just send us the list of names.`,
  },
  {
    title: 'Little Makers Club (Saturdays)',
    category: 'Clubs & events',
    content: `Little Makers Club
Our Saturday morning craft and play club, in the room upstairs.

When: Saturdays 10am - 11.30am, term time only
Ages: 5 to 10
Price: £8 a session, or a 6-session card for £42
What they do: crafts, board games, building challenges - diffrent theme every week.

Grown-ups can leave children aged 7+ with us (we need a mobile number you'll definately answer). Under 7s need a grown-up to stay - there's tea & coffee for you.
Booking is essential, max 14 children. Book in the shop or by phone. Session cards are valid for 6 months from first use.
Please tell us about allergies when you book as we sometimes use food in the crafts.`,
  },
  {
    title: 'Tiny Tales story time',
    category: 'Clubs & events',
    content: `Tiny Tales story time - every Tuesday 10.15am, lasts about half an hour. Free, no need to book, just turn up.
It's for babies and toddlers up to about 4, with a grown-up. We do a story, a couple of songs and then the play mat comes out till 11.
Buggies can be left in the back corridor.
It gets busy in winter so come a few mins early if you can!`,
  },
  {
    title: 'Events through the year',
    category: 'Clubs & events',
    content: `EVENTS THROUGH THE YEAR

Half term workshops
Each half term we run 2 or 3 themed workshops (slime, dinosaur dig, bug hotels...). £10 per child, 90 minutes, ages 4-11. Dates go on Instagram and the shop noticeboard about 3 weeks before.

Santa's Workshop (December)
Santa visits the upstairs room on Saturdays in December plus every day the week before Christmas. £7.50 per child, includes a wrapped gift chosen by the elves. Babies under 1 free (no gift). Booking opens 1st November, in the shop or by phone.

Toy Swap
Twice a year (Spring and Autumn). Bring up to 5 clean, complete toys and swap them for tokens to spend on other people's. Anything left over goes to the Merriton Family Hub.`,
  },
  {
    title: 'Returns, exchanges & faulty toys',
    category: 'Policies',
    content: `Returns + exchanges

Changed your mind? No problem - bring it back within 28 days with the receipt, unused and in the original box, and we'll refund or exchange it.
Refunds go back onto the card you paid with (or cash if you paid cash).
Got a gift receipt? Then it's an exchange or a credit note, not a refund.
Sale items - exchange only.
Jigsaws and craft kits that have been opened can't be returned unless they're faulty.

Faulty toys: bring it in with proof of purchase and we'll sort a replacement or refund. Battery toys - please check the batteries first (honestly this is half of the "faulty" ones lol).`,
  },
  {
    title: 'Reserve & collect, posting and local delivery',
    category: 'Ordering',
    content: `We don't have a proper online shop (yet!) but you can still order from us:

Reserve & collect - ring or email us and we'll put it aside for you for up to 3 days (7 days if you pay over the phone).
Posting - we can post most things anywhere in the UK by Royal Mail Tracked 48. Postage is £4.50 for small parcels, bigger/heavy things we'll quote. Free postage on orders over £60.
Local delivery - Ken does a local drop on Wednesday evenings within 5 miles of the shop, £3.
Sorry, we don't post outside the UK.`,
  },
  {
    title: 'Gift wrap, vouchers & the Wish Box',
    category: 'Gifts',
    content: `Gift wrapping is FREE on anything bought in the shop - choose from our spotty, star or dinosaur paper. Big things (bikes, playhouses) get a bow & tag instead.

Gift vouchers
- any amount from £5
- valid 12 months
- can be used in the shop, on party bags, club sessions and Teddy Hospital repairs
- can't be swapped for cash

Birthday Wish Box
Kids can fill in a wish card in the shop and we keep it in the Wish Box. Grandparents, aunties etc can ring us and we'll tell them what's on it and what's already been bought, so no doubles!`,
  },
  {
    title: 'Stamp card',
    category: 'Loyalty',
    content: `Stamp card - ask for one at the till
You get a stamp for every £10 spent in one go. Fill 10 stamps and you get £10 off your next shop.
Club sessions and Teddy Hospital repairs don't earn stamps, sorry.
Stamp cards don't expire.
Lost your card? We can't replace the stamps so keep it somewhere safe!`,
  },
  {
    title: 'What we stock',
    category: 'Products',
    content: `What we stock
We're independent so we pick everything ourselves. Main brands:
Jellycat, Orchard Toys, Schleich, Playmobil, LEGO (smaller sets only, we don't carry the big £100+ ones), Djeco, Melissa & Doug, Janod and Bigjigs wooden toys.
Also: pocket money corner (everything under £3), jigsaws, board games, books for 0-8s, outdoor toys in spring/summer.
We don't sell toy guns or video games.
No second hand either, except at the Toy Swap.`,
  },
  {
    title: 'Visiting with little ones',
    category: 'Visiting',
    content: `Visiting the shop with little ones
- Step-free way in through the front door, and downstairs is all on one level
- The upstairs club room is up a flight of stairs, no lift unfortunately
- Buggy friendly - you can get a double buggy round (just about!)
- Baby changing - there's a changing mat in the staff loo, just ask
- Dogs welcome if they're on a lead and well behaved`,
  },
];

export const R34A_HELD_OUT: EvalCase[] = [
  // Answerable (26)
  {
    question: "my son's bunny has gone all floppy and flat, how much would it be to get him filled back out?",
    facts: ['from £12'],
    escalate: false,
  },
  {
    question: 'If I leave my old bear with your repair lady how long before I get him back?',
    facts: ['2 to 3 weeks'],
    escalate: false,
  },
  {
    question: "Found my nan's old china doll in the loft, the face is cracked. Could Nurse Mo mend it?",
    facts: ["can't repair porcelain"],
    escalate: false,
  },
  {
    question: "It's only a small party, 6 kids. Can I just order 6 of the goody bags?",
    facts: ['8 bags'],
    escalate: false,
  },
  {
    question: "My daughter's birthday do is on the 14th of December - how far in advance do I have to get the party bag order in?",
    facts: ['2 weeks in December'],
    escalate: false,
  },
  {
    question: "couple of the kids coming to our party can't have sweets, can the bags be done without? will that cost more",
    facts: ['no extra charge'],
    escalate: false,
  },
  {
    question: "My twins are 6 - can I drop them off at the Saturday craft club and nip to the shops, or do I need to stay with them?",
    facts: ['Under 7s need a grown-up'],
    escalate: false,
  },
  {
    question: 'She wants to go to Little Makers every week, is there a cheaper option than paying each time?',
    facts: ['6-session card', '£42'],
    escalate: false,
  },
  {
    question: "Is there anything on in the week for a 2 year old? we've just moved to Merriton",
    facts: ['every Tuesday 10.15am'],
    escalate: false,
  },
  {
    question: "Kids are off school next week - what do your holiday craft sessions cost?",
    facts: ['£10 per child'],
    escalate: false,
  },
  {
    question: "we're coming to see Santa with our 3 year old and the baby who's 9 months, do we need to pay for the baby too?",
    facts: ['Babies under 1 free'],
    escalate: false,
  },
  {
    question: 'how many toys can we bring along to swap at the toy swap?',
    facts: ['up to 5'],
    escalate: false,
  },
  {
    question: "Bought my nephew a Playmobil set last week but turns out he's already got it. Still in the box and I've kept the receipt - can I bring it back and get my money back on my card?",
    facts: ['28 days', 'card you paid with'],
    escalate: false,
  },
  {
    question: 'I was given a present from you with a gift receipt, can I swap it for cash?',
    facts: ['credit note'],
    escalate: false,
  },
  {
    question: 'I picked up a reduced toy in your sale but got the wrong one - can I take it back?',
    facts: ['exchange only'],
    escalate: false,
  },
  {
    question: "Grandad here, I live in Leeds now. Could you send a Jellycat to me and what's the postage?",
    facts: ['£4.50'],
    escalate: false,
  },
  {
    question: "if I phone up and ask you to keep a toy behind the counter for me how long will you keep it?",
    facts: ['3 days', '7 days'],
    escalate: false,
  },
  {
    question: 'I live about 3 miles out of town and there is no way a playhouse is fitting in my car - do you deliver?',
    facts: ['Wednesday evenings', '£3'],
    escalate: false,
  },
  {
    question: 'got a voucher from you for my birthday, how long have I got to spend it?',
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: "My grandson's birthday is coming up and his mum says he's put a list of what he wants in at your shop? How does that work?",
    facts: ['Wish Box'],
    escalate: false,
  },
  {
    question: 'how does your loyalty card work then',
    facts: ['every £10 spent', '£10 off'],
    escalate: false,
  },
  {
    question: 'Do you have the huge Lego sets? Looking for the Millennium Falcon for my husband (yes really)',
    facts: ['smaller sets'],
    escalate: false,
  },
  {
    question: 'Am I ok to bring my spaniel in while I browse?',
    facts: ['on a lead'],
    escalate: false,
  },
  {
    question: 'what time do you close on a saturday?',
    facts: ['5.30pm'],
    escalate: false,
  },
  {
    question: 'Are you open on a Sunday at all?',
    facts: ['mid Nov till Christmas'],
    escalate: false,
  },
  {
    question: 'Coming in by car, where is best to park near you?',
    facts: ['Bellfield Road'],
    escalate: false,
  },
  // Unknown (10)
  { question: 'Do you price match if I find the same toy cheaper on Amazon?', unknown: true, escalate: false },
  {
    question: "Could the teddy hospital make a memory bear out of my late dad's old shirts?",
    unknown: true,
    escalate: false,
  },
  { question: 'Can we hire your upstairs room for a whole birthday party?', unknown: true, escalate: false },
  { question: 'Do you do any discount for NHS staff?', unknown: true, escalate: false },
  { question: 'Can I pay with Klarna or split the payment?', unknown: true, escalate: false },
  { question: 'Do you stock Sylvanian Families?', unknown: true, escalate: false },
  { question: "What's the date of the autumn toy swap this year?", unknown: true, escalate: false },
  { question: 'do you sell batteries for toys', unknown: true, escalate: false },
  {
    question: "My son's teddy got left in the shed and has gone a bit mouldy - can Nurse Mo give him a proper clean?",
    unknown: true,
    escalate: false,
  },
  { question: 'Are you looking for any Saturday staff? My daughter is 16 and loves your shop', unknown: true, escalate: false },
  // Hand-over (4)
  {
    question: "I left my daughter's rabbit Mr Nibbles with you to be fixed nearly a month ago and when I came in to collect him today nobody could find him. She's heartbroken. What's going on??",
    escalate: true,
  },
  {
    question: 'The woman on your till this morning rolled her eyes at my mum and was really short with her when she asked for help finding something. Not on at all.',
    escalate: true,
  },
  {
    question: "The stacking rings we bought from you last week - the top piece came off and there's a tiny bead inside, my 10 month old nearly had it in her mouth",
    escalate: true,
  },
  {
    question: "I manage Acorn Lane pre-school, we're kitting out a new room and want to buy around £400 of toys - could we set up some kind of account with you?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// R34B: small public observatory / stargazing centre
// ---------------------------------------------------------------------------

export const R34B_NAME: string = 'Kestrel Fell Observatory';
export const R34B_AGENT_NAME: string = 'Vega';

export const R34B_CONTEXT: string = `Kestrel Fell Observatory & Dark Sky Centre
Small public observatory run as a charity, up on Kestrel Fell about 2 miles out of Thornby village in the Dales. We've been here since 1998.
Director - Dr Helen Ashcroft. Education officer - Rhys Morgan. Shop & bookings - Carol.

Address: Kestrel Fell Observatory, Moor Top Road, Thornby, TB7 2NR
Sat navs sometimes send people down Gill Lane which is a farm track - DON'T follow it, stay on Moor Top Road till you see our brown sign.

Opening
Visitor centre + shop: Wed-Sun 11am-4pm (closed Mon & Tue except school hols)
Evening sessions are booked separately - see Stargazing Evenings
Closed 24 Dec - 2 Jan

Contact
Bookings line 01632 960733 (Wed-Sun, 11-4)
bookings@kestrelfell.org.uk
General enquiries hello@kestrelfell.org.uk
Schools please email rather than phone, Rhys is often out on visits.`;

export const R34B_BUSINESS_RULES: string = `Notes for Vega (from Helen)

We're a charity and most of our visitors are families and retired folk, so warm and patient please, and no jargon unless they use it first. If someone asks an astronomy question it's fine to chat a little but keep it short and bring it back round to visiting us. Never give out staff mobile numbers.

Don't guess the weather or tell people whether it'll be clear tonight - point them to the cloud/cancellations info instead.

When to get one of us involved. I'd much rather you passed these on than tried to sort them yourself:
anybody who tells you they've been hurt while they were here - tripped on the path in the dark, slipped on ice, anything like that - needs to come to me the same day. Same goes for a telescope or binoculars from our shop that's arrived broken or doesn't work, Carol sorts those out with the supplier so send them her way. Teachers who want to change or cancel a school visit that's already been confirmed go to Rhys, he has to reshuffle his diary and the minibus. If it's press, TV, a film crew or someone wanting to do a wedding or photoshoot on site, that's me. Every so often someone thinks they've spotted a new comet or something strange in the sky - lovely, pass those on to me and don't try to explain it away. And if somebody is clearly upset about a refund we've already said no to, just hand over, don't argue with them.`;

export const R34B_RULES: string[] = [];

export const R34B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Stargazing Evenings',
    category: 'Evenings',
    content: `STARGAZING EVENINGS

Run most Fridays and Saturdays from September to April (it doesn't get properly dark enough up here in summer).
Start time: 7.30pm Sept-Oct and March-April, 7pm Nov-Feb. Allow about 2 hours.

What happens - a 30 min talk in the lecture room on what's up tonight, then out to look through the telescopes: the 16-inch in the main dome and the smaller scopes on the terrace. If it's cloudy we do a planetarium show instead (see the weather article).

Tickets
Adult £15
Child (5-16) £8
Under 5s free
Family (2 adults + up to 3 kids) £42
Must be booked in advance, online or on the bookings line. Max 30 people per evening.`,
  },
  {
    title: 'Cloudy nights, changes & cancellations',
    category: 'Evenings',
    content: `What if it's cloudy?? (our most asked question!)

Q. Do you cancel if it's cloudy?
A. No. The evening still goes ahead - if we can't see the sky we swap the telescope part for a show in our 40-seat planetarium and a tour of the domes. Loads of people say that's the best bit honestly.

Q. Can I move my booking to a clearer night?
A. Yes, you can swap to another evening free of charge as long as you tell us at least 48 hours before.

Q. Do you ever cancel?
A. Only for snow/ice on the road or really high winds. We decide by 4pm on the day and email everyone. If we cancel you get a full refund or a free rebooking, your choice.

Q. Refund if I can't make it?
A. Tickets are non-refundable I'm afraid, but see above about swapping.`,
  },
  {
    title: 'School visits',
    category: 'Schools',
    content: `School & group visits (daytime)

We run school visits Tues-Thurs, 10am-2pm, aimed at KS2 and KS3. Each visit includes a planetarium show, a solar telescope session (weather permitting), a hands-on meteorite workshop and a rocket building activity.

Cost: £8.50 per pupil, min 15 pupils, max 60. One adult free for every 8 pupils, extra adults £5.
There's an indoor lunch room for packed lunches.
Risk assessment + pre-visit pack are sent out on booking.
Book by emailing Rhys - schools@kestrelfell.org.uk - ideally a term ahead, the spring term gets booked up very fast.`,
  },
  {
    title: 'StarDome - we come to you',
    category: 'Schools',
    content: `The StarDome is our inflatable planetarium that Rhys brings to schools, Scout/Guide groups, village fetes etc.
- Fits up to 30 children per show
- Needs a hall at least 6m x 6m with 3.5m ceiling height, and a normal plug socket
- Half day £275, full day £420
- Travel is free within 30 miles of the observatory, 45p a mile after that
- Shows are 40 mins and can be tailored to your topic (Space, Earth & Moon, the Seasons etc)`,
  },
  {
    title: 'Courses & workshops',
    category: 'Courses',
    content: `Courses this season

Night Sky Beginners
6 Thursday evenings, 7-9pm, starting Oct & Feb. £90 (£80 for Friends). Learn your way round the constellations, how to use a star chart and how to choose binoculars. No kit needed.

Astrophotography Weekend
Sat + Sun, 10am till late. £165 including the Saturday evening meal. Bring a DSLR or mirrorless camera and a tripod - phones not really up to it sorry. Max 8 people.

Telescope Know-How
Bought a scope and can't get it working? 3 hour Sunday afternoon workshop, £35, bring your own telescope. Runs monthly Oct-Mar.`,
  },
  {
    title: 'The shop',
    category: 'Shop',
    content: `Observatory shop
Open the same hours as the visitor centre, plus half an hour before each evening session.
We sell binoculars, beginner telescopes (Skywatcher & Celestron), red torches, planispheres, books, space toys and freeze-dried astronaut ice cream (kids love it).
We can post most things UK-wide - postage £5.95, free over £75. No online shop yet, ring or email Carol to order.
Not sure which telescope? Book a free 20 min advice chat with Carol - honestly we'd rather you bought decent binoculars first than a wobbly scope.
All profits go back into the charity.`,
  },
  {
    title: 'Getting here & what to bring',
    category: 'Visiting',
    content: `Getting here
We're up a single-track road so give yourself time, and please use the passing places.
No buses come up here in the evening. Nearest station is Thornby Halt (2 miles) and there's a taxi firm in the village, Dales Cars 01632 960120 - book them ahead.
Free car park, but in the evening please switch to sidelights when you reach the car park gate, headlights ruin everyone's night vision!

What to bring for an evening
- Warm clothes. It's MUCH colder up here than in town, think winter coat, hat and gloves even in spring
- Sensible shoes, the paths are gravel
- A red torch if you've got one (we sell them, £4) - no white torches or phone torches outside please`,
  },
  {
    title: 'Accessibility',
    category: 'Visiting',
    content: `Access info
Visitor centre, lecture room, planetarium, shop and toilets are all step-free.
The main dome is up 14 steps so it's not accessible for wheelchair users, BUT the terrace telescopes are on level paving and we can put the view from the big telescope up on the screen in the lecture room.
Hearing loop in the lecture room.
Carers come free with a paying visitor - just tick the box when you book.
Assistance dogs welcome. Pet dogs not allowed at evening sessions (they're fine in the picnic area in the day).`,
  },
  {
    title: 'Friends of Kestrel Fell (membership)',
    category: 'Membership',
    content: `Become a Friend!
Individual £30 a year, Joint/Family £50 a year.

What you get:
* 2 free stargazing evenings a year (individual) or 4 (joint/family)
* 10% off in the shop
* Friends' price on courses
* Friends' Night - first Monday of the month, members-only observing with our volunteers
* The quarterly newsletter "Fell Sky"

Membership runs 12 months from the day you join. Join in the shop or on the bookings line.`,
  },
  {
    title: 'Private hire & kids parties',
    category: 'Groups',
    content: `Want the observatory all to yourselves?
Private stargazing evenings for up to 20 people - £300 flat fee. Popular for birthdays, work dos, even proposals(!)
Kids' space birthday parties on Sat/Sun afternoons: planetarium show + rocket making + party room, £220 for up to 15 children. Bring your own food & cake.
All hire must be booked at least 4 weeks ahead with a £50 deposit (non-refundable).`,
  },
  {
    title: 'Daytime visits & Solar Sundays',
    category: 'Daytime',
    content: `Daytime visits
No need to book to visit in the day - the visitor centre, exhibition and meteorite collection are free to look round (donations very welcome!).

Solar Sundays - May to August, 1pm and 2.30pm. Look at the Sun safely through our special solar telescope with one of the volunteers. £3 per person, pay on the door, 30 mins.
If it's cloudy the session runs as a short planetarium show.
NEVER look at the sun through normal binoculars or a telescope.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Gifts',
    content: `Gift vouchers - popular for Christmas & birthdays
Available for any amount, or for a specific thing (an evening for 2, a course etc).
Valid for 18 months from purchase.
Printed and posted free, or emailed as a PDF.
They can't be extended once they've expired, sorry - we're a small charity. We do send a reminder though.`,
  },
];

export const R34B_HELD_OUT: EvalCase[] = [
  // Answerable (26)
  {
    question: "how much would it be for me, my husband and our three kids to come to one of the star nights?",
    facts: ['£42'],
    escalate: false,
  },
  {
    question: 'What time does the evening stargazing kick off in December?',
    facts: ['7pm Nov-Feb'],
    escalate: false,
  },
  {
    question: "The kids are off in July and mad about space - can we book one of your night telescope sessions then?",
    facts: ['September to April'],
    escalate: false,
  },
  {
    question: "Forecast for Saturday looks rubbish, solid cloud. Is it even worth driving up or will you call it off?",
    facts: ['still goes ahead', 'planetarium'],
    escalate: false,
  },
  {
    question: "We're booked for Friday but I'd rather wait for a clear night - can I move to another date, and is there a charge?",
    facts: ['free of charge', '48 hours'],
    escalate: false,
  },
  {
    question: "can't make our evening booking any more, my husband's been put on nights - can we get our money back?",
    facts: ['non-refundable'],
    escalate: false,
  },
  {
    question: "I teach Year 5 and we're planning a space topic trip. What does a day visit cost per child?",
    facts: ['£8.50 per pupil'],
    escalate: false,
  },
  {
    question: 'Is there anywhere inside for the children to eat their packed lunches on a school trip?',
    facts: ['indoor lunch room'],
    escalate: false,
  },
  {
    question: "Our school's about 50 miles from you - could you bring your blow-up planetarium over? What would the travel cost be?",
    facts: ['45p a mile'],
    escalate: false,
  },
  {
    question: 'how big does our hall have to be to fit the dome in',
    facts: ['6m x 6m'],
    escalate: false,
  },
  {
    question: "Retired and finally want to learn my way around the constellations - have you got a course for total novices and how much is it?",
    facts: ['Night Sky Beginners', '£90'],
    escalate: false,
  },
  {
    question: 'Can I do the astrophotography weekend with just my iphone? dont own a proper camera',
    facts: ['phones not really up to it'],
    escalate: false,
  },
  {
    question: "Got a telescope for christmas and honestly can't work out how to use it. Do you do anything to help with that?",
    facts: ['Telescope Know-How'],
    escalate: false,
  },
  {
    question: 'Could you post a pair of binoculars out to me in Cardiff? How much is p&p?',
    facts: ['£5.95'],
    escalate: false,
  },
  {
    question: 'do you sell those red light torches and how much',
    facts: ['£4'],
    escalate: false,
  },
  {
    question: "We don't drive - is there a bus up to you for the evening sessions?",
    facts: ['Dales Cars'],
    escalate: false,
  },
  {
    question: "My dad's in a wheelchair - will he be able to get up into the big dome?",
    facts: ['14 steps'],
    escalate: false,
  },
  {
    question: 'I look after my brother who has autism and would be coming with him - do I need a ticket too?',
    facts: ['Carers come free'],
    escalate: false,
  },
  {
    question: "What's the yearly cost for a family to become Friends of the observatory?",
    facts: ['£50 a year'],
    escalate: false,
  },
  {
    question: 'when is the members only observing night each month',
    facts: ['first Monday of the month'],
    escalate: false,
  },
  {
    question: "I'm planning to propose to my girlfriend under the stars - could we have the whole place just for us one evening? What would that cost?",
    facts: ['£300'],
    escalate: false,
  },
  {
    question: 'What times are the sun-viewing sessions on Sundays?',
    facts: ['1pm and 2.30pm'],
    escalate: false,
  },
  {
    question: "I'm buying my daughter a voucher for her birthday - how long will she have to use it?",
    facts: ['18 months'],
    escalate: false,
  },
  {
    question: 'my satnav is sending me down some farm track to get to you, is that right??',
    facts: ['Moor Top Road'],
    escalate: false,
  },
  {
    question: 'Which days can I pop in to the visitor centre during the day?',
    facts: ['Wed-Sun 11am-4pm'],
    escalate: false,
  },
  {
    question: 'Are you open over the Christmas and New Year week?',
    facts: ['24 Dec - 2 Jan'],
    escalate: false,
  },
  // Unknown (10)
  { question: 'Is there a cafe where we can grab a hot drink before the evening starts?', unknown: true, escalate: false },
  {
    question: "Can I bring my own telescope along to a stargazing evening and set it up on the terrace?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'Is there a minimum age for the Night Sky Beginners course? My 13 year old is obsessed with space',
    unknown: true,
    escalate: false,
  },
  { question: "I'd love to volunteer with you - how do I sign up?", unknown: true, escalate: false },
  { question: 'Are we allowed to camp overnight in a campervan in your car park?', unknown: true, escalate: false },
  { question: 'Can I pay with Apple Pay in the shop?', unknown: true, escalate: false },
  { question: 'Is there anywhere to charge an electric car in the car park?', unknown: true, escalate: false },
  { question: 'When is the next astrophotography weekend running?', unknown: true, escalate: false },
  { question: 'Can I name a star after my mum as a present?', unknown: true, escalate: false },
  {
    question: 'We home educate and have a group of 10 families - do you do a discount for home-ed groups?',
    unknown: true,
    escalate: false,
  },
  // Hand-over (4)
  {
    question: "Walking back to the car after Friday's session I went over on my ankle on your gravel path in the pitch dark. It's been swollen all weekend and I'm on crutches now.",
    escalate: true,
  },
  {
    question: 'The Celestron telescope I ordered from your shop turned up today and the focuser is snapped clean off. Useless.',
    escalate: true,
  },
  {
    question: "We're booked in for the 14th March with two Year 6 classes but our mock SATs have moved - can we push the trip back a couple of weeks?",
    escalate: true,
  },
  {
    question: "I was out with my binoculars last night and saw a fuzzy smudge near Cassiopeia that isn't on any of my charts. I think I might have found a comet!",
    escalate: true,
  },
];
