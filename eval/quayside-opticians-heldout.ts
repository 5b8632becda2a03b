/**
 * Quayside Opticians (fictional independent opticians, Bristol) — HELD-OUT evaluation set.
 *
 * Written blind after round 11, without reading the engine source or any other eval data.
 * Held out: never tuned on. Do not adjust prompts, thresholds or code to fit these cases.
 *
 * 45 cases: 33 answerable (facts are verbatim substrings of an article), 10 unknown
 * (no article answers them), 2 escalations (one urgent-symptom rule, one explicit human request).
 */
import type { EvalCase } from './cases.ts';

export const QUAYSIDE_CONTEXT =
  "Quayside Opticians is an independent, family-run opticians on Bristol's harbourside, offering NHS and private eye tests, glasses, contact lenses, children's eyecare and home visits. We're at 14 Narrow Quay, Bristol BS1 4QA; call 0117 496 0321 or email hello@quaysideopticians.co.uk. Open Monday to Friday 9am-5:30pm (Thursdays until 7pm), Saturday 9am-4pm, closed Sundays and bank holidays.";

export const QUAYSIDE_RULES = [
  'always escalate if someone mentions sudden loss of vision, flashing lights, a curtain or shadow across their sight, or a painful red eye - they need to be seen same day',
  'refund requests over £150',
  'complaints about one of our optometrists or about a prescription we got wrong',
  'data protection requests, solicitors letters or press enquiries - pass to a person',
];

