import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { terms } from '../../src/knowledge/text.ts';

describe('a number and its unit typed as one (round 31 dev)', () => {
  it.each([
    ['a 48hr session', ['48', 'hour', 'session']],
    ['24hrs', ['24', 'hour']],
    ['10mins', ['10', 'minut']],
    ['3nights', ['3', 'night']],
  ])('"%s" is read apart', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('a clock time and a code stay whole', () => {
    expect(terms('2pm')).toEqual(['2pm']);
    expect(terms('4x4')).toEqual(['4x4']);
  });

  it('"how much is a 48hr session on specimen" is answered by "48 hours £55"', () => {
    const sources = [
      { id: 'night', title: 'Night Fishing', text: 'Night fishing is allowed on Specimen Lake only, and it has to be booked.\nPrices on Specimen Lake (2 rods): 24 hours £30, 48 hours £55, 72 hours £75.\nArrive between 12 noon and 4pm on your first day.' },
      { id: 'learn', title: 'Learn to Fish with Liam', text: 'One-to-one sessions with Liam on weekdays - £40 for 2 hours.\nMax 6 kids per session so they all get proper help.' },
    ];
    expect(extractAnswer('how much is a 48hr session on specimen', sources).map((s) => s.text).join(' ')).toContain('£55');
  });
});
