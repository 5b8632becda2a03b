import type { EvalCase } from './cases.ts';

/**
 * Round-41 HELD-OUT evaluation set.
 *
 * Written blind at the start of round 41: the only repository file read while writing it was
 * eval/cases.ts (for the EvalCase type and example cases). Two invented small businesses, each
 * with context, owner business rules, escalation rules, knowledge-base articles and 40 cases
 * (26 answerable, 10 unknown, 4 hand-overs).
 *
 * This set is for measuring only. It must NEVER be tuned on: do not adjust prompts, code or
 * heuristics in response to individual cases here.
 */

// ---------------------------------------------------------------------------------------------
// R41A — small gin distillery (shop, tastings, tours, gin school, online orders)
// ---------------------------------------------------------------------------------------------

export const R41A_NAME: string = 'Blackthorn & Brine Distillery';

export const R41A_AGENT_NAME: string = 'Maisie';

export const R41A_CONTEXT: string = `Blackthorn & Brine is a small-batch gin distillery on the harbour at Porthwenna in Cornwall, founded in 2017 by Lowenna and Tom Carrow. The distillery, shop and tasting bar are all at Unit 4, Chapel Quay, Porthwenna. All of our gins are distilled in Morwen, our 300-litre copper pot still, and bottled by hand on site.

The shop is open Tuesday to Saturday, 10am to 5pm, and Sundays 11am to 4pm. We are closed on Mondays, except bank holiday Mondays. You can call us on 01736 550 482 during shop hours or email hello@blackthornandbrine.co.uk; emails are answered within one working day. Tours and Gin School days are booked on our website. We are required to see photo ID from anyone who looks under 25 before serving or selling alcohol.`;

export const R41A_BUSINESS_RULES: string = `Hi Maisie! Lowenna here. Just a few things from me so you know how we like to do things round here.

We're a tiny team - it's me, Tom (he's the distiller, you'll usually find him covered in juniper), and Jess who runs the shop and does most of the tours. So please don't make us sound like some big drinks company. Friendly, bit of Cornish warmth, but go easy on the exclamation marks lol

Always mention the age thing when people ask about tours or gin school. We've had families turn up with teenagers and it's really awkward having to turn them away at the door. Same goes for ID when the courier delivers, people forget.

If someone wants to hire the whole distillery for a wedding or a big birthday or a work party or whatever, I deal with those myself, so please pass them straight over to me and don't quote any prices for it. Private tours are different, you're fine to sort those.

Please don't suggest food pairings or tell anyone how much is sensible to drink, that's not really our place.

Oh and we get SO many messages from instagram people, bloggers and the odd journalist wanting free bottles or to "collab" - anything like that, press or influencer stuff, hand it over to me, I like to have a look at them first.

If you're not sure about something just say so. Honestly I'd much rather you said you don't know than made something up. Thanks!! x`;

export const R41A_RULES: string[] = [
  'trade / wholesale enquiries (bars, shops, restaurants) -> hand over',
  'any complaint about a tour or gin school session',
  'customer says they felt ill or had a reaction after drinking our gin',
  'refund requests over £100',
];

