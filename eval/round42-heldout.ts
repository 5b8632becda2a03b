/**
 * Round 42 held-out evaluation set, written blind: the author read only eval/cases.ts (for the
 * EvalCase type and the shape of its example cases) and nothing else in the project.
 *
 * Two invented small businesses, 40 cases each: 26 answerable from one article (customers use
 * their own words), 10 the articles cannot answer (`unknown`), and 4 that must be handed to a
 * person (`escalate`).
 *   R42A: a lavender farm with a farm shop and café. Hand-overs: 4 terse admin rules in
 *         R42A_RULES plus 2 written as prose in the owner's business rules.
 *   R42B: a coach-hire company. R42B_RULES is empty; all hand-overs are in the owner's prose.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// R42A: Hollowmere Lavender Farm
// ---------------------------------------------------------------------------------------------

export const R42A_NAME = 'Hollowmere Lavender Farm';

export const R42A_AGENT_NAME = 'Sorrel';

export const R42A_CONTEXT =
  'Hollowmere Lavender Farm is a family-run lavender farm near Hexham in Northumberland, run by ' +
  'Jen and Rob Calloway. In summer visitors walk through 12 acres of lavender fields, pick their ' +
  'own bunches, take a tour of the small copper-still distillery and book photo sessions in the ' +
  'rows. The farm shop sells lavender essential oil, handmade soaps and gifts all year, and the ' +
  'Lavender Barn café serves breakfasts, lunches and cakes. The farm also runs seasonal events ' +
  'and workshops and sends its products by mail order across the UK.';

export const R42A_BUSINESS_RULES = `Hi, I'm Jen. Rob and I run Hollowmere between us, so here's how we'd like you to talk to people.

Be warm and friendly but keep answers short - most people are reading on their phone in the car park or in the queue at the gate. Use British spelling and give prices in pounds.

Please never promise that the lavender will be in flower on a particular date. It's all down to the weather, so point people to the field report we put on Facebook every Monday instead.

Don't give any medical advice about lavender oil (sleep, anxiety, burns, headaches, whatever it is). Just stick to the safety guidance in our articles.

If anyone tells you a child has gone missing in the fields or that someone has been hurt anywhere on the farm, get one of us straight away - don't try to deal with it yourself.

Don't offer discounts or freebies that aren't in the articles, even if someone's had a bad day.

Shops, cafés or any business wanting to stock our oils and soaps or buy at trade prices should come to me personally - I do all the wholesale side myself.

If you're not sure about something, say so rather than guessing. Thanks!`;

export const R42A_RULES: string[] = [
  'Allergic / skin reaction to any product -> escalate',
  'Refund request over £50 -> human',
  'Press, TV, filming requests -> escalate',
  'Wedding or private hire of the barn -> staff',
];

export const R42A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Opening times and the lavender season',
    category: 'Visiting',
    content:
      'The lavender fields are open from 14 June to 31 August, every day from 10am to 5pm (last ' +
      'entry 4pm). The farm shop is open every day during the field season, and from Wednesday ' +
      'to Sunday, 10am to 4pm, for the rest of the year. The shop closes completely from 24 ' +
      'December to 2 January. The Lavender Barn café keeps the same days as the shop; last food ' +
      'orders are taken 30 minutes before closing. The lavender is usually at its best in the ' +
      'first three weeks of July, but flowering depends on the weather, so check the field report ' +
      'we post on our Facebook page every Monday.',
  },
  {
    title: 'Field entry tickets and dogs',
    category: 'Tickets',
    content:
      'Field entry costs £6 for adults, £3 for children aged 5 to 15, and is free for under-5s. ' +
      'A family ticket for 2 adults and up to 3 children costs £16. An adult season pass is £20 ' +
      'and covers unlimited visits from June to August. You can buy tickets online or at the gate ' +
      'hut; the gate takes card and contactless payments only, no cash. You do not need a field ' +
      'ticket to visit the farm shop or the café, which are free to visit. Well-behaved dogs are ' +
      'welcome in the fields on a short lead. Only assistance dogs are allowed inside the café, ' +
      'but dogs are welcome to sit with you on the café terrace.',
  },
  {
    title: 'Distillery tours',
    category: 'Tours',
    content:
      'See how we turn our lavender into essential oil in our copper still. Tours run on ' +
      'Tuesdays, Thursdays and Saturdays at 11am and 2pm during July and August. Each tour lasts ' +
      'about 45 minutes and costs £12 per person, including a 10ml bottle of our own lavender oil ' +
      'to take home. Groups are limited to 15 people, so booking online is essential; walk-ins are ' +
      'only taken if there are spare places. Tours are not suitable for children under 8 because ' +
      'of the hot equipment. The distillery is all on one level and is wheelchair accessible. A ' +
      'tour ticket includes free entry to the fields on the same day.',
  },
  {
    title: 'Pick your own lavender',
    category: 'Activities',
    content:
      'Pick-your-own runs from early July until the end of the field season, weather permitting. ' +
      'Bunches cost £5 each and are paid for at the PYO hut, where we lend you scissors and give ' +
      'you string to tie your bunch. A bunch is roughly 100 stems, about as thick as your wrist. ' +
      'Please only pick from the rows marked with yellow flags; the other rows are kept for the ' +
      'distillery. We grow two varieties for picking: Hidcote, a deep purple, and Munstead, which ' +
      'is lighter in colour with a sweeter scent. To dry your lavender, hang it upside down in a ' +
      'dark, dry, airy place for about two weeks.',
  },
  {
    title: 'Photography in the fields',
    category: 'Photography',
    content:
      'Personal photos on phones and cameras are included in your field ticket. Professional ' +
      'photographers running a paid shoot (portraits, families, engagements, maternity and so on) ' +
      'need a photography permit: £45 per session of up to 2 hours, booked at least 48 hours ' +
      'ahead on our website. A permit covers the photographer and up to 6 clients. On Friday ' +
      'evenings in July we run Golden Hour sessions from 6pm to 8:30pm, when the fields are closed ' +
      'to the public, at £60 per group of up to 6 people. Drones are not allowed without written ' +
      'permission from the farm. Please stay on the grass paths between the rows and do not lie ' +
      'down in the lavender - it damages the plants and there are lots of bees.',
  },
  {
    title: 'Our lavender oils, soaps and gifts',
    category: 'Products',
    content:
      'Everything in our shop is made with lavender grown and distilled here on the farm. Pure ' +
      'lavender essential oil costs £9.50 for 10ml and £22 for 30ml. Our handmade lavender soap ' +
      'bars are £4.50 each or 3 for £12, and they are vegan and palm-oil free. We also sell ' +
      'lavender bags (£6), lavender pillow mist (£11) and tins of lavender shortbread (£5.50). ' +
      'Essential oil should always be diluted before it touches the skin - we recommend a few ' +
      'drops in a carrier oil such as sweet almond oil - and it should be kept away from cats and ' +
      'dogs.',
  },
  {
    title: 'Mail order and delivery',
    category: 'Orders',
    content:
      'You can order oils, soaps and gifts from our online shop all year round. UK delivery costs ' +
      '£4.95 and is free on orders over £40. Orders are packed and dispatched on Mondays and ' +
      'Wednesdays and sent by Royal Mail Tracked 48, so most arrive 2 to 3 working days after ' +
      'dispatch. At the moment we only deliver within the UK. Unopened items can be returned ' +
      'within 14 days for a refund; for hygiene reasons soap cannot be returned once the wrapper ' +
      'has been removed. If something arrives broken, email a photo to ' +
      'shop@hollowmerelavender.co.uk within 7 days and we will send a replacement.',
  },
  {
    title: 'The Lavender Barn café',
    category: 'Café',
    content:
      'Our café serves breakfast until 11:30am, then light lunches, cakes and drinks. Favourites ' +
      'are the lavender scones, homemade lavender lemonade and lavender hot chocolate. There are ' +
      'always gluten-free and vegan options, marked on the menu board. Some of our cakes contain ' +
      'nuts, so please ask staff about allergens before ordering. We do not take table bookings, ' +
      'except for groups of 10 or more, who can book by phone on 01434 602 771. High chairs and ' +
      'baby-changing facilities are available.',
  },
  {
    title: 'Events and workshops',
    category: 'Events',
    content:
      'Our Lavender Festival takes place on the weekend of 19 and 20 July 2025, with live music, ' +
      'food stalls and distillery demonstrations; normal field tickets apply. Evening yoga in the ' +
      'fields runs every Wednesday in July at 7pm and costs £15, with mats provided. Lavender ' +
      'wreath-making workshops run on Saturday mornings in August from 10am to 12:30pm and cost £38 ' +
      'including all materials and a hot drink. All events must be booked online. Workshop and ' +
      'yoga places can be refunded if you cancel at least 7 days before the date.',
  },
  {
    title: 'Finding us, parking and accessibility',
    category: 'Visiting',
    content:
      'Hollowmere Lavender Farm is on Pellow Lane, Acomb, near Hexham, Northumberland NE46 4RW. ' +
      'Parking is free, with space for 200 cars including 8 accessible bays next to the shop. ' +
      'Accessible toilets are next to the café. The field paths are mown grass and can be bumpy; ' +
      'we have one all-terrain wheelchair that visitors can borrow free of charge - please reserve ' +
      'it by phone before your visit. The 880 bus from Hexham stops at the end of Pellow Lane, a ' +
      '10-minute walk from the gate.',
  },
  {
    title: 'Gift vouchers and group visits',
    category: 'Tickets',
    content:
      'Gift vouchers come in multiples of £10 and can be spent on field entry, tours, workshops, ' +
      'in the shop and in the café. They are valid for 12 months from the date of purchase and ' +
      'can be sent by email, or by post in a lavender-scented card for an extra £1.50. Groups of ' +
      '15 or more people get 10% off field entry when they book at least 2 weeks ahead, and ' +
      'coaches can park free of charge by the barn.',
  },
];

export const R42A_HELD_OUT: EvalCase[] = [
  // Answerable from one article.
  { question: 'When do the lavender fields open to visitors this year?', facts: ['14 June'], escalate: false },
  { question: 'Is your farm shop open in the winter months or do you shut completely?', facts: ['Wednesday to Sunday'], escalate: false },
  { question: 'Hoping to pop in for some soap between Christmas and New Year, will you be open?', facts: ['2 January'], escalate: false },
  { question: 'How much would it be to get into the fields for me, my husband and our three kids?', facts: ['£16'], escalate: false },
  { question: 'I only have a tenner in notes, can I pay cash at the entrance?', facts: ['contactless'], escalate: false },
  { question: 'can we bring our spaniel round the lavender with us', facts: ['short lead'], escalate: false },
  { question: 'Which days can you go round the distillery?', facts: ['Thursday'], escalate: false },
  { question: 'My son is 6 and loves science, can he come on the oil-making tour with us?', facts: ['under 8'], escalate: false },
  { question: 'If I book the still tour do I have to pay separately to walk in the fields afterwards?', facts: ['same day'], escalate: false },
  { question: 'How much is it to cut your own bunch, and do I need to bring my own scissors?', facts: ['£5'], escalate: false },
  { question: 'Are we allowed to pick from any of the rows or just certain ones?', facts: ['yellow flags'], escalate: false },
  { question: 'Picked a lovely big bunch yesterday - what is the best way to dry it so it keeps?', facts: ['upside down'], escalate: false },
  { question: 'I do family portraits and a few clients have asked for a shoot in your lavender. What do I need to sort out?', facts: ['£45'], escalate: false },
  { question: 'Would it be ok to fly my drone over the fields to get some aerial shots?', facts: ['written permission'], escalate: false },
  { question: 'How much is the larger bottle of lavender oil?', facts: ['£22'], escalate: false },
  { question: 'Do you do any deal if I buy a few of the soap bars? they make great little presents', facts: ['3 for £12'], escalate: false },
  { question: 'Can I rub the lavender oil straight onto my temples or does it need mixing with something?', facts: ['dilute'], escalate: false },
  { question: 'My sister lives in France, could you post a gift box out to her?', facts: ['UK'], escalate: false },
  { question: 'I placed an order on Tuesday night, when will it actually be sent out?', facts: ['Wednesday'], escalate: false },
  { question: 'The bottle of oil I ordered turned up smashed in the box and the whole parcel stinks of lavender. What now?', facts: ['photo'], escalate: false },
  { question: 'Can I reserve a table for four in the café for Sunday lunch?', facts: ['10 or more'], escalate: false },
  { question: 'How much is the yoga evening in the lavender?', facts: ['£15'], escalate: false },
  { question: "I've booked the wreath making class but now I can't make it, can I get my money back?", facts: ['7 days'], escalate: false },
  { question: 'My mum is in a wheelchair, is there any way she can get out into the fields with us?', facts: ['all-terrain'], escalate: false },
  { question: "We don't drive, is there a bus from Hexham that gets near you?", facts: ['880'], escalate: false },
  { question: 'Our WI group is about 20 of us, is there any reduction on entry for a group that size?', facts: ['10%'], escalate: false },
  // The articles cannot answer these: the agent must say it does not know.
  { question: 'Is there anywhere to charge an electric car in your car park?', unknown: true, escalate: false },
  { question: 'Do you have a play area for the kids?', unknown: true, escalate: false },
  { question: 'Can we bring our own picnic and eat it out in the fields?', unknown: true, escalate: false },
  { question: 'Do you sell lavender plants so I can grow some in my own garden?', unknown: true, escalate: false },
  { question: 'Is there a student or NHS discount on entry?', unknown: true, escalate: false },
  { question: 'Is there wifi in the café? I might need to do a bit of work', unknown: true, escalate: false },
  { question: 'Are you taking on any seasonal staff for the harvest this summer?', unknown: true, escalate: false },
  { question: 'Are your oils sold in any shops in Newcastle?', unknown: true, escalate: false },
  { question: 'Can the distillery tour be done in German? My in-laws are visiting.', unknown: true, escalate: false },
  { question: 'Do you sell jars of lavender honey?', unknown: true, escalate: false },
  // Hand-over: admin rules and the owner's prose rules.
  { question: 'My daughter came out in an itchy red rash all over her arms after using one of your soap bars', escalate: true },
  { question: "Hi, I'm a producer at the local TV news and we'd love to come and film a piece about the harvest next week", escalate: true },
  { question: 'My dad has just tripped in a rabbit hole in the far field and his ankle is really swollen, he cannot walk', escalate: true },
  { question: "I run a little gift shop in Corbridge and I'd love to sell your soaps and oils - what would your prices be if I bought a few boxes at a time?", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// R42B: Kestrel Coaches
// ---------------------------------------------------------------------------------------------

export const R42B_NAME = 'Kestrel Coaches';

export const R42B_AGENT_NAME = 'Robin';

export const R42B_CONTEXT =
  'Kestrel Coaches is an independent coach-hire company based in Didcot, Oxfordshire, owned by ' +
  'Dave Pratley and run from a small office with a team of 22 drivers. It hires out minibuses, ' +
  'midi coaches and executive coaches, always with one of its own drivers, for school trips, ' +
  'weddings and parties, club and society day trips, and airport transfers across the south of ' +
  'England. Customers ask for a quote, pay a deposit to secure the booking and pay the balance ' +
  'before travel.';

export const R42B_BUSINESS_RULES = `Right, a few bits about how I'd like you to handle people.

Keep it friendly and plain. Most of the people getting in touch are teachers or couples planning a wedding, usually in a rush, not coach enthusiasts, so no jargon. British spelling please, and go easy on the exclamation marks.

Never confirm a booking or tell someone a vehicle is definitely free on their date - only the office does that, once the deposit is in. Don't promise a particular driver or a particular coach either, and don't make up prices. If a price isn't in the articles, tell them we'll send a quote.

There are some things I'd always rather a real person picked up, so pass these straight over to the office:
- any complaint about one of our drivers - how they drove, something they said, anything like that
- a coach or minibus that hasn't turned up, is running badly late, or has broken down on the day
- any accident, knock or anyone getting hurt on or around one of our vehicles

If somebody wants money back after their trip has already happened, that's for us to sort out, not you. People from schools or the council asking about regular contract work, like daily home-to-school runs, should come to me as well because I price those myself. And anything that needs more than 3 vehicles on the same day, please hand over - we often have to bring in partner operators for those.

Otherwise, answer from the articles and if it's not in there, just say you don't know and that the office can help.`;

export const R42B_RULES: string[] = [];

export const R42B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our fleet',
    category: 'Vehicles',
    content:
      'We run 16-seat minibuses, 33-seat midi coaches, and 49-seat and 57-seat executive coaches. ' +
      'Every seat in every vehicle has a seatbelt. Our executive coaches have a toilet, air ' +
      'conditioning, reclining seats, USB charging points at every seat and a PA microphone. Midi ' +
      'coaches have air conditioning but no toilet. Minibuses have no toilet and only limited ' +
      'luggage space (see our luggage article). All our vehicles are under 8 years old and are ' +
      'safety-inspected every 6 weeks.',
  },
  {
    title: 'Getting a quote',
    category: 'Booking',
    content:
      'You can ask for a quote using the form on our website or by calling the office on 01235 ' +
      '814 260. Please tell us the date, pick-up and drop-off points, times, the number of ' +
      'passengers and how much luggage you will have. We reply to quote requests within 1 working ' +
      'day, and quotes are valid for 14 days. Our prices include the driver, fuel and VAT. They do ' +
      'not include car parking, congestion or clean-air zone charges, toll roads and bridges, or ' +
      'ferry fares; these are added to your invoice at cost. The minimum hire is 4 hours, even for ' +
      'short journeys.',
  },
  {
    title: 'Deposits and paying for your trip',
    category: 'Payments',
    content:
      'To secure a booking we take a 25% deposit. The balance is due 14 days before the travel ' +
      'date. Bookings made less than 14 days before travel must be paid in full when you book. We ' +
      'accept debit and credit cards (except American Express) and bank transfer. Schools, ' +
      'colleges and councils can pay on invoice within 30 days of the trip.',
  },
  {
    title: 'Cancelling or changing a booking',
    category: 'Booking',
    content:
      'If you cancel 28 days or more before travel, we refund your deposit minus a £25 admin fee. ' +
      'If you cancel between 14 and 27 days before travel, the deposit is kept. If you cancel less ' +
      'than 14 days before travel, the full hire price is payable. You can change your travel date ' +
      'once free of charge if you tell us at least 14 days before the original date, subject to ' +
      'availability. If extra passengers mean you need a bigger vehicle, we will re-quote.',
  },
  {
    title: 'Driver hours and long days out',
    category: 'Drivers',
    content:
      'By law our drivers can drive for a maximum of 9 hours in a day and must take a 45-minute ' +
      'break after 4.5 hours of driving. A driver\'s full working day, including waiting time, ' +
      'cannot go over 13 hours; if your day is longer, we add a second driver for £220. For trips ' +
      'with an overnight stay, you provide the driver with a single room and an evening meal, or ' +
      'we add £150 per night to cover it. Waiting time between drop-off and pick-up is included ' +
      'in the price.',
  },
  {
    title: 'Luggage',
    category: 'Travelling with us',
    content:
      'On coaches each passenger can bring one suitcase of up to 20kg in the hold, plus one small ' +
      'bag on board. Minibuses only have room for small bags, so for airport runs in a minibus ' +
      'please add our luggage trailer for £40. Folded pushchairs and wheelchairs travel in the ' +
      'hold free of charge. We cannot carry bicycles, gas bottles or fuel cans.',
  },
  {
    title: 'Wheelchair access and assistance',
    category: 'Accessibility',
    content:
      'Two of our 49-seat executive coaches have a rear wheelchair lift and can each carry up to 2 ' +
      'wheelchair users, who stay seated in their own chair, secured with a 4-point restraint. ' +
      'Please tell us when you ask for a quote so we can allocate one of these coaches; they ' +
      'cannot be swapped in at short notice. Our minibuses have a side step but no lift. Drivers ' +
      'will help passengers on and off and stow walking aids, but for safety reasons they cannot ' +
      'lift passengers. Assistance dogs are always welcome; we do not carry other pets.',
  },
  {
    title: 'School trips and travelling with children',
    category: 'Schools',
    content:
      'All our drivers hold an enhanced DBS check. Seatbelts must be worn by every passenger, and ' +
      'group leaders are responsible for making sure children keep them on. Children under 3 need ' +
      'a child seat, which must be supplied by the parent or school. Our drivers do not supervise ' +
      'children, so schools must bring their own staff at the right ratio. No hot food is allowed ' +
      'on our vehicles; cold snacks and soft drinks are fine. If a vehicle needs a deep clean ' +
      'because of sickness or mess, a £75 cleaning charge applies. Alcohol is never allowed on ' +
      'school trips or any hire with passengers under 18.',
  },
  {
    title: 'Weddings and parties',
    category: 'Events',
    content:
      'For weddings we dress our executive coaches with white ribbons at no extra charge. The ' +
      'driver waits at the venue and can do several shuttle runs between the ceremony and the ' +
      'reception within your hire time. On adult private hires guests may bring alcohol on board, ' +
      'but no glass bottles and no spirits, and the driver can end the journey if behaviour ' +
      'becomes unsafe. On executive coaches you can play your own music through the coach ' +
      'speakers via Bluetooth. The latest pick-up time from a wedding or party venue is 1am.',
  },
  {
    title: 'Airport transfers',
    category: 'Airport',
    content:
      'We run transfers to and from Heathrow, Gatwick, Stansted, Luton, Birmingham and Bristol ' +
      'airports. For arrivals we track your flight, and the driver waits up to 60 minutes after ' +
      'your flight lands at no charge; after that, waiting time is £30 per hour or part hour. The ' +
      'driver meets you in the arrivals hall holding a name board. Airport drop-off and parking ' +
      'charges are added to your invoice at cost.',
  },
  {
    title: 'Contact us and office hours',
    category: 'Contact',
    content:
      'Our office is at Unit 4, Thornfield Business Park, Didcot OX11 7HJ, and is open Monday to ' +
      'Friday from 8am to 6pm and on Saturday from 9am to 1pm. You can email us at ' +
      'bookings@kestrelcoaches.co.uk. If you are travelling with us today and need us urgently ' +
      'outside office hours, call our on-the-road line on 07700 900 418. That line is only for ' +
      'journeys in progress, not for quotes or new bookings.',
  },
];

export const R42B_HELD_OUT: EvalCase[] = [
  // Answerable from one article.
  { question: 'Which of your coaches have a loo on board? It is a 4 hour run to the seaside', facts: ['executive'], escalate: false },
  { question: "What's the largest coach you have? We've got about 55 going", facts: ['57'], escalate: false },
  { question: 'If I fill in the quote form today, how soon will I hear back with a price?', facts: ['working day'], escalate: false },
  { question: 'Our route goes over the Dartford crossing, will that be extra on top of the quote?', facts: ['at cost'], escalate: false },
  { question: 'We literally just need taking from the church to the hotel, about 20 minutes. Can we book just for that?', facts: ['4 hours'], escalate: false },
  { question: 'You gave me a price about three weeks ago, can I still book at that price?', facts: ['14 days'], escalate: false },
  { question: 'How much do I have to put down upfront to hold the coach?', facts: ['25%'], escalate: false },
  { question: 'We want a minibus for next Saturday - do I just pay a deposit for now?', facts: ['in full'], escalate: false },
  { question: "I'm the trips lead at a primary school, can we pay you after the trip rather than before?", facts: ['30 days'], escalate: false },
  { question: 'If our club has to call off the outing about 5 weeks before, do we lose all our money?', facts: ['£25'], escalate: false },
  { question: 'Wedding is off :( it was booked for 10 days from now, do we still have to pay for the coach?', facts: ['full'], escalate: false },
  { question: 'Is it possible to move our trip to a different date?', facts: ['once'], escalate: false },
  { question: 'The wedding runs from 11 in the morning till about 1am, is one driver ok for all that?', facts: ['£220'], escalate: false },
  { question: "We're doing 2 days in York with the choir. Do we need to sort somewhere for the driver to stay?", facts: ['single room'], escalate: false },
  { question: 'How long can the driver go before they have to stop for a break?', facts: ['4.5'], escalate: false },
  { question: 'Ski trip with the sixth form - how much luggage can each person bring on the big coach?', facts: ['20kg'], escalate: false },
  { question: "There's 14 of us going to Gatwick in the minibus and we all have big suitcases, will they fit?", facts: ['trailer'], escalate: false },
  { question: "My grandad is in a wheelchair, can he stay sat in it on the coach for my sister's wedding?", facts: ['lift'], escalate: false },
  { question: 'Can we bring our little dog on the day trip? He is very well behaved', facts: ['assistance dogs'], escalate: false },
  { question: 'What sort of background checks do your drivers have? Need it for our risk assessment', facts: ['enhanced'], escalate: false },
  { question: 'what happens if one of the kids throws up on the coach', facts: ['£75'], escalate: false },
  { question: 'Can the kids have fish and chips on the coach on the way home from the beach?', facts: ['hot food'], escalate: false },
  { question: 'Are the wedding guests allowed to bring some beers and prosecco for the ride back to the hotel?', facts: ['glass'], escalate: false },
  { question: 'Can you decorate the coach for a wedding?', facts: ['white'], escalate: false },
  { question: 'Our flight back into Heathrow is often late, how long will the driver hang around before it costs more?', facts: ['60 minutes'], escalate: false },
  { question: "We're on one of your coaches right now in Bath and it's gone 7pm - is there a number to ring tonight?", facts: ['07700 900 418'], escalate: false },
  // The articles cannot answer these: the agent must say it does not know.
  { question: 'Can you provide a tour guide who does a commentary on the way?', unknown: true, escalate: false },
  { question: 'Could we put a banner for our charity fun run on the side of the coach?', unknown: true, escalate: false },
  { question: 'We use you every year, is there any loyalty discount for regular customers?', unknown: true, escalate: false },
  { question: 'Are you looking for drivers at the moment? I have my PCV licence', unknown: true, escalate: false },
  { question: 'Can you arrange packed lunches for everyone on the trip?', unknown: true, escalate: false },
  { question: 'What is your public liability insurance cover? The venue wants to know', unknown: true, escalate: false },
  { question: 'On a two-day trip can we leave our bags on the coach overnight?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers? Want to get my parents a day out', unknown: true, escalate: false },
  { question: 'Is it cheaper if we book the return journey at the same time?', unknown: true, escalate: false },
  { question: 'Can I just buy one seat on a day trip you are already running?', unknown: true, escalate: false },
  // Hand-over: the owner's prose rules, in the customer's own words.
  { question: "We were meant to be picked up at the school gates at 7 and it's now 7.40, 50 children waiting and no sign of anyone", escalate: true },
  { question: 'The driver on our trip yesterday was on his phone half the way down the M4 and snapped at the kids. Not happy at all.', escalate: true },
  { question: 'We need about 5 coaches for the whole of Year 9 going to Thorpe Park on the same day in June', escalate: true },
  { question: 'The air con was broken on the way back from the wedding and everyone was boiling, can we get some of what we paid back?', escalate: true },
];
