import type { EvalCase } from './cases.ts';

/**
 * Round-40 HELD-OUT set, written blind at the start of the round (only eval/cases.ts read). Never tune on it.
 */

// ---------------------------------------------------------------------------
// R40A: stonemason's yard
// ---------------------------------------------------------------------------

export const R40A_NAME = 'Halloran & Webb Stonemasons';
export const R40A_AGENT_NAME = 'Meg';

export const R40A_CONTEXT = `Halloran & Webb Stonemasons is a family-run stonemason's yard at Unit 3, Tanyard Lane, Chipping Sodbury, Bristol BS37 6AH.
Office and yard hours: Monday to Friday 8am to 5pm, Saturday 9am to 12 noon (showroom only). Closed on Sundays.
Phone: 01454 338 210. Email: office@halloranwebb.co.uk
What we do:
- Headstones and memorials for churchyards and cemeteries across South Gloucestershire, Bristol and Bath
- Additional inscriptions on existing memorials
- Memorial cleaning, relevelling and restoration
- House stonework: window sills, lintels, mullions, copings, steps and lime repointing
- Bespoke stone fireplaces and hearths
- Hand-cut and machine-cut lettering
We work mainly in Cotswold limestone, Forest of Dean sandstone, Welsh slate and granite.
The team: Rob Halloran (master mason, site work and house stonework), Janet Webb (memorials and the office) and Dan (letter cutter).
We cover jobs within about 30 miles of the yard.`;

export const R40A_BUSINESS_RULES = `Notes from Janet for Meg.

Most people who get in touch about a headstone have lost someone recently. Please be gentle, don't rush them and don't push a package on them.
Never give a final price for a memorial. Give the "from" prices in the articles and say we'll confirm everything in a written quote.
If someone is writing about a memorial for a baby or a young child, or they come across as really struggling to cope, don't try to deal with it yourself. Tell them I'll ring them personally and pass it over to me.
Don't promise fixing dates. The cemeteries and the diocese take their time over permits and we can't hurry them.
For house work, people often send a photo and ask if a wall or a chimney is safe. Rob won't have anybody giving structural advice by email, so if a customer is worried that something is cracking, shifting or might come down, hand it straight to Rob instead of answering.
Prices in the articles include VAT unless it says otherwise.
If someone asks about a stone we don't normally use, say Rob will check whether he can get hold of it.
Don't comment on other masons' work or prices, even if the customer does.
Keep replies short and plain. No jargon unless you explain it.
For fireplaces and house stonework, give the lead times from the articles but say Rob will confirm once he's measured up.
If a funeral director gets in touch on a family's behalf, help them exactly as you would the family.
Sign off as Meg from Halloran & Webb.`;

export const R40A_RULES: string[] = [
  'Customer says our fitters damaged another grave, memorial or their property',
  'Wording change requested after the proof has been signed',
  'Complaint about a mistake in lettering we have cut',
  'A cemetery or churchyard has refused the permit',
];

