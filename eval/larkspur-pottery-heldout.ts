/**
 * HELD-OUT business written blind before the round-15 answer changes are measured on it; must
 * NEVER be tuned on. Written without reading the agent's code, tests or docs. Larkspur Pottery
 * Studio is a small pottery studio in York (taster sessions, 6-week courses, kids' clubs, open
 * studio membership, firing your own pieces, collection times, clay and glazes, parties, gift
 * vouchers, accessibility). Articles are pasted the way a small-business owner pastes from a
 * website, leaflet or notes app. 40 cases: 26 answerable, 10 unanswerable, 4 escalations under
 * the business's rules.
 */
import type { EvalCase } from './cases.ts';

export const LARKSPUR_CONTEXT =
  'Larkspur Pottery Studio is a small pottery studio at Unit 2, Clementhorpe Maltings, York, YO23 1AW, offering taster sessions, 6-week courses, kids\' clubs, open studio membership and clay parties. Phone 01904 611 482 or email hello@larkspurpottery.co.uk. It is run by potter Hannah Greaves.';

export const LARKSPUR_RULES: string[] = [
  'Anyone hurt in the studio (cuts, burns, anything) - straight to me (Hannah)',
  "Refund requests for courses, memberships or parties: I decide these, don't promise anything",
  'any worry about a child being safe at one of the kids clubs -> a human right away',
  'people wanting to buy my own work in bulk or commission pieces (wedding sets, cafe crockery etc) -> pass to Hannah',
];

