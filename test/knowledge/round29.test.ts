import { describe, expect, it } from 'vitest';
import { askedTypes, heldTypes } from '../../src/knowledge/answer-types.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { sourceBlocks } from '../../src/knowledge/source-blocks.ts';
import { terms } from '../../src/knowledge/text.ts';

const answer = (question: string, sources: { id: string; title: string; text: string }[]) => extractAnswer(question, sources).map((s) => s.text).join(' ');

describe('a day cut short in a timetable is the day (round 29 dev)', () => {
  it.each([
    ['Mon - Ludlow Market, Castle Square, 9-3', 'mondai'],
    ['Tues & Thurs = home visits', 'thursdai'],
    ['Mon-Fri 9-5', 'fridai'],
    ['Sat 9am-1pm', 'saturdai'],
    ['closed Sun', 'sundai'],
  ])('%s holds %s', (text, day) => {
    expect(terms(text)).toContain(day);
  });

  it('only in a timetable: "sat in the sun" and "Wed in June" hold no day', () => {
    expect(terms('we sat in the sun')).toEqual(['sat', 'sun']);
    expect(terms('Wed in June')).not.toContain('wednesdai');
  });

  it('answers a day asked in full from the line that writes it short', () => {
    const markets = [
      {
        id: 'm',
        title: 'Where the van is this week',
        text: "Mon - Ludlow Market, Castle Square, 9-3\nWed - Leominster, Corn Square, 9am-2pm\nFri - Church Stretton market, 10-2\nSun - day off, sorry!",
      },
    ];
    expect(answer('where are you on a monday?', markets)).toContain('Castle Square');
    expect(answer('are you at any markets on sundays', markets)).toContain('day off');
  });
});

describe('everyday words (round 29 dev)', () => {
  it('a plural in -ves is its singular: "knives" and "knife"', () => {
    expect(terms('knives')).toEqual(terms('knife'));
    expect(terms('shelves')).toEqual(terms('shelf'));
  });

  it('"veggie" is vegetarian', () => {
    const chips = [{ id: 'c', title: 'Chips', text: "Beef dripping, the proper way - so sorry, our chips aren't suitable for vegetarians or vegans." }];
    expect(answer('are your chips veggie?', chips)).toContain('Beef dripping');
  });
});

describe('dot leaders join a name to its value (round 29 dev)', () => {
  const hours = `OPENING TIMES
Mon – Fri ........ 9am – 4pm
Sat .............. 9am – 5pm
Bank holidays .... 10am – 3pm`;

  it('end no sentence: the day stays with its hours', () => {
    const texts = sourceBlocks(hours).map((l) => l.text);
    expect(texts).toEqual(['Mon – Fri: 9am – 4pm', 'Sat: 9am – 5pm', 'Bank holidays: 10am – 3pm']);
  });

  it('answers the hours of the day asked', () => {
    expect(answer('what time do you shut on a saturday?', [{ id: 'h', title: 'Opening times', text: hours }])).toContain('5pm');
  });

  it('an ellipsis in a sentence is no leader', () => {
    expect(sourceBlocks('We were fully booked... but had a cancellation, so ring us.').map((l) => l.text).join(' ')).toContain('booked...');
  });
});

describe('"the latest we can order" asks a time (round 29 dev)', () => {
  it('is a time, and "latest" only says so', () => {
    const time = askedTypes("what's the latest we can order food upstairs in the restaurant").find((t) => t.kind === '#time');
    expect(time?.words).toContain('latest');
    expect(askedTypes('what is the latest news?').some((t) => t.kind === '#time')).toBe(false);
  });

  it('is answered by the last orders line under the restaurant heading', () => {
    const hours = [{ id: 'o', title: 'Opening hours', text: 'TAKEAWAY\nTue-Thu  11:30-2 & 4:30-8\n\nRESTAURANT (upstairs)\nTue-Sun 12-2:30 & 5-8, last orders 7.30pm' }];
    expect(answer("what's the latest we can order food upstairs in the restaurant", hours)).toContain('7.30pm');
  });
});

describe('an unnamed word that only says which kind of a named thing (round 29 dev)', () => {
  const prices = [{ id: 'p', title: 'Sharpening price list', text: 'Workshop\n   Chisels & plane irons ... £5 each\n   Hand saws - sorry, I no longer do these (try a saw doctor)' }];
  it('"my old tenon saw" is a saw the list names', () => {
    expect(answer('Can you sharpen my old tenon saw?', prices)).toContain('no longer do these');
  });
  it('a thing of the customer\'s no source names still needs more than one shared word', () => {
    const yoga = [{ id: 'y', title: 'Classes', text: 'Every class is 60 minutes long and suits all levels.' }];
    expect(answer('Can I bring my baby to a class?', yoga)).toBe('');
  });
});

describe('"bank hol", "school hols" are holidays (round 29 dev)', () => {
  it('answers the bank holiday hours', () => {
    const hours = [{ id: 'h', title: 'Opening times', text: 'OPENING TIMES\nMon – Fri ........ 9am – 4pm\nBank holidays .... 10am – 3pm' }];
    expect(answer('r u open on the bank hol monday and til when', hours)).toContain('10am – 3pm');
  });
});

describe('a duration written short holds a duration (round 29 dev)', () => {
  it.each(['per 90 min session', 'Your 90 mins starts at your booked time', 'a 45-min lesson', '2 hrs on the water'])('%s', (text) => {
    expect(heldTypes(text)).toContain('#duration');
  });
  it('"min 2 people" is a minimum, no duration', () => expect(heldTypes('min 2 people')).not.toContain('#duration'));
});
