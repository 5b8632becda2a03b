/**
 * Requests for a person (issue 13, round 22): forms of the blind round-22 escalation dev set, and
 * the look-alikes that ask for the number to ring or mention someone calmly.
 */
import { describe, expect, it } from 'vitest';
import { handoffRequest } from '../../src/agents/handoff-request.ts';

describe('requests for a person in the forms of the round-22 dev set', () => {
  it.each([
    'Can I speak to whoever actually runs the yard please, rather than the booking thing?',
    "Who's the skipper in charge? I'd like a word with him directly if possible.",
    'Is there any way I can speak to Bev herself rather than messaging?',
    "Is there a phone number for the studio? Don't really want to sort this out over chat.",
  ])('hands over: %s', (message) => {
    expect(handoffRequest(message)).toBeDefined();
  });

  it.each([
    "I'd rather speak to an actual person about which tent to get. What number do I ring?",
    'Is there a number I can call?',
    'Can we pay by card rather than the app?',
    "I'd like a word with him about the price, is he in on Saturday?",
  ])('answers, does not hand over: %s', (message) => {
    expect(handoffRequest(message)).toBeUndefined();
  });
});
