/**
 * DEV set written blind in round 23 (no look at the agent's source, tests, docs or other eval files).
 * Bounce & Burrow: a family-run children's soft-play centre and party venue in Leeds.
 * Cedar Physio & Sports Injury Clinic: an independent physiotherapy clinic in Jericho, Oxford.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */
import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------------------------
// Bounce & Burrow (soft play)
// ---------------------------------------------------------------------------------------------

export const SOFTPLAY_CONTEXT =
  "Bounce & Burrow is a family-run indoor soft-play centre and children's party venue at Unit 4, Millbrook Trading Estate, Harrogate Road, Leeds LS17 8BX. We're open Monday to Friday 9:30am to 5:30pm, and Saturday, Sunday and school holidays 9am to 6pm, with last entry one hour before closing. We're closed on Christmas Day and Boxing Day. Call us on 0113 496 0721 (answered during opening hours) or email hello@bounceandburrow.co.uk. Our three-level play frame has separate areas for babies, toddlers and children up to 11 years old.";

export const SOFTPLAY_RULES: string[] = [
  "Any accident or injury on the frame, even if it sounds minor - pass it to the duty manager, don't give medical advice",
  'Anyone wanting to change their party date with less than 7 days to go, or asking for their party deposit back',
  'safeguarding worries or a lost/missing child -> straight to a person, no exceptions',
  'Complaints about cleanliness or about one of the staff',
];

