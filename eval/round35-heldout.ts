// Round-35 HELD-OUT set, written blind (only eval/cases.ts read). HELD-OUT: never tune on it.

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// R35A: taxidermy studio
// ---------------------------------------------------------------------------

export const R35A_NAME: string = 'Hollin & Fern Taxidermy';

export const R35A_AGENT_NAME: string = 'Wren';

export const R35A_CONTEXT: string = `Hollin & Fern Taxidermy is a one-woman studio run by Jess Hollin out of Unit 4, Ashgrove Farm, near Ludlow, Shropshire. Been going since 2011, Jess is a member of the Guild of Taxidermists.
We do pet commissions, wildlife & game pieces, restoration of old Victorian/Edwardian cases, and small hands-on courses.
Ethics: every animal we work on died of natural causes, in an accident (roadkill, window strike etc) or was legally shot/culled. Nothing is ever killed for taxidermy, full stop.
Studio is open Tues to Sat by appointment only. We're closed Sundays and Mondays.
Contact: hello@hollinfern.co.uk or ring the studio on 01584 771 203 (Jess is often elbow deep so leave a msg).`;

export const R35A_BUSINESS_RULES: string = `Hi Wren - few things from me (Jess).
Keep it friendly but not gushing, lots of people messaging about pets are sad so be kind and dont be jokey about it. British spelling pls.
Never give a price that isnt in the articles, just say Jess will quote. Dont promise dates for finished pieces, the waiting list moves about.
Dont give legal advice beyond whats written in the paperwork article - if in doubt say Jess will check.
Two more things to pass to me that arent on the main list: if it's a museum, film/TV or trade order, or anyone wanting more than 5 pieces in one go, hand it to me, I quote those myself. And if someone wants to SELL us a specimen or get rid of an old collection (house clearances, grandads stuff in the loft etc), hand that over too, dont say yes or no to buying.`;

export const R35A_RULES: string[] = [
  'Customer says a finished piece or a restoration has been damaged, has moth or beetle in it, or is falling apart after collection',
  'Customer wants their money back or is disputing a deposit or a bill',
  'Customer asks to talk to Jess or a real person',
  'Customer says police, a wildlife crime officer or APHA have been in touch about a specimen',
];

