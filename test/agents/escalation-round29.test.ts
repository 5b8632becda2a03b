import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { effectiveEscalationRules, escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches, settled } from '../../src/agents/escalation-rules.ts';

// Business rules as an owner pastes them: the hand-over line introduces a list of situations.
const WALKER_RULES = `- Only use the info in the articles.
- Never give out the walkers' personal phone numbers.
- Hand over to Jess (a real person) straight away if:
    * a dog has been injured, lost, or has got out
    * keys have been lost or a house has been left unlocked
    * they want a refund or credit over £50
- Keep replies friendly and short. UK spelling.`;

const CAFE_RULES = `Answer only from the info we've given you.

Pass to a member of staff (Claire or Tom) if:
• a child got hurt or there was an accident
• an allergic reaction
Be warm and keep it short.`;

describe('a hand-over line that introduces a list: each item is a rule (round 29 dev)', () => {
  it('reads the items under an indented list intro, and nothing after the list', () => {
    expect(escalatingBusinessRules(WALKER_RULES)).toEqual([
      'a dog has been injured, lost, or has got out',
      'keys have been lost or a house has been left unlocked',
      'they want a refund or credit over £50',
    ]);
  });

  it('reads a list that follows an unbulleted intro, up to the first line that is no item', () => {
    expect(escalatingBusinessRules(CAFE_RULES)).toEqual(['a child got hurt or there was an accident', 'an allergic reaction']);
  });

  it.each([
    ['Bella slipped her lead in the park and we cannot find her anywhere', WALKER_RULES],
    ["I've just got home and the back door was unlocked all afternoon!", WALKER_RULES],
    ['My little boy came out in hives after the flapjack, his lips are swelling', CAFE_RULES],
  ])('a message meeting an item is handed over: %s', (message, rules) => {
    expect(detectEscalation(message, effectiveEscalationRules({ escalationRules: [], businessRules: rules }))).toBeDefined();
  });

  it('an item still needs its amount, and a calm question meets none', () => {
    const rules = effectiveEscalationRules({ escalationRules: [], businessRules: WALKER_RULES });
    expect(detectEscalation('Could I get the £13 back for the walk you missed on Tuesday?', rules)).toBeUndefined();
    expect(detectEscalation('How much is a 1 hour walk?', rules)).toBeUndefined();
  });

  it('a list under a line that says not to hand over, or under a colon with a situation of its own, is not read as items', () => {
    expect(escalatingBusinessRules('Never escalate these:\n- questions about prices\n- opening hours')).toEqual([]);
    expect(escalatingBusinessRules('Escalate if a dog bites someone:\n- take the owner\'s number first')).toEqual(['a dog bites someone']);
  });
});

describe('an escalation rule typed as a hand-over label over list items (round 28 http-eval, by chat)', () => {
  const RULE = 'Always hand to a person:\n- anyone who has had an allergic reaction or felt ill after eating in the café\n- complaints about a member of staff';

  it('is read as one rule per item, without the label', () => {
    expect(effectiveEscalationRules({ escalationRules: [RULE, 'legal threats'], businessRules: '' })).toEqual([
      'anyone who has had an allergic reaction or felt ill after eating in the café',
      'complaints about a member of staff',
      'legal threats',
    ]);
  });

  it('a label with a situation of its own is no hand-over intro', () => {
    expect(handOverIntro('Always hand to a person:')).toBe(true);
    expect(handOverIntro('Hand it over to Ruth when:')).toBe(true);
    expect(handOverIntro('Refunds:')).toBe(false);
    expect(handOverIntro('Hand over refunds to Ruth:')).toBe(false);
    expect(handOverIntro('Always hand to a person')).toBe(false);
  });

  it.each(['Get a human involved if:', 'Hand off to a person if:', 'Pass these on to the team:', 'Needs a real person:', 'Please transfer the chat to staff when any of the following happens:'])(
    'a person wanted however it is said: %s',
    (line) => {
      expect(handOverIntro(line)).toBe(true);
      expect(escalatingBusinessRules(`${line}\n- a dog bite\n- lost keys`)).toEqual(['a dog bite', 'lost keys']);
    },
  );

  it('"Contact us:" over the ways to reach the business is no hand-over', () => {
    expect(escalatingBusinessRules('Contact us:\n- phone 01632 960284\n- email hello@example.com')).toEqual([]);
    expect(handOverIntro('Get a human involved for refunds:')).toBe(false);
  });
});

describe('things sent in coming back are no refund (round 29 dev)', () => {
  const RULE = 'any refund request for a knife or whetstone we sold';
  it('"how long till I get them back" asks when, not for money', () => {
    expect(detectEscalation('I live in Cornwall, can I post my knives to you? how long till I get them back', [RULE])).toBeUndefined();
    expect(detectEscalation('The knife I bought from you is rubbish, I want my money back', [RULE])).toBeDefined();
    expect(detectEscalation('This knife you sold me snapped, can I get it back to you and get a refund?', [RULE])).toBeDefined();
  });
});

describe('a one-word example is no alternative of its own (round 29, measured and undone)', () => {
  const RULE = 'Child hurt at the course, or medical needs (epilepsy, diabetes, severe allergies needing meds on site) - pass it on';
  it('"diabetes" alone is no example; several words are', () => {
    expect(parseRule(RULE).alternatives.some((a) => a.exact === true && a.partial.length + a.required.length === 1)).toBe(false);
    expect(parseRule('emergencies (gas smell, flooding)').alternatives.some((a) => a.exact === true && a.partial.includes('smell'))).toBe(true);
  });
});

