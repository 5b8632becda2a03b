/**
 * Round-29 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Businesses:
 *   1. Ridgeway Rovers (dog walking & pet sitting, Wantage, Oxfordshire) — prefix WALK_
 *      26 answerable, 10 unanswerable, 4 escalate (40 cases)
 *   2. Pip & Puddle Play Café (family café with under-5s soft play, Chorlton, Manchester) — prefix PLAY_
 *      26 answerable, 10 unanswerable, 4 escalate (40 cases)
 *
 * Every `facts` string appears verbatim (case-insensitive) in that business's context, rules or
 * articles. Unanswerable questions are on-topic but their answer is not in the material (several
 * are near-misses: a length, size or variant that is not listed).
 *
 * NOTE: eval/cases.ts defines only `EvalCase`; it has no knowledge-article type, so the article
 * shape is declared locally below as `DevArticle` ({ id, title, body }).
 */

import type { EvalCase } from './cases.ts';

export interface DevArticle {
  id: string;
  title: string;
  body: string;
}

// ---------------------------------------------------------------------------------------------
// 1. Ridgeway Rovers — dog walking & pet sitting
// ---------------------------------------------------------------------------------------------

export const WALK_CONTEXT = `Ridgeway Rovers – dog walking & pet sitting in Wantage, Grove and the villages (OX12).

Run by Jess Hartley, with two part-time walkers, Sam and Priya. We've been going since 2019 and walk about 40 regular dogs a week. Fully insured, DBS checked and pet first aid trained.

All bookings and messages go through the Ridgeway Rovers app (iPhone & Android). If you really can't get on the app you can text Jess on 07700 900418. Jess replies to messages Mon-Fri 8am-6pm, usually within 2 hours.`;

export const WALK_RULES = `- You're answering customer questions for Ridgeway Rovers. Only use the info in the articles and context. If the answer isn't there, say you don't know and offer to pass the question to Jess.
- Never confirm a booking or promise a slot – all bookings are confirmed by Jess in the app.
- No medical or vet advice. If a pet sounds unwell, tell the owner to ring their own vet.
- Hand over to Jess (a real person) straight away if:
    * the customer asks for a person / Jess / the owner / a manager
    * a dog has been injured, lost, or has got out
    * there's been a dog fight or a bite
    * there's a complaint about a walker or sitter
    * keys have been lost or a house has been left unlocked
    * they want a refund or credit over £50
- Never give out the walkers' personal phone numbers or where they live.
- Keep replies friendly and short. UK spelling.`;

