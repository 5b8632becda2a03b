/** Extractive answers and the text tools they stand on. */
import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { searchTokens } from '../../src/knowledge/search-query.ts';
import { sentences, stem, terms } from '../../src/knowledge/text.ts';

const ARTICLES = [
  {
    id: 'ship',
    title: 'Shipping',
    text: '# Shipping\nWe ship every weekday.\n- Domestic orders arrive in 2 to 4 business days.\n- International orders cost $19 to ship.\nTracking links are emailed when the parcel leaves.',
  },
  { id: 'ret', title: 'Returns', text: 'Unopened items can be returned within 30 days. Refunds are paid within 5 business days.' },
];

describe('extractAnswer', () => {
  it('picks the answering sentences, not whole articles', () => {
    const picked = extractAnswer('How much does international shipping cost?', ARTICLES);
    expect(picked.map((s) => s.text)).toEqual(['International orders cost $19 to ship.']);
  });

  it('matches synonyms and durations', () => {
    expect(extractAnswer('How long does delivery take?', ARTICLES).map((s) => s.text)).toContain('Domestic orders arrive in 2 to 4 business days.');
    expect(extractAnswer('When are refunds paid?', ARTICLES)[0]!.sourceId).toBe('ret');
  });

  it('returns nothing for an unrelated question instead of padding', () => {
    expect(extractAnswer('Do you sell gift cards for birthdays?', ARTICLES)).toEqual([]);
    expect(extractAnswer('What is the capital of France?', ARTICLES)).toEqual([]);
    expect(extractAnswer('hello there', ARTICLES)).toEqual([]);
  });
});

describe('text tools', () => {
  it('splits Markdown into sentences', () => {
    expect(sentences('# Title\n- **One** item.\n2. Two. Three 2.5 kg!\n\nFour')).toEqual(['Title', 'One item.', 'Two.', 'Three 2.5 kg!', 'Four']);
  });

  it('stems word families to one key', () => {
    expect(new Set(['shipping', 'shipped', 'ships', 'ship'].map(stem)).size).toBe(1);
    expect(new Set(['refunds', 'refund', 'refunded'].map(stem)).size).toBe(1);
    expect(new Set(['referring', 'refer'].map(stem)).size).toBe(1);
    expect(terms('How do I cancel my subscriptions?')).toEqual(['cancel', 'subscription']);
  });

  it('reduces search input to safe word tokens', () => {
    expect(searchTokens('"unterminated OR (NEAR) shipping* -fast')).toEqual(['unterminated', 'near', 'shipping', 'fast']);
  });
});
