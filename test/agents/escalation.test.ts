/**
 * Escalation (issue 13, item 5): rules parsed into alternatives, "always escalate if …" lead-ins
 * dropped, business rules that say to escalate honoured, hand-off requests recognised in their
 * common forms, and calm mentions of a person left alone. Floors on the DEV split only; the
 * held-out split is reported by `npm run eval`, never asserted on or tuned against.
 */
import { describe, expect, it } from 'vitest';
import { DEV_ESCALATION } from '../../eval/escalation-dev.ts';
import { classifiedAsEscalation, escalationProbability } from '../../src/agents/escalation-classifier.ts';
import { detectEscalation, effectiveEscalationRules, ruleMatches } from '../../src/agents/escalation.ts';
import { escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { nothingHappened, parseRule, ruleDeclines, settled } from '../../src/agents/escalation-rules.ts';
import { handoffRequest } from '../../src/agents/handoff-request.ts';
import { loadSpelling, oneSlipApart } from '../../src/knowledge/spelling.ts';
import { stem } from '../../src/knowledge/text.ts';

describe('escalation rules', () => {
  it('reads "X or Y" as X or Y, with shared words lent to the short side', () => {
    expect(ruleMatches('Refund requests or chargebacks', 'I filed a chargeback with my bank')).toBe(true);
    expect(ruleMatches('Refund requests or chargebacks', 'I want a refund for the broken kettle')).toBe(true);
    expect(ruleMatches('Cancel or postpone a wedding order', 'Can we postpone the wedding order?')).toBe(true);
    expect(ruleMatches('Cancel or postpone a wedding order', 'I need to cancel the wedding order')).toBe(true);
    expect(ruleMatches('Cancel or postpone a wedding order', 'How do I place a wedding order?')).toBe(false);
    expect(ruleMatches('Complaints about a courier or driver', 'I want to complain about the driver')).toBe(true);
    expect(ruleMatches('Complaints about a courier or driver', 'The driver was lovely')).toBe(false);
  });

  it('does not read a trailing "or <participle>" as a rule of its own', () => {
    const rule = 'accidents or injuries involving a bike we sold or serviced';
    expect(ruleMatches(rule, 'How much is the standard service?')).toBe(false);
    expect(ruleMatches(rule, 'Do new bikes get a free first service?')).toBe(false);
    expect(ruleMatches(rule, 'I got injured when the bike you serviced lost a pedal')).toBe(true);
    expect(ruleMatches(rule, 'I had an injury on a bike I bought from you')).toBe(true);
  });

  it('requires the head of a longer rule, not just 60% of its words', () => {
    expect(ruleMatches('Payment gateway outages', 'The payment gateway outage is still going on')).toBe(true);
    expect(ruleMatches('Payment gateway outages', 'How do I set up the payment gateway?')).toBe(false);
    expect(ruleMatches('cancelling a yearly subscription', 'I am cancelling my yearly subscription')).toBe(true);
    expect(ruleMatches('cancelling a yearly subscription', 'Can I move to a yearly subscription?')).toBe(false);
    expect(ruleMatches('a mistake in a payroll export', 'There is a mistake in the payroll export')).toBe(true);
    expect(ruleMatches('a mistake in a payroll export', 'How do I run a payroll export?')).toBe(false);
  });

  it('drops "always escalate if" and the subject of the condition', () => {
    expect(parseRule('Always escalate if the boiler is leaking gas or sparking').alternatives).toEqual([
      // Words are kept as the shared stemmer's stems (Porter: "gas" becomes "ga").
      { required: [], partial: ['leak', 'gas'].map(stem) },
      { required: [], partial: ['spark'].map(stem) },
    ]);
    expect(ruleMatches('Always escalate if the boiler is leaking gas or sparking', 'My heater is sparking!')).toBe(true);
    expect(ruleMatches('always escalate if the order is over $500', 'My order of $800 is late')).toBe(true);
    expect(ruleMatches('always escalate if the order is over $500', 'My order of $80 is late')).toBe(false);
  });

  it('honours business rules that say to escalate, and ignores the others', () => {
    const businessRules =
      'Never promise a delivery date. If a customer mentions a gas smell, escalate to a human. Bulk orders over $2000 must be handed over to the sales team. Do not escalate questions about opening hours.';
    expect(escalatingBusinessRules(businessRules)).toEqual(['a customer mentions a gas smell', 'Bulk orders over $2000']);
    const rules = effectiveEscalationRules({ escalationRules: ['legal issues'], businessRules });
    expect(detectEscalation('There is a gas smell near the meter', rules)?.kind).toBe('rule_matched');
    expect(detectEscalation('I want to place a bulk order of $5,000', rules)?.kind).toBe('rule_matched');
    expect(detectEscalation('What are your opening hours?', rules)).toBeUndefined();
  });
});

describe('hand-off requests', () => {
  it.each([
    'Is there someone I can talk to?',
    'connect me please',
    'Can you call me back tomorrow?',
    'Put me through to sales',
    'manager',
    'Supervisor!',
    'human please',
    'Could somebody give me a ring?',
    'I want a real person',
    'Let me speak to your boss',
    'Is anybody available to help?',
    'I need a human right now',
    'We want a manager to look at this',
  ])('recognises %j', (message) => {
    expect(handoffRequest(message)).toBeDefined();
  });

  it.each([
    'Will someone be home to sign for the parcel?',
    'Is the manager of the shop the same as the owner?',
    'Please call me Jo, not Joanna.',
    'Can you put me on the mailing list?',
    'How do I connect my printer?',
    'Are you a real person?',
    'Does a person need to be present for delivery?',
    'Thanks, your staff were great!',
    'I need a person to sign for the parcel',
    'I want the agent to stop repeating itself',
  ])('leaves the calm mention %j alone', (message) => {
    expect(detectEscalation(message, [])).toBeUndefined();
  });
});

describe('dev split', () => {
  it('escalates with at least 90% precision and recall on the dev business', () => {
    const rules = effectiveEscalationRules(DEV_ESCALATION);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of DEV_ESCALATION.cases) {
      const escalated = detectEscalation(c.message, rules) !== undefined;
      if (escalated && c.escalate) tp++;
      else if (escalated) fp++;
      else if (c.escalate) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('situations told by what happened (round 6)', () => {
  it('matches a rule naming a situation when the customer describes it in other words', () => {
    expect(ruleMatches('a child hurt at the club', 'My son tripped at the club and his ankle has swollen up')).toBe(true);
    expect(ruleMatches('an injured guest', 'a guest fell down the stairs by the bar and is bleeding')).toBe(true);
    expect(ruleMatches('a charger that caught fire or overheated', 'the charger you sold me started smoking on the desk')).toBe(true);
    expect(ruleMatches('refund requests over £100', 'We paid £240 for the course and want all of it back.')).toBe(true);
    expect(ruleMatches('refund requests over £100', 'We paid £40 for the course and want it back.')).toBe(false);
    expect(ruleMatches('safeguarding concerns about a coach', 'a coach keeps sending private messages to my daughter')).toBe(true);
  });

  it('reads "a lawyer or legal action" as two situations, and a solicitor as a lawyer', () => {
    expect(parseRule('always escalate if someone mentions a lawyer or legal action').alternatives.map((a) => a.required.concat(a.partial))).toEqual([
      ['lawyer'],
      // "legal action" is read as one word, "legal" (text.ts), like "legal proceedings".
      [stem('legal')],
    ]);
    expect(ruleMatches('customer threatens legal action', "I'm going to report you to trading standards")).toBe(true);
    expect(ruleMatches('always escalate if someone mentions a lawyer or legal action', "If this isn't sorted my solicitor will be in touch")).toBe(true);
    expect(ruleMatches('mentions of a lawyer or solicitor', "I'm a solicitor, so I can only come in on Saturdays. When are you open?")).toBe(false);
  });

  it('leaves calm messages that share a situation word alone', () => {
    expect(ruleMatches('a customer saying we lost their parcel', 'I lost my receipt, can I still return it?')).toBe(false);
    expect(ruleMatches('a child hurt at the club', 'Is the club suitable for a 6 year old?')).toBe(false);
    expect(ruleMatches('a charger that caught fire or overheated', 'Does the charger work with a fireplace timer?')).toBe(false);
    expect(ruleMatches('a charger that caught fire or overheated', 'My charger is a bit loose, not on fire or anything. Can you swap it?')).toBe(false);
  });

  it('reads "… on the site" as where it happens, not a word the customer must repeat', () => {
    const rule = 'Escalate to a human if someone is injured or there is a fire on the site';
    expect(ruleMatches(rule, 'my daughter fell off the swing and her knee is bleeding')).toBe(true);
    expect(ruleMatches(rule, 'the caravan two pitches down is on fire!')).toBe(true);
  });

  it('needs a fire to be happening, and an injury to be happening, not one named in passing', () => {
    const rule = 'a fire or someone injured at the gym';
    expect(ruleMatches(rule, 'Is there a fire exit by the changing rooms?')).toBe(false);
    expect(ruleMatches(rule, 'Can I freeze my membership while I recover from an injury?')).toBe(false);
    expect(ruleMatches(rule, 'What happens to my booking if I get injured?')).toBe(false);
    expect(ruleMatches(rule, 'Someone dropped a weight on his foot and he is bleeding')).toBe(true);
  });

  it('does not read "do I need to speak to someone to…" as a request for a person', () => {
    expect(handoffRequest('Do I need to speak to someone at reception to change my class, or can I do it online?')).toBeUndefined();
    expect(handoffRequest('Can I speak to someone at reception?')).toBe('talk-to-person');
  });
});

describe('round 6, fresh dev escalation sets', () => {
  it.each([
    'Is there a duty manager I can talk to?',
    'is there someone I can actually talk to about the booking, a person not a bot',
    "I'd rather deal with a person than a chatbot if that's alright.",
    "I'd prefer to sort this out with a member of staff directly.",
    'Can I talk to the groomer who did my dog last week?',
    'Could I be put through to a supervisor?',
    'I want to speak to customer services, not a bot',
  ])('recognises the hand-off request %j', (message) => {
    expect(handoffRequest(message)).toBeDefined();
  });

  it('reads situations told in the customer words: refunds, theft, pests, data, medication, safeguarding, reactions', () => {
    expect(ruleMatches('refund requests over £150', 'We left a day early and I want the £240 for that night back.')).toBe(true);
    expect(ruleMatches('anything involving theft from a room', 'my phone has been taken from our room while we were at dinner')).toBe(true);
    expect(ruleMatches('guests reporting bed bugs', 'there are bites all over my legs and a bug in the sheets')).toBe(true);
    expect(ruleMatches('a data breach', "your email has someone else's order on it, with their address")).toBe(true);
    expect(ruleMatches('a medication mistake', 'her inhaler was given twice this afternoon')).toBe(true);
    expect(ruleMatches('safeguarding concerns, no exceptions', 'a man at the club told my son to keep it a secret')).toBe(true);
    expect(ruleMatches('allergic reactions from the restaurant', 'after the curry his lips started swelling and he had to use his epipen')).toBe(true);
  });

  it('leaves questions that only name a situation alone', () => {
    expect(ruleMatches('allergic reactions from the restaurant', 'Do you cater for nut allergies? My son is allergic.')).toBe(false);
    expect(ruleMatches('a guest injured on the premises', 'Do you cater for nut allergies? My son is allergic.')).toBe(false);
    expect(ruleMatches('guests reporting bed bugs', 'Is the bed a double?')).toBe(false);
    expect(ruleMatches('Complaints about housekeeping or the night porter', 'Does the night porter serve drinks after the bar closes?')).toBe(false);
    expect(ruleMatches('a medication mistake', 'Can staff give my son his inhaler at lunch?')).toBe(false);
  });

  it('scores at least 55% recall and 80% precision on each round-6 dev escalation business', async () => {
    const { ROUND6_ESCALATION_DEV } = await import('../../eval/escalation-dev-round6.ts');
    for (const business of ROUND6_ESCALATION_DEV) {
      const rules = effectiveEscalationRules({ escalationRules: business.escalationRules, businessRules: business.businessRules });
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const c of business.cases) {
        const escalated = detectEscalation(c.message, rules) !== undefined;
        if (escalated && c.escalate) tp++;
        else if (escalated) fp++;
        else if (c.escalate) fn++;
      }
      expect(tp / (tp + fn), business.name).toBeGreaterThanOrEqual(0.55);
      expect(tp / (tp + fp), business.name).toBeGreaterThanOrEqual(0.8);
    }
  });
});

describe('round 6: complaints about staff, legal threats and concerns that are raised', () => {
  const complaints = 'Complaints about the groomers or the receptionist';
  it('meets a complaints rule with a complaint told by what a member of staff did', () => {
    expect(ruleMatches(complaints, 'The woman who washed my dog was really rude and rolled her eyes at me.')).toBe(true);
    expect(ruleMatches(complaints, 'Priya keeps ignoring what I tell her about his allergies.')).toBe(true);
    expect(ruleMatches(complaints, 'The lady on the desk was lovely and not rude at all, thank you!')).toBe(false);
    expect(ruleMatches(complaints, 'Is the receptionist in on Saturday?')).toBe(false);
  });

  it('needs legal action threatened, not a lawyer mentioned', () => {
    const legal = 'always escalate if someone mentions a lawyer or legal action';
    expect(ruleMatches(legal, "If this isn't sorted my solicitor will be in touch.")).toBe(true);
    expect(ruleMatches(legal, "I'm passing this to my lawyer.")).toBe(true);
    expect(ruleMatches(legal, 'I will be taking you to small claims over this.')).toBe(true);
    expect(ruleMatches(legal, "My solicitor's office is next door, can I leave the keys there?")).toBe(false);
    expect(ruleMatches(legal, 'Do you have a legal template for invoices?')).toBe(false);
  });

  it('needs a safeguarding concern raised, not the policy asked for', () => {
    expect(ruleMatches('safeguarding concerns', 'Could you send me a copy of your safeguarding policy?')).toBe(false);
    expect(ruleMatches('safeguarding concerns', 'I have a safeguarding concern about one of the coaches.')).toBe(true);
  });
});

describe('round 6: nouns complete on their own, examples, and the business own things', () => {
  it('reads "allergies or a medication mistake" as two situations', () => {
    const rule = 'anything involving allergies or a medication mistake';
    expect(ruleMatches(rule, 'She had milk at lunch although she is dairy free, and her lips swelled up.')).toBe(true);
    expect(ruleMatches(rule, 'He was given his inhaler twice before lunch.')).toBe(true);
  });

  it('drops an example introduced by "such as" from what a message must hold', () => {
    const [rule] = escalatingBusinessRules("Hand over to a manager if a customer reports a data breach, such as being sent someone else's invoice.");
    expect(ruleMatches(rule!, "Your email has someone else's order on it, with their address.")).toBe(true);
  });

  it('does not need the business own things named: "hurt by one of our products"', () => {
    const rule = 'always escalate if someone got hurt by one of our products (tipping over, collapsing, etc)';
    expect(ruleMatches(rule, 'The stool gave way and my dad has hurt his wrist.')).toBe(true);
    expect(ruleMatches(rule, 'Is the stool sturdy enough for a heavy person?')).toBe(false);
  });
});

describe('round 7: damage, failures, kinds of thing, who it happened to', () => {
  it('reads harm done to the customer things by the business, in the customer words', () => {
    const car = "damage to a customer's car while it was with us";
    expect(ruleMatches(car, 'your lad reversed my van into the post by the gate, i watched him do it')).toBe(true);
    expect(ruleMatches(car, 'Collected my car and there is a long scratch down the door that was NOT there when I dropped it off.')).toBe(true);
    const home = "Damage to the customer's home by our delivery team";
    expect(ruleMatches(home, 'Your delivery guys gouged a chunk out of my hallway wall carrying the wardrobe up the stairs.')).toBe(true);
    expect(ruleMatches('Damage claims over $200', 'The TV arrived smashed, I am claiming $650 for the damage.')).toBe(true);
  });

  it('leaves damage the customer did, or asks about, alone', () => {
    const rule = 'a customer saying we lost or damaged their device';
    expect(ruleMatches(rule, 'how much to fix a cracked screen on an iphone 13?')).toBe(false);
    expect(ruleMatches(rule, 'I dropped my phone again and cracked the new screen you fitted. Is that under warranty?')).toBe(false);
    // "you" asking for a repair is not "you" doing the damage.
    expect(ruleMatches(rule, 'Can you replace the cracked screen on my iPad Air?')).toBe(false);
    expect(ruleMatches(rule, 'You have scratched the back of my laptop, it was fine when I brought it in')).toBe(true);
    expect(ruleMatches("damage to a customer's car while it was with us", "There's a small dent on my rear bumper already, can you quote for fixing it?")).toBe(false);
  });

  it('still reads the word "damage" as written ("my damage deposit")', () => {
    expect(ruleMatches('disputes about damage charges over £300', 'You kept £350 of my damage deposit and I dispute that charge.')).toBe(true);
  });

  it('drops "after we worked on it" and reads a failure told in other words', () => {
    const [rule] = escalatingBusinessRules('Hand over to the workshop manager if a customer says their brakes failed after we worked on the car.');
    expect(rule).toBeDefined();
    expect(ruleMatches(rule!, 'Brakes went completely on the dual carriageway this morning, two days after you replaced the pads.')).toBe(true);
    expect(ruleMatches(rule!, 'How often should brake pads be replaced?')).toBe(false);
  });

  it('reads a claim over an amount as the money asked for, and keeps "small claims" whole', () => {
    const warranty = 'warranty claims over £300';
    expect(ruleMatches(warranty, "The clutch you fitted is slipping again and I've been quoted £480 to replace it. It should be under your warranty.")).toBe(true);
    expect(ruleMatches(warranty, 'The clamp you replaced is rattling. It was only £35, can you look at it under the warranty?')).toBe(false);
    const legal = 'Always escalate if someone mentions a solicitor, court, trading standards or small claims';
    expect(ruleMatches(legal, "There's a small dent on my bumper, can you quote for it?")).toBe(false);
  });

  it('matches a thing of the same kind as the rule names, and stuff taken from it', () => {
    const rule = 'anything involving a car going missing or stuff stolen from a car';
    expect(ruleMatches(rule, 'My sat nav and a bag of tools were taken out of the van while it was parked in your yard overnight.')).toBe(true);
    expect(ruleMatches(rule, 'Can you fit a new car stereo? The old one was stolen last year.')).toBe(false);
  });

  it('does not need the child named as a child, and leaves an injury at home alone', () => {
    const rule = 'Any injury to a child while in our care';
    expect(ruleMatches(rule, 'Picked up Alfie tonight and he has a big bruise and a bump on his forehead, nobody mentioned it.')).toBe(true);
    expect(ruleMatches(rule, "Just so you know, he fell over in the garden at home at the weekend so he's got a graze on his knee. He's fine!")).toBe(false);
  });
});

describe('round 7: who it happened to, dropped after the rule is split', () => {
  it('keeps "a child hurt or taken ill" as two situations, either of which is enough', () => {
    const rule = 'a child hurt or taken ill at the pool';
    expect(ruleMatches(rule, 'My daughter slipped on the steps coming out of the pool and her wrist is really swollen this morning.')).toBe(true);
    expect(ruleMatches(rule, 'My son was sick twice after his lesson and is really unwell.')).toBe(true);
    expect(parseRule(rule).alternatives.map((a) => [...a.required, ...a.partial])).not.toContainEqual([stem('hurt'), stem('ill')]);
  });
});

describe('round 7: disputes, slang, accidents and the business own things (configure-by-chat probe 3)', () => {
  it('reads a charge refused as a dispute, every penny back as a refund, "nicked" as stolen', () => {
    expect(ruleMatches('invoice disputes over £100', "This month's invoice charges us £340 for jobs we never booked, I'm not paying that")).toBe(true);
    expect(ruleMatches('invoice disputes over £100', 'When do you send out the invoice on a business account?')).toBe(false);
    expect(ruleMatches('anyone asks for a refund over £200', 'We paid £520 and they were the wrong colour. I want every penny of it back.')).toBe(true);
    expect(ruleMatches('a parcel was stolen', "Tracking says delivered but there's nothing on my doorstep. Someone's nicked it.")).toBe(true);
  });

  it('reads "knocked off his bike" as an accident, and "to avoid accidents" as none', () => {
    const rule = 'one of our riders has been in a road accident';
    expect(ruleMatches(rule, "Your rider just got knocked off his bike by a van outside my shop, he's holding his arm")).toBe(true);
    expect(ruleMatches(rule, 'Just curious, do your riders wear hi-vis to avoid accidents at night?')).toBe(false);
  });

  it('drops "to our flowers" and meets flowers by the kind of flower', () => {
    expect(ruleMatches('someone has an allergic reaction to our flowers', "She held the lily bouquet and now her eyes have swollen shut and she can't stop sneezing")).toBe(true);
    const wilted = 'the flowers arrive wilted or damaged';
    expect(ruleMatches(wilted, 'The bouquets turned up this morning and half the roses are drooping, the ceremony is in 3 hours!')).toBe(true);
    expect(ruleMatches(wilted, 'Just wondering, can flowers get damaged by frost if our wedding is in December?')).toBe(false);
  });
});

describe('round 7: a loss asked about is no loss', () => {
  it('leaves "what if it gets lost in the post?" alone, and still reads a loss that happened', () => {
    const rule = 'a customer saying we lost or damaged their device';
    expect(ruleMatches(rule, 'Do I have to pay to post my phone to you? And what if it gets lost in the post?')).toBe(false);
    expect(ruleMatches(rule, 'I posted my MacBook to you, tracking says you signed for it, and now nobody at your end can find it.')).toBe(true);
  });
});

describe('round 7: the fitted escalation layer', () => {
  it('hands over a situation told in words no rule names, for a business with escalation rules', () => {
    const message = 'Picked my boy up tonight and he had a big bruise on his head, nobody told me anything and there was no accident form.';
    const rules = ['complaints about opening hours'];
    expect(rules.some((r) => ruleMatches(r, message))).toBe(false);
    expect(classifiedAsEscalation(message, rules)).toBe(true);
    expect(detectEscalation(message, rules)?.kind).toBe('classified');
  });

  it('never speaks for a business without escalation rules, and leaves ordinary questions alone', () => {
    const message = 'Picked my boy up tonight and he had a big bruise on his head, nobody told me anything and there was no accident form.';
    expect(detectEscalation(message, [])).toBeUndefined();
    const rules = ['complaints about a teacher', 'refund requests over £100'];
    for (const question of ['How much is a term of lessons?', 'What time do you open on Saturdays?', 'Can I pay by bank transfer?', 'Do you deliver to Leeds?']) {
      expect(classifiedAsEscalation(question, rules)).toBe(false);
    }
  });

  it('is data fitted on dev material: a threshold between 0 and 1 and a weight table', () => {
    const rules = ['damage to a customer\'s property'];
    expect(escalationProbability('How much is a term of lessons?', rules)).toBeLessThan(0.5);
    expect(escalationProbability("Your driver reversed into my car and drove off, I want this sorted now", rules)).toBeGreaterThan(0.5);
  });

  it('round 12: weighs a message by what it shares with the rules in force', () => {
    const message = 'The plumber left a wet patch on our ceiling and the paint is ruined.';
    const about = ['damage to a ceiling, carpet or paint work caused by our plumber'];
    const elsewhere = ['invoices over £500', 'press enquiries'];
    expect(escalationProbability(message, about)).toBeGreaterThan(escalationProbability(message, elsewhere));
  });
});

describe('round 7: who a harm happened to, not who is the matter itself', () => {
  it('keeps the child in "a lost or missing child" and "locked out with a child inside"', () => {
    expect(ruleMatches('Anyone mentioning a lost or missing child', 'What happens if I lose my wristband over the weekend?')).toBe(false);
    expect(ruleMatches('Anyone mentioning a lost or missing child', "We can't find our daughter anywhere near the main stage, she's 6")).toBe(true);
    const locked = "Always escalate if someone is locked out and there's a child, vulnerable person or pet inside";
    expect(ruleMatches(locked, 'Your engineer did a great job last month - can I book him again for some window locks?')).toBe(false);
    expect(ruleMatches(locked, "I'm locked out and my toddler is inside on her own, please hurry")).toBe(true);
  });

  it('leaves burglaries of last year alone', () => {
    expect(ruleMatches('anyone mentioning a break-in, burglary or the police', "After the burglaries on our street last year I'm thinking of upgrading - what do anti-snap cylinders cost?")).toBe(false);
    expect(ruleMatches('anyone mentioning a break-in, burglary or the police', 'We were burgled last night and the back door lock is smashed')).toBe(true);
  });

  it('reads "Pass to the duty manager, Colin, if …" as the situation after "if" (round 8 dev)', () => {
    const rules = escalatingBusinessRules('We deliver within 15 miles. Pass to the duty manager, Colin, if a customer asks about a trade account.');
    expect(rules).toEqual(['a customer asks about a trade account']);
    expect(ruleMatches(rules[0]!, 'Could we open a trade account with you? We buy a lot for our landscaping jobs.')).toBe(true);
    expect(escalatingBusinessRules('Pass to Jess, the owner, if a booking is for an adult event.')).toEqual(['a booking is for an adult event']);
  });

  it('asks for a person by name, or for a call outright (round 8 dev)', () => {
    expect(handoffRequest('I want to talk to Colin')).toBe('talk-to-name');
    expect(handoffRequest('Can I speak with Eleanor please?')).toBe('talk-to-name');
    expect(handoffRequest('Call me please, 07700 900633')).toBe('call-me');
    expect(handoffRequest('I talked to Colin yesterday and he said it would be fine')).toBeUndefined();
    expect(handoffRequest('Please call me Sam, not Samantha')).toBeUndefined();
  });

  it('reads a crack, a laptop left on a train and a filthy cottage as what the rules name (round 8 dev)', () => {
    expect(ruleMatches('Always escalate if a delivered pot arrives damaged', 'The big glazed pot you delivered has a crack right through the rim')).toBe(true);
    expect(ruleMatches('anyone mentioning a data breach, a lost laptop or a stolen device', 'Our sales rep left her work laptop on the train last night')).toBe(true);
    expect(ruleMatches('complaints about cleanliness or the state of a cottage', 'Just arrived and the oven is filthy and there is hair in the beds')).toBe(true);
    expect(ruleMatches('complaints about cleanliness or the state of a cottage', 'Do you clean the cottage between guests?')).toBe(false);
  });

  it('leaves a one-sentence question about what would happen alone (round 8 dev)', () => {
    expect(ruleMatches('anyone mentioning a data breach, a lost laptop or a stolen device', 'What would happen if one of our laptops got stolen, can you wipe it remotely?')).toBe(false);
    expect(ruleMatches('if a customer says a plant has poisoned a pet', 'Are lilies safe to have in a house with cats?')).toBe(false);
    expect(ruleMatches('anyone mentioning a data breach, a lost laptop or a stolen device', 'Our laptop got stolen from the office last night. What happens now?')).toBe(true);
  });

  it('meets "their car" by a part of it, and drops where a harm happened (probe 4)', () => {
    expect(ruleMatches('a customer says we damaged their car', 'Your valeter scratched my bonnet yesterday')).toBe(true);
    expect(ruleMatches('a customer says we damaged their car', 'Do you polish the bonnet as part of the full valet?')).toBe(false);
    expect(ruleMatches('someone got injured at the theatre', 'I slipped on the stairs in your foyer last night and my ankle is badly swollen')).toBe(true);
    expect(ruleMatches('one of our riders has been in a road accident', 'Is the road outside the theatre busy at night?')).toBe(false);
  });

  it('reads "- pass to a person" as who it goes to, and "projects or tasks have vanished" as two subjects of one predicate (round 8 dev)', () => {
    const rule = 'customer says projects or tasks have vanished or were deleted by mistake - pass to a person';
    expect(ruleMatches(rule, 'Is there a limit on how many custom fields one project can have?')).toBe(false);
    expect(ruleMatches(rule, 'exported a project to CSV but none of the comments are in it??')).toBe(false);
    expect(ruleMatches(rule, 'All our projects have vanished from the dashboard this morning')).toBe(true);
    expect(ruleMatches(rule, 'one of my team deleted our whole project by accident this morning')).toBe(true);
    expect(ruleMatches('Any dispute about money kept back from a tent hire deposit -> staff member', 'Do staff check the tent when I bring it back?')).toBe(false);
  });

  it('reads an account taken over by what the customer saw, not a forgotten password (round 8 dev)', () => {
    const rule = 'always escalate if a customer thinks their account has been hacked or taken over by someone else';
    expect(ruleMatches(rule, "someone logged into my account from overseas last night and changed my email. I can't get back in")).toBe(true);
    expect(ruleMatches(rule, 'I forgot my password, how do I reset it?')).toBe(false);
    expect(ruleMatches(rule, "I lost my phone and can't log in with 2FA, what now?")).toBe(false);
    expect(ruleMatches(rule, 'If we ever did get hacked, what does our contract cover?')).toBe(false);
    expect(ruleMatches(rule, 'Is there anything else I should set up on the account?')).toBe(false);
  });

  it('reads "anything knocked off" as a discount and "sick of working from home" as no complaint (round 8 dev)', () => {
    expect(ruleMatches('customer says their pet was harmed because of an operation we did', 'Do we get anything knocked off the op on the health plan?')).toBe(false);
    expect(detectEscalation("Sick of working from my kitchen table. What's a hot desk cost?", ['refund requests over £100'])).toBeUndefined();
    expect(detectEscalation('I am sick of waiting for a reply to my emails', [])?.kind).toBe('frustration');
  });

  it('leaves "Does X cover Y?" and "Who deals with …?" alone: policy questions (round 8)', () => {
    expect(ruleMatches('customer says a hire car was damaged', 'Does excess protection cover a cracked windscreen?')).toBe(false);
    expect(ruleMatches('damage claims', 'Who deals with damage claims?')).toBe(false);
    expect(ruleMatches('customer says a hire car was damaged', 'Someone reversed into the hire car and the bumper is dented. Does the excess protection cover it?')).toBe(true);
  });
});

describe('round 9 dev: business-rule hand-overs, hand-off forms, thresholds and situations', () => {
  it('reads "Send to Farah … when", "Maya handles …; hand those over", and not "can be transferred to another retreat"', () => {
    expect(escalatingBusinessRules('Send to Farah, our superintendent pharmacist, when a delivery was left somewhere unsafe.')).toEqual(['a delivery was left somewhere unsafe']);
    expect(escalatingBusinessRules("Maya handles anything about a guest's health conditions or pregnancy; hand those over.")).toEqual(["a guest's health conditions or pregnancy"]);
    expect(escalatingBusinessRules('Deposits can be transferred to another retreat up to 60 days before it starts. We send to UK addresses only.')).toEqual([]);
    expect(ruleMatches("a guest's health conditions or pregnancy", "I'm 14 weeks pregnant. Is it still okay for me to come?")).toBe(true);
  });

  it('hears a person asked for by name, by a trade role alone, on the phone, or "anyone I can ring"', () => {
    expect(handoffRequest('Is Maya available? She taught me last year.')).toBeDefined();
    expect(handoffRequest('Is Tom there?')).toBeDefined();
    expect(handoffRequest('Is Tom in on Saturday?')).toBeUndefined();
    expect(handoffRequest('pharmacist')).toBeDefined();
    expect(handoffRequest("Can I get a person on the phone? It's about my mum's tablets.")).toBeDefined();
    expect(handoffRequest('Is there anyone I can ring about this?')).toBeDefined();
    expect(handoffRequest('is there a human i can message')).toBeDefined();
    expect(handoffRequest('Will the engineer ring before he arrives?')).toBeUndefined();
  });

  it('lets an amount under a rule threshold keep the message with the agent, whatever the fitted layer reads', () => {
    const rules = ['refund requests over £150'];
    const message = 'The £60 massage add-on never happened because the therapist was off sick. Could I have that back please?';
    expect(detectEscalation(message, rules)).toBeUndefined();
    expect(detectEscalation('The £400 retreat was cancelled on us. Could I have that back please?', rules)?.kind).toBe('rule_matched');
  });

  it('reads side effects, a pulled muscle, "get out of this contract", cables ripped up and "scared to drive" (round 9 dev)', () => {
    expect(ruleMatches('side effects / allergic reactions', "I've felt dizzy and sick every day since you switched my tablets to the new brand.")).toBe(true);
    expect(ruleMatches('side effects / allergic reactions', 'Are there any side effects I should know about with this?')).toBe(false);
    expect(ruleMatches('Any injury on a retreat', "I pulled something in my lower back in Tuesday's class and I'm still in a lot of pain.")).toBe(true);
    expect(ruleMatches('Anything to do with cancelling a contract or leaving us', 'How do I get out of this contract?')).toBe(true);
    expect(ruleMatches('a customer reports that cables or a street cabinet have been damaged', 'A digger has ripped up the cables at the end of Mill Lane.')).toBe(true);
    expect(ruleMatches('a customer reports that cables or a street cabinet have been damaged', 'Can I have a longer cable for the router?')).toBe(false);
    expect(ruleMatches('a car that is unsafe to drive after a service', "Since you serviced it the steering shakes. I'm scared to drive it.")).toBe(true);
    expect(ruleMatches('Always escalate if a customer says their car was damaged while it was with us', "What's your policy if a car gets damaged in your car park? Just asking before I book.")).toBe(false);
  });
});

describe('round 9 dev: lists inside a rule', () => {
  const rule = 'always escalate if a customer reports sudden loss of vision, an eye injury or a painful red eye after using lenses or glasses from us';
  it('keeps "lenses or glasses" inside the situation they qualify, and a listed item with its own article whole', () => {
    expect(ruleMatches(rule, "Is there a student discount on glasses? I'm at Bath Uni")).toBe(false);
    expect(ruleMatches(rule, 'My eye is red and really painful since I started wearing the new glasses')).toBe(true);
    expect(ruleMatches(rule, 'I got poked in the eye at work and now I have an eye injury')).toBe(true);
  });

  it('lends the shared words to the last noun of "a vet, nurse or receptionist"', () => {
    expect(ruleMatches('complaints about a vet, nurse or receptionist', 'Which receptionist is on duty on Saturday?')).toBe(false);
    expect(ruleMatches('complaints about a vet, nurse or receptionist', 'I want to complain about the receptionist this morning')).toBe(true);
  });
});

describe('round 9: more of the ways people ask for a person', () => {
  it.each([
    'Can I get a callback?', "I'd like a callback please", 'Who can I speak to about this?', 'Can someone get back to me?', 'Transfer to agent',
    'Could I have a quick word with someone?', 'Can you pass this on to someone who can help?', 'Can a person email me back?', 'Can you get a manager',
    'not a bot please', 'Can I ring someone?', 'Does anyone there actually read these? I need help from a person', 'can i talk 2 some1', 'connect to human',
    "I'd like to be contacted by phone", 'send someone to call me', 'Please get in touch with me by phone', 'Can we arrange a call?',
  ])('hears "%s"', (message) => {
    expect(handoffRequest(message)).toBeDefined();
  });

  it.each([
    'Will someone be home to sign for the parcel?', 'Is someone available to help carry bags to the car?', 'Can I book a call back slot for my boiler service?',
    'Can I get back a note I deleted last week?', 'how long does the eye test take? got to get back to work', 'Does the engineer call before he arrives?',
    'Who is the manager of the Leeds branch? I want to send a thank you card', "What's your phone number?",
  ])('leaves "%s" alone', (message) => {
    expect(handoffRequest(message)).toBeUndefined();
  });
});

describe('round 9: situations told the common ways (cancelling, moving a date, complaints, charges)', () => {
  it.each([
    ['Always escalate if a customer wants to cancel their booking', "We can't make it any more, please cancel"],
    ['Always escalate if a customer wants to cancel their booking', "We won't be able to go ahead with the booking in June"],
    ['Always escalate if a customer wants to cancel their booking', 'Can we call the whole thing off?'],
    ['customers who want to postpone or move their event', 'Could we push the party back to September?'],
    ['complaints about the food', 'The food was cold and tasteless, really disappointing'],
    ['complaints about a cleaner', 'The cleaner missed half the rooms and left the bathroom filthy'],
    ['refund requests over £100', 'Can you credit the £180 back to my card?'],
    ['anyone reporting their item was stolen', 'Someone nicked my bike from outside your shop'],
    ['a customer says they were charged twice', "I've been billed two times for the same order"],
    ['a customer says they were charged twice', 'There are two identical payments on my statement'],
    ['any injury at the venue', 'I twisted my ankle on your steps'],
    ['damage to a customer property', 'The movers put a hole in our wall'],
    ['lost items', "I left my coat in the changing room and it's not there now"],
    ['customer threatens legal action', "I'll be taking this further with my solicitor"],
    ['food poisoning', 'We were all up all night being sick after eating there'],
    ['anyone wanting to cancel their subscription or membership', 'please end my subscription at the end of the month'],
  ])('"%s" holds for "%s"', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    ['Always escalate if a customer wants to cancel their booking', 'What is your cancellation policy?'],
    ['Always escalate if a customer wants to cancel their booking', 'Is there a fee if I pull out of a class at the last minute?'],
    ['customers who want to postpone or move their event', "We're moving house next month, can you post the invitations to our new address?"],
    ['complaints about the food', 'Is the food gluten free?'],
    ['complaints about the food', "I'm sure we won't be disappointed, the food looks amazing"],
    ['a customer says they were charged twice', 'Do you charge extra for weekend delivery?'],
    ['anyone wanting to cancel their subscription or membership', 'How do I pause my membership?'],
  ])('"%s" does not hold for "%s"', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });
});

describe('round 10 dev: someone named for a kind of case, and situations told the common ways', () => {
  it('reads a business rule that names who takes a kind of case as a hand-over for those cases', () => {
    expect(escalatingBusinessRules('Sessions are 45 minutes. Any case involving a child under 16 goes to Dr Priya Nandra, our paediatric lead.')).toEqual(['Any case involving a child']);
    expect(escalatingBusinessRules('Gareth Pryce looks after every business on the leased-line plan.')).toEqual(['every business on the leased-line plan']);
    expect(escalatingBusinessRules('Group bookings of three or more vans are handled by Morag at the depot.')).toEqual(['Group bookings of vans']);
    expect(escalatingBusinessRules("If it's a trade or interior designer account, Helena Ross is the one to speak to.")).toEqual(["it's a trade or interior designer account"]);
    // Places, and "call us", are not someone who takes cases.
    expect(escalatingBusinessRules('Orders go to Scotland by courier. Delivery takes 2 weeks. For anything else, call us.')).toEqual([]);
    const rules = effectiveEscalationRules({ escalationRules: [], businessRules: 'Any case involving a child under 16 goes to Dr Priya Nandra, our paediatric lead.' });
    expect(detectEscalation("My daughter's 12 and keeps getting pain in her heel after netball. Could someone have a look at her?", rules)).toBeDefined();
    expect(detectEscalation('How long is a sports massage?', rules)).toBeUndefined();
  });

  it('hears a collision, a lawyer asking for a report, furniture giving way, the wrong thing sent and a crew that never came', () => {
    expect(ruleMatches("the van's broken down, been in a crash or they're stuck somewhere", 'Someone reversed into us in the car park and smashed the back light. What do we do now?')).toBe(true);
    expect(ruleMatches('solicitor or medico-legal reports', 'My lawyer needs a written summary of the treatment for my whiplash, for the claim.')).toBe(true);
    expect(ruleMatches('wobbly or collapsing furniture / anyone hurt', "The bookcase leans forward as soon as you put books on it. I'm scared it'll come down on my toddler.")).toBe(true);
    expect(ruleMatches('damaged on delivery or wrong item sent - pass to a person', "I ordered the sage green armchair and what's turned up is mustard yellow.")).toBe(true);
    expect(ruleMatches('engineer damage / missed install appointments', 'I took a whole day off work for the installation yesterday and nobody turned up or even rang.')).toBe(true);
    // Calm look-alikes: a visit, a question about colours, an installation booked.
    expect(ruleMatches('wobbly or collapsing furniture / anyone hurt', 'My parents are coming over to see the new sofa. Do you sell matching footstools?')).toBe(false);
    expect(ruleMatches('damaged on delivery or wrong item sent - pass to a person', 'Does the armchair come in mustard yellow as well as sage green?')).toBe(false);
    expect(ruleMatches('engineer damage / missed install appointments', 'What time will the engineer turn up for my installation?')).toBe(false);
  });

  it('takes only questions about what would happen as hypothetical, and hears "wud like a callbak"', () => {
    const rules = ["Always escalate if the van's broken down, been in a crash or they're stuck somewhere"];
    expect(detectEscalation('What happens if the van breaks down? Is breakdown cover included in the price?', rules)).toBeUndefined();
    expect(detectEscalation('What happens if the van breaks down? Ours just has, on the A9 near Dalwhinnie.', rules)).toBeDefined();
    expect(handoffRequest('wud like a callbak pls')).toBeDefined();
  });
});

describe('round 10 dev, second set: settled messages, failing rules, more ways to name who takes a case', () => {
  it('leaves alone a customer who says it is over or is thanking someone', () => {
    const rules = ['leaks / water coming in', 'double charged / payment taken twice', 'the final invoice is higher than the quote'];
    expect(detectEscalation('The leak around the kitchen window you came back to fix in January has been bone dry all winter - just wanted to say thanks.', rules)).toBeUndefined();
    expect(detectEscalation("I thought I'd been charged twice but it was just a pending payment that dropped off. All sorted! What time do the campsites open?", rules)).toBeUndefined();
    expect(detectEscalation('Our final bill was a bit higher than the quote, but that was the extra drawers we added on the day - all fine.', rules)).toBeUndefined();
    expect(detectEscalation('Dan and his apprentice were brilliant, they put dust sheets down everywhere. Please pass on our thanks.', rules)).toBeUndefined();
    // Over, then back: still a case.
    expect(detectEscalation('The window was fixed in January and it has been dry, but now water is coming in again.', rules)).toBeDefined();
    expect(detectEscalation('My bank statement shows £194.50 going out twice on the same day for one order.', rules)).toBeDefined();
  });

  it('takes a rule about something failing to need a failure in the message', () => {
    const rule = "Always escalate if someone says a window or door won't lock or close properly";
    expect(ruleMatches(rule, 'Do your composite doors come with multi-point locks as standard?')).toBe(false);
    expect(ruleMatches(rule, 'bedroom window wont shut')).toBe(true);
    expect(ruleMatches(rule, "The back door key turns but the door won't lock.")).toBe(true);
  });

  it('takes "If I …?" and "less likely to" questions as hypothetical, and "Will Jo be at …?" as where someone is', () => {
    expect(ruleMatches('units delivered damaged or missing - pass to a person', 'If a unit turns up damaged, how quickly can you usually get a replacement?')).toBe(false);
    expect(ruleMatches('chipped worktop / cracked worktop', 'Are quartz worktops less likely to chip than granite?')).toBe(false);
    expect(ruleMatches('chipped worktop / cracked worktop', 'The fitters chipped our new worktop by the sink.')).toBe(true);
    expect(ruleMatches('accessibility', 'Will Jo be at the accessibility tent all weekend? My mum would love to say hello.')).toBe(false);
  });

  it('hears water getting in, gas by its smell, the wrong size, and "can i tlak to a real persn"', () => {
    expect(ruleMatches('leaks / water coming in', "Every time it rains there's a puddle on the sill under the bay you put in.")).toBe(true);
    expect(ruleMatches('leaks / water coming in', 'After the storm last night the conservatory roof was dripping onto the sofa.')).toBe(true);
    expect(ruleMatches('someone can smell gas or has water leaking after a fit', "Since your fitters connected the new hob there's a faint eggy smell in the kitchen.")).toBe(true);
    expect(ruleMatches('wrong size or wrong colour ordered - pass to a person', 'dress came in 2 sizes too big')).toBe(true);
    expect(ruleMatches('wrong size or wrong colour ordered - pass to a person', 'What sizes do your dresses come in?')).toBe(false);
    expect(handoffRequest('can i tlak to a real persn pls')).toBeDefined();
  });

  it('reads "Questions about X? That\'s Jo\'s department.", "Our head seamstress Sam takes …" and "Refer … to Ravi, our site manager"', () => {
    expect(escalatingBusinessRules("Tickets resell in a window. Questions about accessibility? That's Jo's department.")).toEqual(['accessibility?']);
    expect(escalatingBusinessRules('Our head seamstress Sam takes all redesign work.')).toEqual(['all redesign work']);
    expect(escalatingBusinessRules('Refer anything about moving gas or electrics to Ravi, our site manager.')).toEqual(['anything about moving gas or electrics']);
    expect(escalatingBusinessRules('Delivery takes 2 weeks. Any questions? Ask for Tom at reception.')).toEqual([]);
  });
});

describe('round 10 dev, answers businesses: a list of subjects sharing one predicate', () => {
  it('gives every bare noun of "their brakes, steering or a wheel failed" the predicate, so a mention of brakes is no failure', () => {
    const rule = 'always escalate if a customer says their brakes, steering or a wheel failed after we worked on the car';
    expect(parseRule(rule).alternatives).toEqual([
      { required: ['brake'], partial: ['fail'] },
      { required: ['steer'], partial: ['fail'] },
      { required: ['wheel'], partial: ['fail'] },
    ]);
    expect(ruleMatches(rule, 'My brakes have started making a grinding noise. Can you have a look before I commit to paying?')).toBe(false);
    expect(ruleMatches(rule, 'My brakes failed on the way home after you fitted new pads.')).toBe(true);
  });
});

describe('round 11: a rule saying something did not happen, and a list of what went wrong with one subject', () => {
  const late = 'sofa delivered scratched, late or not what was ordered - pass to a person';
  const driver = 'complaints about staff / being rude in the showroom, or a delivery driver who never turned up';

  it('gives the later items of "sofa delivered scratched, late or not what was ordered" the first clause\'s subject', () => {
    expect(parseRule(late).alternatives).toEqual([
      { required: ['scratch'], partial: ['sofa', 'deliv'] },
      { required: ['late'], partial: ['sofa', 'deliv'] },
      { required: ['order'], partial: ['sofa', 'deliv'], negated: true },
    ]);
    expect(ruleMatches(late, 'My sofa was delivered three days late')).toBe(true);
    expect(ruleMatches(late, "The sofa you delivered is not what I ordered, it's the wrong colour")).toBe(true);
    expect(ruleMatches(late, 'Your sofa arrived with a big scratch down the arm')).toBe(true);
    // Before, "late" alone and "ordered" alone were alternatives of their own.
    expect(ruleMatches(late, 'Can I order a sofa in a different colour?')).toBe(false);
    expect(ruleMatches(late, 'How late can I place an order for Saturday delivery?')).toBe(false);
  });

  it('matches "a driver who never turned up" only when the message says something did not happen', () => {
    expect(ruleMatches(driver, 'What time will the delivery driver arrive?')).toBe(false);
    expect(ruleMatches(driver, 'The delivery driver never showed up and I took the day off work')).toBe(true);
    expect(ruleMatches(driver, "Your delivery driver didn't turn up this morning")).toBe(true);
    // The other alternatives are not negated.
    expect(ruleMatches(driver, 'The man in the showroom was really rude to my wife')).toBe(true);
  });
});

describe('round 11: harms, light verbs and "double charged"', () => {
  it('reads "hurt on a ride or got food poisoning at the cafe" as two situations, not "hurt" needing "poisoning"', () => {
    const rule = 'always escalate if a guest says they were hurt on a ride or got food poisoning at the cafe';
    expect(ruleMatches(rule, 'My daughter got hurt on the log flume')).toBe(true);
    expect(ruleMatches(rule, 'Is the cafe food any good?')).toBe(false);
  });

  it('does not take a light verb for the head of "booking made for the wrong date", and reads "double charged" as charged twice', () => {
    const rule = 'booking made for the wrong date, double charged or not received confirmation - pass to a person';
    expect(parseRule(rule).alternatives[0]!.required).toEqual([stem('booking')]);
    expect(ruleMatches(rule, 'I was charged twice for my booking')).toBe(true);
    expect(ruleMatches(rule, "You've double charged me")).toBe(true);
    expect(ruleMatches(rule, 'Can I make a booking for next week?')).toBe(false);
  });

  it('finds a fall in "I fell off", not in a name that starts with "fell" ("Fellside")', () => {
    const rule = 'always escalate if a customer has been hurt or injured by something we sold them (stoves, tent poles, lighting etc.)';
    expect(ruleMatches(rule, "Do the Fellside walking boots run true to size? I'm normally a 9")).toBe(false);
    expect(ruleMatches(rule, 'I fell off the climbing wall and hurt my wrist')).toBe(true);
  });
});

describe('round 11: a call when something is ready, and a word in person, are no hand-off requests', () => {
  it('does not hand over "could you call me when the cake is ready?" but does "can someone call me back"', () => {
    expect(handoffRequest('Could you call me when the cake is ready to collect?')).toBeUndefined();
    expect(handoffRequest('Can you text me once my bike is fixed?')).toBeUndefined();
    expect(handoffRequest('Can someone call me back please')).toBeDefined();
    expect(handoffRequest('Please ring me, the cake was ruined')).toBeDefined();
  });

  it('does not read "can I speak to the baker when I collect?" as a request for a person now', () => {
    expect(handoffRequest('Can I speak to the baker about a design when I collect?')).toBeUndefined();
    expect(handoffRequest('Can I speak to the manager about my order?')).toBeDefined();
  });
});

describe('round 11: an animal\'s temper and an old injury are no situations', () => {
  it('does not read "dogs that are a bit aggressive" as a complaint about staff', () => {
    const rule = 'complaints about a groomer or a bad haircut - pass to a person';
    expect(ruleMatches(rule, 'Do you groom dogs that are a bit aggressive?')).toBe(false);
    expect(ruleMatches(rule, 'The groomer was really aggressive with my dog and shouted at him')).toBe(true);
  });

  it('does not read "injured last year elsewhere" as an injury in the business\'s care', () => {
    const rule = "always escalate if a customer's pet was injured or went missing while in our care";
    expect(ruleMatches(rule, "My dog was injured last year elsewhere, he's nervous now, can you be careful?")).toBe(false);
    expect(ruleMatches(rule, "My dog came back from you with a cut on his leg and he's bleeding")).toBe(true);
  });
});

describe('round 11: "or a teacher who didn\'t show" is a situation of its own, however the message says it', () => {
  const rule = "class cancelled by us at short notice, or a teacher who didn't show - pass to a person";
  it('does not lend the left side\'s words to a clause with its own verb', () => {
    expect(parseRule(rule).alternatives[1]).toEqual({ required: [], partial: ['teacher', 'show'], negated: true });
  });
  it('matches "didn\'t show up", "never showed up" and not "will the teacher show us…"', () => {
    expect(ruleMatches(rule, 'The teacher didn\'t show up tonight and we all waited 30 minutes')).toBe(true);
    expect(ruleMatches(rule, 'Our teacher never showed up')).toBe(true);
    expect(ruleMatches(rule, 'Will the teacher show us how to centre clay?')).toBe(false);
  });
});

describe('round 11: leaving for another firm, told by the trade', () => {
  const rule = 'clients wanting to leave us or move to another firm';
  it('meets "move to another firm" with "another accountant" or "a different provider", not with another class or plan', () => {
    expect(ruleMatches(rule, "We've decided to move to another accountant, how do we get our records?")).toBe(true);
    expect(ruleMatches(rule, "We're switching to a different provider next month")).toBe(true);
    expect(ruleMatches(rule, 'Can I move to another class on Thursdays?')).toBe(false);
    expect(ruleMatches(rule, 'How do I move to another plan?')).toBe(false);
  });
  it('reads "caused by us" as the business\'s doing, not part of the situation', () => {
    expect(parseRule('missed filing deadline caused by us - pass to a person').alternatives).toEqual([{ required: ['file', stem('deadline')], partial: ['miss'] }]);
  });
});

describe('round 11: a gym\'s rules (collapses, faints; freezing for medical reasons; a bank)', () => {
  it('reads "a member collapses, faints or gets injured" without the member, and "passed out" as fainting', () => {
    const rule = 'always escalate if a member collapses, faints or gets injured using the equipment';
    expect(ruleMatches(rule, 'A guy passed out on the treadmill next to me this morning and nobody came for ages')).toBe(true);
    expect(ruleMatches(rule, 'What equipment do you have for rehab after an injury?')).toBe(false);
  });
  it('meets "freeze their membership for medical reasons" with a doctor and a pause, not a holiday', () => {
    const rule = 'members wanting to freeze their membership for medical reasons - pass to a person';
    expect(ruleMatches(rule, 'My doctor says no exercise for 3 months after my op, can I pause my membership?')).toBe(true);
    expect(ruleMatches(rule, "Can I freeze my membership while I'm travelling?")).toBe(false);
  });
  it('does not read a bank holiday as a bank', () => {
    const rule = 'anyone mentioning a chargeback or their bank';
    expect(ruleMatches(rule, 'Do you have a bank holiday timetable?')).toBe(false);
    expect(ruleMatches(rule, "I've told my bank to reverse the last payment")).toBe(true);
  });
});

describe('round 11: a tutoring agency\'s rules (not turning up or late; bullying; a different tutor)', () => {
  const late = 'tutor not turning up, or repeatedly late - pass to a person';
  it('reads "tutor not turning up, or repeatedly late" as two failures of the tutor', () => {
    expect(parseRule(late).alternatives).toEqual([
      { required: [], partial: ['tutor', 'noshow'], negated: true },
      { required: ['late'], partial: ['tutor'] },
    ]);
    expect(ruleMatches(late, "Our tutor has been late three weeks running now, it's not on")).toBe(true);
    expect(ruleMatches(late, "The tutor didn't turn up today")).toBe(true);
    expect(ruleMatches(late, 'What time does the tutor turn up?')).toBe(false);
    expect(ruleMatches(late, 'How late can we cancel a lesson without paying?')).toBe(false);
  });
  it('meets bullying told as "picking on her", and "change tutor" told as "a different tutor"', () => {
    expect(ruleMatches('Always escalate if a student is being bullied', 'My daughter says some kids in her group have been picking on her')).toBe(true);
    expect(ruleMatches('parents asking to change tutor', "Can we try a different tutor? Ellie doesn't really click with Mr Jones")).toBe(true);
    expect(ruleMatches('parents asking to change tutor', "Can we change the time of Jake's lesson?")).toBe(false);
  });
});

describe('round 11: a wedding photographer\'s rules', () => {
  it('reads "asking about copyright or using our photos commercially" as two questions, and "a couple" as nobody in particular', () => {
    expect(ruleMatches('anyone asking about copyright or using our photos commercially', 'Who owns the copyright to our wedding photos?')).toBe(true);
    const missing = 'always escalate if a couple says photos are missing or the memory card was lost';
    expect(ruleMatches(missing, 'Our gallery only has half the photos from the ceremony, some are missing')).toBe(true);
    expect(ruleMatches(missing, 'Do you bring a backup memory card?')).toBe(false);
  });
});

describe('round 11: a dry cleaner\'s rules', () => {
  it('meets "claims over £100 for damaged clothes" with a wrecked dress or a shrunk jumper, above the amount', () => {
    const rule = 'claims over £100 for damaged clothes';
    expect(ruleMatches(rule, 'I want £150 for the dress you wrecked')).toBe(true);
    expect(ruleMatches(rule, 'My jumper came back shrunk and I want £120')).toBe(true);
    expect(ruleMatches(rule, 'Can wool be washed without it shrinking?')).toBe(false);
  });
});

describe('round 11: emergencies and threats told in the customer\'s words', () => {
  const safety = "always escalate if there's a gas leak, carbon monoxide alarm or electric shock";
  it('meets a gas leak by its smell, a CO alarm going off and a shock off a socket, not questions about alarms', () => {
    expect(ruleMatches(safety, 'I can smell gas near the new hob')).toBe(true);
    expect(ruleMatches(safety, 'My CO alarm keeps beeping since your engineer left')).toBe(true);
    expect(ruleMatches(safety, 'I got a shock off the socket you fitted')).toBe(true);
    expect(ruleMatches(safety, 'Do you fit carbon monoxide alarms?')).toBe(false);
    expect(ruleMatches(safety, 'Do you do electrical safety certificates?')).toBe(false);
  });
  it('meets legal threats told as Trading Standards or the ombudsman', () => {
    expect(ruleMatches('legal threats', "I've reported you to Trading Standards")).toBe(true);
    expect(ruleMatches('legal threats', "I'm going to the ombudsman about this")).toBe(true);
  });
  it('meets harassment told by what was done, not a question about a policy', () => {
    const rule = 'harassment or threatening behaviour by staff';
    expect(ruleMatches(rule, 'Your technician kept messaging me after the job asking me out')).toBe(true);
    expect(ruleMatches(rule, "What's your policy on harassment?")).toBe(false);
  });
});

describe('round 12: requests for a person in more of the ways customers write them', () => {
  it('reads talking it through, raising it, handing over, escalating, owners, whoever handles it, a bell, text-speak', () => {
    for (const message of [
      "Sorry but I'd really like to talk this through with a person. Is that possible?",
      "I'd like to raise this with someone senior, please.",
      'Please hand me over to a human.',
      'I want this escalated to a manager.',
      'Could I have a word with the owner about a large bread order?',
      'Can I speak to whoever handles the holiday let bookings?',
      'Hiya, any chance someone from the salon could give me a bell? Cheers.',
      'hi can u put me thru to sum1 in billing',
      'can i tlk to sum1 plz',
      'No more bots please. Human.',
      'customer service rep please',
      "You're not understanding me, can you get a colleague to take over?",
      "Who's in charge? I want to talk to them.",
      'The boiler is leaking through the ceiling, I need to talk to a plumber right now!',
      "I'd like a human to review my cancellation request, not an automated system.",
      'Could I speak to one of the senior stylists about fixing my colour?',
      'I need someone from the gym to sort out my direct debit, can they message me?',
    ]) expect(handoffRequest(message), message).toBeDefined();
  });

  it('leaves a hypothetical, a call when it is ready and a word at an appointment alone', () => {
    for (const message of [
      'If I have a problem with the boiler later, can I ring someone?',
      'Can you give me a call when my order is ready to collect?',
      'Can I talk to the dentist about whitening at my check-up next week?',
      'Can you email me the invoice?',
    ]) expect(handoffRequest(message), message).toBeUndefined();
  });
});

describe('round 12: nothing has happened', () => {
  it('an old injury, a guarantee asked about, and an invoice for the customer\'s own insurer match no rule', () => {
    expect(ruleMatches('Always escalate if a pupil or anyone else is hurt during a lesson', 'Do you do lessons in automatics? I have a dodgy knee from an old football injury and holding the clutch is a nightmare')).toBe(false);
    expect(ruleMatches('leaks, floods or water damage after one of our fits - urgent, pass to a person', "What's your guarantee if something leaks after you've fitted it?")).toBe(false);
    expect(ruleMatches('vet bills, insurance claims or anyone mentioning solicitors', "Could you send me an invoice for Bramble's groom last Thursday? My pet insurance covers medicated baths for her skin condition and they need it for the claim.")).toBe(false);
    const copy = 'Could you send me a copy of the invoice for the shower you fitted for us in 2022? Our home insurance wants it for a claim - a pipe burst in the loft and came down through the ceiling, nothing to do with your work.';
    expect(detectEscalation(copy, ['anything about gas safety, building regs problems, legal action or insurance claims', 'leaks, floods or water damage after one of our fits'])).toBeUndefined();
  });

  it('still hands over an injury that happened, and a claim against the business', () => {
    expect(ruleMatches('Always escalate if a pupil or anyone else is hurt during a lesson', 'I hurt my neck when the instructor braked hard in the lesson today')).toBe(true);
    const rule = 'leaks, floods or water damage after one of our fits';
    expect(ruleMatches(rule, 'Your fitter left a leak under the new sink and there is water damage all over the kitchen floor. My insurer wants the invoice for the claim.')).toBe(true);
    expect(ruleMatches(rule, 'The new sink you fitted is leaking and there is water damage all over the kitchen floor. My insurer wants the invoice for the claim.')).toBe(true);
  });
});

describe('round 13, fifth probe: a break-in told by what is gone', () => {
  const rule = 'theft or vandalism on their plot';
  it.each([
    'Someone smashed the padlock on my shed overnight and my strimmer and spade have gone',
    'my bike has gone from the rack!',
    'The shed was vandalised at the weekend',
  ])('matches %j', (message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });
  it.each(['My tomato plants have gone mouldy', 'my plot fees have gone up', 'Is there CCTV on the site to put off vandals?', 'What happens if my tools have gone missing?'])('does not match %j', (message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });
});

describe('round 13, fifth probe: asking whether something is allowed is nothing to act on', () => {
  it.each([
    "Am I allowed to stay and see my dog's session?",
    'Is it ok if we bring our own towels for the dog?',
  ])('does not hand over %j', (message) => {
    expect(detectEscalation(message, ['a row or dispute with a neighbouring plot holder', 'complaints about one of our therapists'])).toBeUndefined();
  });
  it('still hands over an injury told before a permission question', () => {
    expect(detectEscalation('The groomer cut my dog and it bled, is that allowed?', ['a dog injured during a groom'])).toBeDefined();
  });
});

describe('round 13, seventh probe: a bite told as it happened, a question about the service', () => {
  const rules = ['a dog that has bitten someone', 'a dog nicked or cut during a groom'];
  it("hands over \"my terrier bit your groomer's hand\"", () => {
    expect(detectEscalation("My terrier bit your groomer's hand yesterday, I'm so sorry, what happens now?", rules)?.kind).toBe('rule_matched');
  });
  it.each(["My dog has never bitten anyone but he's wary of strangers, is that ok?", 'Do you cut the fur around the eyes on a full groom?'])('does not hand over %j', (message) => {
    expect(detectEscalation(message, rules)).toBeUndefined();
  });
});

describe('round 15: a slip of the keyboard in a request for a person', () => {
  it('reads a word the dictionary lacks, one slip from a request word, as that word', async () => {
    await loadSpelling();
    expect(handoffRequest('hi is ther anyone i can actualy speak to')).toBeDefined();
    expect(handoffRequest('speak to staf')).toBeDefined();
    expect(handoffRequest('I dont want a bot, is there a receptionst I can talk to')).toBeDefined();
    // Real words stay as typed: "three" is no slip of "there", "here" stays "here".
    expect(handoffRequest('is three people too many for one room?')).toBeUndefined();
    expect(handoffRequest('will anyone be here to sign for the parcel?')).toBeUndefined();
  });

  it('tells one slip from two', () => {
    expect(['staf', 'ther', 'actualy', 'receptionst', 'tlak', 'speka'].map((w) => ['staff', 'there', 'actually', 'receptionist', 'talk', 'speak'].some((r) => oneSlipApart(w, r)))).toEqual([true, true, true, true, true, true]);
    expect(oneSlipApart('stuff', 'staff')).toBe(true);
    expect(oneSlipApart('stiff', 'staffs')).toBe(false);
    expect(oneSlipApart('perosn', 'person')).toBe(true);
    expect(oneSlipApart('psreon', 'person')).toBe(false);
  });
});

describe('round 15: "get me the salon manager", "put me on to the boatyard office"', () => {
  it('reads a person asked for with a word before the role, or put on to an office', () => {
    expect(handoffRequest('Get me the salon manager')).toBe('get-a-person');
    expect(handoffRequest('Put me on to the boatyard office')).toBe('connect-me');
    expect(handoffRequest('put me onto someone who knows about boilers')).toBe('connect-me');
    expect(handoffRequest('Can you put me on the waiting list?')).toBeUndefined();
    expect(handoffRequest('put me on to the 10am class instead')).toBeUndefined();
  });
});

describe('round 15: an age a rule names, and a pregnancy told plainly', () => {
  const rule = 'If a client is pregnant or under 16, pass them to a person before booking anything.';
  const rules = effectiveEscalationRules({ escalationRules: [], businessRules: rule });
  const fires = (message: string) => rules.some((r) => ruleMatches(r, message));

  it('reads "under 16" as an age, not an amount of money, and the customer\'s stated age against it', () => {
    expect(parseRule(rules[0]!).threshold).toBeUndefined();
    expect(fires("My daughter's 14 and she wants her nails done for her prom, can I book her in for Saturday?")).toBe(true);
    expect(fires("My daughter's 17 and she wants her nails done for her prom, can I book her in for Saturday?")).toBe(false);
    expect(fires('Do you book in under 16s for nails?')).toBe(false);
    expect(parseRule('refund requests over £35').threshold).toEqual({ op: 'gt', value: 35 });
    expect(parseRule('orders over 500').threshold).toEqual({ op: 'gt', value: 500 });
  });

  it('reads "20 weeks along" and "I\'m expecting!" as a pregnancy, not "expecting a parcel"', () => {
    expect(fires("Hiya I'm 20 weeks along, am I ok to book a pedicure and a facial for next week?")).toBe(true);
    expect(fires("Just found out I'm expecting! Can I book a facial?")).toBe(true);
    expect(fires("I'm expecting a parcel from you, can I book a facial for when it arrives?")).toBe(false);
  });
});

describe('round 15: "I\'d like a response from the owner"', () => {
  it('reads a reply asked for from a person as a request for one, not a reply awaited from a supplier', () => {
    expect(handoffRequest("I'd like a response from the owner.")).toBe('hear-from-person');
    expect(handoffRequest('I want to hear from a manager today')).toBe('hear-from-person');
    expect(handoffRequest('Do you have any response from the supplier yet?')).toBeUndefined();
    expect(handoffRequest('Will I get a reply from the owner about the quote?')).toBeUndefined();
  });
});

describe('round 15: what dev probe 9 found in its rules', () => {
  it('reads a fire that happened, a charge argued over, and a worry about what might happen', () => {
    expect(ruleMatches('a chimney fire', 'We had a chimney fire on Sunday night, the fire brigade put it out. What do we do now?')).toBe(true);
    expect(ruleMatches('a chimney fire', 'Is there a fire pit at the site?')).toBe(false);
    expect(ruleMatches('any arguments about damage charges', "You've charged us £60 for a rip in the castle but it was already like that when it arrived, I'm disputing it")).toBe(true);
    expect(ruleMatches('any arguments about damage charges', 'How much do you charge for damage?')).toBe(false);
    const hurt = 'a child gets hurt on one of our castles';
    expect(ruleMatches(hurt, "Are the castles ok for a 3 year old? I'm a bit worried she'll get knocked over by the bigger kids")).toBe(false);
    expect(ruleMatches(hurt, 'My son fell off the castle and hurt his arm')).toBe(true);
    // A fault told, then the worry: something has happened.
    expect(ruleMatches('furniture that is unstable or tipping over', "The bookcase leans forward as soon as you put books on it. I'm scared it'll come down on my toddler.")).toBe(true);
  });
});

describe('round 15: a word the message denies', () => {
  it('does not match a rule on a word the customer says is not so', () => {
    const rule = 'dogs that have bitten someone or are aggressive';
    expect(ruleMatches(rule, "Do you take dogs that are a bit nervous around other dogs? Ours isn't aggressive, just shy")).toBe(false);
    expect(ruleMatches(rule, 'My dog was aggressive with the groomer and he is not eating now')).toBe(true);
    // A rule about something not working still reads "doesn't work".
    expect(ruleMatches('the boiler not working', "the boiler doesn't work since your visit")).toBe(true);
  });
});

describe('round 17 dev: an amount condition belongs to its own clause, and counts people', () => {
  const tasting = 'Anyone wanting a tasting for more than 12 people, or a corporate tasting, goes to Helen';

  it('reads "more than 12 people" as a count of people, for the first clause only', () => {
    const parsed = parseRule(tasting);
    expect(parsed.threshold).toEqual({ op: 'gt', value: 12, unit: 'people' });
    expect(parsed.gated).toEqual([true, false]);
    expect(parseRule('refund requests over £35').gated).toBeUndefined();
  });

  it('hands over a group counted in the customer\'s words, and not a small one', () => {
    expect(ruleMatches(tasting, "I'm organising a leaving do for my team, about 20 of us. Could you run a wine tasting one evening?")).toBe(true);
    expect(ruleMatches(tasting, 'Can we book a tasting for a party of 15?')).toBe(true);
    expect(ruleMatches(tasting, 'Can we book a tasting for 6 people?')).toBe(false);
    expect(ruleMatches(tasting, 'How much is a tasting?')).toBe(false);
  });

  it('hands over the clause without the condition whatever its size', () => {
    expect(ruleMatches(tasting, 'Can we book a corporate tasting for our office?')).toBe(true);
  });

  it('counts vehicles by their kinds', () => {
    const fleet = 'Businesses asking about a fleet or trade account for more than 3 vehicles go to Phil.';
    expect(ruleMatches(fleet, 'I need a trade account for our 6 vans')).toBe(true);
    expect(ruleMatches(fleet, 'I need a trade account for our 2 vans')).toBe(false);
  });

  it('keeps money conditions as they were', () => {
    expect(ruleMatches('refund requests over £35', 'Can I have a refund of £50?')).toBe(true);
    expect(ruleMatches('refund requests over £35', 'Can I have a refund of £20?')).toBe(false);
  });
});

describe('round 18 dev: a count of what the rule counts, and advice after the rule', () => {
  it('counts any thing a rule counts, by its kinds, but not money; a time is days ahead (round 35), no count', () => {
    expect(parseRule('Orders of more than 50 cupcakes').threshold).toEqual({ op: 'gt', value: 50, unit: 'cupcakes' });
    expect(parseRule('anything needed in under 48 hours').threshold).toEqual({ op: 'lt', value: 2, unit: 'days' });
    const dogs = 'Bookings for more than 3 dogs at one address';
    expect(ruleMatches(dogs, "We've got five spaniels up at the farm, would you be able to do all of them in one visit?")).toBe(true);
    expect(ruleMatches(dogs, 'Can you do my two spaniels on Thursday?')).toBe(false);
    expect(ruleMatches('Orders of more than 50 cupcakes', 'I need 150 mini cupcakes for my work conference, is that something you would take on?')).toBe(true);
    expect(ruleMatches('Business orders of more than 10 devices', 'Can I use Klarna for the £620 MacBook Air?')).toBe(false);
  });

  it('hands over a count alone only when the counted clause says no more than "booking" or "order"', () => {
    const group = 'Group or corporate bookings for more than 8 people';
    expect(parseRule(group).countAlone).toBe(true);
    expect(ruleMatches(group, "I run a running club and we've got 12 members wanting to use the gym on Tuesday nights, is there a deal?")).toBe(true);
    expect(ruleMatches(group, 'Could 4 of us come in together on Tuesday?')).toBe(false);
    // A tasting for more than 12 people still needs the tasting.
    const tasting = 'Anyone wanting a tasting for more than 12 people, or a private or corporate tasting, goes to Helen.';
    expect(parseRule(tasting).countAlone).toBeUndefined();
    expect(ruleMatches(tasting, "We're getting married in June with about 100 guests. Can we bring back what doesn't get drunk?")).toBe(false);
    expect(ruleMatches('More than 20 arrangements (corporate, events) or anything needing the van on a Sunday', 'we need 25 table arrangements for a conference')).toBe(true);
  });

  it('does not read a sentence of advice to staff as more of the situation', () => {
    const rule = "If a customer says we've cracked a window it goes straight to Dan. Don't admit it or deny it";
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('deni');
    expect(ruleMatches(rule, 'Do you deny access to the garden?')).toBe(false);
    expect(ruleMatches('Anyone wanting a private tasting goes to Helen. She prices those herself.', 'Could we book a private tasting for my birthday?')).toBe(true);
  });

  it('does not read what the customer then asks for as a situation of its own', () => {
    const rule = 'If someone says a bottle was corked or faulty and wants it replaced or their money back, pass them to Marcus.';
    expect(ruleMatches(rule, "I booked two seats for your tasting evening but can't come. Can we get our money back?")).toBe(false);
    expect(ruleMatches(rule, 'The bottle of Rioja I bought was corked, can I swap it?')).toBe(true);
  });
});

describe('round 18 dev: who takes it, and how, is no word of the situation', () => {
  const words = (rule: string) => parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial]);

  it('drops a name after an arrow or a dash', () => {
    expect(words('Group bookings of more than 8 people or more than 2 yurts → Rhiannon')).not.toContain('rhiannon');
    expect(words("safeguarding worries / complaints about a teacher's behaviour → Dan, straight away")).not.toContain('dan');
  });

  it('drops a hand-over at the end that names no one', () => {
    const rule = 'If someone asks to speak to a person or asks for a refund, put them through.';
    expect(words(rule)).not.toContain('put');
    expect(ruleMatches(rule, "I'd like a refund for the bouquet please, it looked nothing like the picture on your website.")).toBe(true);
    const approve = 'Refunds over £400 need a person to approve them.';
    expect(words(approve)).not.toContain('approv');
    expect(ruleMatches(approve, "I want a refund of £540 for the MacBook, it's been nothing but trouble since day one.")).toBe(true);
    expect(ruleMatches(approve, 'I want a refund of £40 for the charger.')).toBe(false);
  });

  it('keeps the word after a sum of money out of the condition', () => {
    expect(words('Wedding enquiries with a budget over £1,500 go to Beth.')).not.toContain('beth');
  });

  it('reads examples between dashes as examples, like brackets', () => {
    expect(parseRule('Any injury to a dog — nicks, cuts, limping after a groom — goes straight to Gemma.').alternatives).toEqual([{ required: [], partial: ['injuri', 'dog'] }]);
  });
});

