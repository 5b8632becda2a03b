// Round-33 HELD-OUT set, written blind (only eval/cases.ts read). Never tune on this file.

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Business A: self-service laundrette with service washes, duvets, dry-cleaning drop-off
// ---------------------------------------------------------------------------

export const R33A_NAME: string = "Spinning Jenny's Launderette";
export const R33A_AGENT_NAME: string = 'Jenny';

export const R33A_CONTEXT: string = `Spinning Jenny's Launderette - 14 Cheap Street, Frome, Somerset BA11 1BN (opposite the old bakery, blue shopfront, you cant miss it)

Im Jan Pryce, I own the place and have done since 2011. We're a proper old fashioned launderette - 10 washers and 8 dryers you can use yourself, plus we do service washes, duvets & bedding, and we take in dry cleaning which goes off to our partner.

Opening hours (doors open, machines on):
Mon-Sat 7am to 9pm
Sunday 8am to 6pm

The counter is only staffed 8:30am to 3:30pm weekdays and 9am-1pm Saturdays. Outside those times the machines still run but theres nobody to take service washes or dry cleaning in.

Team:
- Me (Jan) - owner, does the books, deals with anything awkward
- Priya - runs the service washes, works Tuesday to Saturday
- Kev - mornings on a Monday, opens up, fills in when someone's off, does the delivery van

Phone 01373 462 118 (counter, staffed hours only). Email hello@spinningjennysfrome.co.uk - I try and answer within a day.

How I want the assistant to sound: friendly, chatty but not daft, like a neighbour who knows their way round a washing machine. Plain English, no corporate waffle. Lots of our customers are older folk or students or people whose machine has just packed in at home, so be patient. Dont promise anything about dates or prices that isnt written down here.`;

export const R33A_BUSINESS_RULES: string = `Couple more things that should go to a real person (me, really):

If anyone asks about us doing their laundry on a regular contract basis - holiday lets, airbnbs, B&Bs, hairdressers wanting towels done, the care home etc - dont quote them anything, I price those up myself depending on volume so just pass them over to me.

Also if somebody is complaining about one of the staff - rude, ignored them, whatever it is - I want to hear about it directly, so hand it over rather than apologising on our behalf and leaving it at that.

Everything else you can answer from the info below. If you dont know, say you dont know, dont make it up!!`;

export const R33A_RULES: string[] = [
  'Customer says we damaged, shrunk, dyed or ruined their stuff -> hand to Jan',
  'Any money lost in a machine, whatever the amount - hand over',
  'Anyone hurt on the premises (burnt, slipped etc) - straight to a human',
];