export const R40A_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Headstone and memorial prices',
    category: 'Memorials',
    content: `Our lawn headstone packages start from £1,450 for a Cotswold limestone headstone 2ft 6in tall, including fixing and an inscription of up to 80 letters.
Polished granite lawn headstones start from £1,750.
Traditional churchyard headstones with a separate base start from £1,950.
Kerbed memorials (a full stone surround to the grave) start from £3,400.
Cremation plaques and tablets start from £475.
Extra letters beyond the included 80 are £3.20 each for machine-cut lettering or £6.50 each for hand-cut lettering.
Gilding in gold or silver leaf adds £2.80 per letter.
All prices include VAT and fixing within 30 miles of the yard. These are starting prices; we always confirm the final price in a written quote.`,
  },
  {
    title: 'How ordering a memorial works',
    category: 'Memorials',
    content: `1. We send you a written quote, free of charge.
2. When you're happy, we take a 50% deposit and draw up a proof showing the layout and lettering.
3. You check and sign the proof. Please check every name, date and spelling carefully.
4. We apply to the cemetery or churchyard for a permit on your behalf. The permit fee is charged by the cemetery or parish, not by us, and is usually between £90 and £300.
5. Once the permit is granted we make the memorial. The usual time from signed proof to fixing is 10 to 14 weeks.
6. We send you a photo of the finished memorial on the day it is fixed. The balance is due within 14 days of fixing.`,
  },
  {
    title: 'Churchyard and cemetery rules',
    category: 'Memorials',
    content: `Most cemeteries ask you to wait at least 6 months after a burial before a headstone is fixed, so the ground can settle. A few councils ask for 12 months.
Church of England churchyards follow the diocese's churchyard regulations. In most of them, polished black granite, photographs on the stone and kerb sets are not allowed without a faculty (special permission from the diocese), which can take 3 to 6 months to come through.
Lawn cemeteries usually limit headstones to 3ft tall and don't allow kerbs.
We know the rules for most burial grounds in our area and will tell you what is allowed before you choose a design.`,
  },
  {
    title: 'Adding an inscription to an existing memorial',
    category: 'Memorials',
    content: `When a second name is added to a headstone we normally take the stone back to the yard so the lettering can be cut properly. Removing and refixing costs £220, plus the lettering at £3.20 per letter machine-cut or £6.50 per letter hand-cut.
A new permit is usually needed, and the stone will be away from the grave for 4 to 6 weeks.
For some upright stones we can cut the new inscription in the cemetery for a flat fee of £150 plus lettering, but only hand-cut lettering can be done on site.
We match the original lettering style as closely as we can. Older stones may need cleaning first so the new letters don't stand out.`,
  },
  {
    title: 'Memorial cleaning and restoration',
    category: 'Restoration',
    content: `Cleaning a headstone costs from £120. We use a low-pressure steam clean and never use acid or bleach, which damage the stone.
Relevelling a leaning or sunken headstone costs from £180.
Repainting or regilding worn lettering is £2.40 per letter.
Repairs to broken or vandalised memorials are quoted once we've seen them.
Historic or listed churchyard monuments are restored with lime mortar and matching stone. This needs permission from the church before we start, which we can help you apply for.`,
  },
  {
    title: 'House stonework',
    category: 'Building stonework',
    content: `We make and fit replacement window sills, lintels, mullions, door surrounds, copings, steps and quoins in natural stone, matched to your existing stone.
Replacement Cotswold limestone window sills start from £240 each supplied only, or from £395 each fitted.
Lime repointing is £85 per square metre. We never repoint old stone with cement mortar, because it traps damp in the wall and makes the stone crumble.
Garden steps and paving are priced per job.
The minimum charge for any building work on site is £350.
House stonework is usually ready 3 to 5 weeks after you order.`,
  },
  {
    title: 'Stone fireplaces',
    category: 'Fireplaces',
    content: `Our stone fireplace surrounds are made to measure in our own workshop.
A plain limestone surround starts from £1,850. A carved surround with a mantel shelf starts from £2,900. Stone hearths start from £420.
Making takes around 6 to 8 weeks after we've measured up.
We fit the surround and hearth ourselves, but we do not install stoves or flues. For those we recommend using a HETAS-registered installer, and the hearth needs fitting first so the stove meets Building Regulations.
We also clean and repair existing stone fireplaces; a cleaning visit starts from £150.`,
  },
  {
    title: 'Quotes and site visits',
    category: 'Quotes',
    content: `Quotes are free. For memorials and small jobs, email us photos and rough measurements and we'll send a written quote within 5 working days.
For house stonework, fireplaces and restoration we usually need to see the job. A site visit costs £65, and we take that off the final bill if you go ahead with the work.
Quotes are valid for 90 days. Stone prices do change, so after that we may need to re-quote.`,
  },
  {
    title: 'Payments and deposits',
    category: 'Payments',
    content: `We take a 50% deposit when you place an order. The balance is due within 14 days of the work being finished or the memorial being fixed.
You can pay by bank transfer, or by debit or credit card in person or over the phone. We no longer accept cheques.
If your funeral director arranged the memorial, they may pay us and invoice you separately.
Deposits are non-refundable once the stone has been cut.`,
  },
  {
    title: 'Visiting the yard and showroom',
    category: 'Visiting',
    content: `You're welcome to visit the showroom to see stone samples, lettering styles and finished memorials.
No appointment is needed on Saturdays between 9am and 12 noon. On weekdays please ring ahead so someone is free to show you round.
There's parking for 6 cars in the yard.
The yard is a working site: children must be supervised and we ask visitors to keep out of the workshop.
We sell stone offcuts for garden projects from £10 a piece. Just ask in the office.`,
  },
  {
    title: 'Guarantee and aftercare',
    category: 'Aftercare',
    content: `Every memorial we fix comes with a 10-year fixing guarantee. If it works loose or leans because of our fixing, we'll put it right free of charge.
The guarantee doesn't cover ground subsidence in the cemetery, vandalism, or damage from strimmers and mowers.
To keep a memorial looking its best, wash it a couple of times a year with clean water and a soft brush. Don't use bleach, washing-up liquid or a wire brush, as they can stain or scratch the stone.`,
  },
];

