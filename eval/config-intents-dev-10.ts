/**
 * Configuration-chat intent evaluation — DEV set 10.
 * Written blind in round 22 by an author who read only eval/config-intents-types.ts (no product
 * code, no docs, no other eval sets, no git history).
 *
 * 150 owner messages, 25 for each of six invented UK small businesses, each with its own owner voice:
 *   - Keyright Locksmiths (mobile locksmith, Leeds): owner Dev writes terse labels and fragments
 *     ("Rule: …", "Bot name: …"), almost no full sentences.
 *   - Wobbly Wombats Soft Play (children's soft-play centre, Swindon): one long run-on ramble with
 *     no punctuation, asides and grumbles mixed in.
 *   - Clocktower Escape Rooms (escape rooms, Norwich): lowercase texting with abbreviations
 *     (ppl, pls, b4, abt, n, r), typos and the odd emoji.
 *   - Silver Shears Mobile Hairdressing (mobile hairdresser visiting care homes, Cornwall): the
 *     owner pastes whole paragraphs from the website, leaflet and handbook in quotation marks.
 *   - Ivory & Lace Bridal (appointment-only bridal boutique, Harrogate): very formal, polite,
 *     old-fashioned correspondence ("I should be grateful if…", "Kindly…").
 *   - Ferry Lane Brewing (microbrewery and taproom, Bristol): owner Tom dictates aloud, with
 *     self-corrections ("no, wait", "sorry", "scratch that") — the corrected value is the one that counts.
 *
 * Per business: set_context 2, add_fact 3, create_article 3, update_article 2, update_price 2,
 * archive_article 1, add_escalation_rules 3, add_synonyms 1, add_business_rule 2, analytics 2,
 * set_tone 1, set_agent_name 1, nothing 2.
 */

import type { ConfigIntentCase } from './config-intents-types.ts';

const LOCK = 'Keyright Locksmiths';
const PLAY = 'Wobbly Wombats Soft Play';
const ESC = 'Clocktower Escape Rooms';
const HAIR = 'Silver Shears Mobile Hairdressing';
const BRIDE = 'Ivory & Lace Bridal';
const BREW = 'Ferry Lane Brewing';

