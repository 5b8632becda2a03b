import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';

describe('a rule that is a count alone (round 25)', () => {
  it('parses "more than 10 people" without throwing, and hands over a count above it', () => {
    expect(() => parseRule('more than 10 people')).not.toThrow();
    expect(ruleMatches('more than 10 people', 'Can we book a table for 14 people on Friday?')).toBe(true);
    expect(ruleMatches('more than 10 people', 'Can we book a table for 6 people on Friday?')).toBe(false);
    expect(detectEscalation('Do you have parking?', ['more than 10 people'])).toBeUndefined();
  });
});

describe('odd rules an owner might type never break a reply (round 25)', () => {
  const odd = ['more than 10', 'over £500', '£500', '-', '()', 'or', '/', 'or or', '-> Sam', '(over 100 people)', 'over 10 people or', 'e.g.', '10+', 'at least 5', ',', ' , or , ', 'more than 10 people, or', '—', '!!!', 'hand over', 'over 3 - pass to Jo'];
  it.each(odd)('%j', (rule) => {
    expect(() => detectEscalation('We are 12 people and want a refund of £600, can I speak to someone?', [rule])).not.toThrow();
    expect(() => detectEscalation('Do you have parking?', [rule])).not.toThrow();
  });
});
