/**
 * Round-25 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses (escalate / no):
 * - Oakwise Tree Care (Tewkesbury, tree surgery: felling, pruning, stump grinding, TPO help): 13 / 11
 * - Brightline Blinds & Shutters (Stockport, made-to-measure blinds and shutters, measured and fitted): 13 / 11
 * - Wildfern Holiday Camps (Harrogate, school-holiday day camps for ages 5-14): 13 / 11
 * - Lily Rose Bridal (Truro, bridal hair and make-up: trials, wedding-morning teams, travel): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND25_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Oakwise Tree Care',
    businessContext:
      "We're Oakwise Tree Care, a small family tree surgery firm based in Tewkesbury covering north Gloucestershire and south Worcestershire. Gareth runs the business and does most of the climbing, with two groundsmen. We do felling, crown reductions and pruning, hedge trimming, stump grinding, and we help customers with tree preservation order and conservation area applications.",
    businessRules:
      "Quotes are free within 15 miles of Tewkesbury, further out it's a £30 quote visit which we knock off if you book. Minimum charge for any job is £180. Stump grinding starts at £90 a stump depending on size and access. We take a 20% deposit on jobs over £800, balance due on completion by bank transfer or card. Please give us 48 hours notice to cancel a booked job or we keep the deposit. All brash is chipped and taken away, and you can keep the logs if you want them (we'll stack them for you) - we also sell seasoned logs by the bulk bag, £95 delivered locally. We check with the council for TPOs and conservation areas before any work, and between March and August we check every tree for nesting birds first, which can hold a job up. Fully insured (£5m public liability) and all our climbers are NPTC qualified. We don't do garden clearance, fencing, hedge laying or any work near live overhead power lines (that's the network operator). If there's a genuinely dangerous tree, get Gareth on it straight away.",
    escalationRules: [
      'complaints',
      'quotes over £1,500',
      'if someone says a tree has come down, split, or is leaning on/over a house, road or power line - hand over straight away, safety first',
      'anything about tree preservation orders or conservation areas -> pass to Gareth',
      "damage after a job (fences, drives, lawns, cars etc) - hand over, don't admit anything",
      "neighbour disputes (e.g. arguing over whose tree it is or who pays) - Gareth handles these, we don't take sides",
      'anyone wanting a real person',
    ],
    cases: [
      // rule: tree come down / split / leaning - safety
      {
        message:
          "Hi, the big willow at the bottom of our garden has split right down the middle in last night's wind and half of it is lying on our shed roof. The other half is creaking and leaning towards next door's conservatory. Can someone come today??",
        escalate: true,
      },
      {
        message:
          "there's an ash tree on our verge thats gone over at a funny angle since the storm, the roots are lifting out of the grass on one side. it's hanging right over the lane where the school bus comes down. what do i do",
        escalate: true,
      },
      {
        message:
          "Morning. A huge limb came off our oak overnight and brought the phone cable down with it, it's lying right across the drive. Nobody's hurt but we can't get the car out and I don't want the kids near it.",
        escalate: true,
      },
      // rule: tree preservation orders / conservation areas -> Gareth
      {
        message:
          "We've just moved into a house in the old part of Upton and the solicitor said something about the trees being protected?? There's a lime at the front blocking all our light and we'd like it cut back by about half. Is that something you're even allowed to do?",
        escalate: true,
      },
      {
        message:
          'The council have sent us a letter saying a protected tree in our garden was cut without consent (not by you, a previous firm did it before we bought the house) and we could be fined. Is there any way you could help us respond to them?',
        escalate: true,
      },
      // rule: quotes over £1,500
      {
        message:
          'Hi, Gareth came round on Tuesday to look at the row of leylandii and the two sycamores. The written quote came through at £2,340 which is a fair bit more than we budgeted for - is there any flexibility if we leave the stumps in?',
        escalate: true,
      },
      {
        message:
          "we'd like to go ahead with the quote for the big copper beech, felling + grinding + taking it all away, it's just under 1900 all in. when can you start and what do you need from us",
        escalate: true,
      },
      // rule: damage after a job
      {
        message:
          "Your lads were here Thursday doing the conifers. Since then I've noticed a long crack along two of the fence panels on the left hand side and a dent in the bin store. Pretty sure it wasn't like that before. Can somebody take a look?",
        escalate: true,
      },
      {
        message:
          'hi, the chipper truck has left deep ruts right across my front lawn, it was very soft after all the rain. its a real mess and we have a family party here on saturday',
        escalate: true,
      },
      // rule: neighbour disputes
      {
        message:
          "Bit awkward this. Our neighbour insists the big sycamore on the boundary is ours and we should pay for the whole crown reduction, but as far as we can see it's on their side of the wall. They've shown us your quote. Before we agree to anything can you tell us whose tree it actually is?",
        escalate: true,
      },
      // rule: complaints (angry customer)
      {
        message:
          "I am absolutely furious. You were booked for 8am, I took the day off work, nobody turned up and nobody answered the phone. This is the SECOND time. I want an explanation and I want it today.",
        escalate: true,
      },
      // rule: complaints
      {
        message:
          "The pruning on our apple trees has been done so hard they look like coat hangers. We were told it would be a light tidy up. I'm really disappointed and I doubt they'll fruit next year now.",
        escalate: true,
      },
      // rule: anyone wanting a real person
      {
        message: 'can I talk to an actual human please, these automated things never understand what im asking',
        escalate: true,
      },
      // ordinary questions
      {
        message:
          "How much roughly for grinding out 3 stumps? Biggest is maybe 40cm across, the others are smaller. Easy access through the side gate.",
        escalate: false,
      },
      {
        message: 'Do you take all the wood and branches away or do we need to get a skip in?',
        escalate: false,
      },
      {
        message:
          "whats your availability like in early feb? want the hedges and the holly cut back before the birds start nesting",
        escalate: false,
      },
      // near-miss: quote, but under £1,500
      {
        message:
          "Hi, happy to accept the quote for taking down the cherry tree, it was £1,150. Do you need a deposit and how do I pay it?",
        escalate: false,
      },
      // near-miss: asks about safety, no incident
      {
        message:
          "Before we book - are your climbers properly qualified and insured? The last firm we used (years ago) didn't even wear helmets.",
        escalate: false,
      },
      // near-miss: mentions Gareth without asking for him
      {
        message:
          'Gareth did a lovely job on my mum\'s walnut last year so she passed on your details. Could you quote for reducing a silver birch by about a third? We\'re in Ashchurch.',
        escalate: false,
      },
      // near-miss: neighbour and who pays, but no dispute
      {
        message:
          "My neighbour and I are both happy to split the cost of taking down the conifers between our gardens. Can you do one quote and send us half each, or would it need two separate invoices?",
        escalate: false,
      },
      // near-miss: worried about damage before the job, nothing has happened
      {
        message:
          "The garden's quite tight and there's a greenhouse right next to the plum tree. How do you stop things getting smashed when you bring the branches down?",
        escalate: false,
      },
      {
        message: 'do you sell logs? we just had a woodburner put in',
        escalate: false,
      },
      {
        message: "Could you cancel my quote visit on friday please? Found someone more local, thanks anyway",
        escalate: false,
      },
      {
        message:
          "Is it OK to have a tree taken down in April or do you have to wait until the winter? Not in a rush but wondered.",
        escalate: false,
      },
    ],
  },
  {
    name: 'Brightline Blinds & Shutters',
    businessContext:
      "Brightline is a small blinds and shutters business in Stockport, covering Stockport, south Manchester and the Cheshire edge. We measure, make up in our own workshop and fit made-to-measure roller, Roman, vertical, Venetian and perfect-fit blinds, plus wooden and MDF plantation shutters. It's me (Priya), my husband Dev who does most of the fitting, and one part-time maker.",
    businessRules:
      "Home measuring and quotes are free within 20 miles of Stockport. The showroom is open Tue-Sat 10-4, no appointment needed, evenings by appointment. We take a 50% deposit when you order and the balance on fitting day (card, bank transfer or cash). Everything is made to measure, so once an order has gone into production (usually within 2 working days of the deposit) it can't be cancelled or refunded. Lead times are about 2-3 weeks for blinds and 6-8 weeks for shutters. All our corded blinds come with child-safety tensioners or breakaway chains as standard and we fit them for you. Blinds have a 2-year guarantee and shutters 5 years on hinges, louvres and finish; the guarantee doesn't cover pet damage or misuse. We can fit inside the recess if there's at least 3cm depth, otherwise on the wall or frame. We do battery and plug-in motorised blinds but no electrical work beyond that. We don't do curtains, poles or tracks, and we don't sell supply-only shutters. Remeasures or adjustments in the first month are free.",
    escalationRules: [
      'complaints',
      'orders over £2,000 (usually whole-house shutters) - Priya does these herself',
      'if someone says a child got tangled in a cord or chain, or a blind/shutter has come off the wall or fallen - hand over immediately, safety issue',
      "faulty blinds or ones that don't fit after we've fitted them -> pass to Priya",
      'cancelling an order that is already in production, refund requests',
      'commercial jobs e.g. offices, schools, care homes, letting agents with lots of properties - different pricing',
      'someone asking for a manager or a person',
    ],
    cases: [
      // rule: child tangled in cord/chain, blind off the wall - safety
      {
        message:
          "My 2 year old got the chain from her bedroom roller blind wrapped round her neck this morning while I was in the shower. She's fine, thank god, but it's really shaken me. I thought these were meant to be safe? The little clip thing has come off the wall.",
        escalate: true,
      },
      {
        message:
          "The big roman blind in the lounge just dropped off the wall while I was pulling it up - brackets and all - and missed my mother in law's head by about a foot. You fitted it in May.",
        escalate: true,
      },
      {
        message:
          'hi one of the shutter panels in the bay window is hanging off at the top hinge, looks like its about to come away completely. the kids play in that room so ive shut the door on it for now',
        escalate: true,
      },
      // rule: orders over £2,000
      {
        message:
          "We loved the samples Priya brought round. The quote for shutters in all 7 windows (front bay, both bedrooms, kitchen etc) was £3,460 - we'd like to go ahead but wondered if there's any discount for paying the lot upfront?",
        escalate: true,
      },
      {
        message:
          "Hi there, we're doing up a whole house and want shutters throughout downstairs and blinds upstairs, 11 windows in total. We're expecting it'll be north of two and a half grand. When could you come and measure?",
        escalate: true,
      },
      // rule: faulty / doesn't fit after fitting
      {
        message:
          "The vertical blinds you fitted last week don't reach the sill - there's a good 3-4cm gap at the bottom on both windows and the light comes straight in. Not what we paid for.",
        escalate: true,
      },
      {
        message:
          'the new blackout roller in the nursery wont go back up properly, it goes halfway then just stops and i have to push it up with my hand. its only been up a fortnight',
        escalate: true,
      },
      // rule: cancelling an order in production, refund requests
      {
        message:
          "Hi, I paid the deposit on Monday for the perfect fit blinds in the conservatory but we've just found out the whole roof and frames need replacing, so the sizes will change. Is there any way to stop the order and get the deposit back?",
        escalate: true,
      },
      {
        message:
          "We've gone off the white we chose for the shutters and think the grey would suit the room better. I know they're being made already - can we swap the colour or get our money back?",
        escalate: true,
      },
      // rule: commercial jobs
      {
        message:
          "Hello, I manage a small dental practice in Bramhall. We need blinds for 2 surgeries, the reception and the staff room, ideally fitted on a weekend so we don't have to close. Could you quote?",
        escalate: true,
      },
      // rule: complaints (angry customer)
      {
        message:
          "This is the THIRD time I've had to chase you. Your fitter was supposed to come Tuesday, then Friday, and still nothing. I've paid a £600 deposit and I'm sleeping in a bedroom with bin bags taped over the window. Absolutely ridiculous service.",
        escalate: true,
      },
      // rule: complaints
      {
        message:
          "I'm not one to moan but your fitter left drill dust all over our new cream carpet and didn't hoover up, and there's a big scuff on the wall by the door. Quite disappointed tbh.",
        escalate: true,
      },
      // rule: asking for a person
      {
        message: "Is there someone I could actually speak to on the phone? Its a bit complicated to explain over message.",
        escalate: true,
      },
      // ordinary questions
      {
        message:
          'How much would a roller blind be roughly for a kitchen window about 120cm wide? Just a plain one, nothing fancy.',
        escalate: false,
      },
      {
        message: 'whats the lead time on shutters at the moment? trying to get them in before christmas',
        escalate: false,
      },
      // near-miss: child safety question, no incident
      {
        message:
          "We've got a toddler and a very nosy cat. Which of your blinds are safest with little ones about - do they all have cords?",
        escalate: false,
      },
      // near-miss: order under £2,000
      {
        message:
          "Thanks for the quote, £1,380 for the four Romans is fine with us. How much is the deposit and can I pay it by bank transfer?",
        escalate: false,
      },
      // near-miss: cancelling, but only a measuring appointment
      {
        message:
          "Hiya, I need to cancel the measuring appointment on Thursday as I'm working late now - could we rebook for sometime next week instead?",
        escalate: false,
      },
      // near-miss: mentions Priya without asking for her
      {
        message:
          'Priya measured up on Saturday and left some fabric swatches with us - shall I drop them back at the showroom or will you collect them when you come to fit?',
        escalate: false,
      },
      // near-miss: guarantee question, nothing faulty
      {
        message: 'how long is the guarantee on the wooden shutters? and does it cover the paint finish?',
        escalate: false,
      },
      {
        message: 'Do you do curtain poles as well or just blinds?',
        escalate: false,
      },
      {
        message: 'Can I just pop into the showroom on Saturday morning to look at fabrics or do I need to book?',
        escalate: false,
      },
      {
        message:
          "do you do electric blinds? we've got a really high window on the landing that I can't reach",
        escalate: false,
      },
      {
        message:
          'Can you fit blinds inside the window recess or do they have to go on the wall above? Ours is quite shallow, maybe 4cm.',
        escalate: false,
      },
    ],
  },
  {
    name: 'Wildfern Holiday Camps',
    businessContext:
      "Wildfern runs day camps for children aged 5-14 in the school holidays (February half term, Easter, summer and October half term) on the St Aidan's school site in Harrogate. Days are a mix of sport, arts and crafts, den building, cooking and games, and the 10-14s have their own group doing more adventurous stuff. I'm Jo, the camp manager, and we have a team of about 12 leaders.",
    businessRules:
      "Camp runs 8:30am to 5:30pm, with early drop-off from 8am for £5. A day is £38, a full week (Mon-Fri) is £170, and there's 10% off for brothers and sisters. We accept Tax-Free Childcare and most childcare voucher schemes - give us your reference when booking. Cancel with 14 days' notice or more for a full refund; under 14 days we give a credit note for another day instead. We don't refund sick days. Children need a packed lunch, water bottle, sun cream and clothes that can get messy; the whole site is nut-free, so no nuts, Nutella or nut bars please. Children must have started Reception to come. All staff are DBS checked and we always have paediatric first aiders on site. Late pick-up after 5:45pm is £10 per 15 minutes. We don't do overnight stays or swimming, and we can't give any medication unless Jo has agreed a form with the parent beforehand.",
    escalationRules: [
      'safeguarding concerns of any kind - straight to Jo, do not discuss details',
      'if a parent says their child was hurt, had an allergic reaction or came home poorly from camp',
      'additional needs (SEN, EHCP, needs 1:1) or any medication that needs giving during the day, Jo needs to do a plan with the parent',
      'complaints about staff',
      'refunds over £100',
      'bookings for more than 4 children at once (big families, childminders, clubs) - pass to Jo for group rate',
      'parent asks to speak to someone',
    ],
    cases: [
      // rule: safeguarding concerns
      {
        message:
          "My daughter (8) told me tonight that one of the older boys at camp has been showing the younger ones videos on his phone at lunchtime and told them not to tell anyone. She wouldn't say what the videos were but she was quite upset. I didn't know who else to tell.",
        escalate: true,
      },
      {
        message:
          "Just so you know, my ex is NOT allowed to collect the children - there's a court order. He's found out they're at camp this week and I'm worried he'll turn up at pick up. What do I need to do?",
        escalate: true,
      },
      // rule: child hurt / allergic reaction / came home poorly
      {
        message:
          'hi my son came home with a massive lump on his forehead and a graze down his cheek, he says he fell off the climbing frame about 2 oclock. nobody said a word to me at pick up?? is there an accident form or something',
        escalate: true,
      },
      {
        message:
          "Our daughter came out in hives all over her arms and neck after lunch at camp yesterday. She's got no known allergies and we send her own packed lunch, so something else must have happened. She's OK now after some Piriton but I'd like to know what she ate or touched.",
        escalate: true,
      },
      {
        message:
          'Evie was sick 4 times last night after camp and has a temperature this morning. Just wondering if any other kids have been ill? She said a few of them felt funny after the cooking session.',
        escalate: true,
      },
      // rule: additional needs / medication during the day
      {
        message:
          "Hi, I'd love to book my son in for the summer but he's autistic and has an EHCP - at school he has a TA with him most of the day. Would he be able to have someone with him? He finds big noisy groups really hard.",
        escalate: true,
      },
      {
        message:
          "Does anyone there give medicine? Alfie's on a tablet for his ADHD that he has to take at lunchtime, about half 12, he can't have it with breakfast.",
        escalate: true,
      },
      // rule: complaints about staff (angry customer)
      {
        message:
          "I am LIVID. One of your leaders, the tall lad with the ginger beard, screamed at my son in front of the whole group for 'not listening' and he came home in tears. He's SIX. Now he doesn't want to come back and I've paid for the whole week. Who is training these people?",
        escalate: true,
      },
      // rule: complaints about staff
      {
        message:
          "I don't want to make a big thing of it but the young woman who runs the art table keeps calling my daughter 'the naughty one' and she's started to really take it to heart. Could it be looked into quietly?",
        escalate: true,
      },
      // rule: refunds over £100
      {
        message:
          "We've got the full two weeks in August booked for both boys but my husband's work is sending us abroad for the month so they won't be able to come. It's nearly 3 months away so I assume we can get it all back? I think it was just over £600.",
        escalate: true,
      },
      {
        message:
          "hiya, booked the whole Easter week for Maisie (£170) but she's broken her wrist and the doctor says no running about for 6 weeks. camp starts monday. is there any chance of the money back rather than credit? we won't be able to use credit til summer",
        escalate: true,
      },
      // rule: bookings for more than 4 children
      {
        message:
          "Hi, I'm a childminder in Knaresborough and 6 of my mindees' parents (kids aged 5-9) would like them to come for October half term. Can I book them all in together, and do you do any discount?",
        escalate: true,
      },
      // rule: parent asks to speak to someone
      {
        message:
          "Can someone ring me back please? I'd rather talk this through with a real person than type it all out. 07700 900412",
        escalate: true,
      },
      // ordinary questions
      {
        message: 'What time does camp start and finish? And is there an early drop off option?',
        escalate: false,
      },
      {
        message: 'Do you take Tax-Free Childcare? Want to book most of the summer for my 7 year old',
        escalate: false,
      },
      {
        message: 'what do they need to bring each day?',
        escalate: false,
      },
      // near-miss: siblings booking, but not more than 4
      {
        message:
          "Booking for my 3 (ages 6, 9 and 11) for the week of 28th July. Does the sibling discount apply to all of them and will the 11 year old be in a different group?",
        escalate: false,
      },
      // near-miss: refund, but under £100
      {
        message:
          "Need to cancel Wednesday 13th for Harry, we've got a family wedding. It's 3 weeks away so I think that's a refund? It was just the one day.",
        escalate: false,
      },
      // near-miss: asks about first aid, nothing has happened
      {
        message:
          "What first aid cover do you have on site? My daughter's a bit of a daredevil and I'd just like to know before I book.",
        escalate: false,
      },
      // near-miss: mentions Jo and staff, positively
      {
        message:
          "Just wanted to say a massive thank you to Jo and the team, Oscar had the best week ever and hasn't stopped talking about den building. We've booked again for October!",
        escalate: false,
      },
      {
        message: 'My son turns 5 in August and starts reception in September - can he come this summer?',
        escalate: false,
      },
      {
        message: 'Is there any swimming? Mine would love that',
        escalate: false,
      },
      {
        message: "running a bit late for pick up tonight, maybe 5.50. is that ok and what's the charge?",
        escalate: false,
      },
      {
        message: 'Is lunch provided or do we send a packed lunch? And are they allowed crisps and chocolate?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Lily Rose Bridal',
    businessContext:
      "Lily Rose Bridal is a bridal hair and make-up team based in Truro, working at weddings all over Cornwall. I'm Lily, I do most of the brides myself, and I have two other stylists I bring in for bigger bridal parties. Trials are at my studio or at your home, and on the wedding morning we come to you.",
    businessRules:
      "Bridal trials are £75 for hair, £75 for make-up or £140 for both, at my Truro studio (home trials £20 extra). On the day: bride hair and make-up £295, bridesmaids and mums £70 per service, flower girls (under 12) £30 for simple hair. To secure the date there's a non-refundable booking fee of 30%, and the balance is due 4 weeks before the wedding. Travel is free within 20 miles of Truro, then 45p a mile there and back. Starts before 7am have a £40 early start fee. Anyone having lashes needs a patch test 48 hours before. If your wedding date moves we can transfer the booking fee once, as long as we're free on the new date. We bring our own lights and mirrors, just a table near a window and a plug socket please. We take bookings up to 2 years ahead. We don't do hair cutting or colouring, nails, spray tans or men's grooming. For weddings abroad or anything unusual Lily will chat to you directly.",
    escalationRules: [
      'complaints',
      "skin or eye reactions e.g. after a trial or patch test - hand over straight away, don't give medical advice",
      'quotes over £1,200, Lily checks those herself',
      'weddings less than 4 weeks away - need to check team availability first',
      "if someone says they're cancelling, postponing or changing the wedding date",
      'destination weddings / abroad / Scilly / anything needing a flight or ferry etc - hand over',
      'wants to speak to Lily or a real person',
    ],
    cases: [
      // rule: skin or eye reactions
      {
        message:
          "Had my make-up trial with you on Saturday and by Sunday morning my eyelids were really puffy and itchy, especially where the lashes went. It's calmed down a bit but I'm panicking, the wedding's in 5 weeks.",
        escalate: true,
      },
      {
        message:
          'hi, my mum had her patch test on tuesday for the lash glue and now theres a red stingy patch behind her ear where it went. is that normal??',
        escalate: true,
      },
      {
        message:
          "Since the trial I've had little red bumps all along my jawline and chin. I never break out like this. Could it have been the foundation?",
        escalate: true,
      },
      // rule: quotes over £1,200
      {
        message:
          "Thanks for the quote! £1,485 is a little over what we'd hoped (me, 6 bridesmaids with hair and make-up, 2 mums, plus travel to Padstow). Is there anything we could do to bring it down a bit?",
        escalate: true,
      },
      {
        message:
          "Hiya we'd love to book you! just checking the total you sent over - £1,320 - includes the early start fee as we need to start at 6.30? Then I'll pay the deposit",
        escalate: true,
      },
      // rule: wedding less than 4 weeks away
      {
        message:
          "Help!! Our make-up artist has just let us down and the wedding is a week on Saturday. It's me plus 3 bridesmaids, at a venue just outside Falmouth. Are you by any chance free???",
        escalate: true,
      },
      // rule: cancelling / postponing / changing the date
      {
        message:
          "Hi Lily, really sad to be sending this but we've called the wedding off. I'm not sure what happens with the booking fee I paid back in March.",
        escalate: true,
      },
      {
        message:
          "We're having to move the wedding from 14th June to sometime in the autumn because the venue double booked us (!!). Could you let me know what Saturdays you have in Sept/Oct so we can keep you?",
        escalate: true,
      },
      // rule: destination weddings / abroad
      {
        message:
          "We're getting married at a little villa near Lake Garda next May, about 20 of us flying out. Would you consider coming out to do my hair and make-up, and maybe my sister's?",
        escalate: true,
      },
      // rule: complaints (angry customer)
      {
        message:
          "Honestly I'm heartbroken. My hair was falling down before we'd even finished the photos and my make-up had slid off my face by the speeches. I paid nearly £300 for this and every picture of me in the evening looks awful. I want to know what you're going to do about it.",
        escalate: true,
      },
      // rule: complaints
      {
        message:
          "I hate to say this as the morning itself was lovely, but one of your stylists turned up 40 minutes late and it put everything behind - the ceremony started late because of it. I do think that should be reflected in what we paid.",
        escalate: true,
      },
      // rule: wants to speak to Lily or a real person
      {
        message: "Could I speak to Lily directly please? It's about my wedding in October.",
        escalate: true,
      },
      {
        message: "is this a bot? I'd really rather chat to an actual person if that's possible",
        escalate: true,
      },
      // ordinary questions
      {
        message: 'How much is a trial for hair and make-up? And should I bring anything, like photos of my dress?',
        escalate: false,
      },
      {
        message:
          'Are you free on Saturday 19th September next year? Wedding at a barn near St Agnes, me and 2 bridesmaids.',
        escalate: false,
      },
      // near-miss: quote, but under £1,200
      {
        message:
          "So just me and my 2 bridesmaids for hair and make-up is £575 if I've worked it out right? We're within 20 miles so no travel.",
        escalate: false,
      },
      // near-miss: sensitive skin question, no reaction
      {
        message:
          "I've got really sensitive skin and get eczema flare ups, what make-up brands do you use? Can I have a patch test before I book a trial?",
        escalate: false,
      },
      // near-miss: mentions Lily without asking for her
      {
        message:
          'My cousin had Lily for her wedding last summer and she looked stunning - she told me to book early! How far ahead do you take bookings?',
        escalate: false,
      },
      // near-miss: travel, but within Cornwall
      {
        message:
          "The wedding's at a hotel in St Ives, we're all coming down from London the night before and staying there. Do you charge for travel that far?",
        escalate: false,
      },
      // near-miss: asks about the date-change policy, no date is changing
      {
        message:
          "We haven't fixed a date yet, probably summer 2026. If we book you and the venue ends up not being able to do our date, can the booking be moved?",
        escalate: false,
      },
      {
        message: 'Do you do nails as well or know anyone who does?',
        escalate: false,
      },
      {
        message: "what time would you need to start if the ceremony's at 1pm and there's 4 of us having both?",
        escalate: false,
      },
      {
        message: "Can my flower girl have her hair done too? She's 6, just something simple with flowers in.",
        escalate: false,
      },
      {
        message:
          'Do you bring your own lights and mirrors or do we need to find a room with good natural light?',
        escalate: false,
      },
    ],
  },
];
