/**
 * Escalation rules that count people (issue 13, round 22): counts told in words ("eleven of us",
 * "thirty-odd", "twenty-four kids", "ten girls"), and a rule's bare number about groups or parties.
 */
import { describe, expect, it } from 'vitest';
import { ruleMatches } from '../../src/agents/escalation.ts';

describe('counts of people told in words (round 22)', () => {
  it.each([
    ['group bookings of more than 8 riders', "Looking to book a hack for a hen do, there'd be eleven of us and we've all ridden a bit before."],
    ['group bookings of more than 8 riders', 'We are a Brownies pack hoping for an intro session — ten girls plus two leaders.'],
    ['private charters or groups of more than 15', "We're a ramblers' group, thirty-odd of us, hoping to do the islands trip in June."],
    ['parties or group bookings of more than 20', 'its my daughters 8th can we book a party for about twenty-four kids from her class'],
  ])('%s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    ['group bookings of more than 8 riders', 'there are 6 of us, any Saturdays free?'],
    ['parties or group bookings of more than 20', 'can we book a party for fifteen kids?'],
    ['refunds over 50', 'we were a group of 60 and want a refund'],
  ])('under the count, or not a count: %s: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });
});
