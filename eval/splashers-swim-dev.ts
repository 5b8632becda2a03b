/**
 * DEV business written for round 6: Splashers Swim School, a fictional independent swimming
 * school for babies, children and adults (lesson stages, term dates, prices, missed lessons,
 * pool rules, what to bring, assessments). The agent IS tuned on this business, so it was
 * written as independently as a held-out one: without reading the agent's code or any other
 * eval business's questions. Articles are written like a small business's help pages
 * (headings, lists, a price table, FAQ, plain paragraphs); the questions are paraphrased the
 * way customers ask, a few with typos. Ten of the 45 are plausible questions the pages do NOT
 * answer, sharing generic words with them ("pay", "discount", "book", "lessons", "pool",
 * "reception"), so that the "don't know" figure means something. Seven ask for a person or
 * match an escalation rule in other words; three calm messages merely mention a person or a
 * rule's word and must not escalate.
 */
import type { EvalCase } from './cases.ts';

export const SPLASH_CONTEXT =
  'Splashers Swim School teaches babies, children and adults to swim at the Abbeyfield Leisure Centre pool in Kendal, Cumbria. Office phone 01539 555 742, email hello@splashersswim.co.uk. The office is open Monday to Friday 9am to 5pm and Saturday 8am to 12pm.';

export const SPLASH_RULES = [
  'a child hurt or taken ill at the pool',
  'safeguarding concerns about a teacher or any member of staff',
  'refund requests over £150',
  'always escalate if someone mentions a lawyer or legal action',
];

