/**
 * HELD-OUT business, written blind (without reading the agent's code, tests or docs) before the
 * round-14 changes. This set must NEVER be tuned on: use it only to measure.
 * Lockside Garden Centre is a family-run garden centre beside the Grand Union Canal at Stoke
 * Bruerne, with the Canal Café, van delivery of plants and compost, an in-house garden designer
 * (Megan Hollis), a seasonal Christmas tree yard with Santa's Grotto, workshops and a children's
 * club, gift cards and the Green Thumb loyalty card. The ten articles cover opening times and
 * getting there (parking, moorings, accessibility), the café menu and dog/table rules, delivery
 * charges and days, the design service and its prices, Christmas trees, the loyalty card, the
 * plant guarantee and returns, workshops and events, gift cards, and a general FAQ.
 * 51 questions: 36 answerable, 12 unanswerable, 3 escalations.
 */
import type { EvalCase } from './cases.ts';

export const LOCKSIDE_CONTEXT =
  'Lockside Garden Centre, Towpath Lane, Stoke Bruerne, Northamptonshire NN12 7SE. Phone 01604 862 410, email hello@locksidegarden.co.uk. A family-run garden centre and café beside the Grand Union Canal, with plant delivery, a garden design service and a Christmas tree yard.';

export const LOCKSIDE_RULES: string[] = [
  "If anyone says they've hurt themselves here (slipped, tripped, cut, anything) or had a reaction to something they ate in the cafe, get a person straight away - don't try to deal with it yourself.",
  'Complaints about one of our garden designs or a landscaper we recommended go to Megan - hand those over.',
  'Trade customers, or anyone wanting a big order (over £500) or asking for trade prices, pass to a member of staff.',
  "If someone asks to speak to the owner or manager, or says they're going to leave a bad review, hand it over.",
  'Job enquiries and work experience requests go to a person please.',
];