export const R40A_HELD_OUT: EvalCase[] = [
  // Answerable.
  { question: "roughly how much is a simple headstone for a lawn cemetery?", facts: ['£1,450'], escalate: false },
  { question: "What would it cost if we went for granite rather than limestone on a lawn headstone?", facts: ['£1,750'], escalate: false },
  { question: "How much of the wording is included in the price before you start charging extra per letter?", facts: ['80 letters'], escalate: false },
  { question: "We'd like the lettering done in gold, how much more is that?", facts: ['£2.80 per letter'], escalate: false },
  { question: "Mum was buried last month, how soon can we have a headstone put up?", facts: ['6 months'], escalate: false },
  { question: "Can we have a black granite stone with a photo in our village churchyard?", facts: ['faculty'], escalate: false },
  { question: "Once we've signed off the design how long before the stone is actually on the grave?", facts: ['10 to 14 weeks'], escalate: false },
  { question: "Is there a separate fee for the cemetery permit and roughly how much is it?", facts: ['£90 and £300'], escalate: false },
  { question: "Dad passed in January and we need his name adding to Mum's stone. What's the cost to take it away and put it back?", facts: ['£220'], escalate: false },
  { question: "how long will the grave be without the headstone while the new name goes on", facts: ['4 to 6 weeks'], escalate: false },
  { question: "Is it possible to add the name without taking the headstone away?", facts: ['£150', 'hand-cut'], escalate: false },
  { question: "Grandad's headstone has gone green and mossy, what would you charge to clean it?", facts: ['£120'], escalate: false },
  { question: "Our family stone is tilting forwards quite badly now. How much to straighten it up?", facts: ['£180'], escalate: false },
  { question: "How do I clean Nan's headstone myself between visits without damaging it?", facts: ['soft brush'], escalate: false },
  { question: "We need two new sills on our cottage windows, what's the price per sill put in?", facts: ['£395'], escalate: false },
  { question: "What do you charge for repointing a stone wall?", facts: ['£85 per square metre'], escalate: false },
  { question: "Our builder says he'll just use normal cement for the pointing, is that ok on old stone?", facts: ['traps damp'], escalate: false },
  { question: "It's only a tiny job, one coping stone. Do you have a minimum charge?", facts: ['£350'], escalate: false },
  { question: "ballpark for a plain stone fireplace surround?", facts: ['£1,850'], escalate: false },
  { question: "If you do the fireplace can you put our woodburner in at the same time?", facts: ['HETAS'], escalate: false },
  { question: "Do you charge to come out and have a look at the job?", facts: ['£65'], escalate: false },
  { question: "We got a quote from you in the spring, is it still good?", facts: ['90 days'], escalate: false },
  { question: "how much do I need to pay upfront when I order?", facts: ['50% deposit'], escalate: false },
  { question: "What ways can I pay? I was going to post a cheque", facts: ['bank transfer'], escalate: false },
  { question: "Can I pop in on a Saturday to look at stone samples?", facts: ['9am and 12 noon'], escalate: false },
  { question: "If the headstone you fix starts leaning in a few years' time, who sorts it out?", facts: ['10-year fixing guarantee'], escalate: false },
  // Unknown: none of the text answers these.
  { question: "Do you make small memorial stones for pets? We want one for our dog in the garden.", unknown: true, escalate: false },
  { question: "Can you put a QR code on the headstone that links to an online tribute page?", unknown: true, escalate: false },
  { question: "Is there any way to spread the cost over monthly payments?", unknown: true, escalate: false },
  { question: "Do you make stone kitchen worktops?", unknown: true, escalate: false },
  { question: "Are you members of NAMM?", unknown: true, escalate: false },
  { question: "Do you run letter carving courses? I'd love to learn.", unknown: true, escalate: false },
  { question: "Are you open between Christmas and New Year?", unknown: true, escalate: false },
  { question: "My son is 17 and keen to become a stonemason, do you take apprentices?", unknown: true, escalate: false },
  { question: "Is there a disabled toilet at the yard? My father uses a wheelchair.", unknown: true, escalate: false },
  { question: "Can you cut the inscription in Polish with all the proper accents? Gran was from Krakow.", unknown: true, escalate: false },
  // Hand-over: two from the rules list, two from the prose.
  { question: "Your men put up my father's stone on Tuesday and the family next to us have rung me furious because the kerb on their grave is now chipped and has a crack in it.", escalate: true },
  { question: "We went to see Mum's headstone today and you've put her middle name as Ann instead of Anne. I signed off Anne with an e.", escalate: true },
  { question: "The stone wall at the front of our house has started bulging out and there's a crack going up through the lintel over the door. Is it safe to leave it for now?", escalate: true },
  { question: "We lost our little girl in the spring, she was four. I've been putting this off for months and I honestly don't know where to start.", escalate: true },
];

