/**
 * Issue 13, round 20: owner messages from the dev end-to-end probes (eval/config-chat-probe-11.mjs)
 * that the configuration chat stored wrongly, read as the owner meant.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';
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
});
