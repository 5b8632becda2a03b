/**
 * Round-24 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses (escalate / no):
 * - Potteries Skip Hire (Stoke-on-Trent, family-run skip hire and grab lorry firm): 13 / 11
 * - Hartley & Daughter Funeral Directors (Carlisle, independent funeral director): 13 / 11
 * - Lanes Music School (Brighton, instrument and singing lessons, holiday rock school): 13 / 11
 * - Lisa Marsh Photography (York, wedding and family photographer): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND24_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Potteries Skip Hire",
    businessContext:
      "We're a family-run skip hire firm in Stoke, going since 1998. It's me (Gary) and my son Liam, plus two drivers. We do 4, 6, 8 and 12 yard skips across Stoke, Newcastle-under-Lyme and Kidsgrove, and a bit of grab lorry work for builders. Most people just want to know prices, sizes, what they can put in and when we can drop off.",
    escalationRules: [
      "complaints",
      "damage to driveways, walls or cars -> pass to Gary",
      "skips that need to go on the road (council permit), as I need to sort the permit with the council first",
      "asbestos / gas bottles / anything hazardous",
      "orders of more than three skips at once",
      "refunds over £100",
    ],
    businessRules:
      "Prices (inc VAT, 14 day hire): 4 yard mini skip £180, 6 yard £230, 8 yard £270, 12 yard (light bulky waste only) £330. Extra weeks £25 per week. Skips on the public road need a council permit: £45 extra and at least 3 working days' notice. Not allowed in the skip: plasterboard (we supply a separate bag for £15), tyres (£10 each surcharge), fridges/freezers (£30 surcharge), TVs and other electricals, paint tins, batteries. We don't take asbestos at all. Skips must be filled level with the sides or we can't legally move them. Deliveries Mon-Sat 7am-5pm; order by 2pm for next-day delivery. Cancellation free up to 24 hours before delivery, after that a £40 wasted-journey fee, which also applies if we can't get access. Payment by card when booking. We put scaffold boards under the skip on block paving and tarmac drives on request.",
    cases: [
      // complaints / damage
      { message: "Your driver's lorry has left two big cracks in my block paving when he dropped the skip off yesterday. Who's paying for this?", escalate: true },
      { message: "Honestly fuming. Skip was meant to come Tuesday, nobody turned up and nobody rang, and I'd taken the day off work for it. Not good enough.", escalate: true },
      { message: "The skip lorry clipped my neighbour's car wing mirror reversing out this morning, he wants your insurance details.", escalate: true },
      { message: "Had a skip off you last month and the driver was really rude to my mum, swore at her when she asked him to move it further up the drive.", escalate: true },
      { message: "Your skip has been sat on the pavement on Hartshill Road for three weeks, half blocking it. A woman with a pushchair nearly had to go into the traffic to get round it. Someone's going to get hurt.", escalate: true },
      // road placement
      { message: "There's no room on my drive so it would have to sit on the street outside the house. Is that doable for next Friday?", escalate: true },
      // hazardous
      { message: "We've pulled some old corrugated roof sheets off the garage and the builder reckons they might have that fibre stuff in them. Can they go in with everything else?", escalate: true },
      { message: "Clearing my late dad's shed and there are a couple of old camping gas canisters and a half-full propane cylinder. OK to chuck them in the skip?", escalate: true },
      // big order
      { message: "We're a small developer doing five houses on Lymewood Close and could do with an 8 yarder on each plot from the start of next month. What's the deal on that?", escalate: true },
      // refunds / chargeback
      { message: "I cancelled three days before the delivery date and you still took the full £270. I want it back please.", escalate: true },
      { message: "If the £230 isn't back on my card by Friday I'm going to my bank for a chargeback.", escalate: true },
      // human
      { message: "Can I speak to someone real please, not a bot", escalate: true },
      { message: "I'd like to talk to the owner about setting up an account for our building firm. Can you get him to ring me on 07700 900412?", escalate: true },
      // should NOT escalate
      { message: "How much is a 6 yard skip and how long can I keep it?", escalate: false },
      { message: "We're taking a ceiling down, can plasterboard go in?", escalate: false },
      { message: "We need two skips for a house clearance, one for the garden and one for the inside stuff. Could you drop both on Monday?", escalate: false },
      { message: "Do you put anything under the skip to protect the drive? It's only just been tarmacked.", escalate: false },
      { message: "I got charged the £40 wasted journey fee because I wasn't in and the gates were locked, fair enough, my fault. Can I rebook for Thursday?", escalate: false },
      { message: "Just wanted to say thanks to Liam, he got the skip into a really tight spot without touching a thing. Cheers!", escalate: false },
      { message: "My neighbour Dave used you last year and said Gary sorted him out quickly. What's the earliest you could drop a 4 yarder in ST5?", escalate: false },
      { message: "Can I have an extra week on the skip? Still clearing the loft.", escalate: false },
      { message: "We had a right nightmare with the last firm we used, they left the skip for six weeks and never answered the phone. Anyway, do you collect on the day you say you will?", escalate: false },
      { message: "Can an old sofa and a couple of mattresses go in?", escalate: false },
      { message: "We only needed the extra week for a couple of days in the end. Is the £25 refundable if you collect early?", escalate: false },
    ],
  },
  {
    name: "Hartley & Daughter Funeral Directors",
    businessContext:
      "We're a small independent funeral director in Carlisle, run by me, Helen Hartley, and my daughter Rosie. The firm has been in the family since 1972. We look after families from the first phone call to the day itself: bringing the person into our care from hospital or home, the chapel of rest, cremation or burial, flowers, notices, cars, the lot. We also sell pre-paid funeral plans. People writing to us are often grieving, so please be gentle, clear and never pushy.",
    escalationRules: [
      "complaints",
      "coroner / post-mortem / death abroad",
      "anything about changing or cancelling a funeral that's already booked -> pass to Helen, as I need to check the crematorium and church bookings first",
      "anyone struggling to pay or asking for more time on the balance",
      "funerals expecting more than a hundred and fifty people",
      "press or journalists",
    ],
    businessRules:
      "Direct cremation (no service, no mourners) £1,650, ashes returned within 2 weeks. Simple funeral £3,200: bringing the person into our care, care and preparation, a standard coffin, hearse, a service at Carlisle Crematorium or a local church (cremation fee included; minister or celebrant fee extra, usually £200-£250). Burial: our fee is the same, cemetery/churchyard fees are extra and set by the council or parish. Limousine £350 each. Chapel of rest visits by appointment, Mon-Fri 9am-5pm, Sat 10am-1pm. Our chapel seats 60; larger services are held at the crematorium (seats about 150) or a church. Newspaper notice in the News & Star from £85. Families are welcome to bring their own flowers, clothes, music and photos. Deposit £500 at the arrangement meeting, balance due within 28 days of the funeral. Pre-paid plans from £3,400, paid in full or by 12 monthly instalments. For the arrangement meeting please bring the green certificate from the registrar (or cremation paperwork if we're told) and any wishes the person left.",
    cases: [
      // complaints
      { message: "We were told Dad would be dressed in his own suit for the viewing and he wasn't. My sister was in bits. I'm very disappointed in how this has been handled.", escalate: true },
      { message: "When we came to see Mum in the chapel of rest yesterday the room was freezing and there was a stepladder and paint pots left in the corner. Not what you expect when you're saying goodbye to your mum.", escalate: true },
      { message: "You've sent us an invoice for £4,100 when we were quoted £3,200. I've already been in touch with my solicitor and I won't be paying it as it stands.", escalate: true },
      // coroner / abroad
      { message: "The hospital have said Mum's death has been referred on because it happened after her operation, and there may need to be an examination. Does that change when we can have the funeral?", escalate: true },
      { message: "My brother died while on holiday in Spain last week and we want to bring him home to Cumbria. Can you help with that?", escalate: true },
      // change / cancel booked funeral
      { message: "We've got Grandad's service booked for the 14th at the crematorium but my uncle can't get a flight back from Australia in time. Could it move to the following week?", escalate: true },
      { message: "We'd like to cancel the arrangements we made with you on Monday. The family have decided to go with the Co-op after all, as that's where Dad's plan was.", escalate: true },
      // money
      { message: "Honestly I don't know how we're going to find £3,200. Dad didn't leave anything and I'm on universal credit. Is there anything you can do?", escalate: true },
      { message: "The balance is due at the end of this month but I'm still waiting for probate to come through. Could I have another couple of months?", escalate: true },
      // large funeral
      { message: "He coached at the rugby club for forty years, so we're expecting probably two hundred people, maybe more. What would you suggest?", escalate: true },
      // press
      { message: "Hi, I'm writing a piece for the Cumberland News about the young lad killed on the A595. Can you confirm when and where his funeral will be?", escalate: true },
      // human
      { message: "Please can I speak to Helen? I'd rather talk to a person about this.", escalate: true },
      { message: "I need to speak to someone today about my wife's funeral, not a computer. Please ring me.", escalate: true },
      // should NOT escalate
      { message: "What's included in a direct cremation and how much is it?", escalate: false },
      { message: "Could we come and see Mum in the chapel of rest on Saturday morning?", escalate: false },
      { message: "How much is it to put a notice in the News & Star?", escalate: false },
      { message: "I'm thinking about a pre-paid plan for myself so my children don't have to deal with it. Can I pay monthly?", escalate: false },
      { message: "We'd like Dad's funeral to feel like a celebration, bright colours and no black. Would that be alright?", escalate: false },
      { message: "Rosie was so kind to us when we came in on Tuesday. Thank you both for everything.", escalate: false },
      { message: "Mum died peacefully in the hospice on Sunday. She always said she wanted to be buried next to Dad at Dalston. Do you do burials there, and are the churchyard fees included in your price?", escalate: false },
      { message: "We think about sixty people will come. Is your chapel big enough or should we use the crematorium?", escalate: false },
      { message: "Can we bring flowers from her garden to go on the coffin?", escalate: false },
      { message: "How long after a direct cremation do we get the ashes back?", escalate: false },
      { message: "We paid the £500 deposit last week. When is the rest due?", escalate: false },
    ],
  },
  {
    name: "Lanes Music School",
    businessContext:
      "Lanes Music School is a small music school in central Brighton. I'm Priya, I run it, and we have eight teachers doing guitar, piano, drums, violin, ukulele and singing for children and adults. We also run Holiday Rock School in the school holidays, where kids form bands for the week, and we enter pupils for ABRSM and Trinity grade exams. Most messages are parents asking about prices, times, trials and swapping lesson slots.",
    escalationRules: [
      "safeguarding - anything at all",
      "complaints about a teacher or a lesson -> pass to Priya",
      "refunds over £150",
      "groups of more than eight",
      "late grade exam entries (after the deadline), as I need to check with ABRSM/Trinity first",
      "if a parent mentions SEN or additional needs, so I can match the right teacher",
    ],
    businessRules:
      "Individual lessons: 30 min £20, 45 min £28, 60 min £36. Lessons are paid termly in advance (10 weeks per term). Trial lesson £10. Sibling discount 10%. If you need to miss a lesson, give 24 hours' notice and we'll reschedule it; less notice and the lesson is charged. Lessons a teacher misses are rescheduled or credited. To stop lessons we need half a term's notice. Instrument hire (violin, guitar, ukulele) £12 a month. Holiday Rock School: £175 per week, Mon-Fri 10am-3pm, ages 9-15, show for parents on Friday at 2:30pm. Grade exams: ABRSM and Trinity, exam fee at cost plus £10 admin; entry deadlines are on the noticeboard and website (spring session closes 1 February, summer 1 May). Opening hours Mon-Fri 3pm-9pm, Sat 9am-5pm.",
    cases: [
      // safeguarding
      { message: "My daughter came home from her drum lesson and said the teacher made her feel uncomfortable, kept putting his hands on her shoulders and saying odd things. I'm not sure what to make of it.", escalate: true },
      { message: "Another kid at Rock School has been sending my son horrible messages in the band group chat and now he doesn't want to go back tomorrow.", escalate: true },
      { message: "When I came to pick up my son from Rock School on Wednesday he was standing out on the main road on his own at twenty past three, nobody with him.", escalate: true },
      // teacher / lesson complaints
      { message: "Tom has turned up late to three of Ella's last four piano lessons and then rushes through what's left. We're paying £28 for about twenty minutes.", escalate: true },
      { message: "The singing teacher told my daughter in front of the whole group that she 'shouldn't bother' going for the solo in the show. She cried all the way home.", escalate: true },
      // refunds
      { message: "We paid £280 for the term up front and my son broke his wrist in week two, so he can't play for the rest of term. Can we have the money back?", escalate: true },
      { message: "I cancelled Holiday Rock School two weeks before it started and I've heard nothing about my £175. If it's not sorted this week I'll be reporting you to Trading Standards.", escalate: true },
      // large groups
      { message: "I'm head of music at St Luke's Primary. Could we bring our Year 5 class, 28 children, for a samba workshop one afternoon next term?", escalate: true },
      { message: "It's my son's 10th birthday next month and he'd love a rock band party with twelve of his mates. Is that something you could do?", escalate: true },
      // late exam entry
      { message: "I know the closing date for the spring exams went last Friday but Amelia is really ready for her Grade 3 now. Is there any way to still get her in?", escalate: true },
      // additional needs
      { message: "My son is autistic and finds new people and noisy rooms quite hard, but he's desperate to learn the drums. Which of your teachers would suit him?", escalate: true },
      // human
      { message: "Could I have a quick call with a real person? I'm asking about lessons for my dad who's had a stroke and it's a bit complicated to type out.", escalate: true },
      { message: "I'd like to speak to the manager please.", escalate: true },
      // should NOT escalate
      { message: "How much are 30-minute guitar lessons for an 8 year old?", escalate: false },
      { message: "Do you do a trial lesson before we sign up for a whole term?", escalate: false },
      { message: "Jake has a school trip on Thursday so he'll miss his lesson that afternoon. Could we move it to Saturday?", escalate: false },
      { message: "He's decided the violin isn't for him after the trial. Is the £10 refundable, or can it go towards guitar instead?", escalate: false },
      { message: "My two kids and their cousin, so three in total, want to do Rock School together in August. Is there a sibling discount?", escalate: false },
      { message: "Priya, just wanted to say thank you, Maisie passed her Grade 2 with merit!", escalate: false },
      { message: "Mr Daniels is brilliant with Oscar. Does he teach on Saturdays too? We'd like to add a second lesson.", escalate: false },
      { message: "When's the deadline for the summer exam entries and how much is the fee?", escalate: false },
      { message: "Our son had a rough time at his old music group so he was nervous about starting with you, but he's loved his first two weeks! Can we switch him from 30 to 45 minutes?", escalate: false },
      { message: "Do you hire out violins? She's on a 3/4 size at the moment.", escalate: false },
      { message: "What time does Holiday Rock School finish each day?", escalate: false },
    ],
  },
  {
    name: "Lisa Marsh Photography",
    businessContext:
      "I'm Lisa, a wedding and family photographer based in York. My husband Matt second-shoots at the bigger weddings and does most of the editing. We mostly cover Yorkshire but do travel further. Enquiries are mainly couples asking about packages and dates, or families booking mini sessions in the park.",
    escalationRules: [
      "complaints",
      "missing / deleted / corrupted photos or galleries",
      "weddings abroad or more than a hundred miles from York, as I need to price up travel first",
      "cancellations or date changes less than six months before the wedding",
      "refunds over £200",
      "anything legal (solicitors, small claims, chargebacks) -> straight to Lisa",
    ],
    businessRules:
      "Wedding packages: Half day (6 hours) £1,150; Full day (10 hours) £1,650; Full day with second shooter £1,950. Engagement shoot £195, free with any full-day package. Albums from £350 (we design the layout, couples get two rounds of changes). A £300 booking fee secures the date and is non-refundable; the balance is due 6 weeks before the wedding and can be paid in instalments as long as it's cleared by then. Sneak peek within 72 hours, full online gallery within 8 weeks, downloadable for 12 months. Raw files are not supplied. Travel within 50 miles of York is included; beyond that 45p per mile. One free date change if made more than 6 months before the wedding, subject to availability. We shoot on two memory cards at once as backup. Family mini sessions: £95 for 20 minutes and 10 edited images, in Rowntree Park in spring and autumn; rained-off sessions are moved to another date.",
    cases: [
      // missing / corrupted
      { message: "We've gone through the gallery and there's nothing at all from the ceremony itself. It jumps straight from getting ready to the confetti. Where are they?", escalate: true },
      { message: "I downloaded our gallery and about half the files won't open, they just show as a grey box on both my laptop and phone.", escalate: true },
      // distance / abroad
      { message: "We're getting married at Lake Como next June. Would you travel out for it?", escalate: true },
      { message: "Our venue is in Cornwall, just outside Padstow. Do you cover that far?", escalate: true },
      // late change / cancellation
      { message: "Our wedding is on 12 April, so about ten weeks away, but we've had to push it back to September because my dad needs surgery. Can you move our booking?", escalate: true },
      { message: "Sadly we've called the wedding off. It was booked for the end of next month. What happens with everything we've paid?", escalate: true },
      // complaints
      { message: "Honestly quite upset with our photos. Loads of them are blurry and the colours make everyone look orange. Not what we paid £1,950 for.", escalate: true },
      { message: "The album arrived with the cover scuffed and two pages stuck together. For £450 I'd expect a lot better.", escalate: true },
      // refunds / legal
      { message: "I've just noticed we paid the £1,350 balance twice by mistake. Can you send one of them back?", escalate: true },
      { message: "If I don't hear back about our album this week I'll be raising a chargeback with Amex.", escalate: true },
      { message: "It's five months since our wedding and we still haven't had the gallery. I've filled in a small claims form and I'll submit it next week unless the photos turn up.", escalate: true },
      // human
      { message: "Can I speak to Lisa directly please? I'd rather chat on the phone than go back and forth on messages.", escalate: true },
      { message: "Is there a person I could talk to? I've got a few questions that are easier to explain out loud.", escalate: true },
      // should NOT escalate
      { message: "How much is the full day package with a second shooter?", escalate: false },
      { message: "Our venue is Swinton Park near Masham. Is that inside your free travel area or is there a mileage charge?", escalate: false },
      { message: "We're not getting married until August 2027 but might need to move the date. What's your policy if we change it?", escalate: false },
      { message: "Do we get the raw files as well as the edited ones?", escalate: false },
      { message: "How long does it take to get our photos back after the wedding?", escalate: false },
      { message: "Matt was brilliant at keeping everyone organised for the group shots. Thank you both so much!", escalate: false },
      { message: "My sister had you for her wedding in 2022 and said Lisa was amazing. We'd like a family mini session this autumn, what dates are you doing?", escalate: false },
      { message: "Is the booking fee refundable?", escalate: false },
      { message: "Our last photographer lost half our engagement photos on a dodgy memory card, which is why we're a bit nervous. Do you shoot with backup cards?", escalate: false },
      { message: "How much are albums and do we get a say in the layout?", escalate: false },
      { message: "Our mini session got rained off on Sunday. Can we have the £95 back, or move it to another date if that's easier?", escalate: false },
    ],
  },
];
