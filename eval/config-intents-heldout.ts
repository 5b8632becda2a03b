/**
 * Configuration-chat intent evaluation — HELD-OUT set (round 16).
 *
 * Written blind by an author who read no product source, tests, docs or other eval files;
 * committed before any change it could measure and never tuned on (only totals are read).
 * 150 cases, 25 per business:
 *   - Tidewell Fish Co. (Whitby): busy fishmonger typing on a phone — lowercase, abbreviations, no pleasantries
 *   - Ashgrove Bookkeeping & Payroll (Reading): practice manager writing like emails — greetings, sign-offs, bullet points
 *   - Fellside Alpaca Treks (Keswick): chatty farm owner — asides, brackets, emoji
 *   - Kowalski Tailoring & Alterations (Leicester): owner whose first language is Polish — simple, non-native grammar
 *   - Pendlebury & Sons Clock Repairs (Ludlow): older owner writing very formally
 *   - Concrete Wave Skatepark (Bristol): young owner using slang, sometimes pasting website text
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const A = 'Tidewell Fish Co.';
const B = 'Ashgrove Bookkeeping & Payroll';
const C = 'Fellside Alpaca Treks';
const D = 'Kowalski Tailoring & Alterations';
const E = 'Pendlebury & Sons Clock Repairs';
const F = 'Concrete Wave Skatepark';

export const CONFIG_INTENTS_HELDOUT: ConfigIntentCase[] = [
  // ───────────── A: Tidewell Fish Co. (Whitby) — busy owner on a phone ─────────────
  { business: A, message: `can u change the about us bit to: Tidewell Fish Co is a family fishmongers on Church St Whitby, selling fish landed that morning by our own boat the Mary Ellen plus local crab and lobster. we also do kippers from our own smokehouse`, expect: { kind: 'set_context', contains: 'landed that morning by our own boat' } },
  { business: A, message: `scrap the description we had, new one: Whitby fishmonger since 1987, wet fish counter, dressed crab, home smoked kippers and fish boxes delivered round the Yorkshire coast`, expect: { kind: 'set_context', contains: 'dressed crab, home smoked kippers' } },
  { business: A, message: `fyi we're shut sundays and mondays`, expect: { kind: 'add_fact', contains: 'shut sundays and mondays' } },
  { business: A, message: `remember we dont take cheques or amex, cash n card only`, expect: { kind: 'add_fact', contains: 'cash n card only' } },
  { business: A, message: `parking - theres a pay n display right behind the shop on Grape Lane, 1st 30 mins free`, expect: { kind: 'add_fact', contains: 'pay n display right behind the shop' } },
  { business: A, message: `new page pls - Fish Boxes

Mixed fish box £30 feeds 4, family box £45. order by thurs 6pm for fri delivery. we deliver Whitby, Sandsend, Robin Hoods Bay and Scarborough. boxes come on ice in a cool bag, pls be in or leave a note where to put it`, expect: { kind: 'create_article', title: 'Fish Boxes', contains: 'order by thurs 6pm for fri delivery' } },
  { business: A, message: `add an article called How to dress a crab -
1. twist off legs and claws
2. push body out of shell with thumbs
3. remove dead mans fingers (grey feathery bits) never eat these
4. scoop out brown meat, crack claws for the white meat`, expect: { kind: 'create_article', title: 'How to dress a crab', contains: 'remove dead mans fingers' } },
  { business: A, message: `can u put up something on the help centre, ppl keep asking if they can freeze stuff. basically its fine to freeze anything we sell same day you buy it, wrap it tight, use within 3 months, defrost in the fridge overnight never on the side`, expect: { kind: 'create_article', title: null, contains: 'defrost in the fridge overnight' } },
  { business: A, message: `new article: Christmas orders. pre orders open 1st dec, collect 23rd or 24th only. smoked salmon sides, lobster, prawns. £20 deposit when u order`, expect: { kind: 'create_article', title: 'Christmas orders', contains: 'collect 23rd or 24th only' } },
  { business: A, message: `need a page called Trade accounts - we supply cafes and pubs round whitby, weekly account, invoices monthly, ring Dan on 01947 600112 to set one up`, expect: { kind: 'create_article', title: 'Trade accounts', contains: 'weekly account, invoices monthly' } },
  { business: A, message: `the fish boxes page - add we now do scallops in the boxes when in season`, expect: { kind: 'update_article', target: 'fish boxes', contains: 'scallops in the boxes when in season' } },
  { business: A, message: `christmas orders article needs changing, collection is now 22nd, 23rd or 24th`, expect: { kind: 'update_article', target: 'christmas orders', contains: 'collection is now 22nd, 23rd or 24th' } },
  { business: A, message: `family box is £48 now not 45`, expect: { kind: 'update_price', target: null, item: 'family box', price: '£48' } },
  { business: A, message: `dressed crab up to £7.50 each from today`, expect: { kind: 'update_price', target: null, item: 'dressed crab', price: '£7.50' } },
  { business: A, message: `take the christmas orders page down its january`, expect: { kind: 'archive_article', target: 'christmas orders' } },
  { business: A, message: `if anyone says they got ill after eating our fish get them to me straight away dont let the bot deal with it`, expect: { kind: 'add_escalation_rules', contains: ['ill after eating our fish'] } },
  { business: A, message: `wholesale complaints or someone saying their box never turned up - pass to a person`, expect: { kind: 'add_escalation_rules', contains: ['wholesale complaints', 'box never turned up'] } },
  { business: A, message: `allergy questions > human pls. shellfish esp, we cant guarantee nothing in a fish shop`, expect: { kind: 'add_escalation_rules', contains: ['allergy questions'] } },
  { business: A, message: `if someone asks about a "parcel" they mean a fish box`, expect: { kind: 'add_synonyms', words: ['parcel', 'fish box'] } },
  { business: A, message: `never promise a specific fish will be in, depends whats landed`, expect: { kind: 'add_business_rule', contains: 'never promise a specific fish will be in' } },
  { business: A, message: `always tell ppl to bring a cool bag in summer`, expect: { kind: 'add_business_rule', contains: 'bring a cool bag in summer' } },
  { business: A, message: `how many chats did the bot have this week`, expect: { kind: 'analytics', metric: 'conversations', days: 7 } },
  { business: A, message: `make the bot sound more down to earth pls, its a bit stiff`, expect: { kind: 'set_tone', tone: 'down to earth' } },
  { business: A, message: `call the bot Skipper`, expect: { kind: 'set_agent_name', name: 'Skipper' } },
  { business: A, message: `cheers thats grand`, expect: { kind: 'nothing' } },

  // ───────────── B: Ashgrove Bookkeeping & Payroll (Reading) — manager writing emails ─────────────
  { business: B, message: `Hi,

Please update our business description to the following:

"Ashgrove Bookkeeping & Payroll is a small team of AAT-qualified bookkeepers based in Caversham, Reading. We look after bookkeeping, VAT returns, payroll and self-assessment tax returns for sole traders and small limited companies across Berkshire."

Many thanks,
Joanne`, expect: { kind: 'set_context', contains: 'AAT-qualified bookkeepers based in Caversham' } },
  { business: B, message: `Good morning,

Following our merger with Thames Valley Payroll, our description needs replacing entirely. Please use:

"Ashgrove is an independent bookkeeping and payroll practice serving over 300 small businesses in Reading, Wokingham and Henley, now with a dedicated payroll bureau for employers of up to 50 staff."

Kind regards,
Joanne Patel
Practice Manager`, expect: { kind: 'set_context', contains: 'dedicated payroll bureau for employers of up to 50 staff' } },
  { business: B, message: `Hello,

For your information, the office is closed between Christmas Eve and 2nd January each year.

Thanks,
Joanne`, expect: { kind: 'add_fact', contains: 'closed between Christmas Eve and 2nd January' } },
  { business: B, message: `Hi — please note that we are registered with HMRC as agents and supervised for anti-money laundering by the AAT. Regards, J`, expect: { kind: 'add_fact', contains: 'supervised for anti-money laundering by the AAT' } },
  { business: B, message: `Dear team,

Just so the assistant knows: we have free client parking at the rear of 14 Prospect Street (two spaces only).

Best,
Joanne`, expect: { kind: 'add_fact', contains: 'free client parking at the rear of 14 Prospect Street' } },
  { business: B, message: `Hi,

Could you please create a new help article titled "What we need for your self-assessment"? Content below:

• P60 or P45 from any employment
• Details of any rental income and expenses
• Bank interest statements
• Invoices and receipts if self-employed
• Your UTR number (10 digits, on letters from HMRC)

Please ask clients to send everything by 31st October.

Thanks,
Joanne`, expect: { kind: 'create_article', title: 'What we need for your self-assessment', contains: 'Your UTR number (10 digits' } },
  { business: B, message: `Good afternoon,

Please add an article called "Our fees":

- Bookkeeping from £95 per month
- VAT returns £60 per quarter
- Payroll £25 per month plus £5 per employee
- Self-assessment tax return £220

All prices exclude VAT.

Kind regards,
Joanne`, expect: { kind: 'create_article', title: 'Our fees', contains: 'Payroll £25 per month plus £5 per employee' } },
  { business: B, message: `Hi there,

We'd like a help page titled "Making Tax Digital" for new clients. Suggested wording:

From April 2026, sole traders and landlords with income over £50,000 must keep digital records and send quarterly updates to HMRC using compatible software. We can set you up on Xero or FreeAgent and submit the updates for you.

Thanks in advance,
Joanne`, expect: { kind: 'create_article', title: 'Making Tax Digital', contains: 'send quarterly updates to HMRC' } },
  { business: B, message: `Hello,

Please set up a new article, "Switching accountants", with the following text:

Switching to us is straightforward. Once you sign our engagement letter we write to your previous accountant for a professional clearance letter and your records. Most switches are complete within three weeks and there is no charge for the handover.

Regards,
Joanne`, expect: { kind: 'create_article', title: 'Switching accountants', contains: 'professional clearance letter' } },
  { business: B, message: `Hi,

On the "Our fees" article, please add a sentence at the end: "Fees are reviewed every April and we give at least one month's notice of any change."

Thanks, Joanne`, expect: { kind: 'update_article', target: 'Our fees', contains: 'reviewed every April' } },
  { business: B, message: `Dear all,

The self-assessment article needs amending — the deadline for sending us paperwork is now 30th September rather than 31st October, as we're getting busier.

Kind regards,
Joanne`, expect: { kind: 'update_article', target: 'self-assessment', contains: 'now 30th September' } },
  { business: B, message: `Hello,

In the Making Tax Digital piece, could you add that we also support QuickBooks, as several clients have asked?

Thanks,
Joanne`, expect: { kind: 'update_article', target: 'Making Tax Digital', contains: 'we also support QuickBooks' } },
  { business: B, message: `Hi,

A quick price change please: VAT returns are increasing to £70 per quarter from 1st April.

Regards, Joanne`, expect: { kind: 'update_price', target: null, item: 'VAT returns', price: '£70' } },
  { business: B, message: `Good morning,

In our fees article, the self-assessment tax return should now read £245.

Thanks,
Joanne`, expect: { kind: 'update_price', target: 'our fees', item: 'self-assessment tax return', price: '£245' } },
  { business: B, message: `Hi,

Please remove the "Switching accountants" article for now — we're not taking on new clients until after January.

Thanks, Joanne`, expect: { kind: 'archive_article', target: 'Switching accountants' } },
  { business: B, message: `Hello,

If a client mentions an HMRC investigation or a compliance check, please pass them straight to one of the partners rather than answering.

Kind regards,
Joanne`, expect: { kind: 'add_escalation_rules', contains: ['HMRC investigation', 'compliance check'] } },
  { business: B, message: `Hi,

Please hand over to a member of staff whenever someone says they have missed a tax deadline or received a penalty letter.

Thanks,
Joanne`, expect: { kind: 'add_escalation_rules', contains: ['missed a tax deadline', 'penalty letter'] } },
  { business: B, message: `Dear team,

Anything concerning payroll errors (e.g. staff paid the wrong amount) should go to a human, please.

Regards, J`, expect: { kind: 'add_escalation_rules', contains: ['payroll errors'] } },
  { business: B, message: `Hi,

A lot of clients say "tax return" when they mean self-assessment — please treat the two as the same thing.

Thanks, Joanne`, expect: { kind: 'add_synonyms', words: ['tax return', 'self-assessment'] } },
  { business: B, message: `Hello,

Please make sure the assistant never gives specific tax advice on a client's individual situation; it should explain the general rules only and suggest booking a call.

Kind regards,
Joanne`, expect: { kind: 'add_business_rule', contains: 'never gives specific tax advice' } },
  { business: B, message: `Hi,

The assistant should always remind people that we cannot discuss a client's affairs with a third party without written authorisation.

Thanks,
Joanne`, expect: { kind: 'add_business_rule', contains: 'without written authorisation' } },
  { business: B, message: `Good morning,

Could you tell me how many conversations were escalated to staff over the past month?

Thanks,
Joanne`, expect: { kind: 'analytics', metric: 'escalations', days: 30 } },
  { business: B, message: `Hi,

We would like the assistant's tone to be professional and reassuring — many of our clients are anxious about tax.

Regards,
Joanne`, expect: { kind: 'set_tone', tone: 'professional and reassuring' } },
  { business: B, message: `Hello,

Please could the assistant introduce itself as "Ashley" from now on?

Thanks,
Joanne`, expect: { kind: 'set_agent_name', name: 'Ashley' } },
  { business: B, message: `Hi,

Thank you — that all looks correct now. Have a good weekend.

Joanne`, expect: { kind: 'nothing' } },

  // ───────────── C: Fellside Alpaca Treks (Keswick) — chatty, asides, emoji ─────────────
  { business: C, message: `Ok so I've finally got round to writing our blurb (only took me three months 🙈). Can you use this as our description? "Fellside Alpaca Treks is a small family farm near Threlkeld, just outside Keswick, where you can walk our friendly alpacas along fell-side paths with views of Blencathra. Treks last about 90 minutes and finish with tea and cake in the barn."`, expect: { kind: 'set_context', contains: 'walk our friendly alpacas along fell-side paths' } },
  { business: C, message: `Right, rethinking the description — we've started doing picnics and farm visits too, so can you swap it for this: "Fellside is a working alpaca farm near Keswick offering guided alpaca treks, picnic treks and meet-the-herd farm visits for all ages." Much better I think!`, expect: { kind: 'set_context', contains: 'meet-the-herd farm visits for all ages' } },
  { business: C, message: `Oh and something the bot should know — children under 8 can come on treks but they can't lead an alpaca themselves (the alpacas are a bit too strong for little ones, bless them).`, expect: { kind: 'add_fact', contains: "under 8 can come on treks but they can't lead an alpaca" } },
  { business: C, message: `Just so you know, we're dog friendly in the car park and café but dogs can't come on treks, the alpacas get really spooked 🐕`, expect: { kind: 'add_fact', contains: "dogs can't come on treks" } },
  { business: C, message: `Another one for the memory bank: wellies or proper walking boots are a must, it's muddy up here basically 11 months of the year 😂`, expect: { kind: 'add_fact', contains: 'wellies or proper walking boots are a must' } },
  { business: C, message: `Could you make a new page called "What to expect on your trek"? Here's what I've got:

When you arrive, park in the top yard and come to the barn. We do a 10 minute safety talk and introduce you to your alpaca (they all have names and big personalities!). Then we head up the track for about an hour, with plenty of stops for photos. Back at the barn there's tea, coffee and Mrs Dixon's lemon drizzle.

Hope that makes sense!`, expect: { kind: 'create_article', title: 'What to expect on your trek', contains: '10 minute safety talk' } },
  { business: C, message: `Can we have a Gift Vouchers page? People are always asking around Christmas. Vouchers are valid for 12 months, can be used for any trek, and we post them out in a nice card or email them the same day. You can buy them on the website or ring us. (My sister designed the card, she's dead chuffed with it 😊)`, expect: { kind: 'create_article', title: 'Gift Vouchers', contains: 'valid for 12 months' } },
  { business: C, message: `Everyone asks about this so can you pop it on the help centre please:

We trek in most weathers — a bit of drizzle never hurt anyone and the alpacas don't mind. If there's heavy rain, high winds or lightning forecast we'll call you the day before to rearrange, free of charge. If you'd rather not come because of the weather, give us 48 hours' notice and we'll move your booking.`, expect: { kind: 'create_article', title: null, contains: 'call you the day before to rearrange' } },
  { business: C, message: `New article please — "Birthday parties" 🎉

We host small alpaca birthday parties for up to 12 kids aged 8+. You get a private trek, the barn for an hour afterwards for food (bring your own cake!) and each child gets an alpaca rosette. Saturdays only, book at least 3 weeks ahead.`, expect: { kind: 'create_article', title: 'Birthday parties', contains: 'each child gets an alpaca rosette' } },
  { business: C, message: `On the what to expect page can you add that there are toilets in the barn? Someone emailed to ask, fair question tbh`, expect: { kind: 'update_article', target: 'what to expect', contains: 'toilets in the barn' } },
  { business: C, message: `The birthday parties article — we've changed it so parties can be on Sundays too now, not just Saturdays. My husband's finally agreed to give up his Sunday lie-in 😂`, expect: { kind: 'update_article', target: 'birthday parties', contains: 'Sundays too' } },
  { business: C, message: `Price change I'm afraid — standard treks are going up to £40 per person from March (hay's gone through the roof this year).`, expect: { kind: 'update_price', target: null, item: 'standard treks', price: '£40' } },
  { business: C, message: `Picnic treks are now £55 a head, can you update that?`, expect: { kind: 'update_price', target: null, item: 'picnic treks', price: '£55' } },
  { business: C, message: `Can we hide the birthday parties page for now? We're not doing them over winter, it's too dark by 4.`, expect: { kind: 'archive_article', target: 'birthday parties' } },
  { business: C, message: `Oh please get rid of the old "Open farm day 2023" article, that was ages ago and people keep asking about it!`, expect: { kind: 'archive_article', target: 'Open farm day 2023' } },
  { business: C, message: `If anyone says they've been bitten or kicked or hurt themselves in any way, please get a real person — me or Tom — to ring them. Alpacas very rarely kick but you never know!`, expect: { kind: 'add_escalation_rules', contains: ['bitten or kicked', 'hurt themselves'] } },
  { business: C, message: `Accessibility questions should go to a human I think — like wheelchairs or mobility stuff — because every case is a bit different and I'd rather chat to them properly.`, expect: { kind: 'add_escalation_rules', contains: ['Accessibility questions', 'wheelchairs'] } },
  { business: C, message: `Funny one — loads of people call them llamas 🦙 so if someone says llama, they mean alpaca!`, expect: { kind: 'add_synonyms', words: ['llama', 'alpaca'] } },
  { business: C, message: `Please never let the bot promise a particular alpaca — people ask for Biscuit by name because he's on Instagram, but we can't guarantee who's trekking that day.`, expect: { kind: 'add_business_rule', contains: 'promise a particular alpaca' } },
  { business: C, message: `Could you make sure it always tells people to arrive 15 minutes early? We start bang on time because of the other bookings.`, expect: { kind: 'add_business_rule', contains: 'arrive 15 minutes early' } },
  { business: C, message: `Quick nosy question — how many thumbs-downs has the bot had this week? 👀`, expect: { kind: 'analytics', metric: 'feedbackDown', days: 7 } },
  { business: C, message: `And how's it doing generally over the last month? Give me the overview!`, expect: { kind: 'analytics', metric: 'summary', days: 30 } },
  { business: C, message: `Can the bot be a bit more warm and playful? It's alpacas, it shouldn't sound like a bank 😄`, expect: { kind: 'set_tone', tone: 'warm and playful' } },
  { business: C, message: `Ooh can we give the bot a name? Let's call it Pip (after our first ever alpaca, RIP little man 💔)`, expect: { kind: 'set_agent_name', name: 'Pip' } },
  { business: C, message: `Thank you!! This is so much easier than I thought it'd be 🥰`, expect: { kind: 'nothing' } },

  // ───────────── D: Kowalski Tailoring & Alterations (Leicester) — non-native English ─────────────
  { business: D, message: `Hello. Please write about my business this: Kowalski Tailoring is small alterations shop in Leicester city centre on Belvoir Street. I am tailor 25 years, first in Poland then in UK. We do trouser shortening, wedding dress alterations, suit making and zip repairs.`, expect: { kind: 'set_context', contains: 'I am tailor 25 years' } },
  { business: D, message: `Please change the description of business, now is like this: "Kowalski Tailoring & Alterations – family business, me and my daughter Marta. Alterations, made to measure suits, leather jacket repair. Fast service, many jobs ready in 48 hours."`, expect: { kind: 'set_context', contains: 'made to measure suits, leather jacket repair' } },
  { business: D, message: `Information for bot: we are closed on Wednesday afternoon, because I go to supplier.`, expect: { kind: 'add_fact', contains: 'closed on Wednesday afternoon' } },
  { business: D, message: `Bot must know: we not do alterations on fur coats, only leather and fabric.`, expect: { kind: 'add_fact', contains: 'not do alterations on fur coats' } },
  { business: D, message: `We have changing room in shop, so customer can try on and I pin it same time.`, expect: { kind: 'add_fact', contains: 'changing room in shop' } },
  { business: D, message: `I want new article with name "How to measure trousers length"

Put on the shoes you will wear with trousers. Stand straight. Measure from the crotch seam down to where you want the trouser to finish, inside the leg. Write in cm please, is more accurate.`, expect: { kind: 'create_article', title: 'How to measure trousers length', contains: 'Put on the shoes you will wear' } },
  { business: D, message: `Please make article "Wedding dress alterations":
First fitting 3 month before wedding. Usually we need 2 or 3 fittings. Bring the shoes and underwear you will wear on the day. Price depend on dress, we give quote at first fitting, it is free.`, expect: { kind: 'create_article', title: 'Wedding dress alterations', contains: 'Bring the shoes and underwear you will wear on the day' } },
  { business: D, message: `Can you make new page for help centre, title "Collecting your clothes", text is:

We keep finished items for 60 days. After 60 days we send reminder, after 90 days we give to charity. Please bring your ticket when you collect.`, expect: { kind: 'create_article', title: 'Collecting your clothes', contains: 'after 90 days we give to charity' } },
  { business: D, message: `New article please, title: Suits made to measure. Text: We make suit from beginning, you choose fabric from our books (more than 300 fabric). Takes 6 weeks, 3 fittings. Deposit 50% when you order.`, expect: { kind: 'create_article', title: 'Suits made to measure', contains: 'more than 300 fabric' } },
  { business: D, message: `In article about wedding dress please add: we also do bridesmaid dresses, same process.`, expect: { kind: 'update_article', target: 'wedding dress', contains: 'we also do bridesmaid dresses' } },
  { business: D, message: `Change the trousers measure article, add one more thing: for jeans, tell me if you want original hem kept.`, expect: { kind: 'update_article', target: 'trousers measure', contains: 'original hem kept' } },
  { business: D, message: `New price for trouser shortening: £14. Before it was £12.`, expect: { kind: 'update_price', target: null, item: 'trouser shortening', price: '£14' } },
  { business: D, message: `Zip replacement on jacket now cost £25.`, expect: { kind: 'update_price', target: null, item: 'zip replacement', price: '£25' } },
  { business: D, message: `Please delete the article "Christmas opening hours", is old now.`, expect: { kind: 'archive_article', target: 'Christmas opening hours' } },
  { business: D, message: `The suits made to measure page, please take off. I have too much work now, I stop this service for some months.`, expect: { kind: 'archive_article', target: 'suits made to measure' } },
  { business: D, message: `If customer say the clothes is damaged or lost by us, please give to me, not bot answer.`, expect: { kind: 'add_escalation_rules', contains: ['damaged or lost'] } },
  { business: D, message: `When somebody want urgent alteration for same day, bot must send to real person, to me or Marta, we check if possible.`, expect: { kind: 'add_escalation_rules', contains: ['urgent alteration for same day'] } },
  { business: D, message: `People say "taking up" trousers, it mean shortening. Please bot understand this.`, expect: { kind: 'add_synonyms', words: ['taking up', 'shortening'] } },
  { business: D, message: `Bot must never say exact price for wedding dress, only I give price after I see the dress.`, expect: { kind: 'add_business_rule', contains: 'never say exact price for wedding dress' } },
  { business: D, message: `Always tell customer to bring the ticket when collect. Without ticket is problem.`, expect: { kind: 'add_business_rule', contains: 'bring the ticket when collect' } },
  { business: D, message: `How many messages we had in the bot today?`, expect: { kind: 'analytics', metric: 'messages', days: 1 } },
  { business: D, message: `Bot is too much informal. Please make it polite.`, expect: { kind: 'set_tone', tone: 'polite' } },
  { business: D, message: `I want the bot name is "Zosia".`, expect: { kind: 'set_agent_name', name: 'Zosia' } },
  { business: D, message: `Thank you very much, very helpful.`, expect: { kind: 'nothing' } },
  { business: D, message: `What is possible to do here? I don't understand all the things yet.`, expect: { kind: 'nothing' } },

  // ───────────── E: Pendlebury & Sons Clock Repairs (Ludlow) — older owner, formal ─────────────
  { business: E, message: `Good afternoon. I should be grateful if you would set the description of my business as follows. Pendlebury & Sons have repaired and restored antique and modern clocks in Ludlow since 1962. We undertake the servicing of longcase, bracket, carriage and wall clocks, and offer a home visit service for longcase clocks within twenty miles. Yours faithfully, Arthur Pendlebury.`, expect: { kind: 'set_context', contains: 'home visit service for longcase clocks within twenty miles' } },
  { business: E, message: `Further to my earlier message, I find the description rather wanting. Kindly replace it entirely with the following: "A third-generation family clockmaker on Broad Street, Ludlow, specialising in the restoration of English longcase clocks and French carriage clocks. Members of the British Horological Institute."`, expect: { kind: 'set_context', contains: 'Members of the British Horological Institute' } },
  { business: E, message: `Please note that the workshop is open to callers from Tuesday to Saturday, ten o'clock until four o'clock.`, expect: { kind: 'add_fact', contains: "Tuesday to Saturday, ten o'clock until four o'clock" } },
  { business: E, message: `You may wish to record that we do not repair quartz wristwatches; we deal with mechanical clocks only.`, expect: { kind: 'add_fact', contains: 'we do not repair quartz wristwatches' } },
  { business: E, message: `For the avoidance of doubt, every restoration we undertake carries a twelve-month guarantee on the work carried out.`, expect: { kind: 'add_fact', contains: 'twelve-month guarantee' } },
  { business: E, message: `I would like to add a page to the help centre entitled "Moving a longcase clock". The text is as follows:

Before moving a longcase clock, the pendulum and weights must be removed, as must the hood. The weights should be labelled left, centre and right. Never lay the trunk on its back with the movement in place. If in any doubt, we are happy to move the clock for you.`, expect: { kind: 'create_article', title: 'Moving a longcase clock', contains: 'labelled left, centre and right' } },
  { business: E, message: `Please would you create an article headed "Servicing intervals", reading:

A mechanical clock in regular use should be cleaned and serviced every five to eight years. Oil dries and collects dust, which in time wears the pivots and bushes. A clock that is left to run dirty will eventually require far more costly repair.`, expect: { kind: 'create_article', title: 'Servicing intervals', contains: 'every five to eight years' } },
  { business: E, message: `Customers frequently enquire on this point. I should like the following to appear on the help centre, please:

All clocks brought to the workshop are examined and a written estimate is provided within ten days. There is no charge for an estimate if the repair proceeds; otherwise an examination fee of £20 is payable.`, expect: { kind: 'create_article', title: null, contains: 'written estimate is provided within ten days' } },
  { business: E, message: `I am told that a page regarding the collection and delivery of clocks would be of assistance. Its title should be "Collection and delivery", and it should read: We collect and deliver clocks by appointment within Shropshire and Herefordshire. Longcase clocks are collected by two of our staff, and are reinstalled and set in beat in your home.`, expect: { kind: 'create_article', title: 'Collection and delivery', contains: 'set in beat in your home' } },
  { business: E, message: `With regard to the article on servicing intervals, kindly append the following sentence: "Clocks kept near radiators or in direct sunlight may require servicing more often."`, expect: { kind: 'update_article', target: 'servicing intervals', contains: 'near radiators or in direct sunlight' } },
  { business: E, message: `The "Moving a longcase clock" page requires an amendment. Please add that the pendulum should be wrapped in a soft cloth and carried upright.`, expect: { kind: 'update_article', target: 'Moving a longcase clock', contains: 'wrapped in a soft cloth' } },
  { business: E, message: `I regret that the examination fee must rise to £25 from the first of next month.`, expect: { kind: 'update_price', target: null, item: 'examination fee', price: '£25' } },
  { business: E, message: `Please amend the price of a longcase home visit to £85.`, expect: { kind: 'update_price', target: null, item: 'longcase home visit', price: '£85' } },
  { business: E, message: `Would you be so kind as to withdraw the article "Collection and delivery"? Our van is off the road and I cannot say when it will return.`, expect: { kind: 'archive_article', target: 'Collection and delivery' } },
  { business: E, message: `Should a customer wish to sell a clock to us, or ask for a valuation for insurance purposes, I would ask that they be referred to me personally.`, expect: { kind: 'add_escalation_rules', contains: ['sell a clock to us', 'valuation for insurance purposes'] } },
  { business: E, message: `Any enquiry concerning a clock that has been damaged in transit must be passed to a member of staff without delay.`, expect: { kind: 'add_escalation_rules', contains: ['damaged in transit'] } },
  { business: E, message: `If a customer expresses dissatisfaction with a repair, please arrange for them to speak with a person rather than the computer.`, expect: { kind: 'add_escalation_rules', contains: ['dissatisfaction with a repair'] } },
  { business: E, message: `Many of our customers refer to a longcase clock as a "grandfather clock". They are one and the same, and the assistant ought to understand as much.`, expect: { kind: 'add_synonyms', words: ['grandfather clock', 'longcase clock'] } },
  { business: E, message: `The assistant is never to quote a price for a restoration over the internet; each clock must be seen.`, expect: { kind: 'add_business_rule', contains: 'never to quote a price for a restoration' } },
  { business: E, message: `Kindly ensure that the assistant always advises customers not to attempt to oil a clock themselves.`, expect: { kind: 'add_business_rule', contains: 'not to attempt to oil a clock themselves' } },
  { business: E, message: `Might you tell me how many people have made use of the assistant in the past fortnight?`, expect: { kind: 'analytics', metric: 'conversations', days: 14 } },
  { business: E, message: `What proportion of enquiries have been handed to a member of staff this month?`, expect: { kind: 'analytics', metric: 'escalationShare', days: 30 } },
  { business: E, message: `I should prefer the assistant to adopt a courteous and formal manner. I find the present cheeriness rather grating.`, expect: { kind: 'set_tone', tone: 'courteous and formal' } },
  { business: E, message: `The assistant shall be known as "Mr Tompion", after the great clockmaker.`, expect: { kind: 'set_agent_name', name: 'Mr Tompion' } },
  { business: E, message: `Thank you. That will be all for today.`, expect: { kind: 'nothing' } },

  // ───────────── F: Concrete Wave Skatepark (Bristol) — young owner, slang, pastes site text ─────────────
  { business: F, message: `yo paste this in as our about bit, its off the website:

CONCRETE WAVE is Bristol's biggest indoor skatepark 🛹 Based in an old tobacco warehouse in Bedminster, we've got a street course, a 6ft mini ramp and a beginners' zone, open to skaters, scooters and BMX. Lessons, parties, and the best chips in BS3.`, expect: { kind: 'set_context', contains: 'old tobacco warehouse in Bedminster' } },
  { business: F, message: `ok scrap that description its mad outdated. new one: "Concrete Wave – indoor skatepark + skate shop in Bedminster, Bristol. Street course, bowl, mini ramp, beginners zone, coaching for all ages 5+." ✌️`, expect: { kind: 'set_context', contains: 'indoor skatepark + skate shop in Bedminster' } },
  { business: F, message: `btw helmets r compulsory for under 18s, free helmet hire at the desk`, expect: { kind: 'add_fact', contains: 'helmets r compulsory for under 18s' } },
  { business: F, message: `fyi we got a lil café upstairs, does toasties n chips, closes 30 mins before the park`, expect: { kind: 'add_fact', contains: 'closes 30 mins before the park' } },
  { business: F, message: `heads up: monday nights 6-9 is adults only (18+) sesh`, expect: { kind: 'add_fact', contains: 'monday nights 6-9 is adults only' } },
  { business: F, message: `can u make a page called "First time at Concrete Wave?" heres the text from the site:

Never skated before? No stress. Book a Beginners Session (Sat + Sun 9-10am) – board, helmet and pads all included. Sign the waiver online before you come (under 18s need a parent/guardian to sign). Wear trainers with flat soles, not boots.`, expect: { kind: 'create_article', title: 'First time at Concrete Wave?', contains: 'Wear trainers with flat soles' } },
  { business: F, message: `need a new article for parties pls 🎉 call it Skate Parties

- 2hrs private session in the beginners zone
- coach included
- party food in the café after
- min 8 kids, max 20
- book 2 weeks ahead min`, expect: { kind: 'create_article', title: 'Skate Parties', contains: 'min 8 kids, max 20' } },
  { business: F, message: `add this to help centre, title is Membership:

skate as much as u want for £30/month, cancel anytime, 10% off in the shop. Members get early entry at weekends (9am instead of 10).`, expect: { kind: 'create_article', title: 'Membership', contains: 'early entry at weekends' } },
  { business: F, message: `bro can we get a page up on the help centre, ppl keep rocking up without it done:

everyone has to sign the waiver before skating. takes 2 mins online at concretewave.co.uk/waiver. under 18s need a parent or guardian to sign. no waiver = no skating, sorry not sorry`, expect: { kind: 'create_article', title: null, contains: 'takes 2 mins online' } },
  { business: F, message: `on the skate parties page add that parents can skate free during the party 🙌`, expect: { kind: 'update_article', target: 'skate parties', contains: 'parents can skate free during the party' } },
  { business: F, message: `first time article needs a tweak - beginners sessions are now also on wednesdays 4-5pm`, expect: { kind: 'update_article', target: 'first time', contains: 'also on wednesdays 4-5pm' } },
  { business: F, message: `membership going up to £35 a month from june 😬`, expect: { kind: 'update_price', target: null, item: 'membership', price: '£35' } },
  { business: F, message: `general entry is £9 now for a 2hr session, update pls`, expect: { kind: 'update_price', target: null, item: 'general entry', price: '£9' } },
  { business: F, message: `kill the "Halloween Skate Jam" page its done`, expect: { kind: 'archive_article', target: 'Halloween Skate Jam' } },
  { business: F, message: `if anyone says they got hurt at the park or theres been an injury, get a human on it asap, dont let the bot chat about it`, expect: { kind: 'add_escalation_rules', contains: ['got hurt at the park', 'injury'] } },
  { business: F, message: `parents complaining about other skaters being rough or bullying → send to staff`, expect: { kind: 'add_escalation_rules', contains: ['other skaters being rough', 'bullying'] } },
  { business: F, message: `any sponsorship or brand collab stuff hand it over to me, bot shouldnt touch that`, expect: { kind: 'add_escalation_rules', contains: ['sponsorship or brand collab'] } },
  { business: F, message: `heads up ppl say "sesh" when they mean session`, expect: { kind: 'add_synonyms', words: ['sesh', 'session'] } },
  { business: F, message: `never let the bot tell ppl they can skate without signing the waiver`, expect: { kind: 'add_business_rule', contains: 'without signing the waiver' } },
  { business: F, message: `always tell ppl to book online cos walk ins arent guaranteed on weekends`, expect: { kind: 'add_business_rule', contains: 'always tell ppl to book online' } },
  { business: F, message: `how many ppl gave the bot a thumbs up last week?`, expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 } },
  { business: F, message: `make the bot more chill and hype, it sounds like a robot rn 😭`, expect: { kind: 'set_tone', tone: 'chill and hype' } },
  { business: F, message: `name the bot Ollie 🛹 (like the trick)`, expect: { kind: 'set_agent_name', name: 'Ollie' } },
  { business: F, message: `sick cheers 🤙`, expect: { kind: 'nothing' } },
  { business: F, message: `wait can the bot do bookings or nah?`, expect: { kind: 'nothing' } },
];