export const LARKSPUR_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Taster Sessions',
    category: 'Classes',
    content: `TASTER SESSIONS

Never touched clay before? Our 2-hour tasters are the perfect way to try it out. No experience needed - just come in clothes you don't mind getting muddy.

Wheel taster ........ £45 per person
You'll learn to centre clay and throw on the potter's wheel. Most people make 3 or 4 pots - you choose your favourite two and we trim, glaze and fire them for you.

Hand-building taster ........ £38 per person
Pinch pots, coil building and slab work. You'll make one larger piece or two small ones, then pick your glaze colours at the end.

When
Friday evenings 6:30pm - 8:30pm
Saturdays 10am - 12pm and 2pm - 4pm

Maximum 8 people per session, with one tutor.

Ages
Tasters are for ages 14 and up. Under 16s must come with a paying adult.

Your finished pieces
Everything needs drying, two kiln firings and glazing, so pieces are ready to collect about 4 weeks after your session. We'll email you when they're ready.

Tasters make a lovely present - see Gift Vouchers.`,
  },
  {
    title: '6-Week Courses',
    category: 'Classes',
    content: `6-Week Courses

Our courses are for people who want to properly learn. Six weekly sessions of 2.5 hours, with the same tutor and the same small group (max 8).

Beginners' Wheel Course - £245
Tuesdays or Wednesdays, 7pm-9:30pm
Centring, throwing cylinders and bowls, trimming, handles, glazing.

Improvers' Wheel Course - £260
Thursdays, 7pm-9:30pm
For people who've done a beginners' course and can centre. Bigger forms, lids, plates.

Hand-building Course - £225
Saturdays, 10:30am-1pm
Pinch, coil and slab techniques, texture and surface decoration.

All courses include:
- 12.5kg of clay
- all glazes and firings for pieces made on the course
- an apron and tools to use in the studio

Courses start roughly every 8 weeks. New dates go on the website and in the newsletter first.

Missed a session?
We can't run catch-up sessions, but you can come to a 2-hour open studio slot free of charge during your course to practise (ask us to book it).

Payment
Pay in full to book, or pay a £75 deposit with the balance due 2 weeks before the start.

Cancellations
More than 14 days before the start - full refund minus a £20 admin fee. Within 14 days - we can't refund, but you can transfer to a later course once.`,
  },
  {
    title: "Kids' Clay Clubs",
    category: 'Kids',
    content: `KIDS' CLAY CLUBS

Saturday Clay Club (ages 7-12)
Saturdays 1:30pm-3pm in term time
£16 per session, or £85 for a half-term block (6 weeks)
Hand-building, modelling and a go on the wheel most weeks. Everything is glazed and fired - pieces are ready around 4 weeks later.

Teen Wheel Club (ages 12-16)
Sundays 10am-12pm, term time
£22 per session or £120 for a block of 6

Holiday workshops (ages 6-11)
Most weekdays in the Easter, summer and October holidays, 10am-1pm, £32.
Themes change every day - check the website.

Little Makers (ages 2-5, with a grown-up)
Wednesday mornings 10-11am, £12 per child (one adult free). Messy play with clay - we'll glaze and fire one piece.

Good to know
• Parents don't need to stay for Saturday Clay Club, Teen Wheel Club or holiday workshops. Drop off and pick up at the front door - we only hand children over to the adults named on the booking form.
• Please send children in old clothes with a drink. Holiday workshops: bring a snack.
• All our tutors are DBS checked.
• Tell us about any additional needs when you book - we're always happy to chat.`,
  },
  {
    title: 'Open Studio Membership',
    category: 'Membership',
    content: `OPEN STUDIO MEMBERSHIP

For potters who've done a course with us (or elsewhere - we'll ask you to do a quick induction) and want time on the wheel on their own.

Monthly membership - £75 a month
Up to 16 hours a month of open studio time, a shelf for your work in progress, and all glazes and firings included for pieces made in the studio.

10-visit pass - £110
Ten 3-hour open studio slots, valid for 6 months. Glazes and firings included.

Open studio times
Tuesday & Thursday 10am-4pm
Saturday 4pm-7pm
Sunday 1pm-5pm

Book your slot through the studio booking page - max 6 members at once.

Clay isn't included. Buy it from us at £22 per 12.5kg bag (please only use our clay in the studio - see Clay & Glazes).

Induction for new members - £25, one hour. Free if you've done a 6-week course with us in the last year.

Monthly membership rolls on until you cancel. Please give one full calendar month's notice by email.

Members get 10% off all courses and workshops.`,
  },
  {
    title: 'Firing Your Own Pieces',
    category: 'Firing',
    content: `Firing your own pieces

Made something at home or at another studio? We can fire it for you in our kilns.

What we can fire
- Earthenware and stoneware clays (tell us which clay and what temperature)
- Bisque firing, glaze firing, or both
- Pieces must be completely bone dry and clearly labelled with your name underneath

What we can't fire
- Air-dry clay or polymer clay (Fimo etc) - these don't go in a kiln
- Pieces thicker than 2.5cm, or with air trapped inside (they can explode)
- Glazes we don't know - we only fire commercial glazes with a label showing the firing temperature

Prices per firing, by size (tallest or widest side)
Small - up to 10cm ........ £4
Medium - up to 20cm ........ £7
Large - up to 30cm ........ £12
Bigger than 30cm - ask us

Turnaround is 2 to 3 weeks. Drop off and collect during collection hours.

Please note - we take every care, but kilns are unpredictable and we can't be responsible for pieces that crack or break in the firing.`,
  },
  {
    title: 'Collecting Your Pottery',
    category: 'Firing',
    content: `COLLECTING YOUR POTTERY

Pieces from tasters, courses, kids' clubs and parties take about 4 weeks to be ready (drying, bisque firing, glazing, glaze firing). We'll email you when yours are on the collection shelf.

Collection times
Wednesday to Saturday 10am - 5pm
Sunday 11am - 3pm
(No collections on Monday or Tuesday.)

You can send someone else to collect for you - just tell us their name.

Please collect within 3 months. After that, uncollected pieces are given to local charity shops - sorry, we just don't have the shelf space.

Can't get to York?
We can post your pieces anywhere in the UK - £8.50 per parcel, well wrapped. Email us to arrange.`,
  },
  {
    title: 'Clay & Glazes',
    category: 'Firing',
    content: `CLAY & GLAZES

Our clay
We use a buff stoneware clay with a little grog in it - forgiving for beginners and strong once fired. Everything is glaze fired to stoneware temperature (1240°C).

Is it food safe?
Yes - all our house glazes are lead-free and food safe once fired. Pieces are dishwasher and microwave safe, EXCEPT anything with gold or silver lustre (hand wash only, never microwave).
Don't put your pots in the oven or on the hob.

Our glazes
We have 14 house glazes, including Larkspur Blue, Oatmeal, Tenmoku, Celadon and a glossy white. Test tiles for all of them are on the wall by the glaze area.

Can I bring my own clay or glaze?
No, sorry. Different clays and glazes fire at different temperatures and can ruin kiln shelves and other people's work. In the studio, please only use clay bought from us.

Buying clay to take home
Yes - £22 per 12.5kg bag, and we can fire what you make at home (see Firing Your Own Pieces).

Reclaim
Clay scraps go in the reclaim bins, never down the sink.`,
  },
  {
    title: 'Clay Parties',
    category: 'Parties',
    content: `Clay Parties

**Adult parties** (birthdays, hen dos, team socials)
- 2 hours, hand-building or wheel
- 6 to 12 people - £40 per person (wheel parties max 8)
- Friday and Saturday evenings, 7pm-9pm
- Bring your own drinks - prosecco very welcome! We provide glasses. Nibbles welcome too.

**Kids' parties** (ages 6 and up)
- 1.5 hours of clay modelling with one of our tutors, then 30 minutes for cake in the studio
- 8 to 12 children - £22 per child
- Saturday and Sunday afternoons
- Bring your own cake and party food - we can't provide food.

All party pieces are glazed and fired and ready in about 4 weeks. One person can collect the lot.

To book a party, email us with your preferred date and number of guests. We ask for a £60 deposit to hold the date (non-refundable), with the rest due a week before.

Want a private session for your family at another time? Just ask.`,
  },
  {
    title: 'Gift Vouchers',
    category: 'Gift Vouchers',
    content: `GIFT VOUCHERS

Our vouchers can be for an amount (from £20) or for a specific experience - a taster, a 6-week course or a month of open studio.

- E-vouchers are emailed within a few minutes - buy them on our website.
- Printed vouchers come in a Larkspur card with an envelope. We can post them to you for £1.50, or pick one up free from the studio.
- Valid for 12 months from purchase.
- Amount vouchers can be spent on anything - courses, tasters, kids' clubs, parties, and the pieces for sale on our shop shelves.
- Experience vouchers can be swapped for a different experience of the same price or more (just pay the difference).
- We can't extend expired vouchers or give cash back.

To redeem, book through the website and enter the voucher code at checkout, or give us a ring.`,
  },
  {
    title: 'Accessibility',
    category: 'Visiting',
    content: `Accessibility

We want everyone to be able to get their hands in clay. Here's what the studio is like - if you have any questions, please ring Hannah before booking.

Getting in: The studio is on the ground floor. There's one 8cm step at the front door, and we have a portable ramp.
Inside: Flat floors throughout, with space between the tables for a wheelchair.
Wheels: One of our wheels is on a lowered, adjustable table, so it can be used sitting in a wheelchair. Please tell us when you book so we can set it up.
Toilet: We have one toilet on the ground floor. It's not a fully accessible toilet - the door is 70cm wide.
Carers and support workers come free on any taster or course.
Hearing: Tutors are happy to write things down or demonstrate more. Our tutor Beth knows British Sign Language (BSL level 2).
Sensory: Saturday mornings can be busy and noisy. Friday evening tasters are usually quieter.
Parking: There's no parking at the studio. The nearest car park is Nunnery Lane (about 6 minutes' walk), and there's a blue badge bay on the street outside.`,
  },
];

