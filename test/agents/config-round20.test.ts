/**
 * Issue 13, round 20: owner messages from the dev end-to-end probes (eval/config-chat-probe-11.mjs)
 * that the configuration chat stored wrongly, read as the owner meant.
 */
import { describe, expect, it } from 'vitest';
import { composeConfigurationTurn } from '../../src/agents/offline-config/compose.ts';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.ts';
import type { Intent } from '../../src/agents/offline-config/intents.ts';

const read = (message: string) => parseCommand(message) as Intent & { title?: string; content?: string };

describe('owner messages the configuration chat reads (round 20)', () => {
  it('leaves "could that go on as its own page" under a pasted page out of the page', () => {
    const intent = read("Pet Taxi\nWe can collect your dog or cat from home and bring them back at the end of their stay. Within 10 miles of Willowmere it's £12 each way, and 10 to 20 miles is £20 each way. We don't go further than 20 miles. Cats travel in your own carrier, dogs in a crate in our air-conditioned van.\n\ncould that go on as its own page");
    expect(intent.kind).toBe('create_article');
    expect(intent.title).toBe('Pet Taxi');
    expect(intent.content).toContain('£12 each way');
    expect(intent.content).not.toMatch(/own page/);
  });

  it('reads a misspelt "description" as the description', () => {
    const intent = read('new descripton pls, replace the old 1 - Ironside Locksmiths, Doncaster & Rotherham. 24hr emergency locksmith, MLA approved, lock changes, burglary repairs.');
    expect(intent.kind).toBe('set_settings');
    expect(JSON.stringify(intent)).toContain('MLA approved');
  });

  it('reads "change the bit about X - …" as a line added to the page about X', () => {
    const intent = read('Can you change the bit about parking in Seahouses - the council car park is pay and display now and guests will need coins or the RingGo app.') as Intent & { target?: string; patch?: { content?: string } };
    expect(intent.kind).toBe('update_article');
    expect(intent.target).toMatch(/^parking/);
    expect(intent.patch?.content).toContain('pay and display');
  });

  it('reads "I want bot is polite and simple" as the tone', () => {
    expect(read('I want bot is polite and simple, not too many words. Many of my customers also not English first language.')).toEqual({ kind: 'set_settings', patch: { tone: 'polite and simple' } });
  });

  it('reads a figure or date changed without quotes as that passage swapped, the remark after it left out', () => {
    expect(read("On the self assessment one please change the paperwork deadline from 30 November to 31 October, we're bringing it forward this year.")).toEqual({ kind: 'replace_text', target: 'self assessment', from: '30 November', to: '31 October' });
    // The old figure takes the new one's unit: a bare "3" is no passage to look for.
    expect(read("In the Funeral Flowers article can you change the notice for letter tributes to 5 working days not 3, we've been getting swamped")).toEqual({ kind: 'replace_text', target: 'Funeral Flowers', from: '3 working days', to: '5 working days' });
    expect(read('On the prices page change the kids price from 3 to 5').kind).not.toBe('replace_text');
  });

  it('reads "In article X please add: …" as a line added, not a page taken down because the line says "remove"', () => {
    expect(read('In article Our Services please add: Pet hair removal - extra service, we remove all dog hair from seats and boot.')).toEqual({ kind: 'update_article', target: 'Our Services', patch: { content: 'Pet hair removal - extra service, we remove all dog hair from seats and boot.' }, append: true });
  });
});

describe('a line added after a request to update a page (round 20)', () => {
  it('appends the line instead of replacing the page with the words after "with"', () => {
    expect(read('Would you mind updating the page about albums? Could you add that albums are now handmade in Italy with linen or leather covers.')).toEqual({ kind: 'update_article', target: 'albums', patch: { content: 'Albums are now handmade in Italy with linen or leather covers.' }, append: true });
    expect(read('Update the page about albums. Add that albums are now handmade in Italy.')).toMatchObject({ kind: 'update_article', append: true });
  });
});

describe('"its page" (round 20)', () => {
  it('is the page of the name the message opens with, else no page at all', () => {
    expect(read('Sea Breeze Cottage has left us, the owner sold up. Please remove its page.')).toEqual({ kind: 'archive_article', target: 'Sea Breeze Cottage' });
    expect(read('we stopped doing it, remove its page').kind).toBe('unclear');
  });
});

describe('a question about this chat (round 20)', () => {
  it('is answered with help, not stored as a fact about the business', () => {
    expect(read("Sorry, quick q before I do anything else - if I change something does it go live straight away? Don't want to break anything!")).toEqual({ kind: 'help' });
    expect(read('If I pay the deposit does it get refunded? Customers ask this a lot, the answer is yes.').kind).toBe('add_business_fact');
  });
});

describe('a passage swapped by chat is found whole (round 20)', () => {
  const page = { id: 'f', title: 'Funeral Flowers', content: 'Wreaths need 13 working days. Letter tributes need 3 working days notice.', category: null };
  const text = "In the Funeral Flowers article can you change the notice for letter tributes to 5 working days not 3, we've been getting swamped";
  const found = [{ role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'list_articles', input: {} }] }, { role: 'tool', toolCallId: 'c1', name: 'list_articles', content: JSON.stringify({ ok: true, output: { articles: [page] } }) }];

  it('changes "3 working days", not the "3 working days" inside "13 working days"', () => {
    const turn = composeConfigurationTurn({ system: '', messages: [{ role: 'user' as const, content: text }, ...(found as never[])], context: { kind: 'configuration', command: text, settings: DEFAULT_SETTINGS } }) as { toolCalls: { name: string; input: { content: string } }[] };
    expect(turn.toolCalls[0]!.name).toBe('update_article');
    expect(turn.toolCalls[0]!.input.content).toBe('Wreaths need 13 working days. Letter tributes need 5 working days notice.');
  });
});

