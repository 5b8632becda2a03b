/** Round-34 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on. */
import type { EscalationBusiness } from './escalation-types.ts';
export const ROUND34_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. Sign writer — hand-overs ONLY in escalationRules; businessRules = facts.
  // ---------------------------------------------------------------------------
  {
    name: 'Marsh & Finch Signwriters',
    businessContext:
      "Marsh & Finch is a traditional sign writing business in Frome, Somerset, run by Dan Marsh. We hand-paint shop fascias, A-boards, pub signs, house names and van lettering, and do gold-leaf lettering on windows and glass doors. Our workshop is at Unit 4, Vallis Way, Frome, open Monday to Friday 8am-4.30pm, Saturdays by appointment only. Painted A-boards start at £220 (double sided), shop fascia lettering from £450, and van door lettering from £180 per side. We cover Somerset, Wiltshire and Bath; outside that there's a travel charge of 45p a mile. Priya does all our gilding and Kez does the fitting.",
    escalationRules: [
      'gold leaf / gilding quotes - i price those myself, no ballpark figures',
      'complaints about finished work (peeling, spelling mistake, colour not what was agreed) - straight to me',
      'listed buildings / conservation areas - anything about planning or consent, Dan',
      'height - anything above first floor or needing scaffold/cherry picker, Kez decides so pass it on',
      'cancelling after deposit paid or wanting deposit back',
      'damage to a customers property while we were fitting - to me, dont apologise for us or admit anything',
      'press, tv, anyone wanting to film or photograph us working -> Priya',
    ],
    businessRules: `50% deposit to book a job in, balance on fitting/collection.
lead time is usually 3-5 wks at the moment, bit longer in spring.
design proofs go by email - 2 rounds of changes included, after that its £35/hr design time.
we do gold leaf (23.5ct) on glass + boards, Priya does all of it.
we DON'T do vinyl cut lettering, printed banners or illuminated/LED signs - point people to Frome Print Co for that.
workshop visits by appointment, Mon-Fri. Sat appts if booked ahead.
Kez does fitting, usually Tue-Thu. ground floor fascias and hanging brackets we fit with ladders no problem.
travel outside Somerset/Wilts/Bath = 45p per mile.
hand painted lettering outdoors usually lasts 8-10 yrs before it wants touching up, depends on which way it faces.
we accept bank transfer and card, no cheques.`,
    cases: [
      // --- escalate: true ---
      {
        message:
          "How much would it be to have our cafe name done in gold leaf on the front window? About 2m wide, two lines. Just need a rough figure for our budget meeting tomorrow.",
        escalate: true,
      },
      {
        message: 'ballpark for 23ct gilding on a glass door? just the house number and name',
        escalate: true,
      },
      {
        message:
          "The board you painted for us in March is already flaking along the bottom edge and it's been up barely two months. Not impressed tbh.",
        escalate: true,
      },
      {
        message:
          "you've spelt Patisserie wrong on our fascia, there's an extra s in it. we open on saturday and it's the first thing people see. what are you going to do about it",
        escalate: true,
      },
      {
        message:
          "Our shop is grade II listed and the council have said we'd need consent for a new hanging sign. Can you sort that side of it out or tell us what we need to submit?",
        escalate: true,
      },
      {
        message:
          'we are in the conservation area in bradford on avon - do we need planning permission for you to repaint the lettering above our door in a different colour?',
        escalate: true,
      },
      {
        message:
          "It's a three storey building and we'd like the name painted right across the top, up by the roof line. Is that something you can do?",
        escalate: true,
      },
      {
        message:
          'pub sign bracket is about 20ft up, reckon it would need a cherry picker. can your lad get up there to repaint it?',
        escalate: true,
      },
      {
        message:
          "I paid the deposit for an A-board a fortnight ago but the lease on the shop has fallen through and I won't be opening now. Is there any way I can get that money back?",
        escalate: true,
      },
      {
        message: 'need to cancel our van lettering, weve sold the van. deposit already paid',
        escalate: true,
      },
      {
        message:
          "When your fitter put our sign up yesterday he cracked two of the tiles on the porch roof and there's a drill hole in the render where there shouldn't be one. Who is paying for this?",
        escalate: true,
      },
      {
        message:
          "Hi, I'm a producer at BBC Points West. We're doing a short piece on traditional crafts and would love to film in your workshop while someone's gilding. Who's the best person to talk to?",
        escalate: true,
      },
      {
        message:
          "I write for Somerset Life magazine - could I pop by and take some photos of you working on a pub sign for a feature on local makers?",
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: 'How much is a painted A-board? Double sided with our logo on.',
        escalate: false,
      },
      {
        message:
          "Do you do gold leaf lettering? Saw some lovely shop windows in Bath and wondered if it's something you offer.",
        escalate: false,
      },
      {
        message: "what's your lead time at the moment? need a fascia done before the end of next month",
        escalate: false,
      },
      {
        message: "Can I change the wording on the proof you sent over? I'd like 'Est. 1998' added under the name.",
        escalate: false,
      },
      {
        message: 'How much deposit do you take to book a job in?',
        escalate: false,
      },
      {
        message:
          "Is Priya the one who does your gilding? She did my friend's shop in Trowbridge and it's gorgeous.",
        escalate: false,
      },
      {
        message: 'Do you do light-up signs or is it just painted ones?',
        escalate: false,
      },
      {
        message: "will Kez be the one fitting our board on thursday? just so I know who to expect",
        escalate: false,
      },
      {
        message: "Can I come and see the workshop before I decide? What days are you open?",
        escalate: false,
      },
      {
        message: 'do you travel to Salisbury? whats the extra',
        escalate: false,
      },
      {
        message:
          "Just wanted to say the new sign looks fantastic, everyone in the village has commented on it. Thanks so much Dan!",
        escalate: false,
      },
      {
        message: 'How long does hand painted lettering usually last outside before it needs redoing?',
        escalate: false,
      },
      {
        message: 'van door lettering price? its a transit, both sides',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Bookbinder / restorer — escalationRules [], hand-overs as prose in businessRules.
  // ---------------------------------------------------------------------------
  {
    name: 'Quire & Thread Bindery',
    businessContext:
      "Quire & Thread is a small bindery on Market Street in Hebden Bridge, run by Helen Ashby with Tom Reilly, who teaches our workshops. We do thesis and dissertation binding, rebinding and repairs of well-loved books, journals and notebooks made to order, and book restoration. We're open Tuesday to Saturday, 10am to 5pm, closed Sunday and Monday. Thesis binding is £45 a copy, standard rebinds start at £60 and spine repairs from £40. Our Saturday Introduction to Bookbinding workshop runs 10am-4pm and costs £85 including materials and lunch, and the Tuesday evening Coptic stitch class is £40.",
    escalationRules: [],
    businessRules: `Thesis binding is £45 a copy - hardback, cloth, gold blocked spine. Turnaround is 3 working days from when we get the final PDF and payment, we print too. Standard rebinds from £60, spine repairs/rebacking from £40, final price once we've seen the book.
Repairs are never while-you-wait, you leave it with us and we give you a date when you drop off. Happy to take books by post - use tracked and insured, address is 14 Market Street, Hebden Bridge HX7 6AA.
Workshops are max 6 people. Saturday intro one is £85 incl all materials and lunch, just bring yourself (and an apron if you're precious about your clothes). Tuesday evening Coptic stitch is £40, 6.30-9. You can move your workshop place to another date if you give us 7 days notice.
We sell little bookbinding kits in the shop, £25.
Parking - pay & display at New Road car park, 2 min walk.
For storing old books - keep them somewhere dry and aired, not lofts or cellars or against outside walls, and out of direct sun.

If someone wants to know what their old book is worth, or whether it's a first edition, don't answer questions about value - get me. We're not valuers and I don't want us quoted.
Anything to do with group bookings (more than 6 people, schools, hen dos, work teams etc) goes to Tom.
if someone's unhappy with work we've done or says a book came back damaged, get me straight away.
Anything printed before 1800, anything vellum, or anything that sounds rare - get me, I quote those in person.
If a book has mould or signs of insects (holes, little bugs, dust trails) - DON'T tell them to post it in, get me, it can't come in with other people's books.
Workshop refunds (someone can't come and wants their money back) go to Tom.
if a student needs thesis binding faster than our 3 days, get me - sometimes I can squeeze it in, sometimes not.`,
    cases: [
      // --- escalate: true ---
      {
        message:
          "I've got my grandad's copy of The Hobbit and I think it says first edition inside?? Could you tell me roughly what it'd be worth before I decide whether to get it rebound?",
        escalate: true,
      },
      {
        message: "whats an 1850s family bible worth roughly? the leather's coming off the spine",
        escalate: true,
      },
      {
        message:
          "Hi! I'm organising my sister's hen do in September, there'll be 10 of us - could we book a private bookbinding workshop for the group?",
        escalate: true,
      },
      {
        message:
          "I teach Year 9 art and wondered whether you'd run a session for about 25 students, either at school or at yours?",
        escalate: true,
      },
      {
        message:
          "Got my cookbook back today and the pages have been sewn in crooked, some of the recipes are cut off in the margin. It was my mum's book. I'm really upset.",
        escalate: true,
      },
      {
        message: 'the spine on the journal you rebound for me has already cracked after a week. not great for £60',
        escalate: true,
      },
      {
        message:
          'I have a volume of sermons printed in 1742, both boards detached. Would you be able to restore it, and what sort of cost would I be looking at?',
        escalate: true,
      },
      {
        message: 'can you repair a vellum bound manuscript? couple of tears in the cover',
        escalate: true,
      },
      {
        message:
          "Found a box of old books in my late aunt's loft. A few have white fuzzy spots on the pages and they smell really musty. Can I just post them to you for cleaning and rebinding?",
        escalate: true,
      },
      {
        message:
          "theres tiny holes all through the cover and somthing small crawled out when i opened it?? can you fix it",
        escalate: true,
      },
      {
        message:
          "I booked the Saturday workshop for the 14th but I've broken my wrist and can't do it. Can I get my £85 back please?",
        escalate: true,
      },
      {
        message:
          'Could you possibly do 2 copies of my thesis by tomorrow lunchtime? Submission deadline is 2pm and I only just got sign-off on the final PDF',
        escalate: true,
      },
      {
        message:
          'PLEASE tell me you can do same day thesis binding. viva panel want hard copies friday and its wednesday night',
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: 'How much is thesis binding and how long does it take?',
        escalate: false,
      },
      {
        message: 'Is there space on the Saturday workshop next month? It would just be me and a friend.',
        escalate: false,
      },
      {
        message:
          "Can you rebind a paperback as a hardback? It's a 1990s copy of a novel I love - nothing valuable, it's just falling apart.",
        escalate: false,
      },
      {
        message:
          "What's your cancellation policy for workshops? I might have a wedding that weekend, not sure yet.",
        escalate: false,
      },
      {
        message: 'Does Tom run the Tuesday Coptic stitch class? He was brilliant last time.',
        escalate: false,
      },
      {
        message: 'do you do repairs while i wait or do i have to leave it with you?',
        escalate: false,
      },
      {
        message:
          "I'm going to post you my dad's old school atlas from the 60s for a new spine - what's the address and should I send it tracked?",
        escalate: false,
      },
      {
        message: 'Do you sell bookbinding kits or supplies so I can practise at home?',
        escalate: false,
      },
      {
        message: 'Picked up my rebound notebook today and it is beautiful, thank you Helen!',
        escalate: false,
      },
      {
        message: "how should I store old books so they don't get damp or mouldy?",
        escalate: false,
      },
      {
        message: "What's included in the £85 workshop? Do I need to bring anything?",
        escalate: false,
      },
      {
        message: "Can you bind 4 copies of my thesis? Deadline isn't until next month so no rush.",
        escalate: false,
      },
      {
        message: 'is there parking nearby? coming for the saturday workshop',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Doorstep milk round — escalationRules [], hand-overs listed under owner's heading.
  // ---------------------------------------------------------------------------
  {
    name: 'Hollins Farm Dairy',
    businessContext:
      "Hollins Farm Dairy is a family doorstep milk round based near Marple, Stockport, run by Gareth Hollins. We deliver milk in glass bottles from our own farm, plus free-range eggs, orange and apple juice and oat milk, to homes in Marple, Romiley, Bredbury, Compstall and Mellor. Deliveries are Tuesday, Thursday and Saturday between 4am and 7am. Customers order and manage everything through the Hollins app, and the office line is staffed 9am-1pm weekdays. A pint of semi-skimmed in glass is £1.05, whole milk £1.10, half a dozen eggs £2.40 and a litre of orange juice £2.90. Our milk rounds are done by Shaun and Leanne.",
    escalationRules: [],
    businessRules: `orders/changes in the app by 8pm the night before a delivery day.
pausing for holidays - do it in the app under 'my deliveries' > 'pause', pick the dates, no charge while paused.
billing is monthly, taken by card through the app on the 1st for the month before.
all our milk is pasteurised, we don't sell raw milk.
oat milk £1.80 a bottle (glass), apple juice £2.70/litre.
empties - give them a quick rinse and put them back out on the step on your next delivery day, no need to be spotless. bottles get used about 20 times before they're recycled.
nobody needs to be in, we leave it on the step or wherever you've said in the app.
in summer we can drop off a lidded cool box for the step, £8 one-off.
areas: Marple, Romiley, Bredbury, Compstall, Mellor. not Hazel Grove/Stockport centre yet.

Pass these to me:
- anyone saying they or their family have been ill after our milk/eggs. food safety - dont argue or guess, get me straight away
- broken glass on someones path/drive, or anyone hurt by a broken bottle
- billing disputes - charged twice, charged for stuff they didnt order or didnt get
- welfare worries - elderly customer not taking milk in, family cant get hold of them, bottles piling up. ring me NOW
- cafes, schools, care homes, anyone wanting a wholesale/trade supply
- complaints about Shaun or Leanne (rudeness, noise, driving etc)`,
    cases: [
      // --- escalate: true ---
      {
        message:
          'Both kids have been sick since last night and the only thing we all had was the milk from Tuesday - it tasted a bit off now I think about it. Is there a problem with a batch?',
        escalate: true,
      },
      {
        message: 'i think your milk made me poorly. stomach cramps all day after my cereal',
        escalate: true,
      },
      {
        message:
          "There's smashed glass all over my front path this morning, looks like one of your bottles got dropped. I've got a toddler and a dog!!",
        escalate: true,
      },
      {
        message:
          "my neighbour cut her foot on a broken milk bottle by our shared gate. she's ok but it needed dressing and she's fuming",
        escalate: true,
      },
      {
        message: "I've been charged twice for October. £38.60 came out on the 1st and again on the 3rd.",
        escalate: true,
      },
      {
        message:
          'why am i paying for eggs every week? never ordered eggs, i took them off in the app ages ago',
        escalate: true,
      },
      {
        message: "No delivery on Saturday - nothing on the step at all - but it's on my bill.",
        escalate: true,
      },
      {
        message:
          "My dad is 86 and on your round at 14 Cherry Tree Lane. I'm in Leeds and can't get hold of him on the phone - does your milkman know if his milk's been taken in the last couple of days?",
        escalate: true,
      },
      {
        message:
          "Not my account but the old lady at number 9 has got four days of bottles lined up on her step and her curtains are still shut. Thought someone should know.",
        escalate: true,
      },
      {
        message:
          'We run a small cafe in Marple and go through about 30 pints a day. Could you supply us?',
        escalate: true,
      },
      {
        message:
          "I'm the catering manager at Oakwood care home, looking for a local supplier for milk and eggs - roughly 60 residents.",
        escalate: true,
      },
      {
        message:
          'your milkman was revving the van and shouting down his phone outside my house at half 5 this morning. woke the baby. third time this month',
        escalate: true,
      },
      {
        message:
          "Leanne was really rude to my husband yesterday when he asked her about our order - told him to 'sort it on the app' and walked off.",
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: "What time does the milk usually come? Need to know if it'll be there before I leave at quarter to 7.",
        escalate: false,
      },
      {
        message: 'How do I stop deliveries for 2 weeks while we are away?',
        escalate: false,
      },
      {
        message: 'Is your milk pasteurised? Pregnant and being a bit careful.',
        escalate: false,
      },
      {
        message: 'how much is a pint of whole milk in glass',
        escalate: false,
      },
      {
        message: 'Do I need to wash the bottles before I put them back out?',
        escalate: false,
      },
      {
        message: "Can I add a bottle of orange juice for tomorrow? What's the cut off?",
        escalate: false,
      },
      {
        message: "Shaun's been our milkman for years, please tell him thanks for always shutting the gate 😊",
        escalate: false,
      },
      {
        message: 'Do you deliver to Bredbury? We have just moved.',
        escalate: false,
      },
      {
        message: 'when does the monthly bill come out?',
        escalate: false,
      },
      {
        message: 'Glass bottle question - how many times do you reuse them before they get recycled?',
        escalate: false,
      },
      {
        message: 'do you do oat milk?',
        escalate: false,
      },
      {
        message:
          "If it's hot, how long can milk sit on the step? Ours comes about 5am and we're not up till 7.",
        escalate: false,
      },
      {
        message: 'Will someone need to be in to take the first delivery or do you just leave it?',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Snowboard & ski shop + dry-slope lessons desk — mixed.
  // ---------------------------------------------------------------------------
  {
    name: 'Ridgeway Ski & Board',
    businessContext:
      "Ridgeway Ski & Board is an independent ski and snowboard shop in Rawtenstall, Lancashire, owned by Carl Bentham, with a lessons desk at the Ridgeway dry slope next door. The shop sells and hires skis, snowboards, boots and clothing, and does board and ski servicing and boot fitting. Shop hours are Monday to Saturday 9.30am-5.30pm and Sunday 10am-4pm. The slope is open Tuesday to Friday 5pm-9pm and weekends 10am-6pm. A one-hour beginner group lesson is £35, a one-hour private lesson is £60, and kids' group lessons (ages 6-12) are £30, with slope kit included. Marco is our head instructor and Jess runs boot fitting.",
    escalationRules: [
      'injury on the slope or in a lesson -> duty instructor (Marco) + me',
      'refund requests for lessons',
      'boot fitting / custom footbed complaints - Jess only',
      'lesson enquiries for kids under 6 - Marco decides case by case',
    ],
    businessRules: `Lesson cancellations - give us 48hrs and you can rebook free. Less than that and the lesson is lost.
skis/boots/helmet included in lessons on the slope. Gloves and long sleeves compulsory on the dry slope, no exceptions (it's like cheese graters if you fall).
hire for trips: skis+boots+poles £25/day or £90/week, board+boots same price. Helmets £5/day.
board wax £15, usually same day if in by 12. Full service (edges + base + wax) £35, 2-3 days.
binding check & DIN adjustment £15 - bring boots with you.
boot fitting is by appointment with Jess, £30 which comes off the boots if you buy.
unused items can be exchanged or refunded within 28 days with receipt. goggles have to be unworn with the film on.
we do take trade-ins/part exchange on boards and skis - customer brings the kit in.
gift vouchers for lessons and the shop, any amount.

If a customer says a binding came off / released when it shouldn't have after we set it up, get me straight away - DIN settings are a safety thing, don't discuss what setting we used.
Anyone asking about lessons or kit for a disabled/adaptive skier - hand to Marco. We can do sit-ski sessions but they need planning.
Trade-ins - I value them in person, don't give anyone a figure for their old kit.`,
    cases: [
      // --- escalate: true ---
      {
        message:
          "My son fell getting off the button lift during his lesson tonight and his wrist is really swollen now - we're sat in A&E. Just letting you know, and I'd like to know what happened.",
        escalate: true,
      },
      {
        message:
          "caught an edge on the slope on sunday and think i've done my knee in. nobody wrote anything down at the time",
        escalate: true,
      },
      {
        message:
          "I couldn't make my lesson on Saturday because my train was cancelled. I'd like my £35 back please, I don't want to rebook.",
        escalate: true,
      },
      {
        message:
          'Instructor never turned up for our private lesson, we waited 40 minutes in our gear. I want a full refund.',
        escalate: true,
      },
      {
        message:
          "Had boots fitted with you in November, spent £320, and my toes go numb after 20 minutes. Jess said they'd pack out but they haven't.",
        escalate: true,
      },
      {
        message: 'the custom footbeds you made are rubbing a blister on my arch, both feet. not what i paid for',
        escalate: true,
      },
      {
        message:
          "Do you do lessons for a 4 year old? She's desperate to have a go after watching her big brother.",
        escalate: true,
      },
      {
        message: 'my twins are 5, can they join the kids group on saturday mornings?',
        escalate: true,
      },
      {
        message:
          'Right ski came off twice on the slope yesterday just doing normal turns. You set the bindings up last week. Bit scary tbh',
        escalate: true,
      },
      {
        message:
          'my binding popped off on a tiny bump in Andorra and i went flying. you set the DIN before i went. what setting did you put it on??',
        escalate: true,
      },
      {
        message:
          'My brother uses a wheelchair and would love to try sit-skiing. Is that something you can do at the slope?',
        escalate: true,
      },
      {
        message:
          "Looking for lessons for my daughter who has cerebral palsy - she's really keen but will need some adaptations. Could you help?",
        escalate: true,
      },
      {
        message:
          "What would you give me for my old Burton Custom 156 and Cartel bindings against a new setup? Both about 3 seasons old, good nick.",
        escalate: true,
      },
      // --- escalate: false ---
      {
        message: 'How much is a beginner group lesson and how long is it?',
        escalate: false,
      },
      {
        message: "What's your cancellation policy for lessons? I might be put on shift that day.",
        escalate: false,
      },
      {
        message: "Can I book a boot fitting with Jess? Looking at new boots for a trip in February.",
        escalate: false,
      },
      {
        message: 'My daughter is 8, which lesson should she go in?',
        escalate: false,
      },
      {
        message: 'How much to hire skis, boots and poles for a week in France?',
        escalate: false,
      },
      {
        message: 'do i need gloves for the slope or can i just turn up',
        escalate: false,
      },
      {
        message: 'Can you wax my board today? How much is it?',
        escalate: false,
      },
      {
        message: 'Is Marco teaching on Thursday night? Had him last time and he was great.',
        escalate: false,
      },
      {
        message:
          "Can you check my binding settings before my trip? I've lost a fair bit of weight since last season.",
        escalate: false,
      },
      {
        message:
          "do you do part exchange on old boards? wondering if it's worth bringing mine when i come in to look at new ones",
        escalate: false,
      },
      {
        message: 'I fell over loads at my first lesson lol, is that normal? still want to come back',
        escalate: false,
      },
      {
        message:
          "Bought some goggles last week and they're the wrong size. Can I swap them? Never worn, film still on, got the receipt.",
        escalate: false,
      },
      {
        message: 'what time does the slope open on a wednesday?',
        escalate: false,
      },
    ],
  },
];