export const WALK_ARTICLES: DevArticle[] = [
  {
    id: 'walk-prices',
    title: 'Prices (from 1st Jan 2025)',
    body: `PRICES – from 1st Jan 2025

Service                            | Length  | Price
-----------------------------------|---------|-------
Group walk (max 4 dogs)            | 1 hr    | £14
Solo walk                          | 30 min  | £13
Solo walk                          | 1 hr    | £18
Puppy visit (let out, play, feed)  | 20 min  | £10
Cat / small pet drop-in            | 30 min  | £12
Overnight house sit (6pm-8am)      | 1 night | £45

Extras
   2nd dog, same household ............ +£6 per walk
   3rd dog, same household ............ +£4 per walk
   Bank holidays ...................... +£5 per visit
   Xmas Day, Boxing Day & New Year's Day ... double rate
   Outside the 5 mile radius .......... £3 travel per visit

Prices are per visit. Invoiced weekly (see Paying).`,
  },
  {
    id: 'walk-area',
    title: 'Areas we cover',
    body: `We cover Wantage, Grove, East Hendred, West Hendred, Ardington, Letcombe Regis, Letcombe Bassett, Childrey and Steventon – basically anywhere within 5 miles of Wantage Market Place. Further out than that I can sometimes fit you in, but there's a £3 travel charge per visit on top.

Group walks mostly happen up on the Ridgeway by Segsbury Camp, or round Letcombe Brook if it's very wet, depending on the weather and which dogs are out that day.`,
  },
  {
    id: 'walk-getting-started',
    title: 'New clients – getting started (FAQ)',
    body: `Q: How do I sign up?
A: Download the Ridgeway Rovers app and fill in the new client form. Then we book a free meet & greet at your house (takes about 30 mins). I meet your dog, we go through their routine, I collect the keys and you sign the T&Cs.

Q: Is there a trial walk?
A: Yes – your first walk is a trial walk at half price, so we can see how your dog gets on.

Q: What do you need from me?
A: Their up to date vaccination record (we do need to see it), your vet's name and practice, an emergency contact who lives locally, and a spare key.

Q: Does my dog need the kennel cough vaccine?
A: For group walks, yes – kennel cough vaccine is required. For solo walks it's recommended but not a must.

Q: How far ahead do I need to book?
A: Regular weekly slots fill up fast – at the moment there's a waiting list for Monday and Friday group walks. One-off walks need at least 48 hours notice. Christmas and summer holiday sits, book as early as you possibly can, most of August is gone by Easter!`,
  },
  {
    id: 'walk-group-walks',
    title: 'Group walks – how they work',
    body: `Group walks are a max of 4 dogs, matched by size and temperament, so your little terrier isn't chucked in with a pack of labradors. We pick up between 10am and 2pm in the van – dogs travel in separate crates and the van is air conditioned – and the walk itself is a full hour, not counting driving time. Off lead is only if you've given written permission in the app AND your dog has solid recall; we test recall on a long line for the first 3 walks before anyone goes off lead. Entire (un-neutered) males over 12 months can't join group walks, sorry, and girls in season go on solo walks only until they've finished (charged at the solo 1 hr rate). You get photos and a GPS map of the route in the app after every walk. Dogs are towel dried and paws wiped before they go back in the house, fresh water is put down, and we always pick up poo (obviously!).`,
  },
  {
    id: 'walk-hours',
    title: 'When we walk',
    body: `WALKS
  Monday - Friday: 8am-6pm
  Saturday: 9am-1pm (solo walks + puppy visits only – no group walks at weekends)
  Sunday: no walks

PET SITTING & CAT DROP-INS
  7 days a week, including bank hols

MESSAGES
  Jess answers Mon-Fri 8am-6pm, usually within 2 hours. Evenings and weekends it may be the next working day unless it's urgent.`,
  },
  {
    id: 'walk-cancellations-weather',
    title: 'Cancellations, poorly dogs & weather',
    body: `• Cancel with at least 24 hours notice and there's no charge.
• Less than 24 hours notice = full price, as I'll already have turned other dogs away for that slot.
• If we have to cancel on you (walker off sick etc.) you're not charged, obviously – I'll always try to get cover from Sam or Priya first.
• Rain – we walk in the rain, dogs don't care! Thunder or lightning we keep it short and local.
• Heat – if it's forecast over 25 degrees we switch to an early walk or a shorter sniffy walk in the shade plus some enrichment games at home. Same price.
• Ice & snow – walks go ahead unless the roads aren't safe to drive, then we do walks on foot for dogs in Wantage & Grove only.
• If your dog has had sickness or diarrhoea please keep them off group walks for 48 hours after the last episode.`,
  },
  {
    id: 'walk-pet-sitting',
    title: 'Pet sitting & house sitting',
    body: `Going away? We do two kinds of pet sitting:

1) Drop-in visits – for cats, rabbits, guinea pigs, hamsters and so on. A 30 min visit: food, fresh water, litter tray or hutch cleaned, cuddles, and a quick check round the house. Most cats are fine with 1 visit a day but we recommend 2 visits a day for kittens, elderly cats or anything on medication. You get a photo after every visit.

2) Overnight house sitting – one of us stays at your house from 6pm to 8am so your dog isn't on their own at night. Daytime walks are booked separately at the normal rates. Minimum 3 nights. We'll also bring the post in, put the bins out, water the plants and open/close the curtains so the house looks lived in.

Medication – we can give tablets, liquids and eye or ear drops at no extra charge. Insulin injections are fine too (Jess and Priya are trained) but that's +£2 per visit.

We can't look after horses or livestock, sorry. Chickens are OK as part of a drop-in if they're in a secure run.`,
  },
  {
    id: 'walk-paying',
    title: 'Paying',
    body: `Invoices go out every Friday through the app for that week's walks and visits. Pay by bank transfer or by card in the app within 7 days. Sorry, no cash – the walkers don't carry money.

Christmas and New Year bookings need a 50% deposit when you book, non-refundable after 1st December.

If an invoice is more than 14 days overdue I'll pause walks until the account's up to date.`,
  },
  {
    id: 'walk-keys-insurance',
    title: 'Keys, insurance & trust',
    body: `- Your key is kept in a locked key cabinet at Jess's, tagged with a code number – never your name or address.
- Rather not hand over a key? We can fit an outdoor key safe for £35 (that includes the key safe itself).
- Insured through a specialist pet business policy with £5 million public liability cover. Members of NARPS UK.
- All walkers are DBS checked and have done a canine first aid course – happy to show certificates at the meet & greet.
- Refer a friend: once they've done 4 walks you both get a free 30 min solo walk.`,
  },
];