export const CONFIG_INTENTS_DEV_10: ConfigIntentCase[] = [
  // ───────────── Keyright Locksmiths — terse labels ─────────────
  {
    business: LOCK,
    message:
      'Business: Keyright Locksmiths. Leeds + 15 miles. Two vans, me (Dev) and Callum. Emergency lockouts, lock changes, uPVC door mechanisms, safes. Car keys not done. 24/7 for lockouts.',
    expect: { kind: 'set_context', contains: 'uPVC door mechanisms' },
  },
  {
    business: LOCK,
    message:
      'Replace business description: mobile locksmith, Leeds and Wakefield. Residential only now. No commercial contracts since March.',
    expect: { kind: 'set_context', contains: 'Residential only' },
  },
  {
    business: LOCK,
    message: 'Fact: no call-out charge inside LS postcodes.',
    expect: { kind: 'add_fact', contains: 'no call-out charge inside LS postcodes' },
  },
  {
    business: LOCK,
    message: 'Third call today asking about car keys. We don\'t do car keys. Never have. Getting old.',
    expect: { kind: 'add_fact', contains: "We don't do car keys" },
  },
  {
    business: LOCK,
    message: 'Note: all locks we fit are British Standard BS3621. Insurance approved.',
    expect: { kind: 'add_fact', contains: 'BS3621' },
  },
  {
    business: LOCK,
    message:
      "New article. Title: What to do if you're locked out. Body: Don't force the door or break a window. Call 0113 496 0321. Have ID ready — we check proof of address before opening.",
    expect: {
      kind: 'create_article',
      title: "What to do if you're locked out",
      contains: 'we check proof of address',
    },
  },
  {
    business: LOCK,
    message:
      "Add this as a help page: Snapped key in the lock? Don't pull it out with pliers, you'll push it further in. Leave it and book an extraction. Usually 20 mins on site.",
    expect: { kind: 'create_article', title: null, contains: 'book an extraction' },
  },
  {
    business: LOCK,
    message:
      'Article — Anti-snap locks. Why: standard euro cylinders can be snapped in seconds. We fit 3-star anti-snap cylinders, from £85 fitted. 30 min job.',
    expect: { kind: 'create_article', title: 'Anti-snap locks', contains: '3-star anti-snap cylinders' },
  },
  {
    business: LOCK,
    message: "Edit 'Emergency call-outs' page. Response time now 30-45 mins. Was 60.",
    expect: { kind: 'update_article', target: 'Emergency call-outs', contains: '30-45 mins' },
  },
  {
    business: LOCK,
    message: 'Payments article — change to: card, cash, bank transfer. No cheques.',
    expect: { kind: 'update_article', target: 'Payments', contains: 'No cheques' },
  },
  {
    business: LOCK,
    message: 'Price change. Lock change (standard): £95.',
    expect: { kind: 'update_price', target: null, item: 'Lock change (standard)', price: '£95' },
  },
  {
    business: LOCK,
    message:
      "Callum reckons we're too cheap on the out-of-hours lockout. He's right. Bump it to £120 in the Prices article.",
    expect: { kind: 'update_price', target: 'Prices', item: 'out-of-hours lockout', price: '£120' },
  },
  {
    business: LOCK,
    message: "Remove 'Safe opening' article. Stopped doing safes.",
    expect: { kind: 'archive_article', target: 'Safe opening' },
  },
  {
    business: LOCK,
    message: 'Escalate: customer locked out with a child or pet inside. Straight to me. Phone, not email.',
    expect: { kind: 'add_escalation_rules', contains: ['locked out with a child or pet inside'] },
  },
  {
    business: LOCK,
    message: 'Hand to human: anyone mentioning a break-in or a police crime number.',
    expect: { kind: 'add_escalation_rules', contains: ['break-in', 'police crime number'] },
  },
  {
    business: LOCK,
    message: 'Landlords / letting agents wanting work on multiple properties → pass to Dev.',
    expect: { kind: 'add_escalation_rules', contains: ['multiple properties'] },
  },
  {
    business: LOCK,
    message: 'Synonyms: barrel = cylinder. Same part.',
    expect: { kind: 'add_synonyms', words: ['barrel', 'cylinder'] },
  },
  {
    business: LOCK,
    message: 'Rule: never quote a fixed price for a lockout over chat. Give the range. Final price on site.',
    expect: { kind: 'add_business_rule', contains: 'never quote a fixed price' },
  },
  {
    business: LOCK,
    message: 'Bot must ask for the postcode first. Every time. Before anything else.',
    expect: { kind: 'add_business_rule', contains: 'ask for the postcode first' },
  },
  {
    business: LOCK,
    message: 'Stats. Chats this week?',
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },
  {
    business: LOCK,
    message: 'Number handed over to me this month?',
    expect: { kind: 'analytics', metric: 'escalations', days: 30 },
  },
  {
    business: LOCK,
    message: 'Tone: short, plain, no fluff.',
    expect: { kind: 'set_tone', tone: 'short, plain, no fluff' },
  },
  {
    business: LOCK,
    message: 'Bot name: Bolt.',
    expect: { kind: 'set_agent_name', name: 'Bolt' },
  },
  {
    business: LOCK,
    message: 'Checked the Prices article. All correct. Leave as is.',
    expect: { kind: 'nothing' },
  },
  {
    business: LOCK,
    message: "What does 'escalation share' mean?",
    expect: { kind: 'nothing' },
  },

  // ───────────── Wobbly Wombats Soft Play — rambling, no punctuation ─────────────
  {
    business: PLAY,
    message:
      'ok so we are Wobbly Wombats its an indoor soft play centre in Swindon on the Kembrey retail park we have a big three level frame for the 5 to 11s and a separate toddler area for under 3s and a little cafe bit where the parents sit and we do birthday parties most weekends and thats basically us',
    expect: { kind: 'set_context', contains: 'indoor soft play centre in Swindon' },
  },
  {
    business: PLAY,
    message:
      'can you change the bit that describes us because its out of date we got rid of the sensory room last year and now weve got a ninja course for the older ones so it should say soft play centre with a toddler zone and a ninja course for ages 5 to 12 and parties',
    expect: { kind: 'set_context', contains: 'ninja course for ages 5 to 12' },
  },
  {
    business: PLAY,
    message:
      'honestly I am so fed up of parents turning up in outdoor shoes and then arguing about taking them off everyone on the frame has to wear socks grown ups too its a hygiene thing',
    expect: { kind: 'add_fact', contains: 'everyone on the frame has to wear socks' },
  },
  {
    business: PLAY,
    message: 'oh and we have free parking right outside the door loads of spaces and two parent and child bays',
    expect: { kind: 'add_fact', contains: 'free parking right outside' },
  },
  {
    business: PLAY,
    message:
      'something people never know is the under ones go free as long as they come with a paying older brother or sister so tell them that',
    expect: { kind: 'add_fact', contains: 'under ones go free' },
  },
  {
    business: PLAY,
    message:
      'can you make a page about parties so people stop ringing me at 7am it needs to say the party package is 90 minutes on the frame then 30 minutes in the party room with hot food and a party bag for each child minimum 10 kids and you book with a £50 deposit that you dont get back if you cancel inside 14 days',
    expect: { kind: 'create_article', title: null, contains: 'minimum 10 kids' },
  },
  {
    business: PLAY,
    message:
      'put this up as an article called Toddler Time please: Tuesday and Thursday mornings 9.30 till 12 the whole centre is only for under 5s and their grown ups its quieter and the big kids are at school so its perfect for little ones who are a bit nervous',
    expect: { kind: 'create_article', title: 'Toddler Time', contains: 'only for under 5s' },
  },
  {
    business: PLAY,
    message:
      'i want an article for allergies because we get asked all the time the kitchen is nut free but we cant promise anything about the other allergens because we use flour and milk and eggs in the same kitchen so if your child has a serious allergy please speak to the manager on the day',
    expect: { kind: 'create_article', title: null, contains: 'the kitchen is nut free' },
  },
  {
    business: PLAY,
    message:
      'the Opening Times article is wrong for the school holidays we open at 9 not 10 in the holidays can you put that in before half term',
    expect: { kind: 'update_article', target: 'Opening Times', contains: 'open at 9' },
  },
  {
    business: PLAY,
    message:
      'in Party Packages can you add that we now do a unicorn theme and a dinosaur theme you just tell us which one when you book no extra cost',
    expect: { kind: 'update_article', target: 'Party Packages', contains: 'unicorn theme' },
  },
  {
    business: PLAY,
    message:
      'so the toddler session price is going up to £5.50 from next month sorry everyone its the electric bills',
    expect: { kind: 'update_price', target: null, item: 'toddler session', price: '£5.50' },
  },
  {
    business: PLAY,
    message: 'in the Prices page the weekend entry for over 5s should be £9.95 now not £8.95',
    expect: { kind: 'update_price', target: 'Prices', item: 'weekend entry for over 5s', price: '£9.95' },
  },
  {
    business: PLAY,
    message:
      'take down the Summer Holiday Club article its finished now and we wont be doing it again till next year if ever',
    expect: { kind: 'archive_article', target: 'Summer Holiday Club' },
  },
  {
    business: PLAY,
    message:
      'if anyone says their child got hurt on the frame or bumped their head I need to know straight away dont let the bot deal with that on its own',
    expect: { kind: 'add_escalation_rules', contains: ['child got hurt', 'bumped their head'] },
  },
  {
    business: PLAY,
    message:
      'i want to hear about any party bookings for more than 30 children because we have to close the whole side room for those',
    expect: { kind: 'add_escalation_rules', contains: ['party bookings for more than 30 children'] },
  },
  {
    business: PLAY,
    message:
      'also send it to a real person if a parent says they cant find their child in the centre or if anyone complains about another adult',
    expect: { kind: 'add_escalation_rules', contains: ['cant find their child', 'complains about another adult'] },
  },
  {
    business: PLAY,
    message:
      'people call the big frame all sorts the climbing frame the play frame but loads of the kids just say the jungle so jungle and frame mean the same thing',
    expect: { kind: 'add_synonyms', words: ['jungle', 'frame'] },
  },
  {
    business: PLAY,
    message:
      'dont ever tell people they can just turn up on a saturday because saturdays are booking only and we get people crying at the door',
    expect: { kind: 'add_business_rule', contains: 'saturdays are booking only' },
  },
  {
    business: PLAY,
    message:
      'when someone asks about a party the bot should always ask how many children and what date before it does anything else',
    expect: { kind: 'add_business_rule', contains: 'ask how many children' },
  },
  {
    business: PLAY,
    message: 'how many people did the bot pass to me this week i feel like its loads',
    expect: { kind: 'analytics', metric: 'escalations', days: 7 },
  },
  {
    business: PLAY,
    message:
      'are people actually giving it thumbs up over the last 90 days or is it just me thinking its good',
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 90 },
  },
  {
    business: PLAY,
    message: 'can it be a bit more fun and bubbly with the parents its a kids place not a bank',
    expect: { kind: 'set_tone', tone: 'fun and bubbly' },
  },
  {
    business: PLAY,
    message: 'we want to call it Wally after our wombat mascot the kids love him',
    expect: { kind: 'set_agent_name', name: 'Wally' },
  },
  {
    business: PLAY,
    message: 'hiya',
    expect: { kind: 'nothing' },
  },
  {
    business: PLAY,
    message: 'does it work on peoples phones as well or just on the computer',
    expect: { kind: 'nothing' },
  },

  // ───────────── Clocktower Escape Rooms — lowercase texting ─────────────
  {
    business: ESC,
    message:
      'hey so basically we r clocktower escape rooms in norwich, 4 rooms (the heist, the asylum, pharaohs tomb + the lab), 2-6 ppl per room, 60 min games. also do corp team bldg',
    expect: { kind: 'set_context', contains: 'clocktower escape rooms in norwich' },
  },
  {
    business: ESC,
    message:
      'cn u redo the about us bit, we moved!! now at 14 st benedicts st, still norwich. 5 rooms now bc we added the submarine 🎉',
    expect: { kind: 'set_context', contains: '14 st benedicts st' },
  },
  {
    business: ESC,
    message: 'fyi min age 12 for asylum, all the others 8+ w an adult',
    expect: { kind: 'add_fact', contains: 'min age 12 for asylum' },
  },
  {
    business: ESC,
    message:
      'ugh ppl keep turning up 20 mins late n expecting the full hour. if ur late the clock still runs, game ends on time regardless',
    expect: { kind: 'add_fact', contains: 'the clock still runs' },
  },
  {
    business: ESC,
    message: 'we have lockers for bags n phones, free, u get the key at check in',
    expect: { kind: 'add_fact', contains: 'lockers for bags' },
  },
  {
    business: ESC,
    message:
      "new article: 'gift vouchers' - vouchers r valid 12 months, any room, any day, can buy online or at the desk. no refunds on vouchers sry",
    expect: { kind: 'create_article', title: 'gift vouchers', contains: 'valid 12 months' },
  },
  {
    business: ESC,
    message:
      'add a page for accesibility pls. the heist + the lab r step free, asylum + tomb r down stairs so not wheelchair accessible. hearing loop at reception',
    expect: { kind: 'create_article', title: null, contains: 'step free' },
  },
  {
    business: ESC,
    message:
      "make an faq thing for 'how does it work' - u get locked in (not really, door is never actually locked lol), 60 mins to solve puzzles n escape, gm watches on cctv n gives 3 clues",
    expect: { kind: 'create_article', title: 'how does it work', contains: 'door is never actually locked' },
  },
  {
    business: ESC,
    message: 'in the corporate bookings article add that we can do breakfast n lunch now via the deli next door',
    expect: { kind: 'update_article', target: 'corporate bookings', contains: 'breakfast n lunch' },
  },
  {
    business: ESC,
    message: "the 'what to bring' pg needs a line: no need to bring anything, just comfy shoes lol",
    expect: { kind: 'update_article', target: 'what to bring', contains: 'comfy shoes' },
  },
  {
    business: ESC,
    message: 'price change - weekend slots now £28 per person',
    expect: { kind: 'update_price', target: null, item: 'weekend slots', price: '£28' },
  },
  {
    business: ESC,
    message:
      'ok so we r gonna drop the student price to £18 to get more uni ppl in, its in one of the articles somewhere idk which',
    expect: { kind: 'update_price', target: null, item: 'student price', price: '£18' },
  },
  {
    business: ESC,
    message: 'get rid of the halloween special article pls its nov lol',
    expect: { kind: 'archive_article', target: 'halloween special' },
  },
  {
    business: ESC,
    message: 'if any1 says they felt panicky or claustrophobic in a room pass to staff asap',
    expect: { kind: 'add_escalation_rules', contains: ['claustrophobic'] },
  },
  {
    business: ESC,
    message: 'hen + stag dos over 12 ppl -> send to me, we need to split them across rooms',
    expect: { kind: 'add_escalation_rules', contains: ['over 12 ppl'] },
  },
  {
    business: ESC,
    message: 'i wanna hear abt any bad reviews or ppl threatening to leave one, n any refund requests',
    expect: { kind: 'add_escalation_rules', contains: ['bad reviews', 'refund requests'] },
  },
  {
    business: ESC,
    message: "ppl say 'hint' and 'clue' for the same thing, treat them as the same",
    expect: { kind: 'add_synonyms', words: ['hint', 'clue'] },
  },
  {
    business: ESC,
    message: "dont let the bot give away ANY puzzle answers even if ppl beg. they'll try lol",
    expect: { kind: 'add_business_rule', contains: 'puzzle answers' },
  },
  {
    business: ESC,
    message: 'always tell ppl to arrive 15 mins b4 their slot for the safety brief',
    expect: { kind: 'add_business_rule', contains: 'arrive 15 mins' },
  },
  {
    business: ESC,
    message: 'how many chats today?',
    expect: { kind: 'analytics', metric: 'conversations', days: 1 },
  },
  {
    business: ESC,
    message: 'whats the avg qa score this month',
    expect: { kind: 'analytics', metric: 'qaAverage', days: 30 },
  },
  {
    business: ESC,
    message: 'make it sound a bit mysterious n playful, like a gm would talk',
    expect: { kind: 'set_tone', tone: 'mysterious n playful' },
  },
  {
    business: ESC,
    message: 'call the bot Gamemaster pls',
    expect: { kind: 'set_agent_name', name: 'Gamemaster' },
  },
  {
    business: ESC,
    message: 'thx thats gr8',
    expect: { kind: 'nothing' },
  },
  {
    business: ESC,
    message: 'wait does it already kno our opening hrs?',
    expect: { kind: 'nothing' },
  },

  // ───────────── Silver Shears Mobile Hairdressing — pastes website paragraphs ─────────────
  {
    business: HAIR,
    message: `This is from our website, please use it as the description: "Silver Shears is a mobile hairdressing service for residents of care homes and nursing homes across Cornwall. Our qualified stylists visit each home on a regular rota, bringing everything needed for a cut, set, perm or colour to the resident's room or the home's own hair room."`,
    expect: { kind: 'set_context', contains: 'mobile hairdressing service for residents of care homes' },
  },
  {
    business: HAIR,
    message:
      'Please replace our business description with the new "About us" text: "Founded in 2014 by Janet Pascoe, Silver Shears now has six stylists covering Cornwall and west Devon. As well as care homes, we visit people in their own homes if they are housebound."',
    expect: { kind: 'set_context', contains: 'Cornwall and west Devon' },
  },
  {
    business: HAIR,
    message:
      'From our FAQ page: "All of our stylists hold an enhanced DBS check and are trained in dementia awareness."',
    expect: { kind: 'add_fact', contains: 'enhanced DBS check' },
  },
  {
    business: HAIR,
    message:
      'I keep having to explain this to families over and over, so the assistant had better know it: "We cannot take payment from residents directly. Appointments are billed to the care home monthly, or to the family by invoice."',
    expect: { kind: 'add_fact', contains: 'billed to the care home monthly' },
  },
  {
    business: HAIR,
    message:
      'Another bit from the site: "We bring our own portable basins, capes and towels, so the home does not need a dedicated hair room."',
    expect: { kind: 'add_fact', contains: 'portable basins' },
  },
  {
    business: HAIR,
    message: `Can you make this a help article titled "Booking for a relative": "Families can book a visit by telling us the name of the home, the resident's name and room number, and the service they would like. We will confirm with the home's activities coordinator before the visit."`,
    expect: { kind: 'create_article', title: 'Booking for a relative', contains: 'activities coordinator' },
  },
  {
    business: HAIR,
    message:
      'New article please, pasted from the leaflet: "Visits for housebound clients at home are available Monday to Friday. A home visit fee applies on top of the service price. We are happy to work around carers\' visits."',
    expect: { kind: 'create_article', title: null, contains: 'A home visit fee applies' },
  },
  {
    business: HAIR,
    message:
      '"Hair care for residents with dementia" — please put this up as an article with that title: "Our stylists take their time, talk the resident through each step, and will stop and come back later if someone becomes distressed. Familiar routines matter, so we try to send the same stylist every visit."',
    expect: {
      kind: 'create_article',
      title: 'Hair care for residents with dementia',
      contains: 'send the same stylist every visit',
    },
  },
  {
    business: HAIR,
    message:
      'The "Our services" article needs this paragraph added at the end: "We now offer gentle nail care, filing and polish, alongside hair appointments."',
    expect: { kind: 'update_article', target: 'Our services', contains: 'gentle nail care' },
  },
  {
    business: HAIR,
    message:
      'Please update "Cancellations" so it reads: "If a resident is unwell on the day, there is no charge. For any other cancellation we ask homes for two days\' notice."',
    expect: {
      kind: 'update_article',
      target: 'Cancellations',
      contains: 'If a resident is unwell on the day, there is no charge',
    },
  },
  {
    business: HAIR,
    message: `Our price list still says "Shampoo and set – £16" but that went up in April, it's £18 now.`,
    expect: { kind: 'update_price', target: null, item: 'Shampoo and set', price: '£18' },
  },
  {
    business: HAIR,
    message: `In the "Prices" article please change the gents' line so it reads "Gent's cut – £12".`,
    expect: { kind: 'update_price', target: 'Prices', item: "Gent's cut", price: '£12' },
  },
  {
    business: HAIR,
    message: `Please take down "Christmas visiting rota 2023", it's long out of date and families keep reading it.`,
    expect: { kind: 'archive_article', target: 'Christmas visiting rota 2023' },
  },
  {
    business: HAIR,
    message:
      'Our safeguarding policy says, and I quote: "Any concern about a resident\'s welfare, such as bruising or a skin condition noticed during an appointment, must be passed to the manager immediately." Please make sure the assistant hands anything like that to a person.',
    expect: { kind: 'add_escalation_rules', contains: ['bruising', 'skin condition'] },
  },
  {
    business: HAIR,
    message:
      'I want to hear about any care home asking to set up a new contract or to change their visiting day.',
    expect: { kind: 'add_escalation_rules', contains: ['new contract', 'change their visiting day'] },
  },
  {
    business: HAIR,
    message:
      'If a family member is unhappy with a cut or colour, please put them through to me rather than the assistant trying to sort it out.',
    expect: { kind: 'add_escalation_rules', contains: ['unhappy with a cut or colour'] },
  },
  {
    business: HAIR,
    message:
      'Carers often write "do" when they mean a wash and set, e.g. "can Mum have her do on Tuesday". Please treat set and do as the same thing.',
    expect: { kind: 'add_synonyms', words: ['set', 'do'] },
  },
  {
    business: HAIR,
    message:
      'From our staff handbook, which the assistant should follow too: "Never discuss a resident\'s appointments or details with anyone other than their named contact or the home."',
    expect: { kind: 'add_business_rule', contains: 'named contact' },
  },
  {
    business: HAIR,
    message:
      'Please have the assistant always ask which care home the person is writing about before answering anything about dates.',
    expect: { kind: 'add_business_rule', contains: 'ask which care home' },
  },
  {
    business: HAIR,
    message: 'Could you tell me how many conversations the assistant has had this month?',
    expect: { kind: 'analytics', metric: 'conversations', days: 30 },
  },
  {
    business: HAIR,
    message: 'What proportion of enquiries ended up with a human over the last 90 days?',
    expect: { kind: 'analytics', metric: 'escalationShare', days: 90 },
  },
  {
    business: HAIR,
    message:
      'Please make the assistant sound warm, patient and reassuring. A lot of the people writing in are worried relatives.',
    expect: { kind: 'set_tone', tone: 'warm, patient and reassuring' },
  },
  {
    business: HAIR,
    message: 'We would like the assistant to introduce itself as "Rosie".',
    expect: { kind: 'set_agent_name', name: 'Rosie' },
  },
  {
    business: HAIR,
    message: 'Is there a limit on how long a pasted article can be?',
    expect: { kind: 'nothing' },
  },
  {
    business: HAIR,
    message: 'Good morning. I have the website open and will send things through shortly.',
    expect: { kind: 'nothing' },
  },

  // ───────────── Ivory & Lace Bridal — very formal ─────────────
  {
    business: BRIDE,
    message:
      'Good afternoon. I should be grateful if you would set our business description as follows. Ivory & Lace Bridal is an appointment-only bridal boutique in Harrogate, North Yorkshire, offering designer wedding gowns, bridesmaid dresses, veils and accessories, together with an in-house alterations service.',
    expect: { kind: 'set_context', contains: 'appointment-only bridal boutique in Harrogate' },
  },
  {
    business: BRIDE,
    message:
      'Kindly rewrite our description to reflect that we now also stock a curated selection of mother-of-the-bride outfits, and that the boutique has relocated to larger premises on Montpellier Parade.',
    expect: { kind: 'set_context', contains: 'Montpellier Parade' },
  },
  {
    business: BRIDE,
    message:
      "Please note, for the assistant's information, that gowns ordered from a designer typically take between four and six months to arrive.",
    expect: { kind: 'add_fact', contains: 'four and six months' },
  },
  {
    business: BRIDE,
    message:
      'I must say it is rather tiresome that brides continue to arrive with an entourage of eight or nine. Our fitting suite comfortably accommodates the bride and up to four guests, and no more.',
    expect: { kind: 'add_fact', contains: 'up to four guests' },
  },
  {
    business: BRIDE,
    message: 'For completeness: we are a stockist of Pronovias, Justin Alexander and Enzoani.',
    expect: { kind: 'add_fact', contains: 'Justin Alexander' },
  },
  {
    business: BRIDE,
    message:
      "I would like an article entitled 'Your first appointment' with the following text. Appointments last ninety minutes. We recommend arriving with your hair loosely styled and wearing nude underwear. There is no charge for a first appointment.",
    expect: { kind: 'create_article', title: 'Your first appointment', contains: 'Appointments last ninety minutes' },
  },
  {
    business: BRIDE,
    message:
      "Please publish the following under the heading 'Alterations': All alterations are carried out in-house by our seamstress. Fittings usually begin eight to ten weeks before the wedding, and most brides require three fittings.",
    expect: { kind: 'create_article', title: 'Alterations', contains: 'three fittings' },
  },
  {
    business: BRIDE,
    message:
      'Would you be so kind as to create a help page regarding our sample sales. Twice a year, in January and July, we sell ex-sample gowns at up to 60% off; these are sold as seen and cannot be reserved.',
    expect: { kind: 'create_article', title: null, contains: 'sold as seen' },
  },
  {
    business: BRIDE,
    message:
      "The article 'Ordering your gown' requires correction: the deposit is now 50% of the gown price, payable at the time of order.",
    expect: { kind: 'update_article', target: 'Ordering your gown', contains: '50% of the gown price' },
  },
  {
    business: BRIDE,
    message:
      "Could you please add to 'Bridesmaids' that we are able to offer a 10% reduction on orders of five or more bridesmaid dresses.",
    expect: { kind: 'update_article', target: 'Bridesmaids', contains: '10% reduction' },
  },
  {
    business: BRIDE,
    message:
      'Please be advised that the price of a veil fitting in our Services & Fees article has been revised to £45.',
    expect: { kind: 'update_price', target: 'Services & Fees', item: 'veil fitting', price: '£45' },
  },
  {
    business: BRIDE,
    message:
      'We have reviewed our alterations charges and, regrettably, adding a bustle will now cost £95 rather than the previous figure.',
    expect: { kind: 'update_price', target: null, item: 'bustle', price: '£95' },
  },
  {
    business: BRIDE,
    message: "Kindly withdraw the article 'Spring Trunk Show 2024'; the event has concluded.",
    expect: { kind: 'archive_article', target: 'Spring Trunk Show 2024' },
  },
  {
    business: BRIDE,
    message:
      'Should a bride indicate that her wedding is less than eight weeks away, I should like the conversation to be passed to a member of staff, as such cases require particular care.',
    expect: { kind: 'add_escalation_rules', contains: ['less than eight weeks away'] },
  },
  {
    business: BRIDE,
    message:
      'I would wish to be informed personally of any complaint regarding a delayed gown, or of any request for a refund.',
    expect: { kind: 'add_escalation_rules', contains: ['delayed gown', 'request for a refund'] },
  },
  {
    business: BRIDE,
    message:
      'Please ensure that enquiries concerning plus-size sample availability are referred to our senior consultant, Mrs Hargreaves.',
    expect: { kind: 'add_escalation_rules', contains: ['plus-size sample availability'] },
  },
  {
    business: BRIDE,
    message:
      "You may find that customers refer to a 'gown' as a 'dress'; the assistant ought to treat the two words as synonymous.",
    expect: { kind: 'add_synonyms', words: ['gown', 'dress'] },
  },
  {
    business: BRIDE,
    message:
      "The assistant must not, under any circumstances, comment upon a customer's size or figure.",
    expect: { kind: 'add_business_rule', contains: 'size or figure' },
  },
  {
    business: BRIDE,
    message:
      'Please instruct the assistant to refrain from quoting prices for individual designer gowns and instead to invite the customer to book an appointment.',
    expect: { kind: 'add_business_rule', contains: 'refrain from quoting prices' },
  },
  {
    business: BRIDE,
    message:
      "I should be obliged if you could provide a summary of the assistant's performance over this month.",
    expect: { kind: 'analytics', metric: 'summary', days: 30 },
  },
  {
    business: BRIDE,
    message:
      "May I ask how many times customers registered dissatisfaction with the assistant's answers this week?",
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 7 },
  },
  {
    business: BRIDE,
    message: 'I would prefer the assistant to adopt an elegant and courteous tone at all times.',
    expect: { kind: 'set_tone', tone: 'elegant and courteous' },
  },
  {
    business: BRIDE,
    message: 'The assistant shall henceforth be known as Grace.',
    expect: { kind: 'set_agent_name', name: 'Grace' },
  },
  {
    business: BRIDE,
    message: 'Thank you most kindly for your assistance this afternoon.',
    expect: { kind: 'nothing' },
  },
  {
    business: BRIDE,
    message: 'Might you explain how the assistant decides when to refer a customer to a person?',
    expect: { kind: 'nothing' },
  },

  // ───────────── Ferry Lane Brewing — dictating with self-corrections ─────────────
  {
    business: BREW,
    message:
      "Right, okay, description. Ferry Lane Brewing is a microbrewery — no, a microbrewery and taproom — on the harbourside in Bristol. We brew everything on site on a ten barrel kit, and the taproom's open Thursday to Sunday. Full stop. Dogs welcome. That's it.",
    expect: { kind: 'set_context', contains: 'microbrewery and taproom' },
  },
  {
    business: BREW,
    message:
      "New description, scrap the old one. We're a family-run brewery, comma, taproom and bottle shop in Bristol, comma, brewing pale ales and — sorry — pale ales, stouts and sours. Full stop.",
    expect: { kind: 'set_context', contains: 'taproom and bottle shop' },
  },
  {
    business: BREW,
    message: "Fact for the bot. We've got four — no, five — cask lines and twelve keg lines.",
    expect: { kind: 'add_fact', contains: 'twelve keg lines' },
  },
  {
    business: BREW,
    message:
      "People keep emailing to ask if we do food and honestly, no, we've never done food, but there's a pizza van outside every Friday and Saturday, so put that in.",
    expect: { kind: 'add_fact', contains: 'pizza van outside every Friday and Saturday' },
  },
  {
    business: BREW,
    message:
      "Oh, and the taproom is step-free, and there's a — what do you call it — an accessible toilet on the ground floor.",
    expect: { kind: 'add_fact', contains: 'accessible toilet' },
  },
  {
    business: BREW,
    message:
      'New article, title Brewery Tours. Tours run every Saturday at 2pm, sorry, at 1pm and 3pm, last about an hour, and include four tasters and a glass to take home.',
    expect: { kind: 'create_article', title: 'Brewery Tours', contains: 'four tasters' },
  },
  {
    business: BREW,
    message:
      'Make a help page, call it, um, Private Hire. The mezzanine holds up to forty — scratch that — up to fifty people standing, minimum spend applies, and you can bring in your own caterer.',
    expect: { kind: 'create_article', title: 'Private Hire', contains: 'up to fifty people standing' },
  },
  {
    business: BREW,
    message:
      "Stick this up as an article for the people asking about gluten: our Harbour Light lager is brewed with an enzyme that reduces gluten, tested under 20ppm, but we don't label it gluten-free because it goes through the same kit as everything else.",
    expect: { kind: 'create_article', title: null, contains: 'tested under 20ppm' },
  },
  {
    business: BREW,
    message: 'Go into the Opening Hours article and change Sunday to — let me check — noon till eight.',
    expect: { kind: 'update_article', target: 'Opening Hours', contains: 'noon till eight' },
  },
  {
    business: BREW,
    message: 'In Dogs in the Taproom, add: water bowls at the bar and — actually, yeah — free dog biscuits.',
    expect: { kind: 'update_article', target: 'Dogs in the Taproom', contains: 'free dog biscuits' },
  },
  {
    business: BREW,
    message:
      'The tasting flight, the four thirds one, goes up to £9 — no, hang on, £9.50 — from the first of the month.',
    expect: { kind: 'update_price', target: null, item: 'tasting flight', price: '£9.50' },
  },
  {
    business: BREW,
    message: 'In the Brewery Tours article, tour tickets are fifteen now, write it as £15, each.',
    expect: { kind: 'update_price', target: 'Brewery Tours', item: 'tour tickets', price: '£15' },
  },
  {
    business: BREW,
    message: "Take down the Oktoberfest article, that's — yeah, that's done, bin it.",
    expect: { kind: 'archive_article', target: 'Oktoberfest' },
  },
  {
    business: BREW,
    message:
      "Escalation stuff. Anyone asking about wholesale or stocking our beer in their pub, send them to me, that's Tom.",
    expect: { kind: 'add_escalation_rules', contains: ['wholesale', 'stocking our beer'] },
  },
  {
    business: BREW,
    message:
      'If somebody says they got ill after drinking, or they found something in a can, glass or whatever, that goes to a person straight away.',
    expect: { kind: 'add_escalation_rules', contains: ['got ill after drinking', 'found something in a can'] },
  },
  {
    business: BREW,
    message:
      "I want to hear about any — what's it — any event bookings over a thousand quid. Sorry, over a grand.",
    expect: { kind: 'add_escalation_rules', contains: ['event bookings'] },
  },
  {
    business: BREW,
    message:
      'People say growler and they mean the refill bottle — well, we call it a refill — so growler and refill are the same thing.',
    expect: { kind: 'add_synonyms', words: ['growler', 'refill'] },
  },
  {
    business: BREW,
    message:
      "Rule for the bot: don't promise anyone a table, ever, because we're walk-in only unless it's private hire.",
    expect: { kind: 'add_business_rule', contains: "don't promise anyone a table" },
  },
  {
    business: BREW,
    message: 'The bot should always tell people to bring ID, we run Challenge — Challenge 25, yeah.',
    expect: { kind: 'add_business_rule', contains: 'bring ID' },
  },
  {
    business: BREW,
    message: 'How many chats did the bot have this week? Sorry — this month. I mean this month.',
    expect: { kind: 'analytics', metric: 'conversations', days: 30 },
  },
  {
    business: BREW,
    message: 'How many messages came in today, roughly?',
    expect: { kind: 'analytics', metric: 'messages', days: 1 },
  },
  {
    business: BREW,
    message: 'Tone-wise, make it relaxed and friendly, a bit cheeky — not too cheeky.',
    expect: { kind: 'set_tone', tone: 'relaxed and friendly, a bit cheeky' },
  },
  {
    business: BREW,
    message: "Name the bot Hoppy — no, wait, Hoppy's naff — call it Barley.",
    expect: { kind: 'set_agent_name', name: 'Barley' },
  },
  {
    business: BREW,
    message: "Hang on, let me find the price list, I'll come back to you.",
    expect: { kind: 'nothing' },
  },
  {
    business: BREW,
    message: 'Can I undo something if I get it wrong?',
    expect: { kind: 'nothing' },
  },
];
