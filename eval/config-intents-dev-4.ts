/**
 * Configuration-chat intent evaluation — DEV set 4.
 *
 * Written blind in round 14 by a fourth author, without reading the product source,
 * tests, docs or any other eval file; only the type definitions at the top of
 * config-intents-dev.ts were consulted. Each case is one plain-language message an
 * owner might type into the configuration chat, with the single configuration action
 * it should produce.
 *
 * 150 cases over 8 invented small UK businesses:
 *   Snip on the Move (mobile hairdresser, Leeds), Hollybrook Garden Centre (Ludlow),
 *   Clearway Driving School (Bristol), The Old Rectory B&B (Whitby),
 *   Fret & Reed Music (music shop and rehearsal room, Glasgow),
 *   Knotworks Sports Massage (Chorlton, Manchester),
 *   Swiftlane Van Couriers (same-day courier, Cardiff),
 *   Little Acorns Day Nursery (children's nursery, Norwich).
 *
 * Styles: terse phone typing without punctuation and with abbreviations (pls, thx, w/,
 * n, wk); non-native English; long voice-dictated run-on sentences; very formal /
 * corporate phrasing; bullet lists; messages opening with greetings or apologies;
 * requests mixed with small talk; the knowledge base referred to as "FAQ", "info",
 * "help page", "the website bit", "your notes"; website text pasted with the
 * instruction before or after it.
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const HAIR = 'Snip on the Move';
const GARDEN = 'Hollybrook Garden Centre';
const DRIVING = 'Clearway Driving School';
const BNB = 'The Old Rectory B&B';
const MUSIC = 'Fret & Reed Music';
const MASSAGE = 'Knotworks Sports Massage';
const COURIER = 'Swiftlane Van Couriers';
const NURSERY = 'Little Acorns Day Nursery';

export const CONFIG_INTENTS_DEV_4: ConfigIntentCase[] = [
  // ───────────────────────── Snip on the Move (mobile hairdresser) ─────────────────────────
  {
    business: HAIR,
    message: `hiya so basically im a mobile hairdresser, just me and my car, i go to peoples homes all over north leeds and horsforth, mostly cuts colours and blow dries, lots of older ladies and busy mums. thats the gist of it for ur setup x`,
    expect: { kind: 'set_context', contains: 'peoples homes all over north leeds' },
  },
  {
    business: HAIR,
    message: `Sorry one more thing about who we are - as of this month it's not just me anymore, my niece Jade has joined so Snip on the Move is now a two-stylist mobile team covering Leeds and Wakefield. Can you update the business description with that please`,
    expect: { kind: 'set_context', contains: 'two-stylist mobile team' },
  },
  {
    business: HAIR,
    message: `pls add i dont do perms anymore thx`,
    expect: { kind: 'add_fact', contains: 'dont do perms anymore' },
  },
  {
    business: HAIR,
    message: `Can u put in ur notes that I need a plug socket near where ill be cutting, for the hairdryer`,
    expect: { kind: 'add_fact', contains: 'plug socket near where ill be cutting' },
  },
  {
    business: HAIR,
    message: `quick one, i dont travel on sundays at all, not even for weddings. add to the info pls`,
    expect: { kind: 'add_fact', contains: 'dont travel on sundays' },
  },
  {
    business: HAIR,
    message: `can u make a new help page called "Bridal Hair" with this from my website:

Bridal Hair
Your big day, done in your own home. I offer a trial appointment 4-8 weeks before the wedding so we can try out your style and make sure you love it. On the morning I arrive early with everything I need, and I can do the bride plus up to 5 bridesmaids. A £50 non-refundable deposit secures your date. Please book at least 3 months ahead for summer Saturdays.`,
    expect: { kind: 'create_article', title: 'Bridal Hair', contains: 'trial appointment 4-8 weeks before the wedding' },
  },
  {
    business: HAIR,
    message: `Before any colour service I need to do a skin allergy test at least 48 hours before. It's a tiny dab of the dye behind your ear and takes two minutes, I can pop round to do it or post you a kit. If you've had a reaction to hair dye before, or you've had a black henna tattoo, let me know. No test = no colour, sorry, my insurance won't cover me otherwise!

^^ thats off my site, stick it in as a page`,
    expect: { kind: 'create_article', title: null, contains: 'skin allergy test at least 48 hours before' },
  },
  {
    business: HAIR,
    message: `new page pls, call it Colour Aftercare:
- wait 48hrs b4 washing after a colour
- use a sulphate free shampoo
- turn the straighteners down below 180
- book a toner every 6-8 wks if ur blonde`,
    expect: { kind: 'create_article', title: 'Colour Aftercare', contains: 'sulphate free shampoo' },
  },
  {
    business: HAIR,
    message: `on the bridal page can u add a line saying I can now fit clip-in extensions for the bride too`,
    expect: { kind: 'update_article', target: 'Bridal Hair', contains: 'clip-in extensions' },
  },
  {
    business: HAIR,
    message: `The patch test page needs a tweak, kits by post take 3-5 days now so can you say that on there`,
    expect: { kind: 'update_article', target: 'Patch Test', contains: '3-5 days' },
  },
  {
    business: HAIR,
    message: `ladies cut & blow dry going up to £38 from next month, pls change on the price list`,
    expect: { kind: 'update_price', target: 'Price List', item: 'cut & blow dry', price: '£38' },
  },
  {
    business: HAIR,
    message: `Hi Kerry here, hope you're well! Kids cuts (under 12s) are going down to £12.50 for the summer holidays, can you change that`,
    expect: { kind: 'update_price', target: null, item: 'kids cuts', price: '£12.50' },
  },
  {
    business: HAIR,
    message: `the christmas party hair page can go now its january lol, get rid`,
    expect: { kind: 'archive_article', target: 'Christmas Party Hair' },
  },
  {
    business: HAIR,
    message: `2 things that need to come to me not u: anyone whose scalp is burning or itchy after a colour, and anyone unhappy with their cut and wanting money back`,
    expect: { kind: 'add_escalation_rules', contains: ['scalp is burning or itchy', 'wanting money back'] },
  },
  {
    business: HAIR,
    message: `If a care home or hospital asks about regular visits for their residents, hand it over to me personally, those are big bookings`,
    expect: { kind: 'add_escalation_rules', contains: ['care home or hospital'] },
  },
  {
    business: HAIR,
    message: `loads of people ask for a "trim" when they mean a dry cut, I call it a dry cut on my list, can u treat them as the same`,
    expect: { kind: 'add_synonyms', words: ['trim', 'dry cut'] },
  },
  {
    business: HAIR,
    message: `never ever give a price for colour over chat, always say it depends on hair length and I'll quote after the patch test`,
    expect: { kind: 'add_business_rule', contains: 'never ever give a price for colour' },
  },
  {
    business: HAIR,
    message: `how many ppl have messaged the bot this wk`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },
  {
    business: HAIR,
    message: `can u sound more chatty pls, like me basically, ur a bit stiff atm lol`,
    expect: { kind: 'set_tone', tone: 'chatty' },
  },
  {
    business: HAIR,
    message: `omg that's so good thank u!! 😍`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Hollybrook Garden Centre ─────────────────────────
  {
    business: GARDEN,
    message: `Good morning. For your background: Hollybrook is a family-run garden centre just outside Ludlow, Shropshire. We have a large outdoor plant area, a café called The Potting Shed, a pet and aquatics section and a Christmas grotto in December. Most of our customers are local retirees and keen gardeners.`,
    expect: { kind: 'set_context', contains: 'family-run garden centre just outside Ludlow' },
  },
  {
    business: GARDEN,
    message: `Please you add the information that our café stop serving hot food at 3 o'clock, but cakes and drinks are until we close.`,
    expect: { kind: 'add_fact', contains: 'stop serving hot food at 3' },
  },
  {
    business: GARDEN,
    message: `dogs on leads welcome everywhere except the cafe, add that to FAQ`,
    expect: { kind: 'add_fact', contains: 'dogs on leads welcome' },
  },
  {
    business: GARDEN,
    message: `Hiya, sorry to bother you again! The car park has two electric car chargers now, by the trolley bay. Can you make a note of that so it knows.`,
    expect: { kind: 'add_fact', contains: 'two electric car chargers' },
  },
  {
    business: GARDEN,
    message: `Please add this as a new page, title "Our Hardy Plant Guarantee":

All hardy trees, shrubs and perennials bought from Hollybrook are guaranteed for 12 months. If a plant dies within that time, bring it back with your receipt (or the plant label) and we will replace it or give you store credit. The guarantee doesn't cover bedding plants, houseplants, or plants that have obviously been under-watered or left in their pots.`,
    expect: { kind: 'create_article', title: 'Our Hardy Plant Guarantee', contains: 'guaranteed for 12 months' },
  },
  {
    business: GARDEN,
    message: `for the website bit - new page with this:
We deliver within 15 miles of the centre on Tuesdays and Fridays. Delivery is free on orders over £75, otherwise it's £8.95. Large items such as sheds, paving and orders of more than 10 bags of compost go on our own van and we'll ring you the day before with a time slot.`,
    expect: { kind: 'create_article', title: null, contains: 'deliver within 15 miles of the centre' },
  },
  {
    business: GARDEN,
    message: `New help page: "Santa's Grotto 2024"
- Open weekends from 30 Nov, then every day 16–23 Dec
- Tickets must be booked online, no walk-ins
- Every child gets a gift from Santa
- Visits last about 10 minutes
- Accessible for wheelchairs and pushchairs`,
    expect: { kind: 'create_article', title: "Santa's Grotto 2024", contains: 'booked online, no walk-ins' },
  },
  {
    business: GARDEN,
    message: `ok so I want to make a new page about the aquatics section um so basically we sell cold water and tropical fish and we test your pond or tank water for free just bring a sample in a clean jar and the team will do it while you wait and we don't sell fish on Sundays because deliveries come on a Monday and we don't post fish anywhere it's collection only and call it Aquatics and Water Testing`,
    expect: { kind: 'create_article', title: 'Aquatics and Water Testing', contains: 'test your pond or tank water for free' },
  },
  {
    business: GARDEN,
    message: `On the delivery page, add that we now also deliver on Saturday mornings in spring (March to May).`,
    expect: { kind: 'update_article', target: 'Delivery', contains: 'Saturday mornings in spring' },
  },
  {
    business: GARDEN,
    message: `The plant guarantee page - please change it so it's 2 years for trees only, shrubs and perennials stay at 12 months.`,
    expect: { kind: 'update_article', target: 'Plant Guarantee', contains: '2 years for trees' },
  },
  {
    business: GARDEN,
    message: `The 50 litre multipurpose compost has gone up to £6.99 a bag, please update the prices page.`,
    expect: { kind: 'update_price', target: 'Prices', item: '50 litre multipurpose compost', price: '£6.99' },
  },
  {
    business: GARDEN,
    message: `delivery under £75 now £9.50 not £8.95 thx`,
    expect: { kind: 'update_price', target: null, item: 'delivery', price: '£9.50' },
  },
  {
    business: GARDEN,
    message: `Could you remove the Santa's Grotto 2023 page please, it's out of date and people keep getting it mixed up with this year's.`,
    expect: { kind: 'archive_article', target: "Santa's Grotto 2023" },
  },
  {
    business: GARDEN,
    message: `Anything about trade accounts or landscapers wanting a bulk discount, send to a person please. Same if someone says they've been hurt on site, like tripped in the car park.`,
    expect: { kind: 'add_escalation_rules', contains: ['trade accounts', 'hurt on site'] },
  },
  {
    business: GARDEN,
    message: `If a customer asks about a lost item, or wants a refund for a shed or summerhouse, please pass them on to the duty manager.`,
    expect: { kind: 'add_escalation_rules', contains: ['lost item', 'refund for a shed'] },
  },
  {
    business: GARDEN,
    message: `people ask for "manure" when they want our soil improver, can you make it understand manure means soil improver`,
    expect: { kind: 'add_synonyms', words: ['manure', 'soil improver'] },
  },
  {
    business: GARDEN,
    message: `Never recommend a specific weedkiller or pesticide brand in the chat, always tell them to read the label and ask in store.`,
    expect: { kind: 'add_business_rule', contains: 'never recommend a specific weedkiller' },
  },
  {
    business: GARDEN,
    message: `Always ask what postcode they're in before talking about delivery.`,
    expect: { kind: 'add_business_rule', contains: "ask what postcode they're in" },
  },
  {
    business: GARDEN,
    message: `How many thumbs up has the assistant had today?`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 1 },
  },
  {
    business: GARDEN,
    message: `Let's call the assistant "Fern" — it suits a garden centre!`,
    expect: { kind: 'set_agent_name', name: 'Fern' },
  },
  {
    business: GARDEN,
    message: `Out of interest, are you one of those ChatGPT things?`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Clearway Driving School ─────────────────────────
  {
    business: DRIVING,
    message: `Hello. I am Marek, I am driving instructor in Bristol since 2012. My school is Clearway Driving School, we are 3 instructors, we teach manual and automatic, and also intensive courses for people who need the licence fast. Please use this for describe my business.`,
    expect: { kind: 'set_context', contains: 'we teach manual and automatic' },
  },
  {
    business: DRIVING,
    message: `we're a DVSA-approved driving school covering Bristol, Bath and Keynsham. pupils are mostly 17-19 year olds but we get plenty of adults who are nervous drivers. that's who we are, use it as the company background`,
    expect: { kind: 'set_context', contains: 'DVSA-approved driving school covering Bristol' },
  },
  {
    business: DRIVING,
    message: `Please you add that pupils must bring the provisional licence to the first lesson, the plastic card, not photo of it.`,
    expect: { kind: 'add_fact', contains: 'bring the provisional licence to the first lesson' },
  },
  {
    business: DRIVING,
    message: `pick up n drop off free within 3 miles of BS5 add to info`,
    expect: { kind: 'add_fact', contains: 'free within 3 miles of BS5' },
  },
  {
    business: DRIVING,
    message: `Important information, the automatic car is Toyota Yaris hybrid. Add please to your notes.`,
    expect: { kind: 'add_fact', contains: 'automatic car is Toyota Yaris hybrid' },
  },
  {
    business: DRIVING,
    message: `Our intensive courses squeeze your learning into 1 or 2 weeks. You do around 4 hours a day in the car, with breaks, and we book your practical test for the end of the course where possible. Intensive courses are best for people who already have some experience. Complete beginners should expect 30-40 hours in total.

please make page from this text, it is from our website`,
    expect: { kind: 'create_article', title: null, contains: 'squeeze your learning into 1 or 2 weeks' },
  },
  {
    business: DRIVING,
    message: `Create a new page named "Pass Plus". Content: Pass Plus is a 6-hour course for new drivers after passing the test. It covers town, all-weather, rural, night, dual carriageways and motorways. There is no test at the end. Some insurers give a discount when you complete it.`,
    expect: { kind: 'create_article', title: 'Pass Plus', contains: '6-hour course for new drivers' },
  },
  {
    business: DRIVING,
    message: `new page "What to bring to your test":
• provisional licence (card)
• theory test pass certificate number
• glasses if you need them for driving
• your instructor brings the car, you don't need to sort it`,
    expect: { kind: 'create_article', title: 'What to bring to your test', contains: 'theory test pass certificate number' },
  },
  {
    business: DRIVING,
    message: `In page about intensive courses please change, now we do also 3 week course, not only 1 or 2 weeks.`,
    expect: { kind: 'update_article', target: 'Intensive Courses', contains: '3 week course' },
  },
  {
    business: DRIVING,
    message: `pass plus page - add a line that the motorway part is done on the M5 and M4 pls`,
    expect: { kind: 'update_article', target: 'Pass Plus', contains: 'M5 and M4' },
  },
  {
    business: DRIVING,
    message: `From 1st April the 1 hour lesson is £42, please change in price page.`,
    expect: { kind: 'update_price', target: 'Prices', item: '1 hour lesson', price: '£42' },
  },
  {
    business: DRIVING,
    message: `block of 10 hrs now £400 (was £410)`,
    expect: { kind: 'update_price', target: null, item: 'block of 10 hrs', price: '£400' },
  },
  {
    business: DRIVING,
    message: `The covid rules page is not needed any more, please delete it.`,
    expect: { kind: 'archive_article', target: 'Covid Rules' },
  },
  {
    business: DRIVING,
    message: `If pupil say they had accident or damage with our car, send to me direct, you don't answer it.`,
    expect: { kind: 'add_escalation_rules', contains: ['accident or damage with our car'] },
  },
  {
    business: DRIVING,
    message: `Hand over to a human for: test cancellations by DVSA; complaints about an instructor.`,
    expect: { kind: 'add_escalation_rules', contains: ['test cancellations by DVSA', 'complaints about an instructor'] },
  },
  {
    business: DRIVING,
    message: `Some people write "stick shift", but on my website it say "manual gearbox". Please understand "stick shift" = "manual gearbox", is same.`,
    expect: { kind: 'add_synonyms', words: ['stick shift', 'manual gearbox'] },
  },
  {
    business: DRIVING,
    message: `Never promise that a pupil will pass, or say exactly how many lessons they need. Everyone is different.`,
    expect: { kind: 'add_business_rule', contains: 'never promise that a pupil will pass' },
  },
  {
    business: DRIVING,
    message: `always ask if they have provisional licence already before talk about booking`,
    expect: { kind: 'add_business_rule', contains: 'ask if they have provisional licence' },
  },
  {
    business: DRIVING,
    message: `how many times you pass people to me today?`,
    expect: { kind: 'analytics', metric: 'escalations', days: 1 },
  },
  {
    business: DRIVING,
    message: `I want the chat assistant name is "Bobby". Like the police, haha, because road safety.`,
    expect: { kind: 'set_agent_name', name: 'Bobby' },
  },

  // ───────────────────────── The Old Rectory B&B ─────────────────────────
  {
    business: BNB,
    message: `Kindly ensure the assistant is informed of the following background: The Old Rectory is a Grade II listed Victorian bed and breakfast on the West Cliff in Whitby, with six en-suite rooms, run by my husband and me. Our guests are largely couples and walkers exploring the North York Moors.`,
    expect: { kind: 'set_context', contains: 'Grade II listed Victorian bed and breakfast' },
  },
  {
    business: BNB,
    message: `Good evening. Please note for the assistant's knowledge that check-in is from 3pm and check-out is by 10:30am.`,
    expect: { kind: 'add_fact', contains: 'check-in is from 3pm' },
  },
  {
    business: BNB,
    message: `we dont take children under 12, sorry should have said before, pls add`,
    expect: { kind: 'add_fact', contains: 'dont take children under 12' },
  },
  {
    business: BNB,
    message: `I trust you are well. A small addition for the FAQ: there is no lift, and rooms 5 and 6 are on the second floor up two flights of stairs.`,
    expect: { kind: 'add_fact', contains: 'there is no lift' },
  },
  {
    business: BNB,
    message: `Please create a page titled "Breakfast at The Old Rectory" using the text below, which is taken from our website.

Breakfast is served in the dining room between 8am and 9:30am. We offer a full English made with sausages and bacon from our local butcher, Whitby kippers, smoked salmon and scrambled eggs, or a continental selection. Vegetarian, vegan and gluten-free breakfasts are available if you let us know the night before.`,
    expect: { kind: 'create_article', title: 'Breakfast at The Old Rectory', contains: 'Whitby kippers' },
  },
  {
    business: BNB,
    message: `Parking: we have four off-street spaces behind the house, allocated on a first come, first served basis. If these are full, there is on-street parking on Crescent Avenue (no permit needed between 6pm and 8am) or the pay and display on Marine Parade, about a five-minute walk.

I should be grateful if you would add the above as a new help page.`,
    expect: { kind: 'create_article', title: null, contains: 'four off-street spaces behind the house' },
  },
  {
    business: BNB,
    message: `right new page please about the Goth Weekend because we get a lot of questions um the Whitby Goth Weekend happens twice a year in April and October and we are usually fully booked for it a year in advance so we do keep a waiting list and there's a three night minimum stay over those weekends and you can call the page Goth Weekend Bookings`,
    expect: { kind: 'create_article', title: 'Goth Weekend Bookings', contains: 'three night minimum stay' },
  },
  {
    business: BNB,
    message: `With regard to the parking page, could you add that we now have an electric vehicle charging point in space 4, available at no extra charge.`,
    expect: { kind: 'update_article', target: 'Parking', contains: 'electric vehicle charging point' },
  },
  {
    business: BNB,
    message: `Breakfast page: please amend the serving times to 8am to 10am at weekends.`,
    expect: { kind: 'update_article', target: 'Breakfast', contains: '8am to 10am at weekends' },
  },
  {
    business: BNB,
    message: `Please be advised that the Harbour View double will be £145 per night from 1 March; kindly amend the Room Rates page accordingly.`,
    expect: { kind: 'update_price', target: 'Room Rates', item: 'Harbour View double', price: '£145' },
  },
  {
    business: BNB,
    message: `The "Whitby Regatta 2023" page is no longer relevant. Please withdraw it.`,
    expect: { kind: 'archive_article', target: 'Whitby Regatta 2023' },
  },
  {
    business: BNB,
    message: `Should any guest raise a complaint regarding cleanliness, or mention a medical emergency during their stay, the enquiry must be passed to us personally.`,
    expect: { kind: 'add_escalation_rules', contains: ['complaint regarding cleanliness', 'medical emergency'] },
  },
  {
    business: BNB,
    message: `group bookings of 3 rooms or more need to come to me, the bot shouldn't handle those`,
    expect: { kind: 'add_escalation_rules', contains: ['3 rooms or more'] },
  },
  {
    business: BNB,
    message: `The assistant must never confirm a booking or availability. It should always direct guests to our online booking system.`,
    expect: { kind: 'add_business_rule', contains: 'never confirm a booking or availability' },
  },
  {
    business: BNB,
    message: `Please ensure the assistant always asks about dietary requirements whenever a guest mentions breakfast.`,
    expect: { kind: 'add_business_rule', contains: 'always asks about dietary requirements' },
  },
  {
    business: BNB,
    message: `How many thumbs-down ratings have guests given this month?`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 },
  },
  {
    business: BNB,
    message: `We would prefer the assistant to adopt a more formal tone, in keeping with a traditional establishment. At present it is rather too casual.`,
    expect: { kind: 'set_tone', tone: 'formal' },
  },
  {
    business: BNB,
    message: `I should like the assistant to be called "Mrs Hudson" — our guests would find it charming.`,
    expect: { kind: 'set_agent_name', name: 'Mrs Hudson' },
  },

  // ───────────────────────── Fret & Reed Music ─────────────────────────
  {
    business: MUSIC,
    message: `independent music shop in glasgow southside, guitars amps ukes and band instruments, plus a repair bench and lessons upstairs. been going since 1998. thats us`,
    expect: { kind: 'set_context', contains: 'independent music shop in glasgow southside' },
  },
  {
    business: MUSIC,
    message: `Hi! Just to update who we are - we've stopped the lessons upstairs and turned it into a rehearsal room you can hire by the hour. So we're now a music shop, repair workshop and rehearsal space. Can you update the description of the business?`,
    expect: { kind: 'set_context', contains: 'music shop, repair workshop and rehearsal space' },
  },
  {
    business: MUSIC,
    message: `we do part ex on guitars n amps, bring it in w/ id. add pls`,
    expect: { kind: 'add_fact', contains: 'part ex on guitars' },
  },
  {
    business: MUSIC,
    message: `add to faq - no parking outside, loading bay only 10 mins`,
    expect: { kind: 'add_fact', contains: 'loading bay only 10 mins' },
  },
  {
    business: MUSIC,
    message: `Can you stick in your notes that we're closed on Mondays now`,
    expect: { kind: 'add_fact', contains: 'closed on Mondays' },
  },
  {
    business: MUSIC,
    message: `make a page called Guitar Setups w/ this:

A proper setup makes a cheap guitar play like an expensive one. We adjust the truss rod, action, intonation and pickup heights, clean and condition the fretboard and fit a fresh set of strings. Most setups are ready within 48 hours. Bring the strings you like or we'll use our house 10s (electric) or 12s (acoustic).`,
    expect: { kind: 'create_article', title: 'Guitar Setups', contains: 'adjust the truss rod' },
  },
  {
    business: MUSIC,
    message: `Rehearsal room: fits a 5-piece band comfortably. Full backline included (drum kit - bring your own cymbals, 2 guitar amps, bass amp, PA with 2 mics). Bookable 10am-11pm, 7 days. Sorry, no booze in the room.

^ new page pls`,
    expect: { kind: 'create_article', title: null, contains: 'fits a 5-piece band' },
  },
  {
    business: MUSIC,
    message: `Can you add a new info page "Instrument Hire for Schools":
- violins, cellos, flutes, clarinets, trumpets
- termly hire, payable upfront
- half of what you've paid in hire comes off if you buy the instrument later
- insurance included`,
    expect: { kind: 'create_article', title: 'Instrument Hire for Schools', contains: 'termly hire, payable upfront' },
  },
  {
    business: MUSIC,
    message: `setups page - add that we also do setups for basses and ukuleles`,
    expect: { kind: 'update_article', target: 'Guitar Setups', contains: 'setups for basses and ukuleles' },
  },
  {
    business: MUSIC,
    message: `restring now £15 + strings`,
    expect: { kind: 'update_price', target: null, item: 'restring', price: '£15' },
  },
  {
    business: MUSIC,
    message: `Rehearsal room hire is going up to £18 an hour, can you change the price on the rehearsal room page`,
    expect: { kind: 'update_price', target: 'Rehearsal Room', item: 'rehearsal room hire', price: '£18' },
  },
  {
    business: MUSIC,
    message: `get rid of the lessons page, we dont do lessons anymore`,
    expect: { kind: 'archive_article', target: 'Lessons' },
  },
  {
    business: MUSIC,
    message: `if someone wants to sell us a vintage or high value guitar, i want to talk to them myself`,
    expect: { kind: 'add_escalation_rules', contains: ['vintage or high value guitar'] },
  },
  {
    business: MUSIC,
    message: `repair gone wrong complaints -> me
lost or damaged instruments -> me`,
    expect: { kind: 'add_escalation_rules', contains: ['repair gone wrong', 'lost or damaged instruments'] },
  },
  {
    business: MUSIC,
    message: `ppl keep askin for a "service" for their guitar, thats a setup`,
    expect: { kind: 'add_synonyms', words: ['service', 'setup'] },
  },
  {
    business: MUSIC,
    message: `dont ever quote repair prices without seeing the instrument, tell them to bring it in`,
    expect: { kind: 'add_business_rule', contains: 'dont ever quote repair prices' },
  },
  {
    business: MUSIC,
    message: `what percentage of chats went to a person last 30 days`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 30 },
  },
  {
    business: MUSIC,
    message: `less corporate pls, more relaxed, like a guy behind the counter`,
    expect: { kind: 'set_tone', tone: 'relaxed' },
  },
  {
    business: MUSIC,
    message: `cheers pal, that's brilliant`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Knotworks Sports Massage ─────────────────────────
  {
    business: MASSAGE,
    message: `Hello! So for the setup, Knotworks is a sports massage clinic in Chorlton run by me (Dani, a level 5 sports massage therapist). We mainly treat runners, cyclists and gym-goers, plus some desk workers with bad backs.`,
    expect: { kind: 'set_context', contains: 'sports massage clinic in Chorlton' },
  },
  {
    business: MASSAGE,
    message: `Sorry, been meaning to say this for ages - we're on the first floor above the Co-op and there's no lift. Can you add that?`,
    expect: { kind: 'add_fact', contains: 'first floor above the Co-op' },
  },
  {
    business: MASSAGE,
    message: `please note that we accept Simplyhealth and Vitality plans, patients pay on the day and claim it back`,
    expect: { kind: 'add_fact', contains: 'Simplyhealth and Vitality' },
  },
  {
    business: MASSAGE,
    message: `I am write to ask you put in the information: we have female and male therapist, client can choose.`,
    expect: { kind: 'add_fact', contains: 'female and male therapist' },
  },
  {
    business: MASSAGE,
    message: `Kindly publish the following as a new article titled "What to Expect at Your First Appointment".

Your first appointment lasts 60 minutes. We start with a short consultation about your training, injuries and goals, followed by a postural assessment and hands-on treatment. Please wear or bring shorts, and a sports bra or vest top if you're comfortable. You'll leave with simple stretches to do at home.`,
    expect: { kind: 'create_article', title: 'What to Expect at Your First Appointment', contains: 'postural assessment' },
  },
  {
    business: MASSAGE,
    message: `right can you do a new page about pre-event massage so we go to races like the Manchester Marathon and the Great North Run and do quick 15 minute pre-event and post-event massages in our tent it's first come first served on the day no booking needed and runners can find us near the bag drop`,
    expect: { kind: 'create_article', title: null, contains: 'near the bag drop' },
  },
  {
    business: MASSAGE,
    message: `Cancellation policy
We ask for at least 24 hours' notice to cancel or move an appointment. Late cancellations and no-shows are charged the full session fee. We understand emergencies happen, so just talk to us.

Found this on our old site, can you turn it into a page on the help section pls`,
    expect: { kind: 'create_article', title: 'Cancellation policy', contains: 'charged the full session fee' },
  },
  {
    business: MASSAGE,
    message: `On the first appointment page, please add that we ask you to arrive 5 minutes early to fill in a health form.`,
    expect: { kind: 'update_article', target: 'First Appointment', contains: 'arrive 5 minutes early' },
  },
  {
    business: MASSAGE,
    message: `cancellation page needs updating - notice is now 48 hours not 24`,
    expect: { kind: 'update_article', target: 'Cancellation Policy', contains: '48 hours' },
  },
  {
    business: MASSAGE,
    message: `60 min sports massage going to £55 from Monday, 30 min stays the same`,
    expect: { kind: 'update_price', target: null, item: '60 min sports massage', price: '£55' },
  },
  {
    business: MASSAGE,
    message: `Please archive the "Lockdown Home Stretches" article, we don't need it anymore.`,
    expect: { kind: 'archive_article', target: 'Lockdown Home Stretches' },
  },
  {
    business: MASSAGE,
    message: `If anyone mentions pins and needles down the leg, or chest pain, that's a red flag - get them to a human straight away.`,
    expect: { kind: 'add_escalation_rules', contains: ['pins and needles', 'chest pain'] },
  },
  {
    business: MASSAGE,
    message: `Anything from a sports club or team wanting a deal for their players should come to me.`,
    expect: { kind: 'add_escalation_rules', contains: ['sports club or team'] },
  },
  {
    business: MASSAGE,
    message: `people often ask for a "deep tissue" massage, which is what we call a sports massage`,
    expect: { kind: 'add_synonyms', words: ['deep tissue', 'sports massage'] },
  },
  {
    business: MASSAGE,
    message: `Please never diagnose an injury in the chat, even if they describe it in detail — always say the therapist will assess it at the appointment.`,
    expect: { kind: 'add_business_rule', contains: 'never diagnose an injury' },
  },
  {
    business: MASSAGE,
    message: `Hey, how many messages did the bot handle in the last 7 days?`,
    expect: { kind: 'analytics', metric: 'messages', days: 7 },
  },
  {
    business: MASSAGE,
    message: `Can we rename the assistant to Kneady? 😂 I think it's funny`,
    expect: { kind: 'set_agent_name', name: 'Kneady' },
  },
  {
    business: MASSAGE,
    message: `What kind of things can you help me set up?`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Swiftlane Van Couriers ─────────────────────────
  {
    business: COURIER,
    message: `ok so what we are is a same day van courier service based in Cardiff we've got four vans two Transits and two Lutons and we do mostly business to business stuff like parts for garages and documents for solicitors but we do the odd house move for students too`,
    expect: { kind: 'set_context', contains: 'same day van courier service based in Cardiff' },
  },
  {
    business: COURIER,
    message: `Business description update: Swiftlane now also operates a 24/7 on-call service for urgent medical and lab deliveries across South Wales, alongside our standard same-day work.`,
    expect: { kind: 'set_context', contains: '24/7 on-call service for urgent medical' },
  },
  {
    business: COURIER,
    message: `add to the help info we cant carry anything over 1 tonne or any hazardous chemicals`,
    expect: { kind: 'add_fact', contains: 'anything over 1 tonne' },
  },
  {
    business: COURIER,
    message: `morning! absolutely chucking it down in Cardiff today 🙄 anyway can you tell the bot all our drivers are DBS checked, thx`,
    expect: { kind: 'add_fact', contains: 'drivers are DBS checked' },
  },
  {
    business: COURIER,
    message: `new page please title it How To Book A Collection and say you can book online or ring the office and for same day you need to book before 2pm and we need the collection address the delivery address what it is roughly the size and weight and a contact name at both ends`,
    expect: { kind: 'create_article', title: 'How To Book A Collection', contains: 'book before 2pm' },
  },
  {
    business: COURIER,
    message: `Can you put this on the website bit as a new page:

All goods in transit are insured up to £15,000 per consignment as standard. For higher value items let us know when booking and we can arrange extra cover. We can't insure cash, jewellery or artwork.`,
    expect: { kind: 'create_article', title: null, contains: 'insured up to £15,000 per consignment' },
  },
  {
    business: COURIER,
    message: `New FAQ page - "Van Sizes"
* Transit - 3 pallets, up to 1 tonne
* Luton - 6 pallets, tail lift, up to 1 tonne
* both vans come with blankets and straps`,
    expect: { kind: 'create_article', title: 'Van Sizes', contains: 'tail lift' },
  },
  {
    business: COURIER,
    message: `on the insurance page can you add that we can now insure artwork if it's professionally packed`,
    expect: { kind: 'update_article', target: 'Insurance', contains: 'professionally packed' },
  },
  {
    business: COURIER,
    message: `the Cardiff to Bristol same day run is going up to £95 from next week`,
    expect: { kind: 'update_price', target: null, item: 'Cardiff to Bristol same day run', price: '£95' },
  },
  {
    business: COURIER,
    message: `Can you take down the page about the Christmas cut off dates now, it's February`,
    expect: { kind: 'archive_article', target: 'Christmas Cut Off Dates' },
  },
  {
    business: COURIER,
    message: `if a parcel hasn't turned up, or someone says their stuff is damaged, the bot should hand them over to the office straight away`,
    expect: { kind: 'add_escalation_rules', contains: ["parcel hasn't turned up", 'stuff is damaged'] },
  },
  {
    business: COURIER,
    message: `Anything involving a medical or lab delivery must be handed to a human dispatcher immediately.`,
    expect: { kind: 'add_escalation_rules', contains: ['medical or lab delivery'] },
  },
  {
    business: COURIER,
    message: `customers say "man with a van" when they mean our house move service, can it know thats the same`,
    expect: { kind: 'add_synonyms', words: ['man with a van', 'house move'] },
  },
  {
    business: COURIER,
    message: `the bot should always get a collection postcode and a delivery postcode before it gives any idea of price`,
    expect: { kind: 'add_business_rule', contains: 'always get a collection postcode' },
  },
  {
    business: COURIER,
    message: `Give me a summary of how the chat's going`,
    expect: { kind: 'analytics', metric: 'summary', days: 7 },
  },
  {
    business: COURIER,
    message: `can you make the bot sound more professional, it's mostly businesses who use it`,
    expect: { kind: 'set_tone', tone: 'professional' },
  },
  {
    business: COURIER,
    message: `sorry I've been driving all day, brain's fried, I'll carry on with this tomorrow`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Little Acorns Day Nursery ─────────────────────────
  {
    business: NURSERY,
    message: `Good afternoon. By way of introduction, Little Acorns is an Ofsted-rated Outstanding day nursery in Eaton, Norwich, caring for children from 6 months to 5 years. We have 48 places across three rooms and are open 7:30am to 6pm, Monday to Friday, 51 weeks a year.`,
    expect: { kind: 'set_context', contains: 'Ofsted-rated Outstanding day nursery' },
  },
  {
    business: NURSERY,
    message: `Please be advised that we accept the 15 and 30 hours funded childcare for eligible 2, 3 and 4 year olds; kindly add this to the knowledge base.`,
    expect: { kind: 'add_fact', contains: '15 and 30 hours funded childcare' },
  },
  {
    business: NURSERY,
    message: `Hi sorry, one more – we are a nut-free setting, parents must not send in anything containing nuts. Can you put that in your notes?`,
    expect: { kind: 'add_fact', contains: 'nut-free setting' },
  },
  {
    business: NURSERY,
    message: `Settling-In Sessions
Before your child starts, we offer three free settling-in sessions. The first is a one-hour visit with you staying in the room, the second is two hours with you nearby, and the third is a half-day on their own. Your child's key person will be there each time and will tell you how they got on.

The above is from our website; could you please create a page with it under the same title.`,
    expect: { kind: 'create_article', title: 'Settling-In Sessions', contains: 'three free settling-in sessions' },
  },
  {
    business: NURSERY,
    message: `Please make a new page from this list:
- Children need a named bag with 2 changes of clothes, wellies, and a sun hat in summer
- Nappies and wipes are provided at no extra cost
- Please don't send toys from home as they can get lost`,
    expect: { kind: 'create_article', title: null, contains: 'nappies and wipes are provided' },
  },
  {
    business: NURSERY,
    message: `ok so I'd like a new article called Meals and Snacks please so all our meals are cooked fresh on site by our cook Linda and we follow the Eat Better Start Better guidelines and we have a four week rolling menu which we email to parents and we can cater for all allergies and for vegetarian halal and dairy-free diets`,
    expect: { kind: 'create_article', title: 'Meals and Snacks', contains: 'cooked fresh on site' },
  },
  {
    business: NURSERY,
    message: `With reference to the Settling-In page, please add that additional sessions can be arranged free of charge if a child needs more time.`,
    expect: { kind: 'update_article', target: 'Settling-In Sessions', contains: 'additional sessions can be arranged' },
  },
  {
    business: NURSERY,
    message: `please add a line to the meals page: "We hold a tasting evening for parents every term so you can try the menu."`,
    expect: { kind: 'update_article', target: 'Meals and Snacks', contains: 'tasting evening for parents' },
  },
  {
    business: NURSERY,
    message: `Kindly note our full-day fee for under-2s will increase to £68 from September. Please update the Fees page.`,
    expect: { kind: 'update_price', target: 'Fees', item: 'full-day fee for under-2s', price: '£68' },
  },
  {
    business: NURSERY,
    message: `Could you please archive the "Summer Holiday Club 2023" page.`,
    expect: { kind: 'archive_article', target: 'Summer Holiday Club 2023' },
  },
  {
    business: NURSERY,
    message: `Any safeguarding concern raised by a parent, or any mention of a child being injured at nursery, must be referred to the Nursery Manager immediately and not handled by the assistant.`,
    expect: { kind: 'add_escalation_rules', contains: ['safeguarding concern', 'child being injured'] },
  },
  {
    business: NURSERY,
    message: `Enquiries regarding children with special educational needs (SEND) should be passed to our SENCo, please, rather than answered by the assistant.`,
    expect: { kind: 'add_escalation_rules', contains: ['special educational needs'] },
  },
  {
    business: NURSERY,
    message: `The assistant must never share any information about individual children or staff members, under any circumstances.`,
    expect: { kind: 'add_business_rule', contains: 'never share any information about individual children' },
  },
  {
    business: NURSERY,
    message: `Please ensure the assistant always recommends booking a show-round before discussing availability of places.`,
    expect: { kind: 'add_business_rule', contains: 'always recommends booking a show-round' },
  },
  {
    business: NURSERY,
    message: `What's the average QA score for the assistant over the past month?`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 30 },
  },
  {
    business: NURSERY,
    message: `We would like the assistant to sound reassuring, as many of our enquirers are anxious first-time parents.`,
    expect: { kind: 'set_tone', tone: 'reassuring' },
  },
  {
    business: NURSERY,
    message: `Please name the assistant "Acorn".`,
    expect: { kind: 'set_agent_name', name: 'Acorn' },
  },
];
