/**
 * The offline configuration grammar: each documented common task in several wordings, and
 * requests it must not act on. Then the composer: unclear requests produce no tool call.
 */
import { describe, expect, it } from 'vitest';
import { composeConfigurationTurn } from '../../src/agents/offline-config/compose.ts';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.ts';

const cases: [string, object][] = [
  ['Set the business context to: We sell bikes in Oslo.', { kind: 'set_settings', patch: { businessContext: 'We sell bikes in Oslo.' } }],
  ['Please update our business description: Handmade soap from Leeds', { kind: 'set_settings', patch: { businessContext: 'Handmade soap from Leeds' } }],
  ['About our company: We repair phones.', { kind: 'set_settings', patch: { businessContext: 'We repair phones.' } }],
  ['Set the tone to formal', { kind: 'set_settings', patch: { tone: 'formal' } }],
  ['Use a warm and playful tone', { kind: 'set_settings', patch: { tone: 'warm and playful' } }],
  ['Make the agent sound more concise', { kind: 'set_settings', patch: { tone: 'concise' } }],
  ['Set business rules: Never promise delivery dates.', { kind: 'set_settings', patch: { businessRules: 'Never promise delivery dates.' } }],
  ['Add a business rule: Always mention our 2-year warranty', { kind: 'add_business_rule', rule: 'Always mention our 2-year warranty' }],
  ['Set the agent name to Ava', { kind: 'set_settings', patch: { branding: { agentName: 'Ava' } } }],
  ['Call the assistant "Max Power"', { kind: 'set_settings', patch: { branding: { agentName: 'Max Power' } } }],
  ['Change the primary color to #ff8800', { kind: 'set_settings', patch: { branding: { primaryColor: '#ff8800' } } }],
  ['Update branding: agent name Ava, primary colour #112233, welcome heading "Hi, welcome!"', { kind: 'set_settings', patch: { branding: { agentName: 'Ava', primaryColor: '#112233', welcomeHeading: 'Hi, welcome!' } } }],
  ['Set the welcome subheading to We answer in minutes', { kind: 'set_settings', patch: { branding: { welcomeSubheading: 'We answer in minutes' } } }],
  ['Turn off the public chat', { kind: 'set_settings', patch: { publicChat: { enabled: false } } }],
  ['Please enable the widget', { kind: 'set_settings', patch: { publicChat: { enabled: true } } }],
  ['Switch the hosted chat page on', { kind: 'set_settings', patch: { publicChat: { enabled: true } } }],
  ['Only allow origins https://shop.example, https://www.shop.example', { kind: 'set_settings', patch: { publicChat: { allowedOrigins: ['https://shop.example', 'https://www.shop.example'] } } }],
  ['Set the allowed origins to https://shop.example and http://127.0.0.1:8080', { kind: 'set_settings', patch: { publicChat: { allowedOrigins: ['https://shop.example', 'http://127.0.0.1:8080'] } } }],
  ['Allow any origin', { kind: 'set_settings', patch: { publicChat: { allowedOrigins: [] } } }],
  ['Add an article titled "Returns" with content: Return within 30 days.', { kind: 'create_article', title: 'Returns', content: 'Return within 30 days.' }],
  ['Create a new knowledge base article called Warranty in category Policies: Two years on all frames.', { kind: 'create_article', title: 'Warranty', category: 'Policies', content: 'Two years on all frames.' }],
  ['add article Opening hours\nWe are open 9 to 5.', { kind: 'create_article', title: 'Opening hours', content: 'We are open 9 to 5.' }],
  ['Update the article Returns: Return within 60 days.', { kind: 'update_article', target: 'Returns', patch: { content: 'Return within 60 days.' } }],
  ['Edit the article about shipping to say We ship daily.', { kind: 'update_article', target: 'shipping', patch: { content: 'We ship daily.' } }],
  ['Rename the article "Returns" to "Returns and refunds"', { kind: 'update_article', target: 'Returns', patch: { title: 'Returns and refunds' } }],
  ['Archive the article Returns', { kind: 'archive_article', target: 'Returns' }],
  ['Please delete the knowledge base article about gift cards', { kind: 'archive_article', target: 'gift cards' }],
  ['List all articles', { kind: 'list_articles' }],
  ['What articles do we have?', { kind: 'list_articles' }],
  ['Search the knowledge base for refunds', { kind: 'search_articles', query: 'refunds' }],
  ['Do we have an article about shipping?', { kind: 'search_articles', query: 'shipping' }],
  ['Escalate billing disputes, refund requests above $1,000 and legal issues', { kind: 'add_escalation_rules', rules: ['billing disputes', 'refund requests above $1,000', 'legal issues'] }],
  ['Add an escalation rule: customer mentions a lawyer', { kind: 'add_escalation_rules', rules: ['customer mentions a lawyer'] }],
  // Round 11, found by npm run eval:http --by-chat: one rule keeps its commas (its own list), and
  // a title keeps its colon when the content is named.
  [
    'Add an escalation rule: always escalate if a customer says their brakes, steering or a wheel failed after we worked on the car',
    { kind: 'add_escalation_rules', rules: ['always escalate if a customer says their brakes, steering or a wheel failed after we worked on the car'] },
  ],
  ['Add escalation rules: refund requests over £150; damage to a car (scratches, dents)', { kind: 'add_escalation_rules', rules: ['refund requests over £150', 'damage to a car (scratches, dents)'] }],
  [
    'Add a knowledge article titled Servicing: which service do I need and what does it cost? with content: ## Interim service\nOil and filter: £149.',
    { kind: 'create_article', title: 'Servicing: which service do I need and what does it cost?', content: '## Interim service\nOil and filter: £149.' },
  ],
  ['Add a knowledge article titled Booking, changing and cancelling - FAQ with content: Call us.', { kind: 'create_article', title: 'Booking, changing and cancelling - FAQ', content: 'Call us.' }],
  // A label inside the content ("stop name: …", "their name – …") is not the title (round 28, by chat).
  [
    'Add a knowledge article titled Getting here and parking with content: Buses 17 and 11 stop right outside (stop name: Kings Road / Eldon Road).\n\nThere is no parking on Kings Road.',
    { kind: 'create_article', title: 'Getting here and parking', content: 'Buses 17 and 11 stop right outside (stop name: Kings Road / Eldon Road).\n\nThere is no parking on Kings Road.' },
  ],
  // A hand-over label over its items is one rule as typed; the escalation check reads each item (round 28, by chat).
  [
    'Add an escalation rule: Always hand to a person:\n- anyone who has had an allergic reaction in the café\n- complaints about a member of staff',
    { kind: 'add_escalation_rules', rules: ['Always hand to a person:\n- anyone who has had an allergic reaction in the café\n- complaints about a member of staff'] },
  ],
  // Arrows and ">>" bullet items as the escalation check reads them (round 31).
  [
    'Add an escalation rule: GET ME OR JESS FOR THESE:\n>> charged twice\n>> anyone saying something is fake',
    { kind: 'add_escalation_rules', rules: ['GET ME OR JESS FOR THESE:\n>> charged twice\n>> anyone saying something is fake'] },
  ],
  // An owner's chatty lead-in over its items is one rule as typed too (round 40).
  [
    'Add an escalation rule: These have burned me before so they come to me:\n- a horse gone lame after a lesson\n- anyone wanting a block refunded',
    { kind: 'add_escalation_rules', rules: ['These have burned me before so they come to me:\n- a horse gone lame after a lesson\n- anyone wanting a block refunded'] },
  ],
  ['Add an escalation rule: refunds over £50\n-> legal threats', { kind: 'add_escalation_rules', rules: ['refunds over £50', 'legal threats'] }],
  // Business rules pasted as a list keep their first bullet (round 29, by chat).
  [
    'Set the business rules: - Keep answers short.\n- Hand over to Rob (a person) when:\n  * someone asks to speak to Rob',
    { kind: 'set_settings', patch: { businessRules: '- Keep answers short.\n- Hand over to Rob (a person) when:\n  * someone asks to speak to Rob' } },
  ],
  ['Set the business context: - Family-run since 1978.\n- Takeaway downstairs.', { kind: 'set_settings', patch: { businessContext: '- Family-run since 1978.\n- Takeaway downstairs.' } }],
  ['Set business rules - never promise delivery dates', { kind: 'set_settings', patch: { businessRules: 'never promise delivery dates' } }],
  // Lines that are no list under a hand-over are still a rule each.
  ['Add an escalation rule: refunds over £50\nlegal threats', { kind: 'add_escalation_rules', rules: ['refunds over £50', 'legal threats'] }],
  ['Set business rules: escalate billing disputes and legal issues to a human', { kind: 'add_escalation_rules', rules: ['billing disputes', 'legal issues'] }],
  ['Show the escalation rules', { kind: 'list_escalation_rules' }],
  ['Remove escalation rule 2', { kind: 'remove_escalation_rule', target: '2' }],
  ['Stop escalating legal issues', { kind: 'remove_escalation_rule', target: 'legal issues' }],
  ['How have we performed over the last 7 days?', { kind: 'analytics', days: 7 }],
  ['Show me analytics for the past 30 days', { kind: 'analytics', days: 30 }],
  ['How did we do this month?', { kind: 'analytics', days: 30 }],
  ['Give me stats for the last 2 weeks', { kind: 'analytics', days: 14 }],
  ['Show escalated conversations', { kind: 'list_conversations', filter: { status: 'escalated' } }],
  ['Which conversations got negative feedback?', { kind: 'list_conversations', filter: { review: 'negative_feedback' } }],
  ['List low-scored conversations', { kind: 'list_conversations', filter: { review: 'low_score' } }],
  ['Show conversations that need attention', { kind: 'list_conversations', filter: { review: 'needs_attention' } }],
  ['Show conversation 1b4e28ba-2fa1-41d2-883f-0016d3cca427', { kind: 'show_conversation', id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }],
  ['Show current settings', { kind: 'show_settings' }],
  ["What's the current tone?", { kind: 'show_settings' }],
  ['help', { kind: 'help' }],
  ['What can you do?', { kind: 'help' }],
];