export const SPLASH_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our lesson stages',
    category: 'Lessons',
    content: `# Our lesson stages

Every swimmer joins the stage that matches their ability, not their age. Our teachers will place your child after a short assessment if they can already swim a little.

## Minnows (parent and baby)
- Ages 6 months to 3 years
- A parent or carer gets in the water with the child
- 30-minute sessions, up to 8 babies per class

## Ducklings
- Ages 3 to 4
- Our teacher is in the water; parents watch from the gallery
- 30-minute lessons, with a maximum of 4 children

## Stages 1 to 6
- Ages 4 and over
- Stages 1 to 3: 30-minute lessons, up to 6 swimmers per teacher
- Stages 4 to 6: 45-minute lessons, up to 8 swimmers per teacher
- By the end of Stage 6, swimmers can swim 200 metres using three strokes

## Adults
- Ages 16 and over
- Two levels: Adult Beginners (nervous or non-swimmers) and Adult Improvers (stroke technique and fitness)
- 45 minutes, maximum 5 adults per class, Tuesday and Thursday evenings from 7pm`,
  },
  {
    title: 'Prices and fees',
    category: 'Prices',
    content: `# Prices and fees

Lessons are paid for by the term. Each term has 10 lessons.

| Class | Lesson length | Price per term |
|---|---|---|
| Minnows (parent and baby) | 30 minutes | £85 |
| Ducklings | 30 minutes | £110 |
| Stages 1 to 3 | 30 minutes | £95 |
| Stages 4 to 6 | 45 minutes | £105 |
| Adult Beginners / Adult Improvers | 45 minutes | £120 |
| Private 1-to-1 lesson (single lesson) | 30 minutes | £32 |
| Shared private lesson, 2 swimmers (single lesson) | 30 minutes | £40 |

- **Registration fee:** £15 per family, charged once a year in September.
- **Sibling discount:** 10% off the term fee for the second and any further children in the same family.
- **Joining mid-term:** you only pay for the lessons left in the term.`,
  },
  {
    title: 'Term dates 2025-26',
    category: 'Terms',
    content: `# Term dates 2025-26

We teach in three terms a year, and each term has 10 lessons. There are no group lessons in half-term weeks or between terms.

The autumn term runs from Monday 15 September to Saturday 29 November 2025. No lessons in half-term week (27 October to 1 November).

The spring term runs from Monday 12 January to Saturday 28 March 2026. No lessons in half-term week (16 to 21 February).

The summer term runs from Monday 20 April to Saturday 4 July 2026. No lessons in half-term week (25 to 30 May).

Existing swimmers keep their place from one term to the next. We send a re-enrolment email three weeks before the end of each term; if you don't want to continue, just reply and let us know.

In the summer holidays we run crash courses for children in Stages 1 to 4: 5 days in a row, 30 minutes a day, from Monday 3 August to Friday 7 August 2026. A crash course costs £60.`,
  },
  {
    title: 'Missed lessons and make-up lessons',
    category: 'Lessons',
    content: `# Missed lessons and make-up lessons

We know children get ill and family plans change. If your child is going to miss a lesson, mark them absent in the Splashers parent portal by 6pm the day before. That gives you the right to book a make-up lesson.

You can have up to 2 make-up lessons per term. A make-up lesson must be taken in the same term, in any class at the same stage that has a space. Make-up lessons are not transferable to a brother or sister, and unused ones do not carry over to the next term.

We don't give refunds or credit for lessons you miss, apart from long illness: if your child misses 3 or more weeks in a row and you send us a doctor's note, we will credit those lessons to next term.

If we have to cancel a lesson ourselves, for example because the pool is closed, we will either add a catch-up week at the end of term or credit £9.50 per lesson to your next term's fee.`,
  },
  {
    title: 'Pool rules',
    category: 'At the pool',
    content: `# Pool rules

To keep everyone safe and lessons running on time, please follow these rules:

- Arrive 10 minutes before your lesson. Swimmers wait on the benches until their teacher calls them onto the poolside.
- Parents and carers watch from the viewing gallery on the first floor. Only Minnows parents come onto the poolside.
- No outdoor shoes on the poolside. Please use the blue shoe covers at the entrance.
- Children under 8 must be accompanied by an adult in the changing village.
- Photos and filming are not allowed during lessons, except on Badge Day in the last week of each term.
- Long hair must be tied back. No jewellery apart from stud earrings.
- No running, pushing or diving in the teaching pool.`,
  },
  {
    title: 'What to bring',
    category: 'At the pool',
    content: `# What to bring

## For every lesson
- A swimming costume or trunks (no baggy shorts that come below the knee)
- A towel and a bottle of water
- A swim hat: compulsory from Stage 4 and for all adults with long hair. Splashers swim hats are on sale at reception for £5.
- Goggles are optional for Stages 1 to 3 and recommended from Stage 4.

## For babies (Minnows)
- A double nappy: a disposable swim nappy with a neoprene Happy Nappy over the top
- A changing mat and a warm hooded towel

## Please don't bring
- Armbands, float suits or noodles. We provide all floats and teaching aids.
- Valuables. The lockers take a £1 coin, which you get back.`,
  },
  {
    title: 'Assessments and moving up',
    category: 'Lessons',
    content: `# Assessments and moving up

Our teachers watch every swimmer's progress each week, and the formal assessment is in week 8 of each term.

You will find the result and a short progress report in the parent portal by the end of week 9. If your child has passed, they move up to the next stage at the start of the next term. We don't move swimmers mid-term unless there is a space in the next class.

Every swimmer gets a free certificate when they finish a stage. Distance badges, from 10 metres up to 1500 metres, cost £2.50 each from reception and are handed out on Badge Day.

Children new to Splashers who can already swim can book a free 15-minute assessment swim on Saturday mornings at 8:30am, so that we can put them in the right stage. Call the office to book one.

Swimmers who finish Stage 6 can try out for the junior squad of Kendal Otters Swimming Club, our partner club.`,
  },
  {
    title: 'Booking, paying and cancelling',
    category: 'Account',
    content: `# Booking, paying and cancelling

## How to book
1. Create an account on the parent portal at splashersswim.co.uk/portal.
2. Add each swimmer with their date of birth and their current stage (or book an assessment swim if you're not sure).
3. Choose a class with spaces and pay for the term.

If the class you want is full, join the waiting list in the portal. We offer places in the order people joined.

## Paying
You can pay the whole term fee by card when you book, or split it into 3 monthly instalments by Direct Debit at no extra charge.

## Cancelling
If you cancel before the first lesson of term, we refund the term fee in full. The registration fee is not refundable.

After the term has started, we refund the lessons you haven't used minus a £20 admin fee, as long as you give us 14 days' notice by email.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

### How warm is the water?
The teaching pool is kept at about 31 degrees, which is comfortable for babies and young children. The main pool, used for Stages 4 to 6 and adults, is about 29 degrees.

### Do you teach children with additional needs?
Yes. Megan, our specialist SEN teacher, runs one-to-one lessons on Wednesdays from 4pm to 6pm. They cost the same as a private 1-to-1 lesson.

### Is there parking?
Yes, the leisure centre car park is free for 3 hours. Register your car at reception when you arrive.

### Can I change my child's lesson day?
Yes, once per term for free, if there is a space in the class you want. Just email the office.

### Can I buy lessons as a present?
Yes, we sell gift vouchers from £25, valid for 12 months. Call the office or ask at reception.

### My child is frightened of the water. What should I do?
Tell us when you book. In Ducklings and Stage 1 our teachers are in the water with the children, and we never rush a nervous swimmer.`,
  },
];

