import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-12a escalation DEV set, written blind (without reading the detector source, docs, tests or
 * any other eval file apart from the types and the round-11 held-out file, which was read for format
 * only). This is a development set: it MAY be used for tuning. Do not treat it as held-out.
 *
 * Businesses (all UK, fictional):
 *  - Hollybrook Cattery & Kennels (Shrewsbury) — cat and dog boarding.
 *  - Little Acorns Day Nursery (Reading) — children's day nursery, 3 months to 5 years.
 *  - Brightfield Solar (Exeter) — solar panel, home battery and EV charger installer.
 *  - Chatterbox Mobile (Bolton) — independent mobile network reseller shop.
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
export const ROUND12A_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Hollybrook Cattery & Kennels',
    businessContext:
      'A family-run boarding cattery and dog kennels on a smallholding outside Shrewsbury, with heated cat chalets, individual dog runs and a secure exercise paddock.',
    escalationRules: [
      'Always escalate if a pet has been hurt, gone off its food or become ill while staying with us',
      'refund requests over £60',
      'Escaped or missing animals, or dogs fighting/biting - pass to a person',
      'complaints about a pet coming home dirty, thin or with fleas',
      'Anyone other than the owner collecting (friend, neighbour, dog walker, family member etc)',
    ],
    businessRules:
      'All bookings need a £25 deposit and up-to-date vaccination cards (including kennel cough for dogs). If a customer tells us their pet has died or been put to sleep, pass them to a person.',
    cases: [
      { message: 'How much is it per night for two cats sharing a chalet?', escalate: false },
      {
        message:
          "Picked Bramble up yesterday and she's had the runs all night and won't touch her breakfast. She was completely fine when we dropped her off. What's been going on??",
        escalate: true,
      },
      { message: 'Can I talk to someone who actually works there please', escalate: true },
      {
        message:
          'We picked Coco up a day early, Sunday morning instead of Monday, so she only had 4 nights not 5. Could we have the £22 for the Sunday night back?',
        escalate: false,
      },
      { message: 'What happens if my cat gets poorly while she is with you? Do you use a local vet?', escalate: false },
      {
        message:
          "Got Max home this afternoon and there are two little puncture holes on his neck and a clump of fur missing. Nobody said a thing at handover. It looks to me like another dog has gone for him.",
        escalate: true,
      },
      {
        message:
          "We're stuck in Lanzarote, flight's been cancelled til Monday, so my sister Jo will have to get Rufus on Saturday instead of us. Can she just turn up with his lead?",
        escalate: true,
      },
      { message: "Do the dogs all mix in the paddock together? Mine isn't keen on big dogs so just wondering how it works.", escalate: false },
      {
        message:
          "Ozzy has been scratching non stop since he came back and I've just found tiny black specks all through his coat. He has never had anything like that in his life. Really dissapointed tbh",
        escalate: true,
      },
      { message: "Is there a human I can phone? this chat isn't getting me anywhere", escalate: true },
      {
        message:
          "Your email said Pickle had 'settled in lovely' but my neighbour drives past you every day and swears she saw a little ginger tom exactly like him on the lane outside last night. Is he definitely still in his chalet?? I'm panicking",
        escalate: true,
      },
      { message: 'Will someone be around on Sunday afternoon for collections, or is it mornings only?', escalate: false },
      {
        message:
          "I need to cancel Smudge's stay in August. We lost her last week, she was 17. Sorry, I'm not really sure what happens with the deposit.",
        escalate: true,
      },
      {
        message:
          'I paid £12 extra for the daily photo updates but only got pictures on 3 of the 7 days. Could I have that back please?',
        escalate: false,
      },
      {
        message:
          'Honestly shocked. Mabel came back after a fortnight and I can feel every single rib. Were you even giving her the food I packed?',
        escalate: true,
      },
      { message: 'Out of interest, if someone else ever had to pick my dogs up for me, what would they need to bring?', escalate: false },
      { message: 'manager pls', escalate: true },
      {
        message:
          "Our vet has just confirmed Bonnie has kennel cough. She came home from you hacking like she'd swallowed a bone, and she's had every jab going. Who is covering the vet bill?",
        escalate: true,
      },
      { message: "Do you do flea treatment before they go home, or should I do it before I drop him off?", escalate: false },
      {
        message:
          'We had to come home early because my dad was rushed into hospital, so we collected Luna six days before the end of her booking. That is £120 of boarding we paid for and never used and I would like it back please.',
        escalate: true,
      },
      { message: "What's your policy on refunds if we cancel a week before?", escalate: false },
      {
        message:
          "My dog walker Sam has a key to our house and will be getting both dogs from you on Tuesday as we're both at work til 7. Hope that's ok",
        escalate: true,
      },
      { message: 'Is there a vet nurse on site or is it just the kennel staff?', escalate: false },
      {
        message:
          "I'd much rather speak to one of the kennel team directly. Could someone call me back on 07700 900218?",
        escalate: true,
      },
    ],
  },
  {
    name: 'Little Acorns Day Nursery',
    businessContext:
      'An Ofsted-registered day nursery in Reading for children aged 3 months to 5 years, open 7:30am to 6pm weekdays, offering funded hours and a weekly Forest School session.',
    escalationRules: [
      'Always escalate if a child has been hurt, had an accident or bumped their head at nursery',
      'fee refunds over £100',
      'Safeguarding worries (unexplained bruises, something a child has said, concerns about a member of staff) - pass to a person',
      'complaints about a child being left unsupervised, not changed or not fed',
      'Allergic reactions or a child given the wrong food or medicine',
    ],
    businessRules:
      'Fees are invoiced monthly in advance and funded hours are deducted automatically. If a parent tells us about a change in who can collect because of a separation, court order or social services involvement, pass them to a person.',
    cases: [
      { message: 'Could I speak to the nursery manager please?', escalate: true },
      { message: "What's your policy if a child bumps their head? Do you ring parents straight away?", escalate: false },
      {
        message:
          "Picked Isla up tonight and she's got a massive egg on her forehead. Nobody said a word at pick up and there's nothing on the app. What happened??",
        escalate: true,
      },
      {
        message:
          'We were charged £8 for the Forest School trip but Olivia was off poorly that day. Can we have that refunded?',
        escalate: false,
      },
      { message: 'How do you manage allergies? My daughter starts in September and she is allergic to egg.', escalate: false },
      {
        message:
          'Freddie is meant to be dairy free and he came out with an empty yoghurt pot in his bag and blotchy red cheeks. It is on every single form we have filled in.',
        escalate: true,
      },
      {
        message:
          "This feels awkward to say but Ava told me at bath time that one of the ladies in the baby room 'squeezes her arm really hard' when she won't sit down. She's 3 so I don't know how much to read into it but I can't stop thinking about it.",
        escalate: true,
      },
      { message: 'Who will his key person be when he moves up to the toddler room?', escalate: false },
      {
        message:
          "Collected Noah at quarter to 6 and his nappy was absolutely soaked through, trousers too. The app says his last change was 11am. That's nearly 7 hours!!",
        escalate: true,
      },
      { message: 'Please can someone from the office give me a ring, easier than typing all this out', escalate: true },
      {
        message:
          "Just so you know, me and Ellie's dad have split up and there's a court order now - he isn't allowed to pick her up. What do you need from me?",
        escalate: true,
      },
      { message: 'Will there be somebody in the building from 7.30 or do the doors open a bit later?', escalate: false },
      {
        message:
          "My son's inhaler plan says two puffs but the note in his bag says he had four at lunch. Is that right? Bit worried",
        escalate: true,
      },
      {
        message:
          'You invoiced us for two late pick-up fees in May (£15 each) but I was only late the once. Could one of them be refunded?',
        escalate: false,
      },
      { message: 'How much is a full day for a 2 year old, and how do the funded hours come off?', escalate: false },
      {
        message:
          "Maya came home starving and told me she didn't have any lunch. The daily sheet is blank where lunch should be. She's 2, she can't just go without.",
        escalate: true,
      },
      { message: 'real person please', escalate: true },
      {
        message:
          'I got there early today and Theo was on his own out in the garden, no grown up anywhere near him. I was stood at the gate a good couple of minutes before anyone came out.',
        escalate: true,
      },
      { message: 'Are all your staff DBS checked?', escalate: false },
      {
        message:
          "We gave our notice in March and you've still taken the full April fees, £1,140. She hasn't been in a single day in April. I need that money back asap",
        escalate: true,
      },
      { message: 'If my mum needs to collect Harry one day, do I have to let you know beforehand?', escalate: false },
      {
        message:
          "There are little round bruises on Jack's upper arm, almost like fingertips. He doesn't bruise easily at all. Did anything happen today?",
        escalate: true,
      },
      { message: "Can staff give Calpol if she gets a temperature, or do you phone us to come and get her?", escalate: false },
      {
        message:
          "I'd like to go through this with Lily's key worker or someone senior, ideally face to face rather than on here.",
        escalate: true,
      },
    ],
  },
  {
    name: 'Brightfield Solar',
    businessContext:
      'An MCS-certified installer in Exeter fitting solar panels, home batteries and EV chargers for homes across Devon, with a 10-year workmanship warranty.',
    escalationRules: [
      'Always escalate if a customer mentions a burning smell, smoke, sparks or a battery getting hot',
      'refunds or deposit returns over £250',
      'Roof damage or leaks after an install - pass to a person',
      'complaints about our installers (rude, no-show, left a mess)',
      'Export and grid problems (SEG payments not coming through, meter not registering export, DNO issues)',
    ],
    businessRules:
      'We take a 25% deposit with the balance due on completion, and generation estimates are not guaranteed. If a customer mentions someone in the home who relies on powered medical equipment, pass them to a person.',
    cases: [
      { message: 'How much for a 4kW system with a 5kWh battery on a 3 bed semi?', escalate: false },
      {
        message:
          "The battery unit in our garage has started making a high pitched whine and the casing is really warm, almost too hot to keep my hand on. Is that normal??",
        escalate: true,
      },
      { message: 'Can I talk to one of your engineers directly please', escalate: true },
      {
        message:
          "First proper rain since you fitted the panels and there's water dripping through the bedroom ceiling right underneath them. Brown patch is getting bigger by the hour.",
        escalate: true,
      },
      { message: 'Will someone need to be home on install day, or can you do it all from the scaffold?', escalate: false },
      {
        message:
          "You charged £45 for the bird mesh but the lads said they'd run out and didn't fit it. Can I have that £45 back?",
        escalate: false,
      },
      {
        message:
          "Theres a funny smell like melting plastic near the inverter up in the loft since yesterday. My husband reckons it's nothing but I'm not so sure",
        escalate: true,
      },
      { message: 'What happens if the panels ever cause a leak - is that covered under your warranty?', escalate: false },
      {
        message:
          "It's been 5 months and Octopus still haven't paid me a penny for what I'm sending back to the grid. They keep saying they're waiting on paperwork from you lot.",
        escalate: true,
      },
      { message: 'I want to speak to whoever is in charge.', escalate: true },
      {
        message:
          'Took a day off work for the install, nobody turned up and nobody rang. Second time now. Absolutely fuming.',
        escalate: true,
      },
      { message: "Is it normal for home batteries to get a bit warm while charging? Just curious before we buy one.", escalate: false },
      {
        message:
          "My mum lives with us and is on a home oxygen machine. When you do the switchover will the electric go off, and for how long? She can't be without it.",
        escalate: true,
      },
      {
        message:
          "We've decided not to go ahead, my husband's just been made redundant. We paid the £2,100 deposit in January and nothing's been booked yet, how do we get it back?",
        escalate: true,
      },
      { message: 'How does the Smart Export Guarantee work, do you sign us up or do we?', escalate: false },
      {
        message:
          'Neighbour pointed out three cracked tiles on our roof right next to the mounting rails. They were not cracked before - I have the photos from the survey visit.',
        escalate: true,
      },
      { message: "is there a phone number for an actual person? this bot is going round in circles", escalate: true },
      {
        message:
          'I paid £120 for the premium monitoring subscription and the app has not worked since March. Could I get that refunded?',
        escalate: false,
      },
      { message: "What's your deposit policy if we cancel inside the cooling-off period?", escalate: false },
      {
        message:
          'The fitters left offcuts, cable ties and a pile of broken slate all over my front garden and just drove off. My toddler nearly picked up a screw.',
        escalate: true,
      },
      { message: 'Do you have any offers for pensioners or people on lower incomes?', escalate: false },
      {
        message:
          "The export number on my smart meter is stuck on zero even on sunny days, but the app says we've generated loads. Where's it all going?",
        escalate: true,
      },
      { message: 'Do your installers take the packaging away, or do we need to sort a skip?', escalate: false },
      { message: 'Get someone to call me', escalate: true },
    ],
  },
  {
    name: 'Chatterbox Mobile',
    businessContext:
      'An independent high-street phone shop in Bolton selling SIM-only and handset contracts on the major UK networks as an authorised reseller, plus accessories and screen protector fitting.',
    escalationRules: [
      'Always escalate if a customer says their phone has been lost or stolen and the SIM needs blocking',
      'refunds over £50',
      'Disputes about contract terms, early termination fees or being mis-sold a plan - pass to a person',
      'complaints about unexpected charges on a bill (roaming, premium rate numbers, going over data)',
      'anyone saying an account was opened, upgraded or a SIM swapped without their permission',
    ],
    businessRules:
      'Contracts have a 14-day cooling-off period and PAC/STAC codes can be requested by texting 65075. If someone is contacting us on behalf of the account holder (for example an elderly relative), pass them to a person.',
    cases: [
      { message: 'Can I speak to someone in the shop please?', escalate: true },
      {
        message:
          'Someone snatched my phone right out of my hand on the bus this morning. Ive got my banking apps on it. Please stop the number working!!',
        escalate: true,
      },
      { message: 'What do I do if I ever lose my phone - is there a number to ring to block the SIM?', escalate: false },
      {
        message:
          'I paid £10 for a screen protector to be fitted and it was peeling off by the next morning. Can I just get the tenner back?',
        escalate: false,
      },
      {
        message:
          "The lad in your shop told me the unlimited plan covered Europe, that's literally why I signed up. Just got back from Spain to a £68 bill.",
        escalate: true,
      },
      { message: "What's the best deal you've got on an iPhone 15 right now?", escalate: false },
      {
        message:
          "My bill is £94 this month, it's normally £22. There are loads of lines for some short number I've never heard of. My son swears he didn't text it.",
        escalate: true,
      },
      { message: 'Need to talk to an actual person about my account', escalate: true },
      {
        message:
          "I'm moving to Canada for work next month and you want £420 to end my contract early. How is that fair for something I can't even use over there",
        escalate: true,
      },
      { message: 'How much would it cost to leave my contract early if I wanted to? Just weighing things up.', escalate: false },
      {
        message:
          'Got a letter confirming my "upgrade" to a new iPhone on a 36 month deal. I have not upgraded anything. Who has done this?',
        escalate: true,
      },
      { message: 'Does the £15 SIM-only plan include roaming in the EU?', escalate: false },
      {
        message:
          "I'm sorting out my nan's phone, she's 88 and gets in a muddle with it. The contract's in her name but she wants me to deal with everything from now on.",
        escalate: true,
      },
      { message: 'Will someone be in the shop on Sunday who can help me move my contacts across?', escalate: false },
      {
        message:
          'Left my phone in a taxi last night and its been switched off ever since. I need to stop anyone using my number',
        escalate: true,
      },
      {
        message:
          'I topped up £20 by mistake onto my old number that I never use any more. Can that be refunded?',
        escalate: false,
      },
      { message: 'manager', escalate: true },
      {
        message:
          "My phone suddenly went to no signal yesterday and then my bank rang saying someone had tried to get into my account. The network says a new SIM was issued at your branch. I've never been in!",
        escalate: true,
      },
      { message: 'How do I get my PAC code?', escalate: false },
      {
        message:
          'How have I been charged £37 extra for data when I was told I had a cap on?? Nobody mentioned this could happen',
        escalate: true,
      },
      { message: 'Can I add my daughter to my account as a second line?', escalate: false },
      {
        message:
          "Returned the Galaxy within the 14 days like you told me, box still sealed, and I still haven't had the £179 back. It's been three weeks now.",
        escalate: true,
      },
      { message: 'Can my husband pick up my new phone for me if I give him the order number?', escalate: false },
      { message: "Would someone be able to ring me back this afternoon? I'd rather explain it over the phone.", escalate: true },
    ],
  },
];