export const R33A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Self service prices',
    category: 'Prices',
    content: `SELF SERVICE - WASHERS
- Small washer (8kg) - £4.50
- Large washer (14kg) - £7.00 - good for towels, bedding, a family's worth of stuff
- Giant washer (20kg) - £9.50 - machines 9 and 10 only

SELF SERVICE - DRYERS
All dryers are £1 for 10 minutes. Most loads want 30-40 mins, towels a bit longer. You can top up while its running.

EXTRAS
- Washing powder from the vending machine - 80p a box
- Fabric softener - 60p
- Dryer sheets - 40p

Prices include VAT. Last changed Feb this year (sorry, electricity).`,
  },
  {
    title: 'Service washes',
    category: 'Services',
    content: `A service wash is where you drop your washing off and we do the lot - wash, dry and fold. You just come back and pick it up.

Price is by weight. Up to 6kg is £14, then £2 for every extra kg after that. We weigh it in front of you at the counter so theres no surprises.

Drop off by 11am for same day. It'll be ready to collect from 4pm. Anything dropped off after 11am will be ready the next working day from 4pm.

Everything comes back washed, dried and folded into a bag. We wash at 40 unless you tell us otherwise, and we keep each customers washing separate - it never gets mixed in with someone elses.

Please check pockets before you hand it over!! We have found tissues, lipsticks, a hamster (alive, long story). We arent responsible for anything left in pockets.

If you've got anything delicate that needs to be handwashed, pull it out and keep it separate - we dont handwash.

Loyalty: every 10th service wash is free - ask for a stamp card at the counter.`,
  },
  {
    title: 'Duvets, pillows & bedding',
    category: 'Services',
    content: `## Duvets and big stuff

Duvets are too big for most home machines, so we get loads of these. We wash them in the giant machines and dry them properly so they dont go musty.

### Bedding prices
- Single duvet: £16
- Double duvet: £19
- King / super king duvet: £22
- Pillows: £6 a pair
- Sleeping bags: £15
- Mattress protectors: £8

### Turnaround
Synthetic duvets are usually same day if in by 11am (same as service washes).
Feather and down duvets take 48 hours because they need a proper long slow dry, otherwise the feathers clump and go smelly. Please dont ask us to rush these, it genuinely doesnt work.

Weighted blankets - we can do ones up to 7kg. Anything heavier is too much for the machines.`,
  },
  {
    title: 'Dry cleaning drop off',
    category: 'Services',
    content: `We dont do dry cleaning on site (no room for the kit!) but we take it in for you. It goes to our partners Marlowe Cleaners in Trowbridge, who are brilliant and have been doing it for 30-odd years.

How it works: drop it off at the counter during staffed hours, we tag it and give you a ticket. Marlowe's van collects on Mondays and Thursdays. Items come back within 5 working days of being collected. We'll text you when its back.

Prices (set by Marlowe, we dont add anything on):
Shirt / blouse - £4
Trousers - £8
Skirt - £7.50
Jacket / blazer - £10
2 piece suit - £17.50
Dress - from £12
Winter coat - £16
Wedding dresses - need a quote, bring it in and we'll get Marlowe to price it

You pay when you drop off. Keep your ticket, we need it to find your stuff.`,
  },
  {
    title: 'Paying - how it works',
    category: 'Prices',
    content: `Q: Do the machines take cards?
A: Not the machines themselves. You pay at the pay station in the middle of the shop - pick your machine number, pay, and it starts. The pay station takes contactless cards and phones, and coins.

Q: Notes?
A: No. And there is no change machine, sorry - it kept getting broken into. So bring coins or use your card.

Q: Service washes and dry cleaning?
A: Pay at the counter, card or cash both fine.

Q: Can I get a receipt?
A: Yes, the pay station will print one if you press the receipt button straight after paying. For counter stuff just ask.

Q: Do you do accounts / invoices?
A: Only for regular business customers, talk to Jan.`,
  },
  {
    title: 'Holidays & last washes',
    category: 'Opening times',
    content: `Normal hours are on the door and on the front page. A few extra bits:

Last wash goes in an hour before we close, so 8pm Mon-Sat and 5pm on a Sunday. That gives you time to dry. If you come in at ten to nine with a full load we cant help you, sorry.

Bank holidays - 9am to 5pm, counter not staffed.

Christmas Eve we close at 2pm.
Christmas Day and Boxing Day - closed.
New Years Day - 10am to 4pm.

Any other closures (like when the plumber's in) get posted on the door and on our facebook page.`,
  },
  {
    title: 'Stains, nasty stuff & what we wont wash',
    category: 'Care advice',
    content: `Some common ones -

Blood - rinse it in cold water as soon as you can, never hot, hot water sets it. Then bring it in and we'll pre treat before washing.
Red wine - blot dont rub, then salt or a bit of washing up liquid.
Grass - pre treat with a bit of liquid detergent and leave 15 mins.
Chewing gum - stick it in the freezer, then pick it off when its hard.

Things we WONT put in our machines:
- anything soaked in oil, petrol or white spirit. It's a fire risk in the dryers, even after washing. Workwear with a bit of grime is fine, stuff thats dripping isnt.
- dyes. Please do not dye things in our machines, it stains the drums for the next person.
- anything with bedbugs - please bag it and ring us first.

If you're not sure, ask at the counter before putting it in.`,
  },
  {
    title: 'Lost property & stuff left behind',
    category: 'Policies',
    content: `We find loads - odd socks mainly, but also phones, keys and once a set of false teeth.

Anything left in a machine or on the side gets put in the lost property box behind the counter. We keep it for 30 days. After that, clothes go to the Dorothy House charity shop up the road and anything else gets binned (except phones/wallets which go to the police station).

Service washes or dry cleaning that hasnt been picked up: we'll text you a couple of times. After 60 days uncollected it gets donated too, it's on your ticket.

Odd socks live in the sock basket by the door - help yourself, somebody's probably got yours.`,
  },
  {
    title: 'Pet bedding',
    category: 'Policies',
    content: `Yes you can wash pet bedding here, but ONLY in machine 9, the pet machine (its got a paw sticker on it). Please dont use any other machine for pet stuff - we've got customers with allergies.

Before it goes in, shake it out outside and get the worst of the hair off. There's a lint brush on a string by machine 9 for this.

If you want us to do it as a service wash, dog beds and pet blankets are £12 a bag, same turnaround as normal service washes. We will refuse anything that's caked in mud or worse, sorry.`,
  },
  {
    title: 'Collection & delivery',
    category: 'Services',
    content: `Collection and delivery

Kev does collection and delivery runs in the van on Wednesday and Saturday mornings. We collect your washing, do it as a service wash, and bring it back the next run.

We cover within 3 miles of the shop - that's most of Frome plus Beckington and Nunney. Further than that, give us a ring and we'll see.

Delivery is free on orders over £25. Under that its a flat £4 each way.

Please book by 5pm the day before by phone or email, and make sure someone's in or tell us a safe place to leave it.`,
  },
  {
    title: 'House rules',
    category: 'Policies',
    content: `HOUSE RULES - boring but needed

1. Kids under 14 must be with an adult at all times. It's not a creche, theres hot dryers and heavy doors.
2. Please take your washing out when its done, if a machine's finished and someone's waiting they're allowed to take it out and put it on the side. (Nicely!)
3. No smoking or vaping inside, obvs.
4. No dyeing in the machines (see care advice).
5. Free wifi - network is JennysGuest, password spinspin14
6. Leave the tables tidy for the next person.
7. Be nice to each other. Its a small shop.`,
  },
];