export const WALK_CASES: EvalCase[] = [
  // Answerable (26).
  { question: 'hiya how much do u charge for the group walks?', facts: ['£14'], escalate: false },
  { question: 'whats the cost of an hour long walk just for my dog on his own', facts: ['£18'], escalate: false },
  { question: 'price for a half hour walk with just my dog, no other dogs?', facts: ['£13'], escalate: false },
  { question: "we've just got a puppy, what would it be for someone to pop in at lunch and let her out", facts: ['£10'], escalate: false },
  { question: 'We have 2 dogs, do we pay twice for a walk or is there a deal?', facts: ['£6'], escalate: false },
  { question: 'how much for someone to stay over at ours with the dog overnight?', facts: ['£45'], escalate: false },
  { question: 'Do you charge more on bank holidays?', facts: ['£5'], escalate: false },
  { question: 'I need a walk on boxing day, is it more expensive??', facts: ['double rate'], escalate: false },
  { question: 'do you come out as far as Steventon', facts: ['Steventon'], escalate: false },
  { question: "we're about 7 miles from wantage, can you still do us and is there anything extra to pay", facts: ['£3'], escalate: false },
  { question: 'is the first walk free or full whack?', facts: ['half price'], escalate: false },
  { question: 'what paperwork do i need to show you before you walk my dog', facts: ['vaccination record'], escalate: false },
  { question: 'how much notice do you need if i just want a one off walk next week', facts: ['48 hours'], escalate: false },
  { question: 'what time do you usually collect dogs for the group walks?', facts: ['10am and 2pm'], escalate: false },
  { question: 'how do they get to the walk, are they all loose in the back of the van?', facts: ['crates'], escalate: false },
  { question: "my boy isn't neutered, he's 2, can he still go in the group", facts: ['12 months'], escalate: false },
  { question: 'can i get a group walk on saturday mornings', facts: ['weekends'], escalate: false },
  { question: 'are you around on sundays to feed my cat?', facts: ['7 days a week'], escalate: false },
  { question: "if i cancel tomorrows walk tonight do i still have to pay for it", facts: ['full price'], escalate: false },
  { question: 'If I cancel a walk 2 days before, do I still get charged the £13?', facts: ['no charge'], escalate: false },
  { question: 'what do you do about walks when its really hot in the summer', facts: ['25 degrees'], escalate: false },
  { question: 'can you do the overnight sitting for just one night, fri only', facts: ['3 nights'], escalate: false },
  { question: 'my cat is diabetic and needs her injections while we are away – can you do that and does it cost more?', facts: ['£2'], escalate: false },
  { question: 'can I just pay the walker in cash?', facts: ['no cash'], escalate: false },
  { question: 'is there a deposit to book over christmas', facts: ['50%'], escalate: false },
  { question: "I'd rather not give you a key, what are my options?", facts: ['£35'], escalate: false },
  // Unanswerable (10) — on topic, not in the material.
  { question: 'how much for a 2 hour walk? my husky needs loads of exercise', unknown: true, escalate: false },
  { question: 'Do you do 45 minute solo walks, and what do they cost?', unknown: true, escalate: false },
  { question: 'how much is an hour long visit for my cat', unknown: true, escalate: false },
  { question: 'can you look after my bearded dragon while we go on holiday?', unknown: true, escalate: false },
  { question: 'is there a discount if i pay for a block of 10 walks up front', unknown: true, escalate: false },
  { question: 'Do you do any dog training? he pulls like a train on the lead', unknown: true, escalate: false },
  { question: 'could you take my dog to her vet appointment on tuesday and how much would that be', unknown: true, escalate: false },
  { question: 'do you sell gift vouchers? want to get one for my mum', unknown: true, escalate: false },
  { question: 'do you do day care where my dog stays at your place all day?', unknown: true, escalate: false },
  { question: 'how long is the wait at the moment for a monday group walk slot?', unknown: true, escalate: false },
  // Escalate (4).
  { question: 'can I speak to Jess herself please, not a chatbot', escalate: true },
  { question: 'Priya just texted to say my spaniel slipped his lead up on the Ridgeway and she cant find him, what is going on??', escalate: true },
  { question: 'I want £120 back for last month, the walker turned up late every single time', escalate: true },
  { question: 'came home and the back door had been left unlocked after the cat visit. not happy at all', escalate: true },
];

