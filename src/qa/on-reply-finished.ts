/**
 * The reply-finished hook: after `[DONE]`, judge the stored customer-facing reply — output
 * filter flags (leak, unsupported claims), the input filter's refusal flag, and the QA score —
 * and store them on the message. Runs detached: it never throws and never delays a stream.
 */
import type { Logger } from 'pino';
import type { ReplyNotes } from '../agents/reply-notes.ts';
import type { FinishedReply } from '../agents/types.ts';
import { checkOutput } from '../safety/output-filter.ts';
import type { AgentStore } from '../storage/agent-store.ts';
import { assessReply } from './assess-reply.ts';

/** Returns the `AgentRuntime.onReplyFinished` hook: fire-and-forget judgement of customer replies. */
export function createReplyFinishedHook(agentStore: AgentStore, notes: ReplyNotes, log: Logger) {
  const hook = (reply: FinishedReply): void => {
    void judge(reply).catch((err: unknown) => log.error({ err, messageId: reply.messageId }, 'quality assessment failed'));
  };

  async function judge(reply: FinishedReply): Promise<void> {
    if (reply.conversation.channel !== 'customer') return;
    const note = notes.take(reply.userMessage.id);
    if (!note) return; // the agent never got far enough to answer (e.g. a failed model call)
    const outputFlags = note.refusedCategory === null
      ? checkOutput({ reply: reply.content, instructions: note.instructions, markers: note.markers, sources: note.sources })
      : [];
    const safety = note.refusedCategory === null ? outputFlags : [`input_${note.refusedCategory}`];
    if (safety.length > 0) await agentStore.setSafetyFlags(reply.messageId, safety);
    const qa = assessReply({
      question: reply.userMessage.content,
      reply: reply.content,
      status: reply.status === 'refused' ? 'complete' : reply.status,
      escalated: reply.escalationReason !== null,
      note,
      outputFlags,
    });
    await agentStore.setQualityAssessment(reply.messageId, qa.score, qa.flags);
  }
  return hook;
}
