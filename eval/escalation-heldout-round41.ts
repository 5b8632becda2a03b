import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-41 HELD-OUT escalation set.
 *
 * Written blind at the start of round 41, without looking at the agent's prompts,
 * code or any other eval data. This set is for measurement only: it must never be
 * tuned on, and nothing in the agent should be changed in response to individual
 * cases here.
 */
export const ROUND41_ESCALATION_HELDOUT: EscalationBusiness[] = [
  // 1. Houseboat holiday lets — hand-overs only in escalationRules.
  {
    name: 'Heronmere Houseboats',
    businessContext:
      'Heronmere Houseboats is a small family-run boatyard at Swanton Reach on the Broads, letting six self-drive houseboats for short breaks (3 or 4 nights) and full weeks. Boats sleep between 2 and 8, come with bedding, a full kitchen and a dinghy, and every party gets a handover lesson at the yard before setting off. River tolls are included in the price.',
    escalationRules: [
      'damage to a boat / anything broken during a stay',
      'someone fallen in, hurt or needing a doctor',
      "engine won't start, or boat stuck / aground while out",
      'refunds, compensation, money back',
      'complaints on arrival - boat dirty or not as described',
      'date changes or cancellations inside 14 days of arrival',
      'stag, hen or party groups',
    ],
    businessRules: `Hi! So it's me (Fiona) and my husband Rob who run the yard, plus Marcus who does most of the handovers and Janine who turns the boats round on changeover days. We're a small outfit so please keep things friendly and not too corporate!

Check-in is from 3pm and check-out is 10am. The handover takes about 45 minutes - Marcus shows everyone the engine, the mooring ropes, the daily checks (oil and water, takes two minutes each morning) and the toilet pump-out, which is everyone's favourite bit. Please tell people to arrive by 5pm at the latest because we don't let anyone set off in the dark. Nobody needs any boating experience, honestly, if you can drive a car you can do this. Speed limit on the rivers is 4mph in most places and the river rangers do check.

Dogs: up to two well-behaved dogs, but ONLY on Kingfisher and Otter, £30 per dog per stay. Not on the other four boats please, we have guests with allergies.

Money bits: 25% deposit when they book and the balance is due 8 weeks before arrival. If anyone cancels more than 8 weeks out they lose the deposit only, after that it's the full amount unless we can re-let the boat. There's a £250 security deposit taken on card at handover, and it's released within 5 days of getting back as long as the boat comes back in the state it went out. Minor scuffs and scratches are just wear and tear and we don't charge for them. Diesel is charged on return by what they've used, usually somewhere between £40 and £70 for a week.

Janine can leave a welcome hamper on board if it's pre-ordered at least a week before, £35. It's bread, eggs, bacon, milk, butter, a bottle of fizz and jam from the farm shop up the road.

Life jackets are on every boat for adults and children, including infant ones with the head support, so nobody needs to bring their own. There's no wifi on the boats (part of the charm!) and phone signal comes and goes. Mooring at most staithes is free, a few pubs charge £10 a night but they usually knock it off your bill if you eat there.

Rob does all the maintenance himself over the winter with an engineer, so if anyone asks, yes, every boat is fully serviced every year. The yard office is open 9 till 5 every day.`,
    cases: [
      { message: "We've just reversed into the bank near the pub and there's a big crack right across the back window. What do we do now?", escalate: true },
      { message: 'my son slipped getting off at the mooring and his ankle has swollen right up. where is the nearest hospital and can someone come out to us??', escalate: true },
      { message: "Engine cut out about ten minutes ago and won't restart, we're drifting slowly towards the reeds. Please help", escalate: true },
      { message: "Hi we're on Otter and we seem to have run aground on a mudbank just past the second bend. Tried pushing off with the pole, no luck at all", escalate: true },
      { message: 'Honestly the boat was filthy when we got on. Hair in the shower, crumbs all over the seating and the fridge stinks. Not what we paid for.', escalate: true },
      { message: "The heater packed in on our second night and we ended up going home two days early because of the cold. I'd like to be paid back for those nights.", escalate: true },
      { message: "Is there any chance we can move our break from next Friday to the week after? My partner's had an operation date come through.", escalate: true },
      { message: "Looking to book for my brother's stag, 8 of us, want your biggest boat for 3 nights in June. Can you do it?", escalate: true },
      { message: "Can I talk to an actual person please. I've somehow snapped the handle off the toilet pump and it won't go back on.", escalate: true },
      { message: "Our daughter's gone in off the side while we were mooring. She's out and talking but she's freezing and keeps coughing", escalate: true },
      { message: "We're going to have to cancel our boat that starts this Saturday, family emergency. What happens to everything we've paid?", escalate: true },
      { message: 'The listing said a proper double cabin and a separate twin, but the second cabin is a fold-out in the lounge. That is not what we booked.', escalate: true },
      { message: "Hen weekend for 6 of us, fair warning it'll be a bit lively haha. Anything free over the August bank holiday?", escalate: true },

      { message: 'What time can we check in on the first day?', escalate: false },
      { message: "Can we bring our springer spaniel? We've got Kingfisher booked for the first week of May.", escalate: false },
      { message: 'How much is the security deposit and how long does it take to come back?', escalate: false },
      { message: 'Is Marcus still doing the handovers? He was brilliant last year, explained everything really clearly.', escalate: false },
      { message: "Neither of us has ever driven a boat before, is that going to be a problem?", escalate: false },
      { message: "What's in the welcome hamper Janine leaves? Thinking of ordering one for our trip.", escalate: false },
      { message: "Just so I know before we come - if we scrape the paintwork coming into a mooring, does that come out of the deposit?", escalate: false },
      { message: "What's your cancellation policy? We're not due till October, just want to know where we'd stand.", escalate: false },
      { message: 'Roughly how much do people spend on diesel over a week?', escalate: false },
      { message: 'Do we have to check the engine oil every day or does Marcus sort that before we go out?', escalate: false },
      { message: 'Do you have a life jacket that would fit a 2 year old or should we bring one?', escalate: false },
      { message: 'Do we have to pay to moor overnight outside the pubs?', escalate: false },
      { message: 'Just wanted to say thank you to Rob and Fiona, the boat was spotless and we had the best week!', escalate: false },
    ],
  },

  // 2. Fishing lake day tickets — hand-overs as prose scattered through businessRules.
  {
    name: 'Sedgebrook Lakes',
    businessContext:
      'Sedgebrook Lakes is a three-lake coarse fishery in open farmland, selling dawn-to-dusk day tickets for carp, tench, bream and silvers, plus booked 24-hour sessions on the Specimen Lake. There is a small tackle and bait shop with a cafe by the car park. Tickets can be bought online or from the bailiff on the bank.',
    escalationRules: [],
    businessRules: `Right, Gary here, I own the place. Dave is my head bailiff and he's on the bank most days, and Kerry runs the cafe and the bait shop. We've got three lakes: Long Lake (mixed and silvers), Middle Lake (tench and bream mostly) and the Specimen Lake for the bigger carp.

Day tickets are £12 for one rod, £15 for two rods. Concessions are £8 for under 16s and over 65s. Under 14s have to fish with an adult over 18 on the same swim, no exceptions. Gates open at 6am from April to September and 7am the rest of the year, and everyone needs to be off the bank by dusk. Night fishing is only on the Specimen Lake and has to be booked in advance, £30 for 24 hours.

If anyone tells you they've seen dead fish, fish gasping at the surface, or anything in the water that looks like pollution, don't try and answer that yourself - get it straight to me, that sort of thing can't wait. Just so you know, Long Lake does get a bit of green algae in August in hot spells, that's normal and harmless, and we run aerators when it's warm.

Lake rules: barbless hooks only, unhooking mats and landing nets on every swim, no braided mainline, no keepnets on the Specimen Lake (fine on the other two), and no nuts of any kind including tigers. Any particles have to be properly prepared. Dave or one of the other bailiffs will check tickets on their rounds. If someone's unhappy about how a bailiff spoke to them, or reckons they were asked to leave unfairly, pass that over to me and I'll deal with it personally.

We don't give refunds for rain. Fishing in the rain is still fishing! But if we actually had to shut the lakes on the day, flooding or ice or whatever, and someone wants their money back, hand that to me to sort out.

Anyone hurt on site - a hook in the hand, someone slipped off a swim, that kind of thing - needs a real person straight away, so get them to me.

Dave runs a free beginners' hour on Sunday mornings at 9, just turn up at the cafe with a ticket and he'll sort you out with a rod if you haven't got one. We also run an open match on the first Sunday of every month, £20 entry, and people book a peg with Kerry in the shop. If a club or a company wants a whole lake for a match, or a block of more than 10 pegs, put them through to me as I do that pricing myself.

Kerry's cafe is open from 7 till 2, breakfast baps, bacon rolls, tea and coffee. The shop does maggots, casters, pellets, groundbait and our own boilies. The best swims for wheelchairs are pegs 4 and 5 on Middle Lake, they're flat, paved and right by the car park. Parking's free and there are toilets by the cafe.

Last thing - if someone reports people fishing without tickets, night fishing without a booking, or taking fish away from the lakes, I want to know about it, so pass them through to me.`,
    cases: [
      { message: "There's loads of little roach floating belly up by peg 12 on Middle Lake, doesn't look right at all", escalate: true },
      { message: 'The water in the top corner of Long Lake has gone a milky colour and there is a strong smell of diesel', escalate: true },
      { message: "Your bailiff has just shouted at my 12 year old in front of everyone over where his rod rest was. Totally out of order and I want it dealt with.", escalate: true },
      { message: "Got told to pack up and leave this morning, apparently for using braid. I wasn't. Paid for a full day and want someone to look into it.", escalate: true },
      { message: "We turned up on Saturday and the gate was locked with a sign saying closed due to flooding. I'd paid online for two tickets, how do I get that back?", escalate: true },
      { message: 'lad on the next peg has got a size 6 hook right through his thumb, what do we do', escalate: true },
      { message: "I slipped on the wet boards at peg 3 and think I've done my wrist in. Is anyone on site?", escalate: true },
      { message: "Hi, I'm secretary of Brookside Angling Club and we'd like the whole of Middle Lake for our open in September, 24 anglers. What would that cost?", escalate: true },
      { message: 'Can we reserve 14 pegs together for a work fishing day next month?', escalate: true },
      { message: "Couple of blokes on the Specimen Lake with bivvies up since last night. Pretty sure they've not paid and there's no bailiff about", escalate: true },
      { message: 'Just watched a guy put a decent tench in a bucket and carry it to his car', escalate: true },
      { message: "Can I speak to the owner? Want to tell him about some lads on the far bank yesterday with no tickets who legged it when they saw the bailiff coming.", escalate: true },
      { message: "Lots of carp crowding at the surface gulping air down by the inlet. It's really hot today, are they alright?", escalate: true },

      { message: 'How much is a day ticket for two rods?', escalate: false },
      { message: "Is there a cheaper ticket for my dad? He's 70.", escalate: false },
      { message: 'Can my 12 year old come and fish on his own during the holidays?', escalate: false },
      { message: 'What time do the gates open in July?', escalate: false },
      { message: "Does Kerry's cafe do breakfast baps?", escalate: false },
      { message: "Does Dave still do the beginners' session on a Sunday? My daughter wants to give it a go.", escalate: false },
      { message: "Forecast says heavy rain all day Saturday - if I don't come do I get a refund?", escalate: false },
      { message: 'Are keepnets allowed on the Specimen Lake?', escalate: false },
      { message: 'Which swims are best for someone in a wheelchair?', escalate: false },
      { message: "Do you allow night fishing? I'd like to do a 24 hour session in June.", escalate: false },
      { message: 'Do you run any open matches that someone on their own can enter?', escalate: false },
      { message: 'Does the lake get algae in the summer? Wondering if it affects the fishing.', escalate: false },
      { message: 'The bailiff was really helpful sorting my rig out yesterday - was that Dave? Say thanks from the guy on peg 7!', escalate: false },
    ],
  },

  // 3. Punting tours — hand-overs as a list under the owner's own chatty lead-in.
  {
    name: 'Millrace Punting',
    businessContext:
      'Millrace Punting runs 45-minute chauffeured punt tours along the college backs from a kiosk by the Mill Bridge, plus self-hire punts by the hour. It offers shared tours, private punts for up to 6 people, and lantern tours on summer evenings. Tickets are sold online and at the kiosk.',
    escalationRules: [],
    businessRules: `Hello! I'm Tom and Millrace is my baby - I started it with one punt eleven years ago. Here's the lowdown.

Shared tours go every 30 minutes from 10am, last one at 5.30pm, every day March to October, and weekends only from November to February (we shut completely over Christmas week). Prices are £22 adults, £18 students with a valid card, £12 for kids 4-12, and under 4s are free on a lap. A shared punt holds 12. Private punts are £120 for up to 6 people, same 45 minutes. Lantern tours run Friday and Saturday nights June to August at 9pm, £28 each, and Freya does the ghost stories on those - a bit spooky but fine for over 10s.

Ollie's our head punter, he's been doing it 12 years and people absolutely love him, but we can't promise any particular punter, it's down to the rota on the day.

Self-hire is £35 an hour plus an £80 card deposit, which gets released as soon as the punt and pole come back in one piece. No experience needed, we give a 5 minute how-to on the jetty, but at least one adult has to be sober and happy to stand on the back. Small dogs are fine on self-hire but not on the chauffeured tours.

We go out in light rain and there are ponchos and blankets on every punt. If the river's too high and it gets closed, we move people to another day for free. Anyone can change their date for free up to 24 hours before. Children's life jackets are available on request for under 5s. Hattie runs the kiosk by the Mill Bridge and she's usually the one people find when they're looking for us, tell people to look for the green kiosk and arrive 10 minutes early.

For groups of 7 to 12, two private punts side by side usually works out nicer than the shared tour.

Now, there's a handful of things where I'd honestly much rather you stopped and passed them over to me or Hattie, because they always go badly when handled in a chat:
- anyone who's gone in the river, or hurt themselves getting on or off a punt
- complaints about one of our punters - rude, cutting the tour short, not turning up, whatever it is
- anyone wanting their money back, for any reason
- proposals and surprises where they want us to hide a ring, flowers, fizz or whatever on the punt
- groups over 12, corporate bookings, college or alumni events
- self-hire people who've lost their pole or got stuck or wedged somewhere

Otherwise, go for it and be friendly!`,
    cases: [
      { message: "I fell in getting off the punt at the end of the tour today. Phone's dead and my coat is ruined, what are you going to do about it?", escalate: true },
      { message: 'My mum lost her footing stepping onto the punt this morning and whacked her shin on the side, really nasty bruise. Thought you should know.', escalate: true },
      { message: "Our punter this afternoon was on his phone half the time and turned us round after about 25 minutes. Really disappointed.", escalate: true },
      { message: 'The guy steering our punt was obviously hungover and kept swearing, not great with two kids on board', escalate: true },
      { message: "We can't make our booking on Sunday any more, could I have the £88 put back on my card please?", escalate: true },
      { message: "Booked the 2pm tour, waited at the kiosk until 2.40 and nobody came for us. I'd like my money back.", escalate: true },
      { message: "I'm planning to propose on a private punt next month! Is there any way the punter could bring out a ring box when we get to the bridge?", escalate: true },
      { message: "Want to surprise my wife for our anniversary with prosecco and roses already waiting on the punt when we get there, can you set that up?", escalate: true },
      { message: "We're a college alumni group of about 30, looking at a summer afternoon on the river. What could you do for us?", escalate: true },
      { message: 'Hi, company away day for 18 staff on 12 July, we need it invoiced to the firm', escalate: true },
      { message: "we're on one of your self hire punts and the pole got stuck in the mud and we let go of it. now just floating help", escalate: true },
      { message: 'Could I speak to whoever is in charge? Our punter was really rude to my elderly father when he was slow getting on.', escalate: true },
      { message: "Self-hire punt - we've somehow ended up wedged against the bank past the second bridge and can't push ourselves off", escalate: true },

      { message: 'How much is a shared tour for two adults and a 9 year old?', escalate: false },
      { message: 'Do you do a student discount?', escalate: false },
      { message: "Is Ollie working on Saturday? My friend said his tour was the best thing she did all weekend.", escalate: false },
      { message: 'What time are the lantern tours and does Freya still do the ghost stories?', escalate: false },
      { message: 'Can we bring our little terrier on the punt?', escalate: false },
      { message: 'Do we need any experience to hire a punt ourselves?', escalate: false },
      { message: "What happens if it's pouring with rain on the day we've booked?", escalate: false },
      { message: 'Is there a deposit for self-hire and when do we get it back?', escalate: false },
      { message: 'Is it ok to bring a toddler? Do you have life jackets small enough?', escalate: false },
      { message: "We're a group of 8, is it better to book two private punts or just go on a shared tour?", escalate: false },
      { message: "What's your policy if we need to move our tour to a different day?", escalate: false },
      { message: 'Are you open at all in January?', escalate: false },
      { message: 'Just wanted to say Hattie at the kiosk was lovely when we were wandering about lost looking for you!', escalate: false },
    ],
  },

  // 4. Indoor cricket nets hire — mixed: 3 escalationRules plus 3 prose hand-overs.
  {
    name: 'Longstop Indoor Cricket Centre',
    businessContext:
      'Longstop Indoor Cricket Centre hires out four lanes of indoor nets, two of them with bowling machines, by the hour from a converted warehouse on an industrial estate. It is open 7am to 10pm all year and busiest from October to March during pre-season. It also offers one-to-one coaching and junior holiday camps, with all bookings made through its app.',
    escalationRules: ['Anyone injured in the nets', 'Bowling machine faults / not working right', 'Refund requests'],
    businessRules: `Hiya, Priya here, I own Longstop. A few bits so you know how we do things.

We've got four lanes and lanes 1 and 2 have the bowling machines. A standard lane is £30 an hour and a machine lane is £40 an hour, but weekdays from 7am till 4pm everything is £22 (off-peak). Minimum booking is an hour. Everything is booked through the app, and the door code gets texted to whoever made the booking about an hour before their slot. Codes only work from 15 minutes before the start time so people can't come in early. If someone's actually stood outside and the code isn't letting them in, please don't leave them waiting on an email reply, that needs a real person on it straight away.

The machines do pace from 40 up to about 85mph and can swing it both ways, but they don't do spin, sorry. Machine lanes use our own machine balls only - people can't feed their own balls through, it wrecks the feeders. In the bowler lanes people bring their own balls, hard or soft, up to them.

Helmets are compulsory for under 18s when batting and we've got loan helmets on the rack by reception. Flat rubber-soled trainers only, no spikes or metal studs because they rip the matting. There are changing rooms but no showers (I know, it's on the list!). Parking is free out front, and there's a vending machine but no cafe.

Cancellations: free to cancel or move up to 24 hours before. After that the slot's gone and there's no credit. Sam's our evening duty manager and he locks up at 10 on the dot, so people need to be packed up and out by 9.55.

Jonno is our head coach. He does one-to-ones on Tuesday and Thursday evenings, £45 an hour, booked in the app under Coaching. Easter junior camps run both weeks of the Easter holidays, 9 till 3, ages 8 to 15, £30 a day, and Jonno runs those too. If anyone has a problem with how one of our coaches has treated them or their child, I want to hear about that myself, so pass it to me rather than answering it.

No discounts on one-off bookings for clubs, everyone pays the same rate. But if a club or a school wants a regular weekly slot through the winter, hand that over to me - I do those block deals myself and it depends what's left in the diary.`,
    cases: [
      { message: "The machine in lane 2 just fired one at my head way quicker than it was set to. That's not right, we've stopped using it", escalate: true },
      { message: 'Bowling machine keeps jamming every few balls and the feeder is chewing them up', escalate: true },
      { message: "Ball came through a gap in the netting and hit my mate in the face, his nose is bleeding loads", escalate: true },
      { message: "My son took one on the hand in the nets tonight, his finger's swollen and he can't bend it", escalate: true },
      { message: "Had lane 3 yesterday but the whole session was a write-off because the lights kept cutting out. I want the £30 back.", escalate: true },
      { message: "I've been charged twice for Saturday's booking, can you refund one of them please?", escalate: true },
      { message: "I'm the junior section coordinator at Ashfield CC. We'd like Tuesday 6 to 8 every week from November to March for our under 13s.", escalate: true },
      { message: 'Would the school get a deal if we took two lanes every Thursday afternoon all winter?', escalate: true },
      { message: 'Really not happy with the one-to-one my daughter had with your coach on Thursday. He barely watched her and was on his phone.', escalate: true },
      { message: "Jonno was pretty dismissive with my lad at camp today and he came home upset. I'd like to talk to someone about it.", escalate: true },
      { message: "Stood outside now for my 7pm slot and the code you texted isn't opening the door", escalate: true },
      { message: "we're locked out!! keypad just flashes red. 4 of us here waiting", escalate: true },
      { message: "Can I speak to a person please? The speed dial on the machine has just snapped off in my hand.", escalate: true },

      { message: 'How much is a machine lane for an hour on a Saturday?', escalate: false },
      { message: 'Are there any cheaper off-peak times?', escalate: false },
      { message: 'When does Jonno do one-to-ones and how much are they?', escalate: false },
      { message: 'Can I bring my own balls to use in the bowling machine?', escalate: false },
      { message: 'Does my 15 year old need a helmet?', escalate: false },
      { message: 'What shoes are we allowed to wear on the matting?', escalate: false },
      { message: "What's your cancellation policy? Might need to move my booking next week.", escalate: false },
      { message: 'How does the door code work, when do I get it?', escalate: false },
      { message: 'Can the bowling machine do spin or is it just pace?', escalate: false },
      { message: 'What time do you close? Sam told us last time we had to be out before 10.', escalate: false },
      { message: 'Are there showers?', escalate: false },
      { message: 'When are the Easter junior camps and what ages are they for?', escalate: false },
      { message: "Do you do a discount for clubs? We're thinking of booking one session for the team next month.", escalate: false },
    ],
  },
];
