/**
 * The registry of reply runs of this process, by conversation: start, look up, stop, and drain
 * at shutdown (finish what can finish before the deadline, end the rest with an error event).
 */
import type { Logger } from 'pino';
import type { Agent, FinishedReply } from '../agents/types.ts';
import type { Store } from '../storage/types.ts';
import { EventWriter } from './event-writer.ts';
import type { FrameFeed } from './frame-feed.ts';
import { LOCAL_BUS, type ReplyBus } from './reply-bus.ts';
import { feedForStoredReply, type FollowOptions } from './replay.ts';
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
  /** Signals to the other instances on the same database (default: none, one instance). */
  bus?: ReplyBus;
  /**
   * Run ownership, for a database several instances share (PostgreSQL): this instance's id and
   * the lease it holds on each reply it runs. Without it (SQLite: one instance), nothing is leased.
   */
  lease?: { ownerId: string; leaseMs: number };
}

/** How long a stop asked of another instance may take to show in the database. */
const REMOTE_STOP_WAIT_MS = 5_000;

export class RunManager {
  readonly #runs = new Map<string, ReplyRun>();
  /** Sends of this process between their `startReply` and `start`, by conversation. */
  readonly #starting = new Map<string, number>();
  readonly #services: RunServices;
  readonly #follow: FollowOptions;
  /** One timer drives the deadlines and heartbeats of all runs; it exists only while runs do. */
  readonly #tickMs: number;
  #ticker: NodeJS.Timeout | undefined;
  readonly #lease: { ownerId: string; leaseMs: number } | undefined;
  /** Replies started since the last lease renewal, to be claimed by it. */
  #unclaimed: string[] = [];
  #leaseTicker: NodeJS.Timeout | undefined;
  #renewing = false;
  #sweeper: NodeJS.Timeout | undefined;