// ---------------------------------------------------------------------------------------------
// 2. Pip & Puddle Play Café — family café with a soft play area for under-5s
// ---------------------------------------------------------------------------------------------

export const PLAY_CONTEXT = `Pip & Puddle Play Café – 58 Beech Road, Chorlton, Manchester M21.

We're a family café first: proper coffee, home-made food and cake, with a small soft play area for babies and under-5s at the back so the little ones can burn off some energy while you actually get to drink your coffee hot. Owned and run by Claire and Tom Okafor since 2021.

Phone 0161 496 0732 · hello@pipandpuddle.co.uk · Instagram @pipandpuddlecafe
Play sessions and parties are booked on our website.`;

export const PLAY_RULES = `You're the Pip & Puddle helper. Answer only from the info we've given you – if you don't know, say so and point them to the phone number or email.

- Don't take or confirm bookings. Play sessions are booked on the website, parties are confirmed by Claire.
- Never tell anyone a food is "safe" for an allergy. Give the allergen info we have and tell them to speak to the team on the day.
- Pass to a member of staff (Claire or Tom) if:
   • they ask for a person / a manager / Claire / Tom
   • a child got hurt or there was an accident
   • an allergic reaction
   • anything safeguarding
   • a complaint about staff, cleanliness or another family
   • refunds over £30, or ANY party refund
   • press or media enquiries
- Be warm and keep it short – parents are usually typing one-handed with a toddler on them!`;

