import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article.ts';
import { rankArticles } from '../../src/knowledge/rank-articles.ts';

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