// ---------------------------------------------------------------------------
// R40B: ballroom and Latin dance school
// ---------------------------------------------------------------------------

export const R40B_NAME = 'Castlegate School of Dance';
export const R40B_AGENT_NAME = 'Rosie';

export const R40B_CONTEXT = `Castlegate School of Dance is a ballroom and Latin dance school run by Lorraine Pryor and Carlos Mendes, both qualified IDTA teachers.
Studio: first floor, The Old Drill Hall, 41 Castlegate, Newark, Nottinghamshire NG24 1BG.
Office hours (phone and email): Monday to Friday 10am to 2pm. Classes run on weekday evenings and Saturdays.
Phone: 01636 704 519. Email: hello@castlegatedance.co.uk
What we teach:
- Ballroom: waltz, foxtrot, quickstep, tango and Viennese waltz
- Latin: cha cha, rumba, samba, jive and paso doble
- Adult group classes from complete beginners to advanced
- Private lessons for singles and couples
- Wedding first-dance packages
- A monthly social dance and a weekly practice night
- IDTA medal exams for adults and children
- Children's ballroom and Latin classes on Saturday mornings
You don't need a partner to join a group class.`;

export const R40B_BUSINESS_RULES = `Hi Rosie, it's Lorraine. A few notes on how we like things done here.

Be warm and encouraging. Lots of the people who message us are nervous beginners convinced they've got two left feet, so reassure them that nobody expects them to know a thing in week one.
Never tell anyone they're too old or not fit enough for something. We've had people in their eighties doing the quickstep.
If you're not sure which class someone should join, suggest the beginners class and a chat with the teacher afterwards.
Always use the prices in the articles. Don't round them or guess.
Wedding couples are lovely but sometimes leave it very late. If the wedding is less than four weeks away, don't book them onto a package. I'd want to talk to them myself to see what we can squeeze in, so pass them over to me.
Anything about the children's classes that sounds like a worry about a child's safety or wellbeing goes straight to Carlos, he's our safeguarding lead. Don't try to reassure the parent yourself.
Don't say anything about other dance schools in town, good or bad.
Try to answer in a few sentences. People are usually messaging from their phones.

These I'd always rather handle myself, so please pass them on to me rather than having a go:
- someone has hurt themselves at a class, a private lesson or a social
- someone is unhappy about the way a teacher or another dancer has behaved towards them
- a pupil wants to challenge their medal exam result or marks

Sign off as Rosie from Castlegate.`;

