import type { EvalCase } from './cases.ts';

/**
 * Round-41 DEV set, written blind: the only repository file read while writing it was
 * eval/cases.ts (for the EvalCase type and the shape of the example cases).
 *
 * Two invented small businesses, 40 cases each (26 answerable, 10 unknown, 4 hand-overs):
 *
 * - ORIG: Fold & Fable Paper Studio, an origami and paper-craft supplies shop in Canterbury with a
 *   12-seat workshop room upstairs (papers, washi, kits, tools, classes, kids' sessions, online
 *   orders, click & collect, Fold Club subscription, wedding crane commissions). Agent: Tess.
 *   Hand-overs live in two places: ORIG_ESCALATION_RULES holds 4 short admin-typed rules (crane
 *   commissions over 500 cranes, damaged / wrong-item orders, trade & wholesale enquiries,
 *   complaints about a class or tutor); ORIG_BUSINESS_RULES adds 2 more in prose sentences only
 *   (schools / care homes asking for an on-site outreach session -> Hana; private hire of the
 *   workshop room for parties, hen dos, team events -> Dan).
 *
 * - BOAT: Pennyfield Wharf Narrowboats, a family-run self-drive narrowboat holiday hire firm on
 *   the Shropshire Union Canal in Cheshire (9 boats in three classes, short breaks and weeks).
 *   Agent: Rowan. BOAT_ESCALATION_RULES is empty; all 6 hand-overs are prose in
 *   BOAT_BUSINESS_RULES: 3 as a dashed list under the owner's lead-in line ending in a colon
 *   (bumping into anything, moving dates on an existing booking, groups wanting 3+ boats), and 3
 *   as sentences elsewhere (on-the-water emergencies such as taking on water / someone in the
 *   canal, disputes about what was kept from the security deposit -> Claire, TV / filming / photo
 *   shoot requests -> Mike). The same text also names Steph (office phone), Gaz (engineer:
 *   handovers, trial runs, breakdown call-outs) and Claire (accounts, bookings diary) in ordinary
 *   instructions that hand nothing over, alongside tone and what-to-tell-people notes.
 *
 * Answerable `facts` are copied verbatim from the context or a single article; unknown questions
 * are not answered by the context, the articles or the business rules.
 */

// ---------------------------------------------------------------------------------------------
// ORIG — Fold & Fable Paper Studio
// ---------------------------------------------------------------------------------------------

export const ORIG_NAME: string = 'Fold & Fable Paper Studio';
export const ORIG_AGENT_NAME: string = 'Tess';

export const ORIG_CONTEXT: string = `Fold & Fable Paper Studio is an independent origami and paper-craft shop at 7 Mercery Lane, Canterbury CT1 2JJ, with a small workshop room above the shop that seats up to 12 people. We sell origami paper, washi, folding kits and tools in the shop and through our website, run weekend and evening classes, and fold paper crane garlands to order for weddings and events.

The shop is open Tuesday to Saturday, 10am to 5:30pm, and Sunday, 11am to 3pm; we are closed on Mondays and bank holidays. You can reach us on 01227 460 318 or at hello@foldandfable.co.uk, and the phone is answered during shop hours only. Online orders are packed and posted from the shop itself. The studio was opened in 2017 by Hana Whitlock, who still teaches most of the classes.`;

