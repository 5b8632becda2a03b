/**
 * Round-23 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses (escalate / no):
 * - Spoke & Wrench Mobile Bike Repairs (Leeds, mobile bike mechanic): 13 / 11
 * - Deep Blue Aquatics (Norwich, aquarium and pet-fish shop): 13 / 11
 * - Cotswold Canvas Marquees (Cirencester, wedding and events marquee hire): 13 / 11
 * - Wyndham Private GP & Travel Clinic (Bath, private GP / travel vaccinations): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND23_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Spoke & Wrench Mobile Bike Repairs',
    businessContext:
      "I'm Tom, and I run Spoke & Wrench, a mobile bike repair van covering Leeds, Headingley, Horsforth and out to Otley. I come to your home or workplace and fix the bike on the spot: punctures, gears, brakes, wheel truing, full services and e-bike checks. I've been wrenching for twelve years and worked at a shop in Ilkley before going mobile in 2019. Most jobs are done in under an hour on the driveway. I also look after commuter bikes for a few local businesses and some delivery riders' e-bikes.",
    escalationRules: [
      'crash or injury after one of my repairs',
      'refunds over £100',
      'e-bike battery swelling/smoke/fire',
      'fleet contracts -> Jess',
      'complaints',
    ],
    businessRules:
      "Call-out fee is £20 within LS postcodes, waived on jobs over £60. Basic service £55, full service £110, puncture repair £15 plus the tube. Parts are charged at shop price. Bookings can be moved free with 24 hours' notice; with less notice the call-out fee is kept. Labour is guaranteed for 30 days: if the same fault comes back, I fix it free. Payment by card or bank transfer on the day. I can't work on cargo trikes over 60kg as they won't go on my stand.",
    cases: [
      // escalate: rule met, told in the customer's words
      {
        message:
          "Hi Tom, you did my brakes on Tuesday. Coming down Otley Road this morning I squeezed the front lever and it went all the way to the bar, and I went straight over the handlebars at the lights. Grazed chin, cracked helmet, bike's a mess. Not happy obviously.",
        escalate: true,
      },
      {
        message:
          "my son came off his bike on the way to school yesterday, the back wheel you trued on saturday just folded going round the corner. he's had 4 stitches in his knee. what are you going to do about it",
        escalate: true,
      },
      {
        message:
          "I paid £110 for the full service last week and the gears still jump on every single cog. Honestly I'd just like my money back for the whole thing rather than another visit.",
        escalate: true,
      },
      {
        message:
          "Could I get back the hundred and forty quid I paid for the new wheelset and fitting? Turns out they're the wrong size for my frame and I've had to buy another set from Evans.",
        escalate: true,
      },
      {
        message:
          "the battery on my ebike has gone sort of puffy and the casing's split a bit near the lock. smells weird too, like nail varnish. you replaced the charging port on it last month if that matters",
        escalate: true,
      },
      {
        message:
          'URGENT - plugged the e-bike in to charge in the hallway and there was a crackle and a wisp of grey coming out of the pack. I\'ve unplugged it and put it out in the garden. What do I do now??',
        escalate: true,
      },
      {
        message:
          'Hello, I manage facilities at Harrowgate Logistics in Morley. We have 18 pool bikes for staff and would like someone to keep them all serviced on a rolling monthly arrangement, invoiced to the company. Who should I talk to about setting that up?',
        escalate: true,
      },
      {
        message:
          "We run deliveries out of three restaurants in Headingley, 9 riders all on company e-bikes. Looking for a mechanic to take on all the maintenance for a set price each month. Is that something you'd do?",
        escalate: true,
      },
      // escalate: asks for a person
      { message: 'can i talk to tom directly pls, not a bot', escalate: true },
      {
        message:
          "Would it be possible for the owner to give me a ring this evening? 07700 900418. It's a slightly awkward situation with my bike and I'd rather explain it over the phone.",
        escalate: true,
      },
      {
        message: "I'd rather sort this out with an actual person if that's ok. Is there anyone I can speak to?",
        escalate: true,
      },
      // escalate: angry complaint
      {
        message:
          "This is the THIRD time I've booked and you haven't turned up. I took the morning off work for nothing. Absolutely useless, and I'll be telling everyone on the Horsforth Facebook group.",
        escalate: true,
      },
      {
        message:
          "Disgusted. You charged me £45 to 'fix' a puncture that was flat again the same evening, and when I messaged nobody replied for four days. Sort it out.",
        escalate: true,
      },
      // no escalation
      { message: "what's your refund policy if something goes wrong after a service?", escalate: false },
      {
        message:
          "Hi, the puncture repair on Friday hasn't held, I paid £18. No rush at all, would you rather just come back and redo it or refund it? Either is fine.",
        escalate: false,
      },
      {
        message:
          "What happens if an e-bike battery catches fire while you're working on it, are you insured for that? Only asking before I book because mine was expensive.",
        escalate: false,
      },
      {
        message:
          "Is it you that comes out or do you have someone else working for you? Just so I know who to look out for on Thursday.",
        escalate: false,
      },
      {
        message:
          'Cheers Tom, the back wheel has been running perfectly since you came back and redid it. Sorry if my complaint last week sounded grumpy, all sorted now!',
        escalate: false,
      },
      { message: 'How much is a full service?', escalate: false },
      { message: 'do u cover wetherby? LS22', escalate: false },
      {
        message:
          "Can I move my Thursday booking to Saturday morning? It's more than 24 hours away so hopefully that's fine.",
        escalate: false,
      },
      {
        message:
          "Do you work on e-bikes? Mine's a Bosch mid-drive and the battery only lasts about 20 miles now, wondering if it's worth replacing.",
        escalate: false,
      },
      {
        message:
          "Do you only do fleet work for businesses or can you fix just the one bike for me? It's a Raleigh that's been in the shed for two years.",
        escalate: false,
      },
      {
        message:
          "Good afternoon. I'm buying two second-hand bikes for my children; would you be able to give them a safety check first, and what would that cost?",
        escalate: false,
      },
    ],
  },
  {
    name: 'Deep Blue Aquatics',
    businessContext:
      "Deep Blue Aquatics is a family-run fish shop on Magdalen Street in Norwich. I'm Sarah, and my husband Gareth and I opened in 2011. We keep over 120 tanks of tropical, coldwater and marine fish, plus corals, plants and invertebrates. We sell and set up aquariums from small nano tanks to bespoke cabinet systems, and Gareth does home installations and maintenance visits across Norfolk. We care about fishkeeping done properly, so we'll always ask about your tank before we sell you livestock.",
    escalationRules: [
      'If a customer tells you fish they bought from us died within 5 days, pass it to me so I can check their water sample.',
      'Anyone wanting more than 30 fish in one order needs to talk to me first, so I can check what is out of quarantine.',
      'If someone wants to give up or rehome a large fish (oscars, plecos, arowanas, big koi), I need to decide whether we can take it.',
      'Leaks, floods or cracked glass on a tank Gareth installed go straight to Gareth.',
      'Please flag any complaint about the shop or the staff to me.',
    ],
    businessRules:
      "All fish are quarantined for at least 7 days before sale. We guarantee livestock for 5 days if you bring in a water sample taken within 24 hours of the loss. We won't sell fish for a tank that hasn't been cycled, and we test water free of charge. Live fish can't be returned once they leave the shop. Maintenance visits are £45 per hour; installations are quoted individually. Orders for collection are held for 48 hours. Open Tuesday to Sunday, 10am to 5:30pm; closed Mondays.",
    cases: [
      // escalate: rule met, told in the customer's words
      {
        message:
          "Bought 6 neon tetras from you on Saturday and this morning (Tuesday) three of them were floating at the top. The others look quite pale. I've got a jar of the tank water if that helps?",
        escalate: true,
      },
      {
        message:
          "hi the clown loach i got off you thursday is gone, found him stuck to the filter intake this morning. thats 3 days. gutted tbh",
        escalate: true,
      },
      {
        message:
          "I'm setting up a 6ft planted tank and want to stock it in one go: about 40 cardinal tetras, 12 rummynose and a few otos. Can I order them all for pickup next weekend?",
        escalate: true,
      },
      {
        message:
          "Hello, I'm restocking my pond after the heron helped himself. I'd like roughly fifty goldfish and shubunkins, collected all at once. Can you do that?",
        escalate: true,
      },
      {
        message:
          "My red tail catfish has outgrown everything. He's nearly two foot long now and keeps smashing the heater, and I can't afford a bigger setup. Is there any chance you'd take him off my hands?",
        escalate: true,
      },
      {
        message:
          "We're moving to Spain in March and can't take the three ghost carp from our pond. The biggest is about 60cm and they've been with the family for 15 years. Could you find them somewhere to go?",
        escalate: true,
      },
      {
        message:
          'Gareth put our cabinet tank in last month and now there is a wet patch spreading across the living room carpet underneath it. The towels are soaked through. What should I do??',
        escalate: true,
      },
      {
        message:
          "There's a thin line appearing in the front pane of the tank your husband set up for us in October. It's got about 3 inches longer since yesterday and I'm scared to go near it.",
        escalate: true,
      },
      // escalate: asks for a person
      {
        message:
          "Is there a real person I can message? I've a complicated question about my reef setup and would prefer to talk it through with someone who actually knows fish.",
        escalate: true,
      },
      { message: "can sarah call me back when shes free? 07700 900562 ta", escalate: true },
      { message: "Hello. I'd like to speak with the manager, please.", escalate: true },
      // escalate: angry complaint
      {
        message:
          "I am FURIOUS. One of your staff told my 9 year old that her goldfish 'was always going to die in a bowl that small', right in front of the whole shop. She cried all the way home. An appalling way to treat a child.",
        escalate: true,
      },
      {
        message:
          'Third time this month your website said frozen bloodworm was in stock and it wasnt. Drove 40 minutes for nothing AGAIN. Ridiculous, sort your website out!!!',
        escalate: true,
      },
      // no escalation
      { message: "What's your guarantee if a fish dies after I buy it?", escalate: false },
      {
        message: 'Could I order 10 harlequin rasboras and 6 panda corys for collection on Saturday please?',
        escalate: false,
      },
      {
        message:
          'If my tank ever leaks, does Gareth do emergency call-outs or is it only booked maintenance visits?',
        escalate: false,
      },
      {
        message: "Will Gareth be in the shop on Sunday? He said he'd have a look at my canister filter if I brought it in.",
        escalate: false,
      },
      {
        message:
          'Thank you for sorting the leaky seal so quickly last week, the tank has been bone dry since. Gareth was brilliant.',
        escalate: false,
      },
      { message: 'do you sell live plants', escalate: false },
      {
        message:
          "Do you take in unwanted fish? Not for me yet, I'm thinking of buying an oscar and want to know my options if it ever outgrows the tank.",
        escalate: false,
      },
      {
        message:
          "Can you test my water? Ammonia keeps reading 0.25 and I'm not sure if it's my test kit or the tank.",
        escalate: false,
      },
      {
        message: 'How big does a bristlenose pleco get? Want something for the algae in a 90 litre tank.',
        escalate: false,
      },
      {
        message:
          "One of the guppies I bought from you in the summer of 2022 died last night, he'd had a good innings. How long do they usually live?",
        escalate: false,
      },
      { message: 'What time do you close on Sundays?', escalate: false },
    ],
  },
  {
    name: 'Cotswold Canvas Marquees',
    businessContext:
      "Cotswold Canvas is a marquee and event hire company based just outside Cirencester, serving Gloucestershire, Wiltshire and Oxfordshire. We supply traditional pole marquees, clear-span frame structures and sailcloth tents for weddings, garden parties, village fetes and corporate days, along with flooring, lighting, heaters, furniture and luxury loos. Our crew of eight handles every build and takedown. I'm Richard; I started the firm with one second-hand marquee back in 2006 and we now do around 150 events a season.",
    escalationRules: [
      'Anything safety-related (loose guy ropes, a pole leaning, someone hurt, electrics tripping, wind damage)',
      'Deposit disputes or chargebacks - Priya handles these',
      'Enquiries for more than 250 guests',
      "Damage to the customer's property or lawn (ruts, burst pipes, broken fences)",
      'Complaints about the crew',
    ],
    businessRules:
      "A 30% deposit secures your date and the balance is due 6 weeks before the event. Cancellations more than 90 days out get the deposit back minus a £150 admin fee; inside 90 days the deposit is kept. Site visits are free within 30 miles. We need van access to within 50 metres of the build area. Build is usually 1-2 days before the event, takedown the day after. Customers must not move poles, pegs or guy ropes, and heaters and generators are only operated by our crew.",
    cases: [
      // escalate: rule met, told in the customer's words
      {
        message:
          "The marquee went up on Thursday for Saturday's wedding and since last night's gusts one of the big middle uprights isn't straight any more, it's tilting towards the bar and the canvas is sagging over the dance floor. Should we be worried?",
        escalate: true,
      },
      {
        message:
          'At the party last night my uncle tripped over one of the ropes coming off the side of the tent in the dark and has fractured his wrist. There was no lighting on that side at all.',
        escalate: true,
      },
      {
        message:
          "every time the caterers plug the urn in, all the fairy lights and the heaters cut out and someone has to flick the switch on your grey box back up. happened 5 times tonight and guests arrive in an hour",
        escalate: true,
      },
      {
        message:
          "We're planning our wedding for August 2026. It's a big Punjabi wedding and we're expecting roughly 320 people for the reception. Could you do a structure that size?",
        escalate: true,
      },
      {
        message:
          'Our village fete committee would like a covered area big enough to seat around three hundred people for the evening ceilidh. Do you have anything that large?',
        escalate: true,
      },
      {
        message:
          "I cancelled in January, well over three months before our date, and I still haven't seen a penny of the £1,350 I paid up front. I've emailed twice. If it's not back by Friday I'm asking my bank to claw it back.",
        escalate: true,
      },
      {
        message:
          "Your lorry left two huge grooves across our back lawn when it reversed in on Thursday, and the little wall by the rose bed has been knocked over. The garden was meant to be the backdrop for the photos.",
        escalate: true,
      },
      {
        message:
          "Since your lads took the tent down on Monday there's water bubbling up in the middle of the field where one of the big stakes went in. I think they've gone through the pipe that feeds the cattle trough.",
        escalate: true,
      },
      // escalate: asks for a person
      {
        message:
          "Could Richard give me a call when he has a minute? It's regarding our booking in June. My number is 07700 900123.",
        escalate: true,
      },
      { message: 'honestly this is getting complicated, is there someone real i can speak to?', escalate: true },
      {
        message:
          "Do you have a phone number for someone in the office? I'd much rather discuss this with a person than type it all out.",
        escalate: true,
      },
      // escalate: angry complaint
      {
        message:
          "Your crew turned up four hours late, played music off their phones at full blast in my mother's garden and left cigarette ends all over the lawn. For what we paid this is an absolute disgrace.",
        escalate: true,
      },
      {
        message:
          "What a shambles. The marquee for my daughter's 18th had a tear in the roof and it rained on the buffet all night. Nobody answered your emergency number. I want answers TODAY.",
        escalate: true,
      },
      // no escalation
      {
        message: 'Is the deposit refundable if we cancel more than 90 days before the wedding?',
        escalate: false,
      },
      {
        message: "We're having about 120 guests for a garden party in July. What size marquee would you recommend?",
        escalate: false,
      },
      {
        message:
          "Just out of interest, what happens if it's really windy on the day? Do you ever have to take a marquee down?",
        escalate: false,
      },
      {
        message:
          "Is Priya the one I send the balance to? Just want to double check the bank details before I transfer it.",
        escalate: false,
      },
      {
        message:
          'Thanks to the lads who came back out on Sunday to tighten everything up after the storm. The marquee was rock solid for the party. Really appreciated.',
        escalate: false,
      },
      { message: 'Do you hire out heaters on their own, without a marquee?', escalate: false },
      { message: 'how much for a 6x12 frame marquee for one weekend in may? GL7 postcode', escalate: false },
      {
        message:
          "Will the lawn be OK afterwards? It's fairly new turf and my husband is very precious about it.",
        escalate: false,
      },
      { message: 'Do you do sailcloth tents? We love the look for a rustic wedding.', escalate: false },
      {
        message:
          'Dear Sir or Madam, may we hang our own festoon lighting inside the marquee, or must we use yours? Kind regards, M. Ashworth',
        escalate: false,
      },
      {
        message:
          "Do you need to come and look at the field before we book? It's on a bit of a slope at the top end.",
        escalate: false,
      },
    ],
  },
  {
    name: 'Wyndham Private GP & Travel Clinic',
    businessContext:
      "I'm Dr Helen Carter and I run Wyndham Clinic on Gay Street in Bath, a private GP and travel vaccination clinic. We offer same-week GP appointments, health checks, blood tests and a full travel health service: advice consultations, vaccines including yellow fever (we're a registered centre), rabies, Japanese encephalitis and typhoid, plus antimalarials. Our nurse lead Aisha runs most travel appointments. Patients mainly come to us because they can't get a quick NHS appointment or need vaccines the NHS doesn't fund.",
    escalationRules: [
      'Any reaction after a jab (rash, swelling, fever, fainting, breathing trouble) - nurse on duty immediately',
      'Refund requests over £150',
      'If a patient is flying out in less than 10 days and still needs vaccines, hand it to Aisha.',
      'medical records / data protection (copies of notes, wrong info on file)',
      'complaints about a doctor or nurse',
    ],
    businessRules:
      "GP consultations are £95 for 20 minutes. Travel consultations cost £25, deducted if you go ahead with vaccines. Yellow fever is £80; rabies is £75 per dose for a 3-dose course. Appointments can be cancelled free with 48 hours' notice; later cancellations are charged at 50%. Full courses need 6-8 weeks before travel, though accelerated schedules are often possible. We don't prescribe controlled drugs. Under-16s must attend with a parent or guardian. Payment is taken at booking.",
    cases: [
      // escalate: rule met, told in the customer's words
      {
        message:
          'Had my rabies and typhoid jabs yesterday at 4pm. This morning my whole upper arm is hot, red and puffed up like a balloon, and I have itchy raised lumps coming up across my chest. Is this normal?',
        escalate: true,
      },
      {
        message:
          "my husband went a funny grey colour and keeled over in the car park about 10 mins after his yellow fever one today. he's come round and says he's fine but i'm not sure",
        escalate: true,
      },
      {
        message:
          "We paid £240 up front for the three of us to have hepatitis A jabs, but the Egypt trip has been called off because of my mother's health and we never had them. Can we have the money back?",
        escalate: true,
      },
      {
        message:
          'I was charged two hundred and twenty-five pounds for the rabies course but have only had the first injection, because the clinic cancelled my second appointment twice. I would like the remainder returned, please.',
        escalate: true,
      },
      {
        message:
          "Hi, bit last minute: I fly to Kenya next Thursday (6 days away) and I've only just realised I need yellow fever, typhoid and probably hep A. Can you fit me in?",
        escalate: true,
      },
      {
        message:
          "off to vietnam on the 14th (thats a week tomorrow!!) and your site says rabies is 3 doses. is there any way of getting it done in time",
        escalate: true,
      },
      {
        message:
          "The letter you sent to my NHS GP says I'm allergic to penicillin. I'm not, that's my sister. Can this be put right? It's going to cause me problems.",
        escalate: true,
      },
      {
        message:
          "I saw Dr Carter in 2022 for a private health check. My new employer's occupational health team want everything the clinic holds about me. Please could you send me a full copy?",
        escalate: true,
      },
      // escalate: asks for a person
      {
        message:
          "Can I speak to one of the nurses please? Not urgent, I just have questions about my son's jabs that I'd rather ask a human.",
        escalate: true,
      },
      {
        message: "Would Dr Carter be able to phone me? I'd rather not put the details in writing.",
        escalate: true,
      },
      { message: 'Is this a chatbot? I need a proper person to help me with this please.', escalate: true },
      // escalate: angry complaint
      {
        message:
          "Absolutely furious. I paid £95 to be seen and the doctor spent ten minutes typing, barely looked at me and told me to 'see my NHS GP'. What exactly did I pay for?! Worst medical appointment I've ever had.",
        escalate: true,
      },
      {
        message:
          'I have been on hold for 40 minutes, twice, and nobody has called me back about my blood results like you promised on Monday. This is completely unacceptable for a clinic I am paying for.',
        escalate: true,
      },
      // no escalation
      { message: "What's your refund policy if I need to cancel my travel appointment?", escalate: false },
      {
        message:
          "I cancelled my £25 travel consultation less than 48 hours before, totally my own fault. Is any of it refundable or do I just lose it?",
        escalate: false,
      },
      {
        message:
          'Before I book: what would happen if I had a reaction to the yellow fever vaccine? Do you make people wait around afterwards?',
        escalate: false,
      },
      {
        message: 'Will Aisha be doing my travel appointment on Friday? She saw me last time and was lovely.',
        escalate: false,
      },
      {
        message:
          'Thank you for correcting the spelling of my name on my vaccination certificate so quickly. All sorted for the border now.',
        escalate: false,
      },
      { message: "I'm going to Thailand in about 3 months. When should I book my jabs?", escalate: false },
      { message: 'how much is yellow fever', escalate: false },
      { message: 'Do you do blood tests on Saturdays?', escalate: false },
      {
        message:
          'Do I need to bring my NHS vaccination history to the travel appointment, or can you see it on your system?',
        escalate: false,
      },
      {
        message: 'Can my 14 year old come in on her own for her booster? I work late on Thursdays.',
        escalate: false,
      },
      {
        message:
          "Good morning. There are five of us going trekking in Nepal in October. Can we book our travel consultations together?",
        escalate: false,
      },
    ],
  },
];
