import type { EvalCase } from './cases.ts';

/**
 * Round-39 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Two fictional UK small businesses, written the way an owner would type them into a support tool:
 *
 * - CHESS: Fianchetto Chess Café, York — a chess café (games tables, board fee, food and drink)
 *   plus a shop selling sets, boards and clocks online and in person; coaching, a Saturday junior
 *   club, monthly rapidplay and weekly blitz, kids' parties and room hire.
 *   Hand-overs: 4 terse entries in CHESS_ESCALATION_RULES (damaged set on delivery, coach complaint /
 *   safeguarding, refund over £100, disputed tournament result or rating) plus 2 more written only as
 *   prose in CHESS_BUSINESS_RULES (people wanting to sell or value an old/antique set; bulk orders of
 *   about 20+ sets or clocks from schools or clubs).
 *
 * - CHEESE: Rind & Rennet, Ludlow — a cheesemonger with a shop counter, chilled next-day online orders,
 *   hampers, monthly tasting evenings, wedding cheese "cakes" and wholesale to restaurants and pubs.
 *   Hand-overs: CHEESE_ESCALATION_RULES is empty; all 6 hand-over situations live only in the prose of
 *   CHEESE_BUSINESS_RULES — 3 as a list under the owner's heading "When to get me (or Tom) involved"
 *   (illness after eating, chilled order arriving warm/late/spoiled, changes to an existing wedding
 *   order) and 3 as sentences after it (wholesale invoice/price/credit-terms questions, more than 10
 *   hampers at once, cheesemakers/suppliers wanting to be stocked).
 *
 * Each business has 40 cases: 26 answerable (facts quoted verbatim from the context or one article),
 * 10 unanswerable (unknown: true) and 4 hand-overs (escalate: true).
 */

// ---------------------------------------------------------------------------------------------
// Business 1: Fianchetto Chess Café (York)
// ---------------------------------------------------------------------------------------------

export const CHESS_NAME = 'Fianchetto Chess Café';

export const CHESS_AGENT_NAME = 'Rosie';

export const CHESS_CONTEXT = `# Fianchetto Chess Café

Fianchetto is a chess café and chess shop on Gillygate in York, just outside the city walls near Bootham Bar. It's run by Marek Nowak and Jen Hollis, who opened it in 2016 after Marek spent years running a junior chess club out of a draughty church hall and decided chess players deserved better coffee (and heating).

Downstairs is the shop — boards, sets, clocks, score sheets — plus the café counter and six tables. Upstairs is "the Long Room": fourteen games tables, the coaching corner, and where all the clubs, parties and tournaments happen.

We sell in the shop and online at fianchettoyork.co.uk, and we post all over the UK. The café is a proper café too, you don't have to play chess to come in for a coffee — though you'll probably get asked if you fancy a game.

People customers might deal with:
- **Marek** — shop, coaching, tournaments
- **Jen** — café, parties, bookings
- **Priya Shah** — our other coach, runs the junior club with Marek

Email is hello@fianchettoyork.co.uk and the phone is 01904 612480 (answered when someone's free — honestly, email is better).`;

export const CHESS_BUSINESS_RULES = `Hi Rosie — Marek here, some notes on how I want you to talk to people.

Keep it friendly and a bit chatty, like you're stood behind the counter. Loads of our customers are parents of juniors who don't play chess themselves, so don't drown them in jargon — if you say "rapidplay" or "ECF rating", explain it in a few words. UK spelling please, prices in pounds.

Don't make things up. If it's not in the articles, say you're not sure and that Marek or Jen will get back to them. Do NOT guess at prices, stock levels, or dates of events we haven't announced. And don't promise anyone a table on a Saturday — they fill up, tell them to book.

Never give out Priya's or my personal mobile numbers. Shop phone and email only.

Don't slag off other shops or online chess sites. If someone asks whether they should just buy a cheaper set off Amazon, tell them what's good about ours and leave it there.

Two other things I want a human for, on top of the list in the escalation settings:

If someone wants to sell us an old chess set or a whole collection, or wants us to tell them what an antique set is worth, pass it to me. I do buy the odd vintage Jaques set, but I need to see photos and talk to them myself, and you'd only end up guessing at a value.

And schools or clubs wanting to order in bulk — anything like 20 sets or clocks or more in one go — hand those over too. I do a separate price for that and it depends what's in the stockroom.

Otherwise have fun with it. A terrible chess pun now and then is allowed. One per conversation, max.`;

export const CHESS_ESCALATION_RULES: string[] = [
  'damaged set on delivery',
  'complaint re coach / safeguarding',
  'refund req over £100',
  'disputed tournament result or rating',
];

