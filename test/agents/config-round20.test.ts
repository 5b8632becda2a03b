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
});
