/**
 * Round-29 DEV set (second pair), written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Businesses:
 *   - Keen Edge Sharpening (mobile knife & tool sharpening, sells kitchen knives; Ludlow, Shropshire):
 *     26 answerable, 10 unanswerable, 4 escalate (40 cases)
 *   - The Salty Haddock (seaside fish & chip takeaway + upstairs restaurant; Seahouses, Northumberland):
 *     26 answerable, 10 unanswerable, 4 escalate (40 cases)
 *
 * cases.ts defines no article type, so a minimal local one is declared here.
 */

import type { EvalCase } from './cases.ts';

export interface DevArticle {
  id: string;
  title: string;
  body: string;
}

// ---------------------------------------------------------------------------------------------
// 1. Keen Edge Sharpening — mobile knife & tool sharpening, Ludlow
// ---------------------------------------------------------------------------------------------

export const SHARP_CONTEXT = `Keen Edge Sharpening is a one-man mobile knife and tool sharpening service run by Rob Hartley out of a converted Transit van, based in Ludlow, Shropshire. Rob sharpens kitchen knives, scissors, garden tools and woodworking tools at local markets and on home visits, runs a knife rotation service for pubs and restaurants, and sells a small range of kitchen knives, steels and whetstones. Phone / WhatsApp: 07700 900417 (Rob can't answer while he's grinding, leave a message!). Email: rob@keenedgesharpening.co.uk. Facebook: Keen Edge Sharpening Ludlow.`;

export const SHARP_RULES = `- Keep answers short and friendly, like Rob would. Use UK spelling and £.
- Only quote prices that are on the price list. If an item isn't listed, say you're not sure and ask them to WhatsApp Rob a photo for a quote - don't guess.
- Never promise a home visit date or time - Rob books those himself.
- Hand over to Rob (a person) when:
  * someone asks to speak to Rob / a real person / the owner
  * someone has been injured by a knife or tool we sold or sharpened
  * someone says we damaged their knife or tool (chips, snapped tip, scratched blade, wrong angle) and wants compensation or a replacement
  * any refund request for a knife or whetstone we sold
  * the customer is angry, upset or complaining about a missed appointment
- Don't give legal advice about carrying knives in public. We do not sell knives to under 18s.`;

