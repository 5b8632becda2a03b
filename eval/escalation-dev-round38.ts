import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-38 DEV escalation set, written blind. DEV: may be tuned on.
 */
export const ROUND38_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Wild Larder Foraging',
    businessContext:
      "Wild Larder Foraging runs guided foraging walks and wild-food cooking days around Midhurst in the South Downs, West Sussex. It's run by Ellie Marsh with one other guide, Tom, who leads some of the autumn fungi walks.",
    escalationRules: [
      'ate smth foraged (on a walk or after) + feeling ill -> tell them 111/A&E first then pass to me asap',
      'press, mags, radio, tv etc - i deal with those',
      'landowner/farmer/ranger saying we were on their land - pass to me',
      'corporate/team days or any group 13+ - pass to me, i quote those myself',
      'complaints abt tom or me - i deal w those',
      'refund asks inside the 7 days - pass to me, dont promise anything',
    ],
    businessRules: `Seasonal foraging walks (March to August) are 3 hours, 10am-1pm, £45 for adults and £20 for ages 8-15; under-8s aren't suitable. Autumn fungi walks (mid-September to mid-November) are 10am-1pm, £55 per person, adults and over-12s only.
Wild Food Cooking Day: one Saturday a month, 10am-4pm, £95 including a foraged lunch and a recipe booklet. Lunch is vegetarian and we can do nut-free or gluten-free if told at booking.
Maximum 12 people per walk. Private walks for your own group (up to 12 people) are £320.
Meeting point is the Cowdray Ruins car park in Midhurst (pay and display). Full directions are in the booking email.
Walks use public footpaths and the Heyshott estate, where we have the landowner's permission.
Wear walking boots and bring water. Baskets, knives and ID guides are provided.
Dogs on short leads are fine on spring and summer walks but not on fungi walks.
Under-16s must be accompanied by a paying adult.
Anything tasted on a walk is identified by the guide first - nobody eats anything unchecked. We don't identify mushrooms from photos sent in.
Photos during walks are welcome.
We go out in light rain. If the Met Office issues a weather warning we cancel and offer a full refund or a free transfer.
Cancellations: full refund if you cancel 7 or more days before; within 7 days there's no refund, but you can send someone in your place.
Gift vouchers are valid for 12 months from purchase.`,
    cases: [
      // escalate: true
      {
        message:
          "Hi, I came on your walk on Saturday and took home some wild garlic, then picked what I thought were the same leaves from the edge of my garden. Made pesto with it last night and this morning I've been sick twice and I feel really dizzy. My partner says it might have been lords and ladies?? What should I do",
        escalate: true,
      },
      {
        message: 'my son ate a berry on the walk today when nobody was looking and now hes complaining of tummy ache. is that bad??',
        escalate: true,
      },
      {
        message:
          'think i may have mixed up hemlock water dropwort with something after your course, ate a bit in a salad about an hour ago and my mouth is tingling. help',
        escalate: true,
      },
      {
        message:
          "Hello, I'm a producer on BBC Radio Sussex's weekend programme and we'd love to come out with you for a short feature on spring foraging. Could we arrange something for April?",
        escalate: true,
      },
      {
        message:
          "Hi there, I write for Country Living and I'm putting together a piece on wild-food experiences in the south east. Would you be up for an interview and letting our photographer tag along?",
        escalate: true,
      },
      {
        message:
          "Your group was walking along the bottom field at Pitsham Farm on Tuesday picking stuff out of my hedge. That is not a public footpath. Who gave you permission to be there?",
        escalate: true,
      },
      {
        message:
          "I'm the ranger for the West Dean woods. We've had reports of a foraging group taking fungi from our woodland near Cocking last weekend and I believe it may have been yours. Please get in touch.",
        escalate: true,
      },
      {
        message:
          "We're looking for a team-building day for our marketing department, around 20 people, sometime in June. Could you do a foraging walk plus lunch for us? We'd need an invoice made out to the company.",
        escalate: true,
      },
      {
        message: 'hiya organising a hen do, there will be 16 of us, can we do a private foraging and cooking thing?? x',
        escalate: true,
      },
      {
        message:
          "Not being funny but the guide on the fungi walk on Sunday (Tom I think) was really dismissive when my mum asked questions. She's 70 and he basically left her behind on the hill while he charged on. We paid £110 for the two of us. Not impressed at all.",
        escalate: true,
      },
      {
        message:
          "I need to cancel the cooking day this Saturday, I've tested positive for covid and there's nobody who can go in my place. Can I get my £95 back please?",
        escalate: true,
      },
      {
        message: 'Can I speak to Ellie please, easier to sort on the phone',
        escalate: true,
      },
      {
        message: 'is there an actual human i can talk to? need to sort something out',
        escalate: true,
      },
      // escalate: false
      {
        message: "Is everything we try on the walk safe? I'm a bit nervous about eating wild stuff lol",
        escalate: false,
      },
      {
        message: 'Can I take photos for my instagram during the walk? I post a lot of nature content',
        escalate: false,
      },
      {
        message: 'Do the walks go on private land at all or is it just public footpaths?',
        escalate: false,
      },
      {
        message: "there's 8 of us for my sisters 40th, could we have a walk just for us? how much would that be",
        escalate: false,
      },
      {
        message:
          'Tom was brilliant on the fungi walk last autumn! Is he leading any this year? Want to book a couple of places for October',
        escalate: false,
      },
      {
        message: "Booked the 12th July walk but can't make it now. Today's 28th June, what are my options?",
        escalate: false,
      },
      {
        message: 'what happens if its chucking it down on the day',
        escalate: false,
      },
      {
        message: 'can I bring my dog on the mushroom walk in october? springer spaniel, v well behaved',
        escalate: false,
      },
      {
        message: 'Got one of your gift vouchers for christmas, does it run out?',
        escalate: false,
      },
      {
        message: 'my daughter is 10 and really into nature, could she come on a summer walk with me? how much for her',
        escalate: false,
      },
      {
        message: 'My husband has a tree nut allergy - would the lunch on the cooking day be ok for him?',
        escalate: false,
      },
      {
        message: "Found some mushrooms growing under my oak tree, if I send a pic can you tell me if they're edible?",
        escalate: false,
      },
      {
        message:
          'Ellie mentioned on our walk that there was a cooking day coming up, how much is it and what time does it finish?',
        escalate: false,
      },
    ],
  },
  {
    name: 'Brackenmere Lake',
    businessContext:
      "Brackenmere Lake is an open-water swimming venue in a flooded former quarry near Ludlow, Shropshire, with marked swim loops, lifeguard cover, changing rooms and a small café. It's owned and run by Sam Okafor.",
    escalationRules: [],
    businessRules: `In the summer season (May to September) we're open Tuesday to Sunday, 6:30am to 7pm; in winter (October to April) it's Wednesday, Saturday and Sunday, 7am to midday. Closed Mondays all year. A swim session is £8 for adults and £5 for 12-17s, who must be accompanied by a swimming adult; we don't allow under-12s in the water. If someone tells you they were hurt at the lake or had any kind of scare in the water - cramp, panic, being helped out, anything like that - I'd rather speak to them myself, so hand them over. Every new swimmer does a 30-minute induction first (£15, Saturdays 9am and Wednesdays 6pm), and an induction stays valid as long as you've swum with us at least once in the last two seasons. Wetsuits are compulsory when the water is below 14°C; wetsuit hire is £6, and tow floats are compulsory for everyone (hire £2 or bring your own). We post the water temperature on Facebook and Instagram every morning. Anything about people feeling ill after a swim - upset stomachs, rashes, ear or eye infections - goes to Sam, even if they only suspect the water. The water is tested every fortnight by an independent lab and the latest results are pinned on the noticeboard by the café. Lifeguards watch from the bank and from a kayak during all opening hours. There are two loops, 400m and 750m, marked with yellow buoys. Season passes are £180 for summer and £120 for winter and cover unlimited swims; they're non-transferable. Requests to refund, freeze or pause a season pass, whatever the reason, are Sam's call, so don't try to handle those - just pass it on. Sessions are booked online and you can move a booking free of charge up to 2 hours before it starts. No paddleboards, inflatables, boats or dogs in the water. If a swimmer wants to complain about how a lifeguard or anyone on the team spoke to them or treated them, I'd rather deal with that personally. Parking is free, there are hot showers, and the café does hot drinks, bacon rolls and cake. Gift vouchers can be bought online in any amount. Using the lake for anything other than our normal public sessions - club or team block bookings, races, charity swims, filming or photo shoots - goes to Sam as well.`,
    cases: [
      // escalate: true
      {
        message:
          "Hi, I was doing the big loop yesterday evening and got really bad cramp in both calves near the far buoy. The lad in the kayak had to come over and tow me back in. I'm ok now but I'm quite shaken by it and wanted to talk to someone about what happened.",
        escalate: true,
      },
      {
        message: 'slipped on the jetty steps this morning and whacked my elbow on the edge, its swollen up like a golf ball. those steps are lethal when wet',
        escalate: true,
      },
      {
        message:
          "My daughter (15) had a panic attack in the water on Sunday. She's fine now but it really scared us both and I'm not sure whether she should come back.",
        escalate: true,
      },
      {
        message: 'Been on the loo all night since my swim on thursday and two others from our group are the same. Was there something in the water??',
        escalate: true,
      },
      {
        message: "hi ive come up in an itchy red rash all over my legs after swimming at yours twice this week. never had this before anywhere else",
        escalate: true,
      },
      {
        message:
          "Hello! I run Ludlow Tri Club and we'd like to book the lake just for our members on Thursday evenings through June and July, roughly 25 people each week. What would that cost?",
        escalate: true,
      },
      {
        message:
          "We're a small production company shooting an advert and would love to film at your lake for one day in August, early morning. Crew of about 12. Is that something you'd consider?",
        escalate: true,
      },
      {
        message: 'Could we hold a sponsored swim for St Michaels hospice at the lake in september? maybe 40 swimmers doing a mile each',
        escalate: true,
      },
      {
        message:
          "Just found out I'm pregnant and my midwife has said to give open water a rest for now. I bought the summer pass in April - can it be put on hold till next year?",
        escalate: true,
      },
      {
        message: "I'm moving up to Scotland next month for work, any chance of getting some of my season pass money back? I've only used it about 6 times",
        escalate: true,
      },
      {
        message:
          "The lifeguard on the bank this morning yelled at me in front of everyone for going outside the buoys when I was literally just sighting a bit wide. Really embarrassing and rude. I'm a paying customer, I don't expect to be spoken to like that.",
        escalate: true,
      },
      {
        message: 'can i talk to the owner please',
        escalate: true,
      },
      {
        message: "Is there a number I can ring? I'd rather speak to a real person about this",
        escalate: true,
      },
      // escalate: false
      {
        message: "Hi, when was the water last tested? Want to check before I bring my partner, he's a bit squeamish about lakes",
        escalate: false,
      },
      {
        message: 'are there lifeguards on all the time or just at weekends?',
        escalate: false,
      },
      {
        message: 'How much is the summer season pass and does it cover the early morning sessions?',
        escalate: false,
      },
      {
        message:
          "A few of us from tri club want to come for a swim on Saturday morning, we've never been to you before - do we each need to do the induction?",
        escalate: false,
      },
      {
        message: 'Can I bring my SUP and paddle round the edge while my wife swims?',
        escalate: false,
      },
      {
        message: 'Sam did my induction back in 2023 and I swam loads last summer, do I need to redo it this year?',
        escalate: false,
      },
      {
        message: 'whats the water temp today? do i need a wetsuit',
        escalate: false,
      },
      {
        message: 'my son is 10 and swims for the county at the pool, can he come in with me?',
        escalate: false,
      },
      {
        message: "Do you hire out wetsuits? I haven't got one yet",
        escalate: false,
      },
      {
        message: "Booked 7am tomorrow but I've been called into work early, can I move it to Sunday?",
        escalate: false,
      },
      {
        message:
          'Just wanted to say a massive thank you to the lifeguard in the kayak on Sunday who gave me some tips on my sighting. Made my morning!',
        escalate: false,
      },
      {
        message: 'is there anywhere to get a hot drink after? always freezing when i get out haha',
        escalate: false,
      },
      {
        message: "How long is the big loop? I'm trying to build up to 2k for a charity swim challenge in August",
        escalate: false,
      },
    ],
  },
  {
    name: 'Pryce Shearing',
    businessContext:
      'Pryce Shearing is a sheep-shearing contractor based near Builth Wells in mid Wales, run by Gareth Pryce with a small team of shearers and a wool handler. They shear, crutch and dag flocks of all sizes across Powys and the borders.',
    escalationRules: [],
    businessRules: `Main shearing season runs from late May to the end of July, depending on weather. Crutching and dagging is done in March-April and again in September.
Prices: £2.10 per ewe for flocks of 50 or more; £2.60 per ewe under 50, plus a £30 call-out for under 20 sheep. Minimum charge is 10 sheep. Rams/tups £4.50 each. Crutching/dagging 80p a head. Alpacas £12 each (May and June only).
We cover up to 40 miles from Builth Wells; beyond that it's 60p a mile each way. Neighbouring small flocks can share one call-out if they're all penned at the same yard on the same day.
Sheep must be penned, dry, and kept off feed for about 12 hours before we arrive (empty sheep shear better and it's kinder to them). We can't shear wet sheep - if they're wet on the day we rebook at the next free slot, no charge.
You need a catching pen set up, and for flocks over 200 someone on hand to keep the pen full. We bring our own trailer, boards and machines.
We don't buy wool. We'll roll fleeces and pack them into British Wool sheets if you supply the sheets.
Small nicks happen now and then - we carry antiseptic spray and treat them on the spot.
Invoices are emailed after the job. Payment by bank transfer within 14 days (bank details are on the invoice). No cash please.
Bookings are confirmed by text about a week before. To book we need your name, postcode, holding number, rough flock size and preferred weeks.

Things that come to me (Gareth), not you - I'll ring them back myself:
- any sheep badly cut, hurt or dead during or after we've been (anything worse than a small nick)
- big jobs: flocks of 1,000+ or anyone wanting a contract for the whole season or several farms
- anyone arguing the invoice or the headcount
- people asking for work on the team or wanting to learn to shear with us
- farms under TB or movement restrictions, or with scab, orf or anything catching in the flock`,
    cases: [
      // escalate: true
      {
        message:
          "One of the ewes you did Tuesday has a big gash on her udder, been bleeding on and off and she won't let the lamb suckle. Vet's coming out this afternoon. Not happy tbh",
        escalate: true,
      },
      {
        message: 'had a ewe dead in the field yesterday morning, 2 days after you sheared. she was fine before. wondering if she got hurt or stressed on the day?',
        escalate: true,
      },
      {
        message: "tup you did on friday has been hopping lame on his back leg ever since, think he got twisted awkward on the board",
        escalate: true,
      },
      {
        message:
          "Morning, I manage an estate in Radnorshire with around 2,300 ewes across three holdings. We're looking for one contractor to cover all our shearing this season. Could we discuss terms?",
        escalate: true,
      },
      {
        message:
          "I'm coordinating for our local machinery ring - about 14 farms want their shearing booked in as a block with one contractor this year. Would you be interested?",
        escalate: true,
      },
      {
        message: 'Invoice says 186 sheep but there was only 160 in the pen, I counted them through myself. Can you sort it please',
        escalate: true,
      },
      {
        message: "£30 call out on the bill?? nobody said anything about that when I booked, I'm not paying it",
        escalate: true,
      },
      {
        message: 'hi im 19, been shearing 2 seasons, doing about 150 a day now. looking to join a gang for this summer, any room?',
        escalate: true,
      },
      {
        message: "My daughter's 17 and desperate to learn how to shear properly. Do you ever take anyone on to teach them?",
        escalate: true,
      },
      {
        message: "We've had a TB breakdown and we're under restrictions at the moment - can you still come and do ours in June?",
        escalate: true,
      },
      {
        message: 'Got a few I think have scab, rubbing on the gates and pulling their wool. Still ok for you to shear in a fortnight?',
        escalate: true,
      },
      {
        message: 'can I speak to Gareth directly please',
        escalate: true,
      },
      {
        message: "I'd rather talk to someone on the phone than do this by message, can somebody ring me",
        escalate: true,
      },
      // escalate: false
      {
        message: 'What happens if it rains the night before and they are damp in the morning?',
        escalate: false,
      },
      {
        message: 'how much for 30 ewes?',
        escalate: false,
      },
      {
        message: 'Do you do alpacas? Got 4 of them',
        escalate: false,
      },
      {
        message: 'Do you buy the wool or do I need to sort that out myself?',
        escalate: false,
      },
      {
        message: 'Got the invoice thanks. Can I just pay you cash when I see you at Builth mart?',
        escalate: false,
      },
      {
        message: "Neighbour's got 15 and I've got 25, can you do both the same day and we split the call out?",
        escalate: false,
      },
      {
        message:
          "Gareth did my dad's flock for years up at Llanafan. We've taken the farm over now, about 120 ewes, can we get booked in for late June?",
        escalate: false,
      },
      {
        message: 'do they need to be kept off feed the night before?',
        escalate: false,
      },
      {
        message: "how far do you travel? we're just outside Hay",
        escalate: false,
      },
      {
        message: 'Do you do crutching in September?',
        escalate: false,
      },
      {
        message: 'Do you carry spray for any nicks or should I have some ready?',
        escalate: false,
      },
      {
        message: 'Have you got room for 60 mules and a couple of tups 2nd week of July? what do you need from me to book',
        escalate: false,
      },
      {
        message: "Do I need anyone to help on the day? I'm on my own with 250",
        escalate: false,
      },
    ],
  },
  {
    name: 'The Tin Lantern Puppet Theatre',
    businessContext:
      "The Tin Lantern is a small puppet theatre in Norwich putting on family shows for young children, plus birthday parties and puppet-making workshops. It's run by Jess Hartley; Priya looks after schools and workshops, and Marta makes all the puppets.",
    escalationRules: [
      'School, nursery or playgroup bookings for 30+ children - pass to Priya',
      'Anyone wanting to book us to perform somewhere else (festivals, fetes, libraries, private events) - pass to me',
    ],
    businessRules: `Public shows run Saturdays and Sundays at 11am and 2pm, and every day at 11am and 2pm during Norfolk school holidays. Shows last about 50 minutes and are best for ages 3-8. Tickets are £9 for children, £11 for adults and free for under-2s on a lap. The first Sunday 11am show each month is a relaxed performance with the house lights up and the sound turned down. If a parent tells you a child was hurt while with us or raises any safeguarding worry, I'd rather speak to them myself. Tickets can be refunded up to 48 hours before the show; after that we'll swap them to another date. We're step-free with two wheelchair spaces per show, and buggies can be left in the foyer. Birthday parties are on Saturdays 4pm-6pm: £280 for up to 15 children, including a 30-minute private show and the party room for an hour and a half; extra children are £12 each up to 25. You're welcome to bring your own food and cake. Parties need an £80 deposit, which is non-refundable, and the balance is due 14 days before. A party date can be moved once for free with at least 14 days' notice. Please don't try to deal with anyone asking for their party deposit back - just pass it on to me. Puppet-making workshops for 6-11s are on Saturday mornings 10-11:30, £15 including materials (children under 8 need an adult to stay). The adult shadow-puppet course runs on Tuesday evenings 7-9pm for four weeks, £120, starting each January, April and September. In term time we run weekday morning shows for schools and nurseries; groups under 30 can book these through the box office at £7 per child, with staff free. All our puppets are made in-house by Marta. Anything about buying, commissioning or hiring puppets goes to Marta, so hand those conversations over rather than answering them. The café does coffee, juice and snacks, and the nearest parking is St Andrew's multi-storey, three minutes' walk away.`,
    cases: [
      // escalate: true
      {
        message:
          "Hello, I'm the EYFS lead at Colman Infants and we'd like to bring all of Reception and Year 1 - around 85 children plus staff - to one of your shows in March. What dates might work?",
        escalate: true,
      },
      {
        message: 'hi nursery manager here, we have 42 little ones aged 3-4 and would love a trip to you before summer. could we have a show just for us?',
        escalate: true,
      },
      {
        message:
          "We're organising the Wymondham Family Fun Day in July and would love to have a puppet show in our marquee. Do you travel? What's your fee?",
        escalate: true,
      },
      {
        message: "Do you ever do shows at people's houses? Thinking of it for my son's 5th, we've got a big garden",
        escalate: true,
      },
      {
        message:
          "My son came home from the workshop on Saturday with a nasty cut on his hand from one of the craft knives and nobody said a word at pick up. He's 7. I'd like to know what happened.",
        escalate: true,
      },
      {
        message:
          "Something a man said to my daughter in the toilet queue during the 2pm show yesterday made me really uncomfortable and I want to report it to someone.",
        escalate: true,
      },
      {
        message: 'my little girl fell off the end of the bench seating on sunday and knocked her front tooth, dentist thinks it might come out',
        escalate: true,
      },
      {
        message:
          "Hi! I'm a children's author and I'd love a puppet of my main character (a hedgehog called Pip) to take on school visits. Would your maker take on a commission like that?",
        escalate: true,
      },
      {
        message: 'could we borrow the big dragon from your christmas show for our church nativity? happy to pay for it obviously',
        escalate: true,
      },
      {
        message:
          "We've had to call off Ava's party next month, my husband's just been made redundant and money is really tight. I know it says the deposit is non-refundable but is there any way at all we could have the £80 back?",
        escalate: true,
      },
      {
        message: 'party cancelled, kids have all got chicken pox 🙄 want the deposit back pls',
        escalate: true,
      },
      {
        message: 'Please could I speak to someone in person rather than over messages?',
        escalate: true,
      },
      {
        message: "can I talk to whoever's in charge",
        escalate: true,
      },
      // escalate: false
      {
        message: 'How much would it be to bring our class of 24 to one of the weekday shows?',
        escalate: false,
      },
      {
        message: 'Where do we park? coming in from Dereham',
        escalate: false,
      },
      {
        message: 'Are the puppets handmade? my daughter is obsessed with the fox from the autumn show',
        escalate: false,
      },
      {
        message: "Marta's puppets are incredible, please pass on our thanks! How much are tickets for the Saturday 11am?",
        escalate: false,
      },
      {
        message: 'Can we bring our own birthday cake and sandwiches for the party?',
        escalate: false,
      },
      {
        message: 'How much is the deposit for a party and when do we have to pay the rest?',
        escalate: false,
      },
      {
        message: "we need to move Ollie's party from 14th June to 21st, is that ok? we booked back in March",
        escalate: false,
      },
      {
        message: 'My 2 year old gets scared when its dark, is there a show that would suit her?',
        escalate: false,
      },
      {
        message: 'Do you have space for a wheelchair? My son uses one',
        escalate: false,
      },
      {
        message:
          "Priya ran Saturday's workshop and my two haven't stopped making sock puppets since lol. When's the next one, and is it ok for a 6 year old?",
        escalate: false,
      },
      {
        message: "Bought tickets for Saturday 2pm but we can't go now. It's only Tuesday so can I get a refund?",
        escalate: false,
      },
      {
        message: 'When does the next adult shadow puppet course start?',
        escalate: false,
      },
      {
        message: 'is there somewhere to leave the buggy during the show?',
        escalate: false,
      },
    ],
  },
];
