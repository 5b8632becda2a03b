/**
 * The second evaluation business: Harbor Lane Cycles, a fictional bicycle shop with a repair
 * workshop, rentals and e-bikes. Written before any tuning for issue 13 (see harbor-cases.ts),
 * in the shapes real help centres use: headings, lists under a heading, list intros, answers
 * that continue into the next sentence, and a business context whose facts appear nowhere else.
 */

export const HARBOR_CONTEXT =
  'Harbor Lane Cycles is an independent bicycle shop and repair workshop on the waterfront in Halifax, Nova Scotia, open since 2009. We sell road, gravel, city and electric bikes, rent bikes to visitors, and service every brand. Our shop phone number is 902-555-0147.';

export const HARBOR_RULES = ['accidents or injuries involving a bike we sold or serviced', 'refund requests over $300', 'complaints about a mechanic'];

export const HARBOR_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Workshop servicing packages',
    category: 'Workshop',
    content: `# Workshop servicing packages
We offer three service levels:
- **Safety check**: brakes, tyres and bolts checked for $35.
- **Standard service**: gears and brakes adjusted, drivetrain cleaned, wheels trued, for $89.
- **Full overhaul**: the bike is stripped, every bearing is cleaned and regreased, and cables are replaced, for $219.
Parts are charged separately at the shelf price.`,
  },
  {
    title: 'Booking a repair',
    category: 'Workshop',
    content: `# Booking a repair
Book a workshop slot online or drop your bike off at the counter.
Most repairs are ready within 3 working days. In spring the queue is longer, so allow up to a week.
We text you when the bike is ready to collect.
Bikes not collected within 30 days of the ready text are charged $5 per day for storage.`,
  },
  {
    title: 'Flat tyres and same-day fixes',
    category: 'Workshop',
    content: `# Flat tyres and same-day fixes
Puncture repairs are done while you wait, usually in about 20 minutes.
An inner tube replacement costs $18 including the tube.
Tubeless sealant top-ups cost $12 per wheel.`,
  },
  {
    title: 'Bike rentals',
    category: 'Rentals',
    content: `# Bike rentals
Our rental fleet includes city bikes, hybrid bikes, and electric bikes.
Prices:
- City bike: $30 per day or $120 per week.
- Hybrid bike: $40 per day.
- Electric bike: $65 per day.
Every rental includes a helmet and a lock.
You need a credit card and photo ID to rent; we place a $200 hold on the card, which is released when the bike comes back undamaged.`,
  },
  {
    title: 'Rental rules',
    category: 'Rentals',
    content: `# Rental rules
Riders must be at least 16 years old to rent on their own. Younger riders must ride with an adult renter.
Rentals are returned by 6pm on the last day.
Late returns are charged an extra half day.
If a rental bike is damaged, the repair cost is taken from the card hold.`,
  },
  {
    title: 'Electric bikes',
    category: 'Bikes',
    content: `# Electric bikes
All our e-bikes are pedal-assist with a top assisted speed of 32 km/h, the legal limit in Canada.
A full charge takes about 4 hours and gives a range of 60 to 100 km depending on the assist level.
Batteries are covered for 2 years or 500 charge cycles, whichever comes first.
Book a free 30-minute test ride in the shop before you buy.`,
  },
  {
    title: 'Choosing the right frame size',
    category: 'Bikes',
    content: `# Choosing the right frame size
Frame size depends on your height and inseam, not just your height.
As a rough guide:
- Under 165 cm: small frame.
- 165 to 180 cm: medium frame.
- Over 180 cm: large frame.
A professional bike fit takes 90 minutes and costs $150. The fee is waived when you buy a bike over $2,000 within 30 days.`,
  },
  {
    title: 'New bike warranty',
    category: 'Policies',
    content: `# New bike warranty
Frames carry the manufacturer's lifetime warranty for the original owner.
Components are covered for 1 year against defects.
Every new bike includes a free first service within 3 months of purchase, when cables have stretched.
The warranty does not cover wear parts such as tyres, chains and brake pads, or crash damage.`,
  },
  {
    title: 'Returns and exchanges',
    category: 'Policies',
    content: `# Returns and exchanges
Unused accessories and clothing can be returned within 30 days with the receipt.
Bikes can be exchanged within 14 days if they have been ridden less than 50 km.
We do not refund custom-built wheels or special-order parts.
Refunds are made to the original payment method.`,
  },
  {
    title: 'Trade-in program',
    category: 'Sales',
    content: `# Trade-in program
Bring in your old bike and we will value it in the shop.
The trade-in value comes off the price of a new bike. It cannot be paid out in cash.
We accept bikes of any brand that are less than 10 years old and roadworthy.`,
  },
  {
    title: 'Payment and financing',
    category: 'Billing',
    content: `# Payment and financing
We take Visa, Mastercard, Interac debit and cash.
Bikes over $1,000 can be paid in 12 monthly instalments with 0% interest through our financing partner.
Approval takes about 10 minutes in the shop.
We do not accept cheques.`,
  },
  {
    title: 'Home delivery and assembly',
    category: 'Sales',
    content: `# Home delivery and assembly
We deliver assembled bikes within 25 km of the shop for $40.
Delivery is free on bikes over $1,500.
Bikes shipped outside the Halifax area arrive 90% assembled in a box; you attach the pedals and handlebars.
Shipping within Canada costs $95 and takes 5 to 8 business days.`,
  },
  {
    title: 'Shop hours and location',
    category: 'Company',
    content: `# Shop hours and location
The shop is at 18 Harbor Lane, next to the ferry terminal.
Opening hours:
- Tuesday to Saturday: 10am to 6pm.
- Sunday: 11am to 4pm.
- Closed on Mondays and public holidays.
The workshop takes its last drop-off one hour before closing.`,
  },
  {
    title: 'Gift cards',
    category: 'Sales',
    content: `# Gift cards
Gift cards are sold in the shop and online in any amount from $25 to $500.
They never expire and can be used for bikes, parts, servicing and rentals.
Lost gift cards cannot be replaced unless they were registered online.`,
  },
  {
    title: 'Winter storage',
    category: 'Workshop',
    content: `# Winter storage
We store bikes indoors from November to March for $120 per season.
The price includes a safety check in spring, so the bike is ready to ride when you collect it.
Storage spaces are limited, so book by the end of October.`,
  },
  {
    title: 'Kids bikes and growing up',
    category: 'Bikes',
    content: `# Kids bikes and growing up
Kids bikes are sized by wheel size, from 12 inch balance bikes to 24 inch bikes for ages 8 to 12.
Our Grow-Up program gives you 40% of the price back in credit when you bring in an outgrown kids bike bought here.
The credit applies to the next size up.`,
  },
];
