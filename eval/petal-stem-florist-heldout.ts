/**
 * Petal & Stem (fictional independent florist, Harrogate) — HELD-OUT evaluation set.
 *
 * Written blind, without reading the engine source, its docs, its tests or any other eval data.
 * Held out: never tuned on. Do not adjust prompts, thresholds or code to fit these cases.
 *
 * 51 cases: 36 answerable (facts are verbatim substrings of an article), 12 unknown
 * (no article or the context answers them), 3 escalations (one pet-poisoning rule told in the
 * customer's own words, one explicit request for a person, one funeral order gone wrong).
 */
import type { EvalCase } from './cases.ts';

export const PETALSTEM_CONTEXT =
  "Petal & Stem is an independent florist in Harrogate, North Yorkshire, making hand-tied bouquets, flower subscriptions, wedding and funeral flowers and running floristry workshops, with our own van delivery locally and tracked courier delivery across the UK. Find us at 8 Cold Bath Road, Harrogate HG2 0NA; call 01632 960418 or email hello@petalandstem.co.uk. The shop is open Monday to Friday 8:30am-5:30pm, Saturday 8:30am-4pm and Sunday 10am-1pm (collections only), and is closed on bank holidays.";

export const PETALSTEM_RULES = [
  'always escalate if someone says a pet or a child has eaten any of our flowers or leaves, or mentions an allergic reaction',
  'any refund or replacement worth more than £75 - I need to ok those myself',
  'funeral orders that have gone wrong (late, wrong tribute, wrong name on the card or ribbon) - straight to me or Jo, dont try to fix it yourself',
  'wedding couples who want to change things in the last 4 weeks before the day, and any complaint about one of our drivers, should go to a human',
];

