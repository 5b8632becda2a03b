import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { effectiveEscalationRules, escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

// Business rules and escalation rules as the round-34 dev owners typed them: a bookbinder, a
// haberdashery, a ski and board shop, a sign writer, a milk round, a watch repairer.
describe('hand-overs in business-rules prose (round 34 dev)', () => {
  it('"… - get me" and "if …, get me straight away" hand over (not "you can get me on 07700 …")', () => {
    const rules = escalatingBusinessRules(
      "If someone wants to know what their old book is worth, or whether it's a first edition, don't answer questions about value - get me.\n" +
        "if someone's unhappy with work we've done or says a book came back damaged, get me straight away.\n" +
        'You can get me on 07700 900123 most mornings.',
    );
    expect(rules).toHaveLength(2);
    expect(ruleMatches(rules[0]!, "I've got my grandad's copy of The Hobbit and I think it says first edition inside?? Could you tell me roughly what it'd be worth?")).toBe(true);
    expect(ruleMatches(rules[1]!, 'The book you rebound for me came back damaged, the corner is crushed')).toBe(true);
  });

  it('"If a book has mould … - DON\'T tell them to post it in, get me": the situation before what not to do', () => {
    const [rule] = escalatingBusinessRules("If a book has mould or signs of insects (holes, little bugs, dust trails) - DON'T tell them to post it in, get me, it can't come in with other people's books.");
    expect(rule).toBe('a book has mould or signs of insects (holes, little bugs, dust trails)');
  });

  it('"… - hand to Marco" hands over, and "lessons or kit for a disabled skier" is both for the skier', () => {
    const rules = escalatingBusinessRules('Anyone asking about lessons or kit for a disabled/adaptive skier - hand to Marco. We can do sit-ski sessions but they need planning.');
    expect(rules).toHaveLength(1);
    expect(ruleMatches(rules[0]!, "Looking for lessons for my daughter who has cerebral palsy - she's really keen but will need some adaptations. Could you help?")).toBe(true);
    expect(ruleMatches(rules[0]!, 'How much is a beginner group lesson and how long is it?')).toBe(false);
  });

  it('"Trade-ins - I value them in person" and "… - I\'ll deal with that myself": the owner keeps the case', () => {
    expect(escalatingBusinessRules("Trade-ins - I value them in person, don't give anyone a figure for their old kit.")).toEqual(['Trade-ins']);
    const [rule] = escalatingBusinessRules('Anything about one-to-one lessons, or a group wanting a class just for them (hen dos, WI, schools, works parties) - I\'ll deal with that myself, the price depends on numbers.');
    expect(ruleMatches(rule!, 'Do you do one-to-one lessons? I want to learn to use my overlocker')).toBe(true);
  });

  it('"If someone wants to sell us their old machine that\'s me as well", and refunds that "go to Tom"', () => {
    const rules = escalatingBusinessRules("If someone wants to sell us their old machine that's me as well.\nWorkshop refunds (someone can't come and wants their money back) go to Tom.");
    expect(rules).toEqual(['someone wants to sell us their old machine', "Workshop refunds (someone can't come and wants their money back)"]);
    expect(ruleMatches(rules[1]!, "I booked the Saturday workshop but I've broken my wrist and can't do it. Can I get my £85 back please?")).toBe(true);
  });

  it('"Don\'t try to answer … questions. Dave has to see it, so hand them over": the questions are the case', () => {
    const rules = escalatingBusinessRules('Don\'t try to answer "is my old machine worth fixing" or "what\'s my machine worth" type questions. Dave has to actually see it, so hand them over and he\'ll give them a ring.');
    expect(rules).toHaveLength(1);
    expect(ruleMatches(rules[0]!, "I've got my nan's old machine from the 1960s. Is it even worth fixing?")).toBe(true);
  });

  it('"… dont get into a debate about it, pass them straight over": what not to do is not the situation', () => {
    const [rule] = escalatingBusinessRules('If somebody reckons a watch they bought from us isn\'t genuine (wrong dial, fake parts etc) dont get into a debate about it, pass them straight over to Graham.');
    expect(rule).not.toMatch(/debate/);
  });

  it('"send it straight to me" hands over, after examples between dashes', () => {
    const [rule] = escalatingBusinessRules("And if anyone tells you they've hurt themselves at one of our classes - needle through a finger, burn off the iron, anything at all - send it straight to me.");
    expect(rule).toBeDefined();
    expect(parseRule(rule!).alternatives.some((a) => a.partial.includes('finger') || a.required.includes('hurt'))).toBe(true);
  });
});

describe('reading an owner\'s rule (round 34 dev)', () => {
  it('"gold leaf / gilding quotes": a quote for either, asked as "how much" or "ballpark" (not "do you do gold leaf?")', () => {
    const rule = 'gold leaf / gilding quotes - i price those myself, no ballpark figures';
    expect(ruleMatches(rule, 'How much would it be to have our cafe name done in gold leaf on the front window?')).toBe(true);
    expect(ruleMatches(rule, 'ballpark for 23ct gilding on a glass door? just the house number and name')).toBe(true);
    expect(ruleMatches(rule, "Do you do gold leaf lettering? Saw some lovely shop windows in Bath and wondered if it's something you offer.")).toBe(false);
  });

  it('"boot fitting / custom footbed complaints": a complaint, not booking a fitting', () => {
    expect(ruleMatches('boot fitting / custom footbed complaints - Jess only', 'Can I book a boot fitting with Jess? Looking at new boots for a trip in February.')).toBe(false);
  });

  it('"injury on the slope or in a lesson -> duty instructor (Marco) + me": a lesson alone is no case, nor the instructor', () => {
    const rule = 'injury on the slope or in a lesson -> duty instructor (Marco) + me';
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('lesson');
    expect(ruleMatches(rule, 'How much is a beginner group lesson and how long is it?')).toBe(false);
  });

  it('"billing disputes - charged twice, …": a short head, a dash, and its examples', () => {
    const rule = 'billing disputes - charged twice, charged for stuff they didnt order or didnt get';
    expect(ruleMatches(rule, "I've been charged twice for this week's milk")).toBe(true);
    expect(ruleMatches('safeguarding concerns — always escalate, no exceptions', 'can i always pay by card?')).toBe(false);
  });

  it('"Schools, theatres … etc wanting to order in bulk (…, that sort of thing)": anyone ordering in bulk, and no "sort of thing"', () => {
    const rule = "Schools, theatres, costume departments etc wanting to order in bulk (whole rolls of fabric, 50+ zips, that sort of thing) - to me, there's a trade discount but I work it out each time";
    expect(ruleMatches(rule, "What sort of things will I actually make on the six week course? Want to know it's not just straight lines on paper!")).toBe(false);
    expect(ruleMatches(rule, "We're a drama school and want to order in bulk, about 40 metres of calico")).toBe(true);
  });

  it('"Jewellers, antique shops or other traders asking …": who asks is anyone; a jeweller alone is no case', () => {
    const rule = "Jewellers, antique shops or other traders asking whether we'll take on their repairs at trade rates - that's Leanne's dept, to her and dont give out any prices";
    expect(ruleMatches(rule, "I'm a jeweller myself, could you service my own Omega?")).toBe(false);
    expect(ruleMatches(rule, "I run a jewellers in Bishop's Stortford and we're looking for someone to take on our customers' watch repairs. What rates do you offer the trade?")).toBe(true);
  });

  it('"a watch lost while it\'s in with us" is not the customer losing their ticket or key', () => {
    const rule = "watch or clock lost or damaged while it's in with us - hand to graham straight away, dont admit anything";
    expect(ruleMatches(rule, "I've lost the little ticket you gave me when I dropped my watch off. Can I still collect it?")).toBe(false);
    expect(ruleMatches(rule, "I've lost the winding key for my mantel clock, can I buy a replacement from you?")).toBe(false);
    expect(ruleMatches(rule, "You've lost my watch? It was in for a service three weeks ago and now nobody can find it")).toBe(true);
  });

  it('"anything printed before 1800, anything vellum, or anything that sounds rare": one case each', () => {
    const rule = 'Anything printed before 1800, anything vellum, or anything that sounds rare - get me, I quote those in person';
    expect(parseRule(rule).alternatives).toHaveLength(3);
    expect(ruleMatches(rule, 'can you repair a vellum bound manuscript? couple of tears in the cover')).toBe(true);
  });
});

describe('situations told by who is asking (round 34 dev)', () => {
  const settings = { escalationRules: ['press, tv, anyone wanting to film or photograph us working -> Priya', 'cafes, schools, care homes, anyone wanting a wholesale/trade supply'], businessRules: '' };
  const rules = effectiveEscalationRules(settings);

  it('"I write for Somerset Life magazine" is the press, which a rule of "press, tv" names', () => {
    expect(detectEscalation('I write for Somerset Life magazine - could I pop by and take some photos of you working on a pub sign?', rules)).toBeDefined();
  });

  it('"I\'m the catering manager at Oakwood care home, looking for a local supplier" asks as a business', () => {
    expect(detectEscalation("I'm the catering manager at Oakwood care home, looking for a local supplier for milk and eggs - roughly 60 residents.", rules)).toBeDefined();
    expect(detectEscalation('Can I add a pint of oat milk to Saturday?', rules)).toBeUndefined();
  });

  it('"my milk made me poorly, stomach cramps" is ill; a wheelchair user is a disabled customer', () => {
    expect(ruleMatches("anyone saying they or their family have been ill after our milk/eggs", 'i think your milk made me poorly. stomach cramps all day after my cereal')).toBe(true);
    expect(ruleMatches('Anyone asking about lessons or kit for a disabled/adaptive skier', 'My brother uses a wheelchair and would love to try some lessons. Is that something you can do?')).toBe(true);
  });
});

describe('a price asked after a story about the customer\'s own thing (round 34 dev)', () => {
  const rules = effectiveEscalationRules({
    escalationRules: [
      "watch or clock lost or damaged while it's in with us - hand to graham straight away, dont admit anything",
      'serviced watch stopped or playing up again inside the 2yr guarantee - hand over, no arguing',
    ],
    businessRules: '',
  });

  it('is no hand-over by the fitted layer: the story is the customer\'s, and they ask what it costs', () => {
    expect(detectEscalation("My dad left me his old automatic Tissot, it hasn't been touched in years. Roughly what would a full clean and overhaul set me back?", rules)).toBeUndefined();
    expect(detectEscalation("My mum's grandfather clock has stopped and there's no way we can get it to the shop. We're about 8 miles out of town, what would it cost for someone to come out?", rules)).toBeUndefined();
  });

  it('still hands over when the story is the business\'s doing, or something was damaged', () => {
    expect(detectEscalation('You serviced my watch in March and it has stopped again already. How much are you going to charge me this time?', rules)).toBeDefined();
  });
});

describe('more ways owners hand over in prose (round 34, read across the dev business rules)', () => {
  it('"pass the chat to me", "get me or Ray", "get Gareth on it": hand-overs', () => {
    expect(escalatingBusinessRules("If anyone tells you they got hurt in a class, don't give advice, pass the chat over to me.")).toEqual(['anyone tells you they got hurt in a class']);
    expect(escalatingBusinessRules("If there's a genuinely dangerous tree, get Gareth on it straight away.")).toEqual(["there's a genuinely dangerous tree"]);
    expect(escalatingBusinessRules('Anyone asking about a business account or a big batch of work (companies, schools etc) - get me or Ray, we price those ourselves.')).toHaveLength(1);
  });

  it('"Any complaint about a teacher comes to me", "But if …, that needs to come to me"', () => {
    expect(escalatingBusinessRules('Any complaint about a teacher comes to me, no exceptions.')).toEqual(['Any complaint about a teacher']);
    const [rule] = escalatingBusinessRules("But if someone's saying a part I fitted has failed, or a fault's come back after I've fixed it, that needs to come to me, don't argue it or make promises");
    expect(ruleMatches(rule!, 'The part you fitted last month has already failed, the battery light is back on')).toBe(true);
  });

  it('"…, let me know and I\'ll sort it" hands over; "take the details and let Jo know" does not', () => {
    expect(escalatingBusinessRules("Rescues asking for a discount, let me know and I'll sort it.")).toEqual(['Rescues asking for a discount']);
    expect(escalatingBusinessRules('Celebration cakes - order at least a week ahead, take the details and let Jo know.')).toEqual([]);
  });
});

describe('a list under "Get Mark or me if:", and a hand-over the owner says is not needed (round 34)', () => {
  const rules = escalatingBusinessRules(`Booking changes / date swaps: take the booking name, current dates and what they'd like, and pass it on to Debbie - I do the bookings every morning and will email them to confirm. No need to put a person in the chat for that.

Get Mark or me if:
• anyone mentions an accident, injury or being ill
• a card's been charged wrong or twice`);

  it('reads the list, and not the booking change the owner takes by email', () => {
    expect(rules).toEqual(['anyone mentions an accident, injury or being ill', "a card's been charged wrong or twice"]);
  });

  it('"charged wrong or twice" is charged twice, not "twice" alone', () => {
    expect(ruleMatches(rules[1]!, "you've charged my card the full amount twice, £420 each time, I need this refunded asap")).toBe(true);
    expect(ruleMatches(rules[1]!, 'Can we come twice in one week?')).toBe(false);
  });
});

describe('a line over a list that hands over without a colon (round 34, read across the dev business rules)', () => {
  it('"When to pass it to a person" over a numbered list: each item is a hand-over', () => {
    const rules = escalatingBusinessRules("SERVICING\nBasic service £55, drop off any morning.\n\nWhen to pass it to a person\n1) a bike's been stolen or badly damaged while out\n2) group bookings over 15 - pass to me for a quote");
    expect(rules).toContain("a bike's been stolen or badly damaged while out");
    expect(rules).toHaveLength(2);
  });

  it('"THROW A LINE TO GARETH" over a list; "wants Gareth or a human" is asking for him, not his name said', () => {
    const rules = escalatingBusinessRules('THROW A LINE TO GARETH\n⚓ parcels gone walkabout or turned up smashed\n⚓ wants Gareth or a human');
    expect(rules).toHaveLength(2);
    expect(ruleMatches(rules[1]!, 'gareth sorted me out with the right shackles last month, cheers for that. do you also sell mousing wire?')).toBe(false);
    expect(ruleMatches(rules[1]!, 'can I speak to Gareth please?')).toBe(true);
  });

  it('a heading over an ordinary list is no hand-over', () => {
    expect(escalatingBusinessRules('PRICES\n- basic service £55\n- full service £95')).toEqual([]);
  });
});

describe('"hen dos" in a rule and "hen do" or "hen weekend" in a message are one party (round 34 dev)', () => {
  it('an example "(hen dos, WI, …)" is met by "my best friend\'s hen do"', () => {
    const rule = 'Anything about one-to-one lessons, or a group wanting a class just for them (hen dos, WI, schools, works parties)';
    expect(ruleMatches(rule, "I'm organising my best friend's hen do in May, there'd be 8 of us. Could you put on a sewing session just for our group?")).toBe(true);
    expect(ruleMatches(rule, 'what do you do on saturdays?')).toBe(false);
  });
});

describe('"worth over £1000" is the amount, not a word the message must say (round 34 dev)', () => {
  it('a watch to sell for £1500 is met, for £150 is not', () => {
    const rule = 'anyone wanting to SELL us a watch worth over £1000 (rolex, omega, breitling etc) - graham does those offers himself';
    expect(ruleMatches(rule, "I'd like to sell my watch, I had it valued at £1500 last year")).toBe(true);
    expect(ruleMatches(rule, 'I want to sell my watch, I paid £150 for it')).toBe(false);
  });
});

describe('the new hand-over verbs are read as instructions, not as what staff or customers do (round 34 review)', () => {
  it('"get stuck on it", "let them know and we\'ll take a deposit", "we hand them to Royal Mail" hand nothing over', () => {
    expect(escalatingBusinessRules('If you get stuck on it, ring the shop on 01234 567890.')).toEqual([]);
    expect(escalatingBusinessRules("If a table comes free, let them know and we'll take a deposit.")).toEqual([]);
    expect(escalatingBusinessRules('Parcels: we hand them to Royal Mail by 3pm every weekday.')).toEqual([]);
    expect(escalatingBusinessRules('At the end of the lesson the instructor hands them to the parent at the gate.')).toEqual([]);
  });

  it('while "get Gareth on it", "let Jo know and she\'ll sort it" and "please hand it to Jo" still do', () => {
    expect(escalatingBusinessRules("If there's a genuinely dangerous tree, get Gareth on it straight away.")).toHaveLength(1);
    expect(escalatingBusinessRules("Rescues asking for a discount, let Jo know and she'll sort it.")).toHaveLength(1);
    expect(escalatingBusinessRules('If a dog is hurt, please hand it to Jo.')).toEqual(['a dog is hurt']);
  });
});

describe('a line over a list sends it to someone, not somewhere (round 34 review)', () => {
  it('"Send parcels to Ireland" over how to post is no hand-over', () => {
    expect(escalatingBusinessRules('Send parcels to Ireland\n- tracked post only\n- customs form inside the box')).toEqual([]);
  });
});
