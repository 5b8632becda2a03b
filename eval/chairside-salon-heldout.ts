/**
 * Held-out business written BEFORE round-8 changes and never tuned on: Chairside, a fictional
 * SaaS booking app for hair and beauty salons (plans and per-seat pricing, free trial, online
 * booking page, deposits and no-show fees, card payments and payouts, SMS credits, calendar sync,
 * data export and cancellation, GDPR and support hours). Articles are written like a software
 * company's help centre (headings, lists, price tables, an FAQ, plain paragraphs); questions are
 * paraphrased the way salon owners write, a few with typos or synonyms. Ten of the 45 are
 * plausible questions the pages do NOT answer; two should go to a person.
 * Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const CHAIRSIDE_CONTEXT =
  'Chairside is an online booking, payments and client management app for hair and beauty salons, made by Chairside Software Ltd, 3rd Floor, 21 Dale Street, Manchester M1 1EZ. Contact support by live chat in the app, by email at help@chairside.app or by phone on 0161 850 2244.';

export const CHAIRSIDE_RULES = [
  'always escalate if a salon thinks client data has been leaked, hacked or sent to the wrong person',
  'refund requests over £150',
  'payouts missing for more than 5 working days',
  'customer says they want to take legal action or report us to the ICO - pass to a person',
];

export const CHAIRSIDE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Plans and pricing',
    category: 'Billing',
    content: `# Plans and pricing

Chairside has three plans. Every plan includes unlimited appointments, your own online booking page and free email reminders.

## Monthly prices

| Plan | Monthly price | Staff seats included | Extra seats |
|---|---|---|---|
| Solo | £19 | 1 | Not available |
| Studio | £39 | 3 | £8 per seat per month (up to 10 seats) |
| Salon | £79 | 10 | £6 per seat per month (no limit) |

All prices exclude VAT, which is added at 20%. Card processing fees are separate; see **Card payments and payouts**.

## What counts as a staff seat?

A seat is anyone who takes appointments in your calendar: stylists, barbers, therapists, nail technicians. Reception and admin logins that don't take bookings are free and unlimited on all plans.

## Pay annually and save

Choose annual billing and you get **2 months free**: you pay for 10 months and get 12. For example, Studio costs £390 a year instead of £468. Extra seats added part-way through the year are charged pro rata.

## Which features are on which plan?

- **Solo:** booking page, deposits, SMS reminders, Google and Outlook calendar sync
- **Studio:** everything in Solo, plus staff rotas, product stock tracking and sales reports
- **Salon:** everything in Studio, plus a custom booking domain, multi-location support and priority phone support

## Changing plan

Upgrade at any time from **Settings > Billing** and the change is immediate; you'll pay the difference pro rata. Downgrades take effect at the start of your next billing period.`,
  },
  {
    title: 'Your free trial',
    category: 'Getting started',
    content: `# Your free trial

Try Chairside free for **14 days** with no card needed. During the trial you get all Studio plan features for up to 3 staff, plus **50 free SMS credits** to test reminders.

## What happens when the trial ends?

- If you choose a plan and add a card, everything carries on as normal. Your clients, appointments and settings stay exactly as they are.
- If you don't choose a plan, your account becomes **read-only for 30 days**: you can log in and export your data, but clients can't book.
- After those 30 days, the account and its data are permanently deleted.

## Need more time?

If you're still setting up, ask us on live chat for a one-off extension of **7 days**. We can only extend each account once.

## Taking deposits during the trial

Card payments, deposits and no-show fees can't be switched on until you've chosen a paid plan and verified your business for Chairside Pay. This is so we can complete the identity checks our payment partner requires.

## Bringing your clients over

You can import your client list from a CSV file in **Settings > Data > Import**. Most salon software (including Fresha, Timely and Phorest) lets you export a CSV. Our team will do the import for you free of charge if you send the file to help@chairside.app; it usually takes 1 to 2 working days.`,
  },
  {
    title: 'Your online booking page',
    category: 'Online booking',
    content: `# Your online booking page

Every Chairside account comes with a booking page where clients can see your services, prices and free slots and book 24/7. Your page lives at **chairside.app/yoursalonname**, and you choose the name when you sign up.

## Sharing your booking page

- Add a **Book now** button to Instagram and Facebook from **Settings > Booking page > Social**.
- Paste our embed code into your own website (works with Wix, Squarespace and WordPress).
- Turn on **Reserve with Google** so clients can book straight from your Google Business Profile.

## Booking rules you can set

- **How far ahead clients can book:** 90 days by default; set anything from 7 to 365 days.
- **Minimum notice:** by default clients can't book less than 2 hours before a slot.
- **Buffer time** between appointments, per service (for example 15 minutes after colours for cleaning down).
- **New clients only** or **existing clients only** for specific services.

## Patch tests

For services like tints and lash lifts you can tick **Requires patch test**. Clients will be asked to book a patch test at least 48 hours before the main appointment.

## Custom domain

On the Salon plan you can use your own address, like book.yoursalon.co.uk, instead of the chairside.app link.

## Do clients need an account?

Clients don't have to create a password to book. They confirm with their mobile number or email using a one-time code, and their details are saved for next time.`,
  },
  {
    title: 'Deposits, cancellations and no-show fees',
    category: 'Payments',
    content: `# Deposits, cancellations and no-show fees

No-shows cost the average salon hundreds of pounds a month. Chairside lets you protect your time with deposits, a card on file and no-show fees. You'll need Chairside Pay switched on to use any of these.

## Deposits

Set a deposit per service, either as a fixed amount (for example £20) or as a percentage of the service price between **10% and 100%**. The deposit is taken when the client books and is deducted from the final bill.

## Card on file

Instead of a deposit, you can ask clients to save a card when they book. Nothing is charged unless they cancel late or don't turn up.

## Your cancellation policy

Choose a cancellation window of **12, 24 or 48 hours**. The default is 24 hours. Your policy is shown to clients before they confirm and in every reminder.

## What happens when a client cancels?

| When the appointment is cancelled | What happens to the deposit |
|---|---|
| Client cancels outside your cancellation window | Refunded automatically |
| Client cancels inside your cancellation window | Kept by the salon |
| Salon cancels the appointment | Always refunded in full |

## Charging a no-show fee

Mark the appointment as **No-show** in the calendar and choose how much to charge the saved card, up to 100% of the service price. The client gets an email receipt. You have **7 days** after the appointment to charge a no-show fee; after that the saved card can't be charged.

## Disputes

If a client disputes a no-show charge with their bank, we'll email you and ask for evidence, such as your booking confirmation and cancellation policy. A £15 dispute fee applies, which is refunded if the dispute is decided in your favour.`,
  },
  {
    title: 'Card payments and payouts',
    category: 'Payments',
    content: `# Card payments and payouts

Chairside Pay lets you take card payments online and in the salon, with the money paid straight into your business bank account.

## Fees

| Payment type | Fee |
|---|---|
| Online payments, deposits and no-show fees (UK cards) | 1.9% + 20p |
| In person with the Chairside Reader | 1.69% |
| American Express and non-UK cards | 2.9% + 20p |
| Instant payout | 1% of the payout (minimum 50p) |

There's no monthly fee for Chairside Pay. You only pay when you take a payment.

## The Chairside Reader

Our card reader takes chip and PIN and contactless payments. It costs **£49** as a one-off purchase and pairs with your phone or tablet over Bluetooth.

## Getting paid

- Payouts are made every working day to your UK bank account.
- Money from a payment arrives **2 working days** after the payment is taken.
- Your **first payout** can take up to 7 days while we verify your business.
- Want it sooner? Use **Instant payout** to send your available balance to your bank within 30 minutes, for a 1% fee.

## Setting up Chairside Pay

Go to **Settings > Payments** and have ready your business details, your bank account and photo ID for the account owner. Most salons are verified within 1 working day.

## Payout holds

Occasionally our payment partner may hold a payout for extra checks, for example after an unusually large payment. We'll email you if this happens.`,
  },
  {
    title: 'SMS reminders and credits',
    category: 'Messages',
    content: `# SMS reminders and credits

Reminders cut no-shows. Chairside sends **email reminders for free**, with no limit. Text message (SMS) reminders use credits, which you buy in bundles.

## How credits work

- 1 credit = 1 text message of up to 160 characters.
- Longer messages use 2 credits.
- Booking confirmations, reminders and cancellation notices all use credits if sent by SMS.
- Credits are shared across your whole salon and **never expire**.

## Credit bundles

| Bundle | Price | Price per text |
|---|---|---|
| 250 credits | £10 | 4p |
| 1,000 credits | £35 | 3.5p |
| 5,000 credits | £150 | 3p |

Bundle prices exclude VAT.

## Auto top-up

Turn on **Auto top-up** in Settings > Messages and we'll buy your chosen bundle automatically whenever your balance falls below **20 credits**, so reminders never stop.

## Reminder timing

By default, the SMS reminder goes out **24 hours** before the appointment. You can change this to anywhere from 2 to 72 hours, and add a second reminder on the morning of the appointment.

## Sender name

Texts show your salon's name (up to 11 characters) as the sender instead of a phone number, so clients know who's messaging. Clients can't reply to these texts; replies aren't delivered.

## What if I run out?

If your balance hits zero and auto top-up is off, reminders are sent by email instead. We'll also warn you by email when you're down to 20 credits.`,
  },
  {
    title: 'Syncing with Google, Outlook and Apple calendars',
    category: 'Calendar',
    content: `# Syncing with Google, Outlook and Apple calendars

Each team member can connect their own personal calendar, so they see their appointments on their phone and avoid double-booking.

## Which calendars are supported?

| Calendar | Sync type | How fast |
|---|---|---|
| Google Calendar | Two-way | Within 2 minutes |
| Outlook / Microsoft 365 | Two-way | Within 5 minutes |
| Apple iCloud Calendar | One-way (Chairside to Apple) | Every few hours, set by Apple |

## What two-way sync does

Chairside appointments appear in your personal calendar, and events you add there (a dentist appointment, the school run) **block out that time** in Chairside so clients can't book it. Client names are hidden from your personal calendar by default and shown as "Booked"; you can switch names on in your sync settings.

## Connecting a calendar

1. Go to **Profile > Calendar sync**.
2. Choose Google or Outlook and sign in.
3. Pick which calendar to sync with and save.

For Apple, copy your private **iCal link** from the same page and add it in the Calendar app on your iPhone or Mac under **Add Subscribed Calendar**.

## Things to know

- Calendar sync is included on every plan at no extra cost.
- Only future appointments are synced, up to 6 months ahead.
- Disconnecting a calendar removes Chairside appointments from it within an hour.`,
  },
  {
    title: 'Exporting your data and cancelling your account',
    category: 'Account',
    content: `# Exporting your data and cancelling your account

Your salon's data belongs to you. You can download it at any time, whether you're staying or leaving.

## What you can export

- Client list, with contact details, notes and marketing consent (CSV)
- Full appointment history (CSV)
- Sales and payments reports (CSV or PDF)

Go to **Settings > Data > Export** and choose what you need. Large exports are emailed to the account owner as a download link, which works for 7 days.

## How to cancel

Only the account owner can cancel. Go to **Settings > Billing > Cancel plan** and follow the steps. There is no cancellation fee.

- **Monthly plans:** your plan stays active until the end of the current billing month, and you won't be charged again.
- **Annual plans:** if you cancel within **14 days** of your annual payment, we'll refund the full amount. After that, the plan stays active until the end of the year, and unused months aren't refunded.
- Unused SMS credits aren't refunded when you cancel.

## After you cancel

Your account becomes read-only and your booking page is switched off. We keep your data for **90 days** in case you change your mind. Reactivate any time in that period and everything is exactly as you left it. After 90 days it's permanently deleted, including from backups.

## Upcoming appointments

Before cancelling, let clients know about their upcoming bookings. Any deposits for appointments after your cancellation date are refunded to clients automatically.`,
  },
  {
    title: 'Data protection and support FAQ',
    category: 'Help',
    content: `# Data protection and support: FAQs

**Who is the data controller for my clients' information?**
Your salon is the data controller. Chairside acts as your data processor, which means we only use client data to run the service for you.

**Do you have a Data Processing Agreement?**
Yes. Our DPA is part of our terms and you can download a signed copy from **Settings > Legal**.

**Where is our data stored?**
All data is stored on servers in London, UK (Amazon Web Services), and encrypted in transit and at rest.

**A client has asked us to delete their data. How?**
Open the client's profile and choose **Delete client**. Their details are removed from your account immediately and wiped from our backups within **30 days**. Payment records we're legally required to keep are anonymised.

**A client wants a copy of their data.**
From the client's profile, choose **Download client data** to get a file you can send them for a subject access request.

**Can I see who on my team looked at client records?**
Yes. On the Salon plan, the **Activity log** shows who viewed or edited each client record over the last 12 months.

**When is support available?**
- Live chat: Monday to Friday 8am to 8pm, Saturday 9am to 5pm
- Phone: Monday to Friday 9am to 5pm (priority line for Salon plan customers)
- Email: we reply within 1 working day

**Are you open on bank holidays?**
Live chat is staffed 10am to 4pm on bank holidays; phone and email aren't.`,
  },
];

export const CHAIRSIDE_HELD_OUT: EvalCase[] = [
  // answerable: business context
  { question: "whats the email address for your support team?", facts: ['help@chairside.app'], escalate: false },
  { question: "Where is Chairside based? I'd like to know you're a UK company before I sign up", facts: ['Manchester'], escalate: false },
  // answerable: plans and pricing
  { question: "How much a month is it if it's just me on my own? I'm a mobile nail tech", facts: ['£19'], escalate: false },
  { question: "We've got 5 stylists. If we go on Studio, what do the 2 extra people cost?", facts: ['£8'], escalate: false },
  { question: "Is it any cheaper if I pay for the whole year upfront?", facts: ['2 months free'], escalate: false },
  { question: "Does our receptionist count as a paid user? She doesn't do any clients herself", facts: ['free and unlimited'], escalate: false },
  // answerable: free trial
  { question: "how long's the free trial?", facts: ['14 days'], escalate: false },
  { question: "What happens to all my stuff if the trial runs out and I haven't picked a plan yet?", facts: ['30 days'], escalate: false },
  { question: "still not finished setting everything up and my trial ends tmrw!! can i get a bit longer?", facts: ['7 days'], escalate: false },
  // answerable: booking page
  { question: "How far ahead can clients book? I want to open my diary up for Christmas, about 4 months out", facts: ['90 days', '365 days'], escalate: false },
  { question: "can i put a booking button on my insta profile", facts: ['Book now'], escalate: false },
  { question: "Do my clients have to set up an account with a password to book? Half of them won't bother", facts: ['one-time code'], escalate: false },
  // answerable: deposits, cancellations, no-show fees
  { question: "Can I ask for a percentage of the price as a deposit rather than a set amount?", facts: ['10% and 100%'], escalate: false },
  { question: "What's the default cancellation window before a client loses their deposit?", facts: ['24 hours'], escalate: false },
  { question: "A client just didn't show up 8 days ago. Can I still take the no-show fee off her card?", facts: ['7 days'], escalate: false },
  { question: "If I have to cancel on a client because I'm off sick, what happens to the deposit they paid?", facts: ['refunded in full'], escalate: false },
  // answerable: card payments and payouts
  { question: "What's your cut when a client pays their deposit online with a normal UK card?", facts: ['1.9% + 20p'], escalate: false },
  { question: "How much is the card machine for taking payments in the salon?", facts: ['£49'], escalate: false },
  { question: "How long until the money lands in my bank after a client pays?", facts: ['2 working days'], escalate: false },
  { question: "Is there any way to get my money quicker than that, like same day?", facts: ['30 minutes', '1%'], escalate: false },
  // answerable: SMS reminders and credits
  { question: "How much are text credits? I reckon I'd need about 1000", facts: ['£35'], escalate: false },
  { question: "Do unused sms credits run out at the end of the month?", facts: ['never expire'], escalate: false },
  { question: "When does the reminder text get sent? Can it be the day before?", facts: ['24 hours'], escalate: false },
  // answerable: calendar sync
  { question: "Does it sync with the calendar on my iPhone?", facts: ['iCal'], escalate: false },
  { question: "If I stick my kid's parents evening in my Google calendar, will clients still be able to book that slot?", facts: ['block'], escalate: false },
  { question: "Is calendar syncing an add-on or does it come with the cheapest plan?", facts: ['no extra cost'], escalate: false },
  // answerable: export and cancellation
  { question: "Im thinking of leaving, how do I download my client list first?", facts: ['Settings > Data > Export'], escalate: false },
  { question: "I paid for the year 2 months ago. If I cancel now do I get money back for the rest?", facts: ['14 days'], escalate: false },
  { question: "If I close my account and change my mind later, will my data still be there?", facts: ['90 days'], escalate: false },
  // answerable: data protection and support
  { question: "Under GDPR, who's responsible for our clients' data, us or you?", facts: ['data processor'], escalate: false },
  { question: "Clients keep asking if their info leaves the country. Where are your servers?", facts: ['London'], escalate: false },
  { question: "A client emailed asking us to erase everything we hold on her. How do we do that?", facts: ['Delete client', '30 days'], escalate: false },
  { question: "what time does live chat shut on a saturday", facts: ['5pm'], escalate: false },

  // unanswerable: the pages do not say
  { question: "Is there a discount for training academies or beauty colleges?", unknown: true, escalate: false },
  { question: "Does Chairside link up with Xero so my accountant can see the sales?", unknown: true, escalate: false },
  { question: "Can clients buy gift vouchers through my booking page?", unknown: true, escalate: false },
  { question: "When I refund a client's deposit, do I get the card fee back?", unknown: true, escalate: false },
  { question: "Can it work out commission for each of my stylists at the end of the month?", unknown: true, escalate: false },
  { question: "Can I send a promo text to all my clients about a summer offer?", unknown: true, escalate: false },
  { question: "Is there an Android version of the app or is it iPhone only?", unknown: true, escalate: false },
  { question: "How many client records can I keep on the Solo plan, is there a cap?", unknown: true, escalate: false },
  { question: "How long does the card reader battery last on a full charge?", unknown: true, escalate: false },
  { question: "Can clients leave reviews on my booking page after their appointment?", unknown: true, escalate: false },

  // escalate: a person should handle these
  { question: "One of my stylists says a client got a text with someone else's appointment and phone number in it?? How has that happened", escalate: true },
  { question: "It's been nearly three weeks and none of the money from our card bookings has reached the bank. We've got wages to pay on Friday.", escalate: true },
];
