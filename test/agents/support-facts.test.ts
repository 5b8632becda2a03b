/**
 * The offline support agent on questions that share no topic word with their answer: "where are
 * you?" from the business context's address, "when do you open?" from its hours; and emergencies
 * told by what happened ("hives", "crashed into", "went overboard") matching the escalation rule
 * that names the situation. Calm questions stay calm.
 */
import { describe, expect, it } from 'vitest';
import { businessFactAnswer } from '../../src/agents/business-facts.ts';
import { ruleMatches } from '../../src/agents/escalation.ts';
import { composeSupportTurn } from '../../src/agents/offline-support.ts';

const CONTEXT =
  'Spoke & Chain repairs and rents bikes. Find us at 22 Canal Wharf, Leeds LS1 4BR. Call 0113 496 0000.\nWe are open Monday to Saturday 8am to 5:30pm, closed on Sundays.';

describe('business facts from the context', () => {
  it.each(['where are you?', 'Where are you located?', "What's your address?", 'how do I find you'])('answers a location question: %s', (q) => {
    expect(businessFactAnswer(q, CONTEXT)).toEqual(['Find us at 22 Canal Wharf, Leeds LS1 4BR.']);
  });

  it.each(['what time do you open on saturday?', 'Are you open on Sundays?', 'what are your opening hours'])('answers an hours question: %s', (q) => {
    expect(businessFactAnswer(q, CONTEXT)).toEqual(['We are open Monday to Saturday 8am to 5:30pm, closed on Sundays.']);
  });

  it.each(['where is my order?', 'where are you with my refund?', 'Do you fix e-bikes?'])('leaves other questions alone: %s', (q) => {
    expect(businessFactAnswer(q, CONTEXT)).toEqual([]);
  });

  it('quotes nothing when the context states no address or hours', () => {
    expect(businessFactAnswer('where are you?', 'We repair bikes.')).toEqual([]);
    expect(businessFactAnswer('when do you open?', 'We repair bikes.')).toEqual([]);
  });

  it('is what the offline support agent answers when no sentence shares a word with the question', () => {
    const turn = composeSupportTurn({
      system: '',
      messages: [{ role: 'user', content: 'where are you?' }],
      context: {
        kind: 'support',
        agentName: 'Ava',
        tone: 'friendly',
        businessContext: CONTEXT,
        businessRules: '',
        escalationRules: [],
        synonyms: [],
        customerMessage: 'where are you?',
        articles: [],
      },
    }) as { text: string };
    expect(turn.text).toContain('22 Canal Wharf');
  });
});

describe('emergencies told by what happened', () => {
  it.each([
    ['allergic reactions', 'My daughter broke out in hives after the flapjack'],
    ['allergic reactions', 'his tongue is swelling up, he ate your cookie'],
    ['a collision', 'A van ploughed into my bike outside your shop'],
    ['a guest fell in the water', 'my husband has gone into the river off the pontoon'],
    ['food poisoning', 'We were all throwing up after the buffet'],
  ])('"%s" matches: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    ['allergic reactions', 'Does the rash cream come in a bigger size?'],
    ['allergic reactions', 'Do your flapjacks contain nuts?'],
    ['a collision', 'The booking app crashed on my phone'],
    ['a guest fell in the water', 'Is the water warm enough to swim in June?'],
  ])('"%s" does not match: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });
});