export const QUAYSIDE_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Eye Tests: NHS and Private',
    category: 'Eye tests',
    content: `# Eye tests at Quayside

Whether it's your first eye test or your fiftieth, our optometrists take their time. Every test includes a check of your vision, the health of the inside and outside of your eyes, an eye pressure check (for adults over 40) and a chat about your lifestyle and screen use.

## Which test is right for me?

| Test | What's included | Time | Price |
|---|---|---|---|
| Standard eye test | Vision, eye health check, pressure test for over-40s | 30 minutes | £28 |
| Extended eye test | Everything in the standard test plus a 3D OCT scan of the retina | 45 minutes | £55 |
| OCT scan on its own (existing patients) | Scan and review with the optometrist | 15 minutes | £30 |
| NHS sight test | Vision and eye health check | 30 minutes | Free if eligible |

We recommend an OCT scan for anyone over 50, anyone with diabetes, and anyone with a family history of glaucoma or macular degeneration.

## Who gets a free NHS eye test?

You're entitled to an NHS sight test if you are:

- under 16
- 16, 17 or 18 and in full-time education
- 60 or over
- diagnosed with diabetes or glaucoma
- 40 or over with a parent, brother, sister or child who has glaucoma
- receiving Income Support, income-based Jobseeker's Allowance, Pension Credit Guarantee Credit or Universal Credit (within the earnings limit)
- named on a valid HC2 certificate

Please bring proof of entitlement (for example a benefits letter or HC2 certificate) to your appointment. If you can't show proof on the day, we'll ask you to sign a declaration and the NHS may check it later.

If you're NHS eligible you can still upgrade to the extended eye test: you just pay the difference of £27.

## How often should I have my eyes tested?

Most adults should have a test every two years. We'll recommend yearly checks for children, anyone over 70, people with diabetes and anyone with a family history of glaucoma. If anything changes before then (blurred vision, headaches, new floaters) don't wait for your reminder.

## FAQ

**Q: Will you put drops in my eyes?**
A: Sometimes. If the optometrist needs a closer look at the back of the eye we may use dilating drops. Your vision can be blurry and sensitive to light for 4 to 6 hours afterwards, so please don't drive to your appointment if you think drops are likely. We'll tell you when booking if they're planned.

**Q: What should I bring?**
A: Your current glasses (including reading glasses and sunglasses), your contact lenses if you wear them, a list of any medication, and proof of NHS entitlement if it applies.

**Q: Do you do screen (VDU) eye tests for employers?**
A: Yes. A screen-user eye test is £28, the same as a standard test, and we can invoice your employer directly if they set up an account with us first.

**Q: Do I have to buy glasses from you after my test?**
A: Not at all. You'll always get a copy of your prescription to take wherever you like.
`,
  },
  {
    title: 'Glasses: Frames, Lenses and Prices',
    category: 'Glasses',
    content: `# Glasses: frames, lenses and prices

We stock around 600 frames in the shop, from our own-brand Harbour range to independent designer collections. Every pair of glasses is made up by our partner lab and fitted by one of our dispensing opticians.

## What's included in the frame price

Every frame comes with standard single vision lenses, an anti-reflection coating and a scratch-resistant hard coat as standard. You only pay extra for the lens upgrades listed below.

## Frame price bands

- **Harbour range**: £49
- **Quayside Classic**: £89 to £129
- **Independent and designer**: £149 to £320

## Lens upgrades

| Upgrade | Price (on top of frame) |
|---|---|
| Thinner 1.6 index lenses | £35 |
| Ultra-thin 1.67 index lenses | £60 |
| 1.74 index lenses (for the strongest prescriptions) | £120 |
| Blue light filtering coating | £30 |
| Light-reactive (photochromic) lenses | £75 |
| Prescription sun tint (any colour) | £35 |
| Polarised sun lenses | £80 |
| Bifocals | £59 |
| Standard varifocals | £149 |
| Premium tailored varifocals | £249 |

## Second pair offer

Buy a complete pair of glasses and get **25% off a second complete pair** ordered on the same day. The discount applies to the cheaper pair. It can't be combined with NHS vouchers.

## How long will my glasses take?

Single vision glasses are usually ready in **7 to 10 working days**. Varifocals and anything with a 1.74 index lens can take up to **14 working days**. We'll text you as soon as they're ready to collect, and we'll do a final fitting when you pick them up, so allow about 10 minutes.

## Using your own frames

Fallen in love with a frame you already own? We can put new lenses into it. There's a **£25 glazing fee** plus the cost of the lenses, and we'll check the frame first. Older frames can crack while lenses are fitted, so we can't accept responsibility if that happens.

## NHS vouchers

If you're entitled to an NHS optical voucher (for example, if you're on certain benefits or have a complex prescription), the value of the voucher comes off the price of your glasses. Bring your paperwork and we'll work it out with you.

## FAQ

**Q: Can I take frames away to think about it?**
A: We can hold up to three frames for you for 48 hours so you can come back with a second opinion.

**Q: Do you do reading glasses?**
A: Yes. Single vision readers can be made from any frame in the shop at the frame price, with no upgrade needed.
`,
  },
  {
    title: 'Contact Lenses and the Quayside Lens Plan',
    category: 'Contact lenses',
    content: `# Contact lenses

## Getting started

If you've never worn contact lenses, you'll need a contact lens fitting before we can supply them. A fitting appointment costs **£40** and takes about **45 minutes**. It includes measuring your eyes, choosing a lens, trial lenses to take home, and a teach session where we show you how to put lenses in, take them out and look after them.

The £40 fitting fee is refunded as a credit if you join a Lens Plan within 30 days of your fitting.

You'll come back for a check after **one week** of wearing your trial lenses, to make sure everything's comfortable before we order your supply.

## The Quayside Lens Plan

Our Lens Plan spreads the cost of lenses and check-ups into one monthly Direct Debit.

| Plan | Lenses | Monthly cost |
|---|---|---|
| Monthly Plan | Monthly disposable lenses | £14 |
| Daily Plan | Daily disposable lenses | £24 |
| Daily Plus Plan | Daily toric (astigmatism) or multifocal lenses | £32 |

Every plan includes:

- your lenses delivered to your door every **3 months**, with free postage
- a yearly contact lens aftercare check
- a free standard eye test every two years
- **10% off** glasses and sunglasses
- replacement lenses if one tears or gets lost (up to two per year)

## Changing or cancelling your plan

You can switch between plans at any time; the new price starts from your next payment. The first **three months** are a minimum term. After that you can cancel with **30 days' notice** by phone or email. If you cancel, any lenses you've received but not yet paid for will need to be settled.

## Not on a plan?

You can still buy lenses from us as and when you need them. Pay-as-you-go wearers need a contact lens aftercare appointment every year, which costs **£25**. We can't supply lenses if your aftercare check is overdue, because your specification has to be in date by law.

## Looking after your lenses

- Never sleep in lenses unless your optometrist has specifically told you yours are suitable.
- Keep lenses away from tap water, showers and hot tubs.
- Replace your lens case every month.
- If your eye is red or painful, or your vision is blurred, take the lens out and call us straight away.

## FAQ

**Q: Can I wear contact lenses if I have astigmatism?**
A: Yes, most people can. Toric lenses correct astigmatism and are covered by the Daily Plus Plan.

**Q: Can I buy lenses online with my specification?**
A: Yes, it's your specification and we'll give you a copy after your aftercare appointment. We'd just ask that you keep your yearly checks up to date.
`,
  },
  {
    title: "Children's Eyecare and Eyewear",
    category: 'Children',
    content: `# Children's eyes

Children don't always realise that they can't see well, so regular eye tests matter. We see children from the age of **3**, and they don't need to be able to read because we use pictures and shapes. For babies and toddlers under 3, if you have any concerns please talk to your health visitor or GP, who can refer you to the hospital orthoptist.

## What does it cost?

Eye tests are **free on the NHS for all under-16s**, and for 16 to 18 year olds in full-time education. Children also get an NHS optical voucher towards glasses, which means:

- any frame from our **Little Quay** kids' range is covered in full by the voucher, so there's nothing to pay
- if you choose a frame from outside the Little Quay range, the voucher value comes off the price and you pay the difference
- lens upgrades such as thinner lenses may be partly covered, depending on the prescription

## Kids' appointments

We keep after-school appointments for children between **3:30pm and 5pm on weekdays**, and the first hour on Saturday mornings is kept for children too. A parent or guardian needs to stay with children under 16 during the test.

Children's tests take around **20 minutes**. We recommend a test every **12 months** for children, or sooner if their teacher notices them squinting or holding books very close.

## Little Quay frames

Our kids' frames are chosen to survive real life:

- flexible hinges that bend back rather than snapping
- soft, adjustable nose pads
- curl-around ear hooks for little ones whose glasses keep sliding off
- sizes for ages 3 to 14

## Breakages

Children break glasses. It happens. Every pair of children's glasses from us includes **one free repair or replacement within 12 months** of collection, whatever happened to them. After that, NHS repair vouchers may cover the cost of repairs for under-16s, and we'll claim it for you.

## Myopia management

If your child is becoming more short-sighted each year, we offer myopia management using special daily contact lenses designed to slow down the change. It's suitable from around age 8. The programme costs **£39 a month**, including all lenses and check-ups every 6 months, after an initial assessment costing £50.

## FAQ

**Q: My child is nervous. Can they visit first?**
A: Of course. Pop in any time for a look around and to try on some frames; no appointment needed.

**Q: Does my child need to bring anything?**
A: Any glasses they already have, and if they've had a school vision screening letter, please bring that along too.
`,
  },
  {
    title: 'Repairs and Adjustments',
    category: 'Repairs',
    content: `# Repairs and adjustments

## Free while you wait

Glasses slipping down your nose? Sitting wonky? Pop in and we'll sort it. The following are **free for everyone**, even if you didn't buy your glasses from us:

- adjusting and straightening frames
- tightening or replacing small screws
- replacing silicone nose pads
- a clean in our ultrasonic cleaner

No appointment is needed for these; just come in during opening hours. Most take less than 10 minutes. Saturdays get busy around lunchtime, so mornings are quieter.

## Repairs we send away

Some repairs need our specialist workshop in Gloucester. These take around **10 working days**.

| Repair | Price |
|---|---|
| Soldering a broken metal frame | £35 |
| Replacement arm (if the manufacturer still supplies it) | £20 |
| Replacing a hinge on a plastic frame | £30 |
| Refinishing or re-spraying a metal frame | £45 |

Soldering can discolour the area around the join, so we may recommend a re-spray at the same time. We'll always phone you with a quote before any work is done if the cost will be different from the price above.

## Replacement lenses in your current frame

Scratched lenses or a new prescription? We can put new lenses into your existing frames. You pay the lens price from our price list plus a **£15 handling fee** if the frames were bought from us. Frames bought elsewhere are charged our standard **£25 glazing fee** instead.

## Same-day repairs

Simple repairs we can do in the shop, such as refitting a lens that's popped out or fitting a replacement screw-on arm we have in stock, can often be done on the same day if you bring them in **before 12 noon**.

## Repairs by post

Can't get to us? Post your glasses in a padded envelope to:

Repairs, Quayside Opticians, 14 Narrow Quay, Bristol BS1 4QA

Include a note with your name, phone number and what's wrong. We'll call you with a quote. Return postage by tracked delivery is **£4.50**.

## FAQ

**Q: Will a repair be covered by my guarantee?**
A: All adult frames bought from us have a **12-month guarantee** against manufacturing faults, such as a hinge failing or a coating peeling. It doesn't cover accidental damage like sitting on them.

**Q: Can you lend me a pair while mine are away?**
A: If your prescription is simple we can usually lend you a pair of ready readers for free. Just ask.
`,
  },
  {
    title: 'Home Visits',
    category: 'Home visits',
    content: `# Eye tests at home

If you can't get to the shop on your own because of illness or disability, we can come to you. Our home visiting optometrist and dispensing optician bring all the equipment needed for a full eye test in your own living room.

## Who can have an NHS home visit?

You can have a free NHS eye test at home if you're entitled to an NHS sight test **and** you can't leave home unaided because of a physical or mental illness or disability. That includes people who:

- are housebound
- live in a care home or residential home
- need a carer to go out
- have dementia or a condition that makes visiting a shop distressing

If you don't qualify for NHS funding, we offer a **private home visit for £65**, which includes the eye test. Glasses are charged at our usual shop prices.

## Where we visit

We cover homes within about **8 miles** of our shop, including all of Bristol city, Portishead, Keynsham and Kingswood. If you live a little further out, call us and we may still be able to help.

Home visits take place on **Tuesdays and Wednesdays** between 9:30am and 3pm. Care homes can book group visits on Fridays.

## How does it work?

1. Call us on 0117 496 0321 to book. We'll ask about your GP, your medication and why you can't get to the shop.
2. On the day, our team arrives with portable equipment. The test takes about **40 minutes**.
3. If you need glasses, you can choose from a selection of around 60 frames that we bring with us.
4. We'll come back to fit your new glasses and make sure they're comfortable. There's **no charge for the fitting visit**.

A relative or carer is very welcome to be there during the visit. All of our visiting staff carry photo ID and have an enhanced DBS check, so please ask to see their ID before letting them in.

## FAQ

**Q: Can you do contact lens checks at home?**
A: We're sorry, we can't fit or check contact lenses on a home visit. The equipment needed for that isn't portable.

**Q: What if my glasses break between visits?**
A: Give us a ring. We can collect them for repair and drop them back, or we can post them to you.

**Q: How soon can you come?**
A: We're usually booking about **2 to 3 weeks** ahead. If the person is struggling to see at all, tell us when you call and we'll try to fit them in sooner.
`,
  },
  {
    title: 'Appointments, Payment and Returns',
    category: 'Policies',
    content: `# Appointments, payment and returns

## Booking an appointment

You can book an appointment:

- online at quaysideopticians.co.uk/book (24 hours a day)
- by phone on 0117 496 0321
- in person at the shop

We send a text reminder **two days** before your appointment. Please arrive 5 minutes early so we can do some pre-test checks.

## Cancelling or rearranging

Life happens. We just ask for at least **24 hours' notice** if you need to cancel or move an appointment, so we can offer the slot to someone else. You can reply to your reminder text, call us or email.

If you miss a private appointment without letting us know, we charge a **£15 missed appointment fee**. We never charge this for NHS appointments, but if you miss two NHS appointments in a row, we'll ask you to book by phone in future.

If you're more than **10 minutes late**, we may need to rebook you, as each test needs its full time.

## Paying for your glasses

- We take cash, all major debit and credit cards, Apple Pay and Google Pay. We don't accept cheques.
- When you order glasses we take a **50% deposit**, with the balance due when you collect.
- For orders over **£250**, you can spread the cost over **6 months interest-free** (subject to status). Ask at the desk.

## Getting used to new glasses: our guarantee

New prescriptions, especially first-time varifocals, can take a couple of weeks to get used to. If you still can't get on with your new glasses, come back within **60 days** of collection. We'll recheck your eyes and your fitting and, if needed, remake the lenses or swap to a different lens type at **no extra cost**.

## Returns and refunds

Because glasses are made to your prescription and measurements, we can't offer refunds if you simply change your mind once the lenses have been made. However:

- If you change your mind about your **frame** within **14 days** of collection, you can choose a different frame of the same price or higher. You'll pay half price for the new lenses.
- If anything is faulty, we'll repair, replace or refund in line with your consumer rights.
- **Unopened** boxes of contact lenses can be returned within **30 days** for a full refund.
- Lens Plan payments aren't refundable, but you can cancel as described on our contact lens page.

## FAQ

**Q: Can someone else collect my glasses?**
A: Yes, just let us know their name in advance. We'll still want to check the fit on you properly, so pop in when you're passing.

**Q: I've lost my receipt. Does that matter?**
A: No. We keep all orders on our system, so we can look up your purchase with your name and date of birth.
`,
  },
];

