/**
 * The registry of reply runs of this process, by conversation: start, look up, stop, and drain
 * at shutdown (finish what can finish before the deadline, end the rest with an error event).
 */
import type { Logger } from 'pino';
import type { Agent, FinishedReply } from '../agents/types.ts';
import type { Store } from '../storage/types.ts';
import { EventWriter } from './event-writer.ts';
import { ReplyRun, type RunInput, type RunServices } from './reply-run.ts';

export interface RunManagerOptions {
  store: Store;
  timeoutMs: number;
  heartbeatMs: number;
  log: Logger;
  /** How long an event waits, when no write is under way, for others to share its write (ms). */
  eventFlushMs?: number;
  /** Called after each run has stored its message and sent `[DONE]`. */
  onFinished?: (reply: FinishedReply) => void;
}

export class RunManager {
  readonly #runs = new Map<string, ReplyRun>();
  readonly #services: RunServices;
  /** One timer drives the deadlines and heartbeats of all runs; it exists only while runs do. */
  readonly #tickMs: number;
  #ticker: NodeJS.Timeout | undefined;

  constructor(options: RunManagerOptions) {
    const { store, timeoutMs, heartbeatMs, log, onFinished } = options;
    const writer = new EventWriter(store, log, options.eventFlushMs);
    this.#services = { store, timeoutMs, heartbeatMs, log, onFinished, writer, runEnded: (run) => this.#ended(run) };
    // Deadlines fire at most a tick late: a quarter of the shorter period, at most 1 s.
    this.#tickMs = Math.max(5, Math.min(1000, Math.floor(Math.min(options.timeoutMs, options.heartbeatMs) / 4)));
  }

  #tick(): void {
    const now = Date.now();
    for (const run of this.#runs.values()) run.tick(now);
  }

  #ended(run: ReplyRun): void {
    if (this.#runs.get(run.conversationId) === run) this.#runs.delete(run.conversationId);
    if (this.#runs.size === 0) {
      clearInterval(this.#ticker);
      this.#ticker = undefined;
    }
  }

  get size(): number {
    return this.#runs.size;
  }

  get(conversationId: string): ReplyRun | undefined {
    return this.#runs.get(conversationId);
  }

  start(agent: Agent, input: RunInput, messageId: string): ReplyRun {
    const run = new ReplyRun(this.#services, agent, input, messageId);
    this.#runs.set(run.conversationId, run);
    this.#ticker ??= setInterval(() => this.#tick(), this.#tickMs);
    return run;
  }

  /**
   * The run of the reply `messageId`, waiting up to `waitMs` for it to be registered (a reply
   * stored as streaming is registered right after its transaction commits).
   */
  async find(conversationId: string, messageId: string, waitMs = 1000): Promise<ReplyRun | undefined> {
    const until = Date.now() + waitMs;
    for (;;) {
      const run = this.#runs.get(conversationId);
      if (run?.messageId === messageId) return run;
      if (Date.now() >= until) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Stops the conversation's running reply; resolves once it is stored. False if none ran. */
  async stop(conversationId: string): Promise<boolean> {
    const run = this.#runs.get(conversationId);
    if (!run) return false;
    run.abort('stopped');
    await run.finished;
    return true;
  }

  /** Lets runs finish until `graceMs` has passed, then ends the rest as shutdown. */
  async drain(graceMs: number): Promise<void> {
    const all = [...this.#runs.values()];
    if (all.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(all.map((r) => r.finished)), deadline]);
    clearTimeout(timer);
    for (const run of this.#runs.values()) run.abort('shutdown');
    await Promise.all([...this.#runs.values()].map((r) => r.finished));
  }
}
