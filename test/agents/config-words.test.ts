/**
 * The offline configuration grammar's synonym and analytics-figure commands (issue 13): the
 * organization's own words in several phrasings, analytics questions that ask for one figure
 * rather than the summary, and knowledge or context given in looser words. Then the plan: a new synonym joins the group it belongs to.
 */
import { describe, expect, it } from 'vitest';
import { composeConfigurationTurn } from '../../src/agents/offline-config/compose.ts';
import { describeMetric } from '../../src/agents/offline-config/describe.ts';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.ts';

const cases: [string, object][] = [
  ["Customers say 'trainers' when they mean 'sneakers'", { kind: 'add_synonyms', words: ['trainers', 'sneakers'] }],
  ['customers often say trainers when they mean sneakers.', { kind: 'add_synonyms', words: ['trainers', 'sneakers'] }],
  ['People say "push bike" for "bicycle"', { kind: 'add_synonyms', words: ['push bike', 'bicycle'] }],
  ['"Jumper" means "sweater"', { kind: 'add_synonyms', words: ['jumper', 'sweater'] }],
  ['Hoodie is another word for sweatshirt', { kind: 'add_synonyms', words: ['hoodie', 'sweatshirt'] }],
  ['Add synonym: parcel = package', { kind: 'add_synonyms', words: ['parcel', 'package'] }],
  ['Please treat cycle as bicycle', { kind: 'add_synonyms', words: ['cycle', 'bicycle'] }],
  ['Sofa and couch mean the same thing', { kind: 'add_synonyms', words: ['sofa', 'couch'] }],
  ['List synonyms', { kind: 'list_synonyms' }],
  ['Remove synonym trainers', { kind: 'remove_synonym', word: 'trainers' }],
  ['How many conversations were escalated this week?', { kind: 'analytics', days: 7, metric: 'escalations' }],
  ['How many escalations in the last 30 days?', { kind: 'analytics', days: 30, metric: 'escalations' }],
  ['What was the escalation rate last month?', { kind: 'analytics', days: 30, metric: 'escalationShare' }],
  ['How many conversations did we have today?', { kind: 'analytics', days: 1, metric: 'conversations' }],
  ['How many messages were sent this week?', { kind: 'analytics', days: 7, metric: 'messages' }],
  ['What is the average QA score over the last 14 days?', { kind: 'analytics', days: 14, metric: 'qaAverage' }],
  ['How many thumbs down did we get this week?', { kind: 'analytics', days: 7, metric: 'feedbackDown' }],
  ['How have we performed over the last 7 days?', { kind: 'analytics', days: 7 }],
  ['Show escalated conversations', { kind: 'list_conversations', filter: { status: 'escalated' } }],
  // Knowledge and context in the looser ways admins give them.
  ['Add a FAQ: Do you have parking? Yes, free parking behind the shop.', { kind: 'create_article', title: 'Do you have parking?', content: 'Yes, free parking behind the shop.' }],
  ['Add this to the knowledge base: Parking is free behind the shop. Spaces are limited.', { kind: 'create_article', title: 'Parking is free behind the shop', content: 'Parking is free behind the shop. Spaces are limited.' }],
  ['New article - Parking - Free parking behind the shop', { kind: 'create_article', title: 'Parking', content: 'Free parking behind the shop' }],
  ['Our business is a bakery in Leeds.', { kind: 'set_settings', patch: { businessContext: 'Our business is a bakery in Leeds.' } }],
  ['Update the business context with: we are a bakery', { kind: 'set_settings', patch: { businessContext: 'we are a bakery' } }],
  ['Set our context to: bakery in Leeds', { kind: 'set_settings', patch: { businessContext: 'bakery in Leeds' } }],
];

describe('synonyms and analytics figures by chat (issue 13)', () => {
  it.each(cases)('reads %j', (text, intent) => {
    expect(parseCommand(text)).toEqual(intent);
  });

  it('does not take a statement about customers for a synonym', () => {
    for (const text of ['Customers say our coffee is great', 'trainers means', 'Sneakers means sneakers']) {
      expect(parseCommand(text).kind).not.toBe('add_synonyms');
    }
  });

  it('adds a synonym to the group that already holds one of its words', () => {
    const settings = { ...DEFAULT_SETTINGS, synonyms: [['hoodie', 'sweatshirt'], ['trainers', 'sneakers']] };
    const turn = composeConfigurationTurn({
      system: '',
      messages: [{ role: 'user', content: 'x' }],
      context: { kind: 'configuration', command: 'People say "runners" for "sneakers"', settings },
    });
    expect(turn).toEqual({ toolCalls: [{ name: 'update_settings', input: { synonyms: [['hoodie', 'sweatshirt'], ['trainers', 'sneakers', 'runners']] } }] });
  });

  it('words one figure with its period', () => {
    const report = { days: 7, since: '', until: '', conversations: 40, messages: 120, escalations: 6, escalationShare: 0.15, feedback: { up: 3, down: 1 }, qaAverage: 4.25, qaScored: 20 };
    expect(describeMetric(report, 'escalations')).toBe('6 conversations were escalated in the last 7 days (15% of 40 customer conversations).');
    expect(describeMetric(report, 'escalationShare')).toBe('The escalation rate in the last 7 days was 15%: 6 of 40 customer conversations.');
    expect(describeMetric({ ...report, days: 1, conversations: 1 }, 'conversations')).toBe('There was 1 customer conversation in the last 24 hours.');
    expect(describeMetric(report, 'qaAverage')).toBe('The average QA score in the last 7 days was 4.3 out of 5, over 20 scored replies.');
  });
});
