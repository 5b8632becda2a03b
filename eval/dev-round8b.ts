/**
 * DEV businesses written in round 8 (second batch) without reading the agent's code; tuned on.
 *
 * Trailhead Outfitters (TRAIL): a fictional UK online outdoor-clothing and camping-gear shop with
 * a store in Keswick (delivery, tracking, returns, warranty, sizing, price match, click and collect,
 * gift cards and NHS discount, tent hire, waterproof care).
 * Plotline (PLOT): a fictional SaaS project-management tool (plans, trial, seats and proration,
 * integrations, data export and deletion, 2FA, uptime and support, API limits, cancelling).
 * Each has 40 cases: 28 answerable, 10 not answered anywhere, 2 for a person under the rules.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Trailhead Outfitters
// ---------------------------------------------------------------------------------------------

export const TRAIL_CONTEXT =
  'Trailhead Outfitters is an online outdoor-clothing and camping-gear shop based in the UK, with a store at 27 Main Street, Keswick, Cumbria CA12 5BL. Phone 017687 555 842 (Monday to Saturday, 9am to 5:30pm) or email help@trailheadoutfitters.co.uk.';

export const TRAIL_RULES = [
  'always escalate if a customer has been hurt or injured by something we sold them (stoves, tent poles, lighting etc.)',
  'refund requests over £150',
  'customer says the tracking shows delivered but the parcel never arrived - pass to a person',
  'Any dispute about money kept back from a tent hire deposit -> staff member',
];

export const TRAIL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Delivery options and order tracking',
    category: 'Delivery',
    content: `# Delivery options and prices

We ship from our warehouse in Penrith, Cumbria. Orders placed before **2pm Monday to Friday** are packed and sent the same day.

| Service | Delivery time | Price | Free when you spend |
|---|---|---|---|
| Standard (Royal Mail Tracked 48) | 2 to 4 working days | £3.95 | £60 or more |
| Express (DPD Next Day) | Next working day if ordered by 2pm | £6.95 | £150 or more |
| Saturday (DPD) | Saturday, if ordered by 2pm Friday | £9.95 | Never free |
| Scottish Highlands and Islands | 3 to 5 working days | £8.95 | Never free |
| Click and collect, Keswick | From 2 working days | Free | Always free |

Bulky items such as tents over 4 kg and camping furniture always go by DPD, whatever service you choose, and can't be sent for Saturday delivery.

We currently deliver to UK addresses only, including Northern Ireland. We don't ship to BFPO addresses.

## Tracking your order

- You'll get a dispatch email with a tracking number as soon as your parcel leaves us.
- Royal Mail tracking numbers start with two letters and end in **GB**; DPD numbers are 14 digits.
- DPD sends a text on the morning of delivery with a one-hour delivery window, and you can redirect the parcel to a DPD Pickup shop from that text.
- Tracking can take up to **24 hours** to show any movement after the dispatch email.

If your order hasn't been dispatched within 2 working days, log in to **My Account > Orders** to check its status. "Awaiting stock" means one item is on back order and we'll email you an expected date.`,
  },
  {
    title: 'Returns and exchanges',
    category: 'Returns',
    content: `# Returns and exchanges

Changed your mind? You have **60 days** from the day your order arrives to return unworn, unused items for a full refund.

## Conditions

- Items must be unworn, unwashed and have all original tags attached.
- Footwear must only have been tried on indoors. Boots with mud or wear on the soles can't be accepted.
- Tents, sleeping bags and sleeping mats must be unused and packed in their original bags.
- Gas canisters, fuel and personalised items (for example embroidered jackets) can't be returned unless faulty.
- Sale items marked "Final clearance" can be exchanged but not refunded.

## How to return

1. Log in to My Account and choose **Start a return**, or use our returns portal with your order number and postcode.
2. Print the Royal Mail label, or show the QR code at any Post Office.
3. Returns by post cost **£2.95**, which is taken off your refund. Returns to our Keswick store are free.

Refunds go back to the original payment method within **5 working days** of the return reaching our warehouse. Your bank may take a further 3 to 5 days to show it.

## Exchanges

Exchanges for a different size or colour are free: we pay the return postage and send the replacement by Standard delivery as soon as your return is scanned at the Post Office. If the new size is out of stock we'll refund you instead.

To swap for a different product altogether, return the original for a refund and place a new order.`,
  },
  {
    title: 'Faulty items and warranty',
    category: 'Returns',
    content: `# Faulty items and warranty

If something you bought from us is faulty, you never pay to send it back.

## Within 30 days

Tell us within **30 days** of delivery and you can choose a full refund, a replacement or a repair. Email help@trailheadoutfitters.co.uk with your order number and photos of the fault, and we'll send a free returns label.

## After 30 days

Most of the brands we stock carry a manufacturer's warranty on top of your legal rights:

| Brand or product | Warranty |
|---|---|
| Trailhead own-brand clothing | 2 years |
| Trailhead own-brand tents | 3 years |
| Fellside boots | 2 years on sole and stitching |
| Crag & Co rucksacks | Lifetime guarantee against manufacturing defects |
| Stoves and head torches | 1 year |

We handle the warranty claim with the manufacturer for you. Assessments usually take **10 to 15 working days**. If the product is found to be faulty it will be repaired, replaced or refunded. If the damage is down to normal wear and tear, an accident or misuse, we'll post it back to you free of charge with the assessor's report.

## What isn't covered

- Normal wear, such as worn-through heels or faded fabric.
- Damage from drying boots or jackets on a radiator or next to a fire.
- Zip pulls broken after the first 12 months (we sell replacement pulls for £2.50).
- Loss of water repellency. See our waterproof care guide: this can usually be restored at home.`,
  },
  {
    title: 'Sizing help',
    category: 'Products',
    content: `# Sizing help

Not sure which size to go for? Here's how our sizes work.

## Clothing

Trailhead own-brand clothing is a **regular fit** and designed to be layered. If you're between sizes, size up for jackets and size down for base layers.

| Size | Chest (men's) | Chest (women's) | Waist (men's) |
|---|---|---|---|
| S | 36 to 38 in | 32 to 34 in | 30 to 31 in |
| M | 39 to 41 in | 35 to 37 in | 32 to 33 in |
| L | 42 to 44 in | 38 to 40 in | 34 to 36 in |
| XL | 45 to 47 in | 41 to 43 in | 37 to 39 in |

## Walking boots

- Measure your feet in the afternoon, when they're at their largest, wearing the socks you'll walk in.
- Leave about a thumb's width (roughly 1 cm) between your longest toe and the end of the boot.
- Fellside boots come up half a size small, so we suggest ordering half a size up.

## Rucksacks

Rucksack size depends on your back length, not your height. Measure from the bony bump at the base of your neck down to the top of your hip bones:

- under 45 cm: choose **Short**
- 45 to 52 cm: choose **Regular**
- over 52 cm: choose **Long**

Still unsure? Our Keswick store offers free boot fitting with a member of staff. There's no need for an appointment on weekdays, but on Saturdays we recommend booking a 30-minute slot online.`,
  },
  {
    title: 'Price match promise',
    category: 'Payments',
    content: `# Price match promise

Found it cheaper? If another UK retailer is selling the identical item for less, we'll match their price.

## The rules

- The item must be the same brand, model, colour and size, and in stock at the other retailer.
- The other retailer must be a UK-based shop or UK website. We don't match marketplaces, such as eBay or Amazon Marketplace sellers.
- The lower price must include the other retailer's delivery charge.
- We don't match clearance events, members-only prices, voucher codes or bundle deals.
- Price match applies to a maximum of **2 units** per item per order.

## How to claim before you buy

Phone us on 017687 555 842 or use live chat and send us a link to the cheaper price. We'll check it and give you a single-use code for the difference.

## Already bought it?

If you find the item cheaper within **7 days** of your order being delivered, contact us with the link and your order number and we'll refund the difference to your original payment method.

Price match isn't available on tent hire, gift cards or anything bought in our own sale.`,
  },
  {
    title: 'Click and collect from our Keswick store',
    category: 'Delivery',
    content: `# Click and collect from our Keswick store

Order online and collect for free from Trailhead Outfitters, 27 Main Street, Keswick.

## How it works

1. Choose **Click and collect - Keswick** at checkout.
2. We'll email you when your order is ready, usually within **2 working days**, or the same day for items in stock in the store if you order before 11am.
3. Bring the email and a photo ID (or the card you paid with) to the tills.

## Store opening hours

| Day | Hours |
|---|---|
| Monday to Saturday | 9am to 5:30pm |
| Sunday | 10am to 4pm |
| Bank holidays | 10am to 4pm |

Orders are held for **14 days**. If they aren't collected by then, we'll cancel the order and refund you in full.

## Someone else collecting?

That's fine. They just need to show the ready-for-collection email and tell us the order number. We can't hand over orders containing gas canisters to anyone under 18.

## Parking

The nearest car park is Central Car Park, a 3-minute walk away (pay and display). We don't have our own parking, but you can use the 15-minute loading bay outside the shop for picking up tents and larger orders.`,
  },
  {
    title: 'Gift cards and discounts FAQ',
    category: 'Payments',
    content: `# Gift cards and discounts: FAQ

**How do gift cards work?**
Gift cards are available from **£10 to £250** and can be spent online or in our Keswick store. E-gift cards are emailed within an hour; physical cards come in a free gift envelope and are posted by Standard delivery.

**How long are gift cards valid for?**
All Trailhead gift cards are valid for **24 months** from the date of purchase. Any balance stays on the card until then.

**Can I check my balance?**
Yes. Enter the 16-digit card number and PIN on our Gift Card page, or ask at the tills in store.

**Can I use more than one gift card on an order?**
Yes, you can use up to 3 gift cards on one online order.

**Can I get a refund on a gift card?**
Gift cards can't be exchanged for cash. If you return something you paid for with a gift card, the refund goes back onto a gift card.

**Do you offer an NHS discount?**
Yes. NHS staff get **15% off** full-priced items. Verify once through Health Service Discounts and you'll get a code you can use every time you shop with us.

**Do you do a student discount?**
We don't offer a student discount at the moment.

**Can I use my NHS discount with other offers?**
No. The NHS discount can't be combined with sale prices, price match or other discount codes, and doesn't apply to gift cards or tent hire.`,
  },
  {
    title: 'Tent hire',
    category: 'Hire',
    content: `# Tent hire

Only go camping once or twice a year? Hire a tent from us instead of buying one.

| Tent | Sleeps | Weekend (Fri to Mon) | Week (7 nights) | Deposit |
|---|---|---|---|---|
| Ridgeline 2 backpacking tent | 2 | £35 | £60 | £100 |
| Basecamp 4 tunnel tent | 4 | £55 | £95 | £150 |
| Family Lodge 6 inflatable tent | 6 | £85 | £140 | £250 |

## Booking and collection

- Book online at least **3 days** before your trip.
- Collect from our Keswick store from 2pm the day before, or we can deliver by DPD for £12 each way.
- Every hire tent comes with pegs, a mallet, a footprint groundsheet and pitching instructions. Inflatable tents also come with a hand pump.

## Returning your tent

Return the tent by **12 noon** on the day your hire ends. Late returns are charged at £15 per day. Please pack it dry if you can. If it's wet, that's fine: just tell us and we'll dry it for you. We don't charge for normal dirt.

## Deposit

The deposit is taken on your card when you collect and refunded within **3 working days** of the tent coming back undamaged. Missing pegs are charged at £1 each.

## Cancelling

Cancel more than 7 days before the hire starts for a full refund. Within 7 days of the start, we'll refund 50% of the hire fee.

Liked it? If you buy the same model within 30 days of your hire, we'll take the hire fee off the price.`,
  },
  {
    title: 'Waterproof care guide',
    category: 'Products',
    content: `# Waterproof care guide

A good waterproof jacket will last for years if you look after it. Dirt, sweat and sun cream clog the fabric and stop it breathing, so regular washing actually improves how it performs.

## Washing

- Wash your jacket every 10 to 15 days of use, or whenever it starts to feel clammy inside.
- Do up all zips and Velcro, and empty the pockets.
- Use a technical cleaner such as **Nikwax Tech Wash**. Never use normal detergent or fabric conditioner, which leave a residue that attracts water.
- Wash at 30 degrees on a synthetic cycle, with an extra rinse.

## Reproofing

If water no longer beads on the surface after washing, the DWR (durable water repellent) coating needs reviving.

1. Tumble dry on low for 20 minutes. Gentle heat reactivates the existing coating.
2. If that doesn't work, use a wash-in or spray-on reproofer. Spray-on is better for jackets with a mesh lining.
3. Let it dry naturally, then tumble dry on low for 20 minutes to set the treatment.

## Boots

Brush off mud after every walk and let boots dry at room temperature, away from radiators. Treat leather boots with wax every few months and fabric boots with a spray-on proofer.

## Our care service

Don't fancy doing it yourself? Drop your jacket at our Keswick store and we'll wash and reproof it for **£18**, ready in 5 working days.`,
  },
];

export const TRAIL_DEV: EvalCase[] = [
  // context
  { question: "hi do you guys actually have a real shop somewhere or is it all online? whats the address", facts: ['27 Main Street'], escalate: false },
  { question: "I'd rather speak to an actual person about which tent to get. What number do I ring?", facts: ['017687 555 842'], escalate: false },
  // delivery and tracking
  { question: "How much is normal postage, and how much do I have to spend before it's free?", facts: ['£3.95', '£60'], escalate: false },
  { question: "need a new jacket for a hike on thurs, if i order wed morning can it come next day?? and what does that cost", facts: ['£6.95', '2pm'], escalate: false },
  { question: "My son is doing a year abroad in Germany and wants a sleeping bag. Can you post it out to him?", facts: ['UK addresses only'], escalate: false },
  { question: "Got the email saying my order's been sent but the tracking link just says nothing at all. Is something wrong?", facts: ['24 hours'], escalate: false },
  // returns and exchanges
  { question: "bought a fleece about 5 weeks ago, never worn it, tags still on. am i too late to send it back?", facts: ['60 days'], escalate: false },
  { question: "Do I have to pay anything if I post a return back to you?", facts: ['£2.95'], escalate: false },
  { question: "The jacket's a bit snug, I want the next size up instead. Will I be out of pocket for the postage doing that swap?", facts: ['free'], escalate: false },
  // faulty and warranty
  { question: "A pole on my Trailhead tent has snapped. I bought it roughly two and a half years ago, is there any guarantee on it still?", facts: ['3 years'], escalate: false },
  { question: "The seam on my Crag & Co rucksack has come apart. I've had it 6 years so probably no chance, but thought I'd ask", facts: ['Lifetime guarantee'], escalate: false },
  // sizing
  { question: "i'm kind of between medium and large in most brands, which way should i go for one of your waterproofs", facts: ['size up'], escalate: false },
  { question: "Do the Fellside walking boots run true to size? I'm normally a 9", facts: ['half a size small'], escalate: false },
  { question: "Can one of your staff fit me for boots on a Saturday? Do I just turn up?", facts: ['30-minute slot'], escalate: false },
  // price match
  { question: "Seen the exact same tent £20 cheaper from a seller on Amazon Marketplace. Will you match that?", facts: ['marketplaces'], escalate: false },
  { question: "My boots arrived on Monday and now another UK shop has them cheaper. Can I get the difference back off you?", facts: ['7 days'], escalate: false },
  // click and collect
  { question: "what time does the keswick shop shut on a sunday? want to pick up my order", facts: ['4pm'], escalate: false },
  { question: "I'm away for a bit, how long will you keep my click & collect order waiting before you cancel it?", facts: ['14 days'], escalate: false },
  { question: "My husband's going to grab my order from the shop for me. What does he need to bring? And is there anywhere to park nearby?", facts: ['order number', 'Central Car Park'], escalate: false },
  // gift cards and discounts
  { question: "im a nurse, do u do any discount for nhs workers", facts: ['15% off'], escalate: false },
  { question: "Found a gift card I got for Christmas nearly 2 years ago, does it run out?", facts: ['24 months'], escalate: false },
  { question: "I'm at uni in Lancaster, is there any discount for students?", facts: ['student discount'], escalate: false },
  // tent hire
  { question: "We're after your 4 person tent for a weekend in August. How much is it to rent and what deposit do you take?", facts: ['£55', '£150'], escalate: false },
  { question: "What time do we have to drop the rented tent back on the last day?", facts: ['12 noon'], escalate: false },
  { question: "if we have to cancel our tent hire 3 days before, do we get our money back", facts: ['50%'], escalate: false },
  // waterproof care
  { question: "My waterproof's wetting out, rain just soaks in instead of running off anymore. Anything I can do before buying a new one?", facts: ['20 minutes'], escalate: false },
  { question: "can i just chuck my goretex in the machine with normal persil?", facts: ['Nikwax Tech Wash'], escalate: false },
  { question: "Do you clean and reproof jackets for people? how much", facts: ['£18'], escalate: false },
  // not answered anywhere
  { question: "Can I pay with Klarna and split the cost into 3?", unknown: true, escalate: false },
  { question: "Do you hire out sleeping bags and stoves too, or only tents?", unknown: true, escalate: false },
  { question: "Is there a discount for armed forces or mountain rescue volunteers?", unknown: true, escalate: false },
  { question: "What's the chest measurement for an XXL in your own-brand jackets?", unknown: true, escalate: false },
  { question: "How long is the warranty on sleeping bags you sell?", unknown: true, escalate: false },
  { question: "I bought something in the Keswick shop on holiday. Can I return it by post instead of going back?", unknown: true, escalate: false },
  { question: "What's the hydrostatic head / waterproof rating of the Basecamp 4 hire tent?", unknown: true, escalate: false },
  { question: "Do you run navigation courses or guided walks from the Keswick store?", unknown: true, escalate: false },
  { question: "placed an order an hour ago, can i add a pair of socks to it before it goes out?", unknown: true, escalate: false },
  { question: "Do you have a loyalty card or points scheme for regular customers?", unknown: true, escalate: false },
  // escalate under the rules
  { question: "tracking says my parcel was delivered tuesday but there's nothing here, neighbours haven't got it either and there's no photo. what now", escalate: true },
  { question: "The gas stove I bought from you last month flared up when I lit it and burnt my hand quite badly, I had to go to A&E", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Plotline
// ---------------------------------------------------------------------------------------------

export const PLOT_CONTEXT =
  'Plotline is a cloud project-management tool (boards, timelines and task lists) made by Plotline Software Ltd, 4th Floor, 88 Wood Street, London EC2V 7RS. Support email support@plotline.app, sales line 020 7946 0318, live service status at status.plotline.app.';

export const PLOT_RULES = [
  'always escalate if a customer thinks their account has been hacked or taken over by someone else',
  'refund requests over £500',
  'customer says projects or tasks have vanished or were deleted by mistake - pass to a person',
  'Legal letters, court orders or complaints to the data protection regulator -> human',
];

export const PLOT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Plans and pricing',
    category: 'Billing',
    content: `# Plans and pricing

Plotline has three plans. Prices are per user per month and exclude VAT.

| Plan | Monthly billing | Annual billing (per month) | Users | Storage |
|---|---|---|---|---|
| Free | £0 | £0 | Up to 5 | 2 GB in total |
| Team | £9 | £7.50 | 3 to 100 | 100 GB |
| Business | £16 | £13 | Unlimited | 1 TB |

Paying annually saves you about **17%** on Team and **19%** on Business. Annual plans are billed in one payment up front.

## What's in each plan

**Free**: unlimited tasks, up to 3 active projects, board and list views, mobile apps.

**Team**: everything in Free, plus:
- unlimited projects
- timeline (Gantt) view and task dependencies
- guest access for up to 10 guests
- integrations with Slack, Google Drive and GitHub

**Business**: everything in Team, plus:
- workload and portfolio views
- admin controls to enforce two-factor login
- audit log kept for 12 months
- unlimited guests
- priority support

## Paying

We accept Visa, Mastercard and American Express. Business plans with 20 or more users can pay annually by invoice (bank transfer, 30-day terms). Prices are in pounds sterling; we also bill in euros and US dollars at the prices shown on the pricing page in those currencies.

## Charities and schools

Registered charities and schools get **50% off** Team and Business plans. Email support@plotline.app with your charity number or your school's URN to apply.`,
  },
  {
    title: 'Free trial FAQ',
    category: 'Getting started',
    content: `# Free trial: FAQ

### How long is the free trial?
The free trial of the Business plan lasts **14 days**. You get every Business feature, for up to 25 users.

### Do I need a card to start a trial?
No. You can start a trial with just an email address. We don't ask for card details until you choose to upgrade.

### What happens when the trial ends?
If you haven't added payment details, your workspace moves to the Free plan automatically. Nothing is deleted, but projects beyond the Free limit of 3 active projects become read-only until you upgrade or archive some.

### Can I extend my trial?
Yes, once. Ask us before the trial ends and we can add another **7 days**.

### Can I trial the Team plan instead?
Trials are only of the Business plan, but you can choose Team when you upgrade. Anything that is Business-only, such as workload view, will then stop working.

### Can I have a second trial?
Each organisation gets one trial. If you try to start another trial with the same company email domain, you'll be asked to join the existing workspace instead.

### Will my data be kept if I don't upgrade?
Yes. Your data stays on the Free plan for as long as the workspace is in use. Free workspaces with no logins for **12 months** are deleted, and we email the Owner 30 days beforehand.`,
  },
  {
    title: 'Adding and removing users',
    category: 'Billing',
    content: `# Adding and removing users, and how billing works

Only workspace **Owners** and **Admins** can add or remove users.

## Adding users

Go to **Settings > Members > Invite** and enter email addresses, or share an invite link. When someone accepts, they become a paid seat straight away.

- On **monthly** plans, you're charged a prorated amount for the rest of the current billing month, then the full price from your next bill.
- On **annual** plans, you're charged a prorated amount for the rest of your annual term, on the day the user is added.

For example, adding one Team user on a monthly plan halfway through the month costs £4.50 now, then £9 a month after that.

## Removing users

Go to **Settings > Members**, click the user's name and choose **Remove from workspace**. Their tasks stay in place and show as assigned to "Former member".

- On monthly plans, the seat comes off your next bill. We don't give partial refunds for the current month.
- On annual plans, removing a user gives you a credit for the unused time, which is taken off your next invoice. Credits aren't paid out as cash.

## Guests

Guests can view and comment on the projects they're invited to, but can't create projects. Guests are free and don't count as seats: up to 10 on Team, unlimited on Business.

## Transferring ownership

To hand the workspace to someone else, the current Owner goes to **Settings > Workspace > Transfer ownership**. The new Owner must already be an Admin. There can only be one Owner per workspace.`,
  },
  {
    title: 'Integrations: Slack, Google Drive and GitHub',
    category: 'Integrations',
    content: `# Integrations: Slack, Google Drive and GitHub

Integrations are available on the Team and Business plans. An Admin connects them under **Settings > Integrations**.

## Slack

- Get a Slack notification when a task is assigned to you, commented on or due tomorrow.
- Link a project to a Slack channel so every new task and status change is posted there.
- Type **/plotline new** in any Slack channel to create a task without leaving the conversation.

