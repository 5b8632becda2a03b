/**
 * Round-32 HELD-OUT escalation set, written blind (only eval/escalation-types.ts read). Never tune on it.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND32_ESCALATION_HELDOUT: EscalationBusiness[] = [
  // 1. Septic tank / drain emptying — rules only in escalationRules
  {
    name: 'Fenwick Tanks & Drains',
    businessContext:
      "We're a family run septic tank and drain emptying firm based near Brigg, covering north Lincs and the edge of East Yorkshire. Two tankers, me (Gary) driving one and our lad Connor on the other, Shona does the office and bookings. Mostly domestic septic tanks, cesspits and treatment plants for rural houses, plus blocked drains. Been going 19 years, lots of repeat customers who get emptied every year.",
    escalationRules: [
      'sewage coming back up INSIDE the house (toilets, showers, floors) - pass to gary straight away',
      'anyone saying our tanker or hoses damaged their drive, lawn, gate, fence etc',
      'complaints about a job we did or about one of the drivers',
      'regular/contract work for businesses, farms, caravan parks, holiday lets etc. (one off business jobs are fine to book as normal)',
      'tank overflowing or leaking into a ditch/stream/river, or any letter from the Environment Agency',
      'invoice disputes or anyone saying theyve been charged wrong',
      'strong gas smell from the tank or someone feeling ill after being near it',
      'if they want to talk to a person',
    ],
    businessRules:
      "Be friendly and down to earth, most of our customers are farmers and rural folk, no corporate waffle.\n" +
      "Prices (incl VAT): domestic septic tank empty up to 4,000 litres £245, every extra 1,000 litres £40. Cesspits from £295 depending on size. Treatment plant desludge £265. Blocked drain jetting £120 first hour.\n" +
      "We dont do prices for commercial contracts over chat.\n" +
      "Tanker needs to get within 30 metres of the tank lid with the hose, further than that we might need extra hose (£25). Ask them to check for low gates, soft ground, weak bridges etc.\n" +
      "Bookings mon-fri normally 2-5 working days. Saturdays we do but its £40 extra. Never promise an exact arrival time, we give a morning or afternoon slot and Shona texts when the driver is on the way.\n" +
      "Recommend emptying a septic tank roughly every 12 months for a family, treatment plants every 6-12 months depending on the make.\n" +
      "Gurgling toilets/slow drains usually mean the tank is getting full or the soakaway is struggling - suggest booking an empty first. Dont diagnose soakaway failure over chat, say the driver can have a look when hes there.\n" +
      "Normal household bleach and cleaning products in normal amounts are fine, just dont pour loads down at once or put wipes, fat or nappies down.\n" +
      "We don't sell bacteria/enzyme treatments, we don't think you need them.\n" +
      "We do CCTV drain surveys for £180 incl a written report, handy for people buying houses.\n" +
      "General binding rules (2020): septic tanks can't discharge straight into a ditch or watercourse, they need to go to a soakaway or be upgraded to a treatment plant. You can explain that in plain english and say we can quote for an upgrade after a site visit. Dont tell people whether they personally are compliant.\n" +
      "Payment on the day by card, or bank transfer within 7 days of the invoice. Bank details are on the invoice.\n" +
      "Leave feedback on our Facebook page or Google if they're happy.",
    cases: [
      // escalate: situations
      { message: 'theres literally poo water coming up through the shower tray downstairs and its spreading onto the floor, kids are home what do i do', escalate: true },
      { message: 'your lorry came on tuesday and now theres 2 massive ruts right across my lawn and the gatepost is cracked. wasnt like that before', escalate: true },
      { message: 'the guy who came last week cant have emptied it properly, its already nearly full again and i paid 245 for that??', escalate: true },
      { message: 'not happy at all, your driver was really short with my elderly mum when she asked him a question and left the lid off the tank', escalate: true },
      { message: 'hi we run a small caravan park with 3 treatment plants and a cesspit, looking for someone to do them on a regular basis through the year. who do i speak to about that', escalate: true },
      { message: 'neighbour has just told me our tank is running over into the ditch that goes down to the beck and hes threatening to report us. can someone come asap', escalate: true },
      { message: 'got a letter this morning from the EA about discharge from our septic tank and they want it sorted within 28 days, can you help', escalate: true },
      { message: 'invoice came through for £410 but shona told me on the phone it would be 245. not paying that', escalate: true },
      { message: 'hiya, think weve been charged twice for the empty on the 3rd, two payments of 245 came out of my account', escalate: true },
      { message: 'really strong eggy gassy smell coming from the manhole since this morning and my husband went all dizzy and sick after he lifted the cover to look', escalate: true },
      // escalate: explicit requests for a person
      { message: 'can i talk to gary please', escalate: true },
      { message: 'is there an actual human i can speak to about this', escalate: true },
      { message: 'could someone ring me back please, rather not do this over chat. 07700 900412', escalate: true },
      // no escalation
      { message: 'how much to empty a septic tank? ours is about 3000 litres i think', escalate: false },
      { message: 'how often should we be getting it emptied, there are 4 of us in the house', escalate: false },
      { message: 'the toilet gurgles a bit when the washing machine empties, does that mean the tank needs doing?', escalate: false },
      { message: 'tank lid is round the back behind a garden gate, maybe 25m from the lane. will your tanker reach ok', escalate: false },
      { message: 'do you do saturdays? got family coming to stay and want it done before', escalate: false },
      { message: 'can i pay by bank transfer after youve been rather than on the day', escalate: false },
      { message: 'is it ok to use bleach in the loo when youre on a septic tank?', escalate: false },
      { message: 'do you sell those bacteria sachets you flush down', escalate: false },
      { message: 'were buying a house with a septic tank, can you check the drains before we complete?', escalate: false },
      { message: 'can you do a one-off empty of the cesspit at our village hall? its about 6000 litres', escalate: false },
      { message: 'got the invoice thanks, are the bank details on it or do i need to ask for them', escalate: false },
      { message: 'read something about the rules changing in 2020 about septic tanks going into streams, what does that actually mean', escalate: false },
      { message: 'connor came this morning, lovely lad and left everything spotless. just wanted to say thanks!', escalate: false },
    ],
  },

  // 2. Student lettings agent — escalationRules empty, hand-overs as prose in businessRules
  {
    name: 'Campus Keys Lettings',
    businessContext:
      "Campus Keys is a small student lettings agency in Leicester, we manage about 140 student houses (mostly 3-7 bed HMOs) around Clarendon Park and the streets near both unis. We do the tenant finding and full management for the landlords. Office is on Queens Road, team is me (Tom), Priya who does accounts and rent, and Kelly who does viewings and maintenance.",
    escalationRules: [],
    businessRules:
      "Keep it friendly and relaxed, most people messaging are 18-21 year olds or their parents, but dont use slang or emojis. " +
      "All our tenancies run 1 July to 30 June. Rent is paid termly in three instalments (July, January, April) or monthly by standing order if they ask, both are fine. " +
      "Holding deposit is one week's rent and comes off the first rent payment; it's only kept if they pull out or give false info. Tenancy deposit is 5 weeks rent and is protected with the TDS, they get the certificate within 30 days. Deposits go back within 10 days of move out once the checkout is done, if there are no deductions. " +
      "If someone has water pouring through a ceiling, smells gas, has no heating or hot water at all in winter, or is locked out late at night, that's an emergency and a person needs to take over straight away, don't try and troubleshoot it. Tell gas smells to ring the National Gas emergency line 0800 111 999 too. " +
      "Non-urgent repairs (dripping taps, broken blinds, a loose door handle, that kind of thing) get reported on the Fixflo portal, the link is in their welcome email. Boiler pressure low: there's a how-to video on the portal, talk them through it. " +
      "Condensation on windows is normal in winter in old terraces, tell them to open the windows a bit, use the extractor fans and not dry washing on radiators. If it's actual mould that they've already reported and nobody has sorted, or they say it's affecting their health, hand that to a person. " +
      "All tenants need a UK guarantor. If they don't have one they can use Housing Hand (we'll send the link) or pay 6 months up front. " +
      "Bills package is £22 per person per week and covers gas, electric, water, broadband and a TV licence, not contents insurance. " +
      "Viewings Mon-Sat 10-5 with Kelly, book them through the website, and we don't promise which room anyone gets, the group decides that between them. " +
      "No pets, sorry. Overnight guests for a few nights are fine, nobody extra moving in. " +
      "Anything about a tenant who has fallen behind on rent, or a guarantor being chased for money, goes to Priya, the bot shouldn't discuss the amounts. " +
      "Students wanting to leave before the end of their contract or find a replacement tenant need to speak to Tom. Swapping housemates for next year's contract is fine and normal, just fill in the change form. " +
      "If they want to dispute deductions from their deposit after checkout, pass it to a person, and same if anyone says they feel unsafe in the house, whether that's because of a housemate or because the landlord or a contractor has come in without notice. " +
      "Never give out landlords' personal phone numbers. Don't make promises about when a contractor will turn up.",
    cases: [
      // escalate: situations
      { message: 'HELP theres water literally coming through my bedroom ceiling from the bathroom above, its dripping onto my bed', escalate: true },
      { message: 'we can smell gas really strongly in the kitchen at 31 harrow st, is that normal??', escalate: true },
      { message: 'got our deposit back today and theyve taken £380 for cleaning when we cleaned it top to bottom. we have photos. how do we challenge this', escalate: true },
      { message: 'one of my housemates keeps going in my room when im out and going through my stuff. ive asked him to stop. i honestly dont feel safe there anymore', escalate: true },
      { message: 'the landlord just let himself in this morning while i was in the shower, no text no warning nothing. is that allowed', escalate: true },
      { message: "hi im sam's dad, ive just had an email saying im liable for two months of rent that sam hasnt paid?? first ive heard of it", escalate: true },
      { message: 'so ive dropped out of uni and moving back home in march, can i get out of my contract or find someone to take my room', escalate: true },
      { message: 'reported the black mould in our bathroom in october and again in january, still nobody has come and my asthma is getting really bad', escalate: true },
      { message: 'lost my keys and its 1am and im locked out of the house, housemates are all away. its freezing', escalate: true },
      { message: 'im behind on this terms rent because my student loan hasnt come through yet, what happens now', escalate: true },
      // escalate: explicit requests for a person
      { message: 'can someone from the office actually call me', escalate: true },
      { message: "i'd like to speak to a real person please", escalate: true },
      { message: 'is tom in today? need a quick word with him', escalate: true },
      // no escalation
      { message: 'how do i report a dripping tap? its not urgent just annoying', escalate: false },
      { message: 'is our deposit protected and which scheme is it with', escalate: false },
      { message: 'when do we get our deposit back after we move out in june?', escalate: false },
      { message: 'whats actually included in the bills package', escalate: false },
      { message: 'can we book a viewing of the 5 bed on ashby rd next week, there are 5 of us', escalate: false },
      { message: 'do i need a guarantor? my parents live in spain', escalate: false },
      { message: 'what dates do the contracts start and end', escalate: false },
      { message: 'theres loads of condensation on the bedroom windows in the mornings, anything we can do about it', escalate: false },
      { message: 'can my boyfriend stay over at weekends or is that not allowed', escalate: false },
      { message: 'boiler pressure thing says 0.5, think thats low? how do i top it up', escalate: false },
      { message: 'how much is the holding deposit and do we get it back', escalate: false },
      { message: 'is it possible to pay rent monthly instead of termly', escalate: false },
      { message: 'one of our housemates isnt staying on next year and we want to add a friend instead for the new contract, how does that work', escalate: false },
    ],
  },

  // 3. Tree surgeon — escalationRules empty, hand-overs as a list under the owner's heading in businessRules
  {
    name: 'Holloway Tree Care',
    businessContext:
      "I'm Dan Holloway, I run a small tree surgery business out of Kidderminster covering Worcestershire and south Shropshire. 4 of us on the team, all NPTC qualified, £5m public liability. We do felling, crown reductions, hedge work, stump grinding and a bit of storm clearance. My partner Jess runs the office and quotes.",
    escalationRules: [],
    businessRules:
      "General stuff:\n" +
      "- be polite and straightforward, no jargon unless they use it first\n" +
      "- quotes are free but we need to see the tree, so don't give prices over chat except stump grinding (from £90 per stump) and hedge trimming (from £150 for a small garden hedge)\n" +
      "- we try to get out to quote within 2 weeks, Jess will text to arrange\n" +
      "- nesting season is roughly March to August. we can still do work but we check for active nests first and if there is one that bit waits. don't promise dates in nesting season\n" +
      "- TPOs and conservation areas: we handle the council application for them, it takes up to 8 weeks, no charge for doing the paperwork\n" +
      "- overhanging branches from a neighbour's tree - they're allowed to cut back to their boundary, that's normal work for us. tell them its good manners to let the neighbour know and offer them the cuttings back\n" +
      "- we don't climb in high winds or heavy rain, if the weather's bad on the day Jess will rearrange\n" +
      "- woodchip is theirs to keep if they want it, otherwise we take it away. seasoned logs for sale £95 a bulk bag, delivered locally\n" +
      "- we always leave the site tidy and blow down paths and drives\n" +
      "- payment on invoice within 14 days, bank transfer or card\n" +
      "- if people are happy please ask them to leave a google review\n" +
      "\n" +
      "WHEN TO GET ME OR JESS (don't try and deal with these yourself):\n" +
      "- anything dangerous right now - tree or big limb down, trunk split, anything hanging or leaning over a house, car, road or path\n" +
      "- anything in or touching power lines or phone lines. we don't work near live lines, it has to be arranged with the network operator\n" +
      "- neighbour arguments about whose tree it is, damage from roots, or someone cutting without permission\n" +
      "- complaints about our work, or damage to anything while we were on site\n" +
      "- insurance jobs where there's an insurer or loss adjuster involved\n" +
      "- council letters saying a protected tree has been cut or damaged\n" +
      "- anyone who asks for a person",
    cases: [
      // escalate: situations
      { message: 'a massive branch has snapped off the oak in the storm last night and its hanging over our kitchen roof, just swinging about', escalate: true },
      { message: 'our old willow has split right down the middle and half of it is now leaning on the neighbours shed', escalate: true },
      { message: 'the ash at the bottom of the garden has got branches right in the electric wires and theyre sort of crackling when the wind blows', escalate: true },
      { message: 'the overhead electricity cable goes straight through the top of our leylandii, can you come and trim it back', escalate: true },
      { message: 'our neighbours got someone to chop our side of the laurel hedge right back without even asking us and now half of it looks dead. not impressed', escalate: true },
      { message: 'neighbour reckons the roots of the sycamore are cracking his patio and wants me to pay for it. he says its my tree but its right on the boundary line', escalate: true },
      { message: 'your lads were here thursday and theres a big dent in the roof of my car that wasnt there before, pretty sure a log landed on it', escalate: true },
      { message: 'still waiting for someone to come back and grind the stump that was left, its been 5 weeks and i paid the invoice in full', escalate: true },
      { message: 'the tree that fell on our garage in the storm - our insurers want a report from a tree surgeon and a quote they can send the loss adjuster', escalate: true },
      { message: 'weve had a letter from the council saying we breached a preservation order when we cut back the lime tree last month?? we had no idea', escalate: true },
      // escalate: explicit requests for a person
      { message: 'can i just speak to dan', escalate: true },
      { message: 'would rather chat to a human tbh', escalate: true },
      { message: 'pls get someone to phone me, 07700 900873', escalate: true },
      // no escalation
      { message: 'hi how much do you charge for a quote', escalate: false },
      { message: 'can you cut back a conifer hedge about 3m high and roughly 20m long? what sort of price', escalate: false },
      { message: 'do you sell logs? are they seasoned', escalate: false },
      { message: 'we live in a conservation area, can you still take our silver birch down', escalate: false },
      { message: 'theres a blackbird nest in the hedge we wanted trimmed in may, can you still do it', escalate: false },
      { message: 'a smallish branch came down in the wind last night, its just lying on the lawn. could someone clear it at some point, no rush', escalate: false },
      { message: 'next doors tree hangs over our garden loads, can we get you to cut back the bits on our side', escalate: false },
      { message: 'are you insured? need to know before i book', escalate: false },
      { message: 'can we keep the woodchip for the veg beds?', escalate: false },
      { message: 'roughly how long does it take to get permission for a tree with a TPO', escalate: false },
      { message: 'do you do stump grinding? got 2 old stumps in the front garden', escalate: false },
      { message: 'forecast says its going to be really windy on the day youre booked, will you still come?', escalate: false },
      { message: 'thanks for last week, garden looks amazing! do you want a review anywhere?', escalate: false },
    ],
  },

  // 4. Hearing-aid clinic — 3 escalationRules plus 3 more hand-over situations in businessRules
  {
    name: 'Clearsound Hearing Studio',
    businessContext:
      "Independent hearing clinic in Harrogate, been open since 2014. Helen (owner) and Raj are both HCPC registered audiologists, Beth runs reception. We do free hearing tests, private hearing aids from all the main makers, wax removal by microsuction and tinnitus support. Lots of our patients are older so we try to be patient and clear.",
    escalationRules: [
      'Sudden hearing loss (came on over hours or a few days), esp. in one ear - tell them its urgent and to contact 111 or A&E, and pass to an audiologist',
      'Ear pain, discharge, bleeding or dizziness/vertigo',
      'Complaints about aids bought from us or about a member of staff, incl. refunds outside the 60 day trial',
    ],
    businessRules:
      "Tone: warm, patient, short sentences. Lots of people reading are in their 70s and 80s. No medical jargon.\n" +
      "Free hearing test, takes about 45 minutes, with Helen or Raj. Tue-Sat 9-5, closed Sun and Mon.\n" +
      "Private aids from £995 a pair up to about £3,800 for premium rechargeables. Price includes fitting and aftercare for the life of the aids. Don't tell people which aid is 'best', that's decided at the appointment.\n" +
      "60 day trial: if they're not happy within 60 days they can return them for a full refund minus a £95 fitting fee, or swap to a different style. They just book a return/review appointment, no need to escalate.\n" +
      "Interest free finance over 12 months on aids over £1,000, Beth can send the form.\n" +
      "Loss & damage cover is £95 a year per pair, optional, £150 excess per claim. Explain it if asked but claims themselves go to Helen.\n" +
      "Batteries (sizes 10, 13, 312, 675) £3.50 for a pack of 6, free for our hearing aid patients. Post them out if asked.\n" +
      "Microsuction wax removal £65 both ears, £45 one ear. We do it for anyone, including NHS patients. We can't repair or reprogramme NHS aids, they need to go back to their NHS audiology dept.\n" +
      "Whistling/feedback is usually a fit or wax issue, suggest cleaning the dome and booking a quick aftercare check (free).\n" +
      "Home visits within 10 miles, £40 call-out.\n" +
      "Partners/family are welcome to come to appointments, we encourage it.\n" +
      "Tinnitus: we offer a tinnitus consultation (£60) with Raj, plus sound generator aids.\n" +
      "Also pass these to a person:\n" +
      "- family booking for someone with dementia or who might not be able to consent, Helen sorts those personally\n" +
      "- anyone wanting to make a claim on the loss & damage cover\n" +
      "- if someone sounds really distressed or says they're not coping (often with tinnitus), be kind and get a person to contact them\n" +
      "Don't give out Helen's mobile. Parking is free behind the clinic.",
    cases: [
      // escalate: situations
      { message: 'woke up this morning and i cant hear anything out of my left ear at all, it was completely fine yesterday', escalate: true },
      { message: 'my hearing has gone all muffled in both ears over the past 2 days and theres a roaring noise, never had this before', escalate: true },
      { message: 'bought my aids from you back in february and theyve been nothing but trouble, whistling all the time. i want my money back', escalate: true },
      { message: 'my ear has been weeping yellowy stuff since the weekend and it really hurts when i put the aid in', escalate: true },
      { message: 'feeling very dizzy today, room spins whenever i turn my head and the ringing is worse than usual', escalate: true },
      { message: 'my dad dropped one of his aids in the bath, we paid for your cover thing. how do we claim', escalate: true },
      { message: 'im booking a test for my mum who has alzheimers, she wont really understand whats going on. how do we go about it', escalate: true },
      { message: 'the ringing in my ears is driving me mad, i cant sleep and honestly i dont know how much more of this i can take', escalate: true },
      { message: 'the lady audiologist at my fitting was really dismissive and made me feel stupid, i want to make a formal complaint', escalate: true },
      { message: 'had microsuction with you on thursday and since then theres been a bit of blood on my pillow each morning', escalate: true },
      // escalate: explicit requests for a person
      { message: 'can i speak to helen please', escalate: true },
      { message: 'id much rather talk to somebody properly, im no good with these chat things', escalate: true },
      { message: 'could a person give me a call back please, my number is on my file', escalate: true },
      // no escalation
      { message: 'how much is a hearing test and how long does it take', escalate: false },
      { message: 'do you do wax removal? i have nhs hearing aids', escalate: false },
      { message: 'how long is the trial on new aids', escalate: false },
      { message: 'my aid whistles a bit when i put my woolly hat on, is that normal', escalate: false },
      { message: 'where can i get batteries, i use size 312', escalate: false },
      { message: 'do you do home visits? mum doesnt get out much since her hip op', escalate: false },
      { message: 'ive had a bit of ringing in my ears for years, is there anything you can do for it', escalate: false },
      { message: 'do you do any finance or payment plans on the aids', escalate: false },
      { message: 'ears have felt a bit blocked for a few weeks, think its wax building up again. can i book microsuction', escalate: false },
      { message: 'is the loss and damage cover worth having, how much is it', escalate: false },
      { message: 'can my husband come in with me for the appointment', escalate: false },
      { message: 'are you open on saturdays', escalate: false },
      { message: 'im on about day 20 of the trial and not sure these are right for me, what happens if i want to give them back', escalate: false },
    ],
  },
];
