import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { terms } from '../../src/knowledge/text.ts';

// A haberdashery's fabric counter and a watch repairer's water test (round 34 dev).
const FABRIC = {
  id: 'fabric',
  title: 'Fabric - cutting & prices',
  text: `We cut in 10cm steps, minimum cut 50cm (fat quarters excepted).
Cotton poplin from £9/m, wool suiting from £24/m.
remnant basket by the till - everything half price`,
};

describe('everyday words for what a help centre names (round 34 dev)', () => {
  it('"leftover ends of rolls" are the remnant basket', () => {
    const answer = extractAnswer('Do you have any cheaper bits of fabric, like leftover ends of rolls?', [FABRIC]).map((s) => s.text).join(' ');
    expect(answer).toContain('remnant basket');
  });

  it('"watertight" is "water resistant", as written', () => {
    expect(terms('is my watch still watertight?')).toEqual(expect.arrayContaining(terms('water resistant')));
  });
});