describe('round 18 dev: money told in words, and lists joined by "and"', () => {
  it('reads sums written with k, grand, quid or in words', () => {
    const rule = 'refunds over £90';
    for (const sum of ['£3k', '3 grand', 'three grand', 'ninety six quid', 'two hundred and forty quid', 'a hundred quid', '540 quid', 'three and a half thousand pounds']) {
      expect(ruleMatches(rule, `I want a refund, it was ${sum}`)).toBe(true);
    }
    expect(ruleDeclines(rule, 'I want a refund, it was forty quid')).toBe(true);
    // The half is of the thousand: 3500, over 3000; "a" is one only where a number starts.
    expect(ruleMatches('refunds over £3,000', 'about three and a half thousand pounds, I want a refund')).toBe(true);
    expect(ruleDeclines('refunds over £3,000', 'two and a half grand, I want a refund')).toBe(true);
  });

  it('reads "A, B and C" as alternatives, and a hen do as the hen', () => {
    const rule = 'always escalate hen dos, stag dos and anything that sounds like a party';
    expect(parseRule(rule).alternatives).toHaveLength(3);
    expect(ruleMatches(rule, "planning my sister's hen weekend in june, 7 of us girls, would love the 2 bigger yurts")).toBe(true);
    expect(ruleMatches(rule, 'Is the hot tub open in the evenings?')).toBe(false);
    // A rule with its own "or" keeps its "and": bleeding and scared together.
    expect(parseRule('dogs that are injured, bleeding and scared or lost').alternatives).toContainEqual({ required: [], partial: ['bleed', 'scare'] });
  });
});

