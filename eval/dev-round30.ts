/**
 * Round-30 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * 1. RIDING_ — Fernleigh Equestrian Centre (riding school & livery yard near Frome, Somerset)
 *    9 articles; 40 cases = 26 answerable, 10 unanswerable, 4 hand-over.
 *    Hand-over rules live in RIDING_ESCALATION_RULES (6 entries).
 * 2. TATTOO_ — Black Lantern Tattoo (private studio, Stokes Croft, Bristol)
 *    9 articles; 40 cases = 26 answerable, 10 unanswerable, 4 hand-over.
 *    TATTOO_ESCALATION_RULES is [] — all hand-over instructions are inside TATTOO_BUSINESS_RULES.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// 1. Riding stables / riding school
// ---------------------------------------------------------------------------

export const RIDING_CONTEXT: string = `Fernleigh Equestrian Centre – family-run riding school & livery yard, Ashcombe Lane, just outside Frome, Somerset.

We've been teaching riders of all ages since 1998 and we're BHS Approved. 22 school horses and ponies, a 40m x 20m indoor school, a floodlit outdoor arena and miles of off-road bridleways straight from the yard.

Opening hours
Tuesday – Sunday: 8am – 6pm (evening lessons until 8pm on Wednesdays & Thursdays)
Monday: closed to clients & visitors (horses' day off!)
Office phone: 01373 462 190, 9am – 4pm Tue–Sat
Email: bookings@fernleigh-ec.co.uk

Tone: friendly, warm and down to earth – we're a small yard, not a posh club. Plain English, go easy on the horsey jargon with beginners and parents. British spelling please.`;

export const RIDING_BUSINESS_RULES: string = `Notes for whoever's on the chat – from Claire

Hi, and thank you for helping out! A few things you need to know:

* Be friendly & encouraging – loads of our riders are nervous beginners or parents of little ones.
* NEVER confirm a booking or tell someone a slot is free. You can't see the diary. Send them to the online booking page or the office (01373 462 190, 9–4 Tue–Sat).
* Don't promise a particular horse or pony. We try to keep kids on their favourites but it depends on workload & whether the horse is sound.
* No vet advice and no medical advice. Ever.
* The weight limit is about the horses' welfare – no exceptions and don't hint that we might make one.
* Prices are what's on the price list. Don't invent deals or discounts that aren't written down.
* Bad weather – don't guess whether lessons are on. If we cancel we text everyone by 8am.
* Sign off with your first name only, no "Kind regards" etc.

The stuff that has to come to me or Jess is in the hand-over list. If in doubt, pass it on – I'd rather see it than not.`;

export const RIDING_ESCALATION_RULES: string[] = [
  'Any fall, accident or injury – rider or horse',
  'Complaints about an instructor, staff or a horse',
  'Refund or credit requests',
  'Livery – anyone wanting to view the yard or move a horse in',
  'Riders with a disability or medical condition (Claire assesses personally)',
  'Safeguarding / child welfare worries',
];

export const RIDING_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Lesson prices 2024/25',
    category: 'Prices',
    content: `LESSON PRICES (from 1st April)

| Lesson | Length | Price |
|---|---|---|
| Group lesson (max 4 riders) | 1 hr | £38 |
| Semi-private (2 riders) | 1 hr | £48 pp |
| Private | 30 mins | £35 |
| Private | 1 hr | £60 |
| Lead-rein (ages 4–6) | 30 mins | £24 |
| Own horse lesson (private) | 45 mins | £40 |

BLOCK BOOKINGS
- 5 x group lessons – £175 (use within 10 weeks)
- 10 x group lessons – £330 (use within 20 weeks)
Blocks are non-transferable & can't be split between riders.

ADULT BEGINNERS COURSE
6 weekly 1 hr lessons in small groups (max 3), Wed evenings 6.30pm – £210 for the whole course. New courses start Jan, April & Sept.

*All prices incl. VAT. Hat hire free.`,
  },
  {
    title: 'Hacking out',
    category: 'Prices',
    content: `Hacking at Fernleigh

Over 15 miles of bridleways & quiet lanes from the yard, incl. the Ashcombe Woods loop.

PRICES
1 hr hack .................. £45
2 hr hack .................. £75
Pub ride (Saturdays only, approx 3 hrs incl. stop) ..... £95 (food & drink not included)
Summer evening hack (June–Aug, Weds 7pm) ..... £50

WHO CAN HACK?
- You need to walk, trot & canter confidently off the lead. If we haven't met you we'll ask you to ride in the arena first (about 10 mins, no charge).
- 1 hr hacks: age 10+
- 2 hr hacks & pub ride: 16+
- Max 6 riders plus escort
- Beginner (walk only) hacks are available – 1 hour max – please say when booking

(We hack out in most weather but cancel for ice, high winds or thunder.)`,
  },
  {
    title: 'Rider requirements – age, weight & height',
    category: 'Before you ride',
    content: `AGE
Lead-rein lessons from 4 years old. Independent group lessons from 7 years old.
No upper age limit – our oldest regular is 79!

WEIGHT LIMIT
For the welfare of our horses the maximum rider weight is 15 stone (95kg) fully dressed. Lead-rein ponies: 6 stone max.
We may ask riders to step on the scales in the tack room – please don't be offended, everyone gets asked.

HEIGHT
Not really an issue, we've got horses from 11hh up to 17.2hh.

FITNESS
Riding is harder work than it looks! If you haven't done much exercise lately, start with a 30 min private rather than a full hour.`,
  },
  {
    title: 'What to wear',
    category: 'Before you ride',
    content: `What to wear for your lesson

MUST HAVE
• A riding hat to current standard (PAS 015, VG1 or ASTM F1163). Haven't got one? Borrow one of ours free of charge.
• Boots with a small heel – jodhpur boots, short riding boots or walking boots with a heel. NO trainers, wellies or chunky treads.
• Long trousers – jodhpurs are best, leggings fine, jeans will rub your knees.

RECOMMENDED
• Gloves (we sell basic pairs in the office, £6)
• Body protector – compulsory for under 16s when jumping or hacking. We have a few to lend.
• Layers!! The indoor school is freezing in January.

PLEASE DON'T
- wear dangly earrings or big rings
- wear loose scarves
- chew gum while riding`,
  },
  {
    title: 'Pony Days (school holidays)',
    category: 'Kids',
    content: `PONY DAYS 🐴

Running every school holiday (not bank hols). Perfect for horse-mad kids!

Ages: 7 – 14
Times: 9.30am – 3.30pm (drop-off from 9.15)
Price: £85 per child per day
Siblings: 10% off the 2nd child

What they'll do
- 2 x riding sessions (one lesson, one fun ride or gymkhana games)
- grooming, mucking out, tack cleaning
- stable management chat & pony quiz
- certificate to take home on the last day

Bring: packed lunch, water bottle, waterproof coat, spare clothes. NO nuts please (allergy on the yard).

Kids must ride independently in walk & trot – no lead-rein riders on Pony Days, sorry.
Summer dates usually sell out by May so book early!`,
  },
  {
    title: 'Livery',
    category: 'Livery',
    content: `Livery packages (prices per week)

DIY – £55/wk
Stable, grazing, use of arena & indoor school. Hay not incl.

Part livery – £120/wk
Turn out / bring in, mucking out, feeding (you supply feed), hay incl.

Full livery – £195/wk
Everything! Incl. exercise 3x a week, rugging, holding for farrier/vet.

Facilities: 12ft x 12ft rubber-matted stables, year-round turnout (restricted Nov–Mar on the wet paddocks), 60 x 30 floodlit arena, indoor school, horse walker, wash bay, heated tack room.

Notes
- 1 month notice period for all liveries
- Horses must be vaccinated (flu & tetanus) with an up-to-date passport
- There's currently a waiting list for all packages – email us to go on it`,
  },
  {
    title: 'Gift vouchers',
    category: 'Vouchers',
    content: `Gift vouchers

Give the gift of riding! Vouchers for any amount from £20, or for a specific lesson or hack.

- Valid for 12 months from date of purchase
- Use them for lessons, hacks & Pony Days (not livery)
- Posted in a card or emailed as a PDF – you choose at checkout
- Non-refundable, no cash alternative
- Expired? It can be extended once, by 3 months, for a £10 admin fee – ring the office

To redeem just quote the voucher code when you book.`,
  },
  {
    title: 'FAQs',
    category: 'General',
    content: `Frequently asked questions

Q: Can I stay and watch?
A: Yes! Parents & friends are welcome in the viewing gallery above the indoor school. For the outdoor arena please stay behind the fence.

Q: Is there parking?
A: Free parking in the main car park. Please don't block the gate to the top field – the tractor needs to get through.

Q: Can I bring my dog?
A: Sorry, no dogs on the yard at all, even on a lead.

Q: I'm really nervous – is riding for me?
A: Absolutely. Jess runs our Confidence Clinic (4 x 30 min privates, £130) and she's brilliant with nervous riders.

Q: Are there toilets?
A: Yes, next to the office. There's a drinks machine as well but no café.

Q: What if it rains?
A: Lessons go ahead in the indoor school.

Q: Do I need a taster first?
A: Not essential, but complete beginners usually start with a 30 min private so the instructor can see where you're at.`,
  },
  {
    title: 'Booking, cancellations & arriving late',
    category: 'Booking',
    content: `Booking & cancellation policy

HOW TO BOOK
Online via the booking page (24/7) or ring the office. Payment is taken when you book.

CANCELLING
- 48 hours' notice or more → full credit, use it within 3 months
- Less than 48 hours → charged in full (unless we can fill your space)
- No-shows → charged in full

IF WE CANCEL
(weather, lame horse, instructor off sick etc.) you get a full credit or refund, your choice. We'll text you by 8am on the day.

RUNNING LATE?
We can't extend your lesson – the horse is usually booked straight after.
First lesson? Please arrive 15 mins early to fill in the rider registration form.`,
  },
];

export const RIDING_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'hi how much is a group lesson for my 10yo? and how many kids are in each group', facts: ['£38', '4 riders'], escalate: false },
  { question: 'Me and my sister want to ride together, just the two of us with an instructor for an hour. What would that cost?', facts: ['£48'], escalate: false },
  { question: 'my little boy is 5, is there anything he can do & how much', facts: ['£24'], escalate: false },
  { question: "I'm 42 and have literally never sat on a horse. Do you do anything for adult beginners, and what night of the week is it?", facts: ['£210', '6.30pm'], escalate: false },
  { question: 'If I buy the block of 5 group lessons how long have I got to use them?', facts: ['10 weeks'], escalate: false },
  { question: 'price for a 2hr hack pls', facts: ['£75'], escalate: false },
  { question: 'Is the pub ride on sundays as well? and is lunch included in the price', facts: ['Saturday', 'not included'], escalate: false },
  { question: 'Do you do any rides in the evenings over the summer? How much?', facts: ['£50', '7pm'], escalate: false },
  { question: "I've only had about 4 lessons and can't canter yet, am I allowed to go on a hack?", facts: ['walk only'], escalate: false },
  { question: "whats the max weight for riders? I'm about 14 and a half stone", facts: ['15 stone'], escalate: false },
  { question: 'Am I too old to start riding at 68?', facts: ['no upper age limit'], escalate: false },
  { question: "I'm 6ft 4 - will you actually have a horse big enough for me??", facts: ['17.2hh'], escalate: false },
  { question: 'do i have to buy a riding hat before my first lesson or can i borrow one', facts: ['free'], escalate: false },
  { question: 'Can I wear my running trainers or do I need proper boots?', facts: ['heel'], escalate: false },
  { question: 'my daughter is 12 and going on her first hack next week, does she need a body protector?', facts: ['under 16'], escalate: false },
  { question: 'Can I bring my own horse over for a lesson with one of your instructors and what does it cost', facts: ['£40'], escalate: false },
  { question: 'What time do the pony days start and finish and do I need to send her with lunch?', facts: ['3.30pm', 'packed lunch'], escalate: false },
  { question: 'Booking both my girls onto a pony day in the summer hols, any discount for siblings?', facts: ['10%'], escalate: false },
  { question: 'Do the kids get anything to take home at the end of pony days?', facts: ['certificate'], escalate: false },
  { question: 'What do you charge for part livery, and does that include hay?', facts: ['£120', 'hay incl'], escalate: false },
  { question: 'If I keep my horse on livery with you how much notice do I have to give to leave?', facts: ['1 month'], escalate: false },
  { question: "My mum's gift voucher ran out a few weeks ago, is there any way we can still use it?", facts: ['£10'], escalate: false },
  { question: "it's my wife's birthday tomorrow, can you email a voucher instead of posting?", facts: ['PDF'], escalate: false },
  { question: 'can i bring my spaniel along while my daughter has her lesson, he is very well behaved', facts: ['no dogs'], escalate: false },
  { question: 'I rode a lot as a kid but now I get so anxious around horses. Is there anything to help get my confidence back?', facts: ['Confidence Clinic', '£130'], escalate: false },
  { question: 'how much notice do i need to give to cancel a lesson without being charged?', facts: ['48 hours'], escalate: false },
  // Unanswerable (10)
  { question: 'How much is a 90 minute hack?', unknown: true, escalate: false },
  { question: 'Can I buy a block of just 3 group lessons?', unknown: true, escalate: false },
  { question: 'Is full livery cheaper for a small pony than for a horse?', unknown: true, escalate: false },
  { question: "We're driving a horse down to Cornwall in July, could we stable him with you for one night on the way?", unknown: true, escalate: false },
  { question: 'Do you run training for the BHS Stage 2 exam?', unknown: true, escalate: false },
  { question: "Could we have my daughter's 8th birthday party at the stables?", unknown: true, escalate: false },
  { question: 'Do you do horse shares or part-loans on any of your ponies?', unknown: true, escalate: false },
  { question: 'do you teach western riding at all?', unknown: true, escalate: false },
  { question: 'Is there a bus from Frome station that gets anywhere near you?', unknown: true, escalate: false },
  { question: "I keep my horse at home just down the road - can I hire your arena for an hour on my own, no instructor?", unknown: true, escalate: false },
  // Hand-over (4)
  { question: 'My son came off during his lesson on Saturday and his wrist is still really swollen today. I want to know what happened.', escalate: true },
  { question: 'Honestly the instructor for our Sunday group spent half the lesson on her phone and barely said a word to the kids. Not good enough.', escalate: true },
  { question: "I paid for the adult beginners course but my work shifts have changed and I can't do the last 4 weeks - can I have the money back for those?", escalate: true },
  { question: "My daughter is autistic and has hypermobility, she's desperate to ride - would you be able to take her for lessons?", escalate: true },
];

// ---------------------------------------------------------------------------
// 2. Tattoo studio
// ---------------------------------------------------------------------------

export const TATTOO_CONTEXT: string = `Black Lantern Tattoo – private, appointment-led tattoo studio at 27 Stokes Croft, Bristol BS1 3PY.

3 resident artists + regular guest artists. Custom work, flash and cover-ups. Licensed by Bristol City Council.

Hours: Tue–Sat 11am–7pm. Closed Sun & Mon.
Walk-ins: Saturdays only, flash only, first come first served.
Get in touch: enquiry form on our website, Instagram DMs (@blacklanterntattoo) or email. We don't take bookings over the phone.

Voice: relaxed, friendly, a bit cheeky but always professional. Never judgy about anyone's ideas or their old tattoos.`;

export const TATTOO_BUSINESS_RULES: string = `CHAT NOTES – READ ME!! (Sam)

General
- Keep it chill & friendly. Emojis are fine, don't go mad.
- You can't book anyone in or see the diary. For bookings point people to the enquiry form on the website (best) or IG DMs.
- NEVER give a firm price for custom work. Give the min/hourly/day rates from the price guide and say the artist will quote once they've seen the idea, size & placement.
- Don't slag off other studios or other people's work, even if the customer does.
- Don't promise dates, or that an artist will definitely take a design on.
- Under 18s = flat no, even with a parent there. Don't get talked round.
- No medical advice. For aftercare stick to exactly what's in the aftercare guide.

GET ONE OF US – flag it & tell them someone from the studio will get back to them, don't try and sort it yourself:
-> anything that sounds like an infection or allergic reaction (hot, swelling/redness spreading, pus, fever, rash). If they feel properly unwell also tell them to call 111 or see a GP.
-> anyone unhappy with a finished tattoo or complaining about an artist
-> anyone asking for their deposit back or a refund – whatever the reason, even if it's a sad story
-> specific medical stuff that ISN'T covered in the Health article – meds, conditions, "is it ok if I've got X"
-> other artists asking about guest spots, and any press / brand collab messages`;

export const TATTOO_ESCALATION_RULES: string[] = [];

export const TATTOO_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Price guide',
    category: 'Prices',
    content: `PRICE GUIDE

Every tattoo is different so this is a guide – your artist confirms the price before starting.

Minimum charge ......... £70 (small simple pieces – a little heart, initials, a small flash piece)
Hourly rate ............ £110/hr (all resident artists)
Day session ............ £600 (approx 6 hours tattooing)
Flash .................. from £80 (price is on the sheet)
Cover-ups .............. hourly rate, free 15 min consultation first

Touch-ups
- FREE within 3 months of your appointment (if you've followed the aftercare)
- after 3 months charged at the minimum (£70)

Guest artists set their own prices – check their IG or ask us.

We take card & cash. No Amex sorry. No cheques (it's not 1995).`,
  },
  {
    title: 'Booking & deposits',
    category: 'Booking',
    content: `How booking works

1. Fill in the enquiry form on the website (idea, placement, rough size, reference pics, which artist)
2. Your artist replies within 7 days (usually sooner)
3. Pay your deposit to lock in the date

DEPOSITS
| Size of booking | Deposit |
|---|---|
| Under 3 hrs | £50 |
| 3 hrs + / day sessions | £100 |
| Multi-session (sleeves, back pieces) | £100 per session booked |

- Deposits come off the price of your final session
- Deposits are NON-REFUNDABLE
- Need to move your appointment? Give us 72 hours' notice and we'll move your deposit (once). Less than 72 hrs = deposit lost.

DESIGNS
Your artist draws your design before the day. We don't send designs out in advance (people kept taking them to other studios 🙃) – you'll see it on the day and we can tweak it then.`,
  },
  {
    title: 'Aftercare guide',
    category: 'Aftercare',
    content: `AFTERCARE

Got second skin (the clear film) on?
- Leave it on for 3-5 days. Fluid/ink collecting under it is normal.
- If it leaks or starts lifting, take it off early.
- Take it off in the shower under warm water, peel slowly.

After that:
- Wash 2-3x a day with unscented soap, pat dry with clean kitchen roll (not a towel)
- Thin layer of balm – we sell Hustle Butter in the studio (£12)
- DON'T pick or scratch!! Peeling & itching around day 5-10 is normal

AVOID
- swimming (pools, sea, hot tubs) for 2 weeks
- sunbeds & direct sun for 4 weeks
- tight clothes rubbing the area
- gym: light stuff ok after 48 hours, nothing that stretches or rubs the tattoo

Surface healing is usually 2-4 weeks, longer underneath.
Once healed, SPF 50 on it forever – keeps the lines crisp.`,
  },
  {
    title: 'Age & ID',
    category: 'Policies',
    content: `Age & ID

We only tattoo over 18s. It's the law (Tattooing of Minors Act 1969) and there are NO exceptions, even with a parent's permission.

Bring photo ID to every appointment if you look under 25. We accept:
✔ Passport
✔ Photo driving licence (full or provisional)
✔ PASS card (CitizenCard, Young Scot etc.)
✘ Student cards, work ID, bank cards, photos of ID on your phone

No ID = no tattoo, and the deposit is lost.

Under 18s can't come in with friends either, sorry (insurance).`,
  },
  {
    title: 'Preparing for your appointment',
    category: 'Before your appointment',
    content: `Before your appointment – checklist

☐ Eat a proper meal beforehand (seriously – people faint on an empty stomach)
☐ No alcohol for 24 hours before, it thins your blood
☐ Get a decent night's sleep
☐ Moisturise the area for a few days before, but not on the day
☐ Don't shave the area – we'll do it
☐ Wear something that gives easy access (e.g. shorts for a thigh piece)
☐ Long session? Bring snacks, a drink & something to do (headphones, Switch etc.)

Bringing someone? One guest max – the studio is small.

Numbing cream: ask your artist first. Some are fine with it, some aren't, and it has to be the right stuff applied at the right time.`,
  },
  {
    title: 'Health – when we can’t tattoo you',
    category: 'Policies',
    content: `Health stuff

We WON'T tattoo you if:
- you're pregnant or breastfeeding
- you're sunburnt on or near the area
- there's a rash, eczema flare, spots or broken skin where we're working
- you've had alcohol or drugs that day
- you're ill (cold, flu, covid) – message us and we'll move it, no penalty as long as you tell us before the appointment

Anything else (diabetes, epilepsy, blood thinners, heart conditions, keloid scarring, allergies etc.) – please DON'T just turn up. Message us first so your artist can talk it through.

Everyone fills in a consent form on the day.`,
  },
  {
    title: 'Our artists',
    category: 'Artists',
    content: `Meet the team

| Artist | Styles | Days in | Books |
|---|---|---|---|
| Sam (owner) | Traditional, neo-trad, bold colour | Tue–Fri | Closed for now – join the waiting list via the form |
| Mel | Fine line, botanical, small script | Wed–Sat | Open |
| Priya | Blackwork, dotwork, ornamental, mandalas | Tue, Thu, Sat | Open – big projects preferred |
| Kit (apprentice) | Flash & small pieces only | Sat | Open – apprentice min £50 |

Guest artists: usually 1–2 a month, always announced on Instagram first.

Can't decide? Tick "no preference" on the form and we'll match you up.`,
  },
  {
    title: 'Gift vouchers',
    category: 'Vouchers',
    content: `Gift vouchers 🎁

- From £50, then any amount you like
- Valid 12 months
- Physical card (collect from the studio) or e-voucher
- Can be used with any resident artist (not guest artists)
- Can go towards deposits
- Whoever gets it must be 18+ obviously!!
- Can't be swapped for cash`,
  },
  {
    title: 'FAQs',
    category: 'FAQ',
    content: `FAQs

Q. Do you do piercings?
A. No – tattoos only, sorry!

Q. Can I get my hands / neck / face done?
A. Hands & neck – only if you've already got a fair bit of tattoo work. Face – no, we don't do face tattoos.

Q. Does it hurt?
A. Yep, a bit. Ribs, feet & the inside of the elbow are the spiciest. Outer arm & thigh are usually the easiest for first timers.

Q. Do you do laser removal?
A. No. If you need an old piece lightened before a cover-up we can recommend somewhere.

Q. Can I bring my own design?
A. Of course – but your artist will redraw it so it works as a tattoo. We won't copy another artist's tattoo exactly.

Q. Walk-ins?
A. Saturdays only, from the flash wall, first come first served. Kit is usually in.`,
  },
];

export const TATTOO_CASES: EvalCase[] = [
  // Answerable (26)
  { question: 'what is the cheapest tattoo i can get? literally just want tiny initials on my wrist', facts: ['£70'], escalate: false },
  { question: 'how much do u charge per hour', facts: ['£110'], escalate: false },
  { question: "Thinking about a big thigh piece - do you do full day sittings and what's the cost?", facts: ['£600'], escalate: false },
  { question: 'Had a piece done with Mel about 6 weeks ago and a tiny bit of the line has dropped out. Will I have to pay to get it filled in?', facts: ['3 months'], escalate: false },
  { question: 'can i pay the balance with my amex card', facts: ['Amex'], escalate: false },
  { question: "How much is the deposit for something that'll take about 2 hours?", facts: ['£50'], escalate: false },
  { question: 'i need to move my appointment next week, how much notice do you need so i dont lose my deposit??', facts: ['72 hours'], escalate: false },
  { question: 'Could you send me the design a few days before so I can show my partner?', facts: ['on the day'], escalate: false },
  { question: "I sent the enquiry form yesterday, how long does it usually take for someone to get back to me?", facts: ['7 days'], escalate: false },
  { question: "I'm planning a half sleeve over 3 sittings - do I pay a deposit for each one or just once?", facts: ['£100'], escalate: false },
  { question: 'how long do i leave the clear plastic film on for', facts: ['5 days'], escalate: false },
  { question: "Going to Spain 10 days after my appointment, will I be ok to go in the pool with the new tattoo?", facts: ['2 weeks'], escalate: false },
  { question: 'what cream should I put on it once the film is off, and do you sell any?', facts: ['Hustle Butter', '£12'], escalate: false },
  { question: 'When can I go back to the gym after getting tattooed?', facts: ['48 hours'], escalate: false },
  { question: "I'm 17 but my mum is fine with it and will come with me to sign, can I get a small one?", facts: ['18'], escalate: false },
  { question: 'what ID do you take? would my student card or my provisional do', facts: ['student card', 'provisional'], escalate: false },
  { question: 'can i have a couple of pints before to calm my nerves lol', facts: ['24 hours'], escalate: false },
  { question: 'Can I bring my two mates with me for moral support?', facts: ['one guest'], escalate: false },
  { question: 'Is there anything I should do on the day, like eat beforehand?', facts: ['meal'], escalate: false },
  { question: "Ive come down with a cold and my appointment is thursday, should I still come in?", facts: ['no penalty'], escalate: false },
  { question: 'who does the fine line stuff and which days are they in?', facts: ['Mel', 'Wed'], escalate: false },
  { question: "Is Sam taking bookings at the moment? I love his traditional work", facts: ['waiting list'], escalate: false },
  { question: 'have you got an apprentice? looking for something small and a bit cheaper', facts: ['Kit', '£50'], escalate: false },
  { question: "My boyfriend got me a voucher - can I use it with one of the guest artists?", facts: ['resident'], escalate: false },
  { question: 'first tattoo!! where on the body hurts least?', facts: ['thigh'], escalate: false },
  { question: 'do you take walk ins or is it booking only', facts: ['Saturday'], escalate: false },
  // Unanswerable (10)
  { question: 'Are your inks vegan?', unknown: true, escalate: false },
  { question: 'What brand of ink do you use?', unknown: true, escalate: false },
  { question: 'is there anywhere to park near the studio?', unknown: true, escalate: false },
  { question: 'Do you do white ink tattoos?', unknown: true, escalate: false },
  { question: 'How much would you charge to touch up a tattoo I got done at a different studio?', unknown: true, escalate: false },
  { question: 'Do you do a student discount?', unknown: true, escalate: false },
  { question: 'do you sell tshirts or any merch?', unknown: true, escalate: false },
  { question: 'Do you do any deals for couples getting matching tattoos?', unknown: true, escalate: false },
  { question: 'Does anyone there do hand-poke / stick and poke tattoos?', unknown: true, escalate: false },
  { question: "Is the studio air conditioned? I've got a long session booked in July", unknown: true, escalate: false },
  // Hand-over (4)
  { question: "got my ribs done on saturday and now it's really hot to touch, the redness is spreading and there's yellow gunk coming out", escalate: true },
  { question: "I know it's short notice but I've lost my job and can't afford the tattoo any more - please could I have my £100 back, I really need it", escalate: true },
  { question: "Picked up my script piece last week and honestly the lettering isn't straight and the 'e' is all smudgy. Not what I paid for.", escalate: true },
  { question: "Hey! I'm a tattooer based in Manchester, touring the south in May - any chance of a couple of days working at yours?", escalate: true },
];
