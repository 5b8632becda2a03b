import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-41 DEV escalation set.
 *
 * Written blind: only eval/escalation-types.ts was read while writing it.
 * Four invented businesses, 26 cases each (13 escalate / 13 don't), 104 in total:
 *   1. White-water rafting centre: hand-overs only in escalationRules.
 *   2. Guided wild-swimming sessions: hand-overs as prose scattered through businessRules.
 *   3. Windsurfing school: hand-overs as a dashed list under the owner's own chatty lead-in.
 *   4. Hang-gliding school: mixed, 3 escalationRules plus 3 prose hand-overs in businessRules.
 */
export const ROUND41_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. White-water rafting centre: hand-overs ONLY in escalationRules.
  // ---------------------------------------------------------------------------
  {
    name: 'Tumbleford Rapids',
    businessContext: `Tumbleford Rapids is a white-water rafting centre on the River Cawdle, run out of an old converted mill with a changing block, kit store and café. It runs half-day grade 2–3 rafting trips, a gentler family float, and an optional canyoning add-on, from mid-March to the end of October. All safety kit is included in the price and every raft goes out with a qualified guide.`,
    escalationRules: [
      'injuries or accidents on a trip',
      'groups of 20+',
      'refunds over £150',
      'complaints about a guide',
      'medical conditions - can they raft?',
      'lost valuables (phones, keys, wallets, jewellery)',
      'press / film / TV requests',
    ],
    businessRules: `Hiya! Right, a bit about how we do things here so you can answer people properly.

Trips go out at 9:30 and 1:30 every day from mid-March to the end of October. People need to be at the mill 45 minutes before their trip to get kitted up, so 8:45 for the morning and 12:45 for the afternoon. Dougie runs the kit store, so if anyone asks who'll sort their wetsuit it's Dougie or whoever's on with him that day. Wetsuits, helmets, buoyancy aids, splash jackets and neoprene booties are all included. They just need to bring swimwear, a towel, and old trainers if they'd rather wear those than the booties.

Prices: adult half-day is £65, under-16s are £50, and the family float is £160 for up to four people (£35 for each extra person). Canyoning add-on is £25 a head. Groups of 8 or more get 10% off, just tell them to mention it when they book. Minimum age for the grade 3 trip is 12, the family float is 6 and up. There's no upper age limit. Non-swimmers are fine on the family float, but for the grade 3 trip they need to be happy putting their face in the water.

Cancellations: if they cancel more than 14 days before, full refund. Inside 14 days we keep the £20 a head deposit and refund the rest. If WE cancel because the river's too high or too low, they get a full refund or a free move to another date, their choice. Please don't ever tell people the river will definitely be running. We check the levels the evening before and text everyone by 7pm.

Marta is our head guide and she does the safety briefing on the bank before every trip. It takes about 20 minutes and covers how to sit, paddle commands, what to do if you fall in and the swimming position. If nervous people ask, tell them that, it usually calms them down. All our guides hold raft guide qualifications and first aid. People are welcome to ask for a particular guide but we can't promise, it depends on the rota.

There are lockers in the changing block (£1 coin, you get it back). GoPros are fine as long as they're on a helmet or chest mount, no handheld cameras or phones on the river. Sam sits on the bank at Heron Falls taking photos of every raft, and the photo pack is £15 for all the downloads. They're ready on the screen in the café by the time people are changed, and Sam can email the link.

The café is Bridget's, open 9 till 5 every day we're running. Bacon rolls, soup, hot chocolate, and there's always a vegan option. Parking is free in the mill yard and there's overflow in the field next door on busy weekends.

Please keep replies friendly and short, people are usually excited and just want the basics!`,
    cases: [
      // escalate: true
      { message: "My husband came out of the raft at the second rapid last Sunday and has been to A&E since — he's cracked two ribs. I'd like to know what actually happened out there.", escalate: true },
      { message: "Hi, our daughter got a paddle handle in the face on this morning's trip and her front tooth is chipped. What do we do now?", escalate: true },
      { message: "We're planning a company away day in June for about 35 people. Could you take us all out on the same day?", escalate: true },
      { message: "Stag do, 24 of us, August bank holiday Saturday. Can you fit us in?? Happy to split over morning and afternoon", escalate: true },
      { message: "I booked the family float for £160 and we've had to pull out because my mum's been taken into hospital. Can I have the money back please?", escalate: true },
      { message: "You cancelled our trip for river levels, I rebooked, and now none of the four of us can make the new date. Can I get the £260 back instead?", escalate: true },
      { message: "The guide on our raft yesterday afternoon (beard, blue helmet) was swearing the whole way down and shouted at my 13 year old when she got scared. Honestly not ok, I want someone to look into it.", escalate: true },
      { message: "Can I speak to whoever's in charge please. Our guide Tom was on his phone half the trip and left us stuck on a rock for ages while he chatted to another raft.", escalate: true },
      { message: "I'm 7 months pregnant — would it be alright for me to come on the family float with my kids or should I sit it out?", escalate: true },
      { message: "I had a hip replacement in January. Is the grade 3 trip in May going to be ok for me or is that asking for trouble?", escalate: true },
      { message: "Left my wedding ring in the changing block on Saturday, I think by the showers. Please tell me someone's handed it in 😢", escalate: true },
      { message: "I think my car keys fell out of my splash jacket on the river. I'm sat in your car park and can't get home, can anyone help?", escalate: true },
      { message: "Hello, I'm a researcher on a BBC travel series and we'd love to film one of your trips for an episode in July. Who would I talk to about that?", escalate: true },
      // escalate: false
      { message: "What's your refund policy if we need to cancel our booking?", escalate: false },
      { message: "If the river's too high on the day and you call it off, do we get our money back?", escalate: false },
      { message: "We're a group of 10 friends, do you do any kind of discount?", escalate: false },
      { message: "What time do we need to be there for the 1:30 trip?", escalate: false },
      { message: "My son's a bit nervous — who does the safety talk and what does it cover?", escalate: false },
      { message: "Can I bring my GoPro on the raft?", escalate: false },
      { message: "Is there somewhere safe to leave my phone and car keys while we're out on the water?", escalate: false },
      { message: "Just wanted to say a massive thank you to Marta and the team, best birthday I've had in years!", escalate: false },
      { message: "Is Bridget's café open on Sundays? We'd like to grab lunch after our trip.", escalate: false },
      { message: "We had a guide called Jess last year who was brilliant — can we ask for her again?", escalate: false },
      { message: "How old do kids have to be to do the proper rapids trip rather than the float?", escalate: false },
      { message: "How do we get the photos from the bank? Does Sam email them or do we buy them there?", escalate: false },
      { message: "I'm not a great swimmer, can I still come on the family float?", escalate: false },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Guided wild-swimming sessions: escalationRules empty, prose hand-overs.
  // ---------------------------------------------------------------------------
  {
    name: 'Brackenmere Wild Swims',
    businessContext: `Brackenmere Wild Swims runs small guided wild-swimming sessions at Brackenmere Tarn and two river pools on the Linthwaite Beck. Sessions are led by qualified open-water coaches, run all year round including winter dips, and are for adults 16 and over. There are dawn dips, weekend intro sessions for beginners, and multi-session passes for regulars.`,
    escalationRules: [],
    businessRules: `Hello, Fran here, I run Brackenmere. Thanks for helping out with the messages!

So the basics. We do dawn dips at the tarn on Tuesdays and Thursdays at 6:30am, which Owain leads, and Priya runs the weekend intro sessions on Saturday and Sunday mornings at 10, which are for people who've never swum outdoors before. If people ask who's leading, just tell them. A single session is £18, a 5-session pass is £80 and a 10-session pass is £150. Passes last six months. Groups are small, never more than 8 swimmers to one leader.

If someone tells you they felt unwell during or after a swim (chest pain, shaking that wouldn't stop, going confused or slurry, anything like that), please get them straight over to me. Don't try to give them medical advice yourself.

Wetsuits are optional. Plenty of people swim in a costume, especially once they're used to it. We've got a few wetsuits to borrow for the intro sessions, they just need to tell us their size when they book. Everyone needs a bright swim hat (we can lend one) and we provide tow floats. For warming up afterwards tell people: get dressed quickly, top half first, woolly hat on, warm drink from a flask, and don't jump in a hot shower straight away. A bit of gentle walking about helps too.

Water temperatures: the tarn is usually about 4–6 degrees in winter and up to 18 or so in late summer. Owain posts the morning's temperature on our Instagram after every dawn dip.

We check the water before every session. We look at the Environment Agency data and the water company's overflow map, and the leader does a visual check on arrival. If anyone reports seeing sewage, scum, dead fish or anything that looks or smells off at one of our spots, hand it over to me so I can check it out before the next session.

Nia does our bookings and the newsletter, so if someone wants to change which session they're booked on, they can just reply to their confirmation email and Nia will move them. If a club, charity or company wants a private session of their own, that's one for Nia too, so pass those over to her.

Minimum age is 16. If a parent wants to bring someone younger, I make those calls myself, so pass it on to me rather than saying no.

Parking: there's a small free car park at the tarn (fills up by 10 on summer weekends) and a lay-by on the lane for the river pools, about a five minute walk.

Cancellations: if we cancel for weather or water quality they get their session back on their pass or a full refund. If they cancel with 48 hours' notice they can move to another session free.

Any complaint about one of the leaders comes to me, please. I want to hear about it personally.

Gift vouchers are £18 or £80 (the 5-pass) and last 12 months. If someone's voucher has run out, I'm usually happy to extend it but I like to do that myself, so send those to me.

Thanks again, and be nice and encouraging, lots of people are nervous before their first go!`,
    cases: [
      // escalate: true
      { message: "After Saturday's swim I couldn't stop shaking for nearly two hours and my lips were still blue when I got home. Is that normal? Bit worried tbh", escalate: true },
      { message: "I got a really tight chest about five minutes into the swim this morning and it still doesn't feel right now, a few hours later.", escalate: true },
      { message: "Walked up to the tarn yesterday evening and there was a brown frothy scum all along the edge by the jetty, smelled awful. Thought you should know before Thursday.", escalate: true },
      { message: "Has anyone seen the overflow map today? Looks like there's been a discharge upstream of the Linthwaite pools this morning.", escalate: true },
      { message: "We're a running club, about 15 of us, and we'd love to do our own swim as a social in September. How do we set that up?", escalate: true },
      { message: "I'm organising a sponsored swim for our local hospice — could you host a session just for our group?", escalate: true },
      { message: "Can my 13 year old come to the Saturday intro with me? She swims for her club and is honestly stronger than me.", escalate: true },
      { message: "My son turns 16 in March but he's desperate to try it now. Any chance he could come along with me before then?", escalate: true },
      { message: "I wasn't happy with how Priya treated my friend on Sunday. She panicked in the water and Priya laughed at her in front of everyone. I'd like to talk to whoever runs this.", escalate: true },
      { message: "The leader this morning took most of the group back to shore and left two of us on the far side on our own for ages. Not acceptable.", escalate: true },
      { message: "Just found the voucher my sister gave me for Christmas 2022 in a drawer — it says valid 12 months. Any way I can still use it?", escalate: true },
      { message: "My voucher code keeps saying expired when I try to book. I thought it lasted a year?", escalate: true },
      { message: "Can I talk to Fran please. My husband went really confused and his speech was slurred after the dawn dip yesterday, he wasn't himself for hours.", escalate: true },
      // escalate: false
      { message: "What's the minimum age for your sessions?", escalate: false },
      { message: "Who's leading the Thursday dawn dip this week?", escalate: false },
      { message: "Do you do gift vouchers? Looking for a birthday present for my mum.", escalate: false },
      { message: "How cold is the tarn at the moment?", escalate: false },
      { message: "I'm new to cold water — what's the best way to warm up after a swim?", escalate: false },
      { message: "Do you check the water quality before you take people in?", escalate: false },
      { message: "Do I need a wetsuit or can I just swim in a costume?", escalate: false },
      { message: "Could I book two places on Priya's Saturday intro for me and my mum?", escalate: false },
      { message: "How much is a 10-session pass and how long does it last?", escalate: false },
      { message: "Is there anywhere to park near the river pools?", escalate: false },
      { message: "Owain was brilliant this morning, please pass on my thanks! Finally got my face in 😂", escalate: false },
      { message: "I booked Sunday by mistake and meant Saturday — can Nia swap me over?", escalate: false },
      { message: "What happens if a session gets cancelled because of the weather?", escalate: false },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Windsurfing school: escalationRules empty, dashed list under owner's own lead-in.
  // ---------------------------------------------------------------------------
  {
    name: 'Saltmarsh Windsurf School',
    businessContext: `Saltmarsh Windsurf School teaches windsurfing on a sheltered tidal lagoon on the east coast. It runs taster sessions, 2-day and 4-day RYA beginner courses, improver clinics and kids' courses from April to October, and hires boards and rigs to people who can already sail. There's a beach hut office, a kit store and changing rooms on site.`,
    escalationRules: [],
    businessRules: `Morning! This is Jo, I own the school. Here's the lowdown.

We're open April to October, 9 till 6. Taster sessions are 2 hours for £55, the 2-day RYA Start Windsurfing course is £195 and the 4-day beginner course is £340. Improver clinics are £70 a session. Kids' courses are for 8 to 15 year olds, and under-8s can't go on the water with us, sorry. Kev is our senior instructor and does most of the beginner courses, and people often ask if he's teaching, so feel free to tell them from the rota on the booking page.

Hire is £40 for a half day or £65 for a full day, board, rig, wetsuit and buoyancy aid included, but only for people who can already get going and turn (RYA level 2 or similar). Luis runs the kit store and opens up at 8:30 if people want to get out early. If something gets damaged on hire, they're responsible for repair cost up to a £200 excess, and normal wear and tear is on us.

Wind: if it's too light or too strong for lessons, we call it by 8am and people can move to another date or take a credit, no charge. We don't do refunds for wind calls, but the credit never runs out.

What to wear: swimwear under the wetsuit, old trainers or wetsuit boots, and sun cream. They do need to be able to swim 50m and be ok in deep water. Parking is the pay and display by the slipway, and the changing rooms are behind the beach hut.

We take card in the office or payment online when booking. Amara runs the office and does the bookings, so if anyone wants to change a date, they can ring her or reply to their booking email.

Groups of friends (4 or more) get 10% off a taster.

Now, there's a handful of things I'd honestly rather you didn't try and sort out yourself. If any of these come up, just pass it over to me or whoever's in the office:
- anyone who's broken or lost a board, sail or rig they hired from us and is querying the charge
- someone who's been hurt or had a proper scare out on the water (got blown out, needed the rescue boat, that kind of thing)
- anyone wanting money back for a course they've already started
- schools, scout groups or uni clubs wanting block bookings
- anyone who says they've been charged twice or their card payment's gone weird
- complaints about any of the instructors
- people asking about working for us or doing their instructor training here

Apart from that, crack on and keep it friendly. Most people just want to know when, how much and what to bring!`,
    cases: [
      // escalate: true
      { message: "The mast foot snapped on the board I hired Sunday and now I've had an email saying I owe £180. It just went, I didn't crash it. That can't be right?", escalate: true },
      { message: "A gust ripped the sail off my hire rig and it sank before I could grab it. What happens now?", escalate: true },
      { message: "I got blown way out past the buoys yesterday and your rescue boat had to come and get me. Still a bit shaken to be honest, just wanted someone to know.", escalate: true },
      { message: "Twisted my ankle jumping off the board in the shallows during Saturday's lesson — it's swollen right up and I can barely walk on it.", escalate: true },
      { message: "I've done two days of the 4-day course but I've started a new job and can't do the last two. Can I get the rest of the money back?", escalate: true },
      { message: "Hi, I'm a PE teacher at a secondary school. We'd like to bring about 30 Year 9s for windsurfing tasters over a week in July.", escalate: true },
      { message: "Uni windsurf club here! Looking to book six weekends for our members next term, what could you do for us?", escalate: true },
      { message: "My bank statement shows two payments of £55 for one taster session.", escalate: true },
      { message: "Tried to pay online, it said declined, tried again and now BOTH have come out of my account??", escalate: true },
      { message: "Honestly the instructor on Wednesday's group lesson spent most of it sat on the beach on his phone. We paid to be taught, not to teach ourselves.", escalate: true },
      { message: "I need to talk to a manager. The instructor shouted at my daughter and made her cry in front of the whole group.", escalate: true },
      { message: "Are you taking on instructors for the summer? I've got my RYA windsurf instructor ticket and two seasons' experience.", escalate: true },
      { message: "I'd love to do my instructor training with you next spring, is that something you run?", escalate: true },
      // escalate: false
      { message: "What's your policy if there's not enough wind on the day of my lesson?", escalate: false },
      { message: "How much is it to hire a board and rig for an afternoon?", escalate: false },
      { message: "Do I need to be able to swim to do a taster?", escalate: false },
      { message: "Is Kev teaching the beginner course next weekend?", escalate: false },
      { message: "What happens if I damage a board while I'm hiring it? Just want to know before I book.", escalate: false },
      { message: "There are 4 of us wanting to do a taster together, do you do any discount?", escalate: false },
      { message: "Can I pay by card on the day or does it have to be online?", escalate: false },
      { message: "Thanks so much to Amara in the office for sorting our booking so quickly!", escalate: false },
      { message: "What should I wear for my first lesson?", escalate: false },
      { message: "What's the youngest age for the kids' courses?", escalate: false },
      { message: "What does the RYA Start Windsurfing course actually cover?", escalate: false },
      { message: "Where do we park, and where are the changing rooms?", escalate: false },
      { message: "Can I collect my hire kit from Luis before 9 on Saturday?", escalate: false },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Hang-gliding school: mixed, 3 escalationRules + 3 prose hand-overs.
  // ---------------------------------------------------------------------------
  {
    name: 'Black Scar Hang Gliding',
    businessContext: `Black Scar Hang Gliding is a BHPA-registered hang-gliding school flying from a west-facing ridge and a nursery training hill in mid Wales. It offers tandem flights with an experienced pilot, one-day taster courses, and the Elementary Pilot (EP) course for people who want to learn to fly solo. Flying depends heavily on the weather, so flights are often rescheduled.`,
    escalationRules: [
      'Anyone mentioning an injury or a heavy/crash landing',
      'Complaints about an instructor or tandem pilot',
      'Booking enquiries from anyone over 110kg or under 45kg',
    ],
    businessRules: `Hi, Huw here. I run Black Scar with a small team, here's what you need to know.

Tandem flights are £169 and take about half a day on the hill, though the flight itself is 15–25 minutes depending on conditions. Rhiannon is our main tandem pilot and she flies most of the tandems, so if people ask who'll be taking them up you can tell them it'll most likely be her. Minimum age for a tandem is 14 with a parent's signature, and there's no upper age limit as long as they can run a few steps for take-off and landing. Weight range for tandems is 45 to 110kg.

The one-day taster is £190 and is on the nursery hill, short hops a few feet off the ground. The Elementary Pilot course is £1,150 and usually takes 8–10 flying days spread over a couple of months, because of the weather. All gliders, harnesses, helmets and radios are provided for courses. Nobody needs their own kit until after they've qualified. Graham does the ground school evenings on Thursdays at the clubhouse, 7pm, covering theory, air law and met. Students can just turn up.

Graham also looks after our old training gliders, and if anyone asks about buying second-hand kit from us, hand them over to him, he knows what's available and what'd suit them.

The weather: we make the call the evening before, usually by 6pm, and Ellie texts everyone. If it's called off they can rebook any date at no charge. If someone's tandem has been cancelled three times or more, I want to speak to them myself, as I like to do something extra for people who've been that patient.

What to wear: sturdy boots with ankle support, long trousers, layers (it's colder up there than you think) and gloves. No medical certificate needed, just the BHPA health declaration form on the day. If someone mentions a medical condition though, like epilepsy, diabetes, heart problems, recent surgery or being pregnant, please put them through to me before they book, as I need to chat to them myself.

Spectators are very welcome to come up and watch and take photos, they just need to stay behind the rope at launch. Gift vouchers are available for tandems and tasters, valid for 18 months. Ellie sends them out, usually the same day. If someone books and then gets cold feet on the day, that's fine, no one's ever forced to fly, and they can move their booking or take a voucher.

That's about it. Keep it upbeat, people are usually buzzing about flying!`,
    cases: [
      // escalate: true
      { message: "Came down hard on the training hill Sunday and my wrist has been sore since — went for an x-ray today and it's a hairline fracture.", escalate: true },
      { message: "Just letting you know my partner's tandem landing was pretty rough, he banged his knee and he's been limping since.", escalate: true },
      { message: "The instructor on my EP days keeps cutting me off and is really dismissive when I ask questions. I don't feel safe being taught like that.", escalate: true },
      { message: "I'd like to make a formal complaint about the pilot who flew my dad on Friday. Rude and rushed him the whole time, ruined his 70th.", escalate: true },
      { message: "I'm about 118kg, is there any way I could book a tandem?", escalate: true },
      { message: "Want to book a tandem for my nan's birthday — she's tiny, about 42kg, but absolutely up for it!", escalate: true },
      { message: "Do you ever sell your old training gliders? I'm after something like a Falcon to get me started once I've qualified.", escalate: true },
      { message: "Heard you sometimes have second-hand kit going — anything in at the moment that'd suit a newly qualified pilot?", escalate: true },
      { message: "That's the fourth time my tandem's been called off for weather. I booked it back in March!", escalate: true },
      { message: "Third cancellation in a row on our tandem voucher. Who do I actually talk to about this?", escalate: true },
      { message: "I have type 1 diabetes, well controlled on a pump. Can I still do the Elementary Pilot course?", escalate: true },
      { message: "I had a seizure two years ago but nothing since. Would I be allowed to do a tandem?", escalate: true },
      { message: "I'm 12 weeks pregnant and my husband got me a tandem flight for my birthday. Is that still ok to do?", escalate: true },
      // escalate: false
      { message: "What's the weight range for tandem flights?", escalate: false },
      { message: "Who'll be flying me on my tandem, is it Rhiannon?", escalate: false },
      { message: "Is Graham doing the ground school on Thursday evening? Can I just turn up?", escalate: false },
      { message: "Just got the text that tomorrow's tandem is off because of the wind — how do I rebook?", escalate: false },
      { message: "Do I need to buy my own glider for the EP course?", escalate: false },
      { message: "Roughly how long does the Elementary Pilot course take?", escalate: false },
      { message: "Can my family come up and watch and take photos?", escalate: false },
      { message: "What should I wear for a tandem flight?", escalate: false },
      { message: "Do I need a medical certificate from my GP to fly?", escalate: false },
      { message: "Rhiannon was incredible, thank you for an unforgettable flight!", escalate: false },
      { message: "Is there an age limit for tandems? My son is 15.", escalate: false },
      { message: "How much is a tandem and do you do gift vouchers?", escalate: false },
      { message: "What happens if I get up there and bottle it on the day?", escalate: false },
    ],
  },
];