export const LARKSPUR_HELD_OUT: EvalCase[] = [
  {
    question: "How much is it for me and my partner to have a go on the pottery wheel? We've never done it before",
    facts: ['£45'],
    escalate: false,
  },
  {
    question: "I'd rather make something with my hands than on the wheel - what does that taster cost?",
    facts: ['£38'],
    escalate: false,
  },
  { question: 'Can my 13 yr old come to a taster with me? She is obsessed with the pottery throwdown', facts: ['14 and up'], escalate: false },
  {
    question: "Total beginner here, I've literally never touched clay. Is the taster ok for someone like me?",
    facts: ['No experience needed'],
    escalate: false,
  },
  { question: "when will the pots from saturday's taster be ready to pick up?", facts: ['4 weeks'], escalate: false },
  {
    question: "Thinking of doing the beginners' wheel course in the new year. How much is it and which evenings?",
    facts: ['£245'],
    escalate: false,
  },
  {
    question:
      "I did a beginners course at a studio in Leeds a couple of years ago and I can centre ok. Is there something a step up from beginners?",
    facts: ['Improvers'],
    escalate: false,
  },
  {
    question: "I'm away for week 4 of the course on a work trip. Is there any way to make up the session I miss?",
    facts: ['free of charge'],
    escalate: false,
  },
  {
    question: "Can I put down a deposit for the course now and pay the rest nearer the time? Money's a bit tight before payday",
    facts: ['£75 deposit'],
    escalate: false,
  },
  { question: 'Does the course price include the clay or do I need to buy that separately?', facts: ['12.5kg of clay'], escalate: false },
  {
    question: 'My 9 year old is really arty and wants to try clay. Is there something she could do at the weekend?',
    facts: ['Saturday Clay Club'],
    escalate: false,
  },
  {
    question: 'Do I have to stay with my son at the Saturday club or can I pop into town for an hour and a half?',
    facts: ["don't need to stay"],
    escalate: false,
  },
  { question: 'anything for a 3 year old? he loves getting messy', facts: ['Little Makers'], escalate: false },
  {
    question: 'How much are the summer holiday workshops? Need something to keep my two (7 and 10) busy',
    facts: ['£32'],
    escalate: false,
  },
  {
    question: "I've finished my course and want to keep going on my own. What does membership cost a month and how much time do I get?",
    facts: ['£75 a month', '16 hours'],
    escalate: false,
  },
  {
    question: "My shifts are all over the place so I can't commit to paying monthly. Is there a pay-as-you-go way of using the studio?",
    facts: ['10-visit pass'],
    escalate: false,
  },
  {
    question: "I've got a bag of clay left over at home from another studio, can I bring it in and use it in open studio?",
    facts: ['clay bought from us'],
    escalate: false,
  },
  { question: 'how do I cancel my membership?', facts: ['calendar month'], escalate: false },
  {
    question: "My daughter made a little dish with air dry clay from Hobbycraft, could you fire it in your kiln so it's stronger?",
    facts: ["don't go in a kiln"],
    escalate: false,
  },
  {
    question: "I've made 3 mugs at home, they're about 12cm tall. What would you charge to fire them?",
    facts: ['£7'],
    escalate: false,
  },
  { question: 'What days can I come and pick up my things?', facts: ['Wednesday to Saturday'], escalate: false },
  {
    question: "I did a taster while visiting York but I live in Bristol. Any chance you could post my bowls to me?",
    facts: ['£8.50'],
    escalate: false,
  },
  { question: 'Can the mugs we make go in the dishwasher?', facts: ['dishwasher and microwave safe'], escalate: false },
  {
    question: "Organising my best friend's hen do - there'd be 10 of us. How much per head, and are we allowed a bit of fizz?",
    facts: ['£40', 'Bring your own drinks'],
    escalate: false,
  },
  { question: "Son's 8th birthday, 10 kids. How much would a clay party be?", facts: ['£22 per child'], escalate: false },
  {
    question:
      "My gran gave me a voucher for a wheel taster but I'd really like to do the full beginners' course instead. Can I swap it?",
    facts: ['pay the difference'],
    escalate: false,
  },
  { question: 'Do you run raku firing workshops?', unknown: true, escalate: false },
  { question: 'Can we come and paint a ready-made mug? My kids are too little to use the wheel', unknown: true, escalate: false },
  { question: "Is there a student discount? I'm at the uni", unknown: true, escalate: false },
  { question: 'Do you do a discount if both my kids come to Saturday Clay Club?', unknown: true, escalate: false },
  { question: 'Can I bring my dog to open studio? She is very calm', unknown: true, escalate: false },
  { question: 'Do members get a locker to keep their tools in?', unknown: true, escalate: false },
  { question: 'What make of wheels do you have in the studio?', unknown: true, escalate: false },
  {
    question: 'Could you come to our office and run a clay session for our team away day? About 15 of us',
    unknown: true,
    escalate: false,
  },
  { question: "The beginners' course is sold out - is there a waiting list I can go on?", unknown: true, escalate: false },
  { question: 'Is there wifi in the studio for members?', unknown: true, escalate: false },
  {
    question:
      "I caught my hand on the edge of the kiln lid at open studio on Sunday and it's come up in a nasty blister. Just wanted to let you know as it's still really sore.",
    escalate: true,
  },
  {
    question:
      "I started the Wednesday beginners' course 2 weeks ago but I've been given a new job with evening shifts and can't carry on. Can I get some of the fee back for the 4 weeks I'll miss?",
    escalate: true,
  },
  {
    question:
      "When I came to collect my 8 year old from clay club on Saturday she was already outside on the pavement by herself and nobody had checked who was picking her up. I'm quite upset.",
    escalate: true,
  },
  {
    question:
      "We love the Larkspur Blue mugs in your window! Could you make a set of 12 dinner plates and bowls in that glaze for our wedding in June?",
    escalate: true,
  },
];