describe('a number an event is for counts its people (round 29 dev)', () => {
  const RULE = 'Enquiries for 250+ guests, or corporate / contract catering likely to be over £10k';
  it('"a summer ball for around 300" is over 250 guests', () => {
    expect(ruleMatches(RULE, "We're organising a summer ball for around 300 and looking for someone to do a three course dinner.")).toBe(true);
    expect(ruleMatches(RULE, 'Could you cater for 400 at a christening?')).toBe(true);
  });
  it('not a time, an amount or a count of things', () => {
    expect(ruleMatches(RULE, 'We need the marquee for 300 days')).toBe(false);
    expect(ruleMatches(RULE, 'Could you do a quote for 300 cupcakes?')).toBe(false);
    expect(ruleMatches(RULE, 'Could you cater for 40 at a christening?')).toBe(false);
  });
});

describe('"I see now" is understanding, not a fault come back (round 29 dev)', () => {
  it('a query withdrawn is settled', () => {
    expect(settled("Ignore my message from earlier about the bill being higher than I thought - I see now it's the extra keys I asked for. All fine, sorry!")).toBe(true);
    expect(settled('All fine, but now it is leaking again')).toBe(false);
  });
});

describe('round 29 third pair (dev)', () => {
  it('a list intro typed in capitals, to "ME OR TOM", is a hand-over intro', () => {
    expect(handOverIntro('PASS IT TO ME OR TOM (a real person) WHEN:')).toBe(true);
    expect(handOverIntro('Hand refunds to Sam:')).toBe(false);
  });

  it('things "gone from the door pocket" are missing', () => {
    expect(ruleMatches('Anything reported missing from a vehicle after we cleaned it', 'my sunglasses and a £20 note have gone from the door pocket since you valeted my car')).toBe(true);
    expect(ruleMatches('Anything reported missing from a vehicle after we cleaned it', 'the mud has gone from the car, thanks!')).toBe(false);
  });

  it('a price asked is a quote', () => {
    expect(ruleMatches('Fleet / contract quotes for more than 10 vehicles', 'we run a taxi firm with 25 cars and want a price for a weekly contract')).toBe(true);
    expect(ruleMatches('Fleet / contract quotes for more than 10 vehicles', 'we have 3 cars and want a price for a weekly contract')).toBe(false);
  });
});

describe('"a booked wedding": whatever is cancelled was booked (round 29 dev)', () => {
  it('the customer need not say "booked"', () => {
    const RULE = 'a couple wants to cancel or postpone a booked wedding';
    expect(ruleMatches(RULE, 'We need to postpone our wedding, my dad is having an operation')).toBe(true);
    expect(ruleMatches(RULE, 'Do you photograph weddings in Wales?')).toBe(false);
  });
});

describe('brackets and business rules read more exactly (round 29 dev)', () => {
  it('"(insulin, epilepsy meds, …)" lists examples: "in" must be a whole word to qualify', () => {
    const RULE = 'someone has run out of an essential medicine (insulin, epilepsy meds, inhalers, heart meds, blood thinners)';
    expect(ruleMatches(RULE, "My daughter's epilepsy meds are finished, can you help?")).toBe(true);
  });
  it('"(roughly £2,500 and up)" is an amount, no example', () => {
    const RULE = 'Quotes for new boilers or full system installs (roughly £2,500 and up)';
    expect(ruleMatches(RULE, 'How much roughly to swap one radiator in the back bedroom for a bigger one?')).toBe(false);
  });
  it('"by card or bank transfer" is no hand-over', () => {
    expect(escalatingBusinessRules('Payment on completion by card or bank transfer. We do not work on oil boilers.')).toEqual([]);
    expect(escalatingBusinessRules('Transfer to Dean if a gas smell is reported.')).toEqual(['a gas smell is reported']);
  });
});

describe('healed, fine since, still booked: settled (round 29 dev)', () => {
  it.each([
    "Nala had a tiny nick on her ear last week – your team showed me at pick-up and it's completely healed now. Just confirming she's still booked in for Monday.",
    'Pressure dropped to 0.5 this morning but I followed your video and topped it back up to 1.2 – been fine all day. Thanks!',
  ])('settled: %s', (message) => expect(settled(message)).toBe(true));
  it.each(['The cut has not healed and is now infected', 'It healed but now it is swollen again', 'It had healed, still sore though'])('not settled: %s', (message) =>
    expect(settled(message)).toBe(false),
  );
});

describe('more ways an owner heads a hand-over list (round 29, forms no set writes yet)', () => {
  it.each([
    'Escalation rules:',
    'When to escalate:',
    'Things I want to deal with myself:',
    'I want to handle these personally:',
    'Escalate to a manager if any of these happen:',
    'Send me the chat when:',
    'Please pass the conversation to a member of staff in these situations:',
    'Transfer to a human agent if the customer:',
    'The bot should hand over when:',
  ])('%s', (line) => expect(handOverIntro(line)).toBe(true));

  it.each(['Contact us:', 'Refunds:', 'Opening hours:', 'Staff:', 'Our team:', 'Send the invoice to:', 'Get a human involved for refunds:', 'Hand refunds to Sam:'])(
    'no intro: %s',
    (line) => expect(handOverIntro(line)).toBe(false),
  );

  it('a heading or a bold line over the list is an intro, a price heading is not', () => {
    expect(escalatingBusinessRules('## When to escalate\n- a dog bite\n- lost keys\n\nKeep it short.')).toEqual(['a dog bite', 'lost keys']);
    expect(escalatingBusinessRules('**Hand over if:**\n- a dog bite\n- lost keys')).toEqual(['a dog bite', 'lost keys']);
    expect(escalatingBusinessRules('Escalation rules:\n1. a dog bite\n2. lost keys')).toEqual(['a dog bite', 'lost keys']);
    expect(escalatingBusinessRules('## Prices\n- a walk £12\n- a sit £40')).toEqual([]);
  });
});
