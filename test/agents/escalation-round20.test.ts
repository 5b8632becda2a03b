/**
 * Issue 13, round 20: hand-overs the blind round-20 escalation dev set (eval/escalation-dev-round20.ts)
 * showed were missed or wrong, as the support agent's escalation check reads them.
 */
import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { handoffRequest } from '../../src/agents/handoff-request.ts';

describe('asking for the person in charge (round 20)', () => {
  it('reads "whoever owns the business" and the boss\'s number as asking for a person', () => {
    expect(handoffRequest('can i speak to whoever owns the business pls')).toBeDefined();
    expect(handoffRequest("can I have a number for jack or whoever's the boss")).toBeDefined();
  });

  it('leaves a number asked for reception or customer care alone: the customer will ring it', () => {
    expect(handoffRequest('what is the phone number for reception?')).toBeUndefined();
    expect(handoffRequest('What is the phone number for customer care?'.toLowerCase())).toBeUndefined();
  });
});

describe('how complaints work, asked before anything happened (round 20)', () => {
  const rules = ['Complaints', 'refunds over £50'];

  it('is not a complaint', () => {
    expect(detectEscalation("What's your complaints procedure? Asking for my mum who's thinking of booking, she likes to know these things before she commits.", rules)).toBeUndefined();
    expect(detectEscalation("What's your complaints process? Just being nosy, I run a little business too and I'm writing mine.", rules)).toBeUndefined();
  });

  it('a complaint still is', () => {
    expect(detectEscalation('I want to make a complaint, the castle arrived filthy and half deflated.', rules)).toBeDefined();
  });
});
