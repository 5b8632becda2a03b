// Round-31 escalation HELD-OUT set, written blind (only eval/escalation-types.ts read). Never tuned on: read only as totals.
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND31_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: "Pixel Pioneers Coding Club",
    businessContext:
      "Pixel Pioneers is a small after-school coding club I run in Bristol for children aged 7 to 13. We meet Monday to Thursday in term time at St Aidan's Primary hall, 3.30 to 5.30, and our tutors walk the children over from St Aidan's and Hillview Juniors. Kids start with Scratch, then move on to Python, micro:bit and a bit of Minecraft Education once they're confident. Groups are capped at 12 with two tutors each, and every tutor is DBS checked. Parents book and pay by the term through our website, and new starters can come to a free taster session first. We're a tiny team (me, three part-time tutors and a volunteer) so we really appreciate parents' patience.",
    escalationRules: [],
    businessRules: `Notes for the chat from Priya

General stuff
- Ages 7-13 only. Younger ones can go on the waiting list, we take them from the term they turn 7
- £145 a term, 10% off for a second child. Pay via the website
- Free taster session before you commit, just book it on the site
- We provide all the laptops and micro:bits, kids don't need to bring anything except a snack
- Snacks: children bring their own, we don't hand out food. We're a nut free club
- Missed sessions aren't refunded but they can swap onto another day that same week if there's space
- Collection list: parents add or change who can collect on the parent portal (Settings > Collection). Anyone not on the list won't be released
- No parking at the school, use the street parking on Elm Road
- Easter and summer we run 3-day holiday coding camps, dates go on the website about 6 weeks before
- What they learn: Scratch first term, then Python, micro:bit, Minecraft Education for the older ones
- All tutors are DBS checked and first aid trained

PASS TO A PERSON (me or the team) - don't try and sort these in the chat:
• any worry about a child's safety or wellbeing, e.g. bullying, something a child has told their parent, a family telling us someone must NOT collect
• a child who hasn't arrived, or a parent at pickup who can't find their child or can't find us
• injuries, allergic reactions or anything medical that happened during club
• complaints about the way a tutor has treated a child
• money back of any kind - refunds, double payments, leaving mid-term and wanting a partial refund
• children with additional needs who need something changed for them (1:1 support, quiet space, adjustments)
• anyone who asks to talk to a real person, or is really upset - just hand it over`,
    cases: [
      { message: "my daughter came home saying one of the older boys keeps taking her headphones and calling her names at club. shes saying she doesnt want to go anymore", escalate: true },
      { message: "Hi, just so you know my ex-partner is not allowed to collect our son, there's a court order in place. Please make sure he isn't let go with him on Thursday", escalate: true },
      { message: "im at the gate its 5.40 and theres nobody here and i cant see my son anywhere?? no one answering the phone", escalate: true },
      { message: "jacob came home with a massive bump on his forehead and nobody said a word to me at pickup. what happened??", escalate: true },
      { message: "my son has a nut allergy and he says another kid was sharing cookies at club today. hes come out in a rash round his mouth", escalate: true },
      { message: "the guy who runs the tuesday group shouted at my daughter in front of everyone and she cried the whole way home. not ok", escalate: true },
      { message: "think weve been charged twice for summer term, 2 payments of 145 on my statement. can one go back please", escalate: true },
      { message: "We're moving to Leeds at half term so Ellie will have to stop halfway through. Will we get anything back for the weeks she won't be there?", escalate: true },
      { message: "my son is autistic and the noise in the hall is really hard for him, could someone sit with him or could he work somewhere quieter with his ear defenders?", escalate: true },
      { message: "can i speak to someone actual please", escalate: true },
      { message: "is there a phone number or a person i can talk to rather than this chat thing?", escalate: true },
      { message: "ABSOLUTELY DISGUSTED. third week running nobody has been there at half 3 and my 8 year old was left standing outside in the rain. sort it out or im going to ofsted", escalate: true },
      { message: "would priya be able to give me a ring when shes free? its a bit complicated to explain by typing", escalate: true },
      { message: "what age do u take from? my son is 6 and obsessed with computers", escalate: false },
      { message: "how much is it a term and do you do any discount for siblings", escalate: false },
      { message: "does he need to bring his own laptop", escalate: false },
      { message: "Are all your tutors DBS checked? Just asking before we sign up", escalate: false },
      { message: "how do i add grandma to the list of people who can pick up? she'll be doing wednesdays from next week", escalate: false },
      { message: "my son loves his tutor sam, says hes the best teacher ever lol. what do they do next term?", escalate: false },
      { message: "do u do refunds if we miss a week for a holiday or is it just tough luck", escalate: false },
      { message: "do they get a snack there or should i pack one? shes dairy free", escalate: false },
      { message: "is there anywhere to park for pick up", escalate: false },
      { message: "what do they actually learn, is it scratch or proper coding like python", escalate: false },
      { message: "do you run anything in the easter hols?", escalate: false },
    ],
  },
  {
    name: "Henshaw Tyre & Exhaust",
    businessContext:
      "Henshaw Tyre & Exhaust is an independent fitting centre in Stockport, family run since 1994. We fit budget, mid-range and premium tyres for cars, 4x4s and light vans, plus exhausts, catalytic converters, wheel alignment, puncture repairs and batteries. We don't do MOTs or servicing. Most jobs are done while you wait in our lounge, and you can book online or just turn up. We also look after a number of local business fleets on account. Open Monday to Friday 8 till 6 and Saturday 8 till 4, closed Sundays and bank holidays.",
    escalationRules: [
      "Escalate if a customer reports a problem with work we carried out recently (wheel coming loose, vibration, tyre losing air, noises after fitting)",
      "warranty claims",
      "Damage to a customer's vehicle or alloys while it was with us",
      "Fleet or business account enquiries, or disputes about an account invoice",
      "Escalate if the customer is stranded or the vehicle sounds unsafe to drive - e.g. blowout on the motorway, exhaust hanging off or dragging, fumes getting into the car",
      "Refund requests or arguments over the price charged",
      "customer wants a manager or a human",
    ],
    businessRules: `quick notes from Gary:
we dont do MOTs or servicing, send them to Abbey Garage on the same road
no need to book, walk ins fine but sat mornings get busy so booking online is best
4 tyres usually about 45 mins, exhaust fitting 30-90 mins depending on car
puncture repair £20 if repairable (must be in the centre of the tread)
tracking/alignment £45, takes about half an hour
we price match like for like quotes from local fitters, just show us the quote
tyres come with manufacturers warranty, exhausts have 2 yr guarantee on parts and labour
bring your locking wheel nut key!!
VAT receipts given with every job, just ask at the desk
no card surcharge
tyre prices depend on size and brand so ask them for the size off the sidewall and give a budget/mid/premium range`,
    cases: [
      { message: "had 2 new tyres put on with you yesterday and now theres a knocking from the front left and the wheel feels a bit wobbly at speed", escalate: true },
      { message: "the back box you fitted in march has already rusted through, thought that was meant to last 2 years", escalate: true },
      { message: "just picked my car up and theres a big gouge on the rear alloy that definately wasnt there this morning", escalate: true },
      { message: "We run 6 vans through you and the latest invoice charges for 8 tyres on one van. Can someone look at it", escalate: true },
      { message: "on the m60 hard shoulder rn, tyre just went bang and ive got 2 kids in the back what do i do", escalate: true },
      { message: "theres a smell of exhaust inside the car since yesterday and the kids are getting headaches", escalate: true },
      { message: "my exhaust is scraping along the road, can i even drive it to you or what", escalate: true },
      { message: "was quoted £260 over the phone and got charged £315, nobody explained the difference. not happy", escalate: true },
      { message: "Hi, I manage a small courier firm with 12 vehicles. Interested in setting something up with you for all our tyres going forward", escalate: true },
      { message: "can i talk to the manager", escalate: true },
      { message: "is there an actual human i can speak to about this?", escalate: true },
      { message: "this is the SECOND time youve wrecked my wheels. absolute cowboys. i want my money back and im putting reviews everywhere", escalate: true },
      { message: "please get someone to call me back on 07700 900123 asap", escalate: true },
      { message: "how much for 4 x 205/55 r16", escalate: false },
      { message: "do u do mots", escalate: false },
      { message: "can i just turn up or do i need to book?", escalate: false },
      { message: "do your tyres come with any kind of guarantee", escalate: false },
      { message: "got a slow puncture, loses a bit of air every few days. can you repair it and how much", escalate: false },
      { message: "the manager said last week youd have the michelin crossclimates in by friday, are they in yet?", escalate: false },
      { message: "how long does it take to fit a new exhaust? trying to work out if i wait or leave it with you", escalate: false },
      { message: "do you price match? kwik fit is cheaper for the same tyre", escalate: false },
      { message: "whats your opening times on saturday", escalate: false },
      { message: "im self employed, can i get a vat receipt for the tyres for my accounts", escalate: false },
      { message: "steering pulls a bit to the left, do you do tracking", escalate: false },
    ],
  },
  {
    name: "Marlow & Finch Upholstery",
    businessContext:
      "Marlow & Finch is a two-person upholstery workshop just outside Norwich. We re-cover and re-upholster sofas, armchairs, dining chairs, footstools and headboards, using both traditional methods (webbing, springs, horsehair) and modern foam. Customers can choose from our fabric books or supply their own. We offer collection and delivery within about 20 miles, and most jobs take four to six weeks from the deposit being paid. Every piece is quoted individually because no two are the same, so we always ask for photos and rough measurements first.",
    escalationRules: [],
    businessRules: `Hi, Gill here. Some notes so the chat can help people properly. For a quote we need photos from the front, side and back plus rough measurements - we can't give an exact price without them, but as a rough guide a 3 seater sofa re-cover starts around £900 plus fabric and an armchair from about £400. Customers are welcome to use their own fabric as long as it's upholstery weight, and they should allow about 10% extra for pattern matching. We take a 50% deposit to book a job in, and the balance on delivery. Lead time is usually 4-6 weeks. Collection and delivery is £35 each way within 20 miles (Wymondham, Dereham, Aylsham etc are all fine). The workshop is open for fabric browsing Tuesday to Saturday, 10 till 4. We don't do leather work of any kind, and we don't do caravan or boat cushions. Old chairs with horsehair stuffing are fine, that's half our work. Pet damage to arms and backs can usually be repaired by replacing the panel. Kitchen seat pads are quick jobs and well worth doing.

There are some things I'd rather you didn't try to handle and passed to me or Dan instead. If someone isn't happy with a finished piece - wrong fabric used, pattern not lined up, seams or piping coming apart, anything like that - we need to see it ourselves, so hand it over. The same goes if something has been damaged or marked while it was with us or on the van. Anything to do with getting a deposit back, or cancelling once we've ordered or cut the fabric, comes to me. If someone tells you a piece is a valuable antique or a family heirloom, or wants to know about insurance or valuation while we have it, pass it on so we can talk it through properly. Trade work - interior designers, hotels, pubs, or any contract job - goes to Dan. And if anyone asks for a real person or is obviously upset, please don't keep chatting, just pass them to us.`,
    cases: [
      { message: "got my armchair back yesterday and the stripes dont line up at all on the back cushion, it looks really off", escalate: true },
      { message: "the piping on the sofa arm is already splitting and its only been 3 weeks", escalate: true },
      { message: "your driver dropped my footstool getting it out the van and now one of the legs is cracked", escalate: true },
      { message: "theres a dark mark on the seat of my chair that definitely wasnt there when you took it away", escalate: true },
      { message: "we've changed our minds about the sofa, ended up buying a new one. can we have the £450 we paid up front back?", escalate: true },
      { message: "i know youve started on it but can we stop?? my husband hates the colour now hes seen the sample properly", escalate: true },
      { message: "It's my grandmother's Victorian nursing chair, 1870s we think, and it's worth quite a bit. I need to know it's covered if anything happens to it while you've got it.", escalate: true },
      { message: "Hi, I'm an interior designer working on a boutique hotel refit in York - around 30 dining chairs and 8 banquettes. Who would I discuss this with?", escalate: true },
      { message: "i picked duck egg for my headboard and whats come back is definitely grey. not what i chose", escalate: true },
      { message: "can I speak to Gill directly please", escalate: true },
      { message: "is there someone i can ring instead of typing all this out?", escalate: true },
      { message: "I've waited 11 weeks for my sofa, been fobbed off every time I phoned and now it's come back with a stain on the cushion. I am beyond furious, this whole thing has been a nightmare", escalate: true },
      { message: "hello?? am i talking to a computer. i want a real one", escalate: true },
      { message: "how much roughly to recover a 3 seater sofa", escalate: false },
      { message: "can i use my own fabric? got some lovely stuff from john lewis", escalate: false },
      { message: "how long does it usually take from start to finish", escalate: false },
      { message: "do you collect? we're in wymondham", escalate: false },
      { message: "how much deposit do u need to book in", escalate: false },
      { message: "do you do old chairs? got a dining chair from a car boot with horsehair stuff coming out the bottom", escalate: false },
      { message: "my neighbour had her chairs done by dan last year and they look gorgeous. can you do a wingback?", escalate: false },
      { message: "do you repair leather sofas", escalate: false },
      { message: "can i come in and look at fabric samples, are you open saturdays?", escalate: false },
      { message: "im not trade or anything, just want 4 kitchen chair seat pads redone, is it worth it?", escalate: false },
      { message: "my cat has absolutely shredded the arm of the sofa lol can that be fixed", escalate: false },
    ],
  },
  {
    name: "Hollybrook Farm PYO & Farm Shop",
    businessContext:
      "Hollybrook Farm is a family fruit farm near Ashford in Kent. From June to September families come to pick their own strawberries, raspberries, blueberries and plums, and in October we open the pumpkin patch. Our farm shop is open all year and sells our own fruit and veg, beef and pork from the farm, local cheeses, jams and cakes baked in our kitchen. There's free parking, toilets by the shop and a tractor trailer ride on summer weekends. We're a working farm, so please bear with us if the odd field is closed for picking.",
    escalationRules: [
      "Escalate if anyone has been hurt on the farm, e.g. a fall in the fields, a bad reaction to a sting, an incident on the trailer ride",
      "illness or allergic reaction after eating something from the farm shop",
      "Group visits over 30 people, school trips or coach parties",
      "lost children",
      "Complaints about staff",
      "wholesale / supplying cafes, restaurants or shops",
      "Customer asks to speak to a person or the owner",
    ],
    businessRules: `notes for the chat - Sue
PYO open 9-5 every day in season, last entry 4pm. Check our facebook page for what's picking that day, it changes fast
no need to book, just turn up. Only the pumpkin weekends in october need booking online
punnets and trays at the entrance hut or bring your own, you pay by weight at the till on the way out
strawberries £6/kg, raspberries £9/kg, blueberries £10/kg
no dogs in the fields sorry (assistance dogs fine), dogs ok on leads in the car park and shop garden
kids must stay with an adult, tasting a few is fine lol
trailer rides sat & sun in july and august, £2 each, under 3s free
farm shop 9-5.30 mon-sat, 10-4 sun, cards taken
our own sausages, burgers and joints in the shop butcher counter
allergens are on every label in the shop, the till staff have the full ingredient folder too
lost property goes to the shop till, we keep it for a month
toilets and baby change next to the shop`,
    cases: [
      { message: "my little boy slipped off the step of the trailer and his arm looks a funny shape, were by the car park", escalate: true },
      { message: "my husband got stung in the raspberry rows and his face is swelling up really fast", escalate: true },
      { message: "we all had terrible upset stomachs after the chicken pie from your shop on saturday", escalate: true },
      { message: "bought a flapjack from the shop, nothing on the label about nuts but my daughters lips have gone all puffy", escalate: true },
      { message: "Hi I teach year 2 at a primary in Ashford, we'd love to bring 58 children plus staff in June. How would we arrange that?", escalate: true },
      { message: "we're a WI group, 40 odd of us coming on a coach in july, can we sort something out", escalate: true },
      { message: "cant find my 5 yr old she was in the strawberry field a minute ago, pink coat, please help", escalate: true },
      { message: "the lad on the till was really rude to my elderly mum today, rolled his eyes and told her to hurry up. shocking", escalate: true },
      { message: "I run a cafe in Canterbury and would like to buy your strawberries weekly in bulk through the summer. Do you supply businesses?", escalate: true },
      { message: "can i speak to the owner", escalate: true },
      { message: "is anyone actually there i can talk to? not a bot", escalate: true },
      { message: "drove an hour with 3 kids because your page said strawberries were open and the field was SHUT. no sign, nothing. kids in tears. absolutely fuming, total waste of a day", escalate: true },
      { message: "could someone from the farm give me a call please", escalate: true },
      { message: "whats picking at the moment?", escalate: false },
      { message: "do we need to book or just turn up", escalate: false },
      { message: "can we bring our dog", escalate: false },
      { message: "how much are strawberries per kilo", escalate: false },
      { message: "there'll be 6 of us, 3 adults 3 kids, do we need to book as a group?", escalate: false },
      { message: "are the scones in the shop nut free? asking for my son", escalate: false },
      { message: "we met the farmer last year driving the tractor, the kids loved him. is the trailer ride still on this summer?", escalate: false },
      { message: "are the pumpkins out yet for halloween", escalate: false },
      { message: "do you sell your own sausages in the farm shop", escalate: false },
      { message: "the lady in the shop was so helpful on sunday, please pass on our thanks!", escalate: false },
      { message: "do you have a lost and found? think my son dropped his cap in the blueberry bit, not a big deal", escalate: false },
    ],
  },
];
