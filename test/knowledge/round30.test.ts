import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { rankArticles } from '../../src/knowledge/rank-articles.ts';
import { subQuestions } from '../../src/knowledge/question-focus.ts';
import { dayPartTerms, terms } from '../../src/knowledge/text.ts';

const article = (id: string, title: string, content: string): Article => ({
  id, orgId: 'o', title, content, category: null, archived: false, createdAt: '2026-01-01', updatedAt: '2026-01-01', archivedAt: null,
});

describe('retrieval: a price list found by its title (round 30 dev)', () => {
  const walks = article('a', 'Group walks – how they work', 'Group walks are up to 4 dogs, off lead only with written permission. Walks last an hour and we pick up between 10 and 11.');
  const prices = article('b', 'Prices (from 1st Jan 2025)', 'Group walk (max 4 dogs) | 1 hr | £14\nSolo walk | 1 hr | £18');
  const weather = article('c', 'Cancellations & weather', 'We walk in the rain. Group walks are cut short over 25 degrees.');

  it('"how much do u charge for the group walks?" ranks the "Prices" article first', () => {
    const ranked = rankArticles('hiya how much do u charge for the group walks?', [walks, prices, weather]);
    expect(ranked[0]!.article.id).toBe('b');
  });

  it('a question asking no price keeps the article named for its words first', () => {
    const ranked = rankArticles('how do the group walks work?', [walks, prices, weather]);
    expect(ranked[0]!.article.id).toBe('a');
  });
});

describe('parts of the day held by clock times (round 30 dev)', () => {
  it.each([
    ['open every day 10am – 5pm', ['morn', 'afternoon']],
    ['Wednesday & Thursday 4pm-11pm', ['afternoon', 'even']],
    ['Classes at 9am', ['morn']],
    ['Late check-in until 10.30pm', ['even']],
    ['no times here', []],
  ])('%s holds %j', (text, parts) => {
    expect(dayPartTerms(text).sort()).toEqual([...parts].sort());
  });

  const farm = [{ id: 'f', title: 'Opening times', text: 'Mid-February to end of October: open every day 10am – 5pm (last entry 4pm).' }];
  const classes = [{ id: 'c', title: 'Classes', text: 'Beginners classes run on Tuesdays at 9am.\nImprovers classes run on Thursdays at 7pm.' }];

  it('"what time do u open in the mornings" is answered by the opening hours', () => {
    expect(extractAnswer('what time do u open in the mornings', farm).map((s) => s.text).join(' ')).toContain('10am');
  });

  it('an evening or a morning asked for opens the answer with the class held then', () => {
    expect(extractAnswer('do you do evening classes?', classes)[0]?.text).toContain('7pm');
    expect(extractAnswer('any classes in the morning?', classes)[0]?.text).toContain('9am');
  });
});

describe('a second question joined on by "or" (round 30 dev)', () => {
  it('"can i wear my trainers or do I need proper boots?" is two questions', () => {
    expect(subQuestions('Can I wear my running trainers or do I need proper boots?')).toEqual(['Can I wear my running trainers', 'do I need proper boots?']);
  });

  it('"or" between two things asked about is one question', () => {
    expect(subQuestions('Do you sell trainers or boots?')).toEqual(['Do you sell trainers or boots?']);
  });
});

describe('drink taken, as a help centre writes it (round 30 dev)', () => {
  it('"a couple of pints" and "booze" are alcohol', () => {
    expect(terms('can i have a couple of pints before')).toContain('alcohol');
    expect(terms('any booze allowed?')).toContain('alcohol');
    expect(terms('a pint of milk')).not.toContain('alcohol');
  });
});