export const ORIG_BUSINESS_RULES: string = `Hi Tess! Right, a few things about how I like things done round here.

We're a tiny shop - it's me, Dan (part time, he does the online orders and the post) and Priya who helps out with the Saturday classes. So please don't make us sound like some big company with "departments" lol. Keep it warm and a bit informal, and British spelling please, colour not color!! A smiley now and then is fine.

If someone's a complete beginner, point them at the Starter Crane Kit or the Saturday beginners class, honestly those are the best way in. Don't try to explain how to fold things step by step over chat, it never works in words. Tell them the kit booklets have proper diagrams or suggest they come to a class.

Please don't promise that anything is in stock. The website stock count is usually right but the shop floor sells out of stuff (the foil paper especially, every Christmas) before Dan gets round to updating it. Just say what the website shows and that we're happy to double check.

Schools, libraries, care homes and so on sometimes ask if we can come out to them and run a session on site. I do do these but every one is different, so don't quote a price or say yes or no - pass them straight over to me and I'll sort it out with them.

Same goes for anyone wanting the workshop room to themselves, like a birthday party or a hen do or a work team thing. Hand those to Dan please, he keeps the room diary and I never know what's booked in!

Oh and if people ask which paper to use for a model, kami for pretty much everything when you're learning, tant for boxes. Thanks so much!! Hana x`;

export const ORIG_ESCALATION_RULES: string[] = [
  'crane commissions over 500 cranes -> Hana',
  'order arrived damaged / wrong item sent - hand over, get order no. first',
  'trade + wholesale account enquiries',
  'complaints about a class or tutor',
];

