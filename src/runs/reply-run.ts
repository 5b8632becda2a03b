/**
 * One reply run (PRODUCT.md §2): it belongs to the conversation, not to an HTTP response.
 * It drives the agent under one AbortSignal (stop, deadline, shutdown), numbers and stores
 * every event, stores the assistant message with its final status, and only then sends
 * `[DONE]`. Responses are subscribers of its {@link FrameFeed}; one leaving changes nothing.
 */
import type { ErrorPayload, EventPayload, StreamErrorCode } from '@parley/client/protocol';
import type { Logger } from 'pino';
import type { Agent, AgentInput, FinishedReply } from '../agents/types.ts';
import { ModelError, estimateTokens } from '../model/types.ts';
import { encodeEvent, serializePayload } from '../sse/encode.ts';
import type { Store, StoredEvent, StoredMessageStatus } from '../storage/types.ts';
import type { EventWriter } from './event-writer.ts';
import { FrameFeed } from './frame-feed.ts';

export type AbortReason = 'stopped' | 'timeout' | 'shutdown';

export interface ReplyRunOptions {
  store: Store;
  agent: Agent;
  /** The agent's input but the history, which the run loads itself (see `#run`). */
  input: Omit<AgentInput, 'history'>;
  /** The assistant message stored in status `streaming` for this run. */
  messageId: string;
  /** From the run's start to its deadline; enforced through {@link ReplyRun.tick}. */
  timeoutMs: number;
  /** A heartbeat comment goes out once the run has been silent this long (see `tick`). */
  heartbeatMs: number;
  /** Writes the run's events behind it, batched with other runs'. */
  writer: EventWriter;
  log: Logger;
  onFinished?: (reply: FinishedReply) => void;
}

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

/** How long an aborted agent may take to stop before the run ends without it. */
const ABANDON_AFTER_ABORT_MS = 500;

export class ReplyRun {
  readonly conversationId: string;
  readonly messageId: string;
  readonly feed = new FrameFeed();
  /** Settles when the run has stored its message and sent `[DONE]`. Never rejects. */
  readonly finished: Promise<void>;

  readonly #opts: ReplyRunOptions;
  readonly #abort = new AbortController();
  readonly #deadline: number;
  #lastWriteAt = Date.now();
  #text = '';
  #tokens = 0;
  #escalation: string | null = null;
  #refused = false;
  /** Set once the run stopped listening to its agent. */
  #settled = false;
  /** Ends the wait for the agent: called when an aborted agent ignores its signal. */
  #abandon: ((reason: unknown) => void) | undefined;

  constructor(options: ReplyRunOptions) {
    this.#opts = options;
    this.conversationId = options.input.conversation.id;
    this.messageId = options.messageId;
    this.#deadline = this.#lastWriteAt + options.timeoutMs;
    this.finished = this.#run();
  }

