/**
 * Held-out business written BEFORE round-7 changes and never tuned on: Keynote Pianos, a
 * fictional piano tuning, repair and lessons business in Harrogate (tunings, pitch raises,
 * repairs and restoration, piano care, lessons for children and adults, lesson terms). A trade
 * unlike the other eval businesses. Articles are written like a small business's help pages
 * (headings, lists, a price table, an FAQ, some plain paragraphs); the questions are paraphrased
 * the way customers ask, a few with typos. Ten of the 45 are plausible questions the pages do NOT
 * answer, sharing generic words with them ("discount", "pay", "lessons", "teach", "studio"), so
 * that the "don't know" figure means something. Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const KEYNOTE_CONTEXT =
  'Keynote Pianos is a small family business in Harrogate, North Yorkshire, run by a piano technician and two piano teachers. We tune, repair and restore acoustic pianos in homes, schools and churches across the Harrogate district, and give piano lessons for children and adults at our studio at 3 Station Parade or in pupils\' homes. Phone 01423 555 726, email hello@keynotepianos.co.uk.';

export const KEYNOTE_RULES = [
  'refund requests over £80',
  'always escalate if a piano has been damaged during one of our visits',
  'any safeguarding worry about a child in lessons, or a complaint about how a teacher behaved',
  "someone who thinks they've been charged twice or wants to dispute an invoice",
];

export const KEYNOTE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Tuning and repair prices',
    category: 'Tuning',
    content: `# Tuning and repair prices

Our prices are the same whether you're a family home, a school or a church. We're not VAT registered, so there's nothing to add on top.

| Service | Price |
|---|---|
| Standard tuning, upright piano | £85 |
| Standard tuning, grand piano | £100 |
| Pitch raise plus tuning | £120 |
| Replace a broken string | from £30 |
| Pre-purchase inspection | £60 |
| Concert or recording tuning (on the day) | £140 |

## What's included in a tuning

Every standard tuning includes:

- tuning all the strings to concert pitch (A440)
- a quick check of the action, hammers and pedals
- small adjustments, such as easing a slightly sticky key
- a short written note on the piano's condition, if you'd like one

## What's a pitch raise?

If a piano hasn't been tuned for a few years it will have drifted well below concert pitch. Bringing it back up in one go would put too much strain on the strings, so we do a rough first pass to raise the pitch and then a fine tuning straight after. That's why it's priced as a pitch raise plus tuning. We'll tell you before we start if your piano needs one.

## Travel

Visits within 15 miles of Harrogate have no travel charge. Beyond that, we add 45p per mile for the extra distance, counted from the 15-mile point there and back.`,
  },
  {
    title: 'Booking a tuning and what to expect',
    category: 'Tuning',
    content: `# Booking a tuning and what to expect

You can book a tuning by phone, by email or through the booking form on our website. We'll confirm the date and a two-hour arrival window by email.

## How often should my piano be tuned?

For most home pianos, twice a year is ideal - once after the heating goes on in autumn and once after it goes off in spring. A brand-new piano is still settling in, so we recommend four tunings in its first year.

## On the day

A standard tuning takes about 90 minutes, and a pitch raise plus tuning takes closer to 2 and a half hours. To help us:

- clear the top of the piano (photos, plants, ornaments)
- make sure there's room to stand at the keyboard and lift the lid
- keep the room as quiet as you can - no hoovering, TV or music, please
- put pets in another room if they're curious

You don't need to be in the same room, and lots of our customers leave us to it with a cup of tea.

## Paying

You can pay on the day by card or cash, or we'll email an invoice to pay by bank transfer within 14 days. Schools and churches can ask for an invoice to be sent to their finance office.

## Changing or cancelling

If you need to move your appointment, please give us at least 24 hours' notice. If we arrive and can't get in, or you cancel on the day, there's a £40 late cancellation fee to cover our time and travel.

## Reminders

We'll send you a reminder text 6 months after your tuning so you don't have to remember. If you'd rather not get reminders, just tell us.

## Schools, churches and venues

We look after pianos in primary and secondary schools, church halls, village halls and a few small concert venues across the district.

### Regular maintenance plans

Pianos in schools and halls get heavy use and big swings in temperature, especially when the heating goes off at weekends and in the holidays. We offer a simple maintenance plan: we visit on a fixed schedule (usually each term), tune every piano on site, and make small repairs as we go. You get one invoice each term, and we keep a record of every piano's condition so you can plan for bigger work.

### Tuning for a performance

For concerts, recitals and recordings, we can tune on the day of the event so the piano is at its best. This is our Concert or recording tuning. We'll need access to the piano at least 3 hours before the audience arrives, and ideally before any rehearsal with other instruments, so that everyone tunes to the piano.

### Access and timing

- Please tell us who will let us in and make sure they know we're coming.
- We need the room to be quiet while we work, so we avoid break times and assemblies in schools.
- If the piano is on a stage, please make sure the lighting is on.

### Purchase orders

If your school or organisation needs a purchase order number on the invoice, please give it to us when you book, as we can't change an invoice once it's been sent.`,
  },
  {
    title: 'Looking after your piano',
    category: 'Piano care',
    content: `# Looking after your piano

A piano is mostly wood, felt and steel, and all three react to the room around it. A little care between tunings keeps it sounding better for longer.

## Where to put it

- Keep it away from radiators, fires and underfloor heating.
- Don't put it in direct sunlight, which fades the finish and dries the wood.
- An inside wall is better than an outside wall, and well away from doors that let in draughts.

## Humidity

Pianos are happiest between 40% and 60% relative humidity. Very dry air, especially in winter with the central heating on, can crack the soundboard and loosen the tuning pins. If your house is very dry, a small room humidifier can help, and we can advise on the right one.

## Cleaning

Dust the case with a soft, dry microfibre cloth. For the keys, use a slightly damp cloth, wiping from the back of each key towards you, and dry them straight away. Never use spray polish on the keys or the case - it builds up and can damage older finishes.

## After a move

Moving a piano, even to another room, knocks it out of tune. Wait at least 3 weeks after a move before booking a tuning, so the piano has time to settle into its new surroundings. Tuning it any sooner is usually a waste of your money.

## Keep the lid down

Closing the keyboard lid when the piano isn't being played keeps dust off the keys and stops little fingers finding them at 6am.`,
  },
  {
    title: 'Repairs and restoration',
    category: 'Repairs',
    content: `# Repairs and restoration

Pianos have thousands of moving parts, and most problems are small and quick to fix.

## Common problems we fix

- **Sticking keys** - usually swollen wood or something dropped down between the keys.
- **Notes that don't play or keep sounding** - often a broken hammer spring or a damper that isn't lifting.
- **Squeaking or clunking pedals** - normally a worn felt or a loose rod.
- **Broken strings** - bass strings are made to order, so these take longer.
- **Buzzing** - often something loose inside the case, such as a coin or a pen.

Most minor repairs can be done at the same visit as a tuning, so if you've noticed anything odd, mention it when you book and we'll bring the right parts. A new bass string has to be made specially, and it usually takes around 2 weeks to come back from the string maker.

## Bigger jobs

Some work is too much to do in your home: replacing all the hammers, re-felting the action, or restoring an old case. For these we take the action (or sometimes the whole piano) back to our workshop. We'll always visit first and give you a written quotation, which is free and valid for 3 months.

## Full restoration

A full restoration of an older upright or grand is a big project. Full restoration usually takes 8 to 12 weeks, depending on the piano and on how long parts take to arrive. We'll keep you updated with photos as the work goes on.

## Is it worth it?

Honestly, not always. Many old pianos with iron frames and good soundboards are well worth restoring, but some would cost more to repair than a good second-hand instrument. We'll give you an honest answer before you spend anything.`,
  },
  {
    title: 'Piano lessons',
    category: 'Lessons',
    content: `# Piano lessons

We teach complete beginners, returners who haven't played since school, and more advanced pianists. Our two teachers both hold teaching diplomas and have been teaching for over 15 years between them.

## Who can learn?

Children can start from age 5, when they can usually recognise numbers and sit still for half an hour. There's no upper age limit - our oldest pupil started at 78. Adults are very welcome and are taught at their own pace, with or without exams.

## Lesson lengths and prices

- 30-minute lesson: £22
- 45-minute lesson: £30
- 60-minute lesson: £38

Beginners usually start with 30 minutes. Pupils working towards Grade 5 and above normally need 45 or 60 minutes.

## Where lessons happen

Lessons are at our studio at 3 Station Parade, Harrogate, which has a grand piano. We can also teach in your home within Harrogate for an extra £5 per lesson to cover travel, as long as you have an acoustic or a full-size digital piano with weighted keys.

## Trial lesson

Not sure if it's for you? Your first trial lesson is half price, with no commitment to carry on.

## Exams

We prepare pupils for ABRSM and Trinity exams from Grade 1 to Grade 8. Exams are entirely optional. Exam entry fees are paid to the exam board, not to us, and aren't included in our lesson prices.

## What to bring

A notebook, your music, and for children a parent who can help with practice at home for the first few months.`,
  },
  {
    title: 'Lesson terms and conditions',
    category: 'Lessons',
    content: `# Lesson terms and conditions

These terms apply to all pupils, children and adults.

## Terms and paying

Our teaching year follows the North Yorkshire school terms, with no lessons in the school holidays. Lesson fees are invoiced at the start of each term and are due within 14 days. Each term has between 10 and 12 lessons, and the invoice will show the exact number.

## Missed lessons

- If you cancel with at least 24 hours' notice, we'll try to find another slot that week. If we can't, the lesson is carried over to the end of term.
- Lessons cancelled by the pupil with less than 24 hours' notice are charged in full and can't be rearranged.
- If your teacher has to cancel, you'll be offered another time or the lesson will be taken off your next invoice.

## Stopping lessons

We ask for half a term's notice if you want to stop lessons, so we can offer the slot to someone on our waiting list. Please tell your teacher or email us.

## Practice

Progress depends on practice much more than on lessons. As a rough guide we suggest 10 to 15 minutes a day for young beginners, building up to 30 minutes or more for older pupils. Little and often works much better than one long session at the weekend.

## Photos and recordings

We sometimes record a short video of a pupil's piece so they can watch it back. We only ever do this with the pupil's (or a parent's) permission, and we never share recordings.`,
  },
  {
    title: 'Buying, moving and selling a piano',
    category: 'Pianos',
    content: `# Buying, moving and selling a piano

## Buying a second-hand piano

A cheap or free piano can be a lovely find, or an expensive mistake. Before you buy, we can come and look at it with you. A pre-purchase inspection costs £60 and includes checking the frame, soundboard, pins, action and hammers, and whether it can be tuned to concert pitch. You'll get a written report the same day.

## Moving a piano

We don't move pianos ourselves. An upright weighs between 200 and 300 kg, and it needs specialist movers with the right equipment and insurance. We're happy to recommend local piano movers we trust. Please don't try to move a piano up or down stairs without them.

## Digital pianos

We don't tune or repair digital pianos or keyboards - they don't have strings, so there's nothing to tune. If a digital piano develops a fault, contact the shop or manufacturer you bought it from.

## Selling or getting rid of a piano

We don't buy pianos, but if yours is in good order we can put a card on the noticeboard in our studio for free. Sadly, many very old pianos are worth very little. If yours can't be sold or given away, a piano mover can usually take it for recycling.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### Which areas do you cover?

We cover Harrogate, Knaresborough, Ripon, Wetherby and the villages in between. Further afield is fine too, with a travel charge (see Tuning and repair prices).

### Do you work on old pianos?

Yes, most of the pianos we tune are over 50 years old. Some very old pianos can't be brought up to concert pitch safely; if so, we'll tune them slightly lower so they still sound good.

### Can you tune our school's pianos in the holidays?

Yes, and it's often the best time, because the rooms are quiet. Book early for the summer holidays, as they fill up fast.

### How long is the waiting list for lessons?

It varies through the year. At the moment it's usually 4 to 6 weeks for a weekday after-school slot, and shorter for daytime slots for adults.

### How can I pay?

For tunings, by card or cash on the day, or by bank transfer. Lesson invoices can be paid by bank transfer or by card over the phone.

### My piano has a sticker saying "Do not tune below A440". What does that mean?

Nothing to worry about. It's a reminder that the piano was designed for modern concert pitch. We tune to A440 as standard anyway.

### Can I sit in and watch the tuning?

Absolutely. Lots of people find it fascinating, and we're happy to explain what we're doing - we'll just ask for quiet during the fine tuning.

### Do adults have to take exams?

No. Many of our adult pupils never take an exam and simply learn the music they enjoy. It's entirely up to you.

### Do you give gift vouchers?

Yes. We sell gift vouchers for a trial lesson or for a block of 4 lessons, and they're valid for 6 months.`,
  },
];

export const KEYNOTE_HELD_OUT: EvalCase[] = [
  // --- answerable ---
  {
    question: "how much do you charge to tune an upright? it's just a normal one in our front room",
    facts: ['£85'],
    escalate: false,
  },
  {
    question: "We've just inherited my nan's baby grand. What's the cost of getting a grand tuned?",
    facts: ['£100'],
    escalate: false,
  },
  {
    question: "Honestly I don't think our piano has been touched in about ten years and it sounds really flat compared to my daughter's keyboard. Is that a normal tuning or something else, and what's the price?",
    facts: ['£120'],
    escalate: false,
  },
  {
    question: "One of the low strings snapped while my son was practicing (loud bang!). Roughly what does it cost to get a new one on?",
    facts: ['£30'],
    escalate: false,
  },
  {
    question: 'We live out near Thirsk, about 25 miles from you. Do you charge for travel that far?',
    facts: ['45p per mile'],
    escalate: false,
  },
  {
    question: 'how long does a tuning take? I need to know if I can fit it in before the school run',
    facts: ['90 minutes'],
    escalate: false,
  },
  {
    question: "how many times a year should i be getting my piano tuned",
    facts: ['twice a year'],
    escalate: false,
  },
  {
    question: "Bought a brand new upright in January - does it need tuning more often than an old one?",
    facts: ['first year'],
    escalate: false,
  },
  {
    question: "Anything I should do to get the room ready before the tuner turns up?",
    facts: ['quiet'],
    escalate: false,
  },
  {
    question: "What happens if I need to cancel my tuning on the morning of the appointment? My kid is off sick",
    facts: ['£40'],
    escalate: false,
  },
  {
    question: "Is there a right level of humidty for a piano? Our house gets very dry in the winter",
    facts: ['40%', '60%'],
    escalate: false,
  },
  {
    question: "What's the best way to clean the keys? They're a bit grubby and I was going to use Pledge",
    facts: ['damp cloth'],
    escalate: false,
  },
  {
    question: "We're moving house next week and the piano is coming with us. When should I book it in for a tune afterwards?",
    facts: ['3 weeks'],
    escalate: false,
  },
  {
    question: 'A couple of keys are sticking down. Can you sort that when you come to do the tuning or is it a separate visit?',
    facts: ['same visit'],
    escalate: false,
  },
  {
    question: "We're thinking about getting grandad's old piano completely done up. How long would it be away for?",
    facts: ['8 to 12 weeks'],
    escalate: false,
  },
  {
    question: "Do you charge for giving a quote on a bigger repair job?",
    facts: ['free'],
    escalate: false,
  },
  {
    question: "what age can kids start lessons with you? my daughter is 4 and a half and mad about the piano",
    facts: ['age 5'],
    escalate: false,
  },
  {
    question: "I'm 62 and always wanted to learn, is it too late and how much is an hour lesson?",
    facts: ['£38'],
    escalate: false,
  },
  {
    question: "How much are half hour lessons for a complete beginner?",
    facts: ['£22'],
    escalate: false,
  },
  {
    question: "Would the teacher come to our house instead of us driving over? Is there a charge for that?",
    facts: ['£5'],
    escalate: false,
  },
  {
    question: "Can my son have a go first to see if he likes it before we sign up for a whole term?",
    facts: ['half price'],
    escalate: false,
  },
  {
    question: "Does the lesson fee cover the cost of the grade exams or is that on top?",
    facts: ['exam board'],
    escalate: false,
  },
  {
    question: "if we forget a lesson or cancel last minute do we still have to pay for it",
    facts: ['charged in full'],
    escalate: false,
  },
  {
    question: "Our son wants to give up piano after this term to do football instead :( how much notice do you need?",
    facts: ['half a term'],
    escalate: false,
  },
  {
    question: "My partner found an old piano on Facebook Marketplace for £150. Could you check it over before we buy it and what would that cost?",
    facts: ['£60'],
    escalate: false,
  },
  {
    question: "Can you move our piano from the lounge up to the spare room for us?",
    facts: ['piano movers'],
    escalate: false,
  },
  {
    question: "My Yamaha digital piano has a couple of dead keys, can you fix it?",
    facts: ['digital pianos'],
    escalate: false,
  },
  {
    question: "which towns do you cover for tunings? we're not in Harrogate itself",
    facts: ['Knaresborough', 'Wetherby'],
    escalate: false,
  },
  // --- unknown: the pages do not answer ---
  { question: 'Do you tune church organs as well as pianos?', unknown: true, escalate: false },
  { question: 'Is there a discount if two siblings have lessons?', unknown: true, escalate: false },
  { question: 'Can I pay my lesson invoice through PayPal?', unknown: true, escalate: false },
  { question: "Do your teachers teach jazz? I'm not interested in classical grades, I want to learn to play chords and improvise", unknown: true, escalate: false },
  { question: 'Do you offer lessons online over Zoom? We are moving to Scotland but want to keep the same teacher', unknown: true, escalate: false },
  { question: "Do you rent out pianos? We're not sure our daughter will stick with it so don't want to buy one yet", unknown: true, escalate: false },
  { question: 'Do you sell sheet music or piano stools at the studio?', unknown: true, escalate: false },
  { question: 'Do you teach singing too or is it just piano?', unknown: true, escalate: false },
  { question: "Is there anywhere to park near the studio when I drop my son off?", unknown: true, escalate: false },
  { question: 'Do your pupils get to perform in a concert or recital at the end of the year?', unknown: true, escalate: false },
  // --- escalate: matches a rule ---
  {
    question: "Your tuner came on Tuesday and put his heavy toolbag on the lid of our grand. There's now a long scratch right across the lacquer. Not happy.",
    escalate: true,
  },
  {
    question: "My daughter came home in tears and said her teacher grabbed her arm and shouted at her in last week's lesson. I don't feel comfortable sending her back.",
    escalate: true,
  },
  {
    question: "I paid £264 for the spring term up front but we're relocating for my job after only two lessons. Can I have the rest of the money back?",
    escalate: true,
  },
  {
    question: "Just looked at my bank statement and the £85 for Monday's tuning has come out of my account twice",
    escalate: true,
  },
  // --- escalate: explicit request for a person ---
  { question: 'Could I speak to the owner please?', escalate: true },
  { question: "I'd rather talk this through with a real person - can somebody give me a call?", escalate: true },
  { question: 'is there an actual person I can email or phone about this, not a bot', escalate: true },
];
