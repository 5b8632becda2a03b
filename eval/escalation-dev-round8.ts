/**
 * DEV escalation set, round 8. Written in round 8 without reading the agent's code (no reading of
 * src/, test/ or other sets' message lists). This set IS tuned on. Three businesses: a garden centre,
 * an IT support company for small offices and a holiday cottage letting agent. Each has 30 cases
 * weighted toward hard negatives: 4 hand-off requests, 8 messages where a rule (or the business-rules
 * hand-over sentence) applies told in the customer's own words (including an amount below a refund
 * threshold, labelled false), and 18 ordinary customer questions a supervisor would NOT hand over,
 * many of which mention damage, refunds, accidents, injury, theft, complaints, staff names or
 * "someone" in a hypothetical or policy sense.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND8_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: 'Bramblewood Garden Centre',
    businessContext:
      'Bramblewood is an independent garden centre outside Chipping Sodbury selling plants, pots, compost, garden ' +
      'furniture and tools, with a café and a children\'s play area, and local delivery.',
    escalationRules: [
      'Always escalate if a delivered plant, pot or product arrives damaged or dead',
      'complaints about staff or the café',
      'refund requests over £75',
      'anyone mentioning an accident or injury on site, or a child getting hurt',
      'if a customer says a plant or product has poisoned a pet or made someone ill',
    ],
    businessRules:
      'We deliver within 15 miles for £8, free over £100, and hardy plants carry a 12-month guarantee with a receipt. ' +
      'The café is open 9–4. ' +
      'Pass to the duty manager, Colin, if a customer asks about a trade account or an order of more than 50 plants.',
    cases: [
      // Hand-off requests
      { message: 'Could I speak to someone in the shop please?', escalate: true },
      { message: 'please call me back 07700 900116', escalate: true },
      { message: 'manager', escalate: true },
      { message: 'I want to talk to Colin', escalate: true },
      // A rule applies, in the customer's words
      { message: 'The big glazed pot you delivered this morning has a crack right through the rim', escalate: true },
      { message: "The olive tree turned up today and it's nothing but brown crispy leaves, it's dead", escalate: true },
      { message: 'The woman on the till was really rude to my elderly dad today and made him feel stupid', escalate: true },
      { message: 'I want a refund on the £140 garden bench, the slats split after a month', escalate: true },
      { message: "I'd like my £12 back for the lavender that died within a week", escalate: false },
      { message: 'My little boy cut his hand on a broken display in the pond section this afternoon', escalate: true },
      { message: 'Our cat has been sick all evening after chewing the lily we bought from you on Saturday', escalate: true },
      { message: "We're landscaping a new housing development and need about 200 hedging plants, can we set up an account?", escalate: true },
      // Ordinary questions a supervisor would not hand over
      { message: 'What happens if a pot arrives broken?', escalate: false },
      { message: 'Are lilies safe to have in a house with cats?', escalate: false },
      { message: 'Is the path round the outdoor plant area OK for someone with a walking stick?', escalate: false },
      { message: 'How much is delivery to Thornbury?', escalate: false },
      { message: 'Do you have any Japanese maples in stock at the moment?', escalate: false },
      { message: "What's your refund policy if a shrub dies after I've planted it?", escalate: false },
      { message: 'What time does the café stop serving lunch?', escalate: false },
      { message: 'Is Colin working Saturday? He helped me pick roses last time and I would like his advice again.', escalate: false },
      { message: 'Do you sell anything to stop rabbits damaging young plants?', escalate: false },
      { message: 'Which compost is best for blueberries?', escalate: false },
      { message: 'Can someone help me load bags of gravel into my car when I come in?', escalate: false },
      { message: "Is the children's play area fenced off from the car park?", escalate: false },
      { message: 'Do you sell slug pellets that are safe for hedgehogs?', escalate: false },
      { message: 'I bought a rose last year, do I need to keep the receipt for the guarantee?', escalate: false },
      { message: "Can I return unopened bags of bark if I've over-ordered?", escalate: false },
      { message: 'Are your Christmas trees in yet and do you deliver them?', escalate: false },
      { message: 'My hydrangea leaves are going yellow, is that too much water?', escalate: false },
      { message: 'Do you have CCTV in the car park? My friend had her bike stolen at another garden centre.', escalate: false },
    ],
  },
  {
    name: 'Northgate IT Support',
    businessContext:
      'Northgate IT provides remote and on-site IT support to small offices in Reading and Newbury: Microsoft 365 and ' +
      'Google Workspace, laptops, printers, Wi-Fi, backups and security.',
    escalationRules: [
      "Always escalate if a customer thinks they've been hacked or hit by ransomware",
      'complaints about a technician',
      'refund requests over £150',
      'anyone mentioning a data breach, a lost laptop or a stolen device',
      "if a customer says their whole office is offline or they can't trade",
    ],
    businessRules:
      'Support contracts cover remote help on weekdays 8–6; on-site visits are £75 an hour. We set up new users within ' +
      'one working day of a request. ' +
      'Pass to the account manager, Raj, if a customer wants to change or cancel their support contract.',
    cases: [
      // Hand-off requests
      { message: 'Can I get one of your techs to ring me?', escalate: true },
      { message: 'Is there a real person on the support desk I can talk to?', escalate: true },
      { message: 'Put me through to Raj please', escalate: true },
      { message: 'escalate this please', escalate: true },
      // A rule applies, in the customer's words
      { message: "All the files on our shared drive have been renamed to .locked and there's a note demanding bitcoin", escalate: true },
      { message: 'I got an email from my own address saying they have my password, and I can see sign-ins from abroad on my account', escalate: true },
      { message: 'The tech who came on Thursday unplugged the wrong box and then left without telling anyone, we lost half a day', escalate: true },
      { message: "We paid £600 for the new firewall setup and it has never worked properly, we want a refund", escalate: true },
      { message: 'You billed us £40 for a remote session that was just a password reset, can that come off?', escalate: false },
      { message: 'One of our sales team left her work laptop on the train last night, it has client files on it', escalate: true },
      { message: "Nobody in the office can get on the internet or email since 9am, we can't take any orders", escalate: true },
      { message: "We're thinking of ending our contract at renewal and going with another provider", escalate: true },
      // Ordinary questions a supervisor would not hand over
      { message: 'How do I set up an out-of-office in Outlook?', escalate: false },
      { message: 'What would happen if one of our laptops got stolen, can you wipe it remotely?', escalate: false },
      { message: 'Do you offer phishing awareness training for staff?', escalate: false },
      { message: 'How much is an on-site visit?', escalate: false },
      { message: "Can someone come in on Wednesday to set up a new starter's PC?", escalate: false },
      { message: 'Is Raj still our account manager? Just updating our supplier list.', escalate: false },
      { message: "What's the difference between Business Basic and Business Standard in Microsoft 365?", escalate: false },
      { message: 'My printer says offline but everyone else can print fine, what should I try?', escalate: false },
      { message: 'How do I turn on two-factor authentication for my email?', escalate: false },
      { message: 'Do you back up our files automatically or do we need to do that?', escalate: false },
      { message: 'If we ever did get hacked, what does our contract cover?', escalate: false },
      { message: "What's your refund policy if we buy a laptop through you and it turns out faulty?", escalate: false },
      { message: 'Can you recommend a good monitor for a designer, around £250?', escalate: false },
      { message: 'How do I share a calendar with a colleague in Google Workspace?', escalate: false },
      { message: 'Helen from accounts is leaving on Friday, how do we stop her email access after that?', escalate: false },
      { message: 'Is it safe to use café Wi-Fi for work if I have the VPN on?', escalate: false },
      { message: 'What time does the support desk close on Fridays?', escalate: false },
      { message: 'Our Wi-Fi is a bit slow in the back room, would a booster help?', escalate: false },
    ],
  },
  {
    name: 'Fernside Holiday Cottages',
    businessContext:
      'Fernside lets 40 self-catering holiday cottages across north Cornwall on behalf of their owners, handling ' +
      'bookings, payments, key safes and changeover cleaning.',
    escalationRules: [
      "Always escalate if guests are locked out or can't get into the property",
      'complaints about cleanliness or the state of a cottage',
      'refund requests over £250',
      'anyone mentioning a flood, fire, break-in or someone hurt at a property',
      'if a customer says the owner or a neighbour has been hostile or has come into the cottage',
    ],
    businessRules:
      'Check-in is from 4pm and check-out by 10am; balances are due 6 weeks before arrival, and dogs are welcome at ' +
      'cottages marked pet-friendly for £30 a stay. ' +
      'Pass to the bookings manager, Eleanor, if a guest asks to change their dates within 6 weeks of arrival.',
    cases: [
      // Hand-off requests
      { message: "Is there someone I can speak to? We're staying at Curlew Cottage.", escalate: true },
      { message: 'Call me please, 07700 900633', escalate: true },
      { message: 'Can I talk to Eleanor?', escalate: true },
      { message: 'agent please', escalate: true },
      // A rule applies, in the customer's words
      { message: "We're standing outside Kestrel Barn, the key safe code you sent doesn't work and it's getting dark", escalate: true },
      { message: "Just arrived and there's hair in the beds, crumbs everywhere and the oven is filthy", escalate: true },
      { message: 'The whole week was ruined by the damp smell in the bedrooms, we want the £780 back', escalate: true },
      { message: "Can we have the £25 back for the firewood basket? There wasn't one when we arrived.", escalate: false },
      { message: "Water's coming through the bathroom ceiling after last night's storm", escalate: true },
      { message: 'Someone has been in the cottage while we were at the beach, the back door was open and my purse is gone', escalate: true },
      { message: 'The man next door keeps shouting at our kids for playing in the garden and told us to go home', escalate: true },
      { message: 'We arrive on the 12th, three weeks away, is there any way we could move it to the 19th instead?', escalate: true },
      // Ordinary questions a supervisor would not hand over
      { message: 'What time is check-in?', escalate: false },
      { message: 'Is the cottage suitable for someone who uses a wheelchair?', escalate: false },
      { message: 'What happens if we have to cancel because someone falls ill, do you recommend insurance?', escalate: false },
      { message: 'Are dogs allowed at Heron Cottage?', escalate: false },
      { message: 'Is there a fire extinguisher and a smoke alarm in the cottage?', escalate: false },
      { message: 'What if we accidentally break something, do we have to pay for it?', escalate: false },
      { message: 'Is there parking for two cars?', escalate: false },
      { message: 'Does the cottage have Wi-Fi and is it any good?', escalate: false },
      { message: 'Will someone meet us on arrival or is it self check-in?', escalate: false },
      { message: 'Who do I pay the balance to, is it Eleanor?', escalate: false },
      { message: 'Can we book Swallow Cottage for the second week of August?', escalate: false },
      { message: "Is the area prone to flooding in winter? We're thinking of a February stay.", escalate: false },
      { message: "What's your refund policy if a cottage ends up double-booked?", escalate: false },
      { message: 'Is there a cot and a highchair available?', escalate: false },
      { message: 'Could we check out at 11 instead of 10 on the last day?', escalate: false },
      { message: 'Any good pubs within walking distance?', escalate: false },
      { message: 'Does the owner live nearby in case something goes wrong?', escalate: false },
      { message: 'Is there a security deposit for damage and when do we get it back?', escalate: false },
    ],
  },
];