## Google Drive

Attach Drive files to any task from the paperclip menu. Files stay in Google Drive and don't count towards your Plotline storage. Anyone opening the file still needs permission in Google Drive itself.

## GitHub

Connect a GitHub organisation and Plotline will:

- link pull requests and commits to a task when the branch name or commit message includes the task ID (for example **PL-482**);
- move the task to **Done** automatically when the linked pull request is merged (you can switch this off per project).

GitHub Enterprise Server (self-hosted) is not supported; only GitHub.com organisations can be connected.

## Troubleshooting

| Problem | What to try |
|---|---|
| Slack notifications stopped | Disconnect and reconnect Slack. The link breaks if the person who connected it leaves your Slack workspace |
| Drive files show "No access" | Ask the file's owner to share it with you in Google Drive |
| GitHub pull requests not linking | Check the task ID is in the branch name and the repository is ticked in Settings |`,
  },
  {
    title: 'Exporting and deleting your data',
    category: 'Account',
    content: `# Exporting and deleting your data

Your data belongs to you. You can take it out at any time, on any plan, including Free.

## Exporting

- **One project:** open the project, click **More > Export** and choose CSV or JSON.
- **Whole workspace:** Owners can go to **Settings > Workspace > Export all data**. We prepare a ZIP file containing JSON for every project plus all uploaded attachments, and email you a download link, usually within **1 hour** (up to 24 hours for very large workspaces).
- Download links expire after **7 days**.