export const PLAY_ARTICLES: DevArticle[] = [
  {
    id: 'play-hours',
    title: 'Opening times',
    body: `OPENING TIMES
Mon – Fri ........ 9am – 4pm
Sat .............. 9am – 5pm
Sun .............. 10am – 3pm
Bank holidays .... 10am – 3pm

We're closed 25th Dec to 1st Jan inclusive.

Kitchen stops serving hot food 30 mins before closing. Soft play closes 15 mins before the café so we can wipe everything down.

We're card only (contactless, Apple Pay, Google Pay) – no cash, sorry.`,
  },
  {
    id: 'play-prices',
    title: 'Soft play prices',
    body: `Soft play – price per child, per 90 min session

   Babies under 6 months ............ FREE
   Crawlers (6 – 12 months) ......... £3.50
   Walkers (1 – 4 years) ............ £6.50
   Quiet Session ................... £4 per child
      (Tues 9-10.30am, SEN & sensory friendly, lights down, music off, max 8 children)

Grown-ups don't pay for play, but we do ask that each adult buys something from the café 😊
Max 2 children per adult.

Children aged 5 and over can't go in the play area – it's built and insured for under-5s only. Older brothers and sisters are very welcome in the café, we've got colouring and books.

Acorn Card: one stamp per paid play session, 10 stamps = a free session. Cards don't expire.`,
  },
  {
    id: 'play-booking',
    title: 'Booking a play session (FAQ)',
    body: `Do I have to book?
Weekdays it's best to book on the website – sessions start at 9:00, 10:45, 12:30 and 2:15. Walk-ins are welcome if there's space, but term-time mornings are usually full. Weekends are walk-in only, no booking.

How many children are in at once?
We cap it at 20 children per session so it never gets manic.

Can I cancel?
Cancel up to 24 hours before and you'll get a credit to use within 3 months. We don't do cash refunds on play bookings. Less than 24 hours, sorry, no credit.

Running late?
Your 90 mins starts at your booked time, not when you arrive.`,
  },
  {
    id: 'play-menu',
    title: 'Café menu',
    body: `HOT DRINKS
  Flat white / cappuccino ............ £3.20
  Latte .............................. £3.40
  Americano .......................... £2.80
  Pot of tea (Yorkshire or herbal) ... £2.50
  Babyccino .......................... £1 (free with any kids lunchbox)
  Oat, soy or coconut milk ........... no charge

FOOD – served till 30 mins before close
  Toasties: ham & cheese / cheese & tomato / hummus & roast veg ... £6.50
  Soup of the day with sourdough ..................................... £5.95
  Jacket potato, 2 fillings .......................................... £6.95
  Kids lunchbox (sandwich, veg sticks, fruit pot, yoghurt + a drink) ... £4.95
  Baby fruit purée pouch ............................................. £1.50
  Cakes & traybakes .................................................. £3.25

Gluten free: there's always a GF brownie, and GF bread for any toastie (+50p).`,
  },
  {
    id: 'play-allergens-feeding',
    title: 'Allergies, food from home & feeding',
    body: `We're a nut-free kitchen – no nuts or nut oils in anything we make ourselves. BUT some of the packaged snacks and cakes we buy in are made in factories that handle nuts, so we can't promise anything is 100% nut free. The full allergen folder is at the counter, just ask any of the team.

Food from home: baby food, formula and snacks for under-2s are absolutely fine. Otherwise please don't bring your own food in – we're a small independent business!

We're happy to warm bottles and baby food for you, just hand it over at the counter.

Breastfeeding is welcome anywhere in the café, and there's a comfy chair in the quiet corner if you'd like it.`,
  },
  {
    id: 'play-parties',
    title: 'Birthday parties',
    body: `PRIVATE PARTIES – Sundays only, 3.30pm–5.30pm (after we've closed to the public)

£220 for up to 15 children, which includes:
  - exclusive use of the soft play & café for 2 hours
  - a party host to run games and do all the tidying up
  - a kids party box each (sandwich, crisps, fruit, juice, biscuit)
  - hot drinks for the grown-ups (up to 15 adults)

Extra children £9 each, max 25 children.
Bring your own birthday cake and we'll light the candles and cut it up for you.
£80 deposit to book, non-refundable. Balance due 7 days before the party.
Sorry – no bouncy castles, entertainers or piñatas, there just isn't room!`,
  },
  {
    id: 'play-area-rules',
    title: 'Play area rules',
    body: `• Socks on in the play area please – grown-ups too! Grippy socks are £2 at the counter if you forget.
• Shoes off and into the cubbies by the gate.
• Grown-ups stay with their children at all times – the team can't babysit.
• No food or drinks past the gate (water bottles are fine).
• Poorly? Please stay at home for 48 hours after any sickness or diarrhoea.
• Buggies go in the buggy park by the front door – we can't take responsibility for them.`,
  },
  {
    id: 'play-getting-here',
    title: 'Getting here, parking & facilities',
    body: `We're at 58 Beech Road. There's no car park of our own. On-street pay & display on Beech Road and the side streets (2 hours max), or free parking for the first 3 hours at the Chorlton Leisure Centre car park on Manchester Road, about 5 mins walk.

Bus: the 86 stops at the end of Beech Road.

Step-free entrance through the side door (ring the bell and we'll open it for you). Accessible toilet with baby change, and there's another baby change in the gents – dads change nappies too!

Free wifi. Assistance dogs only, sorry.`,
  },
];

