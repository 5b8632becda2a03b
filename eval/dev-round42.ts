/**
 * DEV answer pair, round 42. Written blind: the only project file read while writing this was
 * eval/cases.ts (for the EvalCase type and the shape of its example cases).
 *
 * CHOC: Hollis Lane Chocolate, an independent chocolatier shop with a small workshop kitchen in
 * the market town of Kestlebury (bars, fresh truffles, hot chocolate, Saturday tasting sessions,
 * wedding favours, corporate gifts, UK postal orders, allergen handling, gift cards). Hand-overs:
 * 4 terse admin-typed escalation rules plus 2 more written as prose in the owner's business rules.
 *
 * TAXI: Wend Water Taxis, a hop-on hop-off water taxi on the River Wend and Calderport harbour
 * (five landings, summer/winter timetables, fares and passes, bikes and dogs on board, private
 * charters, weather cancellations, accessibility, lost property, school groups). No admin-typed
 * escalation rules: 6 hand-overs live only in the owner's chatty prose business rules.
 *
 * Each business has 40 cases: 26 answerable (facts), 10 unanswerable (unknown), 4 hand-overs.
 */

import type { EvalCase } from './cases.ts';

export interface DevArticle {
  title: string;
  category: string;
  content: string;
}

// ---------------------------------------------------------------------------------------------
// CHOC: Hollis Lane Chocolate
// ---------------------------------------------------------------------------------------------

export const CHOC_NAME = 'Hollis Lane Chocolate';

export const CHOC_AGENT_NAME = 'Bea';

export const CHOC_CONTEXT =
  'Hollis Lane Chocolate is an independent chocolatier in the market town of Kestlebury, run by ' +
  'owner Marion Hollis since 2016 with a team of four. Everything is made by hand in the small ' +
  'workshop kitchen behind the shop at 14 Hollis Lane: single-estate and flavoured bars, fresh ' +
  'cream truffles made every week, and hot chocolate served at a four-seat window counter. The ' +
  'kitchen also hosts Saturday tasting sessions, and the team makes wedding favours and ' +
  'corporate gift boxes to order. Customers buy in the shop, by click and collect, or online ' +
  'with postal delivery across the UK. Most customer messages are about opening hours, prices, ' +
  'postage and melting in summer, tasting bookings, wedding and corporate orders, and allergens.';

export const CHOC_BUSINESS_RULES = `A few things from me (Marion) about how I'd like you to talk to our customers.

Be warm and chatty but keep answers short - people are usually asking on their phone while they're out. Use British spelling, we're a Kestlebury shop not a Californian one.

Never, ever tell anyone that something is nut-free or safe for an allergy. Everything comes out of one small kitchen and I won't have anyone promising otherwise. Point them to the allergen information and let them decide.

Don't promise that a parcel will arrive on a particular day. Royal Mail does what Royal Mail does. You can tell them when we post things out, that's all.

Please don't invent discounts or offer freebies to smooth things over. If it isn't in our help articles, we don't offer it.

If someone tells me a parcel has gone missing - not just a day or two late, but the tracking has stopped moving or nothing has turned up a week after we posted it - please pass it straight to me rather than telling them to wait. I'd rather chase Royal Mail myself and get a replacement out.

Anyone who runs a shop, café or deli and wants to buy our chocolate to sell on should come to me directly too; I deal with all of our stockists personally and the prices aren't on the website.

And if you don't know something, just say so. I'd much rather we get back to someone than guess.`;

export const CHOC_ESCALATION_RULES: string[] = [
  'allergic reaction / felt ill after eating',
  'wedding favours 300+',
  'refund requests over £100',
  'press or media',
];