export const CHESS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Opening hours, finding us & parking',
    category: 'Visiting',
    content: `We're at 14 Gillygate, York YO31 7EQ — about two minutes' walk from Bootham Bar, opposite the chippy.

**Opening hours**
- Monday: closed (sorry, we need a day off too)
- Tuesday to Friday: 9am – 9pm
- Saturday: 9am – 10pm
- Sunday: 10am – 5pm

The shop counter closes at 6pm every day we're open, even though the café stays open later for club nights. If you want to look at sets properly, come before 6 — after that it's just me trying to make flat whites and sell you a clock at the same time and it doesn't go well for either of us.

Bank holidays we usually open Sunday hours. At Christmas we close from 24 December to 2 January inclusive.

**Parking**
There's no parking at the café itself. The nearest car park is Marygate car park, about 8 minutes' walk. Gillygate is a nightmare to stop on, so please don't try dropping off in front of us with your hazards on — the wardens are ruthless. Park & Ride from Rawcliffe Bar stops on Bootham.

**Buses**
Most buses coming into the centre from the north stop on Bootham, a couple of minutes away.`,
  },
  {
    title: 'Games tables & the board fee',
    category: 'Café',
    content: `Anyone can come and play. There are sets and clocks on every table, just grab one.

The board fee is £2 per person and covers the whole day. It goes towards replacing the pieces that go missing (the white king count is an ongoing tragedy). Under-16s play free. If you buy something from the café the board fee is still charged, sorry — we tried bundling it and the maths didn't work.

## Booking a table
Weekday daytimes you can usually just walk in. Friday evenings and Saturdays are packed, so book a table by emailing hello@fianchettoyork.co.uk or at the counter. Bookings are held for 15 minutes after the booked time, then we give the table away.

At weekends there's a 3-hour limit on tables if people are waiting. Weekdays, stay as long as you like, within reason — one chap once stayed nine hours analysing a single game and we did start to worry.

Groups: the Long Room can take groups of up to 12 on pushed-together tables with no hire fee, just let us know in advance. Bigger than that, see the private hire article.

You can bring your own set and clock, no problem, the board fee still applies (it's really a seat fee if we're honest).

## Find a Game night
Tuesdays from 6pm is "Find a Game" night. Come on your own, stick your name on the whiteboard, and we'll pair you with someone around your level. Free apart from the board fee.

## House rules
- Blitz is welcome, but keep the clock-slamming down upstairs in the mornings, the coaching corner is right next to you.
- Spectating is free. Please don't comment on other people's games, even when they've hung their queen. Especially then.
- No gambling on games. Yes, people ask.
- Dogs are allowed downstairs only.`,
  },
  {
    title: 'Café menu, food and allergies',
    category: 'Café',
    content: `Jen here — I run the café side, so this one's mine.

Coffee comes from Roost in Malton, and we change the guest filter every month or so. Tea is loose leaf. We do a hot chocolate that the juniors are frankly obsessed with.

Prices (roughly — they creep up, blame the milk):
- Espresso £2.40
- Flat white / latte / cappuccino £3.40
- Pot of tea £2.90
- Hot chocolate £3.20 (marshmallows 40p extra, you know you want to)
- The Queen's Gambit toastie (cheddar, ham, mustard) £6.50
- The Sicilian toastie (mozzarella, tomato, pesto — veggie) £6.50
- Soup of the day with bread £5.50, served 12 till 3
- Cakes £3 – £3.80

All the cakes are baked by my mum, Sheila, who lives round the corner and refuses to be paid in anything other than feedback on her lemon drizzle. There's always at least one gluten-free bake — usually the chocolate brownie — but it's made in a kitchen that handles flour, so if you're coeliac please talk to us first.

Dairy-free: we have oat milk and soya milk at no extra charge, and there's usually a vegan flapjack. The soup is vegan most days, but check the board.

Allergies: there's a full allergen folder behind the counter, just ask for it. We can't guarantee anything is nut-free because the praline slice lives in the same cabinet as everything else.

Alcohol: we've got a licence for bottled beer and wine from 5pm on Fridays and Saturdays only. It was the tournament crowd who lobbied for this. The beers are from Brew York.

Food stops at 4pm every day — after that it's drinks and whatever cakes are left (usually not the lemon drizzle).

No food brought in from outside please, except birthday cakes for parties booked with us, and baby food obviously.`,
  },
  {
    title: 'Chess sets, boards & clocks',
    category: 'Shop',
    content: `Everything here is on the website as well, but the shop has more — we can't photograph every single vintage oddity that comes through the door.

## Sets
- **Club plastic set, weighted, 3.75" king** — £18. The ones we use upstairs. Basically indestructible.
- **Staunton No. 6 in boxwood and ebonised wood, 3.75" king** — £89. Our best seller. Tournament-legal size.
- **Staunton No. 6 in boxwood and rosewood** — £129.
- **The Gillygate** — £240. Our own design, boxwood and walnut, turned for us by a wood-turner in Thirsk and supplied in a wooden box. Made in small batches, so it's sometimes out of stock for a few weeks.
- **Magnetic folding travel set** — £14. Good for trains, good for kids, good for pretending to work.

## Boards
- Roll-up vinyl tournament board (green and white, 2.25" squares) — £8
- Folding wooden board, 2" squares — £35
- Solid walnut and maple board, 2.25" squares — £110

Quick tip: match the square to the king. For a 3.75" king you want squares of 2" to 2.25". Not sure? Ask, or bring your pieces in and try them on a board.

## Clocks
- DGT 2010 digital clock — £49 (the FIDE-approved one, does increments and delay)
- Leap KK9908 digital clock — £32 (cheaper, fine for club play, a bit fiddly to set)
- Wooden analogue clock — £45 (looks lovely, but can't do increments, so no good for most rapidplay events these days)

## Bundles
- **Club bundle**: club set + roll-up board + drawstring bag — £28. The one we recommend for beginners and kids joining a school club.
- Staunton No. 6 (ebonised) + folding wooden board — £115 together, saving you £9.

Score sheets are 50p each or a pad of 50 for £6.

Stock changes a lot, especially the vintage cabinet, so if you're after something specific give us a ring before you drive over.`,
  },
  {
    title: 'Ordering online & delivery',
    category: 'Shop',
    content: `You can order anything from the shop at fianchettoyork.co.uk.

**Delivery (UK only)**
- Standard: Royal Mail Tracked 48, £4.95 — usually 2–3 working days
- Free standard delivery on orders over £60
- Next day: DPD, £9.95, order by 1pm Monday to Thursday
- Anything with a solid wooden board goes by DPD whatever you pick, because Royal Mail have crushed two of ours and I'm not doing that again

We dispatch Tuesday to Saturday, because the shop is shut on Mondays. Anything ordered from Saturday afternoon through to Monday goes out on Tuesday.

Click & collect is free — choose it at checkout and wait for the "ready to collect" email before you come in. It's usually the same day if the thing's in stock.

We don't ship outside the UK at the moment. Customs paperwork for wooden items got silly and we gave up, honestly.

Tracking numbers are emailed when we dispatch. If your parcel says delivered and you haven't got it, check with neighbours and your safe place first, then email us and we'll raise it with the courier.`,
  },
  {
    title: 'Returns, refunds & warranty',
    category: 'Shop',
    content: `Changed your mind? You've got 30 days from delivery to send back anything unused, in its original packaging. Return postage is on you unless the item's faulty. Refunds go back to the card you paid with within 5 working days of us getting it back.

Things we can't take back:
- score sheet pads once opened
- anything from the vintage cabinet — sold as seen, and we describe them as honestly as we can
- gift vouchers

**Clocks**
The DGT and Leap clocks come with a 2-year manufacturer's warranty. If one stops working, bring it in or post it to us and we'll sort out the repair or a swap with the manufacturer.

**Café**
If your toastie's wrong, just tell whoever's on the counter there and then and we'll make you another one. No forms involved.`,
  },
  {
    title: 'Coaching with Marek and Priya',
    category: 'Coaching',
    content: `We do one-to-one and small-group coaching for adults and juniors, from total beginners up to players pushing 2000.

**The coaches**

Marek Nowak — FIDE Master, played junior chess for Poland a lifetime ago and has coached in York since 2009. Does most of the adult coaching and opening prep. Very patient, sometimes very long-winded (he wrote half of these articles, you can probably tell).

Priya Shah — Woman FIDE Master and a former British U18 girls' champion. Specialises in juniors and endgames. Also runs the Saturday junior club with Marek.

**Prices**
- One-to-one, 1 hour: £35
- Block of 5 one-to-one hours: £160 (use them within 4 months)
- Online one-to-one, 1 hour: £30 — over Zoom with a shared Lichess study
- Adult Improvers group, Wednesdays 7pm–8.30pm, upstairs: £12 a session, max 8 people
- Game review — send us up to 3 of your games and get written notes back within a week: £25

**What a first session is like**
We usually start by playing a couple of games and going through one of your own games that you've brought along (or sent in). That tells us more than any rating does. Then we put a rough plan together. People always think their openings are the problem. It's usually tactics and time management, sorry.

**Booking and cancelling**
Book by email or at the counter. Sessions are upstairs in the coaching corner, or online. We need 24 hours' notice to cancel or move a session, otherwise it's charged in full (or taken off your block). If we cancel on you, obviously you're not charged.

**Juniors**
Under-12s have 45-minute sessions instead of an hour (attention spans — they're honest about it), at £28. A parent or guardian needs to stay in the café during one-to-one sessions for under-12s.

Want to give coaching as a present? It can go on a gift voucher.`,
  },
  {
    title: 'Saturday Junior Club',
    category: 'Juniors',
    content: `Junior Club is every Saturday in term time, 10am to 12pm, upstairs in the Long Room. Ages 6 to 16.

It's £6 a session, or £60 for the whole term paid up front (works out at roughly a session free).

**What happens**
We split into groups by level:
- **Pawns** — just learning the moves
- **Knights** — playing proper games
- **Rooks** — playing in tournaments, or wanting to

There's a short lesson, then games, then puzzles and usually a bit of chaos. Priya and Marek run it with two volunteers, and everyone on the team has an enhanced DBS check.

**Parents**
If your child is under 8 we ask a grown-up to stay in the building — the café downstairs is fine, have a coffee. Over-8s can be dropped off, but you must collect them from upstairs, not from the street outside.

**First time?**
The first session is a free taster. Just turn up at 10, no need to book for the first one, but please fill in the registration form (paper copy at the counter, or we'll email it) with medical info and an emergency number.

Bring nothing — we've got sets. A water bottle's a good idea. There's a break at about 10.55 when they can get snacks from the café, and the hot chocolate is... popular.

Rooks players are encouraged to join the English Chess Federation (ECF) so their tournament games get rated. Junior membership is cheap and we'll help with the form.`,
  },
  {
    title: 'Tournaments and blitz nights',
    category: 'Events',
    content: `## Gillygate Rapidplay
Our monthly rapid tournament, on the first Sunday of every month.
- 6 rounds, 15 minutes + 10 seconds per move
- Registration 9.30am, round 1 at 10am, prize-giving around 4.30pm
- Entry £15, juniors £10
- Two sections: Open and Under-1700 (ECF rapid rating)
- Prizes: £100 for first in the Open, £60 for first in the U1700, plus rating-band prizes depending on entries
- ECF rated, so you'll need an ECF membership number (Bronze is fine for rapid), or pay the small ECF pay-to-play fee on the day
- Max 48 players and it does fill up. Enter online — entries close at 8pm on the Friday before.

## Thursday Blitz
Every Thursday from 7pm. 3 minutes + 2 seconds, pairings on the whiteboard, everyone welcome. £3 to play, and the winner gets a free coffee and eternal glory. Not rated. Runs until about 9.30pm.

## York Chess Congress
The big one — a weekend in October (dates go on the website once confirmed), held at the Priory Street centre because we obviously can't fit 150 people above a café. Congress entries go through the congress website, not us, though we do run the sets-and-clocks stall there.

## Rules stuff
- Mobile phones must be switched off in the playing room during rated games. If your phone goes off, you lose the game. That's the ECF rule, not us being mean.
- The arbiter at the rapidplay is usually Dave Kettlewell.`,
  },
  {
    title: 'Gift vouchers & loyalty card',
    category: 'Shop',
    content: `Gift vouchers come in any amount from £10 and can be spent on anything — sets, the café, coaching, tournament entries, junior club. They're valid for 12 months from the date you buy them. Get them at the counter (printed on nice card) or online as an e-voucher.

Loyalty card: one stamp per hot drink, and your 10th one is free. It's a paper card, so don't lose it — we can't look it up.`,
  },
  {
    title: "Kids' parties & private hire",
    category: 'Events',
    content: `**Kids' chess parties**
We do chess parties in the Long Room on Saturday afternoons and Sundays. It's £180 for up to 12 children, for 2 hours. That includes a coach running games and a mini tournament, a hot chocolate and a slice of cake each, and a medal for the birthday child. Extra children are £12 each, up to 20 max. You're welcome to bring your own birthday cake.

Book at least 3 weeks ahead. A £50 deposit secures the date, and it's non-refundable if you cancel with less than 7 days' notice.

**Private hire**
The Long Room is available for meetings, work socials, club matches and so on — £40 an hour, minimum 2 hours, evenings Tuesday to Thursday only (Fridays and Saturdays are too busy). It seats about 30.

Food and drinks for hires can be pre-ordered, talk to Jen.`,
  },
  {
    title: 'Accessibility',
    category: 'Visiting',
    content: `Downstairs has step-free access from the street, six tables and an accessible toilet.

The Long Room upstairs is up a flight of 17 stairs and there's no lift, sorry — it's an old listed building and we weren't allowed to put one in. If you'd like to play and can't manage the stairs, tell us when you book and we'll keep a downstairs table for you. Coaching sessions can be done downstairs too if you mention it when booking.`,
  },
];