describe('configuration grammar', () => {
  it.each(cases)('%s', (text, intent) => {
    expect(parseCommand(text)).toEqual(intent);
  });

  it.each(['Make it better', 'Do the thing we discussed', 'Bananas', 'Add an article', 'Change the colour'])(
    'does not guess: %s',
    (text) => {
      expect(parseCommand(text).kind).toBe('unclear');
      const turn = composeConfigurationTurn({
        system: '',
        messages: [{ role: 'user', content: text }],
        context: { kind: 'configuration', command: text, settings: DEFAULT_SETTINGS },
      });
      expect(turn).toHaveProperty('text');
      expect((turn as { text: string }).text).toContain('Nothing was changed');
    },
  );

  // Texts in the business's own words keep their final punctuation, or replies that quote them
  // run on; names and labels lose the full stop that ends the command.
  it.each([
    ['Set the business context to We sell bikes. We are open daily.', { businessContext: 'We sell bikes. We are open daily.' }],
    ['Set the business context to "We sell bikes in Oslo."', { businessContext: 'We sell bikes in Oslo.' }],
    ['Set the business context to "We sell bikes in Oslo".', { businessContext: 'We sell bikes in Oslo' }],
    ['Our business: Is your bike broken? We fix it!', { businessContext: 'Is your bike broken? We fix it!' }],
    ['Set business rules to Never promise delivery dates. Quote prices in NOK.', { businessRules: 'Never promise delivery dates. Quote prices in NOK.' }],
    ['Set the welcome heading to How can we help?', { branding: { welcomeHeading: 'How can we help?' } }],
    ['Set the welcome subheading to We answer within minutes.', { branding: { welcomeSubheading: 'We answer within minutes.' } }],
    ['Set the agent name to Ava.', { branding: { agentName: 'Ava' } }],
    ['Set the agent name to Ava, welcome heading Hi there!', { branding: { agentName: 'Ava', welcomeHeading: 'Hi there!' } }],
    ['Set the tone to formal.', { tone: 'formal' }],
  ])('keeps the punctuation of texts, not of names: %s', (text, patch) => {
    expect(parseCommand(text)).toEqual({ kind: 'set_settings', patch });
  });

  it.each([
    ['Add a business rule: Never share tracking numbers by chat.', { kind: 'add_business_rule', rule: 'Never share tracking numbers by chat.' }],
    ['Archive the article Returns.', { kind: 'archive_article', target: 'Returns' }],
    ['Rename the article "Returns" to Refunds.', { kind: 'update_article', target: 'Returns', patch: { title: 'Refunds' } }],
    ['Add an article titled Returns with content: Return within 30 days.', { kind: 'create_article', title: 'Returns', content: 'Return within 30 days.' }],
    ['Escalate legal issues.', { kind: 'add_escalation_rules', rules: ['legal issues'] }],
  ])('%s', (text, intent) => {
    expect(parseCommand(text)).toEqual(intent);
  });

  it('saves the business context with its final full stop', () => {
    const text = 'Set the business context to: We sell bikes in Oslo.';
    const turn = composeConfigurationTurn({
      system: '',
      messages: [{ role: 'user', content: text }],
      context: { kind: 'configuration', command: text, settings: DEFAULT_SETTINGS },
    });
    expect(turn).toEqual({ toolCalls: [{ name: 'update_settings', input: { businessContext: 'We sell bikes in Oslo.' } }] });
  });

  it('plans an escalation rule change from the current list, and a title lookup before archiving', () => {
    const settings = { ...DEFAULT_SETTINGS, escalationRules: ['legal issues', 'billing disputes'] };
    const request = (text: string, extra: object[] = []) => ({
      system: '',
      messages: [{ role: 'user' as const, content: text }, ...(extra as never[])],
      context: { kind: 'configuration', command: text, settings },
    });
    expect(composeConfigurationTurn(request('Remove escalation rule 1'))).toEqual({
      toolCalls: [{ name: 'update_settings', input: { escalationRules: ['billing disputes'] } }],
    });
    expect(composeConfigurationTurn(request('Archive the article Returns'))).toEqual({
      toolCalls: [{ name: 'list_articles', input: { q: 'Returns', limit: 5 } }],
    });
    const hits = { articles: [{ id: 'a1', title: 'Returns' }, { id: 'a2', title: 'Returns for businesses' }], total: 2 };
    const second = composeConfigurationTurn(
      request('Archive the article Returns', [
        { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'list_articles', input: {} }] },
        { role: 'tool', toolCallId: 'c1', name: 'list_articles', content: JSON.stringify({ ok: true, output: hits }) },
      ]),
    );
    expect(second).toEqual({ toolCalls: [{ name: 'archive_article', input: { id: 'a1' } }] });
  });
});