export const CHOC_ARTICLES: DevArticle[] = [
  {
    title: 'Finding us and opening hours',
    category: 'Shop',
    content:
      'Our shop and workshop kitchen are at 14 Hollis Lane, Kestlebury, KB4 2RT, two minutes\' walk ' +
      'from the Market Square. We are open Tuesday to Saturday 10am to 5:30pm and Sunday 11am to ' +
      '4pm. We are closed on Mondays, which is our main production day. In December only, we also ' +
      'open on Mondays from 10am to 4pm. You can usually watch the team tempering and piping ' +
      'through the kitchen window. Phone: 01632 960 227. Email: hello@hollislanechocolate.co.uk. ' +
      'We aim to answer emails within 2 working days.',
  },
  {
    title: 'Our chocolate bars',
    category: 'Products',
    content:
      'All our bars are 70g. Our regular bars cost £6.50 each and our single-estate bars cost ' +
      '£7.50 each. The regular range is 72% Dark, 40% Milk, Sea Salt Milk, Orange & Cardamom Dark, ' +
      'Hazelnut Crunch Milk and Raspberry White. Mix and match any 3 regular bars for £18, in the ' +
      'shop and online. Bars have a best before date of 12 months from the day they are made, ' +
      'printed on the back. Store them in a cool, dry place, ideally 15 to 18°C, away from strong ' +
      'smells. Please do not keep bars in the fridge: the moisture causes sugar bloom, a white ' +
      'dusty film on the surface. Bloom is harmless and safe to eat, but it dulls the snap and ' +
      'the flavour.',
  },
  {
    title: 'Truffles and truffle boxes',
    category: 'Products',
    content:
      'Our truffles are made fresh every week with fresh cream and no preservatives. Boxes: 4 ' +
      'truffles £9, 9 truffles £18, 16 truffles £30. In the shop you can pick your own. Online ' +
      'boxes are the chef\'s selection, or you can choose the "Dark only" or "No alcohol" ' +
      'selection instead. Three of our truffles contain alcohol (Whisky Caramel, Champagne and ' +
      'Sloe Gin) and they are clearly marked. Fresh cream truffles are best eaten within 3 weeks ' +
      'of purchase; the date is on the box. Keep them below 18°C. In hot weather the fridge is ' +
      'fine if they are in an airtight box, but take them out 30 minutes before eating. We do not ' +
      'recommend freezing truffles.',
  },
  {
    title: 'Hot chocolate in the shop and at home',
    category: 'Products',
    content:
      'We serve hot chocolate to take away or to drink at our four-seat window counter: regular ' +
      '£4.20, large £4.80. Oat milk is available at no extra charge. Whipped cream and a ' +
      'marshmallow add 60p. Ask for a loyalty stamp card at the till: your 10th hot chocolate is ' +
      'free (stamp cards are for the shop only). To make it at home, buy our hot chocolate flakes: ' +
      'a 250g pouch costs £11 and makes about 10 mugs. Whisk 3 heaped tablespoons of flakes into ' +
      '200ml of hot (not boiling) milk until smooth.',
  },
  {
    title: 'Chocolate tasting sessions',
    category: 'Experiences',
    content:
      'Tasting sessions run in our workshop kitchen every Saturday at 2pm and last 90 minutes. ' +
      'You taste 12 chocolates, learn how cocoa beans become a bar, and take home a 4-truffle box. ' +
      'Tickets are £35 per person, with a maximum of 10 guests per session. The minimum age is 12, ' +
      'and under 16s must come with a paying adult. Book online under "Experiences". You can ' +
      'cancel or move your booking up to 72 hours before the session for a full refund; within ' +
      '72 hours we cannot refund, but you are welcome to send a friend in your place. Private ' +
      'sessions for groups of 6 to 10 run on Thursday and Friday evenings at 6:30pm and cost £300 ' +
      'for the group. Please tell us about any allergies when booking: we can adapt a session for ' +
      'dairy-free guests but not for nut allergies.',
  },
  {
    title: 'Wedding favours',
    category: 'Weddings & events',
    content:
      'Our wedding favours start at £2.80 each for a 2-truffle box tied with ribbon, or £3.60 ' +
      'each for a 50g mini bar in a personalised wrapper. The minimum order is 50 favours. Choose ' +
      'from 12 ribbon colours; personalised tags with your names and wedding date are included ' +
      'free. Please order at least 8 weeks before the wedding. A 30% deposit secures your date and ' +
      'the balance is due 14 days before the wedding. A favour consultation and tasting costs ' +
      '£25, which is deducted from your order if you go ahead. Collect from the shop, or we can ' +
      'deliver to a venue within 15 miles of Kestlebury for £15.',
  },
  {
    title: 'Corporate gifts',
    category: 'Business orders',
    content:
      'The minimum corporate order is 25 gift boxes, and orders of 100 boxes or more get 10% off. ' +
      'We can print your company logo on custom bar wrappers with a minimum of 200 bars; please ' +
      'allow 4 weeks lead time. We can post gifts directly to individual recipients\' homes for ' +
      '£4.95 per recipient, including your own message card. Registered UK businesses can pay by ' +
      'invoice on 30-day terms; everyone else pays when ordering. For December delivery, orders ' +
      'must be confirmed by 15 November.',
  },
  {
    title: 'Postage, dispatch days and click & collect',
    category: 'Delivery',
    content:
      'We post to the UK mainland by Royal Mail Tracked 48 for £4.95 per order, free on orders ' +
      'over £45. Northern Ireland and the Scottish Highlands & Islands cost £8.50. We do not offer ' +
      'international shipping at the moment. We only dispatch Monday to Wednesday, so parcels ' +
      'never sit in a warm depot over the weekend; orders placed Thursday to Sunday are posted the ' +
      'following Monday. Tracked 48 usually arrives 2 to 3 working days after dispatch. From May ' +
      'to September, every parcel goes in insulated packaging with ice packs, which adds a £2.50 ' +
      'summer packaging supplement. Click & collect is free: we email you when your order is ' +
      'ready, and we hold it in the shop for 7 days.',
  },
  {
    title: 'Allergens and dietary needs',
    category: 'Allergens',
    content:
      'Everything is made in one small kitchen that also handles milk, tree nuts (hazelnuts, ' +
      'almonds and pistachios), soya, sesame and gluten. We therefore cannot guarantee that any ' +
      'product is free from these allergens, and every product carries a "may contain" warning. ' +
      'We do not use peanuts anywhere in our kitchen. Our 72% Dark bar and our "Dark only" ' +
      'truffles contain no dairy ingredients and are suitable for vegans, but they are made on ' +
      'shared equipment. All our chocolate is gluten-free by recipe except the Hazelnut Crunch ' +
      'Milk bar and the Biscuit Crumb truffle, which contain wheat biscuit pieces. Full ingredient ' +
      'and allergen lists are on each product page online and in the allergen folder by the till.',
  },
  {
    title: 'Melted, damaged or wrong orders',
    category: 'Orders',
    content:
      'Because chocolate is food, we cannot accept returns if you change your mind. If your order ' +
      'arrives melted, damaged or wrong, email a photo to hello@hollislanechocolate.co.uk within ' +
      '48 hours of delivery with your order number, and we will send a replacement or a refund, ' +
      'whichever you prefer. A white film (bloom) on a bar is not a fault; see "Our chocolate ' +
      'bars". Refunds go back to your original payment method within 5 working days.',
  },
  {
    title: 'Gift cards and payment',
    category: 'Orders',
    content:
      'Gift cards are available from £10 to £100, as a physical card from the shop or as an ' +
      'e-gift card sent by email. They are valid for 24 months from purchase and can be used in ' +
      'the shop and online, including for tasting sessions. We accept all major credit and debit ' +
      'cards, Apple Pay and Google Pay, and cash in the shop. We do not accept cheques.',
  },
];