export const SPLASH_DEV: EvalCase[] = [
  // Answerable: lesson stages (list under headings).
  { question: 'How young can babies start with you?', facts: ['6 months'], escalate: false },
  { question: 'how many kids are in a ducklings class', facts: ['4 children'], escalate: false },
  {
    question: "I'm 45 and never learned to swim, bit embarrassing honestly. Do you teach grown-ups, and how long is each session?",
    facts: ['Adult Beginners', '45 minutes'],
    escalate: false,
  },
  // Answerable: prices (table rows, list).
  { question: 'how much is a term of stage 2 swiming?', facts: ['£95'], escalate: false },
  { question: 'What do you charge for a one to one lesson?', facts: ['£32'], escalate: false },
  { question: "I've got three kids wanting to sign up - do you do any money off for siblings?", facts: ['10%'], escalate: false },
  // Answerable: term dates.
  { question: 'When do lessons start back after Christmas?', facts: ['12 January'], escalate: false },
  {
    question: "My son's falling a bit behind his friends. Is there anything intensive over the summer holidays, and what does it cost?",
    facts: ['£60'],
    escalate: false,
  },
  // Answerable: missed lessons.
  {
    question: "My daughter's got a party on Saturday so she'll miss swimming. Can she catch up on another day? What do I need to do?",
    facts: ['6pm'],
    escalate: false,
  },
  { question: 'what happens if the pool shuts and you have to cancel a lesson?', facts: ['£9.50'], escalate: false },
  { question: 'Can my younger son use the catch-up lesson his older brother missed?', facts: ['not transferable'], escalate: false },
  // Answerable: pool rules (list).
  { question: "Can I sit at the side of the pool to watch my daughter's lesson?", facts: ['viewing gallery'], escalate: false },
  {
    question: "am I allowed to video my son swimming? his grandad would love to see it",
    facts: ['Badge Day'],
    escalate: false,
  },
  { question: 'My 7 year old wants to get changed by herself now, is that OK?', facts: ['under 8'], escalate: false },
  // Answerable: what to bring.
  { question: 'Does my lad need to wear a swimming cap?', facts: ['Stage 4'], escalate: false },
  { question: 'What sort of nappy should my baby wear in the pool?', facts: ['Happy Nappy'], escalate: false },
  { question: 'Should I pack armbands for my daughter?', facts: ['floats'], escalate: false },
  // Answerable: assessments.
  { question: 'How much are the distance badges?', facts: ['£2.50'], escalate: false },
  {
    question: 'My son can already swim a width or so. How do you work out which group to put him in?',
    facts: ['assessment swim', 'Saturday'],
    escalate: false,
  },
  // Answerable: booking, paying, cancelling.
  { question: 'Is it possible to spread the cost of the term rather than pay all at once?', facts: ['Direct Debit'], escalate: false },
  {
    question: 'If we have to pull out halfway through the term, do we get any money back?',
    facts: ['£20', '14 days'],
    escalate: false,
  },
  { question: "The Thursday class I want is full. What can I do?", facts: ['waiting list'], escalate: false },
  // Answerable: FAQ.
  { question: 'Do you do lessons for autistic children? My son struggles in big groups.', facts: ['Megan', 'Wednesdays'], escalate: false },
  { question: 'how warm is the water? my little one feels the cold really easily', facts: ['31 degrees'], escalate: false },
  { question: "Can I buy swimming lessons as a birthday present for my niece?", facts: ['£25'], escalate: false },

  // Calm messages that merely mention a person or a rule's word: must NOT escalate.
  {
    question: "Megan told us my son might be ready for Stage 4 soon - when do you do the assessments?",
    facts: ['week 8'],
    escalate: false,
  },
  {
    question: 'Not a complaint at all, just planning ahead - would we get a refund if we cancelled before the term starts?',
    facts: ['in full'],
    escalate: false,
  },
  {
    question: 'Do I need to speak to someone in the office to move my daughter from Tuesdays to Thursdays, or is that not allowed?',
    facts: ['once per term'],
    escalate: false,
  },

  // Not answered by any article.
  { question: 'Do you do swimming pool birthday parties?', unknown: true, escalate: false },
  { question: 'Can I pay for lessons with Tax-Free Childcare or childcare vouchers?', unknown: true, escalate: false },
  { question: 'Are all your teachers DBS checked?', unknown: true, escalate: false },
  { question: 'Do you run lifeguard training courses for teenagers?', unknown: true, escalate: false },
  { question: 'Is there a cafe at the pool where I can wait during the lesson?', unknown: true, escalate: false },
  { question: 'When are the public swim sessions at the pool? I want to take my kids to practise at the weekend.', unknown: true, escalate: false },
  { question: 'Do you sell goggles at reception?', unknown: true, escalate: false },
  { question: 'Is there a discount if I pay for the whole year upfront?', unknown: true, escalate: false },
  { question: 'Are the changing rooms wheelchair accessible? Is there a hoist to get into the pool?', unknown: true, escalate: false },
  { question: "I'm pregnant - do you run aqua-natal classes?", unknown: true, escalate: false },

  // Escalation: asking for a person.
  { question: 'Can I talk to a real person please rather than a bot?', escalate: true },
  { question: 'Could someone from the office give me a call back today on 07700 900123?', escalate: true },
  {
    question: "Put me through to the manager please. That's the third time this term my son's lesson has been cancelled.",
    escalate: true,
  },
  // Escalation: matching a rule in other words.
  {
    question: "My daughter slipped on the steps coming out of the pool at her lesson yesterday and her wrist is really swollen this morning.",
    escalate: true,
  },
  {
    question: "One of the swimming teachers has been sending private messages to my 12 year old on Instagram and I'm really not comfortable with it.",
    escalate: true,
  },
  {
    question: "We're moving to Scotland next month. I paid £210 for both kids' spring term and I want all of it back.",
    escalate: true,
  },
  {
    question: "If the registration fee isn't returned to me I'll be passing this to my solicitor.",
    escalate: true,
  },
];
