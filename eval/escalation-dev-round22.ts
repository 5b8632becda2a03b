/**
 * Round-22 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * Businesses (escalate / no):
 *   - Saddleback Farm Riding Stables (riding school, Herefordshire) — 13 / 11
 *   - Kittiwake Cruises (seal and island boat trips, Seahouses) — 13 / 11
 *   - Silver Scissors Mobile Hairdressing (care-home hairdresser, Stockport) — 13 / 11
 *   - Glaze & Gather (paint-your-own pottery and wheel classes, Bristol) — 13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND22_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Saddleback Farm Riding Stables',
    businessContext:
      "We're a family-run riding school on a working farm just outside Leominster, with fourteen horses and ponies. I'm Harriet and I run the yard with two instructors, Jess and Tom. We teach complete beginners through to people getting back into riding, and we run pony club weeks in the school holidays.",
    businessRules:
      'Group lessons are £38 for an hour; private lessons are £55 for 45 minutes; a one-hour hack is £45. Riders must be at least 6 years old and under 15 stone. Hats are provided but riders need boots with a small heel. We need 48 hours\' notice to cancel for a full refund; with less notice we refund 50%. Lessons cancelled by us for weather are rebooked or refunded in full. Gift vouchers are available and valid for 12 months.',
    escalationRules: [
      'Any falls or injuries (rider or horse) — e.g. someone comes off, gets kicked or bitten, a horse goes lame',
      'refunds over £60',
      'group bookings of more than 8 riders',
      'If anyone mentions loaning or buying one of our horses pass it to me (Harriet)',
      'complaints',
    ],
    cases: [
      // escalate: true — rules in the customer's own words
      {
        message:
          "my daughter came off Bramble on saturday's hack and her wrist has gone all puffy, shes going for an xray this afternoon",
        escalate: true,
      },
      {
        message:
          "Not to make a fuss, but the grey pony nipped my son's arm while he was helping tack up and it's left quite a bruise.",
        escalate: true,
      },
      {
        message:
          "hi we prepaid for 4 private lessons but my husband's been posted abroad so we can't use them, thats two hundred and twenty pounds. can we get it back",
        escalate: true,
      },
      {
        message:
          "I've been charged twice for the August pony club week — £180 went out on the 2nd and again on the 3rd. Could the duplicate be sent back please?",
        escalate: true,
      },
      {
        message:
          "Looking to book a hack for a hen do, there'd be eleven of us and we've all ridden a bit before. Any Saturdays in May?",
        escalate: true,
      },
      {
        message:
          "We're a Brownies pack hoping for an intro session in half term — ten girls plus two leaders who'd like a go too.",
        escalate: true,
      },
      {
        message:
          'Is Duke ever available for part-loan? My daughter absolutely adores him and we would happily pay towards his keep.',
        escalate: true,
      },
      {
        message:
          "would you ever think about selling Pepper? we've ridden her for two years now and would give her a lovely home",
        escalate: true,
      },
      {
        message:
          'Honestly quite disappointed with today. The lesson started 20 minutes late, the instructor was on her phone half the time and nobody said sorry.',
        escalate: true,
      },
      {
        message:
          'The horse my wife was on last week was hobbling by the end of the hack and nobody seemed that bothered. Just thought you should know.',
        escalate: true,
      },
      // escalate: true — asking for a person
      {
        message: 'Can I speak to whoever actually runs the yard please, rather than the booking thing?',
        escalate: true,
      },
      {
        message: "is there a number i can ring? i'd rather talk it through with a person tbh",
        escalate: true,
      },
      {
        message: 'Could Harriet give me a quick call back when she has a minute? 07700 900318, thanks.',
        escalate: true,
      },
      // escalate: false — look-alikes
      {
        message: 'What happens if someone falls off during a lesson? Are riders covered by your insurance?',
        escalate: false,
      },
      {
        message: "What's your cancellation policy if we need to move a lesson at short notice?",
        escalate: false,
      },
      {
        message:
          'I missed last Tuesday\'s group lesson (£38) because the lanes were flooded — could that be refunded or moved to next week?',
        escalate: false,
      },
      {
        message: 'We are six friends wanting a beginners hack together on a Sunday, is that doable?',
        escalate: false,
      },
      {
        message:
          "My son had a tumble back in March but he's completely fine and desperate to get back on. Can we book him in for Saturday morning?",
        escalate: false,
      },
      {
        message:
          "Just wanted to say a massive thank you to Jess for being so patient with my nervous daughter, she hasn't stopped talking about it!",
        escalate: false,
      },
      {
        message: 'Does Harriet still take the Wednesday evening group or has someone else got that now?',
        escalate: false,
      },
      {
        message: 'how much is a private lesson and do i need my own hat',
        escalate: false,
      },
      {
        message: "Is there a weight limit for adults? I'm about 13 stone and haven't ridden since school.",
        escalate: false,
      },
      {
        message: 'Do you do vouchers? Want to treat my mum to a hack for her 60th.',
        escalate: false,
      },
      {
        message:
          'There was a bit of a mix-up with my booking last month but Tom sorted it straight away. Can I have the same slot again next Thursday?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Kittiwake Cruises',
    businessContext:
      "I'm Dougie and I run boat trips out of Seahouses harbour to the Farne Islands to see the seals, puffins and the lighthouse. We've got the Kittiwake, a 40-seat covered boat, and a 12-seat RIB for the faster wildlife trips. My crew are Mags and Callum and we've been going since 2009.",
    businessRules:
      'The 2-hour island trip is £28 for adults and £18 for children; the RIB trip is £45 per person. Children under 8 are not allowed on the RIB. Dogs are welcome on the Kittiwake but not on the RIB. Please be at the harbour kiosk 15 minutes before departure; pay-and-display parking is on the harbour road. If we cancel because of weather you get a full refund or a rebooking; customers need to give 24 hours\' notice to cancel for a full refund.',
    escalationRules: [
      'Anyone hurt or unwell on board or on the quay (slips, cuts, someone falling, seasickness that gets bad)',
      'private charters or groups of more than 15',
      "Don't let the bot promise a trip will sail — weather calls are mine to make",
      'lost or damaged belongings',
      'refunds over £100',
    ],
    cases: [
      // escalate: true — rules in the customer's own words
      {
        message:
          "my dad slipped on the steps getting off at the harbour yesterday and his knee's swollen up like a balloon",
        escalate: true,
      },
      {
        message:
          "Don't want to make a big deal of it but my little lad was sick the whole way round and he's still pale and shaky this morning. Is that normal?",
        escalate: true,
      },
      {
        message:
          "We're a ramblers' group, thirty-odd of us, hoping to do the islands trip one day in the second week of June.",
        escalate: true,
      },
      {
        message:
          "could we have the rib just to ourselves for my husband's 50th? theres only 9 of us but we'd like it private",
        escalate: true,
      },
      {
        message:
          "Can you guarantee Saturday's definitely going out? We're driving up from Leeds specially and I need to know it's 100% happening.",
        escalate: true,
      },
      {
        message:
          'forecast is saying 25 knot winds tmrw, are you sailing or not?? need to know yes or no before we check out of the b&b',
        escalate: true,
      },
      {
        message:
          'I think my sunglasses slipped out of my bag on the 2pm trip today — Ray-Bans in a brown case, sat near the back on the left.',
        escalate: true,
      },
      {
        message:
          "The spray got into my camera on the rib and now it won't turn on. The crew had told us the dry bag would keep it safe.",
        escalate: true,
      },
      {
        message:
          'booked the family of six on the rib, 270 quid, then couldnt come because my wife was taken into hospital the night before. can we have the money back',
        escalate: true,
      },
      {
        message:
          "You called off our trip last Wednesday and I still haven't seen the £136 back on my card. How long does it usually take?",
        escalate: true,
      },
      // escalate: true — asking for a person
      {
        message: "get me someone real please, this chat isn't understanding what I'm asking",
        escalate: true,
      },
      {
        message: "Who's the skipper in charge? I'd like a word with him directly if possible.",
        escalate: true,
      },
      {
        message: "Can someone ring me back on 07700 900412, it's easier to explain on the phone.",
        escalate: true,
      },
      // escalate: false — look-alikes
      {
        message: "What happens if the weather's bad on the day, do we lose our money?",
        escalate: false,
      },
      {
        message: 'What if one of us gets seasick — is there anything on board or should we bring tablets?',
        escalate: false,
      },
      {
        message: "How many can you fit on the big boat? There's 12 of us including the kids.",
        escalate: false,
      },
      {
        message:
          "Could I have my son's £18 back please? He's come down with a cold so won't make Friday — I'm letting you know 3 days ahead.",
        escalate: false,
      },
      {
        message:
          "Left my hat on the boat in August and Dougie posted it back, thanks again! We're booking for half term — is the 11am still running?",
        escalate: false,
      },
      {
        message:
          'Huge thanks to Mags on the RIB, she spotted the puffins for my daughter and absolutely made her holiday.',
        escalate: false,
      },
      {
        message: 'Does the skipper do a bit of commentary about the seals or is it just the trip out and back?',
        escalate: false,
      },
      {
        message: 'are dogs ok on the rib or only the big boat',
        escalate: false,
      },
      {
        message: 'how much for 2 adults 2 kids on the island trip?',
        escalate: false,
      },
      {
        message: 'Where is best to park and how early should we get to the harbour?',
        escalate: false,
      },
      {
        message: 'Is the RIB alright for a 6 year old? She loves going fast.',
        escalate: false,
      },
    ],
  },
  {
    name: 'Silver Scissors Mobile Hairdressing',
    businessContext:
      "I'm Bev, a mobile hairdresser, and I visit residential and nursing homes around Stockport and Hazel Grove with my colleague Leanne. Most of our clients are residents, and their families or the home's activity coordinators book and pay on their behalf. We bring everything with us and set up in the home's salon room or the resident's own room.",
    businessRules:
      "Wash and set is £18, cut and blow dry £22, perm £42, gents' cut £12. Each home has a set visiting day (Oakfield House on Tuesdays, Beechwood Lodge on Thursdays). Families are invoiced monthly and can pay by bank transfer or cheque. We need 24 hours' notice to cancel, otherwise there's a £10 charge. Any colour needs a patch test at least 48 hours before.",
    escalationRules: [
      'complaints',
      "Skin reactions, cuts or burns — anything where a resident's been hurt or gone red/sore after a treatment",
      'If anyone mentions consent, capacity or power of attorney pass it to me (Bev)',
      'Care home bookings for more than 10 residents in one day',
      "Don't let the bot handle invoice disputes or write-offs",
    ],
    cases: [
      // escalate: true — rules in the customer's own words
      {
        message:
          "Mum's scalp has gone really red and itchy since her perm on Thursday, the carers have noticed her scratching at it.",
        escalate: true,
      },
      {
        message:
          'not to make a fuss but dad came back from his haircut with a little nick behind his ear, it bled a bit onto his collar',
        escalate: true,
      },
      {
        message:
          "Hi it's Sandra at Beechwood Lodge, we've got fourteen ladies wanting doing before the Christmas party — could you fit them all in on the 19th?",
        escalate: true,
      },
      {
        message:
          "October's invoice says 6 visits but Mum only had 4. I'm not paying for appointments she never had.",
        escalate: true,
      },
      {
        message:
          'My aunt passed away last month and there is £66 still showing on her account. Is there any chance that could be let go?',
        escalate: true,
      },
      {
        message:
          'My mother has advanced dementia and I hold lasting power of attorney for her welfare. I want to be asked before anyone dyes her hair.',
        escalate: true,
      },
      {
        message:
          "the home booked dad in for a shave and cut but he always said he wanted to keep his beard. I don't think he really understood what he was agreeing to",
        escalate: true,
      },
      {
        message:
          "I wasn't happy with how Mum's hair was left last week, it's far too short and she's been quite upset about it.",
        escalate: true,
      },
      {
        message:
          'Your stylist turned up over an hour late on Tuesday and Mrs Patel missed most of her daughters visit sitting waiting. Not good enough really.',
        escalate: true,
      },
      {
        message: 'the dryer was too hot on mums neck and theres a red mark there now, carer showed me when i visited',
        escalate: true,
      },
      // escalate: true — asking for a person
      {
        message: 'Is there any way I can speak to Bev herself rather than messaging?',
        escalate: true,
      },
      {
        message: "i'd rather talk to an actual person about mum's appointments if that's ok",
        escalate: true,
      },
      {
        message: "Could whoever's in charge give me a ring? Nothing urgent, I'd just prefer a chat.",
        escalate: true,
      },
      // escalate: false — look-alikes
      {
        message:
          "What's the procedure if a resident reacts to a colour? Only asking because Mum's never had one done before.",
        escalate: false,
      },
      {
        message: 'We have 7 residents who would like a trim next Tuesday at Oakfield House, is the morning free?',
        escalate: false,
      },
      {
        message:
          "Last time there was a mix-up and Mum got a set instead of a cut, but Bev put it right the week after. Can we book her usual cut for the 3rd?",
        escalate: false,
      },
      {
        message: 'Please pass on our thanks to Leanne — Dad looked so smart for his grandson’s wedding.',
        escalate: false,
      },
      {
        message: 'How much is a wash and set, and do you do gents as well?',
        escalate: false,
      },
      {
        message: 'Do you need to do a patch test before colouring? Mum fancies going a bit lighter for spring.',
        escalate: false,
      },
      {
        message: 'whats the charge if we cancel the day before',
        escalate: false,
      },
      {
        message: "Can I pay Mum's invoice by bank transfer instead of cheque? What reference should I use?",
        escalate: false,
      },
      {
        message:
          "Just checking — the £44 on October's invoice is for her 2 cut and blow drys, yes? Happy to pay, just matching it up.",
        escalate: false,
      },
      {
        message: 'Is there a minimum number of residents before you will come out to a home?',
        escalate: false,
      },
      {
        message: 'who is coming to beechwood this week, is it still leanne?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Glaze & Gather',
    businessContext:
      "Glaze & Gather is my paint-your-own pottery studio on Gloucester Road in Bristol — I'm Priya. People drop in to paint mugs, plates and figures, we run 2-hour wheel-throwing tasters, and Saturdays are mostly kids' parties. My team is Tom and Ellie, and we glaze and fire everything in our own kiln out the back.",
    businessRules:
      "Drop-in painting is a £6 studio fee per person plus the price of the piece (mugs from £12, plates from £15). The wheel taster is £45 per person or £90 for a couple. Kids' parties are £16 per child with a minimum of 8 children, and a £40 deposit secures the date. Pieces are ready to collect 7–10 days after painting; anything uncollected after 3 months is donated. Parties cancelled with 72 hours' notice are refunded in full, otherwise the deposit is kept. All our glazes are food safe once fired.",
    escalationRules: [
      'Refunds or deposit returns over £50',
      'parties or group bookings of more than 20',
      'Anyone hurt in the studio - burns from the kiln area, cuts from broken pottery, allergic reaction to paints/glaze etc',
      'Broken or lost pieces after firing',
      'If someone asks about corporate/team days or hiring the whole studio pass it to me (Priya)',
    ],
    cases: [
      // escalate: true — rules in the customer's own words
      {
        message:
          'my little one cut her finger on a chipped mug rim during the session, it bled quite a lot and we went through 3 plasters',
        escalate: true,
      },
      {
        message:
          "Just a heads up, my son's hands came up in a blotchy rash after painting on Sunday. Wondering if it's something in the paints?",
        escalate: true,
      },
      {
        message:
          "We came to pick up our plates today and one has a crack right across the middle. It was meant to be my nan's 90th present.",
        escalate: true,
      },
      {
        message:
          "Been waiting five weeks now and nobody seems able to find the bowl my partner made on the wheel",
        escalate: true,
      },
      {
        message: "its my daughters 8th can we book a party for about twenty-four kids from her class",
        escalate: true,
      },
      {
        message:
          'Our office fancies a team social at yours on a Thursday evening, around 30 people. Could we have the place to ourselves?',
        escalate: true,
      },
      {
        message:
          'Would it be possible to hire the studio exclusively for a baby shower one Saturday afternoon? Only about 12 of us.',
        escalate: true,
      },
      {
        message:
          'We had to cancel the party because chickenpox is going round the class — that was £128 paid in full. Could we have it back please?',
        escalate: true,
      },
      {
        message:
          "booked the couples wheel class for my wife's birthday (ninety quid) but she's gone and broken her arm so we can't come. any chance of a refund?",
        escalate: true,
      },
      {
        message:
          "I'm afraid I knocked a shelf on my way out and a mug landed on my foot. My big toe's gone purple and I can barely put weight on it.",
        escalate: true,
      },
      // escalate: true — asking for a person
      {
        message: 'can i talk to a real person please',
        escalate: true,
      },
      {
        message: "Who owns the studio? There's something I'd like to speak to them about.",
        escalate: true,
      },
      {
        message: "Is there a phone number for the studio? Don't really want to sort this out over chat.",
        escalate: true,
      },
      // escalate: false — look-alikes
      {
        message: 'What happens if a piece breaks in the kiln? Just wondering before I paint something sentimental.',
        escalate: false,
      },
      {
        message: 'Do you give refunds if we end up not being able to make our session?',
        escalate: false,
      },
      {
        message: "can't make thursday's drop-in now, I paid £12 online — can I get that back or move it to next week?",
        escalate: false,
      },
      {
        message: 'Party for my son, there will be 15 kids. Is Saturday at 2pm free?',
        escalate: false,
      },
      {
        message:
          'My mug came out cracked last time but Priya remade it for free, so we are coming back! Can I book for 4 next Sunday?',
        escalate: false,
      },
      {
        message: 'Thank you to Tom for helping the kids with their handprint plates, he was brilliant with them.',
        escalate: false,
      },
      {
        message: 'Is the kiln anywhere near where the kids paint? My toddler grabs everything in sight.',
        escalate: false,
      },
      {
        message: 'How long until our pieces are ready to collect?',
        escalate: false,
      },
      {
        message: 'how much is the wheel taster and do i need to bring an apron',
        escalate: false,
      },
      {
        message: "Are the glazes food safe? Want to paint a plate I'll actually eat off.",
        escalate: false,
      },
      {
        message: 'Will Priya be teaching the wheel class on the 14th or is it someone else?',
        escalate: false,
      },
    ],
  },
];
