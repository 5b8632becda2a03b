/**
 * DEV set written blind in round 24 (second pair; no look at the agent's source, tests, docs or other eval files).
 * Ashdown & Sons Chimney Sweeps: a father-and-son chimney sweeping business based in Ludlow, Shropshire.
 * Cipher & Key Escape Rooms: an independent three-room escape game venue on Baldwin Street, Bristol.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Ashdown & Sons Chimney Sweeps (chimney sweep)
// ---------------------------------------------------------------------------------------------

export const ASHDOWN_CONTEXT =
  "Ashdown & Sons Chimney Sweeps - family business, me (Gareth Ashdown) and my son Owen. Based in Ludlow, " +
  'we cover about 25 miles round: south Shropshire, north Herefordshire and the edge of Powys (Knighton, ' +
  'Presteigne). HETAS registered and members of the Guild of Master Chimney Sweeps, fully insured. ' +
  'Yard/office: Unit 4, Weeping Cross Lane, Ludlow SY8 1ER - it is just a workshop, no walk-in customers please. ' +
  'Phone 01584 872310 (office Mon-Fri 8am-5pm, Sat 8am-12 noon, answerphone outside those times), ' +
  'text/WhatsApp 07700 900417, email bookings@ashdownsweeps.co.uk. We are out sweeping Monday to Saturday, ' +
  'first appointment 8am, last one starts 3pm. Closed Sundays and bank holidays. We sweep open fires, wood ' +
  'burners, multi-fuel stoves, Agas and range cookers, and oil-fired boiler flues. We do NOT work on gas ' +
  'appliances, you need a Gas Safe engineer for those. Also: bird nest removal, CCTV chimney surveys, smoke ' +
  'tests, cowls and bird guards.';

export const ASHDOWN_RULES: string[] = [
  'complaints - anyone unhappy with a sweep, pass to Gareth',
  'if someone says we damaged something or left soot/mess in the house -> Gareth, straight away',
  'refunds over £50',
  'pubs, hotels, schools, farms etc - anything commercial, Owen does those quotes so hand it over',
  'anyone saying their chimney is on fire or smoke/fumes are coming into the house NOW: tell them ring 999 and hand over',
];

export const ASHDOWN_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Price list',
    category: 'Pricing',
    content: `## Price list (from 1 September)

| Service | Price |
|---|---|
| Standard sweep - open fire, wood burner or multi-fuel stove | £70 |
| Second flue swept on the same visit | £40 |
| Aga / range cooker sweep | £95 |
| Oil boiler flue sweep | £65 |
| Bird nest removal | from £120 |
| CCTV chimney survey | £85 |
| Smoke test | £55 |
| Bird guard supplied and fitted | from £75 |
| Cowl supplied and fitted | from £110 |

- All prices include VAT and a sweeping certificate.
- Outside 15 miles of Ludlow there is a £15 travel supplement.
- Pay on the day by card, cash or bank transfer. We don't take cheques any more.`,
  },
  {
    title: 'Getting ready for your sweep',
    category: 'Before your visit',
    content: `# Before we arrive

A few things that make the visit quicker and cleaner:

* Let the fire go out the night before. A stove must be cold, so please don't light it for at least 12 hours before your appointment.
* Clear about 2 metres of floor space in front of the fireplace.
* Take ornaments, photos and clocks off the mantelpiece.
* Keep pets in another room while we're working (soot and cats don't mix).
* Tell us if there is no parking near the house - we carry a lot of kit.

We bring dust sheets and a HEPA-filter vacuum, so there's no need to cover the furniture yourself. A standard sweep takes about 45 minutes. You can light the fire again as soon as we've gone.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'General',
    content: `Q: How often should my chimney be swept?
A: Wood - up to four times a year while it's in use. Smokeless coal - at least once a year. Oil - once a year. If you only have the odd fire, once a year before winter is usually enough.

Q: Do I get a certificate?
A: Yes. Every sweep comes with a Guild sweeping certificate, emailed to you the same evening. Lots of home insurers ask for one, so keep it safe.

Q: Do you go up on the roof?
A: Hardly ever - we sweep from inside. We only use a roof ladder for fitting cowls and bird guards, and only on houses up to two storeys. Anything taller needs scaffolding, which the customer has to arrange.

Q: There's a gas fire in front of my chimney. Can you sweep it?
A: We can't touch gas fires. If a Gas Safe engineer disconnects and removes it first, we're happy to sweep. Bricked-up fireplaces need opening up before we come - we don't do building work.

Q: Do you sell logs?
A: No, we don't sell logs or kindling ourselves.`,
  },
  {
    title: 'Birds and nests',
    category: 'Services',
    content: `Jackdaws love a chimney. If you hear scratching or twigs keep dropping into the grate, there is probably a nest up there. By law (Wildlife and Countryside Act 1981) we can't disturb a nest that is in use, so between March and the end of August we can only check and advise - we will not remove an active nest with eggs or chicks in it. Once the birds have gone, usually from September, we can clear it.

Nest removal starts at £120 and most take one to three hours depending on the size - we have had some over two metres deep. Afterwards we strongly recommend a bird guard so it doesn't happen again (from £75 fitted). We can't work on roofs in high winds or heavy rain, so nest jobs sometimes get moved at short notice.`,
  },
  {
    title: 'Booking, arrival times and cancellations',
    category: 'Booking',
    content: `**How to book:** ring the office, text/WhatsApp, or use the form on the website. We confirm every booking by text.

**Arrival windows:** we give either a morning slot (8am-12) or an afternoon slot (12-3pm). Owen or I will text when we're 20 minutes away. We can't promise exact times because a sweep sometimes turns into a nest job.

**Deposits:** none needed, except Saturday appointments, which need a £20 deposit (taken off the bill).

**Cancelling:** please give us at least 48 hours' notice. If you cancel with less notice, or we turn up and can't get in, there is a £35 call-out charge.

**Someone must be home:** an adult (18 or over) needs to be in for the whole visit. We don't work from key safes.

**Busy season:** September to November is mad - book 3 to 4 weeks ahead. In summer we can usually come within a week.`,
  },
  {
    title: 'CCTV chimney surveys and smoke tests',
    category: 'Services',
    content: `CCTV Chimney Surveys | Ashdown & Sons Chimney Sweeps
Home > Services > CCTV Surveys

What is a CCTV survey?
We push a waterproof camera on rods up the full length of your flue to look for cracks, missing mortar, blockages and damaged liners.

When you might need one:
- buying a house with an open fire or stove
- after a chimney fire
- before fitting a new stove

What you get: a recorded video link and a written report, emailed within 3 working days. Surveys cost £85 and take around an hour.

Smoke tests
A smoke test fills the flue with harmless smoke to check for leaks into your rooms or next door. £55, about 30 minutes.

Please note: we do not install or repair flue liners and we don't do any masonry work. If the survey finds a problem we'll put you in touch with Teme Valley Stoves in Tenbury Wells, who we trust.

(c) Ashdown & Sons 2024 | Privacy | Cookies`,
  },
  {
    title: 'Landlords and letting agents',
    category: 'Landlords',
    content: `- We sweep for lots of local landlords and agents.
- Book 3 or more properties on the same day and get 10% off the sweeping price.
- Letting agents can pay by invoice on 14 days terms. Private landlords pay on the day like everyone else.
- Give us the tenant's name and mobile number and we'll arrange the time directly with them.
- Certificates are emailed to both the landlord/agent and the tenant.
- If the tenant isn't in when we arrive, the £35 call-out charge is billed to the landlord.`,
  },
  {
    title: 'Chimney fires and carbon monoxide',
    category: 'Safety',
    content: `## If your chimney is on fire
Ring 999 straight away. Don't wait for us - we are NOT an emergency service and we don't do out-of-hours call-outs.
Signs to look for: a loud roaring noise, the stove pipe glowing, thick smoke or sparks coming from the pot.

## After a chimney fire
Don't light the fire again until the chimney has been checked. We recommend a CCTV survey (normal £85 price) to look for cracks. Tell your home insurer too.

## Carbon monoxide
Every room with a solid-fuel appliance should have a CO alarm. We can supply and fit one for £25 on the day of your sweep.`,
  },
];

export const ASHDOWN_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'hi how much do u charge to do a woodburner?', facts: ['£70'], escalate: false },
  {
    question:
      "We've got a log burner in the lounge and an open fire in the dining room. If you do both in one go, what's the cost of the second one?",
    facts: ['£40'],
    escalate: false,
  },
  { question: "What's the price for cleaning out the flue on our Aga?", facts: ['£95'], escalate: false },
  { question: 'we have an oil fired boiler - do you sweep those flues and what does it cost', facts: ['£65'], escalate: false },
  {
    question: "I live out past Knighton, prob 20 miles from Ludlow. Is there anything extra for coming that far?",
    facts: ['£15'],
    escalate: false,
  },
  { question: 'can i pay you by cheque or is it cash only?', facts: ['card'], escalate: false },
  { question: 'Do I need to cover the sofa and carpet with old sheets before you turn up?', facts: ['dust sheets'], escalate: false },
  {
    question: "Roughly how long does it take? I've got to do the school run at 3 so need to know if I can book the 1pm",
    facts: ['45 minutes'],
    escalate: false,
  },
  { question: 'How long before you arrive should I stop using the stove?', facts: ['12 hours'], escalate: false },
  { question: 'how much room do you need in front of the fireplace to work?', facts: ['2 metres'], escalate: false },
  {
    question: 'We burn logs pretty much every night from October to March. How often ought it to be done?',
    facts: ['four times a year'],
    escalate: false,
  },
  {
    question: 'My insurers want proof the chimney has been done. Do you give me anything for that, and when would I get it?',
    facts: ['certificate', 'same evening'],
    escalate: false,
  },
  {
    question: "There's an old gas fire sat in front of the chimney breast in our new house. Could you sweep the chimney behind it?",
    facts: ['Gas Safe'],
    escalate: false,
  },
  {
    question: "Our house is 3 floors and we'd like a cowl on the pot. Can you get up there with a ladder?",
    facts: ['scaffolding'],
    escalate: false,
  },
  {
    question:
      'Theres loads of scratching in the chimney and bits of twig landing in the grate every morning. Its April - can you come and pull the nest out this week?',
    facts: ['August'],
    escalate: false,
  },
  {
    question: 'Once the jackdaws have gone, how much is it to get the nest cleared, and what stops them coming back?',
    facts: ['£120', 'bird guard'],
    escalate: false,
  },
  { question: 'Do you work saturdays? is there anything different about booking one?', facts: ['£20'], escalate: false },
  {
    question: 'What time will you actually turn up? I work from home so just need a rough idea so I can plan calls',
    facts: ['20 minutes'],
    escalate: false,
  },
  {
    question: 'Something has come up and I might have to cancel tomorrow mornings appointment - will I be charged?',
    facts: ['£35'],
    escalate: false,
  },
  {
    question: "I'll be at work all day. Is it ok if I leave the key in our key safe and you let yourselves in?",
    facts: ['18'],
    escalate: false,
  },
  { question: 'how far in advance do i need to book for late october?', facts: ['4 weeks'], escalate: false },
  {
    question:
      "We're buying a cottage with an inglenook and the surveyor says get the flue looked at with a camera. How much is that and how soon would the report come?",
    facts: ['£85', '3 working days'],
    escalate: false,
  },
  {
    question: 'The camera check found the liner is cracked. Is that something you can replace for us?',
    facts: ['Teme Valley Stoves'],
    escalate: false,
  },
  {
    question: "I'm a letting agent with five rentals that need doing. Is there money off if you do them all the same day, and can we be invoiced?",
    facts: ['10%', '14 days'],
    escalate: false,
  },
  {
    question: 'could you put one of those CO detectors in while youre here, and how much would it be?',
    facts: ['£25'],
    escalate: false,
  },
  {
    question: 'Are you properly accredited? The man who fitted our stove said to use a registered sweep.',
    facts: ['HETAS'],
    escalate: false,
  },

  // Not answerable from the context or articles: the agent must say it does not know.
  { question: 'Do you sweep pellet stoves?', unknown: true, escalate: false },
  {
    question: "We've got three flues - what would the third one cost if you do them all on the same visit?",
    unknown: true,
    escalate: false,
  },
  { question: 'Is there a discount for pensioners?', unknown: true, escalate: false },
  { question: 'How long does it take to fit a cowl?', unknown: true, escalate: false },
  { question: 'I lost my sweeping certificate from last year, do you charge to send another copy?', unknown: true, escalate: false },
  { question: 'What make of carbon monoxide alarm do you fit?', unknown: true, escalate: false },
  { question: 'Can you sweep a chimney on a thatched cottage?', unknown: true, escalate: false },
  { question: 'there are wasps going in and out of the chimney pot, can you get rid of a wasp nest?', unknown: true, escalate: false },
  { question: 'How long is a bird guard guaranteed for?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers? Want to get my dad a sweep for his birthday', unknown: true, escalate: false },

  // Escalations (meet one of the owner's rules).
  {
    question:
      "Your lad swept our stove yesterday and there's black soot all over our cream carpet and the sofa. Who's paying for the cleaning?",
    escalate: true,
  },
  {
    question: "There's smoke pouring out round the stove pipe into the living room right now and the chimney is roaring, what do I do??",
    escalate: true,
  },
  {
    question: "I manage the Feathers Hotel in Ludlow - we've 6 open fires in the public rooms. Could you give us a price to do them all?",
    escalate: true,
  },
  {
    question: 'I paid £85 for a camera survey three weeks ago and still have no report. Not good enough, I want my money back.',
    escalate: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Cipher & Key Escape Rooms (escape room)
// ---------------------------------------------------------------------------------------------

export const CIPHER_CONTEXT =
  'Cipher & Key Escape Rooms, 2nd floor, 27 Baldwin Street, Bristol BS1 1RU (blue door next to the barbers, ' +
  'buzz "Cipher"). Three escape games for 2-8 players: The Clockmaker\'s Study, Lights Out at Marlow Lane and ' +
  'The Vault at Corn Street. Open Wed & Thu 12pm-9pm, Fri 12pm-10:30pm, Sat 10am-10:30pm, Sun 10am-7pm. ' +
  'Closed Mon and Tue except for private/corporate hire. Phone 0117 496 0832 (only answered in opening hours and ' +
  'we are usually running games, so leave a message), email hello@cipherandkey.co.uk. Book online at ' +
  'cipherandkey.co.uk - walk-ins only if a room happens to be free. Run by Priya Shah and Tom Hartley.';

export const CIPHER_RULES: string[] = [
  'anyone hurt or feeling unwell during or after a game -> Priya',
  'complaints about staff, or a game going wrong (puzzles broken, lights failing etc)',
  'refunds over £50',
  'groups of more than 20, or anything about hiring the whole place at a weekend, Tom deals with those',
];

export const CIPHER_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our games',
    category: 'Rooms',
    content: `# Our games

## The Clockmaker's Study
A gentle first game. The old clockmaker has vanished and left his workshop full of locked drawers and ticking clues.
- Players: 2-6
- Time: 60 minutes
- Difficulty: 2/5 - perfect for beginners and families
- Minimum age 8 (under-16s must play with an adult)

## Lights Out at Marlow Lane
Our scary one. Torch-lit, loud noises, and one live actor who may grab your ankle. Nothing gory, but it is very dark.
- Players: 3-6
- Time: 60 minutes
- Difficulty: 4/5
- 16+ only, no exceptions. Includes a short crawl-through tunnel (about 3 metres).

## The Vault at Corn Street
A bank heist with a laser corridor and a real 400kg safe door. Our hardest and biggest room.
- Players: 4-8
- Time: 75 minutes
- Difficulty: 5/5, escape rate around 28%
- Minimum age 12`,
  },
  {
    title: 'Prices',
    category: 'Pricing',
    content: `Prices are per GROUP, not per person.

| Players | Clockmaker's Study | Lights Out | The Vault |
|---|---|---|---|
| 2 | £52 | - | - |
| 3 | £69 | £75 | - |
| 4 | £84 | £92 | £100 |
| 5 | £98 | £105 | £115 |
| 6 | £108 | £114 | £126 |
| 7 | - | - | £135 |
| 8 | - | - | £144 |

Off-peak: games starting before 4pm Wednesday to Friday are 15% off (taken off automatically when you book online).
Students: we don't have a separate student discount, but off-peak is the cheapest way to play.`,
  },
  {
    title: 'Booking, changes and cancellations',
    category: 'Booking',
    content: `All bookings are paid in full online at the time of booking. You can move your booking to another date free of charge up to 72 hours before your start time. Inside 72 hours we can't refund or move it, because we usually can't resell the slot - but if we do manage to fill it, we'll offer you a new date.

If more people turn up than you booked for, just pay the difference at the desk (as long as the room's maximum isn't exceeded). If fewer come, the price stays the same.

Please arrive 15 minutes before your start time for the safety briefing. If you're late, your game still ends at the original time. If you're more than 30 minutes late we may have to cancel the game, with no refund.`,
  },
  {
    title: 'FAQ',
    category: 'General',
    content: `Q: Are we actually locked in?
A: No. Every room door has a green release button and your game master watches on camera the whole time. You can leave whenever you like.

Q: What if we get stuck?
A: Ask for a hint on the walkie-talkie. Hints are unlimited and free - they don't cost you any time, though they do show on the leaderboard.

Q: Can we take our phones in?
A: No phones, bags or coats in the rooms. There are free lockers in reception.

Q: Do we get a photo?
A: Yes, a team photo with our silly signs at the end, emailed to the lead booker within 24 hours.

Q: What should we wear?
A: Comfy clothes and flat shoes. In Lights Out you'll be kneeling, so wear something you don't mind getting dusty.

Q: Can I play on my own?
A: Solo players are welcome in The Clockmaker's Study but pay the 2-player price of £52.`,
  },
  {
    title: 'Accessibility',
    category: 'Accessibility',
    content: `We're on the 2nd floor, and there is a lift (it takes a standard wheelchair). The Clockmaker's Study and The Vault are step-free and wheelchair accessible. Lights Out at Marlow Lane isn't, because of the tunnel and the uneven floor.

- There is an accessible toilet on our floor.
- Assistance dogs are welcome in all rooms.
- Printed hint cards can be used instead of the walkie-talkie for deaf or hard of hearing players - mention it when you book.
- A carer or personal assistant can play for free - just add them in the booking notes.
- Lights Out uses strobe lighting in one scene, so it isn't suitable for anyone with photosensitive epilepsy. The other two rooms have no strobe.`,
  },
  {
    title: 'Parties and team building',
    category: 'Groups',
    content: `PARTIES & TEAM BUILDING | Cipher & Key Escape Rooms

BIRTHDAY PARTIES
Play a game, then relax in our Lounge for 45 minutes afterwards. Lounge add-on: £30. Bring your own cake and soft drinks - we provide plates, napkins and candles. No alcohol on the premises, please: we're not licensed and you can't bring your own.

HEN & STAG PARTIES
Very welcome! But anyone who is visibly drunk will be refused entry (it's a safety thing with the puzzles and the tunnel), and there's no refund.

CORPORATE / TEAM BUILDING
Race another team head to head in two rooms at once, or take over all three.
Weekday exclusive hire - all three rooms plus the Lounge, up to 20 people, 2 hours: £450 + VAT. We can send a VAT invoice.
Optional 20-minute debrief with your game master on how your team worked together: £40.
Enquiries: events@cipherandkey.co.uk`,
  },
  {
    title: 'Gift vouchers',
    category: 'Vouchers',
    content: `- Buy online and get the voucher by email straight away, or choose a printed card in a gift box for £3 extra (posted 2nd class).
- Any amount from £20, or a voucher for a specific game and group size.
- Valid for 12 months from the date of purchase.
- Vouchers can't be exchanged for cash or refunded.
- To use one, enter the code at checkout. If the booking costs more, pay the difference; if it costs less, the balance stays on the code.
- Expired? We'll extend it once by 3 months for a £10 fee, as long as you contact us within 1 month of the expiry date.`,
  },
  {
    title: 'Getting here',
    category: 'Location',
    content: `## Finding us
27 Baldwin Street, 2nd floor. Blue door to the left of Kings Cuts barbers - press the buzzer marked Cipher.

## Train
Bristol Temple Meads is about a 12 minute walk.

## Bus
Stops on Baldwin Street and at the Centre are 2 minutes away.

## Car
There's no parking at the building. The nearest car park is Queen Charlotte Street (NCP), 5 minutes' walk. In the evening there is on-street parking on Welsh Back after 6pm.

## Bikes
Cycle racks right outside the door.`,
  },
];

export const CIPHER_CASES: EvalCase[] = [
  // Answerable from one article or the context.
  { question: 'how much is it for 4 of us to do the vault?', facts: ['£100'], escalate: false },
  {
    question: "Is it priced per head? There's five of us wanting to try the clockmaker one",
    facts: ['£98'],
    escalate: false,
  },
  { question: 'how long do you get in the bank heist game?', facts: ['75 minutes'], escalate: false },
  {
    question: 'My daughter turns 11 next month and is desperate to do the scary room for her party. Would she be allowed in?',
    facts: ['16'],
    escalate: false,
  },
  { question: 'Which game would you recommend for a group who have never done one before?', facts: ['Clockmaker'], escalate: false },
  { question: 'How many teams actually manage to escape the vault room?', facts: ['28%'], escalate: false },
  { question: 'is there any money off if we come on a thursday afternoon around 2?', facts: ['15%'], escalate: false },
  {
    question: "We booked for next Saturday but my mate can't make it - can we switch to the weekend after? It's 5 days away still",
    facts: ['72 hours'],
    escalate: false,
  },
  { question: 'how early do we need to get there before our slot', facts: ['15 minutes'], escalate: false },
  {
    question: 'Our train is delayed and we might be 40 mins late for our 7pm game. What happens now?',
    facts: ['30 minutes'],
    escalate: false,
  },
  {
    question: "I get a bit panicky in small spaces. Will the door actually be locked behind us, and can I get out if I need to?",
    facts: ['release button'],
    escalate: false,
  },
  { question: 'If we get totally stuck can we ask for help, and does it cost anything or eat into our time?', facts: ['unlimited'], escalate: false },
  { question: 'where do we leave our bags and phones while we play?', facts: ['lockers'], escalate: false },
  { question: 'Do you take a picture of the team at the end, and when does it come through?', facts: ['24 hours'], escalate: false },
  {
    question: "the others have all bailed on me. is it ok to come on my own and what would it cost?",
    facts: ['£52'],
    escalate: false,
  },
  { question: 'My dad uses a wheelchair - which of your games could he do with us?', facts: ['Clockmaker', 'Vault'], escalate: false },
  {
    question: "My son is profoundly deaf so a walkie talkie is no good for him. How would he get clues?",
    facts: ['hint cards'],
    escalate: false,
  },
  {
    question: 'I bring a support worker with me everywhere. Do they count as a paying player?',
    facts: ['free'],
    escalate: false,
  },
  { question: 'I have epilepsy - are there any flashing lights in your rooms?', facts: ['strobe'], escalate: false },
  {
    question: "Can we bring a birthday cake and a couple of bottles of prosecco for after the game?",
    facts: ['alcohol'],
    escalate: false,
  },
  { question: 'how much extra is it to hang around afterwards for cake and presents?', facts: ['£30'], escalate: false },
  {
    question: "Hen do of 8 coming in May, a couple of the girls might have had a few drinks at lunch first - is that ok?",
    facts: ['refused'],
    escalate: false,
  },
  {
    question: 'Company away day, 16 staff, a Wednesday in June. What would it cost to have the whole venue to ourselves?',
    facts: ['£450'],
    escalate: false,
  },
  {
    question: 'got a voucher from my aunt for christmas, how long have i got to use it? and can I swap it for cash instead?',
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: 'Oops, my voucher ran out two weeks ago. Is there anything you can do?',
    facts: ['£10'],
    escalate: false,
  },
  { question: "Where's the best place to leave the car? coming in from Bath", facts: ['Queen Charlotte Street'], escalate: false },

  // Not answerable from the context or articles: the agent must say it does not know.
  { question: 'Do your opening hours change over Christmas and New Year?', unknown: true, escalate: false },
  { question: 'Do you sell drinks or snacks at reception?', unknown: true, escalate: false },
  { question: 'Is there a discount for NHS staff?', unknown: true, escalate: false },
  { question: "What's the record time for the Clockmaker's Study?", unknown: true, escalate: false },
  { question: 'Can we book the lounge on its own without playing a game?', unknown: true, escalate: false },
  { question: 'If I order the gift box voucher, how many days does it take to arrive?', unknown: true, escalate: false },
  { question: 'Can the games be played in Spanish? Some of our group have very little English', unknown: true, escalate: false },
  { question: 'How much does the evening parking on Welsh Back cost?', unknown: true, escalate: false },
  { question: 'Do you do an at-home escape game kit we could play at a party?', unknown: true, escalate: false },
  { question: 'Do you have any other venues, like in Cardiff or Bath?', unknown: true, escalate: false },

  // Escalations (meet one of the owner's rules).
  {
    question:
      "My friend smacked her head on the big safe door in the Vault on Saturday. She's got a lump and a headache that hasn't gone away.",
    escalate: true,
  },
  {
    question:
      'We paid £108 for the clockmaker room yesterday and the final lock was broken so we could never finish. Really disappointed, I want a full refund.',
    escalate: true,
  },
  {
    question: 'Our game master last night was rude to us and laughed at my partner the whole way through. Not on at all.',
    escalate: true,
  },
  {
    question: "Looking to book the whole venue on a Saturday in July for our company summer party, there'd be about 35 of us.",
    escalate: true,
  },
];