  /**
   * Called periodically by the {@link RunManager} (one timer for all runs, not two per run):
   * ends the run at its deadline and writes a heartbeat comment when it has been silent.
   */
  tick(now: number): void {
    if (this.#settled) return;
    if (now >= this.#deadline) this.abort('timeout');
    else if (now - this.#lastWriteAt >= this.#opts.heartbeatMs * 0.9) {
      this.feed.heartbeat();
      this.#lastWriteAt = now;
    }
  }

  /** Aborts the model call; the run then stores what it has and ends its subscribers. */
  abort(reason: AbortReason): void {
    if (this.#abort.signal.aborted) return;
    this.#abort.abort(reason);
    // The time limit and stop must hold even for an agent or provider that ignores the
    // signal: after a grace period the run stops waiting for it. (No timer or listener exists
    // for a run that is never aborted.)
    setTimeout(() => this.#abandon?.(reason), ABANDON_AFTER_ABORT_MS).unref();
  }

  get abortReason(): AbortReason | undefined {
    return this.#abort.signal.aborted ? (this.#abort.signal.reason as AbortReason) : undefined;
  }

  #emit(payload: EventPayload): void {
    const seq = this.feed.frames.length + 1;
    const data = serializePayload(payload);
    this.feed.push(encodeEvent(seq, data));
    this.#opts.writer.enqueue(this.messageId, { seq, data });
    this.#lastWriteAt = Date.now();
  }

  async #run(): Promise<void> {
    const { agent, input } = this.#opts;
    let status: Exclude<StoredMessageStatus, 'streaming'> = 'complete';
    let failure: ErrorPayload | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        this.#abandon = reject;
        // If abandoned, the agent's late outcome is of no interest (reject is then a no-op).
        this.#consume(agent, input).then(resolve, reject);
      });
      this.#abort.signal.throwIfAborted();
      if (this.#refused) status = 'refused';
    } catch (err) {
      ({ status, failure } = this.#classify(err));
    } finally {
      this.#settled = true;
      this.#abandon = undefined;
    }
    if (status !== 'complete' && status !== 'refused' && this.#tokens === 0) {
      // Interrupted before the model reported usage: debit what was generated.
      this.#tokens = estimateTokens(this.#text);
    }
    await this.#finish(status, failure);
  }

  /** Drives the agent; events arriving after the run settled (an abandoned agent) are dropped. */
  async #consume(agent: Agent, input: ReplyRunOptions['input']): Promise<void> {
    // Loaded here rather than by the caller, so the run is registered the moment its
    // messages are stored: a concurrent idempotent retry then always finds it live.
    const stored = await this.#opts.store.listMessages(this.conversationId);
    // The run already holds the user message: one copy, not two, for as long as the reply runs.
    const { userMessage } = this.#opts.input;
    const history = stored.map((m) => (m.id === userMessage.id ? userMessage : m));
    for await (const event of agent.reply({ ...input, history }, this.#abort.signal)) {
      if (this.#settled || this.#abort.signal.aborted) return;
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
          }
          break;
        case 'refused':
          this.#refused = true;
          break;
        case 'usage':
          this.#tokens += event.tokens;
          break;
      }
    }
  }

  #classify(err: unknown): { status: Exclude<StoredMessageStatus, 'streaming'>; failure?: ErrorPayload } {
    const reason = this.abortReason;
    if (reason === 'stopped') return { status: 'stopped' };
    if (reason === 'timeout') return { status: 'partial', failure: streamError('timeout') };
    if (reason === 'shutdown') return { status: 'partial', failure: streamError('server_shutting_down') };
    if (err instanceof ModelError) {
      this.#opts.log.warn({ err, messageId: this.messageId }, 'model failed during a reply');
      return { status: 'partial', failure: streamError(err.code, err.retryable) };
    }
    this.#opts.log.error({ err, messageId: this.messageId }, 'reply failed');
    return { status: 'partial', failure: streamError('internal_error') };
  }

  async #finish(status: Exclude<StoredMessageStatus, 'streaming'>, failure: ErrorPayload | undefined) {
    const queued = await this.#opts.writer.take(this.messageId);
    const first = this.feed.frames.length + 1;
    const tailOf = (f: ErrorPayload | undefined): StoredEvent[] => {
      const payloads: (EventPayload | 'done')[] = f ? [f, 'done'] : ['done'];
      return payloads.map((p, i) => ({ seq: first + i, data: serializePayload(p) }));
    };
    let tail = tailOf(failure);
    try {
      await this.#opts.store.finishReply({
        orgId: this.#opts.input.organization.id,
        conversationId: this.conversationId,
        messageId: this.messageId,
        content: this.#text,
        status,
        tokens: this.#tokens,
        events: [...queued, ...tail],
        escalationReason: this.#escalation,
        now: new Date().toISOString(),
      });
    } catch (err) {
      // Subscribers still get a proper ending; recovery closes the stored message at next start.
      this.#opts.log.error({ err, messageId: this.messageId }, 'storing the finished reply failed');
      tail = tailOf(failure ?? streamError('internal_error'));
    }
    this.feed.end(...tail.map((e) => encodeEvent(e.seq, e.data)));
    this.#report(status);
  }

  #report(status: Exclude<StoredMessageStatus, 'streaming'>): void {
    const { onFinished, input, log } = this.#opts;
    if (!onFinished) return;
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
