import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-11 held-out escalation set, written blind after the round-11 changes (without reading the
 * detector source or any other eval file). It must never be used for tuning — only to measure.
 *
 * Businesses (all UK, kinds not used in earlier sets):
 *  - Clearview Window Cleaning (Sheffield) — domestic/commercial window, gutter and conservatory cleaning.
 *  - Willowbank Veterinary Surgery (Norwich) — small-animal vets' practice.
 *  - Kingsway Motors (Leicester) — garage and MOT centre.
 *  - Pedalwise E-Bike Hire (Keswick) — e-bike hire, delivery to cottages and guided rides.
 *
 * Composition: 24 cases per business (96 in all), mixed in order:
 *  - 6 direct hand-off requests in varied natural forms (escalate: true);
 *  - 10 messages where an escalation rule or the named-staff business rule applies, written in the
 *    customer's own words: 8 that should escalate, plus 2 refund requests below the business's money
 *    threshold (escalate: false);
 *  - 8 calm look-alikes that share a rule's vocabulary or mention a person/role without needing one
 *    (general policy questions, hypotheticals, "will someone be there", prices) (escalate: false).
 * Per business: 14 escalate: true, 10 escalate: false.
 */
export const ROUND11_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Clearview Window Cleaning',
    businessContext:
      'A family-run window cleaning company in Sheffield doing houses and small shops on a 4-weekly round, plus gutter clearing and conservatory roof cleans.',
    escalationRules: [
      "Always escalate if a customer says one of our lads damaged something (cracked glass, broken gutter, trampled plants etc)",
      'refund requests over £40',
      'Commercial contracts, letting agents or block management companies - pass to a person',
      'complaints about a cleaner being rude or working unsafely on a ladder',
      "anyone saying they were charged for a clean that never happened",
    ],
    businessRules:
      'We clean every 4 weeks, weather permitting, and payment is due within 7 days by bank transfer or GoCardless. If a customer names a specific staff member, pass them to a person.',
    cases: [
      { message: 'How much would it be for a 3 bed semi with a conservatory, front and back?', escalate: false },
      { message: 'Is there anyone I could talk to about my account? Something doesn\'t add up and I\'d rather go through it with a person.', escalate: true },
      {
        message:
          'Your chap was here this morning and when he moved his ladder round the back it took a chunk out of the render next to the kitchen door. It definitely wasn\'t like that before he came, I walked past it at 8.',
        escalate: true,
      },
      { message: 'Do your cleaners have insurance in case anything gets damaged?', escalate: false },
      { message: 'can someone ring me please 07700 900412, after 5 ideally', escalate: true },
      {
        message:
          'Had a GoCardless payment come out for the 14th but nobody came. Windows are filthy and my neighbour says there was no van on the street all week. Not paying for nothing.',
        escalate: true,
      },
      { message: 'What happens if it\'s chucking it down on our clean day?', escalate: false },
      {
        message:
          'The conservatory roof add-on didn\'t really shift the moss if I\'m honest, still green in the corners. Could I have the £30 for that bit back?',
        escalate: false,
      },
      { message: 'put me through to the manager', escalate: true },
      {
        message:
          'I look after three blocks of flats in Hillsborough for a property management firm and we need someone to take on the communal windows, ideally monthly. Who do I talk to about a quote?',
        escalate: true,
      },
      { message: 'Will someone need to be in for you to do the back? Side gate is normally bolted.', escalate: false },
      {
        message:
          'The lad who did ours on Tuesday was leaning right off the top of the ladder with one hand on his phone. My husband was genuinely worried he was going to come off. Not acceptable',
        escalate: true,
      },
      { message: 'Owner please.', escalate: true },
      { message: 'theres a crack in the bottom corner of the landing window that wasnt there before todays clean, pretty sure it was the pole', escalate: true },
      { message: 'Is it the same cleaner every time or does it change round?', escalate: false },
      {
        message:
          'We paid £85 up front for the gutter clear last week and water is still pouring over the front when it rains. Clearly wasn\'t done properly so I want that money back.',
        escalate: true,
      },
      { message: "If we're away on holiday for a month do we still get charged for that clean?", escalate: false },
      { message: 'I want a real person, not a bot. Third time I\'ve tried to sort this.', escalate: true },
      {
        message:
          'Windows were all streaky after Thursday, honestly not worth the £16. Can I get a refund on that one?',
        escalate: false,
      },
      { message: 'Is Dean still doing our road? He mentioned he could look at the skylight next time and I wanted to check with him.', escalate: true },
      { message: 'Can I pay by card instead of bank transfer?', escalate: false },
      {
        message:
          'Asked your window cleaner very politely to mind my hanging baskets and he told me to "do it yourself then love". Really rude and I\'ve been with you 6 years.',
        escalate: true,
      },
      { message: 'Could I have a chat with one of the team rather than doing this over the chat thing?', escalate: true },
      { message: 'Do you do the frames and sills as well or just the glass?', escalate: false },
    ],
  },
  {
    name: 'Willowbank Veterinary Surgery',
    businessContext:
      'An independent small-animal vets\' practice in Norwich offering consultations, vaccinations, neutering, dentals and a monthly pet health plan. Out-of-hours emergencies go to a partner hospital.',
    escalationRules: [
      'Always escalate if it sounds like an emergency - collapse, struggling to breathe, poisoning, heavy bleeding',
      'refund requests over £75',
      'Euthanasia, cremation or insurance claim problems - pass to a person',
      'complaints about how a vet or nurse treated an animal',
      "owners whose pet has run out of meds because a repeat prescription never got done",
    ],
    businessRules:
      'Appointments are 15 minutes and can be booked online or by phone. Repeat prescriptions need 48 hours\' notice and a check-up at least every 6 months. If a customer names a specific staff member, pass them to a person.',
    cases: [
      { message: 'My cat has just been sick and now shes lying on her side breathing really fast with her mouth open. what do I do', escalate: true },
      { message: 'How much is a booster vaccination for a dog?', escalate: false },
      { message: "I'd like to speak to the practice manager please.", escalate: true },
      {
        message:
          'Ordered Bella\'s thyroid tablets on Monday, went to collect them today and they said there\'s nothing there for her. She had her last one this morning.',
        escalate: true,
      },
      { message: 'Do you accept pet insurance directly or do I pay and claim it back myself?', escalate: false },
      { message: 'Receptionist', escalate: true },
      {
        message:
          'Our old lab Bess is really struggling now, not eating and she can\'t get up the stairs any more. We think it might be time. Is it possible to arrange it at home so she\'s not frightened?',
        escalate: true,
      },
      { message: 'What happens if my dog gets poorly in the middle of the night, who do I ring?', escalate: false },
      {
        message:
          'We cancelled the nail clip appointment the day before and still got charged £15. Could we get that back please?',
        escalate: false,
      },
      { message: 'Can somebody call me back please? 01603 496 118. It\'s about Milo.', escalate: true },
      {
        message:
          'Took Rolo in for a dental last Wednesday and he\'s come home with a swollen jaw and still won\'t eat. I honestly think something went wrong and nobody has rung to check on him.',
        escalate: true,
      },
      { message: 'Will a vet be there for the puppy jabs or is it just one of the nurses?', escalate: false },
      { message: 'the dog got into my handbag and ate half a pack of sugar free gum. hes a 9kg cocker, is that bad??', escalate: true },
      { message: 'how much notice do you need for a repeat prescription?', escalate: false },
      { message: 'This bot is useless. I want to speak to an actual human being.', escalate: true },
      {
        message:
          'Petplan have come back saying the claim form you sent was incomplete so they won\'t pay for Milo\'s operation. That\'s £1,200 I can\'t just find. Can this be sorted out?',
        escalate: true,
      },
      { message: 'Do you do free weight checks with a nurse?', escalate: false },
      { message: "Is there someone I could go through Biscuit's bill with? I'd rather talk it over than do it on here.", escalate: true },
      {
        message:
          'We paid £180 for blood tests and now we\'re told the lab lost the samples. I want that money back, I\'m not paying to have them done twice.',
        escalate: true,
      },
      { message: 'Any chance I could talk to someone at the practice instead of typing all this out?', escalate: true },
      {
        message:
          'Bought a bag of the renal diet food for £42 but she turns her nose up at it. It\'s still sealed, can I return it for a refund?',
        escalate: false,
      },
      {
        message:
          'Could I get a message to Sarah, the nurse who ran Pip\'s weight clinic? She asked me to let her know how the new food was going.',
        escalate: true,
      },
      { message: "If I wasn't happy with how my pet was treated, what's the complaints process?", escalate: false },
      { message: 'Does someone need to stay with the cat while she\'s in for her spay, or can I drop her off in the morning and collect later?', escalate: false },
    ],
  },
  {
    name: 'Kingsway Motors',
    businessContext:
      'An independent garage and MOT test centre in Leicester doing MOTs, servicing, repairs and tyres for cars and small vans.',
    escalationRules: [
      'Always escalate if a customer says the car is worse, or the same fault is back, after we worked on it',
      'refund requests over £100',
      'Breakdowns, warning lights while driving or brakes not working - pass to a person',
      "complaints about being charged for work they didn't agree to",
      "customers left without a car because it wasn't ready on the day we promised",
    ],
    businessRules:
      'MOTs are £54.85 and take about an hour. We need 24 hours\' notice to cancel a booking. If a customer names a specific staff member, pass them to a person.',
    cases: [
      { message: 'How much is an MOT and do I need to book or can I just turn up?', escalate: false },
      {
        message:
          'Picked the Corsa up Friday after you did the clutch and now it grinds going into second. It never did that before I brought it in.',
        escalate: true,
      },
      { message: 'is there anyone I could talk to about the quote you sent, bit confused by it', escalate: true },
      { message: 'What happens if my car fails its MOT, am I allowed to drive it home?', escalate: false },
      { message: 'brake pedal is going nearly to the floor, im in a layby on the A47 what do i do', escalate: true },
      {
        message:
          'Came in for an MOT and the bill is £340 because someone decided to do the front discs and pads. Nobody rang me to ask, I\'d have said no. I\'m not happy.',
        escalate: true,
      },
      { message: 'Ring me please 0116 496 0321', escalate: true },
      { message: 'Do you phone before doing any extra work, or just go ahead?', escalate: false },
      {
        message:
          'I paid £25 for the wash and vac with the service but it clearly wasn\'t done, footwells are still full of mud. Can I have the £25 back?',
        escalate: false,
      },
      { message: 'Will someone be on the desk at 7.30 for an early drop off?', escalate: false },
      {
        message:
          'Was told it would be ready by 4 today. I\'ve turned up and it\'s still up on the ramp with the wheels off. I\'ve no way of getting home and I need it for work at 6 tomorrow.',
        escalate: true,
      },
      { message: 'I want to speak to whoever is in charge', escalate: true },
      {
        message:
          'Oil light\'s just come on and started flashing on the M1, I\'ve pulled into Leicester Forest services. Is it ok to carry on to Nottingham?',
        escalate: true,
      },
      { message: 'Do you offer courtesy cars? Mine is in for a service next week.', escalate: false },
      { message: 'service manager', escalate: true },
      {
        message:
          'You charged me £160 for a diagnostic and a new sensor and the engine light is back on two days later. I want a refund.',
        escalate: true,
      },
      { message: 'Dashboard says service due. How much is a full service on a 2017 Fiesta?', escalate: false },
      { message: 'Is Gary about this week? He did my timing belt last year and I\'d like him to have a look at the Astra again.', escalate: true },
      {
        message:
          'I booked an MOT online and paid the £54.85 but I\'ve sold the car now. It\'s booked for next Thursday, can I get my money back?',
        escalate: false,
      },
      { message: 'Stop giving me automatic answers. I need a REAL person.', escalate: true },
      { message: 'Can I wait while the mechanic does it or do I have to leave it all day?', escalate: false },
      {
        message:
          'Since you did the tyres on Tuesday the steering wheel shakes at anything over 50. Wasnt doing that before.',
        escalate: true,
      },
      { message: 'Would it be possible to speak with someone about it properly?', escalate: true },
      { message: 'Do I need to bring the locking wheel nut key in with me?', escalate: false },
    ],
  },
  {
    name: 'Pedalwise E-Bike Hire',
    businessContext:
      'An e-bike hire shop in Keswick renting bikes by the half or full day, delivering to holiday cottages around the northern Lake District and running guided rides at weekends.',
    escalationRules: [
      "Always escalate if someone's had an accident or been hurt on one of our bikes",
      'refund requests over £60',
      "Stolen bikes, lost keys or a bike that's broken down out on a ride - pass to a person",
      'complaints about the tour guide',
      'bookings where the delivery driver never turned up with the bikes',
    ],
    businessRules:
      'Half-day hire is £35 and a full day is £55, with helmets and locks included. Cancellations more than 48 hours before get a full refund. If a customer names a specific staff member, pass them to a person.',
    cases: [
      { message: 'Do we need to be experienced riders to do the guided ride?', escalate: false },
      {
        message:
          'My son has come off on the way down from Latrigg, he\'s grazed his arm and knee quite badly and the front wheel looks bent. We\'re walking it back now.',
        escalate: true,
      },
      { message: 'Manager please.', escalate: true },
      { message: 'What happens if the battery runs out while we\'re out?', escalate: false },
      {
        message:
          'Battery has completely died and we\'re about 6 miles out past Buttermere. Cant get up the hill without it. What do we do??',
        escalate: true,
      },
      { message: 'could someone phone me? 07700 900872', escalate: true },
      { message: 'How much is a full day for two adults and a kids bike?', escalate: false },
      {
        message:
          'Only managed about an hour of the half day as my knee was playing up. Any chance of a partial refund on the £35?',
        escalate: false,
      },
      {
        message:
          'We locked both bikes up outside the cafe in Grasmere and came out to find one gone. Cut lock on the floor.',
        escalate: true,
      },
      { message: 'Will someone be at the shop at 8am for us to collect?', escalate: false },
      {
        message:
          'We were meant to have 4 bikes dropped at our cottage in Braithwaite at 9. It\'s now 10.40 and no sign of anyone, whole day\'s plans ruined.',
        escalate: true,
      },
      { message: 'Is there anyone I could speak to about a group booking? It\'s a bit complicated with different ages and heights.', escalate: true },
      {
        message:
          'Went on the Saturday ride and the guide shot off way ahead and left my mum on her own at a junction for 20 minutes. Not impressed at all.',
        escalate: true,
      },
      { message: 'Are helmets included or do we bring our own?', escalate: false },
      { message: "i dont want to talk to a computer, get me a real person", escalate: true },
      {
        message:
          'We booked 2 full days for Saturday (£110) but my wife has broken her wrist, not on one of your bikes I should say! It\'s Friday today so I know it\'s short notice but can we get our money back?',
        escalate: true,
      },
      { message: 'Do you deliver to Portinscale? And does someone have to be at the cottage to sign for them?', escalate: false },
      { message: 'Hi, is Tom working tomorrow? He sorted our bikes last summer and said to ask for him next time.', escalate: true },
      { message: "What's the insurance situation if a bike gets nicked while we've got it?", escalate: false },
      {
        message:
          'We cancelled one of our three bikes 5 days before, so I think we\'re owed £55 back but it hasn\'t shown on my card yet?',
        escalate: false,
      },
      { message: 'Put me through to someone at the shop', escalate: true },
      {
        message:
          'Can\'t find the key for the battery lock anywhere, think it fell out of my pocket somewhere round Derwentwater. Bike\'s fine but we can\'t get the battery off to charge it tonight.',
        escalate: true,
      },
      { message: "What's the max rider weight for the bikes?", escalate: false },
      { message: 'Can I speak to a member of staff', escalate: true },
    ],
  },
];
