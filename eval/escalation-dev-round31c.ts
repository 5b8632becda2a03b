/**
 * Round-31 precision DEV set, written blind (only eval/escalation-types.ts read):
 * mostly ordinary messages that must NOT be handed over. DEV: may be tuned on.
 *
 * Businesses (escalate / no):
 *  1. Hargreaves Shoe Repairs & Keys (Leeds)          — 6 escalate / 24 no  (escalationRules set)
 *  2. The Potting Shed Café at Brookfield (Shropshire) — 6 escalate / 24 no  (escalationRules [])
 *  3. Stillwater Yoga (Brighton)                       — 6 escalate / 24 no  (escalationRules set)
 *  4. Monsal Wheels Cycle Hire (Bakewell)              — 6 escalate / 24 no  (escalationRules [])
 *  5. Paws & Claws Pet Supplies & Grooming (Cardiff)   — 6 escalate / 24 no  (escalationRules set)
 *  6. The Harbour View Hotel (Whitby)                  — 6 escalate / 24 no  (escalationRules [])
 *  Total: 36 escalate / 144 no (180 cases)
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND31C_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. Shoe repairer & key cutter
  // ---------------------------------------------------------------------------
  {
    name: 'Hargreaves Shoe Repairs & Keys',
    businessContext:
      "We're a family shoe repair and key cutting shop on Kirkgate in Leeds, been here since 1987. My dad Ray started it, I'm Karen and I run it now, Ray's still in most mornings and we've got Liam our apprentice. We do heels and soles, full resoles on leather and Goodyear welted shoes, zips on boots and bags, stretching, dyeing, watch batteries and straps, key cutting (incl some car keys), engraving and small leather bag repairs. Heels and keys are usually while-you-wait, most other jobs are ready in 3-5 working days. We take repairs by post from anywhere in the UK.",
    escalationRules: [
      'Customer says we have lost, damaged or ruined their item',
      'Complaints about a finished repair where they want money back or a replacement',
      'Trade or business account enquiries',
      'Anything about key security, e.g. someone worried a key to their home was copied',
      'Complaints about staff behaviour',
    ],
    businessRules: `Notes for the chat - Karen

POSTAL REPAIRS
- Send it to us with a note inside: name, phone number, return address and what you want doing. Doesn't need to be fancy, back of an envelope is fine.
- Use a sturdy box and a tracked service, we can't chase Royal Mail for you.
- We ring with a quote before we start anything. Pay over the phone by card. Return postage is £6.95 tracked.
- If we can't fix it we post it back and only charge the return postage.
- Quotes are free.

COLLECTIONS + UNCOLLECTED
If someone has lost their ticket that's fine - bring ID and describe the shoes and whoever's on will find them. We keep uncollected repairs 90 days then they go to the charity shop, so if someone is going away just let them know we'll hold it as long as they tell us.
The chat can't see the job book, so if someone asks "is my repair ready" tell them we text when it's done, or ring the shop on 0113 244 0917.

KEYS
1. Yale/mortice cut while you wait, from £4.50.
2. Car keys - some makes, ask them the make, model and year and say Ray will confirm in the shop.
3. Keys stamped "do not copy" or restricted systems - we need the owner's security card. No card, no key, no exceptions.

PRICES (rough) - ladies heels £12, gents heels £18, full soles from £45, zips from £25, watch battery £6 while you wait.

Open Mon-Sat 8.30-5.30, closed Sundays and bank holidays. No parking outside, use Victoria Gate car park, 3 min walk. We take card, cash, Apple Pay.

WHEN TO GET ME
If someone's upset because something's gone wrong with a repair or they think we've lost or damaged their stuff, don't promise anything, pass the chat to me. Anyone asking about a business account or a big batch of work (companies, schools etc) - get me or Ray, we price those ourselves. Anything that sounds like a security worry about keys, get a person straight away.`,
    cases: [
      { message: 'hi how do i send boots to you for resoling? i live in cornwall so cant exactly pop in', escalate: false },
      { message: 'do i need to put a note in with the shoes or will you just know whats what', escalate: false },
      { message: 'how much for new heels on ladies court shoes pls', escalate: false },
      { message: 'can you cut a yale key while i wait or do i need to leave it', escalate: false },
      { message: 'Left my ticket at home, my husband dropped off some brown brogues last tuesday, can I still collect them?', escalate: false },
      { message: 'where is best to park near you? coming in with a heavy bag of shoes', escalate: false },
      { message: 'Hi Karen just wanted to say thanks, the boots came back looking brand new, my dad was made up with them', escalate: false },
      { message: "do you do zips on leather boots? zip's gone on mine, theyre like docs but not docs", escalate: false },
      { message: 'whats ur opening times saturday', escalate: false },
      { message: 'is my repair ready? dropped off sandals monday, ticket 4471', escalate: false },
      { message: 'can you do a battery in a casio while i wait', escalate: false },
      { message: "Hi, bit of a long story but I bought these Loakes in 2015 for my wedding and they've been sat in the loft ever since. The soles have gone a bit crumbly and one of the heels came clean off when I tried them on in the house. I'd like to get a few more years out of them - are they worth resoling or should I give up on them?", escalate: false },
      { message: 'can you stretch shoes? new pair are pinching at the toe', escalate: false },
      { message: 'do you take card', escalate: false },
      { message: 'i have a key that says do not duplicate on it, can you still copy it', escalate: false },
      { message: 'how long do you keep stuff if i cant collect straight away? going away for 3 weeks', escalate: false },
      { message: 'do u engrave dog tags', escalate: false },
      { message: 'posted my trainers yesterday with a note inside, royal mail tracked, just letting you know theyre on the way', escalate: false },
      { message: 'if i post them how do i pay, do you ring me?', escalate: false },
      { message: 'Ray did my heels last week and said to pop back about the matching belt, is he in tomorrow morning?', escalate: false },
      { message: 'can u do car keys for a 2012 ford focus', escalate: false },
      { message: 'do you repair handbag straps, stitching has come undone on one side', escalate: false },
      { message: 'what happens if you cant fix them, do i still pay the postage back', escalate: false },
      { message: 'is there a charge for a quote', escalate: false },
      { message: "Collected my boots yesterday and you've put the wrong colour sole on them. They're £300 RM Williams and they're ruined. I want them put right or my money back.", escalate: true },
      { message: 'sent my shoes to you 3 weeks ago, tracking says delivered and signed for, nobody has rung me and the phone just rings out. where are they?? starting to think youve lost them', escalate: true },
      { message: "Hi, I manage a warehouse in Wakefield, we've got about 40 pairs of safety boots that need resoling every quarter. Could we set up an account with you?", escalate: true },
      { message: "my ex still has a key to my flat and i think he's had it copied at yours. can you tell me if someone came in with it? im honestly scared", escalate: true },
      { message: "The battery change you did has let water into my watch and the face is all fogged up. It was my late mum's. I'm really upset, what are you going to do about it?", escalate: true },
      { message: 'i want to speak to the owner about the way your lad spoke to me this morning, absolutely out of order', escalate: true },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Garden centre café
  // ---------------------------------------------------------------------------
  {
    name: 'The Potting Shed Café at Brookfield',
    businessContext:
      "The Potting Shed is the café inside Brookfield Garden Centre, just outside Ludlow. We're family run and everything is cooked on site - breakfasts, soups, jacket potatoes, proper lunches and a big counter of cakes baked every morning by Jo. Cream teas and afternoon teas are our thing. We seat about 60 inside plus the terrace in summer, and dogs are welcome in the conservatory end. Mel manages the café, Dan runs the kitchen. Lots of our regulars are walkers, families and coach groups visiting the garden centre.",
    escalationRules: [],
    businessRules: `Mel's notes for the chat

Opening: café 9-4.30 Mon-Sat, 10-4 Sunday. Hot food last orders 3.30 (3pm Sunday). Bank holidays we're open Sunday hours.

Bookings
* Under 6 people - no booking, just turn up, it's first come first served.
* 6 or more - we'll book a table, take name, date, time, numbers and pass it on to Mel.
* Afternoon tea must be pre-booked 48 hrs ahead, £10 deposit per head. If they cancel or reduce numbers with 48 hrs notice the deposit comes back (takes up to 5 working days).
* Celebration cakes - order at least a week ahead, take the details and let Jo know. Customers can bring their own birthday cake if they're eating with us, no charge.

Allergies
All cakes on the counter have allergen labels. We do gluten free every day but our kitchen uses flour so we can't promise no cross contamination - be honest about that. Vegan soup most days. The full allergen folder is at the till, tell people to ask for it when they order, staff will go through it with them.

Lost property
Anything left goes in the box behind the till and we keep it a month. If someone has lost something, take a description and say we'll put it aside / have a look, and they can collect any time we're open.

Other stuff
- Parking is free, disabled bays right by the café door, coaches and minibuses round the back by the delivery gate.
- Plant questions go to the garden centre helpdesk not us!
- Highchairs, kids menu, baby change all yes.
- We take cards (not Amex), cash, contactless.

When it needs a person
If anyone says they've been ill after eating here or had an allergic reaction, or found something in their food, that comes to me (Mel) straight away, don't try to deal with it in the chat. Same for coach companies wanting to book 30+ or anyone wanting to hire the café privately/after hours. And if someone's cross about a refund, get a real person on it.`,
    cases: [
      { message: 'do i need to book for lunch on saturday, therell be 4 of us', escalate: false },
      { message: 'how much is the deposit for afternoon tea and do we get it back if someone drops out', escalate: false },
      { message: 'are your scones gluten free? my daughter is coeliac', escalate: false },
      { message: 'i think i left my reading glasses on the table by the window yesterday, tortoiseshell frames. have you got them?', escalate: false },
      { message: 'can dogs come in the cafe', escalate: false },
      { message: 'what time does the kitchen stop doing hot food on a sunday', escalate: false },
      { message: "Hi could you pass a message on to Jo - the lemon drizzle on Tuesday was the best I've ever had, my mum hasn't stopped going on about it!", escalate: false },
      { message: 'want to order a birthday cake for my dads 70th, chocolate, about 12 people, saturday after next. how do i do that', escalate: false },
      { message: 'is there disabled parking near the cafe door? my nan uses a walker', escalate: false },
      { message: 'do u do vegan options', escalate: false },
      { message: "Hiya, we're a group of 8 from the WI coming Thursday the 14th around 11ish, could we book a table and would it be possible to all have the cream tea?", escalate: false },
      { message: 'does the afternoon tea have nuts in it', escalate: false },
      { message: 'do you take amex', escalate: false },
      { message: "we booked afternoon tea for 6 on sunday week, one of them can't come now. thats well over 48 hours, can we just drop to 5?", escalate: false },
      { message: 'can you buy the cakes to take away', escalate: false },
      { message: 'who do i ask about a plant i bought from the garden centre, the leaves are going yellow', escalate: false },
      { message: 'is the terrace open when its sunny, can we sit out there with the dog', escalate: false },
      { message: 'Can I bring my own birthday cake in for my son if we have lunch there?', escalate: false },
      { message: 'highchairs?', escalate: false },
      { message: "Long one sorry - my husband has a pretty serious sesame allergy and we've had some bad experiences in cafés where staff didn't really know what was in things. We'd love to come for lunch on Friday. Is there a way we can check ingredients properly before we order?", escalate: false },
      { message: "is there room to park a minibus? there's 14 of us coming on a trip next month, would like to book lunch", escalate: false },
      { message: 'r u open bank holiday monday', escalate: false },
      { message: 'hi left my umbrella yesterday, green with ducks on, could someone keep hold of it til saturday pls', escalate: false },
      { message: 'do u do kids meals', escalate: false },
      { message: 'we ate at yours on sunday and both of us were up all night being sick, we both had the chicken pie. think you need to look into it', escalate: true },
      { message: "My son had a reaction after eating the flapjack labelled nut free yesterday, we ended up having to use his epipen. I need to speak to someone about this.", escalate: true },
      { message: 'Hello, I organise coach tours for Heritage Travel and would like to bring 45 people every Wednesday in July for lunch. Who can I arrange this with?', escalate: true },
      { message: "we'd love to hire the whole cafe one evening for my daughter's engagement party, about 50 guests, is that something you do?", escalate: true },
      { message: "I've been waiting 3 weeks for the refund on our afternoon tea deposit, I cancelled well within the time. This is ridiculous, I want it sorted today or I'm going to my bank", escalate: true },
      { message: "found a bit of blue plastic in my soup today. didn't say anything at the time but its really put me off, i'd like someone to call me", escalate: true },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Yoga studio
  // ---------------------------------------------------------------------------
  {
    name: 'Stillwater Yoga',
    businessContext:
      "Stillwater is a small independent yoga studio in Kemptown, Brighton, with two rooms above a bakery on St George's Road. I'm Priya, I own it and teach a few classes, and our regular teachers are Tom (early morning vinyasa), Ellie (yin and pregnancy yoga) and Sam (hatha and the beginners' course). We run around 30 classes a week plus mum and baby sessions and a four-week beginners' course each month. Everything is booked through our app. We're not a hot yoga studio - rooms are just kept comfortably warm.",
    escalationRules: [
      'Someone reports an injury during or after a class',
      'Membership billing disputes or chargebacks',
      'Complaints about a teacher, including inappropriate touch or conduct',
      'Press or media enquiries',
      'Medical questions beyond general class suitability (e.g. pregnancy complications, recent surgery)',
    ],
    businessRules: `Hi chat - Priya here. How we do things:

Booking & cancelling
All classes are booked in the app. Cancel at least 12 hours before or the class is used up. If someone misses the window because of a genuine one-off (train delays etc.) just explain the policy kindly, we don't refund those but they can message me if it keeps happening. Full class? Join the waitlist in the app, it auto-books you and emails you.

Prices
- Drop in £13
- 5 classes £55, valid 3 months
- 10 classes £100, valid 6 months
- Unlimited £89/month, 3 month minimum, then 30 days notice to cancel (they do it in the app under Membership)
Packs aren't refundable, but can be transferred to a friend once - tell them to email the friend's name. If a pack's about to expire and they've got classes left, you can offer a one-off 2 week extension, no need to ask me. Memberships can be frozen for holidays or injury for up to 2 months - email hello@ with dates. Gift vouchers on the website.

First visit
Arrive 10 mins early and fill in the health form in the app. Tell the teacher about any niggles or injuries before class. Mats are free to borrow, bring your own if you prefer. There's one shower, bring a towel. Beginners - point them at Sam's beginners' course or Gentle Hatha.

Pregnancy: from 14 weeks, Ellie's class on Weds and Sat. Mum & baby from 6 weeks postnatal (8 after c-section), babies up to crawling.

Lost property goes in the basket in reception for two weeks, then charity. Water bottles a week.
No parking at the studio - pay & display on St James's St, or bike rack outside.

When to get me
If anyone tells you they got hurt in a class, don't give advice, pass the chat over to me. Any complaint about a teacher comes to me, no exceptions. And if people want to rent one of the rooms or ask about teacher training, let me know and I'll reply myself.`,
    cases: [
      { message: 'hiya never done yoga before which class should i start with', escalate: false },
      { message: 'can i cancel my 6pm tonight, somethings come up', escalate: false },
      { message: 'do i need to bring a mat', escalate: false },
      { message: "left a grey hoodie in the big room after ellie's yin on thursday, is it in lost property?", escalate: false },
      { message: 'how much is 10 classes', escalate: false },
      { message: 'is there anywhere to park near the studio', escalate: false },
      { message: "I'm 16 weeks pregnant and have been doing yoga for years, all going fine. Can I still come to the regular vinyasa or should I switch to the pregnancy class?", escalate: false },
      { message: 'can i freeze my membership for a month, going travelling in march', escalate: false },
      { message: "Can I give my class pack to my sister? I'm moving to Bristol and have 4 left", escalate: false },
      { message: 'whats the difference between yin and hatha', escalate: false },
      { message: "pls thank tom for this mornings class, my back feels amazing", escalate: false },
      { message: 'is there a shower', escalate: false },
      { message: 'app says the 7pm is full, is there a waitlist?', escalate: false },
      { message: 'missed the cancel window by like an hour cos my train was delayed, is that class gone then?', escalate: false },
      { message: "Hi! Bit of background - I've had a desk job for 10 years, my hips and hamstrings are super tight, I can't touch my toes and I'm honestly a bit nervous about being the least flexible person in the room. Is there a class that's gentle enough for someone like me and what time is it on weekdays?", escalate: false },
      { message: 'do you do gift vouchers', escalate: false },
      { message: "how do i cancel the unlimited membership? i've done my 3 months", escalate: false },
      { message: 'do i need to fill in a health form before my first class', escalate: false },
      { message: 'what time is mum and baby yoga and how old does baby need to be', escalate: false },
      { message: 'can i leave my bike outside', escalate: false },
      { message: "bought the 5 pack in january and still have 2 left, it expires next week. any chance of an extension?", escalate: false },
      { message: 'is the studio hot? i cant do hot yoga', escalate: false },
      { message: 'is sam teaching saturday at 10 or is it a cover', escalate: false },
      { message: "I've got a slightly dodgy knee from running, nothing serious, should I mention it to the teacher before class?", escalate: false },
      { message: "I hurt my shoulder in Tuesday's class when the teacher adjusted me in wheel. It's been painful ever since and I've had to take time off work.", escalate: true },
      { message: "my bank shows you've taken £89 twice this month and I cancelled back in December. I've raised it with my bank but I want it sorted", escalate: true },
      { message: "I felt really uncomfortable with how one of the teachers touched me during an adjustment last week. I don't know who else to tell", escalate: true },
      { message: "hi, I'm 24 weeks and my midwife says I have placenta previa, is it still ok for me to come to pregnancy yoga?", escalate: true },
      { message: "Hello, I'm writing a piece for The Argus on Brighton's wellness scene and would love to interview the owner of Stillwater.", escalate: true },
      { message: "hey i run a sound bath business and I'm looking to rent your small room on sunday evenings, who do i talk to about rates?", escalate: true },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Bike hire shop
  // ---------------------------------------------------------------------------
  {
    name: 'Monsal Wheels Cycle Hire',
    businessContext:
      "Monsal Wheels is a bike hire and small repair shop at the old station yard in Bakewell, right by the start of the Monsal Trail. We hire hybrids, e-bikes, kids' bikes, tag-alongs, child seats, trailers and a couple of tandems, and we've a workshop for servicing and repairs. I'm Gareth, I own it; Becky runs the front desk and bookings and Owen is our mechanic. Busiest from Easter to October and every school holiday. Most customers are families and day-trippers, plenty who haven't ridden in years.",
    escalationRules: [],
    businessRules: `Gareth's notes

HIRE
- Hybrids £20 half day / £30 full day. E-bikes £45 / £60. Kids bikes £12 / £18. Tag-alongs and child seats £8.
- Booking online is best. E-bikes must be booked in advance, everything else you can turn up for but summer weekends do sell out.
- Photo ID needed (driving licence or passport, not a bank card).
- E-bikes: £100 card pre-authorisation per bike, released when it comes back OK.
- Helmets, locks, puncture kit and pump included with every hire.
- Last hire out 3pm, everything back by 5.30 (6pm July & August). Late returns £10 per hour after the first 15 mins.
- Under 16s must ride with an adult. One dog trailer available, dogs on leads on the trail.

CANCELLING
Free cancellation up to 24 hrs before. Inside 24 hrs no refund but they can move the date once. If WE close because of weather, full refund. Refunds take about 5 working days.

PARKING & BAGS
6 spaces in our yard, free for hire customers while they ride. Bags and rucksacks can be left in the office at their own risk.

PUNCTURES ON THE TRAIL
Use the kit first. If they're stuck, ring the shop (01629 812 440) and Owen will come out if it's on the trail between Bakewell and Miller's Dale.

LOST ITEMS
Anything left on a bike or in the yard goes in the office drawer. If we know whose it is Becky texts them. We'll post it if they pay postage.

SHOP RETURNS
Accessories bought online - send it back with a note and your order number within 30 days, unused, and we refund when it arrives.

SERVICING
Basic service £55, drop off any morning.

When to pass it to a person
1) anyone's had an accident or come off a bike, even if they say they're fine - get me or Becky
2) a bike's been stolen or badly damaged while out, or someone's arguing about a damage charge
3) group bookings over 15 (schools, companies, clubs) - pass to me for a quote`,
    cases: [
      { message: 'do we need to book or can we just turn up on a saturday in august', escalate: false },
      { message: 'how much is an ebike for the day', escalate: false },
      { message: 'can we leave our car in your yard while were out on the bikes', escalate: false },
      { message: 'do you do a kids seat or tag along for a 4 year old', escalate: false },
      { message: 'whats the deposit on ebikes and when do we get it back', escalate: false },
      { message: 'got a puncture just past hassop station, what do we do', escalate: false },
      { message: 'weather looks grim tomorrow, can we move our booking to sunday instead', escalate: false },
      { message: 'I think I left my sunglasses in the basket of the bike I hired yesterday, black Oakleys, booking under Patel', escalate: false },
      { message: 'do the hybrids have a rack for panniers', escalate: false },
      { message: 'what ID do you need, will a bank card do', escalate: false },
      { message: 'can i bring my dog', escalate: false },
      { message: "how far is it to the end of the trail and back? my 8yo is a decent rider but not sure he'll manage it", escalate: false },
      { message: "bought a bell and lights off your website, lights don't fit my bars. can i send them back?", escalate: false },
      { message: 'what time do the bikes have to be back', escalate: false },
      { message: 'Thanks Owen for sorting my gears so quick on saturday, saved the day!', escalate: false },
      { message: 'Can I leave my rucksack at the shop while we ride?', escalate: false },
      { message: 'do you service bikes? my road bike needs a once over before a sportive', escalate: false },
      { message: "we're a group of 9, 2 adults and 7 kids aged 6-12, have you got enough kids bikes?", escalate: false },
      { message: "Hi, long message sorry. We're visiting from Manchester with my dad who's 74 and hasn't ridden in about 30 years but is dead keen. He's fit enough for walking but I'm worried about any hills. Would an e-bike be sensible for him and do you give a bit of a demo before we set off?", escalate: false },
      { message: 'might be back about 20 mins late, will we get charged?', escalate: false },
      { message: 'are helmets included', escalate: false },
      { message: 'can we pay on the day or do u need it upfront', escalate: false },
      { message: 'is the trail fully open this week? heard something about a tunnel being shut', escalate: false },
      { message: 'we cancelled 3 days ago because of the forecast, how long does the refund take', escalate: false },
      { message: "my daughter came off her bike on the trail and hit her head, she says she's fine but there's a lump coming up, what should we do", escalate: true },
      { message: "we locked the bikes up outside the cafe at hassop and one's gone. someone's nicked it. what now?", escalate: true },
      { message: "you've charged me £180 for damage to the e-bike but it was like that when we picked it up, I'm not paying that", escalate: true },
      { message: "Hi, I'm a teacher at a secondary school in Sheffield, we'd like to bring 28 Year 9s for a day on the trail in June. Could you give us a quote?", escalate: true },
      { message: 'the brakes went going down the hill towards the tunnel and i came off, scraped my arm and leg up. this is dangerous', escalate: true },
      { message: "I'd like to speak to the manager. We booked 4 e-bikes, paid in full, turned up and only 2 were charged. Ruined our anniversary trip.", escalate: true },
    ],
  },

  // ---------------------------------------------------------------------------
  // 5. Pet shop & grooming
  // ---------------------------------------------------------------------------
  {
    name: 'Paws & Claws Pet Supplies & Grooming',
    businessContext:
      "Paws & Claws is an independent pet shop and grooming salon on Cowbridge Road East in Canton, Cardiff. We stock food and treats for dogs, cats, small animals, birds and coldwater fish, with a raw food freezer and a good range of grain free and hypoallergenic brands. Our groomers Sian and Bethan do full grooms, bath and brush, puppy intros and nail trims. I'm Rhys, the owner. We do free local delivery on Tuesdays and Fridays. We don't sell puppies or kittens.",
    escalationRules: [
      'Pet injured or unwell after a groom',
      'Complaints about a groomer or about a groom',
      'Reports of animal neglect or cruelty',
      'Discount requests from rescues, charities or trade buyers',
    ],
    businessRules: `Rhys - notes for the chatbot

Shop hours Mon-Sat 9-6, Sun 10-2. Grooming Tues-Sat only.

GROOMING
- Book by phone or here in the chat (take dog's name, breed, size, date wanted). £20 deposit to hold the slot, comes off the price. Cancel 48 hours or more before = deposit back, less than that it's kept.
- First visit: bring vaccination record. Puppies start with a 30 min puppy intro (£20), from 12 weeks.
- Matting: if a dog's badly matted we'll do a shave down for the dog's welfare, and we always ring the owner first.
- We ring when the dog's ready. If not collected within an hour of the call it's £10 per 30 mins. Happy to ring a different number if they ask, just note it.
- Nail trims £8, walk in if Sian or Bethan have a gap.
- If someone wants to pass on notes for the groomer (sore ears, nervous, old dog) - take them and pass it on, that's normal.
- Leads and collars left behind at grooming are kept behind the counter.

RETURNS
Unopened food within 28 days with receipt, full refund. If it's opened and the pet won't eat it, we'll swap it once for a different flavour/brand. Toys and accessories bought online - send it back with a note with your order number.

DELIVERY
Free over £30 in CF5 and CF11, Tues & Fri. Raw food orders in by Wednesday 5pm for Friday.

FOOD ALLERGIES
We can suggest hypoallergenic or single protein brands, but anything medical (vomiting, skin problems) tell them to see their vet.

Parking - 2 bays outside, 30 mins. Loyalty card - 10th bag of food free.
Small animals only come from our rescue partner, ask in store.

Handing over
If a dog comes home from us with a cut, a rash or limping, or the owner's unhappy with the groom, that's for me, not the chat - get me. If someone reports a neglected or mistreated animal, pass it to me. Rescues asking for a discount, let me know and I'll sort it.`,
    cases: [
      { message: 'can i book my cockapoo in for a full groom next week', escalate: false },
      { message: 'how much is the deposit for grooming', escalate: false },
      { message: 'bought a harness off your website, too small, how do i send it back', escalate: false },
      { message: "my cat won't touch the new food i bought, bag's opened already, can i swap it", escalate: false },
      { message: 'do you deliver to canton? im in cf11', escalate: false },
      { message: 'Sian did Bella on saturday and she looks gorgeous, thank you!!', escalate: false },
      { message: 'what time do i need to order raw food by for friday', escalate: false },
      { message: "I left my dog's lead there when I picked him up yesterday, red one with bones on it, have you still got it?", escalate: false },
      { message: 'my dog has a chicken allergy, which food would you recommend', escalate: false },
      { message: 'is there parking outside', escalate: false },
      { message: 'do you sell guinea pigs', escalate: false },
      { message: "my dog is quite badly matted under her ears and on her legs, she's a rescue we've only just got. will you be able to brush it out or will she need shaving?", escalate: false },
      { message: 'how does the loyalty card work', escalate: false },
      { message: 'first groom for my puppy, hes 16 weeks, what do i need to bring', escalate: false },
      { message: 'r u open sunday', escalate: false },
      { message: 'can you do nail clipping only, walk in?', escalate: false },
      { message: 'picked up late last time cos of traffic, how much is the late fee exactly so i know for next time', escalate: false },
      { message: "do you have Lily's Kitchen puppy in stock", escalate: false },
      { message: "Hiya, our old boy is 14 now and a bit arthritic, he can't stand for long and gets anxious with the dryer. He's a springer. Is there a groomer who's good with older dogs and could we book him a shorter session?", escalate: false },
      { message: "can you ring my husband when the dog's ready instead of me? different number", escalate: false },
      { message: 'do you sell fish food and tank stuff', escalate: false },
      { message: 'need to cancel grooming on saturday, its tuesday now, do i lose the deposit', escalate: false },
      { message: "whats the difference between your cat litters, the wood one and the clumping one", escalate: false },
      { message: 'can u pass on to bethan that rolo needs his ears doing extra careful, he had an infection last month thats cleared up now', escalate: false },
      { message: 'picked up my westie from grooming and theres a cut on her back leg and shes limping. not happy at all', escalate: true },
      { message: "there's a dog tied up in a back garden off Cowbridge Road East that's been left out all night in the rain for days, it's skin and bones, i don't know who to tell", escalate: true },
      { message: 'I run a small cat rescue in Ely, would you consider giving us a discount on bulk litter and food?', escalate: true },
      { message: 'You shaved my dog completely without asking me. I specifically said no shave. I am furious and I want a refund', escalate: true },
      { message: "since her groom on friday my dog has come up in a horrible red rash all over her tummy and keeps scratching, was it the shampoo?", escalate: true },
      { message: 'Bethan was really rough with my puppy when i dropped him off, he was yelping, i saw it through the window. i want to talk to the owner', escalate: true },
    ],
  },

  // ---------------------------------------------------------------------------
  // 6. Small hotel
  // ---------------------------------------------------------------------------
  {
    name: 'The Harbour View Hotel',
    businessContext:
      "The Harbour View is a 12-room family-run hotel on the West Cliff in Whitby, five minutes' walk from the harbour and the 199 steps. Mark and I (Debbie) have run it for 15 years. Breakfast is included and cooked by me, the bar is open every evening, and we do a small dinner menu on Fridays and Saturdays only. Three of our rooms are dog friendly and five have sea views. We're in an old Victorian building over three floors with no lift, which we always mention. Goth Weekends and summer book up months ahead.",
    escalationRules: [],
    businessRules: `How we run things (Debbie)

Check in 3pm-8pm, check out 10.30am. Arriving after 8? No problem - we send a key safe code on the day, just tell us roughly what time. Early check in only if the room's ready, but bags can always be left with us before check in and after check out.

Deposits & payment
25% deposit when booking, balance on arrival (card or cash, bank transfer fine too). Cancel 14 days or more before arrival and the deposit is refunded. Less than 14 days we keep it, unless they rebook within 6 months.

Booking changes / date swaps: take the booking name, current dates and what they'd like, and pass it on to Debbie - I do the bookings every morning and will email them to confirm. No need to put a person in the chat for that.

Parking: 4 spaces behind the hotel, first come first served. Otherwise we sell street permits at reception £5/day.

Breakfast 8-9.30 (8.30-10 Sundays). Vegetarian, vegan and gluten free on request - tell us at booking or the night before. I'm very careful with allergies and cook allergy breakfasts separately, but we do have nuts in the kitchen (granola), so say so.

Dogs £15 per night, rooms 1, 2 and 3 only, not in the breakfast room (they can sit with you in the bar).

Lost property - anything left is bagged with the guest's name and kept 3 months. To post it back they send £5 (small) or £10 (bigger) by bank transfer with their surname as reference, Mark posts on Mondays.

Extras - flowers £25, prosecco £22, cot and highchair free (one of each, first come).

Bar open to residents and their guests only.

Get Mark or me if:
• a guest who's staying right now has a problem that needs sorting now - noise, heating, hot water, cleanliness
• anyone mentions an accident, injury or being ill
• a card's been charged wrong or twice
• group bookings of 5+ rooms or anything wedding related`,
    cases: [
      { message: 'what time is check in', escalate: false },
      { message: "we're not arriving till about 10pm, is that ok", escalate: false },
      { message: 'can we leave our bags after check out and go explore for the day', escalate: false },
      { message: 'is there parking', escalate: false },
      { message: "do you allow dogs? we've got a small terrier, very well behaved", escalate: false },
      { message: 'I left my phone charger in room 7 when we checked out this morning, white apple one, could you post it back?', escalate: false },
      { message: "i'm vegan, whats there for breakfast", escalate: false },
      { message: 'my husband has a nut allergy, is breakfast safe for him', escalate: false },
      { message: 'Could we move our booking from the 12th-14th to the 19th-21st? Booking under Hughes', escalate: false },
      { message: 'how much deposit do you take and when is the rest due', escalate: false },
      { message: 'Just wanted to say a massive thank you to Debbie for the breakfasts, best full english in Yorkshire!', escalate: false },
      { message: 'is there a lift? my mum struggles with stairs', escalate: false },
      { message: 'do you do evening meals', escalate: false },
      { message: 'if we cancel 3 weeks before do we get the deposit back', escalate: false },
      { message: 'which rooms have a sea view', escalate: false },
      { message: "Hi there. We got engaged in Whitby 10 years ago and we're coming back for our anniversary in September, just the two of us for 2 nights. I'd love to surprise my wife with something in the room, flowers or a bottle of fizz. Is that something you can arrange and roughly how much?", escalate: false },
      { message: 'is it walkable to the abbey from you', escalate: false },
      { message: 'coming for goth weekend, any rooms left for the friday?', escalate: false },
      { message: 'is the bar open to non residents', escalate: false },
      { message: 'Can I pay the balance by card when we arrive or do you want a bank transfer', escalate: false },
      { message: 'what time is breakfast', escalate: false },
      { message: 'need a travel cot for our 1 year old, have you got one', escalate: false },
      { message: 'can we check in early? train gets in at 12', escalate: false },
      { message: 'sent the £5 for postage for my scarf on monday, ref SMITH, just checking you got it', escalate: false },
      { message: "We're in room 4 and the heating hasn't worked since we arrived, it's freezing. We were told someone would look at it 3 hours ago", escalate: true },
      { message: "my mum slipped on the stairs on the way down to breakfast this morning, she's ok-ish but her wrist is really swollen", escalate: true },
      { message: "you've charged my card the full amount twice, £420 each time, I need this refunded asap", escalate: true },
      { message: 'Hi, looking to book 7 rooms for a family wedding in May, 2 nights, could you do a group rate?', escalate: true },
      { message: "the people in room 9 have been shouting and banging since 1am and it's now half 2, please can someone do something", escalate: true },
      { message: "Both my kids have been sick since breakfast this morning and I'm worried it's something they ate", escalate: true },
    ],
  },
];
