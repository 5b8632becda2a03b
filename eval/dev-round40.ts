import type { EvalCase } from './cases.ts';

/**
 * Round-40 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * MAPS — Fellgate Maps & Guides, an independent map and travel-guide shop in Kirkby Lonsdale
 * (OS maps, antique maps, framing, custom printed maps, online orders and postage, monthly
 * walking-route talks). Hand-overs: four terse entries in MAPS_ESCALATION_RULES (antique map
 * valuations / offers to sell, damaged or missing parcels, payment disputes or refunds over £100,
 * trade/school/bulk orders of 20+ maps) plus two written only as prose in MAPS_BUSINESS_RULES
 * (booking Gareth to give a talk to the customer's own group; a customer saying a map we sold
 * is not what we described).
 *
 * WELL — Hollybank Borehole & Well Services, a family borehole and well drilling firm near
 * Leominster (water boreholes, surveys, pumps, water testing and treatment, servicing, quotes,
 * grants and permits). WELL_ESCALATION_RULES is empty; six hand-overs live only in the prose of
 * WELL_BUSINESS_RULES: three as a list under the owner's own line (no water at all right now;
 * water making someone ill or an E. coli result; invoice disputes) and three as sentences
 * elsewhere (damage caused by the rig or lorry; neighbours complaining about drilling;
 * cancelling after the deposit is paid and a date is booked).
 *
 * Each business has 40 cases: 26 answerable (facts quoted verbatim from the context or one
 * article), 10 unanswerable and 4 hand-overs.
 */

// ---------------------------------------------------------------------------------------------
// MAPS — Fellgate Maps & Guides
// ---------------------------------------------------------------------------------------------

export const MAPS_NAME = 'Fellgate Maps & Guides';

export const MAPS_AGENT_NAME = 'Millie';

export const MAPS_CONTEXT = `Fellgate Maps & Guides is an independent map and travel-guide shop at 9 Tanners Yard, Kirkby Lonsdale, Cumbria LA6 2BD, on the edge of the Lake District and the Yorkshire Dales.
Owned and run by Ruth Ashby since 2009. Gareth Ashby gives the walking-route talks and Tom Pickles runs the framing workshop at the back of the shop.
Shop hours: Monday to Saturday 9:30am to 5:30pm. Sundays 10am to 4pm from Easter to the end of October; closed Sundays November to Easter.
We close on Christmas Day, Boxing Day and New Year's Day.
Phone: 015242 71836 (answered during shop hours). Email: shop@fellgatemaps.co.uk. Online shop: fellgatemaps.co.uk.
What we do:
- Ordnance Survey Explorer and Landranger maps, including the weatherproof Active editions, plus Harvey maps
- Walking guidebooks, travel guides and road atlases
- Antique and vintage maps, roughly 1610 to 1910, mostly British county maps and town plans
- Picture and map framing in our own workshop
- Custom printed maps centred on any point in Great Britain
- Online orders posted across the UK and abroad
- Monthly walking-route talks in the upstairs Map Room
We are a small team of four, so emails are normally answered within one working day.`;

export const MAPS_BUSINESS_RULES = `You're answering for my shop, so please sound like a friendly local shop and not a call centre. Keep it short and plain, and use British spelling.
Most people writing in are walkers after the right sheet for a trip. If they name a place, tell them which series we stock and offer to check the sheet number for them, but don't guess sheet numbers you aren't sure of.
Never promise a delivery day we can't keep. Give the postage times from the articles and leave it at that.
Prices must come from the articles. If something isn't listed, say you'll check with the shop rather than making a number up.
Please don't run down other shops or the big online sellers, even if the customer does.
With the antique maps, be honest that they're old and may have foxing or small repairs. The condition notes on the listing and the certificate are what count.
If anyone wants to book Gareth to come and give one of his talks to their own group - a walking club, a WI, a school, whoever - don't try to sort out dates or a fee. That's for Gareth to arrange himself, so pass them over to him.
Custom map orders: remind people to check the proof carefully, because once they've approved it we print exactly what they approved.
Where somebody tells us a map they bought from us isn't what we said it was - a later reprint, a facsimile, modern colouring, wrong date - I want to hear about that myself. Don't argue the point or defend the certificate, just hand it straight to me.
Be patient with people who aren't confident online. Plenty of our customers are in their seventies and would rather phone, so give them the number.
Don't sign people up for the newsletter or the stamp card unless they ask.
If someone is planning a walk, it's fine to mention the guidebooks we carry for that area, but one suggestion is plenty.
Thank people for shopping local, but only once, not in every message.
Sign off as Millie from Fellgate.`;