export const R33A_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'how much is it for one of your bigger washers? got a load of bath towels to do', facts: ['£7.00'], escalate: false },
  { question: 'Whats the cheapest wash you do, the smallest machine?', facts: ['£4.50'], escalate: false },
  { question: 'how much r the dryers', facts: ['£1 for 10 minutes'], escalate: false },
  { question: 'If I drop a service wash in on my way to work will it be done today? I pass you around half 8', facts: ['4pm'], escalate: false },
  { question: 'I need to know the latest I can drop washing off and still get it back same day', facts: ['11am'], escalate: false },
  { question: 'what do you charge for a service wash? its about 5 kilos', facts: ['£14'], escalate: false },
  { question: 'price to wash a super king duvet pls', facts: ['£22'], escalate: false },
  { question: "Hi, I have a goose down duvet that needs a clean, how quickly can you turn it round? Moving house on friday", facts: ['48 hours'], escalate: false },
  { question: 'Do you wash sleeping bags? back from a festival and it is grim', facts: ['£15'], escalate: false },
  { question: 'how long does dry cleaning take to come back', facts: ['5 working days'], escalate: false },
  { question: 'Is the dry cleaning actually done at your shop or do you send it somewhere?', facts: ['Marlowe Cleaners'], escalate: false },
  { question: 'How much for dry cleaning a two-piece suit? need it for an interview', facts: ['£17.50'], escalate: false },
  { question: 'can i pay by card for the machines or is it coins only', facts: ['contactless'], escalate: false },
  { question: "I've only got a £10 note on me, can I get change in there?", facts: ['no change machine'], escalate: false },
  { question: 'Do you do any sort of loyalty card for service washes?', facts: ['10th service wash'], escalate: false },
  { question: 'are you open on a sunday', facts: ['8am to 6pm'], escalate: false },
  { question: 'whats the latest time i can start a wash on a weekday evening', facts: ['8pm'], escalate: false },
  { question: 'What time do you shut on Christmas Eve?', facts: ['2pm'], escalate: false },
  { question: "my son had a nosebleed in the night and there's blood all over his duvet cover, is it worth bringing in and should I do anything with it first?", facts: ['cold water'], escalate: false },
  { question: 'Am I allowed to wash the dogs bed in one of your machines?', facts: ['machine 9'], escalate: false },
  { question: "can I bring my husbands work overalls in, they're covered in engine oil and petrol", facts: ['fire risk'], escalate: false },
  { question: 'I think I left a cardigan in one of the dryers on tuesday, do you keep stuff thats left behind?', facts: ['30 days'], escalate: false },
  { question: 'do u do collection and delivery? I live in Nunney', facts: ['3 miles'], escalate: false },
  { question: 'what days does the van come round for collections', facts: ['Wednesday and Saturday'], escalate: false },
  { question: 'Is Priya in on saturdays? she did my service wash last time and was really lovely, I want her to do it again', facts: ['Tuesday to Saturday'], escalate: false },
  { question: "what's the wifi password", facts: ['spinspin14'], escalate: false },
  // Unknown
  { question: 'Do you wash curtains? mine are quite long lined ones', unknown: true, escalate: false },
  { question: 'Is there anywhere to park near you?', unknown: true, escalate: false },
  { question: 'can I buy a gift voucher for a service wash for my mum', unknown: true, escalate: false },
  { question: 'do you do alterations, like taking trousers up?', unknown: true, escalate: false },
  { question: 'Is the shop wheelchair accessible?', unknown: true, escalate: false },
  { question: 'can you clean trainers? mine are white and filthy', unknown: true, escalate: false },
  { question: 'is there a toilet customers can use while waiting', unknown: true, escalate: false },
  { question: 'Are you hiring at the moment? looking for a few hours a week', unknown: true, escalate: false },
  { question: 'could you wash a big living room rug for me', unknown: true, escalate: false },
  { question: 'do you have cctv in the launderette? a bit worried leaving my bag', unknown: true, escalate: false },
  // Hand-over
  { question: 'You shrunk my good wool jumper in the service wash, it would fit a toddler now. What are you going to do about it?', escalate: true },
  { question: 'machine 6 took £7 off my card and never started. I want my money back please', escalate: true },
  { question: "I run three holiday lets in Frome and want all the sheets and towels done every week. Can we set something up and what would it cost?", escalate: true },
  { question: 'The man on the counter on Monday morning was really rude to my mum, she came home upset. Not good enough', escalate: true },
];