export const PLAY_CASES: EvalCase[] = [
  // Answerable (26).
  { question: 'what time do you shut on a saturday?', facts: ['5pm'], escalate: false },
  { question: 'r u open on the bank hol monday and til when', facts: ['3pm'], escalate: false },
  { question: 'Are you open in the week between christmas and new year?', facts: ['closed'], escalate: false },
  { question: 'how much for my 2 year old to go on the soft play', facts: ['£6.50'], escalate: false },
  { question: "what's the price for a 9 month old, she's only crawling", facts: ['£3.50'], escalate: false },
  { question: 'do I have to pay for my 3 month old as well', facts: ['free'], escalate: false },
  { question: 'how long do we get in the play area?', facts: ['90 min'], escalate: false },
  { question: 'is there a calmer time to come? my little boy is autistic and finds it too loud', facts: ['Tues'], escalate: false },
  { question: 'can my 6 yr old go in the play bit with his little sister?', facts: ['5 and over'], escalate: false },
  { question: "I've got twins and a baby – can I bring all 3 in on my own?", facts: ['2 children per adult'], escalate: false },
  { question: 'what times can you book play slots in the week', facts: ['10:45'], escalate: false },
  { question: 'Can I book a slot for Sunday morning?', facts: ['walk-in'], escalate: false },
  { question: "if we can't make it and I cancel, do I get my money back?", facts: ['credit'], escalate: false },
  { question: 'how much is a latte', facts: ['£3.40'], escalate: false },
  { question: 'do you charge extra for oat milk', facts: ['no charge'], escalate: false },
  { question: 'how much are your babyccinos?', facts: ['£1'], escalate: false },
  { question: 'what do kids get in the lunch box thing and whats the price', facts: ['£4.95'], escalate: false },
  { question: 'can I get a toastie on gluten free bread?', facts: ['50p'], escalate: false },
  { question: 'my son has a nut allergy – do you use nuts in the kitchen?', facts: ['nut-free'], escalate: false },
  { question: 'is there somewhere to change a nappy in the mens loos?', facts: ['gents'], escalate: false },
  { question: 'how much does it cost to have a birthday party there', facts: ['£220'], escalate: false },
  { question: "we'd want to invite about 20 kids to the party – how much extra is that?", facts: ['£9'], escalate: false },
  { question: 'can we do a party on a saturday afternoon?', facts: ['Sundays only'], escalate: false },
  { question: 'how much is the deposit for a party', facts: ['£80'], escalate: false },
  { question: 'forgot the kids socks!! do you sell them?', facts: ['£2'], escalate: false },
  { question: 'where can I park for free near you', facts: ['Leisure Centre'], escalate: false },
  // Unanswerable (10) — on topic, not in the material.
  { question: 'how much is a hot chocolate?', unknown: true, escalate: false },
  { question: 'do you have high chairs for babies?', unknown: true, escalate: false },
  { question: "what's the wifi password", unknown: true, escalate: false },
  { question: 'do you sell gift vouchers? would be a nice present for my sister', unknown: true, escalate: false },
  { question: 'do you run any baby music or signing classes?', unknown: true, escalate: false },
  { question: 'are your staff paediatric first aid trained?', unknown: true, escalate: false },
  { question: 'how much is the jacket potato with 3 fillings', unknown: true, escalate: false },
  { question: 'is there a discount for siblings?', unknown: true, escalate: false },
  { question: 'can we book a 2 hour play session instead, and how much would it be?', unknown: true, escalate: false },
  { question: 'is there a ball pit in the soft play?', unknown: true, escalate: false },
  // Escalate (4).
  { question: 'Can I speak to Claire or someone who actually works there please', escalate: true },
  { question: 'my daughter fell off the slide this morning and has a big bump on her head, I want to know how this happened', escalate: true },
  { question: 'my son came out in hives about 10 mins after eating a flapjack from your counter', escalate: true },
  { question: "We have to cancel Sunday's party, grandad is in hospital – can we have the £80 deposit back?", escalate: true },
];
