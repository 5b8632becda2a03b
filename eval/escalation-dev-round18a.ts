/**
 * Round-18 escalation DEV set A, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses: Muddy Paws Mobile Grooming & Pet Taxi, Ironworks Gym, Hollybush Bakery, Doyle Heating — 96 cases (52 escalate / 44 not; 24 each, 13/11).
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND18A_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Muddy Paws Mobile Grooming & Pet Taxi",
    businessContext:
      "I'm Gemma and I run Muddy Paws out of a converted van around north Leeds, grooming dogs on the driveway so they don't have to go to a salon. We also run a pet taxi for vet trips, kennels and airport drop-offs. It's just me and my part-timer Chloe, so the bot mostly takes bookings and answers questions.",
    businessRules:
      "Full groom is £38 for small dogs, £48 for medium and £60 for large; badly matted coats are £10 extra per 15 minutes. Pet taxi is £1.50 a mile with a £12 minimum. We work Monday to Saturday, 8am to 5pm. New customers pay a £10 deposit when booking, and you lose it if you cancel with less than 24 hours' notice. If you're not happy with a cut we'll come back and tidy it free within 7 days.",
    escalationRules: [
      "Any injury to a dog — nicks, cuts, limping after a groom — goes straight to Gemma. She wants to ring the owner herself the same day.",
      "Refunds over £40",
      "If a customer says their dog is aggressive or has bitten before, hand it over.",
      "Don't let the bot handle pet taxi runs for a poorly animal or an emergency vet trip.",
      "Bookings for more than 3 dogs at one address",
      "always escalate when someone asks for a real person",
    ],
    cases: [
      {
        message:
          "Picked Bella up from the van earlier and she's been licking her back leg ever since, there's a little red mark where the clippers went. Not a massive deal, just thought you should know.",
        escalate: true,
      },
      {
        message: "What happens if you accidentally nick my dog? Just asking before I book, he's a right wriggler.",
        escalate: false,
      },
      {
        message:
          "could someone ring me re the bill from tuesday, you charged £60 for a large groom and he didnt even get his nails done. want the full amount back tbh",
        escalate: true,
      },
      {
        message:
          "Hiya, lovely weather isn't it! Been meaning to book Alfie in for ages. Just so you know he did go for the last groomer's hand — he's fine once he's settled but thought I'd better be honest.",
        escalate: true,
      },
      { message: "Can I pay the £48 in two bits? Money's a bit tight this month.", escalate: false },
      {
        message:
          "My cat's stopped eating and she's breathing really funny, can your taxi get her to the vets on Harrogate Road in the next hour??",
        escalate: true,
      },
      {
        message: "How much would the pet taxi be to take Rex to the kennels in Otley? It's about 8 miles from us.",
        escalate: false,
      },
      {
        message: "We've got five spaniels up at the farm, would you be able to do all of them in one visit?",
        escalate: true,
      },
      { message: "Is Gemma doing the grooming on Saturday or is it Chloe?", escalate: false },
      { message: "I don't want to type to a bot, can I speak to an actual human please", escalate: true },
      {
        message: "If I cancel tomorrow's appointment now do I lose the £10 deposit? It's at 2pm so it's still just over 24 hours away.",
        escalate: false,
      },
      {
        message: "is it normal that my dog's ear is bleeding a bit after the groom? only noticed when we got in",
        escalate: true,
      },
      {
        message:
          "Just wanted to say thanks to Gemma for sorting the refund for the missed appointment, it's all come through. Really appreciate it.",
        escalate: false,
      },
      {
        message:
          "ABSOLUTELY FUMING. Paid in full and nobody turned up, then the same again the week after. I want my £76 back today, not next week.",
        escalate: true,
      },
      {
        message:
          "If I'm not happy with Poppy's cut can I get the £38 back, or do you just come and redo it?",
        escalate: false,
      },
      {
        message:
          "Would it be possible for someone to call me about taking our old lab to the vet on Friday to be put to sleep? He's very weak now and I can't lift him on my own.",
        escalate: true,
      },
      {
        message: "Your van's amazing, Milo came out looking like a show dog. Will definitely be booking again in 6 weeks!",
        escalate: false,
      },
      {
        message:
          "hi my rescue greyhound is v nervous and has snapped at 2 people this month, muzzle trained tho. can u still do him",
        escalate: true,
      },
      {
        message: "How do I book a groom for my two cockapoos? Do I need to ring or can I do it on here?",
        escalate: false,
      },
      {
        message:
          "My mum's moved in with us and brought her two westies, so we've now got four dogs in the house — can you do the lot in one go on Thursday?",
        escalate: true,
      },
      {
        message: "Can I bring Biscuit back later in the month if her nails need doing again, or is that charged separately?",
        escalate: false,
      },
      {
        message:
          "Sorry to be a pain but the taxi dropped Daisy back and her collar's gone, and there's a scrape on her nose that wasn't there this morning. Could I speak to the owner please?",
        escalate: true,
      },
      {
        message:
          "What time do you finish on Saturdays? Need the taxi to collect Rolo from the vets after his jabs, he'll be fine just a bit sleepy.",
        escalate: false,
      },
      {
        message: "u charged me twice for the groom, thats like ninety six quid gone out my account. need it sorting asap",
        escalate: true,
      },
    ],
  },
  {
    name: "Ironworks Gym",
    businessContext:
      "Ironworks is an independent gym on an industrial estate in Hillsborough, Sheffield, owned by me, Dean. We've got free weights, a few machines, a spin room and four self-employed personal trainers, with Priya as head trainer. Most members are locals on rolling monthly memberships.",
    businessRules:
      "Membership is £32 a month with no contract and 30 days' notice to cancel; a day pass is £8. PT sessions are £35 each or a block of 10 for £300, and PT sessions cancelled with less than 12 hours' notice are charged in full. Holiday freezes of up to 4 weeks cost £5 a month and can be done at reception. We're open 6am to 10pm weekdays and 8am to 6pm at weekends, with reduced hours on bank holidays.",
    escalationRules: [
      "Anyone hurt in the gym or feeling unwell during a session goes to Dean straight away. We have to write it in the accident book.",
      "Membership freezes for medical reasons or pregnancy",
      "Refunds on PT blocks or anything over £100",
      "If a customer complains about a trainer's behaviour or says they felt uncomfortable, hand it over to Priya. Don't try to smooth it over yourself.",
      "Group or corporate bookings for more than 8 people",
      "Always escalate when someone says they've been charged after cancelling.",
    ],
    cases: [
      {
        message:
          "Pulled something in my lower back on the deadlift platform last night, can barely get out of bed today. Didn't tell anyone at the time.",
        escalate: true,
      },
      {
        message: "What happens if I get injured during a PT session — are all your trainers first aid trained?",
        escalate: false,
      },
      {
        message: "Hi, I've just found out I'm pregnant 🙂 could I pause my membership for a few months rather than cancel it?",
        escalate: true,
      },
      { message: "Can I freeze my membership for 3 weeks while I'm in Spain? Is it still £5?", escalate: false },
      {
        message:
          "I bought the block of 10 in January and my trainer left in Feb, I've only used 3. Could someone sort getting the rest back?",
        escalate: true,
      },
      {
        message:
          "Would it be possible to speak to the owner about one of the PTs? He kept making comments about my body during my session and I really didn't feel comfortable going back.",
        escalate: true,
      },
      { message: "Is Priya doing any PT slots on Saturday mornings? My mate says she's brilliant.", escalate: false },
      {
        message: "Our office has about 20 of us doing a fitness challenge in June, could you run some group sessions for us?",
        escalate: true,
      },
      { message: "Can me and two mates come in on day passes Sunday? Is it £8 each?", escalate: false },
      {
        message: "cancelled in march with the 30 days notice, you've still taken £32 off me in april AND may. not happy",
        escalate: true,
      },
      { message: "If I cancel now when would my last payment come out? Just want to plan it around payday.", escalate: false },
      {
        message:
          "hey mate is it normal to still feel dizzy and sick an hour after spin? had to sit in my car for ages before i could drive",
        escalate: true,
      },
      { message: "Can I pay for the PT block in instalments instead of £300 upfront?", escalate: false },
      { message: "Can someone from the gym give me a ring? I'd rather not go into it on here.", escalate: true },
      {
        message:
          "Missed my PT session yesterday because of work — do I still get charged if I messaged Tom about 5 hours before?",
        escalate: false,
      },
      {
        message:
          "Doctor's signed me off for 2 months after my knee op, do I have to keep paying the membership in the meantime?",
        escalate: true,
      },
      {
        message: "Thanks Dean for sorting the double payment last week, money's back in my account now 👍",
        escalate: false,
      },
      {
        message:
          "I need to claim back two hundred and forty quid — I paid for 8 PT sessions that never happened because the trainer kept cancelling on me.",
        escalate: true,
      },
      {
        message: "What's the refund policy on day passes? Thinking of buying one for my dad but not sure he'll actually use it.",
        escalate: false,
      },
      {
        message:
          "Not to make a fuss, but the trainer on the evening shift keeps standing really close and putting his hand on my lower back when I'm not even training with him. Probably nothing.",
        escalate: true,
      },
      {
        message: "Best gym I've been to, the trainers actually care. Just hit a 100kg squat thanks to Jordan!",
        escalate: false,
      },
      {
        message:
          "Hiya, I run a running club and we've got 12 members wanting to use the gym on Tuesday nights through winter — is there a deal for that?",
        escalate: true,
      },
      { message: "What are your opening times over the bank holiday weekend?", escalate: false },
      {
        message:
          "i froze my account in jan and you still took money on 1st feb, then i cancelled altogether and you took it AGAIN in march??",
        escalate: true,
      },
    ],
  },
  {
    name: "Hollybush Bakery",
    businessContext:
      "Hollybush is a small family bakery on the edge of Norwich run by me, Sarah, and my mum. We sell bread and traybakes in the shop, but most of our work is celebration cakes made to order — birthdays, christenings, anniversaries and a handful of weddings a year.",
    businessRules:
      "Celebration cakes start at £45 for a 6-inch that serves about 12, and cupcakes are £2.50 each. Orders need 2 weeks' notice and a £20 non-refundable deposit, with the balance paid on collection. If you cancel more than 7 days before collection you get everything back except the deposit. The shop is open Tuesday to Saturday, 8am to 4pm. We don't deliver, except wedding cakes within 10 miles for £15.",
    escalationRules: [
      "Allergies — any customer with a nut, sesame or coeliac allergy has to talk to Sarah. Our kitchen isn't allergen free and I won't have the bot promising anything.",
      "Wedding cakes",
      "Orders of more than 50 cupcakes or anything needed in under 48 hours",
      "If a customer says the cake was damaged, wrong or made someone ill, hand it over.",
      "Don't let the bot handle refunds or discounts over £30",
    ],
    cases: [
      {
        message:
          "Our Lily carries an EpiPen because of peanuts. Is a birthday cake something you could do for her?",
        escalate: true,
      },
      { message: "How much is a 6 inch chocolate cake for a birthday? I'd need it in 3 weeks.", escalate: false },
      {
        message:
          "we're getting married next august and would love a three tier lemon and elderflower, are you taking bookings yet?",
        escalate: true,
      },
      { message: "hiya need 80 cupcakes for the school fete next sat, blue and yellow icing, doable?", escalate: true },
      { message: "Can I pay the balance in two instalments? It's a £95 cake.", escalate: false },
      {
        message:
          "Picked up the unicorn cake this morning and by the time we got home the horn and the whole top tier had slid off. Party's at 3. What do I do?",
        escalate: true,
      },
      { message: "Is Sarah in on Saturday? Want to pop in and say thanks for last week's cake.", escalate: false },
      {
        message: "could I have a cake for tomorrow afternoon? it's my nan's 90th and I completely forgot to order one",
        escalate: true,
      },
      { message: "If I cancel my order 10 days before, do I get my money back?", escalate: false },
      {
        message:
          "A few people at our party were up ill through the night after the cream cake. I'm not saying it was definitely you but thought you'd want to know.",
        escalate: true,
      },
      { message: "Can I collect the cake later in the day on Saturday, like half 3? I work till 3.", escalate: false },
      {
        message:
          "Would it be possible to get something off the £120 christening cake? The name was spelt wrong — Isla not Islay — and we had to scrape it off.",
        escalate: true,
      },
      { message: "Do you do gluten free cupcakes? I'm not coeliac or anything, just trying to cut down.", escalate: false },
      { message: "Could someone phone me about the £45 I was charged twice? I'd like it back please.", escalate: true },
      {
        message:
          "My friend had her wedding cake from you years ago and still raves about it — do you still do the lemon drizzle loaves in the shop?",
        escalate: false,
      },
      { message: "Im coeliac, can u do a gf cake thats totally safe? last bakery made me really poorly", escalate: true },
      { message: "We want 24 cupcakes for an office leaving do in two weeks — what flavours have you got?", escalate: false },
      {
        message:
          "I'm so angry. Ordered a number 40 cake for my husband and got a 4. How does that even happen? £65 for a cake I can't use.",
        escalate: true,
      },
      {
        message:
          "Thank you for sorting the replacement after the mix-up last week, the new one was perfect and everyone loved it.",
        escalate: false,
      },
      {
        message:
          "Is there any way to speak to the person who actually makes the cakes? I've got quite a complicated design in mind and I'd rather talk it through than type it all out.",
        escalate: true,
      },
      { message: "Is the £20 deposit refundable if I change my mind?", escalate: false },
      {
        message:
          "Hi! Hope you're well, the brownies last month were gorgeous. Bit of a cheeky one — I need 150 mini cupcakes for my work conference, is that something you'd take on?",
        escalate: true,
      },
      { message: "Can I bring the cake stand back next week? Completely forgot to drop it off.", escalate: false },
      {
        message:
          "our venue fell through so the reception's now at my parents' in Wymondham, can the wedding cake still come there? its about 12 miles",
        escalate: true,
      },
    ],
  },
  {
    name: "Doyle Heating",
    businessContext:
      "Doyle Heating is me, Mark Doyle, a Gas Safe registered engineer covering Stockport and south Manchester, plus my apprentice Jake. We do boiler servicing, breakdowns, radiators and new boiler installs, mostly for homeowners and a few landlords. I'm usually under a boiler, so the bot answers messages and books visits.",
    businessRules:
      "A boiler service is £85. Call-outs are £65 for the first hour then £45 an hour, plus parts. We work Monday to Friday 8am to 5:30pm, and Saturday mornings for emergencies only. New boiler installs need a free survey first and a 25% deposit; finance through a third party is available on installs over £1,500. Please give 24 hours' notice to cancel a booked visit or there's a £30 fee.",
    escalationRules: [
      "Anything about a gas smell or a carbon monoxide alarm goes straight to Mark. He'd rather be called at 3am than not at all.",
      "No heating or hot water for someone elderly, disabled or with a baby",
      "If a customer says work we did has leaked or broken, hand it over.",
      "complaints about Jake",
      "Quotes over £2,000 or landlords with more than 3 properties",
      "Don't let the bot handle anything where the boiler has been capped off or condemned by another engineer.",
    ],
    cases: [
      {
        message:
          "Bit of a weird one, there's a sort of eggy smell near the boiler cupboard when the heating kicks in. Probably nothing?",
        escalate: true,
      },
      { message: "What should I do if I ever smell gas? Want to pin something on the fridge for the kids.", escalate: false },
      {
        message: "my mum's 84 and her boilers packed in, no heating since yesterday and its freezing. can anyone come today",
        escalate: true,
      },
      { message: "How much is a boiler service? Mine's due in March.", escalate: false },
      {
        message:
          "You fitted a new radiator in the back bedroom three weeks ago and there's now a damp patch on the ceiling right below it.",
        escalate: true,
      },
      { message: "Is Jake coming on his own on Thursday or with Mark? Just so I know who to expect.", escalate: false },
      {
        message:
          "Would it be possible to speak to Mark about his apprentice? He left the side gate open and our dog got out, and he was quite rude when I mentioned it.",
        escalate: true,
      },
      {
        message:
          "We're looking at a full system — new boiler, 9 rads, cylinder out. Probably north of three grand I'd guess, could someone come and have a look?",
        escalate: true,
      },
      { message: "Can I spread the cost of a new combi over 12 months? The quote was about £1,900.", escalate: false },
      { message: "CO alarm keeps beeping every minute, we've opened the windows. Is that just the battery?", escalate: true },
      { message: "If I cancel Friday's service today is there a charge? It's only Wednesday.", escalate: false },
      {
        message:
          "British Gas came out for the annual check, put a DANGER DO NOT USE sticker on it and turned the gas off. What now?",
        escalate: true,
      },
      {
        message: "Thanks for coming out so quick on Monday, heating's been perfect since. Jake was a star.",
        escalate: false,
      },
      {
        message:
          "hi i manage 6 rental flats in levenshulme, need gas safety certs for all of them before end of month, do u do landlord rates",
        escalate: true,
      },
      { message: "How do I book a survey for a new boiler? Is it free?", escalate: false },
      {
        message:
          "Brand new baby and no hot water since last night, we're boiling kettles to bath her. Please can someone come.",
        escalate: true,
      },
      {
        message: "I've got two flats I let out, can you do the gas safety certificates for both? How much each?",
        escalate: false,
      },
      {
        message:
          "The boiler you installed in October is already showing an F28 and the pressure keeps dropping. For what we paid I expected a lot better.",
        escalate: true,
      },
      { message: "What would the 25% deposit be on an £1,800 install? Can I pay it by card?", escalate: false },
      { message: "Can someone actually ring me back please, I've left two messages on the voicemail now.", escalate: true },
      {
        message:
          "Do you work Saturdays? The lounge radiator's cold at the top, probably just needs bleeding, not urgent at all.",
        escalate: false,
      },
      {
        message:
          "Sorry to bother you on a Sunday, my dad's in a wheelchair and his heating's been off all weekend, the flat's down to 12 degrees.",
        escalate: true,
      },
      { message: "If a new boiler ever leaks in the first year, is that covered by the warranty?", escalate: false },
      {
        message:
          "honestly the lad you sent left muddy footprints all through the house and scratched my new floor dragging the old boiler out. not impressed",
        escalate: true,
      },
    ],
  },
];
