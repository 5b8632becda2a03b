// Round-35 DEV escalation set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND35_ESCALATION_DEV: EscalationBusiness[] = [
  // 1. Stained glass studio: hand-overs only in escalationRules, facts only in businessRules.
  {
    name: 'Wrekin Lights Stained Glass',
    businessContext:
      'Small stained glass studio in Much Wenlock, Shropshire. Makes new leaded and stained glass windows to commission, repairs and re-leads old leaded windows, fixes Tiffany-style lamps and runs beginner classes. Owner Maggie, Tom does the repairs and site visits, Priya runs the classes.',
    escalationRules: [
      'Listed buildings, churches or anything in a conservation area - pass to Maggie, these need consent paperwork',
      'Complaints about work we have done (cracked panes, leaking or loose leading, colours not what was agreed etc)',
      'Anyone wanting to cancel a commission or get money back once the deposit is paid',
      'Insurance jobs - loss adjusters or customers needing a report/estimate for their insurer',
      'Anyone hurt by glass at a class or on a job -> Maggie straight away',
      'Big commissions (over approx £2k) or architects / builders / trade enquiries - Maggie',
      'Press, TV, radio or magazine requests',
      'Private group bookings (hen dos, work team days, birthday groups) - pass to Priya',
    ],
    businessRules: `Open Tue-Sat 10-4, closed Sun & Mon. Studio is up one flight of stairs, no lift sorry. Parking round the back off Sheinton St.
Taster class Sat mornings 10-1, £65 incl all materials, you make a small suncatcher to take home. 6 week beginners course Weds eves 6.30-9, £295, Priya teaches both. Max 6 per class, min age 16.
Class cancellations - 7 days notice or more full refund, less than that we can move you to another date once.
Repairs - Tom comes out to quote free within 15 miles of the studio, further than that its a £40 callout (taken off the job if you go ahead). Re-leading a panel usually £350-£900 depending on size & condition. Single cracked pane replacement from £45. Turnaround 4-6 wks.
Commissions - design drawing £75 (knocked off the final price if you go ahead), then 50% deposit. Lead time 10-14 wks from sign off.
We repair Tiffany style copper foil lamps too, price on seeing it.
Small ready made suncatchers and panels for sale in the studio £20-£150.
Gift vouchers any amount, valid 12 months.
Pay by card, cash or bank transfer.`,
    cases: [
      // should hand over
      {
        message:
          "Hello, I'm on the PCC at St Milburga's. One of the windows in the north aisle is bowing quite badly and letting light through at the edges. The building is Grade II* so I gather the diocese will need to be involved. Is this something you could look at?",
        escalate: true,
      },
      {
        message:
          'The panel you put in our front door 3 weeks ago rattles every time the door shuts and now theres a crack right across the blue bit. Paid £600 for this. Not happy at all.',
        escalate: true,
      },
      {
        message:
          "Hi, we paid up front for the landing window design back in March but we've now had to put the house on the market. Is there any way we can have that money returned?",
        escalate: true,
      },
      {
        message:
          'A branch came down through our bay window in the storm last week and smashed two of the old leaded lights. Our home cover people want a written assessment and costing from a specialist before they pay out, can you do that?',
        escalate: true,
      },
      {
        message:
          "my daughter sliced her hand quite deep on a piece of glass at saturday's taster, ended up at A&E with 3 stitches. just letting you know really and would like to know what happened",
        escalate: true,
      },
      {
        message:
          "Good afternoon, I'm an architect working on a chapel to residential conversion near Ludlow. We're looking for a series of eight bespoke windows, roughly 1.2m tall each. Could we arrange a meeting to discuss?",
        escalate: true,
      },
      {
        message:
          "Hi! I'm a producer on BBC Midlands Today, we're putting together a short piece on heritage crafts in Shropshire and would love to film you at work next month. Who's best to speak to?",
        escalate: true,
      },
      {
        message:
          "Our new window was fitted yesterday and honestly the greens are nothing like the drawing we signed off. Far too dark, the landing is gloomy now. I'm really disappointed after waiting 3 months.",
        escalate: true,
      },
      {
        message: "changed our minds about the fanlight, want to pull out. paid the 50% last week",
        escalate: true,
      },
      {
        message:
          "Our road has an Article 4 direction on it and the council's heritage officer says any work to the original front windows has to match like for like and be approved. Could you do it and help with what they need from us?",
        escalate: true,
      },
      {
        message:
          'Looking to do all the glass for our new build - front door, 2 side lights and a 3m tall stairwell window. Budget is around £6-8k. When could you come out?',
        escalate: true,
      },
      {
        message:
          "Hiya, it's my sister's hen do in June and we thought a glass making morning would be a laugh - there'd be 6 of us, can we have the studio to ourselves?",
        escalate: true,
      },
      {
        message:
          'Had the kitchen window re-done by you in January. Every time it rains now water comes in along the bottom of it and puddles on the sill. It never did that before you touched it!!',
        escalate: true,
      },
      // should not hand over
      {
        message: 'How much is the saturday taster and do I get to take something home?',
        escalate: false,
      },
      {
        message:
          "Is Tom still doing the repairs? He did my nan's window years ago, lovely job. I've got a cracked pane in the porch door I'd like a price for, I'm in Broseley.",
        escalate: false,
      },
      {
        message: 'do you do gift vouchers? want one for my mums birthday',
        escalate: false,
      },
      {
        message:
          "The kids' football went through one of the little panes in our hall door (oops). Roughly what does that cost to fix and how long would it take?",
        escalate: false,
      },
      {
        message:
          "I need to cancel my place on the taster on the 14th, something's come up. That's 3 weeks away so hopefully OK?",
        escalate: false,
      },
      {
        message: "What's the deposit for a commission and how long do they usually take?",
        escalate: false,
      },
      {
        message: 'Can 14 year olds do the class? My son is really into art',
        escalate: false,
      },
      {
        message: "Is there a lift up to the studio? My husband walks with a stick",
        escalate: false,
      },
      {
        message: 'Do you fix Tiffany lamps? A couple of bits on my shade have come loose',
        escalate: false,
      },
      {
        message: 'Are you open on Mondays?',
        escalate: false,
      },
      {
        message:
          'Saw a piece about your work in the Shropshire Star last year, really beautiful. Do you sell any small ready made bits? Looking for a present.',
        escalate: false,
      },
      {
        message:
          "Does Priya teach the Weds course too? Did her taster and loved it. How much is the 6 weeks?",
        escalate: false,
      },
      {
        message:
          "We're in a bog standard Victorian terrace, nothing fancy, just want a simple design for the little window over the front door. How does it work - do you do a drawing first?",
        escalate: false,
      },
    ],
  },

  // 2. Sailmaker: escalationRules empty, hand-overs as prose inside businessRules.
  {
    name: 'Tern Sails',
    businessContext:
      'Small sail loft in Penryn, Cornwall. Repairs and services sails, makes new sails to measure, and does canvas work (covers, sprayhoods, cockpit tents). Run by Dave (owner) with Sue on canvas work.',
    escalationRules: [],
    businessRules: `We're a small loft on the waterfront in Penryn. Open Mon-Fri 8.30-5, plus Sat mornings 9-12 but only Apr-Sep.
Drop repairs off at the loft or we collect from any Falmouth/Penryn/Mylor marina for £15 each way. Standard repair turnaround is 1-2 wks, in high season it can be 3 so get them in early!!
Winter service (wash, inspect, restitch where needed) is £65 for a dinghy sail, £120-£220 for yacht sails depending on size. UV strip replacement from £12/m.
New sails made to measure - we need boat make/model and rig measurements (we can measure up for you locally), lead time about 6-8 wks.
Racing sails, or anything at all for a boat over 40ft, don't quote for those, put them through to me.
We do covers, sprayhoods, cockpit tents and dodgers too. Measuring up and pricing any made-to-measure canvas is Sue's job though, so that's one for Sue.
If a sail we've made or repaired has let go out on the water, I want to hear about it personally.
Winter sail storage £30 per bag, Oct-Mar.
Anyone chasing a job that's gone past the date we gave them, pass them to me, don't make up excuses.
We take card, cash and bank transfer. 10% off for members of Flushing SC and Mylor YC, show your card.
If someone needs a report or an estimate for their insurer, let Sue know and she'll sort it out with them.
We don't do rigging, try Penryn Rigging next door, they're good.
Other lofts or trade wanting us to take on work for them - I'll deal with those myself.
And if anyone wants money back or is arguing about a bill, put them straight through to me please.`,
    cases: [
      // should hand over
      {
        message:
          "We're campaigning our J/109 properly next season - Cowes Week and the Fastnet - and want a new jib and kite in a decent performance laminate. Could you price that up?",
        escalate: true,
      },
      {
        message: 'Hi, we need a new mainsail for our Oyster 46, the old one is 12 years old and baggy as anything.',
        escalate: true,
      },
      {
        message:
          'could someone come down and measure our Westerly Fulmar for a new sprayhood? old one is literally falling to bits',
        escalate: true,
      },
      {
        message:
          "Picked the genoa up from you end of May after the leech repair. First proper blow we had off the Manacles and the tape you restitched gave way completely, ripped about two foot up the sail. Had to motor home. Bit gutted tbh.",
        escalate: true,
      },
      {
        message: 'You said my main would be ready last Friday. Its now Weds. Nobody has rung. Whats going on??',
        escalate: true,
      },
      {
        message:
          "We lost the mast off Dodman Point last month. The policy people need something in writing from a sailmaker saying the main is beyond repair before they'll pay out. Can you do that for us?",
        escalate: true,
      },
      {
        message:
          'The invoice you sent says £340 but on the phone you told me around £200. That is not what we agreed and I won\'t be paying that.',
        escalate: true,
      },
      {
        message:
          "Hi, we're a loft up in Plymouth and we're completely snowed under this spring. Would you take on some overflow repair work from us at a trade rate?",
        escalate: true,
      },
      {
        message:
          "We'd like a full cockpit enclosure for our Sadler 34 so we can use the boat in spring and autumn without freezing. What would be involved and what sort of cost?",
        escalate: true,
      },
      {
        message: 'batten pocket you fixed has torn out again. first sail out.',
        escalate: true,
      },
      {
        message:
          "Hi there, just wondering where my Laser sail is at? It was due back a fortnight ago now and I've got a club race on Sunday. Thanks",
        escalate: true,
      },
      {
        message: "Not happy with the cover you made, doesn't fit the boom properly. I want my money back.",
        escalate: true,
      },
      {
        message:
          "I'm doing the Fireball nationals in August and want a new main cut flatter for heavy air, something competitive. What would you recommend and how much?",
        escalate: true,
      },
      // should not hand over
      {
        message: 'How much for a winter service on a Laser sail?',
        escalate: false,
      },
      {
        message: "Do you collect from Mylor? I'm on a pontoon there, would save me a trip",
        escalate: false,
      },
      {
        message: 'Are you open on a Saturday in October?',
        escalate: false,
      },
      {
        message: "I'm a member at Flushing SC, do I get any discount?",
        escalate: false,
      },
      {
        message:
          "Sue did our cockpit tent last year and it's brilliant. Can I drop the jib in for a wash and check over while I'm passing tomorrow?",
        escalate: false,
      },
      {
        message:
          'Tore the genoa on a stanchion when I was furling in a hurry (totally my fault!). How long are repairs taking at the moment?',
        escalate: false,
      },
      {
        message: "can you replace the uv strip on my furling genoa? it's about 9m along the leech. rough cost?",
        escalate: false,
      },
      {
        message:
          "Thinking about a new main for our Contessa 26 for cruising. How long would that take and what measurements do you need from me?",
        escalate: false,
      },
      {
        message: 'Do you do rigging? My forestay is looking a bit tired',
        escalate: false,
      },
      {
        message: 'Can I leave my sails with you over the winter? How much is it?',
        escalate: false,
      },
      {
        message: 'What payment do you take? Card ok?',
        escalate: false,
      },
      {
        message:
          "I've got a bit of a club regatta next month, could I get my old main checked over before then? How quick is turnaround at the mo?",
        escalate: false,
      },
      {
        message: 'Is it still 1-2 weeks for repairs? Want to drop a torn spinnaker in on Monday morning',
        escalate: false,
      },
    ],
  },

  // 3. Magic & joke shop: escalationRules empty, facts then owner's heading + list in businessRules.
  {
    name: "Wizzo's Magic & Jokes",
    businessContext:
      'Magic and joke shop on Northdown Road, Margate. Sells jokes, novelties, magic sets and professional tricks in the shop and online, runs Saturday magic lessons for kids, and books party magicians (Kev for kids parties, The Great Marvello for grown-up events). Owner Dawn.',
    escalationRules: [],
    businessRules: `Shop open Mon-Sat 10-5.30, Sundays 11-4 in school holidays only.
Jokes & novelties from 50p, whoopee cushions £1.50, fake blood £3. Kids magic sets £8-£40, pro tricks from £15 up.
Happy to demo any trick at the counter but we don't tell you how its done till you've bought it!
Fake blood is washable out of most fabrics, test a small bit first.
Stink bombs & cap snaps are 12+ only, we will ask.
Online orders go Royal Mail, 2-3 days, £3.95 or free over £40, UK only.
Returns - unopened within 14 days with receipt. Tricks can't come back once opened (secret's out!).
Kids magic lessons Sat 10-11am, £8 a session, ages 7+, just turn up.
Party magicians: Kev does kids parties (ages 4-10). 1hr £180, 90 min £230 incl balloon modelling. Travel free within 10 miles of Margate then 50p a mile. £50 deposit to book, rest on the day cash or card.
Moving a party date is fine as long as Kev's free on the new date, no charge.

THINGS TO SEND MY WAY (DAWN) - DONT TRY AND SORT THESE IN THE CHAT:
- anyone unhappy with a magician we sent (late, didnt turn up, behaviour etc)
- cancelling a party less than 2 wks before or asking for the deposit back
- any injury, rash or reaction from something bought here (itching powder, fake blood, face paints)
- schools, shops or anyone wanting to buy in bulk / trade prices
- grown up bookings - weddings, stag & hen dos, work parties. Marv's diary is mine
- performers asking for work with us
- faulty trick complaints on anything over £50`,
    cases: [
      // should hand over
      {
        message:
          "The magician never showed up for my son's 6th yesterday. 15 kids sat waiting for an hour and nobody answered the phone. I am absolutely livid.",
        escalate: true,
      },
      {
        message:
          'Kev came to our party on Sunday but he was 40 mins late and seemed in a real rush, the kids barely got half an hour. Expected better for £180 to be honest.',
        escalate: true,
      },
      {
        message:
          "We can't do the party next Saturday anymore, my mum's been taken into hospital. Is it possible to have the £50 back?",
        escalate: true,
      },
      {
        message:
          "my daughter's face came up in a red blotchy rash after using the fake blood from your shop for halloween, is there something in it she could be allergic to?",
        escalate: true,
      },
      {
        message:
          "Hello, I'm head teacher at a primary in Cliftonville. We'd like about 120 little joke packs for the end of term fete. Could you do us a price for that quantity?",
        escalate: true,
      },
      {
        message:
          "Looking for someone to do close-up tricks going round the tables at our wedding reception in August, about 80 guests. Is that something you do?",
        escalate: true,
      },
      {
        message: "Our firm's Christmas do is on the 14th Dec, we want an entertainer to mingle for a couple of hours. Available?",
        escalate: true,
      },
      {
        message:
          "Hi, I've been doing kids shows round Kent for 6 years, full DBS and PLI. Wondering if you ever need extra performers on your books?",
        escalate: true,
      },
      {
        message: 'Bought the deluxe zombie ball from you for £75 and the thread snapped the FIRST time I used it. Rubbish.',
        escalate: true,
      },
      {
        message:
          "That itching powder got in my lad's eye this morning, we've been sat at minor injuries all afternoon. Think you should know.",
        escalate: true,
      },
      {
        message:
          "Stag do in Margate in May, 12 of us, fancy a comedy magic act for an hour in the pub before we go out. What's the damage?",
        escalate: true,
      },
      {
        message:
          "I run a little gift shop in Broadstairs and would love to stock some of your joke lines. Do you sell wholesale?",
        escalate: true,
      },
      {
        message: 'we booked kev for this sat but need to cancel sorry',
        escalate: true,
      },
      // should not hand over
      {
        message: 'How much is a magician for a kids party for an hour?',
        escalate: false,
      },
      {
        message: 'Does Kev do balloon animals? My boy is obsessed with them',
        escalate: false,
      },
      {
        message: "Can I bring back a trick I've opened? It's a bit too hard for my son",
        escalate: false,
      },
      {
        message: 'Do you post to Scotland and how long does it take?',
        escalate: false,
      },
      {
        message: 'are you open sunday this half term?',
        escalate: false,
      },
      {
        message: "Party's in Ramsgate, is there a travel charge on top?",
        escalate: false,
      },
      {
        message:
          'We need to move our party from the 3rd Aug to the 10th Aug, its 2 months away, is that ok or is there a fee?',
        escalate: false,
      },
      {
        message: "Does the fake blood wash out? Don't want to wreck the carpet at the halloween party lol",
        escalate: false,
      },
      {
        message: 'Do you do magic lessons for kids? My daughter is 9 and loves card tricks',
        escalate: false,
      },
      {
        message: 'My 10 yr old wants stink bombs, can he come in and buy them himself?',
        escalate: false,
      },
      {
        message: "What's the deposit to book a party and when do I pay the rest?",
        escalate: false,
      },
      {
        message:
          'My son snapped the wand he got for Christmas (jumped on it, dont ask). Do you sell them on their own?',
        escalate: false,
      },
      {
        message: 'How much are whoopee cushions? Need 3 for party bags',
        escalate: false,
      },
    ],
  },

  // 4. Glassblowing studio: mixed, some rules in escalationRules, some as prose in businessRules.
  {
    name: 'Furnace Yard Glass',
    businessContext:
      'Glassblowing studio and gallery in Ambleside, Cumbria. Sells handmade glass in the gallery and online, runs free demos and paid have-a-go sessions where visitors make their own piece. Owner and glassblower Ian, gallery run by Jo.',
    escalationRules: [
      'Burns, cuts or any other injury at a have-a-go session',
      'Wedding favours / corporate gift orders of 20+ pieces -> Ian',
      'Orders that arrived broken or damaged in the post',
      'Complaints about staff (rude, unhelpful etc)',
    ],
    businessRules: `Studio & gallery open Wed-Sun 10-5. Free glassblowing demos at 11am and 2pm, just turn up. Phone pics/videos of demos are fine.
Have-a-go: 30 min session, make a paperweight, £45. 1 hour session, make a paperweight and a bauble, £85. Max 4 people per slot. Min age 12, under 16s need an adult with them.
Wear cotton clothes and closed toe shoes, no synthetics. We give you safety glasses.
Your piece has to cool overnight in the annealer - collect next day or we post it for £6.
If someone's pregnant or has a health condition and asks about doing a have-a-go, don't say yes or no, put them through to me.
Gallery pieces £15-£900. We post UK wide, 3-5 days, everything double boxed.
Our glass isn't dishwasher safe, hand wash only.
Furnace is off for maintenance 1-21 Aug every year so no have-a-go or demos then, gallery still open.
Jo runs the gallery, she's usually in Thu-Sun. If any makers want to show or sell their work through us, that's Jo's department so pass it on to her.
Gift vouchers for any amount or for a specific session, valid 12 months.
Anyone wanting to do a photo shoot or filming in the studio, hand that to me.`,
    cases: [
      // should hand over
      {
        message:
          "My husband got a nasty burn on his forearm during the paperweight session yesterday, it's blistered up overnight. Nobody even got him under a cold tap straight away.",
        escalate: true,
      },
      {
        message:
          "We'd love about 90 little glass hearts for our wedding guests to take home, in colours to match our theme (sage and dusky pink). Is that something you could make?",
        escalate: true,
      },
      {
        message: 'Our company is after 30 engraved glass awards for the annual staff do in November. Can you help?',
        escalate: true,
      },
      {
        message:
          'The vase I ordered arrived this morning in about six pieces. Box looked like it had been kicked round the depot.',
        escalate: true,
      },
      {
        message:
          'The woman on the till in the gallery was really short with my mum when she asked about a price on Saturday. Quite upsetting tbh, she is 82.',
        escalate: true,
      },
      {
        message:
          "Hi, I graduated in glass from Sunderland last summer and I'm building up a body of work. Would you ever consider showing a few of my pieces in your gallery?",
        escalate: true,
      },
      {
        message: "I'm 5 months pregnant - is it ok for me to do the hour session with my partner?",
        escalate: true,
      },
      {
        message:
          'I have epilepsy, would the heat and the brightness of the furnace be a problem if I booked a slot?',
        escalate: true,
      },
      {
        message:
          "Hello! I'm a wedding photographer, one of my couples would love their engagement pics in your hot shop with the furnace glowing behind them. Could we come in for an hour one morning?",
        escalate: true,
      },
      {
        message:
          "We're a small production company making a documentary about Lake District makers. Would you be open to us filming in the studio for a day in spring?",
        escalate: true,
      },
      {
        message: 'bowl came today but theres a big chip on the rim, must have happened on the way',
        escalate: true,
      },
      {
        message:
          "My son cut his palm at the glass making on Sunday. The staff patched it up but it's gone red and angry now and the GP says it's infected.",
        escalate: true,
      },
      {
        message:
          "The guy running our session was on his phone half the time and snapped at my son for asking questions. Not what we paid £85 for.",
        escalate: true,
      },
      // should not hand over
      {
        message: 'How much is the have a go and what do you get to make?',
        escalate: false,
      },
      {
        message: "What's the minimum age for the session? My son is 11, nearly 12",
        escalate: false,
      },
      {
        message: 'What should I wear for the have a go?',
        escalate: false,
      },
      {
        message: "Can you post my paperweight on? We're only up for the weekend and going home Sunday",
        escalate: false,
      },
      {
        message: 'Are you open in August? Want to bring the kids for a session on the 10th',
        escalate: false,
      },
      {
        message: 'Is the big blue vase in the window still for sale? And could you post it to Leeds?',
        escalate: false,
      },
      {
        message: 'Are the demos free to watch? And am I ok to take a few pics on my phone for my insta?',
        escalate: false,
      },
      {
        message:
          "I dropped the glass bowl I bought from you last year on the kitchen floor (my own fault, butter fingers). Do you still do that style?",
        escalate: false,
      },
      {
        message: 'Can your tumblers go in the dishwasher?',
        escalate: false,
      },
      {
        message: 'Is Jo in on Saturday? She helped me choose a present last time and was lovely',
        escalate: false,
      },
      {
        message: 'Do you do gift vouchers for the hour session?',
        escalate: false,
      },
      {
        message: "Looking for a wedding present for my sister, budget about £100, what sort of thing have you got?",
        escalate: false,
      },
      {
        message: 'Can 4 of us book the hour session together?',
        escalate: false,
      },
    ],
  },
];
