import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { escalatingBusinessRules } from '../../src/agents/business-rules-handovers.ts';
import { nothingHappened, parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

// A karting track's notes (round 32 dev): every hand-over told in paragraphs of prose.
const KARTING_RULES = `When to pass it to one of us

Anything where the customer says we've taken money wrongly needs a person as well. So if they've been charged twice, charged for a session they never got, or they're talking about going to their bank or doing a chargeback, pass it on to me or Sarah and don't argue about it or promise money back. Normal refund questions about the weather are fine for you to answer.

We quite often get disabled drivers asking if they can have a go. Sometimes we can, but everyone is different so please don't say yes or no yourself. Pass them over and Dean will talk it through with them.

If somebody is unhappy about the way a marshal spoke to them or treated them, hand it over rather than defending the staff member. Press, TV and YouTubers wanting to film here, or anyone asking about sponsorship, also go to a person.`;

// A mobile mechanic's and a holiday club's notes (round 32 dev): the condition first, then what to tell the customer, then the hand-over.
const MECHANIC_RULES =
  "Please don't give exact prices. If someone says something that sounds dangerous, like brakes going soft, smell of fuel, smoke, steering gone heavy all of a sudden, tell them not to drive it and hand it over to me. " +
  'Anyone who thinks their invoice is wrong or the bill came in higher than the quote should be passed to me rather than you trying to explain it. ' +
  'If in doubt, pass it on.';
const CLUB_RULES =
  'Late collection after 5:30 is charged at £5 per 10 minutes, explain it if asked. BUT if a parent is telling us about today - running late, or someone different is collecting - hand it to a person straight away, the site lead needs to know.\n' +
  'Free funded places (HAF) for children on free school meals: anyone asking how to use a code or whether they qualify goes to Jo.';

describe('hand-overs told in paragraphs (round 32 dev)', () => {
  const rules = escalatingBusinessRules(KARTING_RULES);

  it('"X needs a person", "X also go to a person": X is the situation', () => {
    expect(rules).toContain("Anything where the customer says we've taken money wrongly");
    expect(rules).toContain('Press, TV and YouTubers wanting to film here, or anyone asking about sponsorship');
  });

  it('"So if …, pass it on to me or Sarah and don\'t argue": the condition alone, not whom to or what not to do', () => {
    expect(rules).toContain("they've been charged twice, charged for a session they never got, or they're talking about going to their bank or doing a chargeback");
    expect(detectEscalation('just checked my banking app and youve taken £110 twice for the same booking?? ref KM-22817', rules)).toBeDefined();
  });

  it('a bare "Pass them over and Dean will …" hands over the case its paragraph opens with', () => {
    expect(rules).toContain('disabled drivers asking if they can have a go');
    expect(rules.some((r) => /Sometimes we can/.test(r))).toBe(false);
  });

  it('"If …, hand it over rather than defending …" keeps the condition', () => {
    expect(rules).toContain('somebody is unhappy about the way a marshal spoke to them or treated them');
  });
});

describe('the condition before a hand-over (round 32 dev)', () => {
  it('"If …, tell them not to drive it and hand it over to me": the condition and its examples', () => {
    expect(escalatingBusinessRules(MECHANIC_RULES)).toContain(
      'someone says something that sounds dangerous, like brakes going soft, smell of fuel, smoke, steering gone heavy all of a sudden',
    );
  });

  it('"… should be passed to me rather than you trying to explain it": not what the agent is not to do', () => {
    expect(escalatingBusinessRules(MECHANIC_RULES)).toContain('Anyone who thinks their invoice is wrong or the bill came in higher than the quote');
  });

  it('"If in doubt, pass it on" is no situation', () => {
    expect(escalatingBusinessRules(MECHANIC_RULES).some((r) => /doubt/.test(r))).toBe(false);
  });

  it('"if … - running late, or someone different is collecting - hand it to a person": after a dash too', () => {
    const rules = escalatingBusinessRules(CLUB_RULES);
    expect(rules).toContain('a parent is telling us about today - running late, or someone different is collecting');
    expect(detectEscalation('running about 25 mins late today, traffic on the m32 is awful, sorry!! is that ok', rules)).toBeDefined();
  });

  it('"anyone asking … goes to Jo": anyone, as well as any case', () => {
    expect(escalatingBusinessRules(CLUB_RULES).some((r) => /anyone asking how to use a code/.test(r))).toBe(true);
  });

  it('"…, pass it straight to Kerry": whom to, said straight, is not the situation', () => {
    expect(escalatingBusinessRules("Anyone who's been in a crash or hurt on one of our hire bikes, pass it straight to Kerry.")).toEqual([
      "Anyone who's been in a crash or hurt on one of our hire bikes",
    ]);
  });
});

describe('rule reading (round 32 dev)', () => {
  const visit = 'Complaint about an install or maintenance visit (e.g. tech late or no show, left a mess, broke something)';

  it('"complaint about an install or maintenance visit": the complaint is about either', () => {
    expect(ruleMatches(visit, 'do you do home maintenance visits in marple? how much a month')).toBe(false);
    expect(ruleMatches(visit, 'really unhappy with the maintenance visit, he left water all over the floor')).toBe(true);
  });

  it('"complaints about dead/wilted flowers" stays one complaint about flowers either way', () => {
    expect(ruleMatches('complaints about dead/wilted flowers', 'the roses i sent my mum were brown and drooping by the next morning. £55 for that, honestly')).toBe(true);
  });

  it('"the bridesmaids car still isnt here" is a car not turned up', () => {
    const rule = 'car late or not turned up on the day - URGENT get Gary/Lorraine';
    expect(ruleMatches(rule, 'its 1.40 and the bridesmaids car still isnt here, ceremony is at 2!! where is it')).toBe(true);
    expect(ruleMatches(rule, 'no sign of our car yet and we are meant to leave for the church in 5 mins')).toBe(true);
    expect(ruleMatches(rule, 'is the car here for a viewing on saturdays?')).toBe(false);
  });

  it('"getting on/off a lift" is one situation, not "a lift" alone', () => {
    const rule = 'Any fall, trip or injury that happened on or getting on/off a lift';
    expect(ruleMatches(rule, 'how long does it take to fit a lift on a curved staircase?')).toBe(false);
    expect(ruleMatches(rule, 'my dad had a fall getting off the lift yesterday, it happened at the top')).toBe(true);
  });

  it('"… and they want a refund or replacement" is what they ask for, not a second situation', () => {
    const rule = 'Fish/shrimp/corals died within the 7 day guarantee and they want a refund or replacement';
    expect(ruleMatches(rule, 'can i get a replacement filter for my tank?')).toBe(false);
    // "AND they want to change the menu" is the situation itself, and stays in it.
    const menu = parseRule('Event in less than 14 days AND they want to change the menu, add more than 10 guests or change venue');
    expect(menu.alternatives.some((a) => [...a.required, ...a.partial].includes('menu'))).toBe(true);
  });

  it('"actually", "really" say how surely, not which case', () => {
    expect(ruleMatches('anyone really upset or angry - don\'t argue, just pass it on', "i'm so upset, the fitter tracked mud all through the house")).toBe(true);
  });

  it('"If someone slipped on the decking, is there a first aid kit?" is asked before anything happened', () => {
    expect(nothingHappened("If someone slipped on the decking, is there a first aid kit somewhere on site? Asking because my dad's a bit unsteady on his feet these days.")).toBe(true);
    expect(nothingHappened('my dad slipped on the decking and hurt his wrist')).toBe(false);
  });
});
