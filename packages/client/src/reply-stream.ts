/**
 * ReplyStream: one assistant reply as an async iterable of typed, id-checked events.
 *
 * The completeness rules of the wire contract (PRODUCT.md §1) are enforced here, so a caller
 * never mistakes a cut reply for a whole one: ids must run 1, 2, 3… without a gap, the body must
 * end with `[DONE]`, and silence longer than `timeoutMs` (heartbeat comments count as traffic)
 * ends the wait. Each violation throws {@link IncompleteStreamError}; {@link ReplyStream.resume}
 * continues from the last good event with `Last-Event-ID`.
 */
import {
  IncompleteStreamError,
  ParleyAPIError,
  StreamError,
  type IncompleteReason,
} from './errors.ts';
import type { AbortScope } from './internal/http.ts';
import { HEADER, parseEventData, type EventPayload } from './protocol.ts';
import { createSseDecoder, type SseMessage } from './sse-decoder.ts';

/** A stream event with its id: `delta` (text), `status` (escalated) or `error`. */
export type ReplyEvent = EventPayload & { id: number };

/** Where a resumed stream picks up: what the interrupted one had received. */
export interface ResumePoint {
  lastEventId: number;
  text: string;
  escalated: boolean;
  /** The reply's id, once a response named it (`Parley-Reply-Id`). */
  replyId?: string;
}

/** @internal Built by the client; not part of the public API. */
export interface ReplyStreamInit {
  conversationId: string;
  idempotencyKey: string | undefined;
  timeoutMs: number;
  scope: AbortScope;
  /** Resolves to the 2xx response, or `null` for a 204 (nothing left to replay). */
  response: Promise<Response | null>;
  from: ResumePoint;
  /** `answered`: a response arrived (so the reply exists and `from.replyId` is known if the server names it). */
  reconnect: (from: ResumePoint, signal: AbortSignal | undefined, answered: boolean) => ReplyStream;
}

type State = 'idle' | 'running' | 'completed' | 'failed' | 'abandoned';

const ALREADY_ITERATED =
  'This ReplyStream has already been iterated: its events come from a single HTTP response ' +
  'and can be read only once. Keep the events from the first loop (or call stream.text() ' +
  'instead of looping), or call stream.resume() to reconnect after the last event received.';

/**
 * One reply being streamed. Returned by `conversations.send()` and `conversations.resume()`;
 * the request is already under way when you get it.
 *
 * @example
 * ```ts
 * const stream = client.customer.conversations.send(conversationId, 'Where is my order?');
 * for await (const event of stream) {
 *   if (event.type === 'delta') process.stdout.write(event.text);
 *   else if (event.type === 'status') console.log('\n(escalated to a human)');
 *   else console.error(`\nerror: ${event.message}`);
 * }
 * // or, for the whole text at once: const text = await stream.text();
 * ```
 */
export class ReplyStream implements AsyncIterable<ReplyEvent> {
  readonly #init: ReplyStreamInit;
  #state: State = 'idle';
  #failure: unknown;
  #streamError: StreamError | undefined;
  #text: string;
  #escalated: boolean;
  #lastEventId: number;
  #replyId: string | undefined;
  #answered = false;

  /** @internal Use `client.<api>.conversations.send()` or `.resume()`. */
  constructor(init: ReplyStreamInit) {
    this.#init = init;
    this.#text = init.from.text;
    this.#escalated = init.from.escalated;
    this.#lastEventId = init.from.lastEventId;
    this.#replyId = init.from.replyId;
    // The request starts at once; its failure is reported when the stream is read (until then,
    // a rejection must not count as unhandled). Registered first, this learns the reply's id
    // before any reader sees the response.
    init.response.then(
      (response) => {
        this.#answered = true;
        this.#replyId = response?.headers.get(HEADER.replyId) ?? this.#replyId;
      },
      (error: unknown) => {
        // A refusal (409, 404…) is an answer too; only a connection that never answered is not.
        if (error instanceof ParleyAPIError) this.#answered = true;
      },
    );
  }

  /** The conversation this reply belongs to. */
  get conversationId(): string {
    return this.#init.conversationId;
  }
  /** The `Idempotency-Key` of the send (kept across `resume()`); undefined for `conversations.resume()`. */
  get idempotencyKey(): string | undefined {
    return this.#init.idempotencyKey;
  }
  /**
   * The id of the reply (assistant message) this stream carries, from the response's
   * `Parley-Reply-Id` header; undefined until the response arrives. {@link resume} names it, so
   * a resume continues this reply even after a newer one started.
   */
  get replyId(): string | undefined {
    return this.#replyId;
  }
  /** Id of the last event received in order (0 before any). Resume continues after it. */
  get lastEventId(): number {
    return this.#lastEventId;
  }
  /** True once a `status: escalated` event arrived: a human will take over. */
  get escalated(): boolean {
    return this.#escalated;
  }
  /** The reply text received so far (the whole reply once {@link completed}). */
  get textSoFar(): string {
    return this.#text;
  }
  /** True once `[DONE]` was received. */
  get completed(): boolean {
    return this.#state === 'completed';
  }
  /** The in-band error event of this reply, if the server sent one. */
  get error(): StreamError | undefined {
    return this.#streamError;
  }

