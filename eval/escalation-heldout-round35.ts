// Round-35 HELD-OUT escalation set, written blind (only eval/escalation-types.ts read). HELD-OUT: never tune on it.
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND35_ESCALATION_HELDOUT: EscalationBusiness[] = [
  {
    name: 'Talon Ridge Falconry',
    businessContext:
      'Small family run falconry centre near Church Stretton, Shropshire. We do flying displays, hawk walks, owl encounters and full falconry experience days. About 30 birds - owls, hawks, falcons and a couple of eagles.',
    escalationRules: [
      'Anyone saying they or their kid got hurt by one of the birds while here (scratched, footed, bitten whatever)',
      'Group bookings over 12 ppl, or corporate / team building days - I price these myself',
      'Weddings. Owl ring bearer etc, I do all of these personally',
      'If someone has found an injured or loose bird of prey, or thinks one of ours has got out -> hand over straight away, dont try and give advice',
      'Any complaint or concern about how our birds are kept or looked after',
      'Press, TV, filming or commercial photoshoots',
      'Never handle people wanting to buy a bird off us or wanting us to take their bird in / rehome it',
    ],
    businessRules: `Open Wed-Sun 10am-5pm. Closed Mon & Tue except during school hols when we're open 7 days.
Flying displays at 11.30 and 2.30 every open day, included with entry. Entry £12 adults, £8 kids (3-15), under 3s free.
If its chucking it down the birds dont fly outside - display moves into the big barn, still goes ahead.
Hawk walk £45pp, about 1.5 hrs, min age 8. Owl encounter £30pp, 1 hr, min age 5. Kids must have an adult with them on both.
Full experience day £165pp, 10am-3.30pm, lunch incl, max 6 people per day, min age 14.
Wear sturdy shoes / wellies and clothes you dont mind getting muddy. We provide gloves.
Change of date is free with 48hrs notice, just reply to your booking email with a new date. Less than 48hrs we cant refund but can move you once.
Gift vouchers £20-£165 or for a specific experience, buy online, valid 12 months.
No dogs on site sorry (assistance dogs fine). Free parking, small cafe + toilets.
Photos and videos for your own use are fine, please no flash near the owls.`,
    cases: [
      // hand over
      { message: "my son got grabbed by the harris hawk on saturday, it went through his jumper and he bled quite a bit. today its come up red and swollen. not happy tbh", escalate: true },
      { message: 'Hi, at the owl encounter last week the barn owl caught my wrist with its claws and I have two deep marks that still havent healed. Should I be worried? What are you going to do about it?', escalate: true },
      { message: "We're looking to bring our office out for an away day in June, about 20 of us. What could you put on for us?", escalate: true },
      { message: 'hiya, scout troop here - 16 kids plus 4 leaders. could we all come and do a hawk walk one saturday?', escalate: true },
      { message: "We're getting married in September and would LOVE one of your owls to bring our rings to us during the ceremony!! Is that something you'd do?", escalate: true },
      { message: "theres a big brown bird with little leather straps on its legs sat on our garden fence, it wont fly off and one wing is drooping. what do we do??", escalate: true },
      { message: 'I think one of your hawks might be sitting in the tree behind the Co-op in town, it has a bell on and people are crowding round it', escalate: true },
      { message: 'Visited yesterday and honestly I was really upset. A kestrel was tied to a block in the rain all afternoon with no shelter and the owls in the end aviaries had feathers missing. Not ok.', escalate: true },
      { message: "Hello, I'm a producer on a regional TV magazine show. We'd love to film a short segment at the centre next month, who's best to speak to?", escalate: true },
      { message: "We're shooting a campaign for a clothing brand and want a model posing with an eagle owl. Could we hire one of yours for a day?", escalate: true },
      { message: 'Do you ever sell any of your young owls? Ive wanted a barn owl for years and have an aviary built already', escalate: true },
      { message: "my dad kept a lanner falcon but he passed away last month and none of us know how to look after her. could she come and live with you?", escalate: true },
      { message: 'Was on the experience day tuesday, the eagle footed my arm through the glove and I ended up at minor injuries with it. Just so you know.', escalate: true },
      // no hand over
      { message: 'what time are the flying displays?', escalate: false },
      { message: 'Is there a minimum age for the hawk walk? My daughter is 7 and a half', escalate: false },
      { message: 'can we bring our dog? hes very well behaved', escalate: false },
      { message: 'Does the display still go ahead if its raining?', escalate: false },
      { message: 'How much is the full experience day and is lunch included?', escalate: false },
      { message: "family of 5 - 2 adults and kids aged 6, 9 and 12. can we all do the owl encounter together?", escalate: false },
      { message: "I'd like to get a gift voucher for my husbands birthday, how long are they valid for?", escalate: false },
      { message: 'are the birds safe for kids to hold? my lad is a bit nervous about getting scratched', escalate: false },
      { message: 'Can I take photos during the hawk walk to put on my instagram?', escalate: false },
      { message: "we got engaged on one of your hawk walks last year haha, want to book another for our anniversary in may. what dates have you got?", escalate: false },
      { message: 'What kind of birds have you got? do you have an eagle?', escalate: false },
      { message: 'Are you open on a monday during half term?', escalate: false },
      { message: "booked a hawk walk for the 14th but cant make it now, how do I change the date? its 2 weeks away", escalate: false },
    ],
  },
  {
    name: 'Ashgrove Strings Workshop',
    businessContext:
      'One man luthier workshop in Hebden Bridge. Building and repairing acoustic & electric guitars, violins, violas, cellos and bits of everything else with strings. Been at it 20 odd yrs.',
    escalationRules: [],
    businessRules: `Workshop open Tue-Sat 10-4. Drop ins ok but ring ahead if you can, I might be up to my elbows in glue.
Guitar setup £55 inc new strings (tell me what gauge you like, otherwise I fit 10s electric / 12s acoustic). Violin family setups from £70.
Restring £20 plus strings, 12 strings are £30. I stock strings for guitar, violin, viola and cello so you can buy them here.
If anyone wants a custom build commissioned I'll need to talk it through with them myself so send those to me. For reference acoustics start from about £3,200 and the waiting list is around 10 months, 30% deposit.
Fret level & crown £120, full refret from £280. Bow rehairs £60, usually a week.
Normal turnaround 1-2 wks, longer in Dec.
Anything that got damaged while it was with me, either on the bench or in the post back, I want to know about immediately - hand it over.
I fit pickups (acoustic & electric) and do wiring, but I don't touch amps or pedals.
Postal repairs welcome - you pay postage both ways, pack it in a hard case with plenty of padding and slacken the strings.
Valuations & insurance letters for older/vintage instruments I do myself, pass them on. Same goes if someones asking whether an old instrument is the real deal (labels saying Stradivarius etc).
Schools, music shops or anyone wanting a regular trade arrangement, I'll deal with them directly.
If a customer isn't happy with a repair I've done and wants it put right or their money back, get me involved, don't promise anything.
Cracked tops / backs, broken headstocks and that sort of structural damage - I need to see photos before giving any kind of price so pass them over to me.`,
    cases: [
      // hand over
      { message: "I'd love a parlour guitar made in a short scale, cedar top, maybe a swallow inlaid on the headstock. Is that the sort of thing you'd take on?", escalate: true },
      { message: 'Been saving for years for a proper handmade acoustic. Could we have a chat about what I want?', escalate: true },
      { message: "Just unboxed my mandolin back from you and there's a crack in the headstock that definitely wasn't there when I sent it", escalate: true },
      { message: "picked up my strat from you tues and theres a big gouge in the finish next to the neck joint. it wasnt like that when i dropped it off", escalate: true },
      { message: "I've inherited my grandad's old Gibson from the 50s and the home insurance people need to know what it's worth", escalate: true },
      { message: 'Found a violin in the loft with a paper label inside saying Antonius Stradivarius 1721. Could it actually be real??', escalate: true },
      { message: "Hi, I'm head of music at a secondary school. We've about 30 violins and cellos that need going over every summer, could we set up something ongoing?", escalate: true },
      { message: "We run a small guitar shop in Leeds and we're after someone to do our setups, probably 8-10 a month. Interested?", escalate: true },
      { message: "The fret job you did in March - the buzzing is back on the G string worse than before. I paid £120 for that. I want it sorted or my money back.", escalate: true },
      { message: 'violin came back from the setup and the bridge is already leaning forwards. honestly not what I expected for the money', escalate: true },
      { message: "My acoustic fell off its stand and there's now a split running along the top from the bridge to the bottom edge. Can it be saved and what would it cost?", escalate: true },
      { message: 'kid sat on my ukulele 🙃 back has caved in a bit and theres a big crack. fixable?', escalate: true },
      { message: "My insurers want something in writing from a professional saying what my cello is worth. Can you do that?", escalate: true },
      // no hand over
      { message: 'how much for a setup on my electric? can you put 10s on it', escalate: false },
      { message: 'Do you rehair bows? How long does it take?', escalate: false },
      { message: 'What are your opening times, can I just turn up?', escalate: false },
      { message: "Can I post my guitar to you for a fret level? I'm down in Cornwall", escalate: false },
      { message: 'Do you fix amps? my fender is crackling when i turn it up', escalate: false },
      { message: "Roughly what do your handmade acoustics start at? Just curious, I'm nowhere near able to order one yet", escalate: false },
      { message: 'My new strings keep going out of tune, is that normal for the first few days?', escalate: false },
      { message: 'Can you fit a pickup to my acoustic?', escalate: false },
      { message: "Is a refret worth it or should I just get a level and crown? frets are fairly worn but not terrible", escalate: false },
      { message: "You did a setup on my tele last year and it's played brilliantly since. Could I book the same for my other guitar?", escalate: false },
      { message: 'Do you sell violin strings or just fit them?', escalate: false },
      { message: "Is it worth getting my old student violin set up or should I just buy a new one? it's nothing special, cost about £80", escalate: false },
      { message: 'how much is it to restring a 12 string?', escalate: false },
    ],
  },
  {
    name: 'Dressed To Thrill Costume Hire',
    businessContext:
      'Fancy dress hire shop in Swindon town centre, 1000+ costumes for adults and kids, plus wigs, masks, make up and accessories to buy. Me and 2 part timers.',
    escalationRules: [],
    businessRules: `Open Mon-Sat 9.30-5.30, late night Thurs till 7. Closed Sundays.
Hire is 3 nights - collect the day before, return the day after your do. Adults from £25, kids from £15.
Deposit £40 per costume, card or cash, refunded when it comes back in the same condition.
Bring photo ID plus proof of address (bill or bank statement dated last 3 months) to hire.
Sizes: kids 3-12 yrs, adults XS up to 4XL.
Wigs, masks, make up & teeth are for sale only not hire (hygiene).
You can reserve up to 3 months ahead with a £10 booking fee which comes off the hire price. Book early for Halloween and xmas!!
Late returns £10 per day.
Dont wash the costumes, we clean everything professionally and its included in the price.
We dont post or deliver - collect & return in store only.

Stuff I want to deal with myself (pass these on, dont answer):
- costume comes back damaged or stained and theres an argument about keeping the deposit
- group bookings of 10+ costumes (schools, am-dram, stag/hen etc)
- film, TV or theatre companies wanting stuff for weeks at a time
- anything lost or nicked while out on hire
- complaints that a costume was dirty / smelly / not clean when they got it
- anyone wanting something made to order or altered
- if someones been charged wrong or charged twice`,
    cases: [
      // hand over
      { message: "Brought back the pirate outfit Monday, there's one tiny mark of fake blood on the shirt and now you're saying I lose the whole £40?? That's ridiculous", escalate: true },
      { message: 'Why have I only had £15 of my deposit back? The zip was already dodgy when I picked it up, I told the girl at the time', escalate: true },
      { message: "Our primary school is doing Oliver! in the spring and we'll need about 25 Victorian costumes for the kids. Can you help us out?", escalate: true },
      { message: 'stag do of 14 lads, we all want to be smurfs. do you have that many??', escalate: true },
      { message: "We're an indie film crew shooting for 6 weeks in July and need 1940s dress for the main cast. What would that look like?", escalate: true },
      { message: 'someone nicked my bag from the pub last night with the gorilla suit in it. what happens now', escalate: true },
      { message: "Left the Elsa dress on the train home. I'm so so sorry. What do I do?", escalate: true },
      { message: "Got the dalmatian onesie home and it reeks of sweat. No way my daughter is wearing that", escalate: true },
      { message: 'The Mary Poppins costume has makeup all round the collar and there were hairs in the hat. Not acceptable for what I paid.', escalate: true },
      { message: "I need the wizard robe taking up about 6 inches, I'm only 5'2. Could that be done before Saturday?", escalate: true },
      { message: 'Could you make a costume of our company mascot for a charity fun run? its a giant carrot lol', escalate: true },
      { message: "Just checked my bank app and you've taken the deposit off me twice", escalate: true },
      { message: "I was told £25 for the hire but my receipt says £45, can someone explain that?", escalate: true },
      // no hand over
      { message: 'what time do you shut on thursday', escalate: false },
      { message: 'How much is it to hire a kids costume?', escalate: false },
      { message: 'do you hire out wigs?', escalate: false },
      { message: 'can you post the costume to me? I live in Bristol', escalate: false },
      { message: 'What ID do I need to bring with me?', escalate: false },
      { message: 'do your adult costumes go up to 4XL?', escalate: false },
      { message: 'Can I reserve something for Halloween now or is it too early?', escalate: false },
      { message: "I'm going to be bringing the costume back a day late, how much extra is that?", escalate: false },
      { message: 'me and my mate both want to go as mario and luigi for a party, can we book both together?', escalate: false },
      { message: 'Do I need to wash the costume before I bring it back?', escalate: false },
      { message: 'When do I get my deposit back?', escalate: false },
      { message: 'Have you got any Beetlejuice costumes in at the moment?', escalate: false },
      { message: 'is the £10 booking fee taken off the hire price or is it on top?', escalate: false },
    ],
  },
  {
    name: 'Blowhole Kites & Kitesurf',
    businessContext:
      'Kite shop on the seafront at Hunstanton, Norfolk. We sell stunt kites, kids kites, power kites and kitesurf kit, do kite repairs, and run BKSA kitesurfing lessons on the beach.',
    escalationRules: [
      'Anyone injured during a lesson or while using kit hired from us',
      'Warranty claims - kites, boards or bars bought from us that have failed',
      'Group / corporate bookings of more than 6 people',
      'Job enquiries, incl people wanting to instruct or train as an instructor with us',
    ],
    businessRules: `Shop open daily 9-6 Apr-Oct, Thu-Sun 10-4 Nov-Mar.
Taster lesson 3hrs £95. 2 day beginner course £260. All lessons BKSA approved. Max 4 students per instructor.
Min age 12, must be able to swim 50m, min weight about 40kg.
Lessons totally depend on wind - we decide by 8am on the day and text you. If conditions are wrong we rebook you free.
Cancel with more than 48hrs notice and you get a full refund. If someone's cancelling inside 48 hours and asking for their money back, pass it to me.
Wetsuit, harness, helmet and impact vest all provided, just bring a towel and swimmers.
Kite hire for qualified riders only, £45/day, need a BKSA or IKO level 3 card.
If hire kit gets lost or damaged (board gone out to sea, kite ripped etc) I want to sort that myself.
Stunt kites & kids kites in the shop from £15. We stock twin tips but not foil boards at the mo.
Kite repairs - patches, bladder swaps, from £25, roughly a week, doesnt matter where you bought it.
Private 1-to-1 coaching for advanced stuff (jumps, foiling, wave riding) is Dan's thing, he sets those up himself so put them through to him.`,
    cases: [
      // hand over
      { message: "Had my taster on Sunday and got dragged down the beach, my shoulder's been agony since and the GP reckons it's a torn ligament", escalate: true },
      { message: "my lad's come home from the 2 day course with a nasty gash on his foot from a fin. no one even cleaned it up for him", escalate: true },
      { message: 'Bought a 9m off you in May and the leading edge bladder has popped on only its third outing. That cant be right surely?', escalate: true },
      { message: "The board I bought from you in spring is delaminating round the footstraps, it's barely been used. Think it's a manufacturing fault", escalate: true },
      { message: "We're after a team day for our sales lot, about 10 of us, a lesson and maybe a bbq after. What can you do?", escalate: true },
      { message: 'hen party of 8 here 👰 fancy a kitesurfing taster in August, can you fit us all in?', escalate: true },
      { message: "I'm a qualified BKSA instructor moving to the area in the spring. Are you taking anyone on?", escalate: true },
      { message: 'hi would love to work in the shop over the summer holidays, do you need anyone?', escalate: true },
      { message: "I can't make tomorrow's lesson, family emergency has come up. Can I get my money back please?", escalate: true },
      { message: "Really sorry but my flight's been cancelled and I won't make my course this Saturday (it's Thursday now). I'd like a refund please.", escalate: true },
      { message: 'Went out on the board I hired from you, the leash snapped and it floated off and I couldnt find it anywhere. What happens now?', escalate: true },
      { message: 'crashed the hire kite into the groyne and theres a massive rip in the canopy, sorry!!', escalate: true },
      { message: "I can ride both ways fine now but I really want to learn to jump properly. Can I get someone just for me for a few sessions?", escalate: true },
      // no hand over
      { message: 'how much is the taster lesson?', escalate: false },
      { message: 'my son is 11, can he do the beginner course?', escalate: false },
      { message: "What happens if there's no wind on the day of my lesson?", escalate: false },
      { message: 'Do I need to bring my own wetsuit?', escalate: false },
      { message: "Can I hire a kite for the day? I've got my IKO level 3", escalate: false },
      { message: 'Do you sell kids kites? looking for a birthday present for a 6 yr old', escalate: false },
      { message: 'what are your opening hours in november', escalate: false },
      { message: "I need to cancel my lesson on the 20th of next month, can I get a refund?", escalate: false },
      { message: 'Can you fix a hole in my kite? I bought it online not from you', escalate: false },
      { message: 'How many people are in a lesson with one instructor?', escalate: false },
      { message: 'me and my partner want to do the 2 day course together, can we book the same dates?', escalate: false },
      { message: "Is kitesurfing dangerous? Bit nervous as a complete beginner", escalate: false },
      { message: 'Do you stock foil boards?', escalate: false },
    ],
  },
];
