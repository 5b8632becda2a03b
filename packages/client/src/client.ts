/**
 * The Parley client: `client.customer` and `client.management`, each with `conversations`.
 */
import { AbortScope, fetchOk, requestJson, type Transport } from './internal/http.ts';
import { createIdempotencyKey } from './internal/idempotency-key.ts';
import {
  API_PREFIX,
  HEADER,
  type Channel,
  type CreateConversationBody,
  type CreateConversationResponse,
  type HistoryResponse,
  type SendMessageBody,
  type StopResponse,
} from './protocol.ts';
import { ReplyStream, type ReplyStreamInit, type ResumePoint } from './reply-stream.ts';

/** Options of {@link Parley}. */
export interface ParleyOptions {
  /** Server root, e.g. `http://127.0.0.1:3000` (a trailing `/api/v1` is accepted too). */
  baseUrl: string;
  /** A customer key (`lxc_…`) for `client.customer`, a management key (`lxm_…`) for `client.management`. */
  apiKey: string;
  /**
   * Milliseconds to wait for a response, and, inside a stream, for the next bytes (the
   * server's heartbeats every 15 s count). JSON calls must complete within it.
   * @defaultValue 60_000
   */
  timeoutMs?: number;
  /** A fetch implementation to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof globalThis.fetch;
}

/** Options every call accepts. */
export interface RequestOptions {
  /** Aborts the call; the promise (or the stream's reading loop) rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of {@link Conversations.send}. */
export interface SendOptions extends RequestOptions {
  /**
   * Key that makes retries of this send safe: the server replays the same reply instead of
   * generating a second one. Defaults to a fresh random UUID per call.
   */
  idempotencyKey?: string;
}

/** Options of {@link Conversations.resume}. */
export interface ResumeOptions extends RequestOptions {
  /** Replay starts after this event id. @defaultValue 0 (the whole reply) */
  lastEventId?: number;
  /**
   * The reply to resume: a stream's {@link ReplyStream.replyId} (the `Parley-Reply-Id` header of
   * its send). Event ids restart at 1 for every reply, so without it a resume after a newer reply
   * started would continue that one. @defaultValue the conversation's latest reply
   */
  replyId?: string;
}

/** Options of `create()`: the customer API accepts an identifier of your customer. */
export type CreateOptions<C extends Channel> = C extends 'customer'
  ? RequestOptions & CreateConversationBody
  : RequestOptions;

/** Conversations of one API (customer or management). */
export class Conversations<C extends Channel> {
  readonly #transport: Transport;
  readonly #base: string;

  /** @internal */
  constructor(transport: Transport, channel: C) {
    this.#transport = transport;
    this.#base = `${API_PREFIX}/${channel}/conversations`;
  }

