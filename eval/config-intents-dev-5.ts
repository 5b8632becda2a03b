/**
 * Configuration-chat intent evaluation — DEV set 5.
 *
 * Written blind in round 14 by a fifth author, without reading the product source, tests,
 * docs or other eval files; only the type definitions at the top of config-intents-dev.ts.
 * 150 cases over 8 invented small businesses:
 *   - Hollins & Son Locksmiths (Harrogate, UK): older owner, full sentences, signs off "Regards, Pat"
 *   - The Boulder Shed (bouldering wall, Sheffield, UK): busy owner, several short lines per message
 *   - Byte Back Computer Repairs (Leicester, UK): all lowercase, no punctuation
 *   - Lee Valley English School (language school, Cork, Ireland): pasted from Word, CAPITAL headings, bullets
 *   - Slip & Wheel Pottery (pottery studio, Hove, UK): explains the reason for every change
 *   - Aoife Kenny Photography (wedding photographer, Galway, Ireland): polite "would you mind…", "could I get you to…"
 *   - Wrench Wagon Mobile Mechanic (Columbus, Ohio, US): American English (zip code, cell, checks, tires)
 *   - Wattle Creek Farm Shop (South Gippsland, Victoria, Australia): Australian phrasing (reckon, arvo, heaps)
 * The assistant is called "the bot", "the chat thing", "the AI", "you", "it" and "Sam"; the knowledge
 * base "FAQ", "articles", "the help section", "your info" and "the page about X".
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const LOCK = 'Hollins & Son Locksmiths';
const CLIMB = 'The Boulder Shed';
const PC = 'Byte Back Computer Repairs';
const LANG = 'Lee Valley English School';
const POT = 'Slip & Wheel Pottery';
const PHOTO = 'Aoife Kenny Photography';
const MECH = 'Wrench Wagon Mobile Mechanic';
const FARM = 'Wattle Creek Farm Shop';

export const CONFIG_INTENTS_DEV_5: ConfigIntentCase[] = [
  // ───────────── Hollins & Son Locksmiths — Pat, older, full sentences, signs off ─────────────
  {
    business: LOCK,
    message: `Good morning. I thought I ought to explain who we are before we go any further. Hollins & Son Locksmiths is a family business established in 1979 by my late father, and we cover Harrogate, Knaresborough, Ripon and the surrounding villages. We deal with emergency lockouts, lock changes, uPVC door repairs and safes, for households and businesses alike.

Regards, Pat`,
    expect: { kind: 'set_context', contains: 'family business established in 1979' },
  },
  {
    business: LOCK,
    message: `Some further background for the assistant, if I may. My son Michael now runs the day-to-day side of things while I look after the office and the books. The bulk of our work is for landlords, letting agents and elderly homeowners across the Harrogate district, so please bear that in mind.

Regards, Pat`,
    expect: { kind: 'set_context', contains: 'landlords, letting agents and elderly homeowners' },
  },
  {
    business: LOCK,
    message: `Please note that we are an approved member of the Master Locksmiths Association and that every one of our locksmiths has been DBS checked. Customers do ask about this from time to time.

Regards, Pat`,
    expect: { kind: 'add_fact', contains: 'approved member of the Master Locksmiths Association' },
  },
  {
    business: LOCK,
    message: `I should like the assistant to know that our emergency line is 01423 555 0192 and that it is answered twenty-four hours a day, bank holidays included.

Regards, Pat`,
    expect: { kind: 'add_fact', contains: 'emergency line is 01423 555 0192' },
  },
  {
    business: LOCK,
    message: `You may tell customers that we take card payments on the doorstep as well as bank transfers. We no longer accept cheques, I am sorry to say.

Regards, Pat`,
    expect: { kind: 'add_fact', contains: 'card payments on the doorstep' },
  },
  {
    business: LOCK,
    message: `Would you please add the following as a new article, titled "What to Do If You Are Locked Out".

First, stay calm and check every door and window, as one is often left open.
If a child or vulnerable person is inside, telephone 999 before you do anything else.
Otherwise ring our emergency line and give us your postcode and a description of the door.
We aim to be with you within 45 minutes anywhere in Harrogate.
Our locksmith will ask for proof of residence, such as a driving licence or a utility bill, before opening the door.

Regards, Pat`,
    expect: {
      kind: 'create_article',
      title: 'What to Do If You Are Locked Out',
      contains: 'ask for proof of residence',
    },
  },
  {
    business: LOCK,
    message: `I have typed up something that customers ask me about on the telephone nearly every week. Please put it in the help section.

Most home insurance policies require a British Standard BS3621 five-lever mortice lock on external wooden doors. If your lock does not have the kitemark stamped on the faceplate, your insurer may refuse a claim after a burglary. We can inspect your locks free of charge while we are in the area and fit a compliant lock the same day.

Regards, Pat`,
    expect: { kind: 'create_article', title: null, contains: 'BS3621 five-lever mortice lock' },
  },
  {
    business: LOCK,
    message: `Please create a page called Safe Opening and Servicing, with the text below.

We open and service domestic and commercial safes of most makes.
Where the combination has been lost, we can usually open the safe without damaging the contents.
We will require proof of ownership of the safe before any work begins.
Servicing is recommended once a year for safes in regular use.

Regards, Pat`,
    expect: {
      kind: 'create_article',
      title: 'Safe Opening and Servicing',
      contains: 'proof of ownership of the safe',
    },
  },
  {
    business: LOCK,
    message: `On the page about uPVC doors, would you add a sentence to say that we carry replacement gearboxes for most makes in the van, so the majority of repairs can be completed in a single visit.

Regards, Pat`,
    expect: { kind: 'update_article', target: 'uPVC doors', contains: 'replacement gearboxes for most makes' },
  },
  {
    business: LOCK,
    message: `The article for landlords needs amending. It ought now to say that we keep records of restricted key systems for ten years, so that additional keys can only be cut with the landlord's written authority.

Regards, Pat`,
    expect: { kind: 'update_article', target: 'landlords', contains: 'restricted key systems for ten years' },
  },
  {
    business: LOCK,
    message: `Our standard daytime call-out fee has risen to £65 as of the first of the month. Kindly change the page about our charges accordingly.

Regards, Pat`,
    expect: { kind: 'update_price', target: 'charges', item: 'daytime call-out fee', price: '£65' },
  },
  {
    business: LOCK,
    message: `The price of a euro cylinder lock change, including the new cylinder, is now £95.

Regards, Pat`,
    expect: { kind: 'update_price', target: null, item: 'euro cylinder lock change', price: '£95' },
  },
  {
    business: LOCK,
    message: `We gave up car key cutting and transponder programming some while ago, so please remove the article about car keys. It is quite out of date.

Regards, Pat`,
    expect: { kind: 'archive_article', target: 'car keys' },
  },
  {
    business: LOCK,
    message: `There are certain situations in which I would much rather one of us spoke to the customer in person. Namely: if someone is locked out and there is a baby or an elderly person inside; if a caller mentions a break-in or burglary; or if anyone asks us to open a property they do not live in.

Regards, Pat`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['baby or an elderly person inside', 'break-in or burglary', 'property they do not live in'],
    },
  },
  {
    business: LOCK,
    message: `Please also pass to me personally any complaint about damage to a door or frame following one of our visits.

Regards, Pat`,
    expect: { kind: 'add_escalation_rules', contains: ['damage to a door or frame'] },
  },
  {
    business: LOCK,
    message: `Customers very often say "barrel" when they mean a euro cylinder. Please treat the two words as meaning the same thing.

Regards, Pat`,
    expect: { kind: 'add_synonyms', words: ['barrel', 'euro cylinder'] },
  },
  {
    business: LOCK,
    message: `The assistant must never explain how to open a lock without a key, however innocent the question may appear. I am sure you will understand why.

Regards, Pat`,
    expect: { kind: 'add_business_rule', contains: 'how to open a lock without a key' },
  },
  {
    business: LOCK,
    message: `Could you tell me how many conversations the assistant has had with customers over the past seven days?

Regards, Pat`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },
  {
    business: LOCK,
    message: `I should prefer the assistant to sound rather more formal. Many of the people who contact us are distressed, and I believe a courteous, formal manner is more reassuring than all these exclamation marks.

Regards, Pat`,
    expect: { kind: 'set_tone', tone: 'formal' },
  },
  {
    business: LOCK,
    message: `Thank you, that all appears to be in order. I shall leave it there for today.

Regards, Pat`,
    expect: { kind: 'nothing' },
  },

  // ───────────── The Boulder Shed — busy owner, short lines ─────────────
  {
    business: CLIMB,
    message: `Quick one for the bot.
We're The Boulder Shed.
Bouldering-only centre in Kelham Island, Sheffield.
No ropes, no harnesses.
All abilities, ages 5 and up.
Café and gear shop on site.`,
    expect: { kind: 'set_context', contains: 'bouldering-only centre in Kelham Island' },
  },
  {
    business: CLIMB,
    message: `More background for the AI.
Owned by 3 climbers.
Opened 2016.
Community vibe, loads of regulars.
A few comp climbers train here too.`,
    expect: { kind: 'set_context', contains: 'owned by 3 climbers' },
  },
  {
    business: CLIMB,
    message: `FYI for the bot.
Setting day is Tuesday.
Walls closed till 2pm on Tuesdays while we reset.`,
    expect: { kind: 'add_fact', contains: 'closed till 2pm on Tuesdays' },
  },
  {
    business: CLIMB,
    message: `Parking.
No car park of our own.
Use the Green Lane pay and display.
2 min walk.`,
    expect: { kind: 'add_fact', contains: 'Green Lane pay and display' },
  },
  {
    business: CLIMB,
    message: `New article.
Title: Your First Visit

Arrive 15 mins early.
Fill in the online waiver before you come.
Wear loose clothes, no jeans.
Induction takes 20 mins, staff show you how to fall safely.
Then you're free to climb.`,
    expect: { kind: 'create_article', title: 'Your First Visit', contains: 'how to fall safely' },
  },
  {
    business: CLIMB,
    message: `Stick this in the FAQ.
No title needed.

Loose chalk is fine, chalk balls preferred.
Brushes at the end of each wall.
Don't walk under someone climbing.
Don't sit on the mats.`,
    expect: { kind: 'create_article', title: null, contains: "Don't walk under someone climbing" },
  },
  {
    business: CLIMB,
    message: `Article: Kids Parties
Sat and Sun afternoons.
Up to 12 kids.
90 mins: 60 climbing, 30 in the party room.
Bring your own food.
Book 2 weeks ahead minimum.`,
    expect: { kind: 'create_article', title: 'Kids Parties', contains: 'Up to 12 kids' },
  },
  {
    business: CLIMB,
    message: `Memberships page.
Add: you can freeze your membership for up to 2 months a year.
Free with an injury note.`,
    expect: {
      kind: 'update_article',
      target: 'memberships',
      contains: 'freeze your membership for up to 2 months',
    },
  },
  {
    business: CLIMB,
    message: `Youth club page.
Change it.
Thursdays now, not Wednesdays.
5 till 6:30pm.`,
    expect: { kind: 'update_article', target: 'youth club', contains: 'Thursdays now, not Wednesdays' },
  },
  {
    business: CLIMB,
    message: `Prices.
Adult peak entry now £13.50.
Update the prices page.`,
    expect: { kind: 'update_price', target: 'prices', item: 'adult peak entry', price: '£13.50' },
  },
  {
    business: CLIMB,
    message: `Kill the Fitness Classes article.
We've dropped them.
Not coming back.`,
    expect: { kind: 'archive_article', target: 'Fitness Classes' },
  },
  {
    business: CLIMB,
    message: `Send to a human:
- anyone reporting an injury
- falls or accidents on the mats
- refund requests`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['reporting an injury', 'accidents on the mats', 'refund requests'],
    },
  },
  {
    business: CLIMB,
    message: `Another one for staff.
School or group bookings over 20 people.
Bot shouldn't handle those.`,
    expect: { kind: 'add_escalation_rules', contains: ['group bookings over 20 people'] },
  },
  {
    business: CLIMB,
    message: `People say "routes".
We call them problems.
Same thing.
Make the bot get that.`,
    expect: { kind: 'add_synonyms', words: ['routes', 'problems'] },
  },
  {
    business: CLIMB,
    message: `Rule.
Never tell anyone a problem is "easy".
Grades only, no opinions.`,
    expect: { kind: 'add_business_rule', contains: 'grades only, no opinions' },
  },
  {
    business: CLIMB,
    message: `Bot should always mention the waiver when someone asks about booking.
Every time.`,
    expect: { kind: 'add_business_rule', contains: 'always mention the waiver' },
  },
  {
    business: CLIMB,
    message: `How many messages did the bot handle today?
Mad busy here.`,
    expect: { kind: 'analytics', metric: 'messages', days: 1 },
  },
  {
    business: CLIMB,
    message: `Tone's too stiff.
Make it more laid-back.
We're a chalky bunch.`,
    expect: { kind: 'set_tone', tone: 'laid-back' },
  },
  {
    business: CLIMB,
    message: `Rename the bot.
Call it Crimpy.
Sam's a bit boring.`,
    expect: { kind: 'set_agent_name', name: 'Crimpy' },
  },

  // ───────────── Byte Back Computer Repairs — all lowercase, no punctuation ─────────────
  {
    business: PC,
    message: `we are byte back computer repairs on narborough road in leicester we fix laptops desktops and macs and do data recovery and virus removal for home users and small offices been going since 2012`,
    expect: { kind: 'set_context', contains: 'fix laptops desktops and macs' },
  },
  {
    business: PC,
    message: `tell the chat thing we dont do phone or tablet repairs only computers`,
    expect: { kind: 'add_fact', contains: 'dont do phone or tablet repairs' },
  },
  {
    business: PC,
    message: `we give a 90 day warranty on all repairs parts and labour`,
    expect: { kind: 'add_fact', contains: '90 day warranty on all repairs' },
  },
  {
    business: PC,
    message: `our hours are mon to sat 9 till 6 closed sundays and bank holidays can you add that`,
    expect: { kind: 'add_fact', contains: 'mon to sat 9 till 6' },
  },
  {
    business: PC,
    message: `can you make an article called how to back up your laptop before a repair

plug in an external drive or usb stick
on windows use file history in settings
on a mac use time machine
copy your documents photos and desktop folders at the very least
if your laptop wont turn on dont panic we can usually get the data off for you`,
    expect: {
      kind: 'create_article',
      title: 'how to back up your laptop before a repair',
      contains: 'on a mac use time machine',
    },
  },
  {
    business: PC,
    message: `put this in the help section

if your laptop got wet turn it off straight away and unplug the charger
do not put it in rice
do not try to switch it back on to check
bring it in as soon as you can the sooner we open it up the better the chances`,
    expect: { kind: 'create_article', title: null, contains: 'do not put it in rice' },
  },
  {
    business: PC,
    message: `new page called data recovery

we can recover files from dead hard drives ssds usb sticks and memory cards
we quote first and you only pay if we get your files back
physically damaged drives go to a specialist lab and take 2 to 3 weeks`,
    expect: { kind: 'create_article', title: 'data recovery', contains: 'only pay if we get your files back' },
  },
  {
    business: PC,
    message: `on the page about virus removal add that we also get rid of browser pop ups and fake antivirus scams`,
    expect: { kind: 'update_article', target: 'virus removal', contains: 'fake antivirus scams' },
  },
  {
    business: PC,
    message: `ssd upgrade with fitting is 65 quid now it was 55`,
    expect: { kind: 'update_price', target: null, item: 'ssd upgrade', price: '£65' },
  },
  {
    business: PC,
    message: `get rid of the article about windows 7 upgrades nobody needs that anymore`,
    expect: { kind: 'archive_article', target: 'windows 7 upgrades' },
  },
  {
    business: PC,
    message: `if someone says they lost business data or its a company server send them to a real person`,
    expect: { kind: 'add_escalation_rules', contains: ['lost business data', 'company server'] },
  },
  {
    business: PC,
    message: `also any customer saying we broke something or we lost their files needs to come to me straight away`,
    expect: { kind: 'add_escalation_rules', contains: ['we broke something', 'lost their files'] },
  },
  {
    business: PC,
    message: `loads of people call it the charger lead but we call it the power adapter make sure the bot knows theyre the same`,
    expect: { kind: 'add_synonyms', words: ['charger lead', 'power adapter'] },
  },
  {
    business: PC,
    message: `the bot shouldnt ever give a firm price for a repair before weve seen the machine just say from prices`,
    expect: { kind: 'add_business_rule', contains: 'give a firm price for a repair' },
  },
  {
    business: PC,
    message: `how many thumbs down did the bot get this month`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 },
  },
  {
    business: PC,
    message: `ok cheers thats everything for now`,
    expect: { kind: 'nothing' },
  },

  // ───────────── Lee Valley English School — pasted from Word, CAPITAL headings, bullets ─────────────
  {
    business: LANG,
    message: `Background for the AI (not a page for students):

WHO WE ARE
• Small, family-run English language school in Cork city centre
• Adult learners aged 18+, mostly from Spain, Brazil, Italy and Korea
• General English, exam preparation and English for work
• Founded in 2004 by Siobhán and Declan Murray`,
    expect: { kind: 'set_context', contains: 'family-run English language school in Cork' },
  },
  {
    business: LANG,
    message: `STUDENT VISAS
• We cannot issue visa letters for courses shorter than 25 weeks.

Please add that to what the bot knows.`,
    expect: { kind: 'add_fact', contains: 'courses shorter than 25 weeks' },
  },
  {
    business: LANG,
    message: `CLASS SIZES
• Maximum 12 students per class

(Just a fact for your info – no new page needed.)`,
    expect: { kind: 'add_fact', contains: 'Maximum 12 students per class' },
  },
  {
    business: LANG,
    message: `New article please – title as below.

Host Family Accommodation

WHAT IS INCLUDED
• Single room
• Breakfast and evening meal Monday to Friday
• All meals at weekends
• Wi-Fi and laundry once a week

GOOD TO KNOW
• Families live 20–40 minutes from the school by bus
• Arrival day is Saturday or Sunday
• Please tell us about any allergies when you book`,
    expect: { kind: 'create_article', title: 'Host Family Accommodation', contains: 'laundry once a week' },
  },
  {
    business: LANG,
    message: `New page for the help section please:

EXAM PREPARATION COURSES

CAMBRIDGE EXAMS
• B2 First and C1 Advanced
• 10-week or 12-week courses
• Mock exam every fortnight

IELTS
• Academic and General Training
• One-to-one speaking practice every Friday`,
    expect: { kind: 'create_article', title: 'EXAM PREPARATION COURSES', contains: 'Mock exam every fortnight' },
  },
  {
    business: LANG,
    message: `For the FAQ – I have no title for this one, use your own judgement:

• Classes run Monday to Friday, 9.00 to 12.15
• Afternoon workshops 13.30 to 15.00 (optional)
• Public holidays: no classes and no make-up lessons
• Missed classes cannot be refunded`,
    expect: { kind: 'create_article', title: null, contains: 'no make-up lessons' },
  },
  {
    business: LANG,
    message: `Another article:

Title: Airport Transfers

CORK AIRPORT
• Pick-up can be booked for any arrival between 07.00 and 23.00
• Your driver waits in Arrivals holding a Lee Valley sign

SHANNON AND DUBLIN AIRPORTS
• We do not collect – please take the coach to Cork`,
    expect: { kind: 'create_article', title: 'Airport Transfers', contains: 'holding a Lee Valley sign' },
  },
  {
    business: LANG,
    message: `AMENDMENT – the page about the social programme
• Please add: Saturday day trips to Blarney and Kinsale are now included in the 4-week package`,
    expect: {
      kind: 'update_article',
      target: 'social programme',
      contains: 'Blarney and Kinsale are now included',
    },
  },
  {
    business: LANG,
    message: `CHANGE TO THE BOOKING PAGE
• The deposit line should now read: "A non-refundable deposit of one week's fees secures your place."`,
    expect: { kind: 'update_article', target: 'booking', contains: "deposit of one week's fees" },
  },
  {
    business: LANG,
    message: `PRICE CHANGE 2025
• General English (15 hours per week): €295 per week

Please update the course fees page.`,
    expect: { kind: 'update_price', target: 'course fees', item: 'General English', price: '€295' },
  },
  {
    business: LANG,
    message: `PRICE UPDATE
• Host family single room: now €240 per week (previously €220)`,
    expect: { kind: 'update_price', target: null, item: 'host family single room', price: '€240' },
  },
  {
    business: LANG,
    message: `REMOVE
• The article on Summer Junior Camp – we are no longer running it for under-16s`,
    expect: { kind: 'archive_article', target: 'Summer Junior Camp' },
  },
  {
    business: LANG,
    message: `WHEN TO PASS TO A STAFF MEMBER
• Visa refusals or problems at immigration
• A student who is unhappy with their host family
• Any medical emergency`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['visa refusals', 'unhappy with their host family', 'medical emergency'],
    },
  },
  {
    business: LANG,
    message: `ADDITIONAL HANDOVER TO STAFF
• Agents booking groups of students on behalf of a school abroad`,
    expect: { kind: 'add_escalation_rules', contains: ['agents booking groups of students'] },
  },
  {
    business: LANG,
    message: `TERMINOLOGY
• Students say "homestay" – we say "host family". Please treat them as the same.`,
    expect: { kind: 'add_synonyms', words: ['homestay', 'host family'] },
  },
  {
    business: LANG,
    message: `RULES FOR THE ASSISTANT
• Never confirm a place on a course – only the office can confirm enrolment`,
    expect: { kind: 'add_business_rule', contains: 'only the office can confirm enrolment' },
  },
  {
    business: LANG,
    message: `ONE MORE RULE
• Do not give immigration or visa legal advice; refer students to the official Irish immigration website instead`,
    expect: { kind: 'add_business_rule', contains: 'immigration or visa legal advice' },
  },
  {
    business: LANG,
    message: `REPORT REQUEST
• Share of conversations handed over to staff – last 30 days`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 30 },
  },

  // ───────────── Slip & Wheel Pottery — explains the reason for every change ─────────────
  {
    business: POT,
    message: `I'd like to give the bot some background so it understands who we are and can pitch its answers properly. Slip & Wheel is a community pottery studio in Hove offering wheel-throwing and hand-building classes, open studio membership and kiln firing for local makers. Most of the people who contact us are complete beginners, which is why I want it to know all this.`,
    expect: { kind: 'set_context', contains: 'community pottery studio in Hove' },
  },
  {
    business: POT,
    message: `Please add that all our clays and glazes are food-safe and lead-free. Parents and people making mugs ask us this nearly every week, so it'll save a lot of emails.`,
    expect: { kind: 'add_fact', contains: 'food-safe and lead-free' },
  },
  {
    business: POT,
    message: `Can you note that pieces take about three weeks to be ready to collect after a class? The reason is that they have to dry, be bisque fired, glazed and then glaze fired, and customers keep expecting them the next day.`,
    expect: { kind: 'add_fact', contains: 'about three weeks to be ready' },
  },
  {
    business: POT,
    message: `Please add the fact that the studio is up a flight of stairs with no lift. I'd rather people with mobility needs knew before they booked than found out on the day.`,
    expect: { kind: 'add_fact', contains: 'up a flight of stairs with no lift' },
  },
  {
    business: POT,
    message: `Please make a new article called "Gift Vouchers". I'm adding it because December is our busiest month for vouchers and the bot can't answer anything about them at the moment.

Gift vouchers can be bought online or in the studio.
They are valid for 12 months from purchase.
They can be used for any class or workshop, but not for open studio membership.
We can post a printed voucher in a card or email you a PDF.`,
    expect: { kind: 'create_article', title: 'Gift Vouchers', contains: 'valid for 12 months from purchase' },
  },
  {
    business: POT,
    message: `This is the text we hand out at the end of every taster session. I'd like it added to the help section so people can look it up later, because the paper copies always get lost.

Leave your pieces on the shelf with your name scratched into the base.
We'll trim and bisque fire them for you.
Choose your glaze colour from the test tiles by the sink.
We'll email you when your work is ready to collect.
Uncollected work is recycled after 8 weeks.`,
    expect: { kind: 'create_article', title: null, contains: 'Uncollected work is recycled after 8 weeks' },
  },
  {
    business: POT,
    message: `Please create a page titled "Open Studio Membership" — people keep emailing to ask what it includes, and this should save us answering the same question every day.

Members can use the wheels and hand-building tables during open studio hours (Tuesday and Thursday evenings, Sunday afternoons).
You must have completed our six-week course or pass a short skills check.
Membership includes 12.5kg of clay a month and all firings.
Shelf space is limited to one shelf per member.`,
    expect: { kind: 'create_article', title: 'Open Studio Membership', contains: 'pass a short skills check' },
  },
  {
    business: POT,
    message: `On the page about private parties, please add that we can now host hen parties of up to 14 people. We've just bought four extra wheels, so the old limit of 10 no longer applies.`,
    expect: { kind: 'update_article', target: 'private parties', contains: 'hen parties of up to 14 people' },
  },
  {
    business: POT,
    message: `The cancellations article needs a new line: classes cancelled with less than 48 hours' notice can be moved once but not refunded. I'm adding this because last-minute drop-outs leave us with spaces we can't fill.`,
    expect: { kind: 'update_article', target: 'cancellations', contains: 'moved once but not refunded' },
  },
  {
    business: POT,
    message: `Please change the price of the six-week wheel course to £210 on the classes page. Clay and firing costs have gone up a lot this year, so we've had to put it up.`,
    expect: { kind: 'update_price', target: 'classes', item: 'six-week wheel course', price: '£210' },
  },
  {
    business: POT,
    message: `Could you archive the Raku Evenings article? We've lost the use of the courtyard where we did the raku firing, so we can't run them any more.`,
    expect: { kind: 'archive_article', target: 'Raku Evenings' },
  },
  {
    business: POT,
    message: `I want a real person to pick up any conversation about a piece that's been broken in our kiln. Those customers are upset and deserve a personal apology from us, not a bot.`,
    expect: { kind: 'add_escalation_rules', contains: ['broken in our kiln'] },
  },
  {
    business: POT,
    message: `Please hand over to a human whenever someone with additional needs or a disability asks about adapted classes. Every case is different and we want to talk it through properly.`,
    expect: { kind: 'add_escalation_rules', contains: ['additional needs or a disability'] },
  },
  {
    business: POT,
    message: `The bot should always suggest the taster session to anyone who has never done pottery before, because beginners who jump straight into the six-week course often struggle and give up.`,
    expect: { kind: 'add_business_rule', contains: 'always suggest the taster session' },
  },
  {
    business: POT,
    message: `Please make sure the bot never offers an adult class to anyone under 12. Our insurance doesn't cover it, so it should point them to the Saturday kids' club instead.`,
    expect: { kind: 'add_business_rule', contains: 'adult class to anyone under 12' },
  },
  {
    business: POT,
    message: `What's the average QA score on the bot's answers over the last 30 days? I want to see whether the new articles have made any difference.`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 30 },
  },
  {
    business: POT,
    message: `Could the bot sound a bit warmer? At the moment it reads like a letter from the council, and we're a friendly little studio where people come to unwind.`,
    expect: { kind: 'set_tone', tone: 'warm' },
  },
  {
    business: POT,
    message: `Please call the assistant Clay from now on. It suits the studio better than Sam and I think people will remember it.`,
    expect: { kind: 'set_agent_name', name: 'Clay' },
  },

  // ───────────── Aoife Kenny Photography — polite "would you mind…" ─────────────
  {
    business: PHOTO,
    message: `Hi Sam, would you mind taking this on board as background? I'm Aoife, a wedding photographer based in Galway. I shoot around 30 weddings a year across the west of Ireland, plus a handful of elopements in Connemara and on the Aran Islands. It's just me, with a second shooter for the bigger days.`,
    expect: { kind: 'set_context', contains: 'wedding photographer based in Galway' },
  },
  {
    business: PHOTO,
    message: `Would you mind keeping this in mind as general background on the business? Most of my couples are planning small weddings of under 80 guests, often with lots of family flying home from abroad, and my style is documentary rather than posed.`,
    expect: { kind: 'set_context', contains: 'small weddings of under 80 guests' },
  },
  {
    business: PHOTO,
    message: `Would you mind adding that I travel anywhere in Ireland, and that travel is included for venues within 100km of Galway?`,
    expect: { kind: 'add_fact', contains: 'within 100km of Galway' },
  },
  {
    business: PHOTO,
    message: `Could I get you to note that couples receive their full gallery within eight weeks of the wedding, with a sneak peek of 20 photos within the first week?`,
    expect: { kind: 'add_fact', contains: 'full gallery within eight weeks' },
  },
  {
    business: PHOTO,
    message: `Would you mind adding to your info that I'm delighted to photograph same-sex weddings and humanist ceremonies? I've done loads of both.`,
    expect: { kind: 'add_fact', contains: 'same-sex weddings and humanist ceremonies' },
  },
  {
    business: PHOTO,
    message: `Would you mind creating an article called "How to Book"? Here's the text:

First, check your date is free using the contact form on the website.
Then we'll have a video call (or a coffee in Galway if you're local) to chat about your day.
To secure the date, I ask for a signed contract and a booking fee.
The balance is due one month before the wedding.`,
    expect: { kind: 'create_article', title: 'How to Book', contains: 'signed contract and a booking fee' },
  },
  {
    business: PHOTO,
    message: `Could I get you to add this to the help section? There's no particular title for it.

On the day, I arrive about an hour before the ceremony to capture the getting-ready part.
I stay until just after the first dance unless you've booked the evening extension.
I'll need a hot meal at the reception, please - it's a long day!
Do let me know about any family situations I should be aware of (separated parents and so on).`,
    expect: { kind: 'create_article', title: null, contains: 'need a hot meal at the reception' },
  },
  {
    business: PHOTO,
    message: `Would you mind putting up a page titled "Elopements on the Aran Islands"?

Elopement packages include up to 4 hours of coverage on Inis Mór.
I help with ferry times, permissions where needed, and a location scout the day before.
The best months are May to September. Ferries can be cancelled in bad weather, so we always keep a backup day.`,
    expect: {
      kind: 'create_article',
      title: 'Elopements on the Aran Islands',
      contains: 'always keep a backup day',
    },
  },
  {
    business: PHOTO,
    message: `Would you mind updating the page about albums? Could you add that albums are now handmade in Italy with linen or leather covers.`,
    expect: { kind: 'update_article', target: 'albums', contains: 'handmade in Italy with linen or leather covers' },
  },
  {
    business: PHOTO,
    message: `Could I get you to change the line on the engagement shoot page so it says shoots can take place anywhere within 30 minutes of Galway city?`,
    expect: {
      kind: 'update_article',
      target: 'engagement shoot',
      contains: 'anywhere within 30 minutes of Galway city',
    },
  },
  {
    business: PHOTO,
    message: `Would you mind changing the evening extension price to €350 on the packages page? Thanks a million.`,
    expect: { kind: 'update_price', target: 'packages', item: 'evening extension', price: '€350' },
  },
  {
    business: PHOTO,
    message: `Could I get you to update the price of a second shooter to €300? It used to be €250.`,
    expect: { kind: 'update_price', target: null, item: 'second shooter', price: '€300' },
  },
  {
    business: PHOTO,
    message: `Would you mind taking down the article about the winter 2024 offer? It's well over now.`,
    expect: { kind: 'archive_article', target: 'winter 2024 offer' },
  },
  {
    business: PHOTO,
    message: `Would you mind sending couples to me directly if they mention a wedding date within the next 8 weeks, if they're asking about a destination wedding abroad, or if they want to change or cancel their booking?`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['date within the next 8 weeks', 'destination wedding abroad', 'change or cancel their booking'],
    },
  },
  {
    business: PHOTO,
    message: `Could I also get you to pass anything about missing or lost photos straight to me? I'd hate for a bot to be handling that.`,
    expect: { kind: 'add_escalation_rules', contains: ['missing or lost photos'] },
  },
  {
    business: PHOTO,
    message: `Would you mind treating "snaps" as meaning photos? Loads of Irish couples talk about "the snaps".`,
    expect: { kind: 'add_synonyms', words: ['snaps', 'photos'] },
  },
  {
    business: PHOTO,
    message: `Could I get you to never confirm that a date is available? Only I can check my calendar, so please just say I'll confirm by email within a day.`,
    expect: { kind: 'add_business_rule', contains: 'never confirm that a date is available' },
  },
  {
    business: PHOTO,
    message: `Would you mind always asking for the wedding date and venue when someone enquires about prices?`,
    expect: { kind: 'add_business_rule', contains: 'asking for the wedding date and venue' },
  },
  {
    business: PHOTO,
    message: `Would you mind telling me how many thumbs up the bot got this week?`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 },
  },
  {
    business: PHOTO,
    message: `Would you mind if we changed your name to Niamh? I think couples would like a local name.`,
    expect: { kind: 'set_agent_name', name: 'Niamh' },
  },
  {
    business: PHOTO,
    message: `Ah that's grand, thanks a million Sam. You're a star.`,
    expect: { kind: 'nothing' },
  },

  // ───────────── Wrench Wagon Mobile Mechanic — American English ─────────────
  {
    business: MECH,
    message: `Here's who we are so the AI has some background: Wrench Wagon is a mobile auto repair service in Columbus, Ohio. We come to your home or workplace anywhere in Franklin County and handle brakes, batteries, oil changes, diagnostics and pre-purchase inspections. Two ASE-certified techs, two vans.`,
    expect: { kind: 'set_context', contains: 'mobile auto repair service in Columbus' },
  },
  {
    business: MECH,
    message: `Some more background on the business: I started Wrench Wagon in 2019 after 15 years as a dealership tech. Most of our customers are busy parents and commuters who can't get to a shop during the day.`,
    expect: { kind: 'set_context', contains: 'busy parents and commuters' },
  },
  {
    business: MECH,
    message: `Add this: we service zip codes 43201 through 43235, plus Dublin and Westerville.`,
    expect: { kind: 'add_fact', contains: 'zip codes 43201 through 43235' },
  },
  {
    business: MECH,
    message: `FYI for the bot - we take cash, all major cards and Venmo, and we accept checks from existing customers only.`,
    expect: { kind: 'add_fact', contains: 'checks from existing customers only' },
  },
  {
    business: MECH,
    message: `Customers should know they can text my cell at (614) 555-0148 for a quote.`,
    expect: { kind: 'add_fact', contains: 'text my cell at (614) 555-0148' },
  },
  {
    business: MECH,
    message: `Can you create an article titled "What We Can't Do On-Site"?

Some jobs need a lift and a full shop, so we can't do them in your driveway:
- Transmission rebuilds
- Engine swaps
- Exhaust welding
- Wheel alignments
For those we'll recommend a trusted local shop.`,
    expect: { kind: 'create_article', title: "What We Can't Do On-Site", contains: 'need a lift and a full shop' },
  },
  {
    business: MECH,
    message: `Make this an article please. I don't have a title for it.

We need a flat, legal place to work - a driveway, a parking lot or a quiet street. We can't work on busy roads or in parking garages with low ceilings. If it's pouring rain or below 10°F we may have to reschedule, and we'll call you to let you know.`,
    expect: { kind: 'create_article', title: null, contains: 'parking garages with low ceilings' },
  },
  {
    business: MECH,
    message: `New help article: "Pre-Purchase Inspections"

Buying a used car? We'll meet you at the seller's place and do a 150-point inspection.
You get a written report with photos the same day.
It takes about 90 minutes.`,
    expect: { kind: 'create_article', title: 'Pre-Purchase Inspections', contains: '150-point inspection' },
  },
  {
    business: MECH,
    message: `On the battery page, add a line saying we recycle your old battery at no charge.`,
    expect: { kind: 'update_article', target: 'battery', contains: 'recycle your old battery' },
  },
  {
    business: MECH,
    message: `Synthetic oil change is $89 now. Update the pricing page.`,
    expect: { kind: 'update_price', target: 'pricing', item: 'synthetic oil change', price: '$89' },
  },
  {
    business: MECH,
    message: `Please delete the article about winter tire swaps. We don't do tires anymore.`,
    expect: { kind: 'archive_article', target: 'winter tire swaps' },
  },
  {
    business: MECH,
    message: `Get a real person involved if:
- someone's car is stuck on the highway or somewhere unsafe
- the customer mentions brakes failing or smoke from the engine
- anything about an accident or insurance claim`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['stuck on the highway', 'brakes failing or smoke', 'accident or insurance claim'],
    },
  },
  {
    business: MECH,
    message: `Fleet accounts - businesses with 5+ vehicles - should come to me, not the bot.`,
    expect: { kind: 'add_escalation_rules', contains: ['businesses with 5+ vehicles'] },
  },
  {
    business: MECH,
    message: `The AI should never diagnose a problem over chat. It should always say a tech needs to look at the car first.`,
    expect: { kind: 'add_business_rule', contains: 'never diagnose a problem over chat' },
  },
  {
    business: MECH,
    message: `How many escalations have we had?`,
    expect: { kind: 'analytics', metric: 'escalations', days: 7 },
  },
  {
    business: MECH,
    message: `I want the AI to sound more no-nonsense. Short answers, no fluff, no exclamation points.`,
    expect: { kind: 'set_tone', tone: 'no-nonsense' },
  },
  {
    business: MECH,
    message: `Change the bot's name to Rusty.`,
    expect: { kind: 'set_agent_name', name: 'Rusty' },
  },
  {
    business: MECH,
    message: `Quick question - does the AI remember stuff between different customer chats?`,
    expect: { kind: 'nothing' },
  },

  // ───────────── Wattle Creek Farm Shop — Australian phrasing ─────────────
  {
    business: FARM,
    message: `G'day. Bit of background for the bot: Wattle Creek is a family farm shop just outside Leongatha in South Gippsland. We sell our own beef and lamb, free-range eggs, seasonal veg, local cheese and honey, and there's a little café doing toasties and coffee. Been farming here four generations.`,
    expect: { kind: 'set_context', contains: 'family farm shop just outside Leongatha' },
  },
  {
    business: FARM,
    message: `We're open 8 till 5 every day bar Christmas Day, and the café shuts at 3:30 in the arvo. Chuck that in, would ya.`,
    expect: { kind: 'add_fact', contains: 'café shuts at 3:30 in the arvo' },
  },
  {
    business: FARM,
    message: `Reckon people should know there's heaps of parking out the front, with room for caravans and horse floats.`,
    expect: { kind: 'add_fact', contains: 'room for caravans and horse floats' },
  },
  {
    business: FARM,
    message: `Dogs are fine on the verandah but not inside the shop, health regs and all. Can you add that?`,
    expect: { kind: 'add_fact', contains: 'fine on the verandah' },
  },
  {
    business: FARM,
    message: `New page mate, call it "Meat Boxes":

We do 10kg and 20kg mixed boxes of our grass-fed beef and lamb.
Cut, vacuum packed and frozen.
Order by Wednesday for pick-up on Saturday.
We deliver to Leongatha, Korumburra and Inverloch on Fridays.`,
    expect: { kind: 'create_article', title: 'Meat Boxes', contains: 'Order by Wednesday for pick-up on Saturday' },
  },
  {
    business: FARM,
    message: `Can ya put this in the articles? Don't worry about a name for it.

Pick-your-own strawberries run from late November to January, weather depending.
Buckets supplied, you pay by the kilo at the shop.
Check our Facebook before you drive out, we close the patch after heavy rain.`,
    expect: { kind: 'create_article', title: null, contains: 'close the patch after heavy rain' },
  },
  {
    business: FARM,
    message: `Another page - "School Holiday Farm Tours"

Tours run at 10am and 2pm on weekdays during Vic school holidays.
Kids can bottle-feed the lambs (spring only) and collect the eggs.
Closed-toe shoes a must.
Book online, they fill up quick.`,
    expect: { kind: 'create_article', title: 'School Holiday Farm Tours', contains: 'bottle-feed the lambs' },
  },
  {
    business: FARM,
    message: `That page about the café - add that we've got gluten free and vegan options now. Sourdough's from a mate's place in Meeniyan.`,
    expect: { kind: 'update_article', target: 'café', contains: 'gluten free and vegan options' },
  },
  {
    business: FARM,
    message: `On the eggs article, can you change it to say we've got duck eggs as well now, most weeks.`,
    expect: { kind: 'update_article', target: 'eggs', contains: 'duck eggs as well' },
  },
  {
    business: FARM,
    message: `Dozen free-range eggs is $9 now, feed's gone through the roof. Fix the price list when you get a sec.`,
    expect: { kind: 'update_price', target: 'price list', item: 'dozen free-range eggs', price: '$9' },
  },
  {
    business: FARM,
    message: `Can you change the 20kg box on the meat boxes page to $320? Was $295.`,
    expect: { kind: 'update_price', target: 'meat boxes', item: '20kg box', price: '$320' },
  },
  {
    business: FARM,
    message: `Ditch the Christmas hampers article, we're not doing them this year. Too flat out.`,
    expect: { kind: 'archive_article', target: 'Christmas hampers' },
  },
  {
    business: FARM,
    message: `If anyone's got a complaint about meat being off or an allergic reaction, get one of us onto it straight away. Same for bulk orders from restaurants.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['meat being off', 'allergic reaction', 'bulk orders from restaurants'],
    },
  },
  {
    business: FARM,
    message: `Oh and if someone's asking whether we're open on a total fire ban day, hand that to a real person. Reckon the bot shouldn't guess on that one.`,
    expect: { kind: 'add_escalation_rules', contains: ['total fire ban day'] },
  },
  {
    business: FARM,
    message: `Heaps of people ask for "snags", that's our sausages. Make sure the bot knows they're the same thing.`,
    expect: { kind: 'add_synonyms', words: ['snags', 'sausages'] },
  },
  {
    business: FARM,
    message: `Never promise something's in stock, it changes by the hour out here. Just tell 'em to ring the shop to check.`,
    expect: { kind: 'add_business_rule', contains: "never promise something's in stock" },
  },
  {
    business: FARM,
    message: `Give us a summary of how the bot's gone this month.`,
    expect: { kind: 'analytics', metric: 'summary', days: 30 },
  },
  {
    business: FARM,
    message: `Can it talk a bit more casual, like a local? Sounds like a bank at the moment.`,
    expect: { kind: 'set_tone', tone: 'casual' },
  },
  {
    business: FARM,
    message: `Reckon we rename the bot Matilda. Sounds more like us.`,
    expect: { kind: 'set_agent_name', name: 'Matilda' },
  },
  {
    business: FARM,
    message: `Too easy, cheers for that. Have a good arvo.`,
    expect: { kind: 'nothing' },
  },
];
