/**
 * Round-36 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * STONE — Calder Memorials, a family-run monumental masons' yard in Sowerby Bridge, West
 * Yorkshire (headstones, extra lettering on existing stones, cleaning/renovation, cemetery and
 * churchyard permits, crematorium plaques, lead times, deposits). Hand-overs are written in two
 * places: four as an owner-typed list in STONE_ESCALATION_RULES (lettering mistakes, damage to
 * graves when fixing, trouble with a cemetery/church, family rows over grave ownership) and two
 * ONLY as prose in STONE_BUSINESS_RULES (memorials for a baby or child; cancelling after cutting
 * has started or asking for a deposit back). The four hand-over cases cover two of each kind.
 *
 * BONSAI — Little Acer Bonsai, a one-woman bonsai nursery in a walled garden near Ludlow,
 * Shropshire (trees for sale, beginner workshops, holiday tree-sitting, repotting, pots and tools,
 * mail-order trees, care advice). BONSAI_ESCALATION_RULES is empty: all six hand-over situations
 * are written only as prose in BONSAI_BUSINESS_RULES (trees that declined in holiday care, people
 * selling trees/collections, trade enquiries, talk/demo requests, a child or pet eating a tree,
 * very upset/angry customers). The four hand-over cases use four of them, paraphrased.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Business 1: Calder Memorials (STONE)
// ---------------------------------------------------------------------------------------------

export const STONE_NAME: string = 'Calder Memorials';

export const STONE_AGENT_NAME: string = 'Jo';

export const STONE_CONTEXT: string = `Calder Memorials is a family run monumental masons in Sowerby Bridge, West Yorkshire. My grandad Harold Whitworth started the yard in 1962, it's now run by me (Dave Whitworth) and my daughter Sarah, with two fixers, Mick and Lee. We make and fix new headstones, add inscriptions to existing stones, clean and renovate old memorials and do plaques for crematoria and memorial gardens.

Yard & showroom: Unit 4, Wharf Street Works, Sowerby Bridge HX6 2AF. Open Monday to Friday 8.30am to 4.30pm and Saturday 9am to 12 noon. Closed Sundays and bank holidays. Evening appointments can be arranged for people who work, just ask.

Phone 01422 831447 (office) or email office@caldermemorials.co.uk. Sarah runs the office, I'm usually out in the yard or at a cemetery so if nobody picks up leave a message and we'll ring back same day.

We're members of NAMM (National Association of Memorial Masons) and both our fixers are BRAMM registered.`;

export const STONE_BUSINESS_RULES: string = `You're answering messages for Calder Memorials. Most people getting in touch have just lost someone so be gentle and patient, don't be salesy and don't push upgrades or "premium" options. Use the price lists but always say the final price gets confirmed in a written quote, because it depends on the cemetery fees and the exact lettering. Never promise a fixing date - the cemetery or the vicar has the last say and the weather does too. Don't tell families what they "should" choose, give them the facts and let them decide. If you don't know something just say so and offer for Sarah to ring them back, don't guess.

Two more things I want to handle myself. If the memorial is for a baby or a child, please don't go through prices and options with them - just say how sorry we are and that I'll ring them personally. We do those at cost and I like to talk to the parents myself. And if anyone wants to cancel an order after we've started cutting or lettering the stone, or is asking for their deposit back, pass that straight to me - don't quote the deposit terms at them and don't argue about it.`;

export const STONE_ESCALATION_RULES: string[] = [
  'Any complaint about a spelling mistake or wrong date / wrong lettering on a stone we have done - straight to me',
  'if someone says we damaged their grave or a grave next to it when fixing (chipped kerbs, broken vases, tyre marks etc)',
  'Problems with the cemetery or church - permit refused, told to take a stone down, vicar not happy with it',
  'family disagreements about who owns the grave / who gets a say on the stone (grave deeds, exclusive right of burial)',
];

export const STONE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'New headstones - prices',
    category: 'Headstones',
    content: `Prices below are for a standard lawn headstone (approx 2'6" high x 2'0" wide) and include the first inscription of up to 100 letters, the concrete foundation and fixing in a local cemetery. Cemetery permit fees are extra - they vary by council, usually £120 to £280 round here.

Lawn headstones
- Black granite (Indian, polished): from £1,395
- Dark grey granite: from £1,295
- Yorkshire sandstone: from £1,150
- Welsh slate: from £1,480

Full kerbed memorial (headstone + kerbs + chippings) in black granite from £2,650. Chippings come in white marble, green or grey and are included in kerb sets.

Book shaped and heart shaped designs for cremated remains plots from £895.

Please note most churchyards won't allow polished black granite - see the cemetery & churchyard rules article before you fall in love with a design!`,
  },
  {
    title: 'Lettering, inscriptions and motifs',
    category: 'Inscriptions',
    content: `The first 100 letters are included in our headstone prices. Extra letters after that:
- V-cut and painted (gold, silver, white or black): £3.20 per letter
- Gold leaf (23ct): £4.50 per letter
- Raised lead lettering: £6.80 per letter
- Sandblasted into granite and painted: same price as V-cut

Letter heights are usually 1.5" for the main name and 1" for the rest of the wording, but we can go bigger or smaller to fit.

Motifs - we've a book of about 200 standard designs (roses, doves, crosses, angels, fishing, football club badges, tractors, you name it). Standard motif £85 each, custom drawn designs from £180.

We always send a full size proof drawing for you to check and sign before anything is cut. Nothing gets cut without a signed proof, so take your time checking names and dates.`,
  },
  {
    title: 'Adding an inscription to an existing headstone',
    category: 'Inscriptions',
    content: `When a second person is buried in a grave most families want their name adding to the existing stone. We normally take the stone back to the yard to do this as lettering is far better done in the workshop, but some stones can be lettered in situ (in the cemetery).

Typical costs:
- Removal and refix of the headstone: £195
- In-situ lettering visit: £95 plus the letters
- Letters at the same rates as new stones (£3.20 V-cut & painted, £4.50 gold leaf, £6.80 lead)
- Cemetery permit for an additional inscription: usually £60 to £110 depending on the council

We'll try to match the existing lettering style and colour. Old stones may have been lettered by another mason, so we send a photo of the proof held up against the stone before we start.

Timescale is about 6 to 8 weeks from the signed proof. After a burial the ground needs to settle before the stone goes back, we usually wait at least 3 months.`,
  },
  {
    title: 'Cleaning and renovating old memorials',
    category: 'Renovation',
    content: `We clean, re-letter and straighten old stones, including ones we didn't make. We don't use pressure washers on soft stone - only low pressure steam and a biocide that keeps working on lichen and algae for months afterwards.

Rough prices:
- Clean only, lawn headstone: £140
- Clean and repaint existing lettering: £260 to £380 depending on letter count
- Re-gild existing letters in gold leaf: from £4 per letter
- Straighten a leaning headstone and refix on a new foundation: £290
- Clean and re-chip a kerb set including new chippings: £220

Before and after photos are emailed to you as standard - handy if you live away and can't get to the grave.

Some older stones (especially pre-1900 sandstone) are too worn to recut safely. We'll tell you honestly if that's the case rather than risk damaging it.`,
  },
  {
    title: 'Cemetery and churchyard rules',
    category: 'Regulations',
    content: `Every cemetery and churchyard has its own rules and a permit is needed before we can fix anything. We apply for it for you - you just sign the form as the owner of the grave (the holder of the Exclusive Right of Burial).

Things to know:
- You'll need the grave deed or the deed number. If it's lost the council can usually issue a copy for a fee.
- Council lawn sections (Calderdale and Kirklees): headstone max 3ft high x 3ft wide, and no kerbs allowed on lawn sections.
- Church of England churchyards: the vicar has to approve the design. Most diocese rules mean no polished black granite, no photos, no kerbs, natural stone preferred, max height 4ft.
- Permit turnaround is anything from 2 to 6 weeks depending on the council.

We can't fix until the permit comes through, even if the stone is sat finished in the yard.`,
  },
  {
    title: 'Lead times and when to order',
    category: 'Orders',
    content: `Typical lead times from signed proof and deposit:
- Standard granite headstone: 10 to 14 weeks
- Sandstone or slate (cut here in the yard): 8 to 12 weeks
- Additional inscription: 6 to 8 weeks
- Plaques: 3 to 4 weeks
- Cleaning: usually within 4 weeks, weather allowing

New graves need to settle before a headstone goes on. We recommend waiting 6 months after the burial for a lawn headstone and 9 to 12 months for a full kerb set. Plots for cremated remains can usually be done straight away.

Our busy times are the run up to Christmas, Mothering Sunday and Father's Day. If you want a stone in place for an anniversary let us know early.`,
  },
  {
    title: 'Deposits and payment',
    category: 'Orders',
    content: `We take a 50% deposit when you sign the proof - that's what orders the stone from the quarry or starts it being cut here. The balance is due once the memorial is fixed; we send you a photo of it in place with the final invoice.

Small jobs under £400 (cleaning, plaques, small additional inscriptions) don't need a deposit, they're paid in full on completion.

We take bank transfer, debit and credit cards (over the phone or in the yard) and cheques. No card fees.

If the funeral director is paying us on your behalf as part of the funeral costs, that's fine, just let us know which firm.`,
  },
  {
    title: 'Plaques and small memorials',
    category: 'Plaques',
    content: `- Crematorium wall plaque (Park Wood and Huddersfield crematoria), black granite 12" x 8" with up to 60 letters: £235
- Memorial garden plaque on a granite stake: £165
- Engraved brass plaque 6" x 4": £120
- Vase block with name: £145
- Ceramic photo plaque (oval, colour or black & white): £150. Fully weatherproof, fitted to granite stones only.

Crematoria all have their own approved sizes and materials - we know the rules for the local ones so you don't have to.`,
  },
  {
    title: 'Fixing and foundations',
    category: 'Fixing',
    content: `All our headstones are fixed to the NAMM Code of Working Practice on a concrete foundation with a stainless steel ground anchor, so they won't topple.

- We guarantee our fixing for 10 years (doesn't cover ground subsidence or damage by others)
- We normally fix Tuesday to Thursday. We don't fix in heavy frost or when the ground's waterlogged.
- You're welcome to be there when the stone goes in - tell Sarah and she'll give you a time window on the day
- Temporary wooden crosses or markers: we can remove and dispose of them or hand them back to you, your choice`,
  },
  {
    title: 'Visiting the yard and design appointments',
    category: 'General',
    content: `You can come and look round the show stones in the yard any time we're open, no appointment needed.

To sit down and go through a design it's better to book an appointment (allow about an hour) so Sarah or I can give you our full attention. Evening appointments on request.

Home visits are available within 10 miles of the yard for anyone who can't get to us, no charge.

Useful to bring:
- Grave number or the deed if you have it
- A photo of the plot and the neighbouring stones
- Any wording ideas, verses, or photos of designs you like`,
  },
  {
    title: 'Areas we cover',
    category: 'General',
    content: `Fixing is included within 25 miles of Sowerby Bridge - that covers most of Calderdale, Kirklees, Bradford and over the tops to Rochdale and Todmorden. Beyond 25 miles there's a travel charge of £1.20 per mile each way from the yard. We regularly go as far as Leeds, Manchester and Harrogate.`,
  },
  {
    title: 'Which stone? Granite, sandstone, slate, marble',
    category: 'Headstones',
    content: `Granite - hardest wearing, polished finishes keep their shine for decades and lettering lasts best. By far our most popular.

Yorkshire sandstone - local and traditional, weathers naturally and softly. Required in some churchyards. Painted lettering will need redoing every 10 to 15 years.

Welsh slate - takes very fine lettering, dark blue-grey, softer than granite.

Marble - honestly we don't recommend white marble any more. In our weather it goes green and sugary within about 15 years. We'll still do it if it's what you really want.`,
  },
];

export const STONE_CASES: EvalCase[] = [
  // --- Answerable (26) ---
  { question: 'how much roughly for a black granite headstone?', facts: ['£1,395'], escalate: false },
  { question: 'Hi, could you give me a rough price for a plain Yorkshire stone headstone please, nothing fancy', facts: ['£1,150'], escalate: false },
  {
    question:
      "We want a verse on Mum's stone as well as her name and dates, so it'll be well over the included lettering. If we go for gold leaf what's it cost for each extra letter?",
    facts: ['£4.50'],
    escalate: false,
  },
  {
    question:
      "My dad passed in March and he's going in with mum at Stoney Royd. Her stone went up in 2015 (not by you). Whats involved in getting his name on and what do you charge to take the stone away and put it back?",
    facts: ['£195'],
    escalate: false,
  },
  { question: 'how long after the funeral before we can put a headstone on', facts: ['6 months'], escalate: false },
  {
    question: 'my grandparents stone is covered in that orange lichen stuff and black marks, what would you charge just to give it a clean?',
    facts: ['£140'],
    escalate: false,
  },
  { question: "Nan's headstone is leaning forward quite badly now, can it be put straight and how much", facts: ['£290'], escalate: false },
  { question: 'how much deposit do u take', facts: ['50%'], escalate: false },
  { question: 'Do you take card payments and is there a surcharge for using a credit card?', facts: ['No card fees'], escalate: false },
  { question: 'If we order a granite one this month how long till its ready?', facts: ['14 weeks'], escalate: false },
  {
    question: "Our mum is buried at St John's churchyard and we've seen a lovely shiny black stone we like. Will the vicar allow that?",
    facts: ['no polished black granite'],
    escalate: false,
  },
  { question: 'whats the tallest headstone allowed on the Calderdale council lawn section', facts: ['3ft high'], escalate: false },
  {
    question: 'What paperwork do I need to dig out for the cemetery permit? My brother thinks we need some certificate',
    facts: ['grave deed'],
    escalate: false,
  },
  { question: 'How long does the council normally take to approve a permit?', facts: ['6 weeks'], escalate: false },
  { question: 'price for one of the small granite plaques on the wall at Park Wood crem?', facts: ['£235'], escalate: false },
  {
    question: "Is it possible to have a photo of my husband on his headstone? It's grey granite. How much would that be",
    facts: ['£150'],
    escalate: false,
  },
  { question: 'r u open saturdays', facts: ['12 noon'], escalate: false },
  { question: "What's your postcode for the satnav?", facts: ['HX6 2AF'], escalate: false },
  {
    question:
      'We moved to York years ago but Dad is buried near Harrogate. Would you be able to fix a stone there and would there be an extra charge for travelling?',
    facts: ['£1.20 per mile'],
    escalate: false,
  },
  { question: 'do you guarantee the headstone won’t lean or fall, for how long?', facts: ['10 years'], escalate: false },
  {
    question:
      "I'm so worried about getting something wrong on my dad's stone, his name is spelt unusually. Will I see it before it's actually carved?",
    facts: ['proof'],
    escalate: false,
  },
  {
    question: 'Mum always loved white marble, would you recommend it for her headstone? we want it to last',
    facts: ['goes green'],
    escalate: false,
  },
  { question: 'whats the price for a full grave set with kerbs and chippings in black', facts: ['£2,650'], escalate: false },
  {
    question: "My mother-in-law's funeral is being sorted by Hodgsons and she wants them to pay you for the stone out of the estate. Is that OK?",
    facts: ['funeral director'],
    escalate: false,
  },
  {
    question: "mum can't drive and doesn't get out much, she lives in Halifax. Could someone come to the house to go through designs?",
    facts: ['10 miles'],
    escalate: false,
  },
  { question: 'He was Huddersfield Town mad - can you put the club badge on and what does a picture like that cost?', facts: ['£85'], escalate: false },

  // --- Unknown: not answered by articles or context (10) ---
  { question: 'Can you put a QR code on the headstone that links to an online tribute page?', unknown: true, escalate: false },
  { question: 'Do you make small memorial stones for pets? Our old dog is buried in the garden', unknown: true, escalate: false },
  { question: 'Could you just supply the stone and we fix it ourselves? My brother in law is a builder', unknown: true, escalate: false },
  { question: 'Is there any discount for ex-forces families?', unknown: true, escalate: false },
  { question: 'Do you do a grave tending service, like putting fresh flowers on every month?', unknown: true, escalate: false },
  { question: 'can you carve the inscription in Polish with all the proper accents on the letters?', unknown: true, escalate: false },
  { question: 'do you sell urns or keepsake jewellery for ashes', unknown: true, escalate: false },
  {
    question: 'My great grandad has a Commonwealth war grave headstone that is getting worn, can you restore it or does it have to go through the CWGC?',
    unknown: true,
    escalate: false,
  },
  { question: 'Have you got any second hand or reclaimed headstones that would be cheaper?', unknown: true, escalate: false },
  { question: 'Do you do engraved stone house name signs?', unknown: true, escalate: false },

  // --- Hand-over (4): two from STONE_ESCALATION_RULES, two from prose in STONE_BUSINESS_RULES ---
  {
    question:
      "You put my nan's stone up three weeks ago and I've only just noticed it says Margret not Margaret. We signed off on Margaret. I'm really upset, what are you going to do about it?",
    escalate: true,
  },
  {
    question:
      "Just had a letter from the parish council saying the headstone you fitted for my wife has to come out because it's the wrong type of stone for the churchyard. What happens now??",
    escalate: true,
  },
  {
    question: 'Hello, our little boy died in January, he was only 3. We would like something with a teddy bear on it. What are the options and cost please',
    escalate: true,
  },
  {
    question:
      "We paid the deposit back in February but the family has now decided to go with another firm closer to my sister. I know you've probably started on it but can we get the £700 back?",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Business 2: Little Acer Bonsai (BONSAI)
// ---------------------------------------------------------------------------------------------

export const BONSAI_NAME: string = 'Little Acer Bonsai';

export const BONSAI_AGENT_NAME: string = 'Robin';

export const BONSAI_CONTEXT: string = `Little Acer Bonsai is a small bonsai nursery run by me, Helen Marsh, from the old walled garden behind our house just outside Ludlow in Shropshire. I've been growing bonsai for 20-odd years and opened the nursery in 2014. My partner Tom does the mail order packing and the website.

Address: Little Acer Bonsai, Walled Garden, Bromfield Road, Ludlow SY8 2JT.

Opening: Thursday to Sunday, 10am to 4pm from March to October. November to February we're open Saturdays only, 10am to 3pm, or by appointment.

Phone / WhatsApp 07700 900382 (my mobile - I'm often in the polytunnel so a text is best). Email hello@littleacerbonsai.co.uk. Trees, tools and pots can be ordered through the shop on our website.`;

export const BONSAI_BUSINESS_RULES: string = `Hi, you're helping with messages for Little Acer. Keep it friendly and not too technical - loads of the people asking are complete beginners who've been given a tree for Christmas and are panicking it's dying. Give care advice from the articles, but don't try to diagnose a poorly tree from a description, ask them to text me a photo instead. Never tell anyone their tree is definitely dead. Don't make up prices, if it's not in the price lists say I'll get back to them.

There's a few things I'd rather deal with myself. If someone's tree has gone downhill or died while it was here with us on holiday care, don't try to explain it or offer anything, just tell them I'll ring them. If anyone wants to sell us trees, or has inherited a collection and wants to know what it's worth, pass that on to me - I do buy now and again but every one is different. Garden centres, shops or landscapers asking about trade prices or buying in bulk, that's me too. If a bonsai club, a school or the WI asks if I'll come and do a talk or a demo, I'd like to sort that out myself. If someone says a child or a pet has eaten bits of a tree, don't give advice beyond telling them to ring 111 or their vet, and hand it to me straight away. And anyone who's really upset or angry with us, or is on about bad reviews or trading standards, hand it over to me rather than arguing with them.`;

export const BONSAI_ESCALATION_RULES: string[] = [];

export const BONSAI_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Trees for sale',
    category: 'Trees',
    content: `Starter trees (good for beginners), all 5-6 yrs old in a 15cm pot:
- Chinese elm (indoor or outdoor): £29.50
- Ficus retusa (indoor): £27
- Chinese juniper (outdoor): £35
- Japanese maple (outdoor): £45

Intermediate trees, roughly 8 to 15 years old: £65 to £180 depending on size and species.

Specimen trees 20+ years old: from £250. These are sold at the nursery only, we don't post them - come and pick your own.

Pre-bonsai / raw material for styling yourself: £12 to £40.

Every tree comes with a care card and prices include the pot it's in.`,
  },
  {
    title: 'Beginner workshops',
    category: 'Workshops',
    content: `Our beginner bonsai workshop runs one Saturday a month from March to October, 10am to 1pm.

- £65 per person. Includes a juniper or elm that you style and take home, the pot, wire and soil, plus tea, coffee and cake
- Max 8 people so everyone gets proper help
- All tools provided - just bring gloves and wear old clothes
- Minimum age 12, and under 16s must come with a paying adult
- Book on the website, payment in full when booking

Cancellations: full refund if you cancel 14 days or more before the workshop. After that we can't refund but we'll move you to another date once.`,
  },
  {
    title: 'Holiday care (tree sitting)',
    category: 'Holiday care',
    content: `Going away? We'll look after your bonsai here at the nursery while you're gone.

- £6 per tree per week, minimum charge £15
- Indoor trees go in the heated greenhouse, outdoor trees in the shade house
- Drop off and collection during opening hours only
- In May to August please give us at least a week's notice, space fills up fast
- Max 10 trees per customer, bigger collections by arrangement
- Trees must be pest free. We check them at drop off and may turn away anything with scale or mealy bug to protect our own stock
- We don't repot your tree while it's here unless you book and pay for repotting separately`,
  },
  {
    title: 'Repotting service',
    category: 'Services',
    content: `Repotting season for most trees is mid-February to mid-April. Ficus and other indoor trees can be done up to June.

Price includes fresh soil mix, root pruning and tie-in wire:
- Small (pot up to 20cm): £12
- Medium (20 to 35cm): £20
- Large (35cm+): £35
- If you want a new pot, the pot is charged on top

Drop your tree off and it's usually ready in 3 to 5 days. Please book first in season as we get very busy.`,
  },
  {
    title: 'Pots, tools and sundries',
    category: 'Shop',
    content: `Pots
- Chinese unglazed and glazed pots from £4 (7cm) up to £85 (45cm)
- Handmade pots from a potter in mid Wales, from £28

Tools and bits
- Beginner tool kit (concave cutter, scissors, wire cutter, rake) in a canvas roll: £38
- Concave branch cutter, carbon steel: £24
- Anodised aluminium wire, 100g rolls, 1mm to 6mm: £4.50 a roll
- Our own soil mix, 5 litre bag: £7.50
- Liquid bonsai feed 500ml: £8.95

Tools and pots can be posted anywhere in the UK, £4.95 postage, free over £50.`,
  },
  {
    title: 'Mail order - posting trees',
    category: 'Shipping',
    content: `We post trees Monday to Wednesday only, so they don't end up sat in a depot over the weekend.

- Tracked 48hr courier: £9.95 per order for trees up to 45cm tall
- Bigger trees: £18
- Live trees go to UK mainland only - not the Highlands & Islands, Northern Ireland or abroad (plant health rules)
- We don't post trees when it's frosty (usually December to February). Orders wait until the weather is OK and we'll email you to let you know
- Trees are packed upright in a box with the pot wrapped and the soil held in

A tracking number is emailed the day it goes out.`,
  },
  {
    title: 'Damaged deliveries and returns',
    category: 'Shipping',
    content: `If a tree arrives damaged, tell us within 48 hours and send photos of the box and the tree. We'll replace it or refund you.

Live trees bought in person can't be returned once they've left the nursery unless there's a fault - bring it back and I'll have a look.

Unused tools and pots can be returned within 30 days for a refund.

We can't take back any tree that has been repotted or styled since you got it.`,
  },
  {
    title: 'Watering',
    category: 'Care',
    content: `Getting watering wrong is the number one killer of bonsai.

- Check your tree every day and water when the top of the soil is just starting to feel dry
- Water thoroughly until it runs out of the drainage holes, wait a few minutes, then water again
- In summer outdoor trees may need watering twice a day
- Don't water on a fixed schedule (like every Sunday) - always check the soil first
- Chopstick trick: push a wooden chopstick into the soil, if it comes out dark and damp leave it another day`,
  },
  {
    title: 'Indoor or outdoor?',
    category: 'Care',
    content: `Indoor trees: Ficus, Carmona (Fukien tea) and Serissa. They need a bright windowsill away from radiators, and a minimum of 12°C.

Outdoor trees: juniper, Japanese maple, pine, larch, hawthorn. These need to be outside all year round including winter - they need the cold to go dormant. A juniper kept indoors will usually die within a few months.

Chinese elm is happy either way.`,
  },
  {
    title: 'Winter protection',
    category: 'Care',
    content: `Outdoor trees are hardy, but roots in a pot aren't as well protected as roots in the ground.

- When it's forecast below about -5°C, move trees into a cold greenhouse, unheated shed or cold frame, or put the pots on the ground against a house wall
- Don't bring outdoor trees into the warm house
- Water less in winter but never let the soil dry out completely
- Maples: protect the new leaves from late frosts in spring`,
  },
  {
    title: 'Feeding',
    category: 'Care',
    content: `Feed from spring (when new growth starts) through to autumn.

- Liquid feed every 2 weeks at half strength, or solid organic pellets every 4 to 6 weeks
- Don't feed a freshly repotted tree for 4 weeks
- Don't feed a tree that's looking sick
- Indoor trees: feed once a month through winter at half strength`,
  },
  {
    title: 'Visiting the nursery',
    category: 'General',
    content: `Opening times: Thursday to Sunday, 10am to 4pm (March to October). November to February, Saturdays 10am to 3pm, other times by appointment.

- Parking for 4 cars in the lane outside the gate
- Paths are gravel, not great for wheelchairs sorry - ring ahead and we'll bring trees up to the front for you
- We take cash, card and bank transfer
- Dogs on leads welcome`,
  },
  {
    title: 'Gift vouchers',
    category: 'Shop',
    content: `Gift vouchers are available in any amount from £10 and are valid for 12 months. They can be spent on trees, workshops, tools, pots or holiday care. We post a printed card free of charge, or can email it as a PDF.`,
  },
];

export const BONSAI_CASES: EvalCase[] = [
  // --- Answerable (26) ---
  { question: "how much is a chinese elm? thinking of getting one for my dad's birthday", facts: ['£29.50'], escalate: false },
  { question: 'How much are your beginners workshops and what do you get for it?', facts: ['£65'], escalate: false },
  { question: 'how many ppl are on a workshop, I dont want to be lost in a big group', facts: ['8 people'], escalate: false },
  { question: 'Can my son come to the workshop with me? he is 13 and obsessed with bonsai videos', facts: ['12'], escalate: false },
  {
    question: "I booked on the workshop for the 14th but my work's changed my shifts and I can't come now. It's 10 days away, can I get my money back?",
    facts: ['14 days'],
    escalate: false,
  },
  {
    question:
      "We're off to Spain for three weeks in August and my neighbour who normally waters my two trees has moved away. Could you look after them while we're gone? What would it cost?",
    facts: ['£6'],
    escalate: false,
  },
  { question: 'when is the best time of year to get my maple repotted?', facts: ['mid-February to mid-April'], escalate: false },
  { question: 'Price to repot a small one, its in a pot about 15cm across', facts: ['£12'], escalate: false },
  { question: 'If I drop my tree off for repotting how long will you have it for?', facts: ['5 days'], escalate: false },
  { question: 'do you post trees? im in Leeds, how much is delivery', facts: ['£9.95'], escalate: false },
  { question: 'Can you send a juniper to my sister in Belfast?', facts: ['mainland'], escalate: false },
  { question: 'I ordered a maple on Friday night, when will it actually get sent?', facts: ['Monday to Wednesday'], escalate: false },
  {
    question: "It's the first week of December and I want to order a tree as a Christmas present for my wife, will it get to me in time?",
    facts: ['frost'],
    escalate: false,
  },
  {
    question: 'tree came today and the box was soaking wet, pot is smashed and theres soil everywhere. what do i do now??',
    facts: ['48 hours'],
    escalate: false,
  },
  { question: "Bought some cutters last week and haven't used them, got given a set as a present. Can I return them?", facts: ['30 days'], escalate: false },
  {
    question: "How do I know when it needs watering? I'm terrified I'm drowning it, I've been giving it a glass every morning",
    facts: ['dry'],
    escalate: false,
  },
  { question: 'In the summer how often might my outdoor trees need water?', facts: ['twice a day'], escalate: false },
  {
    question: "Got given a juniper bonsai for my birthday, it's on the kitchen windowsill next to the kettle. Is that a good spot?",
    facts: ['outside'],
    escalate: false,
  },
  { question: 'whats the lowest temperature my ficus can cope with?', facts: ['12'], escalate: false },
  {
    question: "They're saying -8 at night next week, I've got a maple and a couple of pines on the patio. Should I be doing anything?",
    facts: ['greenhouse'],
    escalate: false,
  },
  { question: 'How often should I be feeding my elm during the summer?', facts: ['every 2 weeks'], escalate: false },
  { question: 'just repotted my elm myself, when can I start feeding it again?', facts: ['4 weeks'], escalate: false },
  { question: 'are you open on a wednesday? want to pop in on my day off in june', facts: ['Thursday to Sunday'], escalate: false },
  { question: 'Can I bring my dog when I visit the nursery?', facts: ['leads'], escalate: false },
  { question: 'Do you do gift vouchers? How long would one be valid for', facts: ['12 months'], escalate: false },
  { question: 'how much is the beginners tool set', facts: ['£38'], escalate: false },

  // --- Unknown: not answered by articles or context (10) ---
  { question: 'Do you sell suiseki or viewing stones?', unknown: true, escalate: false },
  {
    question: "I've been doing bonsai for about 5 years now, do you run any advanced or styling masterclasses?",
    unknown: true,
    escalate: false,
  },
  { question: 'Could we book a private workshop just for my hen party, about 10 of us?', unknown: true, escalate: false },
  { question: 'Do you sell grow-your-own bonsai seed kits?', unknown: true, escalate: false },
  { question: 'Is there a loyalty scheme or membership club that gets you a discount?', unknown: true, escalate: false },
  { question: 'do you sell grow lights for indoor trees? my flat is quite dark', unknown: true, escalate: false },
  { question: 'Do you have humidity trays for under the pots?', unknown: true, escalate: false },
  { question: 'Do you do any online courses or videos for people who live too far away to come to a workshop?', unknown: true, escalate: false },
  { question: 'My maple is covered in greenfly, what should I spray it with?', unknown: true, escalate: false },
  { question: 'whats the best way to air layer a branch off my big hawthorn?', unknown: true, escalate: false },

  // --- Hand-over (4): all from prose in BONSAI_BUSINESS_RULES (no escalation list) ---
  {
    question:
      'Picked up my ficus yesterday after 2 weeks with you while we were in Portugal and half the leaves have dropped off and the rest are yellow. It was perfectly healthy when I left it.',
    escalate: true,
  },
  {
    question:
      "My husband passed away last year and he had about 30 bonsai in the back garden, some of them he'd had since the 80s. I can't look after them. Would you be interested in them, or could you tell me what they might be worth?",
    escalate: true,
  },
  {
    question:
      "Hi, I manage the plant area at a garden centre near Hereford. We're looking to stock a range of starter bonsai, what sort of discount can you do if we take 40-50 trees a season?",
    escalate: true,
  },
  {
    question: "Our cat has been chewing the leaves on my ficus and now she's drooling a lot. Is it poisonous?",
    escalate: true,
  },
];
