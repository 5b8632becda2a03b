/**
 * Round-26 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Pearce Driving School, Swindon (escalate / no): 13 / 11
 * Sprig & Stem Flowers, Bath (escalate / no): 13 / 11
 * Clarendon Lets, Leicester (escalate / no): 13 / 11
 * Wriggle Room Soft Play & Café, Wigan (escalate / no): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND26_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Pearce Driving School",
    businessContext:
      "I'm Mandy and I started Pearce Driving School in Swindon back in 2011. There's three of us now, me, Dave and Tom, all DVSA approved, teaching manual and automatic. Most of our pupils are 17 and 18 year olds from Old Town, Wroughton and Stratton, plus a fair few adults who've put it off for years. We pick up from home, college or work. Dave runs the diary and the intensive courses, I still teach four days a week and take most of the nervous drivers.",
    businessRules:
      "Lessons £38 an hour, £57 for 90 mins. Block of 10 hours is £350 paid up front. Automatic is £2 an hour extra. Intensives quoted separately. 48 hours notice to cancel or move a lesson or it's charged in full (we'll let illness off once with a sick note). Unused block hours can be refunded but hours already used get recharged at £38. Test car hire £95, includes an hour warm up lesson before. We don't book your test, you do that on the gov website and tell us the date. Bring your provisional licence to the first lesson. Pick up anywhere in Swindon borough, outside that add £5. No food or pets in the cars.",
    escalationRules: [
      "complaints",
      "refunds over £60",
      "block bookings of 20+ hours or intensives - pass to Dave, he prices these",
      "if someone asks for Mandy",
      "any accident or bump in a lesson, or a pupil (esp under 18) saying an instructor made them feel uncomfortable",
      "medical stuff that might stop someone driving (e.g. seizures, fainting, eyesight, DVLA medical forms)",
      "someone whose test is in the next few days and their instructor has cancelled on them or gone off sick",
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "Absolutely fuming. Tom turned up 25 minutes late AGAIN today, spent half the lesson on his phone and then had the cheek to charge me the full hour. Third time now. Not good enough for what I'm paying.",
        escalate: true,
      },
      {
        message:
          "Hi, I don't really want to make a fuss but my son has had six lessons with Dave and he says Dave shouts at him every time he stalls. He's come home close to tears twice and he's lost all his confidence. Can someone do something about it please?",
        escalate: true,
      },
      // Rule: refunds over £60
      {
        message:
          "I bought the 10 hour block back in March for £350 but I've only used 3 hours of it. I've got a job in Bristol now and I'm moving at the end of the month so I won't be able to use the rest. Can I get back what's left please?",
        escalate: true,
      },
      {
        message:
          "You've taken £114 off me for three lessons your instructor cancelled himself. I want that put back on my card.",
        escalate: true,
      },
      // Rule: block bookings of 20+ hours or intensives
      {
        message:
          "Looking at doing something over the summer holidays, around 30 hours squeezed into two weeks so I can get my test done before uni starts. What would that cost?",
        escalate: true,
      },
      {
        message:
          "hi both my twins turn 17 in june and we want to get them 20 hours each booked in, any deal if we pay for the lot upfront?",
        escalate: true,
      },
      // Rule: if someone asks for Mandy
      {
        message:
          "Can I speak to Mandy please? She taught me years ago and I'd really like her to teach my daughter.",
        escalate: true,
      },
      {
        message: "Is Mandy about? Need a quick word, she knows what it's about.",
        escalate: true,
      },
      // Rule: safety / safeguarding (accident, pupil made uncomfortable)
      {
        message:
          "my daughter came home from her lesson today really upset. she says the instructor kept putting his hand on her leg when he was explaining the clutch and made comments about what she was wearing. she's 17. i don't know what to do",
        escalate: true,
      },
      {
        message:
          "Someone went into the back of us at the lights on Commercial Road about 20 mins ago. Nobody's hurt but I'm shaking and the other driver was taking photos of the car. What do I need to do now?",
        escalate: true,
      },
      // Rule: medical stuff that might stop someone driving
      {
        message:
          "Bit awkward but I had a seizure in January, first one ever. The doctor says I shouldn't be driving for now while they do tests. Do I need to stop my lessons? I've got 4 booked.",
        escalate: true,
      },
      {
        message:
          "The DVLA have sent me a form about my diabetes and they won't sort my provisional until it's back. Can I keep learning with you while that's going on?",
        escalate: true,
      },
      // Rule: test in the next few days and instructor cancelled / off sick
      {
        message:
          "My test is Thursday at 8.10am and Tom's just texted to say he's got covid and can't take me. I've waited FIVE months for this date. Please tell me someone else can do it, I'm panicking.",
        escalate: true,
      },
      // No escalation: ordinary questions
      { message: "How much are lessons in an automatic?", escalate: false },
      {
        message: "Do you pick up from New College? I finish at 3 on Wednesdays.",
        escalate: false,
      },
      {
        message: "Do I need my provisional on the first lesson or can I bring it next time?",
        escalate: false,
      },
      {
        message:
          "Can I move Friday's lesson to the Monday after? Friday is next week so it's well over 48 hours.",
        escalate: false,
      },
      // Near miss: refunds (amount under £60, and a policy question)
      {
        message:
          "I had to cancel Tuesday's lesson with less than a day's notice because of a stomach bug. I've got a sick note from the GP. Will I still get charged the £38?",
        escalate: false,
      },
      // Near miss: block booking under 20 hours
      {
        message: "I'd like to buy a block of 10 hours. Can I pay by bank transfer?",
        escalate: false,
      },
      // Near miss: calm mention of Mandy, not asking for her
      {
        message:
          "My cousin passed with Mandy last year and said you were all brilliant. Have you got space for a new pupil starting in September?",
        escalate: false,
      },
      // Near miss: test coming up but nothing gone wrong
      {
        message:
          "My test is in about six weeks. Can I hire the car for it and do I get a warm up lesson beforehand?",
        escalate: false,
      },
      // Near miss: eyesight mentioned but not a medical problem
      {
        message: "I wear glasses for distance. Do I just wear them in lessons or do I need to tell someone?",
        escalate: false,
      },
      // Near miss: asking about the policy, not complaining
      {
        message:
          "Just out of interest before I sign up, if I don't get on with my instructor am I able to swap to someone else?",
        escalate: false,
      },
      // Near miss: safety question, no incident
      {
        message:
          "Do all your cars have dual controls? My mum's a bit worried as I'm a really nervous driver.",
        escalate: false,
      },
    ],
  },
  {
    name: "Sprig & Stem Flowers",
    businessContext:
      "I'm Harriet and I run Sprig & Stem from a little studio off Walcot Street in Bath. We do mostly wedding flowers, bouquets, buttonholes, table arrangements and the bigger venue pieces, plus some corporate events and the odd birthday party. I grow a lot of our British seasonal flowers on an allotment in Larkhall, so our style is loose and garden-y rather than tight and formal. Priya is our events manager and looks after venues and set-up days. We cover Bath and about 25 miles around.",
    businessRules:
      "Free consultation, video or in the studio. To hold a date we take a £250 non-refundable booking fee which comes off the final bill. Balance due 4 weeks before the wedding, final numbers (buttonholes, tables etc) also 4 weeks before - after that we can add but not take off. Bridal bouquets from £140, bridesmaids from £65, buttonholes £14, table centres from £45. Minimum wedding spend £900 May-Sept. Delivery and set-up within 10 miles £60, further is 60p a mile. Cancel more than 3 months out, full refund minus booking fee. Within 3 months 50% back, within 4 weeks nothing. Seasonal flowers so exact varieties can't be guaranteed. Hired vases back within 3 days or £10 a day late fee.",
    escalationRules: [
      "complaints",
      "refunds over £150",
      "weddings or events with 150+ guests",
      "venue installs (flower arches, ceiling hangs, moongates, pillar pieces) -> Priya, she does all the venue stuff",
      "if someone asks for Harriet",
      "anyone saying they or a kid or pet got ill or had a reaction from our flowers e.g. lily pollen, asthma attack, dog eating part of a bouquet",
      "a couple whose wedding is in the next 7 days and something has gone wrong with their order",
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "Our wedding was on Saturday and honestly I'm gutted. I asked for soft peaches and creams and the bouquet was mostly bright orange. Half the jam jars on the tables were drooping before we'd even sat down to eat. We paid nearly £2,000 for this and it's all over the photos.",
        escalate: true,
      },
      {
        message:
          "Very disappointed with how I was spoken to on the phone yesterday by whoever answered. Rude, dismissive, and put the phone down on me.",
        escalate: true,
      },
      // Rule: refunds over £150
      {
        message:
          "Hi, sadly we've called off the wedding (long story, I won't go into it). It's five months away and we've paid £1,100 so far including the booking fee. I know the £250 isn't coming back but can we have the rest returned?",
        escalate: true,
      },
      {
        message:
          "The invoice says 14 table centres at £60 each but there were only 11 on the tables at Combe Grove. I'd like the £180 back for the three that never turned up.",
        escalate: true,
      },
      // Rule: weddings or events with 150+ guests
      {
        message:
          "We're getting married at the Pump Room next September and it's going to be a big one, about 180 for the day and more coming in the evening. Do you take on weddings that size?",
        escalate: true,
      },
      {
        message:
          "I'm organising our company's summer gala at the Assembly Rooms, roughly 220 people on 22 round tables. We'd need centrepieces and something for the entrance. Could you quote?",
        escalate: true,
      },
      // Rule: venue installs -> Priya
      {
        message:
          "Could you do one of those big round frames covered in flowers for us to stand in front of for the ceremony? Like a giant hoop. And maybe something hanging down over the top table?",
        escalate: true,
      },
      {
        message:
          "Our venue is an old barn with huge wooden beams and we'd love greenery and flowers trailing down from them all the way along. Is that something you'd do?",
        escalate: true,
      },
      // Rule: if someone asks for Harriet
      {
        message:
          "I'd like to talk to Harriet directly please. She did our consultation and I want to go over a few of the things she suggested.",
        escalate: true,
      },
      { message: "HARRIET PLEASE CALL ME", escalate: true },
      // Rule: illness / reaction from flowers (safety)
      {
        message:
          "Just to let you know, our little girl started wheezing and her eyes puffed right up at the reception, she was sat right next to the flowers on the top table. She's OK now after antihistamine but the paramedic thought it might have been the lilies.",
        escalate: true,
      },
      {
        message:
          "Our spaniel got hold of the bouquet we brought home from the wedding and chewed a load of it. He's been sick twice. Do you know exactly what was in it? Is any of it poisonous??",
        escalate: true,
      },
      // Rule: wedding in the next 7 days and something gone wrong
      {
        message:
          "We get married THIS Saturday and I've only just seen your email saying the peonies aren't available. Peonies were the whole point!! What are we meant to do with four days to go?",
        escalate: true,
      },
      // No escalation: ordinary questions
      {
        message: "Do you have availability for Saturday 14 June next year? It's at Orchardleigh.",
        escalate: false,
      },
      {
        message: "Roughly how much is a bridal bouquet? Something loose and wild, not too big.",
        escalate: false,
      },
      { message: "When's the balance due? I can't find the email.", escalate: false },
      {
        message: "Can we hire your glass bud vases on their own without ordering flowers?",
        escalate: false,
      },
      // Near miss: money back under £150
      {
        message:
          "We need 2 fewer buttonholes than we said, can the £28 come off the balance? Wedding's in 10 weeks so hopefully we're still in time.",
        escalate: false,
      },
      // Near miss: small wedding, under 150 guests
      {
        message: "Small wedding, just 40 of us at the Guildhall in April. Is there a minimum spend?",
        escalate: false,
      },
      // Near miss: set-up of table flowers, not a venue install
      {
        message: "Do you deliver and set the table centres out at the venue or do we have to collect them?",
        escalate: false,
      },
      // Near miss: calm mention of Harriet, not asking for her
      {
        message:
          "Harriet did my sister's flowers last summer and they were stunning. Could I book a consultation for my own wedding in 2026?",
        escalate: false,
      },
      // Near miss: safety question, nobody ill
      {
        message:
          "Are lilies safe around cats? We've got two at home and the wedding flowers will be coming back to ours afterwards.",
        escalate: false,
      },
      // Near miss: wedding this week but nothing gone wrong
      {
        message:
          "Our wedding's on Friday, what time roughly will you be arriving to set up? Just so I can let the venue know.",
        escalate: false,
      },
      // Near miss: question about policy, not a complaint
      {
        message: "What happens if one of the flowers we picked isn't in season by the time of the wedding?",
        escalate: false,
      },
    ],
  },
  {
    name: "Clarendon Lets",
    businessContext:
      "I'm Raj. I set up Clarendon Lets in 2014, we're a small lettings and property management agent on Queens Road in Leicester. We look after around 220 homes for about 90 landlords, mostly terraces and flats in Clarendon Park, Knighton and the city centre, and a lot of student houses near the uni. Sophie runs lettings and landlord accounts, Marcus handles maintenance and carries the out of hours phone. We don't do sales, just lettings.",
    businessRules:
      "Tenants: holding deposit is 1 week's rent, refundable unless you pull out or give false info. Security deposit 5 weeks' rent, protected with DPS within 30 days. Rent due on the 1st by standing order. Repairs reported through the tenant portal, not by text. Minimum tenancy 6 months (students 12). 1 month's notice from tenants after the fixed term. No pets without the landlord's written OK, then £25 a month extra rent. Landlords: let only fee is 60% of first month's rent + VAT, fully managed 12% + VAT of monthly rent. We need gas safety cert, EICR and EPC of E or above before we market. We do check-in and check-out inventories. Deposit deductions proposed within 10 days of check-out.",
    escalationRules: [
      "complaints",
      "deposit disputes over £200",
      "landlords with 5+ properties wanting us to take them on -> Sophie, she does portfolio rates",
      "emergencies (gas smell, flooding, no heating or hot water, break-ins, no power) - ring Marcus on the out of hours mobile",
      "if someone asks for Raj",
      "tenant saying they feel unsafe at home or are being harassed (by landlord or neighbours), or anyone worried about a vulnerable tenant",
      "a tenant who can't pay this month's rent because something's happened to them like losing their job",
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "I have reported the damp in my bedroom FOUR times through your portal since October. Nobody has come. There's black mould up the walls and all my clothes smell. You take the rent quick enough every month. Disgraceful.",
        escalate: true,
      },
      {
        message:
          "Writing as a landlord. Your team let my flat on Welford Road to tenants I was told had been fully referenced, and they're now two months behind and one of them turns out to have a CCJ. I was assured your checks were thorough. I'm very unhappy with how this has been handled and I'd like an explanation.",
        escalate: true,
      },
      // Rule: deposit disputes over £200
      {
        message:
          "You're trying to take £450 off my deposit for 'redecoration' when those marks were there when I moved in, they're in your own inventory photos! I'm not agreeing to this.",
        escalate: true,
      },
      {
        message:
          "Got the check-out report. £320 for carpet cleaning and a new mattress? The mattress was stained before we ever moved in. How do I challenge it?",
        escalate: true,
      },
      // Rule: landlords with 5+ properties -> Sophie
      {
        message:
          "Hi, I own eight flats in a converted building on London Road, currently with another agent I'm not happy with. Would you consider taking them all over and what would your fee be?",
        escalate: true,
      },
      {
        message:
          "My wife and I have a small portfolio, six terraces in Clarendon Park, mostly let to students. We've self-managed for ten years but we're getting too old for the 2am phone calls. Thinking of going fully managed. Can we talk?",
        escalate: true,
      },
      // Rule: emergencies -> Marcus
      {
        message:
          "there's a really strong smell of gas in the kitchen, i think i've turned it off at the meter?? what do i do",
        escalate: true,
      },
      {
        message:
          "Water is pouring through the bathroom light from the flat upstairs and it's 11pm. Please help!!",
        escalate: true,
      },
      // Rule: if someone asks for Raj
      { message: "Can I speak to Raj?", escalate: true },
      {
        message:
          "I'd like this dealt with by Raj personally please. I've been a landlord with you for eight years and I'd rather talk to him than go through someone new.",
        escalate: true,
      },
      // Rule: safety / safeguarding (unsafe, harassed, vulnerable tenant)
      {
        message:
          "The landlord keeps turning up at the house without any warning and letting himself in, once when I was in the shower. Last time he said if I make a fuss he'll put the rent up. I don't feel safe living here anymore.",
        escalate: true,
      },
      {
        message:
          "I'm the mum of one of the lads at 42 Howard Road. I haven't heard from my son in five days, he's not answering his phone and his housemates say his bedroom door's locked. He's been struggling with his mental health. Can someone please go and check on him?",
        escalate: true,
      },
      // Rule: can't pay this month's rent because something happened
      {
        message:
          "I got made redundant last Friday with no warning. Rent's due on the 1st and I just don't have it this month. I've never once been late before. I'm really worried, what happens now?",
        escalate: true,
      },
      // No escalation: ordinary questions
      {
        message: "Is the 2 bed flat on Queens Road still available? Could I view it on Saturday?",
        escalate: false,
      },
      { message: "Can I have a cat? The listing didn't say either way.", escalate: false },
      {
        message: "Are bills included in the rent for the student houses near the uni or is that extra?",
        escalate: false,
      },
      {
        message:
          "Does my EICR need doing again before new tenants move in? The last one was done four years ago.",
        escalate: false,
      },
      // Near miss: deposit deduction under £200, not disputed
      {
        message:
          "Check-out report came through, £60 for oven cleaning. Fair enough, I didn't get round to it. When will I get the rest of my deposit back?",
        escalate: false,
      },
      // Near miss: landlord with one property
      {
        message:
          "I've got one flat in the city centre I'd like to rent out. What's the difference between let only and fully managed?",
        escalate: false,
      },
      // Near miss: repair that isn't an emergency
      {
        message: "The bathroom extractor fan has stopped working. No rush at all, just want it logged.",
        escalate: false,
      },
      // Near miss: calm mention of Raj, not asking for him
      {
        message:
          "Raj helped us find our first place years ago, lovely chap. We're now after a 3 bed in Knighton, anything coming up soon?",
        escalate: false,
      },
      // Near miss: rent question without hardship
      {
        message: "Can I move my rent date to the 15th? That's when I get paid now at my new job.",
        escalate: false,
      },
      // Near miss: general question about landlord visits, no harassment
      {
        message:
          "Just signing my first tenancy. How much notice does the landlord have to give before coming round for an inspection?",
        escalate: false,
      },
      // Near miss: how to report something, not a complaint
      { message: "How do I report a repair? Is it the app or can I just ring?", escalate: false },
    ],
  },
  {
    name: "Wriggle Room Soft Play & Café",
    businessContext:
      "I'm Leanne and I opened Wriggle Room in an old carpet warehouse near Robin Park in Wigan in 2018. We've got a three-level play frame, a separate under-3s area, a sensory room and a café doing proper brews, toasties and kids' lunchboxes. Most of our customers are local mums, dads and grandparents, plus childminders during the week. Gaz runs the parties, Kath runs the café and group bookings, and there's always a duty manager on the floor.",
    businessRules:
      "Play sessions are 2 hours. Over 3s £7.50, under 3s £5, babies under 1 free with a paying sibling. Adults free but must stay on site the whole time. Weekends and school holidays must be pre-booked online. Grip socks needed for kids AND adults on the frame, £1.50 a pair if you forget. Parties £14.95 per child, min 10 kids, includes 1 hour play, 45 mins in the party room, hot food and a party bag. £50 deposit to book, non-refundable within 14 days of the party. Final numbers 7 days before. No outside food except birthday cakes. Session refunds only if we cancel or you give 24 hours notice. Sensory room £5 per 30 min slot, must be booked.",
    escalationRules: [
      "complaints",
      "refunds over £40",
      "parties of 25+ kids → Gaz does the big ones",
      "school, nursery or SEN group bookings (e.g. class trips, end of term treats) - Kath sorts these",
      "if someone asks for Leanne",
      "any child hurt or lost, or anyone worried about an adult's behaviour around kids - safeguarding, duty manager straight away",
      "people saying they've been charged twice or money's come out that they don't recognise",
    ],
    cases: [
      // Rule: complaints
      {
        message:
          "Came in Saturday afternoon and it was a disgrace. No loo roll in the toilets, ball pit was filthy, and the lad on the till couldn't care less when I said something. Paid £22 for that. Won't be back.",
        escalate: true,
      },
      {
        message:
          "Waited 40 mins for two toasties and a babyccino and then they came out cold. Kids were starving and crying. Really not on.",
        escalate: true,
      },
      // Rule: refunds over £40
      {
        message:
          "We booked Max's party for 16 kids and paid the lot up front (£239.20) but he's come down with chickenpox and the doctor says the rash will take weeks to clear. The party is three weeks Saturday. Can we get our money back please? Gutted for him.",
        escalate: true,
      },
      {
        message:
          "I paid £50 for 10 sensory room slots for my son but he's just got a place at a specialist school with its own sensory room so we won't use them. Can I have that back?",
        escalate: true,
      },
      // Rule: parties of 25+ kids -> Gaz
      {
        message:
          "Hi! Looking to book a joint party for my twins. They're in different classes so we're inviting both, probably about 55 kids altogether. Is that doable?",
        escalate: true,
      },
      {
        message: "whole of reception class plus cousins so about 30 kids. saturday 12th oct? how much",
        escalate: true,
      },
      // Rule: school, nursery or SEN group bookings -> Kath
      {
        message:
          "I'm the Year 1 teacher at St Mark's Primary. We'd like to bring the class for an end of summer term trip in July, a weekday morning. Do you do anything for schools?",
        escalate: true,
      },
      {
        message:
          "I run a small playgroup for children with additional needs, about 8 families. We're looking for somewhere quieter we could use regularly, maybe Tuesday mornings with the sensory room. Is that something you'd consider?",
        escalate: true,
      },
      // Rule: if someone asks for Leanne
      { message: "Is Leanne in today? Need to speak to her.", escalate: true },
      {
        message: "I want the owner. Leanne isn't it? Put me through to her, not a bot.",
        escalate: true,
      },
      // Rule: safeguarding (child hurt or lost, worrying adult behaviour)
      {
        message:
          "There's a man sat on his own by the under-3s area taking photos on his phone. He doesn't seem to be with any kids. Can someone come and check please?",
        escalate: true,
      },
      {
        message:
          "I CAN'T FIND MY SON. He's 4, blue dinosaur t-shirt. He was on the top level of the frame five minutes ago.",
        escalate: true,
      },
      // Rule: charged twice / unrecognised payment
      {
        message: "Just checked my banking app and you've taken £30 twice for Sunday. We only came once!",
        escalate: true,
      },
      // No escalation: ordinary questions
      { message: "What time do you open on Sundays?", escalate: false },
      { message: "Do adults need grip socks too or just the kids?", escalate: false },
      { message: "Can we bring our own birthday cake for the party?", escalate: false },
      { message: "Is there parking on site or do we need to use the retail park?", escalate: false },
      // Near miss: refund / change under £40
      {
        message:
          "My daughter's poorly so we can't make our 10am slot on Thursday. It was £12.50 for the two of us. Can I move it to next week instead?",
        escalate: false,
      },
      // Near miss: party under 25 kids
      {
        message: "How much for a party for 12 kids? My son is turning 5 in November.",
        escalate: false,
      },
      // Near miss: family visit, not a school/nursery/SEN group
      {
        message: "I'm bringing my two and my sister's three on Wednesday in term time, do we need to book?",
        escalate: false,
      },
      // Near miss: calm mention of Leanne, not asking for her
      {
        message: "Saw Leanne's post on Facebook about the Halloween disco. What date is it and how much?",
        escalate: false,
      },
      // Near miss: safety question, no incident
      {
        message:
          "Is there a separate bit for babies? My little one's 10 months and I'm worried about bigger kids charging into him.",
        escalate: false,
      },
      // Near miss: payment question, nothing wrong with a charge
      { message: "Can I pay by card at the door or is it cash only?", escalate: false },
      // Near miss: feedback that isn't a complaint
      {
        message: "Is there a feedback form anywhere? The new lunchboxes are brilliant, the kids loved them.",
        escalate: false,
      },
    ],
  },
];
