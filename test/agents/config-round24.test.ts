/**
 * Issue 13, round 24: `http-eval --by-chat` entered the round-24 chimney sweep's business context
 * with the README's command, and the chat split it at "Also:" into the context and a fact.
 */
import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/agents/offline-config/grammar.ts';

describe('"Set the business context: …" takes the rest of the message (round 24)', () => {
  const context =
    "Ashdown & Sons Chimney Sweeps - family business, me and my son Owen. We sweep open fires and wood burners; we don't do gas fires, you need a Gas Safe engineer for those. Also: bird nest removal, CCTV chimney surveys, smoke tests, cowls and bird guards.";

  it.each([`Set the business context: ${context}`, `Please set our business description to ${context}`])('%s', (message) => {
    expect(parseCommands(message)).toEqual([{ kind: 'set_settings', patch: { businessContext: context } }]);
  });

  it('still reads two requests joined by "Also" when the context is not set by the command', () => {
    expect(parseCommands("I'd like the assistant to be called Bramble please. Also it must never tell anyone our home address.")).toHaveLength(2);
  });
});