export const CHESS_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'hiya what time do you shut on a saturday? thinking of coming for a few games after tea', facts: ['10pm'], escalate: false },
  { question: "I finish work at half 5, is there any point coming in to look at wooden sets or will the shop side be closed?", facts: ['6pm'], escalate: false },
  { question: 'Driving over from Leeds on Sunday with my son, where is best to leave the car?', facts: ['Marygate'], escalate: false },
  { question: 'how much does it cost to just sit and play a game with my mate? we wont eat anything lol', facts: ['£2'], escalate: false },
  { question: "We've booked a table for 7 on Friday but the train's running late, will you hang on to it for us?", facts: ['15 minutes'], escalate: false },
  { question: 'do u have oat milk and do you charge more for it', facts: ['no extra charge'], escalate: false },
  { question: 'How much are your toasties?', facts: ['£6.50'], escalate: false },
  { question: 'Is it possible to get a beer while we play on a friday night or is it just coffee?', facts: ['5pm'], escalate: false },
  { question: "My daughter has coeliac disease, is there anything on the cake side she could have?", facts: ['gluten-free'], escalate: false },
  { question: "What's the price of your most popular wooden set? want something proper for my husband's 40th", facts: ['£89'], escalate: false },
  { question: 'whats the cheapest digital clock you sell thats ok for club nights', facts: ['£32'], escalate: false },
  { question: 'My lad (9) has just joined the chess club at school and wants his own set to practise on, what would you suggest? Budget about thirty quid', facts: ['£28'], escalate: false },
  { question: 'how much is postage on a set, and do you ever do free delivery?', facts: ['£4.95', '£60'], escalate: false },
  { question: "I've left it late - my dad's birthday is thursday and it's tuesday morning now. Can you get a clock to me by tomorrow and what's that cost?", facts: ['£9.95'], escalate: false },
  { question: 'I put an order in last night (sunday), when will it actually get posted out?', facts: ['Tuesday'], escalate: false },
  { question: "Bought the £18 club set online last week and it's never been opened, turns out my brother already got my son one. Can I send it back?", facts: ['30 days'], escalate: false },
  { question: 'the DGT clock I got from you about 8 months ago has just died, screen is totally blank. is that covered?', facts: ['2-year'], escalate: false },
  { question: 'How much is a one hour lesson with Marek in person?', facts: ['£35'], escalate: false },
  { question: "I've got a coaching session on Thursday but something's come up at work, how much notice do I need to give to move it without paying?", facts: ['24 hours'], escalate: false },
  { question: 'Im an adult (52!) getting back into chess after 30 years, is there a group session for people like me? what night?', facts: ['Wednesdays'], escalate: false },
  { question: 'what times is the junior club on a saturday and what ages do you take?', facts: ['10am to 12pm', '6 to 16'], escalate: false },
  { question: 'My daughter is 7, can I drop her at junior club and pop into town for a bit?', facts: ['under 8'], escalate: false },
  { question: "When's your monthly rapid tournament? I keep missing it", facts: ['first Sunday'], escalate: false },
  { question: 'how much is it to play in the thursday blitz thing?', facts: ['£3'], escalate: false },
  { question: "Looking at a chess party for my son's 8th, there'd be about 10 kids. How much?", facts: ['£180'], escalate: false },
  { question: 'Got given one of your gift vouchers at Christmas 2 months ago and forgot about it — does it run out?', facts: ['12 months'], escalate: false },

  // Unanswerable (10)
  { question: 'Do you sell chess books? after something on the Caro-Kann for a beginner', unknown: true, escalate: false },
  { question: 'do you do decaf? pregnant and desperate for a latte', unknown: true, escalate: false },
  { question: "Can you engrave a name on the box of the Gillygate set? It's for my boss's retirement", unknown: true, escalate: false },
  { question: 'do you sell backgammon or go sets as well or is it only chess?', unknown: true, escalate: false },
  { question: "Does the café have a team in the York league? I'd like to play proper league matches", unknown: true, escalate: false },
  { question: 'Lost a black knight from a set i bought from you a couple of years ago, can I buy a single replacement piece?', unknown: true, escalate: false },
  { question: "Is there a student discount on coaching? I'm at the uni", unknown: true, escalate: false },
  { question: 'Can I pay for junior club using Tax-Free Childcare?', unknown: true, escalate: false },
  { question: 'do you sell those wooden tables with a chessboard built into the top? want one for the conservatory', unknown: true, escalate: false },
  { question: "Do you run any women-only sessions? I'd feel more comfortable starting out that way", unknown: true, escalate: false },

  // Hand-over (4)
  { question: "The Staunton set I ordered arrived this morning and the box is split down one side, two of the pawns have snapped clean off. It was meant to be a present this weekend, really gutted", escalate: true },
  { question: "I want to challenge a result from Sunday's rapidplay. I was given a loss on time but the clock was clearly faulty and now it's been sent off to the ECF for rating. This needs correcting.", escalate: true },
  { question: "Hi, clearing out my late grandad's loft and found an old wooden chess set in a box stamped Jaques London. Would you be interested in buying it, or could you tell me roughly what it's worth?", escalate: true },
  { question: "I'm the maths lead at a primary school in Acomb and we're starting a chess club — we'd need about 25 of your club sets and maybe 10 clocks. Can you do us a deal?", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Business 2: Rind & Rennet (cheesemonger, Ludlow)
// ---------------------------------------------------------------------------------------------

export const CHEESE_NAME = 'Rind & Rennet';

export const CHEESE_AGENT_NAME = 'Wren';

export const CHEESE_CONTEXT = `Rind & Rennet is an independent cheesemonger at 22 Broad Street, Ludlow, Shropshire SY8 1NG, owned by Hattie Marsh. Hattie opened the shop in 2014 after ten years working on cheese counters in London.

We stock around 120 cheeses at any one time, mostly British and Irish farmhouse cheeses, plus a handful of French, Italian and Spanish classics. Everything is cut to order from the whole cheese.

What we do:
- the shop counter in Ludlow
- online orders, sent chilled by next-day courier
- cheese hampers and gift boxes
- tasting evenings in the back room
- wedding cheese "cakes" (tiers of whole cheeses)
- wholesale supply to restaurants, pubs, hotels and delis in Shropshire and Herefordshire

The team is Hattie (owner), Tom Pryce (wholesale and deliveries — he also drives the van), and Gwen and Alfie on the counter. Email orders@rindandrennet.co.uk or ring the shop on 01584 877213.`;

export const CHEESE_BUSINESS_RULES = `Wren, this is Hattie. A few things about how I'd like you to handle people.

Be warm and a bit enthusiastic about cheese (we all are, it's fine) but not gushing. Short answers are better than long ones — people on their phones don't want an essay about washed rinds. British spelling and £ please.

Please don't:
- give medical advice. If someone asks whether they can eat something while pregnant, or with an allergy, tell them what's in the allergies article and suggest they check with their midwife or GP. Never tell anyone a cheese is "safe" for them.
- invent cheeses we stock. The range changes every week. If someone asks "have you got X", say it changes and suggest they ring the shop or check the website.
- promise delivery dates outside what's in the delivery article.
- offer discounts or freebies to make someone happy. That's my call.

## When to get me (or Tom) involved
Pass the conversation to a person straight away if:
- someone says they, or anyone else, got ill after eating our cheese. Don't argue, don't speculate about what caused it, just be kind and get it to me.
- a chilled order has turned up warm, or days late, and the cheese has gone off. Say sorry and hand it over — I'll decide about replacing it.
- it's about a wedding cheese cake that's already booked: changing the tiers, the date, the venue, cancelling, anything. New enquiries you can answer from the wedding article, but once someone has booked, they're mine.

Also, if a restaurant or pub account wants to talk about their invoice, a price they've been charged, or credit terms, that's Tom's department — pass it over rather than trying to explain the bill. Same goes for any business wanting more than 10 hampers at once (corporate Christmas presents and the like); I quote those personally. And if a cheesemaker or supplier gets in touch wanting us to stock their cheese, hand them to me. I love hearing from makers, I just don't want them getting a brush-off from a bot.

Otherwise answer from the articles, and if it isn't in there, say you don't know and give them the shop email.`;

export const CHEESE_ESCALATION_RULES: string[] = [];

export const CHEESE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Shop hours & finding us',
    category: 'Visiting',
    content: `We're on Broad Street in Ludlow, halfway down the hill between the Buttercross and the Broad Gate. Look for the dark green shopfront with gold lettering.

**Hours**
- Tuesday to Friday: 9am to 5.30pm
- Saturday: 8.30am to 5pm (we open early on market days because the market traders come in for breakfast cheese — it's a thing)
- Sunday: 10am to 2pm, April to December only
- Monday: closed

During Ludlow Food Festival in September we're open every day with longer hours, and it's chaos. Come anyway.

**Parking & getting here**
There's pay and display on Broad Street but it's nearly always full. Galdeford car park is about 5 minutes' walk and cheaper. Ludlow station is a 10-minute walk.`,
  },
  {
    title: 'At the counter',
    category: 'Shop',
    content: `How the counter works, for anyone who's never been to a proper cheese shop and feels a bit nervous about it (don't be!):

- **Taste anything.** Seriously. Ask for a taste of whatever you're curious about — that's what we're there for.
- **We cut to order.** Tell us a weight or a price ("about a tenner's worth") and we'll get close. Minimum cut is 100g — any smaller and it dries out before you get home.
- **Wrapping.** Everything goes in proper cheese paper. If you're travelling or want to keep it longer, we can vacuum pack it for free, just ask.
- **Prices** are per kilo on the labels. Most of our hard cheeses are somewhere between £28 and £45 a kilo; a few special ones are more.

## Cheese of the Week
Every week we pick one cheese and knock 20% off it. It's chalked on the board outside and goes up on Instagram on Tuesday morning.

## Other things on the shelves
Crackers, our own chutneys (made by Gwen's mum), quince paste, local honey, butter from a dairy near Clun, walnuts, and a small fridge of cured meats. We don't sell wine — Broad Street Wines, two doors up, does, and they'll happily tell you what goes with what.

## Putting something aside
If you want a big piece of something for a party, ring or email two or three days ahead and we'll reserve it for you.`,
  },
  {
    title: 'Online orders & chilled delivery',
    category: 'Online',
    content: `You can order from our website, rindandrennet.co.uk, and we'll send it chilled anywhere on the UK mainland (with a couple of exceptions, below).

OK, delivery is the thing people ask about most, so here's the whole story.

Cheese does not love being in a van. So every order is packed in a Woolcool box (sheep's wool insulation — it genuinely works better than polystyrene, and you can compost it) with two gel ice packs, and sent with DPD on a next-day service. Packed properly it stays below 8°C for about 48 hours, which is plenty for next-day delivery.

**When we send**
We only dispatch Monday to Wednesday. Order by 12 noon and it goes the same day, arriving the next day. Anything ordered after noon on Wednesday waits until the following Monday. That's so your cheese never spends a weekend sat in a depot somewhere in the Midlands. Yes, people get annoyed about this before Christmas. No, I'm not changing it.

Christmas is different — a separate Christmas schedule with extra dispatch days goes up on the website in November.

**Prices**
- Chilled next-day delivery: £7.95
- Free on orders over £75
- We can't reliably get to the Scottish Highlands, the Isle of Wight or the Scilly Isles within 48 hours, so we don't send there. Sorry!
- We don't ship abroad (cheese + customs = no).

**Choosing your day**
At checkout you can pick a Tuesday, Wednesday or Thursday delivery day up to four weeks ahead — handy for birthdays.

**When it arrives**
Get it in the fridge within a couple of hours. If you're out, DPD will try a neighbour or your safe place, so set a safe place in the DPD app that's in the shade. Not the porch in full sun, please.

**Sizes**
Online, cheeses are cut in 250g pieces (or whole small cheeses). Want a different size? Put it in the order notes and we'll do our best, then refund or charge the difference.`,
  },
  {
    title: 'Storing and serving your cheese',
    category: 'Cheese care',
    content: `This is the number one question at the counter, so here's my slightly long lecture. — Hattie

**Wrapping**
Cling film suffocates cheese. It sweats, and it starts to taste of plastic. Keep it in the cheese paper we wrap it in, or in baking parchment and then loosely in a box. Wrap blues separately from everything else — they spread.

**Where in the fridge**
The salad drawer is best: it's a bit warmer and more humid than the shelves. A lidded box at the bottom of the fridge also works.

**How long does it keep once cut?**
Rough guide:
- Soft cheeses like Baron Bigod or Tunworth: 5 to 7 days, so eat them quickly
- Blues: about 2 weeks
- Hard cheeses like cheddar or Comté: 3 to 4 weeks — a bit of mould on the cut face of a hard cheese can be scraped off
If anything smells of ammonia, it's past it.

**Serving**
Take it out of the fridge an hour before you eat it. Cold cheese tastes of nothing and it's the biggest crime in cheese.

For a cheeseboard we usually say three to five cheeses, about 100g per person in total if it's after a meal, or 150–200g if the cheese is the main event. Go for a mix of textures and milks: something hard, something soft, something blue, maybe a goat's. Don't overthink it.

**Rinds**
You can eat most of them. Not the wax ones, obviously, and cloth-bound cheddar rind is a bit like chewing a hessian sack, but it won't hurt you.`,
  },
  {
    title: 'Hampers & gift boxes',
    category: 'Gifts',
    content: `All our hampers come in a wooden crate (reusable — people make planters out of them) and are sent chilled, so the usual delivery days apply.

**The Little Ludlow — £35**
Three cheeses (about 600g in total), crackers and a jar of chutney.

**The Marches — £55**
Four cheeses (about 1kg), crackers, chutney, quince paste and a bottle of Shropshire apple juice.

**The Big Cheese — £95**
Six cheeses (about 1.6kg), two kinds of crackers, chutney, quince paste, local honey and a bag of walnuts.

The cheeses change with the seasons — we pick what's best that week — but there's always at least one hard, one soft and one blue unless you tell us otherwise. Don't want blue? Vegetarian only? Put it in the order notes.

Gift messages are free and handwritten by Gwen (best handwriting in the shop, by a mile). Every hamper also has a little card telling the recipient how to store everything, so it doesn't all end up in a cupboard.

**Christmas**
Last orders for Christmas hampers are 18 December at noon, or until we sell out — last year that was the 12th, so don't leave it late.`,
  },
  {
    title: 'Tasting evenings',
    category: 'Events',
    content: `Tasting evenings happen in our back room on the last Thursday of every month (except December, when we're too busy being cheese elves).

- 7pm till about 9.30pm
- £40 per person
- 16 seats
- Seven cheeses, each paired with a drink — usually wines, a cider and sometimes a beer — picked with our friends at Broad Street Wines
- The theme changes every month: British blues, Alpine cheeses, cheeses of the Welsh borders, goat's milk, and so on. The theme goes on the website when tickets go on sale, about six weeks ahead.

Tickets are sold online only. Non-drinkers get a non-alcoholic pairing for the same price, just tick the box when you book.

Cancelling: full refund if you tell us 7 days or more before. After that we can't refund, but you're welcome to send someone else in your place.

**Private tastings**
For birthdays, hen dos and work teams we do private tastings in the back room for 8 to 16 people, any evening Tuesday to Saturday, from £45 per head. Email us to book.

Fair warning: there will be Stinking Bishop. There is always Stinking Bishop.`,
  },
  {
    title: 'Wedding cheese cakes',
    category: 'Weddings',
    content: `The tiered wedding cheese "cake" — a stack of whole cheeses — is honestly my favourite thing we do. Here's everything you need to know before you get in touch.

**How it works**
1. Email us your date, venue, roughly how many guests, and any cheeses you love or hate.
2. We'll book you in for a free consultation and tasting at the shop (about 45 minutes, Tuesday to Friday). Bring whoever you like, within reason.
3. We design your tiers and send you a quote.
4. A 25% deposit secures the date. The balance is due 4 weeks before the wedding.
5. On the day, Tom delivers it and builds it at the venue.

**How much?**
- Three tiers, serves about 80 as the evening food: from £280
- Four tiers, serves about 120: from £420
- Five tiers, serves 150 or more: from £550

Prices depend a lot on the cheeses you choose — a whole Baron Bigod costs a lot more than a Shropshire Blue of the same size. As a guide, if the cheese is the evening food (with bread and crackers), allow about 80–100g per guest.

**Timing**
Please get in touch at least 3 months before the wedding. We have to order whole cheeses from the makers, and a lot of the good ones are made in small batches. Summer Saturdays can get booked up a year ahead.

**Delivery & set-up**
Delivery and set-up are free within 20 miles of Ludlow; further than that it's 60p a mile each way. Set-up takes about 45 minutes. We need a sturdy table and somewhere cool — not a marquee in full sun at 2pm, please, brie slumps.

**Decoration**
We decorate with figs, grapes, herbs and a few seasonal bits. We don't supply fresh flowers. If you want flowers, your florist can add them once we've built it — just make sure nothing toxic (no lilies or hydrangeas) is touching the cheese.

**Extras**
We can supply crackers, chutneys and grapes to go with it, priced per guest on your quote. We don't provide staff to cut and serve on the night — the venue's catering team usually does that, and we send them a cutting guide.

**Leftovers**
The venue should wrap them and get them in the fridge at the end of the night. We'll send you storage instructions with the quote.`,
  },
  {
    title: 'Wholesale for restaurants, pubs & delis',
    category: 'Wholesale',
    content: `We supply about 40 restaurants, pubs, hotels and delis around Shropshire and Herefordshire. Tom runs the wholesale side.

- Minimum order £120 per delivery
- We deliver ourselves on Tuesdays and Fridays within 30 miles of Ludlow. Order by 3pm the working day before.
- Further afield, we send by DPD chilled on the usual Monday–Wednesday dispatch days, charged at cost.
- New accounts pay by card for their first three orders.
- Trade price list: we email it after a quick chat with Tom about what you need, because prices move week to week.
- We can cut to portion for your cheeseboard (30g wedges, say) for a small charge per kilo.

Chefs are welcome to pop in and taste any Tuesday to Friday morning before 11.`,
  },
  {
    title: 'Allergies, pregnancy & dietary info',
    category: 'Cheese care',
    content: `- **Vegetarian:** lots of our cheeses are made with vegetarian (microbial) rennet. They're marked with a green V on the counter labels and online. Traditional Parmigiano Reggiano, Comté and Gruyère are made with animal rennet, so they aren't vegetarian.
- **Raw milk:** cheeses made with unpasteurised milk are marked "raw milk" on the label. If you're pregnant, or buying for someone who is, ask us which are pasteurised, and check the official guidance or with your midwife.
- **Lactose:** long-aged hard cheeses naturally have very little lactose, but we can't promise any cheese is lactose-free and we can't give medical advice.
- **Nuts:** our cheeses don't contain nuts, but we sell walnuts and some of our crackers contain nuts, and it's all in the same small shop, so we can't rule out traces.
- **Goat and sheep:** we always have several goat's and sheep's milk cheeses, handy for people who don't get on with cow's milk.

Full allergen info for crackers, chutneys and so on is on their labels and on the website.`,
  },
  {
    title: 'Problems with an order, changes & refunds',
    category: 'Online',
    content: `Because cheese is perishable we can't take returns if you've just changed your mind, sorry.

If something's wrong — wrong cheese, something missing, crate crushed — email orders@rindandrennet.co.uk within 48 hours of delivery with your order number and a photo, and we'll put it right with a replacement or a refund. Refunds go back to your original payment method, normally within 3 to 5 working days.

Need to change or cancel an online order? You can, up until we pack it (the morning of dispatch) — just email us. Once it's left the shop, we can't stop it.

If DPD couldn't deliver and have taken it back to the depot, email us the same day and we'll try to arrange a redelivery.`,
  },
  {
    title: 'Cheese Club subscription & gift cards',
    category: 'Gifts',
    content: `**The Cheese Club**
Every month we send members three cheeses (around 750g in total) with tasting notes from Hattie. Boxes go out in the second week of the month.
- £34 a month, delivery included
- 3-month gift membership: £99
- Skip a month or cancel from your account page before the 1st of the month — after that, your box is already being planned.

Members also get first dibs on tasting evening tickets, before they go on general sale.

**Gift cards**
Physical gift cards from £15 in the shop, or e-gift cards online from £20. They're valid for 2 years and can be used in the shop, online and for tasting evening tickets — but not for wedding cheese cakes, which are quoted separately.`,
  },
  {
    title: 'About us (and the cellar)',
    category: 'About',
    content: `I grew up on a dairy farm near Bishop's Castle, so I was milking cows before school long before I ever thought about selling cheese. After university I ended up in London and spent ten years on cheese counters, learning from people who could tell you which field a cheese came from by tasting it. In 2014 the old shoe shop on Broad Street came up and I thought: now or never.

We buy almost everything direct from the makers, and about half our cheeses come from within 100 miles of Ludlow. I visit as many of the farms as I can — it's the best bit of the job, apart from eating the stock.

Under the shop there's a small cellar we use as a maturing room. We age some cheeses on for longer than the makers do — our Cellar Cheddar is aged for 24 months and is, in my totally unbiased opinion, the best thing in the shop.

You'll probably meet Curd, the shop lurcher, who's in most weekdays. He's not allowed behind the counter, and he knows it, and he doesn't care.`,
  },
];