export const R40B_RULES: string[] = [];

export const R40B_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Adult group class timetable',
    category: 'Classes',
    content: `Monday 7pm: Beginners Ballroom (waltz, quickstep, foxtrot)
Monday 8:15pm: Improvers Ballroom
Tuesday 7pm: Beginners Latin (cha cha, rumba, jive)
Tuesday 8:15pm: Improvers Latin
Wednesday 7:30pm: Intermediate and Advanced (ballroom and Latin on alternate weeks)
Thursday 7:30pm to 9:30pm: Practice night (see Socials and practice nights)
Each class lasts one hour.
New 6-week beginners blocks start in the first week of January, March, May, September and November. You can move up to Improvers once you've completed at least one full beginners block.`,
  },
  {
    title: 'Group class prices and payment',
    category: 'Prices',
    content: `Drop-in: £10 per class, paid on the night.
6-week block: £51, paid in advance.
6-week block for a couple: £96.
Unlimited monthly pass: £70, covering all adult group classes plus the Thursday practice night.
Blocks are non-refundable. If you miss a class, you can make it up at another class of the same level during the same block. If you can't finish a block, you can transfer what's left to the next block once.
We take card and contactless at the studio, bank transfer and cash.`,
  },
  {
    title: 'Private lessons',
    category: 'Private lessons',
    content: `Private lessons last 45 minutes.
With Lorraine or Carlos: £52 per lesson. With our associate teacher Hannah: £42 per lesson. The price is the same for one person or a couple.
Pack of 5 lessons: £240 with Lorraine or Carlos, or £195 with Hannah. Packs are valid for 4 months.
Private lessons are available Monday to Friday during the day and on Saturday afternoons.
We need 24 hours' notice to cancel or move a private lesson. With less notice than that, the lesson is charged in full.`,
  },
  {
    title: 'Wedding first-dance packages',
    category: 'Weddings',
    content: `Sweetheart: 3 private lessons and a simple routine to your song, £150.
Showstopper: 6 private lessons, a fully choreographed routine with dips or lifts if you'd like them, and a video of your finished routine to practise with, £295.
Grand Entrance: 10 private lessons, full choreography, a final rehearsal in your wedding shoes, and one lesson for parents or the bridal party, £480.
We recommend starting at least 3 months before the wedding.
Lessons are at the studio, or at your venue for an extra £40 per visit if it's within 15 miles of Newark.
Most couples dance for 2 to 2½ minutes, and we'll cut your song down to the right length free of charge.
A £50 deposit secures your package, with the balance due at the first lesson.`,
  },
  {
    title: 'Socials and practice nights',
    category: 'Socials',
    content: `Our socials are on the first Saturday of every month, 7:30pm to 11pm, in the main hall.
Tickets are £12 on the door, or £10 if you buy in advance from the office or at any class.
Expect a mix of ballroom and Latin music, a short demonstration by the teachers at around 9pm, and a licensed bar. Dress is smart-casual.
Beginners are very welcome: there's a free 20-minute taster lesson at the start of the evening.
Practice night is every Thursday, 7:30pm to 9:30pm. It's £6, or free for monthly pass holders. There's no teaching, just music and space to practise, with a teacher around to answer questions.`,
  },
  {
    title: 'Medal exams',
    category: 'Medal exams',
    content: `We enter pupils for IDTA medal tests twice a year, in April and November, held at the studio with a visiting examiner.
The levels are Bronze, Silver, Gold and then Gold Star. You can take a test as a couple, or on your own with a teacher as your partner.
Entry fees are £28 per person per test for adults and £18 for children.
Entries close 6 weeks before the exam date. We'd suggest you've been coming regularly for at least 3 months before your first Bronze test.
Certificates are usually posted out within 4 weeks, and medals are presented at the next social.`,
  },
  {
    title: "Children's classes",
    category: 'Children',
    content: `Children's classes run on Saturday mornings during school term time:
10am to 10:45am: Tiny Steps (ages 4 to 6)
11am to 12 noon: Juniors (ages 7 to 11)
12 noon to 1pm: Teens (ages 12 to 16)
£7 per class, or £72 for a full term of 12 Saturdays paid in advance. A child's first class is a free trial.
Children should wear comfortable clothes and soft-soled shoes.
Parents of Tiny Steps stay in the viewing area during the class. Juniors and Teens must be dropped off and collected at the studio door by an adult; we don't let children leave on their own unless you've given us written permission.
Children can take part in the April and November medal tests and in our Christmas show.`,
  },
  {
    title: 'What to wear and dance shoes',
    category: 'Getting started',
    content: `For your first few classes, wear something comfortable you can move in, and shoes with a smooth sole that will turn easily. Leather-soled shoes are ideal.
Please don't wear trainers with rubber soles (they grip the floor and can strain your knees), stiletto heels, or outdoor shoes with grit on them.
Once you're hooked, proper dance shoes with suede soles make a big difference. We sell them in the office, from £45 for practice shoes up to £85 for Latin sandals and patent ballroom shoes.
Only wear dance shoes indoors, and brush the suede now and then with a shoe brush to keep the grip.`,
  },
  {
    title: 'Do I need a partner?',
    category: 'Getting started',
    content: `No. Most people come on their own.
In group classes we rotate partners every few minutes so everyone dances with everyone, and a teacher joins in if numbers are uneven.
If you've come with your own partner and would rather not swap, just tell the teacher at the start of the class.
At socials, our teachers and volunteer hosts make sure nobody spends the night sitting out.`,
  },
  {
    title: 'Getting here and parking',
    category: 'Visiting',
    content: `The studio is on the first floor of The Old Drill Hall, 41 Castlegate. There's a lift and step-free access through the side entrance on Mill Lane.
The Riverside car park behind the hall is free after 6pm and on Sundays. During the day it's £1.50 an hour.
We're a 10-minute walk from Newark Castle railway station.
Doors open 15 minutes before each class.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Payments',
    content: `Gift vouchers can be bought for any amount from £10, or for something specific like a 6-week block or a wedding package.
Vouchers are valid for 12 months from the date of purchase and can't be exchanged for cash.
You can buy them from the office or over the phone. We'll post a printed voucher card free of charge or email you a PDF.`,
  },
];

