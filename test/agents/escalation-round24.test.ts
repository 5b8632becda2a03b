/**
 * Escalation rules as owners type them (issue 13, round 24): a reason tail after a comma (", as I
 * need to check the crematorium bookings first"), who takes it after an arrow ("-> straight to
 * Lisa"), two verbs sharing one object ("changing or cancelling a funeral"), a hyphenated word in
 * a slash list ("coroner / post-mortem"), and people counted as "twelve of his mates".
 */
import { describe, expect, it } from 'vitest';
import { ruleMatches } from '../../src/agents/escalation.ts';
import { parseRule } from '../../src/agents/escalation-rules.ts';

const EXAMS = 'late grade exam entries (after the deadline), as I need to check with ABRSM/Trinity first';
const LEGAL = 'anything legal (solicitors, small claims, chargebacks) -> straight to Lisa';
const FUNERAL_CHANGES = "anything about changing or cancelling a funeral that's already booked -> pass to Helen, as I need to check the crematorium and church bookings first";
const CORONER = 'coroner / post-mortem / death abroad';

// The rule's own clauses: the examples it gives are alternatives of their own (round 26).
const ruleWords = (rule: string) => parseRule(rule).alternatives.filter((a) => !a.exact).flatMap((a) => [...a.required, ...a.partial]);

describe('rules as owners type them (round 24)', () => {
  it('a reason tail after a comma is no part of the situation', () => {
    expect(ruleWords(EXAMS)).not.toContain('first');
    expect(ruleWords(EXAMS)).not.toContain('check');
    expect(ruleMatches(EXAMS, 'Do you teach the Trinity pieces in the first lesson?')).toBe(false);
    expect(ruleMatches(EXAMS, 'Is it too late to get a late entry in for the grade 2 exam?')).toBe(true);
    expect(ruleWords('skips that need to go on the road (council permit), as I need to sort the permit with the council first')).not.toContain('sort');
  });

  it('who takes it after an arrow ("-> straight to Lisa") is no word a message must hold', () => {
    expect(ruleWords(LEGAL)).not.toContain('lisa');
    expect(ruleMatches(LEGAL, "If this isn't sorted we'll be taking legal action.")).toBe(true);
    expect(ruleMatches(LEGAL, 'Will Lisa come straight to the church after the bridal prep?')).toBe(false);
  });

  it('two verbs before one object share it: "changing or cancelling a funeral"', () => {
    expect(ruleMatches(FUNERAL_CHANGES, 'Could we change the funeral we booked to the Friday instead?')).toBe(true);
    expect(ruleMatches(FUNERAL_CHANGES, 'We need to cancel the funeral we booked with you.')).toBe(true);
    // Not any change at all, as when "changing" was read as a situation on its own.
    expect(ruleMatches(FUNERAL_CHANGES, 'Do you charge for changes to the order of service printing?')).toBe(false);
    // "asking about copyright or using our photos" stays two questions.
    const copyright = parseRule('asking about copyright or using our photos').alternatives;
    expect(copyright).toHaveLength(2);
    expect(copyright[0]).toEqual({ required: [], partial: ['copyright'] });
  });

  it('a hyphenated word in a slash list is a situation of its own, not an object for the word before', () => {
    expect(ruleMatches(CORONER, 'The coroner has said they will release Mum to us next week.')).toBe(true);
    expect(ruleMatches(CORONER, 'Will there need to be a post-mortem?')).toBe(true);
    expect(ruleMatches(CORONER, 'Can you post the order of service to my aunt?')).toBe(false);
  });

  it('people counted as "twelve of his mates" meet a count of people', () => {
    const rule = 'groups of more than eight';
    expect(ruleMatches(rule, "It's my son's 10th birthday next month and he'd love a rock band party with twelve of his mates. Is that something you could do?")).toBe(true);
    expect(ruleMatches(rule, 'Could he bring three of his mates to the taster?')).toBe(false);
  });

  it.each([
    [CORONER, 'My brother died while on holiday in Spain last week and we want to bring him home to Cumbria. Can you help with that?'],
    [CORONER, 'Mum passed away in France on Sunday; what do we do?'],
    [LEGAL, "If I don't hear back about our album this week I'll be raising a chargeback with Amex."],
    ['refunds over £200', "I've just noticed we paid the £1,350 balance twice by mistake. Can you send one of them back?"],
    ['complaints', 'Honestly quite upset with our photos. Loads of them are blurry and the colours make everyone look orange.'],
    ['complaints', "The album arrived with the cover scuffed and two pages stuck together. For £450 I'd expect a lot better."],
    ['complaints', 'Not what we paid £1,950 for, the speeches were missed completely.'],
  ])('a situation told in the customer\'s words: %s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    [CORONER, 'Do you arrange the death certificate copies, or do we?'],
    ['refunds over £200', 'I think I paid the £40 deposit twice, can you check?'],
    ['complaints', 'My son gets really upset by loud noises, is the studio quiet?'],
    ['complaints', 'We expect about 80 guests, is that better for the small or the large package?'],
  ])('and not told: %s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });
});