export const CHEESE_CASES: EvalCase[] = [
  // Answerable (26)
  { question: "are you open sundays? we're in Ludlow for a long weekend in February", facts: ['April to December'], escalate: false },
  { question: 'What time do you open on a saturday? want to get there before the market gets busy', facts: ['8.30am'], escalate: false },
  { question: "i only want a tiny bit of a few different ones to try, like 50g each, is that ok?", facts: ['100g'], escalate: false },
  { question: "We're driving back to Manchester after, about 3 hours — is there any way you can seal the cheese so it survives the car?", facts: ['vacuum pack', 'free'], escalate: false },
  { question: 'do you ever have any offers on or is it always full price', facts: ['20%'], escalate: false },
  { question: 'How much do you charge for delivery, and is there a point where it becomes free?', facts: ['£7.95', '£75'], escalate: false },
  { question: 'If I place an order on thursday evening when does it actually get sent out?', facts: ['Monday'], escalate: false },
  { question: "what's the latest I can order and still have it go out today?", facts: ['noon'], escalate: false },
  { question: 'My sister lives just outside Inverness — can I send her one of your cheese boxes for her birthday?', facts: ['Scottish Highlands'], escalate: false },
  { question: "I work till 6 so nobody will be home when the courier comes. Will the cheese be alright sitting in the box all day?", facts: ['48 hours'], escalate: false },
  { question: "my dad's 70th is in 3 weeks, can I order now and have it turn up on the actual day?", facts: ['four weeks ahead'], escalate: false },
  { question: 'how long will a wedge of stilton keep once its been opened?', facts: ['2 weeks'], escalate: false },
  { question: 'Silly question but should I serve cheese straight from the fridge or leave it out for a bit first?', facts: ['an hour'], escalate: false },
  { question: "whats your cheapest hamper? just want a little thank you present for a neighbour", facts: ['£35'], escalate: false },
  { question: "What's the last day I can order a Christmas hamper?", facts: ['18 December'], escalate: false },
  { question: 'Fancy going to one of your cheese tasting nights with my partner — when are they and how much?', facts: ['£40', 'last Thursday'], escalate: false },
  { question: "I don't drink alcohol, is there any point me booking the tasting evening?", facts: ['non-alcoholic'], escalate: false },
  { question: "booked 2 tickets for the tasting next month but might not make it now, can I get my money back?", facts: ['7 days'], escalate: false },
  { question: "We're getting married next year, around 120 guests in the evening. Roughly what would a cheese wedding cake cost us?", facts: ['£420'], escalate: false },
  { question: 'how far in advance do we need to sort the cheese tower for our wedding?', facts: ['3 months'], escalate: false },
  { question: 'What deposit do you need to hold our wedding date for the cheese cake?', facts: ['25%'], escalate: false },
  { question: "I run a small gastropub near Leominster and I'm thinking about getting our cheeseboard from you. Is there a minimum spend per order?", facts: ['£120'], escalate: false },
  { question: "My daughter's veggie — how do I tell which of your cheeses she can eat?", facts: ['green V'], escalate: false },
  { question: 'how much is the monthly cheese subscription thing?', facts: ['£34'], escalate: false },
  { question: "Found a gift card of yours in a drawer from about 18 months ago, can I still use it?", facts: ['2 years'], escalate: false },
  { question: "is there anywhere to park near you that isn't a nightmare? coming by car from Hereford", facts: ['Galdeford'], escalate: false },

  // Unanswerable (10)
  { question: "Can I freeze some of the cheddar? bought way too much for the party", unknown: true, escalate: false },
  { question: 'Do you run any cheese making courses? would love to learn to make my own', unknown: true, escalate: false },
  { question: 'do you sell halloumi? want some for the bbq this weekend', unknown: true, escalate: false },
  { question: "Is the shop wheelchair accessible? my mum uses a chair and I'd love to bring her", unknown: true, escalate: false },
  { question: "do you have a loyalty card or stamp card? I'm in every week", unknown: true, escalate: false },
  { question: 'Can we bring our own bottle of wine to the tasting evening?', unknown: true, escalate: false },
  { question: 'Do you stock any vegan cheese? my partner has gone plant based', unknown: true, escalate: false },
  { question: "is there a student discount? I'm at college in Ludlow", unknown: true, escalate: false },
  { question: 'Can I pay with American Express online?', unknown: true, escalate: false },
  { question: 'Do you hire out raclette grills? doing a raclette night for friends', unknown: true, escalate: false },

  // Hand-over (4)
  { question: "We had some of the blue from your shop on Saturday and my husband's been up all night being sick, I'm not feeling great either. Was there something wrong with it??", escalate: true },
  { question: "box turned up today, a day late, and the ice packs were completely melted and the whole thing was warm. the brie is basically liquid and smells really off. that's about £60 of cheese", escalate: true },
  { question: "Hi! We booked the four-tier cheese cake for our wedding on 14 June, but we've had to move the venue to Ledbury and we'd also like to swap the top tier for a goat's cheese if possible?", escalate: true },
  { question: "I'm sorting client gifts for our accountancy firm this Christmas — we'd need about 30 of the Marches hampers, all going to different addresses. Can you help with that?", escalate: true },
];
