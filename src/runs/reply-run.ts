/**
 * One reply run (PRODUCT.md §2): it belongs to the conversation, not to an HTTP response.
 * It drives the agent under one cancellation signal (stop, deadline, shutdown), numbers and stores
 * every event, stores the assistant message with its final status, and only then sends
 * `[DONE]`. Responses are subscribers of its {@link FrameFeed}; one leaving changes nothing.
 * An event reaches subscribers only once it is stored (the feed releases it after the
 * {@link EventWriter}'s commit), so an id a client holds always names the same stored event.
 */
import type { ErrorPayload, EventPayload, StreamErrorCode } from '@parley/client/protocol';
import type { Logger } from 'pino';
import type { Agent, AgentEvent, AgentInput, FinishedReply } from '../agents/types.ts';
import { Cancellation } from '../model/cancel.ts';
import { ModelError, estimateTokens } from '../model/types.ts';
import { deltaText, encodeEvent, frameData, serializePayload } from '../sse/encode.ts';
import type { FinishReplyInput, Store, StoredEvent, StoredMessageStatus } from '../storage/types.ts';
import { metrics, secondsSince } from '../telemetry/metrics.ts';
import { tracing, type SpanHandle } from '../telemetry/tracing.ts';
import type { EventWriter } from './event-writer.ts';
import { FrameFeed } from './frame-feed.ts';
import type { ReplyBus } from './reply-bus.ts';

export type AbortReason = 'stopped' | 'timeout' | 'shutdown';

/** What every run of a {@link RunManager} shares: one object, not a copy per run. */
export interface RunServices {
  store: Store;
  /** From a run's start to its deadline; enforced through {@link ReplyRun.tick}. */
  timeoutMs: number;
  /** A heartbeat comment goes out once a run has been silent this long (see `tick`). */
  heartbeatMs: number;
  /** Stores the runs' events, batched across runs, and releases them once stored. */
  writer: EventWriter;
  /** Tells other instances when a reply's final events are stored. */
  bus: ReplyBus;
  log: Logger;
  onFinished?: (reply: FinishedReply) => void;
  /** Called once per run, after it stored its message and sent `[DONE]`. */
  runEnded(run: ReplyRun): void;
}

/** The agent's input but the history, which the run loads itself (see `#start`). */
export type RunInput = Omit<AgentInput, 'history'>;

const SAFE_MESSAGES: Record<StreamErrorCode, string> = {
  timeout: 'The reply took too long and was ended.',
  model_error: 'The assistant could not complete this reply.',
  upstream_overloaded: 'The assistant is overloaded right now. Please try again.',
  upstream_disconnected: 'The connection to the assistant was lost.',
  upstream_bad_response: 'The assistant sent an invalid response.',
  server_shutting_down: 'The server is restarting. Please try again.',
  interrupted: 'The reply was interrupted.',
  internal_error: 'Something went wrong while generating this reply.',
};

export function streamError(code: StreamErrorCode, retryable = true): ErrorPayload {
  return { type: 'error', message: SAFE_MESSAGES[code], code, retryable };
}

/** The events that end a reply whose last event has id `lastId`: the error, if any, and `[DONE]`. */
function tailAfter(lastId: number, failure: ErrorPayload | undefined): StoredEvent[] {
  const payloads: (EventPayload | 'done')[] = failure ? [failure, 'done'] : ['done'];
  return payloads.map((p, i) => ({ seq: lastId + 1 + i, data: serializePayload(p) }));
}

/** Pause before retrying the final write of a reply whose first write failed. */
const CLOSE_RETRY_MS = 250;

/** How long an aborted agent may take to stop before the run ends without it. */
const ABANDON_AFTER_ABORT_MS = 500;

type FinalStatus = Exclude<StoredMessageStatus, 'streaming'>;

/**
 * A run holds only what it needs while it waits on its agent: thousands can be open at once,
 * so it drives the agent's iterator with two callbacks instead of suspended async functions
 * (each of which would keep its whole frame and promise chain alive for the reply's length).
 */