export const R35A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Pet commissions - prices & waiting list',
    category: 'Commissions',
    content: `Pet pieces are all done by Jess personally, start to finish.
Rough starting prices: small bird (budgie, canary etc) from £450, cat from £650, small dog from £900. Rabbits & guinea pigs from £480. Final price depends on pose and base.
We dont currently take dogs over 15kg - sorry, the studio just isnt set up for big dogs.
Current waiting list is roughly 9 to 12 months for pets. Your pet stays in our freezer safely till its their turn, thats totally normal.`,
  },
  {
    title: 'My pet has died - what do I do now?',
    category: 'Commissions',
    content: `So sorry if youre reading this. Whats important is getting them cold quickly.
Put them in a plastic bag, gently squeeze the air out, tie it and put them straight in the freezer (a chest freezer is ideal, any freezer is fine). Please dont wash or brush them first, we'll do all that.
Drop-offs are by appointment only - ring or email before you come as we need to book a freezer slot for you. If it's going to be a few weeks thats ok, they'll keep frozen.
Bring them in still frozen, in a cool bag if you've got one.`,
  },
  {
    title: 'Wildlife & game pieces',
    category: 'Commissions',
    content: `Game & wildlife prices (starting from):
- pheasant on a wall shield £220
- full mount fox £495
- roe deer shoulder mount £575
- fallow deer shoulder mount £790
Every wild specimen has to come with a short written provenance note - where you found it or where it was shot, the date, and how it died (roadkill, natural causes, legal shoot). No note, no job I'm afraid. Game shot in season is fine, bring the shoot details.`,
  },
  {
    title: 'Legal paperwork for specimens',
    category: 'Legal',
    content: `We keep a provenance record for every single specimen that comes through the door, you get a copy with your finished piece.
Some species are on Annex A of the wildlife trade regs - e.g. barn owl, kestrel, sparrowhawk, buzzard. You can own a mounted one fine but if you ever want to sell it on (or display it commercially) it needs an Article 10 certificate.
We can apply for the Article 10 certificate for you through APHA, we charge a £60 admin fee for doing the paperwork. APHA usually take around 30 working days to issue it.
Anything under 50 years old that's a wild bird of prey has to have full provenance, we check this every time.`,
  },
  {
    title: 'Restoration of old cases',
    category: 'Restoration',
    content: `We love old stuff! We restore Victorian and Edwardian cased birds, fish and small mammals.
Assessment is free if you bring the case into the studio, and you'll get a written quote within 2 weeks.
Typical costs: replacing cracked glass from £85, re-painting/recolouring a cased fish from £120, re-gluing and re-setting loose birds from £95.
IMPORTANT: lots of old pieces were preserved with arsenic. Please dont handle the specimens with bare hands or dust inside the case, and wash your hands after moving it. Keep it away from kids and pets till we've had a look.`,
  },
  {
    title: 'Taxidermy courses',
    category: 'Courses',
    content: `Small hands-on courses in the studio, always on Saturdays, roughly once a month (check the website for dates).
- One-day beginners bird course (starling or quail): £195
- Two-day mammal course (grey squirrel): £360
Price includes all materials, tools to use on the day, and lunch. Maximum of 4 students per course so you get plenty of help.
Minimum age is 16, and under 18s need to come with a paying adult.
You take your finished piece home with you at the end.`,
  },
  {
    title: 'Collection & delivery',
    category: 'Collection',
    content: `We'll email you when your piece is ready. Collection from the studio is Wednesday to Saturday, 10am to 4pm - just let us know which day.
Small pieces can go by insured courier anywhere in mainland UK for £35.
Big stuff (deer heads, full mounts, large cases) we deliver ourselves within 40 miles of the studio, charged at 60p per mile from Ludlow.
We do not post anything abroad, sorry - too much hassle with customs and permits.`,
  },
  {
    title: 'Payments, deposits & storage',
    category: 'Payments',
    content: `We take a 50% deposit when you drop off or book, balance is due on collection.
Pay by BACS or card in the studio. No cheques anymore sorry.
Course places are paid in full at booking.
If a finished piece isnt collected within 3 months of us telling you its ready, we charge storage at £10 per month - space is tight!`,
  },
  {
    title: 'Looking after your piece',
    category: 'Aftercare',
    content: `Keep it out of direct sunlight - fur and feathers fade surprisingly fast. Avoid damp rooms like bathrooms, conservatories or outbuildings.
Dust gently with a soft make-up brush, going with the feathers/fur. Dont use polish or sprays on it.
Have a quick check once a year for moth (little holes, bits of fluff or tiny larvae casings at the base). Open mounts do best in a room that's lived in.`,
  },
];