export const SOFTPLAY_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Open play prices',
    category: 'Prices',
    content: `## Open play prices

Open play sessions last **2 hours** from your booked start time. Adults go free with a paying child (up to two adults per family).

| Who | Off-peak (Mon–Fri, term time) | Peak (weekends & school holidays) |
|---|---|---|
| Babies under 12 months | £3.00 | £4.00 |
| Toddlers 1–3 years | £6.50 | £7.50 |
| Children 4–11 years | £8.50 | £9.95 |
| Adults | Free | Free |

### Good to know
- Peak sessions must be booked online in advance – they sell out most Saturdays.
- Off-peak walk-ins are welcome if we have space.
- Children aged 12 and over are not allowed on the play frame, sorry!
- Prices include unlimited squash refills for the children.`,
  },
  {
    title: 'Toddler Mornings',
    category: 'Sessions',
    content: `Toddler Mornings

Every Tuesday and Thursday during term time, 9:30am to 12 noon, we keep the whole ground floor just for little ones. Toddler Mornings are for under 4s only, so older brothers and sisters can't come along to these sessions.

Price: £5.50 per child, and that includes a hot drink for one grown-up.

What's on:
- Sensory corner with light-up tubes and soft blocks
- Bubble machine at 10:30am
- Singalong and story time at 11:15am with Auntie Bev

No need to book – just turn up. The big frame upstairs is closed during Toddler Mornings so it's nice and calm, and the café does a toast-and-fruit plate for the kids.`,
  },
  {
    title: 'Party packages',
    category: 'Parties',
    content: `PARTY PACKAGES 2024

Burrow Bash .... £14.50 per child (minimum 10 children)
1 hour of play followed by 45 minutes in a party room. Hot food box (nuggets, sausages or veggie bites with chips), squash and a slush.

Bounce Deluxe .... £18.95 per child (minimum 12 children)
Everything in the Burrow Bash plus a dedicated party host, a disco session on the frame, ice cream and a party bag for every child.

Exclusive Hire .... £395 (up to 40 children)
The whole centre to yourselves on a Saturday or Sunday evening, 6pm to 8pm. Food as Bounce Deluxe. Extra children £9 each.

A non-refundable deposit of £50 secures your date. Final numbers and food choices are needed 72 hours before the party.

Birthday cakes - cakes are welcome! Our team will light the candles and bring it out with a song. Please tell us if the cake contains nuts.

Free invitations can be downloaded from the link in your booking email.`,
  },
  {
    title: 'The Burrow Café & food policy',
    category: 'Café',
    content: `The Burrow Café
Open from opening time until 30 minutes before the centre closes. Everything is made fresh in our own kitchen.

Kids' lunch box .... £4.75 (sandwich, fruit pot, crisps or veg sticks, drink)
Cheese toastie .... £4.20
Jacket potato with one filling .... £6.25
Hot drinks .... from £2.20
Babyccino .... 80p

We can warm baby bottles and jars free of charge, just ask at the counter. Highchairs available. We're a cash-free site, card and contactless only.

Q: Can we bring our own food?
A: We don't allow outside food, apart from baby food, milk and food for children with an allergy or medical dietary need.

Q: Is the café nut-free?
A: We don't use nuts or peanuts as ingredients in anything we make, but some packaged snacks we sell are made in factories that handle nuts, so we can't promise a nut-free environment.

Q: Do you have gluten-free options?
A: Yes, gluten-free bread is available for all sandwiches and toasties.

Q: Where can I see allergen information?
A: Our full allergen folder is kept at the café counter.`,
  },
  {
    title: 'Play frame rules & supervision',
    category: 'Rules',
    content: `# Play frame rules

To keep everyone safe, please make sure your family follows these rules:

- **Socks must be worn** by everyone on the play frame – children and adults. Forgot yours? Grip socks are £1.50 a pair from reception.
- No shoes on the frame or in the ball pits. Shoe cubbies are by the entrance.
- Take off necklaces and sharp hair clips, and empty pockets.
- The baby area is for under 2s only.
- No climbing up the slides!
- Please keep children at home if they've been sick or had diarrhoea in the last 48 hours.

# Grown-ups & supervision

- Every child must be accompanied by an adult aged 16 or over who stays in the building for the whole visit. We do not accept drop-offs.
- One adult can supervise a maximum of 4 children.
- Grown-ups are very welcome on the frame, and we encourage it with under 5s.
- Adults visiting without children aren't admitted.
- Parents and carers are responsible for their children at all times, including in the café. Our staff keep an eye on the frame but can't supervise individual children.`,
  },
  {
    title: 'Calm Burrow – quiet SEN sessions',
    category: 'Sessions',
    content: `## Calm Burrow – quiet sessions

Calm Burrow is our relaxed session for children with additional needs, autism, sensory processing differences, or anyone who finds a busy play centre overwhelming.

**When:** the first Sunday of every month, 8am to 9:30am (before we open to everyone else)
**Price:** £5 per child. Parents, carers and support workers go free.
**Numbers:** limited to 25 children so there's plenty of space.

During Calm Burrow:
- the music is switched off and lighting is dimmed
- hand dryers are turned off
- the café serves hot drinks and toast only
- brothers and sisters are welcome to come too

Booking is essential through our website. No proof of diagnosis is ever needed. If your child needs a break, the sensory room next to reception is free to use.`,
  },
  {
    title: 'Burrow Pass membership',
    category: 'Memberships',
    content: `Q: What is the Burrow Pass?
A: Our monthly membership: unlimited off-peak open play for one child for £24.99 a month.

Q: Does it cover weekends?
A: Peak visits (weekends and school holidays) aren't included, but members pay just £3 per peak session.

Q: Any other perks?
A: Members get 10% off in the café and 10% off party packages.

Q: Is there a minimum term?
A: Yes, 3 months. After that you can cancel with one month's notice by emailing us.

Q: Can I add a second child?
A: Each additional child on the same pass is £18 a month.

Q: How do I use it?
A: Scan the QR code in your membership email at reception each visit.`,
  },
  {
    title: 'Booking, cancellations & changes',
    category: 'Bookings',
    content: `Booking & cancellations

Open play can be booked on our website up to 4 weeks ahead. You'll get a confirmation email to show at reception.

Open play cancellations: you can cancel or change your slot free of charge up to 24 hours before. Later than that we can't give a refund, but if your child is poorly just email us and we'll issue a credit note.

Parties: party bookings are taken up to 6 months in advance. You can move your party date once, free of charge, as long as you give at least 14 days' notice.

Running late? Your session still ends at the booked time, so we'd suggest arriving 10 minutes early to sort out socks, shoes and coats. Walk-ins at off-peak times don't need a booking at all.`,
  },
  {
    title: 'Parking & access',
    category: 'Visiting',
    content: `# Parking & getting here

**Car park:** free parking for 60 cars directly outside the entrance. On busy Saturdays please use the overflow car park at Millbrook Retail Park, a 3-minute walk away – it's free too.

**Blue Badge:** 4 disabled bays right next to the front door.

**By bus:** the number 36 stops on Harrogate Road, about 5 minutes' walk.

**Step-free:** the building is all on one level from the car park to the café, and there's an accessible toilet with a changing bench.

**Buggies:** leave prams and buggies in the buggy park inside the entrance (at your own risk).

**Bikes & scooters:** can be locked to the racks by the door.`,
  },
];

