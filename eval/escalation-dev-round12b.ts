import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-12b escalation DEV set, written blind (without reading the detector source, docs, tests or
 * any other eval file apart from the types and the round-11 held-out file, which was read for
 * format only). This is a DEV set: it may be used for tuning.
 *
 * Businesses (all UK, fictional):
 *  - Ridgeline Roofing & Guttering (Stockport) — roofing repairs, re-roofs, gutters, fascias.
 *  - Polished & Co (Leeds) — beauty and nail salon.
 *  - Heron Reach Boat Hire (Wroxham) — self-drive day boats and week-long cruisers on the Norfolk Broads.
 *  - Verdant Nutrition (online, Bristol) — online supplement and vitamin shop with subscriptions.
 *
 * Composition: 24 cases per business (96 in all), mixed in order:
 *  - 4 direct requests for a human in varied natural forms (escalate: true);
 *  - 12 messages where an escalation rule or the business rule applies, told in the customer's own
 *    words: 10 that should escalate, plus 2 refund requests below the business's money threshold
 *    (escalate: false);
 *  - 8 calm look-alikes that share a rule's vocabulary or mention a person/role without needing one
 *    (policy questions, hypotheticals, prices, "will someone be there", "what happens if") (escalate: false).
 * Per business: 14 escalate: true, 10 escalate: false.
 */
