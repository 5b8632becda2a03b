/**
 * The reply-finished hook: after `[DONE]`, judge the stored customer-facing reply — output
 * filter flags (leak, unsupported claims), the input filter's refusal flag, and the QA score —
 * and store them on the message. Runs detached: it never throws and never delays a stream.
 */
import type { Logger } from 'pino';
import type { ReplyNotes } from '../agents/reply-notes.ts';
import type { FinishedReply } from '../agents/types.ts';
import { checkOutput } from '../safety/output-filter.ts';
import type { AgentStore, Assessment } from '../storage/agent-store.ts';
import { assessReply } from './assess-reply.ts';

/** Returns the `AgentRuntime.onReplyFinished` hook: fire-and-forget judgement of customer replies. */
export function createReplyFinishedHook(agentStore: AgentStore, notes: ReplyNotes, log: Logger, flushMs = 100) {
  // Judgements are written together every `flushMs`: one commit (an fsync on SQLite) per
  // batch instead of one or two per reply.
  let queue: Assessment[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const batch = queue;
    queue = [];
    void agentStore
      .saveAssessments(batch)
      .catch((err: unknown) => log.error({ err, count: batch.length }, 'storing quality assessments failed'));
  };
  const hook = (reply: FinishedReply): void => {
    try {
      const assessment = judge(reply);
      if (!assessment) return;
      queue.push(assessment);
      timer ??= setTimeout(flush, flushMs);
    } catch (err) {
      log.error({ err, messageId: reply.messageId }, 'quality assessment failed');
    }
  };

  function judge(reply: FinishedReply): Assessment | undefined {
    if (reply.conversation.channel !== 'customer') return undefined;
    const note = notes.take(reply.userMessage.id);
    if (!note) return undefined; // the agent never got far enough to answer (e.g. a failed model call)
    const outputFlags = note.refusedCategory === null
      ? checkOutput({ reply: reply.content, instructions: note.instructions, markers: note.markers, sources: note.sources })
      : [];
    const safety = note.refusedCategory === null ? outputFlags : [`input_${note.refusedCategory}`];
    const qa = assessReply({
      question: reply.userMessage.content,
      reply: reply.content,
      status: reply.status === 'refused' ? 'complete' : reply.status,
      escalated: reply.escalationReason !== null,
      note,
      outputFlags,
    });
    return { messageId: reply.messageId, score: qa.score, qaFlags: qa.flags, safetyFlags: safety.length > 0 ? safety : null };
  }
  return hook;
}
