/**
 * Held-out business written BLIND, BEFORE round-10 changes, and never tuned on: Crumb & Co.
 * Bakery, a fictional independent bakery in Ipswich, Suffolk (daily bread and pastries in the
 * shop, celebration cakes, wedding tiers, cupcakes and party boxes; ordering, lead times and
 * deposits, changing and cancelling, delivery and collection, allergens and dietary needs,
 * flavours and decorations, and the usual shop questions). Articles are written like a small
 * business's help pages (headings, lists, price tables, an FAQ, plain paragraphs); questions are
 * paraphrased the way customers write, some long, some terse, a few with typos.
 * Ten of the 45 are plausible questions the pages do NOT answer; two should go to a person.
 * Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const CRUMB_CONTEXT =
  'Crumb & Co. Bakery is an independent bakery at 41 Tacket Street, Ipswich, Suffolk IP4 1AU, selling bread and pastries in the shop and making celebration and wedding cakes to order. Phone 01473 218 406 or email hello@crumbandco-bakery.co.uk; the shop is open Tuesday to Friday 7:30am to 4pm and Saturday 7:30am to 3pm, and closed on Sundays and Mondays.';

export const CRUMB_RULES = [
  'always escalate if someone says they had an allergic reaction or got ill after eating something of ours',
  'refund requests over £80',
  'wedding cake turned up damaged, late or not what they ordered on the day - pass to a person',
  'complaints about staff / being treated rudely in the shop, or a delivery driver who never showed',
];

export const CRUMB_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Bread and pastries in the shop',
    category: 'Shop',
    content: `# Bread and pastries in the shop

Everything on our shelves is baked on the premises. Our bakers start at 5am, so the first loaves are out of the oven by the time we open. We bake in small batches, which means some things do sell out, especially sourdough on a Saturday morning, so come early if you have your heart set on something.

## Our loaves

| Loaf | Weight | Price | Baked on |
|---|---|---|---|
| White sourdough | 800g | £4.80 | Every day we're open |
| Seeded rye | 750g | £5.20 | Tuesdays, Thursdays and Saturdays |
| Farmhouse white tin | 800g | £3.40 | Every day we're open |
| Wholemeal tin | 800g | £3.60 | Every day we're open |
| Suffolk oat and honey | 600g | £4.20 | Wednesdays and Fridays |
| Rosemary and sea salt focaccia | Half tray | £3.90 | Fridays and Saturdays |
| Spelt and honey | 700g | £5.40 | Saturdays only |

We're happy to slice any loaf for you on our slicing machine at no charge, except the focaccia, which doesn't slice well. Just ask at the counter.

## Pastries and savouries

- Butter croissant, £2.20
- Pain au chocolat, £2.50
- Almond croissant, £3.10
- Cardamom and cinnamon bun, £2.90
- Sausage roll (Suffolk pork, made with our own rough puff), £3.20
- Cheese, leek and mustard pasty, £3.80

Croissants and buns are baked fresh every morning. Sausage rolls and pasties come out of the oven at about 11am, ready for lunch.

## Reserving a loaf

If you don't want to risk missing out, phone the shop by 4pm the day before and we'll put a loaf aside for you. You pay when you pick it up. We hold reserved bread until 12 noon; after that it goes back on the shelf.

## End of the day

From 2:30pm on weekdays, any bread left over is sold at half price. Whatever is still left at closing goes to local community fridges, so nothing is wasted.
`,
  },
  {
    title: 'Celebration cakes: sizes and prices',
    category: 'Cakes',
    content: `# Celebration cakes: sizes and prices

Our celebration cakes are made to order for birthdays, christenings, anniversaries, retirements and anything else worth marking. Every cake is three layers of sponge with two layers of filling, covered in smooth buttercream and finished with a simple decoration of your choice. If you'd like something more elaborate, see our page on flavours, fillings and decorations.

## Round cakes

| Size | Party portions | Dessert portions | Vanilla, lemon or red velvet sponge | Chocolate fudge | Rich fruit cake |
|---|---|---|---|---|---|
| 6 inch | 12 | 8 | £38 | £42 | £45 |
| 8 inch | 20 | 12 | £52 | £58 | £62 |
| 10 inch | 34 | 20 | £70 | £78 | £85 |
| 12 inch | 50 | 30 | £95 | £105 | £115 |

**Party portions** are fingers about 1 inch by 2 inches, the sort you'd wrap in a napkin and send home in a party bag. **Dessert portions** are wedges about 2 inches wide, to eat with a fork.

## Square cakes

Square cakes are available in the same sizes. They serve roughly a third more than the round cake of the same size and cost an extra £8.

## Number and letter cakes

Our number cakes are cut from sponge and layered with buttercream, then decorated with fresh fruit, macarons, chocolates and flowers.

- One number or letter (serves about 20): **£55**
- Two numbers or letters (serves about 40): **£95**

Number cakes need a little more notice than our standard cakes; see our ordering page.

## Not sure what size?

As a rule of thumb, if the cake is the main event (for example at a party with no other pudding), go by dessert portions. If it's being cut up and handed out alongside other food, go by party portions. Give us a ring and we'll happily help you choose.
`,
  },
  {
    title: 'Wedding cakes',
    category: 'Weddings',
    content: `# Wedding cakes

We make a limited number of wedding cakes each year so that every couple gets our full attention. We take no more than three weddings on any one weekend, and popular summer Saturdays go quickly, so we recommend booking six to twelve months ahead.

## Consultations and tasting

Every wedding starts with a free 45-minute consultation in the shop, usually on a Tuesday or Wednesday afternoon. We'll talk through your style, colours, flowers and numbers and sketch out a design.

If you'd like to try our flavours first, order a **tasting box** for £15. It has four generous slices of your choice of sponge and filling, to take home and share. The £15 is taken off the price of your wedding cake if you book with us.

## Prices

| Tiers | Sizes | Serves | Naked or semi-naked | Buttercream | Iced in sugarpaste |
|---|---|---|---|---|---|
| 2 tiers | 6 inch and 8 inch | 40 | £260 | £300 | £360 |
| 3 tiers | 6, 8 and 10 inch | 75 | £390 | £450 | £540 |
| 4 tiers | 4, 6, 8 and 10 inch | 90 | £480 | £560 | £680 |

Serving numbers are based on wedding portions of 1 inch by 2 inches. Each tier can be a different flavour at no extra cost.

## Feeding more guests

If you have more guests than your display cake will feed, we can make an undecorated **cutting cake** that stays in the kitchen and is sliced up by your caterers. A 10 inch square cutting cake serves around 50 and costs £65.

## Delivery and set-up

Delivery and set-up are included for venues within 15 miles of the shop. Further afield, we charge 60p per mile for each extra mile. We arrive about two hours before your reception, set the cake up on its stand and add any fresh flowers, then leave it in the venue's care.

## Cake stands

We hire out gold, silver and white cake stands for £12. We take a £40 refundable deposit on each stand, which is returned once the stand comes back to us in one piece. Stands should be returned within 7 days of the wedding.

## Fresh flowers

Your florist is welcome to supply flowers for the cake and we'll arrange them on the day. We can also provide our own seasonal flowers, from £25.

For deposits and payment dates for weddings, see our page on ordering and deposits.
`,
  },
  {
    title: 'Cupcakes, traybakes and party boxes',
    category: 'Cakes',
    content: `# Cupcakes, traybakes and party boxes

Cupcakes and traybakes are perfect for school cake sales, office birthdays, baby showers and children's parties where a big cake is more fuss than it's worth.

## Prices

| Item | Box of 6 | Box of 12 | Box of 24 |
|---|---|---|---|
| Classic cupcakes (swirl of buttercream and sprinkles) | £15 | £27 | £50 |
| Decorated cupcakes (themed toppers, colours to match your party) | £19 | £34 | £64 |
| Mini cupcakes | Not available | £14 | £26 |
| Chocolate brownies | £13 | £24 | Not available |

**Decorated cupcakes** are made to a minimum order of 12. You can have up to two flavours in a box of 12 and up to four in a box of 24.

## Party boxes

Our **traybake party box** has 20 pieces of mixed traybakes: brownies, lemon drizzle, millionaire's shortbread and Rocky Road. It costs £32 and comes in a recyclable box, ready to put straight on the table.

## Cupcake flavours

- Vanilla
- Chocolate
- Lemon
- Red velvet
- Salted caramel
- Biscoff

## Cupcake towers

If you'd like to display cupcakes instead of (or as well as) a cake, we hire out a four-level acrylic cupcake tower that holds up to 50 cupcakes. Tower hire is £10, returned to us within 7 days.

## Good to know

- Cupcakes are best eaten within 2 days.
- Boxes are recyclable cardboard with a clear window; we don't use plastic inserts.
- We often have a tray of classic cupcakes on the counter on Saturdays, sold individually at £2.75 each, but we can't promise flavours or numbers, so order ahead if it matters.
`,
  },
  {
    title: 'How to order: lead times, deposits and payment',
    category: 'Ordering',
    content: `# How to order: lead times, deposits and payment

## Placing an order

You can order a cake by filling in the order form on our website, by email, or in person at the counter. Phone orders are fine for simple cakes, but for anything with a design we'll ask you to confirm it by email so that nothing gets lost in translation. Once we've agreed the details we'll email you an order confirmation with your collection or delivery slot.

## How much notice we need

| What you're ordering | Minimum notice |
|---|---|
| Celebration cakes | 7 days |
| Number and letter cakes | 10 days |
| Cupcakes, brownies and party boxes | 3 working days |
| Wedding cakes | 3 months |

**Short notice:** if you need a cake sooner than this, ask anyway. If we can fit it in, there is a £10 rush fee.

**Christmas:** Christmas cake and yule log orders close on **15 December**, or earlier if we're full.

## Deposits

- **Celebration cakes and cupcake orders:** we take a **25%** deposit when you order. The balance is paid when you collect, or 48 hours before delivery if we're delivering. Orders under £40 are paid in full at the time of ordering.
- **Wedding cakes:** a **£100** booking fee secures your date. Half of the remaining balance is due 3 months before the wedding and the rest 4 weeks before.

Your order isn't confirmed until the deposit or booking fee has been paid.

## How you can pay

- Card (Visa, Mastercard and debit cards) in the shop, or by phone
- Cash in the shop
- Bank transfer (our details are on your order confirmation; please use your order number as the reference)

We're sorry, but we don't take American Express or cheques.

## Quotes

For anything outside our price lists, such as a design from a photo you've found online, email us a picture and your numbers and we'll send a quote within two working days.
`,
  },
  {
    title: 'Changing or cancelling your order',
    category: 'Ordering',
    content: `# Changing or cancelling your order

We know plans change. Because we buy ingredients, plan our bakes and turn away other orders for yours, our policy is as follows.

## Cancelling

| When you cancel | Celebration cakes and cupcakes | Wedding cakes |
|---|---|---|
| More than 7 days before | Deposit refunded in full | More than 3 months before: everything refunded except a £50 admin fee |
| 3 to 7 days before | Deposit kept, nothing else to pay | 4 weeks to 3 months before: booking fee and anything paid so far is kept |
| Less than 72 hours before | Full price is payable | Less than 4 weeks before: full price is payable |

Refunds go back to the card you paid with and usually take 3 to 5 working days to show.

## Changing your order

- **Design, colours or message:** free to change up to **5 days** before collection or delivery.
- **Flavour or size:** up to 7 days before, as long as we can still get what we need. If the new size costs more, you pay the difference.
- **Moving the date:** you can move your order to another date once, free of charge, if you tell us more than 7 days beforehand. Within 7 days, it counts as a cancellation.

Please make all changes by email so we have them in writing. We can't take changes through social media messages.

## If something isn't right

Please check your cake carefully when you collect it, before it leaves the shop. Once it's out of our hands we can't be responsible for damage on the journey home.

If you're unhappy with how your cake tasted, let us know within **48 hours** and, if you can, bring back what's left. We'll look into it properly and put things right where we've got it wrong.
`,
  },
  {
    title: 'Delivery and collection',
    category: 'Delivery',
    content: `# Delivery and collection

## Collecting from the shop

Most of our customers collect their cakes from the shop. When you order, you'll choose a collection time during our opening hours. Cakes are boxed and ready at the counter.

Getting your cake home safely:

- Put the box flat in the **footwell** of the car, or in the boot on a non-slip mat. Never on a seat: seats are sloped and the cake will slide.
- Keep the car cool and drive gently, especially round corners and over speed bumps.
- Carry tiered cakes level with both hands under the base board.

There's a loading bay outside the shop where you can stop for up to 20 minutes while you collect.

If something comes up and you can't collect at your time, just let us know and we'll keep your cake in the chiller until closing.

## Delivery

We deliver celebration cakes, cupcakes and party boxes from Tuesday to Saturday. We're sorry, but we can't deliver bread or pastries on their own.

| Distance from the shop | Places (examples) | Delivery charge |
|---|---|---|
| Up to 5 miles | Ipswich town, Kesgrave, Rushmere St Andrew, Pinewood | £8 |
| 5 to 10 miles | Woodbridge, Needham Market, Claydon, Capel St Mary | £14 |
| 10 to 20 miles | Felixstowe, Stowmarket, Hadleigh, Manningtree | £22 |
| Over 20 miles | Wedding cakes only, at 60p per extra mile | Quoted |

## Delivery slots

- Morning: 9am to 12 noon
- Afternoon: 12 noon to 3pm

If you need your cake at a particular time (for example, before a surprise party starts), we can deliver at a specific time for an extra £12.

Someone aged 16 or over needs to be in to receive the cake. We can't leave cakes on doorsteps or with neighbours.

## Sundays

The shop is closed on Sundays, but we do deliver **wedding cakes** on Sundays for a £30 surcharge.
`,
  },
  {
    title: 'Allergens and dietary needs',
    category: 'Allergens',
    content: `# Allergens and dietary needs

We take allergies seriously, and we'd always rather you asked than guessed.

## Our kitchen

Everything we sell is made in one small kitchen where we use **wheat, milk, eggs, nuts (including almonds, hazelnuts and walnuts), sesame, soya and sulphites** every day. We clean down carefully between bakes, but we cannot guarantee that any product is completely free from any allergen.

## Finding allergen information

- In the shop, ask to see our **allergen folder**, which lists the 14 major allergens for everything on the counter. It is kept up to date whenever a recipe changes.
- Pre-packed items such as boxed cookies carry a full ingredients label.
- For cake orders, tell us about any allergies on the order form and we'll go through the ingredients with you.

## Gluten-free cakes

We can make our vanilla, chocolate and lemon sponges with gluten-free flour. These are made in the **same kitchen** as everything else, so while they're fine for people cutting down on gluten, we don't recommend them for anyone with coeliac disease. Gluten-free cakes cost an extra £6 on a 6 inch cake and £10 on larger sizes.

## Vegan cakes

Our vegan vanilla, chocolate and lemon sponges use plant-based butter and no eggs or milk, and come with a vegan buttercream. They cost an extra £5 per cake, or £3 per box of 12 cupcakes. Vegan cakes are made in the same kitchen, so they may contain traces of milk and egg.

## Nuts

- Our **carrot cake** contains walnuts and our coffee cake comes with walnuts on top.
- Almond croissants, frangipane tarts and Bakewell slices all contain almonds.
- We can leave nuts out of a cake on request, but it still can't be called nut-free.

## Other things people ask about

- Our seeded rye and seeded loaves contain **sesame**.
- The rich fruit cake is fed with **brandy** for several weeks, so it isn't alcohol-free. We can make it with orange juice instead if you ask when you order.
- Some of our sprinkles and sweets contain gelatine, so please tell us if you need a vegetarian cake and we'll decorate it without them.
`,
  },
  {
    title: 'Flavours, fillings and decorations',
    category: 'Cakes',
    content: `# Flavours, fillings and decorations

## Sponge flavours

- Vanilla
- Chocolate fudge
- Lemon
- Red velvet
- Carrot (with walnuts)
- Coffee and walnut
- Salted caramel
- Raspberry and white chocolate (extra £4)

## Fillings

Every cake has two layers of filling. Choose from vanilla buttercream, chocolate ganache, lemon curd with buttercream, raspberry jam with buttercream, cream cheese frosting or Biscoff buttercream (extra £3).

Fresh cream is not available in our celebration cakes because they need to sit happily at room temperature.

## Buttercream or sugarpaste?

Most of our cakes are finished in smooth buttercream, which we think tastes better. If you'd like the crisp, clean look of sugarpaste (fondant) icing instead, add £10 to a 6 or 8 inch cake and £15 to a 10 or 12 inch cake.

## Decorations and extras

| Extra | Price | Notes |
|---|---|---|
| Piped message | Free | Up to 30 characters |
| Edible photo print | £9 | Send your photo at least 5 days before |
| Chocolate drip | £6 | Dark, milk, white or coloured |
| Gold leaf | £5 | |
| Hand-modelled sugar figure | From £12 each | Pets, people, characters of your own |
| Fresh flowers | From £15 | Seasonal, chosen by us to match your colours |
| Sparkler candles | £3 | Box of 4 |

## Characters and logos

We're not allowed to copy licensed characters (for example from films or TV) by hand. Instead, we can put an official licensed **edible topper** on your cake for £8, and we can build the rest of the design around it.

Company logos can be printed as an edible photo print, as long as the logo is your own company's.

## Photos from the internet

You're welcome to send us pictures of cakes you like. We'll use them as inspiration and make something in our own style, but we won't copy another baker's work exactly.
`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### Where can I park?

The nearest car park is on **Foundation Street**, about a three-minute walk away. If you're just collecting a cake, you can stop in the loading bay outside the shop for up to 20 minutes.

### Can I bring my dog into the shop?

Of course. Well-behaved dogs on a lead are welcome, and there's usually a jar of dog biscuits on the counter.

### Do you have seating?

We're a takeaway shop, but there's a bench outside if the sun's out. We sell takeaway tea, coffee and hot chocolate; a flat white is £2.90.

### Do you have a loyalty card?

Yes. Ask for a stamp card at the counter. You get a stamp each time you buy a loaf, and your 10th loaf is free.

### Do you sell gift vouchers?

Yes, in the shop or by phone, for any amount from £10. Vouchers can be used on anything, including cake orders, and are valid for **12 months** from the date they were bought.

### How should I store my cake?

Keep buttercream cakes in their box somewhere cool, but not in the fridge, as it dries the sponge out. Once cut, cover the cut edge with cling film. They're best eaten within **3 days**. Cakes with cream cheese frosting should go in the fridge; take them out an hour before serving.

### How long does your bread keep?

Our sourdough keeps for three to four days in a bread bag or wrapped in a tea towel. Tin loaves are best within two days. Don't keep bread in the fridge, as it goes stale faster.

### Do you supply cafés and restaurants?

Yes, we supply a handful of local cafés and delis with bread and pastries. There's a minimum order of £50 a week, delivered before 8am. Email us to ask about wholesale prices.

### Can I order bread in bulk for a party?

Yes, with 48 hours' notice. Large orders of rolls or loaves need to be collected from the shop.

### Are you on social media?

We post each morning's bakes on Instagram, but please don't use social media to place or change orders; email or phone us instead.
`,
  },
];

export const CRUMB_HELD_OUT: EvalCase[] = [
  // answerable: business context
  { question: "whats ur phone number? want to ring about a cake", facts: ['01473 218 406'], escalate: false },
  { question: "I start work at 8 and wanted to grab a croissant on the way in on a Thursday. How early do you open?", facts: ['7:30am'], escalate: false },
  // answerable: bread and pastries
  { question: "How much is one of your big sourdough loaves?", facts: ['£4.80'], escalate: false },
  { question: "which days can i get the rye bread", facts: ['Thursday'], escalate: false },
  { question: "Last two Saturdays I've turned up at half ten and the sourdough's all gone. Is there any way I can get one kept back for me?", facts: ['4pm'], escalate: false },
  { question: "Do you knock the price down on bread near closing time? Student here, on a budget lol", facts: ['half price'], escalate: false },
  // answerable: celebration cakes
  { question: "My daughter turns 9 in a few weeks and I'd like a chocolate cake, the 8 inch round one. What would that cost?", facts: ['£58'], escalate: false },
  { question: "roughly how many kids would a 10 inch cake do if we're just cutting it into small bits for party bags?", facts: ['34'], escalate: false },
  { question: "Do you do those cakes shaped like a big number with macarons and flowers on top? My mum's turning 70 so it'd be two digits. Price?", facts: ['£95'], escalate: false },
  // answerable: wedding cakes
  { question: "We're getting married next summer and we'd love to try your cakes before we decide. Is there a way to sample them, and does it cost anything?", facts: ['£15'], escalate: false },
  { question: "how much for a 3 tier buttercream wedding cake pls", facts: ['£450'], escalate: false },
  { question: "Our venue is about 8 miles from you. Do you bring the wedding cake and put it up, or do we have to sort that ourselves?", facts: ['15 miles'], escalate: false },
  { question: "We've got 130 guests but don't want a massive 5-tier cake on display. Any way round that?", facts: ['cutting cake'], escalate: false },
  // answerable: cupcakes and party boxes
  { question: "Can I get a dozen of the plain cupcakes, the ones with just buttercream and sprinkles? How much?", facts: ['£27'], escalate: false },
  { question: "I'm doing a baby shower and want some cupcakes with little themed toppers to match our colours. Could I just have 6 of those?", facts: ['12'], escalate: false },
  { question: "Do you do a box of mixed tray bakes for an office do? How many pieces and how much?", facts: ['20 pieces', '£32'], escalate: false },
  // answerable: ordering, lead times and deposits
  { question: "how far in advance do i need to order a birthday cake", facts: ['7 days'], escalate: false },
  { question: "Bit of a disaster, completely forgot my husband's birthday is on Friday and it's Tuesday now. Is it too late for a cake or can you squeeze me in? Will it cost more?", facts: ['£10'], escalate: false },
  { question: "Do I have to pay for the whole cake when I order or just part of it up front?", facts: ['25%'], escalate: false },
  { question: "Can I pay with my Amex card?", facts: ['American Express'], escalate: false },
  { question: "What's the last date I can get an order in for a Christmas cake?", facts: ['15 December'], escalate: false },
  // answerable: changing and cancelling
  { question: "I've put a deposit down on a birthday cake but the party might get called off. How much warning do I need to give you to get the deposit back if we cancel?", facts: ['7 days'], escalate: false },
  { question: "We've had to postpone the wedding and we're about 4 months out now. What happens with the money we've paid for the cake?", facts: ['£50'], escalate: false },
  { question: "hi, ordered a cake w/ 'happy 40th dave' on it but need to change the wording. too late?? its for next weds", facts: ['5 days'], escalate: false },
  // answerable: delivery and collection
  { question: "How much to deliver a birthday cake to Woodbridge?", facts: ['£14'], escalate: false },
  { question: "It's a surprise party and the cake needs to arrive at exactly 2pm, not before. Can you do a set time? Is there a charge?", facts: ['£12'], escalate: false },
  { question: "I'm picking up a big cake in my Fiesta and I'm terrified it'll slide about. Where's best to put it in the car?", facts: ['footwell'], escalate: false },
  // answerable: allergens and dietary needs
  { question: "My niece has coeliac disease. Would one of your gluten free cakes be ok for her?", facts: ['same kitchen'], escalate: false },
  { question: "Can you make a vegan birthday cake, and is it more expensive?", facts: ['£5'], escalate: false },
  { question: "Is there any alcohol in the fruit cake? Grandad doesn't drink.", facts: ['brandy'], escalate: false },
  // answerable: flavours, fillings and decorations
  { question: "Could you put a photo of our dog on the top of the cake? How much extra is that?", facts: ['£9'], escalate: false },
  { question: "my lad is mad about a certain cartoon dog off the telly, can u do a cake with him on it", facts: ['edible topper'], escalate: false },
  // answerable: FAQ
  { question: "Where's the best place to park near you? Never been before.", facts: ['Foundation Street'], escalate: false },

  // unanswerable: the pages do not say
  { question: "Do you run any bread making or sourdough classes? Would make a great present for my dad.", unknown: true, escalate: false },
  { question: "Could I buy a bit of your sourdough starter to take home and bake with?", unknown: true, escalate: false },
  { question: "Do you give NHS staff a discount?", unknown: true, escalate: false },
  { question: "Is there a customer toilet in the shop? I'll have my toddler with me.", unknown: true, escalate: false },
  { question: "Are the eggs you use in your cakes free range?", unknown: true, escalate: false },
  { question: "Do you make special birthday cakes that are safe for dogs to eat?", unknown: true, escalate: false },
  { question: "My dad's diabetic. Can you make a sugar-free birthday cake?", unknown: true, escalate: false },
  { question: "Can we freeze the top tier of our wedding cake to eat on our first anniversary?", unknown: true, escalate: false },
  { question: "Is the shop open on bank holidays like Good Friday? Want to get hot cross buns.", unknown: true, escalate: false },
  { question: "Do you do sandwich platters for office lunches?", unknown: true, escalate: false },

  // escalate: a person should handle these
  { question: "My son ate one of your cupcakes at a party an hour ago and his lips have swollen up and he's come out in hives. What was in it?", escalate: true },
  { question: "The birthday cake I collected on Saturday was dry and the icing had the wrong name on it. I want the full £105 back.", escalate: true },
];
