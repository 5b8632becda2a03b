/** Round-33 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on. */
import type { EscalationBusiness } from './escalation-types.ts';
export const ROUND33_ESCALATION_DEV: EscalationBusiness[] = [
  // 1. Martial arts club — hand-overs only in escalationRules
  {
    name: 'Iron Crane Karate Club',
    businessContext:
      "Iron Crane Karate is a family run club in Aylestone, Leicester, been going since 2009. We train out of the old scout hut on Marsden Lane (behind the Co-op). Head instructor is Sensei Dave Patel (5th dan), with Sensei Kirsty Moore who runs most of the kids classes and Tom Briggs helping on sparring nights. Kids classes (age 5-8 'Little Cranes' and 9-14 juniors) are Mon + Thurs evenings, adults Tues + Thurs 7.30-9pm, and open sparring for green belt and up on saturday mornings. We grade every 3 months, usually a Saturday at the main hall. Membership is monthly by direct debit through ClubPay - £32/month kids, £38 adults, £60 family (up to 4). We also do a week long summer camp for juniors in August. Affiliated to the English Karate Federation so everyones insured once they have their licence.",
    escalationRules: [
      'Anyone hurt during a class, sparring or a grading - pass to me straight away',
      "complaints from parents about an instructor or how their kid was treated at the club",
      'cancelling a membership / stopping the direct debit',
      'ANY safeguarding worry - bullying, someone messaging kids, inappropriate behaviour. dont try and handle it',
      "people arguing about a grading result (thinks they shouldve passed etc)",
      'refund requests for anything (camp, grading fees, kit)',
      'price for private 1-2-1 lessons, i quote those myself',
      'press, newspapers, sponsorship enquiries',
    ],
    businessRules:
      "Free trial class for everyone, just turn up 10 mins early, no need to book. First few weeks wear joggers and a t-shirt, no need for a gi til you're sure. Gi's are £25 kids / £30 adults from us, belts included in grading fee.\nKids start from 5. Under 9s go in Little Cranes.\nGradings are £20 and instructors decide who is ready - you'll get a grading slip about 3 weeks before if you are. Next grading is Sat 14th June. Belt order: white, red, yellow, orange, green, purple, purple/white, brown, brown/white, black.\nFees are monthly, not per lesson, so no money back for missed lessons but you can catch up in any other class for your grade that week. No need to pause for holidays under 4 weeks.\nSiblings - use the family membership, its the best deal.\nDirect debit gets set up through the ClubPay link on our website, takes 2 mins.\nIf someone has an injury from somewhere else they can still come, just tell the instructor at the start and they'll adapt the session for them.\nAll instructors are enhanced DBS checked and first aid trained, theres always a first aider at gradings.\nParking: small car park at the hut, or on street on Marsden Lane. Please dont park in the Co-op.",
    cases: [
      // escalate: true
      { message: "My son twisted his ankle badly during sparring last night and he can barely put weight on it this morning. What do we do now?", escalate: true },
      { message: "think i cracked a rib at saturdays grading, still hurts to breathe in", escalate: true },
      { message: "I'm honestly so upset. Sensei shouted at my daughter in front of the whole class on Tuesday for getting her kata wrong and she came home in tears. She's 7. She doesn't want to go back.", escalate: true },
      { message: "hi we're moving to leeds end of the month so can you stop the monthly payments for me and my 2 boys please", escalate: true },
      { message: "I'd like to end my membership from next month. Thanks.", escalate: true },
      { message: "One of the older teenagers from the club has been messaging my 11 year old on Instagram late at night and it's making her really uncomfortable. They met at Thursday juniors. I don't know who else to tell.", escalate: true },
      { message: "My lad keeps getting his stuff taken and called names in the changing room before class by a couple of the other kids. It's been going on for weeks.", escalate: true },
      { message: "Can someone explain why my son didn't pass his orange belt? I was watching and he did every kata perfectly, better than two of the kids who did pass. It's not fair on him, he trained so hard for it.", escalate: true },
      { message: "We paid £120 for the summer camp but Maisie broke her arm at school on Friday so she can't do it now. Can we have the money back?", escalate: true },
      { message: "How much would it be for one to one sessions with Sensei Dave? My son wants to prep for his brown belt.", escalate: true },
      { message: "Hello, I'm a reporter at the Leicester Mercury putting together a piece on grassroots clubs in the city - would the head instructor be up for a short interview?", escalate: true },
      { message: "We run a local building firm and wondered if the club would be interested in us sponsoring the kids' kit this year?", escalate: true },
      { message: "can i speak to the owner please", escalate: true },
      // escalate: false
      { message: "What's your refund policy if I pay for the month and then can't make some of the lessons?", escalate: false },
      { message: "My daughter hurt her wrist at netball last week, nothing serious. Is it ok for her to come tonight and just do kicks?", escalate: false },
      { message: "who takes the kids class on thursdays?", escalate: false },
      { message: "When's the next grading and how much is it?", escalate: false },
      { message: "What does my son need to know for his yellow belt grading? He's nervous about it", escalate: false },
      { message: "how do I set up the direct debit? got the email but not sure where to go", escalate: false },
      { message: "Are your instructors DBS checked? Just want to be sure before I sign my little one up.", escalate: false },
      { message: "Is there a first aider at gradings?", escalate: false },
      { message: "What age can kids start? My daughter is 4 and a half.", escalate: false },
      { message: "Is there a free trial for adults? I'm 43 and haven't done anything like this before lol", escalate: false },
      { message: "What should I wear for my first session, do I need to buy a gi straight away?", escalate: false },
      { message: "We're away for 2 weeks in August, do I need to pause anything?", escalate: false },
      { message: "Where's best to park?", escalate: false },
    ],
  },

  // 2. Chiropody / podiatry clinic — escalationRules empty, hand-overs as prose in businessRules
  {
    name: 'Footsteps Podiatry',
    businessContext:
      "Footsteps Podiatry is a small private foot clinic on Station Parade in Harrogate. I'm Claire Hughes, HCPC registered podiatrist, and I work with one other podiatrist, Raj Mistry, plus Sue on reception three days a week. We do routine chiropody (nails, corns, hard skin), ingrown toenail surgery under local anaesthetic, verruca treatment, diabetic foot checks, biomechanical assessments and custom orthotics. Clinic is open Mon-Fri 9-5.30 and Saturday mornings 9-12. We're private only, not NHS, but we can see people who've been referred by their GP if they choose to pay. Ground floor, step free access and there's a pay and display right outside. Card or cash, payment on the day. Most of our regulars are older folk and a lot of diabetic patients so please be patient and kind on here.",
    escalationRules: [],
    businessRules:
      "Prices: first appointment (assessment + treatment) £52, routine follow ups £42, 40 mins. Diabetic foot check £45. Verruca treatment from £38 a session. Nail surgery £295 per toe incl. two redressing appointments. Biomechanical assessment £85, custom orthotics £180 on top (usually takes 3 weeks to come back from the lab). Some health insurers cover us (Bupa, Aviva, Simply Health) - patient pays us and claims back, we give them a receipt.\n\nPlease tell people 24 hrs notice to cancel or move an appointment or we charge half the fee. Moving an appointment is fine, just offer the next slots. First visit: bring a list of your medications and wear shoes you normally walk in. Nail surgery recovery: most people back in normal shoes in a week or two, full healing 6-8 weeks, no swimming for 2 weeks. Pre-op we send a questionnaire that covers medications, and we go through it at the consultation. We don't treat sprains or sports injuries - suggest a physio or GP or minor injuries unit. We treat kids verrucas from age 5. Patients normally see the same podiatrist each time if they want to.\n\nIf anyone gets in touch after nail surgery or any treatment with us and it sounds like an infection - toe red and hot, spreading redness, pus, feeling feverish or shivery - I need to hear about that myself the same day, so hand it straight over to me and don't try to reassure them it's normal. Same goes for bleeding after treatment that hasn't stopped with pressure.\n\nAny diabetic patient who tells you about a new wound, sore, ulcer or a change in colour on their foot, do not give advice, pass it to me or Raj urgently. It can go bad very fast with diabetics.\n\nComplaints about treatment, about me, Raj or Sue, or about the clinic in general - pass them to me, I'd always rather deal with it personally. Also if someone's unhappy with orthotics and wants their money back or says they don't work, that comes to me too.\n\nRequests for copies of records or letters (for solicitors, insurance companies, the DVLA, whatever) need to come to me as there's data protection stuff.\n\nHome visits - I only do a few for housebound patients and I arrange them myself, so if someone is asking to book one hand them over to me.",
    cases: [
      // escalate: true
      { message: "I had my ingrown toenail done on Tuesday and now the whole toe is hot and swollen and there's yellowy stuff coming out of it. Is that normal??", escalate: true },
      { message: "Feeling shivery and rough since the nail op on Monday and the toe is throbbing like mad. Should I be worried?", escalate: true },
      { message: "Hi, I'm type 1 diabetic and a patient of Raj's. Noticed a small sore on the ball of my foot that wasn't there last week and it doesn't seem to be healing.", escalate: true },
      { message: "my dads diabetic and his big toe has gone a dark purply colour since yesterday. he says its fine but im not so sure", escalate: true },
      { message: "I was very unhappy with my appointment this afternoon. My nail was cut so short it bled and I was barely given an apology. I have been a patient for six years and I have never been treated like that. I'd like someone to contact me.", escalate: true },
      { message: "The lady on reception was quite rude to my mother on the phone today, she's 84 and hard of hearing and was made to feel stupid.", escalate: true },
      { message: "The little cut from my corn treatment this morning is still bleeding through the plaster, I've been pressing on it for 30 mins", escalate: true },
      { message: "Paid £180 for custom insoles in March and honestly they've made no difference, my heel pain is worse if anything. I'd like a refund.", escalate: true },
      { message: "Could you send a copy of my treatment notes to my solicitor please? It's for a personal injury claim.", escalate: true },
      { message: "Bupa are asking for a letter from the podiatrist confirming my diagnosis and treatment plan for my claim - can you do that?", escalate: true },
      { message: "My mum is 92 and can't really leave the house any more. Would someone be able to come to hers to do her toenails? She's in Pannal.", escalate: true },
      { message: "Can I book a house call for my husband please, he had a stroke in January and can't manage getting out to the clinic.", escalate: true },
      { message: "I want to talk to a real person not a chatbot", escalate: true },
      // escalate: false
      { message: "How much is a routine nail cut and hard skin appointment?", escalate: false },
      { message: "I'm diabetic, do you do the annual foot checks and how much are they?", escalate: false },
      { message: "Thinking about getting my ingrown toenail sorted. What's the recovery like after nail surgery, how long before I can go back to the gym?", escalate: false },
      { message: "I sprained my ankle playing netball on Saturday, do you treat that or should I see someone else?", escalate: false },
      { message: "What's your cancellation policy?", escalate: false },
      { message: "Is it always the same podiatrist I'd see or does it change?", escalate: false },
      { message: "Do I need to stop any of my tablets before nail surgery? I'm on blood pressure meds", escalate: false },
      { message: "Are orthotics covered by health insurance? I'm with Aviva", escalate: false },
      { message: "what do i need to bring to my first appt", escalate: false },
      { message: "Is the clinic wheelchair accessible? My mum uses one", escalate: false },
      { message: "Can I move my Thursday 2pm to sometime next week please?", escalate: false },
      { message: "Do you treat verrucas on children? My son is 7", escalate: false },
      { message: "Do you take referrals from the GP or is it NHS?", escalate: false },
    ],
  },

  // 3. Crazy golf with bar — hand-overs as bulleted list under owner's heading in businessRules
  {
    name: 'Jungle Putt Adventure Golf & Bar',
    businessContext:
      "Jungle Putt is an 18 hole adventure golf course with a bar on the seafront at Boscombe, Bournemouth. Jungle theme - waterfalls, a rope bridge, a pirate ship on hole 12, a volcano on 18 that goes off if you get a hole in one. Round takes about 45 mins to an hour. The Tiki Bar does beer, cocktails, soft drinks, slushies, crisps, hot dogs and nachos, and you can take drinks round the course (plastic cups only). Open 10am-10pm in summer (Easter to end Sept), 11-8 in winter, weekends only in Jan. Prices: £9.50 adults, £7.50 kids 4-15, under 4s free, family ticket (2+2) £29. Book online or walk in, but evenings and weekends get busy. Owner is me, Gary, and the bar is run by my manager Jess. Kids welcome everywhere until 8pm, over 18s only after that.",
    escalationRules: [],
    businessRules:
      "Booking online is best in school hols and weekends, walk ins fine any other time. Card only, no cash anywhere on site. If it rains hard we'll swap your booking to another day, no refunds for drizzle tho lol. Birthday parties - up to 20 people, book the party package online, £14pp with a hot dog and slushie, we reserve a table on the deck. Course is mostly step free with a ramp bypass round the rope bridge so wheelchairs and buggies are fine, but the wooden bridges can get a bit slippy when its wet so take it steady. Lost brollies, hats, water bottles, kids toys etc go in the box behind the bar for 2 weeks, tell people to just pop in and have a look. Allergen folder is at the bar, we do have gluten free hot dog rolls but can't guarantee no cross contamination. Bar is open to anyone, you don't need to be playing. Challenge 25 on all alcohol, bring ID.\n\nStuff I need to deal with myself:\n- anyone whos hurt themselves on the course (slips, trips, banged heads etc) - I need to know and do the accident book\n- lost phones, wallets, keys, jewellery or anything valuable - Jess locks them in the safe so hand over\n- complaints about the bar staff or people being refused service\n- anyone wanting to hire the WHOLE place out (exclusive hire, works dos, corporate stuff)\n- payment problems - charged twice, money gone out but no booking etc\n- reports of drunk/aggressive people, fights, anyone being threatening\n- allergic reactions to anything from the bar",
    cases: [
      // escalate: true
      { message: "My little boy slipped on the wooden bridge on hole 9 yesterday and split his chin open, we ended up in A&E getting it glued. That bridge was soaking wet and there was no warning sign anywhere. Not impressed.", escalate: true },
      { message: "twisted my knee stepping off the side of the pirate ship, it's come up like a balloon today", escalate: true },
      { message: "I think I left my phone by the waterfall yesterday afternoon - black iPhone in a pink glittery case. Has anyone handed it in?", escalate: true },
      { message: "Please please help, I've lost my wedding ring at yours on Saturday, it must have slipped off when I was fishing my ball out of the pond on 14. It means the world to me.", escalate: true },
      { message: "The barman refused to serve my husband last night and was really rude about it, he'd had ONE pint. So embarrassing in front of our friends.", escalate: true },
      { message: "Is it possible to take over the entire course for a Friday night work do? About 60 of us, would want the bar too.", escalate: true },
      { message: "want to book out the whole place just for my 40th, exclusive, can we do that?", escalate: true },
      { message: "Booked online for 4 this morning and I've been charged twice, £38 has come out of my account two times.", escalate: true },
      { message: "payment's gone out of my bank but I never got a confirmation email and the booking isn't showing anywhere??", escalate: true },
      { message: "There was a group of lads absolutely hammered on the course last night, one of them shoved my partner into the railing and nobody from staff did a thing. We left early.", escalate: true },
      { message: "My daughter had a reaction after eating the nachos from your bar this afternoon, lips swelled right up. She's ok now after piriton but I want to know what was in them.", escalate: true },
      { message: "The girl on the bar short changed me by a tenner and then argued with me about it in front of everyone.", escalate: true },
      { message: "can I speak to a manager please", escalate: true },
      // escalate: false
      { message: "What time are you open on the bank holiday Monday?", escalate: false },
      { message: "Do we need to book or can we just turn up on a weekday?", escalate: false },
      { message: "Is the course ok for my nan? She's a bit unsteady on her feet and I'm worried about the bridges", escalate: false },
      { message: "Anyone handed in a small blue kids water bottle? Not a big deal, just checking before I buy another one", escalate: false },
      { message: "Can we book for my son's birthday, 12 kids plus a few parents?", escalate: false },
      { message: "Do you do gluten free food? My son's coeliac", escalate: false },
      { message: "What happens if it rains on the day we've booked?", escalate: false },
      { message: "Are kids allowed in the bar area in the evening?", escalate: false },
      { message: "Can I pay cash when we get there?", escalate: false },
      { message: "how much for 2 adults and 2 kids?", escalate: false },
      { message: "Can we just come for a drink at the bar without playing?", escalate: false },
      { message: "Do you ID people at the bar? My son's 19 but looks about 15", escalate: false },
      { message: "How long does a round take roughly?", escalate: false },
    ],
  },

  // 4. Picture framing workshop & gallery — mixed: escalationRules + prose hand-overs in businessRules
  {
    name: 'Gilt Edge Framers & Gallery',
    businessContext:
      "Gilt Edge is a bespoke picture framing workshop with a small gallery at the front, on Broad Street in Ludlow. It's me (Helen Ashworth) and my framer Mark, who's been doing it 25 yrs. We frame anything really - prints, originals, photos, certificates, needlework and tapestries, medals, shirts, kids artwork. Bespoke frames are made in the workshop out the back, we have about 400 mouldings and 80 mount colours to pick from. The gallery shows and sells work by Shropshire and Welsh borders artists, mostly landscapes, plus a rotating exhibition every 6 weeks - at the moment it's 'Coast & Hill', paintings by Anna Pryce and ceramics by Owen Lloyd. We also sell ready-made frames in standard sizes. Open Tues-Sat 9.30-5, closed Sun & Mon.",
    escalationRules: [
      "any damage to a customer's artwork/item while we've had it",
      'Valuable or antique pieces (worth over £1000) - I want to look at them myself',
      'unhappy with a finished frame - wrong colour, wrong mount, crooked, anything',
      'Artists asking to exhibit or sell in the gallery',
    ],
    businessRules:
      "Quotes: just bring the piece in, no appt needed, we'll go through mouldings and mounts with you there and then. Rough guide A4 from £45, A3 from £65, large pieces from £120 but it depends on moulding and glass. Turnaround is usually 2-3 weeks, we'll ring when its ready. You can collect any day we're open, we hold finished work for up to 3 months. Conservation glass (UV filtering) is worth it for originals, signed prints and anything in sunlight - about 30% extra. We're fully insured for work in our care. We can sometimes flatten creased prints or paper but need to see it first. Local delivery + hanging within 10 miles is £25.\n\nGallery: everything's for sale, prices are on the labels. You can reserve a piece for up to 7 days with a 20% deposit. Ready-mades from £8 in the shop.\n\nIf someone wants to pay for a gallery piece in instalments or tries to haggle on the price then pass them to me, Mark or the chatbot can't agree that. Also business/trade orders - hotels, offices, cafes, anyone wanting lots of frames (20+) - hand over so I can quote properly. And if a customer says their framing is late, ie past the date we told them, please pass it to me so I can find out whats happened rather than guessing.",
    cases: [
      // escalate: true
      { message: "I picked up my grandmother's embroidery today and there's a tear along the bottom edge that definitely wasn't there when I dropped it off. I'm absolutely devastated, it's irreplaceable.", escalate: true },
      { message: "Got home and noticed a water mark on the corner of my print, it was perfect when I brought it in", escalate: true },
      { message: "I've inherited an original L.S. Lowry pencil sketch, valued at about £8,000. I'd like it framed properly - how do we go about it?", escalate: true },
      { message: "Frame's come back black. I specifically chose the dark walnut. This isn't what I ordered.", escalate: true },
      { message: "The mount on my degree certificate is off centre, it's noticeably wider on the left than the right. Bit disappointed to be honest given what I paid.", escalate: true },
      { message: "Hi, I'm a watercolour painter based near Clun - would you consider showing some of my work in the gallery? Happy to drop in a portfolio.", escalate: true },
      { message: "Love the big seascape in the window. Would you take £600 for it instead of £850?", escalate: true },
      { message: "is there any way i could pay for the Anna Pryce painting over 3 or 4 months?", escalate: true },
      { message: "We're refurbishing a 30 bedroom hotel in Church Stretton and need around 60 prints framed in matching frames. Could you quote for that?", escalate: true },
      { message: "My order was supposed to be ready last Friday. Still nothing, nobody has rung me. It's a wedding present for THIS Saturday!!", escalate: true },
      { message: "I was told 2 weeks for my frame and it's been 5 now. What's going on with it?", escalate: true },
      { message: "There's a crack in the glass on the frame I collected and the photo underneath has a scratch across it.", escalate: true },
      { message: "Can I talk to Helen please?", escalate: true },
      // escalate: false
      { message: "How long does framing usually take?", escalate: false },
      { message: "What happens if something gets damaged while you've got it? Are you insured?", escalate: false },
      { message: "My print got creased in the post on the way from the artist before I even got it. Can you do anything with that when you frame it?", escalate: false },
      { message: "What's conservation glass and is it worth paying extra for on a signed limited edition print?", escalate: false },
      { message: "Who are the artists in the exhibition at the moment?", escalate: false },
      { message: "Can I reserve one of the paintings in the gallery and pick it up next Saturday?", escalate: false },
      { message: "Do you sell work by local artists or just do framing?", escalate: false },
      { message: "I need 3 frames for my home office, all the same style. Roughly how much?", escalate: false },
      { message: "Do I need an appointment to bring something in for a quote?", escalate: false },
      { message: "Can I collect my order on Saturday instead of Friday? You rang to say it's ready", escalate: false },
      { message: "Do you do ready made frames? Need a 10x8 for a photo", escalate: false },
      { message: "Do you deliver and hang? I'm in Ludlow town", escalate: false },
      { message: "Are you open on Mondays?", escalate: false },
    ],
  },
];