export const SHARP_ARTICLES: DevArticle[] = [
  {
    id: 'sharp-prices',
    title: 'Sharpening price list',
    body: `SHARPENING PRICES  (from 1st March - prices per item)

Kitchen knives
   Up to 6" blade ............ £5
   6" to 10" ................. £6.50
   Over 10" .................. £8
   Serrated / bread knives ... £7
   Japanese single bevel (yanagiba, deba, usuba) ... £12

Scissors
   Household / kitchen scissors ..... £4.50
   Dressmaking shears ............... £8
   Hairdressing scissors - convex edge, ring me first

Garden
   Secateurs (strip down, clean, sharpen, oil) ... £9
   Hedge shears .................................. £10
   Loppers ....................................... £11
   Spades / edging irons ......................... £6
   Hedge trimmer blades (electric or petrol) ..... £18-£25 depending on length

Workshop
   Chisels & plane irons ... £5 each
   Hand saws - sorry, I no longer do these (try a saw doctor)

Repairs (on top of sharpening)
   Broken tip reprofile ... from £4 extra
   Chip removal ........... from £5 extra

Home visit minimum charge £20 (see Home visits page)`,
  },
  {
    id: 'sharp-markets',
    title: 'Where to find the van - market days',
    body: `Where's the van this week??

Mon - Ludlow Market, Castle Square, 9-3
Tues & Thurs = home visits & collections only (no market)
Wed - Leominster, Corn Square, 9am-2pm
Fri - Church Stretton market, 10-2 (1st and 3rd Friday of the month ONLY)
Sat - Bishop's Castle farmers market 9-1 on the last Saturday of the month, every other Saturday I'm at the Ludlow Assembly Rooms car park 9am-12:30pm
Sun - day off, sorry!

Bad weather: if it's chucking it down or blowing a gale I might not set up (the grinder and rain don't mix). I'll always post on the Facebook page (Keen Edge Sharpening Ludlow) by 8am if the van isn't coming out.

At the market most knives take about 10 minutes each, depending on the queue. You're welcome to leave them and go do your shopping - I'll label them with your name.`,
  },
  {
    id: 'sharp-home-visits',
    title: 'Home visits, drop-off points and posting knives',
    body: `Home visits - I come to you on Tuesdays and Thursdays and sharpen everything in the van on your drive while you wait. A normal knife block (6-8 knives) takes 30-45 mins. I cover roughly 20 miles around Ludlow (Tenbury, Leominster, Craven Arms, Cleobury etc). Minimum charge for a home visit is £20 - so it's worth getting the neighbours to add theirs in! Further than 20 miles I add a £10 travel fee. If you need to cancel please give me 24 hours' notice or there's a £10 call-out charge.

Drop-off point - if you can't make a market, you can leave knives (wrapped up, with your name and phone number) at Tanners Deli on Broad Street, Ludlow. I collect on Tuesdays and they're back there by Friday. Pay the deli when you pick up.

Post-a-knife - live too far away? Wrap each blade in cardboard, tape it well, and send it to me Royal Mail Special Delivery with a note of your name, address and phone number. I'll sharpen and post back within 5 working days. Return postage is £7.95 for up to 6 knives. Pay by bank transfer once I've messaged you the total.`,
  },
  {
    id: 'sharp-faq',
    title: 'FAQ',
    body: `FREQUENTLY ASKED QUESTIONS

Q: How often should my knives be sharpened?
A: For most home cooks every 6-12 months. Use a honing steel once a week in between and they'll stay sharp much longer.

Q: Will a machine ruin my good knives?
A: No - I use a water-cooled stone (Tormek) so the steel never gets hot and the temper isn't affected, then finish by hand on Japanese whetstones and a leather strop. No sparky bench grinders here!

Q: Can you do ceramic knives?
A: Sorry, no. Ceramic blades need diamond wheels, which I don't have.

Q: What angle do you sharpen at?
A: European / German style knives get 20 degrees per side, Japanese double bevel knives get 15 degrees per side, unless you ask for something different.

Q: How do I pay?
A: Cash, card (I use a SumUp reader so contactless is fine) or bank transfer. No cheques please.

Q: What if I'm not happy with the edge?
A: Bring it back within 14 days and I'll redo it free, no quibble.

Q: Is it safe to put my knives in the dishwasher after?
A: Please don't! Hand wash, dry straight away. Dishwashers dull the edge and can rust carbon steel.`,
  },
  {
    id: 'sharp-shop',
    title: 'Knives for sale',
    body: `KNIVES & KIT FOR SALE (on the van at every market)

| Item                                         | Size   | Price |
|----------------------------------------------|--------|-------|
| Keen Edge Cook's knife (Sheffield made)       | 8"     | £65   |
| Keen Edge Paring knife (Sheffield made)       | 3.5"   | £28   |
| Tojiro DP Gyuto                               | 210mm  | £89   |
| Tojiro DP Santoku                             | 170mm  | £79   |
| Victorinox bread knife                        | 21cm   | £32   |
| Honing steel                                  | 10"    | £22   |
| Combination whetstone 1000/6000 grit          |  -     | £35   |

- Every knife bought from me gets free sharpening for life (at the markets - not on home visits).
- I can only sell knives to customers aged 18 or over. I operate Challenge 25, so bring ID if you look young.
- No website shop - message me on WhatsApp to reserve one and collect at a market, or I can post it for £5.95 (age-verified signed-for delivery).
- Gift vouchers: £10, £25 or £50, valid for 12 months, can be spent on sharpening or knives.`,
  },
  {
    id: 'sharp-trade',
    title: 'Trade - pubs, restaurants and butchers',
    body: `Knife rotation service for pubs, restaurants, cafes and butchers: I drop off a set of freshly sharpened knives and take your blunt ones away, every fortnight. From £2.75 per knife per swap, minimum 10 knives. Your chefs keep working with sharp knives and nobody has to wait. Ring or WhatsApp for a chat and I'll pop in to see what you use.`,
  },
];

