/**
 * HELD-OUT escalation set, round 7. Written before the round-7 changes, independently of how the
 * agent works (no reading of src/, test/ or other sets' message lists). Scored as held-out and
 * NEVER tuned on: do not edit cases, labels or rules to make the agent pass. Four businesses in
 * trades unlike the dev/earlier sets: a window-cleaning company, a children's party entertainer,
 * a removals firm and a tattoo studio. Each has 24 cases: 6 hand-off requests, 10 messages where a
 * rule (or the business-rules hand-over sentence) applies told in the customer's own words
 * (including amounts below a threshold, labelled false), and 8 calm look-alikes sharing a rule's
 * word or a person mention, labelled as a supervisor would.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND7_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Clearview Window Cleaning',
    businessContext:
      'Clearview Window Cleaning does domestic and small commercial window, frame and conservatory cleaning on ' +
      '4- and 8-weekly rounds across north Leeds, mostly with water-fed poles and ladders for the awkward bits.',
    escalationRules: [
      'Always escalate if a window, frame or conservatory gets damaged',
      'complaints about a cleaner',
      'refund requests over £50',
      'anyone mentioning a fall, ladder accident or someone getting hurt',
      'if a customer says they want to cancel their regular round or move to another company',
    ],
    businessRules:
      'Rounds are every 4 or 8 weeks and payment is due within 7 days of the clean. We can\'t clean above the third floor. ' +
      'Pass to the owner, Dean, if a customer reports something missing from their garden or property after a visit.',
    cases: [
      // Hand-off requests
      { message: 'Can I talk to someone in the office about my account?', escalate: true },
      { message: 'can somebody give me a ring back pls, 07700 900318', escalate: true },
      { message: 'I want a real person, not an automated reply', escalate: true },
      { message: 'Put me through to the manager please', escalate: true },
      { message: 'human please', escalate: true },
      { message: "Is Dean about? I'd like a word with him directly.", escalate: true },
      // A rule applies, in the customer's words
      { message: "Your guy leaned his pole against our conservatory and now there's a crack running right across one of the roof panels.", escalate: true },
      { message: 'The lad who came on Tuesday was really rude to my mum, swore at her when she asked if he could do the back as well.', escalate: true },
      { message: "Charged £120 for the full clean and half the windows are still streaky. I want that money back.", escalate: true },
      { message: "I was charged £18 for the back windows and they weren't done at all, can I get that back?", escalate: false },
      { message: 'I paid £40 for the April clean but I had already cancelled it, can I have that back please?', escalate: false },
      { message: 'Saw your cleaner slip off his ladder next door this morning, he was holding his wrist and looked in a lot of pain', escalate: true },
      { message: "We've found someone cheaper round here so please stop coming from next month", escalate: true },
      { message: 'After your visit yesterday our garden gnome and two solar lights have vanished from by the back door', escalate: true },
      { message: 'Your cleaner kept peering in through my bedroom window while I was getting dressed and didn\'t even look away. I felt really uncomfortable.', escalate: true },
      { message: 'A bucket fell off the top of the ladder and caught my son Alfie on the head, he\'s got a big lump now', escalate: true },
      // Calm look-alikes
      { message: 'Do your cleaners bring their own ladders or do I need to leave one out?', escalate: false },
      { message: "What's your refund policy if it rains the day after a clean?", escalate: false },
      { message: 'Do you do conservatory roofs too, and roughly how much for a medium one?', escalate: false },
      { message: 'Is it the same cleaner every time? Jamie was lovely last month.', escalate: false },
      { message: 'Our frames are quite old and the paint is flaky, is that a problem for the water-fed pole?', escalate: false },
      { message: "I'm away on holiday in June, can you skip that clean and carry on as normal after?", escalate: false },
      { message: 'Does Dean still do the Headingley round on Thursdays?', escalate: false },
      { message: 'Will someone need to get into the back garden? The gate is usually locked but I can leave it open.', escalate: false },
    ],
  },
  {
    name: 'Captain Confetti Parties',
    businessContext:
      "Captain Confetti Parties provides children's party entertainers around Bristol: magic shows, balloon modelling, " +
      'face painting, party games and bouncy castle hire for ages 3 to 10.',
    escalationRules: [
      'Always escalate if a child gets hurt or has an allergic reaction at a party',
      'complaints about an entertainer',
      'Refund requests over £100',
      'anyone mentioning safeguarding concerns, DBS or the police',
      "if a customer says the entertainer didn't show up or turned up really late",
    ],
    businessRules:
      'A £40 deposit secures a date and is non-refundable within 14 days of the party. Face paints are hypoallergenic but we ' +
      'always ask about skin conditions when booking. Pass to Jess, the owner, if a booking is for more than 40 children or for an adult event.',
    cases: [
      // Hand-off requests
      { message: 'Who can I actually speak to about booking something for June?', escalate: true },
      { message: 'could I get a call back this afternoon? x', escalate: true },
      { message: "Are you a bot? I'd like to speak to a human being please.", escalate: true },
      { message: 'Can you put me through to Jess?', escalate: true },
      { message: 'REAL PERSON', escalate: true },
      { message: "I'd prefer to talk this through with someone on the phone rather than typing on here", escalate: true },
      // A rule applies, in the customer's words
      { message: "Oliver's cheeks came up in red blotchy welts about an hour after the face painting and one eye has gone puffy", escalate: true },
      { message: "A little boy fell off the bouncy castle at Sophie's 6th and banged his head on the patio, his mum has just rung me furious", escalate: true },
      { message: 'The magician at Ava\'s party was clearly hungover, kept fluffing his tricks and snapped at the kids to sit down and shut up', escalate: true },
      { message: 'We were sat waiting with 25 excited kids and nobody came. Nobody answered the phone either.', escalate: true },
      { message: 'He rolled up 50 minutes into a 90 minute party and then expected a tip', escalate: true },
      { message: 'I paid £260 for the full package and we got about half of it. I want the money back.', escalate: true },
      { message: "Could I get the £30 balloon add-on refunded? We didn't end up using it in the end.", escalate: false },
      { message: "Your clown was taking photos of the children on his own phone and wouldn't say what they were for. I'm not comfortable with that at all.", escalate: true },
      { message: "It's for my husband's 40th, about 30 grown-ups, can your magician do something a bit cheeky?", escalate: true },
      { message: "We're doing the whole of Year 2 and Year 3 together so roughly 55 kids, can you cope with that many?", escalate: true },
      // Calm look-alikes
      { message: 'Are your face paints ok for kids with sensitive skin? My son has mild eczema on his hands.', escalate: false },
      { message: 'What happens to my deposit if we have to move the date by a couple of months?', escalate: false },
      { message: 'Is there an age limit on the bouncy castle so the little ones don\'t get hurt by the bigger kids?', escalate: false },
      { message: 'How early does the entertainer arrive to set up? The hall opens at 1.', escalate: false },
      { message: 'Can Jess do a party for 12 kids on Saturday the 14th?', escalate: false },
      { message: 'My daughter is allergic to latex, do you have non-latex balloons?', escalate: false },
      { message: "We're having it at the police social club on Bray Road, is there room for your van in their car park?", escalate: false },
      { message: "What's the refund policy if the birthday girl is poorly and we have to cancel the whole party?", escalate: false },
    ],
  },
  {
    name: 'Hartley & Sons Removals',
    businessContext:
      'Hartley & Sons Removals does house and office moves, packing and short-term van hire from Sheffield, ' +
      'mostly within the UK mainland.',
    escalationRules: [
      'Always escalate if anything is broken, lost or damaged in the move',
      'complaints about the crew',
      'refund requests over £150',
      'anyone mentioning an insurance claim, a solicitor or legal action',
      'If a customer says their completion has fallen through or been moved at the last minute',
    ],
    businessRules:
      'Quotes are based on a video survey and are valid for 30 days. We don\'t move pianos, hot tubs or any single item over 150kg. ' +
      'Hand over to the office manager, Claire, if a move is going overseas or to any of the islands.',
    cases: [
      // Hand-off requests
      { message: 'Can I speak to someone about my quote? It seems a lot higher than last time.', escalate: true },
      { message: 'ring me back please 0114 496 0721', escalate: true },
      { message: 'I need to talk to an actual person about moving day', escalate: true },
      { message: 'Put me through to the manager', escalate: true },
      { message: "Is Claire in today? I'd rather go through it all with her.", escalate: true },
      { message: 'Is there anyone in the office I could have a quick chat with?', escalate: true },
      // A rule applies, in the customer's words
      { message: "Unpacked the boxes last night and my nan's china tea set is in pieces. Your team wrapped it.", escalate: true },
      { message: "One of the wardrobe doors has a big gouge right down it that definitely wasn't there before the move", escalate: true },
      { message: 'The driver was smoking in our new hallway and the lads tramped muddy boot prints all over the cream carpet. Shocking.', escalate: true },
      { message: "We're still missing a box marked KIDS BEDROOM 2, it never came off the lorry", escalate: true },
      { message: 'Our buyer pulled out this morning and we\'re meant to be moving on Friday, what do we do??', escalate: true },
      { message: 'You charged us for 4 men and only 2 turned up, I want £300 back', escalate: true },
      { message: "The packing materials were £45 and we didn't use half of them, can I have £20 back?", escalate: false },
      { message: "The telly was fine when it went in your van and now the screen's cracked. My brother-in-law's a lawyer and says to put everything in writing.", escalate: true },
      { message: "We're relocating to Jersey in September, is that something you can do?", escalate: true },
      { message: 'Moving from Sheffield to Lyon in the spring, family of four, three-bed semi', escalate: true },
      // Calm look-alikes
      { message: 'Do I need to be there to let the movers in, or can I leave a key with my neighbour?', escalate: false },
      { message: "What's your refund policy if we cancel with two weeks' notice?", escalate: false },
      { message: 'Are my things insured while they\'re in the van?', escalate: false },
      { message: "How do you pack glass and mirrors so they don't get broken?", escalate: false },
      { message: 'Our solicitor reckons completion will be mid-May, can I pencil in a date now?', escalate: false },
      { message: "Could the same crew who did my mum's move in March do mine? They were brilliant.", escalate: false },
      { message: 'Is there an extra charge for a third-floor flat with no lift?', escalate: false },
      { message: "We've got an old upright piano, can you take that as well?", escalate: false },
    ],
  },
  {
    name: 'Inkwell & Anchor Tattoo',
    businessContext:
      'Inkwell & Anchor is a tattoo and piercing studio in Brighton with four resident artists doing custom work, ' +
      'flash days and ear and facial piercings.',
    escalationRules: [
      'Always escalate if a customer reports signs of infection or a bad reaction after a tattoo or piercing',
      'complaints about an artist',
      'Refund requests over £60',
      "if a customer says they're under 18 or is booking for someone who is",
      'anyone mentioning a chargeback, trading standards or legal action',
    ],
    businessRules:
      "Deposits are £50 and go towards the final session; they're lost if you cancel with less than 48 hours' notice. " +
      "We don't tattoo hands, face or neck on first-timers. Pass to Rosa, the studio owner, if someone wants a tattoo " +
      'reworked, covered or removed after work done at another studio.',
    cases: [
      // Hand-off requests
      { message: 'Can I speak to one of the artists directly about a design?', escalate: true },
      { message: 'Any chance someone could call me back about my booking?', escalate: true },
      { message: 'Real person please', escalate: true },
      { message: 'I want to speak to the manager', escalate: true },
      { message: 'Is Rosa around for a chat?', escalate: true },
      { message: 'Can you pass me over to someone at the studio?', escalate: true },
      // A rule applies, in the customer's words
      { message: "My new piece on my calf is hot to the touch, really swollen and there's yellowish stuff coming out of it. It's day 5.", escalate: true },
      { message: "Nose piercing from Saturday has gone red and lumpy and I've got a bit of a temperature today", escalate: true },
      { message: "Kai spelled my daughter's name wrong on my wrist. 'Isabela' with one L. He never even checked the stencil with me.", escalate: true },
      { message: 'The artist sighed and rolled his eyes the whole session and told me my idea was basic. Paid £400 to feel like rubbish.', escalate: true },
      { message: "I'd like my £200 back, the shading is patchy and I'm not coming back in for a touch-up", escalate: true },
      { message: 'Can I get the £35 for my piercing refunded? Changed my mind and took it out before it healed.', escalate: false },
      { message: "It's for my son's 17th birthday, he really wants a small one on his arm. I'll come in with him and sign whatever.", escalate: true },
      { message: "I'm 16 but I look older, do I need ID for a helix piercing?", escalate: true },
      { message: "I've got a tribal band from a place in Hastings that's gone all blurry, could you work over it or get rid of it?", escalate: true },
      { message: "If nobody sorts this out I'm going to my bank to get the payment reversed", escalate: true },
      // Calm look-alikes
      { message: 'Can you tattoo over a stretch mark or an old scar?', escalate: false },
      { message: "What's your refund policy on deposits if I need to reschedule a week ahead?", escalate: false },
      { message: 'How do I tell if my tattoo is healing normally? Is some flaking and itching ok?', escalate: false },
      { message: 'Does Kai do fine line work? I love his stuff on Instagram', escalate: false },
      { message: 'What age do you have to be to get a piercing here?', escalate: false },
      { message: "My mate's a solicitor and wants a little quill on her ankle, have you got anything this month?", escalate: false },
      { message: "Can Rosa design something for me? Happy to wait for her if she's booked up", escalate: false },
      { message: "I've had a tattoo done at another studio before, does that matter for booking a new one on my other arm?", escalate: false },
    ],
  },
];
