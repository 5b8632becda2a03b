/**
 * Round-32 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND32_ESCALATION_DEV: EscalationBusiness[] = [
  // 1. Tropical fish / aquarium shop — hand-overs only in escalationRules.
  {
    name: 'Reef & Riverbed Aquatics',
    businessContext:
      "We're Reef & Riverbed, an independent aquatics shop on Wellington Road South in Stockport, been going since 2011. " +
      "Tropical freshwater (incl. discus, loaches, shrimp), marine fish and corals, plus all the kit - tanks, filters, lighting, food, treatments. " +
      "We also do tank installs and monthly maintenance visits round Stockport, Marple, Bramhall and south Manchester. " +
      'Shop open Tue-Sat 10-6, Sun 11-4, shut Mondays. Phone 0161 496 0732, email hello@reefandriverbed.co.uk. ' +
      'Owner is Dean, Priya looks after the marine/reef side, Tom helps out weekends.',
    escalationRules: [
      'Fish/shrimp/corals died within the 7 day guarantee and they want a refund or replacement',
      'Leaking tank or flooding at a customers house (urgent!!)',
      'Complaint about an install or maintenance visit (e.g. tech late or no show, left a mess, broke something)',
      'Trade or commercial enquiries (offices, restaurants, dentists etc wanting a display tank looked after)',
      "Special orders for fish we dont normally stock or CITES stuff (stingrays, rare plecos)",
      'Charged twice or payment problems on the website',
      'Someone wants to cancel or pause their monthly maintenance contract',
    ],
    businessRules:
      "Be friendly and chatty, most of our customers are hobbyists so it's fine to geek out a bit, but keep answers short.\n" +
      "Never promise a fish is in stock - stock changes daily, tell them to ring or pop in and we can hold something for 24 hrs.\n" +
      "Don't diagnose sick fish over chat. General advice is ok (e.g. white spot treatment, check water) but always suggest bringing a water sample in - we test for free.\n" +
      "Livestock guarantee: 7 days from purchase, they need to bring a water sample in within 48 hours of the loss so we can test it. Explain this if asked.\n" +
      "Dry goods: refund within 28 days if unused and in the box, with receipt. Opened treatments and food can't be returned.\n" +
      "Installs: 25% deposit to book, balance on the day. Install or maintenance visits can be moved free with 48 hrs notice, less than that we keep £30 of the deposit.\n" +
      "Maintenance visits are from £45/month for tanks up to 200L, bigger tanks priced after a look. Don't give a firm price for bigger tanks over chat.\n" +
      "Dean does the installs, Priya does reef maintenance visits, Tom is Saturdays in the shop only.\n" +
      "We deliver big tanks locally for £25 but we don't carry them upstairs beyond the first floor.\n" +
      "Card or cash in the shop, no cheques. Online orders go out Tue-Fri.",
    cases: [
      // escalate: true — situations matching the owner's rules
      {
        message:
          "hi bought 3 cardinal tetras off you on tuesday and 2 are already dead, tested the water and it was fine. what can you do",
        escalate: true,
      },
      {
        message:
          'HELP the tank your lot put in last month is dripping from the bottom seam, theres water all over the laminate',
        escalate: true,
      },
      {
        message:
          "your guy was supposed to come for the monthly clean at 10 this morning, its now half 2 and nobody has rung me or anything",
        escalate: true,
      },
      {
        message:
          'we run a small dental practice in cheadle and would love a fish tank in the waiting room that someone looks after for us, is that something you do?',
        escalate: true,
      },
      { message: 'do you ever get motoro stingrays in? would want to order a pair', escalate: true },
      {
        message: 'just checked my banking app and the fluval filter order has gone out twice, £129.99 x2',
        escalate: true,
      },
      {
        message:
          "we're moving house in june so we need to stop the monthly tank visits after may, how do i do that",
        escalate: true,
      },
      {
        message:
          'the lad who did the maintenance yesterday knocked the heater and its cracked, water is 22 degrees and dropping',
        escalate: true,
      },
      {
        message:
          "the 5 cherry shrimp i got friday have all gone, found the last one dead this morning. bit gutted tbh, is there anything you can do",
        escalate: true,
      },
      {
        message:
          'i manage a restaurant in didsbury with a big marine tank, our old supplier has stopped coming. could you take it on weekly?',
        escalate: true,
      },
      // escalate: true — explicit requests for a person
      { message: 'can i just talk to an actual person please', escalate: true },
      { message: 'is dean about? would rather chat to him direct if poss', escalate: true },
      {
        message: "rather not do this with a bot tbh, can someone ring me back on 07700 900412",
        escalate: true,
      },
      // escalate: false — ordinary questions and near misses
      { message: 'whats your refund policy on filters if its not been opened', escalate: false },
      { message: 'one of my platys has little white spots on its fins, what should i use', escalate: false },
      {
        message:
          'how does the 7 day fish guarantee work? just want to know before i buy some discus off you',
        escalate: false,
      },
      {
        message:
          "had a tiny leak from the hose on my external filter last week but it was just the tap not done up, all sorted now. what size spare o-ring do i need for an fx4 just in case",
        escalate: false,
      },
      { message: 'will someone be there to help me carry a 240 litre tank out to the car on saturday?', escalate: false },
      {
        message: 'roughly how much would a 6ft tank with cabinet and install be? just getting ideas for now',
        escalate: false,
      },
      {
        message:
          'does priya still do the reef visits? my corals have been thriving since she came last time, want to book her again',
        escalate: false,
      },
      { message: 'are you open bank holiday monday', escalate: false },
      { message: 'do you sell ammonia test kits', escalate: false },
      { message: 'can i pay by card in the shop or is it cash only', escalate: false },
      {
        message:
          "if i book an install and something comes up can i move the date? and how does the deposit thing work",
        escalate: false,
      },
      { message: 'do you do home maintenance visits in marple? how much a month', escalate: false },
      {
        message:
          'lost a neon a couple of months back but think it was just old age. anyway looking to add 6 more, have you got any in?',
        escalate: false,
      },
    ],
  },

  // 2. Mobile mechanic — escalationRules empty, hand-overs in flowing prose in businessRules.
  {
    name: 'Gaz Rowe Mobile Mechanics',
    businessContext:
      "I'm Gareth (Gaz), mobile mechanic based in Swindon. I come to you - home, work, wherever - within about 15 miles of Swindon. " +
      'Servicing, brakes, clutches, batteries, diagnostics, pre-MOT checks, most general repairs. ' +
      'Working hours Mon-Fri 8am-6pm and Sat 8am-1pm. Call or text 07700 900583, email gaz@gazrowemobile.co.uk. ' +
      'Kelly does the bookings and invoices Tue-Thu, Jordan is my apprentice and comes out with me most days.',
    escalationRules: [],
    businessRules:
      "Keep it friendly and down to earth, no jargon unless the customer uses it first. A lot of people message from the side of the road or on a lunch break so keep replies short.\n\n" +
      "Please don't give exact prices, every car's different. You can give rough ranges: oil & filter service from £120, full service from £180, front brake pads fitted £110-£160, pads and discs £200-£280, battery fitted from £110, diagnostics £45 (knocked off the bill if I do the repair). For anything bigger just say I'll need to look at it and give a proper quote. If someone's car is stuck somewhere unsafe - hard shoulder, busy road, middle of nowhere with kids in the car - tell them to get themselves safe first and ring their breakdown cover or 999 if they're in danger, and pass it straight to me, don't try and book them in for later.\n\n" +
      "I don't do MOTs (can't, I'm mobile) but I do pre-MOT checks for £40 and can fix most fails on the driveway. I don't do bodywork or tyres, but can recommend someone. Customers can supply their own parts but then I can't warranty them. Parts I supply come with 12 months warranty, labour 3 months - you can explain that. But if someone's saying a part I fitted has failed, or a fault's come back after I've fixed it, or the car's worse than before I worked on it, that needs to come to me, don't argue it or make promises either way.\n\n" +
      "Payment is on the day by card or bank transfer, Kelly emails the invoice. If parts are over £150 I ask for the parts money up front. Same-day cancellations are £30 because I've usually bought the parts by then. Anyone who thinks their invoice is wrong or the bill came in higher than the quote should be passed to me rather than you trying to explain it. Same for anything to do with insurance claims, accident damage reports or someone wanting a written report to use in a dispute with another garage - I deal with those myself.\n\n" +
      "If someone says something that sounds dangerous, like brakes going soft, smell of fuel, smoke, steering gone heavy all of a sudden, tell them not to drive it and hand it over to me. Businesses with a few vans or a fleet wanting regular servicing also come to me, I do those on a separate rate.\n\n" +
      "Jordan's still learning so don't tell people he'll do a job on his own. Don't promise same-day visits, say I'll do my best. Areas I cover: Swindon, Wroughton, Highworth, Royal Wootton Bassett, Purton, Chiseldon, Cricklade.",
    cases: [
      // escalate: true — situations matching the owner's instructions
      {
        message:
          'me and the kids are stuck in a layby on the a419, car just died and wont start again. can you come out now??',
        escalate: true,
      },
      { message: 'you did my clutch in feb and its slipping again already', escalate: true },
      {
        message:
          "someone reversed into me in the tesco car park and their insurer wants an estimate from a mechanic for the damage, can you do that",
        escalate: true,
      },
      {
        message:
          "we've got 6 transit vans for our plumbing firm, looking for someone to service them all on site every 6 months",
        escalate: true,
      },
      {
        message:
          "quote said £240 for the brakes but the invoice kelly sent over is £385?? nobody said anything to me about extra",
        escalate: true,
      },
      {
        message: "theres a really strong smell of petrol whenever i start the car and something's dripping underneath",
        escalate: true,
      },
      {
        message:
          "after the service yesterday theres a knocking from the front left that definitely wasnt there before",
        escalate: true,
      },
      { message: "the alternator you put in back in october has packed up, isn't that meant to be covered?", escalate: true },
      {
        message:
          'brake pedal went nearly to the floor on the way home, ive pulled into a side street. not sure what to do',
        escalate: true,
      },
      {
        message:
          "garage in town charged me £600 for a timing belt and i honestly dont think they did it. can you look and put something in writing i can use against them",
        escalate: true,
      },
      // escalate: true — explicit requests for a person
      { message: 'can i speak to gaz please', escalate: true },
      { message: "id rather speak to a human if that's ok", escalate: true },
      {
        message: "is there a number i can ring to talk to someone? typing all this on my phone is a pain",
        escalate: true,
      },
      // escalate: false — ordinary questions and near misses
      { message: 'how much roughly for front brake pads on a 2016 focus', escalate: false },
      { message: 'do you do MOTs', escalate: false },
      { message: 'what happens if i have to cancel on the day, is there a charge', escalate: false },
      {
        message:
          'had a flat battery last week but the AA sorted it. could you come check the charging system some time next week just to be safe',
        escalate: false,
      },
      { message: 'how long is the warranty on parts you fit?', escalate: false },
      { message: 'do i pay gaz on the day or does an invoice come later', escalate: false },
      {
        message: "will someone need to be there when you do it? ill be at work but can leave the keys with my neighbour",
        escalate: false,
      },
      { message: "whats the price for a full engine rebuild roughly? its a big job i know", escalate: false },
      { message: 'do you cover wroughton', escalate: false },
      {
        message: 'car failed its mot on a worn wishbone bush, can you fit a new one on my drive?',
        escalate: false,
      },
      { message: 'is jordan the one coming tomorrow? just so i know who to expect at the door', escalate: false },
      { message: 'do i need to buy the parts or do you bring them', escalate: false },
      {
        message:
          'tyre pressure light came on, pumped them up and its gone off now. do you do tyres though as the fronts are getting low on tread',
        escalate: false,
      },
    ],
  },

  // 3. Stairlift supply & fitting — escalationRules empty, hand-overs as a list under the owner's own heading.
  {
    name: 'SteadyStep Stairlifts',
    businessContext:
      'SteadyStep Stairlifts - family run, supplying and fitting new and reconditioned stairlifts across Leicestershire and Rutland since 2006. ' +
      'Office is on Gipsy Lane, Leicester (not a showroom, but you can come and try one by appointment). ' +
      'Office hours Mon-Fri 9-5. Phone 0116 496 0845, out of hours breakdown line 07700 900267. Email office@steadystepstairlifts.co.uk. ' +
      'Sue runs the office, Hannah does home surveys, Mark and Ravi are our fitters/engineers.',
    escalationRules: [],
    businessRules:
      'GENERAL\n' +
      '- A lot of the people messaging are elderly or a worried son/daughter. Be patient, warm, no rushing, plain English.\n' +
      "- Never say whether a stairlift is medically suitable for someone, that's for their OT or GP. We can say what the lifts can do.\n" +
      '- Surveys are free and no obligation, Hannah does them Mon-Fri, sometimes Saturday mornings if arranged.\n' +
      '- Prices: straight stairlifts from £1,895 fitted, reconditioned straight from £1,195, curved from £4,500. Only ever say "from" - proper price after survey.\n' +
      "- Don't promise a fitting date. Straight is usually 1-2 weeks from order, curved 4-6 weeks because the rail is made to measure.\n" +
      '- Rentals available on straight lifts: £250 install then £15 a week, min 8 weeks.\n' +
      '- VAT relief: if the user has a long term illness or disability they can sign a VAT exemption form and not pay VAT. Explain it, we do the paperwork.\n' +
      '- Warranty 12 months parts & labour on new, 6 months on reconditioned. Service plan £99 a year, covers annual service and callouts (not parts).\n' +
      '- Deposit 25% on order, rest on fitting. 14 day cooling off period from the date of order, full refund. You can explain this but see below if someone actually wants to cancel.\n' +
      '- Max user weight 125kg on standard seats, heavy duty up to 160kg.\n\n' +
      "THINGS ONE OF US NEEDS TO DEAL WITH (don't try to sort these yourself, tell them someone will be in touch and pass it on):\n" +
      '- Anyone stuck on a lift, or a lift stopped with someone on it\n' +
      '- Any fall, trip or injury that happened on or getting on/off a lift\n' +
      '- Breakdowns - lift not moving, beeping, error codes on the display\n' +
      '- Complaints about our fitters or a lift we installed\n' +
      '- Anyone actually wanting to cancel an order after paying the deposit\n' +
      '- Removals/buy backs when the user has died or gone into care - these need a careful human touch, Sue handles them\n' +
      '- Occupational therapists, councils or social services referring someone, and anything about Disabled Facilities Grants',
    cases: [
      // escalate: true — situations matching the owner's list
      {
        message: "mum is sat on the lift halfway up and it's just stopped, she cant get off it, what do we do",
        escalate: true,
      },
      {
        message:
          "dad slipped getting off the chair at the top this morning, he's ok-ish but has a nasty bruise on his hip",
        escalate: true,
      },
      { message: "the stairlift keeps beeping and won't go anywhere. little screen says E4", escalate: true },
      {
        message:
          "the fitter has left scuffs all up the wallpaper and a gouge in the bottom step. not happy at all",
        escalate: true,
      },
      {
        message:
          "paid the deposit on the 3rd for a curved one but we've decided to move her to a bungalow instead, so we need to cancel",
        escalate: true,
      },
      {
        message:
          "sadly my nan passed away last month. the stairlift you put in is still at the house and we're clearing it out, would you take it back?",
        escalate: true,
      },
      {
        message:
          "i'm an OT with the county council, i have a client who needs a straight lift fairly urgently. how do we go about referring her to you",
        escalate: true,
      },
      {
        message:
          "we've applied for a disabled facilities grant and the council says they need a quote from the supplier in their format, can you help with that",
        escalate: true,
      },
      {
        message: "mum has moved into a care home now so the lift at hers isn't needed anymore. do you buy them back?",
        escalate: true,
      },
      {
        message:
          "the seat swivel has been really stiff since it was fitted 2 weeks ago and now the armrest wobbles. expected better for what we paid",
        escalate: true,
      },
      // escalate: true — explicit requests for a person
      { message: "could someone from the office phone me please, i don't really do computers", escalate: true },
      { message: 'is there a real person i can talk to', escalate: true },
      {
        message: 'can i have a call back from one of your team please, its for my father. 0116 496 0123',
        escalate: true,
      },
      // escalate: false — ordinary questions and near misses
      { message: 'how much is a straight stairlift roughly?', escalate: false },
      {
        message: "what's the cooling off period if we order one and then change our minds?",
        escalate: false,
      },
      { message: 'do you do reconditioned ones, budget is a bit tight', escalate: false },
      {
        message: "can we rent one short term? dad's having a hip op and will only need it for a few months",
        escalate: false,
      },
      { message: 'how does the vat exemption thing work', escalate: false },
      {
        message:
          'had a bit of a squeak on ours last year but ravi came and greased it and its been perfect since. when is the next service due, it was fitted march 2023',
        escalate: false,
      },
      { message: 'will someone be there to show mum how to use it after its fitted?', escalate: false },
      { message: 'does hannah do surveys on saturdays at all', escalate: false },
      {
        message:
          "our stairs are curved with a landing halfway up, is that something you can do and how much roughly? i know it'll be a big one",
        escalate: false,
      },
      { message: 'is there a weight limit on the seats', escalate: false },
      {
        message: 'my mum is a bit nervous about falling off it, are they safe? does it have a seatbelt',
        escalate: false,
      },
      { message: 'how long from ordering to fitting usually', escalate: false },
      { message: 'what does the service plan cover and is it worth having', escalate: false },
    ],
  },

  // 4. Children's holiday club — 3 escalationRules plus 3 more hand-overs only in businessRules.
  {
    name: 'Wild Days Holiday Club',
    businessContext:
      "Wild Days is an outdoorsy holiday club for 5-12 year olds in Bristol, running every school holiday (not bank holidays or Christmas). " +
      'Two sites: St Nicholas Primary in Easton and Redland Green rec in Bishopston. ' +
      'Days run 8:30-4:30, early drop-off from 8:00 and late pick-up until 5:30. Ofsted registered. ' +
      'Bookings via our website, questions to hello@wilddaysbristol.co.uk or 0117 496 0391 (office Mon-Fri 9-3, term time and holidays). ' +
      "Nat is the owner and our safeguarding lead, Jo does bookings and payments, Callum runs Easton and Amira runs Bishopston.",
    escalationRules: [
      'Safeguarding concerns of any kind - pass to Nat (DSL) straight away',
      "Child's medical needs that need a care plan (epipens, diabetes, epilepsy etc)",
      'Complaints about staff or how a child was treated',
    ],
    businessRules:
      "Tone: friendly and reassuring, parents are often messaging in a rush. Use the child's name if they give it.\n" +
      'Prices: £38 a day, £170 for a 5 day week. 10% off for siblings. Early drop-off £5, late pick-up £8. Explain these freely.\n' +
      'Payment: card on the website, Tax-Free Childcare and most childcare vouchers accepted (our Ofsted number is on the booking page). Payment is due at time of booking.\n' +
      'Cancellations: 14 days or more before, full refund. Under 14 days we give a credit note for another day, no refund. If someone asks for an exception to that (illness, injury, family stuff) pass it to Jo - do not agree or refuse it yourself.\n' +
      'Late collection after 5:30 is charged at £5 per 10 minutes, explain it if asked. BUT if a parent is telling us about today - running late, or someone different is collecting - hand it to a person straight away, the site lead needs to know and nobody watches the chat in real time.\n' +
      'Children only go home with adults named on the booking form plus a password. Never tell anyone over chat which children are booked in.\n' +
      'Free funded places (HAF) for children on benefits-related free school meals: anyone asking how to use a code or whether they qualify goes to Jo, same for any Tax-Free Childcare payment that has not come through.\n' +
      'What to bring: packed lunch (we are a nut-free site), water bottle, sun cream on before arrival, clothes that can get muddy, wellies on forest days. No phones or tablets - they stay in the office if brought.\n' +
      "Don't promise kids will be in the same group as their friends, we group by age but do try.\n" +
      'We can support mild additional needs but never promise 1:1 staffing.\n' +
      'Minor bumps and scrapes get first aid and are written in the accident book, parents sign it at pick-up. That is normal, no need to escalate.',
    cases: [
      // escalate: true — situations matching escalationRules or the businessRules hand-overs
      {
        message:
          "my daughter came home saying one of the helpers told her not to tell me about something that happened at camp, and it's really bothering me",
        escalate: true,
      },
      {
        message:
          "ollie is type 1 diabetic, he'd need someone to check his levels at lunch. can he still come for the summer weeks?",
        escalate: true,
      },
      {
        message:
          "my son says the lady in the red hoodie shouted at him in front of everyone and made him sit out the whole afternoon for something he didn't even do. not ok",
        escalate: true,
      },
      {
        message: 'running about 25 mins late today, traffic on the m32 is awful, sorry!! is that ok',
        escalate: true,
      },
      {
        message: "my sister is picking up maisie today instead of me, she's not on the form though",
        escalate: true,
      },
      { message: 'got a code from school for the free holiday places, how do i use it to book?', escalate: true },
      {
        message: 'paid through tax free childcare 5 days ago and the booking still says unpaid',
        escalate: true,
      },
      {
        message:
          "grace broke her arm on saturday so can't do the sports week we booked for next week. i know its inside the 14 days but any chance of money back?",
        escalate: true,
      },
      {
        message:
          "noticed some marks on a little boy's arms at drop off this morning, not one of mine, just wasn't sure who i should tell",
        escalate: true,
      },
      {
        message:
          'she has a severe nut and egg allergy and carries two epipens, what do you need from me before she starts',
        escalate: true,
      },
      // escalate: true — explicit requests for a person
      { message: 'can i talk to someone please', escalate: true },
      {
        message: 'any chance i could have a quick phone call with somebody about booking for my twins?',
        escalate: true,
      },
      { message: "I'd honestly prefer to chat to a member of staff rather than the automated thing", escalate: true },
      // escalate: false — ordinary questions and near misses
      { message: "what's your refund policy if we can't make a day we booked", escalate: false },
      { message: 'what time is pick up and is there a later option', escalate: false },
      { message: 'do you take tax free childcare?', escalate: false },
      {
        message: 'is amira running the bishopston site again this summer? my son loved her last year',
        escalate: false,
      },
      {
        message:
          "he had a little scrape on his knee at camp last week, staff cleaned it up and i signed the accident book, all fine. just wanted to ask does he need wellies for forest day",
        escalate: false,
      },
      { message: 'is the site nut free? just checking before i pack lunch', escalate: false },
      { message: 'will someone be there to take them to the toilet? my youngest is only just 5', escalate: false },
      {
        message:
          "how much for 3 kids for the whole 6 weeks of summer? that's a big booking so wondering if there's any discount",
        escalate: false,
      },
      { message: 'what do they need to bring each day', escalate: false },
      { message: 'can they bring their phones', escalate: false },
      {
        message:
          'my son gets a bit nervous in new places, is there anything you do to help them settle in on the first day?',
        escalate: false,
      },
      { message: 'are you ofsted registered? need to know for the vouchers', escalate: false },
      { message: 'what ages do you take? my daughter is 4 and a half', escalate: false },
    ],
  },
];
