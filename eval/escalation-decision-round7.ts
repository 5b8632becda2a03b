/**
 * DECISION set for round 7 (escalation): written blind (no reading of src/, test/ or other sets' cases) to decide, on data no rule was tuned on, whether a fitted escalation layer is kept. Used for that one decision; not a held-out set.
 *
 * Four businesses: a dry cleaner, a music festival, a locksmith and a language-tutoring service.
 * Each has 24 cases: 6 hand-off requests, 10 messages where a rule (or the business-rules
 * hand-over sentence) applies told in the customer's own words (including amounts below a
 * threshold, labelled false), and 8 calm look-alikes, labelled as a sensible supervisor would.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND7_ESCALATION_DECISION: EscalationBusiness[] = [
  {
    name: 'Pressed & Proper Dry Cleaners',
    businessContext:
      'Pressed & Proper is a family-run dry cleaner with two shops in north Leeds, offering dry cleaning, laundry, ' +
      'alterations and curtain cleaning with a standard 48-hour turnaround.',
    escalationRules: [
      'Always escalate if we have lost or damaged a customer\'s item',
      'anything to do with wedding dresses / bridal gowns',
      'refund requests over £50',
      'Anyone mentioning a rash, allergic reaction or chemical smell after cleaning',
      'complaints about counter staff',
    ],
    businessRules:
      'Items not collected within 90 days may be donated to charity. Standard turnaround is 48 hours and express ' +
      'same-day service costs £6 extra per item. If a customer needs an item back within 24 hours for a funeral or ' +
      'a court date, pass them to the shop manager.',
    cases: [
      // Hand-off requests
      { message: 'Can I talk to someone at the shop please, not a bot?', escalate: true },
      { message: "I'd rather speak with a real person about my order if that's ok", escalate: true },
      { message: 'put me through to the manager', escalate: true },
      { message: 'Could a member of staff give me a ring back on this number?', escalate: true },
      { message: "Honestly this chat isn't helping, is there a human there?", escalate: true },
      { message: 'Who can I actually speak to about my account? I want to go through it with one of your team.', escalate: true },

      // A rule or the business-rules hand-over applies, in the customer's own words
      { message: "I picked up my navy suit yesterday and there's a shiny scorch mark right across the left lapel that definitely wasn't there when I dropped it off.", escalate: true },
      { message: "Ticket says three shirts and a wool coat, but when I got home the coat wasn't in the bag, and the girl on the phone says it isn't in the back either.", escalate: true },
      { message: "My daughter's getting married in June and her gown got red wine down the front at the hen do - is there anything you can do with it?", escalate: true },
      { message: 'Since wearing the jumper you cleaned last week my neck and arms have come up in itchy red blotches. Never had that before.', escalate: true },
      { message: 'The lad on the till on Saturday rolled his eyes and was properly rude to me when I asked where my receipt was. Not acceptable.', escalate: true },
      { message: 'You charged me £85 for the lounge curtains and they came back a good four inches shorter. I want my money back.', escalate: true },
      { message: "I paid £14 for a shirt and the collar mark is still there. Can I just get the £14 back?", escalate: false },
      { message: "My dad's funeral is tomorrow morning and his only suit is with you on the normal service - I really need it back tonight.", escalate: true },
      { message: "I've got a hearing at the magistrates at 10am tomorrow and my blazer is in with you. Any way at all to get it first thing?", escalate: true },
      { message: "I paid the £6 express fee on my duvet but it wasn't ready until the next day. Can I have the £6 back?", escalate: false },

      // Calm look-alikes
      { message: 'Do you clean morning suits? I need mine done for a wedding I\'m going to next month - what would it cost?', escalate: false },
      { message: "What happens if I don't manage to collect something for a few months?", escalate: false },
      { message: "If something did get damaged during cleaning, what would your process be? Just asking before I bring in a cashmere coat.", escalate: false },
      { message: 'My colleague Sarah recommended you - do you do alterations as well as cleaning?', escalate: false },
      { message: "Do you have a fragrance-free or sensitive-skin option? My son's skin is a bit delicate so just checking before I drop his school uniform in.", escalate: false },
      { message: 'The lady at the counter on Tuesday was lovely, please pass on my thanks! Also, what time do you open on Saturdays?', escalate: false },
      { message: 'How much is your same-day express service for two shirts?', escalate: false },
      { message: "I've lost my ticket - can I still collect my trousers if I give my name and phone number?", escalate: false },
    ],
  },
  {
    name: 'Hollow Oak Festival',
    businessContext:
      'Hollow Oak is a three-day camping music festival for around 12,000 people held each August on a farm in ' +
      'Shropshire, with weekend, day, campervan and accessibility tickets.',
    escalationRules: [
      'Always escalate any medical emergency or someone feeling unwell on site',
      'Refund requests over £150',
      'Anyone mentioning a lost or missing child',
      'complaints about security or stewards',
      'If a customer mentions harassment, assault or feeling unsafe',
    ],
    businessRules:
      'Tickets are non-refundable but can be transferred to another name free of charge up to 14 days before the ' +
      'festival. Accessibility tickets include a free carer ticket on proof of eligibility. If a disabled guest reports ' +
      'that an access facility they were promised is not available on site, hand over to the access team.',
    cases: [
      // Hand-off requests
      { message: 'Can I speak to somebody from the festival team?', escalate: true },
      { message: 'is there an actual human I can message about my booking', escalate: true },
      { message: "I'd like to talk this through with a member of staff please.", escalate: true },
      { message: 'Get me someone from customer services', escalate: true },
      { message: "Can someone from your office call me about my group's tickets? 07700 900123", escalate: true },
      { message: "I don't want automated answers, can you pass me on to a real person?", escalate: true },

      // A rule or the business-rules hand-over applies, in the customer's own words
      { message: "My mate's just collapsed near the Oak Stage and she's not really making sense, where do we go??", escalate: true },
      { message: "I can't find my 12 year old, he was by the food trucks 20 mins ago and isn't answering his phone", escalate: true },
      { message: 'One of the guys in hi-vis on the gate shoved my friend and swore at her for no reason at all.', escalate: true },
      { message: "There's a bloke in the next tent who keeps coming over and grabbing at my sister. We don't want to go back there tonight.", escalate: true },
      { message: 'We bought four weekend tickets at £189 each and now we can\'t come because my grandad passed away. Please can we have our money back?', escalate: true },
      { message: "Can I get my £45 back for the car parking pass? We're getting the coach instead now.", escalate: false },
      { message: "I use a wheelchair and the booking page said there'd be a viewing platform at the main stage. We're here and there isn't one.", escalate: true },
      { message: "The accessible showers in the blue camping field are padlocked and nobody can open them. I was told they'd be there for disabled campers like me.", escalate: true },
      { message: "I've been throwing up since lunch and I'm really dizzy, I'm in the green field by the flags", escalate: true },
      { message: 'I think someone put something in my drink last night - I woke up in a tent that wasn\'t mine with no memory of getting there.', escalate: true },

      // Calm look-alikes
      { message: "What's the refund policy if the festival gets cancelled because of the weather?", escalate: false },
      { message: 'Are there first aid points on site, and where are they? Just planning ahead.', escalate: false },
      { message: 'Can I bring my 10 year old? What age do kids go free?', escalate: false },
      { message: "My friend can't come anymore - how do I transfer her ticket to my brother?", escalate: false },
      { message: 'What does security check at the gate? Can I bring a folding chair in?', escalate: false },
      { message: 'Do accessibility tickets include a carer ticket? My mum uses a wheelchair.', escalate: false },
      { message: 'The stewards were brilliant last year - are you taking on volunteers again?', escalate: false },
      { message: 'What happens if I lose my wristband over the weekend?', escalate: false },
    ],
  },
  {
    name: 'Keyright Locksmiths',
    businessContext:
      'Keyright is a 24-hour locksmith covering Bristol and Bath, handling emergency lockouts, lock changes, ' +
      'uPVC door repairs and key cutting.',
    escalationRules: [
      "Always escalate if someone is locked out and there's a child, vulnerable person or pet inside",
      'anyone mentioning a break-in, burglary or the police',
      'Complaints about an engineer',
      'refund requests over £100',
      "If a customer says they don't own or rent the property, or asks us to open someone else's door",
    ],
    businessRules:
      'Call-out is £65 before 8pm and £95 after 8pm, plus parts. We aim to arrive within 60 minutes for lockouts. ' +
      "If an engineer hasn't arrived within 2 hours of a confirmed emergency call-out, pass the customer to the duty controller.",
    cases: [
      // Hand-off requests
      { message: "Can I talk to a person? It's about a quote.", escalate: true },
      { message: 'Please can a human ring me back', escalate: true },
      { message: 'I need to speak to the duty manager', escalate: true },
      { message: 'Is there anyone in the office I can chat to directly?', escalate: true },
      { message: "I'd rather explain the lock to one of your actual locksmiths - can you put me through?", escalate: true },
      { message: 'Stop the bot. Person please.', escalate: true },

      // A rule or the business-rules hand-over applies, in the customer's own words
      { message: "I nipped out to the bins and the door's slammed shut behind me - my 18 month old is asleep in her cot upstairs.", escalate: true },
      { message: "Got home from work and the back door's been forced and the telly's gone. Need the lock sorted tonight.", escalate: true },
      { message: 'The guy you sent yesterday left sawdust everywhere, scratched our brand new door and wanted cash with no receipt.', escalate: true },
      { message: 'My ex has changed the locks on her flat and all my stuff is still inside. Can you get me in?', escalate: true },
      { message: "Can you open my neighbour's front door? She's away on holiday and I think she's left the iron on.", escalate: true },
      { message: 'I paid £240 for a lock change and a week later the key snapped off inside it. I want a refund.', escalate: true },
      { message: "I was charged the £95 evening rate but your man turned up at 7:50pm. Can I have the £30 difference back?", escalate: false },
      { message: "I was told someone would be here within the hour. It's now been two and a half hours and I'm still sat on the doorstep in the rain.", escalate: true },
      { message: "My mum's 87 and she's locked herself in the bathroom and can't get the latch to open. I'm outside and can't get in either.", escalate: true },
      { message: 'The officers who came out this morning said I need the door boarded and a new lock fitted today.', escalate: true },

      // Calm look-alikes
      { message: 'How much is a call-out on a Sunday afternoon?', escalate: false },
      { message: "What if I lose my keys while I'm on holiday - could you let me in when I'm back if I show ID?", escalate: false },
      { message: "My landlord's said it's fine to put a lock on my bedroom door - do you fit thumb-turn locks?", escalate: false },
      { message: 'Do you fit locks that meet insurance standards? My insurer mentioned BS3621.', escalate: false },
      { message: 'Your engineer Dave did a great job last month - can I book him again for some window locks?', escalate: false },
      { message: 'Can you cut spare keys for a uPVC door if I bring the original in?', escalate: false },
      { message: "After the burglaries on our street last year I'm thinking of upgrading - what do anti-snap cylinders cost?", escalate: false },
      { message: "Roughly how long does it take you to get to BS6 if I'm ever locked out?", escalate: false },
    ],
  },
  {
    name: 'Lingua Bridge Tutoring',
    businessContext:
      'Lingua Bridge matches students of all ages with Spanish, French and Mandarin tutors for online and in-home ' +
      'lessons, including GCSE and A-level exam preparation.',
    escalationRules: [
      'Safeguarding concerns about a child - escalate immediately',
      'complaints about a tutor',
      'Refund requests over £120',
      "If a student or parent says they failed or did badly in an exam because of our lessons",
      'Always escalate if a tutor has asked to be paid directly or outside Lingua Bridge',
    ],
    businessRules:
      'Lessons cancelled with less than 24 hours\' notice are charged in full. A package of 10 lessons costs £280 and ' +
      "is valid for 6 months. If a parent asks to change their child's tutor, hand over to the student coordinator.",
    cases: [
      // Hand-off requests
      { message: 'Could I speak to someone who works there please?', escalate: true },
      { message: 'I need a person, not a chatbot', escalate: true },
      { message: 'Can the head of tutoring get in touch with me?', escalate: true },
      { message: 'Is there a member of staff available to talk on the phone?', escalate: true },
      { message: "I'd prefer to discuss my son's lessons with a human if possible", escalate: true },
      { message: 'hi can you put me through to someone real', escalate: true },

      // A rule or the business-rules hand-over applies, in the customer's own words
      { message: "My daughter is 13 and she's told me her Spanish tutor has been messaging her on Instagram late at night. That doesn't sit right with me.", escalate: true },
      { message: 'Marco has turned up late to four of my last six lessons and spends half the time looking at his phone.', escalate: true },
      { message: "I bought the 10-lesson French package for £280 but we're moving abroad and have only used 2. I'd like the rest refunded.", escalate: true },
      { message: 'I missed one lesson for a hospital appointment and was charged £28. Can I have that back?', escalate: false },
      { message: "My tutor suggested we skip the website and I just pay her by bank transfer - cheaper for both of us, she said. Is that OK?", escalate: true },
      { message: 'Our lad got a U in his GCSE Mandarin and the tutor never once covered the listening paper. We feel really let down.', escalate: true },
      { message: "Is there any way Amelia could have a different teacher? She and Mrs Khan just don't click.", escalate: true },
      { message: "My son comes out of every session in tears - he says his tutor shouts at him whenever he gets something wrong.", escalate: true },
      { message: "I'd like to move my boy to someone who specialises in A-level French instead of his current tutor.", escalate: true },
      { message: "The trial lesson was £15 and my son didn't get on with it - could we get that refunded?", escalate: false },

      // Calm look-alikes
      { message: 'What happens if I need to cancel a lesson on the morning of it?', escalate: false },
      { message: 'How much is the 10-lesson package and how long does it last?', escalate: false },
      { message: 'Our tutor Ana is fantastic - can we add a second weekly lesson with her?', escalate: false },
      { message: 'Do your tutors have DBS checks? Just asking as my daughter is 11.', escalate: false },
      { message: 'Do you help with exam preparation for DELE B2?', escalate: false },
      { message: 'If I wanted to switch from Spanish to French later on, would my package carry over?', escalate: false },
      { message: 'Can I pay for my lesson package by bank transfer instead of card?', escalate: false },
      { message: 'My son has his GCSE speaking exam in May - how many lessons would you recommend before then?', escalate: false },
    ],
  },
];
