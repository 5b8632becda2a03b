import { describe, expect, it } from 'vitest';
import { analyseQuestion, extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { synonymsOf } from '../../src/knowledge/synonyms.ts';
import { stem, terms } from '../../src/knowledge/text.ts';

const answer = (question: string, sources: { id: string; title: string; text: string }[]) => extractAnswer(question, sources).map((s) => s.text);

describe('words that only say how the customer asks, when no source has them (round 25 dev)', () => {
  const mounts = [
    { id: 'm', title: 'Mount cutting', text: 'Bring in your own frame or photo and we cut a mount to fit. Prices:\n\n- Single mount, up to A4: £9\n- Single mount, up to A3: £14\n- Double mount (two colours layered): add £6' },
    { id: 'g', title: 'Getting here', text: 'Burley Park station is a 10-minute walk, and there is free parking for 30 cars.' },
  ];

  it('"already", "whole", "rough": not what the question is about', () => {
    expect(answer('How much is it just to have a mount cut for an A4 photo? I already have a frame.', mounts)).toContain('Single mount, up to A4: £9');
  });

  it.each(['already', 'whole', 'entire', 'rough', 'instead', 'closest', 'nearest', 'quickest', 'fastest', 'easiest'])('"%s" weighs as phrasing when no source has it', (word) => {
    const analysis = analyseQuestion(`what is the ${word} station?`, mounts)!;
    const [term] = terms(word);
    expect(analysis.weight.get(term!)).toBeLessThan(analysis.weight.get('station')!);
  });
});

describe('an age no band holds (round 25 dev)', () => {
  const sources = [
    { id: 't', title: 'Hearing tests', text: 'A full hearing test takes about 60 minutes and costs £65.\nWe test adults and young people aged 12 and over. For younger children, please ask your GP.' },
    { id: 'h', title: 'Home visits', text: 'We can do a full hearing test at home with portable equipment - allow about 90 minutes.' },
  ];

  it('is answered by the line whose band leaves it out ("Can my 9 year old…?" against "aged 12 and over")', () => {
    const lines = extractAnswer('Can my 9 year old daughter have her hearing tested at your clinic?', sources);
    const best = lines.reduce((a, b) => (b.score > a.score ? b : a));
    expect(best.text).toBe('We test adults and young people aged 12 and over.');
  });
});

describe('a list row whose label is prose names no variant (round 25 dev)', () => {
  const mounts = [
    {
      id: 'm',
      title: 'Mount cutting',
      text: "Need just a mount? We cut mounts while you wait. Prices:\n\n- Single mount, up to A4: £9\n- Single mount, up to A3: £14\n- Double mount (two colours layered): add £6\n- V-groove or decorative line: £5\n- Largest board we can cut: 1120 x 815mm",
    },
  ];

  it('answers "a mount cut for an A4 photo" from the A4 row, though "cut" is only in a prose label', () => {
    expect(answer('How much is it just to have a mount cut for an A4 photo?', mounts)).toContain('Single mount, up to A4: £9');
  });
});

describe('a student is no customer of any kind (round 25 dev)', () => {
  const prices = [
    { id: 'p', title: 'Prices', text: 'Prices per person:\n\n- Taster Throw (45 minutes): £18 per person\n- Classic Axe (1 hour): £22 per person\n- Big Throw (90 minutes): £30 per person\n\nOff-peak: 20% off all axe sessions on Wednesdays and Thursdays before 6pm.' },
  ];

  it('"do you do a student discount?" is not answered by the price per person', () => {
    expect(answer('do you do a student discount?', prices).filter((line) => line.includes('per person'))).toEqual([]);
  });
});

describe('a dog and a cat are each a pet, not each other (round 25 dev)', () => {
  const dogs = [{ id: 'd', title: 'Dogs', text: 'Well-behaved dogs are very welcome on every type of pitch.\nWe allow up to 2 dogs per pitch.' }];

  it('"Can we bring our cat?" is not answered by "dogs welcome", and pets still find dogs', () => {
    expect(synonymsOf(stem('cat'))).not.toContain(stem('dog'));
    expect(synonymsOf(stem('pet'))).toEqual(expect.arrayContaining([stem('dog'), stem('cat')]));
    expect(answer('Can we bring our cat with us?', dogs)).toEqual([]);
  });
});

describe('"Do you fit…", "Do you repair…" ask whether something is offered (round 25 dev)', () => {
  const aids = [
    { id: 'p', title: 'Hearing aid prices', text: 'All prices are for a pair of hearing aids and include your fitting and aftercare.\n\nEssential: £1,495 a pair\nAdvanced: £2,295 a pair' },
  ];

  it('a make no source names is not offered ("Do you fit Phonak or Oticon hearing aids?")', () => {
    expect(answer('Do you fit Phonak or Oticon hearing aids?', aids)).toEqual([]);
    expect(answer('Do you repair Phonak hearing aids?', aids)).toEqual([]);
  });
});

describe('a word cut short (round 25 dev)', () => {
  const drinks = [{ id: 'd', title: 'Food & drink', text: 'Hot drinks:\n\n- Espresso £2.40\n- Latte £3.20\n- Hot chocolate with cream & marshmallows £3.95' }];

  it('"hot choc" is hot chocolate, though its stem ("chocol") runs on by only two letters', () => {
    expect(answer('how much is a hot choc', drinks)).toContain('Hot chocolate with cream & marshmallows £3.95');
  });
});

describe('"go and" before a verb (round 25 dev)', () => {
  it('"When can I go and pick it up?" asks when to collect, not about going', () => {
    expect(terms('When can I go and pick it up?')).toEqual(terms('When can I pick it up?'));
    expect(terms('Is there anywhere to go and eat nearby?')).not.toContain('go');
    expect(terms('We collect them all in one go.')).toContain('go');
  });
});