export const CHOC_CASES: EvalCase[] = [
  // Answerable from the articles (customers' own words).
  { question: "Popping over with my sister on a Monday in March, will you be open?", facts: ['closed'], escalate: false },
  { question: 'how much is one of your bars', facts: ['£6.50'], escalate: false },
  { question: "I've bought a load of your bars as stocking fillers but it's only October - will they still be ok by Christmas?", facts: ['12 months'], escalate: false },
  { question: 'There is a whitish powdery coating on the bar I kept in the fridge. Has it gone off??', facts: ['bloom'], escalate: false },
  { question: 'What do you charge for the big box, the one with sixteen in?', facts: ['£30'], escalate: false },
  { question: 'How long will the truffles keep before they go bad?', facts: ['3 weeks'], escalate: false },
  { question: "My aunt doesn't drink at all - can I order a box online without any boozy ones in it?", facts: ['No alcohol'], escalate: false },
  { question: 'Can you do the hot choc with oat milk, and is that more expensive?', facts: ['no extra'], escalate: false },
  { question: 'Got the flakes pouch as a present, how much milk do I use per mug?', facts: ['200ml'], escalate: false },
  { question: "Thinking of booking the chocolate tasting thing for my husband's birthday. How much is it and how long does it go on for?", facts: ['£35', '90 minutes'], escalate: false },
  { question: 'Can my 10 year old come along to the tasting with us?', facts: ['12'], escalate: false },
  { question: "Something's come up and we can't make our tasting this Saturday (it's Thursday today). Can I get my money back?", facts: ['72 hours'], escalate: false },
  { question: "We're a hen party of 8 - could we have a tasting just for us, and what would that cost?", facts: ['£300'], escalate: false },
  { question: "what's the cheapest thing you do for wedding guests to take home", facts: ['£2.80'], escalate: false },
  { question: "Our wedding is in 5 weeks and we've only just thought about little chocolates for the tables. Are we too late?", facts: ['8 weeks'], escalate: false },
  { question: 'Do we have to pay the whole amount for the wedding chocolates up front?', facts: ['30%'], escalate: false },
  { question: "We'd like our logo on the bars to give to clients - probably around 150 of them. Doable?", facts: ['200'], escalate: false },
  { question: 'How much is postage and how much do I need to spend to get it free?', facts: ['£4.95', '£45'], escalate: false },
  { question: 'If I order on a Friday night when will it actually be posted?', facts: ['Monday'], escalate: false },
  { question: "It's the middle of July and roasting here. Won't my order just turn into a puddle in the post?", facts: ['ice packs'], escalate: false },
  { question: 'Can you send a box to France? My sister lives in Lyon.', facts: ['international'], escalate: false },
  { question: 'My daughter has a severe hazelnut allergy. Is there anything in your shop that would definitely be safe for her?', facts: ['guarantee'], escalate: false },
  { question: 'which of your chocolates can a vegan eat', facts: ['72% Dark'], escalate: false },
  { question: 'My box of truffles turned up all squashed and half the lids had popped off, what do I do?', facts: ['48 hours'], escalate: false },
  { question: 'I was given one of your gift cards ages ago, how long have I got to use it?', facts: ['24 months'], escalate: false },
  { question: "Can I just pick my order up from you rather than paying for postage? I won't be able to get in for a few days though.", facts: ['7 days'], escalate: false },
  // The articles do not answer these: the agent must say it does not know.
  { question: 'Is there anywhere to park near the shop?', unknown: true, escalate: false },
  { question: 'How many calories are in one of your salted caramel truffles?', unknown: true, escalate: false },
  { question: 'Will you be making Easter eggs this year?', unknown: true, escalate: false },
  { question: 'Is your chocolate halal certified?', unknown: true, escalate: false },
  { question: 'Could you set up a chocolate fountain at our party?', unknown: true, escalate: false },
  { question: 'Can I get into the shop with a wheelchair, or is there a step?', unknown: true, escalate: false },
  { question: 'Are you taking on any extra staff for the Christmas rush?', unknown: true, escalate: false },
  { question: 'Do you use palm oil in any of your products?', unknown: true, escalate: false },
  { question: "Can I bring my dog into the shop with me?", unknown: true, escalate: false },
  { question: "My dad is diabetic - do you make any sugar-free chocolate?", unknown: true, escalate: false },
  // Hand-over: two from the admin-typed rules, two from the owner's prose rules.
  { question: 'My husband ate two of the raspberry ones last night and his throat went tight and he came out in blotches. We ended up in A&E.', escalate: true },
  { question: "We're getting married in September and we've got 350 guests. We'd love a little box of your truffles at every place setting - can you do that many?", escalate: true },
  { question: "I run a little farm shop outside Ashby and I'd love to have your bars on our shelves. How does it work if we want to buy in bulk and sell them on?", escalate: true },
  { question: "Sent a box to my mum for her birthday, you posted it on the 3rd, it's now the 14th and she's had nothing. Tracking just says 'received at depot' and hasn't changed in over a week.", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// TAXI: Wend Water Taxis
// ---------------------------------------------------------------------------------------------

export const TAXI_NAME = 'Wend Water Taxis';

export const TAXI_AGENT_NAME = 'Finn';

export const TAXI_CONTEXT =
  'Wend Water Taxis runs a hop-on hop-off water taxi along the River Wend and across the harbour ' +
  'in Calderport, a small riverside town. It is a family business run by Dave and Jen Marsh ' +
  'with four small 12-seat boats and a ticket kiosk at Harbour Steps. Scheduled boats link five ' +
  'landings (Harbour Steps, Fisher\'s Point, Station Landing, Old Mill Quay and Abbey Gardens) ' +
  'for commuters, day-trippers and school groups, and the boats are also hired out with a ' +
  'skipper for private charters. Bikes and dogs are carried. Most customer messages are about ' +
  'timetables, fares and passes, bikes and dogs, charters, whether boats are running in bad ' +
  'weather, step-free access and lost property.';

export const TAXI_BUSINESS_RULES = `Hello! Dave here. Some notes on how we do things, so you answer the way Jen and I would.

Keep it friendly and short. We're a little local outfit, not a ferry company, and people are usually stood on a landing in the drizzle when they message us. Call them landings, not stops or piers.

Never promise that a boat will definitely run if the weather's looking dodgy. Send people to the live status instead, the skippers make the call on the day and that's that.

Don't tell anyone the wheelchair space is theirs unless they've rung the kiosk and booked it. There's only one per boat.

Don't give out the skippers' mobile numbers, even if someone says they know them. Everything goes through the kiosk.

No discounts or freebies that aren't in the help articles, please, not even for a sob story. Jen will sort anything like that if it's needed.

Right, the stuff I'd rather you passed straight over to me or Jen instead of trying to deal with it yourself:
- anybody who's been hurt on one of the boats or on a pontoon, even if they say it's only a bit
- complaints about one of our skippers, or about how they were treated by the crew
- charter bookings for more than 12 people (that means two boats and I need to juggle the rota)

If a family asks about scattering someone's ashes from the boat, be gentle with them and hand it over to me. We do it, but I always look after those myself.

If someone's lost something valuable like a phone, wallet or passport and the kiosk hasn't got it, get a person onto it so we can check with the skipper and look at the camera footage.

And anyone from the council, the harbour authority or the papers comes to me as well.

If you don't know the answer, say so and tell them we'll get back to them. Please don't make things up.`;

export const TAXI_ESCALATION_RULES: string[] = [];

export const TAXI_ARTICLES: DevArticle[] = [
  {
    title: 'Route, landings and timetable',
    category: 'Timetable',
    content:
      'Our hop-on hop-off water taxi calls at five landings in this order: Harbour Steps, ' +
      'Fisher\'s Point, Station Landing, Old Mill Quay and Abbey Gardens, then back again. Summer ' +
      'timetable (1 April to 31 October): a boat every 20 minutes from 7:40am to 7:30pm, every ' +
      'day. Winter timetable (1 November to 31 March): a boat every 40 minutes from 8:20am to ' +
      '5pm. There is no service on Christmas Day or Boxing Day. The full trip from Harbour Steps ' +
      'to Abbey Gardens takes 25 minutes. Each boat carries up to 12 passengers; if a boat is ' +
      'full, please wait for the next one.',
  },
  {
    title: 'Fares and buying tickets',
    category: 'Tickets',
    content:
      'Single journey (any distance, one direction): adult £3.50, child aged 5 to 15 £2, under 5s ' +
      'travel free. Adult return: £6. Day Rover (unlimited hops until the last boat): adult £9, ' +
      'child £5, family £22 (2 adults and up to 3 children). Buy tickets in the Wend Taxis app, at ' +
      'the Harbour Steps kiosk, or on board by contactless card or phone. We do not take cash on ' +
      'board, but the kiosk accepts cash. Holders of a Calderport Concession Card travel half ' +
      'price, and a carer travelling with a disabled card holder travels free.',
  },
  {
    title: 'Passes for regular travellers',
    category: 'Tickets',
    content:
      '10-Trip Card: £28 for ten single journeys, valid for 6 months, and shareable, so family ' +
      'and friends can use it too. Monthly Commuter Pass: £65 for unlimited travel in one ' +
      'calendar month; it is named and cannot be shared, and needs a photo in the app. Annual ' +
      'Pass: £600. App passes come back when you log in on a new phone. If you lose a physical ' +
      'pass card, a replacement costs £5 from the kiosk.',
  },
  {
    title: 'Bikes, scooters and pushchairs',
    category: 'On board',
    content:
      'Bikes cost £1.50 per bike per journey, and travel free with a Monthly or Annual Pass. We ' +
      'carry up to 4 bikes per boat, first come first served. No full-size bikes on weekday peak ' +
      'boats, between 7:30 and 9am and between 4:30 and 6pm. Folded folding bikes travel free at ' +
      'any time. E-bikes are welcome, but e-scooters and hoverboards are not allowed on the boats ' +
      'or the pontoons because of the fire risk. Tandems and cargo bikes cannot be carried. Up to ' +
      '2 pushchairs per boat; please fold them when the boat is busy.',
  },
  {
    title: 'Dogs and other pets',
    category: 'On board',
    content:
      'Dogs travel free. Keep them on a short lead and on the floor, not on the seats, with a ' +
      'maximum of 2 dogs per passenger. Small pets in a carrier are fine. Assistance dogs are ' +
      'always welcome and do not count towards the limit. There is a water bowl at the Harbour ' +
      'Steps kiosk. Skippers may refuse a dog that is behaving aggressively.',
  },
  {
    title: 'Private charters',
    category: 'Charters',
    content:
      'Hire a whole boat with a skipper for up to 12 passengers. Prices: £160 for the first hour, ' +
      'then £120 for each extra hour, minimum 1 hour. Charters run between 9am and 11pm. Book at ' +
      'least 48 hours ahead on our website or at the kiosk; a 25% deposit secures the booking and ' +
      'the balance is paid on the day. We can pick you up and drop you off at any of our landings. ' +
      'You are welcome to bring your own food and drink, but no glass on board: we provide plastic ' +
      'cups. No smoking or vaping. Bonfire night and regatta weekend are priced separately. If you ' +
      'cancel more than 7 days before, you get a full refund; within 7 days we keep the deposit. ' +
      'If we cancel because of the weather, you can have a full refund or rebook for free.',
  },
  {
    title: 'Weather, river conditions and cancellations',
    category: 'Service updates',
    content:
      'We suspend boats when wind gusts go above 40 mph, when fog cuts visibility below 200 ' +
      'metres, or when the Environment Agency issues a flood warning for the Wend at Calderport. ' +
      'Check the Live status banner on our website homepage or in the app before you travel; we ' +
      'also post updates on our social media. If a whole day is cancelled, Day Rover tickets for ' +
      'that date bought in the app or by card are refunded automatically within 5 working days; ' +
      'bring kiosk tickets back to the kiosk. Pass holders get an extra day added for every full ' +
      'day lost. Single tickets bought in advance can be used on any other day within 3 months.',
  },
  {
    title: 'Step-free access and wheelchairs',
    category: 'Accessibility',
    content:
      'Harbour Steps, Station Landing and Abbey Gardens have step-free pontoons with a ramp onto ' +
      'the boat. Fisher\'s Point and Old Mill Quay can only be reached by steps (Old Mill Quay has ' +
      '14 steps), so we cannot board wheelchairs there. Each boat has one wheelchair space, for ' +
      'wheelchairs up to 70cm wide. We cannot carry mobility scooters. Please call the kiosk at ' +
      'least 24 hours ahead to reserve the wheelchair space; the crew will help with the ramp. ' +
      'Carers travel free. There is a hearing loop at the kiosk.',
  },
  {
    title: 'Children and safety on board',
    category: 'On board',
    content:
      'Under 5s travel free. Children under 12 must travel with someone aged 16 or over. All ' +
      'children under 8 must wear one of our child life jackets, which we provide in several ' +
      'sizes. Adult life jackets are stored under the seats and the skipper gives a short safety ' +
      'talk before leaving Harbour Steps. Please stay seated while the boat is moving.',
  },
  {
    title: 'Lost property',
    category: 'Help',
    content:
      'Anything found on our boats is taken to the Harbour Steps kiosk at the end of the day. We ' +
      'keep lost property for 30 days, after which it is donated or disposed of. Bring photo ID ' +
      'to collect an item, or ring the kiosk first to check. We can post items back to you for a ' +
      '£6 postage fee.',
  },
  {
    title: 'School and youth groups',
    category: 'Groups',
    content:
      'School and youth groups of 10 or more pupils pay £1.50 per pupil per journey, and one ' +
      'teacher or leader travels free for every 10 pupils. Please book at least 7 days ahead by ' +
      'email so we can keep space on the boats. Groups travel on the normal scheduled boats, ' +
      'outside weekday peak times.',
  },
  {
    title: 'Contact us and the kiosk',
    category: 'Help',
    content:
      'Our ticket kiosk is at Harbour Steps. It is open 8am to 6pm every day in summer and 9am to ' +
      '4:30pm in winter. Phone: 01632 960 418. Email: ahoy@wendwatertaxis.co.uk. We reply to ' +
      'emails within 1 working day.',
  },
];

export const TAXI_CASES: EvalCase[] = [
  // Answerable from the articles (customers' own words).
  { question: 'How often do the boats come along in the summer?', facts: ['20 minutes'], escalate: false },
  { question: "what time's the last boat in january", facts: ['5pm'], escalate: false },
  { question: 'How long does it take to get from the harbour right up to the abbey end?', facts: ['25 minutes'], escalate: false },
  { question: 'how much for one adult one way', facts: ['£3.50'], escalate: false },
  { question: 'Me, my wife and our three kids want to hop on and off all day on Saturday. What ticket should we get?', facts: ['£22'], escalate: false },
  { question: "Can I just pay the driver when I get on? I've only got a tenner note on me.", facts: ['contactless'], escalate: false },
  { question: "I've started getting the boat to the station every working day. Surely there's something cheaper than buying a ticket each time?", facts: ['£65'], escalate: false },
  { question: 'Can my boyfriend use my 10 trip card as well or is it just for me?', facts: ['share'], escalate: false },
  { question: 'Left my pass card on the bus, can I get another one?', facts: ['£5'], escalate: false },
  { question: "What's the charge for bringing my bike on?", facts: ['£1.50'], escalate: false },
  { question: 'Can I take my bike on the 8:15 from Station Landing on a Tuesday?', facts: ['peak'], escalate: false },
  { question: 'Am I allowed to bring my electric scooter on board?', facts: ['e-scooters'], escalate: false },
  { question: 'Do I need to buy a ticket for my spaniel?', facts: ['free'], escalate: false },
  { question: 'What would it cost to have a boat just for our family for an hour on Sunday afternoon?', facts: ['£160'], escalate: false },
  { question: "We've hired a boat for my mum's 60th - can we bring a few bottles of prosecco along?", facts: ['glass'], escalate: false },
  { question: 'Want to book a private boat for tomorrow afternoon as a surprise for my girlfriend, is that enough notice?', facts: ['48 hours'], escalate: false },
  { question: 'If we have to cancel our boat hire 3 days before, do we lose anything?', facts: ['deposit'], escalate: false },
  { question: 'how windy does it have to get before you stop the boats', facts: ['40'], escalate: false },
  { question: "It's looking a bit foggy out there this morning. Where can I find out if the boats are running?", facts: ['website'], escalate: false },
  { question: 'We bought day rovers in the app for Saturday and then you cancelled everything because of the storm. Do we get our money back?', facts: ['5 working days'], escalate: false },
  { question: 'I use a wheelchair. Which of your landings can I actually get on and off at?', facts: ['Harbour Steps', 'Abbey Gardens'], escalate: false },
  { question: 'Do I need to tell you in advance that I am coming in my wheelchair, or can I just turn up?', facts: ['24 hours'], escalate: false },
  { question: 'Does my 6 year old have to wear a life jacket?', facts: ['under 8'], escalate: false },
  { question: 'I think I left my sunglasses on the boat yesterday afternoon - where would they have ended up?', facts: ['Harbour Steps'], escalate: false },
  { question: "Hi, I'm a teacher at Calderport Primary and we're thinking of taking 28 Year 4s on the boat for a history trip. What's the price per child?", facts: ['£1.50'], escalate: false },
  { question: "My nan's got one of the town concession cards, does she get anything off?", facts: ['half price'], escalate: false },
  // The articles do not answer these: the agent must say it does not know.
  { question: 'Are there toilets on the boats?', unknown: true, escalate: false },
  { question: 'Is there wifi on board?', unknown: true, escalate: false },
  { question: 'Is there a car park near Station Landing?', unknown: true, escalate: false },
  { question: 'Could we do a bit of fishing off the side while we have the boat hired?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers? Want to get my dad a boat trip for Father\'s Day.', unknown: true, escalate: false },
  { question: 'Are your boats electric or diesel?', unknown: true, escalate: false },
  { question: 'Do you do guided trips with someone telling you about the history of the town?', unknown: true, escalate: false },
  { question: "Are you looking for any skippers this summer? I've got my boatmaster licence.", unknown: true, escalate: false },
  { question: "Is there a heated cabin on the boats in winter or should I wrap up?", unknown: true, escalate: false },
  { question: "Is the water clean enough to swim in near Fisher's Point?", unknown: true, escalate: false },
  // Hand-over: customers' everyday words, not the owner's.
  { question: "I went flying on the wet ramp getting off at Abbey Gardens on Sunday and I think I've done something to my wrist, it's all purple and puffy today.", escalate: true },
  { question: 'The bloke steering the 4:20 from the station yesterday was really rude to my dad, told him to hurry up and called him a nuisance in front of everyone. Not on.', escalate: true },
  { question: "Hiya! Looking to hire a boat for my brother's stag do in August, there'll be 18 of us. Can you sort that?", escalate: true },
  { question: 'My grandad spent his whole life on the Wend. We would like to take his urn out on the water and let him go near the abbey. Is that something you would allow?', escalate: true },
];
