import { describe, expect, it } from 'vitest';
import { analyseQuestion, extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { askedTypes } from '../../src/knowledge/answer-types.ts';
import { questionFocus } from '../../src/knowledge/question-focus.ts';
import { terms } from '../../src/knowledge/text.ts';

const answer = (question: string, sources: { id: string; title: string; text: string }[]) => extractAnswer(question, sources).map((s) => s.text);

describe('more words that only say how the customer asks, when no source has them (round 26 dev)', () => {
  const weather = [
    { id: 'w', title: 'Weather and cancellations', text: 'Light rain does not stop us, and we keep ponchos at the shop.\nWe will cancel a tour if the Met Office issues an amber warning for wind, rain or ice, or if gusts over 40 mph are forecast.' },
    { id: 'h', title: 'Bike hire', text: 'Hybrid bike: £18 half day, £28 full day. Every hire comes with a helmet and a lock.' },
  ];

  it('"at what point … because of the weather" asks when a tour is cancelled', () => {
    expect(answer('At what point do you actually cancel a tour because of the weather?', weather)).toContain(
      'We will cancel a tour if the Met Office issues an amber warning for wind, rain or ice, or if gusts over 40 mph are forecast.',
    );
  });

  it.each(['might', 'yet', 'even', 'later', 'alright', 'oops', 'because', 'matter', 'talk', 'horrible', 'allowed', 'counts', 'messing'])('"%s" weighs as phrasing when no source has it', (word) => {
    const analysis = analyseQuestion(`${word} bike hire helmet?`, weather)!;
    const [term] = terms(word);
    expect(analysis.weight.get(term!)).toBeLessThan(analysis.weight.get('helmet')!);
  });
});

describe('either word of "a/b" will do (round 26 dev)', () => {
  const vets = [
    { id: 'p', title: 'New puppies and kittens', text: 'Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room.' },
    { id: 'v', title: 'Vaccinations', text: 'Puppy primary course (2 injections): £78.' },
  ];

  it('"puppy training/socialisation classes" is no unnamed offer when the source has socialisation classes', () => {
    expect(analyseQuestion('Do you run any puppy training/socialisation classes?', vets)!.unnamedOffer).toBe(false);
    expect(answer('Do you run any puppy training/socialisation classes?', vets)).toContain('Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room.');
  });

  it('both words named nowhere are still asked for', () => {
    expect(analyseQuestion('Do you run any puppy agility/obedience classes?', vets)!.unnamedOffer).toBe(true);
  });
});

describe('how a customer asks for money back, and what to wear (round 26 dev)', () => {
  const tours = [
    { id: 'r', title: 'Our tours', text: 'The Railway Path Ramble is our longest ride and goes out as far as Warmley on the old railway line.' },
    { id: 'a', title: 'Age, ID and fitness', text: 'Our brewery tours are for over-18s only.\nThe alcohol-free Sober Spokes tour is open to anyone aged 12 and over; under-16s must ride with a paying adult.' },
    { id: 'w', title: 'Weather and cancellations', text: 'More than 7 days before your tour: full refund.\n3 to 7 days before: 50% refund.\nLess than 3 days: no refund.' },
    { id: 'i', title: "What's included", text: 'What to bring: flat, closed-toe shoes (no flip-flops or heels), a waterproof jacket and a water bottle.' },
  ];

  it('"Do I get anything back?" asks about a refund', () => {
    expect(answer('I need to cancel our booking, the tour is 5 days away. Do I get anything back?', tours).join(' ')).toContain('50% refund');
  });

  it('"What kind of shoes should I wear?" is about the shoes', () => {
    expect(answer('What kind of shoes should I wear? I was going to wear sandals', tours).join(' ')).toContain('closed-toe shoes');
  });
});

describe('a place no source names, where something is offered (round 26 dev)', () => {
  const tours = [
    { id: 't', title: 'Our tours', text: 'We run four tours.\nTours run Thursday to Sunday from March to November.' },
    { id: 'c', title: 'About our business and company', text: "Pedal & Pint Tours runs small-group guided bike tours around Bristol's independent breweries." },
  ];

  it('"Do you run any tours in Cardiff?" is a don\'t know, "in Bristol" is answered', () => {
    expect(analyseQuestion('Do you run any tours in Cardiff?', tours)!.unnamedOffer).toBe(true);
    expect(answer('Do you run any tours in Cardiff?', tours)).toEqual([]);
    expect(analyseQuestion('Do you run any tours in Bristol?', tours)!.unnamedOffer).toBe(false);
  });
});

describe("the customer's occasion, when no source names it (round 26 dev)", () => {
  const tours = [
    { id: 'g', title: 'Groups', text: 'Groups of 6 to 12 booking together on a public tour get 10% off automatically at checkout.' },
    { id: 'v', title: 'Gift vouchers', text: 'Do you sell gift vouchers?\nYes. They are valid for 12 months from purchase.' },
  ];

  it('"8 of us coming for a birthday, any group discount?" is about the group discount', () => {
    expect(answer('Theres 8 of us coming for a birthday, any group discount?', tours)).toContain('Groups of 6 to 12 booking together on a public tour get 10% off automatically at checkout.');
  });

  it('"Do you do birthday tours?" still asks for one: the word keeps its weight', () => {
    const asked = analyseQuestion('Do you do birthday tours?', tours)!;
    const coming = analyseQuestion('Theres 8 of us coming for a birthday, any group discount?', tours)!;
    expect(asked.weight.get('birthdai')!).toBeGreaterThan(coming.weight.get('birthdai')!);
  });
});

describe('"at most" asks for the maximum (round 26 dev)', () => {
  it('"How many people do you take on each tour at most?" finds "a maximum of 12 riders"', () => {
    const sources = [
      { id: 'c', title: 'About us', text: 'We were set up in 2019 by Tom and Priya, and every tour has two guides and a maximum of 12 riders.' },
      { id: 't', title: 'Tours', text: 'Harbourside Hops: when Thu–Sun, 1pm; price per person £59.\nRailway Path Ramble: when Sat & Sun, 10.30am; price per person £79.' },
    ];
    expect(answer('How many people do you take on each tour at most?', sources).join(' ')).toContain('a maximum of 12 riders');
  });
});

describe('"dearer", "pricier", "ballpark" ask a price (round 26 dev)', () => {
  it.each(['Is servicing a hybrid any dearer than a normal one?', 'Ballpark for new rear discs and pads?', 'Is a hybrid pricier to service?'])('%s', (question) => {
    expect(askedTypes(question).map((t) => t.kind)).toContain('#money');
  });
});

describe('"hold on to" is keeping, "how much warning" is notice (round 26 dev)', () => {
  it('reads the phrases as the sources write them', () => {
    expect(terms('how long do you hold on to them?')).toContain('keep');
    expect(askedTypes('how much warning do you need?').map((t) => t.kind)).toEqual(['#duration']);
  });
});

describe('an emoji ends a sentence (round 26 dev)', () => {
  it('"… forgot to collect it 🙈 how long do you hold on to them?" asks the last part', () => {
    expect(questionFocus('I painted a mug back in March and totally forgot to collect it 🙈 how long do you hold on to them?')).toEqual({
      question: 'how long do you hold on to them?',
      story: 'I painted a mug back in March and totally forgot to collect it 🙈',
    });
  });
});

describe('"is it on top?" asks whether it is extra (round 26 dev)', () => {
  it('reads "on top" with or without "of" as extra', () => {
    expect(terms('Does the safety talk come out of our hour or is it on top?')).toContain('extra');
    expect(terms('Is VAT on top of the price?')).toContain('extra');
  });
});
