/**
 * Round-30 escalation HELD-OUT set, written blind (only eval/escalation-types.ts read) before any round-30 change. Never tune on it.
 *
 * Counts (escalate / no):
 *   - Kestrel Cars (taxi & airport transfers):            13 / 11
 *   - Riverside Aquatics (tropical fish & aquariums):      13 / 11
 *   - Fairway Hill Driving Range & Pro Shop:              13 / 11
 *   - Mabel's Ice Cream Parlour & Dessert Bar:            13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND30_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: "Kestrel Cars",
    businessContext:
      "Kestrel Cars is a family-run taxi and private hire firm based in Ipswich, Suffolk, licensed by Ipswich Borough Council since 2009. We cover local journeys around Ipswich, Felixstowe and Woodbridge day and night, and we specialise in airport transfers to Stansted, Heathrow, Gatwick and Luton. Our fleet is mostly hybrid saloons and estates, plus 8-seater people carriers for families and groups. Book through the Kestrel Cars app or by phone, 24/7.",
    escalationRules: [
      "Lost property left in one of our cars",
      "Complaints about a driver - behaviour, driving, route",
      "Any accident, injury or incident during a journey",
      "Fare disputes, overcharging, refunds",
      "Changes to an airport job less than 24 hrs before pickup",
      "Wheelchair accessible vehicle requests",
      "Account customers - invoices, setting up a business account",
    ],
    businessRules: `Be friendly and straightforward, people messaging about airport runs are often stressed about flights so keep answers clear.

Standard airport fares from Ipswich (saloon, up to 4 passengers, one way): Stansted £95, Luton £140, Heathrow £165, Gatwick £185. 8-seater is fare plus 40%. 10% off if they book the return at the same time.
Meet & greet inside arrivals with a name board is £10 extra, otherwise driver waits in the short stay car park and rings them.
We track all incoming flights, so if a flight is late we adjust automatically. First 60 mins after landing is free waiting.
Free cancellation up to 24 hours before pickup.
Child seats and boosters are free but MUST be requested when booking.
Assistance dogs always welcome. Other small pets fine in a carrier.
We take card, cash or payment in the app. Receipts for any journey are in the app under My Trips, or emailed if they booked by phone.

Don't confirm bookings yourself - all bookings are made through the app or on 01473 555 210 and the office confirms.
Don't promise arrival times for local pickups on Friday and Saturday nights, we get very busy.
Don't give out drivers' personal numbers or surnames.`,
    cases: [
      { message: "hiya, got dropped at ipswich station about 7 this morning from the hospital, silver prius i think. Got on the train and realised my reading glasses in a brown case arent in my bag, must have slipped down the side of the back seat. Any chance?", escalate: true },
      { message: "Booked you for Heathrow last Thursday, ref KC88213. Pickup was on time and the car was clean, but on the A12 the driver was texting on his phone at 70mph for a good few minutes. My wife was terrified. We didn't say anything at the time as we didn't want an argument but I really think someone should know.", escalate: true },
      { message: "why was I charged £34 from the Waterfront to Kesgrave last night?? its normally £18-20 max. he went right round by the A14 for some reason", escalate: true },
      { message: "Not a huge deal but when the driver pulled away on Saturday night the door wasn't fully shut and it caught my ankle as I was getting my other foot in. It's quite swollen today. Just thought I should mention it", escalate: true },
      { message: "hi! we're booked for Stansted tomorrow, 4.30am pick up, 2 adults under Harrison. my sister has just decided last minute to come too so it'll be 3 of us and an extra big suitcase, is that ok?", escalate: true },
      { message: "Landed at Luton instead of Stansted because of fog 🙄 your driver is presumably sat waiting at stansted. booking under Patel. what do we do now", escalate: true },
      { message: "My dad uses a powerchair, it doesn't fold and he can't transfer into a normal car seat. Need to get him to Addenbrooke's next Tuesday for a 10am appointment and back. Is that something you can do?", escalate: true },
      { message: "I cancelled my gatwick transfer nearly 3 weeks ago (well over the 24 hrs, the holiday got called off) and there's still no money back on my card. It was £185 so I'd quite like it back", escalate: true },
      { message: "Hi, I'm the office manager at a surveying practice on Princes Street. Our team use you a few times a month for trips to the station and the odd airport run - is there a way of getting it all on one monthly invoice instead of everyone claiming it back on expenses?", escalate: true },
      { message: "Tried to get a car from the rank by the Cornhill earlier with my guide dog and the Kestrel driver at the front just shook his head and drove off. Pretty sure that's not allowed", escalate: true },
      { message: "Our February invoice has two journeys on it that nobody here recognises, 12th and 19th, both to Felixstowe docks. Account 4471. Can you check?", escalate: true },
      { message: "the driver tonight was fine, not his fault at all, but some lads threw something at the car at the lights on Norwich Rd and the back window shattered, I had glass all over me. I'm ok just a bit shaken. he said to message you about it", escalate: true },
      { message: "My son left his school blazer in one of your cabs on Friday. He doesn't know what the car was or anything, it was about 3.40 from Northgate High to Rushmere, he paid cash. It has his name in it", escalate: true },
      { message: "How much is it from IP4 to Heathrow terminal 5 for 2 of us with 4 cases? Flying 14 August", escalate: false },
      { message: "do you track flights? we're coming back from Tenerife and I'm worried that if the plane's late the driver will just give up and go", escalate: false },
      { message: "Can we have a child seat for a 2 year old on our Stansted run in June please?", escalate: false },
      { message: "Is it cheaper if I book the return at the same time as the outbound?", escalate: false },
      { message: "Just wanted to say Mick who brought us back from Gatwick on Sunday was brilliant, waited ages after our delay and helped with all the bags. No complaints whatsoever, will use you again!", escalate: false },
      { message: "can i pay cash or is it card only", escalate: false },
      { message: "How do I get a receipt for my journey yesterday? Need it for my expenses claim", escalate: false },
      { message: "What's the cancellation policy on airport bookings? Ours is for next month but my mum's not well so there's a chance we'll have to pull out", escalate: false },
      { message: "Do you have anything bigger than a normal car? there's 6 of us going to Luton", escalate: false },
      { message: "Will the driver meet us inside arrivals with a sign or do we have to go out and find him?", escalate: false },
      { message: "Can I bring my dog? She's a small terrier, she'll be in her carrier the whole way", escalate: false },
    ],
  },
  {
    name: "Riverside Aquatics",
    businessContext:
      "Riverside Aquatics is an independent tropical fish and aquarium shop in Stockport, run by Dave and Sue since 2011. We keep over 80 tanks of tropical freshwater fish, a small marine section, live plants and a full range of tanks, filters, heaters, foods and pond supplies. Beginners are always welcome - we'd much rather spend ten minutes helping you get it right than sell you something you don't need.",
    escalationRules: [],
    businessRules: `Notes for whoever is on the chat:

- Be friendly, lots of our customers are beginners. Never make anyone feel daft for asking.
- Open Tue-Sun 10-6, Thursdays till 8. Closed Mondays. Closed 25th and 26th December, other Christmas hours go on our Facebook page in December.
- Free water testing in store, bring about 100ml in a clean container (not an old squash bottle!).
- Livestock changes every week, new deliveries come in Wednesdays. DON'T promise any particular fish is in stock - tell them to check the 'new in' post on Facebook or ring the shop.
- We don't post or courier livestock, it's collection only. Dry goods and food can go Royal Mail, £3.95 or free over £40.
- Fish guarantee is 7 days from purchase, and we need a water sample taken within that time.
- General care questions (feeding, cycling a tank, stocking levels, tank sizes) are fine to answer. Don't diagnose diseases or tell people which medication to use.
- No price matching with online shops.

GET ME OR SUE FOR:
* anything under the 7 day guarantee - fish dead or looking ill after buying from us
* several fish dying at once / whole tank going wrong, even if they weren't bought recently - they need a proper chat, not a quick answer
* special orders for fish we don't normally keep
* tank installs, tank moves and maintenance visits (we price these one by one)
* any tank, filter, heater or pump we sold them that's leaking or packed up
* anyone wanting to sell, trade in or rehome fish to us

Everything else you can deal with. Thanks!`,
    cases: [
      { message: "Bought 6 harlequin rasboras off you Saturday, 2 were dead this morning and another one is hiding at the back looking a bit sorry for itself. Water looked fine when I tested it last night", escalate: true },
      { message: "hi, bit panicky. came down this morning and 4 of my platies were dead and the rest are gasping at the surface. I've had this tank 2 years and never had anything like it. what do I do??", escalate: true },
      { message: "do you ever get in Apistogramma cacatuoides? specifically the double reds. happy to put a deposit down and wait", escalate: true },
      { message: "Hello, we've just opened a new dental surgery in Bramhall and would love a tank in the waiting room. Ideally something low maintenance with someone coming out once a month to look after it. Is that something you offer?", escalate: true },
      { message: "The Fluval heater I bought from you in January has stopped working, tank's dropped to 19 degrees overnight", escalate: true },
      { message: "my oscar has properly outgrown his tank (he's about 30cm now!) and honestly I can't afford a bigger one at the moment. would you take him?", escalate: true },
      { message: "Picked up a betta from you on Thursday, lovely blue one. Since yesterday he's got white fluffy stuff on one fin and he's not eating. What medicine should I get?", escalate: true },
      { message: "Hiya, we're moving house in 3 weeks and we've got a 400L with some big plecs in it, a nightmare to move. is moving tanks something you lot do or do you know someone?", escalate: true },
      { message: "The 120L Juwel we got from you at Christmas has started dripping from the bottom corner seam, the towel under it was soaked this morning", escalate: true },
      { message: "Hello. Got 3 clownfish last Tuesday from your marine section, one has died and one has white spots on it now. I've got a water sample from yesterday in the fridge", escalate: true },
      { message: "My husband breeds fancy guppies and we've got far too many, about 60 adults, really nice colours. Would you be interested in buying some?", escalate: true },
      { message: "been trying to find a pair of German blue rams that aren't the washed out balloon type you see everywhere. could you get show quality ones from your supplier? would pay extra", escalate: true },
      { message: "not sure if this is one for you but my nan's pond pump that we got from yours in May has stopped completely. fish seem ok for now but it's not moving any water", escalate: true },
      { message: "What time do you shut on Thursdays?", escalate: false },
      { message: "Do you test water for free? what do I need to bring it in?", escalate: false },
      { message: "Have you got any cardinal tetras in at the minute?", escalate: false },
      { message: "Can you post me some fish? I'm down in Cornwall and there's nowhere good near me", escalate: false },
      { message: "How long should I leave a new 60 litre tank running before putting fish in? first time doing this", escalate: false },
      { message: "What's your guarantee if fish die after I buy them?", escalate: false },
      { message: "How much to send 3 tubs of Tetra flakes and a replacement filter sponge?", escalate: false },
      { message: "Just to say the bristlenose we got from you back in March is now massive and doing brilliantly, no complaints from us! Thanks Sue", escalate: false },
      { message: "Are you open Boxing Day?", escalate: false },
      { message: "how many neons can i put in a 30 litre tank", escalate: false },
      { message: "My goldfish is 12 years old today 🎉 what's a good treat food for him?", escalate: false },
    ],
  },
  {
    name: "Fairway Hill Driving Range & Pro Shop",
    businessContext:
      "Fairway Hill is a 30-bay driving range and pro shop just outside Kettering, Northamptonshire. We have 12 covered, heated bays with ball-tracking screens, 18 open grass-tee bays, floodlights every evening, and a team of three PGA professionals offering lessons for all ages and abilities. Our pro shop stocks clubs, shoes, clothing and accessories from the major brands, and we offer club fitting, regripping and a junior academy on Saturday mornings.",
    escalationRules: [
      "Anyone hurt on site or hit by a ball",
      "Ball damage to cars, houses or anything else",
      "Range card / ball machine issues where money has gone missing",
      "Any refund on clubs, lessons or anything that's been used",
      "Custom club fitting bookings",
      "Corporate days and groups over 12",
      "Complaints about a coach or member of staff",
    ],
    businessRules: `Friendly and encouraging, lots of beginners and juniors use the range.

Hours: Mon-Fri 8am-10pm, Sat-Sun 7am-9pm. Bank holidays 8am-8pm. Closed Christmas Day only.
Balls: 50 for £5, 100 for £9 on a range card. Cards are free from the kiosk. Lost cards can be replaced at the kiosk for £1 and the balance moved over if the card was registered. No booking needed for bays, first come first served, covered bays get busy 6-9pm weekdays.
No outside balls allowed. Open bays are grass tees in summer, mats Nov-Mar.
Lessons: 30 mins £35, 6-lesson package £180. Book online with any of our pros.
Kids 6+ welcome in bays with an adult. Birthday parties up to 12 kids: £12 per child, includes balls and a 30 min group session with a junior coach. Book online.
Gift vouchers available online or in the shop, any amount.
Unused shop items can be returned within 30 days with a receipt for a full refund.
Free parking.

Don't give swing advice or diagnose faults - suggest a lesson instead.
Don't quote trade-in values for old clubs, they have to be seen in the shop.`,
    cases: [
      { message: "Hi there, I was in bay 14 last night around 8 and one of the balls from the upper bays came back off the netting post and hit my partner on the cheek. He's got a nasty bruise today. We didn't report it at the time because he said he was fine", escalate: true },
      { message: "Parked in the far corner of your car park by the fence on Sunday morning, came back to a dent in my bonnet the size of a golf ball. literally. who do I speak to", escalate: true },
      { message: "Put £20 on my card at the kiosk, the screen froze, there's no credit on the card but my bank says it went through. Card number ends 0932", escalate: true },
      { message: "Bought a Ping G430 driver from you last month, been using it at the range and on the course and honestly I just can't get on with it, way too stiff for me. Can I swap it for one with a regular shaft?", escalate: true },
      { message: "hi, we're looking at a work social for about 20 of us in late september, thinking an evening on the range with some food. is that something you'd host?", escalate: true },
      { message: "Want to get properly fitted for a new set of irons this year, I'm off 14. What's the process and can it be a weekend?", escalate: true },
      { message: "My daughter (11) has been going to the junior Saturday sessions and came home really upset last week. She says one of the coaches shouted at her in front of the whole group and told her she 'shouldn't bother'. I don't want to make a big fuss but I don't think that's ok", escalate: true },
      { message: "ball dispenser on bay 3 took 50 balls off my card and nothing came out lol. bit annoyed tbh, went home with no practice", escalate: true },
      { message: "Our back garden on Harlow Road backs onto your range. We've had 3 balls come over this week and one has gone through a pane of the greenhouse.", escalate: true },
      { message: "Bought a pair of FootJoys from the shop two weeks ago, worn them three times and the sole is already coming away at the toe. Can I get my money back?", escalate: true },
      { message: "The lad on the till this afternoon was really rude to my dad (he's 78) when he was struggling with the card machine, rolled his eyes and sighed at him loudly. Not acceptable", escalate: true },
      { message: "twisted my ankle on the step up to the top tier bays, the edge of it is loose and wobbles. limping now. thought you should know before someone else goes over on it", escalate: true },
      { message: "Can I get some of the lesson package refunded? I paid £180 for the 6 and have used 2 but I've done my shoulder in and won't be swinging a club for months", escalate: true },
      { message: "How much is a bucket of balls and do I need to book a bay?", escalate: false },
      { message: "Are you open Easter Monday and what time till?", escalate: false },
      { message: "Can I bring back a glove I bought on Saturday? Still in the packet, wrong size. Got the receipt", escalate: false },
      { message: "Do you do birthday parties? Son's turning 9, thinking about 8 of his mates", escalate: false },
      { message: "Do the heated bays get busy on a Friday night? Want to bring my brother down", escalate: false },
      { message: "Is Gary still the manager/head pro there? He gave me lessons years ago and I'd like to book in with him again", escalate: false },
      { message: "My mate reckons my slice is all down to my grip, any tips?", escalate: false },
      { message: "Do you sell gift vouchers? want one for my dad's 60th", escalate: false },
      { message: "I've lost my range card, think there's about £6 left on it. Can I get a new one?", escalate: false },
      { message: "can kids use the range? my two are 7 and 10", escalate: false },
      { message: "Is it grass or mats at the moment, and can I use my own balls?", escalate: false },
    ],
  },
  {
    name: "Mabel's Ice Cream Parlour & Dessert Bar",
    businessContext:
      "Mabel's is an ice cream parlour and dessert bar on the South Bay seafront in Scarborough, North Yorkshire. We make our ice cream and gelato fresh every morning in our own kitchen using milk and cream from a dairy near Pickering, with 24 flavours on the counter, sundaes, waffles, crepes, brownies and hot desserts. We also make ice cream cakes and take our vintage ice cream van out to weddings, fetes and parties across the area.",
    escalationRules: [],
    businessRules: `Hi, and thanks for helping with messages! Please keep it cheerful, we're an ice cream shop not a bank 🙂

We're open 11 till 9 every day from Easter to the end of September, and 12 till 7 Wednesday to Sunday over the winter. We don't take table bookings, it's walk-in only, but groups of more than 8 can ring ahead and we'll try to push some tables together. Two scoops is £4.20, sundaes from £6.50, and we take card and cash.

Allergies: you can tell people what's on our allergen board, but everything is made in the same kitchen so we can't promise anything is nut-free or gluten-free. We do have 4 vegan sorbets and gluten-free cones. Please never tell anyone something is 'safe' for them. If someone tells you they or their child has actually had a reaction, or been poorly after eating here, that comes straight to me (Mabel) - don't try to deal with it yourself. Same if anyone finds something in their food that shouldn't be there.

Cakes: there are always a few ice cream cakes in the freezer people can buy on the day (£22 for 6 portions, £35 for 12). Anything personalised, with writing or a theme, a special flavour, or a big order, I do myself, so take their details and I'll ring them.

The van: we take it out to weddings, fetes, school fairs and parties, and I price every one myself, so pass those on to me too.

If someone's had a bad time with one of the staff or feels they were treated unfairly, I want to hear about it myself rather than you apologising on our behalf. General moans about the ice cream (too sweet, melted fast, queue too long) you can just be nice about and say you'll pass it on.

Loyalty card: 10 stamps gets a free two-scoop. Free scoop on your birthday if you show ID. Dogs are welcome on the terrace (not inside) and we do a doggy ice cream for £2. Please don't offer any other discounts or freebies.`,
    cases: [
      { message: "Hi, we were in yesterday afternoon and my little boy (5) had the cookie dough one. About an hour later his lips went puffy and he came out in hives all over his tummy. He's fine now after some piriton but I wanted to let you know", escalate: true },
      { message: "found a bit of blue plastic in my sundae tonight, like a bit off a lid or something. nearly swallowed it", escalate: true },
      { message: "Could you do a cake for my daughter's 18th? She's obsessed with Taylor Swift so anything along those lines would be amazing. About 30 people, party is 22nd June", escalate: true },
      { message: "Getting married at the Crown Spa in August!! Would absolutely love your ice cream van there for the evening do, about 90 guests. Is that something you do and roughly how much?", escalate: true },
      { message: "We got served last tonight even though we were in before the group of lads, and when my partner politely mentioned it the girl with the ponytail said 'well you can go somewhere else then'. We've been coming for 5 years", escalate: true },
      { message: "Sorry this is a long one. Me and my wife came in on Sunday with my mum, who has dementia. She got a bit confused at the counter choosing and the young man serving was sniggering about it with his mate. My wife saw the whole thing. We didn't say anything at the time because mum was already flustered and we just wanted to get her sat down. Just feel someone should know", escalate: true },
      { message: "Had the waffle with pistachio gelato on Tuesday and was up all night being sick, and so was my friend who had exactly the same. not trying to get anything out of it just think you should check things", escalate: true },
      { message: "Hello! Our school PTA summer fair is on 12 July - would you be able to bring the van? We'd need it roughly 12 till 3", escalate: true },
      { message: "hey i need 40 mini ice cream cakes for a corporate thing with our company logo piped on top, is that doable for friday the 9th?", escalate: true },
      { message: "There was a hair in my knickerbocker glory this afternoon. Long dark one. Not impressed", escalate: true },
      { message: "I asked if the brownie had nuts in and the lad said no. Ate half and there were clearly walnuts in it. I'm allergic - took my antihistamine and I'm ok but that could have been really bad", escalate: true },
      { message: "was refused on friday because i had my 2 dogs with me, your sign literally says dogs welcome?? felt really humiliated in front of everyone in the queue", escalate: true },
      { message: "Mum's 70th is the weekend after next and she's mad about lemon meringue pie. Could you do an ice cream cake in that flavour with 'Happy 70th Jean' on it?", escalate: true },
      { message: "what time do you close on a Sunday in October?", escalate: false },
      { message: "do you have vegan options? my daughter's dairy free", escalate: false },
      { message: "Is the pistachio made with real pistachios? My son is allergic to tree nuts so I just want to know so I can steer him away from it", escalate: false },
      { message: "Can I book a table for 6 on Saturday at 3?", escalate: false },
      { message: "Do you have ice cream cakes I can just pick up today? It's my husband's birthday and I totally forgot to plan anything 🙈", escalate: false },
      { message: "Is it true I get a free scoop on my birthday? It's on the 14th", escalate: false },
      { message: "Ice cream was lovely as always but honestly the queue on Sunday was crazy, 40 minutes! Are there quieter times to come?", escalate: false },
      { message: "Can we bring our dog?", escalate: false },
      { message: "How much is a two scoop and do you take card?", escalate: false },
      { message: "Is the manager in at weekends? I'd like to drop my CV in for a summer job", escalate: false },
      { message: "The rum and raisin was a bit too sweet for me this time, is it the same recipe as last year?", escalate: false },
    ],
  },
];