export const ROUND12B_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Ridgeline Roofing & Guttering',
    businessContext:
      'A roofing contractor in Stockport doing slate and tile repairs, full re-roofs, flat roofs, and gutter, fascia and soffit work for homeowners and landlords.',
    escalationRules: [
      "Always escalate if water is getting in after we've worked on a roof",
      'refund requests over £150',
      'Insurance claims, loss adjusters or landlords with lots of properties - pass to a person',
      'complaints about mess left behind (nails on the drive, broken tiles in the garden, skip left out etc)',
      'anything loose or falling off a roof or scaffold that could hit someone',
    ],
    businessRules:
      'Quotes are free and valid for 30 days, and we take a 25% deposit on jobs over £1,000. If a customer is disputing the final invoice, pass them to a person.',
    cases: [
      { message: 'Roughly what would it cost to replace the fascias and soffits on a 3 bed semi?', escalate: false },
      {
        message:
          "There's a brown patch on the back bedroom ceiling that's getting bigger every time it rains, and it's right under the bit your team re-pointed last month. Got a bucket up there now.",
        escalate: true,
      },
      { message: 'Can I talk to an actual human please', escalate: true },
      { message: "Will someone need to be home while you do the gutters or can you just crack on?", escalate: false },
      {
        message:
          'The scaffold pole at the front has worked itself loose and is swinging about in the wind right over the pavement. Kids walk past there for school in half an hour!!',
        escalate: true,
      },
      {
        message:
          'The gutter clean was £85 and the downpipe at the side is still blocked. Could I have £30 back for that bit?',
        escalate: false,
      },
      {
        message:
          'I own eight rented houses round Levenshulme and Longsight and I want one firm to keep on top of all the gutters and roofs. Who would I sort that out with?',
        escalate: true,
      },
      { message: 'Who comes out to do the quote, is it the owner or one of the lads?', escalate: false },
      {
        message:
          'found about 30 nails on my drive after your team left yesterday, got a flat tyre this morning because of it. and theres bits of old slate in my veg beds',
        escalate: true,
      },
      { message: "How long's the guarantee on a new flat roof?", escalate: false },
      {
        message:
          'The quote we signed was £2,300 and the bill has come through at £3,050. Nobody said a word about extra costs while they were here and there is no breakdown. Not happy.',
        escalate: true,
      },
      { message: 'ring me back please 07700 900318', escalate: true },
      {
        message:
          'its dripping thru the light fitting on the landing!!! you lot were only up there on friday doing the chimney flashing',
        escalate: true,
      },
      { message: "If I find a leak after the job's finished, what's the process?", escalate: false },
      {
        message:
          "A big branch came down on our roof in the storm and our home insurer won't pay out until they've had a written report and costings from a roofer. Their assessor is coming round Thursday.",
        escalate: true,
      },
      { message: 'Is your work insured if something goes wrong later on?', escalate: false },
      {
        message:
          'You charged us £420 for the new gutter run and two weeks later it is already sagging away from the fascia at one end. It is not fit for purpose and I want my money back.',
        escalate: true,
      },
      { message: "I'd like to speak to whoever's in charge there", escalate: true },
      {
        message:
          'A slate slid off last night and cracked the conservatory roof, and there are two more hanging over the side door where we go in and out. Scared to use it.',
        escalate: true,
      },
      { message: 'Do you take the old tiles and rubbish away or do I need to get a skip?', escalate: false },
      {
        message:
          "Paid £60 for the moss treatment on the garage roof and honestly it's barely made a difference. Any chance of that back?",
        escalate: false,
      },
      {
        message:
          "Your crew just chucked all the old ridge tiles and moss off the top and now it's all over our patio and the neighbour's side too. Left like that for three days. Disgraceful tbh.",
        escalate: true,
      },
      { message: 'What happens if it rains halfway through a re-roof? Do you sheet it over?', escalate: false },
      { message: 'Is there a real person on here? Need to sort something out', escalate: true },
    ],
  },
  {
    name: 'Polished & Co',
    businessContext:
      'A beauty and nail salon in Leeds offering gel, BIAB and acrylic nails, pedicures, lashes, brows, facials and laser hair removal courses.',
    escalationRules: [
      'Always escalate if a client has a reaction after a treatment (swelling, burning, rash, blisters)',
      'refund requests over £35',
      'Bridal parties or group bookings of 5 or more - pass to a person',
      'complaints about hygiene or a tech hurting someone',
      'anyone wanting to cancel a course or package they paid for up front',
    ],
    businessRules:
      'All appointments need a £10 deposit, which is kept if you cancel with less than 24 hours notice. If a client is pregnant or under 16, pass them to a person before booking anything.',
    cases: [
      { message: 'How much is a full set of acrylics with a simple French tip?', escalate: false },
      {
        message:
          'My eyelids went puffy and itchy the night after my lash lift and this morning I can barely open my left eye. Is that normal??',
        escalate: true,
      },
      { message: 'Do you sterilise your tools between clients?', escalate: false },
      { message: 'Can I speak to someone who works there please, not the chat', escalate: true },
      {
        message:
          "Getting married in June! It'll be me, my mum and four bridesmaids all wanting nails and makeup done on the morning. Is that something you could fit in?",
        escalate: true,
      },
      {
        message:
          'Two of my toes chipped after 3 days, the pedicure was £28. Could I get some of that back?',
        escalate: false,
      },
      {
        message:
          "Watched the girl use the same file on me that she'd just used on the lady before. Didn't see it get cleaned or anything. Grim honestly.",
        escalate: true,
      },
      { message: "What's your policy if I need to cancel, do I lose my deposit?", escalate: false },
      {
        message:
          "Hiya I'm 20 weeks along, am I ok to book a pedicure and a facial for next week?",
        escalate: true,
      },
      { message: 'Which of your techs does the best nail art? Want something a bit fancy', escalate: false },
      {
        message:
          "fingertips are red raw and stinging all round the gel since saturday, skin's started peeling round the cuticles too",
        escalate: true,
      },
      { message: 'Get me the salon manager', escalate: true },
      {
        message:
          'I bought the 6 session laser package for £360 in January but work have moved me to Manchester. Only had one session. What can be done about the rest?',
        escalate: true,
      },
      { message: 'If I turn out to be allergic to something, how would I know before the treatment?', escalate: false },
      {
        message:
          "Paid £48 for a BIAB infill and three nails have lifted in four days. I don't want them redone, I just want my money back.",
        escalate: true,
      },
      { message: 'Can my friend come and sit with me while I get my nails done?', escalate: false },
      {
        message:
          "She went too deep with the drill and my nail bed was bleeding, it's still throbbing two days later and I can't type properly",
        escalate: true,
      },
      { message: 'I want to talk to a real person about my booking', escalate: true },
      {
        message: "My daughter's 14 and she wants her nails done for her prom, can I book her in for Saturday?",
        escalate: true,
      },
      {
        message:
          "I paid £15 for a brow tint and you can barely see it. Any chance of a refund?",
        escalate: false,
      },
      { message: 'Are your polishes vegan and cruelty free?', escalate: false },
      {
        message:
          'The foot spa had a grey scummy ring round the bottom and bits of someone elses skin in it. I just sat there feeling sick. Never again.',
        escalate: true,
      },
      { message: 'Do you do patch tests before a lash tint? Never had one done before.', escalate: false },
      { message: 'could someone from the salon call me on 07700 900562 when you get a sec', escalate: true },
    ],
  },
  {
    name: 'Heron Reach Boat Hire',
    businessContext:
      'A self-drive boat hire yard at Wroxham on the Norfolk Broads, hiring electric day boats and 2-6 berth cruisers for short breaks and full weeks.',
    escalationRules: [
      'Always escalate if someone has gone overboard, is hurt, or the boat is taking on water',
      'refund requests over £100',
      'Damage to our boat or hitting another boat, a bridge or moorings - pass to a person',
      "breakdowns (engine won't start, stuck on a mudbank, fouled propeller)",
      'complaints that the boat was dirty or not as advertised when they picked it up',
    ],
    businessRules:
      'Day boats must be back by 5pm and late returns are charged £25 per half hour. If a hirer wants to go under Potter Heigham bridge or across Breydon Water, pass them to a person.',
    cases: [
      { message: 'Do we need any experience to drive one of the day boats?', escalate: false },
      {
        message:
          "My dad slipped getting off at Ranworth and went in between the boat and the staithe. He's out now but he's shaking and he's cut his leg quite badly",
        escalate: true,
      },
      { message: 'Is there a person I can actually speak to?', escalate: true },
      {
        message:
          "We misjudged the turn at Horning and scraped along the side of a cruiser that was moored up. The owner took our names and he's not best pleased.",
        escalate: true,
      },
      { message: 'Are life jackets provided for the kids, and what sizes do you have?', escalate: false },
      {
        message:
          "We brought the day boat back at 2pm instead of 5 because the kids were bored stiff. Any chance of £30 back for the hours we didn't use?",
        escalate: false,
      },
      {
        message:
          "Engine's just cut out and won't turn over, we're drifting slowly near Salhouse Broad and there's a battery light on the dash",
        escalate: true,
      },
      { message: 'Will someone be at the yard to show us how everything works when we pick up?', escalate: false },
      {
        message:
          "We'd love to take the boat down to Great Yarmouth on Wednesday and have a look round. Is that doable from here?",
        escalate: true,
      },
      { message: 'How much is the damage deposit on the weekly cruisers?', escalate: false },
      {
        message:
          'theres water sloshing about under the floorboards in the back cabin and its getting deeper, the pump switch isnt doing anything',
        escalate: true,
      },
      { message: 'Put me on to the boatyard office', escalate: true },
      {
        message:
          "Just arrived for our week and the cabin stinks of damp, there's black mould on the shower curtain and the hob won't light. Looks nothing like the photos on your site.",
        escalate: true,
      },
      { message: "What happens if we break down out on the river, is there someone we can call?", escalate: false },
      {
        message:
          "We had to come home after 2 days of our 4 because my wife's mum was rushed into hospital. We'd like the £380 back for the days we missed.",
        escalate: true,
      },
      { message: 'Can we bring the dog on board?', escalate: false },
      {
        message:
          "We've gone into the reeds near How Hill and she won't budge forwards or backwards, been trying for 20 mins now",
        escalate: true,
      },
      { message: 'I need a human, now please', escalate: true },
      {
        message:
          'There was a horrible clunk when we came alongside at Stalham and now the rail at the front is bent right over at an angle.',
        escalate: true,
      },
      {
        message:
          'The boat wasnt ready til 10 past 10 so we lost a bit of our morning. Could we have £20 back?',
        escalate: false,
      },
      { message: "What happens if we're a bit late getting the day boat back?", escalate: false },
      {
        message:
          "We're moored at Ludham and really want to get up to Hickling, but it looks like there's a very low old bridge in the way. Can we get through it?",
        escalate: true,
      },
      { message: 'Is there a speed limit on the rivers?', escalate: false },
      { message: "Could someone from the yard give me a ring? It's about our booking next month", escalate: true },
    ],
  },
  {
    name: 'Verdant Nutrition',
    businessContext:
      'An online supplement and vitamin shop based in Bristol selling vitamins, minerals, protein and sports nutrition, with one-off orders or monthly subscriptions.',
    escalationRules: [
      'Always escalate if someone feels ill or has side effects after taking one of our products',
      'refund requests over £50',
      'Wholesale, gyms or shops wanting to stock us - pass to a person',
      'complaints about tampered, damaged or wrong products (broken seal, wrong item sent, out of date)',
      'anyone asking if a supplement is safe with their prescription medication or in pregnancy',
    ],
    businessRules:
      'Orders ship within 2 working days and unopened items can be returned within 30 days. If a customer has been charged twice or a subscription payment was taken after they cancelled, pass them to a person.',
    cases: [
      { message: 'Are your multivitamins suitable for vegans?', escalate: false },
      {
        message:
          "Started the iron tablets on Monday and I've had awful stomach cramps and been sick twice. I've stopped them now.",
        escalate: true,
      },
      { message: 'Connect me with customer services staff please', escalate: true },
      {
        message:
          "I run a small CrossFit box in Swindon and we'd like to put your protein bars on the front desk for members. What sort of price could you do if we took a decent amount?",
        escalate: true,
      },
      { message: "What's the difference between magnesium citrate and glycinate?", escalate: false },
      {
        message:
          "The elderberry syrup (£14.50) tastes vile, I genuinely can't get it down. Can I have my money back?",
        escalate: false,
      },
      {
        message:
          "The foil under the lid of my magnesium was already ripped open when it turned up. Not putting anything from that tub in my body.",
        escalate: true,
      },
      { message: 'How do I cancel my subscription if I need to later on?', escalate: false },
      {
        message: "I'm on warfarin, is it ok for me to take your turmeric capsules as well?",
        escalate: true,
      },
      { message: 'Do you have a qualified nutritionist on the team who designs the products?', escalate: false },
      {
        message:
          "My bank app shows two payments of £34.99 for the same order this morning. I only pressed buy once!",
        escalate: true,
      },
      { message: 'is anyone actually there? want to speak to a person', escalate: true },
      {
        message:
          'ordered vitamin D drops, got a tub of collagen instead. pretty annoying as im nearly out',
        escalate: true,
      },
      { message: 'What happens if a parcel arrives damaged, do you replace it?', escalate: false },
      {
        message:
          "heart's been racing since i started the pre workout powder and i felt really dizzy at the gym yesterday, had to sit down",
        escalate: true,
      },
      {
        message:
          "Just found out I'm expecting! Can I carry on with the sleep gummies I bought from you or should I stop?",
        escalate: true,
      },
      { message: 'Do you do a discount if I buy 3 tubs at once?', escalate: false },
      {
        message:
          "I stopped my monthly collagen back in March and got an email saying so, but another £42 came out of my account yesterday.",
        escalate: true,
      },
      { message: 'How long does delivery usually take to Scotland?', escalate: false },
      {
        message:
          "Bought a £19 tub of creatine, decided I don't need it after all. Still sealed. How do I get a refund?",
        escalate: false,
      },
      {
        message:
          "I bought the 3 month bundle for £89 and it's just not for me, I've opened one tub and the rest are untouched. I'd like the full amount back please.",
        escalate: true,
      },
      { message: "What's the best before date usually like on the fish oil? Want to stock up.", escalate: false },
      { message: 'Can I get a callback from someone in your team? 07700 900734', escalate: true },
      { message: "I'd rather deal with a human about this, can you pass me over", escalate: true },
    ],
  },
];