export const PETALSTEM_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Local Delivery: Zones, Charges and Time Slots',
    category: 'Delivery',
    content: `# Local delivery

We deliver our own flowers across Harrogate and the surrounding villages in our two electric vans. Every local order is hand-delivered by one of our team, never handed to a courier, so your flowers stay upright and in water the whole way.

## Delivery zones and charges

| Zone | Areas covered | Same-day delivery | Next-day or later |
|---|---|---|---|
| Zone A | Harrogate town centre, Starbeck, Bilton, Pannal Ash | £5.95 | £4.95 |
| Zone B | Knaresborough, Pannal, Killinghall, Beckwithshaw | £7.95 | £6.95 |
| Zone C | Ripley, Follifoot, Spofforth, Hampsthwaite | £9.95 | £8.95 |
| Zone D | Ripon, Wetherby, Pateley Bridge | Not available | £12.95 |

Local delivery is **free on orders over £60** in Zones A and B. If you're not sure which zone you're in, pop your postcode into the checkout and it will tell you.

## Same-day delivery

For delivery today, please order by **1pm Monday to Friday** or **11am on Saturdays**. Orders after the cut-off go out the next delivery day. We don't deliver on Sundays or bank holidays.

## Delivery time slots

Standard local deliveries arrive any time between **9am and 5pm**. If you need them to arrive at a certain time, choose one of these at checkout:

- **Morning (9am-12pm)**: free
- **Afternoon (12pm-5pm)**: free
- **Timed one-hour slot**: £10 extra (Zones A and B only)
- **Friday evening slot (5pm-7pm)**: £6 extra

We'll text the recipient's phone (if you give us the number) about 30 minutes before we arrive. We keep it vague so we don't spoil surprises.

## What happens if nobody's home?

Our drivers will first try a neighbour, then any safe place you've described in the delivery notes. If there's no safe spot, we bring the flowers back to the shop, put them in water and leave a card through the door with our number. We'll try again the next working day at no extra cost. After that, the flowers can be collected from the shop within **3 days**, or we can deliver a third time for the usual zone charge.

We never leave flowers on a doorstep in full sun or in freezing weather, even if asked to.

## Hospitals, offices and care homes

We deliver to Harrogate District Hospital's main reception, but some wards (including intensive care and maternity) don't allow flowers, so please check with the ward first. For offices, add the company name and floor. For care homes, include the resident's room number if you know it.
`,
  },
  {
    title: 'UK Courier Delivery and Letterbox Flowers',
    category: 'Delivery',
    content: `# Sending flowers across the UK

Outside our local zones, we send flowers by tracked overnight courier to anywhere in Great Britain and Northern Ireland. Courier bouquets are hand-tied, sat in a water bubble and packed upright in a sturdy gift box, so they arrive ready to go straight into a vase.

## Courier prices

- **Next-day tracked delivery (Tuesday to Friday)**: £8.95
- **Guaranteed before 10:30am**: £14.95
- **Saturday delivery**: £11.95
- **Scottish Highlands, Scottish islands, Isle of Man and Northern Ireland**: add £7.50 to any of the above

Order by **3pm** for next-day courier delivery. We don't send courier deliveries to arrive on a Sunday or Monday, because the flowers would be sitting in a depot over the weekend.

## What can go by courier?

Only hand-tied bouquets in the **Petite**, **Classic** and **Generous** sizes, and our letterbox flowers. The Showstopper size, arrangements in vases, funeral tributes and wedding flowers are local delivery only, because they don't travel well in a van full of parcels.

## Letterbox flowers

Our letterbox flowers come as a slim box of loose stems that fits through a standard letterbox, so nobody needs to be in. Each box contains around 12 stems of seasonal flowers and foliage, a sachet of flower food and simple arranging instructions. They cost **£28 including postage** and are sent by Royal Mail Tracked 48, so allow two to three working days.

## If nobody is in

The courier will try a neighbour or a safe place. If neither works, they'll leave a card and the recipient can rearrange delivery online using the link on the card. Boxed flowers stay fresh for about 48 hours, so rearranging for the next day is fine.

If a parcel comes back to us because the address or postcode was wrong, we can't refund or resend it free of charge, so please double-check the details before you pay.

## Tracking

You'll get an email with a tracking link once the courier has collected your order, usually by 6pm the evening before delivery.
`,
  },
  {
    title: 'Bouquets: Sizes, Prices, Message Cards and Substitutions',
    category: 'Bouquets',
    content: `# Our bouquets

Every bouquet is designed on the day by one of our florists, using the best of what came in from the flower market that morning. You choose the size and the colour palette; we do the rest.

## Sizes and prices

| Size | Roughly how many stems | Hand-tied | Arranged in a vase |
|---|---|---|---|
| Petite | 10 to 12 stems | £30 | £42 |
| Classic | 18 to 20 stems | £45 | £57 |
| Generous | 25 to 30 stems | £65 | £77 |
| Showstopper | 40 or more stems | £95 | £110 |

Hand-tied bouquets come in a water bubble, so they'll be happy for a day or two before they need a vase. Our vases are clear glass and yours to keep.

## Colour palettes

- **Soft pastels**: blush pinks, peach, lilac and cream
- **Bright and bold**: hot pinks, oranges, yellows and purples
- **White and green**: whites, creams and lots of foliage
- **Seasonal**: whatever our florists love most that week

## Extras

- Handmade chocolates (box of 12): £8.50
- Soy wax candle in our signature fig scent: £14
- Bottle of prosecco: £16 (the recipient must be 18 or over, and our driver may ask for ID)
- Greetings card instead of a message card: £3.50

## Message cards

Every order comes with a free message card. Your message can be up to **40 words**, and it's handwritten by one of our team. If you'd like to stay a mystery, tick the "anonymous" box at checkout and we won't tell the recipient who sent them, even if they phone the shop to ask.

## Substitutions

Flowers are a natural product and the market changes every day. If a flower shown in a photo isn't available, we'll swap it for a flower of the same colour and equal or higher value, so the bouquet keeps the same look and is never worth less.

We only phone you before substituting if the flower in question is the main one in a single-variety bouquet (for example, a bouquet of all peonies). If you'd rather we don't substitute at all, write "no substitutions" in the order notes and we'll call you to agree a different delivery date instead.
`,
  },
  {
    title: 'Flower Subscriptions',
    category: 'Subscriptions',
    content: `# Flower subscriptions

Fresh flowers, regularly, without having to remember to order. Our subscription bouquets are a florist's choice of seasonal stems, so no two deliveries are the same.

## Plans and prices

| How often | Bouquet size | Price per delivery |
|---|---|---|
| Weekly | Classic | £38 |
| Fortnightly | Classic | £40 |
| Monthly | Classic | £42 |
| Monthly | Generous | £58 |

Delivery is included for addresses in local Zones A to C. Subscriptions sent by courier cost an extra £5 per delivery.

## When do they arrive?

Local subscriptions are delivered every **Thursday**, so you've got fresh flowers for the weekend. Courier subscriptions arrive on Fridays. Payment is taken by card on the Monday of each delivery week.

## Skipping, pausing and cancelling

- **Skip a delivery**: let us know by **12pm on the Monday** of the delivery week and you won't be charged.
- **Pause**: going away for longer? You can pause for up to 8 weeks at a time.
- **Cancel**: there's a minimum of three deliveries, after which you can cancel any time by email or phone. Cancellations made after the Monday cut-off start from the following week.

## Gift subscriptions

Treat someone to flowers all year. Gift subscriptions are paid up front and are for monthly Classic bouquets:

- **3 months**: £120
- **6 months**: £235
- **12 months**: £450

We'll send a card to the recipient with the first bouquet explaining who it's from and how many deliveries are coming.

## Subscriber perks

Subscribers get **10% off** any other bouquet ordered from us while their subscription is active. The discount doesn't apply to weddings, funerals or workshops.
`,
  },
  {
    title: 'Wedding Flowers',
    category: 'Weddings',
    content: `# Wedding flowers

From a single bouquet for a registry office ceremony to full venue styling, we'd love to help. We only take on **two weddings per weekend**, so every couple gets our full attention.

## Your consultation

Every wedding starts with a free consultation at the shop, lasting about **45 minutes**. Consultations are on weekdays, by appointment. Bring your colour scheme, fabric swatches, photos of your dress or suits if you can, and any pictures you've saved. We'll send you a detailed quote within a week.

For weddings between May and September we recommend booking at least **9 months ahead**, as Saturdays get booked up quickly.

## Typical prices

| Item | Price from |
|---|---|
| Bridal bouquet | £120 |
| Bridesmaid bouquet | £55 |
| Buttonhole | £9.50 |
| Corsage (pin or wrist) | £18 |
| Flower crown | £45 |
| Table centrepiece | £45 |
| Ceremony arch or moongate installation | £450 |

We have a **minimum wedding spend of £600**, which is reduced to £250 for weekday registry office weddings with no venue flowers.

## Deposit and payments

- A **£150 non-refundable booking deposit** secures your date.
- The balance is due **4 weeks before** your wedding.
- Final numbers and designs are confirmed at the same time. After that we can add items, but we can't take any away.

## Cancellation

If you cancel more than 3 months before the wedding, you only lose your deposit. Between 3 months and 4 weeks before, we keep 50% of the quote. Within 4 weeks of the day, the full amount is payable, because we'll already have ordered your flowers.

## Delivery, set-up and hire items

Delivery and set-up are included for venues within **25 miles** of the shop. Further afield we charge **60p per mile** for each mile beyond that. We can lend vases, lanterns and stands for your tables free of charge; we collect them the morning after the wedding, so please let your venue know.
`,
  },
  {
    title: 'Funeral and Sympathy Flowers',
    category: 'Funerals',
    content: `# Funeral and sympathy flowers

We know that ordering funeral flowers often happens at a very difficult time. Call us or pop in and we'll talk it through with you; there's no need to know exactly what you want.

## Funeral tributes

| Tribute | Price from |
|---|---|
| Posy pad | £45 |
| Wreath (12 inch) | £65 |
| Heart | £95 |
| Casket spray (3 foot) | £150 |
| Name or word tributes (e.g. MUM) | £55 per letter |
| Sympathy basket | £50 |

We can also make bespoke shapes: tell us what your loved one loved and we'll see what's possible. Bespoke designs start with a free 20-minute consultation, in the shop or by phone.

## How much notice do you need?

We need at least **2 working days** for most tributes, and **5 working days** for letters and bespoke shapes. If the funeral is sooner, call us and we'll always try our best.

## Delivery to the funeral director

We deliver to funeral directors within **15 miles** of the shop free of charge. When you order, please tell us:

- the name of the funeral director
- the date and time of the service
- the full name of the person who has died

Every tribute comes with a free card, and we put it in a clear waterproof sleeve so the message survives the rain.

## Paying for funeral flowers

Single tributes are paid in full when you order. If a family is ordering all the funeral flowers together and the total is over **£300**, we take a **50%** deposit and the balance is due after the funeral.

## Sympathy flowers to a home

If you'd like to send flowers to a grieving family rather than the service, our sympathy bouquets are made in soft whites and greens and are available in all our bouquet sizes. Many people choose to send these a week or two after the funeral, when the house has gone quiet.
`,
  },
  {
    title: 'Flower Care, Allergies and Pet Safety',
    category: 'Care',
    content: `# Looking after your flowers

With a little care, most of our bouquets last **7 to 10 days**. Here's how to get the most out of them.

## When your flowers arrive

1. Keep them in their water bubble until you're ready to put them in a vase.
2. Cut about **2cm** off each stem at an angle with a sharp knife or scissors.
3. Fill a clean vase with cool water and add the sachet of flower food.
4. Remove any leaves that will sit below the water line.

## Keeping them fresh

- Change the water every 2 days and give the stems a fresh trim.
- Keep them away from radiators, direct sunlight and draughts.
- Don't put them next to the fruit bowl: ripening fruit gives off a gas that makes flowers wilt faster.
- Take out any flowers that fade early so they don't affect the others.

## Lilies

Lilies arrive in bud and open over a few days. As each one opens, gently pull off the orange pollen-covered tips with a tissue. If pollen gets on clothes or a tablecloth, don't rub it and don't use water: lift it off with sticky tape, then leave the fabric in sunlight.

## Hay fever and allergies

If you or the recipient suffer from hay fever, choose **low-pollen** at checkout (there's no extra charge). We'll make the bouquet from flowers that shed very little pollen, such as:

- roses
- carnations
- hydrangeas
- orchids
- tulips

No bouquet can be completely allergen-free, but a low-pollen one is much kinder to sensitive noses.

## Pets

Lilies are extremely toxic to cats. Every part of the plant is dangerous, including the pollen and the water in the vase. Tulips, daffodils and hyacinths can also upset cats and dogs.

Tick **pet-safe** at checkout and we'll leave out anything harmful and use flowers such as:

- sunflowers
- snapdragons
- gerberas
- roses
- freesias

If you think a pet has eaten part of a bouquet, call your vet straight away.
`,
  },
  {
    title: 'Corporate Accounts',
    category: 'Business',
    content: `# Flowers for business

Lots of Harrogate hotels, restaurants, offices and estate agents trust us with their flowers. A corporate account makes ordering simple and gives you one monthly invoice.

## Regular flowers

| Service | Price |
|---|---|
| Reception arrangement, refreshed weekly | from £55 per week |
| Small desk or table arrangement, refreshed weekly | £18 each per week |
| Restaurant table bud vases, refreshed weekly | £6 per vase per week |
| Event and launch flowers | quoted individually |

Weekly arrangements are refreshed on a Monday or Tuesday morning, before most offices get busy. The vases and containers stay ours and are included in the price.

## How accounts work

- There's a minimum spend of **£100 a month** across all your orders.
- You'll get one invoice at the start of each month, with **30 days** to pay by bank transfer.
- All bouquets ordered on the account get **10% off** our normal prices.
- Opening an account takes about a week, as we run a quick credit check.

## Gifting to clients and staff

Send bouquets to clients or staff anywhere we deliver and just put it on the account. Accounts spending over £200 a month can have message cards printed with their company logo at no extra cost.

## Your account manager

Every business account has a named contact in the shop, who'll get to know your space and your style. To open an account, email hello@petalandstem.co.uk with your company name and address and a rough idea of what you need.
`,
  },
  {
    title: 'Orders, Payment, Refunds and Complaints',
    category: 'Policies',
    content: `# Orders, payment and refunds

## Ordering and collection

You can order online 24 hours a day, by phone during opening hours, or in the shop. If you'd rather collect, choose click and collect at checkout: it's free, and orders are usually ready within **2 hours** during opening hours. We'll text you when they're ready.

## How to pay

- Online: Visa, Mastercard, American Express, Apple Pay, Google Pay and PayPal.
- In the shop: cash, cards and contactless.
- Phone orders: debit or credit card.
- We don't accept cheques.

## Changing or cancelling an order

You can change the delivery address, date or message, or cancel for a full refund, up to **5pm the day before** delivery. For same-day orders, we can only cancel before our florists start making your flowers, so please call us as soon as possible.

## If your flowers aren't right

We're proud of our flowers, and if something isn't right we want to put it right.

If your flowers arrive damaged, wilted or not as ordered, email a photo to hello@petalandstem.co.uk within **24 hours** of delivery, with your order number. We'll then offer either a free replacement, delivered on the next working day, or a full refund.

We also offer a **5-day freshness guarantee**. If your flowers droop within 5 days even though you've followed our care instructions, send us a photo of them in their vase and we'll replace them.

Refunds go back to your original payment method and usually appear within **5 working days**.

## What we can't refund

- deliveries to an address or postcode that was given to us incorrectly
- flowers left with a neighbour or in a safe place you asked us to use
- substitutions made in line with our substitution policy
- natural variation in colour or shape between the photo and your bouquet

## Complaints

If you're unhappy with how we've handled something, email us with "Complaint" in the subject line. We aim to reply within 2 working days.
`,
  },
  {
    title: 'Floristry Workshops',
    category: 'Workshops',
    content: `# Workshops

Learn to make something beautiful in our workroom above the shop. No experience needed, just bring yourself. We provide all the flowers, tools and aprons, plus tea, coffee and homemade cake (or a glass of prosecco at evening sessions), and you take home what you make.

## What's on

| Workshop | When | How long | Price per person |
|---|---|---|---|
| Seasonal hand-tied bouquet | First Saturday of every month, 10am | 2 hours | £55 |
| Christmas door wreath | Weekday evenings, late November to mid-December | 3 hours | £70 |
| Kids' posy workshop (ages 7 to 12) | School holiday mornings | 1 hour | £20 |
| Private groups, hen parties and team days | By arrangement | 2 hours | £60 |

## Good to know

- Workshops have a maximum of **10 people**, so you get plenty of help.
- Adult workshops are for ages 16 and over. Under-18s need to come with an adult.
- At kids' workshops, a parent or carer needs to stay in the building.
- Private group bookings need a minimum of **6 people** and a 50% deposit to hold the date.
- Please tell us about any allergies when you book.

## Booking and cancellation

Book online or in the shop. If you can't make it, tell us at least **7 days** before and we'll refund you in full. With less than 7 days' notice we can't refund, but we'll move your place to another date once. You're also welcome to send a friend in your place.
`,
  },
];

