/**
 * Harbour Desk (fictional independent coworking space, Plymouth) — HELD-OUT evaluation set.
 *
 * Written blind, without reading the engine source, its docs, its tests or any other eval data
 * (only the EvalCase type and one existing held-out file were read, for format).
 * Held out: never tuned on. Do not adjust prompts, thresholds or code to fit these cases.
 *
 * 51 cases: 36 answerable (facts are verbatim substrings of one article, spread over all ten
 * articles, including table rows and bullet lists), 12 unknown (no article or the context answers
 * them; several share topic words with an article), 3 escalations (one out-of-hours lock-out told
 * in the customer's own words, one explicit request for a person, one billing dispute over £200).
 */
import type { EvalCase } from './cases.ts';

export const HARBOURDESK_CONTEXT =
  "Harbour Desk is an independent coworking space in a converted sail loft on Plymouth's Barbican, offering hot desks, fixed desks, private offices, meeting rooms, day passes and virtual office and mail handling. We're at The Old Sail Loft, 12 Commercial Wharf, Plymouth PL1 2NX; call 01632 960284 or email hello@harbourdesk.co.uk. Reception is staffed Monday to Friday 8:30am-6pm and Saturday 10am-2pm, closed Sundays and bank holidays; members with 24/7 access can get in at any time with their fob.";

export const HARBOURDESK_RULES = [
  'always escalate if a member is locked out or their fob stops working out of hours, or theres a break in / fire alarm / leak in the building',
  'billing disputes or refund requests over £200',
  'anything official (solicitors letters, police or HMRC asking about one of our members, court papers) - pass to me',
  'complaints about another member or one of the team - harassment, noise rows, that kind of thing. dont try and sort these yourself',
];

