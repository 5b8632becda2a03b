/**
 * Round-34 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 * WATCH: Pettifer & Daughter, independent watch & clock repairer with a pre-owned watch counter in Saffron Walden; hand-overs: 4 in WATCH_ESCALATION_RULES plus 2 more written only in WATCH_BUSINESS_RULES prose.
 * SEW: Bobbin & Button, haberdashery with sewing classes and a sewing machine service in Hexham; hand-overs: all 6 written as prose in SEW_BUSINESS_RULES (SEW_ESCALATION_RULES is []).
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Business 1: Pettifer & Daughter (watch & clock repairs, pre-owned watches)
// ---------------------------------------------------------------------------

export const WATCH_NAME = 'Pettifer & Daughter';
export const WATCH_AGENT_NAME = 'Tilly';

export const WATCH_CONTEXT = `Pettifer & Daughter - watch & clock repairs, pre-owned watches
Family run, on Tanners Row since 1987. Graham Pettifer is the watchmaker (BHI trained, 40 odd yrs at the bench). His daughter Leanne runs the counter, the sales side and the emails.

WHERE WE ARE
12 Tanners Row, Saffron Walden, Essex CB10 1RT
- two doors down from the Co-op, green shopfront with the big clock over the door

OPENING HOURS
Tues - Fri 9.30am - 5pm (shut for lunch 1 - 1.45)
Sat 9am - 1pm
Closed Sundays and Mondays (Monday is Graham's bench day, no counter)

CONTACT
Phone 01799 524318 - if we dont pick up we're probably at the bench, leave a msg and we ring back same day
Email repairs@pettiferwatches.co.uk
Instagram @pettiferwatches - new stock goes up there, but we dont really answer DMs, email is best

What we do: battery changes, servicing mechanical + quartz watches, glass/straps/bracelets, clock repairs incl. longcase, pre-owned watch sales, we buy watches too.`;

export const WATCH_BUSINESS_RULES = `Be friendly but dont waffle - most people just want to know how much and how long.
Always give the "from" prices for servicing, never a firm price. Graham has to see the watch before anyone gets a proper quote.
Say water RESISTANT not waterproof, nothing is waterproof.
Home visits for clocks are booked over the phone, just give them the number.
If somebody reckons a watch they bought from us isn't genuine (wrong dial, fake parts, "my jeweller says its not right" etc) dont get into a debate about it, pass them straight over to Graham, he'll want it back in to look at.
Jewellers, antique shops or other traders asking whether we'll take on their repairs at trade rates - that's Leanne's dept, hand them over to her and dont give out any prices.
Don't slag off other repairers even if people moan about them.`;

export const WATCH_ESCALATION_RULES: string[] = [
  "watch or clock lost or damaged while it's in with us - hand to graham straight away, dont admit anything",
  'anyone wanting to SELL us a watch worth over £1000 (rolex, omega, breitling etc) - graham does those offers himself',
  'insurance valuations / written reports for an insurer (theft, damage claims) - hand over',
  'serviced watch stopped or playing up again inside the 2yr guarantee - hand over, no arguing',
];

export const WATCH_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Watch batteries - prices',
    category: 'Batteries',
    content: `WATCH BATTERIES
Most batteries done while you wait, takes about 10 mins unless we're slammed on a Saturday.

- standard quartz watch battery fitted ... £9
- battery + new seal + pressure test (anything marked water resistant, divers watches) ... £18
- Swatch and other "press back" fashion watches ... £9
- designer brands where the back has lots of tiny screws (Gucci, DKNY etc) ... £14
- kids watches / really cheap ones - we'll tell you honestly if its worth it

Batteries aren't guaranteed as such, but if one dies within 6 months bring it back and we'll swap it free.
Clock batteries (AA etc) - we don't charge to pop one in.`,
  },
  {
    title: 'Servicing mechanical & automatic watches',
    category: 'Servicing',
    content: `What is a service? Graham strips the movement right down, cleans it in the machine, replaces anything worn, oils it, regulates it and then checks it on the timegrapher over a few days.

How often? Every 5 to 7 years for most automatics, or sooner if it's losing or gaining a lot.

PRICES (these are FROM prices - final quote once Graham has seen it)
Manual wind / hand wound - from £145
Automatic - from £165
Chronograph - from £240
Pocket watches - from £180

Parts are extra if needed (mainspring, crown, stem etc).
Turnaround is usually 4-6 weeks, longer if parts have to come from Switzerland.
Every full service comes with a 2 year guarantee (doesn't cover knocks, water getting in or the strap).`,
  },
  {
    title: 'Quotes & dropping a repair in',
    category: 'Repairs',
    content: `Q: Do you charge for a quote?
A: No, quotes are free. Bring it in, Graham has a look (sometimes same day, sometimes he has to open it up) and we ring you with a price.

Q: Do I pay anything up front?
A: No deposit on repairs under £100. Over that we ask for a 25% deposit once you've said yes to the quote.

Q: How long is a quote good for?
A: We hold quotes for 30 days. After that the price can change if parts have gone up.

Q: What if I decide not to go ahead?
A: Just collect it, no charge, it goes back together as it came in.`,
  },
  {
    title: 'Clock repairs & home visits',
    category: 'Clocks',
    content: `CLOCK REPAIRS
We do mantel clocks, wall clocks, carriage clocks and longcase (grandfather) clocks.
No cuckoo clocks sorry - we pass those on to Martin Hale in Thaxted, he's very good.
Smaller clocks - bring them into the shop. Clock overhaul from £195, allow 6-8 weeks.

LONGCASE / GRANDFATHER CLOCKS
Please dont try to move it yourself!! We come to you.
Home visit call-out is £60 within 15 miles of Saffron Walden, further than that it's 45p a mile each way on top.
If the movement needs workshop time we take the movement away and leave the case with you.
Setting up a grandfather clock after a house move - £75 (levelling, setting it in beat, hanging weights + pendulum).
Home visits are booked by phone only, Tues and Weds afternoons.`,
  },
  {
    title: 'Pre-owned watches for sale',
    category: 'Shop',
    content: `We usually have around 40 pre-owned watches in the cabinet - Seiko, Tissot, Longines, Omega, a few vintage Smiths. Stock changes every week so best to pop in or look at our Instagram.
Every watch is checked or serviced by Graham before it goes on sale.
12 month warranty on everything we sell (24 months if it's had a full service, it says on the ticket).
Want us to hold one? We'll keep it for you for up to 3 days with no deposit, or up to 4 weeks with a 20% deposit.
Part exchange - yes, we'll take your old watch in part-ex against one of ours.
We don't post watches from stock - sales are in the shop only.`,
  },
  {
    title: 'Selling your watch to us',
    category: 'Shop',
    content: `Yes we buy watches - working or not, happy to have a look.
Bring it in with photo ID (passport or driving licence), plus proof of address if it's over £500.
We pay by bank transfer, same day. No cash.
Box and papers help the price a lot but you don't have to have them.
We don't make offers over the phone or from photos - we need to see it in the flesh.`,
  },
  {
    title: 'Straps, bracelets & glass',
    category: 'Repairs',
    content: `STRAPS
- leather straps from £20 fitted, most colours in 18mm-22mm
- rubber / silicone from £15
- NATO straps £12

BRACELETS
- links taken out / resizing: free if you bought the watch from us, £8 if not
- broken pins, clasps etc - quote on sight

GLASS
- mineral glass from £30
- sapphire crystal from £70
- acrylic (vintage) £25
Glass jobs usually take about a week.`,
  },
  {
    title: 'Water resistance - testing & what the numbers mean',
    category: 'Repairs',
    content: `We do a dry pressure test on the machine up to 10 bar. Takes 15 minutes, costs £12 (it's included if you have the £18 battery).
What the numbers on the back mean: 30m / 3 bar is splash proof only - hand washing, rain, don't swim in it. 50m is fine for a swim in the pool, 100m and up for snorkelling, and you really want 200m for proper diving.
If it fails the test we can fit new seals, from £10.
We can't guarantee water resistance on any vintage watch (pre-1990) whatever it says on the case.`,
  },
  {
    title: 'Posting your watch to us',
    category: 'Postal repairs',
    content: `Not local? No problem, lots of our work comes by post.
1. Email us first with a couple of photos and what's wrong - repairs@pettiferwatches.co.uk
2. Send it Royal Mail Special Delivery, insured for what it's worth. Small box please, not a padded envelope.
3. Put a note inside with your name, phone number and what the problem is.
4. We ring you with a quote when it arrives.
We send it back Special Delivery too - £14 return postage goes on the bill.`,
  },
  {
    title: 'Paying & collecting',
    category: 'Payments',
    content: `We take cash, debit and credit cards and Apple Pay. We don't take American Express (the fees are silly).
No cheques any more.
You need your repair ticket to collect. Lost it? Bring ID showing your name and address.
Someone else can collect for you as long as they have the ticket.
Repairs left uncollected for 12 months may be sold to cover our costs (it's on the back of the ticket) - we always write to you first.`,
  },
  {
    title: 'Engraving',
    category: 'Extras',
    content: `Engraving on watch backs, clock plaques, presentation pieces (retirement clocks etc).
We send engraving out to a hand engraver we've used for years - takes about 2 weeks.
Machine engraving from £20, hand engraving from £45.
Up to 4 lines on a watch back, depends on the size.`,
  },
];

export const WATCH_CASES: EvalCase[] = [
  // Answerable.
  {
    question: 'my watch has just stopped dead, its a normal quartz one. can you pop a new battery in and how much is it?',
    facts: ['£9'],
    escalate: false,
  },
  {
    question: "How much is it to do the battery on my Citizen diver? I want to know it'll still be alright in the sea afterwards",
    facts: ['£18'],
    escalate: false,
  },
  {
    question: 'if i bring a watch in for a battery do i have to leave it with you or can i just wait',
    facts: ['10 mins'],
    escalate: false,
  },
  {
    question: "My dad left me his old automatic Tissot, it hasn't been touched in years. Roughly what would a full clean and overhaul set me back?",
    facts: ['£165'],
    escalate: false,
  },
  { question: 'whats it cost to service a chronograph', facts: ['£240'], escalate: false },
  {
    question: 'How long would I be without my watch if I book it in for a service?',
    facts: ['4-6 weeks'],
    escalate: false,
  },
  {
    question: 'If I get my Seiko serviced with you is there any kind of guarantee on the work?',
    facts: ['2 year guarantee'],
    escalate: false,
  },
  {
    question: "Do you charge just to have a look at it and tell me what's wrong?",
    facts: ['free'],
    escalate: false,
  },
  {
    question: 'You quoted me £220 for my repair. Do I need to put any money down before you start on it?',
    facts: ['25%'],
    escalate: false,
  },
  {
    question: "Got a quote off you a few weeks back and I've been mulling it over. Is the price still the same if I say go ahead now?",
    facts: ['30 days'],
    escalate: false,
  },
  {
    question: "My mum's grandfather clock has stopped and there's no way we can get it to the shop. We're about 8 miles out of town, what would it cost for someone to come out?",
    facts: ['£60', '15 miles'],
    escalate: false,
  },
  { question: 'do u fix cuckoo clocks?', facts: ['Martin Hale'], escalate: false },
  {
    question: 'If I buy the Longines in your window, what cover do I get if it goes wrong?',
    facts: ['12 month warranty'],
    escalate: false,
  },
  {
    question: "Could you put a watch aside for me until I get paid? That's about two weeks away",
    facts: ['20% deposit'],
    escalate: false,
  },
  {
    question: "i live up in scotland, can you post me one of the watches off your instagram?",
    facts: ['in the shop only'],
    escalate: false,
  },
  {
    question: "I've got an old Seiko I never wear and I'm thinking of selling it to you. What do I need to bring with me?",
    facts: ['photo ID'],
    escalate: false,
  },
  {
    question: "My new bracelet's too big, could you take a couple of links out? I didn't buy it from you though",
    facts: ['£8'],
    escalate: false,
  },
  {
    question: 'Cracked the glass on my watch on a door frame. I think it is sapphire, what does it cost to replace?',
    facts: ['£70'],
    escalate: false,
  },
  {
    question: 'Off on holiday next week and want to go swimming with my watch on. It says 30m on the back, will it be ok?',
    facts: ['splash proof'],
    escalate: false,
  },
  {
    question: "can you check whether my watch is still watertight? what's the damage for that",
    facts: ['£12'],
    escalate: false,
  },
  {
    question: "I'm down in Cornwall so can't pop in. How do I get my watch to you for a repair?",
    facts: ['Special Delivery'],
    escalate: false,
  },
  {
    question: "I've lost the little ticket you gave me when I dropped my watch off. Can I still collect it?",
    facts: ['name and address'],
    escalate: false,
  },
  {
    question: "I want 'Happy 40th love Sue' put on the back of a watch for my husband. How long does that take?",
    facts: ['2 weeks'],
    escalate: false,
  },
  { question: 'what time do you shut on saturdays?', facts: ['1pm'], escalate: false },
  { question: "What's the address of the shop?", facts: ['Tanners Row'], escalate: false },
  { question: 'Can I have a phone number to ring you on?', facts: ['01799 524318'], escalate: false },
  // Unknown: nothing in the articles or context answers these.
  { question: 'Can you change the battery in my Fitbit?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers?', unknown: true, escalate: false },
  { question: 'Is there anywhere to park near the shop?', unknown: true, escalate: false },
  {
    question: 'Do you do 0% finance on the pre-owned watches so I can spread the cost over a year?',
    unknown: true,
    escalate: false,
  },
  {
    question: "The lume on the hands of my vintage watch has gone brown and doesn't glow any more. Can you redo it?",
    unknown: true,
    escalate: false,
  },
  {
    question: 'How much is it just to have a new winding crown fitted on my Seiko 5?',
    unknown: true,
    escalate: false,
  },
  {
    question: 'Can you polish the scratches out of my stainless steel watch case and bracelet?',
    unknown: true,
    escalate: false,
  },
  { question: "Do you repair old musical boxes? Mine's stopped playing", unknown: true, escalate: false },
  {
    question: "I've lost the winding key for my mantel clock, can I buy a replacement from you?",
    unknown: true,
    escalate: false,
  },
  { question: 'What make of batteries do you fit, are they Renata?', unknown: true, escalate: false },
  // Hand-over.
  {
    question: "Collected my watch from you yesterday and there's a big scratch right across the case that definitely wasn't there when I brought it in. I'm not happy about this at all.",
    escalate: true,
  },
  {
    question: "I've got a 2016 Rolex Submariner, full set with box and papers, that I'm looking to sell. Would you be interested and what would you give me for it?",
    escalate: true,
  },
  {
    question: "I bought an Omega from your shop last year and my jeweller has just told me the dial isn't original. I think I've been sold a fake.",
    escalate: true,
  },
  {
    question: "I run a jewellers in Bishop's Stortford and we're looking for someone to take on our customers' watch repairs. What rates do you offer the trade?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// Business 2: Bobbin & Button (haberdashery, sewing classes, machine servicing)
// ---------------------------------------------------------------------------

export const SEW_NAME = 'Bobbin & Button';
export const SEW_AGENT_NAME = 'Pip';

export const SEW_CONTEXT = `Bobbin & Button - haberdashery, sewing classes and sewing machine servicing
Run by me, Bev Armstrong, since 2014. My husband Dave does all the machine servicing in the workshop out the back, and Priya Shah teaches most of the evening classes.

SHOP
14 Chandlers Yard, Hexham, Northumberland NE46 1PQ
(through the arch next to the bakery on Fore St - we're the one with the yellow door)

HOURS
Mon - closed
Tue - Sat 9.30am - 5pm
Sundays in Nov & Dec only, 11am - 3pm (Christmas shoppers!)
Classes run in the back room in the evenings + Saturday workshops, see the class pages

PHONE 01434 608227
EMAIL hello@bobbinandbutton.co.uk
Class calendar + online booking + the online shop are all on the website

We sell: dressmaking + craft fabric, yarn, zips, buttons, threads and all the little bits.`;

export const SEW_BUSINESS_RULES = `Hi Pip! A few things from me (Bev):

Keep it friendly and chatty. Loads of our customers have been sewing for 50 years and know more than we do so never talk down to anybody. And its "metre" not "meter" please!!

If you don't know whether we've got a particular fabric or colour in, just say so and give them the shop number - stock changes every day and I don't want you promising something we've sold out of.

If anyone's machine has come back from Dave worse than when it went in, or they think we've damaged it, send them to me. Don't apologise on Dave's behalf or offer them anything, I'll sort it out.

Anything about one-to-one lessons, or a group wanting a class just for them (hen dos, WI, schools, works parties) - I'll deal with that myself, the price depends on numbers.

Don't try to answer "is my old machine worth fixing" or "what's my machine worth" type questions. Dave has to actually see it, so hand them over and he'll give them a ring.

If someone wants to sell us their old machine that's me as well.

Schools, theatres, costume departments etc wanting to order in bulk (whole rolls of fabric, 50+ zips, that sort of thing) - pass them over to me, there's a trade discount but I work it out each time.

And if anyone tells you they've hurt themselves at one of our classes - needle through a finger, burn off the iron, anything at all - send it straight to me and please don't give any first aid advice.

No discounts on anything unless it's written in the articles.`;

export const SEW_ESCALATION_RULES: string[] = [];

export const SEW_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Beginners Sewing Course (6 weeks)',
    category: 'Classes',
    content: `BEGINNERS COURSE - "Sew From Scratch"
6 weeks, Tuesday evenings 6.30-8.30pm
£135 for the whole course, machines provided
Max 6 people so everyone gets proper help from Priya

What you make:
- weeks 1-2 - machine basics + a cushion cover
- weeks 3-4 - a lined drawstring bag
- weeks 5-6 - simple elasticated skirt or PJ bottoms

You buy your own fabric for the skirt/PJs (usually £10-15), everything else is included.
New courses start in Jan, April and Sept.`,
  },
  {
    title: 'Saturday Workshops',
    category: 'Classes',
    content: `One-day workshops on Saturdays, 10am - 3.30pm, £55 unless it says different below.
Tea, coffee and cake included - bring your own lunch (or the bakery next door is v good).

This term:
* Zip Pouch Day - a good first workshop after the beginners course
* Make a Tote Bag
* Intro to Overlockers - £65 (you need to have used a sewing machine before)
* Dressmaking: Fitting a Bodice - 2 days, £110

Materials are included for the pouch and tote days. For the bodice weekend bring your own pattern and fabric, we email you a list when you book.`,
  },
  {
    title: 'Booking, cancelling & missed classes',
    category: 'Classes',
    content: `How do I book?
Online through the website or in the shop. Full payment when you book.

Can I cancel?
Full refund if you cancel 14 days or more before the start. Less than 14 days - we give you a credit note for another class, valid 6 months.

What if you cancel?
If we don't get at least 3 bookings we cancel a week before and refund you in full.

I've missed a week of the beginners course!
Don't panic - you can catch up the same week on the next course that's running, free of charge, as long as there's a space.

Can someone go in my place?
Yes, just let us know their name before the day.`,
  },
  {
    title: 'Sewing machine servicing',
    category: 'Machine service',
    content: `Dave services most domestic sewing machines and overlockers, old and new.

Standard service - £58 (strip down, clean, oil, timing + tension set, new needle, test stitch-out)
Overlocker service - £68
Computerised machines - £70
Vintage hand crank / treadle heads - £60

Turnaround is 7-10 working days. It gets busy before Christmas and in September so book early.
Please bring the machine with its foot pedal, power lead, bobbin case and a scrap of the fabric you usually sew if you can.
Parts are extra - Dave will ring you before fitting anything over £20.
3 month guarantee on all servicing.`,
  },
  {
    title: 'Dropping off & collecting machines',
    category: 'Machine service',
    content: `No appointment needed to drop a machine off, just come in any time we're open.
You'll get a pink ticket - don't lose it!
We text you as soon as it's ready to collect.
Can't get in? Dave can collect and bring it back if you're within 10 miles of Hexham - £15 each way, Thursdays only.
Machines not picked up within 8 weeks of our text get a storage charge of £2 a week.`,
  },
  {
    title: 'Fabric - cutting & prices',
    category: 'Shop',
    content: `FABRIC - cut from the roll, sold by the metre
We cut in 10cm steps, minimum cut 50cm (fat quarters excepted)

Rough prices:
- cotton poplin £9.50-£13/m
- quilting cotton £14.50/m
- linen & linen blends £16-£22/m
- jersey £12-£16/m
- wool suiting from £24/m
- fat quarters £3.20 each or 5 for £14
- remnant basket by the till - everything half price

We can't match fabric from a photo online, bring a bit in if you can.
Cut fabric can't be returned (see Returns).`,
  },
  {
    title: 'Yarn & knitting',
    category: 'Shop',
    content: `We stock West Yorkshire Spinners, Drops, Rowan and King Cole, plus undyed Bluefaced Leicester from a farm near Allendale.

Keep your ball bands! If you're running short bring the band in and we'll check if we still have the same dye lot.
We can order a full pack (10 balls) of any shade from our brands with 10% off, usually takes about a week.

Yarn Club - first Wednesday of every month, 7-9pm, drop in, £4 including tea. Bring whatever you're working on, knit or crochet.

Needles & hooks - bamboo and metal, 2mm to 10mm in stock.`,
  },
  {
    title: 'Zips, buttons & notions',
    category: 'Shop',
    content: `ZIPS
- dress/skirt zips (nylon) 15-55cm - £1.80
- invisible zips - £2.20
- open ended (jacket) zips, metal - £5-£9 depending on length
- continuous zip by the metre £3.50/m, pulls 40p each

BUTTONS
About 2,000 different buttons on the button wall, priced individually, most 30p-£1.50.
Self-cover buttons made while you wait, £1 each - bring your own fabric.

ALSO
elastic, bias binding, interfacing, Gutermann thread in every colour, press studs, hooks & eyes.`,
  },
  {
    title: 'Ordering, postage & click and collect',
    category: 'Orders',
    content: `You can order most things online or over the phone.
Postage is £3.95 by Royal Mail 2nd class, free on orders over £45.
Fabric orders over 3m go by courier - £7.50.
Click & collect: order online and it'll be ready in 2 hours (during opening times). We hold it for 7 days.
We post orders out Tuesday to Friday.`,
  },
  {
    title: 'Returns & refunds',
    category: 'Orders',
    content: `Cut fabric, cut elastic, ribbon etc. can't be returned unless it's faulty, sorry.
Anything else unused and in its packaging - bring it back within 30 days with your receipt for a full refund.
No receipt? Exchange or credit note only.
Class fees - see the booking & cancelling page.
Faulty item? Bring it in or email us a photo and we'll put it right.`,
  },
  {
    title: 'Gift vouchers & stamp card',
    category: 'Offers',
    content: `GIFT VOUCHERS
Any amount from £10. Can be spent on anything - classes, fabric, yarn, machine servicing.
Valid for 12 months. Buy in the shop or we can post one out free.

STAMP CARD
One stamp for every £10 you spend in the shop. 10 stamps = a £10 voucher.
Stamps aren't given on classes or servicing.`,
  },
];

export const SEW_CASES: EvalCase[] = [
  // Answerable.
  {
    question: "I've never used a sewing machine in my life. Is there something for complete beginners and what does it cost?",
    facts: ['£135'],
    escalate: false,
  },
  {
    question: 'what night is the beginners class on and what time does it finish',
    facts: ['Tuesday', '8.30pm'],
    escalate: false,
  },
  {
    question: "What sort of things will I actually make on the six week course? Want to know it's not just straight lines on paper!",
    facts: ['cushion cover'],
    escalate: false,
  },
  {
    question: 'For the Saturday days, is lunch provided or do I need to bring something?',
    facts: ['own lunch'],
    escalate: false,
  },
  { question: 'how much is the overlocker day?', facts: ['£65'], escalate: false },
  {
    question: 'I fancy the bodice fitting weekend. What does that one cost?',
    facts: ['£110'],
    escalate: false,
  },
  {
    question: "I booked onto the tote bag workshop this Saturday but my shifts have changed and I can't go. Can I get my money back?",
    facts: ['credit note'],
    escalate: false,
  },
  {
    question: "I'm halfway through the beginners course and I'm away with work next Tuesday. Do I just lose that week?",
    facts: ['next course'],
    escalate: false,
  },
  {
    question: 'My Janome has started skipping stitches. How much is a normal service?',
    facts: ['£58'],
    escalate: false,
  },
  { question: 'price to get an overlocker serviced?', facts: ['£68'], escalate: false },
  {
    question: 'how long will you have my machine if I bring it in to be serviced? I need it for a wedding dress',
    facts: ['7-10 working days'],
    escalate: false,
  },
  {
    question: 'What do I need to bring along with the machine when I drop it off?',
    facts: ['foot pedal'],
    escalate: false,
  },
  {
    question: "I don't drive and the machine is far too heavy for the bus. I live in Corbridge - can you pick it up?",
    facts: ['£15 each way'],
    escalate: false,
  },
  {
    question: "whats the least amount of fabric you'll cut? only need a tiny bit for a patch",
    facts: ['50cm'],
    escalate: false,
  },
  {
    question: "How much are the fat quarters? I'd probably get a handful",
    facts: ['5 for £14'],
    escalate: false,
  },
  {
    question: 'Do you have any cheaper bits of fabric, like leftover ends of rolls?',
    facts: ['remnant basket'],
    escalate: false,
  },
  {
    question: "I'm two balls short finishing a cardigan, bought the wool from you back in the summer. Can you get me more that'll match exactly?",
    facts: ['dye lot'],
    escalate: false,
  },
  {
    question: "Is there a knitting group I could come along to? When's it on?",
    facts: ['first Wednesday'],
    escalate: false,
  },
  { question: 'invisible zip - how much?', facts: ['£2.20'], escalate: false },
  {
    question: "I've got fabric left over from a dress and want some buttons to match it exactly. Can you cover buttons in my fabric?",
    facts: ['£1 each'],
    escalate: false,
  },
  {
    question: "If I order online what's the postage? Is it ever free?",
    facts: ['£3.95', '£45'],
    escalate: false,
  },
  {
    question: "Can I order on the website and pick it up from the shop? How soon would it be ready?",
    facts: ['2 hours'],
    escalate: false,
  },
  {
    question: "Bought 2 metres of linen yesterday and it's totally the wrong shade for my sofa. Can I bring it back?",
    facts: ['faulty'],
    escalate: false,
  },
  {
    question: "I'd like to get my mum a voucher towards one of your classes for her birthday, how long would she have to use it?",
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: "I'm walking round Hexham and can't find you anywhere, where exactly are you?",
    facts: ['Chandlers Yard'],
    escalate: false,
  },
  {
    question: 'are you open sundays in the run up to christmas?',
    facts: ['11am'],
    escalate: false,
  },
  // Unknown: nothing in the articles or context answers these.
  {
    question: 'Can my 13 year old daughter do the beginners course, or is it adults only?',
    unknown: true,
    escalate: false,
  },
  { question: 'Can you take up a pair of trousers for me? I hate hemming', unknown: true, escalate: false },
  {
    question: 'Is the room where the classes happen on the ground floor? I use a wheelchair',
    unknown: true,
    escalate: false,
  },
  {
    question: 'Do you have any oilcloth? I want to make a wipe-clean tablecloth',
    unknown: true,
    escalate: false,
  },
  { question: 'Do you sell knitting patterns to go with the Drops yarn?', unknown: true, escalate: false },
  { question: 'Is there a car park near the shop?', unknown: true, escalate: false },
  { question: 'Do you post orders to Ireland?', unknown: true, escalate: false },
  {
    question: "How much would a replacement bobbin case be for my Singer? I think mine's cracked",
    unknown: true,
    escalate: false,
  },
  {
    question: 'What date exactly does the September beginners course start?',
    unknown: true,
    escalate: false,
  },
  { question: 'Do you sell embroidery hoops?', unknown: true, escalate: false },
  // Hand-over.
  {
    question: "Got my machine back from you on Friday and now it won't pick up the bobbin thread at all. It was sewing fine before, just a bit noisy. What's been done to it?",
    escalate: true,
  },
  {
    question: "I'm organising my best friend's hen do in May, there'd be 8 of us. Could you put on a sewing session just for our group?",
    escalate: true,
  },
  {
    question: "I've got my nan's old Jones machine from the 1960s and it's completely seized up. Is it even worth getting it repaired or should I just get rid of it?",
    escalate: true,
  },
  {
    question: "At the tote bag workshop on Saturday I caught my finger under the needle and it's still really swollen and sore days later.",
    escalate: true,
  },
];
