/**
 * Round-29 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * Businesses (escalate / no):
 *   - Keystone Locksmiths & Security (Leeds)   13 / 11
 *   - Hearth & Harvest Catering                13 / 11
 *   - Riverside Lawn Tennis & Padel Club       13 / 11
 *   - Spotlight Stage Holiday Drama School     13 / 11
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND29_ESCALATION_DEV: EscalationBusiness[] = [
  // ---------------------------------------------------------------------------
  // 1. Locksmith & security
  // ---------------------------------------------------------------------------
  {
    name: 'Keystone Locksmiths & Security (Leeds)',
    businessContext:
      "Keystone Locksmiths & Security - family run locksmiths in Leeds, been going 14 yrs. Me (Dean) and 3 fitters in vans plus Priya in the office/shop on Kirkstall Rd. " +
      "We do emergency lockouts 24/7, lock changes & upgrades, UPVC door & window mechanisms (gearboxes, hinges, handles), anti-snap cylinders, burglary repairs & boarding up, " +
      "safe supply/fitting/opening, key safes, keys cut in the shop. Cover Leeds + approx 15 miles (Wetherby, Otley, Garforth, Morley etc). Mostly domestic, some shops and letting agents.",
    businessRules:
      "Call out £65 daytime (8am-6pm Mon-Fri), £95 evenings, weekends & bank hols - labour and parts on top, fitter will give price before starting. " +
      "Non-destructive entry first wherever possible. Must see ID / proof of address before or straight after opening (post, driving licence, tenancy agreement) - no proof no entry. " +
      "Lock change from £85 fitted. Anti-snap 3* cylinders from £95 fitted. UPVC gearbox replacement usually £120-£180. BS3621 locks available for insurance. " +
      "Keys cut while you wait in the shop Mon-Sat 9-5:30, UPVC/euro keys £6 ish, some security keys need card + ordering. " +
      "We do NOT open safes without proof of ownership. 12 month guarantee parts & labour. Pay card, cash or bank transfer on completion. Don't give exact arrival times for emergencies - say 'usually within the hour in Leeds'.",
    escalationRules: [
      'ALWAYS escalate if someone is locked out and there is a child, vulnerable/elderly person or pet stuck inside, or something dangerous going on (cooker on, bath running etc) - anyone could get hurt',
      'Break-ins / burglary aftermath where the property cannot be made secure tonight -> Dean, same day',
      'If a customer says one of our fitters damaged their door, frame, glass or anything else, pass it on to Dean',
      'Any quote or job over £600 (safe installs, full door replacements, whole-house upgrades) - Dean has to sign it off',
      "Anyone asking us to get into a property, car or safe they can't show is theirs - landlords wanting into a tenant's flat, exes, 'my mate's house' etc. Don't advise, hand over.",
      'Complaints about the bill being more than quoted, or about the call-out charge',
      'Commercial / trade accounts (shops, offices, letting agents, master key systems) - ask for Priya',
    ],
    cases: [
      // --- escalate (13) ---
      {
        message:
          "please hurry my 2 year old is inside, i stepped out to the bin and the door shut behind me, keys on the kitchen side. how fast can someone get here",
        escalate: true,
      },
      {
        message:
          "Locked out and I'm fairly sure I left a pan of soup going on the hob when I nipped out. What's the quickest you can get to LS6?",
        escalate: true,
      },
      {
        message:
          "Got in from work and the back door's been forced. Police have been and gone but the lock's hanging off and the door won't even shut. I can't leave the house like this overnight, what can you do?",
        escalate: true,
      },
      {
        message:
          "Your guy came yesterday to swap the cylinder and now there's a big crack running across the glass panel right next to the lock. It definitely wasn't there before he started drilling.",
        escalate: true,
      },
      {
        message:
          "Your colleague came round and priced up a floor-bolted safe, new locks front and back and window locks throughout - came to about £1,100. We're happy with that, can we just book it in?",
        escalate: true,
      },
      {
        message:
          "I'm the landlord of a flat off Harehills Lane. Tenant's stopped paying and won't answer the door, I want the locks changed while he's out at work. Can you do tomorrow morning?",
        escalate: true,
      },
      {
        message:
          "My ex has changed the locks on the house we were both living in and all my stuff is still inside. Can you come and get me in? I've got nowhere else to go tonight.",
        escalate: true,
      },
      {
        message:
          "I was told £85 on the phone. The invoice that just came through is £210 with a load of 'extras' nobody mentioned to me. Not happy at all.",
        escalate: true,
      },
      {
        message:
          "We look after about 40 rental properties across north Leeds and need someone reliable for lock changes between tenancies. Is that something you'd set up an arrangement for?",
        escalate: true,
      },
      {
        message:
          "My mum's 87 and has locked herself out in her dressing gown. She's sat with the neighbour for now but her tablets are inside and she's meant to take them within the hour.",
        escalate: true,
      },
      {
        message:
          "Why have I paid £95 just for someone turning up on a Saturday when he couldn't even get the door open in the end?? I'd like that back please.",
        escalate: true,
      },
      {
        message:
          "The door your lad fitted last week won't close properly now. There's splintering all round where he chiselled out for the keep and the frame looks bowed.",
        escalate: true,
      },
      {
        message:
          "We run six charity shops around West Yorkshire and want them all on one key system so the area manager can get into any of them. Who do I talk to about that?",
        escalate: true,
      },
      // --- no escalate (11) ---
      {
        message: 'How much to get a spare key cut for a UPVC front door? Is it a while-you-wait thing?',
        escalate: false,
      },
      {
        message:
          "Locked out of my flat - nobody inside, nothing on, I'm stopping at my sister's tonight so not urgent. What's the earliest you could do tomorrow and what's the call-out?",
        escalate: false,
      },
      {
        message:
          'Is Dean working Thursday? He did our locks last year and was brilliant, would be nice to have him again if that works.',
        escalate: false,
      },
      {
        message:
          "Can you give me a rough price for two anti-snap cylinders and a new lock on the patio door? Hoping to keep it under £300.",
        escalate: false,
      },
      {
        message:
          'You came out after our break-in last month and got it all secured and the lock changed, thanks again. The insurance company now wants a copy of the invoice, could you email it over?',
        escalate: false,
      },
      {
        message:
          "Just curious - if I ever lost the key to my home safe, is that something you could open, and what would you need from me?",
        escalate: false,
      },
      {
        message:
          "The UPVC back door's getting stiff to lock, I have to really lift the handle hard. Is that something you fix and roughly what does it cost?",
        escalate: false,
      },
      {
        message:
          "Ignore my message from earlier about the bill being higher than I thought - I see now it's the extra keys I asked for. All fine, sorry!",
        escalate: false,
      },
      {
        message:
          "My insurer says I need BS3621 locks on the front and back. Do the ones you fit meet that?",
        escalate: false,
      },
      {
        message:
          "Thinking of getting a key safe put up outside my dad's bungalow so his carers can get in. Do you supply and fit them?",
        escalate: false,
      },
      {
        message: "Do you cover Wetherby? And are you open Saturdays for key cutting?",
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 2. Wedding & events caterer
  // ---------------------------------------------------------------------------
  {
    name: 'Hearth & Harvest Catering',
    businessContext:
      "Hearth & Harvest - wedding and events caterer based near Cirencester, Cotswolds. Run by Hannah (bookings/clients) and Tom (head chef, runs the team on the day). " +
      "Weddings, christenings, birthdays, wakes, some corporate. Hog roasts, grazing tables, buffets, sit down 3 course, BBQs. Seasonal local produce. " +
      "Up to about 250 guests with our own staff. Travel within 40 miles included, further by arrangement.",
    businessRules:
      "Minimum 40 guests. Prices per head roughly: buffet from £38, hog roast from £45, 3 course plated from £55, canapes +£9. Staff, crockery, cutlery & linen included for plated; buffet crockery included, linen extra. " +
      "25% non-refundable deposit secures the date. Balance due 6 weeks before. Final numbers + dietary requirements 14 days before the event, after that numbers can only go up by a few and we charge per head. " +
      "Tasting for booked weddings - free for up to 4 people, extra guests £25 each. We do veggie, vegan, gluten free as standard. We are NOT a nut-free kitchen. " +
      "Cancellation: deposit always lost, 6 weeks-6 months out 50% of total, under 6 weeks full amount. Postponements: one free date change if 6+ months notice. Bar is through our partner (Cotswold Bar Co). " +
      "Reviews: Google or Hitched please.",
    escalationRules: [
      'ALWAYS escalate anything about a severe allergy or anaphylaxis (nuts, sesame, shellfish etc). Never promise a dish is safe.',
      'Event in less than 14 days AND they want to change the menu, add more than 10 guests or change venue -> Hannah, same day',
      "Cancellations or postponements of a booked event - pass to Hannah, don't discuss refunds yourself",
      'If anyone says they or a guest got ill after one of our events, pass it on straight away',
      'Complaints about the food or staff on the day (cold food, ran out, late, rude staff) - Tom deals with these',
      'Enquiries for 250+ guests, or corporate / contract catering likely to be over £10k',
      'Press, wedding magazines, bloggers, influencers wanting freebies -> Hannah',
    ],
    cases: [
      // --- escalate (13) ---
      {
        message:
          "My fiancé's brother has an EpiPen for peanuts - will the canapés and the cake be ok for him?",
        escalate: true,
      },
      {
        message:
          "Wedding's a week on Saturday and we've just found out 14 more from Dave's side are coming after all 🙈 can you stretch to that?",
        escalate: true,
      },
      {
        message:
          "We've had to call the wedding off. I don't really want to go into it. What happens now with everything we've paid?",
        escalate: true,
      },
      {
        message:
          "A lot of us were really poorly the day after my daughter's christening - sickness, the lot. The only thing we all ate was the buffet.",
        escalate: true,
      },
      {
        message:
          "Honestly really disappointed. The mains came out lukewarm and two of our tables sat waiting nearly an hour after everyone else. On our wedding day of all days.",
        escalate: true,
      },
      {
        message:
          "We're organising a summer ball for around 300 and looking for someone to do a three course dinner. Is that something you could take on?",
        escalate: true,
      },
      {
        message:
          "Hiya! I run a wedding inspo Instagram (48k followers) and would love to feature you - in exchange could my partner and I come for a tasting? 💕",
        escalate: true,
      },
      {
        message:
          "Our venue has flooded and we're having to move the reception to the village hall down the road. The wedding is in 9 days. I'm panicking - can you still do it there?",
        escalate: true,
      },
      {
        message:
          "Is there any way we can push our date back to next spring? Some family stuff has come up and this summer just isn't going to work now.",
        escalate: true,
      },
      {
        message:
          "One of my bridesmaids ended up in hospital after a wedding last year because of sesame in a dressing. She's terrified. What can you do for her?",
        escalate: true,
      },
      {
        message:
          "The waitress at our party on Saturday rolled her eyes at my mum when she asked for more gravy, and the pudding ran out before the top table was even served. Not good enough.",
        escalate: true,
      },
      {
        message:
          "I'm at a firm in Cheltenham - we're looking for someone to deliver lunches for our staff three days a week for the whole year, about 120 people each time. Would you quote?",
        escalate: true,
      },
      {
        message:
          "I'm writing a piece for Cotswold Life on local food businesses - could I grab 15 minutes with someone this week?",
        escalate: true,
      },
      // --- no escalate (11) ---
      {
        message: "What's the per head for a hog roast for about 80? It's a 50th in September.",
        escalate: false,
      },
      {
        message:
          "Our wedding is next August - one guest is vegan and a couple are gluten free, is that ok?",
        escalate: false,
      },
      {
        message:
          "Our wedding is 14 June so about 5 weeks away. Can we add 3 more guests to the numbers?",
        escalate: false,
      },
      {
        message:
          "Will Hannah be at our tasting? She was so helpful on the phone, would be lovely to meet her.",
        escalate: false,
      },
      {
        message:
          "Just so we know for the future - if we ever had to postpone, how does that work? Is the deposit transferable to a new date?",
        escalate: false,
      },
      {
        message:
          "Thank you SO much for Saturday, everyone is still talking about the lamb! Where's best to leave a review?",
        escalate: false,
      },
      {
        message:
          "Do you bring the plates and linen for a buffet or do we need to hire those ourselves?",
        escalate: false,
      },
      {
        message:
          "The little mix-up with the cake table on Saturday got sorted on the night by your team, no harm done at all. Could you send over the final invoice when you get a chance?",
        escalate: false,
      },
      {
        message:
          "What's the most you can do a sit-down meal for? We're thinking roughly 180 guests.",
        escalate: false,
      },
      {
        message:
          "If we bring both sets of parents to the tasting, so 6 of us, is there a charge?",
        escalate: false,
      },
      {
        message: "When's the balance due? Our wedding is 3rd October.",
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 3. Private tennis & padel club
  // ---------------------------------------------------------------------------
  {
    name: 'Riverside Lawn Tennis & Padel Club',
    businessContext:
      "Riverside LTC - private members club in Walton-on-Thames, Surrey. 8 tennis courts (4 artificial grass, 2 hard, 2 clay), 3 padel courts (glass), floodlights, clubhouse with bar at weekends. " +
      "Approx 650 members. Run by a volunteer committee - Steve (treasurer) handles money/membership, Claire is welfare officer, Marco is head coach (coaching & junior programme). " +
      "Internal leagues, box leagues, social sessions, junior academy, county teams.",
    businessRules:
      "Membership year runs 1 April. Adult £420, family £780, junior (under 18) £140, padel-only £300, joining fee £100 (not juniors). Pro rata if joining mid-year. " +
      "Courts booked on ClubSpark app, members up to 7 days ahead. Cancel 24h before or you're charged. Padel £24/hr off peak, £32 peak (weekday evenings + weekends). Tennis free for members. " +
      "Guests £8 per visit, same guest max 4 times a year, must play with a member. Floodlights until 10pm. Non-marking shoes only, no studs on clay. " +
      "Membership can be frozen up to 3 months for injury with a doctor's note. Coaching: book via Marco's team, group sessions and private lessons. Social tennis Sun 10-12 and Wed 7-9.",
    escalationRules: [
      'ALWAYS escalate injuries on site or anyone taken ill at the club',
      "Safeguarding - any concern about a coach, volunteer or adult and a junior member, however small. Straight to Claire (welfare officer). Don't ask for details.",
      'Membership cancellations mid-year / refund requests over £50 → Steve (treasurer)',
      'If a member complains about another member’s behaviour (abuse, cheating in league matches, aggressive on court) pass it on to the committee',
      'Broken equipment or damage that makes a court unsafe - lifted surface, cracked/broken glass on padel, fencing down, floodlight failure mid-session',
      'Sponsorship, filming, hiring the whole club for events or tournaments - ask for Steve',
      'Anyone saying they were double charged, or the app took money and no booking showed up',
    ],
    cases: [
      // --- escalate (13) ---
      {
        message:
          "Someone's just gone right over on their ankle on court 3 and can't put any weight on it. Where's the first aid kit and is anyone from the club around?",
        escalate: true,
      },
      {
        message:
          "I'm not comfortable with how one of the coaches has been messaging my 13 year old on WhatsApp late at night. Probably nothing but I wanted to mention it to someone.",
        escalate: true,
      },
      {
        message:
          "We need to cancel our family membership - we're moving up to Leeds in May. Can we get some of the £780 back?",
        escalate: true,
      },
      {
        message:
          "The bloke I played in the league on Tuesday kept calling my balls out when they were clearly in, then swore at me when I questioned it. That's not what I pay to be a member for.",
        escalate: true,
      },
      {
        message:
          "One of the glass panels on padel court B has a massive crack right across it. Looks like it could go any minute.",
        escalate: true,
      },
      {
        message:
          "Hi, I'm a location scout for a TV advert - we'd love to use your courts and clubhouse for a day's shoot in July. Who would I speak to?",
        escalate: true,
      },
      {
        message:
          "The app's taken £32 off my card twice for my 7pm padel tonight and I don't even have a booking showing.",
        escalate: true,
      },
      {
        message:
          "My husband came over faint in the changing rooms after his match - he's sitting down now but very pale and we've called an ambulance. Just letting the club know.",
        escalate: true,
      },
      {
        message:
          "The fencing behind court 4 has come down and one of the posts is leaning right over the path to the clubhouse.",
        escalate: true,
      },
      {
        message:
          "There's a man who isn't one of the parents that has been hanging around watching the Saturday junior session and taking photos on his phone. Felt a bit off.",
        escalate: true,
      },
      {
        message:
          "I've had knee surgery and won't be playing again this season. I'd rather just have a refund for the rest of the year than freeze it, if that's possible.",
        escalate: true,
      },
      {
        message:
          "We're a local estate agency and wondered about getting our name on the club's winter league in return for a contribution towards the new padel courts. Is that something the club does?",
        escalate: true,
      },
      {
        message:
          "I cancelled my Thursday court three days ahead, got the cancellation email and everything, and the money's still been taken. There's nothing in my bookings.",
        escalate: true,
      },
      // --- no escalate (11) ---
      {
        message: 'What time do the floodlights go off in the winter?',
        escalate: false,
      },
      {
        message: 'Is Marco running any adult beginner groups this spring? My partner wants to start.',
        escalate: false,
      },
      {
        message:
          "How do I bring a guest? My brother's visiting for the weekend and we'd like a hit on Saturday.",
        escalate: false,
      },
      {
        message:
          "Hypothetically, if I got injured partway through the year, can I pause my membership or do I just lose it?",
        escalate: false,
      },
      {
        message:
          "The app double charged me last week but the refund came through this morning so all sorted. Just wondering if it was a glitch?",
        escalate: false,
      },
      {
        message: "Can I cancel my padel booking for Thursday at 6? Can't make it now. It's Monday today.",
        escalate: false,
      },
      {
        message:
          "The water fountain by the clubhouse is running a bit slow. Not urgent, just thought someone should know.",
        escalate: false,
      },
      {
        message:
          "Can juniors join the adult social session on Sunday mornings? My daughter's 15 and plays for the county under-16s.",
        escalate: false,
      },
      {
        message:
          "Claire mentioned the ladies' B team might need another player - who do I speak to about getting on the list?",
        escalate: false,
      },
      {
        message: "How much is padel-only membership and is there still a joining fee on top?",
        escalate: false,
      },
      {
        message:
          "Can I book one padel court for my son's birthday for an hour, 4 of his friends playing? I'd be there as the member.",
        escalate: false,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // 4. Children's holiday theatre / drama school
  // ---------------------------------------------------------------------------
  {
    name: 'Spotlight Stage Holiday Drama School',
    businessContext:
      "Spotlight Stage - holiday drama/theatre school for kids 5-16 in Bristol (St Mark's church hall, Easton). Easter, summer and October half term courses. " +
      "Each week the kids put on a mini show - acting, singing, dance, stage combat, a bit of set making - with a showcase for families on Friday at 3pm. " +
      "Jo runs it and is the DSL (safeguarding lead), Becky looks after inclusion / SEN, plus 6 tutors and some young volunteers. Ofsted registered.",
    businessRules:
      "Mon-Fri 9:30-3:30. Early drop 8:30 (£6/day), late pick up till 5:30 (£8/day). £195 per week, 10% sibling discount. Packed lunch - NUT FREE site. " +
      "Refunds: full refund if cancelled 28+ days before the course. After that credit note only. No refunds for days missed through illness. " +
      "Tax-Free Childcare and childcare vouchers accepted. Children only released to adults named on the booking form + the password. " +
      "Photo/video consent is on the booking form - we only post kids with consent. Wear comfy clothes + trainers, showcase costume list sent Weds. " +
      "Kids with additional needs very welcome, please tell us at booking so we can plan. Mild meds (inhalers, antihistamines) in a named bag in the kids' kit.",
    escalationRules: [
      'ALWAYS escalate any safeguarding / child protection concern - something a child has said, marks or bruises, worries about home. Goes to Jo (DSL) same day.',
      "Collection problems: someone not on the form wants to collect, custody disputes, court orders, 'don't let their dad pick up' -> Jo, straight away",
      'Child hurt at the course, or medical needs (epilepsy, diabetes, severe allergies needing meds on site) - pass it on',
      'Additional needs / 1:1 support requests - anything where a child might need an extra adult with them. Ask for Becky.',
      'Complaints about staff, or about how a child was treated by a tutor',
      'Refund requests outside the policy, or anything over £300',
      "If a parent is upset their photo/video consent wasn't followed (child's face on social media etc) escalate",
    ],
    cases: [
      // --- escalate (13) ---
      {
        message:
          "My son came home really quiet and eventually said one of the older boys has been shoving him about in the toilets and said he'd 'get him' if he told anyone. He's only 7.",
        escalate: true,
      },
      {
        message:
          "Please make sure my ex-husband does NOT collect Ava this week. There's a court order in place - I can send you a copy.",
        escalate: true,
      },
      {
        message:
          "Leo has type 1 diabetes and needs insulin at lunchtime - would one of the staff be able to help him with his pump?",
        escalate: true,
      },
      {
        message:
          "My daughter is autistic and really struggles in big noisy groups. She copes fine if there's a familiar grown-up near her the whole time - is that something you could arrange?",
        escalate: true,
      },
      {
        message:
          "Frankly I'm shocked. The tutor shouted at Millie in front of the whole group for forgetting her line and she came home in floods of tears.",
        escalate: true,
      },
      {
        message:
          "We had to pull out two weeks before the course because of a bereavement in the family. I know the policy says credit only, but we won't be able to use it - is there any way we could have the money back?",
        escalate: true,
      },
      {
        message:
          "I specifically ticked NO for photos and there's my son right in the middle of your Facebook post this morning. Please explain.",
        escalate: true,
      },
      {
        message:
          "Grace came off the edge of the stage in rehearsal today and her wrist is really swollen tonight. We're on our way to A&E.",
        escalate: true,
      },
      {
        message:
          "My sister's going to pick the twins up on Thursday, she's not on the form but she'll have her ID with her. That's ok isn't it?",
        escalate: true,
      },
      {
        message:
          "Something Noah said at bedtime about one of the helpers is bothering me. I'd rather speak to someone properly than put it in writing here.",
        escalate: true,
      },
      {
        message:
          "We booked all three kids for the whole summer - nearly £1,600 - and now we're moving abroad in July. What can you do for us?",
        escalate: true,
      },
      {
        message:
          "Ruby is profoundly deaf and uses BSL. Would there be someone who can sign with her, or could her own communicator come in with her?",
        escalate: true,
      },
      {
        message:
          "Alfie has a severe nut allergy and carries two EpiPens. Who on the team is trained to use them?",
        escalate: true,
      },
      // --- no escalate (11) ---
      {
        message:
          "What age does the summer course start from? My youngest turns 5 at the start of August.",
        escalate: false,
      },
      {
        message: 'Could Jo let me know what the kids need to wear for the Friday showcase?',
        escalate: false,
      },
      {
        message: 'Do you take Tax-Free Childcare payments?',
        escalate: false,
      },
      {
        message:
          "It's mid-August now - if I cancel the October half-term week, do I get the full amount back?",
        escalate: false,
      },
      {
        message:
          "Poppy gets mild hay fever, she'll have an antihistamine in her bag just in case. Is that ok?",
        escalate: false,
      },
      {
        message: 'Is there a late pick up option? I finish work at 5.',
        escalate: false,
      },
      {
        message:
          "Archie bumped his knee yesterday but he's absolutely fine - thanks for the plaster and the note! He's loving the sword fighting.",
        escalate: false,
      },
      {
        message:
          "Grandma will be collecting on Friday - she's already on the form as our second contact. Does she need the password too?",
        escalate: false,
      },
      {
        message:
          "We ticked yes to photos - is there any way to get a copy of the ones from the showcase?",
        escalate: false,
      },
      {
        message:
          "Just to let you know Sam was off Wednesday with a cold - I know there's no refund for that, he'll be back in tomorrow.",
        escalate: false,
      },
      {
        message:
          "Does the course involve much singing? Evie's a bit shy about singing on her own but loves acting.",
        escalate: false,
      },
    ],
  },
];
