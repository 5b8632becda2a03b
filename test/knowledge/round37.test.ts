import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { sourceBlocks } from '../../src/knowledge/source-blocks.ts';

// A climbing wall's kids' page (round 37 dev): its sections are headed by lines wholly in bold.
const KIDS = {
  id: 'kids',
  title: 'Kids and young climbers',
  text: `**Age rules**
- Under-14s must be supervised by an adult who has done the induction.

**Junior Club (ages 7–13)**
Tuesdays and Thursdays, 4:30pm to 6pm. Booked in 6-week blocks: £72 per block, shoes included.

**Little Climbers (ages 4–6)**
Saturdays, 9am to 10am. Games on the low wall with a coach. £9 per session.`,
};

describe('a line wholly in bold is a heading (round 37 dev)', () => {
  it('is context for the lines under it, and a short one is not quoted', () => {
    const lines = sourceBlocks(KIDS.text);
    const block = lines.find((l) => l.text.startsWith('Booked in 6-week blocks'))!;
    expect(block.context).toContain('Junior Club');
    expect(lines.find((l) => l.text.startsWith('Under-14s'))!.context).toContain('Age rules');
    // A list after it makes it the list's intro as well; without one it is not quoted.
    expect(lines.find((l) => l.text.includes('Age rules'))!.kind).toBe('intro');
    const parking = sourceBlocks('**Parking**\nFree parking behind the building, 20 spaces.');
    expect(parking.map((l) => l.text)).toEqual(['Free parking behind the building, 20 spaces.']);
    expect(parking[0]!.context).toBe('Parking');
  });

  it('answers for the section its heading names', () => {
    expect(extractAnswer('how much is the junior club?', [KIDS]).map((s) => s.text).join(' ')).toContain('£72');
  });

  it('not a bold question (an FAQ\'s) nor a bold sentence', () => {
    const lines = sourceBlocks('**Do you sell gift cards?**\nYes, from £10.\n\n**No refunds on sale items.**\nSale items can be exchanged within 14 days.');
    expect(lines.map((l) => l.text)).toContain('Do you sell gift cards?');
    expect(lines.map((l) => l.text)).toContain('No refunds on sale items.');
    expect(lines.find((l) => l.text.startsWith('Sale items'))!.context).toBe('');
  });
});

// A list whose intro names what its items are about (round 37 dev: a nursery's gift vouchers).
const VOUCHERS = {
  id: 'vouchers',
  title: 'Gift cards',
  text: 'Gift cards come in £10, £25 and £50 and can be bought online or in the shop.\n\n- Valid for 12 months from purchase.\n- Can be used online or in the shop.\n- Cannot be swapped for cash.',
};
const PARKING = { id: 'parking', title: 'Parking', text: 'There are 12 spaces behind the shop.' };

describe('an item holding the value asked for is about what its list intro names (round 37 dev)', () => {
  it('answers a question about the customer\'s own people ("my mum") from the item', () => {
    for (const q of ['my mum has a gift card from you, how long does she have to use it?', 'How long would my sister have to use a gift card?']) {
      expect(extractAnswer(q, [VOUCHERS, PARKING]).map((s) => s.text)).toEqual(['Valid for 12 months from purchase.']);
    }
  });

  it('not an item without the value: the intro alone is no answer to a price asked of something else', () => {
    expect(extractAnswer('how much does my mum pay to park?', [VOUCHERS, PARKING]).map((s) => s.text).join(' ')).not.toContain('Valid for');
  });
});
