/** The rule-based QA assessor: scores and flags from what the agent knew. */
import { describe, expect, it } from 'vitest';
import type { ReplyNote } from '../../src/agents/reply-notes.ts';
import { assessReply } from '../../src/qa/assess-reply.ts';

const note: ReplyNote = {
  sources: [], instructions: '', markers: [], tone: 'friendly', escalationRules: ['legal issues'],
  notKnown: false, refusedCategory: null, followUpOnly: false,
};
const input = { question: 'How long is delivery?', reply: 'Delivery takes 2 days.', status: 'complete', escalated: false, note, outputFlags: [] };

describe('assessReply', () => {
  it('gives a grounded answer 5 and no flags', () => {
    expect(assessReply(input)).toEqual({ score: 5, flags: [] });
  });
  it('flags missing knowledge', () => {
    expect(assessReply({ ...input, note: { ...note, notKnown: true } })).toEqual({ score: 3, flags: ['missing_knowledge'] });
  });
  it('flags a missed escalation and a hallucination', () => {
    const result = assessReply({ ...input, question: 'My lawyer says this is a legal issue', outputFlags: ['unsupported_claim'] });
    expect(result.flags).toEqual(['missed_escalation', 'hallucination']);
    expect(result.score).toBe(1);
  });
  it('does not flag an escalated reply as a missed escalation', () => {
    expect(assessReply({ ...input, question: 'Can I talk to a human?', escalated: true }).flags).toEqual([]);
  });
  it('flags tone mismatch and a stopped reply', () => {
    expect(assessReply({ ...input, note: { ...note, tone: 'formal' }, reply: 'Hey, sure thing!!' }).flags).toEqual(['tone_mismatch']);
    expect(assessReply({ ...input, status: 'stopped' }).flags).toEqual(['poor_response']);
  });
});