describe('rules as owners type them, second round-24 set', () => {
  const GAME = 'anyone hurt or feeling unwell during or after a game -> Priya';
  const GROUPS = 'groups of more than 20, or anything about hiring the whole place at a weekend, Tom deals with those';
  const DAMAGE = "anything about damage to someone's property, car or a neighbour's garden -> pass to Gary";

  it('"during or after a game" is one time, not a situation of its own ("after a game")', () => {
    expect(ruleMatches(GAME, 'how long do you get in the bank heist game?')).toBe(false);
    expect(ruleMatches(GAME, 'Can we bring a birthday cake for after the game?')).toBe(false);
    expect(ruleMatches(GAME, 'My friend felt really unwell halfway through the game and had to sit outside.')).toBe(true);
  });

  it('reads the number of "more than 20, or …" without the comma, and "Tom deals with those" as who takes it', () => {
    expect(parseRule(GROUPS).threshold).toEqual({ op: 'gt', value: 20, unit: 'people' });
    expect(ruleWords(GROUPS)).not.toContain('tom');
    expect(ruleMatches(GROUPS, 'Which game would you recommend for a group who have never done one before?')).toBe(false);
    expect(ruleMatches(GROUPS, "There'll be 26 of us for the work do, can we book?")).toBe(true);
    expect(parseRule('refunds over £1,500').threshold).toEqual({ op: 'gt', value: 1500 });
  });

  it('a list after a preposition shares the words before it: "damage to someone\'s property, car or a neighbour\'s garden"', () => {
    expect(ruleMatches(DAMAGE, "Can the scaffold go up in a neighbour's garden if they're happy with it?")).toBe(false);
    expect(ruleMatches(DAMAGE, "Your lorry damaged my neighbour's garden wall when it reversed in.")).toBe(true);
    expect(ruleMatches(DAMAGE, 'The lads damaged my car getting the poles off the lorry.')).toBe(true);
    // "their brakes, steering or a wheel failed" still shares what comes after.
    expect(ruleMatches('always escalate if a customer says their brakes, steering or a wheel failed after we worked on the car', 'Do you do steering alignment?')).toBe(false);
  });

  it('who takes it and what to tell them are no words of the situation', () => {
    expect(ruleWords('Events with more than 150 guests, or any quote over £3,000, to Joe')).not.toContain('joe');
    expect(ruleWords('Neighbours complaining about noise, parking or anything else from an event -> Tony Bevan (chair)')).not.toContain('bevan');
    const battery = "always escalate a battery that's swelling, smoking, hissing or smells of burning — never let the bot give battery safety advice";
    expect(ruleWords(battery)).not.toContain('advic');
    const pain = 'If anyone mentions numbness between the legs, losing control of bladder or bowels, or chest pain - tell them to call 999 or 111 and flag it to a clinician straight away';
    expect(ruleWords(pain)).not.toContain('call');
    expect(ruleMatches(pain, 'Can I call you to book an appointment?')).toBe(false);
  });

  it('a clause of filler words alone ("or our things") borrows nothing', () => {
    const hall = "Anything about damage to the hall or our things (broken chairs, marks on the floor) goes to Margaret - don't say anything about keeping or giving back deposits";
    expect(parseRule(hall).alternatives.filter((a) => !a.exact)).toEqual([{ required: [], partial: ['damag', 'hall'] }]);
  });
});