describe('round 18 dev: a question about what would happen, with a calm aside', () => {
  it('reads a hypothetical question beside a sentence that tells of nothing as nothing happened', () => {
    expect(nothingHappened('What should I do if I ever smell gas? Want to pin something on the fridge for the kids.')).toBe(true);
    expect(nothingHappened('If my child hurt herself during a lesson, who would let me know? Only asking because she has a heart condition.')).toBe(true);
    expect(nothingHappened('What should I do if it happens again? My dog was bitten yesterday.')).toBe(false);
  });

  it('does not read "never touched a guitar" as a safeguarding concern', () => {
    expect(ruleMatches('safeguarding worries', "How do I book the trial lesson? I'm 54 and have never touched a guitar.")).toBe(false);
    expect(ruleMatches('safeguarding worries', 'The teacher touched my daughter and she came home upset.')).toBe(true);
  });
});

describe('round 18 dev: words of a situation used in another sense', () => {
  it('does not read bleeding the brakes as an injury, nor a failed MOT as brakes failing', () => {
    expect(ruleMatches('any accident, theft or damage involving one of our hire bikes', 'How much per brake to bleed the hydraulic brakes on my mountain bike? The levers are spongy.')).toBe(false);
    expect(ruleMatches('any accident involving one of our hire bikes', 'I came off the hire bike and my knee is bleeding')).toBe(true);
    const brakes = 'always escalate if a customer says their brakes, steering or a wheel failed';
    expect(ruleMatches(brakes, 'My Corsa failed its MOT with you this morning on a blown brake light bulb.')).toBe(false);
    expect(ruleMatches(brakes, 'The brakes failed on the way home from you this morning.')).toBe(true);
  });
});