export const ORIG_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Origami paper ranges and prices',
    category: 'Products',
    content:
      'Our everyday origami paper is kami, a thin paper that takes a crisp crease. Kami comes in packs of 100 sheets at 15cm square for £4.50, or 50 sheets at 25cm square for £5.80. Tant paper is thicker and lightly textured, sold in packs of 30 sheets at 15cm for £6.20, and is ideal for boxes and modular models. Duo paper has a different colour on each side and costs £5.20 for a pack of 50 sheets. Foil paper, silver on one side and coloured on the other, is £3.90 for 40 sheets; it holds a shape brilliantly but shows every wrong crease. Large 35cm sheets of kami are sold individually at 40p each, in the shop only.',
  },
  {
    title: 'Washi and chiyogami',
    category: 'Products',
    content:
      'We stock hand-printed chiyogami and plain washi from a family paper workshop in Mino, Japan. Chiyogami sheets measure 30cm by 45cm and cost £2.40 each, and we usually have around 60 patterns on the shelves. New designs arrive twice a year, in April and October. Plain single-colour washi is £1.80 a sheet. Washi is made with long kozo fibres, so it is much stronger than it looks and tears with a soft, feathered edge. For folding, cut chiyogami to size with a craft knife and a metal ruler rather than scissors.',
  },
  {
    title: 'Origami kits',
    category: 'Products',
    content:
      'Starter Crane Kit (£14): 60 sheets of 15cm kami in 12 colours, a bone folder and a 24-page booklet with diagrams for the crane, lily, jumping frog and waterbomb. Modular Kusudama Kit (£22): 180 sheets of duo paper and diagrams for three kusudama balls; each ball takes about 3 hours to fold and assemble. Paper Boxes Kit (£16): tant paper and diagrams for six lidded boxes, including the traditional masu box. Kits come sealed in a card sleeve, but there are opened display copies on the counter in the shop so you can see exactly what is inside.',
  },
  {
    title: 'Tools and folding extras',
    category: 'Products',
    content:
      'Bone folders cost £6.50 for real bone or £4 for the plastic version. Self-healing cutting mats are £12 in A3 and £19 in A2. Our 15cm brass cutting template (£8.50) makes it quick to cut your own squares from larger sheets. For modular models and paper boxes we recommend our PVA glue pen at £3.20, which dries clear in about 10 minutes. Crane stringing kits, with a needle, 20m of clear nylon line and 50 small glass beads, are £5.',
  },
  {
    title: "Beginners' Folding class",
    category: 'Classes',
    content:
      "Our Beginners' Folding class runs every Saturday from 10:30am to 12:30pm in the workshop room upstairs. It costs £28 per person, all paper and tools are included, and you take home everything you fold. Places are capped at 12. Hana or Priya will show you how to read origami diagrams and you'll fold five traditional models, finishing with the crane. No experience at all is needed. The minimum age for adult classes is 14, and anyone under 16 must come with a paying adult.",
  },
  {
    title: 'Modular and advanced classes',
    category: 'Classes',
    content:
      'The Modular Origami evening runs on the first Thursday of every month from 6:30pm to 9pm and costs £36, paper included. You will fold 30 sonobe units and assemble them into a ball to take home. It is suitable for anyone who can already fold a crane from a diagram. Our Tessellations masterclass runs four times a year on a Sunday from 10am to 2pm, costs £55, and covers twist folds and grid pre-creasing. Dates for both are listed on the Workshops page of our website.',
  },
  {
    title: 'Booking, cancelling and missing a class',
    category: 'Classes',
    content:
      "Book class places on our website under Workshops or in person at the shop; payment is taken when you book. If you cancel at least 72 hours before the class starts, we refund you in full. Inside 72 hours we can't refund, but we'll give you a credit note for the full price, valid for 6 months, to use on another class. If you can't make it, you're welcome to send someone in your place at no charge - just email us their name beforehand. If we have to cancel a class, for example because fewer than 4 people have booked, we'll let you know at least 48 hours beforehand and you can choose a refund or another date.",
  },
  {
    title: 'Little Folders children’s sessions',
    category: 'Classes',
    content:
      'Little Folders is our session for children aged 7 to 11. It runs on weekday mornings during school half-terms and the summer holidays, from 10am to 11:30am. It costs £15 per child, including all the paper and a small take-home pack. A parent or carer must stay in the shop for the whole session, though they do not need to sit at the table. Sessions are limited to 10 children, and dates are announced on our website and Instagram about 4 weeks before each school holiday.',
  },
  {
    title: 'Delivery for online orders',
    category: 'Orders',
    content:
      "Online orders are dispatched within 2 working days. UK delivery by Royal Mail Tracked 48 costs £3.95, and UK orders over £35 are sent free. If you need it sooner, Tracked 24 costs £5.50. Paper is always posted flat in a rigid board-backed envelope and never rolled, so it arrives crease-free. Orders placed after 1pm on a Friday or over the weekend are dispatched on Tuesday, as the shop doesn't open on a Monday.",
  },
  {
    title: 'Click & Collect',
    category: 'Orders',
    content:
      'Choose Click & Collect at checkout to pick up your online order from the shop for free. We will email you as soon as it is ready, usually within 4 hours during opening hours. Please bring your order confirmation email with you; showing it on your phone is fine. Orders that are not collected are held for 14 days, after which we cancel them and refund you in full.',
  },
  {
    title: 'Returns and refunds',
    category: 'Orders',
    content:
      'You can return unused items within 30 days of delivery or collection for a refund. Paper must be in its original pack and not cut or folded, and kits must still be sealed in their card sleeve. Refunds go back to your original payment method within 5 working days of the return reaching us. Return postage is paid by the customer unless we made a mistake with your order. Commissioned crane garlands and class places are not covered by this returns policy.',
  },
  {
    title: 'Wedding and event cranes',
    category: 'Commissions',
    content:
      "We fold paper cranes to order for weddings, anniversaries and memorials. Loose folded cranes cost 75p each, and cranes strung on garlands cost £1.10 per crane, with 20 cranes to a strand as standard. We need at least 8 weeks' notice for any commission. A 25% deposit secures your date, and the balance is due 2 weeks before we post or you collect. We'll send you a free swatch card of our 40 crane colours so you can match your wedding colours. Orders of up to 500 cranes can be requested through the form on our website; for anything larger, Hana will talk it through with you personally.",
  },
  {
    title: 'Gift vouchers',
    category: 'Gifts',
    content:
      "Gift vouchers are available in any amount from £10 up to £150. They are valid for 24 months from the date of purchase and can be spent online, in the shop, or on classes and children’s sessions. E-vouchers are emailed straight away; printed vouchers come in a hand-folded envelope and are posted free by Royal Mail 2nd class. A voucher can be used over several purchases until the balance runs out, but it can't be exchanged for cash.",
  },
  {
    title: 'Fold Club monthly subscription',
    category: 'Gifts',
    content:
      'Fold Club is our monthly paper subscription at £9.50 a month, including UK postage. Each month you receive a themed pack of around 40 sheets, often including papers we do not sell separately, plus a diagram for a model chosen to suit them. Packs are posted in the first week of each month. You can pause or cancel at any time from your account, and changes made before the 25th apply to the next month’s pack.',
  },
];

