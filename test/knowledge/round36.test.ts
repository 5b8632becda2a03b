import { describe, expect, it } from 'vitest';
import { askedTypes, heldTypes } from '../../src/knowledge/answer-types.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';

// A bonsai nursery's workshops (round 36 dev).
const WORKSHOP = {
  id: 'workshop',
  title: 'Beginner workshops',
  text: `Our beginner workshop runs one Saturday a month from March to October, 10am to 1pm.
- £65 per person, tree, pot and soil included
- Max 8 people so everyone gets proper help
- Minimum age 12`,
};
const answer = (question: string) => extractAnswer(question, [WORKSHOP]).map((s) => s.text).join(' ');

describe('a number of people asked for (round 36 dev)', () => {
  it('"how many" asks for a count, which "Max 8 people" holds and "£65 per person" does not', () => {
    expect(askedTypes('how many ppl are on a workshop?').map((t) => t.kind)).toContain('#count');
    expect(askedTypes('how many days does it take?').map((t) => t.kind)).not.toContain('#count');
    expect(heldTypes('Max 8 people so everyone gets proper help')).toContain('#count');
    expect(heldTypes('£65 per person.')).not.toContain('#count');
  });

  it('why the customer asks is not what they ask: the count is answered', () => {
    expect(answer("how many ppl are on a workshop, I dont want to be lost in a big group")).toContain('Max 8 people');
  });
});