CSV exports include task names, assignees, due dates, status and custom fields, but not comments or attachments. Use JSON if you need comments.

## Deleting your workspace

Only the Owner can delete a workspace, from **Settings > Workspace > Delete workspace**. You'll need to type the workspace name to confirm.

Once deleted:

1. The workspace is locked immediately and no one can log in to it.
2. Data is permanently erased from our live systems within **30 days**.
3. Backups are overwritten within a further **60 days**.

Deleting a workspace cancels any paid subscription, but doesn't automatically give a refund (see Cancelling and refunds).

## Deleting your own account

If you're a member rather than the Owner, you can delete your personal account under **Profile > Account > Delete my account**. Tasks you created stay in the workspace and show as created by "Former member".

## Where is data stored?

All Plotline data is hosted in AWS data centres in **London and Dublin**.`,
  },
  {
    title: 'Two-factor login (2FA)',
    category: 'Security',
    content: `# Two-factor login (2FA)

Two-factor login adds a second step when you sign in, so a stolen password on its own isn't enough to get into your account.

## Turning it on

1. Go to **Profile > Security > Two-factor login**.
2. Scan the QR code with an authenticator app such as Google Authenticator, Microsoft Authenticator or 1Password.
3. Enter the 6-digit code to confirm.
4. Save your **10 backup codes** somewhere safe. Each one can be used once.