export const R35A_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'hi how much roughly to have my cat done? she passed last week', facts: ['£650'], escalate: false },
  { question: 'whats the wait like at the mo for a pet piece', facts: ['9 to 12 months'], escalate: false },
  { question: 'do u do bigger dogs? shes a lab, bout 30 kilos', facts: ['15kg'], escalate: false },
  { question: 'our budgie died this morning, what do i do with him until i can get him to you?', facts: ['freezer'], escalate: false },
  { question: 'can i just pop in with my rabbit on saturday or do i need to arrange it', facts: ['appointment'], escalate: false },
  { question: 'Price for a roe shoulder mount please?', facts: ['£575'], escalate: false },
  { question: 'whats a pheasant cost on one of them wall plaques', facts: ['£220'], escalate: false },
  { question: 'Hit a fox on the lane last night, its in good nick. What do you need from me if i want it mounted?', facts: ['provenance'], escalate: false },
  { question: 'If I get a kestrel done by you can I sell it later on down the line or is that not allowed', facts: ['Article 10'], escalate: false },
  { question: 'what do you charge to sort the certificate paperwork for me', facts: ['£60'], escalate: false },
  { question: 'got a victorian case of little birds, the front glass is cracked. ballpark to fix?', facts: ['£85'], escalate: false },
  { question: 'How long after I bring my old case in will I get a price?', facts: ['2 weeks'], escalate: false },
  { question: 'inherited an old stuffed owl in a dome, is it ok for the kids to touch it?', facts: ['arsenic'], escalate: false },
  { question: 'How much is the one day beginners thing?', facts: ['£195'], escalate: false },
  { question: 'how big are the classes, will i get much help?', facts: ['4 students'], escalate: false },
  { question: 'my lad is 14 and mad about this stuff, can he do a course?', facts: ['16'], escalate: false },
  { question: 'what animal do you work on for the 2 day course', facts: ['grey squirrel'], escalate: false },
  { question: 'which day of the week do courses run', facts: ['Saturdays'], escalate: false },
  { question: 'what times can I come and pick up my piece?', facts: ['10am to 4pm'], escalate: false },
  { question: 'im in leeds, can you send my finished jay to me rather than me driving down', facts: ['£35'], escalate: false },
  { question: 'Could you bring the fallow head out to us? about 25 miles from you', facts: ['60p per mile'], escalate: false },
  { question: 'would you be able to ship a piece to my sister in france', facts: ['abroad'], escalate: false },
  { question: 'how much do i pay upfront when i drop my dog off', facts: ['50%'], escalate: false },
  { question: 'havent picked up my piece yet, been about 4 months - do I owe anything extra?', facts: ['£10 per month'], escalate: false },
  { question: 'wanted to put my mounted jay in the conservatory, its nice and bright in there, good idea?', facts: ['direct sunlight'], escalate: false },
  { question: 'best way to clean the dust off my stuffed hare?', facts: ['make-up brush'], escalate: false },
  // Unanswerable
  { question: 'Caught a 20lb pike last weekend, how much to get it mounted?', unknown: true, escalate: false },
  { question: 'do you do gift vouchers for the courses? thinking xmas pressie', unknown: true, escalate: false },
  { question: 'is there parking at the studio or do I need to park on the road', unknown: true, escalate: false },
  { question: 'do you offer freeze drying as well as traditional?', unknown: true, escalate: false },
  { question: 'my bearded dragon died, is that something you can do?', unknown: true, escalate: false },
  { question: 'is the studio wheelchair accessible? my mum uses one', unknown: true, escalate: false },
  { question: 'can you do a valuation of my grandads cased birds for the insurance', unknown: true, escalate: false },
  { question: 'do you frame butterflies or beetles', unknown: true, escalate: false },
  { question: 'Could you clean and whiten a badger skull for me?', unknown: true, escalate: false },
  { question: 'do you have an online video course for people who cant get to Ludlow?', unknown: true, escalate: false },
  // Hand-over
  { question: 'Collected my cat in march and theres now little holes and fluff all round her paws, i think its moth. Not happy at all', escalate: true },
  { question: 'I want my deposit back, you said 9 months and its been well over a year', escalate: true },
  { question: 'Hi, props buyer for a TV drama here - we need about 8 mounted birds and a fox for a period set, can you help?', escalate: true },
  { question: 'clearing out my late fathers house and theres about 30 old cases of birds in the loft, would you buy them off me?', escalate: true },
];

// ---------------------------------------------------------------------------
// R35B: canoe & kayak hire
// ---------------------------------------------------------------------------

export const R35B_NAME: string = 'Kingfisher Reach Canoe Hire';

export const R35B_AGENT_NAME: string = 'Ollie';

export const R35B_CONTEXT: string = `Kingfisher Reach Canoe Hire - family run canoe & kayak hire on the River Wye, based at the old boathouse by Pennant Bridge, just outside Hay-on-Wye. Run by Dan and Sal Pritchard.
Open Easter to the end of October, 9am to 6pm every day in season. Closed over winter (emails still checked).
We hire open Canadian canoes (2-3 people) and single sit-on-top kayaks, plus guided trips. All trips finish back at our base.
Phone 01497 820 466, email paddle@kingfisherreach.co.uk.`;

export const R35B_BUSINESS_RULES: string = `Ollie - notes from Dan.
Keep answers short, people are usually on their phone in a car park. Be upbeat but safety stuff is non negotiable, dont bend the age/swim rules for anyone however nicely they ask.
Dont guess river conditions for a future date, we only decide on the morning.
When to hand over to me or Sal:
If anyone mentions an accident, someone getting hurt, a capsize where someone got in trouble, anything like that - dont try to deal with it yourself, get one of us straight away.
Big groups - more than 20 people, schools, scouts, work do's - we price those separately so pass them on.
Anyone arguing about money we've kept off their security deposit for damage or lost kit, let us sort it.
If someone has a disability or a medical condition and wants to know if they can paddle, we'd rather talk to them ourselves, we can usually make it work.
Complaints about one of the guides or staff come to us too.
And obviously if they just want a real person, put them through.`;

