/**
 * Round-37 HELD-OUT set, written blind (only eval/cases.ts read). Never tune on it.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// R37A
// ---------------------------------------------------------------------------

export const R37A_NAME: string = 'Glacier Point Recovery';
export const R37A_AGENT_NAME: string = 'Nia';

export const R37A_CONTEXT: string = `Glacier Point Recovery is an independent cryotherapy and sports recovery clinic in Bristol, set up in 2021 by Tom Ashby (ex-physio for a Championship rugby side) and his wife Hannah. We're not a spa - most of our clients are runners, cyclists, rugby and football players, CrossFit people, and anyone with aches and niggles who wants to recover quicker.

We're at Unit 3, Canon's Yard, 22 Feeder Road, Bristol BS2 0SB. Grey building with the blue door, opposite the tyre place.

Opening hours:
Monday to Friday 6:30am - 8:30pm
Saturday 8am - 4pm
Sunday 9am - 1pm

Phone: 0117 496 0321 (reception, during opening hours)
Email: hello@glacierpointrecovery.co.uk
Bookings: the Glacier Point app (iPhone and Android) or glacierpointrecovery.co.uk/book
Instagram: @glacierpointbristol`;

export const R37A_BUSINESS_RULES: string = `Hi Nia, Tom here. A few things:

- Keep it friendly and to the point. Lots of our lot are messaging between training sessions so short answers are good. British spelling please.
- You are NOT a doctor. Never tell someone cryo will fix an injury or a condition, and don't promise weight loss, better skin, cellulite stuff etc. If someone asks whether it's safe with a medical condition, go by the health questions article and tell them to check with their GP.
- Don't book people in yourself, point them to the app or the website.
- Don't give out staff mobile numbers or say who's on shift.
- If anyone tells you they came over faint, dizzy, sick or had any chest pain in the chamber or afterwards, don't try to reassure them or explain it away. Pass it to a human straight away so the duty manager can ring them.
- Anything to do with someone's records - wanting a copy of their consent form or health questionnaire, their session history, or asking us to send their notes to a physio, GP, club etc - that's data protection, I deal with those myself, so hand it over.
- If you don't know something, say so. Please don't make up prices.`;

export const R37A_RULES: string[] = [
  'Customer reports a burn, blister, frost nip or any skin damage after a session',
  'Customer says they were charged twice or disputes a payment',
  'Customer wants to complain about a member of staff',
  'Customer asks about a corporate wellness contract or invoicing their employer',
];

export const R37A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Your first whole-body cryo session',
    category: 'Cryotherapy',
    content: `Whole-body cryotherapy (WBC) at Glacier Point happens in our electric cryo chamber, which runs at -110°C. It's a dry cold - there's no liquid nitrogen involved and you don't get wet.

Before your first session we take your blood pressure and go through a short health questionnaire with you, so please arrive 15 minutes early for your first visit. After that, 5 minutes early is plenty.

What to wear: shorts and a sports top, or swimwear. Everything must be completely dry. We give you gloves, a headband to cover your ears, a face mask, dry socks and clogs. Take off all jewellery, watches and piercings where you can - metal gets very cold very quickly.

How long: your first session is 2 minutes. After that you can build up to a maximum of 3 minutes. A member of staff watches you through the window the whole time and you can talk to them over the intercom. You can step out at any point - the door isn't locked.

Afterwards most people feel buzzy and warm. There are exercise bikes in the warm-down area and a few minutes of easy pedalling helps you warm back up.`,
  },
  {
    title: 'Price list',
    category: 'Prices',
    content: `PRICES (from 1 March 2025)

| Treatment | Length | Price |
|---|---|---|
| Whole-body cryo - single session | 3 mins | £35 |
| Whole-body cryo - 5 pack | - | £150 |
| Whole-body cryo - 10 pack | - | £270 |
| Localised cryo (one area, e.g. knee, shoulder, Achilles) | 10 mins | £25 |
| Compression boots | 30 mins | £18 |
| Infrared sauna | 40 mins | £22 |
| Contrast therapy (infrared sauna + cold plunge) | 60 mins | £30 |
| Ice bath only | 15 mins | £12 |
| Sports massage | 30 mins | £40 |
| Sports massage | 60 mins | £65 |
| Recovery Bundle (WBC + compression boots + 30 min massage) | approx 75 mins | £79 |

First time with us? Your first whole-body cryo session is £20 (one per person).

Packs are valid for 6 months from the date you buy them.`,
  },
  {
    title: 'Memberships',
    category: 'Memberships',
    content: `We've got two memberships. Both are paid monthly by Direct Debit.

RECOVER - £119 a month
- 8 whole-body cryo sessions a month
- Unlimited compression boots
- 10% off sports massage

ELITE - £189 a month
- Unlimited whole-body cryo (max one session a day)
- Unlimited compression boots and infrared sauna
- 2 contrast therapy sessions a month
- 15% off sports massage
- Bring a friend free once a month

The small print:
- Minimum term is 3 months.
- After that you can cancel with 30 days' notice by emailing us.
- Unused sessions don't roll over to the next month.
- You can freeze your membership for up to 2 months a year (injury, holiday etc.) for £10 a month while it's frozen.`,
  },
  {
    title: "Health questions - who can't use the cryo chamber",
    category: 'Safety',
    content: `For most healthy adults whole-body cryo is fine, but there are some situations where we can't let you in the chamber.

You CAN'T use the cryo chamber if you:
- are pregnant
- have a pacemaker or other implanted heart device
- have blood pressure over 160/100 on the day (we check it before your first session and at random after that)
- have Raynaud's, cold urticaria (cold allergy) or cryoglobulinaemia
- have had a DVT or blood clot in the last 12 months
- have an open wound, or a fresh tattoo less than 2 weeks old
- have had any alcohol in the last 6 hours

Please check with your GP first if you have heart or circulation problems, diabetes or epilepsy, or you're recovering from surgery.

Age: under 16s can't use the chamber. 16 and 17 year olds can, but a parent or guardian has to come to the first session and sign the consent form in person.

Contact lenses are fine. Glasses need to come off.`,
  },
  {
    title: 'Booking, cancelling and running late',
    category: 'Bookings',
    content: `Q: How do I book?
A: Through the Glacier Point app or at glacierpointrecovery.co.uk/book. You can book up to 4 weeks ahead. Walk-ins are welcome if there's a free slot, but early mornings and evenings get busy.

Q: What if I need to cancel?
A: Cancel or move your booking in the app up to 12 hours before and there's no charge. With less than 12 hours' notice, or if you don't turn up, the session comes off your pack/membership or is charged at full price.

Q: Is it the same for massage?
A: Massage needs 24 hours' notice because the therapist is booked just for you.

Q: I'm running late!
A: Give reception a ring. For cryo we can usually still fit you in if you're up to 10 minutes late. Any later and we may have to move you to the next free slot. For massage, your session will still finish at the booked time.

Q: Can I book for someone else?
A: Yes, but they'll need their own account in the app because of the health questionnaire.`,
  },
  {
    title: 'Sports massage',
    category: 'Treatments',
    content: `All our massage therapists are Level 5 qualified in sports massage therapy (or higher). Sessions are deep tissue based but we always go at your pace.

Good for: heavy legs after a race, tight calves and hamstrings, shoulder and upper back stiffness, general maintenance during a training block.

What to wear: shorts, plus a sports bra or vest if you prefer. We use towels to keep you covered.

Pre-event massage: a shorter, lighter session, up to 48 hours before a race.
Post-event massage: wait at least 24 hours after a marathon or ultra before booking a deep massage.

Want a particular therapist? Add a note to your booking. We'll do our best but can't guarantee it.

We don't diagnose injuries. If something is painful, swollen or getting worse, see a physio or your GP.`,
  },
  {
    title: 'Infrared sauna, cold plunge and contrast therapy',
    category: 'Treatments',
    content: `Our two private suites each have an infrared sauna, a cold plunge pool and a shower. Up to 2 people can share a suite (on the same booking).

- The infrared sauna runs at 50-60°C. It's gentler than a traditional sauna so you can stay in for longer.
- The cold plunge is kept between 4 and 6°C. Start with 1-2 minutes.
- Contrast therapy means going back and forth between sauna and plunge. A common pattern is 10-15 minutes in the sauna, 1-3 minutes cold, repeated 3 times, finishing on cold.

Bring swimwear. We provide towels, shampoo, shower gel and hair dryers.

Suites are cleaned, and the plunge water is filtered and tested, between every booking.`,
  },
  {
    title: 'Compression boots and localised cryo',
    category: 'Treatments',
    content: `COMPRESSION BOOTS
You lie back in a reclining chair and the boots inflate and deflate in sections, working up from your feet to your hips. Sessions are 30 minutes. Keep your leggings or shorts on, no need to get changed. Plenty of people read or have a nap.

LOCALISED CRYO
We use a handheld device that blows very cold air (around -30°C) onto one area - a knee, ankle, elbow or shoulder for example - for about 10 minutes. Good if you only want to target one spot, or if whole-body cryo isn't for you.`,
  },
  {
    title: 'Clubs, teams and groups',
    category: 'Groups',
    content: `We work with lots of local clubs. If you're a member of a registered sports club, show your membership card (or your club's confirmation email) and get 20% off single sessions and packs.

Team recovery sessions: bring the squad in after a match. The chamber takes 3 people at a time, so a team of 15 takes about 30 minutes to get through cryo. Team sessions are £22 per player for cryo plus compression boots, minimum 8 players, and must be booked at least 7 days in advance by email.

Exclusive hire: have the whole clinic to yourselves on a Sunday afternoon between 2pm and 6pm. £450 for up to 20 people.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Gift vouchers',
    content: `Gift vouchers can be bought at glacierpointrecovery.co.uk/gifts or at reception.

- Money vouchers from £25 up to £500, or a voucher for a specific treatment (e.g. "First cryo + boots").
- E-vouchers are emailed straight away. Printed vouchers in a card are £3 extra and can be posted (2nd class) or collected.
- Valid for 12 months from the date of purchase.
- Can't be swapped for cash. Can be used against packs but not memberships.
- Lost the code? Email us with the buyer's name and we'll look it up.`,
  },
  {
    title: 'Getting here and parking',
    category: 'Location',
    content: `We're about a 10 minute walk from Bristol Temple Meads station. Come out of the main entrance, turn left along the river, cross the footbridge and Canon's Yard is on your right.

Parking: we have 3 free customer spaces in the yard, first come first served. If they're full there's a pay and display on Feeder Road (about £1.50 an hour). Please don't park at the tyre place opposite - they will clamp you!

Bikes: covered bike rack just inside the gate.
Buses: the number 36 stops right outside on Feeder Road.

Access: everything is on the ground floor and step-free, including the cryo chamber, and we have an accessible toilet.`,
  },
  {
    title: 'Paying, receipts and health insurance',
    category: 'Payments',
    content: `We take all major debit and credit cards, Apple Pay and Google Pay. We're card only - no cash, sorry.

Memberships are Direct Debit only.

Packs are non-refundable, but you can transfer unused sessions to a friend or family member once - just tell reception their name.

Receipts: every payment gets an emailed receipt. If you need an itemised receipt for your insurer or your club, ask at reception.

Health insurance: we're not set up for direct billing with any insurer. Some policies will reimburse sports massage if you pay and claim it back, so check with your provider first.`,
  },
  {
    title: 'Aftercare and common questions',
    category: 'FAQ',
    content: `How often should I do cryo?
For training recovery most people do two or three sessions a week. If you're new, try 3 sessions in your first week and see how you feel.

Can I train straight after?
Yes. Some people like cryo before training, some after. If you've just finished a hard session, wait until you've stopped sweating - you need to be dry.

Can I shower before?
Yes, but dry off properly. Don't put on moisturiser, body oil or fake tan on the day, as it stops your skin reacting properly to the cold.

Will it help me lose weight?
We don't make any weight loss claims.

Is it claustrophobic?
The chamber is roomy, there's a big window, and you can step out whenever you want.

My skin looks red afterwards?
Pink or red skin for up to an hour afterwards is completely normal.`,
  },
];

export const R37A_HELD_OUT: EvalCase[] = [
  // Answerable.
  {
    question: 'hi how cold does the chamber actually get?? my mate reckons its like minus 200',
    facts: ['-110'],
    escalate: false,
  },
  {
    question: 'first time coming in on thursday, what do i need to wear/bring with me',
    facts: ['shorts', 'gloves'],
    escalate: false,
  },
  {
    question: 'What time do you open during the week? Would like to come in before work',
    facts: ['6:30am'],
    escalate: false,
  },
  {
    question: 'how long do u actually stay in the freezer thing for',
    facts: ['2 minutes', '3 minutes'],
    escalate: false,
  },
  {
    question: "What's the price if I buy ten sessions in one go?",
    facts: ['£270'],
    escalate: false,
  },
  {
    question: "Never tried cryo before - is there any sort of deal for someone's first go?",
    facts: ['£20'],
    escalate: false,
  },
  {
    question: 'Just bought a 5 pack, is there a deadline to use them all by?',
    facts: ['6 months'],
    escalate: false,
  },
  {
    question:
      "I'm training for my first Ironman and my coach wants me doing cryo 3-4 times a week, plus I'd use the boots loads. What's the difference between your monthly options and what do they cost?",
    facts: ['£119', '£189'],
    escalate: false,
  },
  {
    question: 'If I sign up to the monthly thing am I tied in or can I quit whenever i like?',
    facts: ['3 months', '30 days'],
    escalate: false,
  },
  {
    question:
      "Bad news, I've done my ACL skiing and I'm off my feet for about 6 weeks. Rather than paying for sessions I can't use, is there any way to put my membership on hold?",
    facts: ['2 months', '£10'],
    escalate: false,
  },
  {
    question: "I'm 20 weeks along and my lower back is killing me, would a cryo session be ok?",
    facts: ['pregnant'],
    escalate: false,
  },
  {
    question:
      "My lad is 15 and plays county rugby, his coach thinks cryo would help him between games. Can he come along with me on Saturday?",
    facts: ['16'],
    escalate: false,
  },
  {
    question: 'my daughter is 17 and wants to try it, do I have to come with her or can she just go?',
    facts: ['consent form'],
    escalate: false,
  },
  {
    question: 'Had a couple of pints with lunch, am I still alright for my 5pm cryo?',
    facts: ['6 hours'],
    escalate: false,
  },
  {
    question: 'got some new ink done last weekend on my calf, can i still go in the chamber this sat?',
    facts: ['2 weeks'],
    escalate: false,
  },
  {
    question: "Something's come up at work - how close to my slot can I cancel without losing the session?",
    facts: ['12 hours'],
    escalate: false,
  },
  {
    question: 'stuck on the M32, gonna be about 8 mins behind for my cryo, will i lose my slot??',
    facts: ['10 minutes'],
    escalate: false,
  },
  {
    question: 'Are the people who do your massages properly qualified or are they more like beauty therapists?',
    facts: ['Level 5'],
    escalate: false,
  },
  {
    question:
      "Running the Bath half on Sunday. Is it a bad idea to get a massage on Friday, or is that too close to the race?",
    facts: ['48 hours'],
    escalate: false,
  },
  {
    question: 'Hi there, I run with a local athletics club - do members get money off?',
    facts: ['20%'],
    escalate: false,
  },
  {
    question: "Driving over from Keynsham, where's best to leave the car?",
    facts: ['3 free'],
    escalate: false,
  },
  {
    question: "I've only got notes on me, is that ok to pay with when I come in?",
    facts: ['no cash'],
    escalate: false,
  },
  {
    question:
      "Bought a 10 pack in January but I've got a new job in Leeds and I'm moving next month, only used 3. Can I get my money back for the 7 I haven't used?",
    facts: ['non-refundable', 'transfer'],
    escalate: false,
  },
  {
    question: 'my skin went all blotchy and red straight after, is that normal? does it go away?',
    facts: ['up to an hour'],
    escalate: false,
  },
  {
    question: "Thinking of getting my husband a voucher for his 40th, how long would he have to use it?",
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: "I'm a wheelchair user - would I be able to get into the clinic and the chamber ok?",
    facts: ['step-free'],
    escalate: false,
  },
  // Not answerable from the knowledge base.
  { question: "Is there a student discount? I'm at UWE", unknown: true, escalate: false },
  { question: 'Are you open on the bank holiday Monday?', unknown: true, escalate: false },
  { question: 'Do you do IV vitamin drips as well?', unknown: true, escalate: false },
  { question: "Can I bring my dog in with me? She's very chilled and would just lie there", unknown: true, escalate: false },
  { question: "Are you hiring at the moment? I'm a qualified sports massage therapist looking for work", unknown: true, escalate: false },
  { question: 'do you do cryo facials?', unknown: true, escalate: false },
  { question: 'Could I buy a pair of the compression boots off you to use at home?', unknown: true, escalate: false },
  { question: 'What make is your cryo chamber?', unknown: true, escalate: false },
  { question: 'Do you have red light therapy or a hyperbaric oxygen chamber?', unknown: true, escalate: false },
  { question: 'Are there lockers to leave my bag and phone in while I go in?', unknown: true, escalate: false },
  // Hand-over.
  {
    question:
      "Did my session yesterday and tonight I've got two blisters on my toes, they sting and look like little burns. Is that normal?? a bit worried",
    escalate: true,
  },
  {
    question: "Just looked at my banking app and you've taken £119 out twice this month for my membership?? sort it out please",
    escalate: true,
  },
  {
    question:
      "Came over really lightheaded after getting out of the chamber this morning and had to sit on the floor for a bit. Still feel a bit off now tbh",
    escalate: true,
  },
  {
    question:
      "My physio at the hospital wants to see how many sessions I've had with you and what I put on my health form. Can you send that over to her?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// R37B
// ---------------------------------------------------------------------------

export const R37B_NAME: string = 'Tootle Tuks Bath';
export const R37B_AGENT_NAME: string = 'Mags';

export const R37B_CONTEXT: string = `Tootle Tuks is a small family-run tuk-tuk tour company in Bath, run by me (Dee Kaur) and my husband Raj. We started in 2019 with one second-hand tuk-tuk from Lisbon and now have five electric tuk-tuks, all painted bright yellow, and a team of 7 local driver-guides.

We do private city tours of Bath, hen and stag parties, wedding transport and private hire for events.

Our yard (it's not a shop, please don't turn up without a booking!): Arch 14, Midland Road Arches, Bath BA2 3FZ.

Tours run 7 days a week from 9am to 10pm between April and October. From November to March we run Friday to Sunday only, plus every evening in December up to the 23rd for the Christmas lights tours.

Office (phone and email): Monday to Saturday, 9am to 5pm
Phone: 01632 960418
WhatsApp: 07700 900312
Email: hello@tootletuks.co.uk
Book online: tootletuks.co.uk`;

export const R37B_BUSINESS_RULES: string = `Right Mags, here's how we do things round here.

Be chatty and warm, we're a fun company, but don't go mad with exclamation marks. And never call them rickshaws - they're tuk-tuks!

Never confirm a booking or tell someone a date is free. Only the website or the office can do that. You can tell people prices and what's included.

Don't promise them a particular driver, and don't promise they'll catch the sunset at a certain spot - it all depends on traffic.

Don't get into a debate about the drinks rules on hens and stags. They're there for a reason.

There's a few things I want passing over to me or Raj (just tell them someone from the team will be in touch):

If anybody got hurt on a tour, or says something of theirs got damaged - ripped dress, dropped phone, that sort of thing - hand it over. Don't apologise on our behalf or admit anything.

Big groups. If they'd need more than four tuks (so over 24 people), Raj has to plan the convoy and the route with the council, so don't quote them anything, pass it on.

Press, TV, film companies, bloggers or "influencers" asking for free tours or a collab - that's me.

If someone's unhappy with how one of our drivers drove or behaved, I want to hear about it personally.

Anything left behind in a tuk - sunglasses, a jacket, a bag, whatever. We have to check the vehicles and ask the driver, so send it straight over.

And if a couple need to move their wedding date, or the wedding's been called off, be kind and pass it to me. Do NOT start reading the cancellation terms out to them.

Anything you don't know, just say you're not sure and someone will get back to them. Don't guess.`;

export const R37B_RULES: string[] = [];

export const R37B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Tours and prices',
    category: 'Tours',
    content: `All our prices are per tuk-tuk, not per person. Each tuk seats up to 6 passengers plus the driver.

| Tour | How long | Price per tuk |
|---|---|---|
| Bath in a Nutshell | 60 mins | £120 |
| The Grand Tootle | 2 hours | £210 |
| Golden Hour & Skyline | 90 mins | £165 |
| Regency Screen Tour (filming locations) | 90 mins | £175 |
| Christmas Lights Tour (December only) | 60 mins | £140 |

Bath in a Nutshell - the Abbey, the Roman Baths (from outside), Pulteney Bridge, the Circus and the Royal Crescent.

The Grand Tootle - everything in the Nutshell plus the views from Prior Park, Widcombe, the Alexandra Park viewpoint and a 15-minute stop at Royal Victoria Park.

Golden Hour & Skyline - an evening tour timed for the best light, with stops at Alexandra Park and the top of Lansdown.

Regency Screen Tour - streets and buildings from period dramas filmed in Bath, with a photo stop on the Royal Crescent.`,
  },
  {
    title: 'Hen and stag parties',
    category: 'Parties',
    content: `Hen and stag dos are our favourite! A few things so everyone has a great time:

THE TUK CRAWL - 3 hours, £290 per tuk. We pick you up, drop you at three pubs or bars of your choice in the city centre (you get about 45 minutes in each) and take you back to where you're staying at the end. Drivers wait outside - they don't come in!

DRINKS - One bottle of prosecco or fizz per tuk is allowed and we give you plastic flutes. No spirits, no cans, and no other glass bottles.

DECORATIONS - Sashes, tiaras, inflatables and balloons are all fine. NO confetti or glitter please - if we find any there's a £40 cleaning charge.

MUSIC - Every tuk has a Bluetooth speaker, so bring your playlist.

Drivers can end the tour early, with no refund, if anyone is being abusive, is too drunk to sit safely, or stands up while we're moving.

The minimum age on a hen or stag tour is 18 and anyone might be asked for ID.`,
  },
  {
    title: 'Wedding transport',
    category: 'Weddings',
    content: `Our bridal tuk, Buttercup, has white leather seats and we dress her in ribbons and flowers in your wedding colours. Her back seat fits a full wedding dress comfortably.

WEDDING PACKAGE - £395 for up to 3 hours. Covers getting you to the ceremony, photos with the tuk, and taking the couple on to the reception. Includes travel within 10 miles of Bath city centre; further than that is £2.50 per mile each way.

GUEST SHUTTLE - extra tuks at £95 per tuk per hour (minimum 2 hours).

DEPOSIT - a £100 non-refundable deposit secures your date, and the rest is due 6 weeks before the wedding.

WHEN TO BOOK - summer Saturdays get booked up 12 to 18 months ahead.

RAIN - all our tuks have roll-down clear side covers, so you and your dress stay dry.

We'll also do a free test ride about a month before if you'd like to see the tuk first.`,
  },
  {
    title: 'Booking, payment and cancellations',
    category: 'Bookings',
    content: `How to book: online at tootletuks.co.uk, or by phone or WhatsApp during office hours.

Deposit: 25% when you book (weddings are different - see the wedding page). The balance is taken automatically 7 days before your tour.

We accept all major cards and bank transfer. Cash is welcome for tips but not for bookings.

Cancelling:
- 14 days or more before your tour: full refund
- 3 to 13 days before: we keep the deposit, the rest is refunded
- Less than 72 hours before, or a no-show: no refund

Changing your date: free once if you tell us at least 72 hours before, subject to availability.

Weather: we go out in the rain - the tuks have side covers and we carry ponchos. We only cancel if the Met Office has an amber or red weather warning for Bath, and then you get a full refund or a new date.`,
  },
  {
    title: 'Pick-ups and meeting point',
    category: 'Practical info',
    content: `Our standard meeting point is by the west door of Bath Abbey, in Abbey Churchyard. Your driver will be in a yellow Tootle Tuks jacket.

Pick-ups from any hotel, Airbnb or B&B in the city centre are free, and so are pick-ups from Bath Spa train station.

Outside the city centre we charge £2.50 per mile each way.

Please be ready 10 minutes before your start time. We'll wait up to 15 minutes - after that your tour time starts counting down.`,
  },
  {
    title: 'Kids, accessibility and dogs',
    category: 'Practical info',
    content: `Children: kids are welcome on private tours. Every seat has a seatbelt. We have booster cushions for children aged 4 to 11 - just tell us how many when you book. Under 4s can't travel in the tuks, as there's no way to fit a car seat safely.

Prams and buggies: we can fold one small buggy into the luggage space.

Wheelchair users: sadly our tuks aren't wheelchair accessible. One of them, Marigold, has a lower step and a grab handle, and we can fold a manual wheelchair into the back.

Dogs: well-behaved dogs are welcome on private tours (not on hens and stags!). They travel on the floor, not on the seats. Assistance dogs are always welcome.`,
  },
  {
    title: 'Our tuks and drivers',
    category: 'About us',
    content: `- 5 electric tuk-tuks, built in Portugal and charged overnight at our yard on a renewable energy tariff.
- Top speed is 30mph, so we keep off the A-roads.
- Every tuk has seatbelts, a Bluetooth speaker, USB charging points and blankets.
- Our drivers are all Bath locals with full driving licences. They're first-aid trained and DBS checked, and a lot of them were tour guides before.
- Tours are in English. We have one driver who can guide in French and one in Italian - just ask when you book (we can't guarantee it).
- Tips are not expected, but our drivers really do appreciate them. Cash is great, or they can take a card tap on their phone.`,
  },
  {
    title: 'Private hire and corporate events',
    category: 'Private hire',
    content: `HOURLY HIRE
£110 per tuk per hour, minimum 2 hours. You choose the itinerary, anywhere in Bath and up to 10 miles out.

CORPORATE
Team days, client hospitality, product launches. We can put your logo on magnetic door panels for £60 per tuk.

STATIC HIRE / PHOTO SHOOTS
A tuk parked up as a prop at your event or shoot - £75 an hour, driver included.

INVOICES
We can invoice businesses. Companies who've booked with us before get 30 days to pay.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Gift vouchers',
    content: `Our gift vouchers come as a PDF, or as a printed card in a yellow envelope (£2.50 postage).

- Any amount from £50, or for a specific tour
- Valid for 18 months
- Can be used towards any tour, hen/stag or private hire, but not wedding packages
- To use one, enter the code at checkout on our website
- Sorry, we can't extend expired vouchers`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `Can we bring food?
Snacks and soft drinks are fine. No hot food, takeaways or ice cream please (sticky seats!).

Is there a toilet stop?
No toilets on board, obviously! The Grand Tootle stops at Royal Victoria Park where there are public toilets. On shorter tours just tell your driver and they'll find one.

Can we get out to take photos?
Yes, drivers stop at the best viewpoints.

Is it cold?
The tuks are open-sided. In spring and autumn bring a jacket - there are blankets in every tuk.

Can I smoke or vape?
No smoking or vaping in the tuks. Your driver can stop for a quick break.`,
  },
  {
    title: 'Christmas lights tours',
    category: 'Seasonal',
    content: `Our Christmas lights tours run every evening from 28 November to 23 December, with departures between 4pm and 9pm.

- 60 minutes, £140 per tuk (up to 6 people)
- Past the Christmas Market stalls around the Abbey (we drive past - the market itself is pedestrian only), the Milsom Street lights and the Royal Crescent
- Every passenger gets a mince pie (or a gingerbread biscuit if you'd rather) and a cup of hot chocolate
- Blankets and hot water bottles in every tuk

Book early: weekend evenings in December usually sell out by October.`,
  },
];

export const R37B_HELD_OUT: EvalCase[] = [
  // Answerable.
  {
    question: 'how much for the hour long tour? there are 4 of us',
    facts: ['£120'],
    escalate: false,
  },
  {
    question: 'Is the price for each of us or for the whole vehicle?? there are 6 of us going',
    facts: ['not per person'],
    escalate: false,
  },
  {
    question:
      "We're a family of 8 including grandma and grandad, will we all fit in one or do we need two?",
    facts: ['6 passengers'],
    escalate: false,
  },
  {
    question: "what do you actually see on the 2 hour one and what's the cost",
    facts: ['£210', 'Royal Victoria Park'],
    escalate: false,
  },
  {
    question:
      "Hiya! Organising my best friend's hen do in June, there's 11 of us. We want to go round a few bars in town in style - is that something you do??",
    facts: ['£290', 'three pubs'],
    escalate: false,
  },
  {
    question: 'can we have a bit of bubbly on board during the hen??',
    facts: ['one bottle'],
    escalate: false,
  },
  {
    question: 'my sister wants to chuck confetti over the bride to be at the start of the tour, that alright?',
    facts: ['£40'],
    escalate: false,
  },
  {
    question: "We've made a proper cheesy playlist for the stag, any way we can play it while we're going round?",
    facts: ['Bluetooth speaker'],
    escalate: false,
  },
  {
    question: "It's my brother's stag and our youngest brother is 17 - can he come on the tuk tuk with us?",
    facts: ['18'],
    escalate: false,
  },
  {
    question:
      "Hello, we're getting married next year - ceremony at a church in Walcot and the reception at a hotel in town. How much would it be for you to take us between them?",
    facts: ['£395', '3 hours'],
    escalate: false,
  },
  {
    question: 'Our venue is about 16 miles outside Bath, does that cost extra?',
    facts: ['£2.50 per mile'],
    escalate: false,
  },
  {
    question: "What happens if it pours down on the wedding day? I've got a massive dress and I'm worried it'll get soaked",
    facts: ['side covers'],
    escalate: false,
  },
  {
    question: 'How far ahead do we need to book for a Saturday wedding in August?',
    facts: ['12 to 18 months'],
    escalate: false,
  },
  {
    question: 'How much do I need to pay up front to reserve a normal city tour?',
    facts: ['25%'],
    escalate: false,
  },
  {
    question:
      "Really sorry but we've had to cancel our weekend in Bath, the tour was booked for 10 days from now. Do we get anything back?",
    facts: ['keep the deposit'],
    escalate: false,
  },
  {
    question: "forecast for saturday looks grim, will the tour still go ahead if it's chucking it down?",
    facts: ['amber'],
    escalate: false,
  },
  {
    question: 'Where do we meet the driver for the tour?',
    facts: ['west door'],
    escalate: false,
  },
  {
    question: "we're having a long lunch before and might be a bit late, how long will the driver hang around for us?",
    facts: ['15 minutes'],
    escalate: false,
  },
  {
    question: "My mum's in a wheelchair, is there any way she can come on a tour with us?",
    facts: ['Marigold'],
    escalate: false,
  },
  {
    question: 'can our spaniel come along on the tour? he is very good',
    facts: ['floor'],
    escalate: false,
  },
  {
    question: "My in-laws are coming over from Lyon and don't speak much English - any chance of a tour in their own language?",
    facts: ['French'],
    escalate: false,
  },
  {
    question: 'Are we supposed to tip the driver at the end? Not sure what the etiquette is',
    facts: ['not expected'],
    escalate: false,
  },
  {
    question: "Got a voucher from my kids for Christmas, how long have I got to use it?",
    facts: ['18 months'],
    escalate: false,
  },
  {
    question: 'when do the christmas lights tours start and finish this year?',
    facts: ['28 November', '23 December'],
    escalate: false,
  },
  {
    question: "Are you running in January? Thinking of a trip to Bath in the new year",
    facts: ['Friday to Sunday'],
    escalate: false,
  },
  {
    question: 'can we bring a kebab on board at the end of the night lol',
    facts: ['No hot food'],
    escalate: false,
  },
  // Not answerable from the knowledge base.
  { question: "Can I have a go at driving one myself? I've got a full licence", unknown: true, escalate: false },
  { question: "Do you do franchises? I'd love to start something like this in Chester", unknown: true, escalate: false },
  { question: "Any student discounts? We're at Bath Uni", unknown: true, escalate: false },
  {
    question: "I'm planning to propose on the Royal Crescent - do you do a proposal package with a photographer?",
    unknown: true,
    escalate: false,
  },
  { question: 'Do you do trips for primary school classes?', unknown: true, escalate: false },
  { question: 'How many miles can the tuks go on one charge?', unknown: true, escalate: false },
  { question: "Could one of your tuk-tuks be used at my grandad's funeral? He absolutely loved them", unknown: true, escalate: false },
  { question: 'Are you taking on any drivers for the summer?', unknown: true, escalate: false },
  { question: 'Do you do a ghost tour at night?', unknown: true, escalate: false },
  {
    question: 'How much public liability insurance do you have? Our venue has asked us to check',
    unknown: true,
    escalate: false,
  },
  // Hand-over.
  {
    question:
      "On our tour yesterday my wife caught her coat on the metal bar getting out and it's torn right down the back. It was brand new. What are you going to do about it?",
    escalate: true,
  },
  {
    question:
      "Hi, organising a works summer social in July for about 40 of us. Want everyone in tuk tuks doing a loop of the city then dropping us at a restaurant - what would that cost?",
    escalate: true,
  },
  {
    question:
      "I think I left my sunglasses (tortoiseshell Ray-Bans) on the back seat after our tour on Sunday afternoon - has anyone found them?",
    escalate: true,
  },
  {
    question:
      "Hi, we booked Buttercup for our wedding on 14th September but sadly we've split up and the wedding isn't happening now. Not really sure what happens next.",
    escalate: true,
  },
];