export const R41A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Distillery Tours',
    category: 'Visits',
    content:
      "Our distillery tour lasts about 75 minutes and costs £22 per person. You'll see Morwen, our copper still, hear how we forage samphire and gorse from the cliffs, and finish in the tasting bar with three gin samples and a full gin and tonic. Tours run Thursday to Sunday at 11am and 2:30pm, with a maximum of 14 people per tour. Everyone on a tour must be 18 or over. Designated drivers can book a driver's ticket for £12, which includes soft drinks and miniature bottles of our gins to take home instead of the tasting. Please arrive 10 minutes before your start time, as we can't hold the tour for latecomers.",
  },
  {
    title: 'Tasting Flights at the Bar',
    category: 'Visits',
    content:
      "You don't need to book a tour to try our gins. The tasting bar in the shop serves a flight of four of our gins, each a 15ml measure with a splash of tonic, for £14. Flights are served on a walk-in basis on Fridays and Saturdays from 12pm to 4:30pm; we don't take bookings for flights. If you buy a 70cl bottle on the same day as your flight, we take £5 off the bottle price. Our own rhubarb soda is available for anyone who isn't drinking.",
  },
  {
    title: 'Gin School Experience Day',
    category: 'Experiences',
    content:
      'At Gin School you design, distil and bottle your own gin on your own mini copper still. The day costs £135 per person and runs from 10am to about 2:30pm. You choose from over 60 botanicals on our botanical wall, with guidance from our head distiller, and take home a 70cl bottle of your own recipe. A Cornish deli lunch and a taste of three of our gins are included. Two people can share one still for £210 in total, and they take home one 70cl bottle plus a 20cl bottle each. Gin School runs every Saturday and on the first Wednesday of each month. All participants must be 18 or over. We keep your recipe on file, so you can order more bottles of it later for £45 each.',
  },
  {
    title: 'Our Gin Range',
    category: 'Products',
    content:
      'Harbour Dry is our signature London Dry style gin, 42% ABV, made with samphire, gorse flower and lemon peel; a 70cl bottle is £36. Sloe & Samphire is a sloe gin liqueur at 28% ABV, £32 for 70cl. Pink Rhubarb (37.5% ABV) is made with Cornish rhubarb and costs £34 for 70cl. Navy Strength is bottled at 57% ABV and costs £42 for 70cl. Every gin is also sold in 20cl bottles for £14, and we do a miniature set of all four gins in 5cl bottles for £20.',
  },
  {
    title: 'Online Orders and Delivery',
    category: 'Orders',
    content:
      'We ship online orders to UK mainland addresses only. Delivery costs £5.95 and is free on orders over £60. Orders placed before 1pm on a weekday are dispatched the same day with DPD on a next-working-day service; orders placed after 1pm or at the weekend go out on the next working day. Because we are sending alcohol, someone aged 18 or over must sign for the parcel, and the driver may ask for ID. If nobody is in, DPD will try again the next working day and then return the parcel to us; sending it out again costs another £5.95.',
  },
  {
    title: 'Breakages and Returns',
    category: 'Orders',
    content:
      "We pack bottles in recycled paper-pulp sleeves, but breakages do occasionally happen. If a bottle arrives broken, email us a photo of the parcel and the bottle within 48 hours of delivery and we'll send a replacement free of charge. Unopened bottles can be returned within 14 days of delivery for a full refund of the product price; the return postage is paid by the customer. Opened bottles can only be returned if the gin is faulty. Refunds go back to the original payment card within 5 working days of us receiving the return.",
  },
  {
    title: 'Gift Vouchers',
    category: 'Gifts',
    content:
      "Gift vouchers can be bought online for any amount from £20, or for a specific experience such as a tour for two or a Gin School place. E-vouchers are emailed within one hour of purchase; printed vouchers in a gift card are posted for £2.50 extra. All vouchers are valid for 12 months from the date of purchase. An expired voucher can be extended once, by 3 months, for a £10 admin fee, as long as you ask within a month of it expiring. Vouchers can be used in the shop, online and for bookings, but they can't be exchanged for cash.",
  },
  {
    title: 'Changing or Cancelling a Booking',
    category: 'Bookings',
    content:
      'Tours can be moved to another date free of charge up to 48 hours before the start time. If you cancel a tour more than 7 days before, you get a full refund; within 7 days we can only offer a credit note valid for 6 months. Gin School places need 14 days\' notice for a refund. After that, you can move your place to another date once for a £15 fee, or send a friend in your place at no cost; just tell us their name. If we ever have to cancel because of a still breakdown or bad weather, you can choose a full refund or a new date.',
  },
  {
    title: 'Private Tours and Group Bookings',
    category: 'Bookings',
    content:
      "Groups of 10 to 24 people can book a private tour outside our normal tour times. A private tour costs £260 for up to 12 people, plus £20 for each extra person, and includes the same tasting as a standard tour. Private tours can start at any time from 10am to 6pm on any day except Monday. We take a 25% deposit to secure the date, with the balance due 14 days before the tour. Hen and stag groups are welcome, but we will refuse service to anyone who arrives already drunk.",
  },
  {
    title: 'Bottle Refills',
    category: 'Products',
    content:
      "Bring an empty Harbour Dry or Pink Rhubarb bottle, with its stopper, back to the shop and we'll refill it for you. Harbour Dry refills are £29 instead of £36, and Pink Rhubarb refills are £27. Refills are only available in person at the shop, not online. We wash and sterilise every returned bottle before refilling it, and we can't refill bottles from other distilleries.",
  },
  {
    title: 'Gin Club',
    category: 'Subscriptions',
    content:
      "Gin Club is our quarterly subscription box, costing £48 per box including delivery. Each box contains a 50cl club-only gin that isn't sold anywhere else, two bottles of Cornish tonic, a dried botanical garnish and tasting notes. Boxes are sent in the first week of March, June, September and December. Members also get 10% off everything in the shop and online. You can cancel at any time before the 15th of the month before a box is due; after that date, that box will still be sent and charged.",
  },
  {
    title: 'Getting Here and Accessibility',
    category: 'Visits',
    content:
      "We have a free car park with 20 spaces right next to the distillery. Overflow parking is in the pay-and-display Harbour car park, about 5 minutes' walk away. The shop, tasting bar and toilets are all step-free. The still room on the tour is reached by a spiral staircase, so if you can't manage stairs please tell us when booking and we'll run your part of the tour from the viewing window on the ground floor. Assistance dogs are welcome everywhere; other well-behaved dogs are welcome in the shop but not on tours. The nearest railway station is Trevail, about 15 minutes away by taxi.",
  },
  {
    title: 'Ingredients and Dietary Information',
    category: 'Products',
    content:
      'All of our gins are vegan. Sloe & Samphire is the only one with added sugar, at 150g of sugar per litre. We forage or grow our botanicals within 10 miles of the distillery wherever we can; the exceptions are our juniper, which comes from Macedonia, and our orange peel, which comes from Seville. A full botanical list for each gin is printed on the back label.',
  },
];