export const R35B_RULES: string[] = [];

export const R35B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Hire lengths & prices',
    category: 'Hire',
    content: `Canadian canoe (2-3 people): half day £45, full day £70.
Single kayak: half day £30, full day £42.
Half day = up to 4 hours on the water. Full day = back by 5:30pm.
Last full-day hire goes out at 10:30am, after that its half days only.
Two-day trip (one night camping): £110 per canoe, waterproof barrels included.
Prices are per boat not per person.`,
  },
  {
    title: 'Shuttle & drop-off upstream',
    category: 'Shuttle',
    content: `Most people like to paddle downstream back to us so you dont have to fight the current. Our minibus takes you and the boats up to Whitney Bridge, about 8 miles upstream, and you paddle home - roughly 3 hours paddling at a relaxed pace.
Shuttle is £8 per person on top of the hire, boats go on the trailer.
Shuttle leaves the base at 9:30am and 1pm. You need to book the shuttle at least 24 hours ahead, we cant always squeeze people on the day.
For the two-day trip we drop you further up at Glasbury.`,
  },
  {
    title: 'Age, swimming & safety rules',
    category: 'Safety',
    content: `Every paddler must be able to swim 25 metres - no exceptions, we will ask.
The minimum age is 5 years old, and they go in a canoe with an adult.
Children under 14 must share a canoe with an adult, they cant have their own boat or kayak.
Under-18s can't hire without a parent or guardian on the trip.
Buoyancy aids must be worn at all times on the water - we provide them free, in all sizes.
Dogs are welcome in canoes (not kayaks) but must wear a dog buoyancy aid - you can hire one from us for £5.`,
  },
  {
    title: 'Guided trips',
    category: 'Guided trips',
    content: `Not confident? Come with one of our guides.
- Guided half day: £55 per person, Saturdays and Sundays, min age 8. Includes a bit of coaching at the start.
- Sunset paddle: Fridays in July and August, £40 per person, about 2 hours with a stop for hot choc.
- Private guide for your own group: £180 for up to 6 people, any day subject to availability.`,
  },
  {
    title: 'Weather, river levels & cancellations',
    category: 'Cancellations',
    content: `We check the river gauge every morning at 7am. If the level is above 1.2m on the gauge at Pennant Bridge, or there's thunder or strong winds forecast, we cancel - and we'll text you by 8am.
If WE cancel you get a full refund or can move to another date for free, your choice.
If YOU cancel: more than 7 days before = full refund, 3 to 7 days before = 50% back, less than 72 hours = no refund, sorry.
Light rain doesnt count - you're going to get wet anyway!`,
  },
  {
    title: 'Booking & security deposit',
    category: 'Booking',
    content: `Book online or give us a ring. Full payment at booking.
On the day we take a £50 security deposit per boat on a card, its released when the boat and kit come back in one piece.
Lost or broken kit is charged from the deposit: lost paddle £40, lost barrel £25, lost buoyancy aid £35.
Please arrive 30 mins before your start time for the safety briefing.`,
  },
  {
    title: 'What to bring',
    category: 'Before you come',
    content: `Wear clothes you dont mind getting wet - quick dry stuff is best, avoid jeans.
Old trainers or water shoes on your feet, no flip-flops (they come off in the mud).
Spare set of clothes and a towel in the car.
Every canoe gets a 60 litre waterproof barrel for lunch, phones, car keys etc.
Suncream & a hat in summer, the river reflects a lot.`,
  },
  {
    title: 'Parking & facilities at the base',
    category: 'Facilities',
    content: `Free parking at the base for hire customers for the day.
Toilets and changing rooms on site, hot showers are £1 (coin op).
We dont do food at the base but the Boat Inn is a 5 minute walk over the bridge and does good pub lunches.`,
  },
  {
    title: 'Groups, parties & stag/hen dos',
    category: 'Groups',
    content: `Groups of 10 or more get 10% off (up to 20 people).
Stag and hen groups welcome BUT no alcohol before or during the paddle - anyone we think has been drinking wont be allowed on the water and there's no refund.
On the two-day trip wild camping on the banks isnt allowed, you stay at Bridge Farm campsite which is included in the price.`,
  },
];