// ---------------------------------------------------------------------------
// Business B: archery centre
// ---------------------------------------------------------------------------

export const R33B_NAME: string = 'Hollins Wood Archery';
export const R33B_AGENT_NAME: string = 'Fletcher';

export const R33B_CONTEXT: string = `ABOUT US

Hollins Wood Archery is a family run archery centre on Hollins Farm, just outside Much Wenlock in Shropshire. I'm Dave Ashworth, I set it up in 2016 after 20-odd years shooting for the county. We've got a 70 yard outdoor range in the old paddock, a covered shooting shelter, and we use the village hall in Much Wenlock for indoor sessions over winter.

What we do: have-a-go taster sessions, 6 week beginners' courses, a proper club for members, private coaching, and a small kit shop in the barn.

The team
- Dave - owner, range officer, does most of the have-a-go sessions
- Helen Marsh - head coach, Archery GB qualified, runs the beginners courses and juniors. Coaches Wednesdays, Saturdays and Sundays
- Tom - runs the kit shop, does bow setup and tuning, also a range officer

Opening: the range is open for bookings Wednesday to Sunday. We're shut Mondays and Tuesdays apart from the Tuesday club shoot for members.

Booking is online only through the website. For questions ring 01952 727 340 (Wed-Sun 9-5, might be out on the range so leave a message) or email shoot@hollinswoodarchery.co.uk.

Tone - keep it relaxed and welcoming. Loads of people who contact us have never picked up a bow and are a bit nervous, so be encouraging. Safety matters to us but dont lecture people. UK spelling please.`;

