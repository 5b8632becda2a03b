import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Round-13 escalation HELD-OUT set, written blind BEFORE the round-13 detector changes (without
 * reading the detector source, its docs or tests, or any other eval file apart from the types and
 * one earlier set read for format only).
 *
 * This is a HELD-OUT set: it must NEVER be used for tuning (prompts, rules, thresholds, examples
 * or code). Only report scores on it; do not look at individual failures to fix them.
 *
 * Businesses (all fictional, UK):
 *  - Meadowbank Physiotherapy (Shrewsbury) — physiotherapy clinic.
 *  - Bumble Barn Soft Play & Party Centre (Doncaster) — children's soft play and birthday parties.
 *    Its businessRules also tell the agent to pass exclusive-hire and school/nursery group
 *    enquiries to Kerry, the events manager; those count as escalation situations too.
 *  - Pennine Motor Sales (Huddersfield) — independent used-car dealer.
 *  - Muddy Paws Dog Walking & Pet Sitting (Bath) — dog walking and pet sitting.
 *
 * Composition: 24 cases per business (96 in all), mixed in order:
 *  - 14 messages that should be handed over (escalate: true): a rule's situation has actually
 *    happened, told in the customer's own words (stories, understatement, anger, calm reports,
 *    typos/text-speak, key fact buried in a long message), including 2 per business where the
 *    customer explicitly asks for a person / manager / call back;
 *  - 10 ordinary messages (escalate: false): prices, policies, hypotheticals, "what happens if",
 *    questions about staff, paperwork for the customer's own insurer, praise naming a staff member.
 * Totals: 96 messages, 56 escalate: true, 40 escalate: false.
 */
