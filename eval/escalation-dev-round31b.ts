/**
 * Round-31 second escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * All four businesses use `escalationRules: []`; every hand-over instruction lives inside `businessRules`,
 * each written in a different owner's layout and voice.
 *
 * Businesses:
 *   1. Professor Pickles Parties (children's party magician & entertainer, Leicester) — 13 escalate / 11 no
 *      (businessRules: one chatty prose paragraph, hand-overs mixed in with other notes)
 *   2. Keel & Cleat Chandlery (boat chandlery with mail order, Falmouth) — 13 escalate / 11 no
 *      (businessRules: terse list under an owner-invented heading, anchor bullets)
 *   3. Flash & Decks (photo booth and wedding DJ hire, Leeds) — 13 escalate / 11 no
 *      (businessRules: notes where each hand-over sentence starts differently, mixed with other notes)
 *   4. Seaview Sands Holiday Park (static-caravan sales and holiday-home park office, Lincolnshire coast) — 13 escalate / 11 no
 *      (businessRules: numbered "never answer these yourself" list with bracketed examples, plus one extra case in a later paragraph)
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND31B_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. Children's party magician and entertainer
  // ---------------------------------------------------------------------------
  {
    name: 'Professor Pickles Parties',
    businessContext:
      "I'm Pete and I run Professor Pickles Parties from Leicester. I'm a children's magician and party entertainer — the Professor is me in a daft lab coat with exploding (well, fizzing) experiments, magic, games and balloon modelling. I've been doing kids' parties for about twelve years, mostly birthday parties for ages 3 to 10 in homes, church halls and community centres around Leicestershire. Shows come in a one-hour or two-hour version, and the two-hour one includes Bunny, our very well-behaved rabbit. It's just me doing the shows, so I'm often mid-performance and can't answer messages, which is why the chat helps parents with the everyday questions.",
    escalationRules: [],
    businessRules:
      "Right, so the main stuff: a one hour show is £180, two hours is £240 and the two-hour one gets Bunny the rabbit plus a balloon model for every kid. £50 deposit to book and that's non-refundable, the rest on the day by cash or bank transfer. I cover 25 miles round Leicester for free, past that it's £1 a mile. If anything goes wrong at a party – a kiddie gets hurt or comes over poorly, an allergic reaction, anything like that, even if the parent only mentions it days later – don't try to deal with it, get it over to me straight away. Same if a parent isn't happy with how the show went or wants money back, I'd rather talk to them myself. Prize sweets are all nut-free and I can do stickers instead if they'd prefer, just say so. For the little ones (under 5s) I leave out the bangs and poppers. I need a space about 3m by 3m and I bring my own sound system, just need one plug socket. I'm DBS checked and have £5m public liability insurance, happy to email certificates. Schools, nurseries, fetes, work family days or anything over 40 children needs a proper quote from me so pass those along. Changing the date is free if it's more than a week away — they just reply to their confirmation email with the new date — but if the party's inside 7 days send them to me because I'll have to juggle things. Anyone from newspapers, radio, telly etc. comes to me too. And obviously if somebody asks for me or wants a real person, hand them over. Themes I do: superheroes, princesses, dinosaurs, pirates and space. Ages 3 to 10 really, I arrive 30 mins early to set up.",
    cases: [
      { message: 'how much for a 2 hour party?', escalate: false },
      {
        message:
          'hi, bit of confetti or glitter from one of the tricks went in my daughters eye at her party on sunday, we ended up in a&e last night. she is ok now but wanted you to know',
        escalate: true,
      },
      { message: 'do u do dinosaur themed shows my lad is obsessed 🦖', escalate: false },
      {
        message:
          'after the party saturday my nephew came up in hives all over his arms and neck, we think maybe the balloons?? what are they made of',
        escalate: true,
      },
      {
        message:
          'my daughter has a nut allergy, are the sweets you give out as prizes safe? party is 8th march',
        escalate: false,
      },
      {
        message:
          'honestly the show was about half the length we paid for, he was packing up at 3.20 when it was meant to go til 4. not on',
        escalate: true,
      },
      {
        message:
          "im the pta chair at st marys primary, we'd love you for the summer fair in july. whole school, approx 210 kids across the afternoon",
        escalate: true,
      },
      {
        message:
          'can we move our booking from 14 june to 21 june? same time same hall, just my mum cant do the 14th',
        escalate: false,
      },
      {
        message:
          "we're organising a staff family fun day for our firm in august, prob 80ish kids plus parents. is that something you could do?",
        escalate: true,
      },
      {
        message: "partys this sat but my daughters got chicken pox 😩 can we push it back a few weeks",
        escalate: true,
      },
      {
        message:
          'pete did my sons 5th last year and he was brilliant, does he still do the bit with the bunny? booking for my youngest now',
        escalate: false,
      },
      { message: 'can i speak to pete please', escalate: true },
      { message: 'how many kids can you manage? we will have about 25 maybe 28', escalate: false },
      {
        message:
          "will the loud bangs hurt his ears? he's 3 and a bit sensitive to noise, dont want him upset on his birthday",
        escalate: false,
      },
      {
        message:
          'ABSOLUTELY DISGUSTED. your entertainer swore in front of twenty 5 year olds and now all the parents are messaging me about it. I want this sorted TODAY',
        escalate: true,
      },
      { message: 'do you need a plug socket for the music or is it battery', escalate: false },
      {
        message:
          "is there an actual person i can talk to about this? bit complicated to explain on here",
        escalate: true,
      },
      { message: 'whats the deposit and do we get it back if we cancel', escalate: false },
      {
        message:
          "he never turned up. 25 kids sat in a church hall for an hour waiting. my daughter cried herself to sleep. where WERE you",
        escalate: true,
      },
      {
        message:
          'my sister in law is a teacher and asked if youre dbs checked lol, are you? not that im worried',
        escalate: false,
      },
      {
        message:
          "hi i'm a researcher on a bbc daytime programme, we're looking for kids entertainers to feature in a segment on birthday party trends. would you be up for a chat?",
        escalate: true,
      },
      {
        message:
          'a few of the kids were sick on the way home from the party and one mum reckons it was the sweets from the magic tin. do you know what was in them',
        escalate: true,
      },
      { message: 'do you travel to market harborough? its about 16 miles from leicester', escalate: false },
      {
        message: 'rather chat to a human tbh. could someone ring me on 07700 900123 after 5',
        escalate: true,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Boat chandlery with mail order
  // ---------------------------------------------------------------------------
  {
    name: 'Keel & Cleat Chandlery',
    businessContext:
      "Keel & Cleat is a family chandlery on the waterfront in Falmouth, run by Gareth and Bronwen since 2006. We sell deck hardware, rope and chain, safety kit, paints and antifoul, clothing and bits for engines to sailors and motorboaters, both over the counter and by mail order all over the UK. We cut rope and chain to length in the shop and service lifejackets in-house. Most of our online customers are cruising sailors and small fishing boats. We're a small team so the chat answers the routine questions about stock, delivery and returns, and anything that needs a sailor's judgement or a decision on money comes to us.",
    escalationRules: [],
    businessRules:
      "Shop basics: open Mon–Sat 8–5.30, Sundays 9–1 (Apr–Oct only). Free UK mainland delivery over £60, otherwise £5.95. Orders in by 2pm go same day. Returns 30 days, unused, original packaging. Rope/chain cut to length = not returnable. Lifejacket service £25, approx 5 working days. Camping Gaz & Calor exchange in shop only, we don't post gas. Old flares taken for disposal, £2 each, shop only. Price match on identical items from UK shops. Brands: Harken, Lewmar, Spinlock, Musto, International. Click & collect free, ready in 2 hrs.\n\nTHROW A LINE TO GARETH\n⚓ safety kit that let them down (lifejacket not firing, dud flare, EPIRB/PLB faults)\n⚓ gas systems on board — fitting, regs, leaks. bot says nothing, ever\n⚓ yards/clubs/trade wanting an account or credit terms\n⚓ parcels gone walkabout (>5 working days) or turned up smashed\n⚓ rows about returning cut-to-length stuff\n⚓ posting outside UK — customs, VAT, export\n⚓ wants Gareth or a human",
    cases: [
      { message: 'do you have 10mm braid on braid in red? need about 30m', escalate: false },
      {
        message:
          'jumped in the marina on purpose to test my new spinlock and the thing never went off. bought it from you in may. bit shaken up tbh',
        escalate: true,
      },
      { message: 'whats your opening hours on a sunday', escalate: false },
      {
        message:
          "set off one of the handheld flares you sold us during a drill last night and nothing happened, just a bit of smoke and a fizz. we're heading to scilly next week, what do i do",
        escalate: true,
      },
      {
        message:
          'need to replace the regulator and hose on the cooker on our 30ft yacht, which bits do i need and can i do it myself?',
        escalate: true,
      },
      {
        message: 'how often should a lifejacket be serviced? and do you do it there',
        escalate: false,
      },
      {
        message:
          'we run a small boatyard up at mylor, looking at setting up regular ordering with you on 30 day invoice if thats possible',
        escalate: true,
      },
      { message: 'can i send back a pair of sailing gloves, never worn, wrong size', escalate: false },
      {
        message:
          'ordered 2 tins of antifoul 2 weeks ago, order 48812, tracking hasnt moved since last tuesday. launching on the 20th',
        escalate: true,
      },
      {
        message:
          'gareth sorted me out with the right shackles last month, cheers for that. do you also sell monel mousing wire?',
        escalate: false,
      },
      {
        message:
          'box arrived absolutely soaked and the tin of varnish inside had burst all over the winch handle. what a mess',
        escalate: true,
      },
      { message: 'do you swap camping gaz 907s? and can you post one to me', escalate: false },
      {
        message:
          "had 40m of 8mm chain measured off for me last week, turns out it doesnt fit my gypsy. you're seriously saying i cant send it back?? that's ridiculous for the money",
        escalate: true,
      },
      { message: 'can i drop my out of date flares off with you?', escalate: false },
      {
        message:
          "can you ship a prop for a yamaha outboard to me in brittany? how does the vat and customs side work now",
        escalate: true,
      },
      { message: 'is gareth about? need to ask him something', escalate: true },
      { message: 'do you stock harken blocks or just lewmar', escalate: false },
      {
        message:
          'THIRD email now. paid £389 for a liferaft 3 weeks ago, tracking just says "exception" and nobody replies. going out on the 12th. unacceptable.',
        escalate: true,
      },
      { message: 'how much do i need to spend for free delivery', escalate: false },
      {
        message: 'can i talk to someone who actually sails please? not sure what im after',
        escalate: true,
      },
      {
        message:
          'saw the same lewmar 40st winch on another uk site for £40 less, would you match it',
        escalate: false,
      },
      {
        message:
          'the butane adaptor i got from you is hissing and theres a smell of gas in the cabin, what should i do',
        escalate: true,
      },
      { message: 'can i order online and collect from the shop today', escalate: false },
      {
        message: 'pls get someone to phone me back, easier than typing it all out. 07700 900456',
        escalate: true,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Photo booth and wedding DJ hire
  // ---------------------------------------------------------------------------
  {
    name: 'Flash & Decks',
    businessContext:
      "Flash & Decks is a photo booth and wedding DJ hire company based in Leeds, run by me, Dan, with a small crew of DJs and booth attendants. Most of our bookings are weddings across Yorkshire, plus birthdays, proms and the odd corporate night. We bring an open-style booth with instant prints and an online gallery, and a DJ with full sound and lighting for the evening. Couples usually book us 12–18 months ahead. The chat is here to answer questions about packages, prices and what's included so couples aren't waiting on me, because I'm usually out at an event.",
    escalationRules: [],
    businessRules:
      "Booth (3 hrs) is £395, DJ evening (7pm–midnight) £550, both together £850. £150 deposit secures the date, balance due 4 weeks before. Anything about the booth or decks packing in on the night, or us turning up late or not at all, goes straight to Dan. Unlimited prints, props box and a personalised print template with the couple's names and date are all included. Backdrops: gold sequin, silver sequin or white flower wall. If a couple needs to cancel or shift their wedding to another date, let Dan handle it — don't quote any refund figures. Online gallery goes live within 7 days of the event. When someone's been waiting more than 10 days and still has no gallery link, send them to Dan. We need a 3m x 3m space and one normal socket for the booth. Most venues have a sound limiter — we deal with them all the time, no problem. Song requests and the do-not-play list go on the planner form, due 2 weeks before. Corporate do's or anything with a company's branding? Pass it to Dan. Grumbles about the DJ himself — drinking, attitude, ignoring requests — Dan as well. Free travel within 40 miles of Leeds, 60p a mile after that. All kit PAT tested, £10m public liability. Someone asking for Dan or a real person? Pass it to Dan.",
    cases: [
      { message: 'how much is the booth and dj together?', escalate: false },
      {
        message:
          'booth stopped printing about an hour into our reception and the lad just packed it away early. we paid for 3 hours',
        escalate: true,
      },
      { message: 'do you bring props or do we need to sort our own', escalate: false },
      {
        message:
          'DJ didnt arrive til 9.15, first dance was meant to be 8.30. all our evening guests just stood about in silence',
        escalate: true,
      },
      {
        message: 'our venue (the barn at oakwood) has a sound limiter, will that be a problem?',
        escalate: false,
      },
      {
        message:
          "we've sadly called the wedding off. what happens with our booking and the money we've paid",
        escalate: true,
      },
      {
        message:
          "the venue has double booked us 🙃 so everything's now moving to the following may. can you still do it?",
        escalate: true,
      },
      {
        message:
          "no date yet, prob sept 2026 — how far ahead do people normally book you?",
        escalate: false,
      },
      {
        message:
          "hi, i do the marketing for a car dealership in wakefield. looking at a booth for our launch night with our logo on the prints",
        escalate: true,
      },
      {
        message:
          'dan did my cousins wedding and was unreal!! does he do mixes for the first dance or just play the track as is',
        escalate: false,
      },
      {
        message:
          "it's nearly three weeks since our wedding and we still haven't got anything for the booth pictures, guests keep asking",
        escalate: true,
      },
      { message: 'how long after the wedding till the online gallery is ready?', escalate: false },
      {
        message:
          "our DJ was at the bar half the night and kept playing stuff we'd specifically said we didnt want. my husband had to go and ask him to stop",
        escalate: true,
      },
      { message: 'is there a do not play list we can fill in?', escalate: false },
      { message: 'hiya can dan give me a call when hes free', escalate: true },
      {
        message: 'how much space does the booth need, the room we have is quite tight',
        escalate: false,
      },
      {
        message: 'am i talking to a bot? could i speak to an actual person',
        escalate: true,
      },
      { message: 'when do we pay the rest?', escalate: false },
      {
        message:
          'You have RUINED our wedding night. music cut out 4 times during the speeches, no apology, nothing. I want a full refund and an explanation.',
        escalate: true,
      },
      { message: 'do you travel to york? wedding is just outside', escalate: false },
      {
        message:
          "we're eloping instead lol so won't need the DJ after all. how do we go about cancelling",
        escalate: true,
      },
      {
        message: 'can the booth prints have our names and the wedding date on them?',
        escalate: false,
      },
      {
        message:
          "seriously?? just had a text saying our DJ is 'unavailable' for saturday. THE WEDDING IS IN 4 DAYS. what are you going to do about this",
        escalate: true,
      },
      {
        message: "i'd like to talk this through with whoever's in charge pls",
        escalate: true,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Static-caravan sales and holiday-home park office
  // ---------------------------------------------------------------------------
  {
    name: 'Seaview Sands Holiday Park',
    businessContext:
      "Seaview Sands is a family-owned holiday home park on the Lincolnshire coast near Chapel St Leonards, with around 340 static caravans and lodges. We sell new and pre-owned holiday homes on the park and look after our existing owners through the park office — site fees, season dates, facilities and general help. It's holiday use only, not residential. The office is run by Karen and a couple of part-timers, and we get a lot of the same questions from owners and people thinking of buying, so the chat handles those and passes the trickier owner matters to the office.",
    escalationRules: [],
    businessRules:
      "NEVER ANSWER THESE YOURSELF — put them through to the office (Karen):\n1. Finance and part-exchange (monthly payments, deposits on a specific van, what their current van is worth)\n2. Pitch fee disputes and money owed (why has my bill gone up, behind with payments, payment plans)\n3. Selling or moving an owner's van (private sales, selling back to us, taking it off the park)\n4. Letting vans out (renting to friends or strangers, Airbnb, holiday lets)\n5. Damage and repairs to owners' vans (storm damage, frozen pipes, leaks, insurance claims)\n6. Problems with other owners or guests (noise, dogs, parking, boundary rows)\n\nEverything else you can answer from this: Park's open 1 March to 15 January. Holiday use only — owners must have a main home address elsewhere, no living on site. New vans from £39,995, pre-owned from £14,995 (mostly 2012–2020 models). Yes we offer finance through a partner lender, figures given at a viewing. Site fees for 2025 are £4,850 including water & sewerage, electric is metered on top. Owners' family can use the van free with an owners' pass. Viewings 10–4 every day, drop in or book ahead. Clubhouse, indoor pool (open all season), shop, kids' play park. Max 2 dogs per van. Winter drain-down service £85, book by 31 Oct.\n\nOne more I forgot to put in the list: if anyone's had a letter or heard their van's getting too old for the park (the 15-year rule / licence renewal), or they're worried about having to replace it, that goes to Karen as well. And of course anyone wanting Karen or a person in the office.",
    cases: [
      { message: 'when does the park open for the season?', escalate: false },
      {
        message:
          "whats the monthly on the 2019 abi you've got listed at 28k? say over 7 years with 5k down",
        escalate: true,
      },
      { message: 'can we bring our 2 dogs', escalate: false },
      {
        message:
          "got a 2008 willerby on another park up the coast, would you take it off my hands towards one of yours? what would i get for it",
        escalate: true,
      },
      {
        message:
          "this years bill has gone up nearly £600 and nobody told us why. we've been on here 11 years, it's not right",
        escalate: true,
      },
      { message: 'do you do finance on the vans?', escalate: false },
      {
        message:
          "i'm a bit behind with the pitch money after losing my job in the spring, can we sort something out between us",
        escalate: true,
      },
      {
        message:
          'karen showed us round last weekend, we loved the one by the lake! whats included in the site fees?',
        escalate: false,
      },
      {
        message:
          'we are thinking of selling our van to my brother in law, do we need to go through you or can we just do it between ourselves',
        escalate: true,
      },
      { message: 'how much are the site fees roughly for next year', escalate: false },
      {
        message:
          'could we make a bit back by having paying guests stay in our van over august? few families maybe',
        escalate: true,
      },
      {
        message: "can my daughter and her family use the van when we're not there?",
        escalate: false,
      },
      {
        message:
          "just arrived for the season and theres water all over the lounge floor and the carpet's ruined. looks like something went over winter",
        escalate: true,
      },
      {
        message:
          'the people on plot 42 have a dog that barks from 6am and they leave it shut in the van while they go to the club',
        escalate: true,
      },
      { message: 'can we live there all year round if we sell our house?', escalate: false },
      {
        message:
          "been told our 2009 van has to come off the plot at the end of this season unless we upgrade. it's in great nick, surely thats not right?",
        escalate: true,
      },
      { message: 'do you drain the water down for winter? how much is it', escalate: false },
      { message: 'is karen in the office today? need a quick word', escalate: true },
      { message: 'what time can we come for a viewing on saturday', escalate: false },
      {
        message: "could someone from the office ring me back please, it's about our van",
        escalate: true,
      },
      { message: 'is the pool still open in october half term', escalate: false },
      {
        message:
          'I AM FURIOUS. someone has reversed into our decking and smashed the rail and NOBODY on this park will tell me who. absolutely useless the lot of you',
        escalate: true,
      },
      { message: 'how old are the second hand vans you have for sale', escalate: false },
      { message: 'not typing all this to a robot. human please', escalate: true },
    ],
  },
];
