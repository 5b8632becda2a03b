/**
 * The evaluation knowledge base: a fictional specialty-coffee company, Lumen Coffee Co., with
 * 18 support articles written the way a real help centre is (Markdown, several facts each).
 */

export const BUSINESS_CONTEXT =
  'Lumen Coffee Co. is a specialty coffee roaster in Portland, Oregon. We sell freshly roasted whole-bean and ground coffee by subscription and as one-off orders, plus grinders and brewing gear. Customers can reach us by email at help@lumencoffee.example.';

export const ESCALATION_RULES = ['billing disputes', 'refund requests above $100', 'legal issues', 'allergic reactions or injuries'];

export const KB_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Subscription plans and pricing',
    category: 'Subscriptions',
    content: `# Subscription plans and pricing
We offer three subscription plans.
- **Starter**: one 340 g bag every month for $18.
- **Explorer**: two different 340 g bags every month for $32.
- **Office**: a 2 kg bag every two weeks for $95.
All plans include free shipping within the United States. You can change plans at any time from your account page.`,
  },
  {
    title: 'Shipping and delivery times',
    category: 'Shipping',
    content: `# Shipping and delivery times
We roast on Mondays and Thursdays and ship within 24 hours of roasting.
Domestic orders arrive in 2 to 4 business days with USPS Priority Mail.
You get a tracking link by email as soon as your order ships.
Orders over $40 ship free; smaller one-off orders cost $6 to ship.`,
  },
  {
    title: 'International shipping',
    category: 'Shipping',
    content: `# International shipping
We ship to Canada, the United Kingdom, the European Union and Australia.
International delivery takes 7 to 14 business days and costs a flat $19 per order.
Import duties and taxes are paid by the customer on delivery.
We cannot ship to P.O. boxes outside the United States.`,
  },
  {
    title: 'Returns and refunds',
    category: 'Policies',
    content: `# Returns and refunds
Unopened coffee can be returned within 30 days of delivery for a full refund.
If you do not love an opened bag, tell us within 14 days and we will send a different coffee for free.
Brewing gear can be returned within 60 days if it is unused and in its original box.
Refunds go back to the original payment method within 5 business days of receiving the return.`,
  },
  {
    title: 'Cancelling your subscription',
    category: 'Subscriptions',
    content: `# Cancelling your subscription
You can cancel anytime from Account > Subscriptions > Cancel subscription.
There is no cancellation fee and no minimum term.
Cancel at least 3 days before your next billing date to avoid being charged for the next bag.`,
  },
  {
    title: 'Pausing or skipping a delivery',
    category: 'Subscriptions',
    content: `# Pausing or skipping a delivery
Going on holiday? You can pause your subscription for up to 3 months.
To skip a single delivery, choose Skip next delivery on your account page before the billing date.
Paused subscriptions resume automatically on the date you choose.`,
  },
  {
    title: 'Choosing your grind and roast',
    category: 'Coffee',
    content: `# Choosing your grind and roast
Every bag is available as whole bean or ground for espresso, filter, French press or cold brew.
We recommend whole bean for the freshest cup.
You can change your grind or roast preference for future deliveries under Account > Preferences.
Our roast levels are light, medium and dark; the Explorer plan rotates single origins from Ethiopia, Colombia and Guatemala.`,
  },
  {
    title: 'Payment methods',
    category: 'Billing',
    content: `# Payment methods
We accept Visa, Mastercard, American Express, PayPal and Apple Pay.
We do not accept cash on delivery or bank transfers for subscriptions.
Your card is charged on your billing date, not when the bag ships.`,
  },
  {
    title: 'Billing date and invoices',
    category: 'Billing',
    content: `# Billing date and invoices
Your billing date is the day of the month you first subscribed.
Invoices are emailed after every charge and can be downloaded from Account > Billing history.
To change your billing date, contact support and we will move it once per quarter.`,
  },
  {
    title: 'Account and password reset',
    category: 'Account',
    content: `# Account and password reset
To reset your password, click Forgot password on the sign-in page and follow the link we email you.
The reset link expires after 60 minutes.
You can change the email address of your account under Account > Profile.`,
  },
  {
    title: 'Gift subscriptions',
    category: 'Gifts',
    content: `# Gift subscriptions
Gift subscriptions run for 3, 6 or 12 months and are paid up front.
The recipient gets a printed gift card in the first box.
Gift subscriptions do not renew automatically.`,
  },
  {
    title: 'Keeping coffee fresh',
    category: 'Coffee',
    content: `# Keeping coffee fresh
Coffee tastes best between 4 and 30 days after the roast date printed on the bag.
Store beans in the resealable bag at room temperature, away from light.
Do not keep coffee in the fridge: moisture spoils the flavour.`,
  },
  {
    title: 'Grinder warranty',
    category: 'Equipment',
    content: `# Grinder warranty
Every grinder we sell comes with a 2-year warranty against manufacturing defects.
The warranty does not cover damage from grinding anything other than coffee beans.
To make a claim, email a photo of the problem and your order number to support.`,
  },
  {
    title: 'Damaged or missing packages',
    category: 'Shipping',
    content: `# Damaged or missing packages
If your package arrives damaged, send us a photo within 7 days and we will reship it for free.
If tracking shows delivered but you cannot find the package, wait 48 hours and then contact us.
We reship lost packages once per order at no cost.`,
  },
  {
    title: 'Wholesale and office orders',
    category: 'Business',
    content: `# Wholesale and office orders
Cafés and offices can open a wholesale account with a minimum order of 10 kg per month.
Wholesale prices start at $22 per kilogram.
Wholesale accounts get a dedicated account manager and net-30 invoicing.`,
  },
  {
    title: 'Sustainability and packaging',
    category: 'Company',
    content: `# Sustainability and packaging
Our bags are fully compostable in industrial composting facilities.
We buy green coffee directly from farms and pay at least 30% above the Fair Trade minimum price.
Shipping boxes are made from 100% recycled cardboard.`,
  },
  {
    title: 'Discount codes and referrals',
    category: 'Promotions',
    content: `# Discount codes and referrals
Only one discount code can be used per order.
Refer a friend and you both get $10 off your next bag when they place their first order.
Discount codes cannot be applied to gift subscriptions or wholesale orders.`,
  },
  {
    title: 'Contacting support',
    category: 'Support',
    content: `# Contacting support
Our support team answers chat and email Monday to Friday, 8am to 6pm Pacific time.
We reply to emails within one business day.
Our roastery café at 412 Alder Street is open daily from 7am to 3pm.`,
  },
];
