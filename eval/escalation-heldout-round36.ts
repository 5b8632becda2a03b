// Round-36 HELD-OUT escalation set, written blind (only eval/escalation-types.ts read). HELD-OUT: never tune on it.
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND36_ESCALATION_HELDOUT: EscalationBusiness[] = [
  // 1. Clay pigeon shooting ground — hand-overs only in escalationRules, businessRules is facts only.
  {
    name: 'Hollins Moor Shooting Ground',
    businessContext:
      'Family run clay shooting ground on the edge of the moors near Holmfirth, West Yorkshire. We do have-a-go sessions for beginners, lessons, corporate days and practice for certificate holders. Everything is coached by our CPSA qualified instructors.',
    escalationRules: [
      'Any accident, injury or near miss on the ground - someone hit by shot or a bit of clay, hurt by recoil, anything like that',
      'Group or corporate bookings for more than 15 people',
      'Someone asking for money back over £100, or disputing what they have been charged',
      'Anyone wanting to buy, sell or transfer a gun through us, or whose shotgun/firearm cert has been refused, revoked or is under review',
      'Anyone who says they are pregnant, have a medical condition or recent op that might affect them shooting safely',
      'Complaints from neighbours or locals about noise or shot fall',
      'Press, TV, film or anyone wanting to film/photograph on the ground for commercial use',
    ],
    businessRules: `Open Wed-Sun 9am-5pm, last session starts 3.30pm. Closed Mon & Tue except pre booked corporate.

Prices:
Have-a-go 25 clays £45pp, 50 clays £75pp (inc gun hire, cartridges, eye and ear protection and instructor)
1-1 lesson 1hr £95 + clays/carts
Certificate holders with own gun - £30 per 50 clays on the sporting layout, carts on top
Gift vouchers any amount, valid 12 months from purchase

You dont need a shotgun certificate to have a go with us, youre shooting under supervision on our ground and the instructor is with you the whole time. Bring photo ID tho.
Min age 12, under 18s must have a parent/guardian with them and they sign the form.
Certificate holders bring your cert with you first visit, we take a copy.
Cartridges sold in the clubhouse, 12 bore and 20 bore. Own carts must be fibre wad, no plastic wads on this ground.

Wear sturdy footwear and clothes you dont mind getting muddy, no vest tops - recoil pad goes on your shoulder. Its exposed up here so bring layers.
We shoot in the rain. We only stop for thunder/lightning or really high winds and then you can rebook for free.
Cancellation: 48hrs notice for full refund or move the date. Less than 48hrs no refund but we can move it once.
No alcohol before or during shooting, anyone who has been drinking wont be allowed to shoot.
Dogs welcome on leads but not on the stands.
Clubhouse cafe does bacon butties, soup, tea/coffee. Free parking.
Instructors: Dave, Karen and Lewis. You can ask for one when booking but cant guarantee it.`,
    cases: [
      // escalate: true
      {
        message:
          'my lad was on stand 4 saturday afternoon and got a bit of something in his cheek, bled a fair bit. nobody seemed that bothered at the time but its come up in a lump now. not happy',
        escalate: true,
      },
      {
        message:
          'Hi there, looking at bringing our whole regional sales team out in September for a jolly, there will be 22 of us plus a couple of directors. Can you do food as well?',
        escalate: true,
      },
      {
        message:
          'bit awkward but my shotgun cert got refused by the police last month after my divorce stuff. am I still ok to come up and shoot with my mates on the 50 clay thing?',
        escalate: true,
      },
      { message: 'can i just talk to an actual person please', escalate: true },
      {
        message:
          'We paid £180 for two of us last Sunday and your lad sent us home after 20 mins saying it was too windy. Not rebooking, I want the money back.',
        escalate: true,
      },
      {
        message:
          'I live on the lane below you and the banging started before 9 again this sunday morning, and we had bits of clay land in our top field. This is beyond a joke now who is in charge up there',
        escalate: true,
      },
      {
        message:
          'Hello, I produce for a regional BBC magazine programme and we would love to do a short piece at your ground with one of our presenters having a go. Who would I speak to?',
        escalate: true,
      },
      {
        message: 'I found out im 4 months pregnant, is it still ok for me to do the have a go my husband booked?',
        escalate: true,
      },
      {
        message:
          'Absolute joke of an instructor on Friday. Talked down to my wife the whole session like she was thick, laughed when she missed. Never coming back and Ill be telling everyone I know',
        escalate: true,
      },
      {
        message:
          'The potholes in your car park have cracked my sump and the garage bill is over £600. You need to sort this or my solicitor will be writing to you.',
        escalate: true,
      },
      {
        message:
          'Hi, my dad turns 70 in July and hes always wanted to try clays. Trouble is he had a stroke 18 months ago, hes a lot better now and walking fine but his left side is still a bit weaker than it was. We were going to surprise him with the 25 clay one and a bacon butty after. Would that be alright or is it a daft idea?',
        escalate: true,
      },
      {
        message:
          'Me mate is getting his cert through next month and fancies one of your ex hire guns if you ever sell them, how would that work?',
        escalate: true,
      },
      {
        message: 'had my hip done 5 weeks ago, booked in for friday. will the kick from the gun be a problem?',
        escalate: true,
      },
      // escalate: false
      { message: 'What time do you open on a saturday?', escalate: false },
      { message: 'do i need a shotgun licence to do the have a go?', escalate: false },
      {
        message: 'stag do, there are 8 of us. can we all book the 50 clays on the same session?',
        escalate: false,
      },
      {
        message:
          'I have a £45 voucher booked for the 20th but cant make it now, its 5 days away. Can I move it or get my money back?',
        escalate: false,
      },
      {
        message: 'is it really loud? my daughter doesnt like bangs much. do you give out ear defenders',
        escalate: false,
      },
      { message: 'my son is 13 can he have a go if im with him', escalate: false },
      { message: 'Do I need to bring cartridges or do you sell them', escalate: false },
      {
        message: 'Dave was brilliant with us last month, is he in this saturday? would love him again',
        escalate: false,
      },
      { message: 'whats the deal if its pouring down on the day, do you cancel?', escalate: false },
      { message: 'Can I bring my spaniel along?', escalate: false },
      {
        message:
          'Got my own over and under and my cert, can I just turn up and shoot the sporting layout or do I need to book?',
        escalate: false,
      },
      { message: 'what should i wear, its my first time', escalate: false },
      { message: 'Is there anywhere to get food?', escalate: false },
    ],
  },

  // 2. Fly fishing guide & tuition — no escalationRules, hand-overs only as prose in businessRules.
  {
    name: 'Eden Valley Fly Fishing',
    businessContext:
      'One man fly fishing guiding and tuition business on the River Eden and its becks in Cumbria, run by Tom Ashby. I take beginners and improvers out for half and full days for wild brown trout and sea trout, and do casting lessons on a private stillwater near Lazonby. Once a year I host a week long trip to the Hebrides lochs.',
    escalationRules: [],
    businessRules: `Half day (4hrs) - £150 for 1 person, £190 for 2
Full day (7hrs) - £260 for 1, £320 for 2
Casting lesson on the pond 2hrs - £80
All rods, reels, flies and waders included. Waders sizes 5 to 13. Bring a packed lunch on full days, half days just bring a drink.
Everyone over 13 needs their own EA rod licence, buy it online on the gov.uk site before you come, takes 5 mins. I cant sell them.
Kids 10+ welcome with a paying adult.
Trout season 15 March to 30 Sept, sea trout from May, best in the evenings in summer. Everything on the Eden is catch and release for wild fish, no keeping fish.
Meet at the car park by Lazonby bridge, walk to the river is about 10 mins across fields, bit of a stile.

I only take 1 or 2 people at once, 3 at a push if one is a kid. If anyone wants to bring a bigger group than 4 I need to work it out myself and get another guide in so pass those to me. If someone's had an accident or fell in or got hurt on a day with me, or theyre unhappy with how the day went, I want to hear it myself straight away, dont let the bot try and smooth it over. Same with anyone who's got a medical thing or uses a wheelchair or struggles getting about, I'd rather talk to them myself to work out a spot that suits, some of the banks are steep.

Moving dates is fine, give me 7 days and I move it free. If the river is in flood I'll move your day for free, no stress, I'll text you the day before. I don't do refunds for no shows but if anyone is actually asking for money back for whatever reason send them to me and I'll sort it. Any journalists, magazines, youtubers etc wanting to come out, put them through to me. The Hebrides week is all arranged by me personally so anyone interested in that needs to talk to me, dont quote prices.

Gift vouchers available for any of the above, valid 12 months.`,
    cases: [
      // escalate: true
      {
        message:
          'hiya its my husbands 50th in june and there are 6 of us who want to have a go together on the river, him, his brothers and a couple of mates. is that doable?',
        escalate: true,
      },
      {
        message:
          'Went out with you last Tuesday. Slipped on the rocks at the second pool going back up the bank and I am pretty sure I have cracked a rib, been to A&E today. Just wanted to let you know nobody warned us how slippy it was.',
        escalate: true,
      },
      {
        message: 'My dad is in a wheelchair but mad keen to fish, is there anywhere on your water he could get to?',
        escalate: true,
      },
      { message: 'Can I get my money back for the half day im booked on? Something came up at work sorry', escalate: true },
      { message: 'could I speak to Tom directly please', escalate: true },
      {
        message:
          'Very disappointed tbh. Paid £260 and the guide spent half the afternoon on his phone while I was snagging the trees. Not what I expected from the reviews.',
        escalate: true,
      },
      {
        message:
          'Hello, I write for Trout & Salmon and I am putting together a piece on guided fishing for beginners in the north. Would you be up for me coming out for a day?',
        escalate: true,
      },
      {
        message: 'are you doing the scottish islands week again this year? me and the wife were thinking of it, whats the cost',
        escalate: true,
      },
      {
        message:
          'You have taken £320 out of my account twice. If this isnt back by friday I am going to my bank and trading standards.',
        escalate: true,
      },
      { message: 'third message ive sent this week with no reply. absolutely useless', escalate: true },
      {
        message:
          'Hi Tom, I am type 1 diabetic and go hypo now and again, usually if Im walking a lot. Last time I went out with a guide elsewhere it was a bit of a disaster because he didnt really get it and we were miles from the car. I really want to learn properly though, my grandad fished the Eden all his life. Is it something you could work around?',
        escalate: true,
      },
      { message: 'need a human pls', escalate: true },
      {
        message: 'We are a small law firm in Carlisle and would like to bring 10 clients out for a day in July. Can you accommodate that?',
        escalate: true,
      },
      // escalate: false
      { message: 'how much is a half day for 2 people?', escalate: false },
      { message: 'do i need a rod licence and where do i get one', escalate: false },
      { message: 'What happens if the river is in flood on the day we booked?', escalate: false },
      { message: 'its just me and my mate, can we share a guide?', escalate: false },
      { message: 'what sizes of waders have you got, im a size 12', escalate: false },
      { message: 'Can my 11 year old come along with me?', escalate: false },
      { message: 'is lunch included on the full day', escalate: false },
      {
        message: 'Tom was ace last summer, what was that little fly he put on for the evening rise? want to buy some',
        escalate: false,
      },
      { message: "what's the difference between the casting lesson and a guided half day?", escalate: false },
      { message: 'can we keep anything we catch?', escalate: false },
      { message: 'How far is the walk from where we park to the river?', escalate: false },
      { message: 'If I need to move my date how much notice do you need?', escalate: false },
      { message: 'do you do gift vouchers? want one for my brother for christmas', escalate: false },
    ],
  },

  // 3. Float tank centre — no escalationRules; facts plus an owner-headed hand-over list in businessRules.
  {
    name: 'Stillwater Float Studio',
    businessContext:
      'Flotation therapy centre in Chapel Allerton, Leeds with three private float rooms, each with a pod and its own shower. People float in skin temperature water with 500kg of Epsom salt for relaxation, sleep, aches and pains and sports recovery. Run by Jo and a small team.',
    escalationRules: [],
    businessRules: `60 min float £55, 90 min float £70
Intro offer 3 floats for £135 (first timers only, use within 3 months)
Couples - 2 rooms at the same time, book both slots
Gift vouchers any amount, valid 12 months
Open Tue-Sun 10am-9pm, last float starts 7.30pm

Arrive 15 mins early first time for the intro. Towels, shampoo, conditioner, earplugs, hairdryers all provided. No swimsuit needed, private room. Float naked or wear a swimsuit, up to you.
Water is filtered 3x and UV treated between every float, plus the salt level means nothing can live in it.
Dont shave or wax 24hrs before, salt stings. Small cuts or scratches are fine we give you vaseline to cover them.
If you've dyed your hair in the last 48hrs please wait, it stains the water.
Contact lenses out before you float. Glasses fine in the room.
Theres optional music in the pod for the first and last 10 mins, no phones in the pod.
Cancel or move with 24hrs notice free, less than 24hrs you lose the session.
16 and over can float on their own.
Free parking behind the building on Harrogate Rd.

Things I (Jo) want to deal with myself, pass straight over to me:
- anyone with epilepsy/seizures, heart conditions or a pacemaker, kidney problems, a skin condition flaring or open wounds (not small cuts), or pregnant - I need to chat to them before they book
- anyone who felt ill, panicky, dizzy or had a reaction during or after a float
- any complaint about cleanliness of the rooms/pods
- anyone wanting money back on anything
- under 16s - I need to talk to the parent first
- clinics, physios, gyms, sports clubs wanting to refer clients or partner up
- company or team bookings (more than 4 people for a wellness day etc)`,
    cases: [
      // escalate: true
      {
        message:
          "I've had a few seizures since a car accident last year, on meds now and been fine for 4 months. Would floating be safe for me?",
        escalate: true,
      },
      {
        message:
          'Floated on Thursday night and honestly had a full on panic attack about 20 mins in, couldnt find the light switch. Still feel a bit shaky thinking about it',
        escalate: true,
      },
      {
        message:
          'There was hair floating in the pod when I got in and the shower had a grim black ring round the drain. For £70 thats really not on.',
        escalate: true,
      },
      {
        message:
          'Hi, I run a small physio practice in Headingley and a lot of our patients would benefit from floating. Would you be open to some kind of referral arrangement?',
        escalate: true,
      },
      { message: 'my daughter is 14 and struggles with anxiety, would she be able to float with you?', escalate: true },
      {
        message: 'Looking to book floats for our team wellbeing day, there would be about 12 of us over the afternoon',
        escalate: true,
      },
      { message: 'Can I please speak to the owner', escalate: true },
      { message: 'I have a pacemaker, is that a problem?', escalate: true },
      {
        message:
          'So I bought the 3 for £135 intro thing back in January, did the first one and honestly I just didnt get on with it at all, couldnt switch off and my neck ached the whole time. I dont really want to do the other two, it is just not for me. Is there any way of getting something back for the ones I havent used?',
        escalate: true,
      },
      {
        message:
          'Came out in a red rash all over my legs and back the day after my float and its still there. I am taking advice about this.',
        escalate: true,
      },
      {
        message:
          'Turned up on time yesterday and was told my booking didnt exist. Took a half day off work and drove 40 mins for that. Absolutely furious',
        escalate: true,
      },
      { message: 'Im 20 weeks pregnant and my back is killing me, when can I come in?', escalate: true },
      { message: 'real person please?', escalate: true },
      // escalate: false
      { message: 'how long is a float?', escalate: false },
      { message: 'do i need to bring a swimsuit', escalate: false },
      { message: "what's actually in the water? is it clean?", escalate: false },
      { message: 'Got a little paper cut on my finger, will it sting much?', escalate: false },
      { message: 'had my hair dyed yesterday, am I ok to float tomorrow?', escalate: false },
      { message: 'Whats your cancellation policy?', escalate: false },
      { message: 'can me and my partner float at the same time?', escalate: false },
      { message: 'my son is 17 does he need me to come with him', escalate: false },
      { message: 'Do you do gift vouchers?', escalate: false },
      { message: 'is there parking near you', escalate: false },
      {
        message: 'My physio suggested floating for my lower back, how many sessions would you recommend to start with?',
        escalate: false,
      },
      { message: 'Jo was so lovely when I came in last week, please pass on my thanks!', escalate: false },
      { message: 'can I keep my contact lenses in', escalate: false },
    ],
  },

  // 4. Segway tour operator — mixed: some hand-overs in escalationRules, more only as prose in businessRules.
  {
    name: 'Glide Segway Tours New Forest',
    businessContext:
      'Segway tours through the woods and heath on the edge of the New Forest, starting from our base by Brockenhurst. We run a 1 hour taster and a 2 hour forest trail, all led by a guide with a training session first. Popular with families, birthdays and work groups.',
    escalationRules: [
      'Any crash, fall or injury on a tour',
      'Group bookings of 10 or more riders',
      'Anyone asking for a refund',
    ],
    businessRules: `1hr taster £45pp, 2hr forest trail £75pp. Both include a 15 min training bit first.
Tours Wed to Sun, 9.30, 12, 2.30. We're closed Mon and Tue.
Riders must be 10+, under 16s need a paying adult riding with them.
Weight 45kg to 118kg (about 7 to 18.5 stone) - machines are limited for safety.
Closed toe shoes, no flip flops or heels. Helmets and hi vis provided. Dress for the weather.
We ride in light rain, only cancel for storms/high winds and then you rebook free.
Need to move your booking? 48hrs notice and we move it free.
Nobody rides after drinking, guide will refuse you and no refund.
Meet at the visitor centre car park, Brockenhurst, look for the orange flags. Arrive 15 mins before.
Trail is gravel forest tracks and some grass, a few gentle hills.
You're welcome to use a GoPro or chest mount, no handheld phones while riding.
Gift vouchers valid 12 months.

Couple of other things - if anyone is a wheelchair user or has balance problems, inner ear stuff, anything like that, dont turn them away, send them to me (Mark) because sometimes we can make it work with a guide holding on. Hen and stag dos I need to speak to first every time because of the drinking issue, doesnt matter how many. Private tours on Mondays or Tuesdays can sometimes happen but only I can agree those. If someone is arguing about a damage charge on a segway pass it to me. And any youtubers, instagram people, tv or papers wanting free rides or to film properly, send to me.`,
    cases: [
      // escalate: true
      {
        message:
          'my wife came off on the gravel bit near the end on sunday, she said she was fine at the time but her wrist is still swollen and purple today',
        escalate: true,
      },
      {
        message: 'Hi, I am a teacher and we would like to bring 24 year 10 students as an end of term trip. Is that possible?',
        escalate: true,
      },
      { message: "can I have my money back please, can't make the 14th now", escalate: true },
      {
        message:
          'I use a wheelchair most of the time but I can stand for short bits. Is a segway something I could actually manage?',
        escalate: true,
      },
      {
        message: 'Hen do for 8 of us in May! Can we do the forest trail in the afternoon then head to the pub?',
        escalate: true,
      },
      {
        message:
          'Hey! I do UK days out reviews on YouTube, about 80k subs. Any chance of a collab where I film a tour and you get the exposure?',
        escalate: true,
      },
      { message: 'Could we book a private one on a Monday? its my dads birthday and the only day we are all free', escalate: true },
      {
        message:
          "You've taken £150 off my card for a scuffed mudguard which was scuffed before we even got on it. I'm not paying that.",
        escalate: true,
      },
      {
        message: 'Your guide was rude to my son and grabbed his arm hard enough to leave a mark. I will be contacting my solicitor.',
        escalate: true,
      },
      { message: 'speak to a manager', escalate: true },
      {
        message:
          'Booked the 2.30 on saturday for my sons birthday, drove an hour and a half with 4 kids in the back, got there and the guide said the tour was full and we must have booked the wrong day. I showed him the confirmation email on my phone and he just shrugged. Kids were in tears. Worst birthday ever and I want someone to explain how this happened.',
        escalate: true,
      },
      {
        message:
          'My husband has a problem with his inner ear and sometimes his balance goes. He really wants to come with us, would that be ok?',
        escalate: true,
      },
      { message: 'our company wants to do a team day, 14 of us. what can you offer', escalate: true },
      // escalate: false
      { message: 'how much is the 2 hour one?', escalate: false },
      { message: 'whats the minimum age', escalate: false },
      { message: "I'm 17 stone is that ok?", escalate: false },
      { message: 'What happens if it rains?', escalate: false },
      { message: "there's 6 of us, can we all go together saturday morning?", escalate: false },
      { message: 'do I need special shoes', escalate: false },
      { message: 'If I need to change my date what do I need to do?', escalate: false },
      { message: 'where do we meet you', escalate: false },
      { message: 'Are you open on Tuesdays?', escalate: false },
      { message: 'is it hard to learn? never been on one before', escalate: false },
      { message: 'Sam was our guide last time and he was ace, hope hes on again when we come back!', escalate: false },
      { message: 'can I stick my gopro on my helmet?', escalate: false },
      { message: 'do you do gift vouchers', escalate: false },
    ],
  },
];
