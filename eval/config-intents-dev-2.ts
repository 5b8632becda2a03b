/**
 * Configuration-chat intent evaluation — second DEV set (DEV-2).
 *
 * Written blind in round 13 by a different author from config-intents-dev.ts: authored
 * without reading the product source, tests, docs or any other eval file (only the type
 * definitions at the top of config-intents-dev.ts). Each case is one plain-language
 * message a small-business owner might type or paste into the configuration chat, with
 * the single configuration action it should produce.
 *
 * 170 cases over 10 invented small businesses: a florist, a driving school, a hand car
 * wash, a music teacher, a vet practice, a hair salon, a pub with rooms, a gym, a
 * removals firm and a photography studio.
 *
 * Conventions: `contains`, `item` and `price` are exact (case-insensitive) substrings of
 * the message; titles are exactly as the owner named them, or null when none was given.
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const FLORIST = 'Bloom & Bramble Florist';
const DRIVING = 'Clutch Control Driving School';
const CARWASH = 'Shine Bay Hand Car Wash';
const MUSIC = 'Ruth Hollis Music Lessons';
const VETS = 'Ashgrove Veterinary Centre';
const SALON = 'Mane Street Hair';
const PUB = 'The Drovers Arms';
const GYM = 'Forge Fitness';
const REMOVALS = 'Two Vans Removals';
const PHOTO = 'Lightbox Photography Studio';

export const CONFIG_INTENTS_DEV_2: ConfigIntentCase[] = [
  // ───────────────────────────── Bloom & Bramble (florist) ─────────────────────────────
  {
    business: FLORIST,
    message: `hi, so we're Bloom & Bramble, a little florist on Castle Street in Ludlow. we do wedding flowers, funeral tributes, weekly office flowers and same day local delivery. it's mostly just me (Jo) and my sister Kat`,
    expect: { kind: 'set_context', contains: 'florist on Castle Street in Ludlow' },
  },
  {
    business: FLORIST,
    message: `can you add this as a help page please, call it Funeral Flowers

# Funeral Flowers
We know this is a difficult time and we'll keep things as simple as we can.

## What we make
- Wreaths (from £65)
- Sprays and casket tributes (from £120)
- Letter tributes e.g. MUM, GRANDAD (£45 per letter)
- Posies and sheaf bouquets (from £35)

## Ordering
Please give us at least 3 working days for letter tributes. Most other tributes can be done in 48 hours.
We deliver direct to any funeral director within 15 miles free of charge.`,
    expect: { kind: 'create_article', title: 'Funeral Flowers', contains: '£45 per letter' },
  },
  {
    business: FLORIST,
    message: `Q. Do you deliver on Sundays?
A. No, our last delivery slot is Saturday at 2pm.
Q. Can I choose a delivery time?
A. We deliver between 9am and 5pm and can't promise exact times, but we can do AM or PM for £5 extra.
Q. What if nobody's in?
A. We'll leave them with a neighbour or somewhere safe and pop a card through the door.
Q. How far do you deliver?
A. Ludlow and the villages within 10 miles. Further out by arrangement.

^ thats our delivery faqs, can you save it as 'Delivery questions' thanks`,
    expect: { kind: 'create_article', title: 'Delivery questions', contains: 'AM or PM for £5 extra' },
  },
  {
    business: FLORIST,
    message: `# Wedding Flowers Price Guide

Every wedding is different so these are starting prices - we'll always do a free consultation first.

## Bridal party
- Bridal bouquet: from £95
- Bridesmaid bouquet: from £45
- Buttonholes: £9 each
- Corsages: £14 each

## Ceremony & reception
- Arch flowers: from £350
- Pew ends: £22 each
- Table centrepieces: from £40

A 25% non-refundable deposit secures your date. The balance is due 4 weeks before the wedding.`,
    expect: { kind: 'create_article', title: 'Wedding Flowers Price Guide', contains: '25% non-refundable deposit' },
  },
  {
    business: FLORIST,
    message: `New page - "Caring for your flowers". Trim the stems at an angle, fresh water every 2 days, and keep them away from radiators and fruit bowls (ripening fruit makes them wilt faster).`,
    expect: { kind: 'create_article', title: 'Caring for your flowers', contains: 'keep them away from radiators' },
  },
  {
    business: FLORIST,
    message: `our office flowers subscription is £30 a week for a medium arrangement, we swap them every Monday morning and you can cancel anytime with a weeks notice. could you make that into a help article for the bot`,
    expect: { kind: 'create_article', title: null, contains: 'swap them every Monday morning' },
  },
  {
    business: FLORIST,
    message: `fyi we're closed every Monday now (shop only, deliveries still go out)`,
    expect: { kind: 'add_fact', contains: 'closed every Monday' },
  },
  {
    business: FLORIST,
    message: `The number for phone orders is 01584 772310, customers should know that`,
    expect: { kind: 'add_fact', contains: '01584 772310' },
  },
  {
    business: FLORIST,
    message: `In the Funeral Flowers article can you change the notice for letter tributes to 5 working days not 3, we've been getting swamped`,
    expect: { kind: 'update_article', target: 'Funeral Flowers', contains: '5 working days' },
  },
  {
    business: FLORIST,
    message: `wreaths are going up to £70 from next week, sorry!`,
    expect: { kind: 'update_price', target: null, item: 'wreaths', price: '£70' },
  },
  {
    business: FLORIST,
    message: `Please change the buttonholes price in the Wedding Flowers Price Guide to £10.50 each`,
    expect: { kind: 'update_price', target: 'Wedding Flowers Price Guide', item: 'buttonholes', price: '£10.50' },
  },
  {
    business: FLORIST,
    message: `We're not doing the Valentines pre-order thing this year so please take down the "Valentines Pre-Orders" article`,
    expect: { kind: 'archive_article', target: 'Valentines Pre-Orders' },
  },
  {
    business: FLORIST,
    message: `If anyone is complaining that their flowers arrived dead or damaged, pass them to me (Jo) straight away, I'd rather sort it personally`,
    expect: { kind: 'add_escalation_rules', contains: ['arrived dead or damaged'] },
  },
  {
    business: FLORIST,
    message: `anything about wedding bookings over £1000, or a bride wanting to change her order less than a week before the day - hand over to Kat please`,
    expect: { kind: 'add_escalation_rules', contains: ['wedding bookings over £1000', 'less than a week before the day'] },
  },
  {
    business: FLORIST,
    message: `people say buttonhole and boutonniere for the same thing, can the bot treat them the same`,
    expect: { kind: 'add_synonyms', words: ['buttonhole', 'boutonniere'] },
  },
  {
    business: FLORIST,
    message: `Please never promise a particular flower variety. Always say we'll substitute with something similar if it's out of season.`,
    expect: { kind: 'add_business_rule', contains: 'never promise a particular flower variety' },
  },
  {
    business: FLORIST,
    message: `how many chats did we get in the last week?`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },

  // ─────────────────────────── Clutch Control (driving school) ───────────────────────────
  {
    business: DRIVING,
    message: `Clutch Control is a driving school in Leeds, there's 4 instructors (me, Dave, Priya and Tom). We teach manual and automatic, lessons all over north Leeds and most of our pupils are 17-19.`,
    expect: { kind: 'set_context', contains: 'driving school in Leeds' },
  },
  {
    business: DRIVING,
    message: `# Lesson Prices

## Manual
- Single hour: £38
- 2 hour lesson: £74
- Block of 10 hours: £360

## Automatic
- Single hour: £42
- 2 hour lesson: £82
- Block of 10 hours: £400

Block bookings must be paid upfront and are valid for 6 months from the first lesson.

please add ^^`,
    expect: { kind: 'create_article', title: 'Lesson Prices', contains: 'Block of 10 hours: £360' },
  },
  {
    business: DRIVING,
    message: `New help page titled: What happens on test day

## Before the test
Your instructor will pick you up 1 hour before your test for a warm up drive. Bring your photocard licence - no licence, no test, and the DVSA won't refund you.

## Using our car
You'll take the test in the car you learned in. We charge £90 for the use of the car on test day (includes the warm up hour).

## After the test
Pass or fail, your instructor will drive you home. If you don't pass we'll go through the examiner's sheet together at your next lesson.`,
    expect: { kind: 'create_article', title: 'What happens on test day', contains: '£90 for the use of the car' },
  },
  {
    business: DRIVING,
    message: `put this in the knowledge base pls

Cancelling or moving a lesson
Q: How much notice do I need to give?
A: 48 hours. Less than that and the lesson is charged in full.
Q: What if I'm ill?
A: Let your instructor know as early as you can. We'll waive the fee once per block if you've got a good reason.
Q: What if my instructor cancels?
A: You won't be charged and we'll rebook you as soon as possible.
Q: Can I swap instructors?
A: Yes, just ask the office.`,
    expect: { kind: 'create_article', title: null, contains: 'waive the fee once per block' },
  },
  {
    business: DRIVING,
    message: `Can u make an article called 'Pass Plus' - we offer Pass Plus, 6 hours over 2 days, £210. Some insurers give you cheaper insurance after it`,
    expect: { kind: 'create_article', title: 'Pass Plus', contains: '6 hours over 2 days' },
  },
  {
    business: DRIVING,
    message: `we do 20, 30 and 40 hour intensive courses over 1-2 weeks. the practical test has to be booked seperately by the pupil. ask the office for availability. add that as info please`,
    expect: { kind: 'create_article', title: null, contains: '20, 30 and 40 hour intensive courses' },
  },
  {
    business: DRIVING,
    message: `we now do pick ups from Leeds Beckett Headingley campus as well`,
    expect: { kind: 'add_fact', contains: 'Leeds Beckett Headingley campus' },
  },
  {
    business: DRIVING,
    message: `All our cars are dual-controlled Ford Fiestas btw, in case anyone asks`,
    expect: { kind: 'add_fact', contains: 'dual-controlled Ford Fiestas' },
  },
  {
    business: DRIVING,
    message: `Update the Pass Plus article - it's now 6 hours in one day, not spread over 2 days`,
    expect: { kind: 'update_article', target: 'Pass Plus', contains: '6 hours in one day' },
  },
  {
    business: DRIVING,
    message: `Automatic single hour is £44 from 1st April`,
    expect: { kind: 'update_price', target: null, item: 'Automatic single hour', price: '£44' },
  },
  {
    business: DRIVING,
    message: `in Lesson Prices, change the manual block of 10 to £370 please`,
    expect: { kind: 'update_price', target: 'Lesson Prices', item: 'manual block of 10', price: '£370' },
  },
  {
    business: DRIVING,
    message: `Can you archive the 'Theory test help' article, the DVSA have changed everything and it's wrong now`,
    expect: { kind: 'archive_article', target: 'Theory test help' },
  },
  {
    business: DRIVING,
    message: `if a pupil mentions theyve had an accident in one of our cars, or asks about insurance claims, that needs to come to me`,
    expect: { kind: 'add_escalation_rules', contains: ['accident in one of our cars', 'insurance claims'] },
  },
  {
    business: DRIVING,
    message: `Complaints about an instructor - always to me (Sandra), never to the instructor themselves.`,
    expect: { kind: 'add_escalation_rules', contains: ['Complaints about an instructor'] },
  },
  {
    business: DRIVING,
    message: `"auto" means automatic, pupils write both`,
    expect: { kind: 'add_synonyms', words: ['auto', 'automatic'] },
  },
  {
    business: DRIVING,
    message: `Dont ever guess when a pupil will be test ready or tell them they're ready for their test - only their instructor can say that`,
    expect: { kind: 'add_business_rule', contains: 'only their instructor can say that' },
  },
  {
    business: DRIVING,
    message: `how many times did the bot hand over to us in the past 30 days`,
    expect: { kind: 'analytics', metric: 'escalations', days: 30 },
  },

  // ───────────────────────────── Shine Bay (hand car wash) ─────────────────────────────
  {
    business: CARWASH,
    message: `We're Shine Bay, a hand car wash and valeting place at the retail park off the A38 in Plymouth. Washes are walk in, no booking, valets are bookable.`,
    expect: { kind: 'set_context', contains: 'hand car wash and valeting' },
  },
  {
    business: CARWASH,
    message: `bit of background for the assistant - we're a family run business, been going since 2011, and most of our customers are regulars who shop at the retail park`,
    expect: { kind: 'set_context', contains: 'family run business' },
  },
  {
    business: CARWASH,
    message: `Mini Valet – £30
- Hand wash and dry
- Interior hoover
- Dash and windows wiped

Full Valet – £75
- Everything in the mini valet
- Shampoo seats and carpets
- Clay bar and wax
- Leather cleaned and conditioned

Showroom Valet – £140
- Everything in the full valet
- Machine polish
- Engine bay clean

Allow 3 hours for a full valet and most of the day for a showroom valet.

title it Valet Packages`,
    expect: { kind: 'create_article', title: 'Valet Packages', contains: 'Showroom Valet – £140' },
  },
  {
    business: CARWASH,
    message: `# Opening hours & bank holidays

## Normal hours
- Monday to Saturday: 8am - 6pm
- Sunday: 9am - 4pm

## Bank holidays
We're open 9am - 4pm on most bank holidays. We close on Christmas Day, Boxing Day and New Year's Day.

## Bad weather
In heavy rain or frost we may close early - check our Facebook page before you come down.`,
    expect: { kind: 'create_article', title: 'Opening hours & bank holidays', contains: 'check our Facebook page' },
  },
  {
    business: CARWASH,
    message: `stick this in for the bot to use:

Will you scratch my car?
We use the two bucket method and clean mitts for every car so the risk is really low. We don't use brushes.

Do you do convertibles / soft tops?
Yes, hand wash only, we won't pressure wash the roof.

Can I wait while it's done?
Yes, there's a waiting area with a coffee machine.

Do I need to take my stuff out?
For a valet please empty the car of personal items, we can't be responsible for things left inside.`,
    expect: { kind: 'create_article', title: null, contains: 'two bucket method' },
  },
  {
    business: CARWASH,
    message: `Article: Fleet accounts. Businesses with 5 or more vehicles can open a monthly account, invoiced at the end of the month, 10% off all washes.`,
    expect: { kind: 'create_article', title: 'Fleet accounts', contains: 'invoiced at the end of the month' },
  },
  {
    business: CARWASH,
    message: `Can you add a bit about paying - we take card, cash and Apple Pay, no cheques. Call it Payments`,
    expect: { kind: 'create_article', title: 'Payments', contains: 'no cheques' },
  },
  {
    business: CARWASH,
    message: `We've got a height limit of 2.1m in the covered bay so no high top vans`,
    expect: { kind: 'add_fact', contains: 'height limit of 2.1m' },
  },
  {
    business: CARWASH,
    message: `In Valet Packages can you add that the Full Valet now includes pet hair removal`,
    expect: { kind: 'update_article', target: 'Valet Packages', contains: 'pet hair removal' },
  },
  {
    business: CARWASH,
    message: `Mini valet up to £35 pls`,
    expect: { kind: 'update_price', target: null, item: 'Mini valet', price: '£35' },
  },
  {
    business: CARWASH,
    message: `delete the Winter Salt Wash Offer page, the offer's finished`,
    expect: { kind: 'archive_article', target: 'Winter Salt Wash Offer' },
  },
  {
    business: CARWASH,
    message: `the "Christmas opening hours" article can go now thanks`,
    expect: { kind: 'archive_article', target: 'Christmas opening hours' },
  },
  {
    business: CARWASH,
    message: `Anything about damage to a car after a wash - get Lee involved`,
    expect: { kind: 'add_escalation_rules', contains: ['damage to a car after a wash'] },
  },
  {
    business: CARWASH,
    message: `escalate these to a person: ceramic coating quotes, fleet account enquiries, lost property (keys etc)`,
    expect: { kind: 'add_escalation_rules', contains: ['ceramic coating quotes', 'fleet account enquiries', 'lost property'] },
  },
  {
    business: CARWASH,
    message: `If someone says a wheel trim came off or went missing while we had the car, that's one for Lee as well`,
    expect: { kind: 'add_escalation_rules', contains: ['wheel trim came off'] },
  },
  {
    business: CARWASH,
    message: `customers say detailing when they mean valet, its the same thing for us`,
    expect: { kind: 'add_synonyms', words: ['detailing', 'valet'] },
  },
  {
    business: CARWASH,
    message: `what % of chats got passed to a human in the last 2 weeks?`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 14 },
  },

  // ───────────────────────────── Ruth Hollis (music teacher) ─────────────────────────────
  {
    business: MUSIC,
    message: `Hello! I'm Ruth, I teach piano, violin and beginner guitar from my home in Didsbury. Children and adults, ABRSM grades up to grade 8. Just me, no other teachers.`,
    expect: { kind: 'set_context', contains: 'piano, violin and beginner guitar' },
  },
  {
    business: MUSIC,
    message: `Could you save this one as "Lesson fees 2025" please?

Lesson fees 2025
- 30 minute lesson: £18
- 45 minute lesson: £26
- 60 minute lesson: £34
- Trial lesson (30 mins): £10

Sibling discount: 10% off the second child.
Fees are for lessons in my studio. Home visits within 2 miles are an extra £5 per lesson.`,
    expect: { kind: 'create_article', title: 'Lesson fees 2025', contains: 'Sibling discount: 10% off' },
  },
  {
    business: MUSIC,
    message: `## Exams (ABRSM & Trinity)

I prepare students for ABRSM and Trinity grade exams in piano and violin.

### How it works
- We'll decide together if an exam is right for you - there's no pressure to take them.
- Entry deadlines are usually about 8 weeks before the exam session.
- Exam fees are paid to the exam board, not to me. Grade 1 is around £50.

### Extra lessons
In the month before an exam I recommend one extra lesson for a run-through with scales and aural.

New article please, title as the heading`,
    expect: { kind: 'create_article', title: 'Exams (ABRSM & Trinity)', contains: 'Exam fees are paid to the exam board' },
  },
  {
    business: MUSIC,
    message: `This is my missed lessons policy, can the assistant use it:

What if my child is ill?
Let me know by 9am on the day and I'll try to offer a swap slot that week. Otherwise the lesson is charged.

What if you're ill?
I'll either reschedule or refund the lesson, your choice.

Do lessons run in school holidays?
No - I follow the Manchester school term dates. 33 lessons a year.

Can I pause lessons?
For a term at a time, yes, but I can't hold your slot for longer than that.`,
    expect: { kind: 'create_article', title: null, contains: 'Manchester school term dates' },
  },
  {
    business: MUSIC,
    message: `add a page: Instrument hire — I can lend a 3/4 or full size violin for £15 a month to students in their first term`,
    expect: { kind: 'create_article', title: 'Instrument hire', contains: '3/4 or full size violin' },
  },
  {
    business: MUSIC,
    message: `could you add some info re parking for new students: there's no drive at mine so park on Elm Grove, just not in front of number 14 (neighbour gets cross!)`,
    expect: { kind: 'create_article', title: null, contains: 'park on Elm Grove' },
  },
  {
    business: MUSIC,
    message: `I don't teach drums, people keep asking!`,
    expect: { kind: 'add_fact', contains: "don't teach drums" },
  },
  {
    business: MUSIC,
    message: `I'm enhanced DBS checked, renewed in 2024 - parents sometimes want to know`,
    expect: { kind: 'add_fact', contains: 'enhanced DBS checked' },
  },
  {
    business: MUSIC,
    message: `Update Lesson fees 2025 to say fees are paid termly in advance by bank transfer`,
    expect: { kind: 'update_article', target: 'Lesson fees 2025', contains: 'paid termly in advance' },
  },
  {
    business: MUSIC,
    message: `The Instrument hire page should also say violins must be returned in the case and cleaned of rosin dust, thank you`,
    expect: { kind: 'update_article', target: 'Instrument hire', contains: 'returned in the case' },
  },
  {
    business: MUSIC,
    message: `30 minute lessons are now £19 (first rise in 3 years!)`,
    expect: { kind: 'update_price', target: null, item: '30 minute lessons', price: '£19' },
  },
  {
    business: MUSIC,
    message: `Please get rid of the Summer Workshop 2024 page x`,
    expect: { kind: 'archive_article', target: 'Summer Workshop 2024' },
  },
  {
    business: MUSIC,
    message: `If a parent raises a safeguarding concern or anything about a child's welfare, that has to come straight to me, never handled by the bot`,
    expect: { kind: 'add_escalation_rules', contains: ['safeguarding concern', "child's welfare"] },
  },
  {
    business: MUSIC,
    message: `when someone wants to stop lessons or give notice, pass them to me - I like to have a chat with them first`,
    expect: { kind: 'add_escalation_rules', contains: ['stop lessons'] },
  },
  {
    business: MUSIC,
    message: `When people say keyboard they nearly always mean piano, can you treat those as the same`,
    expect: { kind: 'add_synonyms', words: ['keyboard', 'piano'] },
  },
  {
    business: MUSIC,
    message: `Always keep replies friendly but not over the top, and no emojis please`,
    expect: { kind: 'add_business_rule', contains: 'no emojis' },
  },
  {
    business: MUSIC,
    message: `how many thumbs down have we had in the last 30 days?`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 },
  },

  // ───────────────────────────── Ashgrove Vets ─────────────────────────────
  {
    business: VETS,
    message: `Ashgrove Veterinary Centre – small animal practice in Harrogate, 3 vets and 6 nurses. We see cats, dogs, rabbits and small furries. No exotics or farm animals.`,
    expect: { kind: 'set_context', contains: 'small animal practice in Harrogate' },
  },
  {
    business: VETS,
    message: `Also for context, we're one of four independent practices in the group, and Ashgrove is the main hospital site with overnight care`,
    expect: { kind: 'set_context', contains: 'main hospital site with overnight care' },
  },
  {
    business: VETS,
    message: `# Vaccinations

## Dogs
- Primary course (2 injections): £85
- Annual booster: £55
- Kennel cough (intranasal): £38

## Cats
- Primary course (2 injections): £80
- Annual booster: £52

## Rabbits
- Myxo/RHD combined: £60

All vaccinations include a full health check with the vet. Puppies and kittens can have their first injection from 8 weeks.`,
    expect: { kind: 'create_article', title: 'Vaccinations', contains: 'Kennel cough (intranasal): £38' },
  },
  {
    business: VETS,
    message: `Hi there, can you add the following as "Pet Health Club":

Spread the cost of routine care with a monthly plan.

What's included:
- Annual vaccinations
- Two health checks a year
- Flea, worm and tick treatment
- 10% off neutering, dental work and food

Monthly prices:
- Dog plan: £16.50
- Cat plan: £13.50
- Rabbit plan: £9

Minimum 12 months. Payment by direct debit only.`,
    expect: { kind: 'create_article', title: 'Pet Health Club', contains: 'Payment by direct debit only' },
  },
  {
    business: VETS,
    message: `Surgery: what to expect

Q - When should my pet stop eating?
No food after midnight the night before. Water is fine until the morning.

Q - What time is drop off?
Between 8am and 8.30am. A nurse will go through the consent form with you.

Q - When can I collect?
We'll ring you after the op, usually collection is between 3pm and 5pm.

Q - Will they need a cone?
Most pets go home with a buster collar or a body suit. Keep it on until the post-op check.

^ make that an article please, the first line is the title`,
    expect: { kind: 'create_article', title: 'Surgery: what to expect', contains: 'buster collar' },
  },
  {
    business: VETS,
    message: `Nurse clinics are free for registered pets - weight checks, nail clips and post-op checks. Can you add that as an article, title 'Nurse clinics'`,
    expect: { kind: 'create_article', title: 'Nurse clinics', contains: 'weight checks, nail clips' },
  },
  {
    business: VETS,
    message: `Add this for the bot: repeat prescriptions need 48 hours notice, request through the website or by phone. Controlled drugs need 72 hours. The vet must have seen your pet in the last 6 months.`,
    expect: { kind: 'create_article', title: null, contains: 'Controlled drugs need 72 hours' },
  },
  {
    business: VETS,
    message: `Out of hours we use Vets Now in Leeds, their number is 0113 496 0800`,
    expect: { kind: 'add_fact', contains: 'Vets Now' },
  },
  {
    business: VETS,
    message: `we have a separate cat waiting room, nice for nervous cats`,
    expect: { kind: 'add_fact', contains: 'separate cat waiting room' },
  },
  {
    business: VETS,
    message: `update Surgery: what to expect — pets must be starved from 8pm the night before, not midnight. The vets changed the protocol.`,
    expect: { kind: 'update_article', target: 'Surgery: what to expect', contains: 'starved from 8pm' },
  },
  {
    business: VETS,
    message: `dog annual booster is £58 now`,
    expect: { kind: 'update_price', target: null, item: 'dog annual booster', price: '£58' },
  },
  {
    business: VETS,
    message: `In the Pet Health Club article the cat plan goes up to £14.50 a month from June`,
    expect: { kind: 'update_price', target: 'Pet Health Club', item: 'cat plan', price: '£14.50' },
  },
  {
    business: VETS,
    message: `Could you archive "Dr Patel Dermatology Clinic"? She's left us unfortunately.`,
    expect: { kind: 'archive_article', target: 'Dr Patel Dermatology Clinic' },
  },
  {
    business: VETS,
    message: `Emergencies - anything like bleeding, collapse, seizures, suspected poisoning or difficulty breathing must go to a human immediately`,
    expect: { kind: 'add_escalation_rules', contains: ['bleeding', 'collapse', 'seizures', 'poisoning', 'difficulty breathing'] },
  },
  {
    business: VETS,
    message: `questions about euthanasia should always go to one of the nurses, not the bot`,
    expect: { kind: 'add_escalation_rules', contains: ['euthanasia'] },
  },
  {
    business: VETS,
    message: `If someone disputes a bill or asks about insurance claim forms, route them to reception (Hannah)`,
    expect: { kind: 'add_escalation_rules', contains: ['disputes a bill', 'insurance claim forms'] },
  },
  {
    business: VETS,
    message: `clients use spay and neuter interchangeably, please treat them as meaning the same`,
    expect: { kind: 'add_synonyms', words: ['spay', 'neuter'] },
  },
  {
    business: VETS,
    message: `The assistant must never give dosage advice or tell an owner a symptom is nothing to worry about. That's for the vets only.`,
    expect: { kind: 'add_business_rule', contains: 'never give dosage advice' },
  },
  {
    business: VETS,
    message: `what's our average QA score over the last 7 days?`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 7 },
  },

  // ───────────────────────────── Mane Street (hair salon) ─────────────────────────────
  {
    business: SALON,
    message: `We're Mane Street, a hair salon in Cardiff (Canton). 5 stylists, we do cuts, colour, balayage, keratin treatments and bridal hair. Closed Sundays`,
    expect: { kind: 'set_context', contains: 'hair salon in Cardiff' },
  },
  {
    business: SALON,
    message: `Salon Price List

CUTS
- Ladies cut & finish: £42 (Senior stylist £50)
- Gents cut: £22
- Blow dry: £28
- Fringe trim: £6

COLOUR
- Full head tint: from £65
- Half head highlights: from £70
- Full head highlights: from £95
- Balayage: from £110
- Toner: £20

All colour services need a patch test at least 48 hours before. Prices vary with hair length.

can you add that pls x`,
    expect: { kind: 'create_article', title: 'Salon Price List', contains: 'Half head highlights: from £70' },
  },
  {
    business: SALON,
    message: `Another one for you, this is about Patch tests (that's the title):

Why do I need a patch test?
Hair dye can cause allergic reactions, even if you've used it before. By law we have to do one.

How long does it take?
5 minutes. We dab a little colour behind your ear.

When do I need to come in?
At least 24 hours before your colour appointment.

Do I need a new one every time?
If it's been more than 6 months since your last colour with us, yes.`,
    expect: { kind: 'create_article', title: 'Patch tests', contains: 'dab a little colour behind your ear' },
  },
  {
    business: SALON,
    message: `## Bridal hair

Congratulations! We'd love to be part of your day.

### Trial
A trial is £60 and takes about 2 hours. Bring photos of styles you like and wear a top similar to your dress neckline.

### On the day
- Bride: £120 in salon, £150 on location
- Bridesmaids / mother of the bride: £55 each
- Flower girls (under 12): £25

### Travel
We travel up to 20 miles from Canton. Travel is charged at 50p a mile.

### Booking
A £50 deposit secures your date and is taken off your final bill.`,
    expect: { kind: 'create_article', title: 'Bridal hair', contains: '50p a mile' },
  },
  {
    business: SALON,
    message: `New article "Kids cuts": under 12s are £16, Saturday mornings only, and parents must stay in the salon`,
    expect: { kind: 'create_article', title: 'Kids cuts', contains: 'parents must stay in the salon' },
  },
  {
    business: SALON,
    message: `Please add: gift vouchers - any amount from £20, valid for 12 months, buy in the salon or over the phone. Title Gift Vouchers`,
    expect: { kind: 'create_article', title: 'Gift Vouchers', contains: 'valid for 12 months' },
  },
  {
    business: SALON,
    message: `we're wheelchair accessible, ground floor with a step free entrance`,
    expect: { kind: 'add_fact', contains: 'step free entrance' },
  },
  {
    business: SALON,
    message: `Parking is pay and display on Cowbridge Road East, free after 6pm`,
    expect: { kind: 'add_fact', contains: 'free after 6pm' },
  },
  {
    business: SALON,
    message: `Change the Patch tests article please - the patch test is needed 48 hours before now, not 24`,
    expect: { kind: 'update_article', target: 'Patch tests', contains: '48 hours before' },
  },
  {
    business: SALON,
    message: `balayage is from £120 now`,
    expect: { kind: 'update_price', target: null, item: 'balayage', price: '£120' },
  },
  {
    business: SALON,
    message: `can we remove the 'Student Tuesdays' article? we're not doing it any more`,
    expect: { kind: 'archive_article', target: 'Student Tuesdays' },
  },
  {
    business: SALON,
    message: `If someone says they've had a reaction to dye - itching, swelling, burning scalp - get the manager (Bethan) straight away`,
    expect: { kind: 'add_escalation_rules', contains: ['reaction to dye', 'swelling', 'burning scalp'] },
  },
  {
    business: SALON,
    message: `refund requests go to Bethan too please`,
    expect: { kind: 'add_escalation_rules', contains: ['refund requests'] },
  },
  {
    business: SALON,
    message: `fringe and bangs mean the same thing (we get a lot of American students from the uni)`,
    expect: { kind: 'add_synonyms', words: ['fringe', 'bangs'] },
  },
  {
    business: SALON,
    message: `Don't book or promise a specific stylist in the chat, just say the salon will confirm who's available`,
    expect: { kind: 'add_business_rule', contains: "Don't book or promise a specific stylist" },
  },
  {
    business: SALON,
    message: `How many messages have customers sent the assistant over the last 14 days`,
    expect: { kind: 'analytics', metric: 'messages', days: 14 },
  },

  // ───────────────────────────── The Drovers Arms (pub with rooms) ─────────────────────────────
  {
    business: PUB,
    message: `The Drovers Arms is an old coaching inn in the Peak District (Hartington) - bar, restaurant and 8 letting rooms upstairs. Dog friendly pub, walkers welcome, muddy boots and all.`,
    expect: { kind: 'set_context', contains: 'coaching inn in the Peak District' },
  },
  {
    business: PUB,
    message: `# Rooms & Rates

All rooms are en suite and include a full English or veggie breakfast.

## Rooms
- Standard double (rooms 1-4): £85 midweek / £110 Fri-Sat
- Superior double with view (rooms 5-6): £105 midweek / £130 Fri-Sat
- Family room (room 7, sleeps 4): £140 any night
- Single (room 8): £65 midweek / £75 Fri-Sat

## Minimum stay
2 nights on Saturdays from May to September.

## Extra beds
A travel cot can be added to any double for free. Let us know when you book.`,
    expect: { kind: 'create_article', title: 'Rooms & Rates', contains: 'Family room (room 7, sleeps 4)' },
  },
  {
    business: PUB,
    message: `Food serving times — please add as an article:

## Lunch
Monday to Saturday 12 - 2.30pm

## Evening
Monday to Thursday 5.30 - 8.30pm
Friday and Saturday 5.30 - 9pm

## Sunday
Roasts 12 - 4pm, then sandwiches only until 7pm

Kitchen is closed on Monday evenings in winter (November to March).`,
    expect: { kind: 'create_article', title: 'Food serving times', contains: 'Kitchen is closed on Monday evenings in winter' },
  },
  {
    business: PUB,
    message: `Bringing your dog

Are dogs allowed in the rooms?
Yes, rooms 1, 2 and 7 are dog rooms. £15 per dog per stay, max 2 dogs.

Can dogs come in the bar?
Of course! We've got water bowls and biscuits behind the bar.

Can my dog be left alone in the room?
No sorry, dogs can't be left unattended in the rooms.

Are there good walks nearby?
Loads, the Tissington Trail is 10 minutes away. Ask at the bar for a map.

--
add that one, title is the first line`,
    expect: { kind: 'create_article', title: 'Bringing your dog', contains: '£15 per dog per stay' },
  },
  {
    business: PUB,
    message: `can the bot use this when people ask about arriving:

Check in is from 3pm, check out by 10.30am.
If you're arriving after 9pm please ring ahead so we can leave a key in the key safe.
- Parking: free car park behind the pub, 12 spaces
- Luggage: we're happy to hold bags before check in or after check out
- Early check in: sometimes possible, ask on the day

The front door is locked at 11.30pm, your room key opens it.`,
    expect: { kind: 'create_article', title: null, contains: 'leave a key in the key safe' },
  },
  {
    business: PUB,
    message: `Sunday roast - served 12 till 4, booking recommended, £17.95 for beef, £15.50 for the veggie wellington. Save that as 'Sunday Lunch'`,
    expect: { kind: 'create_article', title: 'Sunday Lunch', contains: 'veggie wellington' },
  },
  {
    business: PUB,
    message: `We've put 2 EV chargers in the car park, residents get them free overnight`,
    expect: { kind: 'add_fact', contains: 'EV chargers' },
  },
  {
    business: PUB,
    message: `Add to the Bringing your dog article that dogs aren't allowed in the restaurant area after 6pm`,
    expect: { kind: 'update_article', target: 'Bringing your dog', contains: 'restaurant area after 6pm' },
  },
  {
    business: PUB,
    message: `standard double midweek is £95 now, everything else the same`,
    expect: { kind: 'update_price', target: null, item: 'standard double midweek', price: '£95' },
  },
  {
    business: PUB,
    message: `In Sunday Lunch, the beef is £18.50 now (cost of beef gone mad)`,
    expect: { kind: 'update_price', target: 'Sunday Lunch', item: 'beef', price: '£18.50' },
  },
  {
    business: PUB,
    message: `Archive Quiz Night please, the landlord's stopped doing it`,
    expect: { kind: 'archive_article', target: 'Quiz Night' },
  },
  {
    business: PUB,
    message: `Group bookings over 10 people, private hire and anything about weddings -> Gareth (landlord)`,
    expect: { kind: 'add_escalation_rules', contains: ['Group bookings over 10 people', 'private hire', 'weddings'] },
  },
  {
    business: PUB,
    message: `if a guest says they've left something in their room after checking out can you pass it on to whoever's on the bar`,
    expect: { kind: 'add_escalation_rules', contains: ['left something in their room'] },
  },
  {
    business: PUB,
    message: `Anybody mentioning food poisoning or an allergic reaction after eating here, that's an immediate handover to a human, no exceptions`,
    expect: { kind: 'add_escalation_rules', contains: ['food poisoning', 'allergic reaction'] },
  },
  {
    business: PUB,
    message: `B&B and bed and breakfast are the same thing obviously, make sure the bot knows`,
    expect: { kind: 'add_synonyms', words: ['B&B', 'bed and breakfast'] },
  },
  {
    business: PUB,
    message: `never confirm a room booking in the chat, always send people to the booking link on the website instead`,
    expect: { kind: 'add_business_rule', contains: 'never confirm a room booking' },
  },
  {
    business: PUB,
    message: `give me a summary of how the assistant's been doing over the last 30 days`,
    expect: { kind: 'analytics', metric: 'summary', days: 30 },
  },

  // ───────────────────────────── Forge Fitness (gym) ─────────────────────────────
  {
    business: GYM,
    message: `Forge Fitness - independent 24/7 gym in Swindon. Strength focused: free weights, 6 squat racks, a few classes and PT. About 900 members.`,
    expect: { kind: 'set_context', contains: '24/7 gym in Swindon' },
  },
  {
    business: GYM,
    message: `Add this please, title "Membership options"

- Anytime (24/7 access): £32.99/month
- Off-peak (10am-4pm & after 8pm weekdays, all weekend): £22.99/month
- Student (with valid NUS card): £24.99/month
- 12 month paid upfront: £330
- Day pass: £8

No joining fee. Monthly memberships are rolling with 1 month notice to cancel.
Classes are included in all memberships except the day pass.`,
    expect: { kind: 'create_article', title: 'Membership options', contains: 'Off-peak (10am-4pm & after 8pm weekdays, all weekend)' },
  },
  {
    business: GYM,
    message: `# Class Timetable

## Monday
- 6.30am Strength Foundations
- 7pm Kettlebells

## Wednesday
- 6am Spin
- 7pm Olympic Lifting Club

## Friday
- 6.30am HIIT
- 6pm Mobility & Stretch

## Saturday
- 9am Bootcamp (outdoor, weather permitting)

Classes are max 12 people. Book through the app up to 7 days ahead.`,
    expect: { kind: 'create_article', title: 'Class Timetable', contains: 'Olympic Lifting Club' },
  },
  {
    business: GYM,
    message: `Freezing or cancelling your membership
Q: Can I freeze my membership?
A: Yes, for 1 to 3 months, once a year. It's £5 a month while frozen.
Q: How do I cancel?
A: Email the gym or tell the front desk. You need to give 1 month notice, and your last direct debit will be taken as normal.
Q: Can I cancel if I'm injured?
A: With a doctor's note we'll freeze it free of charge instead.
Q: Can I transfer my membership to a friend?
A: Only on the 12 month membership, there's a £20 admin fee.

that's from our website, can the assistant have it`,
    expect: { kind: 'create_article', title: 'Freezing or cancelling your membership', contains: "With a doctor's note" },
  },
  {
    business: GYM,
    message: `Inductions: every new member gets a free 45 min induction with a coach, booked through the app. Make that an article please`,
    expect: { kind: 'create_article', title: null, contains: 'free 45 min induction' },
  },
  {
    business: GYM,
    message: `guest passes - £8 day pass, and members can bring a friend free on Fridays. title: Guest passes`,
    expect: { kind: 'create_article', title: 'Guest passes', contains: 'bring a friend free on Fridays' },
  },
  {
    business: GYM,
    message: `Just so you know there's no sauna or pool, we get asked that loads`,
    expect: { kind: 'add_fact', contains: 'no sauna or pool' },
  },
  {
    business: GYM,
    message: `Staffed hours are 7am-9pm weekdays and 9-5 at weekends, outside that it's fob access only`,
    expect: { kind: 'add_fact', contains: 'Staffed hours are 7am-9pm weekdays' },
  },
  {
    business: GYM,
    message: `Update the Class Timetable article, Wednesday spin has moved to 6.30pm`,
    expect: { kind: 'update_article', target: 'Class Timetable', contains: '6.30pm' },
  },
  {
    business: GYM,
    message: `Off-peak membership is going up to £24.99 from next month`,
    expect: { kind: 'update_price', target: null, item: 'Off-peak membership', price: '£24.99' },
  },
  {
    business: GYM,
    message: `remove New Year Joining Offer, it ended on the 31st`,
    expect: { kind: 'archive_article', target: 'New Year Joining Offer' },
  },
  {
    business: GYM,
    message: `If someone's hurt themselves in the gym or reports a broken machine, ping the duty manager`,
    expect: { kind: 'add_escalation_rules', contains: ['hurt themselves', 'broken machine'] },
  },
  {
    business: GYM,
    message: `Anything about failed direct debits or being charged twice goes to Mel in accounts`,
    expect: { kind: 'add_escalation_rules', contains: ['failed direct debits', 'charged twice'] },
  },
  {
    business: GYM,
    message: `and if a member says they've lost their fob or someone's tailgating them in at night, that needs a human too`,
    expect: { kind: 'add_escalation_rules', contains: ['lost their fob', 'tailgating'] },
  },
  {
    business: GYM,
    message: `PT = personal training, same thing`,
    expect: { kind: 'add_synonyms', words: ['PT', 'personal training'] },
  },
  {
    business: GYM,
    message: `Don't give out anyone's membership details or say whether someone is a member, even if they say they're family`,
    expect: { kind: 'add_business_rule', contains: 'say whether someone is a member' },
  },
  {
    business: GYM,
    message: `how many thumbs up did we get this past week`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 },
  },

  // ───────────────────────────── Two Vans Removals ─────────────────────────────
  {
    business: REMOVALS,
    message: `We're Two Vans Removals, a small removals firm in Bristol. House moves, man and van jobs and a bit of storage. Me (Craig) and my brother run it with 3 lads.`,
    expect: { kind: 'set_context', contains: 'removals firm in Bristol' },
  },
  {
    business: REMOVALS,
    message: `Getting a quote

To give you an accurate price we need:
- Both addresses (including floor numbers and whether there's a lift)
- Your moving date, and if it's flexible
- A rough list of furniture, or photos of each room
- Anything awkward: sofa beds, American fridge freezers, garden sheds etc
- Whether you want us to pack or you're doing it yourself

We'll come back to you within 24 hours. Quotes are fixed price - no hidden extras on the day.

Please add that as an article called Getting a quote`,
    expect: { kind: 'create_article', title: 'Getting a quote', contains: 'Quotes are fixed price' },
  },
  {
    business: REMOVALS,
    message: `Packing service prices, pls add for the chatbot

# Packing service
## Full packing
We pack everything the day before the move.
- 1-2 bed flat: £220
- 3 bed house: £380
- 4 bed+: from £480

## Fragile pack only
Just the kitchen, glasses, pictures and ornaments - from £120

## Boxes
- Large box: £2.50
- Wardrobe box: £12 (hire)
- Roll of bubble wrap: £9`,
    expect: { kind: 'create_article', title: 'Packing service', contains: '3 bed house: £380' },
  },
  {
    business: REMOVALS,
    message: `Moving day checklist

## A week before
- Defrost the freezer
- Use up frozen food
- Book parking suspension if you live on a busy street

## The night before
- Pack a "first night" box: kettle, mugs, loo roll, phone chargers, bedding
- Take down curtains and pictures
- Keep passports, keys and documents with you, not in the van

## On the day
- Be ready from 8am
- Take meter readings
- Do a last walk round every room and cupboard

could u make this a help page`,
    expect: { kind: 'create_article', title: 'Moving day checklist', contains: 'Pack a "first night" box' },
  },
  {
    business: REMOVALS,
    message: `another one for the bot, dont need a title really:

Are my things insured?
Yes, we have goods in transit cover up to £50,000 per move.

What if something gets damaged?
Tell us within 7 days with photos and we'll sort it out.

Is anything not covered?
Items you've packed yourself aren't covered for breakages unless the box itself was damaged. Cash, jewellery and plants aren't covered.`,
    expect: { kind: 'create_article', title: null, contains: 'goods in transit cover up to £50,000' },
  },
  {
    business: REMOVALS,
    message: `Storage: we've got secure containers at our Avonmouth yard, £25 a week per container, minimum 4 weeks. Pls add as an article called Storage`,
    expect: { kind: 'create_article', title: 'Storage', contains: 'minimum 4 weeks' },
  },
  {
    business: REMOVALS,
    message: `We don't move pianos, we pass those onto a specialist`,
    expect: { kind: 'add_fact', contains: "don't move pianos" },
  },
  {
    business: REMOVALS,
    message: `we cover up to 100 miles from Bristol, further is by quote only`,
    expect: { kind: 'add_fact', contains: '100 miles from Bristol' },
  },
  {
    business: REMOVALS,
    message: `In 'Getting a quote' can you add that we do video surveys on WhatsApp too`,
    expect: { kind: 'update_article', target: 'Getting a quote', contains: 'video surveys on WhatsApp' },
  },
  {
    business: REMOVALS,
    message: `man and van hourly rate is £55 now, min 2 hours`,
    expect: { kind: 'update_price', target: null, item: 'man and van hourly rate', price: '£55' },
  },
  {
    business: REMOVALS,
    message: `take down the Student Move Special, uni term's over`,
    expect: { kind: 'archive_article', target: 'Student Move Special' },
  },
  {
    business: REMOVALS,
    message: `Archive "Covid moving guidance" - bit out of date lol`,
    expect: { kind: 'archive_article', target: 'Covid moving guidance' },
  },
  {
    business: REMOVALS,
    message: `If someone says something got broken or damaged during their move, straight to Craig`,
    expect: { kind: 'add_escalation_rules', contains: ['broken or damaged during their move'] },
  },
  {
    business: REMOVALS,
    message: `escalate anything about moves abroad / international pls, we sub that out`,
    expect: { kind: 'add_escalation_rules', contains: ['moves abroad'] },
  },
  {
    business: REMOVALS,
    message: `"man with a van" and "man and van" - same thing`,
    expect: { kind: 'add_synonyms', words: ['man with a van', 'man and van'] },
  },
  {
    business: REMOVALS,
    message: `Whats the number of conversations this last fortnight`,
    expect: { kind: 'analytics', metric: 'conversations', days: 14 },
  },

  // ───────────────────────────── Lightbox (photography studio) ─────────────────────────────
  {
    business: PHOTO,
    message: `Lightbox is a portrait photography studio in Norwich - newborns, families, headshots and pets. It's me (Amara) and one assistant, Zoe.`,
    expect: { kind: 'set_context', contains: 'portrait photography studio in Norwich' },
  },
  {
    business: PHOTO,
    message: `Session Prices

Session fee includes the shoot, your viewing appointment and one 8x10 print.

- Mini session (20 mins, 5 edited images): £85
- Family session (1 hour): £150
- Newborn session (up to 3 hours): £195
- Pet portraits (45 mins): £120
- Headshots (30 mins, 3 edited images): £95

Extra digital images: £25 each or £295 for the full gallery.
Frames and albums available at your viewing.

^^ can you pop this in as an article, same title`,
    expect: { kind: 'create_article', title: 'Session Prices', contains: 'Extra digital images: £25 each' },
  },
  {
    business: PHOTO,
    message: `# Newborn sessions

## When should we book?
Ideally while you're still pregnant! The best photos are taken when baby is 5 to 14 days old. We'll pencil you in around your due date and confirm once baby arrives.

## What should we bring?
- Spare nappies and wipes
- A feed for baby (we'll take breaks whenever they need)
- Anything special, like a blanket from grandma

## Is it safe?
Amara is trained in newborn safety and posing. We never force a pose and all "tricky" shots are composites.

The studio is kept at 25°C so baby is warm - wear layers!`,
    expect: { kind: 'create_article', title: 'Newborn sessions', contains: 'kept at 25°C' },
  },
  {
    business: PHOTO,
    message: `what to wear - for family shoots mostly. please add this:

- Stick to 2 or 3 colours that go together, soft neutrals work really well
- Avoid big logos, slogans and neon
- Plain is better than busy patterns
- Bring a change of outfit for little ones (accidents happen!)
- Dads - iron your shirt ;)

## Pets
Bring their favourite toy and treats. A lead is a must even if they're well behaved.`,
    expect: { kind: 'create_article', title: null, contains: 'Avoid big logos, slogans and neon' },
  },
  {
    business: PHOTO,
    message: `Digital files are delivered through an online gallery within 3 weeks and you choose your favourites from there. Add that — 'Getting your photos'`,
    expect: { kind: 'create_article', title: 'Getting your photos', contains: 'online gallery within 3 weeks' },
  },
  {
    business: PHOTO,
    message: `Make a new article called Corporate headshots: we'll come to your office and shoot the whole team, half day is £450 including 1 edited image per person`,
    expect: { kind: 'create_article', title: 'Corporate headshots', contains: 'half day is £450' },
  },
  {
    business: PHOTO,
    message: `The studio's on the first floor but there's a lift`,
    expect: { kind: 'add_fact', contains: "there's a lift" },
  },
  {
    business: PHOTO,
    message: `We don't do weddings (people ask all the time)`,
    expect: { kind: 'add_fact', contains: "don't do weddings" },
  },
  {
    business: PHOTO,
    message: `Can you update Newborn sessions so it says best booked between 6 and 12 days old, I've changed my mind on that`,
    expect: { kind: 'update_article', target: 'Newborn sessions', contains: 'between 6 and 12 days old' },
  },
  {
    business: PHOTO,
    message: `Getting your photos needs changing - gallery now comes within 2 weeks not 3`,
    expect: { kind: 'update_article', target: 'Getting your photos', contains: 'within 2 weeks' },
  },
  {
    business: PHOTO,
    message: `Mini session is now £95`,
    expect: { kind: 'update_price', target: null, item: 'Mini session', price: '£95' },
  },
  {
    business: PHOTO,
    message: `pls archive the Christmas Mini Sessions 2024 article`,
    expect: { kind: 'archive_article', target: 'Christmas Mini Sessions 2024' },
  },
  {
    business: PHOTO,
    message: `If anyone is unhappy with their photos or wants money back for a session, pass it to me`,
    expect: { kind: 'add_escalation_rules', contains: ['unhappy with their photos'] },
  },
  {
    business: PHOTO,
    message: `Any request to remove photos of their child from our website or Instagram - to me immediately, please`,
    expect: { kind: 'add_escalation_rules', contains: ['remove photos of their child'] },
  },
  {
    business: PHOTO,
    message: `I call them proofs, customers call them previews, same thing`,
    expect: { kind: 'add_synonyms', words: ['proofs', 'previews'] },
  },
  {
    business: PHOTO,
    message: `Never share the studio address until someone has actually booked, it's also my home`,
    expect: { kind: 'add_business_rule', contains: 'Never share the studio address' },
  },
  {
    business: PHOTO,
    message: `what proportion of chats ended up with me rather than the bot, past 7 days?`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 7 },
  },
];
