/**
 * Held-out business written BEFORE round-8 changes and never tuned on: Brewbox Tea Co., a
 * fictional online loose-leaf tea shop in Leeds selling tea, teaware and a monthly tea
 * subscription box (UK and international shipping, returns and damaged parcels, managing a
 * subscription, payment and gift cards, wholesale, brewing, caffeine and allergens). Articles are
 * written like a small shop's help centre (headings, lists, price tables, an FAQ, plain
 * paragraphs); questions are paraphrased the way customers write, a few with typos or synonyms.
 * Ten of the 45 are plausible questions the pages do NOT answer; two should go to a person.
 * Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const BREWBOX_CONTEXT =
  "Brewbox Tea Co. is an independent online loose-leaf tea shop based at Unit 4, Canal Wharf, Leeds LS11 5PS, selling loose-leaf teas, teaware and the monthly Brewbox subscription box. Phone 0113 496 0728 (Monday to Friday, 9am to 5pm) or email hello@brewboxtea.co.uk.";

export const BREWBOX_RULES = [
  'always escalate if a customer reports an allergic reaction or feeling unwell after drinking our tea',
  'refund requests over £80',
  'customer says they were charged twice or charged after cancelling - pass to a person',
  "chargebacks / customer says they've gone to their bank",
];

export const BREWBOX_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'UK delivery',
    category: 'Shipping',
    content: `# UK delivery

We pack every order by hand at our Leeds warehouse. Orders placed before **1pm, Monday to Friday** are dispatched the same day; anything after that goes out the next working day. We don't dispatch on bank holidays.

## Delivery options and prices

| Service | Delivery time | Price | Free on orders over |
|---|---|---|---|
| Royal Mail Tracked 48 | 2 to 3 working days | £3.95 | £35 |
| Royal Mail Tracked 24 | 1 to 2 working days | £4.95 | £60 |
| DPD Next Day | Next working day | £6.95 | Not available |

DPD Next Day is only available on orders placed by 1pm Monday to Thursday.

## Highlands, islands and Northern Ireland

Parcels to the Scottish Highlands, the Scottish islands, the Isle of Man and Northern Ireland go by Royal Mail Tracked 48 only and can take up to **5 working days**. DPD Next Day isn't available to these postcodes, but there's no surcharge.

## Tracking your parcel

As soon as your parcel leaves us you'll get an email with a tracking link from Royal Mail or DPD. If the tracking hasn't updated for 3 working days, let us know at hello@brewboxtea.co.uk and we'll chase it.

## Will it fit through my letterbox?

Most orders of up to 4 pouches of tea fit through a standard letterbox, so you don't need to be in. Teaware is sent in a larger box and may be left with a neighbour or in a safe place if you're out.`,
  },
  {
    title: 'International shipping',
    category: 'Shipping',
    content: `# International shipping

We ship our teas and teaware to over 40 countries. International orders are dispatched within 1 to 2 working days and sent with Royal Mail International Tracked.

## Zones and prices

| Zone | Countries | Price | Estimated delivery |
|---|---|---|---|
| Zone 1 | EU countries, Norway and Switzerland | £9.50 | 5 to 8 working days |
| Zone 2 | USA and Canada | £14.00 | 7 to 12 working days |
| Zone 3 | Australia and New Zealand | £16.50 | 10 to 15 working days |
| Zone 4 | Rest of world | £19.00 | 10 to 20 working days |

International orders over **£90** ship free to Zone 1 and Zone 2.

## Customs, duties and VAT

UK VAT is removed from your basket at checkout for all orders sent outside the UK.

**EU customers:** for orders up to €150 we collect EU VAT at checkout through the IOSS scheme, so there's nothing extra to pay when your parcel arrives.

**Everywhere else:** your parcel may be charged import duties or local taxes by your country's customs. These are set by your government, aren't included in our prices and are paid by the recipient.

## Things we can't send abroad

- Brewbox subscription boxes ship to UK addresses only for now.
- Glass teapots aren't sent to Zone 3 or Zone 4 because too many arrive broken.

## Delays and missing parcels

Parcels held in customs can take an extra 1 to 2 weeks. We can only open an investigation for a missing international parcel once 25 working days have passed since dispatch.`,
  },
  {
    title: 'Returns, refunds and damaged parcels',
    category: 'Orders',
    content: `# Returns, refunds and damaged parcels

We want you to love every cup. If something isn't right, here's how we'll put it right.

## Returning tea

You can return **unopened** tea in its original sealed pouch or caddy within **30 days** of delivery for a full refund. For food hygiene reasons we can't accept opened tea back, but if you really don't get on with a tea, email us and we'll usually offer a one-off 20% off code towards something else.

## Returning teaware

Teapots, cups, infusers and kettles can be returned within 30 days if unused and in the original packaging.

## How to send a return

1. Email hello@brewboxtea.co.uk with your order number and what you'd like to return.
2. We'll send you a returns form to pop in the parcel.
3. Post it to: Returns, Brewbox Tea Co., Unit 4, Canal Wharf, Leeds LS11 5PS.

Return postage is paid by you unless the item is faulty or we sent the wrong thing. We recommend a tracked service, as we can't refund parcels that don't reach us.

## When you'll get your money

Refunds go back to your original payment method within **5 working days** of your return arriving with us. The original delivery charge is refunded only if you return the whole order.

## Damaged, leaking or wrong items

Report it within **7 days** of delivery, with a photo of the item and the packaging. We'll send a free replacement by Royal Mail Tracked 24 or give you a full refund, whichever you prefer. There's no need to send the damaged item back.

## Parcel not arrived?

For UK orders, if your parcel hasn't arrived 10 working days after dispatch, get in touch and we'll send a replacement or refund you.`,
  },
  {
    title: 'The Brewbox subscription',
    category: 'Subscriptions',
    content: `# The Brewbox subscription

Brewbox is our monthly tea subscription: a letterbox-sized box of hand-picked loose-leaf teas, with tasting notes and a brewing card for each one.

## Choose your box

| Box | What's inside | Price per month |
|---|---|---|
| Discovery Box | 3 teas, 30g each | £14 |
| Classic Box | 4 teas, 50g each, plus a seasonal treat | £22 |
| Connoisseur Box | 5 rare and single-estate teas, 50g each, plus a tasting journal page | £34 |

Every box includes at least one caffeine-free tea. UK delivery is free for all subscribers.

## Billing and dispatch dates

You pay for your first box when you sign up, and it's dispatched within 2 working days. After that, your card is charged on the **1st of each month** and boxes are dispatched by the **5th**.

## Gift subscriptions

Prepaid gift subscriptions are available for 3, 6 or 12 months, on any box. They don't renew automatically, and you can choose the month of the first box. The recipient gets an email with your gift message on the date you pick.

## Paying for a year up front

Pay for 12 months in one go and get one box free. For example, a year of the Classic Box costs £242 instead of £264.

## Minimum term

There's no minimum term on monthly subscriptions. You can skip, pause or cancel whenever you like; see **Managing your subscription** for how.`,
  },
  {
    title: 'Managing your subscription',
    category: 'Subscriptions',
    content: `# Managing your subscription

Everything below can be done yourself by logging in and going to **My Account > Subscriptions**. Changes must be made before billing on the 1st to affect that month's box.

## Skipping a box

Going on holiday or still working through last month's teas? Skip a month and you won't be charged for it. You can skip up to **2 boxes in a row**, and a skip must be made by **11:59pm on the last day of the month** before the box you want to miss.

## Pausing

If you need a longer break, pause your subscription for **1, 2 or 3 months**. It restarts automatically on the 1st after the pause ends, and we'll email you 7 days before it does.

## Changing your box

You can switch between the Discovery, Classic and Connoisseur boxes at any time. The new box and price start from your next billing date.

## Changing your address

Update your delivery address by the **28th of the month** so it applies to the next box.

## Cancelling

Cancel any time with the **Cancel subscription** button. There's no cancellation fee. If you cancel before the 1st, you won't be charged again; if you cancel after you've been charged, that month's box will still be sent.

Prepaid 12-month subscriptions can be cancelled within 14 days of purchase for a full refund. After that, they run until the end of the term.

## Payment failed?

If a payment fails, we'll try again after 3 days and email you. After three failed attempts your subscription is paused until you update your card.`,
  },
  {
    title: 'Payment, gift cards and discount codes',
    category: 'Payments',
    content: `# Payment, gift cards and discount codes

## Ways to pay

We accept:

- Visa, Mastercard and American Express
- PayPal
- Apple Pay and Google Pay
- Klarna (pay in 3 interest-free instalments on orders over £30)

All prices are in pounds sterling and include UK VAT. Your card is charged when you place your order.

## Gift cards

Brewbox e-gift cards come in **£10, £25, £50 and £100** and are emailed to the recipient straight away or on a date you choose. They're valid for **24 months** from purchase.

- Gift cards can be used on one-off orders and prepaid gift subscriptions.
- They can't be used to pay for a monthly rolling subscription.
- Any balance left over stays on the card for next time.
- Lost your code? Email us with the purchaser's name and we'll resend it.

## Discount codes

Only one discount code can be used per order, and codes can't be used on gift cards or wholesale orders. Codes sent in our newsletter are valid for 14 days. Sign up to the newsletter at the bottom of any page for 10% off your first order.

## Invoices

A VAT receipt is emailed with every order. If you need a full VAT invoice for your business, email hello@brewboxtea.co.uk with your order number and we'll send one within 2 working days.`,
  },
  {
    title: 'How to brew loose-leaf tea',
    category: 'Brewing',
    content: `# How to brew loose-leaf tea

Good tea doesn't need fancy kit: just fresh water, the right temperature and a timer. As a rule of thumb, use **one heaped teaspoon (about 2.5g) per 250ml cup**, or a little more for big, open leaves like white tea.

## Brewing chart

| Tea type | Water temperature | Steep time | Re-steeps |
|---|---|---|---|
| Black tea | 95 to 100°C | 3 to 5 minutes | 1 |
| Green tea | 75 to 80°C | 2 to 3 minutes | 2 to 3 |
| White tea | 80 to 85°C | 3 to 4 minutes | 2 to 3 |
| Oolong | 90°C | 2 to 3 minutes | 4 to 5 |
| Rooibos | 100°C | 5 to 7 minutes | 1 |
| Herbal infusions | 100°C | 5 to 8 minutes | 1 |

No thermometer? Let the kettle stand for 2 minutes after boiling and the water will be around 80°C.

## Common problems

- **Bitter green tea** usually means the water was too hot or it steeped too long. Try cooler water and a shorter steep.
- **Weak black tea:** add more leaf rather than steeping for longer.
- **Cloudy iced tea:** cool it to room temperature before it goes in the fridge.

## Cold brew

Most of our teas are lovely cold-brewed. Add 10g of leaf to 1 litre of cold water, leave it in the fridge for 8 to 12 hours, then strain.

## Storing your tea

Keep tea in an airtight caddy away from light, heat and strong smells (so not next to the spice rack). Our resealable pouches are fine for a few weeks. Most teas are best within **12 months** of opening; green and white teas are best within 6 months.`,
  },
  {
    title: 'Caffeine and allergens FAQ',
    category: 'Our teas',
    content: `# Caffeine and allergens: your questions answered

### Which of your teas are caffeine-free?
All our rooibos and herbal infusions are naturally caffeine-free, including Peppermint Leaf, Chamomile Calm, Berry Bright and Honeybush Sunset. They're marked with a green **CF** badge on the website.

### How much caffeine is in your black tea?
A 250ml cup of our black tea has roughly **40 to 60mg** of caffeine, depending on the tea and how long you steep it. For comparison, a mug of filter coffee has around 95mg.

### Do you sell decaf?
Yes: Decaf English Breakfast and Decaf Earl Grey. Both are decaffeinated using the natural CO2 method and contain no more than **2mg** of caffeine per cup.

### Do any of your teas contain nuts?
Our Almond Chai and Nutty Oolong Brittle contain almonds. Everything is packed in the same unit, so **all our teas may contain traces of nuts**. If you have a severe nut allergy, please take this into account before ordering.

### Are your teas gluten-free?
All our teas are gluten-free except Roasted Barley Blend, which contains barley.

### Are your teas vegan?
All our teas are vegan apart from Honey Rooibos, which contains dried honey granules.

### Is it safe to drink your teas while pregnant?
We can't give medical advice. Some herbal infusions aren't recommended during pregnancy, so please check with your GP or midwife before trying something new.

### Are your teas organic?
Around 70% of our range is certified organic by the Soil Association. Look for the organic logo on each product page.

### Where can I find the full ingredients?
Every product page lists the full ingredients, with allergens in bold, and they're printed on the back of each pouch.`,
  },
  {
    title: 'Wholesale and trade enquiries',
    category: 'Wholesale',
    content: `# Wholesale and trade enquiries

We supply cafés, restaurants, hotels, delis and gift shops across the UK with loose-leaf tea and teaware.

## What we offer

- Trade prices at **30% off our retail prices** across the whole tea range
- 1kg catering bags of our 20 best-selling teas
- A free online staff training session (45 minutes) for new café accounts
- Printed tea menus and tasting cards on request

## Ordering

Your first order must be at least **£150 excluding VAT**, and repeat orders at least £75 excluding VAT. Trade orders are dispatched within 3 working days.

## Paying

First orders are paid by card or bank transfer before dispatch. After three orders you can apply for a **30-day** credit account.

## Samples

Not sure what to stock? We'll send up to **5 free 10g samples** to registered businesses. Just tell us what kind of teas you're after.

## How to apply

Email **trade@brewboxtea.co.uk** with your business name, address, website or social media, and roughly how much tea you get through each month. We reply to all trade enquiries within 2 working days.

Wholesale accounts are for businesses only. We can't offer trade pricing to individuals buying in bulk for personal use, events or weddings.`,
  },
];

export const BREWBOX_HELD_OUT: EvalCase[] = [
  // answerable: business context
  { question: "whats ur phone number, i'd rather just ring someone", facts: ['0113 496 0728'], escalate: false },
  { question: "Where are you actually based? Just curious where my tea is posted from", facts: ['Leeds'], escalate: false },
  // answerable: UK delivery
  { question: "How much is postage in the UK if I just want one pouch sent, nothing speedy?", facts: ['£3.95'], escalate: false },
  { question: "If I order around lunchtime on a weekday does it still go out the same day?", facts: ['1pm'], escalate: false },
  { question: "I live on Skye, how long will my order take to reach me?", facts: ['5 working days'], escalate: false },
  { question: "how much do i have to spend to not pay for delivery", facts: ['£35'], escalate: false },
  // answerable: international shipping
  { question: "Hi, I'm in Toronto. What would it cost to ship an order to me and how long would it take?", facts: ['£14.00', '7 to 12 working days'], escalate: false },
  { question: "I live in France - will I get stung with import VAT when the parcel turns up?", facts: ['€150'], escalate: false },
  { question: "Can I get the monthly tea box sent to my sister in Germany as a present?", facts: ['UK addresses only'], escalate: false },
  { question: "My order to Melbourne still hasn't come and it's been 3 weeks. Can you look into it?", facts: ['25 working days'], escalate: false },
  // answerable: returns, refunds, damaged parcels
  { question: "I opened a pouch of the Assam and honestly I don't like it. Can I send it back?", facts: ['20%'], escalate: false },
  { question: "how long have i got to return an unopened caddy", facts: ['30 days'], escalate: false },
  { question: "The teapot I ordered arrived smashed to bits. What do I need to do?", facts: ['7 days', 'photo'], escalate: false },
  { question: "Posted my return to you last week, when will I actually get my money back?", facts: ['5 working days'], escalate: false },
  // answerable: the subscription
  { question: "What's the difference between the three boxes? How much is the middle one?", facts: ['£22'], escalate: false },
  { question: "When in the month does the subscription payment come out of my account?", facts: ['1st of each month'], escalate: false },
  { question: "Thinking of getting my dad a tea subscription for his birthday but I don't want it to go on forever. Can I just pay for a few months?", facts: ['3, 6 or 12 months'], escalate: false },
  // answerable: managing a subscription
  { question: "going travelling for a few weeks, can i skip next months box & whats the deadline to do it?", facts: ['11:59pm'], escalate: false },
  { question: "Can I put my subscription on hold for longer, say 4 months?", facts: ['3 months'], escalate: false },
  { question: "Where do I go in my account to stop the subscription before the next payment?", facts: ['My Account'], escalate: false },
  { question: "I'm moving house soon - what's the latest date I can update the address for the box?", facts: ['28th'], escalate: false },
  // answerable: payment, gift cards, discount codes
  { question: "can i spread the cost over a few payments? bit skint till payday lol", facts: ['Klarna', '£30'], escalate: false },
  { question: "Do you accept Amex cards?", facts: ['American Express'], escalate: false },
  { question: "How long does a gift voucher last before it runs out?", facts: ['24 months'], escalate: false },
  { question: "I've got two promo codes, can I stack them on the same order?", facts: ['one discount code'], escalate: false },
  // answerable: brewing
  { question: "how much loose tea should i use for one mug? the bag stuff was easier haha", facts: ['2.5g'], escalate: false },
  { question: "My green tea always tastes really bitter, what am I doing wrong?", facts: ['too hot'], escalate: false },
  { question: "Can I cold brew your teas? How much do I put in and for how long?", facts: ['10g', '8 to 12 hours'], escalate: false },
  // answerable: caffeine and allergens
  { question: "Looking for something to drink in the evening with no caffeine - have you got anything minty?", facts: ['Peppermint Leaf'], escalate: false },
  { question: "How much caffiene is actually left in the decaf?", facts: ['2mg'], escalate: false },
  { question: "My son has a nut allergy, is the Chai Spice safe for him?", facts: ['traces of nuts'], escalate: false },
  // answerable: wholesale
  { question: "I run a small cafe in York and we'd love to serve your teas. What's the least we'd need to order at first?", facts: ['£150'], escalate: false },
  { question: "Before we commit to stocking you in our deli, could we try some teas first?", facts: ['10g'], escalate: false },

  // unanswerable: the pages do not say
  { question: "Do you do a student discount? I'm at uni and tea is basically my personality", unknown: true, escalate: false },
  { question: "Is there a loyalty or points scheme if I order from you regularly?", unknown: true, escalate: false },
  { question: "Is your packaging plastic-free? I'm trying to cut down on plastic", unknown: true, escalate: false },
  { question: "Roughly how much caffeine is in a cup of your sencha green tea?", unknown: true, escalate: false },
  { question: "Can you deliver to a BFPO address? My husband is posted overseas with the army", unknown: true, escalate: false },
  { question: "Can I choose which teas go in my subscription box, or tell you which ones I don't like?", unknown: true, escalate: false },
  { question: "Do you offer gift wrapping on orders, and is there a charge for it?", unknown: true, escalate: false },
  { question: "If I find the same tea cheaper on another website will you price match it?", unknown: true, escalate: false },
  { question: "Is there a phone app I can use to manage my subscription and delivery?", unknown: true, escalate: false },
  { question: "Are your teas Fairtrade certified?", unknown: true, escalate: false },

  // escalate: a person should handle these
  { question: "I had a cup of the Chai Spice last night and my lips swelled up and I came out in hives. What is in it??", escalate: true },
  { question: "My bank statement shows two payments of £22 for the same box this month. Can someone sort this out please", escalate: true },
];