describe('round 18 dev: a past problem that is over, and a customer coming back', () => {
  it('leaves alone praise and problems sorted long ago, even when the customer will book again', () => {
    expect(settled("We had a flat battery on a hire last summer but your lad drove out with a spare and it was all fine. We'd like to hire again this August.")).toBe(true);
    expect(settled("Last year I had a disagreement about a charge, but Priya sorted it out and I'm perfectly happy. I'd like to book my check-up now.")).toBe(true);
    expect(settled("Just wanted to say a big thank you. The swelling went down completely and I'm eating normally again.")).toBe(true);
    expect(settled('Had my first scale and polish today and it was the gentlest one I have ever had. Five stars from me!')).toBe(true);
    // The problem back again is not over.
    expect(settled('It was all sorted in May but the lock has jammed again.')).toBe(false);
  });

  it('reads "nothing\'s happened" beside a hypothetical as nothing happened', () => {
    expect(nothingHappened("What happens if someone breaks into a unit — is my stuff covered? Nothing's happened, I'm just weighing up whether to rent one.")).toBe(true);
  });
});

describe('round 18 dev: more ways a rule names who takes it, and a dog that has snapped at people', () => {
  it('drops "has to talk to Sarah" and an explaining sentence that opens with "Our"', () => {
    const rule = "Allergies — any customer with a nut, sesame or coeliac allergy has to talk to Sarah. Our kitchen isn't allergen free and I won't have the bot promising anything.";
    const words = parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial]);
    for (const w of ['sarah', 'talk', 'kitchen', 'promis']) expect(words).not.toContain(w);
  });

  it('reads "has snapped at 2 people" as a bite', () => {
    const rule = 'If a customer says their dog is aggressive or has bitten before, hand it over.';
    expect(ruleMatches(rule, 'hi my rescue greyhound is v nervous and has snapped at 2 people this month, muzzle trained tho. can u still do him')).toBe(true);
    expect(ruleMatches(rule, 'My spaniel has never snapped at anyone, can you groom him on Friday?')).toBe(false);
  });
});

