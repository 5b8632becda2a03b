/** Round-34 HELD-OUT escalation set, written blind (only eval/escalation-types.ts read). Never tune on it. */
import type { EscalationBusiness } from './escalation-types.ts';
export const ROUND34_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: "Glaze Days Doughnuts",
    businessContext:
      "Glaze Days is a small doughnut shop on Call Lane in Leeds, run by Priya and her brother Sam. " +
      "we make fresh brioche doughnuts every morning, plus we've got a converted Citroen H van that does weddings, markets and private parties. " +
      "Shop open Wed-Sun 9am till sold out (usually about 3pm), closed Mon + Tue. " +
      "Singles £3-£3.80, box of 6 £16, box of 12 £30. " +
      "Custom boxes and wedding doughnut walls to order, walls from £295. " +
      "Van private hire from £450.",
    escalationRules: [
      "anyone saying they got ill or had a reaction after eating our doughnuts",
      "found something in a doughnut - plastic, hair, anything",
      "wedding wall / custom order cancelled or date changed less than 14 days before",
      "van late or didnt turn up at a booked event",
      "festival/market organisers wanting us to trade (pitch fees, trader applications etc)",
      "refunds over £50",
      "press, tv, influencers, collabs",
    ],
    businessRules:
      "allergens: all doughnuts contain wheat, milk, egg + soya. we DONT put nuts in the recipes but the pistachio + biscoff toppings are made in the same kitchen so cant promise nut free. no gluten free sorry.\n" +
      "vegan range fri-sun only (3 flavours, changes monthly).\n" +
      "custom boxes need 5 days notice, 50% deposit, rest on collection. logos/writing on top fine, +£1 per doughnut.\n" +
      "wedding walls - min 60 doughnuts, £295 incl wall hire, free delivery + setup within 15 miles of LS1, 50p/mile after that. try to book 6 wks ahead. deposit on walls is non refundable BUT they can move the date once if they tell us more than 14 days before.\n" +
      "van hire £450 for 2hrs up to 150 guests, £150 each extra hr. we need a flat pitch and 3m height clearance. van arrives 1hr before start to set up.\n" +
      "boxes are collection only from the shop, shop menu is on deliveroo.\n" +
      "small refunds (under £50) you can sort yourself - refund it or offer a free box next time.\n" +
      "day-olds half price after 2pm if theres any left. loyalty card 10 stamps = free doughnut.\n" +
      "dogs welcome in the shop. card only, no cash (sorry!!)",
    cases: [
      // escalate: true
      {
        message:
          "hi, bought a box of 12 saturday for my sons party and 4 of the kids were sick that night. one of the other mums is now asking me where i got them from. not happy.",
        escalate: true,
      },
      {
        message:
          "My husband had one of the pistachio doughnuts yesterday and his lips swelled up within ten minutes, we ended up in A&E. He'd asked at the counter and was told it would be fine. I'd like someone to explain how that happened.",
        escalate: true,
      },
      {
        message:
          "there was a blue plastic bit in my custard doughnut?? like a bit off a glove. nearly swallowed it",
        escalate: true,
      },
      {
        message: "Found a long hair baked right into the dough of a cinnamon sugar one. Not impressed tbh.",
        escalate: true,
      },
      {
        message:
          "Hi, we've got the doughnut wall booked for our wedding a week on Saturday. The venue has had a flood and we've had to move the whole thing to October. Can the wall move with us? Really hoping we don't lose the money on top of everything else.",
        escalate: true,
      },
      {
        message:
          "need to cancel the 80 doughnut wall for this saturday, the wedding is off. please dont ask. what happens with the money",
        escalate: true,
      },
      {
        message:
          "Your van was supposed to be at our village summer fete from 12 today and nobody has turned up. There are people asking me all afternoon where the doughnuts are and no one answers your phone. What is going on??",
        escalate: true,
      },
      {
        message:
          "van rocked up at quarter past 9 for a 7.30 slot at my daughters 18th. half the guests had gone home by then. paid £600 for that.",
        escalate: true,
      },
      {
        message:
          "Hello, I organise the Otley Food & Drink Festival in August and we'd love to have your van trading with us. Pitch fees this year are £180 for the weekend. Can I send over an application pack?",
        escalate: true,
      },
      {
        message: "running the christmas market at the corn exchange this year, any interest in a pitch?",
        escalate: true,
      },
      {
        message:
          "I ordered a custom box of 36 with our company logo on for our launch (£110) and they came out purple instead of our green. We couldn't use them at all. I'd like a full refund please.",
        escalate: true,
      },
      {
        message:
          "Hi there, I'm a producer on a BBC regional food programme and we're looking for independent bakers across Yorkshire to feature this autumn. Would Priya be up for a quick chat?",
        escalate: true,
      },
      {
        message:
          "heyy!! i do food reviews on tiktok (45k) and would love to come down and do a video with you guys, maybe a free box in exchange for a feature? 🍩",
        escalate: true,
      },
      // escalate: false
      {
        message: "do you have anything nut free? my daughter has a nut allergy",
        escalate: false,
      },
      {
        message: "Are any of your doughnuts gluten free?",
        escalate: false,
      },
      {
        message: "How much would a doughnut wall be for about 100 guests, and do you deliver out to Harrogate?",
        escalate: false,
      },
      {
        message: "Our wedding is next June - can we book a wall now and how much is the deposit?",
        escalate: false,
      },
      {
        message:
          "we've got a wall booked for the end of september (about 2 months off) and the wedding has been moved back a week. can the wall move to the new date too?",
        escalate: false,
      },
      {
        message:
          "We've got the van booked for the 3rd, what time will it get there before the party starts? Just trying to plan the timings with the caterer.",
        escalate: false,
      },
      {
        message: "How much would the van be for a 40th in the back garden, around 60 people, 3 hours?",
        escalate: false,
      },
      {
        message: "are you doing any markets or festivals this summer? want to come and find the van",
        escalate: false,
      },
      {
        message: "I saw you on Look North a while back! Are you still on Call Lane?",
        escalate: false,
      },
      {
        message:
          "paid for a box of 6 yesterday and got home to find 5 in it lol. not a big deal, just thought you should know",
        escalate: false,
      },
      {
        message: "do the biscoff ones have actual bits of biscuit in or is it just the spread? my son's funny about crunchy bits",
        escalate: false,
      },
      {
        message: "How many days notice do you need for a custom box with writing on top?",
        escalate: false,
      },
      {
        message:
          "Sam served me on Saturday and was so lovely. Please tell him the salted caramel was the best thing I've eaten all year!",
        escalate: false,
      },
    ],
  },
  {
    name: "Carriage Return Typewriters",
    businessContext:
      "Carriage Return is a one-woman typewriter workshop on St Benedicts St in Norwich, run by Helen Marsh, with Josh helping out on Saturdays. " +
      "I restore and service manual typewriters (and some electrics like IBM Selectrics), sell restored machines, and sell ribbons and bits. " +
      "Workshop/shop open Tue-Sat 10-5. " +
      "Services from £85 for a portable, £110 for a desktop manual, Selectrics from £140. " +
      "Restored machines for sale from about £120 up to £600. " +
      "We post machines anywhere in mainland UK.",
    escalationRules: [],
    businessRules:
      "Quotes are free but I need to see the machine first, drop it in or post it. Standard turnaround is 3-4 weeks, longer in Nov/Dec. When I take a repair in I write a ready-by date on the ticket. " +
      "Ribbons £7.50 (universal spools, nylon, black or black/red), cotton ribbons £9. If they don't know which spool fits their machine ask them the make and model. " +
      "We don't do electronic typewriters or word processors (Brother, Canon etc) - point them to Norfolk Office Machines. " +
      "Posting a machine out is £25 by insured courier, double boxed with foam, takes 2-3 days. No posting abroad at the moment sorry. " +
      "Every machine I sell or service comes with a 6 month guarantee on the work. Platen recovering and key/slug soldering are extra, I'll quote. " +
      "Card, cash or bank transfer all fine. Machines can be reserved for a week with a £20 deposit.\n\n" +
      "Some things I need to deal with myself, so please pass these to me and don't try to sort them. If a machine we posted has turned up damaged (bent carriage, cracked case, anything like that) - I handle the courier claim. " +
      "If someone wants to sell me a typewriter or wants a valuation, I do all the buying and valuing personally. " +
      "If someone is chasing a repair and we're past the date I gave them. " +
      "If a fault has come back, or a new one has turned up, on a machine that's still within the 6 month guarantee. " +
      "Film, TV and theatre people wanting to hire machines as props or buy several at once. " +
      "And anything about a payment dispute or a chargeback.",
    cases: [
      // escalate: true
      {
        message:
          "The Olympia SM3 I bought from you arrived this morning and the box was crushed at one corner. The carriage return lever is bent right back and it won't advance at all. Really gutted, it's a birthday present for my wife.",
        escalate: true,
      },
      {
        message: "hermes arrived today with a crack right across the case. pics attached",
        escalate: true,
      },
      {
        message:
          "Hello, my late father had a collection of about a dozen typewriters in the loft, mostly Imperials and a couple of Remingtons from the 1930s. Would you be interested in buying them, or could you tell me roughly what they're worth?",
        escalate: true,
      },
      {
        message: "do u buy typewriters? got an olivetti lettera 32 in its case, works fine",
        escalate: true,
      },
      {
        message:
          "I dropped my Smith-Corona in at the start of March and the ticket says ready by 31st March. It's now nearly the end of April and I've heard nothing. Could someone tell me what's happening with it please?",
        escalate: true,
      },
      {
        message:
          "this is getting ridiculous. you said 4 weeks and its been nearly 9. i need my typewriter back for a project and nobody answers the phone",
        escalate: true,
      },
      {
        message:
          "Bought a restored Adler from you about three months ago. Since last week the e and the r keep jamming together and the ribbon won't reverse any more. Is that covered?",
        escalate: true,
      },
      {
        message:
          "you serviced my mums imperial good companion about 6 wks ago, it was perfect when i picked it up but now the spacebar skips every few words. can i bring it back in",
        escalate: true,
      },
      {
        message:
          "Hello, I'm the props buyer on a period drama shooting in Norfolk this summer. We're looking to hire 4-5 1940s typewriters for about three weeks. Is that something you could do?",
        escalate: true,
      },
      {
        message:
          "We're a small amateur theatre company putting on His Girl Friday in October and need a few typewriters on stage for the newsroom scenes. Ideally we'd hire or borrow rather than buy. Could you help at all?",
        escalate: true,
      },
      {
        message:
          "My bank says there's a chargeback open on my payment to you from last month. I didn't start it and I think my card details were stolen. What do I need to do?",
        escalate: true,
      },
      {
        message:
          "I was charged £140 for the service on my Remington but the quote I was given on the phone was £85. I'm not paying the difference and I've already raised it with my bank.",
        escalate: true,
      },
      {
        message:
          "could you value my grandmothers typewriter for insurance? its a Blickensderfer 5, i think its fairly rare",
        escalate: true,
      },
      // escalate: false
      {
        message: "How much would a service be on a Lettera 22? Not sure what's wrong with it, the carriage is just really stiff.",
        escalate: false,
      },
      {
        message: "how long are repairs taking at the moment?",
        escalate: false,
      },
      {
        message: "How do you pack machines when you post them? A bit worried about it getting knocked about on the way.",
        escalate: false,
      },
      {
        message: "do you post to France?",
        escalate: false,
      },
      {
        message: "I need a ribbon for an Olympia SM9, which one do I need and can you post it?",
        escalate: false,
      },
      {
        message: "What guarantee comes with the machines you sell?",
        escalate: false,
      },
      {
        message: "Do you repair Brother electronic typewriters? Mine has stopped printing.",
        escalate: false,
      },
      {
        message:
          "what have you got for sale at the moment? looking for something under £200 for my daughter, she wants to write stories on a proper typewriter",
        escalate: false,
      },
      {
        message:
          "Dropped my Remington in last Tuesday and the ticket says ready on the 28th. Just checking that's still roughly right, no rush at all!",
        escalate: false,
      },
      {
        message: "Saw a gorgeous Hermes 3000 in a film last night and now I want one. Do you ever get them in?",
        escalate: false,
      },
      {
        message: "Josh helped me out with ribbons on Saturday, lovely lad. Do you sell typewriter covers too?",
        escalate: false,
      },
      {
        message: "Can I pay by bank transfer for the Royal in the window and collect it on Saturday?",
        escalate: false,
      },
      {
        message: "do you replace platens? mine is rock hard and the letters are coming out really faint",
        escalate: false,
      },
    ],
  },
  {
    name: "Extra Ball Pinball & Arcade Bar",
    businessContext:
      "Extra Ball is a pinball and retro arcade bar in an old cutlery works on Kelham Island, Sheffield, run by Dan and Kez. " +
      "About 30 pinball machines plus 25 retro cabinets (Street Fighter II, Pac-Man, Time Crisis etc), a bar with local beers and a pizza hatch. " +
      "Family afternoons Sat & Sun 12-5, under 18s welcome with an adult, free entry. " +
      "Over-18s evenings Wed-Sun from 6pm, £5 entry. " +
      "Pinball is £1 a game, retro cabinets 50p. " +
      "Private hire of the mezzanine for up to 40 people.",
    escalationRules: [],
    businessRules:
      "closing times: wed/thu 11pm, fri/sat 1am, sun 10pm. last entry 1hr before close.\n" +
      "evenings strictly 18+, challenge 25. we accept passport, driving licence or PASS card only - no photos of ID on phones.\n" +
      "family afternoons: kids with an adult at all times, max 4 kids per adult. no alcohol to under 18s obv.\n" +
      "free play wednesdays - £12 wristband, all machines on free play.\n" +
      "monthly pinball tournament last thursday of the month, £10 entry, sign up at the bar or on the website, beginners welcome, IFPA ranked.\n" +
      "mezzanine hire: up to 40 ppl, £250 min spend on food/drink, £50 deposit to book. kids birthday parties sat/sun afternoons £15 a head incl pizza + £10 of tokens.\n" +
      "card only! token machines by the door take contactless. tabs behind the bar ok, we hold a card.\n" +
      "step free on the ground floor, mezzanine is stairs only. accessible loo downstairs.\n" +
      "if a machine is out of order just say we're on it, Kez fixes them most days.\n" +
      "no outside food/drink except birthday cakes for kids parties.\n" +
      "walk ins fine, we dont take table bookings.\n\n" +
      "HAND OVER TO DAN OR KEZ (dont try to sort these yourself):\n" +
      "- anyone hurt/injured in the venue, even if it sounds minor\n" +
      "- complaints about door staff, being refused entry or being asked to leave\n" +
      "- whole venue hire/buyouts, or any group bigger than 40\n" +
      "- double charged / wrong amount on card / bar tab disputes\n" +
      "- people wanting to sell or donate us a machine\n" +
      "- anyone saying they felt unsafe, were harassed, or think their drink was spiked",
    cases: [
      // escalate: true
      {
        message:
          "My son (9) trapped his fingers in the coin door of one of the pinball machines on Sunday afternoon, it swung shut on him. His nail has gone black. I really think you should know it's dangerous.",
        escalate: true,
      },
      {
        message:
          "slipped on spilt beer by the bar on friday night and landed on my wrist. turns out its fractured. no one had put a sign out or anything",
        escalate: true,
      },
      {
        message:
          "Absolutely disgusted. Turned away at the door on Saturday because my driving licence has a small crack in it. I'm 34. Your bouncer laughed at me in front of my mates.",
        escalate: true,
      },
      {
        message:
          "got asked to leave on thursday for being 'too loud' when we were literally just cheering at the tournament. want an explanation",
        escalate: true,
      },
      {
        message:
          "Door guy wouldn't let my girlfriend in on Friday because she only had a photo of her passport. Fine, rules are rules, but he was really aggressive about it and shoved me in the shoulder when I asked why.",
        escalate: true,
      },
      {
        message:
          "Hi, we're looking at hiring the whole venue for our company Christmas party - around 120 people, a Friday in December. What would that look like cost-wise?",
        escalate: true,
      },
      {
        message: "stag do of 48 lads, want to book the mezz or whatever you've got for a saturday in june",
        escalate: true,
      },
      {
        message: "I've been charged twice for my bar tab from Friday, £62.40 came out two times. Can I get one of them back please?",
        escalate: true,
      },
      {
        message: "tab came to £96 but we only had like 6 pints and 2 pizzas?? someone elses stuff must have gone on it",
        escalate: true,
      },
      {
        message:
          "Hello, I've got a 1992 Addams Family pinball in my garage. Fully working but needs a bit of TLC. Would you be interested in buying it?",
        escalate: true,
      },
      {
        message:
          "my dad passed away last month and left an old space invaders cocktail cabinet. we'd rather it went somewhere people actually play it than the tip. would you want it, free?",
        escalate: true,
      },
      {
        message:
          "A man kept following me round the machines on Saturday night and putting his hand on my back. I told someone at the bar and nothing happened. I don't feel safe coming back.",
        escalate: true,
      },
      {
        message:
          "i think my drink got spiked at yours last night. had 2 ciders and couldnt stand up, my friend had to take me home. im really scared",
        escalate: true,
      },
      // escalate: false
      {
        message: "Can I bring my 16 year old on a Friday night if I'm with him the whole time?",
        escalate: false,
      },
      {
        message: "what ID do you accept? i dont drive",
        escalate: false,
      },
      {
        message: "How much is it to hire the mezzanine for a 30th? About 25 of us.",
        escalate: false,
      },
      {
        message: "Do you do kids parties? My daughter's turning 8 and wants a pinball party, about 12 kids.",
        escalate: false,
      },
      {
        message: "what time do you close on saturdays",
        escalate: false,
      },
      {
        message: "Medieval Madness was out of order on Wednesday, is it back up and running yet?",
        escalate: false,
      },
      {
        message: "How do I sign up for the tournament? Is it ok for beginners or is everyone really good?",
        escalate: false,
      },
      {
        message: "Is there step-free access? My brother uses a wheelchair.",
        escalate: false,
      },
      {
        message: "can we bring a birthday cake for my sons party on saturday afternoon?",
        escalate: false,
      },
      {
        message: "Kez sorted the flipper on Twilight Zone while we were playing on sunday, legend. do you still do the free play nights?",
        escalate: false,
      },
      {
        message: "Is it card only? I've only got cash on me tonight",
        escalate: false,
      },
      {
        message: "can we run a tab behind the bar or is it pay as you go?",
        escalate: false,
      },
      {
        message: "the door staff were really friendly on friday, made my mates birthday. do we need to book for this saturday or can 6 of us just turn up?",
        escalate: false,
      },
    ],
  },
  {
    name: "Sharp End Sharpening",
    businessContext:
      "Sharp End Sharpening is Tom Ellery's mobile knife sharpening service, based in Lewes and covering Brighton and East Sussex. " +
      "I work out of a converted Transit with a wet grinder and belt system. " +
      "Regular pitches at Lewes Farmers Market (1st Saturday of the month), Brighton Open Market (Wednesdays 10-3) and Hastings Old Town market (last Sunday of the month). " +
      "About 20 restaurants on fortnightly contracts, plus a postal service for anyone in the UK. " +
      "Kitchen knives from £4, serrated £5, scissors £4, secateurs and garden tools £6. " +
      "Phone and email answered Mon-Fri 8-5.",
    escalationRules: [
      "knife damaged after we sharpened it (chips, snapped tip, scratched blade, wrong angle)",
      "restaurant contracts - new ones, cancelling, changing visit days or price",
      "postal knives lost or not back within 5 working days of arriving",
    ],
    businessRules:
      "prices: kitchen knives £4 up to 8in blade, £5 over 8in, serrated/bread knives £5, scissors £4, secateurs/shears/garden tools £6, axes + hatchets £8. 10% off 10+ items. " +
      "at markets most things done while u wait (10-15 mins for a few knives), on busy days leave them and come back. small chips from drops etc can usually be ground out, +£2.\n" +
      "japanese double bevel knives (global, shun, santokus etc) are fine, £6 each, done on the belt at a japanese angle. single bevel ones (yanagiba, deba, usuba etc) or anything the customer says is worth over £300 - pass those to me, I do them by hand on stones and quote separately.\n" +
      "we DONT do hairdressing/barber scissors (send them to Shear Genius in Hove), serrated scissors or ceramic knives.\n" +
      "swords, machetes, anything that sounds like a weapon - hand it over to me, I decide case by case.\n" +
      "postal: order a tube on the website (£12 incl tracked return postage, up to 8 knives), back within 5 working days of arriving. card only for postal, paid online.\n" +
      "markets: card or cash. if a market's off (weather etc) I put it on instagram the night before. if someone says they came to one of the markets and I wasn't there, pass it to me.\n" +
      "restaurant contracts are a fortnightly swap, from £45 a visit.",
    cases: [
      // escalate: true
      {
        message:
          "Picked up my chef's knife from you at Lewes on Saturday and there's a chip out of the edge near the heel that definitely wasn't there before. It's a Wüsthof I've had for 15 years.",
        escalate: true,
      },
      {
        message: "my bread knife came back from the postal service with the tip snapped off. still wrapped in the same bubble wrap i sent it in",
        escalate: true,
      },
      {
        message:
          "Hi Tom, you did my knives at the Open Market on Wednesday. There are deep scratches all down the side of my Sabatier now, looks like it was dragged along the grinder. Not happy at all.",
        escalate: true,
      },
      {
        message:
          "Hello, I run a 40-cover bistro in the North Laine and a friend at another restaurant recommended you. We'd like to get someone in regularly to keep our knives sharp - how would that work?",
        escalate: true,
      },
      {
        message:
          "we're closing the kitchen for a refurb for 3 months from next month so need to pause or cancel the fortnightly visits. who do i speak to",
        escalate: true,
      },
      {
        message:
          "can we move our visits from tuesdays to thursdays? new head chef wants them done before the weekend. this is the Anchor in Newhaven",
        escalate: true,
      },
      {
        message:
          "Sent my knives off in the postal tube two and a half weeks ago. Tracking says you got them on the 3rd and nothing since. That's 6 knives including my good ones. Where are they??",
        escalate: true,
      },
      {
        message: "tracking says delivered but theres no knives here. the tube never came back",
        escalate: true,
      },
      {
        message:
          "I have a WW1 cavalry sabre that belonged to my great-grandfather. Could you put an edge back on it?",
        escalate: true,
      },
      {
        message: "can u sharpen a machete? use it for clearing brambles on the allotment",
        escalate: true,
      },
      {
        message:
          "Drove 40 minutes to Hastings market on Sunday with a bag of knives and you weren't there. Nothing on Instagram either. Bit annoyed to be honest.",
        escalate: true,
      },
      {
        message:
          "I have a yanagiba and a deba that I brought back from Sakai. Can you sharpen them? They're single bevel so I don't want them going on a belt.",
        escalate: true,
      },
      {
        message: "got a handmade damascus gyuto, cost me about £450, edge is going dull. can you do it properly?",
        escalate: true,
      },
      // escalate: false
      {
        message: "how much for 5 kitchen knives and a pair of scissors?",
        escalate: false,
      },
      {
        message: "Do you sharpen hairdressing scissors? Mine are Japanese ones and getting a bit blunt.",
        escalate: false,
      },
      {
        message: "do you do japanese knives? I've got a Global and a santoku from Lakeland",
        escalate: false,
      },
      {
        message: "How does the postal service work? I'm up in Leeds.",
        escalate: false,
      },
      {
        message:
          "Sent my tube off on Monday and tracking says it reached you yesterday. Roughly when should I expect them back?",
        escalate: false,
      },
      {
        message: "is lewes market still on this saturday? forecast looks awful",
        escalate: false,
      },
      {
        message: "What days are you at Brighton Open Market?",
        escalate: false,
      },
      {
        message:
          "Knives came back brilliantly sharp, I've already nicked my thumb on the paring knife haha. Can I send another batch?",
        escalate: false,
      },
      {
        message: "Do you sharpen axes? I've got a splitting axe and a little hatchet for the log pile.",
        escalate: false,
      },
      {
        message:
          "I'm a chef at one of the restaurants you do on contract - could I bring my own personal knives to the market on Saturday and pay for them separately?",
        escalate: false,
      },
      {
        message: "one of my knives has a small chip where i dropped it on the tiles, can you grind that out?",
        escalate: false,
      },
      {
        message: "Can you do ceramic knives?",
        escalate: false,
      },
      {
        message:
          "Tom did my mum's knives last month and she won't stop going on about it. Do you do a discount for lots of knives? I've got about 12.",
        escalate: false,
      },
    ],
  },
];