export class ReplyRun {
  readonly conversationId: string;
  readonly messageId: string;
  readonly feed = new FrameFeed();

  readonly #services: RunServices;
  /** Replaced by the agent's input (the same parts plus the history) once that is built. */
  #input: RunInput;
  /** Not an AbortController: an AbortSignal would cost about 0.7 KiB per open reply (see cancel.ts). */
  readonly #cancel = new Cancellation();
  readonly #deadline: number;
  #lastWriteAt = Date.now();
  #text = '';
  #tokens = 0;
  #escalation: string | null = null;
  #refused = false;
  /** Set once the run stopped listening to its agent. */
  #settled = false;
  #iterator: AsyncIterator<AgentEvent> | undefined;
  /** Set once the message is stored and `[DONE]` sent. */
  #ended = false;
  /** Callers awaiting {@link finished}; none exist for most runs, so no promise is kept. */
  #waiters: (() => void)[] | undefined;
  /** `performance.now()` at the start, with metrics on; 0 with them off. */
  readonly #startedAt: number;
  /** The `reply.run` span, with tracing on. */
  readonly #span: SpanHandle | undefined;

  constructor(services: RunServices, agent: Agent, input: RunInput, messageId: string) {
    this.#services = services;
    this.#input = input;
    this.conversationId = input.conversation.id;
    this.messageId = messageId;
    this.#deadline = this.#lastWriteAt + services.timeoutMs;
    const channel = input.conversation.channel;
    this.#startedAt = metrics.enabled ? performance.now() : 0;
    if (this.#startedAt !== 0) metrics.replyStarted(channel);
    this.#span = tracing.start('reply.run', { 'parley.channel': channel });
    this.#start(agent);
  }

  /** Settles when the run has stored its message and sent `[DONE]`. Never rejects. */
  get finished(): Promise<void> {
    if (this.#ended) return Promise.resolve();
    return new Promise((resolve) => (this.#waiters ??= []).push(resolve));
  }

  /**
   * Called periodically by the {@link RunManager} (one timer for all runs, not two per run):
   * ends the run at its deadline and writes a heartbeat comment when it has been silent.
   */
  tick(now: number): void {
    if (this.#settled) return;
    if (now >= this.#deadline) this.abort('timeout');
    else if (now - this.#lastWriteAt >= this.#services.heartbeatMs * 0.9) {
      this.feed.heartbeat();
      this.#lastWriteAt = now;
    }
  }

  /**
   * Aborts the model call; the run then stores what it has and ends its subscribers. False when
   * it was too late: the agent had already finished (the reply is being stored as it ended).
   */
  abort(reason: AbortReason): boolean {
    if (this.#settled || this.#cancel.aborted) return false;
    this.#cancel.abort(reason);
    // The time limit and stop must hold even for an agent or provider that ignores the
    // signal: after a grace period the run stops waiting for it. (No timer exists for a run
    // that is never aborted.)
    setTimeout(() => this.#settle(true, reason), ABANDON_AFTER_ABORT_MS).unref();
    return true;
  }

  get abortReason(): AbortReason | undefined {
    return this.#cancel.aborted ? (this.#cancel.reason as AbortReason) : undefined;
  }

  #emit(payload: EventPayload): void {
    const seq = this.feed.frames.length + 1;
    const data = serializePayload(payload);
    this.feed.push(encodeEvent(seq, data));
    this.#services.writer.enqueue(this.messageId, { seq, data }, this.feed);
    this.#lastWriteAt = Date.now();
    if (seq === 1 && this.#startedAt !== 0) metrics.firstEvent(this.#input.conversation.channel, secondsSince(this.#startedAt));
  }

  #start(agent: Agent): void {
    // The history is loaded here rather than by the caller, so the run is registered the moment
    // its messages are stored: a concurrent idempotent retry then always finds it live. The
    // first message of a conversation (position 1) has no history before it: no query.
    const { userMessage } = this.#input;
    const stored = userMessage.position === 1 ? Promise.resolve([userMessage]) : this.#services.store.listMessages(this.conversationId);
    const loading = this.#span?.child('history.load');
    stored.then((messages) => {
      loading?.end({ 'parley.history.messages': messages.length });
      if (this.#settled) return;
      // The run already holds the user message: one copy, not two, for as long as the reply runs.
      const { organization, conversation } = this.#input;
      const history = messages.map((m) => (m.id === userMessage.id ? userMessage : m));
      // Spelled out: a spread here gives every run's input a hidden class of its own.
      const input: AgentInput = { organization, conversation, userMessage, history };
      this.#input = input;
      try {
        this.#iterator = agent.reply(input, this.#cancel)[Symbol.asyncIterator]();
      } catch (err) {
        return this.#settle(true, err);
      }
      this.#pull();
    }, this.#onFailure);
  }

  #pull(): void {
    let next: Promise<IteratorResult<AgentEvent>>;
    try {
      // With tracing, the agent's step runs with the run's span active (its spans are children).
      next = this.#span ? this.#span.within(() => this.#iterator!.next()) : this.#iterator!.next();
    } catch (err) {
      return this.#settle(true, err);
    }
    next.then(this.#onEvent, this.#onFailure);
  }

  readonly #onFailure = (err: unknown): void => this.#settle(true, err);

  /** Stops consuming the agent, as leaving a for-await loop would: its finally blocks run. */
  #leave(): void {
    try {
      void Promise.resolve(this.#iterator?.return?.()).catch(() => undefined);
    } catch {
      // An agent whose return() throws has nothing left to clean up.
    }
  }

  /** One step of the agent; events arriving after the run settled (an abandoned agent) are dropped. */
  readonly #onEvent = (result: IteratorResult<AgentEvent>): void => {
    if (this.#settled || this.#cancel.aborted) {
      if (!result.done) this.#leave();
      return this.#settle(true, this.#cancel.reason);
    }
    if (result.done) return this.#settle(false, undefined);
    const event = result.value;
    switch (event.type) {
      case 'delta':
        if (event.text === '') break;
        this.#text += event.text;
        this.#emit({ type: 'delta', text: event.text });
        break;
      case 'escalate':
        if (this.#escalation === null) {
          this.#escalation = event.reason;
          this.#emit({ type: 'status', status: 'escalated' });
          metrics.escalation(this.#input.conversation.channel);
        }
        break;
      case 'refused':
        this.#refused = true;
        break;
      case 'usage':
        this.#tokens += event.tokens;
        break;
    }
    this.#pull();
  };

  /**
   * Ends the run once: the agent finished, failed (`err`), or was abandoned after an abort.
   * Stores the message with its final status, then ends the subscribers.
   */
  #settle(failed: boolean, err: unknown): void {
    if (this.#settled) return;
    this.#settled = true;
    let status: FinalStatus = this.#refused ? 'refused' : 'complete';
    let error: ErrorPayload | undefined;
    if (failed || this.#cancel.aborted) ({ status, failure: error } = this.#classify(err));
    if (status !== 'complete' && status !== 'refused' && this.#tokens === 0) {
      // Interrupted before the model reported usage: debit what was generated.
      this.#tokens = estimateTokens(this.#text);
    }
    void this.#finish(status, error).finally(() => {
      this.#ended = true;
      for (const resolve of this.#waiters ?? []) resolve();
      this.#waiters = undefined;
      this.#services.runEnded(this);
    });
  }

  #classify(err: unknown): { status: FinalStatus; failure?: ErrorPayload } {
    const reason = this.abortReason;
    if (reason === 'stopped') return { status: 'stopped' };
    if (reason === 'timeout') return { status: 'partial', failure: streamError('timeout') };
    if (reason === 'shutdown') return { status: 'partial', failure: streamError('server_shutting_down') };
    if (err instanceof ModelError) {
      this.#services.log.warn({ err, messageId: this.messageId }, 'model failed during a reply');
      return { status: 'partial', failure: streamError(err.code, err.retryable) };
    }
    this.#services.log.error({ err, messageId: this.messageId }, 'reply failed');
    return { status: 'partial', failure: streamError('internal_error') };
  }

  async #finish(status: FinalStatus, failure: ErrorPayload | undefined): Promise<void> {
    const { writer, store, log } = this.#services;
    const queued = await writer.take(this.messageId);
    const finish: FinishReplyInput = {
      orgId: this.#input.organization.id,
      conversationId: this.conversationId,
      messageId: this.messageId,
      content: this.#text,
      status,
      tokens: this.#tokens,
      events: [...queued, ...tailAfter(this.feed.frames.length, failure)],
      escalationReason: this.#escalation,
      now: new Date().toISOString(),
    };
    let tail: StoredEvent[];
    const commit = this.#span?.child('reply.commit', { 'parley.reply.events': finish.events.length });
    try {
      await store.finishReply(finish);
      tail = finish.events.slice(queued.length);
    } catch (err) {
      commit?.fail(err);
      log.error({ err, messageId: this.messageId }, 'storing the finished reply failed; closing it with an error');
      status = 'partial';
      failure ??= streamError('internal_error');
      tail = await this.#close({ ...finish, status }, queued, failure);
    }
    commit?.end();
    this.feed.end(...tail.map((e) => encodeEvent(e.seq, e.data)));
    this.#services.bus.announce([this.messageId]);
    this.#observe(status, failure);
    this.#report(status);
  }

  /** Counts the finished reply and ends its span (metrics and tracing on only). */
  #observe(status: FinalStatus, failure: ErrorPayload | undefined): void {
    const error = failure?.code ?? 'none';
    if (this.#startedAt !== 0) {
      metrics.replyFinished(this.#input.conversation.channel, status, error, secondsSince(this.#startedAt), this.#tokens);
    }
    if (this.#span) {
      if (failure) this.#span.fail(new Error(failure.code));
      this.#span.end({ 'parley.reply.status': status, 'parley.reply.error': error, 'parley.reply.events': this.feed.frames.length });
    }
  }

  /**
   * The reply's row must not stay `streaming` (its conversation would refuse every message):
   * after a failed final write, retry with less and less of what the database may have refused:
   * the whole reply with the error, then only what was already stored (and sent), then no text.
   * Returns the tail that ends the feed, after the events the attempt that succeeded stored.
   */
  async #close(finish: FinishReplyInput, queued: StoredEvent[], failure: ErrorPayload): Promise<StoredEvent[]> {
    const { store, log } = this.#services;
    const stored = this.feed.released;
    const whole = tailAfter(this.feed.frames.length, failure);
    const afterStored = tailAfter(stored, failure);
    const storedOnly = { ...finish, content: deltaText(this.feed.frames.slice(0, stored).map(frameData)), events: afterStored };
    const attempts: { delayMs: number; input: FinishReplyInput; tail: StoredEvent[] }[] = [
      { delayMs: 0, input: { ...finish, events: [...queued, ...whole] }, tail: whole },
      { delayMs: CLOSE_RETRY_MS, input: storedOnly, tail: afterStored },
      { delayMs: CLOSE_RETRY_MS * 4, input: { ...storedOnly, content: '', escalationReason: null }, tail: afterStored },
    ];
    for (const { delayMs, input, tail } of attempts) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        await store.finishReply({ ...input, now: new Date().toISOString() });
        if (tail === afterStored) this.feed.truncate(stored);
        return tail;
      } catch (err) {
        log.error({ err, messageId: this.messageId }, 'closing the failed reply failed');
      }
    }
    log.error({ messageId: this.messageId }, 'the reply stays open until the next start closes it');
    this.feed.truncate(stored);
    return afterStored;
  }

  #report(status: FinalStatus): void {
    const { onFinished, log } = this.#services;
    if (!onFinished) return;
    const input = this.#input;
    try {
      onFinished({
        organizationId: input.organization.id,
        conversation: input.conversation,
        messageId: this.messageId,
        userMessage: input.userMessage,
        content: this.#text,
        status,
        escalationReason: this.#escalation,
      });
    } catch (err) {
      log.error({ err, messageId: this.messageId }, 'reply-finished hook failed');
    }
  }
}