export const PETALSTEM_HELD_OUT: EvalCase[] = [
  // --- Local delivery ---
  { question: 'how much to get flowers delivered to knaresborough today?', facts: ['£7.95'], escalate: false },
  {
    question:
      "Total panic, it's my wife's birthday and I completely forgot. It's a Tuesday morning - what's the latest I can order and still get flowers to her at home in Harrogate today?",
    facts: ['1pm'],
    escalate: false,
  },
  {
    question: "We're throwing a surprise for my mum at 2 o'clock and I need the bouquet to turn up right around then, not whenever. Can you do that and does it cost more?",
    facts: ['£10'],
    escalate: false,
  },
  { question: "If I'm at work when your driver comes round and none of the neighbours are in, what happens to my flowers?", facts: ['next working day'], escalate: false },

  // --- UK courier and letterbox ---
  {
    question: "Sending birthday flowers to my sister down in Bristol. How much is the postage and what time do I need to order by for them to arrive tomorrow?",
    facts: ['£8.95', '3pm'],
    escalate: false,
  },
  { question: 'can u send flowers up to inverness?? is it more expensive', facts: ['£7.50'], escalate: false },
  {
    question: "My son's at uni and never in when parcels come. Do you do something that'll just go through the door, and what's the price?",
    facts: ['£28'],
    escalate: false,
  },

  // --- Bouquets ---
  { question: 'Price of your biggest hand-tied?', facts: ['£95'], escalate: false },
  { question: 'How long a message can I put on the little card that comes with the flowers?', facts: ['40 words'], escalate: false },
  {
    question: "The bouquet I've picked on your site has these gorgeous pink ranunculus in it. If you can't get them on the day, do I just get whatever's lying around?",
    facts: ['equal or higher value'],
    escalate: false,
  },
  { question: 'Can I add a bottle of fizz to my order for my best mate? How much?', facts: ['£16'], escalate: false },

  // --- Subscriptions ---
  { question: "What would it cost to have a normal-sized bunch dropped off at my house every single week?", facts: ['£38'], escalate: false },
  {
    question: "I'm on your flower subscription but we're away in Cornwall for a fortnight in August. How late can I tell you so I'm not charged for the ones while we're gone?",
    facts: ['12pm on the Monday'],
    escalate: false,
  },
  { question: 'which day do subscription flowers normally come round here in harrogate', facts: ['Thursday'], escalate: false },
  {
    question: "My mum moved into a flat on her own last year and I'd love her to get flowers once a month for a whole year as her Christmas present. What would that cost me all in?",
    facts: ['£450'],
    escalate: false,
  },

  // --- Weddings ---
  { question: "We're getting married next June. How much do we need to pay upfront to hold our date with you?", facts: ['£150'], escalate: false },
  { question: 'rough cost per buttonhole for the groom and ushers?', facts: ['£9.50'], escalate: false },
  { question: 'When do we need to have paid off the rest of our wedding flowers bill?', facts: ['4 weeks before'], escalate: false },
  {
    question: "Our venue is a barn out in the Dales, about 40 miles from Harrogate. Is there an extra charge for you to come out that far and set up?",
    facts: ['60p per mile'],
    escalate: false,
  },

  // --- Funerals ---
  {
    question: "The family want the flowers along the side of the coffin to spell out GRANDAD. How much would that be, and how far ahead do we need to order it?",
    facts: ['£55', '5 working days'],
    escalate: false,
  },
  { question: 'Do you charge to take the wreath over to the undertakers? They are on the other side of town.', facts: ['15 miles'], escalate: false },
  { question: 'How much is a spray for the top of the coffin?', facts: ['£150'], escalate: false },
  {
    question: "My brothers and I are sorting all the flowers for Dad's funeral together and it's coming to about £400. Do we have to pay for the lot today?",
    facts: ['50%'],
    escalate: false,
  },

  // --- Care, allergies, pets ---
  { question: 'How long should a bunch from you stay looking nice if I look after it properly?', facts: ['7 to 10 days'], escalate: false },
  {
    question: 'Help!! Orange lily dust all over my white linen tablecloth and guests arrive in an hour. how do I get it off',
    facts: ['sticky tape'],
    escalate: false,
  },
  { question: "We've got two cats who chew everything. Which flowers can you put in a bouquet that won't harm them?", facts: ['sunflowers'], escalate: false },
  {
    question: 'my husband gets awful hayfever every summer but its our anniversary. can you do something that wont set him off sneezing?',
    facts: ['low-pollen'],
    escalate: false,
  },

  // --- Corporate ---
  {
    question: "We'd like a proper arrangement on our office front desk, swapped for a fresh one each week. Ballpark cost?",
    facts: ['£55'],
    escalate: false,
  },
  { question: 'If our company sets up an account with you, how long do we have to settle the invoices?', facts: ['30 days'], escalate: false },
  { question: 'Is there a minimum monthly spend on business accounts? We are only a small estate agents.', facts: ['£100'], escalate: false },

  // --- Orders, payment, refunds ---
  {
    question: "The bouquet I ordered for my nan turned up this afternoon and half the heads are already hanging over. Really disappointed. What do I need to do to get it sorted?",
    facts: ['photo', '24 hours'],
    escalate: false,
  },
  { question: "I need to cancel tomorrows delivery, the party's off. is it too late to get my money back?", facts: ['5pm the day before'], escalate: false },
  { question: "If I order online and pick it up from the shop myself, how soon can I come and get it?", facts: ['2 hours'], escalate: false },

  // --- Workshops ---
  {
    question: "I'd love to learn to do my own bouquets. When do you run the class and what's the cost?",
    facts: ['First Saturday', '£55'],
    escalate: false,
  },
  { question: "Anything for kids over the summer hols? My daughter is 9 and obsessed with flowers.", facts: ['£20'], escalate: false },
  {
    question: "I'm organising my sister's hen do and thought a flower arranging session would be fun for the 8 of us. Can we book a private one, and what's the price per head?",
    facts: ['£60'],
    escalate: false,
  },

  // --- Not answered by any article or the context ---
  { question: 'Do you sell houseplants, like a monstera or a peace lily in a pot?', unknown: true, escalate: false },
  { question: "Where's best to park when I come to collect my order?", unknown: true, escalate: false },
  { question: "Is there a student discount? I'm at Harrogate College.", unknown: true, escalate: false },
  { question: "Do you do gift vouchers? I'd like to give my auntie one for her 70th so she can choose her own.", unknown: true, escalate: false },
  { question: 'Can I get a subscription for dried flowers instead of fresh ones? My flat is too warm for fresh.', unknown: true, escalate: false },
  { question: 'After the wedding, could you preserve or press my bridal bouquet for me, and how much would that cost?', unknown: true, escalate: false },
  { question: "How much is a single red rose on Valentine's Day?", unknown: true, escalate: false },
  { question: "Is the shop step-free? My mum uses a wheelchair and wants to come in and choose her own flowers.", unknown: true, escalate: false },
  { question: "I don't want to make one myself - how much is one of your ready-made Christmas wreaths for my front door?", unknown: true, escalate: false },
  { question: 'Could your corporate account also cover looking after the potted plants in our office?', unknown: true, escalate: false },
  { question: 'Can you add a helium balloon to a birthday bouquet?', unknown: true, escalate: false },
  { question: 'Are your flowers grown in Britain or are they flown in from abroad?', unknown: true, escalate: false },

  // --- Should go to a person ---
  {
    question: "Our cat has been chewing on the lilies from the bouquet you delivered yesterday and now she's been sick twice and keeps drooling. What should I do?",
    escalate: true,
  },
  {
    question: 'Is there any way I could talk to an actual person in the shop about my order, rather than doing this online?',
    escalate: true,
  },
  {
    question: "The wreath for my mum's funeral has just arrived at the chapel and the ribbon says 'Nan' instead of 'Mum'. The service starts at 2. Please help.",
    escalate: true,
  },
];
