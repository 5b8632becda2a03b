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

const ruleWords = (rule: string) => parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial]);

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
    expect(parseRule(hall).alternatives).toEqual([{ required: [], partial: ['damag', 'hall'] }]);
  });
});
