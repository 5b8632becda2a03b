/** Round-28 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Greaves & Daughter Funeral Directors (escalate / no): 13 / 11
 * Dress Up Box Costume Hire (escalate / no): 13 / 11
 * Fairway Driving Range & Golf Shop (escalate / no): 13 / 11
 * Coral Cove Aquatics (escalate / no): 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND28_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Greaves & Daughter Funeral Directors",
    businessContext:
      "Greaves & Daughter is a family funeral director in Shrewsbury, on Frankwell just over the Welsh Bridge. My dad started it in 1968 and I (Margaret Greaves) run it now with my daughter Helen, who is our senior funeral director. Tom Price is our funeral arranger and also drives the hearse, and Anne Lloyd runs the office and does the orders of service and newspaper notices. We look after families all over Shrewsbury and west Shropshire - traditional funerals, burials, cremations at Emstrey, direct cremation, humanist and religious services, and pre-paid plans. We have our own chapel of rest on site. The phone is answered 24 hours for when someone has died, the office is open Mon-Fri 9-5 and Saturday mornings. A lot of families come back to us because we did a funeral for them before, so we try to be personal and never pushy.",
    businessRules:
      "Direct cremation £1,695 all in (no service, collection within 30 miles, ashes hand delivered back within 3 weeks). Traditional funeral from £3,250 plus third party fees (Emstrey crem is £1,050, church/celebrant fees vary). Includes hearse and 1 limousine, extra limo £295. Chapel of rest visits by appointment Mon-Fri 9-5, Sat 9-12. £500 deposit when you arrange, refundable minus anything already paid out on your behalf (e.g. newspaper notices). Balance due 28 days after the funeral. Orders of service £1.20 each. Headstones through Shropshire Memorials from £1,200, can go in about 6 months after a burial once the ground settles. Pre-paid plans through Golden Charter from £3,450, can be paid monthly. Families can bring their own music on USB for the crem.",
    escalationRules: [
      "ALWAYS escalate straight away if someone tells us a death has just happened and the person needs bringing into our care (home, nursing home, hospital). Don't make them fill anything in, get the on-call director.",
      "Complaints about how the deceased has been cared for, dressed or presented -> Helen, same day",
      "Memorials/headstones: cracked, wrong lettering, sinking, not fitted by the date we promised → Margaret",
      "If the coroner, police or a post-mortem is involved, pass it on. We never advise on these in writing.",
      "Money worries - anyone who says they can't pay, asks to spread the cost of a funeral, or disputes a bill by more than £250.",
      "If they ask to speak to the funeral director, Margaret, Helen or 'someone senior', hand over.",
      "Funeral that has to be moved or cancelled with less than 72 hours to go -> escalate (crem and church need rebooking)",
    ],
    cases: [
      // Rule: death has just happened, needs bringing into care
      {
        message:
          "My dad passed away about an hour ago at home in Bayston Hill. The GP has been and done what she needs to. We don't know what happens now, can you come and get him?",
        escalate: true,
      },
      {
        message:
          "hi this is Sarah, night nurse at Oakwood care home. Mrs Edith Bowen died peacefully at 3.40am, her son says the family want Greaves and Daughter. She's ready for collection whenever you can",
        escalate: true,
      },
      // Rule: complaint about care / presentation of the deceased -> Helen
      {
        message:
          "We went to see Mum in the chapel of rest this afternoon and honestly it didn't look like her. Her hair was done completely wrong, she never wore makeup like that in her life, and her wedding ring wasn't on even though we handed it to you in an envelope. My sister had to leave the room. I'm really upset about it.",
        escalate: true,
      },
      {
        message: "the clothes we brought in for grandad arent what he was wearing when we saw him today. who decided that??",
        escalate: true,
      },
      // Rule: memorial / headstone problem -> Margaret
      {
        message:
          "The stone for my husband at Longden Road cemetery went in last week and they've spelt his name Geoffery instead of Geoffrey. Forty one years married and I can't bear to look at it.",
        escalate: true,
      },
      // Rule: coroner / police / post-mortem
      {
        message:
          "The hospital has just told us the coroner has to be informed about my brother and there might be a post mortem. Does that mean we can't have the funeral next week? What are we supposed to do?",
        escalate: true,
      },
      {
        message:
          "Police came round this morning, they say they have to look into Dad's fall on the stairs before anything can happen. We'd pencilled in the funeral with you for the 12th, can that still go ahead?",
        escalate: true,
      },
      // Rule: money worries / bill dispute over £250
      {
        message:
          "I've just opened the final invoice and it's nearly £800 more than the estimate we were given when we sat down with Tom. Nobody said the second car or the celebrant would cost that much. I'm not paying this until someone explains it.",
        escalate: true,
      },
      {
        message:
          "I honestly don't know how I'm going to find the money for Mum's funeral. The DWP funeral payment still hasn't come through and your letter says the balance is due in 2 weeks. Is there any way of doing it bit by bit?",
        escalate: true,
      },
      // Rule: asks for funeral director / Helen / Margaret / someone senior
      {
        message:
          "Could I speak to Helen please? She looked after my grandmother's funeral in 2019 and we'd really like her to do Mum's as well.",
        escalate: true,
      },
      // Rule: funeral moved/cancelled with under 72 hours to go
      {
        message:
          "We've had awful news, half the family can't now fly in from Canada because of the storms. The funeral is this Thursday at 11 (it's Tuesday night now). We need to push it back a week if there's any way at all.",
        escalate: true,
      },
      // Rule: plain request for a human
      {
        message: "can I speak to someone please, I can't do this by typing",
        escalate: true,
      },
      {
        message: "Is there a person I could ring tonight? I'd rather talk it through with a human being.",
        escalate: true,
      },
      // Not: price of direct cremation
      {
        message: "How much is a direct cremation with you and do we get the ashes back afterwards?",
        escalate: false,
      },
      // Not: ordinary question (chapel of rest hours)
      {
        message: "What are the visiting times for the chapel of rest? A few of us would like to come and sit with Nan on Saturday morning.",
        escalate: false,
      },
      // Not: refund policy asked in advance
      {
        message:
          "If we pay the deposit this week and then the family decide on a simpler funeral somewhere else, do we get the deposit back?",
        escalate: false,
      },
      // Not: price of a headstone (service a rule names)
      {
        message: "Roughly how much is a headstone if we go through you, and how long after the burial can it go in?",
        escalate: false,
      },
      // Not: bill query under the £250 threshold
      {
        message:
          "There's a £36 line on the invoice for 'additional orders of service', is that the extra 30 we asked for on the morning? Just checking, happy to pay it.",
        escalate: false,
      },
      // Not: calm mention of a named staff member
      {
        message:
          "Helen was wonderful on Friday, please tell her thank you from all of us. Dad would have loved the way she read out his poem.",
        escalate: false,
      },
      // Not: will someone be in to sign for it
      {
        message:
          "The florist is dropping the wreath for Friday's funeral round to you on Thursday afternoon, will someone be in to sign for it?",
        escalate: false,
      },
      // Not: past problem already fixed and thanked for
      {
        message:
          "The proof of the order of service had Mum's maiden name wrong but Anne fixed it within the hour. Thank you so much, it's perfect now.",
        escalate: false,
      },
      // Not: change to the service well ahead (not moved/cancelled under 72h)
      {
        message:
          "Dad's funeral isn't until the 14th (just over 3 weeks). Could we change the second hymn from Abide With Me to The Lord's My Shepherd?",
        escalate: false,
      },
      // Not: ordinary question (pre-paid plans)
      {
        message: "Do you do pre-paid funeral plans? My husband and I want to sort ours out so the children don't have to.",
        escalate: false,
      },
      // Not: ordinary question (music)
      {
        message: "Can we bring our own music on a USB stick for the crematorium, or does it have to be from a list?",
        escalate: false,
      },
    ],
  },
  {
    name: "Dress Up Box Costume Hire",
    businessContext:
      "Dress Up Box is a fancy dress and theatrical costume hire shop on Gloucester Road in Bristol. I'm Jess Marlowe, I own it and I'm in most days. Priya Nair is our wardrobe lead, she does all the alterations, fittings and the big theatre and school orders. Kieran helps out on Saturdays and does local drop offs in the van. We've got over 3,000 costumes - Halloween, decades (20s, 70s, 80s), superheroes, historical, panto and full show sets - plus wigs, hats, masks and face paints to buy. Customers are mostly parties, hen and stag dos, school plays and am-dram groups around Bristol. You can book online or pop in, and fittings are by appointment. We're open Tuesday to Saturday 10-5.30, late till 7 on Thursdays.",
    businessRules:
      "Adult costume hire £30 for 3 days (a Fri-Mon weekend counts as 3 days), kids £15, premium/character costumes £45. Deposit £50 per costume on card, returned when the costume comes back complete and undamaged; we keep some or all for damage, stains that won't come out, or missing pieces. Late returns £10 a day. Cleaning is included, please don't wash costumes yourself. Wigs, make-up and face paints are to buy only and can't be returned for hygiene reasons. Cancel more than 7 days before your hire date for a full refund, inside 7 days we'll move the date or give credit. Group and show hire quoted per show, need at least 2 weeks notice. Alterations from £10. We post costumes UK-wide for £8.",
    escalationRules: [
      "Deposit kept / charged for damage and the customer is disputing it -> Jess",
      "Group, school or am-dram bookings of more than 15 costumes → Priya (she does the quotes and fitting schedule)",
      "ALWAYS escalate: anything that has to be sorted TODAY for an event (missing pieces, wrong size, broken zip, costume not ready at collection).",
      "If someone has had a reaction to make-up, face paint, a wig or a costume (rash, itching, swelling, sore eyes) hand it over straight away and don't give medical advice.",
      "Complaints: dirty costume, wrong costume packed, rude staff, threatening a bad review or trading standards",
      "if they ask for the manager or owner, or say they want a real person, pass it on",
    ],
    cases: [
      // Rule: disputing a kept deposit -> Jess
      {
        message:
          "I returned the Victorian gentleman suit on Monday and you've kept £40 of my deposit for a 'stain' on the waistcoat that was ALREADY there when I picked it up. I literally pointed it out to the lad on the counter at the time. Not happy at all.",
        escalate: true,
      },
      {
        message: "why have i only got £10 back?? the pirate hat was def in the bag when i dropped it off",
        escalate: true,
      },
      // Rule: group / school / am-dram booking over 15 costumes -> Priya
      {
        message:
          "Hello, I'm wardrobe for Clifton Amateur Operatic Society. We're doing Pirates of Penzance in March and need to dress around 28 - pirates, policemen, the Major-General and his daughters. Could we talk about hire and fittings?",
        escalate: true,
      },
      {
        message: "Year 6 leavers play, 22 kids need Wizard of Oz outfits for 18th July. can you do that many?",
        escalate: true,
      },
      // Rule: needs sorting today for an event
      {
        message:
          "Collected the Elsa dress this morning for my daughter's party at 2 and the zip has completely come apart!!! Party's in 3 hours, what can you do??",
        escalate: true,
      },
      {
        message:
          "I'm stood in your shop now to pick up the gorilla suit for my brothers stag TONIGHT and the girl is saying it's out on hire?? I booked it and paid 3 weeks ago",
        escalate: true,
      },
      // Rule: reaction to make-up / face paint / wig / costume
      {
        message:
          "My son used the dalmatian face paint kit we bought from you on Saturday and by Sunday his cheeks had gone red and blotchy and he won't stop scratching. It still hasn't gone down.",
        escalate: true,
      },
      {
        message:
          "Bit worried - my wife's eyes have been puffy and streaming since she wore the curly blonde wig from you last night. Is there something on the wigs?",
        escalate: true,
      },
      // Rule: complaints (dirty costume, rude staff, review threat)
      {
        message:
          "The witch costume we hired stank of smoke and there was someone else's foundation all round the collar. Pretty disgusting for £30 tbh",
        escalate: true,
      },
      {
        message:
          "Whoever was on the till Saturday afternoon was really rude to my mum, rolled her eyes and said 'we're not a charity' when she asked about the kids price. If I don't hear back I'm putting it on Google and every Bristol Facebook group I'm in.",
        escalate: true,
      },
      // Rule: asks for the manager / owner
      {
        message: "get me your manager please, I've been going back and forth about this refund for a week",
        escalate: true,
      },
      // Rule: plain request for a human
      {
        message: "can I speak to someone? it's about a costume for a wedding, easier to explain on the phone",
        escalate: true,
      },
      {
        message: "Is there a person I could ring instead of this chat?",
        escalate: true,
      },
      // Not: price question
      {
        message: "How much is it to hire an adult costume for the weekend? Friday to Monday",
        escalate: false,
      },
      // Not: refund policy asked in advance
      {
        message: "If I book now for Halloween and the party gets cancelled do I get my money back?",
        escalate: false,
      },
      // Not: deposit policy asked in advance (no dispute)
      {
        message:
          "What's the deposit and how do you decide if any of it gets kept? Asking before I hire something for my very clumsy husband 😂",
        escalate: false,
      },
      // Not: group booking under the 15 threshold
      {
        message:
          "Our book club is going as the Famous Five to a 1940s night on 20th September, so 5 costumes (well 4 and a dog). Have you got anything suitable?",
        escalate: false,
      },
      // Not: calm mention of a staff member
      {
        message:
          "Priya did a lovely job taking in my Gatsby dress last month. Do you do alterations on things that weren't hired from you?",
        escalate: false,
      },
      // Not: will someone be in to sign for it
      {
        message:
          "I'm posting the Batman costume back because I've moved to Cardiff, it's going Special Delivery. Will someone be in to sign for it on Saturday?",
        escalate: false,
      },
      // Not: past problem fixed and thanked for
      {
        message:
          "The wrong size wig came in my bag last week but Kieran dropped the right one round the next morning. All good, we had a brilliant night, thanks!",
        escalate: false,
      },
      // Not: allergy question asked in advance (no reaction)
      {
        message: "Are your face paints hypoallergenic? My daughter has quite sensitive skin and I want to check before her party.",
        escalate: false,
      },
      // Not: ordinary question (opening hours)
      {
        message: "Are you open late on Thursday? I can't get across town before 6",
        escalate: false,
      },
      // Not: event weeks away, not today
      {
        message: "Need a costume for a party on the 31st, that's 3 weeks away. What Halloween stuff have you got in adult medium?",
        escalate: false,
      },
      // Not: ordinary question (buying)
      {
        message: "Can I buy the Viking helmet outright rather than hire it?",
        escalate: false,
      },
    ],
  },
  {
    name: "Fairway Driving Range & Golf Shop",
    businessContext:
      "Fairway is a driving range and golf shop just off the A419 on the edge of Swindon. I'm Graham Ellis, the owner. We have 32 floodlit bays over two tiers, 12 of them with ball-tracking screens so you can play virtual courses, plus a short game area with a practice bunker and putting green. Our PGA pro Dan Whitcombe does lessons, club fitting and the junior academy on Saturday mornings. Lucy Ford manages the shop, which stocks clubs, bags, shoes, gloves, balls and rangefinders from the big brands, and does re-gripping in the workshop. There's a small cafe upstairs. We get beginners, club golfers, families and a lot of work groups and birthday parties. Open 8am-10pm weekdays and 8am-8pm at weekends.",
    businessRules:
      "Range balls: 50 for £5, 100 for £9, 150 for £12. Ball-tracking bays £14 an hour off-peak, £18 peak (weekday evenings and weekends), balls included. Lessons with Dan: 30 mins £35, 1 hour £60, 5 x 1 hour pack £260 (use within 6 months). Junior academy £8 a session, Saturdays 9-10. Club fitting £50, taken off the price if you buy clubs the same day. Re-grip £4.50 a club plus the grip, usually ready in 2 days. Returns: unused items in original packaging within 30 days with receipt for a refund or exchange; clubs that have been hit can't be returned unless faulty. We price match identical items from UK shops. Bays are covered but the top tier can get wet in sideways rain.",
    escalationRules: [
      "Anyone injured on site (hit by a ball, slipped, hurt themselves in the bays) - ALWAYS escalate to Graham straight away.",
      "Corporate days, stag dos, society or party bookings for more than 10 people → Lucy",
      "Faulty kit: snapped shaft, head come loose, cracked driver face, rangefinder not working -> Lucy for warranty",
      "Refund requests over £200 go to Graham.",
      "Complaints about lessons or coaching (missed lessons, lesson packs not honoured, attitude) should go to Graham, not Dan.",
      "if they ask for the manager or a real person, hand it over",
      "Car damaged in our car park by a ball -> escalate, do NOT admit liability",
    ],
    cases: [
      // Rule: injury on site -> Graham
      {
        message:
          "My lad got hit on the side of the head by a ball from the next bay tonight. He's ok but he's come up in a massive lump and none of your staff even came over to see if he was alright.",
        escalate: true,
      },
      {
        message: "Slipped on the wet steps up to the top tier about 7pm, twisted my knee badly. those steps need sorting before someone really hurts themselves",
        escalate: true,
      },
      // Rule: group booking over 10 -> Lucy
      {
        message:
          "Looking to bring our sales team down for an end of quarter thing, about 24 of us, a Friday afternoon in June, with food if poss. Who do I talk to?",
        escalate: true,
      },
      {
        message:
          "Our golf society are after a practice day before the club champs, 16 players, an hour on the range and then some short game coaching. Is that something you do?",
        escalate: true,
      },
      // Rule: faulty kit under warranty -> Lucy
      {
        message:
          "Bought a Ping driver from you in April and the face has cracked right across the middle. Barely used it, maybe 10 rounds.",
        escalate: true,
      },
      {
        message: "the head flew off my 7 iron on your range this morning, nearly took out the bloke two bays down",
        escalate: true,
      },
      // Rule: refund request over £200 -> Graham
      {
        message:
          "I'd like to return the Callaway irons I bought last Saturday (£649). My wife has made it very clear they're going back. They've only been hit twice on the range, honestly they look brand new.",
        escalate: true,
      },
      // Rule: lesson / coaching complaints -> Graham
      {
        message:
          "Had my third lesson with Dan today and he spent half of it on his phone. For £60 an hour I expect a bit better to be honest.",
        escalate: true,
      },
      {
        message:
          "I paid for the 5 lesson pack in January and I've managed to book ONE. Every time I ask there's no slots. Starting to feel like I've been had.",
        escalate: true,
      },
      // Rule: asks for the manager / a real person
      {
        message: "I'd like to speak to the manager please, not a chatbot",
        escalate: true,
      },
      // Rule: car damaged in the car park
      {
        message:
          "Just walked back to my car in your car park and there's a dent in the bonnet and a range ball sitting by the windscreen wiper. Silver Golf (ironic I know). What happens now?",
        escalate: true,
      },
      // Rule: plain request for a human
      {
        message: "Is there a person I could ring rather than doing this on here?",
        escalate: true,
      },
      {
        message: "can I speak to someone please",
        escalate: true,
      },
      // Not: price question
      {
        message: "How much is a bucket of 100 balls?",
        escalate: false,
      },
      // Not: refund policy asked in advance
      {
        message: "If I buy a driver and don't get on with it, can I bring it back?",
        escalate: false,
      },
      // Not: refund under the £200 threshold
      {
        message:
          "I'd like to return the glove I bought yesterday, wrong size, still in the packet with the receipt. It was £18. Can I swap it or get my money back?",
        escalate: false,
      },
      // Not: party booking under the 10-person threshold
      {
        message: "Booking for my son's 12th birthday, 6 of them, 2 bays for an hour on Saturday afternoon. Is that ok?",
        escalate: false,
      },
      // Not: price of lessons (service a rule names)
      {
        message: "How much are lessons with your pro, and what does the 5 lesson pack work out at?",
        escalate: false,
      },
      // Not: calm mention of a staff member
      {
        message: "Dan's tip about my grip last week has fixed my slice!! Cheers. Does he do playing lessons out on a course as well?",
        escalate: false,
      },
      // Not: will someone be in to sign for it
      {
        message: "I've had some grips delivered to the shop for you to fit - will someone be in to sign for them Monday morning?",
        escalate: false,
      },
      // Not: past problem fixed and thanked for
      {
        message:
          "The card machine wouldn't take my payment on Tuesday but Lucy sorted it and let me pay by bank transfer. All good, thanks Lucy!",
        escalate: false,
      },
      // Not: ordinary question (weather)
      {
        message: "Are the bays covered? Forecast says rain on Sunday.",
        escalate: false,
      },
      // Not: ordinary question (re-gripping)
      {
        message: "Do you re-grip clubs? How long does it take for a full set?",
        escalate: false,
      },
      // Not: car park worry, nothing damaged
      {
        message: "Is the car park safe from stray balls? Just picked up a new car and I'm a bit paranoid lol",
        escalate: false,
      },
    ],
  },
  {
    name: "Coral Cove Aquatics",
    businessContext:
      "Coral Cove Aquatics is an independent fish shop on Sprowston Road in Norwich. I'm Ravi Shah, the owner. We sell tropical, coldwater and marine fish, corals, plants, tanks, filters and all the food and bits, and we do free water testing over the counter. Becky Hale is our marine specialist and looks after the coral system and reef customers. Owen Clarke runs our maintenance service in the van - he looks after tanks in homes, offices, dentists and a few restaurants around Norwich on weekly, fortnightly or monthly visits. We also set up new tanks and do holiday feeding visits. Everything we sell is captive-bred or from suppliers we trust, and we'd rather tell someone their tank isn't ready than sell them fish that won't survive. Open Mon-Sat 9.30-6, Sunday 10-4.",
    businessRules:
      "Free water testing, bring 50ml in a clean bottle. Maintenance visits: £45 for tanks up to 200 litres, £65 over 200 litres, regular contracts from £40 a visit. Holiday feeding £20 a visit. New tank set-up from £80. We guarantee fish for 7 days if you bring a water sample showing your water is OK; no guarantee on corals or inverts. Livestock can't be returned. Dry goods can be returned unused within 14 days with a receipt. Tank delivery within 15 miles of Norwich £20, free over £400. We won't sell fish for a tank that hasn't been cycled for at least 2 weeks. Reschedule maintenance visits with 24 hours notice.",
    escalationRules: [
      "Leaking / cracked / flooding tank (customer's home or one of our maintenance clients) → Owen, treat as an emergency",
      "More than 3 fish dead within 48 hours, or ANY death in a tank we maintain -> Ravi",
      "Protected species, CITES paperwork, or anyone trying to sell us wild-caught fish or corals (e.g. zebra plecos, clams, seahorses): hand to Ravi.",
      "Maintenance complaints, e.g. missed visit, tank worse after a service, equipment left switched off - to Ravi.",
      "ALWAYS escalate: electrical problems with tank kit (tripping the electrics, shocks, burning smell, melted plugs).",
      "If they ask for Ravi, the owner or a manager, pass it on.",
    ],
    cases: [
      // Rule: leaking / cracked tank -> Owen
      {
        message: "HELP the tank in our living room is leaking from the bottom seam, there's water all over the laminate, what do I do??",
        escalate: true,
      },
      {
        message:
          "Hi, it's Marco from Trattoria Rosa on Elm Hill. The big tank in the restaurant has a crack down the side glass and it's weeping onto the floor. We open at 6.",
        escalate: true,
      },
      // Rule: more than 3 deaths in 48h, or any death in a maintained tank -> Ravi
      {
        message:
          "Woke up to 5 of my neon tetras dead and two more gasping at the top. Only got them from you on Saturday. The water looked fine yesterday.",
        escalate: true,
      },
      {
        message:
          "one of the clownfish in our office reception tank was dead this morning. You do the maintenance on it, Owen comes every other Wednesday.",
        escalate: true,
      },
      // Rule: protected / wild-caught species -> Ravi
      {
        message:
          "I've got a pair of wild caught zebra plecs a mate brought back from Brazil last year. Would you take them off me, or do you know someone who would?",
        escalate: true,
      },
      // Rule: maintenance complaints -> Ravi
      {
        message: "Owen was meant to come Tuesday and never turned up, no call no text. That's the second time this month.",
        escalate: true,
      },
      {
        message:
          "Since your guy did the service on Friday the water has gone cloudy and the filter is making a grinding noise. It was perfectly fine before he came.",
        escalate: true,
      },
      // Rule: electrical problems with tank kit
      {
        message: "Every time the heater kicks in the trip switch for the kitchen goes. Is it the heater you sold me??",
        escalate: true,
      },
      {
        message: "Smell of burning plastic coming from the return pump in the sump, Ive unplugged it. Its only about 3 months old.",
        escalate: true,
      },
      // Rule: asks for Ravi / owner / manager
      {
        message: "I need to speak to Ravi please, it's about the Juwel tank I ordered.",
        escalate: true,
      },
      {
        message: "This is the third time I've been told something different about my order. Get me your manager.",
        escalate: true,
      },
      // Rule: plain request for a human
      {
        message: "can i talk to an actual person please",
        escalate: true,
      },
      {
        message: "Is there someone I can phone about setting up a reef tank? I'd rather talk it through than type it all out.",
        escalate: true,
      },
      // Not: price of maintenance (service a rule names)
      {
        message: "How much is your maintenance service for a 250 litre tank? Monthly would probably do us.",
        escalate: false,
      },
      // Not: ordinary question (water testing)
      {
        message: "Do you test water for free? My strips are showing a bit of ammonia.",
        escalate: false,
      },
      // Not: fish deaths under the threshold, not a maintained tank
      {
        message: "Lost one guppy this week out of the 12 I bought, the rest seem fine and are eating. Is that normal with new fish?",
        escalate: false,
      },
      // Not: refund / guarantee policy asked in advance
      {
        message: "If a fish dies in the first week can I get a refund or a replacement?",
        escalate: false,
      },
      // Not: calm mention of a staff member + ordinary reschedule
      {
        message:
          "Owen's visit this morning was great, the tank looks the best it's ever looked. Could we move next month's visit to the Thursday instead?",
        escalate: false,
      },
      // Not: will someone be in to sign for it
      {
        message: "I'm sending back an unopened filter by courier (within the 14 days). Will someone be in to sign for it on Friday?",
        escalate: false,
      },
      // Not: past problem fixed and thanked for
      {
        message:
          "The heater you sold me stopped working last month but Becky swapped it straight away. All running nicely now, thanks again.",
        escalate: false,
      },
      // Not: heater question, no electrical fault
      {
        message: "What's the best heater for a 120 litre tank? What wattage do I need?",
        escalate: false,
      },
      // Not: captive-bred question (near-miss on wild-caught rule)
      {
        message: "Do you sell captive-bred clownfish? I want to avoid wild caught if I can.",
        escalate: false,
      },
      // Not: ordinary question (tank size)
      {
        message: "What size tank would I need for 2 goldfish?",
        escalate: false,
      },
      // Not: ordinary question (opening hours)
      {
        message: "Are you open on Sunday? Want to pick up some frozen bloodworm.",
        escalate: false,
      },
    ],
  },
];