export const SOFTPLAY_DEV: EvalCase[] = [
  // Answerable (26)
  { question: "How much is it for my two kids to play on a weekday? They're 6 and 8 and it'd be during term time.", facts: ['£8.50'], escalate: false },
  { question: 'what does it cost for a 2 year old on a saturday', facts: ['£7.50'], escalate: false },
  { question: "Do I have to pay as well if I'm just there watching my kids?", facts: ['go free with a paying child'], escalate: false },
  { question: 'My eldest has just turned 12. Is she still allowed on the climbing frame with her little sister?', facts: ['12 and over'], escalate: false },
  { question: 'Which days are the toddler mornings on?', facts: ['Tuesday and Thursday'], escalate: false },
  { question: "I've got a 2yo and a 6yo, can the big one come along to the toddler session too?", facts: ['under 4s only'], escalate: false },
  { question: 'wat time is the bubble machine on at toddler morning', facts: ['10:30am'], escalate: false },
  { question: 'Who does the story time at the toddler mornings? My daughter keeps asking about her', facts: ['Auntie Bev'], escalate: false },
  { question: "My son's turning 5 in March and we're thinking of inviting about 15 friends. What's the cheapest party option per child?", facts: ['£14.50'], escalate: false },
  { question: 'Can I bring a birthday cake?', facts: ['cakes are welcome'], escalate: false },
  { question: 'How much do I need to pay up front to hold a party date?', facts: ['£50'], escalate: false },
  { question: 'When do I have to tell you how many children are definitely coming to the party?', facts: ['72 hours'], escalate: false },
  { question: "We'd love the whole place to ourselves for the twins' 7th. Is that something you do, and how much would it be?", facts: ['£395'], escalate: false },
  { question: 'does the cafe do a kids lunch and how much', facts: ['£4.75'], escalate: false },
  { question: 'Can I pay cash at the café?', facts: ['cash-free'], escalate: false },
  { question: 'My daughter has a severe peanut allergy. Is your café completely nut free?', facts: ['nut-free environment'], escalate: false },
  { question: 'My husband is coeliac - will he be able to get a sandwich in the café?', facts: ['gluten-free bread'], escalate: false },
  { question: 'forgot the kids socks, do u sell them there??', facts: ['£1.50'], escalate: false },
  { question: 'Can I drop my 9 year old and her friends off and pick them up in a couple of hours?', facts: ['do not accept drop-offs'], escalate: false },
  { question: 'My 15 year old wants to take her little brother in on her own during half term. Is she old enough?', facts: ['16 or over'], escalate: false },
  { question: "My son is autistic and weekends are far too loud for him. Do you do any quieter sessions, and when are they?", facts: ['first Sunday of every month'], escalate: false },
  { question: 'how much is the monthly membership', facts: ['£24.99'], escalate: false },
  { question: 'How long before my slot can I cancel and still get a refund?', facts: ['24 hours'], escalate: false },
  { question: "Where's best to park on a Saturday? The car park's always rammed", facts: ['Millbrook Retail Park'], escalate: false },
  { question: "My mum's in a wheelchair and wants to come and watch. Will she be able to get around ok?", facts: ['all on one level'], escalate: false },
  { question: 'wat time do u shut on sundays', facts: ['6pm'], escalate: false },

  // Unanswerable (10)
  { question: "What's actually in the party bags on the Bounce Deluxe package?", unknown: true, escalate: false },
  { question: "Can I put my Burrow Pass on hold while we're away for the summer?", unknown: true, escalate: false },
  { question: 'How long is the credit note valid for if we miss our session because my son is poorly?', unknown: true, escalate: false },
  { question: 'Is there an electric car charging point in your car park?', unknown: true, escalate: false },
  { question: 'How many adults can fit in the party room with the kids?', unknown: true, escalate: false },
  { question: 'Do you give a discount on open play for NHS staff or Blue Light card holders?', unknown: true, escalate: false },
  { question: 'Do you sell gift vouchers? Want to get one for my niece', unknown: true, escalate: false },
  { question: 'Are all your staff DBS checked?', unknown: true, escalate: false },
  { question: 'is there wifi for parents', unknown: true, escalate: false },
  { question: "Are you hiring at the moment? My daughter's looking for a weekend job.", unknown: true, escalate: false },

  // Escalations (4)
  { question: "My little boy came off the big slide awkwardly on Saturday and his wrist is still swollen - the GP thinks it might be a fracture. Nobody wrote anything down at the time. What happens now?", escalate: true },
  { question: "Half the class has come down with chickenpox. Can we move Ellie's party from this Saturday to sometime next month instead?", escalate: true },
  { question: "Please can I speak to an actual person? Happy for someone to ring me back.", escalate: true },
  { question: "Absolutely disgusted with our visit today. The ball pit was filthy, there was a dirty nappy left in the baby area and when I told the girl on reception she just shrugged. Never again!!", escalate: true },
];