describe('round 18 dev: a rule about problems with something needs a problem', () => {
  it('leaves a calm question about the thing alone', () => {
    const rule = 'hot tub problems (cloudy water, too cold, not working, rashes) go to Huw';
    expect(ruleMatches(rule, 'Is the hot tub open in the evenings? What time does it shut?')).toBe(false);
    expect(ruleMatches(rule, 'Is the hot tub meant to be this cold? It is barely lukewarm.')).toBe(true);
    expect(ruleMatches(rule, "The hot tub isn't heating up.")).toBe(true);
  });
});

describe('round 18: a rule reads the same with or without its exclamation marks', () => {
  it('parses "… hand over straight away!!" as it parses the rule stored by chat without them', () => {
    const typed = "If a guest is at the door and can't get in (key safe not working, locked out etc) hand over straight away!!";
    expect(parseRule(typed).alternatives).toEqual(parseRule(typed.replace(/!+$/, '')).alternatives);
    expect(parseRule('Group bookings of more than 8 people → Rhiannon!!').alternatives).toEqual(parseRule('Group bookings of more than 8 people → Rhiannon').alternatives);
  });

  it('reads "can\'t get in" and "locked out" as one situation, not a door alone', () => {
    const rule = "If a guest is at the door and can't get in (key safe not working, locked out etc) hand over straight away";
    expect(ruleMatches(rule, "My mum uses a walking frame and can't manage stairs. Have you got a room that would work for her?")).toBe(false);
    expect(ruleMatches(rule, "We're at the front door and can't get in, the key safe code doesn't work")).toBe(true);
  });
});

describe('round 18 review: every hand-over ending reads the same with "!!"', () => {
  it.each([
    'Refund requests over £150 - pass to a person!!',
    'Anyone wanting a private tasting goes to Helen!!',
    'chargebacks / PayPal disputes / anything legal → Gareth!!',
    'If a funeral order is wrong, hand over to a human straight away!!',
  ])('%s', (rule) => {
    expect(parseRule(rule).alternatives).toEqual(parseRule(rule.replace(/!+$/, '')).alternatives);
  });
});
