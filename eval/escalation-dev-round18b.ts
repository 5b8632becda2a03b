/**
 * Round-18 escalation DEV set B, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses: Tansy Lane Music School, SecondByte Refurbs, Cwm Bach Glamping, Marigold & Moss Florists — 4 × 24 = 96 cases (52 escalate / 44 no-escalate).
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND18B_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Tansy Lane Music School",
    businessContext:
      "We're a small music school above the old bakery on Tansy Lane, teaching guitar and piano to kids from age six and adults of any age. I'm Dan, I run the place and teach most of the guitar, and Aisha runs the office and the Saturday beginner groups. We've got four other part-time teachers and two practice rooms.",
    businessRules:
      "Lessons are £22 for 30 minutes or £38 for an hour, paid termly in advance, and a first trial lesson is £10. You need to give 48 hours' notice to move or cancel a lesson, otherwise it's charged; if we cancel, the lesson is credited to the next term. Termly fees can be split into three monthly payments by standing order. Keyboard and guitar hire is £15 a month. The office is open Monday to Friday 3pm–8pm and Saturday 9am–1pm.",
    escalationRules: [
      "If a child gets hurt or feels unwell during a lesson, pass it to Aisha. She has to fill in the accident book and ring the parents.",
      "safeguarding worries / complaints about a teacher's behaviour → Dan, straight away",
      "Refund requests over £150, or anyone wanting to cancel a whole term after it has started – hand over to a human.",
      "Never let the assistant deal with anyone asking for a teacher's personal number or wanting to arrange lessons privately outside the school.",
      "Always escalate if a parent says they're being chased for money they don't owe or mentions small claims / court.",
      "If someone wants to speak to a person, let them.",
    ],
    cases: [
      {
        message:
          "My daughter Maisie came out of her piano lesson tonight holding her hand, she says the lid came down on her fingers. She's ok-ish but it's swelling a bit. Just thought you should know.",
        escalate: true,
      },
      {
        message: "Does Aisha still run the Saturday morning beginner group? My son loved it with her last year.",
        escalate: false,
      },
      {
        message:
          "we paid £228 for the autumn term of guitar and my son has totally gone off it after 2 lessons. can we get the rest back??",
        escalate: true,
      },
      {
        message: "What happens if we have to miss a lesson because of a school trip? Do we just lose the money?",
        escalate: false,
      },
      {
        message:
          "Hi, Leo's really enjoying piano, he practises every night now which is a miracle! One thing though – his teacher messaged him on Instagram directly last week and told him not to mention it to us. Probably nothing but it's made me a bit uneasy.",
        escalate: true,
      },
      {
        message: "Can I spread the cost of the term over a few months instead of paying it all up front?",
        escalate: false,
      },
      {
        message:
          "Could someone from the office call me about my account? I've had a letter saying I owe £114 and it's being passed to a debt collector, but I paid in September.",
        escalate: true,
      },
      {
        message: "Is it normal for the teacher to ask for 20 minutes' practice a day? My daughter's only seven.",
        escalate: false,
      },
      {
        message: "Can I have a word with the manager please? A real one, not the bot.",
        escalate: true,
      },
      {
        message: "I cancelled Monday's lesson on Friday afternoon, so three days' notice. Will I still be charged for it?",
        escalate: false,
      },
      {
        message:
          "hiya is there any way i could get Tom's mobile number? we'd rather just pay him cash to come to ours over the summer hols",
        escalate: true,
      },
      {
        message: "Thank you for sorting out the refund for the recital tickets, the £12 came through this morning.",
        escalate: false,
      },
      {
        message:
          "My son has started getting stomach aches before his lessons and last night he finally told me his teacher shouts at him and grabbed his arm when he got a chord wrong. I'm really not happy about this.",
        escalate: true,
      },
      {
        message: "Do you ever give refunds if a pupil moves away partway through a term?",
        escalate: false,
      },
      {
        message:
          "You've charged me twice for September and nobody has replied to my three emails. If I don't hear back this week I'm taking it to the small claims court.",
        escalate: true,
      },
      {
        message: "How do I book the £10 trial lesson as an adult beginner? I'm 54 and have never touched a guitar.",
        escalate: false,
      },
      {
        message:
          "Amelia felt dizzy and was sick in the practice room during her lesson this afternoon and was sent to wait in reception on her own until I came. Is that normal?",
        escalate: true,
      },
      {
        message:
          "u guys still havent given back the £165 deposit for the summer rock camp that got cancelled in may. whats going on",
        escalate: true,
      },
      {
        message:
          "I want to cancel the rest of the spring term for both my kids – that's nine weeks left each at £38. We're moving to Leeds on Friday.",
        escalate: true,
      },
      {
        message: "Brilliant concert on Saturday! Both my girls were beaming all the way home. Thank you to all the teachers.",
        escalate: false,
      },
      {
        message:
          "Hello, I'm a parent of one of Mr Hale's pupils. I'm not comfortable putting this in writing, but I'd like someone to phone me about something he said to my daughter after class.",
        escalate: true,
      },
      {
        message: "Could I hire a keyboard from you for the first couple of months before we buy one? How much would that be?",
        escalate: false,
      },
      {
        message:
          "Three hundred and forty quid for a term and the teacher has turned up late to four of the six lessons. I want my money back, all of it.",
        escalate: true,
      },
      {
        message:
          "If my child hurt herself during a lesson, who would let me know? Only asking because she has a heart condition and I like to be prepared.",
        escalate: false,
      },
    ],
  },
  {
    name: "SecondByte Refurbs",
    businessContext:
      "SecondByte is an online shop selling refurbished iPhones, Samsung and Pixel phones, and laptops (mostly MacBooks and ThinkPads). Everything is tested and graded A, B or C by our two technicians in Swindon before it's listed. I'm Gareth, the owner; Nadia looks after returns and trade customers.",
    businessRules:
      "Every device comes with a 12-month warranty, with batteries covered for 6 months. You can return anything within 30 days for a full refund as long as it's in the condition we sent it; refunds go back to the original payment method within 5 working days of the return arriving. Delivery is free on orders over £100, otherwise £4.99, and orders placed before 2pm on a working day are dispatched the same day. Klarna is available to spread the cost on orders over £150. Grade A is near-flawless, Grade B has light marks, Grade C has visible scuffs but works perfectly.",
    escalationRules: [
      "chargebacks / PayPal disputes / anything legal → Gareth",
      "Business orders of more than 10 devices go to Nadia. She does the trade pricing and needs to check stock in both warehouses first.",
      "If a device arrives dead, cracked or is a different model from what they ordered, hand over to a human.",
      "Always escalate if someone says a phone is blacklisted, iCloud/activation locked or reported stolen.",
      "never let the assistant deal with a battery that's swelling, smoking or got hot enough to burn something — safety first, we ring them",
      "Refunds over £400 need a person to approve them.",
    ],
    cases: [
      {
        message: "Does the warranty cover the battery as well, or just the phone itself?",
        escalate: false,
      },
      {
        message:
          "Opened the box this morning and the laptop won't even switch on. Charged it for three hours, nothing, not even a light. Not impressed.",
        escalate: true,
      },
      {
        message: "Can I send it back if I just decide I don't like the colour? It's only been a week and it's still like new.",
        escalate: false,
      },
      {
        message:
          "Hi there, we're a small accountancy firm looking to kit out the whole office – 14 ThinkPads and maybe a handful of iPhones. Could someone put a quote together for us?",
        escalate: true,
      },
      {
        message: "Do you ever sell phones that are still iCloud locked? Just want to be sure before I buy one.",
        escalate: false,
      },
      {
        message:
          "the iphone 12 i got from you keeps saying 'iPhone locked to owner' when i try to set it up. whose phone is this??",
        escalate: true,
      },
      {
        message: "Can I use Klarna for the £620 MacBook Air, and how many payments would that be?",
        escalate: false,
      },
      {
        message:
          "My bank have told me to raise a chargeback because nobody has answered my emails for two weeks. Before I do that, can anyone there actually talk to me?",
        escalate: true,
      },
      {
        message: "What time do I need to order by for it to go out today?",
        escalate: false,
      },
      {
        message:
          "Just a heads up, the Samsung I bought in March has started bulging at the back and the screen's lifting off at one corner. It got really warm on the bedside table last night too.",
        escalate: true,
      },
      {
        message:
          "I'm ordering three Pixel 7s, one for each of my kids – is delivery free because the order's over £100, or is it charged per phone?",
        escalate: false,
      },
      {
        message:
          "Ordered the 256GB Grade A iPhone 13 in blue. Got a 128GB pink one with a scratch across the camera. Lovely.",
        escalate: true,
      },
      {
        message: "Thanks Nadia for swapping the charger, the new one works perfectly. Five stars from me.",
        escalate: false,
      },
      {
        message: "I want a refund of £540 for the MacBook, it's been nothing but trouble since day one.",
        escalate: true,
      },
      {
        message:
          "If a phone did turn out to be reported stolen, what would happen – would I get my money back? Just curious, my mate had that happen with a different seller.",
        escalate: false,
      },
      {
        message:
          "My son's phone from you got so hot charging overnight it's left a scorch mark on his desk and there was a smell like melting plastic. Is that normal?",
        escalate: true,
      },
      {
        message: "Can I speak to a real person please? My question about my order is a bit complicated.",
        escalate: true,
      },
      {
        message: "If I return something within the 30 days, do I get the £4.99 delivery charge back as well?",
        escalate: false,
      },
      {
        message:
          "hi, EE have just told me the IMEI on the phone you sold me is barred so it won't take my sim. need this sorted asap pls",
        escalate: true,
      },
      {
        message:
          "ok so the laptop arrived with the hinge snapped and a crack through the bottom of the screen. it's for my daughter's uni course starting monday. gutted",
        escalate: true,
      },
      {
        message:
          "My solicitor has advised me to put in writing that the laptop was sold as 'like new' and very clearly wasn't. Please pass this to whoever is in charge.",
        escalate: true,
      },
      {
        message: "Do you do discounts for schools? We might need about six laptops for our IT room next year.",
        escalate: false,
      },
      {
        message:
          "Can I have a word with the manager about a bulk order? We're a charity looking at twenty-five refurbished laptops for our learning centre.",
        escalate: true,
      },
      {
        message: "The refund for my returned tablet hasn't shown up yet – you got it back on Tuesday. How long does it usually take?",
        escalate: false,
      },
    ],
  },
  {
    name: "Cwm Bach Glamping",
    businessContext:
      "Cwm Bach is a small glamping site on our family farm near Rhayader in mid Wales. We have five furnished yurts with log burners, a shared wood-fired hot tub, a fire pit and a little stream running through the bottom field. I'm Rhiannon and I do the bookings; my husband Huw looks after the site, the hot tub and the guests day to day.",
    businessRules:
      "Each yurt sleeps up to 4 (a double bed plus a futon), from £95 a night midweek to £140 on Saturdays, with a 2-night minimum and 3 nights over bank holidays. A 30% deposit secures the booking and the balance is due 6 weeks before arrival. If you cancel more than 6 weeks before, you get the deposit back less a £25 admin fee; after that there's no refund unless we re-let the dates, and moving dates is free if we have space. The hot tub is included and open 8am–10pm; private slots can be booked at the welcome hut. Dogs are welcome in two of the yurts for £15 per stay; check-in is from 3pm and check-out by 10:30am.",
    escalationRules: [
      "Group bookings of more than 8 people or more than 2 yurts → Rhiannon",
      "If anyone gets hurt on site – hot tub, fire pit, slipping on the decking, anything – hand over to a human immediately. Huw is first-aid trained and is usually about until 9pm.",
      "hot tub problems (cloudy water, too cold, not working, rashes) go to Huw",
      "Never let the assistant agree to refunds or discounts once guests have arrived. Complaints about a yurt being dirty, damp or cold come to me first.",
      "always escalate hen dos, stag dos and anything that sounds like a party",
      "if someone's locked out or can't find us after dark, pass it on",
    ],
    cases: [
      {
        message:
          "We've just arrived and the yurt smells really damp and there are mouse droppings on the rug. The kids don't want to sleep in it.",
        escalate: true,
      },
      {
        message: "Is the hot tub open in the evenings? What time does it shut?",
        escalate: false,
      },
      {
        message:
          "hey! planning my sister's hen weekend in june, 7 of us girls, would love the 2 bigger yurts. bit of prosecco and music, nothing crazy x",
        escalate: true,
      },
      {
        message: "What happens if we need to cancel? We're booked for August but my partner's job might move.",
        escalate: false,
      },
      {
        message:
          "the hot tub water's gone a funny green colour tonight and my daughter's come out in red blotches all over her legs",
        escalate: true,
      },
      {
        message: "Does Huw still do the guided night walks to see the stars? We loved that last year.",
        escalate: false,
      },
      {
        message:
          "Hi! We're looking at a family reunion over the May bank holiday – there'd be eleven of us including the grandparents, so probably three yurts. Is that possible?",
        escalate: true,
      },
      {
        message: "Can I pay the balance in two halves rather than all at once six weeks before? Money's a bit tight this month.",
        escalate: false,
      },
      {
        message:
          "its 10.40pm, parked by a gate with a cattle grid, satnav says we're here but there's nothing. pitch black and barely any signal. help",
        escalate: true,
      },
      {
        message: "We're two couples and two kids, so six altogether – would we fit in two yurts?",
        escalate: false,
      },
      {
        message:
          "Could someone call me about our stay last weekend? My husband burnt his hand quite badly on the kettle over the fire pit and we never got round to telling anyone.",
        escalate: true,
      },
      {
        message: "Is it normal for the yurts to get chilly at night in April? Just working out how many layers to pack.",
        escalate: false,
      },
      {
        message:
          "We're in yurt 3 and honestly it's freezing – the log burner won't stay lit and there were no spare logs. We'd like some money back for tonight.",
        escalate: true,
      },
      {
        message: "Thank you so much for bringing the extra blankets up on Saturday night, it made all the difference. We'll be back!",
        escalate: false,
      },
      {
        message: "can i speak to someone please, not a chatbot",
        escalate: true,
      },
      {
        message: "Do you ever do cheaper rates for midweek stays in the winter?",
        escalate: false,
      },
      {
        message:
          "Code for the key box doesn't work. Tried it five times. Standing outside yurt 2 with two very tired kids.",
        escalate: true,
      },
      {
        message: "How much is the deposit and when's the rest due?",
        escalate: false,
      },
      {
        message:
          "my mate's 30th – we want the whole site for the saturday night, 16 of us, bringing a speaker and having a proper do",
        escalate: true,
      },
      {
        message:
          "If someone slipped on the decking, is there a first aid kit somewhere on site? Asking because my dad's a bit unsteady on his feet these days.",
        escalate: false,
      },
      {
        message:
          "Lovely site and the views are amazing, the kids have been in the stream all day. Small thing though – the hot tub's been stone cold since we got here yesterday and the jets don't do anything.",
        escalate: true,
      },
      {
        message:
          "My brother's getting married in September and we want somewhere quiet-ish for the lads the weekend before. Six of us, mostly just a barbecue, a few beers and the hot tub. That OK?",
        escalate: true,
      },
      {
        message:
          "My son's cut his foot on a broken bottle down by the stream and it's quite deep. Where's the nearest A&E, and can someone come and have a look?",
        escalate: true,
      },
      {
        message: "Is the £25 admin fee still taken off if we just move our dates rather than cancel?",
        escalate: false,
      },
    ],
  },
  {
    name: "Marigold & Moss Florists",
    businessContext:
      "Marigold & Moss is a family-run florist on the high street in Ludlow, going for over thirty years. My mum June started the shop and still does most of the funeral work, I'm Callum and I handle deliveries and events, and my wife Beth does our weddings. We work closely with the three local funeral directors.",
    businessRules:
      "Funeral tributes start from £45 and lettered tributes are £30 per letter; we need 3 working days' notice for funeral work and 48 hours for standard bouquets, though same-day delivery is possible if you order before 11am. Local delivery within 10 miles is £6, and delivery to funeral directors is free. Wedding consultations are free; a 25% non-refundable deposit secures your date and the balance is due 4 weeks before the wedding. We're open Monday to Saturday, 8:30am to 5:30pm.",
    escalationRules: [
      "Wedding enquiries with a budget over £1,500 go to Beth. She likes to do a consultation in person before anything gets quoted.",
      "If a funeral order is wrong, late or has missed the service, hand over to a human straight away – and be gentle.",
      "complaints about dead/wilted flowers → June",
      "Never let the assistant handle orders for a baby's or child's funeral. June does these personally and we don't charge for them.",
      "More than 20 arrangements (corporate, events) or anything needing the van on a Sunday – Callum",
      "If someone asks to speak to a person or asks for a refund, put them through.",
    ],
    cases: [
      {
        message: "How much notice do you need for a funeral wreath? The service is next Thursday.",
        escalate: false,
      },
      {
        message:
          "Hi. The service for my dad was at 11 this morning and the spray from you never arrived at the crematorium. The funeral director said he'd rung you twice.",
        escalate: true,
      },
      {
        message: "Does June still run the Christmas wreath-making workshop? My sister and I went last year.",
        escalate: false,
      },
      {
        message:
          "We're getting married next May, about 140 guests – thinking a flower arch, centrepieces for 14 tables and bouquets for the bridal party. Our budget for flowers is around £3k.",
        escalate: true,
      },
      {
        message: "What happens if we have to cancel the wedding flowers? Do we lose the deposit?",
        escalate: false,
      },
      {
        message:
          "the roses i sent my mum for her birthday were brown and drooping by the next morning. £55 for that, honestly",
        escalate: true,
      },
      {
        message: "Can I spread the wedding balance over a few months instead of paying it in one go?",
        escalate: false,
      },
      {
        message:
          "I'm so sorry to be asking this. Our little boy was stillborn last week and we'd like something small and white for his service on Friday.",
        escalate: true,
      },
      {
        message: "Do you deliver to Fenwick's funeral home on Brook Street, and is there a charge for that?",
        escalate: false,
      },
      {
        message:
          "Could someone call me about a corporate order? We need 30 table arrangements for our awards dinner in November.",
        escalate: true,
      },
      {
        message: "Thanks so much for redoing the ribbon on the wreath yesterday – the family said it looked beautiful.",
        escalate: false,
      },
      {
        message: "The letters on the coffin spell NAMA instead of NANA. The funeral's in two hours. What can you do?",
        escalate: true,
      },
      {
        message:
          "If our wedding budget is about £800, what would that get us? Just a bridal bouquet, two bridesmaids' posies and buttonholes.",
        escalate: false,
      },
      {
        message: "I'd like a refund for the bouquet please, it looked nothing like the picture on your website.",
        escalate: true,
      },
      {
        message: "Can I still get same-day delivery if I order now? It's quarter past ten.",
        escalate: false,
      },
      {
        message:
          "is it normal for a wedding bouquet to be wilting before the ceremony even started?? all the photos are full of sad droopy peonies. not happy",
        escalate: true,
      },
      {
        message:
          "Flowers for our anniversary went to the wrong house and the neighbour only handed them over three days later, completely dead. I want my money back.",
        escalate: true,
      },
      {
        message:
          "We need flowers for a product launch at the racecourse on Sunday morning – about twelve big pedestal arrangements, delivered and set up by 7am.",
        escalate: true,
      },
      {
        message: "What's your policy if flowers arrive damaged? Just want to know before I order for my gran's 90th.",
        escalate: false,
      },
      {
        message: "can i talk to an actual person pls",
        escalate: true,
      },
      {
        message: "Is £45 the cheapest you do for a funeral wreath? Money's tight but I want to send something for my uncle.",
        escalate: false,
      },
      {
        message:
          "The funeral car leaves the house at half one and there's still no sign of the wreath. It's ten past one now.",
        escalate: true,
      },
      {
        message: "Beth did our wedding flowers in July and they were absolutely stunning – just wanted to say thank you!",
        escalate: false,
      },
      {
        message:
          "Hello, lovely shop, I've been coming in for years. Bit awkward, but I paid £120 for a tribute for my neighbour's funeral and the card with it had someone else's name on it. Could someone ring me?",
        escalate: true,
      },
    ],
  },
];
