/**
 * Round-31 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * Businesses:
 *   - LAKE_  Brackenhurst Lakes — family-run coarse fishery near Southwell, Notts
 *            (9 articles; 40 cases: 26 answerable, 10 unknown, 4 hand-over;
 *            hand-over rules live inside LAKE_BUSINESS_RULES, LAKE_ESCALATION_RULES = []).
 *   - VINYL_ Crate Expectations Records — independent new/second-hand vinyl shop with
 *            mail order, Kelham Island, Sheffield
 *            (9 articles; 40 cases: 26 answerable, 10 unknown, 4 hand-over;
 *            6 escalation rules + 2 more hand-over cases in VINYL_BUSINESS_RULES).
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Business 1: Brackenhurst Lakes (coarse fishery)
// ---------------------------------------------------------------------------

export const LAKE_NAME: string = 'Brackenhurst Lakes';
export const LAKE_AGENT_NAME: string = 'Dawn';

export const LAKE_CONTEXT: string = `Brackenhurst Lakes - family run coarse fishery just outside Southwell, Notts (Hallam Road, NG25 0QT, dont use Hallam Lane its a dead end!!). Its me Gary, my wife Tracey and our lad Liam, we've had the place since 2004. 5 waters - Top Pool, Willow Lake, the Match Lake, Specimen Lake and Tiddler Pond for the little ones.
Gates open 6am till dusk Mar-Oct, Nov-Feb its 7am till 4.30pm. Shop + cafe open 7am-3pm every day (closed Christmas Day and Boxing Day).
Phone 01636 555218 (landline, best before 3pm, we're out on the banks after that), text/whatsapp 07700 900412, email info@brackenhurstlakes.co.uk. Facebook page is where we put lake closures/frost etc.
Most people messaging are regulars or families coming for the first time so keep it friendly and plain english, not too much fishing jargon. We're not a posh place, nobody's going to mind a "mate" or two.`;

export const LAKE_BUSINESS_RULES: string = `Notes for whoever's on the chat (Tracey wrote this, Gary added bits)

- keep it short + friendly, half the time people are sat on their box on their phone
- DONT promise anyone a particular peg/swim on a day ticket, its first come first served. Only matches and night bookings get a set peg/swim
- never say "you'll definitely catch" or promise weights. fish dont read the brochure lol
- prices = only whats on the price list. if its not there say Gary will confirm
- no bait/tackle advice beyond whats in the lake info, everyone has opinions and we dont want arguments
- dont give out Liam's mobile. landline or the 07700 number only
- if someones moaning about the fishing being slow just be nice, dont argue

**WHEN TO HAND OVER TO ONE OF US** (Gary, or Liam if Gary's on the tractor)
1. anyone hurt, someone fallen in, anything like that - FIRST tell them ring 999 if its serious, then get us straight away. Liam's first aid trained
2. dead or poorly fish, fish gasping at the top, oil or anything weird in the water. we need to know ASAP, dont try and explain it
3. complaints about another angler or a bailiff (rows, nicking fish, someone fishing without a ticket etc)
4. anyone wanting money back for a match or a night booking they've paid for - Gary decides these, dont say yes or no
5. clubs/works dos/whatever wanting more than 20 pegs or a whole lake to themselves
6. and obviously if they ask for a real person just pass it on, no fuss`;

export const LAKE_ESCALATION_RULES: string[] = [];

export const LAKE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Day Ticket Prices 2025',
    category: 'Prices',
    content: `All tickets are bought from the shop BEFORE you set up. If you arrive before the shop opens (7am), set up and the bailiff will come round to you - have the right money ready please.

DAY TICKETS (Top Pool, Willow Lake, Match Lake)
Adult, 1 rod ........ £10
Adult, 2 rods ....... £13
Half day (from 12 noon) ..... £7
Concessions (over 65s, registered disabled), Monday to Friday only ..... £8
Junior (under 16) ..... £6 - must fish with a paying adult

SPECIMEN LAKE (over 18s only)
Day ticket, 2 rods ..... £18
3rd rod ..... £4

TIDDLER POND
Any age, 1 rod, pole or whip ..... £5
(adults sat WITH their kids on the pond - you don't pay if you're just helping)

SEASON TICKETS
Full season (1 Jan - 31 Dec, all lakes except Specimen) ..... £320
Winter season (1 Nov - 28 Feb) ..... £120
Season tickets are named and can't be shared. Photo needed for the card.`,
  },
  {
    title: 'Night Fishing',
    category: 'Night fishing',
    content: `Night fishing is allowed on Specimen Lake and Willow Lake only, and it has to be booked - ring the landline or call in the shop, we don't take night bookings over Facebook. Book at least 48 hours before you want to come.

Prices on Specimen Lake (2 rods): 24 hours £30, 48 hours £55, 72 hours £75. 3rd rod £4 per 24hrs. Willow Lake nights are £22 per 24 hours.

Arrive between 12 noon and 4pm on your first day so we can show you to your swim in the light. The main gate is locked at 9pm and opens again at 6am - you'll get the gate code when you book, don't give it out to anyone. No cars in or out between 10pm and 6am unless it's an emergency.

Max 6 anglers a night on Specimen Lake (there's 12 swims so everyone gets a spare either side).

Under 18s can night fish on Willow Lake only, and must have an adult in the same swim.

Bivvies have to be in your swim, not across the path. Gas stoves are fine on a stand but NO open fires or disposable BBQs. Quiet after 10pm, no music. The toilets by the café stay unlocked all night.`,
  },
  {
    title: 'Our Lakes',
    category: 'The lakes',
    content: `TOP POOL
About 2 acres, 28 pegs, all on wooden platforms. Pegs 1-6 are right next to the car park and have wide flat platforms suitable for wheelchairs. Stocked with carp to around 15lb, F1s, skimmers and roach. Great for the pole, most people fish pellet or meat at 11-13 metres. Keepnets allowed.

WILLOW LAKE
Our oldest lake, dug in the 1970s, about 3.5 acres and 22 pegs. Mixed fishing - tench, bream, crucians, perch and carp to the high 20s. Lovely in summer and usually the best lake in the colder months. Up to 3 rods. Night fishing by booking.

MATCH LAKE
A long snake lake, 60 pegs, 13 metres to the far bank. Carp mostly 2-8lb, lots of F1s and skimmers. You can park behind pegs 1-40 and fish off the back of the car. Open for pleasure anglers Monday to Saturday; on Sundays it's matches only until 3pm.

SPECIMEN LAKE
5 acres, 12 swims, over 18s only. Big carp - around 90 fish over 20lb, and the biggest common, "Scarface", came out at 38lb 4oz in 2023. Also a few catfish. Minimum 12lb line, 42" landing net and a cradle, no keepnets or sacks. Mostly booked up for nights but day tickets are fine if swims are free.

TIDDLER POND
Small pond next to the café with 10 pegs, loads of roach, rudd, perch and little carp - perfect for kids and beginners. No need for anything fancy, a whip and maggots is fine. Under 12s must have an adult with them at all times.`,
  },
  {
    title: 'Fishery Rules',
    category: 'Rules',
    content: `Please read these. Bailiffs will ask you to leave if they're broken, and there's no refund if they do.

- Everyone aged 13 and over needs an Environment Agency rod licence. We DON'T sell them - get one online from gov.uk before you come.
- Barbless or micro-barbed hooks only, max size 10 (except Specimen Lake).
- Unhooking mats on ALL lakes. Cradles on Specimen Lake.
- Keepnets are allowed on Top Pool and Match Lake only. Max 6 hours in a net and no more than 50lb of fish per net.
- No braided mainline (braid hooklinks are ok).
- BAIT: no nuts of any kind, no trout pellets, no bloodworm or joker. Pellets on Top Pool and Match Lake must be bought in our shop. Boilies on Willow and Specimen only.
- Dogs welcome on a lead on Top Pool, Willow and the Match Lake, but NOT on Specimen Lake or round Tiddler Pond. Pick up after them please.
- Under 14s must be with an adult (18+) at all times (under 12s on Tiddler Pond).
- No glass on the banks. Anyone who's had too much to drink will be asked to leave.
- Take ALL your litter home, including old line and bait tubs.
- No swimming or wading, keep radios down.
- Day ticket anglers need to be packed up and off the bank by gate closing time.`,
  },
  {
    title: 'Matches & Club Bookings',
    category: 'Matches',
    content: `SUNDAY OPEN - every Sunday all year, Match Lake
Draw 8.15am in the café, fish 9.30am - 2.30pm. £25 (includes your ticket), £5 optional pools. Paid out 1st, 2nd and 3rd plus section winners. 40 pegs max so booking is essential - ring the landline or book in the shop, pay on the day.

WEDNESDAY VETS (over 60s)
Draw 9am, fish 10am - 3pm, £15 including ticket. On Top Pool in winter (Nov-Mar), Match Lake the rest of the year.

WINTER LEAGUE
10 rounds, alternate Saturdays starting the first Saturday in November. £20 per round plus £10 to join the league. Best 8 results count.

MATCH RULES
Max 13m pole. 2 pints of maggots/casters total. Pellets from our shop only. Groundbait is fine. Keepnets compulsory in matches (we weigh every fish).

CLUB & WORK BOOKINGS
The Match Lake can be hired for your club or works match on weekdays (Monday-Friday), £12 a peg including tickets, minimum 10 pegs. We'll peg it out to suit your numbers. Summer Saturdays are sometimes possible - ask.`,
  },
  {
    title: 'Tackle & Bait Shop',
    category: 'Shop',
    content: `The shop's next to the café, open 7am-3pm every day (same as the café). Card or cash.

BAIT - always fresh, maggots come in from Nottingham every Thursday
Maggots (red, white or mixed) - £3.50 a pint
Casters - £4.50 a pint (order the day before for weekends)
Dendrobaena worms - £4 a tub
Sweetcorn - £1.50 a tin
Our own fishery pellets, 2mm, 4mm, 6mm and 8mm - £3 a bag (approx 1kg)
Expanders - £2.50
Luncheon meat - £2

We also keep hooks, floats, line, shot, feeders, nets and small bits. We're not a big tackle superstore, so if you need a new rod or reel you're better off in town.

BEGINNER KIT HIRE
Whip or rod & reel, landing net, disgorger and a seat box for the day - £10 hire plus a £20 deposit (cash, you get it back when you return the kit). Tiddler Pond kit (whip, float and bait) £5 for the day, no deposit.

We can't take bait back, sorry. Leftover maggots freeze ok for feeding the birds lol.`,
  },
  {
    title: 'Learn to Fish with Liam',
    category: 'Coaching',
    content: `Our son Liam runs the coaching. He's an Angling Trust Level 2 coach, DBS checked and first aid trained.

KIDS SESSIONS
Saturday mornings 9am-11am, April to September. Ages 8-15. £25 per child including kit, bait and ticket. Max 6 kids per session so they all get proper help. Parents are welcome to stay and watch for free, or sneak off to the café! Book in the shop or on the landline - full payment when booking.

ADULTS
One-to-one sessions with Liam on weekdays - £40 for 2 hours. Good if you've never fished before or want to get into the pole. Bring your own gear or use ours at no extra cost.`,
  },
  {
    title: 'The Bankside Café',
    category: 'Café',
    content: `Open 7am-3pm, hot food until 2pm.

BREAKFASTS
Full Brackenhurst (2 bacon, 2 sausage, egg, beans, hash brown, toast + tea or coffee) £9.50
Mini breakfast £6.50
Bacon cob £4 / sausage cob £4 / bacon & egg cob £4.80
Veggie breakfast (veggie sausages, egg, beans, mushrooms, hash brown, toast) £8.50

LUNCH
Chips £3, cheesy chips £3.80, burger & chips £7
Jacket potato with beans, cheese or tuna £5.50
Tracey's homemade soup (changes daily) with bread £4.20

DRINKS
Tea £1.80, coffee £2.20, hot chocolate £2.50, cans £1.30, bottled water £1

PEG DELIVERY - text your order to 07700 900412 with your lake and peg number and we'll bring it round. Top Pool, Match Lake and Willow only, and not during matches. £1 delivery charge.

Sorry, we can't do gluten free cobs at the moment, but the jackets and chips are fine (chips are cooked in a separate fryer).`,
  },
  {
    title: 'FAQs + Finding Us',
    category: 'General',
    content: `Q: Do I need to book a day ticket?
A: No, just turn up. Pegs are first come first served, no reserving. Saturdays and bank holidays are busiest so get here early.

Q: Can I park next to my peg?
A: On the Match Lake (pegs 1-40) and Top Pool pegs 1-6, yes. Everywhere else it's a short walk - we've got 2 barrows by the shop you can borrow for free.

Q: Are there toilets?
A: Yes, by the café, including a disabled toilet. Unlocked 24 hours.

Q: Can I bring non-anglers?
A: Yes, non-anglers come in free. Just keep them out of other people's swims.

Q: What happens if the lakes freeze?
A: If there's ice on a lake we close it. In winter check our Facebook page before you set off - we post by 7am.

Q: Can I take fish home?
A: No. All fish go back, no exceptions.

Q: Are you open over Christmas?
A: Closed Christmas Day and Boxing Day, open every other day of the year including New Year's Day (Gary's Hangover Match, draw 10am!).

FINDING US
We're on Hallam Road, 1.5 miles out of Southwell towards Kirklington (NG25 0QT). DO NOT follow your satnav down Hallam Lane - it's a farm track that dead-ends at a gate and we've had people stuck in the mud more than once. Look for the big green sign and the carved wooden carp at the entrance. Parking is free. From the A1 at Newark take the A617 towards Mansfield then follow the signs for Southwell, about 20 minutes.`,
  },
];

export const LAKE_CASES: EvalCase[] = [
  // Answerable
  { question: 'hi how much for a days fishing on the top pool with 2 rods?', facts: ['£13'], escalate: false },
  { question: 'Bringing my grandad on saturday, hes 71 - does he get the pensioner price?', facts: ['Monday to Friday'], escalate: false },
  { question: "we're coming up from Leicester with my lad who's 12, what does his ticket cost and can he fish the big carp lake with me?", facts: ['£6', 'over 18s'], escalate: false },
  { question: 'night fishing?', facts: ['Specimen', 'Willow'], escalate: false },
  { question: 'how much is a 48hr session on specimen', facts: ['£55'], escalate: false },
  { question: 'thinking of doing just the one night on willow, whats the damage?', facts: ['£22'], escalate: false },
  { question: 'whats the latest i can turn up for my night on specimen, finish work at 2', facts: ['4pm'], escalate: false },
  { question: 'doing a 48 on the specimen lake, can i nip out in the car for a takeaway about 11pm and come back?', facts: ['10pm'], escalate: false },
  { question: 'Can my son (16) do an overnighter with me? we fancied the specimen lake', facts: ['Willow'], escalate: false },
  { question: "what's the biggest carp that's come out of the specimen lake?", facts: ['38lb 4oz'], escalate: false },
  { question: 'my brother uses a wheelchair, which lake is easiest for him to get onto?', facts: ['Top Pool'], escalate: false },
  { question: 'can i just pleasure fish the snake lake sunday morning?', facts: ['3pm'], escalate: false },
  { question: 'what time is the draw for the sunday open and how much to fish it', facts: ['8.15am', '£25'], escalate: false },
  { question: "My dad's 63 and retired, is there a match in the week he could have a go at?", facts: ['Wednesday'], escalate: false },
  { question: "we're a small club, 14 of us, could we have the match lake on a thursday in june? what would it cost", facts: ['£12'], escalate: false },
  { question: 'pint of casters?', facts: ['£4.50'], escalate: false },
  { question: "never fished in my life and haven't got any gear, can I borrow stuff? how much", facts: ['£10', '£20 deposit'], escalate: false },
  { question: 'can i pick up my rod licence in the shop when i arrive', facts: ['gov.uk'], escalate: false },
  { question: 'what time does the cafe stop doing cooked food', facts: ['2pm'], escalate: false },
  { question: "can someone bring me a brew and a butty to my peg on willow? how do i order", facts: ['07700 900412'], escalate: false },
  { question: "I'm coeliac - is there anything in the café I can actually eat?", facts: ['jacket'], escalate: false },
  { question: 'is the kids coaching on sundays? my daughter is 9', facts: ['Saturday'], escalate: false },
  { question: 'how much are one to one lessons with Liam for an adult beginner', facts: ['£40'], escalate: false },
  { question: 'do I need to ring ahead to reserve a peg or just rock up', facts: ['first come first served'], escalate: false },
  { question: 'satnav keeps sending me down a muddy track, which road is the entrance on?', facts: ['Hallam Road'], escalate: false },
  { question: 'what time do the gates shut in january?', facts: ['4.30pm'], escalate: false },
  // Unknown
  { question: 'do you have any lodges or cabins we could rent for a long weekend?', unknown: true, escalate: false },
  { question: 'is there wifi in the cafe', unknown: true, escalate: false },
  { question: 'Have you got an EV charger in the car park? Driving up in an electric van', unknown: true, escalate: false },
  { question: 'do you sell gift vouchers? want to get one for my husbands birthday', unknown: true, escalate: false },
  { question: 'are bait boats allowed on the specimen lake', unknown: true, escalate: false },
  { question: 'roughly how deep is willow lake in the middle?', unknown: true, escalate: false },
  { question: 'is the specimen lake otter fenced?', unknown: true, escalate: false },
  { question: 'any summer jobs going? im 17 and keen', unknown: true, escalate: false },
  { question: "Is there a bus from Newark station to you? Don't drive", unknown: true, escalate: false },
  { question: 'who won last sundays open and what weight?', unknown: true, escalate: false },
  // Hand-over
  { question: "my dad's slipped off the platform on peg 9 top pool and cut his head, he's talking but bleeding quite a lot", escalate: true },
  { question: 'theres loads of fish gulping at the top in the far corner of willow this morning, doesnt look right', escalate: true },
  { question: "booked and paid a 48 on specimen for next weekend but I've done my back in, can I have my money back?", escalate: true },
  { question: 'Hi, organising a charity match for work, about 30 of us, we want the match lake to ourselves on a friday in september', escalate: true },
];

// ---------------------------------------------------------------------------
// Business 2: Crate Expectations Records (vinyl shop + mail order)
// ---------------------------------------------------------------------------

export const VINYL_NAME: string = 'Crate Expectations Records';
export const VINYL_AGENT_NAME: string = 'Jude';

export const VINYL_CONTEXT: string = `ok so we're Crate Expectations Records, indie record shop in Kelham Island, Sheffield (41 Cotton Mill Walk, S3 8RY), been going since 2011. Me (Dave) and Priya run it, plus Tom on Saturdays. Mostly secondhand vinyl - rock, soul, jazz, reggae, punk, electronic, bit of everything really - plus new releases and reissues. We also do mail order thru the website crateexpectations.co.uk and on Discogs.
Opening: Tues-Sat 10am-6pm, Sun 11am-4pm, CLOSED MONDAYS (that's our buying/pricing day).
Phone 0114 496 0731, email shop@crateexpectations.co.uk (orders@crateexpectations.co.uk for web order stuff).
Customers range from proper collectors to people who've just got their first turntable so be nice to both, no music snobbery pls!! Nobody should feel daft for asking what VG+ means.`;

export const VINYL_BUSINESS_RULES: string = `things for the chat person:
* friendly, knowledgable, NOT snobby. if someone's asking about a Now That's What I Call Music LP treat them same as someone after a Blue Note first press
* DONT say we have a particular record in stock. stock changes every day + the website isn't always up to date with the shop floor. best we can say is check the site or ring the shop
* dont give valuations on chat, ever. not even "roughly". we need to see + play the records
* dont promise a record will be a certain pressing/matrix unless the listing says so
* pre-orders: dont promise release dates, labels move them all the time
* if someone's parcel turned up smashed or warped from the post, pass to Priya - she does the Royal Mail claims
* anyone from press/radio/a label wanting to talk to us -> pass to Dave
* no swearing obv but a bit of banter is fine`;

export const VINYL_ESCALATION_RULES: string[] = [
  'Customer wants to sell a collection of 200+ records',
  'Web order over £150 not arrived after 10 working days',
  'Mentions chargeback / PayPal dispute / bank dispute',
  'Disagrees with our grading + wants refund over £50',
  'Abusive or threatening msgs',
  'Asks for a real person / the owner',
];

export const VINYL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'How we grade used records',
    category: 'Grading',
    content: `We use the Record Collector / Goldmine style grading that most shops and Discogs use. The vinyl and the sleeve are graded separately, so you'll see something like "VG+/VG" (record first, sleeve second).

M (Mint) - still sealed. We only use M for sealed stuff.
NM (Near Mint) - looks like it's barely been played, no marks, plays perfectly.
VG+ (Very Good Plus) - a few light marks or scuffs that don't affect play. Maybe the odd bit of surface noise between tracks. This is what most people are happy with.
VG (Very Good) - noticeable marks, some crackle in the quiet bits, but the music is clearly on top.
G+ / G (Good) - played a lot, noise all the way through, but plays without skipping. Priced to match.
P (Poor) - we don't list these online. They go in the £1 crate by the door.

Everything we grade VG or below is play-tested on the shop deck (we listen to the quietest bits of each side). NM and VG+ records are graded by eye under a daylight lamp, and we also play-test any VG+ record priced over £25.

Anything with a skip, jump or repeating groove is always noted in the listing. For sleeves we mention ringwear, seam splits, writing, stickers and cut-outs.

Think we've got a grade wrong? See Returns.`,
  },
  {
    title: 'Postage rates & dispatch',
    category: 'Shipping',
    content: `We post Tuesday to Saturday. Orders placed by 1pm go out the same day, otherwise the next working day. Orders placed after 1pm on Saturday, or on Sunday or Monday, go out on Tuesday.

UK (Royal Mail Tracked 48)
1 LP - £4.95
Each extra LP - add £1
12" singles - same as LPs
7" singles - £2.95 for up to 5
FREE UK postage on orders over £60 (not on pre-orders)
Need it quicker? Tracked 24 is £2 extra.

EUROPE (tracked, 5-10 working days)
1st LP £13, each extra £2.50

USA & CANADA
1st LP £18, each extra £3

REST OF WORLD
1st LP £22, each extra £4

PACKING
All records go in proper LP mailers with cardboard stiffeners. We take the record out of the sleeve (it goes in its inner, behind the sleeve in the bag) so the seams don't split in transit - put a note in the order notes if you'd rather we didn't.

OVERSEAS
Since Brexit, EU customers may have to pay import VAT and a handling fee to their postie. We can't do anything about this, sorry, and we won't mark parcels as gifts.`,
  },
  {
    title: 'Returns, refunds & faulty records',
    category: 'Returns',
    content: `NEW RECORDS
Changed your mind? New records can be returned within 30 days if they're still sealed in the original shrink-wrap. You pay the return postage.

Manufacturing faults (a warp that stops it playing, pressing defects, skips, wrong record in the sleeve): tell us within 30 days. We'll swap it for a new copy if we can get one, otherwise it's a full refund including postage. Please message us before sending anything back - some labels want photos or a video first.
Note: a slight dish or warp that doesn't affect play isn't classed as faulty. Sadly that's modern pressings for you.

USED RECORDS
If a used record isn't as graded, send it back within 14 days of receiving it and we'll refund in full including your return postage (up to the Royal Mail 2nd class rate). We don't take back used records because you've changed your mind once they've been played.

IN THE SHOP
Not sure about a used record? Try it in the listening booth first! Shop purchases can be swapped or refunded within 14 days with a receipt.

Refunds go back to your original payment method within 5 working days of us getting the record back.`,
  },
  {
    title: 'Selling your records to us',
    category: 'Buying & trade-ins',
    content: `We're always buying! Rock, pop, soul, funk, jazz, reggae, punk, indie, hip hop, electronic/dance, folk and soundtracks.

What we DON'T buy: classical box sets, easy listening/light orchestral (James Last, Mantovani etc), Reader's Digest sets, 78s, CDs or cassettes, and anything badly scratched or water damaged.

HOW IT WORKS
- Small amounts (up to 3 boxes, about 150 records): just bring them in Tuesday to Thursday, no appointment needed. Not Fridays or weekends please, we're too busy to look at them properly.
- Bigger collections: email photos of the spines and a few of the rarer bits to buy@crateexpectations.co.uk and we'll arrange a time. We can come to you within 25 miles of Sheffield for collections of 300+ records.
- We make an offer there and then, or within 2 working days for bigger lots.

CASH OR CREDIT?
Cash or bank transfer, OR take shop credit and get 25% more. E.g. a £40 cash offer = £50 credit. Credit never expires.

ID
We need photo ID for anything over £100 (a police / trading standards thing for second-hand dealers).

We won't give valuations over the phone or email without seeing the records - sorry, it just doesn't work.`,
  },
  {
    title: 'The listening booth',
    category: 'In the shop',
    content: `Our listening booth is at the back of the shop past the soul section - Rega deck, Cambridge amp and a decent pair of headphones (or the speaker if it's quiet).

- Any used record can be played before you buy.
- New sealed records can't be opened to listen to unless you're buying, BUT we keep a shop copy of most new releases on the listening wall.
- Max 3 records at a time, and if someone's waiting please keep it to about 15 minutes.
- Let staff put the needle down on anything priced over £50.
- The booth closes 30 mins before the shop does.`,
  },
  {
    title: 'Record fairs & Record Store Day',
    category: 'Events',
    content: `SHEFFIELD RECORD FAIR
We run the Sheffield Record Fair at the Old Tram Depot in Heeley.
- First Saturday of every other month: February, April, June, August, October and December.
- 10am to 3pm. Entry £2, early bird entry from 8.30am is £6. Under 16s free.
- Around 40 stalls from dealers all over the north.
- Want a stall? Tables (6ft) are £35 each, max 2 per dealer, booked and paid in advance by emailing fair@crateexpectations.co.uk. Set up from 7.30am.

RECORD STORE DAY
We take part every year (usually a Saturday in April - check recordstoreday.co.uk for the list).
- We open at 8am on RSD. The queue starts whenever people turn up!
- One copy of each title per person, no exceptions.
- No RSD holds or pre-orders, it's against the rules.
- Leftover RSD titles go on our website the following Monday at 10am.
- We bring coffee and bacon sandwiches round the queue about 7am.`,
  },
  {
    title: 'New releases, pre-orders & special orders',
    category: 'Orders',
    content: `PRE-ORDERS
Pre-orders are on the website under "Coming Soon". You pay in full when you order. If the label pushes the date back we'll email you, and you can cancel for a full refund any time before it's posted. We post pre-orders so they arrive on or just after release day.

If you put a pre-order in the same basket as in-stock records, we hold the whole order until the pre-order lands - unless you tick "send separately" at checkout (postage is charged for each parcel).

SPECIAL ORDERS
Can't see a new record on the site? If it's available from UK distributors we can order it in. £5 deposit in the shop or over the phone, usually here in 5-10 working days. We'll text you when it lands and hold it for 14 days.

HOLDS
In the shop we can put anything (except RSD titles) behind the counter for up to 48 hours, free.`,
  },
  {
    title: 'Shop FAQ',
    category: 'General',
    content: `Q: What payment do you take?
A: Cash, all cards, Apple Pay and Google Pay in the shop. The website takes cards and PayPal.

Q: Do you do gift vouchers?
A: Yes, from £10 to £100, in the shop or as e-vouchers on the website. Valid for 2 years and can be used online or in store.

Q: Student discount?
A: 10% off on Tuesdays with a student card (TOTUM or uni ID). Not on RSD titles or sale stock.

Q: Do you sell turntables?
A: A small range - Audio-Technica AT-LP60X and AT-LP120X, and the Pro-Ject Primary E, plus styli and slipmats. Good starter set-ups and we're happy to help you choose.

Q: Can you clean my records?
A: Yes, we've got an ultrasonic cleaning machine. £2 per LP, £1 per 7", ready in 3 working days. No minimum.

Q: Any bargains?
A: The £1 crate by the door and the £5 racks along the left wall, restocked every Tuesday.`,
  },
  {
    title: 'Click & Collect, Discogs and your order',
    category: 'Online',
    content: `CLICK & COLLECT
Choose "Collect from shop" at checkout - it's free. We'll email when it's ready (usually within 2 hours during opening times). Please collect within 7 days or we'll refund you and put the records back out. Bring your order number.

DISCOGS
We also sell on Discogs as CrateExpectationsSheff. Same stock, same grading, same postage rates as the website. If something sells in one place we take it down from the other straight away. Very occasionally two people buy the same record at the same moment - if that happens the second buyer gets a full refund the same day.

YOUR ORDER
You don't need an account to buy. Order confirmations come from orders@crateexpectations.co.uk (check your spam folder). Your tracking number is emailed when it's posted.`,
  },
];

export const VINYL_CASES: EvalCase[] = [
  // Answerable
  { question: 'what time do you shut on a sunday?', facts: ['4pm'], escalate: false },
  { question: "new to buying used vinyl - if it says VG+ is it gonna crackle?", facts: ['surface noise'], escalate: false },
  { question: 'do you actually listen to the secondhand records before selling or just look at them', facts: ['VG or below'], escalate: false },
  { question: 'listing says VG+/G+ — which one is the cover?', facts: ['second'], escalate: false },
  { question: 'how much is postage for a single LP in the UK', facts: ['£4.95'], escalate: false },
  { question: 'do u do free delivery', facts: ['£60'], escalate: false },
  { question: 'if I order at about 3pm on a Friday when will it actually get posted?', facts: ['Saturday'], escalate: false },
  { question: "it's a birthday present and I've left it late - is there a faster postage option?", facts: ['Tracked 24'], escalate: false },
  { question: 'Hi from Ohio! What does it cost to ship one record to the US?', facts: ['£18'], escalate: false },
  { question: 'postage for one lp to new zealand?', facts: ['£22'], escalate: false },
  { question: "I'd rather you didn't take the record out of the cover when you post it, can I ask for that?", facts: ['order notes'], escalate: false },
  { question: "bought a used LP off your site, it said VG+ but it's way noisier than that. it was only £12, can I send it back?", facts: ['14 days'], escalate: false },
  { question: 'bought a new album last week, still in the wrapper, turns out my sister got me it too. can i return it?', facts: ['30 days'], escalate: false },
  { question: 'how long does the refund take to hit my account once you get it back', facts: ['5 working days'], escalate: false },
  { question: "got about 40 LPs from my uncle's loft, can I just bring them in this saturday?", facts: ['Tuesday to Thursday'], escalate: false },
  { question: 'selling some records - do I get more if I take store credit instead of cash?', facts: ['25%'], escalate: false },
  { question: "my nan has a stack of james last and mantovani albums, would you want them?", facts: ['easy listening'], escalate: false },
  { question: 'do i need to bring id when selling records to you', facts: ['£100'], escalate: false },
  { question: 'can I have a listen to a brand new sealed album before I decide to buy it?', facts: ['shop copy'], escalate: false },
  { question: 'how many records can I take in the listening booth and how long can I stay in there?', facts: ['3 records', '15 minutes'], escalate: false },
  { question: 'is there a record fair in march? thinking of coming over from leeds', facts: ['April'], escalate: false },
  { question: 'what time is early entry at the fair and how much?', facts: ['8.30am', '£6'], escalate: false },
  { question: 'can I buy two copies of an RSD release, one for my mate who is working?', facts: ['one copy'], escalate: false },
  { question: "saw an LP in the shop today, can you keep it behind the counter till I get paid next friday?", facts: ['48 hours'], escalate: false },
  { question: "you haven't got the new album I want on the site, can you get it in for me?", facts: ['£5 deposit'], escalate: false },
  { question: 'do gift cards run out?', facts: ['2 years'], escalate: false },
  // Unknown
  { question: 'can you repair my turntable, the motor keeps slowing down', unknown: true, escalate: false },
  { question: 'is there anywhere to park near the shop?', unknown: true, escalate: false },
  { question: 'do you run your own record label or press any records yourselves?', unknown: true, escalate: false },
  { question: 'can i bring my dog in the shop', unknown: true, escalate: false },
  { question: 'what are your opening hours over christmas', unknown: true, escalate: false },
  { question: 'any saturday jobs going? i know loads about 90s hip hop', unknown: true, escalate: false },
  { question: 'Is the shop wheelchair accessible?', unknown: true, escalate: false },
  { question: 'will you price match if hmv has it cheaper?', unknown: true, escalate: false },
  { question: "do you have a newsletter or mailing list i can join?", unknown: true, escalate: false },
  { question: 'do you do DJ sets for weddings? all vinyl obviously', unknown: true, escalate: false },
  // Hand-over
  { question: 'Hello, my dad passed away recently and left about 600 LPs, mostly 60s jazz and blues. Would you be interested in buying the lot?', escalate: true },
  { question: "ordered £210 worth of records on the 3rd, it's now the 20th and still nothing, tracking hasn't moved in a week", escalate: true },
  { question: "if I don't hear back today I'm opening a paypal dispute for order 10482", escalate: true },
  { question: "Hi, I'm a producer at a local radio station doing a piece on indie record shops ahead of Record Store Day - who could I speak to?", escalate: true },
];