export const HARBOURDESK_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Membership Plans and Prices',
    category: 'Membership',
    content: `# Membership plans and prices

Harbour Desk has around 90 desks and 14 private offices over three floors of an old sail loft on the Barbican. Whether you need a desk once a week or a lockable office for your whole team, there's a plan for you. Membership prices are per person per month and **exclude VAT**, which is added at the standard rate.

## Plans at a glance

| Plan | What you get | Access | Price (ex VAT) |
|---|---|---|---|
| Flexi 5 | Any free hot desk on 5 days a month | Staffed hours only | £85 per month |
| Hot Desk | Any free hot desk, every day we're staffed | Staffed hours only | £179 per month |
| Fixed Desk | Your own desk with a lockable pedestal | 24/7 | £259 per month |
| Private office | A lockable office for 2 to 8 people | 24/7 | from £620 per month |
| Virtual Office | Business address and mail handling, no desk | None | from £25 per month |

## Included with every desk membership

- fast Wi-Fi and wired connections (see our Wi-Fi and printing page)
- unlimited tea, coffee and filtered water
- 50 free black and white print pages a month
- use of the phone booths
- 10% off at Slipway Coffee on the ground floor
- invites to all our community events

## Meeting room credits

Most plans come with free meeting room time each month:

- Flexi 5: 2 hours a month
- Hot Desk: 4 hours a month
- Fixed Desk: 6 hours a month
- Private office: 10 hours a month per office

Credits reset on the 1st of the month. Unused credits don't roll over.

## Flexi 5

Your 5 days run from the 1st of each month and don't carry over. Used them up early? Flexi 5 members can add extra days for **£15 each** through the members' app.

## Discounts

- Full-time students get **20% off** the Hot Desk plan with a valid student card.
- Registered charities get **15% off** any desk membership.

Discounts can't be combined with each other or with any other offer.

## Changing plans

You can upgrade at any time and we'll charge the difference pro rata from the day you switch. Downgrades take effect from the start of your next billing month.

## FAQ

**Q: Is there a joining fee?**
A: No. Fixed Desk and private office members pay a refundable deposit instead (see our billing page).

**Q: Can two of us share one Hot Desk membership?**
A: No, every membership is for one named person. Your colleague can buy a day pass, or visit you as a guest.
`,
  },
  {
    title: 'Day Passes and Free Trial Days',
    category: 'Day passes',
    content: `# Day passes and trying us out

Not ready to commit? Drop in for a day, a morning or a week.

## Your free trial day

If you've never worked at Harbour Desk before, you can book a **free trial day** on our website. It's one free trial per person, Monday to Friday only, and you'll need to show photo ID at reception when you arrive.

## Pass prices

Day pass prices **include VAT**.

| Pass | Valid | Price |
|---|---|---|
| Half day (morning) | 8:30am to 1pm | £12 |
| Half day (afternoon) | 1:30pm to 6pm | £12 |
| Day pass | 8:30am to 6pm | £22 |
| Saturday pass | 10am to 2pm | £10 |
| Week pass | 5 weekdays in a row | £85 |
| 10-day bundle | Any 10 days within 6 months of purchase | £180 |

## What's included

- any free hot desk in the open-plan area
- Wi-Fi, tea and coffee
- 10 black and white print pages
- use of the phone booths
- a free day locker (collect the key from reception, and please empty it by 6pm)

Day passes don't include meeting room time, but you can book a room at our standard rates.

## Booking

Buy online at harbourdesk.co.uk/daypass or pay by card at reception. We cap day passes at **15 a day** so members always get a seat, and Tuesdays and Wednesdays usually sell out, so book ahead for those.

## Cancelling a pass

You can cancel a day pass for a full refund up to **6pm the day before**. After that it can't be refunded, but we're happy to move it to another date once.

Bundles can't be refunded, but you can transfer unused days to a colleague. Just email us their name.
`,
  },
  {
    title: 'Private Offices',
    category: 'Private offices',
    content: `# Private offices

Our 14 private offices are on the second floor, with views over Sutton Harbour from most of them. Each one is fully furnished and ready to move into.

## Sizes and prices

| Office | Desks | Monthly price (ex VAT) |
|---|---|---|
| Cabin | 2 | £620 |
| Crew | 4 | £1,150 |
| Deck | 6 | £1,650 |
| Captain's Room | 8 | £2,100 |

## What's included

- desks, ergonomic chairs and a lockable cabinet for every desk
- 24/7 access for everyone on your team
- your company name on the office door and on the directory board in the lobby
- 10 hours of meeting room credits a month
- cleaning every weekday evening
- heating, electricity and business rates

## Terms

Offices have a minimum term of **3 months**. After that, your agreement rolls on monthly and you can leave with **2 months' notice**. We take a deposit equal to one month's fee before you move in.

## Making it yours

You're welcome to put up pictures and whiteboards using the picture rails, but please don't paint, drill or use sticky tape on the walls. You can bring your own furniture as long as you tell us first and take it with you when you leave.

Every office comes with two door keys. Extra keys are **£10** each and lost keys are replaced at the same price.

## Viewings

Come and have a look before you decide. Viewings are available Monday to Friday between **9:30am and 4pm**. Book by phone or email. If nothing in your size is free, we'll add you to our waiting list and call you when one comes up.

## FAQ

**Q: What if our team grows?**
A: If a bigger office is free you can move into it at any time, and your minimum term doesn't start again.

**Q: Can people from our team work out in the open-plan area too?**
A: Yes. Everyone named on your office agreement can use any free hot desk as well.
`,
  },
  {
    title: 'Meeting Rooms and Phone Booths',
    category: 'Meeting rooms',
    content: `# Meeting rooms and phone booths

We have three meeting rooms, all available to members and non-members. Prices are ex VAT.

| Room | Seats | Per hour | Half day (4 hours) | Full day |
|---|---|---|---|---|
| The Chart Room | 4 | £20 | £70 | £120 |
| The Boathouse | 8 | £35 | £120 | £210 |
| The Sail Loft | 30 theatre style, 16 boardroom | £60 | £200 | £360 |

Members get **20% off** these rates once their monthly meeting room credits are used up.

## In every room

- a large screen with HDMI and USB-C
- a whiteboard and pens
- tea, coffee and water, included for your guests

The Boathouse and the Sail Loft also have a video conferencing camera and speakerphone.

## Food for your meeting

Slipway Coffee on the ground floor can bring up lunch platters (sandwiches, salads and cake) for **£9.50 per head**. Please order at least **48 hours** before your meeting.

## Booking and cancelling

Members book through the members' app. Non-members can book by phone or email, and pay by card when booking.

- The Chart Room and The Boathouse: free to cancel up to **24 hours** before. After that the full price is charged, or the credits are used.
- The Sail Loft: free to cancel up to **7 days** before. After that we charge 50% of the booking.

## Evening events

The Sail Loft can be hired for evening events from 6pm to 10pm for a flat **£250**. A member of our team stays on site while you're here.

## Phone booths

There are six soundproof phone booths, three on the ground floor and three on the first floor. Each has a small desk, a chair, a power socket and a light you can dim for video calls. Booths can't be booked. If someone is waiting, please keep your call to **30 minutes**.
`,
  },
  {
    title: 'Virtual Office and Mail Handling',
    category: 'Virtual office',
    content: `# Virtual office and mail handling

A professional Plymouth business address without the desk. Great for freelancers who work from home and don't want their home address on their website or letterhead.

## Plans

| Plan | What's included | Price (ex VAT) |
|---|---|---|
| Address | Use our address for business post; we hold your mail at reception for you to collect | £25 per month |
| Mail Scan | Everything in Address, plus we open and scan your letters on the day they arrive and email you a PDF | £39 per month |
| Mail Forward | Everything in Mail Scan, plus we post your mail on to you once a week (postage charged at cost) | £49 per month |

Virtual office plans have a **6-month minimum**, or you can pay for a year upfront and get 2 months free.

## Registered office address

You can add a registered office and directors' service address for Companies House to any plan for **£20 a month** extra.

## Setting up

Before you can use our address, we're required to carry out identity checks. Every director and anyone who owns more than 25% of the business needs to provide:

- photo ID (passport or driving licence)
- proof of home address dated within the last 3 months

Setup usually takes **2 working days** once we've got everything.

## Parcels

We can sign for parcels, recorded and special delivery items on your behalf during staffed hours.

- Virtual office clients pay **£3 per parcel**.
- Parcels are held for **14 days**. After that we return them to the sender.
- We can't accept parcels over 20kg, perishable food or cash-on-delivery items.

## Working here now and then

Virtual office clients can buy day passes at a discounted **£15**.

## FAQ

**Q: How will I know when post arrives?**
A: On every plan we send you an email the same day a letter or parcel arrives for you.

**Q: Can a friend collect my post for me?**
A: No. Only the people named on your account can collect post, and we'll ask for photo ID the first time.
`,
  },
  {
    title: 'Access, Fobs, Lockers and Bike Storage',
    category: 'Access and security',
    content: `# Access, fobs, lockers and bike storage

## Who can get in when

Fixed Desk and private office members have **24/7 access**, including evenings, weekends and bank holidays. Flexi 5, Hot Desk and day pass users can use the space during staffed hours only: Monday to Friday 8:30am to 6pm and Saturday 10am to 2pm.

Hot Desk members can add out-of-hours access for **£30 a month**.

## Your fob

Every member gets an access fob on their first day. Outside staffed hours the main door is locked, so use your fob at the courtyard door on Lambhay Street. Please don't hold the door open for anyone you don't recognise.

If you lose your fob, tell us straight away so we can switch it off. A replacement fob costs **£15**.

## Lockers

| Locker | Size | Price |
|---|---|---|
| Small locker | Fits a laptop bag | £10 per month |
| Large locker | Fits a monitor, a suitcase or a bike helmet and kit | £18 per month |
| Day locker | Laptop bag | Free for day pass users, empty by 6pm |

Fixed Desk members already have a lockable pedestal under their desk. Lockers are available to any member, subject to availability.

## Cycling in

We have a covered, secure bike store in the courtyard with space for **24 bikes**. It's free for members and opens with your fob. For riders we also have:

- **two showers** on the ground floor
- a drying room for wet kit
- a track pump and basic tools at reception
- towels to hire for £2 if you forget yours

E-bikes are welcome in the bike store, but please don't charge e-bike batteries anywhere inside the building.

## CCTV

There's CCTV in the entrances, courtyard and bike store. It doesn't cover desks or offices.
`,
  },
  {
    title: 'Wi-Fi, Printing and the Kitchen',
    category: 'Facilities',
    content: `# Wi-Fi, printing and the kitchen

## Wi-Fi

Our connection is **1 Gbps** full fibre, the same speed in both directions, with an automatic 4G backup if the line ever goes down.

- Members log in to **HarbourDesk-Members** with their own username and password, which we email when you join.
- Visitors and day pass users use **HarbourDesk-Guest**. The password is shown on the screen at reception and changes every Monday.
- Every fixed desk and private office also has wired ethernet ports.

## Printing and scanning

Our printer is on the first floor next to the kitchen. Send your job to HarbourDesk-Print from your laptop, then tap your fob on the printer to release it.

| Size | Black and white | Colour |
|---|---|---|
| A4 | 8p per page | 25p per page |
| A3 | 15p per page | 45p per page |

Desk members get 50 free black and white pages a month; anything over that is added to your monthly invoice. Scanning to email is free for everyone.

## The kitchen

There's a kitchen on each floor with:

- a bean-to-cup coffee machine, tea and hot chocolate
- dairy and oat milk
- a microwave, toaster, kettle and dishwasher
- fridges for your lunch

Please label your food. The fridges are cleared out every Friday at **4pm**, and anything left in them goes in the bin or to the food bank if it's unopened. And please, no reheating fish in the microwave.

## The quiet zone

The first floor is a quiet zone. No calls or meetings there: use a phone booth or head downstairs.
`,
  },
  {
    title: 'Guests, Dogs, Community Events and House Rules',
    category: 'Community',
    content: `# Guests, dogs, community and house rules

## Bringing guests

Members can invite guests for meetings. A guest visiting you for a meeting can stay for up to **2 hours** at no charge. Please register them in the members' app beforehand, ask them to sign in at reception, and stay with them while they're here.

If your guest wants to work here for the day, they'll need a day pass. Fixed Desk and private office members get two free guest day passes each month.

Members with 24/7 access can bring up to two guests outside staffed hours, but you must stay with them the whole time.

## Dogs

We're a dog-friendly space, within reason:

- dogs are allowed on the **ground floor** only, not upstairs or in meeting rooms or the kitchens
- members can bring a dog once they've been with us for at least **one month**
- register your dog with reception first, with proof that its vaccinations are up to date
- one dog per member, on a lead in shared areas, and you clean up after it

Assistance dogs are welcome everywhere in the building from day one.

## Community events

Everyone with a membership or a day pass is welcome at our events.

- **Monday Breakfast**: free pastries and coffee in the ground floor kitchen from 9am every Monday
- **Lunch and Learn**: a short talk from a member or a local business, every other Wednesday at **12:30pm**
- **Harbour Drinks**: drinks and nibbles on the **last Thursday** of every month from 5:30pm; you can bring one friend
- **Summer BBQ**: on the courtyard every July

Want to give a talk at a Lunch and Learn? Email us your idea.

## House rules

- Take calls in a phone booth or on the ground floor, never in the quiet zone.
- Hot desks must be cleared by the end of each day; anything left behind goes to lost property.
- No sleeping overnight in the building.
- Smoking and vaping only outside the courtyard gate.
`,
  },
  {
    title: 'Getting Here: Parking, Transport and Accessibility',
    category: 'Getting here',
    content: `# Getting here

We're at The Old Sail Loft, 12 Commercial Wharf, on the Barbican, a few steps from the fish market.

## Parking

We don't have our own car park. The nearest is **Lambhay Hill** car park, a 3-minute walk away, which costs about £8 for the day. On-street parking on the Barbican is mostly residents only, so please don't risk it.

If you drive in every day, members can buy a discounted monthly permit for the Coxside multi-storey through us for **£65 a month** (normally £95). Ask at reception.

## By train and bus

Plymouth railway station is a **25-minute walk** or a short taxi ride away. Buses to the Barbican stop on Exeter Street, about 5 minutes on foot.

## Accessibility

Our main entrance on Commercial Wharf has three steps, but there's step-free access through the courtyard door on Lambhay Street, which has a gentle **ramp** and an automatic door. Inside:

- a **lift** to every floor, big enough for a standard wheelchair and one companion
- an accessible toilet on the ground floor
- a **hearing loop** at reception and in the Sail Loft
- six height-adjustable sit-stand desks, which any member can book through the app
- quiet, low-lit desks at the back of the first floor for anyone who finds open-plan spaces overwhelming

If you have any access needs, tell us when you book and we'll do our best to help. Assistance dogs are welcome everywhere.
`,
  },
  {
    title: 'Billing, Deposits and Notice Periods',
    category: 'Billing',
    content: `# Billing, deposits and notice periods

## Invoices and VAT

Membership and meeting room prices are shown **excluding VAT**. We add VAT at **20%** and every invoice is a full VAT invoice. Day passes are shown including VAT, and a VAT receipt is emailed automatically.

Invoices are issued on the **1st of each month** and emailed to the billing contact on your account. Payment is by Direct Debit, taken on the 5th, or by card. Want invoices in your company name or sent to your accounts team? Update your billing details in the members' portal before the 25th and they'll apply to the next invoice.

## Deposits

| Membership | Deposit |
|---|---|
| Flexi 5 and Hot Desk | None |
| Fixed Desk | £250 |
| Private office | One month's fee |

Your deposit is returned within **30 days** of your last day, minus anything unpaid, lost fobs or keys, or damage beyond normal wear and tear.

## Notice periods

| Membership | Minimum term | Notice to leave |
|---|---|---|
| Flexi 5 and Hot Desk | None | 14 days |
| Fixed Desk | 1 month | 1 month |
| Private office | 3 months | 2 months |
| Virtual Office | 6 months | 1 month |

Notice must be given in writing by emailing hello@harbourdesk.co.uk. We don't refund part months.

## Pausing your Fixed Desk

Going travelling? Once a year you can pause a Fixed Desk membership for up to 2 months. We'll keep your desk for you for **£60 a month** while you're away.

## Late payment

If an invoice is more than 14 days late we add a **£25** admin fee. If it's still unpaid after 30 days, access is suspended until it's settled.
`,
  },
];