  /**
   * Iterates the events. Allowed once; exiting the loop early (break, return, throw) aborts
   * the HTTP request. The server's reply keeps running; see `conversations.stop()`.
   * @throws {Error} when called a second time.
   */
  [Symbol.asyncIterator](): AsyncIterator<ReplyEvent> {
    if (this.#state !== 'idle') throw new Error(ALREADY_ITERATED);
    this.#state = 'running';
    return this.#events();
  }

  /**
   * Reads the whole reply and returns its text (or returns it, if a loop already read it all).
   * @throws {StreamError} when the server sent an `error` event.
   * @throws {IncompleteStreamError} on a gap, a missing `[DONE]` or a timeout.
   * @throws {ParleyAPIError} subclasses for pre-stream failures (401, 404, 429, …).
   */
  async text(): Promise<string> {
    if (this.#state === 'idle') {
      for await (const _event of this) {
        // Consuming is the point: state is accumulated by #accept.
      }
    } else if (this.#state === 'running') {
      throw new Error('text() was called while a loop is still reading this stream; await the loop instead.');
    } else if (this.#state === 'abandoned') {
      throw new Error('The reading loop exited before [DONE], so the text is incomplete; call stream.resume() to read the rest.');
    }
    if (this.#state === 'failed') throw this.#failure;
    if (this.#streamError) throw this.#streamError;
    return this.#text;
  }

  /**
   * Reconnects with `Last-Event-ID: <lastEventId>` and returns a stream that continues this one
   * without a gap: its events start at `lastEventId + 1`, and its `text()` and `textSoFar`
   * include the text this stream already received. Call it after a failure or an early exit.
   * It continues this reply (`?replyId=` {@link replyId}), never a newer one; a send that got
   * no answer at all is sent again with the same `Idempotency-Key` instead.
   *
   * @example
   * ```ts
   * let text: string;
   * try { text = await stream.text(); }
   * catch (error) {
   *   if (!(error instanceof IncompleteStreamError)) throw error;
   *   text = await stream.resume().text();
   * }
   * ```
   */
  resume(options: { signal?: AbortSignal } = {}): ReplyStream {
    if (this.#state === 'running') {
      throw new Error('resume() was called while a loop is still reading this stream; exit the loop (or let it throw) first.');
    }
    if (this.#state === 'idle') {
      this.#state = 'abandoned';
      this.#init.scope.abort();
      this.#init.scope.dispose();
    }
    const from = { lastEventId: this.#lastEventId, text: this.#text, escalated: this.#escalated, replyId: this.#replyId };
    return this.#init.reconnect(from, options.signal, this.#answered);
  }

  async *#events(): AsyncGenerator<ReplyEvent, void, undefined> {
    const { scope } = this.#init;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      const response = await this.#init.response;
      if (response === null) {
        this.#state = 'completed';
        return;
      }
      if (!response.body) throw this.#incomplete('eof', 'the response has no body');
      reader = response.body.getReader();
      const decoder = createSseDecoder();
      for (;;) {
        const chunk = await this.#read(reader);
        const messages = chunk === undefined ? decoder.end() : decoder.push(chunk);
        for (const message of messages) {
          const event = this.#accept(message);
          if (event === 'done') {
            this.#state = 'completed';
            return;
          }
          if (event !== undefined) yield event;
        }
        if (chunk === undefined) throw this.#incomplete('eof', 'the response ended before [DONE]');
      }
    } catch (error) {
      this.#state = 'failed';
      this.#failure = error;
      throw error;
    } finally {
      // Still 'running' here means the consumer left the loop early.
      if (this.#state === 'running') this.#state = 'abandoned';
      if (this.#state === 'completed') reader?.cancel().catch(() => {});
      else scope.abort();
      scope.dispose();
    }
  }

  /** One body read, bounded by the idle timeout; any byte (a `: ping` too) resets it. */
  async #read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array | undefined> {
    const { scope, timeoutMs } = this.#init;
    scope.startTimer(timeoutMs);
    try {
      // Raced against the signal so a custom fetch that ignores aborts cannot hang us.
      const { done, value } = await raceAbort(reader.read(), scope.signal);
      return done ? undefined : value;
    } catch (error) {
      if (scope.userAborted) throw scope.userSignal!.reason;
      if (scope.timedOut) throw this.#incomplete('timeout', `nothing arrived for ${timeoutMs} ms`);
      throw this.#incomplete('eof', 'the connection broke before [DONE]', error);
    } finally {
      scope.stopTimer();
    }
  }

  /** Checks the id, folds the payload into the state, and returns what to yield. */
  #accept(message: SseMessage): ReplyEvent | 'done' | undefined {
    if (message.kind !== 'event') return undefined;
    const expected = this.#lastEventId + 1;
    if (message.id !== String(expected)) {
      throw this.#incomplete('gap', `expected event id ${expected}, got ${message.id ?? 'none'}`);
    }
    this.#lastEventId = expected;
    const payload = parseEventData(message.data);
    // Unknown types still took an id (checked above) but are skipped: newer servers may add some.
    if (payload === 'done' || payload === undefined) return payload;
    if (payload.type === 'delta') this.#text += payload.text;
    else if (payload.type === 'status') this.#escalated = true;
    else {
      this.#streamError = new StreamError({ ...payload, partialText: this.#text, eventId: expected });
    }
    return { ...payload, id: expected };
  }

  #incomplete(reason: IncompleteReason, detail: string, cause?: unknown): IncompleteStreamError {
    const message =
      `Incomplete reply stream (${reason}): ${detail}, after event ${this.#lastEventId}. ` +
      'The text so far is in error.partialText; stream.resume() continues from there.';
    return new IncompleteStreamError(message, {
      reason,
      partialText: this.#text,
      lastEventId: this.#lastEventId,
      cause,
    });
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