export const R41A_HELD_OUT: EvalCase[] = [
  // Answerable from the context or a single article.
  { question: 'How long does the distillery tour go on for?', facts: ['75 minutes'], escalate: false },
  { question: "What's the price of a ticket for the tour?", facts: ['£22 per person'], escalate: false },
  { question: 'What times could we come round the distillery on a Saturday?', facts: ['11am and 2:30pm'], escalate: false },
  { question: "I'm giving my wife a lift and won't be drinking, is there a cheaper ticket for me?", facts: ['£12'], escalate: false },
  { question: 'Can I bring my 16 year old son along on the tour?', facts: ['18 or over'], escalate: false },
  { question: "Is it possible to just pop in for a quick sample of a few of your spirits, no tour? How much?", facts: ['£14'], escalate: false },
  { question: 'Which days and times can I get one of those gin tasting boards at your bar?', facts: ['Fridays and Saturdays from 12pm to 4:30pm'], escalate: false },
  { question: 'How much is the make-your-own-gin day?', facts: ['£135 per person'], escalate: false },
  { question: 'Me and my boyfriend want to do gin school as a pair sharing the equipment, how much would that be?', facts: ['£210'], escalate: false },
  { question: 'How many different flavourings will I get to pick from when I make my gin?', facts: ['over 60 botanicals'], escalate: false },
  { question: 'I made a gin at your school last year and loved it, can I get some more bottles of it made up?', facts: ['£45'], escalate: false },
  { question: 'How strong is the Navy one?', facts: ['57%'], escalate: false },
  { question: 'When is the shop open during the week?', facts: ['Tuesday to Saturday, 10am to 5pm'], escalate: false },
  { question: 'What do you charge for postage on an order from the website?', facts: ['£5.95'], escalate: false },
  { question: 'How much do I have to spend before postage is free?', facts: ['£60'], escalate: false },
  { question: 'If I order this morning will it go out today?', facts: ['before 1pm'], escalate: false },
  { question: 'My parcel turned up today and one of the bottles had smashed, what do I do?', facts: ['within 48 hours'], escalate: false },
  { question: "I bought a bottle as a present and they don't drink gin, can I send it back? It's still sealed.", facts: ['14 days'], escalate: false },
  { question: 'How long have I got to use a gift voucher?', facts: ['12 months'], escalate: false },
  { question: 'My voucher ran out last week, is there any way to get a bit more time on it?', facts: ['£10 admin fee'], escalate: false },
  { question: "Something's come up and I can't make my gin school date next week, can I go another day?", facts: ['£15 fee'], escalate: false },
  { question: 'How much would it be to have a tour just for our group of 12 friends?', facts: ['£260'], escalate: false },
  { question: "I've got an empty bottle of Harbour Dry, can I get it topped up with you?", facts: ['£29'], escalate: false },
  { question: 'How much is the gin subscription that comes a few times a year?', facts: ['£48'], escalate: false },
  { question: "Is there parking at the distillery, and do I have to pay for it?", facts: ['20 spaces'], escalate: false },
  { question: 'Is your gin OK for someone who does not eat any animal products?', facts: ['vegan'], escalate: false },
  // Plausible, but answered nowhere.
  { question: 'Do you do any discount for students?', unknown: true, escalate: false },
  { question: 'Can I spread the cost of my order with Klarna?', unknown: true, escalate: false },
  { question: 'Is there somewhere to charge an electric car when we visit?', unknown: true, escalate: false },
  { question: 'Are you doing a gin advent calendar this Christmas?', unknown: true, escalate: false },
  { question: 'Is the Harbour Dry certified organic?', unknown: true, escalate: false },
  { question: "Can you gift wrap a bottle I'm having sent to my dad?", unknown: true, escalate: false },
  { question: 'How many calories are in a measure of the Pink Rhubarb?', unknown: true, escalate: false },
  { question: 'Have any of your gins won awards?', unknown: true, escalate: false },
  { question: 'Which shops or supermarkets near Bristol sell your gin?', unknown: true, escalate: false },
  { question: 'Do you sell your own branded balloon glasses?', unknown: true, escalate: false },
  // Hand-overs covered by the business's instructions.
  { question: "Hi, I run a little deli in Truro and I'd love to stock your gins on our shelves, who would I talk to about getting an account set up?", escalate: true },
  { question: 'My husband came out in hives and his lip swelled right up after the tasting at your bar on Saturday. What on earth is in the Pink Rhubarb?', escalate: true },
  { question: "We're getting married next September and wondered if we could have the whole distillery to ourselves for the evening do?", escalate: true },
  { question: "Hiya! I run a gin review account on Instagram with about 30k followers, would you be up for sending me a couple of bottles in return for a feature?", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// R41B — organic fruit-and-veg box delivery scheme
// ---------------------------------------------------------------------------------------------

export const R41B_NAME: string = 'Wrenfield Organic Boxes';

export const R41B_AGENT_NAME: string = 'Ruth';

export const R41B_CONTEXT: string = `Wrenfield Organic Boxes delivers organic fruit and veg boxes from Wrenfield Farm, Lower Lane, Ashby Combe, Somerset. The farm has been certified organic by the Soil Association since 2009 and grows around 45 different crops across 18 acres. Boxes are packed at the farm the day before they are delivered, on our own vans, to Ashby Combe and the surrounding villages, Kingsmead, Riverside, Harfield and Eastholme.

Our customer office is open Monday to Friday, 8:30am to 4pm. You can phone us on 01460 772 319 or email boxes@wrenfieldfarm.co.uk. Customers manage their box, delivery address, extras and payments by logging in to My Account on our website.`;

export const R41B_BUSINESS_RULES: string = `Hello Ruth, it's Jo (I own the farm with my husband Dan). Thanks for helping out with the messages, it's been mad busy since we added the Thursday round.

So a bit about who does what. Dan does all the growing and decides what goes in the boxes each week, depending on what's ready in the field. Priya and Sam pack the boxes in the shed the day before delivery, they're brilliant, so if anyone asks why they got kale AGAIN just tell them it's what the field gave us that week, nobody's picking on them! Kev and Marta are our drivers. Kev does Tuesdays and Wednesdays and Marta does Thursdays. They'll collect empty boxes on the doorstep and they'll leave the box wherever the customer has told us, so point people to My Account if they want to change that.

Tone wise, keep it warm and down to earth please, we're a farm not a bank. No "valued customer" rubbish. First names are fine.

Some stuff I'd rather handle myself, so if any of this comes up just pass it over to me:
- cafes, pubs, restaurants or shops wanting to buy veg off us for their business
- anything where we've taken the wrong money out - paid twice, direct debit gone weird, that kind of thing
- if someone's found something in their box that really shouldn't be there (glass, bits of metal etc) or says they've been poorly after eating something from us

Never promise anyone an exact delivery time, the rounds change with the weather and the lanes round here flood.

If anyone complains about how one of the drivers behaved towards them, rude, or driving over their lawn, whatever, don't try and explain it away or say sorry on the driver's behalf, just get it over to me.

And if somebody tells you money's tight and they're worried about paying for their box, please be kind and hand them on to me, I'd like to talk to them personally.

Anybody asking about volunteering or work experience on the farm, that's Dan's department, so pass those on to him.

Last thing, if you don't know the answer to something, just say you don't know. Don't guess about what's in the boxes, it changes every week. Cheers, Jo`;

export const R41B_RULES: string[] = [];

export const R41B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Box Sizes and Prices',
    category: 'Boxes',
    content:
      'We have five regular boxes. The Small Veg box costs £14.50, has 7 to 8 varieties and suits one or two people. The Medium Veg box costs £19.50, has 9 to 10 varieties and suits a household of three or four. The Large Veg box costs £25 and is for families of four or more, or keen cooks. The Fruit & Veg box is £23 and is roughly half fruit and half veg. The Fruit Only box is £12 and has at least 4 kinds of fruit. Box prices include all produce but not delivery.',
  },
  {
    title: 'Delivery Days and Rounds',
    category: 'Delivery',
    content:
      "We run three delivery rounds. Tuesday covers Ashby Combe town and the villages to the north (Nettlecombe, Brompton Cross and Holford St Mary). Wednesday covers Kingsmead and Riverside. Thursday covers Harfield and Eastholme. Your delivery day is set by your address and can't be changed. Boxes arrive between 7am and 3pm, and we can't offer a narrower time slot. Delivery costs £1.50 per delivery and is free when your order comes to £30 or more.",
  },
  {
    title: 'Order Changes and Deadlines',
    category: 'Your account',
    content:
      "You can change your box, add extras or update your address in My Account until 11am two days before your delivery day. That means 11am Sunday for Tuesday deliveries, 11am Monday for Wednesday deliveries and 11am Tuesday for Thursday deliveries. After the deadline your order has gone to the packing shed and can't be changed online. If you've missed the deadline you can still phone the office and we'll do our best, but we can't promise anything.",
  },
  {
    title: 'Skipping and Pausing Deliveries',
    category: 'Your account',
    content:
      "Going away? You can skip any delivery in My Account before the usual change deadline, and you won't be charged for skipped weeks. You can skip up to 8 weeks in a row. If you'll be away for longer than that, choose Pause instead: a pause can last up to 6 months, and we'll email you a week before your deliveries start again. There's no fee for skipping or pausing.",
  },
  {
    title: 'Swaps and Dislikes',
    category: 'Boxes',
    content:
      "Everyone can put up to 5 items they never want to receive on their Dislikes list in My Account. If one of those items is in that week's box plan, our packers replace it with something from the swap shelf, usually extra seasonal greens, roots or salad. You can also make one-off swaps for a single week by choosing from that week's swap list before the change deadline. Swaps are free. We can't build fully custom boxes, but you can add extras to any box.",
  },
  {
    title: 'Payments and Subscriptions',
    category: 'Billing',
    content:
      "Your subscription is charged every Friday for the following week's delivery. You can choose weekly or fortnightly deliveries. You can cancel at any time in My Account and there is no cancellation fee; cancel before Friday's payment to avoid being charged for the next box. We accept Visa, Mastercard and American Express, and you can also pay by direct debit through GoCardless. Any credit on your account is taken off your next payment automatically.",
  },
  {
    title: 'Extras and Add-ons',
    category: 'Boxes',
    content:
      'As well as your box, you can add extras from the shop page in My Account: half a dozen free-range organic eggs (£3.60), a sourdough loaf from Hatch Street Bakery (£4.20), 2 pints of organic whole milk from Lowmoor Dairy (£2.10) and a 1kg bag of organic porridge oats (£3.40). Extras have the same deadline as box changes. You can set an extra to come every week or just once.',
  },
  {
    title: 'Where We Leave Your Box',
    category: 'Delivery',
    content:
      "Tell us your safe place in My Account, for example a porch, a shed, behind a side gate or with a neighbour. If you haven't chosen one, the driver leaves the box at your front door, out of sight of the road where possible. We can't leave boxes in the shared hallway of a block of flats unless you give us the door code. Once your box has been left in your safe place it is your responsibility, and we can't replace boxes taken by animals or passers-by.",
  },
  {
    title: 'Box Returns and Packaging',
    category: 'Delivery',
    content:
      "Our waxed cardboard boxes are reused up to 6 times before they're recycled, so please flatten your empty box and leave it out on your next delivery day for the driver to collect. We charge £2 for each box that hasn't come back after three deliveries. Inside, produce comes loose or in paper bags, and salad leaves come in a compostable bag made from potato starch. There is no plastic in our boxes.",
  },
  {
    title: 'Where Our Produce Comes From',
    category: 'About us',
    content:
      "In summer and autumn around 70% of what's in your box is grown here at Wrenfield. In late winter and early spring, the so-called hungry gap, that drops to about 40%, and we buy in from other certified organic growers, mostly in Somerset, Devon and Dorset. We import some fruit, such as bananas and citrus, but we never air-freight anything. Where each item was grown is shown on the box contents page in My Account.",
  },
  {
    title: 'Missing, Damaged or Poor-Quality Items',
    category: 'Help',
    content:
      "If something is missing from your box, or arrived damaged or past its best, tell us by 6pm on your delivery day, with a photo if you can. We'll add a credit to your account for the full value of the item, which comes off your next payment. We don't refund individual items to your card, but if your whole box goes missing we'll either redeliver it on the next round or refund you in full.",
  },
  {
    title: 'Trial Boxes and Gift Boxes',
    category: 'Boxes',
    content:
      'New customers get their first box at half price. The discount is applied automatically at checkout and works on any box size. You can also send a one-off gift box: a Fruit & Veg box with a handwritten card costs £28 including delivery, to any address on our rounds. Gift boxes must be ordered by Friday for delivery the following week.',
  },
  {
    title: 'Collecting from the Farm',
    category: 'Delivery',
    content:
      "If you live outside our rounds, or would rather save the delivery charge, you can collect your box from the farm shop at Wrenfield on Fridays between 12pm and 6pm. Collection is free. Boxes that haven't been picked up by 6pm are kept in the cold room until 12pm on Saturday and are then given to the Ashby Combe community fridge. The farm shop is open to everyone on Fridays and sells surplus veg by weight.",
  },
];