  constructor(options: RunManagerOptions) {
    const { store, timeoutMs, heartbeatMs, log, onFinished } = options;
    const bus = options.bus ?? LOCAL_BUS;
    const writer = new EventWriter(store, log, options.eventFlushMs, bus.distributed ? (ids) => bus.announce(ids) : undefined);
    this.#services = { store, timeoutMs, heartbeatMs, log, onFinished, writer, bus, runEnded: (run) => this.#ended(run) };
    // Woken by the bus, a follower reads the database at once; the poll is only its fallback.
    this.#follow = { bus, pollMs: bus.distributed ? 1000 : 100, heartbeatMs, giveUpMs: timeoutMs + 30_000, log };
    bus.onStopRequest((conversationId) => this.#runs.get(conversationId)?.abort('stopped'));
    this.#lease = options.lease;
    if (this.#lease) {
      // Every instance closes replies whose owner stopped renewing: a dead instance's replies
      // end within about 1.5 leases, stored as partial with interrupted + [DONE].
      const every = Math.max(50, Math.floor(this.#lease.leaseMs / 2));
      this.#sweeper = setInterval(() => void this.#sweep(), every);
      this.#sweeper.unref();
    }
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
      clearInterval(this.#leaseTicker);
      this.#leaseTicker = undefined;
      this.#unclaimed = [];
    }
  }

  /**
   * Renews this instance's lease on the replies it runs (claiming those started since the last
   * renewal), and stops those on which another instance asked for a stop.
   */
  async #renew(): Promise<void> {
    const lease = this.#lease;
    if (!lease || this.#renewing) return;
    this.#renewing = true;
    const claimed = this.#unclaimed;
    this.#unclaimed = [];
    try {
      const until = new Date(Date.now() + lease.leaseMs).toISOString();
      const stops = await this.#services.store.renewReplyLeases(lease.ownerId, claimed, until);
      for (const run of this.#runs.values()) if (stops.includes(run.messageId)) run.abort('stopped');
    } catch (err) {
      this.#unclaimed = claimed.concat(this.#unclaimed);
      this.#services.log.warn({ err }, 'renewing the leases of running replies failed; retrying');
    } finally {
      this.#renewing = false;
    }
  }

  /** Closes the replies whose owner's lease expired (the owner died or lost the database). */
  async #sweep(): Promise<void> {
    const { store, log } = this.#services;
    try {
      const closed = await store.recoverUnfinishedReplies(
        new Date().toISOString(),
        (reply, err) => log.error({ err, ...reply }, 'could not close a reply whose owner is gone'),
        { leaseMs: this.#lease!.leaseMs },
      );
      if (closed.length > 0) log.warn({ count: closed.length }, 'closed replies whose owner stopped renewing its lease');
    } catch (err) {
      log.warn({ err }, 'looking for replies of instances that are gone failed');
    }
  }

  /** Stops the sweeper (shutdown). */
  close(): void {
    clearInterval(this.#sweeper);
    this.#sweeper = undefined;
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
    if (this.#lease) {
      this.#unclaimed.push(messageId);
      // Renewed every third of the lease, and at least every second: a stop recorded in the
      // database by another instance (without Redis) is seen within a second.
      this.#leaseTicker ??= setInterval(() => void this.#renew(), Math.min(1000, Math.floor(this.#lease.leaseMs / 3)));
    }
    return run;
  }

  /**
   * Marks a send of this process as under way for the conversation, from before its
   * `startReply` until the run is registered (or the send ends otherwise): call the returned
   * function then. `feedFor` waits only for such a send.
   */
  starting(conversationId: string): () => void {
    this.#starting.set(conversationId, (this.#starting.get(conversationId) ?? 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const n = this.#starting.get(conversationId)! - 1;
      if (n === 0) this.#starting.delete(conversationId);
      else this.#starting.set(conversationId, n);
    };
  }

  /**
   * The run of the reply `messageId` if it runs in this process, waiting up to `waitMs` for it
   * to be registered while a send of this process is starting it (a reply stored as streaming
   * is registered right after its transaction commits). Another instance's reply: at once.
   */
  async #find(conversationId: string, messageId: string, waitMs = 1000): Promise<ReplyRun | undefined> {
    const until = Date.now() + waitMs;
    for (;;) {
      const run = this.#runs.get(conversationId);
      if (run?.messageId === messageId) return run;
      if (!this.#starting.has(conversationId) || Date.now() >= until) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * The feed of a stored reply of the conversation: its run's, when it runs here (waiting for
   * one this process is starting), else its stored events, followed live while another instance
   * still writes it (see replay.ts).
   */
  async feedFor(conversationId: string, reply: { id: string; status: string }): Promise<FrameFeed> {
    const run = reply.status === 'streaming' ? await this.#find(conversationId, reply.id) : undefined;
    return run ? run.feed : feedForStoredReply(this.#services.store, reply.id, this.#follow);
  }

  /**
   * Stops the conversation's running reply, here or (through the bus) in another instance;
   * resolves once it is stored. False if none ran.
   */
  async stop(conversationId: string): Promise<boolean> {
    const run = this.#runs.get(conversationId);
    if (run) {
      // A reply whose agent already finished is stored as it ended: nothing was stopped.
      const stopped = run.abort('stopped');
      await run.finished;
      return stopped;
    }
    const { store, bus } = this.#services;
    if (!this.#lease && !bus.distributed) return false;
    const reply = await store.getLatestReply(conversationId);
    if (reply?.status !== 'streaming') return false;
    // Through Redis the owner hears it at once; through the database at its next renewal.
    if (!(await store.requestStop(reply.id, new Date().toISOString()))) return false;
    bus.requestStop(conversationId);
    const until = Date.now() + REMOTE_STOP_WAIT_MS;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const status = (await store.getMessage(reply.id))?.status;
      // It may also have ended by itself meanwhile: then nothing was stopped.
      if (status !== 'streaming') return status === 'stopped';
    }
    return false;
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