We don't offer text-message (SMS) codes, because they can be intercepted. Security keys (YubiKey and other FIDO2 keys) are supported on Business plans.

## Lost your phone?

Sign in with one of your backup codes, then set up 2FA again on your new phone. If you've lost your backup codes too, ask a workspace Admin to reset your 2FA from **Settings > Members**. If you're the only Admin, contact support: we'll need to verify your identity, which takes up to **2 working days**.

## Making 2FA compulsory

On the Business plan, Admins can make 2FA compulsory for everyone under **Settings > Security > Require two-factor login**. Members without 2FA are given **7 days** to set it up before they're locked out at their next sign-in.

## Single sign-on

Business workspaces can also sign in with Google or Microsoft accounts. SAML single sign-on (Okta, Azure AD) isn't currently available.`,
  },
  {
    title: 'Uptime, status page and support',
    category: 'Support',
    content: `# Uptime, status page and support

## Uptime

We aim for **99.9% uptime** each month on all plans. Business plans have this in a service level agreement: if uptime falls below 99.9% in a calendar month, you can claim a **10% credit** on that month's bill; below 99.0%, a 25% credit. Claims must be made within 30 days of the end of the month.

Planned maintenance happens on Sundays between 6am and 8am UK time, is announced at least 3 days ahead, and doesn't count as downtime.

## Status page

Check **status.plotline.app** for live status, current incidents and past uptime. You can subscribe there to updates by email or RSS.

## Support hours and response times

Our support team works **Monday to Friday, 8am to 6pm UK time**, except UK bank holidays. Email support@plotline.app or use the chat bubble in the app.

| Plan | How to contact us | First response target |
|---|---|---|
| Free | Help centre and community forum | No guaranteed response |
| Team | Email and in-app chat | Within 1 working day |
| Business | Email, chat and phone | Within 4 working hours |
| Business (urgent outage) | Phone hotline, 24/7 | Within 1 hour |

Phone support is for Business customers only; your hotline number is under **Settings > Billing > Support**.

The community forum at community.plotline.app is open to everyone and our team checks it every weekday.`,
  },
  {
    title: 'API and rate limits',
    category: 'Developers',
    content: `# API and rate limits

The Plotline REST API lets you read and write tasks, projects and comments. It's available on the **Team and Business** plans; Free workspaces can't create API tokens.

## Getting a token

Create a personal access token under **Profile > API tokens**. Tokens act with your permissions and don't expire unless you revoke them. Keep them secret: anyone with your token can act as you.

## Rate limits

| Plan | Requests per minute (per token) | Requests per day (per workspace) |
|---|---|---|
| Team | 100 | 50,000 |
| Business | 300 | 250,000 |

If you go over a limit, the API returns **HTTP 429 Too Many Requests** with a Retry-After header telling you how many seconds to wait. Every response includes an X-RateLimit-Remaining header so you can slow down before you hit the limit.

## Other limits

- Bulk endpoints accept up to **100 tasks** per request.
- Attachments uploaded through the API can be up to 250 MB each.
- Webhooks are retried 5 times over 24 hours if your endpoint doesn't reply with a 2xx status.

## Need more?

Business customers who need a higher limit for a short time, for example during a one-off migration, can ask support for a temporary increase lasting up to 7 days.

Full reference documentation is at developers.plotline.app.`,
  },
  {
    title: 'Cancelling and refunds',
    category: 'Billing',
    content: `# Cancelling and refunds

You can cancel a paid plan at any time from **Settings > Billing > Cancel plan**. Only the workspace Owner can cancel.

## What happens when you cancel

- Your plan stays active until the end of the period you've paid for.
- After that, the workspace moves to the Free plan. Nothing is deleted, but features and projects over the Free limits become read-only.
- If you want your data removed as well, delete the workspace (see Exporting and deleting your data).

## Refunds

**Monthly plans:** we don't refund part-months. If you cancel on day 3 of your billing month, you keep access until the month ends and aren't charged again.

**Annual plans:** if you cancel within **30 days** of the start of a new annual term (your first payment or a renewal), we'll refund the full annual payment. After 30 days, annual plans aren't refundable, but you keep access until the end of the term.

We email a reminder **14 days** before an annual plan renews, so you have time to decide.

## Downgrading instead

Moving from Business to Team takes effect at your next renewal date. Moving from monthly to annual billing takes effect immediately, and any unused monthly amount is credited.

## Charged by mistake?

If you were charged after cancelling, or charged twice, email support@plotline.app with the invoice number and we'll refund it within 5 working days.`,
  },
];