export const ORIG_CASES: EvalCase[] = [
  // Answerable: context.
  { question: 'What time do you open on Sundays?', facts: ['11am to 3pm'], escalate: false },
  { question: "Popping over on a Monday afternoon, will you be open?", facts: ['closed on Mondays'], escalate: false },
  { question: 'Whereabouts in Canterbury is the shop?', facts: ['7 Mercery Lane'], escalate: false },
  { question: "What's the best number to ring you on?", facts: ['01227 460 318'], escalate: false },
  { question: 'Who started the studio?', facts: ['Hana Whitlock'], escalate: false },
  // Answerable: products.
  { question: 'How much for 100 of the standard thin folding squares, the small 15cm ones?', facts: ['£4.50'], escalate: false },
  { question: "I'd like paper that's one colour on the front and another on the back - how much is that?", facts: ['£5.20'], escalate: false },
  { question: 'Can I order the really big 35cm sheets on your website?', facts: ['in the shop only'], escalate: false },
  { question: 'What does one sheet of the patterned Japanese paper cost?', facts: ['£2.40'], escalate: false },
  { question: 'When do new chiyogami designs usually come in?', facts: ['April and October'], escalate: false },
  { question: "What do you actually get in the beginner's crane kit?", facts: ['60 sheets', '12 colours'], escalate: false },
  { question: 'Roughly how long will one of those kusudama flower balls take me to make?', facts: ['about 3 hours'], escalate: false },
  { question: "I need something to cut on at home, about A3 size. What's the price?", facts: ['£12'], escalate: false },
  { question: "What's the glue you'd use for sticking modular units together, and how quick does it set?", facts: ['10 minutes'], escalate: false },
  // Answerable: classes.
  { question: "When is your intro class for total newbies, and what does it cost?", facts: ['£28', '10:30am'], escalate: false },
  { question: 'Do I have to bring my own paper and stuff to the Saturday beginners session?', facts: ['all paper and tools are included'], escalate: false },
  { question: 'Which night is the modular origami class on?', facts: ['first Thursday'], escalate: false },
  { question: "I've booked the Saturday class but something's come up and it's tomorrow. Can I get my money back?", facts: ['credit note'], escalate: false },
  { question: "I can't go to my class now, can my sister take my place instead?", facts: ['no charge'], escalate: false },
  { question: 'My daughter is 9 and loves folding, do you run anything for children?', facts: ['Little Folders'], escalate: false },
  { question: 'Can I drop my son off at the kids session and go shopping for an hour?', facts: ['must stay in the shop'], escalate: false },
  // Answerable: orders, commissions, gifts.
  { question: "What's postage on an order to Leeds, and is there a point where it goes free?", facts: ['£3.95', '£35'], escalate: false },
  { question: 'Will my paper get rolled up in a tube in the post? I need it dead flat', facts: ['never rolled'], escalate: false },
  { question: "I bought some paper three weeks ago and haven't opened it - can I still send it back?", facts: ['30 days'], escalate: false },
  { question: "We'd like about 200 cranes for our wedding, hung up on strings. What's the price per crane for that?", facts: ['£1.10'], escalate: false },
  { question: 'How long does a gift voucher last before it runs out?', facts: ['24 months'], escalate: false },
  // Unknown: nothing in the context, rules or articles answers these.
  { question: 'Is there anywhere to park near the shop?', unknown: true, escalate: false },
  { question: "I'm a student at the uni - do you do a student discount?", unknown: true, escalate: false },
  { question: 'Have you got a loyalty card or points scheme?', unknown: true, escalate: false },
  { question: 'Are your papers acid-free? I want to frame a model and keep it for years', unknown: true, escalate: false },
  { question: 'Do you have a YouTube channel or videos showing how to fold things?', unknown: true, escalate: false },
  { question: 'Do I get a certificate at the end of the beginners class?', unknown: true, escalate: false },
  { question: 'Is the shop dog friendly? I usually have my spaniel with me', unknown: true, escalate: false },
  { question: 'Can I pay with Klarna or spread the cost of a big order?', unknown: true, escalate: false },
  { question: 'Do you sell calligraphy brushes and sumi ink as well?', unknown: true, escalate: false },
  { question: 'Do you have a January sale?', unknown: true, escalate: false },
  // Hand-over: two covered by ORIG_ESCALATION_RULES, two by the prose in ORIG_BUSINESS_RULES.
  {
    question:
      "Hi! We're getting married next September and would love 1,000 cranes in sage and ivory to hang behind the top table. Is that something you could do for us?",
    escalate: true,
  },
  {
    question:
      "my parcel came this morning and half the chiyogami is creased right down the middle, AND you've sent the boxes kit instead of the kusudama one. order FF-20417",
    escalate: true,
  },
  {
    question:
      "Hello, I'm the activities coordinator at a care home in Whitstable. Would you ever come out to us and do a folding afternoon with our residents?",
    escalate: true,
  },
  {
    question: 'Could we have the room upstairs just for us for my sister’s hen party in May? There’d be about 10 of us',
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// BOAT — Pennyfield Wharf Narrowboats
// ---------------------------------------------------------------------------------------------

export const BOAT_NAME: string = 'Pennyfield Wharf Narrowboats';
export const BOAT_AGENT_NAME: string = 'Rowan';

export const BOAT_CONTEXT: string = `Pennyfield Wharf Narrowboats is a family-run narrowboat holiday hire firm on the Shropshire Union Canal, based at Pennyfield Wharf, Wharf Road, Brindley Heath, Cheshire CW5 8PN, about 4 miles south of Nantwich. We have a fleet of 9 narrowboats sleeping from 2 to 8 people, all hired out for self-drive holidays from 3 nights up to 2 weeks, and we have been hiring boats from the same wharf since 1988.

The wharf office is open 9am to 5pm every day from March to October, and 10am to 4pm Monday to Friday from November to February. Call us on 01270 812 564 or email bookings@pennyfieldwharf.co.uk. Our hire season runs from mid-March to the end of October; over the winter the boats come out of the water for their annual maintenance.`;

export const BOAT_BUSINESS_RULES: string = `Morning Rowan, Mike here (Mike Ashby - I run the place with my wife Claire). A few notes for you.

Most of our customers have never set foot on a narrowboat before and loads of them are nervous, especially about the locks. Reassure them! Honestly if I can do it anyone can. Don't bombard people with boaty words either - if you say windlass, explain it's the handle you wind the lock paddles up with. Keep answers short and friendly, we're a family business not a travel agent.

Steph is on the phone in the office most days, so if people would rather ring, that's fine, just give them the office number. Gaz is our engineer - he does all the handovers and trial runs on arrival days and he's the one who goes out if a boat breaks down. Claire does the accounts and the bookings diary. You don't need to put people through to any of them for normal stuff, just answer from the info you've got.

Things I'd rather you passed over to one of us straight away and didn't try to answer yourself:
- anyone who's bumped into something (another boat, a lock gate, a bridge, whatever) even if they say it's only a scratch
- people wanting to move the dates on a booking they've already made
- groups wanting 3 or more boats at the same time, we do a special deal for those and I like to talk to them myself

Always remind people to bring wellies or decent waterproof shoes and a proper coat, it's England. And sun cream in summer, people get burnt standing on the back deck all day and don't realise till the evening.

If anyone messages while they're out on the boat and it sounds like a proper emergency - water coming in, the boat stuck or tipping in a lock, someone gone in the canal - don't mess about, get it to a real person immediately, and tell them to ring 999 first if anyone's hurt or in the water.

Claire wants any arguments about the security deposit (people unhappy with what we've kept back) sent straight to her rather than you trying to explain it.

Oh and now and then a TV company or a photographer asks about using one of the boats for filming or a photo shoot. Those come to me as well.

Please never say anything bad about the other hire firms, even if someone asks you to compare. Cheers, Mike`;

export const BOAT_ESCALATION_RULES: string[] = [];

export const BOAT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our fleet',
    category: 'Boats',
    content:
      'Our 9 boats come in three classes, with 3 boats in each. Kingfisher boats are 45ft long and sleep 2 to 4, with one fixed double bed and a dinette that converts into a second double. Heron boats are 58ft long and sleep 4 to 6, with two cabins and two toilets. Otter boats are 66ft long and sleep 6 to 8, with three cabins and two shower rooms. All our boats have a traditional-style stern with room for two people to stand at the tiller, and every boat is named after a Cheshire village.',
  },
  {
    title: 'Prices and holiday lengths',
    category: 'Booking',
    content:
      'Prices depend on the boat class and the time of year, and the full price list for each season is on our website. A 3-night weekend break on a Kingfisher starts at £595 in low season, while a full week on an Otter in August is £2,150. Holidays start on Mondays and Fridays only: short breaks are 3 nights from Friday to Monday or 4 nights from Monday to Friday, and weeks run Friday to Friday or Monday to Monday. The hire price includes the boat, bottled gas and your cruising licence. Diesel is charged when you return at £1.40 per engine hour; most crews use between 20 and 30 engine hours in a week.',
  },
  {
    title: 'Booking and paying',
    category: 'Booking',
    content:
      "You can book online or by phoning the wharf office. We take a 25% deposit when you book, and the balance is due 8 weeks before your start date; if you book with less than 8 weeks to go, you pay in full at the time of booking. We accept debit and credit cards and bank transfer, but we don't accept cheques. You'll get a confirmation email with your booking reference straight away, and about 2 weeks before you arrive we'll send your joining pack with directions, a canal map and a packing checklist.",
  },
  {
    title: 'Cancellations',
    category: 'Booking',
    content:
      "If you cancel more than 8 weeks before your start date, you lose your deposit but owe nothing more. If you cancel within 8 weeks, the full hire charge is payable, but if we manage to re-let the boat we'll refund what we receive, less a £50 admin fee. We strongly recommend holiday insurance that covers cancellation. If we have to cancel your holiday ourselves, for example because a canal closure stops boats leaving the wharf, we'll offer you a different boat, different dates or a full refund.",
  },
  {
    title: 'Security deposit and Damage Waiver',
    category: 'Booking',
    content:
      'We take a £300 refundable security deposit by card when you arrive. It is refunded within 7 days of your return, as long as the boat comes back undamaged, reasonably clean and with nothing missing. Instead, you can buy our Damage Waiver for £45 per holiday, which is non-refundable and reduces the security deposit to £75. Lost windlasses are charged at £15 each, and a lost mooring pin or mallet at £10.',
  },
  {
    title: 'Arrival, handover and trial run',
    category: 'Your holiday',
    content:
      "Boats are ready from 2pm on your start day, and we ask you to arrive between 2pm and 4pm. Our engineer will show you round the boat and then take you out on a trial run of about 45 minutes, including working through Pennyfield Lock just below the wharf. On your last day the boat must be back at the wharf by 9am. There is free parking for one car per boat in the wharf car park, which is locked overnight. If you're running late on your start day, ring the office and we'll hold the boat for you until 6pm.",
  },
  {
    title: 'Driving a narrowboat - no experience needed',
    category: 'Your holiday',
    content:
      'You do not need a licence or any previous boating experience to hire one of our boats. The person in charge of the boat must be 18 or over. The speed limit on the canal is 4mph, about a brisk walking pace, and you should slow right down when passing moored boats. Each lock takes 10 to 20 minutes to work through, depending on how busy it is. Wear shoes with a good grip on the roof and around locks. Children under 12 should wear a life jacket whenever they are on deck or on the lock side; we provide child and adult life jackets free of charge.',
  },
  {
    title: 'Route ideas from Pennyfield Wharf',
    category: 'Your holiday',
    content:
      "From the wharf you can head north or south. A short break heading north to Nantwich and back is about 10 hours' cruising with only 2 locks, which makes it ideal for first-timers. Heading south, the Audlem flight has 15 locks in about a mile and a half: hard work, but very rewarding. A round trip to Market Drayton takes about 18 hours' cruising, so it suits a 4-night break. With a full week you can get to Chester and back, which is around 32 hours' cruising.",
  },
  {
    title: 'Dogs on board',
    category: 'Your holiday',
    content:
      "Well-behaved dogs are welcome on all our boats, up to a maximum of 2 per boat. There is a charge of £40 per dog per holiday, which covers the extra cleaning. Dogs aren't allowed on beds or upholstered seating, and they shouldn't be left alone on the boat for more than 2 hours. Please bring your dog's own bed, bowls and towels. We can't accept other pets, such as cats or rabbits.",
  },
  {
    title: "What's on board",
    category: 'Boats',
    content:
      'Every boat has a fully equipped galley with a 4-ring gas hob, oven, grill and fridge, plus crockery, cutlery, pans and a kettle. Bedding is supplied and the beds are made up ready for your arrival, and we provide one large towel per person. All boats have 12V sockets and USB charging points, and Heron and Otter boats also have a 230V inverter for laptops and hairdryers on a low setting. There is a radio with a Bluetooth speaker on every boat, but no TV. Please bring your own tea towels, washing-up liquid and a torch.',
  },
  {
    title: 'Extras you can add',
    category: 'Booking',
    content:
      'Bikes can be hired for £35 per bike for the whole holiday, with helmets and locks included. A welcome hamper with bread, milk, butter, eggs, bacon, tea and coffee costs £30 and will be waiting in the fridge when you arrive. A baby pack with a travel cot and a high chair is £20 per holiday. Please order extras at least 7 days before you arrive, through your online booking or by calling the office.',
  },
  {
    title: 'Breakdowns and problems during your cruise',
    category: 'Your holiday',
    content:
      "If something goes wrong with the boat, such as the engine not starting, the toilet pump not working or the gas running out, call our 24-hour breakdown line on 07700 900 628. For most problems our engineer can talk you through a fix over the phone; if not, he'll come out to you, usually within 3 hours between 8am and 8pm. Please don't try to repair the engine yourself. Every boat carries a spare gas bottle, and how to change it over is shown at handover.",
  },
];

