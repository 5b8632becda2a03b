import { describe, expect, it } from 'vitest';
import { askedTypes, heldTypes } from '../../src/knowledge/answer-types.ts';
import { analyseQuestion, extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { stem } from '../../src/knowledge/text.ts';

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
    // A number of things is no number of people: "up to 10 people" does not answer it.
    expect(askedTypes('How many pages can I print each month without paying?').map((t) => t.kind)).not.toContain('#count');
    expect(heldTypes('Max 8 people so everyone gets proper help')).toContain('#count');
    expect(heldTypes('£65 per person.')).not.toContain('#count');
  });

  it('a want said outright is the request, not why: its words no source has still count', () => {
    for (const q of ["Hi, I'd like to book a private hen party workshop", 'Hi, we want to book a private hen party workshop']) {
      expect(analyseQuestion(q, [WORKSHOP])!.weight.get(stem('hen'))).toBeGreaterThan(1);
    }
  });

  it('why the customer asks is not what they ask: the count is answered', () => {
    expect(answer("how many ppl are on a workshop, I dont want to be lost in a big group")).toContain('Max 8 people');
  });
});

describe('how the customer says it is not what they ask (round 36 dev)', () => {
  const FIXING = { id: 'fixing', title: 'Fixing', text: 'It is quite normal for new graves to settle.\nWe can now straighten a leaning headstone: £290' };

  it('"quite" and "now" weigh as fillers even where a source uses them', () => {
    const a = analyseQuestion("Nan's headstone is leaning forward quite badly now, can it be put straight?", [FIXING])!;
    expect(a.weight.get(stem('quite'))).toBeLessThan(0.5);
    expect(a.weight.get(stem('now'))).toBeLessThan(0.5);
  });

  it('a rough price is a price: "estimate" asks for an amount and is no topic word', () => {
    expect(askedTypes('could you give me a rough price for a headstone').map((t) => t.kind)).toContain('#money');
    const a = analyseQuestion('could you give me a rough price for a plain headstone', [FIXING])!;
    expect(a.asked).not.toContain(stem('estimate'));
  });
});

describe('the days things go out (round 36 dev)', () => {
  const POSTING = {
    id: 'posting',
    title: 'Mail order',
    text: 'Tracked 48hr courier: £9.95 per order.\nWe post orders Monday to Wednesday only, so they are not sat in a depot over the weekend.\nOrders wait if it is frosty and we email you.',
  };

  it('"when will it get posted?" asks for the days things go out, not how long they take to arrive', () => {
    expect(askedTypes('if I order at about 3pm on a Friday when will it actually get posted?').map((t) => t.kind)).toContain('#when');
    expect(askedTypes('when will my order arrive?').map((t) => t.kind)).not.toContain('#when');
    expect(extractAnswer('if I order at about 3pm on a Friday when will it actually get posted?', [POSTING]).map((x) => x.text).join(' ')).toContain('Monday to Wednesday');
  });
});