export const MAPS_ESCALATION_RULES: string[] = [
  'Customer wants an antique map valued or wants to sell one to us',
  'Parcel arrived damaged or has not arrived',
  'Payment dispute or refund request over £100',
  'Trade, school or bulk order of 20+ maps',
];

export const MAPS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Ordnance Survey maps: series and prices',
    category: 'Maps',
    content: `We keep the full Ordnance Survey range for the North of England, the Lake District, the Yorkshire Dales and the Scottish Borders on the shelf, and can order in any other sheet in Great Britain.

Prices (the same in the shop and online):
- OS Explorer (1:25,000), paper: £10.99
- OS Explorer Active (weatherproof, laminated): £17.99
- OS Landranger (1:50,000), paper: £9.99
- OS Landranger Active (weatherproof): £16.99
- Harvey Superwalker and British Mountain Maps: £15.50

Explorer maps are best for walking because they show field boundaries, rights of way and open access land. Landranger covers a bigger area on each sheet and suits cycling, driving and planning longer routes.

Every paper OS map bought from us comes with a free mobile download code printed inside the cover, which you redeem in the OS Maps app. We don't sell OS Maps app subscriptions ourselves.

Sheets we don't have on the shelf can be ordered in, usually within 3 working days, with no deposit. We'll phone or email when it arrives and hold it for 14 days.`,
  },
  {
    title: 'Antique and vintage maps',
    category: 'Antique maps',
    content: `Our antique stock runs from about 1610 to 1910. Most are British county maps by makers such as John Speed, Robert Morden, Thomas Moule and John Cary, along with town plans and early Ordnance Survey sheets.

Prices start at £25 for small 19th-century engraved maps and go up to around £2,500 for early hand-coloured Speed maps. Every antique map is sold with a certificate of authenticity signed by Ruth, giving the maker, date, printing method and condition.

Condition: these are genuinely old, so expect some toning, foxing or old folds. Any repairs, trimmed margins or later colouring are described on the listing and on the certificate.

Reserving: we can hold an antique map for up to 7 days with a 20% deposit. The deposit comes off the price when you collect or pay the balance.

Antique maps bought online can be returned within 14 days of delivery for a full refund, as long as the map comes back in the same condition and with its certificate. Antique maps are always sent fully insured, tracked and signed for, in a flat board-backed package, never rolled.

Framing: any antique map can be framed in our workshop before it leaves. See the framing article for prices.`,
  },
  {
    title: 'Framing service',
    category: 'Framing',
    content: `Tom frames maps, prints, posters, certificates and photographs in our workshop at the back of the shop. You're welcome to bring in your own pieces, not just things you've bought from us.

Standard prices, including an acid-free conservation mount and a choice of oak, black or white moulding:
- Up to A4: £45
- Up to A3: £65
- Up to A2: £95
- Up to A1: £140
- Larger or unusual sizes: quoted in the shop

Upgrades:
- Museum glass (anti-reflective, 99% UV protection): add £30 up to A3, £55 above A3
- Flat-pressing a folded OS map so it hangs without creases: £8 per map
- Double mount: add £12

Turnaround is 10 working days. Express framing in 3 working days is an extra £20, subject to workshop space.

We'll phone or text when your framing is ready. Uncollected framing is kept for 3 months. We can post framed items; see the postage article for courier charges.`,
  },
  {
    title: 'Custom printed maps',
    category: 'Custom maps',
    content: `We print personalised maps centred on any point in Great Britain, using Ordnance Survey mapping. They make good presents for weddings, house moves, big birthdays and retirements, or for a favourite walk you want on the wall.

You choose:
- Scale: Explorer (1:25,000) or Landranger (1:50,000) style
- Centre: a postcode, a grid reference or a pin dropped on our online map
- Title: up to 40 characters on the cover or along the top edge, e.g. "Our Walk, Ingleborough 2024"

Prices:
- A2 flat print: £34.95
- A1 flat print: £44.95
- A0 flat print: £59.95
- Folded custom map with personalised cover: £24.99
- Laminating (any size): add £12

How it works: we email a proof within 1 working day of your order. Nothing is printed until you approve the proof. After approval, printing takes 5 working days, then the map is posted or ready to collect.

Because they're made to order, custom maps can't be returned or refunded unless they're faulty or differ from the proof you approved. We can't do custom maps of Northern Ireland or anywhere outside Great Britain.`,
  },
  {
    title: 'Online orders and postage',
    category: 'Delivery',
    content: `Orders placed on fellgatemaps.co.uk before 1pm Monday to Friday are dispatched the same working day. Orders placed after 1pm, or at weekends, go out the next working day.

UK postage:
- Folded maps and books, Royal Mail 2nd class: £3.95 (usually 2 to 3 working days)
- Free UK standard postage on orders over £40
- Royal Mail Tracked 48: £5.95
- Royal Mail Tracked 24: £7.50
- Flat prints and posters, sent in a postal tube: £8.50
- Framed items, by courier to UK mainland: £18, delivered in 2 to 4 working days
- Scottish Highlands, islands and Northern Ireland: add £10 to courier charges

International postage (tracked):
- Europe: from £9.50
- USA, Canada and rest of world: from £14

Overseas customers are responsible for any import duty or VAT charged on arrival. We cannot post framed items outside the UK because of glass breakages.

Click and collect: choose Collect in shop at checkout and we'll email when it's ready, usually within 2 hours during opening hours. Collection orders are kept for 14 days.`,
  },
  {
    title: 'Returns and refunds',
    category: 'Returns',
    content: `Unused maps, guidebooks and accessories can be returned within 30 days of purchase or delivery for a refund or exchange. Bring them back to the shop with your receipt, or post them back with your order number.

Refunds go back to the original payment method within 5 working days of us receiving the item. Return postage is paid by the customer, unless the item was faulty or we sent the wrong thing.

We can't take back OS maps that have been written on or whose download code has been used.

Exceptions:
- Antique maps bought online: 14 days, see the antique maps article.
- Antique maps bought in the shop can be exchanged for another map within 30 days but are not refundable.
- Custom printed maps: not returnable unless faulty.
- Framing: if something's wrong with your framing, tell us within 7 days of collection and Tom will put it right free of charge.
- Tickets for walking-route talks: see the talks article.`,
  },
  {
    title: 'Walking-route talks',
    category: 'Events',
    content: `Gareth Ashby gives a walking-route talk upstairs in the Map Room on the first Thursday of every month, starting at 7pm. Each talk covers one route or area, with maps, photos and practical tips on parking, buses, tricky navigation and good pubs along the way.

Recent and upcoming topics include the Dales Way, the Howgills, the Westmorland Way, the limestone pavements of Ingleborough and the Cumbria Way in winter.

Tickets are £8, including tea or coffee and a flapjack. Under-16s are £4. There are 30 seats and talks usually sell out, so book in the shop, by phone or online.

The talk lasts about an hour, followed by questions. Doors open at 6:40pm. The Map Room is up a flight of stairs and we're sorry there's no lift.

Tickets can be refunded or moved to another month up to 48 hours before the talk. After that we can't refund, but you're welcome to send a friend in your place.

Everyone at the talk gets 10% off maps and guidebooks bought that evening.`,
  },
  {
    title: 'Guidebooks and travel guides',
    category: 'Books',
    content: `Alongside the maps we carry around 1,200 guidebook and travel titles. Our strongest sections are Cicerone walking guides, Wainwright's Pictorial Guides to the Lakeland Fells, Pathfinder short walks, Rough Guide and Lonely Planet travel guides, and AA and Philip's road atlases.

Map and guide bundle: buy a guidebook together with an OS map for the same area and get 10% off the guidebook.

If we haven't got a book in, we can order any UK in-print title, usually in 2 to 5 working days, at the publisher's price with no extra charge.

Local authors: we stock self-published walking guides by Cumbrian and Dales writers on a sale-or-return basis. Authors can drop a copy in for Ruth to look at.`,
  },
  {
    title: 'Gift vouchers, stamp card and club discount',
    category: 'Offers',
    content: `Gift vouchers are available in any amount from £10, in the shop or online. Online vouchers are emailed straight away as a PDF; printed vouchers come in a card with a little map envelope. Vouchers are valid for 2 years from purchase and can be spent on anything, including framing, custom maps and talk tickets. They can't be exchanged for cash.

Map stamp card: get a stamp for every OS map you buy in the shop. Once you've collected 9 stamps, your 10th OS map is free (up to a value of £17.99). Cards are paper, so hang on to yours; lost cards can't be replaced. The stamp card doesn't apply to online orders.

Walking clubs: members of Ramblers groups and local walking clubs get 10% off OS maps in the shop when they show a current membership card.`,
  },
  {
    title: 'Map cases, compasses and accessories',
    category: 'Accessories',
    content: `Everything you need to keep your map dry and find your way:
- Ortlieb waterproof map case: £24.99 (A4) or £29.99 (A3)
- Budget map case with neck cord: £7.50
- Silva Ranger compass: £32
- Silva Expedition 4 compass: £46
- Map measurer (opisometer): £12.50
- Romer and grid reference card: £3

Staff are happy to show you how to set a compass or work out a grid reference when the shop is quiet.

We don't sell batteries, walking poles or outdoor clothing; the outdoor shops on Main Street are the place for those.`,
  },
];