describe('rules and situations from the second round-24 escalation set', () => {
  it('a rule that is only a short list with commas lists alternatives: "complaints, chargebacks"', () => {
    expect(ruleMatches('complaints, chargebacks', "I've been charged twice and nobody answers. If it's not sorted this week I'll dispute it with my card company.")).toBe(true);
    expect(ruleMatches('complaints, chargebacks', 'Do you take card payments at the class?')).toBe(false);
  });

  it('after an arrow and a hand-off, the rest is what to do: "-> pass to me, I don\'t want the bot guessing"', () => {
    const rule = "anything about severe allergies or anaphylaxis -> pass to me, I don't want the bot guessing";
    expect(ruleWords(rule)).not.toContain('guess');
    expect(ruleMatches(rule, 'My son had anaphylaxis to peanuts once, is your kitchen nut-free?')).toBe(true);
  });

  it('"orders over £1,500" is met by a sum the customer says is theirs, not by a price asked about', () => {
    const rule = 'orders over £1,500';
    expect(ruleMatches(rule, "I'm after the premium wool twist for all four bedrooms, the stairs and the landing – probably about £3k worth. Can we book a measure?")).toBe(true);
    expect(ruleMatches(rule, 'Your quote came to £2,340 for carpets throughout the house. We are happy to go ahead – how do I pay the deposit?')).toBe(true);
    expect(ruleMatches(rule, 'Can I get the £1,800 oak flooring in grey as well?')).toBe(false);
    expect(ruleMatches(rule, 'Our quote came to £900, can we pay on the day?')).toBe(false);
    // "anything over £100" names no order: the sum alone is not the situation.
    expect(parseRule('Refunds on PT blocks or anything over £100').countAlone).toBeUndefined();
  });

  it('counts "eight of our dogs" against a count of dogs', () => {
    const rule = 'group bookings of more than six dogs (rescues, breeders, doggy daycares)';
    expect(ruleMatches(rule, 'I volunteer at a rescue centre. Can we bring eight of our dogs along for some basic training?')).toBe(true);
    expect(ruleMatches(rule, 'Could I bring two of our dogs to the same class?')).toBe(false);
  });

  it.each([
    ['refunds or getting a deposit back', "We've had to call the wedding off completely. Is there any chance of getting the booking fee back?"],
    ['complaints', "There's a huge shading mark right across the new bedroom carpet. If it isn't replaced I'll be taking you to small claims."],
    ['complaints or bad reviews', "Honestly the sponge was dry and the colour was nothing like the swatch we sent you. I'll be saying so on Google."],
  ])('a situation told in the customer\'s words: %s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it('two plural nouns joined by "or" are two situations: "complaints or bad reviews", "refunds or deposit returns over £250"', () => {
    expect(parseRule('complaints or bad reviews').alternatives[0]).toEqual({ required: [], partial: ['complaint'] });
    expect(ruleMatches('refunds or deposit returns over £250', 'I paid £300 for the package and it never happened, can I have a refund?')).toBe(true);
    // "cancel or reschedule a surgery" still shares the object.
    expect(ruleMatches('cancel or reschedule a surgery', 'Can I reschedule my appointment?')).toBe(false);
  });

  it('examples after "e.g." are no words a message must hold', () => {
    const rule = 'Any falls or injuries (rider or horse) — e.g. someone comes off, gets kicked or bitten, a horse goes lame';
    expect(ruleWords(rule)).not.toContain('come');
    expect(ruleMatches(rule, 'My daughter hurt her wrist at the lesson today, she had an injury to her hand.')).toBe(true);
  });
});
