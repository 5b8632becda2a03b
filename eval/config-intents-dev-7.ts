/**
 * Configuration-chat intent evaluation — DEV set 7.
 *
 * Written blind in round 16 by a seventh author who read no product source, tests, docs or other
 * eval files. Each case is one plain message an owner might type into the configuration chat,
 * labelled with the single configuration action it should produce. 150 cases, 25 per business:
 *   - Ironside Locksmiths (Doncaster): terse phone-typing, all lowercase, typos and txt-speak
 *   - Pembury Bookkeeping Ltd (Tunbridge Wells): formal office-email style, greetings and sign-offs
 *   - The Salty Haddock fish & chip shop (Scarborough): chatty and rambling, asides and emoji
 *   - Enigma Vaults escape rooms (Swindon): pastes blocks of copy straight off the website
 *   - Shine Star Car Valeting (Peterborough): non-native English speaker, simple grammar
 *   - Wild Stem Florist (Ludlow): over-explains, bullet lists, abbreviations (pls, approx, N.B.)
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const A = 'Ironside Locksmiths';
const B = 'Pembury Bookkeeping Ltd';
const C = 'The Salty Haddock';
const D = 'Enigma Vaults';
const E = 'Shine Star Car Valeting';
const F = 'Wild Stem Florist';

export const CONFIG_INTENTS_DEV_7: ConfigIntentCase[] = [
  // ───────────── A: Ironside Locksmiths — terse phone-typing ─────────────
  { business: A, message: `cn u change our business description to: Ironside Locksmiths, doncaster + 15 mile radius. emergency lockouts 24/7, upvc door repairs, lock changes, anti snap upgrades. family run since 2009`, expect: { kind: 'set_context', contains: 'emergency lockouts 24/7' } },
  { business: A, message: `fyi we dont do car lockouts anymore`, expect: { kind: 'add_fact', contains: 'we dont do car lockouts anymore' } },
  { business: A, message: `new page pls titled "Locked Out?"
Dont panic. Call 01302 555781 day or night. We aim to be with you within 45 mins in doncaster town. Non destructive entry where possible, we only drill as a last resort.`, expect: { kind: 'create_article', title: 'Locked Out?', contains: 'we only drill as a last resort' } },
  { business: A, message: `lock change price now £85 not £75`, expect: { kind: 'update_price', target: null, item: 'lock change', price: '£85' } },
  { business: A, message: `if someone says theyre locked out w a baby or kid inside pass them to me str8 away`, expect: { kind: 'add_escalation_rules', contains: ['baby or kid inside'] } },
  { business: A, message: `remember we take card on the door, sumup reader`, expect: { kind: 'add_fact', contains: 'we take card on the door' } },
  { business: A, message: `add article: Anti Snap Locks
anti snap locks r british standard TS007 3 star cylinders. they stop burglars snapping the lock which is how most upvc doors get broke into. we fit ABS and Ultion. takes about 20 mins a door`, expect: { kind: 'create_article', title: 'Anti Snap Locks', contains: 'how most upvc doors get broke into' } },
  { business: A, message: `ppl say barrel when they mean cylinder, same thing`, expect: { kind: 'add_synonyms', words: ['barrel', 'cylinder'] } },
  { business: A, message: `never give a exact arrival time, always say aprox`, expect: { kind: 'add_business_rule', contains: 'never give a exact arrival time' } },
  { business: A, message: `on the locked out page add: out of hours we cover Thorne and Bawtry too`, expect: { kind: 'update_article', target: 'locked out', contains: 'we cover Thorne and Bawtry too' } },
  { business: A, message: `anyone asking bout commercial jobs or landlord contracts hand over to a human`, expect: { kind: 'add_escalation_rules', contains: ['commercial jobs', 'landlord contracts'] } },
  { business: A, message: `can u put this up as an article for customers
if ur key has snapped in the lock dont try superglue or tweezers u just push it further in. leave it, ring us, we can get it out and cut a new key on site most times`, expect: { kind: 'create_article', title: null, contains: 'cut a new key on site most times' } },
  { business: A, message: `cheers`, expect: { kind: 'nothing' } },
  { business: A, message: `note - all our locksmiths r dbs checked`, expect: { kind: 'add_fact', contains: 'all our locksmiths r dbs checked' } },
  { business: A, message: `up the emergency callout to £95 on the locked out page`, expect: { kind: 'update_price', target: 'locked out', item: 'emergency callout', price: '£95' } },
  { business: A, message: `new faq page "Do you do safes?" - yes we open and service most home safes, chubb yale phoenix etc. need proof of ownership before we open anything`, expect: { kind: 'create_article', title: 'Do you do safes?', contains: 'need proof of ownership before we open anything' } },
  { business: A, message: `bot shud sound calm. ppl r stressed when theyre locked out`, expect: { kind: 'set_tone', tone: 'calm' } },
  { business: A, message: `how many ppl used the chat this wk`, expect: { kind: 'analytics', metric: 'conversations', days: 7 } },
  { business: A, message: `dont tell ppl how to pick there own locks even if its there house`, expect: { kind: 'add_business_rule', contains: 'dont tell ppl how to pick there own locks' } },
  { business: A, message: `anti snap article needs updating - fitting takes about 30 mins per door now`, expect: { kind: 'update_article', target: 'anti snap', contains: 'about 30 mins per door' } },
  { business: A, message: `call the bot Ian`, expect: { kind: 'set_agent_name', name: 'Ian' } },
  { business: A, message: `if a cust is angry about a bill or wants a refund get me or gaz`, expect: { kind: 'add_escalation_rules', contains: ['angry about a bill', 'wants a refund'] } },
  { business: A, message: `take the safes page down we stopped doin safes`, expect: { kind: 'archive_article', target: 'safes' } },
  { business: A, message: `new descripton pls, replace the old 1 - Ironside Locksmiths, Doncaster & Rotherham. 24hr emergency locksmith, MLA approved, lock changes, burglary repairs, upvc specialists`, expect: { kind: 'set_context', contains: 'MLA approved' } },
  { business: A, message: `does it work on mobiles or just computer?`, expect: { kind: 'nothing' } },

  // ───────────── B: Pembury Bookkeeping Ltd — formal office email ─────────────
  { business: B, message: `Good morning,

Please could you set our business description as follows:

"Pembury Bookkeeping Ltd is an AAT-licensed bookkeeping and payroll practice based in Tunbridge Wells, serving sole traders, partnerships and small limited companies across West Kent. Services include monthly bookkeeping, VAT returns and payroll."

Kind regards,
Margaret Ellison
Practice Manager`, expect: { kind: 'set_context', contains: 'AAT-licensed bookkeeping and payroll practice' } },
  { business: B, message: `For your records: our office is closed between Christmas Eve and 2 January inclusive.

Regards,
M. Ellison`, expect: { kind: 'add_fact', contains: 'closed between Christmas Eve and 2 January inclusive' } },
  { business: B, message: `Dear Sir/Madam,

Please publish a new help article entitled "Preparing for your first meeting", with the following text:

Please bring photographic identification, proof of address, your UTR number (if self-employed) and your last twelve months of bank statements. The initial consultation lasts approximately one hour and is free of charge.

Yours faithfully,
M. Ellison`, expect: { kind: 'create_article', title: 'Preparing for your first meeting', contains: 'your UTR number (if self-employed)' } },
  { business: B, message: `Please ensure that any enquiry concerning an HMRC investigation or compliance check is passed directly to a member of staff.`, expect: { kind: 'add_escalation_rules', contains: ['HMRC investigation', 'compliance check'] } },
  { business: B, message: `Please be advised that all of our staff are AAT or ICB qualified.`, expect: { kind: 'add_fact', contains: 'all of our staff are AAT or ICB qualified' } },
  { business: B, message: `Please add an article headed "Making Tax Digital for Income Tax".

Content: From April 2026, sole traders and landlords with qualifying income over £50,000 must keep digital records and submit quarterly updates to HMRC. We can set up compatible software and submit on your behalf.

Many thanks.`, expect: { kind: 'create_article', title: 'Making Tax Digital for Income Tax', contains: 'submit quarterly updates to HMRC' } },
  { business: B, message: `Please note that, with effect from 1 April, our monthly bookkeeping fee for sole traders will be £120 per month.`, expect: { kind: 'update_price', target: null, item: 'monthly bookkeeping', price: '£120' } },
  { business: B, message: `The assistant must never offer tax advice or estimate a client's tax liability.`, expect: { kind: 'add_business_rule', contains: 'never offer tax advice' } },
  { business: B, message: `Good afternoon,

We would like the following to be added as a help article:

Documents may be uploaded securely via our client portal at portal.pemburybookkeeping.co.uk. We kindly ask that clients do not send bank statements or payslips by ordinary email.

Thank you in advance.`, expect: { kind: 'create_article', title: null, contains: 'do not send bank statements or payslips by ordinary email' } },
  { business: B, message: `With reference to the "Preparing for your first meeting" article, please add the following sentence at the end: Clients who are VAT registered should also bring their VAT registration certificate.`, expect: { kind: 'update_article', target: 'Preparing for your first meeting', contains: 'bring their VAT registration certificate' } },
  { business: B, message: `Where a client indicates that they have missed a filing deadline, the assistant should refer them to a human colleague without delay.`, expect: { kind: 'add_escalation_rules', contains: ['missed a filing deadline'] } },
  { business: B, message: `For your information, clients frequently write "MTD" when they mean Making Tax Digital.`, expect: { kind: 'add_synonyms', words: ['mtd', 'making tax digital'] } },
  { business: B, message: `Please withdraw the article on the COVID-19 grant schemes; it is no longer relevant.`, expect: { kind: 'archive_article', target: 'COVID-19 grant schemes' } },
  { business: B, message: `Please create a page titled "Payroll Services" reading:

We run weekly, fortnightly and monthly payrolls, including RTI submissions, auto-enrolment pensions and P60s at year end.`, expect: { kind: 'create_article', title: 'Payroll Services', contains: 'auto-enrolment pensions and P60s' } },
  { business: B, message: `We would prefer the assistant to adopt a professional and courteous tone at all times.`, expect: { kind: 'set_tone', tone: 'professional and courteous' } },
  { business: B, message: `I should be grateful if the assistant could be made aware that we use Xero and QuickBooks but not Sage.`, expect: { kind: 'add_fact', contains: 'we use Xero and QuickBooks but not Sage' } },
  { business: B, message: `Kindly update the Payroll Services article: the charge per employee per month is now £8.50.`, expect: { kind: 'update_price', target: 'Payroll Services', item: 'per employee', price: '£8.50' } },
  { business: B, message: `Could you please tell me what proportion of conversations were handed over to staff during the past month?`, expect: { kind: 'analytics', metric: 'escalationShare', days: 30 } },
  { business: B, message: `Dear Parley team,

Following the opening of our Tonbridge office, please replace the current description entirely with:

"Pembury Bookkeeping Ltd provides bookkeeping, payroll and Making Tax Digital compliance for small businesses from offices in Tunbridge Wells and Tonbridge."

With thanks,
Margaret`, expect: { kind: 'set_context', contains: 'Making Tax Digital compliance for small businesses' } },
  { business: B, message: `In the event that a client wishes to make a formal complaint, please transfer the conversation to the Practice Manager.`, expect: { kind: 'add_escalation_rules', contains: ['formal complaint'] } },
  { business: B, message: `Please name the assistant "Penny".`, expect: { kind: 'set_agent_name', name: 'Penny' } },
  { business: B, message: `Please amend the Payroll Services page so that it states we now also handle CIS deductions for construction clients.`, expect: { kind: 'update_article', target: 'Payroll Services', contains: 'CIS deductions for construction clients' } },
  { business: B, message: `Please ensure the assistant always reminds clients that the Self Assessment deadline is 31 January.`, expect: { kind: 'add_business_rule', contains: 'always reminds clients that the Self Assessment deadline is 31 January' } },
  { business: B, message: `We should be grateful if you would remove the "Making Tax Digital for VAT" page, as the information is now out of date.`, expect: { kind: 'archive_article', target: 'Making Tax Digital for VAT' } },
  { business: B, message: `Thank you for your assistance with the above. I will review the changes with the partners on Monday.`, expect: { kind: 'nothing' } },

  // ───────────── C: The Salty Haddock — chatty, rambling ─────────────
  { business: C, message: `Right so I've been putting this off for ages (my daughter set this up for me, bless her) but here goes — can you make our description say: The Salty Haddock is a family-run fish and chip shop on Scarborough's South Bay seafront, frying in beef dripping since 1987, with a 40-seat sit-down restaurant upstairs. That's us in a nutshell really!! 🐟`, expect: { kind: 'set_context', contains: 'frying in beef dripping since 1987' } },
  { business: C, message: `Oh and something the bot should know — we're shut Mondays in winter (Nov to Feb), my husband takes the boat out then 😂`, expect: { kind: 'add_fact', contains: "shut Mondays in winter" } },
  { business: C, message: `Can we have a new page for the allergy stuff? Call it "Allergens" I suppose. Here's what I've got written on the board by the till:

All our batter contains wheat (gluten) and milk. Mushy peas contain no allergens. Curry sauce contains celery and mustard. Please ask staff for our full allergen folder — and do tell us before you order!

Ta 😊`, expect: { kind: 'create_article', title: 'Allergens', contains: 'Curry sauce contains celery and mustard' } },
  { business: C, message: `Aw this is clever isn't it, my daughter said it would be easy and she was right for once 😂`, expect: { kind: 'nothing' } },
  { business: C, message: `Ugh, the price of haddock this year 😩 large haddock and chips is going up to £13.50. Sorry everyone!`, expect: { kind: 'update_price', target: null, item: 'large haddock and chips', price: '£13.50' } },
  { business: C, message: `If anyone messages about a big order for a funeral or a wake please send them through to me personally, I like to look after those ones myself 💙`, expect: { kind: 'add_escalation_rules', contains: ['funeral or a wake'] } },
  { business: C, message: `Ooh and one for big orders!! We get loads of coach parties in summer and they always ring at the last minute bless them. Page title "Group and Coach Bookings" —

We can seat groups of up to 40 upstairs. Please book at least 48 hours ahead and send your order in advance so it's hot and ready when the coach pulls in.`, expect: { kind: 'create_article', title: 'Group and Coach Bookings', contains: 'Please book at least 48 hours ahead' } },
  { business: C, message: `Just so it knows, all our fish is MSC certified haddock from Peterhead, Gary's very proud of that lol`, expect: { kind: 'add_fact', contains: 'MSC certified haddock from Peterhead' } },
  { business: C, message: `Funny one — folk round here say "breadcake" when they mean a bread roll, so if someone asks for a chip breadcake they just want chips in a roll haha`, expect: { kind: 'add_synonyms', words: ['breadcake', 'bread roll'] } },
  { business: C, message: `On the Allergens page could you pop on the end that our chips are cooked in their own fryer, away from the battered stuff? People ask me that every single day`, expect: { kind: 'update_article', target: 'Allergens', contains: 'cooked in their own fryer' } },
  { business: C, message: `Please can the bot never promise a delivery time?? We're not Deliveroo, we USE Deliveroo! It should tell them to check the app for that.`, expect: { kind: 'add_business_rule', contains: 'never promise a delivery time' } },
  { business: C, message: `Right, a kids' one. Can you put up an article called Kids Menu — every kids meal comes with a small fish or sausage, chips, peas or beans, a drink and a little stick of rock 🍭 For under 10s only.`, expect: { kind: 'create_article', title: 'Kids Menu', contains: 'a little stick of rock' } },
  { business: C, message: `Also if someone says they've had an allergic reaction — I mean hopefully never, touch wood — but if they do, get a real person straight away please`, expect: { kind: 'add_escalation_rules', contains: ['allergic reaction'] } },
  { business: C, message: `Can you get rid of the Christmas opening hours page now? It's March, I keep forgetting 🙈`, expect: { kind: 'archive_article', target: 'Christmas opening hours' } },
  { business: C, message: `Could it sound a bit more warm and cheeky? Like a proper Yorkshire chippy, not a bank 😂`, expect: { kind: 'set_tone', tone: 'warm and cheeky' } },
  { business: C, message: `Oh and on the Kids Menu page the kids meal price wants changing to £6.95 please`, expect: { kind: 'update_price', target: 'Kids Menu', item: 'kids meal', price: '£6.95' } },
  { business: C, message: `Another little thing — dogs are welcome downstairs in the takeaway queue but not up in the restaurant, sorry pups 🐶`, expect: { kind: 'add_fact', contains: 'dogs are welcome downstairs' } },
  { business: C, message: `Could you do me a help page with this in (don't mind what it's called, you pick!):

We don't take bookings for tables of under 6, it's first come first served upstairs. In August the queue can be 30 mins but it moves quick I promise!`, expect: { kind: 'create_article', title: null, contains: 'first come first served upstairs' } },
  { business: C, message: `Oh! Can we call the bot Hattie? After the haddock 🐟 my grandson's idea`, expect: { kind: 'set_agent_name', name: 'Hattie' } },
  { business: C, message: `Anyone wanting to book the whole upstairs for a private party should go to a human — our Sarah deals with those`, expect: { kind: 'add_escalation_rules', contains: ['book the whole upstairs', 'private party'] } },
  { business: C, message: `How's the bot been getting on this week then? Just give me the overall picture, I'm no good with numbers`, expect: { kind: 'analytics', metric: 'summary', days: 7 } },
  { business: C, message: `Group and coach bookings page — can you add that we do a set menu for groups now? Fish, chips, peas, bread and butter and a pot of tea for everyone.`, expect: { kind: 'update_article', target: 'Group and coach bookings', contains: 'bread and butter and a pot of tea' } },
  { business: C, message: `Sorry what's the difference between an article and a fact? I'm getting myself in a right muddle`, expect: { kind: 'nothing' } },
  { business: C, message: `Please make sure the bot never takes orders in the chat, it should always tell people to ring 01723 555210 or just come in. Learned that one the hard way!!`, expect: { kind: 'add_business_rule', contains: 'never takes orders in the chat' } },
  { business: C, message: `Ooh actually we've changed a few things since I did the description — we don't do beef dripping any more (the vegetarians kept asking, and honestly the price of it!!) so can you swap the whole description for this one: The Salty Haddock, South Bay Scarborough — proper Yorkshire fish and chips fried in vegetable oil, gluten free fryer every Tuesday, takeaway and 40-seat restaurant. Ta love x`, expect: { kind: 'set_context', contains: 'gluten free fryer every Tuesday' } },

  // ───────────── D: Enigma Vaults — pastes website copy ─────────────
  { business: D, message: `Here's the blurb off our homepage, use it as the business description:

ENIGMA VAULTS — SWINDON'S ORIGINAL ESCAPE ROOMS
Four immersive, 60-minute escape rooms in the heart of Swindon's Old Town. Perfect for families, friends and team-building. 2–6 players per room. Open 7 days, 10am–10pm.`, expect: { kind: 'set_context', contains: 'Four immersive, 60-minute escape rooms' } },
  { business: D, message: `Please add this page from our site as a help article:

HOW TO BOOK
Book online at enigmavaults.co.uk/book. Choose your room, date and time slot, then pay in full to secure the booking. You'll receive a confirmation email with your booking reference — please bring it with you. Arrive 15 minutes before your slot for the briefing.`, expect: { kind: 'create_article', title: 'HOW TO BOOK', contains: 'Arrive 15 minutes before your slot' } },
  { business: D, message: `New article — copy/paste from the website:

Our Rooms
• The Bank Job (2–6 players, difficulty 3/5) — crack the vault before the alarm resets.
• Pharaoh's Tomb (2–5 players, difficulty 4/5) — escape the cursed burial chamber.
• Lab 13 (3–6 players, difficulty 5/5) — stop the outbreak. Not for first-timers!
• The Nursery (4–6 players, difficulty 4/5) — horror theme, 16+ only.`, expect: { kind: 'create_article', title: 'Our Rooms', contains: 'stop the outbreak' } },
  { business: D, message: `Copied from our FAQ footer, the bot should know this:
"Free parking is available after 6pm at the Fleming Way car park, 3 minutes' walk away."`, expect: { kind: 'add_fact', contains: 'Free parking is available after 6pm at the Fleming Way car park' } },
  { business: D, message: `Rule from our website T&Cs the bot must follow: "Never reveal puzzle solutions or room spoilers, even after a game."`, expect: { kind: 'add_business_rule', contains: 'Never reveal puzzle solutions' } },
  { business: D, message: `Can you make this into an article too (it's the T&Cs bit people always ask about):

Cancellations & Rescheduling
Bookings can be rescheduled free of charge up to 48 hours before your slot. Cancellations within 48 hours are non-refundable. If your group is running late we'll do our best, but lost time cannot be added on to the end of your game.`, expect: { kind: 'create_article', title: 'Cancellations & Rescheduling', contains: 'lost time cannot be added on' } },
  { business: D, message: `New price as per the website: Weekend games — £25 per player (was £22).`, expect: { kind: 'update_price', target: null, item: 'Weekend games', price: '£25' } },
  { business: D, message: `Update for the Our Rooms article — add this line to the list:
• Heist at the Museum (2–6 players, difficulty 2/5) — our newest room, great for families!`, expect: { kind: 'update_article', target: 'Our Rooms', contains: 'Heist at the Museum' } },
  { business: D, message: `If a customer reports someone got hurt during a game, or says they felt trapped and panicked, put them through to the duty manager.`, expect: { kind: 'add_escalation_rules', contains: ['got hurt during a game', 'trapped and panicked'] } },
  { business: D, message: `People write "clue" when they mean a hint (we call them hints in-game). Please treat them as the same word.`, expect: { kind: 'add_synonyms', words: ['clue', 'hint'] } },
  { business: D, message: `Article for the corporate page:

TEAM BUILDING AT ENIGMA VAULTS
Book out the whole venue for up to 30 people. Teams rotate between rooms and compete on a live leaderboard, followed by a debrief with your games master. Invoicing available for companies — just ask.`, expect: { kind: 'create_article', title: 'TEAM BUILDING AT ENIGMA VAULTS', contains: 'compete on a live leaderboard' } },
  { business: D, message: `Can the bot remember this line from our accessibility statement: "The Pharaoh's Tomb and Bank Job rooms are on the ground floor and fully wheelchair accessible."`, expect: { kind: 'add_fact', contains: 'fully wheelchair accessible' } },
  { business: D, message: `Can you take down the "Halloween Late Games" article, the event's finished.`, expect: { kind: 'archive_article', target: 'Halloween Late Games' } },
  { business: D, message: `Cancellations & Rescheduling page needs this paragraph adding at the bottom:
"Gift vouchers are valid for 12 months from purchase and cannot be exchanged for cash."`, expect: { kind: 'update_article', target: 'Cancellations & Rescheduling', contains: 'valid for 12 months from purchase' } },
  { business: D, message: `Tone wise, match our website copy — playful and mysterious.`, expect: { kind: 'set_tone', tone: 'playful and mysterious' } },
  { business: D, message: `Add as a new help article please, no heading on the site for this one:

Phones and bags are stored in free lockers during your game. Photography inside the rooms is not allowed, but we'll take a group photo with props at the end that you can download for free.`, expect: { kind: 'create_article', title: null, contains: 'Photography inside the rooms is not allowed' } },
  { business: D, message: `Fact for the bot, from the Ts&Cs page: the minimum age is 8.`, expect: { kind: 'add_fact', contains: 'the minimum age is 8' } },
  { business: D, message: `Corporate enquiries for more than 30 people → hand over to a human (copied from our staff handbook: "Large corporate bookings are handled by the events team only.")`, expect: { kind: 'add_escalation_rules', contains: ['more than 30 people'] } },
  { business: D, message: `Team Building article: the corporate package is now "£35 per person, minimum 12 people". Please change the price on there.`, expect: { kind: 'update_price', target: 'Team Building', item: 'corporate package', price: '£35' } },
  { business: D, message: `Let's name the bot "The Gamesmaster" — that's what our staff are called on the site.`, expect: { kind: 'set_agent_name', name: 'The Gamesmaster' } },
  { business: D, message: `In HOW TO BOOK, replace the arrival bit with this: "Please arrive 10 minutes before your slot — late arrivals may have reduced game time."`, expect: { kind: 'update_article', target: 'HOW TO BOOK', contains: 'late arrivals may have reduced game time' } },
  { business: D, message: `How many thumbs down have we had on the bot over the last fortnight?`, expect: { kind: 'analytics', metric: 'feedbackDown', days: 14 } },
  { business: D, message: `The bot should always push people to book online rather than by phone. From our booking policy: "All bookings must be made online."`, expect: { kind: 'add_business_rule', contains: 'always push people to book online' } },
  { business: D, message: `The "Summer Holiday Kids Club" page — please unpublish it, we're not running it this year.`, expect: { kind: 'archive_article', target: 'Summer Holiday Kids Club' } },
  { business: D, message: `Updated homepage copy — please replace the description with this:

Enigma Vaults | Escape Rooms & Axe Throwing, Swindon
Five themed escape rooms plus a two-lane axe throwing range, all under one roof on Wood Street. Birthdays, hen & stag parties and corporate team days.`, expect: { kind: 'set_context', contains: 'plus a two-lane axe throwing range' } },

  // ───────────── E: Shine Star Car Valeting — non-native English ─────────────
  { business: E, message: `Hello. Please put description of my business: Shine Star is hand car wash and valeting in Peterborough, on Lincoln Road, we are open every day 8 till 6, we make also mobile valeting at your home or work.`, expect: { kind: 'set_context', contains: 'hand car wash and valeting in Peterborough' } },
  { business: E, message: `Information for bot: we are accepting only card payment, no cash from this month.`, expect: { kind: 'add_fact', contains: 'accepting only card payment' } },
  { business: E, message: `I want to make new article, the name "Our Services". Text is:
Exterior wash - hand wash, wheels, tyre shine, dry.
Mini valet - exterior wash plus hoover inside and dashboard clean.
Full valet - everything, also seats shampoo, leather clean and conditioner, windows inside.`, expect: { kind: 'create_article', title: 'Our Services', contains: 'seats shampoo, leather clean and conditioner' } },
  { business: E, message: `If customer say we made damage on the car, scratch or something, bot must give to me, not answer itself.`, expect: { kind: 'add_escalation_rules', contains: ['made damage on the car'] } },
  { business: E, message: `Price for full valet is now £90, before was £80.`, expect: { kind: 'update_price', target: null, item: 'full valet', price: '£90' } },
  { business: E, message: `Customers write "detailing" but it mean the same what we call "full valet".`, expect: { kind: 'add_synonyms', words: ['detailing', 'full valet'] } },
  { business: E, message: `New article please. Title: Mobile Valeting. We come to your house or office with our van, we have own water and electric so we not need nothing from you. Minimum 2 cars for business address.`, expect: { kind: 'create_article', title: 'Mobile Valeting', contains: 'we have own water and electric' } },
  { business: E, message: `Bot must to know that the full valet take about 3 hours, so customer can leave the car and go to shopping.`, expect: { kind: 'add_fact', contains: 'full valet take about 3 hours' } },
  { business: E, message: `Bot never must say the car will be ready in exact time, always say "around".`, expect: { kind: 'add_business_rule', contains: 'never must say the car will be ready in exact time' } },
  { business: E, message: `When somebody ask price for van or minibus or lorry, please send to human, every time is different price.`, expect: { kind: 'add_escalation_rules', contains: ['van or minibus or lorry'] } },
  { business: E, message: `In article Our Services please add: Pet hair removal - extra service, we remove all dog hair from seats and boot.`, expect: { kind: 'update_article', target: 'Our Services', contains: 'we remove all dog hair from seats and boot' } },
  { business: E, message: `How many messages come today to the bot?`, expect: { kind: 'analytics', metric: 'messages', days: 1 } },
  { business: E, message: `Can you make article about ceramic coating. Title can be "Ceramic Coating". Ceramic coating protect your paint for 2 years, water go off very easy, car stay clean longer. We need the car for 2 days for this service.`, expect: { kind: 'create_article', title: 'Ceramic Coating', contains: 'We need the car for 2 days' } },
  { business: E, message: `Name of bot please "Star".`, expect: { kind: 'set_agent_name', name: 'Star' } },
  { business: E, message: `The article "Winter Offer" please delete, offer is finish.`, expect: { kind: 'archive_article', target: 'Winter Offer' } },
  { business: E, message: `Please remember, we are fully insured for the customer cars, 5 million insurance.`, expect: { kind: 'add_fact', contains: 'fully insured for the customer cars' } },
  { business: E, message: `I want bot is polite and simple, not too many words. Many of my customers also not English first language.`, expect: { kind: 'set_tone', tone: 'polite and simple' } },
  { business: E, message: `If customer want to book for fleet, like 10 cars or more for company, transfer him to my manager Pawel.`, expect: { kind: 'add_escalation_rules', contains: ['book for fleet', '10 cars or more'] } },
  { business: E, message: `Please change price of ceramic coating in the Ceramic Coating article to £349.`, expect: { kind: 'update_price', target: 'Ceramic Coating', item: 'ceramic coating', price: '£349' } },
  { business: E, message: `Please add this like a article for customers, I don't have a title for it:
Please take out your personal things from the car, child seat also. We are not responsible for valuables left in car.`, expect: { kind: 'create_article', title: null, contains: 'not responsible for valuables left in car' } },
  { business: E, message: `Please the bot always ask for the car registration number when somebody want booking.`, expect: { kind: 'add_business_rule', contains: 'always ask for the car registration number' } },
  { business: E, message: `How much times the bot gave customer to human in last 30 days?`, expect: { kind: 'analytics', metric: 'escalations', days: 30 } },
  { business: E, message: `The Mobile Valeting article, please change it, now minimum is 1 car also for business address, not 2.`, expect: { kind: 'update_article', target: 'Mobile Valeting', contains: 'now minimum is 1 car' } },
  { business: E, message: `Description is old now, please change all for this: Shine Star Car Valeting - hand car wash, full valeting, ceramic coating and headlight restoration. Two sites in Peterborough, Lincoln Road and Bretton.`, expect: { kind: 'set_context', contains: 'ceramic coating and headlight restoration' } },
  { business: E, message: `Thank you very much, is working good!`, expect: { kind: 'nothing' } },

  // ───────────── F: Wild Stem Florist — over-explains, bullets, abbreviations ─────────────
  { business: F, message: `Hi! OK so I've been thinking about how to describe us & I want to get this exactly right because it's the first thing ppl will see, so pls set our business description to the following (I've rewritten it about 6 times lol):

Wild Stem is an independent florist on Broad Street, Ludlow, specialising in seasonal, British-grown flowers. We do:
- hand-tied bouquets
- wedding & event flowers
- funeral tributes
- weekly flowers for local businesses`, expect: { kind: 'set_context', contains: 'specialising in seasonal, British-grown flowers' } },
  { business: F, message: `Pls create a new help article. Title: "Caring for your flowers". Content below (I've tried to keep it short but there's a lot to say!):
- re-cut stems at an angle, approx 2cm
- change water every 2 days
- keep away from fruit bowls (ethylene gas makes them wilt faster - who knew!)
- remove leaves below the waterline`, expect: { kind: 'create_article', title: 'Caring for your flowers', contains: 'change water every 2 days' } },
  { business: F, message: `FYI (and this is just a fact for the bot to know, not an article): we deliver free within 5 miles of Ludlow, which covers most of the villages like Bromfield & Ashford Carbonell.`, expect: { kind: 'add_fact', contains: 'we deliver free within 5 miles of Ludlow' } },
  { business: F, message: `Sorry, quick q before I do anything else - if I change something does it go live straight away? Don't want to break anything!`, expect: { kind: 'nothing' } },
  { business: F, message: `New article pls - "Wedding Flowers". Here's the info:
- consultations are free, approx 1hr, at the shop or by video call
- we book up 12-18 months ahead for Sat weddings in summer
- 25% non-refundable deposit secures your date
- final numbers needed 4 wks before`, expect: { kind: 'create_article', title: 'Wedding Flowers', contains: '25% non-refundable deposit secures your date' } },
  { business: F, message: `Rule for the bot pls: never guarantee a specific flower variety - always say we may substitute w/ something similar if it's not available from the growers. (Seasonal = unpredictable!)`, expect: { kind: 'add_business_rule', contains: 'never guarantee a specific flower variety' } },
  { business: F, message: `If someone's ordering funeral flowers & seems upset, or asks about a funeral that's tomorrow, pls pass them to a real person (me or Jo). I'd rather handle those personally - the bot's great but it's a sensitive thing.`, expect: { kind: 'add_escalation_rules', contains: ['seems upset', "funeral that's tomorrow"] } },
  { business: F, message: `Price update (sorry, wholesale costs have gone up AGAIN): our standard hand-tied bouquet is now £45.`, expect: { kind: 'update_price', target: null, item: 'standard hand-tied bouquet', price: '£45' } },
  { business: F, message: `Something for the bot to remember:
- all our wrapping is plastic-free (kraft paper + raffia)
I mention this because ppl ask on Insta constantly.`, expect: { kind: 'add_fact', contains: 'all our wrapping is plastic-free' } },
  { business: F, message: `Could you add an article called Funeral Tributes? Text:
We understand this is a difficult time. We make wreaths, sprays, letter tributes & casket tops, and can deliver directly to the funeral director. Pls give us at least 3 working days' notice where poss.`, expect: { kind: 'create_article', title: 'Funeral Tributes', contains: 'deliver directly to the funeral director' } },
  { business: F, message: `Tone-wise I'd like it to be gentle & friendly - not gushy, not salesy. Florists get a lot of sad messages as well as happy ones so it needs to suit both.`, expect: { kind: 'set_tone', tone: 'gentle & friendly' } },
  { business: F, message: `On the Caring for your flowers article, pls add one more bullet at the end:
- don't put tulips in with daffs, daffs release sap that shortens the tulips' vase life`, expect: { kind: 'update_article', target: 'Caring for your flowers', contains: 'daffs release sap' } },
  { business: F, message: `Ppl sometimes say "boutonniere" (esp. American guests) - we call it a buttonhole. Same thing!`, expect: { kind: 'add_synonyms', words: ['boutonniere', 'buttonhole'] } },
  { business: F, message: `What's our avg QA score been this month? Just curious how the bot's doing on quality.`, expect: { kind: 'analytics', metric: 'qaAverage', days: 30 } },
  { business: F, message: `N.B. for the bot - order cut-off for same-day delivery is 12 noon Mon-Sat. (Sun we're closed, so obvs no same-day on Sun.)`, expect: { kind: 'add_fact', contains: 'order cut-off for same-day delivery is 12 noon' } },
  { business: F, message: `Could we call the bot Fern? 🌿 (We went back & forth between Fern, Ivy & Sage for about a week and Fern won.)`, expect: { kind: 'set_agent_name', name: 'Fern' } },
  { business: F, message: `Another article (no particular title, use whatever makes sense to you):
- our flower workshops run on the 1st Thurs of each month, 7-9pm
- all materials incl. + a glass of fizz
- max 10 ppl so book early!`, expect: { kind: 'create_article', title: null, contains: 'run on the 1st Thurs of each month' } },
  { business: F, message: `Pls hide the Mother's Day Pre-Orders page for now - we'll bring it back next yr but it's confusing ppl atm.`, expect: { kind: 'archive_article', target: "Mother's Day Pre-Orders" } },
  { business: F, message: `When to hand over to a human:
- wedding enquiries over £1,000
- complaints about a delivery that arrived damaged`, expect: { kind: 'add_escalation_rules', contains: ['wedding enquiries over £1,000', 'arrived damaged'] } },
  { business: F, message: `On the Funeral Tributes article - the letter tributes are now £38 per letter. Pls update.`, expect: { kind: 'update_price', target: 'Funeral Tributes', item: 'letter tributes', price: '£38' } },
  { business: F, message: `Wedding Flowers page - small change but important: final numbers now needed 6 wks before, not 4 (we got caught out last yr!)`, expect: { kind: 'update_article', target: 'Wedding Flowers', contains: 'final numbers now needed 6 wks before' } },
  { business: F, message: `How many thumbs up did the bot get in the last 7 days?`, expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 } },
  { business: F, message: `Another rule: always ask for the recipient's phone number for deliveries - couriers need it if nobody's in.`, expect: { kind: 'add_business_rule', contains: "always ask for the recipient's phone number" } },
  { business: F, message: `Update to the description - pls replace the whole thing (not add to it, replace!) because we've moved & the old one still says Broad St:
- Wild Stem Florist, now at 7 Corve Street, Ludlow
- seasonal, British-grown flowers, plastic-free wrapping
- bouquets, weddings, funerals, workshops`, expect: { kind: 'set_context', contains: 'now at 7 Corve Street' } },
  { business: F, message: `That's brilliant, thank you!! 🌸`, expect: { kind: 'nothing' } },
];
