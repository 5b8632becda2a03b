import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';

// A games shop's week (round 33 dev): each day's event, then its time and price after a full stop.
const WEEK = {
  id: 'week',
  title: 'Weekly events',
  text: `TUESDAY - Commander Night (Magic: The Gathering). 6.30pm, £3 entry, bring your own deck.
WEDNESDAY - Board Game Night. 6pm till late, free entry (no table fee either), new players always welcome.
FRIDAY - Friday Night Magic (draft). 7pm, £15 including 3 packs.
SATURDAY - Kids Comic Club. 10-11.30am, ages 7-12, £4.`,
};

describe('a sentence that opens with a time or a price goes on with the one before (round 33 dev)', () => {
  it('"how much is friday night magic" is answered by the price after "(draft)."', () => {
    const answer = extractAnswer('how much is friday night magic', [WEEK]).map((s) => s.text).join(' ');
    expect(answer).toContain('£15');
  });

  it('"does it cost anything to come to board game night?" is answered by "6pm till late, free entry"', () => {
    const answer = extractAnswer('Does it cost anything to come to board game night? I would be coming on my own', [WEEK]).map((s) => s.text).join(' ');
    expect(answer).toContain('free entry');
  });
});
