/**
 * The fitted escalation layer does not hand over one calm question with no past in it (round 18):
 * what the answer businesses' customers mostly ask. A rule or a request for a person still does.
 */
import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { calmQuestionAlone } from '../../src/agents/escalation-rules.ts';

describe('one calm question (round 18)', () => {
  it('is one question with nothing gone wrong and nothing past', () => {
    expect(calmQuestionAlone('Is the hot tub open in the evenings?')).toBe(true);
    expect(calmQuestionAlone('Can I use Klarna for the £620 MacBook Air, and how many payments would that be?')).toBe(true);
    // Two sentences however typed, a past, a failure: not calm.
    expect(calmQuestionAlone('we paid £228 for the term and my son has gone off it after 2 lessons. can we get the rest back?')).toBe(false);
    expect(calmQuestionAlone('Why was I charged twice?')).toBe(false);
    expect(calmQuestionAlone("Why doesn't the key safe open?")).toBe(false);
  });

  it('still lets a rule hand it over', () => {
    const rules = ['Group bookings of more than 8 people → Rhiannon'];
    expect(detectEscalation('Could 12 of us book the whole site for a weekend in May?', rules)?.kind).toBe('rule_matched');
  });
});
