/**
 * Configuration-chat intent evaluation — DEV set 3.
 *
 * Written blind in round 13 by a third author: authored without reading the product
 * source, tests, docs or any other eval file (only the type definitions at the top of
 * config-intents-dev.ts). Each case is one plain-language message an owner might type
 * into the configuration chat, with the single configuration action it should produce.
 * 150 cases over 8 invented small businesses: an escape room, a kids' football coaching
 * club, a tattoo studio, a window cleaner, a pet shop, an accountant, a boat trip
 * operator and a cake decorating school.
 */

import type { ConfigIntentCase } from './config-intents-types.ts';

const ESCAPE = 'Locked In Escape Rooms';
const FOOTY = 'Tiny Strikers Football Club';
const TATTOO = 'Blackthorn Ink';
const WINDOWS = 'Crystal Clear Windows';
const PETS = 'Whiskers & Wags';
const ACCOUNTS = 'Ledger Lane Accountants';
const BOATS = 'Saltwind Boat Trips';
const CAKES = 'Frosted Fingers Cake School';

export const CONFIG_INTENTS_DEV_3: ConfigIntentCase[] = [
  // ───────────────────────── Locked In Escape Rooms ─────────────────────────
  {
    business: ESCAPE,
    message: `hi so we're Locked In Escape Rooms in Leeds city centre, three rooms, groups of 2 to 6, mostly birthdays and work dos. that's us basically`,
    expect: { kind: 'set_context', contains: 'three rooms, groups of 2 to 6' },
  },
  {
    business: ESCAPE,
    message: `Quick intro for the bot: we are an ESCAPE ROOM not a gym, people get confused by the name lol. we're on Kirkgate above the bakery`,
    expect: { kind: 'set_context', contains: 'escape room' },
  },
  {
    business: ESCAPE,
    message: `oh and we've got free parking behind the building after 6pm, before that it's the NCP round the corner`,
    expect: { kind: 'add_fact', contains: 'free parking behind the building after 6pm' },
  },
  {
    business: ESCAPE,
    message: `fyi the Pharaoh's Tomb room is NOT wheelchair accessible, it's up a spiral staircase, but the other two are on the ground floor`,
    expect: { kind: 'add_fact', contains: 'NOT wheelchair accessible' },
  },
  {
    business: ESCAPE,
    message: `pls add this page, save it as "Birthday & Party Packages"

PARTY PACKAGES
Standard party - £22 per person
 - 60 min room
 - 30 min in the party lounge after
 - squash and sweets for under 12s
Deluxe party - £30 per person
 - everything above
 - pizza from Sal's next door
 - photo with props 📸

Min 4 players, max 6 per room. Book both rooms back to back for groups up to 12.

Q: can we bring our own cake?
A: yes! we have plates and candles, no sparklers though (smoke alarms)`,
    expect: { kind: 'create_article', title: 'Birthday & Party Packages', contains: 'Deluxe party - £30 per person' },
  },
  {
    business: ESCAPE,
    message: `Copy paste from our old website, can this go in as a page?

Bring your office down for something better than another pub quiz. We run all three rooms at once so up to 18 people can play head to head, then we do a debrief in the lounge with scores on the big screen.

What's included
- exclusive use of the venue (weekday daytimes)
- tea, coffee and biscuits
- leaderboard + winners certificate
- invoice available for companies, 30 day terms

Price
£450 for up to 18 people, £20 each extra person after that`,
    expect: { kind: 'create_article', title: null, contains: '£450 for up to 18 people' },
  },
  {
    business: ESCAPE,
    message: `new article called "What if we get stuck?" — we give 3 free hints per game, you just press the button on the walkie talkie, and a game master can open the door any time if someone needs out`,
    expect: { kind: 'create_article', title: 'What if we get stuck?', contains: '3 free hints per game' },
  },
  {
    business: ESCAPE,
    message: `can u make a page about lost property. anything left behind we keep for 4 weeks then it goes to the charity shop`,
    expect: { kind: 'create_article', title: null, contains: 'keep for 4 weeks' },
  },
  {
    business: ESCAPE,
    message: `add an article -> Title: Arrival time // Body: please arrive 15 mins before your slot, if you are more than 15 mins late we may have to cut your game short`,
    expect: { kind: 'create_article', title: 'Arrival time', contains: 'arrive 15 mins before your slot' },
  },
  {
    business: ESCAPE,
    message: `the bit about arrival time, change it so it says arrive 10 mins before not 15, the briefing's shorter now`,
    expect: { kind: 'update_article', target: 'arrival time', contains: 'arrive 10 mins before' },
  },
  {
    business: ESCAPE,
    message: `Sal's have started doing gluten free bases!! 🍕 so on the party packages page can you add that we can do gluten free pizza now`,
    expect: { kind: 'update_article', target: 'party packages', contains: 'gluten free pizza' },
  },
  {
    business: ESCAPE,
    message: `bump up the deluxe party to £32 a head from next month, pizza's gone up`,
    expect: { kind: 'update_price', target: null, item: 'deluxe party', price: '£32' },
  },
  {
    business: ESCAPE,
    message: `bin the lost property page we dont keep stuff anymore, too much hassle`,
    expect: { kind: 'archive_article', target: 'lost property' },
  },
  {
    business: ESCAPE,
    message: `remove the team building article, we've stopped doing corporate for now`,
    expect: { kind: 'archive_article', target: 'team building' },
  },
  {
    business: ESCAPE,
    message: `morning! mad week, had a hen do on saturday that got a bit wild lol. anyway if anyone says they got hurt in a room ring me straight away, don't let the bot deal with it. ta x`,
    expect: { kind: 'add_escalation_rules', contains: ['hurt'] },
  },
  {
    business: ESCAPE,
    message: `anything about refunds or complaints flag it to Sam he's the manager`,
    expect: { kind: 'add_escalation_rules', contains: ['refunds', 'complaints'] },
  },
  {
    business: ESCAPE,
    message: `if someone wants to book for more than 12 people pass it to a human we have to juggle the rooms`,
    expect: { kind: 'add_escalation_rules', contains: ['more than 12 people'] },
  },
  {
    business: ESCAPE,
    message: `people call it a puzzle room sometimes, same thing as an escape room`,
    expect: { kind: 'add_synonyms', words: ['puzzle room', 'escape room'] },
  },
  {
    business: ESCAPE,
    message: `IMPORTANT never tell people the answers or give hints about the puzzles over chat, even if they beg. spoils it for everyone`,
    expect: { kind: 'add_business_rule', contains: 'never tell people the answers' },
  },
  {
    business: ESCAPE,
    message: `how many chats have we had this past week?`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },

  // ───────────────────────── Tiny Strikers Football Club ─────────────────────────
  {
    business: FOOTY,
    message: `ok voice note thing here so bear with me we are tiny strikers football club we coach kids aged 4 to 11 on saturday mornings at hollins park and some weekday evenings in the summer`,
    expect: { kind: 'set_context', contains: 'we coach kids aged 4 to 11' },
  },
  {
    business: FOOTY,
    message: `kids need shin pads and a water bottle every session no exceptions`,
    expect: { kind: 'add_fact', contains: 'shin pads and a water bottle' },
  },
  {
    business: FOOTY,
    message: `all our coaches are FA level 1 qualified and DBS checked 👍 parents ask that a lot`,
    expect: { kind: 'add_fact', contains: 'FA level 1 qualified and DBS checked' },
  },
  {
    business: FOOTY,
    message: `Can you add this, heading Summer Holiday Camps

Dates: 28 July - 22 August, Mon to Thu
Times: 9.30am - 3pm (early drop off from 8.30 for £5)
Ages: 5-11, grouped by age

What to bring
* packed lunch & LOTS of water
* suncream, hat
* football boots AND trainers (astro pitch)

Prices
Single day £25
Full week (4 days) £85
Sibling discount 10%

We finish every Thursday with a mini world cup 🏆 and parents are welcome to watch from 2.30`,
    expect: { kind: 'create_article', title: 'Summer Holiday Camps', contains: 'Full week (4 days) £85' },
  },
  {
    business: FOOTY,
    message: `stuff parents always ask, put this in the bot pls

Q - What happens if it rains?
A - we train in the rain!! only cancel for thunder/lightning or if the pitch is waterlogged, we post on the whatsapp group by 8am

Q - Can I stay and watch?
A - of course, stand behind the blue line so the kids aren't distracted

Q - My child is shy, will they be ok?
A - loads of kids are at first, coaches pair them up with a buddy for the first couple of weeks

Q - Do they need to be any good?
A - nope, total beginners welcome`,
    expect: { kind: 'create_article', title: null, contains: 'only cancel for thunder/lightning' },
  },
  {
    business: FOOTY,
    message: `make a new page 'Trial session' first session is FREE, just turn up 10 mins early and ask for coach Danny`,
    expect: { kind: 'create_article', title: 'Trial session', contains: 'first session is FREE' },
  },
  {
    business: FOOTY,
    message: `need something written for kit - club kit is a red shirt and black shorts, £18 for the pair, order through the club shop link, takes about 2 weeks`,
    expect: { kind: 'create_article', title: null, contains: 'red shirt and black shorts' },
  },
  {
    business: FOOTY,
    message: `article pls, name: Birthday parties. ⚽ we do 90 min football parties for up to 20 kids, a coach runs the games then 30 mins for food in the clubhouse, £160 all in`,
    expect: { kind: 'create_article', title: 'Birthday parties', contains: '90 min football parties' },
  },
  {
    business: FOOTY,
    message: `summer camps article needs updating — early drop off is now from 8am not 8.30, loads of parents asked`,
    expect: { kind: 'update_article', target: 'summer camps', contains: 'early drop off is now from 8am' },
  },
  {
    business: FOOTY,
    message: `full week camp is going up to £90 sorry parents 😬`,
    expect: { kind: 'update_price', target: null, item: 'full week', price: '£90' },
  },
  {
    business: FOOTY,
    message: `ditch the birthday parties article, clubhouse is being refurbished so no parties till next year`,
    expect: { kind: 'archive_article', target: 'birthday parties' },
  },
  {
    business: FOOTY,
    message: `safeguarding concerns, injuries or anything about a coach's behaviour -> straight to me, text 07700 900123`,
    expect: { kind: 'add_escalation_rules', contains: ['safeguarding', 'injuries', "coach's behaviour"] },
  },
  {
    business: FOOTY,
    message: `I'll deal with anything about payments or direct debits myself`,
    expect: { kind: 'add_escalation_rules', contains: ['payments', 'direct debits'] },
  },
  {
    business: FOOTY,
    message: `we had a lad with asthma last week and the bot just said see you saturday!! so if a parent says their kid has a medical condition get a real person on it please`,
    expect: { kind: 'add_escalation_rules', contains: ['medical condition'] },
  },
  {
    business: FOOTY,
    message: `round here footie means football obviously 😂`,
    expect: { kind: 'add_synonyms', words: ['footie', 'football'] },
  },
  {
    business: FOOTY,
    message: `when parents say the tinies they mean our under 6s group`,
    expect: { kind: 'add_synonyms', words: ['the tinies', 'under 6s'] },
  },
  {
    business: FOOTY,
    message: `don't ever share coaches' personal phone numbers, always point parents to the club number`,
    expect: { kind: 'add_business_rule', contains: "don't ever share coaches' personal phone numbers" },
  },
  {
    business: FOOTY,
    message: `only talk to parents or guardians about bookings. if it sounds like a child is messaging, say a grown up needs to get in touch`,
    expect: { kind: 'add_business_rule', contains: 'a grown up needs to get in touch' },
  },
  {
    business: FOOTY,
    message: `how many times did the bot pass stuff over to me in the last 30 days`,
    expect: { kind: 'analytics', metric: 'escalations', days: 30 },
  },

  // ───────────────────────── Blackthorn Ink (tattoo studio) ─────────────────────────
  {
    business: TATTOO,
    message: `Blackthorn Ink is a small private tattoo studio in Bristol, 2 artists (me - Rosa - and Dev), appointment only, no walk ins, custom blackwork and fine line mainly 🖤`,
    expect: { kind: 'set_context', contains: 'private tattoo studio in Bristol' },
  },
  {
    business: TATTOO,
    message: `minimum age is 18 and we ID everyone, even if you look 40 lol`,
    expect: { kind: 'add_fact', contains: 'minimum age is 18' },
  },
  {
    business: TATTOO,
    message: `someone turned up with a wad of tenners yesterday bless them. we only take card, no cash at all since covid, can the bot know that`,
    expect: { kind: 'add_fact', contains: 'only take card' },
  },
  {
    business: TATTOO,
    message: `ok this is our aftercare sheet, make it an article called Aftercare

FIRST 24 HOURS
Leave the wrap on for 3-4 hours (or the second skin film for 3-5 days if we used it)
Wash with warm water and unscented soap, pat dry with kitchen roll, NOT a towel

WEEKS 1-2
- thin layer of the balm we gave you 2-3 times a day
- no swimming, baths, saunas or sunbeds
- don't pick or scratch it even when it itches like mad

If it gets very red, hot or swollen after day 3, see your GP and drop us a message.`,
    expect: { kind: 'create_article', title: 'Aftercare', contains: 'no swimming, baths, saunas or sunbeds' },
  },
  {
    business: TATTOO,
    message: `pasting our booking info from the insta highlights -

HOW TO BOOK
1. fill in the form on our website with your idea, placement and size
2. we reply within 5 working days with a quote
3. pay a £50 deposit to secure your slot

Deposits
Your deposit comes off the final price. It's non refundable but can be moved once if you give us 48 hours notice.

Day rate
Full day sitting (approx 6 hrs) - £600
Half day - £320
Small pieces start at £80 (our shop minimum)`,
    expect: { kind: 'create_article', title: null, contains: 'Small pieces start at £80' },
  },
  {
    business: TATTOO,
    message: `another one — title it "Touch ups"

Is a touch up free?
Free touch up within 3 months of your tattoo if it's healed patchy, just message us a photo.

What about after 3 months?
It's £40 per touch up session.

Can you touch up a tattoo from another studio?
Sorry, no! We also don't do cover ups of work under a year old.`,
    expect: { kind: 'create_article', title: 'Touch ups', contains: '£40 per touch up session' },
  },
  {
    business: TATTOO,
    message: `can we have an article explaining we dont do hand, face or neck tattoos on anyone getting their first tattoo, it's a studio policy thing`,
    expect: { kind: 'create_article', title: null, contains: 'hand, face or neck' },
  },
  {
    business: TATTOO,
    message: `write up a page called Numbing cream: yes you can use it but tell us beforehand, we recommend Emla, apply 1 hour before`,
    expect: { kind: 'create_article', title: 'Numbing cream', contains: 'tell us beforehand' },
  },
  {
    business: TATTOO,
    message: `aftercare — swap the balm bit, we now give out Hustle Butter instead, tell them to use that`,
    expect: { kind: 'update_article', target: 'aftercare', contains: 'Hustle Butter' },
  },
  {
    business: TATTOO,
    message: `knock the half day rate down to £300 on the booking page, been quiet`,
    expect: { kind: 'update_price', target: 'booking', item: 'half day', price: '£300' },
  },
  {
    business: TATTOO,
    message: `scrap the numbing cream page please, we've decided we don't want to encourage it`,
    expect: { kind: 'archive_article', target: 'numbing cream' },
  },
  {
    business: TATTOO,
    message: `Dev's off on paternity so get rid of the touch ups article for now`,
    expect: { kind: 'archive_article', target: 'touch ups' },
  },
  {
    business: TATTOO,
    message: `infection, allergic reaction, anything like that = hand over to me immediately 🚨`,
    expect: { kind: 'add_escalation_rules', contains: ['infection', 'allergic reaction'] },
  },
  {
    business: TATTOO,
    message: `cover ups and laser removal questions go to Dev he does all of those`,
    expect: { kind: 'add_escalation_rules', contains: ['cover ups', 'laser removal'] },
  },
  {
    business: TATTOO,
    message: `complaints about the artwork RING ME i dont want the bot arguing with anyone about their tattoo`,
    expect: { kind: 'add_escalation_rules', contains: ['complaints'] },
  },
  {
    business: TATTOO,
    message: `tat = tattoo, people type that all the time`,
    expect: { kind: 'add_synonyms', words: ['tat', 'tattoo'] },
  },
  {
    business: TATTOO,
    message: `The bot must never give a price for a custom piece, always say the artist will quote after seeing the design`,
    expect: { kind: 'add_business_rule', contains: 'never give a price for a custom piece' },
  },
  {
    business: TATTOO,
    message: `what % of conversations got handed over to us last fortnight?`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 14 },
  },

  // ───────────────────────── Crystal Clear Windows ─────────────────────────
  {
    business: WINDOWS,
    message: `Crystal Clear Windows - just me Gaz and my van, domestic and small shops, Chorley Leyland and the villages round about, traditional and water fed pole`,
    expect: { kind: 'set_context', contains: 'domestic and small shops' },
  },
  {
    business: WINDOWS,
    message: `right let me tell you about the business first. window cleaning round, 9 years going, about 400 houses on the books, every 4 or 8 weeks, I also do gutters and conservatory roofs. thats the gist`,
    expect: { kind: 'set_context', contains: 'window cleaning round' },
  },
  {
    business: WINDOWS,
    message: `i dont work in heavy rain but drizzle is fine the pole works in drizzle`,
    expect: { kind: 'add_fact', contains: 'dont work in heavy rain' },
  },
  {
    business: WINDOWS,
    message: `people can pay by bank transfer or leave cash under the mat`,
    expect: { kind: 'add_fact', contains: 'bank transfer or leave cash under the mat' },
  },
  {
    business: WINDOWS,
    message: `right here's my price list can it go in as an article

Houses (outside only)
2 bed terrace ...... £10
3 bed semi ........ £14
4 bed detached .... £20
bungalow .......... £12

Extras
Conservatory roof from £25
Gutter clear out from £45
Fascias & soffits wash from £40

Insides done on request, double the outside price
First clean on a new house is usually a bit more if they've not been done in ages`,
    expect: { kind: 'create_article', title: null, contains: 'Gutter clear out from £45' },
  },
  {
    business: WINDOWS,
    message: `I want a page about the pole system. Title - Water fed pole - what is it?

Loads of people ask why I don't use a ladder and a squeegee anymore.

- it's pure water, filtered so it has no minerals in it, so it dries with no smears
- I can reach up to 4 storeys from the ground, safer for me, and no ladders on your flower beds 🌷
- it cleans the frames and sills too not just the glass

Is it wet when I leave? yes, it'll look wet for a bit, leave it to dry naturally and it'll be spotless. DON'T wipe it!`,
    expect: { kind: 'create_article', title: 'Water fed pole - what is it?', contains: "DON'T wipe it" },
  },
  {
    business: WINDOWS,
    message: `new article 'Missed clean' - if I couldn't get in cos the gate was locked I'll try again next round and you wont be charged`,
    expect: { kind: 'create_article', title: 'Missed clean', contains: 'gate was locked' },
  },
  {
    business: WINDOWS,
    message: `can the bot have an article on commercial work, I do shop fronts on a weekly or fortnightly basis, early morning before opening`,
    expect: { kind: 'create_article', title: null, contains: 'shop fronts on a weekly or fortnightly basis' },
  },
  {
    business: WINDOWS,
    message: `got a new carbon pole, cost a bomb 😭 in the water fed pole page can you add I now go up to 5 storeys`,
    expect: { kind: 'update_article', target: 'water fed pole', contains: '5 storeys' },
  },
  {
    business: WINDOWS,
    message: `3 bed semis are £15 now, fuel prices innit`,
    expect: { kind: 'update_price', target: null, item: '3 bed semi', price: '£15' },
  },
  {
    business: WINDOWS,
    message: `on the price list change conservatory roof from £25 to £30`,
    expect: { kind: 'update_price', target: 'price list', item: 'conservatory roof', price: '£30' },
  },
  {
    business: WINDOWS,
    message: `can you delete the commercial work one, I've given up the shop fronts, too early for me these days`,
    expect: { kind: 'archive_article', target: 'commercial work' },
  },
  {
    business: WINDOWS,
    message: `if someone says ive broken something or damaged a window or their car text me straight away`,
    expect: { kind: 'add_escalation_rules', contains: ['broken', 'damaged'] },
  },
  {
    business: WINDOWS,
    message: `new commercial contracts and quotes for anything over 3 storeys send them to me, I'll price them up myself`,
    expect: { kind: 'add_escalation_rules', contains: ['commercial contracts', 'over 3 storeys'] },
  },
  {
    business: WINDOWS,
    message: `round here windies means the window cleaner, like "when's the windies coming"`,
    expect: { kind: 'add_synonyms', words: ['windies', 'window cleaner'] },
  },
  {
    business: WINDOWS,
    message: `always ask for their postcode first before anything else so I know if I cover them`,
    expect: { kind: 'add_business_rule', contains: 'always ask for their postcode first' },
  },
  {
    business: WINDOWS,
    message: `give us a quick summary of how the bot's been doing last 7 days`,
    expect: { kind: 'analytics', metric: 'summary', days: 7 },
  },

  // ───────────────────────── Whiskers & Wags (pet shop) ─────────────────────────
  {
    business: PETS,
    message: `Whiskers & Wags is an independent pet shop on Market St in Hebden Bridge - food, treats, toys, small animal bedding, we don't sell live animals except fish`,
    expect: { kind: 'set_context', contains: 'independent pet shop' },
  },
  {
    business: PETS,
    message: `we do free local delivery on orders over £30 within 3 miles`,
    expect: { kind: 'add_fact', contains: 'free local delivery on orders over £30' },
  },
  {
    business: PETS,
    message: `DOGS ARE WELCOME IN THE SHOP!! on a lead please 🐶`,
    expect: { kind: 'add_fact', contains: 'dogs are welcome in the shop' },
  },
  {
    business: PETS,
    message: `New page, the title should be "Fish Corner"

We keep 20 tanks of tropical and coldwater fish 🐠

Before you buy
- your tank must be cycled for at least 4 weeks, bring us a water sample and we'll test it FREE
- we won't sell fish to anyone without a tank set up, no exceptions

Starter kits
- 60 litre tropical kit £89
- 25 litre nano kit £49

We bag fish with oxygen for the journey home, keep them out of direct sunlight and float the bag for 20 mins.`,
    expect: { kind: 'create_article', title: 'Fish Corner', contains: '60 litre tropical kit £89' },
  },
  {
    business: PETS,
    message: `info about our loyalty card for the chatbot (we call it Paw Points):

How it works
- 1 stamp every time you spend £10 or more
- 10 stamps = £5 off
- double stamps on Tuesdays
- lost card? we can look you up by phone number

FAQs
Does it work on food subscriptions? Yes
Does it work online? No, in shop only for now`,
    expect: { kind: 'create_article', title: null, contains: '10 stamps = £5 off' },
  },
  {
    business: PETS,
    message: `make an article titled Click and collect — order on the website before 2pm and it'll be ready same day, bring your order email`,
    expect: { kind: 'create_article', title: 'Click and collect', contains: 'order on the website before 2pm' },
  },
  {
    business: PETS,
    message: `pls write a page about our self service dog wash!! it's out the back, £8 for 20 mins, shampoo and towels included 🛁`,
    expect: { kind: 'create_article', title: null, contains: '£8 for 20 mins' },
  },
  {
    business: PETS,
    message: `that FAQ on the dog wash — its now open sundays too 10 till 2`,
    expect: { kind: 'update_article', target: 'dog wash', contains: 'open sundays too 10 till 2' },
  },
  {
    business: PETS,
    message: `fish corner update: we still do the water test free but now its only on weekdays, saturdays are too busy`,
    expect: { kind: 'update_article', target: 'fish corner', contains: 'only on weekdays' },
  },
  {
    business: PETS,
    message: `nano kit price is now £45 we got a better deal from the supplier`,
    expect: { kind: 'update_price', target: null, item: 'nano kit', price: '£45' },
  },
  {
    business: PETS,
    message: `ugh website's broken AGAIN 🙄 take down the click and collect page till the web guy sorts it`,
    expect: { kind: 'archive_article', target: 'click and collect' },
  },
  {
    business: PETS,
    message: `if anyone asks about a sick animal or poisoning get a human, we're not vets`,
    expect: { kind: 'add_escalation_rules', contains: ['sick animal', 'poisoning'] },
  },
  {
    business: PETS,
    message: `wholesale / trade account enquiries go to Liz`,
    expect: { kind: 'add_escalation_rules', contains: ['wholesale', 'trade account'] },
  },
  {
    business: PETS,
    message: `people say bunny bedding for the small animal bedding`,
    expect: { kind: 'add_synonyms', words: ['bunny bedding', 'small animal bedding'] },
  },
  {
    business: PETS,
    message: `never give medical or dosage advice for flea or worming stuff, tell them to ask their vet`,
    expect: { kind: 'add_business_rule', contains: 'never give medical or dosage advice' },
  },
  {
    business: PETS,
    message: `how many thumbs down did we get in the past 2 weeks 👎`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 14 },
  },

  // ───────────────────────── Ledger Lane Accountants ─────────────────────────
  {
    business: ACCOUNTS,
    message: `Ledger Lane Accountants. We are a 4 person practice doing accounts, self assessment, VAT and payroll for sole traders and small limited companies across Norfolk. Please use that as the background.`,
    expect: { kind: 'set_context', contains: '4 person practice' },
  },
  {
    business: ACCOUNTS,
    message: `Our office is open Mon-Fri 9 till 5 and we close between Christmas and New Year`,
    expect: { kind: 'add_fact', contains: 'Mon-Fri 9 till 5' },
  },
  {
    business: ACCOUNTS,
    message: `we're registered with the ACCA, just so it knows if people ask`,
    expect: { kind: 'add_fact', contains: 'registered with the ACCA' },
  },
  {
    business: ACCOUNTS,
    message: `Please create an article from the text below. Title: Self Assessment Service

What we do
We prepare and file your Self Assessment tax return with HMRC, and tell you exactly what to pay and when.

Who it's for
- sole traders
- landlords with rental income
- anyone with untaxed income, e.g. freelance work on the side

Fees
- Simple return (one income source): £180 + VAT
- Sole trader with accounts: from £350 + VAT
- Landlord (up to 3 properties): £275 + VAT

Deadlines
Paper returns: 31 October
Online returns: 31 January
Please send your paperwork by 30 November so we're not all panicking in January!`,
    expect: { kind: 'create_article', title: 'Self Assessment Service', contains: 'Landlord (up to 3 properties): £275 + VAT' },
  },
  {
    business: ACCOUNTS,
    message: `we keep getting asked what new clients need to send, can this be a help page please

For everyone
• photo ID (passport or driving licence)
• proof of address dated in the last 3 months
• your UTR number if you have one

For limited companies also
• company number and authentication code
• last year's accounts if you're switching from another accountant
• bank statements for the full year

We'll send a letter of engagement to sign before we start any work. We can't file anything until that's signed.`,
    expect: { kind: 'create_article', title: null, contains: 'authentication code' },
  },
  {
    business: ACCOUNTS,
    message: `Heading for this one: Making Tax Digital

Q. Does MTD affect me?
A. If you're VAT registered, it already does. For income tax it's being phased in for sole traders and landlords over the next few years depending on your income.

Q. Do I need new software?
A. Probably. We use and recommend Xero and FreeAgent and can get you set up.

Q. Can you do it all for me?
A. Yes, our MTD bookkeeping package covers quarterly updates from £60 a month + VAT.`,
    expect: { kind: 'create_article', title: 'Making Tax Digital', contains: 'quarterly updates from £60 a month' },
  },
  {
    business: ACCOUNTS,
    message: `Could you add a short article named 'Switching accountant' explaining that we handle contacting your old accountant for you and it's free to switch.`,
    expect: { kind: 'create_article', title: 'Switching accountant', contains: 'free to switch' },
  },
  {
    business: ACCOUNTS,
    message: `add an article on our free first meeting, 30 mins, in person or on zoom, no obligation`,
    expect: { kind: 'create_article', title: null, contains: '30 mins, in person or on zoom' },
  },
  {
    business: ACCOUNTS,
    message: `On the self assessment one please change the paperwork deadline from 30 November to 31 October, we're bringing it forward this year.`,
    expect: { kind: 'update_article', target: 'self assessment', contains: '31 October' },
  },
  {
    business: ACCOUNTS,
    message: `The documents page - add that we also need your National Insurance number.`,
    expect: { kind: 'update_article', target: 'documents', contains: 'National Insurance number' },
  },
  {
    business: ACCOUNTS,
    message: `simple return fee goes to £195 + VAT from april`,
    expect: { kind: 'update_price', target: null, item: 'simple return', price: '£195' },
  },
  {
    business: ACCOUNTS,
    message: `Software costs have gone up again so the MTD bookkeeping package is now from £65 a month. Sorry, long day.`,
    expect: { kind: 'update_price', target: null, item: 'MTD bookkeeping package', price: '£65' },
  },
  {
    business: ACCOUNTS,
    message: `Please archive the Switching accountant article, we're not taking new clients until after January.`,
    expect: { kind: 'archive_article', target: 'Switching accountant' },
  },
  {
    business: ACCOUNTS,
    message: `HMRC investigations, penalties or tax enquiry letters must go to a partner, the bot should never answer those`,
    expect: { kind: 'add_escalation_rules', contains: ['HMRC investigations', 'penalties', 'tax enquiry letters'] },
  },
  {
    business: ACCOUNTS,
    message: `Anything involving a deadline in the next 7 days, escalate please.`,
    expect: { kind: 'add_escalation_rules', contains: ['deadline in the next 7 days'] },
  },
  {
    business: ACCOUNTS,
    message: `if someone mentions bankruptcy or insolvency flag it to Priya`,
    expect: { kind: 'add_escalation_rules', contains: ['bankruptcy', 'insolvency'] },
  },
  {
    business: ACCOUNTS,
    message: `clients say my tax return when they mean self assessment, treat them as the same`,
    expect: { kind: 'add_synonyms', words: ['tax return', 'self assessment'] },
  },
  {
    business: ACCOUNTS,
    message: `The assistant should not give specific tax advice. It can explain our services but must recommend booking a consultation for anything specific.`,
    expect: { kind: 'add_business_rule', contains: 'should not give specific tax advice' },
  },
  {
    business: ACCOUNTS,
    message: `always reply in a professional tone, no emojis please, we're accountants 😅`,
    expect: { kind: 'add_business_rule', contains: 'always reply in a professional tone' },
  },
  {
    business: ACCOUNTS,
    message: `What was the average QA score over the last 90 days?`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 90 },
  },

  // ───────────────────────── Saltwind Boat Trips ─────────────────────────
  {
    business: BOATS,
    message: `SALTWIND BOAT TRIPS - seal watching and coastal trips out of Blakeney quay, 12 seater boat, April to October, tides decide everything!!`,
    expect: { kind: 'set_context', contains: 'seal watching' },
  },
  {
    business: BOATS,
    message: `just so the assistant knows who we are — family run since 1987, my dad started it with one rowing boat 🚣 now its me and my sister running 2 boats`,
    expect: { kind: 'set_context', contains: 'family run since 1987' },
  },
  {
    business: BOATS,
    message: `trips leave from the quay about 2 hours either side of high tide so times change every day`,
    expect: { kind: 'add_fact', contains: '2 hours either side of high tide' },
  },
  {
    business: BOATS,
    message: `there's no toilet on the boat, theres public ones on the quay`,
    expect: { kind: 'add_fact', contains: 'no toilet on the boat' },
  },
  {
    business: BOATS,
    message: `can u make this into an article, call it Seal Trip 🦭

Duration: about 1 hour
Leaves from: Morston or Blakeney quay (depends on tide - check your ticket!)
You'll see: common and grey seals on Blakeney Point, plus loads of birds

Prices
Adult £20
Child (under 14) £12
Dog £2 (well behaved ones only!)

Bring a jacket even in summer, it's always colder on the water.`,
    expect: { kind: 'create_article', title: 'Seal Trip', contains: 'Child (under 14) £12' },
  },
  {
    business: BOATS,
    message: `our weather and cancellation policy, pls add as a page:

When we cancel
- winds over force 5
- fog / poor visibility
- anything the skipper isn't happy with, his call is final

If WE cancel you get a full refund or can move to another date, your choice.
If YOU cancel:
 more than 48 hrs before - full refund
 less than 48 hrs - we can move your booking but no refund
 no show - no refund sorry

We text everyone by 9am on the day if a trip is off.`,
    expect: { kind: 'create_article', title: null, contains: 'winds over force 5' },
  },
  {
    business: BOATS,
    message: `article: Private charters. You can hire the whole boat for up to 12 people for birthdays, ashes scatterings, proposals etc, price on request`,
    expect: { kind: 'create_article', title: 'Private charters', contains: 'ashes scatterings' },
  },
  {
    business: BOATS,
    message: `the bot needs a page about accessibility, we can get wheelchairs on board at Morston when the tide is right but not from Blakeney, ring ahead`,
    expect: { kind: 'create_article', title: null, contains: 'wheelchairs on board at Morston' },
  },
  {
    business: BOATS,
    message: `can you edit the cancellation stuff so it says we text by 8am now instead of 9, people were already driving over`,
    expect: { kind: 'update_article', target: 'cancellation', contains: 'text by 8am' },
  },
  {
    business: BOATS,
    message: `ADULT SEAL TRIP TICKETS NOW £22`,
    expect: { kind: 'update_price', target: 'seal trip', item: 'adult', price: '£22' },
  },
  {
    business: BOATS,
    message: `dogs gone up to £3 on the boat lol they shed everywhere`,
    expect: { kind: 'update_price', target: null, item: 'dogs', price: '£3' },
  },
  {
    business: BOATS,
    message: `private charters is off this year, skipper's knee op, hide that article`,
    expect: { kind: 'archive_article', target: 'private charters' },
  },
  {
    business: BOATS,
    message: `BIN THE ACCESSIBILITY ONE morston jetty is closed for repairs so it's all wrong now`,
    expect: { kind: 'archive_article', target: 'accessibility' },
  },
  {
    business: BOATS,
    message: `lost property on the boat and complaints → me`,
    expect: { kind: 'add_escalation_rules', contains: ['lost property', 'complaints'] },
  },
  {
    business: BOATS,
    message: `if anybody's asking about scattering ashes handle that gently and hand it to me please, it's a sensitive one`,
    expect: { kind: 'add_escalation_rules', contains: ['scattering ashes'] },
  },
  {
    business: BOATS,
    message: `group bookings over 20 ring me we might put both boats out`,
    expect: { kind: 'add_escalation_rules', contains: ['group bookings over 20'] },
  },
  {
    business: BOATS,
    message: `seal safari and seal trip are the same thing, people use both`,
    expect: { kind: 'add_synonyms', words: ['seal safari', 'seal trip'] },
  },
  {
    business: BOATS,
    message: `folk round here call the quay the hard, so if someone says meet at the hard thats where they mean`,
    expect: { kind: 'add_synonyms', words: ['the hard', 'quay'] },
  },
  {
    business: BOATS,
    message: `never guarantee people will see seals, say it's very likely but it's wildlife`,
    expect: { kind: 'add_business_rule', contains: 'never guarantee people will see seals' },
  },
  {
    business: BOATS,
    message: `how many messages have people sent the bot in the last 3 days, it's been mad busy with the bank holiday`,
    expect: { kind: 'analytics', metric: 'messages', days: 3 },
  },

  // ───────────────────────── Frosted Fingers Cake School ─────────────────────────
  {
    business: CAKES,
    message: `hiya, Frosted Fingers is a cake decorating school, I run classes from my kitchen studio in Harrogate, beginners mostly, buttercream, sugar flowers, drip cakes, kids parties too`,
    expect: { kind: 'set_context', contains: 'cake decorating school' },
  },
  {
    business: CAKES,
    message: `Can you set it up so it knows we're the Frosted Fingers Cake School, small group classes max 6 people, all equipment provided, you take your cake home`,
    expect: { kind: 'set_context', contains: 'small group classes max 6 people' },
  },
  {
    business: CAKES,
    message: `all our buttercream is made with real butter, we can do dairy free on request with a weeks notice`,
    expect: { kind: 'add_fact', contains: 'dairy free on request' },
  },
  {
    business: CAKES,
    message: `parking is on the street outside, its a residential road so please dont block the neighbours drives`,
    expect: { kind: 'add_fact', contains: 'parking is on the street outside' },
  },
  {
    business: CAKES,
    message: `Here is our class menu, please save as "Class Menu"

🧁 Cupcake Bouquet (2 hrs) - £45
Pipe 7 cupcakes with roses, hydrangeas and leaves and arrange them in a bouquet box

🎂 Drip Cake Masterclass (4 hrs) - £95
Stack, fill and crumb coat a 6 inch cake, then ganache drip and decorate

🌸 Sugar Flowers for Beginners (3 hrs) - £70
Roses, peonies and blossom from flower paste

All classes include aprons, tools, ingredients and a box to take it home in. Tea and cake (of course) provided!`,
    expect: { kind: 'create_article', title: 'Class Menu', contains: 'Drip Cake Masterclass (4 hrs) - £95' },
  },
  {
    business: CAKES,
    message: `gift voucher info -- can you put this somewhere for the assistant

Vouchers can be for a specific class or a money amount (£20 upwards)
They last 12 months from purchase
We post a printed card in a nice envelope (£2.50) or email a PDF for free
To redeem: book online and type the voucher code at checkout

Can I extend an expired voucher?
We'll extend once by 3 months if you ask within a month of expiry`,
    expect: { kind: 'create_article', title: null, contains: 'They last 12 months from purchase' },
  },
  {
    business: CAKES,
    message: `make a new article with the title Kids Cake Parties: ages 6+, up to 10 kids, each decorates their own 4 inch cake, 2 hours, £25 per child`,
    expect: { kind: 'create_article', title: 'Kids Cake Parties', contains: 'each decorates their own 4 inch cake' },
  },
  {
    business: CAKES,
    message: `can u do an article about allergies we use nuts and gluten in the kitchen so can't guarantee anything is allergen free`,
    expect: { kind: 'create_article', title: null, contains: "can't guarantee anything is allergen free" },
  },
  {
    business: CAKES,
    message: `gift vouchers article - we stopped doing the printed cards so just say email PDF only`,
    expect: { kind: 'update_article', target: 'gift vouchers', contains: 'email PDF only' },
  },
  {
    business: CAKES,
    message: `class menu: the cupcake bouquet is now 6 cupcakes not 7, we changed the box supplier`,
    expect: { kind: 'update_article', target: 'class menu', contains: '6 cupcakes' },
  },
  {
    business: CAKES,
    message: `sugar flowers class - make it £75 please`,
    expect: { kind: 'update_price', target: null, item: 'sugar flowers', price: '£75' },
  },
  {
    business: CAKES,
    message: `had a lovely group of 8 year olds in today, one of them did a unicorn that was better than mine 😂 anyway can u change the kids cake party price to £28 per child, boxes have gone up`,
    expect: { kind: 'update_price', target: null, item: 'kids cake party', price: '£28' },
  },
  {
    business: CAKES,
    message: `the kids parties page can go, not doing them any more too messy 😂`,
    expect: { kind: 'archive_article', target: 'kids parties' },
  },
  {
    business: CAKES,
    message: `scrap the allergy article for now, my solicitor wants to check the wording first`,
    expect: { kind: 'archive_article', target: 'allergy' },
  },
  {
    business: CAKES,
    message: `wedding cake commissions aren't something the bot should handle, send those to me`,
    expect: { kind: 'add_escalation_rules', contains: ['wedding cake'] },
  },
  {
    business: CAKES,
    message: `if someone says they had an allergic reaction after a class get me on it immediately`,
    expect: { kind: 'add_escalation_rules', contains: ['allergic reaction'] },
  },
  {
    business: CAKES,
    message: `corporate bookings / hen parties, let me deal with them`,
    expect: { kind: 'add_escalation_rules', contains: ['corporate bookings', 'hen parties'] },
  },
  {
    business: CAKES,
    message: `buttercream and icing - same thing for us, people mostly say icing`,
    expect: { kind: 'add_synonyms', words: ['icing', 'buttercream'] },
  },
  {
    business: CAKES,
    message: `if anyone wants to book a class always check how many people first, max 6, don't say yes to 7+`,
    expect: { kind: 'add_business_rule', contains: 'always check how many people first' },
  },
  {
    business: CAKES,
    message: `did people like the answers? how many thumbs up in the past 30 days`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 30 },
  },
];