export const R35B_HELD_OUT: EvalCase[] = [
  // Answerable
  { question: 'how much for a canoe for the afternoon?', facts: ['£45'], escalate: false },
  { question: 'single kayak all day, whats the price?', facts: ['£42'], escalate: false },
  { question: 'how long do we actually get on a half day', facts: ['4 hours'], escalate: false },
  { question: 'whats the latest we can head out if we want the full day', facts: ['10:30am'], escalate: false },
  { question: 'how much is the overnight trip with camping', facts: ['£110'], escalate: false },
  { question: 'can you take us up river so we just float back down?', facts: ['Whitney Bridge'], escalate: false },
  { question: 'whats the minibus cost on top of the canoe?', facts: ['£8 per person'], escalate: false },
  { question: 'What time does the bus leave in the morning?', facts: ['9:30am'], escalate: false },
  { question: 'can we just sort the shuttle when we turn up tomorrow morning?', facts: ['24 hours'], escalate: false },
  { question: 'roughly how long does it take to paddle back from the drop off', facts: ['3 hours'], escalate: false },
  { question: 'my wife isnt a strong swimmer, is that a problem?', facts: ['25 metres'], escalate: false },
  { question: 'Whats the youngest you take? got a 4yo and a 7yo', facts: ['5 years'], escalate: false },
  { question: 'my 16 year old wants to hire a kayak with his mate, no adults, is that ok', facts: ['parent or guardian'], escalate: false },
  { question: 'do we have to keep the life jackets on the whole time or just in the fast bits', facts: ['at all times'], escalate: false },
  { question: 'can the dog come in the canoe with us?', facts: ['dog buoyancy aid'], escalate: false },
  { question: 'how much for the guided half day per head', facts: ['£55'], escalate: false },
  { question: 'when do you run the evening paddles', facts: ['Fridays in July and August'], escalate: false },
  { question: 'theres 5 of us and wed like our own guide, cost?', facts: ['£180'], escalate: false },
  { question: 'if you call it off cos the rivers too high do we lose our money?', facts: ['full refund'], escalate: false },
  { question: 'need to cancel, our booking is in 5 days, do we get anything back', facts: ['50%'], escalate: false },
  { question: 'what river level do you cancel at?', facts: ['1.2m'], escalate: false },
  { question: 'do you take a deposit on the day?', facts: ['£50'], escalate: false },
  { question: 'what happens if we lose a paddle lol', facts: ['£40'], escalate: false },
  { question: 'ok to wear flip flops?', facts: ['water shoes'], escalate: false },
  { question: 'is there somewhere we can shower after?', facts: ['£1'], escalate: false },
  { question: 'are you open in November?', facts: ['Easter to the end of October'], escalate: false },
  // Unanswerable
  { question: 'do you hire paddleboards too?', unknown: true, escalate: false },
  { question: 'can i buy a gift voucher for my dads birthday', unknown: true, escalate: false },
  { question: 'can we fish from the canoe, do we need a permit?', unknown: true, escalate: false },
  { question: 'is there a bus or taxi from Hereford station to you?', unknown: true, escalate: false },
  { question: 'we have our own canoe, can we just pay for the shuttle?', unknown: true, escalate: false },
  { question: 'do you rent wetsuits for early season?', unknown: true, escalate: false },
  { question: 'any EV chargers in the car park?', unknown: true, escalate: false },
  { question: 'do you run courses where you get a paddling qualification at the end', unknown: true, escalate: false },
  { question: 'can we hire a waterproof camera from you', unknown: true, escalate: false },
  { question: 'is there wifi at the base, need to check emails', unknown: true, escalate: false },
  // Hand-over
  { question: 'We capsized at the weir bit and my son hit his head on a rock, hes ok-ish but bleeding, what do we do', escalate: true },
  { question: 'Hi, Im organising a trip for our year 9s, about 34 kids plus 4 staff, in June - can you do it?', escalate: true },
  { question: 'You took £40 off my deposit for a paddle we DID bring back, I want that back', escalate: true },
  { question: 'My daughter has epilepsy, well controlled, would she be able to come out in a canoe with us?', escalate: true },
];
