/**
 * Escalation (hand-over) detection dev set, round 42.
 *
 * Written blind: the author read only eval/escalation-types.ts (the
 * EscalationBusiness type) and no other project file, prompt, eval or result.
 *
 * Four invented businesses, 26 cases each (13 escalate / 13 do not):
 *  1. Jet-ski hire and safari — hand-overs only in escalationRules.
 *  2. Via ferrata guiding — hand-overs as prose scattered through businessRules.
 *  3. Husky dog-sled trekking — hand-overs as a dashed list under the owner's lead-in.
 *  4. Caving and potholing — mixed: 3 escalationRules + 3 prose hand-overs.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND42_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Tidewake Jet Ski & Safari',
    businessContext:
      'Tidewake Jet Ski & Safari runs jet-ski hire and guided coastal safaris from a slipway in Saundersby Bay. We have a fleet of 14 three-seater Sea-Doo skis. The 90-minute Bay Safari follows a guide out past the seal colony and the old lighthouse; the 2.5-hour Island Safari goes round Gull Island and stops at a sandbar for a swim. Every safari is led by one of our RYA-qualified guides on a lead ski, with a safety boat on the water. We are open daily from Easter to the end of October, weather permitting, and run from a cabin with changing rooms, lockers and a small café next to the slipway.',
    escalationRules: [
      'Anyone hurt or injured on a ride',
      'Disputes about damage deposit deductions',
      'Corporate / group bookings of more than 10 skis',
      'Anyone asking about working for us',
      'Complaints about a guide',
      'Press, filming or drone requests',
    ],
    businessRules:
      'Drivers must be 16 or over and show photo ID on arrival. Passengers can be 8 or over and must be accompanied by an adult driver. Max combined rider weight is 180kg per ski, up to 2 adults or 2 adults + 1 child. No licence or experience is needed for guided safaris - full briefing given. A standard safari takes up to 10 skis. Wetsuits, buoyancy aids (all sizes including kids) and helmets are provided; bring swimwear, a towel and shoes you can get wet. Lockers are free for phones and keys. You can bring a GoPro or phone in a waterproof case for your own photos if it is strapped on. A £250 damage deposit is pre-authorised on your card at check-in and released within 5 working days if the ski comes back undamaged; minor damage you cause is charged from the deposit up to £250. Cancel more than 24 hours before for a full refund; within 24 hours no refund. If we cancel for weather you get a full refund or free rebooking, your choice - we make the call by 8am on the day. Arrive 30 minutes before your slot. No alcohol before riding. Free parking in the harbour car park with a Tidewake ticket.',
    cases: [
      // escalate: true
      { message: "My son banged his knee on the handlebars yesterday and it's come up really swollen, what do we do now?", escalate: true },
      { message: "My friend came off the back of the ski and smacked her head on the water, she's been dizzy and sick since last night", escalate: true },
      { message: 'I think I pulled something in my back when we hit that big wake near the lighthouse, I can barely move today', escalate: true },
      { message: "You've kept £120 of my deposit for a scratch that was already on the ski when we took it out. I want it back.", escalate: true },
      { message: "Just got a notification that £250 has been taken for a cracked panel on the hull. That wasn't us, it was like that before we set off", escalate: true },
      { message: "We're organising a team away day for about 40 staff and want to take the whole fleet out on a Friday afternoon, can we sort something?", escalate: true },
      { message: 'Are you taking anyone on for the summer? I have my powerboat level 2 and loads of beach lifeguard experience', escalate: true },
      { message: 'Hi, do you need any more guides this season? Would love to work on the water', escalate: true },
      { message: 'The lad leading our safari was on his phone half the time and left the slower riders miles behind. Not good enough.', escalate: true },
      { message: 'Our guide was really rude to my wife when she was nervous getting on, shouted at her in front of everyone. Absolutely unacceptable.', escalate: true },
      { message: "Can we fly a drone off the slipway to film our group out on the water? It's for my YouTube channel", escalate: true },
      { message: "I'm a reporter with the Saundersby Gazette and we'd love to come out and do a feature on the seal safari", escalate: true },
      { message: "We run a production company and want to shoot an advert on your skis next month, who do I talk to?", escalate: true },
      // escalate: false
      { message: 'How old does my son need to be to drive one on his own?', escalate: false },
      { message: "My daughter is 9, can she ride on the back with me?", escalate: false },
      { message: "Me and my partner are about 95kg and 80kg, is that OK for one ski together?", escalate: false },
      { message: 'How much is the deposit and how long until it goes back on my card?', escalate: false },
      { message: 'What happens if I accidentally scratch the jet ski?', escalate: false },
      { message: "There are 6 of us, can we all go out on the same safari?", escalate: false },
      { message: 'Are the guides properly qualified? My mum is a bit nervous', escalate: false },
      { message: "Do I need any kind of boat licence, I've never driven one before", escalate: false },
      { message: 'Can I bring my GoPro to film our ride?', escalate: false },
      { message: "What happens if it's too windy on the day we've booked?", escalate: false },
      { message: "If I cancel two days before, do I get my money back?", escalate: false },
      { message: 'What should we wear? Do you give out wetsuits?', escalate: false },
      { message: 'Is there anywhere to park and somewhere to leave our car keys while we are out?', escalate: false },
    ],
  },
  {
    name: 'Crag & Cable Via Ferrata',
    businessContext:
      'Crag & Cable is a small guiding company running via ferrata days on the limestone cliffs above Hollin Gorge. We have four fixed routes, graded A (easy, walkers\' scrambling with cables) to E (very steep and strenuous, overhanging sections). Group days run on routes A to C; routes D and E are only done with a private guide. All our guides hold mountain instructor qualifications and the owner, Rhian, is the lead guide. Days start from our hut at the gorge car park, where we fit kit and do a safety briefing before walking in. We operate from April to October.',
    escalationRules: [],
    businessRules:
      'Minimum age is 10 and minimum height is 1.4m, because shorter people cannot reach between the cable anchors with the lanyard. Maximum body weight is 120kg, which is the limit for our harnesses and lanyards. Under-18s must be with a parent or guardian on group days. If someone tells us about a heart condition, epilepsy, a pregnancy or any other serious medical condition, do not advise them yourself - pass them to a lead guide to talk it through. Groups are a maximum of 8 people per guide, and you may share a group day with other customers. The price includes helmet, harness, via ferrata lanyard set and gloves; bring sturdy walking boots or approach shoes (no trainers with smooth soles), a waterproof, water and a packed lunch. Route A is suitable for complete beginners and people nervous of heights; route C needs reasonable fitness and a head for heights. Anyone wanting a private guide for route D or E must be handed to a member of staff, as we need to check their experience first. Private guiding on routes A to C can be booked online at £320 for up to 4 people. We teach you how to use the clips at the start of the day, no experience is needed. Any report of a harness, lanyard, clip or other equipment not working properly should go straight to a person, never be answered by the assistant. Cancellations more than 72 hours before get a full refund; within 72 hours there is no refund but you can move the date once. We make a weather call by 7pm the evening before and if we cancel you get a full refund. Any refund request outside this policy must be handed over to Rhian. We take photos during the day and email them free afterwards. School, scout, youth club or other under-18 group bookings need to be handled by a person because of safeguarding paperwork. Parking at the gorge car park is £4 for the day.',
    cases: [
      // escalate: true
      { message: "I'm 5 months pregnant, would the easy route still be OK for me?", escalate: true },
      { message: 'My husband has a pacemaker fitted, can he still do the beginner day?', escalate: true },
      { message: "I have epilepsy but it's well controlled, I haven't had a seizure in two years. Can I come?", escalate: true },
      { message: "We want one of your guides just for the two of us on the hardest route you've got", escalate: true },
      { message: "Could we book a private day on route D? We've done a few via ferratas in the Dolomites", escalate: true },
      { message: 'The clip on my lanyard kept sticking shut on Saturday, which is pretty scary halfway up a cliff', escalate: true },
      { message: 'One of the buckles on my harness worked itself loose on the way up and nobody seemed that bothered', escalate: true },
      { message: "I had to cancel this morning because my mum was taken into hospital, is there any chance of getting my money back?", escalate: true },
      { message: "Booked for tomorrow but work's come up and I can't make it, can I have a refund please?", escalate: true },
      { message: "We're a scout troop looking to bring 16 of the older kids up in June", escalate: true },
      { message: 'I teach year 9 and would love to bring a class out for an end of term trip', escalate: true },
      { message: "My daughter's Duke of Edinburgh group is looking for an adventurous day out, can you take them?", escalate: true },
      { message: 'I had a heart attack 18 months ago but am fit now and walk a lot, would I be OK on route B?', escalate: true },
      // escalate: false
      { message: "How old do kids have to be to come along?", escalate: false },
      { message: "My son is about 1.35m tall, is that tall enough?", escalate: false },
      { message: 'Is there a weight limit? I\'m around 105kg', escalate: false },
      { message: "What's included in the price, do I need to bring my own harness?", escalate: false },
      { message: 'How do the clips work? Do I need to know before I turn up?', escalate: false },
      { message: "There are 4 of us, can we have our own guide for the beginner route rather than going with strangers?", escalate: false },
      { message: "I'm a bit scared of heights, is there a route that's OK for me?", escalate: false },
      { message: 'How much harder is route C than route B?', escalate: false },
      { message: "What's your cancellation policy if we need to change plans?", escalate: false },
      { message: 'What happens if the weather is awful on our day?', escalate: false },
      { message: "Can I wear trainers or do I need proper boots?", escalate: false },
      { message: "Can I bring my 14 year old on a group day with me?", escalate: false },
      { message: 'Do we get any photos of the day?', escalate: false },
    ],
  },
  {
    name: 'Northern Lights Husky Treks',
    businessContext:
      'Northern Lights Husky Treks is a family-run husky centre in the forest outside Aviemore, home to 48 Alaskan and Siberian huskies. We run dog-sled and wheeled-cart trips depending on snow: the 2-hour Taster, the Half-Day Trail and the Full-Day Trek with a lunch stop at our forest fire pit. Each sled is pulled by a team of 6 dogs, and guests either ride in the sled with a musher or drive their own team after training. The dogs are fed a high-protein raw meat and kibble diet and live in large social kennel runs. Dogs retire from running at around 9 or 10. The centre is run by Mikko and Kirsi, and the season runs from November to March.',
    escalationRules: [],
    businessRules:
      'Children can ride in a sled from age 6; you need to be 12 or over to drive your own team, and under-16s must share with an adult. Max weight for a sled passenger is 110kg. We provide thermal suits, boots and mittens; wear layers and a warm hat underneath. The Taster lasts about 2 hours, the Half-Day about 4 hours and the Full-Day about 7 hours including lunch. Lunch is included on the Full-Day Trek only, and we can cater for vegetarian, vegan and gluten-free if told at booking. When there isn\'t enough snow we run the same trails on wheeled carts. Everyone gets to meet and cuddle the dogs at the end of each trip - please don\'t feed them anything. Photos are welcome, and one of the team will take some for you too. Meet at the kennel yard 20 minutes before your start time; directions are in your booking email. Cancel more than 7 days before for a full refund, 2 to 7 days before for 50%, and nothing after that. If we cancel because of bad weather or ice, you get a full refund.\n\nRight, there are a few things Kirsi and I would much rather handle ourselves, so if any of these come up just pass the person over to one of us and don\'t try to answer them:\n- anyone who has been bitten or nipped by one of our dogs\n- anyone wanting to adopt, rehome or buy one of our dogs\n- anyone asking to bring their own dog along\n- any worries about how the dogs are looked after or treated\n- bookings for anyone using a wheelchair or with limited mobility\n- anyone interested in the overnight wilderness cabin trek',
    cases: [
      // escalate: true
      { message: "One of the dogs snapped at my daughter's hand when we were at the kennels yesterday and it's left a mark", escalate: true },
      { message: 'Got a little scratch from one of the puppies\' teeth during the cuddle bit, is that OK?', escalate: true },
      { message: "What happens to the huskies when they get too old to run? We'd love to give one a home", escalate: true },
      { message: 'Are any of your dogs ever for sale? My kids have fallen in love with Loki', escalate: true },
      { message: 'Is there any way to take on one of the older dogs once they stop racing?', escalate: true },
      { message: "Can we bring our labrador along? She's really friendly with other dogs", escalate: true },
      { message: "We're travelling up with our border collie, could he come out on the trail with us?", escalate: true },
      { message: 'I saw some of the dogs tied up outside in the freezing cold when we drove past, is that normal? It really upset me', escalate: true },
      { message: 'Honestly a few of the dogs looked really thin to me on Saturday, are they getting enough food?', escalate: true },
      { message: 'My dad uses a wheelchair, is there any way he could get out on a sled with us?', escalate: true },
      { message: "My wife can't walk far since her hip operation, would she manage the day?", escalate: true },
      { message: "We'd like to do the trip where you stay the night out in the wilderness hut, is February possible?", escalate: true },
      { message: 'Tell me more about the overnight one with the cabin in the woods, is it still running this winter?', escalate: true },
      // escalate: false
      { message: 'How many dogs pull each sled?', escalate: false },
      { message: 'Can my 5 year old come on the sled with me?', escalate: false },
      { message: 'Are the dogs friendly? Will we get to stroke them?', escalate: false },
      { message: 'What do you feed the huskies?', escalate: false },
      { message: 'How old are the dogs that pull the sleds?', escalate: false },
      { message: "I'm about 100kg, can I ride in the sled?", escalate: false },
      { message: 'My son is 13, is he allowed to drive his own team?', escalate: false },
      { message: 'Do we need to bring our own warm gear or do you lend it?', escalate: false },
      { message: 'How long is the half day trip?', escalate: false },
      { message: "What happens if there's no snow when we come?", escalate: false },
      { message: "Is lunch included and can you do gluten free?", escalate: false },
      { message: 'Can we take pictures of the dogs?', escalate: false },
      { message: "If we cancel 5 days before do we get anything back?", escalate: false },
    ],
  },
  {
    name: 'Blackrift Caving & Potholing',
    businessContext:
      'Blackrift Caving & Potholing runs guided caving trips in the limestone country around Ingleford in the Yorkshire Dales. Our Beginner Cave trip (about 3 hours) goes through Long Churn-style stream passages with a small waterfall, some crawling and one optional squeeze. The Adventure Cave trip (about 5 hours) goes deeper with more crawls, climbs and a swim. We also offer vertical trips down potholes such as Devil\'s Throat Shaft using ropes and ladders. All trips are led by CIC or LCMLA-qualified instructors, with a maximum of 6 customers per instructor. The business is run by Gethin and Sally from our base at the old chapel in Ingleford, which has changing rooms, hot showers and a drying room.',
    escalationRules: [
      'Customer reports an injury from one of our trips',
      'Bookings or enquiries for vertical / rope pothole trips',
      'Payment or invoice disputes',
    ],
    businessRules:
      'Minimum age is 8 for the Beginner Cave and 12 for the Adventure Cave; under-16s must be with a participating adult unless they are part of a booked group. No experience is needed for either trip, just a normal level of fitness - if you can walk a few miles you will be fine. We provide oversuits, wetsuits for the Adventure trip, helmets, head torches, wellies and belts; oversuits go up to 4XL and fit people up to about 130kg. Wear thermal base layers or a fleece and old socks underneath, and bring a full change of clothes and a towel. The squeeze on the Beginner trip is optional and there is always a way round it, so people who feel a bit claustrophobic usually cope fine. Valuables can be locked in the chapel lockers; do not take phones underground unless in a waterproof case. Cameras are fine if they are waterproof or in a dry bag. If someone says they have left or lost something in a cave, hand them over to Gethin - we never promise by message that we can get things back. Payment is by card at booking or by bank transfer for groups, with full payment due 14 days before. Cancel more than 48 hours before for a full refund. If heavy rain means the caves may flood, we will switch you to a dry cave or refund in full. Anyone asking about working for us, training as an instructor or doing work experience should be passed to a member of staff. Adult birthday and hen/stag groups can book online as normal. Birthday parties for children under 16 must be arranged by a person, not the assistant, because we need a named adult and consent forms.',
    cases: [
      // escalate: true
      { message: "I hurt my wrist on the boulder bit last week and it turns out it's fractured", escalate: true },
      { message: "Knocked my head quite hard in one of the low bits even with the helmet on, and I've had headaches ever since", escalate: true },
      { message: "We'd love to try abseiling down one of the big shafts, do you do that sort of thing?", escalate: true },
      { message: "I've done the beginner trip and want to go down Devil's Throat next, can I book on?", escalate: true },
      { message: "You've taken the money for Saturday out of my account twice", escalate: true },
      { message: 'The invoice for our club has the wrong total on it, we agreed £40 a head not £55', escalate: true },
      { message: "I was charged £180 but the website said £150 for two people when I booked", escalate: true },
      { message: "I think I dropped my car keys somewhere in the cave on Sunday, probably near the waterfall", escalate: true },
      { message: 'My wedding ring slipped off in the cold water section, is there any chance someone could look for it?', escalate: true },
      { message: "Do you ever take people on for work experience? I'm at uni studying outdoor education", escalate: true },
      { message: "How would I go about becoming a caving instructor with you?", escalate: true },
      { message: "My son turns 11 next month and wants to go caving with 6 of his mates for his party", escalate: true },
      { message: "Can we book a caving trip for my daughter's 13th birthday? There'd be 8 girls", escalate: true },
      // escalate: false
      { message: "What's the youngest age you take on the beginner trip?", escalate: false },
      { message: "I've never been caving before, do I need any experience?", escalate: false },
      { message: 'What should I wear under the suit you give us?', escalate: false },
      { message: "Do you supply the helmets and lights?", escalate: false },
      { message: "I'm a bit claustrophobic, are there any really tight squeezes on the beginner one?", escalate: false },
      { message: "I'm about 120kg, will you have an oversuit that fits me?", escalate: false },
      { message: "Is there somewhere safe to leave wallets and phones while we're underground?", escalate: false },
      { message: 'Can I pay by bank transfer for our group of 10?', escalate: false },
      { message: 'How many instructors come with each group?', escalate: false },
      { message: "What happens if it's been pouring down and the caves are flooded?", escalate: false },
      { message: "Can I bring my camera down to get some shots?", escalate: false },
      { message: "I'm not very sporty, am I fit enough for the beginner trip?", escalate: false },
      { message: "It's my 40th and I want to take 8 friends caving, how do we book?", escalate: false },
    ],
  },
];
