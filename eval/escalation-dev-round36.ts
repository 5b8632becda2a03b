// Round-36 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND36_ESCALATION_DEV: EscalationBusiness[] = [
  // 1. Saddlery / tack shop: hand-overs ONLY in escalationRules, businessRules = facts.
  {
    name: 'Hollybrook Saddlery & Tack',
    businessContext:
      "Hollybrook is a family run saddlery and tack shop just outside Ludlow, Shropshire. We sell new and secondhand saddles, bridles, rugs, riding wear and yard bits, and Jo (SMS qualified saddle fitter) does fitting visits across Shropshire, Herefordshire and the Welsh borders. Sam runs the shop floor and online orders.",
    escalationRules: [
      "any horse thats gone sore, cold backed, bucking, got dry patches/white hairs or rubs after a saddle we fitted or sold - Jo needs to deal with that herself",
      "refunds or returns on SADDLES (new or s/h) - not the bot, saddles are big money",
      "if someone says a bit, girth, rug or anything else we sold has hurt their horse or broken and caused an accident",
      "riding schools, livery yards, pony club branches etc wanting trade/bulk prices or to open an account",
      "people wanting us to value their saddle or sell it for them on consignment - Jo needs pics and does the valuation",
      "anyone cross or kicking off, threatening bad reviews, trading standards, solicitors etc",
      "if they ask for a real person or want to talk to Jo or Sam",
    ],
    businessRules: `Shop hours Tues-Sat 9-5.30, Sundays 10-2 (Oct-Mar only). Closed Mondays + bank hols.

Saddle fitting visits £55 within 25 miles of Ludlow, 70p a mile after that. Fitting fee knocked off if you buy a saddle from us within 30 days.
Check/adjust visit for a saddle we sold you £45 incl minor flocking adjustments. Full reflock £120, saddle is away about a week.
Jo does visits Tues/Wed/Thurs, usually 2-3 wk wait in spring, less in winter.
Trial saddles - max 7 days, ridden with a numnah underneath, must come back unmarked.

Returns on tack and clothing: 28 days, unused, tags on, with receipt. Refund to original payment method. Hats and boots cant come back once worn (safety/hygiene).
Hat fitting free in shop. We stock Champion, Charles Owen, Gatehouse - most are PAS015 + VG1 so ok for BE, PC and BS, check your rulebook for the tag colour.
Saddle brands: Thorowgood, Wintec, Kent & Masters, Fairfax in stock. Albion order in (4-6 wks).
Secondhand saddles usually 15-25 in stock, list on the website updated weekly.
Consignment commission 20%, saddle stays min 8 weeks.

Postage £4.95, free over £75. Next day £8.95 if ordered before 1pm. Click & collect free, we text when ready.
Card, cash, or Klarna on saddles over £300.
Numnahs/saddle cloths in most colours (LeMieux, Equetech), can order to match.`,
    cases: [
      // escalate: true
      { message: "Hi, Jo fitted a Kent & Masters for my mare about 5 weeks ago and for the last week or so shes been dipping really badly when I get on. Tonight after riding I found 2 dry patches either side of her wither. Physio is coming friday but im worried the saddles pinching her, can someone look at it asap?", escalate: true },
      { message: "my boy has gone really cold backed since we got the new wintec off you, he never did this before. whats going on??", escalate: true },
      { message: "I bought a second hand Albion from you in March and its just not working for my horse after all. Can I bring it back and get a refund?", escalate: true },
      { message: "The girth I bought from you last Saturday - the buckle snapped mid canter yesterday and my daughter came off. Shes ok but badly bruised. I want to know how on earth this happened.", escalate: true },
      { message: "Hiya I run a small riding school near Clun, 14 ponies, and we need to replace most of our bridles and numnahs this year. Would you do us some kind of discount or set us up with an account?", escalate: true },
      { message: "is my old passier worth anything? 17.5 MW, bit of wear on the knee rolls. thinking of getting you to sell it for me", escalate: true },
      { message: "Absolutely disgusted with the service today. Waited 40 mins to be served and then got told the rug I ordered 3 weeks ago was never even ordered. Will be putting this on facebook.", escalate: true },
      { message: "I have paid £1,850 for a saddle that clearly doesn't fit and nobody is returning my calls. If I don't hear back by Friday I am going to Trading Standards.", escalate: true },
      { message: "can i just speak to an actual person pls", escalate: true },
      { message: "is Jo about? need a quick word with her", escalate: true },
      { message: "put him in the new loose ring lozenge from you on sunday and hes come in today with a cut in the corner of his mouth. is it faulty??", escalate: true },
      { message: "Hello, I'm secretary for the Teme Valley branch of the Pony Club. We'd like to buy our rally prizes and some branch numnahs through you and be invoiced rather than paying upfront - is that possible?", escalate: true },
      { message: "Had the Fairfax on trial for 5 days and hes now got a rub mark right on his spine where the gullet sits. Im bringing it back but I need to know Im not going to get charged for it because this is not my fault", escalate: true },
      // escalate: false
      { message: "What time are you open on Sundays?", escalate: false },
      { message: "how much is a saddle fitting visit? Im near Leominster", escalate: false },
      { message: "can I return a headcollar I bought last week, wrong colour, tags still on", escalate: false },
      { message: "Do you have any secondhand saddles in at the mo? looking for a 17in wide for a cob", escalate: false },
      { message: "Jo fitted my saddle last month and hes going beautifully in it!! Do you do a matching numnah in navy?", escalate: false },
      { message: "my daughter is starting eventing this year, which of your hats are ok for BE?", escalate: false },
      { message: "how much is a reflock and how long would I be without the saddle?", escalate: false },
      { message: "do u post to Northern Ireland? how much", escalate: false },
      { message: "Can I pay for a saddle with Klarna?", escalate: false },
      { message: "My horse has quite a sensitive back (hes an ex racer), what numnah would you recommend?", escalate: false },
      { message: "Ordered a fly rug for click and collect on Tuesday, order 20431, is it ready yet?", escalate: false },
      { message: "can I take a saddle on trial over the weekend? how long can i keep it", escalate: false },
      { message: "Do you stock the Thorowgood T8 in brown? Sam in the shop said you might be getting some in", escalate: false },
    ],
  },

  // 2. Borehole drilling contractor: escalationRules = [], hand-overs only as prose in businessRules.
  {
    name: 'Marsden Borehole & Pump Ltd',
    businessContext:
      "Family run borehole drilling contractor based near Thirsk, North Yorkshire. We drill and install private water boreholes for houses, farms and businesses across Yorkshire and the North East, and do pump installs, servicing, water testing and treatment (UV, filters, softeners). Dave Marsden runs the drilling side and Gary Hollis looks after pumps and servicing.",
    escalationRules: [],
    businessRules: `right so the basics. Office Mon-Fri 8-5, phone manned sat morning for breakdowns only.

Site survey is £295 + VAT, we look at the geology (BGS maps + our own records), access and where the rig can go. Knocked off the final bill if you go ahead.
Domestic boreholes round here are usually 40-90m deep. Ballpark for a house all in (drilling, casing, pump, control panel, pipe to the house) is £9k-£15k + VAT depending on depth, fixed quote after the survey.
Rig needs 3m wide access and reasonably firm ground, we put track mats down on lawns. Its noisy, usually 2-4 days on site.
Lead time atm 8-12 weeks from deposit. Deposit 20%.
No water no fee on the drilling for domestic jobs - if we dont hit usable water you only pay the survey + mobilisation (£1,200 + VAT).
You dont need an abstraction licence for domestic use under 20m3 a day (way more than a house uses). Over that the EA wants a licence, we help with the paperwork.
Water test (bacteria + chemistry) £110, results in about 10 working days. We recommend once a year.
Annual pump service £165 + VAT, includes pressure vessel check. UV lamp change if youve got one is £60 extra.
Payment by bank transfer or card over the phone, invoices 14 days.

Stuff I want to handle myself - anything about quotes for farms, commercial, golf courses, campsites, vineyards etc. Theyre all different and I price them myself so dont let the bot guess numbers. Domestic ballparks above are fine.
If a borehole we drilled has dried up or the yields dropped off, I want that one, its a touchy subject and I need to pull the records first.
Also if anyones saying the rig or our lads damaged something (drive, drains, fences, ruts in a field beyond what you'd expect) straight to me. Same for complaints, anyone kicking off or mentioning solicitors/ombudsman.

Put them onto Gary if theyve got no water at all, or the waters suddenly gone brown/cloudy/smelly, or the pumps tripping the electrics - thats a callout and he needs to ring them same day. Normal service bookings the bot can just take details for.

And if they just want to talk to an actual person thats fine, pass it on.`,
    cases: [
      // escalate: true
      { message: "we've got no water at all since this morning, the pump just hums then trips the switch. got 2 kids and my mum staying, please help", escalate: true },
      { message: "water from the taps has gone a brownish colour since the storms at the weekend and smells a bit eggy. is it safe to drink??", escalate: true },
      { message: "Hi, looking for a price for a borehole for our dairy farm, about 250 head, currently on mains and the bills are killing us. Roughly what are we talking?", escalate: true },
      { message: "We run a small caravan and camping site near Pickering (30 pitches + a shower block) and are looking at going off mains water. What would that cost roughly?", escalate: true },
      { message: "You drilled our borehole back in 2019 and for the last few months the flow has really dropped off, we're running out most evenings now. What are our options?", escalate: true },
      { message: "Your lads finished on Thursday and I've just been round the back properly. There are ruts about 6 inches deep across the paddock, a fence post snapped off and the drain by the garage is blocked with what looks like drilling mud. Nobody mentioned any of this when they left. I'd like someone to come and sort it out.", escalate: true },
      { message: "This is the third time I've asked for a copy of our drilling log and the water test results and still nothing. Frankly it's poor. If I don't have them this week I'm passing it to my solicitor.", escalate: true },
      { message: "can I talk to someone please rather than a chat thing", escalate: true },
      { message: "hi is Dave about? would like a chat about something", escalate: true },
      { message: "pump keeps tripping the RCD every hour or so, ive reset it 4 times today", escalate: true },
      { message: "Water's gone really cloudy, almost milky, since the UV unit started flashing red yesterday", escalate: true },
      { message: "We paid £1,200 when you didn't find water last spring and now our neighbour 200m away has hit water at 60m with another firm. Honestly feel like we've been mugged off. Want an explanation.", escalate: true },
      { message: "Got a small vineyard, about 4 acres, and want to irrigate off a borehole. would that work and what would it cost ballpark?", escalate: true },
      // escalate: false
      { message: "how much is a site survey?", escalate: false },
      { message: "roughly what does a borehole for a 4 bed house cost all in?", escalate: false },
      { message: "what happens if you dont find water, do I still pay the full amount?", escalate: false },
      { message: "Do I need a licence from the Environment Agency for a borehole just for the house?", escalate: false },
      { message: "can i book our annual pump service, ideally sometime in march. address is Low Farm Cottage, Sowerby", escalate: false },
      { message: "how wide does the access need to be for the rig? our gate is about 3.5m", escalate: false },
      { message: "Gary did our service last year and was brilliant. Is it about time for another one, and has the price gone up?", escalate: false },
      { message: "How often should we get the water tested and how much is it?", escalate: false },
      { message: "hows the waiting list for drilling at the moment?", escalate: false },
      { message: "will the rig wreck my lawn? it was only returfed last year", escalate: false },
      { message: "how much is a replacement UV lamp", escalate: false },
      { message: "Do you take card or is it bank transfer only?", escalate: false },
      { message: "Shower pressure's a touch weaker than it was, everything else is fine. Is that the pressure vessel thing you check on the service? Might just book one in", escalate: false },
    ],
  },

  // 3. Calligraphy studio: escalationRules = [], hand-overs as a list under the owner's own heading in businessRules.
  {
    name: 'Fern & Feather Calligraphy',
    businessContext:
      "Fern & Feather is a one woman calligraphy studio in Norwich run by Hannah. I do hand lettered wedding stationery (invites, place cards, table plans, envelope addressing, signs), custom pieces like framed vows, and run beginner and improver workshops from my studio on Magdalen Street. Most wedding work is booked 3-6 months ahead.",
    escalationRules: [],
    businessRules: `Studio is by appointment only, Tues-Sat 10-4. Emails answered within 2 working days (im usually at the desk with ink on my hands!!)

PRICES
- place cards £1.90 each, min order 30
- envelope addressing £3.50 per envelope (you supply envelopes or I can source them +60p each)
- table plan / seating chart from £145 A2 on foamboard, A1 from £195
- welcome sign on acrylic from £120, on a mirror from £150
- wedding invites semi custom (my designs, your wording) from £4.50 per invite, min 40
- vows / first dance lyrics A4 £85 unframed, £120 framed

HOW IT WORKS
50% deposit books your date in my diary, non refundable. Balance due before I post or you collect.
Digital proof for every item within 5 working days, 2 rounds of changes included, extra rounds £15.
Once you sign off the proof spelling is on you im afraid - check names carefully!!
Turnaround 3-4 wks after sign off for place cards/envelopes, 4-6 wks for invites.
Postage tracked 48hr £5.50, or collect from the studio free.

WORKSHOPS
Beginners modern calligraphy Saturdays 10-1, £75 incl starter kit (pen holder, nibs, ink, practice pad) and cake. Max 8 people.
Improvers (done beginners or similar) Thurs evenings 6.30-8.30, 4 week course £140.
You can move your workshop date with 7 days notice, after that no refund but you can send a friend in your place.
Private hen party workshops at the studio from £55pp, min 6.
Gift vouchers any amount, valid 12 months, digital or posted.

STUFF FOR ME NOT THE BOT:
* full wedding suites or anything over 100 guests - I quote those myself
* rush jobs - anyone needing something in less than 2 weeks
* anything gone wrong with a finished order (smudges, a name I got wrong, damaged in the post, ink flaking)
* live calligraphy at events, brand activations, corporate anything (bottle engraving etc)
* anyone wanting to cancel a wedding order after paying the deposit
* hen workshops OFF site (at their venue / airbnb etc)
* if someones upset or cross, or wants to talk to me directly`,
    cases: [
      // escalate: true
      { message: "Hi Hannah! We're getting married in September, 140 guests, and we'd love invites, RSVP cards, place cards, a table plan and a welcome sign all matching. Could you put together a quote for the lot?", escalate: true },
      { message: "I know this is super last minute but our place card person has let us down and the wedding is NEXT Saturday, 62 guests. Is there any chance at all??", escalate: true },
      { message: "Just opened the box of place cards and my fiancé's nan is spelt Margret instead of Margaret. I've just checked the proof and it definitely says Margaret on there.", escalate: true },
      { message: "table plan arrived today, corner of the board is bent and there's a scratch right through two of the names. wedding is in 12 days", escalate: true },
      { message: "Hello, I'm the events manager at a department store in Norwich. We're launching a fragrance in November and wondered if you'd be available for live bottle personalisation on the counter over two days?", escalate: true },
      { message: "could you do live calligraphy at our wedding drinks reception? like writing guests names on little luggage tags as they arrive", escalate: true },
      { message: "Sadly we've called off the wedding. I paid a £260 deposit in January for invites and place cards - is there any way of getting some or all of that back?", escalate: true },
      { message: "hiya we're doing a hen in an airbnb in Wells-next-the-Sea, 10 of us, would you come to us and run a calligraphy session on the saturday afternoon?? x", escalate: true },
      { message: "Honestly really disappointed. Paid for the beginners workshop back in March, got there and it was 11 people crammed round the table and I barely got any help at all. Not what was advertised.", escalate: true },
      { message: "can i speak to Hannah directly please, its about my order", escalate: true },
      { message: "We need around 200 envelopes addressed for our company's charity gala invitations. Could you quote?", escalate: true },
      { message: "Need our vows framed for our anniversary which is on Tuesday (5 days!) - can you do it in time?", escalate: true },
      { message: "The ink on the welcome mirror has started flaking off after about a week and it's just been in our hallway, not outside. Not impressed for £150.", escalate: true },
      // escalate: false
      { message: "how much are place cards? we've got 45 guests", escalate: false },
      { message: "What's the turnaround on envelope addressing? wedding is in about 10 weeks", escalate: false },
      { message: "Are there any spaces left on a beginners workshop in May?", escalate: false },
      { message: "do you do gift vouchers? want one for my sisters birthday", escalate: false },
      { message: "Can I bring my hen party to your studio for a workshop? There'd be 7 of us", escalate: false },
      { message: "cant make my workshop on the 14th (its 3 weeks away), can i swap to a later date?", escalate: false },
      { message: "I've had the proof through for the place cards - how many rounds of changes do I get?", escalate: false },
      { message: "Whats the difference between beginners and improvers? I've done a bit of faux calligraphy with brush pens", escalate: false },
      { message: "Hannah did our invites last year and everyone still talks about them! My brother's just got engaged - how far ahead do people usually book you?", escalate: false },
      { message: "do you post or do we need to collect?", escalate: false },
      { message: "We've spotted a typo in our proof before signing off - the venue name is wrong, our mistake. Can we get that fixed?", escalate: false },
      { message: "invites for about 60 guests, semi custom, whats the cost roughly", escalate: false },
      { message: "Is all the kit included in the £75 workshop or do I need to buy my own pens?", escalate: false },
    ],
  },

  // 4. Mobile vet: mixed - some hand-overs in escalationRules, more only as prose in businessRules.
  {
    name: 'Severnside Mobile Vets',
    businessContext:
      "Severnside Mobile Vets is a small home-visit vet practice covering Bristol and the surrounding area. Our vets come to you for consults, vaccinations, blood tests, chronic illness check ups and home euthanasia, for dogs, cats, rabbits and guinea pigs. We don't have a clinic building so surgery and x-rays are referred to our partner practice in Bedminster.",
    escalationRules: [
      "EMERGENCIES - collapsed, struggling to breathe, fitting/seizure, bleeding that wont stop, hit by a car, ate something poisonous (chocolate, rat bait, lilies for cats, xylitol, grapes/raisins), male cat straining to wee. Hand over straight away and give them the Vets Now number",
      "anyone wanting to book a home euthanasia / put to sleep - pass to a human, dont make them fill in forms",
      "complaints about one of our vets, a treatment or how things turned out",
      "questions about their own pets test or lab results - vet needs to ring them",
    ],
    businessRules: `Hours Mon-Fri 8-7, Sat 9-1. We dont do out of hours - after hours its Vets Now in Brislington (number is on our website + voicemail).
Area: BS postcodes plus Keynsham, Portishead, Clevedon. Further out ask and we'll see.
Home visit fee £65 in area, £85 outside, consult fee £58 on top. Multiple pets same visit only one visit fee.
Dog vaccinations £62 incl full health check, cats £58, rabbits (myxo/RHD) £60. Microchip £20, can do at same visit.
Healthy Paws plan: £16.50/month dogs, £13 cats - covers annual vacc, flea + worm, 2 nail clips, 10% off everything else.
Repeat prescriptions: request online or by message, ready in 48hrs, £18 script fee, we post or the vet brings on next visit. Pet must have been seen in the last 6 months.
Blood results usually back in 24-48hrs, the vet rings you with them.
We give a 2 hr time slot the day before a visit.
Home euthanasia - yes we do it, from £295 incl visit. Cremation via Cherry Tree Pet Crematorium, communal £75, individual from £180 with ashes returned. Info about this is fine to give out, bookings go to a person (see rules).
We dont do surgery, dentals or neutering at home - done at our partner practice in Bedminster, we arrange it.
Payment card on the day or bank transfer. Direct insurance claims for most big insurers, £20 admin fee.

Bits to pass on that aren't in the main rules:
if anyones disputing a bill or asking to pay in instalments, thats Karen in the office, dont promise anything.
if someones pet has died at home and they need us to collect for cremation, pass to a person - be kind, they'll be upset.
We dont really do exotics but Dr Amir sees reptiles and birds sometimes so anything like that goes to him to decide. Rabbits and guinea pigs are fine for anyone to book.
Controlled drugs (gabapentin, pregabalin, tramadol, phenobarb etc) - the bot cant take those repeat requests, pass to a person so the vet can check theyre due. Normal repeats are fine.
And obviously if they ask for a person, let them have one.`,
    cases: [
      // escalate: true
      { message: "my cat keeps going in and out of the litter tray straining and nothing is coming out. hes a boy, 6 yrs old, crying a bit when he tries", escalate: true },
      { message: "HELP my lab has just eaten half a bar of dark chocolate about 10 mins ago what do i do", escalate: true },
      { message: "Hi, our old girl Bella is 16 and she's stopped eating and can barely stand now. We think it's time, and we'd really like it to be at home in her bed rather than at a clinic. Could someone come out this week?", escalate: true },
      { message: "I'm not happy with how Dr Price handled my dog's vaccination yesterday, he was really rough with her and she's been limping on that leg since the injection.", escalate: true },
      { message: "Had bloods done on Monday for my cat's thyroid, are the results back and what do they mean?", escalate: true },
      { message: "I've had an invoice for £412 and I was quoted about £200 for the visit and the bloods. I don't understand what the rest of it is for.", escalate: true },
      { message: "is there any way to spread the cost of Max's dental over a few months? money's really tight at the moment", escalate: true },
      { message: "Our dog passed away in his sleep last night. We don't really know what to do now, can you help with a cremation?", escalate: true },
      { message: "do you see bearded dragons? ours has stopped eating and looks a bit flat", escalate: true },
      { message: "need a repeat of Pip's gabapentin please, down to the last few", escalate: true },
      { message: "dog has just had a fit, about 2 mins long, hes come round but hes wobbly and confused, never happened before", escalate: true },
      { message: "I want to speak to someone, not a bot, thanks", escalate: true },
      { message: "Honestly your service has been shocking. Waited in ALL day Tuesday for a visit, nobody turned up, no phone call nothing. My rabbit is still not eating properly. I'll be reporting you to the RCVS.", escalate: true },
      // escalate: false
      { message: "how much is a home visit to Portishead?", escalate: false },
      { message: "How much is a dog booster with you?", escalate: false },
      { message: "Can I order a repeat of Bonnie's Rimadyl? same as last time", escalate: false },
      { message: "Do you do home euthanasia? Not needed now, our cat is 17 and doing ok, I'd just like to know what the options and costs are for when the time comes.", escalate: false },
      { message: "do you see guinea pigs? just getting two and want them checked over", escalate: false },
      { message: "What's included in the Healthy Paws plan?", escalate: false },
      { message: "Karen sorted my insurance claim out last time, brilliant thanks! Can I just pay by card on the day this time?", escalate: false },
      { message: "are you open saturdays", escalate: false },
      { message: "what area do you cover? we're in Clevedon", escalate: false },
      { message: "How long do blood results usually take to come back?", escalate: false },
      { message: "Can I get my cat microchipped at the same time as her vaccination?", escalate: false },
      { message: "do you do neutering at home or do we have to go somewhere?", escalate: false },
      { message: "If we book for a friday morning can you give us a rough time slot? I work from home but have calls", escalate: false },
    ],
  },
];