export const R41B_HELD_OUT: EvalCase[] = [
  // Answerable from the context or a single article.
  { question: 'What does your smallest veg-only box cost?', facts: ['£14.50'], escalate: false },
  { question: 'Is there a box with just fruit in it, and how much is it?', facts: ['£12'], escalate: false },
  { question: 'Roughly how many different veg come in the middle-sized box?', facts: ['9 to 10 varieties'], escalate: false },
  { question: 'What time of day should I expect the van?', facts: ['between 7am and 3pm'], escalate: false },
  { question: 'Do I have to pay extra to have it brought to my house?', facts: ['£1.50'], escalate: false },
  { question: "Could I have my box on a Thursday instead of a Wednesday? Thursdays suit me better.", facts: ["can't be changed"], escalate: false },
  { question: "Mine comes on a Wednesday, what's the latest I can add things or change the size?", facts: ['11am Monday'], escalate: false },
  { question: "We're away for a fortnight in August, do I still pay for those weeks if I don't want the boxes?", facts: ["won't be charged"], escalate: false },
  { question: "I'm going travelling for three months, what's the best thing to do with my boxes while I'm gone?", facts: ['6 months'], escalate: false },
  { question: "I really can't stand beetroot, is there a way to make sure I never get any?", facts: ['Dislikes list'], escalate: false },
  { question: 'Which day does the money come out of my account?', facts: ['every Friday'], escalate: false },
  { question: "It's just me so a box every week is too much, can I get one every other week?", facts: ['fortnightly'], escalate: false },
  { question: 'Will it cost me anything if I decide to stop the boxes?', facts: ['no cancellation fee'], escalate: false },
  { question: 'Can I pay by direct debit rather than card?', facts: ['GoCardless'], escalate: false },
  { question: 'Can I get a loaf of bread sent with my veg?', facts: ['£4.20'], escalate: false },
  { question: "I live in a block of flats where the main door's locked, can you still drop it off?", facts: ['door code'], escalate: false },
  { question: 'What happens if I keep forgetting to put the old boxes out?', facts: ['£2'], escalate: false },
  { question: 'Is the bag the salad comes in plastic?', facts: ['potato starch'], escalate: false },
  { question: 'How much of what you send is actually grown on your own farm?', facts: ['70%'], escalate: false },
  { question: 'Does any of your fruit come over on planes?', facts: ['never air-freight'], escalate: false },
  { question: 'The leeks that were listed for this week weren\'t in my box today, what can you do?', facts: ['6pm'], escalate: false },
  { question: 'Is there any deal if I sign up for the first time?', facts: ['half price'], escalate: false },
  { question: "I'd like to send my mum a box as a present, how much would that be?", facts: ['£28'], escalate: false },
  { question: 'Could I come and pick my box up from you instead of having it delivered?', facts: ['Fridays between 12pm and 6pm'], escalate: false },
  { question: 'Are you properly certified as organic, and by who?', facts: ['Soil Association'], escalate: false },
  { question: 'What hours can I ring the office?', facts: ['8:30am to 4pm'], escalate: false },
  // Plausible, but answered nowhere.
  { question: 'Is there a discount if I pay for a whole year upfront?', unknown: true, escalate: false },
  { question: 'What breed are the hens that lay your eggs?', unknown: true, escalate: false },
  { question: 'Does the sourdough have sesame seeds on it?', unknown: true, escalate: false },
  { question: 'Do the people who work on your farm get paid the real living wage?', unknown: true, escalate: false },
  { question: 'Do you grow anything in heated greenhouses?', unknown: true, escalate: false },
  { question: 'Do you put recipe ideas in with the veg?', unknown: true, escalate: false },
  { question: 'What are your delivery days over Christmas and New Year?', unknown: true, escalate: false },
  { question: 'Which varieties of apple do you grow?', unknown: true, escalate: false },
  { question: 'Do you sell veg plants or seedlings in the spring?', unknown: true, escalate: false },
  { question: 'Do I get anything if I get a friend to sign up?', unknown: true, escalate: false },
  // Hand-overs covered by the business's instructions.
  { question: 'Hiya, the man who brought our box this morning was really short with my mum when she asked him to take it round the back, and he was swearing under his breath. Not on at all.', escalate: true },
  { question: "We've just opened a small cafe in Kingsmead and we're after a regular weekly veg order for the kitchen, could we do something at trade prices?", escalate: true },
  { question: "Just checked my banking app and there are two payments of £19.50 to you on the same day?? I've only got one box", escalate: true },
  { question: "I've just been made redundant and honestly I'm not sure I can keep paying for the box, but I really don't want to give it up", escalate: true },
];