export const QUAYSIDE_HELD_OUT: EvalCase[] = [
  // --- Eye tests ---
  { question: 'How much is a normal eye exam if I am paying for it myself?', facts: ['£28'], escalate: false },
  {
    question:
      "I'm 54 and my mum had macular degeneration, so my friend says I should get one of those 3D pictures taken of the back of my eye. I've never been to you before. Can you do that and what's it going to set me back?",
    facts: ['£55'],
    escalate: false,
  },
  { question: 'If the optometrist puts drops in, how long before I can safely drive again?', facts: ['4 to 6 hours'], escalate: false },
  {
    question: "I get my eye checks free because I'm diabetic but I'd like the scan as well this time. Do I have to pay the full price for that?",
    facts: ['£27'],
    escalate: false,
  },
  { question: 'my boss wants me to get a screen eye test - whats the cost and can you bill the company direclty?', facts: ['£28'], escalate: false },

  // --- Glasses ---
  {
    question: 'My prescription is about -9.50 and I hate how thick my lenses always look. What is the thinnest lens you can do and how much extra is it?',
    facts: ['1.74', '£120'],
    escalate: false,
  },
  { question: 'Cheapest specs you do?', facts: ['£49'], escalate: false },
  { question: 'If I ordered progressive lenses this weekend, roughly how long until I can pick them up?', facts: ['14 working days'], escalate: false },
  {
    question:
      "Bit of a long story. My late husband had a lovely tortoiseshell pair of frames and I'd really like to wear them myself with my own prescription in them. Is that something you'd do, and what would it cost me on top of the lenses?",
    facts: ['£25'],
    escalate: false,
  },
  { question: 'Is there any deal if I get regular glasses and prescription sunnies at the same time?', facts: ['25%'], escalate: false },

  // --- Contact lenses ---
  { question: "I've never worn contacts before. What do I pay to get started with them?", facts: ['£40'], escalate: false },
  { question: "I've got astigmatism and want daily lenses on your monthly subscription. How much per month?", facts: ['£32'], escalate: false },
  {
    question: "I signed up to your lens subscription about five months ago but I'm moving to Leeds. How do I stop it?",
    facts: ['30 days'],
    escalate: false,
  },
  { question: 'On the lens plan, how often do the lenses actually turn up?', facts: ['3 months'], escalate: false },
  { question: "I don't bother with the plan and just buy lenses when I need them. What's the annual check-up going to cost?", facts: ['£25'], escalate: false },

  // --- Children ---
  {
    question: "My daughter is two and a half and I think she might be squinting at things. Can she come in for an eye test?",
    facts: ['health visitor'],
    escalate: false,
  },
  { question: 'My son is 9 and needs glasses for the first time - will we have to pay anything for his frames?', facts: ['Little Quay'], escalate: false },
  {
    question:
      'My daughter snapped her brand new glasses on the trampoline three weeks after we picked them up. I am dreading the bill. Do I have to pay to get them sorted?',
    facts: ['12 months'],
    escalate: false,
  },
  {
    question: "My son's short sight seems to get worse every single year. Is there anything you can do to slow that down, and what does it cost?",
    facts: ['£39'],
    escalate: false,
  },
  { question: "Mine are both at school until 3. Do you have any slots for kids after that?", facts: ['3:30'], escalate: false },

  // --- Repairs ---
  {
    question: "I got my glasses from a different shop and they keep sliding down my nose. Would you charge me to tighten them up?",
    facts: ['free'],
    escalate: false,
  },
  {
    question: 'The bit between the lenses on my metal frames has snapped clean in two. Can it be mended, and how long would I be without them?',
    facts: ['£35', '10 working days'],
    escalate: false,
  },
  { question: 'One of the legs fell off my glasses and I lost it. Can you get me a new one?', facts: ['£20'], escalate: false },
  {
    question: "I moved away from Bristol last year but I trust you lot. Is there any way to get my glasses repaired without coming in?",
    facts: ['£4.50'],
    escalate: false,
  },
  { question: 'if i bring my glasses in on my lunch brake can they be fixed the same day?', facts: ['12 noon'], escalate: false },

  // --- Home visits ---
  {
    question:
      "My mum is 84 and since her stroke she really can't get out of the house. Is there a way for someone to test her eyes at home, and which days do you do that?",
    facts: ['Tuesday', 'Wednesday'],
    escalate: false,
  },
  { question: 'How far do you travel for eye tests at home? My dad lives out in Nailsea.', facts: ['8 miles'], escalate: false },
  {
    question: "My father doesn't qualify for the NHS one but would much rather be seen at home. What do you charge for that?",
    facts: ['£65'],
    escalate: false,
  },
  { question: 'My gran tires really easily. How long is the eye test when you come to the house?', facts: ['40 minutes'], escalate: false },

  // --- Appointments, payment, returns ---
  { question: 'what happens if i forget my appointmnet and just dont turn up?', facts: ['£15'], escalate: false },
  {
    question:
      "Three weeks into my first ever varifocals and everything swims when I walk down the stairs. I'm starting to think I've wasted my money. Am I stuck with them?",
    facts: ['60 days'],
    escalate: false,
  },
  { question: 'My new glasses are coming to around £400. Can I pay that off in instalments?', facts: ['6 months'], escalate: false },
  { question: 'Do I need to hand over the full amount when I order my glasses?', facts: ['50%'], escalate: false },

  // --- Not answered by any article ---
  { question: 'Do you stock Ray-Ban or Oakley frames?', unknown: true, escalate: false },
  { question: 'Do you do consultations for laser eye surgery?', unknown: true, escalate: false },
  { question: 'Can I get my hearing checked while I am in for my eye test?', unknown: true, escalate: false },
  { question: "Where's the best place to park when I come to you?", unknown: true, escalate: false },
  { question: "Do you sell gift vouchers? I'd like to treat my dad to new glasses for his birthday.", unknown: true, escalate: false },
  { question: "Is there a student discount? I'm at UWE.", unknown: true, escalate: false },
  { question: "My mother mostly speaks Polish. Does anyone at the shop speak Polish, or can you arrange an interpreter?", unknown: true, escalate: false },
  { question: 'Do you offer IPL treatment for dry eyes?', unknown: true, escalate: false },
  { question: 'Can you supply coloured contact lenses for a fancy dress party?', unknown: true, escalate: false },
  { question: 'Do you make prescription swimming goggles?', unknown: true, escalate: false },

  // --- Should go to a person ---
  {
    question: "Since this morning I keep seeing flashing lights in my right eye and now there's a dark shadow coming in from the side. What should I do?",
    escalate: true,
  },
  {
    question: "This isn't getting me anywhere. Can I speak to an actual person at the shop please? I want someone to ring me back about my order.",
    escalate: true,
  },
];
