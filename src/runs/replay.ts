/**
 * Feeds for replies that are not running in this process: their stored events, replayed with
 * their original ids. A reply whose log never ended (its process died and recovery has not run
 * yet) is closed for the reader with an `interrupted` error and `[DONE]`, never left hanging.
 */
import { DONE } from '@parley/client/protocol';
import { encodeEvent, serializePayload } from '../sse/encode.ts';
import type { Store } from '../storage/types.ts';
import { FrameFeed } from './frame-feed.ts';
import { streamError } from './reply-run.ts';

export async function feedForStoredReply(store: Store, messageId: string): Promise<FrameFeed> {
  const events = await store.listReplyEvents(messageId, 0);
  const feed = new FrameFeed();
  for (const e of events) feed.push(encodeEvent(e.seq, e.data));
  if (events.at(-1)?.data !== DONE) {
    let seq = events.length;
    feed.push(encodeEvent(++seq, serializePayload(streamError('interrupted'))));
    feed.push(encodeEvent(++seq, serializePayload('done')));
  }
  feed.end();
  return feed;
}