export const LOCKSIDE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Opening Times & Finding Us',
    category: 'Visiting',
    content: `# Opening Times & Finding Us

Lockside Garden Centre sits right beside Lock 15 on the Grand Union Canal, on Towpath Lane at the edge of Stoke Bruerne village.

## Opening hours

| Day | Garden centre | Canal Café |
|---|---|---|
| Monday to Saturday | 9am - 5:30pm | 9am - 4:30pm |
| Sunday | 10:30am - 4:30pm (browsing from 10am) | 10am - 4pm |
| Bank holidays | 10am - 4pm | 10am - 3:30pm |

We are closed on Christmas Day, Boxing Day and Easter Sunday. From 1 November to the end of February the garden centre closes at 5pm Monday to Saturday.

## Getting here

- **By car:** Follow the brown tourist signs for the Canal Museum from the A508. Our entrance is 200 yards past the museum car park, on the left.
- **Parking:** Free parking for 120 cars, including 8 disabled bays next to the main doors and 2 electric vehicle charging points (7kW, pay by app).
- **By boat:** Visitor moorings are available for up to 2 hours on the towpath opposite the café.
- **By bus:** The X7 stops at Stoke Bruerne Green, a 6-minute walk away.

## Accessibility

All of our indoor areas are on one level and the outdoor plant area has wide, flat paths. We have 6 wheelchairs and 4 mobility scooters to borrow free of charge from the tills - just ask when you arrive. An accessible toilet with baby changing is next to the café.

Assistance dogs are welcome everywhere, including the main café dining room.`,
  },
  {
    title: 'The Canal Café',
    category: 'Café',
    content: `# The Canal Café

Our café overlooks the lock and serves breakfast, lunch and homemade cakes every day. Everything is cooked in our own kitchen, and most of our salad leaves and herbs come from the polytunnel behind the shop.

## When food is served
- Breakfast: from opening until 11:30am
- Lunch: 12pm - 2:30pm
- Cakes, scones and hot drinks: all day

## Popular items
- Full Lockside Breakfast - £10.50
- Veggie Breakfast - £9.75
- Soup of the Day with crusty bread - £6.95
- Jacket potato with two fillings - £8.25
- Ploughman's Lunch - £11.50
- Cream Tea (two scones, jam, clotted cream and a pot of tea) - £7.50
- Children's Lunch Box (sandwich, fruit, juice and a biscuit) - £5.25

## Dietary needs
We always have at least one gluten-free cake and a vegan soup option. All 14 major allergens are listed in the allergen folder at the counter - please speak to the team before ordering. We cannot guarantee any dish is completely free from nuts because of the bakery in our kitchen.

## Dogs in the café
Well-behaved dogs on leads are welcome in the conservatory seating area (but not the main dining room). We keep water bowls by the door and sell "Pup Cups" of whipped cream for £1.50.

## Tables and group bookings
We don't take bookings for fewer than 8 people - just turn up. Larger groups can book by calling the café direct on 01604 862 415 at least 48 hours ahead. Afternoon tea for groups must be pre-ordered when you book.

## Loyalty
Green Thumb cardholders get 10% off hot drinks and cakes in the café (not on full meals).`,
  },
  {
    title: 'Plant & Compost Delivery',
    category: 'Delivery',
    content: `# Plant & Compost Delivery

Can't fit that olive tree in the car? We deliver plants, compost, bark, gravel and garden sundries in our own van.

## Delivery charges

| Distance from the garden centre | Charge |
|---|---|
| Up to 5 miles | £6 |
| 5 to 15 miles | £12 |
| 15 to 25 miles | £20 |
| Over 25 miles | Sorry, we don't deliver this far |

Orders over £150 are delivered free within 15 miles.

## Delivery days
- Our van goes out on Tuesdays, Thursdays and Saturdays.
- Orders placed by 3pm the day before a delivery day go out on that day.
- We'll text you a 2-hour time slot on the morning of delivery.

## Heavy items
Bagged compost, gravel and paving slabs are left at the kerbside or on your drive. Our drivers can carry items through to your back garden for an extra £10, as long as there's side access and no steps. We can't carry anything heavier than 25kg up steps or through the house.

## If you're not in
Tell us a safe place when you order. If there's no safe place, the driver will try a neighbour, and otherwise bring your order back to the centre - a second delivery attempt is charged at half the normal delivery rate.

## How to order
Order in store at the tills, or phone us on 01604 862 410. We don't have an online shop at the moment, but we're happy to send photos of plants over WhatsApp (07700 914 226) before you buy, so you know exactly what you're getting.`,
  },
  {
    title: 'Garden Design Service',
    category: 'Garden Design',
    content: `# Garden Design Service

Our in-house designer, Megan Hollis, has been creating gardens around Northamptonshire for 15 years and is a member of the Society of Garden Designers.

## How it works
1. **Free 20-minute chat** at the garden centre to talk through your ideas (book at the tills or by phone).
2. **Home consultation** - Megan visits your garden, measures up and talks about how you'll use the space.
3. **Design** - you receive a scaled plan, a planting list and a 3D sketch within 4 weeks of the home consultation.
4. **Build** - we can recommend one of our trusted local landscapers, or you can build it yourself.

## Prices

| Service | Price |
|---|---|
| Home consultation (up to 2 hours, within 15 miles) | £95 |
| Planting plan for one border | £180 |
| Full garden design (up to 300 square metres) | from £650 |
| Extra revision round (two rounds are included) | £75 |

The £95 consultation fee is taken off the price of a full garden design if you go ahead within 3 months.

## Planting day
If you buy the plants for a Megan design from us, you get 15% off the plants, and our team can lay out and plant everything in position for you on "planting day" (£45 per hour, usually about half a day).

## Hard landscaping
We don't do hard landscaping ourselves - patios, walls, decking and fencing are built by the landscaper you choose. Megan is happy to meet your landscaper on site at the start of the build.

To book, call 01604 862 410 or email design@locksidegarden.co.uk.`,
  },
  {
    title: 'Christmas Trees',
    category: 'Seasonal',
    content: `# Christmas Trees

Our Christmas tree yard opens on Saturday 30 November and stays open until 22 December (or until we sell out!). All of our cut trees are grown at Hollowell Farm, just 12 miles away.

## Varieties and prices

| Height | Nordmann Fir (non-drop) | Norway Spruce (traditional scent) |
|---|---|---|
| 4-5ft | £45 | £32 |
| 5-6ft | £55 | £40 |
| 6-7ft | £69 | £50 |
| 7-8ft | £85 | £62 |
| 8ft and over | from £110 | not stocked |

- Pot-grown Nordmann Fir, 3ft - £38 (can be planted in the garden after Christmas)
- Cast iron tree stand (for trunks up to 12cm) - £28
- Netting, and drilling for a spike stand - free

## Delivery
We deliver trees within 10 miles for £10, on any day the yard is open. Please book your delivery at least 3 days ahead. Our team will carry the tree into your home but can't set it up in the stand.

## Reserve a tree
From 1 November you can pay a £10 deposit in store to reserve your height and variety. You collect on your chosen date and the deposit comes off the price.

## After Christmas
Bring your real tree back between 2 and 12 January and we'll shred it for free - the chippings go on our woodland walk. Please remove all decorations and tinsel first.

## Santa's Grotto
Santa visits on weekends in December, 10am-3pm. Tickets are £9.50 per child and include a gift. Book at the tills.`,
  },
  {
    title: 'Green Thumb Loyalty Card',
    category: 'Loyalty',
    content: `# Green Thumb Loyalty Card

Our free loyalty card rewards you every time you shop at Lockside.

## How it works
- Sign up at any till - you just need your name, email and postcode. You'll get your card straight away.
- Earn 1 point for every £1 you spend in the garden centre.
- Every 250 points = a £5 voucher, emailed to you at the start of the next month.
- Vouchers are valid for 3 months from the date they are issued.

## Member perks
- 10% off hot drinks and cakes in the Canal Café
- Double Points Wednesday: double points on everything you buy every Wednesday
- A free coffee in your birthday month (show your card in the café)
- Invitations to our spring and autumn members' evenings, with 20% off plants

## What doesn't earn points
Points are not earned on Christmas trees, gift cards, delivery charges, garden design fees or café purchases.

## Lost your card?
Ask at the tills - we can look you up by email and issue a replacement card for free, and all your points move across. You can also use the Lockside app (iPhone and Android) as a digital card.

## Small print
- One card per household.
- Points expire if the card isn't used for 12 months.
- Points can't be exchanged for cash.`,
  },
  {
    title: 'Plant Guarantee & Returns',
    category: 'Returns',
    content: `# Plant Guarantee & Returns

## Our 12-month hardy plant guarantee
All hardy trees, shrubs, climbers, roses and perennials are guaranteed for 12 months. If one dies within a year of purchase, bring it back (in its pot, or dug up with the label) with your receipt or your loyalty card, and we'll replace it or give you a credit note.

The guarantee doesn't cover:
- Bedding plants, annuals, seeds and bulbs
- Frost damage to plants that aren't fully hardy - check the label for the hardiness rating
- Plants in containers that weren't watered while you were on holiday (sadly, we can tell!)

## Houseplants
Houseplants are guaranteed for 30 days from purchase. Bring the plant back with your receipt and we'll swap it for a healthy one.

## Returning non-plant items
Unused tools, pots, furniture and gifts can be returned within 28 days with a receipt for a full refund to the original payment method. Without a receipt we can offer an exchange or a credit note only.

We can't accept returns of:
- Opened bags of compost, feed or chemicals
- Cut flowers
- Sale items marked "final reduction"

## Garden furniture
Furniture ordered in from our suppliers (rather than bought from the shop floor) has a £25 restocking charge if it is returned unused.

## Refunds
Card refunds usually take 3-5 working days to show on your statement.`,
  },
  {
    title: 'Workshops & Events',
    category: 'Events',
    content: `# Workshops & Events

Join one of our friendly workshops in the Potting Shed classroom. All materials are included, and tea and cake from the Canal Café is served halfway through.

## Regular workshops

| Workshop | When | Price |
|---|---|---|
| Spring Hanging Baskets | Saturdays in April, 10am-12pm | £36 (take your basket home) |
| Beginners' Veg Growing | First Wednesday of the month, March-September, 7pm-8:30pm | £15 |
| Rose Pruning | One Sunday in February, 11am | £20 |
| Christmas Wreath Making | Evenings from late November to mid December, 6:30pm-9pm | £45 (mulled wine included) |
| Terrarium Making | Monthly, Sunday 2pm | £32 |

Places are limited to 12 people per session. Book at the tills or by phone on 01604 862 410.

## Cancellations
If you cancel more than 7 days before the workshop, we'll give you a full refund. Within 7 days we can move you to another date, but we can't refund. If we have to cancel, you'll always get a full refund.

## Children's club
The Little Sprouts club runs on the last Saturday of each month, 10am-11am, for ages 4-10. It costs £6 per child, including a plant to take home. A parent or carer must stay on site.

## Private groups
WI groups, schools and clubs can book a private workshop for 8-15 people. Please call to discuss dates and themes.`,
  },
  {
    title: 'Gift Cards',
    category: 'Gift Cards',
    content: `# Gift Cards

Lockside gift cards make the perfect present for gardeners and non-gardeners alike.

## Buying a gift card
- Available in store in any amount from £5 to £250.
- Each card comes in a seed-paper envelope that can be planted!
- E-gift cards can be bought by phone - we'll email them to the recipient on the date you choose.

## Spending a gift card
- Use it on anything in the garden centre, the Canal Café, workshops and Christmas trees.
- Gift cards can't be used for garden design fees or delivery charges.
- You can spend it in more than one go - the balance stays on the card.
- Check your balance on your receipt or ask at the tills.

## Expiry
Gift cards are valid for 24 months from the date of purchase. The expiry date is printed on the back of the card.

## Lost gift cards
Treat your gift card like cash. If you still have the original receipt, we can cancel a lost card and issue a new one for the remaining balance.

## Gift cards and loyalty points
Buying a gift card doesn't earn Green Thumb points, but you do earn points when the card is spent in the garden centre.`,
  },
  {
    title: 'Frequently Asked Questions',
    category: 'FAQ',
    content: `# Frequently Asked Questions

**Can I bring my dog?**
Yes! Dogs on leads are welcome throughout the garden centre and in the café conservatory. Please pick up after them - bags are at the entrance.

**Do you sell houseplants?**
Yes, our Glasshouse has over 200 varieties of houseplants, cacti and succulents.

**Do you take old plant pots back?**
Yes - we recycle black plastic plant pots. Drop them in the pot recycling bins by the car park. We can't take terracotta, broken pots or seed trays.

**Do you sell barbecues or sheds?**
We sell Weber barbecues and accessories. We don't sell sheds or greenhouses.

**How can I pay?**
We accept cash, all major cards, Apple Pay and Google Pay. We don't accept cheques.

**Do you do click and collect?**
Not at the moment. You can phone to reserve plants and we'll hold them for up to 48 hours.

**Can you test my soil?**
Yes - bring a small bag of soil (about a cupful) to the information desk and we'll test the pH for free while you wait.

**Can you identify a plant, pest or disease for me?**
Bring a photo or a sample (sealed in a bag, please) to the information desk. Our plant doctor is in on Fridays and Saturdays, 10am-4pm.

**Do you offer a discount for over 60s?**
Every Tuesday is Senior Tuesday: 10% off plants for customers aged 60 and over (not in the café).

**Is there a toilet?**
Yes, next to the café, including an accessible toilet with baby changing.`,
  },
];