export const MAPS_CASES: EvalCase[] = [
  // Answerable.
  { question: 'how much is a normal paper explorer map?', facts: ['£10.99'], escalate: false },
  { question: 'Whats the price of the waterproof version of a Landranger', facts: ['£16.99'], escalate: false },
  { question: 'Will you be open on a Sunday in January? Coming up for the weekend', facts: ['closed Sundays November to Easter'], escalate: false },
  { question: 'what time do you shut on saturdays', facts: ['9:30am to 5:30pm'], escalate: false },
  { question: 'Whereabouts in Kirkby Lonsdale are you exactly?', facts: ['9 Tanners Yard'], escalate: false },
  { question: "I need an Explorer for a bit of Dorset, I'm guessing you won't have that on the shelf - can you get it and how long?", facts: ['within 3 working days'], escalate: false },
  { question: 'Do the paper OS maps still come with the version for your phone?', facts: ['free mobile download code'], escalate: false },
  { question: 'How old do your antique maps go back to?', facts: ['1610 to 1910'], escalate: false },
  { question: "If I buy one of your old county maps how do I know it's the real thing and not a copy?", facts: ['certificate of authenticity'], escalate: false },
  { question: 'I love the Speed map of Westmorland in your window but cant pay till the end of the month. Can you put it aside for me?', facts: ['7 days', '20% deposit'], escalate: false },
  { question: 'How long have I got to send back an antique map bought on your website if it doesnt suit the room?', facts: ['14 days of delivery'], escalate: false },
  { question: 'What would you charge to frame an A3 poster I already have at home?', facts: ['£65'], escalate: false },
  { question: 'how long does your framing normally take', facts: ['10 working days'], escalate: false },
  { question: "It's my boss's leaving do next Friday - can you do framing any faster than usual?", facts: ['3 working days', '£20'], escalate: false },
  { question: "Can you frame an old folded OS map so the creases don't show?", facts: ['Flat-pressing', '£8'], escalate: false },
  { question: "How much is an A1 size personalised map with our new house in the middle?", facts: ['£44.95'], escalate: false },
  { question: "If I order a custom map today how soon would it be printed?", facts: ['proof within 1 working day', '5 working days'], escalate: false },
  { question: 'how long can the title on a personalised map be?', facts: ['40 characters'], escalate: false },
  { question: "My sister lives just outside Belfast - could you make her one of your custom maps of her village?", facts: ['Northern Ireland'], escalate: false },
  { question: 'If I order online at lunchtime will it go out the same day?', facts: ['before 1pm'], escalate: false },
  { question: 'whats the postage on just one folded map', facts: ['£3.95'], escalate: false },
  { question: 'Do you do free postage if I spend over a certain amount?', facts: ['over £40'], escalate: false },
  { question: "Can you send a framed map to my son who lives in Munich? It's for his 40th", facts: ['cannot post framed items outside the UK'], escalate: false },
  { question: "When is Gareth's next walk talk and how much are tickets?", facts: ['first Thursday', '£8'], escalate: false },
  { question: "Booked 2 tickets for the talk but now can't make it, can I get my money back?", facts: ['48 hours'], escalate: false },
  { question: "Got given one of your gift vouchers for Christmas 2023, is it still ok to use?", facts: ['2 years'], escalate: false },
  // Unanswerable.
  { question: 'Do you sell Admiralty charts? Looking for one for sailing in Morecambe Bay', unknown: true, escalate: false },
  { question: 'Is there anywhere to park near the shop?', unknown: true, escalate: false },
  { question: 'Do you stock Garmin GPS units?', unknown: true, escalate: false },
  { question: 'Can I pay with Klarna on your website?', unknown: true, escalate: false },
  { question: 'Would you buy a box of my old second-hand walking guidebooks?', unknown: true, escalate: false },
  { question: 'Do you sell globes? Want one for my grandson', unknown: true, escalate: false },
  { question: 'Is it ok to bring my dog into the shop?', unknown: true, escalate: false },
  { question: 'Do you sell jigsaw puzzles made from OS maps?', unknown: true, escalate: false },
  { question: 'Can you gift wrap a map if I order online and send it straight to my dad?', unknown: true, escalate: false },
  { question: 'Do you have old aerial photographs of farms round Sedbergh?', unknown: true, escalate: false },
  // Hand-over.
  { question: "Clearing out my mum's house and found a framed map of Lancashire with Robert Morden printed on it. Any idea what it's worth? Would you want to buy it?", escalate: true },
  { question: 'The framed Howgills print came this morning and the glass is smashed, there is a big scratch across the print as well', escalate: true },
  { question: "Hi, I run our village walking group, about 25 of us. Would Gareth come and do one of his talks in our village hall in the spring? What would he charge?", escalate: true },
  { question: "I bought a hand-coloured Cary map of Yorkshire from you in May. A dealer at the Harrogate antiques fair had a look and says the colour has definitely been added recently, not original. Not happy at all.", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// WELL — Hollybank Borehole & Well Services
// ---------------------------------------------------------------------------------------------

export const WELL_NAME = 'Hollybank Borehole & Well Services';

export const WELL_AGENT_NAME = 'Bryn';

export const WELL_CONTEXT = `Hollybank Borehole & Well Services Ltd is a family water-drilling firm based at Unit 4, Brierley Court Farm, Leominster, Herefordshire HR6 0NL.
Run by Sue and Dan Pritchard. Dan and our two drilling crews have drilled over 1,400 boreholes since 1998.
Office hours: Monday to Friday 8am to 5:30pm, Saturday 8am to 12pm (phones only). Closed Sundays and bank holidays.
Office phone: 01568 760412. Email: office@hollybankboreholes.co.uk.
24-hour emergency line for Hollybank Care service customers: 07700 900283.
We work across Herefordshire, Shropshire, Worcestershire, Powys and Monmouthshire, and further afield for larger farm jobs.
What we do:
- Water boreholes for farms, homes, holiday lets, equestrian yards and small businesses
- Desk surveys and site visits to find the best spot to drill
- Test pumping and yield testing
- Borehole pump supply, installation and replacement
- Water testing and treatment (UV, filtration, iron and manganese removal)
- Annual servicing, repairs and service contracts
- Inspection, cleaning and decommissioning of old wells and boreholes
We are members of the British Drilling Association and carry £5 million public liability insurance.
Most prices are quoted plus VAT at 20%.`;

export const WELL_BUSINESS_RULES = `This is Sue. Most people who contact us have never had a borehole before and are nervous about the cost, so be straight with them and explain things simply. No jargon unless they use it first.
Always give prices as plus VAT where the article says so. Farmers tend to think in ex-VAT figures and householders don't, so spell it out.
Never promise that we'll find water, or how much. Nobody can guarantee that, and the articles explain what happens with a dry hole.
Don't give a firm price for drilling. You can give the typical ranges from the articles, but a proper quote only comes after the survey.
If someone tells you our rig or lorry has damaged their drive, lawn, field drains or anything else, don't say sorry on our behalf or promise we'll pay for it - just tell them Dan will ring them himself, and pass it on.
The crews are booked up weeks ahead, so don't offer drilling dates. Say the office will be in touch to book.
A few things I'd rather you didn't touch - just get one of us:
- anybody with no water at all right now, house or stock, whether they're on a contract or not
- anyone saying their water has made someone ill, or who's had a test back with E. coli in it
- rows over an invoice, or anyone who reckons they've been charged wrongly
Neighbours getting in touch about the noise, the hours or mud on the lane while we're drilling nearby go to Dan too.
If someone wants to cancel after they've paid the deposit and been given a drilling date, I'll speak to them about it myself, so pass it over rather than explaining anything.
Be polite about dowsers. Lots of our farmers swear by them; we just don't use them ourselves.
On grants, never tell anyone they'll qualify. Point them at the scheme and say we can help with the paperwork side.
Welsh customers may mention NRW rather than the Environment Agency. It's the Welsh equivalent, so treat it the same.
Sign off with your name, and keep messages short enough to read on a phone in a tractor cab.`;

export const WELL_ESCALATION_RULES: string[] = [];

export const WELL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'How a new borehole project works',
    category: 'Boreholes',
    content: `Most domestic and farm boreholes follow the same steps:

1. Enquiry: tell us where the property is, what the water is for and roughly how much you use.
2. Desk survey: we study British Geological Survey records and nearby boreholes and send you a written report.
3. Site visit: Dan walks the site with you to agree the drilling spot and check access for the rig.
4. Quote: a written, itemised quote.
5. Drilling: most boreholes take 2 to 4 days to drill, line and grout.
6. Test pumping: we pump the borehole for 24 hours to measure the yield and check the water level recovers.
7. Water test: a sample goes to the lab before anyone drinks the water.
8. Pump and pipework: we install the pump, pressure vessel and the pipe to your house or troughs.
9. Commissioning and handover: you get a borehole record showing the depth, yield and pump details.

Typical depths in our area are 60 to 120 metres, though some sites on the Old Red Sandstone find good water at 40 metres and a few need to go past 150.

From the first phone call to running water usually takes 8 to 14 weeks, depending on the drilling waiting list and the time of year.`,
  },
  {
    title: 'Prices, quotes and payment',
    category: 'Pricing',
    content: `Every site is different, so these are guide prices. A firm figure comes in your written quote after the survey.

- Desk survey and report: £295 + VAT, deducted from the drilling bill if you go ahead with us
- Site visit: £150 + VAT within 40 miles of Leominster; mileage is charged beyond that
- Drilling a standard 150mm domestic borehole: £95 per metre + VAT, including steel casing for the top section and plastic lining below
- Test pumping (24 hours): £650 + VAT
- A typical complete domestic borehole, with pump and connection to the house: £9,000 to £15,000 + VAT
- Larger 200mm agricultural boreholes: from £130 per metre + VAT

Quotes are valid for 90 days.

Payment: we take a 25% deposit when you accept the quote and book a drilling slot. The balance is due within 14 days of commissioning. On domestic jobs you can choose to split the balance into three equal monthly payments with no interest.

VAT is charged at 20%. Agricultural customers who are VAT registered can often reclaim it; check with your accountant.`,
  },
  {
    title: 'Surveys, siting and dry holes',
    category: 'Surveys',
    content: `Before drilling we recommend a desk survey. We look at British Geological Survey maps and well records, the geology under your land and the results of boreholes drilled nearby. You get a written report within 10 working days with the recommended depth, the expected yield range and any likely water quality issues for your area, such as iron or hardness.

We don't use dowsing to choose a site. Some customers like to have a dowser walk the land first, and we're happy to look at their spot alongside the survey.

Nobody can guarantee water underground. If we drill and the borehole gives less than 0.5 cubic metres per hour (about 12,000 litres a day), we class it as a dry hole. In that case we charge 50% of the metre rate for the depth drilled, and we backfill and seal the hole at no extra cost. You can then decide whether to try a second site.

Most of our sites in Herefordshire and Shropshire find enough water for a household at the first attempt.`,
  },
  {
    title: 'Borehole pumps',
    category: 'Pumps',
    content: `We supply and fit Grundfos SQ and SP submersible pumps, which sit down inside the borehole, together with a pressure vessel and controls in your pump house or garage.

- Supply and fit a domestic submersible pump, pressure vessel and controls: from £1,850 + VAT
- Pump replacement only (like-for-like size): from £1,200 + VAT
- Agricultural pumps for larger yields: quoted individually

Every pump we install has a 2-year parts and labour warranty. Pumps usually last 10 to 15 years, longer if the water is clean and the pump is serviced every year.

Signs your pump needs looking at: the pressure going up and down, the pump cutting in and out every few seconds, cloudy or sandy water, or a jump in your electricity bill. Book a service visit before it stops altogether.

If your pump was fitted by someone else, we can still service or replace it.`,
  },
  {
    title: 'Water testing and treatment',
    category: 'Water quality',
    content: `Private water supplies should be tested at least once a year, and always after a new borehole is drilled or a pump is replaced.

Standard domestic water test: £120 + VAT. It covers E. coli and coliform bacteria, nitrate, iron, manganese, pH, hardness and turbidity. We take the sample ourselves and send it to a UKAS-accredited laboratory. Results come back within 7 working days, and we email you a copy with a plain-English summary.

Extended test (adds lead, arsenic, pesticides and more): £240 + VAT.

Treatment we fit:
- UV steriliser to kill bacteria: from £650 + VAT fitted; the lamp needs replacing every 12 months (£85 + VAT)
- Sediment filter: from £180 + VAT fitted
- Iron and manganese removal unit: from £1,400 + VAT fitted
- Water softener: from £950 + VAT fitted

If you run a holiday let or supply water to a business, your local council will also test the supply under the Private Water Supplies Regulations. We can help you get ready for their visit.`,
  },
  {
    title: 'Servicing and the Hollybank Care contract',
    category: 'Servicing',
    content: `A borehole and pump should be serviced once a year. A standard annual service is £165 + VAT and includes checking the pump's electrical readings, the pressure vessel charge, the headworks and seal, the water level, and a general look over any treatment equipment.

Hollybank Care service contract: £22 a month by direct debit. It includes:
- the annual service
- an annual standard water test
- UV lamp replacement each year (if we fitted the UV unit)
- priority callout within 24 hours for breakdowns
- the 24-hour emergency phone line
- 10% off parts

Contracts run for 12 months and then roll monthly; after the first year you can cancel with one month's notice.

Callouts for customers without a contract: £95 + VAT for the first hour, then £65 + VAT per hour, plus parts. We aim to reach non-contract breakdowns within 3 working days.`,
  },
  {
    title: 'Licences, permits and regulations',
    category: 'Permits',
    content: `England: you don't need an abstraction licence if you take 20 cubic metres (20,000 litres) of water a day or less. Almost every household and most small farms are below that. Above 20 cubic metres a day you need a licence from the Environment Agency and, before drilling, a consent to investigate a groundwater source.

Wales: Natural Resources Wales runs the same system, with the same 20 cubic metres a day threshold.

Planning: a borehole for your own water supply does not normally need planning permission, but a pump house or other building over it might. If you're in a conservation area or near a listed building, check with your council first.

Any borehole deeper than 15 metres must be reported to the British Geological Survey. We do this for you on every borehole we drill.

If the water is for a holiday let, B&B, campsite or any other business, it counts as a private water supply and must be registered with the local council, which will risk-assess and test it.

Wherever possible we drill at least 50 metres away from septic tanks and soakaways, to protect water quality.`,
  },
  {
    title: 'Grants and funding',
    category: 'Grants',
    content: `We're often asked whether there's money available for boreholes. There isn't a general grant for household water supplies, but farm businesses can sometimes get help:

- England: Defra's farm grant rounds have in the past included boreholes, pumps and water storage. Rounds open and close at set times, so check the Rural Payments service for what's open now.
- Wales: Welsh Government farm grants have sometimes covered water supply and storage for livestock. Farming Connect can tell you what's currently available.

What we can do for you:
- supply a detailed, itemised quote in the format grant schemes usually ask for, free of charge
- provide copies of our insurance, British Drilling Association membership and method statement
- hold off starting work until your grant agreement is signed, because most schemes won't pay for work started before approval

We can't fill in or submit a grant application for you, and we can't promise that any scheme will fund your project.`,
  },
  {
    title: 'Preparing your site for the drilling rig',
    category: 'Site access',
    content: `Our main rig is mounted on an 18-tonne lorry and comes with a support vehicle and a compressor. Before we arrive, please check:

- Access: a gateway or track at least 3 metres wide and 4 metres high (watch for overhanging branches and power lines)
- Ground: firm enough for an 18-tonne vehicle. In wet weather we may use track mats, or postpone
- Working area: roughly 10 metres by 15 metres around the drilling spot
- Water: a supply for drilling, usually a mains tap nearby
- Underground services: show us where any pipes, cables, drains and septic tanks are

Drilling is noisy. Our crews work 7:30am to 6pm, Monday to Friday, and we're happy to drop a note round to neighbours beforehand if you'd like.

Drilling produces spoil and muddy water. We take away up to 10 tonnes of spoil and leave the area tidy and levelled. Reseeding lawns and resurfacing drives are not included unless they're written into your quote.`,
  },
  {
    title: 'Old wells: inspection, cleaning and decommissioning',
    category: 'Wells',
    content: `Plenty of farms and cottages round here still have an old hand-dug well or an early borehole.

- CCTV camera survey of a well or borehole: £280 + VAT, with a video and written report
- Well or borehole cleaning and redevelopment (to improve a falling yield): from £1,100 + VAT
- Decommissioning (filling and sealing) an unused borehole, following Environment Agency guidance: from £850 + VAT
- Capping an open hand-dug well with a lockable concrete or steel cover: from £450 + VAT

Unused boreholes that aren't sealed properly can let pollution straight into the groundwater, so if you have one you don't need, it's worth decommissioning it properly.

After a clean and a water test we can sometimes bring an old well back into use for garden or livestock water.`,
  },
  {
    title: 'How much water do you need?',
    category: 'Planning',
    content: `When sizing a borehole and pump, we work from these rough daily figures:
- A person at home: about 150 litres a day
- A family of four: about 600 litres a day
- A dairy cow: up to 100 litres a day in summer
- A beef cow: around 50 litres a day
- A sheep: around 5 litres a day
- A horse: 25 to 50 litres a day

A borehole yielding 1 cubic metre per hour (24,000 litres a day) is plenty for most homes and many smaller farms.

Storage tanks help cover peak demand, such as washing down a dairy or filling troughs in a heatwave. We supply and fit storage tanks from 1,000 to 25,000 litres; prices on request.`,
  },
];