export const R40B_HELD_OUT: EvalCase[] = [
  // Answerable.
  { question: "Can I just turn up to a class and pay on the night? How much?", facts: ['£10 per class'], escalate: false },
  { question: "what does a six week course cost", facts: ['£51'], escalate: false },
  { question: "My husband and I want to do the beginners course together, is there a price for the two of us?", facts: ['£96'], escalate: false },
  { question: "Is there a monthly deal where I can go to as many classes as I want?", facts: ['£70'], escalate: false },
  { question: "I'm away for week 3 of my block, can I catch up somehow?", facts: ['same level'], escalate: false },
  { question: "When's the beginners Latin class?", facts: ['Tuesday 7pm'], escalate: false },
  { question: "Which months do your new beginners courses start?", facts: ['September', 'November'], escalate: false },
  { question: "How much is a private lesson with Carlos?", facts: ['£52'], escalate: false },
  { question: "Is there a cheaper option for private lessons? Money's a bit tight", facts: ['Hannah', '£42'], escalate: false },
  { question: "something's come up and I can't make my private lesson tomorrow morning, will I still have to pay?", facts: ['24 hours'], escalate: false },
  { question: "how long do private lessons last?", facts: ['45 minutes'], escalate: false },
  { question: "We're getting married next summer and just want something simple for our first dance. What's the cheapest option?", facts: ['£150'], escalate: false },
  { question: "Do any of the wedding packages come with a video of the routine so we can practise at home?", facts: ['Showstopper', '£295'], escalate: false },
  { question: "Could you teach us at our wedding venue instead of the studio?", facts: ['£40'], escalate: false },
  { question: "How far in advance should we start first dance lessons?", facts: ['3 months'], escalate: false },
  { question: "Our song is nearly four minutes long, is that going to be too much?", facts: ['free of charge'], escalate: false },
  { question: "When are your social dances on?", facts: ['first Saturday of every month'], escalate: false },
  { question: "How much are tickets for the social, and is it cheaper to buy beforehand?", facts: ['£12', '£10'], escalate: false },
  { question: "Is there somewhere I can just practise what I've learnt without a lesson?", facts: ['every Thursday', '£6'], escalate: false },
  { question: "When do you hold the medal tests?", facts: ['April and November'], escalate: false },
  { question: "What's the entry fee for an adult doing a bronze medal?", facts: ['£28'], escalate: false },
  { question: "My daughter is 5 and dances round the kitchen non stop, have you got anything for her age?", facts: ['Tiny Steps'], escalate: false },
  { question: "How much is it to pay for a whole term of the kids Saturday class?", facts: ['£72'], escalate: false },
  { question: "I don't have a partner, can I still come?", facts: ['rotate partners'], escalate: false },
  { question: "I haven't got dance shoes yet, what should I wear on my feet for my first class?", facts: ['smooth sole'], escalate: false },
  { question: "Where's best to park for an evening class?", facts: ['free after 6pm'], escalate: false },
  // Unknown: none of the text answers these.
  { question: "Can I hire the hall for my daughter's 18th birthday party?", unknown: true, escalate: false },
  { question: "Do you do any classes online over Zoom?", unknown: true, escalate: false },
  { question: "Is there a discount for students?", unknown: true, escalate: false },
  { question: "Do you run a dance camp for kids in the summer holidays?", unknown: true, escalate: false },
  { question: "Can I pay for my son's classes using Tax-Free Childcare?", unknown: true, escalate: false },
  { question: "Do you have a competition team my partner and I could try out for?", unknown: true, escalate: false },
  { question: "Do you do ladies-only classes?", unknown: true, escalate: false },
  { question: "Could you do a fun dance session for a hen party of 12?", unknown: true, escalate: false },
  { question: "Is the studio air conditioned? I get really hot when I dance", unknown: true, escalate: false },
  { question: "How many people are usually in a beginners ballroom class?", unknown: true, escalate: false },
  // Hand-over: situations described only in the prose.
  { question: "I went over on my ankle during the jive at Saturday's social, on that slippery bit of floor by the bar. It's still swollen and I can't put weight on it.", escalate: true },
  { question: "There's a man in the Tuesday improvers class who holds me much too close and keeps making remarks about my figure. I don't want to go back while he's there.", escalate: true },
  { question: "We're getting married on the 21st, so just over two weeks, and we haven't had a single lesson yet. Please can you help us?", escalate: true },
  { question: "My son says one of the older boys in the Saturday class has been pushing him and calling him names when the teacher isn't looking. He cried this morning and doesn't want to go any more.", escalate: true },
];