export const HARBOURDESK_HELD_OUT: EvalCase[] = [
  // --- Membership plans ---
  {
    question: "What's the monthly damage if I just want to rock up and grab whatever desk is going spare?",
    facts: ['£179'],
    escalate: false,
  },
  {
    question:
      "I'm thinking of going for a permanent desk that's just mine. Do I get any time in the meeting rooms thrown in with that, and how much?",
    facts: ['6 hours'],
    escalate: false,
  },
  { question: 'im doing a phd at plymouth uni, is there any reduction for students on the hot desking?', facts: ['20%'], escalate: false },

  // --- Day passes ---
  { question: 'Drop-in price for a day?', facts: ['£22'], escalate: false },
  {
    question: "Before I sign up to anything, is there any way of having a go at working there to see if I like the vibe?",
    facts: ['free trial day'],
    escalate: false,
  },
  {
    question: 'I bought one of your packs of ten days back in the spring and have only used three. Do they expire?',
    facts: ['6 months'],
    escalate: false,
  },
  {
    question: "Booked to come in tomorow but my little one's been up all night being sick. Can I get my money back?",
    facts: ['6pm the day before'],
    escalate: false,
  },

  // --- Private offices ---
  { question: "There's four of us and we want a room with a door that locks. What would that cost monthly?", facts: ['£1,150'], escalate: false },
  {
    question:
      "We're a small agency about to win a big contract but it might fall through. What's the shortest we could commit to for one of your offices?",
    facts: ['3 months'],
    escalate: false,
  },
  { question: 'When could I pop round to look at an office before we decide?', facts: ['9:30am'], escalate: false },

  // --- Meeting rooms and phone booths ---
  {
    question: "I need somewhere for eight of us for an all-day planning session next Tuesday. How much would that be?",
    facts: ['£210'],
    escalate: false,
  },
  {
    question:
      "I've booked your big event space for a workshop on Saturday but the speaker has pulled out and it's now Wednesday. If I cancel now am I going to be charged?",
    facts: ['7 days'],
    escalate: false,
  },
  { question: 'Can you sort out sandwiches for a client meeting I am hosting and what does it cost per person?', facts: ['£9.50'], escalate: false },
  { question: 'How long am I allowed to hog one of the little soundproof call pods?', facts: ['30 minutes'], escalate: false },

  // --- Virtual office ---
  {
    question: "I work from my kitchen table and don't want my home address on my invoices. What's the cheapest way to use yours for post?",
    facts: ['£25'],
    escalate: false,
  },
  { question: 'Which package has you opening my letters and emailing them over, and how much is it?', facts: ['£39'], escalate: false },
  {
    question: 'Can my limited company use your building as its official address with Companies House? What does that add?',
    facts: ['£20'],
    escalate: false,
  },
  {
    question: "I'm on your virtual address plan and I'm off to Australia for three weeks. How long will you hang on to any deliveries for me?",
    facts: ['14 days'],
    escalate: false,
  },

  // --- Access, fobs, lockers, bikes ---
  {
    question: "I hot desk with you but I'm a night owl and do my best work after 9pm. Can I get in late?",
    facts: ['£30'],
    escalate: false,
  },
  { question: 'lost my key fob on the bus. how much for a new one?', facts: ['£15'], escalate: false },
  {
    question: "I'd like somewhere to leave my second monitor and gym bag overnight rather than lugging them home. Price?",
    facts: ['£18'],
    escalate: false,
  },
  {
    question: 'I cycle 12 miles in every morning and arrive dripping. Anywhere I can freshen up and leave the bike?',
    facts: ['two showers'],
    escalate: false,
  },

  // --- Wi-Fi, printing, kitchen ---
  {
    question: "I edit video and upload massive files all day. How quick is your broadband, honestly?",
    facts: ['1 Gbps'],
    escalate: false,
  },
  { question: 'What would a colour A3 print set me back?', facts: ['45p'], escalate: false },
  {
    question: "A client is coming in to work with me this afternoon and needs to get online. Which network does she join?",
    facts: ['HarbourDesk-Guest'],
    escalate: false,
  },
  {
    question: "I left a tub of leftovers in the fridge on Friday and by Monday it had vanished. Does someone clear them out?",
    facts: ['4pm'],
    escalate: false,
  },

  // --- Guests, dogs, events ---
  { question: 'can i bring my spaniel in with me? hes very well behaved', facts: ['ground floor'], escalate: false },
  { question: 'When do you have your monthly get-together for members?', facts: ['last Thursday'], escalate: false },
  {
    question: "I'm on hot desk. If a customer pops in to see me for a chat, do they have to buy a pass?",
    facts: ['2 hours'],
    escalate: false,
  },
  { question: 'Do you run any talks or workshops at lunchtime, and when?', facts: ['12:30pm'], escalate: false },

  // --- Getting here ---
  { question: 'where do i leave the car?', facts: ['Lambhay Hill'], escalate: false },
  {
    question: "If I join I'll be driving in from Plympton every day. Is there any kind of deal on parking for members?",
    facts: ['£65'],
    escalate: false,
  },
  {
    question: "I use a wheelchair. I saw steps at the front in your photos - is there another way in, and can I get to the upper floors?",
    facts: ['ramp', 'lift'],
    escalate: false,
  },

  // --- Billing ---
  { question: "What's the upfront security payment for having my own dedicated desk?", facts: ['£250'], escalate: false },
  {
    question: "Got a permanent job offer so I'll be giving up hot desking. How far in advance do I have to tell you?",
    facts: ['14 days'],
    escalate: false,
  },
  {
    question: 'I moved out of my desk at the end of last month - when can I expect my deposit back?',
    facts: ['30 days'],
    escalate: false,
  },

  // --- Not answered by any article or the context ---
  {
    question: "Do you have a telephone answering service, where someone picks up calls in my company's name?",
    unknown: true,
    escalate: false,
  },
  { question: 'Are there any electric car chargers in the car park near you?', unknown: true, escalate: false },
  {
    question: 'If we sign up for a private office for a full 12 months, is there a discount on the monthly price?',
    unknown: true,
    escalate: false,
  },
  { question: 'Do you have a podcast recording studio I can hire, and what is the hourly rate?', unknown: true, escalate: false },
  { question: 'Is there a nap room or anywhere I can lie down for twenty minutes?', unknown: true, escalate: false },
  { question: 'Can I get a static IP address for a small server I want to run from my desk?', unknown: true, escalate: false },
  { question: 'How much do you charge for 3D printing?', unknown: true, escalate: false },
  { question: 'Do you have any other sites, say in Exeter or Truro?', unknown: true, escalate: false },
  { question: 'Do you offer confidential shredding for old client paperwork?', unknown: true, escalate: false },
  { question: 'Do members get a discount at any of the gyms nearby?', unknown: true, escalate: false },
  {
    question: "Is there a creche or any childcare on site? My nursery closes for the summer and I've got a toddler.",
    unknown: true,
    escalate: false,
  },
  { question: 'Can you laminate a few menus for me, and what do you charge?', unknown: true, escalate: false },

  // --- Should go to a person ---
  {
    question:
      "It's nearly 11 at night, I came back to grab my laptop charger and the side door just flashes red when I tap my card. My car keys are on my desk inside. What do I do??",
    escalate: true,
  },
  {
    question: "Could I talk to an actual person on your team instead of this chat? I'd like to go through options for moving my company in.",
    escalate: true,
  },
  {
    question:
      "My invoice this month has £480 of meeting room bookings on it that I never made. I've already paid by Direct Debit and I want that money back.",
    escalate: true,
  },
];
