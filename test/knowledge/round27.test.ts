import { describe, expect, it } from 'vitest';
import { analyseQuestion, extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { askedTypes, heldTypes } from '../../src/knowledge/answer-types.ts';
import { stem, terms } from '../../src/knowledge/text.ts';

const answer = (question: string, sources: { id: string; title: string; text: string }[]) => extractAnswer(question, sources).map((s) => s.text);

describe('how customers type, read as meant (round 27 dev)', () => {
  const yoga = [
    { id: 'p', title: 'Prices and passes', text: 'Drop-in mat class: £14.\nConcessions - students, over-65s and anyone receiving Universal Credit get 20% off passes and memberships (not drop-ins).' },
    { id: 's', title: 'The studio', text: 'The studio is on the first floor, up one flight of stairs.' },
  ];

  it('"do I get anything off?" asks for a discount', () => {
    expect(answer("I'm a student at Sussex uni - do I get anything off?", yoga)).toContain(
      'Concessions - students, over-65s and anyone receiving Universal Credit get 20% off passes and memberships (not drop-ins).',
    );
  });

  it('a greeting, a misspelled address and a run-together t-shirt are read as written out', () => {
    expect(terms('hiya')).toEqual([]);
    expect(terms('whats your adress')).toEqual(['address']);
    expect(terms('20 tshirts')).toEqual(terms('20 t-shirts'));
  });
});

describe('a UK postcode is an address (round 27 dev)', () => {
  const shop = [
    { id: 'c', title: 'About our business and company', text: 'Corkscrew & Co is an independent wine shop and tasting bar at 14 Gillygate, York YO31 7EQ, just outside Bootham Bar. Shop hours are Tuesday to Saturday 10am to 7pm.' },
    { id: 'd', title: 'Local delivery', text: 'Our van goes out on Tuesday, Thursday and Saturday afternoons between 2pm and 7pm.' },
  ];

  it('holds an address, and answers "what\'s your address"', () => {
    expect(heldTypes('Find us at Unit 4, Millbrook Trading Estate, Leeds LS17 8BX.')).toContain('#address');
    expect(askedTypes('whats your adress, want to pop in saturday').map((t) => t.kind)).toContain('#address');
    expect(answer('whats your adress, want to pop in saturday', shop).join(' ')).toContain('14 Gillygate');
  });

  it('a code that is no postcode holds none', () => {
    expect(heldTypes('Use code SAVE10 at checkout, or the A3 size.')).not.toContain('#address');
  });
});

describe('a deadline asked and held (round 27 dev)', () => {
  it('"what\'s the latest I can order" and "when … by?" ask for a deadline', () => {
    expect(askedTypes("what's the latest I can order?").map((t) => t.kind)).toContain('#due');
    expect(askedTypes('When do I need to let you know by?').map((t) => t.kind)).toContain('#due');
    expect(askedTypes('When do you open?').map((t) => t.kind)).not.toContain('#due');
  });

  it.each(['tell us before the 20th', 'Orders placed by 12pm the day before', 'no food after 10pm the night before the operation', 'Payment is due on completion'])('"%s" holds a deadline', (line) => {
    expect(heldTypes(line)).toContain('#due');
  });
});

describe('an age in weeks or months (round 27 dev)', () => {
  const yoga = [
    { id: 'c', title: 'Class timetable', text: 'Mum & Baby Yoga is on Tuesdays at 11:30am, for babies from 6 weeks old until they start crawling.\nMat classes: cancel at least 6 hours before the start.' },
  ];

  it('"from 6 weeks old" answers how old a baby must be', () => {
    expect(heldTypes('for babies from 6 weeks old')).toContain('#age');
    expect(answer('how old does my baby need to be to come to the mum and baby class?', yoga)).toContain(
      'Mum & Baby Yoga is on Tuesdays at 11:30am, for babies from 6 weeks old until they start crawling.',
    );
  });
});

describe('"the money" is the payment (round 27 dev)', () => {
  const carpets = [
    { id: 'p', title: 'Paying', text: 'We take card (including contactless), cash or bank transfer on the day. We do not take cheques.\nPayment is due on completion, once you have had a look at the work.' },
    { id: 'd', title: 'Booking', text: 'Carpets are usually dry in 2 to 4 hours.\nA £20 deposit secures your slot; you can book by phone or online.' },
  ];

  it('"do you want the money up front?" weighs "money" as the payment the sources name, not as a word none has', () => {
    const analysis = analyseQuestion('When do I pay, do you want the money up front?', carpets)!;
    expect(analysis.weight.get(stem('money'))).toBe(analysis.weight.get(stem('pay')));
  });
});

describe('"last" asks how long only of something lasting (round 27 dev)', () => {
  it.each([['How long does the battery last?', true], ['Does the voucher last a year?', true], ['does it last?', true], ['how should I wash the shirts so the print lasts?', false], ['when is the last day to order?', false]])('"%s" asks a duration: %s', (question, asks) => {
    expect(askedTypes(question).some((t) => t.kind === '#duration')).toBe(asks);
  });

  it('"how should I wash the shirts so the print lasts?" is answered by the care line, not a turnaround', () => {
    const print = [
      { id: 't', title: 'Custom t-shirts', text: 'Turnaround is 5 working days from when you approve the proof.\nCaring for your print: wash inside out at 30 degrees and never iron directly over the design.' },
    ];
    expect(answer('how should I wash the shirts so the print lasts?', print)[0]).toBe('Caring for your print: wash inside out at 30 degrees and never iron directly over the design.');
  });
});

describe('a list item is quoted with the short intro that says what it is (round 27 dev)', () => {
  const lenses = [
    { id: 'l', title: 'Contact lens fittings', text: '## Getting fitted\n\nIf you have never worn contact lenses, or want to try a different type, you will need a fitting. A fitting costs £45 and includes:\n\n1. A measurement of your eyes and a discussion of which lenses suit your lifestyle\n2. A lesson on putting lenses in and taking them out safely\n3. Free trial lenses to wear for 2 weeks\n4. A follow-up check at the end of the trial' },
  ];

  it('"never worn contacts … what does it cost to get set up?" brings "A fitting costs £45 and includes:" before the trial lenses', () => {
    const lines = answer('Never worn contacts before and want to give them a go. What does it cost to get set up with them?', lenses);
    expect(lines).toContain('Free trial lenses to wear for 2 weeks');
    expect(lines).toContain('A fitting costs £45 and includes:');
    expect(lines.indexOf('A fitting costs £45 and includes:')).toBe(lines.indexOf('Free trial lenses to wear for 2 weeks') - 1);
  });
});

describe('an answer continues into the next sentence of its paragraph under no heading (round 27)', () => {
  const vets = [
    { id: 'p', title: 'New puppies and kittens', text: 'Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room. A block of four sessions is £45.\nWe also run kitten clinics on Mondays.' },
  ];

  it('"do you run puppy classes?" brings the price after the schedule', () => {
    const lines = answer('Do you run puppy classes?', vets);
    expect(lines).toEqual(expect.arrayContaining(['Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room.', 'A block of four sessions is £45.']));
  });

  it('a sentence of another paragraph does not follow', () => {
    const lines = answer('When are the puppy socialisation classes?', [{ id: 'p', title: 'Puppies', text: 'Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room.\nWe also run kitten clinics on Mondays at 7pm.' }]);
    expect(lines).toEqual(['Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room.']);
  });
});

describe('more phrasing words (round 27 dev)', () => {
  const shop = [
    { id: 'p', title: 'Parking', text: 'There is free parking for six cars behind the building.' },
    { id: 'b', title: 'Breakage cover', text: "Every child's pair comes with free breakage cover: if the glasses get broken within 12 months we will replace them once for free." },
  ];

  it.each(['problem', 'never', 'place', 'watch', 'around'])('"%s" weighs as phrasing when no source has it', (word) => {
    const analysis = analyseQuestion(`${word} parking behind the building?`, shop)!;
    const [term] = terms(word);
    expect(analysis.weight.get(term!)).toBeLessThan(analysis.weight.get(stem('parking'))!);
  });

});

describe('a free-from kind no source writes is not offered (round 27 dev)', () => {
  const wine = [
    { id: 'c', title: 'About our business and company', text: 'We stock around 600 wines, plus English sparkling, craft gin and a few local beers, and we deliver across York.' },
    { id: 'b', title: 'The tasting bar', text: 'Wine by the glass: 125ml or 175ml, around 20 bottles open, from £6.50.' },
    { id: 'd', title: 'Local delivery', text: "Because we're delivering alcohol, the driver has to hand it to someone aged 18 or over. Free delivery on orders over £60." },
  ];

  it('"Do you stock any alcohol-free wine?" is unanswerable when no source writes alcohol-free', () => {
    expect(analyseQuestion('Do you stock any alcohol-free wine?', wine)!.unnamedOffer).toBe(true);
    expect(answer('Do you stock any alcohol-free wine?', wine)).toEqual([]);
  });

  it('a source that writes it, or "mats for free", is no such case', () => {
    const withIt = [...wine, { id: 'a', title: 'Alcohol-free', text: 'We keep a shelf of alcohol-free wines and beers by the till.' }];
    expect(analyseQuestion('Do you stock any alcohol-free wine?', withIt)!.unnamedOffer).toBe(false);
    expect(analyseQuestion('Do you provide yoga mats for free?', [{ id: 'm', title: 'Kit', text: 'Yoga mats are free to borrow at every class.' }])!.unnamedOffer).toBe(false);
  });
});

describe('the customer\'s own thing, asked leave to bring and named nowhere, is not answered (round 27 dev)', () => {
  const bar = [
    { id: 'b', title: 'The tasting bar', text: 'Our tasting bar is at the back of the shop. Children are welcome in the shop during the day, but the bar is strictly over-18s after 5pm.' },
    { id: 'c', title: 'About our business and company', text: 'An independent wine shop and tasting bar in York.' },
  ];

  it('"Can I bring my dog into the tasting bar?" where no source names dogs', () => {
    expect(analyseQuestion('Can I bring my dog into the tasting bar? He is very well behaved', bar)!.unnamedOffer).toBe(true);
  });

  it('a kind the sources name, or a person of the customer\'s, is no such case', () => {
    const courtyard = [...bar, { id: 'd', title: 'Dogs', text: 'Well-behaved dogs are welcome in the courtyard.' }];
    expect(analyseQuestion('Can I bring my cocker spaniel in with me?', courtyard)!.unnamedOffer).toBe(false);
    expect(analyseQuestion('Can I bring my daughter into the tasting bar?', bar)!.unnamedOffer).toBe(false);
  });
});

describe('a property asked of something, named nowhere, is not answered (round 27 dev)', () => {
  const bar = [
    { id: 'b', title: 'The tasting bar', text: 'Our tasting bar is at the back of the shop and is open Thursday, Friday and Saturday from 5pm to 10pm.' },
    { id: 'c', title: 'About our business and company', text: 'Corkscrew & Co is an independent wine shop and tasting bar at 14 Gillygate, York.' },
  ];

  it('"Is the tasting bar step-free?"', () => {
    expect(analyseQuestion('Is the tasting bar step-free? My mum uses a wheelchair', bar)!.unnamedOffer).toBe(true);
  });

  it('a property a source names is no such case', () => {
    const access = [...bar, { id: 'a', title: 'Access', text: 'The shop and tasting bar are step-free, with a ramp at the side door.' }];
    expect(analyseQuestion('Is the tasting bar step-free?', access)!.unnamedOffer).toBe(false);
    expect(analyseQuestion('Is the tasting bar open on Sundays?', bar)!.unnamedOffer).toBe(false);
    expect(analyseQuestion('Is it open on Sundays?', bar)!.unnamedOffer).toBe(false);
  });
});
