/**
 * HELD-OUT business, written blind (without reading the agent's code, tests or docs) before the
 * round-14 changes. This set must NEVER be tuned on: use it only to measure.
 * Stillwater Sports & Remedial Massage is a small independent clinic above a bike shop in
 * Hebden Bridge, with four therapists, treatment-room appointments and mobile visits around
 * Calderdale. The ten articles cover treatments and prices (with add-ons and concessions),
 * opening hours and how to book, mobile massage, packages and the monthly membership, the
 * cancellation and late-arrival policy, gift vouchers, the health questionnaire (medical questions
 * form) and when a GP note is needed, the therapists, what to expect at a first appointment, and
 * a general FAQ (insurance, children, products on sale, bank holidays, the loyalty discount).
 * 51 questions: 36 answerable, 12 unanswerable, 3 escalations.
 */
import type { EvalCase } from './cases.ts';

export const STILLWATER_CONTEXT =
  'Stillwater Sports & Remedial Massage, Unit 4 Millrace Yard, Hebden Bridge, West Yorkshire HX7 8AD. Phone 01422 845 902, email book@stillwatermassage.co.uk. An independent sports and remedial massage clinic with two treatment rooms and mobile visits across Calderdale.';

export const STILLWATER_RULES: string[] = [
  "If anyone mentions chest pain, a possible blood clot / DVT (hot swollen calf etc), or a fresh injury that's badly swollen or they can't put weight on - DON'T give advice, pass it to a therapist.",
  'Any complaint about a therapist or a treatment goes to Rachel.',
  "Anything inappropriate or sexual, or asking for 'extras' - hand over straight away, don't reply to it.",
  'Refund requests for packages or gift vouchers - pass to a person.',
  'Sports clubs, businesses or events wanting team/group bookings - pass to me.',
];

