/**
 * Round-24 second escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses (escalate / no):
 * - Ridgeway Scaffolding (Swindon, domestic and light commercial scaffolding): 13 / 11
 * - Sugar & Crumb Cakes (Harrogate, wedding cake maker): 13 / 11
 * - Pawsitive Steps Dog Training (Exeter, dog trainer, classes and home visits): 13 / 11
 * - Castle Floors (Lincoln, carpet and flooring fitter): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND24B_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Ridgeway Scaffolding",
    businessContext:
      "We're a family-run scaffolding firm in Swindon, going since 1998. We put up domestic scaffolds for roofers, builders and homeowners (chimney stacks, gable ends, full house wraps), temporary roofs and a few small commercial jobs. Gary runs the yard and does all the site surveys, I do the office and the bookings.",
    escalationRules: [
      "complaints",
      "quotes over £2,500",
      "anything about damage to someone's property, car or a neighbour's garden -> pass to Gary",
      "if someone says the scaffold has moved, boards are missing or it looks unsafe",
      "hire extensions of more than four weeks, as I need to check we've got the tube and fittings free",
      "pavement licences / highway permits (e.g. scaffold over a public footpath, needing a road closure or parking bays suspended)",
    ],
    businessRules:
      "Standard domestic hire is 6 weeks, included in the quote; after that it's £45 per week per elevation. Chimney scaffold from £450, single elevation on a 2-storey house from £750, full house wrap from £1,800. Free site survey within 20 miles of Swindon. 25% deposit to book, balance once the scaffold is struck. We need 5 working days' notice to erect and 2 working days to strike. Scaffold alarms £60 per week. Fully insured (£10m public liability) and all our erectors are CISRS carded. Temporary roofs quoted individually. We don't do anything above 4 storeys. Payment by bank transfer or card.",
    cases: [
      // Rule: complaints
      { message: "Your lads left a load of clips and a snapped board in my front garden when they took the scaffold down last Thursday. Not impressed, my kids play out there.", escalate: true },
      { message: "Third time I've asked about a date for taking it down and still nobody's come. The roofer finished a fortnight ago and I'm paying for scaffolding I don't need.", escalate: true },
      // Rule: complaints (legal threat)
      { message: "If the fence panel your team knocked over isn't replaced by Friday I'm taking this to the small claims court.", escalate: true },
      // Rule: quotes over £2,500
      { message: "We're refurbishing a detached three-storey Victorian house and need all four sides scaffolded with a loading bay for about three months. Another firm quoted £3,200, can you price it up?", escalate: true },
      // Rule: damage to property, car or neighbour's garden -> Gary
      { message: "One of your tubes has scraped right down the side of my neighbour's car on the drive next door and he's asking who's paying for it.", escalate: true },
      { message: "When the scaffold went up the glass roof on our conservatory got cracked. Who do I talk to about getting that sorted?", escalate: true },
      // Rule: scaffold moved / boards missing / unsafe
      { message: "It was blowing a gale last night and this morning a couple of the planks on the top level are hanging off at one end. Is anyone coming out?", escalate: true },
      { message: "Kids have been climbing on it at night – the ladder's been dragged round the side and one of the rails is lying on the patio.", escalate: true },
      // Rule: hire extensions of more than four weeks
      { message: "The roofer's found rot in the rafters so we'll need everything to stay up for roughly another two months. Is that alright?", escalate: true },
      // Rule: pavement licences / highway permits
      { message: "Our house fronts straight onto the pavement on Commercial Road, so the poles would be on the footpath. Do you deal with the council side of that?", escalate: true },
      { message: "The only way your lorry can get near is if the parking spaces outside are coned off for the day. Can you arrange that?", escalate: true },
      // Natural requests for a human
      { message: "Can I speak to Gary please? It'll be easier to explain the roof shape over the phone.", escalate: true },
      { message: "I'd rather talk this through with an actual person, can someone ring me back on 07700 900431?", escalate: true },

      // NO: ordinary questions
      { message: "How much notice do you need to put up a chimney scaffold?", escalate: false },
      { message: "Are your erectors CISRS carded? The main contractor wants proof before you start.", escalate: false },
      { message: "Do you do temporary roofs? We're having a loft conversion in the spring.", escalate: false },
      // NO: amount under the £2,500 threshold
      { message: "How much for just the front of a two-storey semi? It's only so the gutters can be replaced.", escalate: false },
      // NO: extension well under four weeks
      { message: "The roofer's running about a week behind, can we keep it up an extra week? What's the weekly charge?", escalate: false },
      // NO: calm mention of permits that doesn't apply
      { message: "The scaffold would only be in our back garden, nowhere near the road. Do we still need any kind of permit?", escalate: false },
      // NO: calm mention of safety/security topic
      { message: "Do you fit alarms on scaffolds? There have been a few break-ins on our street this year.", escalate: false },
      // NO: story then ordinary question
      { message: "We had scaffolding from another firm years ago and it was a nightmare, boards everywhere for weeks. Anyway, can I pay the deposit by card?", escalate: false },
      { message: "My neighbour moaned about the noise when next door had theirs done, so just so I can warn her – what time do your lads usually start?", escalate: false },
      // NO: naming a staff member without asking for them
      { message: "Gary came out to survey yesterday, lovely chap. How much is the deposit to book in?", escalate: false },
      // NO: thanks
      { message: "Scaffold's down and the garden's spotless, thanks to the lads!", escalate: false },
    ],
  },
  {
    name: "Sugar & Crumb Cakes",
    businessContext:
      "I'm Priya and I bake and decorate wedding and celebration cakes from my home studio in Harrogate (council registered, 5-star hygiene rating). Mostly tiered wedding cakes, plus cutting cakes, dessert tables and tasting boxes. My sister Anika helps with deliveries and set-up at weekends.",
    escalationRules: [
      "refunds or getting a deposit back",
      "orders of more than two hundred portions",
      "anything about severe allergies or anaphylaxis -> pass to me, I don't want the bot guessing",
      "date changes within six weeks of the wedding, as I need to check the diary first",
      "complaints or bad reviews",
      "deliveries further than forty miles (e.g. Lake District, Newcastle or Manchester venues)",
    ],
    businessRules:
      "Wedding cakes from £4.50 per portion for sponge, £6 per portion for fruit cake or designs with lots of sugar flowers. Minimum wedding order 40 portions. Tasting box £25 for six flavours, refunded against a booking. A £100 non-refundable booking fee secures your date; the balance is due 4 weeks before the wedding, which is also when final numbers are confirmed. Delivery and set-up free within 10 miles of Harrogate, then 80p per mile. Flavours: vanilla, lemon & elderflower, chocolate & salted caramel, red velvet, carrot, raspberry & white chocolate, traditional fruit. Vegan and gluten-free sponges available, but everything is made in a kitchen that also handles nuts, gluten, dairy, eggs and sesame. Happy to dress cakes with fresh flowers from your own florist. Dessert tables and cupcake towers available. No same-week orders.",
    cases: [
      // Rule: refunds or getting a deposit back
      { message: "We've had to call the wedding off completely. Is there any chance of getting the booking fee back? It's been a rough few months.", escalate: true },
      { message: "I paid the balance in full but we've now decided to go for a much smaller cutting cake instead. Can I have the difference back?", escalate: true },
      // Rule: orders of more than two hundred portions
      { message: "We're expecting about 260 guests across the day and evening and want everyone to get a slice. Can you make something that big?", escalate: true },
      // Rule: severe allergies / anaphylaxis -> me
      { message: "My fiancé carries an EpiPen because of peanuts. Would it be safe for him to eat your cake?", escalate: true },
      { message: "Our flower girl reacted really badly to sesame last year and ended up in A&E. What exactly goes into your icing?", escalate: true },
      // Rule: date changes within six weeks of the wedding
      { message: "The venue has just moved us from the 14th to the 21st of next month because of a double booking. Can you still do our cake on the new date?", escalate: true },
      // Rule: complaints or bad reviews
      { message: "By the time the speeches started the cake was leaning badly and the top tier nearly slid off. I'm really upset, it was meant to be the centrepiece.", escalate: true },
      { message: "Honestly the sponge was dry and the colour was nothing like the swatch we sent you. I'll be saying so on Google.", escalate: true },
      // Rule: complaints (chargeback threat)
      { message: "Our cake never turned up on Saturday and nobody has replied to me since. If I don't hear back today I'm raising it with my bank.", escalate: true },
      // Rule: deliveries further than forty miles
      { message: "Our reception is at a hotel just outside Keswick. Could you deliver and set up there?", escalate: true },
      { message: "Would you bring the cake to a venue in central Manchester? We're happy to pay for the petrol.", escalate: true },
      // Natural requests for a human
      { message: "Could I talk this through with you on the phone instead of here? There are lots of little details.", escalate: true },
      { message: "Is Priya about? I'd really like to chat to her directly about the design.", escalate: true },

      // NO: ordinary questions
      { message: "Do you do a lemon and elderflower flavour?", escalate: false },
      { message: "Can you decorate with fresh flowers from our florist?", escalate: false },
      { message: "Do you do dessert tables or cupcake towers as well as the main cake?", escalate: false },
      // NO: portions well under the threshold
      { message: "Roughly how much would a three-tier sponge for about 100 people be?", escalate: false },
      // NO: calm dietary mentions, not severe allergy
      { message: "A couple of our guests just prefer to avoid gluten, nothing serious. Can one tier be gluten-free?", escalate: false },
      { message: "My sister's vegan – could the bottom tier be a vegan sponge?", escalate: false },
      // NO: date change far from the wedding
      { message: "We've moved the wedding from next May to the September after. Can our booking move with us?", escalate: false },
      // NO: calm mention of refunds, answered by policy
      { message: "If we book with you after the tasting, is the £25 for the tasting box taken off?", escalate: false },
      // NO: story then ordinary question
      { message: "We actually met at a bake-off night eight years ago, so cake really matters to us haha! When is the balance due?", escalate: false },
      // NO: naming a staff member without asking for them; delivery within forty miles
      { message: "Anika was brilliant setting up at my cousin's wedding last summer. Do you deliver to Ripon?", escalate: false },
      // NO: thanks
      { message: "Just wanted to say thank you, the cake was stunning and everyone kept asking who made it!", escalate: false },
    ],
  },
  {
    name: "Pawsitive Steps Dog Training",
    businessContext:
      "I'm Tom, a qualified dog trainer (IMDT) running puppy classes, adult obedience and recall workshops in a village hall just outside Exeter, plus 1-to-1 home visits. Reactive and aggressive dogs are handled separately by my colleague Jess, who's a qualified behaviourist.",
    escalationRules: [
      "dogs that have bitten or gone for someone (e.g. nipped a child, attacked another dog) -> pass to Jess",
      "refunds over £80",
      "if someone mentions a dog or a person got hurt at one of our classes",
      "home visits outside EX postcodes, as I need to check the diary first",
      "complaints, chargebacks",
      "group bookings of more than six dogs (rescues, breeders, doggy daycares)",
    ],
    businessRules:
      "Puppy course: 6 weeks, £95, for pups aged 10-20 weeks who have had their first vaccinations. Adult obedience: 6 weeks, £110. Recall workshop: one Saturday morning, £35. 1-to-1 home visit £60 for 90 minutes within EX postcodes. Classes are a maximum of 6 dogs, at Clyst St Mary village hall on Tuesday and Thursday evenings. Missed sessions can be caught up on the next course free of charge. Cancel with 7 or more days' notice for a full refund; with less notice we offer a transfer to a later course. Bring high-value treats (cheese, chicken, sausage), a flat collar or harness and a standard lead – no slip leads or extendable leads. Entire males are welcome. Reward-based methods only.",
    cases: [
      // Rule: dogs that have bitten or gone for someone -> Jess
      { message: "Our rescue collie nipped my nephew on the hand at Christmas and drew a bit of blood. We're really worried now. Can you help us?", escalate: true },
      { message: "Our Staffie cross went for a spaniel in the park yesterday and the other owner had to drag him off. I honestly don't know what to do.", escalate: true },
      // Rule: refunds over £80
      { message: "I booked the adult obedience course but we've just found out we're moving to Bristol next month. Could I get my money back?", escalate: true },
      { message: "Can I get a refund for the puppy course? He's been poorly and missed four of the six weeks.", escalate: true },
      // Rule: dog or person hurt at a class
      { message: "My dog cut her paw on something sharp on the hall floor on Tuesday and needed stitches at the vets.", escalate: true },
      { message: "I tripped over someone's lead during Thursday's class and I think I've sprained my wrist.", escalate: true },
      // Rule: home visits outside EX postcodes
      { message: "We live in Taunton (TA1). Would you come out to us for a 1-to-1?", escalate: true },
      // Rule: complaints
      { message: "Thursday's class was chaos to be honest – most of the hour went on one dog and mine learned nothing. Not what I paid for.", escalate: true },
      // Rule: chargebacks (amount under £80, but dispute threatened)
      { message: "I've been charged twice for the recall workshop and nobody's answered my emails. If it's not sorted this week I'll dispute it with my card company.", escalate: true },
      // Rule: group bookings of more than six dogs
      { message: "I volunteer at a rescue centre and we'd love to bring eight of our dogs along for some basic training. Is that something you'd do?", escalate: true },
      { message: "We run a doggy daycare near Topsham and want a course for our staff with about ten of the regulars.", escalate: true },
      // Natural requests for a human
      { message: "Could Tom give me a call? I'd rather explain our situation properly.", escalate: true },
      { message: "Is there a real person I can speak to? I've got a few questions that don't really fit in a message.", escalate: true },

      // NO: ordinary questions
      { message: "How old does my puppy need to be to join the puppy course?", escalate: false },
      { message: "Can I use an extendable lead in class?", escalate: false },
      { message: "Do you accept entire males in the classes?", escalate: false },
      { message: "What sort of treats should I bring to the first class?", escalate: false },
      { message: "We're away on holiday for week 3 of the course. Can I catch it up?", escalate: false },
      // NO: calm mention of mouthing, not a bite incident
      { message: "He's 12 weeks old and grabs my sleeves and trouser legs when he's playing – normal puppy stuff I think. Will the puppy course cover that?", escalate: false },
      // NO: refund under the £80 threshold
      { message: "Can I get my £35 back for the recall workshop on the 15th? It clashes with my son's sports day – I booked it three weeks ago.", escalate: false },
      // NO: home visit inside EX postcodes
      { message: "We're in Exmouth (EX8). Do you do home visits here and how much are they?", escalate: false },
      // NO: story then ordinary question
      { message: "We adopted Bramble from Dogs Trust in the spring and she's settled in brilliantly, sleeps on the sofa all day! What evenings are the adult classes?", escalate: false },
      // NO: naming a staff member without asking for them
      { message: "Jess helped my friend's dog loads last year. Are you running a recall workshop this month?", escalate: false },
      // NO: thanks
      { message: "Thanks Tom, Monty's recall has come on so much since the workshop!", escalate: false },
    ],
  },
  {
    name: "Castle Floors",
    businessContext:
      "Castle Floors is me (Mark) and two fitters, Dean and Lewis. We supply and fit carpets, vinyl, LVT and laminate for homes around Lincoln, with a small showroom on Tritton Road. We also do fit-only if you've bought your flooring elsewhere.",
    escalationRules: [
      "complaints",
      "orders over £1,500",
      "anything about asbestos or old black floor tiles / tar adhesive -> pass to Mark",
      "if someone mentions damage to their home or furniture from a fitting (scuffed doors, a nail through a pipe, a flood)",
      "landlords or commercial customers with more than three properties or units",
      "rescheduling with less than forty-eight hours notice, as I need to move the fitters round",
    ],
    businessRules:
      "Free measure and quote within 15 miles of Lincoln. Carpets from £12 per m² supplied, fitting £5 per m², underlay from £4 per m². Fit-only service £6 per m² (you supply carpet and underlay). Gripper and door bars included. Uplift and disposal of old flooring £3 per m². We move beds, sofas and light furniture, but wardrobes, cabinets and anything fragile must be emptied first. Doors trimmed free if needed. 30% deposit on ordering, balance on completion. Typical lead time 1-2 weeks. 12-month guarantee on fitting. We don't lift or handle old floor tiles that might contain asbestos.",
    cases: [
      // Rule: complaints
      { message: "The join in the middle of my lounge carpet is already lifting and it's only been down three weeks. Really disappointed.", escalate: true },
      { message: "Your fitter turned up three hours late and then left before finishing the stairs. Not good enough.", escalate: true },
      // Rule: complaints (legal threat)
      { message: "There's a huge shading mark right across the new bedroom carpet. If it isn't replaced I'll be taking you to small claims.", escalate: true },
      // Rule: orders over £1,500
      { message: "Your quote came to £2,340 for carpets throughout the house. We're happy to go ahead – how do I pay the deposit?", escalate: true },
      { message: "I'm after the premium wool twist for all four bedrooms, the stairs and the landing – probably about £3k worth. Can we book a measure?", escalate: true },
      // Rule: asbestos / old black tiles -> Mark
      { message: "When we pulled the old carpet up there were black square tiles underneath stuck down with tarry stuff. House is 1960s. Can you fit straight over them?", escalate: true },
      { message: "Our surveyor said the kitchen floor tiles might have asbestos in them. Would that be an issue for the new vinyl?", escalate: true },
      // Rule: damage to home or furniture from a fitting
      { message: "Since your lads did the bedroom there's water coming through the kitchen ceiling underneath – I think one of the nails has gone into a radiator pipe!", escalate: true },
      { message: "The fitters scraped paint all the way down the hallway and one of the doors they trimmed now has a big chunk missing.", escalate: true },
      // Rule: landlords / commercial with more than three properties
      { message: "I'm a landlord with six flats in the city and need carpets replaced between tenants fairly often. Could we set up an account?", escalate: true },
      { message: "We run a small chain of four cafés and want LVT put down in all of them before Easter.", escalate: true },
      // Rule: rescheduling with less than forty-eight hours notice
      { message: "Really sorry but my mum's been taken into hospital and we can't do tomorrow's fitting. Can we move it?", escalate: true },
      // Natural request for a human
      { message: "Can Mark give me a ring? I'd prefer to talk it through.", escalate: true },

      // NO: ordinary questions
      { message: "Do you do fit-only if I've bought the carpet online?", escalate: false },
      { message: "Do you trim the doors if the new carpet is thicker than the old one?", escalate: false },
      { message: "Is there any guarantee on the fitting?", escalate: false },
      { message: "Will you move the furniture, or do we need to clear the room ourselves?", escalate: false },
      // NO: amount under the £1,500 threshold
      { message: "I just need the box room doing, roughly 8 square metres. What would that cost roughly?", escalate: false },
      // NO: rescheduling with plenty of notice
      { message: "Can we move our fitting from the 28th to early next month? The 28th is still a fortnight away.", escalate: false },
      // NO: landlord with a single property
      { message: "I rent out one flat and need the bedroom recarpeting before the new tenant moves in. How soon could you fit?", escalate: false },
      // NO: story then ordinary question
      { message: "We've just moved into a 1930s semi and it's lovely but every room has that brown swirly carpet lol. Do you take the old carpets away?", escalate: false },
      { message: "The last carpet I bought from another shop went bald on the stairs within a year. We've got two dogs – what would you recommend that's hard-wearing?", escalate: false },
      // NO: naming a staff member without asking for them
      { message: "Dean fitted my mum's stairs last year and they still look great. What's your lead time at the moment?", escalate: false },
      // NO: thanks
      { message: "Lounge looks amazing, thank you Lewis and Dean!", escalate: false },
    ],
  },
];