  /**
   * Starts a conversation.
   * @example `const { conversationId } = await client.customer.conversations.create({ customerIdentifier: 'user-42' });`
   */
  async create(options: CreateOptions<C> = {} as CreateOptions<C>): Promise<CreateConversationResponse> {
    const { signal, ...body } = options as RequestOptions & CreateConversationBody;
    const hasBody = Object.values(body).some((value) => value !== undefined);
    return requestJson(this.#transport, { method: 'POST', path: this.#base, body: hasBody ? body : undefined }, signal);
  }

  /**
   * Sends a message and returns the reply as a {@link ReplyStream} (the request starts now;
   * pre-stream errors are thrown when the stream is read). If the connection fails before any
   * response, the send is retried once with the same `Idempotency-Key`, which the server
   * deduplicates, so a message is never answered twice.
   *
   * @example
   * ```ts
   * const text = await client.customer.conversations.send(conversationId, 'Hello').text();
   * ```
   */
  send(conversationId: string, message: string, options: SendOptions = {}): ReplyStream {
    const idempotencyKey = options.idempotencyKey ?? createIdempotencyKey();
    const body: SendMessageBody = { message };
    const spec = {
      method: 'POST' as const,
      path: this.#path(conversationId, 'messages'),
      body,
      headers: { Accept: 'text/event-stream', [HEADER.idempotencyKey]: idempotencyKey },
    };
    const post = (signal: AbortSignal | undefined, from: ResumePoint): ReplyStream =>
      this.#stream(conversationId, idempotencyKey, signal, from, (scope) => fetchOk(this.#transport, spec, scope, true), reconnect);
    // Once the send was answered, its reply has an id and a resume names it. If no answer came,
    // nothing was received and the reply may not exist: the same POST again, which the key
    // deduplicates (the server replays the reply if the first attempt made one).
    const reconnect = (from: ResumePoint, signal: AbortSignal | undefined, answered: boolean): ReplyStream =>
      answered ? this.#resumeFrom(conversationId, idempotencyKey, signal, from) : post(signal, from);
    return post(options.signal, EMPTY_START);
  }

  /**
   * Reattaches to a reply: the one `replyId` names (a stream's {@link ReplyStream.replyId}), or
   * the conversation's latest. Replays the events after `lastEventId` with their original ids,
   * then follows the reply live until `[DONE]`. A reply already fully received gives an empty,
   * completed stream. To continue a stream you hold, `stream.resume()` does all of this.
   *
   * @example
   * ```ts
   * const rest = client.customer.conversations.resume(conversationId, { replyId, lastEventId: 7 });
   * for await (const event of rest) console.log(event.id, event.type);
   * ```
   */
  resume(conversationId: string, options: ResumeOptions = {}): ReplyStream {
    const from = { ...EMPTY_START, lastEventId: options.lastEventId ?? 0, replyId: options.replyId };
    return this.#resumeFrom(conversationId, undefined, options.signal, from);
  }

  /** Reads the conversation's messages, oldest first. */
  async history(conversationId: string, options: RequestOptions = {}): Promise<HistoryResponse> {
    return requestJson(this.#transport, { method: 'GET', path: this.#path(conversationId, 'messages') }, options.signal);
  }

  /**
   * Stops the running reply: generation ends, the text so far is stored as the message, and
   * every reader gets `[DONE]`. `stopped` is false when nothing was running.
   */
  async stop(conversationId: string, options: RequestOptions = {}): Promise<StopResponse> {
    return requestJson(this.#transport, { method: 'POST', path: this.#path(conversationId, 'stop') }, options.signal);
  }

  /** `GET …/stream` after `from.lastEventId`, of the reply `from.replyId` names (else the latest). */
  #resumeFrom(conversationId: string, key: string | undefined, signal: AbortSignal | undefined, from: ResumePoint): ReplyStream {
    const query = from.replyId === undefined ? '' : `?replyId=${encodeURIComponent(from.replyId)}`;
    const spec = {
      method: 'GET' as const,
      path: this.#path(conversationId, 'stream') + query,
      headers: { Accept: 'text/event-stream', [HEADER.lastEventId]: String(from.lastEventId) },
    };
    const open = async (scope: AbortScope) => {
      const response = await fetchOk(this.#transport, spec, scope, true);
      return response.status === 204 ? null : response;
    };
    return this.#stream(conversationId, key, signal, from, open, (point, nextSignal) =>
      this.#resumeFrom(conversationId, key, nextSignal, point),
    );
  }

  #stream(
    conversationId: string,
    idempotencyKey: string | undefined,
    signal: AbortSignal | undefined,
    from: ResumePoint,
    open: (scope: AbortScope) => Promise<Response | null>,
    reconnect: ReplyStreamInit['reconnect'],
  ): ReplyStream {
    const scope = new AbortScope(signal);
    // Until the headers arrive, the same timeout bounds the wait for them.
    scope.startTimer(this.#transport.timeoutMs);
    const response = open(scope).finally(() => scope.stopTimer());
    return new ReplyStream({
      conversationId,
      idempotencyKey,
      timeoutMs: this.#transport.timeoutMs,
      scope,
      response,
      from,
      reconnect,
    });
  }

  #path(conversationId: string, leaf: string): string {
    return `${this.#base}/${encodeURIComponent(conversationId)}/${leaf}`;
  }
}

const EMPTY_START: ResumePoint = { lastEventId: 0, text: '', escalated: false };

/** One of the two APIs. */
export class ChatAPI<C extends Channel> {
  readonly conversations: Conversations<C>;
  /** @internal */
  constructor(transport: Transport, channel: C) {
    this.conversations = new Conversations(transport, channel);
  }
}

/**
 * Client for a Parley server.
 *
 * @example
 * ```ts
 * import { Parley } from '@parley/client';
 *
 * const client = new Parley({ baseUrl: 'http://127.0.0.1:3000', apiKey: process.env.PARLEY_KEY! });
 * const { conversationId } = await client.customer.conversations.create();
 * console.log(await client.customer.conversations.send(conversationId, 'What are your hours?').text());
 * ```
 */
export class Parley {
  /** The Customer Chat API (`lxc_` keys): your customers talk to the support agent. */
  readonly customer: ChatAPI<'customer'>;
  /** The Management Chat API (`lxm_` keys): you configure the agent by talking to it. */
  readonly management: ChatAPI<'management'>;

  constructor(options: ParleyOptions) {
    if (typeof options?.baseUrl !== 'string' || options.baseUrl === '') {
      throw new TypeError('new Parley(): baseUrl is required, e.g. "http://127.0.0.1:3000"');
    }
    if (typeof options.apiKey !== 'string' || options.apiKey === '') {
      throw new TypeError('new Parley(): apiKey is required (an API key, or a public chat session token)');
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const transport: Transport = {
      baseUrl: normalizeBaseUrl(options.baseUrl),
      apiKey: options.apiKey,
      timeoutMs: options.timeoutMs ?? 60_000,
      // Called unbound: browsers throw "Illegal invocation" for fetch called on another object.
      fetch: (input, init) => fetchImpl(input, init),
    };
    this.customer = new ChatAPI(transport, 'customer');
    this.management = new ChatAPI(transport, 'management');
  }
}

function normalizeBaseUrl(url: string): string {
  let base = url.replace(/\/+$/, '');
  if (base.endsWith(API_PREFIX)) base = base.slice(0, -API_PREFIX.length);
  return base;
}