export const R33B_BUSINESS_RULES: string = `When to get one of us involved instead of answering yourself:

Right, the big one - if anyone tells you they or their kid got hurt at ours, whether its a string slap that's come up in a horrible bruise or something worse, don't try and handle it. Get it to me or Helen straight away, we need to log it properly.

Groups. Have-a-go sessions take up to 12 so anything bigger than that - work away days, stag and hen dos, scout troops, whatever - I price up myself, so pass those on rather than trying to book them in.

Money back once a beginners course has already started is my decision, case by case. Don't say yes or no, just hand it over to me.

If someone bought something from the kit shop and it's broken, faulty, cracked etc, that goes to Tom - he'll want to see it and sort it with the manufacturer.

And obviously if someone just wants to talk to an actual person, let them, don't make them jump through hoops.

Everything else should be in the articles. If it isn't, say you're not sure and give them the phone number - never guess about safety stuff.`;

export const R33B_RULES: string[] = [];

export const R33B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Have-a-go sessions',
    category: 'Sessions',
    content: `Never tried archery? Our have-a-go sessions are the place to start. They last an hour and you'll be shooting within about 10 minutes of arriving - no experience needed at all.

Every session is run by a qualified coach and starts with a safety briefing, then we show you how to stand, nock an arrow and draw. After that it's lots of shooting, and we finish with a little points competition.

Prices
Adults - £22
Under 16s - £16

The minimum age is 8 years. Sessions take a maximum of 12 people.

When: Saturdays and Sundays at 10am, 12pm and 2pm, April to October. In winter we move indoors to the village hall and it's Saturdays only.

Please arrive 15 minutes before your slot so we can get you signed in and kitted up. Latecomers might miss the safety briefing, and if you miss that we can't let you shoot.

Booking is through the website - pick your date, pick your slot, done.`,
  },
  {
    title: "Beginners' course",
    category: 'Courses',
    content: `The beginners course is how you get from "had a go once" to being able to shoot on your own as a club member.

It's 6 weeks long, one session a week on a Wednesday evening, 6:30 to 8:30pm. Helen runs it with help from Tom. Max 8 people per course so everyone gets plenty of attention.

The cost is £95. That covers all equipment hire for the 6 weeks, plus your first month's club membership once you finish so you can carry on shooting straight away.

What you'll cover:
- safety on the range and the whistle commands
- stance, draw, anchor and release
- scoring and what the different colours mean
- a bit about equipment so you know what to buy (no pressure!)
- your first proper round on the last week

Courses start roughly every 2 months, dates are on the booking page. Age 12 and up for the course - younger ones should look at our junior club.`,
  },
  {
    title: 'Club membership',
    category: 'Membership',
    content: `Once you've done the beginners course (or if you're already an experienced archer moving to the area) you can join the club.

| Membership | Per year |
| Adult | £180 |
| Junior (under 18) | £75 |
| Family (2 adults + kids) | £350 |

Your Archery GB affiliation fee is included in the price, so there's nothing extra to pay on top.

Members can shoot any time the range is open, plus the club shoots:
- Tuesday evenings 6pm till dusk (summer) / village hall in winter
- Sunday mornings 9am to 12

Experienced archers joining from another club - we just need to see your current Archery GB card and do a quick range check with Tom or Helen.

Membership runs from 1st April. If you join part way through the year we do it pro rata.`,
  },
  {
    title: 'Kit shop',
    category: 'Shop',
    content: `Our little kit shop is in the barn next to the car yard. Open Thursday to Sunday, 10am to 4pm. Tom runs it, and he's happy to chat through what you need - he'd much rather you bought the right thing than the expensive thing.

Popular stuff:
- Beginner recurve starter kit (riser, limbs, string, arrow rest, 6 arrows, quiver, armguard, finger tab) - £165
- Arrows - from £9 each, Tom will measure you for the right length
- Finger tabs from £12
- Bow stands, quivers, bags, target faces

Tip: members can borrow a club bow for their first 3 months after the course, so you don't have to buy straight away. Try a few, see what you like.

We can order in most things from the main UK archery suppliers, usually within a week. Ask Tom.`,
  },
  {
    title: 'What to wear',
    category: 'Sessions',
    content: `What to wear & bring

- Closed-toe shoes, trainers are perfect. No sandals or flip flops, there are arrows on the ground.
- Clothes that aren't too baggy on top - loose sleeves catch the string
- Long hair tied back
- Take off dangly earrings, necklaces, lanyards, anything round your neck
- Layers! It can be chilly on the range even in summer
- Sun cream and a hat in summer
- Glasses are fine, keep them on

You don't need to bring any equipment. We lend you a bow, arrows, an armguard and a finger tab. The armguard protects the inside of your forearm from the string.`,
  },
  {
    title: 'Weather and cancellations',
    category: 'Bookings',
    content: `WEATHER
We're an outdoor range so the weather does matter. We shoot on in light rain - bring a coat, the shelter keeps the worst off. We cancel if there's thunder or lightning, or winds over 30mph (arrows go sideways, not fun).

If we cancel, we'll text you by 8am on the day and you can rebook free or have a full refund, your choice.

IF YOU NEED TO CANCEL
Let us know at least 48 hours before your session and we'll move you to another date for free.
Less than 48 hours notice, we're afraid there's no refund or rebooking, because we usually can't fill the space.

For beginners courses - if you cancel more than 2 weeks before the start date you get a full refund minus a £10 admin fee.`,
  },
  {
    title: 'Children and juniors',
    category: 'Juniors',
    content: `Kids love archery and it's brilliant for concentration.

Have-a-go: from 8 years old. Children under 12 must have a parent or guardian on site for the whole session - you don't have to shoot yourself, but you do have to stay. 12 to 15 year olds can be dropped off if you sign the form.

Junior club - the Arrowheads. Saturday mornings 9 to 10am with Helen, for 8 to 15 year olds who've done at least one have-a-go. It's £8 a week, pay as you go, kit provided. Good way to build up before the full beginners course at 12.

Juniors over 12 can do the normal beginners course.

All our coaches are DBS checked.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Bookings',
    content: `Gift vouchers make a great present for someone who's always wanted to give archery a go.

You can buy them for a have-a-go session (adult or under 16) or for the full beginners course. Buy them on the website and you'll get a printable PDF by email straight away, or we can post a card version for £1.50 extra.

Vouchers are valid for 12 months from the date you buy them. We can't extend them after that, so nudge whoever you've given it to!

To redeem, just enter the voucher code at the checkout when booking. One voucher per booking.`,
  },
  {
    title: 'Finding us',
    category: 'Visiting',
    content: `Finding us: Hollins Farm, Bridgnorth Road, Much Wenlock, TF13 6XX

Heads up about satnav - the postcode takes you to the right road but it'll try and send you down the lane past the farm shop. Don't follow it past the farm shop! Our entrance is the next gate along on the left, there's a green sign with a target on it.

Come up the track slowly (chickens) and park in the yard by the barn. Parking is free.

Facilities: toilets in the clubhouse (the portakabin), tea and coffee with an honesty box, and the shelter has benches if you're waiting or watching.

Spectators are welcome - family and friends can watch from behind the waiting line for free.`,
  },
  {
    title: 'Private coaching',
    category: 'Courses',
    content: `Want some one-to-one help? Whether you're a complete beginner who'd rather not learn in a group, or a club member wanting to sort out your form, we do private lessons.

With Helen (head coach) it's £35 an hour.
With Tom it's £25 an hour - Tom's great for equipment setup and tuning sessions.

Two people sharing a lesson is an extra £10. Equipment is included if you need it.

Book by emailing us with a couple of dates that suit, as these aren't on the online booking system.`,
  },
  {
    title: 'Types of bow',
    category: 'Sessions',
    content: `Q. What bow will I use?
All our have-a-go sessions and beginners courses use recurve bows - the classic Olympic style bow without the sights and stabilisers. They're the easiest to learn on.

Q. Do you do longbow?
Yes! We love a longbow. Our Trad Day is on the first Sunday of the month, 10am to 1pm, for members who want to try longbow and traditional wooden arrows. We have a few club longbows to borrow.

Q. Compound?
We have some members who shoot compound and they're welcome at club shoots, but we don't teach compound for beginners.

Q. What about barebow?
Barebow (a recurve with no sight) is getting really popular, Helen can coach you on it once you're a member.`,
  },
];

