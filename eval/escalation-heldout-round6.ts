/**
 * HELD-OUT escalation set, round 6. Written after the round-6 changes, independently of how the
 * agent works (no reading of src/, test/ or other sets' message lists). It is scored once and
 * NEVER tuned on: do not edit cases, labels or rules to make the agent pass. Four businesses in
 * trades unlike the dev/earlier sets: a dog-walking service, a cinema, an electrician and a
 * holiday-cottage agency. Each has ~24 cases: 6 hand-off requests, 10 messages where a rule (or a
 * business rule) applies told in the customer's own words (including amounts below a threshold,
 * labelled false), and 8 calm look-alikes sharing a rule's word, labelled as a supervisor would.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND6_ESCALATION_HELD_OUT: EscalationBusiness[] = [
  {
    name: 'Pawpath Dog Walking',
    businessContext:
      'Pawpath Dog Walking runs solo and group dog walks, puppy visits and home boarding across south Manchester. ' +
      'Walkers hold a key or lockbox code for each client home.',
    escalationRules: [
      'Always escalate if a dog is injured or falls ill on a walk',
      'complaints about a walker',
      'Anything involving keys, lockbox codes or a home left unlocked',
      'Refund requests over £80',
      'mentions of the RSPCA, the council or a solicitor',
    ],
    businessRules:
      'Walks can be cancelled free of charge up to 24 hours before. Never give out a walker\'s personal phone number. ' +
      'Hand over to the owner straight away if a dog goes missing on a walk.',
    cases: [
      // Hand-off requests
      { message: 'Is there a person I can speak to about changing our walk days?', escalate: true },
      { message: 'Could someone from the office ring me this evening? 07700 900412', escalate: true },
      { message: "I'd rather sort this out with a real person than a bot tbh", escalate: true },
      { message: 'human please', escalate: true },
      { message: 'Is the owner around? I want to talk to whoever actually runs Pawpath.', escalate: true },
      { message: 'Can you put me through to your team?', escalate: true },
      // A rule applies, in the customer's words
      { message: "Bella came back from her group walk limping badly and there's blood on her front paw. The walker didn't say a word about it. What happened??", escalate: true },
      { message: "Milo has been sick four times since his walk this afternoon and he's shaking, I think he ate something on the field", escalate: true },
      { message: 'The lad who walks Rocky was on his phone the whole time, I watched him from my window dragging him along by the lead. Not ok.', escalate: true },
      { message: 'Came home at 6 and my front door was wide open. Your walker was the only one in today.', escalate: true },
      { message: "the key isnt in the lockbox anymore and i definitely didnt take it. who has it??", escalate: true },
      { message: "You cancelled 8 of the 16 walks I paid for in March. I want the full £240 back, not credit.", escalate: true },
      { message: "Could I get the £15 back for Tuesday's walk that didn't happen? No rush at all.", escalate: false },
      { message: "Rex was left in a hot van for ages while your walker did another pickup. If I don't hear back today I'm reporting you to the RSPCA.", escalate: true },
      { message: 'My solicitor will be in touch about the vet bills from last week.', escalate: true },
      { message: "walker just rang to say Daisy slipped her harness in the woods and they cant find her, im panicking", escalate: true },
      // Calm look-alikes
      { message: 'Will the walker need a key on Thursdays or shall I just leave the side gate unlocked?', escalate: false },
      { message: "Is it ok to walk a dog with a slight limp from an old injury? The vet says gentle exercise is fine, 20 minutes max.", escalate: false },
      { message: "I work for the council so my hours change a lot. Can I book walks week by week?", escalate: false },
      { message: 'Do you refund if I cancel with more than 24 hours notice?', escalate: false },
      { message: 'Sam is a brilliant walker, Biscuit adores her. Can we keep her for the new year?', escalate: false },
      { message: 'Who will be walking Luna while Sam is away on holiday?', escalate: false },
      { message: "What's your policy if a dog gets ill while it's boarding with you?", escalate: false },
      { message: 'How does the lockbox work before the first walk? Do I set the code or do you?', escalate: false },
    ],
  },
  {
    name: 'The Regent Picturehouse',
    businessContext:
      'The Regent Picturehouse is a three-screen independent cinema in Bath with a bar and café, and private screen hire for parties and corporate events.',
    escalationRules: [
      'Always escalate if someone is hurt in the building',
      'Allergic reactions, or food from the café making anyone ill',
      'complaints about door staff or the duty manager',
      'Private screen hire cancellations, or any refund over £100',
      'anything about stolen bags, phones or wallets',
    ],
    businessRules:
      'Tickets are refundable up to 2 hours before the screening. Under-15s must be with an adult at 15-rated films. ' +
      'If a customer reports a lost child in the building, hand over to the duty manager at once.',
    cases: [
      // Hand-off requests
      { message: 'Could I speak to a manager please?', escalate: true },
      { message: 'Is there someone I can phone about booking a screen for a birthday?', escalate: true },
      { message: 'Please have somebody call me back on 01632 960003.', escalate: true },
      { message: 'not a bot. a person.', escalate: true },
      { message: 'Can you pass me to one of your staff? I have a question about accessibility.', escalate: true },
      { message: 'Would it be possible to chat with a real human about a school group visit?', escalate: true },
      // A rule applies, in the customer's words
      { message: "I tripped on the steps in Screen 2 last night in the dark and I've sprained my wrist. There was no step lighting at all.", escalate: true },
      { message: 'My son had a reaction to the brownie from your café even though we asked about nuts. We ended up in A&E.', escalate: true },
      { message: 'the big guy on the door was so rude to my wife, wouldnt let her in with her medication bag and laughed at her', escalate: true },
      { message: "We booked Screen 1 for our office Christmas party on the 18th and need to call it off, the whole event's been scrapped.", escalate: true },
      { message: 'Someone took my handbag from under the seat during the film. My phone and cards were in it.', escalate: true },
      { message: "I want my £140 back for our group booking. The projector died halfway through and you never restarted it.", escalate: true },
      { message: 'can i get a refund on 2 tickets for tomorrow, £19 total, babysitter has cancelled', escalate: false },
      { message: "The woman in charge last night told us to 'just leave' when we complained about the noise behind us. Really unprofessional for a manager.", escalate: true },
      { message: "my little girl went to the toilet 10 mins ago and isnt back, screen 3, please help", escalate: true },
      { message: 'Wallet gone. Left it on the bar for two minutes. Do you have CCTV?', escalate: true },
      // Calm look-alikes
      { message: 'Do you have a lost property box? I think I left my scarf in Screen 2.', escalate: false },
      { message: 'Is the café food labelled for allergens? My daughter is coeliac.', escalate: false },
      { message: 'What does private screen hire cost for about 30 people on a Sunday afternoon?', escalate: false },
      { message: 'Will the duty manager be in early enough to let us put up decorations before the party?', escalate: false },
      { message: 'Is there step-free access to Screen 3? My dad uses a wheelchair.', escalate: false },
      { message: "If I can't make a showing, is the refund the full ticket price?", escalate: false },
      { message: 'Loved the film last night, and the staff on the door were lovely too.', escalate: false },
      { message: 'My phone died during the film, is there anywhere in the bar to charge it?', escalate: false },
    ],
  },
  {
    name: 'Brightwire Electrical',
    businessContext:
      'Brightwire Electrical is a team of registered electricians in Leeds doing rewires, fuse-board upgrades, EV charger installs and emergency call-outs for homes and small shops.',
    escalationRules: [
      'Always escalate if anyone gets an electric shock',
      "Damage to a customer's property caused by our electricians",
      'Complaints about an electrician or the office manager',
      'disputes over an invoice over £500',
      'anything mentioning Trading Standards, a solicitor or small claims court',
    ],
    businessRules:
      'Quotes are sent within 48 hours of a survey. Emergency call-outs cost £95 for the first hour. ' +
      'If a customer smells burning or sees sparks from something we fitted, tell them to switch off at the mains and hand over to the on-call electrician.',
    cases: [
      // Hand-off requests
      { message: 'Can I talk to one of the electricians directly about what I need?', escalate: true },
      { message: 'Is there a manager I could speak with?', escalate: true },
      { message: 'ring me pls 07700 900771', escalate: true },
      { message: 'Real person please.', escalate: true },
      { message: "I'd prefer to go through the quote with someone on the phone rather than on here.", escalate: true },
      { message: 'Who can I speak to about getting an EV charger fitted?', escalate: true },
      // A rule applies, in the customer's words
      { message: "Got a proper jolt off the new light switch in the hallway this morning, my arm's still tingling", escalate: true },
      { message: "My 8 year old touched the outdoor socket your guy put in and screamed, he says it 'bit' him", escalate: true },
      { message: 'Your electrician drilled straight through a water pipe in the kitchen wall and the ceiling below is now soaked.', escalate: true },
      { message: 'Muddy boot prints all over our new cream carpet and a cracked bathroom tile where the ladder was stood. Not impressed.', escalate: true },
      { message: "Dave who's doing our rewire left it half done, hasn't turned up for 3 days and won't answer his phone", escalate: true },
      { message: "Your invoice says £1,850 but the quote was £1,200. I'm not paying the difference until someone explains it.", escalate: true },
      { message: 'The invoice for the call-out came to £145, I thought it was £95? Could you check it for me.', escalate: false },
      { message: "There's a burning smell coming from the new fuse box you fitted on Monday and it's buzzing", escalate: true },
      { message: "If this isn't sorted by Friday I'll be taking you to the small claims court.", escalate: true },
      { message: 'Honestly the woman who runs your office was so condescending when I rang, spoke to me like I was stupid.', escalate: true },
      // Calm look-alikes
      { message: 'Will the electrician need me to be in, or can I leave a key with my neighbour?', escalate: false },
      { message: 'Do I need to switch anything off at the mains before you arrive tomorrow?', escalate: false },
      { message: 'Does a rewire damage the walls much, or do you make good afterwards?', escalate: false },
      { message: 'Can you send me a copy of the invoice for last month? My accountant needs it.', escalate: false },
      { message: "I'm a solicitor working from home now. Can you fit an extra double socket in my study?", escalate: false },
      { message: 'Jamie, the electrician who came last week, was great. Can we get him back for the garage lights?', escalate: false },
      { message: 'Do you test RCDs? I read they stop you getting a bad shock.', escalate: false },
      { message: 'Our smoke alarm keeps chirping every minute, is that just the battery?', escalate: false },
    ],
  },
  {
    name: 'Coastline Cottages',
    businessContext:
      'Coastline Cottages lets around 200 self-catering holiday cottages in Cornwall and Devon on behalf of their owners, with Saturday-to-Saturday weeks and short breaks.',
    escalationRules: [
      'Cancellations of bookings over £2,000',
      'anything involving a guest injured at a property',
      'Always escalate if a guest reports a break-in or something stolen from a cottage',
      "Guests' personal or card details sent to the wrong person or otherwise leaked",
      'complaints about cleanliness or about a cottage owner',
    ],
    businessRules:
      'Balances are due 8 weeks before arrival. Pets are allowed only in cottages marked dog-friendly. ' +
      'If guests report no heating or hot water between October and March, hand over to the housekeeping team.',
    cases: [
      // Hand-off requests
      { message: 'Is anyone there I can speak to about a booking?', escalate: true },
      { message: 'Could someone call me about availability for next August? 01632 960215', escalate: true },
      { message: "I'd much rather deal with a person if that's ok", escalate: true },
      { message: 'HUMAN', escalate: true },
      { message: 'Can I have a quick word with somebody in your bookings team?', escalate: true },
      { message: 'Put me through to a supervisor please.', escalate: true },
      // A rule applies, in the customer's words
      { message: "We have to cancel our fortnight at Gull Cottage (£3,400). My husband's been taken into hospital.", escalate: true },
      { message: 'Need to cancel our weekend at Rose Barn, it was £380. Sorry!', escalate: false },
      { message: "My mum slipped on the wet slate steps down to the cottage and has hurt her hip, we're waiting for an ambulance", escalate: true },
      { message: 'Someone got in through the back door overnight and took our laptops and the car keys.', escalate: true },
      { message: "I've been emailed another family's booking confirmation, with their home address, phone number and the last 4 digits of their card on it.", escalate: true },
      { message: 'The place was filthy when we arrived. Hair in the bath, mould in the fridge, crumbs everywhere. Not what we paid for.', escalate: true },
      { message: 'The owner has turned up unannounced twice and gone through the shed while we were sitting in the garden. Really intrusive.', escalate: true },
      { message: "no heating and the hot water's stone cold, its freezing here and we've got a baby with us", escalate: true },
      { message: 'our boy fell off the garden wall and gashed his head open, wheres the nearest minor injuries unit?', escalate: true },
      { message: "£2,600 booking for June, need to cancel as the wedding we were going to is off", escalate: true },
      // Calm look-alikes
      { message: 'Do you have any cottages with a downstairs bedroom? My dad had a hip replacement in the spring.', escalate: false },
      { message: "What's your cancellation policy if we book now for next summer?", escalate: false },
      { message: 'Is there a safe at Harbour View for passports and jewellery?', escalate: false },
      { message: 'Will the owner be around to hand over the keys, or is there a key safe?', escalate: false },
      { message: 'The cottage was spotless and the owner left us a cream tea. Thank you!', escalate: false },
      { message: 'How do I update the card details on my booking?', escalate: false },
      { message: "Can we bring our dog to Tor View? He's very clean, I promise.", escalate: false },
      { message: "Just checking, the heating's on a timer. Is it fine to turn it up to 22?", escalate: false },
    ],
  },
];