// ---------------------------------------------------------------------------------------------
// Cedar Physio & Sports Injury Clinic
// ---------------------------------------------------------------------------------------------

export const PHYSIO_CONTEXT =
  "Cedar Physio & Sports Injury Clinic is an independent physiotherapy clinic at 27 Cedar Road, Jericho, Oxford OX2 6HQ, set up in 2011 by senior physiotherapist Helen Okafor. We're open Monday to Thursday 7:30am to 8pm, Friday 7:30am to 6pm and Saturday 8am to 1pm, and closed on Sundays and bank holidays. Call reception on 01865 512904 or email appointments@cedarphysio.co.uk - you can also book online 24 hours a day. We see adults and young people aged 12 and over. All our physiotherapists are registered with the HCPC.";

export const PHYSIO_RULES: string[] = [
  'If anyone mentions numbness between the legs, losing control of bladder or bowels, or chest pain - tell them to call 999 or 111 and flag it to a clinician straight away',
  'Any complaint about treatment or about one of the physios goes to Helen',
  'insurer refusing to pay, or someone disputing an invoice -> Lucy in the office',
  'Requests for copies of clinical notes / reports (solicitors, insurance claims etc)',
];

export const PHYSIO_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Appointment types & prices',
    category: 'Prices',
    content: `# Appointment types & prices

| Appointment | Length | Price |
|---|---|---|
| Initial assessment | 60 minutes | £75 |
| Follow-up treatment | 45 minutes | £58 |
| Short follow-up | 30 minutes | £45 |
| Acupuncture follow-up | 30 minutes | £48 |
| Shockwave therapy (per session) | 20 minutes | £60 |
| Running gait analysis | 75 minutes | £120 |

Prices apply from 1 April 2024. Payment is taken at the end of each appointment by card or contactless; we no longer accept cheques.

**Students** with a valid university card get £5 off follow-up appointments.

Gait analysis includes video treadmill analysis and a written report emailed to you within 5 working days.`,
  },
  {
    title: 'Your first appointment',
    category: 'New patients',
    content: `Q: What happens at my first appointment?
A: At your initial assessment your physio will ask about your injury and general health, examine how you move, explain what's going on and agree a treatment plan with you. Most people also get some hands-on treatment and a few exercises to start at home.

Q: What should I bring?
A: A list of any medication you take, plus any scan reports or letters from your GP or consultant.

Q: What should I wear?
A: Loose clothing so we can see and reach the area. Shorts for knee, hip, ankle or foot problems; a vest top or sports bra for neck and shoulder problems. We have a changing room if you're coming straight from work.

Q: Should I arrive early?
A: Please arrive 10 minutes early to fill in a short health questionnaire.

Q: Can someone come in with me?
A: Of course. Under 16s must be accompanied by a parent or guardian, and anyone can ask for a chaperone.

Q: How many sessions will I need?
A: It varies, but most people need between 3 and 6 sessions.`,
  },
  {
    title: 'Insurance & self-referral',
    category: 'Payment',
    content: `Do I need a GP referral?
No. You can book directly with us - self-referral is welcome. If you're claiming on private medical insurance, your insurer may ask for a GP referral, so check with them first.

Insurers we're registered with: Bupa, AXA Health, Aviva, Vitality and WPA.

Before your first appointment, please call your insurer to get an authorisation number, and bring your membership number too. We bill your insurer directly, but any excess on your policy is paid by you at the clinic.

Health cash plans (e.g. Simplyhealth, Medicash, Westfield Health): we don't bill these directly. Please pay us on the day and we'll email you a receipt so you can claim it back.

We're a private clinic and don't offer NHS-funded treatment.`,
  },
  {
    title: 'Cancellation policy',
    category: 'Bookings',
    content: `## Cancellations & missed appointments

We're a small clinic, and a late cancellation usually means someone in pain can't be seen. So:

- Please give **at least 24 hours' notice** if you need to cancel or move an appointment.
- Cancellations with less than 24 hours' notice are charged at **50% of the appointment fee**.
- If you don't turn up at all, the **full fee** is charged.
- Insurers won't pay cancellation charges, so these are always billed to you.

We send a reminder text 48 hours before every appointment. You can cancel by replying CANCEL to that text, or by phone or email.

We'll waive the charge once if there's a genuine emergency - just let us know.`,
  },
  {
    title: 'Sports massage',
    category: 'Treatments',
    content: `SPORTS MASSAGE

Sports massage 30 mins .... £42
Sports massage 45 mins .... £52
Sports massage 60 mins .... £65
Pre-event massage 15 mins .... £25
Pack of 5 x 45-minute massages .... £235

Massage is given by our two sports massage therapists. It's booked separately from physiotherapy and doesn't include an assessment or diagnosis, so if you have an injury that hasn't been looked at yet, please book an initial assessment with a physio first.

Great for: heavy training weeks, tight calves and hamstrings, recovery after a race, desk-job neck and shoulders.

Racing soon? Please avoid a deep massage in the 2 days before a race. A pre-event massage is lighter and fine on the day before.`,
  },
  {
    title: 'Clinical Pilates classes',
    category: 'Classes',
    content: `# Clinical Pilates

Small-group Pilates classes run by our physiotherapist **Anna Lindqvist**, with a maximum of 6 people per class so everyone is corrected and progressed properly.

## Timetable
- Monday 6:30pm – Beginners
- Wednesday 12:15pm – Lunchtime mixed level
- Saturday 9am – Intermediate

Classes last 55 minutes.

## Prices
- Block of 6 classes: £90 (use within 8 weeks)
- Drop-in class: £18, if there's space

## Before you join
New clients need a 30-minute one-to-one Pilates assessment (£40) before joining a class, so Anna can check for injuries and pick the right level. Current physio patients can skip this.

Mats, bands and balls are provided - just bring water and wear something comfortable. Missed classes in a block can't be carried over.`,
  },
  {
    title: 'Home visits',
    category: 'Treatments',
    content: `Home visits

If you can't easily get to the clinic - for example after an operation, with a long-term condition, or if you're older and less mobile - one of our physios can come to you.

Area covered: within 5 miles of the clinic, including Summertown, Headington, Botley, Kidlington and Iffley. If you're just outside this, ask us - we may be able to come for an extra travel charge.

Initial home visit (75 mins) .... £110
Follow-up home visit (45 mins) .... £85

Home visits run on Tuesday and Friday afternoons. Please make sure there's a bed or sofa we can use and a bit of space to move. The physio brings everything else, including a portable treatment couch if needed.

Payment by card on the day, or by bank transfer within 7 days.`,
  },
  {
    title: 'Online video appointments',
    category: 'Online',
    content: `Q: Do you offer online appointments?
A: Yes. Video appointments last 40 minutes and cost £50, with any of our physiotherapists.

Q: What are they good for?
A: Follow-ups, checking and progressing your exercises, advice on running or your desk set-up, and patients who've moved away or are travelling. They also work well for a first assessment of back or neck pain.

Q: How do I join?
A: You'll get a secure link by email when you book. It opens in your web browser, so there's nothing to download.

Q: What do I need?
A: A laptop or tablet on a steady surface (a phone will do at a push), a space about 2 metres long to move in, and clothes you can move in. Keep a chair and a towel nearby.

Q: Can my insurer pay?
A: Most insurers we work with cover video appointments, but check with them first.`,
  },
  {
    title: 'Finding us, parking & access',
    category: 'Visiting',
    content: `Finding us

We're at 27 Cedar Road, on the corner with Walton Street, two doors down from the Jericho Deli. Oxford railway station is a 15-minute walk.

Parking
We have 3 patient spaces behind the clinic, reached from Cedar Mews. Please reserve one when you book your appointment. Otherwise there's pay-and-display on Walton Street (max 2 hours), and Worcester Street car park is a 7-minute walk. Bike racks are at the front of the building.

Access
There's a step-free entrance at the side door - ring the bell and we'll come and open it. All treatment rooms are on the ground floor and we have an accessible toilet. The Pilates studio is on the first floor and is reached by stairs only.`,
  },
  {
    title: 'Meet our practitioners',
    category: 'About us',
    content: `# Our team

- **Helen Okafor** – Clinic Director and Senior Physiotherapist. Special interest in knee and hip injuries and runners. Qualified 2004.
- **James Whitfield** – Physiotherapist. Our shoulder and neck specialist, and formerly physio to a semi-pro rugby club. Works Monday to Thursday evenings.
- **Anna Lindqvist** – Physiotherapist and Pilates instructor. Back pain, pregnancy and postnatal rehab.
- **Sam Patel** – Physiotherapist with an MSc in Sports Medicine. Offers acupuncture and shockwave therapy.
- **Tom Bradley** – Sports Massage Therapist.
- **Priya Shah** – Sports Massage Therapist and qualified running coach.
- **Lucy Marsh** – Practice Manager (bookings, invoices and insurance).

You can ask for a particular practitioner when you book and we'll do our best to match you.`,
  },
];

