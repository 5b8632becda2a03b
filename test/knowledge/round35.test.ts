import { describe, expect, it } from 'vitest';
import { askedTypes } from '../../src/knowledge/answer-types.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { synonymsOf } from '../../src/knowledge/synonyms.ts';
import { stem, terms } from '../../src/knowledge/text.ts';

// A forge's gift vouchers and courses, and a veg box round's terms (round 35 dev).
const VOUCHERS = {
  id: 'vouchers',
  title: 'Gift vouchers',
  text: `Vouchers are valid for 12 months from the date of purchase.
We can email the voucher as a PDF straight away (good for last minute presents!) or post it in a card for £2.50 extra - sent 1st class, allow 2-3 working days.`,
};
const COURSE = {
  id: 'course',
  title: 'Beginner forging day - what happens on the day',
  text: `Our one-day Beginner Forging Course runs on Saturdays and most Sundays, 9.30am to 4.30pm. Max 4 people per course so everyone gets their own forge and anvil.

It's £175 per person.`,
};
const TERMS = {
  id: 'terms',
  title: 'Starting, swaps and dislikes',
  text: `No contract and no minimum term - try it for a week or two and see how you get on.
Tell us up to 3 dislikes and we'll never put them in your box.`,
};
const answer = (question: string, source: { id: string; title: string; text: string }) => extractAnswer(question, [source]).map((s) => s.text).join(' ');

describe('everyday words for what a help centre names (round 35 dev)', () => {
  it('"post the voucher in a card" asks how it comes, not where it can be sent', () => {
    expect(askedTypes('can you post the voucher in a card?').map((t) => t.kind)).not.toContain('#area');
    expect(askedTypes('do you post to Ireland?').map((t) => t.kind)).toContain('#area');
    expect(answer("can you post the voucher in a card? it's for my dad's birthday", VOUCHERS)).toContain('£2.50');
  });

  it('"ppl" are people, and a blacksmith is forging', () => {
    expect(terms('how many ppl are on a course?')).toContain(stem('people'));
    expect(synonymsOf(stem('blacksmith'))).toContain(stem('forging'));
  });

  it('"min contract" is the minimum term (not "30 min"), and hating beetroot is a dislike', () => {
    expect(terms('is there a min contract?')).toContain(stem('minimum'));
    expect(terms('the lesson is 30 min long')).not.toContain(stem('minimum'));
    expect(synonymsOf(stem('hate'))).toContain(stem('dislike'));
  });
});
