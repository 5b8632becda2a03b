/**
 * DEV set written blind in round 15 (without reading the agent's code, tests or docs); tuned on.
 * Two small businesses. Hollybrook Village Hall is a community hall for hire in a Herefordshire
 * village (three rooms and their capacities, hourly and day rates for locals, non-locals and
 * charities, the kitchen, alcohol and bar rules, parking, accessibility, booking and deposits,
 * cancellations, cleaning, the noise curfew, and the regular classes and groups held there).
 * Nettle & Thyme is a small vegan café in Bristol that also runs evening cookery classes (menu
 * and allergens, opening hours, table bookings, classes and prices, gift vouchers, private hire,
 * dogs, takeaway and the loyalty card). Articles are pasted the way a small-business owner pastes
 * from a website, leaflet or notes app (mostly plain text, capitalised headings, dotted price
 * lists, a Q:/A: FAQ, a little Markdown). Each business has 40 cases: 26 answerable (paraphrased
 * in customers' own words), 10 unanswerable (share words with the articles but are not answered
 * by them), and 4 escalations under the business's rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Hollybrook Village Hall
// ---------------------------------------------------------------------------------------------

export const HALL_CONTEXT =
  'Hollybrook Village Hall is a community hall for hire on Church Lane, Hollybrook, Herefordshire, HR4 7QT, run by a volunteer committee as a registered charity. Bookings are handled by the bookings secretary, Margaret Price: phone 01432 761 209 (evenings and weekends are fine) or email bookings@hollybrookhall.org.uk.';

export const HALL_RULES: string[] = [
  "Anything about damage to the hall or our things (broken chairs, marks on the floor, smashed crockery, broken glass) goes to Margaret - don't say anything about keeping or giving back deposits",
  'if someone tells us a person got hurt or was taken ill at the hall get a committee member to ring them the same day',
  'Neighbours complaining about noise, parking or anything else from an event -> Tony Bevan (chair)',
  "Any worry about the safety or welfare of a child or vulnerable adult at one of the groups that meet here - hand to a human IMMEDIATELY, don't try and deal with it",
];

export const HALL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our Rooms',
    category: 'The Hall',
    content: `OUR ROOMS

Hollybrook Village Hall was built in 1927 and had a full refurbishment in 2019. There are three rooms you can hire, on their own or together.

MAIN HALL
Our biggest space, with a sprung wooden floor and a small raised stage at one end.
Seats 120 in rows (theatre style), 80 at tables for a sit-down meal, or 150 standing.
12 rectangular tables (6ft) and 8 round tables (seat 8 each), plus 120 stacking chairs - all included in the hire.
Projector and pull-down screen available (£10 extra).

GARDEN ROOM
Bright room with french doors onto the enclosed lawn and patio. Good for children's parties, small gatherings and baby showers.
Up to 35 seated or 45 standing.
Has its own serving hatch through to the kitchen.

COMMITTEE ROOM
Quiet room upstairs with one large table and 12 padded chairs. Suits meetings, interviews and craft groups.
Please note the Committee Room is up a flight of stairs and there is no lift.

KITCHEN
Shared between the Main Hall and the Garden Room - see the Kitchen page for what's in it.

Toilets - ladies, gents and an accessible toilet with baby changing, all on the ground floor.
Heating and lighting are included in every hire.`,
  },
  {
    title: 'Hire Charges',
    category: 'Prices',
    content: `HIRE CHARGES 2025

Hourly rates (minimum booking 2 hours)

Main Hall - £22 per hour (locals £16, charities & community groups £12)
Garden Room - £14 per hour (locals £10, charities & community groups £8)
Committee Room - £9 per hour (locals £7, charities & community groups £6)
Kitchen - £15 per hire (free if you only use the urn for teas and coffees)

Day rates (9am to 11pm)

Main Hall with kitchen - £190 (locals £140)
Whole building (all three rooms + kitchen) - £250 (locals £190)

Children's party package - Garden Room + kitchen for 3 hours, £45 (locals £36). Weekends only.

Who counts as a local?
Anyone who lives in the parishes of Hollybrook or Little Welland. We may ask for proof of address.

Charities & community groups
Registered charities, schools, churches and not-for-profit clubs. Businesses running paid classes pay the standard rate.

Setting up and clearing away
Please include the time you need to set up and clear away in your booking - it's charged at the same rate. If the hall is free the evening before, you can come in to decorate from 6pm for a flat £20.

Deposits
A refundable damage deposit is payable on top of the hire charge. See Booking & Payment.`,
  },
  {
    title: 'The Kitchen',
    category: 'The Hall',
    content: `The Kitchen

The kitchen is shared by the Main Hall and the Garden Room and was refitted in 2019.

What's in it
- 6-burner gas hob and two electric ovens
- Commercial dishwasher (2-minute cycle per rack - instructions on the wall)
- Large fridge (no freezer, sorry)
- Microwave
- 20-litre water urn and two kettles
- Crockery, glasses and cutlery for 100 people
- Serving dishes, teapots, jugs and trays

What you need to bring
Tea towels, washing-up liquid, bin bags, cling film and foil. And the food and drink of course!

Caterers
You're welcome to bring in your own caterer. If they're cooking on site they must have a food hygiene certificate and public liability insurance, and we may ask to see them.

Using the kitchen
Please wash, dry and put away everything you use. Cupboards are labelled.
Any breakages must be reported to the bookings secretary - replacements are charged at cost.
Don't leave food in the fridge after your hire - anything left will be thrown away.`,
  },
  {
    title: 'Alcohol and the Bar',
    category: 'Rules of Hire',
    content: `ALCOHOL AND THE BAR

Giving alcohol away
If you're having a private party and you're giving drinks to your guests free of charge (no tickets, no donations, no pay bar), you don't need a licence. Just bring it along.

Selling alcohol
If alcohol is being sold in any way - a pay bar, a raffle with wine prizes, or a ticket price that includes a drink - you need a Temporary Event Notice (TEN) from Herefordshire Council. The fee is £21 and it must be submitted at least 10 working days before your event. You apply for the TEN yourself and send us a copy.

The hall bar
For events of 50 guests or more we can provide our volunteer-run bar. There's no charge to you - the bar takings go towards hall funds. Ask at least 6 weeks ahead as it depends on volunteers.

Bar times
Whoever runs the bar, last orders are at 10:30pm and no alcohol may be served after 10:45pm.

Please note
- No under 18s to be served, and challenge anyone who looks under 25.
- Glass bottles and glasses must not be taken out onto the lawn - plastic glasses only outside.
- Drunken or disorderly behaviour may end your event early and you may lose your deposit.`,
  },
  {
    title: 'Getting Here, Parking & Accessibility',
    category: 'Visiting',
    content: `Getting here

The hall is on Church Lane, opposite St Michael's church, in the middle of Hollybrook. Postcode for sat navs: HR4 7QT.
By bus - the 476 from Hereford stops at Hollybrook Green, a three minute walk away.

Parking

Our car park has 22 spaces, including 2 blue badge spaces right by the main door.
For bigger events the playing field next door can be used as overflow parking for about 40 cars, by arrangement only and not when the ground is wet.
Please DO NOT park on Church Lane. It's narrow, the school bus uses it and the farm traffic needs to get past. Please tell your guests!

Accessibility

- Level access from the car park through the main doors into the Main Hall, Garden Room and kitchen
- Accessible toilet with grab rails and baby changing on the ground floor
- Hearing loop in the Main Hall (switch is by the stage)
- Ramp up to the stage at the side
- The Committee Room is upstairs with no lift. If anyone in your group can't manage stairs, we can often offer the Garden Room at the Committee Room price when it's free
- Assistance dogs always welcome; other dogs only for dog-related classes
- Defibrillator on the outside wall by the main door`,
  },
  {
    title: 'Booking & Payment',
    category: 'Booking',
    content: `BOOKING & PAYMENT

How to book
1. Check availability by emailing or ringing Margaret (bookings secretary). We can hold a date for you for 7 days while you decide.
2. Fill in the booking form (we'll email it) and pay the deposit. Your booking is only confirmed once we have both.
3. Pay the hire charge in full no later than 4 weeks before your event.

We take bookings up to 18 months ahead.

Damage deposit
• Meetings and classes - no deposit
• Private parties and other events - £100
• 18th and 21st birthday parties, and any event with a pay bar - £250

The deposit is returned within 14 days of your hire once the hall has been checked. We may keep some or all of it to cover damage, extra cleaning or a late finish.

How to pay
Bank transfer (details on the booking form - please use your surname and event date as the reference) or cheque payable to "Hollybrook Village Hall". We're not able to take card payments.

Keys
You'll be sent the key safe code two days before your booking. Please put the key back in the safe and scramble the code when you leave.

Regular bookings
Groups booking the same slot every week are invoiced monthly in arrears.`,
  },
  {
    title: 'Cancellations',
    category: 'Booking',
    content: `Cancellations

If you need to cancel, please let Margaret know in writing (email is fine) as soon as possible.

More than 8 weeks before your hire - full refund of everything you've paid
Between 4 and 8 weeks before - 50% of the hire charge refunded, deposit returned in full
Less than 4 weeks before - the hire charge is not refundable, but your deposit is returned

Moving your date
We'll move your booking to another date free of charge once, as long as you ask more than 4 weeks before.

If we have to cancel
Very occasionally we may need to cancel - for example if the hall is needed as a polling station for an election, or there's an emergency such as a burst pipe or power cut. If that happens you'll get a full refund and we'll help you find another date. We're sorry but we can't cover any other costs (caterers, entertainers etc).`,
  },
  {
    title: 'Rules of Hire - Cleaning, Noise and Finishing Times',
    category: 'Rules of Hire',
    content: `RULES OF HIRE - CLEANING, NOISE AND FINISHING TIMES

Hollybrook is a quiet village and the hall has houses on two sides. Please help us stay on good terms with our neighbours.

Finishing times
Music must stop by 11pm on Friday and Saturday nights and by 10pm on all other nights.
All guests must have left the building by 11:30pm, and the hall must be locked up by midnight at the latest.
Please keep the doors and windows shut after 9pm if you have music playing, and ask guests to leave quietly.

Noise limiter
The Main Hall has a sound limiter. If the volume goes over the limit, the power to the stage sockets cuts out for a few minutes. DJs and bands must plug into the stage sockets only.

Before you leave
- Sweep the floors (brooms are in the cupboard beside the stage)
- Wipe down tables and stack them, and stack chairs on the trolleys (no more than 10 high)
- Wash up and put everything away in the kitchen
- Take ALL your rubbish home, including recycling and bottles. There are no bins for hirers.
- Turn off lights and heaters, and shut all windows

If the hall is left in a mess we'll take a £40 cleaning charge from your deposit.

Decorations
Use the hooks along the picture rail or Blu Tack only. No drawing pins, nails or sellotape on the walls. No confetti, glitter, smoke machines or indoor sparklers.

Bouncy castles
Allowed in the Main Hall only, up to 3.5m high, and the supplier must have public liability insurance.`,
  },
  {
    title: "What's On - Regular Classes and Groups",
    category: "What's On",
    content: `WHAT'S ON - REGULAR CLASSES AND GROUPS

Lots of local groups meet at the hall every week. Just turn up unless it says otherwise. Please contact the class leaders directly - their numbers are on the noticeboard in the entrance.

MONDAY
Pilates with Sarah - 9:30-10:30am, £7 drop-in (bring your own mat)
Hollybrook Community Choir - 7:30-9pm, £3 per week, all voices welcome, no auditions

TUESDAY
Little Acorns toddler group - 10-11:30am, term time only, £2 per family including squash and biscuits
Bridge club - 7pm, Committee Room

WEDNESDAY
Short mat bowls - 2-4pm
Zumba Gold - 6:30-7:30pm, £6, gentle and suitable for beginners and older adults

THURSDAY
Tai chi - 10-11am, £6
WI - second Thursday of the month, 7:30pm

FRIDAY
Youth club - ages 11 to 16, 6:30-8:30pm, £1 a session. Run by trained volunteers.

SATURDAY
Hollybrook Flicks film night - first Saturday of the month, doors 7pm, £5 adults, £3 under 16s. Tickets on the door.
Farmers' & craft market - third Saturday of the month, 9am-12pm

Want to run a class? We have some weekday daytime slots free. Contact Margaret.`,
  },
  {
    title: 'Hall Hire FAQ',
    category: 'FAQ',
    content: `Hall hire - frequently asked questions

Q: Is there Wi-Fi?
A: Yes, free Wi-Fi throughout. The password is on the kitchen noticeboard.

Q: Can we bring our own DJ or band?
A: Yes, but they must plug into the stage sockets (see the noise limiter rules) and finish by the music curfew.

Q: Do we need our own insurance?
A: For private parties, no - the hall's insurance covers the building and public liability for private hirers. Anyone running a business or paid class needs their own public liability insurance.

Q: Can we have a barbecue?
A: Yes, on the patio outside the Garden Room only, never on the lawn. Disposable barbecues are not allowed.

Q: Is smoking allowed?
A: No smoking or vaping anywhere inside. Outside, please use the bench by the car park gate and the sand bin.

Q: Can we hold a wedding ceremony at the hall?
A: The hall isn't licensed for wedding ceremonies, but lots of couples hold their reception here after a ceremony at St Michael's over the road.

Q: Is there a piano?
A: Yes, an upright piano in the Main Hall. Please ask before using it.`,
  },
];

export const HALL_DEV: EvalCase[] = [
  {
    question: "Hi there, I live in Hollybrook (Orchard Close). What's the price per hour for the big hall?",
    facts: ['£16'],
    escalate: false,
  },
  {
    question:
      "We're a small registered charity running a carers' support group. We'd want the room downstairs that opens onto the garden, 2 hours every other Tuesday. What would we pay an hour?",
    facts: ['£8'],
    escalate: false,
  },
  {
    question: 'my daughter turns 6 in november and we live in little welland - what does a kids party cost at the hall?',
    facts: ['£36'],
    escalate: false,
  },
  {
    question:
      "Planning my parents' ruby wedding do. About 70 people and we want everyone sat down for a proper meal, not a buffet. Will that fit in your main room?",
    facts: ['80 at tables'],
    escalate: false,
  },
  {
    question: "I'm doing the food for my son's christening - is there a freezer I can keep ice cream in on the day?",
    facts: ['no freezer'],
    escalate: false,
  },
  {
    question: 'Can we get in the night before to do the balloons and table decorations? What would that cost?',
    facts: ['£20'],
    escalate: false,
  },
  {
    question:
      "The PTA is doing a quiz night to raise money for the school and we want a bar selling wine and beer. Do we need some sort of licence or permission?",
    facts: ['Temporary Event Notice'],
    escalate: false,
  },
  {
    question: 'is it possible for the hall to provide a bar for us? 60th birthday, about 80 guests',
    facts: ['volunteer-run bar'],
    escalate: false,
  },
  {
    question: 'What time do we have to stop serving drinks at our party?',
    facts: ['10:45pm'],
    escalate: false,
  },
  {
    question: 'how many cars can you fit in the carpark? expecting 30 odd guests',
    facts: ['22 spaces'],
    escalate: false,
  },
  {
    question: 'If the car park is full can people just pull up on the road outside the hall?',
    facts: ['DO NOT park on Church Lane'],
    escalate: false,
  },
  {
    question: "My nan's in a wheelchair. Can she get in ok and is there a disabled loo?",
    facts: ['Level access'],
    escalate: false,
  },
  {
    question:
      "Our book group normally has the room upstairs, but one of our members has had a hip replacement and can't do stairs for a while. Is there anything you can do?",
    facts: ['Committee Room price'],
    escalate: false,
  },
  {
    question: "Margaret's pencilled us in for 14th June. What else do I need to do so it's definitely ours?",
    facts: ['booking form'],
    escalate: false,
  },
  {
    question: 'How much deposit for my lads 18th?',
    facts: ['£250'],
    escalate: false,
  },
  {
    question: 'how long till we get the deposit back after the event?',
    facts: ['14 days'],
    escalate: false,
  },
  {
    question: 'Can I pay the hire with my debit card?',
    facts: ['not able to take card payments'],
    escalate: false,
  },
  {
    question: "Nobody's going to be around on the Saturday morning - how do we get into the building?",
    facts: ['key safe code'],
    escalate: false,
  },
  {
    question:
      "We've had to call off my husband's surprise party, it was booked for 6 weeks on Saturday. Will we get anything back?",
    facts: ['50%'],
    escalate: false,
  },
  {
    question: "I've heard the hall gets used for voting. What happens to my booking if there's an election called that day?",
    facts: ['full refund'],
    escalate: false,
  },
  {
    question: "We've booked a disco for a Saturday night 40th - how late can the DJ keep going?",
    facts: ['11pm'],
    escalate: false,
  },
  {
    question: 'do we have to take all the rubbish away ourselves or is there a big bin round the back?',
    facts: ['no bins for hirers'],
    escalate: false,
  },
  {
    question: 'Are we allowed to stick banners and bunting on the walls?',
    facts: ['Blu Tack'],
    escalate: false,
  },
  {
    question:
      "Just moved to the village with my 2 year old and don't know anyone yet. Is there a mums and tots type thing at the hall?",
    facts: ['Little Acorns'],
    escalate: false,
  },
  {
    question: 'film night - how much for 2 adults and our two kids (9 and 12)?',
    facts: ['£5', '£3'],
    escalate: false,
  },
  {
    question: "We're getting married at St Michael's in September. Could we do the actual ceremony at the hall instead if it rains?",
    facts: ["isn't licensed"],
    escalate: false,
  },
  { question: 'Is there stage lighting we can use? The drama group is putting on a panto', unknown: true, escalate: false },
  { question: 'Do you have a PA and a microphone for the speeches at our reception?', unknown: true, escalate: false },
  { question: 'is the car park lit up at night? worried about older guests walking back to their cars', unknown: true, escalate: false },
  {
    question: 'Our craft group meets every week - could we put a padlock on one of the cupboards to leave our stuff in between sessions?',
    unknown: true,
    escalate: false,
  },
  { question: 'How much does bridge club cost per night?', unknown: true, escalate: false },
  { question: 'Are there any highchairs at the hall for the little ones at the party?', unknown: true, escalate: false },
  { question: "How much is it for a stall at the farmers' market? I make candles", unknown: true, escalate: false },
  {
    question: 'Could we borrow some of your round tables and chairs for a garden party at our house?',
    unknown: true,
    escalate: false,
  },
  { question: 'Is there a dressing room behind the stage for the performers to change in?', unknown: true, escalate: false },
  { question: 'is there a cloakroom or coat rails for guests coats? its a winter wedding', unknown: true, escalate: false },
  {
    question:
      "Bit embarrassing - at my son's party on Saturday one of his mates fell against the serving hatch and the glass has cracked right across. What happens now?",
    escalate: true,
  },
  {
    question:
      'My mum slipped on a wet patch by the toilets at Zumba Gold last night and has done something nasty to her wrist. We spent the night in A&E. Someone at the hall should know about this.',
    escalate: true,
  },
  {
    question:
      "I live in the house next to the hall. The party on Saturday had music banging away till gone 1am and there were people being sick in my front garden. Who do I talk to about this?",
    escalate: true,
  },
  {
    question:
      "My daughter goes to the Friday youth club and she's told me one of the adult helpers has been messaging her on Instagram late at night. I'm really not comfortable with it.",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Nettle & Thyme
// ---------------------------------------------------------------------------------------------

export const NETTLE_CONTEXT =
  'Nettle & Thyme is a small, fully vegan café at 42 Gloucester Road, Bristol, BS7 8AE, which also runs evening cookery classes. Phone 0117 496 0723 or email hello@nettleandthyme.co.uk. It is run by owners Jess Marlow and Tomasz Nowak.';

export const NETTLE_RULES: string[] = [
  "If anyone says they had an allergic reaction after eating here pass it straight to Jess. Don't argue or guess what caused it",
  "cookery class refunds - Tomasz deals with all of these, don't promise anything",
  'Complaints about the food, the service or any of the staff -> hand to a person, we want to hear about it',
  'press, bloggers, influencers, collabs, or anyone trying to sell us their products - pass to Jess',
];

export const NETTLE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Opening Hours & Finding Us',
    category: 'Visiting',
    content: `OPENING HOURS

Monday - closed
Tuesday to Friday - 8am to 4pm
Saturday - 9am to 5pm
Sunday - 9:30am to 3pm

The kitchen closes 30 minutes before we do. Breakfast is served until 11:30am, lunch from 12pm.

On Wednesday and Thursday evenings the café is closed to the public while we run our cookery classes.

Bank holidays - we open Sunday hours on bank holiday Mondays. We close for Christmas from 24 December and reopen in the new year - dates go up on Instagram in November.

FINDING US
42 Gloucester Road, BS7 8AE - between the launderette and the Oxfam bookshop, look for the green awning.
Buses 70, 71 and 72 stop right outside (Berkeley Road stop).
No customer parking, sorry. There's pay & display parking on the side streets (two hours max).
Bike rack out front for 6 bikes.`,
  },
  {
    title: 'Menu',
    category: 'Food & Drink',
    content: `Our menu

Everything we serve is 100% plant-based - no meat, dairy, eggs or honey, ever.

BREAKFAST (until 11:30am)
Full Nettle - tofu scramble, smoky beans, mushrooms, hash browns, tempeh rashers, sourdough ........ £11.50
Tofu scramble on sourdough ........ £8
Pancake stack with berries and maple ........ £9
Overnight oats (GF) ........ £5.50

LUNCH (from 12pm)
Soup of the day with bread ........ £6.50
Jackfruit "pulled pork" bap with slaw ........ £9.50
Nettle & Thyme bowl - falafel, hummus, tabbouleh, pickles, tahini dressing ........ £10.50
Mac no cheese with garlic crumb ........ £9
Little Nettles kids' plate (under 10s) ........ £5

CAKES
Changes daily - see the counter. Slices £3.80-£4.20. Always at least one gluten-free cake.

DRINKS
Coffee roasted for us by Ashdown Coffee in Easton. Oat milk as standard; soya, almond and coconut at no extra charge.
Flat white £3.20, latte £3.40, pot of tea £2.80, hot chocolate £3.60
Fresh juices & smoothies £4.50

SIDES
Extra sourdough £1.50, avocado £2, gluten-free bread +£1`,
  },
  {
    title: 'Allergens and Dietary Needs',
    category: 'Food & Drink',
    content: `ALLERGENS AND DIETARY NEEDS

Because we're fully vegan, none of our food contains milk, egg, fish, crustaceans or molluscs.

Please be aware:
- Our kitchen is small and we use nuts (especially cashews), peanuts, sesame, soya, gluten, celery and mustard. We can't guarantee anything is free from traces.
- Our cashew "cheese" is in the mac no cheese and some specials.
- The tahini dressing contains sesame.
- Gluten-free bread is available for +£1, but it's toasted in the same toaster as our sourdough, so it's not suitable for coeliacs.
- The overnight oats are made with certified gluten-free oats.

Please tell us about allergies when you order, every time - even if you've been before, as recipes change. Our full allergen folder is kept at the counter and staff can go through it with you.

Cookery classes: tell us about allergies when you book, at least 48 hours before the class, so we can adapt the recipe.

We don't use palm oil. Most of our dishes can be made without onion and garlic - just ask.`,
  },
  {
    title: 'Booking a Table',
    category: 'Visiting',
    content: `Booking a table

We're a small café - 34 seats inside and 12 in the courtyard out the back.

Tuesday to Friday: we take bookings for groups of 4 to 10. Smaller tables are walk-in only.
Saturday and Sunday: no bookings, first come first served. Weekend brunch gets busy, so come before 10am or after 1:30pm for the best chance of a table.

To book, ring us on 0117 496 0723 or send us a message on Instagram. We don't have online booking.

We hold booked tables for 15 minutes. If you're running late please call.

For groups of more than 10, see Private Hire.

Laptops are welcome on weekdays, but we ask people not to use laptops on Saturdays and Sundays so more people can get a seat.

High chairs - we have two.`,
  },
  {
    title: 'Cookery Classes',
    category: 'Classes',
    content: `COOKERY CLASSES

Our evening classes are hands-on, friendly and small - never more than 10 people. Jess or Tomasz teaches every one. At the end we all sit down together and eat what we've cooked, and you take home the recipes and any leftovers.

Classes run Wednesday and Thursday evenings, 6:30pm to 9:30pm, in the café.

What's on
Vegan Basics ........ £55
Plant-based Curry Night ........ £60
Tofu & Tempeh Masterclass ........ £60
Vegan Baking (no eggs, no butter, no problem) ........ £65
Festive Feast (November and December only) ........ £70

Dates are on our website and go on sale about two months ahead. Book online or at the counter.

Good to know
• All ingredients, equipment and aprons are provided. Bring a container for leftovers.
• Bring your own wine or beer if you like - no corkage charge.
• Minimum age 16. 14 and 15 year olds can come with a paying adult.
• Let us know about allergies at least 48 hours before.

Can't make it?
Give us at least 7 days' notice and we'll move you to another class date. With less than 7 days' notice we can't move or refund you, but you're welcome to send a friend in your place.

Private classes for groups of 6 to 10 can be arranged on a Tuesday evening - from £50 per person.`,
  },
  {
    title: 'Gift Vouchers',
    category: 'Classes',
    content: `Gift vouchers

Gift vouchers can be bought for any amount from £10, or for a specific cookery class.

• Buy them at the counter or on our website
• E-vouchers are emailed straight away - you can print them or forward them on
• Printed vouchers in a seed-paper card (you can plant it!) are available at the counter, no extra charge
• Vouchers are valid for 12 months from the date of purchase
• They can be used in the café, for classes and for private hire
• Any unused balance stays on the voucher
• They can't be swapped for cash

Class vouchers: the person receiving it picks their own date. If the class they want is full, they can choose a different class and pay (or keep on the voucher) the difference.

Lost your voucher? Email us the name it was bought under and roughly when, and we'll look it up.`,
  },
  {
    title: 'Private Hire',
    category: 'Private Hire',
    content: `PRIVATE HIRE

You can hire the whole café for birthdays, baby showers, wakes, work do's and small wedding receptions.

When: evenings from 5:30pm on Tuesdays, Fridays and Saturdays (we finish by 10:30pm). Daytime hire on Mondays, when we're closed to the public.

Size: up to 30 seated or 45 standing, using the courtyard as well.

Cost: there's no room hire fee, just a minimum spend on food and drink.
Friday & Saturday evenings ........ £600 minimum spend
Tuesday evenings and Mondays ........ £400 minimum spend

Food: choose from our sharing buffet (£18 per head) or a three-course sit-down menu (£32 per head). Kids under 10 half price.

Drinks: we don't have an alcohol licence, so you're welcome to bring your own. No corkage. We provide glasses and ice.

Deposit: £150 to secure the date, taken off your final bill. Final numbers are needed 7 days before.

Music: you can bring a speaker and a playlist, but no live bands or DJs because of our neighbours upstairs.`,
  },
  {
    title: 'Takeaway & Loyalty Card',
    category: 'Food & Drink',
    content: `TAKEAWAY

Everything on the menu is available to take away, except the Full Nettle.
- All our packaging is compostable or recyclable.
- Bring your own cup and get 30p off any hot drink.
- We're on Deliveroo Tuesday to Friday, 11:30am to 2:30pm only.
- Whole cakes can be ordered with 3 days' notice - £32 for a 20cm cake (serves 12). Gluten-free +£4.

LOYALTY CARD

Pick up a stamp card at the counter. You get one stamp for every hot drink - when you've collected 8 stamps, your 9th drink is free.
• One stamp per hot drink, not per order
• Stamps aren't given for Deliveroo orders
• Lost cards can't be replaced, sorry - we're a small team with a paper system!
• Cards don't expire

We don't have an app.`,
  },
  {
    title: 'FAQ',
    category: 'FAQ',
    content: `## Frequently asked questions

**Are dogs allowed?**
Yes! Well-behaved dogs on leads are welcome in the courtyard and at the two tables by the front window. We have water bowls and sell vegan dog biscuits (£1.50).

**Is there wheelchair access?**
There's one small step at the front door. We have a portable ramp - ring the bell on the door frame and we'll bring it out. Our toilet is on the ground floor but it isn't a fully accessible toilet, sorry.

**Do you have Wi-Fi?**
Yes, it's free. Ask at the counter for the password.

**Is there baby changing?**
Yes, a fold-down changing table in the toilet.

**Do you take cash?**
Yes, card and cash are both fine.

**Can I bring my own food?**
Only for babies and toddlers, or a birthday cake (ask first - no charge).

**Are you hiring?**
We post jobs on our Instagram when we are.`,
  },
];

export const NETTLE_DEV: EvalCase[] = [
  { question: 'r u open on mondays?', facts: ['closed'], escalate: false },
  {
    question: "What time do you stop doing breakfasts? We're driving up from Taunton and probably won't get there till about 11",
    facts: ['11:30am'],
    escalate: false,
  },
  { question: "Taking my mum out on Sunday, what time do you shut?", facts: ['3pm'], escalate: false },
  {
    question: "Is there anywhere to park near you? I'll be bringing my dad who can't walk far",
    facts: ['pay & display'],
    escalate: false,
  },
  { question: 'how much is the big cooked breakfast', facts: ['£11.50'], escalate: false },
  { question: 'Do you charge more if I want almond milk in my latte instead of oat?', facts: ['no extra charge'], escalate: false },
  {
    question: 'My son was diagnosed coeliac last year. Would the gluten free toast be ok for him?',
    facts: ['not suitable for coeliacs'],
    escalate: false,
  },
  {
    question: "I have a sesame allergy - I fancy the falafel bowl, is there anything in it that'd be a problem?",
    facts: ['contains sesame'],
    escalate: false,
  },
  { question: 'can i book a table for 2 for friday lunch?', facts: ['walk-in only'], escalate: false },
  {
    question: "It's my sister's birthday and there'll be 6 of us - can I reserve a table for Saturday brunch at 11?",
    facts: ['no bookings'],
    escalate: false,
  },
  {
    question: "We've booked for 12:30 but the M32 is a nightmare today. How long will you hold the table for us?",
    facts: ['15 minutes'],
    escalate: false,
  },
  {
    question: "Is it ok to come and work on my laptop for a couple of hours on a Sunday afternoon?",
    facts: ['Saturdays and Sundays'],
    escalate: false,
  },
  { question: 'which nights do you do the cooking classes?', facts: ['Wednesday and Thursday'], escalate: false },
  {
    question: "My husband can't bake to save his life - thinking of getting him on your baking class. How much is it?",
    facts: ['£65'],
    escalate: false,
  },
  { question: 'Can I bring my 15 yr old daughter to one of the classes? She wants to go vegan', facts: ['paying adult'], escalate: false },
  { question: 'Do we need to bring our own bottle to the class or do you sell wine?', facts: ['no corkage'], escalate: false },
  {
    question:
      "I'm booked on Vegan Basics this Thursday (3 days away) but work have changed my shifts and I can't make it now. Can I switch to a different week?",
    facts: ['send a friend'],
    escalate: false,
  },
  { question: "what's the lowest amount i can put on a gift voucher?", facts: ['£10'], escalate: false },
  {
    question: "I got given one of your vouchers for Christmas - can I put it towards a cooking class rather than food?",
    facts: ['for classes'],
    escalate: false,
  },
  {
    question: "Looking at hiring the whole place for my mum's 60th on a Saturday night. There'd be about 35 of us. What kind of money are we talking?",
    facts: ['£600'],
    escalate: false,
  },
  { question: 'My brother wants to DJ at my engagement party at yours - is that alright?', facts: ['no live bands or DJs'], escalate: false },
  { question: 'Can I bring my cocker spaniel in with me?', facts: ['courtyard'], escalate: false },
  { question: 'do you deliver? I live in Bishopston', facts: ['Deliveroo'], escalate: false },
  { question: 'How many coffees do I need to buy before I get one free?', facts: ['8 stamps'], escalate: false },
  {
    question: "Could I order a whole chocolate cake from you for my partner's birthday? Needs to feed around 12 people",
    facts: ['£32'],
    escalate: false,
  },
  { question: "I'm a wheelchair user - can I get in the cafe ok?", facts: ['portable ramp'], escalate: false },
  { question: 'Do you do a student discount?', unknown: true, escalate: false },
  { question: "Love your coffee - do you sell bags of the beans so I can make it at home?", unknown: true, escalate: false },
  { question: "Is today's soup gluten free?", unknown: true, escalate: false },
  {
    question: "I've moved to Manchester but loved your curry class - do you do any of the cookery classes online now?",
    unknown: true,
    escalate: false,
  },
  { question: 'Do you sell the cashew cheese in tubs so I can take some home?', unknown: true, escalate: false },
  { question: 'Do you do outside catering? We need vegan food delivered for a wedding in Clifton', unknown: true, escalate: false },
  { question: 'Is the courtyard covered or heated in the winter?', unknown: true, escalate: false },
  { question: 'Do you get a certificate at the end of the cookery class?', unknown: true, escalate: false },
  {
    question: 'For private hire, can I pay the £600 minimum in instalments over a few months?',
    unknown: true,
    escalate: false,
  },
  { question: 'what oat milk do you use, is it oatly?', unknown: true, escalate: false },
  {
    question:
      "I had the mac no cheese on Saturday and within an hour my lips swelled up and I had to use my EpiPen. I told the girl at the till about my cashew allergy when I ordered.",
    escalate: true,
  },
  {
    question:
      "I paid £140 for two places on the Festive Feast next month but my dad's just been taken into hospital and we won't be able to come. Can I have my money back please?",
    escalate: true,
  },
  {
    question:
      "Honestly really disappointed with our visit today. We waited 40 minutes for two toasties and the lad on the till rolled his eyes when I asked where they were.",
    escalate: true,
  },
  {
    question:
      "Hi! I'm a Bristol food creator (48k on TikTok) and I'd love to come in and film a feature on you in exchange for brunch for me and a friend. Who do I speak to?",
    escalate: true,
  },
];