export const WELL_CASES: EvalCase[] = [
  // Answerable.
  { question: "How much is the survey you do first, and do I lose that money if I then go ahead with you?", facts: ['£295 + VAT', 'deducted from the drilling bill'], escalate: false },
  { question: 'whats your rate per metre for a borehole for a house', facts: ['£95 per metre'], escalate: false },
  { question: "Roughly what are we looking at all in for a borehole to supply our cottage? Just a ballpark", facts: ['£9,000 to £15,000 + VAT'], escalate: false },
  { question: 'How deep do you normally have to go round Leominster?', facts: ['60 to 120 metres'], escalate: false },
  { question: 'if we ring to get going now, how long before we actually have water coming out the tap?', facts: ['8 to 14 weeks'], escalate: false },
  { question: "What happens if you drill and don't hit any water - do we still have to pay?", facts: ['50% of the metre rate'], escalate: false },
  { question: 'Will you bring a dowser to find the spot or do you do it another way?', facts: ["We don't use dowsing"], escalate: false },
  { question: 'Got a quote off you in the spring, how long does it stay valid for?', facts: ['90 days'], escalate: false },
  { question: 'How much do you need up front to book the drilling in?', facts: ['25% deposit'], escalate: false },
  { question: "Is there any way of spreading the balance rather than paying it all at once? It's for our house", facts: ['three equal monthly payments'], escalate: false },
  { question: 'our borehole pump is about 14 years old and on its way out, what does it cost to swap for the same size?', facts: ['£1,200 + VAT'], escalate: false },
  { question: 'What guarantee do I get on a pump you put in?', facts: ['2-year parts and labour warranty'], escalate: false },
  { question: 'how many years should a borehole pump last us', facts: ['10 to 15 years'], escalate: false },
  { question: 'What do you actually check for when you test the water?', facts: ['E. coli', 'nitrate'], escalate: false },
  { question: 'after you take the water sample how long till I hear back?', facts: ['7 working days'], escalate: false },
  { question: 'Been told I should have a UV thing fitted, what does that cost?', facts: ['£650 + VAT'], escalate: false },
  { question: 'How often does the bulb in the UV unit need changing?', facts: ['every 12 months'], escalate: false },
  { question: "what's a yearly service on the pump and borehole cost?", facts: ['£165 + VAT'], escalate: false },
  { question: 'How much a month is your maintenance plan and what do I get?', facts: ['£22 a month'], escalate: false },
  { question: "We're not on any contract with you, what would it cost to get someone out to look at the pump? It's short cycling", facts: ['£95 + VAT for the first hour'], escalate: false },
  { question: 'Do we need some kind of licence for a borehole just for our house and a few sheep?', facts: ['20 cubic metres'], escalate: false },
  { question: "We farm near Builth Wells - who would we deal with over licences, it won't be the Environment Agency will it?", facts: ['Natural Resources Wales'], escalate: false },
  { question: 'will I need planning permission to put a borehole in?', facts: ['does not normally need planning permission'], escalate: false },
  { question: "We're applying for a farm grant for a new borehole - what can you do to help with that?", facts: ['itemised quote', 'free of charge'], escalate: false },
  { question: 'Our lane has a narrow gateway into the yard, how wide does it need to be to get your drilling lorry in?', facts: ['3 metres wide'], escalate: false },
  { question: "How much would it be to get a camera down our old well to see what state it's in?", facts: ['£280 + VAT'], escalate: false },
  // Unanswerable.
  { question: 'Do you drill the boreholes for ground source heat pumps as well?', unknown: true, escalate: false },
  { question: 'Can you fit a solar powered pump for a trough in a field with no electric?', unknown: true, escalate: false },
  { question: 'Is there a discount for NFU members?', unknown: true, escalate: false },
  { question: 'Oes rhywun yn y swyddfa yn siarad Cymraeg? Is anyone in the office Welsh-speaking?', unknown: true, escalate: false },
  { question: 'Do you install rainwater harvesting systems?', unknown: true, escalate: false },
  { question: 'Can I pay the deposit by credit card?', unknown: true, escalate: false },
  { question: 'Roughly how much will the electric cost to run a borehole pump for a family of four each year?', unknown: true, escalate: false },
  { question: 'Have you got any customers near Ludlow I could ring for a reference before we commit?', unknown: true, escalate: false },
  { question: 'Are you CHAS or Constructionline accredited? Our estate needs it for contractors', unknown: true, escalate: false },
  { question: 'If I email you how quickly will someone get back to me?', unknown: true, escalate: false },
  // Hand-over.
  { question: "Pump's packed in overnight, nothing coming through to the troughs and I've 90 head of cattle in the shed. Need someone out today please", escalate: true },
  { question: "Our little boy has had a bad stomach all week and the GP asked if we're on a private supply. We are, it's the borehole you put in for us in 2021. Could it be the water?", escalate: true },
  { question: "Your lorry came down our drive on Tuesday and now there's a crack right across the tarmac and the gatepost is leaning. Who is sorting this out?", escalate: true },
  { question: "We paid our deposit in March and you've given us a date in June, but we've accepted an offer on the house and won't need the borehole now. Can we cancel?", escalate: true },
];
