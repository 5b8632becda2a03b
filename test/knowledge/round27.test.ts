import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { askedTypes, heldTypes } from '../../src/knowledge/answer-types.ts';
import { terms } from '../../src/knowledge/text.ts';

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
