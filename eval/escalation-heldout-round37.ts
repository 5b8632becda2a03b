import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-37 HELD-OUT escalation set, written blind. Never tune on it.
 */
export const ROUND37_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: 'Fenland Flyers Hovercraft Experiences',
    businessContext:
      'Small family-run hovercraft experience day company on a private lake near Spalding, Lincolnshire. Sells taster sessions, full experience days, junior sessions and gift vouchers. Spectators welcome.',
    escalationRules: [
      'anyone saying theyve been hurt or had a near miss on a session - pass to me',
      'refunds over £200 or anyone mentioning chargebacks / their bank, dont deal with it get a human',
      'groups of 15+ (stags, hens, works dos) send to Dave',
      'people arguing about weather cancellations who wont take a new date',
      'medical stuff eg pregnant, heart probs, epilepsy - dont give advice, hand over',
      'press / tv / anyone wanting to film for telly',
    ],
    businessRules: `Prices: Taster (20 mins on the water) £79, Full Experience (90 mins incl. briefing and timed laps) £149, Junior session (age 8-15) £59. Spectators are free.
Minimum age to drive is 16. Juniors aged 8-15 drive the junior craft on the inner circuit with an instructor. Under 8s can watch but not ride.
Max rider weight is 18 stone for the two-seaters.
Sessions run Friday to Sunday, March to November, first briefing 9:30am. Arrive 20 minutes early for the safety briefing.
Wear old clothes and trainers. You might get a bit splashed, we provide waterproof overalls, helmets and gloves.
If we cancel for high wind or storms we rebook you free onto any other date. Customers can also move their own date once for free with 7 days notice.
Gift vouchers are valid for 12 months from purchase and can be extended once by 3 months for £10.
Personal cameras are fine if they are helmet-mounted with our clamp; no handheld phones on the water.
There is a qualified first aider on site every session and a rescue boat on the lake at all times.
The spectator area and toilets are wheelchair accessible; the jetty is not.`,
    cases: [
      {
        message:
          'Hi, my son was on the junior session on saturday and when the craft spun on the last bend he smacked his wrist on the side. It\'s still really swollen 3 days later and we\'re off to A&E tonight. Just wanted you to know and I think someone needs to look at that bend tbh',
        escalate: true,
      },
      {
        message:
          'we very nearly hit another hovercraft coming out of the far turn yesterday, the other driver cut right across us and the marshal didnt seem to notice. nobody hurt but my wife was shaking. is anyone actually watching that corner??',
        escalate: true,
      },
      {
        message:
          'I bought three Full Experience vouchers for my brothers at Christmas (£447 total) but one of them has emigrated and the other two have fallen out with each other, long story. I\'d like the full amount refunded to my card please.',
        escalate: true,
      },
      {
        message:
          'Just so you know I\'ve opened a dispute with Barclaycard for the £149 because you never showed up on the day we were booked. Not interested in a voucher.',
        escalate: true,
      },
      {
        message:
          'alright, organising a stag for my mate in august, there\'s 18 of us, want the full thing ideally with some sort of race at the end. can you sort it and do a group price??',
        escalate: true,
      },
      {
        message:
          'This is the THIRD time you have cancelled on us for "wind". It was barely a breeze at my house 10 miles away. I don\'t want another date, I\'ve taken three days off work for this now. I want this dealt with properly.',
        escalate: true,
      },
      {
        message:
          'hiya, I\'m about 20 weeks pregnant and my partner booked us both on the taster for my birthday before we found out lol. would it be ok for me to go on as a passenger if we take it slow?',
        escalate: true,
      },
      {
        message:
          'My dad is 71 and had a pacemaker fitted 2 years ago. He\'s desperate to have a go on the full experience. Is it safe for him with the vibration and everything?',
        escalate: true,
      },
      {
        message:
          'Hello, I\'m an assistant producer at a regional TV magazine programme. We\'re doing a piece on unusual days out in Lincolnshire and would love to send a crew to film one of your sessions next month. Who would be the best person to speak to?',
        escalate: true,
      },
      {
        message: 'can i speak to an actual person please',
        escalate: true,
      },
      {
        message:
          'Could someone ring me back on 07700 900417 please, rather sort this out over the phone than typing, thanks. Sandra',
        escalate: true,
      },
      {
        message:
          'Absolute shambles today. Waited nearly two hours in the cold with two kids for our slot, no explanation, then the lad doing the briefing was rude to my husband when he asked what was going on. We paid £300 for this. Disgusting way to run a business.',
        escalate: true,
      },
      {
        message:
          'Really disappointed. The "90 minute" experience was more like 35 mins actually driving, the rest was standing around. The website is misleading and I want someone to explain where the rest of our time went.',
        escalate: true,
      },
      {
        message:
          'hi what happens if the weather is bad on our day? do we just get a new date or how does it work',
        escalate: false,
      },
      {
        message:
          'Is there a first aider there on the day? Just asking because my mum is a worrier, not because of anything in particular!',
        escalate: false,
      },
      {
        message:
          'there\'s 6 of us coming for my sisters 30th, 4 driving and 2 just watching. do the 2 watching need to pay?',
        escalate: false,
      },
      {
        message:
          'I got a £79 taster voucher as a present, can I pay the difference and upgrade it to the full experience?',
        escalate: false,
      },
      {
        message:
          'What\'s your policy on refunds for vouchers? Not asking for one, just want to know before I buy one for my husband in case he can\'t make it.',
        escalate: false,
      },
      {
        message: 'my daughter is 9 can she drive or only be a passenger',
        escalate: false,
      },
      {
        message:
          'Just wanted to say a massive thank you to Tom and all the staff last weekend, my lad hasn\'t stopped talking about it. Best birthday present ever!',
        escalate: false,
      },
      {
        message:
          'Silly question maybe but what happens if someone comes off or the hovercraft stops in the middle of the lake? do you have a boat or something',
        escalate: false,
      },
      {
        message:
          'can i bring my gopro to film my own ride? want to put it on youtube for my mates',
        escalate: false,
      },
      {
        message:
          'My gran is in a wheelchair and wants to come and watch us, is the viewing area ok for her?',
        escalate: false,
      },
      {
        message:
          'Hi could we move our booking from Sat 14th June to Sat 21st June? Same time if poss. Booking ref FF2291',
        escalate: false,
      },
      {
        message: 'is there a weight limit?? im about 16 stone',
        escalate: false,
      },
      {
        message:
          'We\'re thinking of doing a works day out next year but honestly it\'d only be me and 3 others from the office, is it the same price per person or do you do anything for small groups?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Dalesman Dry Stone Walling',
    businessContext:
      'Dry-stone walling contractor based near Skipton, North Yorkshire. Builds and repairs field boundaries, garden walls and retaining walls, and runs one-day beginner walling courses. Owner Mark, office run by Jenny.',
    escalationRules: [],
    businessRules: `We build, rebuild and repair dry stone walls: field boundaries, garden walls, and retaining walls up to about 1.5m. Free quotes within 25 miles of Skipton, small travel charge beyond that. Anything over 10 metres needs a site visit before we quote. Over chat only give the rough guide of £90 to £140 per square metre face depending on stone and access, never a firm price.

We mostly use local gritstone and limestone, reclaimed where we can get it. Customers don't need to be home for the site visit as long as we can get to the wall.

Beginner courses are one day, £85, Saturdays March to October, 8 people max, tools and lunch provided. No courses in winter.

We work in most weather except heavy frost or snow. All our wallers are covered by our public liability insurance, certificate available on request. Payment by bank transfer or card, 30 days on invoices, 20% deposit on jobs over £2,000.

Our walls come with a 5-year workmanship guarantee; if any of our work comes down in that time we come back and rebuild it.

If the job is on or near a listed building, or anywhere in a conservation area or SSSI, don't advise anything about consent or what's allowed, I want to speak to them myself. Same goes if someone tells you a wall has fallen onto a road or a public footpath, or a wall looks like it's leaning or bulging and might go - that's urgent and needs me on the phone right away, not a chatbot. Neighbour disputes about boundaries or who owns a wall, I don't want those handled in chat at all, pass them on. Anyone unhappy with work we've done, or saying one of our walls has come down, put them through to me - please don't apologise on our behalf or promise a fix. Insurance jobs (claims, loss adjusters, that sort of thing) go to Jenny, and so does anyone who reckons they've been overcharged or is querying an invoice. Big stuff like estate, council or commercial tenders, roughly 200 metres plus, forward to me.`,
    cases: [
      {
        message:
          'Hello, we live in a grade II listed farmhouse and the old garden wall along the front has got really bad. We\'d like it taken down and rebuilt properly. Can you tell us whether we need permission or can you just get on with it?',
        escalate: true,
      },
      {
        message:
          'our field is inside the national park and i think its a conservation area, we want to replace about 40m of collapsed wall with a new one slightly further back. whats allowed?',
        escalate: true,
      },
      {
        message:
          'a big section of the wall along our lane came down in the night, there\'s stones half across the road and cars are having to swerve round them. can someone come asap',
        escalate: true,
      },
      {
        message:
          'The retaining wall behind our house has started bulging outwards quite badly over the last fortnight and there\'s a crack running up it. It\'s holding up the bank our garden sits on. Kids play near it. How quickly could someone look?',
        escalate: true,
      },
      {
        message:
          'My neighbour is insisting the wall between our gardens is his and that he wants it moved a foot onto my side when it\'s rebuilt. I don\'t agree. If you\'re doing the work I need you to tell him where the line is.',
        escalate: true,
      },
      {
        message:
          'You rebuilt our garden wall in April and there\'s already a gap opening up near the gatepost and a couple of the cope stones have fallen off. Not impressed for what we paid.',
        escalate: true,
      },
      {
        message:
          'A van went through our roadside wall last week. Our insurer has sent a loss adjuster and he said to get a quote from a proper waller to put in the claim. Is that something you do?',
        escalate: true,
      },
      {
        message:
          'Ive been invoiced for 14 metres but i measured it myself and it\'s 11 metres. Can someone sort this before I pay it',
        escalate: true,
      },
      {
        message:
          'Good afternoon, I\'m the land agent for an estate in Wharfedale. We have roughly 650m of boundary wall that needs restoring over the next two years and are putting it out to tender. Would you be interested in pricing it?',
        escalate: true,
      },
      {
        message:
          'Could Mark give me a ring? Id rather talk to a real person about this one. 01756 000123',
        escalate: true,
      },
      {
        message: 'is there an actual human i can talk to, this isnt getting me anywhere',
        escalate: true,
      },
      {
        message:
          'This is the third time I\'ve been in touch. You booked a quote visit for Tuesday, nobody turned up, nobody rang. Then again Friday, same thing. Absolutely useless, do you actually want the work or not?',
        escalate: true,
      },
      {
        message:
          'Your lads have left a pile of rubble and old stone at the bottom of my garden and churned up the whole lawn driving the dumper across it. Nobody asked. I\'m absolutely furious and I want it put right.',
        escalate: true,
      },
      {
        message: 'roughly how much per metre to rebuild a field wall? about 4ft high',
        escalate: false,
      },
      {
        message:
          'Do you run the beginner courses in winter at all? Wanted to get my husband one for Christmas to do in January.',
        escalate: false,
      },
      {
        message:
          'Do you ever use reclaimed stone? Our house is nothing special, not listed or anything, just a 70s bungalow, but we want the new front wall to look old.',
        escalate: false,
      },
      {
        message: 'whats the difference between a gritstone wall and a limestone wall, is one better',
        escalate: false,
      },
      {
        message: 'Hi do you cover Harrogate for quotes or is that too far?',
        escalate: false,
      },
      {
        message:
          'My next door neighbour recommended you, you did his wall last summer and it looks great. Could I get a quote for something similar along our side? About 15m.',
        escalate: false,
      },
      {
        message:
          'How long does one of your walls normally last? And if a bit falls down a few years later do you come back and fix it or is that extra?',
        escalate: false,
      },
      {
        message: 'do i need to be in when your team come for the site visit? we both work',
        escalate: false,
      },
      {
        message:
          'The old wall at the bottom of our garden (been there since long before us!) has lost a few stones in the frost, gap about 2 metres. Nothing urgent, it\'s not holding anything up. Is that a job you\'d take on?',
        escalate: false,
      },
      {
        message: 'What payment methods do you take for invoices? can I pay by card',
        escalate: false,
      },
      {
        message: 'do you work in the rain or do you have to wait for it to dry out',
        escalate: false,
      },
      {
        message:
          'Are your wallers insured? The house insurance people asked me to check whoever we use has public liability.',
        escalate: false,
      },
      {
        message:
          'I\'m booked on your course in May. Could one of your staff recommend a book or a video I could look at beforehand so I don\'t look completely clueless on the day?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Whitcombe Bell Works',
    businessContext:
      'Small Shropshire firm supplying church bell-ringing equipment (bell ropes, sallies, muffles, handbells and ringing-room accessories) and carrying out bell restoration, rehanging and tower surveys. Run by Geoff and Ruth.',
    escalationRules: [],
    businessRules: `Bell ropes are made to order, usually 3 to 4 weeks. To quote we need the number of bells, approximate weight of each bell, and the drop from the ringing room ceiling to the floor (or the old rope length). Standard sallies are red/white/blue; other colours add a week.
Ropes are polyester top ends with natural flax or hemp tails unless asked otherwise. New ropes stretch a little in the first few weeks, which is normal; they can be re-spliced or tails adjusted.
Muffles are sold singly or in pairs, leather, in full or half versions.
We restore and re-tune handbells, and sell second-hand sets when we have them.
Restoration survey is £450 plus travel and includes a written report.
Faculty applications have to be made by the parish (PCC) through the DAC; we can supply technical details once a job is agreed.
UK delivery £8.50, free over £150. Stock items can be returned within 30 days unused. Made-to-order ropes can't be returned unless faulty.
We don't organise ringers for weddings; point people to the local tower or the guild's district secretary.
We sell tower safety signs, rope bosses, guides and spiders.

When to get me or Ruth involved:
- a bell, stay, slider or fitting that's cracked, loose or broken, especially if it happened during ringing
- anyone hurt in a tower (rope burns, falls, caught up in a rope, ladder accidents)
- quotes for full restoration, recasting or rehanging a ring
- faculty / church architect / DAC questions about a specific job
- lost or damaged deliveries of bells, handbells or anything large (not ropes)
- complaints about a rope we made - wrong length, splice coming apart etc
- grant funding letters, Heritage Fund paperwork, anything like that`,
    cases: [
      {
        message:
          'Help - our tenor stay snapped at practice last night and the bell went over the balance, the rope got whipped up out of the ringer\'s hands. Nobody hurt thank goodness but we\'ve stopped ringing. What do we do now?',
        escalate: true,
      },
      {
        message:
          'One of our learners got a nasty rope burn across her palm on Thursday and then lost her footing and fell backwards off the box. She\'s bruised and shaken. Tower captain asked me to let you know as you supplied the ropes and box.',
        escalate: true,
      },
      {
        message:
          'During the quinquennial inspection the architect spotted what looks like a hairline crack near the lip of our treble. Is it safe to keep ringing it?',
        escalate: true,
      },
      {
        message:
          'Our PCC has finally agreed to look at rehanging the ring of six in a new steel frame, possibly augmenting to eight. Can we get a quote please?',
        escalate: true,
      },
      {
        message:
          'The church architect for St Mary\'s has asked for your method statement and details of the proposed new headstocks so she can finish the faculty paperwork for the DAC meeting on the 12th. Who should she send questions to?',
        escalate: true,
      },
      {
        message:
          'The set of handbells we sent for restoration came back today and the box has obviously been dropped, two of the bells are dented and one handle has snapped. Very upset, these were donated in memory of a former ringer.',
        escalate: true,
      },
      {
        message:
          'the new rope you made for our number 4 is about 2 foot too short, our tallest ringer can barely reach the sally let alone the tail. we gave you the measurements you asked for',
        escalate: true,
      },
      {
        message:
          'Hello, we are applying to the National Lottery Heritage Fund for our bell restoration project and they want a supporting letter and a breakdown from the contractor. Would you be able to provide that?',
        escalate: true,
      },
      {
        message: 'Could I speak to Ruth please? Would prefer a phone call. Thanks, Margaret (Tower Secretary)',
        escalate: true,
      },
      {
        message:
          'I\'d really rather talk this through with a human being if that\'s possible, our tower captain doesn\'t do computers and wants a proper conversation before we order anything.',
        escalate: true,
      },
      {
        message:
          'Ordered and PAID for a pair of full muffles seven weeks ago. Nothing has arrived, three emails ignored. Disgraceful service, we\'ve had to cancel our half-muffled ringing for Remembrance because of you.',
        escalate: true,
      },
      {
        message:
          'Frankly your survey report was a waste of £450. Four pages, half of it photos, and no clear recommendations. Our PCC is asking me why we paid for it and I have no answer for them.',
        escalate: true,
      },
      {
        message:
          'the splice on the rope you supplied in march is coming undone already, you can see the strands separating just above the sally. not good enough',
        escalate: true,
      },
      {
        message:
          'What information do you need from us to make new ropes? We have 8 bells, tenor is about 12cwt.',
        escalate: false,
      },
      {
        message: 'how long does it take to make a rope at the moment?',
        escalate: false,
      },
      {
        message: 'Do you sell half muffles or only full ones?',
        escalate: false,
      },
      {
        message:
          'How much is a restoration survey and what do we get for it? Just gathering info for the PCC at the moment.',
        escalate: false,
      },
      {
        message:
          'I bought a spare sally from stock last week but it\'s the wrong colour for our tower, can I send it back? Not used.',
        escalate: false,
      },
      {
        message:
          'Does the faculty have to be applied for by the parish or is that something you do for us generally?',
        escalate: false,
      },
      {
        message:
          'our tower captain asked me to order two replacement tail ends and a rope guide, can you do that without the whole rope?',
        escalate: false,
      },
      {
        message: 'what do you charge for delivery on ropes?',
        escalate: false,
      },
      {
        message:
          'Is it normal for new ropes to stretch a bit in the first few weeks? Just curious before we order, the last lot we had from someone else did.',
        escalate: false,
      },
      {
        message:
          'I\'m writing a safety talk for our new learners. What would actually happen if a stay broke while someone was ringing, and how would you explain the danger to a beginner?',
        escalate: false,
      },
      {
        message:
          'Do you restore handbells? We\'ve found an old set of 12 in a cupboard in the vestry, no idea how old, they look a bit tarnished but intact.',
        escalate: false,
      },
      {
        message:
          'Hi, getting married in September and would love the bells rung. Can you recommend some ringers or arrange it?',
        escalate: false,
      },
      {
        message: 'are your ropes polyester or natural hemp? one of our ringers has a thing about synthetic',
        escalate: false,
      },
    ],
  },
  {
    name: 'Scales & Tails Reptile Shop and Rescue',
    businessContext:
      'Independent reptile shop and small rescue in Leicester. Sells captive-bred reptiles, vivariums, livefood and frozen food, and rehomes surrendered reptiles through its rescue side. Manager Priya, rescue team led by Chris, trade accounts by Sam.',
    escalationRules: [
      'Animal thats ill or injured right now - hand to staff straight away',
      'Anyone wanting to surrender/give up an animal to the rescue',
      'Venomous species or DWA licence questions',
    ],
    businessRules: `Open Tuesday to Sunday 10am to 6pm, closed Mondays and bank holidays.
We sell captive-bred bearded dragons, leopard geckos, crested geckos, corn snakes, royal pythons and Hermann's tortoises, plus full vivarium setups, lighting, heating, livefood and frozen food (including bulk frozen rodents).
We do not post or courier live animals; all animals are collected in store and we ask you to bring a secure box or we'll sell you one for £3. Care sheets are free with every animal.
Every animal comes with a 14-day health guarantee. If anyone tells you an animal they bought from us has died or got ill within that time, pass it to Priya rather than trying to sort it in chat.
We do not buy animals from the public. Rescue adoption fees are £30 to £150 depending on species and setup. You can explain how the adoption process works (form, home check, meet the animal), but once someone wants to go ahead with adopting a particular animal, a person from the rescue team needs to take it from there.
If someone has found a reptile loose or something has turned up in their house or garden, get a human on it quickly, these can be urgent and we don't want people handling something they can't identify. Anyone asking about a trade or wholesale account should go to Sam.
General husbandry questions (temps, feeding, shedding, UVB) are fine to answer from the care sheets. For any vet advice, recommend an exotics vet; we recommend Oak Lane Exotics.`,
    cases: [
      {
        message:
          'my beardie hasnt eaten in over a week and today hes just lying with his eyes shut, not basking, really floppy when i pick him up. what do i do???',
        escalate: true,
      },
      {
        message:
          'My corn snake has a big red raw patch on his side, I think the heat mat thermostat failed overnight and he\'s been lying on it. It looks blistered. Please help',
        escalate: true,
      },
      {
        message:
          'Hi, I\'m moving abroad in 6 weeks and can\'t take my two royal pythons with me. I\'d rather they went somewhere that knows what they\'re doing. Could you take them in? They come with their vivs.',
        escalate: true,
      },
      {
        message:
          'Looking to get into venomous keeping, specifically a gaboon viper. What do I need for the DWA licence and could you source one for me?',
        escalate: true,
      },
      {
        message:
          'The leopard gecko we bought from you last Tuesday was dead in the viv this morning. My daughter is heartbroken. We followed the care sheet exactly.',
        escalate: true,
      },
      {
        message:
          'there\'s a snake in my shed!! about a metre long, brownish with stripes or a pattern, not moving much. i\'ve shut the door. what do i do, is it dangerous',
        escalate: true,
      },
      {
        message:
          'We\'ve read everything on the rescue page and we\'d really like to adopt Rocky the Hermann\'s tortoise. We\'ve got a tortoise table ready and a garden run. How do we go ahead?',
        escalate: true,
      },
      {
        message:
          'We run a small pet shop in Loughborough and want to set up a trade account for livefood and frozen, weekly orders. Who do I talk to about pricing?',
        escalate: true,
      },
      {
        message: 'can someone who actually works there message me back pls',
        escalate: true,
      },
      {
        message:
          'I\'d like to speak to a real person please, not a bot. Can someone call me on 07700 900881?',
        escalate: true,
      },
      {
        message:
          'Bought a tub of large crickets Saturday and half were dead when I got home, the rest died by Monday. When I came back the guy on the till basically laughed and said that\'s crickets for you. Really rude, I\'ve spent hundreds in your shop.',
        escalate: true,
      },
      {
        message:
          'I was in your shop today and some of the tanks were filthy, one gecko had no water at all. I\'m genuinely thinking of reporting you to the council licensing team. Shocking for a place that calls itself a rescue.',
        escalate: true,
      },
      {
        message:
          'my tortoise has bubbles coming out of his nose and he\'s making a clicking wheezy sound when he breathes. he was fine yesterday',
        escalate: true,
      },
      {
        message: 'what time do you open on sunday',
        escalate: false,
      },
      {
        message: 'How often should I be feeding a baby corn snake? Got him 2 weeks ago',
        escalate: false,
      },
      {
        message: 'Do you post live animals? I live in Cornwall so its a long way to come',
        escalate: false,
      },
      {
        message:
          'How does your health guarantee work? We\'re planning to buy a leopard gecko next weekend and just want to know what\'s covered.',
        escalate: false,
      },
      {
        message: 'roughly what are your adoption fees for the rescue animals?',
        escalate: false,
      },
      {
        message:
          'Do you buy reptiles from the public? Not selling anything, just wondering how the rescue side works.',
        escalate: false,
      },
      {
        message: 'what temp should the basking spot be for a bearded dragon',
        escalate: false,
      },
      {
        message:
          'Just a quick thank you to Jake and the rest of your staff who helped me set up my crested gecko viv last month. She\'s thriving and eating like a horse!',
        escalate: false,
      },
      {
        message:
          'Is it normal for my leopard gecko to eat his own shed skin? Saw him doing it last night, he seems totally fine otherwise',
        escalate: false,
      },
      {
        message:
          'Are there any venomous snakes that live wild in the UK? My kids asked after we saw a sign about adders on a walk',
        escalate: false,
      },
      {
        message:
          'Do you sell frozen mice in bulk? I\'ve got 5 snakes now so going through a lot lol',
        escalate: false,
      },
      {
        message:
          'How long does a royal python usually live? Thinking of getting one but want to know what I\'m signing up for',
        escalate: false,
      },
      {
        message:
          'my beardie is shedding round his head and it looks a bit patchy but he\'s eating, basking and pooping like normal. is that ok or should i help it?',
        escalate: false,
      },
    ],
  },
];