export const STILLWATER_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Treatments & Prices',
    category: 'Treatments',
    content: `# Treatments & Prices

All treatments are carried out by qualified, fully insured therapists (Level 4 or above in Sports Massage Therapy).

## Clinic prices (Millrace Yard)

| Treatment | 30 min | 45 min | 60 min | 90 min |
|---|---|---|---|---|
| Sports Massage | £38 | £48 | £58 | £82 |
| Remedial / Deep Tissue Massage | £40 | £50 | £60 | £85 |
| Relaxation Massage | - | £45 | £55 | £78 |
| Pregnancy Massage (from 14 weeks) | - | £50 | £60 | - |

## Add-ons
- Cupping - £10
- Kinesiology taping - £8 (tape included)
- Hot stones on the back - £12

## Other treatments
- Pre-event massage (20 minutes) - £25
- Post-event recovery massage (30 minutes) - £32
- Injury assessment with treatment (first visit, 60 minutes) - £65

## Concessions
Students, NHS staff and over 65s get £5 off any 60 or 90-minute treatment on weekdays before 3pm. Please bring ID to your appointment.

## Which treatment should I book?
Not sure? A 60-minute Sports Massage suits most people, whether you run, cycle, climb or just sit at a desk all day. If you have a specific niggle, pain or injury, book the Injury assessment so your therapist has time to assess the problem as well as treat it. Deep tissue work is included in our Remedial Massage - you don't need to book it separately.`,
  },
  {
    title: 'Booking & Opening Hours',
    category: 'Booking',
    content: `# Booking & Opening Hours

## Clinic hours

| Day | Hours |
|---|---|
| Monday | 9am - 8pm |
| Tuesday | 9am - 8pm |
| Wednesday | 12pm - 8pm |
| Thursday | 9am - 8pm |
| Friday | 9am - 5pm |
| Saturday | 8am - 2pm |
| Sunday | Closed |

The last appointment of the day starts 1 hour before closing.

## How to book
- **Online:** book 24/7 at stillwatermassage.co.uk/book - you'll see live availability for each therapist.
- **Phone:** 01422 845 902 (answered 9am - 5pm, Monday to Friday; leave a message at other times).
- **Text or WhatsApp:** 07812 330 571.

We ask for card details when you book online, but you pay on the day by card, cash or bank transfer. Package sessions are booked the same way - choose "package session" at checkout.

## Booking for someone else
You can book for a partner or friend, but they must fill in their own health questionnaire.

## Waiting list
If your preferred time is full, join the waiting list on the booking page. We'll text you if a slot opens up - the first person to reply gets it.

## Young athletes
We treat young people aged 12-15 with a parent or guardian in the room. We don't treat children under 12.`,
  },
  {
    title: 'Mobile Massage',
    category: 'Mobile Visits',
    content: `# Mobile Massage

Can't get to us? One of our therapists can bring a portable couch and everything needed to your home.

## Where we cover
We visit homes within 12 miles of Hebden Bridge, including Todmorden, Mytholmroyd, Halifax, Sowerby Bridge and Heptonstall.

## Prices

| Treatment | 60 min | 90 min |
|---|---|---|
| Sports or Remedial Massage | £75 | £105 |
| Relaxation Massage | £70 | £98 |

There is a minimum booking of 60 minutes for mobile visits. A second person at the same address can book a back-to-back 60-minute treatment for £60.

## When
Mobile visits are available on Monday, Thursday and Friday evenings (5pm - 9pm) and Sunday mornings (9am - 1pm).

## What we need from you
- A clear floor space of about 2.5m x 1.5m for the couch
- A parking space near your door (the couch weighs 14kg)
- A warm room - we bring towels, oils and music

## Cancellations
Mobile visits must be cancelled at least 48 hours before the appointment. Later than that, the full fee is charged, as your therapist will have turned down other work.

## Safety
For everyone's safety, new clients booking a home visit must have had at least one appointment at the clinic first, or have another adult present at the address during the visit.`,
  },
  {
    title: 'Packages & Memberships',
    category: 'Packages',
    content: `# Packages & Memberships

Regular massage is the best way to stay on top of training niggles. Save with a package or a monthly membership.

## Packages

| Package | Price | Saving |
|---|---|---|
| 3 x 60-minute sessions | £159 | £15 |
| 5 x 60-minute sessions | £255 | £35 |
| 10 x 60-minute sessions | £490 | £90 |

- Packages can be used for Sports, Remedial or Relaxation Massage.
- 3 and 5-session packages expire 6 months from purchase; 10-session packages expire after 12 months.
- A package can be shared by up to 2 people living at the same address.
- Package sessions are for clinic appointments. To use one for a mobile visit, pay a £15 top-up per session.

## Monthly membership - "Stillwater Regular"
- £52 a month for one 60-minute massage every month
- 10% off any extra treatments and add-ons
- An unused session rolls over for 1 month only
- Minimum term of 3 months, then cancel any time with one month's notice

## Missed package sessions
If you miss an appointment or cancel late, one session is deducted from your package.

## Freezing a package
Injured, pregnant or going away? We can freeze your package for up to 3 months, once - just email us before it expires.`,
  },
  {
    title: 'Cancellations, Rescheduling & Late Arrivals',
    category: 'Policies',
    content: `# Cancellations, Rescheduling & Late Arrivals

We're a small clinic, and a missed appointment usually means a therapist sits idle and someone on the waiting list misses out. Thank you for giving us as much notice as you can.

## Clinic appointments
- **24 hours or more notice:** cancel or move your appointment free of charge.
- **Less than 24 hours' notice:** 50% of the treatment price is charged.
- **No-show (no contact at all):** 100% of the treatment price is charged.

## Mobile visits
Cancel at least 48 hours before - otherwise the full fee is charged.

## How to cancel
Use the link in your confirmation email, text 07812 330 571, or call 01422 845 902. Voicemails and texts are time-stamped, so leaving a message counts as notice.

## Running late?
Please let us know. We'll still treat you, but your session will finish at the original time so the next client isn't kept waiting, and the full price applies. If you are more than 20 minutes late for a 30 or 45-minute appointment, we may have to treat it as a missed appointment.

## Illness
If you wake up with a cold, flu, COVID or a sickness bug, please don't come in. We waive the late cancellation fee for illness once every 12 months.

## Bad weather
If snow or flooding closes the A646, we'll contact you to rearrange at no charge.`,
  },
  {
    title: 'Gift Vouchers',
    category: 'Gift Vouchers',
    content: `# Gift Vouchers

Treat a runner, a tired new parent or a stressed-out colleague.

## Types of voucher
- **Treatment vouchers** for a specific massage, e.g. "60-minute Sports Massage".
- **Money vouchers** in any amount from £20.
- Vouchers for 3 or 5-session packages are also available.

## Buying
- Online at stillwatermassage.co.uk/gift - choose an e-voucher (emailed instantly as a PDF) or a printed card in a linen envelope, posted first class for £2.
- In person at the clinic reception.

## Validity
Gift vouchers are valid for 12 months from the date of purchase. We can extend an expired voucher once, by 3 months, for a £10 admin fee, as long as it expired less than 6 months ago.

## Redeeming
- Book online and enter the voucher code at checkout, or quote the code by phone.
- Treatment vouchers cover the full treatment even if our prices go up.
- Money vouchers can be spent over more than one visit, and can also be used for mobile massage and add-ons.
- Treatment vouchers can be upgraded to a longer treatment - just pay the difference on the day.

## Good to know
- Vouchers can't be exchanged for cash.
- Our usual cancellation policy applies: if a treatment voucher booking is cancelled late, the voucher counts as used.
- The person receiving the voucher will need to fill in a health questionnaire before their first visit.`,
  },
  {
    title: 'Your Health Questionnaire',
    category: 'Health & Safety',
    content: `# Your Health Questionnaire

Before your first treatment, every client must complete our confidential health questionnaire. It helps your therapist make sure massage is safe for you and plan the best treatment.

## When and how
- You'll get a link by email when you book. Please complete it at least 24 hours before your appointment.
- It takes about 10 minutes.
- If it isn't done, you'll need to fill in a paper form when you arrive, and this comes out of your treatment time.
- Returning clients: we'll ask you to update it every 12 months, or sooner if anything changes (new medication, injury, pregnancy or surgery).

## What we ask about
- Current injuries and where it hurts
- Medical conditions (for example high blood pressure, diabetes, epilepsy or heart conditions)
- Medication, including blood thinners
- Recent surgery, fractures or scans
- Pregnancy
- Your sport or activity, and your goals

## When we need a note from your GP
We'll ask for written consent from your GP or consultant before treating you if you:
- are currently receiving treatment for cancer
- have had surgery in the last 8 weeks
- have uncontrolled high blood pressure
- have been diagnosed with a blood clotting disorder

## Your data
Your answers are stored securely in our clinic system (Cliniko) and are only seen by your therapist and the clinic manager. We keep records for 8 years after your last appointment, as our insurers require. You can ask for a copy at any time.`,
  },
  {
    title: 'Meet the Team',
    category: 'Therapists',
    content: `# Meet the Team

**Rachel Moorhouse - Clinic owner, Sports & Remedial Therapist**
Rachel founded Stillwater in 2014 after 10 years as a physiotherapy assistant. A fell runner herself, she specialises in running injuries, plantar fasciitis and IT band problems. Works Monday, Tuesday and Thursday.

**Dev Kapoor - Sports Massage Therapist**
Dev is a former semi-professional rugby player and looks after the players at Hebden Bridge RUFC. He loves deep tissue work and is our cupping specialist. Works Tuesday, Wednesday, Friday and Saturday.

**Alison Greenwood - Remedial & Pregnancy Massage Therapist**
Alison is our pregnancy massage specialist and the therapist to see for desk-related neck and shoulder pain. She also does most of our mobile visits. Works Monday, Thursday and Friday, plus Sunday mornings for home visits.

**Tom Ashworth - Graduate Sports Massage Therapist**
Tom graduated in 2023 and works Saturday mornings and Wednesday evenings. His 60-minute sessions are £45 while he builds up his client list (no other discounts apply).

## Choosing a therapist
You can pick a therapist when you book online. If you'd prefer a male or female therapist, just choose accordingly - Dev and Tom are male, Rachel and Alison are female.

## Qualifications and insurance
All of our therapists hold a Level 4 or higher qualification in sports massage, are members of the Sports Massage Association (SMA) and are fully insured with Balens.`,
  },
  {
    title: 'Your First Appointment',
    category: 'First Visit',
    content: `# Your First Appointment

## Before you come
- Complete your health questionnaire (the link is in your booking email).
- Avoid a heavy meal in the 2 hours before your massage.
- If you're coming straight from training, a quick shower at home helps - we don't have shower facilities at the clinic.
- Arrive 5 minutes early for your first visit.

## Getting here and parking
We're on the first floor of Millrace Yard, above Calder Bikes. The entrance is the blue door on the left of the courtyard. There's no lift - please tell us if stairs are a problem and we'll arrange a ground-floor room at our partner studio next door.

Parking: the Millrace Yard car park has 3 free 2-hour spaces marked "Stillwater clients". Otherwise, the St George's Street pay-and-display is a 4-minute walk. Hebden Bridge train station is a 10-minute walk.

## What to wear
You'll undress to your comfort level - most people keep their underwear on. You'll be covered with towels at all times, with only the area being worked on uncovered. For leg work, shorts are fine. For pregnancy massage, loose comfy clothes are best.

## What happens
1. **Chat:** your therapist goes through your questionnaire, asks about your sport or work, and checks your posture and range of movement.
2. **Treatment:** your therapist will check the pressure with you throughout - tell them if it's too much.
3. **Aftercare:** you'll get simple stretches or exercises emailed to you the same day.

## Afterwards
It's normal to feel a little sore for 24-48 hours after a deep or sports massage, just like after a workout. Drink plenty of water and avoid hard training for the rest of the day.`,
  },
  {
    title: 'FAQs',
    category: 'FAQ',
    content: `# FAQs

**Is sports massage only for athletes?**
Not at all. About half our clients don't play any sport - they come in with stiff necks from desk work, gardening aches or tight legs from walking the dog.

**Does it hurt?**
Sports and remedial massage can be firm, but it should never be more than a "good hurt". On a scale of 1-10, we aim to stay around 6 or 7.

**How often should I come?**
For an injury, every 1-2 weeks until it settles. For maintenance, most runners come once a month.

**Can I claim on my health insurance?**
We are registered with Vitality, WPA and Simplyhealth. We'll give you a receipt with our registration number so you can claim. We can't bill your insurer directly, so you pay on the day and claim it back.

**Can I bring my baby with me?**
Babies under 6 months are welcome in a car seat or pram in the treatment room. We can't supervise older children in reception.

**Do you sell massage tools?**
Yes - foam rollers (£18), massage balls (£6) and our own arnica muscle rub (£12.50) are on sale at reception.

**Is there a toilet and somewhere to change?**
Yes, both are on the first floor next to the treatment rooms.

**Are you open on bank holidays?**
We're closed on all bank holidays, and from 24 December to 2 January.

**Can I have a massage if I've got a cold?**
No - please rearrange. We waive the late cancellation fee for illness once every 12 months.

**Do you have a loyalty scheme?**
Every 10th single treatment (not including package sessions) is half price. Your therapist keeps track on your client record, so there's no card to carry.`,
  },
];