export const R33B_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'how much is a have-a-go for a grown up?', facts: ['£22'], escalate: false },
  { question: "What's the youngest age you take for a taster session? my twins are 7 and desperate to try", facts: ['8 years'], escalate: false },
  { question: 'what times are the have a go sessions on a saturday', facts: ['12pm'], escalate: false },
  { question: 'How early do we need to turn up before our session', facts: ['15 minutes'], escalate: false },
  { question: 'how many weeks is the beginner course', facts: ['6 weeks'], escalate: false },
  { question: 'What evening does the beginners course run? I work late on Thursdays', facts: ['Wednesday'], escalate: false },
  { question: 'cost of the beginners course?? and do i need to buy a bow for it', facts: ['£95'], escalate: false },
  { question: 'how much is it for my 14 yr old to join the club', facts: ['£75'], escalate: false },
  { question: "What's the price for a family membership, there's me, my wife and our two boys", facts: ['£350'], escalate: false },
  { question: 'Do I have to pay the Archery GB fee separately on top of the club membership?', facts: ['included'], escalate: false },
  { question: 'when are the club shoots during the week?', facts: ['Tuesday evenings'], escalate: false },
  { question: 'when is the shop open? want to look at some arrows', facts: ['Thursday to Sunday'], escalate: false },
  { question: 'how much is a starter recurve set up from your shop', facts: ['£165'], escalate: false },
  { question: 'what shoes should i wear, is it ok to come in sandals', facts: ['closed-toe'], escalate: false },
  { question: 'Do I need to bring any of my own equipment to the have a go?', facts: ['finger tab'], escalate: false },
  { question: 'Is it still on if its raining?', facts: ['light rain'], escalate: false },
  { question: 'if you call it off cos of the weather how will I find out', facts: ['by 8am'], escalate: false },
  { question: "something's come up and I cant make our session tomorrow morning, can I get my money back?", facts: ['48 hours'], escalate: false },
  { question: 'can i drop my 10 year old off for the have a go and pick him up after', facts: ['parent or guardian'], escalate: false },
  { question: 'do you have any sort of regular club for kids?', facts: ['Arrowheads'], escalate: false },
  { question: 'how long are your gift vouchers valid for', facts: ['12 months'], escalate: false },
  { question: "my satnav's taking me down some lane past a farm shop, is that right?", facts: ['next gate'], escalate: false },
  { question: 'Where do we park when we get there?', facts: ['in the yard'], escalate: false },
  { question: 'How much does Helen charge for one to one lessons? A friend said she is the best coach you have', facts: ['£35'], escalate: false },
  { question: 'do you ever do anything with longbows?', facts: ['first Sunday of the month'], escalate: false },
  { question: "Is archery actually safe for kids? I'm a bit worried about someone getting hurt with real arrows flying about", facts: ['safety briefing'], escalate: false },
  // Unknown
  { question: 'Can we have a go on a crossbow?', unknown: true, escalate: false },
  { question: 'do you do horseback archery at all', unknown: true, escalate: false },
  { question: 'Are dogs allowed on site? we would bring ours on a lead', unknown: true, escalate: false },
  { question: 'Whats the nearest train station and can I get a bus out to you?', unknown: true, escalate: false },
  { question: 'is there anywhere to camp on the farm if we come for the weekend', unknown: true, escalate: false },
  { question: 'Do you do archery tag, the one with foam arrows where you shoot each other?', unknown: true, escalate: false },
  { question: 'do you offer money off for NHS staff or armed forces?', unknown: true, escalate: false },
  { question: 'Is the range accessible for wheelchair users?', unknown: true, escalate: false },
  { question: "I'm left handed, have you got bows for lefties?", unknown: true, escalate: false },
  { question: 'Could one of your coaches come into our primary school for a sports day?', unknown: true, escalate: false },
  // Hand-over
  { question: "My daughter got whacked on the arm by the string at Saturday's session and it's gone black and blue and really swollen, she's in a lot of pain", escalate: true },
  { question: "We're planning a team away day for about 25 of us in June, can we book the whole range for an afternoon?", escalate: true },
  { question: "I've done 3 weeks of the beginners course but I've hurt my shoulder at the gym and can't carry on. Can I get some of the money back?", escalate: true },
  { question: 'one of the limbs on the bow I bought off you in march has cracked right along the edge, what do I do', escalate: true },
];
