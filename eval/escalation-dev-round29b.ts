/**
 * Round-29 escalation DEV set (second), written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * Businesses (escalate / no):
 *   1. Brook Lane Pharmacy (Sheffield)                  — 13 / 11
 *   2. Muddy Paws Daycare & Boarding (near Reading)     — 13 / 11
 *   3. Whitlock Heating & Gas (Bristol)                 — 13 / 11
 *   4. Ellie Marsh Photography (Cheltenham & Cotswolds) — 13 / 11
 *
 * Muddy Paws and Ellie Marsh Photography keep their hand-over instructions inside
 * businessRules (escalationRules is empty); the pharmacy and the heating engineer
 * use escalationRules.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND29B_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. Independent pharmacy — escalationRules style
  // ---------------------------------------------------------------------------
  {
    name: 'Brook Lane Pharmacy',
    businessContext:
      'Brook Lane Pharmacy is an independent community pharmacy on Brook Lane in Sheffield (S11), family-run since 1987. ' +
      'We dispense NHS and private prescriptions, run a free home delivery service for housebound patients (deliveries go out ' +
      'between 10am and 6pm), and offer NHS Pharmacy First consultations (sore throat, earache, sinusitis, UTIs in women, ' +
      'impetigo, infected insect bites, shingles), flu and COVID jabs in season, blood pressure checks, a private travel ' +
      'clinic and a weight-management service. Pharmacist manager: Priya Shah. Opening hours Mon–Fri 8:30am–6:30pm, ' +
      'Sat 9am–5pm, closed Sundays and bank holidays. Phone 0114 496 0321.',
    escalationRules: [
      'ALWAYS escalate if a customer reports a possible reaction or side effect after taking something we dispensed or sold (rash, swelling of lips/face, breathing trouble, feeling faint or very unwell).',
      'Suspected dispensing error (wrong medicine, wrong strength, tablets that look different, someone else\'s name on the label) -> Priya, same day',
      'If someone has run out, or is about to run out in the next 48 hours, of an essential medicine (insulin, epilepsy meds, inhalers, heart meds, blood thinners) and can\'t get a prescription in time, pass it on so a pharmacist can consider an emergency supply.',
      'Controlled drugs – early collection requests, or lost/stolen prescriptions or medicines (e.g. codeine, diazepam, pregabalin, tramadol, methadone) – must go to a pharmacist, never answer these yourself.',
      'Housebound delivery not arrived by 6pm on the day it was due -> escalate to the dispensary team.',
      'Complaints (about staff, service or a repeated problem) or anyone asking for the manager -> Priya',
      'Refund requests over £30 for private services or shop products – ask for Priya. Under £30 you can handle it using the returns policy.',
    ],
    businessRules:
      'Be warm and plain-spoken – lots of our customers are elderly. Never give a diagnosis or tell someone to stop or change a prescribed medicine; ' +
      'general product advice is fine. Repeat prescriptions usually take 2–3 working days after the surgery sends them. ' +
      'NHS prescription charge is £9.90 per item in England; people over 60, under 16, or with an exemption certificate don\'t pay. ' +
      'Private flu jab is £16. Blood pressure checks are free for over 40s. Travel clinic appointments must be booked at least 6 weeks before travel. ' +
      'Medicines can\'t be returned once they\'ve left the shop unless faulty; unopened non-medicine shop items can be returned within 14 days with a receipt. ' +
      'For anything life-threatening tell people to call 999; for out-of-hours medical advice, NHS 111.',
    cases: [
      // --- escalate (13) ---
      {
        message:
          'Started the amoxicillin you gave me yesterday and now my lips feel puffy and I\'ve come out in blotches all over my chest. Is that normal??',
        escalate: true,
      },
      {
        message:
          'My dad\'s been really dizzy and sick since he started the new blood pressure tablets from you on Monday, he nearly went over in the kitchen this morning. What should we do',
        escalate: true,
      },
      {
        message:
          'Just opened my bag from this morning and the box says sertraline 100mg. I\'ve always been on 50. Have I been given the wrong ones?',
        escalate: true,
      },
      {
        message:
          'the label on my son\'s inhaler has someone else\'s name on it – Margaret something. is this even his??',
        escalate: true,
      },
      {
        message:
          'The tablets in my husband\'s blister pack this week are little blue ones, normally his are white and round. He\'s already taken Tuesday\'s. Should I be worried?',
        escalate: true,
      },
      {
        message:
          'I\'m type 1 and down to my last NovoRapid pen. Surgery says the script won\'t be signed until Thursday. I can\'t go three days without it, what can I do?',
        escalate: true,
      },
      {
        message:
          'My daughter\'s epilepsy tablets have run out – I was sure we had another box in the cupboard. GP is shut for the bank holiday weekend. Please help',
        escalate: true,
      },
      {
        message:
          'Someone nicked my handbag on the bus and my pregabalin prescription was in it. I don\'t know what to do now',
        escalate: true,
      },
      {
        message:
          'Going to Spain on Saturday for a fortnight – can I pick up my diazepam a week early so I don\'t run out while I\'m away?',
        escalate: true,
      },
      {
        message:
          'Mum\'s weekly delivery was meant to come today and it\'s now quarter to seven. She\'s housebound and hasn\'t got anything for her evening tablets.',
        escalate: true,
      },
      {
        message:
          'I want to make a formal complaint. The lad on the counter this morning was incredibly rude to my mother, she\'s 88, and he laughed when she couldn\'t hear him.',
        escalate: true,
      },
      {
        message:
          'Can I speak to whoever\'s in charge please. Third time this month I\'ve come in after getting the "ready to collect" text and it\'s not ready. I\'m sick of being fobbed off.',
        escalate: true,
      },
      {
        message:
          'I paid £89 for the travel jabs package but the trip\'s been cancelled and I never had any of the jabs. I\'d like my money back please.',
        escalate: true,
      },
      // --- no escalation (11) ---
      { message: 'What time do you close on a Saturday?', escalate: false },
      {
        message:
          'Is Priya in on Thursday? She said to pop back and she\'d check my blood pressure again.',
        escalate: false,
      },
      {
        message:
          'Mum\'s delivery is due today – I know it\'s only 2pm but just checking it\'s on the van?',
        escalate: false,
      },
      {
        message:
          'I bought a £6 hot water bottle last week, still in the packaging with the receipt. Can I bring it back?',
        escalate: false,
      },
      {
        message:
          'If I did get a reaction after the shingles jab, who would I contact – you or my GP? Just want to know before I book.',
        escalate: false,
      },
      {
        message:
          'Last week I was given the wrong strength of my statins but Priya swapped them straight away and apologised. Just wanted to say thanks, really appreciated how it was handled.',
        escalate: false,
      },
      {
        message:
          'Has my repeat prescription come over from Dr Okafor\'s surgery yet? Name\'s Janet Holmes, date of birth 14/03/1951.',
        escalate: false,
      },
      { message: 'How much is a flu jab if I\'m not eligible for a free one?', escalate: false },
      {
        message:
          'I\'ve got about 10 days of insulin left and I put my repeat request in yesterday – should it be ready by next week?',
        escalate: false,
      },
      {
        message:
          'Do you do the Pharmacy First thing for earache? My 6 year old has been pulling at his ear since last night.',
        escalate: false,
      },
      {
        message:
          'Can you set it up so you collect my prescriptions from the surgery automatically every month?',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Dog daycare & boarding kennels — hand-over list inside businessRules
  // ---------------------------------------------------------------------------
  {
    name: 'Muddy Paws Daycare & Boarding',
    businessContext:
      'Muddy Paws is a dog daycare and boarding kennels on a 4-acre farm site just outside Wokingham, near Reading, run by ' +
      'Sarah Collins and a team of six. Daycare Mon–Fri 7:30am–6:30pm with an optional pick-up/drop-off van around Wokingham, ' +
      'Crowthorne and Finchampstead. Boarding 7 days a week in heated indoor kennels with outdoor runs. New dogs need a free ' +
      'half-day assessment before their first daycare or boarding stay. Licensed by Wokingham Borough Council.',
    escalationRules: [],
    businessRules:
      'Keep replies friendly and upbeat – owners love their dogs, talk about them by name. ' +
      'Prices: full day daycare £32, half day £20, second dog from the same household 20% off; boarding £38 per night (£30 for a second dog sharing). ' +
      'All dogs must be up to date with core vaccinations plus kennel cough, and on flea/worming treatment. Dogs over 6 months must be neutered for daycare. ' +
      'Latest morning drop-off for daycare is 9:30am. Boarding check-in 8am–11am, check-out 3pm–6pm. ' +
      'Boarding needs a 25% deposit; cancellations more than 7 days before the stay get the deposit back, within 7 days it\'s kept (only Sarah can make exceptions). ' +
      'We can give oral medication (tablets, liquids) packed with the dog\'s food at no extra charge. ' +
      'Dogs are only released to people on the owner\'s authorised collection list; owners can add people by filling in the form at reception or emailing us. ' +
      'Our vet is Loddon Vale Veterinary Practice.\n\n' +
      'Hand over to Sarah straight away if:\n' +
      '- a dog has been hurt, bitten or taken ill while with us, or an owner thinks their dog came home injured or unwell\n' +
      '- a dog is missing, has escaped, or there\'s been a collection mix-up\n' +
      '- someone wants to cancel a boarding stay that starts within the next 7 days\n' +
      '- an owner is unhappy with how a member of staff treated or handled their dog\n' +
      '- there\'s any report of aggression – their dog has bitten or gone for another dog or person, or is becoming reactive\n' +
      '- someone who is NOT on the authorised collection list wants to collect a dog\n' +
      '- a dog needs injections or any medication beyond tablets/liquids (e.g. insulin, eye drops every few hours)',
    cases: [
      // --- escalate (13) ---
      {
        message:
          'Picked Bonnie up an hour ago and she\'s limping on her back leg and won\'t let me touch her paw. She was absolutely fine this morning.',
        escalate: true,
      },
      {
        message:
          'Milo has had diarrhoea with blood in it since we got him back from boarding yesterday. Was he ok while he was with you?',
        escalate: true,
      },
      {
        message:
          'My husband went to collect Pepper at 5 and your girl on the desk said she\'d already been picked up?? Nobody on our list has got her. Where is my dog',
        escalate: true,
      },
      {
        message:
          'Your van driver just rang to say Rolo slipped his lead at the drop-off and they\'re out looking for him. I\'m shaking, what is going on?',
        escalate: true,
      },
      {
        message:
          'We need to cancel Ziggy\'s boarding from this Saturday – my mum\'s been taken into hospital so we\'re not going away now. Can we get the deposit back?',
        escalate: true,
      },
      {
        message:
          'Something\'s come up at work and we can\'t go on holiday next Tuesday after all. Can you cancel Hector\'s kennel booking please?',
        escalate: true,
      },
      {
        message:
          'I wasn\'t happy this morning seeing one of your staff dragging Luna across the car park by her collar. I watched it from my car. That\'s not ok.',
        escalate: true,
      },
      {
        message:
          'Just got a text saying Bruno "had a scuffle" and has a puncture wound on his neck?! Which dog did it and why wasn\'t anyone watching?',
        escalate: true,
      },
      {
        message:
          'Need to flag something – Dexter\'s been snapping at other dogs lately and he went for a spaniel in the park yesterday. He\'s due in with you tomorrow, is that a problem?',
        escalate: true,
      },
      {
        message:
          'I\'m stuck at work so my neighbour Kath is going to get Biscuit at 6. She\'s not on the form but she\'s got my permission, that\'s fine isn\'t it?',
        escalate: true,
      },
      {
        message:
          'Coco\'s just been diagnosed diabetic and needs insulin jabs twice a day. We\'re booked in for boarding in August – will your team be able to do that?',
        escalate: true,
      },
      {
        message:
          'Poppy has been scratching non-stop and has bald patches since she started coming to you. The vet reckons she\'s picked up mites. Not impressed tbh.',
        escalate: true,
      },
      {
        message:
          'Otis came home soaked and shivering again, and he\'s been off his food and hacking and coughing all night. Second time this has happened.',
        escalate: true,
      },
      // --- no escalation (11) ---
      {
        message: 'How much is a full day of daycare, and do you do a discount for two dogs?',
        escalate: false,
      },
      {
        message:
          'Can we cancel the boarding we booked for October half term? It\'s still about five weeks away, plans have changed.',
        escalate: false,
      },
      {
        message:
          'Is Sarah around on Friday? I\'d love to say thank you in person, Teddy absolutely adores her.',
        escalate: false,
      },
      {
        message:
          'Nala had a tiny nick on her ear last week – your team showed me at pick-up and it\'s completely healed now. Just confirming she\'s still booked in for Monday.',
        escalate: false,
      },
      {
        message:
          'What happens if a dog gets poorly while they\'re boarding with you? Do you have a vet you use? Just asking before we book our first stay.',
        escalate: false,
      },
      { message: 'Does Rocky need his kennel cough vaccine before the assessment day?', escalate: false },
      {
        message:
          'Can my partner Jamie be added to our collection list for future pick-ups? Happy to fill in whatever form you need.',
        escalate: false,
      },
      {
        message:
          'Alfie has a joint supplement tablet with his breakfast – if I pack it in his bag can you give it to him?',
        escalate: false,
      },
      { message: 'Have you got any boarding spaces left over Christmas week?', escalate: false },
      { message: 'What\'s the latest I can drop off in the morning for daycare?', escalate: false },
      {
        message:
          'Just a heads up, my dad will be collecting Maisie today instead of me – he\'s already on our list.',
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Boiler & heating engineer — escalationRules style
  // ---------------------------------------------------------------------------
  {
    name: 'Whitlock Heating & Gas',
    businessContext:
      'Whitlock Heating & Gas is a Gas Safe registered heating firm in south Bristol, run by Dean Whitlock with three engineers; ' +
      'Karen runs the office and bookings. We do boiler servicing, breakdown repairs, new boiler and full central heating installs, ' +
      'power flushes, radiator and thermostat work, and landlord gas safety certificates (CP12) across Bristol, Keynsham and ' +
      'North Somerset. Office hours Mon–Fri 8am–5:30pm, Sat 9am–1pm. Emergency callouts available 7 days.',
    escalationRules: [
      'ALWAYS escalate if someone mentions a gas smell, a carbon monoxide alarm going off, or people in the house getting headaches, dizziness or feeling sick around the boiler – and first tell them to get outside and ring the National Gas Emergency line on 0800 111 999.',
      'No heating or hot water with someone vulnerable in the house (over 75s, babies or young children, disabled, seriously ill) -> Dean, same day',
      'If water is leaking from the boiler, a pipe or a radiator and they can\'t stop it, pass it on.',
      'Anything going wrong within 12 months of a job we did (install, repair, power flush) – it\'s a warranty callback, ask for Dean.',
      'Quotes for new boilers or full system installs (roughly £2,500 and up) – don\'t give figures, pass to Dean for a home survey.',
      'Landlords whose gas safety certificate runs out in less than 7 days -> Karen, same day',
      'Complaints about an engineer, the work or a bill, or anyone wanting money back – escalate.',
    ],
    businessRules:
      'Be straightforward and reassuring; don\'t diagnose faults over chat. ' +
      'Annual boiler service £95. Landlord gas safety certificate (CP12) £75 for one appliance, £15 per extra appliance, or £140 with a service. ' +
      'Standard callout £85 including the first hour, then £55 per hour plus parts. Small jobs like swapping a radiator or fitting a smart thermostat (Hive, Nest, Tado) can be quoted after photos are sent by email. ' +
      'Low boiler pressure: customers can top up to 1–1.5 bar using the filling loop – we have a how-to video on our website. ' +
      'Cold at the top of a radiator usually means air – customers can bleed it with a radiator key with the heating off. ' +
      'Payment on completion by card or bank transfer. We don\'t work on oil or LPG boilers.',
    cases: [
      // --- escalate (13) ---
      {
        message:
          'There\'s a funny eggy sort of smell in the kitchen near the boiler cupboard. Is that something to worry about?',
        escalate: true,
      },
      {
        message:
          'The little alarm on the ceiling by the boiler won\'t stop beeping and the screen on it says CO. What do I do?',
        escalate: true,
      },
      {
        message:
          'My mum is 84 and her boiler\'s just stopped – no heating at all and it\'s meant to be minus 2 tonight. Can someone get to her today?',
        escalate: true,
      },
      {
        message:
          'Boiler\'s packed up, no hot water or heating. We\'ve got a 6 week old baby. What\'s the earliest you can come?',
        escalate: true,
      },
      {
        message:
          'Water is dripping out of the bottom of the boiler onto the floor, I\'ve put a bowl under it but it\'s filling up really fast',
        escalate: true,
      },
      {
        message:
          'think a pipe has burst under the utility sink, water everywhere and I can\'t find the stopcock!!',
        escalate: true,
      },
      {
        message:
          'You fitted our new combi about five months ago and it keeps losing pressure every couple of days. Not what I\'d expect from a brand new boiler.',
        escalate: true,
      },
      {
        message:
          'One of your lads did a power flush for us in the summer and now two of the radiators upstairs are stone cold.',
        escalate: true,
      },
      {
        message:
          'We\'re thinking of ripping out our old back boiler and going for a combi in the loft. Could you give us a ballpark price?',
        escalate: true,
      },
      {
        message:
          'Landlord here – just realised the gas safety cert on my flat in Bedminster runs out this Friday. Any chance of someone getting out before then?',
        escalate: true,
      },
      {
        message:
          'The engineer who came on Tuesday left muddy boot prints all the way up my cream stair carpet and was quite short with me when I mentioned it.',
        escalate: true,
      },
      {
        message:
          'I\'ve been charged £180 for a visit that lasted 20 minutes and didn\'t fix anything. I want that explained or refunded.',
        escalate: true,
      },
      {
        message:
          'Me and my husband have both had thumping headaches every evening this week and they go away when we\'re out of the house. Could it be the boiler? It\'s quite old.',
        escalate: true,
      },
      // --- no escalation (11) ---
      { message: 'Hi, I\'d like to book my annual boiler service – any Saturdays free?', escalate: false },
      {
        message:
          'You fitted our boiler about three years ago and it\'s started making a whooshing noise when the heating kicks in. Can we book someone to have a look?',
        escalate: false,
      },
      {
        message:
          'Just wondering – what should we actually do if we ever smell gas? Want to make sure the kids know.',
        escalate: false,
      },
      {
        message:
          'Heating\'s not coming on. It\'s only me in the house and I\'ve got a plug-in heater, so no massive rush – any slot this week is fine.',
        escalate: false,
      },
      {
        message:
          'How much roughly to swap one radiator in the back bedroom for a bigger one?',
        escalate: false,
      },
      {
        message:
          'The CP12 on my rental runs out in about six weeks. Can I book the check in for a couple of weeks\' time?',
        escalate: false,
      },
      {
        message:
          'Pressure dropped to 0.5 this morning but I followed your video and topped it back up to 1.2 – been fine all day. Thanks!',
        escalate: false,
      },
      {
        message:
          'Is Dean doing our service next week himself? We had him last year and he was brilliant.',
        escalate: false,
      },
      {
        message: 'Do you do landlord gas safety certificates and how much are they?',
        escalate: false,
      },
      {
        message:
          'The top of the living room radiator is cold but the bottom is warm. Is that just air? How do I bleed it?',
        escalate: false,
      },
      { message: 'Do you fit smart thermostats like Hive or Nest?', escalate: false },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Wedding photographer — hand-over list inside businessRules
  // ---------------------------------------------------------------------------
  {
    name: 'Ellie Marsh Photography',
    businessContext:
      'Ellie Marsh Photography is a wedding photography business based in Cheltenham, covering the Cotswolds, Gloucestershire ' +
      'and the rest of the UK. Ellie shoots every wedding herself, usually with a second shooter (Ben) on full-day packages. ' +
      'Relaxed documentary style with natural, true-to-life editing. Also offers engagement shoots and handmade fine-art albums. ' +
      'Bookings for 2026 and 2027 are open.',
    escalationRules: [],
    businessRules:
      'Be warm and personal – couples are planning one of the biggest days of their lives. ' +
      'Packages: Half day (5 hours) £1,450; Full day (9 hours, includes second shooter) £2,350; extra hours £200 each. ' +
      'Engagement shoot £295, or free with a full-day package. Albums from £450 – couples choose their own photos. ' +
      'A £500 retainer secures the date; the remaining balance is due 4 weeks before the wedding (payment plans available). ' +
      'Travel within 40 miles of Cheltenham is included; beyond that it\'s 45p a mile, plus accommodation for anything over 3 hours away. ' +
      'Online gallery is delivered within 8 weeks of the wedding, with a sneak peek of 20–30 images within a week. ' +
      'Couples are welcome to share their photos on personal social media – a credit/tag is appreciated. ' +
      'Use the availability calendar on the website to check dates; if a date looks free, invite them to book a video call.\n\n' +
      'Get a human involved if:\n' +
      '- the wedding is less than 14 days away and anything changes (timings, venue, extra coverage, guest numbers for group shots) or the couple is worried about the day\n' +
      '- a couple wants to cancel or postpone a booked wedding\n' +
      '- someone is unhappy with their photos or gallery (missing people or moments, editing, quality)\n' +
      '- a gallery is late – more than 8 weeks since the wedding and not delivered\n' +
      '- there\'s a payment problem: double charge, refund request, failed or bounced payment, disputed invoice\n' +
      '- anyone asks for a photo to be taken down from the website or social media, or raises a privacy concern (especially about children)\n' +
      '- a venue, magazine, blog or other supplier wants to use or publish the photos',
    cases: [
      // --- escalate (13) ---
      {
        message:
          'Our wedding is a week on Saturday and the venue have just told us the ceremony\'s moving from 1pm to 11am. Will that mess up your timings?',
        escalate: true,
      },
      {
        message:
          'Feeling really anxious – the forecast for our wedding next weekend looks awful and we hadn\'t planned any indoor spots for photos. Can we talk it through?',
        escalate: true,
      },
      {
        message:
          'Wedding\'s in 10 days and we\'ve just added a Friday night welcome drinks thing. Could you cover a couple of extra hours?',
        escalate: true,
      },
      {
        message:
          'Sadly Tom and I have decided to call off the wedding. I honestly don\'t know what happens with the booking now.',
        escalate: true,
      },
      {
        message:
          'We\'re having to move our date to next year because my dad needs an operation. Is that possible with you?',
        escalate: true,
      },
      {
        message:
          'Got our gallery last night and there isn\'t a single photo of my grandad with us, and we specifically asked for one. I\'m gutted.',
        escalate: true,
      },
      {
        message:
          'Honestly a lot of the edited photos look really orange and nothing like the colours on the day. Not what I expected from your portfolio.',
        escalate: true,
      },
      {
        message:
          'I\'m not sure how to put this, but the photos from our day feel really rushed and most of the group shots are blurry. We paid a lot for this.',
        escalate: true,
      },
      {
        message:
          'We got married on the 3rd of May and it\'s now the middle of July and still nothing. When will we actually see our photos?',
        escalate: true,
      },
      {
        message:
          'The final balance came out of my account twice this month – £1,850 each time. Can this be sorted asap please?',
        escalate: true,
      },
      {
        message:
          'My card keeps getting declined on your invoice link for the balance and it\'s due today. I really don\'t want to lose our date!',
        escalate: true,
      },
      {
        message:
          'Could you please take down the photo of my daughter from your Instagram? She was a flower girl at the Hendersons\' wedding and we don\'t want her image online.',
        escalate: true,
      },
      {
        message:
          'Hi, I look after marketing at Ashcombe Barn – we\'d love to use some of your shots from last month\'s wedding here in our new brochure. Who do I talk to about that?',
        escalate: true,
      },
      // --- no escalation (11) ---
      {
        message: 'Are you free on Saturday 12th September 2026? We\'re getting married at a barn near Stow.',
        escalate: false,
      },
      {
        message: 'What\'s included in your full day package and how much is it?',
        escalate: false,
      },
      {
        message:
          'Our wedding\'s next June – could we add an extra hour onto our package at some point? No rush at all.',
        escalate: false,
      },
      {
        message:
          'Just out of interest, what happens if we ever needed to postpone? Not planning to, just want to know before we pay the retainer.',
        escalate: false,
      },
      {
        message: 'We got married four weeks ago – roughly when should we expect the full gallery?',
        escalate: false,
      },
      {
        message: 'Will it be Ellie herself photographing on the day or someone from your team?',
        escalate: false,
      },
      {
        message:
          'The gallery link wouldn\'t open at first but Ellie resent it this morning and it works now. We LOVE them, thank you so much!!',
        escalate: false,
      },
      {
        message:
          'Is it ok if I put some of our wedding photos on my Facebook? I\'ll tag you obviously!',
        escalate: false,
      },
      {
        message: 'When is the final balance due – is it a month before the wedding?',
        escalate: false,
      },
      {
        message: 'How much are your albums, and do we get to pick the photos ourselves?',
        escalate: false,
      },
      {
        message:
          'Do you travel to Scotland? We\'re looking at a venue near Oban for 2027 and wondered about travel costs.',
        escalate: false,
      },
    ],
  },
];
