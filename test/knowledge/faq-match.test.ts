/**
 * An FAQ question restated by a customer (issue 13, round 7): the lines under the help centre's
 * own question answer, when every topic word of that question is in the customer's and the
 * customer adds nothing the page never mentions.
 */
import { describe, expect, it } from 'vitest';
import { composeSupportTurn } from '../../src/agents/offline-support.ts';
import type { SupportContext } from '../../src/agents/support-prompt.ts';
import { faqAnswer } from '../../src/knowledge/faq-match.ts';

const FAQ = {
  id: 'faq',
  title: 'Frequently asked questions',
  text: `# Frequently asked questions

### How warm is the water?
The teaching pool is kept at about 31 degrees, which is comfortable for babies and young children. The main pool is about 29 degrees.

### Can I buy lessons as a present?
Yes, we sell gift vouchers from £25, valid for 12 months.

### Is there parking?
Yes, the car park is free for 3 hours.

### Do you deliver?
Yes, within 10 miles of the shop.

### When is the shop open?
Monday to Sunday, 9am to 5pm.

**Do you offer a student discount?**
Yes: 10% off with a valid student card.

**What should my child bring to lessons?**
Please bring:
- a towel
- a swimming costume`,
};
const STAGES = { id: 'stages', title: 'Our lesson stages', text: '# Our lesson stages\n\nDucklings lessons are 30 minutes, with a teacher in the water with the children. The water in the teaching pool feels cold to some babies at first.' };

const texts = (message: string) => faqAnswer(message, [STAGES, FAQ]).map((s) => s.text);

describe('faqAnswer', () => {
  it('answers a restated FAQ question with the lines under it, whatever story surrounds it', () => {
    expect(texts('how warm is the water? my little one feels the cold really easily')).toEqual([
      'The teaching pool is kept at about 31 degrees, which is comfortable for babies and young children.',
      'The main pool is about 29 degrees.',
    ]);
    expect(texts('Could I buy some lessons as a present?')).toEqual(['Yes, we sell gift vouchers from £25, valid for 12 months.']);
  });

  it('reads a bold question line as an FAQ question, and brings a list with its intro', () => {
    expect(texts('Do you offer any student discount?')).toEqual(['Yes: 10% off with a valid student card.']);
    expect(texts('what does my child need to bring to lessons?')).toEqual(['Please bring:', 'a towel', 'a swimming costume']);
  });

  it('does not answer when the customer adds a topic the page never mentions', () => {
    expect(texts('Do you offer a discount for pensioners?')).toEqual([]);
    expect(texts('Can I buy lessons as a birthday present for my niece?')).toEqual([]);
  });

  it('reads "do u do" as "do you offer", and the clause that asks after a story (round 8 dev)', () => {
    expect(texts('im a student, do u do any discount for students')).toEqual(['Yes: 10% off with a valid student card.']);
    expect(texts('im a pensioner, do u do any discount for pensioners')).toEqual([]);
  });

  it('does not treat a one-word FAQ question as restated, nor answer a value with no value', () => {
    expect(texts('Is there parking for coaches and minibuses?')).toEqual([]);
    // "Sunday" is on the page, but "Do you deliver?" is too broad to be what is asked.
    expect(texts('Do you deliver on Sundays?')).toEqual([]);
    expect(faqAnswer('How much does a student discount card cost?', [FAQ])).toEqual([]);
  });
});

describe('the support composer with an FAQ', () => {
  it('answers a restated FAQ question from its answer, not from lines elsewhere that share words', () => {
    const context: SupportContext = {
      kind: 'support',
      agentName: 'Splash',
      tone: 'neutral',
      businessContext: 'Splashers Swim School teaches children to swim in Kendal.',
      businessRules: '',
      escalationRules: [],
      synonyms: [],
      customerMessage: 'how warm is the water? my little one feels the cold really easily',
      articles: [
        { id: 'stages', title: STAGES.title, content: STAGES.text, category: null },
        { id: 'faq', title: FAQ.title, content: FAQ.text, category: null },
      ],
    };
    const { text } = composeSupportTurn({ system: '', messages: [{ role: 'user', content: context.customerMessage }], context }) as { text: string };
    expect(text).toContain('31 degrees');
    expect(text).not.toContain('feels cold');
  });
});