export const PLOT_DEV: EvalCase[] = [
  // context
  { question: "Our finance team need your registered company address for the supplier form, where are you based?", facts: ['88 Wood Street'], escalate: false },
  { question: "who do i phone about buying plotline for our whole company, is there a sales number", facts: ['020 7946 0318'], escalate: false },
  // plans and pricing
  { question: "how much is the team plan per head if we pay yearly instead of monthly", facts: ['£7.50'], escalate: false },
  { question: "Trying to put a budget together. What's Business per person per month if we pay monthly vs if we go annual?", facts: ['£16', '£13'], escalate: false },
  { question: "We're a small registered charity running on a shoestring, any reduced rates?", facts: ['50% off'], escalate: false },
  // free trial
  { question: "do i have to put my credit card in just to try it out?", facts: ['email address'], escalate: false },
  { question: "our trial runs out friday and the boss hasnt signed off the budget yet, any chance of a few more days", facts: ['7 days'], escalate: false },
  { question: "If the trial ends and we haven't paid yet, do we lose all the projects we've set up?", facts: ['Free plan', 'read-only'], escalate: false },
  // users and proration
  { question: "New starter joining mid month, we're on monthly Team. Do we pay a full month for her or what?", facts: ['prorated'], escalate: false },
  { question: "We work with a few freelance designers who just need to look at stuff and comment. Do they each cost us a seat on Team, and how many can we add?", facts: ['up to 10'], escalate: false },
  // integrations
  { question: "can i make tasks straight from slack without opening plotline", facts: ['/plotline new'], escalate: false },
  { question: "We host our own GitHub Enterprise on our servers. Can that hook up to Plotline?", facts: ['not supported'], escalate: false },
  { question: "how do I get a pull request to show up against the right ticket?", facts: ['task ID'], escalate: false },
  // data export and deletion
  { question: "We might be moving to another tool next quarter. How do we pull everything out of plotline in one go?", facts: ['Export all data'], escalate: false },
  { question: "exported a project to CSV but none of the comments are in it??", facts: ['JSON'], escalate: false },
  { question: "Once we close down our workspace, how long until our data is genuinely gone, backups and all?", facts: ['30 days', '60 days'], escalate: false },
  { question: "Procurement is asking which country our data physically sits in, can you tell me?", facts: ['London and Dublin'], escalate: false },
  // 2FA
  { question: "can I get the login codes texted to me instead of using an app, I hate having another app", facts: ['authenticator app'], escalate: false },
  { question: "got a new phone and the authenticator thing didn't transfer, now i'm locked out. help!", facts: ['backup codes'], escalate: false },
  { question: "I want to make everyone on our team switch on two factor. We're on the Team plan, can I do that?", facts: ['Business plan'], escalate: false },
  // uptime, status and support
  { question: "is plotline down?? everything's timing out for us", facts: ['status.plotline.app'], escalate: false },
  { question: "What uptime do you actually guarantee, and what do we get if you don't hit it? We're on Business", facts: ['99.9%', '10% credit'], escalate: false },
  { question: "what hours can i get hold of support on a weekday", facts: ['8am to 6pm'], escalate: false },
  { question: "we're on team, if I email support how long til someone gets back to me?", facts: ['1 working day'], escalate: false },
  // API
  { question: "Getting 429 errors from your api when we sync. how many calls a minute are we allowed on Business?", facts: ['300'], escalate: false },
  { question: "Can I play with the API on the free plan before we commit?", facts: ['Team and Business'], escalate: false },
  // cancelling and refunds
  { question: "Our annual plan renewed 2 weeks ago and honestly we forgot to cancel. Can we get that money back?", facts: ['30 days'], escalate: false },
  { question: "will you give us a heads up before the yearly subscription renews?", facts: ['14 days'], escalate: false },
  // not answered anywhere
  { question: "Do you have a discount programme for early-stage startups?", unknown: true, escalate: false },
  { question: "Can I import all my boards from Trello?", unknown: true, escalate: false },
  { question: "Is there a desktop app for Mac or is it browser only?", unknown: true, escalate: false },
  { question: "What's the biggest file I can upload to a task through the web app on Team?", unknown: true, escalate: false },
  { question: "Are you ISO 27001 or SOC 2 certified? Our security team needs to know", unknown: true, escalate: false },
  { question: "Is there a limit on how many custom fields one project can have?", unknown: true, escalate: false },
  { question: "Does the Slack integration work with Slack Enterprise Grid?", unknown: true, escalate: false },
  { question: "how long do deleted tasks sit in the bin before they're gone for good?", unknown: true, escalate: false },
  { question: "Can we run Plotline on our own servers, is there a self-hosted version?", unknown: true, escalate: false },
  { question: "If we upgrade from Team to Business halfway through our annual plan, do we pay the difference straight away?", unknown: true, escalate: false },
  // escalate under the rules
  { question: "someone logged into my account from overseas last night, changed my email and added a person I've never heard of as admin. I can't get back in", escalate: true },
  { question: "one of my team deleted our whole Website Relaunch project by accident this morning, 200+ tasks just gone. can you get it back please", escalate: true },
];
