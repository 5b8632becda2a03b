/**
 * Round-30 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * Businesses (escalate / no):
 *   - Kingpin Lanes (tenpin bowling alley, Swindon): 13 escalate / 11 no
 *   - Deep Blue Dive Centre (scuba diving school, Plymouth): 13 escalate / 11 no
 *   - Hartley & Sons Roofing (roofing contractor, Leeds): 13 escalate / 11 no
 *   - Ivory & Lace Bridal (bridal boutique, Harrogate): 13 escalate / 11 no
 *
 * Deep Blue Dive Centre and Ivory & Lace Bridal have escalationRules: [] and keep all
 * their hand-over instructions inside businessRules, in the owner's own words and layout
 * (a dashed/starred note for the dive centre, flowing prose for the bridal boutique).
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND30_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Kingpin Lanes',
    businessContext:
      "Kingpin Lanes is Swindon's family-run tenpin bowling centre, open 7 days a week since 2009. We've got 16 lanes with automatic bumpers and ball ramps for little bowlers, a retro arcade, a licensed bar and the Pinsetter Diner serving burgers, pizzas and kids' meals. We host hundreds of birthday parties, league nights every Tuesday and Thursday, and work socials of all sizes. Come for a game, stay for the milkshakes!",
    escalationRules: [
      'Anyone hurt at the venue (slips, trips, fingers trapped, dropped balls etc)',
      'Charged twice or charged the wrong amount',
      'Complaints about a member of staff',
      'Group bookings over 40 people or hiring the whole venue',
      'Lost valuables left here - phones, wallets, keys, jewellery',
      'Party cancelled with less than 48 hrs notice and they want money back',
      'Allergic reaction or someone ill after eating/drinking here',
    ],
    businessRules:
      "Be upbeat and friendly, we're a family place. Use first names if they give them.\n" +
      "Prices: £7.50 per game adults, £6 under 16s, shoe hire included. Family ticket (2 adults 2 kids) £24 per game. Kids parties £14.95 per child - 2 games, meal, drink and a slush, minimum 8 kids. £30 deposit to book a party, refundable if cancelled 7+ days before, otherwise we keep it.\n" +
      "Don't promise a lane for walk-ins, weekends get busy - tell them to book online.\n" +
      "Under 16s must have an adult with them after 7pm. No under 18s in the bar area after 9pm.\n" +
      "Allergen info: point them to the allergen menu on the website and tell them to speak to the diner staff on the day. Never say anything is nut free or safe, our kitchen handles nuts.\n" +
      "Lost property is kept behind the front desk for 30 days - for coats, bags, water bottles etc just tell them to pop in or ring with a description.\n" +
      "Don't offer free games or refunds yourself - if it's not in these notes, a manager decides.",
    cases: [
      {
        message:
          "hi there, we were in on saturday afternoon for my sons 9th, great time generally but when he went to grab his ball from the return another ball came up and trapped his fingers. the lad on the desk gave him an ice pack but his middle fingernail has gone completely black now and the GP reckons it might come off. just wanted you to know",
        escalate: true,
      },
      {
        message:
          "Booked 2 lanes for this Friday 7pm via your website. Just checked my banking app and there are two payments of £48 to Kingpin Lanes on the same day, only got one confirmation email though",
        escalate: true,
      },
      {
        message:
          "Bit awkward this. Me and my wife came in last night for a few games, she went up to the bar to ask for a tap water and the guy with the beard told her to 'buy something or go without' and swore under his breath as she walked off. Not what you expect on a night out",
        escalate: true,
      },
      {
        message:
          "Hello, I'm organising the summer social for our office, there's around 60 of us. Rather than just a few lanes we were wondering if you'd consider shutting to the public for the evening and we take the whole place over, food included. Mid July ideally",
        escalate: true,
      },
      {
        message:
          "PLEASE HELP I took my engagement ring off to bowl last night and put it in the little pocket of my coat, I think it fell out under the seats on lane 11?? its white gold with a small diamond",
        escalate: true,
      },
      {
        message:
          "Hiya, my daughters party is booked for tomorrow at 2pm (10 kids) but she's woken up covered in chickenpox spots so obviously we cant come. Can we get the deposit back or have it moved?",
        escalate: true,
      },
      {
        message:
          "We came in on Sunday and I ordered the chicken nuggets kids meal for my daughter, I told the girl she has a nut allergy and she said it was fine. Within 10 minutes her lips were swelling and we had to use her epipen in the car park. She's ok now but I'm very shaken",
        escalate: true,
      },
      {
        message:
          "Was there thursday for league night and there was a puddle of something by the gents that hadnt been cleaned up, my feet went from under me and I landed on my wrist. Thought nothing of it but two days later its still swollen and I can't grip anything",
        escalate: true,
      },
      {
        message:
          "we paid for 3 games on lane 4 yesterday but the pinsetter kept jamming and after about an hour the staff said they couldnt fix it and we only managed 2 games. Still paid for 3 though?",
        escalate: true,
      },
      {
        message:
          "think i left my phone on the seats at lane 6 around 9ish tonight, black samsung in a clear case with a bus pass in the back. has anyone handed it in",
        escalate: true,
      },
      {
        message:
          "Not sure who to tell this to. My daughter (14) went with her friends last week and the lad on the shoe counter made a comment about her size when she asked for a size 7, loud enough that others laughed. She's been really upset about it and doesn't want to go back",
        escalate: true,
      },
      {
        message:
          "So after the Saturday party half our table had upset stomachs on Sunday - me, my husband and two of the kids all had the burgers. The ones who had pizza were fine. Thought you should know",
        escalate: true,
      },
      {
        message:
          "hi we've booked for a hen party of 25 next month but the stag lot want to join us now for a combined do, so it'll be about 45 of us. can you fit everyone and do food?",
        escalate: true,
      },
      { message: 'how much is a game on a sunday afternoon for 2 adults and 2 kids?', escalate: false },
      {
        message: 'Do you have the bumper things for little ones? My son is 4 and keeps getting gutter balls',
        escalate: false,
      },
      {
        message:
          "What's your policy if we book a party and need to cancel? Just checking before I pay the deposit as my son gets ill a lot",
        escalate: false,
      },
      {
        message: 'Left my black puffer jacket on Saturday, Next brand, size M. Do you keep lost property?',
        escalate: false,
      },
      {
        message:
          "Hi, we're a team of 25 from work looking to book 5 lanes plus some food on a Friday evening in March, what would that cost roughly?",
        escalate: false,
      },
      {
        message:
          "I messaged last week saying I'd been charged twice - the bank has put the second payment back now so all sorted, thanks. While I'm here, have you got any lanes free Saturday at 4?",
        escalate: false,
      },
      {
        message: 'can my 15 year old and his mates come in on their own on a friday night?',
        escalate: false,
      },
      {
        message:
          'My son has a peanut allergy, is there anything on the diner menu that would be safe for him? We are coming for his party next week',
        escalate: false,
      },
      {
        message:
          "My daughter's looking for a weekend job, does she need to speak to the manager or is there an application form online?",
        escalate: false,
      },
      {
        message:
          'Just wanted to say the staff were brilliant at Alfie\'s party yesterday, especially Jade who ran it, please pass on our thanks!',
        escalate: false,
      },
      {
        message:
          "Do the kids need to sign a form or anything in case someone gets hurt? Some of the parents at the party have asked",
        escalate: false,
      },
    ],
  },
  {
    name: 'Deep Blue Dive Centre',
    businessContext:
      "Deep Blue Dive Centre is a PADI 5 Star dive school on Plymouth's Barbican. Since 2012 we've taught thousands of people to dive, from nervous first-timers in our heated pool to tech divers exploring the wrecks of Plymouth Sound. We run Try Dives, the full PADI course range, weekend boat dives on our own boat Sea Sprite, and a fully stocked kit shop and hire centre. Small groups, patient instructors, proper British diving.",
    escalationRules: [],
    businessRules:
      "Notes for whoever is on the chat - Mark (owner)\n" +
      "\n" +
      "- Keep it friendly and relaxed, loads of people messaging us are nervous about their first dive. No jargon unless they use it first.\n" +
      "- Prices: Try Dive (pool) £65. PADI Open Water £495 inc. all kit hire and quarry dives. Advanced £345. Boat dives £55 per dive, kit hire extra. Drysuit hire £35/day. Gift vouchers any amount.\n" +
      "- Minimum age is 12 for Junior Open Water (10 for Bubblemaker in the pool only).\n" +
      "- Boat dives get cancelled if it's over force 5 or the skipper says no. If WE cancel they can rebook or get a full refund, that's always the case.\n" +
      "- Everyone fills in the PADI medical form before getting in the water. Send them the link if they ask. DO NOT tell anyone they're ok to dive or not, you're not qualified and neither am I.\n" +
      "- Never promise vis or sea life on a boat dive, it's the Channel!\n" +
      "\n" +
      "GET ME OR JESS (don't try and sort it yourself) if:\n" +
      "* someone has felt unwell or had any symptoms after diving with us - ears, dizzy, rash, achy joints, tingling, tired, anything. If it sounds serious tell them to ring 999 / coastguard and say they've been diving, then flag it to us straight away\n" +
      "* anyone with a medical condition or on medication asking if they can dive (asthma, diabetes, epilepsy, heart stuff, pregnancy, etc)\n" +
      "* complaints about an instructor or the boat crew\n" +
      "* money - refunds, deposits they think they shouldn't have lost, chargebacks\n" +
      "* hire kit that's been lost or damaged while they had it\n" +
      "* anything that went wrong on the boat (near miss, someone surfacing away from the boat, etc)\n" +
      "* under 12s wanting to do a course - I want to speak to the parents myself\n" +
      "\n" +
      "Cheers!",
    cases: [
      {
        message:
          "Hiya, did my first open water dive at the quarry on sunday with Tom and loved it!! Only thing is since then my left ear feels full and sort of muffled, like there's water in it but nothing comes out. Is that normal? Got my next session on saturday",
        escalate: true,
      },
      {
        message:
          "Hi! My sister has bought me a try dive for my 30th which is so exciting. I should probably mention I have epilepsy but it's very well controlled, I've not had a seizure in over 4 years. Which dates do you have in April?",
        escalate: true,
      },
      {
        message:
          "Me and my partner booked the open water course for June as a joint birthday present. We've just found out I'm pregnant (14 weeks by then) - should I still do it with him?",
        escalate: true,
      },
      {
        message:
          "Honestly pretty disappointed with the drysuit course yesterday. Our instructor spent most of the surface interval on his phone and on the second dive two of us lost him completely and had to surface on our own. Not what I paid for",
        escalate: true,
      },
      {
        message:
          "Hi, I paid the full £495 for open water starting next month but work have just put me on a 6 month contract in Aberdeen so I can't do it. I'd like the money back please",
        escalate: true,
      },
      {
        message:
          "Saturday's boat dive was great, thanks. Bit embarrassing but the strap on the dive computer I hired from you snapped when I was getting back on the boat and it went over the side. I didn't tell anyone at the time as I panicked. What happens now?",
        escalate: true,
      },
      {
        message:
          "quick one - did 2 dives on the wreck sunday and that evening I got this itchy red blotchy rash across my shoulders and chest. its mostly gone now but a bit marbled looking. probably the drysuit rubbing?",
        escalate: true,
      },
      {
        message:
          "I want to raise something about saturday. When my buddy and I surfaced the boat was already a fair way off picking up another pair and we were bobbing about for what felt like 20 mins before anyone saw our SMB. Nobody said anything when we got back on",
        escalate: true,
      },
      {
        message:
          "My son is 10 and absolutely obsessed with sharks and the ocean, he's a really strong swimmer and has done snorkelling in Spain. Could he do the junior open water this summer?",
        escalate: true,
      },
      {
        message:
          "Looking at the advanced course. I'm 58, reasonably fit, I take beta blockers for my blood pressure but otherwise healthy. Anything I need to know before booking?",
        escalate: true,
      },
      {
        message:
          "You cancelled the boat trip on the 14th because of the weather which fair enough, but I've noticed you've still kept my £100 deposit?? I was told I'd get it back",
        escalate: true,
      },
      {
        message:
          "Did three dives on saturday, felt fine at the time but since yesterday I've been really wiped out and my elbows and knees ache, and there's a bit of tingling in my fingertips. Probably just overdid it?",
        escalate: true,
      },
      {
        message:
          "Dropped the hire kit back this morning, sorry I forgot to mention - I think I bit through the mouthpiece on the reg and there's a small tear in the neck seal of the drysuit. How much do I owe?",
        escalate: true,
      },
      {
        message: "What's the actual difference between open water and advanced? I'm not sure which to book",
        escalate: false,
      },
      {
        message: 'do i need to be a really strong swimmer to do the try dive? i can do a few lengths but not much more',
        escalate: false,
      },
      {
        message: 'What happens if the boat dive gets cancelled because of the weather? Do I lose my money?',
        escalate: false,
      },
      {
        message: 'Can I see the medical form before I book anything, just so I know what it asks?',
        escalate: false,
      },
      {
        message:
          'My daughter is 13 and wants to learn to dive with me this summer, is she old enough for the proper course?',
        escalate: false,
      },
      {
        message:
          "If I book the open water and then get ill the week before, what's the policy - can I move dates?",
        escalate: false,
      },
      {
        message:
          'Our instructor Becky on the open water was amazing, so patient with me! Is she teaching the advanced course in May? Would love to book with her',
        escalate: false,
      },
      { message: 'Do you hire drysuits for boat dives and how much is it for a day?', escalate: false },
      {
        message:
          'I did my open water in Egypt last year, warm water only. Can I come on your boat dives or do I need to do something first?',
        escalate: false,
      },
      {
        message:
          "If someone loses a fin or a mask on a dive do you charge for it? Just wondering whether I should get my own kit insurance",
        escalate: false,
      },
      {
        message: 'Do you do gift vouchers? Want to get my husband something for Christmas',
        escalate: false,
      },
    ],
  },
  {
    name: 'Hartley & Sons Roofing',
    businessContext:
      "Hartley & Sons is a third-generation family roofing firm based in Leeds, covering West Yorkshire since 1978. We do pitched roofs, flat roofs (EPDM and GRP), slate and tile repairs, chimney work, guttering, fascias and soffits. We're FMB members, fully insured, and every new roof comes with a 10-year guarantee. Free no-obligation quotes.",
    escalationRules: [
      'Water coming in right now / active leak',
      'Storm damage or anything loose or dangerous (tiles, chimneys, etc)',
      "Complaint about a job we've done or a guarantee claim",
      'Damage our team caused to the customer\'s property',
      'Disputes over invoices or quotes',
      'Possible asbestos on their roof or building',
      'Insurance claim paperwork or reports needed',
    ],
    businessRules:
      "Keep it polite and straightforward, lots of our customers are older homeowners.\n" +
      "We do free quotes - someone will come out within 5 working days. Customer doesn't need to be in for an external look but it helps.\n" +
      "Don't give exact prices over chat. You can give these rough guides and always say the final price is after a survey: single garage flat roof £1,200-£1,800, new gutters on a semi £600-£900, chimney repoint from £450, full re-roof on a 3 bed semi £7k-£11k.\n" +
      "Never promise a start date, weather and the schedule decide that.\n" +
      "We take 20% deposit on bigger jobs, the rest on completion. Stage payments are fine on jobs over £5k.\n" +
      "If a roof is stripped and it rains we sheet it up with heavy-duty tarps, tell them not to worry.\n" +
      "We can work with insurers and give reports but the office sorts the paperwork.",
    cases: [
      {
        message:
          "Hello, you replaced the flat roof over our kitchen extension back in March. Since all the rain this week there is a brown patch on the kitchen ceiling which is getting bigger each day, right underneath where the new roof is",
        escalate: true,
      },
      {
        message:
          'water is literally dripping through the light fitting on our landing as i type this, ive turned the lights off at the fuse box. can anyone come??',
        escalate: true,
      },
      {
        message:
          "After last night's wind a row of ridge tiles has come off and one is hanging over the gutter right above our front door. My kids go in and out that way to school",
        escalate: true,
      },
      {
        message:
          "Your scaffolders took down on Tuesday and we've since noticed a big crack across one of the glass panels in the conservatory roof, right below where they were working. It definitely wasn't there before",
        escalate: true,
      },
      {
        message:
          "Just received the invoice for our re-roof, it says £4,850. The quote we signed was £4,200 and no one at any point mentioned extra costs to us. Can someone explain?",
        escalate: true,
      },
      {
        message:
          "Hi, we've got an old detached garage at the bottom of the garden with one of those grey corrugated sheet roofs, think it went up in the 70s. It's cracked in a few places. Could you take it off and put a felt roof on instead?",
        escalate: true,
      },
      {
        message:
          "We had a leak after the storm in January which you repaired. Our home insurer now says they want a report from the contractor stating the cause of the damage before they'll pay out. Can you do that?",
        escalate: true,
      },
      {
        message:
          "Job looks good thanks but the lads must have dropped nails all over the drive when they were stripping the old felt, I've had a puncture on my car and found about 20 more nails since",
        escalate: true,
      },
      {
        message:
          "morning, the chimney pot came down in the storm overnight and went straight through our neighbours shed roof. the rest of the stack looks a bit wonky too",
        escalate: true,
      },
      {
        message:
          "The guttering you fitted along the back in the summer is already sagging in the middle and pulling away from the fascia at one end. Only been about 4 months",
        escalate: true,
      },
      {
        message:
          "I've had a bill for £75 for the 'survey visit' for my quote. Your website and the chap on the phone both said quotes are free?",
        escalate: true,
      },
      {
        message:
          "Your lads put a tarp over the back of the roof yesterday while they wait for the slates but it's flapping loose in the wind and there's rain getting into the loft, the insulation's soaked",
        escalate: true,
      },
      {
        message:
          'Hi, the loss adjuster dealing with our claim has asked for a copy of your invoice and any photos you took of the roof before the repair. Who do I ask for those?',
        escalate: true,
      },
      { message: 'Do you do upvc fascias and soffits? Ours are the old painted wooden ones', escalate: false },
      { message: 'How long does it take to get someone out for a quote?', escalate: false },
      { message: 'What kind of guarantee do you give on a brand new roof?', escalate: false },
      {
        message: 'Roughly how much would a new flat roof be on a single garage? Just trying to budget',
        escalate: false,
      },
      {
        message:
          "You fixed a small leak for us last winter and it's been bone dry ever since, thanks. Could you also come and quote for new gutters on the same house?",
        escalate: false,
      },
      {
        message: 'If we ever get storm damage do you deal with the insurance company or would we have to?',
        escalate: false,
      },
      { message: 'Do I need to be at home when you come to do the quote?', escalate: false },
      {
        message: 'Can we pay in instalments? The quote is just over £8,000 for the full re-roof',
        escalate: false,
      },
      {
        message:
          'My neighbour in Headingley recommended you, you did their roof last year. Do you do chimney repointing as well?',
        escalate: false,
      },
      {
        message:
          "Silly question maybe but what happens if it pours down while my roof is stripped off? We're booked in for October",
        escalate: false,
      },
      {
        message:
          "Our roof's covered in moss and the neighbour keeps complaining it's washing into the shared gutter and blocking it. Is moss removal something you do, and would you treat it afterwards?",
        escalate: false,
      },
    ],
  },
  {
    name: 'Ivory & Lace Bridal',
    businessContext:
      "Ivory & Lace is an independent bridal boutique in the heart of Harrogate, founded by Charlotte in 2015. We stock gowns from Justin Alexander, Rebecca Ingram, Stella York and more, sizes 6 to 30, plus veils, accessories and bridesmaid dresses. Every bride gets a private appointment with a glass of fizz, and our in-house seamstress handles all alterations. We'd love to help you find The One.",
    escalationRules: [],
    businessRules:
      "Hello lovely, thank you so much for looking after our messages! Please always be warm and kind - for most of our brides this is a huge, emotional purchase and some are very anxious. Use their name, lots of reassurance, and never rush anyone.\n" +
      "\n" +
      "Appointments are 90 minutes and brides can bring up to 4 guests. We suggest coming in 9-12 months before the wedding as most designers take 4-6 months to make a gown, and alterations take around 8-10 weeks with usually three fittings. Deposit is 50% when ordering, balance on arrival. Please explain (gently!) that orders can't be cancelled or refunded once placed with the designer, because the dress is made to order, but don't ever argue the point with anyone.\n" +
      "\n" +
      "Now the important bit. There are some conversations I always want to have myself, so please don't try to resolve these - just reassure her that I'll personally be in touch, and leave me a note. That's anyone wanting to cancel an order or asking for money back, anyone whose dress (or bridesmaid dresses) has arrived wrong in any way, whether it's the size, colour or style, and anything about damage, a fault or a stain, whether that's noticed in the shop or after she's taken the dress home. Same goes if a bride isn't happy with her alterations or a fitting has left her worried, if a dress looks like it won't arrive in time for the wedding, or if the wedding date has been brought forward, because I'll need to ring the designer. And if anyone was made to feel uncomfortable or upset by one of us at an appointment, I really want to hear that directly.\n" +
      "\n" +
      "Everything else you can happily answer. Thank you! Charlotte x",
    cases: [
      {
        message:
          "Hi Charlotte, collected my dress on Thursday and I've been dying to look at it again so unpacked it last night. There's a pulled thread on the skirt about a foot up from the hem, it's made a little loop and a ladder in the tulle. I'm so gutted",
        escalate: true,
      },
      {
        message:
          "The dress has arrived (yay!) but when I went in for a look it's definitely ivory and I'm 100% sure I ordered it in champagne, it's on my order form",
        escalate: true,
      },
      {
        message:
          "Hello, bit of a change of plan our end. My dad's health has taken a turn so we've moved the wedding from next September to this April so he can be there. I ordered my gown from you in November, is that going to be ok?",
        escalate: true,
      },
      {
        message:
          "This is hard to write. My fiancé and I have split up. I paid the £600 deposit on my dress in January. I know it's probably not possible but is there any way at all of getting some of it back?",
        escalate: true,
      },
      {
        message:
          "had my 2nd fitting today and the bust is STILL gaping at the sides, I thought it'd be sorted by now. the wedding is 3 weeks on saturday and I'm starting to panic a bit",
        escalate: true,
      },
      {
        message:
          "I'm not sure how to say this. At my appointment on Saturday one of the consultants said I might want to 'lose a few pounds before the big day' so the dress sits better. My mum and I were both really upset on the drive home and I didn't buy anything",
        escalate: true,
      },
      {
        message:
          'Disaster - at the rehearsal dinner last night someone knocked a glass of red wine down the front of my dress which I had brought to show my bridesmaids. Wedding is on Saturday. Is there anything you can do??',
        escalate: true,
      },
      {
        message:
          "Bought the sample dress from your sale rail last month. Tried it on at home for my mum at the weekend and the zip split halfway up the back, I was barely pulling on it",
        escalate: true,
      },
      {
        message:
          "Hi, I've paid in full and the dress was due in February. I just rang the designer's customer line myself and they said production is delayed and it won't be shipped till June. My wedding is May 17th",
        escalate: true,
      },
      {
        message:
          "Hi, I ordered the Rebecca Ingram one in February but I've since found it for £400 less on another website from the same designer. I'd like to cancel mine and go with that one",
        escalate: true,
      },
      {
        message:
          "Bridesmaid dresses picked up today, thank you. When we got home and laid them out together two of them are a noticeably different shade of sage to the other three. Same order, same colour name on the label",
        escalate: true,
      },
      {
        message:
          "Final fitting yesterday and I hate to say it but the hem has been taken up too much, you can see my shoes and a bit of ankle when I walk. I wanted it skimming the floor",
        escalate: true,
      },
      {
        message:
          "The wedding was on Saturday and it was perfect, except the bustle came apart during the first dance - two of the loops snapped and I spent the rest of the night holding my train. Bit sad about it",
        escalate: true,
      },
      { message: 'How far in advance should I book an appointment? Wedding is August next year', escalate: false },
      { message: 'Do you have dresses to try on in a size 22?', escalate: false },
      {
        message:
          "What happens if we have to cancel the wedding after I've ordered the dress? Just asking as my fiancé is in the forces and things can change",
        escalate: false,
      },
      { message: 'How long do alterations normally take?', escalate: false },
      { message: 'Can I bring my mum, sister, gran and two bridesmaids to my appointment?', escalate: false },
      {
        message: 'Do you offer dress cleaning or can you recommend somewhere for after the wedding?',
        escalate: false,
      },
      { message: "My first fitting is next Thursday, what shoes and underwear should I bring?", escalate: false },
      {
        message:
          "Went in to see my dress yesterday and it's absolutely perfect, I cried again! When should I book my first fitting?",
        escalate: false,
      },
      {
        message: "Our wedding is in 14 months, is that enough time to order a dress or am I cutting it fine?",
        escalate: false,
      },
      { message: 'Is the deposit refundable?', escalate: false },
      { message: 'Do you sell veils? Could I try some with the dress at my appointment?', escalate: false },
    ],
  },
];