export const BOAT_CASES: EvalCase[] = [
  // Answerable: context.
  { question: 'When is your office open in the winter months?', facts: ['10am to 4pm'], escalate: false },
  { question: 'How long have you lot been doing boat hire?', facts: ['1988'], escalate: false },
  // Answerable: fleet and on board.
  { question: "What's the length of your biggest boat?", facts: ['66ft'], escalate: false },
  { question: "It's just the two of us. How long is your smallest boat and what's the bed like?", facts: ['45ft', 'fixed double'], escalate: false },
  { question: 'Should we pack our own sheets and duvet covers?', facts: ['bedding'], escalate: false },
  { question: 'Is there a telly on the boat for the evenings?', facts: ['no TV'], escalate: false },
  { question: 'Will I be able to plug my laptop charger in on board?', facts: ['230V'], escalate: false },
  // Answerable: prices, booking, money.
  { question: "What's the cheapest a weekend on one of the small boats can be, out of season?", facts: ['£595'], escalate: false },
  { question: 'Which days of the week can our holiday begin?', facts: ['Mondays and Fridays'], escalate: false },
  { question: "Is fuel included or do we pay for what we use?", facts: ['£1.40 per engine hour'], escalate: false },
  { question: 'How much do I need to put down to secure a booking?', facts: ['25%'], escalate: false },
  { question: "When's the remaining balance due?", facts: ['8 weeks'], escalate: false },
  { question: 'When will you send us directions and the map and all that?', facts: ['joining pack'], escalate: false },
  { question: 'If we pull out three months before we go, how much do we lose?', facts: ['lose your deposit'], escalate: false },
  { question: 'How much will you hold on my card as a deposit against damage?', facts: ['£300'], escalate: false },
  { question: "Is there some kind of cover I can buy so I don't have such a big deposit taken?", facts: ['Damage Waiver', '£45'], escalate: false },
  // Answerable: arrival and driving.
  { question: 'What time can we get on the boat on the first day?', facts: ['2pm'], escalate: false },
  { question: 'What time do we have to have the boat back at the end?', facts: ['by 9am'], escalate: false },
  { question: 'Who shows us how to work everything when we turn up?', facts: ['engineer'], escalate: false },
  { question: "We'll probably be stuck on the M6 on arrival day - what happens if we're late?", facts: ['6pm'], escalate: false },
  { question: "None of us has ever steered a boat and we haven't got any boating qualifications. Can we still hire?", facts: ['licence'], escalate: false },
  { question: 'How quickly are we allowed to go?', facts: ['4mph'], escalate: false },
  { question: 'Do we need to bring our own life jackets for the children?', facts: ['free of charge'], escalate: false },
  { question: "We're nervous first-timers, what's a gentle trip for a short break?", facts: ['2 locks'], escalate: false },
  { question: 'Can we bring our two labradors, and is there an extra charge?', facts: ['£40 per dog'], escalate: false },
  { question: "Engine won't start this morning, just clicks when I turn the key. Who do I call?", facts: ['07700 900 628'], escalate: false },
  // Unknown: nothing in the context, rules or articles answers these.
  { question: 'Are we allowed to smoke on the boat?', unknown: true, escalate: false },
  { question: 'Can we fish off the back of the boat, and do we need a rod licence?', unknown: true, escalate: false },
  { question: 'Do you do a discount for NHS staff or the armed forces?', unknown: true, escalate: false },
  { question: 'Is there an electric car charger in your car park?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers? I want to give my parents a boating trip for their anniversary', unknown: true, escalate: false },
  { question: 'Can we bring our own paddleboard and strap it to the roof?', unknown: true, escalate: false },
  { question: "We're coming by train to Crewe - can someone collect us from the station?", unknown: true, escalate: false },
  { question: 'Is it OK to have a little barbecue on the towpath in the evening?', unknown: true, escalate: false },
  { question: "What's the mobile phone signal like along the canal?", unknown: true, escalate: false },
  { question: 'Is there anywhere at the wharf to do a load of washing mid-holiday?', unknown: true, escalate: false },
  // Hand-over: two from the owner's listed cases, two from the prose sentences.
  {
    question:
      "we've just clipped a moored boat coming round the bend above the lock, there's a scuff along their side and the owner isn't about. what do we do??",
    escalate: true,
  },
  {
    question:
      "Hi, we're booked for the 14th of July (ref PW-3381) but my husband's operation has been moved. Could we shift the holiday to sometime in August instead?",
    escalate: true,
  },
  {
    question: 'HELP there is water coming up through the floor at the back by the engine and it is getting deeper',
    escalate: true,
  },
  {
    question:
      "Just had my deposit back and you've taken £110 off for 'cleaning'. The boat was spotless when we left it, I'm really not happy about this.",
    escalate: true,
  },
];
