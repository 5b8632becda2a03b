/**
 * Use case: a client comes back for a reply (`GET …/stream`). Without a reply id it gets the
 * conversation's latest reply, as before; with one (`?replyId=`, the `Parley-Reply-Id` of its
 * send) exactly that reply, live while it runs here, from its stored events otherwise, even
 * after newer replies exist. Event ids restart at 1 for every reply, so resuming "the latest"
 * after a newer reply started would join that reply's events onto the old one's text.
 */
import { AppError } from '../errors.ts';
import type { FrameFeed } from '../runs/frame-feed.ts';
import type { RunManager } from '../runs/run-manager.ts';
import type { Conversation, Store } from '../storage/types.ts';

export interface FoundReply {
  replyId: string;
  feed: FrameFeed;
}

/**
 * The feed of the reply to resume, or undefined when the conversation has no reply yet.
 * Throws `not_found` for a reply id that is not an assistant message of this conversation
 * (the conversation was already checked to be the caller's organization's).
 */
export async function findReplyFeed(
  deps: { store: Store; runs: RunManager },
  conversation: Conversation,
  replyId: string | undefined,
): Promise<FoundReply | undefined> {
  const { store, runs } = deps;
  const live = runs.get(conversation.id);
  if (replyId === undefined) {
    if (live) return { replyId: live.messageId, feed: live.feed };
    const latest = await store.getLatestReply(conversation.id);
    return latest && { replyId: latest.id, feed: await runs.feedFor(conversation.id, latest) };
  }
  if (live?.messageId === replyId) return { replyId, feed: live.feed };
  const message = await store.getMessage(replyId);
  if (!message || message.conversationId !== conversation.id || message.role !== 'assistant') {
    throw new AppError('not_found', 'Reply not found.');
  }
  return { replyId, feed: await runs.feedFor(conversation.id, message) };
}
