import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { terms } from '../../src/knowledge/text.ts';

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

describe('a first name that runs something is a person (round 33 dev)', () => {
  const PARTIES = {
    id: 'parties',
    title: 'Kids laser tag parties',
    text: `Our laser tag parties are honestly the most popular thing we do.
Minimum 10 kids, maximum 24.
Shona runs all the kids parties and she's brilliant with the nervous ones. Parents are welcome to watch from the viewing deck with a cuppa.`,
  };

  it('"who runs the kids parties?" is answered by "Shona runs all the kids parties"', () => {
    const answer = extractAnswer('who actually runs the kids parties?', [PARTIES]).map((s) => s.text).join(' ');
    expect(answer).toContain('Shona');
  });

  it('"Term runs from September" names no one', () => {
    expect(extractAnswer('who runs the autumn term?', [{ id: 't', title: 'Terms', text: 'Term runs from September to December.' }])).toEqual([]);
  });
});

describe('somewhere safe to leave things is a locker (round 33 dev)', () => {
  it('"anywhere safe to leave our phones and car keys?" is answered by the lockers', () => {
    const kit = { id: 'kit', title: 'What to wear and what to bring', text: 'Stuff to wear / bring:\n- Old clothes and trainers or boots.\n- Lockers at the hut for phones, wallets and car keys - they take a £1 coin which you get back.' };
    const answer = extractAnswer('is there anywhere safe to leave our phones and car keys while we play', [kit]).map((s) => s.text).join(' ');
    expect(answer).toContain('£1 coin');
  });

  it('"somewhere to leave the car" is no locker', () => {
    expect(terms('is there somewhere to leave the car overnight?')).not.toContain('locker');
  });
});