export const SHARP_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'how much to sharpen a normal 8 inch chefs knife?', facts: ['£6.50'], escalate: false },
  { question: 'whats the price for doing a bread knife, the serrated kind', facts: ['£7'], escalate: false },
  { question: 'Do u do japanese yanagiba? what would it cost', facts: ['£12'], escalate: false },
  { question: 'cost for ordinary kitchen scissors pls', facts: ['£4.50'], escalate: false },
  { question: 'how much to get my secatuers done', facts: ['£9'], escalate: false },
  { question: 'Can you sharpen my old tenon saw?', facts: ['no longer do these'], escalate: false },
  { question: 'dropped my knife and the point snapped off, can it be fixed and how much extra', facts: ['£4 extra'], escalate: false },
  { question: 'where are you on a monday?', facts: ['Castle Square'], escalate: false },
  { question: 'are you at any markets on sundays', facts: ['day off'], escalate: false },
  { question: 'which fridays are you at church stretton', facts: ['1st and 3rd'], escalate: false },
  { question: 'Could you come to my house and do all the knives? whats the minimum', facts: ['£20'], escalate: false },
  { question: 'how far out of ludlow will you travel for home visits?', facts: ['20 miles'], escalate: false },
  { question: "Is there somewhere in town I can leave my knives if I can't get to the market?", facts: ['Tanners Deli'], escalate: false },
  { question: "I live in Cornwall, can I post my knives to you? how long till I get them back", facts: ['5 working days'], escalate: false },
  { question: 'roughly how long does a knife take at the market stall?', facts: ['10 minutes'], escalate: false },
  { question: "worried a grinder will overheat my expensive knives and ruin them", facts: ['water-cooled'], escalate: false },
  { question: 'can you sharpen my kyocera ceramic knife', facts: ['diamond'], escalate: false },
  { question: 'what angle do you put on my shun (japanese) knife', facts: ['15 degrees'], escalate: false },
  { question: 'do you take card or is it cash only', facts: ['SumUp'], escalate: false },
  { question: 'Had my knives done last week and one still feels blunt, what can I do?', facts: ['14 days'], escalate: false },
  { question: 'how much is the tojiro santoku?', facts: ['£79'], escalate: false },
  { question: 'if I buy a knife off you do I have to pay for sharpening it later on?', facts: ['free sharpening for life'], escalate: false },
  { question: 'my son is 16 and starting a catering course, can he buy a knife from you?', facts: ['18 or over'], escalate: false },
  { question: 'do you do gift vouchers, and do they run out?', facts: ['12 months'], escalate: false },
  { question: 'We run a pub kitchen, do you do anything for restaurants? pricing?', facts: ['£2.75'], escalate: false },
  { question: "it's absolutely pouring down, how will I know if you're still coming to the market?", facts: ['8am'], escalate: false },

  // Unanswerable (10)
  { question: 'Do you sharpen lawnmower blades?', unknown: true, escalate: false },
  { question: 'how much for pinking shears?', unknown: true, escalate: false },
  { question: 'Can you engrave a name on a knife? want it as a wedding present', unknown: true, escalate: false },
  { question: 'do you sell the tojiro gyuto in the 240mm size?', unknown: true, escalate: false },
  { question: 'What do you charge to sharpen an axe?', unknown: true, escalate: false },
  { question: 'do you do my ice skates', unknown: true, escalate: false },
  { question: 'Do you run knife sharpening classes so I can learn to do it myself?', unknown: true, escalate: false },
  { question: 'is there a discount for pensioners?', unknown: true, escalate: false },
  { question: 'do you go to Knighton market at all', unknown: true, escalate: false },
  { question: 'Do you sell left-handed knives?', unknown: true, escalate: false },

  // Escalate (4)
  { question: "I'd rather talk to Rob himself please, not a bot", escalate: true },
  { question: 'The paring knife I bought off you snapped while I was using it and I cut my hand open, needed 4 stitches', escalate: true },
  { question: "You've ground the tip off my £300 Japanese knife and chipped the edge. I want it replaced or paid for.", escalate: true },
  { question: "This is the second time you haven't turned up for my home visit, I took the morning off work for nothing. Absolutely fed up!!", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// 2. The Salty Haddock — seaside fish & chips, Seahouses
// ---------------------------------------------------------------------------------------------

export const CHIPS_CONTEXT = `The Salty Haddock is a family-run fish and chip shop on Main Street, Seahouses, Northumberland, right opposite the harbour. Run by the Robson family since 1978. Downstairs is the takeaway counter; upstairs is a 36-cover licensed restaurant with views over the harbour to the Farne Islands. Phone: 01632 960284. Email: hello@thesaltyhaddock.co.uk. Facebook & Instagram: @thesaltyhaddock.`;

export const CHIPS_RULES = `- Answer like friendly counter staff: short, warm, to the point.
- Only give prices and times from the menus and pages provided. If something isn't on there, say you don't know and suggest ringing the shop.
- Never say a dish is "safe" for an allergy. Give the allergen info we have and tell them to speak to staff when ordering.
- You can't take orders or bookings in chat - give them the phone number.
- Pass to a member of staff (a person) when:
  * someone reports an allergic reaction, food poisoning or being ill after eating our food
  * someone wants a refund or is complaining about an order they've had
  * someone asks for the manager, the owner or a real person
  * press / TV / media enquiries
  * the customer is clearly angry or upset`;

export const CHIPS_ARTICLES: DevArticle[] = [
  {
    id: 'chips-hours',
    title: 'Opening times',
    body: `OPENING TIMES

TAKEAWAY
Mon - closed (except bank hols & the school summer hols)
Tue-Thu  11:30-2 & 4:30-8
Fri-Sat  11.30am-9pm
Sun  12 noon-6:30pm

RESTAURANT (upstairs)
Tue-Sun 12-2:30 & 5-8, last orders 7.30pm

WINTER (Nov-Feb) the restaurant is closed Tue & Wed and the takeaway shuts at 7pm every night.

We close completely for two weeks every January for a deep clean and staff holidays - dates go up on Facebook in December.`,
  },
  {
    id: 'chips-takeaway-menu',
    title: 'Takeaway menu',
    body: `TAKEAWAY MENU
                                 Regular   Large
Cod ............................ £9.20   £11.80
Haddock ........................ £9.60   £12.40
Plaice (when available) ........ £10.50
Wholetail scampi (10 pcs) ...... £8.90
Fishcake ....................... £2.60
Battered sausage ............... £3.10
Chips ........ small £3.20 | regular £4.10 | large £5.00
Mushy peas £1.80 -- curry sauce £1.90 -- gravy £1.90
Bread & butter (2 slices) £1.20
Cans £1.50 / bottled water £1.30

KIDS MEAL (under 12s) £6.50 - fish bites or sausage, small chips, a fruit shoot and a lolly
OAP SPECIAL Tue-Thu 11:30-2 only - small cod, chips & mushy peas £8.75

GLUTEN FREE: every Tuesday from 4:30pm we use our dedicated gluten free fryer and batter - cod, haddock and chips.`,
  },
  {
    id: 'chips-restaurant',
    title: 'Upstairs restaurant',
    body: `Our restaurant is upstairs, 36 covers, table service and big windows looking out over the harbour. Restaurant meals come with bread & butter and a pot of tea or coffee, so prices are a bit higher than the takeaway:
  - Cod & chips £14.50
  - Haddock & chips £15.25
  - Fisherman's platter (cod, scampi, fishcake, chips, peas) £18.95
  - Kids' menu available for under 12s
We're licensed - bottled beers and a house white / red / rosé at £5.50 a glass.

Bookings: we only take bookings for tables of 6 or more, and only over the phone. Smaller tables just walk in - in August expect a queue on the stairs!

Access: sorry, the restaurant is up a flight of 14 stairs and there's no lift. The takeaway is on the ground floor with step-free access. Customer toilets are upstairs.

Coach parties welcome Tue-Thu with 48 hours' notice - set menu £13.50 per head (cod or haddock, chips, peas, bread & butter, tea).`,
  },
  {
    id: 'chips-faq',
    title: 'FAQs',
    body: `Where does your fish come from?
Our cod and haddock are bought fresh every morning from North Shields fish quay and come from MSC certified fisheries.

What do you fry in?
Beef dripping, the proper way - so sorry, our chips aren't suitable for vegetarians or vegans.

Allergens?
Our batter contains wheat (gluten) and milk. Fish is obviously a fish allergen! Everything is fried in the same dripping so there's a risk of cross-contamination. Full allergen folder is on the counter - ask staff when you order.

Can I phone my order through?
Yes please, especially in summer - ring 01632 960284 and give a collection time. We don't take online orders.

Do you deliver?
We're not on Just Eat, Deliveroo or Uber Eats - sorry, no delivery.

Do you take cards?
Cards and contactless all welcome, no minimum spend. Cash is fine too.

Dogs?
Dogs are very welcome in the downstairs takeaway and on the benches outside. Only assistance dogs upstairs in the restaurant.

Parking?
Nearest is the harbour pay & display car park, 2 minutes' walk. There are 2 blue badge spaces right outside on Main Street.

Seagulls!
If you're eating on the harbour wall keep an eye on your chips - the gulls are brazen.`,
  },
];

export const CHIPS_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'what time do u shut on a saturday night', facts: ['9pm'], escalate: false },
  { question: 'r u open on mondays?', facts: ['bank hol'], escalate: false },
  { question: 'takeaway times on a sunday?', facts: ['6:30'], escalate: false },
  { question: "what's the latest we can order food upstairs in the restaurant", facts: ['7.30'], escalate: false },
  { question: 'coming up in february, is the restaurant open on a wednesday?', facts: ['Nov'], escalate: false },
  { question: 'when do you do your annual shut down?', facts: ['January'], escalate: false },
  { question: 'how much is a large haddock', facts: ['£12.40'], escalate: false },
  { question: 'price of a regular cod?', facts: ['£9.20'], escalate: false },
  { question: 'how much for a large portion of chips', facts: ['£5.00'], escalate: false },
  { question: 'do you do curry sauce, how much is it', facts: ['£1.90'], escalate: false },
  { question: "how much is a kids meal and what's in it", facts: ['£6.50'], escalate: false },
  { question: 'Is there a deal for pensioners? My dad is 80', facts: ['£8.75'], escalate: false },
  { question: 'my wife is coeliac, can she have fish and chips from you?', facts: ['Tuesday'], escalate: false },
  { question: 'are your chips veggie?', facts: ['beef dripping'], escalate: false },
  { question: 'where do you get your fish from', facts: ['North Shields'], escalate: false },
  { question: 'is the fish sustainably caught?', facts: ['MSC'], escalate: false },
  { question: 'can I ring ahead with an order? whats the number', facts: ['01632 960284'], escalate: false },
  { question: 'do you deliver or are you on uber eats', facts: ['no delivery'], escalate: false },
  { question: 'can we book a table for 4 tonight at 6?', facts: ['6 or more'], escalate: false },
  { question: 'my mum uses a wheelchair, can she get up to the restaurant?', facts: ['no lift'], escalate: false },
  { question: 'can we bring our spaniel into the restaurant?', facts: ['assistance dogs'], escalate: false },
  { question: 'wheres best to park near you', facts: ['pay & display'], escalate: false },
  { question: 'how much is cod and chips if we sit in the restaurant?', facts: ['£14.50'], escalate: false },
  { question: 'price of a glass of wine upstairs?', facts: ['£5.50'], escalate: false },
  { question: "We're a coach party of 40 coming on a thursday, can you feed us and what's the cost per head?", facts: ['£13.50'], escalate: false },
  { question: 'is there a minimum spend on card', facts: ['no minimum'], escalate: false },

  // Unanswerable (10)
  { question: 'do you sell pickled eggs?', unknown: true, escalate: false },
  { question: 'how much is a large plaice?', unknown: true, escalate: false },
  { question: 'Do you do halloumi for the veggies in our group?', unknown: true, escalate: false },
  { question: 'is there wifi in the restaurant', unknown: true, escalate: false },
  { question: 'are you open on Christmas Eve?', unknown: true, escalate: false },
  { question: 'do you sell gift vouchers? want one for my nan', unknown: true, escalate: false },
  { question: 'can I get a large fishcake, how much?', unknown: true, escalate: false },
  { question: 'can we bring our own bottle of wine, do you charge corkage?', unknown: true, escalate: false },
  { question: 'how many calories in a regular cod and chips?', unknown: true, escalate: false },
  { question: 'do you have high chairs for a 1 year old upstairs?', unknown: true, escalate: false },

  // Escalate (4)
  { question: 'can I speak to the manager please', escalate: true },
  { question: 'My son came out in hives and his lips swelled up after eating your fishcake last night', escalate: true },
  { question: "I think I've got food poisoning from your haddock yesterday, I've been sick all night", escalate: true },
  { question: 'Waited 50 mins for a phone order and it was stone cold when we got it home. This is a joke, I want my money back for all 6 meals!', escalate: true },
];
