import { describe, expect, it } from 'vitest';
import { askedTypes, heldTypes } from '../../src/knowledge/answer-types.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { sourceBlocks } from '../../src/knowledge/source-blocks.ts';
import { terms } from '../../src/knowledge/text.ts';

const answer = (question: string, sources: { id: string; title: string; text: string }[]) => extractAnswer(question, sources).map((s) => s.text);

describe('a pasted price list: a name over its indented prices (round 28 dev)', () => {
  const hire = [
    {
      id: 'h',
      title: 'Hire prices 2025',
      text: `HIRE PRICES 2025 (per board/boat, not per person)

Stand-up paddleboard (SUP)
  1 hour £20   |  2 hours £32  |  half day (4 hrs) £48  |  full day £70

Sit-on-top kayak - single
  1 hour £22   |  2 hours £35  |  half day £50  |  full day £72

Every hire includes paddle(s), buoyancy aids for everyone and a laminated map of the hire zone.`,
    },
    { id: 'l', title: 'Lessons', text: 'A SUP Taster lasts 1.5 hours and costs £40 per person.' },
  ];

  it('each indented line is quoted with the name above it', () => {
    const texts = sourceBlocks(hire[0]!.text).map((l) => l.text);
    expect(texts).toContain('Stand-up paddleboard (SUP): 1 hour £20   |  2 hours £32  |  half day (4 hrs) £48  |  full day £70');
    expect(texts).toContain('Sit-on-top kayak - single: 1 hour £22   |  2 hours £35  |  half day £50  |  full day £72');
    // The name is no line of its own, and a line after the indented ones is not under it.
    expect(texts).not.toContain('Stand-up paddleboard (SUP)');
    expect(texts).toContain('Every hire includes paddle(s), buoyancy aids for everyone and a laminated map of the hire zone.');
  });

  it('answers the price of the thing the name names', () => {
    expect(answer('price for a single kayak for the morning, about 4 hours?', hire).join(' ')).toContain('£50');
    expect(answer('How much for 2 hours on a paddle board?', hire).join(' ')).toContain('£32');
  });

  it('a line under a blank line, or a name ending in a full stop, is no label', () => {
    expect(sourceBlocks('Our boards are new this year.\n  Ask at the hut for a map.').map((l) => l.text)).toContain('Our boards are new this year.');
    expect(sourceBlocks('Stand-up paddleboard\n\n  1 hour £20').map((l) => l.text)).not.toContain('Stand-up paddleboard: 1 hour £20');
  });
});

describe('how customers say a length of time (round 28 dev)', () => {
  it('"a half hour lesson", "half-hour" are 30 minutes, as "half an hour" was', () => {
    expect(terms('a half hour lesson')).toEqual(terms('a 30 minutes lesson'));
    expect(terms('a half-hour slot')).toEqual(terms('a 30 minutes slot'));
    const prices = [{ id: 'p', title: 'Price list', text: 'INDIVIDUAL LESSONS\n20 mins ............ £17.50\n30 mins ............ £23.00\n45 mins ............ £33.50' }];
    expect(answer('how much is a half hour lesson', prices).join(' ')).toContain('£23.00');
  });
});

describe('"near you" is how a customer asks where, not what (round 28 dev)', () => {
  it('answers "where is best to park near you?" from the parking line', () => {
    const shop = [
      { id: 'f', title: 'Finding us', text: "We're halfway up Market Street, opposite the little square with the bench.\nThe closest parking is the pay & display on New Road by the marina, roughly 3 minutes' walk away." },
      { id: 'c', title: 'Café', text: 'The café upstairs serves cakes and toasties.' },
    ];
    expect(answer('where is best to park near you?', shop).join(' ')).toContain('New Road');
  });
});

describe('a word and the one for who or what does it (round 28 dev)', () => {
  it('"who would be teaching her singing?" meets "singing teacher"', () => {
    const school = [
      { id: 'c', title: 'About our business and company', text: 'We teach piano, violin, cello and singing.\nCiara Flynn - singing teacher, runs both choirs\nTomasz Nowak - head of strings' },
      { id: 'p', title: 'Parking', text: 'Park on Kings Road after 6pm.' },
    ];
    expect(answer('Who would be teaching my daughter singing?', school).join(' ')).toContain('Ciara Flynn');
  });

  it('"a 4 yarder" meets "4 yard midi skip"', () => {
    const skips = [
      { id: 'p', title: 'Price list', text: 'SKIP PRICES\n2 yard mini skip ...... £165\n4 yard midi skip ...... £215\n8 yard builders skip ...... £295' },
      { id: 'y', title: 'Our yard', text: 'Sorry, no public tipping at the yard.' },
    ];
    expect(answer('price for a 4 yarder please', skips).join(' ')).toContain('£215');
  });
});

describe('kinds of answer asked and held (round 28 dev)', () => {
  it('"what\'s the number for the shop" asks for the phone number, "the number of spaces" does not', () => {
    expect(askedTypes('whats the number for the shop').map((t) => t.kind)).toContain('#phone');
    expect(askedTypes('what is the number of spaces in the car park?').map((t) => t.kind)).not.toContain('#phone');
  });

  it('"how wide" asks for a length, and "3.2 metres" or "6 feet" holds one', () => {
    expect(askedTypes('how wide does my gateway need to be?').map((t) => t.kind)).toContain('#distance');
    expect(heldTypes('our skip lorries need at least 3.2 metres width to get through gateways')).toContain('#distance');
    expect(heldTypes('the hose reaches 30 feet from the tap')).toContain('#distance');
    const access = [
      { id: 'd', title: 'Delivery', text: 'Access: our skip lorries need at least 3.2 metres width to get through gateways, and firm ground to stand on.\nWe deliver Monday to Saturday.' },
      { id: 'p', title: 'Prices', text: '2 yard mini skip £165.\n4 yard midi skip £215.' },
    ];
    expect(answer('how wide does my gateway need to be for you to get the skip through to the back?', access).join(' ')).toContain('3.2 metres');
  });
});

describe('a holiday is named as one thing (round 28 dev)', () => {
  it('"Boxing Day" is neither a box nor any day: the usual hours do not answer it', () => {
    expect(terms('open on Boxing Day')).toEqual(terms('open on boxingday'));
    expect(terms('open on Boxing Day')).not.toContain(terms('day')[0]);
    const shop = [
      { id: 'c', title: 'About our business and company', text: 'Opening hours: Tuesday to Saturday 9.30am–5.30pm, Sunday 11am–4pm. Closed Mondays.' },
      { id: 'e', title: 'Events', text: 'Author evenings: doors open 6.30pm, talk starts at 7pm. A gift box of three books is £30.' },
    ];
    expect(answer('Are you open on Boxing Day?', shop)).toEqual([]);
  });
});

describe('a size no price list lists (round 28 dev)', () => {
  const skips = [
    { id: 'p', title: 'Price list', text: 'SKIP PRICES\n2 yard mini skip ...... £165\n4 yard midi skip ...... £215\n8 yard builders skip ...... £295\n12 yard maxi skip ...... £365' },
    { id: 'w', title: 'Waste', text: 'We take 3 bags of plasterboard at most.' },
  ];

  it('"a 10 yard skip" beside 2, 4, 8 and 12 yard ones is not answered with their prices', () => {
    expect(answer('How much is a 10 yard skip?', skips)).toEqual([]);
    expect(answer('How much is an 8 yard skip?', skips).join(' ')).toContain('£295');
  });

  it('a count of things or a length of time is no size', () => {
    expect(answer('Can I put 2 bags of plasterboard in?', skips).join(' ')).toContain('3 bags');
  });
});
