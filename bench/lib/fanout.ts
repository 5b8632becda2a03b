/**
 * Cross-instance fan-out latency: two Parley instances on one PostgreSQL database and one Redis.
 * Each stream is sent on instance A (POST …/messages) and, as soon as its `Parley-Reply-Id`
 * arrives, followed at once on A and on B (`GET …/stream?replyId=` with `Last-Event-ID: 0`).
 * For every event that reached the sender after both followers were attached, the delay of
 * each follower's arrival over the sender's own is recorded: A's follower is same-instance
 * delivery (the run's feed), B's is cross-instance delivery (stored, announced over Redis,
 * read back from the database by B). All three streams are checked like every other stream.
 */
import type http from 'node:http';
import { createConversation, followReply, openStream, runPool, type OpenStream, type Target } from './client.ts';
import { compareWithReference } from './sse-check.ts';

export interface FanoutResult {
  streams: number;
  ok: number;
  /** Per live event: B's follower arrival − the sender's arrival (ms). */
  crossMs: number[];
  /** Per live event: A's follower arrival − the sender's arrival (ms). */
  sameMs: number[];
  /** Per live event: B's follower arrival − A's follower arrival (ms). */
  crossOverSameMs: number[];
  /** Per stream: from the send's response head to each follower's response head (ms). */
  attachSameMs: number[];
  attachCrossMs: number[];
  failures: string[];
  failureCount: number;
}

export async function runFanout(
  agent: http.Agent,
  a: Target,
  bPort: number,
  message: string,
  count: number,
  concurrency: number,
  reference: string[],
  deadline: number,
): Promise<FanoutResult> {
  const result: FanoutResult = { streams: count, ok: 0, crossMs: [], sameMs: [], crossOverSameMs: [], attachSameMs: [], attachCrossMs: [], failures: [], failureCount: 0 };
  const fail = (why: string) => {
    result.failureCount++;
    if (result.failures.length < 5 && !result.failures.includes(why)) result.failures.push(why);
  };
  const timeoutMs = 60_000;
  await runPool(
    count,
    concurrency,
    async () => {
      const followers: OpenStream[] = [];
      try {
        const conversationId = await createConversation(agent, a, timeoutMs);
        const sender = openStream(agent, a, conversationId, message, timeoutMs);
        const replyId = await sender.response;
        if (replyId === undefined) {
          await sender.finished;
          return fail(`send on A: no Parley-Reply-Id (${sender.checker.error ?? 'no answer'})`);
        }
        const same = followReply(agent, a.port, a.key, conversationId, replyId, timeoutMs);
        const cross = followReply(agent, bPort, a.key, conversationId, replyId, timeoutMs);
        followers.push(same, cross);
        await Promise.all([sender.finished, same.finished, cross.finished]);
        for (const [name, s] of [['sender on A', sender], ['follower on A', same], ['follower on B', cross]] as const) {
          const problem = compareWithReference(s.checker, reference);
          if (problem !== undefined) return fail(`${name}: ${problem}`);
        }
        result.attachSameMs.push(same.responseAt! - sender.responseAt!);
        result.attachCrossMs.push(cross.responseAt! - sender.responseAt!);
        const attached = Math.max(same.responseAt ?? Infinity, cross.responseAt ?? Infinity);
        const tSender = sender.checker.arrivals;
        const tSame = same.checker.arrivals;
        const tCross = cross.checker.arrivals;
        for (let i = 0; i < tSender.length; i++) {
          if (tSender[i]! <= attached) continue; // stored before both followers listened: replayed, not live
          result.crossMs.push(tCross[i]! - tSender[i]!);
          result.sameMs.push(tSame[i]! - tSender[i]!);
          result.crossOverSameMs.push(tCross[i]! - tSame[i]!);
        }
        result.ok++;
      } catch (err) {
        fail((err as Error).message);
      } finally {
        for (const f of followers) f.close();
      }
    },
    () => Date.now() > deadline,
  );
  if (result.ok + result.failureCount < count) fail(`stopped by the time limit after ${result.ok + result.failureCount} of ${count} streams`);
  return result;
}
