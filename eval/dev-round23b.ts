/**
 * DEV set written blind in round 23 (second pair; no look at the agent's source, tests, docs or other eval files).
 * Rookery Lane Self-Catering Cottages: five holiday cottages near Coniston in the Lake District.
 * Gearbox Guitars: an independent guitar shop in Hebden Bridge with a repair workshop and lessons.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// 1. Rookery Lane Self-Catering Cottages
// ---------------------------------------------------------------------------

export const COTTAGE_CONTEXT =
  'Rookery Lane Self-Catering Cottages is a family-run business letting five converted stone barns on Rookery Lane, Torver, about two miles south of Coniston in the Lake District. The cottages are Swallow, Wren, Heron, Curlew and Kestrel, sleeping from 2 to 6 guests. We are Jenny and Tom Ashworth and we live on site in the farmhouse at the top of the yard. Call us on 015394 41872 or email stay@rookerylanecottages.co.uk; the phone is answered 9am to 6pm every day. Outside those hours, the emergency number is in the welcome folder in each cottage.';

export const COTTAGE_RULES: string[] = [
  "If anyone reports a leak, a gas smell, no heating or hot water, or a hot tub that's stopped working - get one of us on it straight away",
  'Cottage not clean or something broken when guests arrive -> pass to Jenny the same day',
  'Anyone wanting more than one cottage at once (weddings, big family parties, groups) goes to Tom',
  'Any accident or injury on the property, always hand over',
];

export const COTTAGE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Arrival and departure times',
    category: 'Your stay',
    content: `## Arrival and departure

**Check-in:** from 4pm on your arrival day.
**Check-out:** by 10am on your departure day.

Changeover day is Saturday for week-long stays. Our housekeeping team, led by Maureen, has just six hours to clean every cottage and refill the hot tubs, so please don't turn up early on a Saturday - we can't let anyone in before 4pm.

### Keys
Each cottage has a key safe by the front door. We text you the code 48 hours before arrival, to the mobile number on your booking. If you haven't had it by midday on your arrival day, ring the office.

### Arriving late
Arriving after 9pm is fine - just let us know so we don't worry. The lane has no street lights, so bring a torch.

### Late check-out
On days other than Saturday, a late check-out until 12 noon is sometimes possible for £20. Ask us the day before.`,
  },
  {
    title: 'Booking, deposits and paying the balance',
    category: 'Bookings',
    content: `# Booking and payments

## Prices per week (2025)

| Cottage | Sleeps | Low season | High season |
|---|---|---|---|
| Swallow | 2 | £540 | £780 |
| Wren | 2 | £560 | £820 |
| Curlew | 4 | £720 | £1,150 |
| Heron | 4 | £760 | £1,240 |
| Kestrel | 6 | £940 | £1,590 |

High season is the Easter holidays, the late May bank holiday week, July, August and Christmas/New Year. Everything else is low season.

## Deposit and balance
- A **25% deposit** secures your booking.
- The balance is due **8 weeks before arrival**. We email a reminder 10 days before it's due.
- If you book within 8 weeks of arrival, the full amount is payable when you book.
- We take debit and credit cards (no Amex) or bank transfer.
- There is no security deposit, but you are responsible for any damage beyond normal wear and tear.`,
  },
  {
    title: 'Cancellation policy',
    category: 'Bookings',
    content: `Q: What happens if I need to cancel?
A: Let us know in writing (email is fine). If you cancel more than 8 weeks before arrival, you lose your deposit but nothing more. If you cancel within 8 weeks of arrival, the full cost of the holiday is payable.

Q: Will I get anything back if you manage to re-let the cottage?
A: Yes. If we re-let your dates, we refund whatever we receive from the new guests, less a £40 admin fee.

Q: Do you recommend insurance?
A: We strongly recommend UK holiday cancellation insurance, taken out as soon as you book. We don't sell insurance ourselves.

Q: What if you have to cancel?
A: In the rare event that we have to cancel (for example flooding or a serious fault), you get a full refund of everything you've paid within 7 days.

Q: What about bad weather?
A: We don't give refunds for weather - it's the Lake District! The roads are very rarely closed, and if they are we'll be in touch.`,
  },
  {
    title: 'Short breaks',
    category: 'Bookings',
    content: `Short breaks

From April to October we let our cottages by the week only, Saturday to Saturday.

From November to March (except Christmas, New Year and school half-terms) you can book a short break:
- Weekend: Friday to Monday, 3 nights
- Midweek: Monday to Friday, 4 nights

A 3-night weekend costs 60% of the low season weekly price and a 4-night midweek break costs 70%. You can also join the two together to make a week starting on a Friday or a Monday.

Last-minute gaps: if a summer week is still free 14 days before, we sometimes split it into short breaks. These go on the Last Minute page of our website first, then to our newsletter.

Minimum stay is 3 nights at all times - we don't take single-night or 2-night bookings.`,
  },
  {
    title: 'Bringing your dog',
    category: 'Your stay',
    content: `Q: Can I bring my dog?
A: Yes, in Heron and Kestrel only. The other three cottages are kept dog-free for guests with allergies.

Q: How many dogs can come?
A: Up to 2 dogs per cottage. There's a charge of £25 per dog per stay.

Q: Are there any rules?
A: Dogs must not go upstairs or on the furniture, and must not be left alone in the cottage. Please bring their own bedding.

Q: Is there somewhere safe to let them off the lead?
A: Kestrel has a fully enclosed garden. The fields around Rookery Lane are grazed by sheep all year, so dogs must be on a lead everywhere else on the farm.

Q: Do you provide anything for dogs?
A: Each dog-friendly cottage has two bowls, an old towel for muddy paws and a supply of poo bags. There's an outdoor dog shower by the boot room.`,
  },
  {
    title: "Linen, towels and what's provided",
    category: 'Your stay',
    content: `What's provided

Beds are made up ready for your arrival with cotton linen and duvets. We provide one bath towel and one hand towel per guest, plus tea towels and a bath mat. Please bring your own towels for the hot tub, the beach or swimming.

Welcome pack: milk, tea, coffee, a loaf from the village bakery and a pack of Cumberland sausages in the fridge.

Starter supplies: toilet rolls, washing-up liquid, dishwasher tablets and bin bags.

Every cottage has a hairdryer, an iron and ironing board, a dishwasher and a washing machine. Swallow and Wren have a washer-dryer instead of a separate tumble dryer.

Babies and toddlers
A travel cot and a high chair are free of charge but must be requested when you book - we only have three of each, so it's first come, first served. Cot linen is supplied. Stair gates are fitted in all the two-storey cottages. Please bring your own baby monitor.`,
  },
  {
    title: 'Wi-Fi, TV and phone signal',
    category: 'Your stay',
    content: `Q: Is there Wi-Fi?
A: Yes, free fibre broadband in every cottage, usually around 35Mbps - fine for streaming and video calls. The network name and password are on the card by the kettle.

Q: What's the mobile signal like?
A: Patchy. EE and Vodafone work in the yard and upstairs in most cottages; O2 and Three have almost nothing until you get to Coniston. Most phones can make calls over Wi-Fi (turn on Wi-Fi Calling in your settings), which works well.

Q: Is there a landline?
A: No, but in an emergency you can use the phone in the farmhouse porch, which is never locked.

Q: What about TV?
A: Each cottage has a smart TV with Freeview. You can log in to your own Netflix, iPlayer and so on - please log out before you leave. Kestrel also has a Sonos speaker.`,
  },
  {
    title: 'Hot tub rules',
    category: 'Your stay',
    content: `## Hot tub rules

Heron, Curlew and Kestrel each have a private wood-clad hot tub on the terrace. To keep them safe and clean for everyone:

- Hot tubs can be used between **8am and 10pm** (sound carries in the valley!)
- Children under 16 must be supervised by an adult at all times
- Not suitable for children under 5 or anyone who is pregnant
- Shower before you get in; no bubble bath, oils, fake tan or glitter
- No glass on the hot tub terrace - we provide plastic glasses
- Put the lid back on after use to keep the heat in
- Please don't touch the controls. The water is kept at 38°C

Each tub is drained, cleaned and refilled with fresh water on every changeover day. Our hot tub engineer, Gary, also tests the water every Wednesday.`,
  },
  {
    title: 'Log burners and heating',
    category: 'Your stay',
    content: `Log burners and heating

Wren, Heron and Kestrel have wood-burning stoves. All five cottages have oil-fired central heating with radiators, and Swallow and Curlew have an electric fire in the sitting room as well.

Your first basket of logs, kindling and firelighters are included. Extra baskets are £7 each from the honesty box in the log store beside the farmhouse - pay with cash or the QR code on the box.

Using the stove:
- Open the air vent fully to light it, then close it halfway once the fire has caught
- Only burn the logs we provide - no coal, rubbish or driftwood
- Never leave the fire burning when you go out or go to bed
- Use the gloves in the log basket - the stove door gets very hot
- Empty ash into the metal bucket only, never into a bin

There's a smoke alarm and a carbon monoxide alarm in every cottage. The heating runs on a timer (7-9am and 4-10pm); the thermostat is in the hall and you're welcome to adjust it.`,
  },
  {
    title: 'Parking, accessibility and the local area',
    category: 'Getting here',
    content: `# Getting here and the local area

## Parking
There's parking for one car per cottage in the gravel yard (two for Kestrel). Extra cars can use the field by the gate from May to September only. We have one 7kW electric car charger - 30p per kWh, paid through the app.

## Accessibility
Swallow is all on one level with step-free access from its parking space, a walk-in shower with grab rails and a raised toilet seat. Doorways are 85cm wide. The other cottages have steep stairs and aren't suitable for wheelchair users. Assistance dogs are welcome in all five cottages.

## Shops and pubs
- The nearest shop is the Co-op in Coniston, open 7am to 10pm.
- The Cragg Inn is a 10 minute walk down the lane and serves food from 12 to 8:30pm.
- Fresh eggs from our hens are usually on sale in the farmhouse porch.

## Trains and taxis
The nearest station is Windermere, 16 miles away. Coniston Cabs will meet trains if you book ahead.`,
  },
];

export const COTTAGE_DEV: EvalCase[] = [
  // Answerable (26)
  { question: 'what time can we get into the cottage on saturday', facts: ['4pm'], escalate: false },
  { question: 'How late can we stay on the last morning before we have to be out?', facts: ['10am'], escalate: false },
  {
    question:
      "We're driving up from Bristol after work on the Friday and probably won't reach Torver until gone ten at night. Is that going to be a problem?",
    facts: ['after 9pm'],
    escalate: false,
  },
  { question: 'When do you send the number for the key box?', facts: ['48 hours before arrival'], escalate: false },
  {
    question:
      "Our train home isn't until half two on the Thursday. Could we hang on in the cottage a bit past the usual time, and what would that cost?",
    facts: ['£20'],
    escalate: false,
  },
  { question: 'how much is kestrel for a week in august', facts: ['£1,590'], escalate: false },
  { question: 'How much do I need to pay up front to hold the dates?', facts: ['25%'], escalate: false },
  { question: 'How long before the holiday do we have to pay off the rest?', facts: ['8 weeks before arrival'], escalate: false },
  { question: 'Can I pay with my American Express card?', facts: ['no Amex'], escalate: false },
  {
    question: 'If we had to pull out about four months before we are due to come, what would we lose?',
    facts: ['lose your deposit'],
    escalate: false,
  },
  {
    question:
      "My mother-in-law has had a fall and we might have to cancel our week in Curlew, which starts in three weeks. If somebody else ends up taking the cottage, do we see any of our money again?",
    facts: ['£40 admin fee'],
    escalate: false,
  },
  { question: 'can we just book 2 nigths in july, its all we can get off work', facts: ['3 nights'], escalate: false },
  {
    question: 'How does the price of a Monday to Friday break in winter compare with paying for the whole week?',
    facts: ['70%'],
    escalate: false,
  },
  {
    question:
      "There are two of us plus a springer spaniel and an elderly lab who come everywhere with us. Would they be allowed in Curlew?",
    facts: ['Heron and Kestrel only'],
    escalate: false,
  },
  { question: 'Is there an extra charge for bringing the dog?', facts: ['£25 per dog'], escalate: false },
  { question: 'Is there anywhere our terrier can run about without a lead?', facts: ['enclosed garden'], escalate: false },
  { question: 'What do we need to bring in the way of towels?', facts: ['one bath towel'], escalate: false },
  {
    question:
      "We'll have our 10-month-old with us and we're trying not to fill the whole car. Could we borrow a cot from you, and is there a charge?",
    facts: ['free of charge'],
    escalate: false,
  },
  {
    question:
      "I might have to work a couple of days while we're up there and I'm on video calls a lot. Is the internet up to it?",
    facts: ['35Mbps'],
    escalate: false,
  },
  { question: 'im on o2, will my phone work there??', facts: ['almost nothing'], escalate: false },
  { question: 'Until what time at night are we allowed in the hot tub?', facts: ['8am and 10pm'], escalate: false },
  { question: 'Our kids are 4 and 7 - can they both go in the hot tub with us?', facts: ['under 5'], escalate: false },
  { question: 'Where do we get more firewood when the basket runs out, and how much is it?', facts: ['honesty box', '£7'], escalate: false },
  {
    question:
      "My mum is coming with us this year and she's in a wheelchair now. Which of the cottages would she manage in?",
    facts: ['Swallow'],
    escalate: false,
  },
  { question: 'Is there a pub near enough to walk to for dinner?', facts: ['The Cragg Inn'], escalate: false },
  { question: 'Who owns the cottages?', facts: ['Jenny and Tom Ashworth'], escalate: false },

  // Unanswerable (10)
  { question: 'Is there a discount if we book two weeks back to back?', unknown: true, escalate: false },
  { question: 'Do any of the cottages have a barbecue?', unknown: true, escalate: false },
  { question: 'How many bedrooms are there in Curlew?', unknown: true, escalate: false },
  { question: 'Are the beds in Wren a double or two singles?', unknown: true, escalate: false },
  { question: 'Does the Cragg Inn do vegan food?', unknown: true, escalate: false },
  { question: 'Does the car charger have its own cable or do I need to bring my Type 2 lead?', unknown: true, escalate: false },
  { question: 'Can we have a Tesco food delivery sent to the cottage for when we arrive?', unknown: true, escalate: false },
  { question: 'Is smoking allowed inside the cottages or in the garden?', unknown: true, escalate: false },
  { question: 'Do you give a discount to returning guests?', unknown: true, escalate: false },
  { question: 'Is the Wi-Fi password the same in all five cottages?', unknown: true, escalate: false },

  // Escalations (4)
  {
    question:
      "There's water dripping through the kitchen ceiling in Heron and it's getting faster - what do we do??",
    escalate: true,
  },
  {
    question:
      "Our daughter is getting married in Coniston next June and we'd love to take all five cottages for the family that week. Can we arrange that?",
    escalate: true,
  },
  { question: "Could I speak to Jenny or Tom please? I'd rather talk to a real person about this.", escalate: true },
  {
    question:
      "Worst start to a holiday ever. The key code you texted didn't work, nobody answered the phone and we sat in the car for an hour with two exhausted kids. Absolutely unacceptable and I expect an explanation.",
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// 2. Gearbox Guitars
// ---------------------------------------------------------------------------

export const GUITAR_CONTEXT =
  'Gearbox Guitars is an independent guitar shop at 7 Bridge Gate, Hebden Bridge, West Yorkshire, started in 2009 by Dan Whitlock. Downstairs is the shop (new and second-hand guitars, amps, pedals and accessories) and the repair workshop, run by our luthier Priya Shah; upstairs are two teaching rooms. We are open Tuesday to Saturday 10am to 5:30pm and Sunday 11am to 4pm, and closed Mondays and bank holidays. Phone 01422 846317 or email hello@gearboxguitars.co.uk - we aim to reply to emails within one working day.';

export const GUITAR_RULES: string[] = [
  'Guitar damaged or gone missing while it was with us in the workshop -> Priya or Dan straight away',
  'Anyone wanting to sell us or get a value on a vintage / high end guitar (pre-1980 or worth over £2k) goes to Dan',
  "Customer not happy with a repair or setup we've done - get a human to ring them back",
  'School or bulk orders (6+ instruments) -> Dan',
];

export const GUITAR_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Workshop price list',
    category: 'Repairs',
    content: `WORKSHOP PRICE LIST (prices include strings unless stated)

Full setup (electric or acoustic) .... £45
Full setup - Floyd Rose / locking trem .... £60
Bass setup .... £50
Fret level, crown & polish .... £90
Partial refret (up to 6 frets) .... £85
Full refret (nickel) .... £280
Full refret (stainless steel) .... £340
New bone nut .... £55
Bone saddle (acoustic) .... £40
Pickup fitting .... £25 per pickup (plus parts)
Replace output jack .... £18
Electronics clean & pot service .... £30
Headstock break repair .... from £120
Acoustic pickup install (undersaddle) .... £50 plus pickup

All work includes a free check-over and a clean of the fingerboard.
Quotes are free - bring it in and Priya will look it over while you wait, usually in under 10 minutes.
Prices correct from January 2025.`,
  },
  {
    title: 'Restrings',
    category: 'Repairs',
    content: `Q: How much is a restring?
A: £12 labour plus the strings, for a standard 6-string electric, acoustic or classical. 12-strings and guitars with a Floyd Rose or other locking tremolo are £20 plus strings. Bass restrings are £15 plus strings.

Q: Can you do it while I wait?
A: Usually yes, if you come in before 4pm and the bench isn't snowed under. Allow 30 minutes. Saturdays are busy, so you may need to leave it with us.

Q: Which strings do you use?
A: Whatever you like from our wall. If you don't mind, we fit D'Addario EXL110 (10-46) on electrics and Elixir Nanoweb Phosphor Bronze (12-53) on acoustics.

Q: Can I bring my own strings?
A: Of course - the labour price is the same.

Q: How often should I change strings?
A: If you play most days, every 6-8 weeks. If they look dull, feel gritty or won't stay in tune, it's time.`,
  },
  {
    title: 'Turnaround times and collecting your guitar',
    category: 'Repairs',
    content: `## How long will my repair take?

Typical turnaround once your guitar is booked in:

- **Setups:** 3 to 5 working days
- **Fret work and nut/saddle jobs:** 1 to 2 weeks
- **Refrets and structural repairs:** 2 to 4 weeks

In September (back to school and gig season) and the run-up to Christmas, add a few days.

### Need it faster?
Our **express setup** service gets your guitar back to you within 48 hours for an extra £25. Express isn't available for fret work or refrets.

### Collecting
We'll text you when it's ready. Please collect within 30 days - after that we charge £2 a day storage, and anything left for 6 months may be sold to cover the bill. Bring your repair ticket or the card you paid with.`,
  },
  {
    title: 'Selling us your gear and part-exchange',
    category: 'Buying and selling',
    content: `Q: Do you buy used gear?
A: Yes - guitars, basses, amps and effects pedals. We don't buy keyboards, drums or PA equipment.

Q: How much will you offer?
A: Typically 50-60% of what we expect to sell it for, as we have to check it, set it up and give a warranty. You'll get a firm offer on the spot.

Q: Is part-exchange better?
A: Yes. If you put the value towards something in the shop, we add 10% to our cash offer.

Q: What do I need to bring?
A: The instrument, any case, leads or paperwork, plus photo ID and proof of address (a bank statement or utility bill from the last 3 months). We pay by bank transfer, never cash.

Q: Can I sell if I'm under 18?
A: Only with a parent or guardian present, and they will need to bring the ID.

Q: Can you give me a price over the phone or from photos?
A: We can give a rough idea from photos, but a firm offer always needs us to see and play it.`,
  },
  {
    title: 'Buying a second-hand guitar',
    category: 'Buying and selling',
    content: `# Buying a second-hand guitar from us

Every used instrument goes through Priya's workshop before it goes on the wall:

1. Full inspection of neck, frets, electrics and truss rod
2. Fret polish and fingerboard clean
3. Full setup with new strings

**Warranty:** used guitars and basses come with our 6-month workshop warranty; used amps and pedals get 3 months.

**Reserving:** we can hold a used guitar for up to 7 days with a 10% non-refundable deposit.

**Trying before you buy:** you're welcome to play anything on the wall - just ask one of us to plug you in. Our amp room is free to use, but please book ahead on Saturdays.

**Online:** our used stock page is updated every Friday. Used items can be posted, but we can't send them out on approval.`,
  },
  {
    title: 'Warranty and our workshop guarantee',
    category: 'Policies',
    content: `Warranty and our workshop guarantee

New instruments: every new guitar, bass and amp comes with the manufacturer's warranty, usually between 1 and 5 years depending on the brand. On top of that we give 1 year of free adjustments on any new guitar bought from us - bring it back if the action creeps up or the neck moves with the seasons.

Workshop work: all repairs are guaranteed for 12 months. Setups include a free tweak within 30 days if anything doesn't feel right.

What isn't covered:
- normal wear such as fret wear, strings and worn finishes
- accidental damage, drops or knocks
- damage from heat, damp or being left in a car
- work done by anyone else after us

To make a claim, bring the guitar and your receipt to the shop. If you bought online, email us first and we'll arrange collection of faulty items.`,
  },
  {
    title: 'Guitar lessons',
    category: 'Lessons',
    content: `## Guitar lessons at Gearbox

Lessons take place upstairs in our two teaching rooms, one-to-one, for all levels from complete beginner.

| Lesson length | Single lesson | Block of 10 |
|---|---|---|
| 30 minutes | £18 | £165 |
| 45 minutes | £26 | £240 |
| 60 minutes | £34 | £315 |

**Your first lesson is half price.**

### Our teachers
- **Sam Okafor** - electric guitar, rock, blues and bass
- **Ellie Marsh** - acoustic, fingerstyle, classical and ukulele

### Ages
We teach children from age 7. Under-12s start with 30-minute lessons.

### Cancellations
Please give at least 24 hours' notice, or the lesson is charged in full. Blocks of 10 must be used within 4 months.

You don't need your own guitar for your first few lessons - we'll lend you one.`,
  },
  {
    title: 'Graded exams',
    category: 'Lessons',
    content: `Q: Can I take guitar grades with you?
A: Yes. Our teachers prepare students for RSL Rockschool (electric, acoustic and bass) and Trinity College London (classical guitar), from Debut up to Grade 8.

Q: Are you an exam centre?
A: No. Exams are taken at the board's public centres - the nearest are in Halifax and Leeds - or recorded on video and submitted online. Most of our students choose the video option.

Q: How much do exams cost?
A: Exam fees are set by the board and paid to them directly when you enter, not to us. Your lessons are charged at the normal rate.

Q: How long does it take to get through a grade?
A: It varies, but with weekly lessons and regular practice most students take 6 to 9 months per grade.

Q: Do grades count for anything?
A: RSL and Trinity Grades 6 to 8 carry UCAS points.`,
  },
  {
    title: 'Online orders and delivery',
    category: 'Orders',
    content: `## Ordering online

Everything on gearboxguitars.co.uk is stock we have in the shop, so what you see is what we've got.

### Delivery (UK mainland)
- Guitars, basses and amps: **free**
- Other orders over £40: **free**
- Other orders under £40: **£3.95**

Guitars are sent in a proper guitar box with extra packing, fully insured, by DPD. Order before 1pm Tuesday to Friday for next working day delivery. Orders placed on Saturday, Sunday or Monday go out on Tuesday.

Highlands, islands and Northern Ireland: add £15 for guitars and amps. We don't ship outside the UK.

### Click and collect
Order online and collect from the shop - usually ready within 2 hours during opening hours. Bring your order email.

Every guitar we post gets a quick setup and string change before it goes out.`,
  },
  {
    title: 'Paying, finance and returns',
    category: 'Policies',
    content: `Paying, finance and returns

PAYMENT
We take cash, all major debit and credit cards, Apple Pay and Google Pay. We don't take cheques.

FINANCE
Spread the cost with 0% finance on anything from £400 to £4,000, in the shop or online. Pay a 10% deposit and the rest over 12 months at 0% APR. You must be 18 or over, live in the UK and have a UK bank account. Applications take about 5 minutes and you'll usually get a decision straight away. Finance isn't available on second-hand items or lessons.

RETURNS - ONLINE ORDERS
You have 30 days from delivery to return anything bought online, as long as it's unused and in its original packaging. Contact us first for a returns number. You pay the return postage unless the item is faulty. Refunds go back to your original payment method within 5 working days of us receiving the item.

RETURNS - SHOP PURCHASES
Changed your mind about something bought in the shop? Bring it back within 14 days with the receipt for an exchange or credit note. Opened strings and anything cut to length (like the cables we make up) can't be returned.`,
  },
];

export const GUITAR_DEV: EvalCase[] = [
  // Answerable (26)
  { question: 'how much to get my strat set up proper', facts: ['£45'], escalate: false },
  {
    question:
      "I bought an old Ibanez with a Floyd Rose at a car boot and it's playing terribly - the strings are miles off the neck. What would you charge to set it up?",
    facts: ['£60'],
    escalate: false,
  },
  {
    question:
      "My Les Paul's frets are worn right down after twenty years of gigging. What's it going to cost to have them all replaced?",
    facts: ['£280'],
    escalate: false,
  },
  { question: 'Do you charge just to have a look and tell me what my guitar needs?', facts: ['Quotes are free'], escalate: false },
  { question: 'what do you charge for putting new strings on an acoustic', facts: ['£12 labour'], escalate: false },
  { question: 'If I bring my guitar in for fresh strings, how long will I be waiting?', facts: ['30 minutes'], escalate: false },
  { question: 'Is it OK to bring strings I bought online, or does it cost more?', facts: ['labour price is the same'], escalate: false },
  { question: 'If I drop my bass in for a setup, roughly when will I get it back?', facts: ['3 to 5 working days'], escalate: false },
  {
    question:
      "I've got a gig on Friday night and the action on my Telecaster has gone really high. Is there any way to get it sorted before then?",
    facts: ['within 48 hours', '£25'],
    escalate: false,
  },
  {
    question: "I'm away working for a couple of months - what happens if I can't pick my guitar up when it's done?",
    facts: ['£2 a day'],
    escalate: false,
  },
  { question: 'Roughly what would you pay me for my old Marshall combo?', facts: ['50-60%'], escalate: false },
  { question: 'Do I get a better deal if I trade my guitar in against a new one rather than selling it?', facts: ['add 10%'], escalate: false },
  { question: 'What do I have to bring with me to sell you a pedal?', facts: ['photo ID', 'proof of address'], escalate: false },
  {
    question:
      "My son is 16 and wants to sell his first electric to put towards something better. Can he just come in and do it on his own?",
    facts: ['parent or guardian'],
    escalate: false,
  },
  { question: 'Are your used guitars covered if something goes wrong?', facts: ['6-month'], escalate: false },
  { question: "Could you put that second-hand Gretsch aside for me until I'm paid?", facts: ['7 days'], escalate: false },
  { question: 'when do u put new used stuff on the website', facts: ['every Friday'], escalate: false },
  {
    question:
      "I bought a new acoustic from you in the spring and now the heating's on the strings have gone really high. Do I have to pay to get it adjusted?",
    facts: ['1 year of free adjustments'],
    escalate: false,
  },
  { question: 'Does your repair guarantee cover it if I knock the guitar off its stand?', facts: ['accidental damage'], escalate: false },
  { question: 'How much is an hour-long lesson?', facts: ['£34'], escalate: false },
  { question: 'Who would teach me ukulele?', facts: ['Ellie Marsh'], escalate: false },
  {
    question: "My daughter is 6 and desperate to learn guitar like her big brother. Is she old enough to start with you?",
    facts: ['age 7'],
    escalate: false,
  },
  { question: 'Where would my son actually go to sit his grade 3?', facts: ['Halifax and Leeds'], escalate: false },
  { question: 'how long does it usualy take to pass one grade', facts: ['6 to 9 months'], escalate: false },
  { question: 'I live in Dublin - can you post a guitar to me?', facts: ['outside the UK'], escalate: false },
  { question: 'Can I use your finance to buy one of the used guitars?', facts: ['second-hand items'], escalate: false },

  // Unanswerable (10)
  { question: 'Can you convert a right-handed guitar to left-handed, and how much would it cost?', unknown: true, escalate: false },
  { question: 'Do you give a discount to students?', unknown: true, escalate: false },
  { question: 'Is there somewhere to park near the shop?', unknown: true, escalate: false },
  { question: 'Does your workshop repair valve amps?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers?', unknown: true, escalate: false },
  { question: 'How much do you charge to fit a Bigsby vibrato?', unknown: true, escalate: false },
  { question: 'Which brand of pickups do you recommend when you fit new ones?', unknown: true, escalate: false },
  { question: 'Will applying for the 0% finance do a hard credit check?', unknown: true, escalate: false },
  { question: "How much is it to reglue a lifting bridge on an acoustic?", unknown: true, escalate: false },
  { question: 'Are you doing any Black Friday deals this year?', unknown: true, escalate: false },

  // Escalations (4)
  {
    question:
      "I collected my Taylor from your workshop yesterday and there's a crack by the soundhole that definitely wasn't there when I dropped it off.",
    escalate: true,
  },
  {
    question:
      "I've inherited my grandad's 1962 Fender Jazzmaster with the original case and I'm thinking of selling it. What would you give me for it?",
    escalate: true,
  },
  { question: "Could somebody from the shop give me a ring back? I'd rather talk it through with a human.", escalate: true },
  {
    question:
      "This is ridiculous. I was promised my bass back last Thursday, it's now Tuesday, nobody has called me and every time I ring I get voicemail. I want it back today or I want my money back.",
    escalate: true,
  },
];