export const PHYSIO_DEV: EvalCase[] = [
  // Answerable (26)
  { question: 'What do you charge for the very first session?', facts: ['£75'], escalate: false },
  { question: 'how much r the follow up sessions after that', facts: ['£58'], escalate: false },
  { question: "I'm a student at Brookes - do I get any money off?", facts: ['£5 off'], escalate: false },
  { question: "I'm training for my first marathon and my knees keep flaring up. Do you do anything where you look at how I run, and what does it cost?", facts: ['£120'], escalate: false },
  { question: 'How long should I set aside for my first visit?', facts: ['60 minutes'], escalate: false },
  { question: "It's my shoulder that's the problem - what should I wear?", facts: ['vest top or sports bra'], escalate: false },
  { question: 'What do I need to bring along the first time?', facts: ['list of any medication'], escalate: false },
  { question: "I'm bringing my 14 year old son who hurt his ankle at football. Do I need to come in with him?", facts: ['parent or guardian'], escalate: false },
  { question: 'Roughly how many appointments does it normally take to sort something out?', facts: ['between 3 and 6 sessions'], escalate: false },
  { question: 'Do I need to get my GP to refer me first?', facts: ['self-referral is welcome'], escalate: false },
  { question: 'My policy has a £100 excess. Who pays that, me or Aviva?', facts: ['paid by you at the clinic'], escalate: false },
  { question: "I've got a Simplyhealth cash plan through work. Will you claim from them for me?", facts: ['pay us on the day'], escalate: false },
  { question: 'Can I get physio with you on the NHS?', facts: ["don't offer NHS-funded treatment"], escalate: false },
  { question: "What happens if I have to cancel on the morning of my appointment?", facts: ['50% of the appointment fee'], escalate: false },
  { question: 'how do i cancel, can i just text back?', facts: ['replying CANCEL'], escalate: false },
  { question: 'hw much for an hour sports massage', facts: ['£65'], escalate: false },
  { question: 'Who are your massage therapists?', facts: ['Tom Bradley', 'Priya Shah'], escalate: false },
  { question: "I'm running the Oxford Half on Sunday and my legs feel tight. Is it OK to have a massage on the Saturday?", facts: ['fine on the day before'], escalate: false },
  { question: 'What time is the beginners Pilates?', facts: ['Monday 6:30pm'], escalate: false },
  { question: "I've never been to you before but I'd like to try Pilates. Can I just turn up to a class?", facts: ['one-to-one Pilates assessment'], escalate: false },
  { question: "My dad's just had a hip replacement and can't drive yet. He lives in Headington - could someone come to the house?", facts: ['within 5 miles'], escalate: false },
  { question: 'How much is it for the first home visit?', facts: ['£110'], escalate: false },
  { question: 'Do I have to install any app for the video appointment?', facts: ['nothing to download'], escalate: false },
  { question: 'Is there anywhere to park at the clinic itself?', facts: ['3 patient spaces'], escalate: false },
  { question: 'I use a wheelchair. How do I get in?', facts: ['side door'], escalate: false },
  { question: 'r u open saturdays', facts: ['8am to 1pm'], escalate: false },

  // Unanswerable (10)
  { question: "How much is the extra travel charge for a home visit if I'm just outside your area?", unknown: true, escalate: false },
  { question: 'Will Bupa pay for shockwave therapy at your clinic?', unknown: true, escalate: false },
  { question: 'Do you do a 90-minute sports massage, and how much is it?', unknown: true, escalate: false },
  { question: 'Which bus stops closest to the clinic?', unknown: true, escalate: false },
  { question: 'Does Helen do the home visits herself?', unknown: true, escalate: false },
  { question: 'Do your massage therapists come to races to do pre-event massage at the start line?', unknown: true, escalate: false },
  { question: 'Can I buy a sports massage gift voucher for my husband?', unknown: true, escalate: false },
  { question: 'Do you sell foam rollers or kinesiology tape?', unknown: true, escalate: false },
  { question: 'Do you treat jaw pain? I grind my teeth and my jaw clicks', unknown: true, escalate: false },
  { question: "Is there a waiting list at the moment, or can I be seen this week?", unknown: true, escalate: false },

  // Escalations (4)
  { question: "My back went on Tuesday and since yesterday I've got a weird tingling in my bum and inner thighs, and I'm struggling to wee properly. Should I just book the next free slot?", escalate: true },
  { question: "Bupa have just written to say they won't cover my last four sessions and now I've got a bill from you for £232. I was told everything was authorised - I'm not paying this.", escalate: true },
  { question: "Could I speak to someone at reception please? I'd rather explain it over the phone.", escalate: true },
  { question: "I came in for my knee and the physio spent half the session on his phone. My knee is worse than before and I've been charged full price. Absolutely unacceptable and I want this sorted today.", escalate: true },
];