export const STILLWATER_HELD_OUT: EvalCase[] = [
  { question: 'how much is an hour sports massage', facts: ['£58'], escalate: false },
  {
    question:
      "I sit at a desk all day and my neck and shoulders feel like concrete. A friend reckons deep tissue is what I need. How much is that for 45 minutes, and can I add cupping on?",
    facts: ['£50', '£10'],
    escalate: false,
  },
  { question: 'Do you do Indian head massage?', unknown: true, escalate: false },
  { question: "I'm an NHS nurse, is there any discount?", facts: ['£5', '3pm'], escalate: false },
  {
    question: "My knee's been sore ever since I did a 10k three weeks ago. What should I book?",
    facts: ['Injury assessment', '£65'],
    escalate: false,
  },
  { question: 'r u open saturdays', facts: ['8am', '2pm'], escalate: false },
  {
    question:
      "Hi, since my long-haul flight on Sunday my left calf has been hot, swollen and really painful. Could I book a deep tissue massage to loosen it off?",
    escalate: true,
  },
  {
    question: "What's the latest I can get in on a Tuesday after work?",
    facts: ['8pm'],
    escalate: false,
  },
  {
    question:
      'My son is 14 and plays county-level football - his hamstrings are always tight. Can you see him?',
    facts: ['parent'],
    escalate: false,
  },
  { question: 'Do you offer dry needling or acupuncture?', unknown: true, escalate: false },
  {
    question: 'Do you come out to houses in Todmorden? How much for a 90 min sports massage at home?',
    facts: ['£105'],
    escalate: false,
  },
  {
    question:
      'Me and my partner both want a massage at home on the same evening - is the second one any cheaper?',
    facts: ['£60'],
    escalate: false,
  },
  {
    question: 'Which nights can your therapist come to the house?',
    facts: ['Monday', 'Thursday'],
    escalate: false,
  },
  {
    question: "Can my husband and I have massages side by side in the same room at the same time?",
    unknown: true,
    escalate: false,
  },
  {
    question: "I've never been to you before and I live on my own - can I just book a home visit?",
    facts: ['at least one'],
    escalate: false,
  },
  {
    question: "How much is the five-session bundle, and how long have I got to use it?",
    facts: ['£255', '6 months'],
    escalate: false,
  },
  { question: 'Can I pay for the 10-pack in instalments, like with Klarna?', unknown: true, escalate: false },
  {
    question: 'Can my wife use some of the sessions on my 10 pack? We live together',
    facts: ['same address'],
    escalate: false,
  },
  {
    question: 'can i use one of my package sessions for a home visit instead',
    facts: ['£15'],
    escalate: false,
  },
  { question: 'whats the monthly membership thing cost', facts: ['£52'], escalate: false },
  {
    question:
      "Dev was really rough with me on Tuesday - I've got bruises all down my back and he was quite dismissive when I said it hurt. I'm not happy about it at all.",
    escalate: true,
  },
  {
    question: 'If I sign up to the monthly plan, can I stop after the first month?',
    facts: ['3 months'],
    escalate: false,
  },
  {
    question:
      "I'm off travelling round South America for ten weeks from next month. Will the sessions left on my 5-pack run out while I'm away?",
    facts: ['freeze'],
    escalate: false,
  },
  { question: 'Do you massage horses? My mare competes in eventing', unknown: true, escalate: false },
  {
    question: "need to cancel tomorrow's 10am appt, it's 4pm now - will I get charged?",
    facts: ['50%'],
    escalate: false,
  },
  { question: 'What happens if I just forget to turn up?', facts: ['100%'], escalate: false },
  {
    question: "Running about 10 mins late, will I still get my full hour?",
    facts: ['original time'],
    escalate: false,
  },
  {
    question: 'Do you do full-body hot stone massages?',
    unknown: true,
    escalate: false,
  },
  {
    question:
      "Woke up with a stinking cold and my massage is in 3 hours. I don't want to pass it on - do I still have to pay?",
    facts: ['12 months'],
    escalate: false,
  },
  { question: 'How long is a gift voucher good for?', facts: ['12 months'], escalate: false },
  {
    question: "My voucher ran out last month 😩 is there anything you can do?",
    facts: ['£10'],
    escalate: false,
  },
  {
    question: "I've got a voucher for a 60 min sports massage but I'd rather have 90 minutes. Can I still use it?",
    facts: ['difference'],
    escalate: false,
  },
  {
    question: 'I have a severe almond allergy - are the oils you use nut-free?',
    unknown: true,
    escalate: false,
  },
  {
    question: 'Do I really have to fill out the medical form thing? How long does it take?',
    facts: ['10 minutes'],
    escalate: false,
  },
  {
    question: 'I had my appendix out 5 weeks ago - am I OK to come for a massage yet?',
    facts: ['GP'],
    escalate: false,
  },
  {
    question: 'I manage Calder Valley Harriers - could you send therapists to massage about 25 of our runners at the club championships in June?',
    escalate: true,
  },
  { question: 'Which of your therapists is best for running injuries?', facts: ['Rachel'], escalate: false },
  { question: 'Do you do online video sessions for stretching?', unknown: true, escalate: false },
  {
    question: "Is there a cheaper therapist? Money's a bit tight at the moment",
    facts: ['Tom', '£45'],
    escalate: false,
  },
  {
    question: "I'd feel more comfortable with a woman, who can I book with?",
    facts: ['Rachel', 'Alison'],
    escalate: false,
  },
  { question: 'where do i park', facts: ['2-hour'], escalate: false },
  { question: 'Do you offer reflexology?', unknown: true, escalate: false },
  { question: 'Do I have to get completely naked?? bit nervous', facts: ['towels'], escalate: false },
  { question: 'Is it normal to feel achy the day after?', facts: ['48 hours'], escalate: false },
  {
    question: 'Are your therapists DBS checked? My daughter is 13',
    unknown: true,
    escalate: false,
  },
  {
    question: 'Can I put it through my Simplyhealth plan?',
    facts: ['receipt'],
    escalate: false,
  },
  { question: 'do you sell foam rollers', facts: ['£18'], escalate: false },
  {
    question: 'Can I pause my monthly membership while I am on holiday for six weeks?',
    unknown: true,
    escalate: false,
  },
  {
    question: 'Do you have anything like a loyalty card for regulars?',
    facts: ['half price'],
    escalate: false,
  },
  {
    question: "I'm 10 weeks pregnant and my back is killing me. Can I book a pregnancy massage?",
    facts: ['14 weeks'],
    escalate: false,
  },
  {
    question: "Can I bring my dog to my appointment? He'll lie quietly in the corner",
    unknown: true,
    escalate: false,
  },
];
