/**
 * Quality assessment of one customer-facing reply (digest §10): a 1-5 score and flags. The
 * offline assessor is rule-based and reads what the agent knew when it answered (its note),
 * so it judges the outcome, not the wording: a "don't know" is missing knowledge, an
 * escalation signal without an escalation is a missed escalation, an unsupported number is a
 * hallucination, a quoted instruction or credential (output flag `unsafe_knowledge`) is unsafe content.
 */
import type { ReplyNote } from '../agents/reply-notes.ts';
import { detectEscalation } from '../agents/escalation.ts';
import { toneViolations } from '../agents/tone.ts';
import type { OutputFlag } from '../safety/output-filter.ts';

export type QaFlag = 'missing_knowledge' | 'missed_escalation' | 'hallucination' | 'tone_mismatch' | 'poor_response' | 'unsafe_content';

export interface QaInput {
  question: string;
  reply: string;
  status: string;
  escalated: boolean;
  note: ReplyNote;
  outputFlags: OutputFlag[];
}

const PENALTY: Record<QaFlag, number> = {
  missing_knowledge: 2,
  missed_escalation: 3,
  hallucination: 3,
  tone_mismatch: 1,
  poor_response: 2,
  unsafe_content: 4,
};

export function assessReply(input: QaInput): { score: number; flags: QaFlag[] } {
  const flags: QaFlag[] = [];
  const { note } = input;
  if (note.refusedCategory !== null) return { score: 5, flags };
  if (note.notKnown) flags.push('missing_knowledge');
  if (!input.escalated && !note.followUpOnly && detectEscalation(input.question, note.escalationRules)) flags.push('missed_escalation');
  if (input.outputFlags.includes('unsupported_claim')) flags.push('hallucination');
  // An instruction to a model or a credential quoted to a customer is the worst reply there is.
  if (input.outputFlags.includes('unsafe_knowledge')) flags.push('unsafe_content');
  if (toneViolations(note.tone, input.reply)) flags.push('tone_mismatch');
  if (input.status !== 'complete' || input.reply.trim().length < 2) flags.push('poor_response');
  const score = Math.max(1, 5 - flags.reduce((sum, f) => sum + PENALTY[f], 0));
  return { score, flags };
}