export const LOCKSIDE_HELD_OUT: EvalCase[] = [
  { question: 'hi what time do u shut on a sunday', facts: ['4:30pm'], escalate: false },
  {
    question:
      "My mum is 83 and doesn't walk far any more. I'd love to bring her over to look at the roses this weekend but she gets worn out after five minutes on her feet. Is there anything that would help her get round?",
    facts: ['wheelchair', 'scooter'],
    escalate: false,
  },
  { question: 'Is there a play area for the kids while we have a coffee?', unknown: true, escalate: false },
  { question: 'how much is a cream tea', facts: ['£7.50'], escalate: false },
  {
    question: 'Can our spaniel come in with us when we stop for lunch at the cafe?',
    facts: ['conservatory'],
    escalate: false,
  },
  {
    question:
      "Just bought a bay tree that is far too big for my Fiat 500 lol. I live about 10 miles away in Towcester - what would it cost to have it dropped round, and which days could it come?",
    facts: ['£12', 'Tuesday'],
    escalate: false,
  },
  {
    question:
      'My little boy tripped over a hose in the bedding plant section about ten minutes ago and has cut his chin quite badly. Who do I speak to?',
    escalate: true,
  },
  { question: 'Do you sell fish for garden ponds?', unknown: true, escalate: false },
  {
    question: "What happens if nobody's home when your van turns up with my order?",
    facts: ['safe place'],
    escalate: false,
  },
  {
    question: 'can ur driver bring 20 bags of compost round the back for me? theres a side gate, no steps',
    facts: ['£10'],
    escalate: false,
  },
  { question: 'whats it cost to get the garden designer out to look at my garden', facts: ['£95'], escalate: false },
  { question: 'Do you sell artificial Christmas trees?', unknown: true, escalate: false },
  {
    question:
      "We're tempted by the full design but want Megan to come and look first. If we pay for that visit and then go ahead with the design, do we just lose that money?",
    facts: ['3 months'],
    escalate: false,
  },
  { question: 'when does the xmas tree yard open this year??', facts: ['30 November'], escalate: false },
  {
    question: "We need a tree about six and a half foot tall, the kind that doesn't drop its needles everywhere. How much?",
    facts: ['£69'],
    escalate: false,
  },
  {
    question:
      "I'd like a Christmas tree this year that I can put in the garden afterwards instead of chucking it. Do you have anything like that?",
    facts: ['£38'],
    escalate: false,
  },
  { question: 'Can I buy a ready-made Christmas wreath from you?', unknown: true, escalate: false },
  {
    question: 'Can I choose a tree now and pick it up closer to Christmas so I get a good one?',
    facts: ['£10 deposit'],
    escalate: false,
  },
  {
    question: "what do i do with the tree once xmas is over, can i bring it back to yours",
    facts: ['12 January'],
    escalate: false,
  },
  {
    question:
      "Hiya, the patio that the landscaper you recommended laid for us is already cracking, and Megan's plan had the wrong measurements for the lawn. Honestly really unhappy with the whole thing.",
    escalate: true,
  },
  {
    question: 'On the loyalty card, how many points do I get per pound and what are they actually worth?',
    facts: ['250 points', '£5'],
    escalate: false,
  },
  { question: 'Is there a day of the week where I get more points?', facts: ['Wednesday'], escalate: false },
  { question: 'Is there wifi in the cafe? need to do some work', unknown: true, escalate: false },
  { question: 'lost my green thumb card 😩 do i lose all my points??', facts: ['replacement'], escalate: false },
  {
    question:
      "Bought a clematis from you in May and it's completely dead now (August). I've lost the receipt but I always scan my card when I pay. Can I get another one?",
    facts: ['loyalty card'],
    escalate: false,
  },
  {
    question: 'My peace lily died about six weeks after I bought it, is that covered?',
    facts: ['30 days'],
    escalate: false,
  },
  {
    question: 'Can I use my Senior Tuesday discount and a loyalty voucher on the same shop?',
    unknown: true,
    escalate: false,
  },
  {
    question:
      "Got a watering can a couple of weeks ago that I've never used, still got the receipt. Can I return it for my money back?",
    facts: ['28 days'],
    escalate: false,
  },
  {
    question: "What's the hanging basket class cost and do I get to keep the basket?",
    facts: ['£36'],
    escalate: false,
  },
  {
    question:
      "I booked the wreath evening for me and my sister but we can't make it now - it's in 4 days. Can I have my money back?",
    facts: ['another date'],
    escalate: false,
  },
  { question: 'Do you price match B&Q?', unknown: true, escalate: false },
  {
    question: "Is there anything for my kids (5 and 8) to do on a Saturday, like a club? How much?",
    facts: ['Little Sprouts', '£6'],
    escalate: false,
  },
  { question: "What's the most I can put on a gift card?", facts: ['£250'], escalate: false },
  {
    question: 'I run a small landscaping firm and want to order 60 box hedging plants and 40 bags of bark, about £1,200 in total. Can I get a trade price?',
    escalate: true,
  },
  {
    question: 'Do your gift cards run out? Found one in a drawer that I got for my birthday last year',
    facts: ['24 months'],
    escalate: false,
  },
  { question: 'Can I get a glass of wine or a beer with my lunch in the café?', unknown: true, escalate: false },
  {
    question: "I've got stacks of those black plastic pots from bedding plants, do you take them back?",
    facts: ['car park'],
    escalate: false,
  },
  {
    question: "Can you check my soil? I think it's too acidic for the roses",
    facts: ['information desk'],
    escalate: false,
  },
  {
    question: "My apple tree leaves have got weird brown spots. When's your plant expert around to look at a sample?",
    facts: ['Friday', 'Saturday'],
    escalate: false,
  },
  { question: 'Do you have a pumpkin patch for Halloween?', unknown: true, escalate: false },
  {
    question: "Do pensioners get any money off? My dad's 72 and spends a fortune on plants",
    facts: ['Tuesday', '10%'],
    escalate: false,
  },
  {
    question: "we're coming by narrowboat, where can we tie up and for how long",
    facts: ['2 hours'],
    escalate: false,
  },
  {
    question: "If I ring up can you put some plants aside for me? I can't get over till Friday",
    facts: ['48 hours'],
    escalate: false,
  },
  { question: 'Do you sell rolls of turf?', unknown: true, escalate: false },
  {
    question: "my daughter's coeliac, is there any cake she can actually eat in your cafe",
    facts: ['gluten-free'],
    escalate: false,
  },
  {
    question: "We're a walking group of 12 and fancy lunch at yours after a hike next month - can we book a table?",
    facts: ['862 415'],
    escalate: false,
  },
  {
    question: "What's your garden designer's name and how long has she been doing it?",
    facts: ['Megan', '15 years'],
    escalate: false,
  },
  {
    question: 'Does Megan do consultations over Zoom rather than coming out to the house?',
    unknown: true,
    escalate: false,
  },
  {
    question: "Once I've bought all the plants for the new design, can your team put them in the ground for me? What does that cost?",
    facts: ['£45'],
    escalate: false,
  },
  {
    question: "is there a website where i can order stuff from home? can't get out much",
    facts: ['WhatsApp'],
    escalate: false,
  },
  {
    question: 'Do you accept National Garden Gift Vouchers?',
    unknown: true,
    escalate: false,
  },
];