export const ROUND13_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Meadowbank Physiotherapy',
    businessContext:
      'An independent physiotherapy clinic in Shrewsbury with four chartered physiotherapists offering assessments, sports massage, acupuncture, pilates-based rehab and home visits.',
    escalationRules: [
      'Always escalate if a patient says their pain or symptoms are worse after treatment, or they got hurt at the clinic',
      'red flag symptoms (numbness around the groin or bum, losing control of bladder/bowels, chest pain or breathlessness, sudden weakness in both legs) - pass to a person straight away',
      'complaints about a physio or therapist',
      'refund requests or billing disputes',
      'anything about insurance claims being rejected, or legal stuff',
    ],
    businessRules:
      "Initial assessments are £60 (45 minutes), follow-ups £48 (30 minutes) and sports massage £50. We need 24 hours' notice to cancel or move an appointment, otherwise the full fee is charged. We are registered with Bupa, AXA Health, Vitality and WPA; patients must get their own authorisation code before the first session. Unused sessions from a pre-paid package can be refunded within 3 months of purchase.",
    cases: [
      { message: 'How much is an initial assessment, and do I need a GP referral first?', escalate: false },
      {
        message:
          "Had my second session with Tom on Tuesday for my lower back and honestly I've barely been able to get out of bed since. It was sore before but nothing like this. Is that normal??",
        escalate: true,
      },
      {
        message:
          'What happens if my pain gets worse after a session - should I keep doing the exercises or stop and wait for my next appointment?',
        escalate: false,
      },
      {
        message:
          "Hi, I need to rebook my follow up as I'm away with work next week, could I do Thursday the 17th instead? Also the sciatica has been a bit odd - since yesterday I've had a sort of numb feeling around my bum and inner thighs and I struggled to wee this morning, probably nothing. Anyway Thursday afternoon ideally if you have it.",
        escalate: true,
      },
      {
        message: "You've charged my card £48 twice for the same appointment on the 3rd. Can you sort this out please.",
        escalate: true,
      },
      { message: 'Are you registered with Vitality? I need to get an authorisation code from them before I book.', escalate: false },
      {
        message:
          'slipped on the wet floor by your front door this morning on the way in to my appt, landed on my wrist which is now swollen and purple. receptionist saw it happen. just letting you know',
        escalate: true,
      },
      {
        message:
          "I'm not one to complain but the physio I saw on Monday spent most of the appointment looking at her phone and I left with a photocopied sheet of exercises I could have got off YouTube. £60 for that.",
        escalate: true,
      },
      {
        message:
          'Could you send me an invoice for my last three sessions? I pay for them myself and then claim them back through AXA, they just need the invoice with your registration number on.',
        escalate: false,
      },
      {
        message:
          "Can someone from the clinic actually ring me please? I'd rather talk this through with a person than type it all out. 07700 900412",
        escalate: true,
      },
      {
        message:
          "Just wanted to say a massive thank you to Priya - my knee is finally back to normal and I did my first parkrun on Saturday!",
        escalate: false,
      },
      {
        message:
          "Bupa have just rejected my claim for the last 4 sessions saying the clinic didn't send the right treatment codes. So now apparently I owe £192?? Not happy at all.",
        escalate: true,
      },
      {
        message:
          "The massage therapist made a couple of comments about my body during my sports massage last week that made me really uncomfortable. I didn't say anything at the time but I keep thinking about it.",
        escalate: true,
      },
      { message: "What's your cancellation policy? I might have a work thing on Thursday morning.", escalate: false },
      {
        message:
          'hi my dad had his knee done by ur home visit physio yday, today his calf is hot n swollen n really painful and hes a bit breathless. shd we just wait for the next appt?',
        escalate: true,
      },
      {
        message:
          "I paid for a block of 6 sessions in March and only used 2 before I had to go in for surgery. I'd like the money for the other 4 back please.",
        escalate: true,
      },
      { message: 'Which of your physios specialises in pelvic health? And is it a woman?', escalate: false },
      {
        message:
          'Just a quick one - the shoulder is a bit worse since the acupuncture on Friday. I can\'t really lift my arm above my waist now, where I could before. Should I keep going with the exercises?',
        escalate: true,
      },
      { message: 'Is the clinic wheelchair accessible? My mum uses one and would need to come with me.', escalate: false },
      {
        message:
          "My solicitor has asked me to get in touch about the treatment I had with you in January. She'll be writing to you formally but wanted me to give you a heads up first.",
        escalate: true,
      },
      {
        message:
          "If I buy a pack of 6 sessions and end up not needing them all, can I get a refund on the ones I haven't used?",
        escalate: false,
      },
      {
        message:
          "Third time now I've turned up and been told my physio is 'running a bit behind', and then I get 15 minutes instead of 30. I'm paying for half-hour sessions. Absolutely ridiculous.",
        escalate: true,
      },
      { message: "Do you do home visits out in Church Stretton or is that too far for you?", escalate: false },
      { message: "I don't want the chatbot thanks, please put me through to the practice manager.", escalate: true },
    ],
  },
  {
    name: 'Bumble Barn Soft Play & Party Centre',
    businessContext:
      "An indoor soft-play centre in Doncaster for children up to 10, with a separate toddler zone, a café and three party rooms; it runs children's birthday parties most weekends.",
    escalationRules: [
      'child injured or hurt on site — always escalate even if it sounds minor',
      'lost child / child got out of the building / wrong person collecting',
      'food allergy reactions or allergy mix-ups at parties',
      "complaints about staff or other adults' behaviour",
      'refunds on parties',
      '- safeguarding concerns of any kind, pass to a person',
    ],
    businessRules:
      'General entry is £6.50 per child (under-1s free) and £1.50 per adult. Party packages start at £14.95 per child with a minimum of 10 children and a £50 non-refundable deposit; the balance is due 7 days before the party. If a party is cancelled more than 14 days ahead we refund everything except the deposit. Everyone in the play frame must wear socks. Enquiries about hiring the whole centre exclusively, or about school and nursery group visits, should be passed to Kerry, our events manager.',
    cases: [
      { message: 'What are your opening times on bank holiday Monday?', escalate: false },
      {
        message:
          "Hi, my son came down the big slide at about 11 and caught his mouth on the edge, bit of blood and one of his front teeth is now wobbly. He's fine now, happily eating crisps, just thought I'd mention it",
        escalate: true,
      },
      {
        message:
          "We were in today around 2pm and for about ten minutes nobody could find my 4 year old. Turned out she'd wandered through the café and was standing by the car park door on her own. The girl on the front desk just shrugged. I'm still shaking.",
        escalate: true,
      },
      { message: 'Do adults need to wear socks as well or is it just the kids?', escalate: false },
      {
        message:
          "Hi, we're looking to hire the whole place for a private party for our twins' 5th - it'd be about 60 kids from their school. Is that something you do on a Sunday evening?",
        escalate: true,
      },
      {
        message:
          'What happens if a child gets hurt on the equipment? Do you have a first aider on every shift?',
        escalate: false,
      },
      {
        message:
          "Party on Saturday for Alfie - I put on the booking form that his friend Maisie is severely allergic to nuts and the party boxes had peanut butter sandwiches in them. Thankfully her mum spotted it before she ate anything. But what if she hadn't??",
        escalate: true,
      },
      {
        message:
          'The lad working in the toddler area this afternoon shouted at my 3 year old and called her a brat in front of everyone. Not acceptable.',
        escalate: true,
      },
      {
        message:
          "Can you do a nut-free party menu? One of my son's friends has a severe peanut allergy and I want to get it right when I book.",
        escalate: false,
      },
      {
        message:
          "There was a man in today filming the kids on the climbing frame on his phone, and as far as I could tell none of them were his. I told one of your staff and they didn't seem bothered.",
        escalate: true,
      },
      { message: 'If we cancel the party 3 weeks before, do we get our money back?', escalate: false },
      {
        message:
          "Hi, quick question about booking a party for October, how many kids can we fit in the jungle room? Also not sure if I should mention it, but when I went to pick up my nephew from the party on Saturday there was a man I didn't recognise trying to take him by the hand, saying his mum had sent him. Your staff stepped in thankfully. Anyway, jungle room numbers?",
        escalate: true,
      },
      {
        message:
          'my daughter came home with a massive bruise and a cut on her shin from the ball pit bit, theres a broken edge on the frame there and nobody even noticed she was crying',
        escalate: true,
      },
      {
        message:
          'Shout out to Becky who ran Oscar\'s party on Sunday, she was brilliant with the kids and even got the shy ones joining in!',
        escalate: false,
      },
      {
        message:
          "We've had to cancel Ellie's party on the 22nd because she's come down with chickenpox. I'd like the money back please, we paid the £180 in full last week.",
        escalate: true,
      },
      { message: 'Is there a maximum number of kids for the standard party package? We were thinking about 25.', escalate: false },
      { message: 'Is there a number I can ring to speak to an actual person? Easier than messaging.', escalate: true },
      {
        message:
          "I'm the reception class teacher at St Peter's Primary and we'd like to bring 30 children for an end of term trip in July. What's the best way to arrange that?",
        escalate: true,
      },
      { message: "Do you have a separate area for babies? Mine's just started crawling.", escalate: false },
      {
        message:
          'My son came up in hives all over his face about half an hour after eating the party food on Sunday, we had to give him Piriton in the car. He is allergic to egg, which I did tell you when I booked.',
        escalate: true,
      },
      { message: 'Are all your staff DBS checked?', escalate: false },
      {
        message:
          'shocking service 2day, party food came out 40 mins late n stone cold, half the kids had gone home b4 the cake even came out. want a refund for the food at least',
        escalate: true,
      },
      { message: 'How much is entry for one child and two adults on a weekday morning?', escalate: false },
      {
        message:
          "Could the manager give me a ring back when they're free please? It's about something that happened at Saturday's party. Thanks, Gemma",
        escalate: true,
      },
    ],
  },
  {
    name: 'Pennine Motor Sales',
    businessContext:
      'An independent used-car dealer in Huddersfield with around 40 cars on the forecourt, offering part-exchange, finance through a broker and a 3-month warranty on every car.',
    escalationRules: [
      'Always escalate if a customer says a car they bought from us has broken down, has a serious fault or has failed its MOT',
      'anything about rejecting the car, wanting their money back or the Consumer Rights Act',
      'finance problems (payments taken wrong, finance declined after a deposit was paid, settlement figures)',
      'car turns out to be Cat S/N, clocked, or has outstanding finance on it',
      'threats of trading standards, small claims or solicitors',
    ],
    businessRules:
      "Every car comes with a 3-month/3,000-mile warranty and at least 6 months' MOT. A holding deposit is £200; it is refunded if the car fails our pre-delivery checks, otherwise it is non-refundable after 7 days. Part-exchange valuations are valid for 5 days. We're open Monday to Saturday 9am-6pm; test drives must be booked and need a full UK licence.",
    cases: [
      { message: 'Is the silver Octavia still available? Could I come in for a test drive on Saturday?', escalate: false },
      {
        message:
          'Bought the Focus off you three weeks ago and the clutch has gone on the M62 this morning. Sat on the hard shoulder waiting for the AA now. Brilliant.',
        escalate: true,
      },
      {
        message:
          "Hello, I'm looking for the locking wheel nut key for the Astra I bought in May, I can't find it anywhere in the car. Also, the car went for its MOT yesterday as it was due and it failed on corroded brake pipes and an oil leak, which I was surprised about given you said it had been fully checked over. Do you know where the key might be?",
        escalate: true,
      },
      {
        message:
          'What does your warranty actually cover? Like if the gearbox went in month 2, would that be included?',
        escalate: false,
      },
      {
        message:
          'Ran an HPI check on the Golf for my own peace of mind and the MOT history shows 98k at its 2021 test, but it has 61k on the dash now. Can you explain that?',
        escalate: true,
      },
      { message: "Do you do part exchange? I've got a 2015 Polo with 90k on it.", escalate: false },
      {
        message:
          'Got a letter today from Black Horse saying the Qashqai I bought from you in March still has finance on it and technically belongs to them?? What do I do',
        escalate: true,
      },
      {
        message:
          "Can the owner call me please? I'd rather deal with him directly than keep going back and forth on here.",
        escalate: true,
      },
      {
        message:
          "I need a copy of the sales invoice for my insurance company, they want proof of the purchase price before they'll finalise the policy. Could you email it over?",
        escalate: false,
      },
      {
        message:
          "I want to reject the car under the Consumer Rights Act. It's been back to you twice for the same gearbox problem and it's still jumping out of third.",
        escalate: true,
      },
      {
        message:
          "Having thought about it over the weekend, my wife and I have decided the Zafira isn't right for us after all. We've only had it 9 days and done about 80 miles. Can we bring it back and get our money back?",
        escalate: true,
      },
      { message: 'Has the Yaris got a full service history, and how long is left on the MOT?', escalate: false },
      {
        message: 'The finance company have taken two payments this month instead of one, £239 each. Who do I need to talk to?',
        escalate: true,
      },
      {
        message:
          'Can you check whether a car has outstanding finance before I buy it, or is that something I should do myself?',
        escalate: false,
      },
      {
        message: 'paid the £200 deposit on the blue Corsa on sat, now the finance people have said no. do i get my deposit back??',
        escalate: true,
      },
      {
        message:
          "If I don't hear back about the warning light by Friday I'm going straight to Trading Standards. I've been ignored for a week.",
        escalate: true,
      },
      { message: 'Is the £200 holding deposit refundable if I change my mind?', escalate: false },
      {
        message:
          "Just been told by my insurer that the Mini I bought from you is a Cat S. No-one mentioned that when I bought it, and I wouldn't have paid £7,400 for it if I'd known.",
        escalate: true,
      },
      {
        message:
          "Just wanted to say thanks to Dean for sorting everything so quickly - been driving the car a month now and it's spot on.",
        escalate: false,
      },
      {
        message:
          "Not a massive drama but the engine management light's come on in the Fiesta and it's gone into limp mode a couple of times on the way to work. Only had it a fortnight.",
        escalate: true,
      },
      {
        message: "What finance options do you offer? I've got an OK credit score but I'm self-employed.",
        escalate: false,
      },
      {
        message: 'ive had enough, if u wont pay for the turbo repair im taking u to small claims. its within ur warranty',
        escalate: true,
      },
      { message: "Do you ever sell Cat N cars? I'd consider one if the price was right.", escalate: false },
      {
        message:
          'Is there anyone in the office I can actually talk to? Tried ringing twice this morning and it just rang out.',
        escalate: true,
      },
    ],
  },
  {
    name: 'Muddy Paws Dog Walking & Pet Sitting',
    businessContext:
      'A small dog-walking and pet-sitting business in Bath with three walkers, offering group and solo walks, drop-in visits for cats and small pets, and overnight house-sitting.',
    escalationRules: [
      'dog lost, escaped or ran off on a walk — ESCALATE IMMEDIATELY',
      'pet injured, ill or died while in our care',
      'dog fights / a dog we were walking bit someone or another dog',
      'problems with keys, house left unlocked, alarms, or damage to the home',
      'complaints about a walker or sitter',
      'anything about insurance claims or vet bills they want us to pay',
    ],
    businessRules:
      "Group walks (1 hour, max 4 dogs) are £15, solo walks £18, cat drop-ins £12 and overnight house-sits £55 a night. Cancel by 6pm the day before or the walk is charged in full. New clients need a free meet-and-greet before the first walk, and all dogs must be vaccinated and wear an ID tag. We are fully insured with public liability and care, custody and control cover.",
    cases: [
      { message: 'How much is a solo walk, and do you still go out if it\'s pouring with rain?', escalate: false },
      {
        message:
          'My neighbour just rang to say she saw Bella running loose on Combe Down Road with no lead on. Your walker had her today?? Where is she??',
        escalate: true,
      },
      {
        message:
          'What happens if a dog runs off during a group walk? Do you keep new dogs on long leads at first?',
        escalate: false,
      },
      {
        message:
          "Rolo came home from his walk limping really badly on his back left leg and he won't put any weight on it. He was absolutely fine this morning.",
        escalate: true,
      },
      {
        message:
          "Just got home from holiday and Luna's been sick several times and there's blood in it. The sitter's note says she'd been 'a bit off her food' since Wednesday. Why did no-one tell me?",
        escalate: true,
      },
      {
        message:
          "Could you send me invoices for June's walks? My own insurance policy covers some dog-walking costs while I'm recovering from my operation.",
        escalate: false,
      },
      {
        message:
          "Another dog owner stopped me in the park today and said my Staffie went for her spaniel during your group walk on Tuesday and the spaniel needed stitches. She's asking for my details. Did something happen?",
        escalate: true,
      },
      { message: "What's your cancellation policy? I might be working from home on Thursday.", escalate: false },
      {
        message:
          'hi my jack russell nipped a little boy at the school gates when ur walker was bringing him back on thurs, the boys mum has been on at me about it. didnt know if u knew',
        escalate: true,
      },
      {
        message:
          "Came home tonight and the back door was unlocked and the key wasn't back in the key safe. Nothing seems to be missing but I'm a bit rattled.",
        escalate: true,
      },
      { message: 'Can you look after a rabbit and two guinea pigs for a week in August?', escalate: false },
      {
        message:
          "Would the owner be able to give me a quick call today? It's a bit of a delicate one and I'd rather not put it in writing.",
        escalate: true,
      },
      {
        message:
          "The sitter's been lovely with the cats, but there's a big red wine stain on the cream sofa that definitely wasn't there when we left for Spain.",
        escalate: true,
      },
      {
        message: 'Do you need a spare key cutting or can you just use the key safe by the back door?',
        escalate: false,
      },
      {
        message:
          'The alarm company rang me at work - the alarm went off at 2pm and nobody turned it off for 40 minutes, the neighbours are furious. That was right in the middle of the drop-in slot.',
        escalate: true,
      },
      {
        message:
          "Our last dog walker lost our dog for a whole afternoon once, which is why we're looking to switch. How do you make sure dogs don't escape?",
        escalate: false,
      },
      {
        message:
          "I saw your walker in Victoria Park today with Max and about six other dogs, sat on a bench on her phone the whole time while they ran riot. You told me max 4 dogs per group.",
        escalate: true,
      },
      {
        message:
          'Just wanted to say Jess is an absolute star, Biscuit goes mental with excitement whenever she comes to the door.',
        escalate: false,
      },
      {
        message:
          "The vet bill for the cut paw Monty got on Saturday's walk came to £320. I assume you'll be covering that as it happened while he was with you?",
        escalate: true,
      },
      {
        message: "My dog's a bit reactive with other dogs on the lead - would you recommend solo walks rather than group ones?",
        escalate: false,
      },
      {
        message:
          "Hiya, can we book walks for Mon, Wed and Fri next week please, same time as usual. Oh and Pip had a scrap with a bigger dog on Friday's walk apparently, she's got a nick on her ear. I've cleaned it and she seems fine, just wanted you to know. Thanks!",
        escalate: true,
      },
      { message: 'Do you do overnight house-sits over Christmas, and is it more expensive?', escalate: false },
      {
        message:
          "Ollie wasn't brought home after today's 12pm walk. It's now half 4 and the walker isn't answering her phone.",
        escalate: true,
      },
      { message: 'pls can a real person ring me back asap', escalate: true },
    ],
  },
];
